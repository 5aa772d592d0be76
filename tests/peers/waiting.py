"""Waiting in tests: poll a condition with a deadline (never a bare sleep), and free ports."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import random
import socket
import time
from pathlib import Path
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
# free_port must not offer it again: an upstream kept down on one port and the proxy's own
# receiver on the same port would meet (the proxy forwarding to itself, then unable to listen
# once the upstream starts).
_HANDED_OUT: set[int] = set()
_RANDOM = random.Random()


@functools.cache
def _own_ports() -> range:
    """The ports free_port draws from: below the kernel's ephemeral range, where no bind(0) or
    outgoing connection of any process lands, and under pytest-xdist a slice of its own for
    each worker. A port handed out is let go before the proxy or sink binds it (a restart binds
    it again): another process's bind(0) in the meantime, e.g. the other worker's, could take
    it if it came from the ephemeral range. Read once a process: the worker's id and count
    are in its environment before any test runs (xdist sets them as the worker starts) and
    never change, nor does the ephemeral range under a test run; only _HANDED_OUT grows."""
    low, high = 10_000, 32_768  # Linux's ephemeral range starts at 32768 by default
    with contextlib.suppress(OSError, ValueError, IndexError):
        ephemeral_start = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
        high = ephemeral_start if ephemeral_start > low + 1_000 else high
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    size = (high - low) // int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    return range(low + worker * size, low + (worker + 1) * size)


def free_port() -> int:
    """A port nothing listens on right now (bound, read, let go): an upstream that is down.
    Never one this process has had from it before, nor one another test worker draws from."""
    ports = _own_ports()
    while True:
        port = _RANDOM.choice(ports)
        if port in _HANDED_OUT:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:  # taken, or in TIME_WAIT
                continue
        _HANDED_OUT.add(port)
        return port
