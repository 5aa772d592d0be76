"""The dynamic sampler's rates, bounded per-pattern state, severity texts."""

from __future__ import annotations

import math

import pytest

from otlp_sampler.meaning import severity_from_text
from otlp_sampler.sample.dynamic import advance, capped_rate, dynamic_rate, water_fill_cap

from .helpers import FakeClock, attrs, processor, record, records_of, request, summarised


def test_ewma_starts_at_the_first_count_and_decays_over_idle_intervals():
    assert advance(0.0, 80, 0.5, 1, first=True) == 80
    assert advance(80.0, 40, 0.5, 1, first=False) == 60
    assert advance(80.0, 0, 0.5, 3, first=False) == 10  # three intervals, none with records


def test_rate_keeps_rare_patterns_whole_and_samples_frequent_ones_to_the_cap():
    assert dynamic_rate(5, 20, 0.001) == 1.0
    assert dynamic_rate(2000, 20, 0.001) == 0.01
    assert dynamic_rate(10**9, 20, 0.001) == 0.001  # never below min_rate
    assert capped_rate(1.0, 5, 1000, 10, 0.001) == 0.05
    assert capped_rate(0.01, 5, 1000, 10, 0.001) == 0.01
    assert capped_rate(1.0, 5, 0.0, 10, 0.001) == 1.0


def plain(*volumes: tuple[float, float]) -> list[tuple[float, float, float, float]]:
    """(m, b) pairs as routine patterns: weight 1, no floor."""
    return [(m, b, 1.0, 0.0) for m, b in volumes]


def test_water_fill_cap_keeps_the_target_share_of_bytes():
    # 10 + 100 + min(1000, K) = 0.3 * 1110: the two light patterns whole, the heavy one capped.
    assert water_fill_cap(plain((1000, 1.0), (100, 1.0), (10, 1.0)), 0.7) == pytest.approx(223)
    # Bytes weigh: 10 records of 100 bytes match 1000 records of 1 byte, and both are cut.
    cap = water_fill_cap(plain((1000, 1.0), (10, 100.0)), 0.5)
    assert 100 * min(10, cap) + min(1000, cap) == pytest.approx(1000)
    assert water_fill_cap(plain((1000, 1.0), (10, 1.0)), 0.0) == 1000  # no cut: everything under the cap
    assert water_fill_cap(plain((5, 1.0), (5, 1.0)), 0.5) == pytest.approx(2.5)
    assert water_fill_cap([], 0.7) is None
    assert water_fill_cap(plain((0.0, 80.0)), 0.7) is None


def test_a_weighted_pattern_keeps_a_larger_share_of_the_same_budget():
    # Two patterns of 1000 records, weights 4 and 0.25: min(1000, 4K) + min(1000, K/4) = 600.
    cap = water_fill_cap([(1000, 1.0, 4.0, 0.0), (1000, 1.0, 0.25, 0.0)], 0.7)
    assert min(1000, 4 * cap) + min(1000, cap / 4) == pytest.approx(600)
    assert min(1000, 4 * cap) / min(1000, cap / 4) == pytest.approx(16)


def test_floors_are_paid_first_and_the_rest_is_water_filled():
    # The first pattern keeps at least 20 % of 1000; the budget of 300 leaves 100 to share.
    cap = water_fill_cap([(1000, 1.0, 1.0, 0.2), (1000, 1.0, 1.0, 0.0)], 0.85)
    kept = min(1000, max(cap, 200)) + min(1000, cap)
    assert kept == pytest.approx(300)
    assert cap == pytest.approx(100)
    # Floors over the budget: K is 0 and every pattern sits at its floor.
    assert water_fill_cap([(1000, 1.0, 1.0, 0.5)], 0.9) == 0.0


