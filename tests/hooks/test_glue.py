"""The hook stays glue: all rule logic is in checks/, which never imports MkDocs (it must run in Pyodide)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_checks_never_imports_mkdocs_or_markdown() -> None:
    offenders = {str(path.relative_to(ROOT)): sorted(name for name in imported_modules(path)
                                                     if name.split(".")[0] in ("mkdocs", "material", "markdown", "pymdownx"))
                 for path in (ROOT / "checks").rglob("*.py")}
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_handbook_hook_only_wires_events_to_checks() -> None:
    hook = ast.parse((ROOT / "hooks" / "handbook.py").read_text(encoding="utf-8"))
    events = {node.name for node in hook.body if isinstance(node, ast.FunctionDef) and node.name.startswith("on_")}
    assert events == {"on_config", "on_files", "on_page_markdown"}
    assert "checks.render" in imported_modules(ROOT / "hooks" / "handbook.py")
