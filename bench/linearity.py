"""Does any rule take more than linear time in the draft's length?

Runs the real rulebook (every platform and account) on drafts of 1 KB, 100 KB and 1 MB
(characters) in shapes chosen to break naive extractors, and prints seconds and seconds
per KB. For a linear check, s/KB stays flat as the draft grows; `growth` is s/KB at the
largest size over s/KB at the one before it (≈1 linear, ≈10 quadratic for a 10× step).

    .venv/bin/python bench/linearity.py                      # the engine, every shape
    .venv/bin/python bench/linearity.py --analyses           # also the Draft's analyses one by one
    .venv/bin/python bench/linearity.py --per-rule           # also each rule alone, flagging superlinear ones
    .venv/bin/python bench/linearity.py --sizes 1000,100000 --shapes prose,dots
    .venv/bin/python bench/linearity.py --skip-engine --analyses   # only the Draft's analyses

A check that runs longer than --timeout seconds is stopped and shown as `>N`.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checks import Engine, load_rulebook  # noqa: E402
from checks.model import ACCOUNTS, PLATFORMS  # noqa: E402
from checks.text import Draft  # noqa: E402


def _repeat(piece: str) -> Callable[[int], str]:
    return lambda size: (piece * (size // len(piece) + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "prose": _repeat("Today we met families who returned home to Mosul, with support from our partners. "),
    "mixed": _repeat("We’re sorry you feel this way. #IOM @UN https://iom.int/a 👍🏽 on 1 May 2026, call +1 555 0100. "),
    "one-word": _repeat("a"),
    "cjk-word": _repeat("国"),
    "hashtags": _repeat("#Migration2026 "),
    "one-hashtag": lambda size: "#" + "a" * (size - 1),
    "urls": _repeat("https://www.iom.int/news?id=1 "),
    "dots": _repeat("a."),
    "domains": _repeat("iom.int "),
    "emails": _repeat("a.b@iom.int "),
    "digits": _repeat("0123456789"),
    "phones": _repeat("+41 22 717 9111 "),
    "emoji": _repeat("👩‍👩‍👧👍🏽🇺🇳😀"),
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "blank-lines": _repeat(" \n \n"),
    "at-signs": _repeat("@"),
    "hash-signs": _repeat("#"),
    "mentions": _repeat("@IOM "),
    "marks": _repeat("e\u0301"),
    "rtl": _repeat("\u200fمرحبا بالعالم "),
    "devanagari": _repeat("नमस्ते दुनिया "),
    "parens": _repeat("("),
    "hyphens": _repeat("a-"),
    "apostrophes": _repeat("a'"),
    "capitals": _repeat("WE ARE SORRY "),
    "initials": _repeat("A. "),
    "capital-hyphens": _repeat("A-"),
    "capital-apostrophes": _repeat("A'"),
    "capital-digits": _repeat("A1."),
    "names": _repeat("Vote Jane Smith Party "),
    "dates": _repeat("born 12.03.1990 "),
    "street-numbers": _repeat("12 Rue "),
}


class _Timeout(Exception):
    pass


def _timed(action: Callable[[], object], limit: float) -> float | None:
    """Seconds `action` took, or None if it ran past `limit` seconds and was stopped."""

    def stop(signum: int, frame: object) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        action()
        return time.perf_counter() - start
    except _Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _cell(seconds: float | None, size: int, limit: float) -> str:
    if seconds is None:
        return f"{'>' + format(limit, 'g'):>9} {'':>9}"
    return f"{seconds:9.3f} {seconds / (size / 1000):9.5f}"


def _growth(times: list[float | None], sizes: list[int]) -> str:
    if len(times) < 2 or times[-1] is None or times[-2] is None or not times[-2]:
        return "   n/a" if times[-1] is not None else "  stop"
    per_kb = [t / (s / 1000) for t, s in zip(times[-2:], sizes[-2:])]  # type: ignore[operator]
    return f"{per_kb[1] / per_kb[0]:6.2f}"


def _header(sizes: list[int], first: str) -> str:
    cells = "".join(f" {_label(size):>9} {'s/KB':>9}" for size in sizes)
    return f"{first:<14}{cells} {'growth':>6}"


def _label(size: int) -> str:
    return f"{size // 1000_000} MB" if size >= 1000_000 else f"{size // 1000} KB"


def engine_table(engine: Engine, shapes: list[str], sizes: list[int], limit: float) -> None:
    print("The whole rulebook: Engine.check on every platform × account, seconds (sum)")
    print(_header(sizes, "shape"))
    combos = [(platform, account) for platform in PLATFORMS for account in ACCOUNTS]
    for shape in shapes:
        times: list[float | None] = []
        for size in sizes:
            if times and times[-1] is None:
                times.append(None)
                continue
            text = SHAPES[shape](size)
            total = 0.0
            for platform, account in combos:
                took = _timed(lambda: engine.check(text, platform, account), limit)
                if took is None:
                    total = -1.0
                    break
                total += took
            times.append(None if total < 0 else total)
        cells = "".join(" " + _cell(t, s, limit) for t, s in zip(times, sizes))
        print(f"{shape:<14}{cells} {_growth(times, sizes)}", flush=True)


ANALYSES: dict[str, Callable[[Draft], object]] = {
    "urls": lambda d: d.urls,
    "hashtags": lambda d: d.hashtags,
    "mentions": lambda d: d.mentions,
    "emoji": lambda d: d.emoji,
    "graphemes": lambda d: d.grapheme_starts,
    "words": lambda d: d.words,
    "lines": lambda d: d.lines,
    "paragraphs": lambda d: d.paragraphs,
    "x-length": lambda d: d.x_length,
    "x-cut": lambda d: d.x_cut(280),
    "utf16": lambda d: [d.utf16(i) for i in range(0, len(d.text), 97)],
}


def analyses_table(shapes: list[str], sizes: list[int], limit: float) -> None:
    print("\nThe Draft's analyses (checks/text.py), each on a fresh draft: seconds at the largest size, growth")
    print(f"{'shape':<14}" + "".join(f" {name:>15}" for name in ANALYSES))
    for shape in shapes:
        texts = [SHAPES[shape](size) for size in sizes[-2:]]
        cells = []
        for analysis in ANALYSES.values():
            times = [_timed(lambda: analysis(Draft(text)), limit) for text in texts]
            last = times[-1]
            cells.append(f" {('>' + format(limit, 'g')) if last is None else format(last, '.3f'):>8} {_growth(times, sizes[-2:])}")
        print(f"{shape:<14}" + "".join(cells), flush=True)


def per_rule_table(engine: Engine, shapes: list[str], sizes: list[int], limit: float) -> None:
    print(f"\nRules alone (fresh draft each), sizes {_label(sizes[-2])} → {_label(sizes[-1])}: "
          "those whose s/KB grows more than 2× and take over 0.05 s")
    rules = [rule for rule in engine.rulebook.active() if rule.id in engine._checks]  # noqa: SLF001
    found = False
    for shape in shapes:
        texts = [SHAPES[shape](size) for size in sizes[-2:]]
        for rule in rules:
            check = engine._checks[rule.id]  # noqa: SLF001
            small = _timed(lambda: check(Draft(texts[0])), limit)
            if small is not None and small * (sizes[-1] / sizes[-2]) < 0.05:
                continue  # even ×10 it stays under the threshold: nothing to see
            large = _timed(lambda: check(Draft(texts[1])), limit) if small is not None else None
            growth = _growth([small, large], sizes[-2:])
            if large is None or (large > 0.05 and float(growth) > 2):
                found = True
                what = rule.check.get("name") or rule.check.get("measure") or ""
                print(f"  {shape:<14} {rule.id:<8} {rule.check.get('kind')}/{what:<18} "
                      f"{_cell(small, sizes[-2], limit)} {_cell(large, sizes[-1], limit)} growth {growth}", flush=True)
    if not found:
        print("  none")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000,1000000", help="draft sizes in characters")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a check is stopped")
    parser.add_argument("--analyses", action="store_true", help="also time each Draft analysis")
    parser.add_argument("--per-rule", action="store_true", help="also time each rule alone at the two largest sizes")
    parser.add_argument("--skip-engine", action="store_true", help="leave out the whole-rulebook table")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    shapes = [shape for shape in args.shapes.split(",") if shape]
    unknown = [shape for shape in shapes if shape not in SHAPES]
    if unknown:
        parser.error(f"unknown shapes {unknown}; known: {', '.join(SHAPES)}")
    started = time.perf_counter()
    engine = Engine(load_rulebook())
    print(f"{len(engine._checks)} automated rules, {len(PLATFORMS)} platforms × {len(ACCOUNTS)} accounts; "  # noqa: SLF001
          f"Python {sys.version.split()[0]}\n")
    if not args.skip_engine:
        engine_table(engine, shapes, sizes, args.timeout)
    if args.analyses:
        analyses_table(shapes, sizes, args.timeout)
    if args.per_rule:
        per_rule_table(engine, shapes, sizes, args.timeout)
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
