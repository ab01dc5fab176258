"""Read rule blocks into a validated rulebook, reporting every mistake at once.

Build time only (CPython): it needs PyYAML. The engine runs from the compiled
rulebook and never imports this module.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import time
from pathlib import Path
from typing import Any

import yaml

from .blocks import RawBlock, find_blocks
from .errors import ParamErrors, RuleError, RulebookError
from .kinds import compile_check, placeholders
from .kinds.detector import CERTAIN
from .regex_safety import problem as regex_problem
from .regex_safety import too_slow
from .model import (ACCOUNTS, CHECKLISTS, DEFAULT_CHECKLIST, DOCUMENTS, ID_PATTERN, PLATFORMS, SEVERITIES, STATUSES,
                    Rule, Rulebook, Source)
from .text import Draft

FIELDS = {
    "title": "a short imperative sentence, e.g. `title: Use at most three hashtags`",
    "severity": f"one of {', '.join(SEVERITIES)}",
    "applies_to": "`applies_to: {platforms: [x], accounts: [institutional]}` (`all` for every one)",
    "status": f"one of {', '.join(STATUSES)} (default active)",
    "superseded_by": "the ID of the rule that replaces this one",
    "reason": "why the rule was retired or superseded",
    "source": f"`source: {{document: official, section: \"Twitter › Hashtags\"}}`; documents: {', '.join(DOCUMENTS)}",
    "since": "the date the rule took effect, YYYY-MM-DD",
    "revised": "the date of its last change in meaning, YYYY-MM-DD",
    "check": "`check: manual`, or a mapping with `kind:` and its parameters",
    "checklist": f"for a manual rule, when it is checked: one of {', '.join(CHECKLISTS)} (default {DEFAULT_CHECKLIST})",
    "message": "what the checker says when the rule is broken",
    "flag": "a list of drafts the rule must flag",
    "pass": "a list of drafts the rule must let pass",
}
EXAMPLES_BUDGET_SECONDS = 2.0
"""What a rule's check may spend on all its own examples together; more is an error, never a hang."""


def slow_patterns(check_spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, pattern, why) for each of a pattern check's patterns that is too slow on long drafts."""
    if check_spec.get("kind") != "pattern":
        return []
    flags = 0 if check_spec.get("case_sensitive") else re.IGNORECASE
    return [
        (f"check.{key}", pattern, why)
        for key in ("patterns", "exceptions")
        for pattern in check_spec.get(key) or []
        if isinstance(pattern, str) and regex_problem(pattern) is None and (why := too_slow(pattern, flags))
    ]


REQUIRED = ("title", "severity", "applies_to", "source", "since", "check")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_tree(root: Path | str) -> Rulebook:
    """The rulebook of every Markdown file under `root`; raises RulebookError listing every error."""
    root = Path(root)
    files = sorted(root.rglob("*.md"))
    texts: dict[str, str] = {}
    unreadable: list[RuleError] = []
    for path in files:
        data = path.read_bytes()
        try:
            texts[_display(path)] = data.decode("utf-8-sig")  # as MkDocs reads pages
        except UnicodeDecodeError as problem:
            unreadable.append(RuleError(_display(path), data[:problem.start].count(b"\n") + 1, "", "",
                                        "the page is not valid UTF-8.", "save the page as UTF-8."))
    if unreadable:
        try:
            parse_files(texts)
        except RulebookError as error:
            unreadable.extend(error.errors)
        raise RulebookError(unreadable)
    return parse_files(texts)


