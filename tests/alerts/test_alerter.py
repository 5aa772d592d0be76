"""Cooldown and de-duplication per (service, pattern, kind), across cycles, replicas and restarts;
the cap per cycle; a known pattern is not new; a failing store; a stuck alerter."""

from __future__ import annotations

from otlp_sampler.store import MemoryStore, SqliteStore
from tests.alerts.helpers import (
    INTERVAL,
    NOW,
    STEADY,
    Clock,
    alerter,
    anomalies,
    new_error,
    sample,
    with_rows,
)
from tests.peers.waiting import eventually
from tests.peers.webhook_receiver import WebhookReceiver


def cycle(rows):
    return anomalies(STEADY, with_rows(*rows))


async def test_the_same_anomaly_in_later_cycles_raises_one_alert_until_the_cooldown_ends():
    clock = Clock()
    store = MemoryStore(clock=clock)
    alerts = alerter(store, cooldown="10m")
    found, volumes = cycle(new_error())
    assert len(await alerts.handle(found, volumes, clock())) == 1
    clock.now += INTERVAL
    assert await alerts.handle(found, volumes, clock()) == []
    assert sample(alerts.metrics, "alerts_total", kind="new_pattern", outcome="cooldown") == 1
    clock.now += 600
    [again] = await alerts.handle(found, volumes, clock())
    assert again.id == 2
    assert [row["id"] for row in await store.alerts()] == [2, 1]
    assert sample(alerts.metrics, "alerts_total", kind="new_pattern", outcome="raised") == 2


async def test_replicas_and_a_restarted_leader_raise_one_alert_through_the_store(tmp_path):
    clock = Clock()
    path = tmp_path / "state.db"
    first, second = SqliteStore(path, clock=clock), SqliteStore(path, clock=clock)
    try:
        found, volumes = cycle(new_error())
        raised = [await alerter(store).handle(found, volumes, clock()) for store in (first, second)]
        assert [len(r) for r in raised] == [1, 0]
        # A restart: a new process, with no cooldown in memory, on the same file.
        await first.close()
        third = SqliteStore(path, clock=clock)
        assert await alerter(third).handle(found, volumes, clock()) == []
        assert len(await third.alerts()) == 1
        await third.close()
    finally:
        await first.close()
        await second.close()


async def test_one_key_per_service_pattern_and_kind():
    store = MemoryStore()
    alerts = alerter(store)
    found, volumes = cycle(new_error(2))
    assert len(await alerts.handle(found, volumes, NOW)) == 2  # two patterns, two keys
    found, volumes = cycle(new_error(1, service="billing"))
    assert len(await alerts.handle(found, volumes, NOW)) == 1  # the same pattern id in another service


async def test_at_most_max_per_cycle_alerts_the_rest_counted():
    store = MemoryStore()
    alerts = alerter(store, max_per_cycle=2)
    found, volumes = cycle(new_error(5))
    raised = await alerts.handle(found, volumes, NOW)
    assert len(raised) == 2
    assert sample(alerts.metrics, "alerts_total", kind="new_pattern", outcome="capped") == 3
    # The capped ones took no cooldown: they may still alert.
    assert len(await alerts.handle(found, volumes, NOW + INTERVAL)) == 2


async def test_a_pattern_the_catalog_knows_for_long_is_not_new_after_a_restart():
    store = MemoryStore()
    [old, fresh] = new_error(2)
    await store.upsert_patterns([(old[0], old[1], old[2], NOW - 30 * 24 * 3600),
                                 (fresh[0], fresh[1], fresh[2], NOW - INTERVAL)])
    raised = await alerter(store).handle(*cycle([old, fresh]), NOW)
    assert [r.pattern_id for r in raised] == [fresh[1]]


async def test_a_failing_store_still_lets_the_alert_out(tmp_path):
    store = SqliteStore(tmp_path / "state.db")
    await store.close()  # every call now raises StoreError
    async with WebhookReceiver() as hook:
        alerts = alerter(store, webhooks=[{"url": hook.url}])
        await alerts.start()
        try:
            [raised] = await alerts.handle(*cycle(new_error()), NOW)
            [request] = await hook.wait_for(1)
        finally:
            await alerts.stop(grace=0.2)
    assert raised.id < 0  # not kept, so no id from the store
    assert request.body["kind"] == "new_pattern"


async def test_submit_never_waits_and_a_stuck_alerter_drops_cycles():
    alerts = alerter(MemoryStore())  # not started: nothing takes cycles from its queue
    found, volumes = cycle(new_error())
    for _ in range(6):
        alerts.submit(found, volumes, NOW)
    assert sample(alerts.metrics, "alerts_total", kind="new_pattern", outcome="dropped") == 2


async def test_submitted_cycles_are_raised_by_the_alerters_task():
    store = MemoryStore()
    alerts = alerter(store)
    await alerts.start()
    try:
        alerts.submit(*cycle(new_error()), NOW)

        async def kept():
            return await store.alerts()

        [row] = await eventually(kept, what="the alert in the history")
    finally:
        await alerts.stop()
    assert row["kind"] == "new_pattern" and row["delivery"] == []
