"""The organisation's e-mail address, used where a personal account is meant.

Matches an address at one of `domains` or at a subdomain of one (`jdoe@iom.int`,
`jdoe@mission.iom.int`), in any case, but not at a longer domain that merely starts
the same way (`jdoe@iom.int.example.com`).
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ParamErrors
from ..kinds import string_list
from ..text import Draft
from . import Detect, Detection
from ._near import OPTIONS_PREFIX, known_options

NAME = "org-email"
DESCRIPTION = "an e-mail address at one of the organisation's domains"

_DOMAIN = re.compile(r"(?:[\w-]{1,63}\.){1,8}[a-z]{2,63}", re.IGNORECASE)


def compile(options: dict[str, Any], errors: ParamErrors) -> Detect | None:
    known_options(options, {"domains"}, errors)
    domains = string_list(options, "domains", errors, required=True, prefix=OPTIONS_PREFIX)
    for domain in domains:
        if not _DOMAIN.fullmatch(domain.strip()):
            errors.add(f"{OPTIONS_PREFIX}domains", f"{domain!r} is not a domain name.", "write a bare domain, as in `iom.int`.")
    if errors:
        return None
    alternatives = "|".join(re.escape(d.strip()) for d in domains)
    address = re.compile(
        rf"(?<![\w.+-])[\w.+-]{{1,64}}@(?:[\w-]{{1,63}}\.){{0,4}}(?:{alternatives})(?![\w-]|\.[\w-])", re.IGNORECASE
    )

    def detect(draft: Draft) -> list[Detection]:
        what = "an address at the organisation's domain"
        return [Detection(m.start(), m.end(), 0.9, what) for m in address.finditer(draft.text)]

    return detect
