"""Summary records: one per (service, pattern) with drops, so every dropped record is accounted for.

Also the *ledger*: the drops of one request, encoded to be spooled with it
(:func:`encode_ledger`, :func:`decode_ledger`), so the counts survive a crash until their
summary is spooled (docs/reliability.md § Summaries survive a crash).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, InstrumentationScope, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import SEVERITY_NUMBER_INFO, LogRecord, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler import __version__
from otlp_sampler.sample.annotate import PATTERN_ID_KEY, TEMPLATE_KEY

SUMMARY_KEY = "sampling.summary"
DROPPED_COUNT_KEY = "sampling.dropped_count"
DROPPED_BYTES_KEY = "sampling.dropped_bytes"
SCOPE = InstrumentationScope(name="otlp-sampler", version=__version__)


@dataclass(slots=True)
class Dropped:
    """Drops of one pattern since the last summary."""

    pattern_id: str
    template: str
    count: int = 0
    bytes: int = 0


def summary_record(dropped: Dropped, time_unix_nano: int) -> LogRecord:
    return LogRecord(
        time_unix_nano=time_unix_nano,
        observed_time_unix_nano=time_unix_nano,
        severity_number=SEVERITY_NUMBER_INFO,
        severity_text="INFO",
        body=AnyValue(string_value=f"sampled out {dropped.count:,} records like: {dropped.template}"),
        attributes=[
            KeyValue(key=SUMMARY_KEY, value=AnyValue(bool_value=True)),
            KeyValue(key=DROPPED_COUNT_KEY, value=AnyValue(int_value=dropped.count)),
            KeyValue(key=DROPPED_BYTES_KEY, value=AnyValue(int_value=dropped.bytes)),
            KeyValue(key=TEMPLATE_KEY, value=AnyValue(string_value=dropped.template)),
            KeyValue(key=PATTERN_ID_KEY, value=AnyValue(string_value=dropped.pattern_id)),
        ],
    )


def summary_request(
    groups: Iterable[tuple[Resource, str, Iterable[Dropped]]], time_unix_nano: int
) -> ExportLogsServiceRequest:
    """One ResourceLogs per service (its last seen resource), one record per pattern."""
    request = ExportLogsServiceRequest()
    for resource, schema_url, drops in groups:
        resource_logs = request.resource_logs.add(schema_url=schema_url)
        resource_logs.resource.CopyFrom(resource)
        scope_logs: ScopeLogs = resource_logs.scope_logs.add()
        scope_logs.scope.CopyFrom(SCOPE)
        scope_logs.log_records.extend(summary_record(d, time_unix_nano) for d in drops)
    return request



# --------------------------------------------------------------------------- the ledger

LedgerRows = list[tuple[str, str, int, int]]  # (pattern_id, template, count, bytes)


@dataclass(slots=True)
class LedgerGroup:
    """One service's drops in a ledger frame, with the resource its summaries go out on."""

    service: str
    resource: bytes  # a serialized Resource
    schema_url: str
    rows: LedgerRows


def encode_ledger(groups: Iterable[LedgerGroup]) -> bytes:
    """A compact JSON list, one entry per service; small next to the request it rides with."""
    return json.dumps([[g.service, g.resource.hex(), g.schema_url, g.rows] for g in groups],
                      separators=(",", ":")).encode()


def decode_ledger(payload: bytes) -> list[LedgerGroup]:
    """The groups of :func:`encode_ledger`; raises ``ValueError`` on anything else."""
    try:
        return [LedgerGroup(str(service), bytes.fromhex(resource), str(schema_url),
                            [(str(p), str(t), int(c), int(b)) for p, t, c, b in rows])
                for service, resource, schema_url, rows in json.loads(payload)]
    except (TypeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise ValueError(f"not a ledger frame: {exc}") from None
