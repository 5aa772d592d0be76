"""One suite for every store (memory, sqlite, redis): what the side loop and admin API rely on."""

from __future__ import annotations

import asyncio
import multiprocessing
import uuid

import pytest

from otlp_sampler.config import StoreConfig
from otlp_sampler.policy import Estimate, GeneratorInfo, PatternRule, PolicyDocument, ServicePolicy
from otlp_sampler.store import MemoryStore, PolicyNotFound, SqliteStore, StoreError, build_store
from tests.peers.waiting import eventually, free_port
from tests.store.conftest import REDIS_URL, require_redis


def make_policy(rate: float = 0.1, *, kind: str = "heuristic", rules: int = 2) -> PolicyDocument:
    patterns = {
        f"{i:016x}": PatternRule(template=f"user <*> did thing {i}", rate=rate, reason="noisy")
        for i in range(rules)
    }
    return PolicyDocument(
        generator=GeneratorInfo(kind=kind, model="gpt-test" if kind == "llm" else None),
        target_reduction=0.7,
        default_rate=0.5,
        services={"checkout": ServicePolicy(default_rate=0.2, patterns=patterns)},
        estimate=Estimate(records_in_per_s=100, records_out_per_s=20, reduction=0.8),
    )


def rules_of(doc: PolicyDocument) -> dict:
    return doc.model_dump(include={"target_reduction", "default_rate", "services", "estimate"})


async def test_versions_only_grow_and_the_newest_is_current(stores):
    store = stores.open()
    assert await store.current_policy() is None
    saved = [await store.save_policy(make_policy(rate=r)) for r in (0.1, 0.2, 0.3)]
    assert [doc.version for doc in saved] == [1, 2, 3]
    # A version carried by the incoming document is ignored: the store assigns the next one.
    forced = await store.save_policy(make_policy(rate=0.4).model_copy(update={"version": 1}))
    assert forced.version == 4
    current = await store.current_policy()
    assert current is not None and current.version == 4
    assert current.services["checkout"].patterns["0000000000000000"].rate == 0.4
    assert (await store.get_policy(2)).services["checkout"].patterns["0000000000000000"].rate == 0.2
    with pytest.raises(PolicyNotFound):
        await store.get_policy(99)


async def test_concurrent_saves_get_distinct_versions(stores):
    writers = [stores.open() for _ in range(2 if stores.shares_state else 1)]
    saved = await asyncio.gather(*(writers[i % len(writers)].save_policy(make_policy()) for i in range(12)))
    assert sorted(doc.version for doc in saved) == list(range(1, 13))
    assert (await writers[0].current_policy()).version == 12


async def test_history_is_newest_first_with_summaries(stores):
    store = stores.open()
    await store.save_policy(make_policy(kind="heuristic", rules=3))
    await store.save_policy(make_policy(kind="llm", rules=5))
    await store.save_policy(make_policy(kind="manual", rules=1))
    history = await store.history(limit=2)
    assert [h.version for h in history] == [3, 2]
    assert history[0].generator_kind == "manual" and history[0].rules == 1
    assert history[1].generator_kind == "llm" and history[1].generator_model == "gpt-test"
    assert history[1].rules == 5
    assert history[1].target_reduction == 0.7 and history[1].estimated_reduction == 0.8
    assert [h.version for h in await store.history(limit=50)] == [3, 2, 1]
    assert await store.history(limit=0) == []


async def test_rollback_is_a_new_version_equal_to_the_old(stores):
    store = stores.open()
    first = await store.save_policy(make_policy(rate=0.05))
    await store.save_policy(make_policy(rate=0.5))
    restored = await store.rollback(first.version)
    assert restored.version == 3
    assert restored.generator.kind == "rollback" and restored.generator.rollback_of == 1
    assert rules_of(restored) == rules_of(first)
    current = await store.current_policy()
    assert current.version == 3 and rules_of(current) == rules_of(first)
    assert (await store.history(limit=1))[0].rollback_of == 1
    with pytest.raises(PolicyNotFound):
        await store.rollback(42)
    assert (await store.current_policy()).version == 3


async def test_a_restart_resumes_from_the_last_policy(shared_stores):
    stores = shared_stores
    store = stores.open()
    await store.save_policy(make_policy(rate=0.1))
    last = await store.save_policy(make_policy(rate=0.25))
    await store.upsert_patterns([("checkout", "00000000000000aa", "order <*> paid", 1000.0)])
    await store.close()

    reopened = stores.open()
    current = await reopened.current_policy()
    assert current == last
    assert (await reopened.save_policy(make_policy())).version == 3
    assert [p.pattern_id for p in await reopened.patterns()] == ["00000000000000aa"]


