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
- guards the snapshot: Pyodide restores it into its initial heap and cannot grow memory while
  doing so, so a snapshot whose heap exceeds the WebAssembly's initial memory could never be
  restored. Every build logs the headroom; a snapshot over the ceiling is left out of the site
  with a warning (which fails a `--strict` build) and the page starts the normal way;
- publishes the checker's service worker (`hooks/service-worker.js`) at the site's root as
  `checker-sw.js`, versioned with a hash of the build's checker files, so that after one visit
  the checker's pages and files work offline and an update never mixes two builds;
- writes `.gz` and `.br` copies beside every large compressible file of the site (kept in
  `.cache/checker/precompressed/` by content hash), for servers set up to send precompressed
  files (docs/reference/checker-admin.md); a server that knows nothing of them just never sends them;
- replaces each `/// checker | <platform>` block with the checker's markup, and adds the
  checker's stylesheet and script to those pages only (other pages load nothing of it).

Block syntax (in any page of docs/):

    /// checker | x
        account: institutional
    ///

The platform and the indented `account:` line are optional (defaults: any, institutional); the
platform may also be given as an indented `platform:` line. `checker/?platform=…&account=…`
presets a checker from the address instead (checker.js).
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import logging
import os
import re
import shutil
import subprocess
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from checks import load_rulebook
from checks.blocks import code_lines
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
SERVICE_WORKER = Path(__file__).resolve().with_name("service-worker.js")
SERVICE_WORKER_URL = "checker-sw.js"
CHECKER_FILES = ("checker.js", "checker.css", "worker.mjs", "start.js")
PRECOMPRESS_MIN_BYTES = 20_000
PRECOMPRESS_SUFFIXES = (".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".xml", ".map")
PRECOMPRESS_KEEP = 200
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

log = logging.getLogger("mkdocs.hooks.checker")
MIB = 1024 * 1024
WASM_PAGE = 65536

_state: dict[str, Any] = {}
_pages_with_checker: set[str] = set()
_checker_page_urls: set[str] = set()
"""Site-relative URLs of the pages with a checker, for the service worker."""
_jobs: dict[str, Future[Path]] = {}
_warming: list[Future[Path]] = []
"""Brotli copies of Pyodide's largest files, made beside the build for `precompress`."""
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
        server_compression=bool((config.extra.get("checker") or {}).get("server_compression", False)),
        lock=json.dumps({"info": lock["info"], "packages": {}}, separators=(",", ":")),
    )
    _pages_with_checker.clear()
    _checker_page_urls.clear()
    _pages_with_batch.clear()
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
    pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="checker-assets")
    # Brotli takes seconds for the wasm (quality 9: 3.1 MB in 4 s; 11 would save 0.4 MB for a minute
    # on every fresh checkout): begun now, beside the build, and cached.
    _warming[:] = [pool.submit(_compressed, (source / name).read_bytes(), ".br") for name in ("pyodide.asm.wasm", "pyodide.asm.mjs")]
    _jobs[_state["wasm_gz_url"]] = pool.submit(_cached, CACHE_DIR / f"pyodide.asm-{wasm_hash}.wasm.gz", lambda out: _gzip(wasm, out))
    _state["snapshot_url"] = None
    if _state["snapshot"]:
        inputs = hashlib.sha256(wasm_hash.encode() + bundle + SNAPSHOT_MAKER.read_bytes())
        name = f"snapshot-{inputs.hexdigest()[:16]}.gz"
        _state["snapshot_url"] = f"{ASSETS}/{name}"
        stats = CACHE_DIR / f"snapshot-{inputs.hexdigest()[:16]}.json"
        _state.update(snapshot_stats=stats, initial_heap=initial_heap(wasm.read_bytes()))
        if not stats.exists():  # a snapshot cached without its sizes is made again, so the guard always has them
            (CACHE_DIR / name).unlink(missing_ok=True)
        _jobs[_state["snapshot_url"]] = pool.submit(_cached, CACHE_DIR / name, lambda out: _make_snapshot(source, bundle, out, stats))
    pool.shutdown(wait=False)


