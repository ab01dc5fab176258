"""Time every detector on 1 MB drafts built to be hard: digits, spaces, repeated cue words.

Run: .venv/bin/python bench/detectors.py
Prints seconds per detector and input; no assertion (speed is not a test here).
"""

from __future__ import annotations

import time

from checks.detectors import DETECTORS
from checks.errors import ParamErrors
from checks.text import Draft

SIZE = 1_000_000

OPTIONS = {"org-email": {"domains": ["iom.int"]}, "handle": {"prefixes": ["IOM", "OIM"]}}

PIECES = {
    "digits": "0",
    "digit-space": "1 ",
    "phone-like": "+41 22 717 91 11 ",
    "digit-groups": "022 717 ",
    "separators": "1-.(",
    "spaces": " ",
    "letters": "a",
    "at-signs": "a@b.",
    "dots": "a.",
    "date-cues": "born 12 March 1990 DOB 12/03/1990 ",
    "address-cues": "lives at 12 Baker Street Street Street rue de ",
    "convoy-cues": "convoy leaves via the road at 06:00 tomorrow ",
    "vote-cues": "Vote for Smith Elect Jones #VoteX I support the candidate ",
    "news-cues": "BREAKING: unconfirmed reports sources say breaking ",
    "confidential-cues": "CONFIDENTIAL: do not share internal only Confidential ",
    "disclaimer-cues": "views are my own RTs ≠ RT/likes/shares/follows ",
    "capitals": "Aa Bb ",
    "one-long-line": "x" * 99 + "/",
    "brackets": "1)(",
    "plus-signs": "+ 1",
    "vote-words": "Vote ",
    "street-like": "12 Aa Aa Aa Aa ",
    "capital-dots": "A.",
    "capital-hyphens": "A-",
    "capital-apostrophes": "A'",
    "capital-digit-dots": "A1.",
    "capital-dot-spaces": "A. ",
    "stance-cues": "government disaster Vote them out I support the Party GOV entre nous leaked internal memo job cuts ",
}


def main() -> None:
    names = sorted(DETECTORS)
    print(f"{'input':20}" + "".join(f"{n:>17}" for n in names))
    worst = {n: 0.0 for n in names}
    for label, piece in PIECES.items():
        text = (piece * (SIZE // len(piece) + 1))[:SIZE]
        row = f"{label:20}"
        for name in names:
            detect = DETECTORS[name].compile(OPTIONS.get(name, {}), ParamErrors())
            assert detect is not None
            started = time.perf_counter()
            detect(Draft(text))
            seconds = time.perf_counter() - started
            worst[name] = max(worst[name], seconds)
            row += f"{seconds:17.3f}"
        print(row, flush=True)
    print(f"{'worst':20}" + "".join(f"{worst[n]:17.3f}" for n in names))


if __name__ == "__main__":
    main()
