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
- Hearsay and hedging in English, French and Spanish count: "word is", "I'm
  hearing", "can't confirm", "nothing official", "il paraît que", "on m'a dit",
  "à prendre avec des pincettes", "dicen que", "corre la voz", "sin confirmar",
  and a private person's report ("my uncle in Tripoli says the militias...").
- A saying is not news: "il paraît que la patience est une vertu" (a general
  statement right after "il paraît que", "dicen que") stays below the floor.
- A fact-check names a rumour to deny it: a denial nearby ("this is false",
  "c'est faux", "FALSO", "fact check") lowers every cue below the floor.
- A news label on family life ("breaking news in our house") or on the
  organisation's own announcement ("ÚLTIMA HORA: IOM and the government signed")
  is not unconfirmed news.
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
from ._classifier import with_model
from ._near import Cues, fast, option_free, sentences

NAME = "unconfirmed-news"
DESCRIPTION = "news labelled as breaking, unconfirmed, rumoured or from unnamed sources"

_BREAKING_LABEL = fast(
    r"#(?i:breaking|breakingnews|breaking_news|justin|ultimahora|últimahora|derniereminute|dernièreminute)\b"
    r"|\bBREAKING\b(?! ?[A-Z]{2,}\b)"  # a BREAKING label, not "BREAKING BARRIERS"
    r"|\b(?i:breaking)(?: ?(?i:news)\b| ?[:\-–—|])"
    r"|\b(?i:just in|dernière minute|derniere minute|última hora|ultima hora)\b"
)
_A = r"['’]"
_HEDGE = fast(
    r"\b(?:"
    r"(?P<strong>unconfirmed reports?|unverified reports?|reports? (?:that )?(?:have|has) not been (?:confirmed|verified)"
    r"|rumou?rs? (?:say|says|said|suggest|suggests|have it|has it|are circulating|is circulating|are spreading)"
    # "rumours that the camp will close" tells one; "rumours that cannot be confirmed" is about them
    r"|(?:heard|hearing|hear) rumou?rs?|rumou?rs? that(?= (?:the|a|an|this|these|some|many|all|we|they|he|she|it|there"
    r"|our|their|his|her|its|IOM|OIM)\b| (?-i:[A-Z0-9]))"
    r"|rumou?r has it|(?:it is|it's) rumou?red|rumou?red to"
    # hearsay: someone told me, word is, people are saying
    rf"|word (?:is|on the street|has it)|(?:i|we){_A}?(?:ve| have)? (?:been )?(?:hearing|heard|told) (?:that|from|it)"
    rf"|(?:i|we){_A}?m hearing|(?:i|we) (?:am|are) hearing|i was told|we were told|(?:told|tells|texted|messaged|whispered to) (?:me|us) that"
    r"|(?:people|folks|they) (?:are|were) (?:saying|talking about)|(?:reports|news|word) (?:are |is )?(?:coming|trickling) in|going around (?:on|in)"
    r"|(?:crazy|big|huge|wild|terrible|scary) if true|if (?:this|that|it) is true|(?:pinch|grain) of salt"
    r"|(?<!you )(?:can(?:not| not|['’]t)|could(?:n['’]t| not)) (?:confirm|verify)|unable to (?:confirm|verify)|(?:still )?trying to (?:confirm|verify)"
    r"|not (?:been )?(?:able|possible) to (?:confirm|verify)|haven['’]t (?:been able to )?(?:confirm|verifi)ed"
    r"|not official yet|nothing official|no official (?:word|confirmation|statement|info|information|news)|not yet official|not public yet|nothing (?:announced|on the news)"
    r"|hearing (?:reports|whispers|rumou?rs|talk|chatter|that)|whispers that|chatter (?:on|that|about)|(?:word|reports|news) reaching us|(?:we are|we're|i am|i'm) (?:receiving|getting) reports"
    r"|supposedly|unofficially|off the record|rumou?r mill|it is said that|insiders? (?:say|says|said|tell)|no confirmation yet"
    r"|if confirmed|(?:yet|still) to be verified|(?:cannot|can['’]t|could not) be (?:independently )?(?:confirmed|verified)|not independently (?:confirmed|verified)"
    r"|(?:circulating|going around|spreading) (?:on|in) (?:whatsapp|telegram|facebook|social media|tiktok|the community|the camp)"
    r"|according to (?:a|my|our) (?:friend|source|contact|colleague|cousin|neighbou?r)"
    r"|on m['’]a (?:dit|rapporté|raconté|confié)|d['’]après (?:mes|des|certaines?) (?:sources|contacts|rumeurs|informations)|si l['’]info(?:rmation)? se confirme"
    r"|si c['’]est vrai|à vérifier|infos? non confirmées?|(?:circule|circulent|tourne) sur (?:whatsapp|telegram|facebook|les réseaux)|officieusement"
    r"|me (?:comentaron|comentó|dijeron|dicen) que|según me (?:cuentan|dicen|dijeron)|si se confirma|por confirmar|extraoficialmente"
    r"|(?:circula|está circulando|circulan) (?:en|por) (?:whatsapp|telegram|facebook|redes)"
    r"|not (?:yet )?verified|(?<!you )(?:can(?:not| not|['’]t)|could(?:n['’]t| not)) verify|rumou?r (?:is )?going around|(?:sharing|posting) (?:in case|what i(?:['’]ve| have) been told)|in case it['’]s true"
    # French
    r"|(?P<saying>il para[iî]t qu(?:e|['’])|on (?:dit|raconte)(?: [^\W\d_]+){0,3}? qu(?:e|['’]))|para[iî]t-il|on parle de|(?:des )?bruits (?:courent|de couloir)|selon des rumeurs|rumeurs? (?:qui (?:court|circule)|selon lesquelles|font état)"
    r"|des rumeurs (?:disent|circulent)|(?:j['’]ai|nous avons|on a) (?:entendu dire|eu écho|eu vent)|(?:me|nous) (?:dit|disent|confie|confient|raconte|racontent|écrit|écrivent) que"
    r"|m['’]a (?:dit|raconté|confié|écrit|envoyé)|me confie|(?:ce )?que m['’]envoie|sans (?:pouvoir|avoir pu) (?:le )?vérifier|à prendre avec des pincettes"
    r"|pas encore officiel(?:le)?|rien d['’]officiel|(?:pas|aucune?) (?:d['’])?(?:info(?:rmation)?s?|confirmation) officielles?|pas de confirmation|à confirmer"
    r"|informations? non (?:encore )?(?:confirmées?|vérifiées?)|non encore vérifiées?|(?:ça|ca) tourne sur|des vidéos circulent|quelqu['’]un (?:peut|pourrait) confirmer"
    r"|informaci[oó]n no confirmada|noticias? no confirmadas?|se rumorea|según rumores|rumores (?:de que|dicen|indican|apuntan)|rumor fuerte"
    # Spanish
    r"|(?:^|(?<=[.!?¿¡:;,(\n] )|(?<=[.!?¿¡:;,(\n])|(?<=\bya )|(?<=\by )|(?<=\bme )|(?<=\bnos ))(?P<saying2>dicen que|se dice que)|se comenta que|se está diciendo|corre la voz|se escucha (?:en|que)|(?:me|nos) (?:llega|llegan|llegó|llegaron) (?:por|reportes|informaci[oó]n|que|el rumor)"
    r"|(?:me|nos) (?:cuentan|contaron|dijeron|dicen|escribió|escribieron|informan) (?:que|desde|en|personas)|me contaron|cadena que me llegó|lo que me llegó"
    r"|según (?:comentan|dicen|cuentan)|no sé si (?:es|sea) (?:cierto|verdad)|no (?:lo )?(?:he|hemos) podido (?:verificar|confirmar)|no (?:lo )?puedo (?:verificar|confirmar)"
    r"|(?:no|nadie lo ha|todavía no|aún no) (?:está|ha) (?:confirmado|verificado)|(?:aún|todavía) sin (?:verificar|confirmar)|(?:tratando|intentando) de (?:confirmar|verificar)"
    r"|todavía estamos verificando|sin fuente oficial|alguien (?:puede|podría) confirmar|alguien sabe algo|fuentes? (?:del terreno|fiables|cercanas)|reportes preliminares)"
    r"|(?P<weak>il semblerait que|awaiting confirmation)|allegedly(?=,? (?:the|a|an|this|that|they|he|she|it|there|[A-Z])\b)|al parecer|not confirmed|(?P<weak2>allegedly)"
    r"|unconfirmed|unverified|not yet (?:been )?confirmed|yet to be confirmed|reportedly|apparently|apparemment|aparentemente"
    r"|sources (?:say|said|says|tell|told|claim|claimed|suggest|indicate|report|close to)"
    r"|according to (?:unnamed|unconfirmed|anonymous|local|some|several|multiple|various) (?:sources|reports)"
    r"|unnamed sources|anonymous sources|developing story|non confirmée?s?|pas encore confirmée?s?"
    r"|selon (?:des|certaines|plusieurs|nos) sources|de source sûre|selon certaines informations|une source (?:bien placée|proche)"
    r"|sin confirmar|no confirmad[oa]s?|aún no (?:ha sido )?confirmad[oa]"
    r"|según (?:fuentes|algunas fuentes|varias fuentes)(?! oficiales)|fuentes (?:indican|señalan|afirman|aseguran)"
    r")\b",
    re.IGNORECASE,
)
_SOURCE = fast(
    r"\b(?i:source|insider|contact|friend|colleague|cousin|uncle|aunt|brother|sister|neighbou?r|driver|someone|somebody|journalist|people"
    r"|belle-sœur|beau-frère|cousine?|oncle|tante|amie?|collègue|voisine?|chauffeur|quelqu['’]un|gens"
    r"|contacto|amig[oa]|prim[oa]|t[ií][oa]|vecin[oa]|colega|conductor|alguien|gente)s?\b"
)
_SAYS = fast(
    r"\b(?i:says|said|saying|tells|told|dit|disent|disait|racontent|raconte|dice|dicen|dijo|cuenta|contó|comenta)\b"
    r"(?= (?i:that|me|us|que|qu['’]|the|there|they|we|le|la|les|l['’]|il|ils|elle|el|los|las|hay|hubo|habrá|van?|vont|va)\b)"
)
"""Hearsay told by a private person: "my uncle in Tripoli says the militias...", "mon cousin dit que..."."""
_GENERIC = fast(r"\b(?i:est|es|is|are|sont|son|souvent|toujours|siempre|always|often)\b")
"""A saying, not news: "il paraît que la patience est une vertu", "dicen que Lima es gris"."""
_ADJECTIVE_END = ("le", "ive", "ous", "al", "ful", "ent", "ant")
_DEBUNK = fast(
    r"\b(?i:is false|are false|is fake|fake news|is not true|isn['’]t true|not true|untrue|hoax|myth|debunk\w*|c['’]est faux|est faux|est fausse|sont faux|sont fausses"
    r"|infondée?s?|démen\w+|ce n['’]est pas vrai|es falso|es falsa|son falsos|son falsas|desment\w+|bulo|no es cierto que|no es verdad que"
    r"|fact.?check\w*|vérification des faits|intox|verificaci[oó]n de datos)\b"
    r"|\b(?:FALSE|FAKE|FAUX|FAUSSE|FALSO|FALSA)\b"
)
"""A fact-check names the rumour to deny it: "Rumours that the border will close are false".
Looked for in the sentences around, since a fact-check often denies in the next one."""
_PRIVATE_LIFE = fast(
    r"\b(?i:in our house|at home|in my life|de ma vie|de mi vida|en casa|à la maison|chez nous|the baby|le bébé|el bebé|our family|ma famille|mi familia)\b"
)
"""A news label on family life is a joke, not news: "Breaking news in our house: the baby sleeps"."""
_OFFICIAL = fast(
    r"\b(?i:signed|sign|firmaron|firmó|firman|ont signé|a signé|signent|communiqué|comunicado|press release|official statement|announced|anuncia|anunció|annonce)\b"
)
"""A news label on the organisation's own announcement is not unconfirmed news."""


