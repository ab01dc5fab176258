"""confidential: text marked confidential, internal, restricted, embargoed."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("confidential")


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("CONFIDENTIAL - draft figures for the donor meeting", "CONFIDENTIAL"),
        ("Confidential: the new camp opens next week.", "Confidential"),
        ("[Restricted] Security update for staff", "Restricted"),
        ("This document is strictly confidential.", "This document is strictly confidential"),
        ("For internal use only: revised budget", "For internal use only"),
        ("Not for distribution. Final numbers attached.", "Not for distribution"),
        ("Embargoed until 10:00 GMT Thursday", "Embargoed until"),
        ("Draft – not for publication", "Draft – not for publication"),
        ("Please do not share this outside the team.", "Please do not share this"),
        ("Usage interne uniquement", "Usage interne"),
        ("Documento de uso interno", "de uso interno"),
        ("Figures below.\nConfidential\nSee you at 10.", "Confidential"),
    ],
)
def test_markings(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "Call our confidential helpline on weekdays.",
        "We keep your data confidential.",
        "Restricted areas are marked in red on the map.",
        "Do not share your password with anyone.",
        "Keep IOM confidential information confidential.",
        "Confidential counselling is available for all staff.",
        "CONFIDENTIAL HELPLINE: 0800 123 456",
        "Don't share personal information about beneficiaries.",
        "The trade embargo hurt the economy.",
        "Es importante no compartir tu contraseña.",
    ],
)
def test_clean_drafts(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_options_are_refused() -> None:
    assert problems("confidential", {"words": ["secret"]}) == [
        ("check.options.words", "unknown option 'words': this detector takes no options.")
    ]


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("CONFIDENTIAL ", "confidential helpline ", "do not share ", "[", "\n", "  ", "1 ", "a@b.")
    assert isinstance(DETECT(Draft(text)), list)
