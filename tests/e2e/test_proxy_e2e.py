"""The proxy end to end: OpenTelemetry SDK exporters -> otlp-sampler -> recording OTLP sinks.

Every piece is real: the SDK's own OTLPLogExporter (gRPC and HTTP) as the client, the whole
app built by ``build_app`` with its receivers on ephemeral ports, and sinks that speak
OTLP (a gRPC LogsService, a PostHog-shaped ``/i/v1/logs`` that checks the Bearer token).
"""

from __future__ import annotations

import asyncio
import math
import random

import aiohttp
import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.patterns import PatternMiner
from tests.e2e.harness import attributes, running_proxy
from tests.peers.otel_client import SdkClient
from tests.peers.sinks import GrpcSink, HttpSink
from tests.peers.waiting import eventually

pytestmark = pytest.mark.e2e

NOISY = [
    "GET /api/items/{} 200 in {}ms",
    "cache hit key=session:{} ttl={}s",
    "heartbeat from worker-{} queue_depth={}",
]
# fifteen events of different call sites, three records each: too few to sample
RARE_EVENTS = [
    "snapshot restored from backup on shard {}",
    "leader election won by replica on shard {}",
    "compaction skipped because the disk is busy on shard {}",
    "schema migration applied to shard {}",
    "index rebuild started for shard {}",
    "tls certificate renewed for shard {}",
    "quota raised by an operator for shard {}",
    "orphaned lock released on shard {}",
    "cold cache warmed up on shard {}",
    "rebalance plan accepted for shard {}",
    "replica promoted to primary on shard {}",
    "stale session purged from shard {}",
    "webhook endpoint rotated for shard {}",
    "audit trail exported for shard {}",
    "config reload completed on shard {}",
]


class Sent:
    """What the client sent, to compare with what arrived."""

    def __init__(self) -> None:
        self.total = 0
        self.severe: dict[str, dict] = {}  # body -> what the record carried


def send_workload(client: SdkClient, rng: random.Random, *, noisy_per_pattern: int = 1500) -> Sent:
    sent = Sent()
    emitted = []
    for template in NOISY:
        for _ in range(noisy_per_pattern):
            emitted.append((template.format(rng.randrange(10**6), rng.randrange(1000)), 9, None))
    for event in RARE_EVENTS:  # rare INFO patterns: a few records each, kept whole
        for n in range(3):
            emitted.append((event.format(n), 9, None))
    for i in range(120):
        severity = 13 if i % 3 else 17
        body = f"payment {i:05d} failed for order ord-{rng.randrange(10**6)}: gateway timeout"
        extra = {
            "attributes": {"order.id": f"ord-{i}", "attempt": i % 4, "http.status_code": 504},
            "trace_id": rng.getrandbits(128) | 1,
            "span_id": rng.getrandbits(64) | 1,
        }
        emitted.append((body, severity, extra))
    rng.shuffle(emitted)
    for body, severity, extra in emitted:
        extra = extra or {}
        client.emit(body, severity, **extra)
        if severity >= 13:
            sent.severe[body] = {"severity": severity, **extra}
    sent.total = len(emitted)
    return sent


def split_summaries(records) -> tuple[list, list]:
    kept, summaries = [], []
    for record in records:
        (summaries if attributes(record).get("sampling.summary") else kept).append(record)
    return kept, summaries


def summarised(summaries) -> int:
    return sum(int(attributes(r)["sampling.dropped_count"]) for r in summaries)


def assert_unbiased_estimate(kept, true_count: int) -> None:
    """sum(adjusted_count) estimates the true count: within 5 sigma of a Horvitz-Thompson variance."""
    estimate = 0.0
    variance = 0.0
    for record in kept:
        weight = float(attributes(record)["sampling.adjusted_count"])
        estimate += weight
        variance += (weight - 1) * weight  # (1-p)/p^2 with weight = 1/p
    bound = 5 * math.sqrt(variance) + 1
    assert abs(estimate - true_count) <= bound, (estimate, true_count, bound)


def assert_severe_intact(kept, sent: Sent, service: str) -> None:
    by_body = {r.body.string_value: r for r in kept}
    for body, original in sent.severe.items():
        assert body in by_body, f"a {original['severity']} record was lost: {body}"
        record = by_body[body]
        assert record.severity_number == original["severity"]
        attrs = attributes(record)
        for key, value in original["attributes"].items():
            assert attrs[key] == value, (key, attrs)
        assert attrs["sampling.rule"] == "severity"
        assert attrs["sampling.adjusted_count"] == 1.0
        assert attrs["log.record.template"] and attrs["log.record.pattern_id"]
        assert int.from_bytes(record.trace_id, "big") == original["trace_id"]
        assert int.from_bytes(record.span_id, "big") == original["span_id"]


