"""The in-page checker in headless Chromium: the built site, served under a sub-path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from checks.engine import Engine
from checks.model import ACCOUNTS, PLATFORMS, Rulebook
from checks.summary import Checker, counters
from tests.checker.corpus import corpus
from tests.checker.driver import CLIPBOARD, check, cli_findings, comparable, paste, read, wait_ready
from tests.checker.servers import policy_server, wrong_mime_server
from tests.checks.image_files import png
from tests.conftest import SUB_PATH
from tests.support.browser import RequestLog

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAYLOADS = (
    '<script>window.__pwned = "script"; alert(1)</script> '
    '<img src=x onerror="window.__pwned = \'img\'; alert(2)"> '
    '"><svg onload=alert(3)> <iframe src="javascript:alert(4)"></iframe> &lt;b&gt; #IOM #UN #A #B'
)


@pytest.fixture(scope="module")
def page(chromium, site_server) -> Iterator:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    log = RequestLog(page).__enter__()
    page.log = log  # type: ignore[attr-defined]
    page.goto(site_server.url + "checker/")
    wait_ready(page)
    yield page
    log.__exit__(None, None, None)
    context.close()


def test_loads_with_progress_and_lets_the_user_type_at_once(chromium, site_server) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto(site_server.url + "checker/")
    page.fill(".hb-checker textarea", "Safe migration for all #migration #refugees #UN #IOM")
    state = page.get_attribute(".hb-checker", "data-state")
    assert state in ("loading", "ready")
    if state == "loading":
        assert page.is_visible(".hb-checker progress")
        assert "Loading" in page.inner_text(".hb-checker__status")
    page.wait_for_selector('.hb-checker[data-current="true"]', timeout=60_000)
    assert "X-001" in [f["rule_id"] for f in read(page)["findings"]]
    assert not page.is_visible(".hb-checker progress")
    context.close()


def _text_rules(rulebook: Rulebook) -> list:
    """Automatic rules whose examples are drafts (an `image` rule's examples describe images)."""
    return [r for r in rulebook.active() if r.automatic and r.flag and r.check.get("kind") != "image"]


def test_every_platform_shows_expected_findings_and_counters(page, built_site) -> None:
    rulebook = Rulebook.loads((built_site / "rules.json").read_text(encoding="utf-8"))
    rules = _text_rules(rulebook)
    drafts = [(r.flag[0], r.platforms[0], r.accounts[0], r.id) for r in rules]
    for platform in PLATFORMS:
        for account in ACCOUNTS:
            drafts.append(("Today we met families who returned home.\n\nRead their stories: #IOM #UN", platform, account, None))
    for draft, platform, account, rule_id in drafts:
        shown = check(page, draft, platform, account)
        if rule_id:
            assert rule_id in [f["rule_id"] for f in shown["findings"]], (platform, account, draft)
        expected = {c.measure: c.value for c in counters(rulebook, shown["draft"], platform, account)}
        assert shown["counters"] == expected, (platform, draft)
        assert comparable(shown["findings"]) == comparable(cli_findings(shown["draft"], platform, account, built_site))
        assert shown["manual"] == [r.id for r in Engine(rulebook).manual(platform, account)]


def test_corpus_findings_equal_the_command_line(page, built_site) -> None:
    cases = [case for case in corpus() if case[0].strip()]
    assert len(cases) >= 200
    for text, platform, account in cases:
        shown = check(page, text, platform, account)
        if page.locator(".hb-checker__more").count():
            shown = _show_all(page)
        expected = cli_findings(shown["draft"], platform, account, built_site)
        assert comparable(shown["findings"]) == comparable(expected), (text, platform, account)
        assert [f["slice"] for f in shown["findings"]] == [f["text"] for f in expected]
        if shown["marks"]:
            assert shown["marked"] == shown["draft"]


def _show_all(page) -> dict:
    """Press every rule's "Show all" and read the page once every occurrence is listed."""
    page.evaluate("() => document.querySelectorAll('.hb-checker__more').forEach(b => b.click())")
    page.wait_for_function("() => [...document.querySelectorAll('.hb-checker__rule-group')].every("
                           "g => g.querySelectorAll('.hb-checker__finding').length === Math.min(1000, Number(g.dataset.count)))")
    return read(page)


def test_highlights_the_right_text_with_emoji_cjk_and_combining_marks(page) -> None:
    draft = "👩‍👩‍👧‍👦 漢字 e\u0301te\u0301 🇺🇳 #один #два #три #четыре https://en.wikipedia.org/wiki/Migration"
    shown = check(page, draft, "x", "institutional")
    by_rule = {f["rule_id"]: f for f in shown["findings"]}
    assert by_rule["X-001"]["slice"] == "#четыре"
    assert by_rule["X-004"]["slice"] == "https://en.wikipedia.org/wiki/Migration"
    assert "#четыре" in shown["marks"] or any("#четыре" in m for m in shown["marks"])


def test_no_request_leaves_the_site(page, site_server) -> None:
    check(page, "Background: https://en.wikipedia.org/wiki/Migration #IOM", "x", "institutional")
    assert page.log.urls, "requests are recorded"
    assert page.log.foreign(site_server.origin) == []
    assert any(url.endswith("/pyodide.asm.wasm.gz") for url in page.log.urls)
    assert any("/assets/checker/snapshot-" in url for url in page.log.urls)
    assert all(SUB_PATH in url for url in page.log.urls if url.startswith("http"))


def test_links_point_to_short_links_under_the_sub_path(page, site_server) -> None:
    check(page, "Safe migration for all #migration #refugees #UN #IOM", "x", "institutional")
    href = page.get_attribute('.hb-checker__rule-group[data-rule-id="X-001"] a.hb-checker__rule', "href")
    assert href == site_server.url + "r/X-001/"


def test_untrusted_markup_stays_inert_text(page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    shown = check(page, PAYLOADS, "x", "institutional")
    assert shown["findings"], "the payload draft has findings to show"
    assert shown["marked"] == shown["draft"] == PAYLOADS
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
    assert page.locator(".hb-checker img, .hb-checker svg, .hb-checker iframe, .hb-checker__groups script").count() == 0
    assert "<script>" in page.inner_text(".hb-checker__marked")
    page.click(".hb-checker__copy")
    page.wait_for_selector(".hb-checker[data-feedback]")
    assert dialogs == [] and page.evaluate("() => window.__pwned") is None


def test_the_draft_is_not_stored(page) -> None:
    marker = "Draft-4711 that must not be stored #IOM"
    check(page, marker, "x", "institutional")
    stored = page.evaluate("""() => [localStorage, sessionStorage]
        .flatMap(store => Object.keys(store).map(key => key + '=' + store.getItem(key)))""")
    assert not [item for item in stored if "Draft-4711" in item]


def test_results_are_announced_politely(page) -> None:
    shown = check(page, "Safe migration for all #migration #refugees #UN #IOM", "x", "institutional")
    live = page.locator(".hb-checker [aria-live]")
    assert live.get_attribute("aria-live") == "polite"
    assert shown["announced"] == page.inner_text(".hb-checker__summary")
    assert "warning" in shown["announced"] and "suggestion" in shown["announced"]
    shown = check(page, "Today we met families in Mosul who returned home after years away. Read their stories here: #IOM",
                  "x", "institutional")
    assert shown["announced"].startswith("No problems found")


def test_copy_feedback_lists_rule_ids_and_absolute_short_links(page, site_server) -> None:
    check(page, "Safe migration for all #migration #refugees #UN #IOM", "x", "institutional")
    page.evaluate("() => delete document.querySelector('.hb-checker').dataset.feedback")
    page.click(".hb-checker__copy")
    page.wait_for_function("() => document.querySelector('.hb-checker').dataset.feedback")
    feedback = page.get_attribute(".hb-checker", "data-feedback")
    assert "X-001: This post has 4 hashtags; use at most 3." in feedback
    assert site_server.url + "r/X-001/" in feedback
    assert site_server.url + "r/X-008/" in feedback  # the manual checklist
    assert page.evaluate("() => navigator.clipboard.readText()") == feedback


def test_keyboard_only(chromium, site_server) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto(site_server.url + "checker/")
    wait_ready(page)
    page.focus(".hb-checker select[name=platform]")
    page.keyboard.press("Home")  # first option: X
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.name") == "account"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.tagName") == "TEXTAREA"
    page.keyboard.type("Safe migration for all #migration #refugees #UN #IOM")
    page.wait_for_selector('.hb-checker[data-current="true"]')
    show = page.locator('.hb-checker__finding[data-rule-id="X-001"] .hb-checker__show')
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("(el) => el === document.activeElement", show.element_handle()):
            break
    else:
        pytest.fail("Tab never reached the finding's 'Show in draft' button")
    page.keyboard.press("Enter")
    selection = page.evaluate("() => { const t = document.activeElement; return [t.tagName, t.value.slice(t.selectionStart, t.selectionEnd)]; }")
    assert selection == ["TEXTAREA", "#IOM"]
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('hb-checker__copy')"):
            break
    else:
        pytest.fail("Tab never reached 'Copy feedback'")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.hb-checker__copy-status').textContent")
    context.close()


def test_a_check_that_runs_too_long_restarts_the_worker(chromium, site_server) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto(site_server.url + "checker/?checker-timeout=150")
    wait_ready(page)
    slow = ("Safe migration for all #migration #refugees 👩‍👩‍👧‍👦 漢字 https://en.wikipedia.org/wiki/Migration\n\n" * 8000)
    page.select_option(".hb-checker select[name=platform]", "x")
    paste(page, slow)
    page.wait_for_selector('.hb-checker[data-restarts="1"]', timeout=60_000)
    status = page.inner_text(".hb-checker__status")
    assert "took longer than 150 ms" in status
    assert "longer than" in page.inner_text(".hb-checker [aria-live]")
    wait_ready(page)
    assert page.get_attribute(".hb-checker", "data-current") == "false"
    # Chromium takes long to select 800,000 characters in a textarea: empty it directly.
    page.evaluate("() => { document.querySelector('.hb-checker textarea').value = ''; }")
    shown = check(page, "Safe migration for all #migration #refugees #UN #IOM", "x", "institutional")
    assert "X-001" in [f["rule_id"] for f in shown["findings"]]
    assert page.get_attribute(".hb-checker", "data-restarts") == "1"
    context.close()


def test_works_under_the_documented_content_security_policy(chromium, built_site) -> None:
    with policy_server(built_site, SUB_PATH) as server:
        context = chromium.new_context(permissions=CLIPBOARD)
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda message: console.append(message.text))
        response = page.goto(server.url + "checker/")
        assert "'unsafe-eval'" not in response.headers["content-security-policy"]
        assert "'wasm-unsafe-eval'" in response.headers["content-security-policy"]
        wait_ready(page)
        shown = check(page, "Safe migration for all #migration #refugees #UN #IOM", "x", "institutional")
        assert "X-001" in [f["rule_id"] for f in shown["findings"]]
        assert not [line for line in console if "Content Security Policy" in line]
        context.close()


