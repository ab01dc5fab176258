"""Personal data: phone numbers, e-mail addresses, dates of birth, home addresses.

The guidelines: "Never post personal details, such as home addresses, date of birth
or other sensitive personal information." What this detector decides, preferring to
miss a doubtful case rather than cry wolf:

- Phone numbers. International numbers (`+41 22 717 91 11`, `0041 22 717 91 11`,
  `+447400123456`) always; national numbers in shapes typical of phones (`(202)
  555-0143`, `022 717 91 11`, `(11) 96123-4567`); and any plausible run of 6 to 15
  digits, however grouped, next to a phone word in English, French or Spanish ("call",
  "my number", "WhatsApp", "joignable au", "mi cel", "marcar al"). Shapes of years, year
  ranges, dates, amounts, percentages and ISBNs are not phone numbers, and neither is a
  number just after "order", "ref", "invoice" or "n°". A number published by an office
  (a switchboard, a hotline, "our press office", "numéro vert", "centralita") is public,
  not personal, unless the sentence says it is someone's own ("my", "call me").
- E-mail addresses. Free-mail addresses and other addresses that look like a person's.
  Not the organisation's own (`organisation_domains`), a government's, or a functional
  mailbox (`info@`, `press.office@`, `ECO@`): those are published contacts.
- Dates of birth. A date (in words, ISO, dd.mm.yyyy, d/m/yy or m/d/yy) only next to
  "born", "date of birth", "D.O.B.", "birthday", "né le", "fecha de nacimiento", "geboren",
  "nato il" and the like, in the same sentence; any other date is not personal data.
  A day and month without a year is less telling and gets a low confidence.
- Home addresses. The pieces an address is made of: a house number and street in the
  English order (`12 Baker Street`) or the Latin one (`12 rue des Alpes`, `Calle Mayor
  5`, `Av. Bolívar 744`), a flat or house number (`Apt. 5`, `House 23`, `dpto 12`), a
  postcode and town. Two or more pieces together are an address; one piece counts
  only next to a private-address cue ("lives at", "my home", "j'habite", "chez moi",
  "vivo en", "mi casa"). After such a cue, a number followed by names (`3374 Robert
  Point`, `Diagonal Prieto 074`) is an address too. Without a private cue, an address
  next to "office", "IOM", "venue", "embassy"… is the organisation's or a public place's
  and is not flagged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Callable

from ..errors import ParamErrors
from ..kinds import string_list
from ..text import Draft
from . import Detect, Detection
from ._near import OPTIONS_PREFIX, Cues, Sentences, fast, known_options, sentences
from .org_email import SERVICE_WORDS, looks_functional

NAME = "personal-data"
DESCRIPTION = "phone numbers, e-mail addresses, dates of birth and home addresses"

TYPES = ("phone", "email", "birth-date", "address")

Finder = Callable[[Draft], list[Detection]]


def compile(options: dict[str, Any], errors: ParamErrors) -> Detect | None:
    known_options(options, {"types", "organisation_domains"}, errors)
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
    domains = [d.strip().lower() for d in string_list(options, "organisation_domains", errors, prefix=OPTIONS_PREFIX)]
    if errors:
        return None

    def emails(draft: Draft) -> list[Detection]:
        return _emails(draft, domains)

    finders: list[Finder] = [
        finder for name, finder in (("phone", _phones), ("email", emails), ("birth-date", _birth_dates), ("address", _addresses))
        if name in types
    ]

    def detect(draft: Draft) -> list[Detection]:
        found = [detection for finder in finders for detection in finder(draft)]
        return sorted(found, key=lambda d: (d.start, d.end))

    return detect


def _same_sentence(breaks: Sentences, cue: re.Match[str], start: int, end: int) -> bool:
    return breaks.same(min(cue.start(), start), max(cue.end(), end))


# Phone numbers ---------------------------------------------------------------------------

# A run of digits and the characters phone numbers are written with. The run cannot
# fail once it has started, so the search is linear; the shape is judged in Python.
_NUMBER = fast(r"(?<![\w+/#.,-])(?:\+ ?)?\(?\d[\d() .\-\u00a0]*")
_PIECE_BREAK = re.compile(r"[ \u00a0]{2,}|\.[ \u00a0]| [-–] ")
_DIGIT_GROUP = re.compile(r"\d+")
_NANP = re.compile(r"(?:\+?1[-. ]?)?(?:\(\d{3}\) ?\d{3}[-. ]\d{4}|\d{3}([-.])\d{3}\1\d{4})")
_AREA_CODE = re.compile(r"(?:\+?\d{1,3} ?)?\(\d{1,5}\) ?\d[\d .-]{4,}")
_THOUSANDS = re.compile(r"\d{1,3}(?:([ \u00a0.])\d{3})(?:\1\d{3})*")
_ISBN = re.compile(r"97[89](?:[- ]?\d){10}")

_PHONE_CUE = fast(
    r"\b(?:phones?|telephone|tel|tél|téléphone|téléphonez|teléfono|telefono|tlf|tfno|mobile|mob|cell|cellphone|cel|celular"
    r"|móvil|movil|portable|landline|fixe|fijo|whats ?app|wa|wasap|signal|viber|telegram|sms|texto"
    r"|call|calls|calling|ring|dial|text|reach|contact|contacts|contacting"
    r"|appel\w*|joindre|joignable|contactez|contacter|composez|numéro|numero|número|number|nummer|numara|telefon\w*"
    r"|ll[aá]m\w*|marc(?:ar|a|ad|ando|en|que|quen)|contact[aáe]\w*|comuníquese|comunicarse|escr[ií]b\w*|avís\w*)\b",
    re.IGNORECASE,
)
_NOT_PHONE_CUE = fast(
    r"(?:\b(?:order|orders|ref|reference|réf|référence|referencia|invoice|facture|factura|ticket|case|dossier|expediente"
    r"|file|no|nr|num|isbn|issn|iban|account|compte|cuenta|tracking|serial|code|id|pedido|commande|batch|lot|grant"
    r"|contract|contrat|contrato|po|doc|document|resolution|vol|page|pp|vacancy|notice|tender|licitación|licitacion"
    r"|project|projet|proyecto|swift|bic|siret|nif|cif|rut|ruc|cuit|passport|passeport|pasaporte|caso|cas|solicitud|demande"
    r"|application|registro|registration|seguimiento|radicado|trámite|tramite|certificate|certificat|certificado)\b"
    r"|\b(?:no|p|n)\.|[n№][°º]|#)",
    re.IGNORECASE,
)
_PUBLIC_LINE = fast(
    r"\b(?P<line>switchboard|hotline|hotlines|helpline|help ?line|help ?desk|toll[- ]free|freephone|free of charge"
    r"|standard|permanence|ligne|numéro vert|sans frais|gratuit|gratuite|centralita|línea|linea|gratuita|gratuito"
    r"|sin costo|published|official|officiel|officielle|oficial)\b|(?P<line2>24/7|24 ?h ?/ ?24)"
    r"|\b(?:office|offices|reception|headquarters|HQ|IOM|OIM|embassy|consulate|ministry|press|media|enquiries|emergency"
    r"|police|hospital|bureau|siège|accueil|ambassade|consulat|ministère|presse|médias|urgences?|hôpital|oficina|sede"
    r"|embajada|consulado|ministerio|prensa|medios|emergencias?|policía|atención|focal point|point focal|punto focal"
    r"|contact person|personne de contact|persona de contacto|spokesperson|porte-parole|portavoz"
    r"|for more information|pour plus d'informations|para más información)\b",
    re.IGNORECASE,
)
_OWN = fast(
    r"\b(?:my|me|mine|I|I'm|his|her|him|personal|private|home|mon|ma|mes|moi|perso|privé|personnel|mi|mis"
    r"|él|ella|privado|particular|casa)\b|\b(?:ll[aá]m|escr[ií]b|cont[aá]ct|av[ií]s|m[aá]rc)\w*(?:me|la|lo)\b",
    re.IGNORECASE,
)
_AMOUNT_BEFORE = re.compile(
    r"(?:[$€£¥₹]|\b(?:USD|US\$|EUR|CHF|GBP|CAD|AUD|JPY|MXN|COP|PEN|CLP|ARS|XOF|XAF|KES|Rs)\.?)\s?\Z"
)
_AMOUNT_AFTER = re.compile(
    r"\s?(?:[%$€£¥₹]|(?:USD|EUR|CHF|GBP|dollars?|euros?|francs?|pesos?|soles|per ?cent|pour ?cent|por ?ciento|percent"
    r"|millions?|millones|milliards?|billions?|people|personnes|personas|migrants|migrantes|children|enfants|niños"
    r"|households|ménages|hogares|families|familles|familias|refugees|réfugiés|refugiados|tonnes|km|kg)\b)",
    re.IGNORECASE,
)

_GAP = re.compile(r"[\s:.#°º-]*")
"""What may separate a reference word from its number."""
_PAIRS = re.compile(r"\d{1,3}(?:([ .\u00a0-])\d{2})(?:\1\d{2}){2,}")
"""06 98 76 54 32, 66 78 90 12: digits in pairs, as many countries write phone numbers."""

_STRONG_CUE_GAP = 20
_LITTLE_WORDS = re.compile(
    r"[\s:.,-]*(?:(?:me|us|him|her|on|at|to|is|au|al|le|el|la|moi|nous|lui|est|es|en|sur|por)[\s:.,-]+){0,3}", re.IGNORECASE
)
"""Between a phone word and its number, only little words: "ring 62889", "call me on 31234", not "text DONATE to 70070"."""
"""A cue that ends this close before a number names it ("call me on", "mi cel:")."""


def _phones(draft: Draft) -> list[Detection]:
    text = draft.text
    pieces = [
        piece for run in _NUMBER.finditer(text) for piece in _pieces(text, run.start(), run.end())
        if _enough_digits(text, *piece)
    ]
    if not pieces:
        return []
    cues = Cues(_PHONE_CUE, text, 60, 25, around=pieces)
    counter_cues = Cues(_NOT_PHONE_CUE, text, 20, 0, around=[(start, start) for start, _ in pieces])
    public = Cues(_PUBLIC_LINE, text, 50, 40, around=pieces)
    own = Cues(_OWN, text, 40, 10, around=pieces)
    breaks = sentences(draft)
    found: list[Detection] = []
    for start, end in pieces:
        piece = text[start:end]
        international = piece.startswith("+") or piece.startswith("00")
        if not international and any(_GAP.fullmatch(text, c.end(), start) for c in counter_cues.near(start, start)):
            continue  # "order 2024-118", "ref. 123": not "orders at 612 345 678"
        if _not_a_phone(text, start, end):
            continue
        near = [c for c in cues.near(start, end) if _same_sentence(breaks, c, start, end)]
        adjacent = any(c.end() <= start and start - c.end() <= _STRONG_CUE_GAP for c in near)
        personal = any(_same_sentence(breaks, c, start, end) for c in own.near(start, end))
        named = personal or any(c.end() <= start and _LITTLE_WORDS.fullmatch(text, c.end(), start) for c in near)
        confidence = _phone_confidence(piece, bool(near), adjacent, named)
        if confidence is None:
            continue
        named_by = max((c.end() for c in near if c.end() <= start), default=-1)
        if any(
            _same_sentence(breaks, c, start, end) and (c.group("line") or c.group("line2") or c.start() >= named_by)
            for c in public.near(start, end)
        ) and not personal:
            confidence = min(confidence, 0.35)  # an office's published line
        found.append(Detection(start, end, confidence, "a phone number"))
    return found


def _enough_digits(text: str, start: int, end: int) -> bool:
    """At least five digits: no phone number is shorter."""
    count = 0
    for char in text[start:end]:
        if char.isdigit():
            count += 1
            if count == 5:
                return True
    return False


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run at wide gaps, sentence ends and spaced dashes; trim what cannot end a number."""
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


