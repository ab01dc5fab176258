"""Run a rulebook on a draft: the findings, in a stable order."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .errors import ParamErrors, RuleError, RulebookError
from .images import Bytes, read_image
from .kinds import Check, Fix, compile_check
from .kinds.image import USES
from .model import ACCOUNTS, DEFAULT_CHECKLIST, PLATFORMS, SEVERITIES, Rule, Rulebook
from .text import Draft


_RANK = {severity: number for number, severity in enumerate(SEVERITIES)}


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
    fix: dict[str, Any] | None = None
    """A mechanical fix the page may offer: `{"label", "start_utf16", "end_utf16", "replacement"}`."""

    def to_json(self) -> dict[str, Any]:
        # Written out rather than `asdict`, which deep-copies field by field: a long draft has
        # thousands of findings, and this runs for each on every keystroke.
        return {
            "rule_id": self.rule_id, "severity": self.severity, "title": self.title, "message": self.message,
            "text": self.text, "start": self.start, "end": self.end, "start_utf16": self.start_utf16,
            "end_utf16": self.end_utf16, "link": self.link, "fix": self.fix,
        }


def known(platform: str, account: str) -> None:
    """Refuse a platform or account the rulebook does not know (a typo must not read as "no findings")."""
    if platform not in PLATFORMS:
        raise ValueError(f"unknown platform {platform!r}: use one of {', '.join(PLATFORMS)}")
    if account not in ACCOUNTS:
        raise ValueError(f"unknown account {account!r}: use one of {', '.join(ACCOUNTS)}")


def _readable(values: dict[str, Any]) -> dict[str, Any]:
    """Counts of a thousand or more with thousands separators, as a message shows them ("3,068")."""
    return {name: f"{value:,}" if type(value) is int and abs(value) >= 1000 else value for name, value in values.items()}


class _Formatter(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Engine:
    """A rulebook with its checks compiled once, ready to check many drafts."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self._checks: dict[str, Check] = {}
        self._text_checks: dict[tuple[str, str], list[tuple[Rule, Check]]] = {}
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
        return self.check_draft(Draft(text), platform, account)

    def check_draft(self, draft: Draft, platform: str, account: str) -> list[Finding]:
        """`check` for a draft whose analyses the caller shares (the in-page checker's counters)."""
        findings = []
        for rule, check in self._checks_for(platform, account):
            for hit in check(draft):
                findings.append(self._finding(rule, draft, hit.start, hit.end, hit.values, hit.fix))
        findings.sort(key=lambda f: (f.start, f.end, _RANK[f.severity], f.rule_id))
        return findings

    def _checks_for(self, platform: str, account: str) -> list[tuple[Rule, Check]]:
        """The compiled checks that can flag a text here, in rule order (image rules never do)."""
        key = (platform, account)
        if key not in self._text_checks:
            known(platform, account)
            self._text_checks[key] = [
                (rule, self._checks[rule.id]) for rule in self.rulebook.applicable(platform, account)
                if rule.id in self._checks and rule.check is not None and rule.check.get("kind") != "image"
            ]
        return self._text_checks[key]

    def manual(self, platform: str, account: str, image: bool = False) -> list[Rule]:
        """What a person must check before publishing this text: the `draft` checklist, plus the
        `image` one when a picture or video goes with it (always, for a YouTube title or description).

        Rules written for this kind of text (a reply's own points) come first, then the general
        ones; each group is ordered by severity, then ID. Running-the-account rules are
        `account_manual`'s.
        """
        video = platform in ("youtube-title", "youtube-description")  # a video always goes with these
        lists = ("draft", "image") if image or video else ("draft",)
        return self._checklist(platform, account, lists)

    def account_manual(self, platform: str, account: str) -> list[Rule]:
        """The manual rules about running the account (how often to post, a strategy, who manages it)."""
        return self._checklist(platform, account, ("account",))

    def _checklist(self, platform: str, account: str, lists: tuple[str, ...]) -> list[Rule]:
        known(platform, account)
        rules = [rule for rule in self.rulebook.applicable(platform, account)
                 if rule.check is None and (rule.checklist or DEFAULT_CHECKLIST) in lists]
        # A rule that names fewer platforms than all of them was written for this kind of text.
        rules.sort(key=lambda r: (len(r.platforms) == len(PLATFORMS), _RANK[r.severity], r.id))
        return rules

    def check_json(self, text: str, platform: str, account: str) -> str:
        """The findings as JSON: the in-page checker's one call."""
        return json.dumps([f.to_json() for f in self.check(text, platform, account)], ensure_ascii=False)

    def image_uses(self, platform: str, account: str) -> list[dict[str, str]]:
        """The uses (profile photo, cover, ...) that image rules cover here, for the checker's menu."""
        covered = {rule.check.get("use") for rule in self._image_rules(platform, account)}
        return [{"use": use, "label": label} for use, label in USES.items() if use in covered]

    def check_dimensions(self, width: int, height: int, platform: str, use: str, account: str,
                         file_size: int | None = None) -> list[Finding]:
        """Findings for an image of this size (and file size, when known) used as `use` on `platform`."""
        size = f"{width}x{height}"
        findings = []
        for rule in self._image_rules(platform, account):
            check = self._checks.get(rule.id)
            if rule.check.get("use") != use or check is None:
                continue
            for hit in check.check_dimensions(width, height, file_size):  # type: ignore[attr-defined]
                message = rule.message.format_map(_Formatter(hit.values, match=size))
                findings.append(Finding(rule.id, rule.severity, rule.title, message, size, 0, 0, 0, 0, rule.link))
        findings.sort(key=lambda f: (_RANK[f.severity], f.rule_id))
        return findings

    def check_image(self, data: Bytes, platform: str, use: str, account: str,
                    file_size: int | None = None) -> list[Finding]:
        """Findings for an image file's bytes (or its first bytes, with the whole `file_size`).

        Raises ValueError, with a message for the user, when the image cannot be read.
        """
        info = read_image(data, file_size)
        return self.check_dimensions(info.width, info.height, platform, use, account, info.file_size)

    def check_image_json(self, data: Bytes, platform: str, use: str, account: str, file_size: int | None = None) -> str:
        """The in-page image checker's one call: `{"image", "findings", "error"}` as JSON; never raises."""
        try:
            info = read_image(data, file_size)
        except ValueError as problem:
            return json.dumps({"image": None, "findings": [], "error": str(problem)}, ensure_ascii=False)
        findings = self.check_dimensions(info.width, info.height, platform, use, account, info.file_size)
        report = {"image": info.to_json(), "findings": [f.to_json() for f in findings], "error": None}
        return json.dumps(report, ensure_ascii=False)

    def _image_rules(self, platform: str, account: str) -> list[Rule]:
        known(platform, account)
        return [rule for rule in self.rulebook.applicable(platform, account)
                if rule.check is not None and rule.check.get("kind") == "image"]

    @staticmethod
    def _finding(rule: Rule, draft: Draft, start: int, end: int, values: dict[str, Any], fix: Fix | None = None) -> Finding:
        matched = draft.text[start:end]
        message = rule.message.format_map(_Formatter(_readable(values), match=matched))
        return Finding(
            rule_id=rule.id, severity=rule.severity, title=rule.title, message=message, text=matched,
            start=start, end=end, start_utf16=draft.utf16(start), end_utf16=draft.utf16(end), link=rule.link,
            fix=None if fix is None else {"label": fix.label, "start_utf16": draft.utf16(fix.start),
                                          "end_utf16": draft.utf16(fix.end), "replacement": fix.replacement},
        )
