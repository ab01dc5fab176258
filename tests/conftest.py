"""Session-wide fixtures for browser and site tests (see tests/support/).

- `chromium`: one headless Chromium for the whole session.
- `built_site`: the real docs/ built once with `mkdocs build --strict` into a temporary directory.
- `site_server`: that build served under the sub-path /handbooks/social-media/ (as on the intranet).
- `fixture_site`, `fixture_server`, `fixture_rulebook`: the same for tests/site/fixtures/basic, a small
  handbook with every kind of rule (automatic, manual, superseded, retired) and its own registry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.build import build_site, fixture_tree
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


@pytest.fixture(scope="session")
def fixture_tree_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_tree("basic", tmp_path_factory.mktemp("fixture-tree"))


@pytest.fixture(scope="session")
def fixture_rulebook(fixture_tree_dir: Path):  # -> checks.model.Rulebook
    from checks.parse import parse_tree

    return parse_tree(fixture_tree_dir / "docs")


@pytest.fixture(scope="session")
def fixture_site(fixture_tree_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("fixture-site")
    result = build_site(site, docs_dir=fixture_tree_dir / "docs")
    if result.returncode != 0:
        pytest.fail(f"building the fixture site failed:\n{result.stderr}", pytrace=False)
    return site


@pytest.fixture(scope="session")
def fixture_server(fixture_site: Path) -> Iterator[SiteServer]:
    with SiteServer(fixture_site, prefix=SUB_PATH) as server:
        yield server
