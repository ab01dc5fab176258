"""A deterministic corpus of varied drafts for the command-line benchmark (bench/cli.py).

Sentences come from the handbook itself (every rule's `flag` and `pass` examples) and from
the checker's test corpus (tests/checker/corpus.py), recombined at the lengths the
platforms use: handles, YouTube titles, 280-character posts, 1-3k-character Facebook and
LinkedIn posts, longer YouTube descriptions and a few very long drafts. Into them go
hashtags, mentions, links, emoji (ZWJ sequences, skin tones, flags, keycaps), right-to-left
and other scripts, numbers and phone-like strings, line breaks and a little markup.
Each draft gets a platform suited to its length, and an account.

    .venv/bin/python -m bench.corpus [--drafts 10000] [--out DIR]   # writes DIR/drafts/*.txt and DIR/drafts.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from bench.report import percentile, table

ROOT = Path(__file__).resolve().parents[1]
SEED = 20260611
MAX_SENTENCE = 600
"""Longer rule examples (limit rules' long drafts) would swamp the short shapes."""


Pool = tuple[Sequence[str], Sequence[str]]
"""(the handbook's rule examples, the checker test corpus's drafts)"""


class Draft(NamedTuple):
    id: str
    text: str
    platform: str
    account: str
    shape: str


HASHTAGS = ("#migration", "#IOM", "#WorldRefugeeDay", "#SafeMigrationForAll", "#COVID19", "#refugees", "#移民",
            "#الهجرة", "#Миграция", "#प्रवासन", "#DíaDelMigrante", "#2026Goals", "#climate_action")
MENTIONS = ("@IOM", "@UNmigration", "@IOM_Iraq", "@OIM_Mexico", "@IOMChief", "@UN", "@unicef", "@IOM_GMDAC")
LINKS = ("https://www.iom.int/news", "https://iom.int/report?id=2026&lang=en", "www.example.com/page?x=1",
         "http://bit.ly/3xYz", "https://en.wikipedia.org/wiki/Human_migration", "iom.int/get-involved",
         "https://migrationdataportal.org/themes/migrant-stocks#key-trends", "t.co/abcDEF123",
         "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "press@iom.int", "jdoe@example.org")
EMOJI = ("👍🏽", "👩‍👩‍👧‍👦", "🧑🏿‍⚕️", "👨🏻‍🌾", "🏳️‍🌈", "🇺🇳", "🇸🇩", "1️⃣", "❤️", "😀", "🙏🏾", "🌍", "🤝", "✊🏼",
         "👩🏽‍🤝‍👩🏻", "🧕🏻", "⚠️", "📢", "☀", "🫶🏽")
NUMBERS = ("3,000", "1.5 million", "+41 22 717 9111", "(555) 010-0199", "0800 123 4567", "12/03/2026", "2026-06-11",
           "45%", "US$ 2.3 million", "No. 17", "+964 750 123 4567", "١٢٣٤", "٣٬٠٠٠", "१२३")
MARKUP = ("<b>", "</b>", "**", "_", "&amp;", "<br>", "[read more](https://www.iom.int)", "> ", "- ", "&nbsp;")
SCRIPTS = {
    "Arabic": ("المنظمة الدولية للهجرة تدعم العائلات العائدة إلى ديارها.", "الهجرة الآمنة للجميع",
               "التقينا اليوم بعائلات في الموصل."),
    "Hebrew": ("ארגון ההגירה הבינלאומי עוזר למשפחות.", "הגירה בטוחה לכולם", "פגשנו היום משפחות שחזרו הביתה."),
    "Han": ("国际移民组织今天在摩苏尔会见了返乡家庭。", "安全移民，惠及所有人", "國際移民組織支持回鄉的家庭。"),
    "Japanese": ("移民と家族のための支援を続けています。", "きょう、モスルで帰還した家族に会いました。"),
    "Hangul": ("국제이주기구는 이주민 가족을 지원합니다.", "모두를 위한 안전한 이주"),
    "Cyrillic": ("Сегодня мы встретили семьи, вернувшиеся домой.", "Безпечна міграція для всіх.", "Привет, мир"),
    "Devanagari": ("आज हम उन परिवारों से मिले जो घर लौटे।", "सभी के लिए सुरक्षित प्रवासन", "नमस्ते"),
    "Greek": ("Ασφαλής μετανάστευση για όλους.",),
    "Thai": ("การย้ายถิ่นที่ปลอดภัยสำหรับทุกคน",),
}
HANDLES = ("IOM", "IOM_Iraq", "OIM_Mexico", "MigrationIraq", "IOMNigeria", "iom.ukraine", "IOM-Sudan", "OIM",
           "UNmigration", "IOM_Iraq_2", "mariam_field_officer", "ИОМ", "IOM_Sudan_official_account_2026")

# shape: (share of the corpus, platforms, (shortest, longest) in characters)
SHAPES: dict[str, tuple[float, tuple[str, ...], tuple[int, int]]] = {
    "handle": (0.08, ("handle",), (2, 32)),
    "title": (0.12, ("youtube-title",), (20, 100)),
    "post": (0.42, ("x", "reply", "instagram", "any"), (40, 320)),
    "long post": (0.30, ("facebook", "linkedin", "instagram"), (1_000, 3_000)),
    "description": (0.076, ("youtube-description", "facebook", "linkedin"), (3_000, 8_000)),
    "very long": (0.0, ("any", "facebook", "youtube-description"), (30_000, 80_000)),
}


def sentences(docs: Path = ROOT / "docs") -> tuple[list[str], list[str]]:
    """The handbook's rule examples (not image sizes), and the checker test corpus's drafts; each deduplicated, in order."""
    from checks import load_rulebook
    from tests.checker.corpus import corpus

    rulebook = load_rulebook(docs)
    pool: list[str] = []
    for rule in rulebook.rules:
        if rule.check is not None and rule.check.get("kind") == "image":
            continue
        pool.extend(example for example in (*rule.flag, *rule.passes) if example.strip() and len(example) <= MAX_SENTENCE)
    handbook = list(dict.fromkeys(pool))
    checker = [text for text, _, _ in corpus(400) if text.strip() and len(text) <= MAX_SENTENCE]
    return handbook, list(dict.fromkeys(checker))


def _piece(rng: random.Random, pool: Pool, script: str | None) -> str:
    """One sentence or decoration; mostly the handbook's sentences."""
    roll = rng.random()
    if script and roll < 0.25:
        return rng.choice(SCRIPTS[script])
    if roll < 0.5:
        return rng.choice(pool[0])
    if roll < 0.6:
        return rng.choice(pool[1])
    kinds = (HASHTAGS, MENTIONS, LINKS, EMOJI, EMOJI, NUMBERS, MARKUP)
    return rng.choice(rng.choice(kinds))


def _text(rng: random.Random, pool: Pool, length: int, script: str | None) -> str:
    parts: list[str] = []
    size = 0
    while size < length:
        piece = _piece(rng, pool, script)
        joiner = rng.choice((" ", " ", " ", "", "\n", "\n\n", "\r\n", ", "))
        parts.append(piece + joiner)
        size += len(piece) + len(joiner)
    return "".join(parts).strip()


def _handle(rng: random.Random) -> str:
    handle = rng.choice(HANDLES)
    return rng.choice(("", "", "@")) + handle + rng.choice(("", "", "", "_", str(rng.randint(1, 99))))


def _title(rng: random.Random, pool: Pool, script: str | None, longest: int) -> str:
    text = _text(rng, pool, rng.randint(20, 60), script).replace("\r\n", " ").replace("\n", " ")
    longest = rng.randint(40, longest)
    if len(text) > longest:
        cut = text.rfind(" ", 0, longest)
        text = text[: cut if cut > 10 else longest]
    return text


def drafts(count: int = 10_000, seed: int = SEED, docs: Path = ROOT / "docs") -> list[Draft]:
    """`count` drafts; the same list on every call with the same seed and handbook."""
    rng = random.Random(seed)
    pool = sentences(docs)
    names = list(SHAPES)
    weights = [SHAPES[name][0] for name in names]
    result: list[Draft] = []
    for number in range(count):
        shape = "very long" if number % 500 == 250 else rng.choices(names, weights)[0]
        _, platforms, (shortest, longest) = SHAPES[shape]
        platform = rng.choice(platforms)
        script = rng.choice(list(SCRIPTS)) if rng.random() < 0.3 else None
        if shape == "handle":
            text = _handle(rng)
        elif shape == "title":
            text = _title(rng, pool, script, longest)
        else:
            text = _text(rng, pool, rng.randint(shortest, longest), script)
        account = "personal" if rng.random() < 0.2 else "institutional"
        result.append(Draft(f"{number:05d}", text, platform, account, shape))
    return result


def write(corpus: Sequence[Draft], folder: Path) -> tuple[Path, Path]:
    """Write `folder/drafts/<id>.txt` (one file per draft, for tools that read files) and `folder/drafts.jsonl`."""
    files = folder / "drafts"
    files.mkdir(parents=True, exist_ok=True)
    for draft in corpus:
        (files / f"{draft.id}.txt").write_text(draft.text, encoding="utf-8", newline="")
    lines = folder / "drafts.jsonl"
    with lines.open("w", encoding="utf-8") as out:
        for draft in corpus:
            out.write(json.dumps({"id": draft.id, "text": draft.text, "platform": draft.platform, "account": draft.account},
                                 ensure_ascii=False) + "\n")
    return files, lines


def script_of(char: str) -> str | None:
    """The script a character belongs to, coarsely (by its Unicode name), or None for common characters."""
    if char.isascii():
        return "Latin" if char.isalpha() else None
    name = unicodedata.name(char, "")
    if name.startswith(("CJK", "IDEOGRAPHIC")):
        return "Han"
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "Japanese"
    first = name.split(" ")[0]
    if first in ("LATIN", "ARABIC", "HEBREW", "CYRILLIC", "DEVANAGARI", "GREEK", "THAI", "HANGUL"):
        return first.title()
    if unicodedata.category(char) == "So" or char in "\u200d\ufe0f" or 0x1F3FB <= ord(char) <= 0x1F3FF:
        return "emoji"
    return None


def features(text: str) -> set[str]:
    """What a draft contains: its scripts and the pieces rules react to."""
    found = {script for char in set(text) if (script := script_of(char))}
    checks = {"ZWJ sequence": "\u200d" in text, "skin tone": any(0x1F3FB <= ord(c) <= 0x1F3FF for c in text),
              "hashtag": "#" in text, "mention": "@" in text, "link": "http" in text or "www." in text,
              "line break": "\n" in text, "markup": "<" in text or "&amp;" in text or "**" in text,
              "digits": any(c.isdigit() for c in text)}
    return found | {name for name, present in checks.items() if present}


def describe(corpus: Sequence[Draft]) -> str:
    """Markdown: how many drafts, how long, of which shapes and platforms, with which scripts and pieces."""
    lengths = [len(d.text) for d in corpus]
    summary = (f"{len(corpus):,} drafts, {sum(lengths):,} characters; length min {min(lengths)}, "
               f"p50 {percentile(lengths, 0.5)}, p95 {percentile(lengths, 0.95)}, max {max(lengths):,}.")
    shapes = Counter(d.shape for d in corpus)
    shape_rows = []
    for shape, (_, platforms, _) in SHAPES.items():
        sizes = [len(d.text) for d in corpus if d.shape == shape]
        if sizes:
            shape_rows.append((shape, shapes[shape], f"{min(sizes)}–{max(sizes):,}", percentile(sizes, 0.5), ", ".join(platforms)))
    platforms = Counter(d.platform for d in corpus)
    accounts = Counter(d.account for d in corpus)
    present = Counter(name for d in corpus for name in features(d.text))
    return "\n\n".join((
        summary,
        table(("shape", "drafts", "characters", "p50", "platforms"), shape_rows),
        "Platforms: " + ", ".join(f"{p} {n}" for p, n in platforms.most_common())
        + "; accounts: " + ", ".join(f"{a} {n}" for a, n in accounts.most_common()) + ".",
        "Drafts containing: " + ", ".join(f"{name} {n}" for name, n in present.most_common()) + ".",
    ))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, help="also write the drafts here (drafts/*.txt and drafts.jsonl)")
    args = parser.parse_args(argv)
    corpus = drafts(args.drafts, args.seed)
    print(describe(corpus))
    if args.out:
        files, lines = write(corpus, args.out)
        print(f"\nWrote {files}/ and {lines}.")


if __name__ == "__main__":
    main()
