"""Reading drafts from files: plain text and JSON Lines (checks/drafts.py)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from checks.drafts import Record, json_lines, text_draft


def test_a_final_line_break_and_a_bom_are_not_part_of_the_draft() -> None:
    assert text_draft("\ufeffHello\n") == "Hello"
    assert text_draft("Hello\r\n") == "Hello"
    assert text_draft("Hello\n\n") == "Hello\n"  # only the one an editor adds
    assert text_draft("Hello") == "Hello"


def test_records_split_only_at_json_line_breaks() -> None:
    text = '{"text": "one\u2028two\u0085three"}\r\n{"text": "four", "platform": "x", "id": 7}\n'
    records = list(json_lines(text))
    assert records == [Record(1, "one\u2028two\u0085three"), Record(2, "four", "x", None, "7")]


def test_a_bom_is_ignored_and_blank_lines_are_skipped() -> None:
    records = list(json_lines('\ufeff{"text": "a"}\n\n  \n{"text": "b"}\n'))
    assert [(r.line, r.text) for r in records] == [(1, "a"), (4, "b")]


def test_bad_records_are_reported_with_their_line_and_the_others_still_read() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    text = "\n".join(['{"text": "ok"}', "not json", deep, '{"text": "\\ud800"}', '{"nope": 1}', '{"text": "x", "platform": 3}',
                      '{"text": "last"}'])
    records = list(json_lines(text))
    assert [r.line for r in records] == [1, 2, 3, 4, 5, 6, 7]
    assert [r.text for r in records if not r.error] == ["ok", "last"]
    errors = {r.line: r.error for r in records if r.error}
    assert errors[2].startswith("not JSON")
    assert "nested too deeply" in errors[3]
    assert "surrogate" in errors[4]
    assert '"text" string' in errors[5]
    assert '"platform" must be a string' in errors[6]


drafts = st.fixed_dictionaries(
    {"text": st.text()},
    optional={"platform": st.sampled_from(["x", "reply"]), "id": st.text(min_size=1)},
)


@given(st.lists(drafts, max_size=8))
def test_any_records_round_trip(items: list[dict[str, str]]) -> None:
    text = "\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    good = [item for item in items if not any(0xD800 <= ord(c) <= 0xDFFF for c in item["text"])]
    records = [r for r in json_lines(text) if not r.error]
    assert [r.text for r in records] == [item["text"] for item in good]
    assert [r.platform for r in records] == [item.get("platform") for item in good]


@given(st.text())
def test_any_text_never_raises_and_lines_stay_inside(text: str) -> None:
    count = text.removeprefix("\ufeff").count("\n") + 1
    for record in json_lines(text):
        assert 1 <= record.line <= count
        assert record.error or isinstance(record.text, str)
