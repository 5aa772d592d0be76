"""The SDK against a real proxy (and without one): fetch, cache, watch, report; fail open.

The proxy runs on the test's event loop (tests/e2e/harness.py); the SDK's threads talk to
it over gRPC like an application's would.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time

import aiohttp
import pytest
from opentelemetry._logs import SeverityNumber
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor

import otlp_sampler.sdk.client as client_module
from otlp_sampler.sdk import Sampler
from otlp_sampler.sdk.otel import SamplingLogRecordProcessor
from tests.e2e.harness import running_proxy
from tests.peers.waiting import eventually, free_port
from tests.sdk.helpers import SERVICE, pattern_of

TOKEN = "sdk-secret"
NOISY = "cache miss for key user:{} in {}ms"
PATTERN = pattern_of(NOISY.format(0, 0))


async def put_policy(app, rate: float) -> int:
    url = f"http://127.0.0.1:{app.ports['admin']}/api/v1/policy"
    document = {"services": {SERVICE: {"patterns": {PATTERN: {"template": "cache miss", "rate": rate}}}}}
    async with aiohttp.ClientSession() as session, session.put(url, json=document) as response:
        assert response.status == 200, await response.text()
        return (await response.json())["version"]


def sampler_for(port: int, cache_dir, **kwargs) -> Sampler:
    return Sampler(SERVICE, f"127.0.0.1:{port}", token=TOKEN, cache_dir=cache_dir, seed=3,
                   report_interval=3600, **kwargs)


async def test_fetch_cache_watch_and_report(tmp_path):
    async with running_proxy({"sampling": {"trusted_upstreams": [TOKEN]}}) as app:
        first = await put_policy(app, 0.05)
        sampler = sampler_for(app.ports["grpc"], tmp_path)
        try:
            await eventually(lambda: sampler.policy_version == first, timeout=10, what="the policy fetched")
            assert sampler._cache_path.exists()
            second = await put_policy(app, 0.5)
            changed = time.monotonic()
            await eventually(lambda: sampler.policy_version == second, timeout=5, what="the new version")
            assert time.monotonic() - changed < 2.0

            verdicts = [sampler.decide(NOISY.format(i, i % 7), 9) for i in range(400)]
            dropped = sum(v is None for v in verdicts)
            assert 100 < dropped < 300
        finally:
            await asyncio.to_thread(sampler.close)  # a last report, acknowledged
        assert sampler.client.reports_acknowledged >= 1
        stats = app.processor.current_window.patterns[(SERVICE, PATTERN)]
        assert (stats.records, stats.kept_records) == (dropped, 0)


@pytest.fixture
def quick_retries(monkeypatch):
    """The policy client's first retry after 50 ms, not 500 (then doubling as ever): the
    tests below count failed attempts, and would wait out the backoff between them."""
    monkeypatch.setattr(client_module, "FIRST_RETRY", 0.05)




@pytest.mark.usefixtures("quick_retries")
async def test_with_the_proxy_down_the_cached_policy_applies_and_it_is_said_once(tmp_path, caplog):
    async with running_proxy({"sampling": {"trusted_upstreams": [TOKEN]}}) as app:
        version = await put_policy(app, 0.05)
        online = sampler_for(app.ports["grpc"], tmp_path)
        await eventually(lambda: online.policy_version == version, timeout=10, what="the policy cached")
        await asyncio.to_thread(online.close)

    caplog.set_level(logging.INFO, logger="otlp_sampler.sdk")
    offline = Sampler(SERVICE, f"127.0.0.1:{free_port()}", token=TOKEN, cache_dir=tmp_path, seed=3,
                      report_interval=3600)
    assert offline.policy_version == version  # from the cache, before any answer
    exporter = InMemoryLogRecordExporter()
    provider = LoggerProvider()
    provider.add_log_record_processor(SamplingLogRecordProcessor(offline, SimpleLogRecordProcessor(exporter)))
    logger = provider.get_logger("app")
    for i in range(1000):
        logger.emit(body=NOISY.format(i, i), severity_number=SeverityNumber.INFO)
        logger.emit(body=f"payment {i} failed", severity_number=SeverityNumber.ERROR)
    out = [dict(r.log_record.attributes) for r in exporter.get_finished_logs()]
    assert sum(1 for a in out if a.get("sampling.rule") == "pattern") < 150  # sampled at 0.05
    assert sum(1 for r in exporter.get_finished_logs() if r.log_record.severity_number.value == 17) == 1000
    try:
        await eventually(lambda: offline.client.failures >= 3, timeout=15, what="three failed attempts")
        unreachable = [r for r in caplog.records if "unreachable" in r.getMessage()]
        assert len(unreachable) == 1 and "policy version" in unreachable[0].getMessage()
    finally:
        await asyncio.to_thread(provider.shutdown)


@pytest.mark.usefixtures("quick_retries")
async def test_with_no_cache_and_no_proxy_every_record_is_kept_and_it_is_said_once(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="otlp_sampler.sdk")
    sampler = Sampler(SERVICE, f"127.0.0.1:{free_port()}", cache_dir=tmp_path, report_interval=0.05)
    try:
        assert all(sampler.decide(NOISY.format(i, i), 9) is not None for i in range(1000))
        await eventually(lambda: sampler.client.failures >= 3, timeout=15, what="three failed attempts")
        messages = [r.getMessage() for r in caplog.records]
        assert sum("keeping every record" in m for m in messages) == 1
    finally:
        await asyncio.to_thread(sampler.close)


async def test_nothing_waits_on_a_proxy_that_never_answers(tmp_path):
    """A listener that accepts connections and never speaks: the policy fetch hangs until its
    deadline, and all the while the application's records flow to its exporter."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        sampler = Sampler(SERVICE, f"127.0.0.1:{silent.getsockname()[1]}", cache_dir=tmp_path)
        exporter = InMemoryLogRecordExporter()
        provider = LoggerProvider()
        sampling = SamplingLogRecordProcessor(sampler, SimpleLogRecordProcessor(exporter))
        provider.add_log_record_processor(sampling)
        logger = provider.get_logger("app")
        for i in range(2000):
            logger.emit(body=NOISY.format(i, i), severity_number=SeverityNumber.INFO)
        assert len(exporter.get_finished_logs()) == 2000
        assert sampler.client.failures == 0 and not sampler.has_policy  # the fetch is still waiting
        closing = time.monotonic()
        await asyncio.to_thread(provider.shutdown)
        assert time.monotonic() - closing < 3  # close ends the waiting call instead of sitting it out