def _display(path: Path) -> str:
    """The path as an editor would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


_last_parsed: tuple[tuple[tuple[str, str], ...], Rulebook] | None = None
"""The last rulebook parsed without error, with the texts it came from: a site build reads the
same pages twice (the handbook's hook, then the checker's bundle) and validates them once."""


def parse_files(files: dict[str, str]) -> Rulebook:
    """The rulebook of these Markdown texts, keyed by the file name errors should show."""
    global _last_parsed
    key = tuple(sorted(files.items()))
    if _last_parsed is not None and _last_parsed[0] == key:
        return _last_parsed[1]
    rules: list[Rule] = []
    errors: list[RuleError] = []
    seen: dict[str, Rule] = {}
    for name, text in files.items():
        blocks, problems = find_blocks(text, name)
        errors.extend(problems)
        for block in blocks:
            try:
                rule, problems = parse_block(block)
            except Exception as problem:  # a last resort: an editor gets file:line, never a traceback
                rule, problems = None, [RuleError(block.file, block.line, block.rule_id, "",
                                                  f"the block could not be read ({type(problem).__name__}: {problem}).",
                                                  "compare each field with docs/reference/authoring.md.")]
            errors.extend(problems)
            if rule is None:
                continue
            if rule.id in seen:
                first = seen[rule.id]
                errors.append(RuleError(rule.file, rule.line, rule.id, "id",
                                        f"the ID is already used by the rule at {first.file}:{first.line}.",
                                        "give this rule a new, unused ID; IDs are never reused."))
                continue
            seen[rule.id] = rule
            rules.append(rule)
    errors.extend(_cross_check(seen))
    if errors:
        raise RulebookError(errors)
    rulebook = Rulebook(tuple(sorted(rules, key=lambda r: r.id)))
    _last_parsed = (key, rulebook)
    return rulebook


def parse_block(block: RawBlock) -> tuple[Rule | None, list[RuleError]]:
    """One rule from its block, or None with the errors that stop it."""
    errors: list[RuleError] = []

    def error(field: str, problem: str, fix: str, line: int | None = None) -> None:
        errors.append(RuleError(block.file, line or block.line, block.rule_id, field, problem, fix))

    if not ID_PATTERN.match(block.rule_id):
        error("id", f"{block.rule_id!r} is not a valid rule ID.",
              "use 1–4 capital letters, a hyphen and three digits, e.g. `X-003` or `PER-012`.")
    try:
        node, data = _load_yaml(block.options)
    except yaml.YAMLError as problem:
        hint = ""
        if any(quote in block.options for quote in _SMART_QUOTES):
            hint = " Replace typographic quotes (“ ” ‘ ’) with straight ones (\" ')."
        # The construct left open (a bracket, a quote) is where the editor should look.
        mark = getattr(problem, "context_mark", None) or getattr(problem, "problem_mark", None)
        line = block.options_line + mark.line if mark else block.line
        what = getattr(problem, "problem", None) or str(problem)
        context = getattr(problem, "context", None)
        what = f"{context}: {what}" if context else what
        error("", f"the options are not valid YAML ({what}).",
              "close every bracket and quote; indent every option line by four spaces; quote values that contain `: ` or start with a special character." + hint, line)
        return None, errors
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        error("", "the options must be a mapping of `field: value` lines.", "write one `field: value` per line under the header.")
        return None, errors
    lines = _key_lines(node, block.options_line)
    for field, problem, fix, line in _node_problems(node, block.options_line):
        error(field, problem, fix, line)

    def at(field: str) -> int:
        return lines.get(field, block.line)

    for key in data:
        if key not in FIELDS:
            close = [f for f in FIELDS if f.replace("_", "") == str(key).replace("-", "").replace("_", "")]
            hint = f"did you mean `{close[0]}`?" if close else f"use only: {', '.join(FIELDS)}."
            error(str(key), f"unknown field {key!r}.", hint, at(str(key)))
    for key in REQUIRED:
        if key not in data:
            error(key, "is missing.", f"add `{key}:` — {FIELDS[key]}.")

    title = _text(data, "title", error, at)
    severity = data.get("severity")
    if "severity" in data and severity not in SEVERITIES:
        error("severity", f"unknown severity {severity!r}.",
              f"use one of: {', '.join(SEVERITIES)} (never/must → error, avoid/should → warning, consider/try → suggestion).", at("severity"))
    platforms, accounts = _applies_to(data.get("applies_to"), error, at("applies_to")) if "applies_to" in data else ((), ())
    status = data.get("status", "active")
    if status not in STATUSES:
        error("status", f"unknown status {status!r}.", f"use one of: {', '.join(STATUSES)}.", at("status"))
    superseded_by = data.get("superseded_by")
    if superseded_by is not None and not (isinstance(superseded_by, str) and ID_PATTERN.match(superseded_by)):
        error("superseded_by", f"must be one rule ID, not {superseded_by!r}.", "write `superseded_by: X-004` (one ID, no brackets).",
              at("superseded_by"))
        superseded_by = None
    reason = data.get("reason")
    if reason is not None and not (isinstance(reason, str) and reason.strip()):
        error("reason", f"must be a sentence of text, not {reason!r}.", "write `reason: \"why the rule no longer applies\"` on one line.",
              at("reason"))
        reason = None
    if status == "superseded" and not superseded_by and "superseded_by" not in data:
        error("superseded_by", "a superseded rule must name its replacement.", "add `superseded_by: X-004`.", at("status"))
    if status != "superseded" and superseded_by:
        error("superseded_by", f"only a superseded rule names a replacement; this one is {status}.",
              "set `status: superseded`, or remove `superseded_by`.", at("superseded_by"))
    if status == "retired" and not reason and "reason" not in data:
        error("reason", "a retired rule must say why.", "add `reason: ...`.", at("status"))
    source = _source(data.get("source"), error, at("source")) if "source" in data else None
    since = _date(data, "since", error, at)
    revised = _date(data, "revised", error, at)
    today = dt.date.today().isoformat()
    for key, value in (("since", since), ("revised", revised)):
        if value and value > today:
            error(key, f"{value} is in the future (today is {today}).", "write the date the rule took effect or changed, not a planned one.", at(key))
    if since and revised and revised < since:
        error("revised", f"{revised} is before `since` ({since}).", "a rule is revised after it takes effect: fix either date.", at("revised"))
    message = data.get("message")
    if message is not None and not (isinstance(message, str) and message.strip()):
        error("message", "must be a non-empty text.", "write what the checker should say.", at("message"))
        message = None
    flag = _examples(data, "flag", error, at)
    passes = _examples(data, "pass", error, at)

    check_spec = data.get("check")
    check_fn = None
    checklist = data.get("checklist")
    if checklist is not None and check_spec != "manual":
        error("checklist", "only a manual rule goes on a checklist; the checker runs this one.",
              "remove `checklist:`, or make the rule `check: manual`.", at("checklist"))
    elif checklist is not None and checklist not in CHECKLISTS:
        error("checklist", f"unknown checklist {checklist!r}.",
              f"use one of: {', '.join(CHECKLISTS)} (draft: before publishing the text; image: when a picture or video "
              "goes with it; account: while running the account).", at("checklist"))
    if check_spec == "manual":
        check_spec = None
        checklist = checklist or DEFAULT_CHECKLIST
        if flag or passes:
            error("flag" if flag else "pass", "a manual rule has no check to run examples through.",
                  "describe good and bad practice in the body instead, or give the rule a check.", at("flag" if flag else "pass"))
    elif "check" in data:
        if isinstance(check_spec, dict) and not isinstance(check_spec.get("kind"), str):
            error("check.kind", f"must be the name of one kind, not {check_spec.get('kind')!r}.",
                  "write e.g. `check: {kind: phrase, ...}` (no brackets around the kind).", lines.get("check.kind", at("check")))
            check_spec = None
        elif not isinstance(check_spec, dict):
            error("check", f"must be `manual` or a mapping with `kind:`, not {check_spec!r}.",
                  "write `check: manual`, or `check: {kind: limit, measure: hashtags, max: 3}`.", at("check"))
            check_spec = None
        else:
            problems = ParamErrors()
            check_fn = compile_check(check_spec, problems)
            if check_spec.get("kind") == "detector" and severity == "error" and check_spec.get("name") not in CERTAIN:
                error("severity", f"the {check_spec.get('name')!r} detector weighs a judgement, so its rule cannot be an error.",
                      "use `severity: warning` (or suggestion) and say \"may\" in the message; keep the source's wording in the body.",
                      at("severity"))
            for field, problem, fix in problems.problems:
                error(field, problem, fix, lines.get(field, at("check")))
            if check_fn is not None:
                for field, pattern, why in slow_patterns(check_spec):
                    error(field, f"the pattern {pattern!r} {why}.",
                          "anchor it where a match can start (`\\b`, a literal word), or bound the repeat (`\\w{1,30}`).",
                          lines.get(field, at("check")))
            if not message:
                error("message", "an automatic rule needs a message.", "add `message: ...`, the words the checker shows.", at("check"))
            elif (names := _placeholders_in(message)) is None:
                error("message", f"the message {message!r} has a `{{` or `}}` that opens or closes no placeholder.",
                      "write placeholders as `{value}`; write a literal brace twice: `{{` or `}}`.", at("message"))
            else:
                unknown = names - placeholders(str(check_spec.get("kind")))
                if unknown:
                    error("message", f"unknown placeholder(s) {', '.join(sorted(unknown))} in the message.",
                          f"use only: {', '.join(sorted(placeholders(str(check_spec.get('kind')))))}.", at("message"))
            if not flag:
                error("flag", "an automatic rule needs at least one example that it flags.", "add `flag: [\"...\"]`.", at("check"))
            if not passes:
                error("pass", "an automatic rule needs at least one example that passes.", "add `pass: [\"...\"]`.", at("check"))
    body = block.body.strip()
    if not body:
        error("body", "the rule has no body.", "below the options, explain why the rule exists and what to do instead.")
    if check_fn is not None and "check" not in {e.field.split(".")[0] for e in errors}:
        # Run the examples whatever else is wrong, so that one run shows every mistake.
        # A kind whose examples are not drafts (an image's "800x600") reads them itself.
        run_example = getattr(check_fn, "run_example", None) or (lambda example: check_fn(Draft(example)))
        began = time.perf_counter()
        for key, examples, must_flag in (("flag", flag, True), ("pass", passes, False)):
            for number, example in enumerate(examples, 1):
                line = lines.get(f"{key}.{number}", at(key))
                try:
                    flagged = bool(run_example(example))
                except ValueError as problem:
                    error(key, f"example {number} of `{key}` cannot be read: {problem}", "fix the example.", line)
                    continue
                if flagged != must_flag:
                    verdict = "is not flagged" if must_flag else "is flagged"
                    error(key, f"example {number} of `{key}` {verdict} by the check: {_short(example)}",
                          "fix the example or the check's parameters.", line)
        spent = time.perf_counter() - began
        if spent > EXAMPLES_BUDGET_SECONDS:
            error("check", f"the check took {spent:.1f} s on the rule's own examples (the budget is {EXAMPLES_BUDGET_SECONDS:g} s).",
                  "simplify its patterns or phrases; a check must stay fast on long drafts.", at("check"))
    if errors:
        return None, errors
    assert source is not None and since is not None and isinstance(title, str)
    return Rule(
        id=block.rule_id, title=title, severity=str(severity), platforms=platforms, accounts=accounts,
        status=str(status), source=source, since=since, revised=revised, message=(message or "").strip(),
        body=body, summary=summarize(body), check=check_spec, flag=tuple(flag), passes=tuple(passes),
        superseded_by=superseded_by, reason=reason, checklist=checklist, file=block.file, line=block.line,
    ), []


class _SafeLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that a date stays text: the parser checks it and reports file:line."""


