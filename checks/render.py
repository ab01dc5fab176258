"""How the handbook shows rules: rule cards, short-link pages and the rules index.

Plain text in, Markdown or HTML out; no MkDocs here (hooks/handbook.py is the glue).
Cards are Markdown with `md_in_html` blocks, so a rule's body keeps every Markdown
feature of the page it sits on. Links are relative, so the site works under any sub-path:
callers pass `root`, the way from the current page to the site's root (e.g. "../../").
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from .blocks import RawBlock, code_lines, replace_blocks
from .model import ACCOUNTS, DOCUMENTS, PLATFORMS, SEVERITIES, STATUSES, Rule, Rulebook

PLATFORM_LABELS = {
    "x": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "youtube-title": "YouTube titles",
    "youtube-description": "YouTube descriptions",
    "linkedin": "LinkedIn",
    "reply": "replies to comments",
    "handle": "account handles",
    "any": "posts on other platforms",
}
ACCOUNT_LABELS = {"institutional": "institutional accounts", "personal": "personal accounts"}
SEVERITY_LABELS = {"error": "Error", "warning": "Warning", "suggestion": "Suggestion"}
STATUS_LABELS = {"active": "Active", "superseded": "Superseded", "retired": "Retired"}
SHORT_LINK_DIR = "r"

assert set(PLATFORM_LABELS) == set(PLATFORMS) and set(ACCOUNT_LABELS) == set(ACCOUNTS)
assert set(SEVERITY_LABELS) == set(SEVERITIES) and set(STATUS_LABELS) == set(STATUSES)


@dataclass(frozen=True)
class Place:
    """Where a rule's card is: its page's source path and URL (relative to the site's root) and title."""

    src_uri: str
    url: str
    title: str


def short_link_src(rule_id: str) -> str:
    """The source path of a rule's short-link page; it is served as `r/<ID>/`."""
    return f"{SHORT_LINK_DIR}/{rule_id}/index.md"


def long_date(iso: str) -> str:
    """`2019-10-16` → `16 October 2019`."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def applies_to(rule: Rule) -> str:
    """What a rule applies to, in words: `X · institutional accounts`."""
    if set(rule.platforms) == set(PLATFORMS):
        platforms = "all platforms"
    else:
        platforms = ", ".join(PLATFORM_LABELS[p] for p in rule.platforms)
    accounts = "all accounts" if set(rule.accounts) == set(ACCOUNTS) else " and ".join(ACCOUNT_LABELS[a] for a in rule.accounts)
    text = f"{platforms} · {accounts}"
    return text[0].upper() + text[1:]


def check_label(rule: Rule) -> str:
    return "Automatic" if rule.automatic else "Manual"


def check_text(rule: Rule) -> str:
    return "Automatic: the checker tests it" if rule.automatic else "Manual: check it yourself"


# Rule cards -----------------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")


def heading_levels(text: str) -> list[int]:
    """The level a rule's heading takes at each line (index 0 is line 1; one more for after the end).

    One pass over the page, so a page of many rules costs no more than reading it once.
    """
    levels: list[int] = []
    level = 1
    lines = (text[1:] if text.startswith("\ufeff") else text).splitlines()  # as checks.blocks counts lines
    for current, is_code in zip(lines, code_lines(lines)):
        levels.append(min(level + 1, 6))
        heading = _ATX.match(current) if not is_code else None
        if heading:
            level = len(heading.group(1))
    levels.append(min(level + 1, 6))
    return levels


def heading_level_at(text: str, line: int) -> int:
    """The level a rule's heading takes at `line` (1-based): one below the last heading before it."""
    levels = heading_levels(text)
    return levels[min(max(line, 1), len(levels)) - 1]


def render_cards(text: str, rulebook: Rulebook, root: str, places: dict[str, Place], file: str = "") -> str:
    """The page's Markdown with each rule block replaced by its card."""

    levels = heading_levels(text)

    def render(block: RawBlock) -> str:
        rule = rulebook.by_id[block.rule_id]
        return card(rule, levels[min(block.line, len(levels)) - 1], root, rulebook, places)

    return replace_blocks(text, render, file)


def card(rule: Rule, level: int, root: str, rulebook: Rulebook, places: dict[str, Place]) -> str:
    """One rule's card: Markdown (the body) inside `md_in_html` blocks."""
    short = f"{root}{SHORT_LINK_DIR}/{rule.id}/"
    heading = (f'<h{level} id="{rule.anchor}" class="hb-rule__heading" data-toc-label="{escape(rule.id)} {escape(rule.title)}">'
               f'<span class="hb-rule__id">{escape(rule.id)}</span> '
               f'<span class="hb-rule__title">{escape(rule.title)}</span></h{level}>')
    facts = "".join(f'<div class="hb-fact hb-fact--{name}"><dt>{label}</dt><dd>{value}</dd></div>' for name, label, value in (
        ("severity", "Severity", f'<span class="hb-badge hb-badge--{rule.severity}">{SEVERITY_LABELS[rule.severity]}</span>'),
        ("applies", "Applies to", escape(applies_to(rule))),
        ("check", "Check", escape(check_text(rule))),
        ("status", "Status", f'<span class="hb-status hb-status--{rule.status}">{STATUS_LABELS[rule.status]}</span>'),
    ) if name != "severity" or rule.status == "active")  # a rule no longer in force shows its status, not a severity
    parts = [
        f'<article class="hb-rule hb-rule--{rule.severity} hb-rule--{rule.status}" data-rule-id="{escape(rule.id)}" '
        f'data-rule-title="{escape(rule.title)}" aria-labelledby="{rule.anchor}" markdown="1">',
        '<header class="hb-rule__header" markdown="1">',
        heading,
        f'<dl class="hb-rule__facts" data-search-exclude="true">{facts}</dl>',
        "</header>",
        "",
    ]
    notice = _status_notice(rule, root, rulebook, places)
    if notice:
        parts += [notice, ""]
    parts += [rule.body.strip(), ""]
    if rule.passes or rule.flag:
        parts += [_examples(rule), ""]
    dates = f'In force since <time datetime="{rule.since}">{long_date(rule.since)}</time>'
    if rule.revised:
        dates += f'; revised <time datetime="{rule.revised}">{long_date(rule.revised)}</time>'
    parts += [
        '<footer class="hb-rule__footer" data-search-exclude="true">',
        f'<p class="hb-rule__source"><span class="hb-label">Source:</span> '
        f'{escape(DOCUMENTS[rule.source.document])} › {escape(rule.source.section)}</p>',
        f'<p class="hb-rule__dates">{dates}</p>',
        '<p class="hb-rule__cite"><span class="hb-label">Short link:</span> '
        f'<a class="hb-rule__short" href="{short}">{SHORT_LINK_DIR}/{escape(rule.id)}</a> '
        '<span class="hb-rule__actions" hidden>'
        f'<button type="button" class="hb-copy" data-copy="link" aria-label="Copy link to {escape(rule.id)}">Copy link</button> '
        f'<button type="button" class="hb-copy" data-copy="email" aria-label="Copy for e-mail: {escape(rule.id)}">Copy for e-mail</button>'
        '</span> <span class="hb-rule__copied" role="status" aria-live="polite"></span></p>',
        "</footer>",
        "</article>",
    ]
    return "\n".join(parts)


def _examples(rule: Rule) -> str:
    def column(kind: str, label: str, icon: str, examples: tuple[str, ...]) -> str:
        items = "".join(f'<li><q class="hb-example">{_one_line(_shortened(example))}</q></li>' for example in examples)
        return (f'<div class="hb-examples hb-examples--{kind}"><p class="hb-examples__label">'
                f'<span aria-hidden="true">{icon}</span> {label}</p><ul>{items}</ul></div>')

    columns = []
    if rule.passes:
        columns.append(column("do", "Do", "✓", rule.passes))
    if rule.flag:
        columns.append(column("dont", "Don’t", "✗", rule.flag))
    return f'<div class="hb-rule__examples">{"".join(columns)}</div>'


EXAMPLE_SHOWN = 280
"""Longest example shown whole on a card; longer ones (length limits) are cut, with their length."""


def _shortened(example: str) -> str:
    if len(example) <= EXAMPLE_SHOWN:
        return example
    return f"{example[:200]}… ({len(example):,} characters in all)"


def _one_line(text: str) -> str:
    """Escaped text whose line breaks survive as character references (raw HTML must not hold blank lines)."""
    return escape(text).replace("\n", "&#10;")


def _status_notice(rule: Rule, root: str, rulebook: Rulebook, places: dict[str, Place]) -> str:
    if rule.status == "active":
        return ""
    if rule.status == "superseded" and rule.superseded_by:
        new = rulebook.by_id[rule.superseded_by]
        href = f"{root}{places[new.id].url}#{new.anchor}" if new.id in places else f"{root}{SHORT_LINK_DIR}/{new.id}/"
        what = (f'This rule was superseded by <a href="{href}">{escape(new.id)} {escape(new.title)}</a>.')
    else:
        what = "This rule was retired; it no longer applies."
    reason = ""
    if rule.reason:
        def link(other: Rule) -> str:
            href = f"{root}{places[other.id].url}#{other.anchor}" if other.id in places else f"{root}{SHORT_LINK_DIR}/{other.id}/"
            return f'<a href="{href}">{escape(other.id)}</a>'
        reason = " " + _each_id(rule.reason, rule.id, rulebook, escape, link)
    return f'<p class="hb-rule__notice" role="note"><strong>{what}</strong>{reason}</p>'


def _each_id(text: str, own_id: str, rulebook: Rulebook, plain: Callable[[str], str], link: Callable[[Rule], str]) -> str:
    """`text` with every other known rule's ID made a link (`link`) and the rest passed through `plain`."""
    out: list[str] = []
    last = 0
    for match in _RULE_ID.finditer(text):
        other = rulebook.by_id.get(match.group())
        if other is None or other.id == own_id:
            continue
        out += [plain(text[last:match.start()]), link(other)]
        last = match.end()
    out.append(plain(text[last:]))
    return "".join(out)


# Short-link pages ------------------------------------------------------------------------

def short_link_page(rule: Rule, rulebook: Rulebook, places: dict[str, Place]) -> str:
    """The Markdown page served at `r/<ID>/` for a superseded or retired rule (an active
    rule's is `short_link_redirect`). It does not move on: it says what became of the rule,
    why, and links to the replacement and to the rule as it was.
    """
    here = posixpath.dirname(short_link_src(rule.id))
    place = places[rule.id]
    card_link = f"{posixpath.relpath(place.src_uri, here)}#{rule.anchor}"
    front = [
        "---",
        f"title: {_yaml_string(f'{rule.id} {rule.title}')}",
        "search:",
        "  exclude: true",
        "hide:",
        "  - navigation",
        "  - toc",
    ]
    front.append("---")
    lines = front + [
        "",
        f'<p class="hb-short__kicker">Rule {escape(rule.id)} · {STATUS_LABELS[rule.status]} · '
        f'{escape(applies_to(rule))}</p>',
        "",
        f"# {_escape_markdown(rule.title)} {{ #{rule.anchor} }}",
        "",
    ]
    lines += _short_link_notice(rule, rulebook, places, here) + [""]
    lines += [_linked_ids(rule.summary, rule.id, rulebook, places, here), ""]
    lines += [f"[Read the rule as it was, in {_escape_markdown(place.title)}]({card_link})", ""]
    lines += [_short_link_cite(rule)]
    return "\n".join(lines) + "\n"


_RULE_ID = re.compile(r"\b[A-Z]{1,4}-[0-9]{3}\b")


def _linked_ids(text: str, own_id: str, rulebook: Rulebook, places: dict[str, Place], here: str) -> str:
    """Markdown-escaped text in which every other rule's ID links to that rule's card."""
    def link(other: Rule) -> str:
        if other.id not in places:
            return other.id
        return f"[{other.id}]({posixpath.relpath(places[other.id].src_uri, here)}#{other.anchor})"
    return _each_id(text, own_id, rulebook, _escape_markdown, link)


def _short_link_cite(rule: Rule) -> str:
    """The short link and its copy buttons (handbook.js shows them), as on a rule's card."""
    return ('<p class="hb-rule__cite hb-short__cite" data-search-exclude="true" '
            f'data-rule-id="{escape(rule.id)}" data-rule-title="{escape(rule.title)}">'
            '<span class="hb-label">Short link:</span> '
            f'<a class="hb-rule__short" href="./">{SHORT_LINK_DIR}/{escape(rule.id)}</a> '
            '<span class="hb-rule__actions" hidden>'
            f'<button type="button" class="hb-copy" data-copy="link" aria-label="Copy link to {escape(rule.id)}">Copy link</button> '
            f'<button type="button" class="hb-copy" data-copy="email" aria-label="Copy for e-mail: {escape(rule.id)}">Copy for e-mail</button>'
            '</span> <span class="hb-rule__copied" role="status" aria-live="polite"></span></p>')


def short_link_redirect(rule: Rule, places: dict[str, Place], site_name: str = "", language: str = "en") -> str:
    """The HTML file served at `r/<ID>/` for an active rule: it moves on to the rule's card at once.

    A static file, like the redirect pages of mkdocs-redirects, rather than a themed page: the
    theme renders the whole navigation into every page, so thousands of short-link pages would
    cost more than the handbook itself and grow with its size. Without the refresh (a reader
    that ignores it), the file still names the rule and links to its card.
    """
    place = places[rule.id]
    target = f"../../{place.url}#{rule.anchor}"
    return _redirect_page(rule, target, site_name, language, [
        f'<p class="hb-short__kicker">Rule {escape(rule.id)} · {SEVERITY_LABELS[rule.severity]} · '
        f'{escape(applies_to(rule))}</p>',
        f'<h1 id="{rule.anchor}">{escape(rule.title)}</h1>',
        f"<p>{escape(rule.summary)}</p>",
        f'<p class="hb-short__go"><a href="{escape(target)}">Read {escape(rule.id)} in the handbook: '
        f"{escape(place.title)}</a></p>",
    ], viewport=True)


def short_link_alias(rule: Rule, site_name: str = "", language: str = "en") -> str:
    """The HTML file served at `r/<id>/` (the ID in lower case): it moves on to `r/<ID>/`.

    Typed or pasted short links lose their capitals; this static file catches the commonest other
    casing without a script. The 404 page's script maps any other casing.
    """
    target = f"../{rule.id}/"
    return _redirect_page(rule, target, site_name, language,
                          [f'<p><a href="{escape(target)}">{escape(rule.id)} {escape(rule.title)}</a></p>'])


def _redirect_page(rule: Rule, target: str, site_name: str, language: str, main: list[str], viewport: bool = False) -> str:
    """A static page that moves on to `target` at once (a meta refresh) and still says where to go without it."""
    title = f"{rule.id} {rule.title}" + (f" - {site_name}" if site_name else "")
    head = ['<meta charset="utf-8">']
    if viewport:
        head.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    return "\n".join([
        "<!doctype html>", f'<html lang="{escape(language)}">', "<head>", *head, f"<title>{escape(title)}</title>",
        f'<meta http-equiv="refresh" content="0; url={escape(target)}">', '<meta name="robots" content="noindex">',
        "</head>", "<body>", "<main>", *main, "</main>", "</body>", "</html>", "",
    ])


def short_link_alias_path(rule_id: str) -> str:
    """The path of the lower-case short link's file, served as `r/<id>/`."""
    return f"{SHORT_LINK_DIR}/{rule_id.lower()}/index.html"


def short_link_redirect_path(rule_id: str) -> str:
    """The path of an active rule's short-link file; it is served as `r/<ID>/`."""
    return f"{SHORT_LINK_DIR}/{rule_id}/index.html"


def _short_link_notice(rule: Rule, rulebook: Rulebook, places: dict[str, Place], here: str) -> list[str]:
    if rule.status == "superseded" and rule.superseded_by:
        new = rulebook.by_id[rule.superseded_by]
        new_link = f"{posixpath.relpath(places[new.id].src_uri, here)}#{new.anchor}"
        title = f"This rule was superseded by {new.id}"
        text = f"Follow [{new.id} {_escape_markdown(new.title)}]({new_link}) instead."
    else:
        title = "This rule was retired"
        text = "It no longer applies."
    reason = f" {_linked_ids(rule.reason, rule.id, rulebook, places, here)}" if rule.reason else ""
    return [f'!!! warning "{title}"', "", f"    **Why:**{reason}" if reason else "    No reason was recorded.", "",
            f"    {text}"]


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def _escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


# The rules index -------------------------------------------------------------------------

def rules_index(rulebook: Rulebook, root: str, places: dict[str, Place]) -> str:
    """The rules index: filters and sorting (shown by the script) and one row per rule, anchored by ID.

    Without the script every rule is listed, in the handbook's order. With it, the filters, the text
    search and the order live in the page's address (see docs/assets/handbook.js), and superseded and
    retired rules are hidden until the status filter asks for them. Each cell names its column
    (`data-label`) so that a narrow screen can show a row as a card.
    """
    rows = []
    for rule in rulebook.rules:
        place = places[rule.id]
        href = f"{root}{place.url}#{rule.anchor}"
        if rule.status == "active":
            weight = f'<span class="hb-badge hb-badge--{rule.severity}">{SEVERITY_LABELS[rule.severity]}</span>'
        else:  # a rule no longer in force has no severity to speak of: say what became of it
            weight = f'<span class="hb-status hb-status--{rule.status}">{STATUS_LABELS[rule.status]}</span>'
        rows.append(
            f'<tr id="{rule.anchor}" data-platforms="{" ".join(rule.platforms)}" data-accounts="{" ".join(rule.accounts)}" '
            f'data-severity="{rule.severity}" data-status="{rule.status}" data-check="{check_label(rule).lower()}" '
            f'data-id="{escape(rule.id)}" data-title="{escape(rule.title)}" data-summary="{escape(rule.summary)}">'
            f'<td data-label="ID"><a href="{href}"><span class="hb-rule__id">{escape(rule.id)}</span></a></td>'
            f'<td data-label="Rule">{escape(rule.title)}</td>'
            f'<td data-label="Severity">{weight}</td>'
            f'<td data-label="Applies to">{escape(applies_to(rule))}</td>'
            f'<td data-label="Check">{check_label(rule)}</td>'
            f'<td data-label="Status"><span class="hb-status hb-status--{rule.status}">{STATUS_LABELS[rule.status]}</span></td>'
            f'<td data-label="Page"><a href="{root}{place.url}">{escape(place.title)}</a></td></tr>'
        )

    def select(name: str, label: str, everything: str, options: dict[str, str], first: str = "") -> str:
        choices = "".join(f'<option value="{value}">{escape(text)}</option>' for value, text in options.items())
        return (f'<p class="hb-filter"><label for="hb-filter-{name}">{label}</label>'
                f'<select id="hb-filter-{name}" name="{name}"><option value="{first}">{everything}</option>{choices}</select></p>')

    platforms = {p: PLATFORM_LABELS[p][0].upper() + PLATFORM_LABELS[p][1:] for p in PLATFORMS}
    accounts = {a: ACCOUNT_LABELS[a][0].upper() + ACCOUNT_LABELS[a][1:] for a in ACCOUNTS}
    statuses = {"all": "All statuses"} | {s: STATUS_LABELS[s] for s in STATUSES if s != "active"}
    filters = "".join((
        '<p class="hb-filter hb-filter--text"><label for="hb-filter-q">Find</label>'
        '<input id="hb-filter-q" name="q" type="search" autocomplete="off" spellcheck="false" '
        'aria-describedby="hb-filter-q-hint"><span id="hb-filter-q-hint" class="hb-filter__hint">ID, title or summary</span></p>',
        select("platforms", "Platform", "All platforms", platforms),
        select("accounts", "Account", "All accounts", accounts),
        select("severity", "Severity", "All severities", SEVERITY_LABELS),
        select("status", "Status", "In force (active)", statuses),
        select("check", "Check", "Automatic and manual", {"automatic": "Automatic", "manual": "Manual"}),
        select("sort", "Sort by", "ID", {"title": "Title", "severity": "Severity"}),
    ))
    count = len(rulebook.rules)
    return "\n".join([
        f'<form class="hb-filters" aria-label="Filter the rules" role="search" hidden>{filters}</form>',
        f'<p class="hb-filters__count" role="status" aria-live="polite">{count} rule{"s" if count != 1 else ""}.</p>',
        '<div class="hb-index-wrap" role="region" aria-label="Rules table" tabindex="0" data-search-exclude="true">',
        '<table class="hb-index">',
        '<caption>Every rule in the handbook</caption>',
        '<thead><tr><th scope="col">ID</th><th scope="col">Rule</th><th scope="col">Severity</th>'
        '<th scope="col">Applies to</th><th scope="col">Check</th><th scope="col">Status</th><th scope="col">Page</th></tr></thead>',
        "<tbody>",
        *rows,
        "</tbody>",
        "</table>",
        "</div>",
    ])


# Page titles (for links to the page a rule sits on) --------------------------------------

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.S)
_FRONT_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.M)
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)
_ATTRS = re.compile(r"\s*\{[^}]*\}\s*$")


def page_title(markdown: str, fallback: str) -> str:
    """A page's title as its Markdown states it: front matter `title:`, else the first `# heading`."""
    front = _FRONT_MATTER.match(markdown)
    if front:
        title = _FRONT_TITLE.search(front.group(1))
        if title:
            return title.group(1).strip("'\"")
        markdown = markdown[front.end():]
    heading = _H1.search(markdown)
    return _ATTRS.sub("", heading.group(1)) if heading else fallback
