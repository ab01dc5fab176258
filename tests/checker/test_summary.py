"""Counters for the in-page checker: values from the measures, limits from the rulebook's limit rules."""

from __future__ import annotations

import json

from checks.images import HEADER_BYTES
from checks.model import Rule, Rulebook, Source
from checks.summary import Checker, counters
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
