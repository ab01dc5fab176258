"""Shared test support: a static HTTP server for a built site and a headless Chromium.

Used by tests/site/ and tests/checker/. Keep it small: no test logic here.
"""
