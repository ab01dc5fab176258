"""A "views are my own" disclaimer, which the guidelines say is no free pass.

Precise on purpose: it looks for the set phrases of profile disclaimers ("views are
my own", "opinions are mine", "RTs ≠ endorsements", "tweets are my own", "personal
views only", "n['’]engagent que moi", "opiniones propias"), not for any talk of views:
"my own views on pizza" and "personal views and convictions" in a sentence are
clean. "Personal views" alone counts only as a label (followed by a full stop, a
bar or the end of a line).
"""

from __future__ import annotations

import re

from ..text import Draft
from . import Detection
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



def detect(draft: Draft) -> list[Detection]:
    return [Detection(m.start(), m.end(), 0.9, 'a "views are my own" disclaimer') for m in _DISCLAIMER.finditer(draft.text)]


compile = option_free(detect)