def detect(draft: Draft) -> list[Detection]:
    text = draft.text
    breaks = sentences(draft)
    found: list[Detection] = []
    labels = list(_BREAKING_LABEL.finditer(text))
    hedges = list(_HEDGE.finditer(text))
    spans = [m.span() for m in labels + hedges]
    debunks = Cues(_DEBUNK, text, 120, 120, around=spans)
    private = Cues(_PRIVATE_LIFE, text, 0, 60, around=[m.span() for m in labels])
    official = Cues(_OFFICIAL, text, 0, 200, around=[m.span() for m in labels])
    for label in labels:
        start, end = label.span()
        confidence = 0.8
        if private.any_near(start, end) or (official.any_near(start, end) and not hedges):
            confidence = 0.3
        while end > start and not text[end - 1].isalnum():
            end -= 1
        found.append(Detection(start, end, confidence, "breaking news that IOM has not confirmed"))
    generic = Cues(_GENERIC, text, 0, 40, around=[m.span() for m in hedges if m.group("saying") or m.group("saying2")])
    for hedge in hedges:
        confidence = 0.8 if hedge.group("strong") else 0.4 if hedge.group("weak") or hedge.group("weak2") else 0.6
        start, end = hedge.span()
        if (hedge.group("saying") or hedge.group("saying2")) and any(breaks.same(start, g.end()) for g in generic.near(start, end)):
            confidence = 0.4
        if hedge.group().lower() == "apparently" and _next_word(text, end).endswith(_ADJECTIVE_END):
            confidence = 0.3
        if debunks.any_near(start, end):
            confidence = 0.3
        found.append(Detection(start, end, confidence, "news that is not confirmed"))
    says = list(_SAYS.finditer(text))
    sources = Cues(_SOURCE, text, 60, 0, around=[m.span() for m in says])
    for verb in says:
        start, end = verb.span()
        told = [n for n in sources.near(start, end) if breaks.same(n.start(), end)]
        if told:
            found.append(Detection(told[-1].start(), end, 0.6, "news heard from someone, not confirmed"))
    return _without_overlaps(found, text)


def _next_word(text: str, end: int) -> str:
    return text[end:end + 20].split(maxsplit=1)[0].lower() if text[end:end + 20].strip() else ""


def _without_overlaps(found: list[Detection], text: str) -> list[Detection]:
    """One detection for each run of overlapping or touching cues, as sure as the surest."""
    kept: list[Detection] = []
    for detection in sorted(found, key=lambda d: (d.start, -d.end)):
        if kept and detection.start <= kept[-1].end + 1 and not text[kept[-1].end:detection.start].strip():
            last = kept.pop()
            best = last if last.confidence >= detection.confidence else detection
            kept.append(Detection(last.start, max(last.end, detection.end), best.confidence, best.what))
            continue
        kept.append(detection)
    return kept


compile = option_free(with_model(NAME, "news that is not confirmed", detect))
