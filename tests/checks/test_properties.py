"""Property tests: any Unicode text, through the whole engine with the real rulebook.

Drafts mix arbitrary code points (lone surrogates, NUL and other controls included) with
pieces that strain offsets and extractors: emoji sequences, right-to-left marks and
overrides, combining marks, CJK, links, hashtags, mentions and runs of `@`, `#` and dots.
For every platform and account: no exception, every span inside the text, UTF-16 offsets
that match the browser's, and the same findings for the same input.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import checks
from checks import emoji, graphemes, twitter
from checks.model import ACCOUNTS, PLATFORMS
from checks.text import Draft

PIECES = [
    "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", "\U0001F44D\U0001F3FD", "\U0001F1FA\U0001F1F3",
    "\U0001F1FA", "1\ufe0f\u20e3", "\u2764\ufe0f", "\U0001FAE0", "\U0001F9D1\u200d\U0001F527", "\ufe0f", "\u200d",
    "\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u061c", "مرحبا", "שלום",
    "e\u0301", "\u0301", "\u0308\u0304", "नमस्ते", "क्ष", "\u1100\u1161\u11a8", "国际移民", "\uff03", "\uff20",
    "https://www.iom.int/news?x=1", "http://", "iom.int", "t.co/abc", "www.", ".com", ".", "..", "/", "(", ")",
    "#", "##", "#IOM", "#SafeMigration2026", "@", "@@", "@IOM", "@IOM/staff", "RT @UN",
    "jdoe@iom.int", "+41 22 717 9111", "2026-11-21", "We are sorry you feel this way", "confidential",
    "\x00", "\x07", "\t", "\r\n", "\n\n", "\u2028", "\u00ad", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udfff", "\ud83d",
    " ", "  ", "_", "-", "'", "’", "&", "<b>", "\U0010FFFF", "\U000E0067",
    "A. ", "A-", "A'", "A1.", "Vote ", "Smith", "Party", "D.O.B. ", "12.03.1990", "Av. ", "Calle ", "né le ",
    "convoy ", "at 06:00 ", "via ", "Leaked: ", "views are my own", "— María", "BREAKING: ",
]

any_character = st.characters(exclude_categories=())  # every code point, surrogates included
drafts = st.lists(st.one_of(st.text(any_character, max_size=6), st.sampled_from(PIECES)), max_size=30).map("".join)

ENGINE = checks.Engine(checks.load_rulebook())
COMBOS = [(platform, account) for platform in PLATFORMS for account in ACCOUNTS]


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_engine_on_any_text(text: str) -> None:
    for platform, account in COMBOS:
        findings = ENGINE.check(text, platform, account)
        for finding in findings:
            assert 0 <= finding.start <= finding.end <= len(text), finding
            assert finding.text == text[finding.start:finding.end]
            assert finding.start_utf16 == utf16(text, finding.start)
            assert finding.end_utf16 == utf16(text, finding.end)
        assert ENGINE.check(text, platform, account) == findings
        assert len(json.loads(ENGINE.check_json(text, platform, account))) == len(findings)


def _spans_ok(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end


@settings(max_examples=300, deadline=None)
@given(drafts)
def test_text_analyses_on_any_text(text: str) -> None:
    draft = Draft(text)
    _spans_ok(text, [(s.start, s.end) for s in draft.urls])
    _spans_ok(text, [(s.start, s.end) for s in draft.hashtags])
    _spans_ok(text, [(s.start, s.end) for s in draft.mentions])
    _spans_ok(text, emoji.find_emoji(text))
    for spans in (draft.words, draft.lines, draft.paragraphs):
        _spans_ok(text, [(s.start, s.end) for s in spans])
    starts = draft.grapheme_starts
    assert starts == sorted(set(starts))
    assert (starts[0] == 0) if text else (starts == [])
    assert all(0 <= s < len(text) for s in starts)
    assert graphemes.count(text) == len(starts)
    assert draft.x_length >= 0
    for limit in (0, 1, 10, 280):
        cut = draft.x_cut(limit)
        assert 0 <= cut <= len(text)
        assert (cut == len(text)) == (draft.x_length <= limit) or not draft.is_nfc
    parsed = twitter.parse_tweet(text)
    assert parsed.weighted_length == draft.x_length
    assert parsed.display_range_end == max(utf16(text, len(text)) - 1, 0)
    for index in range(len(text) + 1):
        assert draft.utf16(index) == utf16(text, index)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_engine_on_hostile_drafts(platform: str) -> None:
    # Shapes that make naive extractors misbehave, in every platform's rules.
    for text in ("\ud800" * 50, "#" * 200, "@" * 200, "." * 200, "a." * 100, "\u202e" * 50 + "#x", "\x00" * 100,
                 "\U0001F1FA" * 51, "\u200d" * 100, "e" + "\u0301" * 200, "http://" * 30, "(" * 100 + "https://x.org/" + ")" * 100):
        for account in ACCOUNTS:
            for finding in ENGINE.check(text, platform, account):
                assert 0 <= finding.start <= finding.end <= len(text)
                assert finding.start_utf16 == utf16(text, finding.start)
