"""Find rule blocks in Markdown text.

A rule block uses the generic block syntax of pymdown-extensions:

    /// rule | X-003
        title: Use at most three hashtags
        severity: warning
        ...

    The Markdown body: why the rule exists and what to do instead.
    ///

The header line names the ID; the lines indented by four spaces below it are
YAML options; the body runs to a line holding only `///`. Blocks inside fenced
code (``` or ~~~) are examples, not rules, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .errors import RuleError

_HEADER = re.compile(r"^///\s*rule\b(?P<rest>.*)$")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
_CLOSE = re.compile(r"^///\s*$")


@dataclass(frozen=True)
class RawBlock:
    """A rule block's pieces, before its YAML is read."""

    file: str
    line: int
    """The header's line, counting from 1."""
    rule_id: str
    options: str
    """The YAML options, dedented."""
    options_line: int
    body: str
    body_line: int


def find_blocks(text: str, file: str) -> tuple[list[RawBlock], list[RuleError]]:
    """Every rule block in one Markdown file, and every structural mistake."""
    lines = text.splitlines()
    blocks: list[RawBlock] = []
    errors: list[RuleError] = []
    fence: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        fence_match = _FENCE.match(line)
        if fence_match:
            marker = fence_match.group("fence")
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not line.strip()[len(marker):].strip():
                fence = None
            i += 1
            continue
        header = _HEADER.match(line) if fence is None else None
        if not header:
            i += 1
            continue
        block, i, problems = _read_block(lines, i, header.group("rest"), file)
        errors.extend(problems)
        if block:
            blocks.append(block)
    return blocks, errors


def _read_block(lines: list[str], start: int, rest: str, file: str) -> tuple[RawBlock | None, int, list[RuleError]]:
    line_no = start + 1
    errors: list[RuleError] = []
    rule_id = rest.strip().lstrip("|").strip() if rest.strip().startswith("|") else ""
    if not rule_id:
        errors.append(RuleError(file, line_no, "", "id", f"the rule block header {lines[start].strip()!r} names no ID.",
                                "write the header as `/// rule | X-003`, with the rule's ID after the bar."))
    i = start + 1
    option_lines: list[str] = []
    while i < len(lines) and (lines[i].startswith("    ") or lines[i].startswith("\t") or not lines[i].strip()):
        if _CLOSE.match(lines[i]):
            break
        option_lines.append(lines[i])
        i += 1
    while option_lines and not option_lines[-1].strip():
        option_lines.pop()
    body_start = start + 1 + len(option_lines)
    end = i
    while end < len(lines) and not _CLOSE.match(lines[end]):
        if _HEADER.match(lines[end]):
            break
        end += 1
    if end >= len(lines) or not _CLOSE.match(lines[end]):
        errors.append(RuleError(file, line_no, rule_id, "", "the rule block is never closed.",
                                "end the block with a line holding only `///`."))
        return None, end, errors
    if not option_lines:
        errors.append(RuleError(file, line_no, rule_id, "", "the rule block has no options.",
                                "put the rule's fields (title, severity, ...) right under the header, indented by four spaces."))
        return None, end + 1, errors
    if errors:
        return None, end + 1, errors
    options = "\n".join(_dedent(line) for line in option_lines)
    body = "\n".join(lines[body_start:end]).strip("\n")
    first_body = body_start + 1
    while first_body <= end and not lines[first_body - 1].strip():
        first_body += 1
    return RawBlock(file, line_no, rule_id, options, start + 2, body, first_body), end + 1, errors


def _dedent(line: str) -> str:
    if line.startswith("\t"):
        return line[1:]
    return line[4:] if line.startswith("    ") else line.lstrip()


def replace_blocks(text: str, render: Callable[[RawBlock], str], file: str = "") -> str:
    """The text with each rule block replaced by what `render` makes of it."""
    blocks, _ = find_blocks(text, file)
    if not blocks:
        return text
    lines = text.splitlines()
    out: list[str] = []
    cursor = 0
    for block in blocks:
        header = block.line - 1
        close = block.body_line - 1
        while not _CLOSE.match(lines[close]):
            close += 1
        out.extend(lines[cursor:header])
        out.append(render(block))
        cursor = close + 1
    out.extend(lines[cursor:])
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
