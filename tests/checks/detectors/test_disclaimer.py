"""disclaimer: "views are my own" and "RTs ≠ endorsements"."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("disclaimer")


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Migration nerd. Views are my own.", "Views are my own"),
        ("All opinions expressed here are mine.", "All opinions expressed here are mine"),
        ("RTs ≠ endorsements", "RTs ≠ endorsements"),
        ("RT ≠ endorsement", "RT ≠ endorsement"),
        ("Retweets are not endorsements.", "Retweets are not endorsements"),
        ("Tweets are my own | IOM Geneva", "Tweets are my own"),
        ("Personal views. Dad, runner.", "Personal views"),
        ("RT/likes ≠ endorsement", "RT/likes ≠ endorsement"),
        ("Les opinions exprimées n'engagent que moi.", "Les opinions exprimées n'engagent que moi"),
        ("Opiniones propias.", "Opiniones propias"),
        (
            "Views expressed do not necessarily reflect those of my employer.",
            "Views expressed do not necessarily reflect those of my employer",
        ),
    ],
)
def test_disclaimers(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "Here are my own views on pizza.",
        "While we each have our own personal views and convictions, we stay impartial.",
        "Everyone has personal views.",
        "Views of the lake from the office.",
        "He likes endorsements from celebrities.",
        "Share your views with us!",
        "Our opinions matter: take the survey.",
    ],
)
def test_clean_drafts(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_options_are_refused() -> None:
    assert problems("disclaimer", {"x": 1}) == [("check.options.x", "unknown option 'x': this detector takes no options.")]


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("views are ", "RTs/likes/shares ", "≠ ", "personal ", "  ", "1 ", "a.")
    assert isinstance(DETECT(Draft(text)), list)


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Posting this in a personal capacity.", "in a personal capacity"),
        ("These are my views and don't necessarily represent my employer's.", "don't necessarily represent my employer"),
        ("Je le dis à titre strictement personnel.", "à titre strictement personnel"),
        ("Mon avis, qui n'engage évidemment pas l'Organisation : le Pacte est vide.", "n'engage évidemment pas"),
        ("Hilo sobre albergues (todo lo que digo aquí es a título personal)", "a título personal"),
        ("Lo digo como ciudadana, no como funcionaria.", "como ciudadana, no como funcionaria"),
    ],
)
def test_disclaimers_in_any_wording(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


def test_each_part_of_a_disclaimer_is_marked() -> None:
    text = "Speaking purely for myself here, not on behalf of IOM."
    assert flagged(DETECT, text) == ["Speaking purely for myself", "not on behalf of IOM"]


@pytest.mark.parametrize(
    "draft",
    [
        "Des avis personnalisés pour chaque demande, sur rendez-vous.",
        "Compartimos la opinión de las comunidades en nuestro informe anual.",
        "A personal story: my grandmother crossed this border in 1956.",
        "Is this visa valid? Not for work, only for study.",
        "In my personal opinion, the new centre is a big step forward.",
    ],
)
def test_near_disclaimers_pass(draft: str) -> None:
    assert flagged(DETECT, draft) == []
