"""Builders for requests and readers for what the processor left in them."""

from __future__ import annotations

import os
from collections.abc import Iterable

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.config import SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.sample import SamplingProcessor


class FakeClock:
    """Monotonic and wall time the test moves by hand."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def value(v) -> AnyValue:
    if isinstance(v, bool):
        return AnyValue(bool_value=v)
    if isinstance(v, int):
        return AnyValue(int_value=v)
    if isinstance(v, float):
        return AnyValue(double_value=v)
    return AnyValue(string_value=str(v))


def record(body: str, severity: int = 9, *, trace_id: bytes = b"", severity_text: str = "",
           attributes: dict | None = None) -> LogRecord:
    return LogRecord(
        time_unix_nano=1, severity_number=severity, severity_text=severity_text,
        body=AnyValue(string_value=body), trace_id=trace_id,
        attributes=[KeyValue(key=k, value=value(v)) for k, v in (attributes or {}).items()],
    )


def request(records: Iterable[LogRecord], service: str = "svc", *, resource_attributes: dict | None = None
            ) -> ExportLogsServiceRequest:
    attributes = {"service.name": service, **(resource_attributes or {})}
    resource = Resource(attributes=[KeyValue(key=k, value=value(v)) for k, v in attributes.items()])
    return ExportLogsServiceRequest(resource_logs=[
        ResourceLogs(resource=resource, scope_logs=[ScopeLogs(log_records=list(records))])])


def records_of(req: ExportLogsServiceRequest) -> list[LogRecord]:
    return [r for rl in req.resource_logs for sl in rl.scope_logs for r in sl.log_records]


def attrs(rec: LogRecord) -> dict:
    out = {}
    for kv in rec.attributes:
        kind = kv.value.WhichOneof("value")
        out[kv.key] = getattr(kv.value, kind) if kind else None
    return out


def keys(rec: LogRecord) -> list[str]:
    return [kv.key for kv in rec.attributes]


def trace_id() -> bytes:
    return os.urandom(16)


def processor(clock: FakeClock | None = None, wall: FakeClock | None = None, *, seed: int = 1,
              metrics: Metrics | None = None, catalog: PatternCatalog | None = None,
              **config) -> SamplingProcessor:
    """A processor on the real pattern miner with fake clocks; ``config`` goes to SamplingConfig."""
    cfg = SamplingConfig(**config)
    clock = clock or FakeClock()
    if catalog is None:  # (not `or`: an empty PatternCatalog is falsy, it has a length)
        catalog = PatternCatalog(cfg.max_patterns_per_service)
    return SamplingProcessor(cfg, catalog, metrics or Metrics(), clock=clock,
                             wall_clock=wall or FakeClock(1_700_000_000.0), seed=seed)


def summarised(summaries: ExportLogsServiceRequest | None) -> int:
    if summaries is None:
        return 0
    return sum(attrs(r)["sampling.dropped_count"] for r in records_of(summaries))
