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
        ("We are hearing rumours that the border will close tomorrow.", "hearing rumours"),
        ("Rumours that the camp will close spread fast.", "Rumours that"),
    ],
)
def test_rumours_that_tell_something(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


def test_rumours_that_are_only_talked_about_are_clean() -> None:
    assert flagged(DETECT, "Refrain from commenting on or perpetuating rumors that cannot be clearly affirmed or denied.") == []
