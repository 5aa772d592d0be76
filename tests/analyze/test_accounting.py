"""The Accountant folds a real processor's windows: every record counted once, in the right
pattern, service and minute, whatever the side loop takes in between or the store refuses."""

from __future__ import annotations

from collections import Counter

from otlp_sampler.analyze.accounting import Accountant
from otlp_sampler.commands.workload import Workload
from otlp_sampler.sample.annotate import RULES
from otlp_sampler.store import MemoryStore, SqliteStore
from tests.sample.helpers import FakeClock, processor, record, request

DAY = 86400.0


def accountant_for(p, clock, per_minute: int = 100) -> Accountant:
    accountant = Accountant(lambda: p.current_window, rules=RULES, patterns_per_minute=per_minute,
                            retention=DAY, clock=clock)
    p.on_window_taken = accountant.fold
    return accountant


def test_every_record_is_counted_once_across_folds_and_windows_taken_in_between():
    wall = FakeClock(1_700_000_000.0)
    p = processor(wall=wall)
    accountant = accountant_for(p, wall)
    workload = Workload(seed=3)
    received = kept = size = kept_size = 0
    rules: Counter[str] = Counter()
    totals: dict = {}
    for i in range(30):
        outcome = p.process(workload.request(256))
        received, kept = received + outcome.received, kept + outcome.kept
        size, kept_size = size + outcome.bytes_received, kept_size + outcome.bytes_kept
        rules.update(outcome.kept_by_rule)
        if i % 4 == 0:
            accountant.fold()
        if i % 9 == 0:
            p.take_window()  # the side loop: the accountant folds it before it is gone
        if i % 5 == 0:
            for key, t in accountant.take_batch().patterns.items():
                totals.setdefault(key, []).append(t)
        wall.advance(7)
    for key, t in accountant.take_batch(final=True).patterns.items():
        totals.setdefault(key, []).append(t)
    merged = [parts[0] for parts in totals.values()]
    for first, parts in zip(merged, totals.values(), strict=True):
        for later in parts[1:]:
            first.merge(later)
    assert sum(t.records for t in merged) == received == 30 * 256
    assert sum(t.kept_records for t in merged) == kept
    assert (sum(t.bytes for t in merged), sum(t.kept_bytes for t in merged)) == (size, kept_size)
    assert sum((Counter(t.kept_by_rule) for t in merged), Counter()) == rules
    assert sum(sum(t.severities.values()) for t in merged) == received


def test_minute_points_per_service_hold_every_record_and_patterns_get_points_while_there_is_room():
    wall = FakeClock(1_700_000_080.0)  # 20 s before a minute ends
    p = processor(wall=wall)
    accountant = accountant_for(p, wall, per_minute=1)
    p.process(request([record(f"heavy job {i} done in {i} ms") for i in range(50)]))
    p.process(request([record(f"light ping {i}") for i in range(5)]))
    first = accountant.take_batch()
    wall.advance(30)  # the next minute
    p.process(request([record(f"light ping {i}") for i in range(30)]
                      + [record(f"heavy job {i} done in {i} ms") for i in range(2)]))
    second = accountant.take_batch(final=True)
    minute = 1_700_000_040  # the minute it starts in
    service = {(pt.minute, pt.records) for pt in first.points + second.points if not pt.pattern_id}
    assert service == {(minute, 55), (minute + 60, 32)}
    own = {(pt.minute, pt.records) for pt in first.points + second.points if pt.pattern_id}
    assert own == {(minute, 50), (minute + 60, 30)}  # the heaviest of each minute, one point allowed


def test_a_pattern_chosen_late_in_its_minute_brings_the_whole_minute():
    wall = FakeClock(1_700_000_000.0)
    p = processor(wall=wall)
    accountant = accountant_for(p, wall, per_minute=2)
    p.process(request([record(f"alpha {i} ok") for i in range(10)]))
    p.process(request([record(f"beta {i} ok") for i in range(20)]))
    p.process(request([record(f"gamma {i} failed badly with code {i}") for i in range(3)]))
    first = accountant.take_batch()
    p.process(request([record(f"gamma {i} failed badly with code {i}") for i in range(4)]))
    second = accountant.take_batch(final=True)
    by_pattern = Counter()
    for point in first.points + second.points:
        if point.pattern_id:
            by_pattern[point.pattern_id] += point.records
    assert sorted(by_pattern.values()) == [10, 20]  # alpha and beta chose first; gamma never fits


async def test_a_batch_the_store_refuses_waits_and_is_added_once_later(tmp_path):
    wall = FakeClock(1_700_000_000.0)
    p = processor(wall=wall)
    accountant = accountant_for(p, wall)
    broken = SqliteStore(tmp_path / "state.db")
    await broken.close()  # every call now raises StoreError
    p.process(request([record(f"order {i} shipped") for i in range(40)], service="shop"))
    await accountant.flush(broken)
    p.process(request([record(f"order {i} shipped") for i in range(10)], service="shop"))
    store = MemoryStore()
    await accountant.flush(store)
    await accountant.flush(store)  # nothing new: nothing added
    (totals,) = await store.pattern_totals()
    assert (totals.service, totals.records) == ("shop", 50)
    assert [entry.template for entry in await store.patterns()] == ["order <*> shipped"]
    assert sum(pt.records for pt in await store.series(0, 2e9, service="shop")) == 50
