"""org-email: an address at one of the organisation's domains."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("org-email", {"domains": ["iom.int"]})


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Contact me at jdoe@iom.int", "jdoe@iom.int"),
        ("JDOE@IOM.INT.", "JDOE@IOM.INT"),
        ("Write to jdoe@mission.iom.int today", "jdoe@mission.iom.int"),
        ("(j.doe+x@iom.int)", "j.doe+x@iom.int"),
        ("mailto:eco@iom.int", "eco@iom.int"),
        ("Ask ana-maria_lopez@iom.int, please", "ana-maria_lopez@iom.int"),
    ],
)
def test_organisation_addresses(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "Contact me at jdoe@example.org",
        "jdoe@iom.int.example.com",
        "jdoe@notiom.int",
        "Visit www.iom.int for more.",
        "@iom.int is not an address",
        "jdoe@iom.intranet.org",
    ],
)
def test_clean_drafts(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_several_domains() -> None:
    detect = detector("org-email", {"domains": ["iom.int", "unmigration.org"]})
    assert flagged(detect, "a@iom.int b@unmigration.org c@un.org") == ["a@iom.int", "b@unmigration.org"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, [("check.options.domains", "is missing.")]),
        ({"domains": []}, [("check.options.domains", "is empty.")]),
        ({"domains": ["iom"]}, [("check.options.domains", "'iom' is not a domain name.")]),
        ({"domains": ["iom.int"], "domain": "x"}, [("check.options.domain", "unknown parameter 'domain'.")]),
    ],
)
def test_option_problems(options: dict[str, object], expected: list[tuple[str, str]]) -> None:
    assert problems("org-email", options) == expected


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("a@", "iom.", "int.", "a" * 70, "@iom.int ", "  ", "1 ")
    assert isinstance(DETECT(Draft(text)), list)
