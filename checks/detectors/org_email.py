"""The organisation's e-mail address, used where a personal account is meant."""

from __future__ import annotations

import re
from typing import Any

from ..errors import ParamErrors
from ..kinds import string_list
from ..text import Draft
from . import Detect, Detection

NAME = "org-email"
DESCRIPTION = "an e-mail address at one of the organisation's domains"


def compile(options: dict[str, Any], errors: ParamErrors) -> Detect | None:
    domains = string_list(options, "domains", errors, required=True)
    if errors:
        return None
    alternatives = "|".join(re.escape(d) for d in domains)
    address = re.compile(rf"(?<![\w.+-])[\w.+-]{{1,64}}@(?:[\w-]{{1,63}}\.){{0,4}}(?:{alternatives})(?![\w-])", re.IGNORECASE)

    def detect(draft: Draft) -> list[Detection]:
        return [Detection(m.start(), m.end(), 0.9, "an address at the organisation's domain") for m in address.finditer(draft.text)]

    return detect
