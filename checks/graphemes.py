"""User-perceived characters (extended grapheme clusters, approximately UAX #29).

PLACEHOLDER: base + combining marks + emoji sequences; to be completed.
"""

from __future__ import annotations

import unicodedata

from .emoji import find_emoji


def grapheme_starts(text: str) -> list[int]:
    """The code-point index where each grapheme cluster starts."""
    emoji_ends = dict(find_emoji(text))
    starts: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        starts.append(i)
        if i in emoji_ends:
            i = emoji_ends[i]
        elif text.startswith("\r\n", i):
            i += 2
            continue
        else:
            i += 1
        while i < n and (unicodedata.category(text[i]) in ("Mn", "Me", "Mc") or text[i] in "\u200d\ufe0f\ufe0e"):
            i += 1
    return starts
