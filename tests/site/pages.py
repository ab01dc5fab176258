"""Where things are in a built site."""

from __future__ import annotations

from pathlib import Path

from checks.model import Rule
from tests.support.build import ROOT


def page_dir(rule: Rule, docs: Path = ROOT / "docs") -> str:
    """The site directory of the page a rule's card is on: docs/official/x.md → "official/x/"."""
    parts = Path(rule.file).resolve().relative_to(docs.resolve()).with_suffix("").parts
    if parts[-1] == "index":
        parts = parts[:-1]
    return "".join(f"{part}/" for part in parts)
