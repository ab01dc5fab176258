"""Quick fixes: mechanical changes a check proposes (never applies) with its finding."""

from __future__ import annotations

import pytest

from checks import Engine, load_rulebook
from checks.errors import ParamErrors
from checks.kinds import compile_check, removal
from checks.text import Draft

ENGINE = Engine(load_rulebook())


def _apply(text: str, fix: dict) -> str:
    units = text.encode("utf-16-le")
    start, end = 2 * fix["start_utf16"], 2 * fix["end_utf16"]
    return (units[:start] + fix["replacement"].encode("utf-16-le") + units[end:]).decode("utf-16-le")


@pytest.mark.parametrize(("text", "start", "end", "left"), [
    ("a #b #c", 5, 7, "a #b"),
    ("#c then", 0, 2, "then"),
    ("one\n#c two", 4, 6, "one\ntwo"),
])
def test_removal_takes_the_spaces_that_would_be_left_over(text: str, start: int, end: int, left: str) -> None:
    fix = removal(text, start, end, "Remove")
    assert text[:fix.start] + fix.replacement + text[fix.end:] == left


def test_extra_hashtags_past_the_limit_can_be_dropped_with_emoji_before_them() -> None:
    text = "👩‍👩‍👧‍👦 Safe migration #migration #refugees #UN #IOM today"
    (finding,) = [f for f in ENGINE.check(text, "x", "institutional") if f.rule_id == "X-001"]
    assert finding.fix is not None and finding.fix["label"] == "Remove this hashtag"
    fixed = _apply(text, finding.fix)
    assert fixed == "👩‍👩‍👧‍👦 Safe migration #migration #refugees #UN today"
    assert "X-001" not in [f.rule_id for f in ENGINE.check(fixed, "x", "institutional")]


def test_a_link_in_an_instagram_caption_can_be_removed() -> None:
    text = "Stories of return: https://example.org/stories #IOM"
    fixes = [f.fix for f in ENGINE.check(text, "instagram", "institutional") if f.fix and "link" in f.fix["label"]]
    assert fixes and _apply(text, fixes[0]) == "Stories of return: #IOM"


def test_the_text_past_xs_limit_can_be_cut_where_the_limit_ends() -> None:
    text = "漢" * 150
    (finding,) = [f for f in ENGINE.check(text, "x", "personal") if f.rule_id == "PLT-001"]
    assert finding.fix["label"].startswith("Cut")
    assert len(_apply(text, finding.fix)) == 140  # CJK counts double on X: 280 / 2


def test_judgement_findings_offer_no_fix() -> None:
    text = "The convoy leaves Goma at 6am on the N2 road. Call Ana on +41 22 717 9111."
    assert [f.fix for f in ENGINE.check(text, "facebook", "institutional") if f.rule_id.startswith("SEC-")] == [None, None]


def test_a_pattern_rule_with_a_replacement_offers_it() -> None:
    text = "<<NUEVO>> Familias"
    fixes = [f.fix for f in ENGINE.check(text, "youtube-title", "institutional") if f.rule_id == "PLT-007"]
    assert [fix["label"] for fix in fixes] == ["Remove “<”", "Remove “<”", "Remove “>”", "Remove “>”"]
    for fix in reversed(fixes):
        text = _apply(text, fix)
    assert text == "NUEVO Familias"


def test_a_replacement_must_be_text() -> None:
    errors = ParamErrors()
    assert compile_check({"kind": "pattern", "patterns": ["_"], "replacement": 3}, errors) is None
    assert [field for field, _, _ in errors.problems] == ["check.replacement"]
    replaced = compile_check({"kind": "pattern", "patterns": ["ASAP"], "replacement": "soon"}, ParamErrors())
    (hit,) = replaced(Draft("Reply ASAP"))
    assert hit.fix is not None and (hit.fix.label, hit.fix.start, hit.fix.end, hit.fix.replacement) == ("Replace with “soon”", 6, 10, "soon")
