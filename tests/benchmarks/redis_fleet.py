"""Two replicas on Redis, then a leader kill -9: what docs/operations.md promises of a fleet.

    python -m tests.benchmarks.redis_fleet [--seconds 20] [--interval 2]

Starts a redis-server of its own and two ``serve`` processes (``store.kind: redis``,
``analysis.interval`` as given) fed by a client each, then prints: the leader lock's
holder and the windows published (both replicas), the longest delay between a version
appearing in Redis and both replicas applying it, and, after ``kill -9`` of the leader,
when the other took the lock and ran its first cycle as leader. Not a test: no timing is
asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import tempfile
import time
import uuid
from pathlib import Path

import redis.asyncio as aioredis

from tests.e2e.test_redis_outage import applied, replica_config
from tests.peers.redis_server import RedisServer
from tests.peers.sinks import HttpSink
from tests.peers.waiting import eventually
from tests.reliability.clients import RetryingGrpcClient
from tests.reliability.process import ProxyProcess


async def generations(replica: ProxyProcess) -> float:
    _, text = await replica.get("/metrics")
    return sum(float(line.rpartition(" ")[2]) for line in text.splitlines()
               if line.startswith("otlp_sampler_policy_generations_total{"))


async def main(seconds: float, interval: float, workdir: Path) -> None:
    prefix = f"fleet:{uuid.uuid4().hex}:"
    async with RedisServer() as redis_server, HttpSink(keep_requests=False) as sink:
        config = replica_config(sink.logs_url, redis_server.url, prefix)
        config["analysis"] = {"interval": f"{interval}s"}
        replicas = [ProxyProcess(dict(config), workdir, name=name) for name in ("a", "b")]
        client = aioredis.Redis.from_url(redis_server.url, decode_responses=True)
        stop = asyncio.Event()

        async def feed(replica: ProxyProcess) -> None:
            async with RetryingGrpcClient(replica.grpc_target, replica.config_path.stem, batch=50,
                                          give_up=2) as sender:
                while not stop.is_set():
                    await sender.send()
                    await asyncio.sleep(0.02)

        try:
            for replica in replicas:
                await replica.start()
            feeders = [asyncio.create_task(feed(replica)) for replica in replicas]
            lags, seen, deadline = [], 0, time.monotonic() + seconds
            while time.monotonic() < deadline:
                current = int(await client.get(f"{prefix}policy:current") or 0)
                if current > seen:
                    appeared = time.monotonic()
                    await eventually(lambda version=current: applied(replicas, version), 10, "both replicas",
                                     interval=0.01)
                    lags.append(time.monotonic() - appeared)
                    seen = current
                await asyncio.sleep(0.01)
            leader = await client.get(f"{prefix}leader")
            windows = await client.zrange(f"{prefix}windows", 0, -1)
            print(f"leader {leader}; windows published {len(windows)}; versions {seen}, "
                  f"on both replicas within {max(lags, default=float('nan')):.3f}s of appearing")

            lead = next(r for r in replicas if "policy version" in r.log_text())
            other = next(r for r in replicas if r is not lead)
            before = await generations(other)
            killed = time.monotonic()
            lead.kill()
            await lead.wait(10)

            async def new_leader() -> bool:
                holder = await client.get(f"{prefix}leader")
                return holder is not None and holder != leader

            async def cycled() -> bool:
                return await generations(other) > before

            await eventually(new_leader, 120, "another leader", interval=0.05)
            took_lock = time.monotonic() - killed
            await eventually(cycled, 120, "a cycle of the new leader", interval=0.05)
            print(f"failover after kill -9: lock taken in {took_lock:.1f}s, first cycle as leader "
                  f"in {time.monotonic() - killed:.1f}s (lock TTL max(3 x interval, 10 s))")
            stop.set()
            for task in feeders:
                task.cancel()
            other.signal(signal.SIGTERM)
            await other.wait(30)
        finally:
            stop.set()
            await client.aclose()
            for replica in replicas:
                with contextlib.suppress(Exception):
                    await replica.ensure_stopped()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="how long both replicas run first")
    parser.add_argument("--interval", type=float, default=2.0, help="analysis.interval of the replicas")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        asyncio.run(main(args.seconds, args.interval, Path(directory)))
