"""Recognising a draft's language (checks/language.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.language import identify


@pytest.mark.parametrize("text, code", [
    ("Four more years of this government would be a disaster. Vote them out!", "en"),
    ("Today our teams met families who returned home to Mosul.", "en"),
    ("Nous sommes désolés que vous le perceviez ainsi.", "fr"),
    ("Aujourd'hui, nos équipes ont rencontré des familles à Bamako.", "fr"),
    ("Lamentamos que se sienta así, gracias por escribirnos.", "es"),
    ("Hoy nuestro equipo visitó a las familias en Cúcuta.", "es"),
    ("Wir sind heute in Berlin und freuen uns auf die Woche.", "de"),
    ("Hoje estamos em Lisboa com a equipe e muito felizes.", "pt"),
    ("Oggi siamo a Roma con la squadra per la giornata.", "it"),
    ("مرحبا بكم في مكتب المنظمة الدولية للهجرة", "other"),
    ("国际移民组织今天在日内瓦开会", "other"),
])
def test_languages_are_recognised(text: str, code: str) -> None:
    assert identify(text).code == code


@pytest.mark.parametrize("text", ["IOM Iraq", "#WorldRefugeeDay", "", "12 34 56", "@IOM"])
def test_too_little_text_is_unknown_not_a_guess(text: str) -> None:
    language = identify(text)
    assert language.code == "unknown" and not language.covered


def test_covered_languages_are_the_three_working_languages() -> None:
    assert [identify(t).covered for t in ("We are here with you today.", "Nous sommes avec vous.",
                                          "Estamos con ustedes hoy.", "Wir sind heute bei euch.")] == [True, True, True, False]


@given(st.text())
def test_any_text_gets_an_answer(text: str) -> None:
    language = identify(text)
    assert language.code in {"en", "fr", "es", "de", "pt", "it", "nl", "other", "unknown"}
    assert language.to_json()["covered"] == (language.code in {"en", "fr", "es"})
