"""Clients that know exactly which records the proxy acknowledged.

* :class:`RetryingGrpcClient` — raw OTLP/gRPC over a ``grpc.aio`` channel: numbered records
  in requests of ``batch`` records, retried on UNAVAILABLE / RESOURCE_EXHAUSTED after the
  server's ``RetryInfo`` delay (as OTel exporters do), each acknowledged body recorded.
* :class:`CountingSdkClient` — the OpenTelemetry SDK (LoggerProvider +
  BatchLogRecordProcessor + the SDK's own gRPC ``OTLPLogExporter``), with the exporter
  wrapped to record the bodies of every batch the SDK saw succeed.

Bodies are ``<prefix>-<n>``, so the sink can count each record (duplicates, losses).
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Iterable, Sequence

import grpc
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.sdk._logs.export import LogRecordExporter, LogRecordExportResult

EXPORT_METHOD = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
RETRYABLE = frozenset({grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.RESOURCE_EXHAUSTED,
                       grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.ABORTED})


def numbered_request(prefix: str, start: int, count: int, *, service: str = "reliability",
                     pad: int = 0) -> bytes:
    """A serialized request of ``count`` INFO records with bodies ``prefix-start`` … (plus
    ``pad`` spaces each, for big requests)."""
    padding = " " * pad
    request = ExportLogsServiceRequest()
    rl = request.resource_logs.add()
    attribute = rl.resource.attributes.add()
    attribute.key = "service.name"
    attribute.value.string_value = service
    sl = rl.scope_logs.add()
    sl.scope.name = "reliability"
    for n in range(start, start + count):
        record = sl.log_records.add()
        record.time_unix_nano = 1_700_000_000_000_000_000 + n
        record.severity_number = 9
        record.body.string_value = f"{prefix}-{n}{padding}"
    return request.SerializeToString()


def retry_delay(error: grpc.aio.AioRpcError, default: float) -> float:
    """The server's RetryInfo delay (``grpc-status-details-bin``), else ``default``."""
    for key, value in error.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            status = status_pb2.Status.FromString(value)
            for detail in status.details:
                info = error_details_pb2.RetryInfo()
                if detail.Unpack(info):
                    return info.retry_delay.seconds + info.retry_delay.nanos / 1e9
    return default


class RetryingGrpcClient:
    """Numbered records over raw OTLP/gRPC; see the module docstring.

    ``acked`` holds the bodies the proxy acknowledged, ``refusals`` counts retryable
    answers, ``abandoned`` the records given up after ``give_up`` seconds of retries.
    """

    def __init__(self, target: str, prefix: str, *, batch: int = 10, timeout: float = 5.0,
                 give_up: float = 60.0, max_delay: float = 1.0) -> None:
        self.target = target
        self.prefix = prefix
        self.batch = batch
        self.timeout = timeout
        self.give_up = give_up
        self.max_delay = max_delay
        self.acked: list[str] = []
        self.refusals: Counter[str] = Counter()
        self.abandoned = 0
        self.next = 0
        self._channel: grpc.aio.Channel | None = None
        self._export = None

    async def __aenter__(self) -> RetryingGrpcClient:
        self._channel = grpc.aio.insecure_channel(self.target)
        self._export = self._channel.unary_unary(EXPORT_METHOD)  # raw bytes both ways
        return self

    async def __aexit__(self, *exc) -> None:
        await self._channel.close()

    async def send_once(self, payload: bytes) -> grpc.StatusCode:
        """One attempt; the status code (OK or the failure's)."""
        try:
            await self._export(payload, timeout=self.timeout)
        except grpc.aio.AioRpcError as error:
            return error.code()
        return grpc.StatusCode.OK

    async def send(self, count: int | None = None, *, retry: bool = True) -> bool:
        """Send the next request (``count`` records, default ``batch``); True once acknowledged."""
        count = count or self.batch
        start, self.next = self.next, self.next + count
        payload = numbered_request(self.prefix, start, count)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.give_up
        while True:
            try:
                await self._export(payload, timeout=self.timeout)
            except grpc.aio.AioRpcError as error:
                self.refusals[error.code().name] += 1
                if not retry or error.code() not in RETRYABLE or loop.time() > deadline:
                    self.abandoned += count
                    return False
                await asyncio.sleep(min(retry_delay(error, 0.1), self.max_delay))
                continue
            self.acked.extend(f"{self.prefix}-{n}" for n in range(start, start + count))
            return True

    async def send_many(self, requests: int, *, concurrency: int = 1, pace: float = 0.0,
                        stop: asyncio.Event | None = None) -> None:
        """``requests`` requests from ``concurrency`` senders, ``pace`` seconds apart per sender."""
        remaining = [requests]

        async def sender() -> None:
            while remaining[0] > 0 and not (stop and stop.is_set()):
                remaining[0] -= 1
                await self.send()
                if pace:
                    await asyncio.sleep(pace)

        await asyncio.gather(*(sender() for _ in range(concurrency)))


