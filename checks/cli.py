"""The command line: `python -m checks check|rules|validate|compile`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from . import default_rules_path, load_rulebook
from .engine import Engine, Finding
from .images import HEADER_BYTES
from .kinds.image import USES
from .errors import RulebookError
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

    check = sub.add_parser("check", help="check a draft", description="Check a draft and list the rules it breaks.")
    check.add_argument("file", help="the draft's file, or - for standard input")
    check.add_argument("--platform", "-p", choices=PLATFORMS, default="any", help="what the text is for (default: any)")
    check.add_argument("--account", "-a", choices=ACCOUNTS, default="institutional", help="whose account (default: institutional)")
    _output_options(check)
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

    compile_ = sub.add_parser("compile", help="write rules.json", description="Validate a docs tree and write the compiled rulebook.")
    compile_.add_argument("docs", nargs="?", help="the docs tree (default: the handbook's docs/)")
    compile_.add_argument("--output", "-o", default="-", help="where to write rules.json (default: standard output)")
    compile_.set_defaults(run=_compile)
    return parser


def _rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", help="a docs tree or rules.json (default: the handbook's own)")


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--fail-on", choices=(*SEVERITIES, "never"), default="error",
                        help="exit 1 when a finding is at least this severe (default: error)")
    parser.add_argument("--base-url", default="", help="prefix for rule links, e.g. https://intranet/handbook/")
    _rules_option(parser)


def _check(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    engine = Engine(load_rulebook(args.rules))
    findings = engine.check(text, args.platform, args.account)
    source = "<stdin>" if args.file == "-" else args.file

    def where(f: Finding) -> str:
        line = text.count("\n", 0, f.start) + 1
        column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        return f"{source}:{line}:{column}"

    manual = engine.manual(args.platform, args.account)
    footer = (f"; {len(manual)} manual check{'s' if len(manual) != 1 else ''} for {args.platform}/{args.account}"
              f" (python -m checks rules --platform {args.platform} --account {args.account} lists them)")
    return _report(findings, args, where, footer)


def _check_image(args: argparse.Namespace) -> int:
    engine = Engine(load_rulebook(args.rules))
    path = Path(args.file)
    with path.open("rb") as image:
        header = image.read(HEADER_BYTES)
    findings = engine.check_image(header, args.platform, args.use, args.account, path.stat().st_size)
    return _report(findings, args, lambda f: f"{args.file} ({f.text})", "")


def _report(findings: list[Finding], args: argparse.Namespace, where: Callable[[Finding], str], footer: str) -> int:
    """Print the findings as asked and return the exit status that `--fail-on` calls for."""
    if args.format == "json":
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=1))
    else:
        for f in findings:
            print(f"{where(f)}: {f.severity} {f.rule_id} {f.message}  {args.base_url}{f.link}")
        counts = {s: sum(f.severity == s for f in findings) for s in SEVERITIES}
        print(", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items()) + footer)
    if args.fail_on == "never":
        return EXIT_OK
    worst = SEVERITIES.index(args.fail_on)
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


def _compile(args: argparse.Namespace) -> int:
    rulebook = load_rulebook(args.docs)
    Engine(rulebook)
    if args.output == "-":
        print(rulebook.dumps())
    else:
        Path(args.output).write_text(rulebook.dumps() + "\n", encoding="utf-8")
    return EXIT_OK
