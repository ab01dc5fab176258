"""A draft and the analyses that several checks share, each computed once.

Offsets are Python string indexes (code points). `utf16` converts them for the
browser, whose strings index UTF-16 code units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from . import emoji, twitter
from .graphemes import grapheme_starts


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\v\f\x85]")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


class Draft:
    """The text being checked, with lazily computed, shared analyses."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def urls(self) -> list[Span]:
        return [Span(s, e, self.text[s:e]) for s, e in twitter.extract_urls(self.text)]

    @cached_property
    def hashtags(self) -> list[Span]:
        return [Span(s, e, self.text[s:e]) for s, e in twitter.extract_hashtags(self.text)]

    @cached_property
    def mentions(self) -> list[Span]:
        return [Span(s, e, self.text[s:e]) for s, e in twitter.extract_mentions(self.text)]

    @cached_property
    def emoji(self) -> list[Span]:
        return [Span(s, e, self.text[s:e]) for s, e in emoji.find_emoji(self.text)]

    @cached_property
    def grapheme_starts(self) -> list[int]:
        return grapheme_starts(self.text)

    @cached_property
    def words(self) -> list[Span]:
        return [Span(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text)]

    @cached_property
    def lines(self) -> list[Span]:
        return _split(self.text, _LINE_BREAK)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return _split(self.text, _PARAGRAPH_BREAK)

    @cached_property
    def x_length(self) -> int:
        return twitter.weighted_length(self.text)

    @cached_property
    def _utf16_prefix(self) -> list[int]:
        prefix = [0]
        total = 0
        for char in self.text:
            total += 2 if ord(char) > 0xFFFF else 1
            prefix.append(total)
        return prefix

    def utf16(self, index: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        if self.text.isascii():
            return index
        return self._utf16_prefix[index]


def _split(text: str, separator: re.Pattern[str]) -> list[Span]:
    """Non-blank pieces of text between separators, with their spans."""
    pieces: list[Span] = []
    start = 0
    for match in separator.finditer(text):
        _add_trimmed(pieces, text, start, match.start())
        start = match.end()
    _add_trimmed(pieces, text, start, len(text))
    return pieces


def _add_trimmed(pieces: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        pieces.append(Span(start, end, text[start:end]))
