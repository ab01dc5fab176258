"""The registry of published rule IDs: a rule's ID and short link are permanent.

The registry is a committed JSON file (`published-rules.json`) mapping every ID ever
published to what identifies the rule behind it:

    {"schema": 1, "rules": {"X-001": {"title": "...", "published": "2026-11-21",
                                      "document": "official", "section": "Twitter › Hashtags",
                                      "platforms": ["x"]}}}

The registry's place is fixed: `published-rules.json` beside the docs tree (the project's
root). It is not an option, so nothing can switch the guard off; a missing or unreadable
registry is an error, never an empty one.

`check()` compares a rulebook with the registry and reports these mistakes:

- **disappeared**: a published ID has no rule block any more. Published IDs stay for
  good; the way out is `status: retired` (with a reason) or `status: superseded`.
- **reused**: the ID now names another rule. Rewording a title, moving a rule to
  another page, widening or narrowing its platforms, or renaming its source section are
  edits of the same rule. It counts as another rule when its source document changed,
  when it shares no platform with the published rule, when its title and source section
  both changed at once (nothing of the published rule is left to recognise), or when its
  title is now another published rule's (two IDs swapped, or an ID moved to another rule).
- **revived**: a rule published as superseded or retired is active again, which is how a
  new rule written under an old rule's ID shows itself.

Rules not yet in the registry are not mistakes: `record()` (or
`python -m checks.registry record`) adds them, and refreshes the titles and sections of
the rules already recorded after checking them. Standard library only; no MkDocs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .model import Rule, Rulebook

SCHEMA = 1
DEFAULT_FILE = "published-rules.json"


def location(docs: Path | str) -> Path:
    """Where the registry of the docs tree `docs` is: `published-rules.json` beside it."""
    return Path(docs).resolve().parent / DEFAULT_FILE


class RegistryUnreadable(ValueError):
    """The registry is missing or is not a registry: the guard cannot run."""


@dataclass(frozen=True)
class Published:
    """What the registry remembers of one published rule."""

    id: str
    title: str
    published: str
    document: str
    section: str
    platforms: tuple[str, ...]
    status: str = "active"

    @classmethod
    def of(cls, rule: Rule, published: str) -> Published:
        return cls(rule.id, rule.title, published, rule.source.document, rule.source.section, rule.platforms, rule.status)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title, "published": self.published, "document": self.document,
                                "section": self.section, "platforms": list(self.platforms)}
        if self.status != "active":
            data["status"] = self.status
        return data


@dataclass(frozen=True)
class RegistryProblem:
    rule_id: str
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.rule_id}: {self.problem} Fix: {self.fix}"


class RegistryError(Exception):
    """Raised with every problem found, not only the first."""

    def __init__(self, problems: list[RegistryProblem], registry: Path | str) -> None:
        self.problems = problems
        count = len(problems)
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"{count} published rule ID{'s' if count != 1 else ''} broken "
                         f"(registry: {registry}):\n{lines}")


def load(path: Path | str) -> dict[str, Published]:
    """The registry in `path`. Raises RegistryUnreadable, saying what to do, when it is missing or broken."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise RegistryUnreadable(
            f"{path}: no registry of published rule IDs, so the published-ID guard cannot run. Restore it from "
            f"version control; for a new handbook, create it with `python -m checks.registry record --new`.") from None
    except (OSError, ValueError) as error:
        raise RegistryUnreadable(f"{path}: the registry of published rule IDs cannot be read ({error}). "
                                 "Restore it from version control.") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("rules"), dict):
        schema = data.get("schema") if isinstance(data, dict) else None
        raise RegistryUnreadable(f"{path}: not a registry of published rule IDs (schema {schema!r}, expected {SCHEMA}, "
                                 "with a `rules` mapping). Restore it from version control.")
    try:
        return {rule_id: Published(rule_id, entry["title"], entry["published"], entry["document"],
                                   entry["section"], tuple(entry["platforms"]), entry.get("status", "active"))
                for rule_id, entry in data["rules"].items()}
    except (KeyError, TypeError, AttributeError) as error:
        raise RegistryUnreadable(f"{path}: an entry of the registry is incomplete ({error!r} missing or wrong). "
                                 "Restore it from version control.") from None


def dumps(registry: dict[str, Published]) -> str:
    """The registry as JSON with one line per rule, so that a change shows as a one-line diff."""
    about = ("Every rule ID ever published, with what identifies its rule. IDs are never removed or reused: "
             "retire a rule instead. Updated by `python -m checks.registry record`.")
    entries = [f"  {json.dumps(rule_id)}: {json.dumps(registry[rule_id].to_json(), ensure_ascii=False)}"
               for rule_id in sorted(registry)]
    return ("{\n" f' "about": {json.dumps(about)},\n "schema": {SCHEMA},\n "rules": {{\n'
            + ",\n".join(entries) + "\n }\n}\n")


