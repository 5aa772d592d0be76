"""The volume picture of a window."""

from __future__ import annotations

import pytest

from tests.analyze.helpers import volumes


def test_per_pattern_and_per_service_totals():
    picture = volumes({("api", "p1"): {9: 90, 13: 10}, ("api", "p2"): 300, ("db", "p3"): {17: 5}},
                      duration=30.0)
    p1 = picture.patterns[("api", "p1")]
    assert p1.severe_records == 10 and p1.severe and p1.max_severity == "WARN"
    assert p1.per_interval == pytest.approx(200.0)  # 100 in 30 s -> 200 per 60 s interval
    assert not picture.patterns[("api", "p2")].severe
    api = picture.services["api"]
    assert (api.records, api.bytes, api.patterns, api.error_records) == (400, 40000, 2, 0)
    assert picture.services["db"].error_share == 1.0
    assert picture.total_records == 405
    assert [p.pattern_id for p in picture.top(2)] == ["p2", "p1"]
    assert picture.per_second(60) == pytest.approx(2.0)


def test_keep_severity_decides_what_is_severe():
    from otlp_sampler.analyze.volume import VolumePicture
    from otlp_sampler.analyze.window import StatsWindow

    window = StatsWindow(started=0.0)
    stats = window.stats_for("api", "p", "t")
    stats.records = 10
    stats.severities[4] = 10  # WARN
    window.ended = 60.0
    assert VolumePicture.from_window(window, keep_severity=13, interval=60).patterns[("api", "p")].severe
    assert not VolumePicture.from_window(window, keep_severity=17, interval=60).patterns[("api", "p")].severe
