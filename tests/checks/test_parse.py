"""Rule blocks → rulebook: every editor's mistake is caught, located and explained."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from checks.cli import main as cli
from checks.errors import RulebookError
from checks.parse import parse_files, parse_tree
from hooks import handbook

FIXTURES = Path(__file__).parent / "fixtures"
MALFORMED = sorted((FIXTURES / "malformed").glob("*.md"))
_EXPECT = re.compile(r"<!-- expect: (\d+) \| (\S+) \| (.+?) -->")

VALID = """\
/// rule | X-001
    title: Use at most three hashtags
    severity: warning
    applies_to: {platforms: [x], accounts: [institutional]}
    source: {document: official, section: "Twitter › Hashtags"}
    since: 2019-10-16
    check: {kind: limit, measure: hashtags, max: 3}
    message: "{value} hashtags; use at most {max}."
    flag: ["#a #b #c #d"]
    pass: ["#a #b"]

Why it matters.

More detail.
///
"""


def errors_of(files: dict[str, str]) -> list[str]:
    with pytest.raises(RulebookError) as caught:
        parse_files(files)
    return [str(error) for error in caught.value.errors]


def test_there_are_at_least_forty_malformed_fixtures() -> None:
    assert len(MALFORMED) >= 40


@pytest.mark.parametrize("path", MALFORMED, ids=lambda p: p.stem)
def test_malformed_fixture_is_rejected_with_the_expected_message(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expect = _EXPECT.search(text)
    assert expect, f"{path.name} lacks its <!-- expect: line | field | message --> comment"
    line, field, message = expect.groups()
    errors = errors_of({path.name: text})
    located = [e for e in errors if e.startswith(f"{path.name}:{line}:")]
    assert located, f"no error on line {line}; got: {errors}"
    if field != "-":
        located = [e for e in located if f"field '{field}':" in e]
        assert located, f"no error for field {field!r} on line {line}; got: {errors}"
    assert any(message in e for e in located), f"{message!r} not in {located}"
    assert all("Fix: " in e for e in errors), "every error says how to fix it"


def test_a_valid_block_compiles_to_a_rule_that_knows_its_file_and_line() -> None:
    rulebook = parse_files({"docs/x.md": "# X\n\n" + VALID})
    rule = rulebook.by_id["X-001"]
    assert (rule.file, rule.line) == ("docs/x.md", 3)
    assert rule.platforms == ("x",) and rule.accounts == ("institutional",)
    assert rule.summary == "Why it matters."
    assert rule.body.endswith("More detail.")
    assert rule.check == {"kind": "limit", "measure": "hashtags", "max": 3}


def test_every_error_is_reported_in_one_run_across_files() -> None:
    files = {path.name: path.read_text(encoding="utf-8") for path in MALFORMED}
    errors = errors_of(files)
    assert {e.split(":", 1)[0] for e in errors} == set(files)


def test_duplicate_ids_across_files_name_both_places() -> None:
    errors = errors_of({"a.md": VALID, "b.md": "\n\n" + VALID})
    assert errors == [
        "b.md:3: X-001 field 'id': the ID is already used by the rule at a.md:1. "
        "Fix: give this rule a new, unused ID; IDs are never reused."
    ]


def test_rule_blocks_inside_code_fences_are_examples_not_rules() -> None:
    page = "```markdown\n" + VALID.replace("X-001", "X-002") + "```\n\n" + VALID
    assert [r.id for r in parse_files({"a.md": page}).rules] == ["X-001"]


def test_superseded_rule_points_to_an_existing_rule() -> None:
    old = VALID.replace("X-001", "X-002").replace("    check:", "    status: superseded\n    superseded_by: X-001\n    check:")
    rulebook = parse_files({"a.md": VALID + "\n" + old})
    assert rulebook.by_id["X-002"].superseded_by == "X-001"
    assert [r.id for r in rulebook.active()] == ["X-001"]


def test_the_handbook_docs_tree_is_valid() -> None:
    rulebook = parse_tree(Path(__file__).resolve().parents[2] / "docs")
    assert len(rulebook.rules) >= 8


def validate_output(docs: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = cli(["validate", str(docs)])
    return status, capsys.readouterr().err.strip()


def build_output(docs: Path) -> str:
    """What the site build's hook says about the same docs tree, read the way MkDocs reads it."""
    files = Files([File(path.relative_to(docs).as_posix(), str(docs), str(docs.parent / "site"), True)
                   for path in sorted(docs.rglob("*.md"))])
    with pytest.raises(PluginError) as caught:
        handbook.on_files(files, None)  # type: ignore[arg-type]  # a refused page stops before the config is read
    return str(caught.value).strip()


