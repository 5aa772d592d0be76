"""Fair connection handling for the OTLP/HTTP receiver (docs/reliability.md § Hostile input).

:class:`FairServer` is aiohttp's low-level ``web.Server`` with a connection manager of its
own, so that idle sockets cannot lock other clients out:

* at most ``receivers.max_connections`` connections, and at most
  ``receivers.max_connections_per_peer`` from one peer address;
* at either cap, a new connection closes an *idle* one to make room (at the per-peer cap,
  one of that peer's own): first a connection that has sent nothing since it was opened,
  then an idle keep-alive connection, then one whose request headers are still
  incomplete; the oldest of its kind first. A connection with a request in progress is
  never closed for room; only when every connection is one is the new one refused;
* request headers must be complete within ``receivers.header_timeout`` of the connection's
  opening (the first request) or of the first byte of a later request; the body then has
  the receiver's ``read_timeout``. An idle keep-alive connection is closed by aiohttp's
  keep-alive timer (``read_timeout``) or, sooner, when its room is needed;
* every connection refused or cut is one count of
  ``otlp_sampler_connections_refused_total{reason}`` (``max_connections``,
  ``max_connections_per_peer``, ``idle_closed``, ``header_timeout``) and at most a DEBUG
  line: a refused connection never starts aiohttp's request task, so no "Task exception
  was never retrieved" traceback.

aiohttp has no hooks for these states, so :class:`FairHandler` overrides three methods of
its ``RequestHandler`` (``connection_made``, ``data_received``, ``_handle_request``) and
reads ``_messages``, its queue of parsed requests; tests/receive/test_connections.py holds
the behaviour against the aiohttp version installed.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from otlp_sampler.config import ReceiversConfig
from otlp_sampler.metrics import Metrics

log = logging.getLogger("otlp_sampler.receive.connections")

REASONS = ("max_connections", "max_connections_per_peer", "idle_closed", "header_timeout")

# A connection's state, as the manager sees it.
_FRESH = 0  # opened, nothing received yet
_IDLE = 1  # kept alive after a response, nothing of the next request received
_PARTIAL = 2  # part of a request's headers received
_BUSY = 3  # a request in progress (headers complete)


@dataclass(frozen=True)
class ConnectionLimits:
    """The HTTP receiver's connection caps and header timeout (docs/configuration.md)."""

    max_connections: int = 1024
    max_connections_per_peer: int = 256
    header_timeout: float = 5.0

    @classmethod
    def from_config(cls, receivers: ReceiversConfig) -> ConnectionLimits:
        return cls(max_connections=receivers.max_connections,
                   max_connections_per_peer=receivers.max_connections_per_peer,
                   header_timeout=receivers.header_timeout)