def _cached(path: Path, make: Any, keep: int = CACHE_KEEP) -> Path:
    """`path` if it exists, else made by `make(temporary path)` and moved there whole.

    Each use marks the file as recently used; making one removes all but the CACHE_KEEP
    most recently used, so the cache does not grow with every edit of the rules."""
    if path.exists():
        os.utime(path)
        return path
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    make(temporary)
    os.replace(temporary, path)
    made = [p for p in path.parent.iterdir() if p.suffix in (".gz", ".br") and not p.name.startswith(".")]
    for old in sorted(made, key=_last_used, reverse=True)[keep:]:
        old.unlink(missing_ok=True)
        old.with_suffix(".json").unlink(missing_ok=True)
    return path


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:  # removed meanwhile by another build
        return 0.0


def _gzip(source: Path, out: Path) -> None:
    out.write_bytes(gzip.compress(source.read_bytes(), compresslevel=9, mtime=0))


def _make_snapshot(source: Path, bundle: bytes, out: Path, stats: Path) -> None:
    bundle_file = out.with_name(out.name + ".zip")  # beside the temporary file, whose name holds the pid
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
    stats.write_text(result.stdout.strip().splitlines()[-1], encoding="utf-8")


def initial_heap(wasm: bytes) -> int:
    """The initial memory, in bytes, that a WebAssembly binary declares (memory section or memory import)."""

    def leb(at: int) -> tuple[int, int]:
        value = shift = 0
        while True:
            byte = wasm[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value, at

    def limits_min(at: int) -> int:
        return leb(at + 1)[0] * WASM_PAGE  # flags byte, then the minimum in pages

    at = 8
    while at < len(wasm):
        section, at = wasm[at], at + 1
        size, at = leb(at)
        if section == 5:
            return limits_min(leb(at)[1])
        if section == 2:
            count, cursor = leb(at)
            for _ in range(count):
                for _name in range(2):
                    length, cursor = leb(cursor)
                    cursor += length
                kind, cursor = wasm[cursor], cursor + 1
                if kind == 2:
                    return limits_min(cursor)
                if kind == 0:
                    cursor = leb(cursor)[1]
                elif kind == 1:
                    flags = wasm[cursor + 1]
                    cursor = leb(cursor + 2)[1]
                    if flags & 1:
                        cursor = leb(cursor)[1]
                elif kind == 3:
                    cursor += 2
                else:
                    break
        at += size
    raise PluginError("checker: Pyodide's WebAssembly declares no memory; cannot guard the start-up snapshot.")


def snapshot_verdict(stats: dict[str, int], ceiling: int) -> tuple[bool, str]:
    """Whether the page can restore this snapshot, and the numbers, in words.

    The restore writes the snapshot's heap into Pyodide's initial memory (`ceiling`) and never
    grows it: a larger heap is a RangeError in every browser. The headroom is what the checker
    may still add to the heap in use before the snapshot would have to grow past the ceiling."""
    heap, used = stats["heap_bytes"], stats["used_bytes"]
    numbers = (
        f"heap {heap / MIB:.2f} MiB ({used / MIB:.2f} MiB in use), restore ceiling {ceiling / MIB:.2f} MiB, "
        f"headroom {(ceiling - used) / MIB:.2f} MiB; file {stats['gzip_bytes'] / 1e6:.2f} MB gzip"
    )
    if heap > ceiling:
        return False, (
            f"checker: the start-up snapshot cannot be restored: its heap is {(heap - ceiling) / MIB:.2f} MiB over "
            f"Pyodide's initial memory ({numbers}). It is left out of the site and the checker starts the normal "
            f"(slower) way. Make the engine or its rules smaller, or set extra.checker.snapshot: false."
        )
    return True, f"checker: start-up snapshot: {numbers}."


def on_post_build(config: MkDocsConfig) -> None:
    """Copy the compressed WebAssembly and the snapshot, once made, into the site; write the service worker."""
    shipped = []
    for url, job in _jobs.items():
        made = job.result(timeout=SNAPSHOT_TIMEOUT_S)
        if url == _state.get("snapshot_url"):
            restorable, words = snapshot_verdict(json.loads(_state["snapshot_stats"].read_text(encoding="utf-8")), _state["initial_heap"])
            if not restorable:
                log.warning(words)
                continue
            log.info(words)
        target = Path(config.site_dir) / url
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made, target)
        shipped.append(url)
    _jobs.clear()
    _write_service_worker(Path(config.site_dir), shipped)
    for warming in _warming:
        warming.result(timeout=SNAPSHOT_TIMEOUT_S)
    _warming.clear()
    precompress(Path(config.site_dir))


