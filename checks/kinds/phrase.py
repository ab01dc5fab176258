"""`phrase`: forbidden phrases, matched robustly, in one language or several.

Case, accents ("desoles" / "désolés"), curly or straight quotes and apostrophes,
contractions ("we're" / "we are"), line breaks and repeated spaces do not matter, and
neither do invisible format characters (a soft hyphen, a zero-width space or joiner,
NUL) inside a word. A match inside one of the rule's `exceptions` is not flagged.

`phrases` (and `exceptions`) is a list, or a mapping from language code to list
(`{en: [...], fr: [...], es: [...]}`); every language's phrases are looked for in every
draft, since a phrase is as wrong in a mixed-language post.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..errors import ParamErrors
from ..text import Draft
from . import Check, Hit, check_known, string_list, within

NAME = "phrase"
PLACEHOLDERS: set[str] = set()

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def _unaccented(char: str) -> str | None:
    """The base letter of a Latin letter with diacritics (é → e), or None."""
    parts = unicodedata.normalize("NFD", char)
    if len(parts) > 1 and parts[0].isascii() and all(unicodedata.combining(p) for p in parts[1:]):
        return parts[0]
    return None


_ACCENTS = {code: base for code in range(0xC0, 0x250) if (base := _unaccented(chr(code)))}
_INVISIBLE = "\x00\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
"""Format characters that do not show, which a pasted or crafted text may carry inside a phrase."""
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]")
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
    """Quotes straightened, case and accents folded, invisible characters dropped, each run of white
    space made one space; and the origin map."""
    folded = _QUOTE.sub(lambda quote: quote.group().translate(_QUOTES), text).casefold().translate(_ACCENTS)
    if len(folded) != len(text) or _INVISIBLE_RUN.search(text):
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
        if char in _INVISIBLE:
            continue
        if char.isspace():
            if not in_space:
                chars.append(" ")
                origin.append(index)
            in_space = True
            continue
        in_space = False
        for folded in char.translate(_QUOTES).casefold().translate(_ACCENTS):
            chars.append(folded)
            origin.append(index)
    return "".join(chars), origin


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    canonical = sorted({normalize(p.strip())[0] for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in canonical) + r")(?!\w)")


def phrase_list(params: dict[str, Any], key: str, errors: ParamErrors, required: bool = False) -> list[str]:
    """A list of phrases, or a mapping from language code to list (`{en: [...], fr: [...]}`), as one list."""
    value = params.get(key)
    if not isinstance(value, dict):
        return string_list(params, key, errors, required=required)
    phrases: list[str] = []
    for language, items in value.items():
        if not isinstance(language, str) or not LANGUAGE_CODE.match(language):
            errors.add(f"check.{key}", f"{language!r} is not a language code.",
                       f"key each list by a language code in lower case: `{key}: {{en: [...], fr: [...], es: [...]}}`.")
            continue
        phrases += string_list({language: items}, language, errors, required=True, prefix=f"check.{key}.")
    if required and not phrases and not errors:
        errors.add(f"check.{key}", "is empty.", f"give `{key}:` at least one phrase.")
    return phrases


def compile(params: dict[str, Any], errors: ParamErrors) -> Check | None:
    check_known(params, {"phrases", "exceptions"}, errors)
    phrases = phrase_list(params, "phrases", errors, required=True)
    exceptions = phrase_list(params, "exceptions", errors)
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
