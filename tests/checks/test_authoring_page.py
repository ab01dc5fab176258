"""The authoring page documents every check kind, measure, detector and vocabulary value."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.detectors import DETECTORS
from checks.kinds import kinds
from checks.measures import MEASURES, PER_ITEM
from checks.model import ACCOUNTS, DOCUMENTS, PLATFORMS, SEVERITIES

PAGE = (Path(__file__).resolve().parents[2] / "docs" / "reference" / "authoring.md").read_text(encoding="utf-8")
NAMES = sorted({*kinds(), *MEASURES, *PER_ITEM, *DETECTORS, *PLATFORMS, *ACCOUNTS, *SEVERITIES, *DOCUMENTS})


@pytest.mark.parametrize("name", NAMES)
def test_name_is_documented(name: str) -> None:
    assert f"`{name}`" in PAGE
