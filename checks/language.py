"""Which language a draft is written in, so the checker can say what its judgement covered.

The judgement detectors and phrase rules know English, French and Spanish; numbers and e-mail
addresses are the same in every language. A profile of each language's commonest short words
(and the letters only it uses) recognises a sentence or two reliably; a title of three words
often carries too little to tell, and then the answer is `unknown`, never a guess.
Other languages in Latin script (German, Portuguese, Italian, Dutch) have small profiles too,
so that they are told apart from the three, and text in another script is `other`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

COVERED: dict[str, str] = {"en": "English", "fr": "French", "es": "Spanish"}
"""The languages the judgement detectors and phrase rules cover."""

_OTHER_NAMES = {"de": "German", "pt": "Portuguese", "it": "Italian", "nl": "Dutch"}

_WORDS: dict[str, str] = {
    "en": """the and of to in is are was were be been for on with that this these those it its you your we our
        they their them he she his her not no but or if at by from as have has had will would can could should
        must do does did about there here what which who when where why how all any more most some than then
        into out up just also only very after before because while i me my us an so get got today new""",
    "fr": """le la les un une des du de et est sont été être pour sur avec dans par pas ne que qui quoi quand où
        comment ce cette ces cet il elle ils elles nous vous je tu on leur leurs son sa ses mon ma mes notre nos
        votre vos au aux mais ou donc car si plus très aussi tout tous toute toutes sans chez entre été avoir
        fait faire peut doit lui y en aujourd'hui merci bonjour suis sommes êtes ont avons avez déjà encore""",
    "es": """el la los las un una unos unas del de y es son fue ser para por con en sin sobre entre que qué quien
        cuando donde cómo este esta estos estas ese esa eso lo le les se su sus mi mis nuestro nuestra nuestros
        nuestras tu tus usted ustedes yo nosotros ellos ellas pero o si más muy también todo todos toda todas
        hay está están estamos fue hoy gracias hola ya porque como al muy desde hasta hace tiene tienen""",
    "de": """der die das und ist sind nicht ein eine einer mit für auf von zu den dem des im wir ihr sie ich es
        auch noch nur wie aber oder wenn dass heute mehr sehr hier unsere unser""",
    "pt": """o os as um uma uns umas do da dos das e é são não com para por em no na nos nas ao aos que mais muito
        também você vocês nós eles elas seu sua seus suas nosso nossa isso este esta hoje obrigado obrigada""",
    "it": """il lo gli i la le un una uno del della dei degli delle di e è sono non con per su in nel nella che più
        molto anche noi voi loro questo questa oggi grazie sono siamo ci ha hanno""",
    "nl": """de het een en is zijn niet met voor op van te in we wij jullie ze zij ik ook nog maar of als dat
        vandaag meer zeer hier onze ons""",
}
_PROFILES: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in _WORDS.items()}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _profile in _PROFILES.items():
    for _word in _profile:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)

_LETTERS_OF: dict[str, str] = {"ñ": "es", "¿": "es", "¡": "es", "ç": "fr", "œ": "fr", "è": "fr", "ê": "fr", "à": "fr",
                               "ù": "fr", "á": "es", "í": "es", "ó": "es", "ú": "es", "ã": "pt", "õ": "pt", "ß": "de", "ä": "de", "ö": "de"}
"""Letters (and marks) that point to one language among the profiles."""
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_EVIDENCE = 1.5
"""Profile words needed before naming a language; fewer, and the answer is `unknown`."""
_MARGIN = 1.5
"""How many times the runner-up's score the best must reach; closer, and the answer is `unknown`."""
_MAX_WORDS = 2000
"""Words read at most: a draft's language shows in its first paragraphs."""


@dataclass(frozen=True)
class Language:
    code: str
    """`en`, `fr`, `es`; `de`, `pt`, `it`, `nl`; `other` (another script or language); `unknown` (too little text)."""
    name: str

    @property
    def covered(self) -> bool:
        """Whether the judgement detectors and phrase rules know this language."""
        return self.code in COVERED

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "name": self.name, "covered": self.covered}


UNKNOWN = Language("unknown", "not recognised")


def identify(text: str) -> Language:
    """The language a draft is written in, from its commonest words; `unknown` when it is too short to tell."""
    scores: dict[str, float] = dict.fromkeys(_PROFILES, 0.0)
    latin = other_script = 0
    words = 0
    for match in _WORD.finditer(text):
        word = match.group().lower().replace("’", "'")
        words += 1
        if words > _MAX_WORDS:
            break
        if word[0] < "\u0250" or unicodedata.name(word[0], "").startswith("LATIN"):
            latin += 1
        else:
            other_script += 1
            continue
        languages = _LANGUAGES_OF.get(word) or _LANGUAGES_OF.get(word.split("'")[-1], ())
        for code in languages:
            scores[code] += 1 / len(languages)
        for letter in set(word) & _LETTERS_OF.keys():
            scores[_LETTERS_OF[letter]] += 0.5
    if other_script > latin:
        return Language("other", "another script")
    best, runner_up = sorted(scores, key=lambda code: scores[code], reverse=True)[:2]
    if scores[best] < _MIN_EVIDENCE or scores[best] < _MARGIN * scores[runner_up]:
        return UNKNOWN
    if best in COVERED:
        return Language(best, COVERED[best])
    return Language(best, _OTHER_NAMES[best])
