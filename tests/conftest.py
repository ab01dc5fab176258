"""Session-wide fixtures for browser and site tests (see tests/support/).

- `chromium`: one headless Chromium for the whole session.
- `built_site`: the real docs/ built once with `mkdocs build --strict` into a temporary directory.
- `site_server`: that build served under the sub-path /handbooks/social-media/ (as on the intranet).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.build import build_site
from tests.support.server import SiteServer

SUB_PATH = "/handbooks/social-media/"


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def chromium(playwright_instance):  # -> playwright.sync_api.Browser
    from tests.support.browser import launch_chromium

    browser = launch_chromium(playwright_instance)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = build_site(site)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stderr}", pytrace=False)
    return site


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[SiteServer]:
    with SiteServer(built_site, prefix=SUB_PATH) as server:
        yield server
