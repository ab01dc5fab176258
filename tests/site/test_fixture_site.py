"""The site's behaviour in headless Chromium, on the fixture handbook served under a sub-path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.model import Rulebook
from tests.support.browser import RequestLog

pytestmark = [pytest.mark.site, pytest.mark.browser]

POSTING = "guide/posting/"


def card_position(page, rule_id: str) -> dict[str, float]:
    return page.evaluate(
        """id => {
            const card = document.querySelector(`article[data-rule-id="${id}"]`);
            const header = document.querySelector('.md-header');
            return {card: card.getBoundingClientRect().top, heading: document.getElementById(id.toLowerCase()).getBoundingClientRect().top,
                    header: header.getBoundingClientRect().bottom, viewport: window.innerHeight};
        }""",
        rule_id,
    )


def test_every_rule_has_its_anchor_and_short_link_page(fixture_site: Path, fixture_rulebook: Rulebook) -> None:
    pages = {"T-001": POSTING, "T-002": POSTING, "T-003": POSTING, "T-010": "guide/history/", "T-011": "guide/history/"}
    assert sorted(pages) == [rule.id for rule in fixture_rulebook.rules]
    for rule_id, page in pages.items():
        html = (fixture_site / page / "index.html").read_text(encoding="utf-8")
        assert f'id="{rule_id.lower()}"' in html
        assert (fixture_site / "r" / rule_id / "index.html").is_file()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_short_link_lands_on_the_card_below_the_sticky_header(chromium, fixture_server, javascript: bool) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 700}, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(fixture_server.url + "r/T-003/")
    page.wait_for_url(re.compile(r"/guide/posting/#t-003$"))
    page.wait_for_load_state("load")
    where = card_position(page, "T-003")
    assert where["header"] <= where["card"] < where["heading"] < where["viewport"] / 2, where
    context.close()


def test_a_superseded_rule_short_link_stays_and_points_to_its_replacement(page, fixture_server) -> None:
    page.goto(fixture_server.url + "r/T-010/")
    page.wait_for_timeout(300)  # a refresh, if there were one, would have happened by now
    assert page.url == fixture_server.url + "r/T-010/"
    notice = page.locator(".admonition").inner_text()
    assert "superseded by T-001" in notice and "The 2019 guidelines allow two hashtags." in notice
    page.get_by_role("link", name="T-001 Use at most two hashtags").click()
    assert page.url == fixture_server.url + POSTING + "#t-001"


def test_a_retired_rule_short_link_says_why(page, fixture_server) -> None:
    page.goto(fixture_server.url + "r/T-011/")
    text = page.locator("article").inner_text()
    assert "This rule was retired" in text and "Audiences read at weekends too." in text
    page.get_by_role("link", name=re.compile("Read the rule as it was")).click()
    assert page.url == fixture_server.url + "guide/history/#t-011"


@pytest.mark.parametrize("button, expected", [
    ("Copy link", "{url}r/T-001/"),
    ("Copy for e-mail", "T-001 — Use at most two hashtags — {url}r/T-001/"),
])
def test_copy_buttons_put_the_absolute_short_link_on_the_clipboard(page, fixture_server, button: str, expected: str) -> None:
    page.goto(fixture_server.url + POSTING)
    card = page.locator('article[data-rule-id="T-001"]')
    card.get_by_role("button", name=re.compile("^Copy")).first.focus()
    if button == "Copy for e-mail":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # by keyboard, as a keyboard user would
    status = card.get_by_role("status")
    status.filter(has_text="copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == expected.format(url=fixture_server.url)
    assert page.evaluate("document.activeElement.textContent") == button


def test_copy_buttons_are_hidden_without_javascript(chromium, fixture_server) -> None:
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(fixture_server.url + POSTING)
    assert page.get_by_role("button", name="Copy link").count() == 0
    assert page.get_by_role("link", name="r/T-001").is_visible()
    context.close()


def test_rules_index_filters_by_platform_account_and_severity(page, fixture_server) -> None:
    page.goto(fixture_server.url + "rules/")
    rows = page.locator("table.hb-index tbody tr")

    def visible_ids() -> list[str]:
        return [row.get_attribute("id") for row in rows.all() if row.is_visible()]

    assert visible_ids() == ["t-001", "t-002", "t-003"]  # rules no longer in force are hidden by default
    page.get_by_label("Status").select_option("all")
    assert visible_ids() == ["t-001", "t-002", "t-003", "t-010", "t-011"]
    page.get_by_label("Status").select_option("")
    page.get_by_label("Platform").select_option("reply")
    assert visible_ids() == ["t-002", "t-003"]
    page.get_by_label("Severity").select_option("error")
    assert visible_ids() == ["t-002"]
    assert page.get_by_role("status").inner_text() == "1 of 5 rules shown."
    page.get_by_label("Platform").select_option("")
    page.get_by_label("Severity").select_option("")
    page.get_by_label("Account").select_option("personal")
    assert visible_ids() == ["t-002", "t-003"]
    page.get_by_label("Status").select_option("retired")
    assert visible_ids() == []


def test_rules_index_rows_are_anchored_and_link_to_the_cards(page, fixture_server) -> None:
    page.goto(fixture_server.url + "rules/#t-002")
    assert page.locator("tr:target").get_attribute("id") == "t-002"
    page.locator("#t-002").get_by_role("link", name="T-002").click()
    assert page.url == fixture_server.url + POSTING + "#t-002"


def test_rules_json_is_the_compiled_rulebook(page, fixture_server, fixture_rulebook: Rulebook) -> None:
    response = page.request.get(fixture_server.url + "rules.json")
    assert response.ok
    assert Rulebook.loads(response.text()).to_json() == fixture_rulebook.to_json()


def test_search_finds_a_rule(page, fixture_server) -> None:
    page.goto(fixture_server.url)
    page.locator("input.md-search__input").click()
    page.keyboard.type("weekdays")  # Material searches on key presses
    result = page.locator(".md-search-result__item").first
    result.wait_for()
    assert "Post only on weekdays" in result.inner_text()


def test_dark_mode_toggle_switches_and_is_remembered(page, fixture_server) -> None:
    page.goto(fixture_server.url + POSTING)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    page.locator("label[title='Switch to dark mode']").click()
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.reload()
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    card_background = page.evaluate("getComputedStyle(document.querySelector('article.hb-rule')).backgroundColor")
    assert card_background != "rgb(255, 255, 255)"


def test_print_hides_the_buttons_and_keeps_headings_with_their_cards(page, fixture_server) -> None:
    page.goto(fixture_server.url + POSTING)
    page.emulate_media(media="print")
    styles = page.evaluate("""() => ({
        actions: getComputedStyle(document.querySelector('.hb-rule__actions')).display,
        header: getComputedStyle(document.querySelector('.md-header')).display,
        card: getComputedStyle(document.querySelector('article.hb-rule')).breakInside,
        cardHeader: getComputedStyle(document.querySelector('.hb-rule__header')).breakAfter,
        heading: getComputedStyle(document.querySelector('.hb-rule__heading')).breakAfter,
        example: getComputedStyle(document.querySelector('.hb-examples li')).breakInside,
        link: getComputedStyle(document.querySelector('.hb-rule__short'), '::after').content,
    })""")
    assert styles["actions"] == "none" and styles["header"] == "none"
    # A long card may break (kept whole, it left half-empty pages: issue 14), but never right after its
    # heading or facts, nor inside an example.
    assert styles["card"] == "auto" and styles["cardHeader"] == "avoid" and styles["heading"] == "avoid"
    assert styles["example"] == "avoid"
    assert fixture_server.url + "r/T-001/" in styles["link"]  # the printed page shows the full short link


def test_pages_request_nothing_from_another_host(page, fixture_server) -> None:
    with RequestLog(page) as log:
        for path in ("", POSTING, "guide/history/", "rules/", "r/T-001/", "r/T-010/"):
            page.goto(fixture_server.url + path)
            page.wait_for_load_state("networkidle")
    assert log.urls, "the log recorded nothing"
    assert log.foreign(fixture_server.origin) == []
    assert all(path.startswith("/handbooks/social-media/") for path in fixture_server.requested if path != "/favicon.ico")


def test_copy_works_without_the_clipboard_api(page, fixture_server) -> None:
    """On an intranet served over plain HTTP there is no navigator.clipboard: the fallback copies."""
    page.add_init_script("Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined})")
    page.goto(fixture_server.url + POSTING)
    card = page.locator('article[data-rule-id="T-002"]')
    card.get_by_role("button", name="Copy link").click()
    card.get_by_role("status").filter(has_text="Link to T-002 copied.").wait_for()
    reader = page.context.new_page()
    reader.goto(fixture_server.url)
    assert reader.evaluate("navigator.clipboard.readText()") == fixture_server.url + "r/T-002/"
