"""A record the SDK names otherwise than the proxy takes the proxy's rule at the source, end
to end (docs/sdk.md § Records the proxy names otherwise).

Real peers: the proxy (its OTLP/gRPC receiver, PolicyService and admin API) keeps its
policy in a Redis of the test's own; an application without the SDK sends one request of a
service's records through the OpenTelemetry SDK's OTLP/gRPC exporter, and the proxy names
their pattern from the request (``add_batch``); a policy for that pattern is put through
the admin API; then an application with the SDK (the OpenTelemetry SDK, the SDK's processor
in front of the batch processor and the OTLP/gRPC exporter) logs the same call site's records
one at a time. Alone, the SDK's miner names them by another id: before round 24 they went
out untouched for the proxy to sample; now the SDK drops them at the source under the
proxy's rule and id, reports those drops under the proxy's id, and everything still adds
up at the PostHog-shaped sink. A kind of message the policy has never seen still reaches
the proxy undecided, and no error is lost.
"""

from __future__ import annotations

import asyncio
import random

import aiohttp
import pytest
import redis
from opentelemetry._logs import SeverityNumber
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.resources import Resource

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.sdk import Sampler
from otlp_sampler.sdk.otel import SamplingLogRecordProcessor
from tests.e2e.harness import attributes, running_proxy
from tests.peers.redis_server import RedisServer
from tests.peers.sinks import HttpSink
from tests.peers.waiting import eventually

pytestmark = pytest.mark.e2e

SERVICE = "workers"
TOKEN = "sdk-workers-token"
INGEST = "ingest-token"
POSTHOG = "phc_e2e"
RATE = 0.05
PREFIX = "sdk-named-otherwise:"
NAMES = ["alpha", "beta", "gamma", "delta", "omega", "kappa", "sigma", "theta"]


def stopped(i: int) -> str:
    return f"worker {NAMES[i % len(NAMES)]} stopped after {i} jobs"


def provider_of(port: int, token: str, sampler: Sampler | None = None) -> LoggerProvider:
    exporter = OTLPLogExporter(endpoint=f"127.0.0.1:{port}", insecure=True,
                               headers={"authorization": f"Bearer {token}"})
    batch = BatchLogRecordProcessor(exporter, schedule_delay_millis=50, max_queue_size=100_000)
    provider = LoggerProvider(resource=Resource.create({"service.name": SERVICE}))
    provider.add_log_record_processor(
        batch if sampler is None else SamplingLogRecordProcessor(sampler, batch))
    return provider


def emit(provider: LoggerProvider, records: list[tuple[str, int]]) -> None:
    logger = provider.get_logger("app")
    for body, severity in records:
        logger.emit(body=body, severity_number=SeverityNumber(severity),
                    severity_text="ERROR" if severity >= 17 else "INFO")


async def test_the_sdk_applies_the_proxys_rule_to_records_it_names_otherwise(tmp_path):
    async with RedisServer() as store, HttpSink(token=POSTHOG) as sink:
        config = {
            "receivers": {"auth_tokens": [INGEST]},
            "store": {"kind": "redis", "url": store.url, "key_prefix": PREFIX},
            "sampling": {"trusted_upstreams": [TOKEN], "seed": 5},
            "exporter": {"protocol": "http/protobuf", "endpoint": sink.posthog_url,
                         "headers": {"Authorization": f"Bearer {POSTHOG}"}},
        }
        async with running_proxy(config) as app:
            # The proxy learns the call site from one request of its records.
            first = [(stopped(i), 9) for i in range(8)]
            plain = provider_of(app.ports["grpc"], INGEST)
            await asyncio.to_thread(emit, plain, first)
            await asyncio.to_thread(plain.shutdown)
            await sink.wait_for(lambda: len(sink.records()) >= 8, what="the first request's records")
            named = {(attributes(r)["log.record.pattern_id"], attributes(r)["log.record.template"])
                     for r in sink.records()}
            ((pattern_id, template),) = named
            assert template == "worker <*> stopped after <*> jobs"
            assert PatternMiner(SERVICE).add(stopped(100)) != pattern_id  # the SDK's miner, alone: another id

            # The policy names the proxy's pattern; it lives in Redis.
            url = f"http://127.0.0.1:{app.ports['admin']}/api/v1/policy"
            rule = {"template": template, "rate": RATE}
            document = {"services": {SERVICE: {"patterns": {pattern_id: rule}}}}
            async with aiohttp.ClientSession() as session, session.put(url, json=document) as response:
                assert response.status == 200, await response.text()
                version = (await response.json())["version"]
            assert redis.Redis(port=store.port).keys(PREFIX + "*")

            sampler = Sampler(SERVICE, f"127.0.0.1:{app.ports['grpc']}", token=TOKEN, cache_dir=tmp_path,
                              seed=11, report_interval=3600)
            await eventually(lambda: sampler.policy_version == version, timeout=10, what="the SDK's policy")
            rng = random.Random(3)
            records = [(stopped(100 + i), 9) for i in range(3000)]
            records += [(stopped(5000 + i), 17) for i in range(40)]  # errors of the same call site
            novel = [(f"cache warmed in {rng.randrange(1000)} ms for shard {i}", 9) for i in range(100)]
            records += novel
            rng.shuffle(records)
            app_provider = provider_of(app.ports["grpc"], TOKEN, sampler)
            await asyncio.to_thread(emit, app_provider, records)
            await asyncio.to_thread(app_provider.shutdown)  # summaries, the last batch, the last report
            reported = app.metrics.registry.get_sample_value(
                "otlp_sampler_source_dropped_records_total", {"service": SERVICE})
            window = app.processor.current_window.patterns[(SERVICE, pattern_id)]
            counted = window.records
        # The proxy stopped: its own summaries were flushed to the sink.

    arrived = [(r.body.string_value, attributes(r)) for r in sink.records()]
    kept = [(body, a) for body, a in arrived if not a.get("sampling.summary")]
    summaries = [a for _, a in arrived if a.get("sampling.summary")]
    # Dropped at the source under the proxy's rule (a few kept: novelty, the floor, the draw),
    # reported under the proxy's id, which the proxy's window counts them under (the next
    # policy sees the call site's whole volume); before round 24 the SDK's id named no rule,
    # the records went out and the proxy dropped them itself (reported: None).
    assert reported is not None and reported > 2500
    assert counted >= reported
    # Its summaries name the proxy's pattern and template, and are all there is of it.
    named_summaries = [a for a in summaries if a.get("log.record.pattern_id") == pattern_id]
    assert {a["log.record.template"] for a in named_summaries} == {template}
    assert sum(a["sampling.dropped_count"] for a in named_summaries) == reported
    sdk_kept = [a for body, a in kept if body.startswith("worker ") and a.get("sampling.rule") == "pattern"]
    assert sdk_kept and {a["log.record.pattern_id"] for a in sdk_kept} == {pattern_id}
    assert {a["sampling.adjusted_count"] for a in sdk_kept} <= {1.0, 1 / RATE}
    # Every error arrives; the kind of message the policy never saw reaches the proxy undecided
    # (its novelty keeps the first ones), never under the worker rule.
    bodies = {body for body, _ in kept}
    assert {body for body, severity in records if severity >= 17} <= bodies
    novel_kept = [a for body, a in kept if body.startswith("cache warmed")]
    assert len(novel_kept) >= 10 and all(a["log.record.pattern_id"] != pattern_id for a in novel_kept)
    # Kept plus every summary's count (the SDK's and the proxy's) is what was emitted.
    assert len(kept) + sum(a["sampling.dropped_count"] for a in summaries) == len(first) + len(records)
