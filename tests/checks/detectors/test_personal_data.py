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
        ("My US number: +1-202-555-0143", "+1-202-555-0143"),
        ("Dial 0041 22 717 91 11 from abroad.", "0041 22 717 91 11"),
        ("Ring Ana at 022 717 91 11 tonight.", "022 717 91 11"),
        ("Reach us at (202) 555-0143.", "(202) 555-0143"),
        ("Her WhatsApp is 079 123 45 67", "079 123 45 67"),
        ("Call 202-555-0143 for info", "202-555-0143"),
        ("Tél. : 01 23 45 67 89", "01 23 45 67 89"),
        ("Call me on +41 79 217 33 11 (24/7)", "+41 79 217 33 11"),
        ("Mi móvil: 612 345 678", "612 345 678"),
    ],
)
def test_phone_numbers(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Write to jane.doe@example.org please.", "jane.doe@example.org"),
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
        "US office: +1-202-555-0143",
        "Emergency line: +41 79 217 33 11 (24/7)",
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


WITH_ORGANISATION = detector("personal-data", {"organisation_domains": ["iom.int"]})


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        # a phone word next to any plausible grouping, in English, French and Spanish
        ("Lost my phone, my new number is 0469119869 so save it.", "0469119869"),
        ("J'ai changé de numéro, vous pouvez me joindre au 06.12.34.56.78.", "06.12.34.56.78"),
        ("Pour le covoiturage, appelez-moi au 699 45 12 87.", "699 45 12 87"),
        ("Si vous le trouvez : 65 43 21 09, récompense !", "65 43 21 09"),
        ("Mi cel es 3157789012, escríbanme por WhatsApp.", "3157789012"),
        ("Interesados marcar al 55 1234 5678.", "55 1234 5678"),
        ("Llámala al 987 654 321 para pedidos.", "987 654 321"),
        # national and international shapes without a phone word
        ("Ana: (509) 3712-4580", "(509) 3712-4580"),
        ("Bob 1-883-685-9574 ok", "1-883-685-9574"),
        ("Ahmed +966512345678 ok", "+966512345678"),
        ("Tom +44(0)115 4960914 ok", "+44(0)115 4960914"),
        # short island numbers, only right after a phone word
        ("Lost my phone, my new number is 31234, save it.", "31234"),
    ],
)
def test_phone_numbers_in_any_grouping_next_to_a_phone_word(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        # amounts, statistics, percentages, ISBNs, references, times, ranges, event dates
        "Call for proposals: budgets up to CHF 2 500 000 are eligible.",
        "Call it what it is: 12 345 678 people still need shelter.",
        "Les appels ont augmenté de 12,5 % pendant la crise.",
        "Order the report with ISBN 978-92-9068-123-4 from any library.",
        "Tu solicitud quedó registrada con el número de caso 2024-00871-PER.",
        "Live at 18:30 on our page, call in with your questions.",
        "The summit runs 01.03.2024–05.03.2024 in Nairobi.",
        "Registration is open 2024-03-01 – 2024-03-15.",
        "Donors pledged $4500000 at the conference.",
        # an office's published line
        "Our Geneva office switchboard is +41 22 717 91 11.",
        "Need help? Call the IOM hotline on 0800 123 456, free of charge, 24/7.",
        "Le standard de notre bureau de Genève : +41 22 717 91 11.",
        "Para prensa, llamen a nuestra oficina de medios al +34 91 445 71 16.",
        "For the DSWD hotline you can dial 8931-8101.",
        "Text DONATE to 70070 to give ten dollars.",
    ],
)
def test_numeric_hard_negatives(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_a_personal_word_outweighs_an_office_nearby() -> None:
    assert flagged(DETECT, "I'm at the office, call me on +41 79 217 33 11.") == ["+41 79 217 33 11"]


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Registration form: Ana Ruiz, D.O.B. 14/02/1976.", "14/02/1976"),
        ("Our colleague John Smith Jr. was born 03/16/1972 in Leeds.", "03/16/1972"),
        ("Born 14/02/1976.", "14/02/1976"),
        ("Grandma's birthday = 30.06.1944.", "30.06.1944"),
        ("DOB 1/15/77, blood type O.", "1/15/77"),
        ("Mine says born Nov. 30, 1987, in Davao.", "Nov. 30, 1987"),
        ("Mon collègue M. Diallo est né le 14.02.1976 à Dakar.", "14.02.1976"),
        ("Née un 25 décembre 1991, elle partage ses cadeaux.", "25 décembre 1991"),
        ("La Sra. Gómez nació el 1976-02-14 en Quito.", "1976-02-14"),
        ("Mis gemelos nacieron el 14/08/2021 en Lima.", "14/08/2021"),
        ("Hace 33 años, un 4 de julio de 1991, nací en Guayaquil.", "4 de julio de 1991"),
        ("Geboren am 14.02.1976 in Köln.", "14.02.1976"),
    ],
)
def test_dates_of_birth_in_numeric_forms_and_after_abbreviations(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "The conference on 14.02.2026 will be streamed live.",
        "Applications close on 2026-03-01.",
        "Save the date: 20/06/2026, World Refugee Day.",
        "Happy 75th birthday, IOM! Founded on 5 December 1951 in Brussels.",
        "Bon anniversaire à l'OIM, fondée le 05.12.1951 !",
    ],
)
def test_other_dates_are_not_birth_dates(draft: str) -> None:
    assert flagged(DETECT, draft) == []


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        # after a private cue, a number with names or names with a number
        ("We live at 3374 Robert Point, bring a dish.", "3374 Robert Point"),
        ("Vivimos en Diagonal Prieto 074, traigan algo.", "Diagonal Prieto 074"),
        ("Mi dirección es Glorieta Manola Barrera 3, toquen el timbre.", "Glorieta Manola Barrera 3"),
        ("On habite au 8, avenue Lesage, apportez un plat.", "8, avenue Lesage"),
        ("Our colleague Tom lives at Flat 12, Lewis Heights.", "Flat 12, Lewis Heights"),
        ("My parents just moved to 9 Shah Summit, Williamsland.", "9 Shah Summit"),
        # two pieces of an address together need no cue
        ("Come to 14 Jacaranda Street, Sunnyside, Pretoria 0002. Cash only.", "14 Jacaranda Street, Sunnyside, Pretoria 0002"),
        ("Party tonight: Unit 5/23 Smith St, Fitzroy.", "Unit 5/23 Smith St"),
        ("C'est au 41 rue Oberkampf 75011 Paris, code 4512B.", "41 rue Oberkampf 75011 Paris"),
        ("Av. Bolívar 744, casa 3, Quito.", "Av. Bolívar 744, casa 3"),
    ],
)
def test_home_addresses_from_their_pieces(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "The IOM Nairobi Regional Office has moved! Our new public address is Sri Aurobindo Avenue, Lavington.",
        "Portes ouvertes au siège de l'OIM ! Rendez-vous au 17 route des Morillons, 1218 Le Grand-Saconnex.",
        "Nos mudamos: la oficina de la OIM funciona en Calle El Mirador 87, Col. Escalón.",
        "The workshop is at the Kenyatta Conference Centre, 12 Harambee Avenue, Nairobi 00100.",
        "She lives in Geneva since 2015 with her 2 kids.",
        "The training took place at 14 Baker Street, London W1U 3BW.",
    ],
)
def test_public_addresses_are_not_home_addresses(draft: str) -> None:
    assert flagged(DETECT, draft) == []


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Send me the photos at toroadan@yahoo.com when you can.", "toroadan@yahoo.com"),
        ("CVs to my personal email: ananya.mishra.research@gmail.com", "ananya.mishra.research@gmail.com"),
        ("email me at funmi [dot] adebayo [at] gmail [dot] com", "funmi [dot] adebayo [at] gmail [dot] com"),
        ("send them to rajesh.kumar1979 at yahoo dot in", "rajesh.kumar1979 at yahoo dot in"),
        ("Écrivez à notre collègue Serge : serge.kouassi@iom.int.", "serge.kouassi@iom.int"),
    ],
)
def test_private_and_personal_email_addresses(draft: str, offending: str) -> None:
    assert flagged(WITH_ORGANISATION, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "Interviews: media@iom.int, OIGIntake@iom.int, oss@iom.int.",
        "Send your CV to recruitment@iom.int or procurement.nigeria@iom.int.",
        "For media enquiries contact pdillon@iom.int.",
        "Please contact the embassy at amman.consular@fcdo.gov.uk.",
        "Write to info@example.org or look at gmail.com now.",
        "Meet me at noon.today, okay?",
    ],
)
def test_published_and_functional_addresses(draft: str) -> None:
    assert flagged(WITH_ORGANISATION, draft) == []


def test_organisation_domains_must_be_a_list_of_strings() -> None:
    assert problems("personal-data", {"organisation_domains": 3}) == [
        ("check.options.organisation_domains", "must be a list of non-empty strings.")
    ]


def test_the_sentence_splitter_knows_abbreviations() -> None:
    from checks.detectors._near import Sentences

    text = "D.O.B. 14/02/1976. Mr. Smith Jr. lives on Av. Bolívar. He left. Then"
    breaks = Sentences(text)
    assert breaks.same(0, text.index("1976"))
    assert breaks.same(text.index("Mr."), text.index("Bolívar"))
    assert not breaks.same(text.index("He"), text.index("Then") + 1)
    assert not breaks.same(0, text.index("Mr.") + 2)
