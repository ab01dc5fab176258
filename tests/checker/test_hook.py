"""hooks/checker.py: Pyodide and the engine's bundle shipped into the site; `/// checker` blocks expanded."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import os
import re
import shutil
import zipfile
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from tests.support.build import build_site

ROOT = Path(__file__).resolve().parents[2]
PYODIDE = ROOT / "node_modules" / "pyodide"
VERSION = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
CORE = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("checker_hook_under_test", ROOT / "hooks" / "checker.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module._state.update(
        pyodide_url=f"assets/pyodide/{VERSION}/", bundle_url="assets/checker/checker-0123456789abcdef.zip",
        wasm_gz_url=f"assets/pyodide/{VERSION}/pyodide.asm.wasm.gz", stdlib_url="assets/checker/stdlib-empty.zip",
        snapshot_url="assets/checker/snapshot-fedcba9876543210.gz", lock='{"info":{"abi_version":"x"},"packages":{}}',
    )
    return module


def _page(src_uri: str, url: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri), url=url)


def test_block_becomes_the_checker_preset_to_its_platform_and_account() -> None:
    hook = _hook()
    page = _page("official/instagram.md", "official/instagram/")
    markdown = "# Instagram\n\n/// checker | instagram\n    account: personal\n///\n\nAfter.\n"
    html = hook.on_page_markdown(markdown, page, None, None)
    assert "/// checker" not in html and "After." in html
    assert 'data-platform="instagram"' in html and 'data-account="personal"' in html
    assert '<option value="instagram" selected>' in html and '<option value="personal" selected>' in html
    assert 'data-root="../../"' in html
    assert f'data-pyodide="../../assets/pyodide/{VERSION}/"' in html
    assert 'data-bundle="../../assets/checker/checker-0123456789abcdef.zip"' in html
    assert re.search(r'<label for="hb-checker-1-draft">', html) and 'id="hb-checker-1-draft"' in html
    content = hook.on_page_content("<p>page</p>", page, None, None)
    assert '<script type="module" src="../../assets/checker/checker.js"></script>' in content
    assert '<link rel="stylesheet" href="../../assets/checker/checker.css">' in content


def test_defaults_and_blocks_in_code_are_left_alone() -> None:
    hook = _hook()
    page = _page("index.md", "")
    markdown = "/// checker\n///\n\n```text\n/// checker | x\n///\n```\n"
    html = hook.on_page_markdown(markdown, page, None, None)
    assert html.count('class="hb-checker"') == 1
    assert 'data-platform="any"' in html and 'data-account="institutional"' in html and 'data-root="./"' in html
    assert "```text\n/// checker | x\n///\n```" in html


def test_pages_without_a_block_get_nothing() -> None:
    hook = _hook()
    page = _page("official/x.md", "official/x/")
    assert hook.on_page_markdown("# X\n\nNo checker here.\n", page, None, None) == "# X\n\nNo checker here.\n"
    assert hook.on_page_content("<p>x</p>", page, None, None) == "<p>x</p>"


@pytest.mark.parametrize("block, problem", [
    ("/// checker | tiktok\n///\n", "unknown platform 'tiktok'"),
    ("/// checker | x\n    account: robot\n///\n", "unknown account 'robot'"),
    ("/// checker | x\n    colour: red\n///\n", "unknown option(s) colour"),
])
def test_mistakes_in_a_block_stop_the_build(block: str, problem: str) -> None:
    with pytest.raises(PluginError, match=re.escape(problem)):
        _hook().on_page_markdown(block, _page("a.md", "a/"), None, None)


def test_the_checker_is_told_where_the_snapshot_and_the_gzip_webassembly_are() -> None:
    hook = _hook()
    html = hook._markup(_page("checker.md", "checker/"), "x", "institutional", 1)
    assert 'data-snapshot="../assets/checker/snapshot-fedcba9876543210.gz"' in html
    assert f'data-wasm="../assets/pyodide/{VERSION}/pyodide.asm.wasm.gz"' in html
    assert 'data-stdlib="../assets/checker/stdlib-empty.zip"' in html
    assert 'data-lock="{&quot;info&quot;:{&quot;abi_version&quot;:&quot;x&quot;},&quot;packages&quot;:{}}"' in html
    hook._state["snapshot_url"] = None
    assert "data-snapshot" not in hook._markup(_page("checker.md", "checker/"), "x", "institutional", 1)


def _config(extra: dict) -> SimpleNamespace:
    return SimpleNamespace(extra=extra, config_file_path=str(ROOT / "mkdocs.yml"))


def test_snapshot_off_in_mkdocs_yml_ships_none() -> None:
    hook = _hook()
    hook.on_config(_config({"checker": {"snapshot": False}}))
    hook._start_jobs(PYODIDE, b"a bundle")
    assert hook._state["snapshot_url"] is None and list(hook._jobs) == [hook._state["wasm_gz_url"]]
    hook._jobs.clear()


def test_without_node_the_build_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    hook = _hook()
    monkeypatch.setattr(hook.shutil, "which", lambda name: None)
    with pytest.raises(PluginError, match=r"needs Node\.js.*snapshot: false"):
        hook.on_config(_config({}))
    hook.on_config(_config({"checker": {"snapshot": False}}))  # no snapshot, no Node needed


def test_a_failed_snapshot_fails_the_build_with_node_s_message(tmp_path: Path) -> None:
    with pytest.raises(PluginError, match=r"making the start-up snapshot failed(.|\n)*is not a zip file"):
        _hook()._make_snapshot(PYODIDE, b"not a zip", tmp_path / "snapshot.gz")
    assert list(tmp_path.iterdir()) == []


def test_cached_files_are_reused_not_made_again(tmp_path: Path) -> None:
    hook = _hook()
    made = hook._cached(tmp_path / "thing.gz", lambda out: out.write_bytes(b"made once"))
    assert made.read_bytes() == b"made once"
    assert hook._cached(tmp_path / "thing.gz", lambda out: pytest.fail("made again")) == made
    assert [path.name for path in tmp_path.iterdir()] == ["thing.gz"]


def test_the_cache_keeps_only_the_most_recently_used_files(tmp_path: Path) -> None:
    hook = _hook()
    for number in range(hook.CACHE_KEEP + 3):
        path = tmp_path / f"snapshot-{number}.gz"
        path.write_bytes(b"old")
        os.utime(path, (1_000_000 + number, 1_000_000 + number))
    hook._cached(tmp_path / "snapshot-0.gz", lambda out: pytest.fail("made again"))  # used again: kept
    hook._cached(tmp_path / "snapshot-new.gz", lambda out: out.write_bytes(b"new"))
    kept = {path.name for path in tmp_path.iterdir()}
    assert len(kept) == hook.CACHE_KEEP
    assert {"snapshot-new.gz", "snapshot-0.gz", f"snapshot-{hook.CACHE_KEEP + 2}.gz"} <= kept
    assert "snapshot-1.gz" not in kept


def test_built_site_ships_the_snapshot_and_gzip_webassembly(built_site: Path) -> None:
    page = (built_site / "checker" / "index.html").read_text(encoding="utf-8")
    snapshot = re.search(r'data-snapshot="\.\./(assets/checker/snapshot-[0-9a-f]{16}\.gz)"', page).group(1)
    memory = gzip.decompress((built_site / snapshot).read_bytes())
    assert memory.startswith(b"\x00snp") and len(memory) > 16 * 2**20  # Pyodide's snapshot header, then memory
    wasm = built_site / "assets" / "pyodide" / VERSION / "pyodide.asm.wasm"
    assert gzip.decompress(wasm.with_name("pyodide.asm.wasm.gz").read_bytes()) == wasm.read_bytes()
    assert zipfile.ZipFile(built_site / "assets" / "checker" / "stdlib-empty.zip").namelist() == []


def test_built_site_ships_pyodide_and_the_bundle(built_site: Path) -> None:
    shipped = built_site / "assets" / "pyodide" / VERSION
    for name in CORE:
        assert (shipped / name).read_bytes() == (PYODIDE / name).read_bytes(), name
    page = (built_site / "checker" / "index.html").read_text(encoding="utf-8")
    bundle_url = re.search(r'data-bundle="\.\./(assets/checker/checker-[0-9a-f]{16}\.zip)"', page).group(1)
    bundle = zipfile.ZipFile(io.BytesIO((built_site / bundle_url).read_bytes()))
    assert json.loads(bundle.read("checks/rules.json")) == json.loads((built_site / "rules.json").read_bytes())
    for name in ("checker.js", "worker.mjs", "checker.css"):
        assert (built_site / "assets" / "checker" / name).is_file()


def test_missing_pyodide_is_a_clear_build_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("HANDBOOK_PYODIDE_DIR", str(tmp_path / "empty"))
    result = build_site(tmp_path / "site")
    assert result.returncode != 0
    assert f"Pyodide {VERSION} is missing from {tmp_path / 'empty'}" in result.stderr
    assert "npm ci" in result.stderr and "HANDBOOK_PYODIDE_DIR" in result.stderr


def test_another_version_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "pyodide"
    copy.mkdir()
    for name in CORE:
        (copy / name).symlink_to(PYODIDE / name)
    (copy / "pyodide.mjs").unlink()
    (copy / "pyodide.mjs").write_text((PYODIDE / "pyodide.mjs").read_text().replace(f'"{VERSION}"', '"0.27.0"'))
    monkeypatch.setenv("HANDBOOK_PYODIDE_DIR", str(copy))
    result = build_site(tmp_path / "site")
    assert result.returncode != 0
    assert f"is not Pyodide {VERSION}" in result.stderr


def test_a_local_copy_can_replace_node_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "offline-pyodide"
    copy.mkdir()
    for name in CORE:
        shutil.copyfile(PYODIDE / name, copy / name)
    monkeypatch.setenv("HANDBOOK_PYODIDE_DIR", str(copy))
    result = build_site(tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "site" / "assets" / "pyodide" / VERSION / "pyodide.asm.wasm").stat().st_size == \
        (PYODIDE / "pyodide.asm.wasm").stat().st_size
