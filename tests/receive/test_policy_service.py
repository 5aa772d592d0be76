"""PolicyService on a running proxy's gRPC port: a real grpc.aio client of the generated stub."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import grpc
import pytest

from otlp_sampler._generated.v1 import policy_pb2, policy_pb2_grpc
from tests.e2e.harness import running_proxy

NOISY = "0123456789abcdef"
RARE = "fedcba9876543210"
POLICY = {
    "default_rate": 0.5,
    "services": {
        "checkout": {"default_rate": 0.25, "patterns": {
            NOISY: {"template": "GET /health <*>", "rate": 0.01, "max_per_second": 5},
            RARE: {"template": "drop me", "rate": 0.0},
        }},
        "other": {"patterns": {"1111111111111111": {"template": "x", "rate": 0.1}}},
    },
}
TRUSTED = "sdk-token"


async def put_policy(app, document) -> None:
    url = f"http://127.0.0.1:{app.ports['admin']}/api/v1/policy"
    async with aiohttp.ClientSession() as session, session.put(url, json=document) as response:
        assert response.status == 200, await response.text()


def stub(app) -> tuple[grpc.aio.Channel, policy_pb2_grpc.PolicyServiceStub]:
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{app.ports['grpc']}")
    return channel, policy_pb2_grpc.PolicyServiceStub(channel)


def bearer(token: str) -> tuple[tuple[str, str]]:
    return (("authorization", f"Bearer {token}"),)


async def test_get_policy_compiles_the_policy_in_force_for_one_service():
    drops = [{"service": "checkout", "match": "^debug"}, {"service": "x", "match": "y"}]
    overrides = {"sampling": {"drop": drops,
                              "exemptions": [{"attribute": "audit", "equals": "yes"}]},
                 "analysis": {"interval": "45s"}}
    async with running_proxy(overrides) as app:
        channel, client = stub(app)
        async with channel:
            before = await client.GetPolicy(policy_pb2.GetPolicyRequest(service="checkout"))
            assert before.version == 0 and not before.patterns and not before.HasField("default_rate")
            assert before.guarantees.keep_severity == 13 and before.guarantees.novelty_keep == 10
            assert before.guarantees.floor_interval_seconds == 45.0

            await put_policy(app, POLICY)
            policy = await client.GetPolicy(policy_pb2.GetPolicyRequest(service="checkout"))
    assert policy.version == app.processor.policy_version >= 1
    assert set(policy.patterns) == {NOISY, RARE}  # this service's rules only
    assert policy.patterns[NOISY].rate == 0.01 and policy.patterns[NOISY].max_per_second == 5
    assert policy.patterns[RARE].rate == 0.0
    assert policy.default_rate == 0.25  # the service's default before the policy's
    assert [(d.match, d.rate) for d in policy.drop_rules] == [("^debug", 0.0)]
    assert [(e.attribute, e.equals, e.resource) for e in policy.exemptions] == [("audit", "yes", False)]


async def test_watch_policy_hears_of_a_new_version_within_a_second():
    async with running_proxy({}) as app:
        channel, client = stub(app)
        async with channel:
            stream = client.WatchPolicy(policy_pb2.WatchPolicyRequest(service="checkout"))
            first = await asyncio.wait_for(stream.read(), 5)
            assert first.version == 0
            await put_policy(app, POLICY)
            applied = time.monotonic()
            second = await asyncio.wait_for(stream.read(), 5)
            heard = time.monotonic() - applied
            assert second.version >= 1 and second.patterns[NOISY].rate == 0.01
            assert heard < 1.0
            assert app.metrics.registry.get_sample_value("otlp_sampler_policy_watchers") == 1
            started = time.monotonic()
            await app.stop()  # an open stream must not hold the stop for the gRPC grace period
            assert time.monotonic() - started < 1.5
            stream.cancel()


async def test_the_receivers_tokens_guard_every_call():
    async with running_proxy({"receivers": {"auth_tokens": ["ingest"]},
                              "sampling": {"trusted_upstreams": [TRUSTED]}}) as app:
        channel, client = stub(app)
        async with channel:
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                await client.GetPolicy(policy_pb2.GetPolicyRequest(service="a"))
            assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                request = policy_pb2.WatchPolicyRequest(service="a")
                await client.WatchPolicy(request, metadata=bearer("no")).read()
            assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
            for token in ("ingest", TRUSTED):  # an upstream's token is accepted as a client's too
                request = policy_pb2.GetPolicyRequest(service="a")
                answer = await client.GetPolicy(request, metadata=bearer(token))
                assert answer.guarantees.keep_severity == 13
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                await client.GetPolicy(policy_pb2.GetPolicyRequest(tenant="t1", service="a"),
                                       metadata=bearer("ingest"))
            assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def report(sequence: int, records: int = 40, reporter: str = "sdk-1") -> policy_pb2.ReportPatternStatsRequest:
    return policy_pb2.ReportPatternStatsRequest(
        service="checkout", reporter=reporter, sequence=sequence,
        patterns=[policy_pb2.PatternStats(
            pattern_id=NOISY, template="GET /health <*>", dropped_records=records,
            dropped_bytes=records * 30, severities=[0, 0, 10, records - 10])])


async def test_reports_are_counted_once_and_only_from_a_trusted_upstream():
    async with running_proxy({"sampling": {"trusted_upstreams": [TRUSTED]}}) as app:
        channel, client = stub(app)
        async with channel:
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                await client.ReportPatternStats(report(1), metadata=bearer("someone"))
            assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED
            assert app.processor.current_window.patterns == {}

            answer = await client.ReportPatternStats(report(1), metadata=bearer(TRUSTED))
            assert answer.records == 40
            again = await client.ReportPatternStats(report(1), metadata=bearer(TRUSTED))  # a retry
            assert again.records == 0
            later = await client.ReportPatternStats(report(2, records=12), metadata=bearer(TRUSTED))
            assert later.records == 12
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                bad = report(3)
                bad.patterns[0].pattern_id = "not-an-id"
                await client.ReportPatternStats(bad, metadata=bearer(TRUSTED))
            assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT

        stats = app.processor.current_window.patterns[("checkout", NOISY)]
        assert (stats.records, stats.kept_records) == (52, 0)
        assert stats.severities[2:4] == [20, 32] and stats.template == "GET /health <*>"
        assert stats.bytes == 52 * 30 + 52 * 64  # body characters plus the service's overhead estimate
        sample = app.metrics.registry.get_sample_value
        assert sample("otlp_sampler_records_received_total", {"service": "checkout"}) == 52
        assert sample("otlp_sampler_records_dropped_total", {"service": "checkout"}) == 52
        assert sample("otlp_sampler_source_dropped_records_total", {"service": "checkout"}) == 52
