"""The OpenTelemetry SDK integration: a ``LogRecordProcessor`` in front of the exporter's.

    sampler = Sampler("checkout", "proxy:4317", token=...)
    provider.add_log_record_processor(
        SamplingLogRecordProcessor(sampler, BatchLogRecordProcessor(OTLPLogExporter(...))))

A dropped record never reaches the next processor (nor the network); a kept one reaches it
annotated as the proxy annotates (``log.record.template``, ``log.record.pattern_id``,
``sampling.rule``, ``sampling.adjusted_count``). Summary records of the drops go to the
next processor too, on the resource of the records they stand for.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping

from opentelemetry._logs import LogRecord, SeverityNumber
from opentelemetry.sdk._logs import LogRecordProcessor, ReadWriteLogRecord
from opentelemetry.sdk.util.instrumentation import InstrumentationScope

from otlp_sampler import __version__
from otlp_sampler.otlp.records import MESSAGE_KEYS
from otlp_sampler.sdk.sampler import Sampler, Summary

log = logging.getLogger("otlp_sampler.sdk")
SCOPE = InstrumentationScope("otlp-sampler", __version__)


def body_text(body) -> str:
    """The text the proxy's miner will see for this body once it is encoded (as
    ``otlp.records.body_text`` reads the OTLP value): a string as it is, a mapping's message
    field or its sorted keys, other kinds by kind."""
    if isinstance(body, str):
        return body
    if body is None:
        return ""
    if isinstance(body, Mapping):
        for key, value in body.items():
            if key in MESSAGE_KEYS and isinstance(value, str):
                return value
        keys = sorted({str(key) for key in body})[:32]
        return "{" + " ".join(f"{key}=<*>" for key in keys) + "}"
    if isinstance(body, bool):
        return "<bool>"
    if isinstance(body, int | float):
        return "<number>"
    if isinstance(body, bytes | bytearray):
        return "<bytes>"
    if isinstance(body, list | tuple):
        return f"<array of {len(body)}>"
    return str(body)


class SamplingLogRecordProcessor(LogRecordProcessor):
    """Drops what the policy drops before ``next_processor`` sees it; see the module docstring."""

    def __init__(self, sampler: Sampler, next_processor: LogRecordProcessor) -> None:
        self._sampler = sampler
        self._next = next_processor
        self._decide = sampler.decide
        self._severity_of_text = sampler.severity_of_text
        self._resource = None  # of the records: where summaries go, what resource exemptions read
        sampler.attach(self._emit_summaries)

    def on_emit(self, log_record: ReadWriteLogRecord) -> None:
        if log_record.resource is not self._resource:  # once per provider, in practice
            self._resource = log_record.resource
            self._sampler.set_resource(dict(self._resource.attributes) if self._resource is not None else {})
        record = log_record.log_record
        body = record.body
        number = record.severity_number
        severity = number.value if number is not None else 0
        if not severity and record.severity_text:
            severity = self._severity_of_text(record.severity_text)
        attributes = record.attributes
        # BoundedAttributes reads and writes through Python-level methods and a lock (about
        # 1 µs per item): its plain dict is read directly, and written when there is room.
        inner = getattr(attributes, "_dict", None)
        if type(inner) is not dict:
            inner = None
        try:
            verdict = self._decide(body if type(body) is str else body_text(body), severity,
                                   record.trace_id or 0, attributes if inner is None else inner)
        except Exception:  # never lose the app's record to a bug of ours
            log.exception("otlp-sampler SDK: could not decide a record; kept")
            verdict = {}
        if verdict is None:
            return
        if verdict:
            maxlen = attributes.maxlen if inner is not None else None
            if inner is not None and (maxlen is None or len(inner) + len(verdict) <= maxlen):
                inner.update(verdict)  # our values are clean already, the record not shared yet
            elif attributes is None:
                record.attributes = dict(verdict)
            else:  # the public path: limits apply (the SDK counts what they drop)
                for key, value in verdict.items():
                    attributes[key] = value
        self._next.on_emit(log_record)

    def _emit_summaries(self, drops: list[Summary]) -> None:
        now = time.time_ns()
        for drop in drops:
            record = LogRecord(timestamp=now, observed_timestamp=now, severity_text="INFO",
                               severity_number=SeverityNumber.INFO, body=drop.body(),
                               attributes=drop.attributes())
            self._next.on_emit(ReadWriteLogRecord(record, resource=self._resource or _default_resource(),
                                                  instrumentation_scope=SCOPE))

    def shutdown(self) -> None:
        self._sampler.close()  # the last summaries go out through the next processor first
        self._next.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        self._sampler.flush()
        return self._next.force_flush(timeout_millis)


def _default_resource():
    from opentelemetry.sdk.resources import Resource

    return Resource.create({})
