"""Train the judgement classifier (checks/detectors/classifier.json) on the corpus's train and tune parts.

    .venv/bin/python -m bench.accuracy.train            # writes checks/detectors/classifier.json
    .venv/bin/python -m bench.accuracy.train --dry-run  # prints the cross-validated figures only

For each concept, a logistic regression over the features of `checks.detectors._classifier`
(word stems and pairs of neighbouring stems), fitted by stochastic gradient descent with L2
regularisation, deterministic for a given corpus. The threshold is chosen on out-of-fold
scores (five folds over train + tune, each draft scored as the detector scores it: its best
sentence or pair of sentences), as the lowest score that keeps the false alarms on the tune
part's clean drafts at or under `--max-false-alarms`. The measure part is never read.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass

from bench.accuracy import CONCEPT_RULES, Draft, load_corpus
from checks.detectors._classifier import MODEL_FILE, STEM_LENGTH, Concept, features, score, tokens
from checks.text import Draft as TextDraft

MODELLED = ("partisan", "confidential", "unconfirmed-news", "disclaimer", "convoy")
"""Concepts whose detectors consult the classifier besides their own cues."""
FOLDS = 5
SEED = 20261202


@dataclass(frozen=True)
class Example:
    draft: Draft
    features: frozenset[str]
    positive: bool


def fit(examples: list[Example], epochs: int, l2: float, rate: float) -> Concept:
    """Logistic regression by SGD, positives weighted to balance the classes."""
    weights: dict[str, float] = {}
    bias = 0.0
    positives = sum(e.positive for e in examples) or 1
    positive_weight = (len(examples) - positives) / positives
    order = list(range(len(examples)))
    shuffle = random.Random(SEED)
    for epoch in range(epochs):
        shuffle.shuffle(order)
        step = rate / (1 + epoch)
        for index in order:
            example = examples[index]
            z = bias + sum(weights.get(f, 0.0) for f in example.features)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            gradient = (p - (1.0 if example.positive else 0.0)) * (positive_weight if example.positive else 1.0)
            bias -= step * gradient
            for f in example.features:
                w = weights.get(f, 0.0)
                weights[f] = w - step * (gradient + l2 * w)
    return Concept(bias, 0.0, weights)


def pruned(model: Concept, keep: int, min_weight: float) -> Concept:
    """The model with only its `keep` strongest weights (and none under `min_weight`): small enough to ship."""
    strongest = sorted(model.weights.items(), key=lambda item: -abs(item[1]))[:keep]
    return Concept(model.bias, model.threshold, {f: round(w, 3) for f, w in strongest if abs(w) >= min_weight})


def draft_score(concept: Concept, draft: Draft) -> float:
    """A draft's score as the detector sees it: its best sentence or pair of sentences."""
    from checks.detectors._classifier import _sentence_spans

    text_draft = TextDraft(draft.text)
    runs = [tokens(draft.text, a, b) for a, b in _sentence_spans(text_draft)]
    best = -math.inf
    for index, words in enumerate(runs):
        for unit in (words, words + runs[index + 1] if index + 1 < len(runs) else None):
            if unit:
                best = max(best, score(concept, features(unit))[0])
    return best


def rule_examples() -> list[Draft]:
    """The judgement rules' own flag and pass examples (in every language), as training drafts."""
    from checks.detectors import _classifier
    from checks.parse import parse_tree

    real = _classifier.model
    _classifier.model = lambda: {}  # type: ignore[assignment]  # the rules' examples are checked with the cues alone
    try:
        rulebook = parse_tree("docs")
    finally:
        _classifier.model = real  # type: ignore[assignment]
    found = []
    for concept in MODELLED:
        for rule_id in sorted(CONCEPT_RULES[concept]):
            rule = rulebook.by_id[rule_id]
            for kind, examples in (("flag", rule.flag), ("pass", rule.passes)):
                for number, text in enumerate(examples, 1):
                    found.append(Draft(f"{rule_id}-{kind}{number}", "", rule.platforms[0], rule.accounts[0], text,
                                       (concept,) if kind == "flag" else (), None, "train"))
    return found


def examples_for(concept: str, drafts: list[Draft]) -> list[Example]:
    return [Example(d, frozenset(features(tokens(d.text))), concept in d.concepts) for d in drafts]


def threshold_for(scored: list[tuple[float, Draft]], concept: str, max_false_alarms: float) -> tuple[float, float, float]:
    """(threshold, recall, false-alarm rate) on out-of-fold scores of the tune part."""
    tune = [(s, d) for s, d in scored if d.split == "tune"]
    positives = sorted(s for s, d in tune if concept in d.concepts)
    clean = sorted((s for s, d in tune if not d.concepts), reverse=True)
    allowed = int(max_false_alarms * len(clean))
    threshold = clean[allowed] + 1e-6 if len(clean) > allowed else -math.inf
    recall = sum(s >= threshold for s in positives) / max(1, len(positives))
    false = sum(s >= threshold for s in clean) / max(1, len(clean))
    return threshold, recall, false


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy.train", description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--rate", type=float, default=0.2)
    parser.add_argument("--max-false-alarms", type=float, default=0.002,
                        help="share of the tune part's clean drafts a concept may flag (default 0.002: five concepts "
                             "together stay well under the 2 %% of clean drafts the checker may flag in all)")
    parser.add_argument("--min-weight", type=float, default=0.02, help="weights smaller than this are not shipped")
    parser.add_argument("--keep", type=int, default=3000, help="weights shipped per concept, the strongest (default 3000)")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    drafts = load_corpus("train") + load_corpus("tune") + rule_examples()
    shipped: dict[str, dict[str, object]] = {}
    print(f"{len(drafts)} drafts (train + tune); {FOLDS}-fold out-of-fold figures on the tune part")
    for concept in MODELLED:
        examples = examples_for(concept, drafts)
        scored: list[tuple[float, Draft]] = []
        for fold in range(FOLDS):
            training = [e for i, e in enumerate(examples) if i % FOLDS != fold]
            held = [e for i, e in enumerate(examples) if i % FOLDS == fold]
            model = pruned(fit(training, args.epochs, args.l2, args.rate), args.keep, args.min_weight)
            scored += [(draft_score(model, e.draft), e.draft) for e in held]
        threshold, recall, false = threshold_for(scored, concept, args.max_false_alarms)
        print(f"{concept:18} threshold {threshold:7.3f}  recall {100 * recall:5.1f} %  clean flagged {100 * false:4.1f} %")
        final = pruned(fit(examples, args.epochs, args.l2, args.rate), args.keep, args.min_weight)
        # The rules' own "pass" examples are the specification: none of them may be flagged.
        passes = [draft_score(final, e.draft) for e in examples if e.draft.id.startswith(tuple(CONCEPT_RULES[concept])) and not e.positive]
        if passes and max(passes) >= threshold:
            print(f"{'':18} threshold raised to {max(passes) + 0.01:.3f} so that no rule's pass example is flagged")
            threshold = max(passes) + 0.01
        shipped[concept] = {"bias": round(final.bias, 3), "threshold": round(threshold, 3), "weights": dict(sorted(final.weights.items()))}
    if args.dry_run:
        return
    data = {"about": "Trained by `python -m bench.accuracy.train` on the evaluation corpus's train and tune parts; "
                     "see checks/detectors/_classifier.py.",
            "stem_length": STEM_LENGTH, "concepts": shipped}
    MODEL_FILE.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size:,} bytes; "
          f"{sum(len(c['weights']) for c in shipped.values()):,} weights)")  # type: ignore[arg-type]


if __name__ == "__main__":
    main(sys.argv[1:])
