"""Recording upstream sinks that speak OTLP: the proxy's exporters send to these in tests.

Two real servers on ephemeral ports (bind port 0, or a fixed port to simulate an upstream
that is down and comes back):

* :class:`GrpcSink` — a grpc.aio ``LogsService``.
* :class:`HttpSink` — aiohttp OTLP/HTTP at ``/v1/logs`` and the PostHog-shaped
  ``/i/v1/logs``; with ``token=`` it demands ``Authorization: Bearer <token>`` or
  ``?token=<token>`` (401 otherwise).

Both record every request (:attr:`Sink.received`, including those answered with an error)
and answer from a script (:meth:`Sink.script`): a sequence of :class:`Reply` (or bare
status codes) consumed one per request, then :attr:`Sink.default`. Only requests answered
with success count as delivered: :meth:`Sink.records` and :meth:`Sink.wait_for_records`
look at those.

Usage from pytest (same event loop)::

    async with HttpSink(token="t") as sink:
        sink.script(503, 503)                       # two failures, then success
        ... point the exporter at sink.posthog_url ...
        await sink.wait_for_records(100, timeout=10)

From a synchronous test or another thread: ``sink.start_in_thread()`` /
``sink.stop_thread()`` run the server on a loop of its own; ``wait_for_records_sync``
polls with a deadline.

Command line (a sink in its own process, e.g. for a manual ``serve`` run)::

    python -m tests.peers.sinks http --port 4319 [--token T]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any

import grpc
from aiohttp import web
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2_grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.otlp.codec import (
    CODE_INVALID_ARGUMENT,
    CODE_UNAVAILABLE,
    JSON,
    PROTOBUF,
    CodecError,
    decode_request_json,
    encode_response,
    encode_status,
    retry_info,
    status_message,
)

# --------------------------------------------------------------------------- scripting


@dataclass(frozen=True)
class Reply:
    """One scripted answer.

    ``status``: an HTTP status (int) for :class:`HttpSink`, a ``grpc.StatusCode`` for
    :class:`GrpcSink` (an int given to a gRPC sink is taken as HTTP-ish: 200 means OK).
    ``retry_after``: seconds as ``Retry-After`` (HTTP; a str is sent verbatim, e.g. an HTTP
    date) or as ``google.rpc.RetryInfo`` in the gRPC status details.
    ``delay``: seconds to wait before answering (a slow upstream).
    ``rejected``: on success, answer an OTLP partial success rejecting this many records.
    """

    status: Any = 200
    retry_after: float | str | None = None
    delay: float = 0.0
    rejected: int = 0
    message: str = ""


@dataclass
class Received:
    """One request as the sink saw it."""

    path: str
    headers: dict[str, str]  # lower-case names
    query: dict[str, str]
    content_type: str
    content_encoding: str
    wire_bytes: int
    request: ExportLogsServiceRequest | None  # None when the body could not be decoded
    status: Any  # what the sink answered
    at: float = field(default_factory=time.monotonic)  # arrival, time.monotonic()

    @property
    def ok(self) -> bool:
        return self.status in (200, grpc.StatusCode.OK)

    @property
    def record_count(self) -> int:
        return count_records(self.request) if self.request is not None else 0


def count_records(request: ExportLogsServiceRequest) -> int:
    return sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs)


# --------------------------------------------------------------------------- common


class Sink:
    """What both sinks share: the script, the recording, waiting with a deadline, threads."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, keep_requests: bool = True) -> None:
        self.host = host
        self.port = port
        self.keep_requests = keep_requests  # False: count only (benchmarks: flat memory)
        self.default = Reply()
        # Answer 503 to the requests this says True of (an upstream refusing one batch).
        self.refuse: Callable[[ExportLogsServiceRequest], bool] | None = None
        self.received: list[Received] = []
        self.delivered_records = 0
        self.delivered_requests = 0
        self.total_requests = 0
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._thread_loop: asyncio.AbstractEventLoop | None = None

    # ---- script

    def script(self, *replies: Reply | int | grpc.StatusCode) -> None:
        """Answer the next requests with these, in order, then with :attr:`default`."""
        with self._lock:
            self._script.extend(r if isinstance(r, Reply) else Reply(status=r) for r in replies)

    def _next_reply(self) -> Reply:
        with self._lock:
            return self._script.popleft() if self._script else self.default

    def _record(self, item: Received) -> None:
        with self._lock:
            self.total_requests += 1
            if item.ok:
                self.delivered_requests += 1
                self.delivered_records += item.record_count
            if self.keep_requests:
                self.received.append(item)

    # ---- what arrived

    @property
    def delivered(self) -> list[Received]:
        """Requests answered with success, in arrival order."""
        with self._lock:
            return [r for r in self.received if r.ok and r.request is not None]

    def iter_records(self) -> Iterator[tuple[Resource, LogRecord]]:
        """(resource, record) for every record of every successfully answered request."""
        for item in self.delivered:
            for rl in item.request.resource_logs:
                for sl in rl.scope_logs:
                    for record in sl.log_records:
                        yield rl.resource, record

    def records(self) -> list[LogRecord]:
        """Every log record of every successfully answered request, flattened."""
        return [record for _, record in self.iter_records()]

    def clear(self) -> None:
        with self._lock:
            self.received.clear()
            self.delivered_records = self.delivered_requests = self.total_requests = 0

    async def wait_for(self, condition, timeout: float = 10.0, what: str = "condition") -> None:
        """Poll ``condition()`` until true; AssertionError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}; {self.describe()}")
            await asyncio.sleep(0.01)

    async def wait_for_records(self, n: int, timeout: float = 10.0) -> list[LogRecord]:
        """Wait until at least ``n`` records were delivered; returns them all."""
        await self.wait_for(lambda: self.delivered_records >= n, timeout, f"{n} records")
        return self.records() if self.keep_requests else []

    async def wait_for_requests(self, n: int, timeout: float = 10.0) -> list[Received]:
        """Wait until at least ``n`` requests (any answer) arrived."""
        await self.wait_for(lambda: self.total_requests >= n, timeout, f"{n} requests")
        with self._lock:
            return list(self.received)

    def wait_for_records_sync(self, n: int, timeout: float = 10.0) -> list[LogRecord]:
        """Blocking variant for a sink running in a thread (see :meth:`start_in_thread`)."""
        deadline = time.monotonic() + timeout
        while self.delivered_records < n:
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {n} records; {self.describe()}")
            time.sleep(0.01)
        return self.records() if self.keep_requests else []

    def describe(self) -> str:
        return (f"{self.total_requests} requests arrived, {self.delivered_requests} answered OK "
                f"with {self.delivered_records} records")

    # ---- lifecycle

    async def start(self) -> None:
        raise NotImplementedError

    async def stop(self) -> None:
        raise NotImplementedError

    async def __aenter__(self):
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    def start_in_thread(self):
        """Run the sink on an event loop of its own in a daemon thread; returns once listening."""
        loop = asyncio.new_event_loop()
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self.start())
            except BaseException as exc:
                failure.append(exc)
                started.set()
                return
            started.set()
            loop.run_forever()

        self._thread_loop = loop
        self._thread = threading.Thread(target=run, name=f"{type(self).__name__}", daemon=True)
        self._thread.start()
        started.wait(10)
        if failure:
            raise failure[0]
        return self

    def stop_thread(self) -> None:
        loop, thread = self._thread_loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
        self._thread = self._thread_loop = None


# --------------------------------------------------------------------------- HTTP


class HttpSink(Sink):
    """OTLP/HTTP receiver at ``/v1/logs`` and ``/i/v1/logs`` that records what it gets.

    ``token``: demand ``Authorization: Bearer <token>`` or ``?token=<token>`` (401 otherwise).
    ``tokens``: accept any of these (PostHog's many projects); the set may change while running.
    ``max_records``: answer 413 to a request with more records than this.
    ``ssl_context``: serve HTTPS.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        max_records: int | None = None,
        ssl_context: ssl.SSLContext | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        keep_requests: bool = True,
        tokens: Iterable[str] | None = None,
    ) -> None:
        super().__init__(host=host, port=port, keep_requests=keep_requests)
        self.token = token
        self.tokens = set(tokens) if tokens is not None else None
        self.max_records = max_records
        self.ssl_context = ssl_context
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        scheme = "https" if self.ssl_context else "http"
        host = "localhost" if self.ssl_context else self.host  # certificates name localhost
        return f"{scheme}://{host}:{self.port}"

    @property
    def logs_url(self) -> str:
        return self.base_url + "/v1/logs"

    @property
    def posthog_url(self) -> str:
        return self.base_url + "/i/v1/logs"

    async def start(self) -> None:
        app = web.Application(client_max_size=256 * 1024 * 1024)
        app.router.add_post("/v1/logs", self._handle)
        app.router.add_post("/i/v1/logs", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self.ssl_context,
                           reuse_address=True)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _authorized(self, request: web.Request) -> bool:
        if self.token is None and self.tokens is None:
            return True
        accepted = {self.token} if self.token is not None else set()
        accepted |= self.tokens or set()
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer ") and header[len("Bearer "):] in accepted:
            return True
        return request.query.get("token") in accepted

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        content_type = request.content_type
        encoding = request.headers.get("Content-Encoding", "").lower()
        headers = {k.lower(): v for k, v in request.headers.items()}
        decoded: ExportLogsServiceRequest | None = None
        reply = None
        if not self._authorized(request):
            status = 401
        elif content_type not in ("application/x-protobuf", "application/json"):
            status = 415
        else:
            try:
                # aiohttp inflates gzip bodies itself; inflate here only if it did not.
                raw = gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body
                if content_type == "application/json":
                    decoded = decode_request_json(raw)
                else:
                    decoded = ExportLogsServiceRequest.FromString(raw)
            except (OSError, ValueError, DecodeError, CodecError):
                decoded = None
            if decoded is None:
                status = 400
            elif self.max_records is not None and count_records(decoded) > self.max_records:
                status = 413
            elif self.refuse is not None and self.refuse(decoded):
                status = 503
            else:
                reply = self._next_reply()
                status = reply.status
        if reply is not None and reply.delay:
            await asyncio.sleep(reply.delay)
        self._record(Received(
            path=request.path, headers=headers, query=dict(request.query), content_type=content_type,
            content_encoding=encoding, wire_bytes=request.content_length or len(body), request=decoded,
            status=status,
        ))
        return self._response(status, reply, content_type)

    def _response(self, status: int, reply: Reply | None, content_type: str) -> web.Response:
        headers = {}
        if reply is not None and reply.retry_after is not None:
            value = reply.retry_after
            if not isinstance(value, str):
                value = str(int(value)) if value == int(value) else str(value)
            headers["Retry-After"] = value
        media = content_type if content_type in (PROTOBUF, JSON) else None
        if status != 200:
            message = (reply.message if reply and reply.message else f"sink answers {status}")
            if media is None:
                return web.Response(status=status, text=message, headers=headers)
            # OTLP/HTTP: an error body is a google.rpc.Status in the request's encoding.
            body = encode_status(CODE_UNAVAILABLE if status >= 500 else CODE_INVALID_ARGUMENT, message, media)
            return web.Response(status=status, body=body, content_type=media, headers=headers)
        response = ExportLogsServiceResponse()
        if reply is not None and reply.rejected:
            response.partial_success.rejected_log_records = reply.rejected
            response.partial_success.error_message = reply.message or "rejected by the sink's script"
        return web.Response(body=encode_response(response, media), content_type=media, headers=headers)


