"""OTLP/gRPC receiver: ``LogsService/Export`` on grpc.aio.

The servicer is the one generated from opentelemetry-proto, but it is registered with an
identity request deserializer: the handler gets the raw message bytes and parses them
itself. That gives the request's size for free, and turns a message that does not parse
(bad UTF-8, corrupt wire data) into INVALID_ARGUMENT as OTLP asks, where grpc's own
deserialization failure would answer INTERNAL.

Answers: success -> empty ``ExportLogsServiceResponse``; malformed -> INVALID_ARGUMENT;
over ``max_request_size`` (after gRPC decompression) -> RESOURCE_EXHAUSTED (grpc itself);
more records than ``receivers.max_records_per_request`` -> RESOURCE_EXHAUSTED, no retry delay;
:class:`~otlp_sampler.intake.Backpressure` -> UNAVAILABLE with a ``google.rpc.RetryInfo``
both in ``grpc-status-details-bin`` (Go exporters, the Collector) and in
``google.rpc.retryinfo-bin`` (the Python SDK's exporter); a bad or missing bearer token
when tokens are configured -> UNAUTHENTICATED; over the decode limits
(:mod:`otlp_sampler.receive.limits`) -> RESOURCE_EXHAUSTED, or UNAVAILABLE with
``RetryInfo`` while the decode budget is full. One client connection has at most
``max_concurrent_streams`` calls in progress; the client holds the others back. With
``tenants.mode: passthrough`` the ``authorization`` metadata's bearer token is the call's
tenant, passed to the intake: UNAUTHENTICATED without one, PERMISSION_DENIED off
``tenants.allow``, RESOURCE_EXHAUSTED with a RetryInfo over ``tenants.max`` (tenants.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

import grpc
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2_grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.config import GrpcReceiverConfig
from otlp_sampler.intake import Accepted, Intake, TooManyRecords, mentions_sampling
from otlp_sampler.metrics import Metrics
from otlp_sampler.otlp import codec
from otlp_sampler.receive.auth import TokenAuth, upstream_auth
from otlp_sampler.receive.limits import BudgetBusy, DecodeLimits, estimate
from otlp_sampler.receive.listen import ensure_free, grpc_server_credentials
from otlp_sampler.tenants import REQUEST_OUTCOMES, Tenant, TenantRefused, Tenants, bearer_token

log = logging.getLogger("otlp_sampler.receive.grpc")

SERVICE_NAME = "opentelemetry.proto.collector.logs.v1.LogsService"
RECEIVER = "grpc"
_EMPTY_RESPONSE = b""  # a serialized empty ExportLogsServiceResponse: full success


class LogsServicer(logs_service_pb2_grpc.LogsServiceServicer):
    """``Export`` over raw request bytes; see the module docstring for why."""

    def __init__(self, intake: Intake, metrics: Metrics, auth: TokenAuth, trusted: TokenAuth,
                 limits: DecodeLimits | None = None, tenants: Tenants | None = None) -> None:
        self._intake = intake
        self._limits = limits or DecodeLimits()
        # tenants.mode passthrough: each call's credential is its tenant (tenants.py)
        self._tenants = tenants if tenants is not None and tenants.passthrough else None
        self._auth = auth
        self._trusted = trusted  # sampling.trusted_upstreams (sample/source.py)
        self._parse = ExportLogsServiceRequest.FromString
        # Label children resolved once: the call path only increments.
        requests = metrics.requests
        self._accepted = requests.labels(RECEIVER, "accepted")
        self._backpressure = requests.labels(RECEIVER, "backpressure")
        self._invalid = requests.labels(RECEIVER, "invalid")
        self._too_large = requests.labels(RECEIVER, "too_large")
        self._too_many_records = requests.labels(RECEIVER, "too_many_records")
        self._unauthenticated = requests.labels(RECEIVER, "unauthenticated")
        self._tenant_outcomes = {reason: requests.labels(RECEIVER, outcome)
                                 for reason, outcome in REQUEST_OUTCOMES.items()}
        self._error = requests.labels(RECEIVER, "error")
        self._wire_bytes = metrics.wire_bytes.labels(RECEIVER)

    @staticmethod
    def _authorized(context: grpc.aio.ServicerContext, auth: TokenAuth) -> bool:
        for key, value in context.invocation_metadata() or ():
            if key == "authorization":
                return auth.check_authorization(value if isinstance(value, str) else None)
        return False

    async def _tenant(self, context: grpc.aio.ServicerContext):
        token = None
        for key, value in context.invocation_metadata() or ():
            if key == "authorization":
                token = bearer_token(value if isinstance(value, str) else None)
                break
        try:
            return self._tenants.resolve(token)
        except TenantRefused as refused:
            self._tenant_outcomes[refused.reason].inc()
            trailing = ()
            if refused.retry_after is not None:
                info = codec.retry_info(refused.retry_after)
                status = codec.status_message(codec.CODE_RESOURCE_EXHAUSTED, refused.message, (info,))
                trailing = (("grpc-status-details-bin", status.SerializeToString()),
                            ("google.rpc.retryinfo-bin", info.SerializeToString()))
            await context.abort(getattr(grpc.StatusCode, refused.grpc_code), refused.message,
                                trailing_metadata=trailing)

    async def Export(self, request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        tenant = await self._tenant(context) if self._tenants is not None else None
        if self._auth.enabled and not self._authorized(context, self._auth):
            self._unauthenticated.inc()
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "missing or invalid bearer token")
        size = len(request)
        self._wire_bytes.inc(size)
        lease = self._limits.lease()  # the decode budget: docs/reliability.md § Hostile input
        try:
            try:
                await lease.grow_to(estimate(size, codec.PROTOBUF))
            except codec.RequestTooLarge as exc:
                self._too_large.inc()
                await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, exc.message)
            except BudgetBusy as busy:
                await self._unavailable(context, busy.retry_after, busy.message)
            return await self._decode_and_submit(request, size, context, tenant)
        finally:
            lease.release()

    async def _decode_and_submit(self, request: bytes, size: int, context: grpc.aio.ServicerContext,
                                 tenant: Tenant | None) -> bytes:
        try:
            message = self._parse(request)
        except DecodeError as exc:
            self._invalid.inc()
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                f"invalid ExportLogsServiceRequest: {exc}")
        if not message.resource_logs:
            self._accepted.inc()
            return _EMPTY_RESPONSE
        try:
            self._limits.check_attributes(message, size)
        except codec.RequestTooLarge as exc:
            self._too_large.inc()
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, exc.message)
        try:
            trusted = self._trusted.enabled and self._authorized(context, self._trusted)
            keys = mentions_sampling(request)  # the prefilter: sample/incoming.py
            result = await self._intake.submit(message, wire_bytes=size, receiver=RECEIVER,
                                               trusted=trusted, tenant=tenant, sampling_keys=keys)
        except TooManyRecords as exc:
            self._too_many_records.inc()
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, str(exc))
        except Exception:
            self._error.inc()
            log.exception("intake failed on a gRPC export request")
            await context.abort(grpc.StatusCode.INTERNAL, "internal error")
        if type(result) is Accepted:
            self._accepted.inc()
            return _EMPTY_RESPONSE
        await self._unavailable(context, result.retry_after, result.reason)

    async def _unavailable(self, context: grpc.aio.ServicerContext, retry_after: float, reason: str) -> None:
        """Abort with UNAVAILABLE and the retry delay in both places clients look for it."""
        self._backpressure.inc()
        info = codec.retry_info(retry_after)
        status = codec.status_message(codec.CODE_UNAVAILABLE, reason, (info,))
        await context.abort(
            grpc.StatusCode.UNAVAILABLE,
            reason,
            trailing_metadata=(
                ("grpc-status-details-bin", status.SerializeToString()),
                ("google.rpc.retryinfo-bin", info.SerializeToString()),
            ),
        )


class GrpcReceiver:
    """The OTLP/gRPC receiver.

    ``GrpcReceiver(config, intake, metrics, auth_tokens=())``; ``await start()`` binds
    ``config.endpoint`` (port 0 picks a free one) and returns the port; ``await
    stop(grace)`` refuses new calls at once and gives calls in flight ``grace`` seconds.
    ``reuse_port=True`` (SO_REUSEPORT) is for ``serve --workers`` only: without it a port
    that is taken fails the start, instead of silently splitting traffic with its owner.
    """

    def __init__(self, config: GrpcReceiverConfig, intake: Intake, metrics: Metrics,
                 auth_tokens: Iterable[str] = (), *, reuse_port: bool = False,
                 trusted_tokens: Iterable[str] = (), decode_limits: DecodeLimits | None = None,
                 tenants: Tenants | None = None) -> None:
        self.config = config
        self._servicer = LogsServicer(intake, metrics, *upstream_auth(auth_tokens, trusted_tokens),
                                      limits=decode_limits, tenants=tenants)
        self._reuse_port = reuse_port
        self._server: grpc.aio.Server | None = None
        self._services: list[Callable[[grpc.aio.Server], None]] = []
        self.port: int | None = None

    def add_service(self, register: Callable[[grpc.aio.Server], None]) -> None:
        """Serve another gRPC service on this port (the policy service): ``register(server)``
        adds its handlers at start."""
        self._services.append(register)

    async def start(self) -> int:
        options = [
            ("grpc.max_receive_message_length", self.config.max_request_size),
            ("grpc.max_send_message_length", 4 * 1024 * 1024),
            # One connection cannot hold an unbounded number of calls open (issue 14 item 3).
            ("grpc.max_concurrent_streams", self.config.max_concurrent_streams),
            # SO_REUSEPORT lets `serve --workers N` processes share the port; gRPC turns it
            # on unless told otherwise.
            ("grpc.so_reuseport", 1 if self._reuse_port else 0),
        ]
        server = grpc.aio.server(options=options)
        handler = grpc.method_handlers_generic_handler(SERVICE_NAME, {
            "Export": grpc.unary_unary_rpc_method_handler(
                self._servicer.Export,
                request_deserializer=None,  # raw bytes: the servicer parses them
                response_serializer=None,  # the servicer answers pre-serialized bytes
            ),
        })
        server.add_generic_rpc_handlers((handler,))
        for register in self._services:
            register(server)
        credentials = grpc_server_credentials(self.config.tls)
        endpoint = self.config.endpoint
        try:
            if credentials is None:
                port = server.add_insecure_port(endpoint)
            else:
                port = server.add_secure_port(endpoint, credentials)
        except RuntimeError as exc:
            port, failure = 0, str(exc)
        else:
            failure = ""
        if not port:
            # gRPC says only "failed to bind": ask the operating system why (address in use?).
            ensure_free(endpoint, "gRPC receiver")
            raise OSError(f"gRPC receiver cannot listen on {endpoint}" + (f": {failure}" if failure else ""))
        await server.start()
        self._server = server
        self.port = port
        return port

    async def stop(self, grace: float | None = 5.0) -> None:
        server, self._server = self._server, None
        if server is not None:
            await server.stop(grace)
