"""A small linear classifier over a sentence's words, for the judgement detectors.

Cue lexicons catch the phrasings their authors thought of. A model trained on many drafts
catches phrasings nobody listed: for each judgement concept, a logistic regression over a
sentence's words, their stems and the stems of pairs of neighbouring words, trained offline
(`python -m bench.accuracy.train`, on the evaluation corpus's `train` and `tune` parts,
never on its `measure` part) and shipped as data in `classifier.json`. Its findings stay
explainable: each marks the words that weighed most towards it.

Words are lower-cased and without accents; stems are their first `STEM_LENGTH` letters, so that
"government", "governments" and "gouvernement" share some weight and an unseen inflection is
not an unseen word, while the whole word keeps what only it says. Linear in the draft's length: each word is looked up a fixed number of times.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text import Draft
from . import Detection
from ._near import sentences

MODEL_FILE = Path(__file__).resolve().parent / "classifier.json"
STEM_LENGTH = 5
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|#(?=\w)|\d+")
_ACCENTS = {code: None for code in range(0x300, 0x370)}
MAX_SENTENCE = 600
"""Characters of a sentence the model reads: a sentence longer than any post's is cut there."""


def fold(word: str) -> str:
    """A word lower-cased, without accents; any number as `0`."""
    if word[0].isdigit():
        return "0"
    return unicodedata.normalize("NFD", word.casefold()).translate(_ACCENTS).replace("’", "'")


Token = tuple[str, int, int]
"""A word, folded, with its span in the draft."""


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The folded words of text[start:end], with their spans."""
    return [(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text, start, len(text) if end is None else end)]


def features(words: list[Token]) -> dict[str, tuple[int, int]]:
    """Each feature of a run of words, with where it first occurs: the word (`f:`), its stem (`w:`),
    and the stems of it and the next word (`b:`)."""
    found: dict[str, tuple[int, int]] = {}
    for index, (word, start, end) in enumerate(words):
        stem = word[:STEM_LENGTH]
        found.setdefault(f"w:{stem}", (start, end))
        found.setdefault(f"f:{word}", (start, end))
        if index + 1 < len(words):
            following = words[index + 1]
            found.setdefault(f"b:{stem} {following[0][:STEM_LENGTH]}", (start, following[2]))
    return found


@dataclass(frozen=True)
class Concept:
    bias: float
    threshold: float
    """The score (log-odds) from which a sentence is reported."""
    weights: dict[str, float]


@lru_cache(maxsize=1)
def model() -> dict[str, Concept]:
    """The trained concepts, read once; empty when no model has been trained."""
    if not MODEL_FILE.exists():
        return {}
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if data.get("stem_length") != STEM_LENGTH:
        return {}
    return {name: Concept(c["bias"], c["threshold"], c["weights"]) for name, c in data["concepts"].items()}


@dataclass(frozen=True)
class Scored:
    start: int
    end: int
    """The words that weighed most, from the first to the last."""
    probability: float
    """How sure the model is, from 0 to 1, rescaled so that its threshold is 0.5."""


def score(concept: Concept, found: dict[str, tuple[int, int]]) -> tuple[float, list[tuple[float, tuple[int, int]]]]:
    """The log-odds of a run of words, and the contributions of the features that pushed it up."""
    total = concept.bias
    pushing = []
    for name, span in found.items():
        weight = concept.weights.get(name)
        if weight is not None:
            total += weight
            if weight > 0:
                pushing.append((weight, span))
    return total, pushing


Unit = list[dict[str, tuple[int, int]]]
"""The features of a sentence alone, and of it with the next sentence (when there is one)."""


def units(draft: Draft) -> list[Unit]:
    """Each sentence's features, alone and with the next sentence: computed once per draft for every concept."""

    def make(_: str) -> list[Unit]:
        text = draft.text
        runs = [tokens(text, start, min(end, start + MAX_SENTENCE)) for start, end in _sentence_spans(draft)]
        return [[features(words)] + ([features(words + runs[i + 1])] if i + 1 < len(runs) else []) if words else []
                for i, words in enumerate(runs)]

    return draft.shared(units, make)


def classify(draft: Draft, name: str, top: int = 3) -> list[Scored]:
    """The sentences (or pairs of neighbouring sentences) of a draft that the model finds show `name`."""
    concept = model().get(name)
    if concept is None:
        return []
    found: list[Scored] = []
    for unit in units(draft):
        best: tuple[float, list[tuple[float, tuple[int, int]]]] | None = None
        for found_features in unit:
            result = score(concept, found_features)
            if best is None or result[0] > best[0]:
                best = result
        if best is None or best[0] < concept.threshold or not best[1]:
            continue
        strongest = sorted(best[1], reverse=True)[:top]
        start = min(span[0] for _, span in strongest)
        end = max(span[1] for _, span in strongest)
        if found and start < found[-1].end:
            continue  # the pair already reported with the sentence before
        probability = 1 / (1 + math.exp(-(best[0] - concept.threshold)))
        found.append(Scored(start, end, 0.5 + (probability - 0.5) * 0.9))
    return found


def _sentence_spans(draft: Draft) -> list[tuple[int, int]]:
    breaks = sentences(draft).breaks
    edges = [0, *breaks, len(draft.text)]
    return [(a, b) for a, b in zip(edges, edges[1:]) if b > a]


def with_model(name: str, what: str, detect: Callable[[Draft], list[Detection]]) -> Callable[[Draft], list[Detection]]:
    """A detector's `detect`, and besides its cues, the sentences where the classifier finds `name`.

    A sentence the cues already flagged keeps their finding, which names its trigger words
    more exactly; the classifier adds only sentences the cues passed over.
    """

    def detect_both(draft: Draft) -> list[Detection]:
        found = detect(draft)
        extra = classify(draft, name)
        if not extra:
            return found
        breaks = sentences(draft).breaks
        flagged = {bisect_right(breaks, d.start) for d in found}
        added = [Detection(s.start, s.end, s.probability, what) for s in extra if bisect_right(breaks, s.start) not in flagged]
        return sorted(found + added, key=lambda d: (d.start, d.end))

    return detect_both
