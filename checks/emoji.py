"""Emoji sequences (ZWJ sequences, modifiers, flags, keycaps) in a text.

PLACEHOLDER: a first approximation; to be replaced by a generated table.
"""

from __future__ import annotations

import re

_EMOJI = re.compile(
    "(?:[\U0001F1E6-\U0001F1FF]{2}"
    "|[\u2600-\u27BF\U0001F000-\U0001FAFF](?:\uFE0F)?(?:[\U0001F3FB-\U0001F3FF])?"
    "(?:\u200D[\u2600-\u27BF\U0001F000-\U0001FAFF](?:\uFE0F)?(?:[\U0001F3FB-\U0001F3FF])?)*)"
)


def find_emoji(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _EMOJI.finditer(text)]
