"""Severity of records that carry only ``severity_text``.

Many log bridges fill ``severity_text`` and leave ``severity_number`` at 0. The severity
floor must still hold for them, so the text is mapped to the OTLP number once and cached
(the names: ``meaning/levels.py``).
"""

from __future__ import annotations

from otlp_sampler.meaning.levels import severity_from_text

_CACHE_LIMIT = 1024  # texts are few; a client sending random ones must not grow memory


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
