"""Run every benchmark, one after the other, and gather their tables in bench/results/all.md.

    .venv/bin/python -m bench                  # all of them (about 15 minutes on 2 cores)
    .venv/bin/python -m bench startup latency  # some of them

Each part also runs on its own (`python -m bench.<part> --help`) and writes
bench/results/<part>.md. The site is built once and shared by the parts that need one.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.report import RESULTS_DIR
from tests.support.build import build_site

PARTS = {
    "startup": "time to first result, cold and warm, and bytes, next to bare Pyodide (Chromium)",
    "latency": "per-check p50/p95 on every platform: CPython, Pyodide in Node, Chromium",
    "cli": "command-line throughput next to alex and proselint",
    "build": "build time with and without the hooks; synthetic rulebooks of 100 to 5,000 rules",
    "accuracy": "recall and false alarms of the judgement per concept × language, on the part nobody tuned on",
}
USES_SITE = {"startup", "latency"}


def main(argv: list[str]) -> None:
    chosen = argv or list(PARTS)
    unknown = [name for name in chosen if name not in PARTS]
    if unknown:
        sys.exit(f"unknown part(s): {', '.join(unknown)}; choose from: {', '.join(PARTS)}")
    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / "site"
        if USES_SITE & set(chosen):
            result = build_site(site)
            if result.returncode:
                sys.exit(result.stderr)
        failed = []
        for name in chosen:
            print(f"\n=== bench.{name}: {PARTS[name]}", flush=True)
            extra = ["--site", str(site)] if name in USES_SITE else []
            if subprocess.run([sys.executable, "-m", f"bench.{name}", *extra]).returncode:
                failed.append(name)
    reports = [RESULTS_DIR / f"{name}.md" for name in chosen if name not in failed]
    (RESULTS_DIR / "all.md").write_text("\n\n".join(path.read_text(encoding="utf-8") for path in reports), encoding="utf-8")
    print(f"\nResults: {RESULTS_DIR}/ ({', '.join(path.name for path in reports)}, all.md)")
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main(sys.argv[1:])