async def test_pattern_catalog_keeps_first_sighting(stores):
    store = stores.open()
    new = await store.upsert_patterns([
        ("checkout", "00000000000000a1", "order <*> paid", 100.0),
        ("checkout", "00000000000000a2", "order <*> shipped", 200.0),
        ("search", "00000000000000b1", "query <*> took <*> ms", 300.0),
    ])
    assert new == 3
    # Seen again, elsewhere earlier and later: no new rows, the earliest sighting wins.
    again = await store.upsert_patterns([
        ("checkout", "00000000000000a1", "order <*> paid", 50.0),
        ("search", "00000000000000b1", "query <*> took <*> ms", 900.0),
    ])
    assert again == 0
    everything = await store.patterns()
    assert [(p.service, p.pattern_id) for p in everything] == [
        ("search", "00000000000000b1"), ("checkout", "00000000000000a2"), ("checkout", "00000000000000a1"),
    ]
    by_id = {p.pattern_id: p for p in everything}
    assert by_id["00000000000000a1"].first_seen == 50.0
    assert by_id["00000000000000b1"].first_seen == 300.0
    assert by_id["00000000000000a1"].template == "order <*> paid"
    checkout = await store.patterns(service="checkout", limit=1)
    assert [p.pattern_id for p in checkout] == ["00000000000000a2"]
    assert await store.patterns(service="nobody") == []
    assert await store.upsert_patterns([]) == 0


async def test_leader_lock_is_exclusive_and_expires(stores):
    store = stores.open()
    other = stores.open() if stores.shares_state else store
    assert await store.try_acquire_leader("replica-a", ttl=30)
    assert not await other.try_acquire_leader("replica-b", ttl=30)
    assert await store.try_acquire_leader("replica-a", ttl=30)  # renewal by the holder
    await other.release_leader("replica-b")  # not the holder: no effect
    assert not await other.try_acquire_leader("replica-b", ttl=30)
    await store.release_leader("replica-a")
    assert await other.try_acquire_leader("replica-b", ttl=0.2)
    assert not await store.try_acquire_leader("replica-a", ttl=30)
    # A holder that stops renewing (a crashed replica) loses the lock once its ttl runs out.
    await eventually(lambda: store.try_acquire_leader("replica-a", ttl=30), what="lock expiry")
    assert not await other.try_acquire_leader("replica-b", ttl=30)


async def test_subscribers_hear_of_new_versions_in_order(stores):
    store = stores.open()
    await store.save_policy(make_policy())
    heard: list[int] = []
    await store.subscribe(lambda doc: heard.append(doc.version))
    await store.save_policy(make_policy())
    await store.rollback(1)
    await eventually(lambda: heard == [2, 3], what="versions 2 and 3")
    assert heard == [2, 3]


async def test_subscribe_since_delivers_what_was_missed(stores):
    store = stores.open()
    await store.save_policy(make_policy())
    await store.save_policy(make_policy(rate=0.3))
    heard: list[PolicyDocument] = []

    async def on_policy(doc: PolicyDocument) -> None:
        heard.append(doc)

    await store.subscribe(on_policy, since=1)
    await eventually(lambda: [d.version for d in heard] == [2], what="catch-up to version 2")
    assert heard[0].services["checkout"].patterns["0000000000000000"].rate == 0.3


async def test_a_failing_subscriber_does_not_stop_others(stores):
    store = stores.open()
    heard: list[int] = []

    def broken(doc: PolicyDocument) -> None:
        raise RuntimeError("subscriber bug")

    await store.subscribe(broken)
    await store.subscribe(lambda doc: heard.append(doc.version))
    saved = await store.save_policy(make_policy())
    assert saved.version == 1
    await eventually(lambda: heard == [1], what="the healthy subscriber")


async def test_another_instance_hears_of_new_versions(shared_stores):
    stores = shared_stores
    writer, replica = stores.open(), stores.open()
    heard: list[int] = []
    await replica.subscribe(lambda doc: heard.append(doc.version))
    if stores.kind == "redis":
        assert await replica.wait_listening()
    await writer.save_policy(make_policy())
    await writer.save_policy(make_policy(rate=0.2))
    await eventually(lambda: heard and heard[-1] == 2, what="the replica to hear of version 2")
    assert heard == sorted(set(heard))  # increasing, never twice


def window(owner: str, records: int = 1) -> dict:
    return {"format": 1, "owner": owner, "patterns": [{"template": "GET /health <*>", "records": records}]}


async def test_windows_are_collected_until_they_expire(stores):
    store = stores.open()
    assert await store.collect_windows() == []
    await store.publish_window("replica-a", window("replica-a"), ttl=30)
    await store.publish_window("replica-b", window("replica-b"), ttl=0.3)
    await store.publish_window("replica-a", window("replica-a", 7), ttl=30)  # replaces a's last one
    collected = sorted(await store.collect_windows(), key=lambda w: w["owner"])
    assert collected == [window("replica-a", 7), window("replica-b")]
    assert await store.collect_windows(exclude_owner="replica-a") == [window("replica-b")]

    async def only_a_is_left() -> bool:
        return await store.collect_windows() == [window("replica-a", 7)]

    await eventually(only_a_is_left, what="replica-b's window to expire")


async def test_another_instance_collects_published_windows(shared_stores):
    stores = shared_stores
    replica, leader = stores.open(), stores.open()
    await replica.publish_window("replica-b", window("replica-b", 3), ttl=30)
    assert await leader.collect_windows(exclude_owner="leader") == [window("replica-b", 3)]
    assert await leader.collect_windows(exclude_owner="replica-b") == []


