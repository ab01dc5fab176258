"""The registry of published rule IDs (checks/registry.py): what counts as a broken promise."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from checks import registry
from checks.model import Rule, Rulebook, Source

FIXTURE = Path(__file__).resolve().parents[1] / "site" / "fixtures" / "basic"


def rule(rule_id: str = "X-001", title: str = "Use at most three hashtags", document: str = "official",
         section: str = "Twitter › Hashtags", platforms: tuple[str, ...] = ("x",)) -> Rule:
    return Rule(id=rule_id, title=title, severity="warning", platforms=platforms, accounts=("institutional",),
                status="active", source=Source(document, section), since="2019-10-16", message="", body="Why.",
                summary="Why.")


def recorded(*rules: Rule) -> dict[str, registry.Published]:
    return {r.id: registry.Published.of(r, "2026-11-01") for r in rules}


def test_the_same_rule_reworded_moved_or_widened_is_intact() -> None:
    published = recorded(rule())
    for edited in (rule(title="Use three hashtags at most"), rule(section="X › Hashtags"),
                   rule(platforms=("x", "facebook")), dataclasses.replace(rule(), file="docs/elsewhere.md", line=99),
                   dataclasses.replace(rule(), status="retired", reason="No longer needed.")):
        assert registry.check(Rulebook((edited,)), published) == [], edited


def test_a_missing_published_id_is_reported_with_the_way_out() -> None:
    problems = registry.check(Rulebook(()), recorded(rule()))
    assert [p.rule_id for p in problems] == ["X-001"]
    assert "no rule block has this ID any more" in problems[0].problem
    assert "status: retired" in problems[0].fix


@pytest.mark.parametrize("other, why", [
    (rule(document="personal"), "source document changed"),
    (rule(platforms=("youtube-title",)), "shares no platform"),
    (rule(title="Keep your password secret", section="Security"), "both its title"),
])
def test_an_id_given_to_another_rule_is_reported(other: Rule, why: str) -> None:
    problems = registry.check(Rulebook((other,)), recorded(rule()))
    assert len(problems) == 1 and why in problems[0].problem


def test_record_adds_new_rules_and_refreshes_titles_but_keeps_first_publication() -> None:
    published = recorded(rule())
    updated = registry.record(Rulebook((rule(title="Three hashtags at most", platforms=("x", "linkedin")),
                                        rule("X-002", "Keep hashtags short"))), published, today="2026-11-21")
    assert updated["X-001"].title == "Three hashtags at most"
    assert (updated["X-001"].published, updated["X-001"].platforms) == ("2026-11-01", ("x",))
    assert updated["X-002"].published == "2026-11-21"


def test_record_refuses_a_broken_registry() -> None:
    with pytest.raises(registry.RegistryError, match="X-001"):
        registry.record(Rulebook(()), recorded(rule()))


def test_the_file_round_trips_one_line_per_rule(tmp_path: Path) -> None:
    path = tmp_path / "published-rules.json"
    path.write_text(registry.dumps(recorded(rule(), rule("X-002", "Keep hashtags short"))), encoding="utf-8")
    assert registry.load(path) == recorded(rule(), rule("X-002", "Keep hashtags short"))
    assert sum('"X-00' in line for line in path.read_text(encoding="utf-8").splitlines()) == 2



@pytest.mark.parametrize("content, says", [
    (None, "no registry of published rule IDs"),
    ("{not json", "cannot be read"),
    ('{"schema": 1, "rules": []}', "not a registry"),
    ('{"schema": 2, "rules": {}}', "schema 2"),
    ('{"schema": 1, "rules": {"X-001": {"title": "T"}}}', "incomplete"),
])
def test_a_missing_or_unreadable_registry_is_an_error_never_an_empty_one(tmp_path: Path, content: str | None,
                                                                          says: str) -> None:
    path = tmp_path / "published-rules.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(registry.RegistryUnreadable, match=says):
        registry.load(path)


def test_swapped_ids_are_reported() -> None:
    first, second = rule("X-001", "Use at most three hashtags"), rule("X-002", "Keep hashtags short")
    published = recorded(first, second)
    swapped = Rulebook((dataclasses.replace(first, id="X-002"), dataclasses.replace(second, id="X-001")))
    problems = registry.check(swapped, published)
    assert [p.rule_id for p in problems] == ["X-001", "X-002"]
    assert all("two IDs swapped" in p.problem for p in problems)


def test_a_new_rule_under_a_superseded_rules_id_is_reported() -> None:
    old = dataclasses.replace(rule(), status="superseded", superseded_by="X-009")
    published = recorded(old)
    problems = registry.check(Rulebook((rule(title="Use at most two hashtags"),)), published)
    assert len(problems) == 1 and "active again" in problems[0].problem
    assert registry.check(Rulebook((old,)), published) == []


def test_the_registry_is_beside_the_docs_tree_and_cannot_be_moved(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "site", dirs_exist_ok=True)
    docs = tmp_path / "site" / "docs"
    assert registry.location(docs) == tmp_path / "site" / "published-rules.json"
    assert registry.main(["check", str(docs)]) == 0
    with pytest.raises(SystemExit):
        registry.main(["check", str(docs), "--registry", str(tmp_path / "elsewhere.json")])


def test_command_line_check_and_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(FIXTURE / "docs", tmp_path / "docs")
    docs = str(tmp_path / "docs")
    assert registry.main(["check", docs]) == 2
    assert "no registry of published rule IDs" in capsys.readouterr().err
    assert registry.main(["record", docs]) == 2
    assert registry.main(["record", docs, "--new"]) == 0
    assert sorted(registry.load(tmp_path / "published-rules.json")) == ["T-001", "T-002", "T-003", "T-010", "T-011"]
    assert registry.main(["check", docs]) == 0
    (tmp_path / "published-rules.json").write_text("{", encoding="utf-8")
    assert registry.main(["check", docs]) == 2
    assert "cannot be read" in capsys.readouterr().err