class _FastSafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser, when PyYAML has it: the same nodes and values, several times faster."""


for _loader in (_SafeLoader, _FastSafeLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)

_FAST_LOADER = _FastSafeLoader if hasattr(yaml, "CSafeLoader") else None
_SMART_QUOTES = "“”„‘’‚"


def _placeholders_in(message: str) -> set[str] | None:
    """The placeholder names in a message, or None when its braces do not pair up."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(message) if name}
    except ValueError:
        return None


def _node_problems(node: yaml.Node, first_line: int) -> list[tuple[str, str, str, int]]:
    """(field, problem, fix, line) for what YAML accepts but an editor never means: a field
    given twice (YAML keeps the last silently) and a value opened with a typographic quote."""
    problems: list[tuple[str, str, str, int]] = []
    stack: list[tuple[str, yaml.Node]] = [("", node)]
    while stack:
        path, current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in current.value:
                name = str(key.value)
                field = f"{path}.{name}" if path else name
                line = first_line + key.start_mark.line
                if name in seen:
                    problems.append((field, f"is given twice (lines {seen[name]} and {line}); only the last would count.",
                                     "keep one of the two lines.", line))
                seen.setdefault(name, line)
                stack.append((field, value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((path, item) for item in current.value)
        elif isinstance(current, yaml.ScalarNode) and not current.style and str(current.value)[:1] in _SMART_QUOTES:
            problems.append((path, f"the value {current.value!r} starts with a typographic quote, which YAML reads as part of the text.",
                             "quote it with straight quotes: \"...\" (typographic quotes may stay inside them).",
                             first_line + current.start_mark.line))
    return problems


def _load_yaml(options: str) -> tuple[yaml.Node | None, Any]:
    """The options' node (for line numbers) and their value, from one pass over the text.

    A mistake is reported by the pure-Python parser, whose messages the fixes are written for.
    """
    if _FAST_LOADER is not None:
        try:
            return _compose_and_construct(_FAST_LOADER, options)
        except yaml.YAMLError:
            pass
    return _compose_and_construct(_SafeLoader, options)


def _compose_and_construct(loader_class: Any, options: str) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(options)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _cross_check(rules: dict[str, Rule]) -> list[RuleError]:
    errors = []
    for rule in rules.values():
        if rule.superseded_by is None:
            continue
        target = rules.get(rule.superseded_by)
        if target is None:
            errors.append(RuleError(rule.file, rule.line, rule.id, "superseded_by",
                                    f"points to {rule.superseded_by!r}, which is no rule.", "name the ID of an existing rule."))
        elif target.id == rule.id:
            errors.append(RuleError(rule.file, rule.line, rule.id, "superseded_by", "points to the rule itself.", "name the rule that replaces it."))
            continue
        chain = [rule.id]
        while target is not None and target.status == "superseded" and target.id not in chain:
            chain.append(target.id)
            target = rules.get(target.superseded_by or "")
        if target is not None and target.id in chain:
            errors.append(RuleError(rule.file, rule.line, rule.id, "superseded_by",
                                    f"the replacements go round in a circle: {' → '.join(chain + [target.id])}.",
                                    "a superseded rule must lead to an active rule; point one of them to the rule in force."))
        elif target is not None and target.status == "retired":
            errors.append(RuleError(rule.file, rule.line, rule.id, "superseded_by",
                                    f"leads to {target.id}, which is retired, so readers would be sent to a rule no longer in force.",
                                    f"point `superseded_by` to an active rule, or retire {rule.id} too (`status: retired` with a `reason:`)."))
    return errors


def _key_lines(node: yaml.MappingNode, first_line: int) -> dict[str, int]:
    """Line numbers (1-based, in the Markdown file) of each field and list item."""
    lines: dict[str, int] = {}
    for key, value in node.value:
        name = str(key.value)
        lines[name] = first_line + key.start_mark.line
        if isinstance(value, yaml.SequenceNode):
            for number, item in enumerate(value.value, 1):
                lines[f"{name}.{number}"] = first_line + item.start_mark.line
        if isinstance(value, yaml.MappingNode):
            for sub_key, _ in value.value:
                lines[f"{name}.{sub_key.value}"] = first_line + sub_key.start_mark.line
    return lines


def _text(data: dict[str, Any], key: str, error: Any, at: Any) -> str | None:
    value = data.get(key)
    if key in data and not (isinstance(value, str) and value.strip()):
        error(key, "must be a non-empty text.", FIELDS[key] + ".", at(key))
        return None
    return value.strip() if isinstance(value, str) else None


def _date(data: dict[str, Any], key: str, error: Any, at: Any) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    error(key, f"{value!r} is not a date.", "write it as YYYY-MM-DD, e.g. 2019-10-16.", at(key))
    return None


def _names(value: Any, allowed: tuple[str, ...], field: str, error: Any, line: int) -> tuple[str, ...]:
    if value == "all" or value == ["all"]:
        return allowed
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        error(field, f"must be a list, not {value!r}.", f"write `[{allowed[0]}]`, or `all`.", line)
        return ()
    unknown = [v for v in value if v not in allowed]
    for name in unknown:
        error(field, f"unknown value {name!r}.", f"use any of: {', '.join(allowed)}; or `all`.", line)
    return tuple(v for v in allowed if v in value)


def _applies_to(value: Any, error: Any, line: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not isinstance(value, dict) or set(value) - {"platforms", "accounts"} or not {"platforms", "accounts"} <= set(value):
        error("applies_to", "must have exactly `platforms:` and `accounts:`.", FIELDS["applies_to"] + ".", line)
        return (), ()
    return (_names(value["platforms"], PLATFORMS, "applies_to.platforms", error, line),
            _names(value["accounts"], ACCOUNTS, "applies_to.accounts", error, line))


def _source(value: Any, error: Any, line: int) -> Source | None:
    if not isinstance(value, dict) or set(value) != {"document", "section"}:
        error("source", "must have exactly `document:` and `section:`.", FIELDS["source"] + ".", line)
        return None
    if not isinstance(value["document"], str) or value["document"] not in DOCUMENTS:
        error("source.document", f"unknown document {value['document']!r}.", f"use one of: {', '.join(DOCUMENTS)}.", line)
        return None
    if not isinstance(value["section"], str) or not value["section"].strip():
        error("source.section", "must name the section.", "write the section's heading, e.g. `Twitter › Hashtags`.", line)
        return None
    return Source(value["document"], value["section"].strip())


def _examples(data: dict[str, Any], key: str, error: Any, at: Any) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        error(key, "must be a list of texts.", f"write `{key}:` followed by `- \"a draft\"` lines; quote each draft.", at(key))
        return []
    return [v.rstrip("\n") for v in value]


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= 60 else flat[:57] + "...")


_MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|[*_`]{1,3}|^#+\s*|^>\s*", re.MULTILINE)


def summarize(body: str) -> str:
    """The body's first paragraph as plain text, for short-link pages and checklists."""
    first = body.strip().split("\n\n", 1)[0]
    return " ".join(_MARKUP.sub(lambda m: m.group(1) or "", first).split())
