"""What receivers hand accepted requests to, and what they are told back.

Receivers (gRPC and HTTP) depend only on :class:`Intake`; the pipeline behind it samples
the request and queues what it keeps for export. An answer of :class:`Backpressure` means
nothing was taken: the receiver answers UNAVAILABLE / 503 with ``retry_after`` so the
client retries later and nothing is lost. :class:`TooManyRecords` refuses a request that
is too large ever to be taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest


@dataclass(frozen=True, slots=True)
class Accepted:
    records: int  # records in the request (kept + dropped)


@dataclass(frozen=True, slots=True)
class Backpressure:
    retry_after: float  # seconds the client should wait before retrying
    reason: str


IntakeResult = Accepted | Backpressure


class TooManyRecords(Exception):
    """A request with more log records than ``receivers.max_records_per_request``: refused
    whole, before any work (HTTP 413, gRPC RESOURCE_EXHAUSTED without a retry delay, so the
    client does not send it again as it is)."""

    def __init__(self, records: int, limit: int) -> None:
        super().__init__(f"request of {records} log records exceeds receivers.max_records_per_request "
                         f"({limit}): send smaller batches")
        self.records = records
        self.limit = limit


def count_records(request: ExportLogsServiceRequest) -> int:
    """Log records in ``request``, every resource and scope."""
    return sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs)


_SAMPLING = b"sampling."
# A JSON escape that decodes to a lowercase ASCII letter or a dot: a document may spell the
# key sampling.summary as "sampling\u002esummary", whose bytes hold no "sampling.".
_ESCAPED_LETTER = re.compile(rb"\\u00(?:[67][0-9a-fA-F]|2[eE])")


def mentions_sampling(body: bytes, json: bool = False) -> bool:
    """The receivers' prefilter for forged ``sampling.*`` attributes (sample/incoming.py):
    False only when no string of the request decoded from ``body`` (its decompressed bytes;
    ``json``: OTLP/JSON, else protobuf) can be a key starting with ``sampling.``. Protobuf
    strings are their bytes; JSON's may be escaped, so an escaped letter or dot counts."""
    if _SAMPLING in body:
        return True
    return json and b"\\u" in body and _ESCAPED_LETTER.search(body) is not None


class Intake(Protocol):
    async def submit(
        self, request: ExportLogsServiceRequest, *, wire_bytes: int, receiver: str, trusted: bool = False,
        tenant: object | None = None, sampling_keys: bool = True,
    ) -> IntakeResult:
        """Sample ``request`` (mutated in place) and queue what is kept; durable on return when spooling.
        Raises :class:`TooManyRecords` (nothing taken) over the cap on records per request.
        ``trusted``: the caller holds a token of ``sampling.trusted_upstreams`` (its decided and
        summary records pass unsampled, sample/source.py). ``tenant``: the request's
        ``tenants.Tenant`` in ``tenants.mode: passthrough`` (receivers pass it only then): its
        records are sampled on that tenant's state and sent upstream under its token.
        ``sampling_keys``: False when :func:`mentions_sampling` said the request carries no
        ``sampling.*`` key, which spares it the scan for forged ones (sample/incoming.py)."""
        ...

    def accepting(self) -> bool:
        """False once shutdown began or when delivery is failing hard; readyz reports it."""
        ...
