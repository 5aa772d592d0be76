"""The store for many replicas: policy versions, pattern catalog, leader lock and windows in Redis.

Every key starts with ``store.key_prefix`` so several deployments can share one Redis
(Redis Cluster users put a hash tag in the prefix, e.g. ``{otlp}:``, since the scripts
below touch several keys). Versions come from ``INCR`` and are written together with the
"current" pointer and the pub/sub news by one Lua script, so they only grow and every
replica hears of each one. When Redis is down, calls raise :class:`StoreError`,
:attr:`RedisStore.health` says so, and the subscription keeps retrying with backoff (at
most ``max_retry_interval`` apart): replicas go on sampling with the policy they have.
After an outage the first call starts on fresh connections, so it does not fail on one the
old Redis closed (docs/operations.md § Several machines: Redis).

Keys: ``policy:seq`` (counter; never below a version a replica knows, so versions keep
growing after Redis lost its data), ``policy:docs`` / ``policy:summaries`` (hashes by
version), ``policy:versions`` (sorted set), ``policy:current``; ``patterns`` (hash
``service<US>pattern_id`` -> template), ``patterns:by_time[:<service>]`` (sorted sets
scored by first seen); ``leader``; ``window:<owner>`` (each replica's last window, JSON,
expiring) and ``windows`` (sorted set of owners scored by expiry, an index so the leader
reads them without SCAN). Accounting:
``acct:services`` (set), ``acct:totals:<service>`` (hash ``pattern_id<US>count`` -> sum,
``HINCRBY``), ``acct:seen:<service>`` (hash pattern_id -> last seen), ``acct:minute:<t>``
(hash ``service<US>count``) and ``acct:minute:<t>:patterns`` (hash
``service<US>pattern_id<US>count``), each minute's keys expiring after the retention.
``alerts:seq``, ``alerts:docs`` (hash id -> JSON) and ``alerts:ids`` (sorted set of ids) for
the alert history, ``alert:claim:<key>`` for cooldowns (``SET NX PX``). News goes out on
channel ``policy:updates``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from datetime import datetime
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from otlp_sampler.analyze.accounting import COUNTS, MINUTE, AccountingBatch, PatternTotals, SeriesPoint
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.redact import mask_url
from otlp_sampler.store.base import (
    PatternEntry,
    PolicyCallback,
    PolicyNotFound,
    PolicySummary,
    StoreError,
    StoreHealth,
    Subscribers,
    cancel_task,
    matches_alert,
    rollback_document,
    summarize,
    wanted_point,
)

log = logging.getLogger(__name__)

_SEP = "\x1f"  # between service and pattern id in hash fields; pattern ids are hex

# KEYS: seq. ARGV: the highest version this replica knows. A Redis that restarted without
# its data starts the counter afresh; versions must still only grow, or every replica would
# ignore the new ones as already seen.
_NEXT_VERSION = """
local v = redis.call('INCR', KEYS[1])
local known = tonumber(ARGV[1])
if v <= known then
  v = known + 1
  redis.call('SET', KEYS[1], v)
end
return v
"""
# KEYS: docs, summaries, versions, current. ARGV: version, document, summary, channel.
_SAVE = """
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[1], ARGV[1])
local current = tonumber(redis.call('GET', KEYS[4]) or '0')
if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[4], ARGV[1]) end
redis.call('PUBLISH', ARGV[4], ARGV[1])
return 1
"""
# KEYS: lock. ARGV: owner, ttl in ms. Renew our own lock, or take a free one.
_ACQUIRE = """
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
"""
# KEYS: lock. ARGV: owner. Delete only our own lock, never one taken over after expiry.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# KEYS: window, index. ARGV: owner, payload, ttl in ms. Expiry runs on Redis's clock, so
# replicas whose clocks disagree still agree on which windows are fresh.
_PUBLISH_WINDOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local last = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[2], last[2])  -- the index goes when its freshest window does
return 1
"""

