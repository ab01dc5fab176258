"""Helpers shared by the detector tests."""

from __future__ import annotations

from typing import Any

from checks.detectors import DETECTORS, Detect, Detection
from checks.errors import ParamErrors
from checks.text import Draft

FLOOR = 0.5
"""The detector kind's default `min_confidence`: what a rule flags unless it says otherwise."""

MEGABYTE = 1_000_000


def detector(name: str, options: dict[str, Any] | None = None) -> Detect:
    errors = ParamErrors()
    detect = DETECTORS[name].compile(options or {}, errors)
    assert not errors, errors.problems
    assert detect is not None
    return detect


def flagged(detect: Detect, text: str, floor: float = FLOOR) -> list[str]:
    """The offending pieces of text, checking that each span is well formed."""
    found = [d for d in detect(Draft(text)) if d.confidence >= floor]
    for detection in found:
        assert isinstance(detection, Detection)
        assert 0 <= detection.start < detection.end <= len(text)
        assert 0 <= detection.confidence <= 1
        assert detection.what
    return [text[d.start : d.end] for d in found]


def problems(name: str, options: Any) -> list[tuple[str, str]]:
    """(field, problem) for each option problem the detector reports."""
    errors = ParamErrors()
    detect = DETECTORS[name].compile(options, errors)
    assert (detect is None) == bool(errors)
    return [(field, problem) for field, problem, _ in errors.problems]


def adversarial(*pieces: str) -> str:
    """About a megabyte of the pieces, repeated: digits, spaces and cue words."""
    block = "".join(pieces)
    return (block * (MEGABYTE // len(block) + 1))[:MEGABYTE]
