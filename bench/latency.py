"""Per-check latency, p50 and p95, for 280-, 2,200- and 60,000-character drafts on every platform.

Side by side, on the same drafts:
- CPython: `Checker.report_json` (the call the page's worker makes), in this process;
- Pyodide under Node: the same call on the site's bundle (bench/latency.mjs);
- Chromium: the checker page itself. "worker" is the Python call inside the page's
  worker; "round trip" runs from handing the draft to the worker to the result drawn
  on the page (the typing debounce before it is not included).

Each cell: p50 / p95 in milliseconds over --repeats fresh drafts (plus one warm-up).

    .venv/bin/python -m bench.latency [--site BUILT_SITE] [--repeats 20] [--skip-browser]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bench.drafts import draft
from bench.report import percentile, publish, table
from checks.model import PLATFORMS
from checks.summary import Checker
from tests.support.browser import launch_chromium
from tests.support.build import build_site
from tests.support.server import SiteServer

ROOT = Path(__file__).resolve().parents[1]
SIZES = (280, 2_200, 60_000)
ACCOUNT = "institutional"
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


def drafts_for(repeats: int) -> dict[int, list[str]]:
    return {size: [draft(size, variant) for variant in range(repeats + 1)] for size in SIZES}


def cpython(checker: Checker, drafts: dict[int, list[str]]) -> dict[tuple[str, int], list[float]]:
    times: dict[tuple[str, int], list[float]] = {}
    for platform in PLATFORMS:
        for size, texts in drafts.items():
            checker.report_json(texts[0], platform, ACCOUNT)
            cell = times[platform, size] = []
            for text in texts[1:]:
                began = time.perf_counter()
                checker.report_json(text, platform, ACCOUNT)
                cell.append((time.perf_counter() - began) * 1000)
    return times


def node(site: Path, drafts: dict[int, list[str]], scratch: Path) -> dict[tuple[str, int], list[float]]:
    bundle = next((site / "assets" / "checker").glob("checker-*.zip"))
    pyodide = next((site / "assets" / "pyodide").iterdir())
    spec = scratch / "drafts.json"
    spec.write_text(json.dumps({"platforms": list(PLATFORMS), "account": ACCOUNT,
                                "drafts": {str(size): texts for size, texts in drafts.items()}}), encoding="utf-8")
    result = subprocess.run(["node", str(ROOT / "bench" / "latency.mjs"), str(pyodide), str(bundle), str(spec)],
                            capture_output=True, text=True, check=True)
    raw = json.loads(result.stdout)
    return {(platform, size): raw[f"{platform} {size}"] for platform in PLATFORMS for size in SIZES}


def browser(site: Path, drafts: dict[int, list[str]]) -> tuple[dict, dict]:
    in_worker: dict[tuple[str, int], list[float]] = {}
    round_trip: dict[tuple[str, int], list[float]] = {}
    with SiteServer(site, prefix="/") as server, sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        page: Page = chromium.new_page()
        page.goto(server.url + "checker/")
        page.wait_for_selector('.hb-checker[data-state="ready"]', timeout=120_000)
        for platform in PLATFORMS:
            page.select_option(".hb-checker select[name=platform]", platform)
            page.select_option(".hb-checker select[name=account]", ACCOUNT)
            for size, texts in drafts.items():
                page.evaluate(CHECK_IN_PAGE, texts[0])
                worker_cell = in_worker[platform, size] = []
                trip_cell = round_trip[platform, size] = []
                for text in texts[1:]:
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
    parser.add_argument("--skip-browser", action="store_true")
    args = parser.parse_args()
    drafts = drafts_for(args.repeats)

    with tempfile.TemporaryDirectory() as temp:
        site = args.site
        if site is None:
            site = Path(temp) / "built"
            result = build_site(site)
            if result.returncode:
                sys.exit(result.stderr)
        rules = next((site / "assets" / "checker").glob("checker-*.zip"))
        columns = {"CPython": cpython(Checker.from_json(_rules_json(rules)), drafts),
                   "Pyodide in Node": node(site, drafts, Path(temp))}
        if not args.skip_browser:
            columns["Chromium worker"], columns["Chromium round trip"] = browser(site, drafts)

    sections = []
    for size in SIZES:
        rows = [[platform] + [cell(times[platform, size]) for times in columns.values()] for platform in PLATFORMS]
        worst = {name: max(percentile(times[p, size], 0.95) for p in PLATFORMS) for name, times in columns.items()}
        target = f" Target: p95 ≤ {TARGETS_MS[size]:.0f} ms in the browser." if size in TARGETS_MS else ""
        sections.append(
            f"## {size:,}-character drafts (p50 / p95, ms; {args.repeats} drafts per cell)\n\n"
            + table(["platform", *columns], rows)
            + "\n\nWorst p95: " + "; ".join(f"{name} {value:.1f} ms" for name, value in worst.items()) + "." + target
        )
    publish("latency", "Per-check latency", sections)


def _rules_json(bundle: Path) -> str:
    """The rules the site's bundle carries, so every column checks against the same rulebook."""
    import zipfile

    with zipfile.ZipFile(bundle) as archive:
        return archive.read("checks/rules.json").decode("utf-8")


if __name__ == "__main__":
    main()
