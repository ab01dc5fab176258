"""What the in-page checker shows for a draft: findings, counters, manual checklist.

The counters' values and limits come from here, not from JavaScript: a counter is
a measure of the draft (`checks.measures`) with the bounds that the rulebook's
`limit` rules put on it for this platform and account.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .engine import Engine
from .images import HEADER_BYTES, Bytes
from .language import identify
from .measures import MEASURES
from .model import Rule, Rulebook
from .text import Draft

SHOWN_FIRST: dict[str, tuple[str, ...]] = {"x": ("x-length", "hashtags", "paragraphs")}
"""Counters always shown for a platform, even without a limit rule on them."""
SHOWN_BY_DEFAULT: tuple[str, ...] = ("characters", "hashtags", "paragraphs")

LABELS: dict[str, str] = {
    "x-length": "Length on X",
    "characters": "Characters",
    "graphemes": "Characters",
    "words": "Words",
    "paragraphs": "Paragraphs",
    "lines": "Lines",
    "hashtags": "Hashtags",
    "mentions": "Mentions",
    "links": "Links",
    "emoji": "Emoji",
}


@dataclass(frozen=True)
class Bound:
    """A limit rule's bounds on a measure."""

    rule_id: str
    severity: str
    min: int | None
    max: int | None
    source: str
    """`platform` for a platform's own limit, else `house` (the handbook's advice)."""
    link: str


@dataclass(frozen=True)
class Counter:
    measure: str
    label: str
    unit: str
    value: int
    bounds: tuple[Bound, ...]
    state: str
    """`ok`, or `outside` when the value breaks one of the bounds."""

    def to_json(self) -> dict[str, Any]:
        """As `asdict` gives it, without its deep copy (this runs on every keystroke)."""
        return {
            "measure": self.measure, "label": self.label, "unit": self.unit, "value": self.value,
            "bounds": [asdict(bound) for bound in self.bounds], "state": self.state,
        }


def bounds(rulebook: Rulebook, platform: str, account: str) -> dict[str, list[Bound]]:
    """The limit rules' bounds on each whole-draft measure, for this platform and account."""
    found: dict[str, list[Bound]] = {}
    for rule in rulebook.applicable(platform, account):
        spec = rule.check or {}
        if spec.get("kind") != "limit" or spec.get("measure") not in MEASURES:
            continue
        found.setdefault(spec["measure"], []).append(_bound(rule, spec))
    return found


def _bound(rule: Rule, spec: dict[str, Any]) -> Bound:
    source = "platform" if rule.source.document == "platform" else "house"
    return Bound(rule.id, rule.severity, spec.get("min"), spec.get("max"), source, rule.link)


def counters(rulebook: Rulebook, text: str, platform: str, account: str) -> list[Counter]:
    """The counters that matter for this platform: its usual ones, then any other limited measure."""
    return draft_counters(Draft(text), bounds(rulebook, platform, account), platform)


def draft_counters(draft: Draft, limits: dict[str, list[Bound]], platform: str) -> list[Counter]:
    """`counters` for a draft whose analyses are shared with the checks, given `bounds`' result."""
    names = list(SHOWN_FIRST.get(platform, SHOWN_BY_DEFAULT))
    names += [name for name in MEASURES if name in limits and name not in names]
    result = []
    for name in names:
        measure = MEASURES[name]
        value = measure.value(draft)
        own = tuple(limits.get(name, ()))
        broken = any((b.max is not None and value > b.max) or (b.min is not None and value < b.min) for b in own)
        result.append(Counter(name, LABELS.get(name, name), measure.unit, value, own, "outside" if broken else "ok"))
    return result


class Checker:
    """The engine with the calls the in-page checker makes, each answering JSON."""

    header_bytes: int = HEADER_BYTES
    """How much of an image file's start the page reads and hands over (the rest is never read)."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self.engine = Engine(rulebook)
        self._bounds: dict[tuple[str, str], dict[str, list[Bound]]] = {}

    @classmethod
    def from_json(cls, rules_json: str) -> Checker:
        return cls(Rulebook.loads(rules_json))

    @classmethod
    def from_package(cls) -> Checker:
        """The rulebook shipped inside the package (the checker's bundle carries one)."""
        return cls.from_json((Path(__file__).resolve().parent / "rules.json").read_text(encoding="utf-8"))

    def report(self, text: str, platform: str, account: str) -> dict[str, Any]:
        draft = Draft(text)  # one draft for both: the counters reuse the checks' analyses
        key = (platform, account)
        if key not in self._bounds:
            self._bounds[key] = bounds(self.rulebook, platform, account)
        return {
            "findings": [f.to_json() for f in self.engine.check_draft(draft, platform, account)],
            "counters": [c.to_json() for c in draft_counters(draft, self._bounds[key], platform)],
            "language": identify(text).to_json(),
        }

    def report_json(self, text: str, platform: str, account: str) -> str:
        return json.dumps(self.report(text, platform, account), ensure_ascii=False)

    def manual_json(self, platform: str, account: str, image: bool = False) -> str:
        """The manual checklist for a draft: what a person must check before publishing it
        (with the image points when a picture or video goes with it), this text's own points first."""
        return _rules_json(self.engine.manual(platform, account, image))

    def account_manual_json(self, platform: str, account: str) -> str:
        """The running-the-account checklist (posting rhythm, strategy, who manages it): not per draft."""
        return _rules_json(self.engine.account_manual(platform, account))

    def image_uses_json(self, platform: str, account: str) -> str:
        """The image uses (`[{use, label}]`) that image rules cover here; empty: no image section."""
        return json.dumps(self.engine.image_uses(platform, account), ensure_ascii=False)

    def image_report_json(self, data: Bytes, platform: str, use: str, account: str, file_size: int | None = None) -> str:
        """`{"image", "findings", "error"}` for an image file's first bytes; never raises."""
        return self.engine.check_image_json(data, platform, use, account, file_size)


def _rules_json(rules: list[Rule]) -> str:
    return json.dumps(
        [{"rule_id": r.id, "severity": r.severity, "title": r.title, "summary": r.summary, "link": r.link,
          "checklist": r.checklist} for r in rules],
        ensure_ascii=False,
    )
