"""Shared plumbing for detectors: "is there a cue near here?" in logarithmic time.

Every detector finds its candidates and its context words with one left-to-right
`finditer` each, then asks which context words lie within a few characters of a
candidate. Asking with `bisect` on the sorted spans keeps a detector linear in the
draft's length (give or take a logarithm), whatever the draft holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from ..errors import ParamErrors
from ..kinds import check_known

OPTIONS_PREFIX = "check.options."


class Cues:
    """The non-overlapping matches of one pattern in a text, sorted by position."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.matches = list(pattern.finditer(text))
        self._starts = [m.start() for m in self.matches]
        self._ends = [m.end() for m in self.matches]

    def near(self, start: int, end: int, before: int, after: int) -> list[re.Match[str]]:
        """Matches that overlap [start - before, end + after)."""
        low, high = start - before, end + after
        first = bisect_right(self._ends, low)
        last = bisect_left(self._starts, high)
        return self.matches[first:last]

    def any_near(self, start: int, end: int, before: int, after: int) -> bool:
        low, high = start - before, end + after
        return bisect_right(self._ends, low) < bisect_left(self._starts, high)


# A sentence ends at . ! ? … (with closing quotes or brackets) followed by space and
# something that is not a lower-case letter, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]?[ \t]+(?=[^\sa-z])|\r\n|[\n\r\u2028\u2029]")


class Sentences:
    """Where sentences break, to keep a cue from counting across a full stop."""

    def __init__(self, text: str) -> None:
        self._breaks = [m.end() for m in _SENTENCE_END.finditer(text)]

    def index(self, position: int) -> int:
        return bisect_right(self._breaks, position)

    def same(self, a: int, b: int) -> bool:
        """Whether positions a and b (a <= b) lie in the same sentence."""
        return self.index(a) == self.index(max(a, b - 1))


def no_options(options: dict[str, Any], errors: ParamErrors) -> None:
    """For detectors that take no options: report any that were given."""
    for key in options:
        errors.add(f"{OPTIONS_PREFIX}{key}", f"unknown option {key!r}: this detector takes no options.", "remove `options:`.")


def known_options(options: dict[str, Any], known: set[str], errors: ParamErrors) -> None:
    check_known(options, known, errors, prefix=OPTIONS_PREFIX)
