"""``serve --workers N``: N worker processes, each running the target it is handed.

One Python process uses one core (the GIL), so throughput scales by processes. The
supervisor only starts, watches and stops the workers; what a worker runs is the
``target(config, index) -> exit status`` it is given (as uvicorn's ``Multiprocess`` is
given its target), so this module imports nothing of the proxy. See docs/operations.md.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
from collections.abc import Callable

from otlp_sampler.config import Config

log = logging.getLogger("otlp_sampler.workers")

Target = Callable[[Config, int], int]  # a module-level function: spawn pickles it by name

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGTERM this worker when the supervising process dies, even by SIGKILL.

    Without it a killed supervisor leaves its workers running, holding the ports.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def _worker_main(target: Target, config_json: str, index: int, parent_pid: int) -> None:
    _die_with_parent(parent_pid)
    code = target(Config.model_validate_json(config_json), index)
    gc.freeze()  # as cli.run: the exiting worker's last collections would walk all it built
    sys.exit(code)


def run_workers(config: Config, count: int, target: Target) -> int:
    """Run ``target`` in ``count`` processes until they all exit; one failing stops the rest."""
    if config.store.kind == "sqlite":
        log.warning(
            "--workers with the sqlite store: policies are shared through the database file; "
            "use store.kind=redis for several machines"
        )
    context = multiprocessing.get_context("spawn")
    config_json = config.model_dump_json()
    workers = [
        context.Process(target=_worker_main, args=(target, config_json, i, os.getpid()), name=f"worker-{i}")
        for i in range(count)
    ]
    for worker in workers:
        worker.start()
    log.info("started %d workers: %s", len(workers), ", ".join(str(w.pid) for w in workers))

    def stop_all() -> None:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()  # SIGTERM: each worker drains its own queue

    signal.signal(signal.SIGTERM, lambda _signum, _frame: stop_all())
    signal.signal(signal.SIGINT, lambda _signum, _frame: stop_all())
    running = list(workers)
    failed = False
    while running:
        for sentinel in multiprocessing.connection.wait([w.sentinel for w in running]):
            worker = next(w for w in running if w.sentinel == sentinel)
            worker.join()
            running.remove(worker)
            if exit_status(worker.exitcode) != 0 and not failed:
                # A worker that failed (a port it could not bind, a crash, the OOM killer)
                # leaves a group that serves less than it was asked to: stop the rest and
                # exit non-zero so the supervisor (systemd, Kubernetes) restarts the whole.
                failed = True
                log.error("%s exited with status %d: stopping the other workers", worker.name,
                          exit_status(worker.exitcode))
                stop_all()
    return max((exit_status(w.exitcode) for w in workers), default=0)


def exit_status(exitcode: int | None) -> int:
    """A process exit status as a shell reports it: a death by signal N is 128 + N."""
    if exitcode is None:
        return 0
    return 128 - exitcode if exitcode < 0 else exitcode
