"""Shared plumbing for detectors: "is there a cue near here?" in logarithmic time.

Every detector finds its candidates and its context words with one left-to-right
`finditer` each, then asks which context words lie within a few characters of a
candidate. Asking with `bisect` on the sorted spans keeps a detector linear in the
draft's length (give or take a logarithm), whatever the draft holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any, Callable

from ..errors import ParamErrors
from ..kinds import check_known

if TYPE_CHECKING:
    from ..text import Draft
    from . import Detection

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

OPTIONS_PREFIX = "check.options."


def fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile `pattern` behind a lookahead on the characters a match can start with.

    Python's `re` tries a case-insensitive alternation of words at every position of
    the text, which costs about a microsecond a character. A case-sensitive
    lookahead on the possible first characters (in both cases) fails at once
    almost everywhere else, which makes cue searches several times faster.
    """
    first = _first_characters(list(sre_parse.parse(pattern, flags)), flags)
    if first is None or first[1]:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(first[0]))}])(?:{pattern})", flags)


_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: r"\d",
    sre_constants.CATEGORY_WORD: r"\w",
    sre_constants.CATEGORY_SPACE: r"\s",
}


def _first_characters(items: list[tuple[object, object]], flags: int) -> tuple[set[str], bool] | None:
    """What a match of `items` can start with (as class members) and whether it can be
    empty; None when it could start with anything."""
    starts: set[str] = set()
    for op, av in items:
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue  # zero width
        if op == sre_constants.LITERAL:
            return starts | _cases(chr(av), flags), False  # type: ignore[arg-type]
        if op == sre_constants.IN:
            found: set[str] = set()
            for kind, value in av:  # type: ignore[union-attr]
                if kind == sre_constants.LITERAL:
                    found |= _cases(chr(value), flags)
                elif kind == sre_constants.RANGE and value[1] - value[0] < 200:
                    for code in range(value[0], value[1] + 1):
                        found |= _cases(chr(code), flags)
                elif kind == sre_constants.CATEGORY and value in _CATEGORIES:
                    found.add(_CATEGORIES[value])
                else:
                    return None
            return starts | found, False
        if op == sre_constants.SUBPATTERN:
            inner = _first_characters(list(av[-1]), flags | av[1])  # type: ignore[index]
        elif op == sre_constants.BRANCH:
            branches = [_first_characters(list(branch), flags) for branch in av[1]]  # type: ignore[index]
            if any(b is None for b in branches):
                return None
            inner = (set().union(*(b[0] for b in branches)), any(b[1] for b in branches))  # type: ignore[index]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, _, body = av  # type: ignore[misc]
            inner = _first_characters(list(body), flags)
            if inner is not None and low == 0:
                inner = (inner[0], True)
        else:
            return None
        if inner is None:
            return None
        starts |= inner[0]
        if not inner[1]:
            return starts, False
    return starts, True


def _cases(char: str, flags: int) -> set[str]:
    found = {char}
    if flags & re.IGNORECASE:
        found |= {char.lower(), char.upper(), char.swapcase()}
        found |= {c for c in ("\u212a", "\u017f", "\u0130", "\u0131") if c.lower() in found or c.upper() in found}
    return {re.escape(c) if c in "\\]^-[" else c for c in found if len(c) == 1}


class Cues:
    """The matches of one pattern in a text, as `finditer` finds them, sorted by position;
    asked for those from `before` characters before a span to `after` characters after it.

    `around`: the spans that will be asked about, when they are known. Then the pattern
    is looked for only near them, which on a long draft with few candidates saves most of
    the scan, and finds exactly the matches a scan of the whole text finds there.
    """

    def __init__(self, pattern: re.Pattern[str], text: str, before: int, after: int,
                 around: list[tuple[int, int]] | None = None) -> None:
        self.before = before
        self.after = after
        if around is None:
            self.matches = list(pattern.finditer(text))
        else:
            windows = sorted((start - before, end + after) for start, end in around)
            self.matches = _matches_in_windows(pattern, text, windows)
        self._starts = [m.start() for m in self.matches]
        self._ends = [m.end() for m in self.matches]

    def near(self, start: int, end: int) -> list[re.Match[str]]:
        """Matches that overlap [start - before, end + after)."""
        low, high = start - self.before, end + self.after
        first = bisect_right(self._ends, low)
        last = bisect_left(self._starts, high)
        return self.matches[first:last]

    def any_near(self, start: int, end: int) -> bool:
        low, high = start - self.before, end + self.after
        return bisect_right(self._ends, low) < bisect_left(self._starts, high)


