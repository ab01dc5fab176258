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


@pytest.mark.parametrize(
    ("draft", "cue"),
    [
        # English: secrecy or inside framing with an internal subject, no marking
        ("Leaked from today's all-staff town hall: 300 posts will be cut.", "Leaked"),
        ("Between you and me, our budget for next year has been halved.", "Between you and me"),
        ("Don't tell anyone I said this, but there will be layoffs in the regional office.", "Don't tell anyone"),
        ("Internal memo says the donor is pulling its funding from the programme.", "Internal memo"),
        ("Off the record: the mission will close by December.", "Off the record"),
        # French
        ("Entre nous, le bureau de Dakar va fermer en mars.", "Entre nous"),
        ("Ce n'est pas encore annoncé, mais 50 postes vont être supprimés.", "pas encore annoncé"),
        ("Note interne : le budget du programme est réduit de moitié.", "Note interne"),
        # Spanish
        ("Entre nosotros: habrá despidos en la oficina regional.", "Entre nosotros"),
        ("Todavía no se ha anunciado, pero van a cerrar la oficina de Tapachula.", "Todavía no se ha anunciado"),
        ("Nos dijeron en la reunión de personal que congelan las contrataciones.", "Nos dijeron"),
    ],
)
def test_unmarked_disclosures(draft: str, cue: str) -> None:
    spans = flagged(DETECT, draft)
    assert len(spans) == 1, spans
    assert cue.lower() in spans[0].lower(), spans


@pytest.mark.parametrize(
    "draft",
    [
        "Met Yonas, 15, from Eritrea: he is unaccompanied and sleeps in container 14B at the hotspot.",
        "Mariela, 15 años, víctima de trata, está en el albergue de la OIM.",
        "Fatoumata, 9 ans, non accompagnée, est arrivée hier au centre de Tahoua.",
    ],
)
def test_a_beneficiarys_case_details(draft: str) -> None:
    assert len(flagged(DETECT, draft)) == 1


@pytest.mark.parametrize(
    "draft",
    [
        "You can speak to our counsellors in confidence.",
        "Confidentiality protects the people we serve: always ask before you share.",
        "Our annual report is out today, with the full budget for 2025.",
        "IOM helps internally displaced people in Sudan.",
        "IOM's internal audit report, published today, found weaknesses in procurement.",
        "Budget cuts across the humanitarian sector are hurting refugees, the report says.",
        "Great partnership between us and UNHCR on this response.",
        "The results have not been announced yet; polls close at 8 p.m.",
        "Meet Amina, 24, who now runs a bakery in Nairobi after completing our training.",
        "Vous pouvez nous parler en toute confidentialité.",
        "Plus de 1,5 million de personnes déplacées internes au Burkina Faso.",
        "Le budget 2025 de l'OIM est publié sur notre site.",
        "La OIM apoya a los desplazados internos en Colombia.",
        "El presupuesto de la OIM para 2025 ya está publicado.",
    ],
)
def test_hard_negatives(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_a_marked_sentence_gives_one_finding() -> None:
    assert flagged(DETECT, "CONFIDENTIAL - draft figures for the donor meeting") == ["CONFIDENTIAL"]


@pytest.mark.parametrize("piece", ["A.", "A-", "A'", "A1.", "A. ", "leaked internal memo job cuts entre nous ", "Ana, 15, "])
def test_capitalised_and_punctuated_shapes_return(piece: str) -> None:
    text = adversarial(piece)
    assert isinstance(DETECT(Draft(text)), list)


@pytest.mark.parametrize(
    "draft",
    [
        "They're closing the Juba sub-office and haven't told the staff yet.",
        "Heard through the grapevine that our biggest donor is pulling out.",
        "Fuite du compte rendu du comité de direction : réduction des effectifs prévue en janvier.",
        "Acta de la reunión del equipo directivo: se recorta el presupuesto de protección a la mitad.",
    ],
)
def test_more_ways_to_leak(draft: str) -> None:
    assert len(flagged(DETECT, draft)) == 1


@pytest.mark.parametrize(
    "draft",
    [
        "The families told us they had been fired without pay by their employer abroad.",
        "Our director said in her public speech that funding cuts hurt migrants.",
        "The new org chart is on the intranet for all staff.",
        "La captura de 12 traficantes fue posible tras una larga investigación policial.",
        "Not official yet but I'm so excited: I passed my driving test!",
    ],
)
def test_stories_speeches_and_news_are_clean(draft: str) -> None:
    assert flagged(DETECT, draft) == []
