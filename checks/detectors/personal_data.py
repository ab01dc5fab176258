"""Personal data: phone numbers, e-mail addresses, dates of birth, home addresses.

The guidelines: "Never post personal details, such as home addresses, date of birth
or other sensitive personal information." What this detector decides, preferring to
miss a doubtful case rather than cry wolf:

- Phone numbers. International numbers (`+41 22 717 91 11`, `+1-202-555-0143`,
  `0041 22 717 91 11`) always. Local numbers only in shapes typical of phones
  (`(202) 555-0143`, `022 717 91 11`, `01 23 45 67 89`) or next to a word such as
  "call", "tel", "WhatsApp", "téléphone", "móvil". A word such as "order", "ref",
  "invoice" or "n°" just before a number rules it out, and so do shapes of years,
  year ranges and dates.
- E-mail addresses. Every address; functional mailboxes (`info@`, `press@`) and
  acronym mailboxes (`ECO@`) get a low confidence, below the usual floor.
- Dates of birth. A date only next to "born", "date of birth", "DOB", "birthday",
  "né le", "fecha de nacimiento" and the like; any other date is not personal data.
  A day and month without a year is less telling and gets a low confidence.
- Home addresses. A street address (`12 Baker Street`, `12 rue des Alpes`, `Calle
  Mayor 5`), or a postcode and town, only next to a private-address cue ("lives at",
  "home address", "j'habite", "domicilio"). The bare word "address" is a weaker cue
  and does not count next to "office", "headquarters" or "IOM": the organisation's
  published addresses (`17 Route des Morillons`) are public and are not flagged.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ..errors import ParamErrors
from ..kinds import string_list
from ..text import Draft
from . import Detect, Detection
from ._near import OPTIONS_PREFIX, Cues, Sentences, fast, known_options, sentences

NAME = "personal-data"
DESCRIPTION = "phone numbers, e-mail addresses, dates of birth and home addresses"

TYPES = ("phone", "email", "birth-date", "address")

Finder = Callable[[Draft], list[Detection]]


def compile(options: dict[str, Any], errors: ParamErrors) -> Detect | None:
    known_options(options, {"types"}, errors)
    types = list(TYPES)
    if "types" in options:
        types = string_list(options, "types", errors, required=True, prefix=OPTIONS_PREFIX)
        unknown = [t for t in types if t not in TYPES]
        if unknown:
            errors.add(
                f"{OPTIONS_PREFIX}types",
                f"unknown type{'s' if len(unknown) > 1 else ''}: {', '.join(map(repr, unknown))}.",
                f"use some of: {', '.join(TYPES)}; or leave `types` out for all of them.",
            )
    if errors:
        return None
    finders: list[Finder] = [
        finder for name, finder in (("phone", _phones), ("email", _emails), ("birth-date", _birth_dates), ("address", _addresses))
        if name in types
    ]

    def detect(draft: Draft) -> list[Detection]:
        found = [detection for finder in finders for detection in finder(draft)]
        return sorted(found, key=lambda d: (d.start, d.end))

    return detect


# Phone numbers ---------------------------------------------------------------------------

# A run of digits and the characters phone numbers are written with. The run cannot
# fail once it has started, so the search is linear; the shape is judged in Python.
_NUMBER = fast(r"(?<![\w+/#.,-])(?:\+ ?)?\(?\d[\d() .\-\u00a0]*")
_PIECE_BREAK = re.compile(r"[ \u00a0]{2,}|\.[ \u00a0]")
_DIGIT_GROUP = re.compile(r"\d+")
_NANP_BRACKETS = re.compile(r"\(\d{3}\)[ \u00a0]?\d{3}[-. \u00a0]\d{4}")
_NANP_PLAIN = re.compile(r"\d{3}([-.])\d{3}\1\d{4}")

_PHONE_CUE = fast(
    r"\b(?:phone|telephone|tel|tél|téléphone|teléfono|telefono|mobile|mob|cell|cellphone|call|ring|text|sms|whatsapp"
    r"|signal|viber|telegram|contact|reach|hotline|fax|portable|appelez|appeler|appelle|joindre|móvil|movil|celular"
    r"|llamar|llama|llámame|llámenos|llame|contacto)\b",
    re.IGNORECASE,
)
_NOT_PHONE_CUE = fast(
    r"(?:\b(?:order|orders|ref|reference|réf|référence|referencia|invoice|facture|factura|ticket|case|dossier|expediente"
    r"|file|no|nr|num|isbn|issn|iban|account|compte|cuenta|tracking|serial|code|id|pedido|commande|batch|lot|grant"
    r"|contract|contrat|contrato|po|doc|document|resolution|vol|page|pp)\b|\b(?:no|p)\.|[n№][°º]|#)",
    re.IGNORECASE,
)


def _phones(draft: Draft) -> list[Detection]:
    text = draft.text
    pieces = [piece for run in _NUMBER.finditer(text) for piece in _pieces(text, run.start(), run.end())]
    if not pieces:
        return []
    cues = Cues(_PHONE_CUE, text, 30, 25, around=pieces)
    counter_cues = Cues(_NOT_PHONE_CUE, text, 20, 0, around=[(start, start) for start, _ in pieces])
    found: list[Detection] = []
    for start, end in pieces:
        if text[start] != "+" and not text.startswith("00", start) and counter_cues.any_near(start, start):
            continue
        confidence = _phone_confidence(text[start:end], cues.any_near(start, end))
        if confidence is not None:
            found.append(Detection(start, end, confidence, "a phone number"))
    return found


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run at wide gaps and sentence ends; trim what cannot end a number."""
    pieces: list[tuple[int, int]] = []
    cut = start
    for gap in _PIECE_BREAK.finditer(text, start, end):
        pieces.append((cut, gap.start()))
        cut = gap.end()
    pieces.append((cut, end))
    trimmed = []
    for a, b in pieces:
        opening = text.rfind("(", a, b)
        if opening > a and text.find(")", opening, b) < 0:
            b = opening  # "+41 79 217 33 11 (24/7)": the bracket opens something else
        first_opening = text.find("(", a, b)
        while b > a and not text[b - 1].isdigit() and not (text[b - 1] == ")" and 0 <= first_opening < b - 1):
            b -= 1
        while a < b and not (text[a].isdigit() or text[a] in "+("):
            a += 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def _phone_confidence(piece: str, cue: bool) -> float | None:
    groups = _DIGIT_GROUP.findall(piece)
    digits = "".join(groups)
    lengths = [len(g) for g in groups]
    if all(n == 4 and g[:2] in ("19", "20") for n, g in zip(lengths, groups)):
        return None  # a year or a range of years
    if len(groups) == 3 and (lengths[2] == 4 and max(lengths[:2]) <= 2 or lengths == [4, 2, 2]):
        return None  # a date
    bonus = 0.2 if cue else 0.0
    plain = piece.lstrip("(")
    if plain.startswith("+") or plain.startswith("00"):
        national = digits[2:] if plain.startswith("00") else digits
        if 8 <= len(national) <= 15 and (len(groups) >= 2 or len(national) >= 10):
            return 0.75 + bonus
        return None
    if _NANP_BRACKETS.fullmatch(piece):
        return 0.7 + bonus
    if _NANP_PLAIN.fullmatch(piece):
        return 0.45 + bonus
    if digits[0] == "0" and 9 <= len(digits) <= 11 and len(groups) >= 3 and all(2 <= n <= 4 for n in lengths):
        return 0.6 + bonus
    if cue and 8 <= len(digits) <= 13:
        return 0.55
    return None


