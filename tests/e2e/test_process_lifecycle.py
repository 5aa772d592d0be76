"""The proxy as a real process (``python -m otlp_sampler serve --config FILE``): kill -9, SIGTERM.

docs/reliability.md § Delivery semantics: with a spool, every record a client was told was
accepted reaches the upstream even across ``kill -9``; SIGTERM turns /readyz red, refuses
intake, drains within ``exporter.shutdown_timeout`` and exits 0, spooling what the upstream
did not take.
Sampling is off (pass-through), so every acknowledged record must arrive. The kill and
stop tests run on the stores deployments use — sqlite (the default) and Redis (replicas;
a redis-server of the test's own) — with the side loop using the store every second.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import signal
import time
from collections import Counter
from pathlib import Path

import aiohttp
import grpc
import pytest

from tests.e2e.harness import merge
from tests.peers.redis_server import RedisServer
from tests.peers.sinks import HttpSink, Reply, bodies
from tests.peers.waiting import eventually, free_port
from tests.receive.test_http_server import gzip_bomb
from tests.reliability.clients import RetryingGrpcClient, numbered_request, tally
from tests.reliability.process import ProxyProcess

pytestmark = pytest.mark.e2e


CONSUMERS, BATCH = 2, 200  # exporter.queue.consumers, exporter.batch.max_records below
# An answer the sink gave this shortly before the kill may not have its ack on disk yet.
ACK_WINDOW = 0.2


# The lifecycle on each store a deployment runs (pytest's ``indirect`` parameter).
ON_EACH_STORE = pytest.mark.parametrize("store", ["sqlite", "redis"], indirect=True)


@pytest.fixture
async def store(request):
    """The ``store`` section for a proxy config; Redis is a redis-server of this test's own."""
    if request.param == "redis":
        async with RedisServer() as redis_server:
            yield {"kind": "redis", "url": redis_server.url}
    else:
        yield {"kind": "sqlite"}  # the default path, in the proxy's own working directory


def proxy_config(sink_url: str, store: dict | None = None, **overrides) -> dict:
    """Pass-through; with a ``store``, the side loop uses it every second (windows, leader
    lock, subscription), so start, kill and stop meet it in use."""
    base = {
        "store": store or {"kind": "memory"},
        "analysis": {"interval": "1s"} if store else {"enabled": False},
        "sampling": {"enabled": False},
        "exporter": {
            "protocol": "http/protobuf", "endpoint": sink_url, "timeout": 5,
            "batch": {"max_records": BATCH, "timeout": "50ms"},
            "retry": {"initial_interval": "50ms", "max_interval": "300ms"},
            "queue": {"consumers": CONSUMERS},
        },
    }
    return merge(base, overrides)


def segments(spool: Path) -> list[Path]:
    return sorted(spool.glob("*.seg"))


