"""Importance tiers on the hot path: what a pattern is about weighs its share of the byte budget."""

from __future__ import annotations

import random

from otlp_sampler.config import SamplingConfig
from otlp_sampler.meaning import Tier
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.sample import SamplingProcessor

from .helpers import FakeClock, record, records_of, request

# The INFO-level messages that matter, a chatter pattern and two routine ones.
EXAMPLES = {
    "login failed for user {}: invalid password": Tier.CRITICAL,
    "permission denied: user {} may not DELETE /admin/users/{}": Tier.CRITICAL,
    "account {} locked after 5 failed attempts": Tier.CRITICAL,
    "circuit breaker opened for upstream payments-{}": Tier.IMPORTANT,
    "TLS certificate api-{}.example.com expires in 3 days": Tier.IMPORTANT,
    "payment refunded for order {}": Tier.IMPORTANT,
    "cache hit for key cart:{}": Tier.NOISE,
    "user {} viewed page /products/{}": Tier.ROUTINE,
    "synced {} rows from shard {}": Tier.ROUTINE,
}
TEMPLATES = list(EXAMPLES)


def kept_shares(*, per_second: int = 20, seconds: int = 240,
                **config) -> tuple[dict[str, float], SamplingProcessor]:
    """Every example at the same volume through the zero-config dynamic sampler at target 0.9;
    the share of each kept over the last half of the run."""
    clock, wall = FakeClock(), FakeClock(1_700_000_000.0)
    sampling = SamplingConfig(**{"dynamic": {"target_reduction": 0.9, "interval": "30s"}, **config})
    p = SamplingProcessor(sampling, PatternCatalog(100), Metrics(), clock=clock, wall_clock=wall, seed=3,
                          floor_interval=60.0)
    rng = random.Random(3)
    kept = dict.fromkeys(TEMPLATES, 0)
    for second in range(seconds):
        batch = [record(t.format(rng.randrange(10**6), rng.randrange(1000))) for t in TEMPLATES
                 for _ in range(per_second)]
        rng.shuffle(batch)
        req = request(batch)
        p.process(req)
        if second >= seconds // 2:
            for r in records_of(req):
                text = r.body.string_value
                kept[next(t for t in TEMPLATES if text.startswith(t.split("{}")[0]))] += 1
        clock.advance(1)
        wall.advance(1)
    sent = per_second * (seconds - seconds // 2)
    return {t: n / sent for t, n in kept.items()}, p


def test_what_matters_keeps_a_larger_share_of_the_same_budget():
    shares, _ = kept_shares()
    cache = shares["cache hit for key cart:{}"]
    for template, tier in EXAMPLES.items():
        # K0 * w per interval: critical 4, important 2, routine 1, noise 0.25, the noise
        # pattern held at keep_whole_below (20 of its 600 per interval): 4.6x, 2.4x, 1.2x here.
        least = {Tier.CRITICAL: 4.0, Tier.IMPORTANT: 2.0, Tier.ROUTINE: 1.0, Tier.NOISE: 1.0}[tier]
        assert shares[template] >= least * cache * 0.9, (template, shares[template], cache)
    critical = min(shares[t] for t, tier in EXAMPLES.items() if tier == Tier.CRITICAL)
    important = max(shares[t] for t, tier in EXAMPLES.items() if tier == Tier.IMPORTANT)
    assert critical > 1.5 * important
    assert abs(sum(shares.values()) / len(shares) - 0.1) < 0.02  # the same budget: 90 % cut


def test_without_tiers_equal_volumes_keep_equal_shares():
    shares, _ = kept_shares(importance={"enabled": False})
    assert max(shares.values()) < 1.3 * min(shares.values())


def test_the_tier_and_its_reason_reach_the_window():
    _, p = kept_shares(seconds=4)
    window = p.take_window()
    def stats(start: str):
        return next(s for s in window.patterns.values() if s.template.startswith(start))

    login = stats("login failed for user <*>")
    assert (login.tier, login.tier_reason) == ("critical", 'security: "login failed"')
    assert stats("cache hit for key").tier == "noise"


def test_a_tier_from_another_source_overrides_the_classifier():
    clock, wall = FakeClock(), FakeClock(1_700_000_000.0)
    catalog = PatternCatalog(100)
    p = SamplingProcessor(SamplingConfig(), catalog, Metrics(), clock=clock, wall_clock=wall, seed=1)
    pid = catalog.miner("svc").add("cache hit for key cart:1")
    p.process(request([record("cache hit for key cart:2")]))
    p.set_tiers({("svc", pid): (Tier.CRITICAL, "an LLM: cart caching is our outage signal")})
    p.process(request([record("cache hit for key cart:3")]))
    stats = p.take_window().patterns[("svc", pid)]
    assert (stats.tier, stats.tier_reason) == ("critical", "an LLM: cart caching is our outage signal")


def test_a_tier_floor_holds_a_flooding_critical_pattern_up():
    # At target 0.99 the water level takes every pattern to 1-4 %: a critical floor of 30 %
    # holds the critical ones there, and the others pay for it.
    shares, _ = kept_shares(per_second=20, importance={"floors": {"critical": 0.3}},
                            dynamic={"target_reduction": 0.99, "interval": "30s"})
    assert all(shares[t] >= 0.27 for t, tier in EXAMPLES.items() if tier == Tier.CRITICAL)
