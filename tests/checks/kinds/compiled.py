"""Helpers for compiling a check kind and reading its hits."""

from __future__ import annotations

from typing import Any

from checks.errors import ParamErrors
from checks.kinds import Check, compile_check
from checks.text import Draft


def compile_ok(**params: Any) -> Check:
    errors = ParamErrors()
    check = compile_check(params, errors)
    assert not errors, errors.problems
    assert check is not None
    return check


def problems(**params: Any) -> list[tuple[str, str, str]]:
    errors = ParamErrors()
    compile_check(params, errors)
    return errors.problems


def spans(check: Check, text: str) -> list[str]:
    return [text[h.start:h.end] for h in check(Draft(text))]