def test_wrong_mime_type_gives_a_clear_message(chromium, built_site) -> None:
    with wrong_mime_server(built_site, SUB_PATH) as server:
        context = chromium.new_context(permissions=CLIPBOARD)
        page = context.new_page()
        page.goto(server.url + "checker/")
        page.fill(".hb-checker textarea", "typing still works")
        page.wait_for_selector('.hb-checker[data-state="failed"]', timeout=60_000)
        assert not page.is_visible(".hb-checker progress")
        assert "text/javascript" in page.inner_text(".hb-checker__status")
        assert page.input_value(".hb-checker textarea") == "typing still works"
        context.close()


def test_opened_as_a_file_says_why_it_cannot_start(chromium, built_site) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto((built_site / "checker" / "index.html").as_uri())
    page.wait_for_timeout(500)  # give a module script (if the browser runs one from file://) time to start
    assert page.get_attribute(".hb-checker", "data-state") in ("static", "failed")
    assert not page.is_visible(".hb-checker progress")
    assert "file" in page.inner_text(".hb-checker__status")
    context.close()


def test_embedded_on_the_x_page_preset_to_x(chromium, site_server) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto(site_server.url + "official/x/")
    assert page.input_value(".hb-checker select[name=platform]") == "x"
    page.locator(".hb-checker").scroll_into_view_if_needed()
    wait_ready(page)
    page.fill(".hb-checker textarea", "Safe migration for all #migration #refugees #UN #IOM")
    page.wait_for_selector('.hb-checker[data-current="true"]')
    assert "X-001" in [f["rule_id"] for f in read(page)["findings"]]
    href = page.get_attribute('.hb-checker__rule-group[data-rule-id="X-001"] a.hb-checker__rule', "href")
    assert href == site_server.url + "r/X-001/"
    context.close()


