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

Most leaks carry no marking, so `_disclosures` also weighs, within a sentence and
its neighbours, lexicons in English, French and Spanish:

- secrecy framing: "leaked", "between you and me", "not announced yet", "off the
  record", "entre nous", "pas encore officiel", "entre nosotros", "aún no es oficial";
- inside framing: an internal memo or meeting, "all-staff town hall", "HR told us",
  "en réunion interne", "nos dijeron en la reunión";
- an internal subject: job cuts, layoffs, restructuring, a budget or funding cut, an
  office closing, contracts not renewed, an internal investigation;
- about a beneficiary: a named or aged person ("Yonas, 15", "Mariela, 15 años")
  with two kinds of sensitive detail (trafficking, a rejected asylum claim,
  pregnancy, where they sleep now).

Secrecy or inside framing counts with an internal subject in its sentence or the next
or previous one; an internal paper ("internal memo", "note interne", "acta de la
reunión del equipo directivo") counts by itself; secrecy and inside framing together
count without a subject. Secrecy framing alone is not enough ("between us and UNHCR",
"results not announced yet"), and a sentence that says the thing was published or said
in public ("internal audit report published", "in her public speech") is clean. A
sentence gives one finding, and none beside a marking.
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
from ._classifier import with_model
from ._near import Cues, fast, lower_words, lowered, option_free, sentences, words

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
        if _mid_sentence_label(text, start, end):
            continue  # "keep their information confidential: ..." is a promise, not a marking
        confidence = 0.6 if label == "off the record" else 0.85
        found.append(Detection(start, end, confidence, "confidential or unpublished material"))
    breaks = sentences(draft)
    marked = {breaks.index(d.start) for d in found}
    by_sentence: dict[int, list[Detection]] = {}
    for detection in _disclosures(draft):
        sentence = breaks.index(detection.start)
        if sentence not in marked:  # a marking says it already
            by_sentence.setdefault(sentence, []).append(detection)
    return sorted(found + [_joined(group) for group in by_sentence.values()], key=lambda d: d.start)


_BARE_LABELS = {"confidential", "confidentiel", "confidentielle", "confidencial", "restricted", "restreint", "restringido", "embargoed"}


def _mid_sentence_label(text: str, start: int, end: int) -> bool:
    """A lower-case label word after other words of its sentence ("... information confidential:")."""
    word = text[start:end]
    if word.lower() not in _BARE_LABELS or word.isupper():
        return False
    if text[end:end + 2].lstrip(" ")[:1] in (")", "]"):
        return False  # "(due next month, still confidential)" states what the thing is
    before = text[max(0, start - 3):start].rstrip(" \t")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",'’")


def _joined(group: list[Detection]) -> Detection:
    """One finding for a sentence's cues: the surest one, stretched over the others when they are close."""
    best = max(group, key=lambda d: d.confidence)
    start, end = min(d.start for d in group), max(d.end for d in group)
    if end - start > 160:
        start, end = best.start, best.end
    return Detection(start, end, best.confidence, best.what)


compile = option_free(with_model(NAME, "unpublished internal information", detect))


