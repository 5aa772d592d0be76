"""Decode limits shared by the receivers (docs/reliability.md § Hostile input).

Decoding multiplies memory: a gzip OTLP/JSON body of 2.5 MB with a million attributes
becomes tens of MB of text, then hundreds of MB of Python and protobuf objects. So both
receivers decode under one :class:`DecodeBudget` per process:

* a request's decoded size is estimated from its decompressed size, 10 times for OTLP/JSON
  and 8 times for protobuf (:func:`estimate`), and reserved before the bytes are decoded (the
  HTTP receiver reserves as it decompresses, so a body being read counts too); it is
  released once the intake has answered;
* a request that does not fit in what is left of ``receivers.decode_budget`` waits at most
  ``wait`` seconds for room (requests that fit go first), then is refused as retryable:
  HTTP 503 with ``Retry-After``, gRPC ``UNAVAILABLE`` with ``RetryInfo``
  (:class:`BudgetBusy`);
* one request whose estimate exceeds 3/4 of the budget could never share it and is
  refused for itself: 413 / ``RESOURCE_EXHAUSTED`` (``codec.RequestTooLarge``).

Decoded requests are then held to ``receivers.max_attributes_per_request`` (resource,
scope and record attributes together) and ``receivers.max_attributes_per_record``
(:meth:`DecodeLimits.check_attributes`): 413 / ``RESOURCE_EXHAUSTED`` with a message
naming the cap, for that request alone. The count walks the records only when the
request is large enough to exceed a cap (an attribute takes at least 2 bytes).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import dataclass, field
from operator import attrgetter

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.config import ReceiversConfig
from otlp_sampler.otlp import codec

JSON_FACTOR = 10  # estimated decoded bytes per decompressed byte of OTLP/JSON
PROTOBUF_FACTOR = 8  # ... of protobuf
MIN_ATTRIBUTE_BYTES = 2  # the smallest KeyValue on the wire: a tag and a zero length
RETRY_AFTER = 1.0  # what a client refused for want of room is told to wait, in seconds

_attributes = attrgetter("attributes")


def estimate(decompressed_bytes: int, media: str) -> int:
    """The decoded bytes a body of ``decompressed_bytes`` is expected to take."""
    return decompressed_bytes * (JSON_FACTOR if media == codec.JSON else PROTOBUF_FACTOR)


class BudgetBusy(Exception):
    """No room in the decode budget within the wait: retryable (503 / UNAVAILABLE)."""

    def __init__(self, message: str, retry_after: float = RETRY_AFTER) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class DecodeBudget:
    """Estimated decoded bytes in flight across requests, at most ``limit``.

    ``lease(wait)`` opens a :class:`Lease`, grown as a request's size becomes known and
    released when it is done. Requests that fit are let in at once, waiting ones
    included; a release wakes the waiters that now fit, oldest first. A lease waits
    holding what it has (the bytes it stands for are still in memory): requests that grow
    as they are read and wait for each other are refused when their wait ends, and so let
    go. The HTTP receiver reserves a body's Content-Length up front, so that requests of
    known size wait before they read anything.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.request_cap = limit * 3 // 4
        self.in_use = 0
        self._waiters: deque[tuple[int, asyncio.Future]] = deque()

    def lease(self, wait: float = 1.0) -> Lease:
        return Lease(self, wait)

    async def _take(self, amount: int, deadline: float) -> None:
        if self.in_use + amount <= self.limit:
            self.in_use += amount
            return
        remaining = deadline - time.monotonic()
        if remaining > 0:
            waiter = (amount, asyncio.get_running_loop().create_future())
            self._waiters.append(waiter)
            try:
                async with asyncio.timeout(remaining):
                    await waiter[1]
                return
            except TimeoutError:
                if waiter[1].done() and not waiter[1].cancelled():
                    return  # granted as the time ran out: keep it
            except BaseException:
                if waiter[1].done() and not waiter[1].cancelled():
                    self._give(amount)
                raise
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
        raise BudgetBusy(f"decode budget of {self.limit} bytes in use (requests in flight): retry later")

    def _give(self, amount: int) -> None:
        self.in_use -= amount
        waiters = self._waiters
        if not waiters:
            return
        for waiter in list(waiters):
            wanted, future = waiter
            if future.done():
                continue
            if self.in_use + wanted <= self.limit:
                self.in_use += wanted
                future.set_result(None)
                waiters.remove(waiter)


class Lease:
    """One request's share of a :class:`DecodeBudget`; ``release()`` gives it back (idempotent)."""

    __slots__ = ("_budget", "_deadline", "held")

    def __init__(self, budget: DecodeBudget, wait: float) -> None:
        self._budget = budget
        self._deadline = time.monotonic() + wait
        self.held = 0

    async def grow_to(self, decoded: int) -> None:
        """Hold ``decoded`` estimated bytes in all: 413 over the request cap, BudgetBusy without room."""
        extra = decoded - self.held
        if extra <= 0:
            return
        budget = self._budget
        if decoded > budget.request_cap:
            raise codec.RequestTooLarge(
                f"request too large to decode: about {decoded} bytes decoded, over {budget.request_cap} "
                f"(3/4 of receivers.decode_budget); send smaller requests")
        await budget._take(extra, self._deadline)
        self.held = decoded

    def release(self) -> None:
        held, self.held = self.held, 0
        if held:
            self._budget._give(held)


@dataclass
class DecodeLimits:
    """The budget and the attribute caps both receivers of one process share."""

    budget: DecodeBudget = field(default_factory=lambda: DecodeBudget(256 * 1024 * 1024))
    max_attributes_per_request: int = 250_000
    max_attributes_per_record: int = 256
    wait: float = 1.0  # how long a request waits for room in the budget

    @classmethod
    def from_config(cls, receivers: ReceiversConfig) -> DecodeLimits:
        return cls(budget=DecodeBudget(receivers.decode_budget),
                   max_attributes_per_request=receivers.max_attributes_per_request,
                   max_attributes_per_record=receivers.max_attributes_per_record)

    def lease(self) -> Lease:
        return self.budget.lease(self.wait)

    def check_attributes(self, request: ExportLogsServiceRequest, decoded_size: int) -> None:
        """Raise ``codec.RequestTooLarge`` when a cap is exceeded; ``decoded_size``: the protobuf
        or JSON body's decompressed size, which bounds the count (2 bytes per attribute at least)."""
        per_record, per_request = self.max_attributes_per_record, self.max_attributes_per_request
        possible = decoded_size // MIN_ATTRIBUTE_BYTES
        if possible <= per_record:
            return
        total = 0
        for resource_logs in request.resource_logs:
            total += len(resource_logs.resource.attributes)
            for scope_logs in resource_logs.scope_logs:
                total += len(scope_logs.scope.attributes)
                counts = list(map(len, map(_attributes, scope_logs.log_records)))
                if not counts:
                    continue
                most = max(counts)
                if most > per_record:
                    raise codec.RequestTooLarge(
                        f"a log record has {most} attributes, over receivers.max_attributes_per_record "
                        f"({per_record})")
                total += sum(counts)
        if total > per_request:
            raise codec.RequestTooLarge(
                f"the request has {total} attributes, over receivers.max_attributes_per_request "
                f"({per_request}); send fewer records per request")
