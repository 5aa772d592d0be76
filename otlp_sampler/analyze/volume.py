"""The volume picture of one window: who sends how much, which patterns weigh most.

Built once per cycle from a :class:`~otlp_sampler.analyze.window.StatsWindow` and shared
by the heuristic, the LLM prompt, the guards and the estimate, so every one of them
reasons about the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from otlp_sampler.analyze.window import SEVERITY_BUCKETS, StatsWindow, severity_bucket

Key = tuple[str, str]  # (service, pattern_id)

ERROR_BUCKET = SEVERITY_BUCKETS.index("ERROR")


@dataclass(frozen=True, slots=True)
class PatternVolume:
    """One (service, pattern) in one window, with counts scaled to one analysis interval."""

    service: str
    pattern_id: str
    template: str
    records: int
    bytes: int
    kept_records: int
    kept_bytes: int
    severities: tuple[int, ...]  # counts per SEVERITY_BUCKETS index
    severe_records: int  # at or above keep_severity: the decision order keeps them whatever the rule
    per_interval: float  # records per analysis interval at this window's rate
    examples: tuple[str, ...] = ()

    @property
    def key(self) -> Key:
        return (self.service, self.pattern_id)

    @property
    def avg_bytes(self) -> float:
        return self.bytes / self.records if self.records else 0.0

    @property
    def severe(self) -> bool:
        """Some record of this pattern was at or above keep_severity."""
        return self.severe_records > 0

    @property
    def error_records(self) -> int:
        return sum(self.severities[ERROR_BUCKET:])

    @property
    def max_severity(self) -> str:
        for index in range(len(self.severities) - 1, -1, -1):
            if self.severities[index]:
                return SEVERITY_BUCKETS[index]
        return SEVERITY_BUCKETS[0]


@dataclass(frozen=True, slots=True)
class ServiceVolume:
    """Totals of one service in one window."""

    service: str
    records: int
    bytes: int
    kept_records: int
    kept_bytes: int
    error_records: int
    patterns: int

    @property
    def error_share(self) -> float:
        return self.error_records / self.records if self.records else 0.0


@dataclass(slots=True)
class VolumePicture:
    """Per-pattern and per-service volumes of one window."""

    duration: float  # seconds the window covered
    interval: float  # the analysis interval counts are scaled to
    keep_severity: int
    patterns: dict[Key, PatternVolume] = field(default_factory=dict)
    services: dict[str, ServiceVolume] = field(default_factory=dict)

    @classmethod
    def from_window(cls, window: StatsWindow, *, keep_severity: int, interval: float) -> VolumePicture:
        """Summarise ``window``; ``keep_severity`` is an OTLP severity number (13 = WARN)."""
        duration = window.duration
        # A window taken early (regenerate now) or late still yields per-interval counts.
        scale = interval / duration if duration > 0 else 1.0
        first_severe = severity_bucket(keep_severity)
        picture = cls(duration=duration, interval=interval, keep_severity=keep_severity)
        totals: dict[str, list[int]] = {}
        for key, stats in window.patterns.items():
            if stats.records <= 0:
                continue
            severities = tuple(stats.severities)
            volume = PatternVolume(
                service=stats.service,
                pattern_id=stats.pattern_id,
                template=stats.template,
                records=stats.records,
                bytes=stats.bytes,
                kept_records=stats.kept_records,
                kept_bytes=stats.kept_bytes,
                severities=severities,
                severe_records=sum(severities[first_severe:]),
                per_interval=stats.records * scale,
                examples=tuple(stats.examples),
            )
            picture.patterns[key] = volume
            row = totals.setdefault(stats.service, [0, 0, 0, 0, 0, 0])
            row[0] += volume.records
            row[1] += volume.bytes
            row[2] += volume.kept_records
            row[3] += volume.kept_bytes
            row[4] += volume.error_records
            row[5] += 1
        for service, row in totals.items():
            picture.services[service] = ServiceVolume(service, *row)
        return picture

    @property
    def total_records(self) -> int:
        return sum(s.records for s in self.services.values())

    @property
    def total_bytes(self) -> int:
        return sum(s.bytes for s in self.services.values())

    def top(self, n: int | None = None) -> list[PatternVolume]:
        """Patterns by bytes, heaviest first (ties by key, so the order is reproducible)."""
        ordered = sorted(self.patterns.values(), key=lambda p: (-p.bytes, p.service, p.pattern_id))
        return ordered if n is None else ordered[:n]

    def per_second(self, count: float) -> float:
        return count / self.duration if self.duration > 0 else 0.0