# E-mail addresses ------------------------------------------------------------------------

_EMAIL = fast(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?![\w-]|\.[\w-])")
_FUNCTIONAL_MAILBOXES = {
    "info", "contact", "contacto", "press", "presse", "prensa", "media", "medias", "medios", "news", "hello", "support",
    "help", "office", "admin", "enquiries", "inquiries", "noreply", "no-reply", "webmaster", "communications", "comms",
    "secretariat", "registry", "jobs", "careers", "recruitment", "hr", "mail", "team", "feedback", "general",
}


def _emails(draft: Draft) -> list[Detection]:
    found: list[Detection] = []
    for match in _EMAIL.finditer(draft.text):
        address = match.group()
        local, _, domain = address.rpartition("@")
        if not domain.rpartition(".")[2].isalpha():
            continue
        functional = local.lower() in _FUNCTIONAL_MAILBOXES or (local.isalpha() and local.isupper() and len(local) <= 6)
        found.append(Detection(match.start(), match.end(), 0.35 if functional else 0.8, "an e-mail address"))
    return found


# Dates of birth --------------------------------------------------------------------------

_MONTHS = sorted(
    (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre "
        "janv févr fevr avr juil sept déc "
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
        "ene abr ago dic"
    ).split(),
    key=len,
    reverse=True,
)
_MONTH = "(?=[adefjmnos])(?:" + "|".join(dict.fromkeys(_MONTHS)) + r")\.?"  # the lookahead saves time
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DATE = fast(
    rf"\b(?:"
    rf"{_DAY}[./-](?:1[0-2]|0?[1-9])[./-](?:\d{{4}}|\d{{2}})(?![\d./-])"
    rf"|\d{{4}}-(?:1[0-2]|0?[1-9])-{_DAY}(?!\d)"
    rf"|(?P<day_month>{_DAY}(?:st|nd|rd|th|er|º|°)?(?: of| de)? {_MONTH})(?:,? (?:de |del )?(?P<year1>\d{{4}}))?(?!\w)"
    rf"|(?P<month_day>{_MONTH} {_DAY}(?:st|nd|rd|th)?)(?:,? (?P<year2>\d{{4}}))?(?!\w)"
    rf")",
    re.IGNORECASE,
)
_BIRTH_CUE = fast(
    r"\b(?:(?P<strong>date of birth|birth ?date|d\.o\.b\b\.?|dob\b|date de naissance|née? le|né\(e\) le|née?s? à .{0,30}? le"
    r"|fecha de nacimiento|nacid[oa] el|f\. ?nac\.)"
    r"|born|birthday|naissance|nacimiento|nació|cumpleaños)",
    re.IGNORECASE,
)


