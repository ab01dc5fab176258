"""What do the build hooks cost? (issue 6, part 5; not a test: it prints numbers)

1. The real handbook, `mkdocs build --strict`, with its hooks and without them, runs
   interleaved; the ratio and the hooks' added share of the build.
2. Where the hooks' time goes: one in-process build per run (fresh interpreter each time),
   timing every hook event, the mkdocs rendering of the `r/<ID>/` pages the hook adds, and
   the copy of Pyodide's files.
3. Synthetic rulebooks of 100, 1,000 and 5,000 rules (pages of 20–50 rules made from the
   handbook's own active rule blocks, IDs renumbered), with and without hooks: seconds,
   the hooks' added seconds per rule, and how the cost grows.

"Without the hooks" is the same config with `hooks:` removed, built from a copy of the
docs in which each rule block is replaced by its Markdown body (under its ID, keeping the
`#<id>` anchor pages link to) and `rules.json` is a static file. Plain Markdown cannot
read a raw rule block (its options hold regular expressions such as `(?<!...)` that the
Markdown HTML parser chokes on), and strict mode needs the anchors and `rules.json` links
to resolve, so this is the site an author would have without the hooks.

A synthetic tree has its own `published-rules.json` (recorded from it before timing), in
its own temporary directory: the real `published-rules.json` is never read or written.

    .venv/bin/python -m bench.build                       # everything, 3 runs of each
    .venv/bin/python -m bench.build --repeat 5 --sizes 100,1000
    .venv/bin/python -m bench.build --skip-synthetic      # only the real handbook
    .venv/bin/python -m bench.build --profile real        # cProfile one in-process build (also: synthetic-1000, ...)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from bench.report import median, publish, table

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "mkdocs.yml"
SHORT_LINK_PREFIX = "r/"
PYODIDE_PREFIX = "assets/pyodide/"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


# Configs and docs trees ----------------------------------------------------------------------

def _config_text(docs_dir: Path, hooks: bool, nav: list[str] | None = None, snapshot: bool = True) -> str:
    """The real mkdocs.yml, for another docs tree, with or without hooks (absolute paths throughout)."""
    text = CONFIG.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^docs_dir:.*$", f"docs_dir: {docs_dir}", text)
    text = re.sub(r"(?m)^(\s*custom_dir:)\s*(\S+)", lambda m: f"{m.group(1)} {ROOT / m.group(2)}", text)
    hooks_block = re.compile(r"(?m)^hooks:\n(?:[ \t]+.*\n)+")
    if hooks:
        text = hooks_block.sub(lambda m: re.sub(r"- (\S+)", lambda h: f"- {ROOT / h.group(1)}", m.group(0)), text)
    else:
        text = hooks_block.sub("", text)
    if nav is not None:
        text = re.sub(r"(?ms)^nav:\n.*\Z", "nav:\n" + "".join(f"  - {page}\n" for page in nav), text)
    if not snapshot:
        text = re.sub(r"(?m)^extra:\n", "extra:\n  checker:\n    snapshot: false\n", text)
    return text


def _plain_markdown(text: str) -> str:
    """A page with each rule block replaced by its ID, anchor and Markdown body."""
    from checks.blocks import replace_blocks

    return replace_blocks(text, lambda b: f"**{b.rule_id}**\n{{: #{b.rule_id.lower()} }}\n\n{b.body}\n")


def _write_plain_tree(source: Path, target: Path, rules_json: str) -> None:
    shutil.copytree(source, target)
    for page in target.rglob("*.md"):
        page.write_text(_plain_markdown(page.read_text(encoding="utf-8")), encoding="utf-8")
    (target / "rules.json").write_text(rules_json, encoding="utf-8")


def real_configs(work: Path) -> dict[str, Path]:
    """`hooks`: the real mkdocs.yml itself; `plain`: the same pages without hooks."""
    from checks.parse import parse_tree

    rules_json = parse_tree(ROOT / "docs").dumps() + "\n"
    _write_plain_tree(ROOT / "docs", work / "plain-docs", rules_json)
    plain = work / "plain.yml"
    plain.write_text(_config_text(work / "plain-docs", hooks=False), encoding="utf-8")
    return {"hooks": CONFIG, "plain": plain}


_LOCAL_LINK = re.compile(r"(!?)\[([^\]]*)\]\((?!https?:|mailto:)[^)]*\)")


def _templates() -> list[tuple[str, str]]:
    """(options, body) of every active rule block in the handbook, local links made plain text."""
    from checks.blocks import find_blocks

    templates = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        blocks, _ = find_blocks(page.read_text(encoding="utf-8"), str(page))
        for block in blocks:
            if re.search(r"(?m)^(status|superseded_by|reason):", block.options):
                continue
            templates.append((block.options, _LOCAL_LINK.sub(lambda m: m.group(2), block.body)))
    return templates


def _page_prefix(number: int) -> str:
    """Two capital letters per page (AA, AB, ...), so IDs stay `XX-nnn` and unique."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "S" + letters[number // 26 % 26] + letters[number % 26]


