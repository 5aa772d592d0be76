"""receivers.max_records_per_request: a request over it is refused whole, before any work,
with 413 / RESOURCE_EXHAUSTED naming the key; requests within it, before and after, arrive whole.

A real proxy (every stage) between raw HTTP and gRPC clients and a recording gRPC sink.
"""

from __future__ import annotations

import aiohttp
import grpc
import pytest
from google.rpc import status_pb2

from tests.e2e.harness import running_proxy
from tests.peers.sinks import GrpcSink
from tests.receive.conftest import sample_request

EXPORT = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
CAP = 50


def config(sink: GrpcSink) -> dict:
    # keep_severity INFO: every accepted record is forwarded, so the sink counts them all.
    return {"receivers": {"max_records_per_request": CAP},
            "exporter": {"protocol": "grpc", "endpoint": sink.url},
            "sampling": {"keep_severity": "INFO"}}


def received(app, receiver: str, outcome: str) -> float:
    return app.metrics.registry.get_sample_value(
        "otlp_sampler_requests_total", {"receiver": receiver, "outcome": outcome}) or 0.0


async def test_http_refuses_a_request_over_the_cap_and_takes_the_others():
    async with GrpcSink() as sink, running_proxy(config(sink)) as app:
        url = f"http://127.0.0.1:{app.ports['http']}/v1/logs"
        headers = {"Content-Type": "application/x-protobuf"}
        async with aiohttp.ClientSession() as session:
            body = sample_request(CAP).SerializeToString()
            async with session.post(url, data=body, headers=headers) as answer:
                assert answer.status == 200
            async with session.post(url, data=sample_request(CAP + 1, body="big {i}").SerializeToString(),
                                    headers=headers) as answer:
                assert answer.status == 413
                status = status_pb2.Status.FromString(await answer.read())
            async with session.post(url, data=sample_request(3, body="after {i}").SerializeToString(),
                                    headers=headers) as answer:
                assert answer.status == 200
        assert "receivers.max_records_per_request (50)" in status.message and "51" in status.message
        records = await sink.wait_for_records(CAP + 3)
        assert received(app, "http", "too_many_records") == 1
        assert received(app, "http", "accepted") == 2
    bodies = [r.body.string_value for r in records]
    assert not [b for b in bodies if b.startswith("big")]
    assert sorted(b for b in bodies if b.startswith("after")) == ["after 0", "after 1", "after 2"]
    assert app.metrics.registry.get_sample_value("otlp_sampler_records_received_total",
                                                 {"service": "checkout"}) == CAP + 3


async def test_grpc_refuses_a_request_over_the_cap_and_takes_the_others():
    async with GrpcSink() as sink, running_proxy(config(sink)) as app:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{app.ports['grpc']}") as channel:
            export = channel.unary_unary(EXPORT)
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                await export(sample_request(CAP + 1, body="big {i}").SerializeToString())
            await export(sample_request(CAP).SerializeToString())
        assert refused.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "receivers.max_records_per_request (50)" in refused.value.details()
        # No retry delay: an OTLP exporter must not send the same request again.
        assert not [key for key, _ in refused.value.trailing_metadata() or () if "retryinfo" in key]
        records = await sink.wait_for_records(CAP)
        assert received(app, "grpc", "too_many_records") == 1
        assert received(app, "grpc", "accepted") == 1
    assert not [r for r in records if r.body.string_value.startswith("big")]
