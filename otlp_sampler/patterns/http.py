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

METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE")
STATUS_CLASS = re.compile(r"[1-5]xx")  # a class as a token of a template
_CLASS_IN_TEXT = re.compile(r"(?<![\w.-])([1-5])xx(?![\w.-])")

_METHOD = "(?:" + "|".join(METHODS) + ")"
# Any of these substrings, or no status can be found: a cheap test before the regex.
_HINTS = ("HTTP/", "tatus", "TATUS", *(f"{method} /" for method in METHODS), *(f"{method} http" for method in METHODS))
_STATUS = re.compile(
    r"(?:"
    r"HTTP/\d(?:\.\d)?\"?[ \t]+"  # after a request line in quotes, or in a status line
    r"|(?<!exit )(?<!exit_)(?<![\w.-])[\w.-]*?(?:[Ss]tatus|STATUS)(?:[ _.-]?(?:[Cc]ode|CODE))?[\"']?"
    r"(?:[ \t]*[:=][ \t]*[\"']?|(?:[ \t]+[a-z]+){0,5}?(?:[ \t]+(?:is|was):?|:)[ \t]+|[ \t]+)"
    rf"|\b{_METHOD}[ \t]+(?:/|https?://)[^\s\"]*\"?[ \t]+"  # a method and its target
    r")([1-5])\d\d(?![\w.%])"
)


def may_hold_status(text: str) -> bool:
    """A cheap test: False means ``classify`` would find nothing."""
    return any(hint in text for hint in _HINTS)


def classify(text: str) -> tuple[str, tuple[int, ...]]:
    """The text with HTTP statuses as classes (``5xx``), and where their first digits are."""
    positions = []
    parts = []
    last = 0
    for found in _STATUS.finditer(text):
        start = found.start(1)
        parts.append(text[last:start])
        parts.append(found.group(1) + "xx")
        last = start + 3
        positions.append(start)
    if not positions:
        return text, ()
    parts.append(text[last:])
    return "".join(parts), tuple(positions)


def status_class(template: str) -> int | None:
    """The HTTP status class a template carries (5 for ``… 5xx …``), the highest if several; None if none."""
    found = _CLASS_IN_TEXT.findall(template)
    return max(int(digit) for digit in found) if found else None
