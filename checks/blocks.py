"""Find rule blocks in Markdown text: the one scanner of fences, comments and `///` blocks.

A rule block uses the generic block syntax of pymdown-extensions:

    /// rule | X-003
        title: Use at most three hashtags
        severity: warning
        ...

    The Markdown body: why the rule exists and what to do instead.
    ///

The header line names the ID; the lines indented by four spaces below it are
YAML options; the body runs to a line holding only `///`. Blocks inside a closed
code fence (``` or ~~~) are examples, not rules, and are skipped.

A rule block anywhere it cannot work is refused with a clear error, never
dropped or silently active: indented (inside an admonition, a list or a quote),
inside an HTML comment, inside another `///` block, inside a code fence that is
never closed, or with a header the build would not recognise (`/// Rule`, an
invisible character before `///`). A `///` block inside a rule's body is refused
too (the site has no generic `/// details` blocks; `??? note` is the collapsible
box), but the rule's real end is still found so nothing else is misread.

One pass over the lines; every loop only moves forward.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .errors import RuleError

_HEADER = re.compile(r"^///[ \t]*rule\b(?P<rest>.*)$")
_LOOSE_HEADER = re.compile(r"^(?P<lead>[\s>\ufeff\u200b\u200c\u200d\u2060]*)///[ \t]*(?P<name>rule)\b", re.IGNORECASE)
_OPEN = re.compile(r"^///[ \t]*(?P<name>[A-Za-z][\w-]*)")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
_CLOSE = re.compile(r"^///\s*$")
_COMMENT_MARK = re.compile(r"<!--|-->")
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


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
    end_line: int = 0
    """The closing `///` line, counting from 1."""


class Fences:
    """Tracks code fences line by line (CommonMark: up to three spaces, ``` or ~~~, closed by a like run)."""

    def __init__(self) -> None:
        self.marker: str | None = None
        self.opened = 0

    def step(self, line: str, number: int) -> bool:
        """Whether `line` opens, closes or is inside a fence (and so is code, not Markdown)."""
        match = _FENCE.match(line)
        if self.marker is None:
            if match:
                self.marker, self.opened = match.group("fence"), number
                return True
            return False
        if match:
            marker = match.group("fence")
            if marker[0] == self.marker[0] and len(marker) >= len(self.marker) and not line.strip()[len(marker):].strip():
                self.marker = None
        return True


def code_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it belongs to a code fence (the shared fence rule of the build side)."""
    fences = Fences()
    return [fences.step(line, number) for number, line in enumerate(lines, 1)]


def find_blocks(text: str, file: str) -> tuple[list[RawBlock], list[RuleError]]:
    """Every rule block in one Markdown file, and every structural mistake."""
    text = text[1:] if text.startswith("\ufeff") else text  # MkDocs reads pages as utf-8-sig
    lines = text.splitlines()
    blocks: list[RawBlock] = []
    errors: list[RuleError] = []
    fences = Fences()
    in_fence_headers: list[int] = []
    comment_opened = 0
    open_blocks: list[tuple[str, int]] = []
    last_unindented = ""
    last_unindented_line = 0
    i = 0
    while i < len(lines):
        line, number = lines[i], i + 1
        was_fenced = fences.marker is not None
        if fences.step(line, number):
            if was_fenced and fences.marker is not None and _LOOSE_HEADER.match(line):
                in_fence_headers.append(number)
            i += 1
            continue
        if comment_opened:
            if _LOOSE_HEADER.match(line):
                errors.append(_refused(file, number, line, f"it is inside an HTML comment opened at line {comment_opened}",
                                       "a comment does not switch a rule off: delete the block if it was never published, "
                                       "or set `status: retired` with a `reason:`."))
            comment_opened = _comment_state(line, comment_opened, number)
            i += 1
            continue
        loose = _LOOSE_HEADER.match(line)
        header = _HEADER.match(line)
        if loose and open_blocks:
            name, opened = open_blocks[-1]
            errors.append(_refused(file, number, line, f"it is inside the `/// {name}` block opened at line {opened}",
                                   f"close the `/// {name}` block with a `///` line before the rule block."))
            header = None
        elif loose and not header:
            errors.append(_refused(file, number, line, *_why_not_a_header(loose, last_unindented, last_unindented_line)))
            if loose.group("lead").strip(_INVISIBLE) == "":
                # At the left margin (a capital R, an invisible character): skip the whole block.
                _, i, _ = _read_block(lines, i, "| ?", file)
                continue
            i += 1
            continue
        if header:
            block, i, problems = _read_block(lines, i, header.group("rest"), file)
            errors.extend(problems)
            if block:
                blocks.append(block)
            continue
        if line.strip() and not line[0].isspace():
            last_unindented, last_unindented_line = line, number
        opener = _OPEN.match(line)
        if opener:
            open_blocks.append((opener.group("name"), number))
        elif _CLOSE.match(line) and open_blocks:
            open_blocks.pop()
        comment_opened = _comment_state(line, 0, number)
        i += 1
    if fences.marker is not None:
        for number in in_fence_headers:
            errors.append(_refused(file, number, lines[number - 1],
                                   f"it is inside a code fence ({fences.marker}) opened at line {fences.opened} that is never closed",
                                   f"close the code fence with a line holding only {fences.marker}, or remove the stray fence."))
    return blocks, errors


def _comment_state(line: str, opened: int, number: int) -> int:
    """The line an HTML comment still open after `line` was opened on, or 0."""
    for mark in _COMMENT_MARK.finditer(line):
        if mark.group() == "<!--" and not opened:
            opened = number
        elif mark.group() == "-->":
            opened = 0
    return opened


