"""Benchmark the in-page checker in headless Chromium (not a test: it prints numbers).

1. Time from opening the checker page (draft typed at once) to the first result, side
   by side with a bare page that only runs `loadPyodide()` in a module worker, from the
   same server in the same run, interleaved; and their ratio.
2. Per-check latency for 280-, 2,200- and 60,000-character drafts: the time Python
   takes inside the worker, and from the input event to the rendered result (this
   includes the checker's debounce).

    .venv/bin/python bench/checker.py [--site BUILT_SITE] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from tests.support.browser import launch_chromium  # noqa: E402
from tests.support.build import build_site  # noqa: E402
from tests.support.server import SiteServer  # noqa: E402

DEBOUNCE_MS = 200
SIZES = (280, 2_200, 60_000)
SAMPLE = ("Today we met families in Mosul who returned home after years away 👩‍👩‍👧‍👦 漢字 e\u0301te\u0301. "
          "Read their stories: https://www.iom.int/news #migration #IOM @UNmigration\n\n")

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


def draft_of(length: int) -> str:
    return (SAMPLE * (length // len(SAMPLE) + 1))[:length]


def time_bare(page: Page, url: str) -> float:
    began = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector("body[data-ready]", timeout=120_000)
    return time.perf_counter() - began


def time_checker(page: Page, url: str) -> float:
    began = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    page.fill(".hb-checker textarea", SAMPLE)
    page.wait_for_selector('.hb-checker[data-current="true"]', timeout=120_000)
    return time.perf_counter() - began


ROUND_TRIP = """async (text) => {
  const root = document.querySelector('.hb-checker');
  const area = root.querySelector('textarea');
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.dataset.current === 'true') { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(root, {attributes: true, attributeFilter: ['data-current']});
  });
  area.value = text;
  const began = performance.now();
  area.dispatchEvent(new Event('input', {bubbles: true}));
  const ended = await done;
  return [ended - began, Number(root.dataset.lastCheckMs)];
}"""


def per_check(page: Page, length: int, repeats: int) -> tuple[list[float], list[float]]:
    round_trips, in_worker = [], []
    base = draft_of(length)
    for number in range(repeats + 1):
        text = base[:-1] + "abcdefghij"[number % 10]  # a new draft each time
        total, python = page.evaluate(ROUND_TRIP, text)
        if number:  # the first check after a size change warms caches; keep the rest
            round_trips.append(total)
            in_worker.append(python)
    return round_trips, in_worker


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

        with SiteServer(root, prefix="/") as server, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            bare, checker = [], []
            for _ in range(args.runs):
                for name, timer, url, into in (("bare", time_bare, server.url + "bare/", bare),
                                               ("checker", time_checker, server.url + "handbook/checker/", checker)):
                    context = browser.new_context()
                    into.append(timer(context.new_page(), url))
                    context.close()

            context = browser.new_context()
            page = context.new_page()
            page.goto(server.url + "handbook/checker/")
            page.wait_for_selector('.hb-checker[data-state="ready"]', timeout=120_000)
            latencies = {length: per_check(page, length, repeats=5) for length in SIZES}
            context.close()
            browser.close()

    median = statistics.median
    print(f"Start-up, {args.runs} interleaved runs each (seconds; median, min, max)")
    print(f"{'page':<44}{'median':>8}{'min':>8}{'max':>8}")
    print(f"{'bare loadPyodide() in a module worker':<44}{median(bare):8.2f}{min(bare):8.2f}{max(bare):8.2f}")
    print(f"{'checker page: open -> first result':<44}{median(checker):8.2f}{min(checker):8.2f}{max(checker):8.2f}")
    print(f"ratio checker / bare (medians): {median(checker) / median(bare):.2f}")
    print()
    print("Per check, 5 drafts each (milliseconds; median)")
    print(f"{'draft':>10}{'Python in worker':>18}{'input -> shown':>16}{'minus debounce':>16}")
    for length, (round_trips, in_worker) in latencies.items():
        print(f"{length:>10,}{median(in_worker):18.1f}{median(round_trips):16.1f}{median(round_trips) - DEBOUNCE_MS:16.1f}")


if __name__ == "__main__":
    main()
