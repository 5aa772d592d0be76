"""The :class:`~otlp_sampler.intake.Intake` the receivers call: sample, then queue for export.

Order matters for the delivery promise: the queue's room is checked *before* any work,
so a refused request was not touched and the client's retry is safe; a request is
answered only after ``ExportQueue.put`` returned (on disk when a spool is configured).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from otlp_sampler.intake import Accepted, Backpressure, IntakeResult
from otlp_sampler.sample.source import split_decided

if TYPE_CHECKING:
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

    from otlp_sampler.metrics import Metrics
    from otlp_sampler.sample import SamplingProcessor
    from otlp_sampler.transmit import ExportQueue


class Pipeline:
    def __init__(
        self, processor: SamplingProcessor, queue: ExportQueue, metrics: Metrics, *, retry_after: float
    ) -> None:
        self.processor = processor
        self.queue = queue
        self.metrics = metrics
        self.retry_after = retry_after
        self._accepting = True
        self._unsent_summaries: list[tuple[ExportLogsServiceRequest, int]] = []

    async def submit(
        self, request: ExportLogsServiceRequest, *, wire_bytes: int, receiver: str, trusted: bool = False
    ) -> IntakeResult:
        if not self._accepting:
            return Backpressure(self.retry_after, "shutting down")
        if not self.queue.has_room():
            return Backpressure(self.retry_after, "export queue full")
        # A trusted upstream's decided and summary records pass unsampled (sample/source.py),
        # in the same queue put as the rest: queued together or not at all.
        passed = split_decided(request) if trusted else None
        outcome = self.processor.process(request)
        queued = outcome.kept
        if passed is not None:
            queued += self.processor.pass_decided(passed)
            request.resource_logs.extend(passed.resource_logs)
        if queued:
            try:
                await self.queue.put(request, queued)
            except OSError as exc:
                # The spool could not write it: not accepted, so the client must retry
                # (a 500 / INTERNAL would make OTel exporters drop the records).
                return Backpressure(self.retry_after, f"spool write failed: {exc}")
        return Accepted(outcome.received + (queued - outcome.kept))

    def accepting(self) -> bool:
        return self._accepting

    def stop_accepting(self) -> None:
        """First step of shutdown: new requests are told to retry elsewhere/later."""
        self._accepting = False

    async def flush_summaries(self) -> int:
        """Queue the summary records of everything dropped since the last flush; returns how many.

        Summaries bypass the room check: they stand for records already accepted, and losing
        them would break "kept + summarised = received". For the same reason a batch the
        queue could not take (a failed spool write) is kept and offered again next time.
        """
        summaries = self.processor.take_summaries()
        if summaries is not None:
            count = sum(len(sl.log_records) for rl in summaries.resource_logs for sl in rl.scope_logs)
            self._unsent_summaries.append((summaries, count))
        queued = 0
        while self._unsent_summaries:
            request, count = self._unsent_summaries[0]
            await self.queue.put(request, count)
            self._unsent_summaries.pop(0)
            self.metrics.summaries.inc(count)
            queued += count
        return queued
