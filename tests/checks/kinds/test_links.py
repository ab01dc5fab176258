from __future__ import annotations

import pytest

from checks.kinds.links import host
from tests.checks.kinds.compiled import compile_ok, problems, spans


@pytest.mark.parametrize("url, name", [
    ("https://en.wikipedia.org/wiki/X", "en.wikipedia.org"),
    ("http://www.IOM.int/news", "iom.int"),
    ("youtu.be/abc", "youtu.be"),
    ("https://user@example.org:8080/path?q=1#f", "example.org"),
])
def test_host(url: str, name: str) -> None:
    assert host(url) == name


def test_domains_cover_subdomains_only() -> None:
    check = compile_ok(kind="links", domains=["wikipedia.org"])
    draft = "See https://fr.m.wikipedia.org/wiki/X and https://notwikipedia.org/x and https://wikipedia.org"
    assert spans(check, draft) == ["https://fr.m.wikipedia.org/wiki/X", "https://wikipedia.org"]


def test_any_link_with_exemptions() -> None:
    check = compile_ok(kind="links", any=True, except_domains=["iom.int"])
    assert spans(check, "See https://www.iom.int/x and https://example.org/y") == ["https://example.org/y"]


def test_longer_than() -> None:
    check = compile_ok(kind="links", longer_than=25, except_domains=["bit.ly"])
    assert spans(check, "https://bit.ly/3abcdefghijklmnopqrstuv https://www.example.org/a/very/long/path/indeed https://ex.org/a") == [
        "https://www.example.org/a/very/long/path/indeed"
    ]


def test_parameter_problems() -> None:
    assert problems(kind="links")[0][0] == "check"
    assert problems(kind="links", domains=["https://wikipedia.org"])[0][0] == "check.domains"
