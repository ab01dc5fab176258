"""X (Twitter) counting and entity extraction, after twitter-text v3.

Follows twitter-text's JavaScript implementation (`parseTweet`, `extractUrlsWithIndices`,
`extractHashtagsWithIndices`, `extractMentionsOrListsWithIndices`) and its `config/v3.json`,
and passes its conformance suite (tests/checks/test_twitter.py loads it). Two deliberate
differences:

- Emoji come from this project's table (checks/emoji.py), which is newer than twemoji's:
  every emoji sequence counts 2, including ones published after the suite.
- twitter-text's URL pattern backtracks: on a long word of domain characters, or a path of
  `(b)(b)(b)…`, it takes quadratic time or worse. The scanner here gives the same matches
  in linear time: it visits each dot-separated label once and remembers the result of each
  label chain, parses the path in one pass, and uses regular expressions only where they
  cannot backtrack far (port, query, character runs).

Quirks of the JavaScript kept on purpose, because X counts with it: it works on UTF-16
code units (the first half of an emoji can stand before a URL), a lone parenthesized group
is a path unit, and `parseTweet` skips a URL by the length of its reported text.
Checked during development against twitter-text 3.1.0 (npm) on about 50,000 generated
drafts: no difference in URLs, hashtags, mentions, weighted length or valid range.

Offsets are code points (Python string indexes) unless a name says `utf16`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterator, NamedTuple

from . import emoji
from .twitter_tlds import COUNTRY, GENERIC

# config/v3.json
MAX_WEIGHTED_LENGTH = 280
SCALE = 100
DEFAULT_WEIGHT = 200
TRANSFORMED_URL_LENGTH = 23
LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
"""Code points that weigh 100 (one character); every other code point weighs 200."""

MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40
MAX_DOMAIN_LABEL_LENGTH = 63
DEFAULT_PROTOCOL = "https://"


class Entity(NamedTuple):
    """An extracted URL, hashtag or mention: its text as twitter-text reports it, and its span."""

    text: str
    start: int
    end: int


# Character classes (twitter-text js/src/regexp) ----------------------------------------

_SPACES = "\t\n\x0b\x0c\r \x85\xa0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_INVALID = "\ufffe\ufeff\uffff"
_DIRECTIONAL = "\u202a\u202b\u202c\u202d\u202e\u061c\u200e\u200f\u2066\u2067\u2068\u2069"
_PUNCT = "!'#%&()*+,\\-./:;<=>?@[]^_{|}~$"
_LATIN_ACCENTS = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f"
    "\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = "\u0400-\u04ff"


def _escaped(chars: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


_NOT_DOMAIN = frozenset(_PUNCT + _SPACES + _INVALID + _DIRECTIONAL)
"""Characters that cannot be part of a domain label (everything else can, emoji included)."""
_LABEL_RUN = re.compile("[^" + _escaped("".join(sorted(_NOT_DOMAIN - {"_", "-"}))) + "]+")
"""A run of label characters, hyphens and underscores."""
_LABEL_RUN_START = re.compile("(?<!" + _LABEL_RUN.pattern[:-1] + ")" + _LABEL_RUN.pattern[:-1] + "++(?=\\.)")
"""A whole run followed by a dot; the look-behind keeps the search linear."""
_NOT_URL_PRECEDING = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@＠$#＃" + _INVALID)
_NO_PROTOCOL_BAD_PRECEDING = frozenset("-_./")
_PROTOCOL = re.compile("https?://", re.IGNORECASE | re.ASCII)

_GENERAL_PATH = f"[a-zA-Z{_CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&{_LATIN_ACCENTS}]"
_PATH_ENDING = f"[+\\-a-zA-Z{_CYRILLIC}0-9=_#/{_LATIN_ACCENTS}]"
_GENERAL_PATH_RUN = re.compile(f"{_GENERAL_PATH}*")
_UP_TO_LAST_PATH_ENDING = re.compile(f"{_GENERAL_PATH}*{_PATH_ENDING}")
_BALANCED_PARENS = re.compile(
    f"\\((?:{_GENERAL_PATH}+|{_GENERAL_PATH}*\\({_GENERAL_PATH}+\\){_GENERAL_PATH}*)\\)"
)
_PORT = re.compile(":[0-9]+")
_QUERY = "[a-zA-Z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]"
_QUERY_ENDING = "[a-zA-Z0-9\\-_&=#/]"
_QUERY_PART = re.compile(f"\\?{_QUERY}*{_QUERY_ENDING}")
_TCO = re.compile(f"https?://t\\.co/([a-z0-9]+)(?:\\?{_QUERY}*{_QUERY_ENDING})?", re.IGNORECASE | re.ASCII)
_ASCII_LABEL = re.compile(f"[\\-a-zA-Z0-9{_LATIN_ACCENTS}]+")
_PUNYCODE_TLD = re.compile("xn--[\\-0-9a-z]+", re.IGNORECASE | re.ASCII)
_TLD_FOLLOWER = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@+-")
_IDNA_SEPARATORS = re.compile("[\u3002\uff0e\uff61]")


def _tld_table(names: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """Upper-cased names, and the lengths of those with a non-ASCII letter, longest first."""
    upper = frozenset(name.upper() for name in names.split())
    return upper, tuple(sorted({len(name) for name in upper if not name.isascii()}, reverse=True))


_GENERIC_TLDS = _tld_table(GENERIC)
_COUNTRY_TLDS = _tld_table(COUNTRY)
_ASCII_LETTERS = re.compile("[A-Za-z]+")


def _tld_end(text: str, start: int, limit: int) -> int:
    """The end of the top-level domain at `start` (generic, then country code, then punycode), or -1.

    A listed domain matches case-insensitively, longest first, when the character after it
    is not a letter, digit, @, + or -; `limit` acts as the end of the text. So an all-ASCII
    name must be the whole run of ASCII letters at `start`: one look-up, after the few
    lengths of names with other letters (みんな, vermögensberatung).
    """
    if start >= limit:
        return -1
    letters = _ASCII_LETTERS.match(text, start, limit)
    run_end = letters.end() if letters else start
    # A name with other letters continues the ASCII run with a non-ASCII letter.
    mixed = run_end < limit and not text[run_end].isascii()
    ascii_end = run_end if run_end > start and (run_end == limit or text[run_end] not in _TLD_FOLLOWER) else -1
    for names, lengths in (_GENERIC_TLDS, _COUNTRY_TLDS):
        if mixed:
            for length in lengths:
                end = start + length
                if end > limit or (end < limit and text[end] in _TLD_FOLLOWER):
                    continue
                key = text[start:end].upper()
                if not key.isascii() and key in names:
                    return end
        if ascii_end > 0 and text[start:ascii_end].upper() in names:
            return ascii_end
    match = _PUNYCODE_TLD.match(text, start, limit)
    return match.end() if match else -1


def _is_label_char(char: str) -> bool:
    return char not in _NOT_DOMAIN


class _DomainChains:
    """Domain matches in one text, with the result of every label chain remembered.

    twitter-text's domain is `subdomain* domain-name tld`, tried greedily: the most labels
    whose chain still ends in a top-level domain. The labels after a given dot are the same
    whichever character a candidate URL starts at, so each chain is resolved once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.length = len(text)
        self.after_dot: dict[int, int] = {}
        self.tlds: dict[int, int] = {}

    def tld(self, start: int) -> int:
        end = self.tlds.get(start)
        if end is None:
            end = self.tlds[start] = _tld_end(self.text, start, self.length)
        return end

    def label_end(self, start: int) -> int:
        """The dot that ends a valid label starting at `start`, or -1."""
        text = self.text
        if start >= self.length or not _is_label_char(text[start]):
            return -1
        match = _LABEL_RUN.match(text, start)
        end = match.end() if match else start
        if end >= self.length or text[end] != "." or not _is_label_char(text[end - 1]):
            return -1
        return end

    def from_label(self, start: int) -> int:
        """The end of the domain whose labels begin at `start` (just after a dot), or -1."""
        known = self.after_dot
        if start in known:
            return known[start]
        chain: list[tuple[int, int]] = []
        position = start
        result = -1
        while True:
            if position in known:
                result = known[position]
                break
            dot = self.label_end(position)
            if dot < 0:
                known[position] = -1
                result = -1
                break
            chain.append((position, dot))
            position = dot + 1
        for label_start, dot in reversed(chain):
            if result < 0 and self.text.find("_", label_start, dot) < 0:
                result = self.tld(dot + 1)
            known[label_start] = result
        return known[start]


