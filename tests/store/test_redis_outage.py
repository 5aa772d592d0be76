"""The Redis store through a Redis outage: a redis-server of the test's own, stopped and restarted.

docs/operations.md § Several machines: Redis: while Redis is away calls fail with
``StoreError`` and ``health`` says so; once it is back the very first call works (a pooled
connection Redis closed is replaced), the subscription catches up, and versions keep
growing even though the restarted Redis lost its data.
"""

from __future__ import annotations

import pytest

from otlp_sampler.store import StoreError
from otlp_sampler.store.redis_store import RedisStore
from tests.peers.redis_server import RedisServer
from tests.peers.waiting import eventually
from tests.store.test_stores import make_policy


async def test_the_first_call_after_redis_restarts_works_and_health_follows():
    async with RedisServer() as redis_server:
        store = RedisStore(redis_server.url, "t:", retry_interval=0.05)
        try:
            await store.save_policy(make_policy())
            assert store.health.problem is None
            await redis_server.stop()
            with pytest.raises(StoreError):
                await store.current_policy()
            assert store.health.degraded
            assert "redis store at redis://127.0.0.1" in store.health.problem
            await redis_server.start()
            # The pooled connection died with the old Redis: the call must not fail on it.
            saved = await store.save_policy(make_policy())
            assert store.health.problem is None
            assert (await store.current_policy()).version == saved.version
        finally:
            await store.close()


async def test_versions_keep_growing_when_redis_comes_back_without_its_data():
    async with RedisServer() as redis_server:
        writer = RedisStore(redis_server.url, "t:", retry_interval=0.05)
        replica = RedisStore(redis_server.url, "t:", retry_interval=0.05, max_retry_interval=0.1)
        heard: list[int] = []
        try:
            for store, heard_by in ((replica, heard.append), (writer, lambda version: None)):
                await store.subscribe(lambda doc, heard_by=heard_by: heard_by(doc.version))
                assert await store.wait_listening()  # every replica follows the versions
            for _ in range(2):
                await writer.save_policy(make_policy())
            await eventually(lambda: heard == [1, 2], 5, "versions 1 and 2 at the replica")
            await redis_server.stop()
            await eventually(lambda: replica.health.degraded and writer.health.degraded, 5,
                             "both replicas to notice the outage")
            await redis_server.start()  # empty: --save "" --appendonly no
            saved = await writer.save_policy(make_policy())
            assert saved.version == 3, "a version below one the replicas know would be ignored by them"
            await eventually(lambda: heard == [1, 2, 3], 5, "version 3 at the replica")
            assert not replica.health.degraded
        finally:
            await writer.close()
            await replica.close()


async def test_a_store_that_never_reached_redis_follows_versions_once_it_starts():
    redis_server = RedisServer()  # not started: Redis is down when the replica starts
    replica = RedisStore(redis_server.url, "t:", retry_interval=0.05, max_retry_interval=0.1)
    heard: list[int] = []
    try:
        with pytest.raises(StoreError):
            await replica.current_policy()
        await replica.subscribe(lambda doc: heard.append(doc.version), since=0)
        assert replica.health.degraded
        await redis_server.start()
        writer = RedisStore(redis_server.url, "t:")
        try:
            await writer.save_policy(make_policy())
            await eventually(lambda: heard == [1], 5, "the first version at the replica")
        finally:
            await writer.close()
        assert not replica.health.degraded
    finally:
        await replica.close()
        await redis_server.stop()


async def test_the_subscription_follows_at_once_when_another_call_finds_redis_back():
    """A long outage grows the listener's backoff; the side loop's next call (every analysis
    interval) must bring the subscription back without waiting that backoff out."""
    async with RedisServer() as redis_server:
        replica = RedisStore(redis_server.url, "t:", retry_interval=30.0)  # the backoff a long outage reaches
        writer = RedisStore(redis_server.url, "t:")
        heard: list[int] = []
        try:
            await replica.subscribe(lambda doc: heard.append(doc.version))
            assert await replica.wait_listening()
            await redis_server.stop()
            await eventually(lambda: replica.health.degraded, 5, "the replica to notice the outage")
            await redis_server.start()
            await replica.publish_window("replica", {"owner": "replica"}, ttl=10)  # the side loop's call
            assert await replica.wait_listening(timeout=2), "the subscription waited out its backoff"
            await writer.save_policy(make_policy())
            await eventually(lambda: heard == [1], 2, "the new version at the replica")
        finally:
            await writer.close()
            await replica.close()
