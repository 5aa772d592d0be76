"""A real Prometheus server (Debian's ``prometheus``) scraping given targets every 250 ms.

Queries go through its HTTP API, so an expression is parsed and evaluated by Prometheus
itself: what a Grafana panel would get.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import yaml

from tests.peers.waiting import eventually, free_port

PROMETHEUS = os.environ.get("PROMETHEUS", "prometheus")


def installed() -> bool:
    return shutil.which(PROMETHEUS) is not None


class Prometheus:
    def __init__(self, url: str, session: aiohttp.ClientSession) -> None:
        self.url = url
        self.session = session

    async def query(self, expr: str) -> dict[str, Any]:
        """The API's answer: ``status`` success with ``data``, or error with ``error``."""
        async with self.session.get(f"{self.url}/api/v1/query", params={"query": expr}) as response:
            return await response.json()


def start_prometheus(targets: list[str], folder: Path,
                     job: str = "otlp-sampler") -> tuple[subprocess.Popen, int]:
    """Start Prometheus scraping ``targets`` (it need not wait for them to be up): (process, API port)."""
    config = folder / "prometheus.yml"
    config.write_text(yaml.safe_dump({
        # 250 ms, not Prometheus's usual 15 s or 1 s: tests wait on scrapes, and none asserts
        # anything of the interval itself.
        "global": {"scrape_interval": "250ms", "evaluation_interval": "250ms"},
        "scrape_configs": [{"job_name": job, "static_configs": [{"targets": targets}]}],
    }))
    port = free_port()
    process = subprocess.Popen(
        [PROMETHEUS, f"--config.file={config}", f"--storage.tsdb.path={folder / 'tsdb'}",
         f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, port


def stop_prometheus(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.asynccontextmanager
async def connected(process: subprocess.Popen, port: int) -> AsyncIterator[Prometheus]:
    """The API of a started Prometheus, once it says it is ready."""
    async with aiohttp.ClientSession() as session:
        prometheus = Prometheus(f"http://127.0.0.1:{port}", session)

        async def ready() -> bool:
            assert process.poll() is None, f"prometheus exited with status {process.returncode}"
            with contextlib.suppress(aiohttp.ClientError):
                async with session.get(f"{prometheus.url}/-/ready") as response:
                    return response.status == 200
            return False

        await eventually(ready, timeout=20, what="prometheus ready")
        yield prometheus


@contextlib.asynccontextmanager
async def running_prometheus(targets: list[str], folder: Path,
                             job: str = "otlp-sampler") -> AsyncIterator[Prometheus]:
    process, port = start_prometheus(targets, folder, job)
    try:
        async with connected(process, port) as prometheus:
            yield prometheus
    finally:
        stop_prometheus(process)


class EarlyPrometheus:
    """Prometheus started ahead of the target it scrapes, on a port held for that target.

    Prometheus (2.42, Debian's) hands a scrape target to its scrapers only at its discovery
    manager's tick, 5 s after it starts, with no flag to shorten it: started with the test
    session, that tick is long past when the test runs. Until the test calls :meth:`release`
    the port is bound and not listening, so no other server of the suite gets it, and the
    scrapes meanwhile are refused.
    """

    def __init__(self, folder: Path) -> None:
        self._held = socket.socket()
        self._held.bind(("127.0.0.1", 0))
        self.target_port: int = self._held.getsockname()[1]
        self.process, self.port = start_prometheus([f"127.0.0.1:{self.target_port}"], folder)

    def release(self) -> int:
        """Let go of the target's port for the server that is to listen on it; returns it."""
        self._held.close()
        return self.target_port

    def connected(self) -> contextlib.AbstractAsyncContextManager[Prometheus]:
        return connected(self.process, self.port)

    def stop(self) -> None:
        self._held.close()
        stop_prometheus(self.process)
