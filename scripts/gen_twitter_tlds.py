"""Generate checks/twitter_tlds.py, the top-level domains X's URL extractor knows.

    .venv/bin/python scripts/gen_twitter_tlds.py          # rewrite checks/twitter_tlds.py
    .venv/bin/python scripts/gen_twitter_tlds.py --check  # exit 1 if the committed list is stale

The source is twitter-text's conformance file tlds.yml (shared/conformance/twitter-text/,
beside the repository): one case "https://twitter.<tld>" per top-level domain, in two
sections, `country` and `generic`. The engine cannot read YAML at run time (standard
library only, in the browser too), hence this generated module.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "conformance" / "twitter-text" / "tlds.yml"
TARGET = ROOT / "checks" / "twitter_tlds.py"
PREFIX = "https://twitter."


def tlds(source: Path = SOURCE) -> dict[str, list[str]]:
    """Each section's top-level domains, in the file's order."""
    import yaml

    tests = yaml.safe_load(source.read_text(encoding="utf-8"))["tests"]
    lists: dict[str, list[str]] = {}
    for section in ("generic", "country"):
        names = []
        for case in tests[section]:
            text = case["text"]
            if not text.startswith(PREFIX):
                raise ValueError(f"unexpected case in {source.name}: {text!r}")
            names.append(text[len(PREFIX):])
        lists[section] = names
    return lists


def _wrapped(names: list[str]) -> str:
    lines: list[str] = []
    line = ""
    for name in names:
        if line and len(line) + len(name) > 90:
            lines.append(line)
            line = ""
        line += name + " "
    lines.append(line)
    return "\n".join(f"    {chunk!r}" for chunk in lines)


def render(source: Path = SOURCE) -> str:
    lists = tlds(source)
    return (
        '"""Top-level domains of twitter-text\'s URL extractor. GENERATED: do not edit.\n'
        "\n"
        "Made by scripts/gen_twitter_tlds.py from twitter-text's conformance file tlds.yml\n"
        "(Apache-2.0). Space-separated, in the file's order.\n"
        '"""\n'
        "\n"
        "GENERIC = (\n"
        f"{_wrapped(lists['generic'])}\n"
        ")\n"
        "\n"
        "COUNTRY = (\n"
        f"{_wrapped(lists['country'])}\n"
        ")\n"
    )


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run scripts/gen_twitter_tlds.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
