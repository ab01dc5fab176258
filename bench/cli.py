"""Command-line throughput on CPython: drafts per second, next to alex and proselint (not a test: it prints numbers).

All tools run in the same run over the same corpus (bench/corpus.py, ≥10,000 varied drafts):

- ours: `python -m checks check drafts.jsonl` (one process, each draft on its own platform and
  account; and with `--jobs N`, one process per core), `python -m checks check drafts/` (the .txt files, --platform any), and
  `Engine.check` in this process (no start-up, no output);
- alex (npm, bench/package.json): its CLI over the .txt files (`alex --text drafts/`), and its
  JS API (`text()` per draft) in one Node process, which separates start-up from checking;
- proselint (PyPI, the `bench` extra): its CLI (`proselint check drafts/`) and its Python API
  (`LintFile(...).lint()` per draft) in this process.

The work differs: alex looks for insensitive and profane wording (English), proselint for
prose-style problems (English), ours runs the handbook's automated rules for each draft's
platform and account. So the numbers say how fast each tool gets through the same texts,
not which does more. A start-up row per CLI times one tiny draft (median of 3).

    scripts/setup --bench                    # proselint in .venv, alex in bench/node_modules
    .venv/bin/python -m bench.cli [--drafts 10000] [--only ours,alex,proselint] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.corpus import Draft, describe, drafts, write
from bench.report import publish, table

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PYTHON = sys.executable
ALEX = BENCH / "node_modules" / ".bin" / "alex"
TOOLS = ("ours", "alex", "proselint")

ALEX_API = """
import {readFileSync} from 'node:fs'
const began = performance.now()
const {text} = await import('alex')
const imported = performance.now()
const drafts = readFileSync(process.argv[1], 'utf8').split('\\n').filter(Boolean).map((line) => JSON.parse(line).text)
const start = performance.now()
let messages = 0
for (const draft of drafts) messages += text(draft).messages.length
const done = performance.now()
console.log(JSON.stringify({import_s: (imported - began) / 1000, check_s: (done - start) / 1000, drafts: drafts.length, messages}))
"""


class Row:
    """One measured way of running one tool over the corpus."""

    def __init__(self, tool: str, how: str, command: str, seconds: float, drafts: int, characters: int,
                 findings: int | None = None, note: str = "") -> None:
        self.tool, self.how, self.command, self.seconds = tool, how, command, seconds
        self.drafts, self.characters, self.findings, self.note = drafts, characters, findings, note

    def cells(self) -> list[object]:
        findings = "" if self.findings is None else f"{self.findings:,}"
        return [self.tool, self.how, f"{self.drafts / self.seconds:,.0f}", f"{self.characters / self.seconds / 1e6:.2f}",
                f"{self.seconds:.1f}", findings, f"`{self.command}`" + (f" ({self.note})" if self.note else "")]


def timed_run(command: Sequence[str], cwd: Path, output: Path) -> tuple[float, int]:
    """Wall time of a subprocess (start-up included), its output kept in `output`; returns (seconds, exit code)."""
    env = {**os.environ, "NO_UPDATE_NOTIFIER": "1", "FORCE_COLOR": "0"}
    with output.open("wb") as out:
        began = time.perf_counter()
        result = subprocess.run(list(command), cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env, check=False)
        return time.perf_counter() - began, result.returncode


def start_up(command: Callable[[Path], Sequence[str]], tiny: Path, cwd: Path, scratch: Path) -> float:
    """Median wall time of a CLI on one tiny draft: start-up and loading, almost no checking."""
    return statistics.median(timed_run(command(tiny), cwd, scratch / "startup.out")[0] for _ in range(3))


def show(command: Sequence[str], folder: Path) -> str:
    text = " ".join(str(part) for part in command)
    return text.replace(str(folder) + "/", "").replace(str(ROOT) + "/", "").replace(PYTHON, ".venv/bin/python")


def bench_ours(corpus: Sequence[Draft], files: Path, lines: Path, folder: Path, chars: int) -> tuple[list[Row], float]:
    from checks import Engine, load_rulebook

    rows: list[Row] = []
    batch = [PYTHON, "-m", "checks", "check", str(lines), "--fail-on", "never"]
    seconds, _ = timed_run(batch, ROOT, folder / "ours-jsonl.out")
    summary = (folder / "ours-jsonl.out").read_text(encoding="utf-8").splitlines()[-1]
    rows.append(Row("ours", "CLI, one process, JSON Lines (each draft's platform)", show(batch, folder), seconds, len(corpus), chars,
                    note=summary.split(";")[0]))
    jobs = os.cpu_count() or 1
    parallel = [*batch, "--jobs", str(jobs)]
    seconds, _ = timed_run(parallel, ROOT, folder / "ours-jobs.out")
    rows.append(Row("ours", f"CLI, --jobs {jobs} processes, JSON Lines", show(parallel, folder), seconds, len(corpus), chars))
    by_dir = [PYTHON, "-m", "checks", "check", str(files), "--platform", "any", "--fail-on", "never"]
    seconds, _ = timed_run(by_dir, ROOT, folder / "ours-dir.out")
    rows.append(Row("ours", "CLI, one process, directory of .txt (--platform any)", show(by_dir, folder), seconds, len(corpus), chars))

    engine = Engine(load_rulebook(ROOT / "docs"))
    began = time.perf_counter()
    findings = sum(len(engine.check(d.text, d.platform, d.account)) for d in corpus)
    seconds = time.perf_counter() - began
    rows.append(Row("ours", "in process: Engine.check per draft", "Engine(load_rulebook('docs')).check(text, platform, account)",
                    seconds, len(corpus), chars, findings, note="loading the rulebook not counted"))
    tiny = folder / "tiny.txt"
    startup = start_up(lambda f: [PYTHON, "-m", "checks", "check", str(f), "--fail-on", "never"], tiny, ROOT, folder)
    return rows, startup


def bench_alex(corpus: Sequence[Draft], files: Path, lines: Path, folder: Path, chars: int) -> tuple[list[Row], float]:
    rows: list[Row] = []
    cli = [str(ALEX), "--text", str(files)]
    seconds, _ = timed_run(cli, folder, folder / "alex-cli.out")
    rows.append(Row("alex", "CLI, one process, directory of .txt", show(cli, folder).replace(str(BENCH) + "/", "bench/"),
                    seconds, len(corpus), chars))
    began = time.perf_counter()
    result = subprocess.run(["node", "--input-type=module", "-e", ALEX_API, str(lines)], cwd=BENCH,
                            capture_output=True, text=True, check=True)
    wall = time.perf_counter() - began
    measured = json.loads(result.stdout)
    rows.append(Row("alex", "JS API: text() per draft, one Node process", "node -e \"text(draft)\" (bench/cli.py ALEX_API)",
                    measured["check_s"], len(corpus), chars, measured["messages"],
                    note=f"import {measured['import_s']:.2f} s and process {wall:.1f} s wall, not counted"))
    startup = start_up(lambda f: [str(ALEX), "--text", str(f)], folder / "tiny.txt", folder, folder)
    return rows, startup


def bench_proselint(corpus: Sequence[Draft], files: Path, lines: Path, folder: Path, chars: int) -> tuple[list[Row], float]:
    proselint = Path(PYTHON).with_name("proselint")
    rows: list[Row] = []
    cli = [str(proselint), "check", str(files)]
    seconds, _ = timed_run(cli, folder, folder / "proselint-cli.out")
    rows.append(Row("proselint", "CLI, one process, directory of .txt", show(cli, folder).replace(str(Path(PYTHON).parent), ".venv/bin"),
                    seconds, len(corpus), chars))

    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    began = time.perf_counter()
    findings = sum(len(LintFile(d.id, d.text).lint()) for d in corpus if d.text)
    seconds = time.perf_counter() - began
    rows.append(Row("proselint", "in process: LintFile(text).lint() per draft", "LintFile(name, text).lint()", seconds, len(corpus), chars,
                    findings, note="registering the checks not counted"))
    startup = start_up(lambda f: [str(proselint), "check", str(f)], folder / "tiny.txt", folder, folder)
    return rows, startup


WHAT = {
    "ours": "the handbook's automated rules for the draft's platform and account",
    "alex": "insensitive and profane wording (English; retext-equality, retext-profanities)",
    "proselint": "prose style (English; its default checks)",
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Drafts per second of our CLI, alex and proselint over the same corpus.")
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--only", default=",".join(TOOLS), help=f"comma-separated subset of {', '.join(TOOLS)}")
    parser.add_argument("--keep", type=Path, help="write the corpus and the tools' output here and keep them")
    args = parser.parse_args(argv)
    only = [tool for tool in args.only.split(",") if tool]
    unknown = set(only) - set(TOOLS)
    if unknown:
        parser.error(f"unknown tools: {', '.join(sorted(unknown))}")
    if "alex" in only and not ALEX.exists():
        sys.exit("alex is not installed: run `npm ci --prefix bench` (or scripts/setup --bench)")
    if "proselint" in only and not Path(PYTHON).with_name("proselint").exists():
        sys.exit("proselint is not installed: run scripts/setup --bench")

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-cli-"))
    try:
        corpus = drafts(args.drafts)
        files, lines = write(corpus, folder)
        (folder / "tiny.txt").write_text("Thank you.", encoding="utf-8")
        chars = sum(len(d.text) for d in corpus)
        rows: list[Row] = []
        startups: list[tuple[str, float]] = []
        runners = {"ours": bench_ours, "alex": bench_alex, "proselint": bench_proselint}
        for tool in only:
            print(f"running {tool} …", file=sys.stderr, flush=True)
            measured, startup = runners[tool](corpus, files, lines, folder, chars)
            rows += measured
            startups.append((tool, startup))
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)

    sections = [
        "## Corpus\n\n" + describe(corpus) + "\n\nGenerated by `bench/corpus.py` (fixed seed); written as one .txt file per draft "
        "and as JSON Lines (`{\"id\", \"text\", \"platform\", \"account\"}`).",
        "## Throughput\n\n" + table(
            ("tool", "how", "drafts/s", "M chars/s", "seconds", "findings", "command"), [row.cells() for row in rows])
        + "\n\nCLI rows are wall time including process start-up; API rows time the checking loop only. "
        "Findings are counted where the API gives them.",
        "## Start-up\n\n" + table(("tool", "CLI on one 10-character draft, median of 3 (s)"),
                                  [(tool, f"{seconds:.2f}") for tool, seconds in startups]),
        "## The work differs\n\n" + "\n".join(f"- **{tool}**: {WHAT[tool]}." for tool in only)
        + "\n\nSo compare how fast each gets through the same texts, not how much each finds.",
    ]
    publish("cli", f"Command-line throughput: {len(corpus):,} drafts", sections)


if __name__ == "__main__":
    main()
