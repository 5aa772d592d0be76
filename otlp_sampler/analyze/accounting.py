"""Accounting per pattern: records and bytes received and kept, since start and minute by minute.

The processor already counts per (service, pattern) in its
:class:`~otlp_sampler.analyze.window.StatsWindow`. An :class:`Accountant` folds what a
window gained since its last look (every ``accounting.interval``, when the side loop takes
a window, and before the admin API answers) into an :class:`AccountingBatch`: totals per
pattern, one point a minute per service, and a point a minute for at most
``patterns_per_minute`` patterns: the heaviest of the minute so far, chosen at each batch
and kept for the rest of the minute (one chosen late brings its whole minute along).
The store adds batches up, so a
restart keeps the sums and replicas' batches add together. Nothing here runs per record.
See docs/operations.md § Accounting.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from otlp_sampler.analyze.window import RULE_SLOTS, SEVERITY_BUCKETS, StatsWindow

log = logging.getLogger(__name__)

MINUTE = 60
Key = tuple[str, str]  # (service, pattern_id)
COUNTS = ("records", "bytes", "kept_records", "kept_bytes")
_NOTHING = (0, 0, 0, 0, (0,) * len(SEVERITY_BUCKETS), (0,) * RULE_SLOTS)
# While the store cannot be written, batches wait merged in memory; past this many minute
# points the oldest are given up (the totals per pattern are kept: they are bounded).
MAX_WAITING_POINTS = 200_000
MAX_CATALOGED = 1_000_000  # patterns remembered as already in the store's catalog


@dataclass(slots=True)
class PatternTotals:
    """One pattern's counts: a batch's increments, or the store's sums since the first batch."""

    service: str
    pattern_id: str
    records: int = 0
    bytes: int = 0
    kept_records: int = 0
    kept_bytes: int = 0
    severities: dict[str, int] = field(default_factory=dict)  # SEVERITY_BUCKETS name -> records
    kept_by_rule: dict[str, int] = field(default_factory=dict)  # rule -> kept records
    template: str = ""  # known to a batch; the store leaves it to the catalog
    first_seen: float = 0.0  # epoch seconds; in a batch, when the accountant first saw the pattern
    last_seen: float = 0.0

    @property
    def key(self) -> Key:
        return (self.service, self.pattern_id)

    @property
    def dropped_records(self) -> int:
        return self.records - self.kept_records

    @property
    def dropped_bytes(self) -> int:
        return self.bytes - self.kept_bytes

    def counts(self) -> dict[str, int]:
        """Every additive count by its name in the store (``severity.INFO``, ``kept.pattern`` ...)."""
        named = {name: getattr(self, name) for name in COUNTS}
        named.update({f"severity.{k}": v for k, v in self.severities.items()})
        named.update({f"kept.{k}": v for k, v in self.kept_by_rule.items()})
        return {name: value for name, value in named.items() if value}

    def add_counts(self, counts: dict[str, int]) -> None:
        """Add counts named as :meth:`counts` names them."""
        for name, value in counts.items():
            group, _, part = name.partition(".")
            if group == "severity":
                self.severities[part] = self.severities.get(part, 0) + value
            elif group == "kept" and part:
                self.kept_by_rule[part] = self.kept_by_rule.get(part, 0) + value
            elif name in COUNTS:
                setattr(self, name, getattr(self, name) + value)

    def merge(self, other: PatternTotals) -> None:
        self.add_counts(other.counts())
        self.template = self.template or other.template
        self.first_seen = min(self.first_seen or other.first_seen, other.first_seen or self.first_seen)
        self.last_seen = max(self.last_seen, other.last_seen)


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """Counts of one minute: a whole service's (``pattern_id`` "") or one pattern's."""

    minute: int  # epoch seconds at the minute's start
    service: str
    pattern_id: str
    records: int
    bytes: int
    kept_records: int
    kept_bytes: int


@dataclass(slots=True)
class AccountingBatch:
    """What to add to the store: increments per pattern, minute points, patterns new to the catalog."""

    patterns: dict[Key, PatternTotals] = field(default_factory=dict)
    points: list[SeriesPoint] = field(default_factory=list)
    new_patterns: list[tuple[str, str, str, float]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.patterns or self.points or self.new_patterns)

    def merge(self, later: AccountingBatch) -> None:
        """Add ``later`` to this batch (both unsaved), keeping at most MAX_WAITING_POINTS points."""
        for key, totals in later.patterns.items():
            mine = self.patterns.get(key)
            if mine is None:
                self.patterns[key] = totals
            else:
                mine.merge(totals)
        self.points.extend(later.points)
        del self.points[:-MAX_WAITING_POINTS]
        self.new_patterns.extend(later.new_patterns)