_PLAIN_DOMAIN = re.compile("[a-zA-Z0-9][-a-zA-Z0-9.]*")


def _ascii_domains(domain: str) -> list[tuple[int, int]]:
    """twitter-text's `validAsciiDomain` matches in a domain, left to right (linear)."""
    if _PLAIN_DOMAIN.fullmatch(domain):
        # Every label is an ASCII label, so the greedy match is the whole domain, which
        # already ends with a top-level domain.
        return [(0, len(domain))]
    found: list[tuple[int, int]] = []
    size = len(domain)
    chains: dict[int, int] = {}

    def chain_end(start: int) -> int:
        # Greedy `(label.)+ tld`: after a label and its dot, the most further labels that
        # still end in a top-level domain, else a top-level domain right there.
        stack: list[tuple[int, int]] = []
        position = start
        while position not in chains:
            label = _ASCII_LABEL.match(domain, position)
            if label is None or label.end() >= size or domain[label.end()] != ".":
                chains[position] = _tld_end(domain, position, size)
                break
            stack.append((position, label.end() + 1))
            position = label.end() + 1
        for label_start, after in reversed(stack):
            nested = chains[after]
            chains[label_start] = nested if nested >= 0 else _tld_end(domain, label_start, size)
        return chains[start]

    position = 0
    while position < size:
        label = _ASCII_LABEL.search(domain, position)
        if label is None:
            break
        end = label.end()
        if end >= size or domain[end] != ".":
            position = end
            continue
        tld_end = chain_end(end + 1)
        if tld_end < 0:
            position = end
            continue
        found.append((label.start(), tld_end))
        position = tld_end
    return found


