"""Rule cards, short-link pages and the rules index as Markdown/HTML (checks/render.py), without MkDocs."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from checks.parse import parse_tree
from checks.render import (Place, applies_to, heading_level_at, long_date, page_title, render_cards, rules_index,
                           short_link_page)

FIXTURE = Path(__file__).resolve().parents[1] / "site" / "fixtures" / "basic" / "docs"


@pytest.fixture(scope="module")
def rulebook():
    return parse_tree(FIXTURE)


@pytest.fixture(scope="module")
def places(rulebook):
    return {r.id: Place(f"guide/{Path(r.file).name}", f"guide/{Path(r.file).stem}/", Path(r.file).stem.title())
            for r in rulebook.rules}


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["md_in_html", "attr_list", "toc", "admonition"])


def test_a_card_shows_everything_about_its_rule(rulebook, places) -> None:
    text = (FIXTURE / "guide" / "posting.md").read_text(encoding="utf-8")
    html = to_html(render_cards(text, rulebook, "../../", places))
    assert '<h3 class="hb-rule__heading" id="t-001">' in html
    assert "<strong>find</strong>" in html  # the body is Markdown
    for seen in ("Warning", "X, Facebook · institutional accounts", "Automatic: the checker tests it", "Active",
                 "Just #one here", "A post&#10;over two lines", "Too many #a #b #c",
                 "Social media guidelines for official accounts, V.191016 › Twitter › Hashtags",
                 '<time datetime="2019-10-16">16 October 2019</time>', "revised", 'href="../../r/T-001/"',
                 "Manual: check it yourself", "All platforms · personal accounts"):
        assert seen in html, seen
    assert "We are sorry you feel this way &lt;b&gt;now&lt;/b&gt;" in html  # examples are text, never markup
    assert "/// rule" not in html


def test_a_superseded_card_names_its_replacement(rulebook, places) -> None:
    text = (FIXTURE / "guide" / "history.md").read_text(encoding="utf-8")
    html = to_html(render_cards(text, rulebook, "", places))
    assert 'This rule was superseded by <a href="guide/posting/#t-001">T-001 Use at most two hashtags</a>.' in html
    assert "This rule was retired" in html and "Audiences read at weekends too." in html


def test_heading_levels_follow_the_page_and_skip_fenced_code() -> None:
    text = "# Page\n\n## Section\n\n```\n# not a heading\n```\n\nX\n"
    assert heading_level_at(text, 9) == 3
    assert heading_level_at("#### Deep\n##### Deeper\n\nX", 4) == 6
    assert heading_level_at("No heading\n", 1) == 2


def test_a_superseded_rule_s_short_link_page_stays_and_says_what_replaced_it(rulebook, places) -> None:
    superseded = short_link_page(rulebook.by_id["T-010"], rulebook, places)
    assert "refresh" not in superseded
    assert "This rule was superseded by T-001" in superseded and "(../../guide/posting.md#t-001)" in superseded


def test_the_index_has_a_row_per_rule_with_filter_data(rulebook, places) -> None:
    html = rules_index(rulebook, "../", places)
    assert html.count("<tr id=") == len(rulebook.rules)
    assert ('<tr id="t-002" data-platforms="reply" data-accounts="institutional personal" data-severity="error" '
            'data-status="active" data-check="automatic" data-id="T-002" data-title=') in html
    assert 'href="../guide/posting/#t-002"' in html
    assert '<form class="hb-filters" aria-label="Filter the rules" role="search" hidden>' in html
    for name in ("q", "platforms", "accounts", "severity", "status", "check", "sort"):
        assert f'name="{name}"' in html, name
    assert '<td data-label="Applies to">' in html


def test_the_index_labels_a_rule_no_longer_in_force_by_its_status_not_its_severity(rulebook, places) -> None:
    html = rules_index(rulebook, "", places)
    row = html[html.index('<tr id="t-010"'):]
    row = row[:row.index("</tr>")]
    severity_cell = row[row.index('data-label="Severity">'):row.index('data-label="Applies to"')]
    assert "Superseded" in severity_cell and "hb-badge" not in severity_cell


def test_a_retired_rule_s_short_link_page_has_copy_buttons_links_its_ids_and_no_severity(rulebook, places) -> None:
    retired = rulebook.by_id["T-011"]
    named = retired.__class__(**{**retired.__dict__, "reason": "Choosing days remains a rule: T-001 and T-999."})
    book = rulebook.__class__(rules=tuple(named if r.id == "T-011" else r for r in rulebook.rules))
    page = short_link_page(named, book, places)
    assert "[T-001](../../guide/posting.md#t-001) and T-999." in page  # only IDs that exist are links
    assert 'data-copy="link"' in page and 'data-copy="email"' in page
    kicker = next(line for line in page.splitlines() if "hb-short__kicker" in line)
    assert "Retired" in kicker and "Error" not in kicker and "Warning" not in kicker and "Suggestion" not in kicker
    card_html = to_html(render_cards((FIXTURE / "guide" / "history.md").read_text(encoding="utf-8"), book, "", places))
    assert 'remains a rule: <a href="guide/posting/#t-001">T-001</a> and T-999.' in card_html


def test_words() -> None:
    assert long_date("2019-10-16") == "16 October 2019"
    assert page_title("---\ntitle: Home\n---\n# Other\n", "x") == "Home"
    assert page_title("Intro\n\n# X (Twitter) { #x }\n", "x") == "X (Twitter)"
    assert page_title("No title\n", "fallback") == "fallback"


def test_applies_to_in_words(rulebook) -> None:
    assert applies_to(rulebook.by_id["T-002"]) == "Replies to comments · all accounts"


def test_long_examples_are_cut_on_cards_with_their_length() -> None:
    from checks.render import _shortened

    example = "a" * 63_207
    shown = _shortened(example)
    assert shown.startswith("a" * 200) and shown.endswith("(63,207 characters in all)") and len(shown) < 240
    assert _shortened("short") == "short"