async def deliver_everything(app, sink, sent_total: int) -> tuple[list, list]:
    """Wait until kept + summarised accounts for every record sent."""
    await app.pipeline.flush_summaries()

    def accounted() -> bool:
        kept, summaries = split_summaries(sink.records())
        return len(kept) + summarised(summaries) >= sent_total

    await eventually(accounted, timeout=20, what="kept + summarised == sent")
    return split_summaries(sink.records())


async def test_sdk_grpc_through_proxy_to_grpc_upstream():
    async with (
        GrpcSink() as sink,
        running_proxy({"exporter": {"protocol": "grpc", "endpoint": sink.url}}) as app,
    ):
        client = SdkClient(
            "grpc", app.ports["grpc"], "checkout", extra_resource={"deployment.environment": "prod"}
        )
        sent = send_workload(client, random.Random(5))
        assert await client.flush()
        await client.shutdown()
        kept, summaries = await deliver_everything(app, sink, sent.total)

        assert len(kept) + summarised(summaries) == sent.total
        assert_severe_intact(kept, sent, "checkout")
        assert_unbiased_estimate(kept, sent.total)
        # the noisy workload (a few patterns make most of the volume) is cut by at least 60 %
        assert len(kept) <= 0.4 * sent.total, f"kept {len(kept)} of {sent.total}"
        # kept records stay on their resource
        for resource, _record in sink.iter_records():
            resource_attrs = attributes(resource)
            assert resource_attrs["service.name"] == "checkout"
            assert resource_attrs["deployment.environment"] == "prod"
        # rare patterns are kept whole: each of their records is in the output
        rare_bodies = {event.format(n) for event in RARE_EVENTS for n in range(3)}
        rare = [r for r in kept if r.body.string_value in rare_bodies]
        assert len(rare) == 45


async def test_sdk_http_through_proxy_to_posthog_shaped_upstream():
    async with (
        HttpSink(token="phc_test_token") as sink,
        running_proxy(
            {
                "exporter": {
                    "protocol": "http/protobuf",
                    "endpoint": sink.posthog_url,
                    "headers": {"Authorization": "Bearer phc_test_token"},
                },
            }
        ) as app,
    ):
        client = SdkClient("http", app.ports["http"], "auth")
        sent = send_workload(client, random.Random(6), noisy_per_pattern=800)
        assert await client.flush()
        await client.shutdown()
        kept, summaries = await deliver_everything(app, sink, sent.total)

        assert all(item.status == 200 for item in sink.received), "the sink refused a request"
        assert len(kept) + summarised(summaries) == sent.total
        assert_severe_intact(kept, sent, "auth")
        assert_unbiased_estimate(kept, sent.total)
        assert len(kept) <= 0.4 * sent.total


async def test_posthog_path_on_the_receiver_works_like_v1_logs():
    async with (
        GrpcSink() as sink,
        running_proxy(
            {"exporter": {"protocol": "grpc", "endpoint": sink.url}, "sampling": {"enabled": False}}
        ) as app,
    ):
        client = SdkClient("http", app.ports["http"], "web", path="/i/v1/logs")
        for i in range(50):
            client.emit(f"page view {i}", 9)
        assert await client.flush()
        await client.shutdown()
        records = await sink.wait_for_records(50)
        assert sorted(r.body.string_value for r in records) == sorted(f"page view {i}" for i in range(50))


async def test_malformed_request_is_rejected_while_concurrent_good_ones_succeed():
    async with (
        GrpcSink() as sink,
        running_proxy(
            {"exporter": {"protocol": "grpc", "endpoint": sink.url}, "sampling": {"enabled": False}}
        ) as app,
    ):
        url = f"http://127.0.0.1:{app.ports['http']}/v1/logs"
        good = ExportLogsServiceRequest()
        resource_logs = good.resource_logs.add()
        resource_logs.resource.attributes.add(key="service.name").value.string_value = "svc"
        scope = resource_logs.scope_logs.add()
        for i in range(10):
            scope.log_records.add(severity_number=9).body.string_value = f"good record {i}"
        good_body = good.SerializeToString()

        async with aiohttp.ClientSession() as session:

            async def post(body: bytes, content_type: str = "application/x-protobuf") -> tuple[int, bytes]:
                async with session.post(url, data=body, headers={"Content-Type": content_type}) as response:
                    return response.status, await response.read()

            calls = []
            for i in range(20):
                calls.append(post(good_body))
                calls.append(post(b"\x0a\xff\xff\xff\xff\x0f garbage" + bytes([i])))
                calls.append(post(b'{"resourceLogs": [ {"broken": ', "application/json"))
            results = await asyncio.gather(*calls)

        good_results = results[0::3]
        bad_results = results[1::3] + results[2::3]
        assert all(status == 200 for status, _ in good_results)
        assert all(status == 400 for status, _ in bad_results), {status for status, _ in bad_results}
        assert any(body for _, body in bad_results), "a 400 says what was wrong"
        records = await sink.wait_for_records(200)
        assert len(records) == 200


