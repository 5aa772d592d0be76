"""Shared state: policy versions and history, the pattern catalog, the leader lock.

``build_store(config.store)`` gives the configured :class:`PolicyStore`: sqlite (default,
one machine), redis (many replicas, pub/sub hot swap) or memory (tests).
"""

from __future__ import annotations

from otlp_sampler.config import StoreConfig
from otlp_sampler.store.base import (
    PatternEntry,
    PolicyCallback,
    PolicyNotFound,
    PolicyStore,
    PolicySummary,
    StoreError,
    StoreHealth,
    summarize,
)
from otlp_sampler.store.memory_store import MemoryStore
from otlp_sampler.store.sqlite_store import SqliteStore

__all__ = [
    "MemoryStore",
    "PatternEntry",
    "PolicyCallback",
    "PolicyNotFound",
    "PolicyStore",
    "PolicySummary",
    "SqliteStore",
    "StoreError",
    "StoreHealth",
    "build_store",
    "summarize",
]


def build_store(config: StoreConfig, *, max_retry_interval: float = 30.0) -> PolicyStore:
    """The store ``config`` asks for; raises :class:`StoreError` if it cannot be opened.

    ``max_retry_interval``: the longest wait between two reconnection attempts of a store
    that can be away (Redis), so a replica rejoins soon after it returns.
    """
    if config.kind == "memory":
        return MemoryStore()
    if config.kind == "redis":
        # Imported here so sqlite users never load the redis client.
        from otlp_sampler.store.redis_store import RedisStore

        return RedisStore(config.url, config.key_prefix, max_retry_interval=max_retry_interval)
    return SqliteStore(config.path)
