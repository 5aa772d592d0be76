"""Baselines, anomaly detection and the burst tracker."""

from __future__ import annotations

import pytest

from otlp_sampler.analyze.anomalies import DETECTORS, AnomalyKind, BurstTracker, detect_anomalies
from otlp_sampler.analyze.baselines import Baselines
from otlp_sampler.config import BurstConfig
from tests.analyze.helpers import volumes

BURST = BurstConfig(factor=10, min_rate=5, duration=300)
A = ("api", "aaaaaaaaaaaaaaaa")
B = ("api", "bbbbbbbbbbbbbbbb")


def warmed(alpha: float = 0.3, windows: int = 5, per_window: int = 600) -> Baselines:
    """Baselines after some steady windows: A at 10 records/s, B at 1 record/s."""
    baselines = Baselines(alpha)
    for i in range(windows):
        baselines.update(volumes({A: per_window, B: 60}, started=60.0 * i))
    return baselines


def detect(picture, baselines, **options):
    return detect_anomalies(picture, baselines, burst=options.get("burst", BURST),
                            error_share_jump=options.get("jump", 3.0))


def test_baseline_is_an_ewma_of_records_per_second_and_decays_when_quiet():
    baselines = Baselines(0.5)
    baselines.update(volumes({A: 600}))
    assert baselines.rate(A) == pytest.approx(10.0)
    baselines.update(volumes({A: 1200}))
    assert baselines.rate(A) == pytest.approx(15.0)
    baselines.update(volumes({B: 60}))
    assert baselines.rate(A) == pytest.approx(7.5)
    assert baselines.rate(("api", "never")) is None


def test_baselines_are_bounded_least_recently_seen_first():
    baselines = Baselines(0.3, max_patterns=2)
    baselines.update(volumes({A: 1, B: 1}))
    baselines.update(volumes({A: 1, ("api", "c"): 1}))
    assert A in baselines and ("api", "c") in baselines and B not in baselines
    assert len(baselines) == 2


def test_frozen_keys_keep_their_baseline():
    baselines = warmed()
    before = baselines.rate(A)
    baselines.update(volumes({A: 20 * 600, B: 60}), frozen={A})
    assert baselines.rate(A) == before


def test_a_20x_burst_is_detected_and_steady_traffic_is_not():
    baselines = warmed()
    assert detect(volumes({A: 600, B: 60}), baselines) == []
    anomalies = detect(volumes({A: 20 * 600, B: 60}), baselines)
    assert [(a.kind, a.key) for a in anomalies] == [("burst", A)]
    assert anomalies[0].value == pytest.approx(200.0)
    assert anomalies[0].baseline == pytest.approx(10.0)


def test_bursts_below_the_factor_or_min_rate_are_not_bursts():
    baselines = warmed()
    assert detect(volumes({A: 9 * 600, B: 60}), baselines) == []  # 9x < factor 10
    # B goes 1/s -> 4/s ... and 1/s -> 20/s, but only the latter clears min_rate 5/s.
    quiet = warmed(per_window=6)
    assert detect(volumes({A: 240, B: 60}), quiet) == []  # A: 0.1/s -> 4/s, 40x but under 5/s
    assert [a.key for a in detect(volumes({A: 600, B: 60}), quiet)] == [A]


def test_new_patterns_are_reported_after_the_first_window():
    baselines = Baselines(0.3)
    first = volumes({A: 10})
    assert detect(first, baselines) == []  # in the first window everything is new: say nothing
    baselines.update(first)
    anomalies = detect(volumes({A: 10, B: 3}), baselines)
    assert [(a.kind, a.key) for a in anomalies] == [("new_pattern", B)]


def test_error_share_jump_per_service():
    baselines = Baselines(0.3)
    for i in range(3):
        baselines.update(volumes({A: {9: 990, 17: 10}}, started=60.0 * i))  # 1 % errors
    assert detect(volumes({A: {9: 980, 17: 20}}), baselines) == []  # 2 %: under 3x
    anomalies = detect(volumes({A: {9: 950, 17: 50}}), baselines)
    assert [(a.kind, a.service) for a in anomalies] == [("error_share", "api")]
    assert anomalies[0].value == pytest.approx(0.05)
    # A handful of errors in a quiet service is no alarm.
    assert detect(volumes({A: {9: 10, 17: 4}}), baselines) == []


def test_every_kind_has_its_detector_and_kinds_choose_which_run():
    assert set(DETECTORS) == set(AnomalyKind)
    baselines = warmed()
    for _ in range(3):
        baselines.update(volumes({A: {9: 590, 17: 10}, B: 60}))
    window = volumes({A: {9: 20 * 550, 17: 50 * 20}, B: 60, ("api", "cccccccccccccccc"): 30})
    assert {a.kind for a in detect(window, baselines)} == set(AnomalyKind)
    chosen = detect_anomalies(window, baselines, burst=BURST, error_share_jump=3.0,
                              kinds=(AnomalyKind.NEW_PATTERN, AnomalyKind.ERROR_SHARE))
    assert {a.kind for a in chosen} == {"new_pattern", "error_share"}  # str-valued, as stored and counted
    assert BURST.enabled  # choosing kinds leaves the config alone


def test_burst_tracker_lifecycle():
    tracker = BurstTracker(BURST)
    baselines = warmed()
    burst = detect(volumes({A: 20 * 600, B: 60}), baselines)
    assert tracker.update(burst, now=1000.0) == {A: 1300.0}
    # Still bursting a window later: the deadline stays where detection put it.
    assert tracker.update(burst, now=1060.0) == {A: 1300.0}
    # Back to normal: ended early.
    assert tracker.update([], now=1120.0) == {}
    assert tracker.active_keys == frozenset()
    # A new burst starts a new boost.
    assert tracker.update(burst, now=1180.0) == {A: 1480.0}


def test_a_burst_that_lasts_its_whole_duration_cools_down():
    tracker = BurstTracker(BURST)
    burst = detect(volumes({A: 20 * 600, B: 60}), warmed())
    tracker.update(burst, now=0.0)
    assert tracker.update(burst, now=300.0) == {}  # ran its course: the new level is normal
    assert tracker.update(burst, now=360.0) == {}  # cooling down: no boost forever
    assert tracker.update(burst, now=601.0) == {A: 901.0}


def test_disabled_bursts_detect_and_boost_nothing():
    off = BurstConfig(enabled=False)
    assert detect(volumes({A: 20 * 600, B: 60}), warmed(), burst=off) == []
    assert BurstTracker(off).update([], now=0.0) == {}
