"""The engine in Pyodide (as the site ships it) gives the same answers as on CPython.

Runs every rule's flag and pass examples and the corpus (tests/checker/corpus.py)
through the checker's bundle inside Pyodide under Node.js, and compares the whole
report (findings with their spans, counters) with CPython's, case by case.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from checks import load_rulebook
from checks.bundle import build_bundle
from checks.summary import Checker
from tests.checker.corpus import corpus, rule_examples

ROOT = Path(__file__).resolve().parents[2]
PYODIDE = ROOT / "node_modules" / "pyodide"
RUNNER = Path(__file__).with_name("pyodide_run.mjs")

pytestmark = pytest.mark.pyodide


def test_pyodide_gives_the_same_reports_as_cpython(tmp_path: Path) -> None:
    assert shutil.which("node"), "Node.js is needed (scripts/setup installs it)"
    pinned = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    assert json.loads((PYODIDE / "package.json").read_text())["version"] == pinned
    rulebook = load_rulebook()
    cases = rule_examples(rulebook) + corpus()
    assert len(cases) >= 200
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(build_bundle(rulebook.dumps()))
    cases_file = tmp_path / "cases.json"
    cases_file.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")

    run = subprocess.run(["node", str(RUNNER), str(PYODIDE), str(bundle), str(cases_file)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    answer = json.loads(run.stdout)
    assert answer["python"].startswith("3.14"), answer["python"]

    checker = Checker(rulebook)
    expected = [json.loads(checker.report_json(text, platform, account)) for text, platform, account in cases]
    assert len(answer["reports"]) == len(expected)
    mismatches = [(case, got, want) for case, got, want in zip(cases, answer["reports"], expected) if got != want]
    assert not mismatches, f"{len(mismatches)} differ; first: {mismatches[0]}"
    flagged = sum(bool(report["findings"]) for report in expected)
    assert flagged >= len(cases) // 4, "the corpus should exercise the rules"
