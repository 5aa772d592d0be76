"""Anomalies of one window against the baselines: bursts, new patterns, error-share jumps.

Bursts feed the burst boost of the decision order through :class:`BurstTracker`; every
anomaly is also shown to the LLM and counted in metrics.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from otlp_sampler.analyze.baselines import Baselines
from otlp_sampler.analyze.volume import Key, PatternVolume, VolumePicture
from otlp_sampler.config import BurstConfig

if TYPE_CHECKING:
    # numpy is imported where a window is compared, not with the module: the admin API and
    # the alerts import this module for AnomalyKind, and numpy would slow every start-up.
    import numpy as np


class AnomalyKind(StrEnum):
    """What is unusual; the value is the name in metrics, prompts and the store's windows."""

    BURST = "burst"
    NEW_PATTERN = "new_pattern"
    ERROR_SHARE = "error_share"


# An error-share jump needs this many error records in the window, so that 1 error out of
# 3 records in a quiet service is not an alarm.
MIN_ERRORS_FOR_JUMP = 5
# Baseline shares below this count as this much: from 0 % errors any error is an infinite
# jump, which says nothing.
ERROR_SHARE_FLOOR = 0.01


@dataclass(frozen=True, slots=True)
class Anomaly:
    """Something unusual in one window. ``pattern_id`` is None for service-level anomalies."""

    kind: AnomalyKind
    service: str
    pattern_id: str | None
    value: float  # records/s (burst, new_pattern) or error share (error_share)
    baseline: float | None

    @property
    def key(self) -> Key | None:
        return (self.service, self.pattern_id) if self.pattern_id is not None else None

    def describe(self) -> str:
        if self.kind == AnomalyKind.BURST:
            return f"burst: {self.value:.3g} records/s against a baseline of {self.baseline:.3g}/s"
        if self.kind == AnomalyKind.NEW_PATTERN:
            return f"new pattern: {self.value:.3g} records/s"
        return f"error share jumped to {self.value:.1%} from a baseline of {self.baseline:.1%}"


@dataclass(frozen=True, slots=True)
class Observed:
    """One window against the baselines, as every detector reads it."""

    volumes: VolumePicture
    baselines: Baselines
    patterns: list[PatternVolume]
    rates: np.ndarray  # records/s per pattern
    base: np.ndarray  # baseline records/s per pattern, NaN where the pattern has none
    burst: BurstConfig
    error_share_jump: float


def bursts(seen: Observed) -> Iterable[Anomaly]:
    """Rate >= ``burst.factor`` x baseline and >= ``burst.min_rate`` records/s; only patterns
    with a baseline (a never-seen pattern is new, not bursting)."""
    burst = seen.burst
    if not burst.enabled or not seen.patterns:
        return
    import numpy as np

    with np.errstate(invalid="ignore"):
        bursting = (~np.isnan(seen.base) & (seen.rates >= burst.factor * np.nan_to_num(seen.base))
                    & (seen.rates >= burst.min_rate))
    for index in np.flatnonzero(bursting):
        p = seen.patterns[index]
        yield Anomaly(AnomalyKind.BURST, p.service, p.pattern_id, float(seen.rates[index]),
                      float(seen.base[index]))


def new_patterns(seen: Observed) -> Iterable[Anomaly]:
    """A pattern the baselines have never seen, once at least one window has been absorbed
    (in the first window everything is new, which says nothing)."""
    if seen.baselines.windows == 0 or not seen.patterns:
        return
    import numpy as np

    for index in np.flatnonzero(np.isnan(seen.base)):
        p = seen.patterns[index]
        yield Anomaly(AnomalyKind.NEW_PATTERN, p.service, p.pattern_id, float(seen.rates[index]), None)


def error_share_jumps(seen: Observed) -> Iterable[Anomaly]:
    """A service's share of ERROR+ records >= ``error_share_jump`` x its baseline share (floored
    at ``ERROR_SHARE_FLOOR``), with at least ``MIN_ERRORS_FOR_JUMP`` error records."""
    for service, totals in sorted(seen.volumes.services.items()):
        base_share = seen.baselines.error_share(service)
        if base_share is None or totals.error_records < MIN_ERRORS_FOR_JUMP:
            continue
        if totals.error_share >= seen.error_share_jump * max(base_share, ERROR_SHARE_FLOOR):
            yield Anomaly(AnomalyKind.ERROR_SHARE, service, None, totals.error_share, base_share)


DETECTORS: dict[AnomalyKind, Callable[[Observed], Iterable[Anomaly]]] = {
    AnomalyKind.BURST: bursts,
    AnomalyKind.NEW_PATTERN: new_patterns,
    AnomalyKind.ERROR_SHARE: error_share_jumps,
}


def detect_anomalies(
    volumes: VolumePicture, baselines: Baselines, *, burst: BurstConfig, error_share_jump: float,
    kinds: Sequence[AnomalyKind] = tuple(AnomalyKind),
) -> list[Anomaly]:
    """Compare one window with the baselines (before they absorb it), with the detectors of ``kinds``."""
    import numpy as np

    patterns = list(volumes.patterns.values())
    seen = Observed(
        volumes, baselines, patterns,
        rates=np.array([volumes.per_second(p.records) for p in patterns], dtype=float),
        base=np.array([_or_nan(baselines.rate(p.key)) for p in patterns], dtype=float),
        burst=burst, error_share_jump=error_share_jump,
    )
    anomalies = [anomaly for kind in kinds for anomaly in DETECTORS[kind](seen)]
    anomalies.sort(key=lambda a: (a.kind, a.service, a.pattern_id or ""))
    return anomalies


def _or_nan(value: float | None) -> float:
    return float("nan") if value is None else value


@dataclass(slots=True)
class _Burst:
    until: float


class BurstTracker:
    """Which patterns the hot path keeps in full, and until when (epoch seconds).

    A burst starts when detected and lasts ``burst.duration``; it ends early in the first
    window whose rate is no longer a burst against the (frozen) baseline. A burst that
    runs its full duration is treated as the pattern's new level: the key then cools down
    for one more duration, during which it cannot burst again and its baseline catches up
    (otherwise a lasting 20x step would be "kept in full" forever).
    """

    def __init__(self, config: BurstConfig) -> None:
        self.config = config
        self._active: dict[Key, _Burst] = {}
        self._cooling: dict[Key, float] = {}

    @property
    def active_keys(self) -> frozenset[Key]:
        return frozenset(self._active)

    def update(self, anomalies: list[Anomaly], now: float) -> dict[Key, float]:
        """Take one window's anomalies; returns the bursts in force as ``{key: until}``."""
        if not self.config.enabled:
            self._active.clear()
            return {}
        bursting = {a.key for a in anomalies if a.kind == AnomalyKind.BURST and a.key is not None}
        for key, state in list(self._active.items()):
            if state.until <= now:
                del self._active[key]
                self._cooling[key] = now + self.config.duration
            elif key not in bursting:
                del self._active[key]
        for key, until in list(self._cooling.items()):
            if until <= now:
                del self._cooling[key]
        for key in sorted(bursting):
            if key not in self._active and key not in self._cooling:
                self._active[key] = _Burst(until=now + self.config.duration)
        return {key: state.until for key, state in self._active.items()}