def _refused(file: str, number: int, line: str, why: str, fix: str) -> RuleError:
    rule_id = line.split("|", 1)[1].strip() if "|" in line else ""
    return RuleError(file, number, rule_id[:20], "", f"this rule block cannot work: {why}, so the build would not read it.", fix)


def _why_not_a_header(loose: re.Match[str], last_unindented: str, last_line: int) -> tuple[str, str]:
    lead, name = loose.group("lead"), loose.group("name")
    if any(char in lead for char in _INVISIBLE):
        return ("an invisible character (such as a byte-order mark, U+FEFF) stands before `///`",
                "delete the invisible character: retype the start of the header line as `/// rule | X-001`.")
    if ">" in lead:
        return "it is inside a quote (`>`)", "move the block out of the quote, to the left margin."
    if lead:
        if last_unindented.lstrip().startswith(("!!!", "???", "???+")):
            return (f"it is inside the admonition `{last_unindented.strip()}` at line {last_line}",
                    "move the rule block out of the admonition, to the left margin; a rule is a card of its own.")
        return "it is indented", "start the header and the closing `///` at the left margin, with no spaces before them."
    if name != "rule":
        return f"the block name is `{name}`, not `rule`", "write the header in lower case: `/// rule | X-001`."
    return "the header is malformed", "write the header as `/// rule | X-001`."


def _indent_problem(line: str) -> str | None:
    """What is wrong with an option line's indentation, if anything."""
    lead = line[: len(line) - len(line.lstrip())]
    if "\t" in lead:
        return "a tab"
    odd = next((char for char in lead if char != " "), None)
    return f"a non-breaking or other special space (U+{ord(odd):04X})" if odd else None


def _dedent(line: str) -> str:
    lead = line[: len(line) - len(line.lstrip())]
    normal = lead.replace("\t", "    ")
    normal = "".join(" " if char.isspace() else char for char in normal)
    return (normal[4:] if normal.startswith("    ") else "") + line[len(lead):]


def _read_block(lines: list[str], start: int, rest: str, file: str) -> tuple[RawBlock | None, int, list[RuleError]]:
    line_no = start + 1
    errors: list[RuleError] = []
    rule_id = rest.strip().lstrip("|").strip() if rest.strip().startswith("|") else ""
    if not rule_id:
        errors.append(RuleError(file, line_no, "", "id", f"the rule block header {lines[start].strip()!r} names no ID.",
                                "write the header as `/// rule | X-003`, with the rule's ID after the bar."))
    i = start + 1
    option_lines: list[str] = []
    while i < len(lines) and (lines[i][:1].isspace() or not lines[i].strip()):
        if _CLOSE.match(lines[i]):
            break
        option_lines.append(lines[i])
        problem = _indent_problem(lines[i]) if lines[i].strip() else None
        if problem:
            errors.append(RuleError(file, i + 1, rule_id, "", f"this option line is indented with {problem}.",
                                    "indent every option line with four ordinary spaces."))
        i += 1
    while option_lines and not option_lines[-1].strip():
        option_lines.pop()
    body_start = start + 1 + len(option_lines)
    end = i
    fences = Fences()
    depth: list[tuple[str, int]] = []
    while end < len(lines):
        line = lines[end]
        if fences.step(line, end + 1):
            end += 1
            continue
        if _CLOSE.match(line):
            if not depth:
                break
            depth.pop()
        elif _HEADER.match(line):
            break
        else:
            opener = _OPEN.match(line)
            if opener:
                depth.append((opener.group("name"), end + 1))
                errors.append(RuleError(file, end + 1, rule_id, "body",
                                        f"a `/// {opener.group('name')}` block inside a rule's body is not supported.",
                                        "use an admonition instead (`??? note \"Title\"` for a collapsible box, "
                                        "`!!! note` for a plain one), or move the block after the rule's closing `///`."))
        end += 1
    if end >= len(lines) or not _CLOSE.match(lines[end]):
        where = f" (a code fence opened at line {fences.opened} in its body is never closed)" if fences.marker else ""
        errors.append(RuleError(file, line_no, rule_id, "", f"the rule block is never closed{where}.",
                                "end the block with a line holding only `///`."))
        return None, end, errors
    if not option_lines:
        errors.append(RuleError(file, line_no, rule_id, "", "the rule block has no options.",
                                "put the rule's fields (title, severity, ...) right under the header, indented by four spaces."))
        return None, end + 1, errors
    if not rule_id:
        return None, end + 1, errors
    options = "\n".join(_dedent(line) for line in option_lines)
    body = "\n".join(lines[body_start:end]).strip("\n")
    first_body = body_start + 1
    while first_body <= end and not lines[first_body - 1].strip():
        first_body += 1
    return RawBlock(file, line_no, rule_id, options, start + 2, body, first_body, end + 1), end + 1, errors


def replace_blocks(text: str, render: Callable[[RawBlock], str], file: str = "") -> str:
    """The text with each rule block replaced by what `render` makes of it."""
    blocks, _ = find_blocks(text, file)
    if not blocks:
        return text
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    lines = text[len(bom):].splitlines()
    out: list[str] = []
    cursor = 0
    for block in blocks:
        out.extend(lines[cursor:block.line - 1])
        out.append(render(block))
        cursor = block.end_line
    out.extend(lines[cursor:])
    return bom + "\n".join(out) + ("\n" if text.endswith("\n") else "")
