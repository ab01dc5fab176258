"""How well the checker's judgement holds on drafts it was not tuned on (issue 10).

Two sources of drafts, each split into a part detectors are tuned on (`tune`) and a part that
is only measured (`measure`); the hand-written corpus also has short `train` drafts, written
only to train the judgement classifier:

- `corpus/*.jsonl`: hand-written drafts in English, French and Spanish, labelled with the
  judgement concepts they show (`concepts`) or, for hard negatives, the concept they sit
  close to (`near`);
- `generated.py`: personal data from public generators (phonenumbers, Faker) with fixed seeds,
  embedded in sentences, and numeric hard negatives.

A positive is found when one of its concept's rules has a finding on it (for generated data:
a SEC-001 finding over the value). A false alarm is a warning or an error from a judgement
rule on a draft that shows no concept.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from checks import Engine, Finding

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"

CONCEPT_RULES: dict[str, frozenset[str]] = {
    "phone": frozenset({"SEC-001"}),
    "birth-date": frozenset({"SEC-001"}),
    "address": frozenset({"SEC-001"}),
    "private-email": frozenset({"SEC-001"}),
    "convoy": frozenset({"SEC-004"}),
    "partisan": frozenset({"PER-012"}),
    "unconfirmed-news": frozenset({"PER-006", "ED-007", "REP-019"}),
    "confidential": frozenset({"PER-008"}),
    "disclaimer": frozenset({"PER-022"}),
    "sorry-feel": frozenset({"REP-001"}),
    "signoff": frozenset({"REP-007"}),
}
"""Each judgement concept and the rules that exist to catch it."""
CONCEPTS = tuple(CONCEPT_RULES)
JUDGEMENT_RULES: frozenset[str] = frozenset().union(*CONCEPT_RULES.values()) | {"PER-001"}
"""Rules whose findings on a clean draft are false alarms (PER-001: the organisation's mailboxes)."""
ALARMING = frozenset({"error", "warning"})
LANGUAGES = ("en", "fr", "es")
SPLITS = ("tune", "measure")
"""The parts scored: `tune` (detectors are developed on it) and `measure` (never read while tuning)."""
ALL_SPLITS = ("train", *SPLITS)
"""`train`: short drafts written only to train the judgement classifier (bench/accuracy/train.py)."""


@dataclass(frozen=True)
class Draft:
    id: str
    lang: str
    platform: str
    account: str
    text: str
    concepts: tuple[str, ...]
    near: str | None
    split: str


def load_corpus(split: str, directory: Path = CORPUS_DIR) -> list[Draft]:
    """The hand-written drafts of one split, from every `*.jsonl` file; bad lines raise with file:line."""
    drafts = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                draft = Draft(
                    id=data["id"], lang=data["lang"], platform=data["platform"], account=data["account"],
                    text=data["text"], concepts=tuple(data.get("concepts") or ()), near=data.get("near"),
                    split=data["split"],
                )
            except (ValueError, KeyError, TypeError) as problem:
                raise ValueError(f"{path}:{number}: not a corpus record ({problem})") from problem
            unknown = [c for c in (*draft.concepts, *(draft.near and [draft.near] or [])) if c not in CONCEPT_RULES]
            if unknown or draft.split not in ALL_SPLITS:
                raise ValueError(f"{path}:{number}: unknown concept or split in {draft.id}: {unknown or draft.split}")
            if draft.split == split:
                drafts.append(draft)
    return drafts


@dataclass
class Tally:
    """Found / total, with the ids of what was missed (or wrongly flagged)."""

    hits: int = 0
    total: int = 0
    ids: list[str] = field(default_factory=list)

    def add(self, ok: bool, ident: str) -> None:
        self.total += 1
        if ok:
            self.hits += 1
        else:
            self.ids.append(ident)

    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class CorpusScore:
    recall: dict[tuple[str, str], Tally]
    """(concept, lang) → positives found."""
    clean: dict[tuple[str, str], Tally]
    """(near concept or "ordinary", lang) → clean drafts left alone (hits = not flagged)."""
    alarms: Counter[str]
    """Rule ID → false alarms."""
    not_applicable: list[str]
    """Positives whose concept's rules do not apply to the draft's platform and account."""
    languages: dict[str, Counter[str]]
    """Draft language → what the checker recognised."""


def applicable_rules(engine: Engine, platform: str, account: str) -> set[str]:
    return {rule.id for rule in engine.rulebook.applicable(platform, account)}


def score_corpus(engine: Engine, drafts: Iterable[Draft]) -> CorpusScore:
    from checks.language import identify

    recall: dict[tuple[str, str], Tally] = defaultdict(Tally)
    clean: dict[tuple[str, str], Tally] = defaultdict(Tally)
    alarms: Counter[str] = Counter()
    not_applicable: list[str] = []
    languages: dict[str, Counter[str]] = defaultdict(Counter)
    for draft in drafts:
        findings = engine.check(draft.text, draft.platform, draft.account)
        flagged = {f.rule_id for f in findings}
        languages[draft.lang][identify(draft.text).code] += 1
        if draft.concepts:
            for concept in draft.concepts:
                rules = CONCEPT_RULES[concept]
                if not rules & applicable_rules(engine, draft.platform, draft.account):
                    not_applicable.append(draft.id)
                    continue
                recall[concept, draft.lang].add(bool(rules & flagged), draft.id)
        else:
            wrong = {f.rule_id for f in findings if f.rule_id in JUDGEMENT_RULES and f.severity in ALARMING}
            alarms.update(wrong)
            clean[draft.near or "ordinary", draft.lang].add(not wrong, draft.id)
    return CorpusScore(dict(recall), dict(clean), alarms, not_applicable, dict(languages))


def overlaps(finding: Finding, span: tuple[int, int]) -> bool:
    return finding.start < span[1] and span[0] < finding.end


@dataclass
class GeneratedScore:
    recall: dict[tuple[str, str, str], Tally]
    """(kind, locale, form) → values found."""
    negatives: dict[str, Tally]
    """form → numeric hard negatives left alone."""


def score_generated(engine: Engine, cases: Iterable[object]) -> GeneratedScore:
    recall: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    negatives: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        findings = [f for f in engine.check(case.text, case.platform, case.account) if f.rule_id == "SEC-001"]  # type: ignore[attr-defined]
        if case.kind == "numeric-negative":  # type: ignore[attr-defined]
            negatives[case.form].add(not findings, case.text)  # type: ignore[attr-defined]
        else:
            found = any(overlaps(f, case.span) for f in findings)  # type: ignore[attr-defined]
            recall[case.kind, case.locale, case.form].add(found, case.text)  # type: ignore[attr-defined]
    return GeneratedScore(dict(recall), dict(negatives))


def generated_cases(split: str) -> list[object]:
    """The generated cases of a split; empty when the generators (the `bench` extra) are missing."""
    try:
        from bench.accuracy.generated import generated
    except ImportError:
        return []
    return list(generated(split))


def percent(tally: Tally | None) -> str:
    if tally is None or not tally.total:
        return "–"
    return f"{100 * tally.hits / tally.total:.0f} % ({tally.hits}/{tally.total})"


def summed(tallies: Iterator[Tally]) -> Tally:
    total = Tally()
    for tally in tallies:
        total.hits += tally.hits
        total.total += tally.total
        total.ids += tally.ids
    return total
