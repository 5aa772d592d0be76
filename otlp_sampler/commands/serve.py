"""``otlp-sampler serve``: run the proxy until SIGTERM/SIGINT, then shut down in order.

The order of start and stop is :class:`~otlp_sampler.app.App`'s (docs/architecture.md
§ Start and stop); ``--workers N`` hands :func:`serve_worker` to the supervisor.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from otlp_sampler.config import Config, ConfigError, load_config
from otlp_sampler.metrics.registry import MULTIPROCESS_ENV

log = logging.getLogger("otlp_sampler")


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
    warn_of_stranded_spools(config, args.workers)
    if args.workers > 1:
        from otlp_sampler.supervisor import run_workers

        try:
            receivers_free(config)
        except OSError as exc:
            log.error("cannot start: %s", exc)
            return 1
        with shared_metrics_directory():
            return run_workers(config, args.workers, serve_worker)
    return asyncio.run(serve(config))


@contextlib.contextmanager
def shared_metrics_directory() -> Iterator[str]:
    """A fresh directory where every worker counts its metrics, so worker 0's /metrics shows
    them all (docs/operations.md § Several processes); removed when the workers are done."""
    directory = tempfile.mkdtemp(prefix="otlp-sampler-metrics-")
    os.environ[MULTIPROCESS_ENV] = directory  # inherited by the workers the supervisor spawns
    try:
        yield directory
    finally:
        os.environ.pop(MULTIPROCESS_ENV, None)
        shutil.rmtree(directory, ignore_errors=True)


def serve_worker(config: Config, index: int) -> int:
    """One process of ``serve --workers N``, run by the supervisor."""
    if index > 0:
        # One admin endpoint for the group; its /metrics adds up every worker's counts.
        config = config.model_copy(update={"admin": config.admin.model_copy(update={"enabled": False})})
        # A spool has one writer: worker 0 keeps the directory (so do `serve` without
        # --workers), the others a subdirectory each.
        queue = config.exporter.queue
        if queue.spool_dir:
            queue = queue.model_copy(update={"spool_dir": worker_spool(queue.spool_dir, index)})
            exporter = config.exporter.model_copy(update={"queue": queue})
            config = config.model_copy(update={"exporter": exporter})
    configure_logging(config)
    try:
        return asyncio.run(serve(config, share_ports=True))
    finally:
        if os.environ.get(MULTIPROCESS_ENV):
            from prometheus_client import multiprocess

            multiprocess.mark_process_dead(os.getpid())  # its gauges stop counting; counters stay


def worker_spool(spool_dir: str, index: int) -> str:
    return spool_dir if index == 0 else str(Path(spool_dir) / f"worker-{index}")


def warn_of_stranded_spools(config: Config, workers: int) -> None:
    """A run with more workers left records in spools no worker of this run reads: say so."""
    spool_dir = config.exporter.queue.spool_dir
    if not spool_dir or not Path(spool_dir).is_dir():
        return
    for child in sorted(Path(spool_dir).glob("worker-*")):
        index = child.name.removeprefix("worker-")
        if index.isdigit() and int(index) >= workers and any(child.glob("*.seg")):
            log.warning("the spool %s holds records of a run with more workers: start with --workers %d "
                        "or more to send them", child, int(index) + 1)


def receivers_free(config: Config) -> None:
    """Raise OSError when a receiver port is taken. The workers share their ports
    (SO_REUSEPORT), so they would also join another group's: ``serve`` looks before it
    starts them."""
    from otlp_sampler.receive.listen import ensure_free

    receivers = config.receivers
    if receivers.grpc.enabled:
        ensure_free(receivers.grpc.endpoint, "gRPC receiver")
    if receivers.http.enabled:
        ensure_free(receivers.http.endpoint, "HTTP receiver")


def log_tenants(config: Config) -> None:
    """Say whose credential goes upstream; warn when any token may pass to a reachable port."""
    tenants = config.tenants
    if tenants.mode != "passthrough":
        return
    if tenants.allow:
        log.info("tenants: passthrough, each request's own token goes upstream; %d token(s) allowed, "
                 "at most %d tenants", len(tenants.allow), tenants.max)
        return
    receivers = config.receivers
    endpoints = [r.endpoint for r in (receivers.grpc, receivers.http) if r.enabled]
    loopback = ("127.0.0.1", "localhost", "::1")
    public = [e for e in endpoints if e.rsplit(":", 1)[0].strip("[]") not in loopback]
    (log.warning if public else log.info)(
        "tenants: passthrough with no tenants.allow: ANY token is relayed upstream%s, and made-up tokens "
        "can take all %d tenant slots; list your projects' tokens (or their SHA-256) in tenants.allow",
        f" from {', '.join(public)}" if public else "", tenants.max)


async def serve(config: Config, *, ready: asyncio.Event | None = None, share_ports: bool = False) -> int:
    # Imported here: with --workers the supervising process never builds a proxy, only its
    # workers do, and the stages (the miner, the processor) are most of an import's cost.
    from otlp_sampler.app import build_app

    app = build_app(config)
    exporter = app.config.exporter
    if exporter.protocol == "debug":
        log.warning(
            "NO UPSTREAM CONFIGURED: kept records are printed to stdout (debug exporter). "
            "Set exporter.endpoint or POSTHOG_TOKEN to forward them."
        )
    else:
        from otlp_sampler.redact import mask_url

        # PostHog accepts the project token as ?token=: the query never reaches a log.
        log.info("forwarding kept records to %s (%s)", mask_url(exporter.endpoint), exporter.protocol)
        queue = exporter.queue
        if not queue.spool_dir:
            log.warning("NO SPOOL (exporter.queue.spool_dir is off): accepted records and the counts of "
                        "dropped ones wait for the upstream in memory only; a crash, or a stop while the "
                        "upstream is down, loses them")
        elif queue.spool_sync_interval:
            log.info("spooling to %s: written before each answer, fsynced every %gs (a power cut may lose "
                     "the last %gs; exporter.queue.spool_sync_interval: 0 fsyncs before each answer)",
                     queue.spool_dir, queue.spool_sync_interval, queue.spool_sync_interval)
        else:
            log.info("spooling to %s: fsynced before each answer", queue.spool_dir)
    log_tenants(config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await app.start(share_ports=share_ports)
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
