"""User-perceived characters: extended grapheme clusters after UAX #29 (Unicode 15.1 rules).

The standard library has no Grapheme_Cluster_Break property, so it is derived here from
what `unicodedata` does have (general category, Hangul syllable arithmetic) plus short
lists from the standard: Other_Grapheme_Extend, Prepend, the spacing marks that do not
extend, the Indic conjunct letters and viramas (rule GB9c), and the emoji characters
(Extended_Pictographic, approximated from the emoji table). What this leaves out: code
points assigned after the running Python's Unicode version (they count as "Other").

One pass, constant state per character, so linear in the text.
"""

from __future__ import annotations

import re
import unicodedata

from .emoji import is_pictographic

# Grapheme_Cluster_Break values (and two helpers for GB9c).
OTHER, CR, LF, CONTROL, EXTEND, ZWJ, REGIONAL, PREPEND, SPACING, L, V, T, LV, LVT, PICTO = range(15)

_OTHER_GRAPHEME_EXTEND = frozenset(
    [0x09BE, 0x09D7, 0x0B3E, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCF, 0x0DDF,
     0x1B35, 0x200C, 0x302E, 0x302F, 0xFF9E, 0xFF9F, 0x1133E, 0x11357, 0x114B0, 0x114BD, 0x115AF, 0x11930,
     0x1D165, *range(0x1D16E, 0x1D173), *range(0xE0020, 0xE0080), *range(0x1F3FB, 0x1F400)]
)
"""Other_Grapheme_Extend, plus the emoji skin-tone modifiers (Extend since Unicode 11)."""
_PREPEND = frozenset(
    [*range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2, 0x111C3,
     0x1193F, 0x11941, 0x11A3A, *range(0x11A84, 0x11A8A), 0x11D46, 0x11F02]
)
_NOT_SPACING = frozenset(
    [0x102B, 0x102C, 0x1038, *range(0x1062, 0x1065), *range(0x1067, 0x106E), 0x1083, *range(0x1087, 0x108D),
     0x108F, *range(0x109A, 0x109D), 0x1A61, 0x1A63, 0x1A64, 0xAA7B, 0xAA7D, 0x11720, 0x11721]
)
"""Spacing marks (Mc) that UAX #29 leaves as Other."""

_LINKERS = frozenset([0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D])
"""InCB=Linker: the viramas of Devanagari, Bengali, Gujarati, Oriya, Telugu and Malayalam."""
_CONSONANT_RANGES = (
    (0x0915, 0x0939), (0x0958, 0x095F), (0x0978, 0x097F),
    (0x0995, 0x09A8), (0x09AA, 0x09B0), (0x09B2, 0x09B2), (0x09B6, 0x09B9), (0x09DC, 0x09DD), (0x09DF, 0x09DF),
    (0x09F0, 0x09F1),
    (0x0A95, 0x0AA8), (0x0AAA, 0x0AB0), (0x0AB2, 0x0AB3), (0x0AB5, 0x0AB9), (0x0AF9, 0x0AF9),
    (0x0B15, 0x0B28), (0x0B2A, 0x0B30), (0x0B32, 0x0B33), (0x0B35, 0x0B39), (0x0B5C, 0x0B5D), (0x0B5F, 0x0B5F),
    (0x0B71, 0x0B71),
    (0x0C15, 0x0C28), (0x0C2A, 0x0C39), (0x0C58, 0x0C5A),
    (0x0D15, 0x0D3A),
)
"""InCB=Consonant: the consonants of those six scripts."""

_cache: dict[str, int] = {}


def break_class(char: str) -> int:
    """The Grapheme_Cluster_Break value of a character (see the module's caveats)."""
    found = _cache.get(char)
    if found is not None:
        return found
    found = _classify(char)
    if len(_cache) < 8192:
        _cache[char] = found
    return found


def _classify(char: str) -> int:
    point = ord(char)
    if char == "\r":
        return CR
    if char == "\n":
        return LF
    if point == 0x200D:
        return ZWJ
    if 0x1F1E6 <= point <= 0x1F1FF:
        return REGIONAL
    if point in _OTHER_GRAPHEME_EXTEND:
        return EXTEND
    if point in _PREPEND:
        return PREPEND
    if 0xAC00 <= point <= 0xD7A3:
        return LV if (point - 0xAC00) % 28 == 0 else LVT
    if 0x1100 <= point <= 0x115F or 0xA960 <= point <= 0xA97C:
        return L
    if 0x1160 <= point <= 0x11A7 or 0xD7B0 <= point <= 0xD7C6:
        return V
    if 0x11A8 <= point <= 0x11FF or 0xD7CB <= point <= 0xD7FB:
        return T
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return EXTEND
    if category == "Mc":
        return OTHER if point in _NOT_SPACING else SPACING
    if point in (0x0E33, 0x0EB3):
        return SPACING
    if category in ("Cc", "Zl", "Zp", "Cs") or (category == "Cf" and point != 0x200C):
        return CONTROL
    if category == "Cn" and _default_ignorable(point):
        return CONTROL
    if is_pictographic(char):
        return PICTO
    return OTHER


