"""What a browser may do to the admin API: nothing a page of another site asks it to.

An ASGI middleware in front of every route. Without an admin token the API trusts whoever
can reach 127.0.0.1, and a browser on that machine can reach it for any web page:

* **DNS rebinding** — a page at ``evil.example`` whose name now resolves to 127.0.0.1
  reads and writes "its own" origin. Every request's ``Host`` must be an IP literal (a
  page served from that address is ours), ``localhost``, the host of ``admin.endpoint`` or
  one of ``admin.allowed_hosts``; otherwise 400.
* **Cross-site writes** — a form or ``fetch`` from another origin. A write (any method
  but GET, HEAD, OPTIONS) with an ``Origin`` other than the admin API's own is refused
  (403). A write without ``Origin`` (curl, the policy CLI, an old browser) must say
  ``Content-Type: application/json`` (or YAML, which the policy endpoint reads): a page
  cannot send that to another origin without a CORS preflight, which this API never
  grants (415 otherwise). A same-origin ``Origin`` is proof enough: the ``/docs`` page
  posts a write without a body and without a content type.

See docs/operations.md § Admin API.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
WRITE_TYPES = frozenset({"application/json", "application/yaml", "application/x-yaml"})

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def host_name(host: str) -> str:
    """The name in a ``Host`` value: lower case, without port, brackets or a trailing dot."""
    host = host.strip().lower()
    if host.startswith("["):  # [v6]:port
        return host[1:].partition("]")[0]
    if host.count(":") == 1:
        host = host.partition(":")[0]
    return host.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostPolicy:
    """Which ``Host`` names the admin API answers to."""

    def __init__(self, endpoint_host: str, extra: Iterable[str] = ()) -> None:
        names = {"localhost", host_name(endpoint_host), *(host_name(n) for n in extra)}
        self.any = "*" in names
        self.names = frozenset(n for n in names if n and n != "*")

    def allows(self, host: str) -> bool:
        name = host_name(host)
        return self.any or _is_ip(name) or name in self.names


class RequestGuard:
    """ASGI middleware: ``Host`` for every request, ``Origin`` and ``Content-Type`` for writes."""

    def __init__(self, app: Callable, *, hosts: HostPolicy) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self.problem(scope)
        if problem is None:
            await self.app(scope, receive, send)
            return
        status, detail = problem
        body = json.dumps({"detail": detail, "problems": [detail]}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    def problem(self, scope: Scope) -> tuple[int, str] | None:
        """(status, reason) to refuse the request with, or None to let it through."""
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        host = headers.get("host", "")
        if host and not self.hosts.allows(host):
            # The name is not echoed: the answer says what to configure, not what was sent.
            return 400, "this Host is not a name of the admin API; add it to admin.allowed_hosts"
        if scope["method"] in SAFE_METHODS:
            return None
        origin = headers.get("origin")
        if origin is not None:
            if _same_origin(origin, host):
                return None
            return 403, "writes from another origin are refused (the admin API grants no CORS)"
        media = headers.get("content-type", "").partition(";")[0].strip().lower()
        if media not in WRITE_TYPES:
            return 415, "a write needs 'Content-Type: application/json' (or application/yaml for a policy)"
        return None


def _same_origin(origin: str, host: str) -> bool:
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    # "null" (a sandboxed frame, a file: page) has no netloc and is never ours.
    return parts.scheme in ("http", "https") and bool(host) and parts.netloc.lower() == host.strip().lower()
