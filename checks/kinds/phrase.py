"""`phrase`: forbidden phrases, matched robustly.

Case, curly or straight quotes and apostrophes, contractions ("we're" / "we
are"), line breaks and repeated spaces do not matter. A match inside one of the
rule's `exceptions` is not flagged.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ParamErrors
from ..text import Draft
from . import Check, Hit, check_known, string_list, within

NAME = "phrase"
PLACEHOLDERS: set[str] = set()

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "ʼ": "'",
                         "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"'})
_CONTRACTIONS = {
    "n't": " not", "'re": " are", "'m": " am", "'ve": " have", "'ll": " will", "'d": " would",
}
_IRREGULAR = {"can't": "cannot", "won't": "will not", "shan't": "shall not", "ain't": "is not"}
_CONTRACTION = re.compile(r"\b(?:can't|won't|shan't|ain't)\b|(?<=\w)(?:n't|'re|'m|'ve|'ll|'d)\b")


def normalize(text: str) -> tuple[str, list[int]]:
    """The text in a canonical form, and for each of its characters the original index.

    The map has one more entry than the result: the original length.
    """
    chars: list[str] = []
    origin: list[int] = []
    in_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space:
                chars.append(" ")
                origin.append(index)
            in_space = True
            continue
        in_space = False
        for folded in char.translate(_QUOTES).casefold():
            chars.append(folded)
            origin.append(index)
    folded_text = "".join(chars)
    out: list[str] = []
    out_origin: list[int] = []
    last = 0
    for match in _CONTRACTION.finditer(folded_text):
        out.append(folded_text[last:match.start()])
        out_origin.extend(origin[last:match.start()])
        found = match.group()
        replacement = _IRREGULAR.get(found) or _CONTRACTIONS[found]
        out.append(replacement)
        # The replacement's last character stands for the contraction's last one, so a
        # match that ends inside the contraction still ends where it does in the draft.
        out_origin.extend([origin[match.start()]] * (len(replacement) - 1) + [origin[match.end() - 1]])
        last = match.end()
    out.append(folded_text[last:])
    out_origin.extend(origin[last:])
    out_origin.append(len(text))
    return "".join(out), out_origin


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    canonical = sorted({normalize(p.strip())[0] for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in canonical) + r")(?!\w)")


def compile(params: dict[str, Any], errors: ParamErrors) -> Check | None:
    check_known(params, {"phrases", "exceptions"}, errors)
    phrases = string_list(params, "phrases", errors, required=True)
    exceptions = string_list(params, "exceptions", errors)
    if errors:
        return None
    wanted = _phrase_pattern(phrases)
    allowed = _phrase_pattern(exceptions) if exceptions else None

    def check(draft: Draft) -> list[Hit]:
        text, origin = normalize(draft.text)
        excused = [m.span() for m in allowed.finditer(text)] if allowed else []
        hits = []
        for match in wanted.finditer(text):
            if within(match.start(), match.end(), excused):
                continue
            end = origin[match.end() - 1] + 1 if match.end() > match.start() else origin[match.end()]
            hits.append(Hit(origin[match.start()], end))
        return hits

    return check
