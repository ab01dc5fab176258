"""The "Check many posts" page in headless Chromium: every export format, the table, filters,
progress and cancel on 10,000 posts, the downloads, and that the file never leaves the page."""

from __future__ import annotations

import contextlib
import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from checks.cli import main as cli_main

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parents[1] / "checks" / "fixtures" / "exports"
ROOT = ".hb-batch"
FINISHED = "['done', 'failed', 'cancelled', 'column'].includes(document.querySelector('.hb-batch').dataset.state)"


@pytest.fixture(scope="module")
def page(chromium, site_server) -> Iterator:
    context = chromium.new_context(accept_downloads=True)
    page = context.new_page()
    page.sent = []  # type: ignore[attr-defined]  # (url, body) of every request of the page and its worker
    context.on("request", lambda request: page.sent.append((request.url, request.post_data_buffer or b"")))
    page.goto(site_server.url + "batch/")
    page.wait_for_selector(f'{ROOT}[data-state="ready"]', timeout=90_000)
    yield page
    context.close()


def _zip_of_x_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted((FIXTURES / "x-archive").rglob("*.js")):
            archive.write(path, path.relative_to(FIXTURES / "x-archive").as_posix())
    return buffer.getvalue()


def pick(page, name: str, data: bytes, wait: str = FINISHED) -> None:
    runs = page.get_attribute(ROOT, "data-run") or "0"
    page.set_input_files("#hb-batch-file", files=[{"name": name, "mimeType": "application/octet-stream", "buffer": data}])
    page.wait_for_function(f"() => ({wait}) && (document.querySelector('.hb-batch').dataset.state === 'column'"
                           f" || document.querySelector('.hb-batch').dataset.run !== '{runs}')", timeout=120_000)


def download(page, button: str) -> str:
    with page.expect_download() as info:
        page.click(f"text={button}")
    return Path(info.value.path()).read_bytes().decode("utf-8")


def cli_csv(tmp_path: Path, name: str, data: bytes, base_url: str) -> str:
    (tmp_path / name).write_bytes(data)
    out = io.StringIO()
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        with contextlib.redirect_stdout(out):
            cli_main(["check", name, "--format", "csv", "--base-url", base_url])
    finally:
        os.chdir(here)
    return out.getvalue()


@pytest.mark.parametrize("name", ["queue.csv", "hootsuite.csv", "Shares.csv", "your_posts_1.json", "tweets.js", "x-archive.zip"])
def test_every_format_gives_the_command_lines_findings(page, site_server, tmp_path: Path, name: str) -> None:
    data = _zip_of_x_archive() if name == "x-archive.zip" else (FIXTURES / "x-archive" / "data" / name).read_bytes() \
        if name == "tweets.js" else (FIXTURES / name).read_bytes()
    pick(page, name, data)
    assert page.get_attribute(ROOT, "data-state") == "done"
    assert int(page.get_attribute(ROOT, "data-rows")) >= 2
    assert page.locator(".hb-batch__table tbody tr").count() == int(page.get_attribute(ROOT, "data-rows"))
    assert download(page, "Download CSV") == cli_csv(tmp_path, name, data, site_server.url)


def test_an_ambiguous_csv_asks_for_the_column(page) -> None:
    pick(page, "plain.csv", b"Caption,Text\nA quiet day,Call me on +41 79 555 01 23\n")
    assert page.get_attribute(ROOT, "data-state") == "column"
    assert page.locator("#hb-batch-column option").all_inner_texts() == ["Caption", "Text"]
    page.select_option("#hb-batch-column", "Text")
    runs = page.get_attribute(ROOT, "data-run")
    page.click("text=Check this column")
    page.wait_for_function(f"() => document.querySelector('.hb-batch').dataset.run !== '{runs}'")
    row = page.locator(".hb-batch__table tbody tr").first
    assert "+41 79 555 01 23" in row.inner_text() and "SEC-001" in row.get_attribute("data-rules")