PRECOMPRESSED = CACHE_DIR / "precompressed"


def _compressed(data: bytes, suffix: str) -> Path:
    """The cached `.gz` (gzip -9) or `.br` (brotli, quality 9) of `data`, made if need be."""
    import brotli  # build time only (the docs extra); the checker never needs it

    compress = {
        ".gz": lambda: gzip.compress(data, compresslevel=9, mtime=0),
        ".br": lambda: brotli.compress(data, quality=9),
    }[suffix]
    PRECOMPRESSED.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(data).hexdigest()[:24]
    return _cached(PRECOMPRESSED / f"{key}{suffix}", lambda out: out.write_bytes(compress()), keep=PRECOMPRESS_KEEP)


def precompress(site: Path) -> list[Path]:
    """`name.gz` and `name.br` beside every large compressible file of the site (cached by content hash)."""

    def one(path: Path) -> list[Path]:
        data = path.read_bytes()
        written = []
        for suffix in (".gz", ".br"):
            target = path.with_name(path.name + suffix)
            shutil.copyfile(_compressed(data, suffix), target)
            written.append(target)
        return written

    large = [path for path in sorted(site.rglob("*")) if path.suffix in PRECOMPRESS_SUFFIXES and path.is_file()
             and path.stat().st_size >= PRECOMPRESS_MIN_BYTES]
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="checker-precompress") as pool:
        return [written for pair in pool.map(one, large) for written in pair]


def _write_service_worker(site: Path, shipped: list[str]) -> None:
    """`checker-sw.js` at the site's root: the template with this build's VERSION and FILES."""
    files = sorted(_checker_page_urls) + [f"{ASSETS}/{name}" for name in CHECKER_FILES]
    files += [_state["pyodide_url"] + name for name in PYODIDE_FILES] + shipped + [_state["stdlib_url"], _state["bundle_url"]]
    site.mkdir(parents=True, exist_ok=True)
    template = SERVICE_WORKER.read_text(encoding="utf-8")
    version = hashlib.sha256(template.encode())
    for path in files:
        version.update(path.encode() + b"\0")
        if path.startswith(ASSETS + "/") and (site / path).is_file() and path.rsplit("/", 1)[-1] in CHECKER_FILES:
            version.update((site / path).read_bytes())
    head = f"const VERSION = {json.dumps(version.hexdigest()[:16])};\nconst FILES = {json.dumps(files)};\n\n"
    (site / SERVICE_WORKER_URL).write_text(head + template, encoding="utf-8")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    code = code_lines(markdown.split("\n"))  # the build side's one fence rule
    count = 0

    def expand(match: re.Match[str]) -> str:
        nonlocal count
        if code[markdown.count("\n", 0, match.start())]:
            return match.group(0)
        count += 1
        options = dict(_option(line) for line in match.group("options").splitlines() if line.strip())
        platform = options.pop("platform", None) or match.group("platform") or "any"
        account = options.pop("account", "institutional")
        where = f"{page.file.src_uri}: /// checker block"
        if platform not in PLATFORMS:
            raise PluginError(f"{where}: unknown platform {platform!r}; use one of: {', '.join(PLATFORMS)}.")
        if account not in ACCOUNTS:
            raise PluginError(f"{where}: unknown account {account!r}; use one of: {', '.join(ACCOUNTS)}.")
        if options:
            raise PluginError(f"{where}: unknown option(s) {', '.join(options)}; only `platform:` and `account:` are allowed.")
        return _markup(page, platform, account, count)

    expanded = _BLOCK.sub(expand, markdown)
    if count:
        _pages_with_checker.add(page.file.src_uri)
        _checker_page_urls.add(page.url)
    return _expand_batch(expanded, page)


_BATCH_BLOCK = re.compile(r"^///[ \t]*batch[ \t]*\n(?P<options>(?:(?: {4}|\t).*\n|[ \t]*\n)*?)///[ \t]*$", re.M)
_pages_with_batch: set[str] = set()
"""Pages with a `/// batch` block ("Check many posts"): they load batch.js and batch.css."""


