"""``ExportQueue``: the bounded, batching queue between the sampler and the exporter.

``put`` serializes a request once and appends its bytes to the open batch; a batch is
sealed at ``batch.max_records`` / ``batch.max_bytes`` or after ``batch.timeout``, and
``queue.consumers`` tasks take sealed batches to a final outcome through
:class:`~otlp_sampler.transmit.delivery.Delivery`. A batch is the concatenation of its
requests' protobuf encodings, which *is* the encoding of the merged request, so batching
costs no per-record work.

Bounds: ``queue.max_records`` and ``queue.max_batches`` count everything accepted and not
yet resolved (open, waiting, in flight); with a spool, ``queue.spool_max_bytes`` too.
Callers check :meth:`ExportQueue.has_room` before accepting a request and push back when
it is False; ``put`` itself always accepts (summaries and in-flight requests must not be
lost).

With ``queue.spool_dir``, ``put`` returns once the request is on disk; a batch leaves the
spool when it reached its final outcome; on start the spool's backlog is sent first.
``put`` may carry a ledger frame too (the request's drop counts), written to a second
spool in ``<spool_dir>/ledger`` alongside the request: it stays there until the caller
:meth:`ExportQueue.forget` s it, and comes back in :attr:`ExportQueue.recovered_ledger`
after a crash. Apart, so that counts waiting for their summary never hold a delivered
request's segment on disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.config import ExporterConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.transmit.delivery import Delivery
from otlp_sampler.transmit.result import EncodedRequest, Exporter
from otlp_sampler.transmit.spool import EntryId, Spool

LEDGER_DIR = "ledger"  # in the spool directory: the ledger's own spool

log = logging.getLogger("otlp_sampler.transmit")


class _Batch:
    __slots__ = ("created", "entries", "parts", "records", "size")

    def __init__(self, created: float) -> None:
        self.created = created
        self.parts: list[bytes] = []
        self.records = 0
        self.size = 0
        self.entries: list[EntryId] = []

    def encoded(self) -> EncodedRequest:
        payload = self.parts[0] if len(self.parts) == 1 else b"".join(self.parts)
        return EncodedRequest(payload, self.records)


class ExportQueue:
    """Bounded batching queue with retrying consumers and an optional on-disk spool.

    Lifecycle: ``await start()`` (recovers the spool), ``put`` many times, ``await stop(timeout)``.
    The queue owns the exporter: ``stop`` closes it.
    """

    def __init__(
        self,
        config: ExporterConfig,
        exporter: Exporter,
        metrics: Metrics,
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        tenant: str | None = None,
    ) -> None:
        """``tenant``: the id of the one tenant this queue sends for (transmit/tenant_queues.py)."""
        self.config = config
        self.exporter = exporter
        self.metrics = metrics
        self.tenant = tenant
        self._clock = clock
        self._delivery = Delivery(exporter, config.retry, metrics, clock=clock, rng=rng, tenant=tenant)
        queue = config.queue
        self.spool = self.ledger = None
        if queue.spool_dir:
            self.spool = Spool(queue.spool_dir, max_bytes=queue.spool_max_bytes,
                               sync_interval=queue.spool_sync_interval)
            self.ledger = Spool(Path(queue.spool_dir) / LEDGER_DIR, max_bytes=queue.spool_max_bytes,
                                sync_interval=queue.spool_sync_interval)
        self._max_records = queue.max_records
        self._max_batches = queue.max_batches
        self._batch_records = config.batch.max_records
        self._batch_bytes = config.batch.max_bytes
        self._batch_timeout = config.batch.timeout
        self._open: _Batch | None = None
        self._ready: deque[_Batch] = deque()
        self._records = 0  # accepted, not yet resolved
        self._batches = 0
        self._has_open = asyncio.Event()
        self._has_ready = asyncio.Event()
        self._resolved = asyncio.Event()
        self._tasks: list[asyncio.Task] = []
        self._backlog: list[int] = []
        # Ledger frames a previous run left unacknowledged: (entry, payload), set by start().
        self.recovered_ledger: list[tuple[EntryId, bytes]] = []
        self._started = False
        self._stopping = False

    # ------------------------------------------------------------------ state

    def has_room(self) -> bool:
        """False when a new request should be pushed back (queue or spool full)."""
        if self._records >= self._max_records or self._batches >= self._max_batches:
            return False
        return self.spool is None or (self.spool.has_room() and self.ledger.has_room())

    @property
    def depth_records(self) -> int:
        """Records accepted and not yet delivered (or given up)."""
        return self._records

    @property
    def depth_batches(self) -> int:
        return self._batches

    @property
    def auth_failed(self) -> bool:
        """The upstream refuses our credentials (401/403): /readyz goes red."""
        return self._delivery.auth_failed

    @property
    def healthy(self) -> bool:
        """Running, consumers alive and the upstream accepts our credentials."""
        consumers_alive = all(not task.done() for task in self._tasks)
        return self._started and not self._stopping and consumers_alive and not self.auth_failed

    @property
    def last_error(self) -> str:
        """The latest export failure, for /readyz and logs ('' when none)."""
        return self._delivery.last_error

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Recover the spool (its backlog goes out first) and start the consumers."""
        if self._started:
            return
        if self.spool is not None:
            self._backlog = await asyncio.to_thread(self.spool.recover)
            for seq in await asyncio.to_thread(self.ledger.recover):
                frames = await self.ledger.load(seq)
                self.recovered_ledger += [(entry, payload) for entry, _, payload in frames]
            if self._backlog:
                log.info("spool %s: resending %d records kept from a previous run",
                         self.config.queue.spool_dir, self.spool.backlog_records())
            # Load what fits before any new request, so the backlog is sent first.
            while self._backlog and self._records < self._max_records // 2:
                await self._load_segment(self._backlog.pop(0))
            self._update_gauges()
        self._started = True
        consumers = max(1, self.config.queue.consumers)
        self._tasks = [asyncio.create_task(self._consume(), name=f"export-{i}") for i in range(consumers)]
        self._tasks.append(asyncio.create_task(self._flush_timer(), name="export-batcher"))
        if self._backlog:
            self._tasks.append(asyncio.create_task(self._replay(), name="export-spool-replay"))

    async def stop(self, timeout: float) -> None:
        """Drain within ``timeout`` seconds; what is left stays in the spool (or is counted lost)."""
        if self._stopping:
            return
        self._stopping = True
        if self._started:
            drained = await self.flush(timeout)
            for task in self._tasks:
                task.cancel()
            for task in self._tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            self._tasks = []
            if not drained:
                self._report_leftovers()
        if self.spool is not None:
            await self.spool.close()
            await self.ledger.close()
        await self.exporter.close()

    def _report_leftovers(self) -> None:
        left = self._records
        if self.spool is not None:
            log.warning("shutdown: %d records not yet delivered stay in the spool %s and are sent at the "
                        "next start", left, self.config.queue.spool_dir)
        elif left:
            self.metrics.export_records.labels("dropped").inc(left)
            log.error("RECORDS LOST: %d records could not be delivered within the shutdown timeout "
                      "(set exporter.queue.spool_dir to keep them across restarts): %s", left,
                      self.last_error or "the upstream was too slow")

    async def flush(self, timeout: float) -> bool:
        """Send the open batch now and wait until everything queued is resolved; False on timeout."""
        if self._open is not None:
            self._seal()
        deadline = self._clock() + timeout
        while self._records > 0:
            remaining = deadline - self._clock()
            if remaining <= 0:
                return False
            self._resolved.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._resolved.wait(), min(remaining, 0.5))
            if self._open is not None:  # puts that arrived meanwhile
                self._seal()
        return True

    # ------------------------------------------------------------------ intake

    async def put(self, request: ExportLogsServiceRequest, records: int, *,
                  ledger: tuple[bytes, int] | None = None) -> EntryId | None:
        """Queue ``request`` (``records`` log records); with a spool, returns once it is on disk.

        ``ledger``: ``(payload, records)`` of a ledger frame written with the request when
        there is a spool; returns its entry, for :meth:`forget`. Raises ``OSError``
        when the spool cannot write them: the request was not accepted and the client should
        be told to retry (``has_room`` is False for a moment after such a failure).
        """
        spooling_ledger = ledger is not None and self.ledger is not None
        if records <= 0 and not spooling_ledger:
            return None
        payload = request.SerializeToString() if records > 0 else b""
        entry = ledger_entry = None
        if self.spool is not None:
            if not self._started:
                raise RuntimeError("ExportQueue.start() must run before put() when spooling")
            # Both on disk (in parallel) before the client is answered.
            writes = {}
            if records > 0:
                writes[self.spool] = self.spool.append(payload, records)
            if spooling_ledger:
                writes[self.ledger] = self.ledger.append(*ledger)
            results = dict(zip(writes, await asyncio.gather(*writes.values(), return_exceptions=True),
                               strict=True))
            failed = [result for result in results.values() if isinstance(result, BaseException)]
            if failed:
                for spool, result in results.items():  # not accepted: the half that was written goes
                    if not isinstance(result, BaseException):
                        spool.ack([result])
                raise failed[0]
            entry, ledger_entry = results.get(self.spool), results.get(self.ledger)
        if records > 0:
            self._add(payload, records, entry)
        self._update_gauges()
        return ledger_entry

    def forget(self, entries: list[EntryId]) -> None:
        """The ledger frames ``entries`` are accounted for elsewhere now: let the spool drop them."""
        if entries and self.ledger is not None:
            self.ledger.ack(entries)
            self._update_gauges()

    def _add(self, payload: bytes, records: int, entry: EntryId | None) -> None:
        size = len(payload)
        batch = self._open
        if batch is not None and (batch.records + records > self._batch_records
                                  or batch.size + size > self._batch_bytes):
            self._seal()
            batch = None
        if batch is None:
            batch = self._open = _Batch(self._clock())
            self._batches += 1
            self._has_open.set()
        batch.parts.append(payload)
        batch.records += records
        batch.size += size
        if entry is not None:
            batch.entries.append(entry)
        self._records += records
        if batch.records >= self._batch_records or batch.size >= self._batch_bytes:
            self._seal()

    def _seal(self) -> None:
        batch = self._open
        if batch is None:
            return
        self._open = None
        self._has_open.clear()
        self._ready.append(batch)
        self._has_ready.set()

    def _update_gauges(self) -> None:
        self.metrics.queue_records.set(self._records)
        self.metrics.queue_batches.set(self._batches)
        if self.spool is not None:
            self.metrics.spool_bytes.set(self.spool.bytes + self.ledger.bytes)

    # ------------------------------------------------------------------ tasks

    async def _flush_timer(self) -> None:
        """Seals a partial batch once it waited ``batch.timeout``."""
        while True:
            await self._has_open.wait()
            batch = self._open
            if batch is None:
                self._has_open.clear()
                continue
            delay = batch.created + self._batch_timeout - self._clock()
            if delay > 0:
                await asyncio.sleep(delay)
            if self._open is batch:
                self._seal()

    async def _consume(self) -> None:
        while True:
            while not self._ready:
                self._has_ready.clear()
                await self._has_ready.wait()
            batch = self._ready.popleft()
            try:
                await self._delivery.deliver(batch.encoded(), batch.records)
            except asyncio.CancelledError:
                # Shutdown: the batch stays counted (and in the spool, if there is one).
                self._ready.appendleft(batch)
                raise
            except Exception:
                log.exception("export of %d records failed unexpectedly", batch.records)
                self.metrics.export_records.labels("failed").inc(batch.records)
            self._resolve(batch)

    def _resolve(self, batch: _Batch) -> None:
        self._records -= batch.records
        self._batches -= 1
        if batch.entries and self.spool is not None:
            self.spool.ack(batch.entries)
        self._update_gauges()
        self._resolved.set()

    async def _replay(self) -> None:
        """Feeds the rest of the spool's backlog in as the queue drains."""
        while self._backlog:
            while self._records >= self._max_records // 2:
                self._resolved.clear()
                await self._resolved.wait()
            await self._load_segment(self._backlog.pop(0))
            self._update_gauges()

    async def _load_segment(self, seq: int) -> None:
        for entry, records, payload in await self.spool.load(seq):
            self._add(payload, records, entry)
        self._seal()
