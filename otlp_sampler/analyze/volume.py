"""The volume picture of one window: who sends how much, which patterns weigh most.

Built once per cycle from a :class:`~otlp_sampler.analyze.window.StatsWindow` and shared
by the heuristic, the LLM prompt, the guards and the estimate, so every one of them
reasons about the same numbers. On the leader, :meth:`VolumePicture.merged` adds the
pictures other replicas published, so those numbers are the whole fleet's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from otlp_sampler.analyze.window import ROUTINE, SEVERITY_BUCKETS, StatsWindow, severity_bucket

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
    tier: str = ROUTINE  # importance tier (meaning/tiers.py) and the words that decided it
    tier_reason: str = ""

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
        for key, stats in window.patterns.items():
            if stats.records <= 0:
                continue
            severities = tuple(stats.severities)
            picture.patterns[key] = PatternVolume(
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
                tier=stats.tier,
                tier_reason=stats.tier_reason,
            )
        picture.refresh_services()
        return picture

    def merged(self, others: Sequence[VolumePicture], *, max_examples: int) -> VolumePicture:
        """This picture plus ``others`` (other replicas' windows): one picture of the whole fleet.

        Counts are summed per (service, pattern). Windows differ in length (a replica's
        cycle is not in step with ours, and a regenerate takes a short window), so each
        picture's counts are first scaled to the longest window's length: the merged
        records/s is then the sum of every replica's records/s. Scaling only ever
        multiplies by 1 or more, so no small count rounds away. Severity, interval and the
        first template seen come from this picture; examples are interleaved, at most
        ``max_examples`` per pattern. Without ``others`` this picture itself is returned.
        """
        if not others:
            return self
        pictures = [p for p in (self, *others) if p.patterns]
        duration = max((p.duration for p in pictures), default=self.duration)
        pieces: dict[Key, list[tuple[PatternVolume, float]]] = {}
        for picture in pictures:
            factor = duration / picture.duration if picture.duration > 0 else 1.0
            for key, volume in picture.patterns.items():
                pieces.setdefault(key, []).append((volume, factor))
        fleet = VolumePicture(duration=duration, interval=self.interval, keep_severity=self.keep_severity)
        first_severe = severity_bucket(self.keep_severity)
        scale = self.interval / duration if duration > 0 else 1.0
        for key, parts in pieces.items():
            fleet.patterns[key] = _summed(parts, first_severe=first_severe, scale=scale,
                                          max_examples=max_examples)
        fleet.refresh_services()
        return fleet

    def refresh_services(self) -> None:
        """Recompute the per-service totals from the patterns (after patterns were added)."""
        totals: dict[str, list[int]] = {}
        for volume in self.patterns.values():
            row = totals.setdefault(volume.service, [0, 0, 0, 0, 0, 0])
            row[0] += volume.records
            row[1] += volume.bytes
            row[2] += volume.kept_records
            row[3] += volume.kept_bytes
            row[4] += volume.error_records
            row[5] += 1
        self.services = {service: ServiceVolume(service, *row) for service, row in totals.items()}

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


def _summed(parts: list[tuple[PatternVolume, float]], *, first_severe: int, scale: float,
            max_examples: int) -> PatternVolume:
    """One pattern's volumes from several windows, each scaled by its factor, added up."""
    records = size = kept = kept_bytes = 0
    severities = [0] * len(SEVERITY_BUCKETS)
    for volume, factor in parts:
        count = _scale(volume.records, factor)
        records += count
        size += _scale(volume.bytes, factor)
        kept += _scale(volume.kept_records, factor)
        kept_bytes += _scale(volume.kept_bytes, factor)
        for index, part in enumerate(_scale_parts(volume.severities, factor, count)):
            severities[index] += part
    first = parts[0][0]
    return PatternVolume(
        service=first.service, pattern_id=first.pattern_id, template=first.template, records=records,
        bytes=size, kept_records=kept, kept_bytes=kept_bytes, severities=tuple(severities),
        severe_records=sum(severities[first_severe:]), per_interval=records * scale,
        examples=_interleave((volume.examples for volume, _ in parts), max_examples),
        tier=first.tier, tier_reason=first.tier_reason,
    )


def _scale(count: int, factor: float) -> int:
    return count if factor == 1.0 else round(count * factor)


def _scale_parts(parts: Sequence[int], factor: float, total: int) -> list[int]:
    """``parts`` scaled by ``factor``, rounded so they add up to ``total`` (largest remainder).

    Severity counts must still sum to the scaled record count, or severe records could
    exceed records.
    """
    if factor == 1.0:
        return list(parts)
    exact = [part * factor for part in parts]
    rounded = [int(x) for x in exact]
    largest_first = sorted(range(len(exact)), key=lambda i: rounded[i] - exact[i])
    for index in largest_first[: max(total - sum(rounded), 0)]:
        rounded[index] += 1
    return rounded


def _interleave(groups: Iterable[Sequence[str]], limit: int) -> tuple[str, ...]:
    """The first of each group, then the second of each…, at most ``limit``: every replica is represented."""
    groups = [g for g in groups if g]
    out: list[str] = []
    depth = 0
    while len(out) < limit and any(depth < len(g) for g in groups):
        out.extend(g[depth] for g in groups if depth < len(g))
        depth += 1
    return tuple(out[:limit])
