"""The handbook's pages: rules that must exist, links between rules, facts carried over."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.engine import Engine
from checks.model import Rulebook
from checks.parse import parse_tree

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

# Links such as [X-001](../official/x.md#x-001) or [X-003](#x-003).
_RULE_LINK = re.compile(r"\[(?P<label>[A-Z]{1,4}-\d{3})\]\((?P<path>[^)#\s]*)#(?P<anchor>[a-z]{1,4}-\d{3})\)")
_EDITORIAL_NOTE = re.compile(r'^\s*!!! \w+ "Editorial note(?P<rest>[^"]*)"', re.MULTILINE)
_DATED = re.compile(r"^, \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}")
JUDGEMENT_DETECTORS = {"personal-data", "convoy", "partisan", "unconfirmed-news", "confidential"}


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return parse_tree(DOCS)


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def test_the_first_rules_keep_their_ids_and_meaning(rulebook: Rulebook) -> None:
    """IDs are permanent: the sample rules the handbook started with still say the same thing."""
    expected = {
        "X-001": ("limit", "hashtags"), "X-002": ("limit", "hashtag-words"), "X-003": ("limit", "x-length"),
        "X-004": ("links", None), "X-005": (None, None), "REP-001": ("detector", None),
        "HDL-001": ("pattern", None), "PER-001": ("detector", None),
    }
    for rule_id, (kind, measure) in expected.items():
        rule = rulebook.by_id[rule_id]
        assert rule.status == "active"
        assert (rule.check or {}).get("kind") == kind, rule_id
        if measure:
            assert rule.check is not None and rule.check["measure"] == measure
    assert rulebook.by_id["PER-001"].check == {"kind": "detector", "name": "org-email", "options": {"domains": ["iom.int"]}}


def test_conflicts_are_resolved_by_superseding(rulebook: Rulebook) -> None:
    assert rulebook.by_id["X-006"].superseded_by == "PLT-001"
    assert rulebook.by_id["PER-038"].superseded_by == "PER-022"
    for rule in rulebook.rules:
        if rule.status == "superseded":
            assert rulebook.by_id[rule.superseded_by or ""].status == "active", f"{rule.id} points to a rule that no longer applies"
        if rule.status != "active":
            assert rule.reason, f"{rule.id} is {rule.status}: say why"


def test_platform_limits_are_kept_apart(rulebook: Rulebook) -> None:
    for rule in rulebook.rules:
        assert (rule.source.document == "platform") == rule.id.startswith("PLT-"), rule.id
    limits = {rule.id: rule.check for rule in rulebook.rules if rule.id.startswith("PLT-")}
    assert {"kind": "limit", "measure": "x-length", "max": 280} in limits.values()
    assert {"kind": "limit", "measure": "hashtags", "max": 5} in limits.values()


def test_judgement_detectors_say_may(rulebook: Rulebook) -> None:
    for rule in rulebook.rules:
        if rule.check and rule.check.get("kind") == "detector" and rule.check.get("name") in JUDGEMENT_DETECTORS:
            assert " may " in f" {rule.message} ", f"{rule.id}: a detector judges; its message should say 'may'"


def test_manual_rules_reach_the_checklist(rulebook: Rulebook) -> None:
    engine = Engine(rulebook)
    facebook = {rule.id for rule in engine.manual("facebook", "institutional", image=True)}
    assert {"CPY-001", "FB-017"} <= facebook
    assert "ACC-015" in {rule.id for rule in engine.account_manual("facebook", "institutional")}
    replies = {rule.id for rule in engine.manual("reply", "institutional")}
    assert {"REP-005", "REP-006"} <= replies
    handle = {rule.id for rule in engine.manual("handle", "institutional")}
    assert {"ACC-004", "ACC-006"} <= handle
    assert "SEC-005" in {rule.id for rule in engine.account_manual("handle", "institutional")}
    assert not {"ACC-004", "ACC-006", "SEC-005"} & facebook, "account set-up rules belong to the handle checklist, not a post's"
    personal = {rule.id for rule in engine.manual("any", "personal")}
    assert "PER-019" in personal
    assert "PER-031" in {rule.id for rule in engine.account_manual("any", "personal")}
    assert not personal & facebook - {"CPY-006", "SEC-003"}, "institutional-only rules leak into the personal checklist"


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_rule_links_point_to_the_rule(page: Path, rulebook: Rulebook) -> None:
    text = page.read_text(encoding="utf-8")
    for link in _RULE_LINK.finditer(text):
        rule_id, anchor = link.group("label"), link.group("anchor")
        assert anchor == rule_id.lower(), f"{page.name}: [{rule_id}] links to #{anchor}"
        assert rule_id in rulebook.by_id, f"{page.name}: links to {rule_id}, which is no rule"
        target = (page.parent / link.group("path")).resolve() if link.group("path") else page.resolve()
        home = Path(rulebook.by_id[rule_id].file).resolve()
        assert target == home, f"{page.name}: {rule_id} lives in {rulebook.by_id[rule_id].file}, not {target}"


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_editorial_notes_are_dated(page: Path) -> None:
    for note in _EDITORIAL_NOTE.finditer(page.read_text(encoding="utf-8")):
        assert _DATED.match(note.group("rest")), f"{page.name}: an editorial note without a date: {note.group(0).strip()}"


@pytest.mark.parametrize("fact", [
    "ECO@iom.int", "oss@iom.int", "OIGIntake@iom.int", "www.weareallin.iom.int",
    "17, Route des Morillons, CH-1211 Geneva 19, Switzerland", "+41 22 717 91 11", "+41 22 798 61 50",
    "IN/15 Rev. 1", "IN/123", "V.191016", "31 October 2023",
])
def test_contacts_and_references_carry_over_exactly(fact: str) -> None:
    assert any(fact in page.read_text(encoding="utf-8") for page in pages()), f"{fact!r} is on no page"


def test_every_faq_question_has_a_heading() -> None:
    text = (DOCS / "personal" / "faq.md").read_text(encoding="utf-8")
    assert len(re.findall(r"^## .+\?$", text, re.MULTILINE)) == 7
