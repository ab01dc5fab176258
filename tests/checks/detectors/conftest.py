"""The detector tests test each detector's cues; the trained classifier has tests of its own.

The classifier adds findings by statistics (measured by `python -m bench.accuracy`, not by single
examples), so the cue tests here run without it, except in test_classifier.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from checks.detectors import _classifier


@pytest.fixture(autouse=True)
def cues_only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if request.node.path.name != "test_classifier.py":
        monkeypatch.setattr(_classifier, "model", lambda: {})
    yield