_SECRECY = lower_words(
    r"(?i:\b(?:a |my )?(?:friend|contact|mate|colleague|source|someone) (?:in|at|from) (?:finance|hr|management|hq|headquarters|the budget office|the front office)|\bun ami (?:aux|à la|au|des) (?:finances|rh|siège|direction|ressources humaines)|\bun amigo (?:de|en) (?:finanzas|rrhh|la sede|dirección|recursos humanos)|\bbefore (?:they|it|management) (?:bury|buries|hide|hides)|\bavant que ce soit enterré|\bantes de que lo entierren|\bannouncement (?:after|next|coming|due)|\bl['’]annonce (?:sera faite|est prévue|après)|\bel anuncio (?:será|está previsto|después)|\b(?:haven['’]t|hasn['’]t|have not|has not|didn['’]t) (?:yet )?(?:told|informed|announced)|\bgrapevine|\brumou?r has it|\bword is\b|\bnothing (?:is )?official|\bnot official|\boff the books|\bunofficially|\bofficieusement|\bextraoficialmente|\boficiosamente|\bcan['’]t say (?:this|it|that) officially|\bje ne peux pas le dire officiellement|\bno (?:lo )?puedo decir(?:lo)? oficialmente|\brien n['’]est (?:encore )?(?:officiel|public)|\bpersonne ne (?:le )?sait|\bnadie lo sabe|\bnada (?:es )?oficial|\bde source sûre|\bfuentes internas|\bme enteré|\bme contaron|\binfo de l['’]intérieur|\bfrom the inside|\binsiders?\b|\bleak(?:ed|s)?\b(?! in\b)|\bbetween (?:you and me|you and i|us\b(?= ?[:,.!)]| (?:two|three)))"
    r"|\bnot (?:yet )?(?:been )?(?:announced|public|official|made public)|\b(?:isn['’]t|aren['’]t|hasn['’]t been|haven['’]t been|is not|are not)"
    r" (?:yet )?(?:announced|public|official|made public)|\bbefore (?:it['’]s|it is|they go|it goes|anyone|the official)"
    r"|\bnobody (?:outside|else)|\bno one (?:outside|else) knows|\bnobody['’]s been told|\boff the record"
    r"|\bdon['’]?t tell (?:anyone|anybody)|\bdidn['’]t hear (?:it|this|that) from me|\bkeep (?:it|this) (?:quiet|between us|to yourselves?)"
    r"|\ba little bird|\bbehind closed doors|\bi shouldn['’]t (?:say|be saying|share)|\bnot supposed to (?:say|share|tell)"
    r"|\bcan['’]t give (?:details|names)|\bsneak peek|\b(?:finally|now) i can (?:say|tell|share)|\benfin je peux (?:le )?(?:dire|raconter)|\bpor fin (?:puedo|lo puedo) (?:contar|decir)|\bscoop|\bheads[- ]up internally"
    r"|\b(?:nobody|no one|not)(?:['’]s| is| are)? (?:meant|supposed) to (?:know|see|hear)|\bkeep(?:s|ing)? (?:it|this|them) (?:quiet|secret|under wraps)"
    r"|\bunder wraps|\bhush[- ]hush|\bbefore the (?:official )?(?:announcement|press release|launch)|\bunannounced|\bunpublished"
    r"|\b(?:a |quick |sneak |little )?(?:peek|preview) (?:at|of)|\bgot a preview|\bcan['’]t (?:say|name|give) (?:names|more|who)"
    r"|\b(?:minutes|notes) (?:from|of) (?:today['’]s|the|this morning['’]s|yesterday['’]s) (?:\w+ )?meeting|\bforwarded me"
    r"|\b(?:restricted|classified) (?:\w+ )?(?:contract|document|report|file|memo|email|list|figures)|\bout \(internally"
    r"|\bpas encore (?:diffusée?s?|communiquée?s?|sortie?s?|au courant|officialisée?s?)|\bavant l['’]annonce|\bannonce officielle"
    r"|\bpetit (?:spoiler|aperçu)|\bspoiler|\baperçu (?:du|de la|des)|\bje floute pas|\bon m['’]a (?:dit|confié)|\bqu['’]on m['’]a dit"
    r"|\bje ne peux pas (?:dire|donner) (?:de noms|plus|qui)|\bgardez[- ]le pour vous"
    r"|\b(?:información|documento|informe|correo) (?:interna?|reservad[oa]|confidencial)|\breservad[oa]s?\b|\bno puedo (?:decir|dar) (?:nombres|más)"
    r"|\btodavía es|\bantes del anuncio|\bsin anunciar|\badelanto|\blo supe (?:hoy )?por|\bme (?:contaron|dijeron) en"
    r"|\bconfidential (?:doc|document|memo|email|e-mail|report|briefing|figures|list|info|information|plan)"
    r"|\bfuit(?:e|é|ée)\b|\ba fuité|\bentre nous\b|\bpas encore (?:annoncée?s?|officiel(?:le)?s?|publiée?s?|publique?s?|validée?s?|rendue?s? publique?s?)"
    r"|\bn['’]est pas (?:encore )?(?:officiel|public)|\bl['’]annonce officielle|\bne le dites à personne|\bne répétez pas|\bmotus"
    r"|\bchut\b|\bje ne devrais pas|\bne rien dire|\bà huis clos|\bde source interne|\bconfidentiel(?:le)?s?\b(?! (?:d['’]|de ))"
    r"|\bstrictement confidentiel|\bfiltrad[oa]s?\b|\bse filtró|\bentre nosotros\b|\bque quede entre"
    r"|\b(?:todavía|aún|todavia|aun) no (?:se ha |es |está |ha sido |lo han )?(?:anunciad|comunicad|oficial|públic|hecho públic)\w*"
    r"|\bno se ha (?:anunciado|comunicado|hecho público)|\bnadie lo (?:ha hecho|sabe)|\bno es (?:oficial|público)"
    r"|\bno se lo (?:digan|digas|cuenten|cuentes)|\bno debería (?:decirlo|contarlo|decir)|\ba puerta cerrada|\bclosed[- ]door|\bclosed meeting|\bréunion fermée|\breuni[oó]n cerrada|\bprimicia)"
)
_INSIDE = lower_words(
    r"(?i:\bheads[- ]up\b|\b(?:showed|sent|passed|forwarded) me\b|\bm['’]a (?:montré|envoyé|passé|transféré)|\bme (?:pasó|mostró|envió|reenvió)\b|\bleadership (?:call|meeting|team|retreat)|\bmanagement team|\bcomité de direction|\béquipe de direction|\bréunion de direction|\bequipo directivo|\breuni[oó]n de (?:gerencia|direcci[oó]n)|\b(?:my|our) (?:manager|boss|director|supervisor|chief of mission|head of office) (?:just )?(?:told|confirmed|said|informed|let slip)|\b(?:mon|ma|notre) (?:chef|cheffe|directeur|directrice|responsable) (?:nous |m['’])?a (?:dit|confirmé|annoncé)|\b(?:mi|nuestr[oa]) (?:jef[ea]|director[a]?|supervisor[a]?) (?:me |nos )?(?:dijo|confirmó|contó)|\bjust saw the (?:list|draft|memo|document|email)|\bj['’]ai vu (?:la liste|le document|passer)|\bvi (?:la lista|el documento|el correo)|\bscreenshot|\bcapture d['’]écran|\bcaptura de pantalla|\bcaptura del (?:organigrama|documento|correo|chat)|\binternal(?:ly)?\b(?! ?displace| ?(?:migration|migrants?|conflicts?|affairs))|\ball-staff|\ball staff (?:meeting|call|e-?mail|town ?hall|mail|message|briefing)|\b(?:staff|internal|virtual|global|today['’]s|this morning['’]s|yesterday['’]s) town ?hall|\btown ?hall (?:meeting|with (?:the )?(?:dg|director|staff|management|leadership))"
    r"|\b(?:staff|team|management|senior management|security|coordination|crisis|budget|donor) (?:meeting|call|briefing|retreat)"
    r"|\b(?:hr|management|they|leadership|the (?:director|boss|management|chief|head)\w*|our (?:director|boss|manager)) (?:just )?(?:told|informed|showed) us\b|\bwe (?:were|['’]ve been|have been) told|\bjust out of the|\bin (?:today['’]s|this morning['’]s|yesterday['’]s) meeting"
    r"|(?<!placés )(?<!placées )(?<!placée )(?<!placé )\binternes?\b|\ben interne|\bréunion\b|\bcomité de (?:pilotage|direction)|\bon (?:nous )?(?:a|vient d['’])"
    r" (?:dit|annoncé|appris|demandé)|\bla direction (?:nous )?a (?:annoncé|dit)|\bon vient d['’]apprendre"
    r"|(?<!zados )(?<!zadas )(?<!zado )(?<!zada )\bintern[oa]s?\b|\binternamente|\breuni[oó]n\b|\bnos (?:dijeron|acaban de|informaron|comunicaron|contaron|pasaron)"
    r"|\bnos (?:han|ha) (?:dicho|informado|comunicado))"
)
_INTERNAL_PAPER = lower_words(
    r"(?i:\b(?:évaluation|revue|examen) internes?\b|\bevaluaci[oó]n interna\b|\binternal evaluation\b|\b(?:draft|provisional) org(?:anisation|anization)? chart|\borganigramme (?:provisoire|interne)|\borganigrama (?:provisional|interno)|\bminutes (?:from|of) (?:the |today['’]s |yesterday['’]s |this morning['’]s )?(?:senior |internal |management |leadership )\w*|\bcompte rendu du comité|\bacta de la reuni[oó]n (?:del equipo|de gerencia|de direcci[oó]n|interna)|\binternal (?:\w+ )?(?:memo|e-?mail|note|document|doc|report|figures|numbers|data|dashboard|minutes|assessment|list|draft"
    r"|chart|org chart|budget|plan|briefing|review|investigation)s?\b"
    r"|\b(?:mail|e-mail|note|document|rapport|chiffres|données|tableau de bord|liste|compte rendu|budget|audit|bilan|enquête) internes?\b"
    r"|\b(?:correo|memo|memorando|nota|documento|informe|cifras|datos|tablero|lista|acta|presupuesto|organigrama|auditoría|investigación)"
    r" intern[oa]s?\b|\binforme confidencial|\bdocumento interno)"
)
_SUBJECT = lower_words(
    r"(?i:(?<!\w)-\d+ ?%|\b\d+ ?% (?:cut|less|lower|drop|fewer|menos|de moins|en moins|de recorte|de baisse)|\bround of|\blet go\b|\bfired\b|\brenvoyée?s?|\bloses? (?:half|a third|\d+ ?%|its|their|all)|\bcontracts? (?:end|ends|ending|expire)|\bdisappears?|\bdisparaît|\bdisparaissent|\bdesaparece|\bperdre \d+|\bva perdre|\bvan a (?:despedir|cerrar|recortar)|\beffectifs|\b(?:job|staff|post|position|headcount) (?:cuts?|reductions?)|\bposts? (?:will be |are being |to be )?cut|\blay-?offs?\b|\blaid off"
    r"|\bredundanc(?:y|ies)|\brestructur\w*|\bmerg(?:e|er|ing)\b|\bconsolidat\w*|\bharass\w*|\bacoso|\bharcèlement|\btender|\brigged|\bprocurement|\bproposal|\bdanger pay|\bstaff rules"
    r"|\bopening (?:a|the) new|\brelocat\w*|(?:usd|us\$|\$|€|eur|chf)\s?\d|\b\d[\d.,]*\s?(?:k|m|million|millions|millones|mil)?\s?(?:de |d['’])?(?:usd|dollars|dólares|euros)\b"
    r"|\bfonds\b|\btrésorerie|\bcoûts|\bdépassement|\bgel (?:total )?des|\barrêtée?\b|\bsalari\w*|\bvacante|\bpropuesta|\bpresencia|\bmenaces?|\bamenaza|\b(?:budget|funding|fund|cost)s?\b|\bdonors?\b"
    r"|\bcontracts? (?:won['’]t|will not|not|isn['’]t|aren['’]t) (?:be )?renewed|\b(?:pas|non) renouvelée?s?|\bhiring freeze|\bsalar(?:y|ies)|\borg chart"
    r"|\bclos(?:ing|ure)\b|\b(?:will|to|would|going to) close\b|\b(?:close|shut|closes|shuts) (?:the |our |its )?(?:[a-zà-ÿ]\w+ )?(?:sub-office|office|mission|programme|program|project|unit)s?\b|\bshut(?:ting)? down|\bpull(?:ing|s)? (?:out|its|their|international)|\brelocat\w*|\bsuspend\w*"
    r"|\binvestigation|\baudit\b|\bharassment|\bfraud|\bdisciplinary|\bsuspended|\bpromised to"
    r"|\b\d+ (?:posts|positions|jobs|postes|emplois|puestos|empleos)\b|\b(?:posts|positions|postes|puestos) (?:will|to|are|vont|seront|van|serán|se)\b"
    r"|\bsuppressions?\b|\bsupprimé|\blicenci\w*|\bfusion|\bbudg[eé]t\w*|\bbailleurs?\b|\bfinancement|\bfermeture|\bfermer|\bferme\b"
    r"|\bdéménag\w*|\benquête|\bfraude|\bsalaires?\b|\bnon renouvel|\bpas renouvel|\bgel des|\bréduire|\bréduction|\beffectifs|\bretire\b"
    r"|\brecort\w*|\bdespid\w*|\breestructura\w*|\bfusiona\w*|\bpresupuesto|\bdonantes?\b|\bfinanciaci[oó]n|\bfondos?\b|\bcierr[ae]n?\b|\bcerrar"
    r"|\bno se renueva|\bcongel\w*|\binvestigaci[oó]n|\bauditor[ií]a|\bse traslada|\bsuspendid[oa]|\bquedan fuera|\bse elimina)"
)
_PUBLISHED = lower_words(
    r"(?i:\bpublic (?:speech|statement|event|address|hearing|session)|\bpress (?:conference|release|briefing)|\bconférence de presse|\bcommuniqué de presse|\brueda de prensa|\bcomunicado de prensa|(?<!not )(?<!no )\b(?:online|website|site web|sitio web|página web|on our website|sur notre site|en ligne|en línea|en nuestra web)\b|(?<!encore )(?<!not yet )(?<!no )(?<!not )\b(?:published|publish(?:es)?|is out|now out|released today|now available|publicly available|publiée?s?|a publié|publie"
    r"|est en ligne|publicad[oa]s?|public[oó]|publicamos|ya está disponible)\b)"
)
_PERSON = words(
    r"(?i:\b\d{1,2}[- ]years?[- ]old|\baged \d{1,2}\b|\b\d{1,2} (?:ans|años)\b|\bse llama\b|\bs['’]appelle\b|\bnamed [A-Z])"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]{1,20}, \d{1,2}(?:,| ans| años)|\b(?:Mme|Mr|Mrs|Ms|M\.|Sr\.|Sra\.) [A-ZÀ-Ý]"
    r"|\bthe [A-Z][a-z]{1,20} family|\b(?:tent|container|room|shelter|tente|chambre|carpa|cuarto|habitación) [A-Z]?-?\d+|\bla (?:famille|familia) [A-ZÀ-Ý]|\b[A-ZÀ-Ý][a-zà-ÿ]{1,20} (?:from|de|originaire de) [A-ZÀ-Ý]"
)
_SENSITIVE = (
    ("status", fast(
        r"(?i:\bv[ií]ctim(?:e|a)?s? (?:of|de) (?:trafficking|traite|trata)|\btraite\b|\btratantes?|\btraffick\w*|\bsmugglers?|\bpasseurs?"
        r"|\bcoyotes?|\bpregnant|\benceinte|\bembarazada|\bHIV\b|\bVIH\b|\bdetained|\bdétenue?s?\b|\bdetenid[oa]s?|\bunaccompanied"
        r"|\bnon accompagnée?s?|\bno acompañad[oa]s?|\brescapée?s?|\bsurvivor|\bsobreviviente|\babus(?:e|ed|é|ée)\b|\babusad[oa]"
        r"|\bseparated from|\bséparée? de|\bseparad[oa] de|\btracing\b|\b(?:her|his) (?:mum|mother|father|dad)['’]s name|\bsous protection"
        r"|\bdeport(?:ed|aron|ado|ada)|\bexpulsée?\b|\bantecedentes|\bcriminal record|\bcasier judiciaire|\bthreats? from|\bmenaces de"
        r"|\bresettlement interview|\b(?:father|mother|mum|dad|père|mère|padre|madre) (?:detained|missing|disparu|détenu|detenido|desaparecid)"
        r"|\b(?:asylum|claim|application|demande d['’]asile|solicitud de asilo)\b[^.!?]{0,40}(?:rejected|refused|rejetée|denied|rechazada|negada))")),
    ("whereabouts", fast(
        r"(?i:\b(?:lives|sleeps|staying|stays|is staying|is now) (?:in|at|on)\b|\bhébergée?s?\b|\brelogée?s?\b|\bvit (?:à|au|dans)"
        r"|\bvive en\b|\bestá en el (?:albergue|centro)|\bcontainer \w+|\balbergue de\b|\bshelter (?:in|on|at)\b|\bcentre d['’]\w+ de\b"
        r"|\bquartier\b|\bcalle \d+|\bdomiciliée?|\b(?:au|dans le|in the|at the|en el|al) (?:centre|center|centro|camp|campo|albergue"
        r"|shelter|foyer|tent|tente|carpa|container)\b|\b(?:tent|container|tente|carpa) [A-Z]?-?\d+)")),
)


