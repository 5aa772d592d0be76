"""OTLP/HTTP exporter (``http/protobuf``, ``http/json``): PostHog's ``/i/v1/logs`` or any OTLP receiver.

One aiohttp session with keep-alive per exporter. Answers are classified as the OTLP
specification says: 2xx success (with partial success counted), 429/502/503/504 retryable
honouring ``Retry-After``, 413 too large (the caller splits), 401/403 an auth failure,
every other status permanent — except 500, retryable a bounded number of times
(``exporter.retry.on_http_500``, counted by the caller). Connection errors and timeouts
are retryable.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from otlp_sampler.config import ExporterConfig
from otlp_sampler.otlp.codec import (
    JSON,
    PROTOBUF,
    CodecError,
    decode_response,
    decode_status,
    encode_request_json,
    gzip_compress,
    media_type_or_none,
)
from otlp_sampler.redact import credentials, scrub
from otlp_sampler.transmit.result import ExportResult, Sendable, as_message, as_payload
from otlp_sampler.transmit.retry import parse_retry_after
from otlp_sampler.transmit.tls import client_ssl_context

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
AUTH_STATUSES = frozenset({401, 403})
# Level 1 compresses log text ~3x faster than the default 6 for a few percent more bytes;
# at the proxy's throughput the CPU matters more than the last bytes.
GZIP_LEVEL = 1
# Bodies above this are compressed in a worker thread: zlib releases the GIL, so the event
# loop keeps serving receivers while a large batch is compressed.
COMPRESS_IN_THREAD = 64 * 1024
MAX_ERROR_BODY = 64 * 1024


def logs_url(endpoint: str) -> str:
    """The URL to POST to: the endpoint as given, with ``/v1/logs`` added to a bare host."""
    parts = urlsplit(endpoint)
    if parts.path in ("", "/"):
        parts = parts._replace(path="/v1/logs")
    return urlunsplit(parts)


class HttpExporter:
    def __init__(self, config: ExporterConfig, *, json: bool = False) -> None:
        if not config.endpoint:
            raise ValueError("exporter.endpoint is required for the OTLP/HTTP exporter")
        self.name = "http/json" if json else "http/protobuf"
        self.url = logs_url(config.endpoint)
        self._json = json
        self._gzip = config.compression == "gzip"
        self._headers = {"Content-Type": JSON if json else PROTOBUF, "User-Agent": "otlp-sampler"}
        if self._gzip:
            self._headers["Content-Encoding"] = "gzip"
        self._headers.update(config.headers)
        # An upstream may echo our credentials in an error body: see _classify.
        self._secrets = credentials(config.headers, [self.url])
        self._ssl = client_ssl_context(config.tls) if urlsplit(self.url).scheme == "https" else None
        self._timeout = aiohttp.ClientTimeout(total=config.timeout)
        self._timeout_seconds = config.timeout
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        # Created on first use: a ClientSession belongs to the running event loop.
        connector = aiohttp.TCPConnector(ssl=self._ssl if self._ssl is not None else True, limit=64)
        self._session = aiohttp.ClientSession(connector=connector, timeout=self._timeout)
        return self._session

    async def _body(self, request: Sendable) -> bytes:
        body = encode_request_json(as_message(request)) if self._json else as_payload(request)
        if not self._gzip:
            return body
        if len(body) >= COMPRESS_IN_THREAD:
            return await asyncio.to_thread(gzip_compress, body, GZIP_LEVEL)
        return gzip_compress(body, GZIP_LEVEL)

    async def send(self, request: Sendable) -> ExportResult:
        """POST the request; never raises, every failure is classified in the result."""
        body = await self._body(request)
        session = self._session or self._open()
        size = len(body)
        try:
            # Not following redirects: aiohttp turns a redirected POST into a body-less
            # GET, whose 200 would count records delivered that never arrived.
            async with session.post(self.url, data=body, headers=self._headers,
                                    allow_redirects=False) as response:
                data = await response.content.read(MAX_ERROR_BODY) if response.status >= 300 else \
                    await response.read()
                return self._classify(response, data, size)
        except TimeoutError:
            return ExportResult.retryable(f"no answer within {self._timeout_seconds:g}s", sent_bytes=size)
        except aiohttp.ClientError as exc:  # its text may hold the URL, query included
            reason = f"connection failed: {type(exc).__name__}: {exc}"
            return ExportResult.retryable(scrub(reason, self._secrets))
        except OSError as exc:
            return ExportResult.retryable(scrub(f"connection failed: {exc}", self._secrets))

    def _classify(self, response: aiohttp.ClientResponse, data: bytes, size: int) -> ExportResult:
        status = response.status
        media = media_type_or_none(response.headers.get("Content-Type")) or PROTOBUF
        if 200 <= status < 300:
            try:
                answer = decode_response(data, media)
            except CodecError:
                return ExportResult.success(sent_bytes=size)  # an odd body on success is still success
            partial = answer.partial_success
            return ExportResult.success(rejected=partial.rejected_log_records,
                                        reason=scrub(partial.error_message, self._secrets), sent_bytes=size)
        reason = f"HTTP {status}: {scrub(_error_message(data, media), self._secrets)}"
        if status in RETRYABLE_STATUSES or status == 500:
            hint = parse_retry_after(response.headers.get("Retry-After"))
            return ExportResult.retryable(reason, retry_after=hint, sent_bytes=size,
                                          server_error=status == 500)
        if status == 413:
            return ExportResult.too_large(reason, sent_bytes=size)
        return ExportResult.permanent(reason, auth_failed=status in AUTH_STATUSES, sent_bytes=size)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def _error_message(data: bytes, media: str) -> str:
    """The upstream's explanation: a google.rpc.Status message if it sent one, else its text.

    Raw: the caller scrubs it (our credentials, secrets, length) before anyone sees it.
    """
    if media in (PROTOBUF, JSON) and data:
        status = decode_status(data, media)
        if status is not None and status.message:
            return status.message
    return data.decode("utf-8", "replace").strip() or "(no body)"
