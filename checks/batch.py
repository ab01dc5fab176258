"""Check every post of an export in slices: what the in-page "Check many posts" page runs.

The page's worker makes a `BatchRun` for a file (its bytes never leave the device), then asks
for the next slice of rows again and again, posting progress in between, so that the page
stays responsive and a cancel is honoured between two slices. Each row is one post of the file
(or one record that could not be read), with its findings grouped per rule: the same posts,
platforms and findings as `python -m checks check FILE` (one reader, `checks.exports`; one engine).
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
from typing import Any

from .drafts import BOM
from .engine import Engine
from .exports import _HOOTSUITE_DATE, TEXT_COLUMNS, Post, read_export
from .summary import rule_groups


def as_bytes(data: Any) -> bytes:
    """The file's bytes: from Python bytes-likes, or from a JavaScript Uint8Array in Pyodide (`to_bytes`)."""
    to_bytes = getattr(data, "to_bytes", None)
    return bytes(to_bytes() if callable(to_bytes) else data)


def csv_columns(name: str, data: Any) -> dict[str, Any] | None:
    """For a CSV file with a header row: its columns, the column `read_export` would take for the
    text (`guess`, None when no header is a usual name) and whether a person should choose
    (`ambiguous`: no usual name, or more than one). None for other files (a ZIP, an X or Facebook
    archive), Hootsuite's header-less layout and LinkedIn's Shares.csv, whose text column is known."""
    if not name.lower().endswith(".csv"):
        return None
    try:
        head = as_bytes(data)[:65536].decode("utf-8", errors="replace").removeprefix(BOM)
        first = next(csv.reader(io.StringIO(head, newline="")), None)
    except csv.Error:
        return None
    if not first or _HOOTSUITE_DATE.match(first[0]):
        return None
    headers = [cell.strip().lower().removeprefix(BOM) for cell in first]
    if "sharecommentary" in headers:
        return None
    usual = [c for c in headers if c in TEXT_COLUMNS]
    guess = next((c for c in TEXT_COLUMNS if c in headers), None)
    columns = [cell.strip() for cell in first if cell.strip()]
    return {"columns": columns, "guess": columns[headers.index(guess)] if guess else None, "ambiguous": len(usual) != 1}


def _positions(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Each code-point offset's line and column in `text`, from 1 (as the command line prints them)."""
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    found = []
    for start in starts:
        line = bisect.bisect_right(line_starts, start)
        found.append((line, start - line_starts[line - 1] + 1))
    return found


class BatchRun:
    """The posts of one file, checked a slice at a time."""

    def __init__(self, engine: Engine, name: str, data: Any, column: str | None, platform: str, account: str) -> None:
        self.engine = engine
        self.platform = platform
        self.account = account
        self.posts: list[Post] = list(read_export(name, as_bytes(data), column or None))
        self.done = 0

    @property
    def total(self) -> int:
        return len(self.posts)

    def row(self, number: int, post: Post) -> dict[str, Any]:
        """One post as the page shows it: where, date, platform, text and findings per rule."""
        if post.error:
            return {"n": number, "where": post.where, "error": post.error, "text": "", "date": None,
                    "platform": None, "account": self.account, "groups": [], "count": 0}
        platform = post.platform or self.platform
        findings = self.engine.check(post.text, platform, self.account)
        positions = _positions(post.text, [f.start for f in findings])
        groups = []
        for group in rule_groups(self.engine.rulebook, findings):
            groups.append({
                "rule_id": group["rule_id"], "severity": group["severity"], "risk": group["risk"], "title": group["title"],
                "link": group["link"],
                "findings": [{"index": i, "message": findings[i].message, "text": findings[i].text, "line": positions[i][0],
                              "column": positions[i][1]} for i in group["findings"]],
            })
        return {"n": number, "where": post.where, "error": "", "text": post.text, "date": post.date, "platform": platform,
                "account": self.account, "groups": groups, "count": len(findings)}

    def next_rows(self, count: int) -> list[dict[str, Any]]:
        """The rows of the next `count` posts (fewer at the end; none when all are done)."""
        start, self.done = self.done, min(self.total, self.done + count)
        rows = [self.row(number + 1, self.posts[number]) for number in range(start, self.done)]
        for number in range(start, self.done):
            self.posts[number] = None  # type: ignore[call-overload]  # checked: its text now lives in the row only
        return rows

    def next_json(self, count: int) -> str:
        return json.dumps(self.next_rows(count), ensure_ascii=False)
