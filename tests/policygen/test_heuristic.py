"""The water-filling heuristic on a replayed Loghub workload and on hand-made windows."""

from __future__ import annotations

import itertools
import random

import pytest

from otlp_sampler.analyze.volume import PatternVolume, VolumePicture
from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PatternRule, PolicyDocument, ServicePolicy
from otlp_sampler.policy.guards import apply_guards
from otlp_sampler.policygen.heuristic import HeuristicGenerator, records_per_interval, water_fill
from tests.policy.guarantees import guarantee_problems
from tests.policygen import loghub
from tests.policygen.synthetic import pattern_id, synthetic_volumes

SAMPLING = SamplingConfig()
KEEP = SAMPLING.keep_severity


@pytest.fixture(scope="module")
def replay():
    """A window from one draw of the workload, and a second draw to replay the policy on."""
    lines = loghub.load_lines()
    catalog = PatternCatalog(max_patterns_per_service=5000)
    window, _ = loghub.fill_window(catalog, loghub.draw(lines, seed=1))
    _, records = loghub.fill_window(catalog, loghub.draw(lines, seed=2), started=60.0)
    volumes = VolumePicture.from_window(window, keep_severity=KEEP, interval=60.0)
    return volumes, records


def replayed_reduction(doc: PolicyDocument, records, seed: int = 3) -> tuple[float, int, int]:
    """Bytes reduction of ``doc`` over ``records``, applying the decision's severity step and
    the rule's rate (patterns without a rule kept); also (severe seen, severe kept)."""
    rng = random.Random(seed)
    bytes_in = bytes_out = severe = severe_kept = 0
    for service, pid, severity, size in records:
        bytes_in += size
        if severity >= KEEP:
            severe += 1
            severe_kept += 1
            bytes_out += size
            continue
        rule = doc.rule_for(service, pid)
        if rng.random() < (rule.rate if rule else 1.0):
            bytes_out += size
    return 1 - bytes_out / bytes_in, severe, severe_kept


@pytest.mark.parametrize("target", [0.5, 0.7, 0.85])
def test_reaches_target_reduction_on_replayed_loghub_workload(replay, target):
    volumes, records = replay
    config = PolicyGeneratorConfig(target_reduction=target)
    doc = HeuristicGenerator(SAMPLING, config).generate(volumes, None)
    assert doc.estimate.reduction == pytest.approx(target, abs=0.01)
    reduction, severe, severe_kept = replayed_reduction(doc, records)
    assert reduction == pytest.approx(target, abs=0.05)
    assert severe > 1000 and severe_kept == severe
    assert guarantee_problems(doc, volumes) == []
    # Every pattern is named, and those with WARN+ records are kept whole.
    assert sum(len(s.patterns) for s in doc.services.values()) == len(volumes.patterns)
    for key, volume in volumes.patterns.items():
        rule = doc.rule_for(*key)
        assert rule.reason
        if volume.severe:
            assert rule.rate == 1.0
        assert rule.rate * volume.per_interval >= 1.0 - 1e-9 or rule.rate == 1.0


def test_heaviest_low_severity_patterns_are_sampled_hardest(replay):
    volumes, _ = replay
    doc = HeuristicGenerator(SAMPLING, PolicyGeneratorConfig(target_reduction=0.7)).generate(volumes, None)
    sampled = [(v.per_interval, doc.rule_for(*k).rate) for k, v in volumes.patterns.items()
               if not v.severe and v.max_severity not in ("TRACE", "DEBUG") and "<*>" in v.template]
    sampled.sort()
    # Among ordinary patterns, more records per interval never means a higher rate.
    rates = [rate for _, rate in sampled]
    assert all(a >= b - 1e-9 for a, b in itertools.pairwise(rates))
    assert rates[0] == 1.0 and rates[-1] < 0.1


def test_heuristic_policy_passes_the_guards_unchanged(replay):
    volumes, _ = replay
    generator = PolicyGeneratorConfig(target_reduction=0.9)
    first = HeuristicGenerator(SAMPLING, generator).generate(volumes, None)
    _, corrections = apply_guards(first, None, volumes, sampling=SAMPLING, generator=generator)
    assert corrections == []


