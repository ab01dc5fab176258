"""Unconfirmed news: "BREAKING:", "unconfirmed reports", "sources say", "reportedly".

The guidelines: don't post news stories that IOM has not yet confirmed or commented
on; refrain from perpetuating rumours. What this detector decides:

- "breaking" counts only as a news label: in capitals (`BREAKING`), followed by a
  colon, dash or "news", or as a hashtag (`#Breaking`, `#BreakingNews`). "Breaking
  barriers", "breaking the cycle of poverty" and "icebreaking" are not news.
- "Rumours" count only when they say something ("rumours say", "rumour has it",
  "we heard rumours", "rumours that the camp will close"), so a post that warns
  against rumours ("rumours that cannot be confirmed") is clean.
- Hedged attributions ("reportedly", "sources say", "according to unnamed sources",
  "not yet confirmed", "unverified") count, with less confidence than a label.
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
from ._near import fast, option_free

NAME = "unconfirmed-news"
DESCRIPTION = "news labelled as breaking, unconfirmed, rumoured or from unnamed sources"

_BREAKING_LABEL = fast(
    r"#(?i:breaking|breakingnews|breaking_news|justin|ultimahora|últimahora|derniereminute|dernièreminute)\b"
    r"|\bBREAKING\b(?! ?[A-Z]{2,}\b)"  # a BREAKING label, not "BREAKING BARRIERS"
    r"|\b(?i:breaking)(?: ?(?i:news)\b| ?[:\-–—|])"
    r"|\b(?i:just in|dernière minute|derniere minute|última hora|ultima hora)\b"
)
_HEDGE = fast(
    r"\b(?:"
    r"(?P<strong>unconfirmed reports?|unverified reports?|reports? (?:that )?(?:have|has) not been (?:confirmed|verified)"
    r"|rumou?rs? (?:say|says|said|suggest|suggests|have it|has it|are circulating|is circulating|are spreading)"
    # "rumours that the camp will close" tells one; "rumours that cannot be confirmed" is about them
    r"|(?:heard|hearing|hear) rumou?rs?|rumou?rs? that(?= (?:the|a|an|this|these|some|many|all|we|they|he|she|it|there"
    r"|our|their|his|her|its|IOM|OIM)\b| (?-i:[A-Z0-9]))"
    r"|rumou?r has it|(?:it is|it's) rumou?red|rumou?red to"
    r"|informations? non confirmées?|selon des rumeurs|des rumeurs (?:disent|circulent)"
    r"|informaci[oó]n no confirmada|noticias? no confirmadas?|se rumorea|según rumores|rumores (?:dicen|indican|apuntan))"
    r"|(?P<weak>allegedly|al parecer|il semblerait que|not confirmed|awaiting confirmation)"
    r"|unconfirmed|unverified|not yet (?:been )?confirmed|yet to be confirmed|reportedly"
    r"|sources (?:say|said|says|tell|told|claim|claimed|suggest|indicate|report|close to)"
    r"|according to (?:unnamed|unconfirmed|anonymous|local|some|several|multiple|various) (?:sources|reports)"
    r"|unnamed sources|anonymous sources|developing story|non confirmée?s?|pas encore confirmée?s?"
    r"|selon (?:des|certaines|plusieurs|nos) sources|de source sûre|selon certaines informations"
    r"|sin confirmar|no confirmad[oa]s?|aún no (?:ha sido )?confirmad[oa]"
    r"|según (?:fuentes|algunas fuentes|varias fuentes)|fuentes (?:indican|señalan|afirman|aseguran)"
    r")\b",
    re.IGNORECASE,
)



def detect(draft: Draft) -> list[Detection]:
    found: list[Detection] = []
    for label in _BREAKING_LABEL.finditer(draft.text):
        start, end = label.span()
        while end > start and not draft.text[end - 1].isalnum():
            end -= 1
        found.append(Detection(start, end, 0.8, "breaking news that IOM has not confirmed"))
    for hedge in _HEDGE.finditer(draft.text):
        confidence = 0.8 if hedge.group("strong") else 0.4 if hedge.group("weak") else 0.6
        found.append(Detection(hedge.start(), hedge.end(), confidence, "news that is not confirmed"))
    return _without_overlaps(found)


def _without_overlaps(found: list[Detection]) -> list[Detection]:
    kept: list[Detection] = []
    for detection in sorted(found, key=lambda d: (d.start, -d.end)):
        if kept and detection.start < kept[-1].end:
            continue
        kept.append(detection)
    return kept


compile = option_free(detect)
