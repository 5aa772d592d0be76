"""Redaction: secrets and personal data out of text that leaves the process or is stored.

:func:`redact` is the one redaction of log text, shared by the LLM prompt, the examples
kept in the state store and upstream error messages. It replaces private key blocks,
credentials in URLs, ``password=…``-style pairs (also ``aws_secret_access_key``,
``X-Api-Key: …``), bearer and basic tokens, JWTs, webhook URLs, API keys of known shapes
(ours, plus the regex plugins of ``detect-secrets`` for the vendors it knows), long opaque
high-entropy tokens, emails, IP addresses, US social security numbers, card numbers
(Luhn-checked) and hex strings of 32+ digits with placeholders such as ``<secret>``.
What it keeps matters too: ids, versions, paths and words such as "token refreshed" stay,
so templates and examples keep their meaning. Measured on tests/secrets_corpus.py by
tests/benchmarks/redaction.py (docs/policy-format.md § Redaction).

:func:`mask_url` and :func:`scrub` make URLs and upstream text safe to show.
"""

from __future__ import annotations

import functools
import ipaddress
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

# A whole PEM private key, or what is left of one cut before its END line.
_PRIVATE_KEY = re.compile(r"-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY( BLOCK|)-----.*?"
                          r"(?:-----END \1PRIVATE KEY\2-----|\Z)", re.DOTALL)
_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^\s/@:]*:[^\s/@]*@")
_WEBHOOK = re.compile(r"(?i)\bhttps?://(?:[^\s/]*\bhooks?\.[^\s/]+|[^\s/]+/(?:api/)?webhooks?)/\S+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
# The credential after an auth scheme has a digit or a base64/token sign: "Bearer abc123",
# not "token refreshed" or "basic authentication".
_BEARER = re.compile(r"(?i)\b(bearer|basic|token)\s+(?=[^\s]*[0-9+/=_.~-])[A-Za-z0-9._~+/=-]{8,}")
# key=value, key: value, "key": "value", with the name anywhere in the key
# (aws_secret_access_key, DB_PASSWORD, X-Api-Key). The match starts at the name, not at
# the key's first letter: scanning back from every word boundary costs 5x more.
_SECRET_PAIR = re.compile(
    r"(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|"
    r"session[_-]?id|sessionid|cookie|credentials?)[\w.-]*[\"']?\s*[=:]\s*[\"']?)([^\s\"',;&}]+)"
)
# Values of such a key that are no secret: counts (max_tokens=4096), flags, placeholders.
_PLAIN_VALUE = re.compile(r"(?i)(?:\d{1,8}|true|false|null|none|nil|empty|expired|missing|invalid|"
                          r"\*+|<[a-z-]+>)")
_API_KEYS = re.compile(
    r"\b(?:sk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{16,}"  # OpenAI, Anthropic
    r"|(?:AKIA|ASIA)[0-9A-Z]{16}"  # AWS access key ids
    r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"  # GitHub
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab
    r"|xox[abprs]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google
    r"|(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe
    r"|npm_[A-Za-z0-9]{36}"  # npm
    r"|ph[cx]_[A-Za-z0-9]{20,})"  # PostHog
)
# A long run of token characters mixing cases and digits with high entropy: a key of a
# shape nobody listed (an AWS secret key, a line of a PEM body). Ids (uuids, hex, numbers)
# lack one of the classes; words and paths lack the entropy.
_OPAQUE = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_-]{32,}={0,2}(?![\w+/=-])")
# Bits per character below what a random string of the same length over [A-Za-z0-9] has
# on average (log2 62 less the small-sample bias): ~4.2 at 32 characters, ~4.9 at 64.
# Random keys clear it nearly always; CamelCase names and word paths fall well short.
_OPAQUE_SLACK = 0.35
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
_CARD = re.compile(r"(?<![\w.-])\d(?:[ -]?\d){12,18}(?![\w.])")
_IPV6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}"
                   r"(?:[0-9A-Fa-f]{0,4}|\d{1,3}(?:\.\d{1,3}){3})(?![\w:])")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\d.])(?:{_OCTET}\.){{3}}{_OCTET}(?!\.?\d)")
_HEX = re.compile(r"\b(?:0x)?[0-9A-Fa-f]{32,}\b")


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum every payment card number satisfies."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"[ -]", "", match.group(0))
    return "<card>" if 13 <= len(digits) <= 19 and luhn_valid(digits) else match.group(0)


def _ipv6(match: re.Match[str]) -> str:
    text = match.group(0)
    try:
        ipaddress.IPv6Address(text)
    except ValueError:  # a time like 12:34:56 or a MAC-ish run is not an address
        return text
    return "<ip>"


def _pair(match: re.Match[str]) -> str:
    value = match.group(2)
    if _PLAIN_VALUE.fullmatch(value):
        return match.group(0)
    return f"{match.group(1)}<secret>"


def _opaque(match: re.Match[str]) -> str:
    text = match.group(0)
    size = len(text)
    if not (any(c.isupper() for c in text) and any(c.islower() for c in text)
            and sum(c.isdigit() for c in text) >= 2):
        return text
    entropy = -sum(n / size * math.log2(n / size) for n in Counter(text).values())
    expected = math.log2(62) - 61 / (2 * size * math.log(2))
    return "<secret>" if entropy >= expected - _OPAQUE_SLACK else text


