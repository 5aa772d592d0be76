"""How long the proxy takes to start and to stop: a script, not a test.

    python -m tests.benchmarks.bench_startup [--runs 5] [--baseline CHECKOUT]

Four measurements, each a fresh ``python`` process with ``PYTHONPATH`` = the checkout:
``import otlp_sampler.app``; ``otlp-sampler --help``; ``otlp-sampler serve`` (memory store,
analysis on, every port free) until its ``/readyz`` answers 200, and from a SIGTERM then
until it has exited. For each, the wall time and the CPU time the process used meanwhile
(user + system, read from /proc: less disturbed than wall time by other work on the
machine). Medians over ``--runs``; with ``--baseline`` the other checkout runs alternately
with this one, so both see the same load.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psutil
import yaml

from tests.peers.waiting import free_port

ROOT = str(Path(__file__).resolve().parents[2])


def cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def run_to_exit(checkout: str, args: list[str]) -> tuple[float, float]:
    """(wall, cpu) seconds of ``python ARGS`` run to its end."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, *args], env={"PYTHONPATH": checkout, "PATH": "/usr/bin:/bin"},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, f"{args} exited {process.returncode}"
    return wall, usage.ru_utime + usage.ru_stime


def serve_ready_and_stop(checkout: str, workdir: Path) -> tuple[tuple[float, float], tuple[float, float]]:
    """(wall, cpu) seconds from starting ``serve`` to its first 200 from ``/readyz``, and
    from a SIGTERM then (nothing queued) to the process's exit."""
    admin = free_port()
    config = {
        "receivers": {"grpc": {"endpoint": f"127.0.0.1:{free_port()}"},
                      "http": {"endpoint": f"127.0.0.1:{free_port()}"}},
        "admin": {"endpoint": f"127.0.0.1:{admin}"},
        "store": {"kind": "memory"},
        "exporter": {"endpoint": f"http://127.0.0.1:{free_port()}/v1/logs", "queue": {"spool_dir": None}},
    }
    path = workdir / "proxy.yaml"
    path.write_text(yaml.safe_dump(config))
    start = time.perf_counter()
    process = psutil.Popen([sys.executable, "-m", "otlp_sampler", "serve", "--config", str(path)],
                           env={"PYTHONPATH": checkout, "PATH": "/usr/bin:/bin"}, cwd=workdir,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            assert process.poll() is None, f"serve exited {process.returncode}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{admin}/readyz", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            time.sleep(0.01)
        ready = time.perf_counter() - start, cpu(process)
        stopping = time.perf_counter()
        process.send_signal(signal.SIGTERM)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        assert process.returncode == 0, f"serve exited {process.returncode} on SIGTERM"
        return ready, (time.perf_counter() - stopping, usage.ru_utime + usage.ru_stime - ready[1])
    finally:
        if process.returncode is None:
            process.kill()
            process.wait()


def measure(checkout: str, workdir: Path) -> dict[str, tuple[float, float]]:
    ready, stop = serve_ready_and_stop(checkout, workdir)
    return {
        "import otlp_sampler.app": run_to_exit(checkout, ["-c", "import otlp_sampler.app"]),
        "otlp-sampler --help": run_to_exit(checkout, ["-m", "otlp_sampler", "--help"]),
        "serve to /readyz": ready,
        "serve: SIGTERM to exit": stop,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", help="another otlp-sampler checkout, measured alternately")
    args = parser.parse_args()
    checkouts = {"this": ROOT, **({"baseline": args.baseline} if args.baseline else {})}
    results: dict[str, dict[str, list[tuple[float, float]]]] = {name: {} for name in checkouts}
    with tempfile.TemporaryDirectory() as workdir:
        for _ in range(args.runs):
            for name, checkout in checkouts.items():
                for what, value in measure(checkout, Path(workdir)).items():
                    results[name].setdefault(what, []).append(value)
    for name, by_what in results.items():
        print(f"{name} ({checkouts[name]}), medians of {args.runs}:")
        for what, values in by_what.items():
            wall = statistics.median(v[0] for v in values)
            used = statistics.median(v[1] for v in values)
            print(f"  {what:26} wall {wall:6.3f} s   cpu {used:6.3f} s")


if __name__ == "__main__":
    main()
