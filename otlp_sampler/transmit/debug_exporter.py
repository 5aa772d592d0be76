"""The ``debug`` exporter: kept records printed to stdout, one readable line each.

What zero-config ``serve`` uses when no upstream is set, so a first run shows what the
proxy would forward. Not a data path for production volume.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import TextIO

from otlp_sampler.otlp.records import service_name, value_text
from otlp_sampler.transmit.result import ExportResult, Sendable, as_message

_SEVERITY = {1: "TRACE", 5: "DEBUG", 9: "INFO", 13: "WARN", 17: "ERROR", 21: "FATAL"}


def severity_label(number: int, text: str) -> str:
    if text:
        return text.upper()
    if number <= 0:
        return "-"
    base = max(k for k in _SEVERITY if k <= number)
    return _SEVERITY[base] + (str(number - base + 1) if number != base else "")


def format_record(service: str, record) -> str:
    """``<time> <SEVERITY> <service>: <body> {key=value ...}`` on one line."""
    nanos = record.time_unix_nano or record.observed_time_unix_nano
    when = datetime.fromtimestamp(nanos / 1e9, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ") if nanos else "-"
    body = value_text(record.body).replace("\n", "\\n")
    line = f"{when} {severity_label(record.severity_number, record.severity_text):<5} {service}: {body}"
    if record.attributes:
        pairs = " ".join(f"{kv.key}={value_text(kv.value)}" for kv in record.attributes)
        line += " {" + pairs.replace("\n", "\\n") + "}"
    if record.trace_id:
        line += f" trace={record.trace_id.hex()}"
    return line


class DebugExporter:
    name = "debug"

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    async def send(self, request: Sendable) -> ExportResult:
        message = as_message(request)
        lines = []
        for resource_logs in message.resource_logs:
            service = service_name(resource_logs.resource)
            for scope_logs in resource_logs.scope_logs:
                lines.extend(format_record(service, record) for record in scope_logs.log_records)
        if lines:
            stream = self._stream or sys.stdout  # looked up late so pytest's capture sees it
            stream.write("\n".join(lines) + "\n")
            stream.flush()
        return ExportResult.success()

    async def close(self) -> None:
        return None
