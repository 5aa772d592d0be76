"""The proxy as an operating system process: ``python -m otlp_sampler serve --config FILE``.

:class:`ProxyProcess` writes the config (ports chosen free beforehand, so a restart comes
back on the same ones), starts the process, waits for ``/readyz`` with a deadline, sends
signals, reads ``/metrics`` and the process's resident memory. Output goes to a log file
in the work directory, never to a pipe that could fill up and stall the proxy.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
import psutil
import yaml

from tests.peers.waiting import eventually, free_port

ROOT = Path(__file__).resolve().parents[2]


class ProxyProcess:
    """One proxy configuration that can be started, killed and started again.

    ``config`` is the YAML document minus the listen addresses, which are filled in with
    free ports (``grpc_port``, ``http_port``, ``admin_port``).
    """

    def __init__(self, config: dict[str, Any], workdir: Path, name: str = "proxy",
                 extra_args: tuple[str, ...] = (), env: dict[str, str] | None = None) -> None:
        self.workdir = Path(workdir)
        self.extra_args = extra_args
        self.env = env or {}  # on top of the test's environment (POSTHOG_TOKEN removed from it)
        self.grpc_port, self.http_port, self.admin_port = free_port(), free_port(), free_port()
        receivers = config.setdefault("receivers", {})
        receivers.setdefault("grpc", {})["endpoint"] = f"127.0.0.1:{self.grpc_port}"
        receivers.setdefault("http", {})["endpoint"] = f"127.0.0.1:{self.http_port}"
        config.setdefault("admin", {})["endpoint"] = f"127.0.0.1:{self.admin_port}"
        self.config = config
        self.config_path = self.workdir / f"{name}.yaml"
        self.config_path.write_text(yaml.safe_dump(config))
        self.log_path = self.workdir / f"{name}.log"
        # Its own working directory: relative defaults (the state directory ./.otlp-sampler,
        # its spool) belong to one proxy, however many a test runs side by side.
        self.cwd = self.workdir / f"{name}.cwd"
        self.cwd.mkdir(exist_ok=True)
        self.process: subprocess.Popen | None = None
        self.starts = 0

    @property
    def grpc_target(self) -> str:
        return f"127.0.0.1:{self.grpc_port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/v1/logs"

    @property
    def admin_url(self) -> str:
        return f"http://127.0.0.1:{self.admin_port}"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    # ------------------------------------------------------------------ lifecycle

    async def start(self, timeout: float = 30.0) -> ProxyProcess:
        """Start the process and return once ``/readyz`` answers 200."""
        self.starts += 1
        log = open(self.log_path, "a")  # noqa: SIM115 - handed to the child, closed below
        log.write(f"===== start {self.starts}\n")
        log.flush()
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("POSTHOG_TOKEN", None)
        env.update(self.env)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "otlp_sampler", "serve", "--config", str(self.config_path),
                 *self.extra_args],
                cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT, env=env)
        finally:
            log.close()

        async def ready() -> bool:
            if self.process.poll() is not None:
                raise AssertionError(f"proxy exited with {self.process.returncode}:\n{self.log_text()}")
            return await self.readyz() == 200

        await eventually(ready, timeout, "the proxy's /readyz to answer 200", interval=0.05)
        return self

    def signal(self, sig: int) -> None:
        assert self.process is not None
        self.process.send_signal(sig)

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs."""
        self.signal(signal.SIGKILL)

    async def wait(self, timeout: float) -> int:
        """The exit code, waiting at most ``timeout`` seconds."""
        assert self.process is not None
        await eventually(lambda: self.process.poll() is not None, timeout, "the proxy to exit")
        return self.process.returncode

    async def ensure_stopped(self) -> None:
        """Cleanup for tests: SIGKILL whatever still runs."""
        if self.process is not None and self.process.poll() is None:
            self.kill()
            await self.wait(10)

    # ------------------------------------------------------------------ observation

    async def get(self, path: str, timeout: float = 5.0) -> tuple[int, str]:
        """GET an admin path: (status, body text)."""
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout))
        async with session, session.get(self.admin_url + path) as response:
            return response.status, await response.text()

    async def readyz(self) -> int | None:
        """``/readyz`` status, or None when the admin port does not answer."""
        try:
            return (await self.get("/readyz", timeout=1.0))[0]
        except (aiohttp.ClientError, TimeoutError, OSError):
            return None

    async def metric(self, name: str, **labels: str) -> float:
        """One sample from ``/metrics`` (0 when absent)."""
        _, text = await self.get("/metrics")
        wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
        for line in text.splitlines():
            if line.startswith("#"):
                continue
            key, _, value = line.rpartition(" ")
            metric, _, label_text = key.partition("{")
            if metric == name and ",".join(sorted(label_text.rstrip("}").split(","))) == wanted:
                return float(value)
        return 0.0

    def rss(self) -> int:
        """Resident memory of the proxy process, in bytes."""
        return psutil.Process(self.pid).memory_info().rss
