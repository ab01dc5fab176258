"""The checker's two ways to start, in headless Chromium: from the build's memory snapshot
(Python and the checker already made) and the full start it falls back to. Both must
give the same findings; a broken snapshot or a missing gzip file must not stop the checker.
A missing WebAssembly file is said in words at once; a slow link shows its download and is
never given up on; after one visit the checker works offline, and a rebuilt site replaces
the offline copy whole."""

from __future__ import annotations

import gzip
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.checker.corpus import corpus
from tests.checker.driver import CLIPBOARD, check, comparable, wait_ready
from tests.conftest import SUB_PATH
from tests.support.build import build_site
from tests.checker.servers import CSP
from tests.support.server import SiteServer, _Handler

pytestmark = pytest.mark.browser

DRAFTS = corpus(size=36, seed=6)


@pytest.fixture(scope="module")
def broken_site(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site with its snapshot replaced by other gzip data and its gzip WebAssembly gone."""
    site = tmp_path_factory.mktemp("broken") / "site"
    shutil.copytree(built_site, site, copy_function=os.link)
    snapshot = next((site / "assets" / "checker").glob("snapshot-*.gz"))
    snapshot.unlink()  # a new file: the hard link to the built site stays whole
    snapshot.write_bytes(gzip.compress(b"not a memory snapshot" * 1000))
    next((site / "assets" / "pyodide").glob("*/pyodide.asm.wasm.gz")).unlink()
    return site


@pytest.fixture(scope="module")
def broken_server(broken_site: Path) -> Iterator[SiteServer]:
    with SiteServer(broken_site, prefix=SUB_PATH) as server:
        yield server


def started(chromium, server: SiteServer, query: str = "") -> tuple[str, list[str], list]:
    """Open the checker page, wait until it is ready: (how it started, what it requested, findings on DRAFTS)."""
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    server.clear()
    page.goto(server.url + "checker/" + query)
    wait_ready(page)
    how = page.get_attribute(".hb-checker", "data-start") or ""
    requested = list(server.requested)
    findings = [comparable(check(page, *case)["findings"]) for case in DRAFTS]
    context.close()
    return how, requested, findings


@pytest.fixture(scope="module")
def from_snapshot(chromium, site_server) -> tuple[str, list[str], list]:
    return started(chromium, site_server)


def test_starts_from_the_snapshot_without_the_standard_library_or_the_bundle(from_snapshot) -> None:
    how, requested, findings = from_snapshot
    assert how == "snapshot"
    names = {path.rsplit("/", 1)[-1] for path in requested}
    assert any(name.startswith("snapshot-") for name in names)
    assert "pyodide.asm.wasm.gz" in names and "pyodide.asm.wasm" not in names
    assert not names & {"python_stdlib.zip", "pyodide-lock.json"}
    assert not any(name.startswith("checker-") and name.endswith(".zip") for name in names)
    assert any(findings), "the drafts must give findings, or the comparisons below prove nothing"


def test_full_start_asked_for_gives_the_same_findings(chromium, site_server, from_snapshot) -> None:
    how, requested, findings = started(chromium, site_server, "?checker-start=full")
    assert how == "full"
    names = {path.rsplit("/", 1)[-1] for path in requested}
    assert "python_stdlib.zip" in names and not any(name.startswith("snapshot-") for name in names)
    assert findings == from_snapshot[2]


def test_a_broken_snapshot_and_a_missing_gzip_file_fall_back_to_the_full_start(chromium, broken_server, from_snapshot) -> None:
    how, requested, findings = started(chromium, broken_server)
    assert how == "full"
    names = {path.rsplit("/", 1)[-1] for path in requested}
    assert {"pyodide.asm.wasm.gz", "pyodide.asm.wasm", "python_stdlib.zip"} <= names
    assert findings == from_snapshot[2]


@pytest.fixture(scope="module")
def wasm_missing_server(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The built site without Pyodide's WebAssembly (neither the plain file nor its gzip copy)."""
    site = tmp_path_factory.mktemp("no-wasm") / "site"
    shutil.copytree(built_site, site, copy_function=os.link)
    for wasm in (site / "assets" / "pyodide").glob("*/pyodide.asm.wasm*"):
        wasm.unlink()
    with SiteServer(site, prefix=SUB_PATH) as server:
        yield server


def test_a_missing_webassembly_file_fails_in_words_within_five_seconds(chromium, wasm_missing_server) -> None:
    context = chromium.new_context()
    page = context.new_page()
    page.goto(wasm_missing_server.url + "checker/")
    page.focus(".hb-checker textarea")
    began = time.monotonic()
    page.wait_for_selector('.hb-checker[data-state="failed"]', timeout=5000)
    waited = time.monotonic() - began
    status = page.inner_text(".hb-checker__status")
    failure = page.get_attribute(".hb-checker", "data-failure")
    context.close()
    assert failure == "wasm-missing", status
    assert "pyodide.asm.wasm" in status and "404" in status
    assert waited < 5


def test_a_slow_link_shows_the_download_and_does_not_give_up(chromium, site_server) -> None:
    """At 16 Mbit/s the first start downloads for several seconds: bytes and total are shown meanwhile."""
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions",
             {"offline": False, "latency": 20, "downloadThroughput": 2_000_000, "uploadThroughput": 2_000_000})
    page.goto(site_server.url + "checker/")
    page.focus(".hb-checker textarea")
    page.keyboard.type("Typing works while it loads #one #two #three #four")
    page.wait_for_function(
        "() => document.querySelector('.hb-checker__download')?.textContent.startsWith('One-time download of')",
        timeout=30_000)
    note = page.inner_text(".hb-checker__download")
    shown = page.evaluate("() => { const p = document.querySelector('.hb-checker progress');"
                          " return {max: p.max, value: p.value, hidden: p.hidden}; }")
    status = page.inner_text(".hb-checker__status-text")
    wait_ready(page)
    downloaded = int(page.get_attribute(".hb-checker", "data-downloaded") or 0)
    typed = page.input_value(".hb-checker textarea")
    context.close()
    megabytes = float(note.split("One-time download of ", 1)[1].split(" MB", 1)[0])
    assert megabytes > 3, note
    assert shown["max"] > 3e6 and 0 <= shown["value"] <= shown["max"] and not shown["hidden"]
    assert "MB" in status and "You can type already" in status
    assert downloaded >= shown["max"] * 0.9
    assert typed == "Typing works while it loads #one #two #three #four"


