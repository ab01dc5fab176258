"""X (Twitter) counting and entity extraction, after twitter-text v3.

PLACEHOLDER: a first approximation; to be made conformant with the suite.
"""

from __future__ import annotations

import re
import unicodedata

from . import emoji

_URL = re.compile(r"https?://[^\s]+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|int|net|ly|me|be)(?:/[^\s]*)?", re.I)
_HASHTAG = re.compile(r"(?<![\w&])[#＃](?!\ufe0f|\u20e3)\w*[^\W\d]\w*")
_MENTION = re.compile(r"(?<![\w!@#$%&*])[@＠]\w{1,15}")

URL_LENGTH = 23
MAX_WEIGHTED_LENGTH = 280


def extract_urls(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _URL.finditer(text)]


def extract_hashtags(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _HASHTAG.finditer(text)]


def extract_mentions(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _MENTION.finditer(text)]


def _weight(char: str) -> int:
    cp = ord(char)
    if cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or 0x2032 <= cp <= 0x2037:
        return 100
    return 200


def weighted_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    total = 0
    covered = [(s, e, URL_LENGTH * 100) for s, e in extract_urls(text)]
    covered += [(s, e, 200) for s, e in emoji.find_emoji(text)]
    covered.sort()
    index = 0
    for start, end, weight in covered:
        if start < index:
            continue
        total += sum(_weight(c) for c in text[index:start]) + weight
        index = end
    total += sum(_weight(c) for c in text[index:])
    return total // 100


def weighted_cut(text: str, limit: int) -> int:
    """The index of the first code point that takes the text past `limit` weighted characters."""
    total = 0
    budget = limit * 100
    for index, char in enumerate(text):
        total += _weight(char)
        if total > budget:
            return index
    return len(text)


_HASHTAG_WORD = re.compile(r"\d+|[^\W\d_]+")
_CASE_BREAK = re.compile(r"(?<=[^\W\d_])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])")


def hashtag_words(tag: str) -> list[str]:
    """The words of a hashtag: CamelCase, digits and underscores split words."""
    words: list[str] = []
    for run in _HASHTAG_WORD.findall(tag.lstrip("#＃")):
        words.extend(part for part in _CASE_BREAK.split(run) if part)
    return words
