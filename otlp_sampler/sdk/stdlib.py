"""The stdlib ``logging`` integration: a filter on the handler that ships the records.

    handler = LoggingHandler(logger_provider=provider)   # or any handler
    handler.addFilter(SamplingFilter(sampler, handler))

The filter mines ``record.getMessage()`` (the body OpenTelemetry's ``LoggingHandler`` sends
when it has no formatter), reads the severity from ``levelno`` as that handler maps it,
answers False for a record the policy drops and adds the proxy's attributes to a kept one
(as ``record.__dict__`` entries, which ``LoggingHandler`` exports as attributes and other
handlers can format). Summary records go out through ``handler``, or, without one, through
the ``otlp_sampler.sdk.summary`` logger.
"""

from __future__ import annotations

import logging

from otlp_sampler.sdk.sampler import Sampler, Summary

SUMMARY_LOGGER = "otlp_sampler.sdk.summary"
_SUMMARY_MARK = "sampling.summary"


def severity_number(levelno: int) -> int:
    """OpenTelemetry's mapping of a stdlib level to a severity number (``std_to_otel``)."""
    if levelno < 10:
        return 0
    if levelno > 53:
        return 24
    return 5 + 4 * ((levelno - 10) // 10) + min(levelno % 10, 3)


_NUMBERS = tuple(severity_number(level) for level in range(54))


class SamplingFilter(logging.Filter):
    """A ``logging.Filter`` deciding each record with a :class:`Sampler`; see the module docstring."""

    def __init__(self, sampler: Sampler, handler: logging.Handler | None = None) -> None:
        super().__init__()
        self._sampler = sampler
        self._decide = sampler.decide
        self._handler = handler
        sampler.attach(self._emit_summaries)

    def filter(self, record: logging.LogRecord) -> bool:
        fields = record.__dict__
        if _SUMMARY_MARK in fields:
            return True  # ours (or another sampler's) summary: never sampled
        level = record.levelno
        try:
            severity = _NUMBERS[level] if 0 <= level < 54 else severity_number(level)
            verdict = self._decide(record.getMessage(), severity, 0, fields)
        except Exception:  # never lose the app's record to a bug of ours (getMessage's own errors too)
            return True
        if verdict is None:
            return False
        if verdict:
            fields.update(verdict)
        return True

    def _emit_summaries(self, drops: list[Summary]) -> None:
        logger = logging.getLogger(SUMMARY_LOGGER)
        for drop in drops:
            record = logger.makeRecord(SUMMARY_LOGGER, logging.INFO, __file__, 0, drop.body(), None, None,
                                       extra=drop.attributes())
            if self._handler is not None:
                self._handler.handle(record)
            else:
                logger.handle(record)
