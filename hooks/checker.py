"""MkDocs hook: ship the in-page checker (Pyodide, the engine's bundle) and expand `/// checker` blocks.

Glue only. What it does at build time:

- copies Pyodide's core files from `node_modules/pyodide` (installed by `npm ci`, which
  verifies them against package-lock.json) into `assets/pyodide/<version>/`;
  a build server without registry access points `HANDBOOK_PYODIDE_DIR` (environment) or
  `extra.checker.pyodide_dir` (mkdocs.yml) at a local copy of the same version instead;
- builds the engine's bundle (`checks.bundle`) with the rulebook compiled from `docs/`
  and publishes it as `assets/checker/checker-<hash>.zip`;
- for a fast start, publishes a gzip copy of Pyodide's WebAssembly and a memory snapshot of
  Pyodide with the checker already built (`hooks/snapshot.mjs`, run by Node beside the
  build), both kept in `.cache/checker/` under a hash of their inputs so that a rebuild
  with the same engine, rules and Pyodide reuses them; `extra.checker.snapshot: false`
  in mkdocs.yml turns the snapshot off (the page then always starts Python the normal way);
- replaces each `/// checker | <platform>` block with the checker's markup, and adds the
  checker's stylesheet and script to those pages only (other pages load nothing of it).

Block syntax (in any page of docs/):

    /// checker | x
        account: institutional
    ///

The platform and the indented `account:` line are optional (defaults: any, institutional).
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from checks import load_rulebook
from checks.bundle import build_bundle, bundle_name
from checks.model import ACCOUNTS, PLATFORMS

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
ENV_PYODIDE_DIR = "HANDBOOK_PYODIDE_DIR"
ASSETS = "assets/checker"
PROJECT = Path(__file__).resolve().parent.parent
"""The project's root: package.json pins Pyodide's version; npm installs it in node_modules/."""
CACHE_DIR = PROJECT / ".cache" / "checker"
CACHE_KEEP = 8
SNAPSHOT_MAKER = Path(__file__).resolve().with_name("snapshot.mjs")
SNAPSHOT_TIMEOUT_S = 300
EMPTY_STDLIB = b"PK\x05\x06" + bytes(18)
"""An empty zip: a Pyodide restored from the snapshot has imported all it needs."""

PLATFORM_LABELS = {
    "x": "X post",
    "facebook": "Facebook post",
    "instagram": "Instagram caption",
    "youtube-title": "YouTube title",
    "youtube-description": "YouTube description",
    "linkedin": "LinkedIn post",
    "reply": "Reply to a comment",
    "handle": "Account handle",
    "any": "Other post (platform not known)",
}
ACCOUNT_LABELS = {"institutional": "The organisation's account", "personal": "My personal account"}

_BLOCK = re.compile(
    r"^///[ \t]*checker[ \t]*(?:\|[ \t]*(?P<platform>[\w-]+))?[ \t]*\n(?P<options>(?:(?: {4}|\t).*\n|[ \t]*\n)*?)///[ \t]*$",
    re.M,
)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,}).*?^ {0,3}\1[ \t]*$", re.M | re.S)

_state: dict[str, Any] = {}
_pages_with_checker: set[str] = set()
_jobs: dict[str, Future[Path]] = {}
"""Site path -> the cached file that will be copied there after the build (made meanwhile)."""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    version = _pinned_version(PROJECT)
    source = _pyodide_dir(config, Path(config.config_file_path).resolve().parent)
    _check_pyodide(source, version)
    snapshot = (config.extra.get("checker") or {}).get("snapshot", True)
    if snapshot and not shutil.which("node"):
        raise PluginError(
            "checker: building the checker's start-up snapshot needs Node.js, and `node` is not on PATH. "
            "Install Node.js 18 or later, or set `extra: {checker: {snapshot: false}}` in mkdocs.yml "
            "(the checker then starts several times more slowly)."
        )
    lock = json.loads((source / "pyodide-lock.json").read_text(encoding="utf-8"))
    _state.update(
        version=version, source=source, snapshot=bool(snapshot), pyodide_url=f"assets/pyodide/{version}/",
        lock=json.dumps({"info": lock["info"], "packages": {}}, separators=(",", ":")),
    )
    _pages_with_checker.clear()
    return config


def _pinned_version(root: Path) -> str:
    package = root / "package.json"
    try:
        return json.loads(package.read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    except (OSError, KeyError, ValueError) as error:
        raise PluginError(f"checker: cannot read the pinned Pyodide version from {package} ({error}).") from error


def _pyodide_dir(config: MkDocsConfig, config_dir: Path) -> Path:
    configured = os.environ.get(ENV_PYODIDE_DIR) or (config.extra.get("checker") or {}).get("pyodide_dir")
    return (config_dir / configured).resolve() if configured else PROJECT / "node_modules" / "pyodide"


def _check_pyodide(source: Path, version: str) -> None:
    missing = [name for name in PYODIDE_FILES if not (source / name).is_file()]
    if missing:
        raise PluginError(
            f"checker: Pyodide {version} is missing from {source} (no {', '.join(missing)}). "
            f"Run `npm ci` in the project root, or set {ENV_PYODIDE_DIR} (or extra.checker.pyodide_dir in "
            f"mkdocs.yml) to a local copy of Pyodide {version}'s core files."
        )
    loader = (source / "pyodide.mjs").read_text(encoding="utf-8", errors="replace")
    if f'"{version}"' not in loader:
        raise PluginError(
            f"checker: {source / 'pyodide.mjs'} is not Pyodide {version}, the version pinned in package.json. "
            f"Use a copy of exactly that version."
        )


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for name in PYODIDE_FILES:
        files.append(File.generated(config, _state["pyodide_url"] + name, abs_src_path=str(_state["source"] / name)))
    rulebook = load_rulebook(Path(config.docs_dir))
    bundle = build_bundle(rulebook.dumps())
    _state["bundle_url"] = f"{ASSETS}/{bundle_name(bundle)}"
    files.append(File.generated(config, _state["bundle_url"], content=bundle))
    _state["stdlib_url"] = f"{ASSETS}/stdlib-empty.zip"
    files.append(File.generated(config, _state["stdlib_url"], content=EMPTY_STDLIB))
    _start_jobs(_state["source"], bundle)
    return files


def _start_jobs(source: Path, bundle: bytes) -> None:
    """Start making the compressed WebAssembly and the snapshot, unless cached; they run beside the build."""
    _jobs.clear()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    wasm = source / "pyodide.asm.wasm"
    wasm_hash = hashlib.sha256(wasm.read_bytes()).hexdigest()[:16]
    _state["wasm_gz_url"] = _state["pyodide_url"] + "pyodide.asm.wasm.gz"
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="checker-assets")
    _jobs[_state["wasm_gz_url"]] = pool.submit(_cached, CACHE_DIR / f"pyodide.asm-{wasm_hash}.wasm.gz", lambda out: _gzip(wasm, out))
    _state["snapshot_url"] = None
    if _state["snapshot"]:
        inputs = hashlib.sha256(wasm_hash.encode() + bundle + SNAPSHOT_MAKER.read_bytes())
        name = f"snapshot-{inputs.hexdigest()[:16]}.gz"
        _state["snapshot_url"] = f"{ASSETS}/{name}"
        _jobs[_state["snapshot_url"]] = pool.submit(_cached, CACHE_DIR / name, lambda out: _make_snapshot(source, bundle, out))
    pool.shutdown(wait=False)


def _cached(path: Path, make: Any) -> Path:
    """`path` if it exists, else made by `make(temporary path)` and moved there whole.

    Each use marks the file as recently used; making one removes all but the CACHE_KEEP
    most recently used, so the cache does not grow with every edit of the rules."""
    if path.exists():
        os.utime(path)
        return path
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    make(temporary)
    os.replace(temporary, path)
    for old in sorted(path.parent.glob("*.gz"), key=lambda p: p.stat().st_mtime, reverse=True)[CACHE_KEEP:]:
        old.unlink(missing_ok=True)
    return path


def _gzip(source: Path, out: Path) -> None:
    out.write_bytes(gzip.compress(source.read_bytes(), compresslevel=9, mtime=0))


def _make_snapshot(source: Path, bundle: bytes, out: Path) -> None:
    bundle_file = out.with_suffix(".zip")
    bundle_file.write_bytes(bundle)
    try:
        result = subprocess.run(
            ["node", str(SNAPSHOT_MAKER), str(source), str(bundle_file), str(out)],
            capture_output=True, text=True, timeout=SNAPSHOT_TIMEOUT_S, check=False,
        )
    finally:
        bundle_file.unlink(missing_ok=True)
    if result.returncode:
        detail = "\n".join(line[:300] for line in (result.stderr or result.stdout).strip().splitlines()[-15:])
        raise PluginError(f"checker: making the start-up snapshot failed (node {SNAPSHOT_MAKER.name} exited {result.returncode}):\n{detail}")


def on_post_build(config: MkDocsConfig) -> None:
    """Copy the compressed WebAssembly and the snapshot, once made, into the site."""
    for url, job in _jobs.items():
        target = Path(config.site_dir) / url
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(job.result(timeout=SNAPSHOT_TIMEOUT_S), target)
    _jobs.clear()


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    fences = [match.span() for match in _FENCE.finditer(markdown)]
    count = 0

    def expand(match: re.Match[str]) -> str:
        nonlocal count
        if any(start <= match.start() < end for start, end in fences):
            return match.group(0)
        count += 1
        platform = match.group("platform") or "any"
        options = dict(_option(line) for line in match.group("options").splitlines() if line.strip())
        account = options.pop("account", "institutional")
        where = f"{page.file.src_uri}: /// checker block"
        if platform not in PLATFORMS:
            raise PluginError(f"{where}: unknown platform {platform!r}; use one of: {', '.join(PLATFORMS)}.")
        if account not in ACCOUNTS:
            raise PluginError(f"{where}: unknown account {account!r}; use one of: {', '.join(ACCOUNTS)}.")
        if options:
            raise PluginError(f"{where}: unknown option(s) {', '.join(options)}; only `account:` is allowed.")
        return _markup(page, platform, account, count)

    expanded = _BLOCK.sub(expand, markdown)
    if count:
        _pages_with_checker.add(page.file.src_uri)
    return expanded


def _option(line: str) -> tuple[str, str]:
    key, _, value = line.strip().partition(":")
    return key.strip(), value.strip().strip("\"'")


def _markup(page: Page, platform: str, account: str, number: int) -> str:
    def url(path: str) -> str:
        return html.escape(get_relative_url(path, page.url), quote=True)

    ident = f"hb-checker-{number}"
    platforms = "".join(
        f'<option value="{p}"{" selected" if p == platform else ""}>{html.escape(PLATFORM_LABELS[p])}</option>' for p in PLATFORMS
    )
    accounts = "".join(
        f'<option value="{a}"{" selected" if a == account else ""}>{html.escape(ACCOUNT_LABELS[a])}</option>' for a in ACCOUNTS
    )
    root = url(".").rstrip("/") + "/"
    snapshot = f' data-snapshot="{url(_state["snapshot_url"])}"' if _state["snapshot_url"] else ""
    return f"""
