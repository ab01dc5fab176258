"""A reply signed with the writer's own name, in any script: "— María", "Cheers, Tom", "/JB".

The guidelines: do not use your own name in the conversation; the account speaks for
IOM. What this detector decides:

- A line that holds only a dash, tilde or slash and a name or initials ("— María",
  "– José Ángel", "- Łukasz", "— محمد", "~Luca", "/JB", "^KL", "xx Leila"), anywhere.
- A closing formula and a name at the end of the reply, on the same line or the next
  ("Cheers, Tom", "Kind regards,\\nOmar", "Saludos, Ana", "Cordialement, Jean-Luc",
  "Un abrazo, Lucho"), possibly followed by a job title or an office in brackets.
- A name with the office or a job title at the end ("(Emeka, IOM Nigeria)",
  "Moussa, chargé de communication").
- A self-introduction ("my name is", "je m'appelle", "moi c'est", "me llamo",
  "mi nombre es", "I'm Tom from the comms team").
- A team is not a person: "— The IOM team", "L'équipe OIM", "El equipo de la OIM".
  A thank-you to the person answered ("Thank you, Ahmed.") is not a signature.

Names are Unicode letters: a Latin, Greek or Cyrillic name starts with a capital; a name
in a script without case (Arabic, Devanagari...) is taken as it is. Only the last few
hundred characters are searched for an ending, so the detector stays linear.
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
from ._near import fast, option_free

NAME = "signoff"
DESCRIPTION = "a reply signed with the writer's own name"

_WORD = r"[^\W\d_][^\W\d_'’]*(?:[-'’][^\W\d_]+)*\.?"
_NAME = rf"{_WORD}(?:[ \t]{_WORD}){{0,3}}"
_OFFICE = r"(?:[ \t]*\((?:IOM|OIM|UN|ONU)\b[^()\n]{0,40}\))?"
_TITLE = r"(?:[ \t]*[,(][^\n]{0,60}|(?:\n[^\n]{1,60}){0,2})?"
_DASH_END = re.compile(
    rf"(?P<mark>[-–—~]{{1,2}}|xx|[/^](?=\w))(?:[ \t]|(?<=[-–—~])[ \t]*\n[ \t]*)?(?P<name>{_NAME}){_OFFICE}[ \t]*\Z"
)
"""A dash, tilde or slash and a name or initials that end the reply."""
_CLOSING = (
    r"(?:(?:kind|warm|warmest|best) (?:regards|wishes)|best(?=,)|warmly|respectfully|regards|cheers|take care|stay safe|sincerely|yours(?: sincerely| truly)?"
    r"|all the best|hope (?:this|that) helps|love|xx+|xoxo|best"
    r"|(?:bien )?cordialement|cdt|bien à vous|amicalement|(?:sincères |meilleures )?salutations(?: distinguées)?|bonne (?:journée|soirée)"
    r"|belle journée|à bientôt|bises|bisous|prenez soin de vous|au plaisir|bonne continuation"
    r"|(?:un )?saludos?(?: cordiales)?|cordialmente|atentamente|(?:un )?abrazos?|bendiciones|cariños|besos|cuídate|cuídense|un beso|atte\.?|slds)"
)
_THANKS = r"(?:thanks|thank you|many thanks|merci|gracias|muchas gracias)"
_ENDING = re.compile(
    rf"(?:(?<![^\W_])(?i:{_CLOSING})(?:[^\S\n]+[^\W\d_]+){{0,4}}[ \t]*[,.!]*[ \t]*(?:\n[ \t]*)?"
    rf"|(?<![^\W_])(?i:{_THANKS})[ \t]*[,.!]*[ \t]*\n[ \t]*)"
    rf"(?:[-–—~][ \t]?)?(?P<name>{_NAME}){_OFFICE}{_TITLE}[ \t.!]*\Z"
)
_ROLE = (
    r"(?:chargée? de communication|chargée? de com\w*|community manager|responsable (?:de|des) \w+|communications? (?:officer|assistant)"
    r"|(?:asistente|oficial|oficiala) de comunicaci[oó]n|voluntari[oa]|volontaire|bénévole|assistante? (?:de )?communication)"
)
_NAME_AND_ROLE = re.compile(
    rf"(?:^|[.!?(]\s*|\n)(?P<name>{_WORD}(?:[ \t]{_WORD})?)(?:,[ \t]*(?i:{_ROLE})|,?[ \t]*\((?:IOM|OIM)\b[^()\n]{{0,40}}\)"
    rf"|,[ \t]*(?:IOM|OIM)[ \t][^\W\d_]+)[^\n]{{0,40}}\)?[ \t.!]*\Z"
)
_SELF = fast(
    r"(?<!\w)(?i:my name is|my name's|je m['’]appelle|mon (?:nom|prénom) est|moi c['’]est|me llamo|mi nombre es)[ \t]+(?P<name>" + _WORD + ")"
    r"|(?<!\w)(?i:i['’]m|i am|this is|c['’]est|soy|ici|aquí)[ \t]+(?P<name2>" + _WORD + r")(?=,?[ \t]+(?i:from|of|de|del|de la|du|des)[ \t]+(?i:the |l['’]|la )?"
    r"(?i:team|équipe|equipo|comms?|communication|IOM|OIM))"
)
_TEAM = frozenset(
    "the team teams iom oim un onu staff admin administrator comms communications équipe equipe equipo el la le les l'équipe "
    "you vous usted ustedes todos tous everyone all".split()
)
_CLOSING_ONLY = re.compile(f"(?i:{_CLOSING}|{_THANKS})")
_TAIL = 400
"""How many characters from the end a closing or a name with a title is looked for in."""


def _is_name(name: str) -> bool:
    words = name.replace("’", "'").split()
    if not words or any(w.lower().strip(".") in _TEAM for w in words) or _CLOSING_ONLY.fullmatch(name.strip(" .!")):
        return False
    first = words[0][0]
    return first.isupper() or not first.islower()


def detect(draft: Draft) -> list[Detection]:
    text = draft.text.rstrip()
    tail_start = max(0, len(text) - _TAIL)
    tail = text[tail_start:]
    found: list[tuple[int, int]] = []
    dash = _DASH_END.search(tail)
    if dash and _signs_off(tail, dash):
        found.append((tail_start + dash.start(), tail_start + dash.end("name")))
    for pattern in (_ENDING, _NAME_AND_ROLE):
        match = pattern.search(tail)
        if match and _is_name(match.group("name")):
            start = match.start("name") if pattern is _NAME_AND_ROLE else match.start()
            found.append((tail_start + start, tail_start + match.end("name")))
    for intro in _SELF.finditer(text):
        group = "name" if intro.group("name") else "name2"
        if _is_name(intro.group(group)):
            found.append((intro.start(), intro.end(group)))
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found):
        while start < end and text[start].isspace():
            start += 1
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return [Detection(start, end, 0.9, "a reply signed with a name") for start, end in spans]


def _signs_off(tail: str, dash: re.Match[str]) -> bool:
    """Whether a dash and a name at the end sign the reply: the mark follows a line break, the end
    of a sentence or an emoji (not a word: "24/7 - Free"), and does not close a list of items."""
    name, mark = dash.group("name"), dash.group("mark")
    initials = mark in "/^" and 2 <= len(name) <= 3 and name.isalpha()
    if not (initials or _is_name(name)):
        return False
    before = tail[:dash.start()]
    stripped = before.rstrip(" \t")
    if before and not before[-1].isspace():
        return False  # glued to the word before: "iom.int/jobs", "Jean-Luc"
    if not stripped or stripped.endswith("\n"):
        previous = stripped.rstrip().rsplit("\n", 1)[-1].lstrip()
        return not previous[:1] in ("-", "–", "—", "*", "•", "~")
    last = stripped[-1]
    return not last.isalnum() and last not in ",;:&+-–—/"


compile = option_free(detect)
