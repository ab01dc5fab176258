"""Posts from the files people have: scheduling-tool queues and account archives.

One reader for the command line and the in-page checker (which runs it in Pyodide), so a
file gives the same posts wherever it is checked. Formats, from their public descriptions:

- CSV with a header row: the text is in a column the caller names, or the first of the
  usual names (`message`, `text`, `post`, ...); a `date` column is kept when there is one.
- Hootsuite's bulk-composer CSV: no header; date and time, message, optional link.
- LinkedIn's `Shares.csv` (data export): `Date`, `ShareCommentary`, ...
- X's archive: `data/tweets.js` (`window.YTD.tweets.part0 = [...]`, later parts `partN`,
  older archives `window.YTD.tweet.part0`) and `note-tweet.js` for long posts. The JSON
  after the first `[` is parsed as JSON; nothing is ever evaluated as script.
- Facebook's "Download your information": `your_posts_N.json`, a list of
  `{"timestamp", "data": [{"post"}]}` whose text is UTF-8 written as Latin-1 escapes
  (`\\u00c3\\u00a9` for é), repaired here.
- A ZIP of any of these (the archives come zipped): its members are read one at a time.

A malformed file or record yields a `Post` with `error` set, naming the line or record; the
other records are still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from .drafts import BOM

TEXT_COLUMNS = ("message", "text", "post", "content", "body", "caption", "sharecommentary", "full_text", "tweet")
"""Header names taken, in this order, for the post's text when the caller names no column."""
DATE_COLUMNS = ("date", "date and time", "datetime", "scheduled", "scheduled date", "created_at", "time", "publish date")
_HOOTSUITE_DATE = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ T]\d{1,2}:\d{2}")
_X_HEADER = re.compile(r"^\s*window\.YTD\.[A-Za-z_]+\.part\d+\s*=\s*", re.ASCII)
_FACEBOOK_POSTS = re.compile(r"(^|/)your_posts(_\d+)?\.json$")
MAX_MEMBER_BYTES = 200 * 1024 * 1024
"""A ZIP member larger than this, uncompressed, is reported, not read (a guard against zip bombs)."""


@dataclass(frozen=True)
class Post:
    """One post from an export, or (with `error` set) why a record could not be read."""

    where: str
    """The file and the line or record it came from: `Shares.csv:12`, `data/tweets.js#3`."""
    text: str = ""
    date: str | None = None
    """When it was (or will be) published, as the file gives it or in ISO 8601."""
    platform: str | None = None
    """The platform the file is from, when the format says (`x`, `facebook`, `linkedin`)."""
    error: str = ""


def is_export(name: str) -> bool:
    """Whether `read_export` knows a file by its name."""
    path = PurePosixPath(name.replace("\\", "/"))
    return path.suffix.lower() in (".csv", ".zip", ".js") or bool(_FACEBOOK_POSTS.search(str(path)))


def read_export(name: str, data: bytes, column: str | None = None) -> Iterator[Post]:
    """Every post in the file `name` whose bytes are `data`, in order."""
    lower = name.lower()
    if lower.endswith(".zip"):
        yield from _zip(name, data, column)
        return
    try:
        text = data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError as error:
        yield Post(name, error=f"not UTF-8 text (byte {error.start})")
        return
    if lower.endswith(".js"):
        yield from _x_archive(name, text)
    elif _FACEBOOK_POSTS.search(lower.replace("\\", "/")):
        yield from _facebook(name, text)
    elif lower.endswith(".csv"):
        yield from _csv(name, text, column)
    else:
        yield Post(name, error="not a format the checker reads (CSV, X's tweets.js, Facebook's your_posts_N.json, or a ZIP of them)")


def _zip(name: str, data: bytes, column: str | None) -> Iterator[Post]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        yield Post(name, error=f"not a ZIP file ({error})")
        return
    found = False
    with archive:
        for member in archive.infolist():
            inner = member.filename
            if member.is_dir() or not is_export(inner) or inner.lower().endswith(".zip") or not _wanted_member(inner):
                continue
            found = True
            where = f"{name}/{inner}"
            if member.file_size > MAX_MEMBER_BYTES:
                yield Post(where, error=f"{member.file_size:,} bytes uncompressed, more than the {MAX_MEMBER_BYTES:,} read")
                continue
            yield from read_export(where, archive.read(member), column)
    if not found:
        yield Post(name, error="holds no file the checker reads (CSV, tweets.js, note-tweet.js, your_posts_N.json)")


def _wanted_member(inner: str) -> bool:
    """In an archive, the files that hold posts (an X archive has dozens of other `.js` files)."""
    base = PurePosixPath(inner).name.lower()
    if base.endswith(".js"):
        return base.startswith(("tweets", "tweet.", "tweet-part", "note-tweet"))
    return True


# X archive ------------------------------------------------------------------------------

