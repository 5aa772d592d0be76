"""What exporters are given and what they answer.

Exporters take an ``ExportLogsServiceRequest`` or an :class:`EncodedRequest` (the same
request already serialized to protobuf). The queue hands over encoded requests: it
serializes each accepted request once, at ``put``, and merges a batch by concatenating
those bytes — protobuf's concatenation of two ``ExportLogsServiceRequest`` encodings is
the encoding of the merged request (its only field is the repeated ``resource_logs``), so
the protobuf exporters never parse or re-serialize a batch.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest


@dataclass(frozen=True, slots=True)
class EncodedRequest:
    """An ``ExportLogsServiceRequest`` in protobuf encoding, with its record count."""

    payload: bytes
    records: int

    def decode(self) -> ExportLogsServiceRequest:
        return ExportLogsServiceRequest.FromString(self.payload)


Sendable = ExportLogsServiceRequest | EncodedRequest


def as_payload(request: Sendable) -> bytes:
    """Protobuf bytes of ``request`` (no work when it is already encoded)."""
    if isinstance(request, EncodedRequest):
        return request.payload
    return request.SerializeToString()


def as_message(request: Sendable) -> ExportLogsServiceRequest:
    """The request as a message (parses an encoded one)."""
    if isinstance(request, EncodedRequest):
        return request.decode()
    return request


class Outcome(enum.Enum):
    SUCCESS = "success"
    RETRYABLE = "retryable"  # try again later (after ``retry_after`` when the upstream said so)
    PERMANENT = "permanent"  # the upstream refused it for good: do not retry
    TOO_LARGE = "too_large"  # 413 / message too large: split the batch and send the halves


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The classified answer of one export attempt. Exporters return it; they never raise."""

    outcome: Outcome
    reason: str = ""
    retry_after: float | None = None  # the upstream's delay hint (Retry-After, RetryInfo)
    auth_failed: bool = False  # 401/403, UNAUTHENTICATED/PERMISSION_DENIED: a bad token
    rejected: int = 0  # records the upstream refused in a partial success
    sent_bytes: int = 0  # body bytes put on the wire (after compression)
    server_error: bool = False  # HTTP 500: retried only ``retry.on_http_500`` times for one batch

    @classmethod
    def success(cls, *, rejected: int = 0, reason: str = "", sent_bytes: int = 0) -> ExportResult:
        return cls(Outcome.SUCCESS, reason=reason, rejected=rejected, sent_bytes=sent_bytes)

    @classmethod
    def retryable(cls, reason: str, *, retry_after: float | None = None, sent_bytes: int = 0,
                  server_error: bool = False) -> ExportResult:
        return cls(Outcome.RETRYABLE, reason=reason, retry_after=retry_after, sent_bytes=sent_bytes,
                   server_error=server_error)

    @classmethod
    def permanent(cls, reason: str, *, auth_failed: bool = False, sent_bytes: int = 0) -> ExportResult:
        return cls(Outcome.PERMANENT, reason=reason, auth_failed=auth_failed, sent_bytes=sent_bytes)

    @classmethod
    def too_large(cls, reason: str, *, sent_bytes: int = 0) -> ExportResult:
        return cls(Outcome.TOO_LARGE, reason=reason, sent_bytes=sent_bytes)

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.SUCCESS


class Exporter(Protocol):
    """Sends one request upstream and classifies the answer (per the OTLP specification)."""

    name: str

    async def send(self, request: Sendable) -> ExportResult: ...

    async def close(self) -> None: ...
