"""A request's records processed in slices, the event loop free between two.

``SamplingProcessor.process`` is synchronous: a request of a million records held the
event loop for seconds, and every other client waited (issue 14 item 1).
``process_in_slices`` drives ``process_steps`` instead, ``SLICE_RECORDS`` records at a
time, with ``await asyncio.sleep(0)`` between slices, so one request holds the loop at
most one slice (a few ms) and other requests are answered meanwhile. A request within one
slice (an SDK's 512, a Collector's 8,192 take one to four) costs no extra await.
docs/performance.md § Large requests has the figures.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from otlp_sampler.sample.processor import BatchOutcome

if TYPE_CHECKING:
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

    from otlp_sampler.sample.processor import SamplingProcessor

SLICE_RECORDS = 2048


async def process_in_slices(processor: SamplingProcessor, request: ExportLogsServiceRequest,
                            *, slice_records: int = SLICE_RECORDS, tenant=None) -> BatchOutcome:
    """``processor.process(request, tenant=tenant)``, yielding to the event loop between slices
    of ``slice_records`` records. The caller must leave ``request`` alone until it returns."""
    outcome = BatchOutcome()
    for _ in processor.process_steps(request, outcome, slice_records, tenant=tenant):
        await asyncio.sleep(0)
    return outcome
