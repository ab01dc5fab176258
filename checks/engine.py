"""Run a rulebook on a draft: the findings, in a stable order."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from .errors import ParamErrors, RuleError, RulebookError
from .kinds import Check, compile_check
from .model import SEVERITIES, Rule, Rulebook
from .text import Draft


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: str
    title: str
    message: str
    text: str
    """The offending text, as it stands in the draft."""
    start: int
    end: int
    """Span in code points (Python string indexes)."""
    start_utf16: int
    end_utf16: int
    """Span in UTF-16 code units (JavaScript string indexes)."""
    link: str
    """The rule's short link, relative to the site's root."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class _Formatter(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Engine:
    """A rulebook with its checks compiled once, ready to check many drafts."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self._checks: dict[str, Check] = {}
        errors: list[RuleError] = []
        for rule in rulebook.active():
            if rule.check is None:
                continue
            problems = ParamErrors()
            compiled = compile_check(rule.check, problems)
            for field, problem, fix in problems.problems:
                errors.append(RuleError(rule.file, rule.line, rule.id, field, problem, fix))
            if compiled is not None:
                self._checks[rule.id] = compiled
        if errors:
            raise RulebookError(errors)

    def check(self, text: str, platform: str, account: str) -> list[Finding]:
        draft = Draft(text)
        findings = []
        for rule in self.rulebook.applicable(platform, account):
            check = self._checks.get(rule.id)
            if check is None:
                continue
            for hit in check(draft):
                findings.append(self._finding(rule, draft, hit.start, hit.end, hit.values))
        rank = {severity: number for number, severity in enumerate(SEVERITIES)}
        findings.sort(key=lambda f: (f.start, f.end, rank[f.severity], f.rule_id))
        return findings

    def manual(self, platform: str, account: str) -> list[Rule]:
        """The rules for this text and account that a person must check."""
        return [rule for rule in self.rulebook.applicable(platform, account) if rule.check is None]

    def check_json(self, text: str, platform: str, account: str) -> str:
        """The findings as JSON: the in-page checker's one call."""
        return json.dumps([f.to_json() for f in self.check(text, platform, account)], ensure_ascii=False)

    @staticmethod
    def _finding(rule: Rule, draft: Draft, start: int, end: int, values: dict[str, Any]) -> Finding:
        matched = draft.text[start:end]
        message = rule.message.format_map(_Formatter(values, match=matched))
        return Finding(
            rule_id=rule.id, severity=rule.severity, title=rule.title, message=message, text=matched,
            start=start, end=end, start_utf16=draft.utf16(start), end_utf16=draft.utf16(end), link=rule.link,
        )
