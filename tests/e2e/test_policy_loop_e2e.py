"""The policy loop in the running proxy: traffic in, a policy out, then regenerate and rollback
through the admin HTTP API (issue 4, "How it is shown": the end-to-end test)."""

from __future__ import annotations

import pytest

from otlp_sampler.commands.workload import Workload
from tests.e2e.harness import attributes, running_proxy
from tests.e2e.traffic import Admin, OtlpGrpc
from tests.peers.sinks import GrpcSink
from tests.peers.waiting import eventually
from tests.peers.waiting import eventually as poll

pytestmark = pytest.mark.e2e

INTERVAL = 0.5


def proxy_config(sink: GrpcSink) -> dict:
    return {
        "exporter": {"protocol": "grpc", "endpoint": sink.url},
        "analysis": {"enabled": True, "interval": INTERVAL},
        "policy_generator": {"kind": "heuristic", "target_reduction": 0.7},
    }


def rules_of(doc: dict) -> dict[tuple[str, str], float]:
    return {(s, p): r["rate"] for s, sp in doc["services"].items() for p, r in sp["patterns"].items()}


async def test_traffic_makes_a_policy_that_samples_later_requests_and_regenerate_and_rollback_work():
    workload = Workload(seed=21, trace_share=0.0)
    async with GrpcSink() as sink, running_proxy(proxy_config(sink)) as app, \
            OtlpGrpc(app.ports["grpc"]) as client, Admin(app.ports["admin"]) as admin:

        async def first_version():
            await client.send(workload.request(400))
            return await admin.get("/api/v1/policy/history")

        history = await poll(first_version, timeout=15, what="the loop's first policy")
        assert history[-1]["version"] == 1 and history[-1]["generator_kind"] == "heuristic"
        assert history[-1]["rules"] > 0
        v1 = await admin.get("/api/v1/policy/history/1")
        assert any(rate < 1 for rate in rules_of(v1).values()), "the heuristic sampled nothing"
        await eventually(lambda: app.processor.policy_version >= 1, what="the policy in the hot path")

        # A later request is sampled by the policy in force: every kept record of a pattern
        # the policy names says rule "pattern" (or an earlier rule of the decision order),
        # with the weight of that pattern's rate, or 1 for the interval's floor record.
        before = app.processor.policy_version
        sink.clear()
        later = workload.request(2000)
        # (records of the earlier requests, decided before the policy, may still be on their
        # way to the sink: only this request's are read, by the time all its records share)
        sent_at = later.resource_logs[0].scope_logs[0].log_records[0].time_unix_nano
        await client.send(later)

        def sampled_by_the_policy() -> bool:
            # a record of this request: one of an earlier request, arriving late, would end
            # the wait before this request's records are in the sink
            return any(r.time_unix_nano == sent_at and attributes(r).get("sampling.rule") == "pattern"
                       and attributes(r)["sampling.adjusted_count"] > 1 for r in sink.records())

        await sink.wait_for(sampled_by_the_policy, what="a record sampled by a policy rule")
        # The loop may have saved a version since: the request was decided by one of these.
        in_force = [await admin.get(f"/api/v1/policy/history/{v}")
                    for v in range(before, app.processor.policy_version + 1)]
        weights = {}
        for doc in in_force:
            for key, rate in rules_of(doc).items():
                weights.setdefault(key, {1.0}).add(1.0 / rate)
        # A pattern that only a later version names was decided by the dynamic sampler
        # before that version arrived; only patterns every version names must never be.
        named_by_every_version = set.intersection(*(set(rules_of(doc)) for doc in in_force))
        by_rule: dict[str, int] = {}
        for resource, record in sink.iter_records():
            attrs = attributes(record)
            if attrs.get("sampling.summary") or record.time_unix_nano != sent_at:
                continue
            rule = attrs["sampling.rule"]
            by_rule[rule] = by_rule.get(rule, 0) + 1
            key = (attributes(resource)["service.name"], attrs["log.record.pattern_id"])
            if rule == "pattern":
                assert key in weights, f"rule pattern on {key}, which the policy does not name"
                weight = attrs["sampling.adjusted_count"]
                assert any(weight == pytest.approx(w) for w in weights[key]), (key, weight, weights[key])
            elif key in named_by_every_version:
                assert rule in ("severity", "novel", "burst"), (key, rule)
        assert by_rule["pattern"] > 0, by_rule

        # Regenerate: a new version, in history and in the hot path.
        latest = (await admin.get("/api/v1/policy/history"))[0]["version"]
        regenerated = await admin.post("/api/v1/policy/regenerate")
        assert regenerated["version"] > latest
        assert regenerated["generator"]["kind"] == "heuristic"
        history = await admin.get("/api/v1/policy/history")
        assert regenerated["version"] in [h["version"] for h in history]
        assert app.processor.policy_version >= regenerated["version"]

        # Rollback to version 1: a new version with version 1's rules, in force at once.
        rolled = await admin.post("/api/v1/policy/rollback/1")
        assert rolled["version"] > regenerated["version"]
        assert rolled["generator"]["kind"] == "rollback" and rolled["generator"]["rollback_of"] == 1
        assert rules_of(rolled) == rules_of(v1)
        assert app.processor.policy_version == rolled["version"]
        assert rules_of(await admin.get("/api/v1/policy")) == rules_of(v1)
        history = await admin.get("/api/v1/policy/history")
        assert history[0]["version"] == rolled["version"] and history[0]["rollback_of"] == 1

        # A rollback is a person's decision: the loop keeps running but does not overwrite it.
        async def paused():
            await client.send(workload.request(400))
            return await admin.metric("otlp_sampler_policy_generations_total",
                                      generator="heuristic", outcome="paused")

        await poll(paused, timeout=10, what="a cycle paused by the rollback")
        assert app.processor.policy_version == rolled["version"]
        assert (await admin.get("/api/v1/policy/history"))[0]["version"] == rolled["version"]

