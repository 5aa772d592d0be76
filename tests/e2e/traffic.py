"""Traffic and admin calls for the policy-loop e2e tests: real OTLP/gRPC and real HTTP.

:class:`OtlpGrpc` sends hand-built requests over a grpc.aio channel to the proxy's
receiver; :class:`Paced` keeps sending in the background at a rate the test can change,
numbering each record so the test knows what was sent when; :class:`Admin` calls the
admin API with an aiohttp client; :func:`poll` waits for an async condition with a deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2_grpc import LogsServiceStub
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource


def logs_request(batches: dict[str, list[tuple[str, int]]]) -> ExportLogsServiceRequest:
    """One request: ``{service: [(body, severity_number), ...]}``."""
    request = ExportLogsServiceRequest()
    now = time.time_ns()
    for service, records in batches.items():
        resource = Resource(attributes=[KeyValue(key="service.name", value=AnyValue(string_value=service))])
        request.resource_logs.append(ResourceLogs(resource=resource, scope_logs=[ScopeLogs(log_records=[
            LogRecord(time_unix_nano=now, severity_number=severity, body=AnyValue(string_value=body))
            for body, severity in records])]))
    return request


class OtlpGrpc:
    """A plaintext OTLP/gRPC client of the proxy's receiver."""

    def __init__(self, port: int) -> None:
        self._channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
        self._stub = LogsServiceStub(self._channel)

    async def send(self, request: ExportLogsServiceRequest) -> None:
        await self._stub.Export(request, timeout=10)

    async def close(self) -> None:
        await self._channel.close()

    async def __aenter__(self) -> OtlpGrpc:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class Paced:
    """Sends ``rate`` records/s (changeable) from ``make(seq)`` in the background.

    ``make(seq) -> {service: [(body, severity)]}`` builds the records for one sequence
    number; the count due is computed from elapsed time, so a late tick sends more rather
    than letting the rate sag on a busy machine. A request answered UNAVAILABLE (the proxy
    took nothing and asks to be retried: backpressure, a receiver not yet answering) is
    sent again a tick later, as an OTLP exporter does (``retries`` counts them), instead of
    ending the traffic with an error that only ``stop()`` would raise.
    """

    def __init__(self, client: OtlpGrpc, make: Callable[[int], dict[str, list[tuple[str, int]]]], rate: float,
                 *, tick: float = 0.05) -> None:
        self.client = client
        self.make = make
        self.rate = rate
        self.tick = tick
        self.sent = 0  # next sequence number
        self.answered = 0  # every record below it is in a request the receiver has answered
        self.retries = 0  # requests sent again after UNAVAILABLE
        self._task: asyncio.Task | None = None

    def start(self) -> Paced:
        self._task = asyncio.create_task(self._run(), name="paced-traffic")
        return self

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        owed = 0.0
        last = time.monotonic()
        while True:
            await asyncio.sleep(self.tick)
            now = time.monotonic()
            owed += self.rate * (now - last)
            last = now
            due = int(owed)
            if not due:
                continue
            owed -= due
            batches: dict[str, list[tuple[str, int]]] = {}
            for seq in range(self.sent, self.sent + due):
                for service, records in self.make(seq).items():
                    batches.setdefault(service, []).extend(records)
            self.sent += due
            request = logs_request(batches)
            while True:
                try:
                    await self.client.send(request)
                    break
                except grpc.aio.AioRpcError as error:
                    if error.code() != grpc.StatusCode.UNAVAILABLE:
                        raise
                    self.retries += 1
                    await asyncio.sleep(self.tick)
            self.answered = self.sent  # (one request at a time: sent is this request's end)


class Admin:
    """The admin API over HTTP."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))

    async def get(self, path: str) -> Any:
        async with self._session.get(self.base + path) as response:
            assert response.status == 200, (path, response.status, await response.text())
            if response.content_type == "application/json":
                return await response.json()
            return await response.text()

    async def post(self, path: str) -> Any:
        async with self._session.post(self.base + path, json={}) as response:
            assert response.status == 200, (path, response.status, await response.text())
            return await response.json()

    async def metric(self, name: str, **labels: str) -> float:
        """One sample of /metrics (0 when absent), read from the Prometheus text."""
        from prometheus_client.parser import text_string_to_metric_families

        text = await self.get("/metrics")
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                    return sample.value
        return 0.0

    async def close(self) -> None:
        await self._session.close()

    async def __aenter__(self) -> Admin:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


