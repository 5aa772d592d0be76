"""A real Prometheus server (Debian's ``prometheus``) scraping given targets every 250 ms.

Queries go through its HTTP API, so an expression is parsed and evaluated by Prometheus
itself: what a Grafana panel would get.
"""

from __future__ import annotations

import contextlib
import os
import shutil
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

    async def scrapes(self, job: str) -> int:
        """How many scrapes of ``job`` succeeded in the last minute."""
        answer = await self.query(f'sum_over_time(up{{job="{job}"}}[1m])')
        result = answer.get("data", {}).get("result", [])
        return int(float(result[0]["value"][1])) if result else 0


@contextlib.asynccontextmanager
async def running_prometheus(targets: list[str], folder: Path,
                             job: str = "otlp-sampler") -> AsyncIterator[Prometheus]:
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
    try:
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
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
