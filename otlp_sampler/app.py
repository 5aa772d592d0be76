"""Wiring: build every stage from a :class:`Config`, start them in order, stop them in reverse.

Also the ``serve`` command. Start order: store -> policy -> exporter/queue -> pipeline ->
receivers -> admin -> side loops. Shutdown (SIGTERM/SIGINT): readiness goes red and
intake stops first, then receivers close, the queue drains within
``exporter.shutdown_timeout`` (what is left goes to the spool if one is configured), and
the process exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from otlp_sampler.config import Config, ConfigError, load_config
from otlp_sampler.metrics import Metrics
from otlp_sampler.pipeline import Pipeline

if TYPE_CHECKING:  # the stages are imported when built, to keep `otlp-sampler --help` fast
    from otlp_sampler.admin.api import AdminServer
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
        """A restart resumes from the last stored policy."""
        current = await self.store.current_policy()
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

    def admin_state(self):
        from otlp_sampler.admin_wiring import build_admin_state

        return build_admin_state(self)

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
    from otlp_sampler.analyze.window import StatsWindow
    from otlp_sampler.patterns import PatternCatalog
    from otlp_sampler.policygen import build_generator
    from otlp_sampler.policygen.loop import PolicyLoop
    from otlp_sampler.sample import SamplingProcessor
    from otlp_sampler.store import build_store
    from otlp_sampler.transmit import ExportQueue, build_exporter

    metrics = Metrics()
    catalog = PatternCatalog(max_patterns_per_service=config.sampling.max_patterns_per_service)
    analysis = config.analysis
    processor = SamplingProcessor(
        config.resolved_sampling(),  # dynamic.target_reduction inherits policy_generator's
        catalog,
        metrics,
        seed=config.sampling.seed,
        window_factory=lambda: StatsWindow(
            reservoir_per_pattern=analysis.reservoir_per_pattern, reservoir_total=analysis.reservoir_total
        ),
        floor_interval=analysis.interval,
    )  # every pattern keeps >= 1 record per analysis interval
    exporter_config = config.resolved_exporter(environ)
    exporter = build_exporter(exporter_config, metrics)
    queue = ExportQueue(exporter_config, exporter, metrics)
    pipeline = Pipeline(processor, queue, metrics, retry_after=exporter_config.queue.retry_after)
    store = build_store(config.store)
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


# --------------------------------------------------------------------------- serve command


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", "-c", help="YAML config file (default: none, zero-config)")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes sharing the receiver ports (SO_REUSEPORT); default 1",
    )


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line; json.dumps escapes what a %-template would not (quotes, newlines)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record), "level": record.levelname, "logger": record.name,
                 "message": record.getMessage()}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def configure_logging(config: Config) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if config.logging.format == "json":
        handler.setFormatter(JsonLogFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=getattr(logging, config.logging.level), handlers=[handler], force=True)


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"otlp-sampler: {exc}", file=sys.stderr)
        return 2
    configure_logging(config)
    if args.workers > 1:
        from otlp_sampler.workers import run_workers

        return run_workers(args, config)
    return asyncio.run(serve(config))


async def serve(config: Config, *, ready: asyncio.Event | None = None) -> int:
    app = build_app(config)
    exporter = app.config.exporter
    if exporter.protocol == "debug":
        log.warning(
            "NO UPSTREAM CONFIGURED: kept records are printed to stdout (debug exporter). "
            "Set exporter.endpoint or POSTHOG_TOKEN to forward them."
        )
    else:
        from otlp_sampler.transmit.http_exporter import redact_url

        # PostHog accepts the project token as ?token=: the query never reaches a log.
        log.info("forwarding kept records to %s (%s)", redact_url(exporter.endpoint), exporter.protocol)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await app.start()
    except OSError as exc:
        log.error("cannot start: %s", exc)
        await app.stop()
        return 1
    log.info(
        "otlp-sampler ready (pid %d): %s",
        os.getpid(),
        ", ".join(f"{name} on port {port}" for name, port in app.ports.items()),
    )
    if ready is not None:
        ready.set()
    await stop.wait()
    log.info("shutting down: intake stopped, draining the export queue")
    await app.stop()
    log.info("stopped")
    return 0
