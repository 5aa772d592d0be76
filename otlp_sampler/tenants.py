"""Tenants: whose credential a request carries, and whether it may pass (``tenants.mode``).

In ``single`` mode (the default) there are none: every record goes upstream under the
exporter's own headers. In ``passthrough`` mode each request's credential (HTTP
``Authorization: Bearer <token>`` or ``?token=<token>``, as PostHog accepts both; gRPC
metadata ``authorization``) decides its :class:`Tenant`, which travels with the request
from the receiver through the sampler (state keyed ``<tenant>/<service>``) to the export
queue of that tenant, which sends its records upstream as ``Authorization: Bearer
<token>`` (docs/posthog.md § Many projects through one proxy).

A tenant is known by :attr:`Tenant.id`, a short keyed hash of its token: that id, never
the token, is what logs, errors, metrics, the store, the admin API and ``/readyz`` show.
Refusals (:class:`TenantRefused`): no credential -> 401 / UNAUTHENTICATED; a credential
not on ``tenants.allow`` (tokens or their SHA-256) -> 403 / PERMISSION_DENIED; a new
tenant beyond ``tenants.max`` -> 429 / RESOURCE_EXHAUSTED, retryable.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

SINGLE = "single"
PASSTHROUGH = "passthrough"
ID_LENGTH = 12  # hex digits of a tenant id
_PERSON = b"otlp-tenant"  # the hash's own domain: an id is not a prefix of the token's SHA-256
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
# Seconds a client refused for tenants.max is told to wait: a slot frees only when the
# operator raises tenants.max or restarts with fewer tenants, so retry slowly.
TOO_MANY_RETRY_AFTER = 30.0
# The receivers' requests_total outcome for each refusal reason.
REQUEST_OUTCOMES = {"unauthenticated": "unauthenticated", "forbidden": "forbidden",
                    "too_many": "too_many_tenants"}


def tenant_id(token: str) -> str:
    """The stable id of the tenant ``token`` stands for: the same in every process and run."""
    digest = hashlib.blake2b(token.encode("utf-8", "surrogateescape"), digest_size=ID_LENGTH // 2,
                             person=_PERSON)
    return digest.hexdigest()


def token_sha256(token: str) -> str:
    """What ``tenants.allow`` may hold instead of the token itself."""
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).hexdigest()


def bearer_token(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header; None for anything else."""
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


@dataclass(frozen=True, slots=True)
class Tenant:
    """One upstream credential and the state kept for it. ``str()``, ``repr()`` and the
    equality use the id only: the token is for the exporter's header and nothing else."""

    id: str
    token: str = field(repr=False, compare=False)

    @property
    def prefix(self) -> str:
        """What the sampler puts before a service name: ``<id>/``."""
        return f"{self.id}/"

    def __str__(self) -> str:
        return self.id

    @classmethod
    def of(cls, token: str) -> Tenant:
        return cls(tenant_id(token), token)


class TenantRefused(Exception):
    """A request the tenant rules turn away; ``reason`` is a metric label, the message says
    what to do and holds no token."""

    HTTP = {"unauthenticated": 401, "forbidden": 403, "too_many": 429}
    GRPC = {"unauthenticated": "UNAUTHENTICATED", "forbidden": "PERMISSION_DENIED",
            "too_many": "RESOURCE_EXHAUSTED"}

    def __init__(self, reason: str, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.retry_after = retry_after

    @property
    def http_status(self) -> int:
        return self.HTTP[self.reason]

    @property
    def grpc_code(self) -> str:
        """The name of the ``grpc.StatusCode`` to answer."""
        return self.GRPC[self.reason]


class Tenants:
    """The tenants of this proxy: ``resolve(token)`` for each request (passthrough only).

    Bounded: at most ``max_tenants`` are held; ``restore`` brings back the tenants a
    previous run spooled records for (they count too). ``on_new`` is called with each new
    tenant (the metrics' gauge), ``on_refused`` with each refusal's reason.
    """

    def __init__(self, mode: str = SINGLE, allow: Iterable[str] = (), max_tenants: int = 100, *,
                 on_new: Callable[[Tenant], None] | None = None,
                 on_refused: Callable[[str], None] | None = None) -> None:
        if mode not in (SINGLE, PASSTHROUGH):
            raise ValueError(f"tenants.mode must be {SINGLE} or {PASSTHROUGH}, not {mode!r}")
        self.mode = mode
        self.max_tenants = max_tenants
        self._allowed = frozenset(entry.lower() if _SHA256.match(entry) else token_sha256(entry)
                                  for entry in allow)
        self._by_token: dict[str, Tenant] = {}
        self._by_id: dict[str, Tenant] = {}
        self._on_new = on_new
        self._on_refused = on_refused

    @property
    def passthrough(self) -> bool:
        return self.mode == PASSTHROUGH

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self):
        return iter(list(self._by_id.values()))

    def get(self, tenant_id: str) -> Tenant | None:
        return self._by_id.get(tenant_id)

    def resolve(self, token: str | None) -> Tenant:
        """The tenant of a request carrying ``token``; raises :class:`TenantRefused`."""
        if token:
            tenant = self._by_token.get(token)
            if tenant is not None:
                return tenant
        if not token:
            raise self._refuse("unauthenticated", "missing credential: send your upstream token as "
                               "Authorization: Bearer <token> (or ?token= over HTTP)")
        if self._allowed and token_sha256(token) not in self._allowed:
            raise self._refuse("forbidden", "this token is not on the proxy's tenants.allow list")
        if len(self._by_id) >= self.max_tenants:
            raise self._refuse("too_many", f"the proxy serves at most tenants.max={self.max_tenants} "
                               "tenants and all are taken: raise tenants.max",
                               retry_after=TOO_MANY_RETRY_AFTER)
        return self._add(Tenant.of(token))

    def restore(self, token: str) -> Tenant:
        """A tenant a previous run held (its spool): known again whatever the limit, so its
        records are delivered under its own token."""
        tenant = self._by_token.get(token)
        return tenant if tenant is not None else self._add(Tenant.of(token))

    def _add(self, tenant: Tenant) -> Tenant:
        if tenant.id in self._by_id:
            # Another token with this id (48 bits: only by design): its records must never go
            # out under the first one's token, nor share its state.
            raise self._refuse("forbidden", "this token's tenant id is taken by another token")
        self._by_token[tenant.token] = tenant
        self._by_id[tenant.id] = tenant
        if self._on_new is not None:
            self._on_new(tenant)
        return tenant

    def _refuse(self, reason: str, message: str, *, retry_after: float | None = None) -> TenantRefused:
        if self._on_refused is not None:
            self._on_refused(reason)
        return TenantRefused(reason, message, retry_after=retry_after)
