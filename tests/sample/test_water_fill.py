"""The dynamic sampler water-fills each service toward a target reduction (fixed seeds)."""

from __future__ import annotations

import math
import random

from otlp_sampler.app import build_app
from otlp_sampler.config import Config, SamplingConfig, load_config
from otlp_sampler.metrics import NullMetrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.sample import SamplingProcessor

from .helpers import FakeClock, attrs, processor, record, records_of, request

INTERVAL = 30.0  # sampling.dynamic.interval's default
WORDS = [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
    "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
    "whiskey", "xray", "yankee", "zulu", "amber", "basil", "cedar", "dune", "ember", "fjord", "grove",
    "harbor", "iris", "jasper", "kelp", "lotus", "maple", "nectar", "onyx", "pearl", "quartz", "raven",
    "sage", "thistle", "umber", "violet", "willow", "yarrow", "zinnia",
]


def body(pattern: int, n: int) -> str:
    """A body of pattern ``pattern``: two words of its own, a variable number, similar lengths."""
    return f"{WORDS[2 * pattern]} {WORDS[2 * pattern + 1]} finished step {n} of batch {n % 7}"


class Traffic:
    """Per interval, ``volumes[k]`` records (+-10 %) of pattern k for each service, shuffled."""

    def __init__(self, volumes: dict[str, list[int]], seed: int, traced: bool = False) -> None:
        self.volumes = volumes
        self.rngs = {service: random.Random(f"{seed}-{service}") for service in volumes}
        self.traced = traced
        self.serial = dict.fromkeys(volumes, 0)  # per service: a service's bodies do not depend on others

    def interval(self, p: SamplingProcessor, clock: FakeClock, requests: int = 10) -> dict[str, dict]:
        """Send one interval; per service: received, kept records, kept and received bytes by pattern."""
        per_service: dict[str, list] = {}
        for service, volumes in self.volumes.items():
            rng = self.rngs[service]
            records = []
            for k, volume in enumerate(volumes):
                for _ in range(max(1, round(volume * rng.uniform(0.9, 1.1)))):
                    self.serial[service] += 1
                    records.append((k, record(body(k, self.serial[service]),
                                              trace_id=rng.randbytes(16) if self.traced else b"")))
            rng.shuffle(records)
            per_service[service] = records
        out = {service: {"received": 0, "kept": [], "sent": {}, "kept_by": {}} for service in self.volumes}
        for chunk in range(requests):
            for service, records in per_service.items():
                part = records[chunk * len(records) // requests:(chunk + 1) * len(records) // requests]
                if not part:
                    continue
                req = request([r for _, r in part], service=service)
                p.process(req)
                row = out[service]
                row["received"] += len(part)
                for k, _ in part:
                    row["sent"][k] = row["sent"].get(k, 0) + 1
                for kept in records_of(req):
                    row["kept"].append(kept)
                    k = WORDS.index(kept.body.string_value.split()[0]) // 2
                    row["kept_by"][k] = row["kept_by"].get(k, 0) + 1
            clock.advance(INTERVAL / requests)
        return out


def zero_config(clock: FakeClock, **policy_generator) -> SamplingProcessor:
    """The processor as ``serve`` builds it with no config (resolved sampling, the floor on)."""
    config = Config(policy_generator=policy_generator)
    sampling = config.sampling
    return SamplingProcessor(sampling, PatternCatalog(sampling.max_patterns_per_service), NullMetrics(),
                             clock=clock, wall_clock=FakeClock(1_700_000_000.0), seed=4,
                             floor_interval=config.analysis.interval)


# A skewed service: a few chatty patterns make most of the volume, then a long tail and
# a handful of rare patterns (2 to 8 records per interval).
SKEWED = [round(4000 / (k + 1) ** 1.3) for k in range(18)] + [8, 6, 4, 3, 2, 2]
RARE = range(18, 24)


def test_zero_config_cuts_a_skewed_workload_by_the_target_and_keeps_rare_patterns_whole():
    clock = FakeClock()
    p = zero_config(clock)
    traffic = Traffic({"shop": SKEWED}, seed=1)
    received = kept = 0
    weights: list[float] = []
    for interval in range(8):
        row = traffic.interval(p, clock)["shop"]
        for k in RARE:
            assert row["kept_by"].get(k, 0) == row["sent"][k], f"rare pattern {k} was sampled"
        if interval >= 2:  # warm-up: novelty and the surge rule of a service with no cap yet
            received += row["received"]
            kept += len(row["kept"])
            weights.extend(attrs(r)["sampling.adjusted_count"] for r in row["kept"])
    reduction = 1 - kept / received
    assert 0.65 <= reduction <= 0.75, f"cut {reduction:.1%} of records, target 70 %"
    # The heaviest pattern is sampled hardest.
    last = {r.body.string_value.split()[0]: attrs(r)["sampling.adjusted_count"] for r in row["kept"]}
    assert last["alpha"] > 5 and last["alpha"] == max(last.values())
    # Horvitz-Thompson: sum(adjusted_count) estimates the count, Var ~ sum (w - 1) w.
    estimate = sum(weights)
    assert abs(estimate - received) <= 4 * math.sqrt(sum((w - 1) * w for w in weights)), (estimate, received)


def test_the_target_follows_the_policy_generator_unless_set():
    assert Config().sampling.dynamic.target_reduction == 0.7
    assert SamplingConfig().dynamic.target_reduction == 0.7  # a section alone: the generator's default
    inherited = Config(policy_generator={"target_reduction": 0.5})
    assert inherited.sampling.dynamic.target_reduction == 0.5
    own = Config(policy_generator={"target_reduction": 0.5}, sampling={"dynamic": {"target_reduction": 0.9}})
    assert own.sampling.dynamic.target_reduction == 0.9
    from_env = load_config(None, environ={"OTLP_SAMPLER_POLICY_GENERATOR__TARGET_REDUCTION": "0.6"})
    assert from_env.sampling.dynamic.target_reduction == 0.6
    assert Config.model_validate_json(inherited.model_dump_json()).sampling == inherited.sampling  # --workers
    app = build_app(Config(policy_generator={"target_reduction": 0.85}, store={"kind": "memory"},
                           exporter={"protocol": "debug"}), environ={})
    assert app.processor.config.dynamic.target_reduction == 0.85


def test_a_lower_target_cuts_less():
    clock = FakeClock()
    p = zero_config(clock, target_reduction=0.5)
    traffic = Traffic({"shop": SKEWED}, seed=2)
    rows = [traffic.interval(p, clock)["shop"] for _ in range(6)][2:]
    reduction = 1 - sum(len(r["kept"]) for r in rows) / sum(r["received"] for r in rows)
    assert 0.45 <= reduction <= 0.55, f"cut {reduction:.1%} of records, target 50 %"


def test_each_service_is_solved_on_its_own():
    # "quiet" alone: 300, 60 and 30 records per interval, water-filled to K = 43.5 (records
    # of similar sizes). "silent": every pattern under keep_whole_below, never sampled. With
    # a noisy service beside them (12x their records), nothing of theirs changes (trace ids:
    # the same draws).
    quiet_and_silent = {"quiet": [300, 60, 30], "silent": [15, 8, 3]}

    def run(volumes: dict[str, list[int]]) -> list[dict[str, dict]]:
        clock = FakeClock()
        p = processor(clock, novelty={"keep": 0})
        traffic = Traffic(volumes, seed=3, traced=True)
        return [traffic.interval(p, clock) for _ in range(6)]

    alone = run(quiet_and_silent)
    beside = run({"noisy": [4000, 1000], **quiet_and_silent})
    for service in ("quiet", "silent"):
        for a, b in zip(alone, beside, strict=True):
            assert [r.body.string_value for r in a[service]["kept"]] == \
                   [r.body.string_value for r in b[service]["kept"]]
    after = beside[2:]

    def cut(service: str) -> float:
        return 1 - sum(len(r[service]["kept"]) for r in after) / sum(r[service]["received"] for r in after)

    assert cut("silent") == 0.0
    assert 0.62 <= cut("quiet") <= 0.78, cut("quiet")
    assert 0.65 <= cut("noisy") <= 0.75, cut("noisy")
    # quiet's 30-record pattern sits under its cap: kept whole.
    assert all(r["quiet"]["kept_by"][2] == r["quiet"]["sent"][2] for r in after)


def test_a_new_flood_is_cut_at_once_from_the_services_cap():
    # Steady patterns of 3000, 300 and 30 records per interval: K = 0.3 * 3330 - 330 = 669.
    clock = FakeClock()
    p = processor(clock, novelty={"keep": 0}, seed=9)
    traffic = Traffic({"svc": [3000, 300, 30]}, seed=4)
    for _ in range(4):
        traffic.interval(p, clock)
    n = 20000
    flood = [record(f"job {c} scheduled on queue {c % 13}") for c in range(1, n + 1)]
    kept = []
    for start in range(0, n, 2000):
        req = request(flood[start:start + 2000])
        p.process(req)
        kept.extend(records_of(req))
    counts = [int(r.body.string_value.split()[1]) for r in kept]
    weights = [attrs(r)["sampling.adjusted_count"] for r in kept]
    # Past the threshold, record c is drawn at K / c (weight c / K): one K for all of them,
    # the service's (bytes-weighted, volumes +-10 %: near 669), not keep_whole_below's 20.
    caps = [c / w for c, w in zip(counts, weights, strict=True) if w > 1]
    cap = caps[0]
    assert all(abs(k - cap) < 1e-6 * cap for k in caps)
    assert 600 < cap < 740, cap
    # Up to K the new pattern is kept whole.
    whole = math.floor(cap)
    assert counts[:whole] == list(range(1, whole + 1))
    assert weights[:whole] == [1.0] * whole
    expected = cap * (1 + math.log(n / cap))  # sum over c of min(1, K / c)
    assert abs(len(kept) - expected) <= 4 * math.sqrt(expected)
    estimate = sum(weights)
    assert abs(estimate - n) <= 4 * math.sqrt(sum((w - 1) * w for w in weights)), (estimate, n)


def test_a_new_service_is_water_filled_within_its_first_interval():
    # Without a cap of its own a new service is sampled at keep_whole_below (far harder than
    # the target); its arrival brings the next recompute forward to a tenth of an interval.
    clock = FakeClock()
    p = zero_config(clock)
    row = Traffic({"shop": SKEWED}, seed=1).interval(p, clock)["shop"]
    first_interval_cut = 1 - len(row["kept"]) / row["received"]
    assert 0.6 <= first_interval_cut <= 0.75, f"cut {first_interval_cut:.1%} in the first interval"
