"""The SDK's decision: the proxy's order and guarantees over records at the source."""

from __future__ import annotations

import math

from otlp_sampler.sdk.sampler import PASS
from tests.sdk.helpers import SERVICE, offline_sampler, pattern_of, policy

HEALTH = "GET /health from 10.0.0.{} took {}ms"


def health(i: int) -> str:
    return HEALTH.format(i % 250, i % 97)


def test_with_no_policy_every_record_passes_unmined(tmp_path):
    sampler = offline_sampler(tmp_path)
    assert sampler.decide(health(1), 9) is PASS
    assert sampler._miner.template(pattern_of(health(1))) is None  # not even mined


def test_warn_and_above_are_kept_whatever_the_rate(tmp_path):
    sampler = offline_sampler(tmp_path, policy({pattern_of(health(0)): 0.001}))
    verdicts = [sampler.decide(health(i), 13 + i % 12) for i in range(2000)]
    assert all(v is not None and v["sampling.rule"] == "severity" for v in verdicts)
    infos = [sampler.decide(health(i), 9) for i in range(2000)]
    assert sum(v is not None for v in infos) < 20


def test_novelty_then_the_rate_and_the_floor(tmp_path):
    pattern = pattern_of(health(0))
    sampler = offline_sampler(tmp_path, policy({pattern: 0.001}, novelty=3, floor=3600.0))
    kept = [v for v in (sampler.decide(health(i), 9) for i in range(500)) if v is not None]
    assert [v["sampling.rule"] for v in kept[:3]] == ["novel"] * 3  # new: kept, and the interval's record
    assert all(v["sampling.rule"] == "pattern" and v["sampling.adjusted_count"] == 1000.0 for v in kept[3:])
    floored = offline_sampler(tmp_path, policy({pattern: 0.001}, floor=3600.0))
    kept = [v for v in (floored.decide(health(i), 9) for i in range(500)) if v is not None]
    assert kept[0]["sampling.rule"] == "pattern" and kept[0]["sampling.adjusted_count"] == 1.0  # the floor
    assert kept[0]["log.record.pattern_id"] == pattern
    assert kept[0]["log.record.template"] == floored._miner.template(pattern)
    assert all(v["sampling.adjusted_count"] == 1000.0 for v in kept[1:])


def test_adjusted_counts_are_unbiased(tmp_path):
    """sum(adjusted_count) over kept records estimates the records emitted: the mean over
    20 seeds lies within 4 standard errors of the truth (floor record included)."""
    rate, n, seeds = 0.05, 2000, 20
    totals = []
    for seed in range(seeds):
        sampler = offline_sampler(tmp_path, policy({pattern_of(health(0)): rate}, floor=3600.0), seed=seed)
        verdicts = (sampler.decide(health(i), 9) for i in range(n))
        totals.append(sum(v["sampling.adjusted_count"] for v in verdicts if v is not None))
    sd_one = math.sqrt(n * (1 - rate) / rate)
    mean = sum(totals) / seeds
    assert abs(mean - n) < 4 * sd_one / math.sqrt(seeds)
    assert all(abs(total - n) < 5 * sd_one for total in totals)


def test_the_draw_follows_the_trace_id(tmp_path):
    sampler = offline_sampler(tmp_path, policy({pattern_of(health(0)): 0.5}))
    low = (1 << 64) // 4  # a quarter of 2^64: under the rate
    high = 3 * (1 << 64) // 4
    assert all(sampler.decide(health(i), 9, trace_id=(i << 64) | low) is not None for i in range(50))
    assert all(sampler.decide(health(i), 9, trace_id=(i << 64) | high) is None for i in range(50))


def test_patterns_the_policy_leaves_out_go_to_the_proxy_or_the_default(tmp_path):
    named, other = pattern_of(health(0)), "user {} logged in from {}"
    sampler = offline_sampler(tmp_path, policy({named: 0.01}))
    assert all(sampler.decide(other.format(i, i), 9) is PASS for i in range(100))
    with_default = offline_sampler(tmp_path, policy({named: 0.01}, default=0.5, version=2))
    verdicts = [with_default.decide(other.format(i, i), 9) for i in range(400)]
    kept = [v for v in verdicts if v is not None]
    assert {v["sampling.rule"] for v in kept} == {"default"} and 120 < len(kept) < 280