HASHTAGS = "Safe migration for all #migration #refugees #UN #IOM"


def _x001_message(page) -> str:
    check(page, HASHTAGS, "x", "institutional")
    return page.inner_text('.hb-checker__finding[data-rule-id="X-001"]')


def _visit(context, url: str):
    page = context.new_page()
    page.goto(url)
    page.focus(".hb-checker textarea")
    wait_ready(page)
    return page


@pytest.fixture(scope="module")
def live_site(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the built site that a test may replace by another build while it is served."""
    site = tmp_path_factory.mktemp("live") / "site"
    shutil.copytree(built_site, site)
    return site


def test_after_one_visit_the_checker_works_offline(chromium, site_server) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    first = _visit(context, site_server.url + "checker/")
    first.wait_for_selector(".hb-checker[data-offline]", timeout=60_000)
    online = _x001_message(first)
    first.close()
    context.set_offline(True)
    second = _visit(context, site_server.url + "checker/")
    offline = _x001_message(second)
    how = second.get_attribute(".hb-checker", "data-start")
    context.close()
    assert "4 hashtags" in online and offline == online
    assert how == "snapshot"


def test_a_rebuilt_site_replaces_the_offline_copy_whole(chromium, live_site: Path, tmp_path: Path) -> None:
    """After an update, the new build's checker is used online, then offline; the old build's cache is gone."""
    docs = tmp_path / "source" / "docs"
    shutil.copytree(Path(__file__).resolve().parents[2] / "docs", docs)
    shutil.copyfile(Path(__file__).resolve().parents[2] / "published-rules.json", docs.parent / "published-rules.json")
    rules = docs / "official" / "x.md"
    rules.write_text(rules.read_text(encoding="utf-8").replace(
        'message: "This post has {value} hashtags; use at most {max}."',
        'message: "This post has {value} hashtags; use at most {max} (updated)."'), encoding="utf-8")
    with SiteServer(live_site, prefix=SUB_PATH) as server:
        context = chromium.new_context(permissions=CLIPBOARD)
        first = _visit(context, server.url + "checker/")
        first.wait_for_selector(".hb-checker[data-offline]", timeout=60_000)
        old_version = first.get_attribute(".hb-checker", "data-offline")
        assert "(updated)" not in _x001_message(first)
        first.close()

        result = build_site(tmp_path / "rebuilt", docs_dir=docs)
        assert result.returncode == 0, result.stderr[-2000:]
        shutil.rmtree(live_site)
        shutil.copytree(tmp_path / "rebuilt", live_site)
        new_version = (live_site / "checker-sw.js").read_text(encoding="utf-8").split('"', 2)[1]
        assert new_version != old_version

        second = _visit(context, server.url + "checker/")
        assert "(updated)" in _x001_message(second)
        second.wait_for_function("v => caches.keys().then(keys => keys.join() === 'handbook-checker-' + v)",
                                 arg=new_version, timeout=60_000)
        second.close()
        context.set_offline(True)
        third = _visit(context, server.url + "checker/")
        offline = _x001_message(third)
        context.close()
    assert "(updated)" in offline


class _NoWasmPolicyHandler(_Handler):
    """Sends the documented policy without 'wasm-unsafe-eval': WebAssembly may not be compiled."""

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP.replace(" 'wasm-unsafe-eval'", ""))
        super().end_headers()


def test_webassembly_blocked_by_the_policy_is_said_within_five_seconds(chromium, built_site: Path) -> None:
    with SiteServer(built_site, prefix=SUB_PATH, handler_class=_NoWasmPolicyHandler) as server:
        context = chromium.new_context()
        page = context.new_page()
        page.goto(server.url + "checker/")
        page.focus(".hb-checker textarea")
        began = time.monotonic()
        page.wait_for_selector('.hb-checker[data-state="failed"]', timeout=5000)
        waited = time.monotonic() - began
        failure = page.get_attribute(".hb-checker", "data-failure")
        status = page.inner_text(".hb-checker__status")
        context.close()
    assert failure == "wasm-blocked", status
    assert "wasm-unsafe-eval" in status and waited < 5
