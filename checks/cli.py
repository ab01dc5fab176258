"""The command line: `python -m checks check|check-image|rules|validate|next-id|compile`."""

from __future__ import annotations

import argparse
import bisect
import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import default_rules_path, load_rulebook
from .drafts import json_lines, text_draft
from .exports import is_export, read_export
from .engine import Engine, Finding
from .errors import RulebookError
from .images import HEADER_BYTES
from .kinds.image import USES
from .language import identify
from .model import ACCOUNTS, PLATFORMS, SEVERITIES

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except RulebookError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m checks",
        description="Check drafts against the social media handbook's rules, and validate its rule blocks.",
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    check = sub.add_parser(
        "check", help="check drafts", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Check drafts and list the rules they break.",
        epilog="""several drafts in one run:
  python -m checks check drafts/ -p linkedin       every .txt and .md file under drafts/
  python -m checks check a.txt b.txt -p x          findings are prefixed with each file's name
  python -m checks check export.jsonl              one draft a line: {"text": "...", "platform": "x",
                                                   "account": "personal", "id": "post-17"}; platform,
                                                   account and id are optional (default: the options')
  python -m checks check queue.csv archive.zip     a scheduler's CSV, X's tweets.js, Facebook's
                                                   your_posts_N.json, LinkedIn's Shares.csv, or a ZIP
A file that cannot be read (or a bad JSON line) is reported on standard error and the others are
still checked; the exit status is then 2. With several drafts, --format json prints a list of
{"file", "platform", "account", "findings"} objects, one per draft.""")
    check.add_argument("files", nargs="+", metavar="FILE",
                       help="a draft's file, - for standard input, a directory (its .txt and .md files), or a .jsonl file of drafts")
    check.add_argument("--platform", "-p", choices=PLATFORMS, default="any", help="what the text is for (default: any)")
    check.add_argument("--account", "-a", choices=ACCOUNTS, default="institutional", help="whose account (default: institutional)")
    check.add_argument("--column", help="in a CSV with a header row, the column that holds the posts (default: the first "
                                        "of message, text, post, content, ...)")
    check.add_argument("--jobs", "-j", type=_jobs, default=1, help="check with N processes (default: 1; 0: one per core)")
    _output_options(check, formats=("text", "json", "csv"))
    check.set_defaults(run=_check)

    image = sub.add_parser("check-image", help="check an image's size for a use",
                           description="Check an image file's pixel size and aspect ratio against the recommended size for its use.")
    image.add_argument("file", help="a PNG, JPEG, GIF or WebP file")
    image.add_argument("--use", "-u", choices=USES, required=True, help="what the image is for")
    image.add_argument("--platform", "-p", choices=PLATFORMS, required=True, help="where it will be used")
    image.add_argument("--account", "-a", choices=ACCOUNTS, default="institutional", help="whose account (default: institutional)")
    _output_options(image)
    image.set_defaults(run=_check_image)

    rules = sub.add_parser("rules", help="list the rulebook", description="List the rules, optionally only those for a platform and account.")
    rules.add_argument("--platform", "-p", choices=PLATFORMS)
    rules.add_argument("--account", "-a", choices=ACCOUNTS)
    rules.add_argument("--format", choices=("text", "json"), default="text")
    _rules_option(rules)
    rules.set_defaults(run=_rules)

    validate = sub.add_parser("validate", help="validate rule blocks", description="Validate every rule block in a docs tree and print every error.")
    validate.add_argument("docs", nargs="?", help="the docs tree (default: the handbook's docs/)")
    validate.set_defaults(run=_validate)

    next_id = sub.add_parser(
        "next-id", help="print the next free rule ID for a prefix",
        description="Print the next free ID for a prefix: one more than the highest number the prefix has anywhere in the "
                    "docs tree (active, superseded and retired rules, and IDs only mentioned) or in the registry of "
                    "published IDs. IDs are never reused.")
    next_id.add_argument("prefix", help="1–4 capital letters, e.g. SEC")
    next_id.add_argument("docs", nargs="?", help="the docs tree (default: the handbook's docs/)")
    next_id.set_defaults(run=_next_id)

    compile_ = sub.add_parser("compile", help="write rules.json", description="Validate a docs tree and write the compiled rulebook.")
    compile_.add_argument("docs", nargs="?", help="the docs tree (default: the handbook's docs/)")
    compile_.add_argument("--output", "-o", default="-", help="where to write rules.json (default: standard output)")
    compile_.set_defaults(run=_compile)
    return parser