class Accountant:
    """Folds a processor's windows into batches and adds them to the store."""

    def __init__(self, window: Callable[[], StatsWindow], *, rules: Sequence[str], patterns_per_minute: int,
                 retention: float, clock: Callable[[], float] = time.time) -> None:
        """``window``: the window being counted into now; ``rules``: the processor's rule names by number."""
        self._window = window
        self._rules = tuple(rules)
        self._per_minute = patterns_per_minute
        self.retention = retention
        self._clock = clock
        self._totals: dict[Key, PatternTotals] = {}
        self._service_minutes: dict[tuple[int, str], list[int]] = {}
        self._pattern_minutes: dict[int, dict[Key, list[int]]] = {}  # counts not yet in a batch
        self._chosen: dict[int, set[Key]] = {}  # patterns with a point of their own, per minute
        self._cataloged: set[Key] = set()
        self._waiting: AccountingBatch | None = None  # a batch the store refused, retried with the next
        self._failing = False
        self._lock = asyncio.Lock()

    def fold(self, window: StatsWindow | None = None) -> None:
        """Take what ``window`` (default: the current one) counted since the last fold of it."""
        window = self._window() if window is None else window
        now = self._clock()
        minute = int(now // MINUTE) * MINUTE
        pattern_minute = self._pattern_minutes.setdefault(minute, {})
        rules = self._rules
        for key, stats in window.patterns.items():
            folded = stats.folded or _NOTHING
            if stats.records == folded[0]:
                continue  # kept counts only move with records, in the same process() call
            current = (stats.records, stats.bytes, stats.kept_records, stats.kept_bytes,
                       tuple(stats.severities), tuple(stats.kept_by_rule))
            stats.folded = current
            delta = [current[i] - folded[i] for i in range(4)]
            totals = self._totals.get(key)
            if totals is None:
                totals = self._totals[key] = PatternTotals(stats.service, stats.pattern_id,
                                                           template=stats.template, first_seen=now)
            totals.records += delta[0]
            totals.bytes += delta[1]
            totals.kept_records += delta[2]
            totals.kept_bytes += delta[3]
            totals.last_seen = now
            for index, (count, before) in enumerate(zip(current[4], folded[4], strict=True)):
                if count != before:
                    name = SEVERITY_BUCKETS[index]
                    totals.severities[name] = totals.severities.get(name, 0) + count - before
            for index, (count, before) in enumerate(zip(current[5], folded[5], strict=True)):
                if count != before and index < len(rules):
                    rule = rules[index]
                    totals.kept_by_rule[rule] = totals.kept_by_rule.get(rule, 0) + count - before
            _add(self._service_minutes.setdefault((minute, stats.service), [0, 0, 0, 0]), delta)
            _add(pattern_minute.setdefault(key, [0, 0, 0, 0]), delta)

    def take_batch(self, *, final: bool = False) -> AccountingBatch:
        """Everything folded since the last batch; ``final`` also closes the current minute."""
        self.fold()
        now_minute = int(self._clock() // MINUTE) * MINUTE
        batch = AccountingBatch(patterns=self._totals)
        self._totals = {}
        batch.points = [SeriesPoint(minute, service, "", *counts)
                        for (minute, service), counts in self._service_minutes.items()]
        self._service_minutes = {}
        for minute in sorted(self._pattern_minutes):
            batch.points.extend(self._pattern_points(minute))
            if final or minute < now_minute:
                del self._pattern_minutes[minute]
                self._chosen.pop(minute, None)
        batch.new_patterns = [(t.service, t.pattern_id, t.template, t.first_seen)
                              for key, t in batch.patterns.items() if key not in self._cataloged]
        return batch

    def _pattern_points(self, minute: int) -> list[SeriesPoint]:
        """Points for the minute's chosen patterns; the heaviest others join while there is room.

        Every record counts in its service's point; only chosen patterns have their own.
        """
        patterns = self._pattern_minutes[minute]
        chosen = self._chosen.setdefault(minute, set())
        room = self._per_minute - len(chosen)
        if room > 0:
            # An unchosen pattern's counts were never sent: they are its whole minute so far.
            waiting = sorted((item for item in patterns.items() if item[0] not in chosen),
                             key=lambda item: (-item[1][1], item[0]))
            chosen.update(key for key, _ in waiting[:room])
        return [SeriesPoint(minute, key[0], key[1], *patterns.pop(key)) for key in sorted(chosen)
                if key in patterns]

    async def flush(self, store, *, final: bool = False) -> None:
        """Fold and add the batch to ``store``; a refused batch waits and goes with the next."""
        async with self._lock:
            batch = self.take_batch(final=final)
            if self._waiting is not None:
                self._waiting.merge(batch)
                batch, self._waiting = self._waiting, None
            if not batch:
                return
            try:
                await store.add_accounting(batch, retention=self.retention)
            except Exception as exc:  # the store is down: keep counting, add it all up later
                if not self._failing:
                    log.warning("could not save the accounting (%s); it waits in memory and is retried", exc)
                self._failing = True
                self._waiting = batch
                return
            if self._failing:
                log.info("accounting saved again")
            self._failing = False
            if batch.new_patterns:
                try:  # the catalog, so a pattern is listed from its first batch on
                    await store.upsert_patterns(batch.new_patterns)
                except Exception:  # tried again with the pattern's next batch
                    log.debug("could not add %d patterns to the catalog", len(batch.new_patterns),
                              exc_info=True)
                else:
                    if len(self._cataloged) > MAX_CATALOGED:  # a bound; upserting again is harmless
                        self._cataloged.clear()
                    self._cataloged.update((s, p) for s, p, _, _ in batch.new_patterns)


def _add(counts: list[int], delta: list[int]) -> None:
    for index in range(4):
        counts[index] += delta[index]
