"""Reject regular expressions that can backtrack catastrophically, or that are too slow.

Python's `re` backtracks. A repeated group whose body can match texts of different lengths
(`(a+)+`, `(\\w*\\s?)*`, and counted repeats of optional parts such as `(?:\\s?\\w?){30}`
or `(?:a?){25}a{25}`) or a repeated alternation whose branches can match the same text
(`(a|ab)*`) takes exponential time on some inputs. `problem` refuses such patterns by their
shape, when the rulebook compiles, rather than freeze a user's page later. Possessive
repeats (`a*+`) and atomic groups (`(?>...)`) never backtrack into themselves and are allowed.

Some shapes are polynomial, not exponential: a pattern that can start anywhere with an
unbounded repeat and then fail (`\\w+ly\\b`, `[a-z]+@`, `\\s*$`) rescans the same run from
every position, which is quadratic in the run's length. Telling those apart by shape alone
would refuse many useful patterns, so they are held to a budget instead: `too_slow` times
each pattern over adversarial texts of `BUDGET_CHARACTERS` characters built from the
pattern's own literals and common characters, and the validator refuses a pattern whose
slowest text takes more than `BUDGET_SECONDS` (about a hundred times what a linear pattern
takes; a quadratic one takes one to three seconds).
"""

from __future__ import annotations

import re
import time

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


_SAFE_REPEATS = {sre_constants.POSSESSIVE_REPEAT} - {None}
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)


def _is_variable_repeat(op: object, av: object) -> bool:
    """A repeat that can match different numbers of times (`a?`, `a*`, `a{2,5}`), so different lengths."""
    return op in _REPEATS - _SAFE_REPEATS and isinstance(av, tuple) and av[1] != av[0]


def _walk(items: list[tuple[object, object]], inside_repeat: bool) -> str | None:
    for op, av in items:
        if op in _SAFE_REPEATS or op == _ATOMIC:
            continue  # never backtracks into itself
        if op in _REPEATS:
            low, high, body = av  # type: ignore[misc]
            repeats = high == _MAXREPEAT or high > 1
            body_items = list(body)
            if repeats and inside_repeat and op != sre_constants.POSSESSIVE_REPEAT:
                return "nests a repeated part inside another repeat, which can backtrack catastrophically"
            if repeats and _contains_variable_repeat(body_items):
                return ("repeats a group whose body can match texts of different lengths (like `(a+)+` or `(?:a?){20}`), "
                        "which can backtrack catastrophically")
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


BUDGET_CHARACTERS = 20_000
GROWTH_FLOOR_SECONDS = 0.05
"""Below this, a pattern is fast enough on `BUDGET_CHARACTERS` whatever its growth (and timing is noise)."""
MAX_GROWTH = 2.8
"""Time on a text over time on half of it: about 2 for a linear pattern, 4 for a quadratic one."""
START_CHARACTERS = BUDGET_CHARACTERS // 256
"""The first, short scan of each adversarial text (78 characters)."""
BUDGET_SECONDS = 1.0
"""No pattern may take longer than this on `BUDGET_CHARACTERS` of any adversarial text."""
_COMMON = "aA1 .-'\n@#"
"""Characters most texts are made of, in runs of which slow patterns show themselves."""


def adversarial_units(pattern: str) -> list[str]:
    """What slow patterns show themselves on, repeated: runs of one character (the pattern's own
    literals and common ones) and of common pairs ("A. A. A. ", "a-a-a-")."""
    literals = {chr(av) for op, av in _literals(list(sre_parse.parse(pattern))) if 32 <= av < 0x110000}  # type: ignore[arg-type]
    return sorted(set(_COMMON) | literals) + [a + b for a in "aA1" for b in " .-'@"] + ["A. ", "aa ", "a\n"]


def _adversarial(unit: str, size: int) -> str:
    """`unit` repeated to `size` characters, ended by one character the run does not hold (where a
    pattern that needs something after the run fails, after rescanning it)."""
    end = "~" if "~" not in unit else "!"
    return unit * ((size - 1) // len(unit)) + end


def _literals(items: list[tuple[object, object]]) -> list[tuple[object, object]]:
    found: list[tuple[object, object]] = []
    for op, av in items:
        if op == sre_constants.LITERAL:
            found.append((op, av))
        elif op in _REPEATS:
            found += _literals(list(av[2]))  # type: ignore[index]
        elif op == sre_constants.SUBPATTERN:
            found += _literals(list(av[-1]))  # type: ignore[index]
        elif op == sre_constants.BRANCH:
            for branch in av[1]:  # type: ignore[index]
                found += _literals(list(branch))
    return found


def _seconds(pattern: re.Pattern[str], text: str, runs: int = 3) -> float:
    """The fastest of `runs` scans: the least disturbed by whatever else the machine is doing."""
    fastest = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        fastest = min(fastest, time.perf_counter() - began)
        if fastest <= GROWTH_FLOOR_SECONDS or fastest > BUDGET_SECONDS:
            break
    return fastest


def _unbounded(items: list[tuple[object, object]]) -> bool:
    """Whether a parsed pattern repeats something without an upper bound (`*`, `+`, `{2,}`).

    Without one, each position costs a bounded amount of work, so the pattern is linear and
    needs no timing (timing it anyway would only measure the machine's load).
    """
    for op, av in items:
        if op in _REPEATS and (av[1] == _MAXREPEAT or _unbounded(list(av[2]))):  # type: ignore[index]
            return True
        if op == sre_constants.SUBPATTERN and _unbounded(list(av[-1])):  # type: ignore[index]
            return True
        if op == sre_constants.BRANCH and any(_unbounded(list(b)) for b in av[1]):  # type: ignore[index]
            return True
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) and _unbounded(list(av[1])):  # type: ignore[index]
            return True
        if op == _ATOMIC and _unbounded(list(av)):  # type: ignore[arg-type]
            return True
    return False


def too_slow(pattern: str, flags: int = 0) -> str | None:
    """Why a pattern that `problem` accepts is too slow for long drafts, or None.

    Growth, not a machine's speed, decides. Each adversarial text is scanned at sizes that double
    from `START_CHARACTERS` up to `BUDGET_CHARACTERS`; the pattern is refused when a scan takes over
    `GROWTH_FLOOR_SECONDS` and over `MAX_GROWTH` times the scan of half as much (a linear pattern
    takes about twice as long, a quadratic one four times), or over `BUDGET_SECONDS` in any case.
    Starting small means a pattern worse than quadratic shows itself within seconds instead of
    running for hours. Each time is the fastest of three scans, so the machine's load does not
    decide, and a pattern without an unbounded repeat is linear and not timed at all. Only for
    patterns `problem` accepts: an exponential one would not finish even on a short text.
    """
    if not _unbounded(list(sre_parse.parse(pattern, flags))):
        return None
    compiled = re.compile(pattern, flags)
    for unit in adversarial_units(pattern):
        previous: float | None = None
        size = START_CHARACTERS
        while size <= BUDGET_CHARACTERS:
            took = _seconds(compiled, _adversarial(unit, size))
            growth = took / max(previous, 1e-6) if previous is not None else 1.0
            if took > BUDGET_SECONDS or (took > GROWTH_FLOOR_SECONDS and growth > MAX_GROWTH):
                sample = (unit * 3).encode("unicode_escape").decode()
                return (f"takes {took:.2f} s on {size:,} characters of {sample!r}… and {growth:.1f} times as long as on "
                        "half of them: it rescans the same text from every position (quadratic time or worse)")
            previous = took
            size *= 2
    return None
