"""The fault table: records sent by clients versus received by the upstream, per upstream fault.

Each scenario runs the real proxy (every stage, built by ``build_app``) with sampling off
(pass-through: every acknowledged record must arrive), fed by the OpenTelemetry SDK's gRPC
exporter or a raw retrying gRPC client, in front of a recording OTLP/HTTP sink (OTLP/gRPC
in the ``grpc-down`` row) that misbehaves on a timeline. Once the sink recovers and the
proxy's queue is empty, the sink's records are counted against the client's
acknowledgements:

* sent — records the proxy acknowledged to the client;
* received — records the sink accepted (duplicates included);
* duplicated — received minus distinct;
* lost — sent but never received.

Usage::

    python -m tests.reliability.fault_table            # full table (about a minute)
    python -m tests.reliability.fault_table --quick    # seconds per scenario
    python -m tests.reliability.fault_table --scenario 413 --scenario flapping

``run(name, scale)`` runs one scenario and returns its :class:`Row` (tests/e2e/test_faults.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web

from tests.e2e.harness import running_proxy
from tests.peers.sinks import GrpcSink, HttpSink, Reply, bodies
from tests.peers.waiting import eventually, free_port
from tests.reliability.clients import CountingSdkClient, RetryingGrpcClient, tally


@dataclass(frozen=True)
class Scale:
    """How big and how long: the full table and the in-test quick version differ only here."""

    requests: int = 200  # client requests of 10 records each
    senders: int = 2  # concurrent client streams
    pace: float = 0.04  # seconds between one sender's requests: the stream lasts ~4 s
    outage: float = 2.0  # how long the upstream is down / refusing
    flaps: int = 8  # down/up cycles of the flapping upstream
    flap_period: float = 0.5  # seconds down, then as many up
    slow_delay: float = 10.0  # the slow upstream's answer time


FULL = Scale()
QUICK = Scale(requests=40, pace=0.02, outage=0.4, flaps=3, flap_period=0.1, slow_delay=1.0)


CONSUMERS = 4  # exporter.queue.consumers: concurrent export requests
AUTH_PROBE_INTERVAL = 0.25  # retry.max_interval in the auth scenarios


@dataclass
class Row:
    scenario: str
    client: str
    sent: int
    received: int
    duplicated: int
    lost: int
    abandoned: int  # records the client gave up on (never acknowledged, so not "sent")
    seconds: float
    notes: list[str] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)  # what a test asserts beyond the counts

    def markdown(self) -> str:
        return (f"| {self.scenario} | {self.client} | {self.sent} | {self.received} | {self.duplicated} "
                f"| {self.lost} | {self.seconds:.1f} | {'; '.join(self.notes)} |")


HEADER = ("| scenario | client | sent | received | duplicated | lost | seconds | notes |\n"
          "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")


class Upstream(HttpSink):
    """:class:`HttpSink` that also counts requests it is still answering (a slow reply)."""

    in_flight = 0

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.in_flight += 1
        try:
            return await super()._handle(request)
        finally:
            self.in_flight -= 1

    def answered(self, status: int) -> int:
        return sum(1 for item in self.received if item.status == status)


def proxy_overrides(sink: HttpSink | GrpcSink, **exporter) -> dict:
    """Pass-through proxy exporting to ``sink`` with quick retries; ``exporter`` keys override."""
    base = {
        "protocol": "http/protobuf", "endpoint": getattr(sink, "logs_url", None), "timeout": 5,
        "batch": {"max_records": 512, "timeout": "50ms"},
        "retry": {"initial_interval": "50ms", "max_interval": "500ms"},
        "queue": {"consumers": CONSUMERS, "retry_after": 0.2},
        "shutdown_timeout": 0.5,
    }
    for key, value in exporter.items():
        base[key] = {**base.get(key, {}), **value} if isinstance(value, dict) else value
    return {"sampling": {"enabled": False}, "exporter": base}


async def hold(seconds: float) -> None:
    """The scenario's timeline: a fault lasts this long (not a wait for a condition)."""
    await asyncio.sleep(seconds)


async def readyz(app) -> int:
    url = f"http://127.0.0.1:{app.ports['admin']}/readyz"
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5))
    async with session, session.get(url) as response:
        return response.status


