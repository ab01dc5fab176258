"""hooks/checker.py: Pyodide and the engine's bundle shipped into the site; `/// checker` blocks expanded."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import logging
import os
import re
import shutil
import zipfile
from pathlib import Path
from concurrent.futures import Future
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


def test_the_platform_may_be_an_option_line_too() -> None:
    markdown = "/// checker\n    platform: reply\n    account: institutional\n///\n"
    html = _hook().on_page_markdown(markdown, _page("official/replies.md", "official/replies/"), None, None)
    assert 'data-platform="reply"' in html and '<option value="reply" selected>' in html


def test_pages_without_a_block_get_nothing() -> None:
    hook = _hook()
    page = _page("official/x.md", "official/x/")
    assert hook.on_page_markdown("# X\n\nNo checker here.\n", page, None, None) == "# X\n\nNo checker here.\n"
    assert hook.on_page_content("<p>x</p>", page, None, None) == "<p>x</p>"


@pytest.mark.parametrize("block, problem", [
    ("/// checker | tiktok\n///\n", "unknown platform 'tiktok'"),
    ("/// checker | x\n    account: robot\n///\n", "unknown account 'robot'"),
    ("/// checker | x\n    colour: red\n///\n", "unknown option(s) colour"),
    ("/// checker\n    platform: myspace\n///\n", "unknown platform 'myspace'"),
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
        _hook()._make_snapshot(PYODIDE, b"not a zip", tmp_path / "snapshot.gz", tmp_path / "snapshot.json")
    assert list(tmp_path.iterdir()) == []


def test_the_restore_ceiling_is_read_from_pyodide_s_webassembly() -> None:
    assert _hook().initial_heap((PYODIDE / "pyodide.asm.wasm").read_bytes()) == 30 * 2**20


def test_a_snapshot_within_the_ceiling_is_kept_and_its_headroom_told() -> None:
    stats = {"heap_bytes": 30 * 2**20, "used_bytes": 25 * 2**20, "header_bytes": 144, "snapshot_bytes": 30 * 2**20 + 144,
             "gzip_bytes": 6_200_000}
    restorable, words = _hook().snapshot_verdict(stats, 30 * 2**20)
    assert restorable
    assert "heap 30.00 MiB (25.00 MiB in use)" in words and "ceiling 30.00 MiB" in words and "headroom 5.00 MiB" in words


def test_a_snapshot_over_the_ceiling_is_refused_with_the_numbers() -> None:
    stats = {"heap_bytes": 32 * 2**20, "used_bytes": 31 * 2**20, "header_bytes": 144, "snapshot_bytes": 32 * 2**20 + 144,
             "gzip_bytes": 7_000_000}
    restorable, words = _hook().snapshot_verdict(stats, 30 * 2**20)
    assert not restorable
    assert "cannot be restored" in words and "2.00 MiB over" in words and "headroom -1.00 MiB" in words


def test_an_unrestorable_snapshot_is_left_out_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    hook = _hook()
    made = tmp_path / "snapshot-x.gz"
    made.write_bytes(b"memory")
    stats = tmp_path / "snapshot-x.json"
    stats.write_text(json.dumps({"heap_bytes": 31 * 2**20, "used_bytes": 31 * 2**20, "header_bytes": 144,
                                 "snapshot_bytes": 31 * 2**20 + 144, "gzip_bytes": 7_000_000}))
    done = Future()
    done.set_result(made)
    hook._jobs.clear()
    hook._jobs[hook._state["snapshot_url"]] = done
    hook._state.update(snapshot_stats=stats, initial_heap=30 * 2**20)
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.checker"):
        hook.on_post_build(SimpleNamespace(site_dir=str(tmp_path / "site")))
    assert not (tmp_path / "site" / hook._state["snapshot_url"]).exists()
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert "cannot be restored" in caplog.records[0].getMessage()


def test_built_site_snapshot_fits_under_the_ceiling(built_site: Path) -> None:
    snapshot = next((built_site / "assets" / "checker").glob("snapshot-*.gz"))
    memory = gzip.decompress(snapshot.read_bytes())
    header = int.from_bytes(memory[4:8], "little")
    assert len(memory) - header <= _hook().initial_heap((PYODIDE / "pyodide.asm.wasm").read_bytes())


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


def test_built_site_has_gzip_and_brotli_copies_of_its_large_files(built_site: Path) -> None:
    import brotli

    wasm = built_site / "assets" / "pyodide" / VERSION / "pyodide.asm.wasm"
    assert brotli.decompress(wasm.with_name("pyodide.asm.wasm.br").read_bytes()) == wasm.read_bytes()
    index = built_site / "search" / "search_index.json"
    assert gzip.decompress(index.with_name(index.name + ".gz").read_bytes()) == index.read_bytes()
    assert brotli.decompress(index.with_name(index.name + ".br").read_bytes()) == index.read_bytes()
    small = built_site / "assets" / "checker" / "stdlib-empty.zip"
    assert not small.with_name(small.name + ".br").exists()


def test_built_site_has_a_versioned_service_worker_at_its_root(built_site: Path) -> None:
    worker = (built_site / "checker-sw.js").read_text(encoding="utf-8")
    version = re.match(r'const VERSION = "([0-9a-f]{16})";\nconst FILES = (\[.*\]);\n', worker)
    files = json.loads(version.group(2))
    assert "checker/" in files and "assets/checker/worker.mjs" in files
    assert all((built_site / path).exists() for path in files), files
    page = (built_site / "checker" / "index.html").read_text(encoding="utf-8")
    assert 'data-service-worker="../checker-sw.js"' in page


PLATFORM_PAGES = {
    "official/facebook": ("facebook", "institutional"), "official/x": ("x", "institutional"),
    "official/instagram": ("instagram", "institutional"), "official/youtube": ("youtube-title", "institutional"),
    "official/replies": ("reply", "institutional"), "personal/guidelines": ("any", "personal"),
}


@pytest.mark.parametrize("page", PLATFORM_PAGES, ids=str)
def test_every_platform_page_has_a_preset_checker_near_its_top(built_site: Path, page: str) -> None:
    platform, account = PLATFORM_PAGES[page]
    html = (built_site / page / "index.html").read_text(encoding="utf-8")
    main = html[html.index('<article'):]
    assert f'data-platform="{platform}"' in main and f'data-account="{account}"' in main
    assert f'<option value="{platform}" selected>' in main and f'<option value="{account}" selected>' in main
    link = re.search(r'<a class="hb-check-link" href="(?P<href>[^"]+)"', main) or \
        re.search(r'<a href="(?P<href>[^"]+)" class="hb-check-link"', main)
    assert link, "the page's top has no link to the checker"
    assert link.group("href") == f"../../checker/?platform={platform}&amp;account={account}"
    assert main.index("hb-check-link") < main.index('class="hb-checker"') < main.index('class="hb-rule')


def test_the_checker_page_holds_the_checker_and_the_administration_has_its_own(built_site: Path) -> None:
    checker = (built_site / "checker" / "index.html").read_text(encoding="utf-8")
    admin = (built_site / "reference" / "checker-admin" / "index.html").read_text(encoding="utf-8")
    assert 'class="hb-checker"' in checker and "Content-Security-Policy" not in checker
    for heading in ("Serving the checker", "Caching", "Content-Security-Policy", "Precompressed files", "Put a checker on"):
        assert heading in admin
    assert 'href="../reference/checker-admin/"' in checker


def test_a_server_that_compresses_gets_asked_for_the_plain_webassembly() -> None:
    hook = _hook()
    page = _page("checker.md", "checker/")
    default = hook.on_page_markdown("/// checker | x\n///\n", page, None, None)
    assert f'data-wasm="../assets/pyodide/{VERSION}/pyodide.asm.wasm.gz"' in default
    hook._state["server_compression"] = True
    compressed = hook.on_page_markdown("/// checker | x\n///\n", page, None, None)
    assert 'data-wasm=""' in compressed
