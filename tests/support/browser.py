"""Headless Chromium (Debian's /usr/bin/chromium) through Playwright, and request recording.

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        with RequestLog(page) as log:
            page.goto(url)
        assert log.hosts() == {"127.0.0.1:8123"}
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, Playwright, Request

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


class RequestLog:
    """Records the URL of every request a page (and its workers) makes while attached.

    Playwright reports workers' requests on the page's context, so the log listens there.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.urls: list[str] = []

    def _record(self, request: Request) -> None:
        self.urls.append(request.url)

    def hosts(self) -> set[str]:
        """The network locations requested (`host:port`); data:, blob: and about: URLs excluded."""
        return {urlsplit(url).netloc for url in self.urls if urlsplit(url).scheme in ("http", "https", "ws", "wss")}

    def foreign(self, origin: str) -> list[str]:
        """Requested URLs that are neither on `origin` nor data:/blob:/about: URLs."""
        home = urlsplit(origin).netloc
        return [url for url in self.urls
                if urlsplit(url).scheme not in ("data", "blob", "about") and urlsplit(url).netloc != home]

    def __enter__(self) -> RequestLog:
        self.page.context.on("request", self._record)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.page.context.remove_listener("request", self._record)


AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page: Page, tags: list[str] = WCAG_22_AA) -> list[dict]:
    """axe-core's violations of these WCAG tags on the page as it is now (axe from node_modules)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", tags)
    return result["violations"]


def describe_violations(violations: list[dict]) -> str:
    """A readable summary: rule, impact, help and the first few offending elements."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)
