"""axe-core finds no WCAG 2.2 AA violation on the kinds of page the handbook has, in light and dark mode."""

from __future__ import annotations

import re

import pytest

from checks.parse import parse_tree
from tests.support.browser import axe_violations, describe_violations
from tests.site.pages import page_dir
from tests.support.build import ROOT

pytestmark = [pytest.mark.site, pytest.mark.browser]

_REFRESH = re.compile(rb'<meta http-equiv="refresh"[^>]*>')


def audit(chromium, url: str, scheme: str) -> str:
    """The violations on the page at `url`, described; a short-link page is audited where it stands."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    if "/r/" in url:  # keep the page from moving on to the card, so that axe audits the short-link page itself
        page.route(url, lambda route: route.fulfill(response=(response := route.fetch()),
                                                      body=_REFRESH.sub(b"", response.body())))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    assert page.url == url
    violations = axe_violations(page)
    context.close()
    return describe_violations(violations)


def real_pages() -> list[str]:
    first = parse_tree(ROOT / "docs").rules[0]
    return ["", "rules/", page_dir(first), f"r/{first.id}/", "reference/authoring/"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", real_pages(), ids=["home", "rules-index", "guideline", "short-link", "authoring-code-blocks"])
def test_handbook_page_has_no_wcag_violation(chromium, site_server, path: str, scheme: str) -> None:
    assert audit(chromium, site_server.url + path, scheme) == ""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["guide/posting/", "guide/history/", "r/T-010/", "r/T-011/"])
def test_fixture_page_has_no_wcag_violation(chromium, fixture_server, path: str, scheme: str) -> None:
    """Superseded and retired rules' short-link pages and cards (the handbook may have none yet)."""
    assert audit(chromium, fixture_server.url + path, scheme) == ""
