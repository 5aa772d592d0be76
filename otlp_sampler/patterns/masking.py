"""First stage of the miner: mask the obvious variables of a message, then cut it into tokens.

``mask(text)`` is one pass of one precompiled regular expression, run in C by ``re.sub``:
every value whose *shape* says it varies (numbers, hex, ips, host:port, paths, urls,
uuids, dates, durations and sizes with their unit, e-mail addresses, quoted words,
identifiers mixing letters and digits, booleans) becomes ``<*>``. Its result is the key of
the miner's cache, so only this pass runs for a message whose masked form was seen
before.

``tokens(masked)`` runs on a cache miss only: it cuts the masked text into words and
single punctuation marks, so ``a=1,b=2`` and ``a = 1, b = 2`` give the same tokens and a
list of variables of any length (``blk_1 blk_2 blk_3``) folds into one.

The masking must depend on digits only through their positions, never their values
(no ``[1-9]``): the miner's exact-text cache relies on ``digits_to_zero(a) ==
digits_to_zero(b)`` implying ``mask(a) == mask(b)``.
"""

from __future__ import annotations

import re

WILDCARD = "<*>"

# Longest text the miner examines: a 1 MB body costs what a 2 KB one does.
MAX_CHARS = 2048
# Most tokens a template keeps; the rest of a longer message folds into one wildcard.
MAX_TOKENS = 96

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?"
_GTLD = r"(?:com|net|org|edu|gov|mil|int)"
_TLD = (
    r"(?:com|net|org|edu|gov|mil|int|io|co|ai|app|dev|cloud|info|biz|local|localdomain|internal|lan|corp"
    r"|home|arpa|(?!(?:id|in|is|it|to|me|so|at|be|do|no|on|or|as|if|of|up|we|go|sh|py|js|rb|pl|cc|cs|md)\b)"
    r"[a-z]{2})"
)
_UNIT = (
    r"(?:[KMGTP]i?B|[kKMGT]b|B|bytes?|ms|us|µs|ns|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?"
    r"|millis|milliseconds?|microseconds?|nanoseconds?)"
)

