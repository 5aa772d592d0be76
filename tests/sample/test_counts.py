"""sum(sampling.adjusted_count) estimates the true count, from the first second on (fixed seeds).

Each weight is 1 / P(kept | everything before the record), so the sum is unbiased whatever
the rates were, as long as no rate is chosen from the record's own draw and the weight is
the rate of the draw (docs/policy-format.md § Counts). These tests replay, over many seeds,
the situations where that could fail: a newcomer's flood in the first 0.4 s (no volumes
known yet), the surge rule, novelty, the interval floor, recomputes and a policy swapped
mid-window, volumes that change, trace ids shared by several records (the consistent
draw) and the all-zero trace id some clients send.
"""

from __future__ import annotations

import math
import random
import statistics

from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord

from otlp_sampler.config import SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.sample import SamplingProcessor

from .helpers import FakeClock, record, records_of, request

BODIES = (
    "GET /api/items/{} 200 in {}ms",
    "synced {} rows from shard {}",
    "order {} created total={}",
    "job {} finished after {} retries",
    "worker {} picked task {}",  # appears mid-run: novelty
)


def adjusted(rec: LogRecord) -> float:
    for kv in rec.attributes:
        if kv.key == "sampling.adjusted_count":
            return kv.value.double_value
    raise AssertionError("a kept record without sampling.adjusted_count")


def kind(rec: LogRecord) -> int:
    first = rec.body.string_value.split(" ", 1)[0]
    return ("GET", "synced", "order", "job", "worker").index(first)


class Run:
    """One seed of traffic through a processor on fake clocks; true and estimated counts per kind."""

    def __init__(self, seed: int, **config) -> None:
        self.rng = random.Random(seed)
        self.clock, self.wall = FakeClock(), FakeClock(1_700_000_000.0)
        self.catalog = PatternCatalog(100)
        self.processor = SamplingProcessor(
            SamplingConfig(**{"dynamic": {"interval": "5s"}, **config}), self.catalog, Metrics(),
            clock=self.clock, wall_clock=self.wall, seed=seed, floor_interval=10.0)
        self.true = [0] * len(BODIES)
        self.estimate = [0.0] * len(BODIES)
        self.rules: set[str] = set()  # the sampling.rule of every kept record
        self.trace = self.rng.randbytes(16)

    def send(self, volumes: list[int], trace_mode: str) -> None:
        rng = self.rng
        batch = []
        for k, n in enumerate(volumes):
            for _ in range(n):
                if trace_mode == "none":
                    trace = b""
                elif trace_mode == "unique":
                    trace = rng.randbytes(16)
                elif trace_mode == "zero":
                    trace = bytes(16)
                else:  # "shared": a request logs about eight lines under one trace
                    if rng.random() < 0.125:
                        self.trace = rng.randbytes(16)
                    trace = self.trace
                body = BODIES[k].format(rng.getrandbits(20), rng.getrandbits(7))
                batch.append(record(body, trace_id=trace))
                self.true[k] += 1
        rng.shuffle(batch)
        req = request(batch)
        self.processor.process(req)
        for rec in records_of(req):
            self.estimate[kind(rec)] += adjusted(rec)
            self.rules.add(next(kv.value.string_value for kv in rec.attributes if kv.key == "sampling.rule"))

    def tick(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.wall.advance(seconds)


def newcomer(seed: int, trace_mode: str = "none", **config) -> Run:
    """~2,600 records of four patterns within 0.4 s of start, in 25 requests."""
    run = Run(seed, **config)
    for _ in range(25):
        run.send([60, 25, 12, 8, 0], trace_mode)
        run.tick(0.016)
    return run


def eventful(seed: int) -> Run:
    """A start-up flood, then 12 s across recomputes (every 5 s) and floor intervals (10 s):
    volumes change mid-window, a policy arrives mid-window, a new pattern appears."""
    run = newcomer(seed, "shared")
    modes = ("none", "unique", "shared")
    pid = run.catalog.miner("svc").add(BODIES[1].format(1, 1))
    for step in range(48):
        volumes = [40, 12, 3, 1, 0] if step < 24 else [6, 30, 1, 4, 8]
        run.send(volumes, modes[step % 3])
        if step == 30:
            run.processor.set_policy(PolicyDocument.model_validate(
                {"services": {"svc": {"patterns": {pid: {"rate": 0.2}}}}}))
        run.tick(0.25)
    return run


def assert_unbiased(runs: list[Run]) -> None:
    """Per pattern, the mean relative error over the seeds is within 4 standard errors of 0."""
    for k in range(len(BODIES)):
        errors = [(r.estimate[k] - r.true[k]) / r.true[k] for r in runs if r.true[k]]
        if not errors:
            continue
        mean = statistics.fmean(errors)
        se = statistics.stdev(errors) / math.sqrt(len(errors))
        assert abs(mean) <= 4 * se + 1e-9, (BODIES[k], mean, se)


def test_counts_are_unbiased_through_start_up_recomputes_a_policy_swap_novelty_and_the_floor():
    runs = [eventful(seed) for seed in range(25)]
    # the situations really occurred: novelty, the dynamic sampler, the policy
    assert all({"novel", "dynamic", "pattern"} <= r.rules for r in runs)
    assert_unbiased(runs)


def test_a_newcomers_counts_are_right_from_the_first_second():
    # Before its first recompute a service has no volumes, and a flood used to be cut toward
    # keep_whole_below (K/k with K = 20): each pattern's sum then had a relative standard
    # error near 1/sqrt(2K) = 16 %, and a newcomer read -28 % .. +39 %. It is drawn at no
    # less than the target's share now (1 - 0.7 here).
    for trace_mode in ("none", "unique"):
        runs = [newcomer(seed, trace_mode) for seed in range(30)]
        assert_unbiased(runs)
        for k in range(2):  # the two floods: 1,500 and 625 records (about 3.7 % and 6 % now)
            errors = [(r.estimate[k] - r.true[k]) / r.true[k] for r in runs]
            assert statistics.pstdev(errors) < 0.09, (trace_mode, BODIES[k], statistics.pstdev(errors))


def test_an_all_zero_trace_id_is_drawn_like_no_trace_id():
    # 16 zero bytes (an invalid W3C id some clients send for "no trace") read as a draw of 0
    # would keep every record at weight 1/p: the sum would be 1/p times the count.
    runs = [newcomer(seed, "zero") for seed in range(5)]
    assert_unbiased(runs)
    for run in runs:
        assert sum(run.estimate) < 1.5 * sum(run.true)
