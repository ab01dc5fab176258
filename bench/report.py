"""Benchmark output: Markdown tables, printed and kept in `bench/results/<name>.md`.

Every benchmark module builds its sections with `table()` and hands them to `publish()`,
so `python -m bench` can print one report and each part can also run on its own.
"""

from __future__ import annotations

import datetime
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table; floats keep the precision the caller formatted them with."""
    cells = [[str(cell) for cell in row] for row in rows]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (p50 = median of odd counts, p95 = 95th of 100)."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.499999))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def machine() -> str:
    """One line saying where and when the numbers were taken."""
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"{when}; {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}; "
            f"Python {sys.version.split()[0]}")


def publish(name: str, title: str, sections: Sequence[str]) -> Path:
    """Print the report and write it to bench/results/<name>.md; return that path."""
    text = f"# {title}\n\n_Measured {machine()}._\n\n" + "\n\n".join(sections).strip() + "\n"
    print(text)
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path
