"""``TenantQueues``: an export queue per tenant (``tenants.mode: passthrough``).

Each tenant (``tenants.Tenant``) gets its own :class:`ExportQueue`, with an exporter that
sends ``Authorization: Bearer <that tenant's token>`` in place of the configured one, so
a batch never mixes tenants and a tenant whose token the upstream refuses (401/403: its
batches are held and probed, as for the proxy's own token) or that floods holds only its
own batches. Room is shared: while ``n`` tenants have a queue, a tenant may hold
``1/n`` of ``exporter.queue.max_records`` (and of ``spool_max_bytes``) before its clients
are pushed back, and the whole queue never more than ``max_records``.

With a spool, a tenant's batches are spooled in ``<spool_dir>/tenants/<id>/`` beside a
``token`` file (0600, in a 0700 directory) that brings the tenant back at the next start,
so its records still go out under its own token after a crash. Tenants with nothing
spooled and no drop counts waiting (ledger frames) are forgotten at start.

The main queue (the configured exporter and headers) keeps the ledger frames, which count
every tenant's drops (their services are ``<tenant>/<service>``), and sends what belongs
to no known tenant. The interface is :class:`ExportQueue`'s, with a ``tenant=`` keyword on
``has_room`` and ``put``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.config import ExporterConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.tenants import Tenant, Tenants, tenant_id
from otlp_sampler.transmit.queue import ExportQueue
from otlp_sampler.transmit.result import Exporter
from otlp_sampler.transmit.spool import EntryId

log = logging.getLogger("otlp_sampler.transmit")

TENANTS_DIR = "tenants"  # in the spool directory: one directory per tenant
TOKEN_FILE = "token"


def tenant_exporter_config(config: ExporterConfig, tenant: Tenant, spool_dir: str | None) -> ExporterConfig:
    """``config`` with the tenant's token as the only Authorization header, spooling in ``spool_dir``."""
    headers = {name: value for name, value in config.headers.items() if name.lower() != "authorization"}
    headers["Authorization"] = f"Bearer {tenant.token}"
    queue = config.queue.model_copy(update={"spool_dir": spool_dir})
    return config.model_copy(update={"headers": headers, "queue": queue})


class _Children:
    """A labelled counter whose every count also goes to a per-tenant counter."""

    def __init__(self, total: Any, per_tenant: Any, tenant: str) -> None:
        self._total, self._per_tenant, self._tenant = total, per_tenant, tenant

    def labels(self, outcome: str) -> _Both:
        return _Both(self._total.labels(outcome), self._per_tenant.labels(self._tenant, outcome))


class _Both:
    def __init__(self, first: Any, second: Any) -> None:
        self._first, self._second = first, second

    def inc(self, amount: float = 1) -> None:
        self._first.inc(amount)
        self._second.inc(amount)


class _Depth:
    """A queue's depth gauge: sets its tenant's gauge, then the totals over every queue."""

    def __init__(self, owner: TenantQueues, gauge: Any | None) -> None:
        self._owner, self._gauge = owner, gauge

    def set(self, value: float) -> None:
        if self._gauge is not None:
            self._gauge.set(value)
        self._owner._update_totals()


class _Ignored:
    def set(self, value: float) -> None:
        pass  # the totals are set by _Depth, over every queue


class _QueueMetrics:
    """The metrics one of the queues counts into: the proxy's, but its gauges are its
    share of the totals, and a tenant's export outcomes are counted for it too."""

    def __init__(self, metrics: Metrics, owner: TenantQueues, tenant: str | None) -> None:
        self._metrics = metrics
        if tenant is not None:
            self.export_records = _Children(metrics.export_records, metrics.tenant_export_records, tenant)
        gauge = metrics.tenant_queue_records.labels(tenant) if tenant is not None else None
        self.queue_records = _Depth(owner, gauge)
        self.queue_batches = self.spool_bytes = _Ignored()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._metrics, name)