@ON_EACH_STORE
async def test_sigkill_mid_stream_loses_no_acknowledged_record(tmp_path, store):
    spool = tmp_path / "spool"
    sink = HttpSink(port=free_port())
    await sink.start()
    proxy = ProxyProcess(proxy_config(sink.logs_url, store, exporter={"queue": {"spool_dir": str(spool)}}),
                         tmp_path)
    try:
        await proxy.start()
        # Phase A: delivered, acknowledged by the upstream, and forgotten by the spool.
        async with RetryingGrpcClient(proxy.grpc_target, "a") as early:
            await early.send_many(30, concurrency=2)
        await sink.wait_for_records(300)
        await eventually(lambda: not segments(spool), 10, "the spool to retire acknowledged segments")

        # Phase B: a slow upstream, so batches wait in the spool and are in flight at the kill.
        sink.default = Reply(delay=0.3)
        async with RetryingGrpcClient(proxy.grpc_target, "b", give_up=0) as client:

            def mid_stream() -> bool:
                # Three batches delivered first: acknowledged frames that a lost ack would resend.
                delivered = sum(b.startswith("b-") for b in bodies(sink.records()))
                return len(client.acked) >= 500 and delivered >= 3 * BATCH

            stop = asyncio.Event()
            task = asyncio.create_task(client.send_many(100_000, concurrency=4, stop=stop))
            await eventually(mid_stream, 20, "records acknowledged, some delivered, more waiting")
            waiting = await proxy.metric("otlp_sampler_queue_records")
            kill_at = time.monotonic()
            proxy.kill()
            stop.set()
            assert await proxy.wait(10) == -signal.SIGKILL
            await task
        assert waiting > 0, "the kill should find records waiting in the queue"
        # The sink finishes the requests it was answering (its graceful stop waits for them):
        # whatever it recorded so far arrived before the restart.
        await sink.stop()
        restart_at = time.monotonic()
        sink.default = Reply()
        await sink.start()

        await proxy.start()
        acknowledged = set(early.acked) | set(client.acked)
        await eventually(lambda: acknowledged <= set(bodies(sink.records())), 20,
                         "every acknowledged record at the sink")
        await eventually(lambda: not segments(spool), 10, "the spool to drain after the restart")
        proxy.signal(signal.SIGTERM)
        assert await proxy.wait(15) == 0
    finally:
        await proxy.ensure_stopped()
        await sink.stop()

    delivered = bodies(sink.records())
    counts = Counter(delivered)
    figures = tally(acknowledged, delivered)
    print(f"\nSIGKILL mid-stream: {figures}, queued at the kill: {waiting:.0f}")
    assert figures["lost"] == 0
    # Exactly once where the upstream acknowledged and the spool recorded it before the kill.
    assert all(counts[body] == 1 for body in early.acked)
    # At least once otherwise: duplicates only of the batches in flight at the kill — the
    # upstream answered them as the proxy died, before their acks reached the disk. A batch
    # answered earlier had its ack written and read back: it must not come again.
    in_flight = {body for item in sink.delivered if kill_at - ACK_WINDOW <= item.at < restart_at
                 for body in bodies(r for rl in item.request.resource_logs for sl in rl.scope_logs
                                    for r in sl.log_records)}
    duplicated = {body for body, count in counts.items() if count > 1}
    assert duplicated <= in_flight, f"{len(duplicated - in_flight)} records resent that were acknowledged"
    assert len(duplicated) <= 2 * CONSUMERS * BATCH  # each consumer's batch, and at most the one before
    # Records at the sink that the client never saw acknowledged were in flight at the kill.
    assert figures["extra"] <= client.abandoned


@ON_EACH_STORE
async def test_sigterm_turns_readyz_red_refuses_intake_drains_and_exits_0(tmp_path, store):
    sink = HttpSink()
    await sink.start()
    sink.default = Reply(delay=0.25)  # 8 batches, one consumer: draining takes ~2 s
    shutdown_timeout = 20
    proxy = ProxyProcess(proxy_config(sink.logs_url, store, exporter={
        "batch": {"max_records": 100}, "queue": {"consumers": 1}, "shutdown_timeout": shutdown_timeout}),
        tmp_path)
    refused_http: list[object] = []
    try:
        await proxy.start()
        async with RetryingGrpcClient(proxy.grpc_target, "t") as client:
            await client.send_many(80, concurrency=4)
            assert len(client.acked) == 800
            proxy.signal(signal.SIGTERM)
            stopping_at = time.monotonic()
            await eventually(lambda: _is(proxy.readyz(), 503), 5, "/readyz to turn red")
            delivered_when_red = sink.delivered_records
            assert proxy.process.poll() is None
            # New requests are refused with a code the OTLP specification makes retryable:
            # UNAVAILABLE from the pipeline, or CANCELLED when the call reaches the gRPC
            # server while it is already closing.
            assert await client.send_once(numbered_request("late", 0, 10)) in (
                grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED)
            refused_http.append(await _post(proxy.http_url, numbered_request("late", 10, 10)))
            assert await proxy.wait(shutdown_timeout + 5) == 0
            stopped_after = time.monotonic() - stopping_at
    finally:
        await proxy.ensure_stopped()
        await sink.stop()
    print(f"\nSIGTERM: red with {delivered_when_red}/800 delivered, exit 0 after {stopped_after:.1f}s")
    assert delivered_when_red < 800, "readyz should turn red before the queue is drained"
    assert refused_http[0] in (503, "connection refused")
    assert stopped_after < shutdown_timeout
    counts = Counter(bodies(sink.records()))
    assert tally(client.acked, counts.elements()) == {
        "sent": 800, "received": 800, "duplicated": 0, "lost": 0, "extra": 0}
    assert "shutting down" in proxy.log_text()


