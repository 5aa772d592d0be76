"""Receiver fixtures: real grpc.aio / aiohttp receivers on ephemeral ports in front of a
recording :class:`~otlp_sampler.intake.Intake` (a test double of our own interface)."""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque

import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.config import GrpcReceiverConfig, HttpReceiverConfig
from otlp_sampler.intake import Accepted, Backpressure, IntakeResult
from otlp_sampler.metrics import Metrics
from otlp_sampler.receive.connections import ConnectionLimits
from otlp_sampler.receive.grpc_server import GrpcReceiver
from otlp_sampler.receive.http_server import HttpReceiver
from tests.peers.waiting import eventually


class RecordingIntake:
    """Keeps every submitted request; answers from a script, then Accepted."""

    def __init__(self) -> None:
        self.requests: list[tuple[ExportLogsServiceRequest, int, str]] = []
        self.answers: deque[IntakeResult] = deque()
        self.refused = 0
        self.tenants: list = []  # the tenant of every accepted request (None without one)
        self.sampling_keys: list[bool] = []  # the receiver's prefilter answer for each one
        self.entered = asyncio.Event()  # set by every submit
        self._gate: asyncio.Event | None = None

    def hold(self) -> asyncio.Event:
        """Make submit wait (after setting :attr:`entered`) until the returned event is set."""
        self._gate = asyncio.Event()
        return self._gate

    def script(self, *answers: IntakeResult) -> None:
        self.answers.extend(answers)

    async def submit(self, request: ExportLogsServiceRequest, *, wire_bytes: int,
                     receiver: str, trusted: bool = False, tenant=None,
                     sampling_keys: bool = True) -> IntakeResult:
        self.entered.set()
        if self._gate is not None:
            await self._gate.wait()
        if self.answers:
            answer = self.answers.popleft()
            if isinstance(answer, Backpressure):
                self.refused += 1
                return answer
        self.requests.append((request, wire_bytes, receiver))
        self.tenants.append(tenant)
        self.sampling_keys.append(sampling_keys)
        return Accepted(sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs))

    def accepting(self) -> bool:
        return True

    @property
    def records(self):
        return [(rl.resource, sl.scope, record)
                for request, _, _ in self.requests
                for rl in request.resource_logs for sl in rl.scope_logs for record in sl.log_records]


