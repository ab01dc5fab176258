"""partisan: calls to vote for a party or candidate, endorsements, slogans."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("partisan")


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("Vote for Jane Smith on Sunday!", ["Vote for Jane Smith"]),
        ("Vote Labour on 4 July.", ["Vote Labour"]),
        ("I'm voting for Smith this year.", ["voting for Smith"]),
        ("#VoteBlue #VoteForSmith", ["#VoteBlue", "#VoteForSmith"]),
        ("Smith for President!", ["Smith for President"]),
        ("Re-elect Jones.", ["Re-elect Jones"]),
        ("We endorse the Green Party in this election.", ["We endorse the Green Party"]),
        ("I support candidate Maria Lopez.", ["I support candidate Maria Lopez"]),
        ("Votez pour Dupont dimanche !", ["Votez pour Dupont"]),
        ("Vota por María el domingo.", ["Vota por María"]),
        ("Je soutiens le candidat Martin.", ["Je soutiens le candidat Martin"]),
        ("Let's elect Garcia as mayor.", ["elect Garcia"]),
        ("Vote Yes on Proposition 5", ["Vote Yes"]),
    ],
)
def test_partisan_statements(draft: str, offending: list[str]) -> None:
    assert flagged(DETECT, draft) == offending


@pytest.mark.parametrize(
    "draft",
    [
        "A vote of thanks to our volunteers.",
        "The UN General Assembly voted on the resolution.",
        "Register to vote by 5 May: find your polling station.",
        "Happy birthday party for Ana tonight!",
        "Vote for your favourite photo in our contest!",
        "Vote for Maria's photo in the #MigrantStories contest.",
        "Member States elect António Vitorino as Director General.",
        "The final vote Monday was close.",
        "Thanks for President Macron's visit.",
        "We support the #IAmAMigrant campaign.",
        "Vote early! #VoteReady",
        "President-elect Smith met the delegation.",
        "I support refugees and migrants.",
        "Con el apoyo del presidente y su partido.",
    ],
)
def test_clean_drafts(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_naming_the_candidate_after_for_is_surer_than_a_bare_vote() -> None:
    bare = DETECT(Draft("Vote Smith"))[0].confidence
    named = DETECT(Draft("Vote for Smith"))[0].confidence
    assert bare < named


def test_options_are_refused() -> None:
    assert problems("partisan", {"parties": ["Green"]}) == [
        ("check.options.parties", "unknown option 'parties': this detector takes no options.")
    ]


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("Vote for Smith ", "Elect ", "vote ", "#VoteX ", "I support the ", "Party ", "for President ", "1 ", "  ")
    assert isinstance(DETECT(Draft(text)), list)
