"""The rulebook as data: rules, their vocabulary, and the rules.json schema.

Everything here is plain data shared by the parser (build time, CPython) and the
engine (CPython and Pyodide). No third-party imports.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1

ID_PATTERN = re.compile(r"^[A-Z]{1,4}-[0-9]{3}$")

SEVERITIES: tuple[str, ...] = ("error", "warning", "suggestion")
"""Most severe first; the order findings are ranked in."""

PLATFORMS: tuple[str, ...] = (
    "x",
    "facebook",
    "instagram",
    "youtube-title",
    "youtube-description",
    "linkedin",
    "reply",
    "handle",
    "any",
)
"""Platforms or kinds of text; `any` is a post whose platform is not known."""

PLATFORM_LABELS: dict[str, str] = {
    "x": "X post",
    "facebook": "Facebook post",
    "instagram": "Instagram caption",
    "youtube-title": "YouTube title",
    "youtube-description": "YouTube description",
    "linkedin": "LinkedIn post",
    "reply": "reply",
    "handle": "account handle",
    "any": "post",
}
"""What each platform's text is called in a sentence ("No problems found in this X post")."""

ACCOUNTS: tuple[str, ...] = ("institutional", "personal")
STATUSES: tuple[str, ...] = ("active", "superseded", "retired")
CHECKLISTS: tuple[str, ...] = ("draft", "image", "account")
"""When a manual rule is checked: before publishing a text (`draft`), when a picture or video
goes with it (`image`), or while running the account, not per post (`account`)."""
DEFAULT_CHECKLIST = "draft"
DOCUMENTS: dict[str, str] = {
    "official": "Social media guidelines for official accounts, V.191016",
    "personal": "Guidelines on personal use of social media, 31 October 2023",
    "platform": "Platform limits in force today (not an organisational rule)",
    "handbook": "Editorial decision of this handbook",
}
"""The documents a rule's `source.document` may name."""


@dataclass(frozen=True)
class Source:
    document: str
    section: str


@dataclass(frozen=True)
class Rule:
    """One rule, as compiled from its rule block."""

    id: str
    title: str
    severity: str
    platforms: tuple[str, ...]
    accounts: tuple[str, ...]
    status: str
    source: Source
    since: str
    message: str
    body: str
    summary: str
    check: dict[str, Any] | None = None
    """The check's kind and parameters; None for a manual check."""
    flag: tuple[str, ...] = ()
    passes: tuple[str, ...] = ()
    revised: str | None = None
    superseded_by: str | None = None
    reason: str | None = None
    checklist: str | None = None
    """For a manual rule, one of CHECKLISTS (DEFAULT_CHECKLIST when the block says nothing); None for an automatic one."""
    file: str = ""
    line: int = 0

    @property
    def link(self) -> str:
        """The rule's short link, relative to the site's root."""
        return f"r/{self.id}/"

    @property
    def anchor(self) -> str:
        return self.id.lower()

    @property
    def automatic(self) -> bool:
        return self.check is not None

    def applies_to(self, platform: str, account: str) -> bool:
        return platform in self.platforms and account in self.accounts

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["pass"] = data.pop("passes")
        data["link"] = self.link
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rule:
        data = dict(data)
        data.pop("link", None)
        data["passes"] = tuple(data.pop("pass", ()))
        data["source"] = Source(**data["source"])
        if data.get("check") is None:
            data["checklist"] = data.get("checklist") or DEFAULT_CHECKLIST
        for name in ("platforms", "accounts", "flag"):
            data[name] = tuple(data.get(name, ()))
        return cls(**data)


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    by_id: dict[str, Rule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {rule.id: rule for rule in self.rules})

    def active(self) -> list[Rule]:
        return [rule for rule in self.rules if rule.status == "active"]

    def applicable(self, platform: str, account: str) -> list[Rule]:
        """Active rules for this kind of text and account, in ID order."""
        return [r for r in self.active() if r.applies_to(platform, account)]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "vocabulary": {
                "severities": list(SEVERITIES),
                "platforms": list(PLATFORMS),
                "accounts": list(ACCOUNTS),
                "statuses": list(STATUSES),
                "checklists": list(CHECKLISTS),
                "documents": DOCUMENTS,
            },
            "rules": [rule.to_json() for rule in self.rules],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rulebook:
        if data.get("schema") != SCHEMA_VERSION:
            raise ValueError(
                f"rules.json has schema {data.get('schema')!r}; this engine reads schema {SCHEMA_VERSION}"
            )
        return cls(tuple(Rule.from_json(item) for item in data["rules"]))

    @classmethod
    def loads(cls, text: str) -> Rulebook:
        return cls.from_json(json.loads(text))
