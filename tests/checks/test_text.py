"""The Draft: shared analyses, computed once, with offsets right for emoji, CJK and marks."""

from __future__ import annotations

import pytest

from checks.text import Draft


def texts(spans: list) -> list[str]:  # type: ignore[type-arg]
    return [span.text for span in spans]


def test_spans_hold_their_text() -> None:
    text = "🇺🇳 Read iom.int/news #Migration2026 @IOM 👍🏽 today"
    draft = Draft(text)
    for spans in (draft.urls, draft.hashtags, draft.mentions, draft.emoji, draft.words, draft.lines, draft.paragraphs):
        for span in spans:
            assert text[span.start:span.end] == span.text
    assert texts(draft.urls) == ["iom.int/news"]
    assert texts(draft.hashtags) == ["#Migration2026"]
    assert texts(draft.mentions) == ["@IOM"]
    assert texts(draft.emoji) == ["🇺🇳", "👍🏽"]


def test_hashtags_inside_links_are_not_hashtags() -> None:
    draft = Draft("https://example.org/page#section #Real")
    assert texts(draft.hashtags) == ["#Real"]


def test_lists_are_not_mentions() -> None:
    assert texts(Draft("@IOM/staff and @UNmigration").mentions) == ["@UNmigration"]


def test_words_keep_marks_apostrophes_and_hyphens() -> None:
    draft = Draft("Don’t co-operate: नमस्ते दुनिया, e\u0301te\u0301 #tag 2026 👍")
    assert texts(draft.words) == ["Don’t", "co-operate", "नमस्ते", "दुनिया", "e\u0301te\u0301", "tag", "2026"]


def test_lines_and_paragraphs() -> None:
    draft = Draft("  First line\r\nsecond line  \n\n\n  Third\u2028fourth\n \n")
    assert texts(draft.lines) == ["First line", "second line", "Third", "fourth"]
    assert texts(draft.paragraphs) == ["First line\r\nsecond line", "Third\u2028fourth"]
    assert Draft("   \n\n  ").paragraphs == []


def test_grapheme_starts() -> None:
    assert Draft("e\u0301👩‍👩‍👧a").grapheme_starts == [0, 2, 7]


def test_x_length_and_cut() -> None:
    draft = Draft("a" * 300)
    assert draft.x_length == 300
    assert draft.x_cut(280) == 280
    assert Draft("👩‍👩‍👧 https://www.iom.int/a/very/long/path").x_length == 2 + 1 + 23
    decomposed = Draft("e\u0301" * 300)
    assert not decomposed.is_nfc
    assert decomposed.x_length == 300
    assert decomposed.x_cut(280) == 560


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("abc", 2, 2),
        ("😀a", 0, 0),
        ("😀a", 1, 2),
        ("😀a", 2, 3),
        ("a😀b😀c", 4, 6),
        ("a😀b😀c", 5, 7),
        ("国e\u0301😀", 3, 3),
        ("国e\u0301😀", 4, 5),
        ("🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F!", 7, 14),
        ("\ud83d\ude00x", 2, 2),  # two lone surrogates are two code units, as in the browser
    ],
)
def test_utf16_offsets_on_astral_characters(text: str, index: int, expected: int) -> None:
    draft = Draft(text)
    assert draft.utf16(index) == expected
    assert draft.utf16(index) == len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def test_analyses_are_cached() -> None:
    draft = Draft("#a #b https://x.org 😀")
    assert draft.hashtags is draft.hashtags
    assert draft.urls is draft.urls
    assert draft.emoji is draft.emoji
    assert draft.x_length == draft.x_length == 23 + 2 + 1 + 2 + 1 + 2 + 1
