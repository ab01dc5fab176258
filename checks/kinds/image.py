"""`image`: an image's pixel size, shape and file size, for one use on a platform.

A rule names the use (`use: profile-photo`) and what the image should be; the image
passes when it meets every condition given:

- `sizes: [[1080, 1080], [1280, 720]]`: the recommended sizes; the image must have the
  shape of one of them and be at least that large (platforms scale a larger image
  down; a smaller one is scaled up and looks blurred);
- `ratio: "1:1"` (or a list): the image's shape, width to height;
- `min: [110, 110]`: the smallest width and height;
- `max_bytes: 5000000`: the largest file, in bytes.

`tolerance` (default 0.01, i.e. 1%) applies to shapes and to the smallest sizes, so
that 1270x720 counts as 16:9 and as 1280x720 (the 2016 guidelines give both).

An image rule never fires on a text draft. Its `flag` and `pass` examples describe
images: "800x600", or "1500x500, 12 MB" when the file size matters.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..errors import ParamErrors
from ..text import Draft
from . import Hit, check_known

NAME = "image"
PLACEHOLDERS = {"use", "size", "width", "height", "ratio", "expected", "expected_ratio", "min", "file_size", "max_bytes", "problem"}

USES: dict[str, str] = {
    "profile-photo": "Profile photo",
    "cover-photo": "Cover or header photo",
    "post-image": "Image in a post",
    "highlighted-image": "Highlighted image",
    "link-image": "Image of a shared link",
    "channel-art": "Channel art (banner)",
    "thumbnail": "Thumbnail",
}
"""What an image is for: the values of `use`, with the label the checker shows."""

DEFAULT_TOLERANCE = 0.01
MAX_TOLERANCE = 0.1
_EXAMPLE = re.compile(
    r"^\s*(?P<width>\d{1,9})\s*[x×]\s*(?P<height>\d{1,9})"
    r"(?:\s*,?\s*(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>bytes|B|KB|MB|GB))?\s*$",
    re.IGNORECASE,
)
_UNITS = {"b": 1, "bytes": 1, "kb": 1000, "mb": 1000 * 1000, "gb": 1000 * 1000 * 1000}
_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Ratio:
    label: str
    value: float
    """Width divided by height."""


def either(items: Iterable[str]) -> str:
    """"a", "a or b", "a, b or c": a list as a message reads it."""
    names = list(items)
    return " or ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} or {names[-1]}"


@dataclass(frozen=True)
class ImageCheck:
    """A compiled image rule: `check_dimensions` judges an image; calling it on a draft finds nothing."""

    use: str
    sizes: tuple[tuple[int, int], ...] = ()
    ratios: tuple[Ratio, ...] = ()
    min: tuple[int, int] | None = None
    max_bytes: int | None = None
    tolerance: float = DEFAULT_TOLERANCE

    def __call__(self, draft: Draft) -> list[Hit]:
        return []

    def check_dimensions(self, width: int, height: int, file_size: int | None = None) -> list[Hit]:
        """One hit (at 0, 0: an image has no span of text) when the image breaks the rule, else none."""
        problems = self._problems(width, height, file_size)
        if not problems:
            return []
        values: dict[str, Any] = {
            "use": USES[self.use].lower(),
            "size": f"{width}x{height}",
            "width": width,
            "height": height,
            "ratio": ratio_label(width, height),
            "expected": either(f"{w}x{h}" for w, h in self.sizes),
            "expected_ratio": either(self._expected_ratios()),
            "min": f"{self.min[0]}x{self.min[1]}" if self.min else "",
            "file_size": byte_label(file_size) if file_size is not None else "",
            "max_bytes": byte_label(self.max_bytes) if self.max_bytes is not None else "",
            "problem": "; ".join(problems),
        }
        return [Hit(0, 0, values)]

    def run_example(self, example: str) -> list[Hit]:
        """Hits for a rule example such as "800x600" or "1500x500, 12 MB"; ValueError if it is not one."""
        width, height, file_size = parse_example(example)
        return self.check_dimensions(width, height, file_size)

    def _problems(self, width: int, height: int, file_size: int | None) -> list[str]:
        problems = []
        size = f"{width}x{height}"
        if self.sizes and not any(self._fits(width, height, w, h) for w, h in self.sizes):
            same_shape = [(w, h) for w, h in self.sizes if self._same_ratio(width / height, w / h)]
            if same_shape:
                w, h = same_shape[0]
                problems.append(f"{size} is smaller than {w}x{h}")
            else:
                problems.append(f"its shape ({ratio_label(width, height)}) is not {either(self._expected_ratios())}")
        if self.ratios and not any(self._same_ratio(width / height, r.value) for r in self.ratios):
            problems.append(f"its shape ({ratio_label(width, height)}) is not {either(r.label for r in self.ratios)}")
        if self.min and not self._at_least(width, height, *self.min):
            problems.append(f"{size} is smaller than {self.min[0]}x{self.min[1]}")
        if self.max_bytes is not None and file_size is not None and file_size > self.max_bytes:
            problems.append(f"the file ({byte_label(file_size)}) is larger than {byte_label(self.max_bytes)}")
        return problems

    def _expected_ratios(self) -> list[str]:
        labels = [r.label for r in self.ratios] or [ratio_label(w, h) for w, h in self.sizes]
        return list(dict.fromkeys(labels))

    def _same_ratio(self, actual: float, expected: float) -> bool:
        return abs(actual - expected) <= expected * self.tolerance + 1e-12

    def _at_least(self, width: int, height: int, min_width: int, min_height: int) -> bool:
        slack = 1 - self.tolerance
        return width >= min_width * slack - 1e-9 and height >= min_height * slack - 1e-9

    def _fits(self, width: int, height: int, w: int, h: int) -> bool:
        return self._same_ratio(width / height, w / h) and self._at_least(width, height, w, h)


def compile(params: dict[str, Any], errors: ParamErrors) -> ImageCheck | None:
    check_known(params, {"use", "sizes", "ratio", "min", "max_bytes", "tolerance"}, errors)
    use = params.get("use")
    if use not in USES:
        errors.add("check.use", f"unknown use {use!r}." if "use" in params else "is missing.",
                   f"use one of: {', '.join(USES)}.")
    sizes = _sizes(params, errors)
    ratios = _ratios(params, errors)
    minimum = _pair(params.get("min"), "min", errors) if "min" in params else None
    max_bytes = params.get("max_bytes")
    if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1):
        errors.add("check.max_bytes", f"must be a whole number of bytes ≥ 1, not {max_bytes!r}.", "write `max_bytes: 5000000` for 5 MB.")
    tolerance = params.get("tolerance", DEFAULT_TOLERANCE)
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance <= MAX_TOLERANCE:
        errors.add("check.tolerance", f"must be a number from 0 to {MAX_TOLERANCE}, not {tolerance!r}.",
                   "write `tolerance: 0.01` for 1%, or leave it out.")
    if not any(key in params for key in ("sizes", "ratio", "min", "max_bytes")):
        errors.add("check", "an image check needs `sizes:`, `ratio:`, `min:` or `max_bytes:`.",
                   "add `sizes: [[1080, 1080]]`, for example.")
    if errors:
        return None
    return ImageCheck(str(use), sizes, ratios, minimum, max_bytes, float(tolerance))


def _pair(value: Any, key: str, errors: ParamErrors) -> tuple[int, int] | None:
    if (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) and 0 < v <= 1_000_000 for v in value)):
        return value[0], value[1]
    errors.add(f"check.{key}", f"{value!r} is not a width and height in pixels.", "write `[1080, 1080]` (width, height).")
    return None


def _sizes(params: dict[str, Any], errors: ParamErrors) -> tuple[tuple[int, int], ...]:
    value = params.get("sizes")
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        errors.add("check.sizes", "must be a list of sizes.", "write `sizes: [[1080, 1080], [1280, 720]]`.")
        return ()
    pairs = [_pair(item, "sizes", errors) for item in value]
    return tuple(pair for pair in pairs if pair is not None)


def _ratios(params: dict[str, Any], errors: ParamErrors) -> tuple[Ratio, ...]:
    value = params.get("ratio")
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        errors.add("check.ratio", "must be a ratio such as \"1:1\", or a list of them.", "write `ratio: \"16:9\"`.")
        return ()
    ratios = []
    for item in items:
        match = _RATIO.match(item) if isinstance(item, str) else None
        if not match or float(match.group(1)) == 0 or float(match.group(2)) == 0:
            errors.add("check.ratio", f"{item!r} is not a ratio of width to height.", "write it as \"16:9\", in quotes.")
            continue
        ratios.append(Ratio(f"{match.group(1)}:{match.group(2)}", float(match.group(1)) / float(match.group(2))))
    return tuple(ratios)


def parse_example(example: str) -> tuple[int, int, int | None]:
    """Width, height and (when given) file size in bytes of a rule example such as "1500x500, 12 MB"."""
    match = _EXAMPLE.match(example)
    if not match:
        raise ValueError(f"{example!r} does not describe an image; write its size as \"800x600\", or \"800x600, 6 MB\".")
    width, height = int(match.group("width")), int(match.group("height"))
    if width == 0 or height == 0:
        raise ValueError(f"{example!r} has no pixels; give a width and a height of at least 1.")
    file_size = None
    if match.group("amount"):
        file_size = round(float(match.group("amount")) * _UNITS[match.group("unit").lower()])
    return width, height, file_size


def ratio_label(width: int, height: int) -> str:
    """"16:9" when the shape is a simple ratio, else "1.91:1"."""
    divisor = math.gcd(width, height)
    w, h = width // divisor, height // divisor
    if w <= 32 and h <= 32:
        return f"{w}:{h}"
    return f"{width / height:.2f}".rstrip("0").rstrip(".") + ":1"


def byte_label(count: int) -> str:
    """A file size as people read it: "830 KB", "6.2 MB" (decimal units, as most systems show)."""
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if count >= size:
            return f"{count / size:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{count} bytes"
