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
