"""Every replica's window reaches the leader: merged pictures, the payload, loops sharing one store.

Hand-clock tests reuse the real processor/loop rig of ``test_loop``; the last tests run two
real loops on their own intervals over one sqlite file and over the real Redis.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from dataclasses import replace

import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.analyze.anomalies import Anomaly
from otlp_sampler.analyze.fleet import read_payload, window_payload
from otlp_sampler.analyze.window import StatsWindow
from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policygen import build_generator
from otlp_sampler.policygen.loop import PolicyLoop
from otlp_sampler.sample import SamplingProcessor
from otlp_sampler.store import MemoryStore, SqliteStore
from otlp_sampler.store.base import cancel_task
from tests.analyze.helpers import volumes
from tests.peers.waiting import eventually, free_port
from tests.policygen.test_loop import Clock, Rig
from tests.store.conftest import REDIS_URL, delete_prefix, require_redis

A = ("api", "aaaaaaaaaaaaaaaa")
B = ("api", "bbbbbbbbbbbbbbbb")
C = ("db", "cccccccccccccccc")


# --------------------------------------------------------------------------- the merged picture


def test_merged_sums_counts_per_pattern_and_recounts_services():
    mine = volumes({A: {9: 90, 17: 10}, B: 5})
    theirs = volumes({A: {9: 300, 13: 20}, C: {17: 7}})
    fleet = mine.merged([theirs], max_examples=20)
    a = fleet.patterns[A]
    assert (a.records, a.bytes) == (420, 42000)
    assert a.severities[3:6] == (390, 20, 10)  # INFO, WARN, ERROR
    assert a.severe_records == 30 and a.per_interval == pytest.approx(420)
    assert set(fleet.patterns) == {A, B, C}
    assert fleet.services["api"].records == 425 and fleet.services["db"].error_share == 1.0
    assert fleet.total_records == mine.total_records + theirs.total_records
    assert mine.merged([], max_examples=20) is mine


def test_merged_scales_every_window_to_the_longest_so_rates_add_up():
    short = volumes({A: 10}, duration=6.0)  # 10 in 6 s: 1.667/s (a regenerate's early window)
    full = volumes({A: 600, B: 30}, duration=60.0)  # 10/s and 0.5/s
    fleet = short.merged([full], max_examples=20)
    assert fleet.duration == 60.0
    assert fleet.per_second(fleet.patterns[A].records) == pytest.approx(10 / 6 + 10, rel=1e-3)
    assert fleet.patterns[B].records == 30  # nothing scaled down, so nothing rounds away
    assert sum(fleet.patterns[A].severities) == fleet.patterns[A].records
    # An empty window of ours does not shrink the others: its length is not used.
    empty = volumes({}, duration=3.0)
    assert empty.merged([full], max_examples=20).patterns[A].records == 600


def test_scaled_severities_still_add_up_to_the_records():
    odd = volumes({A: {9: 1, 13: 1, 17: 1}}, duration=7.0)
    fleet = volumes({B: 1}, duration=60.0).merged([odd], max_examples=20)
    a = fleet.patterns[A]
    assert a.records == round(3 * 60 / 7) and sum(a.severities) == a.records
    assert a.severe_records <= a.records


def test_examples_interleave_replicas_and_are_capped():
    mine, theirs = volumes({A: 5}), volumes({A: 5})
    mine.patterns[A] = replace(mine.patterns[A], examples=("m1", "m2"))
    theirs.patterns[A] = replace(theirs.patterns[A], examples=("t1", "t2", "t3"))
    assert mine.merged([theirs], max_examples=3).patterns[A].examples == ("m1", "t1", "m2")
    assert mine.merged([theirs], max_examples=20).patterns[A].examples == ("m1", "t1", "m2", "t2", "t3")


def test_payload_round_trips_and_other_formats_are_refused():
    picture = volumes({A: {9: 50, 17: 2}, C: 3}, duration=30.0)
    burst = Anomaly("burst", "api", A[1], 12.0, 0.5)
    new = Anomaly("new_pattern", "db", C[1], 0.1, None)
    payload = window_payload("replica-1", picture, started=100.0, ended=130.0, bursts=[burst, new],
                             max_examples=2)
    back = read_payload(json.loads(json.dumps(payload)), keep_severity=13, interval=60.0)
    assert back.owner == "replica-1" and (back.started, back.ended) == (100.0, 130.0)
    assert back.picture.patterns == picture.patterns
    assert back.bursts == (burst,)  # only bursts travel: the leader finds the rest on the merged picture
    # The reader's keep_severity decides what is severe, not the publisher's.
    assert read_payload(payload, keep_severity=21, interval=60.0).picture.patterns[A].severe_records == 0
    with pytest.raises(ValueError, match="format"):
        read_payload({**payload, "format": 99}, keep_severity=13, interval=60.0)
    with pytest.raises(ValueError, match="malformed"):
        read_payload({**payload, "patterns": [{"service": "x"}]}, keep_severity=13, interval=60.0)


# --------------------------------------------------------------------------- loops on a hand clock


def policy_rates(doc) -> dict:
    return {(s, r.template): r.rate for s, sp in doc.services.items() for r in sp.patterns.values()}


async def test_a_policy_from_split_traffic_equals_one_from_all_of_it():
    """Two replicas each seeing part of the traffic give the policy one replica seeing all of it would."""
    store, clock = MemoryStore(), Clock()
    leader, follower = Rig(store=store, clock=clock), Rig(store=store, clock=clock)
    alone = Rig(clock=clock)
    assert await store.try_acquire_leader(leader.loop.owner, 600)
    health = [(f"GET /health {i % 97}ms 200", 9) for i in range(3000)]
    errors = [(f"payment failed for order {i}", 17) for i in range(5)]
    rare = [(f"cache rebuilt in {i} ms", 9) for i in range(2)]
    leader.send("web", health[:1000] + errors[:2])
    follower.send("web", health[1000:] + errors[2:] + rare)
    alone.send("web", health + errors + rare)
    clock.now += 60
    assert await follower.loop.run_once() is None  # not the leader: it publishes its window
    split = await leader.loop.run_once()
    whole = await alone.loop.run_once()
    assert leader.loop.replicas_merged == 1
    assert policy_rates(split) == policy_rates(whole)
    assert rates_of(split, "GET /health") < 0.5
    assert split.estimate == whole.estimate
    fleet = leader.loop.last_fleet_volumes
    assert fleet.total_records == 3007 and leader.loop.last_volumes.total_records == 1002
    # The leader alone (no follower window) would have planned for a third of the volume.
    assert split.estimate.records_in_per_s == pytest.approx(3007 / 60)


def rates_of(doc, prefix: str) -> float:
    (rate,) = [r for t, r in ((k[1], v) for k, v in policy_rates(doc).items()) if t.startswith(prefix)]
    return rate


async def test_bursts_are_boosted_where_they_occur_and_the_leader_lists_them():
    store, clock = MemoryStore(), Clock()
    leader, follower = Rig(store=store, clock=clock), Rig(store=store, clock=clock)
    assert await store.try_acquire_leader(leader.loop.owner, 600)

    async def minute(jobs: int, *, extra: list | None = None) -> dict:
        leader.send("web", [(f"GET /health {i % 97}ms 200", 9) for i in range(300)])
        kept = follower.send("jobs", [(f"processed job {i} in queue main", 9) for i in range(jobs)])
        if extra:
            follower.send("jobs", extra)
        clock.now += 60
        await follower.loop.run_once()
        await leader.loop.run_once()
        return kept

    for _ in range(3):
        await minute(30)
    await minute(600, extra=[(f"queue {i} drained by worker", 9) for i in range(3)])  # 20x at the follower
    (key,) = follower.loop.bursts.active_keys
    assert leader.loop.bursts.active_keys == frozenset()  # the leader saw no burst of its own
    kinds = {(a.kind, a.key) for a in leader.loop.last_anomalies}
    assert ("burst", key) in kinds
    # A pattern new to the fleet is found on the merged picture, though the leader never saw it.
    assert any(kind == "new_pattern" and k[0] == "jobs" and k != key for kind, k in kinds)
    assert await minute(600) == {"burst": 600}  # kept in full where it bursts


async def test_the_leader_generates_from_its_own_window_when_it_cannot_read_the_others(tmp_path, caplog):
    path = tmp_path / "state.db"
    clock = Clock()
    leader = Rig(store=SqliteStore(path), clock=clock)
    follower = Rig(store=SqliteStore(path), clock=clock)
    try:
        assert await leader.store.try_acquire_leader(leader.loop.owner, 600)
        # A store that fails these calls while the leader lock still works.
        db = follower.store._db
        (table,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'windows'").fetchone()
        db.execute("DROP TABLE windows")
        caplog.set_level(logging.INFO, logger="otlp_sampler.policygen.loop")
        for _ in range(2):
            leader.minute(health=1000)
            follower.minute(health=1000)
            assert await follower.loop.run_once() is None
            await leader.loop.run_once()
        assert leader.loop.replicas_merged == 0
        assert leader.loop.last_fleet_volumes.total_records == leader.loop.last_volumes.total_records
        assert (await leader.store.current_policy()).version == 1
        failures = [r for r in caplog.records if r.levelno == logging.WARNING and "failed (" in r.message]
        # Once per outage and kind of call (both publish, the leader collects), not once per cycle.
        assert len(failures) == 3, [r.message for r in failures]
        db.execute(table)
        follower.minute(health=1000)
        await follower.loop.run_once()
        leader.minute(health=1000)
        await leader.loop.run_once()
        assert leader.loop.replicas_merged == 1
        assert sum(r.message.endswith("works again") for r in caplog.records) == 3
    finally:
        await leader.store.close()
        await follower.store.close()


async def test_a_replica_cut_off_from_its_store_keeps_sampling(caplog):
    from otlp_sampler.store.redis_store import RedisStore

    port = free_port()  # a port nobody listens on
    store = RedisStore(f"redis://127.0.0.1:{port}/0", "x:", retry_interval=0.05)
    rig = Rig(store=store)
    caplog.set_level(logging.WARNING, logger="otlp_sampler.policygen.loop")
    try:
        for _ in range(3):
            rig.minute()
            assert await rig.loop.run_once() is None
        assert sum("publishing this replica's window" in r.message for r in caplog.records) == 1
        kept = rig.send("web", [(f"payment failed for order {i}", 17) for i in range(10)])
        assert kept == {"severity": 10}
    finally:
        await store.close()


# --------------------------------------------------------------------------- two live loops, one store

INTERVAL = 0.25


class Replica:
    """A real processor and a running PolicyLoop on a store of its own (as another process has)."""

    def __init__(self, store) -> None:
        self.config = Config(sampling={"seed": 7}, analysis={"interval": INTERVAL},
                             policy_generator={"target_reduction": 0.7}, store={"kind": "memory"})
        self.metrics = Metrics()
        self.store = store
        catalog = PatternCatalog(max_patterns_per_service=5000)
        self.processor = SamplingProcessor(self.config.sampling, catalog, self.metrics, seed=7,
                                           window_factory=StatsWindow, floor_interval=INTERVAL)
        self.loop = PolicyLoop(self.config, self.processor, store, self.metrics,
                               build_generator(self.config, self.metrics))
        self.task: asyncio.Task | None = None

    def send(self, bodies: list[tuple[str, int]]) -> dict[str, int]:
        records = [LogRecord(severity_number=sev, body=AnyValue(string_value=body)) for body, sev in bodies]
        resource = Resource(attributes=[KeyValue(key="service.name", value=AnyValue(string_value="web"))])
        request = ExportLogsServiceRequest(resource_logs=[
            ResourceLogs(resource=resource, scope_logs=[ScopeLogs(log_records=records)])])
        return self.processor.process(request).kept_by_rule

    async def stop(self) -> None:
        # cancel_task, as App.stop: redis-py may swallow a cancel, and gather would wait forever.
        await cancel_task(self.task)
        await self.store.close()


def batch(n: int) -> list[tuple[str, int]]:
    return [(f"GET /health {i % 97}ms 200", 9) for i in range(200 * n)] + \
        [(f"payment failed for order {i}", 17) for i in range(n)]


@pytest.fixture(params=["sqlite", "redis"])
async def two_stores(request, tmp_path):
    """Two store instances on the same state, as two processes or machines hold."""
    if request.param == "sqlite":
        path = tmp_path / "state.db"
        yield SqliteStore(path, poll_interval=0.05), SqliteStore(path, poll_interval=0.05)
        return
    await require_redis()
    from otlp_sampler.store.redis_store import RedisStore

    prefix = f"otlp-sampler-test:{uuid.uuid4().hex}:"
    yield (RedisStore(REDIS_URL, prefix, retry_interval=0.05),
           RedisStore(REDIS_URL, prefix, retry_interval=0.05))
    await delete_prefix(prefix)


async def test_traffic_at_a_follower_only_shapes_the_leaders_policy_and_comes_back(two_stores):
    leader, follower = Replica(two_stores[0]), Replica(two_stores[1])
    feeding: asyncio.Task | None = None
    try:
        assert await leader.store.try_acquire_leader(leader.loop.owner, 30)

        async def feed() -> None:  # traffic at the follower only, in every window it publishes
            while True:
                follower.send(batch(1))
                await asyncio.sleep(0.02)

        feeding = asyncio.create_task(feed())
        leader.task = asyncio.create_task(leader.loop.run())
        follower.task = asyncio.create_task(follower.loop.run())
        await eventually(lambda: follower.processor.policy_version >= 1, timeout=10,
                         what="a policy made by the leader to reach the follower")
        doc = await follower.store.current_policy()
        assert leader.loop.last_volumes is None  # the leader itself never saw a record
        fleet = leader.loop.last_fleet_volumes
        by_template = {v.template.split(" ")[0]: v for v in fleet.patterns.values()}
        assert by_template["GET"].records == 200 * by_template["payment"].records  # the follower's mix, whole
        rates = {r.template.split(" ")[0]: r.rate for r in doc.services["web"].patterns.values()}
        assert rates["payment"] == 1.0
        assert rates["GET"] < 0.5  # the follower's heavy pattern is sampled hard
        assert doc.estimate.reduction == pytest.approx(0.7, abs=0.1)
        assert doc.estimate.records_in_per_s > 0
        feeding.cancel()
        kept = follower.send(batch(10))  # the follower samples by the leader's rule now
        assert kept.get("pattern", 0) > 0 and "dynamic" not in kept
        assert kept["severity"] == 10
    finally:
        if feeding is not None:
            feeding.cancel()
        await leader.stop()
        await follower.stop()
