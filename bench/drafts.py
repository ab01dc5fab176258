"""Drafts of a given length for latency benchmarks: realistic, mixed, and never the same twice.

Each draft is cut from a long mixed text (prose, hashtags, mentions, links, emoji with
skin tones and ZWJ sequences, Arabic, Chinese, numbers) at an offset that depends on
`variant`, so no two repeats hit a cache keyed on the text.
"""

from __future__ import annotations

PARAGRAPHS = (
    "Today we met families in Mosul who returned home after years away 👩‍👩‍👧‍👦. "
    "Read their stories: https://www.iom.int/news #migration #IOM @UNmigration\n\n",
    "Our teams in Cox’s Bazar distributed 12,400 shelter kits this week 🙌🏽 with support from partners. "
    "Thank you to everyone who made this possible! #Rohingya #humanitarian\n\n",
    "نعمل مع الشركاء لدعم المهاجرين في جميع أنحاء المنطقة. "
    "在全球范围内支持移民和流离失所者。 Les migrants contribuent à nos sociétés. 🌍\n\n",
    "We’re sorry you had this experience. Please write to us at info@example.org "
    "or call +41 22 717 9111 so we can help. BREAKING: reports say a convoy will leave at 06:00.\n\n",
    "Safe, orderly and regular migration benefits all. Learn more at iom.int/migration-data "
    "and follow @IOMchief for updates from the field 📊 #GCM #data\n\n",
)
TEXT = "".join(PARAGRAPHS)


def draft(length: int, variant: int = 0) -> str:
    """`length` characters of mixed text, starting at a place that depends on `variant`."""
    start = (variant * 37) % len(TEXT)
    repeated = TEXT * (length // len(TEXT) + 2)
    return repeated[start:start + length]
