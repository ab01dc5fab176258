"""A threaded static HTTP server for a built site, optionally under a sub-path.

    with SiteServer(site_dir, prefix="/handbooks/social-media/") as server:
        page.goto(server.url + "r/X-003/")
        assert "/handbooks/social-media/rules.json" in server.requested

`.mjs` is served as text/javascript and `.wasm` as application/wasm whatever the
system's MIME table says (module workers refuse other types). Requests outside
the prefix get 404. Every request path is recorded, in order, in `requested`, and
every answer (path, status, body bytes) in `sent`.

By default nothing may be cached (`no-store`), so tests see every request. With
`caching=True` it answers like a well-set-up production host (see docs/reference/checker-admin.md):
files whose name carries a version or a content hash may be kept for a year
(`immutable`), everything else must be revalidated (`no-cache`, answered 304 when unchanged).
"""

from __future__ import annotations

import functools
import mimetypes
import re
import shutil
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

MIME_TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".zip": "application/zip",
    ".woff2": "font/woff2",
}
VERSIONED = re.compile(r"/pyodide/\d+\.\d+\.\d+/|[.-][0-9a-f]{8,}(\.min)?\.[a-z0-9]+$")
"""Paths that change name whenever their content changes: Pyodide's versioned folder, hashed names."""


@dataclass(frozen=True)
class Sent:
    path: str
    status: int
    body_bytes: int


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**mimetypes.types_map, **MIME_TYPES, "": "application/octet-stream"}

    def __init__(self, *args, prefix: str, requested: list[str], sent: list[Sent], lock: threading.Lock,
                 caching: bool, **kwargs) -> None:
        self.prefix = prefix
        self.requested = requested
        self.sent = sent
        self.lock = lock
        self.caching = caching
        self.body_bytes = 0
        super().__init__(*args, **kwargs)

    def send_response(self, code: int, message: str | None = None) -> None:
        self.status = code
        super().send_response(code, message)

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        before = source.tell()
        shutil.copyfileobj(source, outputfile)
        self.body_bytes = source.tell() - before

    def send_head(self):  # type: ignore[override]
        path = unquote(urlsplit(self.path).path)
        with self.lock:
            self.requested.append(path)
        if not path.startswith(self.prefix):
            if path + "/" == self.prefix:
                return self._redirect(self.prefix)
            self.send_error(404, "outside the site's prefix")
            return None
        inner = "/" + path[len(self.prefix):]
        if Path(self.translate_path(inner)).is_dir() and not inner.endswith("/"):
            return self._redirect(path + "/")  # the base class would drop the prefix
        self.path = inner
        return super().send_head()

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return None

    def end_headers(self) -> None:
        if not self.caching:
            self.send_header("Cache-Control", "no-store")
        elif VERSIONED.search(urlsplit(self.path).path):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def handle_one_request(self) -> None:
        self.status, self.body_bytes = 0, 0
        super().handle_one_request()
        if self.status:
            with self.lock:
                self.sent.append(Sent(unquote(urlsplit(self.path).path), self.status, self.body_bytes))

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


class SiteServer:
    """Serve `root` on 127.0.0.1 (a free port) at `prefix`, in a background thread."""

    def __init__(self, root: Path | str, prefix: str = "/", caching: bool = False,
                 handler_class: type[_Handler] = _Handler) -> None:
        if not (prefix.startswith("/") and prefix.endswith("/")):
            raise ValueError(f"prefix must start and end with '/', not {prefix!r}")
        self.root = Path(root)
        self.prefix = prefix
        self.requested: list[str] = []
        self.sent: list[Sent] = []
        self._lock = threading.Lock()
        handler = functools.partial(handler_class, directory=str(self.root), prefix=prefix, requested=self.requested,
                                    sent=self.sent, lock=self._lock, caching=caching)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        """The site's root URL, ending in '/'."""
        return self.origin + self.prefix

    def clear(self) -> None:
        """Forget the requests recorded so far."""
        with self._lock:
            self.requested.clear()
            self.sent.clear()

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.stop()
