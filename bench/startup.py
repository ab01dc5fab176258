"""Start-up and bytes: the checker page next to a bare Pyodide page, in headless Chromium.

Both pages come from one local server that answers like a well-set-up production host
(versioned and hashed files cached for a year, everything else revalidated; the build's
precompressed `.gz` copies sent with `Content-Encoding: gzip` to both pages alike, and
small text files gzipped on the fly), in the same run, interleaved:

- bare: a page whose module worker only runs `loadPyodide()` from the handbook's copy;
- checker: the handbook's checker page, a draft typed at once, until its first result.

Cold is a new browser profile (empty cache); warm is a second visit in the same profile.
Bytes are the response bodies the server sent (compressed where it compressed).
Link profiles are Chromium's network emulation (CDP Network.emulateNetworkConditions):
local (none); 10 Mbit/s, 40 ms; 4 Mbit/s, 80 ms; 1.5 Mbit/s, 150 ms.

    .venv/bin/python -m bench.startup [--site BUILT_SITE] [--runs 5] [--profiles local,10mbit,4mbit,1.5mbit]
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
from tests.support.server import _Handler
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


PROFILES = {  # name: (bytes per second, round-trip latency in ms); None: no emulation
    "local": None,
    "10mbit": (10_000_000 // 8, 40),
    "4mbit": (4_000_000 // 8, 80),
    "1.5mbit": (1_500_000 // 8, 150),
}
COMPRESSIBLE = (".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".xml")


class GzipHandler(_Handler):
    """Sends `file.gz` (the build's precompressed copy) with Content-Encoding: gzip, as nginx's
    gzip_static does, and gzips other compressible files on the fly."""

    encoded: bool = False

    def send_head(self):  # type: ignore[override]
        self.encoded = "gzip" in self.headers.get("Accept-Encoding", "")
        return super().send_head()

    def translate_path(self, path: str) -> str:
        real = super().translate_path(path)
        if self.encoded and real.endswith(COMPRESSIBLE):
            packed = Path(real + ".gz")
            if not packed.exists() and Path(real).is_file():
                packed = Path(tempfile.gettempdir()) / "bench-startup-gzip" / (real.replace("/", "_") + ".gz")
                packed.parent.mkdir(exist_ok=True)
                packed.write_bytes(gzip.compress(Path(real).read_bytes(), compresslevel=6))
            if packed.exists():
                self.gzip_path = str(packed)
                return str(packed)
        self.gzip_path = ""
        return real

    def guess_type(self, path):  # type: ignore[no-untyped-def]
        if getattr(self, "gzip_path", "") and str(path) == self.gzip_path:
            return super().guess_type(str(path)[: -len(".gz")].rsplit("/", 1)[-1].rsplit("_", 1)[-1])
        return super().guess_type(path)

    def end_headers(self) -> None:
        if getattr(self, "gzip_path", "") and self.status == 200:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        super().end_headers()


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


def timed(context: BrowserContext, server: SiteServer, url: str, visit: Callable[[Page, str], str],
          link: tuple[int, int] | None = None) -> Visit:
    server.clear()
    page = context.new_page()
    if link:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions",
                 {"offline": False, "latency": link[1], "downloadThroughput": link[0], "uploadThroughput": link[0]})
    began = time.perf_counter()
    start = visit(page, url)
    seconds = time.perf_counter() - began
    page.close()
    return Visit(seconds, list(server.sent), start)


def body_bytes(visits: list[Visit], keep: Callable[[str], bool] = lambda path: True) -> int:
    return int(median([sum(s.body_bytes for s in v.sent if keep(s.path)) for v in visits]))


def pyodide_or_checker(path: str) -> bool:
    return "/assets/pyodide/" in path or "/assets/checker/" in path or path.startswith("/bare/worker")


def megabytes(count: float) -> str:
    return f"{count / 1e6:.2f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profiles", default=",".join(PROFILES),
                        help=f"comma-separated link profiles among {', '.join(PROFILES)}")
    args = parser.parse_args()
    profiles = [name.strip() for name in args.profiles.split(",") if name.strip()]
    unknown = [name for name in profiles if name not in PROFILES]
    if unknown:
        sys.exit(f"unknown profile(s): {', '.join(unknown)}")

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
        cold: dict[tuple[str, str], list[Visit]] = {(profile, name): [] for profile in profiles for name in pages}
        warm: dict[tuple[str, str], list[Visit]] = {(profile, name): [] for profile in profiles for name in pages}
        with SiteServer(root, prefix="/", caching=True, handler_class=GzipHandler) as server, sync_playwright() as playwright:
            for profile in profiles:
                link = PROFILES[profile]
                for _ in range(args.runs):
                    for name, (visit, path) in pages.items():
                        with tempfile.TemporaryDirectory() as folder:  # a new profile: empty HTTP and code caches
                            context = playwright.chromium.launch_persistent_context(
                                folder, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
                            context.pages[0].goto("about:blank")
                            cold[profile, name].append(timed(context, server, server.url + path, visit, link))
                            warm[profile, name].append(timed(context, server, server.url + path, visit, link))
                            context.close()
                        print(f"{profile} {name}: cold {cold[profile, name][-1].seconds:.2f} s, "
                              f"warm {warm[profile, name][-1].seconds:.2f} s", file=sys.stderr, flush=True)

    rows = []
    for profile in profiles:
        c = {name: median([v.seconds for v in cold[profile, name]]) for name in pages}
        w = {name: median([v.seconds for v in warm[profile, name]]) for name in pages}
        cb = {name: body_bytes(cold[profile, name]) for name in pages}
        starts = sorted({v.start for v in cold[profile, "checker"] + warm[profile, "checker"]})
        rows.append([
            profile,
            f"{c['bare']:.2f}", f"{c['checker']:.2f}", f"**{c['checker'] / c['bare']:.2f}**",
            f"{w['bare']:.2f}", f"{w['checker']:.2f}",
            megabytes(cb["bare"]), megabytes(cb["checker"]), f"{cb['checker'] / cb['bare']:.2f}",
            megabytes(body_bytes(warm[profile, "checker"])), ", ".join(starts),
        ])
    startup = (
        f"## Time to first result and bytes, per link ({args.runs} run(s) each; seconds; bodies as sent, gzip on)\n\n"
        + table(["link", "bare cold", "checker cold", "ratio", "bare warm", "checker warm",
                 "bare bytes (cold)", "checker bytes (cold)", "bytes ratio", "checker bytes (warm)", "start"], rows)
        + f"\n\nTargets: cold ratio ≤ 0.8 on real links and ≤ {TARGET_COLD_RATIO} locally; warm ≤ {TARGET_WARM_S} s; "
        "first-visit bytes ≤ 0.75× the bare page's on the slow links."
    )
    first = cold[profiles[0], "checker"][0]
    files = sorted({(s.path, s.body_bytes) for s in first.sent if pyodide_or_checker(s.path)}, key=lambda x: -x[1])
    listing = f"## What the checker page downloads first ({profiles[0]}, cold, first run)\n\n" + table(
        ["file", "bytes"], [[path.rsplit("/", 2)[-2] + "/" + path.rsplit("/", 1)[-1], f"{size:,}"] for path, size in files])
    publish("startup", "Checker start-up and bytes per link, next to bare Pyodide", [startup, listing])


if __name__ == "__main__":
    main()
