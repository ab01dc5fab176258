"""Measures of a draft that a `limit` check can bound.

Each is linear in the draft's length and reads the draft's cached analyses (checks/text.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import twitter
from .text import Draft, Span


@dataclass(frozen=True)
class Measure:
    name: str
    unit: str
    """What is counted, for messages ("characters", "hashtags")."""
    value: Callable[[Draft], int]
    items: Callable[[Draft], list[Span]] | None = None
    """Counted things: a finding points at those past the limit."""
    cut: Callable[[Draft, int], int] | None = None
    """Length measures: the code-point index at which the text passes `n` units."""


def _grapheme_cut(draft: Draft, n: int) -> int:
    starts = draft.grapheme_starts
    return starts[n] if n < len(starts) else len(draft.text)


MEASURES: dict[str, Measure] = {
    m.name: m
    for m in (
        Measure("x-length", "weighted characters", lambda d: d.x_length, cut=lambda d, n: d.x_cut(n)),
        Measure("characters", "characters", lambda d: len(d.text), cut=lambda d, n: min(n, len(d.text))),
        Measure("graphemes", "characters", lambda d: len(d.grapheme_starts), cut=_grapheme_cut),
        Measure("words", "words", lambda d: len(d.words), items=lambda d: d.words),
        Measure("paragraphs", "paragraphs", lambda d: len(d.paragraphs), items=lambda d: d.paragraphs),
        Measure("lines", "lines", lambda d: len(d.lines), items=lambda d: d.lines),
        Measure("hashtags", "hashtags", lambda d: len(d.hashtags), items=lambda d: d.hashtags),
        Measure("mentions", "mentions", lambda d: len(d.mentions), items=lambda d: d.mentions),
        Measure("links", "links", lambda d: len(d.urls), items=lambda d: d.urls),
        Measure("emoji", "emoji", lambda d: len(d.emoji), items=lambda d: d.emoji),
    )
}

PER_ITEM: dict[str, tuple[str, Callable[[Draft], list[Span]], Callable[[str], int]]] = {
    "hashtag-words": ("words", lambda d: d.hashtags, lambda tag: len(twitter.hashtag_words(tag))),
}
"""Measures taken of each item separately: name -> (unit, items, measure of one item)."""
