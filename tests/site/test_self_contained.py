"""Nothing in the built site reaches for another host (the intranet may have no Internet at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.scan import Reference, references

pytestmark = pytest.mark.site

# Hosts named in third-party script bundles, each with why nothing on this site ever requests it.
# The condition that keeps each one dormant is asserted below.
DORMANT_IN_BUNDLES = {
    "unpkg.com": "Material loads Mermaid (and a ResizeObserver polyfill for old browsers) from here, "
                 "only on pages with a Mermaid diagram: the site has none",
    "api.github.com": "Material fetches repository facts only when `repo_url` is set: it is not",
    "cdn.jsdelivr.net": "Pyodide's default indexURL, used only when the loader is given none: the checker passes its own",
}
BUNDLES = ("assets/javascripts/", "assets/pyodide/")


def foreign(site: Path) -> list[Reference]:
    return [ref for ref in references(site)
            if not (ref.file.startswith(BUNDLES) and ref.host in DORMANT_IN_BUNDLES)]


def test_the_scanner_finds_what_it_should(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text('<link rel="stylesheet" href="https://fonts.googleapis.com/css">'
                                     '<img srcset="x.png 1x, //cdn.example.org/y.png 2x"><a href="https://example.org/">ok</a>'
                                     '<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">')
    (tmp_path / "b.css").write_text("/* https://licence.example */ a{background:url('https://img.example/i.png')}")
    (tmp_path / "c.js").write_text("/*! https://licence.example */\nfetch(\"https://api.example/x\"); const ns='http://www.w3.org/2000/svg'")
    hosts = sorted(ref.host for ref in references(tmp_path))
    assert hosts == ["api.example", "cdn.example.org", "elsewhere.example", "fonts.googleapis.com", "img.example", "www.w3.org"]


def test_the_fixture_site_references_no_other_host(fixture_site: Path) -> None:
    assert [str(ref) for ref in foreign(fixture_site) if ref.host != "www.w3.org"] == []


def test_the_handbook_references_no_other_host(built_site: Path) -> None:
    # www.w3.org appears only as the SVG namespace name in scripts, which is never fetched.
    found = foreign(built_site)
    assert [str(ref) for ref in found if not (ref.host == "www.w3.org" and ref.where == "script literal")] == []


def test_what_keeps_the_bundled_hosts_dormant(built_site: Path) -> None:
    pages = [path.read_text(encoding="utf-8") for path in built_site.rglob("*.html")]
    assert not any('class="mermaid"' in page for page in pages)
    assert not any('class="md-source"' in page for page in pages)
    assert not any("fonts.googleapis.com" in page or "fonts.gstatic.com" in page for page in pages)
