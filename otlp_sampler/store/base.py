"""What every store offers: policy versions, the pattern catalog (with the model's tier verdicts),
a leader lock, new-version news, each replica's last window, the accounting per pattern, and the
alert history with its cooldowns.

The side loop writes here (a new policy version each cycle, newly seen patterns, the
replica's window), the admin API reads and writes here (history, manual policies,
rollback), and every replica hears of each new version through
:meth:`PolicyStore.subscribe` so it can hot-swap it. Versions only grow: a rollback is a
new version with the old rules, never a rewind.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

from otlp_sampler.analyze.accounting import AccountingBatch, PatternTotals, SeriesPoint
from otlp_sampler.policy import GeneratorInfo, PolicyDocument

log = logging.getLogger(__name__)

PolicyCallback = Callable[[PolicyDocument], Awaitable[None] | None]


class StoreError(Exception):
    """The store could not do what was asked (e.g. Redis unreachable); the message says why."""


class PolicyNotFound(StoreError, LookupError):
    """No policy with the requested version."""


class StoreHealth:
    """Whether the store is reachable, as its last call found it: what ``/readyz`` and the
    ``store_degraded`` metric show while it is away (docs/operations.md § Readiness).

    A store calls :meth:`failed` when it cannot reach its backend and :meth:`ok` when a call
    went through; the first of each after the other is logged, so an outage is two lines.
    """

    def __init__(self, name: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.name = name
        self._clock = clock
        self._error: str | None = None
        self._since = 0.0
        self._watchers: list[Callable[[bool], object]] = []

    def watch(self, callback: Callable[[bool], object]) -> None:
        """Call ``callback(degraded)`` now and at every change (a metric follows it)."""
        self._watchers.append(callback)
        callback(self.degraded)

    @property
    def degraded(self) -> bool:
        return self._error is not None

    @property
    def problem(self) -> str | None:
        """What is wrong and for how long, or None while the store answers."""
        if self._error is None:
            return None
        return f"{self.name} failing for {self._clock() - self._since:.0f}s: {self._error}"

    def failed(self, error: str) -> None:
        if self._error is None:
            self._since = self._clock()
            log.warning("%s failing (%s): sampling goes on with the policy in force; "
                        "retrying with backoff", self.name, error)
            self._error = error
            for callback in self._watchers:
                callback(True)
        self._error = error

    def ok(self) -> None:
        if self._error is not None:
            log.info("%s works again after %.1fs", self.name, self._clock() - self._since)
            self._error = None
            for callback in self._watchers:
                callback(False)


@dataclass(frozen=True, slots=True)
class PolicySummary:
    """One line of policy history: enough to choose a version without loading the document."""

    version: int
    created_at: datetime
    generator_kind: str
    generator_model: str | None
    target_reduction: float | None
    estimated_reduction: float | None
    rules: int
    rollback_of: int | None = None


@dataclass(frozen=True, slots=True)
class PatternEntry:
    """A pattern in the catalog. ``first_seen`` is epoch seconds."""

    service: str
    pattern_id: str
    template: str
    first_seen: float


@runtime_checkable
class PolicyStore(Protocol):
    """The state shared by the side loop, the admin API and (with Redis) every replica."""

    health: StoreHealth
    """Reachability as the last call found it; a store that cannot fail stays healthy."""

    async def save_policy(self, doc: PolicyDocument) -> PolicyDocument:
        """Store ``doc`` as the next version (last + 1, atomically) and return it with that version."""
        ...

    async def current_policy(self) -> PolicyDocument | None:
        """The newest version, or None before the first one."""
        ...

    async def get_policy(self, version: int) -> PolicyDocument:
        """One version; raises :class:`PolicyNotFound`."""
        ...

    async def history(self, limit: int = 50) -> list[PolicySummary]:
        """The newest ``limit`` versions, newest first."""
        ...

    async def rollback(self, version: int) -> PolicyDocument:
        """Save a new version with the rules of ``version`` (generator kind ``rollback``)."""
        ...

    async def upsert_patterns(self, entries: list[tuple[str, str, str, float]]) -> int:
        """Add ``(service, pattern_id, template, first_seen)`` rows not yet known; returns how many were new.

        A known pattern keeps its template and the earliest ``first_seen``.
        """
        ...

    async def patterns(self, service: str | None = None, limit: int = 1000) -> list[PatternEntry]:
        """Known patterns, newest first, of one service or all."""
        ...

    async def try_acquire_leader(self, owner: str, ttl: float) -> bool:
        """Take or renew the leader lock for ``ttl`` seconds; False while another owner holds it."""
        ...

    async def release_leader(self, owner: str) -> None:
        """Give the lock up if ``owner`` holds it; otherwise do nothing."""
        ...

    async def publish_window(self, owner: str, payload: dict, ttl: float) -> None:
        """Keep ``owner``'s latest window (a JSON-able dict) for ``ttl`` seconds, replacing its last one."""
        ...

    async def collect_windows(self, exclude_owner: str | None = None) -> list[dict]:
        """Every owner's latest window that has not expired, except ``exclude_owner``'s."""
        ...

    async def add_accounting(self, batch: AccountingBatch, *, retention: float) -> None:
        """Add a batch of per-pattern counts and minute points to the sums (docs/operations.md
        § Accounting); minute points older than ``retention`` seconds go."""
        ...

    async def pattern_totals(self, service: str | None = None) -> list[PatternTotals]:
        """Each pattern's sums since the first batch (no template: the catalog has it)."""
        ...

    async def series(self, start: float, end: float, *, service: str | None = None,
                     pattern_id: str | None = None, patterns: bool = False) -> list[SeriesPoint]:
        """Minute points with ``start <= minute < end``: the services' (of ``service``, or all);
        with ``pattern_id``, that pattern's instead; with ``patterns``, every pattern's too."""

    async def pattern_first_seen(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], float]:
        """The catalog's ``first_seen`` of each ``(service, pattern_id)`` it knows (unknown keys left out)."""
        ...

    async def save_tier_verdicts(self, records: list[dict]) -> None:
        """Keep the model's tier verdicts (JSON-able dicts with ``service`` and ``pattern_id``),
        replacing earlier ones of the same patterns: every replica and restart reuses them."""
        ...

    async def tier_verdicts(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        """The stored verdict of each ``(service, pattern_id)`` that has one (others left out)."""
        ...

    async def claim_alert(self, key: str, ttl: float) -> bool:
        """Take the cooldown of alert ``key`` for ``ttl`` seconds; False while an earlier claim runs.

        Atomic across every process on the store: of two replicas claiming one key, one wins.
        """
        ...

    async def save_alert(self, record: dict, *, keep: int) -> int:
        """Store a new alert (a JSON-able dict) and return its id; ids only grow. Only the newest
        ``keep`` alerts are kept."""
        ...

    async def update_alert(self, alert_id: int, record: dict) -> bool:
        """Replace a stored alert's record; False, writing nothing, when it is no longer kept."""
        ...

    async def alerts(self, *, service: str | None = None, kind: str | None = None,
                     limit: int = 50) -> list[dict]:
        """Stored alerts, newest first, each with its ``id``; of one service and/or kind."""
        ...

    async def subscribe(self, callback: PolicyCallback, *, since: int | None = None) -> None:
        """Call ``callback(doc)`` for every new version, this instance's own saves included.

        Versions reach one callback in increasing order, never twice. With ``since`` set, a
        newer version already stored is delivered at once: load the current policy, then
        subscribe with its version, and nothing saved in between is missed.
        """
        ...

    async def close(self) -> None:
        """Stop subscriptions and release connections."""
        ...


# --------------------------------------------------------------------------- helpers shared by stores


def summarize(doc: PolicyDocument) -> PolicySummary:
    """The history line of a stored document."""
    return PolicySummary(
        version=doc.version,
        created_at=doc.created_at,
        generator_kind=doc.generator.kind,
        generator_model=doc.generator.model,
        target_reduction=doc.target_reduction,
        estimated_reduction=doc.estimate.reduction if doc.estimate else None,
        rules=sum(len(service.patterns) for service in doc.services.values()),
        rollback_of=doc.generator.rollback_of,
    )


def rollback_document(old: PolicyDocument) -> PolicyDocument:
    """The rules of ``old`` as an unsaved new document, marked as a rollback of it."""
    generator = GeneratorInfo(kind="rollback", model=old.generator.model, rollback_of=old.version)
    return old.model_copy(
        update={"version": 0, "created_at": datetime.now(UTC), "generator": generator}, deep=True
    )


def matches_alert(record: dict, service: str | None, kind: str | None) -> bool:
    """Whether a stored alert passes the filters of :meth:`PolicyStore.alerts` (None: any)."""
    return ((service is None or record.get("service") == service)
            and (kind is None or record.get("kind") == kind))


class Subscribers:
    """Callbacks for new versions, each fed increasing versions exactly once.

    Stores call :meth:`deliver` from wherever news arrives (an in-process save, a poll, a
    Redis message); the per-callback high-water mark makes duplicates and stale
    out-of-order news harmless.
    """

    def __init__(self) -> None:
        self._entries: list[_Subscriber] = []

    def add(self, callback: PolicyCallback, since: int) -> _Subscriber:
        """Register ``callback``; it hears of versions above ``since`` only."""
        entry = _Subscriber(callback, since)
        self._entries.append(entry)
        return entry

    def __bool__(self) -> bool:
        return bool(self._entries)

    @property
    def lowest_seen(self) -> int:
        """The oldest version some callback has heard of: news at or below it is of no use."""
        return min((entry.last for entry in self._entries), default=-1)

    async def deliver(self, doc: PolicyDocument, *, only: _Subscriber | None = None) -> None:
        for entry in [only] if only is not None else list(self._entries):
            if doc.version <= entry.last:
                continue
            entry.last = doc.version
            try:
                result = entry.callback(doc)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                # One failing subscriber must not stop the others or the store.
                log.exception("policy subscriber failed on version %d", doc.version)

    def clear(self) -> None:
        self._entries.clear()


@dataclass(slots=True)
class _Subscriber:
    callback: PolicyCallback
    last: int  # highest version delivered (or known when subscribing)


async def cancel_task(task: asyncio.Task | None, *, patience: float = 1.0) -> None:
    """Cancel a background task and wait for it to end.

    Some client libraries swallow a cancellation that lands while their own read timeout
    fires (redis-py's ``get_message``), so the cancel is repeated until the task is gone.
    """
    while task is not None and not task.done():
        task.cancel()
        await asyncio.wait([task], timeout=patience)
    if task is not None and not task.cancelled():
        task.exception()  # retrieved, so asyncio does not log it as never retrieved


def wanted_point(point: SeriesPoint, *, service: str | None, pattern_id: str | None, patterns: bool) -> bool:
    """Whether :meth:`PolicyStore.series` with these arguments returns ``point``."""
    if service is not None and point.service != service:
        return False
    if pattern_id is not None:
        return point.pattern_id == pattern_id
    return patterns or not point.pattern_id