def http_date(seconds_from_now: float) -> str:
    """An HTTP date for ``Retry-After`` (second resolution, as the header allows)."""
    return formatdate(time.time() + seconds_from_now, usegmt=True)


# --------------------------------------------------------------------------- gRPC

_HTTP_TO_GRPC = {200: grpc.StatusCode.OK}


class GrpcSink(Sink):
    """OTLP/gRPC ``LogsService`` that records what it gets.

    ``token``: demand metadata ``authorization: Bearer <token>`` (UNAUTHENTICATED otherwise).
    ``server_credentials``: ``grpc.ssl_server_credentials(...)`` to serve TLS.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        server_credentials: grpc.ServerCredentials | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        keep_requests: bool = True,
    ) -> None:
        super().__init__(host=host, port=port, keep_requests=keep_requests)
        self.default = Reply(status=grpc.StatusCode.OK)
        self.token = token
        self.server_credentials = server_credentials
        self._server: grpc.aio.Server | None = None

    @property
    def target(self) -> str:
        host = "localhost" if self.server_credentials else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        scheme = "https" if self.server_credentials else "http"
        return f"{scheme}://{self.target}"

    async def start(self) -> None:
        server = grpc.aio.server(options=[("grpc.max_receive_message_length", 256 * 1024 * 1024),
                                          ("grpc.so_reuseport", 0)])
        logs_service_pb2_grpc.add_LogsServiceServicer_to_server(_Servicer(self), server)
        address = f"{self.host}:{self.port}"
        if self.server_credentials is not None:
            self.port = server.add_secure_port(address, self.server_credentials)
        else:
            self.port = server.add_insecure_port(address)
        await server.start()
        self._server = server

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.stop(grace=None)
            self._server = None

    async def _export(self, request: ExportLogsServiceRequest, context: grpc.aio.ServicerContext):
        headers = {k.lower(): v for k, v in context.invocation_metadata() if isinstance(v, str)}
        reply = None
        if self.token is not None and headers.get("authorization") != f"Bearer {self.token}":
            code = grpc.StatusCode.UNAUTHENTICATED
        else:
            reply = self._next_reply()
            code = reply.status if isinstance(reply.status, grpc.StatusCode) else _HTTP_TO_GRPC.get(
                reply.status, grpc.StatusCode.UNAVAILABLE)
        if reply is not None and reply.delay:
            await asyncio.sleep(reply.delay)
        # The copy keeps the recording independent of grpc's message object.
        copy = ExportLogsServiceRequest()
        copy.CopyFrom(request)
        self._record(Received(
            path="/opentelemetry.proto.collector.logs.v1.LogsService/Export", headers=headers, query={},
            content_type="application/grpc", content_encoding=headers.get("grpc-encoding", ""),
            wire_bytes=request.ByteSize(), request=copy, status=code,
        ))
        if code != grpc.StatusCode.OK:
            message = reply.message if reply and reply.message else f"sink answers {code.name}"
            trailing = ()
            if reply is not None and reply.retry_after is not None:
                details = _retry_info_status(code, message, reply.retry_after)
                trailing = (("grpc-status-details-bin", details),)
            await context.abort(code, message, trailing_metadata=trailing)
        response = ExportLogsServiceResponse()
        if reply is not None and reply.rejected:
            response.partial_success.rejected_log_records = reply.rejected
            response.partial_success.error_message = reply.message or "rejected by the sink's script"
        return response


def _retry_info_status(code: grpc.StatusCode, message: str, delay: float | str) -> bytes:
    return status_message(code.value[0], message, [retry_info(float(delay))]).SerializeToString()


class _Servicer(logs_service_pb2_grpc.LogsServiceServicer):
    def __init__(self, sink: GrpcSink) -> None:
        self._sink = sink

    async def Export(self, request, context):  # the generated service's method name
        return await self._sink._export(request, context)


# --------------------------------------------------------------------------- helpers


def make_request(
    count: int,
    *,
    service: str = "svc",
    body: str = "record {i}",
    severity: int = 9,
    attributes: Iterable[tuple[str, str]] = (),
) -> ExportLogsServiceRequest:
    """A request of ``count`` records for one service; bodies formatted with the index."""
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

    request = ExportLogsServiceRequest()
    rl = request.resource_logs.add()
    rl.resource.attributes.append(KeyValue(key="service.name", value=AnyValue(string_value=service)))
    sl = rl.scope_logs.add()
    sl.scope.name = "tests"
    extra = [KeyValue(key=k, value=AnyValue(string_value=v)) for k, v in attributes]
    for i in range(count):
        record = sl.log_records.add()
        record.time_unix_nano = 1_700_000_000_000_000_000 + i
        record.severity_number = severity
        record.body.string_value = body.format(i=i)
        record.attributes.extend(extra)
    return request


def bodies(records: Iterable[LogRecord]) -> list[str]:
    return [r.body.string_value for r in records]


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a recording OTLP sink and print what arrives.")
    parser.add_argument("kind", choices=["http", "grpc"])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token")
    args = parser.parse_args(argv)

    async def run() -> None:
        cls = HttpSink if args.kind == "http" else GrpcSink
        sink = cls(token=args.token, host=args.host, port=args.port, keep_requests=False)
        await sink.start()
        print(f"listening on {args.host}:{sink.port}", flush=True)
        try:
            last = -1
            while True:
                await asyncio.sleep(1)
                if sink.delivered_records != last:
                    last = sink.delivered_records
                    print(f"{time.strftime('%H:%M:%S')} {sink.describe()}", flush=True)
        finally:
            await sink.stop()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
