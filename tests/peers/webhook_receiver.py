"""A webhook receiver for alert tests: a real aiohttp server that records every request.

It answers from a script of :class:`Reply` (or bare statuses), one per request, then
``default``: a status, a ``Retry-After`` header, or ``hang=True`` to never answer (until
the receiver stops). Every request is recorded, answered or not (:attr:`requests`), with
its arrival time, headers and JSON body.

Usage::

    async with WebhookReceiver() as hook:
        hook.script(500, Reply(429, retry_after="1"))
        ... alerts.webhooks: [{url: hook.url}] ...
        [first] = await hook.wait_for(1)
"""

from __future__ import annotations

import json
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.peers.local_server import LocalServer
from tests.peers.waiting import eventually

# Slack's incoming webhook URLs carry their secret in the path: the tests check it never leaks.
SECRET_PATH = "/services/T0TEST/B0TEST/s3cr3tw3bh00kt0k3n"


@dataclass(frozen=True)
class Reply:
    status: int = 200
    retry_after: str | None = None
    hang: bool = False  # never answer: a webhook that accepts the connection and then stalls
    body: str = "ok"  # what Slack answers


@dataclass
class Received:
    at: float  # time.monotonic() on arrival
    path: str
    headers: dict[str, str]  # lower-case names
    body: Any  # the JSON body
    status: int | None = None  # what was answered; None while hanging


class WebhookReceiver(LocalServer):
    """See the module docstring."""

    def __init__(self, default: Reply | int = 200) -> None:
        super().__init__()
        self.default = _reply(default)
        self.requests: list[Received] = []
        self._script: deque[Reply] = deque()

    def script(self, *replies: Reply | int) -> None:
        self._script.extend(_reply(r) for r in replies)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{SECRET_PATH}"

    def bodies(self) -> list[Any]:
        return [r.body for r in self.requests]

    async def wait_for(self, count: int, *, timeout: float = 15.0, answered: bool = False) -> list[Received]:
        """The first ``count`` requests, once they have arrived (and been answered, if asked)."""
        def ready() -> bool:
            done = [r for r in self.requests if not answered or r.status is not None]
            return len(done) >= count

        await eventually(ready, timeout=timeout, what=f"{count} webhook request(s)")
        return self.requests[:count]

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/{tail:.*}", self._handle)

    async def _handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        try:
            body = json.loads(raw)
        except ValueError:
            body = raw.decode("utf-8", "replace")
        sent = {name.lower(): value for name, value in request.headers.items()}
        received = Received(time.monotonic(), request.path, sent, body)
        self.requests.append(received)
        reply = self._script.popleft() if self._script else self.default
        if reply.hang:
            await self.stopping.wait()
        received.status = reply.status
        headers = {"Retry-After": reply.retry_after} if reply.retry_after is not None else {}
        return web.Response(status=reply.status, text=reply.body, headers=headers)


def _reply(value: Reply | int) -> Reply:
    return value if isinstance(value, Reply) else Reply(status=value)
