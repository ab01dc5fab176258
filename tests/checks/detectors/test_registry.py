"""The registry of named detectors and the interface every detector module keeps."""

from __future__ import annotations

from checks.detectors import DETECTORS
from checks.errors import ParamErrors
from checks.kinds import compile_check
from checks.text import Draft

NAMES = {"personal-data", "convoy", "partisan", "unconfirmed-news", "confidential", "disclaimer", "org-email", "handle", "non-apology", "signoff"}
NEEDED_OPTIONS = {"org-email": {"domains": ["iom.int"]}, "handle": {"prefixes": ["IOM", "OIM"]}}


def test_every_named_detector_is_registered() -> None:
    assert set(DETECTORS) == NAMES


def test_every_module_keeps_the_interface() -> None:
    for name, module in DETECTORS.items():
        assert module.NAME == name
        assert isinstance(module.DESCRIPTION, str) and module.DESCRIPTION
        detect = module.compile(NEEDED_OPTIONS.get(name, {}), ParamErrors())
        assert callable(detect)
        assert detect(Draft("")) == []


def test_a_rule_uses_a_detector_through_the_detector_kind() -> None:
    errors = ParamErrors()
    check = compile_check({"kind": "detector", "name": "convoy", "min_confidence": 0.8}, errors)
    assert not errors and check is not None
    hits = check(Draft("The convoy leaves at 06:00 via the N2 road. Trucks leave at 07:00."))
    assert [(hit.values["what"], hit.values["confidence"]) for hit in hits] == [
        ("the route or time of a convoy or movement", 0.85)
    ]
