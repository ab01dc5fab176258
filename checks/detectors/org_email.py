"""The organisation's e-mail address of a person, used where a personal account is meant.

Matches an address at one of `domains` or at a subdomain of one (`jdoe@iom.int`,
`jdoe@mission.iom.int`), in any case, but not at a longer domain that merely starts
the same way (`jdoe@iom.int.example.com`).

Only addresses that look like a person's are flagged (`jdoe@`, `maria.lopez@`): the
organisation's functional mailboxes (`media@`, `ECO@`, `OIGIntake@`, `oss@`,
`recruitment.southsudan@`, `iombuenosaires@`) are published contacts, not personal
accounts. `looks_functional` tells them apart by shape and by a multilingual list of
the words service mailboxes are named with; `personal-data` asks it too.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ParamErrors
from ..kinds import string_list
from ..text import Draft
from . import Detect, Detection
from ._near import OPTIONS_PREFIX, known_options

NAME = "org-email"
DESCRIPTION = "a person's e-mail address at one of the organisation's domains"

_DOMAIN = re.compile(r"(?:[\w-]{1,63}\.){1,8}[a-z]{2,63}", re.IGNORECASE)

SERVICE_WORDS = frozenset(
    # English
    "info information contact contacts press media news hello hi support help helpdesk desk office admin administration "
    "enquiries enquiry inquiries inquiry questions noreply donotreply webmaster web digital communications communication "
    "comms com secretariat registry registration jobs careers career recruitment recruiting hr mail team feedback general "
    "intake ethics complaints complaint procurement tenders tender finance accounts billing sales events event research "
    "data dataprotection protection privacy legal security it ict servicedesk unit department dept service services "
    "projects project partnerships partners donations donate fundraising volunteer volunteers socialmedia social "
    "newsroom spokesperson mission country reception consular visa visas embassy migration migrants refugees training "
    "internship internships library archives editor editorial newsletter membership members alumni academy admissions "
    "orders bookings booking reservations shop store publications library hotline emergency operations programme "
    "programmes program programs health resettlement return returns counter trafficking protection evaluation audit oig "
    # French
    "presse médias medias actualites actualités aide bureau secretariat secrétariat inscription inscriptions emplois "
    "recrutement rh equipe équipe ethique éthique plaintes achats evenements événements recherche projets partenariats "
    "dons benevoles bénévoles porteparole accueil consulaire ambassade formation stages bibliotheque bibliothèque "
    "redaction rédaction abonnement commandes boutique sante santé retour "
    # Spanish
    "contacto prensa medios noticias ayuda oficina consultas comunicaciones comunicacion comunicación secretaria "
    "secretaría empleo empleos reclutamiento rrhh equipo etica ética quejas reclamaciones compras licitaciones finanzas "
    "ventas eventos investigacion investigación proteccion protección seguridad unidad departamento servicio servicios "
    "proyectos proyecto alianzas donaciones voluntarios portavoz mision misión recepcion recepción embajada migracion "
    "migración formacion formación pasantias pasantías biblioteca redaccion redacción suscripcion pedidos reservas tienda "
    "salud retorno concurso concursos campaña campana foto fotos "
    # French and English calls, campaigns and competitions
    "appels appel concours photo photos campaign campagne competition contest".split()
)
"""Words functional mailboxes are named with (en/fr/es), in lower case."""

PLACES = frozenset(
    # countries and territories (en, fr, es), written as in a mailbox name
    "afghanistan albania albanie algeria algerie argelia angola argentina argentine armenia armenie australia australie "
    "austria autriche azerbaijan azerbaidjan bahamas bahrain bangladesh barbados belarus belgium belgique belgica belize "
    "benin bhutan bolivia bolivie bosnia bosnie botswana brazil bresil brasil bulgaria bulgarie burkina burkinafaso "
    "burundi cambodia cambodge camboya cameroon cameroun camerun canada chad tchad chile chili china chine colombia "
    "colombie comoros comores congo drc rdc costarica croatia croatie cuba cyprus chypre czechia djibouti dominica "
    "dominicana ecuador equateur egypt egypte egipto elsalvador salvador eritrea erythree estonia eswatini ethiopia "
    "ethiopie etiopia fiji finland finlande france francia gabon gambia gambie georgia georgie germany allemagne "
    "alemania ghana greece grece grecia guatemala guinea guinee guineabissau guyana haiti honduras hungary hongrie "
    "iceland india inde indonesia indonesie iran iraq irak ireland irlande irlanda israel italy italie italia jamaica "
    "jamaique japan japon jordan jordanie jordania kazakhstan kenya kosovo kuwait koweit kyrgyzstan laos latvia lebanon "
    "liban libano lesotho liberia libya libye libia lithuania luxembourg madagascar malawi malaysia malaisie maldives "
    "mali malta malte mauritania mauritanie mauritius maurice mexico mexique moldova moldavie mongolia mongolie "
    "montenegro morocco maroc marruecos mozambique myanmar namibia namibie nauru nepal netherlands paysbas "
    "newzealand nicaragua niger nigeria northmacedonia norway norvege pakistan palau palestine panama papuanewguinea "
    "png paraguay peru perou philippines filipinas poland pologne polonia portugal qatar romania roumanie rumania russia "
    "russie rusia rwanda samoa senegal serbia serbie seychelles sierraleone singapore slovakia slovenia somalia somalie "
    "southafrica southsudan soudansud sudandelsur spain espagne espana srilanka sudan soudan suriname sweden suede "
    "switzerland suisse suiza syria syrie siria tajikistan tanzania tanzanie thailand thailande tailandia timor togo "
    "tonga trinidad tunisia tunisie tunez turkey turquie turquia turkiye turkmenistan tuvalu uganda ouganda ukraine "
    "ucrania uk usa uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zambie zimbabwe "
    # capitals and cities with large offices
    "kabul tirana algiers alger luanda buenosaires yerevan canberra vienna vienne baku manama dhaka coxsbazar minsk "
    "brussels bruxelles bruselas cotonou thimphu lapaz sarajevo gaborone brasilia saopaulo sofia ouagadougou "
    "bujumbura phnompenh yaounde douala ottawa ndjamena santiago beijing bogota cucuta moroni brazzaville kinshasa "
    "goma sanjose zagreb havana nicosia prague copenhagen djibouti santodomingo quito guayaquil cairo sansalvador "
    "asmara tallinn mbabane addis addisababa suva helsinki paris libreville banjul tbilisi berlin accra athens "
    "guatemalacity conakry bissau georgetown portauprince tegucigalpa budapest newdelhi delhi jakarta tehran baghdad "
    "erbil dublin jerusalem rome roma kingston tokyo amman astana nairobi pristina kuwaitcity bishkek vientiane riga "
    "beirut maseru monrovia tripoli vilnius antananarivo lilongwe kualalumpur male bamako valletta nouakchott "
    "mexicocity tapachula tijuana chisinau ulaanbaatar podgorica rabat maputo yangon windhoek kathmandu thehague "
    "wellington managua niamey abuja maiduguri skopje oslo muscat islamabad peshawar panamacity portmoresby asuncion "
    "lima manila warsaw lisbon doha bucharest moscow kigali dakar belgrade freetown singapore bratislava ljubljana "
    "mogadishu hargeisa pretoria johannesburg juba seoul madrid colombo khartoum paramaribo stockholm geneva geneve "
    "ginebra bern damascus gaziantep dushanbe dodoma daressalaam bangkok dili lome tunis ankara istanbul ashgabat "
    "kampala kyiv kiev abudhabi dubai london londres washington newyork montevideo tashkent caracas hanoi sanaa aden "
    "lusaka harare".split()
)
"""Places a service mailbox is named after (`dtmperu@`, `mrc.islamabad@`): countries and cities, without spaces or accents."""

_PARTS = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-zà-ÿ]+|[A-Z]+(?=[A-Z][a-z])|\d+")
_LEADING_ACRONYM = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])")


def looks_functional(local: str, domain: str = "", organisation: str = "") -> bool:
    """Whether the part of an address before the @ names a service rather than a person.

    A service: an acronym (`ECO`, `oss`, `idf`), a name that starts with one
    (`OIGIntake`, `ROBangkokComms`), the domain's own name (`iombuenosaires@iom.int`),
    a service word as a part or at either end of a part (`press.office`, `prensamexico`,
    `socialmedia`), or a country or city (`aap.yemen`, `dtmperu`). A person: anything
    else (`jdoe`, `maria.lopez`). A person whose surname is a place (`m.jordan`) is missed.
    """
    local = local.partition("+")[0]  # "jane+news": the part after + is a tag
    letters = re.sub(r"[^\w]", "", local)
    if not letters:
        return False
    if domain.isupper():
        local = local.lower()  # the whole address is in capitals: its case says nothing
    if (local.isalpha() and local.isupper()) or (local.isalpha() and len(local) <= 3):
        return True
    if _LEADING_ACRONYM.match(local):
        return True
    organisation = (organisation or domain.split(".")[0]).lower()
    for part in _PARTS.findall(local):
        word = part.lower()
        if word in SERVICE_WORDS or word in PLACES:
            return True
        if len(organisation) >= 2 and word.startswith(organisation) and word != organisation + "s":
            return True  # iombuenosaires@iom.int
        if len(word) >= 7 and any(
            word[:k] in SERVICE_WORDS or word[-k:] in SERVICE_WORDS or word[-k:] in PLACES for k in range(4, len(word) - 2)
        ):
            return True
    return False


def compile(options: dict[str, Any], errors: ParamErrors) -> Detect | None:
    known_options(options, {"domains"}, errors)
    domains = string_list(options, "domains", errors, required=True, prefix=OPTIONS_PREFIX)
    for domain in domains:
        if not _DOMAIN.fullmatch(domain.strip()):
            errors.add(f"{OPTIONS_PREFIX}domains", f"{domain!r} is not a domain name.", "write a bare domain, as in `iom.int`.")
    if errors:
        return None
    alternatives = "|".join(re.escape(d.strip()) for d in domains)
    address = re.compile(
        rf"(?<![\w.+-])([\w.+-]{{1,64}})@((?:[\w-]{{1,63}}\.){{0,4}}(?:{alternatives}))(?![\w-]|\.[\w-])", re.IGNORECASE
    )

    labels = [d.strip().lower() for d in domains]

    def detect(draft: Draft) -> list[Detection]:
        found = []
        for match in address.finditer(draft.text):
            local, domain = match.group(1), match.group(2)
            organisation = next((d for d in labels if domain.lower().endswith(d)), "").split(".")[0]
            if looks_functional(local, domain, organisation):
                found.append(Detection(match.start(), match.end(), 0.3, "a functional mailbox at the organisation's domain"))
            else:
                found.append(Detection(match.start(), match.end(), 0.9, "a person's address at the organisation's domain"))
        return found

    return detect
