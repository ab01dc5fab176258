"""`pattern`: regular expressions that must not match (Vale's "existence").

Patterns are checked for catastrophic backtracking when the rulebook compiles.
`replacement` (optional) is what a match may mechanically be replaced with (`""`: removed);
the checker offers it as a quick fix, applied only when the user asks.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ParamErrors
from ..regex_safety import problem
from ..text import Draft
from . import Check, Fix, Hit, check_known, string_list, within

NAME = "pattern"
PLACEHOLDERS: set[str] = set()


def compile(params: dict[str, Any], errors: ParamErrors) -> Check | None:
    check_known(params, {"patterns", "exceptions", "case_sensitive", "replacement"}, errors)
    replacement = params.get("replacement")
    if replacement is not None and not isinstance(replacement, str):
        errors.add("check.replacement", "must be a string.", 'write `replacement: ""` to remove the match, or the text to put instead.')
    patterns = string_list(params, "patterns", errors, required=True)
    exceptions = string_list(params, "exceptions", errors)
    case_sensitive = params.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        errors.add("check.case_sensitive", "must be true or false.", "write `case_sensitive: true`.")
    for key, items in (("patterns", patterns), ("exceptions", exceptions)):
        for pattern in items:
            why = problem(pattern)
            if why and "not a valid" in why:
                errors.add(f"check.{key}", f"the pattern {pattern!r} {why}.",
                           "correct the syntax; in YAML, quote the pattern and double each backslash, or use single quotes.")
            elif why:
                errors.add(f"check.{key}", f"the pattern {pattern!r} {why}.",
                           "simplify it: no repeat inside a repeat, no alternatives that overlap; anchor on a literal word where you can.")
    if errors:
        return None
    flags = 0 if case_sensitive else re.IGNORECASE
    # Compiled one by one: a pattern may open with global flags such as (?m), which
    # cannot stand inside a joined alternation.
    wanted = [re.compile(p, flags) for p in patterns]
    allowed = [re.compile(p, flags) for p in exceptions]

    def check(draft: Draft) -> list[Hit]:
        excused = [m.span() for pattern in allowed for m in pattern.finditer(draft.text)]
        spans = sorted({m.span() for pattern in wanted for m in pattern.finditer(draft.text) if m.end() > m.start()})
        text = draft.text
        return [Hit(start, end, {}, None if replacement is None else _fix(text[start:end], start, end, replacement))
                for start, end in spans if not within(start, end, excused)]

    return check


def _fix(matched: str, start: int, end: int, replacement: str) -> Fix:
    label = f"Remove “{matched}”" if replacement == "" else f"Replace with “{replacement}”"
    return Fix(label, start, end, replacement)