def test_pages_without_a_checker_load_nothing_of_it(chromium, site_server, built_site) -> None:
    embedding = {p.parent.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")
                 if 'class="hb-checker"' in (t := p.read_text(encoding="utf-8")) or 'class="hb-batch"' in t}
    assert "checker" in embedding
    plain = next(p for p in sorted(built_site.rglob("index.html"))
                 if p.parent.relative_to(built_site).as_posix() not in embedding)
    text = plain.read_text(encoding="utf-8")
    assert "assets/checker/" not in text and "pyodide" not in text


def test_browsing_pages_without_a_checker_requests_nothing_of_it(chromium, site_server) -> None:
    context = chromium.new_context()
    page = context.new_page()
    with RequestLog(page) as log:
        for path in ("", "official/security/", "reference/sources/", "rules/", "r/SEC-001/", "reference/glossary/"):
            page.goto(site_server.url + path, wait_until="networkidle")
            assert page.locator(".hb-checker").count() == 0, path
    context.close()
    assert len(log.urls) > 10
    assert not [url for url in log.urls if "/assets/pyodide/" in url or "/assets/checker/" in url]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_wcag_22_aa_violation(chromium, site_server, scheme: str) -> None:
    context = chromium.new_context(permissions=CLIPBOARD, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_server.url + "checker/")
    wait_ready(page)
    check(page, PAYLOADS + " https://en.wikipedia.org/wiki/Migration", "facebook", "institutional")
    page.select_option(".hb-checker select[name=image-use]", "post-image")
    _image_checked(page, _pick(page, "small.png", png(800, 600)))
    assert page.locator(".hb-checker__image-finding").count() > 0, "axe sees image findings too"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})"
    )
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5]) for v in result["violations"]]
    assert violations == []
    context.close()


