"""`detector`: a named detector written in Python (personal data, convoys, ...).

Detectors judge, so their findings say "may": each detection has a confidence,
and the rule can raise the bar with `min_confidence`.
"""

from __future__ import annotations

from typing import Any

from ..detectors import DETECTORS
from ..errors import ParamErrors
from ..text import Draft
from . import Check, Hit, check_known

NAME = "detector"
PLACEHOLDERS = {"what", "confidence"}
CERTAIN = frozenset({"org-email", "handle", "non-apology", "signoff"})
"""Detectors that recognise a fact (or a set form of words) rather than weigh a judgement: only their rules may be errors."""


def compile(params: dict[str, Any], errors: ParamErrors) -> Check | None:
    check_known(params, {"name", "options", "min_confidence"}, errors)
    name = params.get("name")
    detector = DETECTORS.get(name) if isinstance(name, str) else None
    if detector is None:
        errors.add("check.name", f"unknown detector {name!r}.", f"use one of: {', '.join(sorted(DETECTORS))}.")
    options = params.get("options", {})
    if not isinstance(options, dict):
        errors.add("check.options", "must be a mapping.", "write `options: {key: value}` or leave it out.")
        options = {}
    floor = params.get("min_confidence", 0.5)
    if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0 <= floor <= 1:
        errors.add("check.min_confidence", f"must be a number from 0 to 1, not {floor!r}.", "write `min_confidence: 0.7`.")
    if detector is None:
        return None
    detect = detector.compile(options, errors)
    if errors or detect is None:
        return None

    def check(draft: Draft) -> list[Hit]:
        return [
            Hit(d.start, d.end, {"what": d.what, "confidence": round(d.confidence, 2)})
            for d in detect(draft)
            if d.confidence >= floor
        ]

    return check
