"""Partisan political statements: calls to vote for a party or candidate, endorsements.

The guidelines: staff may vote, but must not publish partisan opinions or publicly
endorse political candidates in any country. What this detector decides:

- A call to vote counts when it names whom to vote for: "vote for Smith", "vote
  Labour", "Vote Yes", "votez pour Dupont", "vota por María", "#VoteBlue",
  "#SmithForPresident". Official, non-partisan voting information ("register to
  vote", "vote early", "#VoteReady") names no one and is clean.
- "vote" as a noun is not a call: "a vote of thanks", "the final vote Monday"; nor is
  "voted" ("the UN General Assembly voted").
- Endorsements count when they name a political office, party or election: "I
  support candidate Smith", "we endorse the Green Party", "je soutiens le candidat".
- Slogans count: "Smith for President!", "Elect Jones", "Re-elect Smith" (an
  imperative, not "Member States elect a Director General").
- "Party" as a celebration never counts: a party is named only as "the X Party".
- Contests are not elections: "vote for Maria's photo in the contest" is clean.

Partisan opinions without a name (`_opinions`) are weighed within a sentence, from
three lexicons in English, French and Spanish written from how people talk politics
rather than from examples:

- a political target: a government, regime, president, minister, MP, opposition,
  a party in the political sense ("the X Party", "ruling party", "parti au pouvoir",
  "partido oficialista"), a race ("for mayor", "re-election");
- a stance: a verdict ("is a disaster", "corrupt", "incompetent", "shame on"), a
  demand ("must resign", "dégage", "que se vayan"), a slogan ("four more years");
- a first-person act: "I support", "je soutiens", "apoyo a", "my vote goes to";
- campaigning: "knocked on doors", "tracts", "folletos", which count only with a race.

A strong verdict or a demand ("corrupt", "must resign", "dégage") counts with a target
in its sentence, or at lower confidence within two sentences, or with a party's
initials ("Le RDPC doit perdre"). A milder verdict ("is a disaster", "has failed")
counts only when said of the target (the target first, in the same clause) and not
in someone else's words ("..., the rapporteur said"). A first-person act counts with
a race, or with a target right after it ("I back the president"), except a state
("proud to support the Government of Chad" is partnership). Some calls need no
target: "vote them out", "don't vote for them", "#MayorDavisOut", "boycott the
election", "que se vayan todos", "deserves a second term". A target alone ("the
Minister visited the centre", "the ruling party won 52 %") and a stance alone ("the
floods were a disaster") are clean.

The long lexicons run on the lower-cased draft without IGNORECASE (Python's `re`
then skips most branches at their first letter), and targets are looked for only
near a stance, so the detector stays linear and fast on any draft.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from ..text import Draft
from . import Detection
from ._classifier import with_model
from ._near import Cues, Sentences, fast, lower_words, lowered, option_free, sentences, words

NAME = "partisan"
DESCRIPTION = "calls to vote for a party or candidate and endorsements of candidates"

WHAT = "a partisan political statement"

_NOT_A_NAME = set(
    """
    today now early here online tomorrow tonight this that these those the in on at by to of for and or it if when where how
    why what who which your our my their his her its a an is are was were be been will can could would should must count counts
    results result share safely responsibly locally day days registration register peace change democracy climate freedom
    equality women girls children migrants refugees humanity hope us me them you everyone all once again with from as so but
    not ready safe smart informed fromhome bymail by-mail local next first last same
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
    october november december
    aujourd'hui maintenant demain ici le la les un une des du de et ou pour contre en à au aux ce cette
    hoy mañana ahora aquí el los las unos unas del y o para por contra en a al este esta
    thanks thank calls call candidate candidates candidacy running race bid campaign nominee nominees nomination nominations
    vote votes voting support elections election primary run candidature
    """.split()
)
_CONTEST = fast(
    r"\b(?:photos?|pictures?|contests?|competitions?|poll|polls|awards?|prizes?|favou?rites?|entry|entries|finalists?"
    r"|shortlist(?:ed)?|concours|concurso|premios?|prix|people['’]s choice|video|story|stories)\b",
    re.IGNORECASE,
)

_VOTE = fast(
    r"\b(?P<verb>(?i:vote|voting|votez|votons|voter|vota|voten|votad|votemos|votar|votaré|votaremos|voto|voterai|voterons))"
    r"(?P<preposition> (?i:for|against|pour|contre|por|contra|a))? (?P<object>#?[\w'’.-]+)"
)
_HASHTAG = fast(
    r"#(?i:vote|votez|vota|voto|votons|votemos)(?i:for|4|pour|por)?(?P<object>[A-ZÀ-Ý]\w*)"
    r"|#\w+(?:For|4)(?:President|Mayor|Governor|Senate|Senator|Congress|PM|Presidente|Président)\b"
)
_ELECT = fast(r"(?<![-\w])(?i:re-?elect|elect|élisez|réélisez|elijan|elige|reelijan|reelige)\b (?P<object>[\w'’.-]+)")
_SLOGAN = fast(
    r"(?<![\w'’.-])(?P<object>[A-ZÀ-Ý][\w'’.-]{0,40}) (?:for|4) (?:President|Mayor|Governor|Senate|Senator|Congress|Parliament|Prime Minister"
    r"|PM|Chancellor|Président|Presidente)(?=[ \t]*(?:[!.,;:#\n)]|$|(?:19|20)\d\d\b))",
    re.MULTILINE,
)
_PARTY = fast(
    r"\b(?i:support|supporting|join|joining|back|backing|vote for|voting for|elect)(?: the) (?:[A-ZÀ-Ý][\w'’-]* ){1,3}Party\b"
)
_ENDORSE = fast(
    r"\b(?i:(?:I|we)(?:['’]m| am| are|['’]re| will|['’]ll| have| do)?"
    r"(?: (?:proudly|fully|strongly|wholeheartedly|also|now))?"
    r" (?:support|endorse|endorsing|back|backing|campaign for|campaigning for|stand behind)"
    r"|(?:je|nous) (?:soutiens|soutenons|voterai|voterons|appelle à voter pour|appelons à voter pour)"
    r"|(?<!el )(?<!su )(?<!un )(?<!mi )(?<!nuestro )(?:apoyo|apoyamos|votaré por|votaremos por|voy a votar por))\b"
)
_POLITICAL = fast(
    r"\b(?:(?i:candidates?|candidacy|candidature|re-?election|réélection|reelecci[oó]n|candidat(?:e|s|es)?|candidat[oa]s?"
    r"|for (?:president|mayor|governor|senate|senator|congress|parliament|prime minister)|pour la présidentielle"
    r"|para (?:presidente|presidenta|alcalde|alcaldesa|gobernador))"
    r"|Party|Parti|Partido)\b"
)
_DETERMINER = set(
    "the a an this that their his her its our your my final first last popular no any each every le la un une el".split()
)
_VOTER = set("i'm i’m am are we're we’re you're you’re they're they’re be is was were proudly happily also still".split())
_IMPERATIVE_BEFORE = set("please let's let us help must should to and go vote".split())


def detect(draft: Draft) -> list[Detection]:
    text = draft.text
    breaks = sentences(draft)
    votes = []
    for match in _VOTE.finditer(text):
        end = _name_end(text, match.start("object"), match.end("object"))
        before = _previous_word(text, match.start())
        if end is not None and before not in _DETERMINER:
            votes.append((match, end, before))
    hashtags = [m for m in _HASHTAG.finditer(text) if m.group("object") is None or m.group("object").lower() not in _NOT_A_NAME]
    named_tags = [m for m in hashtags if m.group("object") is not None]  # the others are flagged whatever the context
    contests = Cues(_CONTEST, text, 100, 100, around=[(m.start(), end) for m, end, _ in votes] + [m.span() for m in named_tags])

    def in_contest(start: int, end: int) -> bool:
        return any(breaks.same(min(c.start(), start), max(c.end(), end)) for c in contests.near(start, end))

    found: list[Detection] = []
    for match, end, before in votes:
        if in_contest(match.start(), end):
            continue
        if match.group("verb").lower() == "voting" and before not in _VOTER:
            continue  # "out-of-country voting for Iraqi citizens" is about an election, not a call
        found.append(Detection(match.start(), end, 0.8 if match.group("preposition") else 0.65, WHAT))
    for match in hashtags:
        if match.group("object") is not None and in_contest(match.start(), match.end()):
            continue
        found.append(Detection(match.start(), match.end(), 0.75, WHAT))
    first_word = len(text) - len(text.lstrip())
    for match in _ELECT.finditer(text):
        start = match.start()
        end = _name_end(text, match.start("object"), match.end("object"))
        imperative = (
            start == first_word
            or breaks.index(start) != breaks.index(max(0, start - 1))
            or _previous_word(text, start) in _IMPERATIVE_BEFORE
            or text.endswith(("#", "! "), 0, start)
        )
        if end is None or not imperative:
            continue
        found.append(Detection(start, end, 0.75, WHAT))
    for match in _SLOGAN.finditer(text):
        if match.group("object").lower().rstrip(".") in _NOT_A_NAME:
            continue
        found.append(Detection(match.start(), match.end(), 0.7, WHAT))
    for match in _PARTY.finditer(text):
        found.append(Detection(match.start(), match.end(), 0.7, WHAT))
    endorsements = list(_ENDORSE.finditer(text))
    politics = Cues(_POLITICAL, text, 0, 60, around=[(m.end(), m.end()) for m in endorsements])
    for match in endorsements:
        named = [p for p in politics.near(match.end(), match.end()) if breaks.same(match.start(), p.end())]
        if named:
            end = named[0].end()
            following = _NEXT_WORD.match(text, end)
            if following:
                end = _name_end(text, following.start(1), following.end(1)) or end
            found.append(Detection(match.start(), end, 0.7, WHAT))
    found.extend(_opinions(text, breaks))
    return _merged(found)


def _name_end(text: str, start: int, end: int) -> int | None:
    """The end of the name that starts at `start`, or None if no name starts there."""
    word = text[start:end].rstrip(".’'").lstrip("#")
    if not word or not word[0].isupper() or word.lower() in _NOT_A_NAME:
        return None
    end = start + len(text[start:end].rstrip(".’'"))
    for _ in range(2):  # Jane Smith, Partido Verde
        following = _NEXT_WORD.match(text, end)
        if not following or following.group(1).lower() in _NOT_A_NAME:
            break
        end = following.end()
    return end


_NEXT_WORD = re.compile(r" ([A-ZÀ-Ý][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"([\w'’]{1,20})\s{1,3}$")


def _previous_word(text: str, position: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, position - 24), position)
    return match.group(1).lower() if match else ""


def _merged(found: list[Detection]) -> list[Detection]:
    kept: list[Detection] = []
    for detection in sorted(found, key=lambda d: (d.start, -d.end)):
        if kept and detection.start < kept[-1].end:
            previous = kept.pop()
            detection = Detection(
                previous.start, max(previous.end, detection.end), max(previous.confidence, detection.confidence), WHAT
            )
        kept.append(detection)
    return kept


compile = option_free(with_model(NAME, WHAT, detect))


_TARGET = words(
    r"\b(?:(?i:gov|populists?|populistes?|populistas?|your party|votre parti|tu partido|cette majorité|la majorité (?:présidentielle|au pouvoir)|governments?|govt|gov['’]t|regimes?|(?:this|the|current|[A-Z]\w{1,20}) administration|president|presidents"
    r"|prime minister|premier|PM|ministers?|MPs?|senators?|congress(?:wo)?m[ae]n|lawmakers?|politicians?|opposition"
    r"|ruling party|ruling coalition|political part(?:y|ies)|(?:opposition|governing|incumbent) part(?:y|ies)|incumbent"
    r"|dictator(?:ship)?|junta|mayor|governor|far[- ](?:right|left)|the (?:left|right)|cabinet|congress|parliament"
    r"|gouvernements?|régimes?|présidente?s?|premier ministre|ministres?|députée?s?|sénat(?:eur|rice)s?|opposition"
    r"|parti (?:au pouvoir|politique|présidentiel|d['’]opposition)|partis politiques|(?:un|le|ce|les|des|leur|son) partis?\b(?! pris)"
    r"|pouvoir en place|maires?|élus|extrême[- ](?:droite|gauche)|la (?:droite|gauche)|dictateur|majorité présidentielle|politiciens"
    r"|(?:la )?liste (?:écologiste|socialiste|citoyenne)|les (?:républicains|socialistes|écologistes|verts|insoumis|macronistes)"
    r"|gobiernos?|régimen|presidente?a?s?|primer(?:a)? ministr[oa]|ministr[oa]s?|diputad[oa]s?|senador(?:a|es)?|oposición"
    r"|oficialismo|partido (?:oficialista|en el poder|de gobierno|del gobierno|político)|partidos políticos|(?:este|ese|su) partido"
    r"|alcaldes?a?|gobernador(?:a)?|mandatari[oa]|ultraderecha|la (?:derecha|izquierda)|dictador|congreso|parlamento|políticos"
    r"|los (?:socialistas|peronistas|chavistas|kirchneristas|republicanos|conservadores|liberales))"
    # party names that are also common words count capitalised, and not as in "Ministry of Labour"
    r"|(?<!of )(?<!de )(?<!for )(?:Tories|Democrats|Republicans|Greens|Socialists|Conservatives|Liberals|Labour|Liberal Democrats)"
    r"|liste [A-ZÀ-Ý][\w'’-]{1,20}"
    r"|(?:[A-ZÀ-Ý][\w'’-]{1,20} )?(?:Party|Parti|Partido)(?: [A-ZÀ-Ý][\w'’-]{1,20})?|[@#](?:Partido|Parti|Party)\w{0,30})\b"
)
_RACE = words(
    r"\b(?i:for (?:the )?(?:president|mayor|governor|senate|senator|congress|parliament|city council|council|prime minister|office)"
    r"|re-?election|r?éélection|reelecci[oó]n|campaign(?:ing)? for (?-i:[A-ZÀ-Ý])|(?:her|his|their|our|my) campaign"
    r"|(?:notre|ma|mon|leur|sa|son) candidat(?:e|ure)?|(?:nuestr[oa]|mi|su) candidat(?:[oa]|ura)"
    r"|(?:our|my) candidate|aux (?:municipales|législatives|présidentielles?|européennes|régionales)"
    r"|a la (?:alcaldía|presidencia|gobernación)|candidat[oa] a (?:la|las)|candidate? (?:à la|aux))\b"
)
_CAMPAIGN = lower_words(
    r"(?i:\b(?:won|wins|ganó|ganamos|a gagné|on a gagné|victoire|victoria|victory)\b|\brosette|\b(?:yard|lawn) sign|\bknock(?:ed|ing)? on (?:\d+ )?doors|\bdoor-?knocking|\bcanvass\w*|\bphone[- ]bank\w*|\bleaflet\w*|\bflyers?|\brally\b"
    r"|\b(?:backing|supporting|endorsing|campaigning|working) for|\b(?:is|are|am) backing|\btracts?\b|\btractage|\bfaire campagne|\bfait campagne"
    r"|\bfolletos|\bvolantes|\bhacer campaña|\bhaciendo campaña|\bmitin(?:es)?\b|\bcaravana electoral)"
)
"""Campaigning: counts with a race ("for mayor", "notre candidate", "a la alcaldía") in its sentence."""
_ACT = lower_words(
    r"(?i:\b(?:give|giving|gave) (?:your|my|our|them your|them my) vote to|\bdonne[rz]? (?:ta|votre|ma|leur) voix (?:à|au|aux)|\b(?:da|den|dar|des) (?:tu|su|mi|vuestro) voto (?:a|al)|\b(?:i|we)(?:['’]m| am| are|['’]re| will|['’]ll| do| fully| proudly| strongly| totally| also| still| now| all)*"
    r"(?: \w{2,15}ly)? (?:support|endorse|back|backing|supporting|endorsing|stand (?:with|behind)|oppose|campaign(?:ing)? for|voting for|vote for"
    r"|volunteer(?:ed|ing)? for|canvass(?:ed|ing)? for|(?:a |an |proud )?member of)"
    r"|\b(?:proud|card-carrying|lifelong) member of|\b(?:my|our) vote (?:goes|is going|will go) to|\bvotes? (?:for|against)"
    r"|\bmon vote (?:va|ira) (?:à|au|pour)|\b(?:militante?|adhérente?|membre) (?:du|de la|de l['’])|\bvot(?:er|e|ent|ez) (?:pour|contre)"
    r"|\bsoutien (?:sans faille|total|inconditionnel) (?:à|au|aux)|\bmi voto (?:es|va|será) (?:para|por)|\b(?:militante|afiliad[oa]) (?:del|de la)"
    r"|\bvot(?:ar|a|an|en) (?:por|contra)"
    r"|\bvolunteer(?:ed|ing)? (?:for|with)|\bknocking on (?:\d+ )?doors|\bon the doorstep|\bdoor-?knocking|\bcanvassing"
    r"|\bporte-à-porte|\bje m['’]engage (?:dans|pour)|\bcampagne (?:de|pour) (?:la liste|le parti|le candidat|la candidate)"
    r"|\bpuerta a puerta|\bhaciendo campaña (?:por|para)"
    r"|\bproud(?:ly)? to (?:support|endorse|back|campaign for|vote for|stand with)|\bcampaigning for"
    r"|\b(?:je|nous|j['’]appelle à|on) (?:soutiens|soutenons|soutient|voterai|voterons|vote pour|votons pour|m['’]oppose|nous opposons)"
    r"|\bfi(?:er|ère|ers|ères) de (?:soutenir|voter pour|faire campagne pour)"
    r"|\b(?:yo )?(?:apoyo a|apoyamos a|apoyamos|respaldo a|respaldamos|votaré por|votaremos por|voy a votar por|vamos a votar por)"
    r"|\borgullos[oa]s? de (?:apoyar|respaldar|votar por|hacer campaña por))\b"
)
_STRONG = (
    r"|(?:got|has|have|gets|earned|won|deserves) my vote|mon (?:vote|bulletin) (?:ira|va|sera)|tiene mi voto|se lleva mi voto"
    r"|ashamed of|should be ashamed|devrai(?:t|ent) avoir honte|deber[ií]a(?:n)? darle(?:s)? vergüenza|indigne|indignos?|what a fraud|is a fraud|imposteur"
    r"|roll on (?:the )?(?:election|polls|20\d\d|may|november)|vivement (?:les élections|20\d\d|la présidentielle|les législatives)|tourner la page"
    r"|que lleguen (?:ya )?las elecciones|(?:don['’]t|do not|never) let (?:the|them|these|those) ?\w* (?:win|back in|get in)"
    r"|ne (?:les )?laissons pas (?:gagner|passer|revenir)|no dejemos que (?:ganen?|vuelvan)|no da para más|n['’]en peut plus"
    r"|time (?:they|he|she) (?:went|go|left|packed)|time for (?:them|him|her) to go|il est temps qu['’](?:ils?|elle) (?:parte|partent|s['’]en aille)"
    r"|es hora de que se vayan?|ya es hora de que (?:se vaya|renuncie|dimita)|rotten to the core|pourris? jusqu['’]à|podrid[oa]s? hasta|cover-?up"
    r"|que no vuelvan|plus jamais (?:ça|au pouvoir)"
    r"|never again in power|inepto|inepte|inept|à la dérive|adrift|se hunde|sinking the country|coule le pays"
    r"|(?:must|should|has to|have to|deserves? to) (?:lose|fall|be voted out)|doi(?:t|vent) (?:perdre|tomber|partir)"
    r"|deben? (?:perder|caer|salir|irse)|ojalá pierdan?|que pierdan?|j['’]espère qu['’]ils perdent|honte (?:à|au|aux)"
    r"|(?<!anti-)(?<!anti)(?:corruption|corrupción)|garbage|clown show|thanks for nothing|populist|propaganda|lies|ruin(?:ed|ing)"
    r"|wreck(?:ed|ing)|time for (?:a )?change|(?:doesn['’]t|does not|don['’]t) deserve|bravo (?:to|à|au|a la|al|a)"
    r"|finally a (?:government|president|prime minister|leader)|deserves? (?:a second|another|four more|five more) (?:term|years)"
    r"|the only (?:party|candidate|one) (?:with|who|that)|see you at the (?:ballot box|polls)|go [a-zà-ÿ]\w+(?=!)"
    r"|get (?:them|him|her|rid of)|out with"
    r"|what a (?:joke|disaster|disgrace|mess|shame|farce)|photo[- ]op|spare us|circus|cirque|circo|payasos|guignols?"
    r"|quelle (?:honte|blague|catastrophe|farce)|qué (?:vergüenza|desastre|chiste)|the best thing that|lo mejor que le ha pasado"
    r"|can['’]t wait for (?:the |them |him |her )?\w* ?to (?:take over|win|lose|go)|if they win|(?:i|we) hope (?:they|voters) (?:win|lose|give)"
    r"|remember (?:that|this|it) (?:when|at|in) (?:you |we )?(?:go|vote)|(?:go|see you|meet you) (?:to|at) the (?:ballot box|polls)"
    r"|vivement qu['’]ils (?:partent|perdent)|si (?:ils|elle|il) gagnen?t?|ojalá (?:ganen|gane|se vayan)|si ganan"
    r"|ras-le-bol|assez de dégâts|dégâts|enfin un (?:gouvernement|président|premier ministre|vrai)|mérite (?:un second|un autre) mandat"
    r"|le seul (?:parti|candidat)|il faut (?:un )?(?:vrai )?changement|aux urnes|on les (?:sort|vire|dégage)|virons-les|dehors"
    r"|no merece|ni un voto|hay que (?:sacarlos?|echarlos?|votar)|a votar|fuera de aquí|por fin un (?:gobierno|presidente)"
    r"|merece (?:otro|un segundo) mandato|el único (?:partido|candidato|con)|hace falta un cambio|nunca más|a la urna|a las urnas"
)
_OPINION = (
    r"corrupt|crooked|crooks?|liars?|lying|incompetent|useless|pathetic|clowns?|traitors?|thieves|idiots?|puppets?|disgraceful"
    r"|shameful|shame on|enough is enough|must (?:go|resign|step down|be stopped)|has to go|have to go|should (?:resign|step down)"
    r"|corrompue?s?|menteurs?|menteuses?|incompétente?s?|honteu(?:x|se)|traîtres?|voleurs?|dégagez?|démission(?:nez)?"
    r"|corrupt[oa]s?|mentiros[oa]s?|incompetentes?|ladrones|traidor(?:es)?|sinvergüenzas?|fuera|que se vayan?|dimisión"
    + _STRONG
)
"""Verdicts strong enough to count with a target in a nearby sentence, or with a party's initials."""
_VERDICT = lower_words(
    r"(?i:\b(?P<strong>" + _OPINION + r")\b|\b(?:is|are|was|were|would be|will be|has been|have been|been|est|sont|serait|seraient|sera|a été"
    r"|es|son|sería|serían|será|ha sido|fue)"
    r" (?:a |an |un |une |una )?(?:complete |total |absolute |utter |vrai |véritable |verdadero |auténtico |)"
    r"(?:disaster|catastrophe|failure|joke|mess|nightmare|disgrace|embarrassment|désastre|catastrophe|honte|échec|scandale"
    r"|sham|farce|mascarade|farsa|criminal|criminel(?:le)?|illegitimate|illégitime|ilegítim[oa]|indefensible|indéfendable"
    r"|indefendible|xenophobic|xénophobe|xenófob[oa]|racist|raciste|racista|fascist|fasciste|fascista|junte illégitime"
    r"|fiasco|desastre|catástrofe|vergüenza|fracaso|chiste|pesadilla)s?"
    r"|\b(?:lied|lies to us|keeps lying|nous ment|nous mentent|mentent|mienten|mintió|sabe mentir|"
    r"disastrous|désastreux|désastreuse|desastros[oa]s?|catastrophique|catastrófic[oa]s?"
    r"|corrupt|crooked|crooks?|liars?|lying|incompetent|useless|pathetic|clowns?|traitors?|thieves|idiots?|puppets?"
    r"|disgraceful|shameful|shame on|worst|best (?:\w+ ){0,5}ever|has failed|have failed|failed us|enough is enough"
    r"|must (?:go|resign|step down|be stopped)|has to go|have to go|should (?:resign|step down)|resign now|step down now"
    r"|kick (?:them|him|her) out|throw (?:them|him|her) out|get rid of|down with|impeach|lock (?:him|her|them) up"
    r"|(?:two|three|four|five|six|4|5) more years|not my (?:president|prime minister|government)"
    r"|corrompue?s?|menteurs?|menteuses?|incompétente?s?|nuls?|nulles?|honteu(?:x|se)|scandaleu(?:x|se)|traîtres?|voleurs?"
    r"|(?:doit|doivent|devrait) (?:partir|démissionner|dégager)|démission(?:nez)?|dégagez?|à bas|(?:deux|trois|quatre|cinq) ans de plus"
    r"|le pire|la pire|les pires|le meilleur \w+ de tous les temps|a échoué|ont échoué|ça suffit|y en a marre"
    r"|corrupt[oa]s?|mentiros[oa]s?|incompetentes?|inútiles|vergonzos[oa]|ladrones|traidor(?:es)?|sinvergüenzas?"
    r"|(?:debe|deben|debería) (?:irse|dimitir|renunciar)|dimisión|dimita|dimitan|renuncie|renuncien|fuera|que se vayan?"
    r"|qué vergüenza|(?:no|aucune|ninguna|sin) (?:legitimacy|légitimité|legitimidad)|illegitimate|illégitime|ilegítim[oa]"
    r"|enough of|assez de|basta de|y en a assez|the only one who|le seul qui|la seule qui|el único que|la única que"
    r"|abajo|(?:dos|tres|cuatro|cinco|seis) años más|el peor|la peor|los peores|el mejor \w+ de la historia|ha fracasado|basta ya"
    + _STRONG + r"))\b"
)
_CALL = lower_words(
    r"(?i:\bvote (?:them|him|her|['’]em|these people|this government|the government|the bastards) out"
    r"|\bvote out (?:the|this|these|that|every)\b|\b(?:don['’]?t|do not|never|never ever) vote (?:for )?(?:them|him|her|this|that|the)\b"
    r"|\bvote against (?:them|him|her|this government|the government|the ruling|the opposition|the incumbent)"
    r"|\bvote (?:for|against) (?:the )?(?:opposition|government|ruling party|incumbent|greens|left|right|far[- ]right|far[- ]left)\b"
    r"|\bboycott (?:the|this|these|tomorrow['’]s|sunday['’]s)? ?(?:sham |fake |rigged )?(?:election|elections|vote|polls)\b"
    r"|\bne (?:votez|votons|vote) (?:surtout |jamais |pas |plus )*(?:pas |plus |jamais )?pour"
    r"|\bvotez (?:contre|pour (?:l['’]opposition|la gauche|la droite|le parti|la liste|eux))"
    r"|\bvotons (?:contre|pour)|\bboycott(?:ez|ons) (?:les|l['’]|ces) ?(?:élections?|scrutin)"
    r"|\bno (?:votes|voten|votéis|votemos|votar) (?:por|a)\b|\bvot(?:a|ad|en|emos) (?:en contra|contra|por (?:la oposición|el partido|ellos|la izquierda|la derecha))"
    r"|\bboicot(?:ead|eemos|een|ea)? (?:las|estas) elecciones|\bque se vayan todos"
    r"|\b(?:deserves?|needs?|mérite|mérite bien|merece) (?:a second|another|un second|un deuxième|un autre|otro|un segundo) (?:term|mandat|mandato)"
    r"|\b(?:four|five) more years!|\b(?:vote|votez|voten|vota|votad|votemos) (?:a favor|en contra|s[ií]|no|oui|non|yes)\b"
    r"|\b(?:vote|votez|voten|vota|votad) (?:for|pour|por) (?:the|le|la|el) (?:candidate|party|one|candidat|candidate|parti|candidato|candidata|partido) (?:who|that|qui|que)"
    r"|\bi['’]m (?:not )?voting (?:for|against) (?:him|her|them)\b|\bnot voting for (?:them|him|her)\b"
    r"|\bvot\w* (?:for|pour|por) (?:le |el )?(?:change|changement|cambio)\b"
    r"|\b(?:i['’]ll|i will|i['’]m going to|we['’]ll|we will) vote (?:for|against) (?:him|her|them)\b"
    r"|\b(?:je |nous )?vot(?:erai|erons) (?:pour|contre) (?:lui|elle|eux)\b|\bvotar(?:é|emos) (?:por|contra|en contra de) (?:él|ella|ellos)\b"
    r"|\bne (?:leur|lui) donnez pas votre voix|\bdonnez(?:-leur|-lui)? votre voix (?:à|au|aux)"
    r"|#(?:fuera|dégage|resign|impeach|notmypresident|fourmoreyears)\w{0,30})"
)
_CALL_NAMING = words(
    r"(?:[Tt]ous|[Tt]outes) au meeting de [A-ZÀ-Ý]|[Tt]odos al mitin de [A-ZÀ-Ý]|(?:[Ss]ee you|[Jj]oin us) at (?:the )?(?:campaign )?rally for [A-ZÀ-Ý]|"
    # the same calls naming someone: the capital tells a name ("I'm voting for Smith") from a word ("for the first time")
    r"\b(?:I['’]m|I am) (?:not )?voting (?:for|against) [A-ZÀ-Ý]|\b[Nn]ot voting for (?:the )?[A-ZÀ-Ý]"
    r"|\b(?:I['’]ll|I will|I['’]m going to|[Ww]e['’]ll|[Ww]e will) vote (?:for|against) [A-ZÀ-Ý]"
    r"|\b(?:[Jj]e |[Nn]ous )?vot(?:erai|erons) (?:pour|contre) [A-ZÀ-Ý]|\b[Vv]otar(?:é|emos) (?:por|contra|en contra de) [A-ZÀ-Ý]"
    r"|\b[A-ZÀ-Ý][\w'’-]{1,20} (?:président|presidente|president)(?: en)? 20\d\d\b"
    r"|#(?i:vot\w{0,6})(?:For|Pour|Por)?(?:Change|Changement|Cambio)\b|#(?:Dehors|Fuera|Out)(?:La|Le|Les|El|Los)?[A-ZÀ-Ý]\w{1,30}"
    r"|#[A-ZÀ-Ý]\w{1,30}(?:Out|Must(?:Go|Resign|Lose)|Dégage|Démission|VeteYa|Fuera|Dehors)\b"
)
_CALL_WHAT = WHAT


