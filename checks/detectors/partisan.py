"""Partisan political statements: calls to vote for a party or candidate, endorsements.

The guidelines: staff may vote, but must not publish partisan opinions or publicly
endorse political candidates in any country. What this detector decides:

- A call to vote counts when it names whom to vote for: "vote for Smith", "vote
  Labour", "Vote Yes", "votez pour Dupont", "vota por María", "#VoteBlue",
  "#SmithForPresident". Official, non-partisan voting information ("register to
  vote", "vote early", "#VoteReady") names no one and is clean.
- "vote" as a noun is not a call: "a vote of thanks", "the final vote Monday"; nor is
  "voted" ("the UN General Assembly voted").
- Endorsements count when they name a political office, party or election: "I
  support candidate Smith", "we endorse the Green Party", "je soutiens le candidat".
- Slogans count: "Smith for President!", "Elect Jones", "Re-elect Smith" (an
  imperative, not "Member States elect a Director General").
- "Party" as a celebration never counts: a party is named only as "the X Party".
- Contests are not elections: "vote for Maria's photo in the contest" is clean.
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
from ._near import Cues, fast, option_free, sentences

NAME = "partisan"
DESCRIPTION = "calls to vote for a party or candidate and endorsements of candidates"

WHAT = "a partisan political statement"

_NOT_A_NAME = set(
    """
    today now early here online tomorrow tonight this that these those the in on at by to of for and or it if when where how
    why what who which your our my their his her its a an is are was were be been will can could would should must count counts
    results result share safely responsibly locally day days registration register peace change democracy climate freedom
    equality women girls children migrants refugees humanity hope us me them you everyone all once again with from as so but
    not ready safe smart informed fromhome bymail by-mail local next first last same
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
    october november december
    aujourd'hui maintenant demain ici le la les un une des du de et ou pour contre en à au aux ce cette
    hoy mañana ahora aquí el los las unos unas del y o para por contra en a al este esta
    thanks thank calls call candidate candidates candidacy running race bid campaign nominee nominees nomination nominations
    vote votes voting support elections election primary run candidature
    """.split()
)
_CONTEST = fast(
    r"\b(?:photos?|pictures?|contests?|competitions?|poll|polls|awards?|prizes?|favou?rites?|entry|entries|finalists?"
    r"|shortlist(?:ed)?|concours|concurso|premios?|prix|people['’]s choice|video|story|stories)\b",
    re.IGNORECASE,
)

_VOTE = fast(
    r"\b(?P<verb>(?i:vote|voting|votez|votons|voter|vota|voten|votad|votemos|votar|votaré|votaremos))"
    r"(?P<preposition> (?i:for|against|pour|contre|por|contra))? (?P<object>#?[\w'’.-]+)"
)
_HASHTAG = fast(
    r"#(?i:vote|votez|vota)(?i:for|4|pour|por)?(?P<object>[A-ZÀ-Ý]\w*)"
    r"|#\w+(?:For|4)(?:President|Mayor|Governor|Senate|Senator|Congress|PM|Presidente|Président)\b"
)
_ELECT = fast(r"(?<![-\w])(?i:re-?elect|elect|élisez|réélisez|elijan|elige|reelijan|reelige)\b (?P<object>[\w'’.-]+)")
_SLOGAN = fast(
    r"\b(?P<object>[A-ZÀ-Ý][\w'’.-]*) (?:for|4) (?:President|Mayor|Governor|Senate|Senator|Congress|Parliament|Prime Minister"
    r"|PM|Chancellor|Président|Presidente)(?=[ \t]*(?:[!.,;:#\n)]|$|(?:19|20)\d\d\b))",
    re.MULTILINE,
)
_PARTY = fast(
    r"\b(?i:support|supporting|join|joining|back|backing|vote for|voting for|elect)(?: the) (?:[A-ZÀ-Ý][\w'’-]* ){1,3}Party\b"
)
_ENDORSE = fast(
    r"\b(?i:(?:I|we)(?:['’]m| am| are|['’]re| will|['’]ll| have| do)?"
    r"(?: (?:proudly|fully|strongly|wholeheartedly|also|now))?"
    r" (?:support|endorse|endorsing|back|backing|campaign for|campaigning for|stand behind)"
    r"|(?:je|nous) (?:soutiens|soutenons|voterai|voterons|appelle à voter pour|appelons à voter pour)"
    r"|(?<!el )(?<!su )(?<!un )(?<!mi )(?<!nuestro )(?:apoyo|apoyamos|votaré por|votaremos por|voy a votar por))\b"
)
_POLITICAL = fast(
    r"\b(?:(?i:candidates?|candidacy|candidature|re-?election|réélection|reelecci[oó]n|candidat(?:e|s|es)?|candidat[oa]s?"
    r"|for (?:president|mayor|governor|senate|senator|congress|parliament|prime minister)|pour la présidentielle"
    r"|para (?:presidente|presidenta|alcalde|alcaldesa|gobernador))"
    r"|Party|Parti|Partido)\b"
)
_DETERMINER = set(
    "the a an this that their his her its our your my final first last popular no any each every le la un une el".split()
)
_VOTER = set("i'm i’m am are we're we’re you're you’re they're they’re be is was were proudly happily also still".split())
_IMPERATIVE_BEFORE = set("please let's let us help must should to and go vote".split())



def detect(draft: Draft) -> list[Detection]:
    text = draft.text
    breaks = sentences(draft)
    votes = []
    for match in _VOTE.finditer(text):
        end = _name_end(text, match.start("object"), match.end("object"))
        before = _previous_word(text, match.start())
        if end is not None and before not in _DETERMINER:
            votes.append((match, end, before))
    hashtags = [m for m in _HASHTAG.finditer(text) if m.group("object") is None or m.group("object").lower() not in _NOT_A_NAME]
    named_tags = [m for m in hashtags if m.group("object") is not None]  # the others are flagged whatever the context
    contests = Cues(_CONTEST, text, 100, 100, around=[(m.start(), end) for m, end, _ in votes] + [m.span() for m in named_tags])

    def in_contest(start: int, end: int) -> bool:
        return any(breaks.same(min(c.start(), start), max(c.end(), end)) for c in contests.near(start, end))

    found: list[Detection] = []
    for match, end, before in votes:
        if in_contest(match.start(), end):
            continue
        if match.group("verb").lower() == "voting" and before not in _VOTER:
            continue  # "out-of-country voting for Iraqi citizens" is about an election, not a call
        found.append(Detection(match.start(), end, 0.8 if match.group("preposition") else 0.65, WHAT))
    for match in hashtags:
        if match.group("object") is not None and in_contest(match.start(), match.end()):
            continue
        found.append(Detection(match.start(), match.end(), 0.75, WHAT))
    first_word = len(text) - len(text.lstrip())
    for match in _ELECT.finditer(text):
        start = match.start()
        end = _name_end(text, match.start("object"), match.end("object"))
        imperative = (
            start == first_word
            or breaks.index(start) != breaks.index(max(0, start - 1))
            or _previous_word(text, start) in _IMPERATIVE_BEFORE
            or text.endswith(("#", "! "), 0, start)
        )
        if end is None or not imperative:
            continue
        found.append(Detection(start, end, 0.75, WHAT))
    for match in _SLOGAN.finditer(text):
        if match.group("object").lower().rstrip(".") in _NOT_A_NAME:
            continue
        found.append(Detection(match.start(), match.end(), 0.7, WHAT))
    for match in _PARTY.finditer(text):
        found.append(Detection(match.start(), match.end(), 0.7, WHAT))
    endorsements = list(_ENDORSE.finditer(text))
    politics = Cues(_POLITICAL, text, 0, 60, around=[(m.end(), m.end()) for m in endorsements])
    for match in endorsements:
        named = [p for p in politics.near(match.end(), match.end()) if breaks.same(match.start(), p.end())]
        if named:
            end = named[0].end()
            following = _NEXT_WORD.match(text, end)
            if following:
                end = _name_end(text, following.start(1), following.end(1)) or end
            found.append(Detection(match.start(), end, 0.7, WHAT))
    return _merged(found)


def _name_end(text: str, start: int, end: int) -> int | None:
    """The end of the name that starts at `start`, or None if no name starts there."""
    word = text[start:end].rstrip(".’'").lstrip("#")
    if not word or not word[0].isupper() or word.lower() in _NOT_A_NAME:
        return None
    end = start + len(text[start:end].rstrip(".’'"))
    for _ in range(2):  # Jane Smith, Partido Verde
        following = _NEXT_WORD.match(text, end)
        if not following or following.group(1).lower() in _NOT_A_NAME:
            break
        end = following.end()
    return end


_NEXT_WORD = re.compile(r" ([A-ZÀ-Ý][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"([\w'’]{1,20})\s{1,3}$")


def _previous_word(text: str, position: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, position - 24), position)
    return match.group(1).lower() if match else ""


def _merged(found: list[Detection]) -> list[Detection]:
    kept: list[Detection] = []
    for detection in sorted(found, key=lambda d: (d.start, -d.end)):
        if kept and detection.start < kept[-1].end:
            previous = kept.pop()
            detection = Detection(
                previous.start, max(previous.end, detection.end), max(previous.confidence, detection.confidence), WHAT
            )
        kept.append(detection)
    return kept


compile = option_free(detect)
