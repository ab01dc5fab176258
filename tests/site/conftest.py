"""Fixtures for the browser tests of the site."""

from __future__ import annotations

import pytest


@pytest.fixture
def page(chromium):
    """A fresh page (1280×900, light scheme) that may use the clipboard."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light",
                                   permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()