def _punycode_length(label: str) -> int:
    """The length of `punycode.toASCII(label)` in twitter-text's `idna.toAscii`, capped past the limit."""
    total = 0
    parts = _IDNA_SEPARATORS.split(label)
    for part in parts:
        if len(part) > MAX_DOMAIN_LABEL_LENGTH:
            return MAX_DOMAIN_LABEL_LENGTH + 1
        if part.isascii() and "\x7f" not in part:
            total += len(part)
        else:
            try:
                total += 4 + len(part.encode("punycode"))
            except UnicodeError:
                return MAX_DOMAIN_LABEL_LENGTH + 1
    return total + len(parts) - 1


def _valid_domain(domain: str) -> bool:
    if domain.startswith("xn--") and not _ascii_domains(domain):
        return False
    labels = domain.split(".")
    if domain.isascii() and "\x7f" not in domain:
        return all(0 < len(label) <= MAX_DOMAIN_LABEL_LENGTH for label in labels)
    return all(1 <= _punycode_length(label) <= MAX_DOMAIN_LABEL_LENGTH for label in labels)


def utf16_length(text: str) -> int:
    """The length of a string in UTF-16 code units (JavaScript's `length`)."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for char in text if char > "\uffff")


def extract_urls_with_indices(text: str) -> list[Entity]:
    """twitter-text's `extractUrlsWithIndices` (URLs with or without protocol)."""
    if "." not in text:
        return []
    urls: list[Entity] = []
    domains = _DomainChains(text)
    last_index = 0  # where twitter-text's global regular expression resumes
    for run in _LABEL_RUN_START.finditer(text):
        run_start, dot = run.start(), run.end()
        if dot <= last_index or not _is_label_char(text[dot - 1]):
            continue
        # Every domain starting in this run goes on with the labels after `dot`: with more
        # labels (`chain`), or, if the run's own label has no underscore, with a TLD right there.
        chain = domains.from_label(dot + 1)
        domain_end = chain if chain >= 0 else domains.tld(dot + 1)
        if domain_end < 0:
            continue
        last_underscore = text.rfind("_", run_start, dot) if chain < 0 else -1
        for start, domain_start, before in _candidates(text, run_start, dot, last_index):
            if domain_start > last_underscore:
                last_index = _url_at(text, start, domain_start, domain_end, before, urls)
                break
    return urls


