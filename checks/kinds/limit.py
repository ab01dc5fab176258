"""`limit`: bound a measure of the text (length, hashtags, paragraphs, ...).

A guideline's suggested range is a rule of its own, with severity `suggestion`.
"""

from __future__ import annotations

from typing import Any

from ..errors import ParamErrors
from ..measures import MEASURES, PER_ITEM
from ..text import Draft
from . import Check, Fix, Hit, check_known, non_negative_int, removal

NAME = "limit"
REMOVABLE: dict[str, str] = {"hashtags": "hashtag", "mentions": "mention", "links": "link", "emoji": "emoji"}
"""Counted things that can be dropped without rewriting the text: a finding offers to remove them."""
PLACEHOLDERS = {"value", "min", "max", "unit", "over", "under"}


def compile(params: dict[str, Any], errors: ParamErrors) -> Check | None:
    check_known(params, {"measure", "min", "max"}, errors)
    name = params.get("measure")
    known = sorted([*MEASURES, *PER_ITEM])
    if name not in known:
        errors.add("check.measure", f"unknown measure {name!r}.", f"use one of: {', '.join(known)}.")
    low = non_negative_int(params, "min", errors)
    high = non_negative_int(params, "max", errors)
    if low is None and high is None and "min" not in params and "max" not in params:
        errors.add("check", "a limit needs `min:`, `max:` or both.", "add `max: 3`, for example.")
    if low is not None and high is not None and low > high:
        errors.add("check.min", f"min ({low}) is greater than max ({high}).", "swap them or correct one.")
    if errors or name not in known:
        return None
    if name in PER_ITEM:
        return _per_item(name, low, high)
    return _whole(name, low, high)


def _whole(name: str, low: int | None, high: int | None) -> Check:
    measure = MEASURES[name]

    def check(draft: Draft) -> list[Hit]:
        value = measure.value(draft)
        values = {"value": value, "min": low, "max": high, "unit": measure.unit}
        if high is not None and value > high:
            values["over"] = value - high
            if measure.items is not None:
                thing = REMOVABLE.get(name)
                return [Hit(item.start, item.end, values, removal(draft.text, item.start, item.end, f"Remove this {thing}") if thing else None)
                        for item in measure.items(draft)[high:]]
            assert measure.cut is not None
            cut = measure.cut(draft, high)
            return [Hit(cut, len(draft.text), values, Fix("Cut the text where the limit ends", cut, len(draft.text)))]
        if low is not None and value < low:
            values["under"] = low - value
            return [Hit(0, len(draft.text), values)]
        return []

    return check


def _per_item(name: str, low: int | None, high: int | None) -> Check:
    unit, items, measure_one = PER_ITEM[name]

    def check(draft: Draft) -> list[Hit]:
        hits = []
        for item in items(draft):
            value = measure_one(item.text)
            values = {"value": value, "min": low, "max": high, "unit": unit}
            if (high is not None and value > high) or (low is not None and value < low):
                hits.append(Hit(item.start, item.end, values))
        return hits

    return check
