"""non-apology: "we are sorry you feel this way" and its kin, in English, French and Spanish."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("non-apology")


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("We’re sorry you feel this way.", 'We’re sorry you feel this way'),
        ("We apologise if anyone was offended by the video.", 'We apologise if anyone was offended'),
        ("Sorry you were offended by the campaign.", 'Sorry you were offended'),
        ("We are sorry that our answer made you feel frustrated.", 'We are sorry that our answer made you feel'),
        ("Apologies if this upset you.", 'Apologies if this upset'),
        ("Nous sommes désolés que vous le perceviez ainsi.", 'Nous sommes désolés que vous le perceviez'),
        ("Navrés que notre publication vous ait choqué.", 'Navrés que notre publication vous ait choqué'),
        ("Nous regrettons que vous ayez ce sentiment.", 'Nous regrettons que vous ayez ce sentiment'),
        ("Nous sommes desoles que vous le ressentiez comme ca.", 'Nous sommes desoles que vous le ressentiez'),
        ("Lamentamos que usted se sienta así.", 'Lamentamos que usted se sienta'),
        ("Sentimos mucho que lo perciba de ese modo.", 'Sentimos mucho que lo perciba'),
        ("Disculpas si a alguien le incomodó el tono.", 'Disculpas si a alguien le incomodó'),
    ],
)
def test_non_apologies(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "We are sorry for the delay: the form is fixed now.",
        "We are sorry to hear about your experience. Could you send us a private message?",
        "We're sorry you had to wait so long; your case is now open.",
        "Nous sommes désolés pour l'attente.",
        "Désolés que vous ayez dû attendre : le formulaire est réparé.",
        "Lamentamos la demora, ya revisamos su caso.",
        "Lamentamos la molestia causada por el cambio de horario.",
        "Sentimos que es importante escuchar a las comunidades.",
    ],
)
def test_real_apologies_pass(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_invisible_characters_do_not_hide_the_phrase() -> None:
    text = "We are sor\u00adry you\u200b feel\x00 this way"
    assert flagged(DETECT, text) == [text]


def test_options_are_refused() -> None:
    assert problems("non-apology", {"strict": True}) == [
        ("check.options.strict", "unknown option 'strict': this detector takes no options.")
    ]


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("sorry ", "that ", "you ", "désolés que vous ", "lamentamos que ", "se le lo ", "\u00ad", "  ", "a.")
    assert isinstance(DETECT(Draft(text)), list)
