from __future__ import annotations

import pytest

from checks.kinds.phrase import normalize
from tests.checks.kinds.compiled import compile_ok, problems, spans

SORRY = compile_ok(kind="phrase", phrases=["we are sorry you feel this way"], exceptions=["we are sorry you feel this way, said no one"])


@pytest.mark.parametrize("draft, expected", [
    ("We are sorry you feel this way.", "We are sorry you feel this way"),
    ("WE ARE SORRY YOU FEEL THIS WAY", "WE ARE SORRY YOU FEEL THIS WAY"),
    ("We’re sorry you feel this way", "We’re sorry you feel this way"),
    ("We're sorry you feel this way", "We're sorry you feel this way"),
    ("we are sorry\nyou   feel this\u00a0way", "we are sorry\nyou   feel this\u00a0way"),
    ("Hello. we’re  sorry you feel this way!", "we’re  sorry you feel this way"),
])
def test_variants_match_and_span_the_original_text(draft: str, expected: str) -> None:
    assert spans(SORRY, draft) == [expected]


@pytest.mark.parametrize("draft", [
    "We are sorry you feel this wayward",  # not at a word boundary
    "We are so sorry you feel this way",   # a different phrase: list it if it should be caught
    "we are sorry you feel this way, said no one",  # an exception
    "",
])
def test_non_matches(draft: str) -> None:
    assert spans(SORRY, draft) == []


def test_contraction_in_the_phrase_matches_the_long_form() -> None:
    check = compile_ok(kind="phrase", phrases=["don't worry"])
    assert spans(check, "Do not worry, we will fix it") == ["Do not worry"]


def test_normalize_keeps_a_map_to_the_original() -> None:
    text, origin = normalize("Can’t\n\nstop")
    assert text == "cannot stop"
    assert len(origin) == len(text) + 1 and origin[-1] == len("Can’t\n\nstop")


def test_phrases_are_required() -> None:
    assert [p[0] for p in problems(kind="phrase")] == ["check.phrases"]
    assert [p[0] for p in problems(kind="phrase", phrases=[""])] == ["check.phrases"]


@pytest.mark.parametrize("draft, expected", [
    ("We are sor\u00adry you feel this way", "We are sor\u00adry you feel this way"),
    ("We are\u200b sorry you feel\u200d this way", "We are\u200b sorry you feel\u200d this way"),
    ("Hi! We are sorry\x00 you feel this way", "We are sorry\x00 you feel this way"),
    ("\ufeffwe are sorry you feel this\u2060 way.", "we are sorry you feel this\u2060 way"),
])
def test_invisible_format_characters_inside_a_phrase_do_not_hide_it(draft: str, expected: str) -> None:
    assert spans(SORRY, draft) == [expected]


MULTILINGUAL = compile_ok(kind="phrase", phrases={
    "en": ["we are sorry you feel this way"],
    "fr": ["nous sommes désolés que vous le perceviez ainsi"],
    "es": ["lamentamos que se sienta así"],
})


@pytest.mark.parametrize("draft, expected", [
    ("Bonjour, nous sommes désolés que vous le perceviez ainsi.", "nous sommes désolés que vous le perceviez ainsi"),
    ("nous sommes desoles que vous le perceviez ainsi", "nous sommes desoles que vous le perceviez ainsi"),
    ("Hola. Lamentamos que se sienta asi.", "Lamentamos que se sienta asi"),
    ("We are sorry you feel this way", "We are sorry you feel this way"),
])
def test_phrases_per_language_and_accents_folded(draft: str, expected: str) -> None:
    assert spans(MULTILINGUAL, draft) == [expected]


@pytest.mark.parametrize("phrases, field", [
    ({"English": ["x"]}, "check.phrases"),
    ({"en": []}, "check.phrases.en"),
    ({"fr": "désolé", "es": [3]}, "check.phrases.es"),
])
def test_phrase_lists_per_language_are_validated(phrases: object, field: str) -> None:
    assert field in [name for name, _, _ in problems(kind="phrase", phrases=phrases)]
