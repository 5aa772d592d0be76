"""Wiring: build every stage from a :class:`Config` (:func:`build_app`), start them in order and
stop them in reverse (:class:`App`), as docs/architecture.md § Start and stop describes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.pipeline import Pipeline

if TYPE_CHECKING:  # the stages are imported when built, to keep `otlp-sampler --help` fast
    from otlp_sampler.admin.api import AdminServer
    from otlp_sampler.admin.state import AdminState
    from otlp_sampler.patterns import PatternCatalog
    from otlp_sampler.policygen.heuristic import HeuristicGenerator
    from otlp_sampler.policygen.llm import LLMGenerator
    from otlp_sampler.policygen.loop import PolicyLoop
    from otlp_sampler.receive.grpc_server import GrpcReceiver
    from otlp_sampler.receive.http_server import HttpReceiver
    from otlp_sampler.sample import SamplingProcessor
    from otlp_sampler.store import PolicyStore
    from otlp_sampler.transmit import Exporter, ExportQueue

log = logging.getLogger("otlp_sampler")


@dataclass
class App:
    """A running proxy. Build with :func:`build_app`, then ``await app.start()``."""

    config: Config
    metrics: Metrics
    catalog: PatternCatalog
    processor: SamplingProcessor
    exporter: Exporter
    queue: ExportQueue
    pipeline: Pipeline
    store: PolicyStore
    generator: HeuristicGenerator | LLMGenerator
    loop: PolicyLoop
    grpc_receiver: GrpcReceiver | None = None
    http_receiver: HttpReceiver | None = None
    admin: AdminServer | None = None
    ports: dict[str, int] = field(default_factory=dict)
    _tasks: list[asyncio.Task] = field(default_factory=list)
    _stopped: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> None:
        from otlp_sampler.receive.grpc_server import GrpcReceiver
        from otlp_sampler.receive.http_server import HttpReceiver

        config = self.config
        await self._resume_policy()
        await self.queue.start()
        self.pipeline.restore_summaries()
        receivers = config.receivers
        if receivers.grpc.enabled:
            self.grpc_receiver = GrpcReceiver(
                receivers.grpc, self.pipeline, self.metrics, auth_tokens=receivers.auth_tokens
            )
            self.ports["grpc"] = await self.grpc_receiver.start()
        if receivers.http.enabled:
            self.http_receiver = HttpReceiver(
                receivers.http, self.pipeline, self.metrics, auth_tokens=receivers.auth_tokens
            )
            self.ports["http"] = await self.http_receiver.start()
        if config.admin.enabled:
            from otlp_sampler.admin.api import AdminServer

            self.admin = AdminServer(config.admin, self.admin_state())
            self.ports["admin"] = await self.admin.start()
        self._tasks.append(asyncio.create_task(self._summaries_timer(), name="summaries"))
        if config.sampling.policy_file:
            from otlp_sampler.sample.policy_file import PolicyFileWatcher

            watcher = PolicyFileWatcher(
                config.sampling.policy_file, self.processor, config.sampling.policy_reload_interval
            )
            self._tasks.append(asyncio.create_task(watcher.run(), name="policy-file"))
        elif config.analysis.enabled:
            self._tasks.append(asyncio.create_task(self.loop.run(), name="policy-loop"))

    async def _resume_policy(self) -> None:
        """A restart resumes from the last stored policy; without the store, from none.

        A store that cannot be reached (Redis down) must not keep the proxy from starting:
        it samples on the dynamic sampler until the side loop's subscription brings the
        stored policy (docs/operations.md § Several machines: Redis).
        """
        from otlp_sampler.store import StoreError

        try:
            current = await self.store.current_policy()
        except StoreError as exc:
            log.warning("starting without the stored policy (%s): sampling on the dynamic sampler "
                        "until the store answers", exc)
            return
        if current is not None:
            self.processor.set_policy(current)
            self.metrics.policy_version.set(current.version)

    async def _summaries_timer(self) -> None:
        interval = self.config.sampling.summaries.interval
        if not self.config.sampling.summaries.enabled:
            return
        while True:
            await asyncio.sleep(interval)
            try:
                await self.pipeline.flush_summaries()
            except Exception:  # never let the timer die: summaries account for drops
                log.exception("could not queue summary records")

    # ------------------------------------------------------------------ what the admin API sees

    def readiness(self) -> tuple[bool, list[str]]:
        """Ready when intake accepts and the export queue runs, has room and is not refused auth."""
        reasons = []
        if not self.pipeline.accepting():
            reasons.append("shutting down: intake stopped")
        queue = self.queue
        if queue.auth_failed:
            reasons.append(f"upstream refuses our credentials: {queue.last_error}")
        elif not queue.healthy:
            reasons.append(f"export queue not running: {queue.last_error or 'stopped'}")
        if not queue.has_room():
            reasons.append("export queue full: clients are being told to retry")
        return (not reasons, reasons)

    def degraded(self) -> list[str]:
        """What works less well while the proxy stays ready: a store outage must not make a
        load balancer pull every replica at once, since sampling goes on without it."""
        problem = self.store.health.problem
        if problem is None:
            return []
        version = self.processor.policy_version
        policy = f"policy version {version}" if version else "the dynamic sampler (no policy yet)"
        return [f"store: {problem}; sampling on {policy}, new versions wait for the store"]

    def admin_state(self) -> AdminState:
        """The admin API's view of this proxy, built from its real stages."""
        from otlp_sampler.admin.catalog import catalog_patterns
        from otlp_sampler.admin.savings import SavingsMeter
        from otlp_sampler.admin.state import AdminState, manual_policy_applier

        config = self.config
        apply_manual = manual_policy_applier(
            self.store, sampling=config.sampling, generator=config.policy_generator,
            swap=self.processor.set_policy, volumes=self._volumes, price_per_gb=config.admin.price_per_gb)
        savings = SavingsMeter(self.metrics, price_per_gb=config.admin.price_per_gb, volumes=self._volumes)
        return AdminState(
            store=self.store,
            metrics=self.metrics,
            readiness=self.readiness,
            degraded=self.degraded,
            current_policy=lambda: self.processor.policy,
            apply_manual_policy=self._unless_file_in_charge(apply_manual),
            regenerate=self._unless_file_in_charge(self._regenerate),
            patterns=catalog_patterns(self.store, self._volumes),
            savings=savings.report,
            rollback=self._unless_file_in_charge(self._rollback),
        )

    def _volumes(self):
        return self.loop.last_volumes

    def _unless_file_in_charge(self, action: Callable) -> Callable:
        # The file is the source of truth: a write through the API would be undone silently
        # the next time the file changes, so refuse it and say where the policy lives.
        policy_file = self.config.sampling.policy_file
        if not policy_file:
            return action

        async def refused(*args):
            from otlp_sampler.admin.state import ActionUnavailable

            raise ActionUnavailable(f"sampling.policy_file ({policy_file}) sets the policy: "
                                    "edit that file instead")

        return refused

    async def _regenerate(self):
        from otlp_sampler.admin.state import ActionUnavailable
        from otlp_sampler.policygen.loop import NothingToAnalyze

        try:
            return await self.loop.regenerate_now()
        except NothingToAnalyze as exc:
            raise ActionUnavailable(str(exc)) from None

    async def _rollback(self, version: int):
        from otlp_sampler.policy.manual import check_manual_policy

        # The old version passed the guards of its day; today's settings (min_rate, say) may
        # be stricter, and every policy in force must keep them.
        check_manual_policy(await self.store.get_policy(version), sampling=self.config.sampling,
                            generator=self.config.policy_generator)
        doc = await self.store.rollback(version)
        self.processor.set_policy(doc)
        return doc

    async def stop(self) -> None:
        """Graceful shutdown; safe to call twice."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        self.pipeline.stop_accepting()
        for receiver in (self.grpc_receiver, self.http_receiver):
            if receiver is not None:
                await receiver.stop(grace=2.0)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        # The LLM generator holds an HTTP connection pool to the model's server.
        aclose = getattr(self.generator, "aclose", None)
        if aclose is not None:
            with contextlib.suppress(Exception):
                await aclose()
        # Whatever was dropped until now is still accounted for.
        with contextlib.suppress(Exception):
            await self.pipeline.flush_summaries()
        await self.queue.stop(self.config.exporter.shutdown_timeout)
        if self.admin is not None:
            await self.admin.stop()
        with contextlib.suppress(Exception):
            await self.store.close()


def build_app(config: Config, *, environ: dict[str, str] | None = None) -> App:
    """Build every stage from the config without starting anything."""
    from otlp_sampler.patterns import PatternCatalog
    from otlp_sampler.policygen import build_generator
    from otlp_sampler.policygen.loop import PolicyLoop
    from otlp_sampler.store import build_store
    from otlp_sampler.transmit import ExportQueue, build_exporter

    metrics = Metrics()
    catalog = PatternCatalog(max_patterns_per_service=config.sampling.max_patterns_per_service)
    exporter_config = config.resolved_exporter(environ)
    # With a spool, each request's drop counts are spooled with it (docs/reliability.md
    # § Summaries survive a crash).
    ledger = bool(exporter_config.queue.spool_dir) and config.sampling.summaries.enabled
    processor = build_processor(config, metrics, catalog, ledger=ledger)
    exporter = build_exporter(exporter_config)
    queue = ExportQueue(exporter_config, exporter, metrics)
    pipeline = Pipeline(processor, queue, metrics, retry_after=exporter_config.queue.retry_after)
    # Reconnection attempts at most half an interval apart: a replica is back in the fleet
    # within one analysis interval of its store's return.
    store = build_store(config.store, max_retry_interval=min(30.0, max(config.analysis.interval / 2, 0.5)))
    metrics.store_degraded.set_function(lambda: float(store.health.degraded))
    generator = build_generator(config, metrics)
    loop = PolicyLoop(config, processor, store, metrics, generator)
    return App(
        config=config.model_copy(update={"exporter": exporter_config}),
        metrics=metrics,
        catalog=catalog,
        processor=processor,
        exporter=exporter,
        queue=queue,
        pipeline=pipeline,
        store=store,
        generator=generator,
        loop=loop,
    )


def build_processor(
    config: Config,
    metrics: Metrics,
    catalog: PatternCatalog,
    *,
    clock: Callable[[], float] | None = None,
    seed: int | None = None,
    reservoir: tuple[int, int] | None = None,
    ledger: bool = False,
) -> SamplingProcessor:
    """The hot path's processor as ``serve`` runs it; ``analyze`` runs the same one on the
    records' own ``clock`` (for both clocks), with a fixed ``seed`` and a smaller
    ``reservoir`` (examples per pattern, in total) than ``analysis.reservoir_*``.
    ``ledger``: encode each call's drops for the spool (``serve`` with a spool)."""
    from otlp_sampler.analyze.window import StatsWindow
    from otlp_sampler.sample import SamplingProcessor

    analysis = config.analysis
    per_pattern, total = reservoir or (analysis.reservoir_per_pattern, analysis.reservoir_total)
    clocks = {"clock": clock, "wall_clock": clock} if clock is not None else {}
    return SamplingProcessor(
        config.sampling,
        catalog,
        metrics,
        seed=config.sampling.seed if seed is None else seed,
        window_factory=lambda: StatsWindow(reservoir_per_pattern=per_pattern, reservoir_total=total),
        floor_interval=analysis.interval,  # every pattern keeps >= 1 record per analysis interval
        ledger=ledger,
        **clocks,
    )