# Alternatives are tried left to right at each position, so the specific shapes come
# before the generic "word with a digit". Named groups keep a prefix (url scheme, id
# prefix, quote) in front of the wildcard: ``hdfs://<*>``, ``blk_<*>``, ``'<*>'``.
_MASK_SOURCE = "|".join(
    [
        # url: keep the scheme, the rest varies
        r"\b(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^\s\"'<>()\[\]{}]*",
        # dates spelled with a month name, optionally with weekday, time, zone and year
        rf"\b(?:{_DAY}\s+)?{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?(?:\s+\d{{1,2}}:\d\d(?::\d\d(?:[.,]\d+)?)?)?"
        r"(?:\s+[A-Z]{3,4}(?=\s+\d{4}))?(?:\s+\d{4}\b)?",
        rf"\b\d{{1,2}}[/-]{_MONTH}[/-]\d{{2,4}}(?::\d\d){{0,3}}",
        # e-mail address
        r"\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
        # host name with a port
        r"\b(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*:\d{1,5}\b",
        # a domain name: three labels or more ending in a common top-level domain, or two
        # ending in a generic one (java.io or com.android.settings are not host names)
        rf"(?<![\w.-])(?:[A-Za-z0-9-]+\.){{2,}}{_TLD}(?![\w.-])|(?<![\w.-])[A-Za-z0-9-]+\.{_GTLD}(?![\w.-])",
        # absolute path with at least two segments (unix), or a windows path
        r"(?<![\w.:/~-])~?(?:/[\w.@%+~$*-]+){2,}/?",
        r"\b[A-Za-z]:\\[^\s\"'<>|*?]*",
        r"\\\\[\w.$-]+\\[^\s\"'<>|*?]*",
        # a relative path or component name: a slash and a dot in one word (pkg/.Activity, a/b.txt)
        r"(?<![\w./$-])(?=[\w.$-]*/)(?=[\w./$-]*\.)[\w.$-]+/[\w./$-]+",
        # a single quoted word (no space inside: a quoted sentence stays text), but not a
        # JSON key, nor the value of a JSON "msg", "message" or "event": that one names the event
        r"(?<![\w'\"])(?<!\"msg\":)(?<!\"message\":)(?<!\"event\":)(?<!\"msg\": )(?<!\"message\": )"
        r"(?<!\"event\": )(?P<quote>['\"])[^\s'\"]{1,80}(?P=quote)(?![\w'\"])(?!\s*:)",
        # any quoted value of key=, but for logfmt's msg="..." (the event, as above)
        r"(?<==)(?<!msg=)(?<!message=)(?<!event=)(?P<vquote>['\"])[^'\"\n]{1,80}(?P=vquote)",
        # mac address, ipv6 (with at least one digit)
        r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5,}\b",
        r"(?<![\w:])(?=[0-9a-fA-F:]*\d)(?:[0-9a-fA-F]{1,4})?(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])",
        # hexadecimal with 0x
        r"\b0[xX][0-9a-fA-F]+\b",
        # a number with a unit after a space: 5.2 KB, 160 ms, 30 seconds, <1 sec
        rf"(?<![\w.])(?:[<>~]=?)?-?\d+(?:\.\d+)?\s{_UNIT}\b",
        # word_ prefix then a numeric id: blk_-123, attempt_14451_0020_m_000001_0, rdd_2_0
        r"\b(?P<prefix>(?:[A-Za-z]+_)+)-?\d[\w-]*",
        # a file name with a common extension
        r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:exe|dll|sys|so|jar|war|class|py|js|rb|go|java|c|cc|cpp|h|log"
        r"|txt|xml|json|ya?ml|conf|cfg|ini|properties|sh|bat|csv|gz|zip|tar|tgz|png|jpe?g|gif|pdf|html?"
        r"|css|db|pid|lock|tmp|bak|out|err)\b",
        # booleans and null values
        r"\b(?:true|false|True|False|TRUE|FALSE|null|NULL|None|nil)\b",
        # anything word-like holding a digit, chained through . : , / + # so that
        # ips, ip:port, times, versions and decimals give one wildcard (with a <, >, ~ before)
        r"(?<![\w.-])(?:[<>~]=?)?-?[A-Za-z_-]*+\d[\w-]*(?:[.:,/+#]{1,2}[\w-]*\d[\w-]*)*(?:\.[A-Za-z][\w-]*)*",
        r"(?<=[\w.-])\d[\w-]*(?:[.:,/+#]{1,2}[\w-]*\d[\w-]*)*(?:\.[A-Za-z][\w-]*)*",
    ]
)
_MASK = re.compile(_MASK_SOURCE, re.ASCII)
_REPLACEMENT = r"\g<scheme>\g<prefix>\g<quote>\g<vquote>" + WILDCARD + r"\g<vquote>\g<quote>"

# Tokens: runs of word-ish characters (wildcards included), or any other single character,
# each with the whitespace before it (kept only to print the template as it was written).
_TOKEN = re.compile(r"(\s*)((?:<\*>|[^\s<>=,;:()\[\]{}|\"'*])+|[^\s])", re.ASCII)

DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")


def clip(text: str) -> str:
    """The part of ``text`` the miner examines: at most MAX_CHARS, cut at a space if one is near.

    Cutting at a space keeps a value from being cut in two (its stub would look constant).
    """
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


def mask(text: str) -> str:
    """The text with variable-shaped values replaced by ``<*>`` (one regex pass)."""
    if len(text) > MAX_CHARS:
        text = clip(text)
    return _MASK.sub(_REPLACEMENT, text)


def tokens(masked: str) -> tuple[list[str], list[bool]]:
    """The masked text cut into words and punctuation, runs of variables folded into one.

    Returns the tokens and, for each, whether whitespace preceded it (for :func:`render`).
    """
    out: list[str] = []
    spaced: list[bool] = []
    for space, token in _TOKEN.findall(masked):
        if out:
            last = out[-1]
            if token == last and WILDCARD in token:
                continue  # a list of like variables: blk_<*> blk_<*> ...
            if token == WILDCARD and last == "," and len(out) > 1 and out[-2] == WILDCARD:
                out.pop()  # <*>, <*>, <*>
                spaced.pop()
                continue
        out.append(token)
        spaced.append(bool(space))
    if len(out) > MAX_TOKENS:
        del out[MAX_TOKENS - 1:], spaced[MAX_TOKENS - 1:]
        out.append(WILDCARD)
        spaced.append(True)
    return out, spaced


def render(token_list: list[str], spaced: list[bool]) -> str:
    """Tokens back into text, with a space where the first message had whitespace."""
    return "".join([(" " + t) if s else t for t, s in zip(token_list, spaced, strict=True)]).lstrip()