# detect-secrets plugins not used: IP addresses are handled above (private ones too); the
# IBM, Cloudant and Softlayer plugins look for a keyword near a value, as _SECRET_PAIR
# does, and cost more than all the others together. Its keyword and entropy plugins are
# not regex plugins: they mangle ordinary log lines (tests/benchmarks/redaction.py).
_VENDOR_PLUGINS_LEFT_OUT = frozenset({"IPPublicDetector", "IbmCloudIamDetector", "IbmCosHmacDetector",
                                      "CloudantDetector", "SoftlayerDetector"})


@functools.cache
def _vendor_patterns() -> tuple[re.Pattern[str], ...]:
    """The regexes of detect-secrets' token-shape plugins (Azure, SendGrid, Twilio, Telegram, …).

    Loaded on first use: the package is imported only by a process that redacts.
    """
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.plugins.base import RegexBasedDetector

    patterns = []
    for plugin in get_mapping_from_secret_type_to_class().values():
        if issubclass(plugin, RegexBasedDetector) and plugin.__name__ not in _VENDOR_PLUGINS_LEFT_OUT:
            patterns.extend(plugin.denylist)
    return tuple(patterns)


def _vendor_keys(text: str) -> str:
    for pattern in _vendor_patterns():
        text = pattern.sub(_vendor_match, text)
    return text


def _vendor_match(match: re.Match[str]) -> str:
    # Some plugins capture the secret in a group and match delimiters around it.
    if match.lastindex:
        start, end = match.span(match.lastindex)
        whole = match.group(0)
        offset = match.start()
        return whole[:start - offset] + "<secret>" + whole[end - offset:]
    return "<secret>"


def redact(text: str) -> str:
    """``text`` with secrets and personal data replaced by placeholders."""
    # The `in` tests skip a pattern's pass over text that cannot hold it (most log lines).
    if "PRIVATE KEY" in text:
        text = _PRIVATE_KEY.sub("<private-key>", text)
    if "://" in text:
        text = _URL_CREDENTIALS.sub(r"\1<credentials>@", text)
        text = _WEBHOOK.sub("<webhook-url>", text)
    if "eyJ" in text:
        text = _JWT.sub("<jwt>", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} <token>", text)
    text = _SECRET_PAIR.sub(_pair, text)
    text = _API_KEYS.sub("<api-key>", text)
    text = _vendor_keys(text)
    text = _OPAQUE.sub(_opaque, text)
    if "@" in text:
        text = _EMAIL.sub("<email>", text)
    if "-" in text:
        text = _SSN.sub("<ssn>", text)
    text = _CARD.sub(_card, text)
    if ":" in text:
        text = _IPV6.sub(_ipv6, text)
    if "." in text:
        text = _IPV4.sub("<ip>", text)
    return _HEX.sub("<hex>", text)


def mask_url(url: str) -> str:
    """``url`` without credentials: user and password become ``***``, the query ``?…``.

    PostHog takes ``?token=``, Redis and database URLs carry ``user:password@``: neither
    may reach a log line, an error or ``check-config --print``.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # not a URL we can take apart: show nothing of it
        return "***"
    netloc = parts.netloc
    if "@" in netloc:
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = f"***@{host}" + (f":{port}" if port else "")
    masked = urlunsplit(parts._replace(netloc=netloc, query="", fragment=""))
    return masked + ("?…" if parts.query else "")


def mask_urls(tree: Any) -> Any:
    """A parsed configuration (dicts, lists, strings) with every URL in it masked."""
    if isinstance(tree, dict):
        return {key: mask_urls(value) for key, value in tree.items()}
    if isinstance(tree, list):
        return [mask_urls(value) for value in tree]
    if isinstance(tree, str) and "://" in tree:
        return mask_url(tree)
    return tree


# Upstream text longer than this is cut (after redaction: a cut secret may no longer match).
MAX_UPSTREAM_TEXT = 300
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SHORTEST_KNOWN = 6  # shorter "secrets" (a header value like "gzip") would mangle the text


def credentials(headers: Mapping[str, str], urls: Iterable[str] = ()) -> tuple[str, ...]:
    """The strings among our own headers and URLs that must never be shown, longest first.

    Header values and their last word (the token of ``Bearer <token>``), every query value
    (PostHog's ``?token=``) and the user and password of a URL.
    """
    found: set[str] = set()
    for value in headers.values():
        found.update((value, value.rpartition(" ")[2]))
    for url in urls:
        parts = urlsplit(url)
        found.update(value for _, value in parse_qsl(parts.query))
        found.update(part for part in (parts.username, parts.password) if part)
    return tuple(sorted((s for s in found if len(s) >= _SHORTEST_KNOWN), key=len, reverse=True))


def scrub(text: str, known: Iterable[str] = (), limit: int = MAX_UPSTREAM_TEXT) -> str:
    """Text from outside (an upstream's error) safe for a log line, ``/readyz`` or an error.

    ``known`` secrets (ours, which an upstream may echo) are removed wherever they appear,
    the rest goes through :func:`redact`, control characters become one space (no forged
    log lines), and the result is cut to ``limit`` characters.
    """
    for secret in known:
        text = text.replace(secret, "***")
    text = _CONTROL.sub(" ", redact(text)).strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"
