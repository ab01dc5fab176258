"""Start-up and bytes: the checker page next to a bare Pyodide page, in headless Chromium.

Both pages come from one local server that answers like a well-set-up production host
(versioned and hashed files cached for a year, everything else revalidated; no
on-the-fly compression), in the same run, interleaved:

- bare: a page whose module worker only runs `loadPyodide()` from the handbook's copy;
- checker: the handbook's checker page, a draft typed at once, until its first result.

Cold is a new browser profile (empty cache); warm is a second visit in the same profile.
Bytes are the response bodies the server sent. "If gzipped" is what the same files
would weigh if the server compressed them on the fly (gzip -6), worked out from the files.

    .venv/bin/python -m bench.startup [--site BUILT_SITE] [--runs 5]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, sync_playwright

from bench.report import median, publish, table
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS
from tests.support.build import build_site
from tests.support.server import Sent, SiteServer

ROOT = Path(__file__).resolve().parents[1]
DRAFT = "Today we met families in Mosul who returned home 👩‍👩‍👧 #migration @UNmigration https://www.iom.int/news"
TARGET_COLD_RATIO = 0.35
TARGET_WARM_S = 0.5

BARE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare loadPyodide</title></head>
<body><p id="out">loading</p><script type="module">
const worker = new Worker(new URL("worker.mjs", import.meta.url), {type: "module"});
worker.onmessage = (event) => { document.body.dataset.ready = "true"; document.getElementById("out").textContent = event.data; };
worker.postMessage(new URL("../handbook/assets/pyodide/VERSION/", location.href).href);
</script></body></html>
"""
BARE_WORKER = """self.onmessage = async (event) => {
  const { loadPyodide } = await import(event.data + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: event.data });
  self.postMessage(pyodide.version);
};
"""


@dataclass
class Visit:
    seconds: float
    sent: list[Sent]
    start: str = ""


def visit_bare(page: Page, url: str) -> str:
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector("body[data-ready]", timeout=120_000)
    return ""


def visit_checker(page: Page, url: str) -> str:
    page.goto(url, wait_until="domcontentloaded")
    page.fill(".hb-checker textarea", DRAFT)
    page.wait_for_selector('.hb-checker[data-current="true"]', timeout=120_000)
    return page.get_attribute(".hb-checker", "data-start") or ""


def timed(context: BrowserContext, server: SiteServer, url: str, visit: Callable[[Page, str], str]) -> Visit:
    server.clear()
    page = context.new_page()
    began = time.perf_counter()
    start = visit(page, url)
    seconds = time.perf_counter() - began
    page.close()
    return Visit(seconds, list(server.sent), start)


def body_bytes(visits: list[Visit], keep: Callable[[str], bool] = lambda path: True) -> int:
    return int(median([sum(s.body_bytes for s in v.sent if keep(s.path)) for v in visits]))


def gzipped_bytes(root: Path, visit: Visit) -> int:
    """What the visit's 200 answers would weigh gzip-compressed by the server."""
    total = 0
    for sent in visit.sent:
        if sent.status == 200:
            path = root / sent.path.lstrip("/")
            path = path / "index.html" if path.is_dir() else path
            total += len(gzip.compress(path.read_bytes(), compresslevel=6))
    return total


def pyodide_or_checker(path: str) -> bool:
    return "/assets/pyodide/" in path or "/assets/checker/" in path or path.startswith("/bare/worker")


