"""The real handbook (docs/), built once with `mkdocs build --strict`: every rule reachable, as promised."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checks.model import Rulebook
from checks.parse import parse_tree
from tests.support.build import ROOT
from tests.support.browser import RequestLog
from tests.site.pages import page_dir

pytestmark = [pytest.mark.site]


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return parse_tree(ROOT / "docs")


def test_the_handbook_has_rules(rulebook: Rulebook) -> None:
    assert len(rulebook.rules) >= 5


def test_every_rule_has_its_anchor_on_its_page(built_site: Path, rulebook: Rulebook) -> None:
    missing = []
    for rule in rulebook.rules:
        html = (built_site / page_dir(rule) / "index.html").read_text(encoding="utf-8")
        if f'id="{rule.anchor}"' not in html:
            missing.append(f"{rule.id} on {page_dir(rule)}")
    assert missing == []


def test_every_rule_has_a_short_link_page_that_leads_to_it(built_site: Path, rulebook: Rulebook) -> None:
    for rule in rulebook.rules:
        html = (built_site / "r" / rule.id / "index.html").read_text(encoding="utf-8")
        target = f"../../{page_dir(rule)}#{rule.anchor}"
        assert f'href="{target}"' in html, rule.id
        refresh = f'<meta http-equiv="refresh" content="0; url={target}">'
        assert (refresh in html) == (rule.status == "active"), rule.id


def test_the_rules_index_has_a_row_per_rule(built_site: Path, rulebook: Rulebook) -> None:
    html = (built_site / "rules" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr id="([a-z0-9-]+)"', html)
    assert rows == [rule.anchor for rule in rulebook.rules]


def test_rules_json_is_the_compiled_rulebook(built_site: Path, rulebook: Rulebook) -> None:
    published = Rulebook.loads((built_site / "rules.json").read_text(encoding="utf-8"))
    assert published.to_json() == rulebook.to_json()


def test_every_rule_is_recorded_in_the_registry(rulebook: Rulebook) -> None:
    """A rule that reaches main is published: its ID must be in the committed registry."""
    from checks import registry

    published = registry.load(ROOT / registry.DEFAULT_FILE)
    new = [rule.id for rule in registry.unrecorded(rulebook, published)]
    assert new == [], f"record them: .venv/bin/python -m checks.registry record  ({len(new)} new: {', '.join(new[:10])})"


@pytest.mark.browser
def test_pages_request_nothing_from_another_host(chromium, site_server, rulebook: Rulebook) -> None:
    first = rulebook.rules[0]
    page = chromium.new_page()
    with RequestLog(page) as log:
        for path in ("", "rules/", page_dir(first), f"r/{first.id}/", "404.html"):
            page.goto(site_server.url + path)
            page.wait_for_load_state("networkidle")
    page.close()
    assert log.urls
    assert log.foreign(site_server.origin) == []


@pytest.mark.browser
def test_a_short_link_lands_on_its_card_under_a_sub_path(chromium, site_server, rulebook: Rulebook) -> None:
    rule = rulebook.active()[-1]
    page = chromium.new_page(viewport={"width": 1280, "height": 800})
    page.goto(site_server.url + f"r/{rule.id}/")
    page.wait_for_url(site_server.url + page_dir(rule) + "#" + rule.anchor)
    box = page.evaluate("""id => {
        const card = document.getElementById(id).closest('article');
        return {card: card.getBoundingClientRect().top, header: document.querySelector('.md-header').getBoundingClientRect().bottom,
                height: window.innerHeight};
    }""", rule.anchor)
    page.close()
    assert box["header"] <= box["card"] < box["height"] / 2, box


def test_search_finds_every_rule_by_its_card(built_site: Path, rulebook: Rulebook) -> None:
    search = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in search["docs"]}
    assert [rule.id for rule in rulebook.rules if f"{page_dir(rule)}#{rule.anchor}" not in locations] == []