_AXE_RUN = ("() => axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_is_clean_with_the_summary_bar_quick_fixes_and_a_platform_limit(chromium, site_server, scheme: str) -> None:
    context = chromium.new_context(permissions=CLIPBOARD, color_scheme=scheme, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_server.url + "checker/")
    wait_ready(page)
    check(page, "Call +41 22 717 9111 #a #b #c #d #e #f " + "漢字 " * 100, "x", "institutional")
    page.click('.hb-checker__finding[data-rule-id="X-001"] .hb-checker__fix')
    page.wait_for_selector('.hb-checker[data-current="true"]')
    assert page.is_visible(".hb-checker__fix-note") and page.locator(".hb-checker__fix-all").count() == 1
    assert page.get_attribute('.hb-checker__counter[data-measure="x-length"]', "data-state") == "over"
    page.evaluate("() => { document.querySelector('.hb-checker__manual').open = true; }")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(_AXE_RUN)
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5]) for v in result["violations"]]
    assert violations == []
    context.close()


# --- checking an image -------------------------------------------------------------------

_READ_IMAGE = """
() => {
  const section = document.querySelector('.hb-checker__image');
  const about = section.querySelector('.hb-checker__image-about');
  return {
    hidden: section.hidden, checks: Number(section.dataset.checks || 0), error: section.dataset.error === 'true',
    about: about.hidden ? null : {format: about.dataset.format, width: Number(about.dataset.width), height: Number(about.dataset.height),
                                  text: about.textContent},
    summary: section.querySelector('.hb-checker__image-summary').textContent,
    uses: [...section.querySelectorAll('select[name=image-use] option')].map(o => [o.value, o.textContent]),
    findings: [...section.querySelectorAll('.hb-checker__image-finding')].map(li => ({
      rule_id: li.dataset.ruleId, severity: li.dataset.severity,
      message: li.querySelector('.hb-checker__message span:last-child').textContent,
      href: li.querySelector('a.hb-checker__rule').href})),
    announced: document.querySelector('.hb-checker [aria-live]').textContent,
  };
}
"""


def _image_checked(page, act) -> dict:
    """Do `act` (pick a file, change the use or the platform) and read the image section once it is re-checked."""
    before = page.evaluate(_READ_IMAGE)["checks"]
    act()
    page.wait_for_function(
        "(before) => { const s = document.querySelector('.hb-checker__image');"
        " return Number(s.dataset.checks || 0) > before && s.dataset.current === 'true'; }", arg=before, timeout=60_000)
    return page.evaluate(_READ_IMAGE)


def _pick(page, name: str, data: bytes, mime: str = "image/png"):
    return lambda: page.set_input_files(".hb-checker input[type=file]", files=[{"name": name, "mimeType": mime, "buffer": data}])


def _expected(checker, data: bytes, platform: str, use: str, site_url: str) -> dict:
    report = json.loads(checker.image_report_json(data, platform, use, "institutional", len(data)))
    report["findings"] = [{"rule_id": f["rule_id"], "severity": f["severity"], "message": f["message"],
                           "href": site_url + f["link"]} for f in report["findings"]]
    return report


def test_image_section_follows_the_platforms_image_rules(page, built_site) -> None:
    checker = Checker.from_json((built_site / "rules.json").read_text(encoding="utf-8"))
    for platform in PLATFORMS:
        for account in ACCOUNTS:
            check(page, "An image for this post #IOM", platform, account)
            shown = page.evaluate(_READ_IMAGE)
            uses = [[u["use"], u["label"]] for u in json.loads(checker.image_uses_json(platform, account))]
            assert shown["hidden"] == (not uses), (platform, account)
            if uses:
                assert shown["uses"] == [["", "Choose…"], *uses], "no use is chosen for the user"


def test_an_image_is_checked_in_the_page_and_never_leaves_it(page, built_site, site_server) -> None:
    checker = Checker.from_json((built_site / "rules.json").read_text(encoding="utf-8"))
    small, square = png(800, 600), png(1080, 1080)
    requests_before = len(page.log.urls)
    check(page, "An image for this post #IOM", "facebook", "institutional")
    page.select_option(".hb-checker select[name=image-use]", "post-image")

    shown = _image_checked(page, _pick(page, "family.png", small))
    expected = _expected(checker, small, "facebook", "post-image", site_server.url)
    assert expected["findings"], "the rulebook flags an 800x600 image in a Facebook post"
    assert shown["about"]["format"] == expected["image"]["format"] == "PNG"
    assert (shown["about"]["width"], shown["about"]["height"]) == (800, 600)
    assert "800 × 600 pixels" in shown["about"]["text"]
    assert shown["findings"] == expected["findings"]
    assert not shown["error"]
    assert shown["announced"].startswith("Image 800 × 600:") and shown["summary"] in shown["announced"]

    shown = _image_checked(page, lambda: page.select_option(".hb-checker select[name=image-use]", "profile-photo"))
    assert shown["findings"] == _expected(checker, small, "facebook", "profile-photo", site_server.url)["findings"]

    shown = _image_checked(page, lambda: page.select_option(".hb-checker select[name=platform]", "x"))
    use = page.input_value(".hb-checker select[name=image-use]")
    assert shown["findings"] == _expected(checker, small, "x", use, site_server.url)["findings"]

    check(page, "An image for this post #IOM", "facebook", "institutional")
    page.select_option(".hb-checker select[name=image-use]", "post-image")
    shown = _image_checked(page, _pick(page, "square.png", square))
    assert _expected(checker, square, "facebook", "post-image", site_server.url)["findings"] == []
    assert shown["findings"] == [] and shown["summary"].startswith("No problems found")

    large = square + bytes(6_000_000)  # only its first HEADER_BYTES are read; its size comes from the file
    shown = _image_checked(page, _pick(page, "large.png", large))
    assert shown["findings"] == _expected(checker, large, "facebook", "post-image", site_server.url)["findings"]
    assert shown["about"]["text"].endswith(", 6.0 MB.")

    text = b"These are my notes for the post, not a picture.\n"
    shown = _image_checked(page, _pick(page, "notes.png", text))
    error = _expected(checker, text, "facebook", "post-image", site_server.url)["error"]
    assert error and shown["error"] and shown["summary"] == error
    assert shown["about"] is None and shown["findings"] == []
    assert error in shown["announced"]

    new_requests = page.log.urls[requests_before:]
    assert page.log.foreign(site_server.origin) == []
    assert new_requests == [], "checking an image makes no request at all"
    stored = page.evaluate("""() => [localStorage, sessionStorage]
        .flatMap(store => Object.keys(store).map(key => store.getItem(key)))""")
    assert not [item for item in stored if "notes" in item or "PNG" in item]


