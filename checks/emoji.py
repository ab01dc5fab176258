"""Emoji sequences in a text: single emoji, skin tones, ZWJ sequences, flags, keycaps, tags.

The sequences come from a generated table (`emoji_data`, made from the `emoji` package by
scripts/gen_emoji_table.py). A match is the longest sequence of the table starting at a
character; text-default characters such as © or ❤ count only with U+FE0F after them.

Matching is linear: a fast scan for characters that can begin an emoji, then one look-up
and one anchored match of a small pattern of bounded depth per candidate.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .emoji_data import PICTOGRAPHIC, SEQUENCES

_MODIFIERS = range(0x1F3FB, 0x1F400)


def _first_chars(spec: str) -> list[str]:
    chars: list[str] = []
    index = 0
    while index < len(spec):
        if index + 2 < len(spec) and spec[index + 1] == "-":
            chars.extend(chr(point) for point in range(ord(spec[index]), ord(spec[index + 2]) + 1))
            index += 3
        else:
            chars.append(spec[index])
            index += 1
    return chars


def _load() -> tuple[dict[str, str], re.Pattern[str]]:
    tails: dict[str, str] = {}
    for line in SEQUENCES:
        spec, tail = line.split("\t", 1)
        for char in _first_chars(spec):
            tails[char] = tail
    ascii_first = "".join(re.escape(c) for c in sorted(c for c in tails if c.isascii()))
    seconds = sorted({c for c in "".join(tails[c] for c in tails if c.isascii()) if not c.isascii()})
    other = sorted(c for c in tails if not c.isascii() and ord(c) <= 0xFFFF)
    astral = [ord(c) for c in tails if ord(c) > 0xFFFF]
    # Exact set for the BMP (a bitmap for the regex engine), one range for the astral planes:
    # a class of many astral ranges would be tested range by range at every character.
    coarse = "".join(re.escape(c) for c in other)
    if astral:
        coarse += re.escape(chr(min(astral))) + "-" + re.escape(chr(max(astral)))
    candidates = f"[{coarse}]"
    if ascii_first:
        candidates += f"|[{ascii_first}](?=[{''.join(re.escape(c) for c in seconds)}])"
    return tails, re.compile(candidates)


_TAILS, _CANDIDATE = _load()


@lru_cache(maxsize=None)
def _tail(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def find_emoji(text: str) -> list[tuple[int, int]]:
    """The (start, end) code-point spans of the emoji sequences in the text, left to right."""
    if text.isascii():
        return []
    spans: list[tuple[int, int]] = []
    search = _CANDIDATE.search
    tails = _TAILS
    position = 0
    while True:
        found = search(text, position)
        if found is None:
            return spans
        start = found.start()
        tail = tails.get(text[start])
        if tail is None:
            position = start + 1
            continue
        compiled = _tail(tail)
        if compiled is None:
            spans.append((start, start + 1))
            position = start + 1
            continue
        rest = compiled.match(text, start + 1)
        if rest is None:
            position = start + 1
            continue
        spans.append((start, rest.end()))
        position = rest.end()


def _pictographic() -> frozenset[int]:
    points: set[int] = set()
    for item in PICTOGRAPHIC.split():
        low, _, high = item.partition("-")
        points.update(range(int(low, 16), int(high or low, 16) + 1))
    return frozenset(points)


_PICTOGRAPHIC = _pictographic()


def is_pictographic(char: str) -> bool:
    """Whether a character is an emoji character (Unicode's Extended_Pictographic, approximately).

    Unassigned code points of the emoji blocks count too: they are reserved for future emoji,
    which a newer browser may already show.
    """
    point = ord(char)
    if point in _PICTOGRAPHIC:
        return True
    return (0x1F000 <= point <= 0x1FAFF or 0x1FC00 <= point <= 0x1FFFD) and point not in _MODIFIERS and (
        unicodedata.category(char) == "Cn"
    )
