"""OTLP logs on the wire: protobuf and OTLP/JSON, gzip/deflate with a decompressed-size cap.

Receivers call :func:`media_type`, feed the body through a :class:`Decompressor` and call
:func:`decode_request`; exporters call :func:`encode_request` and :func:`gzip_compress`.
Every failure is a :class:`CodecError` carrying the HTTP status the client should get, so
callers map errors to answers without inspecting messages.

OTLP/JSON differs from protobuf's canonical JSON mapping in one way that matters here:
``traceId`` and ``spanId`` are hex strings, not base64. The fast path
(:mod:`otlp_sampler.otlp.otlp_json`) reads and writes hex directly; the ``json_format``
fallback gets the ids rewritten to base64 in the parsed dict first.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterable

from google.protobuf import json_format
from google.protobuf.message import DecodeError
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

from otlp_sampler.otlp import otlp_json

PROTOBUF = "application/x-protobuf"
JSON = "application/json"

# Content-Type values accepted on input, mapped to the canonical media type answered with.
_MEDIA_TYPES = {
    PROTOBUF: PROTOBUF,
    "application/protobuf": PROTOBUF,
    JSON: JSON,
}

# google.rpc.Code values used in Status bodies (the HTTP spelling of a gRPC status).
CODE_INVALID_ARGUMENT = 3
CODE_NOT_FOUND = 5
CODE_PERMISSION_DENIED = 7
CODE_RESOURCE_EXHAUSTED = 8
CODE_UNIMPLEMENTED = 12
CODE_INTERNAL = 13
CODE_UNAVAILABLE = 14
CODE_UNAUTHENTICATED = 16

# Protobuf's own nesting limit (upb refuses deeper messages); JSON gets the same one.
MAX_DEPTH = 100


# --------------------------------------------------------------------------- errors


class CodecError(Exception):
    """A request that cannot be decoded; ``status`` is the HTTP status to answer with."""

    status = 400
    grpc_code = CODE_INVALID_ARGUMENT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MalformedRequest(CodecError):
    """Not valid protobuf / OTLP JSON, or a corrupt compressed stream (400)."""


class RequestTooLarge(CodecError):
    """Over the size cap, before or after decompression (413)."""

    status = 413
    grpc_code = CODE_RESOURCE_EXHAUSTED


class UnsupportedMediaType(CodecError):
    """A Content-Type other than protobuf or JSON (415)."""

    status = 415


class UnsupportedEncoding(CodecError):
    """A Content-Encoding other than gzip, deflate or identity (415)."""

    status = 415


# --------------------------------------------------------------------------- media types


def media_type(content_type: str | None) -> str:
    """:data:`PROTOBUF` or :data:`JSON` for a Content-Type header; parameters are ignored."""
    if content_type:
        essence = content_type.split(";", 1)[0].strip().lower()
        found = _MEDIA_TYPES.get(essence)
        if found is not None:
            return found
    raise UnsupportedMediaType(
        f"unsupported Content-Type {content_type!r}: use {PROTOBUF} or {JSON}"
    )


def media_type_or_none(content_type: str | None) -> str | None:
    """Like :func:`media_type` but None when the header names neither encoding."""
    try:
        return media_type(content_type)
    except UnsupportedMediaType:
        return None


# --------------------------------------------------------------------------- decompression


class Decompressor:
    """Streams a request body through zlib, refusing output beyond ``max_size`` bytes.

    ``zlib``'s ``max_length`` bounds every step, so a gzip bomb costs at most ``max_size``
    bytes of memory before :class:`RequestTooLarge` is raised. Concatenated gzip members
    (RFC 1952) are decoded in turn. Identity bodies are capped the same way.
    """

    __slots__ = ("_encoding", "_fed", "_max", "_obj", "_parts", "_size")

    def __init__(self, content_encoding: str | None, max_size: int) -> None:
        encoding = (content_encoding or "identity").strip().lower()
        if encoding in ("", "identity"):
            encoding = "identity"
        elif encoding == "x-gzip":
            encoding = "gzip"
        elif encoding not in ("gzip", "deflate"):
            raise UnsupportedEncoding(
                f"unsupported Content-Encoding {content_encoding!r}: use gzip, deflate or identity"
            )
        self._encoding = encoding
        self._max = max_size
        self._obj: zlib._Decompress | None = None
        self._parts: list[bytes] = []
        self._size = 0
        self._fed = b""  # deflate: the first bytes, held until the header is known

    def _new_object(self, head: bytes) -> zlib._Decompress:
        if self._encoding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # HTTP "deflate" is zlib-wrapped, but some clients send raw deflate: tell by the header.
        wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    @property
    def size(self) -> int:
        """Decompressed bytes so far."""
        return self._size

    def _too_large(self) -> RequestTooLarge:
        return RequestTooLarge(f"request body exceeds {self._max} bytes after decompression")

    def feed(self, chunk: bytes) -> None:
        """Decompress one chunk of the body as it arrives."""
        if not chunk:
            return
        if self._encoding == "identity":
            self._size += len(chunk)
            if self._size > self._max:
                raise self._too_large()
            self._parts.append(chunk)
            return
        if self._obj is None:
            if self._encoding == "deflate" and len(self._fed) + len(chunk) < 2:
                self._fed += chunk
                return
            chunk = self._fed + chunk
            self._fed = b""
            self._obj = self._new_object(chunk)
        data = chunk
        while data:
            obj = self._obj
            if obj.eof:  # the previous gzip member ended; another one follows
                if self._encoding != "gzip":
                    raise MalformedRequest("unexpected data after the end of the deflate stream")
                obj = self._obj = self._new_object(data)
            room = self._max - self._size
            try:
                # room + 1 bytes of output at most: reaching it proves the cap is exceeded.
                out = obj.decompress(data, room + 1)
            except zlib.error as exc:
                raise MalformedRequest(f"corrupt {self._encoding} stream: {exc}") from None
            self._size += len(out)
            if self._size > self._max:
                raise self._too_large()
            if out:
                self._parts.append(out)
            data = obj.unused_data if obj.eof else b""

    def finish(self) -> bytes:
        """The whole decompressed body; raises if the compressed stream was cut short."""
        if self._encoding != "identity":
            truncated = self._fed if self._obj is None else not self._obj.eof
            if truncated:
                raise MalformedRequest(f"truncated {self._encoding} stream")
        parts = self._parts
        if len(parts) == 1:
            return parts[0]
        return b"".join(parts)


def decompress(data: bytes, content_encoding: str | None, max_size: int) -> bytes:
    """Decompress a whole body at once (see :class:`Decompressor`)."""
    decompressor = Decompressor(content_encoding, max_size)
    decompressor.feed(data)
    return decompressor.finish()


def gzip_compress(data: bytes, level: int = 6) -> bytes:
    """A single gzip member, as OTLP/HTTP exporters send with ``Content-Encoding: gzip``."""
    return zlib.compress(data, level, wbits=16 + zlib.MAX_WBITS)


# --------------------------------------------------------------------------- decoding

_RESOURCE_LOGS = ("resourceLogs", "resource_logs")
_SCOPE_LOGS = ("scopeLogs", "scope_logs")
_LOG_RECORDS = ("logRecords", "log_records")
# field names in the JSON -> expected id length in bytes
_IDS = (("traceId", 16), ("trace_id", 16), ("spanId", 8), ("span_id", 8))


def decode_request_protobuf(data: bytes) -> ExportLogsServiceRequest:
    """Parse a protobuf ``ExportLogsServiceRequest`` (upb: strict UTF-8, depth 100)."""
    try:
        return ExportLogsServiceRequest.FromString(data)
    except DecodeError as exc:
        raise MalformedRequest(f"invalid protobuf ExportLogsServiceRequest: {exc}") from None


def _children(container: dict, names: tuple[str, str]) -> list:
    for name in names:
        value = container.get(name)
        if isinstance(value, list):
            return value
    return []


def _hex_ids_to_base64(document: dict) -> None:
    """Rewrite OTLP/JSON hex ids to the base64 that protobuf's JSON parser expects, in place."""
    for resource_logs in _children(document, _RESOURCE_LOGS):
        if not isinstance(resource_logs, dict):
            continue
        for scope_logs in _children(resource_logs, _SCOPE_LOGS):
            if not isinstance(scope_logs, dict):
                continue
            for record in _children(scope_logs, _LOG_RECORDS):
                if not isinstance(record, dict):
                    continue
                for name, size in _IDS:
                    value = record.get(name)
                    if not isinstance(value, str):
                        continue  # absent, or a wrong type ParseDict reports
                    if not value:
                        continue
                    if len(value) != 2 * size:
                        raise MalformedRequest(
                            f"{name} must be {2 * size} hex characters, got {len(value)}")
                    try:
                        raw = bytes.fromhex(value)
                    except ValueError:
                        raise MalformedRequest(f"{name} is not hex: {value[:40]!r}") from None
                    record[name] = base64.b64encode(raw).decode("ascii")


