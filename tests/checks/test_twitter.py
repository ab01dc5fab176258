"""X counting and extraction against twitter-text's conformance suite, plus what the suite predates.

The suite's YAML files are loaded at test time from shared/conformance/twitter-text/ (beside
the repository), as its README asks: no case is copied here. One pytest case per suite case.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks import twitter
from checks.twitter import (
    extract_hashtags_with_indices,
    extract_mentions_or_lists_with_indices,
    extract_urls_with_indices,
    hashtag_words,
    parse_tweet,
    weighted_cut,
    weighted_length,
)

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT.parent / "shared" / "conformance" / "twitter-text"


def _load(name: str) -> dict[str, list[dict[str, Any]]]:
    path = SUITE / name
    if not path.is_file():
        raise FileNotFoundError(f"twitter-text's conformance suite is missing: {path}")
    return yaml.safe_load(path.read_text(encoding="utf-8"))["tests"]


VALIDATE = _load("validate.yml")
EXTRACT = _load("extract.yml")
TLDS = _load("tlds.yml")


def _cases(suite: dict[str, list[dict[str, Any]]], *sections: str) -> list[Any]:
    params = []
    for section in sections:
        assert suite[section], f"section {section} is empty"
        for number, case in enumerate(suite[section]):
            params.append(pytest.param(case, id=f"{section}-{number}: {case['description'][:70]}"))
    return params


# validate.yml: counting ------------------------------------------------------------------


@pytest.mark.parametrize("case", _cases(VALIDATE, "WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest"))
def test_parse_tweet(case: dict[str, Any]) -> None:
    result = parse_tweet(case["text"])
    expected = case["expected"]
    got = {
        "weightedLength": result.weighted_length,
        "valid": result.valid,
        "permillage": result.permillage,
        "displayRangeStart": result.display_range_start,
        "displayRangeEnd": result.display_range_end,
        "validRangeStart": result.valid_range_start,
        "validRangeEnd": result.valid_range_end,
    }
    assert {key: got[key] for key in expected} == expected
    assert weighted_length(case["text"]) == expected["weightedLength"]


# extract.yml: URLs, hashtags, mentions ---------------------------------------------------


@pytest.mark.parametrize("case", _cases(EXTRACT, "urls", "tco_urls_with_params"))
def test_urls(case: dict[str, Any]) -> None:
    assert [url.text for url in extract_urls_with_indices(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases(EXTRACT, "urls_with_indices", "urls_with_directional_markers"))
def test_urls_with_indices(case: dict[str, Any]) -> None:
    got = [{"url": url.text, "indices": [url.start, url.end]} for url in extract_urls_with_indices(case["text"])]
    assert got == case["expected"]
    for url in extract_urls_with_indices(case["text"]):
        assert case["text"][url.start:url.end] == url.text


@pytest.mark.parametrize("case", _cases(EXTRACT, "hashtags", "hashtags_from_astral"))
def test_hashtags(case: dict[str, Any]) -> None:
    assert [tag.text for tag in extract_hashtags_with_indices(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases(EXTRACT, "hashtags_with_indices"))
def test_hashtags_with_indices(case: dict[str, Any]) -> None:
    got = [{"hashtag": tag.text, "indices": [tag.start, tag.end]} for tag in extract_hashtags_with_indices(case["text"])]
    assert got == case["expected"]


@pytest.mark.parametrize("case", _cases(EXTRACT, "mentions"))
def test_mentions(case: dict[str, Any]) -> None:
    mentions = [m.screen_name for m in extract_mentions_or_lists_with_indices(case["text"]) if not m.list_slug]
    assert mentions == case["expected"]


@pytest.mark.parametrize("case", _cases(EXTRACT, "mentions_with_indices"))
def test_mentions_with_indices(case: dict[str, Any]) -> None:
    got = [{"screen_name": m.screen_name, "indices": [m.start, m.end]}
           for m in extract_mentions_or_lists_with_indices(case["text"]) if not m.list_slug]
    assert got == case["expected"]
    assert [list(span) for span in twitter.extract_mentions(case["text"])] == [m["indices"] for m in case["expected"]]


@pytest.mark.parametrize("case", _cases(EXTRACT, "mentions_or_lists_with_indices"))
def test_mentions_or_lists_with_indices(case: dict[str, Any]) -> None:
    got = [{"screen_name": m.screen_name, "list_slug": m.list_slug, "indices": [m.start, m.end]}
           for m in extract_mentions_or_lists_with_indices(case["text"])]
    assert got == case["expected"]


@pytest.mark.parametrize("case", _cases(TLDS, "country", "generic"))
def test_top_level_domains(case: dict[str, Any]) -> None:
    assert [url.text for url in extract_urls_with_indices(case["text"])] == case["expected"]


def test_generated_tld_module_is_current() -> None:
    spec = importlib.util.spec_from_file_location("gen_twitter_tlds", ROOT / "scripts" / "gen_twitter_tlds.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    committed = (ROOT / "checks" / "twitter_tlds.py").read_text(encoding="utf-8")
    assert committed == generator.render(SUITE / "tlds.yml"), "run scripts/gen_twitter_tlds.py"


# What the suite predates or does not cover -----------------------------------------------


@pytest.mark.parametrize(
    "emoji",
    [
        "\U0001F9D1\u200d\U0001F527",  # mechanic (Emoji 12.1)
        "\U0001FAE0",  # melting face (Emoji 14)
        "\U0001FAF6\U0001F3FD",  # heart hands, medium skin tone (Emoji 14)
        "\U0001F1FA\U0001F1F3",  # flag: United Nations
        "\U0001F1FA\U0001F1E6",  # flag: Ukraine
        "1\ufe0f\u20e3",  # keycap 1
        "#\ufe0f\u20e3",  # keycap #
        "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F",  # flag: Scotland (tags)
        "\U0001F3F3\ufe0f\u200d\U0001F308",  # rainbow flag
        "\U0001F469\U0001F3FD\u200d\U0001F91D\u200d\U0001F468\U0001F3FF",  # couple holding hands, two skin tones
        "\U0001F426\u200d\U0001F525",  # phoenix (Emoji 15.1)
        "\u2764\ufe0f\u200d\U0001FA79",  # mending heart
    ],
)
def test_newer_emoji_count_two(emoji: str) -> None:
    assert weighted_length(emoji) == 2
    assert weighted_length(f"a{emoji}b") == 4
    assert parse_tweet(emoji * 140).valid
    assert not parse_tweet(emoji * 141).valid


def test_text_style_characters_are_weighed_by_range() -> None:
    # © and ® without U+FE0F are text, in the one-unit range; with it they are emoji.
    assert weighted_length("\u00a9") == 1
    assert weighted_length("\u00a9\ufe0f") == 2
    assert weighted_length("\u00ae 2026") == 6


def test_nfc_first() -> None:
    decomposed = "Cafe\u0301 "
    assert weighted_length(decomposed) == weighted_length("Café ") == 5
    # Korean jamo compose into syllables, each weighing 2.
    assert weighted_length("\u1100\u1161\u11a8") == 2


def test_url_counts_23_whatever_its_length() -> None:
    assert weighted_length("https://www.iom.int/" + "a" * 200) == 23
    assert weighted_length("see iom.int") == 4 + 23


def test_weighted_cut_is_where_the_limit_is_passed() -> None:
    assert weighted_cut("a" * 280, 280) == 280
    assert weighted_cut("a" * 285, 280) == 280
    assert weighted_cut("国" * 150, 280) == 140
    text = "a" * 270 + " https://example.org/a-long-path"
    assert weighted_cut(text, 280) == 271  # the URL crosses the limit: all of it is over
    emoji = "\U0001F469\u200d\U0001F469\u200d\U0001F467"
    assert weighted_cut("a" * 279 + emoji, 280) == 279


def test_weighted_cut_maps_back_through_nfc() -> None:
    text = "e\u0301" * 300  # 600 code points, 300 after NFC
    cut = weighted_cut(text, 280)
    assert cut == 560
    assert weighted_length(text[:cut]) == 280


def test_directional_marks_and_invalid_characters() -> None:
    assert weighted_length("\u200f\u202e") == 4
    assert not parse_tweet("ok\ufeff").valid
    assert not parse_tweet("").valid


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("#SafeMigrationForAll", ["Safe", "Migration", "For", "All"]),
        ("#WorldRefugeeDay2026", ["World", "Refugee", "Day", "2026"]),
        ("#COVID19", ["COVID", "19"]),
        ("#IOM_Iraq", ["IOM", "Iraq"]),
        ("#HTMLParser", ["HTML", "Parser"]),
        ("#iPhone", ["i", "Phone"]),
        ("#refugees", ["refugees"]),
        ("#under_score_words", ["under", "score", "words"]),
        ("#4Refugees", ["4", "Refugees"]),
        ("#移民", ["移民"]),
        ("#ÉtéÀParis", ["Été", "À", "Paris"]),
        ("#Cafe\u0301Culture", ["Cafe\u0301", "Culture"]),
        ("＃FullWidthSign", ["Full", "Width", "Sign"]),
        ("#_", []),
    ],
)
def test_hashtag_words(tag: str, words: list[str]) -> None:
    assert hashtag_words(tag) == words


def test_hashtags_skip_urls_and_keep_spans() -> None:
    text = "Read https://iom.int/#anchor and #Migration2026!"
    tags = extract_hashtags_with_indices(text)
    assert [(t.text, text[t.start:t.end]) for t in tags] == [("Migration2026", "#Migration2026")]


def test_extractors_on_hostile_text_stay_linear_in_shape() -> None:
    # Shapes that make twitter-text's own regular expressions backtrack; here they simply end.
    for text in ("a" * 50_000 + ".", "国" * 50_000 + ".com", "a." * 25_000, "#" * 50_000, "@" * 50_000,
                 "http://a.com/" + "(" * 20_000, "http://a.com/" + "." * 50_000 + "x", "_." * 25_000 + "com",
                 "http://a.com/" + "(b)" * 20_000 + ".", "\U0001F600" * 20_000 + ".com"):
        extract_urls_with_indices(text)
        extract_hashtags_with_indices(text)
        extract_mentions_or_lists_with_indices(text)
        weighted_length(text)
    assert [u.text for u in extract_urls_with_indices("国" * 5_000 + ".com")] == []
    assert [u.text for u in extract_urls_with_indices("a." * 5 + "com")] == ["a.a.a.a.a.com"]
    # twitter-text's path pattern makes a lone parenthesized group a path unit of its own.
    assert [u.text for u in extract_urls_with_indices("http://a.com/x(b)(c).(d)")] == ["http://a.com/x(b)(c)"]
    assert [u.text for u in extract_urls_with_indices("http://a.com/a.(b)")] == ["http://a.com/a"]
