"""The floor: every pattern keeps at least one record per interval, and the weights stay honest."""

from __future__ import annotations

import math

from otlp_sampler.app import build_app
from otlp_sampler.config import Config, SamplingConfig
from otlp_sampler.metrics import NullMetrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.sample import SamplingProcessor

from .helpers import FakeClock, attrs, record, records_of, request

INTERVAL = 10.0
BODY = "job {} finished in 20 ms"


def floored(rate: float | None = None, *, floor: float | None = INTERVAL, clock: FakeClock | None = None,
            max_per_second: float | None = None, **config) -> tuple[SamplingProcessor, FakeClock]:
    """A processor without novelty; with ``rate``, a policy rule for BODY's pattern."""
    clock = clock or FakeClock()
    cfg = SamplingConfig(novelty={"keep": 0}, **config)
    catalog = PatternCatalog(100)
    p = SamplingProcessor(cfg, catalog, NullMetrics(), clock=clock, wall_clock=FakeClock(1_700_000_000.0),
                          seed=5, floor_interval=floor)
    if rate is not None:
        pid = catalog.miner("svc").add(BODY.format(1))
        rule = {"rate": rate, "reason": "test"}
        if max_per_second is not None:
            rule["max_per_second"] = max_per_second
        p.set_policy(PolicyDocument.model_validate({"services": {"svc": {"patterns": {pid: rule}}}}))
    return p, clock


def one_interval(p: SamplingProcessor, clock: FakeClock, n: int, *, start: int = 0, chunks: int = 4):
    """``n`` records of BODY in ``chunks`` requests spread over one interval; returns the kept ones."""
    kept = []
    for c in range(chunks):
        first, last = start + c * n // chunks, start + (c + 1) * n // chunks
        req = request([record(BODY.format(i)) for i in range(first, last)])
        p.process(req)
        kept.extend(records_of(req))
        clock.advance(INTERVAL / chunks)
    return kept


def test_every_interval_keeps_the_first_record_of_a_pattern_at_weight_one():
    p, clock = floored(0.001)
    for interval in range(20):
        kept = one_interval(p, clock, 100, start=interval * 100)
        assert kept, f"interval {interval} kept nothing"
        first = attrs(kept[0])
        assert kept[0].body.string_value == BODY.format(interval * 100)
        assert first["sampling.rule"] == "pattern"
        assert first["sampling.adjusted_count"] == 1.0
        assert all(attrs(r)["sampling.adjusted_count"] == 1000.0 for r in kept[1:])


def test_without_the_floor_a_low_rate_pattern_goes_unseen_in_most_intervals():
    # The same traffic as above: at rate 0.001, P(nothing kept of 100) = 0.905 per interval.
    p, clock = floored(0.001, floor=None)
    empty = sum(not one_interval(p, clock, 100, start=i * 100) for i in range(20))
    assert empty >= 12  # Binomial(20, 0.905): P(< 12) < 1e-5


def test_the_floor_record_keeps_the_rule_that_sampled_the_pattern():
    # No policy rule: the config's default rate, else the dynamic sampler.
    p, clock = floored(default_rate=0.001)
    assert attrs(one_interval(p, clock, 50)[0])["sampling.rule"] == "default"
    # A cut of 99 % on one pattern: the cap is keep_whole_below, 1 record per 1 s interval.
    p, clock = floored(dynamic={"keep_whole_below": 1, "target_reduction": 0.99, "interval": "1s"})
    one_interval(p, clock, 400)  # the dynamic sampler learns the volume: rate ~ 1/50
    kept = one_interval(p, clock, 400, start=400)
    assert attrs(kept[0])["sampling.rule"] == "dynamic"
    assert attrs(kept[0])["sampling.adjusted_count"] == 1.0
    assert max(attrs(r)["sampling.adjusted_count"] for r in kept) > 10


def test_a_record_kept_by_another_rule_counts_as_the_intervals_record():
    p, clock = floored(0.001)
    req = request([record(BODY.format(0), severity=13)] + [record(BODY.format(i)) for i in range(1, 200)])
    p.process(req)
    kept = records_of(req)
    assert attrs(kept[0])["sampling.rule"] == "severity"
    assert [attrs(r)["sampling.adjusted_count"] for r in kept[1:]] == [1000.0] * (len(kept) - 1)
    clock.advance(INTERVAL)
    req = request([record(BODY.format(i)) for i in range(10)])
    p.process(req)
    assert attrs(records_of(req)[0])["sampling.adjusted_count"] == 1.0  # a new interval: floor again


def test_a_manual_drop_is_not_overridden():
    p, clock = floored(drop=[{"match": "finished", "rate": 0}])
    for interval in range(3):
        assert one_interval(p, clock, 100, start=interval * 100) == []


def test_the_floor_record_passes_the_cap_and_the_cap_still_holds():
    # A manual cap of 0.05/s refills half a token per 10 s interval: without the floor every
    # other interval would keep nothing. The floor record takes no token, so the cap still
    # bounds the rest: at most 1 + 0.05 * 100 s of them in all.
    p, clock = floored(1.0, max_per_second=0.05)
    kept = [len(one_interval(p, clock, 40, start=i * 40)) for i in range(10)]
    assert min(kept) >= 1, kept
    assert sum(kept) - len(kept) <= 1 + 0.05 * 10 * INTERVAL, kept


def test_sum_of_adjusted_counts_stays_unbiased_with_the_floor():
    # Per interval: the first record is a certain inclusion (weight 1), the other n-1 are
    # Bernoulli(p) with weight 1/p. So kept - intervals ~ Binomial(intervals*(n-1), p) and the
    # estimate is intervals + that / p. Weighting the floor records 1/p instead would
    # overshoot by intervals*(1/p - 1) = 7600, 14 standard deviations.
    intervals, n, rate = 400, 40, 0.05
    p, clock = floored(rate)
    weights, floors = [], 0
    for interval in range(intervals):
        kept = one_interval(p, clock, n, start=interval * n, chunks=2)
        w = [attrs(r)["sampling.adjusted_count"] for r in kept]
        floors += w[0] == 1.0
        weights.extend(w)
    assert floors == intervals
    drawn = len(weights) - intervals
    trials = intervals * (n - 1)
    sd = math.sqrt(trials * rate * (1 - rate))
    assert abs(drawn - trials * rate) <= 4 * sd
    assert abs(sum(weights) - intervals * n) <= 4 * sd / rate, (sum(weights), intervals * n)


def test_build_app_floors_at_the_analysis_interval():
    config = Config(sampling={"default_rate": 0.001, "novelty": {"keep": 0}, "seed": 3},
                    analysis={"interval": "60s"}, store={"kind": "memory"}, exporter={"protocol": "debug"})
    app = build_app(config, environ={})
    req = request([record(BODY.format(i)) for i in range(1000)])
    app.processor.process(req)
    first = attrs(records_of(req)[0])
    # At rate 0.001 a record kept at weight 1 under rule default is the floor's.
    assert first["sampling.rule"] == "default" and first["sampling.adjusted_count"] == 1.0
