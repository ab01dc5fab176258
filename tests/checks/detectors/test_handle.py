"""handle: an account handle that does not start with the organisation's prefix."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("handle", {"prefixes": ["IOM", "OIM"], "exceptions": ["UNMigration"]})


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("@MigrationIraq", "MigrationIraq"),
        ("MigrationIraq", "MigrationIraq"),
        ("twitter.com/IraqMigration", "IraqMigration"),
        ("https://x.com/Iraq_IOM?lang=en", "Iraq_IOM"),
        ("  UNHCR  ", "UNHCR"),
        ("https://www.instagram.com/migration.colombia/", "migration.colombia"),
        ("Migration Asia Pacific", "Migration"),
        ("@I0MIraq", "I0MIraq"),
    ],
)
def test_handles_without_the_prefix(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "@IOMIraq",
        "IOMhealth",
        "iomsnaps",
        "twitter.com/IOMIraq",
        "https://www.instagram.com/OIMColombia/",
        "@UNMigration",
        "@IOM_Iraq",
        "IOMAsia Pacific",
        "",
        "   \n  ",
    ],
)
def test_clean_handles(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_one_handle_per_line() -> None:
    assert flagged(DETECT, "@IOMIraq\n@IraqMigration\r\nOIMColombia\nMigrantsMX") == ["IraqMigration", "MigrantsMX"]


def test_what_names_the_prefixes() -> None:
    assert DETECT(Draft("@Migration"))[0].what == "a handle that does not start with IOM or OIM"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, [("check.options.prefixes", "is missing.")]),
        ({"prefixes": []}, [("check.options.prefixes", "is empty.")]),
        ({"prefixes": ["I O M"]}, [("check.options.prefixes", "'I O M' is not a handle prefix.")]),
        ({"prefixes": ["IOM"], "exceptions": [1]}, [("check.options.exceptions", "must be a list of non-empty strings.")]),
        ({"prefixes": ["IOM"], "case": "any"}, [("check.options.case", "unknown parameter 'case'.")]),
    ],
)
def test_option_problems(options: dict[str, object], expected: list[tuple[str, str]]) -> None:
    assert problems("handle", options) == expected


def test_a_megabyte_of_adversarial_text_returns() -> None:
    one_line = adversarial("a/", "b.c/", "@", "x")
    many_lines = adversarial("@Migration\n", "twitter.com/\n", " \n")
    assert isinstance(DETECT(Draft(one_line)), list)
    assert isinstance(DETECT(Draft(many_lines)), list)
