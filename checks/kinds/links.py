"""`links`: links that are not allowed, or not allowed as they are.

Exactly one of:
- `any: true`: no links at all (e.g. Instagram captions, where they are not clickable);
- `domains: [...]`: links to these sites, any subdomain included (`wikipedia.org`
  covers `fr.m.wikipedia.org`);
- `longer_than: N`: links longer than N characters, which should be shortened.

`except_domains` exempts sites (e.g. a link shortener, the organisation's own site).
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ParamErrors
from ..text import Draft, Span
from . import Check, Hit, check_known, non_negative_int, removal, string_list

NAME = "links"
PLACEHOLDERS = {"domain", "length"}

_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#\s]*@)?([^/?#:\s]+)", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


def host(url: str) -> str:
    """The link's host name, lower case, without a leading `www.`."""
    match = _HOST.match(url)
    name = match.group(1).lower().rstrip(".") if match else ""
    return name[4:] if name.startswith("www.") else name


def on_domain(name: str, domains: list[str]) -> str | None:
    for domain in domains:
        if name == domain or name.endswith("." + domain):
            return domain
    return None


def compile(params: dict[str, Any], errors: ParamErrors) -> Check | None:
    check_known(params, {"any", "domains", "longer_than", "except_domains"}, errors)
    forbid_any = params.get("any", False)
    if not isinstance(forbid_any, bool):
        errors.add("check.any", "must be true or false.", "write `any: true`.")
    domains = [d.lower() for d in string_list(params, "domains", errors)]
    longer_than = non_negative_int(params, "longer_than", errors)
    exempt = [d.lower() for d in string_list(params, "except_domains", errors)]
    for key, names in (("domains", domains), ("except_domains", exempt)):
        for name in names:
            if not _DOMAIN.match(name):
                errors.add(f"check.{key}", f"{name!r} is not a domain name.", "write a bare domain such as `wikipedia.org`, without scheme or path.")
    modes = [mode for mode, on in (("any", forbid_any is True), ("domains", bool(domains)), ("longer_than", longer_than is not None)) if on]
    if len(modes) != 1:
        errors.add("check", f"a links check needs exactly one of `any`, `domains`, `longer_than`; it has {len(modes) or 'none'}.",
                   "split it into separate rules, one for each.")
    if errors:
        return None

    def flagged(link: Span) -> dict[str, Any] | None:
        name = host(link.text)
        if on_domain(name, exempt):
            return None
        values = {"domain": name, "length": len(link.text)}
        if forbid_any:
            return values
        if domains:
            return values if on_domain(name, domains) else None
        return values if longer_than is not None and len(link.text) > longer_than else None

    def check(draft: Draft) -> list[Hit]:
        hits = []
        for link in draft.urls:
            values = flagged(link)
            if values is not None:
                fix = removal(draft.text, link.start, link.end, "Remove this link") if forbid_any else None
                hits.append(Hit(link.start, link.end, values, fix))
        return hits

    return check
