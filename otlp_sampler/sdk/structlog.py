"""The structlog integration: a processor early in the chain.

    structlog.configure(processors=[structlog.processors.add_log_level,
                                    SamplingProcessor(sampler), ..., renderer])

It mines the ``event`` text, reads the level from ``level`` (``add_log_level``) or the
method name, raises ``structlog.DropEvent`` for a record the policy drops and adds the
proxy's attributes to the event dict of a kept one. Pattern ids agree with the proxy's
when the event text is what reaches it as the body (structlog through stdlib logging and
OpenTelemetry's ``LoggingHandler``, say); a renderer that sends a whole JSON line as the
body gives the proxy other texts, and its rules then simply do not apply here (records
are kept for the proxy to decide). Summary records go out through a structlog logger
named ``otlp_sampler.sdk.summary``, past this processor.
"""

from __future__ import annotations

import structlog

from otlp_sampler.sdk.sampler import Sampler, Summary

SUMMARY_LOGGER = "otlp_sampler.sdk.summary"
_SUMMARY_MARK = "sampling.summary"


class SamplingProcessor:
    """A structlog processor deciding each event with a :class:`Sampler`."""

    def __init__(self, sampler: Sampler) -> None:
        self._sampler = sampler
        self._decide = sampler.decide
        self._severity_of_text = sampler.severity_of_text
        sampler.attach(self._emit_summaries)

    def __call__(self, logger, method_name: str, event_dict: dict) -> dict:
        if _SUMMARY_MARK in event_dict:
            return event_dict
        event = event_dict.get("event")
        level = event_dict.get("level")
        try:
            verdict = self._decide(event if type(event) is str else str(event),
                                   self._severity_of_text(level if type(level) is str else method_name),
                                   0, event_dict)
        except Exception:  # never lose the app's event to a bug of ours
            return event_dict
        if verdict is None:
            raise structlog.DropEvent
        if verdict:
            event_dict.update(verdict)
        return event_dict

    def _emit_summaries(self, drops: list[Summary]) -> None:
        logger = structlog.get_logger(SUMMARY_LOGGER)
        for drop in drops:
            logger.info(drop.body(), **drop.attributes())
