"""A "views are my own" disclaimer, which the guidelines say is no free pass.

Precise on purpose: it looks for the set phrases of profile disclaimers ("views are
my own", "opinions are mine", "RTs ≠ endorsements", "tweets are my own", "personal
views only", "n['’]engagent que moi", "opiniones propias"), not for any talk of views:
"my own views on pizza" and "personal views and convictions" in a sentence are
clean. "Personal views" alone counts only as a label (followed by a full stop, a
bar or the end of a line).

It also knows the other ways people say the same thing, in English, French and
Spanish: speaking in a personal capacity or for oneself ("in my personal capacity",
"à titre personnel", "a título personal", "hablo por mí"), or saying that the posts
do not reflect, represent or commit the employer ("n'engagent en rien l'OIM", "no
representan a mi institución", "should not be attributed to IOM"). Each wording is
a set form; a post about opinions or personal matters without one is clean.
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
from ._classifier import with_model
from ._near import fast, option_free

NAME = "disclaimer"
DESCRIPTION = 'a "views are my own" or "retweets are not endorsements" disclaimer'

_SHARING = r"(?:RTs?|retweets?|reposts?|shares?|likes?|follows?|favs?|boosts?)"
_IS_NOT = (
    r"(?:≠|!=|=/=|=\\=|<>|are not|aren't|is not|isn't|do not equal|don't equal"
    r"|does not equal|doesn't equal|do not mean|don't mean|do not imply|don't imply|not)"
)
_DISCLAIMER = fast(
    r"\b(?:"
    # views / opinions / tweets ... are my own
    r"(?:(?:all|the) )?(?:views|opinions|thoughts|tweets|posts)(?: (?:expressed|shared|posted|stated))?"
    r"(?: (?:here|herein|on this (?:account|page|profile|channel|blog)))?"
    r" (?:are|=)? ?(?:(?:my|mine|our|strictly|entirely|solely|purely|only|all) ?)?"
    r"(?:my own|mine|our own|ours|personal|mine alone|my own alone)\b"
    r"|(?:views|opinions) (?:my own|mine|personal)\b"
    # ... do not (necessarily) reflect those of my employer
    r"|(?:views|opinions|tweets|posts)[^.\n]{0,40}? do(?:es)? not (?:necessarily )?(?:reflect|represent)"
    r" (?:those|the views|the position|the positions|the opinions) of (?:my|our|the) (?:employer|organi[sz]ation|agency)"
    # RTs ≠ endorsements, retweets are not endorsements, RT/likes ≠ endorsement
    rf"|{_SHARING}(?: ?[/&,+] ?{_SHARING}| and {_SHARING}){{0,3}}"
    rf" ?{_IS_NOT} ?(?:an? )?(?:endorsements?|endorsing|endorsed|approval)"
    r"|personal views only|personal account,? personal views|views personal"
    # French, Spanish
    r"|(?:ces |mes |les )?(?:opinions|propos|tweets|publications|avis)(?: exprimé(?:e?s)?(?: ici)?)? n['’]engagent que moi"
    r"|n['’]engagent que (?:moi|leur auteur|son auteur)|opinions personnelles|avis personnels?"
    rf"|(?:RT|partage)s? ?(?:≠|!=|ne sont pas des?|n['’]est pas une?) ?(?:approbations?|soutiens?)"
    r"|(?:las |mis )?opiniones (?:expresadas )?(?:aquí )?son (?:mías|personales)|opiniones propias|opiniones personales"
    rf"|RTs? ?(?:≠|!=|no (?:es|son|significan?|implican?)) ?(?:respaldos?|apoyos?|aprobaci[oó]n)"
    r")(?!\w)"
    r"|(?:^|(?<=[|·•,;/] )|(?<=[|·•,;/]))personal views(?= ?(?:[.|;·•/,]|$))",
    re.IGNORECASE | re.MULTILINE,
)



_A = r"['’]"
_EMPLOYER = r"(?:my|our|the|any) (?:employer|organi[sz]ation|agency|institution|work|job|company)|IOM|the UN|the United Nations|UN agencies|any (?:UN )?agency"
_CAPACITY = fast(
    r"(?<!\w)(?:"
    r"(?:in|from) (?:a|my) (?:personal|private|individual) capacity|on my own behalf|speaking (?:purely |only |solely |just )?(?:for|as) myself"
    rf"|not (?:speaking |posting |writing |commenting )?(?:for|on behalf of|as a representative of) (?:{_EMPLOYER})|not (?:as|in my role as) (?:IOM|UN|an? IOM|a UN) (?:staff|official|employee)"
    r"|(?<!in my )personal opinions?(?: only)?(?=[,.;)]| not| and)|my personal (?:views|opinions|thoughts)|(?:my|personal) views,? not (?:IOM|my employer|those)"
    r"|#views_?my_?own|#opinions_?my_?own|#personalviews"
    rf"|(?:views|opinions|posts|thoughts|tweets|everything)(?: (?:i|we) (?:share|post|express|write))?(?: here| on this (?:page|account|profile))? (?:are|is|reflect|represents?) (?:my|mine|personal|strictly personal|entirely personal)"
    rf"|should not be attributed to|(?:do(?:es)?|don{_A}t|doesn{_A}t|in no way|not) (?:necessarily )?(?:reflect|represent) (?:those|the views|the position|the opinions?|the positions)? ?(?:of )?(?:{_EMPLOYER})"
    rf"|(?:do(?:es)?|don{_A}t|doesn{_A}t|in no way|not) (?:necessarily )?(?:reflect|represent) (?:those|the views|the position|the opinions?|the positions|my employer{_A}s)"
    rf"|not those of (?:{_EMPLOYER})|the usual (?:caveat|disclaimer)"
    # French
    r"|à titre (?:strictement |purement )?(?:personnel|privé|individuel)|n['’]engagen?t? (?:en rien|pas|évidemment pas|nullement|aucunement)(?= (?:l['’]|mon|ma|mes|la|le|leur|son|notre|que moi)\b)"
    r"|ne sauraient? engager|sans engager(?= (?:mon|ma|l['’]|la|le)\b)|(?:opinions|vues|points de vue|propos|réflexions|avis|idées)[^.\n]{0,40}? (?:sont|restent) (?:strictement |purement )?(?:personnel(?:le)?s|les miennes|les miens|à moi)"
    r"|ne (?:reflètent?|représentent?|traduisent?) (?:pas|en rien|que mon)|pas (?:celui|celle|ceux|celles) (?:de|des)(?= (?:mon|ma|l['’]|la|le|Nations|OIM))|vues personnelles|(?:mes opinions|mes vues|mon avis),? pas (?:celles|celui|ceux)|je parle pour moi|prise de position personnelle|c['’]est moi,? pas mon employeur"
    # Spanish
    r"|a título (?:personal|individual|privado)|hablo por mí|no por mi (?:trabajo|empleador|institución|organización)|como (?:ciudadan[oa]|persona),? no como (?:funcionari[oa]|emplead[oa])"
    r"|escribo como persona|(?:no|nada de esto|nada de lo que digo) (?:representan?|reflejan?|comprometen?|tiene nada que ver con) (?:a |la |el )?(?:mi|la|el|ninguna|nadie|posición|postura|institución|OIM)"
    r"|(?:opiniones|ideas)[^.\n]{0,40}? son (?:solo |solamente |exclusivamente )?(?:mías|mias|personales|de mi exclusiva responsabilidad)|son opiniones (?:mías|mias|personales)|(?:mis opiniones|opiniones mías|opiniones mias),? no (?:las )?de"
    r"|no tiene nada que ver con (?:la OIM|mi trabajo|mi empleador|la organización)"
    r")(?!\w)",
    re.IGNORECASE,
)


def detect(draft: Draft) -> list[Detection]:
    found = [(m.start(), m.end()) for m in _DISCLAIMER.finditer(draft.text)]
    found += [(m.start(), m.end()) for m in _CAPACITY.finditer(draft.text)]
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return [Detection(start, end, 0.9, 'a "views are my own" disclaimer') for start, end in spans]


compile = option_free(with_model(NAME, 'a "views are my own" disclaimer', detect))
