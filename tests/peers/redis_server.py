"""A Redis of the test's own: ``redis-server`` on a free port, to stop and start at will.

Outage tests stop and restart Redis; they must never touch the machine's shared Redis at
6379, so each starts its own (``--save "" --appendonly no``: a restart loses the data, as
an ephemeral Redis in a container does). Skipped where ``redis-server`` is not installed,
a failure in CI (``CI=true``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import pytest
import redis
from redis.exceptions import RedisError

from tests.peers.waiting import eventually, free_port


def require_redis_server() -> str:
    path = shutil.which("redis-server")
    if path is None:
        message = "redis-server is not installed"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true: Redis tests must run)")
        pytest.skip(message)
    return path


class RedisServer:
    """``async with RedisServer() as server``: running on ``server.port`` until the block ends."""

    def __init__(self, port: int | None = None) -> None:
        self.binary = require_redis_server()
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def _ping(self) -> bool:
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2, socket_timeout=0.5)
        try:
            return bool(client.ping())
        except (RedisError, OSError):
            return False
        finally:
            client.close()

    async def start(self) -> RedisServer:
        with tempfile.TemporaryDirectory() as workdir:  # never loads a dump.rdb lying around
            self.process = subprocess.Popen(
                [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no"],
                cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        await eventually(self._ping, 10, f"redis-server on port {self.port}", interval=0.05)
        return self

    async def stop(self) -> None:
        """Stop it at once (SIGKILL): every client connection is cut."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.process = None

    async def __aenter__(self) -> RedisServer:
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.stop()
