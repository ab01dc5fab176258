"""The sections of the two source documents, read from their headings.

The source files are plain-text conversions of the original documents. Their
headings are recognisable without any markup:

- a top-level heading is a line in capital letters ("FACEBOOK", "DON'TS");
- a sub-heading is a short line standing alone between blank lines that does not
  end a sentence ("Hashtags", "For negative reviews", "1. Be a good IOM ambassador");
  a short label ending in a colon counts too ("Shared Link:");
- a question of the personal-use FAQ is a bold-italic list item.

A section is named "TOP › Sub" (or "TOP" alone). Names are compared after
`normalise`, so that "Twitter › Comments/Retweets" in a rule's source field
matches the heading "TWITTER" › "Comments/ Retweets".
"""

from __future__ import annotations

import re

DOCUMENTS = ("official", "personal")
SEPARATOR = " › "

_QUESTION = re.compile(r"^- \*\*\*(?P<text>.+?)\*\*\*\s*$")
_LIST_OR_TABLE = re.compile(r"^\s*(?:[-*|(]|\d+,)")


def _is_top(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and line == line.upper() and not _LIST_OR_TABLE.match(line)


def _is_sub(line: str) -> bool:
    if len(line) > 60 or _LIST_OR_TABLE.match(line) or line.endswith((".", ",", ";")):
        return False
    if line.endswith(":"):
        return len(line.split()) <= 3
    return True


def sections(text: str) -> list[str]:
    """Every section of one source document, in reading order, without repeats."""
    lines = [line.strip() for line in text.splitlines()]
    found: list[str] = []
    top = ""
    for index, line in enumerate(lines):
        if not line:
            continue
        question = _QUESTION.match(line)
        if question:
            name = f"{top}{SEPARATOR}{question.group('text').strip()}"
        else:
            alone = (index == 0 or not lines[index - 1]) and (index + 1 == len(lines) or not lines[index + 1])
            if not alone:
                continue
            if _is_top(line):
                top = line
                name = line
            elif top and _is_sub(line):
                name = f"{top}{SEPARATOR}{line}"
            else:
                continue
        if name not in found:
            found.append(name)
    return found


def normalise(name: str) -> str:
    """A section name for comparison: case, spaces and trailing colons do not matter."""
    parts = [re.sub(r"\s+", "", part).rstrip(":").casefold() for part in re.split(r"\s*›\s*", name.strip())]
    return SEPARATOR.join(parts).replace("’", "'")
