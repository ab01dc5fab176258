"""Build hook: an installed package carries the handbook's compiled rulebook.

In a checkout the command line reads `docs/` directly; a wheel has no `docs/`,
so `build_py` compiles it into `checks/rules.json`. Everything else is in
pyproject.toml.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithRulebook(build_py):
    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        if self.editable_mode or not (root / "docs").is_dir():
            return
        sys.path.insert(0, str(root))
        from checks.parse import parse_tree

        target = Path(self.build_lib) / "checks" / "rules.json"
        target.write_text(parse_tree(root / "docs").dumps() + "\n", encoding="utf-8")


setup(cmdclass={"build_py": BuildWithRulebook})
