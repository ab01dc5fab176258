"""The judgement classifier (checks/detectors/_classifier.py and its trained classifier.json)."""

from __future__ import annotations

import pytest

from checks.detectors import _classifier
from checks.detectors._classifier import STEM_LENGTH, classify, features, model, tokens
from checks.text import Draft
from tests.checks.detectors.support import MEGABYTE

CONCEPTS = ("partisan", "confidential", "unconfirmed-news", "disclaimer", "convoy")


def test_the_shipped_model_covers_every_modelled_concept_and_stays_small() -> None:
    trained = model()
    assert set(trained) == set(CONCEPTS)
    assert _classifier.MODEL_FILE.stat().st_size < 400_000
    for concept in trained.values():
        assert 0 < len(concept.weights) <= 3000
        assert all(isinstance(w, float) for w in concept.weights.values())


def test_features_are_words_stems_and_stem_pairs_with_their_spans() -> None:
    text = "Le GOUVERNEMENT démissionne!"
    found = features(tokens(text))
    assert found["f:gouvernement"] == (3, 15)
    assert found["w:" + "gouvernement"[:STEM_LENGTH]] == (3, 15)
    assert found["b:le " + "gouvernement"[:STEM_LENGTH]] == (0, 15)
    assert found["f:demissionne"] == (16, 27)  # accents folded


@pytest.mark.parametrize("concept, text", [
    ("partisan", "This government is a disgrace and its president has to go. Vote them all out in November!"),
    ("partisan", "Ce gouvernement corrompu doit partir, dégagez-les tous aux prochaines élections !"),
    ("partisan", "Este gobierno es un desastre, que se vayan todos y que gane la oposición."),
    ("disclaimer", "Views are my own and do not reflect those of my employer."),
    ("disclaimer", "Les opinions exprimées ici n'engagent que moi."),
    ("disclaimer", "Las opiniones expresadas en esta cuenta son personales."),
])
def test_clear_cases_are_found_and_the_finding_marks_words_of_the_text(concept: str, text: str) -> None:
    found = classify(Draft(text), concept)
    assert found, text
    for scored in found:
        assert 0 <= scored.start < scored.end <= len(text)
        assert 0.5 <= scored.probability <= 1
        assert text[scored.start:scored.end].strip()


@pytest.mark.parametrize("text", [
    "Today our teams welcomed 200 families at the reception centre in Tapachula.",
    "Join us on 18 December for International Migrants Day.",
    "Nous remercions nos partenaires pour leur soutien aux familles déplacées.",
    "Gracias a todas las personas voluntarias que hicieron posible esta jornada.",
])
def test_ordinary_posts_are_left_alone(text: str) -> None:
    assert all(classify(Draft(text), concept) == [] for concept in CONCEPTS)


def test_linear_on_a_megabyte_of_sentences() -> None:
    sentence = "Views are my own and do not reflect those of my employer. "
    text = sentence * (MEGABYTE // len(sentence))
    found = classify(Draft(text), "disclaimer")
    assert found and all(a.end <= b.start for a, b in zip(found, found[1:]))