def _not_a_phone(text: str, start: int, end: int) -> bool:
    """An amount, a percentage or an ISBN: told by the shape and the words around it."""
    piece = text[start:end]
    if piece.startswith("+"):
        return False
    if _ISBN.fullmatch(piece):
        return True
    if _AMOUNT_BEFORE.search(text, max(0, start - 6), start) or _AMOUNT_AFTER.match(text, end):
        return True
    return False


def _is_date(groups: list[str], piece: str) -> bool:
    """14.02.1976, 1976-02-14 (a year from 1900 to 2099, a month, a day), or two of them."""
    lengths = [len(g) for g in groups]
    if len(groups) == 3 and lengths[2] == 4 and max(lengths[:2]) <= 2:
        day, month, year = int(groups[0]), int(groups[1]), groups[2]
        return year[:2] in ("19", "20") and 1 <= min(day, month) and min(day, month) <= 12 and max(day, month) <= 31
    if len(groups) == 3 and lengths == [4, 2, 2]:
        return groups[0][:2] in ("19", "20") and 1 <= int(groups[1]) <= 12 and 1 <= int(groups[2]) <= 31
    if len(groups) == 6 and not piece.startswith(("+", "0")):  # two dates: 01.03.2024-05.03.2024
        return _is_date(groups[:3], piece) and _is_date(groups[3:], piece)
    return False


