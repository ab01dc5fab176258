"""Counters for the in-page checker: values from the measures, limits from the rulebook's limit rules."""

from __future__ import annotations

import json

from checks import load_rulebook
from checks.images import HEADER_BYTES
from checks.model import Rule, Rulebook, Source
from checks.summary import Checker, counters, quote_label, risk, rule_groups
from tests.checks.image_files import png


def _limit(rule_id: str, measure: str, document: str = "official", **bounds: int) -> Rule:
    return Rule(
        id=rule_id, title=f"{measure} limit", severity="warning", platforms=("x", "instagram"), accounts=("institutional",),
        status="active", source=Source(document, "somewhere"), since="2020-01-01", message="{value}", body="", summary="",
        check={"kind": "limit", "measure": measure, **bounds},
    )


RULEBOOK = Rulebook((
    _limit("T-001", "x-length", document="platform", max=280),
    _limit("T-002", "x-length", min=90, max=100),
    _limit("T-003", "hashtags", max=3),
    _limit("T-004", "emoji", max=1),
    _limit("T-005", "hashtag-words", max=3),
))


def _by_measure(text: str, platform: str, account: str = "institutional") -> dict[str, dict]:
    return {c.measure: json.loads(json.dumps(c, default=lambda o: o.__dict__)) for c in counters(RULEBOOK, text, platform, account)}


def test_x_shows_weighted_length_with_platform_and_house_bounds() -> None:
    shown = _by_measure("Hello 漢字 👍🏽 #a #b", "x")
    assert list(shown) == ["x-length", "hashtags", "paragraphs", "emoji"]
    length = shown["x-length"]
    assert length["value"] == 6 + 4 + 1 + 2 + 1 + 5
    assert [(b["rule_id"], b["source"], b["min"], b["max"]) for b in length["bounds"]] == [
        ("T-001", "platform", None, 280), ("T-002", "house", 90, 100)]
    assert length["state"] == "outside"
    assert shown["hashtags"]["value"] == 2 and shown["hashtags"]["state"] == "ok"
    assert shown["emoji"]["value"] == 1


def test_other_platforms_count_characters_and_only_their_own_rules() -> None:
    shown = _by_measure("Un\n\ndeux #a #b #c #d", "instagram")
    assert list(shown)[:3] == ["characters", "hashtags", "paragraphs"]
    assert shown["characters"]["value"] == len("Un\n\ndeux #a #b #c #d")
    assert shown["paragraphs"]["value"] == 2
    assert shown["hashtags"]["state"] == "outside"
    facebook = _by_measure("Un #a #b #c #d", "facebook")
    assert list(facebook) == ["characters", "hashtags", "paragraphs"]
    assert all(not c["bounds"] for c in facebook.values())


def test_account_decides_which_bounds_apply() -> None:
    assert _by_measure("#a #b #c #d", "x", "personal")["hashtags"]["bounds"] == []


def test_checker_answers_json_with_findings_counters_and_manual() -> None:
    checker = Checker(RULEBOOK)
    report = json.loads(checker.report_json("#a #b #c #d", "x", "institutional"))
    assert [f["rule_id"] for f in report["findings"]] == ["T-002", "T-003"]
    assert {c["measure"] for c in report["counters"]} >= {"x-length", "hashtags"}
    assert json.loads(checker.manual_json("x", "institutional")) == []


IMAGE_RULEBOOK = Rulebook((
    Rule(id="P-001", title="Square post image", severity="warning", platforms=("facebook",), accounts=("institutional",),
         status="active", source=Source("official", "somewhere"), since="2020-01-01",
         message="This image ({size}) is not {expected}.", body="", summary="",
         check={"kind": "image", "use": "post-image", "sizes": [[1080, 1080]]}),
))


def test_checker_lists_image_uses_only_where_image_rules_apply() -> None:
    checker = Checker(IMAGE_RULEBOOK)
    assert json.loads(checker.image_uses_json("facebook", "institutional")) == [{"use": "post-image", "label": "Image in a post"}]
    assert json.loads(checker.image_uses_json("facebook", "personal")) == []
    assert json.loads(checker.image_uses_json("x", "institutional")) == []


