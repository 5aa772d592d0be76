"""The side loop with the real SamplingProcessor, PatternCatalog and MemoryStore.

Time is a hand-moved clock shared by the processor (its windows and burst deadlines) and
the loop, so a "minute" of traffic takes no time.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.analyze.window import StatsWindow
from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import GeneratorInfo, PolicyDocument
from otlp_sampler.policygen import build_generator
from otlp_sampler.policygen.loop import NothingToAnalyze, PolicyLoop, material_change
from otlp_sampler.sample import SamplingProcessor
from otlp_sampler.store.memory_store import MemoryStore
from tests.peers.openai_server import FakeOpenAI
from tests.policy.guarantees import guarantee_problems

INTERVAL = 60.0


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_config(**generator) -> Config:
    return Config(
        sampling={"seed": 7, "burst": {"factor": 10, "min_rate": 5, "duration": 300}},
        analysis={"interval": INTERVAL},
        policy_generator={"target_reduction": 0.7, **generator},
        store={"kind": "memory"},
    )


class Rig:
    """A processor, a store and a loop on one clock."""

    def __init__(self, config: Config | None = None, *, store: MemoryStore | None = None,
                 clock: Clock | None = None) -> None:
        self.config = config or make_config()
        self.clock = clock or Clock()
        self.metrics = Metrics()
        self.store = store or MemoryStore()
        self.processor = SamplingProcessor(
            self.config.sampling, PatternCatalog(max_patterns_per_service=5000), self.metrics,
            clock=self.clock, wall_clock=self.clock, seed=7,
            window_factory=lambda: StatsWindow(started=self.clock()))
        self.loop = PolicyLoop(self.config, self.processor, self.store, self.metrics,
                               build_generator(self.config, self.metrics), clock=self.clock)

    def send(self, service: str, bodies: list[tuple[str, int]]) -> dict[str, int]:
        """Process one request; returns records kept by rule."""
        records = [LogRecord(severity_number=severity, body=AnyValue(string_value=body))
                   for body, severity in bodies]
        resource = Resource(attributes=[KeyValue(key="service.name", value=AnyValue(string_value=service))])
        request = ExportLogsServiceRequest(resource_logs=[
            ResourceLogs(resource=resource, scope_logs=[ScopeLogs(log_records=records)])])
        return self.processor.process(request).kept_by_rule

    def minute(self, *, health: int = 3000, errors: int = 5, rare: int = 2, burst: int = 0) -> dict[str, int]:
        """One interval of traffic; the clock moves to its end. Returns kept-by-rule of the bursty pattern."""
        self.send("web", [(f"GET /health {i % 97}ms 200", 9) for i in range(health)])
        self.send("web", [(f"payment failed for order {i}", 17) for i in range(errors)])
        self.send("web", [(f"cache rebuilt in {i} ms", 9) for i in range(rare)])
        jobs = [(f"processed job {i} in queue main", 9) for i in range(burst)]
        kept = self.send("jobs", jobs) if burst else {}
        self.clock.now += INTERVAL
        return kept

    def rate_of(self, doc: PolicyDocument, service: str, prefix: str) -> float:
        rules = [r for r in doc.services[service].patterns.values() if r.template.startswith(prefix)]
        assert len(rules) == 1, rules
        return rules[0].rate


async def test_a_cycle_generates_stores_and_swaps_the_policy():
    rig = Rig()
    rig.minute()
    stored = await rig.loop.run_once()
    assert stored is not None and stored.version == 1
    assert (await rig.store.current_policy()).version == 1
    assert rig.processor.policy_version == 1
    assert rig.metrics.registry.get_sample_value("otlp_sampler_policy_version") == 1
    assert stored.generator.kind == "heuristic"
    assert stored.estimate.reduction == pytest.approx(0.7, abs=0.05)
    assert rig.rate_of(stored, "web", "payment failed") == 1.0
    assert rig.rate_of(stored, "web", "GET /health") < 0.5
    # The catalog learnt the patterns.
    assert {p.service for p in await rig.store.patterns()} == {"web"}
    # The next minute is sampled by the policy's rule.
    kept = rig.send("web", [(f"GET /health {i}ms 200", 9) for i in range(2000)])
    assert kept.get("pattern", 0) > 0 and "dynamic" not in kept
    assert kept["pattern"] < 0.5 * 2000


async def test_generated_policies_keep_the_guarantees_across_cycles():
    rig = Rig(make_config(target_reduction=0.95))
    previous = None
    for minute in range(4):
        rig.minute(health=3000 if minute < 2 else 300)
        before = await rig.store.current_policy()
        stored = await rig.loop.run_once(force=True)
        window_volumes = rig.loop.last_volumes
        assert guarantee_problems(stored, window_volumes, previous=before,
                                  generator=rig.config.policy_generator) == []
        if previous is not None:
            health_before = rig.rate_of(previous, "web", "GET /health")
            assert rig.rate_of(stored, "web", "GET /health") >= health_before / 4 - 1e-12
        previous = stored


async def test_a_20x_burst_is_kept_in_full_from_the_next_interval_and_then_released():
    rig = Rig()
    for _ in range(4):  # baseline: 30 records/minute of the job pattern (0.5/s)
        rig.minute(burst=30)
        await rig.loop.run_once()
    assert rig.loop.bursts.active_keys == frozenset()
    rig.minute(burst=600)  # 20x: 10/s, above burst.min_rate
    await rig.loop.run_once()
    assert len(rig.loop.bursts.active_keys) == 1
    assert rig.metrics.registry.get_sample_value("otlp_sampler_anomalies_total", {"kind": "burst"}) == 1
    kept = rig.minute(burst=600)  # the next interval: every record kept as burst
    assert kept == {"burst": 600}
    await rig.loop.run_once()
    kept = rig.minute(burst=30)  # the burst is still on for this interval (decided on the last window)
    assert kept == {"burst": 30}
    await rig.loop.run_once()  # the rate fell back: boost ends early
    assert rig.loop.bursts.active_keys == frozenset()
    kept = rig.minute(burst=600 // 20)
    assert "burst" not in kept


async def test_unchanged_traffic_makes_no_new_version_but_regenerate_does():
    rig = Rig()
    rig.minute()
    await rig.loop.run_once()
    rig.minute()
    assert await rig.loop.run_once() is None
    assert rig.metrics.registry.get_sample_value(
        "otlp_sampler_policy_generations_total", {"generator": "heuristic", "outcome": "unchanged"}) == 1
    regenerated = await rig.loop.regenerate_now()  # the window is empty: the last one is reused
    assert regenerated.version == 2
    assert [s.version for s in await rig.store.history()] == [2, 1]


async def test_regenerate_before_any_traffic_says_so():
    rig = Rig()
    with pytest.raises(NothingToAnalyze):
        await rig.loop.regenerate_now()
    assert await rig.loop.run_once() is None


async def test_a_manual_policy_pauses_generation_until_regenerate():
    rig = Rig()
    rig.minute()
    await rig.loop.run_once()
    await rig.store.save_policy(PolicyDocument(generator=GeneratorInfo(kind="manual"), default_rate=0.5))
    rig.minute(health=30000)
    assert await rig.loop.run_once() is None
    assert (await rig.store.current_policy()).generator.kind == "manual"
    regenerated = await rig.loop.regenerate_now()
    assert regenerated.version == 3 and regenerated.generator.kind == "heuristic"


async def test_only_the_leader_generates_and_followers_take_its_versions():
    store = MemoryStore()
    clock = Clock()
    leader, follower = Rig(store=store, clock=clock), Rig(store=store, clock=clock)
    await leader.loop._follow_store()
    await follower.loop._follow_store()
    leader.minute()
    follower.minute()
    assert await leader.loop.run_once() is not None
    assert await follower.loop.run_once() is None  # the lock is held
    assert follower.processor.policy_version == 1  # heard through the store's subscription
    assert len(await store.history()) == 1


async def test_llm_fallback_is_counted_per_cycle():
    async with FakeOpenAI(default="invalid_json") as llm:
        rig = Rig(make_config(kind="llm", llm={"base_url": llm.base_url, "api_key": "k", "max_retries": 0,
                                                "task": "rates"}))
        rig.minute()
        stored = await rig.loop.run_once()
        await rig.loop.generator.aclose()
    assert stored.generator.kind == "heuristic"
    assert stored.generator.fallback_reason.startswith("invalid_json")
    value = rig.metrics.registry.get_sample_value
    assert value("otlp_sampler_policy_generations_total", {"generator": "llm", "outcome": "fallback"}) == 1
    assert value("otlp_sampler_llm_failures_total", {"reason": "invalid_json"}) == 1


async def test_run_generates_on_its_interval_and_stops_when_cancelled():
    config = make_config()
    config = config.model_copy(update={"analysis": config.analysis.model_copy(update={"interval": 0.05})})
    rig = Rig(config)
    rig.minute()
    task = asyncio.create_task(rig.loop.run())
    deadline = time.monotonic() + 10
    while await rig.store.current_policy() is None:
        assert time.monotonic() < deadline, "no policy within 10 s"
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await rig.store.try_acquire_leader("someone-else", 10)  # the lock was released


def test_material_change():
    from otlp_sampler.policy import PatternRule, ServicePolicy

    def doc(rates):
        return PolicyDocument(generator=GeneratorInfo(kind="heuristic"), services={"s": ServicePolicy(
            patterns={p: PatternRule(rate=r, reason="x") for p, r in rates.items()})})

    assert material_change(None, doc({}))
    assert not material_change(doc({"a": 0.5}), doc({"a": 0.52}))
    assert material_change(doc({"a": 0.5}), doc({"a": 0.6}))
    assert not material_change(doc({"a": 0.5}), doc({"a": 0.5, "b": 1.0}))  # a rare pattern came back
    assert material_change(doc({"a": 0.5}), doc({"a": 0.5, "b": 0.2}))
    assert not material_change(doc({"a": 0.5, "b": 0.2}), doc({"a": 0.5}))  # b went quiet
