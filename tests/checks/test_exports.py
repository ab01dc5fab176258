"""Posts from scheduling-tool queues and account archives (checks/exports.py), and the command line on them."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from checks.exports import Post, read_export, repair_mojibake
from tests.checks.test_cli import run

EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"


def posts(name: str, column: str | None = None) -> list[Post]:
    path = EXPORTS / name
    return list(read_export(str(path.relative_to(EXPORTS)), path.read_bytes(), column))


def test_x_archive_tweets_with_dates_and_a_bad_record_named() -> None:
    found = posts("x-archive/data/tweets.js")
    assert [p.text for p in found][0] == "Proud of our teams in Erbil today. See you all on #WorldMigrantsDay"
    assert (found[0].date, found[0].platform) == ("2025-12-06T18:20:30+00:00", "x")
    part1 = posts("x-archive/data/tweets-part1.js")
    assert part1[0].text == "Vote for Jane Smith on Sunday!"
    assert part1[1].error.startswith('expected {"tweet"') and part1[1].where.endswith("tweets-part1.js#2")


def test_x_archive_older_singular_form_and_long_posts() -> None:
    assert [p.text for p in posts("tweet.js")] == ["Older archive, singular name."]
    note = posts("x-archive/data/note-tweet.js")
    assert note[0].text.startswith("A long post about our work in the Sahel") and note[0].date == "2025-12-09T11:00:00.000Z"


def test_an_x_archive_is_parsed_as_json_never_run_as_script() -> None:
    hostile = b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "</script><img src=x onerror=alert(1)>"}}]; alert(2)'
    found = list(read_export("tweets.js", hostile))
    assert found[0].error  # trailing script makes it not JSON: reported, never executed
    assert list(read_export("tweets.js", b"alert(1)"))[0].error.startswith("not an X archive file")


def test_facebook_posts_are_repaired_and_wordless_posts_skipped() -> None:
    found = posts("your_posts_1.json")
    assert [p.text for p in found if not p.error] == [
        "Fière de nos équipes à Dakar aujourd'hui !", "Nous sommes désolés que vous le perceviez ainsi."]
    assert found[0].date == "2024-12-06T16:00:00+00:00" and found[0].platform == "facebook"
    assert found[-1].error == "expected an object" and found[-1].where.endswith("#4")
    assert repair_mojibake("déjà vu 🙂") == "déjà vu 🙂"  # not a mistake: left alone


def test_linkedin_shares_multiline_commentary_and_quotes() -> None:
    found = posts("Shares.csv")
    assert found[0].text == "Thrilled to share our new report on labour migration.\nRead it here."
    assert found[1].text == 'Views are my own. "Leaked" memo: 300 posts will be cut next month.'
    assert [(p.platform, p.date, p.where) for p in found][1] == ("linkedin", "2025-11-22 08:15:40", "Shares.csv:4")


def test_hootsuite_bulk_composer_rows_without_a_header() -> None:
    found = posts("hootsuite.csv")
    assert found[0].text == "Join us on 18 December for #InternationalMigrantsDay https://www.iom.int/migrantsday"
    assert found[0].date == "12/15/2026 09:30"
    assert found[2].error == "expected a date and time, then the message" and found[2].where == "hootsuite.csv:3"


def test_any_csv_with_a_header_and_a_chosen_column() -> None:
    assert [p.text for p in posts("queue.csv")] == ["Happy holidays from all of us at IOM!", "We are sorry you feel this way."]
    assert posts("queue.csv")[0].date == "2026-12-20"
    assert [p.text for p in posts("queue.csv", column="Network")] == ["facebook", "x"]
    missing = posts("queue.csv", column="Body")
    assert len(missing) == 1 and "no column 'Body'; the columns are: id, Publish date, Network, Message" in missing[0].error


def test_a_zip_of_an_archive_reads_only_the_files_with_posts() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted((EXPORTS / "x-archive").rglob("*.js")):
            archive.write(path, str(path.relative_to(EXPORTS / "x-archive")))
        archive.write(EXPORTS / "your_posts_1.json", "this_profile_s_activity_across_facebook/posts/your_posts_1.json")
    found = list(read_export("archive.zip", buffer.getvalue()))
    texts = [p.text for p in found if not p.error]
    assert "Older archive" not in " ".join(texts) and "someone@example.org" not in " ".join(texts)  # account.js is not posts
    assert len(texts) == 2 + 1 + 1 + 2
    assert all(p.where.startswith("archive.zip/") for p in found)
    assert list(read_export("broken.zip", b"PK not really"))[0].error.startswith("not a ZIP file")


@pytest.mark.parametrize("data", [b"", b"\xff\xfe\x00", b"window.YTD.tweets.part0 = [" + b"[" * 100_000, b"a,b\n\"unclosed"])
def test_malformed_files_are_reported_never_raised(data: bytes) -> None:
    for name in ("tweets.js", "your_posts_1.json", "q.csv", "a.zip"):
        for post in read_export(name, data):
            assert post.error or isinstance(post.text, str)


def test_command_line_checks_every_format_and_writes_csv(tmp_path: Path) -> None:
    result = run("check", str(EXPORTS / "hootsuite.csv"), str(EXPORTS / "x-archive/data/tweets.js"), "-p", "x", "--format", "csv")
    assert result.returncode == 2  # hootsuite.csv line 3 has no message
    assert "hootsuite.csv:3: expected a date and time" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"SEC-004", "SEC-001"} <= {row["rule"] for row in rows}
    convoy = next(row for row in rows if row["rule"] == "SEC-004")
    assert convoy["date"] == "12/16/2026 14:00" and convoy["link"] == "r/SEC-004/" and convoy["file"].endswith("hootsuite.csv:2")


def test_command_line_jobs_give_the_same_findings(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"Post {n}: we are sorry you feel this way. Call +41 79 555 01 {n % 100:02d}", "platform": "reply"})
             for n in range(300)]
    queue = tmp_path / "queue.jsonl"
    queue.write_text("\n".join(lines), encoding="utf-8")
    one = run("check", str(queue), "--format", "json", "--jobs", "1")
    two = run("check", str(queue), "--format", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert json.loads(one.stdout) == json.loads(two.stdout) and len(json.loads(one.stdout)) == 300
