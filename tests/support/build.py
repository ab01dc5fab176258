"""Build the handbook site with the project's mkdocs.yml, in a separate process.

`build_site(site_dir)` builds the real docs/ exactly as `mkdocs build --strict` does.
`build_site(site_dir, docs_dir=fixture)` builds another docs tree (its registry beside it) with the
same configuration (theme, hooks, extensions), for precise tests. Both return the finished
process; check `.returncode` and `.stderr` (MkDocs logs there).

Run as `python -m tests.support.build SITE_DIR [--docs-dir D]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "mkdocs.yml"
FIXTURES = ROOT / "tests" / "site" / "fixtures"


def fixture_tree(name: str, dest: Path) -> Path:
    """A copy of tests/site/fixtures/<name>/ in `dest`, its docs/ given the real docs/assets/.

    Returns the copy's root, which holds docs/ and (if the fixture has one) published-rules.json.
    Tests may edit the copy freely.
    """
    shutil.copytree(FIXTURES / name, dest, dirs_exist_ok=True)
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets", dirs_exist_ok=True)
    return dest


def build_site(site_dir: Path, docs_dir: Path | None = None,
               strict: bool = True, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Build the handbook, or another docs tree (whose registry is `published-rules.json` beside it)."""
    if docs_dir is None:
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(CONFIG), "-d", str(site_dir)]
        command += ["--strict"] if strict else []
    else:
        command = [sys.executable, "-m", "tests.support.build", str(site_dir)]
        command += ["--docs-dir", str(docs_dir)] if docs_dir else []
        command += [] if strict else ["--no-strict"]
    environment = {key: value for key, value in os.environ.items() if key != "HANDBOOK_SITE_URL"} | (env or {})
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, env=environment)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--docs-dir", type=Path)
    parser.add_argument("--no-strict", dest="strict", action="store_false")
    args = parser.parse_args()

    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s - %(message)s")
    overrides = {"site_dir": str(args.site_dir.resolve()), "strict": args.strict}
    if args.docs_dir:
        overrides["docs_dir"] = str(args.docs_dir.resolve())
    config = load_config(str(CONFIG), **overrides)
    if args.docs_dir:
        config["nav"] = None  # another docs tree: the handbook's own nav names pages it does not have
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


if __name__ == "__main__":
    main()
