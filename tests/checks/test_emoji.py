"""Emoji sequences: the generated table, longest matches, and what is not an emoji."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import emoji as emoji_package
import pytest

from checks import emoji_data
from checks.emoji import find_emoji, is_pictographic

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_emoji_table", ROOT / "scripts" / "gen_emoji_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spans(text: str) -> list[str]:
    return [text[start:end] for start, end in find_emoji(text)]


def test_committed_table_is_what_the_generator_makes_from_the_installed_package() -> None:
    generator = _generator()
    committed = (ROOT / "checks" / "emoji_data.py").read_text(encoding="utf-8")
    assert committed == generator.render(), "run scripts/gen_emoji_table.py"
    assert emoji_data.EMOJI_PACKAGE_VERSION == emoji_package.__version__


def test_table_stays_small() -> None:
    # The site ships it to every browser that opens the checker.
    assert len((ROOT / "checks" / "emoji_data.py").read_bytes()) < 16_000


def test_every_sequence_of_the_package_is_one_emoji() -> None:
    missed = [seq for seq in _generator().sequences() if find_emoji(seq) != [(0, len(seq))]]
    assert missed == []
    missed_in_text = [seq for seq in _generator().sequences()[::7] if _spans(f"a {seq} b") != [seq]]
    assert missed_in_text == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Families \U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466 together",
         ["\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"]),
        ("\U0001F44D\U0001F3FD\U0001F44D", ["\U0001F44D\U0001F3FD", "\U0001F44D"]),
        ("\U0001F1FA\U0001F1F3\U0001F1EB\U0001F1F7", ["\U0001F1FA\U0001F1F3", "\U0001F1EB\U0001F1F7"]),
        ("\U0001F1FA\U0001F1F3\U0001F1EB", ["\U0001F1FA\U0001F1F3"]),  # a lone regional indicator is no flag
        ("1\ufe0f\u20e3 2\u20e3 #\ufe0f\u20e3", ["1\ufe0f\u20e3", "2\u20e3", "#\ufe0f\u20e3"]),
        ("\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F",
         ["\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F"]),
        ("\U0001F3F3\ufe0f\u200d\U0001F308", ["\U0001F3F3\ufe0f\u200d\U0001F308"]),
        ("\U0001F9D1\u200d\U0001F527 \U0001FAE0 \U0001FAF6\U0001F3FD",
         ["\U0001F9D1\u200d\U0001F527", "\U0001FAE0", "\U0001FAF6\U0001F3FD"]),
        # Not an RGI sequence: the longest known pieces, the joiner left over.
        ("\U0001F468\u200d\U0001F431", ["\U0001F468", "\U0001F431"]),
        ("\u2764\ufe0f \u2764\ufe0f\u200d\U0001F525", ["\u2764\ufe0f", "\u2764\ufe0f\u200d\U0001F525"]),
    ],
)
def test_longest_sequences(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["\u00a9 IOM 2026", "\u00ae", "\u2122", "\u203c", "\u2764", "\u263a", "\u2194", "123 #tag *", "é ü 国 \u0301"])
def test_text_characters_are_not_emoji(text: str) -> None:
    assert find_emoji(text) == []


def test_text_characters_with_emoji_presentation_are_emoji() -> None:
    assert _spans("\u00a9\ufe0f \u2764\ufe0f \u263a\ufe0f") == ["\u00a9\ufe0f", "\u2764\ufe0f", "\u263a\ufe0f"]
    assert find_emoji("\u2764\ufe0e") == []  # text presentation asked for


def test_offsets_are_code_points() -> None:
    text = "国\U0001F600e\u0301\U0001F1EF\U0001F1F5"
    assert find_emoji(text) == [(1, 2), (4, 6)]


def test_pictographic() -> None:
    assert is_pictographic("\U0001F600")
    assert is_pictographic("\u2764")  # text-default, still a pictograph
    assert is_pictographic("\u00a9")
    assert not is_pictographic("a")
    assert not is_pictographic("\U0001F3FB")  # a skin tone modifier extends, it does not start
    assert not is_pictographic("\U0001F1FA")  # regional indicators pair up by their own rule