def _birth_dates(draft: Draft) -> list[Detection]:
    text = draft.text
    dates = list(_DATE.finditer(text))
    if not dates:
        return []
    cues = Cues(_BIRTH_CUE, text, 40, 15, around=[date.span() for date in dates])
    breaks = sentences(draft)
    found: list[Detection] = []
    for date in dates:
        start, end = date.span()
        near = [c for c in cues.near(start, end) if breaks.same(min(c.start(), start), max(c.end(), end))]
        if not near:
            continue
        confidence = 0.9 if any(c.group("strong") for c in near) else 0.75
        textual = date.group("day_month") or date.group("month_day")
        if textual and not (date.group("year1") or date.group("year2")):
            confidence -= 0.3
        found.append(Detection(start, end, confidence, "a date of birth"))
    return found


# Home addresses --------------------------------------------------------------------------

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_STREET = fast(
    # 12 Baker Street, 1600 Pennsylvania Ave
    rf"\b\d{{1,5}}[A-Za-z]?,? (?:{_NAME_WORD} ){{1,4}}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent"
    r"|Square|Sq|Highway|Hwy|Parkway|Pkwy|Row|Grove|Gardens|Mews)\b"
    # 12 rue des Alpes, 3 bis avenue de France
    rf"|\b\d{{1,4}}(?: ?(?:bis|ter))?,? (?i:rue|avenue|av\.|boulevard|bd|chemin|ch\.|route|rte|allée|allee|impasse|place"
    rf"|quai|cours|passage|promenade) (?:(?:de la|des|du|de|la|le) |[dl]['’])?[\w'’-]+(?: {_NAME_WORD}){{0,3}}"
    # Calle Mayor 5, Avenida de la Paz, nº 12
    r"|\b(?i:calle|c/|avenida|avda\.|av\.|paseo|plaza|carrera|camino"
    r"|ronda|travesía|carretera) (?:(?:de la|de los|de las|del|de) )?"
    rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}},? (?:n[º°o]\.? ?)?\d{{1,4}}\b"
)
_POSTCODE_TOWN = (
    r"(?:(?:[A-Z]{1,2}-)?\d{4,5} [A-ZÀ-ÖØ-Þ][\w'’-]+"
    r"|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|[A-Z]{2} \d{5}(?:-\d{4})?\b)"
)
_POSTCODE = fast(rf"\b{_POSTCODE_TOWN}")
_ADDRESS_TAIL = re.compile(rf",? {_POSTCODE_TOWN}")
_PRIVATE_CUE = fast(
    r"\b(?:(?P<strong>lives? (?:at|on|in)|living (?:at|on)|lived at|resides|residing|residence|(?:home|private|personal) address"
    r"|home is|(?:my|his|her|their|your) (?:home|house|flat|apartment|address)"
    r"|at home|house is at|where (?:I|he|she|they|we) lives?"
    r"|habite|habitons|habitent|vit (?:au|à|a)|domicile|domicilié|domiciliée|demeure|réside|résidence|adresse personnelle"
    r"|(?:mon|son|leur|ton) adresse|chez (?:moi|lui|elle|eux)"
    r"|viv[eo] en|viven en|domicilio|residencia|reside en|(?:mi|su|tu) (?:dirección|direccion|casa)|dirección particular)"
    r"|address|adresse|dirección|direccion)\b",
    re.IGNORECASE,
)
_ORGANISATION_CUE = fast(
    r"\b(?:office|offices|headquarters|HQ|IOM|OIM|bureau|bureaux|siège|oficina|oficinas|sede|visit us|our|notre|nos"
    r"|nuestra|nuestras|embassy|ambassade|embajada|venue|conference|hotel|centre|center|centro)\b",
    re.IGNORECASE,
)