async def settle(app, sink: Upstream | GrpcSink, timeout: float) -> None:
    """Wait until the proxy resolved everything and the sink answered all it was given."""
    await eventually(lambda: app.queue.depth_records == 0 and getattr(sink, "in_flight", 0) == 0, timeout,
                     "the queue to drain and the sink to finish")


class Feed:
    """Drives either client kind with the scale's requests; ``acked``/``abandoned`` after ``wait``."""

    def __init__(self, kind: str, app, scale: Scale, prefix: str = "r") -> None:
        self.kind = kind
        self.scale = scale
        port = app.ports["grpc"]
        self.client = (CountingSdkClient(port, prefix) if kind == "sdk"
                       else RetryingGrpcClient(f"127.0.0.1:{port}", prefix, give_up=120))
        self._task: asyncio.Task | None = None

    async def start(self) -> Feed:
        scale = self.scale
        if self.kind == "sdk":
            self._task = asyncio.create_task(self._emit_sdk())
        else:
            await self.client.__aenter__()
            self._task = asyncio.create_task(self.client.send_many(
                scale.requests, concurrency=scale.senders, pace=scale.pace))
        return self

    async def _emit_sdk(self) -> None:
        scale = self.scale
        for _ in range(scale.requests // scale.senders):
            self.client.emit_numbered(10 * scale.senders)
            await asyncio.sleep(scale.pace)
        await self.client.flush()

    async def wait(self) -> None:
        await self._task
        if self.kind == "sdk":
            await self.client.shutdown()
        else:
            await self.client.__aexit__(None, None, None)

    @property
    def label(self) -> str:
        return "OTel SDK (gRPC)" if self.kind == "sdk" else "raw gRPC, retrying"


def make_row(name: str, feed: Feed, sink: Upstream | GrpcSink, started: float, notes: list[str],
             **facts: int) -> Row:
    figures = tally(feed.client.acked, bodies(sink.records()))
    refusals = getattr(feed.client, "refusals", None)
    if refusals:
        notes = [*notes, "client told to retry " + ", ".join(f"{n}x {code}" for code, n in refusals.items())]
        facts["refusals"] = sum(refusals.values())
    return Row(name, feed.label, figures["sent"], figures["received"], figures["duplicated"],
               figures["lost"], feed.client.abandoned, time.monotonic() - started, notes, facts)


# --------------------------------------------------------------------------- scenarios


async def down_at_start(scale: Scale) -> Row:
    sink = Upstream(port=free_port())  # nothing listens yet
    started = time.monotonic()
    async with running_proxy(proxy_overrides(sink)) as app:
        feed = await Feed("sdk", app, scale).start()
        await hold(scale.outage)
        await sink.start()
        await feed.wait()
        await settle(app, sink, 30)
    await sink.stop()
    return make_row("upstream down at start", feed, sink, started,
                    [f"upstream up after {scale.outage:g}s"])


async def down_mid_stream(scale: Scale, *, grpc_upstream: bool = False) -> Row:
    """The upstream goes away and comes back on the same port (OTLP/HTTP, or OTLP/gRPC
    with the gRPC exporter)."""
    sink = GrpcSink() if grpc_upstream else Upstream()
    await sink.start()
    started = time.monotonic()
    overrides = proxy_overrides(sink)
    if grpc_upstream:
        overrides["exporter"].update(protocol="grpc", endpoint=sink.url)
    async with running_proxy(overrides) as app:
        feed = await Feed("raw", app, scale).start()
        await hold(scale.outage / 4)
        await sink.stop()
        await hold(scale.outage)
        await sink.start()
        await feed.wait()
        await settle(app, sink, 30)
    await sink.stop()
    if grpc_upstream:
        return make_row("gRPC upstream down mid-stream", feed, sink, started,
                        [f"exporter.protocol grpc; down for {scale.outage:g}s"])
    return make_row("upstream down mid-stream", feed, sink, started, [f"down for {scale.outage:g}s"])


async def flapping(scale: Scale) -> Row:
    sink = Upstream()
    await sink.start()
    started = time.monotonic()
    period = scale.flap_period
    async with running_proxy(proxy_overrides(sink)) as app:
        feed = await Feed("raw", app, scale).start()
        for _ in range(scale.flaps):
            await sink.stop()
            await hold(period)
            await sink.start()
            await hold(period)
        await feed.wait()
        await settle(app, sink, 30)
    await sink.stop()
    return make_row("upstream flapping", feed, sink, started,
                    [f"{scale.flaps}x down {period:g}s / up {period:g}s"])


async def queue_full(scale: Scale) -> Row:
    sink = Upstream(port=free_port())
    started = time.monotonic()
    overrides = proxy_overrides(sink, queue={"max_records": 100})
    async with running_proxy(overrides) as app:
        feed = await Feed("raw", app, scale).start()
        await hold(scale.outage)
        await sink.start()
        await feed.wait()
        await settle(app, sink, 30)
    await sink.stop()
    return make_row("upstream down, queue full (backpressure)", feed, sink, started,
                    [f"queue.max_records 100, down {scale.outage:g}s"])


async def slow(scale: Scale) -> Row:
    """Every request answered after ``slow_delay``; the exporter waits longer than that."""
    sink = Upstream()
    await sink.start()
    sink.default = Reply(delay=scale.slow_delay)
    started = time.monotonic()
    # Bigger batches: a slow upstream is best met with fewer, fuller requests.
    overrides = proxy_overrides(sink, timeout=scale.slow_delay * 1.5,
                                batch={"max_records": 4096, "timeout": scale.slow_delay / 5})
    async with running_proxy(overrides) as app:
        feed = await Feed("sdk", app, scale).start()
        await feed.wait()
        await settle(app, sink, scale.slow_delay * 6)
    await sink.stop()
    return make_row(f"slow upstream ({scale.slow_delay:g}s per request)", feed, sink, started,
                    [f"exporter.timeout {scale.slow_delay * 1.5:g}s", f"{sink.total_requests} requests"])


async def slow_timeout(scale: Scale) -> Row:
    """The first requests take ``slow_delay``, beyond exporter.timeout: at-least-once shows."""
    sink = Upstream()
    await sink.start()
    sink.script(*[Reply(delay=scale.slow_delay)] * CONSUMERS)
    started = time.monotonic()
    timeout = scale.slow_delay * 0.4
    overrides = proxy_overrides(sink, timeout=timeout)
    async with running_proxy(overrides) as app:
        feed = await Feed("raw", app, scale).start()
        await feed.wait()
        await settle(app, sink, scale.slow_delay * 3)
        # The upstream stored the timed-out requests after all: they were sent again.
    await sink.stop()
    return make_row(f"slow upstream ({scale.slow_delay:g}s) beyond exporter.timeout", feed, sink, started,
                    [f"exporter.timeout {timeout:g}s: the {CONSUMERS} slow requests were retried "
                     "and stored twice (at least once)"])


async def too_many_requests(scale: Scale) -> Row:
    sink = Upstream()
    await sink.start()
    retry_after = max(1, round(scale.outage))
    sink.script(*[Reply(429, retry_after=retry_after)] * 3)
    started = time.monotonic()
    async with running_proxy(proxy_overrides(sink)) as app:
        feed = await Feed("raw", app, scale).start()
        await feed.wait()
        await settle(app, sink, 30)
    await sink.stop()
    return make_row("429 with Retry-After", feed, sink, started,
                    [f"3x 429 Retry-After: {retry_after}", f"{sink.answered(429)} answered 429"],
                    answered_429=sink.answered(429))


async def server_errors(scale: Scale) -> Row:
    """HTTP 500 to everything for a while (PostHog and load balancers answer transient 500s)."""
    sink = Upstream()
    await sink.start()
    started = time.monotonic()
    async with running_proxy(proxy_overrides(sink)) as app:
        feed = await Feed("raw", app, scale).start()
        await hold(scale.outage / 4)
        sink.default = Reply(500)
        await hold(scale.outage)
        sink.default = Reply()
        await feed.wait()
        await settle(app, sink, 30)
    await sink.stop()
    return make_row(f"500 for {scale.outage:g}s", feed, sink, started,
                    [f"{sink.answered(500)} answered 500, retried (retry.on_http_500: 5)"],
                    answered_500=sink.answered(500))


def probe_budget(window: float) -> int:
    """Most requests ``CONSUMERS`` consumers may send in ``window`` seconds if each waits
    retry.max_interval (less 20 % jitter) between probes, plus each one's first attempt."""
    return math.ceil(CONSUMERS * (window / (AUTH_PROBE_INTERVAL * 0.8) + 1))


async def forbidden_then_restored(scale: Scale) -> Row:
    """403 for a while (a revoked key), then the upstream accepts again: no restart needed."""
    sink = Upstream()
    await sink.start()
    sink.default = Reply(403)
    started = time.monotonic()
    overrides = proxy_overrides(sink, retry={"max_interval": AUTH_PROBE_INTERVAL})
    async with running_proxy(overrides) as app:
        feed = await Feed("raw", app, scale).start()
        await eventually(lambda: app.queue.auth_failed, 10, "the exporter to see the 403")
        red = await readyz(app)
        await hold(scale.outage)
        probes, window = sink.answered(403), time.monotonic() - started
        sink.default = Reply()
        await feed.wait()
        await settle(app, sink, 30)
        green = await readyz(app)
    await sink.stop()
    return make_row("403, then the key works again", feed, sink, started,
                    [f"/readyz {red} while refused, {green} after",
                     f"{probes} probes in {window:.1f}s (4 consumers, retry.max_interval 0.25s)"],
                    readyz_refused=red, readyz_after=green, probes=probes, probe_budget=probe_budget(window))


async def unauthorized_then_fixed(scale: Scale) -> Row:
    """401 for a wrong token; the operator fixes the token and restarts; the spool keeps all."""
    sink = Upstream(token="right")
    await sink.start()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as spool:
        queue = {"spool_dir": spool}
        wrong = proxy_overrides(sink, headers={"Authorization": "Bearer wrong"}, queue=queue,
                                retry={"max_interval": AUTH_PROBE_INTERVAL})
        async with running_proxy(wrong) as app:
            feed = await Feed("raw", app, scale).start()
            await feed.wait()
            await eventually(lambda: app.queue.auth_failed, 10, "the exporter to see the 401")
            red = await readyz(app)
            await hold(scale.outage)
        probes, window = sink.answered(401), time.monotonic() - started
        right = proxy_overrides(sink, headers={"Authorization": "Bearer right"}, queue=queue)
        async with running_proxy(right) as app:
            await settle(app, sink, 30)
    await sink.stop()
    return make_row("401, token fixed by a restart (spool)", feed, sink, started,
                    [f"/readyz {red} while refused", f"{probes} probes in {window:.1f}s",
                     "spooled at stop, sent after the restart"],
                    readyz_refused=red, probes=probes, probe_budget=probe_budget(window))


async def too_large(scale: Scale) -> Row:
    limit = 50
    sink = Upstream(max_records=limit)
    await sink.start()
    started = time.monotonic()
    # Batches fill up to 512 records before they go: each one is over the limit.
    overrides = proxy_overrides(sink, batch={"timeout": 0.5})
    async with running_proxy(overrides) as app:
        feed = await Feed("raw", app, scale).start()
        await feed.wait()
        await settle(app, sink, 30)
    await sink.stop()
    return make_row(f"413 over {limit} records", feed, sink, started,
                    [f"{sink.answered(413)} batches answered 413 and split in halves"],
                    answered_413=sink.answered(413),
                    largest_accepted=max(item.record_count for item in sink.delivered))


SCENARIOS: dict[str, Callable[[Scale], Awaitable[Row]]] = {
    "down-at-start": down_at_start,
    "down-mid-stream": down_mid_stream,
    "flapping": flapping,
    "queue-full": queue_full,
    "slow": slow,
    "slow-timeout": slow_timeout,
    "429": too_many_requests,
    "403": forbidden_then_restored,
    "401": unauthorized_then_fixed,
    "413": too_large,
    "500": server_errors,
    "grpc-down": lambda scale: down_mid_stream(scale, grpc_upstream=True),
}


async def run(name: str, scale: Scale = QUICK) -> Row:
    """Run one scenario by name."""
    return await SCENARIOS[name](scale)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the short version the tests run")
    parser.add_argument("--scenario", action="append", choices=sorted(SCENARIOS),
                        help="run only these (repeatable); default all")
    args = parser.parse_args(argv)
    scale = QUICK if args.quick else FULL
    names = args.scenario or list(SCENARIOS)

    async def all_rows() -> list[Row]:
        rows = []
        for name in names:
            rows.append(await run(name, scale))
            print(rows[-1].markdown(), file=sys.stderr, flush=True)
        return rows

    rows = asyncio.run(all_rows())
    print(HEADER)
    for row in rows:
        print(row.markdown())
    bad = [row.scenario for row in rows if row.lost or row.abandoned]
    if bad:
        print(f"\nLOSS in: {', '.join(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        raise SystemExit(main())