def _phone_confidence(piece: str, cue: bool, adjacent: bool, named: bool) -> float | None:
    """`cue`: a phone word in the sentence; `adjacent`: one just before; `named`: someone's own
    number ("my"), or a phone word with only little words before it ("ring 62889")."""
    groups = _DIGIT_GROUP.findall(piece)
    digits = "".join(groups)
    if all(len(g) == 4 and g[:2] in ("19", "20") for g in groups):
        return None  # a year or a range of years
    if _is_date(groups, piece):
        return None
    if len(groups[0]) == 4 and groups[0][:2] in ("19", "20") and piece[4:5] in ("-", "/"):
        return None  # 2024-00871: a reference that starts with its year
    bonus = 0.2 if cue else 0.0
    plain = piece.lstrip("(")
    if plain.startswith("+") or (plain.startswith("00") and len(digits) >= 10):
        national = digits[2:] if plain.startswith("00") else digits
        if 7 <= len(national) <= 15:
            return 0.75 + bonus
        if 5 <= len(national) and adjacent and named:
            return 0.6
        return None
    if _NANP.fullmatch(piece):
        return (0.7 if "(" in piece or piece.startswith(("+", "1")) else 0.45) + bonus
    if _AREA_CODE.fullmatch(piece) and 8 <= len(digits) <= 13:
        return 0.6 + bonus
    thousands = _THOUSANDS.fullmatch(piece) is not None and len(groups) >= 2
    if _PAIRS.fullmatch(piece) and 7 <= len(digits) <= 12:
        return 0.55 + bonus
    if digits[0] == "0" and 9 <= len(digits) <= 12 and not thousands:
        if len(groups) >= 2 and all(2 <= len(g) <= 5 for g in groups):
            return 0.6 + bonus
        return 0.45 + bonus
    if thousands:  # 612 345 678 or 281 000 000: a phone only right after a phone word
        return 0.6 if adjacent and not digits.endswith("000") else None
    if cue and 7 <= len(digits) <= 15:
        return 0.55
    if adjacent and named and len(digits) in (5, 6):
        return 0.55  # "my new number is 31234": short numbers only when someone's own
    return None