def _rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", help="a docs tree or rules.json (default: the handbook's own)")


def _jobs(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return number or (os.cpu_count() or 1)


def _output_options(parser: argparse.ArgumentParser, formats: tuple[str, ...] = ("text", "json")) -> None:
    parser.add_argument("--format", choices=formats, default="text", help="output format (default: text)")
    parser.add_argument("--fail-on", choices=(*SEVERITIES, "never"), default="error",
                        help="exit 1 when a finding is at least this severe (default: error)")
    parser.add_argument("--base-url", default="", help="prefix for rule links, e.g. https://intranet/handbook/")
    _rules_option(parser)


DRAFT_SUFFIXES = (".txt", ".md")
"""What a directory given to `check` contributes: its drafts, not its other files."""


@dataclass(frozen=True)
class _Input:
    """One draft to check, or (with `error` set) one that could not be read."""

    name: str
    text: str = ""
    platform: str = "any"
    account: str = "institutional"
    error: str = ""
    date: str | None = None


def _inputs(args: argparse.Namespace) -> Iterator[_Input]:
    """Every draft the arguments name, in order; unreadable ones as errors, never raised."""
    for name in args.files:
        path = Path(name)
        if name == "-":
            yield _Input("<stdin>", text_draft(sys.stdin.read()), args.platform, args.account)
        elif path.is_dir():
            drafts = sorted(p for p in path.rglob("*") if p.suffix in DRAFT_SUFFIXES and p.is_file())
            yield from (_read(str(p), args) for p in drafts)
        elif path.suffix == ".jsonl":
            yield from _jsonl(name, args)
        elif is_export(name):
            yield from _export(name, args)
        else:
            yield _read(name, args)


def _export(name: str, args: argparse.Namespace) -> Iterator[_Input]:
    """The posts of a scheduling-tool queue or an account archive (checks.exports)."""
    try:
        data = Path(name).read_bytes()
    except OSError as error:
        yield _Input(name, error=error.strerror or str(error))
        return
    for post in read_export(name, data, args.column):
        if post.error:
            yield _Input(post.where, error=post.error)
        else:
            yield _Input(post.where, post.text, post.platform or args.platform, args.account, date=post.date)


def _read_file(name: str) -> str:
    """A file's text; a byte-order mark is dropped by `text_draft` or `json_lines`, never shifting columns."""
    return Path(name).read_bytes().decode("utf-8")


def _read(name: str, args: argparse.Namespace) -> _Input:
    try:
        return _Input(name, text_draft(_read_file(name)), args.platform, args.account)
    except (OSError, ValueError) as error:
        return _Input(name, error=getattr(error, "strerror", None) or str(error))


def _jsonl(name: str, args: argparse.Namespace) -> Iterator[_Input]:
    """One draft per record: {"text", "platform"?, "account"?, "id"?}; a bad record is an error for its line only."""
    try:
        text = _read_file(name)
    except (OSError, ValueError) as error:
        yield _Input(name, error=getattr(error, "strerror", None) or str(error))
        return
    for record in json_lines(text):
        where = f"{name}:{record.line}"
        if record.error:
            yield _Input(where, error=record.error)
            continue
        platform, account = record.platform or args.platform, record.account or args.account
        if platform not in PLATFORMS or account not in ACCOUNTS:
            yield _Input(where, error=f"unknown platform {platform!r} or account {account!r}: "
                                      f"use one of {', '.join(PLATFORMS)} and one of {', '.join(ACCOUNTS)}")
            continue
        yield _Input(f"{name}#{record.id or record.line}", record.text, platform, account)


def _check(args: argparse.Namespace) -> int:
    engine = Engine(load_rulebook(args.rules))
    first = args.files[0]
    single = len(args.files) == 1 and not Path(first).is_dir() and not first.endswith(".jsonl") and not is_export(first)
    results: list[tuple[_Input, list[Finding]]] = []
    unreadable = 0
    writer = csv.writer(sys.stdout) if args.format == "csv" else None
    if writer:
        writer.writerow(CSV_COLUMNS)
    for draft, findings in _checked(engine, _inputs(args), args):
        if draft.error:
            print(f"error: {draft.name}: {draft.error}", file=sys.stderr)
            unreadable += 1
            continue
        results.append((draft, findings))
        if args.format == "text":
            _print_findings(draft, findings, args.base_url)
        elif writer:
            _write_rows(writer, draft, findings, args.base_url)
    if writer:
        return EXIT_USAGE if unreadable else _exit_status([f for _, found in results for f in found], args.fail_on)
    if single:
        if not results:
            return EXIT_USAGE
        draft, findings = results[0]
        footer = _manual_footer(engine, draft.platform, draft.account) + _language_note(draft)
        return _report(findings, args, lambda f: "", footer, printed=True)
    every = [f for _, findings in results for f in findings]
    if args.format == "json":
        print(json.dumps([{"file": d.name, "platform": d.platform, "account": d.account, "date": d.date,
                           "findings": [f.to_json() for f in findings]} for d, findings in results],
                         ensure_ascii=False, indent=1))
    else:
        combos = {(d.platform, d.account) for d, _ in results} or {(args.platform, args.account)}
        footer = _manual_footer(engine, *combos.pop()) if len(combos) == 1 else \
            "; manual checks differ by platform (python -m checks rules --platform P --account A lists them)"
        flagged = sum(1 for _, findings in results if findings)
        also = f"; {unreadable} unreadable" if unreadable else ""
        print(f"{len(results)} draft{'s' if len(results) != 1 else ''}, {flagged} with findings: {_counts(every)}{also}{footer}")
    if unreadable:
        return EXIT_USAGE
    return _exit_status(every, args.fail_on)


_CHUNK = 64
"""Drafts handed to a worker process at a time with --jobs."""
_worker_engine: Engine | None = None


def _checked(engine: Engine, inputs: Iterator[_Input], args: argparse.Namespace) -> Iterator[tuple[_Input, list[Finding]]]:
    """Each input with its findings, in order; with --jobs N, checked by N processes."""
    if args.jobs <= 1:
        for draft in inputs:
            yield draft, [] if draft.error else engine.check(draft.text, draft.platform, draft.account)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(args.jobs, initializer=_start_worker, initargs=(args.rules,)) as pool:
        batch: list[_Input] = []
        pending = []
        for draft in inputs:
            batch.append(draft)
            if len(batch) == _CHUNK:
                pending.append((batch, pool.submit(_check_batch, batch)))
                batch = []
            while len(pending) > 2 * args.jobs:  # bounded memory: never far ahead of what is printed
                done, future = pending.pop(0)
                yield from zip(done, future.result())
        if batch:
            pending.append((batch, pool.submit(_check_batch, batch)))
        for done, future in pending:
            yield from zip(done, future.result())


def _start_worker(rules: str | None) -> None:
    global _worker_engine
    _worker_engine = Engine(load_rulebook(rules))


def _check_batch(batch: list[_Input]) -> list[list[Finding]]:
    assert _worker_engine is not None
    return [[] if d.error else _worker_engine.check(d.text, d.platform, d.account) for d in batch]


def _positions(draft: _Input, findings: list[Finding]) -> list[tuple[int, int]]:
    """Each finding's line and column in its draft, from 1."""
    line_starts = [0] + [match.end() for match in re.finditer("\n", draft.text)]
    found = []
    for f in findings:
        line = bisect.bisect_right(line_starts, f.start)
        found.append((line, f.start - line_starts[line - 1] + 1))
    return found


def _print_findings(draft: _Input, findings: list[Finding], base_url: str) -> None:
    """Each finding as `name:line:column: severity ID message link` (line and column from 1)."""
    for f, (line, column) in zip(findings, _positions(draft, findings)):
        print(f"{draft.name}:{line}:{column}: {f.severity} {f.rule_id} {f.message}  {base_url}{f.link}")


CSV_COLUMNS = ("file", "date", "platform", "account", "line", "column", "rule", "severity", "message", "quote", "link")


def _write_rows(writer: Any, draft: _Input, findings: list[Finding], base_url: str) -> None:
    """One CSV row per finding, with the rule's short link."""
    for f, (line, column) in zip(findings, _positions(draft, findings)):
        writer.writerow((draft.name, draft.date or "", draft.platform, draft.account, line, column, f.rule_id, f.severity,
                         f.message, f.text, f"{base_url}{f.link}"))


def _language_note(draft: _Input) -> str:
    """What the judgement checks covered, by the draft's language (never a bare "no findings")."""
    if draft.platform == "handle":
        return ""
    language = identify(draft.text)
    if language.covered:
        return f"; checked as {language.name}"
    if language.code == "unknown":
        return "; language not recognised (too short): the judgement checks assume English, French or Spanish"
    return (f"; written in {language.name}: the judgement checks know English, French and Spanish only, so only the "
            "mechanical checks and the number and e-mail detectors apply")


def _manual_footer(engine: Engine, platform: str, account: str) -> str:
    manual = engine.manual(platform, account)
    return (f"; {len(manual)} manual check{'s' if len(manual) != 1 else ''} for {platform}/{account}"
            f" (python -m checks rules --platform {platform} --account {account} lists them)")


def _check_image(args: argparse.Namespace) -> int:
    engine = Engine(load_rulebook(args.rules))
    path = Path(args.file)
    with path.open("rb") as image:
        header = image.read(HEADER_BYTES)
    findings = engine.check_image(header, args.platform, args.use, args.account, path.stat().st_size)
    return _report(findings, args, lambda f: f"{args.file} ({f.text})", "")


def _report(findings: list[Finding], args: argparse.Namespace, where: Callable[[Finding], str], footer: str,
            printed: bool = False) -> int:
    """Print the findings as asked (unless `printed` already) and return the exit status that `--fail-on` calls for."""
    if args.format == "json":
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=1))
    else:
        if not printed:
            for f in findings:
                print(f"{where(f)}: {f.severity} {f.rule_id} {f.message}  {args.base_url}{f.link}")
        print(_counts(findings) + footer)
    return _exit_status(findings, args.fail_on)


