"""Rule blocks → rulebook: every editor's mistake is caught, located and explained."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.errors import RulebookError
from checks.parse import parse_files, parse_tree

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


def test_there_are_at_least_fifteen_malformed_fixtures() -> None:
    assert len(MALFORMED) >= 15


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