def _default_ignorable(point: int) -> bool:
    return 0xE0000 <= point <= 0xE0FFF or 0x2060 <= point <= 0x206F or 0xFFF0 <= point <= 0xFFF8


_CONSONANTS = frozenset(point for low, high in _CONSONANT_RANGES for point in range(low, high + 1))


def _is_consonant(point: int) -> bool:
    return point in _CONSONANTS


_INDIC_LOW, _INDIC_HIGH = 0x0900, 0x0DFF


_PRINTABLE_ASCII = re.compile("[ -~]{2,}")
"""Runs of printable ASCII characters: each is a grapheme of its own (class Other, no joining rule)."""


def grapheme_starts(text: str) -> list[int]:
    """The code-point index where each grapheme cluster starts (empty for an empty text)."""
    if not text:
        return []
    if text.isascii():
        if "\r\n" not in text:
            return list(range(len(text)))
        return [i for i in range(len(text)) if not (text[i] == "\n" and i and text[i - 1] == "\r")]
    starts = [0]
    state = _FRESH
    position = 0
    # Character by character only where it matters: a draft is mostly printable ASCII.
    for run in _PRINTABLE_ASCII.finditer(text):
        run_start, run_end = run.span()
        state = _walk(text, position, run_start, state, starts)
        if run_start and state[0] != PREPEND:
            starts.append(run_start)  # GB999, unless GB9b joins it to a Prepend character
        starts.extend(range(run_start + 1, run_end))
        state = _FRESH
        position = run_end
    _walk(text, position, len(text), state, starts)
    return starts


_State = tuple[int, int, int, int]
"""(previous character's class, length of the run of regional indicators before, emoji state, conjunct state)."""
_FRESH: _State = (OTHER, 0, 0, 0)
"""The state at the start, and after a character of class Other outside the Indic scripts."""


def _walk(text: str, start: int, end: int, state: _State, starts: list[int]) -> _State:
    """Append the cluster starts in text[start:end], from the state after text[start - 1]."""
    append = starts.append
    cache_get = _cache.get
    previous, regional_run, emoji_state, conjunct = state
    # emoji_state: 1 after a pictograph then Extend*; 2: that, then ZWJ.
    # conjunct (GB9c): 1 after a consonant (and extenders), 2 once a virama followed it.
    for index in range(start, end):
        char = text[index]
        current = cache_get(char)
        if current is None:
            current = break_class(char)
        if index:
            # GB3–GB13; the common case (two ordinary characters) first.
            if current == OTHER and previous != PREPEND and conjunct != 2:
                append(index)
            elif (current == EXTEND or current == ZWJ) and (previous == OTHER or previous > CONTROL):
                pass  # GB9
            elif not _joins(previous, current, regional_run, emoji_state, conjunct, ord(char)):
                append(index)
        regional_run = regional_run + 1 if current == REGIONAL else 0
        if current == PICTO:
            emoji_state = 1
        elif emoji_state == 1 and current == ZWJ:
            emoji_state = 2
        elif not (emoji_state == 1 and current == EXTEND):
            emoji_state = 0
        if conjunct or _INDIC_LOW <= ord(char) <= _INDIC_HIGH:
            conjunct = _conjunct_state(conjunct, char, current)
        previous = current
    return previous, regional_run, emoji_state, conjunct


def _conjunct_state(state: int, char: str, kind: int) -> int:
    point = ord(char)
    if point in _LINKERS:
        return 2 if state else 0
    if _is_consonant(point):
        return 1
    if kind in (EXTEND, ZWJ) and state and point != 0x200C:
        return state
    return 0


def _joins(previous: int, current: int, regional_run: int, emoji_state: int, conjunct: int, point: int) -> bool:
    """Whether there is no grapheme cluster boundary between the two characters (GB3–GB13)."""
    if previous == CR:
        return current == LF  # GB3, GB4
    if previous in (LF, CONTROL) or current in (CR, LF, CONTROL):
        return False  # GB4, GB5
    if previous == L:
        if current in (L, V, LV, LVT):
            return True  # GB6
    elif previous in (LV, V):
        if current in (V, T):
            return True  # GB7
    elif previous in (LVT, T):
        if current == T:
            return True  # GB8
    if current in (EXTEND, ZWJ, SPACING) or previous == PREPEND:
        return True  # GB9, GB9a, GB9b
    if conjunct == 2 and _is_consonant(point):
        return True  # GB9c
    if previous == ZWJ and current == PICTO and emoji_state == 2:
        return True  # GB11
    if previous == REGIONAL and current == REGIONAL:
        return regional_run % 2 == 1  # GB12, GB13
    return False  # GB999


def count(text: str) -> int:
    """The number of grapheme clusters."""
    return len(grapheme_starts(text))
