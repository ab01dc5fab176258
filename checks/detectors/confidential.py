"""Confidential material: text marked "confidential", "internal only", "embargoed"...

The guidelines: don't post any of IOM's internal and confidential information, nor
official information that hasn't been made public. A draft cannot say what is secret,
but it often carries the marking it was copied with. What this detector decides:

- "Confidential" counts as a marking: in capitals (`CONFIDENTIAL`), as a label
  (`Confidential:`, `[Confidential]`, at the start of a line), qualified ("strictly
  confidential") or said of the text itself ("this is confidential"). An adjective in
  a sentence does not: "a confidential helpline" names a service and "we keep your
  data confidential" is a promise.
- "Restricted" counts only as a classification (`RESTRICTED`, `Restricted:`,
  "restricted distribution"); "restricted areas" is not a marking.
- Handling instructions count: "internal only", "for internal use", "not for
  distribution", "not for publication", "embargoed", "do not share" (when it is
  about the text: "do not share this", "do not share externally", not "do not share
  your password").
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
from ._near import fast, option_free

NAME = "confidential"
DESCRIPTION = "text marked confidential, internal, restricted, embargoed or not for distribution"

_CONFIDENTIAL = r"(?:confidential|confidentiel(?:le)?|confidencial)"
_QUALIFIED = r"(?:(?:strictly|highly|strictement|hautement|estrictamente|altamente) )?"
_LINE_START = r"(?:^|(?<=[\[(]))"
_SERVICE = (
    r"(?:helpline|hotline|line|lines|service|services|counsell?ing"
    r"|support|reporting|advice|advisers?|advisors?|help|chat)\b"
)
_ABOUT_THE_TEXT = r"(?: (?:this|it|externally|outside|further|beyond|publicly|with anyone|on social media)\b|(?= ?[.!)]|$))"
_SOBRE_EL_TEXTO = r"(?: (?:ce|cette|ceci|ces|este|esta|esto|estos|publiquement|públicamente|externamente)\b|(?= ?[.!)]|$))"

_MARKING = fast(
    # CONFIDENTIAL, RESTRICTED, EMBARGOED (capitals), but not "CONFIDENTIAL HELPLINE"
    r"\b(?:STRICTLY |HIGHLY )?(?:CONFIDENTIAL|CONFIDENTIEL(?:LE)?|CONFIDENCIAL|RESTRICTED|RESTREINT|EMBARGOED|INTERNAL ONLY"
    r"|NOT FOR DISTRIBUTION|NOT FOR PUBLICATION)\b(?! ?(?i:" + _SERVICE + r"))"
    # Confidential: / Strictly confidential – / [Restricted] / (confidential)
    rf"|(?i:\b{_QUALIFIED}(?:{_CONFIDENTIAL}|restricted|restreint|restringido|embargoed)\b)(?= ?[:\-–—|\])])"
    # a line (or a bracket) that is just the word, or opens with it before a new sentence
    rf"|{_LINE_START}(?i:{_QUALIFIED}{_CONFIDENTIAL})\b(?=[ \t]*(?:[.!,;]|$)| [A-Z0-9])(?! (?i:{_SERVICE}))"
    # said of the text itself
    rf"|(?i:\b(?:this|the following|this (?:document|message|information|email|e-mail|note|memo|report|draft))"
    rf" (?:is|are) {_QUALIFIED}confidential\b)"
    # handling instructions
    r"|(?i:\b(?:for )?internal (?:use )?only\b|\bfor internal (?:use|purposes|circulation|distribution)\b"
    r"|\b(?:draft ?[–—:-] ?)?not for (?:public )?(?:distribution|publication|release|circulation|dissemination|sharing)\b"
    r"|\b(?:do not|don't|please do not|please don't)"
    rf" (?:share|forward|circulate|distribute|disclose|publish|post){_ABOUT_THE_TEXT}"
    r"|\bembargoed (?:until|till|to|for|news|press|release|content|material)\b|\bunder embargo\b|\bembargo (?:until|till)\b"
    r"|\brestricted (?:distribution|circulation)\b|\boff the record\b"
    r"|\b(?:à |pour )?usage interne\b|\bdiffusion restreinte\b"
    r"|\bsous embargo\b|\bnon destinée? à (?:la )?(?:publication|diffusion)\b"
    rf"|\bne pas (?:diffuser|partager|publier|transférer|divulguer){_SOBRE_EL_TEXTO}"
    r"|\b(?:para |de )?uso interno\b|\bdifusión restringida\b"
    r"|\bbajo embargo\b|\bprohibida su (?:difusión|distribución|publicación)\b"
    rf"|\bno (?:difundir|compartir|publicar|reenviar|divulgar){_SOBRE_EL_TEXTO})",
    re.MULTILINE,
)



def detect(draft: Draft) -> list[Detection]:
    found: list[Detection] = []
    for marking in _MARKING.finditer(draft.text):
        start, end = marking.span()
        text = draft.text
        while start < end and text[start].isspace():
            start += 1
        label = text[start:end].lower()
        confidence = 0.6 if label == "off the record" else 0.85
        found.append(Detection(start, end, confidence, "confidential or unpublished material"))
    return found


compile = option_free(detect)
