"""Waiting in tests: poll a condition with a deadline (never a bare sleep), and free ports."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any


async def eventually(condition, timeout: float = 15.0, what: str = "condition",
                     interval: float = 0.02) -> Any:
    """Poll ``condition()`` (sync or async) until it is truthy and return that value.

    Raises AssertionError after ``timeout`` seconds, naming ``what`` was awaited.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(interval)


# Ports free_port has handed out in this process. A port is let go as soon as it is read, so
# the kernel may offer it again to the next bind(0): an upstream kept down on one port and the
# proxy's own receiver on the same port would meet (the proxy forwarding to itself, then unable
# to listen once the upstream starts).
_HANDED_OUT: set[int] = set()


def free_port() -> int:
    """A port nothing listens on right now (bind 0, read it, let go): an upstream that is down.
    Never one this process has had from it before."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port