def test_image_controls_work_from_the_keyboard(chromium, site_server) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto(site_server.url + "checker/")
    wait_ready(page)
    check(page, "An image for this post #IOM", "facebook", "institutional")
    page.focus(".hb-checker input[name=with-draft]")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.name") == "image-use"
    assert page.evaluate("() => document.activeElement.labels[0].textContent") == "What the image is for"
    page.keyboard.press("Tab")
    assert page.evaluate("() => [document.activeElement.type, document.activeElement.accept]") == [
        "file", "image/png,image/jpeg,image/gif,image/webp"]
    assert page.evaluate("() => document.activeElement.labels[0].textContent").startswith("Image file")
    context.close()


# --- many findings, stale results, the language ----------------------------------------------

_LONGEST_TASK_WHILE = """async ([text, act]) => {
  const root = document.querySelector('.hb-checker');
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  if (act === 'check') {
    const done = new Promise((resolve) => {
      const watch = new MutationObserver(() => { if (root.dataset.current === 'true') { watch.disconnect(); resolve(); } });
      watch.observe(root, {attributes: true, attributeFilter: ['data-current']});
    });
    const area = root.querySelector('textarea');
    area.value = text;
    area.dispatchEvent(new Event('input', {bubbles: true}));
    // The browser's own layout of the text in the box comes first (the same with any page);
    // what is measured is the checker's part: receiving the findings and drawing them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    observer.observe({type: 'longtask'});
    await done;
  } else {
    observer.observe({type: 'longtask'});
    const group = root.querySelector('.hb-checker__rule-group[data-count]');
    group.querySelector('.hb-checker__more').click();
    const count = Math.min(Number(group.dataset.count), 1000);  // checker.js LIST_LIMIT
    while (group.querySelectorAll('.hb-checker__finding').length < count || group.querySelector('.hb-checker__more'))
      await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  return Math.max(0, ...tasks);
}"""


def test_twenty_thousand_findings_keep_the_page_responsive(chromium, site_server) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto(site_server.url + "checker/?checker-timeout=120000")
    wait_ready(page)
    check(page, "#IOM", "instagram", "institutional")
    draft = " ".join(f"#tag{i}" for i in range(20_000))
    longest = page.evaluate(_LONGEST_TASK_WHILE, [draft, "check"])
    shown = read(page)
    groups = page.evaluate("() => [...document.querySelectorAll('.hb-checker__rule-group')]"
                           ".map(g => [g.dataset.ruleId, Number(g.dataset.count)])")
    assert sum(count for _, count in groups) >= 19_990, groups
    assert longest <= 100, f"longest main-thread task {longest} ms while drawing {groups}"
    assert len(shown["findings"]) <= 10 * len(groups), "each rule lists its first occurrences only"
    assert 0 < len(shown["marks"]) <= 501
    assert shown["marked"] == draft, "past the marks the draft goes on as plain text"
    assert page.is_visible(".hb-checker__marked-note")
    assert "× " in page.inner_text(".hb-checker__rule-group[data-count]")
    page.evaluate(_LONGEST_TASK_WHILE, ["", "show-all"])  # "Show" lists the first 1,000 occurrences, in chunks
    listed = read(page)["findings"]
    assert 1000 <= len(listed) < sum(count for _, count in groups)
    assert "more occurrences are not listed" in page.inner_text(".hb-checker__rule-group[data-count]")
    context.close()


def test_overlapping_findings_all_stay_marked(page) -> None:
    shown = check(page, "Safe migration for all #migration #refugees #UN #IOM https://en.wikipedia.org/wiki/Migration",
                  "x", "institutional")
    marks = page.evaluate("() => [...document.querySelectorAll('.hb-checker__marked mark')]"
                          ".map(m => ({rules: m.dataset.rules.split(' '), findings: m.dataset.findings.split(' ').map(Number)}))")
    marked_rules = {rule for mark in marks for rule in mark["rules"]}
    spanned = {f["rule_id"] for f in shown["findings"] if f["end"] > f["start"]}
    assert marked_rules == spanned
    by_index = {f["index"]: f for f in shown["findings"]}
    for mark in marks:
        assert [by_index[i]["rule_id"] for i in mark["findings"]] == mark["rules"], "each mark names a finding of each rule"


