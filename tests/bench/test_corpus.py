"""The command-line benchmark's corpus (bench/corpus.py): deterministic, large and varied."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.corpus import SCRIPTS, SHAPES, drafts, features, write
from checks.model import ACCOUNTS, PLATFORMS


def test_ten_thousand_varied_drafts_the_same_on_every_call(tmp_path: Path) -> None:
    corpus = drafts(10_000)
    assert len(corpus) == 10_000 and len({d.id for d in corpus}) == 10_000
    assert drafts(300) == corpus[:300]
    assert drafts(300, seed=1) != corpus[:300]
    assert {d.platform for d in corpus} == set(PLATFORMS) and {d.account for d in corpus} == set(ACCOUNTS)
    assert set(Counter(d.shape for d in corpus)) == set(SHAPES)
    lengths = sorted(len(d.text) for d in corpus)
    assert lengths[0] < 20 and lengths[-1] > 30_000
    present = Counter(name for d in corpus for name in features(d.text))
    for piece in (*SCRIPTS, "Latin", "emoji", "ZWJ sequence", "skin tone", "hashtag", "mention", "link", "line break", "markup"):
        assert present[piece] >= 100, piece
    assert all(len(d.text) <= 34 for d in corpus if d.platform == "handle")


def test_written_files_and_json_lines_hold_the_same_drafts(tmp_path: Path) -> None:
    corpus = drafts(50)
    files, lines = write(corpus, tmp_path)
    assert sorted(p.name for p in files.iterdir()) == [f"{d.id}.txt" for d in corpus]
    assert all((files / f"{d.id}.txt").read_bytes().decode("utf-8") == d.text for d in corpus)
    rows = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["text"], r["platform"], r["account"]) for r in rows] == [d[:4] for d in corpus]