def test_drop_rules_drop_below_keep_severity_and_exemptions_keep(tmp_path):
    message = policy(drop_rules=(("health", 0.0),), exemptions=(("audit", "yes"),))
    sampler = offline_sampler(tmp_path, message)
    assert all(sampler.decide(health(i), 9) is None for i in range(100))
    assert sampler.decide(health(1), 17)["sampling.rule"] == "severity"
    assert sampler.decide(health(2), 9, attributes={"audit": "yes"})["sampling.rule"] == "exempt"
    assert sampler.decide(health(3), 9, attributes={"audit": "no"}) is None


def test_a_cap_limits_what_is_kept_per_second(tmp_path):
    pattern = pattern_of(health(0))
    sampler = offline_sampler(tmp_path, policy({pattern: 1.0}, caps={pattern: 5.0}))
    kept = sum(sampler.decide(health(i), 9) is not None for i in range(1000))
    assert 5 <= kept <= 7  # a second's worth of tokens, however fast the records come


def test_drops_are_summarised_per_pattern_exactly(tmp_path):
    pattern = pattern_of(health(0))
    sampler = offline_sampler(tmp_path, policy({pattern: 0.1}))
    texts = [health(i) for i in range(1000)]
    verdicts = [sampler.decide(text, 5 if i % 2 else 9) for i, text in enumerate(texts)]
    dropped = [text for text, v in zip(texts, verdicts, strict=True) if v is None]
    (summary,) = sampler.take_drops()
    assert (summary.pattern_id, summary.count) == (pattern, len(dropped))
    assert summary.bytes == sum(map(len, dropped))
    assert summary.severities[2] + summary.severities[3] == len(dropped)  # DEBUG and INFO
    assert summary.attributes()["sampling.dropped_count"] == len(dropped)
    assert sampler.take_drops() == []


def test_a_prior_adjusted_count_multiplies(tmp_path):
    sampler = offline_sampler(tmp_path, policy({pattern_of(health(0)): 1.0}))
    kept = sampler.decide(health(1), 9, attributes={"sampling.adjusted_count": 4.0})
    assert kept["sampling.adjusted_count"] == 4.0
    for bogus in (0.5, float("inf"), "7", -2):
        assert sampler.decide(health(1), 9, attributes={"sampling.adjusted_count": bogus})[
            "sampling.adjusted_count"] == 1.0


def test_a_policy_for_another_service_is_ignored(tmp_path):
    sampler = offline_sampler(tmp_path)
    sampler.set_policy(policy({pattern_of(health(0)): 0.01}, service="billing"), cache=False)
    assert not sampler.has_policy and sampler.service == SERVICE


def test_an_exemption_on_the_resource_keeps_every_record_untouched(tmp_path):
    message = policy({pattern_of(health(0)): 0.001})
    message.exemptions.add(attribute="deployment.environment", equals="staging", resource=True)
    sampler = offline_sampler(tmp_path, message)
    sampler.set_resource({"service.name": SERVICE, "deployment.environment": "staging"})
    assert all(sampler.decide(health(i), 9) is PASS for i in range(100))
    sampler.set_resource({"service.name": SERVICE, "deployment.environment": "prod"})
    assert sum(sampler.decide(health(i), 9) is not None for i in range(100)) < 5


def test_the_policy_cache_survives_a_restart_and_a_bad_file(tmp_path):
    first = offline_sampler(tmp_path)
    first.set_policy(policy({pattern_of(health(0)): 0.25}, version=4))  # cached
    assert offline_sampler(tmp_path).policy_version == 4  # a new process starts on it
    first._cache_path.write_bytes(b"\xff\x00 not a policy")
    assert not offline_sampler(tmp_path).has_policy  # ignored, with a warning: everything kept
    assert [p.name for p in tmp_path.iterdir()] == [first._cache_path.name]  # no temporary left


def test_a_level_the_body_states_is_kept_as_the_proxy_reads_it(tmp_path):
    """Records with no severity: the level their body states is read as the proxy reads it
    (meaning/levels.py, through decision.body_level), and an ERROR is kept and marked."""
    lines = [f"2024-05-01 12:00:{i % 60:02d} {'ERROR' if i % 10 == 0 else 'INFO'} job {i} done"
             for i in range(400)]
    sampler = offline_sampler(tmp_path, policy({pattern_of(lines[1]): 0.001, pattern_of(lines[0]): 0.001}))
    verdicts = [sampler.decide(line, 0) for line in lines]
    errors = [v for line, v in zip(lines, verdicts, strict=True) if " ERROR " in line]
    assert all(v is not None and v["sampling.rule"] == "severity" for v in errors)
    assert {v["log.record.detected_level"] for v in errors} == {"ERROR"}
    assert sum(v is not None for v in verdicts) < len(errors) + 5