def _x_archive(name: str, text: str) -> Iterator[Post]:
    header = _X_HEADER.match(text)
    start = text.find("[")
    if not header or start < 0:
        yield Post(name, error="not an X archive file: it should start `window.YTD.tweets.part0 = [`")
        return
    try:
        items = json.loads(text[start:].rstrip().rstrip(";"))
    except (ValueError, RecursionError) as error:
        yield Post(name, error=f"the list after `=` is not JSON ({error})")
        return
    if not isinstance(items, list):
        yield Post(name, error="the value after `=` is not a list")
        return
    for number, item in enumerate(items, 1):
        where = f"{name}#{number}"
        tweet = item.get("tweet") if isinstance(item, dict) else None
        note = item.get("noteTweet") if isinstance(item, dict) else None
        if isinstance(tweet, dict) and isinstance(tweet.get("full_text", tweet.get("text")), str):
            yield Post(where, tweet.get("full_text", tweet.get("text")), _x_date(tweet.get("created_at")), "x")
        elif isinstance(note, dict) and isinstance(note.get("core"), dict) and isinstance(note["core"].get("text"), str):
            yield Post(where, note["core"]["text"], _iso(note.get("createdAt")), "x")
        else:
            yield Post(where, error='expected {"tweet": {"full_text": ...}} or {"noteTweet": {"core": {"text": ...}}}')


def _x_date(value: object) -> str | None:
    """X's `Sat Dec 06 18:20:30 +0000 2025` as ISO 8601; other values as they are."""
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y").isoformat()
    except ValueError:
        return value


def _iso(value: object) -> str | None:
    return value if isinstance(value, str) else None


# Facebook -------------------------------------------------------------------------------

def _facebook(name: str, text: str) -> Iterator[Post]:
    try:
        items = json.loads(text)
    except (ValueError, RecursionError) as error:
        yield Post(name, error=f"not JSON ({error})")
        return
    if isinstance(items, dict):  # older exports wrap the list
        items = next((value for value in items.values() if isinstance(value, list)), None)
    if not isinstance(items, list):
        yield Post(name, error="expected a list of posts")
        return
    for number, item in enumerate(items, 1):
        where = f"{name}#{number}"
        if not isinstance(item, dict):
            yield Post(where, error="expected an object")
            continue
        texts = [part["post"] for part in item.get("data") or [] if isinstance(part, dict) and isinstance(part.get("post"), str)]
        if not texts:
            continue  # a shared photo or a check-in with no words: nothing to check
        timestamp = item.get("timestamp")
        date = (dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).isoformat()
                if isinstance(timestamp, (int, float)) and not isinstance(timestamp, bool) else None)
        yield Post(where, "\n\n".join(repair_mojibake(t) for t in texts), date, "facebook")


def repair_mojibake(text: str) -> str:
    """Facebook's export writes each UTF-8 byte as a character (é as `Ã©`): read them back as UTF-8.

    Text that is not such a mistake (a real `é`, or characters beyond Latin-1) is left as it is.
    """
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


# CSV ------------------------------------------------------------------------------------

def _csv(name: str, text: str, column: str | None) -> Iterator[Post]:
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        first = next(rows, None)
    except csv.Error as error:
        yield Post(f"{name}:1", error=f"not CSV ({error})")
        return
    if first is None:
        return
    headers = [cell.strip().lower().removeprefix(BOM) for cell in first]
    linkedin = "sharecommentary" in headers
    if column is None and not linkedin and first and _HOOTSUITE_DATE.match(first[0]):
        yield from _hootsuite(name, first, rows)
        return
    wanted = column.strip().lower() if column else next((c for c in TEXT_COLUMNS if c in headers), None)
    if wanted not in headers:
        known = ", ".join(cell for cell in first if cell.strip()) or "none"
        yield Post(f"{name}:1", error=(f"no column {column!r}" if column else "no column of text found")
                   + f"; the columns are: {known}. Name the column that holds the posts (--column NAME).")
        return
    text_at = headers.index(wanted)  # type: ignore[arg-type]
    date_at = next((headers.index(c) for c in DATE_COLUMNS if c in headers), None)
    platform = "linkedin" if linkedin else None
    line = 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            yield Post(f"{name}:{line + 1}", error=f"not CSV ({error})")
            return
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if text_at >= len(row):
            yield Post(f"{name}:{line}", error=f"the row has {len(row)} cells; the text is in cell {text_at + 1}")
            continue
        date = row[date_at] if date_at is not None and date_at < len(row) else None
        yield Post(f"{name}:{line}", row[text_at], date or None, platform)


def _hootsuite(name: str, first: list[str], rows: Iterator[list[str]]) -> Iterator[Post]:
    """Hootsuite's bulk-composer rows: date and time, message, optional link (no header)."""
    row: list[str] | None = first
    line = 1
    while row is not None:
        if any(cell.strip() for cell in row):
            if len(row) < 2:
                yield Post(f"{name}:{line}", error="expected a date and time, then the message")
            else:
                message = row[1] + (f" {row[2].strip()}" if len(row) > 2 and row[2].strip() else "")
                yield Post(f"{name}:{line}", message, row[0].strip() or None)
        try:
            row = next(rows, None)
        except csv.Error as error:
            yield Post(f"{name}:{line + 1}", error=f"not CSV ({error})")
            return
        line = getattr(rows, "line_num", line + 1)
