"""Driving the in-page checker from Playwright, and the command line's answers to compare with."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from checks.cli import main as cli_main

READY_TIMEOUT_MS = 60_000
CLIPBOARD = ["clipboard-read", "clipboard-write"]

_READ = """
() => {
  const root = document.querySelector('.hb-checker');
  const draft = root.querySelector('textarea').value;
  const findings = [...root.querySelectorAll('.hb-checker__finding')]
    .map(li => ({rule_id: li.dataset.ruleId, severity: li.dataset.severity,
                 start: Number(li.dataset.start), end: Number(li.dataset.end), index: Number(li.dataset.index),
                 slice: draft.slice(Number(li.dataset.start), Number(li.dataset.end))}))
    .sort((a, b) => a.index - b.index);
  const counters = Object.fromEntries([...root.querySelectorAll('.hb-checker__counter')]
    .map(li => [li.dataset.measure, Number(li.querySelector('.hb-checker__counter-value').dataset.value)]));
  const marked = root.querySelector('.hb-checker__marked');
  return {draft, findings, counters, marked: marked.textContent, marks: [...marked.querySelectorAll('mark')].map(m => m.textContent),
          manual: [...root.querySelectorAll('.hb-checker__manual-list li')].map(li => li.dataset.ruleId),
          announced: root.querySelector('[aria-live]').textContent};
}
"""


def wait_ready(page: Page) -> None:
    page.wait_for_selector('.hb-checker[data-state="ready"]', timeout=READY_TIMEOUT_MS)


def check(page: Page, text: str, platform: str = "x", account: str = "institutional") -> dict[str, Any]:
    """Put a draft into the page's (first) checker and read what it shows once it is current."""
    for name, value in (("platform", platform), ("account", account)):
        if page.input_value(f".hb-checker select[name={name}]") != value:
            page.select_option(f".hb-checker select[name={name}]", value)
    paste(page, text)
    page.wait_for_selector('.hb-checker[data-current="true"]', timeout=READY_TIMEOUT_MS)
    return page.evaluate(_READ)


def paste(page: Page, text: str) -> None:
    """Replace the draft by pasting, as a user does (the page's context needs clipboard permissions)."""
    page.evaluate("(text) => navigator.clipboard.writeText(text)", text)
    page.focus(".hb-checker textarea")
    page.keyboard.press("ControlOrMeta+A")
    if text:
        page.keyboard.press("ControlOrMeta+V")
    else:
        page.keyboard.press("Delete")


def read(page: Page) -> dict[str, Any]:
    return page.evaluate(_READ)


def cli_findings(text: str, platform: str, account: str, site: Path) -> list[dict[str, Any]]:
    """`python -m checks check - --format json --rules <site>/rules.json` for this draft, run in-process.

    The built site's rules.json is the rulebook its checker ships, so both sides use the same rules."""
    out = io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO(text + "\n")  # the line break `echo` adds, which the command line drops: it checks `text`
    try:
        with contextlib.redirect_stdout(out):
            code = cli_main(["check", "-", "--platform", platform, "--account", account, "--format", "json",
                             "--fail-on", "never", "--rules", str(site / "rules.json")])
    finally:
        sys.stdin = stdin
    assert code == 0
    return json.loads(out.getvalue())


def comparable(findings: list[dict[str, Any]]) -> list[tuple[str, str, int, int]]:
    """What the browser and the command line must agree on: rule IDs, severities, spans (UTF-16)."""
    return [(f["rule_id"], f["severity"], f.get("start_utf16", f.get("start")), f.get("end_utf16", f.get("end"))) for f in findings]
