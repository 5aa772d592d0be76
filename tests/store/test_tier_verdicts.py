"""The model's tier verdicts in every store (memory, sqlite, redis): kept per pattern, shared
by the replicas and restarts that open the same state, and added to an older sqlite file."""

from __future__ import annotations

import sqlite3

from otlp_sampler.store.sqlite_store import SCHEMA_VERSION, SqliteStore


def verdict(n: int, tier: str = "important", service: str = "checkout") -> dict:
    return {"service": service, "pattern_id": f"{n:016x}", "tier": tier, "reason": f"model: reason {n}",
            "source": "model", "model": "m", "at": 1.0}


async def test_verdicts_are_kept_per_pattern_and_the_last_one_wins(stores):
    store = stores.open()
    assert await store.tier_verdicts([]) == {}
    await store.save_tier_verdicts([verdict(1), verdict(2, "noise"), verdict(1, service="search")])
    await store.save_tier_verdicts([verdict(2, "critical")])
    found = await store.tier_verdicts([("checkout", f"{1:016x}"), ("checkout", f"{2:016x}"),
                                       ("checkout", f"{3:016x}")])
    assert {key[1][-1]: v["tier"] for key, v in found.items()} == {"1": "important", "2": "critical"}
    assert found[("checkout", f"{1:016x}")] == verdict(1)


async def test_another_replica_or_a_restart_reads_the_verdicts(shared_stores):
    first = shared_stores.open()
    await first.save_tier_verdicts([verdict(7)])
    await first.close()
    second = shared_stores.open()
    assert await second.tier_verdicts([("checkout", f"{7:016x}")]) == {("checkout", f"{7:016x}"): verdict(7)}


async def test_an_older_sqlite_file_gains_the_table_and_keeps_its_policies(tmp_path):
    path = tmp_path / "state.db"
    with sqlite3.connect(path) as db:  # a version 4 file: no tier_verdicts table
        db.execute("CREATE TABLE alerts (id INTEGER PRIMARY KEY AUTOINCREMENT, service TEXT NOT NULL, "
                   "kind TEXT NOT NULL, record TEXT NOT NULL)")
        db.execute("INSERT INTO alerts (service, kind, record) VALUES (?, ?, ?)",
                   ("a", "burst", '{"kind": "burst"}'))
        db.execute("PRAGMA user_version=4")
    store = SqliteStore(path)
    try:
        await store.save_tier_verdicts([verdict(1)])
        assert await store.tier_verdicts([("checkout", f"{1:016x}")])
        assert [a["kind"] for a in await store.alerts()] == ["burst"]
    finally:
        await store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
