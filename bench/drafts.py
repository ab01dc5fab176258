"""Drafts for latency benchmarks: realistic, varied posts, and never the same text twice.

Sentences in random order and paragraphs: prose with hashtags, mentions, links, emoji,
numbers and non-Latin scripts, with some rule-breaking content (phone numbers,
"BREAKING", a convoy's route, set phrases). `fresh()` changes one character, so that
nothing cached on the text can hide the work of a repeated check.
"""

from __future__ import annotations

import random

SEED = 20260501

SENTENCES = (
    "Today we met families in Mosul who returned home after years away.",
    "With our partners, we support communities on the move across the Sahel and beyond.",
    "Read their stories: https://www.iom.int/news/returns-iraq",
    "More at iom.int/migration-data and https://en.wikipedia.org/wiki/Human_migration",
    "Thank you @UNmigration and @IOM_Iraq for your work 🙏",
    "In 2025, 1,234 people received cash assistance, 56% of them women.",
    "#WorldRefugeeDay #migration #SafeMigrationForAll",
    "Nos équipes ont distribué 3 200 kits d'hygiène à Goma cette semaine. #RDC",
    "Nuestro equipo apoya a las personas migrantes en Tapachula, México 🇲🇽.",
    "移民と家族を支援しています。国际移民组织与合作伙伴一起工作。",
    "نحن ندعم المهاجرين وأسرهم في رحلتهم نحو الأمان.",
    "Мы помогаем мигрантам и их семьям 💙",
    "नमस्ते! हम प्रवासियों की सहायता करते हैं।",
    "이주민과 함께합니다 👩‍👩‍👧‍👦 👍🏽 ❤️",
    "Caf\u00e9 opening in the camp: r\u00e9fugi\u00e9s and hosts together \u2615",
    "BREAKING: unconfirmed reports say the border will close tonight.",
    "The convoy leaves Goma at 06:00 tomorrow via the Bukavu road.",
    "For help, call +41 22 717 9111 or write to jane.doe@example.org.",
    "We are sorry you feel this way.",
    "This document is CONFIDENTIAL, internal only.",
    "Vote for our candidate in the election! #politics",
    "Born on 12 March 1990, she now lives at 12 Baker Street, London NW1 6XE.",
    "Join us on 20 June 2026 at 14:00 (Geneva time) #WRD2026 #IOM #UN #Refugees #Help",
    "👉 Learn more: https://www.iom.int/this-is-a-very-long-link-that-goes-on-and-on-for-a-while?utm_source=x",
    "Our colleagues in Cox's Bazar (Bangladesh) delivered 4,500 shelter kits — thank you!",
)


def base_draft(length: int, seed: int) -> str:
    """A draft of exactly `length` characters: sentences in random order, in paragraphs."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < length:
        sentence = rng.choice(SENTENCES)
        joiner = rng.choice((" ", " ", " ", "\n", "\n\n"))
        parts.append(sentence + joiner)
        size += len(sentence) + len(joiner)
    return "".join(parts)[:length]


def fresh(base: str, number: int) -> str:
    """The draft with one character changed: a new text for every repetition."""
    position = (number * 7919) % len(base)
    while not base[position].isascii() or not base[position].isalpha():
        position = (position + 1) % len(base)
    replacement = "xyz"[number % 3] if base[position] != "xyz"[number % 3] else "w"
    return base[:position] + replacement + base[position + 1:]


def drafts(length: int, count: int) -> list[str]:
    """`count` fresh drafts of exactly `length` characters, all different."""
    base = base_draft(length, SEED + length)
    return [fresh(base, number) for number in range(count)]
