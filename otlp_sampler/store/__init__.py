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
    "build_store",
    "summarize",
]


def build_store(config: StoreConfig) -> PolicyStore:
    """The store ``config`` asks for; raises :class:`StoreError` if it cannot be opened."""
    if config.kind == "memory":
        return MemoryStore()
    if config.kind == "redis":
        # Imported here so sqlite users never load the redis client.
        from otlp_sampler.store.redis_store import RedisStore

        return RedisStore(config.url, config.key_prefix)
    return SqliteStore(config.path)
