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
        ("mailto:maria.lopez@iom.int", "maria.lopez@iom.int"),
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
    assert flagged(detect, "ana.diaz@iom.int jdoe@unmigration.org jdoe@un.org") == ["ana.diaz@iom.int", "jdoe@unmigration.org"]


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


@pytest.mark.parametrize(
    "draft",
    [
        "Write to media@iom.int for interviews.",
        "Report misconduct to ECO@iom.int or OIGIntake@iom.int.",
        "Questions about the software? oss@iom.int",
        "Send your CV to recruitment.southsudan@iom.int before Friday.",
        "Escríbenos a comunicacionescolombia@iom.int o a prensamexico@iom.int.",
        "Écrivez à info.belgium@iom.int ou à iomrabat@iom.int.",
        "Photos to ROBangkokComms@iom.int or socialmedia@iom.int please.",
        "Feedback: aap.yemen@iom.int, dtmperu@iom.int, idf@iom.int",
    ],
)
def test_functional_mailboxes_are_not_a_persons(draft: str) -> None:
    assert flagged(DETECT, draft) == []


@pytest.mark.parametrize(
    ("local", "functional"),
    [
        ("jdoe", False), ("maria.lopez", False), ("ana-maria_lopez", False), ("j.doe+news", False),
        ("ECO", True), ("oss", True), ("OIGIntake", True), ("press.office", True), ("prensamexico", True),
        ("concours.photo.rabat", True), ("avrrgreece", True),
    ],
)
def test_looks_functional(local: str, functional: bool) -> None:
    from checks.detectors.org_email import looks_functional

    assert looks_functional(local, "iom.int") is functional


def test_an_address_in_capitals_is_judged_by_its_letters() -> None:
    assert flagged(DETECT, "JDOE@IOM.INT and ECO@iom.int") == ["JDOE@IOM.INT"]
