"""Per-check latency, p50 and p95, for 280-, 2,200- and 60,000-character drafts on every platform.

Side by side, on the same drafts (bench/drafts.py), every platform with the
organisation's account and `any` with a personal one:
- CPython: `Checker.report_json` (the call the page's worker makes), in this process
  (wall clock; "CPython CPU" is this process's CPU time, steadier on a busy machine);
- Pyodide under Node: the same call on the site's bundle (bench/latency.mjs);
- Chromium: the checker page itself. "worker" is the Python call inside the page's
  worker; "round trip" runs from handing the draft to the worker to the result drawn
  on the page (the typing debounce before it is not included).

Each cell: p50 / p95 in milliseconds over --repeats fresh drafts (plus one warm-up).

    .venv/bin/python -m bench.latency [--site BUILT_SITE] [--repeats 20]
    .venv/bin/python -m bench.latency --cpython-only       # quick, while working on the engine
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bench.drafts import drafts
from bench.report import percentile, publish, table
from checks import load_rulebook
from checks.model import PLATFORMS
from checks.summary import Checker
from tests.support.browser import launch_chromium
from tests.support.build import build_site
from tests.support.server import SiteServer

ROOT = Path(__file__).resolve().parents[1]
SIZES = (280, 2_200, 60_000)
CASES = [(platform, "institutional") for platform in PLATFORMS] + [("any", "personal")]
TARGETS_MS = {2_200: 16.0, 60_000: 100.0}

CHECK_IN_PAGE = """async (text) => {
  const root = document.querySelector('.hb-checker');
  const area = root.querySelector('textarea');
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.dataset.current === 'true') { observer.disconnect(); resolve(); }
    });
    observer.observe(root, {attributes: true, attributeFilter: ['data-current']});
  });
  area.value = text;
  area.dispatchEvent(new Event('input', {bubbles: true}));
  await done;
  return [Number(root.dataset.lastCheckMs), Number(root.dataset.lastRoundTripMs)];
}"""


Times = dict[tuple[str, str, int], list[float]]
"""(platform, account, size) -> milliseconds per check"""


def cpython(checker: Checker, texts: dict[int, list[str]]) -> tuple[Times, Times]:
    wall: Times = {}
    cpu: Times = {}
    for platform, account in CASES:
        for size, drafts_ in texts.items():
            checker.report_json(drafts_[0], platform, account)
            wall_cell = wall[platform, account, size] = []
            cpu_cell = cpu[platform, account, size] = []
            for text in drafts_[1:]:
                began, began_cpu = time.perf_counter(), time.process_time()
                checker.report_json(text, platform, account)
                wall_cell.append((time.perf_counter() - began) * 1000)
                cpu_cell.append((time.process_time() - began_cpu) * 1000)
    return wall, cpu


def node(site: Path, texts: dict[int, list[str]], scratch: Path) -> Times:
    bundle = next((site / "assets" / "checker").glob("checker-*.zip"))
    pyodide = next((site / "assets" / "pyodide").iterdir())
    spec = scratch / "drafts.json"
    spec.write_text(json.dumps({"cases": CASES, "drafts": {str(size): d for size, d in texts.items()}}), encoding="utf-8")
    result = subprocess.run(["node", str(ROOT / "bench" / "latency.mjs"), str(pyodide), str(bundle), str(spec)],
                            capture_output=True, text=True, check=True)
    raw = json.loads(result.stdout)
    return {(platform, account, size): raw[f"{platform} {account} {size}"] for platform, account in CASES for size in SIZES}


def browser(site: Path, texts: dict[int, list[str]]) -> tuple[Times, Times]:
    in_worker: Times = {}
    round_trip: Times = {}
    with SiteServer(site, prefix="/") as server, sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        page: Page = chromium.new_page()
        page.goto(server.url + "checker/")
        page.wait_for_selector('.hb-checker[data-state="ready"]', timeout=120_000)
        for platform, account in CASES:
            page.select_option(".hb-checker select[name=platform]", platform)
            page.select_option(".hb-checker select[name=account]", account)
            for size, drafts_ in texts.items():
                page.evaluate(CHECK_IN_PAGE, drafts_[0])
                worker_cell = in_worker[platform, account, size] = []
                trip_cell = round_trip[platform, account, size] = []
                for text in drafts_[1:]:
                    python_ms, trip_ms = page.evaluate(CHECK_IN_PAGE, text)
                    worker_cell.append(python_ms)
                    trip_cell.append(trip_ms)
        chromium.close()
    return in_worker, round_trip


def cell(values: list[float]) -> str:
    return f"{percentile(values, 0.5):.1f} / {percentile(values, 0.95):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--cpython-only", action="store_true", help="no site, no Node, no browser")
    args = parser.parse_args()
    texts = {size: drafts(size, args.repeats + 1) for size in SIZES}

    with tempfile.TemporaryDirectory() as temp:
        if args.cpython_only:
            columns = dict(zip(("CPython", "CPython CPU"), cpython(Checker(load_rulebook()), texts)))
        else:
            site = args.site
            if site is None:
                site = Path(temp) / "built"
                result = build_site(site)
                if result.returncode:
                    sys.exit(result.stderr)
            rules = next((site / "assets" / "checker").glob("checker-*.zip"))
            columns = dict(zip(("CPython", "CPython CPU"), cpython(Checker.from_json(_rules_json(rules)), texts)))
            columns["Pyodide in Node"] = node(site, texts, Path(temp))
            columns["Chromium worker"], columns["Chromium round trip"] = browser(site, texts)

    sections = []
    for size in SIZES:
        rows = [[platform, account] + [cell(times[platform, account, size]) for times in columns.values()]
                for platform, account in CASES]
        worst = {name: max(percentile(times[case + (size,)], 0.95) for case in CASES) for name, times in columns.items()}
        target = f" Target: p95 ≤ {TARGETS_MS[size]:.0f} ms in the browser." if size in TARGETS_MS else ""
        sections.append(
            f"## {size:,}-character drafts (p50 / p95, ms; {args.repeats} drafts per cell)\n\n"
            + table(["platform", "account", *columns], rows)
            + "\n\nWorst p95: " + "; ".join(f"{name} {value:.1f} ms" for name, value in worst.items()) + "." + target
        )
    publish("latency", "Per-check latency", sections)


def _rules_json(bundle: Path) -> str:
    """The rules the site's bundle carries, so every column checks against the same rulebook."""
    with zipfile.ZipFile(bundle) as archive:
        return archive.read("checks/rules.json").decode("utf-8")


if __name__ == "__main__":
    main()
