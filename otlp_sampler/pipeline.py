"""The :class:`~otlp_sampler.intake.Intake` the receivers call: sample, then queue for export.

Order matters for the delivery promise: the queue's room is checked *before* any work,
so a refused request was not touched and the client's retry is safe; a request is
answered only after ``ExportQueue.put`` returned (on disk when a spool is configured).
With a spool, the request's drop counts (its ledger frame) are on disk by then too, and
stay there until a summary of them is: kept + summarised == accepted across a crash
(docs/reliability.md § Summaries survive a crash).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from otlp_sampler.intake import Accepted, Backpressure, IntakeResult, TooManyRecords, count_records
from otlp_sampler.sample.incoming import REASONS, strip_forged
from otlp_sampler.sample.slicing import process_in_slices
from otlp_sampler.sample.source import split_decided

if TYPE_CHECKING:
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

    from otlp_sampler.metrics import Metrics
    from otlp_sampler.sample import SamplingProcessor
    from otlp_sampler.tenants import Tenant
    from otlp_sampler.transmit import ExportQueue
    from otlp_sampler.transmit.spool import EntryId

log = logging.getLogger("otlp_sampler")


class Pipeline:
    def __init__(
        self, processor: SamplingProcessor, queue: ExportQueue, metrics: Metrics, *, retry_after: float,
        max_records: int | None = None,
    ) -> None:
        """``max_records``: records per request (receivers.max_records_per_request); None: no cap."""
        self.processor = processor
        self.max_records = max_records
        self.queue = queue
        self.metrics = metrics
        self.retry_after = retry_after
        self._accepting = True
        self._unsent_summaries: list[tuple[ExportLogsServiceRequest, int, Tenant | None]] = []
        # Spooled ledger frames by the summary generation that covers them, until that
        # summary is queued; generations up to _summarised are.
        self._ledger: list[tuple[int, EntryId]] = []
        self._summarised = -1
        self._stripped = {reason: metrics.sampling_stripped.labels(reason) for reason in REASONS}

    async def submit(
        self, request: ExportLogsServiceRequest, *, wire_bytes: int, receiver: str, trusted: bool = False,
        tenant: Tenant | None = None, sampling_keys: bool = True,
    ) -> IntakeResult:
        if self.max_records is not None:  # first: retrying it later would not help
            records = count_records(request)
            if records > self.max_records:
                raise TooManyRecords(records, self.max_records)
        if not self._accepting:
            return Backpressure(self.retry_after, "shutting down")
        # With a tenant (tenants.mode passthrough, the queue is a TenantQueues): that tenant's
        # share of the queue, its own sampling state, its own queue and token upstream.
        if not (self.queue.has_room() if tenant is None else self.queue.has_room(tenant)):
            whose = f" for tenant {tenant.id}" if tenant is not None else ""
            return Backpressure(self.retry_after, f"export queue full{whose}")
        if sampling_keys:  # forged sampling.* attributes go before anything reads them
            for reason, count in strip_forged(request, trusted=trusted).items():
                self._stripped[reason].inc(count)
        # A trusted upstream's decided and summary records pass unsampled (sample/source.py),
        # in the same queue put as the rest: queued together or not at all.
        passed = split_decided(request) if trusted else None
        # In slices: a large request leaves the event loop to other clients between two.
        outcome = await process_in_slices(self.processor, request, tenant=tenant)
        if tenant is not None:
            self.metrics.tenant_records.labels(tenant.id).inc(outcome.received)
        queued = outcome.kept
        if passed is not None:
            queued += self.processor.pass_decided(passed)
            request.resource_logs.extend(passed.resource_logs)
        if queued or outcome.ledger:
            try:
                if tenant is None:
                    entry = await self.queue.put(request, queued, ledger=outcome.ledger)
                else:
                    entry = await self.queue.put(request, queued, ledger=outcome.ledger, tenant=tenant)
            except OSError as exc:
                # The spool could not write it: not accepted, so the client must retry
                # (a 500 / INTERNAL would make OTel exporters drop the records).
                return Backpressure(self.retry_after, f"spool write failed: {exc}")
            if entry is not None:
                self._hold(outcome.generation, entry)
        return Accepted(outcome.received + (queued - outcome.kept))

    def _hold(self, generation: int, entry: EntryId) -> None:
        if generation <= self._summarised:  # its summary was queued while the frame was written
            self.queue.forget([entry])
        else:
            self._ledger.append((generation, entry))

    def restore_summaries(self) -> int:
        """Count the drops a previous run spooled but never summarised into the next summary
        (call once, after the queue started); returns how many records they count."""
        recovered, self.queue.recovered_ledger = self.queue.recovered_ledger, []
        if not recovered:
            return 0
        restored = self.processor.restore_drops([payload for _, payload in recovered])
        generation = self.processor.summary_generation
        self._ledger += [(generation, entry) for entry, _ in recovered]
        log.info("summaries: %d records dropped by the previous run and not yet summarised are "
                 "summarised with the next ones", restored)
        return restored

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
        generation = self.processor.summary_generation  # the one take_summaries closes
        tenant_of = getattr(self.queue, "tenant_of", None)  # with tenants, each its own summaries
        if tenant_of is None:
            summaries = self.processor.take_summaries()
            taken = {None: summaries} if summaries is not None else {}
        else:
            taken = self.processor.take_summaries_by(tenant_of)
        for tenant, summaries in taken.items():
            count = sum(len(sl.log_records) for rl in summaries.resource_logs for sl in rl.scope_logs)
            self._unsent_summaries.append((summaries, count, tenant))
        queued = 0
        while self._unsent_summaries:
            request, count, tenant = self._unsent_summaries[0]
            if tenant is None:
                await self.queue.put(request, count)
            else:
                await self.queue.put(request, count, tenant=tenant)
            self._unsent_summaries.pop(0)
            self.metrics.summaries.inc(count)
            queued += count
        # Every summary up to this generation is queued (spooled): its ledger frames may go.
        # A crash before the spool records that sends these drops' summaries twice, never none.
        self._summarised = max(self._summarised, generation)
        done = [entry for covered, entry in self._ledger if covered <= generation]
        if done:
            self._ledger = [(covered, entry) for covered, entry in self._ledger if covered > generation]
            self.queue.forget(done)
        return queued
