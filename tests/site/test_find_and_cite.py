"""Finding a rule and citing it, in Chromium on the real handbook served under a sub-path (issue 14):
the rules index's filters in the address, search by ID and by inflected words, short links in any
letter case, the 404 page's nearest IDs, printing, and axe-core on the pages this adds to."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.browser import axe_violations, describe_violations

pytestmark = [pytest.mark.site, pytest.mark.browser]

A4_MARGINS = {"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"}


@pytest.fixture
def narrow(chromium):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, color_scheme="light")
    yield context.new_page()
    context.close()


def visible_rows(page) -> list[dict[str, str]]:
    return page.eval_on_selector_all("table.hb-index tbody tr:not([hidden])", """rows => rows.map(row => ({
        id: row.dataset.id, platforms: row.dataset.platforms, severity: row.dataset.severity,
        status: row.dataset.status, title: row.dataset.title, summary: row.dataset.summary}))""")


def count(page) -> str:
    return page.locator(".hb-filters__count").inner_text()


def serve_404_for(page, site: Path, pattern: str) -> None:
    """Answer `pattern` as a static host does for a missing page: status 404 and the site's 404.html."""
    page.route(pattern, lambda route: route.fulfill(status=404, content_type="text/html",
                                                    body=(site / "404.html").read_bytes()))


def test_filters_live_in_the_address_through_back_forward_and_reload(page, site_server) -> None:
    page.goto(site_server.url + "rules/")
    total = page.locator("table.hb-index tbody tr").count()
    everything = len(visible_rows(page))
    page.select_option("#hb-filter-platforms", "instagram")
    page.select_option("#hb-filter-severity", "error")
    assert page.url.endswith("rules/?platforms=instagram&severity=error")
    rows = visible_rows(page)
    assert 0 < len(rows) < everything
    assert all("instagram" in row["platforms"].split() and row["severity"] == "error" for row in rows)
    assert count(page) == f"{len(rows)} of {total} rules shown."

    page.locator("table.hb-index tbody tr:not([hidden]) a").first.click()
    page.wait_for_load_state()
    assert "/rules/" not in page.url
    page.go_back()
    assert page.input_value("#hb-filter-platforms") == "instagram" and page.input_value("#hb-filter-severity") == "error"
    assert visible_rows(page) == rows and count(page) == f"{len(rows)} of {total} rules shown."

    page.go_back()  # undoes the severity choice
    assert page.url.endswith("rules/?platforms=instagram")
    assert page.input_value("#hb-filter-severity") == ""
    assert len(visible_rows(page)) > len(rows)
    page.go_forward()
    assert page.input_value("#hb-filter-severity") == "error" and visible_rows(page) == rows

    page.reload()
    assert page.input_value("#hb-filter-severity") == "error" and visible_rows(page) == rows


def test_a_shared_filtered_address_opens_filtered_sorted_and_says_so(chromium, site_server) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_server.url + "rules/?q=hashtag&check=automatic&sort=title")
    rows = visible_rows(page)
    assert rows and all("hashtag" in (row["id"] + row["title"] + row["summary"]).lower() for row in rows)
    assert page.input_value("#hb-filter-q") == "hashtag" and page.input_value("#hb-filter-check") == "automatic"
    titles = [row["title"] for row in rows]
    assert titles == sorted(titles, key=str.lower) or titles == page.evaluate(
        "t => t.slice().sort((a, b) => a.localeCompare(b))", titles)
    caption = page.locator("table.hb-index caption").inner_text()
    assert "hashtag" in caption and "Automatic" in caption and f"{len(rows)} of" in caption
    page.emulate_media(media="print")
    assert page.locator("table.hb-index caption").is_visible()
    context.close()


def test_the_text_filter_matches_id_title_and_summary_in_any_case(page, site_server) -> None:
    page.goto(site_server.url + "rules/")
    page.fill("#hb-filter-q", "per-012")
    assert [row["id"] for row in visible_rows(page)] == ["PER-012"]
    assert "q=per-012" in page.url