def test_checker_image_report_is_the_engines_and_never_raises() -> None:
    checker = Checker(IMAGE_RULEBOOK)
    small = png(800, 600, decodable=False)
    report = json.loads(checker.image_report_json(small, "facebook", "post-image", "institutional", 5_000))
    assert report == json.loads(checker.engine.check_image_json(small, "facebook", "post-image", "institutional", 5_000))
    assert report["image"]["width"] == 800 and report["image"]["file_size"] == 5_000
    assert [f["rule_id"] for f in report["findings"]] == ["P-001"]
    broken = json.loads(checker.image_report_json(b"just some text", "facebook", "post-image", "institutional"))
    assert broken["image"] is None and broken["findings"] == [] and broken["error"]
    assert Checker.header_bytes == HEADER_BYTES


# --- risk order, verdict counts, words and numbers -----------------------------------------

REAL = load_rulebook()


def test_security_and_privacy_come_first_then_errors_warnings_suggestions() -> None:
    text = ("Today families arrived in Goma. More arrive tomorrow.\n\nCall Ana on +41 22 717 9111.\n\n"
            "The convoy leaves Goma at 6am on the N2 road.\n\n" + "Long text. " * 50)
    findings = Checker(REAL).engine.check(text, "facebook", "institutional")
    groups = rule_groups(REAL, findings)
    assert [g["risk"] for g in groups][:2] == ["security", "security"]
    assert {g["rule_id"] for g in groups[:2]} == {"SEC-001", "SEC-004"}
    later = [g["risk"] for g in groups[2:]]
    assert later == sorted(later, key=["error", "warning", "suggestion"].index) and "error" in later
    assert sorted(i for g in groups for i in g["findings"]) == list(range(len(findings)))


def test_a_rule_with_many_occurrences_is_one_group() -> None:
    text = "<<NEW>> Families <return> home >> today <<"
    findings = Checker(REAL).engine.check(text, "youtube-title", "institutional")
    groups = rule_groups(REAL, findings)
    assert len({g["rule_id"] for g in groups}) == len(groups)
    assert sum(len(g["findings"]) for g in groups) == len(findings)


def test_risk_names_the_security_detectors_whatever_the_rule_id() -> None:
    assert risk(REAL.by_id["PER-008"]) == "security"  # confidential information
    assert risk(REAL.by_id["SEC-004"]) == "security"
    assert risk(REAL.by_id["FB-008"]) == "error"
    assert risk(REAL.by_id["X-001"]) == REAL.by_id["X-001"].severity


def test_quotes_say_what_they_are() -> None:
    assert quote_label(REAL.by_id["X-001"]) == "The hashtag past the limit"
    assert quote_label(REAL.by_id["FB-007"]) == "The part past the limit"
    assert quote_label(REAL.by_id["SEC-004"]) == "Passage"


def test_report_carries_verdict_counts_platform_label_and_rulebook_version() -> None:
    checker = Checker(REAL)
    report = json.loads(checker.report_json("Safe migration for all #migration #refugees #UN #IOM", "x", "institutional"))
    assert report["counts"] == {"error": 0, "warning": 1, "suggestion": 1}
    assert report["platform"] == {"id": "x", "label": "X post"}
    latest = max(d for r in REAL.rules for d in (r.since, r.revised) if d)
    assert report["rulebook"] == f"{latest} ({len(REAL.rules)} rules)"
    assert [g["rule_id"] for g in report["groups"]] == ["X-001", "X-003"]
    assert report["groups"][1]["limit"] == "house" and report["groups"][0]["limit"] == "house"


def test_counter_states_tell_platform_limits_from_suggested_ranges_and_stay_neutral_when_empty() -> None:
    over = {c.measure: c for c in counters(REAL, "x" * 3068, "linkedin", "institutional")}
    assert over["characters"].state == "over"
    outside = {c.measure: c for c in counters(REAL, "#a #b #c #d", "x", "institutional")}
    assert outside["hashtags"].state == "outside" and outside["x-length"].state == "outside"
    empty = counters(REAL, "", "x", "institutional")
    assert {c.state for c in empty} == {"empty"}
    labels = [c.label for c in counters(REAL, "A title", "youtube-title", "institutional")]
    assert len(labels) == len(set(labels)), labels


def test_messages_write_large_numbers_with_thousands_separators() -> None:
    messages = [f.message for f in Checker(REAL).engine.check("x" * 3068, "linkedin", "institutional")]
    assert any("3,068" in m and "3,000" in m for m in messages), messages