async def test_redis_windows_index_forgets_replicas_that_went_away():
    """The owners index is trimmed on publish and expires with its freshest window: no SCAN, no leak."""
    await require_redis()
    from otlp_sampler.store.redis_store import RedisStore
    from tests.store.conftest import delete_prefix

    prefix = f"otlp-sampler-test:{uuid.uuid4().hex}:"
    store = RedisStore(REDIS_URL, prefix)
    try:
        await store.publish_window("gone", window("gone"), ttl=0.1)
        await store.publish_window("alive", window("alive"), ttl=0.4)

        async def index() -> list[str]:
            return await store._redis.zrange(store.key("windows"), 0, -1)

        assert sorted(await index()) == ["alive", "gone"]
        await eventually(lambda: _gone(store, "window:gone"), what="the short window's key to expire")
        await store.publish_window("alive", window("alive", 2), ttl=0.4)
        assert await index() == ["alive"]
        await eventually(lambda: _gone(store, "windows"), what="the index to expire with the last window")
        assert await store.collect_windows() == []
    finally:
        await store.close()
        await delete_prefix(prefix)


async def _gone(store, name: str) -> bool:
    return not await store._redis.exists(store.key(name))


async def test_build_store_gives_the_configured_kind(tmp_path):
    memory = build_store(StoreConfig(kind="memory"))
    assert isinstance(memory, MemoryStore)
    sqlite = build_store(StoreConfig(kind="sqlite", path=str(tmp_path / "deep" / "dir" / "state.db")))
    assert isinstance(sqlite, SqliteStore)
    assert (tmp_path / "deep" / "dir" / "state.db").exists()
    await sqlite.close()
    await memory.close()


async def test_sqlite_uses_wal_and_reports_unusable_paths(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    (mode,) = store._db.execute("PRAGMA journal_mode").fetchone()
    assert mode == "wal"
    await store.close()
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match=r"store\.path"):
        SqliteStore(blocker / "state.db")


def _open_the_store_at_once(path, barrier, results):
    barrier.wait()
    try:
        SqliteStore(path)._db.close()
        results.put("opened")
    except StoreError as exc:
        results.put(str(exc))


def test_workers_opening_one_new_sqlite_file_at_once_all_open_it(tmp_path):
    # serve --workers N starts its processes together, each opening store.path; the switch of
    # a new file to WAL is refused at once ("database is locked") to all but one of them,
    # which sqlite's busy timeout does not wait out (before the retry, 7 trials in 30 failed)
    context = multiprocessing.get_context("fork")
    for trial in range(30):
        barrier, results = context.Barrier(4), context.Queue()
        path = tmp_path / f"state-{trial}.db"
        workers = [context.Process(target=_open_the_store_at_once, args=(path, barrier, results))
                   for _ in range(4)]
        for worker in workers:
            worker.start()
        outcomes = [results.get(timeout=30) for _ in workers]
        for worker in workers:
            worker.join(timeout=30)
        assert outcomes == ["opened"] * 4, outcomes


async def test_redis_down_raises_store_error_without_the_password():
    from otlp_sampler.store.redis_store import RedisStore

    await require_redis()  # keeps this with the Redis tests' skip rules
    port = free_port()  # a port nobody listens on
    store = RedisStore(f"redis://:s3cret-pass@127.0.0.1:{port}/0", "x:", retry_interval=0.05)
    try:
        with pytest.raises(StoreError) as failure:
            await store.save_policy(make_policy())
        assert "s3cret-pass" not in str(failure.value)
        assert f"127.0.0.1:{port}" in str(failure.value)
        with pytest.raises(StoreError):
            await store.try_acquire_leader("replica-a", ttl=10)
        # Subscribing still works: the listener keeps retrying until Redis is back.
        await store.subscribe(lambda doc: None)
        assert not await store.wait_listening(timeout=0.2)
    finally:
        await store.close()


async def test_redis_subscription_survives_a_lost_connection_and_catches_up():
    """Replicas keep going while Redis is away, and hear of the newest version on return."""
    await require_redis()
    from otlp_sampler.store.redis_store import RedisStore
    from tests.store.conftest import delete_prefix

    prefix = f"otlp-sampler-test:{uuid.uuid4().hex}:"
    writer = RedisStore(REDIS_URL, prefix)
    name = f"otlp-sampler-test-{uuid.uuid4().hex[:8]}"
    replica = RedisStore(REDIS_URL, prefix, retry_interval=0.05, client_name=name)
    try:
        heard: list[int] = []
        await replica.subscribe(lambda doc: heard.append(doc.version))
        assert await replica.wait_listening()
        # Cut the replica's pub/sub connection, as a Redis restart would, while a version is saved.
        subscribed = [c for c in await writer._redis.client_list(_type="pubsub") if c["name"] == name]
        assert len(subscribed) == 1
        await writer._redis.client_kill_filter(_id=subscribed[0]["id"])
        await writer.save_policy(make_policy())
        await eventually(lambda: heard == [1], what="catch-up after reconnect")
    finally:
        await writer.close()
        await replica.close()
        await delete_prefix(prefix)
