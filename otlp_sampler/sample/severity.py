"""Severity of records that carry only ``severity_text``.

Many log bridges fill ``severity_text`` and leave ``severity_number`` at 0. The severity
floor must still hold for them, so the text is mapped to the OTLP number once and cached.
"""

from __future__ import annotations

# Names seen in the wild (syslog, log4j, Python, Go, Rust, .NET) -> the OTLP range's base.
_NAMES = {
    "TRACE": 1, "FINEST": 1, "FINER": 2, "VERBOSE": 3,
    "DEBUG": 5, "FINE": 5, "DBG": 5,
    "INFO": 9, "INFORMATION": 9, "INFORMATIONAL": 9, "NOTICE": 10, "CONFIG": 9,
    "WARN": 13, "WARNING": 13, "WRN": 13,
    "ERROR": 17, "ERR": 17, "SEVERE": 17, "EXCEPTION": 17,
    "CRITICAL": 21, "CRIT": 21, "FATAL": 21, "ALERT": 22, "EMERG": 23, "EMERGENCY": 23, "PANIC": 23,
}
_CACHE_LIMIT = 1024  # texts are few; a client sending random ones must not grow memory


def severity_from_text(text: str) -> int:
    """The OTLP severity number a ``severity_text`` stands for; 0 when unknown.

    OTLP's short names with a digit suffix (``INFO2``, ``ERROR3``) keep their offset.
    """
    name = text.strip().upper()
    offset = 0
    if name[-1:].isdigit() and name[:-1] in _NAMES:
        offset = min(max(int(name[-1]) - 1, 0), 3)
        name = name[:-1]
    base = _NAMES.get(name)
    if base is None:
        return 0
    return min(base + offset, 24)


class SeverityTexts:
    """A bounded cache of ``severity_from_text``, consulted per record on the hot path."""

    __slots__ = ("_cache",)

    def __init__(self) -> None:
        self._cache: dict[str, int] = {}

    def number(self, text: str) -> int:
        cache = self._cache
        number = cache.get(text)
        if number is None:
            number = severity_from_text(text)
            if len(cache) < _CACHE_LIMIT:
                cache[text] = number
        return number