# E-mail addresses ------------------------------------------------------------------------

_EMAIL = fast(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?![\w-]|\.[\w-])")
_FREE_MAIL = frozenset(
    "gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol proton protonmail pm gmx web mail yandex "
    "zoho tutanota tuta fastmail hushmail orange wanadoo free laposte sfr bbox numericable skynet telenet bluewin "
    "hispavista terra telefonica movistar prodigy infinitum uol bol ig rocketmail btinternet sky virginmedia ntlworld "
    "talktalk comcast verizon att sbcglobal bellsouth rediffmail libero tiscali virgilio alice seznam wp onet interia "
    "naver daum qq 163 126 sina rambler ukr inbox".split()
)
"""Providers of private mailboxes, by the first label of the domain (gmail.com, yahoo.fr, hotmail.es...)."""
_PUBLIC_DOMAIN = re.compile(r"(?:^|\.)(?:gov|gouv|gob|govt|go|mil|int|un|europa)(?:\.[a-z]{2,3})?$|\.int$", re.IGNORECASE)


_OBFUSCATED_TAIL = fast(
    r"(?:[\[({<]\s?(?:at|arroba|arobase)\s?[\])}>]\s?|(?<=\s)(?P<plain>(?:at|arroba|arobase)\s))(?P<domain>[\w-]{1,63}"
    r"(?:(?:\s?[\[({<]\s?(?:dot|punto|point)\s?[\])}>]\s?|\s(?:dot|punto|point)\s|\.)[a-z]{2,6}){1,3})(?![\w-])",
    re.IGNORECASE,
)
_OBFUSCATED_DOT = re.compile(r"\s?[\[({<]\s?(?:dot|punto|point)\s?[\])}>]\s?|\s(?:dot|punto|point)\s", re.IGNORECASE)
_OBFUSCATED_LOCAL = re.compile(
    r"(?<![\w.+-])[\w+-]{1,64}(?:(?:\.|\s?[\[({<]\s?(?:dot|punto|point)\s?[\])}>]\s?)[\w+-]{1,64}){0,3}(?=\s?\Z)",
    re.IGNORECASE,
)
"""An address written to fool harvesters: "funmi [dot] adebayo [at] gmail [dot] com", "raj at yahoo dot in"."""


def _emails(draft: Draft, organisation_domains: list[str]) -> list[Detection]:
    text = draft.text
    found: list[Detection] = []
    addresses = list(_EMAIL.finditer(text))
    tails = list(_OBFUSCATED_TAIL.finditer(text))
    if not addresses and not tails:
        return []
    around = [m.span() for m in addresses] + [(max(0, m.start() - 160), m.end()) for m in tails]
    published = _Published(draft, around)
    for match in addresses:
        local, _, domain = match.group().rpartition("@")
        if not domain.rpartition(".")[2].isalpha():
            continue
        confidence = _email_confidence(local, domain, organisation_domains, lambda: published(*match.span()))
        found.append(Detection(match.start(), match.end(), confidence, "an e-mail address"))
    searched_to = 0
    for tail in tails:
        domain = _OBFUSCATED_DOT.sub(".", tail.group("domain"))
        if tail.group("plain") and not (domain.split(".")[0].lower() in _FREE_MAIL and _OBFUSCATED_DOT.search(tail.group())):
            continue  # "look at gmail.com" is no address: a plain "at" needs a free-mail domain and a spelt "dot"
        local = _OBFUSCATED_LOCAL.search(text, max(searched_to, tail.start() - 160), tail.start())
        searched_to = tail.end()  # windows never overlap, so the search stays linear
        if local is None:
            continue
        name = _OBFUSCATED_DOT.sub(".", local.group())
        if not any(c.isalpha() for c in name):
            continue
        confidence = _email_confidence(name, domain, organisation_domains, lambda: published(local.start(), tail.end()))
        found.append(Detection(local.start(), tail.end(), confidence, "an e-mail address"))
    return found


