"""The manual checklist fits the draft: what to check before publishing this text, apart from
what to check when an image goes with it, apart from what is about running the account."""

from __future__ import annotations

import json

import pytest

from checks.engine import Engine
from checks.errors import RulebookError
from checks.model import CHECKLISTS, PLATFORMS, SEVERITIES, Rulebook
from checks.parse import parse_files, parse_tree
from checks.summary import Checker
from tests.docs.test_pages import DOCS

POSTS = ("x", "facebook", "instagram", "youtube-title", "youtube-description", "linkedin", "reply", "handle", "any")
ACCOUNTS = ("institutional", "personal")
RANK = {severity: number for number, severity in enumerate(SEVERITIES)}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(parse_tree(DOCS))


def ids(rules: list) -> list[str]:
    return [rule.id for rule in rules]


def test_every_manual_rule_is_on_exactly_one_checklist(engine: Engine) -> None:
    for rule in engine.rulebook.rules:
        if rule.check is None:
            assert rule.checklist in CHECKLISTS, rule.id
        else:
            assert rule.checklist is None, f"{rule.id} is automatic but names a checklist"


def test_each_checklist_is_used(engine: Engine) -> None:
    used = {rule.checklist for rule in engine.rulebook.active() if rule.check is None}
    assert used == set(CHECKLISTS)


@pytest.mark.parametrize("platform", POSTS)
@pytest.mark.parametrize("account", ACCOUNTS)
def test_a_draft_gets_a_short_list_and_the_account_list_is_apart(engine: Engine, platform: str, account: str) -> None:
    draft = ids(engine.manual(platform, account))
    with_image = ids(engine.manual(platform, account, image=True))
    running = ids(engine.account_manual(platform, account))
    everything = {r.id for r in engine.rulebook.applicable(platform, account) if r.check is None}
    assert set(draft) <= set(with_image)
    assert set(with_image) | set(running) == everything, "a manual rule falls off every list"
    assert not set(with_image) & set(running)
    if platform != "handle":  # a new account's name brings the set-up steps with it
        assert len(draft) <= 30, f"{platform}/{account}: {len(draft)} manual points for one draft"
    for rule in engine.account_manual(platform, account):
        assert rule.checklist == "account"


@pytest.mark.parametrize("platform", POSTS)
@pytest.mark.parametrize("account", ACCOUNTS)
def test_own_points_first_then_by_severity(engine: Engine, platform: str, account: str) -> None:
    rules = engine.manual(platform, account, image=True)
    keys = [(len(r.platforms) == len(PLATFORMS), RANK[r.severity]) for r in rules]
    assert keys == sorted(keys)


def test_a_reply_gets_its_own_points_first_and_no_photo_consent(engine: Engine) -> None:
    rules = engine.manual("reply", "institutional")
    titles = [rule.title for rule in rules]
    assert not any("Photography Consent Form" in title for title in titles)
    assert "Have a strategy" not in titles
    first_general = next(i for i, rule in enumerate(rules) if len(rule.platforms) == len(PLATFORMS))
    own = ids(rules[:first_general])
    assert {"REP-005", "REP-006", "REP-012"} <= set(own)
    assert own[0] in {"REP-006", "REP-012", "REP-013"}, "the reply's own errors lead"
    assert rules[first_general - 1].severity != "error" or all(r.severity == "error" for r in rules[:first_general])


def test_running_the_account_is_not_asked_of_every_post(engine: Engine) -> None:
    facebook = ids(engine.manual("facebook", "institutional", image=True))
    for rule_id in ("FB-001", "ACC-013", "ED-001"):  # a Page, three posts a week, a strategy
        assert rule_id not in facebook
        assert rule_id in ids(engine.account_manual("facebook", "institutional"))
    assert "FB-017" in facebook  # "not more than twice a day" is checked before posting


def test_image_points_come_with_an_image(engine: Engine) -> None:
    assert "CPY-001" not in ids(engine.manual("instagram", "institutional"))
    with_image = ids(engine.manual("instagram", "institutional", image=True))
    assert {"CPY-001", "IG-002"} <= set(with_image)


def test_a_youtube_text_always_has_its_video(engine: Engine) -> None:
    for platform in ("youtube-title", "youtube-description"):
        assert "YT-001" in ids(engine.manual(platform, "institutional"))


def test_the_checker_ships_both_lists() -> None:
    checker = Checker(parse_tree(DOCS))
    draft = json.loads(checker.manual_json("reply", "institutional"))
    running = json.loads(checker.account_manual_json("reply", "institutional"))
    assert draft[0]["rule_id"].startswith("REP-") and draft[0]["severity"] == "error"
    assert {item["checklist"] for item in draft} == {"draft"}
    assert {item["checklist"] for item in running} == {"account"}
    assert "REP-017" in {item["rule_id"] for item in running}  # removing material is moderation, not a reply
    with_image = json.loads(checker.manual_json("facebook", "institutional", True))
    assert "image" in {item["checklist"] for item in with_image}


MANUAL = """\
/// rule | ED-001
    title: Have a strategy
    severity: warning
    applies_to: {platforms: all, accounts: [institutional]}
    source: {document: official, section: "Editorial"}
    since: 2019-10-16
    check: manual
@EXTRA@
Why it matters.
///
"""


def manual(extra: str) -> str:
    return MANUAL.replace("@EXTRA@\n", extra)


def test_a_manual_rule_is_on_the_draft_checklist_by_default() -> None:
    rulebook = parse_files({"p.md": manual("")})
    assert rulebook.by_id["ED-001"].checklist == "draft"


def test_the_checklist_is_read_and_survives_rules_json() -> None:
    rulebook = parse_files({"p.md": manual("    checklist: account\n")})
    assert rulebook.by_id["ED-001"].checklist == "account"
    again = Rulebook.loads(rulebook.dumps())
    assert again.by_id["ED-001"].checklist == "account"
    assert "account" in json.loads(rulebook.dumps())["vocabulary"]["checklists"]


def test_a_rules_json_without_the_field_means_draft() -> None:
    data = json.loads(parse_files({"p.md": manual("")}).dumps())
    del data["rules"][0]["checklist"]
    assert Rulebook.from_json(data).by_id["ED-001"].checklist == "draft"


@pytest.mark.parametrize(
    ("extra", "problem"),
    [("    checklist: weekly\n", "unknown checklist 'weekly'"), ("    checklist: [draft, image]\n", "unknown checklist")],
)
def test_an_unknown_checklist_is_an_error(extra: str, problem: str) -> None:
    with pytest.raises(RulebookError) as caught:
        parse_files({"p.md": manual(extra)})
    errors = [str(e) for e in caught.value.errors]
    assert any("checklist" in e and problem in e and e.startswith("p.md:8:") for e in errors), errors


def test_an_automatic_rule_names_no_checklist() -> None:
    block = MANUAL.replace("    check: manual\n", '    check: {kind: phrase, phrases: [asap]}\n    message: "Avoid {match}."\n'
                           '    flag: ["asap"]\n    pass: ["soon"]\n').replace("@EXTRA@\n", "    checklist: draft\n")
    with pytest.raises(RulebookError) as caught:
        parse_files({"p.md": block})
    assert any("only a manual rule goes on a checklist" in str(e) for e in caught.value.errors)
