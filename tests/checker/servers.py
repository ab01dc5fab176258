"""Variants of the shared test server (tests/support/server.py) for the checker's tests:
one that sends a Content-Security-Policy, one that sends `.mjs` with a wrong MIME type."""

from __future__ import annotations

from pathlib import Path

from tests.support.server import SiteServer, _Handler

CSP = "; ".join((
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'",
    "worker-src 'self'",
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
))
"""The policy documented in docs/reference/checker-admin.md (no 'unsafe-eval')."""


class _PolicyHandler(_Handler):
    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()


class _WrongTypeHandler(_Handler):
    def guess_type(self, path):  # type: ignore[override]
        return "text/plain" if str(path).endswith(".mjs") else super().guess_type(path)


def policy_server(root: Path, prefix: str) -> SiteServer:
    return SiteServer(root, prefix=prefix, handler_class=_PolicyHandler)


def wrong_mime_server(root: Path, prefix: str) -> SiteServer:
    return SiteServer(root, prefix=prefix, handler_class=_WrongTypeHandler)
