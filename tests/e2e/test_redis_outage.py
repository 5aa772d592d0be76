"""Two replicas (``serve`` processes) on a Redis of the test's own, through Redis outages.

docs/operations.md § Several machines: Redis and § Readiness: a replica starts while Redis
is unreachable, samples on the dynamic sampler, stays ready with the store shown as
degraded (``/readyz`` body and ``otlp_sampler_store_degraded``), and rejoins the fleet —
its window published, one leader, every version applied on both replicas — within one
analysis interval of Redis coming back, after a first start without Redis and after a
restart that lost Redis's data.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
import uuid

import pytest
import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from otlp_sampler.store.redis_store import RedisStore
from tests.peers.redis_server import RedisServer
from tests.peers.sinks import HttpSink
from tests.peers.waiting import eventually
from tests.reliability.clients import RetryingGrpcClient
from tests.reliability.process import ProxyProcess

pytestmark = pytest.mark.e2e

INTERVAL = 1.0  # analysis.interval: the rejoin deadline below is one of these, plus start-up slack


def replica_config(sink_url: str, redis_url: str, prefix: str) -> dict:
    return {
        "store": {"kind": "redis", "url": redis_url, "key_prefix": prefix},
        "analysis": {"interval": f"{INTERVAL}s"},
        "exporter": {"protocol": "http/protobuf", "endpoint": sink_url, "batch": {"timeout": "50ms"}},
    }


async def readiness(proxy: ProxyProcess) -> tuple[int, dict]:
    status, body = await proxy.get("/readyz")
    return status, json.loads(body)


async def send(proxy: ProxyProcess, prefix: str, requests: int = 5) -> None:
    async with RetryingGrpcClient(proxy.grpc_target, prefix, batch=50, give_up=5) as client:
        await client.send_many(requests, concurrency=1)
        assert len(client.acked) == 50 * requests


async def applied(proxies: list[ProxyProcess], version: int) -> bool:
    return all([await p.metric("otlp_sampler_policy_version") >= version for p in proxies])


async def test_replicas_start_without_redis_stay_ready_and_rejoin_within_an_interval(tmp_path):
    prefix = f"otlp-sampler-test:{uuid.uuid4().hex}:"
    redis_server = RedisServer()  # not started: Redis is down when the replicas start
    sink = HttpSink(keep_requests=False)
    await sink.start()
    replicas = [ProxyProcess(replica_config(sink.logs_url, redis_server.url, prefix), tmp_path, name=name)
                for name in ("a", "b")]
    # Retried once on a dropped connection, as the store's own client is: Redis restarts below.
    client = aioredis.Redis.from_url(redis_server.url, decode_responses=True, retry=Retry(NoBackoff(), 1))
    try:
        # Side by side, as a fleet starts: each returns once its /readyz is 200.
        await asyncio.gather(*(replica.start() for replica in replicas))
        for replica in replicas:
            status, body = await readiness(replica)
            assert status == 200 and body["ready"]
            assert any(f"redis store at {redis_server.url}" in line for line in body["degraded"]), body
            assert await replica.metric("otlp_sampler_store_degraded") == 1
            await send(replica, replica.config_path.stem)  # sampled on the dynamic sampler meanwhile
            assert await replica.metric("otlp_sampler_records_received_total", service="reliability") == 250

        async def rejoined(since: float) -> float:
            """Seconds until both replicas publish windows, one leads, and both apply its version."""
            async def fleet() -> bool:
                windows = await client.zrange(f"{prefix}windows", 0, -1)
                leader = await client.get(f"{prefix}leader")
                current = int(await client.get(f"{prefix}policy:current") or 0)
                return (len(windows) == 2 and leader is not None and current > 0
                        and await applied(replicas, current))

            for replica in replicas:
                await send(replica, replica.config_path.stem)  # traffic for the leader's next policy
            await eventually(fleet, INTERVAL + 8, "both replicas back in the fleet", interval=0.1)
            for replica in replicas:
                assert await replica.metric("otlp_sampler_store_degraded") == 0
                assert (await readiness(replica))[1]["degraded"] == []
            return time.monotonic() - since

        await redis_server.start()
        first = await rejoined(time.monotonic())

        # Redis restarts and loses its data: the pooled connections are dead, versions start over.
        versions_before = int(await client.get(f"{prefix}policy:current"))
        await redis_server.stop()
        await eventually(lambda: _all_degraded(replicas), 10, "both replicas to see the outage")
        for replica in replicas:
            assert (await readiness(replica))[0] == 200  # still ready: a blip must not pull the fleet
        await redis_server.start()
        again = await rejoined(time.monotonic())
        assert int(await client.get(f"{prefix}policy:current")) > versions_before

        # A version saved elsewhere (the admin API of any replica, say) reaches both at once.
        writer = RedisStore(redis_server.url, prefix)
        try:
            current = await writer.current_policy()
            saved = await writer.save_policy(current.model_copy(update={"version": 0}))
        finally:
            await writer.close()
        await eventually(lambda: applied(replicas, saved.version), 2, "a new version on both replicas")
        print(f"\nRedis outage: rejoined {first:.1f}s after Redis first started, {again:.1f}s after "
              f"a restart that lost its data (analysis.interval {INTERVAL:.0f}s)")
        assert again <= INTERVAL + 3, "a replica must rejoin within about one analysis interval"

        for replica in replicas:
            replica.signal(signal.SIGTERM)
        for replica in replicas:
            assert await replica.wait(15) == 0
            # An outage is said once when it starts and once when it ends, not every interval.
            log = replica.log_text()
            assert "Traceback" not in log
            assert log.count("failing (") <= 3, log  # the store's health: the two outages, at most once more
    finally:
        await client.aclose()
        for replica in replicas:
            await replica.ensure_stopped()
        await redis_server.stop()
        await sink.stop()


async def _all_degraded(replicas: list[ProxyProcess]) -> bool:
    return all([await r.metric("otlp_sampler_store_degraded") == 1 for r in replicas])