def decode_request_json(data: bytes) -> ExportLogsServiceRequest:
    """Parse an OTLP/JSON request: camelCase or snake_case keys, hex ids, unknown fields ignored."""
    try:
        document = json.loads(data)
    except RecursionError:
        raise MalformedRequest("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # includes UnicodeDecodeError
        raise MalformedRequest(f"invalid JSON: {exc}") from None
    if not isinstance(document, dict):
        raise MalformedRequest(f"the JSON body must be an object, got {type(document).__name__}")
    return parse_json_document(document)


def parse_json_document(document: dict, *, fast: bool = True) -> ExportLogsServiceRequest:
    """A request from a parsed OTLP/JSON document (modified in place when ``json_format`` parses it).

    The fast path (:mod:`otlp_sampler.otlp.otlp_json`) takes what real exporters send; the
    rest, and every invalid document, goes through ``json_format``, which words the error.
    """
    if fast:
        try:
            return otlp_json.request_from_dict(document)
        except otlp_json.NotFast:
            pass
    _hex_ids_to_base64(document)
    request = ExportLogsServiceRequest()
    try:
        json_format.ParseDict(document, request, ignore_unknown_fields=True, max_recursion_depth=MAX_DEPTH)
    except json_format.ParseError as exc:
        raise MalformedRequest(f"invalid OTLP/JSON: {exc}") from None
    except RecursionError:
        raise MalformedRequest("invalid OTLP/JSON: nested too deeply") from None
    except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as exc:
        # json_format lets a few of these through for odd value types; all mean a bad body.
        raise MalformedRequest(f"invalid OTLP/JSON: {exc}") from None
    return request


def decode_request(data: bytes, media: str) -> ExportLogsServiceRequest:
    """Decode a decompressed body of media type :data:`PROTOBUF` or :data:`JSON`."""
    if media == PROTOBUF:
        return decode_request_protobuf(data)
    if media == JSON:
        return decode_request_json(data)
    raise UnsupportedMediaType(f"unsupported media type {media!r}")


# --------------------------------------------------------------------------- encoding


def encode_request_json(request: ExportLogsServiceRequest) -> bytes:
    """OTLP/JSON: camelCase keys, hex ids, enums as integers (as the specification asks)."""
    document = otlp_json.request_to_dict(request)
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def encode_request(request: ExportLogsServiceRequest, media: str = PROTOBUF) -> bytes:
    if media == JSON:
        return encode_request_json(request)
    return request.SerializeToString()


# The common answer, encoded once.
_EMPTY_RESPONSE = {PROTOBUF: b"", JSON: b"{}"}


def encode_response(response: ExportLogsServiceResponse | None = None, media: str = PROTOBUF) -> bytes:
    """An ``ExportLogsServiceResponse`` (empty means full success) in the request's encoding."""
    if response is None or not response.ByteSize():
        return _EMPTY_RESPONSE[media]
    if media == JSON:
        return json_format.MessageToJson(response, indent=None).encode("utf-8")
    return response.SerializeToString()


def decode_response(data: bytes, media: str = PROTOBUF) -> ExportLogsServiceResponse:
    """Parse an upstream's ``ExportLogsServiceResponse`` (for exporters)."""
    response = ExportLogsServiceResponse()
    try:
        if media == JSON:
            if data.strip():
                json_format.Parse(data, response, ignore_unknown_fields=True)
        else:
            response.ParseFromString(data)
    except (DecodeError, json_format.ParseError, ValueError) as exc:
        raise MalformedRequest(f"invalid ExportLogsServiceResponse: {exc}") from None
    return response


def retry_info(retry_after: float) -> error_details_pb2.RetryInfo:
    """A ``google.rpc.RetryInfo`` asking the client to wait ``retry_after`` seconds."""
    info = error_details_pb2.RetryInfo()
    nanos = round(max(0.0, retry_after) * 1e9)
    info.retry_delay.seconds, info.retry_delay.nanos = divmod(nanos, 1_000_000_000)
    return info


def status_message(code: int, message: str, details: Iterable = ()) -> status_pb2.Status:
    status = status_pb2.Status(code=code, message=message)
    for detail in details:
        status.details.add().Pack(detail)
    return status


def encode_status(code: int, message: str, media: str = PROTOBUF, details: Iterable = ()) -> bytes:
    """A ``google.rpc.Status`` body, as OTLP/HTTP asks for on 4xx/5xx answers."""
    status = status_message(code, message, details)
    if media == JSON:
        return json_format.MessageToJson(status, indent=None).encode("utf-8")
    return status.SerializeToString()


def decode_status(data: bytes, media: str = PROTOBUF) -> status_pb2.Status | None:
    """Parse an error body into a ``google.rpc.Status``; None when it is not one."""
    status = status_pb2.Status()
    try:
        if media == JSON:
            json_format.Parse(data, status, ignore_unknown_fields=True)
        else:
            status.ParseFromString(data)
    except (DecodeError, json_format.ParseError, ValueError, TypeError):
        return None
    return status


__all__ = [
    "JSON",
    "PROTOBUF",
    "CodecError",
    "Decompressor",
    "MalformedRequest",
    "RequestTooLarge",
    "UnsupportedEncoding",
    "UnsupportedMediaType",
    "decode_request",
    "decode_request_json",
    "decode_request_protobuf",
    "decode_response",
    "decode_status",
    "decompress",
    "encode_request",
    "encode_request_json",
    "encode_response",
    "encode_status",
    "gzip_compress",
    "media_type",
    "media_type_or_none",
    "parse_json_document",
    "retry_info",
    "status_message",
]