def _candidates(text: str, run_start: int, dot: int, last_index: int) -> Iterator[tuple[int, int, str]]:
    """Where a URL whose domain starts in this run may begin, in the order the regex tries them.

    Each is (start of the URL, start of its domain, the character the pattern consumed before
    it, "" at the start of the text): a protocol just before the run, then each
    label character that may follow the character before it. Two quirks of the JavaScript
    pattern, kept: at the very start of the text it tries position 1 (after a consumed
    preceding character) before 0; and it works on UTF-16 code units, so the high surrogate
    of a character outside the BMP can serve as the "preceding character" of a URL that
    starts at the low surrogate: such a character may always begin a domain.
    """
    for length in (8, 7):
        start = run_start - length
        if start >= 0 and _PROTOCOL.fullmatch(text, start, run_start) and _may_start(text, start, last_index):
            if _is_label_char(text[run_start]):
                yield start, run_start, text[start - 1] if start else ""
            break
    first = max(run_start, last_index)
    if first == 0 and dot > 1 and _may_start(text, 1, 0) and _is_label_char(text[1]):
        yield 1, 1, text[0]
    for start in range(first, dot):
        char = text[start]
        if not _is_label_char(char):
            continue
        if _may_start(text, start, last_index):
            yield start, start, text[start - 1] if start else ""
        elif char > "\uffff":
            yield start, start, _HIGH_SURROGATE


_HIGH_SURROGATE = "\ud800"
"""Stands for the first half of a character outside the BMP, consumed as a preceding character."""


def _may_start(text: str, start: int, last_index: int) -> bool:
    if start == 0:
        return last_index == 0
    return start - 1 >= last_index and text[start - 1] not in _NOT_URL_PRECEDING


def _path_end(text: str, start: int) -> int:
    """The end of a URL path whose first character (after the `/`) is at `start`.

    twitter-text's path is `/` then units, each `G* (B G*)* E`, or `B` alone, or `@ G+ /`,
    where G is a path character, E an ending character and B a group in balanced
    parentheses (its pattern leaves `E|B` ungrouped, which makes a lone B a unit).
    Backtracking finds: the run of path characters and parenthesized groups up to its
    last ending character outside parentheses, then any groups right after it. Found here
    in one pass over the run, where the pattern itself can take quadratic time (`(b)(b)…`).
    """
    position = start
    last_ending = -1
    groups: list[tuple[int, int]] = []
    size = len(text)
    while True:
        run_end = _GENERAL_PATH_RUN.match(text, position).end()  # type: ignore[union-attr]
        if run_end > position:
            ending = _UP_TO_LAST_PATH_ENDING.match(text, position, run_end)
            if ending:
                last_ending = ending.end()
            position = run_end
        if position < size and text[position] == "(":
            group = _BALANCED_PARENS.match(text, position)
            if group:
                groups.append((position, group.end()))
                position = group.end()
                continue
        break
    end = last_ending if last_ending >= 0 else start
    for group_start, group_end in groups:
        if group_start == end:
            end = group_end
    return end


def _url_at(text: str, start: int, domain_start: int, domain_end: int, before: str, urls: list[Entity]) -> int:
    """Finish a URL whose domain matched; add what twitter-text would extract; return where matching resumes."""
    end = domain_end
    port = _PORT.match(text, end)
    if port:
        end = port.end()
    has_path = text.startswith("/", end)
    if has_path:
        end = _path_end(text, end + 1)
    query = _QUERY_PART.match(text, end)
    if query:
        end = query.end()
    has_protocol = domain_start > start
    protocol = text[start:domain_start] if has_protocol else DEFAULT_PROTOCOL
    domain = text[domain_start:domain_end]
    url = text[start:end]
    if utf16_length(url) + len(protocol) > MAX_URL_LENGTH or not _valid_domain(domain):
        return end
    if has_protocol:
        tco = _TCO.match(url)
        if tco:
            if len(tco.group(1)) > MAX_TCO_SLUG_LENGTH:
                return end
            url = tco.group()
        urls.append(Entity(url, start, start + len(url)))
        return end
    if before in _NO_PROTOCOL_BAD_PRECEDING:
        return end
    ascii_domains = _ascii_domains(domain)
    for ascii_start, ascii_end in ascii_domains:
        urls.append(Entity(domain[ascii_start:ascii_end], start + ascii_start, start + ascii_end))
    if ascii_domains and has_path:
        last = urls[-1]
        urls[-1] = Entity(last.text + url[len(domain):], last.start, end)
    return end