# KEYS: seq, docs, ids. ARGV: record, keep. A new alert, and the oldest beyond ``keep`` gone.
_SAVE_ALERT = """
local id = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], id, ARGV[1])
redis.call('ZADD', KEYS[3], id, id)
local keep = tonumber(ARGV[2])
local old = redis.call('ZRANGE', KEYS[3], 0, -keep - 1)
for i = 1, #old, 1000 do  -- unpack takes a bounded number of values
  redis.call('HDEL', KEYS[2], unpack(old, i, math.min(i + 999, #old)))
end
if #old > 0 then redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -keep - 1) end
return id
"""
# KEYS: docs. ARGV: id, record. Never brings back an alert already trimmed.
_UPDATE_ALERT = """
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return 1
end
return 0
"""


class RedisStore:
    """:class:`~otlp_sampler.store.base.PolicyStore` in Redis, shared by every replica."""

    def __init__(self, url: str = "redis://127.0.0.1:6379/0", key_prefix: str = "otlp-sampler:", *,
                 retry_interval: float = 0.5, max_retry_interval: float = 30.0,
                 client_name: str = "otlp-sampler") -> None:
        self.url = url
        self.key_prefix = key_prefix
        self._shown_url = mask_url(url)
        self._retry_interval = retry_interval
        self._max_retry_interval = max_retry_interval
        self.health = StoreHealth(f"redis store at {self._shown_url}")
        options = {"decode_responses": True, "socket_connect_timeout": 5.0, "socket_timeout": 10.0,
                   "health_check_interval": 15, "client_name": client_name}  # name: in CLIENT LIST
        # No client-side retries: accounting increments and alert ids must not be applied
        # twice, and the subscription must see a lost connection (redis-py would re-subscribe
        # silently, and the versions saved meanwhile would never be caught up). The
        # subscription has its own client, so its reconnections leave the commands' pool be.
        self._redis = aioredis.Redis.from_url(url, **options)
        self._pubsub_redis = aioredis.Redis.from_url(url, **options)
        self._next_version = self._redis.register_script(_NEXT_VERSION)
        self._save = self._redis.register_script(_SAVE)
        self._known_version = 0  # the highest version saved or read here
        self._acquire = self._redis.register_script(_ACQUIRE)
        self._release = self._redis.register_script(_RELEASE)
        self._publish_window = self._redis.register_script(_PUBLISH_WINDOW)
        self._save_alert = self._redis.register_script(_SAVE_ALERT)
        self._update_alert = self._redis.register_script(_UPDATE_ALERT)
        self._subscribers = Subscribers()
        self._listener: asyncio.Task | None = None
        self._listening = asyncio.Event()  # set while subscribed: tests and start-up wait on it
        self._reachable = asyncio.Event()  # a call went through: a waiting listener retries now
        self._closing = False

    def key(self, name: str) -> str:
        return self.key_prefix + name

    @property
    def channel(self) -> str:
        return self.key("policy:updates")

    async def _call(self, what: str, coro: Any) -> Any:
        if self.health.degraded:
            # Redis was away: the pooled connections may all be dead (a restart closes them),
            # and a command sent on one fails with "Connection closed by server". The first
            # call after an outage starts on new ones; none of them is in use meanwhile.
            await self._redis.connection_pool.disconnect(inuse_connections=False)
        try:
            result = await coro
        except (RedisError, OSError) as exc:
            if _unreachable(exc):
                self.health.failed(str(exc))
            raise StoreError(f"redis store at {self._shown_url}: {what} failed: {exc}") from None
        self.health.ok()
        if not self._listening.is_set():
            self._reachable.set()
        return result

    # ----------------------------------------------------------------- policies

    async def save_policy(self, doc: PolicyDocument) -> PolicyDocument:
        version = await self._call("allocating a version", self._next_version(
            keys=[self.key("policy:seq")], args=[self._known_version]))
        saved = doc.model_copy(update={"version": int(version)})
        self._known_version = max(self._known_version, saved.version)
        summary = json.dumps(_summary_to_json(summarize(saved)))
        await self._call("saving a policy", self._save(
            keys=[self.key("policy:docs"), self.key("policy:summaries"), self.key("policy:versions"),
                  self.key("policy:current")],
            args=[saved.version, saved.model_dump_json(), summary, self.channel],
        ))
        # Our own subscribers swap now rather than after the pub/sub round trip; the echo
        # that follows is ignored as already delivered.
        await self._subscribers.deliver(saved.model_copy(deep=True))
        return saved

    async def current_policy(self) -> PolicyDocument | None:
        version = await self._call("reading the current version", self._redis.get(self.key("policy:current")))
        return None if version is None else await self.get_policy(int(version))

    async def get_policy(self, version: int) -> PolicyDocument:
        text = await self._call("reading a policy", self._redis.hget(self.key("policy:docs"), str(version)))
        if text is None:
            raise PolicyNotFound(f"no policy version {version}")
        self._known_version = max(self._known_version, version)
        return PolicyDocument.model_validate_json(text)

    async def history(self, limit: int = 50) -> list[PolicySummary]:
        if limit <= 0:
            return []
        versions = await self._call("reading history",
                                    self._redis.zrevrange(self.key("policy:versions"), 0, limit - 1))
        if not versions:
            return []
        rows = await self._call("reading history", self._redis.hmget(self.key("policy:summaries"), versions))
        return [_summary_from_json(json.loads(row)) for row in rows if row is not None]

    async def rollback(self, version: int) -> PolicyDocument:
        return await self.save_policy(rollback_document(await self.get_policy(version)))

    # ----------------------------------------------------------------- patterns

    async def upsert_patterns(self, entries: list[tuple[str, str, str, float]]) -> int:
        rows = list(entries)
        if not rows:
            return 0
        catalog, by_time = self.key("patterns"), self.key("patterns:by_time")

        async def write() -> list[Any]:
            async with self._redis.pipeline(transaction=False) as pipe:
                for service, pattern_id, template, first_seen in rows:
                    field = f"{service}{_SEP}{pattern_id}"
                    pipe.hsetnx(catalog, field, template)
                    # LT keeps the earliest first_seen and adds members not there yet.
                    pipe.zadd(by_time, {field: first_seen}, lt=True)
                    pipe.zadd(f"{by_time}:{service}", {field: first_seen}, lt=True)
                return await pipe.execute()

        results = await self._call("saving patterns", write())
        return sum(1 for added in results[::3] if added)

    async def patterns(self, service: str | None = None, limit: int = 1000) -> list[PatternEntry]:
        if limit <= 0:
            return []
        index = self.key("patterns:by_time") + (f":{service}" if service is not None else "")
        scored = await self._call("reading patterns",
                                  self._redis.zrevrange(index, 0, limit - 1, withscores=True))
        if not scored:
            return []
        fields = [field for field, _ in scored]
        templates = await self._call("reading patterns", self._redis.hmget(self.key("patterns"), fields))
        entries = []
        for (field, first_seen), template in zip(scored, templates, strict=True):
            owner, _, pattern_id = field.rpartition(_SEP)
            entries.append(PatternEntry(owner, pattern_id, template or "", float(first_seen)))
        return entries

    # ----------------------------------------------------------------- leader lock

    async def try_acquire_leader(self, owner: str, ttl: float) -> bool:
        ttl_ms = max(int(ttl * 1000), 1)
        return bool(await self._call("taking the leader lock",
                                     self._acquire(keys=[self.key("leader")], args=[owner, ttl_ms])))

    async def release_leader(self, owner: str) -> None:
        await self._call("releasing the leader lock", self._release(keys=[self.key("leader")], args=[owner]))

    # ----------------------------------------------------------------- replicas' windows

    async def publish_window(self, owner: str, payload: dict, ttl: float) -> None:
        text = await asyncio.to_thread(json.dumps, payload)  # a big window is not encoded on the loop
        await self._call("publishing a window", self._publish_window(
            keys=[self.key(f"window:{owner}"), self.key("windows")],
            args=[owner, text, max(int(ttl * 1000), 1)],
        ))

    async def collect_windows(self, exclude_owner: str | None = None) -> list[dict]:
        owners = await self._call("listing windows", self._redis.zrange(self.key("windows"), 0, -1))
        keys = [self.key(f"window:{owner}") for owner in owners if owner != exclude_owner]
        if not keys:
            return []
        texts = await self._call("reading windows", self._redis.mget(keys))
        # A key that expired after the index was read comes back as None: that window is stale.
        fresh = [text for text in texts if text is not None]
        return await asyncio.to_thread(lambda: [json.loads(text) for text in fresh])

    # ----------------------------------------------------------------- accounting

    async def add_accounting(self, batch: AccountingBatch, *, retention: float) -> None:
        keep_ms = max(int(retention * 1000), 1)

        async def write() -> None:
            async with self._redis.pipeline(transaction=False) as pipe:
                for totals in batch.patterns.values():
                    pipe.sadd(self.key("acct:services"), totals.service)
                    key = self.key(f"acct:totals:{totals.service}")
                    for name, value in totals.counts().items():
                        pipe.hincrby(key, f"{totals.pattern_id}{_SEP}{name}", value)
                    pipe.hset(self.key(f"acct:seen:{totals.service}"), totals.pattern_id, totals.last_seen)
                for point in batch.points:
                    key, field = self._minute_field(point.minute, point.service, point.pattern_id)
                    for name, value in zip(COUNTS, _point_counts(point), strict=True):
                        if value:
                            pipe.hincrby(key, f"{field}{_SEP}{name}", value)
                    pipe.pexpireat(key, int((point.minute + MINUTE) * 1000) + keep_ms)
                await pipe.execute()

        await self._call("saving the accounting", write())

    def _minute_field(self, minute: int, service: str, pattern_id: str) -> tuple[str, str]:
        if pattern_id:
            return self.key(f"acct:minute:{minute}:patterns"), f"{service}{_SEP}{pattern_id}"
        return self.key(f"acct:minute:{minute}"), service

    async def pattern_totals(self, service: str | None = None) -> list[PatternTotals]:
        if service is None:
            services = sorted(await self._call("reading the accounting",
                                               self._redis.smembers(self.key("acct:services"))))
        else:
            services = [service]

        async def read() -> list[Any]:
            async with self._redis.pipeline(transaction=False) as pipe:
                for name in services:
                    pipe.hgetall(self.key(f"acct:totals:{name}"))
                    pipe.hgetall(self.key(f"acct:seen:{name}"))
                return await pipe.execute()

        answers = await self._call("reading the accounting", read())
        totals: list[PatternTotals] = []
        for index, name in enumerate(services):
            counts, seen = answers[2 * index], answers[2 * index + 1]
            rows = {pattern_id: PatternTotals(name, pattern_id, last_seen=float(last))
                    for pattern_id, last in seen.items()}
            for field, value in counts.items():
                pattern_id, _, count = field.partition(_SEP)
                rows.setdefault(pattern_id, PatternTotals(name, pattern_id)).add_counts({count: int(value)})
            totals.extend(rows.values())
        return totals

    async def series(self, start: float, end: float, *, service: str | None = None,
                     pattern_id: str | None = None, patterns: bool = False) -> list[SeriesPoint]:
        first = int(-(-start // MINUTE)) * MINUTE  # the first minute at or after start
        minutes = list(range(first, int(end), MINUTE))
        per_pattern = pattern_id is not None or patterns

        async def read() -> list[Any]:
            async with self._redis.pipeline(transaction=False) as pipe:
                for minute in minutes:
                    if pattern_id is None:
                        pipe.hgetall(self.key(f"acct:minute:{minute}"))
                    if per_pattern:
                        pipe.hgetall(self.key(f"acct:minute:{minute}:patterns"))
                return await pipe.execute()

        answers = iter(await self._call("reading the accounting series", read()))
        points: list[SeriesPoint] = []
        for minute in minutes:
            hashes = [next(answers)] if pattern_id is None else []
            if per_pattern:
                hashes.append(next(answers))
            counts: dict[tuple[str, str], dict[str, int]] = {}
            for fields in hashes:
                for field, value in fields.items():
                    *owner, count = field.split(_SEP)
                    name, pattern = owner[0], owner[1] if len(owner) > 1 else ""
                    counts.setdefault((name, pattern), {})[count] = int(value)
            for (name, pattern), values in sorted(counts.items()):
                point = SeriesPoint(minute, name, pattern, *(values.get(c, 0) for c in COUNTS))
                if wanted_point(point, service=service, pattern_id=pattern_id, patterns=patterns):
                    points.append(point)
        return points

    # ----------------------------------------------------------------- alerts

    async def pattern_first_seen(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], float]:
        if not keys:
            return {}
        index = self.key("patterns:by_time")

        async def read() -> list[Any]:
            async with self._redis.pipeline(transaction=False) as pipe:
                for service, pattern_id in keys:
                    pipe.zscore(index, f"{service}{_SEP}{pattern_id}")
                return await pipe.execute()

        scores = await self._call("reading first-seen times", read())
        return {key: float(score) for key, score in zip(keys, scores, strict=True) if score is not None}

    async def save_tier_verdicts(self, records: list[dict]) -> None:
        if records:
            mapping = {f"{r['service']}{_SEP}{r['pattern_id']}": json.dumps(r) for r in records}
            await self._call("saving tier verdicts",
                             self._redis.hset(self.key("tier_verdicts"), mapping=mapping))

    async def tier_verdicts(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        if not keys:
            return {}
        fields = [f"{service}{_SEP}{pattern_id}" for service, pattern_id in keys]
        values = await self._call("reading tier verdicts",
                                  self._redis.hmget(self.key("tier_verdicts"), fields))
        return {key: json.loads(value) for key, value in zip(keys, values, strict=True) if value is not None}

    async def claim_alert(self, key: str, ttl: float) -> bool:
        claimed = await self._call("claiming an alert cooldown", self._redis.set(
            self.key(f"alert:claim:{key}"), "1", nx=True, px=max(int(ttl * 1000), 1)))
        return bool(claimed)

    async def save_alert(self, record: dict, *, keep: int) -> int:
        alert_id = await self._call("saving an alert", self._save_alert(
            keys=[self.key("alerts:seq"), self.key("alerts:docs"), self.key("alerts:ids")],
            args=[json.dumps(record), max(keep, 1)]))
        return int(alert_id)

    async def update_alert(self, alert_id: int, record: dict) -> bool:
        return bool(await self._call("updating an alert", self._update_alert(
            keys=[self.key("alerts:docs")], args=[alert_id, json.dumps(record)])))

    async def alerts(self, *, service: str | None = None, kind: str | None = None,
                     limit: int = 50) -> list[dict]:
        found: list[dict] = []
        page, start = max(limit, 100), 0
        while len(found) < limit:  # the history is bounded (alerts.history), so this ends
            ids = await self._call("reading alerts",
                                   self._redis.zrevrange(self.key("alerts:ids"), start, start + page - 1))
            if not ids:
                break
            texts = await self._call("reading alerts", self._redis.hmget(self.key("alerts:docs"), ids))
            for alert_id, text in zip(ids, texts, strict=True):
                record = json.loads(text) if text is not None else None  # trimmed meanwhile
                if record is not None and matches_alert(record, service, kind) and len(found) < limit:
                    found.append({**record, "id": int(alert_id)})
            start += page
        return found

    # ----------------------------------------------------------------- news of new versions

    async def subscribe(self, callback: PolicyCallback, *, since: int | None = None) -> None:
        if since is None:
            try:
                current = await self._call("reading the current version",
                                           self._redis.get(self.key("policy:current")))
                since = int(current or 0)
            except StoreError as exc:
                # Redis away at start-up: subscribe anyway; the listener retries and then
                # delivers the newest version, which is at worst one the caller already has.
                log.warning("%s; the policy subscription will retry", exc)
                since = 0
        self._subscribers.add(callback, since)
        if self._listener is None:
            self._listener = asyncio.create_task(self._listen(), name="redis-store-listen")
        # Catching up happens in the listener once subscribed, so nothing falls in between.

    async def wait_listening(self, timeout: float = 5.0) -> bool:
        """True once the pub/sub subscription is live (after a (re)connect it is re-established)."""
        try:
            await asyncio.wait_for(self._listening.wait(), timeout)
            return True
        except TimeoutError:
            return False

    async def _listen(self) -> None:
        delay = self._retry_interval
        while not self._closing:
            pubsub = self._pubsub_redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self.channel)
                self._listening.set()
                await self._catch_up()
                self.health.ok()
                delay = self._retry_interval
                while not self._closing:
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                    if message is None or message.get("type") != "message":
                        continue
                    version = int(message["data"])
                    if version > self._subscribers.lowest_seen:
                        await self._subscribers.deliver(await self.get_policy(version))
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError, StoreError, ValueError) as exc:
                self._listening.clear()
                if _unreachable(exc):
                    self.health.failed(str(exc))
                # Once per outage: health logs the outage itself, and a retry every second
                # of a long one is not news.
                level = logging.WARNING if delay == self._retry_interval else logging.DEBUG
                log.log(level, "policy subscription to %s lost (%s); retrying in %.1fs",
                        self._shown_url, exc, delay)
                # Until the next attempt, or until another call finds Redis back (the side
                # loop's, every interval): the subscription then follows at once.
                self._reachable.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._reachable.wait(), delay)
                delay = min(delay * 2, self._max_retry_interval)
            finally:
                try:
                    await pubsub.aclose()
                except (RedisError, OSError):
                    pass

    async def _catch_up(self) -> None:
        # Versions saved while we were not subscribed (start-up, or Redis away) arrive here.
        current = await self.current_policy()
        if current is not None and current.version > self._subscribers.lowest_seen:
            await self._subscribers.deliver(current)

    async def close(self) -> None:
        self._closing = True
        await cancel_task(self._listener)
        self._listener = None
        self._listening.clear()
        self._subscribers.clear()
        for client in (self._redis, self._pubsub_redis):
            with contextlib.suppress(RedisError, OSError):
                await client.aclose()


def _unreachable(exc: BaseException) -> bool:
    """Redis could not be reached or did not answer (as opposed to refusing a command)."""
    return isinstance(exc, (RedisConnectionError, RedisTimeoutError, OSError))


def _summary_to_json(summary: PolicySummary) -> dict[str, Any]:
    return {
        "version": summary.version, "created_at": summary.created_at.isoformat(),
        "generator_kind": summary.generator_kind, "generator_model": summary.generator_model,
        "target_reduction": summary.target_reduction, "estimated_reduction": summary.estimated_reduction,
        "rules": summary.rules, "rollback_of": summary.rollback_of,
    }


def _summary_from_json(data: dict[str, Any]) -> PolicySummary:
    return PolicySummary(**{**data, "created_at": datetime.fromisoformat(data["created_at"])})


def _point_counts(point: SeriesPoint) -> tuple[int, int, int, int]:
    return (point.records, point.bytes, point.kept_records, point.kept_bytes)
