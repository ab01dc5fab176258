"""The handbook's rulebook core: rule blocks in Markdown → rulebook → findings.

Runs unchanged on CPython ≥ 3.11 and on Pyodide. The engine needs only the
standard library; reading Markdown rule blocks (`checks.parse`) needs PyYAML.
"""

from __future__ import annotations

from pathlib import Path

from .engine import Engine, Finding
from .errors import RuleError, RulebookError
from .model import Rule, Rulebook

__all__ = ["Engine", "Finding", "Rule", "RuleError", "Rulebook", "RulebookError", "load_rulebook", "default_rules_path"]


def default_rules_path() -> Path:
    """The handbook's own rulebook: `docs/` in a checkout, else the compiled copy in the package."""
    checkout_docs = Path(__file__).resolve().parent.parent / "docs"
    if checkout_docs.is_dir():
        return checkout_docs
    return Path(__file__).resolve().parent / "rules.json"


def load_rulebook(path: Path | str | None = None) -> Rulebook:
    """A rulebook from a docs tree (validated) or from a compiled rules.json."""
    path = Path(path) if path is not None else default_rules_path()
    if path.is_dir():
        from .parse import parse_tree

        return parse_tree(path)
    return Rulebook.loads(path.read_text(encoding="utf-8"))
