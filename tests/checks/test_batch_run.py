"""checks.batch: the rows the "Check many posts" page shows, in slices, equal to the command line's findings."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from checks import Engine, load_rulebook
from checks.batch import BatchRun, as_bytes, csv_columns
from checks.exports import read_export

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "exports"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_rulebook())


@pytest.mark.parametrize("name", ["queue.csv", "hootsuite.csv", "Shares.csv", "your_posts_1.json", "x-archive/data/tweets.js"])
def test_rows_hold_every_post_and_the_engines_findings(engine: Engine, name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    run = BatchRun(engine, name, data, None, "facebook", "personal")
    rows = run.next_rows(2) + run.next_rows(1000)
    assert run.done == run.total == len(rows) == len(list(read_export(name, data)))
    assert run.next_rows(50) == []
    for row, post in zip(rows, read_export(name, data)):
        assert (row["where"], row["error"], row["date"]) == (post.where, post.error, post.date)
        if post.error:
            continue
        platform = post.platform or "facebook"
        assert row["platform"] == platform and row["account"] == "personal"
        findings = engine.check(post.text, platform, "personal")
        assert row["count"] == len(findings)
        shown = sorted((f["index"], g["rule_id"], f["message"]) for g in row["groups"] for f in g["findings"])
        assert shown == [(i, f.rule_id, f.message) for i, f in enumerate(findings)]


def test_findings_carry_line_and_column_from_one(engine: Engine) -> None:
    data = b"date,message\n2026-01-01,\"Hello.\nOur convoy leaves Erbil for Mosul at 6 a.m. tomorrow via Highway 2.\"\n"
    [row] = BatchRun(engine, "q.csv", data, None, "facebook", "institutional").next_rows(10)
    [finding] = [f for g in row["groups"] if g["rule_id"] == "SEC-004" for f in g["findings"]]
    assert (finding["line"], finding["column"]) == (2, row["text"].split("\n")[1].index(finding["text"]) + 1)


def test_a_bad_record_is_a_row_naming_it_and_the_others_are_checked(engine: Engine) -> None:
    data = b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "One"}}, {"nothing": 1}, {"tweet": {"full_text": "Three"}}]'
    rows = BatchRun(engine, "tweets.js", data, None, "any", "institutional").next_rows(10)
    assert [r["where"] for r in rows] == ["tweets.js#1", "tweets.js#2", "tweets.js#3"]
    assert rows[1]["error"] and not rows[0]["error"] and rows[2]["text"] == "Three"


def test_a_zip_is_read_member_by_member(engine: Engine) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in (FIXTURES / "x-archive").rglob("*.js"):
            archive.write(path, path.relative_to(FIXTURES / "x-archive").as_posix())
    rows = BatchRun(engine, "archive.zip", buffer.getvalue(), None, "any", "personal").next_rows(100)
    assert rows and all(r["where"].startswith("archive.zip/data/") for r in rows)
    assert not any("account.js" in r["where"] for r in rows)


def test_a_column_is_asked_for_only_when_the_header_is_ambiguous() -> None:
    assert csv_columns("q.csv", b"id,Publish date,Message\n1,2,3\n") == {
        "columns": ["id", "Publish date", "Message"], "guess": "Message", "ambiguous": False}
    assert csv_columns("q.csv", b"Caption,Text\na,b\n")["ambiguous"] is True
    assert csv_columns("q.csv", b"Titre,Contenu\na,b\n") == {"columns": ["Titre", "Contenu"], "guess": None, "ambiguous": True}
    assert csv_columns("hootsuite.csv", (FIXTURES / "hootsuite.csv").read_bytes()) is None
    assert csv_columns("Shares.csv", (FIXTURES / "Shares.csv").read_bytes()) is None
    assert csv_columns("tweets.js", b"window.YTD.tweets.part0 = []") is None


def test_the_chosen_column_is_checked(engine: Engine) -> None:
    rows = BatchRun(engine, "q.csv", b"Titre,Contenu\nBonjour,Call me on +41 79 555 01 23\n", "Contenu", "any", "personal").next_rows(5)
    assert rows[0]["text"] == "Call me on +41 79 555 01 23"
    assert "SEC-001" in [g["rule_id"] for g in rows[0]["groups"]]


def test_bytes_from_javascript_are_read_through_to_bytes() -> None:
    class Uint8ArrayProxy:  # what Pyodide hands over for a JavaScript Uint8Array
        def to_bytes(self) -> bytes:
            return b"abc"

    assert as_bytes(Uint8ArrayProxy()) == b"abc"
    assert as_bytes(memoryview(b"xyz")) == b"xyz"