def test_rates_fall_at_most_max_step_per_version():
    volumes = synthetic_volumes()
    generator = PolicyGeneratorConfig(target_reduction=0.85, max_step=4.0)
    key = ("checkout", pattern_id("checkout", "GET /health <*> 200"))
    previous = PolicyDocument(services={"checkout": ServicePolicy(patterns={
        key[1]: PatternRule(rate=0.8, reason="before")})})
    doc = HeuristicGenerator(SAMPLING, generator).generate(volumes, previous)
    assert doc.rule_for(*key).rate == pytest.approx(0.2)
    assert "max_step" in doc.rule_for(*key).reason
    assert guarantee_problems(doc, volumes, previous=previous, generator=generator) == []
    # The other patterns give up more to stay near the target.
    assert doc.estimate.reduction == pytest.approx(0.85, abs=0.01)


def test_unreachable_target_keeps_the_floors():
    # Only severe patterns and rare ones: nothing can be sampled to reach 90 %.
    volumes = synthetic_volumes(only={"payment failed for order <*>", "slow query <*>", "index rebuilt"})
    plan = water_fill(volumes, target_reduction=0.9, min_rate=0.001, max_step=4.0)
    assert not plan.reachable
    assert plan.rates == {key: floor for key, (floor, _) in plan.floors.items()}
    assert sorted(plan.rates.values()) == [0.5, 1.0, 1.0]  # 2 records/interval keep one


def test_debug_and_constant_patterns_get_a_smaller_cap():
    volumes = synthetic_volumes()
    doc = HeuristicGenerator(SAMPLING, PolicyGeneratorConfig(target_reduction=0.7)).generate(volumes, None)
    debug = doc.rule_for("search", pattern_id("search", "cache miss for <*>"))
    info = doc.rule_for("search", pattern_id("search", "query <*> took <*> ms"))
    # 2000 DEBUG records keep fewer per interval than 3000 INFO ones.
    assert debug.rate * 2000 < info.rate * 3000
    assert "DEBUG" in debug.reason


def test_fixed_rules_are_kept_and_the_rest_share_the_budget():
    volumes = synthetic_volumes()
    key = ("checkout", pattern_id("checkout", "GET /health <*> 200"))
    fixed = {key: PatternRule(rate=0.5, reason="the model says so")}
    generator = HeuristicGenerator(SAMPLING, PolicyGeneratorConfig(target_reduction=0.7))
    doc = generator.generate(volumes, None, fixed=fixed)
    assert doc.rule_for(*key).rate == 0.5 and doc.rule_for(*key).reason == "the model says so"
    assert doc.estimate.reduction == pytest.approx(0.7, abs=0.01)
    alone = generator.generate(volumes, None)
    other = ("search", pattern_id("search", "query <*> took <*> ms"))
    assert doc.rule_for(*other).rate < alone.rule_for(*other).rate


def test_estimate_counts_cost_per_month():
    volumes = synthetic_volumes()
    doc = HeuristicGenerator(SAMPLING, PolicyGeneratorConfig(target_reduction=0.5),
                             price_per_gb=2.0).generate(volumes, None)
    estimate = doc.estimate
    assert estimate.bytes_in_per_s == pytest.approx(volumes.total_bytes / 60)
    assert estimate.cost_per_month_in == pytest.approx(estimate.bytes_in_per_s * 30 * 86400 / 1e9 * 2.0)
    assert estimate.cost_per_month_out == pytest.approx(estimate.cost_per_month_in * 0.5, rel=0.02)
    assert estimate.records_out_per_s < estimate.records_in_per_s


@pytest.mark.parametrize("minutes", [7, 13, 37, 60, 601])
@pytest.mark.parametrize("target", [0.7, 0.95])
def test_a_reason_states_what_the_rate_keeps_never_about_zero(minutes, target):
    """Over windows whose per-interval counts are not round numbers (as a file spanning odd
    times gives), the reason's figures agree with the rate: a rate held at a floor says so,
    and "sampled to about N" is rate x records per interval, never "about 0"."""
    volumes = synthetic_volumes(duration=minutes * 60.0)
    doc = HeuristicGenerator(SAMPLING, PolicyGeneratorConfig(target_reduction=target)).generate(volumes, None)
    for key, volume in volumes.patterns.items():
        rule = doc.rule_for(*key)
        assert "about 0 " not in rule.reason and "cap of 0 " not in rule.reason, rule.reason
        if rule.rate == pytest.approx(1 / volume.per_interval, rel=1e-5) and rule.rate < 1:
            assert rule.reason.endswith("held at one record per interval"), rule.reason
        if "sampled to about" in rule.reason:
            assert rule.reason.split("sampled to about ")[1].startswith(
                records_per_interval(rule.rate * volume.per_interval))