def test_rules_no_longer_in_force_are_hidden_by_default_and_labelled_by_status(page, site_server) -> None:
    page.goto(site_server.url + "rules/")
    assert "X-006" not in [row["id"] for row in visible_rows(page)]
    page.select_option("#hb-filter-status", "all")
    assert "X-006" in [row["id"] for row in visible_rows(page)]
    severity = page.locator('#x-006 td[data-label="Severity"]')
    assert severity.inner_text() == "Superseded" and severity.locator(".hb-badge").count() == 0


def test_the_rules_index_is_a_list_of_cards_on_a_phone(narrow, site_server) -> None:
    narrow.goto(site_server.url + "rules/")
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 390
    applies = narrow.locator('#sec-001 td[data-label="Applies to"]')
    box = applies.bounding_box()
    assert applies.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert "Applies to" in narrow.evaluate("e => getComputedStyle(e, '::before').content", applies.element_handle())


def test_the_filters_work_with_the_keyboard_alone(page, site_server) -> None:
    page.goto(site_server.url + "rules/")
    page.focus("#hb-filter-severity")
    page.keyboard.press("ArrowDown")  # Error
    assert page.input_value("#hb-filter-severity") == "error"
    assert all(row["severity"] == "error" for row in visible_rows(page))
    assert page.get_attribute(".hb-filters__count", "aria-live") == "polite"


def test_without_javascript_the_whole_table_shows(chromium, site_server) -> None:
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_server.url + "rules/?severity=error")
    rows = page.locator("table.hb-index tbody tr")
    assert rows.count() > 0 and rows.count() == page.locator("table.hb-index tbody tr:visible").count()
    context.close()


@pytest.mark.parametrize("query", ["x-006", "X-006", "x006"])
def test_a_rule_id_in_the_search_box_puts_its_rule_first(page, site_server, query: str) -> None:
    page.goto(site_server.url)
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially(query)
    jump = page.locator(".md-search-result .hb-search-id")
    jump.wait_for(state="visible")
    assert jump.inner_text().startswith("X-006")
    assert jump.evaluate("e => e === e.parentElement.querySelector('a')")  # above Material's results
    page.keyboard.press("Enter")
    page.wait_for_url(site_server.url + "r/X-006/")


def test_search_finds_inflected_forms(page, site_server) -> None:
    page.goto(site_server.url)
    found = {}
    for query in ("election", "elections"):
        page.locator(".md-search__input").fill("")
        page.locator(".md-search__input").press_sequentially(query)
        page.wait_for_function("() => /matching|No matching/.test(document.querySelector('.md-search-result__meta').textContent)")
        page.wait_for_timeout(300)
        found[query] = page.locator(".md-search-result__item").count()
    assert found["elections"] >= 1 and found["elections"] >= found["election"] >= 1, found


def test_a_lower_case_short_link_lands_on_the_card(page, site_server) -> None:
    page.goto(site_server.url + "r/sec-001/")
    page.wait_for_url(re.compile(r"/official/security/#sec-001$"))


def test_the_404_page_maps_any_other_casing_to_the_rule(page, site_server, built_site: Path) -> None:
    serve_404_for(page, built_site, "**/r/Sec-001/")
    page.goto(site_server.url + "r/Sec-001/")
    page.wait_for_url(re.compile(r"/official/security/#sec-001$"))


def test_an_unknown_id_gets_the_nearest_ids_and_the_rules_index(page, site_server, built_site: Path) -> None:
    serve_404_for(page, built_site, "**/r/SEC-099/")
    page.goto(site_server.url + "r/SEC-099/")
    near = page.locator(".hb-404__ids a")
    near.first.wait_for()
    ids = near.all_inner_texts()
    assert ids and ids[0].startswith("SEC-0"), ids
    assert "No rule has the ID" in page.locator(".hb-404__what").inner_text()
    assert page.locator(".hb-404__index").get_attribute("href") == "/handbooks/social-media/rules/"
    near.first.click()
    page.wait_for_url(re.compile(r"/official/security/#sec-0\d\d$"))