class TenantQueues:
    """Export queues by tenant; see the module docstring. ``build_exporter(config)`` builds
    each tenant's exporter from :func:`tenant_exporter_config`."""

    def __init__(self, config: ExporterConfig, exporter: Exporter, metrics: Metrics, *, tenants: Tenants,
                 build_exporter: Callable[[ExporterConfig], Exporter]) -> None:
        self.config = config
        self.metrics = metrics
        self.tenants = tenants
        self._build_exporter = build_exporter
        self._queues: dict[str, ExportQueue] = {}
        self._opening: dict[str, asyncio.Future] = {}
        self.main = ExportQueue(config, exporter, _QueueMetrics(metrics, self, None))
        spool_dir = config.queue.spool_dir
        self._root = Path(spool_dir) / TENANTS_DIR if spool_dir else None
        self._max_records = config.queue.max_records
        self._max_spool = config.queue.spool_max_bytes
        self._records = 0
        self._stopping = False

    # ------------------------------------------------------------------ state

    def has_room(self, tenant: Tenant | None = None) -> bool:
        """False when a request (of ``tenant``) should be pushed back: the whole queue is
        full, or that tenant holds its share of it."""
        if self._records >= self._max_records or not self.main.has_room():
            return False
        queue = self._queues.get(tenant.id) if tenant is not None else None
        if queue is None:
            return True  # a tenant's first request: its queue opens at put
        if not queue.has_room():
            return False
        share = len(self._queues)
        if queue.depth_records * share >= self._max_records:
            return False
        return queue.spool is None or queue.spool.bytes * share < self._max_spool

    def tenant_of(self, service: str) -> Tenant | None:
        """The tenant a sampler service key ``<tenant>/<service>`` belongs to; None for none."""
        head, slash, _ = service.partition("/")
        return self.tenants.get(head) if slash else None

    def queue_of(self, tenant: Tenant) -> ExportQueue | None:
        return self._queues.get(tenant.id)

    @property
    def recovered_ledger(self) -> list[tuple[EntryId, bytes]]:
        return self.main.recovered_ledger

    @recovered_ledger.setter
    def recovered_ledger(self, value: list[tuple[EntryId, bytes]]) -> None:
        self.main.recovered_ledger = value

    @property
    def depth_records(self) -> int:
        return self._records

    @property
    def auth_failed(self) -> bool:
        """The upstream refuses the proxy's own credentials (a tenant's refusal is that
        tenant's alone: :meth:`problems`)."""
        return self.main.auth_failed

    @property
    def healthy(self) -> bool:
        queues = self._queues.values()
        return self.main.healthy and all(queue.healthy or queue.auth_failed for queue in queues)

    @property
    def last_error(self) -> str:
        return self.main.last_error

    def problems(self) -> list[str]:
        """Tenants whose token the upstream refuses, by id (the proxy stays ready for the others)."""
        return [f"tenant {tenant_id}: the upstream refuses its token ({queue.depth_records} records "
                f"held): {queue.last_error}"
                for tenant_id, queue in sorted(self._queues.items()) if queue.auth_failed]

    def _update_totals(self) -> None:
        queues = [self.main, *self._queues.values()]
        self._records = sum(queue.depth_records for queue in queues)
        metrics = self.metrics
        metrics.queue_records.set(self._records)
        metrics.queue_batches.set(sum(queue.depth_batches for queue in queues))
        if self.main.spool is not None:
            metrics.spool_bytes.set(sum(queue.spool.bytes + queue.ledger.bytes for queue in queues
                                        if queue.spool is not None))

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Start the main queue, then every tenant a previous run left records or drop counts of."""
        await self.main.start()
        if self._root is None or not self._root.is_dir():
            return
        ledger = [payload for _, payload in self.main.recovered_ledger]
        for directory in sorted(self._root.iterdir()):
            token = await asyncio.to_thread(_read_token, directory)
            if token is None:
                log.warning("spool %s: no readable token file, its records cannot be sent; skipped",
                            directory)
                continue
            spooled = any(name.endswith(".seg") for name in os.listdir(directory))
            # A ledger frame names the services it counts as JSON strings: "<tenant>/<service>".
            counted = any(f'"{directory.name}/'.encode() in payload for payload in ledger)
            if not spooled and not counted:
                await asyncio.to_thread(shutil.rmtree, directory, True)  # nothing left of it
                continue
            await self._open(self.tenants.restore(token))

    async def flush(self, timeout: float) -> bool:
        """Send every open batch now and wait until all is resolved; False on timeout."""
        queues = [self.main, *self._queues.values()]
        return all(await asyncio.gather(*(queue.flush(timeout) for queue in queues)))

    async def stop(self, timeout: float) -> None:
        """Drain every queue within ``timeout`` (in parallel); what is left stays in the spools."""
        self._stopping = True
        queues = [*self._queues.values(), self.main]
        await asyncio.gather(*(queue.stop(timeout) for queue in queues), return_exceptions=True)

    # ------------------------------------------------------------------ intake

    async def put(self, request: ExportLogsServiceRequest, records: int, *,
                  ledger: tuple[bytes, int] | None = None, tenant: Tenant | None = None) -> EntryId | None:
        """Queue ``request`` in its tenant's queue (the main one without a tenant); the
        ledger frame goes to the main queue's ledger, before the request: when the request
        cannot be written, the frame is forgotten again and ``OSError`` raised."""
        if tenant is None:
            return await self.main.put(request, records, ledger=ledger)
        queue = self._queues.get(tenant.id)
        if queue is None:
            queue = await self._open(tenant)
        entry = None
        if ledger is not None and self.main.ledger is not None:
            entry = await self.main.put(request, 0, ledger=ledger)
        try:
            await queue.put(request, records)
        except BaseException:
            if entry is not None:
                self.main.forget([entry])
            raise
        return entry

    def forget(self, entries: list[EntryId]) -> None:
        self.main.forget(entries)

    async def _open(self, tenant: Tenant) -> ExportQueue:
        """The tenant's queue, started (once, however many requests ask at the same time)."""
        opening = self._opening.get(tenant.id)
        if opening is None:
            opening = self._opening[tenant.id] = asyncio.ensure_future(self._start_queue(tenant))
            opening.add_done_callback(lambda _: self._opening.pop(tenant.id, None))
        return await asyncio.shield(opening)

    async def _start_queue(self, tenant: Tenant) -> ExportQueue:
        if self._stopping:
            raise OSError("the export queues are stopping")
        spool_dir = None
        if self._root is not None:
            directory = self._root / tenant.id
            await asyncio.to_thread(_write_token, directory, tenant.token)
            spool_dir = str(directory)
        config = tenant_exporter_config(self.config, tenant, spool_dir)
        metrics = _QueueMetrics(self.metrics, self, tenant.id)
        queue = ExportQueue(config, self._build_exporter(config), metrics, tenant=tenant.id)
        try:
            await queue.start()
        except BaseException:
            with contextlib.suppress(Exception):
                await queue.stop(0)
            raise
        self._queues[tenant.id] = queue
        self._update_totals()
        return queue


def _read_token(directory: Path) -> str | None:
    try:
        token = (directory / TOKEN_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    # The directory is named after the token's id: a token file that does not match it was
    # not written here.
    return token if token and tenant_id(token) == directory.name else None


def _write_token(directory: Path, token: str) -> None:
    """The tenant's token beside its spool, 0600, written whole (temporary file, fsync, rename)."""
    directory.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # spool_dir/tenants: ours alone too
    directory.mkdir(mode=0o700, exist_ok=True)
    path = directory / TOKEN_FILE
    if _read_token(directory) == token:
        return
    temporary = directory / f"{TOKEN_FILE}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, token.encode("utf-8", "surrogateescape"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