class _Published:
    """Whether the sentence presents an address as an office's contact ("press enquiries", "our office").
    The cues are looked for on the first question only: most addresses never need them."""

    def __init__(self, draft: Draft, around: list[tuple[int, int]]) -> None:
        self._draft = draft
        self._around = around
        self._cues: Cues | None = None

    def __call__(self, start: int, end: int) -> bool:
        if self._cues is None:
            self._cues = Cues(_PUBLIC_LINE, self._draft.text, 60, 40, around=self._around)
        breaks = sentences(self._draft)
        return any(
            (c.end() <= start or c.start() >= end) and _same_sentence(breaks, c, start, end) for c in self._cues.near(start, end)
        )


def _email_confidence(local: str, written_domain: str, organisation_domains: list[str], published: Callable[[], bool]) -> float:
    domain = written_domain.lower()
    organisation = next((d for d in organisation_domains if domain == d or domain.endswith("." + d)), None)
    if organisation is not None:
        if looks_functional(local, written_domain, organisation.split(".")[0]) or published():
            return 0.3  # a functional mailbox or an office's published contact
        return 0.6  # a colleague's work address: personal data, though not private
    if _PUBLIC_DOMAIN.search(domain):
        return 0.35  # a government's or an international body's
    if domain.split(".")[0] in _FREE_MAIL:
        return 0.4 if local.lower() in SERVICE_WORDS else 0.85
    if looks_functional(local, written_domain) or published():
        return 0.3
    return 0.7


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
    rf"(?P<numeric>(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?:\d{{4}}|\d{{2}}))(?!\d|[./-]\d)"
    rf"|\d{{4}}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])(?!\d)"
    rf"|(?P<day_month>{_DAY}(?:st|nd|rd|th|er|º|°)?(?: of| de)? {_MONTH})(?:,? (?:de |del )?(?P<year1>\d{{4}}))?(?!\w)"
    rf"|(?P<month_day>{_MONTH} {_DAY}(?:st|nd|rd|th)?)(?:,? (?P<year2>\d{{4}}))?(?!\w)"
    rf")",
    re.IGNORECASE,
)
_BIRTH_CUE = fast(
    r"\b(?:(?P<strong>date of birth|birth ?date|d\.o\.b\b\.?|dob\b|b\.(?= )|date de naissance|ddn\b|née?s? (?:le|un|en)\b"
    r"|né\(e\) le|née?s? à .{0,30}? le|fecha de nacimiento|f\. ?(?:de )?nac\.?|nacid[oa]s? el|naci(?:ó|o|mos|eron|ste|í) el"
    r"|geboren|geb\.|geburtsdatum|nat[oa] il|data di nascita|nascid[oa] em|data de nascimento|doğum tarihi|doğdu)"
    r"|born|birthday|bday|b-day|naissance|anniversaire|anniv|nacimiento|nací|naciste|nació|nacimos|nacieron|nacid[oa]s?"
    r"|cumpleaños|cumple"
    r"|geburtstag|compleanno|aniversário|تاريخ الميلاد|مواليد|ولد|ولدت)",
    re.IGNORECASE,
)


_FOUNDED = fast(
    r"\b(?:founded|established|inaugurated|created|adopted|signed|opened|launched|fondée?s?|créée?s?|inaugurée?s?|adoptée?s?"
    r"|signée?s?|ouverte?s?|lancée?s?|fundad[oa]s?|cread[oa]s?|inaugurad[oa]s?|adoptad[oa]s?|firmad[oa]s?|abiert[oa]s?"
    r"|lanzad[oa]s?|anniversary|aniversario)\b",
    re.IGNORECASE,
)
"""An organisation's or a treaty's "birthday" is its founding date, not personal data."""


def _plausible_numeric_date(date: re.Match[str]) -> bool:
    first, second = int(date.group("a")), int(date.group("b"))
    day_month = 1 <= first <= 31 and 1 <= second <= 12
    month_day = 1 <= first <= 12 and 1 <= second <= 31
    return day_month or month_day


def _birth_dates(draft: Draft) -> list[Detection]:
    text = draft.text
    dates = [d for d in _DATE.finditer(text) if not d.group("numeric") or _plausible_numeric_date(d)]
    if not dates:
        return []
    cues = Cues(_BIRTH_CUE, text, 80, 15, around=[date.span() for date in dates])
    founded = Cues(_FOUNDED, text, 60, 30, around=[date.span() for date in dates])
    breaks = sentences(draft)
    found: list[Detection] = []
    for date in dates:
        start, end = date.span()
        near = [c for c in cues.near(start, end) if _same_sentence(breaks, c, start, end)]
        strong = any(c.group("strong") for c in near)
        if not strong:
            near = [c for c in near if c.end() > start - 40]  # a weaker word counts only close by
            if any(_same_sentence(breaks, c, start, end) for c in founded.near(start, end)):
                continue
        if not near:
            continue
        confidence = 0.9 if strong else 0.75
        textual = date.group("day_month") or date.group("month_day")
        if textual and not (date.group("year1") or date.group("year2")):
            confidence -= 0.3
        found.append(Detection(start, end, confidence, "a date of birth"))
    return found


# Home addresses --------------------------------------------------------------------------


