"""Each step of the decision order, and that the first match wins."""

from __future__ import annotations

from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument

from .helpers import FakeClock, attrs, processor, record, records_of, request

A = "request served in {} ms for user {}"
B = "cache refreshed with {} entries evicted from shard {} after compaction finished"


def bodies(template: str, n: int, start: int = 0) -> list[str]:
    return [template.format(i * 7 + 3, i) for i in range(start, start + n)]


def pattern_of(catalog: PatternCatalog, body: str, service: str = "svc") -> str:
    return catalog.miner(service).add(body)


def policy(**services) -> PolicyDocument:
    return PolicyDocument.model_validate({"version": 3, "services": services})


def test_severity_floor_wins_over_a_drop_rule_and_reads_severity_text():
    p = processor(drop=[{"match": ".*"}])
    req = request([
        record("disk almost full on node 1", 13),
        record("disk almost full on node 2", 17),
        record("disk almost full on node 3", 0, severity_text="error"),
        record("disk almost full on node 4", 0, severity_text="Warning"),
        record("disk almost full on node 5", 9),
        record("disk almost full on node 6", 0, severity_text="info"),
        record("disk almost full on node 7", 0),
    ])
    outcome = p.process(req)
    kept = records_of(req)
    assert [r.body.string_value[-1] for r in kept] == ["1", "2", "3", "4"]
    assert {attrs(r)["sampling.rule"] for r in kept} == {"severity"}
    assert all(attrs(r)["sampling.adjusted_count"] == 1.0 for r in kept)
    assert (outcome.received, outcome.kept, outcome.dropped) == (7, 4, 3)
    assert outcome.kept_by_rule == {"severity": 4}


def test_keep_severity_is_configurable():
    p = processor(keep_severity="ERROR", drop=[{"match": ".*"}])
    req = request([record("retrying upstream call 1", 13), record("retrying upstream call 2", 17)])
    p.process(req)
    assert [r.severity_number for r in records_of(req)] == [17]


def test_exemptions_on_record_and_resource_attributes():
    exemptions = [
        {"attribute": "audit", "equals": "true"},
        {"attribute": "keep.me"},
        {"attribute": "tier", "equals": "gold", "resource": True},
    ]
    p = processor(exemptions=exemptions, drop=[{"match": ".*"}])
    req = request([
        record("user 1 changed role", attributes={"audit": True}),
        record("user 2 changed role", attributes={"audit": "false"}),
        record("user 3 changed role", attributes={"keep.me": 0}),
        record("user 4 changed role", attributes={"other": "x"}),
    ])
    p.process(req)
    kept = records_of(req)
    assert [r.body.string_value for r in kept] == ["user 1 changed role", "user 3 changed role"]
    assert {attrs(r)["sampling.rule"] for r in kept} == {"exempt"}

    gold = request([record(f"user {i} changed role") for i in range(5)], resource_attributes={"tier": "gold"})
    p.process(gold)
    assert len(records_of(gold)) == 5
    silver = request([record(f"user {i} changed role") for i in range(5)],
                     resource_attributes={"tier": "silver"})
    p.process(silver)
    assert records_of(silver) == []


def test_config_drop_rule_matches_the_template_per_service_and_beats_novelty():
    p = processor(drop=[{"match": "^cache refreshed", "service": "svc"}])
    req = request([record(b) for b in bodies(B, 20)] + [record(b) for b in bodies(A, 3)])
    outcome = p.process(req)
    kept = records_of(req)
    assert all(r.body.string_value.startswith("request served") for r in kept)
    assert outcome.dropped == 20
    other = request([record(b) for b in bodies(B, 3)], service="other")
    p.process(other)
    assert len(records_of(other)) == 3  # the rule names "svc" only; these are novel


def test_drop_rule_with_a_rate_keeps_that_share_as_pattern():
    p = processor(drop=[{"match": "cache refreshed", "rate": 0.25}], novelty={"keep": 0})
    req = request([record(b) for b in bodies(B, 2000)])
    p.process(req)
    kept = records_of(req)
    assert 400 < len(kept) < 600  # binomial(2000, 0.25): mean 500, sd 19
    decisions = {(attrs(r)["sampling.rule"], attrs(r)["sampling.adjusted_count"]) for r in kept}
    assert decisions == {("pattern", 4.0)}