async def test_upstream_503_twice_then_200_loses_nothing():
    async with (
        HttpSink() as sink,
        running_proxy(
            {
                "exporter": {"protocol": "http/protobuf", "endpoint": sink.logs_url},
                "sampling": {"enabled": False},
            }
        ) as app,
    ):
        sink.script(503, 503)
        client = SdkClient("grpc", app.ports["grpc"], "billing")
        for i in range(300):
            client.emit(f"invoice {i} generated", 9)
        assert await client.flush()
        await client.shutdown()
        records = await sink.wait_for_records(300, timeout=20)
        assert sorted(r.body.string_value for r in records) == sorted(
            f"invoice {i} generated" for i in range(300)
        )
        assert [item.status for item in sink.received[:2]] == [503, 503]


async def test_upstream_down_clients_are_told_to_retry_and_nothing_is_lost():
    sink = HttpSink()
    await sink.start()
    port = sink.port
    await sink.stop()  # the upstream is down; its port is known so it can come back there
    async with running_proxy(
        {
            "exporter": {
                "protocol": "http/protobuf",
                "endpoint": f"http://127.0.0.1:{port}/v1/logs",
                "queue": {"max_records": 1000, "retry_after": "200ms"},
                "retry": {"initial_interval": "50ms", "max_interval": "200ms"},
            },
            "sampling": {"enabled": False},
        }
    ) as app:
        client = SdkClient("grpc", app.ports["grpc"], "orders", timeout=60)
        total = 4000
        for i in range(total):
            client.emit(f"order {i} shipped", 9)
        flushed = asyncio.create_task(client.flush(timeout_ms=60_000))

        backpressure = app.metrics.requests.labels("grpc", "backpressure")
        await eventually(
            lambda: backpressure._value.get() > 0, timeout=20, what="the proxy pushing back on the client"
        )
        assert app.queue.depth_records <= 1000 + 512  # bounded: full means push back, not grow

        revived = HttpSink(port=port)
        await revived.start()
        try:
            assert await flushed
            records = await revived.wait_for_records(total, timeout=30)
            bodies = sorted(r.body.string_value for r in records)
            assert len(set(bodies)) == total, "every accepted record arrives once the upstream is back"
        finally:
            await client.shutdown()
            await revived.stop()


async def test_a_request_of_a_new_call_site_is_mined_as_one_pattern():
    """The records of one request are mined together (PatternMiner.add_batch): a word that
    varies over them is a variable from the first record on, where records placed one at a
    time, each before the next exists, would each start a pattern of its own."""
    bodies = ["Stopping alpha", "Stopping beta", "Stopping gamma"]
    one_at_a_time = PatternMiner("svc")
    assert len({one_at_a_time.add(body) for body in bodies}) == 3
    async with (
        GrpcSink() as sink,
        running_proxy({"exporter": {"protocol": "grpc", "endpoint": sink.url}}) as app,
    ):
        request = ExportLogsServiceRequest()
        resource_logs = request.resource_logs.add()
        resource_logs.resource.attributes.add(key="service.name").value.string_value = "svc"
        scope = resource_logs.scope_logs.add()
        for body in bodies:  # (errors: the severity rule keeps each, annotated)
            scope.log_records.add(severity_number=17).body.string_value = body
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"http://127.0.0.1:{app.ports['http']}/v1/logs", data=request.SerializeToString(),
                         headers={"Content-Type": "application/x-protobuf"}) as response,
        ):
            assert response.status == 200
        records = await sink.wait_for_records(3)
    assert sorted(record.body.string_value for record in records) == bodies
    assert {attributes(record)["log.record.template"] for record in records} == {"Stopping <*>"}
    assert len({attributes(record)["log.record.pattern_id"] for record in records}) == 1
