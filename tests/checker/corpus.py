"""Drafts for comparing the in-page checker with the command line: deterministic and varied.

`corpus()` mixes pieces that the rules react to (hashtags, links, e-mail addresses,
set phrases, underscores) with text that strains offsets (emoji sequences, CJK,
combining marks, right-to-left scripts, line breaks) over every platform and account.
"""

from __future__ import annotations

import random

from checks.model import ACCOUNTS, PLATFORMS, Rulebook

Case = tuple[str, str, str]
"""(draft, platform, account)"""

WORDS = (
    "migration", "families", "returned", "home", "today", "we", "met", "in", "Mosul", "support", "the", "of",
    "communities", "safe", "for", "all", "read", "their", "stories", "here", "and", "with", "partners", "report",
)
PIECES = (
    "#migration", "#WorldRefugeeDay", "#SafeMigrationForAllNow", "#IOM", "#UN", "#COVID19", "#refugees", "#数据",
    "@IOM", "@UNmigration", "@IOM_Iraq",
    "https://www.iom.int/news", "https://en.wikipedia.org/wiki/Migration", "fr.m.wikipedia.org/wiki/Migration",
    "iom.int/report", "www.example.com/page?x=1",
    "jdoe@iom.int", "press@example.org",
    "we are sorry you feel this way", "We’re sorry you feel this way.", "we are SORRY\nyou feel   this way",
    "👍🏽", "👩‍👩‍👧‍👦", "🇺🇳", "1️⃣", "❤️", "😀😀", "🏳️‍🌈",
    "移民と家族", "国际移民组织", "이주민", "e\u0301te\u0301", "Ǹ\u0323", "a\u0308\u0304",
    "الهجرة الآمنة", "מהגרים", "Привет, мир", "नमस्ते",
    "\n", "\n\n", "\r\n", "\t", "  ", "_", "<b>", "&amp;",
)


def _draft(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 40)):
        if rng.random() < 0.6:
            parts.append(rng.choice(WORDS))
        else:
            parts.append(rng.choice(PIECES))
    joiners = (" ", " ", " ", "", "\n", ", ")
    return "".join(part + rng.choice(joiners) for part in parts).strip(" ")


def corpus(size: int = 240, seed: int = 20261121) -> list[Case]:
    """`size` drafts spread over every platform and account; the same list on every call."""
    rng = random.Random(seed)
    cases: list[Case] = []
    combos = [(platform, account) for platform in PLATFORMS for account in ACCOUNTS]
    for number in range(size):
        platform, account = combos[number % len(combos)]
        text = _draft(rng)
        if number % 15 == 7:
            text = " ".join([text] * rng.randint(5, 25))  # long drafts
        if number % 23 == 3:
            text = ""
        cases.append((text, platform, account))
    return cases


def rule_examples(rulebook: Rulebook) -> list[Case]:
    """Every active rule's flag and pass examples, on each platform and account it applies to."""
    cases: list[Case] = []
    for rule in rulebook.active():
        for example in (*rule.flag, *rule.passes):
            for platform in rule.platforms:
                for account in rule.accounts:
                    cases.append((example, platform, account))
    return cases