def test_after_a_restart_no_earlier_finding_is_shown_or_copied(chromium, site_server) -> None:
    context = chromium.new_context(permissions=CLIPBOARD)
    page = context.new_page()
    page.goto(site_server.url + "checker/?checker-timeout=150")
    wait_ready(page)
    shown = check(page, "Safe migration for all #migration #refugees #UN #IOM", "x", "institutional")
    assert "X-001" in [f["rule_id"] for f in shown["findings"]]
    slow = ("Safe migration for all #migration #refugees 👩‍👩‍👧‍👦 漢字 https://en.wikipedia.org/wiki/Migration\n\n" * 8000)
    paste(page, slow)
    page.wait_for_selector('.hb-checker[data-restarts="1"]', timeout=60_000)
    wait_ready(page)
    after = read(page)
    assert after["findings"] == [] and after["marks"] == []
    assert page.locator(".hb-checker__rule-group").count() == 0
    assert not page.is_visible(".hb-checker__marked-section")
    assert "not been checked" in page.inner_text(".hb-checker__summary")
    page.click(".hb-checker__copy")
    page.wait_for_function("() => document.querySelector('.hb-checker').dataset.feedback")
    feedback = page.get_attribute(".hb-checker", "data-feedback")
    assert "X-001" not in feedback and "not checked this draft" in feedback
    context.close()


def test_results_of_an_earlier_text_are_marked_out_of_date_until_the_new_ones_come(page) -> None:
    check(page, "Safe migration for all #migration #refugees #UN #IOM", "x", "institutional")
    stale = page.evaluate("""() => {
      const root = document.querySelector('.hb-checker');
      const area = root.querySelector('textarea');
      area.value = 'Safe migration for all #migration #refugees #UN #IOM #more';
      area.dispatchEvent(new Event('input', {bubbles: true}));  // typing: checked after a pause
      const show = root.querySelector('.hb-checker__show');
      return {current: root.dataset.current, stale: root.dataset.stale,
              busy: root.querySelector('.hb-checker__results').getAttribute('aria-busy'),
              note: !root.querySelector('.hb-checker__stale').hidden,
              showDisabled: show.matches(':disabled'),
              opacity: Number(getComputedStyle(root.querySelector('.hb-checker__groups')).opacity)};
    }""")
    assert stale == {"current": "false", "stale": "true", "busy": "true", "note": True, "showDisabled": True,
                     "opacity": stale["opacity"]} and stale["opacity"] < 1
    page.wait_for_selector('.hb-checker[data-current="true"]')
    assert page.get_attribute(".hb-checker", "data-stale") == "false"
    assert page.get_attribute(".hb-checker__results", "aria-busy") is None
    assert not page.is_visible(".hb-checker__stale")
    assert "#more" in read(page)["marked"]


@pytest.mark.parametrize(("draft", "code", "says"), [
    ("Today we met families who returned home after years away. Read their stories on our website.", "en",
     "Checked as English."),
    ("Aujourd'hui nous avons rencontré des familles qui sont rentrées chez elles après des années.", "fr",
     "Checked as French."),
    ("Heute haben wir Familien getroffen, die nach Hause zurückgekehrt sind. Das ist eine gute Nachricht.", "de",
     "only the mechanical checks and the number and e-mail detectors can be relied on"),
    ("Safe migration", "unknown", "assumed English, French or Spanish"),
])
def test_says_which_language_the_draft_was_checked_as(page, draft: str, code: str, says: str) -> None:
    shown = check(page, draft, "facebook", "institutional")
    assert page.get_attribute(".hb-checker", "data-language") == code
    assert says in page.inner_text(".hb-checker__language")
    summary = page.inner_text(".hb-checker__summary")
    if code == "de":
        assert not summary.startswith("No problems found") and "judgement checks do not cover German" in summary
        assert shown["announced"] == summary


# --- visible while typing, ranked by risk, actionable ------------------------------------------

RISKY = ("Call Ana on +41 22 717 9111 before the convoy leaves Goma at 6am on the N2 road.\n\n"
         "More families arrived today.\n\nThird paragraph #IOM #UN")


def _box(page, selector: str) -> dict:
    return page.evaluate("(s) => { const r = document.querySelector(s).getBoundingClientRect();"
                         " return {top: r.top, bottom: r.bottom, height: innerHeight}; }", selector)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (390, 844)])
