"""A realistic synthetic log workload, shared by ``demo`` and ``bench``.

A handful of services, each with templates of very different volumes (a few chatty
INFO/DEBUG patterns make most of the bytes, as in real services), a trickle of WARN and
ERROR, trace ids on most records, variable parts that change every record (ids, ips,
durations, paths, users). Deterministic for a given seed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, InstrumentationScope, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

Template = tuple[int, int, str, Callable[[random.Random], str]]  # (weight, severity, text, render)


def _templates() -> dict[str, list[Template]]:
    def ip(r: random.Random) -> str:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"

    def hexid(r: random.Random, n: int = 16) -> str:
        return f"{r.getrandbits(n * 4):0{n}x}"

    def user(r: random.Random) -> str:
        return f"user{r.randrange(100000)}@example.com"

    def path(r: random.Random) -> str:
        return r.choice(
            ["/api/v1/cart", "/api/v1/items", "/api/v1/checkout", "/healthz", "/api/v1/users"]
        ) + (f"/{r.randrange(100000)}")

    return {
        "checkout": [
            (400, 9, "http", lambda r: f"GET {path(r)} 200 in {r.randrange(1, 900)}ms from {ip(r)}"),
            (
                250,
                5,
                "cache",
                lambda r: f"cache hit for key cart:{hexid(r, 12)} ttl={r.randrange(60, 3600)}s",
            ),
            (
                60,
                9,
                "order",
                lambda r: f"order {hexid(r, 8)} created for {user(r)} total={r.randrange(1, 999)}.99 USD",
            ),
            (
                8,
                13,
                "slow",
                lambda r: f"slow query on orders took {r.randrange(1000, 9000)}ms rows={r.randrange(10**5)}",
            ),
            (2, 17, "payment", lambda r: f"payment declined for order {hexid(r, 8)}: card expired"),
        ],
        "inventory": [
            (
                300,
                5,
                "sync",
                lambda r: (
                    f"synced {r.randrange(1, 500)} items from warehouse wh-{r.randrange(40)} "
                    f"in {r.random():.3f}s"
                ),
            ),
            (
                120,
                9,
                "reserve",
                lambda r: (
                    f"reserved sku-{r.randrange(10**6)} qty={r.randrange(1, 9)} for order {hexid(r, 8)}"
                ),
            ),
            (5, 13, "low", lambda r: f"stock low for sku-{r.randrange(10**6)}: {r.randrange(0, 5)} left"),
            (1, 17, "db", lambda r: f"connection to db-{r.randrange(3)}.internal:5432 refused, retrying"),
        ],
        "auth": [
            (200, 9, "login", lambda r: f"user {user(r)} logged in from {ip(r)} via password"),
            (150, 5, "token", lambda r: f"token refreshed session={hexid(r, 24)} expires_in=3600"),
            (
                10,
                13,
                "fail",
                lambda r: (
                    f"failed login for {user(r)} from {ip(r)}: bad password (attempt {r.randrange(1, 6)})"
                ),
            ),
            (1, 21, "fatal", lambda r: "signing key missing: cannot issue tokens"),
        ],
        "gateway": [
            (
                500,
                9,
                "access",
                lambda r: (
                    f'{ip(r)} - - "POST {path(r)} HTTP/1.1" 200 {r.randrange(100, 90000)} '
                    f'"Mozilla/5.0" rt={r.random():.3f}'
                ),
            ),
            (
                40,
                9,
                "upstream",
                lambda r: f"upstream checkout-{r.randrange(8)} healthy, latency p99={r.randrange(5, 400)}ms",
            ),
            (3, 13, "timeout", lambda r: f"upstream timed out after 30s for request {hexid(r, 16)}"),
        ],
    }


class Workload:
    """Draws records by weight from the templates above."""

    def __init__(self, seed: int = 0, trace_share: float = 0.7, unparsed: bool = False) -> None:
        """``unparsed``: records as a Collector ``filelog`` receiver without parsing operators
        sends them, with no severity and the line's timestamp and level at the start of the body."""
        self.rng = random.Random(seed)
        self.trace_share = trace_share
        self.unparsed = unparsed
        self.services = _templates()
        self._choices: list[tuple[str, Template]] = []
        self._weights: list[int] = []
        for service, templates in self.services.items():
            for template in templates:
                self._choices.append((service, template))
                self._weights.append(template[0])

    def draw(self, n: int) -> Iterator[tuple[str, int, str, bytes]]:
        """``n`` (service, severity_number, body, trace_id) tuples."""
        rng = self.rng
        for service, (_, severity, _, render) in rng.choices(self._choices, self._weights, k=n):
            trace_id = rng.randbytes(16) if rng.random() < self.trace_share else b""
            yield service, severity, render(rng), trace_id

    def request(self, n: int) -> ExportLogsServiceRequest:
        """One export request of ``n`` records grouped by service, as an SDK would send them."""
        by_service: dict[str, list[LogRecord]] = {}
        now = time.time_ns()
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now / 1e9))
        for service, severity, body, trace_id in self.draw(n):
            text = _SEVERITY_TEXT[severity]
            if self.unparsed:
                body = f"{stamp}.{self.rng.randrange(1000):03d}Z {text} {body}"
                severity, text = 0, ""
            record = LogRecord(
                time_unix_nano=now,
                observed_time_unix_nano=now,
                severity_number=severity,
                severity_text=text,
                body=AnyValue(string_value=body),
                attributes=[KeyValue(key="code.function", value=AnyValue(string_value="handle"))],
                trace_id=trace_id,
                span_id=self.rng.randbytes(8) if trace_id else b"",
            )
            by_service.setdefault(service, []).append(record)
        request = ExportLogsServiceRequest()
        for service, records in by_service.items():
            resource = Resource(
                attributes=[
                    KeyValue(key="service.name", value=AnyValue(string_value=service)),
                    KeyValue(key="deployment.environment", value=AnyValue(string_value="prod")),
                ]
            )
            request.resource_logs.append(
                ResourceLogs(
                    resource=resource,
                    scope_logs=[ScopeLogs(scope=InstrumentationScope(name="app"), log_records=records)],
                )
            )
        return request


_SEVERITY_TEXT = {5: "DEBUG", 9: "INFO", 13: "WARN", 17: "ERROR", 21: "FATAL"}