class FairHandler(RequestHandler):
    """aiohttp's per-connection protocol, reporting its state to its :class:`FairServer`."""

    __slots__ = ("_deadline", "_fair", "_peer", "_state")

    def __init__(self, manager: FairServer, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self._fair = manager
        self._peer = ""
        self._state = -1  # not admitted (yet); -2 once forgotten
        self._deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if not self._fair.admit(self, transport):
            transport.abort()  # before aiohttp starts a task for it: nothing to log
            return
        super().connection_made(transport)

    def connection_lost(self, exc: BaseException | None) -> None:
        if self._state == -1:
            return  # refused in connection_made: aiohttp never knew it
        self._fair.forget(self)
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        state = self._state
        if state != _BUSY and data:
            if state != _PARTIAL:
                self._fair.receiving(self)
            super().data_received(data)
            if self._messages:
                self._fair.busy(self)
            return
        super().data_received(data)

    async def _handle_request(self, request, start_time, request_handler):
        try:
            return await super()._handle_request(request, start_time, request_handler)
        finally:
            if not self._messages and self._state == _BUSY:
                self._fair.idle(self)


class FairServer(web.Server):
    """``web.Server`` whose connections are :class:`FairHandler`\\ s under :class:`ConnectionLimits`."""

    def __init__(self, handler, *, limits: ConnectionLimits, metrics: Metrics, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.limits = limits
        self._refused = {reason: metrics.connections_refused.labels(reason) for reason in REASONS}
        self._open = 0
        self._per_peer: dict[str, int] = {}
        # Closable connections by kind, oldest first: the order in which they make room.
        self._closable: tuple[OrderedDict[FairHandler, None], ...] = (
            OrderedDict(), OrderedDict(), OrderedDict())

    def __call__(self) -> FairHandler:
        return FairHandler(self, loop=self._loop, **self._kwargs)

    @property
    def open_connections(self) -> int:
        return self._open

    # ------------------------------------------------------------------ admission

    def admit(self, handler: FairHandler, transport: asyncio.BaseTransport) -> bool:
        """Room for a new connection, closing an idle one if need be; False: refuse it."""
        peername = transport.get_extra_info("peername")
        peer = str(peername[0]) if isinstance(peername, tuple) and peername else ""
        limits = self.limits
        if self._per_peer.get(peer, 0) >= limits.max_connections_per_peer and not self._close_one(peer):
            return self._refuse("max_connections_per_peer", peer)
        if self._open >= limits.max_connections and not self._close_one(None):
            return self._refuse("max_connections", peer)
        self._open += 1
        self._per_peer[peer] = self._per_peer.get(peer, 0) + 1
        handler._peer = peer
        handler._state = _FRESH
        self._closable[_FRESH][handler] = None
        self._set_deadline(handler)
        return True

    def _refuse(self, reason: str, peer: str) -> bool:
        self._refused[reason].inc()
        log.debug("HTTP connection from %s refused: %s", peer or "?", reason)
        return False

    def _close_one(self, peer: str | None) -> bool:
        """Close the first closable connection (of ``peer``, unless None); False if none is."""
        for kind in self._closable:
            for handler in kind:
                if peer is None or handler._peer == peer:
                    self.forget(handler)
                    self._refused["idle_closed"].inc()
                    handler.force_close()
                    return True
        return False

    # ------------------------------------------------------------------ states

    def receiving(self, handler: FairHandler) -> None:
        """The first bytes of a request arrived: its headers are now due."""
        state = handler._state
        if state not in (_FRESH, _IDLE):
            return
        del self._closable[state][handler]
        handler._state = _PARTIAL
        self._closable[_PARTIAL][handler] = None
        if state == _IDLE:  # a fresh connection's deadline runs from its opening
            self._set_deadline(handler)

    def busy(self, handler: FairHandler) -> None:
        """Complete request headers: the request is in progress and not closable."""
        state = handler._state
        if state in (_FRESH, _IDLE, _PARTIAL):
            del self._closable[state][handler]
            handler._state = _BUSY
            self._cancel_deadline(handler)

    def idle(self, handler: FairHandler) -> None:
        """A response was sent and no other request waits: idle, closable, newest."""
        if handler._state == _BUSY:
            handler._state = _IDLE
            self._closable[_IDLE][handler] = None

    def forget(self, handler: FairHandler) -> None:
        """The connection is gone or being closed: it no longer counts."""
        state = handler._state
        if state < 0:
            return
        if state != _BUSY:
            self._closable[state].pop(handler, None)
        handler._state = -2  # gone
        self._cancel_deadline(handler)
        self._open -= 1
        peer = handler._peer
        left = self._per_peer[peer] - 1
        if left:
            self._per_peer[peer] = left
        else:
            del self._per_peer[peer]

    # ------------------------------------------------------------------ header timeout

    def _set_deadline(self, handler: FairHandler) -> None:
        self._cancel_deadline(handler)
        handler._deadline = self._loop.call_later(self.limits.header_timeout, self._headers_late, handler)

    @staticmethod
    def _cancel_deadline(handler: FairHandler) -> None:
        if handler._deadline is not None:
            handler._deadline.cancel()
            handler._deadline = None

    def _headers_late(self, handler: FairHandler) -> None:
        handler._deadline = None
        if handler._state in (_FRESH, _PARTIAL):
            self.forget(handler)
            self._refused["header_timeout"].inc()
            log.debug("HTTP connection from %s closed: headers not complete within %gs",
                      handler._peer or "?", self.limits.header_timeout)
            handler.force_close()
