"""The in-page checker's Python bundle: the engine's runtime modules and rules.json, zipped.

Build time only (CPython). The zip holds the `checks` package without what only the
command line and the build need (Markdown parsing needs PyYAML, which Pyodide's core
does not ship). Its bytes depend only on its contents, so its name can carry their hash
and browsers may cache it for ever.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_ONLY = frozenset({
    "parse.py", "blocks.py", "render.py", "registry.py", "cli.py", "__main__.py", "bundle.py", "rules.json",
})
"""Files of the package that the browser never needs (rules.json is added fresh). Leaving them
out also keeps the bundle, and the start-up snapshot made from it, unchanged when only they change."""
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def runtime_files(package_dir: Path = PACKAGE_DIR) -> dict[str, bytes]:
    """The package's runtime files, by their path in the zip (`checks/...`)."""
    files: dict[str, bytes] = {}
    for path in sorted(package_dir.rglob("*")):
        relative = path.relative_to(package_dir)
        if not path.is_file() or "__pycache__" in relative.parts or path.suffix == ".pyc":
            continue
        if relative.as_posix() in BUILD_ONLY:
            continue
        files[f"checks/{relative.as_posix()}"] = path.read_bytes()
    return files


def build_bundle(rules_json: str, package_dir: Path = PACKAGE_DIR) -> bytes:
    """The zip's bytes: same inputs, same bytes."""
    files = runtime_files(package_dir)
    files["checks/rules.json"] = rules_json.encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


def bundle_name(data: bytes) -> str:
    """A file name that changes whenever the bundle's bytes do."""
    return f"checker-{hashlib.sha256(data).hexdigest()[:16]}.zip"