def synthetic_pages(rules: int, seed: int = 6) -> dict[str, str]:
    """Markdown pages holding `rules` rule blocks, 20–50 a page, by path under docs/."""
    rng = random.Random(seed)
    templates = _templates()
    manual = [t for t in templates if re.search(r"(?m)^check:\s*manual\s*$", t[0])]
    automatic = [t for t in templates if t not in manual]
    pages: dict[str, str] = {}
    made = 0
    number = 0
    while made < rules:
        count = min(rng.randint(20, 50), rules - made)
        prefix = _page_prefix(number)
        lines = [f"# Synthetic page {number + 1}", "",
                 "Guidance made from the handbook's own rules, renumbered, to measure the build.", ""]
        for index in range(count):
            if index % 6 == 0:
                lines += [f"## Section {index // 6 + 1}", "", "A paragraph introducing the rules that follow.", ""]
            options, body = rng.choice(automatic if rng.random() < 0.45 else manual)
            lines += [f"/// rule | {prefix}-{index + 1:03d}", *("    " + line if line else "" for line in options.split("\n")),
                      "", body, "///", ""]
        pages[f"part-{number // 10 + 1}/page-{number + 1:03d}.md"] = "\n".join(lines)
        made += count
        number += 1
    return pages


def synthetic_configs(work: Path, rules: int) -> dict[str, Path]:
    """A tree of `rules` synthetic rules in `work`, and configs with and without the hooks."""
    from checks import registry
    from checks.parse import parse_tree

    docs = work / "docs"
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    pages = synthetic_pages(rules)
    pages["index.md"] = "# Synthetic handbook\n\nSee the [rules index](rules.md) and [check a draft](checker.md).\n"
    pages["rules.md"] = "# Rules index\n\nAlso as data: [rules.json](rules.json).\n\n<!-- rules-index -->\n"
    pages["checker.md"] = "# Check a draft\n\n/// checker | x\n    account: institutional\n///\n"
    for path, text in pages.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    rulebook = parse_tree(docs)
    assert len(rulebook.rules) == rules, (len(rulebook.rules), rules)
    # The tree's own registry, next to its config (as extra.handbook.registry says), every rule recorded.
    (work / registry.DEFAULT_FILE).write_text(registry.dumps(registry.record(rulebook, {}, today="2026-01-01")),
                                              encoding="utf-8")
    _write_plain_tree(docs, work / "plain-docs", rulebook.dumps() + "\n")
    nav = ["index.md", "checker.md", "rules.md"] + sorted(p for p in pages if p.startswith("part-"))
    configs = {}
    for name, tree, hooks in (("hooks", docs, True), ("plain", work / "plain-docs", False)):
        configs[name] = work / f"{name}.yml"
        configs[name].write_text(_config_text(tree, hooks, nav, snapshot=False), encoding="utf-8")
    return configs


