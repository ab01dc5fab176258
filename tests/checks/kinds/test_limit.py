from __future__ import annotations

from tests.checks.kinds.compiled import compile_ok, problems, spans
from checks.text import Draft


def test_count_points_at_the_items_past_the_limit() -> None:
    check = compile_ok(kind="limit", measure="hashtags", max=2)
    assert spans(check, "#one #two #three #four") == ["#three", "#four"]
    assert check(Draft("#one #two #three"))[0].values == {"value": 3, "min": None, "max": 2, "unit": "hashtags", "over": 1}


def test_length_points_at_the_overflow() -> None:
    check = compile_ok(kind="limit", measure="characters", max=5)
    assert spans(check, "abcdefgh") == ["fgh"]
    assert spans(check, "abcde") == []


def test_below_min_covers_the_whole_text() -> None:
    check = compile_ok(kind="limit", measure="x-length", min=10)
    hits = check(Draft("short"))
    assert [(h.start, h.end, h.values["under"]) for h in hits] == [(0, 5, 5)]


def test_paragraphs() -> None:
    check = compile_ok(kind="limit", measure="paragraphs", max=2)
    assert spans(check, "One.\n\nTwo.\n \nThree.\n\n\n") == ["Three."]
    assert spans(check, "One.\nStill one.\n\nTwo.") == []


def test_words_per_hashtag_is_per_item() -> None:
    check = compile_ok(kind="limit", measure="hashtag-words", max=3)
    assert spans(check, "#WorldRefugeeDay #SaveLivesAtSeaNow #safe_migration_for_all") == ["#SaveLivesAtSeaNow", "#safe_migration_for_all"]


def test_parameter_problems() -> None:
    assert [p[0] for p in problems(kind="limit", measure="hashtags")] == ["check"]
    assert [p[0] for p in problems(kind="limit", measure="hashtags", min=5, max=2)] == ["check.min"]
    assert [p[0] for p in problems(kind="limit", measure="hashtags", max="three")] == ["check.max"]
    assert [p[0] for p in problems(kind="limit", measure="hashtags", max=3, maximum=4)] == ["check.maximum"]
