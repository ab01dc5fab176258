"""A draft and the analyses that several checks share, each computed once, on first use.

Offsets are Python string indexes (code points). `utf16` converts them for the browser,
whose strings index UTF-16 code units. Every analysis here runs in time linear in the
draft's length (bench/linearity.py measures it).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from . import emoji, twitter
from .graphemes import grapheme_starts


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\v\f\x85]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_MARK_WINDOWS = ((0x0300, 0x2E00), (0x3000, 0x3100), (0xA600, 0xAC00), (0xFB00, 0xFE30))
"""Where the Basic Multilingual Plane's combining marks are (all of them, as of Unicode 16)."""
_word_pattern: re.Pattern[str] | None = None
T = TypeVar("T")


def _word() -> re.Pattern[str]:
    """Words: letters, digits, underscores and combining marks, joined by an apostrophe or hyphen.

    Marks matter in most scripts (`नमस्ते` holds a virama and a vowel sign; `é` may be
    `e` + U+0301), but `\\w` has none of them, so their class is built, once, from the
    running Python's Unicode data. Only the BMP's: a class with astral ranges makes the
    regular expression engine test every character range by range.
    """
    global _word_pattern
    if _word_pattern is None:
        category = unicodedata.category
        runs: list[list[int]] = []
        for low, high in _MARK_WINDOWS:
            for point in range(low, high):
                if category(chr(point))[0] == "M":
                    if runs and runs[-1][1] == point - 1:
                        runs[-1][1] = point
                    else:
                        runs.append([point, point])
        marks = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
        word = f"[\\w{marks}\u200c\u200d]+"
        _word_pattern = re.compile(f"{word}(?:['’\\-]{word})*")
    return _word_pattern


class Draft:
    """The text being checked, with lazily computed, shared analyses."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._shared: dict[object, object] = {}

    def shared(self, key: object, make: Callable[[str], T]) -> T:
        """`make(text)`, computed once per draft for all the checks that ask with the same key."""
        if key not in self._shared:
            self._shared[key] = make(self.text)
        return self._shared[key]  # type: ignore[return-value]

    @cached_property
    def is_nfc(self) -> bool:
        return unicodedata.is_normalized("NFC", self.text)

    @cached_property
    def _url_entities(self) -> list[twitter.Entity]:
        return twitter.extract_urls_with_indices(self.text)

    @cached_property
    def urls(self) -> list[Span]:
        """Links as X finds them (with or without `https://`)."""
        text = self.text
        return [Span(u.start, u.end, text[u.start:u.end]) for u in self._url_entities]

    @cached_property
    def hashtags(self) -> list[Span]:
        """Hashtags as X finds them, `#` included; none inside a link."""
        text = self.text
        tags = twitter.extract_hashtags_with_indices(text, lambda: self._url_entities)
        return [Span(t.start, t.end, text[t.start:t.end]) for t in tags]

    @cached_property
    def mentions(self) -> list[Span]:
        """@mentions as X finds them, `@` included (not lists such as `@user/list`)."""
        text = self.text
        return [Span(s, e, text[s:e]) for s, e in twitter.extract_mentions(text)]

    @cached_property
    def _emoji_spans(self) -> list[tuple[int, int]]:
        return emoji.find_emoji(self.text)

    @cached_property
    def emoji(self) -> list[Span]:
        """Emoji sequences: a family, a flag or a thumbs-up with a skin tone is one emoji."""
        text = self.text
        return [Span(s, e, text[s:e]) for s, e in self._emoji_spans]

    @cached_property
    def grapheme_starts(self) -> list[int]:
        """Where each user-perceived character starts."""
        return grapheme_starts(self.text)

    @cached_property
    def words(self) -> list[Span]:
        return [Span(m.start(), m.end(), m.group()) for m in _word().finditer(self.text)]

    @cached_property
    def lines(self) -> list[Span]:
        return _split(self.text, _LINE_BREAK)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return _split(self.text, _PARAGRAPH_BREAK)

    def _twitter_entities(self) -> tuple[list[twitter.Entity] | None, list[tuple[int, int]] | None]:
        """The URLs and emoji of the NFC text that X counts: this draft's own, when it is NFC."""
        if not self.is_nfc:
            return None, None
        return self._url_entities, self._emoji_spans

    @cached_property
    def x_length(self) -> int:
        """The length X counts (twitter-text v3): URLs 23, emoji 2, CJK 2, most else 1."""
        urls, emoji_spans = self._twitter_entities()
        return twitter.weighted_length(self.text, urls, emoji_spans)

    def x_cut(self, limit: int) -> int:
        """The code-point index where the text passes `limit` weighted characters (or its length)."""
        urls, emoji_spans = self._twitter_entities()
        return twitter.weighted_cut(self.text, limit, urls, emoji_spans)

    @cached_property
    def _astral(self) -> list[int]:
        """Indexes of the characters that take two UTF-16 code units."""
        return [m.start() for m in _ASTRAL.finditer(self.text)]

    def utf16(self, index: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        if self.text.isascii():
            return index
        return index + bisect_left(self._astral, index)


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
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        pieces.append(Span(start, start + len(stripped), stripped))
