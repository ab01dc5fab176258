"""A non-apology: "we are sorry you feel this way" and its kin, in English, French and Spanish.

The guidelines: never answer a negative comment with "we are sorry you feel this way".
The fault such a reply finds is in the reader's feelings, not in what was done. What
this detector decides:

- An expression of regret (sorry, regret, apologise; désolé, navré, regretter,
  dommage; lamentar, sentir, apenar, disculpas) followed closely by the reader's
  feeling, view or taking offence ("that you feel", "if anyone was offended",
  "que vous le perceviez ainsi", "que se sienta así", "que lo vea así"), or by the
  post that upset them ("if this upset you", "que notre message vous ait froissé").
- A real apology for a fact passes: "we are sorry for the delay", "sorry to hear
  about your experience", "nous sommes désolés pour l'attente", "lamentamos la demora".
- Matching runs on the folded text of the phrase kind (case, accents, contractions,
  invisible format characters and runs of white space do not matter), one `finditer`
  over the draft, so it stays linear.
"""

from __future__ import annotations

import re

from ..kinds.phrase import normalize
from ..text import Draft
from . import Detection
from ._near import fast, option_free

NAME = "non-apology"
DESCRIPTION = '"we are sorry you feel this way" and its kin, in English, French and Spanish'

# Everything below is written in folded form: lower case, no accents, "we are" for "we're".
_WHO_EN = r"(?:you|anyone|anybody|someone|somebody|some people|people|some of you|any of you|some readers|some followers)"
_FEEL_EN = (
    r"(?:feel|feels|felt|find|found|see|saw|view|viewed|perceive|perceived|interpret(?:ed)?|read it|took (?:it|this|that|offen[cs]e)"
    r"|take (?:it|this|that|offen[cs]e)|(?:were|was|are|is|have been|got|get|feel) (?:offended|upset|disappointed|let down|misled)"
    r"|got the impression|have the impression|have that impression|think so|think that way"
    r"|(?:are|were|feel|felt) (?:unhappy|dissatisfied|disappointed|frustrated)|did not like|didn['’]t like|disagree)"
)
_EN = (
    r"(?:(?:we|i) (?:are|am|were|was) (?:so |very |truly |really |deeply )?(?=sorry)|(?:we|i) (?=regret|apologi))?"
    r"(?:sorry|regret|apologi[sz]e|apologies|apology)(?: (?:that|if|to hear(?: that)?))? "
    rf"(?:{_WHO_EN} {_FEEL_EN}|(?:this|that|it|our (?:\w+ )?(?:post|reply|answer|response|message|video|campaign|words?|tone|comment))"
    r" (?:has |may have |might have )?(?:upset|offended|hurt|made you feel|made anyone feel|came across)"
    r"|(?:for )?any offen[cs]e (?:caused|taken))"
    r"(?: (?:this|that) way| like (?:this|that)| so)?"
)
_FR_WORDS = r"(?:(?:vous|te|nous|le|la|les|se|soit|soient|ait|aient|ayez|a|ont|avez|pu|ete|etre|eu|ainsi|ne|pas|soyez|sois|etes)(?!\w) ?|(?:l|s|n)' ?)*"
_FR = (
    r"(?:(?:nous sommes|je suis) (?:vraiment |sinceres?ment )?(?=desol|navr)|(?:nous|je) (?=regrett)|c'est (?=dommage))?"
    r"(?:desolee?s?|navree?s?|regrett(?:ons|e|ez)|dommage) (?:que |qu'|si |d'apprendre que )"
    r"(?:vous|tu|certain(?:e?s)?|quelqu'un|certaines personnes|(?:notre|nos|ce|cette|cet|ces|mon|ma) (?:\w+ )?(?:message|publication|reponse|video|campagne|post|commentaire|propos|mots|image|photo)s?"
    r"|cela|ceci|ca)(?!\w) ?"
    rf"{_FR_WORDS}"
    r"(?:ressent\w*|sent(?:iez|ez|es|e|i|ie|is|ies)\b|perc(?:u|ue|us|ues|eviez|evez|oit|oive|oivent)\b|vu\b|voyiez|voyez|pens(?:iez|ez|es|e)\b"
    r"|trouv(?:iez|ez|es|e)\b|compris|interpret\w*|pris\b|prise\b|choque\w*|offense\w*|blesse\w*|froisse\w*|decu\w*|deplu|paru|heurte\w*"
    r"|ce sentiment|cette impression|une mauvaise impression|cet avis|satisfaite?s?|contente?s?|d['’]accord|appréci\w*|apprecie\w*|mécontente?s?|mecontente?s?)"
)
_ES_WORDS = (
    r"(?:(?:usted|tu|ti|alguien|algunas personas|algunos|a|asi|no|se|te|le|les|lo|la|nos|me|haya|hayas|hayan|ha|han|este|estes|esten|este|sea|seas"
    r"|(?:la|el|nuestra|nuestro|nuestras|nuestros|su|este|esta|esto|eso) \w+)(?!\w) )*"
)
_ES = (
    r"(?:lament(?:amos|o|a)|sent(?:imos|i(?:mos)?) mucho|sentimos|siento|(?:nos|me) (?:apena|entristece|duele)|(?:pedimos |mis |nuestras )?disculpas"
    r"|perdon(?:a|e)?)(?: (?:mucho|de verdad))? (?:que|si) "
    rf"{_ES_WORDS}"
    r"(?:sient\w*|sinti\w*|sentid[oa]s?|vea|veas|vean|visto|percib\w*|tenga esa|tengas esa|tengan esa|tenga una|tengas una"
    r"|llevado (?:esa|una)|interpret\w*|consider\w*|parezca|parezcan|parecido|gustado|gusto|resultado|piense|pienses|piensen"
    r"|incomod\w*|molest\w*|ofendi\w*|ofend\w*|herid[oa]s?|decepcion\w*|insatisfech\w*|descontent\w*|de acuerdo|disgustad\w*)"
)
_NON_APOLOGY = fast(rf"(?<!\w)(?:{_EN}|{_FR}|{_ES})(?!\w)")


def detect(draft: Draft) -> list[Detection]:
    text, origin = draft.shared(normalize, normalize)
    found: list[Detection] = []
    for match in _NON_APOLOGY.finditer(text):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        found.append(Detection(start, end, 0.9, '"we are sorry you feel this way"'))
    return found


compile = option_free(detect)
