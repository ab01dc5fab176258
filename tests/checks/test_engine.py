from __future__ import annotations

import json

import pytest

from checks import Engine, Rulebook, load_rulebook
from checks.parse import parse_files

PAGE = """\
/// rule | X-001
    title: At most one hashtag
    severity: warning
    applies_to: {platforms: [x], accounts: [institutional]}
    source: {document: official, section: "Twitter"}
    since: 2019-10-16
    check: {kind: limit, measure: hashtags, max: 1}
    message: "{value} hashtags, {over} too many: {match}"
    flag: ["#a #b"]
    pass: ["#a"]

Body.
///

/// rule | X-002
    title: No "asap"
    severity: error
    applies_to: {platforms: [x, facebook], accounts: all}
    source: {document: official, section: "Twitter"}
    since: 2019-10-16
    check: {kind: pattern, patterns: ["asap"]}
    message: "Spell it out."
    flag: ["asap"]
    pass: ["soon"]

Body.
///

/// rule | X-003
    title: Check the image
    severity: error
    applies_to: {platforms: [x], accounts: [institutional]}
    source: {document: official, section: "Twitter"}
    since: 2019-10-16
    check: manual

Body.
///

/// rule | X-004
    title: Old rule
    severity: error
    status: retired
    reason: Obsolete.
    applies_to: {platforms: [x], accounts: [institutional]}
    source: {document: official, section: "Twitter"}
    since: 2019-10-16
    check: {kind: pattern, patterns: ["asap"]}
    message: "Old."
    flag: ["asap"]
    pass: ["soon"]

Body.
///
"""
ENGINE = Engine(parse_files({"p.md": PAGE}))


def test_findings_in_position_order_then_severity_with_spans_in_both_units() -> None:
    findings = ENGINE.check("😀 asap #a #b", "x", "institutional")
    assert [(f.rule_id, f.severity, f.text, f.start, f.end, f.start_utf16, f.end_utf16) for f in findings] == [
        ("X-002", "error", "asap", 2, 6, 3, 7),
        ("X-001", "warning", "#b", 10, 12, 11, 13),
    ]
    assert findings[1].message == "2 hashtags, 1 too many: #b"
    assert findings[1].link == "r/X-001/"


def test_only_active_rules_for_the_platform_and_account_run() -> None:
    assert [f.rule_id for f in ENGINE.check("asap #a #b", "facebook", "personal")] == ["X-002"]
    assert ENGINE.check("asap #a #b", "instagram", "institutional") == []


def test_manual_checklist() -> None:
    assert [r.id for r in ENGINE.manual("x", "institutional")] == ["X-003"]
    assert ENGINE.manual("x", "personal") == []


def test_rules_json_round_trip_gives_the_same_findings() -> None:
    rulebook = ENGINE.rulebook
    copy = Rulebook.loads(rulebook.dumps())
    assert copy.rules == rulebook.rules
    draft = "asap #a #b #c"
    assert Engine(copy).check(draft, "x", "institutional") == ENGINE.check(draft, "x", "institutional")
    assert json.loads(Engine(copy).check_json(draft, "x", "institutional"))[0]["rule_id"] == "X-002"


def test_rules_json_has_a_schema_version() -> None:
    data = json.loads(ENGINE.rulebook.dumps())
    assert data["schema"] == 1 and "x" in data["vocabulary"]["platforms"]
    assert data["rules"][0]["link"] == "r/X-001/" and data["rules"][0]["pass"] == ["#a"]


def test_an_unknown_or_wrongly_cased_platform_or_account_is_an_error() -> None:
    engine = Engine(load_rulebook())
    for platform, account in (("X", "personal"), ("twitter", "personal"), ("x", "Personal"), ("x", "staff")):
        with pytest.raises(ValueError, match="unknown (platform|account)"):
            engine.check("Hello", platform, account)
        with pytest.raises(ValueError, match="unknown"):
            engine.manual(platform, account)
