"""The checker opens preset: from the address (`checker/?platform=…&account=…`) and on each platform page."""

from __future__ import annotations

import pytest

from tests.checker.driver import CLIPBOARD, paste, read, wait_ready

pytestmark = pytest.mark.browser


def _open(chromium, url: str):
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto(url)
    wait_ready(page)
    return context, page


def _pickers(page) -> tuple[str, str]:
    return page.input_value(".hb-checker select[name=platform]"), page.input_value(".hb-checker select[name=account]")


def test_the_address_presets_the_checker_page(chromium, site_server) -> None:
    context, page = _open(chromium, site_server.url + "checker/?platform=facebook&account=personal")
    try:
        assert _pickers(page) == ("facebook", "personal")
        paste(page, "Lovely day at the beach with friends")
        page.wait_for_selector('.hb-checker[data-current="true"]', timeout=60_000)
        manual = read(page)["manual"]
        assert manual and not any(rule_id.startswith("FB-") for rule_id in manual), "a personal post got the Page's rules"
        assert any(rule_id.startswith("PER-") for rule_id in manual)
    finally:
        context.close()


def test_an_unknown_value_in_the_address_is_ignored(chromium, site_server) -> None:
    context, page = _open(chromium, site_server.url + "checker/?platform=myspace&account=personal")
    try:
        assert _pickers(page)[1] == "personal"
        assert _pickers(page)[0] != "myspace"
    finally:
        context.close()


def test_the_facebook_page_checker_is_preset_and_its_top_link_opens_the_checker_preset(chromium, site_server) -> None:
    context, page = _open(chromium, site_server.url + "official/facebook/")
    try:
        assert _pickers(page) == ("facebook", "institutional")
        paste(page, "Join us on Saturday for #WorldRefugeeDay #IOM #migration #refugees #UN")
        page.wait_for_selector('.hb-checker[data-current="true"]', timeout=60_000)
        manual = read(page)["manual"]
        assert manual[0].startswith("FB-"), "the platform's own points come first"
        assert "ACC-013" not in manual and "CPY-001" not in manual  # account rhythm, photo consent: not for this text
        page.click("a.hb-check-link")
        page.wait_for_url("**/checker/?platform=facebook&account=institutional")
        wait_ready(page)
        assert _pickers(page) == ("facebook", "institutional")
    finally:
        context.close()


def test_a_reply_gets_its_own_points_and_the_account_rules_are_a_list_of_their_own(chromium, site_server) -> None:
    context, page = _open(chromium, site_server.url + "checker/?platform=reply&account=institutional")
    try:
        paste(page, "Thank you for your question: the office opens at 9.")
        page.wait_for_selector('.hb-checker[data-current="true"]', timeout=60_000)
        manual = read(page)["manual"]
        assert manual[0].startswith("REP-"), manual
        titles = page.inner_text(".hb-checker__manual")
        assert "Photography Consent Form" not in titles and "strategy" not in titles.lower()
        account = page.locator(".hb-checker__account-manual")
        assert account.is_visible()
        assert "not per draft" in account.locator("summary").inner_text()
        assert account.locator("li").count() >= 5
        assert not set(manual) & set(account.locator("li").evaluate_all("items => items.map(i => i.dataset.ruleId)"))
    finally:
        context.close()
