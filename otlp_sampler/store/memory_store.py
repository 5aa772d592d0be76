"""A store in this process's memory: for tests and for runs that need no history after exit."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from otlp_sampler.analyze.accounting import AccountingBatch, PatternTotals, SeriesPoint
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.store.base import (
    PatternEntry,
    PolicyCallback,
    PolicyNotFound,
    PolicySummary,
    StoreHealth,
    Subscribers,
    matches_alert,
    rollback_document,
    summarize,
    wanted_point,
)


class MemoryStore:
    """:class:`~otlp_sampler.store.base.PolicyStore` in dicts; lost when the process ends.

    Everything runs on the event loop without awaiting in the middle of an update, so no
    lock is needed for versions to be assigned atomically.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.health = StoreHealth("memory store")  # never fails
        self._policies: dict[int, str] = {}  # version -> JSON, so callers never share a mutable doc
        self._last_version = 0
        self._patterns: dict[tuple[str, str], PatternEntry] = {}
        self._leader: tuple[str, float] | None = None  # (owner, expires at on self._clock)
        self._windows: dict[str, tuple[float, str]] = {}  # owner -> (expires at, JSON)
        self._alerts: dict[int, str] = {}  # id -> JSON, oldest first
        self._last_alert = 0
        self._claims: dict[str, float] = {}  # alert key -> claimed until, on self._clock
        self._verdicts: dict[tuple[str, str], str] = {}  # (service, pattern_id) -> JSON
        self._subscribers = Subscribers()
        self._totals: dict[tuple[str, str], PatternTotals] = {}
        self._points: dict[tuple[int, str, str], list[int]] = {}  # (minute, service, pattern_id) -> counts

    async def save_policy(self, doc: PolicyDocument) -> PolicyDocument:
        self._last_version += 1
        saved = doc.model_copy(update={"version": self._last_version})
        self._policies[saved.version] = saved.model_dump_json()
        await self._subscribers.deliver(PolicyDocument.model_validate_json(self._policies[saved.version]))
        return saved

    async def current_policy(self) -> PolicyDocument | None:
        if not self._policies:
            return None
        return PolicyDocument.model_validate_json(self._policies[self._last_version])

    async def get_policy(self, version: int) -> PolicyDocument:
        text = self._policies.get(version)
        if text is None:
            raise PolicyNotFound(f"no policy version {version}")
        return PolicyDocument.model_validate_json(text)

    async def history(self, limit: int = 50) -> list[PolicySummary]:
        versions = sorted(self._policies, reverse=True)[: max(limit, 0)]
        return [summarize(PolicyDocument.model_validate_json(self._policies[v])) for v in versions]

    async def rollback(self, version: int) -> PolicyDocument:
        return await self.save_policy(rollback_document(await self.get_policy(version)))

    async def upsert_patterns(self, entries: list[tuple[str, str, str, float]]) -> int:
        new = 0
        for service, pattern_id, template, first_seen in entries:
            known = self._patterns.get((service, pattern_id))
            if known is None:
                self._patterns[(service, pattern_id)] = PatternEntry(
                    service, pattern_id, template, first_seen
                )
                new += 1
            elif first_seen < known.first_seen:
                self._patterns[(service, pattern_id)] = PatternEntry(
                    service, pattern_id, known.template, first_seen
                )
        return new

    async def patterns(self, service: str | None = None, limit: int = 1000) -> list[PatternEntry]:
        rows = [p for p in self._patterns.values() if service is None or p.service == service]
        rows.sort(key=lambda p: (-p.first_seen, p.service, p.pattern_id))
        return rows[: max(limit, 0)]

    async def try_acquire_leader(self, owner: str, ttl: float) -> bool:
        now = self._clock()
        if self._leader is not None and self._leader[0] != owner and self._leader[1] > now:
            return False
        self._leader = (owner, now + ttl)
        return True

    async def release_leader(self, owner: str) -> None:
        if self._leader is not None and self._leader[0] == owner:
            self._leader = None

    async def publish_window(self, owner: str, payload: dict, ttl: float) -> None:
        self._windows[owner] = (self._clock() + ttl, json.dumps(payload))

    async def collect_windows(self, exclude_owner: str | None = None) -> list[dict]:
        now = self._clock()
        for owner in [o for o, (expires, _) in self._windows.items() if expires <= now]:
            del self._windows[owner]
        rows = sorted(self._windows.items())
        return [json.loads(text) for owner, (_, text) in rows if owner != exclude_owner]

    async def add_accounting(self, batch: AccountingBatch, *, retention: float) -> None:
        for key, delta in batch.patterns.items():
            totals = self._totals.setdefault(key, PatternTotals(*key))
            totals.add_counts(delta.counts())
            totals.last_seen = max(totals.last_seen, delta.last_seen)
        for point in batch.points:
            counts = self._points.setdefault((point.minute, point.service, point.pattern_id), [0, 0, 0, 0])
            for index, value in enumerate((point.records, point.bytes, point.kept_records, point.kept_bytes)):
                counts[index] += value
        oldest = max((minute for minute, _, _ in self._points), default=0) - retention
        for key in [key for key in self._points if key[0] < oldest]:
            del self._points[key]

    async def pattern_totals(self, service: str | None = None) -> list[PatternTotals]:
        return [_copy(t) for t in self._totals.values() if service is None or t.service == service]

    async def series(self, start: float, end: float, *, service: str | None = None,
                     pattern_id: str | None = None, patterns: bool = False) -> list[SeriesPoint]:
        points = [SeriesPoint(minute, s, p, *counts) for (minute, s, p), counts in self._points.items()
                  if start <= minute < end]
        return sorted((p for p in points if wanted_point(p, service=service, pattern_id=pattern_id,
                                                         patterns=patterns)),
                      key=lambda p: (p.minute, p.service, p.pattern_id))

    async def pattern_first_seen(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], float]:
        return {key: self._patterns[key].first_seen for key in keys if key in self._patterns}

    async def save_tier_verdicts(self, records: list[dict]) -> None:
        for record in records:
            self._verdicts[(record["service"], record["pattern_id"])] = json.dumps(record)

    async def tier_verdicts(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        return {key: json.loads(self._verdicts[key]) for key in keys if key in self._verdicts}

    async def claim_alert(self, key: str, ttl: float) -> bool:
        now = self._clock()
        for old in [k for k, until in self._claims.items() if until <= now]:
            del self._claims[old]
        if key in self._claims:
            return False
        self._claims[key] = now + ttl
        return True

    async def save_alert(self, record: dict, *, keep: int) -> int:
        self._last_alert += 1
        self._alerts[self._last_alert] = json.dumps(record)
        while len(self._alerts) > max(keep, 1):
            del self._alerts[next(iter(self._alerts))]
        return self._last_alert

    async def update_alert(self, alert_id: int, record: dict) -> bool:
        if alert_id not in self._alerts:
            return False
        self._alerts[alert_id] = json.dumps(record)
        return True

    async def alerts(self, *, service: str | None = None, kind: str | None = None,
                     limit: int = 50) -> list[dict]:
        found = []
        for alert_id in reversed(self._alerts):
            if len(found) >= limit:
                break
            record = json.loads(self._alerts[alert_id])
            if matches_alert(record, service, kind):
                found.append({**record, "id": alert_id})
        return found

    async def subscribe(self, callback: PolicyCallback, *, since: int | None = None) -> None:
        entry = self._subscribers.add(callback, self._last_version if since is None else since)
        if self._last_version > entry.last:
            await self._subscribers.deliver(await self.get_policy(self._last_version), only=entry)

    async def close(self) -> None:
        self._subscribers.clear()



def _copy(totals: PatternTotals) -> PatternTotals:
    copy = PatternTotals(totals.service, totals.pattern_id, last_seen=totals.last_seen)
    copy.add_counts(totals.counts())
    return copy