def counter(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


@contextlib.asynccontextmanager
async def grpc_receiver(intake, metrics=None, auth_tokens=(), decode_limits=None, tenants=None, **config):
    receiver = GrpcReceiver(GrpcReceiverConfig(endpoint="127.0.0.1:0", **config), intake,
                            metrics or Metrics(), auth_tokens=auth_tokens, reuse_port=False,
                            decode_limits=decode_limits, tenants=tenants)
    await receiver.start()
    try:
        yield receiver
    finally:
        await receiver.stop(0.5)


@contextlib.asynccontextmanager
async def http_receiver(intake, metrics=None, auth_tokens=(), connection_limits=ConnectionLimits(),
                        decode_limits=None, tenants=None, **config):
    receiver = HttpReceiver(HttpReceiverConfig(endpoint="127.0.0.1:0", **config), intake,
                            metrics or Metrics(), auth_tokens=auth_tokens, reuse_port=False,
                            connection_limits=connection_limits, decode_limits=decode_limits,
                            tenants=tenants)
    await receiver.start()
    try:
        yield receiver
    finally:
        await receiver.stop(0.5)


@pytest.fixture
def intake() -> RecordingIntake:
    return RecordingIntake()


@pytest.fixture
def metrics() -> Metrics:
    return Metrics()


def sample_request(n: int = 3, *, service: str = "checkout",
                   body: str = "order {i} placed") -> ExportLogsServiceRequest:
    """A request with ids, attributes and a resource, for asserting round trips."""
    request = ExportLogsServiceRequest()
    resource_logs = request.resource_logs.add()
    resource_logs.resource.attributes.add(key="service.name").value.string_value = service
    scope_logs = resource_logs.scope_logs.add()
    scope_logs.scope.name = "tests.receive"
    for i in range(n):
        record = scope_logs.log_records.add()
        record.time_unix_nano = 1_700_000_000_000_000_000 + i
        record.severity_number = 9
        record.severity_text = "INFO"
        record.body.string_value = body.format(i=i)
        record.attributes.add(key="i").value.int_value = i
        record.trace_id = bytes([(i + 1) % 256]) * 16
        record.span_id = bytes([(i + 2) % 256]) * 8
    return request


class SdkLogs:
    """The OpenTelemetry SDK's own pipeline around a given OTLPLogExporter (gRPC or HTTP)."""

    def __init__(self, exporter, service: str = "sdk-service") -> None:
        from opentelemetry.sdk._logs import LoggerProvider
        from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
        from opentelemetry.sdk.resources import Resource

        resource = Resource.create({"service.name": service, "team": "payments"})
        self.provider = LoggerProvider(resource=resource)
        self.provider.add_log_record_processor(BatchLogRecordProcessor(exporter, schedule_delay_millis=20))
        self.logger = self.provider.get_logger("tests.receive.sdk", "2.0")

    def emit(self, body: str, *, severity: int = 9, attributes: dict | None = None,
             trace_id: int | None = None, span_id: int | None = None) -> None:
        from opentelemetry._logs import LogRecord, SeverityNumber
        from opentelemetry.trace import TraceFlags

        self.logger.emit(LogRecord(body=body, severity_number=SeverityNumber(severity), severity_text="INFO",
                                   attributes=attributes or {}, trace_id=trace_id, span_id=span_id,
                                   trace_flags=TraceFlags(1) if trace_id else None))

    async def flush(self) -> bool:
        # The SDK exports from its own thread with blocking I/O; the receiver runs on this loop.
        return await asyncio.to_thread(self.provider.force_flush, 20_000)

    async def close(self) -> None:
        await asyncio.to_thread(self.provider.shutdown)


TRACE_ID = 0x0AF7651916CD43DD8448EB211C80319C
SPAN_ID = 0xB7AD6B7169203331


async def send_through_sdk(exporter, intake: RecordingIntake, n: int = 3) -> None:
    """Emit ``n`` records with attributes and ids through the SDK's ``exporter``; wait for all of them."""
    sdk = SdkLogs(exporter)
    try:
        for i in range(n):
            sdk.emit(f"payment {i} captured", severity=13, attributes={"amount": i * 10, "ok": True},
                     trace_id=TRACE_ID + i, span_id=SPAN_ID + i)
        assert await sdk.flush()
        await eventually(lambda: len(intake.records) >= n, what=f"{n} records at the intake")
    finally:
        await sdk.close()


def assert_sdk_records(intake: RecordingIntake, n: int = 3) -> None:
    """Body, attributes, resource, scope and ids arrived exactly as the SDK sent them."""
    records = sorted(intake.records, key=lambda item: item[2].body.string_value)
    assert len(records) == n
    for i, (resource, scope, record) in enumerate(records):
        resource_attributes = {kv.key: kv.value.string_value for kv in resource.attributes}
        assert resource_attributes["service.name"] == "sdk-service"
        assert resource_attributes["team"] == "payments"
        assert scope.name == "tests.receive.sdk" and scope.version == "2.0"
        assert record.body.string_value == f"payment {i} captured"
        assert record.severity_number == 13
        attributes = {kv.key: kv.value for kv in record.attributes}
        assert attributes["amount"].int_value == i * 10
        assert attributes["ok"].bool_value is True
        assert record.trace_id == (TRACE_ID + i).to_bytes(16, "big")
        assert record.span_id == (SPAN_ID + i).to_bytes(8, "big")
        assert record.flags & 0xFF == 1