def _trie(alternatives: str) -> str:
    """A regex for the words of "a|b|c" that tries each letter once: one branch per first
    letter and so on, instead of a hundred alternatives tried one after another at every
    position. Longer words come first, so the longest one matches."""
    tree: dict[str, Any] = {}
    for word in alternatives.split("|"):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_HOUSE_NUMBER = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?"
_ENGLISH_TYPES = _trie(
    r"Street|Streets|St|Avenue|Ave|Av|Road|Roads|Rd|Lane|Lanes|Ln|Boulevard|Blvd|Drive|Drives|Dr|Way|Ways|Court|Courts"
    r"|Ct|Place|Pl|Terrace|Close|Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy|Row|Grove|Groves|Gardens|Mews|Hill|Hills"
    r"|Park|Walk|Rise|View|Views|Green|Circle|Cir|Trail|Trl|Path|Loop|Alley|Pike|Turnpike|Expressway|Freeway|Point"
    r"|Points|Crest|Ridge|Ridges|Heights|Hts|Fork|Forks|Knoll|Knolls|Burg|Burgs|Brook|Brooks|Creek|Crossing|Estate"
    r"|Estates|Extension|Ext|Falls|Field|Fields|Flat|Flats|Forest|Glen|Glens|Harbor|Harbour|Haven|Island|Junction"
    r"|Lake|Lakes|Landing|Manor|Meadow|Meadows|Mill|Mills|Mount|Mountain|Orchard|Pass|Passage|Pines|Plains|Plaza"
    r"|Port|Prairie|Ranch|Rapids|Shore|Shores|Skyway|Spring|Springs|Station|Summit|Valley|Valleys|Village|Villages"
    r"|Vista|Wall|Wells|Causeway|Spur|Track|Underpass|Via|Marg|Nagar|Chowk|Gali|Cross|Main"
)
_LATIN_TYPES = _trie(
    r"rue|avenue|av|ave|avda|boulevard|bd|bld|chemin|ch|route|rte|allée|allee|impasse|place|pl|quai|cours|passage"
    r"|promenade|square|sentier|voie|ruelle|cité|lotissement|résidence|hameau|faubourg|fg|quartier"
    r"|calle|c|cl|avenida|paseo|plaza|pza|carrera|cra|kr|camino|ronda|travesía|travesia|carretera|ctra|callejón|callejon"
    r"|glorieta|pasaje|psje|rambla|alameda|cañada|vial|periférico|periferico|diagonal|circuito|calzada|privada|cerrada"
    r"|prolongación|prolongacion|ampliación|ampliacion|andador|retorno|peatonal|corredor|eje|jirón|jiron|jr|urbanización"
    r"|urbanizacion|urb|colonia|col|barrio|residencial|conjunto|sector|manzana|mz|transversal|tv|autopista"
    r"|vul|vulytsia|ulitsa|ul|prospekt|prosp|pr-t"
    r"|via|viale|vicolo|corso|piazza|largo|strada|rua|travessa|estrada|praça|praca|straße|strasse|str|weg|gasse|platz|allee"
    r"|cadde|caddesi|sokak|sokağı|sk|mahallesi|mah|shari|sharia|jalan|jl"
)
_PARTICLES = (
    r"(?:(?:de la|de las|de los|de l['’]|del|de|des|du|la|le|las|los|el|d['’]|l['’]|y|e|di|da|do|dos|das|della|von|der) ?)*"
)
_STREET = fast(
    # 12 Baker Street, 3/2 Marchmont Road, 1600 Pennsylvania Ave
    rf"\b(?P<english>{_HOUSE_NUMBER},? (?:{_NAME_WORD} ){{1,4}}(?:{_ENGLISH_TYPES})\b)"
    # Thika Road, Lumumba Drive: counts only with another piece or a private cue
    rf"|\b(?P<unnumbered>(?:{_NAME_WORD} ){{1,3}}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Close|Crescent"
    r"|Terrace|Marg)\b)"
    # Road 7, Street 9 (English type before the number, as in South Asia)
    rf"|\b(?P<numbered>(?:Road|Street|St|Lane|Block|Sector|Avenue)\.? (?:No\.? ?)?\d{{1,4}}[A-Za-z]?\b)"
    # 12 rue des Alpes, 3 bis avenue de France, Calle Mayor 5, Av. Bolívar 744, pasaje las acacias 245
    rf"|(?P<latin>(?:\b\d{{1,4}}(?: ?(?:bis|ter))?,? )?\b(?i:{_LATIN_TYPES})\.? {_PARTICLES}"
    rf"(?:[\w'’-]+)(?: (?!(?i:y|et|and|e)\b){_NAME_WORD}){{0,3}}"
    rf"(?:,? (?:n[º°o]\.? ?|núm\.? ?|#\s?)?\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}})?\b)?)",
)
_UNIT_WORDS = _trie(
    "house|flat|apartment|apt|unit|studio|suite|ste|block|blk|lot|plot|floor|room|apto|apartamento|dpto|depto"
    "|departamento|piso|casa|lote|lt|interior|int|edif|edificio|torre|bâtiment|bât|bat|appartement|appt|app|escalier"
    "|étage|etage|porte|purok|puerta|portal|planta|esc|oficina|local|villa|hse|kv|parcelle|parcela|area"
)
_UNIT = fast(
    rf"\b(?i:{_UNIT_WORDS})\.?"
    r"(?: ?(?i:no|n[º°o]|núm|number|numéro|número)\.?)? ?#? ?"
    r"(?:[A-Z]?\d{1,4}[A-Za-z]?(?:[-/]\d{1,4})?|[A-Z])\b"
    r"|\b\d{1,2}[º°ª] ?(?:[A-Z]|izq|izda|dcha|der|dch)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th) (?:Cross|Main|Block|Floor|Phase|Stage|Sector)\b|#\d{1,4}[A-Za-z]?\b"
)
_POSTCODE_TOWN = (
    r"(?:(?:[A-Z]{1,2}-)?\d{4,5} [A-ZÀ-ÖØ-Þ][\w'’-]+"
    r"|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|[A-Z]{2} \d{5}(?:-\d{4})?\b)"
)
_POSTCODE = fast(rf"\b{_POSTCODE_TOWN}")
_TOWN_POSTCODE = fast(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+ (?!19\d\d\b|20\d\d\b)\d{4,6}\b")
"""Pretoria 0002, New Delhi 110001: a town, then its postcode (not a year)."""
_NUMBERED_NAME = fast(
    # after a strong cue only: 3374 Robert Point, Diagonal Prieto 074, Studio 69T
    rf"\b\d{{1,5}}[A-Za-z]?,? {_NAME_WORD}(?: {_NAME_WORD}){{0,3}}|\b{_NAME_WORD}(?: {_NAME_WORD}){{0,3}},? \d{{1,5}}[A-Za-z]?\b"
)
_ADDRESS_JOIN = re.compile(rf"[ ,]{{0,3}}(?:{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}[ ,]{{1,3}}){{0,3}}")
"""What may lie between two pieces of one address: a comma, or a district or town between commas."""
_PRIVATE_CUE = fast(
    r"\b(?:(?P<strong>lives? (?:at|on|in)|living (?:at|on|in)|lived at|resides|residing|residence"
    r"|(?:home|private|personal) address"
    r"|home is|(?:our|notre|nuestra|nuestro) (?:new |own |nouvelle |nueva |nuevo |propia |propio )?"
    r"(?:home|house|place|flat|apartment|maison|appartement|casa|hogar)"
    r"|staying (?:at|with)|stays at|is staying|séjourne|hébergée? (?:chez|au)|se queda en|se está quedando"
    r"|(?:my|his|her|their|your) (?:new )?(?:home|house|place|flat|apartment|address|door)|at (?:mine|ours|home)"
    r"|house is at|where (?:I|he|she|they|we) lives?|(?:we|I|they) live"
    r"|habite|habitons|habitez|habitent|habiter|vit|vis|vivons|vivez|vivent|domicile|domicilié|domiciliée|demeure|réside"
    r"|résides|résidez|résident|adresse personnelle"
    r"|(?:mon|ma|son|sa|leur|ton) (?:nouvelle )?(?:adresse|maison|appartement|appart|domicile)"
    r"|chez (?:moi|lui|elle|eux|nous|toi|vous)"
    r"|viv[eo] en|viven en|vivimos en|vivía en|domicilio|reside en|residen en|residencia"
    r"|(?:mi|su|tu) (?:nueva |nuevo )?(?:dirección|direccion|casa|hogar|departamento|piso|apartamento|domicilio)"
    r"|dirección particular|en casa)"
    r"|(?P<move>moved (?:in)?to|moving to|move to|installée?s? (?:au|à|dans)|déménag\w*|emménag\w*"
    r"|mud(?:amos|é|aron|ó|ado|arnos)"
    r"|instalad[oa]s? en|nos cambiamos)"
    r"|address|adresse|dirección|direccion|send (?:it|them) to|return (?:it )?to|rapporter|envoyez|manden|envíen"
    r"|enviar a|mandar a"
    r"|come to|venez|vengan|ven a|passez|pasen por|drop (?:it|them|by)|pick ?up|collect)\b",
    re.IGNORECASE,
)
_ORGANISATION_CUE = fast(
    r"\b(?:office|offices|headquarters|HQ|IOM|OIM|bureau|bureaux|siège|oficina|oficinas|sede|visit us|our office|notre bureau"
    r"|(?:our|notre|nuestra) (?:new )?(?:nouvelle |nueva )?(?:public |official )?(?:address|adresse|dirección)|public address"
    r"|adresse publique|dirección pública|open day|portes ouvertes|puertas abiertas|entrée libre|entrada libre|free entry"
    r"|nuestra oficina|embassy|ambassade|embajada|consulate|consulat|consulado|venue|lieu|conference|conférence|conferencia"
    r"|hotel|hôtel|centre|center|centro|hall|museum|musée|museo|theatre|théâtre|teatro|university|université|universidad"
    r"|school|école|escuela|colegio|hospital|hôpital|clinic|clinique|clínica|workshop|atelier|taller|exhibition|exposition"
    r"|exposición|event|événement|evento|ministry|ministère|ministerio|shop|store|boutique|tienda|restaurant|restaurante"
    r"|café|cafe|library|bibliothèque|biblioteca|stadium|stade|estadio|park|parc|parque|registration|inscription|inscripción"
    r"|training|meeting|session|réunion|reunión|formation|capacitación|ceremony|cérémonie|ceremonia|launch|lancement"
    r"|lanzamiento|forum|foro|summit|sommet|cumbre|festival|concert|concierto|distribution|distribución|took place"
    r"|takes place|will take place|aura lieu|a eu lieu|tendrá lugar|se llevará a cabo|tuvo lugar)\b",
    re.IGNORECASE,
)


def _addresses(draft: Draft) -> list[Detection]:
    text = draft.text
    pieces = sorted(
        [m.span() for m in _STREET.finditer(text) if _is_street(m)]
        + [m.span() for m in _UNIT.finditer(text)]
        + [m.span() for m in _POSTCODE.finditer(text)]
        + [m.span() for m in _TOWN_POSTCODE.finditer(text)]
    )
    cues = Cues(_PRIVATE_CUE, text, 80, 40, around=pieces or None) if pieces else None
    addresses = [(start, end, count) for start, end, count in _joined(text, pieces)]
    breaks = sentences(draft)
    found: list[Detection] = []
    if addresses and cues is not None:
        organisation = Cues(_ORGANISATION_CUE, text, 80, 40, around=[(s, e) for s, e, _ in addresses])
        for start, end, count in addresses:
            confidence = _address_confidence(start, end, count, cues, organisation, breaks)
            if confidence is not None:
                found.append(Detection(start, end, confidence, "a home address"))
    found += _after_strong_cues(text, breaks, [(s, e) for s, e, _ in addresses])
    return sorted(found, key=lambda d: d.start)


def _is_street(match: re.Match[str]) -> bool:
    """A Latin street needs a house number or a capitalised name: "à la place de" is no street."""
    latin = match.group("latin")
    if latin is None:
        return True
    if latin[0].isdigit() or latin[-1].isdigit():
        return True
    words = latin.split()
    return len(words) >= 2 and words[-1][:1].isupper()


def _joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Pieces that touch, or that only commas, spaces and a district or town name separate, joined:
    (start, end, how many pieces)."""
    joined: list[tuple[int, int, int]] = []
    for start, end in pieces:
        if joined:
            last_start, last_end, count = joined[-1]
            if start <= last_end or (start - last_end <= 40 and _ADDRESS_JOIN.fullmatch(text, last_end, start)):
                joined[-1] = (last_start, max(end, last_end), count + (end > last_end))
                continue
        joined.append((start, end, 1))
    return joined


_STRONG = 0.85


def _address_confidence(start: int, end: int, count: int, cues: Cues, organisation: Cues, breaks: Sentences) -> float | None:
    near = [c for c in cues.near(start, end) if _same_sentence(breaks, c, start, end)]
    if any(c.group("strong") for c in near):
        return _STRONG
    # an office, venue or event nearby, outside the address itself ("Summit" in "9 Shah Summit" is no summit)
    if any(o.end() <= start or o.start() >= end for o in organisation.near(start, end)):
        return None  # the office, venue or shop that moved or invites is not a home
    if any(c.group("move") for c in near):
        return _STRONG
    if count >= 2:
        return 0.7  # a street with a flat number or a postcode and town: an address
    if near:
        return 0.55
    return None


def _after_strong_cues(text: str, breaks: Sentences, flagged: list[tuple[int, int]]) -> list[Detection]:
    """Right after a strong private cue, a number with names ("lives at 3374 Robert Point")."""
    candidates = [m for m in _NUMBERED_NAME.finditer(text) if not _overlaps(flagged, m.start(), m.end())]
    if not candidates:
        return []
    cues = Cues(_PRIVATE_CUE, text, 60, 0, around=[(m.start(), m.start()) for m in candidates])
    found: list[Detection] = []
    for match in candidates:
        start, end = match.span()
        if any(
            (c.group("strong") or c.group("move")) and c.end() <= start and start - c.end() <= 12 and breaks.same(c.start(), end)
            for c in cues.near(start, start)
        ):
            found.append(Detection(start, end, 0.7, "a home address"))
    return found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint `spans`."""
    index = bisect_right(spans, (start, _FAR)) - 1
    return (index >= 0 and spans[index][1] > start) or (index + 1 < len(spans) and spans[index + 1][0] < end)


_FAR = 1 << 62
