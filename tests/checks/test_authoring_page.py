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


def test_rules_json_page_documents_every_field() -> None:
    from checks import Engine
    from checks.parse import parse_files
    from tests.checks.test_engine import PAGE as RULES_PAGE

    page = (Path(__file__).resolve().parents[2] / "docs" / "reference" / "rules-json.md").read_text(encoding="utf-8")
    rulebook = parse_files({"p.md": RULES_PAGE})
    finding = Engine(rulebook).check("asap", "x", "institutional")[0]
    for name in [*rulebook.rules[0].to_json(), *finding.to_json()]:
        assert f"`{name}`" in page, name
