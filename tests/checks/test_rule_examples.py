"""Every rule's documented examples, run through the engine as tests (like ESLint's rule docs)."""

from __future__ import annotations

import pytest

from checks import Engine, load_rulebook
from checks.kinds.image import parse_example

RULEBOOK = load_rulebook()
ENGINE = Engine(RULEBOOK)
CASES = [
    pytest.param(rule, platform, example, expected, id=f"{rule.id}-{kind}{number}-{platform}")
    for rule in RULEBOOK.active()
    for kind, examples, expected in (("flag", rule.flag, True), ("pass", rule.passes, False))
    for number, example in enumerate(examples, 1)
    for platform in rule.platforms[:1]
]


@pytest.mark.parametrize("rule, platform, example, flagged", CASES)
def test_example(rule, platform: str, example: str, flagged: bool) -> None:  # type: ignore[no-untyped-def]
    if rule.check.get("kind") == "image":  # its examples describe images ("800x600"), not drafts
        width, height, file_size = parse_example(example)
        findings = ENGINE.check_dimensions(width, height, platform, rule.check["use"], rule.accounts[0], file_size)
    else:
        findings = ENGINE.check(example, platform, rule.accounts[0])
    ids = {f.rule_id for f in findings}
    assert (rule.id in ids) is flagged, f"{rule.id} {'missed' if flagged else 'wrongly flagged'}: {example!r}"


def test_every_automatic_rule_has_both_kinds_of_example() -> None:
    for rule in RULEBOOK.active():
        if rule.automatic:
            assert rule.flag and rule.passes, rule.id
