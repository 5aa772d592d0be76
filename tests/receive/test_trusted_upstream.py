"""Records an SDK already decided: believed from a trusted upstream's token, sampled from anyone else.

A real proxy (every stage) between a raw OTLP/gRPC client and a recording gRPC sink.
"""

from __future__ import annotations

import grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from tests.e2e.harness import attributes, running_proxy
from tests.peers.sinks import GrpcSink
from tests.peers.waiting import eventually

EXPORT = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
TRUSTED = "sdk-token"


def decided_request() -> ExportLogsServiceRequest:
    """200 records an SDK kept at rate 0.1 (weight 10), and one summary of 1800 it dropped."""
    request = ExportLogsServiceRequest()
    rl = request.resource_logs.add()
    rl.resource.attributes.add(key="service.name", value=AnyValue(string_value="checkout"))
    sl = rl.scope_logs.add()
    for i in range(200):
        record = sl.log_records.add(severity_number=9)
        record.body.string_value = f"job {i} finished in {i % 40}ms"
        record.attributes.extend([KeyValue(key="sampling.rule", value=AnyValue(string_value="pattern")),
                                  KeyValue(key="sampling.adjusted_count", value=AnyValue(double_value=10.0))])
    summary = sl.log_records.add(severity_number=9)
    summary.body.string_value = "sampled out 1,800 records like: job <*> finished in <*>"
    summary.attributes.extend([KeyValue(key="sampling.summary", value=AnyValue(bool_value=True)),
                               KeyValue(key="sampling.dropped_count", value=AnyValue(int_value=1800))])
    return request


async def send(app, token: str) -> None:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{app.ports['grpc']}") as channel:
        export = channel.unary_unary(EXPORT)
        await export(decided_request().SerializeToString(), metadata=(("authorization", f"Bearer {token}"),))


def config(sink: GrpcSink) -> dict:
    return {"exporter": {"protocol": "grpc", "endpoint": sink.url},
            "sampling": {"trusted_upstreams": [TRUSTED], "default_rate": 0.01, "novelty": {"enabled": False}}}


async def test_a_trusted_upstreams_decisions_pass_with_their_weights():
    async with GrpcSink() as sink, running_proxy(config(sink)) as app:
        await send(app, TRUSTED)
        records = await sink.wait_for_records(201)
        sample = app.metrics.registry.get_sample_value
        assert sample("otlp_sampler_records_kept_total", {"service": "checkout", "rule": "pattern"}) == 200
        assert sample("otlp_sampler_records_dropped_total", {"service": "checkout"}) is None
        assert sample("otlp_sampler_summary_records_total") == 1
        assert sum(s.kept_records for s in app.processor.current_window.patterns.values()) == 200
    fields = [attributes(r) for r in records]
    assert sorted(f.get("sampling.adjusted_count") for f in fields if "sampling.rule" in f) == [10.0] * 200
    (summary,) = [f for f in fields if f.get("sampling.summary")]
    assert summary["sampling.dropped_count"] == 1800 and "log.record.pattern_id" not in summary


async def test_from_anyone_else_they_are_ordinary_records():
    async with GrpcSink() as sink, running_proxy(config(sink)) as app:
        await send(app, "someone-else")
        sample = app.metrics.registry.get_sample_value
        received = {"service": "checkout"}
        await eventually(lambda: sample("otlp_sampler_records_received_total", received) == 201,
                         what="the request")
        dropped = sample("otlp_sampler_records_dropped_total", {"service": "checkout"})
        assert dropped > 180  # sampled at the default rate 0.01, the summary record with them
        assert sample("otlp_sampler_records_kept_total", {"service": "checkout", "rule": "pattern"}) is None


async def test_a_trusted_upstreams_records_count_in_the_window_as_if_kept_here():
    """The side loop, the accounting and the savings read the window: each decided record
    counts once as received and kept, with its bytes, its severity and the rule that kept
    it (a rule this proxy does not know counts as pattern); the summary counts as none."""
    request = decided_request()
    sl = request.resource_logs[0].scope_logs[0]
    odd = sl.log_records.add(severity_number=17)
    odd.body.string_value = "job 201 failed after 3 tries"
    odd.attributes.extend([KeyValue(key="sampling.rule", value=AnyValue(string_value="mystery")),
                           KeyValue(key="sampling.adjusted_count", value=AnyValue(double_value=1.0))])
    sl.log_records.add().CopyFrom(sl.log_records[200])  # a second summary
    async with GrpcSink() as sink, running_proxy(config(sink)) as app:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{app.ports['grpc']}") as channel:
            await channel.unary_unary(EXPORT)(request.SerializeToString(),
                                              metadata=(("authorization", f"Bearer {TRUSTED}"),))
        await sink.wait_for_records(203)
        stats = [s for s in app.processor.current_window.patterns.values() if s.service == "checkout"]
        sample = app.metrics.registry.get_sample_value
        assert sample("otlp_sampler_summary_records_total") == 2
        received = sample("otlp_sampler_records_received_total", {"service": "checkout"})
        size = sample("otlp_sampler_bytes_received_total", {"service": "checkout"})
    assert len(stats) == 2  # mined into their patterns: jobs finished, the job that failed
    assert sum(s.records for s in stats) == sum(s.kept_records for s in stats) == received == 201
    assert sum(s.kept_by_rule[4] for s in stats) == 201  # 4: pattern (sample/annotate.py RULES)
    assert [sum(s.severities[bucket] for s in stats) for bucket in (3, 5)] == [200, 1]  # INFO, ERROR
    assert sum(s.bytes for s in stats) == sum(s.kept_bytes for s in stats) == size > 201 * 20
