"""hooks/handbook.py in real `mkdocs build --strict` runs: what it adds, and when it stops the build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.model import Rulebook
from tests.support.build import build_site, fixture_tree

pytestmark = pytest.mark.site


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return fixture_tree("basic", tmp_path / "tree")


def build(tree: Path, tmp_path: Path):
    return build_site(tmp_path / "site", docs_dir=tree / "docs")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_builds_with_a_short_link_page_per_rule_and_rules_json(fixture_site: Path, fixture_rulebook: Rulebook) -> None:
    names = sorted(path.name for path in (fixture_site / "r").iterdir())
    short_links = [name for name in names if name.isupper()]
    assert short_links == [rule.id for rule in fixture_rulebook.rules]
    # and r/<id>/ in lower case, which moves on to r/<ID>/ (issue 14)
    assert [name for name in names if not name.isupper()] == [rule.anchor for rule in fixture_rulebook.rules]
    alias = (fixture_site / "r" / "t-010" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../T-010/">' in alias
    rules = json.loads((fixture_site / "rules.json").read_text(encoding="utf-8"))
    assert [rule["id"] for rule in rules["rules"]] == short_links
    active = (fixture_site / "r" / "T-001" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../../guide/posting/#t-001">' in active
    assert 'href="../../guide/posting/#t-001"' in active  # the visible link, for when refreshing is off
    superseded = (fixture_site / "r" / "T-010" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh"' not in superseded


def test_short_link_pages_stay_out_of_navigation_and_search(fixture_site: Path) -> None:
    home = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert "r/T-001/" not in home
    search = json.loads((fixture_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in search["docs"] if doc["location"].startswith("r/")]
    assert any("Use at most two hashtags" in doc["title"] for doc in search["docs"])


def test_a_malformed_rule_block_fails_the_build_with_file_and_line(tree: Path, tmp_path: Path) -> None:
    page = tree / "docs" / "guide" / "posting.md"
    edit(page, "    severity: error\n", "    severity: fatal\n")
    edit(page, "    applies_to: {platforms: all, accounts: [personal]}", "    applies_to: {platforms: [tiktok], accounts: [personal]}")
    lines = page.read_text(encoding="utf-8").splitlines()
    severity_line = lines.index("    severity: fatal") + 1
    platforms_line = lines.index("    applies_to: {platforms: [tiktok], accounts: [personal]}") + 1
    result = build(tree, tmp_path)
    assert result.returncode != 0
    assert "2 errors in rule blocks" in result.stderr
    assert f"guide/posting.md:{severity_line}: T-002 field 'severity': unknown severity 'fatal'." in result.stderr
    assert f"guide/posting.md:{platforms_line}: T-003 field 'applies_to.platforms': unknown value 'tiktok'." in result.stderr
    assert "Traceback" not in result.stderr


def test_removing_a_published_rule_fails_the_build(tree: Path, tmp_path: Path) -> None:
    page = tree / "docs" / "guide" / "history.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text[: text.index("/// rule | T-011")], encoding="utf-8")
    result = build(tree, tmp_path)
    assert result.returncode != 0
    assert "T-011: published on 2026-11-01 as “Post only on weekdays”, but no rule block has this ID any more" in result.stderr
    assert "status: retired" in result.stderr
    assert "Traceback" not in result.stderr


def test_reusing_a_published_id_for_another_rule_fails_the_build(tree: Path, tmp_path: Path) -> None:
    page = tree / "docs" / "guide" / "posting.md"
    edit(page, "title: Check the consent of everyone pictured", "title: Keep your password secret")
    edit(page, 'section: "3. Privacy"', 'section: "5. Security"')
    result = build(tree, tmp_path)
    assert result.returncode != 0
    assert "T-003: published on 2026-11-01 as “Check the consent of everyone pictured”" in result.stderr
    assert "now names another rule: both its title" in result.stderr


def test_rewording_and_moving_a_rule_keeps_its_short_link(tree: Path, tmp_path: Path) -> None:
    posting = tree / "docs" / "guide" / "posting.md"
    text = posting.read_text(encoding="utf-8")
    start, end = text.index("/// rule | T-003"), text.index("///\n", text.index("/// rule | T-003") + 5) + 4
    block = text[start:end].replace("Check the consent of everyone pictured", "Ask everyone pictured for consent")
    posting.write_text(text[:start] + text[end:], encoding="utf-8")
    (tree / "docs" / "consent.md").write_text(f"# Consent\n\n{block}", encoding="utf-8")
    result = build(tree, tmp_path)
    assert result.returncode == 0, result.stderr
    short_link = (tmp_path / "site" / "r" / "T-003" / "index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../../consent/#t-003"' in short_link
    assert "Ask everyone pictured for consent" in short_link


def test_a_new_rule_builds_before_it_is_recorded(tree: Path, tmp_path: Path) -> None:
    history = tree / "docs" / "guide" / "history.md"
    history.write_text(history.read_text(encoding="utf-8") + """
/// rule | T-020
    title: Reply within a day
    severity: suggestion
    applies_to: {platforms: [reply], accounts: [institutional]}
    source: {document: handbook, section: "Replies"}
    since: 2026-11-21
    check: manual

Answer questions while they still matter.
///
""", encoding="utf-8")
    result = build(tree, tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "r" / "T-020" / "index.html").is_file()


def test_a_link_to_a_rule_that_does_not_exist_fails_the_build(tree: Path, tmp_path: Path) -> None:
    index = tree / "docs" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\nSee [T-999](guide/posting.md#t-999).\n", encoding="utf-8")
    result = build(tree, tmp_path)
    assert result.returncode != 0
    assert "'guide/posting.md' does not contain an anchor '#t-999'" in result.stderr


def test_the_404_page_finds_its_assets_under_the_deployed_sub_path(tree: Path, tmp_path: Path) -> None:
    result = build_site(tmp_path / "site", docs_dir=tree / "docs",
                        env={"HANDBOOK_SITE_URL": "https://intranet.example.org/handbooks/social-media/"})
    assert result.returncode == 0, result.stderr
    not_found = (tmp_path / "site" / "404.html").read_text(encoding="utf-8")
    assert 'href="/handbooks/social-media/assets/handbook.css"' in not_found
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="assets/handbook.css"' in home  # other pages stay relative


def test_a_missing_registry_fails_the_build_instead_of_switching_the_guard_off(tree: Path, tmp_path: Path) -> None:
    (tree / "published-rules.json").unlink()
    result = build(tree, tmp_path)
    assert result.returncode != 0
    assert "no registry of published rule IDs, so the published-ID guard cannot run" in result.stderr
    assert "Traceback" not in result.stderr


def test_swapping_two_rules_ids_fails_the_build(tree: Path, tmp_path: Path) -> None:
    page = tree / "docs" / "guide" / "posting.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("/// rule | T-001", "/// rule | T-TMP").replace("/// rule | T-002", "/// rule | T-001")
                    .replace("/// rule | T-TMP", "/// rule | T-002"), encoding="utf-8")
    result = build(tree, tmp_path)
    assert result.returncode != 0
    assert "T-001: published on 2026-11-01" in result.stderr and "now names another rule" in result.stderr
