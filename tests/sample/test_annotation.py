"""The attributes written on every kept record (docs/configuration.md § sampling), and what happens
to ones already there."""

from __future__ import annotations

from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument

from .helpers import attrs, keys, processor, record, records_of, request

OURS = ["log.record.template", "log.record.pattern_id", "sampling.rule", "sampling.adjusted_count"]


def half_rate_processor(body: str):
    """Every record of ``body``'s pattern kept with p = 0.5 by a policy rule... once drawn."""
    catalog = PatternCatalog(100)
    p = processor(catalog=catalog, novelty={"keep": 0})
    pid = catalog.miner("svc").add(body)
    p.set_policy(PolicyDocument.model_validate({"services": {"svc": {"patterns": {pid: {"rate": 0.5}}}}}))
    return p, pid, catalog


def test_kept_records_carry_template_pattern_id_rule_and_adjusted_count_with_their_types():
    p, pid, catalog = half_rate_processor("payment 17 captured for order 99")
    req = request([record(f"payment {i} captured for order {i * 3}", attributes={"code.function": "pay"})
                   for i in range(200)])
    p.process(req)
    kept = records_of(req)
    assert kept
    for rec in kept:
        assert keys(rec) == ["code.function", *OURS]
        values = {kv.key: kv.value for kv in rec.attributes}
        assert values["log.record.template"].WhichOneof("value") == "string_value"
        assert values["log.record.pattern_id"].string_value == pid
        assert values["sampling.adjusted_count"].WhichOneof("value") == "double_value"
        assert values["sampling.adjusted_count"].double_value == 2.0
        assert values["sampling.rule"].string_value == "pattern"
        assert values["log.record.template"].string_value == catalog.miner("svc").template(pid)
        assert "<*>" in values["log.record.template"].string_value


def test_an_existing_adjusted_count_is_multiplied_and_our_keys_are_not_duplicated():
    p, _, _ = half_rate_processor("payment 17 captured for order 99")
    upstream = {"sampling.adjusted_count": 3.0, "sampling.rule": "dynamic", "log.record.template": "old",
                "user.id": "u1"}
    req = request([record(f"payment {i} captured for order {i}", attributes=upstream) for i in range(100)]
                  + [record(f"payment {i} captured for order {i}", attributes={"sampling.adjusted_count": 4})
                     for i in range(100)])
    p.process(req)
    kept = records_of(req)
    assert kept
    for rec in kept:
        names = keys(rec)
        assert sorted(names) == sorted(set(names)), names
        assert set(OURS) <= set(names)
        values = attrs(rec)
        assert values["sampling.rule"] == "pattern"
        assert values["log.record.template"] != "old"
        if "user.id" in values:
            assert values["sampling.adjusted_count"] == 6.0
        else:
            assert values["sampling.adjusted_count"] == 8.0  # an int count is honoured too


def test_annotate_false_leaves_kept_records_as_they_came():
    p = processor(annotate=False)
    req = request([record("node 4 joined the cluster", 17, attributes={"a": 1})])
    before = req.SerializeToString()
    p.process(req)
    assert req.SerializeToString() == before


def test_dropped_records_and_empty_containers_are_removed():
    p = processor(drop=[{"match": "heartbeat"}])
    req = request([record(f"heartbeat {i} ok") for i in range(30)], service="a")
    req.resource_logs.extend(request([record(f"heartbeat {i} ok") for i in range(5)]
                                     + [record("shutting down worker 3", 17)], service="b").resource_logs)
    req.resource_logs[1].scope_logs.add()  # an empty scope and an empty resource go too
    req.resource_logs.add()
    outcome = p.process(req)
    assert len(req.resource_logs) == 1  # service a lost everything: its ResourceLogs is gone
    assert len(req.resource_logs[0].scope_logs) == 1
    assert [r.body.string_value for r in records_of(req)] == ["shutting down worker 3"]
    assert (outcome.received, outcome.kept, outcome.dropped) == (36, 1, 35)
