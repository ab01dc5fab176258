"""Extended grapheme clusters (UAX #29): what a reader counts as one character."""

from __future__ import annotations

import pytest

from checks.graphemes import CONTROL, EXTEND, PREPEND, SPACING, break_class, count, grapheme_starts


def clusters(text: str) -> list[str]:
    bounds = [*grapheme_starts(text), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("abc", ["a", "b", "c"]),
        ("a\r\nb\n\rc", ["a", "\r\n", "b", "\n", "\r", "c"]),
        # combining marks
        ("e\u0301te\u0301", ["e\u0301", "t", "e\u0301"]),
        ("a\u0308\u0304!", ["a\u0308\u0304", "!"]),
        ("\u0301a", ["\u0301", "a"]),  # a mark with nothing before it stands alone
        # emoji
        ("\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466!",
         ["\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", "!"]),
        ("\U0001F44D\U0001F3FD\U0001F44D", ["\U0001F44D\U0001F3FD", "\U0001F44D"]),
        ("\U0001F1FA\U0001F1F3\U0001F1EB\U0001F1F7\U0001F1EF", ["\U0001F1FA\U0001F1F3", "\U0001F1EB\U0001F1F7", "\U0001F1EF"]),
        ("1\ufe0f\u20e3#", ["1\ufe0f\u20e3", "#"]),
        ("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F",
         ["\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"]),
        ("\u2764\ufe0f\u200d\U0001F525", ["\u2764\ufe0f\u200d\U0001F525"]),
        ("a\u200db", ["a\u200d", "b"]),  # a joiner joins emoji only
        # CJK and Hangul
        ("国际移民", ["国", "际", "移", "民"]),
        ("\u1100\u1161\u11a8\uac00", ["\u1100\u1161\u11a8", "\uac00"]),  # L V T, then a syllable
        ("\uac00\u11a8\u11a8", ["\uac00\u11a8\u11a8"]),  # LV T T
        # Devanagari: vowel signs and viramas stay; a virama joins the conjunct (GB9c)
        ("नमस्ते", ["न", "म", "स्ते"]),
        ("क्षत्रिय", ["क्ष", "त्रि", "य"]),
        ("हिन्दी", ["हि", "न्दी"]),
        # Thai: SARA AM is a spacing mark
        ("ก่ำ", ["ก่ำ"]),
        # Arabic with harakat, right-to-left marks and overrides (format characters stand alone)
        ("\u200fمَرْحَبًا\u200f", ["\u200f", "مَ", "رْ", "حَ", "بً", "ا", "\u200f"]),
        ("\u202eabc\u202c", ["\u202e", "a", "b", "c", "\u202c"]),
        ("\u0600\u0661\u0662", ["\u0600\u0661", "\u0662"]),  # a prepended concatenation mark
        # controls and broken text
        ("a\x00b\x7f", ["a", "\x00", "b", "\x7f"]),
        ("\ud800\u0301x\udc00", ["\ud800", "\u0301", "x", "\udc00"]),
    ],
)
def test_clusters(text: str, expected: list[str]) -> None:
    assert clusters(text) == expected
    assert count(text) == len(expected)


def test_break_classes_from_the_standard_library() -> None:
    assert break_class("\u0301") == EXTEND
    assert break_class("\U0001F3FD") == EXTEND  # skin tones extend (Unicode 11+)
    assert break_class("\u093f") == SPACING
    assert break_class("\u0600") == PREPEND
    assert break_class("\u200f") == CONTROL
    assert break_class("\u00ad") == CONTROL


def test_clusters_partition_the_text() -> None:
    text = "Q: «Tëst» 👩🏽‍💻 देवनागरी 한국어 🇺🇳\r\nمرحبا ✔︎ 1️⃣ x\u0338"
    starts = grapheme_starts(text)
    assert starts[0] == 0
    assert all(a < b for a, b in zip(starts, starts[1:]))
    assert "".join(clusters(text)) == text
