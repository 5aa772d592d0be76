"""Pipeline: summary records survive a queue that could not take them (a failed spool write)."""

from __future__ import annotations

import pytest

from otlp_sampler.metrics import NullMetrics
from otlp_sampler.pipeline import Pipeline
from tests.sample.helpers import FakeClock, attrs, processor, record, records_of, request


class FlakyQueue:
    """Our ExportQueue's interface; the first ``failures`` puts fail as a full disk would."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.taken: list = []

    def has_room(self) -> bool:
        return True

    async def put(self, request, records: int, *, ledger=None) -> None:
        if self.failures:
            self.failures -= 1
            raise OSError(28, "No space left on device")
        self.taken.append(request)


async def test_summaries_the_queue_refused_are_offered_again():
    queue = FlakyQueue(failures=0)
    pipeline = Pipeline(processor(FakeClock(), default_rate=0.001, novelty={"keep": 0}), queue, NullMetrics(),
                        retry_after=1.0)
    for _ in range(3):
        await pipeline.submit(request([record(f"tick {i}") for i in range(200)]), wire_bytes=0, receiver="t")
    dropped_in_submit = 600 - sum(len(records_of(r)) for r in queue.taken)
    queue.taken.clear()
    queue.failures = 1  # the disk fills just as the summaries go out

    with pytest.raises(OSError):
        await pipeline.flush_summaries()
    assert await pipeline.flush_summaries() > 0  # the refused batch goes out now
    summarised = sum(int(attrs(r)["sampling.dropped_count"]) for req in queue.taken for r in records_of(req))
    assert summarised == dropped_in_submit