<div class="hb-checker" id="{ident}" data-platform="{platform}" data-account="{account}" data-root="{root}" data-pyodide="{url(_state['pyodide_url'])}" data-wasm="{url(_state['wasm_gz_url'])}" data-stdlib="{url(_state['stdlib_url'])}" data-lock="{html.escape(_state['lock'], quote=True)}"{snapshot} data-bundle="{url(_state['bundle_url'])}" data-state="static">
<div class="hb-checker__pickers">
<p class="hb-checker__picker"><label for="{ident}-platform">What are you writing?</label>
<select id="{ident}-platform" name="platform">{platforms}</select></p>
<p class="hb-checker__picker"><label for="{ident}-account">For which account?</label>
<select id="{ident}-account" name="account">{accounts}</select></p>
</div>
<p class="hb-checker__field"><label for="{ident}-draft">Your draft</label>
<textarea id="{ident}-draft" class="hb-checker__draft" rows="8" spellcheck="true" aria-describedby="{ident}-privacy {ident}-status"></textarea></p>
<p class="hb-checker__privacy" id="{ident}-privacy">Your draft stays in this page: it is not sent anywhere and not saved.</p>
<div class="hb-checker__status" id="{ident}-status"><span class="hb-checker__status-text">The checker needs JavaScript, and the handbook must be opened from its web server (not as a file). Without it, check your draft against the rules by hand.</span></div>
</div>
"""


def on_page_content(html_text: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.src_uri not in _pages_with_checker:
        return html_text
    css = get_relative_url(f"{ASSETS}/checker.css", page.url)
    js = get_relative_url(f"{ASSETS}/checker.js", page.url)
    return html_text + f'\n<link rel="stylesheet" href="{css}">\n<script type="module" src="{js}"></script>\n'
