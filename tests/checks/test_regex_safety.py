from __future__ import annotations

import pytest

from checks.regex_safety import problem


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w*\s?)*x", r"(a|ab)*c", r"(a*)*", r"((ab)+)+", r"(?:x|y+)+z", r"(?=(a+)+)b"])
def test_catastrophic_patterns_are_rejected(pattern: str) -> None:
    assert "catastrophically" in (problem(pattern) or "")


@pytest.mark.parametrize("pattern", [r"\bconvoy\b", r"\d{3}-\d{4}", r"(foo|bar)+", r"(a|b)*", r"_", r"(?:ab){2,5}", r"[A-Z][a-z]+", r"\w+@\w+\.int"])
def test_safe_patterns_pass(pattern: str) -> None:
    assert problem(pattern) is None


def test_invalid_pattern() -> None:
    assert "not a valid regular expression" in (problem("[z-a]") or "")
