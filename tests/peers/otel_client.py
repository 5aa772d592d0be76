"""A real OpenTelemetry Python SDK client: LoggerProvider + BatchLogRecordProcessor + OTLPLogExporter.

The SDK's exporters are synchronous and export from the batch processor's own thread, so
they can talk to a proxy running on the test's event loop; ``flush`` runs the blocking
force-flush in a worker thread.
"""

from __future__ import annotations

import asyncio

from opentelemetry._logs import LogRecord, SeverityNumber
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from opentelemetry.trace import TraceFlags

SEVERITY_TEXT = {1: "TRACE", 5: "DEBUG", 9: "INFO", 13: "WARN", 17: "ERROR", 21: "FATAL"}


class SdkClient:
    def __init__(
        self,
        protocol: str,
        port: int,
        service: str,
        *,
        timeout: float = 30.0,
        extra_resource: dict | None = None,
        path: str = "/v1/logs",
        headers: dict | None = None,
    ) -> None:
        if protocol == "grpc":
            from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter

            exporter = OTLPLogExporter(
                endpoint=f"127.0.0.1:{port}", insecure=True, timeout=timeout, headers=headers
            )
        else:
            from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter

            exporter = OTLPLogExporter(
                endpoint=f"http://127.0.0.1:{port}{path}", timeout=timeout, headers=headers
            )
        self.provider = LoggerProvider(
            resource=Resource.create({"service.name": service, **(extra_resource or {})})
        )
        self.provider.add_log_record_processor(
            BatchLogRecordProcessor(
                exporter, max_export_batch_size=512, schedule_delay_millis=50, max_queue_size=1_000_000
            )
        )
        self.logger = self.provider.get_logger("e2e.scope", "1.0")

    def emit(
        self,
        body: str | dict,
        severity: int = 9,
        *,
        attributes: dict | None = None,
        trace_id: int = 0,
        span_id: int = 0,
    ) -> None:
        """``severity`` 0: no severity at all (number unspecified, no text); a dict body is
        sent as a structured (kvlist) body."""
        self.logger.emit(
            LogRecord(
                body=body,
                severity_number=SeverityNumber(severity) if severity else None,
                severity_text=SEVERITY_TEXT.get(severity, "INFO") if severity else None,
                attributes=attributes or {},
                trace_id=trace_id or None,
                span_id=span_id or None,
                trace_flags=TraceFlags(1) if trace_id else None,
            )
        )

    async def flush(self, timeout_ms: int = 60_000) -> bool:
        return await asyncio.to_thread(self.provider.force_flush, timeout_ms)

    async def shutdown(self) -> None:
        await asyncio.to_thread(self.provider.shutdown)