def _opinions(text: str, breaks: Sentences) -> list[Detection]:
    """Partisan opinions found by what co-occurs in a sentence (see the module's docstring)."""
    lower = lowered(text)
    calls = list(_CALL.finditer(lower)) + list(_CALL_NAMING.finditer(text))
    found = [Detection(m.start(), m.end(), 0.7, WHAT) for m in calls]
    verdicts = list(_VERDICT.finditer(lower))
    acts = list(_ACT.finditer(lower))
    campaigning = list(_CAMPAIGN.finditer(lower))
    if not verdicts and not acts and not campaigning:
        return found
    around = [m.span() for m in verdicts + acts + campaigning]  # targets matter only near a stance: look for them there only
    targets = _Sorted(_TARGET, text, around)
    races = _Sorted(_RACE, text, around)
    acronyms = _Sorted(_ACRONYM, text, around, lambda m: m.group() not in _NOT_POLITICAL)
    target_sentences = {breaks.index(m.start()) for m in targets.matches}
    reported = {breaks.index(m.start()) for m in Cues(_REPORTED, lower, _REACH, _REACH, around=[m.span() for m in verdicts]).matches}
    for match in verdicts:
        sentence = breaks.index(match.start())
        strong = match.group("strong") is not None
        if strong:
            near = [m for cues in (targets, races, acronyms) for m in cues.near(match.start(), _REACH, _REACH)]
            near = [m for m in near if breaks.index(m.start()) == sentence]
        elif sentence in reported or sentence + 1 in reported:  # "..., the UN rapporteur said": someone else's verdict
            near = []
        else:  # said of the target: it comes first, in the same clause ("this government would be a disaster")
            near = [m for cues in (targets, races) for m in cues.near(match.start(), 80, 0)
                    if m.end() <= match.start() and not _CLAUSE_BREAK.search(text, m.end(), match.start())]
        if near:
            found.append(_spanning(match, near, 0.7))
        elif strong and target_sentences & set(range(sentence - 2, sentence + 3)):
            found.append(Detection(match.start(), match.end(), 0.6, WHAT))
    for match in campaigning:
        sentence = breaks.index(match.start())
        near = [m for m in races.near(match.start(), _REACH, _REACH) if breaks.index(m.start()) == sentence]
        contest = _CONTEST.search(text, max(0, match.start() - 100), match.end() + 100)  # "our candidate for the award won"
        if near and not (contest and breaks.same(min(contest.start(), match.start()), max(contest.end(), match.end()))):
            found.append(_spanning(match, near, 0.7))
    for match in acts:
        sentence = breaks.index(match.start())
        voting = "vot" in match.group().lower() or "soutien" in match.group().lower()
        near = [m for m in races.near(match.start(), _REACH, _REACH) if breaks.index(m.start()) == sentence]
        for cues in (targets, acronyms) if voting else (targets,):
            near += [m for m in cues.near(match.end(), 0, 26)
                     if breaks.index(m.start()) == sentence and not _STATE.match(text, m.end())]
        if voting and not near:  # "Who am I voting for? The Workers' Party."
            near = [m for m in targets.near(match.end(), 0, _REACH) if breaks.index(m.start()) == sentence + 1]
        if near:
            found.append(_spanning(match, near, 0.7))
    return found


