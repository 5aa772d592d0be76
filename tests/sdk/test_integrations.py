"""The three integrations in real pipelines: the OpenTelemetry SDK, stdlib logging, structlog.

Each sends a workload through the sampler and checks what came out: dropped records never
reach the next stage, kept ones carry the proxy's attributes, every WARN+ record is there,
and kept + the summaries' dropped counts = emitted.
"""

from __future__ import annotations

import logging

import pytest
import structlog
from opentelemetry._logs import SeverityNumber
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.resources import Resource

from otlp_sampler.sdk.otel import SamplingLogRecordProcessor, body_text
from otlp_sampler.sdk.stdlib import SamplingFilter, severity_number
from otlp_sampler.sdk.structlog import SamplingProcessor
from tests.sdk.helpers import SERVICE, offline_sampler, pattern_of, policy

NOISY = "cache miss for key user:{} in {}ms"
OURS = {"log.record.template", "log.record.pattern_id", "sampling.rule", "sampling.adjusted_count"}


def workload() -> list[tuple[str, int]]:
    records = [(NOISY.format(i, i % 50), 9) for i in range(1500)]
    records += [(f"payment {i} failed: gateway timeout", 17 if i % 2 else 13) for i in range(30)]
    return records


def noisy_policy():
    return policy({pattern_of(NOISY.format(0, 0)): 0.02}, floor=3600.0)


def check(emitted: list[tuple[str, int]], kept: list[tuple[str, dict]], summaries: list[dict]) -> None:
    severe = {body for body, severity in emitted if severity >= 13}
    assert severe <= {body for body, _ in kept}
    # What the policy names is decided here and annotated; the rest is left to the proxy.
    assert all(set(attributes) >= OURS for body, attributes in kept if body.startswith("cache miss"))
    assert not any(OURS & set(attributes) for body, attributes in kept if body.startswith("payment"))
    dropped = sum(s["sampling.dropped_count"] for s in summaries)
    assert dropped > 1000 and len(kept) + dropped == len(emitted)


def test_the_opentelemetry_processor(tmp_path):
    sampler = offline_sampler(tmp_path, noisy_policy())
    exporter = InMemoryLogRecordExporter()
    provider = LoggerProvider(resource=Resource.create({"service.name": SERVICE}))
    provider.add_log_record_processor(SamplingLogRecordProcessor(sampler, SimpleLogRecordProcessor(exporter)))
    logger = provider.get_logger("app")
    emitted = workload()
    for body, severity in emitted:
        logger.emit(body=body, severity_number=SeverityNumber(severity), severity_text="INFO")
    provider.force_flush()
    out = [(r.log_record.body, dict(r.log_record.attributes), r) for r in exporter.get_finished_logs()]
    kept = [(body, attributes) for body, attributes, _ in out if "sampling.summary" not in attributes]
    summaries = [(attributes, r) for _, attributes, r in out if "sampling.summary" in attributes]
    check(emitted, kept, [attributes for attributes, _ in summaries])
    for _, record in summaries:  # on the app's resource, from our scope
        assert record.resource.attributes["service.name"] == SERVICE
        assert record.instrumentation_scope.name == "otlp-sampler"
    provider.shutdown()


def test_opentelemetry_bodies_read_as_the_proxy_reads_them():
    assert body_text({"msg": "hello", "n": 1}) == "hello"
    assert body_text({"b": 1, "a": 2}) == "{a=<*> b=<*>}"
    assert (body_text(None), body_text(True), body_text(3), body_text(b"x"), body_text([1, 2])) == (
        "", "<bool>", "<number>", "<bytes>", "<array of 2>")


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_the_stdlib_filter(tmp_path):
    sampler = offline_sampler(tmp_path, noisy_policy())
    handler = Collect()
    handler.addFilter(SamplingFilter(sampler, handler))
    logger = logging.getLogger("tests.sdk.stdlib")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    try:
        emitted = workload()
        for body, severity in emitted:
            level = logging.ERROR if severity >= 17 else logging.WARNING if severity >= 13 else logging.INFO
            logger.log(level, "%s", body)
        sampler.flush()
    finally:
        logger.removeHandler(handler)
    out = [(r.getMessage(), r.__dict__) for r in handler.records]
    kept = [(body, fields) for body, fields in out if "sampling.summary" not in fields]
    check(emitted, kept, [fields for _, fields in out if "sampling.summary" in fields])


@pytest.mark.parametrize(("level", "number"), [(5, 0), (10, 5), (20, 9), (25, 12), (30, 13), (40, 17),
                                               (50, 21), (53, 24), (60, 24)])
def test_stdlib_levels_map_as_opentelemetry_maps_them(level, number):
    from opentelemetry.sdk._logs._internal import std_to_otel

    assert severity_number(level) == number == std_to_otel(level).value


def test_the_structlog_processor(tmp_path):
    sampler = offline_sampler(tmp_path, noisy_policy())
    capture = structlog.testing.LogCapture()
    structlog.configure(processors=[structlog.processors.add_log_level, SamplingProcessor(sampler), capture])
    try:
        log = structlog.get_logger()
        emitted = workload()
        for body, severity in emitted:
            (log.error if severity >= 17 else log.warning if severity >= 13 else log.info)(body)
        sampler.flush()
    finally:
        structlog.reset_defaults()
    out = [(entry["event"], entry) for entry in capture.entries]
    kept = [(body, entry) for body, entry in out if "sampling.summary" not in entry]
    check(emitted, kept, [entry for _, entry in out if "sampling.summary" in entry])
