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
_CONTRACTION = re.compile(r"(?=[acnsw'])(?:\b(?:can't|won't|shan't|ain't)\b|(?<=\w)(?:n't|'re|'m|'ve|'ll|'d)\b)")
"""Contractions in folded text; the lookahead on their first letters saves trying each elsewhere."""


def normalize(text: str) -> tuple[str, list[int]]:
    """The text in a canonical form, and for each of its characters the original index.

    The map has one more entry than the result: the original length.
    """
    folded_text, origin = _fold(text)
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


_QUOTE = re.compile("[" + "".join(chr(point) for point in _QUOTES) + "]")
_SPACES = re.compile(r"[^\S ]\s*| \s+")
"""Runs of white space other than a single space (`\\s` is exactly `str.isspace`)."""


def _fold(text: str) -> tuple[str, list[int]]:
    """Quotes straightened, case folded, each run of white space made one space; and the origin map."""
    folded = _QUOTE.sub(lambda quote: quote.group().translate(_QUOTES), text).casefold()
    if len(folded) != len(text):
        return _fold_each(text)
    # One character for one (no `ß` → `ss`), so a slice of `folded` maps to the same slice of `text`.
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for space in _SPACES.finditer(text):
        pieces.append(folded[last:space.start()])
        origin.extend(range(last, space.start()))
        pieces.append(" ")
        origin.append(space.start())
        last = space.end()
    pieces.append(folded[last:])
    origin.extend(range(last, len(text)))
    return "".join(pieces), origin


def _fold_each(text: str) -> tuple[str, list[int]]:
    """`_fold`, character by character, for texts where folding lengthens some of them."""
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
    return "".join(chars), origin


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
        text, origin = draft.shared(normalize, normalize)
        excused = [m.span() for m in allowed.finditer(text)] if allowed else []
        hits = []
        for match in wanted.finditer(text):
            if within(match.start(), match.end(), excused):
                continue
            end = origin[match.end() - 1] + 1 if match.end() > match.start() else origin[match.end()]
            hits.append(Hit(origin[match.start()], end))
        return hits

    return check
