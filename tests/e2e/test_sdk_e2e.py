"""Sampling at the source end to end: an app using the SDK -> the proxy -> a PostHog-shaped sink.

The app is the OpenTelemetry Python SDK with its real OTLP/gRPC exporter, the SDK's
processor in front of the batch processor; the proxy is the whole app (PolicyService on
its gRPC port, the SDK's token in ``sampling.trusted_upstreams``); the sink checks the
PostHog token. What arrives must account for every record emitted: kept + dropped by the
SDK + dropped by the proxy, from the summary records alone.
"""

from __future__ import annotations

import asyncio
import math
import random
import time

import aiohttp
import pytest
from opentelemetry._logs import SeverityNumber
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.resources import Resource

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.sdk import Sampler
from otlp_sampler.sdk.otel import SamplingLogRecordProcessor
from tests.e2e.harness import attributes, running_proxy
from tests.peers.sinks import HttpSink
from tests.peers.waiting import eventually

pytestmark = pytest.mark.e2e

SERVICE = "checkout"
TOKEN = "sdk-checkout-token"
POSTHOG = "phc_e2e"
SAMPLED = ["GET /api/items/{} 200 in {}ms", "cache hit key=session:{} ttl={}s"]  # the policy names these
LEFT = "heartbeat from worker-{} queue_depth={}"  # no rule: the SDK leaves it to the proxy
RATE = 0.05


def pattern_ids() -> list[str]:
    miner = PatternMiner(SERVICE)
    return [miner.add(template.format(1, 2)) for template in SAMPLED]


async def put_policy(app, rate: float) -> int:
    rules = {pid: {"template": t, "rate": rate} for pid, t in zip(pattern_ids(), SAMPLED, strict=True)}
    url = f"http://127.0.0.1:{app.ports['admin']}/api/v1/policy"
    async with aiohttp.ClientSession() as session, session.put(url, json={"services": {SERVICE: {
            "patterns": rules}}}) as response:
        assert response.status == 200, await response.text()
        return (await response.json())["version"]


def workload(rng: random.Random) -> list[tuple[str, int]]:
    records = [(template.format(rng.randrange(10**6), rng.randrange(1000)), 9)
               for template in SAMPLED for _ in range(3000)]
    records += [(LEFT.format(rng.randrange(64), rng.randrange(100)), 9) for _ in range(1500)]
    records += [(f"payment {i:05d} failed for order ord-{rng.randrange(10**6)}", 13 if i % 3 else 17)
                for i in range(150)]
    # severe records of a sampled pattern
    records += [(SAMPLED[0].format(rng.randrange(10**6), i), 17) for i in range(50)]
    rng.shuffle(records)
    return records


async def test_an_app_with_the_sdk_through_the_proxy_accounts_for_every_record(tmp_path):
    proxy_config = {
        "receivers": {"auth_tokens": ["ingest-token"]},
        "sampling": {"trusted_upstreams": [TOKEN], "seed": 5},
    }
    async with HttpSink(token=POSTHOG) as sink:
        proxy_config["exporter"] = {"protocol": "http/protobuf", "endpoint": sink.posthog_url,
                                    "headers": {"Authorization": f"Bearer {POSTHOG}"}}
        async with running_proxy(proxy_config) as app:
            version = await put_policy(app, RATE)
            sampler = Sampler(SERVICE, f"127.0.0.1:{app.ports['grpc']}", token=TOKEN, cache_dir=tmp_path,
                              seed=11, report_interval=3600)
            await eventually(lambda: sampler.policy_version == version, timeout=10, what="the SDK's policy")
            exporter = OTLPLogExporter(endpoint=f"127.0.0.1:{app.ports['grpc']}", insecure=True,
                                       headers={"authorization": f"Bearer {TOKEN}"})
            provider = LoggerProvider(resource=Resource.create({"service.name": SERVICE}))
            provider.add_log_record_processor(SamplingLogRecordProcessor(
                sampler, BatchLogRecordProcessor(exporter, schedule_delay_millis=50, max_queue_size=100_000)))
            logger = provider.get_logger("app")
            emitted = workload(random.Random(3))

            def run_app() -> None:
                for body, severity in emitted:
                    text = "ERROR" if severity >= 17 else "WARN" if severity >= 13 else "INFO"
                    logger.emit(body=body, severity_number=SeverityNumber(severity), severity_text=text)

            await asyncio.to_thread(run_app)

            # A policy change made on the proxy reaches the app's SDK within 2 s.
            changed = time.monotonic()
            newer = await put_policy(app, 0.5)
            await eventually(lambda: sampler.policy_version == newer, timeout=5, what="the new version")
            assert time.monotonic() - changed < 2.0

            await asyncio.to_thread(provider.shutdown)  # summaries, the last batch, the last report
            reported = app.metrics.registry.get_sample_value(
                "otlp_sampler_source_dropped_records_total", {"service": SERVICE})
        # The proxy stopped: its own summaries were flushed to the sink.

    records = [record for _, record in sink.iter_records()]
    kept = [r for r in records if not attributes(r).get("sampling.summary")]
    summaries = [attributes(r) for r in records if attributes(r).get("sampling.summary")]
    sampled = pattern_ids()
    by_sdk = sum(s["sampling.dropped_count"] for s in summaries if s["log.record.pattern_id"] in sampled)
    by_proxy = sum(s["sampling.dropped_count"] for s in summaries) - by_sdk
    assert by_sdk > 4000 and by_proxy > 100  # both samplers dropped, and said so
    assert len(kept) + by_sdk + by_proxy == len(emitted)
    assert reported == by_sdk  # ReportPatternStats: the proxy's counters include the SDK's drops

    arrived = {r.body.string_value for r in kept}
    assert {body for body, severity in emitted if severity >= 13} <= arrived

    # Not sampled twice: what the SDK kept arrives with the SDK's weight, not multiplied.
    sdk_kept = [attributes(r) for r in kept if attributes(r).get("log.record.pattern_id") in pattern_ids()
                and attributes(r).get("sampling.rule") == "pattern"]
    assert sdk_kept and {a["sampling.adjusted_count"] for a in sdk_kept} <= {1.0, 1 / RATE}

    # sum(adjusted_count) is unbiased: within 4 estimated standard deviations of the truth
    # (Horvitz-Thompson: var = sum of w(w-1) over kept records).
    weights = [attributes(r).get("sampling.adjusted_count", 1.0) for r in kept]
    spread = math.sqrt(sum(w * (w - 1) for w in weights))
    assert abs(sum(weights) - len(emitted)) < 4 * spread
