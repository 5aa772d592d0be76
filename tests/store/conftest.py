"""Store fixtures: every store kind behind one factory, real sqlite files and the real Redis."""

from __future__ import annotations

import os
import uuid

import pytest

from otlp_sampler.store import MemoryStore, SqliteStore

REDIS_URL = os.environ.get("OTLP_SAMPLER_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


async def redis_reachable(url: str = REDIS_URL) -> bool:
    import redis.asyncio as aioredis
    from redis.exceptions import RedisError

    client = aioredis.Redis.from_url(url, socket_connect_timeout=1.0)
    try:
        return bool(await client.ping())
    except (RedisError, OSError):
        return False
    finally:
        await client.aclose()


async def require_redis() -> None:
    """Skip without Redis locally; in CI (CI=true) a missing Redis is a failure."""
    if await redis_reachable():
        return
    message = f"Redis is not reachable at {REDIS_URL}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: Redis tests must run)")
    pytest.skip(message)


async def delete_prefix(prefix: str, url: str = REDIS_URL) -> None:
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url)
    try:
        keys = [key async for key in client.scan_iter(match=prefix + "*", count=500)]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


class StoreFactory:
    """Opens stores of one kind on the same state, as a restarted process or another replica would."""

    def __init__(self, kind: str, tmp_path) -> None:
        self.kind = kind
        self.path = tmp_path / "state" / "state.db"  # a parent that does not exist yet
        self.prefix = f"otlp-sampler-test:{uuid.uuid4().hex}:"
        self._memory = None
        self.opened: list = []

    @property
    def shares_state(self) -> bool:
        """Whether a second open sees the first one's state (not so for memory)."""
        return self.kind != "memory"

    def open(self, *, clock=None):
        if self.kind == "memory":
            store = MemoryStore(clock=clock) if clock else MemoryStore()
        elif self.kind == "sqlite":
            kwargs = {"poll_interval": 0.05}
            if clock:
                kwargs["clock"] = clock
            store = SqliteStore(self.path, **kwargs)
        else:
            from otlp_sampler.store.redis_store import RedisStore

            store = RedisStore(REDIS_URL, self.prefix, retry_interval=0.05)
        self.opened.append(store)
        return store

    async def close_all(self) -> None:
        for store in self.opened:
            await store.close()
        if self.kind == "redis":
            await delete_prefix(self.prefix)


async def _factory(kind: str, tmp_path):
    if kind == "redis":
        await require_redis()
    factory = StoreFactory(kind, tmp_path)
    yield factory
    await factory.close_all()


@pytest.fixture(params=["memory", "sqlite", "redis"])
async def stores(request, tmp_path):
    async for factory in _factory(request.param, tmp_path):
        yield factory


@pytest.fixture(params=["sqlite", "redis"])
async def shared_stores(request, tmp_path):
    """Stores whose instances share state, as processes or replicas on one database do."""
    async for factory in _factory(request.param, tmp_path):
        yield factory
