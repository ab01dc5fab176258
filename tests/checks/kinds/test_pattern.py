from __future__ import annotations

from tests.checks.kinds.compiled import compile_ok, problems, spans


def test_patterns_and_exceptions() -> None:
    check = compile_ok(kind="pattern", patterns=[r"\bASAP\b"], exceptions=[r"ASAP Rocky"])
    assert spans(check, "Reply asap please, not ASAP Rocky") == ["asap"]


def test_case_sensitive() -> None:
    check = compile_ok(kind="pattern", patterns=["IOM"], case_sensitive=True)
    assert spans(check, "iom IOM") == ["IOM"]


def test_empty_matches_are_not_findings() -> None:
    assert spans(compile_ok(kind="pattern", patterns=["x*"]), "abc") == []


def test_unsafe_and_invalid_patterns_are_rejected() -> None:
    assert "not a valid regular expression" in problems(kind="pattern", patterns=["(unclosed"])[0][1]
    assert "catastrophically" in problems(kind="pattern", patterns=["(a+)+b"])[0][1]
    assert "catastrophically" in problems(kind="pattern", patterns=["x", "(a|ab)*c"])[0][1]


def test_patterns_with_global_inline_flags_work_side_by_side() -> None:
    check = compile_ok(kind="pattern", patterns=[r"(?m)^RT\b", r"\bvia @\w+"], case_sensitive=True)
    assert spans(check, "Hello\nRT this via @someone") == ["RT", "via @someone"]
