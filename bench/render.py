"""The in-page checker's longest main-thread task while it shows many findings.

A Instagram caption of N hashtags gives about N findings (one per hashtag past the limit).
For each N the page gets the draft, and a PerformanceObserver in the page records "longtask"
entries from the moment the draft is handed over until the results are drawn (plus a short
settling time); the longest is printed, in milliseconds.

    .venv/bin/python -m bench.render --site BUILT_SITE [--counts 2000 5000 20000] [--js OTHER_checker.js]

`--js` serves another checker.js in the same site (e.g. `git show HEAD~1:docs/assets/checker/checker.js`)
to measure before and after a change.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.support.browser import launch_chromium
from tests.support.server import SiteServer

PREFIX = "/handbooks/social-media/"

MEASURE = """async (text) => {
  const root = document.querySelector('.hb-checker');
  const area = root.querySelector('textarea');
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  observer.observe({type: 'longtask'});
  const done = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (root.dataset.current === 'true') { watch.disconnect(); resolve(); }
    });
    watch.observe(root, {attributes: true, attributeFilter: ['data-current']});
  });
  area.value = text;
  area.dispatchEvent(new Event('input', {bubbles: true}));
  await done;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  observer.disconnect();
  return {longest: Math.max(0, ...tasks), findings: root.querySelectorAll('.hb-checker__finding').length,
          marks: root.querySelectorAll('.hb-checker__marked mark').length};
}"""


def caption(count: int) -> str:
    return " ".join(f"#tag{i}" for i in range(count))


def measure(site: Path, counts: list[int]) -> list[tuple[int, dict]]:
    rows = []
    with SiteServer(site, prefix=PREFIX) as server, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for count in counts:
            page = browser.new_page()
            page.goto(server.url + "checker/?checker-timeout=120000")
            page.wait_for_selector('.hb-checker[data-state="ready"]', timeout=60_000)
            page.select_option(".hb-checker select[name=platform]", "instagram")
            page.wait_for_selector('.hb-checker[data-current="true"]', timeout=60_000)
            rows.append((count, page.evaluate(MEASURE, caption(count))))
            page.close()
        browser.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True, help="a built site (mkdocs build)")
    parser.add_argument("--counts", type=int, nargs="+", default=[2000, 5000, 20000])
    parser.add_argument("--js", type=Path, help="serve this checker.js instead of the site's")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site
        if args.js:
            site = Path(scratch) / "site"
            shutil.copytree(args.site, site)
            shutil.copyfile(args.js, site / "assets" / "checker" / "checker.js")
        for count, row in measure(site, args.counts):
            print(f"{count:>6} hashtags: longest main-thread task {row['longest']:8.0f} ms"
                  f"  (finding items drawn: {row['findings']}, marks: {row['marks']})")


if __name__ == "__main__":
    main()
