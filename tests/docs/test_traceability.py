"""Every section of both source documents is traced to rules, or said to be informational.

The list of sections is read from the sources' headings at test time
(tests/docs/source_sections.py), so a section nobody mapped fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.model import Rulebook
from checks.parse import parse_tree

from .source_sections import DOCUMENTS, SEPARATOR, normalise, sections

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
TRACEABILITY = DOCS / "reference" / "traceability.yml"


@pytest.fixture(scope="module")
def trace() -> dict[str, Any]:
    return yaml.safe_load(TRACEABILITY.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return parse_tree(DOCS)


def source_text(trace: dict[str, Any], document: str) -> str:
    """The source document itself, from ../shared/seeds beside the checkout (as in CI)."""
    return (ROOT / trace["documents"][document]["file"]).read_text(encoding="utf-8")


def entries(trace: dict[str, Any], document: str) -> list[dict[str, Any]]:
    return trace["documents"][document]["sections"]


def test_both_documents_are_traced(trace: dict[str, Any]) -> None:
    assert set(trace["documents"]) == set(DOCUMENTS)


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_every_source_section_is_mapped(trace: dict[str, Any], document: str) -> None:
    in_source = sections(source_text(trace, document))
    assert len(in_source) > 10, "the heading reader found almost no sections: has the source's format changed?"
    mapped = {normalise(entry["section"]) for entry in entries(trace, document)}
    missing = [name for name in in_source if normalise(name) not in mapped]
    assert not missing, f"sections of the {document} source with no entry in traceability.yml: {missing}"


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_every_mapped_section_exists_in_the_source(trace: dict[str, Any], document: str) -> None:
    in_source = {normalise(name) for name in sections(source_text(trace, document))}
    unknown = [entry["section"] for entry in entries(trace, document) if normalise(entry["section"]) not in in_source]
    assert not unknown, f"traceability.yml names sections the {document} source does not have: {unknown}"


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_every_section_has_rules_or_a_reason(trace: dict[str, Any], document: str) -> None:
    for entry in entries(trace, document):
        rules = entry.get("rules") or []
        reason = (entry.get("informational") or "").strip()
        assert rules or reason, f"{entry['section']!r}: list its rules, or say why it is informational only"
        assert len(rules) == len(set(rules)), f"{entry['section']!r} lists a rule twice"


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_every_mapped_id_is_a_rule(trace: dict[str, Any], rulebook: Rulebook, document: str) -> None:
    unknown = sorted({rule_id for entry in entries(trace, document) for rule_id in entry.get("rules") or []
                      if rule_id not in rulebook.by_id})
    assert not unknown, f"traceability.yml names IDs that are no rule of the handbook: {unknown}"


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_every_page_named_exists(trace: dict[str, Any], document: str) -> None:
    for entry in entries(trace, document):
        assert entry.get("pages"), f"{entry['section']!r}: name the page(s) where a reader finds it"
        for page in entry["pages"]:
            assert (DOCS / page).is_file(), f"{entry['section']!r}: no page docs/{page}"


def test_every_rule_drawn_from_a_source_is_traced(trace: dict[str, Any], rulebook: Rulebook) -> None:
    traced = {rule_id for document in DOCUMENTS for entry in entries(trace, document) for rule_id in entry.get("rules") or []}
    untraced = [rule.id for rule in rulebook.rules if rule.source.document in DOCUMENTS and rule.id not in traced]
    assert not untraced, f"rules whose source is a source document but which no section of traceability.yml lists: {untraced}"


def test_every_rule_names_a_real_section(trace: dict[str, Any], rulebook: Rulebook) -> None:
    """A rule's `source.section` ends with a heading of its document (case and spacing aside)."""
    last_parts = {
        document: {normalise(name).split(SEPARATOR)[-1] for name in sections(source_text(trace, document))}
        for document in DOCUMENTS
    }
    wrong = [
        f"{rule.id}: {rule.source.section!r}"
        for rule in rulebook.rules
        if rule.source.document in DOCUMENTS
        and normalise(rule.source.section).split(SEPARATOR)[-1] not in last_parts[rule.source.document]
    ]
    assert not wrong, f"rules whose source section is no heading of their document: {wrong}"


def test_the_heading_reader_finds_known_sections() -> None:
    text = "\n\nFACEBOOK\n\nPosts\n\nThink mobile first. Posts should never be long:\n\n- Hashtags are not necessary.\n\n" \
           "Shared Link:\n\nSquare photo.\n\nFREQUENTLY ASKED QUESTIONS\n\n- ***Can I say so?***\n\nYes.\n"
    assert sections(text) == [
        "FACEBOOK", "FACEBOOK › Posts", "FACEBOOK › Shared Link:",
        "FREQUENTLY ASKED QUESTIONS", "FREQUENTLY ASKED QUESTIONS › Can I say so?",
    ]


def test_normalise_ignores_case_spacing_and_colons() -> None:
    assert normalise("Twitter › Comments/Retweets") == normalise("TWITTER › Comments/ Retweets")
    assert normalise("Twitter image guidelines › Header photo") == normalise("TWITTER IMAGE GUIDELINES: › Header photo")