# Timing --------------------------------------------------------------------------------------

def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(config: Path, site: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `mkdocs build --strict`, as an editor runs it (interpreter start
    included; CPU counts the build's own child processes too, e.g. Node making a snapshot)."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)],
                          cwd=ROOT, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"build of {config} failed:\n{done.stdout}\n{done.stderr}")
    return seconds, _children_cpu() - cpu


def interleaved(configs: dict[str, Path], work: Path, repeat: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Each config built `repeat` times, taking turns, so drift on a shared machine hits all alike.

    One untimed build of each first, so that the disk cache and the checker's `.cache/` are warm.
    Returns wall-clock and CPU seconds by config name.
    """
    for name in configs:
        timed_build(configs[name], work / f"site-{name}")
    wall: dict[str, list[float]] = {name: [] for name in configs}
    cpu: dict[str, list[float]] = {name: [] for name in configs}
    for run in range(repeat):
        order = list(configs) if run % 2 == 0 else list(reversed(configs))
        for name in order:
            seconds, cpu_seconds = timed_build(configs[name], work / f"site-{name}")
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
    return wall, cpu


def _stats(values: list[float]) -> str:
    return f"{median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


WHOLE = "whole build"
SHORT_PAGES = "mkdocs: the r/<ID>/ pages ({})"
OWN_PAGES = "mkdocs: the handbook's own pages ({})"
PYODIDE_COPY = "mkdocs: copying Pyodide's files"
LOAD_CONFIG = "load_config (imports the hooks)"


def breakdown_in_process(config: Path, site: Path, checker_cache: Path | None = None) -> dict[str, float]:
    """Seconds per hook event, per kind of page and for Pyodide's copy, from one build in this interpreter.

    Call it in a fresh interpreter (see `breakdown`). `checker_cache` points the checker hook's
    `.cache/` elsewhere (an empty directory: a cold build that makes the snapshot).
    """
    from mkdocs.commands import build as build_module
    from mkdocs.config import load_config
    from mkdocs.structure.files import File

    times: dict[str, float] = defaultdict(float)

    def timer(key: str, function: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                times[key] += time.thread_time() - start
        return wrapper

    start = time.thread_time()
    cfg = load_config(str(config), site_dir=str(site), strict=True)
    times[LOAD_CONFIG] = time.thread_time() - start
    for name, plugin in cfg.plugins.items():
        if checker_cache is not None and name.endswith("checker.py") and hasattr(plugin, "CACHE_DIR"):
            plugin.CACHE_DIR = checker_cache
    for event, methods in cfg.plugins.events.items():
        for index, method in enumerate(methods):
            origin = cfg.plugins._event_origins.get(method, "?")
            if origin.endswith(".py"):
                wrapped = timer(f"{Path(origin).name} on_{event}", method)
                methods[index] = wrapped
                cfg.plugins._event_origins[wrapped] = origin

    def per_page(function: Callable, step: str) -> Callable:
        def wrapper(page, *args, **kwargs):
            key = SHORT_PAGES if page.file.src_uri.startswith(SHORT_LINK_PREFIX) else OWN_PAGES
            return timer(key.format(step), function)(page, *args, **kwargs)
        return wrapper

    copy_file = File.copy_file

    def timed_copy(self, dirty=False):
        if self.src_uri.startswith(PYODIDE_PREFIX):
            return timer(PYODIDE_COPY, copy_file)(self, dirty)
        return copy_file(self, dirty)

    build_module._populate_page = per_page(build_module._populate_page, "Markdown")
    build_module._build_page = per_page(build_module._build_page, "theme, search")
    File.copy_file = timed_copy
    cpu = time.process_time() + _children_cpu()
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build_module.build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    times[WHOLE] = time.process_time() + _children_cpu() - cpu + times[LOAD_CONFIG]
    return dict(times)


def breakdown(config: Path, site: Path, repeat: int, checker_cache: Path | None = None) -> dict[str, list[float]]:
    """`breakdown_in_process` in `repeat` fresh interpreters."""
    runs: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        command = [sys.executable, "-m", "bench.build", "--breakdown-child", str(config), str(site)]
        if checker_cache is not None:
            shutil.rmtree(checker_cache, ignore_errors=True)
            command += ["--checker-cache", str(checker_cache)]
        done = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"in-process build of {config} failed:\n{done.stderr}")
        for key, seconds in json.loads(done.stdout.strip().splitlines()[-1]).items():
            runs[key].append(seconds)
    return runs


def breakdown_table(with_hooks: dict[str, list[float]], without: dict[str, list[float]],
                    cold: dict[str, list[float]] | None = None) -> str:
    def cell(runs: dict[str, list[float]] | None, key: str) -> str:
        return f"{median(runs[key]):.3f}" if runs and key in runs else "–"

    events = sorted((k for k in with_hooks if " on_" in k), key=lambda k: (k.split()[0], -median(with_hooks[k])))
    pages = [kind.format(step) for kind in (OWN_PAGES, SHORT_PAGES) for step in ("Markdown", "theme, search")]
    keys = [LOAD_CONFIG] + events + pages + [PYODIDE_COPY, WHOLE]
    headers = ["where", "with hooks", "without", "added"] + (["with hooks, cold .cache/"] if cold else [])
    rows = []
    for key in keys:
        added = median(with_hooks.get(key, [0])) - median(without.get(key, [0]))
        note = " (inside the page rows)" if "on_page_" in key else ""
        rows.append([key + note, cell(with_hooks, key), cell(without, key), f"{added:+.3f}"] + ([cell(cold, key)] if cold else []))
    return table(headers, rows)


def profile(config: Path, site: Path, lines: int = 40) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(breakdown_in_process, config, site)
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(lines)
    stats.sort_stats("tottime").print_stats(lines)


# Main ----------------------------------------------------------------------------------------

def _comparison(wall: dict[str, list[float]], cpu: dict[str, list[float]]) -> list[list[str]]:
    rows = [["with hooks", _stats(wall["hooks"]), _stats(cpu["hooks"])],
            ["without hooks", _stats(wall["plain"]), _stats(cpu["plain"])]]
    ratio, share = ["ratio with / without"], ["hooks' added time, over the build without them"]
    for times in (wall, cpu):
        hooks, plain = median(times["hooks"]), median(times["plain"])
        ratio.append(f"{hooks / plain:.2f}")
        share.append(f"{(hooks - plain) / plain:+.0%}")
    return rows + [ratio, share]


def real_section(work: Path, repeat: int, breakdown_repeat: int) -> list[str]:
    configs = real_configs(work)
    wall, cpu = interleaved(configs, work, repeat)
    with_hooks = breakdown(configs["hooks"], work / "site-breakdown", breakdown_repeat)
    without = breakdown(configs["plain"], work / "site-breakdown-plain", breakdown_repeat)
    cold = breakdown(configs["hooks"], work / "site-breakdown-cold", 1, checker_cache=work / "cold-cache")
    return [
        f"## The real handbook\n\n`mkdocs build --strict` (as `python -m mkdocs`, interpreter start included), "
        f"{repeat} interleaved runs each after one untimed warm-up: median (min–max) seconds. CPU counts the "
        "build's child processes too.\n\n" + table(["build", "wall s", "CPU s"], _comparison(wall, cpu)),
        f"## Where the time goes (real handbook)\n\nIn-process builds in fresh interpreters ({breakdown_repeat} each; "
        "the cold one: 1, with the checker's `.cache/` empty, so Node makes the snapshot): median CPU seconds of the "
        "build's thread (the whole build: of the process and its children, e.g. Node).\n\n"
        + breakdown_table(with_hooks, without, cold),
    ]


def synthetic_section(work: Path, sizes: list[int], repeat: int) -> list[str]:
    rows = []
    added_by_size: dict[int, float] = {}
    for size in sizes:
        tree = work / f"synthetic-{size}"
        tree.mkdir()
        configs = synthetic_configs(tree, size)
        pages = len(list((tree / "docs").rglob("page-*.md")))
        wall, cpu = interleaved(configs, tree, repeat)
        hooks, plain = median(cpu["hooks"]), median(cpu["plain"])
        added_by_size[size] = added = hooks - plain
        rows.append([f"{size:,}", pages, _stats(wall["hooks"]), _stats(wall["plain"]), _stats(cpu["hooks"]),
                     _stats(cpu["plain"]), f"{hooks / plain:.2f}", f"{added:.2f}", f"{added / size * 1000:.2f}"])
        print(f"synthetic {size}: CPU with {hooks:.2f} s, without {plain:.2f} s", file=sys.stderr, flush=True)
    text = (f"## Synthetic rulebooks\n\n`mkdocs build --strict`, {repeat} interleaved runs each after a warm-up: "
            "median (min–max) seconds. The checker's snapshot is off (`extra.checker.snapshot: false`): it is made "
            "once per rulebook and cached, and would fill `.cache/` with one per size. Ratio and added time are "
            "from CPU seconds (steadier than wall time on a shared machine): added = with − without.\n\n"
            + table(["rules", "pages", "wall with", "wall without", "CPU with", "CPU without", "ratio (CPU)",
                     "added CPU s", "added ms/rule"], rows))
    if len(sizes) >= 2:
        first, last = sizes[0], sizes[-1]
        per_rule = (added_by_size[last] / last) / (added_by_size[first] / first)
        slopes = [(a, b, (added_by_size[b] - added_by_size[a]) / (b - a)) for a, b in zip(sizes, sizes[1:])]
        lines = [f"- added ms per rule at {last:,} over at {first:,}: **{per_rule:.2f}** "
                 "(≈1 linear; below 1 while a fixed cost — imports, Pyodide's copy, the bundle — is spread over more rules)"]
        lines += [f"- marginal cost {a:,}→{b:,} rules: {slope * 1000:.2f} ms per added rule" for a, b, slope in slopes]
        if len(slopes) >= 2:
            lines.append(f"- marginal cost, last step over first: **{slopes[-1][2] / slopes[0][2]:.2f}** "
                         "(≈1 linear, >1 super-linear)")
        text += "\n\n" + "\n".join(lines)
    return [text]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed builds of each variant (default 3)")
    parser.add_argument("--breakdown-repeat", type=int, default=3, help="in-process builds for the breakdown (default 3)")
    parser.add_argument("--sizes", default="100,1000,5000", help="synthetic rulebook sizes (default 100,1000,5000)")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--profile", metavar="WHAT", help="cProfile one in-process build: `real`, `plain` or `synthetic-N`")
    parser.add_argument("--breakdown-child", nargs=2, metavar=("CONFIG", "SITE"), help=argparse.SUPPRESS)
    parser.add_argument("--checker-cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.breakdown_child:
        times = breakdown_in_process(Path(args.breakdown_child[0]), Path(args.breakdown_child[1]), args.checker_cache)
        print(json.dumps(times))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-build-") as temp:
        work = Path(temp)
        if args.profile:
            if args.profile in ("real", "plain"):
                config = real_configs(work)["hooks" if args.profile == "real" else "plain"]
            else:
                (work / "tree").mkdir()
                config = synthetic_configs(work / "tree", int(args.profile.split("-")[1]))["hooks"]
            profile(config, work / "site")
            return 0
        sections = []
        if not args.skip_real:
            sections += real_section(work, args.repeat, args.breakdown_repeat)
        if not args.skip_synthetic:
            sections += synthetic_section(work, [int(s) for s in args.sizes.split(",")], args.repeat)
        publish("build", "What the build hooks cost (issue 6, part 5)", sections)
    return 0


if __name__ == "__main__":
    sys.exit(main())
