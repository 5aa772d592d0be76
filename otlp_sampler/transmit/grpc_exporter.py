"""OTLP/gRPC exporter: ``LogsService/Export`` over one grpc.aio channel.

The request goes out as the protobuf bytes the queue already holds (the method is called
with an identity serializer). Status codes are classified as the OTLP specification says:
UNAVAILABLE, CANCELLED, DEADLINE_EXCEEDED, ABORTED, OUT_OF_RANGE, DATA_LOSS retryable;
RESOURCE_EXHAUSTED retryable only when the server sent ``google.rpc.RetryInfo`` (without
it, a "message larger than max" is treated as too large so the batch is split);
UNAUTHENTICATED / PERMISSION_DENIED an auth failure; everything else permanent.

Endpoint forms: ``https://host:port`` (TLS), ``http://host:port`` (plaintext), ``host:port``
(TLS, as the OTLP exporter specification defaults to secure).
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import grpc
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceResponse

from otlp_sampler.config import ExporterConfig
from otlp_sampler.redact import credentials, scrub
from otlp_sampler.transmit.result import ExportResult, Sendable, as_payload
from otlp_sampler.transmit.tls import grpc_channel_credentials

log = logging.getLogger(__name__)

EXPORT_METHOD = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
RETRYABLE_CODES = frozenset({
    grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED, grpc.StatusCode.DEADLINE_EXCEEDED,
    grpc.StatusCode.ABORTED, grpc.StatusCode.OUT_OF_RANGE, grpc.StatusCode.DATA_LOSS,
})
AUTH_CODES = frozenset({grpc.StatusCode.UNAUTHENTICATED, grpc.StatusCode.PERMISSION_DENIED})


def parse_endpoint(endpoint: str) -> tuple[str, bool]:
    """(``host:port`` target, use TLS) from an exporter endpoint."""
    if "://" not in endpoint:
        return endpoint.rstrip("/"), True
    parts = urlsplit(endpoint)
    port = parts.port or (443 if parts.scheme == "https" else 4317)
    host = parts.hostname or "localhost"
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{host}:{port}", parts.scheme == "https"


def retry_delay(error: grpc.aio.AioRpcError) -> float | None:
    """The ``google.rpc.RetryInfo`` delay in the status details of a failed call, if any."""
    for key, value in error.trailing_metadata() or ():
        if key != "grpc-status-details-bin" or not isinstance(value, bytes):
            continue
        status = status_pb2.Status()
        try:
            status.ParseFromString(value)
        except Exception:  # a malformed detail is no hint, not a crash
            return None
        for detail in status.details:
            if detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
                info = error_details_pb2.RetryInfo()
                detail.Unpack(info)
                return info.retry_delay.seconds + info.retry_delay.nanos / 1e9
    return None


class GrpcExporter:
    name = "grpc"

    def __init__(self, config: ExporterConfig) -> None:
        if not config.endpoint:
            raise ValueError("exporter.endpoint is required for the OTLP/gRPC exporter")
        self.target, self._secure = parse_endpoint(config.endpoint)
        self._config = config
        self._metadata = tuple((k.lower(), v) for k, v in config.headers.items())
        # An upstream may echo our metadata in its status details: see _classify.
        self._secrets = credentials(config.headers, [config.endpoint])
        gzip = config.compression == "gzip"
        self._compression = grpc.Compression.Gzip if gzip else grpc.Compression.NoCompression
        self._timeout = config.timeout
        self._channel: grpc.aio.Channel | None = None
        self._export = None
        if self._secure and config.tls.insecure_skip_verify:
            log.warning("exporter.tls.insecure_skip_verify is not supported by gRPC: the server "
                        "certificate is still verified; put its CA in exporter.tls.ca_file")

    def _open(self):
        # Created on first use: a grpc.aio channel belongs to the running event loop.
        options = [("grpc.max_send_message_length", -1),
                   ("grpc.max_receive_message_length", 16 * 1024 * 1024),
                   ("grpc.primary_user_agent", "otlp-sampler")]
        if self._secure:
            credentials = grpc_channel_credentials(self._config.tls)
            self._channel = grpc.aio.secure_channel(self.target, credentials, options=options,
                                                    compression=self._compression)
        else:
            self._channel = grpc.aio.insecure_channel(self.target, options=options,
                                                      compression=self._compression)
        # No request serializer: the queue's protobuf bytes go out as they are.
        self._export = self._channel.unary_unary(
            EXPORT_METHOD, request_serializer=None,
            response_deserializer=ExportLogsServiceResponse.FromString)
        return self._export

    async def send(self, request: Sendable) -> ExportResult:
        """Call ``Export``; never raises, every failure is classified in the result."""
        payload = as_payload(request)
        export = self._export or self._open()
        size = len(payload)
        try:
            response = await export(payload, timeout=self._timeout, metadata=self._metadata)
        except grpc.aio.AioRpcError as error:
            return _classify(error, size, self._secrets)
        partial = response.partial_success
        return ExportResult.success(rejected=partial.rejected_log_records,
                                    reason=scrub(partial.error_message, self._secrets), sent_bytes=size)

    async def close(self) -> None:
        if self._channel is not None:
            await self._channel.close()
            self._channel = self._export = None


def _classify(error: grpc.aio.AioRpcError, size: int, secrets: tuple[str, ...] = ()) -> ExportResult:
    code = error.code()
    reason = f"gRPC {code.name}: {scrub(error.details() or '', secrets)}"
    if code in RETRYABLE_CODES:
        return ExportResult.retryable(reason, retry_after=retry_delay(error), sent_bytes=size)
    if code == grpc.StatusCode.RESOURCE_EXHAUSTED:
        hint = retry_delay(error)
        if hint is not None:
            return ExportResult.retryable(reason, retry_after=hint, sent_bytes=size)
        if "larger than" in (error.details() or ""):
            return ExportResult.too_large(reason, sent_bytes=size)
        return ExportResult.permanent(reason, sent_bytes=size)
    return ExportResult.permanent(reason, auth_failed=code in AUTH_CODES, sent_bytes=size)