def test_a_retired_rule_s_short_link_page_can_be_cited(page, site_server) -> None:
    page.goto(site_server.url + "r/IG-012/")
    kicker = page.locator(".hb-short__kicker").inner_text()
    assert "Retired" in kicker and "Error" not in kicker
    assert page.get_by_role("button", name="Copy link to IG-012").is_visible()
    assert page.locator("a", has_text=re.compile(r"^IG-005$")).count() >= 2
    page.get_by_role("button", name="Copy link to IG-012").click()
    assert page.evaluate("navigator.clipboard.readText()") == site_server.url + "r/IG-012/"
    assert describe_violations(axe_violations(page)) == ""


def test_the_404_page_is_axe_clean_with_its_styles(page, site_server, built_site: Path) -> None:
    """A site built without HANDBOOK_SITE_URL asks for the 404 page's assets at the host's root: served here from
    the site, as a host serving the handbook at its root would, so that axe sees the page as readers do."""
    serve_404_for(page, built_site, "**/r/SEC-099/")
    root = site_server.url.split("/handbooks/")[0]
    page.route(root + "/assets/**", lambda route: route.fulfill(path=str(built_site / route.request.url[len(root) + 1:].split("?")[0])))
    page.goto(site_server.url + "r/SEC-099/", wait_until="networkidle")
    page.locator(".hb-404__ids a").first.wait_for()
    assert page.evaluate("[...document.styleSheets].some(s => (s.href || '').includes('/assets/stylesheets/') && s.cssRules.length)")
    assert describe_violations(axe_violations(page)) == ""


def test_the_filtered_rules_index_is_axe_clean(page, site_server) -> None:
    page.goto(site_server.url + "rules/?status=all&platforms=x")
    assert describe_violations(axe_violations(page)) == ""


def pdf_pages_and_headings(pdf: bytes) -> tuple[int, list[tuple[int, float, bytes]]]:
    """The page count and each outline entry (heading) as (page index, y from the page's bottom, title)."""
    kids = re.search(rb"/Type\s*/Pages\b[^>]*?/Kids\s*\[([^\]]*)\]", pdf)
    order = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]
    headings = []
    for chunk in pdf.split(b"endobj"):
        title = re.search(rb"/Title\s*\(((?:[^()\\]|\\.)*)\)", chunk)
        dest = re.search(rb"/Dest\s*\[(\d+) 0 R /XYZ [\d.]+ ([\d.]+)", chunk)
        if title and dest:
            headings.append((order.index(int(dest.group(1))), float(dest.group(2)), title.group(1)))
    return len(order), headings


def test_a_guideline_page_prints_without_lone_headings_or_wasted_pages(page, site_server) -> None:
    page.goto(site_server.url + "official/security/")
    page.wait_for_load_state("networkidle")
    pages, headings = pdf_pages_and_headings(page.pdf(format="A4", margin=A4_MARGINS, outline=True, tagged=True))
    bottom = 15 / 25.4 * 72  # the bottom margin, in points
    assert len(headings) >= 8
    lone = [(title, y) for _, y, title in headings if y < bottom + 72]  # a heading with no room below it
    assert lone == []
    page.add_style_tag(content="@media print { * { break-inside: auto !important; break-after: auto !important;"
                               " break-before: auto !important; } }")
    unconstrained, _ = pdf_pages_and_headings(page.pdf(format="A4", margin=A4_MARGINS, outline=True, tagged=True))
    assert pages <= unconstrained  # keeping things together costs no page


def test_the_checker_prints_without_buttons_or_the_administrators_sections(page, site_server) -> None:
    page.goto(site_server.url + "checker/")
    assert page.locator("#serving-the-checker").count() == 0  # the administrators' sections live on their own page
    page.emulate_media(media="print")
    assert page.locator(".hb-checker button:visible").count() == 0
    draft = page.locator(".hb-checker textarea").first
    draft.evaluate("(e, text) => { e.value = text; }", "line\n" * 60)
    assert draft.evaluate("e => e.scrollHeight <= e.clientHeight + 2")
