"""The command line, run as a user would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checks", *args], input=stdin, capture_output=True, text=True, cwd=ROOT)


def test_check_reports_findings_with_links_and_exits_1_on_error() -> None:
    result = run("check", "-", "--platform", "reply", stdin="We’re sorry you feel this way.")
    assert result.returncode == 1, result.stderr
    assert "REP-001" in result.stdout and "r/REP-001/" in result.stdout


def test_check_json_has_spans_in_both_units() -> None:
    result = run("check", "-", "--platform", "reply", "--format", "json", stdin="🙂 we are sorry you feel this way")
    findings = json.loads(result.stdout)
    assert findings[0]["rule_id"] == "REP-001"
    assert (findings[0]["start"], findings[0]["start_utf16"]) == (2, 3)


def test_clean_draft_exits_0() -> None:
    result = run("check", "-", "--platform", "reply", stdin="Thank you for your message.")
    assert result.returncode == 0
    assert "0 errors" in result.stdout


def test_fail_on_warning_counts_warnings() -> None:
    draft = "Read more: https://en.wikipedia.org/wiki/Migration and find out how we help people on the move today."
    assert run("check", "-", "-p", "x", stdin=draft).returncode == 0
    assert run("check", "-", "-p", "x", "--fail-on", "warning", stdin=draft).returncode == 1


def test_usage_error_exits_2() -> None:
    assert run("check", "-", "--platform", "myspace").returncode == 2


def test_validate_reports_every_error_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("/// rule | bad\n    title: x\n\nBody\n///\n\n/// rule | X-001\n    severity: loud\n\nBody\n///\n")
    result = run("validate", str(tmp_path))
    assert result.returncode == 2
    assert "a.md:1: bad field 'id'" in result.stderr
    assert "a.md:8: X-001 field 'severity'" in result.stderr


def test_check_image_reads_the_file_and_reports_its_size(tmp_path: Path) -> None:
    from tests.checks.image_files import png

    small = tmp_path / "small.png"
    small.write_bytes(png(800, 600))
    result = run("check-image", str(small), "--platform", "facebook", "--use", "post-image", "--fail-on", "suggestion")
    assert result.returncode == 1, result.stderr
    assert "IMG-001" in result.stdout and "800x600" in result.stdout
    good = tmp_path / "good.png"
    good.write_bytes(png(1080, 1080))
    assert run("check-image", str(good), "-p", "facebook", "-u", "post-image", "--fail-on", "suggestion").returncode == 0


def test_check_image_refuses_what_is_not_an_image(tmp_path: Path) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("not an image")
    result = run("check-image", str(notes), "-p", "facebook", "-u", "post-image")
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_check_says_what_its_judgement_covered_by_language() -> None:
    english = run("check", "-", "-p", "facebook", stdin="We met families in Mosul today with our partners.")
    assert english.stdout.rstrip().endswith("; checked as English")
    german = run("check", "-", "-p", "facebook", stdin="Wir sind heute mit unseren Partnern in Berlin und freuen uns sehr.")
    assert "written in German" in german.stdout and "only the mechanical checks" in german.stdout
    short = run("check", "-", "-p", "youtube-title", stdin="IOM Iraq")
    assert "language not recognised" in short.stdout