@pytest.mark.parametrize(("reduction", "cap"), [
    # sum_i b_i min(m_i, K) = (1 - R) sum_i b_i m_i with m = 2000 and 10 records per interval,
    # bodies of about the same size: K = 600 - 7 b_rare/b_noisy, about 593.
    (0.7, 593.0),
    # K0 would be about 10: below keep_whole_below, so K = 20 and the noisy rate is 20/2000.
    (0.99, 20.0),
])
def test_frequent_patterns_are_sampled_harder_than_rare_ones(reduction, cap):
    clock = FakeClock()
    p = processor(clock, novelty={"keep": 0},
                  dynamic={"interval": "10s", "keep_whole_below": 20, "target_reduction": reduction})
    noisy = "GET /api/items/{} answered 200 after {} ms"
    rare = "reloaded tls certificate {} for listener {}"
    for second in range(30):
        req = request([record(noisy.format(i, i % 9)) for i in range(200)]
                      + [record(rare.format(second, i)) for i in range(1)])
        p.process(req)
        clock.advance(1.0)
    req = request([record(noisy.format(i, 3)) for i in range(200)] + [record(rare.format(99, 1))])
    p.process(req)
    kept = records_of(req)
    rare_kept = [r for r in kept if r.body.string_value.startswith("reloaded")]
    noisy_kept = [r for r in kept if r.body.string_value.startswith("GET")]
    assert len(rare_kept) == 1 and attrs(rare_kept[0])["sampling.adjusted_count"] == 1.0
    # 2000 records per 10 s interval sampled down to K: rate K/2000.
    weight = pytest.approx(2000 / cap, rel=0.005)
    assert all(attrs(r)["sampling.adjusted_count"] == weight for r in noisy_kept)
    rate = cap / 2000
    assert abs(len(noisy_kept) - 200 * rate) <= 4 * math.sqrt(200 * rate * (1 - rate)) + 1


def test_a_flood_within_the_first_interval_is_sampled_at_once_at_the_targets_share():
    # No volume is known before the service's first recompute: past keep_whole_below, the
    # flood is drawn at max(K/k, 1 - R), never below the target's share (R = 0.7 here).
    p = processor(novelty={"keep": 0}, dynamic={"keep_whole_below": 20, "target_reduction": 0.7})
    req = request([record(f"job {i} scheduled on queue {i * 7}") for i in range(5000)])
    p.process(req)
    kept = records_of(req)
    expected = 20 + sum(max(20 / k, 0.3) for k in range(21, 5001))
    sd = math.sqrt(sum(max(20 / k, 0.3) * (1 - max(20 / k, 0.3)) for k in range(21, 5001)))
    assert abs(len(kept) - expected) <= 4 * sd
    weights = [attrs(r)["sampling.adjusted_count"] for r in kept]
    assert max(weights) == pytest.approx(1 / 0.3)
    # Horvitz-Thompson variance: sum over kept records of (1/p - 1) / p.
    assert abs(sum(weights) - 5000) <= 4 * math.sqrt(sum((w - 1) * w for w in weights))


def test_pattern_state_is_bounded_and_evicted_patterns_are_still_summarised():
    p = processor(max_patterns_per_service=50, novelty={"keep": 0}, default_rate=0.001)
    received = kept = 0
    for batch in range(20):
        # 20 distinct patterns per batch: different words, different lengths.
        req = request([record(" ".join([f"w{batch}x{i}"] * (1 + i % 5)) + f" step{i} {n}")
                       for i in range(20) for n in range(10)])
        received += p.process(req).received
        kept += len(records_of(req))
    assert all(len(s.patterns) <= 50 for s in p._services.values())
    assert kept + summarised(p.take_summaries()) == received


@pytest.mark.parametrize(("text", "number"), [
    ("WARN", 13), ("warning", 13), ("Error", 17), ("ERR", 17), ("fatal", 21), ("CRITICAL", 21),
    ("INFO", 9), ("debug", 5), ("ERROR2", 18), ("INFO4", 12), ("panic", 23), ("", 0), ("banana", 0),
])
def test_severity_text_maps_to_the_otlp_number(text, number):
    assert severity_from_text(text) == number


def test_services_past_the_cap_share_one_state():
    from otlp_sampler.sample import processor as module

    p = processor()
    for i in range(module._MAX_SERVICES + 20):
        p.process(request([record("started worker 1")], service=f"svc-{i}"))
    assert len(p._services) == module._MAX_SERVICES + 1
    assert "_other" in p._services