@pytest.mark.parametrize("path", MALFORMED, ids=lambda p: p.stem)
def test_validate_and_the_build_refuse_every_malformed_fixture_with_the_same_errors(
        path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / path.name).write_bytes(path.read_bytes())
    status, said = validate_output(docs, capsys)
    assert status == 2 and "Traceback" not in said
    assert said == build_output(docs)
    assert f"{path.name}:" in said


def test_validate_and_the_build_accept_the_same_valid_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_bytes("\ufeff".encode() + VALID.encode())  # a page saved with a BOM, its block on line 1
    status, said = validate_output(docs, capsys)
    assert status == 0, said
    files = Files([File("a.md", str(docs), str(tmp_path / "site"), True)])
    assert [r.id for r in parse_files({"a.md": files.documentation_pages()[0].content_string}).rules] == ["X-001"]


def test_one_run_reports_every_error_of_a_block_even_an_impossible_date() -> None:
    text = (FIXTURES / "malformed" / "impossible_date.md").read_text(encoding="utf-8")
    errors = errors_of({"a.md": text})
    assert any("'severity': unknown severity 'critical'" in e for e in errors)
    assert any("'since': '2024-02-30' is not a date" in e for e in errors)


def test_an_unknown_severity_does_not_hide_a_failing_example() -> None:
    text = (FIXTURES / "malformed" / "unknown_severity_and_failing_example.md").read_text(encoding="utf-8")
    errors = errors_of({"a.md": text})
    assert [e.split(":")[1] for e in errors] == ["5", "11"]


def test_a_rule_block_in_a_closed_code_fence_stays_an_example_even_with_a_capital_r() -> None:
    page = "````markdown\n" + VALID.replace("/// rule", "/// Rule") + "````\n\n" + VALID
    assert [r.id for r in parse_files({"a.md": page}).rules] == ["X-001"]


def test_a_nested_block_in_the_body_is_refused_without_ending_the_rule_early() -> None:
    page = VALID.replace("More detail.", "/// details | More\nHidden.\n///\n\nMore detail.") + "\nAfter the rule.\n"
    errors = errors_of({"a.md": page})
    assert errors == [e for e in errors if "field 'body': a `/// details` block" in e] and len(errors) == 1


def test_a_closed_comment_before_a_rule_leaves_it_active() -> None:
    page = "<!-- a note\nfor editors -->\n\n" + VALID
    assert [r.line for r in parse_files({"a.md": page}).rules] == [4]


def test_next_id_counts_retired_superseded_mentioned_and_published_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    old = VALID.replace("X-001", "X-004").replace("    check:", "    status: superseded\n    superseded_by: X-001\n    check:")
    (docs / "a.md").write_text(VALID + "\n" + old, encoding="utf-8")
    (tmp_path / "published-rules.json").write_text('{"schema": 1, "rules": {}}', encoding="utf-8")
    assert cli(["next-id", "X", str(docs)]) == 0
    assert capsys.readouterr().out.strip() == "X-005"
    assert cli(["next-id", "sec", str(docs)]) == 0
    assert capsys.readouterr().out.strip() == "SEC-001"
    (tmp_path / "published-rules.json").write_text(
        '{"schema": 1, "rules": {"X-009": {"title": "t", "published": "2026-01-01", "document": "official", '
        '"section": "s", "platforms": ["x"], "status": "retired"}}}', encoding="utf-8")
    assert cli(["next-id", "X", str(docs)]) == 0
    assert capsys.readouterr().out.strip() == "X-010"
    assert cli(["next-id", "X-1", str(docs)]) == 2
