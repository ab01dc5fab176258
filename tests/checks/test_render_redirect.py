"""An active rule's short link as a static redirect file (checks.render.short_link_redirect)."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from checks.parse import parse_tree
from checks.render import Place, short_link_redirect, short_link_redirect_path

FIXTURE = Path(__file__).resolve().parents[1] / "site" / "fixtures" / "basic" / "docs"


def _places(rulebook) -> dict[str, Place]:
    return {r.id: Place(f"guide/{Path(r.file).name}", f"guide/{Path(r.file).stem}/", Path(r.file).stem.title())
            for r in rulebook.rules}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_the_redirect_moves_on_to_the_card_and_still_names_the_rule() -> None:
    rulebook = parse_tree(FIXTURE)
    rule = rulebook.by_id["T-001"]
    html = short_link_redirect(rule, _places(rulebook), "Handbook", "en")
    assert short_link_redirect_path("T-001") == "r/T-001/index.html"
    assert html.startswith("<!doctype html>\n<html lang=\"en\">")
    assert '<meta http-equiv="refresh" content="0; url=../../guide/posting/#t-001">' in html
    assert '<a href="../../guide/posting/#t-001">Read T-001 in the handbook: Posting</a>' in html
    assert f"<title>T-001 {rule.title} - Handbook</title>" in html
    assert f"<h1 id=\"t-001\">{rule.title}</h1>" in html


def test_the_redirect_escapes_what_the_editors_wrote() -> None:
    rulebook = parse_tree(FIXTURE)
    rule = replace(rulebook.by_id["T-001"], title='Say "no" to <b>', summary="Use & not <i>.")
    parser = _Tags()
    parser.feed(short_link_redirect(rule, _places(rulebook)))
    assert [tag for tag, _ in parser.tags] == ["html", "head", "meta", "meta", "title", "meta", "meta", "body", "main",
                                               "p", "h1", "p", "p", "a"]
