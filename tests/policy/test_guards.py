"""The guards: each guarantee, generated and manual modes, metrics, validate_policy."""

from __future__ import annotations

import dataclasses

import pytest

from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policy import GeneratorInfo, PatternRule, PolicyDocument, ServicePolicy
from otlp_sampler.policy.guards import apply_guards, validate_policy
from tests.policy.guarantees import guarantee_problems
from tests.policygen.synthetic import pattern_id, synthetic_volumes

SAMPLING = SamplingConfig(min_rate=0.01)
GENERATOR = PolicyGeneratorConfig(max_step=4.0)
HEALTH = ("checkout", pattern_id("checkout", "GET /health <*> 200"))  # 6000 INFO / interval
PAYMENT = ("checkout", pattern_id("checkout", "payment failed for order <*>"))  # ERROR
SLOW = ("search", pattern_id("search", "slow query <*>"))  # 20 INFO + 5 WARN
RARE = ("search", pattern_id("search", "index rebuilt"))  # 2 / interval


def policy(rates: dict[tuple[str, str], float], *, kind="heuristic", **rule_options) -> PolicyDocument:
    doc = PolicyDocument(generator=GeneratorInfo(kind=kind))
    for (service, pid), rate in rates.items():
        doc.services.setdefault(service, ServicePolicy()).patterns[pid] = PatternRule(
            rate=rate, reason="test", **rule_options)
    return doc


def guard(doc, previous=None, volumes=None, metrics=None, **options):
    volumes = synthetic_volumes() if volumes is None else volumes
    return apply_guards(doc, previous, volumes, sampling=SAMPLING, generator=GENERATOR, metrics=metrics,
                        **options)


def counted(metrics: Metrics, name: str) -> float:
    return metrics.registry.get_sample_value("otlp_sampler_guard_corrections_total", {"guard": name}) or 0.0


@pytest.mark.parametrize(
    ("key", "rate", "expected", "name"),
    [
        (HEALTH, 0.0, 0.01, "zero_rate"),
        (HEALTH, 0.001, 0.01, "min_rate"),
        (PAYMENT, 0.01, 1.0, "severity"),
        (PAYMENT, 0.0, 1.0, "severity"),
        (SLOW, 0.5, 1.0, "severity"),
        (RARE, 0.1, 0.5, "min_per_interval"),
    ],
)
def test_each_guard_corrects_and_counts(key, rate, expected, name):
    metrics = Metrics()
    doc, corrections = guard(policy({key: rate}), metrics=metrics)
    assert doc.rule_for(*key).rate == pytest.approx(expected)
    assert [c.guard for c in corrections] == [name]
    assert counted(metrics, name) == 1
    assert guarantee_problems(doc, synthetic_volumes(), sampling=SAMPLING) == []


def test_max_step_against_the_previous_version():
    previous = policy({HEALTH: 0.8})
    doc, corrections = guard(policy({HEALTH: 0.05}), previous)
    assert doc.rule_for(*HEALTH).rate == pytest.approx(0.2)
    assert [c.guard for c in corrections] == ["max_step"]
    # A rise is never limited.
    doc, corrections = guard(policy({HEALTH: 1.0}), policy({HEALTH: 0.01}))
    assert corrections == [] and doc.rule_for(*HEALTH).rate == 1.0


def test_max_step_uses_the_previous_default_when_it_had_no_rule():
    previous = PolicyDocument(generator=GeneratorInfo(kind="heuristic"), default_rate=0.4)
    doc, _ = guard(policy({HEALTH: 0.02}), previous)
    assert doc.rule_for(*HEALTH).rate == pytest.approx(0.1)


def test_unknown_patterns_are_removed_but_previous_ones_are_known():
    ghost = ("checkout", "ffffffffffffffff")
    remembered = ("search", "eeeeeeeeeeeeeeee")
    doc, corrections = guard(policy({ghost: 0.5, remembered: 0.5, HEALTH: 0.5}), policy({remembered: 0.5}))
    assert doc.rule_for(*ghost) is None
    assert doc.rule_for(*remembered) is not None and doc.rule_for(*HEALTH) is not None
    assert [c.guard for c in corrections] == ["unknown_pattern"]


def test_max_per_second_keeps_one_per_interval_and_is_dropped_on_severe_patterns():
    doc, corrections = guard(policy({HEALTH: 0.5, PAYMENT: 1.0}, max_per_second=0.001))
    assert doc.rule_for(*HEALTH).max_per_second == pytest.approx(1 / 60)
    assert doc.rule_for(*PAYMENT).max_per_second is None
    assert sorted(c.guard for c in corrections) == ["min_per_interval", "severity"]


def test_default_rates_are_held_at_min_rate_and_max_step():
    doc = policy({})
    doc.default_rate = 0.001
    doc.services["checkout"] = ServicePolicy(default_rate=0.02)
    previous = policy({})
    previous.services["checkout"] = ServicePolicy(default_rate=0.4)
    guarded, corrections = guard(doc, previous)
    assert guarded.default_rate == 0.01
    assert guarded.services["checkout"].default_rate == pytest.approx(0.1)
    assert sorted(c.guard for c in corrections) == ["max_step", "min_rate"]


