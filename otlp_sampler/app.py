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
    from otlp_sampler.alerts import Alerter
    from otlp_sampler.analyze.accounting import Accountant
    from otlp_sampler.patterns import PatternCatalog
    from otlp_sampler.policygen.heuristic import HeuristicGenerator
    from otlp_sampler.policygen.judge import TieredGenerator
    from otlp_sampler.policygen.llm import LLMGenerator
    from otlp_sampler.policygen.loop import PolicyLoop
    from otlp_sampler.receive.grpc_server import GrpcReceiver
    from otlp_sampler.receive.http_server import HttpReceiver
    from otlp_sampler.receive.policy_service import PolicyServicer
    from otlp_sampler.sample import SamplingProcessor
    from otlp_sampler.store import PolicyStore
    from otlp_sampler.tenants import Tenants
    from otlp_sampler.transmit import Exporter, ExportQueue
    from otlp_sampler.transmit.tenant_queues import TenantQueues

log = logging.getLogger("otlp_sampler")

ALERTS_GRACE = 2.0  # seconds at shutdown for alerts already raised to reach their webhooks


@dataclass
class App:
    """A running proxy. Build with :func:`build_app`, then ``await app.start()``."""

    config: Config
    metrics: Metrics
    catalog: PatternCatalog
    processor: SamplingProcessor
    exporter: Exporter
    queue: ExportQueue | TenantQueues  # TenantQueues in tenants.mode passthrough
    pipeline: Pipeline
    store: PolicyStore
    generator: HeuristicGenerator | LLMGenerator | TieredGenerator
    loop: PolicyLoop
    accountant: Accountant | None = None
    alerter: Alerter | None = None
    tenants: Tenants | None = None  # tenants.mode passthrough
    grpc_receiver: GrpcReceiver | None = None
    http_receiver: HttpReceiver | None = None
    admin: AdminServer | None = None
    policy_servicer: PolicyServicer | None = None
    ports: dict[str, int] = field(default_factory=dict)
    _tasks: list[asyncio.Task] = field(default_factory=list)
    _stopped: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self, *, share_ports: bool = False) -> None:
        """Start every stage; ``share_ports`` (``serve --workers``) lets the group's processes
        bind the same receiver ports, which a lone proxy never does."""
        from otlp_sampler.receive.limits import DecodeLimits

        config = self.config
        await self._resume_policy()
        await self.queue.start()
        self.pipeline.restore_summaries()
        receivers = config.receivers
        decode_limits = DecodeLimits.from_config(receivers)  # one budget for both receivers
        if receivers.grpc.enabled:
            from otlp_sampler.receive.grpc_server import GrpcReceiver

            self.grpc_receiver = GrpcReceiver(
                receivers.grpc, self.pipeline, self.metrics, auth_tokens=receivers.auth_tokens,
                reuse_port=share_ports, trusted_tokens=config.sampling.trusted_upstreams,
                decode_limits=decode_limits, tenants=self.tenants,
            )
            self.grpc_receiver.add_service(self._policy_service())
            self.ports["grpc"] = await self.grpc_receiver.start()
        if receivers.http.enabled:  # aiohttp's server is imported only for this receiver
            from otlp_sampler.receive.connections import ConnectionLimits
            from otlp_sampler.receive.http_server import HttpReceiver

            self.http_receiver = HttpReceiver(
                receivers.http, self.pipeline, self.metrics, auth_tokens=receivers.auth_tokens,
                reuse_port=share_ports, trusted_tokens=config.sampling.trusted_upstreams,
                connection_limits=ConnectionLimits.from_config(receivers), decode_limits=decode_limits,
                tenants=self.tenants,
            )
            self.ports["http"] = await self.http_receiver.start()
        if config.admin.enabled:
            from otlp_sampler.admin.api import AdminServer

            self.admin = AdminServer(config.admin, self.admin_state())
            self.ports["admin"] = await self.admin.start()
        self._tasks.append(asyncio.create_task(self._summaries_timer(), name="summaries"))
        if self.accountant is not None:
            self._tasks.append(asyncio.create_task(self._accounting_timer(), name="accounting"))
        if config.sampling.policy_file:
            from otlp_sampler.sample.policy_file import PolicyFileWatcher

            watcher = PolicyFileWatcher(
                config.sampling.policy_file, self.processor, config.sampling.policy_reload_interval
            )
            self._tasks.append(asyncio.create_task(watcher.run(), name="policy-file"))
        elif config.analysis.enabled:
            if self.alerter is not None:
                await self.alerter.start()
            self._tasks.append(asyncio.create_task(self.loop.run(), name="policy-loop"))

    def _policy_service(self) -> Callable:
        """PolicyService for SDKs, on the gRPC receiver's port and behind its auth (docs/sdk.md)."""
        from otlp_sampler._generated.v1.policy_pb2_grpc import add_PolicyServiceServicer_to_server
        from otlp_sampler.receive.auth import upstream_auth
        from otlp_sampler.receive.policy_service import PolicyServicer

        config = self.config
        auth, trusted = upstream_auth(config.receivers.auth_tokens, config.sampling.trusted_upstreams)
        # Passthrough samples each tenant apart, and no SDK call carries a tenant this proxy
        # could trust with one's policy (docs/posthog.md): SDKs are told so and keep everything.
        refusal = ("tenants.mode is passthrough: this proxy samples each tenant's records itself and "
                   "serves no policy to SDKs (send every record)") if self.tenants is not None else None
        self.policy_servicer = PolicyServicer(config, self.processor, self.metrics,
                                              auth=auth, trusted=trusted, refusal=refusal)
        return lambda server: add_PolicyServiceServicer_to_server(self.policy_servicer, server)

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

    async def _accounting_timer(self) -> None:
        while True:
            await asyncio.sleep(self.config.accounting.interval)
            await self.flush_accounting()

    async def flush_accounting(self, *, final: bool = False) -> None:
        """Add what the hot path counted since the last flush to the store's per-pattern sums."""
        if self.accountant is not None:
            await self.accountant.flush(self.store, final=final)

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
        # A tenant whose token the upstream refuses holds only its own records: the proxy
        # stays ready for the others (transmit/tenant_queues.py).
        problems = getattr(self.queue, "problems", None)
        found = problems() if problems is not None else []
        problem = self.store.health.problem
        if problem is None:
            return found
        version = self.processor.policy_version
        policy = f"policy version {version}" if version else "the dynamic sampler (no policy yet)"
        return [f"store: {problem}; sampling on {policy}, new versions wait for the store", *found]

    def admin_state(self) -> AdminState:
        """The admin API's view of this proxy, built from its real stages."""
        from otlp_sampler.admin.catalog import CatalogReader
        from otlp_sampler.admin.savings import SavingsMeter
        from otlp_sampler.admin.state import AdminState, manual_policy_applier
        from otlp_sampler.admin.timeseries import TimeseriesReader
        from otlp_sampler.meaning import Classifier

        config = self.config
        apply_manual = manual_policy_applier(
            self.store, sampling=config.sampling, generator=config.policy_generator,
            swap=self.processor.set_policy, volumes=self._volumes, price_per_gb=config.admin.price_per_gb)
        explains = config.alerts.enabled and config.alerts.explain.enabled
        llm = config.policy_generator.kind == "llm" or explains
        savings = SavingsMeter(self.metrics, price_per_gb=config.admin.price_per_gb, volumes=self._volumes,
                               llm=llm, llm_budget=config.policy_generator.llm.max_tokens_per_hour)
        catalog = CatalogReader(self.store, self._volumes, live=self._live, refresh=self.flush_accounting,
                                classifier=Classifier(config.sampling.importance),
                                examples=self._examples, tiers=self.processor.tier_override)
        timeseries = TimeseriesReader(self.store, price_per_gb=config.admin.price_per_gb,
                                      refresh=self.flush_accounting)
        return AdminState(
            store=self.store,
            metrics=self.metrics,
            readiness=self.readiness,
            degraded=self.degraded,
            current_policy=lambda: self.processor.policy,
            apply_manual_policy=self._unless_file_in_charge(apply_manual),
            regenerate=self._unless_file_in_charge(self._regenerate),
            patterns=catalog.patterns,
            savings=savings.report,
            rollback=self._unless_file_in_charge(self._rollback),
            pattern=catalog.pattern,
            timeseries=timeseries.read if self.accountant is not None else None,
        )

    def _volumes(self):
        return self.loop.last_volumes

    def _live(self, service: str, pattern_id: str) -> tuple[str | None, float | None, bool]:
        rule = self.processor.pattern_rule(service, pattern_id)
        bursting = (service, pattern_id) in self.loop.bursts.active_keys
        return (rule[0], rule[1], bursting) if rule is not None else (None, None, bursting)

    def _examples(self, service: str, pattern_id: str) -> list[str]:
        """Kept bodies of the current and the last window, redacted as for the LLM."""
        from otlp_sampler.redact import redact

        key = (service, pattern_id)
        found: list[str] = []
        stats = self.processor.current_window.patterns.get(key)
        if stats is not None:
            found.extend(stats.examples)
        last = self.loop.last_volumes.patterns.get(key) if self.loop.last_volumes is not None else None
        if last is not None:
            found.extend(last.examples)
        limit = self.config.analysis.reservoir_per_pattern
        return [redact(text) for text in dict.fromkeys(found)][:limit]

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
        from otlp_sampler.store.base import cancel_task
        if self._stopped.is_set():
            return
        self._stopped.set()
        self.pipeline.stop_accepting()
        if self.policy_servicer is not None:
            self.policy_servicer.close()  # open WatchPolicy streams would hold the gRPC grace period
        for receiver in (self.grpc_receiver, self.http_receiver):
            if receiver is not None:
                await receiver.stop(grace=2.0)
        for task in self._tasks:
            task.cancel()
        # cancel_task repeats the cancel until the task is gone: a bare `await task` waited
        # forever when a client library swallowed the cancel (redis-py's read timeout firing
        # with it) and the task's loop went on.
        for task in self._tasks:
            await cancel_task(task)
        if self.alerter is not None:  # alerts already raised get a moment to reach their webhooks
            with contextlib.suppress(Exception):
                await self.alerter.stop(grace=ALERTS_GRACE)
        # The LLM generator holds an HTTP connection pool to the model's server.
        aclose = getattr(self.generator, "aclose", None)
        if aclose is not None:
            with contextlib.suppress(Exception):
                await aclose()
        # Whatever was dropped until now is still accounted for.
        with contextlib.suppress(Exception):
            await self.pipeline.flush_summaries()
        with contextlib.suppress(Exception):
            await self.flush_accounting(final=True)
        await self.queue.stop(self.config.exporter.shutdown_timeout)
        if self.admin is not None:
            await self.admin.stop()
        with contextlib.suppress(Exception):
            await self.store.close()