def extract_urls(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the URLs X would link."""
    return [(url.start, url.end) for url in extract_urls_with_indices(text)]


# Hashtags --------------------------------------------------------------------------------

_HASH_SIGNS = "#＃"
_HASH = re.compile("[#＃]")
_HASHTAG_SPECIAL = frozenset("_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\xb7")
_HASHTAG_EXTRA_LETTERS = frozenset(
    chr(c) for c in [*range(0xF870, 0xF880), 0xF882, *range(0xF884, 0xF8A0), 0xF8B8, *range(0xF8C1, 0xF8D7)]
)
"""Private-use characters that twitter-text's generated letter class includes."""
_ASCII_HASHTAG_RUN = re.compile("[A-Za-z0-9_]*")
_ASCII_LETTER = re.compile("[A-Za-z]")
_NOT_HASHTAG, _HASHTAG_OTHER, _HASHTAG_LETTER = 0, 1, 2
_hashtag_kinds: dict[str, int] = {}


def _hashtag_kind(char: str) -> int:
    """Whether a character can be in a hashtag, and whether it is a letter (or mark) there."""
    kind = _hashtag_kinds.get(char)
    if kind is None:
        category = unicodedata.category(char)
        if category[0] in "LM" or char in _HASHTAG_EXTRA_LETTERS:
            kind = _HASHTAG_LETTER
        elif category == "Nd" or char in _HASHTAG_SPECIAL:
            kind = _HASHTAG_OTHER
        else:
            kind = _NOT_HASHTAG
        if len(_hashtag_kinds) < 4096:
            _hashtag_kinds[char] = kind
    return kind


def _hashtag_run(text: str, start: int) -> tuple[int, bool]:
    """The end of the run of hashtag characters at `start`, and whether it holds a letter."""
    size = len(text)
    position = start
    has_letter = False
    while True:
        ascii_end = _ASCII_HASHTAG_RUN.match(text, position).end()  # type: ignore[union-attr]
        if ascii_end > position:
            if not has_letter and _ASCII_LETTER.search(text, position, ascii_end):
                has_letter = True
            position = ascii_end
        if position >= size or text[position].isascii():
            return position, has_letter
        kind = _hashtag_kind(text[position])
        if kind == _NOT_HASHTAG:
            return position, has_letter
        has_letter = has_letter or kind == _HASHTAG_LETTER
        position += 1


def _hashtag_boundary(char: str) -> bool:
    if char in "\ufe0e\ufe0f":
        return True
    if char == "&" or "\ud800" <= char <= "\udfff":
        return False
    return _hashtag_kind(char) == _NOT_HASHTAG


def extract_hashtags_with_indices(text: str, urls: list[Entity] | Callable[[], list[Entity]] | None = None) -> list[Entity]:
    """twitter-text's `extractHashtagsWithIndices`: the entity text is the tag without its sign.

    Hashtags that overlap a URL are left out. `urls`: the text's URLs, or a function that
    gives them, if they are known elsewhere (they are looked for only if there is a hashtag).
    """
    if "#" not in text and "＃" not in text:
        return []
    tags: list[Entity] = []
    size = len(text)
    last_index = 0
    for sign in _HASH.finditer(text):
        start = sign.start()
        if start < last_index:
            continue
        if start == 0:
            if last_index != 0:
                continue
        elif start - 1 < last_index or not _hashtag_boundary(text[start - 1]):
            continue
        if start + 1 < size and text[start + 1] in "\ufe0f\u20e3":
            continue
        end, has_letter = _hashtag_run(text, start + 1)
        if not has_letter:
            continue
        last_index = end
        if end < size and (text[end] in _HASH_SIGNS or text.startswith("://", end)):
            continue
        tags.append(Entity(text[start + 1:end], start, end))
    if not tags:
        return tags
    if urls is None:
        urls = extract_urls_with_indices(text)
    elif callable(urls):
        urls = urls()
    return _without_overlaps(tags, urls)


def _without_overlaps(tags: list[Entity], urls: list[Entity]) -> list[Entity]:
    """twitter-text's `removeOverlappingEntities`, keeping only the hashtags (linear merge)."""
    if not urls:
        return tags
    kept: list[Entity] = []
    previous_end = -1
    url_index = 0
    for tag in tags:
        while url_index < len(urls) and urls[url_index].start < tag.start:
            url = urls[url_index]
            if url.start >= previous_end:
                previous_end = url.end
            url_index += 1
        if tag.start >= previous_end:
            kept.append(tag)
            previous_end = tag.end
    return kept


def extract_hashtags(text: str, urls: list[Entity] | Callable[[], list[Entity]] | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans of the hashtags, sign included."""
    return [(tag.start, tag.end) for tag in extract_hashtags_with_indices(text, urls)]


# Mentions --------------------------------------------------------------------------------

_MENTION = re.compile(
    "(?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.\\-])(?:rt|RT|rT|Rt):?)"
    "([@＠])([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_\\-]{0,24})?"
)
_END_MENTION = re.compile(f"[@＠{_LATIN_ACCENTS}]|://")


class Mention(NamedTuple):
    screen_name: str
    list_slug: str
    """`/list-name` for a list, else empty."""
    start: int
    end: int


def extract_mentions_or_lists_with_indices(text: str) -> list[Mention]:
    """twitter-text's `extractMentionsOrListsWithIndices`."""
    if "@" not in text and "＠" not in text:
        return []
    found: list[Mention] = []
    for match in _MENTION.finditer(text):
        if _END_MENTION.match(text, match.end()):
            continue
        found.append(Mention(match.group(2), match.group(3) or "", match.start(1), match.end()))
    return found


def extract_mentions(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the @mentions (not lists), sign included."""
    return [(m.start, m.end) for m in extract_mentions_or_lists_with_indices(text) if not m.list_slug]


# Counting --------------------------------------------------------------------------------

_HEAVY = re.compile("[^\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]+")
_INVALID_CHAR = re.compile("[\ufffe\ufeff\uffff]")


def char_weight(char: str) -> int:
    """A code point's weight in hundredths of a character."""
    point = ord(char)
    for low, high in LIGHT_RANGES:
        if low <= point <= high:
            return SCALE
    return DEFAULT_WEIGHT


def _plain_weight(text: str, start: int, end: int) -> int:
    if end <= start:
        return 0
    piece = text[start:end]
    if piece.isascii():
        return SCALE * len(piece)
    heavy = len(piece) - len(_HEAVY.sub("", piece))
    return SCALE * (len(piece) - heavy) + DEFAULT_WEIGHT * heavy


@dataclass(frozen=True)
class TweetParse:
    """twitter-text's `parseTweet` result. Ranges are inclusive UTF-16 indexes, as in JavaScript."""

    weighted_length: int
    valid: bool
    permillage: int
    valid_range_start: int
    valid_range_end: int
    display_range_start: int
    display_range_end: int


def _units(text: str, urls: list[tuple[int, int]], emoji_spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The counted entities as (start, end, weight), in twitter-text's order: a URL before an emoji
    starting at the same place, and nothing that starts inside an earlier entity."""
    starts: dict[int, tuple[int, int]] = {}
    for start, end in emoji_spans:
        starts[start] = (end, DEFAULT_WEIGHT)
    for start, end in urls:
        starts[start] = (end, TRANSFORMED_URL_LENGTH * SCALE)
    units: list[tuple[int, int, int]] = []
    covered = 0
    for start in sorted(starts):
        if start < covered:
            continue
        end, weight = starts[start]
        units.append((start, end, weight))
        covered = end
    return units


def _normalized(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _entities(normalized: str, urls: list[Entity] | None, emoji_spans: list[tuple[int, int]] | None) -> list[tuple[int, int, int]]:
    if urls is None:
        urls = extract_urls_with_indices(normalized)
    if emoji_spans is None:
        emoji_spans = emoji.find_emoji(normalized)
    return _units(normalized, [(url.start, _counted_end(normalized, url)) for url in urls], emoji_spans)


def _counted_end(text: str, url: Entity) -> int:
    """Where twitter-text's count resumes after a URL: its start plus the length of its *text*.

    The two differ when a URL without protocol has a path and a domain that does not end
    in ASCII (`org.ελ.ελ/x` is reported as `org.ελ/x`): parseTweet skips the text's length.
    """
    if text.startswith(url.text, url.start):
        return url.end
    units = utf16_length(url.text)
    position = url.start
    while units > 0 and position < len(text):
        units -= 2 if text[position] > "\uffff" else 1
        position += 1
    return position


def weighted_length(text: str, urls: list[Entity] | None = None,
                    emoji_spans: list[tuple[int, int]] | None = None) -> int:
    """The length X counts against its 280 limit.

    NFC first; then each URL counts 23, each emoji sequence 2, and every other code point
    1 or 2 by its range. `urls` (from `extract_urls_with_indices`) and `emoji_spans` may be
    passed when they are known for the text's NFC form (the text itself, when it is NFC).
    """
    normalized = _normalized(text)
    return _total_weight(normalized, _entities(normalized, urls, emoji_spans)) // SCALE


def _total_weight(normalized: str, units: list[tuple[int, int, int]]) -> int:
    total = 0
    position = 0
    for start, end, weight in units:
        total += _plain_weight(normalized, position, start) + weight
        position = end
    return total + _plain_weight(normalized, position, len(normalized))


def _walk(normalized: str, units: list[tuple[int, int, int]], budget: int,
          stop_at_invalid: bool = True) -> tuple[int, int]:
    """Weigh unit by unit until the weight passes `budget` or (if asked) an invalid character comes.

    Returns (code-point index where the first unit over budget or invalid starts, or -1;
    UTF-16 index of the last code unit of the last unit within budget and valid). Stops
    early, so it costs at most `budget / 100` units beyond the entities it skips.
    """
    total = 0
    utf16 = 0
    last_valid_utf16 = 0
    position = 0
    unit_index = 0
    size = len(normalized)
    while position < size:
        if unit_index < len(units) and units[unit_index][0] == position:
            start, end, weight = units[unit_index]
            unit_index += 1
            piece = normalized[start:end]
            width = utf16_length(piece)
            last = piece[-1]
        else:
            start, end = position, position + 1
            last = normalized[position]
            weight = char_weight(last)
            width = 2 if last > "\uffff" else 1
        total += weight
        if total > budget or (stop_at_invalid and last in _INVALID):
            return start, last_valid_utf16
        utf16 += width
        last_valid_utf16 = utf16 - 1
        position = end
    return -1, last_valid_utf16


def parse_tweet(text: str) -> TweetParse:
    """twitter-text's `parseTweet` with the v3 configuration."""
    normalized = _normalized(text)
    units = _entities(normalized, None, None)
    length = _total_weight(normalized, units) // SCALE
    _, valid_end = _walk(normalized, units, MAX_WEIGHTED_LENGTH * SCALE)
    valid = _INVALID_CHAR.search(normalized) is None and 0 < length <= MAX_WEIGHTED_LENGTH
    text_utf16 = utf16_length(text)
    valid_end += text_utf16 - utf16_length(normalized)
    return TweetParse(
        weighted_length=length,
        valid=valid,
        permillage=math.floor(length / MAX_WEIGHTED_LENGTH * 1000),
        valid_range_start=0,
        valid_range_end=valid_end,
        display_range_start=0,
        display_range_end=text_utf16 - 1 if text_utf16 > 0 else 0,
    )


def weighted_cut(text: str, limit: int, urls: list[Entity] | None = None,
                 emoji_spans: list[tuple[int, int]] | None = None) -> int:
    """The code-point index in `text` where the part past `limit` weighted characters begins.

    A URL or emoji sequence that crosses the limit is past it whole. `len(text)` if the
    text is within the limit. `urls` and `emoji_spans` as for `weighted_length`.
    """
    normalized = _normalized(text)
    units = _entities(normalized, urls, emoji_spans)
    over, _ = _walk(normalized, units, limit * SCALE, stop_at_invalid=False)
    if over < 0:
        return len(text)
    if normalized is text:
        return over
    return _original_index(text, over)


_ASCII_CHAR = re.compile("[\x00-\x7f]")
_ASCII_LED_CHUNK = re.compile("[\x00-\x7f]?[^\x00-\x7f]*")
_BLOCK = 256


def _original_index(text: str, normalized_index: int) -> int:
    """Map an index of NFC(text) back to `text`.

    NFC never joins a character to an ASCII character that follows it, so the text can be
    cut before any ASCII character into pieces that normalize on their own: first blocks of
    a few hundred characters, then, in the block that holds the index, each ASCII character
    with the non-ASCII run after it. Inside a piece that normalization changed, the index
    maps to the start of the smallest piece that normalizes alone, so a highlight never
    starts inside a composed character.
    """
    size = len(text)
    position = 0
    normalized_position = 0
    while position < size:
        boundary = _ASCII_CHAR.search(text, min(position + _BLOCK, size))
        end = boundary.start() if boundary else size
        normal_length = len(unicodedata.normalize("NFC", text[position:end]))
        if normalized_position + normal_length > normalized_index:
            return position + _index_in_block(text[position:end], normalized_index - normalized_position)
        normalized_position += normal_length
        position = end
    return size


def _index_in_block(block: str, offset: int) -> int:
    normalized_position = 0
    for chunk in _ASCII_LED_CHUNK.finditer(block):
        piece = chunk.group()
        if not piece:
            break
        normal = unicodedata.normalize("NFC", piece)
        if normalized_position + len(normal) > offset:
            inside = offset - normalized_position
            return chunk.start() + (inside if normal == piece else _offset_in_changed(piece, inside))
        normalized_position += len(normal)
    return len(block)


def _offset_in_changed(piece: str, offset: int) -> int:
    starts = [index for index, char in enumerate(piece) if _stable_starter(char)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    bounds = [*starts, len(piece)]
    parts = [piece[a:b] for a, b in zip(bounds, bounds[1:])]
    normals = [unicodedata.normalize("NFC", part) for part in parts]
    if "".join(normals) != unicodedata.normalize("NFC", piece):
        return 0
    position = 0
    for start, part, normal in zip(starts, parts, normals):
        if position + len(normal) > offset:
            return start + (offset - position if normal == part else 0)
        position += len(normal)
    return len(piece)


def _stable_starter(char: str) -> bool:
    """A character that starts a piece NFC treats on its own (an approximation, checked by the caller)."""
    point = ord(char)
    return (
        unicodedata.combining(char) == 0
        and unicodedata.category(char)[0] != "M"
        and not (0x1160 <= point <= 0x11FF or 0xD7B0 <= point <= 0xD7FF)
    )


# Hashtag words ---------------------------------------------------------------------------


def hashtag_words(tag: str) -> list[str]:
    """The words of a hashtag: CamelCase, digits and underscores split words.

    `#SafeMigrationForAll` → Safe, Migration, For, All; `#COVID19` → COVID, 19;
    `#IOM_Iraq` → IOM, Iraq; `#HTMLParser` → HTML, Parser. Combining marks stay with their
    letter; scripts without case (`#移民`) are one word per run of letters.
    """
    body = tag.lstrip(_HASH_SIGNS)
    kinds: list[str] = []  # per character: "L" letter, "M" mark, "D" digit, "" separator
    for char in body:
        if char.isdecimal():
            kinds.append("D")
        elif char.isalpha():
            kinds.append("L")
        elif unicodedata.category(char)[0] == "M" or char in "\u200c\u200d":
            kinds.append("M")
        else:
            kinds.append("")
    words: list[str] = []
    start = -1
    current = ""
    previous_letter = ""
    for index, (char, kind) in enumerate(zip(body, kinds)):
        if kind == "M":
            if start < 0:
                start, current = index, "L"
            continue
        split = kind != current or kind == ""
        if not split and kind == "L" and previous_letter:
            upper = char.isupper() or char.istitle()
            split = (previous_letter.islower() and upper) or (
                previous_letter.isupper() and upper and _next_letter_is_lower(body, kinds, index)
            )
        if split:
            if start >= 0:
                words.append(body[start:index])
            start, current = (index, kind) if kind else (-1, "")
        previous_letter = char if kind == "L" else ""
    if start >= 0:
        words.append(body[start:])
    return words


def _next_letter_is_lower(body: str, kinds: list[str], index: int) -> bool:
    for following in range(index + 1, len(body)):
        if kinds[following] == "M":
            continue
        return kinds[following] == "L" and body[following].islower()
    return False
