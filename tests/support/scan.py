"""Find every reference a built site makes to another host (for the "self-contained" tests).

- HTML: resource attributes (script/img/iframe/source/video/audio/embed/object/input src,
  srcset, poster, data, `<link href>`, form action, meta refresh) and `url(...)` in inline
  styles. Links for the reader to follow (`<a href>`) are not requests and are not listed.
- CSS: `url(...)` and `@import`.
- JavaScript (.js, .mjs): URL string literals, after removing block comments and comment
  lines (licence notices name hosts that nothing fetches). Source maps are skipped.

A reference is "foreign" when it names a host: `http://`, `https://` or `//host`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

RESOURCE_ATTRIBUTES = {
    "script": ("src",), "img": ("src", "srcset"), "iframe": ("src",), "frame": ("src",),
    "source": ("src", "srcset"), "video": ("src", "poster"), "audio": ("src",), "track": ("src",),
    "embed": ("src",), "object": ("data",), "input": ("src",), "link": ("href",), "form": ("action",),
    "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
}
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.I)
_JS_URL = re.compile(r"""["'`]((?:https?:)?//[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^"'`\s]*)""")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_LINE_COMMENT = re.compile(r"(?m)^\s*//.*$")
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"]+)", re.I)


@dataclass(frozen=True)
class Reference:
    file: str
    host: str
    url: str
    where: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where} → {self.url}"


def host_of(url: str) -> str | None:
    """The host a URL names, or None for a relative or data:/blob:/mailto: URL."""
    url = url.strip()
    if url.startswith("//"):
        return urlsplit("http:" + url).hostname
    parts = urlsplit(url)
    return parts.hostname if parts.scheme in ("http", "https", "ws", "wss", "ftp") else None


class _HtmlResources(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and values.get("rel", "").lower() == "canonical":
            return  # names the page's own address; browsers do not fetch it
        for name in RESOURCE_ATTRIBUTES.get(tag, ()):
            if name in values:
                urls = [part.split()[0] for part in values[name].split(",") if part.strip()] if name == "srcset" else [values[name]]
                self.found.extend((f"<{tag} {name}>", url) for url in urls)
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            match = _REFRESH_URL.search(values.get("content", ""))
            if match:
                self.found.append(("<meta refresh>", match.group(1)))
        if "style" in values:
            self.found.extend(("style attribute", m.group(1) or m.group(2)) for m in _CSS_URL.finditer(values["style"]))


def references(site: Path) -> list[Reference]:
    """Every reference to another host in the site's HTML, CSS and JavaScript."""
    found: list[Reference] = []
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix not in (".html", ".css", ".js", ".mjs"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        name = str(path.relative_to(site))
        if path.suffix == ".html":
            parser = _HtmlResources()
            parser.feed(text)
            candidates = parser.found
        elif path.suffix == ".css":
            candidates = [("css", m.group(1) or m.group(2)) for m in _CSS_URL.finditer(_BLOCK_COMMENT.sub("", text))]
        else:
            code = _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", text))
            candidates = [("script literal", m.group(1)) for m in _JS_URL.finditer(code)]
        for where, url in candidates:
            host = host_of(url)
            if host:
                found.append(Reference(name, host, url, where))
    return found
