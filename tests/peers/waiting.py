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


def free_port() -> int:
    """A port nothing listens on right now (bind 0, read it, let go): an upstream that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