def build_app(config: Config, *, environ: dict[str, str] | None = None) -> App:
    """Build every stage from the config without starting anything."""
    from otlp_sampler.alerts import build_alerter
    from otlp_sampler.patterns import PatternCatalog
    from otlp_sampler.patterns.catalog import MAX_SERVICES
    from otlp_sampler.policygen import build_chat, build_generator
    from otlp_sampler.policygen.loop import PolicyLoop
    from otlp_sampler.store import build_store
    from otlp_sampler.transmit import ExportQueue, build_exporter

    metrics = Metrics()
    # With tenants, each tenant's services beyond the processor's cap share a miner of its own.
    extra = config.tenants.max if config.tenants.mode == "passthrough" else 0
    catalog = PatternCatalog(max_patterns_per_service=config.sampling.max_patterns_per_service,
                             max_services=MAX_SERVICES + extra)
    exporter_config = config.resolved_exporter(environ)
    # With a spool, each request's drop counts are spooled with it (docs/reliability.md
    # § Summaries survive a crash).
    ledger = bool(exporter_config.queue.spool_dir) and config.sampling.summaries.enabled
    processor = build_processor(config, metrics, catalog, ledger=ledger)
    exporter = build_exporter(exporter_config)
    tenants = None
    if config.tenants.mode == "passthrough":
        from otlp_sampler.tenants import Tenants
        from otlp_sampler.transmit.tenant_queues import TenantQueues

        def new_tenant(tenant) -> None:
            metrics.tenants.set(len(tenants))
            log.info("tenant %s: first request (%d of tenants.max %d)", tenant.id, len(tenants),
                     config.tenants.max)

        tenants = Tenants(config.tenants.mode, config.tenants.allow, config.tenants.max, on_new=new_tenant,
                          on_refused=lambda reason: metrics.tenant_refusals.labels(reason).inc())
        queue = TenantQueues(exporter_config, exporter, metrics, tenants=tenants,
                             build_exporter=build_exporter)
    else:
        queue = ExportQueue(exporter_config, exporter, metrics)
    pipeline = Pipeline(processor, queue, metrics, retry_after=exporter_config.queue.retry_after,
                        max_records=config.receivers.max_records_per_request)
    # Reconnection attempts at most half an interval apart: a replica is back in the fleet
    # within one analysis interval of its store's return.
    store = build_store(config.store, max_retry_interval=min(30.0, max(config.analysis.interval / 2, 0.5)))
    store.health.watch(lambda degraded: metrics.store_degraded.set(float(degraded)))
    # One client of the model for the generator, the tier judge and the alerts: one token budget.
    explains = config.alerts.enabled and config.alerts.explain.enabled
    uses_llm = config.policy_generator.kind == "llm" or explains
    chat = build_chat(config, metrics) if uses_llm else None
    generator = build_generator(config, metrics, chat=chat, store=store)
    accountant = build_accountant(config, processor) if config.accounting.enabled else None
    alerter = build_alerter(config, store, metrics, chat=chat)
    loop = PolicyLoop(config, processor, store, metrics, generator, alerts=alerter)
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
        accountant=accountant,
        alerter=alerter,
        tenants=tenants,
    )


def build_accountant(config: Config, processor: SamplingProcessor) -> Accountant:
    """Accounting over ``processor``'s windows; it folds each window the side loop takes, too."""
    from otlp_sampler.analyze.accounting import Accountant
    from otlp_sampler.sample.annotate import RULES

    accounting = config.accounting
    accountant = Accountant(lambda: processor.current_window, rules=RULES, retention=accounting.retention,
                            patterns_per_minute=accounting.patterns_per_minute)
    processor.on_window_taken = accountant.fold
    return accountant


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