def test_guards_are_idempotent():
    doc, first = guard(policy({HEALTH: 0.0, PAYMENT: 0.0, RARE: 0.001}))
    again, second = guard(doc)
    assert first and second == []
    assert again == doc


def tiered_volumes():
    """The synthetic window with the tiers the processor would read from a person's rules."""
    volumes = synthetic_volumes()
    for key, tier, reason in [(HEALTH, "critical", 'security: "denied"'), (RARE, "important", ""),
                              (SLOW, "critical", "")]:
        volumes.patterns[key] = dataclasses.replace(volumes.patterns[key], tier=tier, tier_reason=reason)
    return volumes


def test_a_models_rate_for_critical_and_important_patterns_is_held_at_the_heuristics():
    volumes = tiered_volumes()
    heuristic = policy({HEALTH: 0.2, RARE: 0.9, SLOW: 1.0, PAYMENT: 1.0})
    metrics = Metrics()
    model = policy({HEALTH: 0.02, RARE: 0.6, SLOW: 1.0, PAYMENT: 1.0}, kind="llm")
    doc, corrections = guard(model, volumes=volumes, metrics=metrics, heuristic=heuristic)
    assert doc.rule_for(*HEALTH).rate == 0.2 and doc.rule_for(*RARE).rate == 0.9
    assert [(c.guard, c.service, c.pattern_id, c.before, c.after) for c in corrections] == [
        ("importance", *HEALTH, 0.02, 0.2), ("importance", *RARE, 0.6, 0.9)]
    assert 'the critical tier: security: "denied"' in corrections[0].message
    # The rule says why it is not the model's rate, and what the model said.
    assert doc.rule_for(*HEALTH).reason == ('held at 0.2, the critical tier: security: "denied"; not sampled '
                                            "harder than the heuristic does (the model said 0.02: test)")
    assert counted(metrics, "importance") == 2
    # A rate of 0 is held at the tier's floor too, and named for it.
    doc, corrections = guard(policy({HEALTH: 0.0}, kind="llm"), volumes=volumes, heuristic=heuristic)
    assert doc.rule_for(*HEALTH).rate == 0.2 and [c.guard for c in corrections] == ["importance"]
    again, none = guard(doc, volumes=volumes, heuristic=heuristic)
    assert none == [] and again == doc


def test_a_model_may_raise_any_rate_and_lower_routine_ones():
    volumes = tiered_volumes()
    heuristic = policy({HEALTH: 0.2, RARE: 0.5, PAYMENT: 1.0, SLOW: 1.0})
    routine = ("checkout", pattern_id("checkout", "user <*> logged in from <*>"))
    model = policy({HEALTH: 1.0, RARE: 1.0, routine: 0.05}, kind="llm")
    doc, corrections = guard(model, volumes=volumes, heuristic=heuristic)
    assert corrections == [] and doc == model.model_copy(deep=True)
    # Without the heuristic's policy (a policy that is not a model's) there is no such floor.
    _, corrections = guard(policy({HEALTH: 0.02}), volumes=volumes)
    assert corrections == []


def test_manual_policies_may_drop_and_name_unseen_patterns():
    ghost = ("checkout", "ffffffffffffffff")
    doc = policy({HEALTH: 0.0, PAYMENT: 0.0, ghost: 0.001}, kind="manual")
    guarded, corrections = guard(doc, policy({HEALTH: 1.0}))
    assert guarded.rule_for(*HEALTH).rate == 0.0  # a human's drop rule
    # Severe records of PAYMENT are kept by the decision order before any rule is read.
    assert guarded.rule_for(*PAYMENT).rate == 0.0
    assert guarded.rule_for(*ghost).rate == 0.01  # still at least min_rate unless 0
    assert [c.guard for c in corrections] == ["min_rate"]


def test_without_a_window_only_rate_bounds_are_checked():
    doc, corrections = apply_guards(policy({HEALTH: 0.0}), None, None, sampling=SAMPLING, generator=GENERATOR)
    assert doc.rule_for(*HEALTH).rate == 0.01 and [c.guard for c in corrections] == ["zero_rate"]


def test_input_document_is_not_modified():
    doc = policy({HEALTH: 0.0})
    guard(doc)
    assert doc.rule_for(*HEALTH).rate == 0.0


def test_validate_policy_reports_problems():
    assert validate_policy(policy({HEALTH: 0.5}), sampling=SAMPLING) == []
    generated = policy({HEALTH: 0.0})
    generated.services["checkout"].patterns[HEALTH[1]].reason = ""
    problems = validate_policy(generated, sampling=SAMPLING)
    assert len(problems) == 2
    assert any("never drop" in p for p in problems) and any("reason" in p for p in problems)
    assert validate_policy(policy({HEALTH: 0.0}, kind="manual"), sampling=SAMPLING) == []
    assert validate_policy(policy({HEALTH: 0.0001}, kind="manual"), sampling=SAMPLING) != []
