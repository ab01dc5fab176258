"""The route or time of a movement of people or goods (convoys, trucks, evacuations).

The guidelines: "Never post information about routes or times of convoys." What this
detector decides:

- It needs both a movement word (convoy, trucks, shipment, evacuation, departure,
  leaving...) and, in the same sentence and close by, a route or time cue (via,
  route, road, checkpoint, border crossing, "from Goma to Bukavu", 06:00, 6 a.m.,
  tonight, tomorrow, on Monday). A movement alone ("the convoy arrived safely last
  year") or a place alone is not flagged.
- Metaphors are not movements: "a convoy of hope", "convoy of love".
- A street address is not a route: "17 Route des Morillons".
- Vaguer cues (a weekday, "from Libya to Italy", "heading towards") alone stay below
  the usual floor, so statistics such as "departures from Libya to Italy rose" pass.
- A movement told in the past ("reached", "yesterday", "last week") is less telling
  than one to come: lower confidence, so a past trip with only vague cues passes.
- The span runs from the movement word to the farthest cue, so the reader sees what
  gives the movement away. Both a route and a time raise the confidence.
- Context decides between operations and leisure. Within a few sentences, words of
  field operations (escort, checkpoint, staff, team, mission, IOM, aid, armoured...)
  make a movement operational; words of leisure and public events (road trip,
  weekend, friends, wedding, job fair, shuttle, parade, school outing, a flight
  number...) make it leisure. A convoy, escort or evacuation is operational in
  itself; a bus, a flight, "we leave" needs an operational word to count, and a
  movement with at least as many leisure words as operational ones is not flagged.
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
from ._classifier import with_model
from ._near import Cues, Sentences, fast, option_free, sentences

NAME = "convoy"
DESCRIPTION = "the route or time of a convoy or other movement of people or goods"

_METAPHOR = r"(?! of (?:hope|love|joy|peace|solidarity|friendship|kindness|compassion|goodwill|ideas|dreams|memories)\b)"
_MOVEMENT = fast(
    r"\b(?:"
    rf"(?P<convoy>convoys?{_METAPHOR}|convois?|convoyes?|trucks?|lorr(?:y|ies)|camions?|cami[oó]n|camiones|shipments?"
    r"|evacuations?|évacuations?|evacuaci[oó]n|evacuaciones|airlifts?|aid deliver(?:y|ies)|relief (?:items|supplies|goods)"
    r"|food (?:aid|supplies|deliveries)|cargamentos?|cargaisons?|escort(?:ed)?|escorte|escortés?|escolta(?:d[oa]s)?|caravana"
    r"|armou?red vehicles?|véhicules? blindés?|veh[ií]culos? blindados?|staff movements?|mouvement|mvt|movimiento|movement)"
    r"|departures?|départs?|salidas?|depart(?:s|ing)?|leaving|leaves|will leave|sets? off|setting off|moving out"
    r"|relocation|relocations|vehicles?|véhicules?|veh[ií]culos?|bus|buses|flights?|vuelos?|vols?|helicopters?|hélicos?|hélicoptères?|helic[oó]pteros?"
    r"|boats?|bateaux?|lanchas?|barcos?|pirogues?|rotations?|rotaci[oó]n|pick-?ups?|camionetas?|jeeps?|land cruisers?|4x4"
    r"|(?:we|i) (?:leave|depart|drive|cross|travel|move|head)|(?:i['’]m|we['’]re|we are|i am) (?:driving|leaving|travell?ing|heading|crossing)|heading (?:on )?(?:to|for)|headed (?:to|for)"
    r"|leave|on (?:quitte|part|partira)|partons|partent|partiront|quitte|quittent|descend|traversent|franchit|salimos|saldremos|salgo|sale|salen|sali[oó]"
    r"|(?:se )?desplazar[aá]n?|se déplacer[ao]n?t?|recorrer[aá]n?|pasaremos|vamos por|embarquement|embarque"
    r"|partira|partiront|quittera|quitteront|saldr[aá]n?|partir[aá]n?|livraisons?|expéditions?|acheminement|env[ií]os?"
    r"|(?:team|teams|staff|mission|équipe|equipo) (?:will )?(?:travel|travels|travelling|traveling|move|moves|moving|head|heads)"
    r")\b",
    re.IGNORECASE,
)
_ROUTE = fast(
    r"\b(?i:via(?= (?:the )?[A-Z0-9])|vía(?= (?:la )?[A-Z0-9])|en route"
    r"|route(?! (?:de|des|du|de la|d['’])\b)|road|roads|highway"
    r"|motorway|corridor|checkpoints?|(?:border )?crossing(?: point)?|bound for|itinerary|itinéraire|axe|axis|par la route"
    r"|point de contrôle|barrages? routiers?|poste[- ]frontière|ruta|carretera|puesto de control|paso fronterizo|ret[eé]n|pista|por la v[ií]a|airstrip|piste"
    r"|jetty|wharf|port|puerto|muelle|check)\b"
    r"|\b(?:RN|RD|N|A|B|M|R)\d{1,3}\b"
    r"|\b[A-ZÀ-Ý][\w'’-]+ ?(?:→|->|>|–|—) ?[A-ZÀ-Ý][\w'’-]+"
    r"|(?P<weak>\b(?i:heading (?:to|for|towards)|towards|en direction de|rumbo a|con destino a)\b"
    r"|\bfrom [A-ZÀ-Ý][\w'’-]+ (?:to|towards|into) [A-ZÀ-Ý][\w'’-]+"
    r"|\bde [A-ZÀ-Ý][\w'’-]+ (?:à|a|hacia|hasta|vers) [A-ZÀ-Ý][\w'’-]+)",
)
_TIME = fast(
    r"\b(?:[01]?\d|2[0-3])(?::|h)[0-5]\d\b|\b(?:[01]?\d|2[0-3])h(?!\w)"
    r"|\b(?:[01]\d|2[0-3])[0-5]\d ?(?:hrs?|h)\b|\b(?:1[0-2]|0?[1-9]) ?(?i:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\b(?i:tonight|tomorrow(?: morning| night| evening| afternoon)?|at dawn|at dusk|at noon|at midnight|at first light"
    r"|this (?:morning|afternoon|evening)|demain|ce soir|cette nuit"
    r"|à l['’]aube|au petit matin|esta noche|ma[ñn]ana|al amanecer"
    r"|a las \d{1,2}|tmrw|tomorrow|ce soir|demain (?:matin|soir)|esta tarde|esta mañana)\b"
    r"|\b(?i:at|around|by|vers|à|a las|hacia las|desde las) (?:[01]?\d|2[0-3])(?![\d:,.%])(?! ?(?:[ap]\.?m\b|h|hrs?\b))\b"
    r"|(?P<weak>\b(?i:(?:on |next |this )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain| matin| soir)?"
    r"|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\b)",
)
_PAST = fast(
    r"\b(?i:arrived|reached|delivered|returned|completed|brought|took|transported|carried|travell?ed|left|departed|crossed"
    r"|drove|flew|relocated|evacuated|helped|assisted|last (?:week|month|year)|yesterday|ago|earlier this (?:week|month|year)"
    r"|hier|est arrivée?|sont arrivée?s|a atteint|ayer|lleg[oó]|llegaron|el año pasado|l['’]an dernier)\b"
)



_OPERATIONAL = fast(
    r"\b(?i:escort\w*|escorte\w*|escolt\w*|security|sécurité|seguridad|armou?red|blindé\w*|blindad\w*|checkpoints?|check-?point|ret[eé]n|puesto de control"
    r"|staff|équipe|team|equipo|colleagues|collègues|colegas|mission|misi[oó]n|humanitarian|humanitaire|humanitari[oa]|UNHAS|MONUSCO|convoy\w*|convoi\w*|caravana"
    r"|field|terrain|distribution|distribuci[oó]n|registration|enregistrement|registro|WASH|protection|protecci[oó]n|compound|warehouse|entrepôt|almac[eé]n"
    r"|gendarmerie|gendarmes|police|policía|military|militaire|militar|navy|naval|army|armée|ej[eé]rcito|FDS|PNH|laissez-passer|radios?|land cruisers?|jeeps?|camionetas?"
    r"|IOM|OIM|UN|ONU|NU|aid|ayuda|aide|relief|medicines?|médicaments|medicinas|medicamentos|supplies|suministros|vivres|retour volontaire|retorno voluntario|returnees|rapatri\w*|evacu\w*|évacu\w*)\b"
)
"""Words of field operations: a movement among them is a movement of staff or aid."""
_LEISURE = fast(
    r"\b(?i:road ?trip|holidays?|vacation|vacances|vacaciones|week-?end|copines|copains|friends|amis|amigos|amigas|job fair|career fair|salon de l['’]emploi|feria"
    r"|open day|portes ouvertes|puertas abiertas|carnival|carnaval|parade|défilé|desfile|concert|festival|school|lycée|élèves|escuela|colegio|field trip|sortie"
    r"|protest|manifestation|protesta|traffic|bouchon|embouteillage|circulation|tráfico|trancón|commute|shuttles?|navettes?|lanzaderas?|podcast|exceptionnel"
    r"|présidentiel|presidential|presidencial|trucker|motards|bikers|délégation officielle|inscrivez-vous|register now|regístrate|entrée libre|free entry|entrada libre"
    r"|boda|wedding|mariage|ciclista|cycling|vélo|rodada|moto|motos|grupo de siempre|quien quiera|who wants to join|qui veut venir"
    r"|conference|conférence|conferencia|diálogo|dialogue|forum|summit|sommet|cumbre|connection|correspondance|gate|porte \d|puerta \d)\b"
    r"|\b[A-Z]{2} ?\d{2,4}\b"
)
"""Leisure and public events: a road trip, a shuttle to a job fair, a parade, a commercial flight."""


def detect(draft: Draft) -> list[Detection]:
    text = draft.text
    movements = list(_MOVEMENT.finditer(text))
    if not movements:
        return []
    spans = [movement.span() for movement in movements]
    routes = Cues(_ROUTE, text, 60, 80, around=spans)
    times = Cues(_TIME, text, 60, 80, around=spans)
    past = Cues(_PAST, text, 80, 80, around=spans)
    operational = Cues(_OPERATIONAL, text, 160, 160, around=spans)
    leisure = Cues(_LEISURE, text, 160, 160, around=spans)
    breaks = sentences(draft)
    found: list[Detection] = []
    for movement in movements:
        start, end = movement.span()
        route = [c for c in routes.near(start, end) if _together(breaks, start, end, c)]
        time = [c for c in times.near(start, end) if _together(breaks, start, end, c)]
        if not (route or time):
            continue
        cues = route + time
        span_start = min([start] + [c.start() for c in cues])
        span_end = max([end] + [c.end() for c in cues])
        strong = any(not c.group("weak") for c in cues)
        confidence = 0.6 if strong else 0.45
        confidence += (0.15 if route and time else 0.0) + (0.1 if movement.group("convoy") else 0.0)
        if any(_together(breaks, start, end, c) for c in past.near(start, end)):
            confidence -= 0.25
        operations = [c for c in operational.near(start, end) if c.span() != (start, end)]
        in_operations = bool(operations)
        if len(leisure.near(start, end)) >= len(operations) > 0 or (leisure.any_near(start, end) and not in_operations):
            confidence -= 0.4
        elif not (in_operations or movement.group("convoy")):
            confidence -= 0.2
        if found and span_start < found[-1].end:
            previous = found.pop()
            span_start = min(span_start, previous.start)
            span_end = max(span_end, previous.end)
            confidence = max(confidence, previous.confidence)
        found.append(Detection(span_start, span_end, confidence, "the route or time of a convoy or movement"))
    return found


def _together(sentences: Sentences, start: int, end: int, cue: re.Match[str]) -> bool:
    return sentences.same(min(start, cue.start()), max(end, cue.end()))


compile = option_free(with_model(NAME, "the route or time of a convoy or movement", detect))