_STATE = re.compile(r" (?:of|du|de la|de l['’]|de|del|d['’]) ?(?:the )?[A-ZÀ-Ý]")
"""After "Government", a country: supporting "the Government of Chad" is partnership, not partisanship."""
_REPORTED = lower_words(
    r"(?i:\b(?:said|says|according to|told reporters|reported|report|rapporteur|fact-check\w*|selon|a déclaré|a affirmé|affirme|rapport"
    r"|según|dijo|afirmó|declaró|informe)\b)"
)
"""Attribution: a verdict in someone else's words is news, not the writer's opinion."""
_CLAUSE_BREAK = re.compile(r"[,;:()]| (?:which|that|who|qui|que|quien|lequel|laquelle|cuando|when|after|après|tras|después) ")
_REACH = 500
"""How far from a stance (in characters) a target is looked for: two sentences either side, in practice."""


class _Sorted:
    """The matches of a pattern near some spans, asked for the few nearest a position.

    Asking for a bounded number keeps a draft with thousands of cues in one sentence linear."""

    LIMIT = 3

    def __init__(self, pattern: re.Pattern[str], text: str, around: list[tuple[int, int]],
                 keep: Callable[[re.Match[str]], bool] = lambda m: True) -> None:
        self.matches = [m for m in Cues(pattern, text, _REACH, _REACH, around=around).matches if keep(m)]
        self._starts = [m.start() for m in self.matches]

    def near(self, position: int, before: int, after: int) -> list[re.Match[str]]:
        """Up to LIMIT matches on each side of `position` that start from `before` characters before it to `after` after it."""
        middle = bisect_left(self._starts, position)
        found = [self.matches[i] for i in range(middle - 1, max(middle - 1 - self.LIMIT, -1), -1)
                 if self._starts[i] >= position - before]
        found += [self.matches[i] for i in range(middle, min(middle + self.LIMIT, len(self.matches)))
                  if self._starts[i] < position + after]
        return found


