"""The checker's Python bundle: the engine's runtime modules and rules.json, byte for byte reproducible."""

from __future__ import annotations

import io
import zipfile

from checks import load_rulebook
from checks.bundle import PACKAGE_DIR, build_bundle, bundle_name


def _names(data: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(data)).namelist()


def test_same_rules_give_same_bytes_and_name() -> None:
    rules = load_rulebook().dumps()
    first, second = build_bundle(rules), build_bundle(rules)
    assert first == second
    assert bundle_name(first) == bundle_name(second)
    assert bundle_name(first).startswith("checker-") and bundle_name(first).endswith(".zip")


def test_other_rules_give_another_name() -> None:
    rules = load_rulebook().dumps()
    assert bundle_name(build_bundle(rules)) != bundle_name(build_bundle(rules + " "))


def test_holds_the_runtime_modules_and_rules_but_not_the_build_tools() -> None:
    rulebook = load_rulebook()
    data = build_bundle(rulebook.dumps())
    names = _names(data)
    assert "checks/rules.json" in names
    assert {"checks/__init__.py", "checks/engine.py", "checks/summary.py", "checks/kinds/__init__.py"} <= set(names)
    build_only = {f"checks/{name}" for name in ("parse.py", "blocks.py", "render.py", "registry.py", "cli.py",
                                                 "__main__.py", "bundle.py")}
    assert not build_only & set(names)
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)
    every_module = {f"checks/{p.relative_to(PACKAGE_DIR).as_posix()}" for p in PACKAGE_DIR.rglob("*.py")
                    if "__pycache__" not in p.parts}
    assert every_module - set(names) == build_only
    shipped = zipfile.ZipFile(io.BytesIO(data)).read("checks/rules.json").decode("utf-8")
    assert shipped == rulebook.dumps()


def test_runtime_modules_do_not_import_build_time_code() -> None:
    data = build_bundle(load_rulebook().dumps())
    archive = zipfile.ZipFile(io.BytesIO(data))
    for name in archive.namelist():
        if name.endswith(".py"):
            source = archive.read(name).decode("utf-8")
            assert "import yaml" not in source and "mkdocs" not in source, name
