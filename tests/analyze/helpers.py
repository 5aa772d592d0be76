"""Windows with chosen per-pattern counts, for the analysis tests."""

from __future__ import annotations

from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.analyze.window import StatsWindow, severity_bucket


def volumes(counts: dict[tuple[str, str], int | dict[int, int]], *, started: float = 0.0,
            duration: float = 60.0, size: int = 100) -> VolumePicture:
    """``counts``: key -> records (all INFO) or {severity number: records}."""
    window = StatsWindow(started=started)
    for (service, pid), value in counts.items():
        stats = window.stats_for(service, pid, f"template of {pid} <*>")
        for severity, count in (value if isinstance(value, dict) else {9: value}).items():
            stats.records += count
            stats.bytes += count * size
            stats.severities[severity_bucket(severity)] += count
    window.ended = started + duration
    return VolumePicture.from_window(window, keep_severity=13, interval=60.0)