def test_a_bad_record_is_named_and_the_others_are_checked(page) -> None:
    pick(page, "tweets.js", b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "One #a #b #c #d"}}, {"x": 1}, {"tweet": {"full_text": "Three"}}]')
    rows = page.locator(".hb-batch__table tbody tr")
    assert rows.count() == 3
    assert "Could not be read" in rows.nth(1).inner_text() and "tweets.js#2" in rows.nth(1).inner_text()
    assert "1 record could not be read" in page.inner_text(".hb-batch__summary")


def test_filters_sorting_reports_and_the_link_to_the_checker(page, site_server) -> None:
    text = "\n".join([
        "date,message",
        "2026-01-03,Happy new year from all of us!",
        "2026-01-01,Our convoy leaves Erbil for Mosul at 6 a.m. tomorrow via Highway 2.",
        "2026-01-02,Read more: https://www.iom.int/news/a-very-long-address-for-this-story-about-migration",
    ]).encode()
    pick(page, "queue.csv", text)
    assert page.locator(".hb-batch__table tbody tr").count() == 3
    page.select_option("#hb-batch-rule", "SEC-004")
    rows = page.locator(".hb-batch__table tbody tr")
    assert rows.count() == 1 and "SEC-004" in rows.first.get_attribute("data-rules")
    page.select_option("#hb-batch-rule", "")
    page.select_option("#hb-batch-show", "clean")
    clean = [r.get_attribute("data-count") for r in rows.all()]
    assert 1 <= len(clean) < 3 and set(clean) == {"0"}
    page.select_option("#hb-batch-show", "all")
    page.select_option("#hb-batch-sort", "oldest")
    assert [r.locator("td").nth(1).inner_text() for r in rows.all()] == ["2026-01-01", "2026-01-02", "2026-01-03"]
    page.select_option("#hb-batch-sort", "file")
    html = download(page, "Download report (HTML)")
    markdown = download(page, "Download report (Markdown)")
    short_link = f"{site_server.url}r/SEC-004/"
    assert short_link in html and short_link in markdown and "convoy leaves Erbil" in markdown
    assert "Happy new year" not in markdown  # the reports list the posts with findings
    link = page.locator(".hb-batch__open").nth(1).get_attribute("href")
    assert "#draft=" in link and "convoy" not in link.split("#")[0]
    checker = page.context.new_page()
    checker.goto(link)
    checker.wait_for_selector('.hb-checker[data-current="true"]', timeout=90_000)
    assert checker.input_value(".hb-checker textarea").startswith("Our convoy leaves Erbil")
    assert "#" not in checker.url and "SEC-004" in checker.inner_text(".hb-checker")
    checker.close()


def test_ten_thousand_posts_show_progress_and_can_be_cancelled(page, site_server) -> None:
    marker = "Zanzibar-7f3c"
    lines = ["date,message"] + [f"2026-02-{i % 28 + 1:02d},Post {i} {marker}: our convoy leaves Erbil at 6 a.m. tomorrow #a #b"
                                 for i in range(10_000)]
    data = "\n".join(lines).encode()
    runs = page.get_attribute(ROOT, "data-run")
    page.set_input_files("#hb-batch-file", files=[{"name": "big.csv", "mimeType": "text/csv", "buffer": data}])
    page.wait_for_function("() => Number(document.querySelector('.hb-batch').dataset.done) >= 500", timeout=120_000)
    progress = page.inner_text(".hb-batch__progress-text")
    assert "of 10,000 posts checked" in progress and "left" in progress
    page.click(".hb-batch__cancel")
    page.wait_for_function(f"() => document.querySelector('.hb-batch').dataset.run !== '{runs}'", timeout=60_000)
    assert page.get_attribute(ROOT, "data-state") == "cancelled"
    checked = int(page.get_attribute(ROOT, "data-rows"))
    assert 500 <= checked < 10_000
    assert page.inner_text(".hb-batch__summary").startswith("Cancelled after")
    assert page.locator(".hb-batch__table tbody tr").count() == 50  # one page of the table at a time
    for url, body in page.sent:
        assert url.startswith(site_server.origin), url
        assert marker not in url and marker.encode() not in body
