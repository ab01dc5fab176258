"""Generate checks/emoji_data.py, the emoji table, from the `emoji` package (a test-only dependency).

    .venv/bin/python scripts/gen_emoji_table.py          # rewrite checks/emoji_data.py
    .venv/bin/python scripts/gen_emoji_table.py --check  # exit 1 if the committed table is stale

What counts as an emoji sequence: every sequence the package lists (fully qualified,
minimally qualified, unqualified, components), except an unqualified *single* code point.
Those (©, ®, ™, ‼, ☺, ❤ ...) are text characters by default (UTS #51): they count as emoji
only with U+FE0F after them, which the table lists separately.

The table is a trie written as a few lines of regular expressions, one line per group of
first characters that share the same continuations:

    <first characters>\\t<regular expression for the rest>

The first characters are single characters or ranges `a-b`. A leaf group (single-character
emoji with no continuation) has an empty pattern; a first character that is an emoji on its
own has an optional pattern. Matching is a dictionary look-up on the first character and one
anchored match of a small, backtracking-bounded pattern (depth ≤ 10), so linear in the text.

`PICTOGRAPHIC` lists (as hex ranges) the code points that start or are emoji, an
approximation of Unicode's Extended_Pictographic property for grapheme segmentation.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "checks" / "emoji_data.py"

UNQUALIFIED = 4
MODIFIERS = range(0x1F3FB, 0x1F400)
REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)

Trie = dict[str, "Trie"]
TERMINAL = ""


def sequences() -> list[str]:
    """The emoji sequences the table must match, from the installed `emoji` package."""
    import emoji

    return sorted(text for text, data in emoji.EMOJI_DATA.items() if not (data["status"] == UNQUALIFIED and len(text) == 1))


def pictographic() -> list[int]:
    """Code points that are emoji on their own or begin an emoji sequence (Extended_Pictographic, roughly)."""
    import emoji

    points = {ord(text[0]) for text in emoji.EMOJI_DATA}
    return sorted(p for p in points if p >= 0x80 and p not in MODIFIERS and p not in REGIONAL_INDICATORS)


def build_trie(items: list[str]) -> Trie:
    root: Trie = {}
    for item in items:
        node = root
        for char in item:
            node = node.setdefault(char, {})
        node[TERMINAL] = {}
    return root


def _shape(node: Trie) -> tuple:
    """A key equal for equal subtrees, to merge siblings that continue the same way."""
    return tuple(sorted((char, _shape(child)) for char, child in node.items()))


def _ranges(points: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for point in sorted(points):
        if runs and point == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], point)
        else:
            runs.append((point, point))
    return runs


def _class_char(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


def _char_class(chars: list[str]) -> str:
    runs = _ranges([ord(c) for c in chars])
    if len(runs) == 1 and runs[0][0] == runs[0][1]:
        return re.escape(chr(runs[0][0]))
    parts = []
    for low, high in runs:
        parts.append(_class_char(chr(low)))
        if high > low + 1:
            parts.append("-")
        if high > low:
            parts.append(_class_char(chr(high)))
    return "[" + "".join(parts) + "]"


def pattern(node: Trie) -> str:
    """A regular expression for the continuations below `node`; longest match first."""
    groups: dict[tuple, list[str]] = {}
    for char, child in node.items():
        if char != TERMINAL:
            groups.setdefault(_shape(child), []).append(char)
    branches = [_char_class(chars) + pattern(node[chars[0]]) for chars in groups.values()]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
    if TERMINAL in node:
        body = ("(?:" + body + ")" if len(branches) == 1 else body) + "?"
    return body


def _first_chars(chars: list[str]) -> str:
    parts = []
    for low, high in _ranges([ord(c) for c in chars]):
        parts.append(chr(low) if low == high else chr(low) + "-" + chr(high))
    return "".join(parts)


def table_lines(items: list[str]) -> list[str]:
    root = build_trie(items)
    groups: dict[str, list[str]] = {}
    for char, child in root.items():
        groups.setdefault(pattern(child), []).append(char)
    lines = [_first_chars(chars) + "\t" + tail for tail, chars in groups.items()]
    return sorted(lines, key=lambda line: (len(line), line))


def _hex_ranges(points: list[int]) -> str:
    return " ".join(f"{a:x}" if a == b else f"{a:x}-{b:x}" for a, b in _ranges(points))


def render() -> str:
    import emoji

    lines = table_lines(sequences())
    body = "\n".join(f"    {line!r}," for line in lines)
    pictographic_ranges = _hex_ranges(pictographic())
    wrapped = "\n".join(f"    {chunk!r}" for chunk in _chunks(pictographic_ranges + " ", 100))
    return (
        '"""Emoji sequences as a trie of small regular expressions. GENERATED: do not edit.\n'
        "\n"
        "Made by scripts/gen_emoji_table.py from the `emoji` package; see that script for the format.\n"
        '"""\n'
        "\n"
        f"EMOJI_PACKAGE_VERSION = {emoji.__version__!r}\n"
        "\n"
        "SEQUENCES = (\n"
        f"{body}\n"
        ")\n"
        '"""One line per group of first characters: `<first characters>\\t<pattern for the rest>`."""\n'
        "\n"
        "PICTOGRAPHIC = (\n"
        f"{wrapped}\n"
        ")\n"
        '"""Hex code point ranges of emoji characters (Extended_Pictographic, approximately)."""\n'
    )


def _chunks(text: str, size: int) -> list[str]:
    pieces: list[str] = []
    while text:
        cut = text.rfind(" ", 0, size) + 1 if len(text) > size else len(text)
        pieces.append(text[:cut])
        text = text[cut:]
    return pieces


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run scripts/gen_emoji_table.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