def check(rulebook: Rulebook, registry: dict[str, Published]) -> list[RegistryProblem]:
    """Every published ID that disappeared from the rulebook, now names another rule, or came back to life."""
    problems = []
    titles: dict[str, list[str]] = {}
    for rule_id, entry in sorted(registry.items()):
        titles.setdefault(_words(entry.title), []).append(rule_id)
    for rule_id, entry in sorted(registry.items()):
        rule = rulebook.by_id.get(rule_id)
        if rule is None:
            problems.append(RegistryProblem(
                rule_id,
                f"published on {entry.published} as “{entry.title}”, but no rule block has this ID any more; "
                f"its short link r/{rule_id}/ would break.",
                "put the rule block back (in any page) with `status: retired` and a `reason:`, or "
                "`status: superseded` and `superseded_by:`. Published IDs are never removed."))
            continue
        why = reused_because(rule, entry)
        others = [] if _words(rule.title) == _words(entry.title) else titles.get(_words(rule.title), [])
        if not why and others:
            why = (f"its title is now that of {others[0]} (“{registry[others[0]].title}”): two IDs swapped, "
                   "or an ID moved to another rule")
        if not why and entry.status != "active" and rule.status == "active":
            problems.append(RegistryProblem(
                rule_id,
                f"published on {entry.published} as a {entry.status} rule (“{entry.title}”), but it is active again: "
                f"its short link r/{rule_id}/ promised readers it was {entry.status}.",
                "write the rule under a new ID (`python -m checks next-id PREFIX`) and keep this one "
                f"{entry.status}. If it really is the same rule coming back, edit its registry entry by hand and say why."))
            continue
        if why:
            problems.append(RegistryProblem(
                rule_id,
                f"published on {entry.published} as “{entry.title}” ({entry.document} › {entry.section}), "
                f"but it now names another rule: {why}.",
                "give the new rule a new, unused ID, and restore or retire the published one. "
                "If it really is the same rule, update its entry in the registry by hand and say why in the commit."))
    return problems


def reused_because(rule: Rule, entry: Published) -> str | None:
    """Why `rule` is not the rule published under its ID, or None when it is the same rule."""
    if rule.source.document != entry.document:
        return f"its source document changed from `{entry.document}` to `{rule.source.document}`"
    if not set(rule.platforms) & set(entry.platforms):
        return (f"it applies to {', '.join(rule.platforms)}, which shares no platform with the published "
                f"rule's {', '.join(entry.platforms)}")
    if rule.title != entry.title and rule.source.section != entry.section:
        return (f"both its title (now “{rule.title}”) and its source section (now “{rule.source.section}”) "
                "changed at once")
    return None


def _words(title: str) -> str:
    """A title's words in lower case, for recognising it through changes of case and punctuation."""
    return " ".join("".join(c if c.isalnum() else " " for c in title.casefold()).split())


def unrecorded(rulebook: Rulebook, registry: dict[str, Published]) -> list[Rule]:
    """Rules that the registry does not know yet (new since the last `record`)."""
    return [rule for rule in rulebook.rules if rule.id not in registry]


def record(rulebook: Rulebook, registry: dict[str, Published], today: str | None = None) -> dict[str, Published]:
    """The registry with every new rule added and recorded rules' titles and sections refreshed.

    Raises RegistryError when the rulebook breaks a published ID: recording never hides that.
    """
    problems = check(rulebook, registry)
    if problems:
        raise RegistryError(problems, "the registry being recorded")
    today = today or dt.date.today().isoformat()
    updated = dict(registry)
    for rule in rulebook.rules:
        entry = registry.get(rule.id)
        # Platforms stay as first published: reuse is judged against the first publication.
        updated[rule.id] = (Published.of(rule, today) if entry is None
                            else replace(entry, title=rule.title, section=rule.source.section, status=rule.status))
    return updated


def main(argv: list[str] | None = None) -> int:
    """`python -m checks.registry check|record [DOCS] [--new]`; the registry is the one beside DOCS."""
    parser = argparse.ArgumentParser(prog="python -m checks.registry", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("check", "record"),
                        help="check: report broken published IDs; record: also add new rules to the registry")
    parser.add_argument("docs", nargs="?", default="docs", help="the docs tree (default: docs); its registry is beside it")
    parser.add_argument("--new", action="store_true", help="with record: start a registry where there is none yet")
    args = parser.parse_args(argv)

    from .errors import RulebookError
    from .parse import parse_tree

    path = location(args.docs)
    try:
        rulebook = parse_tree(args.docs)
        registry = {} if args.new and args.command == "record" and not path.exists() else load(path)
    except (RulebookError, RegistryUnreadable) as error:
        print(error, file=sys.stderr)
        return 2
    problems = check(rulebook, registry)
    if problems:
        print(RegistryError(problems, path), file=sys.stderr)
        return 1
    new = unrecorded(rulebook, registry)
    listed = ", ".join(r.id for r in new[:8]) + (f" and {len(new) - 8} more" if len(new) > 8 else "") or "none"
    if args.command == "record":
        path.write_text(dumps(record(rulebook, registry)), encoding="utf-8")
        print(f"{path}: {len(rulebook.rules)} rules; recorded {len(new)} new: {listed}")
    else:
        print(f"{path}: {len(registry)} published IDs intact; {len(new)} rule(s) not recorded yet: {listed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
