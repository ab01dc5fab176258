"""The check kinds: a small, declarative set, one module each.

A kind module provides:

- `NAME`: the value of `check.kind` in a rule block;
- `PLACEHOLDERS`: the `{names}` a rule's message may use, besides `{match}`;
- `compile(params, errors) -> Check | None`: validate the parameters (report
  every problem to `errors`) and return the function that finds hits in a draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Callable

from ..errors import ParamErrors
from ..text import Draft


@dataclass(frozen=True)
class Fix:
    """A mechanical change that resolves a hit, in code points: offered, applied only when asked."""

    label: str
    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True)
class Hit:
    """Where a check matched, in code points, and values for the message."""

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    fix: Fix | None = None


def removal(text: str, start: int, end: int, label: str) -> Fix:
    """Remove [start, end) with the spaces before it (after it, when nothing but spaces precedes it
    on its line), so that "a #b #c" loses " #c" and no double space is left."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] != "\n":
        return Fix(label, before, end)
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return Fix(label, start, after)


Check = Callable[[Draft], list[Hit]]


def kinds() -> dict[str, ModuleType]:
    from . import detector, image, limit, links, pattern, phrase

    return {module.NAME: module for module in (limit, phrase, pattern, links, detector, image)}


def compile_check(params: dict[str, Any], errors: ParamErrors) -> Check | None:
    """Compile a rule's `check` mapping, whatever its kind."""
    available = kinds()
    kind = params.get("kind")
    if kind not in available:
        errors.add(
            "check.kind",
            f"unknown check kind {kind!r}.",
            f"use one of: {', '.join(sorted(available))}; or write `check: manual` for a rule no machine can check.",
        )
        return None
    rest = {key: value for key, value in params.items() if key != "kind"}
    return available[kind].compile(rest, errors)


def placeholders(kind: str) -> set[str]:
    module = kinds().get(kind)
    return {"match"} | set(getattr(module, "PLACEHOLDERS", ()))


def within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of the spans (a match inside an exception)."""
    return any(s <= start and end <= e for s, e in spans)


# Parameter helpers shared by the kinds -------------------------------------------------


def check_known(params: dict[str, Any], known: set[str], errors: ParamErrors, prefix: str = "check.") -> None:
    """Report unknown keys; detectors pass `prefix="check.options."` for their options."""
    for key in params:
        if key not in known:
            errors.add(f"{prefix}{key}", f"unknown parameter {key!r}.", f"use only: {', '.join(sorted(known))}.")


def string_list(
    params: dict[str, Any], key: str, errors: ParamErrors, required: bool = False, prefix: str = "check."
) -> list[str]:
    value = params.get(key)
    if value is None:
        if required:
            errors.add(f"{prefix}{key}", "is missing.", f"give `{key}:` a list of strings.")
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        errors.add(f"{prefix}{key}", "must be a list of non-empty strings.", f"write `{key}: [\"...\", \"...\"]`.")
        return []
    if required and not value:
        errors.add(f"{prefix}{key}", "is empty.", f"give `{key}:` at least one string.")
    return value


def non_negative_int(params: dict[str, Any], key: str, errors: ParamErrors) -> int | None:
    value = params.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        errors.add(f"check.{key}", f"must be a whole number ≥ 0, not {value!r}.", f"write `{key}: 3`, for example.")
        return None
    return value