@ON_EACH_STORE
async def test_sigterm_with_upstream_down_spools_the_rest_for_the_next_start(tmp_path, store):
    spool = tmp_path / "spool"
    sink = HttpSink(port=free_port())  # not started: the upstream is down
    proxy = ProxyProcess(proxy_config(sink.logs_url, store, exporter={
        "queue": {"spool_dir": str(spool)}, "shutdown_timeout": 0.3}), tmp_path)
    try:
        await proxy.start()
        async with RetryingGrpcClient(proxy.grpc_target, "s") as client:
            await client.send_many(30, concurrency=2)
        proxy.signal(signal.SIGTERM)
        assert await proxy.wait(10) == 0
        assert "stay in the spool" in proxy.log_text()
        assert segments(spool)

        await sink.start()
        await proxy.start()
        await sink.wait_for_records(300, timeout=15)
        await eventually(lambda: not segments(spool), 10, "the spool to drain")
        proxy.signal(signal.SIGTERM)
        assert await proxy.wait(10) == 0
    finally:
        await proxy.ensure_stopped()
        await sink.stop()
    assert tally(client.acked, bodies(sink.records())) == {
        "sent": 300, "received": 300, "duplicated": 0, "lost": 0, "extra": 0}


async def _is(awaitable, expected) -> bool:
    return (await awaitable) == expected


async def _post(url: str, body: bytes, headers: dict | None = None) -> int | str:
    """POST an OTLP/HTTP protobuf request: the status, or "connection refused"."""
    headers = {"Content-Type": "application/x-protobuf", **(headers or {})}
    try:
        session = aiohttp.ClientSession()
        async with session, session.post(url, data=body, headers=headers) as response:
            return response.status
    except aiohttp.ClientConnectionError:
        return "connection refused"


# --------------------------------------------------------------------------- hostile clients