def _expand_batch(markdown: str, page: Page) -> str:
    """Each `/// batch` block (options `platform:`, `account:`: the pickers' presets) as the page's markup."""
    code = code_lines(markdown.split("\n"))
    found = False

    def expand(match: re.Match[str]) -> str:
        nonlocal found
        if code[markdown.count("\n", 0, match.start())]:
            return match.group(0)
        found = True
        options = dict(_option(line) for line in match.group("options").splitlines() if line.strip())
        platform, account = options.pop("platform", "any"), options.pop("account", "institutional")
        where = f"{page.file.src_uri}: /// batch block"
        if platform not in PLATFORMS or account not in ACCOUNTS or options:
            raise PluginError(f"{where}: only `platform:` ({', '.join(PLATFORMS)}) and `account:` ({', '.join(ACCOUNTS)}) are allowed.")
        return _batch_markup(page, platform, account)

    expanded = _BATCH_BLOCK.sub(expand, markdown)
    if found:
        _pages_with_batch.add(page.file.src_uri)
    return expanded


def _batch_markup(page: Page, platform: str, account: str) -> str:
    """The batch page's pickers and status, with the worker's start data as on a checker (start.js reads them).
    The batch page always starts Python the normal way, so it needs no snapshot."""
    def url(path: str) -> str:
        return html.escape(get_relative_url(path, page.url), quote=True)

    ident = "hb-batch"
    platforms = "".join(f'<option value="{p}"{" selected" if p == platform else ""}>{html.escape(PLATFORM_LABELS[p])}</option>'
                        for p in PLATFORMS if p != "handle")
    accounts = "".join(f'<option value="{a}"{" selected" if a == account else ""}>{html.escape(ACCOUNT_LABELS[a])}</option>'
                       for a in ACCOUNTS)
    wasm = "" if _state.get("server_compression") else url(_state["wasm_gz_url"])
    return f"""
<div class="hb-batch" id="{ident}" data-root="{url(".").rstrip("/") + "/"}" data-checker="{url("checker/")}" data-pyodide="{url(_state['pyodide_url'])}" data-wasm="{wasm}" data-stdlib="{url(_state['stdlib_url'])}" data-lock="{html.escape(_state['lock'], quote=True)}" data-bundle="{url(_state['bundle_url'])}" data-state="static">
<div class="hb-batch__pickers">
<p class="hb-batch__picker"><label for="{ident}-platform">Platform, when the file does not say</label>
<select id="{ident}-platform" name="platform">{platforms}</select></p>
<p class="hb-batch__picker"><label for="{ident}-account">Account</label>
<select id="{ident}-account" name="account">{accounts}</select></p>
</div>
<p class="hb-batch__privacy">The file stays on this device: it is read in this page, never uploaded and never stored.</p>
<p class="hb-batch__status">Checking many posts needs JavaScript, and the handbook must be opened from its web server (not as a file).</p>
</div>
"""


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
    # A server that sends the .br/.gz copies itself: the worker asks for the plain wasm (brotli, 3.1 MB).
    wasm = "" if _state.get("server_compression") else url(_state["wasm_gz_url"])
    return f"""
<div class="hb-checker" id="{ident}" data-platform="{platform}" data-account="{account}" data-root="{root}" data-pyodide="{url(_state['pyodide_url'])}" data-wasm="{wasm}" data-stdlib="{url(_state['stdlib_url'])}" data-lock="{html.escape(_state['lock'], quote=True)}"{snapshot} data-bundle="{url(_state['bundle_url'])}" data-service-worker="{url(SERVICE_WORKER_URL)}" data-state="static">
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
    if page.file.src_uri in _pages_with_batch:
        css = get_relative_url(f"{ASSETS}/batch.css", page.url)
        js = get_relative_url(f"{ASSETS}/batch.js", page.url)
        html_text += f'\n<link rel="stylesheet" href="{css}">\n<script type="module" src="{js}"></script>\n'
    if page.file.src_uri not in _pages_with_checker:
        return html_text
    css = get_relative_url(f"{ASSETS}/checker.css", page.url)
    js = get_relative_url(f"{ASSETS}/checker.js", page.url)
    return html_text + f'\n<link rel="stylesheet" href="{css}">\n<script type="module" src="{js}"></script>\n'
