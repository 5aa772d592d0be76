"""The alert history and cooldown claims, in every store (memory, sqlite, redis)."""

from __future__ import annotations

import asyncio

from tests.peers.waiting import eventually


def alert(n: int, *, service: str = "checkout", kind: str = "new_pattern") -> dict:
    return {"kind": kind, "service": service, "pattern_id": f"{n:016x}", "summary": f"alert {n}",
            "delivery": [{"webhook": "hooks.slack.com", "status": "pending"}]}


async def test_alerts_are_kept_newest_first_with_growing_ids_and_only_the_newest_few(stores):
    store = stores.open()
    ids = [await store.save_alert(alert(n), keep=3) for n in range(5)]
    assert ids == sorted(ids) and len(set(ids)) == 5
    rows = await store.alerts()
    assert [row["id"] for row in rows] == ids[:1:-1]
    assert [row["summary"] for row in rows] == ["alert 4", "alert 3", "alert 2"]
    assert [row["id"] for row in await store.alerts(limit=2)] == ids[:2:-1]


async def test_alerts_filter_by_service_and_kind(stores):
    store = stores.open()
    kinds = [("a", "burst"), ("b", "burst"), ("a", "new_pattern"), ("a", "burst")]
    for n, (service, kind) in enumerate(kinds):
        await store.save_alert(alert(n, service=service, kind=kind), keep=100)
    assert [r["pattern_id"][-1] for r in await store.alerts(service="a")] == ["3", "2", "0"]
    assert [r["pattern_id"][-1] for r in await store.alerts(kind="burst")] == ["3", "1", "0"]
    assert [r["pattern_id"][-1] for r in await store.alerts(service="a", kind="burst", limit=1)] == ["3"]
    assert await store.alerts(service="nobody") == []


async def test_an_update_replaces_a_kept_alert_and_never_brings_back_a_trimmed_one(stores):
    store = stores.open()
    first = await store.save_alert(alert(1), keep=1)
    assert await store.update_alert(first, {**alert(1), "summary": "updated"})
    assert (await store.alerts())[0]["summary"] == "updated"
    second = await store.save_alert(alert(2), keep=1)  # trims the first
    assert not await store.update_alert(first, {**alert(1), "summary": "too late"})
    assert [row["id"] for row in await store.alerts()] == [second]


async def test_a_claim_holds_for_its_ttl(stores):
    store = stores.open()
    assert await store.claim_alert("new_pattern/00000000000000e1/checkout", 0.3)
    assert not await store.claim_alert("new_pattern/00000000000000e1/checkout", 0.3)
    assert await store.claim_alert("burst/00000000000000e1/checkout", 0.3)  # another key
    await eventually(lambda: store.claim_alert("new_pattern/00000000000000e1/checkout", 0.3),
                     timeout=5, what="the claim to run out")


async def test_the_catalog_answers_first_seen_by_key(stores):
    store = stores.open()
    await store.upsert_patterns([("checkout", "00000000000000c1", "cart <*>", 100.0),
                                 ("search", "00000000000000s1", "query <*>", 200.0)])
    found = await store.pattern_first_seen([("checkout", "00000000000000c1"),
                                            ("checkout", "00000000000000s1"), ("search", "00000000000000s1")])
    assert found == {("checkout", "00000000000000c1"): 100.0, ("search", "00000000000000s1"): 200.0}
    assert await store.pattern_first_seen([]) == {}


async def test_replicas_share_one_history_and_of_many_claims_one_wins(shared_stores):
    replicas = [shared_stores.open() for _ in range(3)]
    claims = await asyncio.gather(*(replicas[i % 3].claim_alert("burst/00000000000000j1/jobs", 60)
                                    for i in range(12)))
    assert claims.count(True) == 1
    ids = await asyncio.gather(*(replicas[i % 3].save_alert(alert(i), keep=100) for i in range(6)))
    assert len(set(ids)) == 6
    for replica in replicas:
        assert [row["id"] for row in await replica.alerts()] == sorted(ids, reverse=True)


async def test_the_history_and_the_cooldowns_survive_a_restart(shared_stores):
    store = shared_stores.open()
    saved = await store.save_alert(alert(7), keep=10)
    assert await store.claim_alert("new_pattern/0000000000000007/checkout", 60)
    await store.close()
    again = shared_stores.open()
    assert [row["id"] for row in await again.alerts()] == [saved]
    assert not await again.claim_alert("new_pattern/0000000000000007/checkout", 60)
