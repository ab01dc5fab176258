from __future__ import annotations

import pytest

from checks.regex_safety import problem, too_slow


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w*\s?)*x", r"(a|ab)*c", r"(a*)*", r"((ab)+)+", r"(?:x|y+)+z", r"(?=(a+)+)b"])
def test_catastrophic_patterns_are_rejected(pattern: str) -> None:
    assert "catastrophically" in (problem(pattern) or "")


@pytest.mark.parametrize("pattern", [r"\bconvoy\b", r"\d{3}-\d{4}", r"(foo|bar)+", r"(a|b)*", r"_", r"(?:ab){2,5}", r"[A-Z][a-z]+", r"\w+@\w+\.int"])
def test_safe_patterns_pass(pattern: str) -> None:
    assert problem(pattern) is None


def test_invalid_pattern() -> None:
    assert "not a valid regular expression" in (problem("[z-a]") or "")


@pytest.mark.parametrize("pattern", [r"(?:\s?\w?){30}x", r"(?:a?){25}a{25}", r"(?:\d?-?){12}$", r"(?:a{1,3}){10}b"])
def test_counted_repeats_of_optional_parts_are_rejected(pattern: str) -> None:
    assert "catastrophically" in (problem(pattern) or "")


@pytest.mark.parametrize("pattern", [r"(?:\w++\s)+x", r"(?>a+)+b", r"(?:ab){3}", r"[A-Z](?:[a-z]+)?"])
def test_possessive_atomic_and_fixed_repeats_pass(pattern: str) -> None:
    assert problem(pattern) is None


@pytest.mark.parametrize("pattern", [r"\w+ly\b", r"[a-z]+@", r"\s*$", r"(?:[ab]|b)*c"])
def test_quadratic_shapes_are_refused_by_their_growth(pattern: str) -> None:
    assert "quadratic" in (too_slow(pattern) or "")


@pytest.mark.parametrize("pattern", [r"\bconvoy\b", r"\d{3}-\d{4}", r"\b\w{1,30}ly\b", r"\b[Mm]y name is\b", r"(?m)^[ \t]*[-–—] ?[A-Z][a-z]+$"])
def test_linear_patterns_keep_within_the_budget(pattern: str) -> None:
    assert too_slow(pattern) is None


def test_a_pattern_worse_than_quadratic_is_refused_on_a_short_text_not_after_hours() -> None:
    assert "quadratic time or worse" in (too_slow(r"\w*\w*\w*\w*x") or "")
