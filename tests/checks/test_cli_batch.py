"""`python -m checks check` on several drafts in one run: files, directories and JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

from tests.checks.test_cli import run

SORRY = "We’re sorry you feel this way."
THANKS = "Thank you for your message."


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_several_files_each_finding_names_its_file_and_line(tmp_path: Path) -> None:
    clean = write(tmp_path, "clean.txt", THANKS)
    sorry = write(tmp_path, "sorry.txt", f"Hello.\n{SORRY}")
    result = run("check", clean, sorry, "--platform", "reply")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if "REP-001" in line] == [line for line in lines if line.startswith(f"{sorry}:2:1: error REP-001")]
    assert len([line for line in lines if "REP-001" in line]) == 1
    assert clean not in result.stdout
    assert lines[-1].startswith("2 drafts, 1 with findings: 1 error, 0 warnings, 0 suggestions; ")
    assert "for reply/institutional" in lines[-1]


def test_several_clean_files_exit_0(tmp_path: Path) -> None:
    files = [write(tmp_path, f"{n}.txt", THANKS) for n in range(3)]
    result = run("check", *files, "-p", "reply")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 drafts, 0 with findings: 0 errors")


def test_fail_on_applies_to_the_whole_batch(tmp_path: Path) -> None:
    warned = write(tmp_path, "link.txt", "Read more: https://en.wikipedia.org/wiki/Migration and find out how we help people today.")
    clean = write(tmp_path, "clean.txt", THANKS)
    assert run("check", clean, warned, "-p", "x").returncode == 0
    assert run("check", clean, warned, "-p", "x", "--fail-on", "warning").returncode == 1
    assert run("check", clean, write(tmp_path, "s.txt", SORRY), "-p", "reply", "--fail-on", "never").returncode == 0


def test_a_directory_contributes_its_txt_and_md_drafts_in_order(tmp_path: Path) -> None:
    write(tmp_path, "drafts/b.txt", SORRY)
    write(tmp_path, "drafts/sub/a.md", SORRY)
    write(tmp_path, "drafts/notes.json", SORRY)
    result = run("check", str(tmp_path / "drafts"), "-p", "reply", "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert [Path(item["file"]).name for item in report] == ["b.txt", "a.md"]
    assert all(item["findings"][0]["rule_id"] == "REP-001" and item["platform"] == "reply" for item in report)


def test_missing_file_is_a_clear_error_and_the_others_are_still_checked(tmp_path: Path) -> None:
    sorry = write(tmp_path, "sorry.txt", SORRY)
    missing = str(tmp_path / "missing.txt")
    clean = write(tmp_path, "clean.txt", THANKS)
    result = run("check", sorry, missing, clean, "-p", "reply")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {missing}: No such file or directory"
    assert f"{sorry}:1:1: error REP-001" in result.stdout
    assert "2 drafts, 1 with findings: 1 error" in result.stdout and "1 unreadable" in result.stdout


def test_a_single_missing_file_exits_2_without_a_traceback(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_jsonl_drafts_carry_their_own_platform_and_bad_lines_are_reported(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "reply-1", "text": SORRY, "platform": "reply"}),
        json.dumps({"text": SORRY}),  # the options' platform (x): REP-001 does not apply there
        "",
        "{not json",
        json.dumps({"text": THANKS, "platform": "myspace"}),
        json.dumps({"text": "🙂 we are sorry you feel this way", "platform": "reply", "account": "personal"}),
    ]
    drafts = write(tmp_path, "export.jsonl", "\n".join(lines) + "\n")
    result = run("check", drafts, "-p", "x", "--format", "json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert [item["file"] for item in report] == [f"{drafts}#reply-1", f"{drafts}#2", f"{drafts}#6"]
    assert [item["platform"] for item in report] == ["reply", "x", "reply"]
    assert report[2]["account"] == "personal"
    assert [f["rule_id"] for f in report[0]["findings"]] == ["REP-001"]
    assert "REP-001" not in [f["rule_id"] for f in report[1]["findings"]]
    assert "REP-001" not in [f["rule_id"] for f in report[2]["findings"]]  # REP-001 is for institutional accounts only
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"error: {drafts}:4: not JSON")
    assert errors[1].startswith(f"error: {drafts}:5: unknown platform 'myspace' or account 'institutional': use one of x, ")


def test_one_file_keeps_the_single_draft_output(tmp_path: Path) -> None:
    sorry = write(tmp_path, "sorry.txt", SORRY)
    result = run("check", sorry, "-p", "reply", "--format", "json")
    assert [f["rule_id"] for f in json.loads(result.stdout)] == ["REP-001"]
    text = run("check", sorry, "-p", "reply").stdout.splitlines()
    assert text[0].startswith(f"{sorry}:1:1: error REP-001") and text[-1].startswith("1 error, 0 warnings, 0 suggestions; ")


def test_a_bom_never_shifts_columns_and_a_final_newline_is_not_part_of_the_draft(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffHello.\nWe are sorry you feel this way.\n".encode())
    result = run("check", str(bom), "-p", "reply")
    assert f"{bom}:2:1: error REP-001" in result.stdout
    post = write(tmp_path, "post.txt", "a" * 280 + "\n")
    assert "PLT-001" not in run("check", post, "-p", "x", "--format", "json").stdout
    assert "PLT-001" in run("check", write(tmp_path, "long.txt", "a" * 281 + "\n"), "-p", "x", "--format", "json").stdout


def test_a_jsonl_bad_record_is_named_and_every_other_record_is_checked(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "We are sorry you feel\u2028this way", "id": "a"}, ensure_ascii=False), "[" * 50_000,
             '{"text": "\\udc00"}', json.dumps({"text": SORRY, "id": "b"})]
    path = write(tmp_path, "queue.jsonl", "\ufeff" + "\n".join(lines) + "\n")
    result = run("check", path, "-p", "reply")
    assert result.returncode == 2
    assert f"error: {path}:2: not a draft: nested too deeply" in result.stderr
    assert f"error: {path}:3: " in result.stderr and "surrogate" in result.stderr
    assert f"{path}#b:1:1: error REP-001" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("2 drafts, 2 with findings")


def test_an_unknown_platform_in_a_record_is_an_error_for_that_record(tmp_path: Path) -> None:
    path = write(tmp_path, "q.jsonl", json.dumps({"text": SORRY, "platform": "Reply"}) + "\n" + json.dumps({"text": THANKS}))
    result = run("check", path, "-p", "reply")
    assert result.returncode == 2
    assert "unknown platform 'Reply'" in result.stderr
    assert result.stdout.splitlines()[-1].startswith("1 draft, 0 with findings")
