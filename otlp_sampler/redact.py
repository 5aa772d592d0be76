"""Redaction of log text before it leaves the process for an LLM.

Replaces emails, IP addresses, bearer tokens and JWTs, well-known API key shapes,
``password=...``-style secrets, long hex strings and card numbers (Luhn-checked, so order
ids and timestamps survive) with placeholders such as ``<email>``. It errs on the side
of removing: a lost detail costs little, a leaked secret a lot.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"(?i)\b(bearer|basic|token)\s+[A-Za-z0-9._~+/=-]{8,}")
_SECRET_PAIR = re.compile(
    r"(?i)\b((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|"
    r"client[_-]?secret|session(?:id)?|cookie)\"?\s*[=:]\s*\"?)([^\s\"',;&]+)"
)
_API_KEYS = re.compile(
    r"\b(?:sk-(?:proj-|ant-)?[A-Za-z0-9_-]{16,}"  # OpenAI, Anthropic
    r"|(?:AKIA|ASIA)[0-9A-Z]{16}"  # AWS access key ids
    r"|gh[pousr]_[A-Za-z0-9]{30,}"  # GitHub
    r"|xox[abprs]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google
    r"|(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe
    r"|ph[cx]_[A-Za-z0-9]{20,})"  # PostHog
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
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


def redact(text: str) -> str:
    """``text`` with secrets and personal data replaced by placeholders."""
    text = _JWT.sub("<jwt>", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} <token>", text)
    text = _SECRET_PAIR.sub(lambda m: f"{m.group(1)}<secret>", text)
    text = _API_KEYS.sub("<api-key>", text)
    text = _EMAIL.sub("<email>", text)
    text = _CARD.sub(_card, text)
    text = _IPV6.sub(_ipv6, text)
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
