"""The judgement evaluation corpus (bench/accuracy/corpus): well-formed, large and balanced enough to measure on."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.accuracy import CONCEPT_RULES, LANGUAGES, SPLITS, load_corpus
from checks import load_rulebook

DRAFTS = {split: load_corpus(split) for split in SPLITS}
EVERY = [draft for drafts in DRAFTS.values() for draft in drafts]
MINIMUM_POSITIVES = {"en": 40, "fr": 25, "es": 25}
"""Positives per concept and language, both parts together (issue 10)."""


def test_ids_and_texts_are_unique_and_there_are_at_least_1500_drafts() -> None:
    assert len(EVERY) >= 1500
    assert len({d.id for d in EVERY}) == len(EVERY)
    assert len({d.text for d in EVERY}) == len(EVERY)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_concept_has_enough_positives_and_near_misses_in_each_language(language: str) -> None:
    positives = Counter(c for d in EVERY if d.lang == language for c in d.concepts)
    near = Counter(d.near for d in EVERY if d.lang == language and d.near)
    for concept in CONCEPT_RULES:
        assert positives[concept] >= MINIMUM_POSITIVES[language], (concept, positives[concept])
        assert near[concept] >= MINIMUM_POSITIVES[language] * 3 // 4, (concept, near[concept])


def test_each_concept_and_language_is_split_about_half_and_half() -> None:
    for concept in CONCEPT_RULES:
        for language in LANGUAGES:
            tune, measure = (sum(concept in d.concepts and d.lang == language for d in DRAFTS[s]) for s in SPLITS)
            assert abs(tune - measure) <= 2, (concept, language, tune, measure)


def test_every_positive_is_a_draft_its_concepts_rules_apply_to() -> None:
    rulebook = load_rulebook()
    for draft in EVERY:
        applicable = {rule.id for rule in rulebook.applicable(draft.platform, draft.account)}
        for concept in draft.concepts:
            assert CONCEPT_RULES[concept] & applicable, (draft.id, concept, draft.platform, draft.account)
