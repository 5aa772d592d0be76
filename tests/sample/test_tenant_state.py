"""Sampling state per tenant: the same service of two tenants is two services to the
sampler (``<tenant>/<service>``), a policy rule names one of them, and each tenant's
summary records go upstream under its own token (the real pipeline, TenantQueues and a
PostHog-shaped sink that checks tokens)."""

from __future__ import annotations

from otlp_sampler.config import SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.pipeline import Pipeline
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.sample import SamplingProcessor
from otlp_sampler.tenants import Tenants
from otlp_sampler.transmit import build_exporter
from otlp_sampler.transmit.tenant_queues import TenantQueues
from tests.peers.sinks import HttpSink
from tests.peers.waiting import eventually
from tests.sample.helpers import FakeClock, attrs, processor, record, records_of, request
from tests.transmit.conftest import exporter_config


def batch(n: int = 50):
    return request([record(f"cache miss for key {i}") for i in range(n)], "checkout")


async def test_each_tenant_samples_on_its_own_state_and_gets_its_own_summaries():
    metrics = Metrics()
    sampler = processor(FakeClock(), metrics=metrics, novelty={"keep": 0}, dynamic={"enabled": False})
    async with HttpSink(tokens={"phc_a", "phc_b"}) as sink:
        config = exporter_config(sink.posthog_url)
        tenants = Tenants("passthrough")
        queues = TenantQueues(config, build_exporter(config), metrics, tenants=tenants,
                              build_exporter=build_exporter)
        await queues.start()
        pipeline = Pipeline(sampler, queues, metrics, retry_after=1.0)
        a, b = tenants.resolve("phc_a"), tenants.resolve("phc_b")
        await pipeline.submit(batch(), wire_bytes=0, receiver="t", tenant=a)
        await pipeline.submit(batch(), wire_bytes=0, receiver="t", tenant=b)
        window = sampler.current_window.patterns
        services = {service for service, _ in window}
        assert services == {f"{a.id}/checkout", f"{b.id}/checkout"}
        (pattern_a,) = [pid for service, pid in window if service == f"{a.id}/checkout"]
        (pattern_b,) = [pid for service, pid in window if service == f"{b.id}/checkout"]
        # One template, one id, as `analyze` names it for "checkout": a proposed policy applies
        # to a tenant with --tenant. The state behind the id is the tenant's own (its window,
        # its rules below).
        assert pattern_a == pattern_b == sampler._catalog.miner("checkout").add("cache miss for key 7")
        assert window[(f"{a.id}/checkout", pattern_a)] is not window[(f"{b.id}/checkout", pattern_b)]

        # A rule for tenant a's checkout drops its records; tenant b's are not touched.
        sampler.set_policy(PolicyDocument.model_validate(
            {"services": {f"{a.id}/checkout": {"patterns": {pattern_a: {"rate": 0.0, "template": "x"}}}}}))
        await pipeline.submit(batch(), wire_bytes=0, receiver="t", tenant=a)
        await pipeline.submit(batch(), wire_bytes=0, receiver="t", tenant=b)
        assert await pipeline.flush_summaries() == 1
        await eventually(lambda: sum(r.record_count for r in sink.delivered) == 50 * 3 + 1, what="delivery")
        await queues.stop(5)

    by_token: dict[str, list] = {}
    for received in sink.delivered:
        by_token.setdefault(received.headers["authorization"], []).extend(records_of(received.request))
    assert len(by_token["Bearer phc_b"]) == 100
    (summary,) = [r for r in by_token["Bearer phc_a"] if attrs(r).get("sampling.summary")]
    assert attrs(summary)["sampling.dropped_count"] == 50
    assert len(by_token["Bearer phc_a"]) == 51
    sample = metrics.registry.get_sample_value
    assert sample("otlp_sampler_tenant_records_total", {"tenant": a.id}) == 100
    assert sample("otlp_sampler_records_dropped_total", {"service": f"{a.id}/checkout"}) == 50