async def _slowloris(port: int, results: list[str]) -> None:
    """Headers a byte at a time, never finished: the proxy must cut the connection."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n")
        for _ in range(100):
            writer.write(b"X")
            await writer.drain()
            with contextlib.suppress(TimeoutError):
                data = await asyncio.wait_for(reader.read(64), 0.2)
                results.append(data[:12].decode(errors="replace") or "closed")
                return
        results.append("still open")
    except ConnectionError:
        results.append("closed")
    finally:
        writer.close()


async def test_hostile_clients_leave_memory_flat_and_good_clients_served(tmp_path):
    sink = HttpSink(keep_requests=False)
    await sink.start()
    # header_timeout cuts the slowloris; the big bodies keep the default read_timeout, which a
    # loaded machine needs to take in 10 MB (1 s turned a valid one into a 408 there).
    proxy = ProxyProcess(proxy_config(sink.logs_url, receivers={"header_timeout": 1}), tmp_path)
    bomb = gzip_bomb(1)  # 1 GiB of zeros; the proxy inflates at most max_decompressed_size (64 MB)
    garbage = random.Random(5).randbytes(10 * 1024 * 1024)
    big_valid = numbered_request("big", 0, 1000, pad=10 * 1024)  # 10 MB, 1000 records
    answers: Counter[tuple[str, object]] = Counter()
    peak = [0]
    try:
        await proxy.start()
        baseline = proxy.rss()

        async def watch_memory() -> None:
            while True:
                peak[0] = max(peak[0], proxy.rss())
                await asyncio.sleep(0.05)

        async def hostile(name: str, body: bytes, headers: dict) -> None:
            answers[(name, await _post(proxy.http_url, body, headers))] += 1

        watcher = asyncio.create_task(watch_memory())
        after_round = []
        # The claim is that the hostile clients do not blind the others, not a latency bound:
        # a 5 s deadline was one that a loaded CI machine, inflating four 64 MB bombs, missed.
        async with RetryingGrpcClient(proxy.grpc_target, "good", give_up=0, timeout=60) as good:
            for _ in range(3):
                slow: list[str] = []
                attacks = [
                    *(hostile("gzip bomb", bomb, {"Content-Encoding": "gzip"}) for _ in range(4)),
                    *(hostile("10 MB garbage", garbage, {}) for _ in range(2)),
                    hostile("10 MB valid", big_valid, {}),
                    *(_slowloris(proxy.http_port, slow) for _ in range(20)),
                ]
                attack = asyncio.gather(*attacks)
                while not attack.done():  # good clients keep being served meanwhile
                    assert await good.send(), good.refusals
                    answers[("good http", await _post(proxy.http_url, numbered_request("h", 0, 10)))] += 1
                await attack
                answers.update(("slowloris", s) for s in slow)
                await eventually(lambda: _is(proxy.metric("otlp_sampler_queue_records"), 0), 30,
                                 "the proxy to export what it accepted")
                after_round.append(proxy.rss())
        watcher.cancel()
        proxy.signal(signal.SIGTERM)
        assert await proxy.wait(15) == 0
    finally:
        await proxy.ensure_stopped()
        await sink.stop()
    mb = 1024 * 1024
    print(f"\nRSS MB: baseline {baseline / mb:.0f}, after rounds {[round(r / mb) for r in after_round]}, "
          f"peak {peak[0] / mb:.0f}; answers {dict(answers)}")
    assert answers[("gzip bomb", 413)] == 12
    assert answers[("10 MB garbage", 400)] == 6
    assert answers[("10 MB valid", 200)] == 3
    assert answers[("slowloris", "HTTP/1.1 408")] + answers[("slowloris", "closed")] == 60
    assert set(answers) <= {("gzip bomb", 413), ("10 MB garbage", 400), ("10 MB valid", 200),
                            ("good http", 200), ("slowloris", "HTTP/1.1 408"), ("slowloris", "closed")}
    assert len(good.acked) > 0 and good.abandoned == 0
    # Flat: memory does not grow round after round. A leak adds to the second round and to the
    # third; the allocator may reach a new plateau once, in any round (one run on a loaded
    # machine kept about a bomb's 64 MB after the third: 93, 99, 166 MB), so one of the two
    # steps stays small. Bounded: far below a GiB.
    steps = [after_round[1] - after_round[0], after_round[2] - max(after_round[:2])]
    assert min(steps) < 40 * mb, after_round
    assert peak[0] - baseline < 500 * mb, (baseline, peak[0])


# --------------------------------------------------------------------------- secrets


async def test_tokens_stay_out_of_logs_error_answers_readyz_and_metrics(tmp_path):
    secrets = {"query": "sekret-query-111", "header": "sekret-header-222", "ingest": "sekret-ingest-333",
               "admin": "sekret-admin-444"}
    sink = HttpSink(token="the-upstream-wants-another")  # our credentials are refused: 401
    await sink.start()
    proxy = ProxyProcess(proxy_config(
        f"{sink.posthog_url}?token={secrets['query']}",
        exporter={"headers": {"Authorization": f"Bearer {secrets['header']}"}, "shutdown_timeout": 0.3},
        receivers={"auth_tokens": [secrets["ingest"]]}, admin={"token": secrets["admin"]}), tmp_path)
    seen: list[str] = []
    try:
        await proxy.start()
        async with RetryingGrpcClient(proxy.grpc_target, "x") as client:
            assert await client.send_once(numbered_request("x", 0, 1)) == grpc.StatusCode.UNAUTHENTICATED
        assert await _post(proxy.http_url, numbered_request("x", 0, 1),
                           {"Authorization": "Bearer wrong"}) == 401
        assert await _post(proxy.http_url, numbered_request("x", 0, 5),
                           {"Authorization": f"Bearer {secrets['ingest']}"}) == 200
        await sink.wait_for(lambda: sink.total_requests > 0, 10, "the export attempt")
        await eventually(lambda: _is(proxy.readyz(), 503), 10, "/readyz red on the upstream's 401")
        _, readyz = await proxy.get("/readyz")
        assert "credentials" in readyz
        session = aiohttp.ClientSession()
        async with session, session.put(proxy.admin_url + "/api/v1/policy", json={}) as response:
            assert response.status == 401
            seen.append(await response.text())
        seen += [readyz, (await proxy.get("/metrics"))[1]]
        proxy.signal(signal.SIGTERM)
        assert await proxy.wait(15) == 0
    finally:
        await proxy.ensure_stopped()
        await sink.stop()
    log = proxy.log_text()
    assert "AUTHENTICATION FAILED" in log and "forwarding kept records to" in log
    for name, secret in secrets.items():
        assert secret not in log, name
        for text in seen:
            assert secret not in text, name
