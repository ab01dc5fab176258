"""The measures a `limit` rule can bound: values, the items past a limit, and where a text passes it."""

from __future__ import annotations

import pytest

from checks.measures import MEASURES, PER_ITEM
from checks.text import Draft

SAMPLE = "Hello #World #SafeMigrationForAll @IOM\n\nRead iom.int/news 👩‍👩‍👧 🇺🇳 e\u0301te\u0301 国际"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("characters", len(SAMPLE)),
        ("graphemes", len(SAMPLE) - 4 - 1 - 2),  # family (5 → 1), flag (2 → 1), two é (2 → 1 each)
        ("words", 12),
        ("paragraphs", 2),
        ("lines", 2),
        ("hashtags", 2),
        ("mentions", 1),
        ("links", 1),
        ("emoji", 2),
        ("x-length", 45 + 23 + 1 + 2 + 1 + 2 + 1 + 3 + 1 + 4),  # text before the link, link, family, flag, été (NFC), 国际
    ],
)
def test_values(name: str, value: int) -> None:
    assert MEASURES[name].value(Draft(SAMPLE)) == value


def test_every_measure_has_items_or_a_cut() -> None:
    for measure in MEASURES.values():
        assert (measure.items is None) != (measure.cut is None), measure.name


def test_items_past_a_limit() -> None:
    draft = Draft("#a #b #c #d #e")
    items = MEASURES["hashtags"].items(draft)  # type: ignore[misc]
    assert [item.text for item in items[3:]] == ["#d", "#e"]


def test_cuts_land_on_whole_characters() -> None:
    draft = Draft("👍🏽" * 10)
    assert MEASURES["graphemes"].cut(draft, 3) == 6  # type: ignore[misc]
    assert MEASURES["characters"].cut(draft, 3) == 3  # type: ignore[misc]
    assert MEASURES["x-length"].cut(draft, 7) == 6  # type: ignore[misc]
    assert MEASURES["x-length"].cut(draft, 100) == 20  # type: ignore[misc]


def test_hashtag_words_per_item() -> None:
    unit, items, measure_one = PER_ITEM["hashtag-words"]
    draft = Draft("#SafeMigrationForAll and #COVID19")
    assert unit == "words"
    assert [measure_one(item.text) for item in items(draft)] == [4, 2]
