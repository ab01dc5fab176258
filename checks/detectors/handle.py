"""An account handle that does not start with the organisation's prefix.

The guidelines: regional, country and division accounts are named IOM or OIM plus
the place or division (IOMIraq, OIMColombia, IOMhealth, iomsnaps). What this
detector decides:

- The draft is one handle per line: `@IOMIraq`, `IOMIraq`, or a profile address
  such as `twitter.com/IOMIraq` or `https://www.instagram.com/OIMColombia/`, whose
  last path segment is the handle. A line with spaces (a display name such as
  "IOMAsia Pacific") is judged by its first word.
- The prefix is compared without regard to case, since the guidelines' own table
  writes "IOMhealth" and "iomsnaps".
- `exceptions` lists whole handles that are accepted as they are (the global
  account, `UNMigration`).
- Nothing else is judged here: underscores, length and the like are other rules.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ParamErrors
from ..kinds import string_list
from ..text import Draft
from . import Detect, Detection
from ._near import OPTIONS_PREFIX, known_options

NAME = "handle"
DESCRIPTION = "an account handle that does not start with one of the organisation's prefixes"

_LINE = re.compile(r"[^\r\n]+")
_URL_START = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/", re.IGNORECASE)


def compile(options: dict[str, Any], errors: ParamErrors) -> Detect | None:
    known_options(options, {"prefixes", "exceptions"}, errors)
    prefixes = string_list(options, "prefixes", errors, required=True, prefix=OPTIONS_PREFIX)
    exceptions = string_list(options, "exceptions", errors, prefix=OPTIONS_PREFIX)
    for value in prefixes:
        if not re.fullmatch(r"\w+", value):
            errors.add(
                f"{OPTIONS_PREFIX}prefixes", f"{value!r} is not a handle prefix.", "use letters, digits or _, as in `IOM`."
            )
    if errors:
        return None
    folded_prefixes = tuple(p.casefold() for p in prefixes)
    accepted = {e.strip().lstrip("@").casefold() for e in exceptions}
    what = f"a handle that does not start with {' or '.join(prefixes)}"

    def detect(draft: Draft) -> list[Detection]:
        found = []
        for line in _LINE.finditer(draft.text):
            span = _handle(draft.text, line.start(), line.end())
            if span is None:
                continue
            name = draft.text[span[0] : span[1]].casefold()
            if name in accepted or name.startswith(folded_prefixes):
                continue
            found.append(Detection(span[0], span[1], 0.95, what))
        return found

    return detect


def _handle(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the handle's name (without @ or address) lies in one line, if anywhere."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    word_end = start
    while word_end < end and not text[word_end].isspace():
        word_end += 1
    end = word_end
    url = _URL_START.match(text, start, end)
    if url:
        path = text[url.end() : end].split("?", 1)[0].split("#", 1)[0]
        segments = [s for s in path.split("/") if s]
        if not segments:
            return None
        offset = url.end() + path.rindex(segments[-1])
        start, end = offset, offset + len(segments[-1])
    if start < end and text[start] == "@":
        start += 1
    return (start, end) if start < end else None
