"""An installed package (no checkout, no docs/) carries the compiled rulebook."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_installed_wheel_checks_drafts_with_its_compiled_rulebook(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    (wheel,) = wheels.glob("*.whl")
    venv.create(tmp_path / "env", with_pip=True)
    python = tmp_path / "env" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    result = subprocess.run(
        [str(python), "-m", "checks", "check", "-", "--platform", "reply", "--format", "json"],
        input="We are sorry you feel this way", capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    assert '"rule_id": "REP-001"' in result.stdout
    listing = subprocess.run([str(python), "-m", "checks", "rules"], capture_output=True, text=True, cwd=tmp_path)
    assert "REP-001" in listing.stdout
