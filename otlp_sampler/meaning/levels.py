"""Severity from the text of a record: level words, level keys, syslog/klog headers, stack traces.

A record whose ``severity_number`` is 0 and whose ``severity_text`` names no level (a
Collector ``filelog`` receiver without parsing operators sends such records) still says
its level in its body. :func:`plan_levels` reads a *template* once and answers with a
:class:`LevelPlan`: the level the template itself states (``ERROR connection <*>
refused``, ``[warn] …``, ``level=error …``, a Python traceback), and, where the level is a
variable of the template (``level=<*>``, ``{"level":"<*>"}``, a klog or syslog header
masked into ``<*>``), a probe to run on each record's text. What is detected and why:
docs/patterns.md § Severity from the body.

:func:`severity_floor` is the severity a template implies whatever the record says (an
HTTP 5xx status class: ERROR when ``sampling.http_5xx_as_error``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from otlp_sampler.patterns.http import status_class

ERROR = 17
FATAL = 21

# Names seen in the wild (syslog, log4j, Python, Go, Rust, .NET, zerolog's three letters)
# -> the OTLP range's base.
LEVELS = {
    "TRACE": 1, "TRC": 1, "FINEST": 1, "FINER": 2, "VERBOSE": 3,
    "DEBUG": 5, "DBG": 5, "FINE": 5,
    "INFO": 9, "INF": 9, "INFORMATION": 9, "INFORMATIONAL": 9, "NOTICE": 10, "CONFIG": 9,
    "WARN": 13, "WARNING": 13, "WRN": 13,
    "ERROR": 17, "ERR": 17, "SEVERE": 17, "EXCEPTION": 17,
    "CRITICAL": 21, "CRIT": 21, "FATAL": 21, "FTL": 21, "ALERT": 22,
    "EMERG": 23, "EMERGENCY": 23, "PANIC": 23, "PNC": 23,
}
# Syslog severities 0-7 (the priority's low three bits) -> OTLP.
_SYSLOG = (23, 22, 21, 17, 13, 10, 9, 5)
# klog/glog's first letter.
_KLOG = {"I": 9, "W": 13, "E": 17, "F": 21}
# pino and bunyan write numeric levels in JSON.
_NUMERIC = {10: 1, 20: 5, 30: 9, 40: 13, 50: 17, 60: 21}
LEVEL_KEYS = frozenset(("level", "lvl", "severity", "log.level", "loglevel", "log_level", "levelname"))


def severity_from_text(text: str) -> int:
    """The OTLP severity number a level name stands for (``WARN``, ``error``); 0 when unknown.

    OTLP's short names with a digit suffix (``INFO2``, ``ERROR3``) keep their offset.
    """
    name = text.strip().upper()
    offset = 0
    if name[-1:].isdigit() and name[:-1] in LEVELS:
        offset = min(max(int(name[-1]) - 1, 0), 3)
        name = name[:-1]
    base = LEVELS.get(name)
    if base is None:
        return 0
    return min(base + offset, 24)


# ---------------------------------------------------------------------- the head of a line

_HEAD_CHARS = 160
_HEAD_WORDS = 3  # words (not dates, numbers, brackets) read before giving up
# A bracketed or angled group, or a run of anything else up to a space or a bracket.
_TOKEN = re.compile(r"\[[^\]\n]{0,48}\]|\([^)\n]{0,48}\)|<[^>\n]{0,16}>|[^\s\[\]()<>|]+")
_SEPARATORS = frozenset(("-", "--", "---", ":", "*", "=", "/", ",", "@"))
_CALENDAR = frozenset((
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "AM", "PM", "UTC", "GMT", "Z", "T",
))
_KLOG_HEAD = re.compile(r"([IWEF])\d{4} +\d\d:\d\d:\d\d")
_SYSLOG_HEAD = re.compile(r"<(\d{1,3})>")


def head_level(text: str) -> int:
    """The level a line states at its start, after its timestamp: ``ERROR …``,
    ``2024-01-02 03:04:05 WARN …``, ``[error] …``, ``<*> - app - WARNING - …``,
    ``Error: …``, ``panic: …``; 0 when none. Upper-case names count among the first three
    words, other spellings only in brackets or as the first word before a colon, so a word
    in a sentence is not taken for a level."""
    words = 0
    for match in _TOKEN.finditer(text, 0, _HEAD_CHARS):
        token = match.group()
        first = token[0]
        if first in "[(<":
            inner = token[1:-1].strip()
            if inner == "*" or not inner:
                continue
            # [error], [WARN], [core:error] (Apache), (warning)
            level = LEVELS.get(inner.rpartition(":")[2].upper(), 0)
            if level:
                return level
            continue
        if token in _SEPARATORS or token in _CALENDAR or any(c.isdigit() for c in token):
            continue
        # WARNING:root:msg (Python's default), production.ERROR: (Monolog), ERROR,
        name = token.partition(":")[0].rpartition(".")[2].rstrip(",;")
        if name.isupper():
            level = LEVELS.get(name, 0)
            if level:
                return level
        elif words == 0 and token.endswith(":") and ":" not in token[:-1]:
            level = LEVELS.get(name.upper(), 0)  # Error: …, warning: …, panic: …
            if level:
                return level
        words += 1
        if words >= _HEAD_WORDS:
            break
    return 0


def header_level(text: str) -> int:
    """A klog/glog header (``E1202 12:01:02.123 …``) or a syslog priority (``<3>…``) at the
    very start of a record's text, which masking turns into ``<*>``; 0 when none. Two
    character tests decide most records."""
    first = text[:1]
    if first == "<":
        match = _SYSLOG_HEAD.match(text)
        if match:
            return _SYSLOG[int(match.group(1)) & 7]
        return 0
    if first in _KLOG and text[1:5].isdigit():
        match = _KLOG_HEAD.match(text)
        if match:
            return _KLOG[match.group(1)]
    return 0


# ---------------------------------------------------------------------- level keys

_KEYS = r"(?:level|lvl|severity|log\.level|loglevel|log_level|levelname)"
# A key of a logfmt pair or a JSON member: what precedes it is the start, a space, a
# brace, a comma or a quote, never a letter (``loglevel`` is listed, ``sublevel`` is not).
_KEYED = re.compile(r"(?<![\w.])" + _KEYS + r"\"?[ \t]*[=:][ \t]*\"?([A-Za-z]+|\d{1,2})(?![\w.])", re.I)
_KEYED_VARIABLE = re.compile(r"(?<![\w.])" + _KEYS + r"\"?[ \t]*[=:][ \t]*\"?<\*>", re.I)


def keyed_level(text: str) -> int:
    """The value of the first level key (logfmt ``level=warn``, JSON ``"level":"error"``,
    ``"log.level"``, ``"severity"``, pino's numeric ``"level":50``); 0 when none."""
    match = _KEYED.search(text)
    if match is None:
        return 0
    value = match.group(1)
    if value.isdigit():
        return _NUMERIC.get(int(value), 0)
    return LEVELS.get(value.upper(), 0)


def kvlist_level(body: AnyValue) -> int:
    """The level member of a structured (kvlist) body, whose text the miner never sees."""
    for kv in body.kvlist_value.values:
        if kv.key.lower() in LEVEL_KEYS:
            value = kv.value
            kind = value.WhichOneof("value")
            if kind == "string_value":
                return severity_from_text(value.string_value) if value.string_value else 0
            if kind == "int_value":
                return _NUMERIC.get(value.int_value, 0)
    return 0


# ---------------------------------------------------------------------- stack traces

# Newlines are gone in a template (tokens are joined by spaces), so each form is written
# for both: a frame is "at" + a qualified name + "(" after any whitespace.
_FRAME = r"\sat (?:[\w$.<>/\[\]-]+ ?\(|<\*>)"
_TRACES = (
    re.compile(r"Traceback \(most recent call last\)"),  # Python
    re.compile(r"\bgoroutine \S+ \[running\]"),  # Go
    re.compile(r"(?:\w*(?:Exception|Error|Throwable)\b|\bCaused by:).{0,400}?" + _FRAME, re.S),  # Java, Node
)


def trace_level(text: str) -> int:
    """ERROR for a multi-line stack trace (Python, Java with ``at`` frames and ``Caused
    by:``, Go goroutines, Node ``Error:`` with frames); 0 otherwise."""
    for trace in _TRACES:
        if trace.search(text):
            return ERROR
    return 0


def level_of_text(text: str) -> int:
    """Every detector on one text, the way a template is read: the stated level first."""
    return head_level(text) or header_level(text) or keyed_level(text) or trace_level(text)


# ---------------------------------------------------------------------- per template

Probe = Callable[[str], int]
_HEAD_VARIABLE = re.compile(r"[\[(]<\*>[\])]")  # [<*>]: a bracketed level merged into a value


@dataclass(frozen=True, slots=True)
class LevelPlan:
    """How the records of one template get their level: ``level`` from the template itself,
    else ``probe(record text)`` for each record (None: nothing to look for)."""

    level: int
    probe: Probe | None


NO_LEVEL = LevelPlan(0, None)


def plan_levels(template: str) -> LevelPlan:
    """Read ``template`` once: the level it states, or the probe its records need."""
    level = head_level(template) or keyed_level(template) or trace_level(template)
    if level:
        return LevelPlan(level, None)
    probes: list[Probe] = []
    if template.startswith("<"):  # a header masked into <*>: klog, syslog
        probes.append(header_level)
    if _HEAD_VARIABLE.search(template, 0, _HEAD_CHARS):
        probes.append(head_level)
    if _KEYED_VARIABLE.search(template):
        probes.append(keyed_level)
    if not probes:
        return NO_LEVEL
    if len(probes) == 1:
        return LevelPlan(0, probes[0])
    return LevelPlan(0, _first_of(tuple(probes)))


def _first_of(probes: tuple[Probe, ...]) -> Probe:
    def probe(text: str) -> int:
        for one in probes:
            level = one(text)
            if level:
                return level
        return 0

    return probe


# ---------------------------------------------------------------------- HTTP status


def severity_floor(template: str, *, http_5xx_as_error: bool) -> int:
    """The least severity every record of ``template`` has, whatever it says: ERROR for a
    5xx status class when ``http_5xx_as_error``; 0 for none."""
    if http_5xx_as_error and "xx" in template and status_class(template) == 5:
        return ERROR
    return 0
