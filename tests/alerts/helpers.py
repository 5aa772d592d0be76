"""Windows and anomalies for alert tests, made by the real StatsWindow, VolumePicture and detectors."""

from __future__ import annotations

from otlp_sampler.analyze.anomalies import Anomaly, detect_anomalies
from otlp_sampler.analyze.baselines import Baselines
from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.analyze.window import StatsWindow, severity_bucket
from otlp_sampler.config import BurstConfig

NOW = 1_700_000_000.0
INTERVAL = 60.0
INFO, WARN, ERROR = 9, 13, 17
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"

# (service, pattern_id, template, records, severity, examples)
Row = tuple[str, str, str, int, int, list[str]]

STEADY: list[Row] = [
    ("checkout", "00000000000000c1", "cart <*> updated with <*> items", 6000, INFO,
     ["cart 17 updated with 3 items"]),
    ("checkout", "00000000000000c2", "payment <*> failed: card declined", 30, ERROR,
     ["payment 991 failed: card declined"]),
    ("jobs", "00000000000000j1", "processed job <*> in queue main", 120, INFO,
     ["processed job 4 in queue main"]),
]


def picture(rows: list[Row], *, started: float = NOW - INTERVAL, duration: float = INTERVAL) -> VolumePicture:
    """One window's picture, as the hot path would have counted ``rows``."""
    window = StatsWindow(started=started, ended=started + duration)
    for service, pattern_id, template, records, severity, examples in rows:
        stats = window.stats_for(service, pattern_id, template)
        stats.records, stats.bytes = records, records * 120
        stats.kept_records, stats.kept_bytes = records, records * 120
        stats.severities[severity_bucket(severity)] = records
        stats.examples = list(examples)
    return VolumePicture.from_window(window, keep_severity=WARN, interval=INTERVAL)


def anomalies(before: list[Row], after: list[Row]) -> tuple[list[Anomaly], VolumePicture]:
    """The anomalies of a window of ``after`` against baselines that absorbed one of ``before``."""
    baselines = Baselines(0.3)
    baselines.update(picture(before, started=NOW - 2 * INTERVAL))
    now = picture(after)
    return detect_anomalies(now, baselines, burst=BurstConfig(), error_share_jump=3.0), now


def with_rows(*extra: Row, base: list[Row] = STEADY) -> list[Row]:
    return [*base, *extra]


def new_error(n: int = 1, service: str = "checkout") -> list[Row]:
    """``n`` new ERROR patterns of ``service``."""
    return [(service, f"{0xe1 + i:016x}", f"ledger write {i} failed: <*>", 12 + i, ERROR,
             [f"ledger write {i} failed: key {AWS_KEY} rejected"]) for i in range(n)]


class Clock:
    """A hand-moved wall clock, shared by the alerter's caller and the store's cooldowns."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def alerter(store, *, metrics=None, explainer=None, **config):
    """An Alerter over ``store`` with quick retries; ``config`` are alerts.* keys."""
    from otlp_sampler.alerts import Alerter
    from otlp_sampler.config import AlertsConfig
    from otlp_sampler.metrics import Metrics

    retry = {"initial_interval": "20ms", "max_interval": "200ms", "max_elapsed_time": "3s",
             **config.pop("retry", {})}
    return Alerter(AlertsConfig(retry=retry, **config), store, metrics or Metrics(), interval=INTERVAL,
                   explainer=explainer)


def sample(metrics, name: str, **labels) -> float:
    return metrics.registry.get_sample_value(f"otlp_sampler_{name}", labels) or 0.0