def test_verdict_and_top_findings_stay_in_view_while_typing(chromium, site_server, width: int, height: int) -> None:
    context = chromium.new_context(permissions=CLIPBOARD, viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(site_server.url + "checker/")
    wait_ready(page)
    page.select_option(".hb-checker select[name=platform]", "facebook")
    paste(page, RISKY)
    page.wait_for_selector('.hb-checker[data-current="true"]')
    # The worst case: the box's end, where one types, at the window's bottom; then go on typing.
    page.evaluate("() => scrollBy(0, document.querySelector('.hb-checker textarea').getBoundingClientRect().bottom - innerHeight)")
    page.keyboard.type(" #more")
    page.wait_for_selector('.hb-checker[data-current="true"]')
    area = _box(page, ".hb-checker textarea")
    assert 0 <= area["top"] and area["bottom"] <= _box(page, ".hb-checker__panel")["top"] + 1, "the bar covers no text"
    for selector in (".hb-checker__summary", ".hb-checker__counters", ".hb-checker__top li:first-child",
                     ".hb-checker__top li:nth-child(3)"):
        box = _box(page, selector)
        assert 0 <= box["top"] and box["bottom"] <= box["height"], (selector, box)
    assert page.inner_text(".hb-checker__summary").startswith("Not ready to publish: 1 error")
    top = page.evaluate("() => [...document.querySelectorAll('.hb-checker__top li[data-rule-id]')].map(li => li.dataset.ruleId)")
    assert top[:2] in (["SEC-001", "SEC-004"], ["SEC-004", "SEC-001"]), top
    # The marked draft follows the summary bar, not 2,400 px down the page; on a laptop, beside the editor.
    assert _box(page, ".hb-checker__marked-section")["top"] - area["bottom"] < 500
    if width >= 1366:
        editor, marked = (page.locator(s).bounding_box() for s in (".hb-checker textarea", ".hb-checker__marked-section"))
        assert marked["x"] >= editor["x"] + editor["width"] and marked["y"] < editor["y"] + editor["height"], (editor, marked)
        assert page.locator(".hb-checker__marked mark").first.is_visible()
    # A top finding leads to its group in the list, and a mark to its finding.
    page.click(".hb-checker__top li:first-child a")
    assert page.evaluate("() => document.activeElement.closest('.hb-checker__rule-group').dataset.ruleId") == top[0]
    context.close()


def test_findings_are_grouped_per_rule_and_ordered_by_risk(page, built_site) -> None:
    checker = Checker.from_json((built_site / "rules.json").read_text(encoding="utf-8"))
    check(page, RISKY, "facebook", "institutional")
    shown = page.evaluate("() => [...document.querySelectorAll('.hb-checker__rule-group')]"
                          ".map(g => [g.dataset.ruleId, g.dataset.risk, Number(g.dataset.count)])")
    report = json.loads(checker.report_json(RISKY, "facebook", "institutional"))
    assert shown == [[g["rule_id"], g["risk"], len(g["findings"])] for g in report["groups"]]
    assert shown[0][1] == "security" and shown[-1][1] != "security"
    headings = page.evaluate("() => [...document.querySelectorAll('.hb-checker__group > h4')].map(h => h.textContent)")
    assert headings[0].startswith("Security and privacy") and headings[1].startswith("Errors")
    # The message quotes the phone number: the list does not quote it a second time.
    phone = page.inner_text('.hb-checker__rule-group[data-rule-id="SEC-001"] .hb-checker__finding')
    assert phone.count("+41 22 717 9111") == 1
    assert "2 paragraphs" in page.inner_text('.hb-checker__rule-group[data-rule-id="FB-008"]')


def test_words_and_numbers(page) -> None:
    check(page, "", "x", "institutional")
    states = page.evaluate("() => [...document.querySelectorAll('.hb-checker__counter')].map(c => c.dataset.state)")
    assert states and set(states) == {"empty"}, "an empty draft's counters stay neutral"
    assert page.locator(".hb-checker__counter-state").count() == 0
    check(page, "x" * 3068, "linkedin", "institutional")
    counter = page.locator('.hb-checker__counter[data-measure="characters"]')
    assert counter.get_attribute("data-state") == "over"
    assert counter.locator(".hb-checker__counter-value").inner_text() == "3,068"
    assert "over the platform's limit" in counter.inner_text()
    assert "platform limit 3,000 characters" in counter.inner_text()
    group = page.locator('.hb-checker__rule-group[data-rule-id="PLT-004"]')
    assert "Over the platform's limit" in group.inner_text() and "3,068 characters" in group.inner_text()
    assert "The part past the limit:" in group.inner_text()
    assert page.inner_text(".hb-checker__summary").startswith("Not ready to publish")
    check(page, "Safe migration for all #migration #refugees #UN #IOM", "x", "institutional")
    hashtags = page.locator('.hb-checker__counter[data-measure="hashtags"]')
    assert hashtags.get_attribute("data-state") == "outside" and "outside the suggested range" in hashtags.inner_text()
    shown = check(page, "Families return home to Mosul", "youtube-title", "institutional")
    assert page.inner_text(".hb-checker__summary") == (
        f"No problems found by the automatic checks in this YouTube title — check the {len(shown['manual'])} points below yourself.")
    labels = page.evaluate("() => [...document.querySelectorAll('.hb-checker__counter-label')].map(l => l.textContent)")
    assert len(labels) == len(set(labels)), labels


def test_a_quick_fix_is_applied_on_request_and_undone(page) -> None:
    draft = "Safe migration for all #migration #refugees #UN #IOM"
    shown = check(page, draft, "x", "institutional")
    assert shown["draft"] == draft, "nothing is changed without being asked"
    page.click('.hb-checker__finding[data-rule-id="X-001"] .hb-checker__fix')
    page.wait_for_function("(d) => document.querySelector('.hb-checker textarea').value !== d", arg=draft)
    page.wait_for_selector('.hb-checker[data-current="true"]')
    fixed = read(page)
    assert fixed["draft"] == "Safe migration for all #migration #refugees #UN"
    assert "X-001" not in [f["rule_id"] for f in fixed["findings"]]
    page.click(".hb-checker__undo")
    page.wait_for_function("(d) => document.querySelector('.hb-checker textarea').value === d", arg=draft)
    page.wait_for_selector('.hb-checker[data-current="true"]')
    assert "X-001" in [f["rule_id"] for f in read(page)["findings"]]
    page.click('.hb-checker__finding[data-rule-id="X-001"] .hb-checker__fix')  # and undone with Ctrl+Z
    page.wait_for_function("(d) => document.querySelector('.hb-checker textarea').value !== d", arg=draft)
    page.keyboard.press("ControlOrMeta+Z")
    page.wait_for_function("(d) => document.querySelector('.hb-checker textarea').value === d", arg=draft)
    # One rule's every occurrence at once, as one edit that one Ctrl+Z takes back.
    title = "<<NUEVO>> Familias vuelven a casa"
    check(page, title, "youtube-title", "institutional")
    assert page.get_attribute('.hb-checker__rule-group[data-rule-id="PLT-007"]', "data-count") == "4"
    page.focus('.hb-checker__rule-group[data-rule-id="PLT-007"] .hb-checker__fix-all')
    page.keyboard.press("Enter")  # from the keyboard
    page.wait_for_selector('.hb-checker[data-current="true"]')
    assert read(page)["draft"] == "NUEVO Familias vuelven a casa"
    assert page.locator('.hb-checker__rule-group[data-rule-id="PLT-007"]').count() == 0
    page.keyboard.press("ControlOrMeta+Z")
    page.wait_for_function("(d) => document.querySelector('.hb-checker textarea').value === d", arg=title)


def test_copy_feedback_as_a_report_in_text_and_markdown(page, site_server) -> None:
    draft = "Safe migration for all #migration #refugees #UN #IOM"
    check(page, draft, "x", "institutional")
    manual = read(page)["manual"]
    ticked, open_ = manual[0], manual[1]
    page.evaluate("() => { document.querySelector('.hb-checker__manual').open = true; }")
    page.check(f'.hb-checker__manual-list li[data-rule-id="{ticked}"] input')
    check(page, draft, "facebook", "institutional")
    check(page, draft, "x", "institutional")
    assert page.is_checked(f'.hb-checker__manual-list li[data-rule-id="{ticked}"] input'), "ticks survive a switch"
    page.check(".hb-checker input[name=with-draft]")
    for button, format_ in ((".hb-checker__copy:not(.hb-checker__copy--markdown)", "text"), (".hb-checker__copy--markdown", "markdown")):
        page.evaluate("() => delete document.querySelector('.hb-checker').dataset.feedback")
        page.click(button)
        page.wait_for_function("() => document.querySelector('.hb-checker').dataset.feedback")
        feedback = page.get_attribute(".hb-checker", "data-feedback")
        assert "Date: 20" in feedback and "Rulebook: 20" in feedback and "rules)" in feedback
        assert "Review before publishing: 1 warning, 1 suggestion." in feedback
        assert feedback.index("X-001") < feedback.index("X-003")
        assert f"{ticked}" not in feedback.split("To check by hand")[1] and open_ in feedback
        if format_ == "text":
            assert "> " + draft in feedback and site_server.url + "r/X-001/" in feedback
        else:
            assert "## Checked" in feedback and f"[X-001]({site_server.url}r/X-001/)" in feedback
            assert "```text\n" + draft + "\n```" in feedback
    page.uncheck(".hb-checker input[name=with-draft]")


def test_the_image_check_asks_what_the_image_is_for(page) -> None:
    check(page, "An image for this post #IOM", "x", "institutional")
    assert page.input_value(".hb-checker select[name=image-use]") == ""
    assert page.get_attribute(".hb-checker select[name=image-use]", "required") is not None
    page.set_input_files(".hb-checker input[type=file]", files=[{"name": "big.png", "mimeType": "image/png",
                                                                "buffer": png(1080, 1080) + bytes(7_700_000)}])
    page.wait_for_function("() => document.querySelector('.hb-checker__image-summary').textContent.startsWith('Choose')")
    assert page.locator(".hb-checker__image-finding").count() == 0
    shown = _image_checked(page, lambda: page.select_option(".hb-checker select[name=image-use]", "post-image"))
    assert "IMG-007" in [f["rule_id"] for f in shown["findings"]], "a 7.7 MB picture in an X post is too heavy"