def _addresses(draft: Draft) -> list[Detection]:
    text = draft.text
    streets: list[tuple[int, int]] = []
    for street in _STREET.finditer(text):
        start, end = street.span()
        tail = _ADDRESS_TAIL.match(text, end)
        streets.append((start, tail.end() if tail else end))
    postcodes = [postcode.span() for postcode in _POSTCODE.finditer(text)]
    if not streets and not postcodes:
        return []
    candidates = streets + postcodes
    cues = Cues(_PRIVATE_CUE, text, 50, 40, around=candidates)
    organisation = Cues(_ORGANISATION_CUE, text, 60, 40, around=candidates)
    breaks = sentences(draft)
    found: list[Detection] = []
    for start, end in streets:
        confidence = _address_confidence(start, end, cues, organisation, breaks)
        if confidence is not None:
            found.append(Detection(start, end, confidence, "a home address"))
    street_index = 0
    for start, end in postcodes:
        while street_index < len(streets) and streets[street_index][1] <= start:
            street_index += 1
        if street_index < len(streets) and streets[street_index][0] < end:
            continue  # part of a street address, judged with it
        if _address_confidence(start, end, cues, organisation, breaks) == _STRONG:
            found.append(Detection(start, end, 0.6, "a home address"))
    return found


_STRONG = 0.85


def _address_confidence(start: int, end: int, cues: Cues, organisation: Cues, breaks: Sentences) -> float | None:
    near = [c for c in cues.near(start, end) if breaks.same(min(c.start(), start), max(c.end(), end))]
    if any(c.group("strong") for c in near):
        return _STRONG
    if near and not any(
        breaks.same(min(o.start(), start), max(o.end(), end)) for o in organisation.near(start, end)
    ):
        return 0.55
    return None