class _CountingExporter(LogRecordExporter):
    """Wraps the SDK's exporter; records the bodies of each batch it reports a success for."""

    def __init__(self, inner: LogRecordExporter) -> None:
        self.inner = inner
        self.acked: list[str] = []
        self.failed = 0
        self._lock = threading.Lock()

    def export(self, batch: Sequence) -> LogRecordExportResult:
        result = self.inner.export(batch)
        with self._lock:
            if result == LogRecordExportResult.SUCCESS:
                self.acked.extend(str(item.log_record.body) for item in batch)
            else:
                self.failed += len(batch)
        return result

    def shutdown(self) -> None:
        self.inner.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self.inner.force_flush(timeout_millis)


class CountingSdkClient:
    """The OpenTelemetry SDK as an application uses it (LoggerProvider, BatchLogRecordProcessor,
    the SDK's ``OTLPLogExporter`` over gRPC), its exporter wrapped to record what succeeded."""

    def __init__(self, port: int, prefix: str, *, timeout: float = 30.0) -> None:
        from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
        from opentelemetry.sdk._logs import LoggerProvider
        from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
        from opentelemetry.sdk.resources import Resource

        self.counter = _CountingExporter(OTLPLogExporter(endpoint=f"127.0.0.1:{port}", insecure=True,
                                                         timeout=timeout))
        self.provider = LoggerProvider(resource=Resource.create({"service.name": "reliability"}))
        self.provider.add_log_record_processor(BatchLogRecordProcessor(
            self.counter, max_export_batch_size=100, schedule_delay_millis=20, max_queue_size=1_000_000))
        self.logger = self.provider.get_logger("reliability")
        self.prefix = prefix
        self.next = 0

    @property
    def acked(self) -> list[str]:
        with self.counter._lock:
            return list(self.counter.acked)

    @property
    def abandoned(self) -> int:
        return self.counter.failed

    def emit_numbered(self, count: int) -> None:
        """Log ``count`` INFO records with bodies ``prefix-n``."""
        from opentelemetry._logs import LogRecord, SeverityNumber

        for n in range(self.next, self.next + count):
            self.logger.emit(LogRecord(body=f"{self.prefix}-{n}", severity_number=SeverityNumber.INFO,
                                       severity_text="INFO"))
        self.next += count

    async def flush(self, timeout_ms: int = 60_000) -> bool:
        return await asyncio.to_thread(self.provider.force_flush, timeout_ms)

    async def shutdown(self) -> None:
        await asyncio.to_thread(self.provider.shutdown)


def tally(acked: Iterable[str], delivered: Iterable[str]) -> dict[str, int]:
    """sent (acknowledged to the client) / received / duplicated / lost / extra, as counts."""
    sent = set(acked)
    counts = Counter(delivered)
    received = sum(counts.values())
    return {
        "sent": len(sent),
        "received": received,
        "duplicated": received - len(counts),
        "lost": len(sent - counts.keys()),
        # At the sink but never acknowledged to the client (in flight at a crash): not lost.
        "extra": len(counts.keys() - sent),
    }