_REACH = 500
"""How far from a framing (in characters) a subject is looked for: a sentence either side, in practice."""


def _disclosures(draft: Draft) -> list[Detection]:
    """Unmarked leaks and a beneficiary's case details (see the module's docstring)."""
    text = draft.text
    breaks = sentences(draft)
    lower = lowered(text)
    secrecy = list(_SECRECY.finditer(lower))
    inside = list(_INSIDE.finditer(lower))
    found: list[Detection] = []
    if secrecy or inside:
        around = [m.span() for m in secrecy + inside]  # subjects matter only near a framing: look for them there only
        subject_matches: dict[int, re.Match[str]] = {}
        for subject in Cues(_SUBJECT, lower, _REACH, _REACH, around=around).matches:
            subject_matches.setdefault(breaks.index(subject.start()), subject)
        subjects = set(subject_matches)
        published = {breaks.index(m.start()) for m in Cues(_PUBLISHED, lower, _REACH, _REACH, around=around).matches}
        for matches, confidence in ((secrecy, 0.75), (inside, 0.6)):
            for match in matches:
                sentence = breaks.index(match.start())
                if sentence in published:
                    continue
                if subjects & {sentence - 1, sentence, sentence + 1} or _INTERNAL_PAPER.match(lower, match.start()):
                    start, end = match.span()
                    subject = subject_matches.get(sentence)
                    if subject and max(end, subject.end()) - min(start, subject.start()) <= 160:
                        start, end = min(start, subject.start()), max(end, subject.end())  # mark what is disclosed too
                    found.append(Detection(start, end, confidence, "unpublished internal information"))
        for match in _INTERNAL_PAPER.finditer(lower):
            if breaks.index(match.start()) not in published:
                found.append(Detection(match.start(), match.end(), 0.6, "unpublished internal information"))
        if secrecy and inside and not found:  # "told us in today's meeting ... Not public. Yet."
            match = secrecy[0]
            if breaks.index(match.start()) not in published:
                found.append(Detection(match.start(), match.end(), 0.65, "unpublished internal information"))
    people = list(_PERSON.finditer(text))
    if people:
        details = sum(len(pattern.findall(text)) for _, pattern in _SENSITIVE)
        if details >= 2:
            person = people[0]
            found.append(Detection(person.start(), person.end(), 0.6, "a beneficiary's sensitive case details"))
    return found