def _counts(findings: list[Finding]) -> str:
    counts = {s: sum(f.severity == s for f in findings) for s in SEVERITIES}
    return ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items())


def _exit_status(findings: list[Finding], fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    worst = SEVERITIES.index(fail_on)
    return EXIT_FINDINGS if any(SEVERITIES.index(f.severity) <= worst for f in findings) else EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    rulebook = load_rulebook(args.rules)
    rules = [r for r in rulebook.rules
             if (args.platform is None or args.platform in r.platforms) and (args.account is None or args.account in r.accounts)]
    if args.format == "json":
        print(json.dumps([r.to_json() for r in rules], ensure_ascii=False, indent=1))
        return EXIT_OK
    for r in rules:
        how = "auto" if r.automatic else "manual"
        status = "" if r.status == "active" else f" [{r.status}]"
        print(f"{r.id:8} {r.severity:10} {how:6} {r.title}{status}")
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    path = Path(args.docs) if args.docs else default_rules_path()
    rulebook = load_rulebook(path)
    print(f"{path}: {len(rulebook.rules)} rules, no errors")
    return EXIT_OK


def _next_id(args: argparse.Namespace) -> int:
    from . import registry

    prefix = args.prefix.upper()
    if not re.fullmatch(r"[A-Z]{1,4}", prefix):
        print(f"error: {args.prefix!r} is not a rule ID prefix; use 1–4 letters, e.g. SEC.", file=sys.stderr)
        return EXIT_USAGE
    docs = Path(args.docs) if args.docs else default_rules_path()
    if not docs.is_dir():
        print(f"error: {docs} is not a docs tree.", file=sys.stderr)
        return EXIT_USAGE
    used = re.compile(rf"(?<![A-Za-z]){prefix}-(\d{{3}})(?!\d)")
    numbers = [int(match.group(1)) for page in sorted(docs.rglob("*.md"))
               for match in used.finditer(page.read_text(encoding="utf-8-sig", errors="replace"))]
    published = registry.load(registry.location(docs))
    numbers += [int(rule_id.split("-")[1]) for rule_id in published if rule_id.split("-")[0] == prefix]
    following = max(numbers, default=0) + 1
    if following > 999:
        print(f"error: every {prefix}- number is used; choose another prefix.", file=sys.stderr)
        return EXIT_USAGE
    print(f"{prefix}-{following:03d}")
    return EXIT_OK


def _compile(args: argparse.Namespace) -> int:
    rulebook = load_rulebook(args.docs)
    Engine(rulebook)
    if args.output == "-":
        print(rulebook.dumps())
    else:
        Path(args.output).write_text(rulebook.dumps() + "\n", encoding="utf-8")
    return EXIT_OK
