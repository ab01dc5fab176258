"""unconfirmed-news: breaking-news labels, rumours, unnamed sources."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("unconfirmed-news")


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("BREAKING: explosion reported near the border.", "BREAKING"),
        ("Breaking news - ferry capsized off Lampedusa", "Breaking news"),
        ("#BreakingNews clashes in the capital", "#BreakingNews"),
        ("Unconfirmed reports say 40 people drowned.", "Unconfirmed reports"),
        ("Sources say the camp will close.", "Sources say"),
        ("The minister has reportedly resigned.", "reportedly"),
        ("Rumour has it the border will reopen.", "Rumour has it"),
        ("The figures are not yet confirmed.", "not yet confirmed"),
        ("Dernière minute : le camp ferme", "Dernière minute"),
        ("Según fuentes locales, 20 muertos.", "Según fuentes"),
        ("Selon des sources locales, le camp ferme.", "Selon des sources"),
    ],
)
def test_unconfirmed_news(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "Breaking barriers for women in tech.",
        "Breaking the cycle of poverty takes time.",
        "Icebreaking games at the workshop today.",
        "BREAKING BARRIERS: a concert for inclusion",
        "Refrain from commenting on rumours.",
        "We confirmed 200 arrivals today.",
        "Double-check facts before posting; credit your sources.",
        "Heartbreaking stories of resilience.",
    ],
)
def test_clean_drafts(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_allegedly_alone_is_below_the_usual_floor() -> None:
    found = DETECT(Draft("The boat allegedly sank."))
    assert len(found) == 1 and found[0].confidence < 0.5


def test_options_are_refused() -> None:
    assert problems("unconfirmed-news", {"words": []}) == [
        ("check.options.words", "unknown option 'words': this detector takes no options.")
    ]


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("BREAKING ", "breaking barriers ", "rumours ", "sources ", "#Breaking", "  ", "1 ", "a.")
    assert isinstance(DETECT(Draft(text)), list)


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("We are hearing rumours that the border will close tomorrow.", "We are hearing rumours that"),
        ("Rumours that the camp will close spread fast.", "Rumours that"),
    ],
)
def test_rumours_that_tell_something(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


def test_rumours_that_are_only_talked_about_are_clean() -> None:
    assert flagged(DETECT, "Refrain from commenting on or perpetuating rumors that cannot be clearly affirmed or denied.") == []


@pytest.mark.parametrize(
    "draft",
    [
        "Word is the camp will be emptied tonight.",
        "My uncle in Tripoli says the militias took over the port this morning.",
        "Il paraît que l'OIM va arrêter les vols de retour.",
        "Des bruits courent qu'un nouveau décret va expulser tous les étrangers.",
        "Selon des informations non vérifiées, le camp aurait été attaqué hier soir.",
        "Dicen que mañana cierran la frontera. No sé si es cierto.",
        "Se comenta que Migraciones va a anular los permisos vencidos.",
        "Hemos recibido informaciones, que todavía estamos verificando, de que 3.000 personas cruzaron.",
    ],
)
def test_hearsay_in_english_french_and_spanish(draft: str) -> None:
    assert flagged(DETECT, draft) != []


@pytest.mark.parametrize(
    "draft",
    [
        "Según fuentes oficiales del Ministerio de Salud, la campaña llegó a 10.000 niños.",
        "According to UNHCR sources, 3,000 people crossed this week.",
        "Rumours that the border will close are false: it stays open.",
        "Il paraît que la patience est une vertu.",
        "Dicen que Lima es gris, pero hoy el cielo estaba precioso.",
        "Breaking news in our house: the baby finally sleeps through the night.",
        "Don't forward messages you can't verify.",
        "Apparently simple things make a huge difference in a transit centre.",
        "A mother told me her story of crossing the desert.",
    ],
)
def test_near_hearsay_passes(draft: str) -> None:
    assert flagged(DETECT, draft) == []
