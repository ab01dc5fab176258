"""Drafts as files hold them: a plain text file, or JSON Lines with one draft a record.

Shared by the command line and anything else that reads drafts from files, so that a draft
is the same wherever it is checked: a byte-order mark is not part of it, and neither is the
final line break an editor adds when it saves a file (a 280-character post saved with a
newline is still 280 characters).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

BOM = "\ufeff"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def text_draft(text: str) -> str:
    """A draft file's text as the draft: without a leading byte-order mark or one final line break."""
    text = text.removeprefix(BOM)
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text


@dataclass(frozen=True)
class Record:
    """One JSON Lines record: a draft, or (with `error` set) why line `line` is not one."""

    line: int
    text: str = ""
    platform: str | None = None
    account: str | None = None
    id: str | None = None
    error: str = ""


def json_lines(text: str) -> Iterator[Record]:
    """The records of a JSON Lines text, in order; a bad record is reported, never raised.

    Records are split only where JSON allows a break between values: at "\\n" (with an optional
    "\\r" before it). U+2028, U+0085 and the other breaks `str.splitlines` knows may stand raw
    inside a JSON string and belong to the draft.
    """
    for number, line in enumerate(text.removeprefix(BOM).split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip(" \t"):
            continue
        yield _record(number, line)


def _record(number: int, line: str) -> Record:
    try:
        item = json.loads(line)
    except RecursionError:
        return Record(number, error="not a draft: nested too deeply")
    except ValueError as error:
        return Record(number, error=f"not JSON ({error})")
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return Record(number, error='expected an object with a "text" string')
    fields = {name: item.get(name) for name in ("platform", "account")}
    wrong = [name for name, value in fields.items() if value is not None and not isinstance(value, str)]
    if wrong:
        return Record(number, error=f'"{wrong[0]}" must be a string')
    surrogate = _LONE_SURROGATE.search(item["text"])
    if surrogate:
        return Record(number, error=f'"text" holds \\u{ord(surrogate.group()):04x}, half of a surrogate pair, which is not a character')
    ident = item.get("id")
    return Record(number, item["text"], fields["platform"], fields["account"], None if ident is None else str(ident))