def test_policy_rate_zero_drops_before_burst_and_novelty():
    catalog = PatternCatalog(100)
    p = processor(catalog=catalog)
    pid = pattern_of(catalog, bodies(A, 1)[0])
    p.set_policy(policy(svc={"patterns": {pid: {"rate": 0.0, "template": "x"}}}))
    p.set_bursts({("svc", pid): 1e12})
    req = request([record(b) for b in bodies(A, 10)] + [record(bodies(A, 1)[0], 17)])
    p.process(req)
    assert [r.severity_number for r in records_of(req)] == [17]


def test_burst_keeps_everything_until_its_time_runs_out():
    catalog = PatternCatalog(100)
    wall = FakeClock(1_700_000_000.0)
    p = processor(wall=wall, catalog=catalog, default_rate=0.001, novelty={"keep": 0})
    pid = pattern_of(catalog, bodies(A, 1)[0])
    p.set_bursts({("svc", pid): wall.now + 60})
    req = request([record(b) for b in bodies(A, 50)])
    p.process(req)
    assert len(records_of(req)) == 50
    assert {attrs(r)["sampling.rule"] for r in records_of(req)} == {"burst"}

    wall.advance(61)
    req = request([record(b) for b in bodies(A, 50)])
    p.process(req)
    assert {attrs(r)["sampling.rule"] for r in records_of(req)} <= {"default"}
    assert len(records_of(req)) <= 2


def test_burst_disabled_in_config_is_ignored():
    catalog = PatternCatalog(100)
    p = processor(catalog=catalog, default_rate=0.001, novelty={"keep": 0}, burst={"enabled": False})
    p.set_bursts({("svc", pattern_of(catalog, bodies(A, 1)[0])): 1e12})
    req = request([record(b) for b in bodies(A, 50)])
    p.process(req)
    assert len(records_of(req)) <= 2


def test_novelty_keeps_the_first_records_of_each_new_pattern():
    p = processor(default_rate=0.001, novelty={"keep": 3})
    req = request([record(b) for b in bodies(A, 10)] + [record(b) for b in bodies(B, 10)])
    p.process(req)
    rules = [(r.body.string_value.split()[0], attrs(r)["sampling.rule"]) for r in records_of(req)]
    assert [x for x in rules if x[1] == "novel"] == [("request", "novel")] * 3 + [("cache", "novel")] * 3
    # Seen patterns are no longer novel in later requests.
    again = request([record(b) for b in bodies(A, 10, start=50)])
    p.process(again)
    assert "novel" not in {attrs(r)["sampling.rule"] for r in records_of(again)}


def test_policy_pattern_rate_and_the_default_chain():
    catalog = PatternCatalog(100)
    p = processor(catalog=catalog, novelty={"keep": 0}, default_rate=0.125)
    pid_a = pattern_of(catalog, bodies(A, 1)[0])
    p.set_policy(PolicyDocument.model_validate({
        "version": 5, "default_rate": 0.5,
        "services": {"svc": {"default_rate": 0.25, "patterns": {pid_a: {"rate": 1.0}}}},
    }))
    assert p.policy_version == 5

    def decisions(service: str, template: str) -> set:
        req = request([record(b) for b in bodies(template, 400)], service=service)
        p.process(req)
        return {(attrs(r)["sampling.rule"], attrs(r)["sampling.adjusted_count"]) for r in records_of(req)}

    assert decisions("svc", A) == {("pattern", 1.0)}
    assert decisions("svc", B) == {("default", 4.0)}  # the service's default
    assert decisions("other", B) == {("default", 2.0)}  # the policy's global default
    p.set_policy(policy())
    assert decisions("other", B) == {("default", 8.0)}  # the config's default_rate


def test_dynamic_rule_names_unnamed_patterns_without_defaults():
    p = processor(novelty={"keep": 0})
    req = request([record(b) for b in bodies(A, 200)])
    p.process(req)
    assert {attrs(r)["sampling.rule"] for r in records_of(req)} == {"dynamic"}


def test_disabled_sampling_passes_the_request_through_untouched():
    p = processor(enabled=False)
    req = request([record(b) for b in bodies(A, 100)] + [record(b, 5) for b in bodies(B, 100)])
    before = req.SerializeToString()
    outcome = p.process(req)
    assert req.SerializeToString() == before
    assert (outcome.received, outcome.kept, outcome.dropped) == (200, 200, 0)
    assert outcome.bytes_kept == outcome.bytes_received == req.resource_logs[0].ByteSize()

