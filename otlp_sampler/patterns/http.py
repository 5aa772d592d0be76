"""HTTP status codes become their class (``503`` -> ``5xx``) before masking.

A 503 and a 200 of one endpoint are different events for whoever samples them, so the
class stays in the template (``GET /api/products/<*> 5xx in <*>``) and 5xx, 4xx, 3xx and
2xx lines never share a pattern. A status is a three-digit number from 100 to 599 where
logs put one (see docs/patterns.md, HTTP status):

- after a request line or in a status line: ``"GET /x HTTP/1.1" 503 512`` (common and
  combined log formats), ``HTTP/1.1 503 Service Unavailable``;
- as the value of a status key: ``status=503``, ``"status":503``, ``"statusCode": "503"``,
  ``status_code: 503``, ``http.response.status_code=503``, or after the word:
  ``returned status 503``, ``status code of the response is: 404`` (not ``exit status``);
- after a method and a request target: ``GET /api/products/1034 200 in 131ms``.

``classify(text)`` returns the text with each status replaced by its class and the
positions of the first digits it replaced: the miner's exact-text cache keys on digits
turned into ``0``, so it keeps those digits apart (see miner.py).
"""

from __future__ import annotations

import re
from typing import Final

METHODS: Final = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE")
STATUS_CLASS: Final = re.compile(r"[1-5]xx")  # a class as a token of a template
_CLASS_IN_TEXT: Final = re.compile(r"(?<![\w.-])([1-5])xx(?![\w.-])")

_METHOD: Final = "(?:" + "|".join(METHODS) + ")"
_CODE: Final = r"([1-5])\d\d(?![\w.%])"
# One anchored regex per context, tried only where ``str.find`` saw the word it starts
# with: far cheaper than a regex searching every position of every line.
# "GET /x HTTP/1.1" 503, HTTP/1.1 503 …
_AFTER_VERSION: Final = re.compile(r"HTTP/\d(?:\.\d)?\"?[ \t]+" + _CODE)
_AFTER_KEY: Final = re.compile(
    r"(?<![A-Za-z0-9])(?<!exit )(?<!exit_)(?:[Ss]tatus|STATUS)(?:[ _.-]?(?:[Cc]ode|CODE))?[\"']?"
    r"(?:[ \t]*[:=][ \t]*[\"']?|(?:[ \t]+[a-z]+){0,5}?(?:[ \t]+(?:is|was):?|:)[ \t]+|[ \t]+)" + _CODE)
_REQUEST_LINE: Final = re.compile(rf"{_METHOD} ((?:/|https?://)[^\s\"]*) HTTP/")
# (a method first, so the engine skips to its capital letters; the start is checked after)
_AFTER_TARGET: Final = re.compile(rf"{_METHOD}[ \t]+((?:/|https?://)[^\s\"]*)\"?[ \t]+" + _CODE)


REQUEST_START: Final = re.compile(rf"{_METHOD}[ \t]+(?:/|https?://)")  # a method and a target


def may_hold_status(text: str) -> bool:
    """A cheap test: False means ``classify`` would find nothing."""
    return ("HTTP/" in text or "tatus" in text or "TATUS" in text
            or ((" /" in text or "://" in text) and REQUEST_START.search(text) is not None))


def classify(text: str) -> tuple[str, tuple[int, ...], tuple[int, int] | None]:
    """The text with HTTP statuses as classes (``5xx``), where their first digits are, and
    where the target of a request followed by its status is (``/api/products/1034``), if
    one is."""
    found = []
    target = None
    find = text.find
    at = find("HTTP/")
    if at >= 0:
        line = _REQUEST_LINE.search(text)  # "GET /x HTTP/1.1": its target, to mask as a route
        if line is not None:
            target = line.span(1)
    while at >= 0:
        match = _AFTER_VERSION.match(text, at)
        if match:
            found.append(match.start(1))
        at = find("HTTP/", at + 1)
    for word in ("tatus", "TATUS"):
        at = find(word)
        while at > 0:
            match = _AFTER_KEY.match(text, at - 1)
            if match:
                found.append(match.start(1))
            at = find(word, at + 1)
    if " /" in text or "://" in text:
        match = _AFTER_TARGET.search(text)  # the first request of the line (a line logs one)
        while match is not None:
            start = match.start()
            if not start or not (text[start - 1].isalnum() or text[start - 1] in "_.-"):
                found.append(match.start(2))
                target = match.span(1)
                break
            match = _AFTER_TARGET.search(text, start + 1)
    if not found:
        return text, (), None
    if len(found) == 1:
        at = found[0]
        return text[:at + 1] + "xx" + text[at + 3:], (at,), target
    positions = tuple(sorted(set(found)))
    parts = []
    last = 0
    for start in positions:
        parts.append(text[last:start])
        parts.append(text[start] + "xx")
        last = start + 3
    parts.append(text[last:])
    return "".join(parts), positions, target


def status_class(template: str) -> int | None:
    """The HTTP status class a template carries (5 for ``… 5xx …``), the highest if several; None if none."""
    found = _CLASS_IN_TEXT.findall(template)
    return max(int(digit) for digit in found) if found else None
