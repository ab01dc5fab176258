"""Reject regular expressions that can backtrack catastrophically.

Python's `re` backtracks. A quantified group whose body is itself quantified
(`(a+)+`, `(\\w*\\s?)*`) or a quantified alternation whose branches can match the
same text (`(a|ab)*`) takes exponential time on some inputs. We refuse such
patterns when the rulebook compiles, rather than freeze a user's page later.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT} - {None}
_MAXREPEAT = sre_constants.MAXREPEAT


def problem(pattern: str) -> str | None:
    """Why the pattern is unsafe or invalid, or None when it is fine."""
    try:
        re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except re.error as error:
        return f"is not a valid regular expression ({error})"
    return _walk(list(parsed), inside_repeat=False)


def _is_variable_repeat(op: object, av: object) -> bool:
    return op in _REPEATS and isinstance(av, tuple) and av[1] != av[0] and (av[1] == _MAXREPEAT or av[1] > 1)


def _walk(items: list[tuple[object, object]], inside_repeat: bool) -> str | None:
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av  # type: ignore[misc]
            repeats = high == _MAXREPEAT or high > 1
            body_items = list(body)
            if repeats and inside_repeat and op != sre_constants.POSSESSIVE_REPEAT:
                return "nests a repeated part inside another repeat, which can backtrack catastrophically"
            if repeats and _contains_variable_repeat(body_items):
                return "nests a quantifier inside a repeated group (like `(a+)+`), which can backtrack catastrophically"
            if repeats and _has_overlapping_alternation(body_items):
                return "repeats an alternation whose branches can match the same text (like `(a|ab)*`), which can backtrack catastrophically"
            found = _walk(body_items, inside_repeat or repeats)
            if found:
                return found
        elif op == sre_constants.SUBPATTERN:
            found = _walk(list(av[-1]), inside_repeat)  # type: ignore[index]
            if found:
                return found
        elif op == sre_constants.BRANCH:
            for branch in av[1]:  # type: ignore[index]
                found = _walk(list(branch), inside_repeat)
                if found:
                    return found
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            found = _walk(list(av[1]), inside_repeat)  # type: ignore[index]
            if found:
                return found
    return None


def _contains_variable_repeat(items: list[tuple[object, object]]) -> bool:
    for op, av in items:
        if _is_variable_repeat(op, av):
            return True
        if op == sre_constants.SUBPATTERN and _contains_variable_repeat(list(av[-1])):  # type: ignore[index]
            return True
        if op == sre_constants.BRANCH and any(_contains_variable_repeat(list(b)) for b in av[1]):  # type: ignore[index]
            return True
    return False


def _first_literals(items: list[tuple[object, object]]) -> set[object] | None:
    """The literal code points a sequence can start with; None when unknown (any)."""
    for op, av in items:
        if op == sre_constants.LITERAL:
            return {av}
        if op == sre_constants.SUBPATTERN:
            return _first_literals(list(av[-1]))  # type: ignore[index]
        return None
    return set()


def _has_overlapping_alternation(items: list[tuple[object, object]]) -> bool:
    for op, av in items:
        if op == sre_constants.SUBPATTERN:
            return _has_overlapping_alternation(list(av[-1]))  # type: ignore[index]
        if op == sre_constants.BRANCH:
            seen: set[object] = set()
            for branch in av[1]:  # type: ignore[index]
                first = _first_literals(list(branch))
                if first is None or first & seen or not first:
                    return True
                seen |= first
            return False
        if op == sre_constants.IN:
            continue
    return False
