"""Errors an editor can make in a rule block, reported all at once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class RuleError:
    """One mistake, located in its Markdown file, with what to do about it."""

    file: str
    line: int
    rule_id: str
    field: str
    problem: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        who = f" {self.rule_id}" if self.rule_id else ""
        what = f" field '{self.field}':" if self.field else ""
        return f"{where}:{who}{what} {self.problem} Fix: {self.fix}"


class RulebookError(Exception):
    """Raised with every error found, not only the first."""

    def __init__(self, errors: list[RuleError]) -> None:
        self.errors = sorted(errors)
        count = len(self.errors)
        lines = "\n".join(str(e) for e in self.errors)
        super().__init__(f"{count} error{'s' if count != 1 else ''} in rule blocks:\n{lines}")


class ParamErrors:
    """Collects parameter problems while a check kind compiles its parameters."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str, str]] = []

    def add(self, field: str, problem: str, fix: str) -> None:
        self.problems.append((field, problem, fix))

    def __bool__(self) -> bool:
        return bool(self.problems)
