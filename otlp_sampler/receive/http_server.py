"""OTLP/HTTP receiver: ``POST /v1/logs`` and ``POST /i/v1/logs`` (PostHog's path) on aiohttp.

Bodies are protobuf or OTLP/JSON, optionally gzip/deflate; the answer uses the request's
encoding. Success is 200 with an ``ExportLogsServiceResponse``; failures carry a
``google.rpc.Status`` body: 400 malformed, 401 bad token, 404 other paths, 405 other
methods, 408 body not received within ``read_timeout``, 413 too large (checked against
Content-Length up front and counted while streaming, and again after decompression) or
more records than ``receivers.max_records_per_request``, 415
other media types or encodings, 503 with Retry-After when the intake pushes back. With
``tenants.mode: passthrough`` the credential (``Authorization: Bearer`` or else ``?token=``)
is the request's tenant, passed to the intake: 401 without one, 403 off ``tenants.allow``,
429 with Retry-After over ``tenants.max`` (tenants.py).

aiohttp's own body decompression is turned off so that the decompressed size is capped
here, and its access log is off (a PostHog client may carry its token in ``?token=``).
Connections are handled by :mod:`otlp_sampler.receive.connections`: caps in total and per
peer (an idle connection makes room), request headers due within ``header_timeout``; idle
keep-alive connections are cut after ``read_timeout`` by aiohttp's keep-alive timer.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.web_protocol import RequestPayloadError

from otlp_sampler.config import HttpReceiverConfig
from otlp_sampler.intake import Accepted, Intake, TooManyRecords, mentions_sampling
from otlp_sampler.metrics import Metrics
from otlp_sampler.otlp import codec
from otlp_sampler.receive.auth import TokenAuth, upstream_auth
from otlp_sampler.receive.connections import ConnectionLimits, FairServer
from otlp_sampler.receive.limits import BudgetBusy, DecodeLimits, Lease, estimate
from otlp_sampler.receive.listen import server_ssl_context, split_endpoint
from otlp_sampler.tenants import REQUEST_OUTCOMES, Tenant, TenantRefused, Tenants, bearer_token

log = logging.getLogger("otlp_sampler.receive.http")

PATHS = frozenset({"/v1/logs", "/i/v1/logs"})
RECEIVER = "http"
# JSON bodies above this are parsed in a worker thread: json_format is pure Python, and a
# big body parsed inline would stall every other connection on the event loop.
_JSON_INLINE_LIMIT = 256 * 1024
# Once a compressed body has inflated beyond this, the rest is inflated in a worker thread.
_INFLATE_INLINE_LIMIT = 1024 * 1024
_INFLATER: list[ThreadPoolExecutor] = []


def _inflater() -> ThreadPoolExecutor:
    if not _INFLATER:
        _INFLATER.append(ThreadPoolExecutor(1, thread_name_prefix="otlp-inflate"))
    return _INFLATER[0]


# After answering early (413, 408), aiohttp reads and discards the rest of the body this
# long so the client sees the answer rather than a reset; then the connection is closed.
_LINGER_SECONDS = 1.0
_TENANT_CODES = {401: codec.CODE_UNAUTHENTICATED, 403: codec.CODE_PERMISSION_DENIED,
                 429: codec.CODE_RESOURCE_EXHAUSTED}


class _Refusal(Exception):
    """An early answer: HTTP status, google.rpc code, message, extra headers, close after."""

    def __init__(self, status: int, code: int, message: str, *, headers: dict | None = None,
                 close: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers
        self.close = close
        self.retry_after = retry_after


class _ClientErrorLog(logging.LoggerAdapter):
    """aiohttp logs each malformed HTTP message (bad chunking, bad headers) with a traceback
    at ERROR: those are the client's errors, and a hostile client could flood the log with
    them. They go to DEBUG; the handler logs its own failures itself."""

    def exception(self, msg, *args, exc_info=True, **kwargs) -> None:
        self.log(logging.DEBUG, msg, *args, exc_info=exc_info, **kwargs)


class HttpReceiver:
    """The OTLP/HTTP receiver.

    ``HttpReceiver(config, intake, metrics, auth_tokens=())``; ``await start()`` binds
    ``config.endpoint`` (port 0 picks a free one) and returns the port; ``await
    stop(grace)`` stops listening at once, answers 503 to requests that still arrive on
    open connections, and gives requests in flight ``grace`` seconds. ``reuse_port=True``
    (SO_REUSEPORT) is for ``serve --workers`` only, as for the gRPC receiver.
    """

    def __init__(self, config: HttpReceiverConfig, intake: Intake, metrics: Metrics,
                 auth_tokens: Iterable[str] = (), *, reuse_port: bool = False,
                 connection_limits: ConnectionLimits = ConnectionLimits(),
                 decode_limits: DecodeLimits | None = None,
                 trusted_tokens: Iterable[str] = (), tenants: Tenants | None = None) -> None:
        self.config = config
        self._limits = decode_limits or DecodeLimits()
        self._connection_limits = connection_limits
        self._metrics = metrics
        # tenants.mode passthrough: each request's credential is its tenant (tenants.py)
        self._tenants = tenants if tenants is not None and tenants.passthrough else None
        self._intake = intake
        # trusted_tokens: sampling.trusted_upstreams (sample/source.py)
        self._auth, self._trusted = upstream_auth(auth_tokens, trusted_tokens)
        self._reuse_port = reuse_port
        self._max_wire = config.max_request_size
        self._max_body = config.max_decompressed_size
        self._read_timeout = config.read_timeout
        self._stopping = False
        self._server: FairServer | None = None
        self._runner: web.ServerRunner | None = None
        self.port: int | None = None
        requests = metrics.requests
        self._outcomes = {name: requests.labels(RECEIVER, name) for name in (
            "accepted", "backpressure", "invalid", "too_large", "too_many_records", "unsupported",
            "unauthenticated", "timeout", "disconnected", "error", "forbidden", "too_many_tenants")}
        self._accepted = self._outcomes["accepted"]
        self._wire_bytes = metrics.wire_bytes.labels(RECEIVER)

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> int:
        host, port = split_endpoint(self.config.endpoint)
        timeout = self._read_timeout
        self._server = FairServer(
            self._handle,
            limits=self._connection_limits,
            metrics=self._metrics,
            auto_decompress=False,
            access_log=None,
            logger=_ClientErrorLog(log, {}),
            keepalive_timeout=timeout,
            lingering_time=min(_LINGER_SECONDS, timeout),
        )
        self._runner = web.ServerRunner(self._server, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, ssl_context=server_ssl_context(self.config.tls),
                           reuse_port=self._reuse_port or None, backlog=1024)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            raise OSError(exc.errno, f"HTTP receiver cannot listen on {self.config.endpoint}: "
                                     f"{exc.strerror or exc}") from None
        self.port = self._runner.addresses[0][1]
        return self.port

    async def stop(self, grace: float | None = 5.0) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._stopping = True
        for site in list(runner.sites):
            await site.stop()  # no new connections from here on
        if self._server is not None:
            self._server.pre_shutdown()  # closes idle keep-alive connections
            await self._server.shutdown(grace)
        await runner.cleanup()

    # ------------------------------------------------------------------ requests

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        media = codec.media_type_or_none(request.headers.get("Content-Type"))
        try:
            return await self._export(request, media)
        except _Refusal as refusal:
            return self._answer_refusal(refusal, media or codec.JSON)
        except ConnectionError:
            raise  # the client went away mid-request; aiohttp drops the connection quietly
        except Exception:
            self._outcomes["error"].inc()
            log.exception("HTTP receiver failed on a request")
            return self._answer_refusal(_Refusal(500, codec.CODE_INTERNAL, "internal error"),
                                        media or codec.JSON)

    async def _export(self, request: web.BaseRequest, media: str | None) -> web.StreamResponse:
        if request.path not in PATHS:
            raise _Refusal(404, codec.CODE_NOT_FOUND, f"no OTLP logs endpoint at {request.path}")
        if request.method != "POST":
            raise _Refusal(405, codec.CODE_UNIMPLEMENTED, f"{request.method} not allowed: use POST",
                           headers={"Allow": "POST"})
        headers = request.headers
        outcomes = self._outcomes
        tenant = self._tenant(request) if self._tenants is not None else None
        if self._auth.enabled and not self._authorized(request, self._auth):
            outcomes["unauthenticated"].inc()
            raise _Refusal(401, codec.CODE_UNAUTHENTICATED, "missing or invalid bearer token",
                           headers={"WWW-Authenticate": "Bearer"})
        if media is None:
            outcomes["unsupported"].inc()
            raise _Refusal(415, codec.CODE_INVALID_ARGUMENT,
                           f"unsupported Content-Type {headers.get('Content-Type')!r}: "
                           f"use {codec.PROTOBUF} or {codec.JSON}")
        if self._stopping:
            raise self._backpressure(1.0, "shutting down")
        length = request.content_length
        if length is not None and length > self._max_wire:
            outcomes["too_large"].inc()
            raise _Refusal(413, codec.CODE_RESOURCE_EXHAUSTED,
                           f"request body of {length} bytes exceeds {self._max_wire}", close=True)
        try:
            decompressor = codec.Decompressor(headers.get("Content-Encoding"), self._max_body)
        except codec.CodecError as exc:
            outcomes["unsupported"].inc()
            raise _Refusal(exc.status, exc.grpc_code, exc.message) from None
        if headers.get("Expect", "").lower() == "100-continue":
            # Only now, with the headers vetted, does a careful client send its body.
            await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")

        lease = self._limits.lease()  # the decode budget: docs/reliability.md § Hostile input
        try:
            return await self._decode_and_submit(request, media, decompressor, lease, tenant)
        finally:
            lease.release()

    async def _decode_and_submit(self, request: web.BaseRequest, media: str,
                                 decompressor: codec.Decompressor, lease: Lease,
                                 tenant: Tenant | None) -> web.StreamResponse:
        outcomes = self._outcomes
        try:
            async with asyncio.timeout(self._read_timeout):
                size = await self._read_body(request, decompressor, media, lease)
        except BudgetBusy as busy:
            refusal = self._backpressure(busy.retry_after, busy.message)
            refusal.close = True  # the rest of the body is not worth reading
            raise refusal from None
        except TimeoutError:
            outcomes["timeout"].inc()
            raise _Refusal(408, codec.CODE_INVALID_ARGUMENT,
                           f"request body not received within {self._read_timeout:g}s", close=True) from None
        except codec.CodecError as exc:
            outcomes["too_large" if exc.status == 413 else "invalid"].inc()
            raise _Refusal(exc.status, exc.grpc_code, exc.message, close=True) from None
        except ConnectionError:
            outcomes["disconnected"].inc()
            raise
        except (HttpProcessingError, RequestPayloadError) as exc:  # e.g. broken chunked encoding
            outcomes["invalid"].inc()
            raise _Refusal(400, codec.CODE_INVALID_ARGUMENT, f"bad request body: {exc}",
                           close=True) from None
        self._wire_bytes.inc(size)

        try:
            body = decompressor.finish()
            if media == codec.JSON and len(body) > _JSON_INLINE_LIMIT:
                message = await asyncio.to_thread(codec.decode_request_json, body)
            else:
                message = codec.decode_request(body, media)
            self._limits.check_attributes(message, len(body))
        except codec.CodecError as exc:
            outcomes["too_large" if exc.status == 413 else "invalid"].inc()
            raise _Refusal(exc.status, exc.grpc_code, exc.message) from None
        keys = mentions_sampling(body, media == codec.JSON)  # the prefilter: sample/incoming.py
        del body

        if message.resource_logs:
            trusted = self._trusted.enabled and self._authorized(request, self._trusted)
            try:
                result = await self._intake.submit(message, wire_bytes=size, receiver=RECEIVER,
                                                   trusted=trusted, tenant=tenant, sampling_keys=keys)
            except TooManyRecords as exc:
                outcomes["too_many_records"].inc()
                raise _Refusal(413, codec.CODE_RESOURCE_EXHAUSTED, str(exc)) from None
            if type(result) is not Accepted:
                raise self._backpressure(result.retry_after, result.reason)
        self._accepted.inc()
        return web.Response(status=200, body=codec.encode_response(None, media),
                            headers={"Content-Type": media})

    async def _read_body(self, request: web.BaseRequest, decompressor: codec.Decompressor,
                         media: str, lease: Lease) -> int:
        """Stream the body into the decompressor, counting wire bytes against the cap and
        reserving the decoded estimate of what is decompressed in the decode budget."""
        stream = request.content
        limit = self._max_wire
        compressed = request.headers.get("Content-Encoding", "identity").strip().lower() != "identity"
        if request.content_length:  # known: reserved (and waited for) before reading anything
            await lease.grow_to(estimate(request.content_length, media))
        size = 0
        while True:
            chunk = await stream.readany()
            if not chunk:
                return size
            size += len(chunk)
            if size > limit:
                raise codec.RequestTooLarge(f"request body exceeds {limit} bytes")
            if compressed and decompressor.size > _INFLATE_INLINE_LIMIT:
                # zlib lets go of the GIL: a big body inflates beside the event loop, not on it
                # (in one thread for all requests: a gzip flood takes one core at most).
                await asyncio.get_running_loop().run_in_executor(_inflater(), decompressor.feed, chunk)
            else:
                decompressor.feed(chunk)
            await lease.grow_to(estimate(decompressor.size, media))

    def _tenant(self, request: web.BaseRequest) -> Tenant:
        """The request's tenant, from ``Authorization: Bearer`` or else ``?token=``; a refusal
        (401, 403, 429) otherwise, which names no token."""
        header = request.headers.get("Authorization")
        token = bearer_token(header) if header is not None else request.query.get("token")
        try:
            return self._tenants.resolve(token)
        except TenantRefused as refused:
            self._outcomes[REQUEST_OUTCOMES[refused.reason]].inc()
            status = refused.http_status
            headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
            if refused.retry_after is not None:
                headers = {"Retry-After": str(max(1, math.ceil(refused.retry_after)))}
            raise _Refusal(status, _TENANT_CODES[status], refused.message, headers=headers,
                           retry_after=refused.retry_after) from None

    @staticmethod
    def _authorized(request: web.BaseRequest, auth: TokenAuth) -> bool:
        header = request.headers.get("Authorization")
        if header is not None:
            return auth.check_authorization(header)
        # PostHog's clients may pass the project token in the query string instead.
        return auth.check_token(request.query.get("token"))

    def _backpressure(self, retry_after: float, reason: str) -> _Refusal:
        self._outcomes["backpressure"].inc()
        return _Refusal(503, codec.CODE_UNAVAILABLE, reason, retry_after=retry_after,
                        headers={"Retry-After": str(max(1, math.ceil(retry_after)))})

    @staticmethod
    def _answer_refusal(refusal: _Refusal, media: str) -> web.Response:
        retry_after = refusal.retry_after
        details = (codec.retry_info(retry_after),) if retry_after is not None else ()
        body = codec.encode_status(refusal.code, refusal.message, media, details)
        headers = {"Content-Type": media}
        if refusal.headers:
            headers.update(refusal.headers)
        response = web.Response(status=refusal.status, body=body, headers=headers)
        if refusal.close:
            response.force_close()  # the rest of the body is not worth reading
        return response