def megabytes(count: float) -> str:
    return f"{count / 1e6:.2f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        site = args.site
        if site is None:
            site = root / "built"
            result = build_site(site)
            if result.returncode:
                sys.exit(result.stderr)
        (root / "handbook").symlink_to(site.resolve(), target_is_directory=True)
        version = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
        (root / "bare").mkdir()
        (root / "bare" / "index.html").write_text(BARE_PAGE.replace("VERSION", version), encoding="utf-8")
        (root / "bare" / "worker.mjs").write_text(BARE_WORKER, encoding="utf-8")

        pages = {"bare": (visit_bare, "bare/"), "checker": (visit_checker, "handbook/checker/")}
        cold: dict[str, list[Visit]] = {name: [] for name in pages}
        warm: dict[str, list[Visit]] = {name: [] for name in pages}
        with SiteServer(root, prefix="/", caching=True) as server, sync_playwright() as playwright:
            for _ in range(args.runs):
                for name, (visit, path) in pages.items():
                    with tempfile.TemporaryDirectory() as profile:  # a new profile: empty HTTP and code caches
                        context = playwright.chromium.launch_persistent_context(
                            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
                        context.pages[0].goto("about:blank")
                        cold[name].append(timed(context, server, server.url + path, visit))
                        warm[name].append(timed(context, server, server.url + path, visit))
                        context.close()
        gzipped = {name: gzipped_bytes(root, cold[name][0]) for name in pages}

    seconds = {(name, kind): [v.seconds for v in visits[name]] for kind, visits in (("cold", cold), ("warm", warm)) for name in pages}
    rows = []
    for kind in ("cold", "warm"):
        for name in pages:
            values = seconds[name, kind]
            rows.append([f"{name}, {kind}", f"{median(values):.2f}", f"{min(values):.2f}", f"{max(values):.2f}"])
    cold_ratio = median(seconds["checker", "cold"]) / median(seconds["bare", "cold"])
    warm_ratio = median(seconds["checker", "warm"]) / median(seconds["bare", "warm"])
    starts = sorted({v.start for v in cold["checker"] + warm["checker"]})
    startup = (
        f"## Time to first result ({args.runs} interleaved runs; seconds)\n\n"
        + table(["page, visit", "median", "min", "max"], rows)
        + f"\n\nRatio checker / bare, cold: **{cold_ratio:.2f}** (target ≤ {TARGET_COLD_RATIO}); "
        f"warm: **{warm_ratio:.2f}**. Checker warm: **{median(seconds['checker', 'warm']):.2f} s** "
        f"(target ≤ {TARGET_WARM_S} s). The checker started from: {', '.join(starts)}."
    )

    byte_rows = []
    for name in pages:
        first, second = cold[name], warm[name]
        revalidated = int(median([sum(1 for s in v.sent if s.status == 304) for v in second]))
        byte_rows.append([
            name,
            megabytes(body_bytes(first, pyodide_or_checker)),
            megabytes(body_bytes(first)),
            megabytes(gzipped[name]),
            megabytes(body_bytes(second)),
            f"{int(median([len(v.sent) for v in second]))} ({revalidated} answered 304)",
        ])
    bare_core = body_bytes(cold["bare"], pyodide_or_checker)
    ours = body_bytes(cold["checker"], pyodide_or_checker)
    transfers = (
        "## Bytes transferred (response bodies)\n\n"
        + table(["page", "first visit: Pyodide + checker files", "first visit: everything",
                 "first visit if the server gzipped", "second visit", "second visit: requests"], byte_rows)
        + f"\n\nChecker's Pyodide and checker files over the bare Pyodide core, first visit: **{ours / bare_core:.2f}** "
        f"(target ≤ 1.00); if the server gzipped both: {gzipped['checker'] / gzipped['bare']:.2f} "
        "(whole pages, the checker page's HTML, theme and search included)."
    )
    files = sorted({(s.path, s.body_bytes) for s in cold["checker"][0].sent if pyodide_or_checker(s.path)}, key=lambda x: -x[1])
    listing = "## What the checker page downloads first (cold, first run)\n\n" + table(
        ["file", "bytes"], [[path.rsplit("/", 2)[-2] + "/" + path.rsplit("/", 1)[-1], f"{size:,}"] for path, size in files])
    publish("startup", "Checker start-up and bytes, next to bare Pyodide", [startup, transfers, listing])


if __name__ == "__main__":
    main()