_ACRONYM = fast(r"(?<![\w@#])[A-ZÀ-Ý]{2,6}(?![\w@])")
"""Parties are often named by their initials (CAQ, RDPC, PSOE); these count only with a strong opinion or a vote."""
_NOT_POLITICAL = frozenset(
    """IOM OIM UN ONU UNHCR HCR ACNUR WFP PAM WHO OMS OPS PAHO UNICEF UNDP PNUD OCHA UNFPA FAO UNESCO ILO OIT ICRC CICR IFRC
    FICR MSF NGO NGOS ONG ONGS EU UE AU UA USA US UK RDC DRC TV PDF FAQ CEO HR RH DM RT ID OK NB PS PM MP MPS DTM GBV VBG PSEA
    WASH MHPSS AVRR NFI CCCM IDP IDPS PDI SDG SDGS ODS ODD COVID HIV VIH AIDS SIDA I II III IV V VI A Y O E""".split()
)
"""Initials that name the organisation, its partners, its programmes or common things, never a party."""


def _spanning(cue: re.Match[str], near: list[re.Match[str]], confidence: float) -> Detection:
    """The cue and the nearest of `near`, as one span when they are close, else the cue alone."""
    other = min(near, key=lambda m: abs(m.start() - cue.start()))
    start, end = min(cue.start(), other.start()), max(cue.end(), other.end())
    if end - start > 160:
        start, end = cue.span()
    return Detection(start, end, confidence, WHAT)