async def test_a_tenants_drop_counts_survive_a_restart_and_are_summarised_under_its_token(tmp_path):
    spool = str(tmp_path / "spool")

    def proxy(sink: HttpSink, metrics: Metrics):
        sampler = ledger_processor(metrics)
        config = exporter_config(sink.posthog_url, queue={"spool_dir": spool})
        tenants = Tenants("passthrough")
        queues = TenantQueues(config, build_exporter(config), metrics, tenants=tenants,
                              build_exporter=build_exporter)
        return sampler, queues, tenants

    async with HttpSink(tokens={"phc_a"}) as sink:
        metrics = Metrics()
        sampler, queues, tenants = proxy(sink, metrics)
        await queues.start()
        pipeline = Pipeline(sampler, queues, metrics, retry_after=1.0)
        a = tenants.resolve("phc_a")
        await pipeline.submit(batch(), wire_bytes=0, receiver="t", tenant=a)  # warm: kept, novel
        sampler.set_policy(PolicyDocument.model_validate({"services": {f"{a.id}/checkout": {
            "patterns": {sampler._catalog.miner("checkout").add("cache miss for key 1"): {"rate": 0.0}}}}}))
        await pipeline.submit(batch(), wire_bytes=0, receiver="t", tenant=a)  # all 50 dropped
        assert await queues.flush(5)
        await queues.stop(5)  # a crash before any summary: the drops' counts are in the ledger only

        metrics = Metrics()
        sampler, queues, tenants = proxy(sink, metrics)
        await queues.start()
        assert [t.id for t in tenants] == [a.id]  # nothing spooled of it, but drops it owns
        pipeline = Pipeline(sampler, queues, metrics, retry_after=1.0)
        assert pipeline.restore_summaries() == 50
        assert await pipeline.flush_summaries() == 1
        await eventually(lambda: any(attrs(r).get("sampling.summary") for d in sink.delivered
                                     for r in records_of(d.request)), what="the summary")
        await queues.stop(5)
    (summary,) = [(d.headers["authorization"], r) for d in sink.delivered for r in records_of(d.request)
                  if attrs(r).get("sampling.summary")]
    assert summary[0] == "Bearer phc_a" and attrs(summary[1])["sampling.dropped_count"] == 50


def ledger_processor(metrics: Metrics) -> SamplingProcessor:
    """As serve builds it with a spool: every call's drops encoded for the ledger."""
    config = SamplingConfig(novelty={"keep": 0}, dynamic={"enabled": False})
    return SamplingProcessor(config, PatternCatalog(), metrics, clock=FakeClock(),
                             wall_clock=FakeClock(1_700_000_000.0), seed=1, ledger=True)


def test_past_the_cap_each_tenants_services_share_an_overflow_of_its_own(monkeypatch):
    import otlp_sampler.sample.processor as module

    monkeypatch.setattr(module, "_MAX_SERVICES", 2)
    metrics = Metrics(max_services=2)
    sampler = processor(FakeClock(), metrics=metrics, novelty={"keep": 0}, default_rate=0.001)
    tenants = Tenants("passthrough")
    a, b = tenants.resolve("phc_a"), tenants.resolve("phc_b")
    for tenant in (a, b):
        for service in ("checkout", "billing", "search"):
            ticks = request([record(f"{service} tick {i}") for i in range(200)], service)
            sampler.process(ticks, tenant=tenant)
    names = {service for service, _ in sampler.current_window.patterns}
    assert names == {f"{a.id}/checkout", f"{a.id}/billing", f"{a.id}/_other", f"{b.id}/_other"}
    owner = {a.id: "a", b.id: "b"}
    summaries = sampler.take_summaries_by(lambda service: owner[service.partition("/")[0]])
    assert set(summaries) == {"a", "b"}  # each tenant's drops summarised to it alone
    assert {r.body.string_value.split(" like: ")[1].split()[0] for r in records_of(summaries["b"])} == {
        "checkout", "billing", "search"}
    # The savings a tenant's ?tenant= view reads: the records of b's services under b's label.
    received = metrics.registry.get_sample_value
    assert received("otlp_sampler_records_received_total", {"service": f"{b.id}/_other"}) == 600
    assert received("otlp_sampler_records_received_total", {"service": "_other"}) is None


async def test_a_tenants_large_request_is_sampled_on_its_state_slice_after_slice():
    from otlp_sampler.sample.slicing import process_in_slices

    sampler = processor(FakeClock(), novelty={"keep": 0}, default_rate=0.001)
    a = Tenants("passthrough").resolve("phc_a")
    big = request([record(f"cache miss for key {i}") for i in range(5000)], "checkout")
    outcome = await process_in_slices(sampler, big, slice_records=512, tenant=a)
    assert outcome.received == 5000 and outcome.dropped > 4900
    assert {service for service, _ in sampler.current_window.patterns} == {f"{a.id}/checkout"}
    ((owner, summaries),) = sampler.take_summaries_by(lambda service: service.partition("/")[0]).items()
    assert owner == a.id and attrs(records_of(summaries)[0])["sampling.dropped_count"] == outcome.dropped
