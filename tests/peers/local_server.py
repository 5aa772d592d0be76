"""The part every aiohttp peer of the tests shares: a real server on an ephemeral loopback port.

A subclass adds its routes in :meth:`LocalServer.routes`; handlers that wait (a hanging
answer) wait on :attr:`LocalServer.stopping`, so :meth:`LocalServer.stop` need not wait them out.
"""

from __future__ import annotations

import asyncio
from typing import Self

from aiohttp import web


class LocalServer:
    """Start with ``async with`` (or ``start``/``stop``); :attr:`port` is the bound port."""

    def __init__(self) -> None:
        self.stopping = asyncio.Event()
        self.port = 0
        self._runner: web.AppRunner | None = None

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def start(self) -> None:
        self.stopping.clear()
        app = web.Application()
        self.routes(app)
        self._runner = web.AppRunner(app, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self.stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
