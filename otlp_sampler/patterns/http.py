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
- after a method and a request target: ``GET /api/products/1034 200 in 131ms``, the word
  returned between them or not (``GET https://x/metrics returned 502 with response …``;
  round 43, r41b);
- after the protocol's name or a response: ``got HTTP 500 from …``, ``response 429``,
  ``response code: 404`` (not a number with a unit: ``response 200 bytes``), the word error
  between them and the status alone in square brackets or not: ``HTTP response error
  [404]`` (round 43, r41b);
- before the word status, after an article or a response's verb: ``returned a 503 status``,
  ``responded with 404 status code`` (not ``sent 3 status updates``; round 38, r36b), or after
  a cause's ``due to``: ``failed due to 503 status code`` (round 41, r39a);
- after the word code in the clause of a request: ``schedule request, got code 404``,
  ``request failed with code 503`` (not ``error code``, ``exit code``, nor past a period).

``classify(text)`` returns the text with each status replaced by its class and the
positions of the first digits it replaced: the miner's exact-text cache keys on digits
turned into ``0``, so it keeps those digits apart (see miner.py).
"""

from __future__ import annotations

import re
from typing import Final

METHODS: Final = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE")
_CLASS_IN_TEXT: Final = re.compile(r"(?<![\w.-])([1-5])xx(?![\w-]|\.[\w.-])")

_METHOD: Final = "(?:" + "|".join(METHODS) + ")"
# (a sentence's period may end it, ``returned response code 404.``; not a decimal's or a version's
# dot, ``200.5``, ``404.1.2``)
_CODE: Final = r"([1-5])\d\d(?![\w%]|\.[\w.])"
# (not a number the text gives a unit to: ``HTTP 200 bytes``, ``response 250 ms``)
_NO_UNIT: Final = (r"(?![ \t]*(?:[KMGT]i?B|[kK]B|B|bytes?|bits?|[mµun]?s|secs?|seconds?|minutes?|mins?)"
                   r"\b)")
# One anchored regex per context, tried only where ``str.find`` saw the word it starts
# with: far cheaper than a regex searching every position of every line.
# "GET /x HTTP/1.1" 503, HTTP/1.1 503 …, whatever the version's form (HTTP/2, HTTP/3.0-draft)
_AFTER_VERSION: Final = re.compile(r"HTTP/[^\s\"]*\"?[ \t]+" + _CODE)
# the word error between a protocol's name or a response and its status, or none (HTTP Error 404,
# response error [404])
_ERROR_WORD: Final = r"(?:[ \t]+(?:[Ee]rror|ERROR))?"
# got HTTP 500 from …, HTTP: 404: the protocol's name, then its status; the word error between
# them, as Python's urllib (`HTTP Error 404: Not Found`) and many clients print a failed response
_AFTER_PROTOCOL: Final = re.compile(
    r"(?<![\w/.-])HTTP" + _ERROR_WORD + r"(?:[ \t]*:)?[ \t]+" + _CODE + _NO_UNIT)
# response 429, response code: 404, response status=503, response error [404] (not response time 200 ms)
_AFTER_RESPONSE: Final = re.compile(
    r"(?<![A-Za-z0-9])[Rr]esponse(?:[ \t_.-]?(?:[Cc]ode|[Ss]tatus))?" + _ERROR_WORD
    + r"(?:[ \t]*[:=][ \t]*|[ \t]+)(?:\[(?=\d\d\d\]))?" + _CODE + _NO_UNIT)
# schedule request, got code 404; request failed with code: 503: the word code, a few words
# after a request in its clause (no period, semicolon or colon between), is its response's
# (not error code 110, exit code 127, return code 255: a program's or the OS's codes)
_AFTER_REQUEST: Final = re.compile(
    r"(?<![A-Za-z0-9])[Rr]equest(?![A-Za-z0-9])(?:,?[ \t]+[A-Za-z]+){0,4}?,?[ \t]+"
    r"(?<![Ee]rror )(?<![Ee]xit )(?<![Rr]eturn )[Cc]ode(?:[ \t]*[:=])?[ \t]+" + _CODE + _NO_UNIT)
_AFTER_KEY: Final = re.compile(
    r"(?<![A-Za-z0-9])(?<!exit )(?<!exit_)(?:[Ss]tatus|STATUS)(?:[ _.-]?(?:[Cc]ode|CODE))?[\"']?"
    r"(?:[ \t]*(?:=>|[:=])[ \t]*[\"']?|[ \t]+of[ \t]+"  # status=503, status => 503, status code of 404
    r"|(?:[ \t]+[A-Za-z]+){0,5}?(?:[ \t]+(?:is|was):?|:)[ \t]+|[ \t]+)" + _CODE)
# returned a 503 status, responded with 404 status code: a response's status said before the
# word status, after an article or a verb of a response (not sent 3 status updates, exit status);
# failed due to 503 status code: after a cause's ``due to``, before ``status code`` (round 41, r39a)
_BEFORE_STATUS: Final = re.compile(
    r"(?<![A-Za-z0-9])(?:an?|returned|due[ \t]+to|(?:responded|failed|replied)[ \t]+with)"
    r"[ \t]+([1-5])\d\d[ \t]+$")
_REQUEST_LINE: Final = re.compile(rf"{_METHOD} ((?:/|https?://)[^\s\"]*) HTTP/")
# (a method first, so the engine skips to its capital letters; the start is checked after)
# (the word returned between them or not: GET https://x/metrics returned 502 with response …)
_AFTER_TARGET: Final = re.compile(
    rf"{_METHOD}[ \t]+((?:/|https?://)[^\s\"]*)\"?[ \t]+(?:returned[ \t]+)?" + _CODE)


REQUEST_START: Final = re.compile(rf"{_METHOD}[ \t]+(?:/|https?://)")  # a method and a target


def status_class_word(word: str) -> bool:
    """Whether ``word`` is an HTTP status's class as a token of a template: ``1xx`` to
    ``5xx``, a sentence's period after it or not (``… response code 5xx.``). The one reader
    of the form (templates, tokens, shapes ask it). Only 1 to 5: RFC 9110 § 15 defines five
    classes, and :func:`classify` writes no other (``6xx``, ``0xx`` are a word of the text,
    not a class the miner made)."""
    length = len(word)
    return ((length == 3 or (length == 4 and word[3] == "."))
            and word[1] == "x" and word[2] == "x" and "1" <= word[0] <= "5")


def may_start_request(text: str) -> bool:
    """A necessary condition of ``REQUEST_START.search(text)``: a target (``/``, ``http://``,
    ``https://``) after spaces or tabs that a method's name ends right before. Most texts with
    a slash hold paths and urls in no request line: the engine, which would try a method at
    each of their capitals, is not asked there. (Slices compared, not ``startswith`` and
    ``endswith`` with bounds: compiled, those are calls of Python methods.)"""
    at = text.find("/")
    while at >= 0:
        start = -1
        if at > 0:
            before = text[at - 1]
            if before == " " or before == "\t":
                start = at
            elif before == ":" and text[at + 1:at + 2] == "/":  # (the first slash of ://)
                if at >= 5 and text[at - 5:at - 1] == "http":
                    start = at - 5
                elif at >= 6 and text[at - 6:at - 1] == "https":
                    start = at - 6
        if start > 0 and (text[start - 1] == " " or text[start - 1] == "\t"):
            end = start - 1  # (where the spaces and tabs before the target start)
            while end > 0 and (text[end - 1] == " " or text[end - 1] == "\t"):
                end -= 1
            if end > 0 and "A" <= text[end - 1] <= "Z":  # (every method's name ends with a capital)
                for method in METHODS:
                    if end >= len(method) and text[end - len(method):end] == method:
                        return True
        at = text.find("/", at + 1)
    return False


def may_hold_status(text: str) -> bool:
    """A cheap test: False means ``classify`` would find nothing."""
    return ("HTTP" in text or "tatus" in text or "TATUS" in text or "esponse" in text
            or ("equest" in text and ("code" in text or "Code" in text))
            or ((" /" in text or "://" in text) and REQUEST_START.search(text) is not None))


def classify(text: str) -> tuple[str, tuple[int, ...], tuple[int, int] | None]:
    """The text with HTTP statuses as classes (``5xx``), where their first digits are, and
    where the target of a request followed by its status is (``/api/products/1034``), if
    one is."""
    found = []
    target = None
    find = text.find
    at = find("HTTP")
    if at >= 0 and "HTTP/" in text:
        line = _REQUEST_LINE.search(text)  # "GET /x HTTP/1.1": its target, to mask as a route
        if line is not None:
            target = line.span(1)
    while at >= 0:
        match = (_AFTER_VERSION if text[at + 4:at + 5] == "/" else _AFTER_PROTOCOL).match(text, at)
        if match:
            found.append(match.start(1))
        at = find("HTTP", at + 4)
    _statuses_after(text, "esponse", _AFTER_RESPONSE, 7, found)
    _statuses_after(text, "equest", _AFTER_REQUEST, 6, found)
    _statuses_after(text, "tatus", _AFTER_KEY, 1, found)
    _statuses_before(text, found)
    _statuses_after(text, "TATUS", _AFTER_KEY, 1, found)
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


def _statuses_after(text: str, word: str, after: re.Pattern[str], step: int, found: list[int]) -> None:
    """Append to ``found`` where each status that ``after`` reads from the character before
    ``word`` (``esponse`` of ``response 503``) starts, ``word`` looked for again ``step``
    characters after each place it was found."""
    at = text.find(word)
    while at > 0:
        match = after.match(text, at - 1)
        if match:
            found.append(match.start(1))
        at = text.find(word, at + step)


def _statuses_before(text: str, found: list[int]) -> None:
    """Append to ``found`` where each status said right before the word status starts
    (``returned a 503 status``, ``_BEFORE_STATUS``; round 38, r36b)."""
    at = text.find(" status")
    while at > 0:
        match = _BEFORE_STATUS.search(text, max(0, at - 20), at + 1)
        if match and (text[match.start()] != "d" or text.startswith(" status code", at)):
            # (after ``due to``, the status's own words: ``due to 503 status code``, not
            # ``due to 200 status updates``)
            found.append(match.start(1))
        at = text.find(" status", at + 7)


def status_class(template: str) -> int | None:
    """The HTTP status class a template carries (5 for ``… 5xx …``), the highest if several; None if none."""
    found = _CLASS_IN_TEXT.findall(template)
    return max(int(digit) for digit in found) if found else None
