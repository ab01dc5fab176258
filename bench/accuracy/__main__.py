"""Recall and false alarms of the checker's judgement, per concept × language and per locale × type.

    .venv/bin/python -m bench.accuracy                   # both parts; writes bench/results/accuracy.md
    .venv/bin/python -m bench.accuracy --split measure   # the part nobody tunes on
    .venv/bin/python -m bench.accuracy --split tune --misses   # what the tuned-on part misses, to work on

`--misses` refuses the measure part: its drafts stay unread so that its figures stay honest.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from bench.accuracy import (
    CONCEPTS,
    LANGUAGES,
    SPLITS,
    CorpusScore,
    GeneratedScore,
    Tally,
    generated_cases,
    load_corpus,
    percent,
    score_corpus,
    score_generated,
    summed,
)
from bench.report import publish, table
from checks import Engine, load_rulebook


def corpus_sections(split: str, score: CorpusScore) -> list[str]:
    rows = []
    for concept in CONCEPTS:
        cells = [score.recall.get((concept, lang)) for lang in LANGUAGES]
        rows.append([concept, *(percent(cell) for cell in cells), percent(summed(c for c in cells if c))])
    every = [summed(t for (_, lang), t in score.recall.items() if lang == code) for code in LANGUAGES]
    rows.append(["**all concepts**", *(percent(t) for t in every), percent(summed(iter(every)))])
    sections = [f"## Hand-written drafts, {split} part: recall per concept × language", table(
        ["concept", *LANGUAGES, "all"], rows)]

    nears = sorted({near for near, _ in score.clean}, key=lambda n: (n != "ordinary", n))
    clean_rows = []
    for near in nears:
        cells = [score.clean.get((near, lang)) for lang in LANGUAGES]
        clean_rows.append([near, *(_alarm_rate(cell) for cell in cells), _alarm_rate(summed(c for c in cells if c))])
    per_lang = [summed(t for (_, lang), t in score.clean.items() if lang == code) for code in LANGUAGES]
    clean_rows.append(["**all clean drafts**", *(_alarm_rate(t) for t in per_lang), _alarm_rate(summed(iter(per_lang)))])
    sections += [
        f"## Hand-written drafts, {split} part: false alarms (warning or error from a judgement rule) on clean drafts",
        "Rows: the concept a hard negative sits close to; `ordinary`: everyday clean drafts.",
        table(["clean drafts near", *LANGUAGES, "all"], clean_rows),
    ]
    if score.alarms:
        sections.append("False alarms by rule: " + ", ".join(f"{rule} × {n}" for rule, n in score.alarms.most_common()) + ".")
    if score.not_applicable:
        sections.append(f"Left out (the concept's rules do not apply to the draft's platform and account): "
                        f"{len(score.not_applicable)}.")
    language_rows = []
    for lang in LANGUAGES:
        seen: Counter[str] = score.languages.get(lang, Counter())
        total = sum(seen.values())
        language_rows.append([lang, total, percent(Tally(seen[lang], total)),
                              ", ".join(f"{code} {n}" for code, n in seen.most_common() if code != lang) or "–"])
    sections += [f"## Language recognised by the checker ({split} part)",
                 table(["written in", "drafts", "recognised", "otherwise"], language_rows)]
    return sections


def _alarm_rate(tally: Tally | None) -> str:
    if tally is None or not tally.total:
        return "–"
    flagged = tally.total - tally.hits
    return f"{100 * flagged / tally.total:.1f} % ({flagged}/{tally.total})"


def generated_sections(split: str, score: GeneratedScore) -> list[str]:
    if not score.recall:
        return [f"## Generated personal data, {split} part\n\nNot measured: `scripts/setup --bench` installs the generators."]
    rows = [[kind, locale, form, percent(tally)] for (kind, locale, form), tally in sorted(score.recall.items())
            if not locale.startswith("region:")]
    regions: dict[tuple[str, str], Tally] = {}
    for (kind, locale, form), tally in score.recall.items():
        if locale.startswith("region:"):
            regions[kind, form] = summed(iter([regions.get((kind, form), Tally()), tally]))
    rows += [[kind, "every region (phonenumbers' examples)", form, percent(tally)] for (kind, form), tally in sorted(regions.items())]
    by_kind = {}
    for (kind, _, _), tally in score.recall.items():
        by_kind[kind] = summed(iter([by_kind.get(kind, Tally()), tally]))
    kind_rows = [[kind, percent(tally)] for kind, tally in sorted(by_kind.items())]
    negative_rows = [[form, _alarm_rate(tally)] for form, tally in sorted(score.negatives.items())]
    negative_rows.append(["**all**", _alarm_rate(summed(iter(score.negatives.values())))])
    return [
        f"## Generated personal data, {split} part: recall per type", table(["type", "found"], kind_rows),
        f"## Generated personal data, {split} part: recall per type × locale × form", table(["type", "locale", "form", "found"], rows),
        f"## Numeric hard negatives, {split} part: false alarms (SEC-001)", table(["form", "flagged"], negative_rows),
    ]


def misses(score: CorpusScore, generated: GeneratedScore, texts: dict[str, str]) -> None:
    for (concept, lang), tally in sorted(score.recall.items()):
        for ident in tally.ids:
            print(f"MISSED {concept} {lang} {ident}: {texts[ident]!r}")
    for (near, lang), tally in sorted(score.clean.items()):
        for ident in tally.ids:
            print(f"FALSE ALARM near {near} {lang} {ident}: {texts[ident]!r}")
    for (kind, locale, form), tally in sorted(generated.recall.items()):
        for text in tally.ids:
            print(f"MISSED generated {kind} {locale} {form}: {text!r}")
    for form, tally in sorted(generated.negatives.items()):
        for text in tally.ids:
            print(f"FALSE ALARM generated {form}: {text!r}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy", description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    parser.add_argument("--misses", action="store_true", help="list the tune part's misses and false alarms")
    parser.add_argument("--no-generated", action="store_true", help="leave out the generated personal data")
    args = parser.parse_args(argv)
    if args.misses and args.split != "tune":
        sys.exit("--misses lists drafts: only with --split tune (the measure part stays unread)")
    engine = Engine(load_rulebook())
    splits = ["measure", "tune"] if args.split == "both" else [args.split]
    sections = []
    for split in splits:
        drafts = load_corpus(split)
        corpus = score_corpus(engine, drafts)
        generated = score_generated(engine, [] if args.no_generated else generated_cases(split))
        sections += corpus_sections(split, corpus) + generated_sections(split, generated)
        if args.misses:
            misses(corpus, generated, {d.id: d.text for d in drafts})
    name = "accuracy" if args.split == "both" else f"accuracy-{args.split}"
    publish(name, "Accuracy of the checker's judgement", sections)


if __name__ == "__main__":
    main(sys.argv[1:])
