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
        ("I'm voting for Smith this year.", ["I'm voting for Smith"]),
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


@pytest.mark.parametrize(
    ("draft", "cue"),
    [
        # English: verdicts and demands about a political target, calls without a name
        ("Four more years of this government would be a disaster. Vote them out!", "Vote them out"),
        ("The Prime Minister is incompetent and should resign.", "incompetent"),
        ("Shame on the senator for blocking the bill.", "Shame on"),
        ("Boycott the sham election on Sunday.", "Boycott the sham election"),
        ("Proud to be campaigning for Sarah Okafor for city council!", "campaigning for"),
        ("#MayorDavisOut, enough is enough.", "#MayorDavisOut"),
        # French
        ("Ce gouvernement est une honte. Dégagez !", "gouvernement est une honte"),
        ("Le président est incompétent, il doit démissionner.", "incompétent"),
        ("Ne votez surtout pas pour eux le 30 juin.", "Ne votez surtout pas pour"),
        ("Fière de soutenir notre candidate aux municipales !", "soutenir"),
        # Spanish
        ("Este gobierno es un desastre. ¡Que se vayan todos!", "que se vayan todos"),
        ("El ministro es un corrupto y debe dimitir ya.", "corrupto"),
        ("Orgullosa de apoyar a nuestro candidato a la alcaldía.", "apoyar"),
        ("Votad en contra del partido del gobierno.", "Votad en contra"),
    ],
)
def test_partisan_opinions_in_three_languages(draft: str, cue: str) -> None:
    spans = flagged(DETECT, draft)
    assert spans, draft
    assert any(cue.lower() in span.lower() for span in spans), spans


@pytest.mark.parametrize(
    "draft",
    [
        # reported results and neutral voter information
        "The ruling party won 52% of the vote in Sunday's election, official results show.",
        "Polling stations close at 8 p.m.; bring your ID if you are registered to vote.",
        "Le parti au pouvoir a obtenu 48 % des voix selon les résultats officiels.",
        "El partido oficialista obtuvo el 51 % de los votos.",
        # governments as partners, natural disasters, campaigns that are not elections
        "Thanks to the Government of Canada for supporting our shelters in Haiti.",
        "The Minister thanked IOM for its support after the earthquake, which was a disaster for the region.",
        "We support the Ministry of Labour in protecting migrant workers.",
        "The government declared a state of disaster after the floods.",
        "Corruption in recruitment fuels labour exploitation, says the new IOM report.",
        "Our vaccination campaign reached 20,000 children this month.",
        "El gobierno y la OIM lanzaron una campaña contra la trata de personas.",
        "Nous soutenons le ministère de la Santé dans la vaccination des migrants.",
        # parties as celebrations, job candidates, a UN vote, football
        "Une fête pour le départ de Paul vendredi !",
        "We are interviewing three candidates for the data officer post.",
        "The UN General Assembly voted to adopt the resolution.",
        "Gran partido de fútbol entre el personal y los voluntarios este sábado.",
        "Il est parti en mission au Tchad hier.",
        "Four more years of study and I'll finally be a doctor!",
    ],
)
def test_hard_negatives(draft: str) -> None:
    assert flagged(DETECT, draft) == []


@pytest.mark.parametrize("piece", ["A.", "A-", "A'", "A1.", "A. ", "Aa.", "government disaster Vote them out I support the Party "])
def test_capitalised_and_punctuated_shapes_return(piece: str) -> None:
    text = adversarial(piece)
    assert isinstance(DETECT(Draft(text)), list)


@pytest.mark.parametrize(
    "draft",
    [
        "Honoured to have knocked on doors for our candidate for governor today!",
        "Fière d'avoir distribué des tracts pour notre candidate ce matin.",
        "Orgulloso de repartir folletos para nuestra candidata a la alcaldía.",
        "Whatever you do on Sunday, don't give your vote to the far right.",
        "Le RDPC doit perdre en 2025.",
        "Il mérite un second mandat.",
    ],
)
def test_campaigning_votes_and_initials(draft: str) -> None:
    assert flagged(DETECT, draft)


@pytest.mark.parametrize(
    "draft",
    [
        "The government has failed to protect migrant workers, the UN rapporteur said in a report.",
        "We are proud to support the Government of Chad's national migration strategy.",
        "Orgullosos de apoyar al Gobierno de Ecuador en su plan de regularización.",
        "Knocking on doors to register children for school: our volunteers in Lebanon.",
        "Join our rally for World Refugee Day in Geneva this Saturday!",
        "I'm voting for the first time today and I'm so proud!",
    ],
)
def test_attribution_partnership_and_civic_words_are_clean(draft: str) -> None:
    assert flagged(DETECT, draft) == []
