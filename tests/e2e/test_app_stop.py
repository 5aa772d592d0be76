"""App.stop ends the proxy's background tasks even when one of them swallows a cancel.

A client library may swallow the CancelledError that lands while its own read timeout fires
(redis-py's), and the task's loop then goes on as if nothing had happened: App.stop must
not wait on such a task forever (it hung the suite for the pytest timeout, 1 run in 3-9).
"""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.harness import running_proxy

pytestmark = pytest.mark.e2e


async def _swallows_one_cancel(swallowed: asyncio.Event) -> None:
    """A background loop whose first cancel is lost inside a library call, as redis-py's is."""
    while True:
        try:
            await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            if swallowed.is_set():
                raise
            swallowed.set()  # the library turned it into a timeout; the loop goes on


async def test_stop_ends_a_task_that_swallowed_its_cancel():
    swallowed = asyncio.Event()
    async with running_proxy({}) as app:
        task = asyncio.create_task(_swallows_one_cancel(swallowed), name="swallower")
        app._tasks.append(task)
        await asyncio.sleep(0.05)
        # Not wait_for: its own cancel of stop() would reach the task and end it, hiding a hang.
        stopping = asyncio.create_task(app.stop())
        done, _ = await asyncio.wait([stopping], timeout=15)
        if not done:
            stopping.cancel()
        assert done, "App.stop hung on a task that swallowed its cancel"
    assert swallowed.is_set() and task.done()
