"""The checker's two ways to start, in headless Chromium: from the build's memory snapshot
(Python and the checker already made) and the full start it falls back to. Both must
give the same findings; a broken snapshot or a missing gzip file must not stop the checker."""

from __future__ import annotations

import gzip
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.checker.corpus import corpus
from tests.checker.driver import CLIPBOARD, check, comparable, wait_ready
from tests.conftest import SUB_PATH
from tests.support.server import SiteServer

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