@pytest.mark.parametrize("count, text", [
    (12.0167, "12 records/interval"), (2.5, "2.5 records/interval"), (1.0, "1 record/interval"),
    (0.5, "1 record per 2 intervals"), (0.0023, "1 record per 435 intervals"), (0.0, "no records"),
])
def test_records_per_interval_reads_as_a_person_would_say_it(count, text):
    assert records_per_interval(count) == text


def tiered_picture(tiers: dict[str, str], per_interval: int = 600) -> VolumePicture:
    """One service, one pattern per tier at the same volume and size."""
    picture = VolumePicture(duration=60.0, interval=60.0, keep_severity=KEEP)
    for index, (template, tier) in enumerate(tiers.items()):
        volume = PatternVolume(
            service="svc", pattern_id=f"{index:016x}", template=template, records=per_interval,
            bytes=per_interval * 80, kept_records=0, kept_bytes=0,
            severities=(0, 0, 0, per_interval, 0, 0, 0), severe_records=0, per_interval=float(per_interval),
            tier=tier, tier_reason=f'{tier}: "{template[:5]}"')
        picture.patterns[volume.key] = volume
    picture.refresh_services()
    return picture


def test_a_tier_weighs_the_water_filling():
    picture = tiered_picture({"login failed for <*>": "critical", "payment <*> refunded": "important",
                              "user <*> viewed <*>": "routine", "cache hit for <*>": "noise"})
    doc = HeuristicGenerator(SAMPLING, PolicyGeneratorConfig(target_reduction=0.9)).generate(picture, None)
    rates = {rule.template: rule.rate for rule in doc.services["svc"].patterns.values()}
    # K * w / n with w = 4, 2, 1, 0.25: the same budget shared 16 : 8 : 4 : 1.
    noise = rates["cache hit for <*>"]
    assert rates["login failed for <*>"] == pytest.approx(16 * noise, rel=1e-3)
    assert rates["payment <*> refunded"] == pytest.approx(8 * noise, rel=1e-3)
    assert rates["user <*> viewed <*>"] == pytest.approx(4 * noise, rel=1e-3)
    assert doc.estimate.reduction == pytest.approx(0.9, abs=0.005)
    reason = doc.services["svc"].patterns[f"{0:016x}"].reason
    assert 'critical tier x4, critical: "login"' in reason


def test_a_tier_floor_holds_and_the_rest_pay_for_it():
    sampling = SamplingConfig(importance={"floors": {"critical": 0.5}})
    picture = tiered_picture({"login failed for <*>": "critical", "user <*> viewed <*>": "routine"})
    doc = HeuristicGenerator(sampling, PolicyGeneratorConfig(target_reduction=0.9)).generate(picture, None)
    rules = doc.services["svc"].patterns
    assert rules[f"{0:016x}"].rate == pytest.approx(0.5)
    assert "held at the critical tier's floor" in rules[f"{0:016x}"].reason
    # The floor alone keeps 300 records per interval of a budget of 120: the routine pattern
    # sits at its own floor, one record per interval.
    assert rules[f"{1:016x}"].rate == pytest.approx(1 / 600, rel=1e-5)
    assert apply_guards(doc, None, picture, sampling=sampling, generator=PolicyGeneratorConfig())[1] == []


def test_tiers_off_weigh_nothing():
    sampling = SamplingConfig(importance={"enabled": False})
    picture = tiered_picture({"login failed for <*>": "critical", "cache hit for <*>": "noise"})
    doc = HeuristicGenerator(sampling, PolicyGeneratorConfig(target_reduction=0.9)).generate(picture, None)
    rates = {rule.rate for rule in doc.services["svc"].patterns.values()}
    assert len(rates) == 1