_LOOK_BACK = 64
"""How far before a window to look for a place where a scan may safely start."""


def _matches_in_windows(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The matches of `pattern.finditer(text)` that overlap the windows (sorted (low, high) pairs).

    A scan from position q finds the same matches as the whole scan from q on, provided q
    is not inside one of the whole scan's matches. That holds where the character before q
    is one that no match can contain (`_barriers`: a full stop for a list of words, a space
    for single words) or where the scan so far ended (`resume`). So each window is scanned
    from such a place at or before it, until a match starts past it.
    """
    barriers = _barriers(pattern)
    if barriers is None:
        return list(pattern.finditer(text))
    found: list[re.Match[str]] = []
    resume = 0
    """Every match of the whole scan that starts before `resume` and overlaps a window is in `found`."""
    for low, high in windows:
        if high <= resume:
            continue
        start = resume
        low = min(max(low, 0), len(text))
        for position in range(low, max(resume, low - _LOOK_BACK), -1):
            if text[position - 1] in barriers:
                start = position
                break
        for match in pattern.finditer(text, start):
            found.append(match)
            resume = match.end()
            if match.start() >= high:
                break
        else:
            break  # no match after `start`, so none in the later windows either
    return found


_BARRIER_CANDIDATES = frozenset(
    " \t\n\r\x0b\x0c\xa0\u2028\u2029.,;:!?()[]{}<>\"'/\\|@#$%^&*+=~`_-…–—‘’“”«»¡¿0123456789"
)
"""Common characters that have no case, among which `_barriers` looks."""
_CATEGORY_ESCAPES = {
    sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    sre_constants.CATEGORY_SPACE: r"\s", sre_constants.CATEGORY_NOT_SPACE: r"\S",
    sre_constants.CATEGORY_WORD: r"\w", sre_constants.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.GROUPREF)
"""Assertions consume nothing; a back reference consumes only what its group consumed."""
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None))
_barrier_cache: dict[re.Pattern[str], frozenset[str] | None] = {}


class _Unknown(Exception):
    """A construct `_consumed` does not know: assume a match may contain any character."""


def _barriers(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Common characters that no match of `pattern` contains; None if it may match an empty string."""
    if pattern not in _barrier_cache:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        try:
            consumed = _consumed(list(parsed), parsed.state.flags)
            barriers: frozenset[str] | None = _BARRIER_CANDIDATES - consumed
        except _Unknown:
            barriers = frozenset()
        if parsed.getwidth()[0] == 0:
            barriers = None
        _barrier_cache[pattern] = barriers
    return _barrier_cache[pattern]


def _consumed(items: list[tuple[Any, Any]], flags: int) -> set[str]:
    """Which of `_BARRIER_CANDIDATES` a match of the parsed `items` can contain.

    The candidates have no case, so a case-insensitive pattern matches them as it is written.
    """
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == sre_constants.LITERAL:
            found |= {chr(av)} & _BARRIER_CANDIDATES
        elif op == sre_constants.NOT_LITERAL:
            found |= _BARRIER_CANDIDATES - {chr(av)}
        elif op == sre_constants.ANY:
            found |= _BARRIER_CANDIDATES if flags & re.DOTALL else _BARRIER_CANDIDATES - {"\n"}
        elif op == sre_constants.IN:
            found |= {char for char in _BARRIER_CANDIDATES if _in_class(av, flags, char)}
        elif op == sre_constants.SUBPATTERN:
            _, add_flags, del_flags, body = av
            found |= _consumed(list(body), (flags | add_flags) & ~del_flags)
        elif op == sre_constants.BRANCH:
            for branch in av[1]:
                found |= _consumed(list(branch), flags)
        elif op in _REPEATS:
            found |= _consumed(list(av[2]), flags)
        elif op == getattr(sre_constants, "ATOMIC_GROUP", None):
            found |= _consumed(list(av), flags)
        elif op == sre_constants.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    found |= _consumed(list(branch), flags)
        else:
            raise _Unknown(op)
    return found


def _in_class(items: list[tuple[Any, Any]], flags: int, char: str) -> bool:
    inside = False
    negated = False
    for kind, value in items:
        if kind == sre_constants.NEGATE:
            negated = True
        elif kind == sre_constants.LITERAL:
            inside = inside or value == ord(char)
        elif kind == sre_constants.RANGE:
            inside = inside or value[0] <= ord(char) <= value[1]
        elif kind == sre_constants.CATEGORY and value in _CATEGORY_ESCAPES:
            inside = inside or re.fullmatch(_CATEGORY_ESCAPES[value], char, flags & re.ASCII) is not None
        else:
            raise _Unknown(kind)
    return inside != negated


# A sentence ends at . ! ? … (with closing quotes or brackets) followed by space and
# something that is not a lower-case letter, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]?[ \t]+(?=[^\sa-z])|\r\n|[\n\r\u2028\u2029]")


_ABBREVIATIONS = frozenset(
    # titles and name suffixes
    "mr mrs ms mx dr prof sr sra srta sres dra dña ud uds jr mme mlle mgr st ste gen gral lic ing arq "
    # addresses
    "av ave avda blvd bd rd apt appt app dept depto dpto edif int col fracc bât esc izq izda dcha urb mz lt brgy cra cl pl "
    "rte ch "
    # numbers, contact details, references
    "no nr nº núm num n.º tel tél tlf mob ext fax ref réf vol pp approx env ca cf vs nac "
    # months
    "jan feb mar apr jun jul aug sep sept oct nov dec janv févr fevr avr juil déc ene abr ago dic"
    .split()
)
"""Words that end with a full stop without ending the sentence ("D.O.B. 14/02/1976", "Av. Bolívar 744")."""
_TOKEN_START = re.compile(r"[^\s(\[\"'“‘«¿¡]*\Z")


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` closes an abbreviation: a single letter ("M.", "b."),
    a dotted acronym ("D.O.B.", "e.g."), or a known short form. Looks back a few characters only."""
    before = text[max(0, stop - 8):stop]
    token = before[_TOKEN_START.search(before).start():]  # type: ignore[union-attr]
    if not token or (len(before) == 8 and stop > 8 and len(token) == 8):
        return False
    if len(token) == 1:
        return token.isalpha()
    return ("." in token and token.replace(".", "").isalpha()) or token.lower() in _ABBREVIATIONS


class Sentences:
    """Where sentences break, to keep a cue from counting across a full stop."""

    def __init__(self, text: str) -> None:
        self._breaks = [
            m.end() for m in _SENTENCE_END.finditer(text) if not (text[m.start()] == "." and _is_abbreviation(text, m.start()))
        ]

    @property
    def breaks(self) -> list[int]:
        """Where each sentence after the first starts."""
        return self._breaks

    def index(self, position: int) -> int:
        return bisect_right(self._breaks, position)

    def same(self, a: int, b: int) -> bool:
        """Whether positions a and b (a <= b) lie in the same sentence."""
        return self.index(a) == self.index(max(a, b - 1))


def sentences(draft: Draft) -> Sentences:
    """The draft's sentence breaks, found once for all the detectors that ask."""
    return draft.shared(Sentences, Sentences)


def no_options(options: dict[str, Any], errors: ParamErrors) -> None:
    """For detectors that take no options: report any that were given."""
    for key in options:
        errors.add(f"{OPTIONS_PREFIX}{key}", f"unknown option {key!r}: this detector takes no options.", "remove `options:`.")


def option_free(detect: Callable[[Draft], list[Detection]]) -> Callable[[dict[str, Any], ParamErrors], Callable[[Draft], list[Detection]] | None]:
    """The `compile` of a detector that takes no options: it refuses any, then returns `detect`."""

    def compile(options: dict[str, Any], errors: ParamErrors) -> Callable[[Draft], list[Detection]] | None:
        no_options(options, errors)
        return None if errors else detect

    return compile


def known_options(options: dict[str, Any], known: set[str], errors: ParamErrors) -> None:
    check_known(options, known, errors, prefix=OPTIONS_PREFIX)


# Lexicons ---------------------------------------------------------------------------------


def words(pattern: str) -> re.Pattern[str]:
    r"""A lexicon that matches from the start of a word.

    One `(?<!\w)` in front does the work of the `\b` that opens each branch, so those go:
    a branch that opens with a letter is then skipped by `re` at once when the letter
    differs, which makes a long list of words several times faster on any text."""
    return fast(rf"(?<!\w)(?:{_BRANCH_BOUNDARY.sub('', pattern)})")


_BRANCH_BOUNDARY = re.compile(r"(?<=[|(:])\\b(?=[^\W\d_]|\(|\\)")
r"""A `\b` that opens a branch or a group, before a letter, a group or an escape."""



def lower_words(pattern: str) -> re.Pattern[str]:
    """A lexicon of lower-case words, for the lower-cased draft (`lowered`).

    Python's `re` tries every branch of a case-insensitive alternation at each word;
    a case-sensitive one skips a branch at its first letter, which makes a long
    lexicon several times faster."""
    return words(pattern.replace("(?i:", "(?:"))


def lowered(text: str) -> str:
    """The text in lower case, position for position (a character whose lower case is
    longer, such as "İ", stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
