"""The alerter: from the side loop's anomalies to alerts kept in the store and told to webhooks.

The side loop hands each leader cycle's anomalies to :meth:`Alerter.submit`, which only
queues them (a bounded queue: a stuck alerter drops cycles, counted, and never holds
the loop). The alerter's own task then, per cycle: picks the anomalies that make alerts
(``select.py``); skips a "new" pattern the store's catalog has known for longer than a
few intervals (this process's baselines are merely young: a restart, a new leader);
takes each alert's cooldown, in memory and then in the store, so replicas, restarts and
consecutive windows raise one alert per (service, pattern, kind) and ``alerts.cooldown``;
raises at most ``alerts.max_per_cycle``; keeps each alert in the store's history; and
hands it to every webhook's queue (``webhook.py``). With an LLM, the webhooks wait for
its explanation up to ``alerts.explain.deadline`` and then go without: an answer after
that reaches the history only (status ``late``). docs/operations.md § Alerts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from otlp_sampler.alerts.record import AlertRecord, Delivery
from otlp_sampler.alerts.select import alert_candidates
from otlp_sampler.analyze.anomalies import Anomaly, AnomalyKind
from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.config import AlertsConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.store import PolicyStore

if TYPE_CHECKING:  # openai is imported only when an explainer is configured
    from otlp_sampler.alerts.explain import Explainer
    from otlp_sampler.alerts.webhook import WebhookSender

log = logging.getLogger(__name__)

# Cycles waiting for the alerter; more means it is stuck (a hanging store), and the
# newest cycles are dropped rather than piling up.
INBOX_CYCLES = 4
# A pattern the catalog first saw longer ago than this many analysis intervals is not new,
# whatever this process's baselines say (replicas' windows lag the leader's by up to one).
NEW_WITHIN_INTERVALS = 3
EXPLAIN_AT_ONCE = 2  # model calls in flight
MAX_WAITING_EXPLANATIONS = 20  # beyond it alerts go without one: a flood must not queue up spend
ABANDON_TIMEOUT = 1.0  # seconds per history write at shutdown


class Alerter:
    """See the module docstring. ``start``, ``submit`` per cycle, ``stop``."""

    def __init__(self, config: AlertsConfig, store: PolicyStore, metrics: Metrics, *, interval: float,
                 explainer: Explainer | None = None) -> None:
        self.config = config
        self.store = store
        self.metrics = metrics
        self.interval = interval
        self.explainer = explainer
        self.senders: list[WebhookSender] = []
        if config.webhooks:  # aiohttp's client is imported only when there is a webhook to call
            from otlp_sampler.alerts.webhook import WebhookSender

            self.senders = [WebhookSender(hook, config.retry, metrics, on_result=self._delivered,
                                          queue_size=config.queue_size) for hook in config.webhooks]
        self._inbox: asyncio.Queue[tuple[list[Anomaly], VolumePicture, float]] = asyncio.Queue(INBOX_CYCLES)
        self._cooldowns: dict[str, float] = {}  # alert key -> until (the loop's clock)
        self._live: dict[int, AlertRecord] = {}  # raised, with an explanation or a delivery pending
        self._told: set[int] = set()  # handed to the webhooks already
        self._unsaved = 0  # negative ids for alerts the store could not keep
        self._writing = asyncio.Lock()  # history writes in order: the last one is the latest state
        self._explaining = asyncio.Semaphore(EXPLAIN_AT_ONCE)
        self._explanations: set[asyncio.Task] = set()
        self._tasks: set[asyncio.Task] = set()
        self._worker: asyncio.Task | None = None

    # ------------------------------------------------------------------ running

    async def start(self) -> None:
        for sender in self.senders:
            sender.start()
        self._worker = asyncio.create_task(self._run(), name="alerter")

    def submit(self, anomalies: list[Anomaly], volumes: VolumePicture, now: float) -> None:
        """One leader cycle's anomalies and merged picture; returns at once."""
        if not anomalies:
            return
        try:
            self._inbox.put_nowait((list(anomalies), volumes, now))
        except asyncio.QueueFull:
            log.warning("the alerter is %d cycles behind; the anomalies of this cycle raise no alert",
                        INBOX_CYCLES)
            for anomaly in anomalies:
                self.metrics.alerts.labels(kind=anomaly.kind, outcome="dropped").inc()

    async def stop(self, grace: float = 2.0) -> None:
        """End the cycle task; alerts already raised get ``grace`` seconds to reach their webhooks."""
        await _cancel(self._worker)
        self._worker = None
        for task in list(self._explanations):  # their alerts go out without one now
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=grace)
        await asyncio.gather(*(sender.stop(grace) for sender in self.senders))
        for task in list(self._tasks):
            await _cancel(task)
        await self._abandon()
        if self.explainer is not None:
            with contextlib.suppress(Exception):
                await self.explainer.aclose()

    async def _abandon(self) -> None:
        """At shutdown: what is still pending will not happen; the history says so."""
        for record in list(self._live.values()):
            for delivery in record.delivery:
                if delivery.status == "pending":
                    delivery.status, delivery.error = "failed", "not delivered before shutdown"
                    self.metrics.alert_deliveries.labels(kind=record.kind, outcome="failed").inc()
            if record.explanation_status == "pending":
                record.explanation_status = "failed"
            self._told.add(record.id)
            try:
                await asyncio.wait_for(self._write(record), ABANDON_TIMEOUT)
            except TimeoutError:
                break  # the store is not answering: the next ones would not fare better

    async def _run(self) -> None:
        while True:
            anomalies, volumes, now = await self._inbox.get()
            try:
                await self.handle(anomalies, volumes, now)
            except Exception:  # one bad cycle must not end alerting
                log.exception("raising the alerts of a cycle failed")

    # ------------------------------------------------------------------ one cycle

    async def handle(self, anomalies: list[Anomaly], volumes: VolumePicture,
                     now: float) -> list[AlertRecord]:
        """Raise the alerts of one cycle; returns them (their deliveries run on in tasks)."""
        candidates = await asyncio.to_thread(alert_candidates, anomalies, volumes, config=self.config,
                                             now=now)
        if not candidates:
            return []
        first_seen = await self._first_seen([(c.service, c.pattern_id) for c in candidates if c.pattern_id])
        for key in [k for k, until in self._cooldowns.items() if until <= now]:
            del self._cooldowns[key]
        raised: list[AlertRecord] = []
        for record in candidates:
            seen = first_seen.get((record.service, record.pattern_id)) if record.pattern_id else None
            if (record.kind == AnomalyKind.NEW_PATTERN and seen is not None
                    and seen < now - NEW_WITHIN_INTERVALS * self.interval):
                continue
            outcome = await self._admit(record.key, now, raised=len(raised))
            self.metrics.alerts.labels(kind=record.kind, outcome=outcome).inc()
            if outcome == "raised":
                record.first_seen = datetime.fromtimestamp(seen, UTC) if seen is not None else None
                await self._raise(record)
                raised.append(record)
        return raised

    async def _first_seen(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], float]:
        try:
            return await self.store.pattern_first_seen(keys)
        except Exception as exc:  # the catalog only refines "new"; alert without it
            log.warning("cannot read first-seen times from the store (%s); new patterns are taken as new",
                        exc)
            return {}

    async def _admit(self, key: str, now: float, *, raised: int) -> str:
        """``raised``, or why not: ``cooldown`` (here or in another process) or ``capped``."""
        if self._cooldowns.get(key, 0.0) > now:
            return "cooldown"
        if raised >= self.config.max_per_cycle:
            return "capped"
        self._cooldowns[key] = now + self.config.cooldown
        try:
            claimed = await self.store.claim_alert(key, self.config.cooldown)
        except Exception as exc:  # better a duplicate across replicas than no alert in an incident
            log.warning("cannot take the alert cooldown in the store (%s); this process's alone applies", exc)
            claimed = True
        return "raised" if claimed else "cooldown"

    async def _raise(self, record: AlertRecord) -> None:
        record.explanation_status = "pending" if self.explainer is not None else "off"
        record.delivery = [sender.delivery() for sender in self.senders]
        async with self._writing:
            try:
                record.id = await self.store.save_alert(record.model_dump(mode="json", exclude={"id"}),
                                                        keep=self.config.history)
            except Exception as exc:
                self._unsaved -= 1
                record.id = self._unsaved
                log.warning("cannot keep an alert in the store's history (%s); it is sent all the same", exc)
        self._live[record.id] = record
        log.info("alert %d (%s): %s", record.id, record.kind, record.summary)
        self._spawn(self._tell(record), self._tasks)

    async def _tell(self, record: AlertRecord) -> None:
        """Wait for the explanation up to the deadline, then hand the alert to every webhook."""
        if self.explainer is not None:
            if len(self._explanations) >= MAX_WAITING_EXPLANATIONS:
                record.explanation_status = "failed"
                self.metrics.alert_explanations.labels(outcome="busy").inc()
            else:
                explaining = self._spawn(self._explain(record), self._explanations)
                await asyncio.wait([explaining], timeout=self.explainer.settings.deadline)
        self._told.add(record.id)
        for sender, delivery in zip(self.senders, record.delivery, strict=True):
            if not sender.offer(record.model_copy(deep=True)):
                delivery.status = "dropped"
                self.metrics.alert_deliveries.labels(kind=record.kind, outcome="dropped").inc()
                log.warning("alert webhook %s: queue full (%d); alert %d dropped", sender.name,
                            self.config.queue_size, record.id)
        await self._write(record)

    async def _explain(self, record: AlertRecord) -> None:
        from otlp_sampler.alerts.explain import ExplanationFailed

        assert self.explainer is not None
        try:
            async with self._explaining:
                text = await self.explainer.explain(record)
        except ExplanationFailed as exc:
            record.explanation_status = "failed"
            self.metrics.alert_explanations.labels(outcome="failed").inc()
            log.warning("no explanation of alert %d from the model: %s", record.id, exc)
        except asyncio.CancelledError:
            record.explanation_status = "failed"
            raise
        else:
            record.explanation = text
            record.explanation_status = "late" if record.id in self._told else "ok"
            self.metrics.alert_explanations.labels(outcome=record.explanation_status).inc()
        if record.id in self._told:  # otherwise _tell writes it with the deliveries
            await self._write(record)

    async def _delivered(self, alert_id: int, delivery: Delivery) -> None:
        record = self._live.get(alert_id)
        if record is None:
            return
        record.delivery = [delivery if d.webhook == delivery.webhook else d for d in record.delivery]
        await self._write(record)

    async def _write(self, record: AlertRecord) -> None:
        """Keep the alert's latest state in the history; forget it here once nothing is pending."""
        if record.id > 0:
            async with self._writing:
                try:
                    await self.store.update_alert(record.id, record.model_dump(mode="json", exclude={"id"}))
                except Exception as exc:
                    log.warning("cannot update alert %d in the store's history: %s", record.id, exc)
        settled = (record.explanation_status != "pending"
                   and all(d.status != "pending" for d in record.delivery))
        if settled and record.id in self._told:
            self._live.pop(record.id, None)
            self._told.discard(record.id)

    def _spawn(self, work: Coroutine[Any, Any, None], tasks: set[asyncio.Task]) -> asyncio.Task:
        task = asyncio.create_task(work)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task


async def _cancel(task: asyncio.Task | None) -> None:
    if task is not None and not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
