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

from .engine import Engine, Finding
from .images import HEADER_BYTES, Bytes
from .language import identify
from .measures import MEASURES
from .model import PLATFORM_LABELS, SEVERITIES, Rule, Rulebook
from .text import Draft

SHOWN_FIRST: dict[str, tuple[str, ...]] = {"x": ("x-length", "hashtags", "paragraphs")}
"""Counters always shown for a platform, even without a limit rule on them."""
SHOWN_BY_DEFAULT: tuple[str, ...] = ("characters", "hashtags", "paragraphs")

LABELS: dict[str, str] = {
    "x-length": "Length on X",
    "characters": "Characters",
    "graphemes": "Characters as seen",
    "words": "Words",
    "paragraphs": "Paragraphs",
    "lines": "Lines",
    "hashtags": "Hashtags",
    "mentions": "Mentions",
    "links": "Links",
    "emoji": "Emoji",
}


SECURITY_DETECTORS: frozenset[str] = frozenset({"personal-data", "convoy", "confidential"})
"""Detectors whose findings are security and privacy risks, whatever the rule's severity."""
RISKS: tuple[str, ...] = ("security", *SEVERITIES)
"""The order findings are shown in: security and privacy first, then by severity."""
_RISK_RANK = {name: rank for rank, name in enumerate(RISKS)}
_SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


def risk(rule: Rule) -> str:
    """`security` for the security and privacy rules (SEC-*, personal data, convoys, confidential
    information), else the rule's severity: the heading its findings are listed under."""
    spec = rule.check or {}
    if rule.id.startswith("SEC-") or (spec.get("kind") == "detector" and spec.get("name") in SECURITY_DETECTORS):
        return "security"
    return rule.severity


def quote_label(rule: Rule) -> str:
    """What a finding's quoted text is, said before the quote ("The part past the limit")."""
    spec = rule.check or {}
    measure = MEASURES.get(spec.get("measure", "")) if spec.get("kind") == "limit" else None
    if measure is None:
        return "Passage"
    if measure.items is not None:
        singular = measure.unit[:-1] if measure.unit.endswith("s") else measure.unit
        return f"The {singular} past the limit" if spec.get("max") is not None else "Passage"
    return "The part past the limit"


def _is_limit(rule: Rule) -> bool:
    return (rule.check or {}).get("kind") == "limit"


def rule_groups(rulebook: Rulebook, findings: list[Finding]) -> list[dict[str, Any]]:
    """The findings grouped per rule (`findings`: their indexes), the groups ordered by risk, then
    severity, then where the rule first matched. One pass over the findings, one sort of the rules."""
    indexes: dict[str, list[int]] = {}
    for index, finding in enumerate(findings):
        indexes.setdefault(finding.rule_id, []).append(index)
    groups = []
    for rule_id, found in indexes.items():
        rule = rulebook.by_id[rule_id]
        groups.append({
            "rule_id": rule_id, "risk": risk(rule), "severity": rule.severity, "title": rule.title, "link": rule.link,
            "limit": "platform" if rule.source.document == "platform" else "house" if _is_limit(rule) else None,
            "quote": quote_label(rule), "findings": found,
        })
    groups.sort(key=lambda g: (_RISK_RANK[g["risk"]], _SEVERITY_RANK[g["severity"]], g["findings"][0]))
    return groups


def rulebook_version(rulebook: Rulebook) -> str:
    """The rulebook's version as a reader can check it: the date of its latest change."""
    dates = [date for rule in rulebook.rules for date in (rule.since, rule.revised) if date]
    return f"{max(dates, default='undated')} ({len(rulebook.rules)} rules)"


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
    """`over` when the value breaks a platform's own limit, `outside` when it breaks only the
    handbook's suggested range, `ok` otherwise, `empty` for an empty draft (nothing to judge yet)."""

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
    empty = not draft.text.strip()
    result = []
    for name in names:
        measure = MEASURES[name]
        value = measure.value(draft)
        own = tuple(limits.get(name, ()))
        broken = [b for b in own if (b.max is not None and value > b.max) or (b.min is not None and value < b.min)]
        state = "empty" if empty else "over" if any(b.source == "platform" for b in broken) else "outside" if broken else "ok"
        result.append(Counter(name, LABELS.get(name, name), measure.unit, value, own, state))
    return result


class Checker:
    """The engine with the calls the in-page checker makes, each answering JSON."""

    header_bytes: int = HEADER_BYTES
    """How much of an image file's start the page reads and hands over (the rest is never read)."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self.engine = Engine(rulebook)
        self._bounds: dict[tuple[str, str], dict[str, list[Bound]]] = {}
        self._version: str | None = None

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
        findings = self.engine.check_draft(draft, platform, account)
        counts = {severity: 0 for severity in SEVERITIES}
        for finding in findings:
            counts[finding.severity] += 1
        return {
            "findings": [f.to_json() for f in findings],
            "groups": rule_groups(self.rulebook, findings),
            "counts": counts,
            "counters": [c.to_json() for c in draft_counters(draft, self._bounds[key], platform)],
            "language": identify(text).to_json(),
            "platform": {"id": platform, "label": PLATFORM_LABELS[platform]},
            "rulebook": self.version,
        }

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = rulebook_version(self.rulebook)
        return self._version

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
