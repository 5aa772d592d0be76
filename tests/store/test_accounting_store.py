"""The accounting every store keeps: sums per pattern and minute points that add up across
batches, restarts and replicas, filtered as asked, forgotten after the retention."""

from __future__ import annotations

import time

from otlp_sampler.analyze.accounting import AccountingBatch, PatternTotals, SeriesPoint

DAY = 86400.0
NOW_MINUTE = int(time.time() // 60) * 60  # Redis expires minute keys on its own (real) clock


def batch(records: int, *, minute: int = NOW_MINUTE, last_seen: float = 1000.0) -> AccountingBatch:
    """``records`` INFO records of checkout's pattern a (a tenth kept by the pattern rule), and one
    WARN of search's pattern b kept by severity; their minute points; a's catalog row."""
    a = PatternTotals("checkout", "a", records=records, bytes=100 * records, kept_records=records // 10,
                      kept_bytes=10 * records, severities={"INFO": records},
                      kept_by_rule={"pattern": records // 10},
                      template="cart <*> updated", first_seen=900.0, last_seen=last_seen)
    b = PatternTotals("search", "b", records=1, bytes=50, kept_records=1, kept_bytes=50,
                      severities={"WARN": 1}, kept_by_rule={"severity": 1}, last_seen=last_seen)
    points = [SeriesPoint(minute, "checkout", "", records, 100 * records, records // 10, 10 * records),
              SeriesPoint(minute, "checkout", "a", records, 100 * records, records // 10, 10 * records),
              SeriesPoint(minute, "search", "", 1, 50, 1, 50)]
    return AccountingBatch(patterns={a.key: a, b.key: b}, points=points)


def by_key(totals: list[PatternTotals]) -> dict[tuple[str, str], PatternTotals]:
    return {t.key: t for t in totals}


async def test_batches_add_up_per_pattern(stores):
    store = stores.open()
    await store.add_accounting(batch(100, last_seen=1000.0), retention=DAY)
    await store.add_accounting(batch(50, last_seen=2000.0), retention=DAY)
    totals = by_key(await store.pattern_totals())
    a = totals[("checkout", "a")]
    assert (a.records, a.bytes, a.kept_records, a.kept_bytes) == (150, 15_000, 15, 1_500)
    assert (a.dropped_records, a.dropped_bytes) == (135, 13_500)
    assert a.severities == {"INFO": 150} and a.kept_by_rule == {"pattern": 15}
    assert a.last_seen == 2000.0
    assert totals[("search", "b")].kept_by_rule == {"severity": 2}
    assert [t.key for t in await store.pattern_totals("search")] == [("search", "b")]


async def test_series_sums_each_minute_and_filters_services_and_patterns(stores):
    store = stores.open()
    earlier = NOW_MINUTE - 60
    await store.add_accounting(batch(10, minute=earlier), retention=DAY)
    await store.add_accounting(batch(20), retention=DAY)
    await store.add_accounting(batch(30), retention=DAY)
    services = await store.series(earlier, NOW_MINUTE + 60)
    assert [(p.minute, p.service, p.pattern_id, p.records) for p in services] == [
        (earlier, "checkout", "", 10), (earlier, "search", "", 1),
        (NOW_MINUTE, "checkout", "", 50), (NOW_MINUTE, "search", "", 2)]
    assert [p.records for p in await store.series(earlier, NOW_MINUTE + 60, service="search")] == [1, 2]
    one = await store.series(earlier, NOW_MINUTE + 60, service="checkout", pattern_id="a")
    assert [(p.minute, p.records, p.kept_bytes) for p in one] == [(earlier, 10, 100), (NOW_MINUTE, 50, 500)]
    everything = await store.series(NOW_MINUTE, NOW_MINUTE + 60, patterns=True)
    assert {(p.service, p.pattern_id) for p in everything} == {
        ("checkout", ""), ("checkout", "a"), ("search", "")}
    assert await store.series(earlier, NOW_MINUTE) == [p for p in services if p.minute == earlier]


async def test_minute_points_older_than_the_retention_go(stores):
    store = stores.open()
    # The retention runs on the real clock: take this minute now, not at import (a loaded
    # suite can reach this test more than the 600 s retention after collecting it).
    now_minute = int(time.time() // 60) * 60
    old = now_minute - 3600
    await store.add_accounting(batch(10, minute=old), retention=DAY)
    await store.add_accounting(batch(10, minute=now_minute), retention=600)
    await store.add_accounting(batch(10, minute=old), retention=600)  # a late point, past the retention
    assert {p.minute for p in await store.series(old - 60, now_minute + 60)} == {now_minute}
    assert by_key(await store.pattern_totals())[("checkout", "a")].records == 30  # sums are kept


async def test_a_restart_and_other_replicas_add_to_the_same_sums(shared_stores):
    first, second = shared_stores.open(), shared_stores.open()
    await first.add_accounting(batch(100), retention=DAY)
    await second.add_accounting(batch(40), retention=DAY)
    await first.close()
    again = shared_stores.open()
    assert by_key(await again.pattern_totals())[("checkout", "a")].records == 140
    assert [p.records for p in await again.series(NOW_MINUTE, NOW_MINUTE + 60, service="checkout")] == [140]
