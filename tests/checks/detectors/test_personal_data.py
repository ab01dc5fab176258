"""personal-data: phone numbers, e-mail addresses, dates of birth, home addresses."""

from __future__ import annotations

import pytest

from checks.kinds import compile_check
from checks.errors import ParamErrors
from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("personal-data")


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Call me on +41 22 717 91 11 any time.", "+41 22 717 91 11"),
        ("US office: +1-202-555-0143", "+1-202-555-0143"),
        ("Dial 0041 22 717 91 11 from abroad.", "0041 22 717 91 11"),
        ("Ring Ana at 022 717 91 11 tonight.", "022 717 91 11"),
        ("Reach us at (202) 555-0143.", "(202) 555-0143"),
        ("Her WhatsApp is 079 123 45 67", "079 123 45 67"),
        ("Call 202-555-0143 for info", "202-555-0143"),
        ("Tél. : 01 23 45 67 89", "01 23 45 67 89"),
        ("Emergency line: +41 79 217 33 11 (24/7)", "+41 79 217 33 11"),
        ("Mi móvil: 612 345 678", "612 345 678"),
    ],
)
def test_phone_numbers(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Write to jane.doe@example.org please.", "jane.doe@example.org"),
        ("jdoe@iom.int", "jdoe@iom.int"),
        ("Mail <a.b+news@mission.example.co.uk>.", "a.b+news@mission.example.co.uk"),
    ],
)
def test_email_addresses(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("She was born on 12 March 1990 in Kabul.", "12 March 1990"),
        ("Date of birth: 12/03/1990", "12/03/1990"),
        ("DOB 1990-03-12", "1990-03-12"),
        ("DOB: MAY 5, 1980", "MAY 5, 1980"),
        ("Né le 3 mai 1985 à Dakar.", "3 mai 1985"),
        ("Fecha de nacimiento: 5 de mayo de 1980", "5 de mayo de 1980"),
        ("Ahmed (born 1 January 2001) arrived in March.", "1 January 2001"),
    ],
)
def test_dates_of_birth(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("He lives at 12 Baker Street, London.", "12 Baker Street"),
        ("My home address: 221B Baker Street", "221B Baker Street"),
        ("J'habite au 12 rue des Alpes, 1201 Genève.", "12 rue des Alpes, 1201 Genève"),
        ("Vive en Calle Mayor 5, Madrid.", "Calle Mayor 5"),
        ("She lives at CH-1202 Genève now", "CH-1202 Genève"),
        ("Send it to his address, 4 Elm Road.", "4 Elm Road"),
    ],
)
def test_home_addresses(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "Order 2024-118-5567 has shipped.",
        "Between 2019-2024 we helped 3,000,000 people.",
        "IOM Standards of Conduct (IN/15 Rev. 1) and IN/123 apply.",
        "On 20 June 2024, World Refugee Day, we stood together.",
        "Statistics: 3,000,000 people, 281 000 000 migrants, 1.5 million returns.",
        "Visit us at 17 Route des Morillons, 1211 Geneva.",
        "IOM's address is 17 Route des Morillons, Geneva.",
        "The meeting is at 12 Baker Street.",
        "Invoice 022 717 91 11 is paid.",
        "The 20.06.2024 event starts at 10:30.",
        "Newborn care: 1,200 babies delivered in 2023.",
        "Contact info@iom.int or ECO@iom.int for guidance.",
        "202-555-0143",
    ],
)
def test_clean_drafts(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_context_words_raise_confidence() -> None:
    bare = DETECT(Draft("022 717 91 11"))[0].confidence
    called = DETECT(Draft("Call 022 717 91 11"))[0].confidence
    assert bare < called


def test_a_birthday_without_a_year_is_below_the_usual_floor() -> None:
    found = DETECT(Draft("Happy birthday Ana, 12 March!"))
    assert [d.what for d in found] == ["a date of birth"] and found[0].confidence < 0.5


def test_types_limit_what_is_looked_for() -> None:
    only_email = detector("personal-data", {"types": ["email"]})
    draft = "Call +41 22 717 91 11 or write to jane@example.org"
    assert flagged(only_email, draft) == ["jane@example.org"]
    assert flagged(DETECT, draft) == ["+41 22 717 91 11", "jane@example.org"]


def test_what_names_the_kind_of_data() -> None:
    draft = "Call +41 22 717 91 11, jane@example.org, born on 1 May 1990, lives at 4 Elm Road"
    assert [d.what for d in DETECT(Draft(draft))] == ["a phone number", "an e-mail address", "a date of birth", "a home address"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"types": ["fax"]}, [("check.options.types", "unknown type: 'fax'.")]),
        ({"types": []}, [("check.options.types", "is empty.")]),
        ({"types": [3]}, [("check.options.types", "must be a list of non-empty strings.")]),
        ({"kinds": ["phone"]}, [("check.options.kinds", "unknown parameter 'kinds'.")]),
    ],
)
def test_option_problems(options: dict[str, object], expected: list[tuple[str, str]]) -> None:
    assert problems("personal-data", options) == expected


def test_option_problems_reach_the_rule_through_the_detector_kind() -> None:
    errors = ParamErrors()
    assert compile_check({"kind": "detector", "name": "personal-data", "options": {"types": ["phone", "fax"]}}, errors) is None
    assert [field for field, _, _ in errors.problems] == ["check.options.types"]


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("1 ", "+41 22 717 ", "born 12 March 1990 ", "a@b.", "lives at 12 Baker Street ", "  ", "0" * 20, "-.(")
    assert isinstance(DETECT(Draft(text)), list)
