"""Named detectors: judgement written in Python, one module each.

A detector module provides `NAME`, `DESCRIPTION` (one line, for the docs) and
`compile(options, errors) -> Detect | None`, which validates the rule's
`options` and returns a function from a draft to its detections.

Detectors prefer missing a doubtful case to crying wolf on a clean post: each
module's tests hold clean counter-examples.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Callable

from ..text import Draft


@dataclass(frozen=True)
class Detection:
    start: int
    end: int
    confidence: float
    """From 0 to 1: how sure the detector is that this is what it looks for."""
    what: str
    """What was found, in a few words ("a phone number")."""


Detect = Callable[[Draft], list[Detection]]


def _registry() -> dict[str, ModuleType]:
    from . import confidential, convoy, disclaimer, handle, non_apology, org_email, partisan, personal_data, signoff, unconfirmed_news

    modules = (personal_data, convoy, partisan, unconfirmed_news, confidential, disclaimer, org_email, handle, non_apology, signoff)
    return {module.NAME: module for module in modules}


DETECTORS: dict[str, ModuleType] = _registry()
