"""process_in_slices: a large request leaves the event loop to others between slices, and
decides, counts and summarises exactly as one synchronous ``process`` call."""

from __future__ import annotations

import asyncio

from otlp_sampler.config import SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.pipeline import Pipeline
from otlp_sampler.sample import SamplingProcessor
from otlp_sampler.sample.slicing import process_in_slices
from otlp_sampler.sample.summaries import decode_ledger
from tests.sample.helpers import FakeClock, processor, record, records_of, request, summarised

SLICE = 256


def big(n: int, word: str = "user"):
    """Records of two patterns, trace ids spread over the draw (kept about half at rate 0.5);
    ``word`` "guest": two others."""
    first, second = ("{w} {i} logged in", "{w} {i} left") if word == "user" else (
        "{w} cache miss for key {i}", "{w} cache evicted {i} entries")
    return request(record((first if i % 2 else second).format(w=word, i=i),
                          trace_id=(i * 0x9E3779B97F4A7C15 % 2**64 or 1).to_bytes(8, "big") * 2)
                   for i in range(n))


def bodies(req) -> list[str]:
    return [r.body.string_value for r in records_of(req)]


async def test_other_coroutines_run_between_the_slices_of_a_large_request():
    proc = processor(default_rate=0.5)
    ticks = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    outcome = await process_in_slices(proc, big(10 * SLICE), slice_records=SLICE)
    done.set()
    await task
    assert outcome.received == 10 * SLICE
    assert ticks >= 9  # one turn between each two of the ten slices


async def test_a_sliced_request_decides_as_one_call():
    n = 5 * SLICE + 17
    sliced, whole = big(n), big(n)
    sliced_proc, whole_proc = processor(default_rate=0.5), processor(default_rate=0.5)
    sliced_outcome = await process_in_slices(sliced_proc, sliced, slice_records=SLICE)
    whole_outcome = whole_proc.process(whole)
    assert bodies(sliced) == bodies(whole)
    assert sliced_outcome == whole_outcome
    assert whole_outcome.dropped > 0
    dropped = whole_outcome.dropped
    assert summarised(sliced_proc.take_summaries()) == summarised(whole_proc.take_summaries()) == dropped


async def test_interleaved_calls_each_ledger_only_their_own_drops():
    """A small request processed while a large one waits between slices: each outcome's
    ledger frame counts its own drops, so a spool keeps each with its own request."""
    proc = SamplingProcessor(SamplingConfig(default_rate=0.5, novelty={"enabled": False}),
                             PatternCatalog(100), Metrics(), clock=FakeClock(), wall_clock=FakeClock(1.7e9),
                             seed=1, ledger=True)
    small_outcomes = []

    async def small_requests() -> None:
        for _ in range(5):
            small_outcomes.append(proc.process(big(100, word="guest")))
            await asyncio.sleep(0)

    large, _ = await asyncio.gather(process_in_slices(proc, big(8 * SLICE), slice_records=SLICE),
                                    small_requests())
    for outcome, word in [(large, "user"), *((o, "guest") for o in small_outcomes)]:
        payload, counted = outcome.ledger
        rows = [row for group in decode_ledger(payload) for row in group.rows]
        assert counted == sum(count for _, _, count, _ in rows) == outcome.dropped > 0
        assert all(template.startswith(word) for _, template, _, _ in rows)


class Queue:
    def __init__(self) -> None:
        self.taken: list[str] = []

    def has_room(self) -> bool:
        return True

    async def put(self, request, records: int, *, ledger=None) -> None:
        self.taken.append(records_of(request)[0].body.string_value.split()[0])


async def test_a_small_request_is_answered_while_a_large_one_is_being_sampled():
    queue = Queue()
    pipeline = Pipeline(processor(keep_severity="TRACE"), queue, Metrics(), retry_after=1.0)
    large = asyncio.create_task(pipeline.submit(big(40_000), wire_bytes=0, receiver="t"))
    await asyncio.sleep(0)  # the large request starts first
    await pipeline.submit(big(10, word="guest"), wire_bytes=0, receiver="t")
    assert queue.taken == ["guest"]
    await large
    assert queue.taken == ["guest", "user"]
