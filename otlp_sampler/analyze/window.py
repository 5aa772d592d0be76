"""Per-window statistics the hot path records and the side loop reads.

The sampling processor owns one :class:`StatsWindow` at a time and bumps plain slotted
counters per record (no locks: the hot path and the side loop share one event loop).
The side loop calls ``processor.take_window()``, which swaps in a fresh window, and
analyzes the old one at leisure.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

# Severity buckets by OTLP severity number: 0 unset, 1-4 TRACE, 5-8 DEBUG, 9-12 INFO,
# 13-16 WARN, 17-20 ERROR, 21-24 FATAL.
SEVERITY_BUCKETS = ("UNSET", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL")
ROUTINE = "routine"  # the importance tier of a pattern nothing else was said of


# Kept records per rule: indexed by the processor's rule number (sample/annotate.py RULES).
RULE_SLOTS = 8


def severity_bucket(severity_number: int) -> int:
    """Index into SEVERITY_BUCKETS."""
    if severity_number <= 0:
        return 0
    return min((severity_number - 1) // 4 + 1, 6)


class PatternStats:
    """Counters for one (service, pattern) in one window."""

    __slots__ = ("bytes", "examples", "folded", "kept_by_rule", "kept_bytes", "kept_records", "pattern_id",
                 "records", "service", "severities", "template", "tier", "tier_reason")

    def __init__(self, service: str, pattern_id: str, template: str) -> None:
        self.service = service
        self.pattern_id = pattern_id
        self.template = template
        self.records = 0
        self.bytes = 0
        self.kept_records = 0
        self.kept_bytes = 0
        self.severities = [0] * len(SEVERITY_BUCKETS)  # by the severity detected, when the record had none
        self.kept_by_rule = [0] * RULE_SLOTS
        self.examples: list[str] = []  # reservoir of kept bodies, uniform over the window
        self.folded: tuple | None = None  # the counts accounting has already taken (analyze/accounting.py)
        # The pattern's importance tier and why (meaning/tiers.py), as the processor set it.
        self.tier = ROUTINE
        self.tier_reason = ""

    @property
    def max_severity_bucket(self) -> int:
        for index in range(len(self.severities) - 1, -1, -1):
            if self.severities[index]:
                return index
        return 0


@dataclass
class StatsWindow:
    """Everything seen in one window, keyed by (service, pattern_id)."""

    started: float = field(default_factory=time.time)
    ended: float | None = None
    patterns: dict[tuple[str, str], PatternStats] = field(default_factory=dict)
    reservoir_per_pattern: int = 20
    reservoir_total: int = 5000
    _examples_held: int = 0
    _rng: random.Random = field(default_factory=random.Random)

    def stats_for(self, service: str, pattern_id: str, template: str) -> PatternStats:
        key = (service, pattern_id)
        stats = self.patterns.get(key)
        if stats is None:
            stats = self.patterns[key] = PatternStats(service, pattern_id, template)
        return stats

    def add_example(self, stats: PatternStats, body: str) -> None:
        """Reservoir-sample a kept record's body (Algorithm R over the pattern's kept records)."""
        examples = stats.examples
        if len(examples) < self.reservoir_per_pattern:
            if self._examples_held < self.reservoir_total:
                examples.append(body[:2048])
                self._examples_held += 1
            return
        # random() * n rather than randrange(n): runs per kept record, and is ~4x cheaper.
        slot = int(self._rng.random() * stats.kept_records)
        if slot < self.reservoir_per_pattern:
            examples[slot] = body[:2048]

    @property
    def duration(self) -> float:
        end = self.ended if self.ended is not None else time.time()
        return max(end - self.started, 1e-6)
