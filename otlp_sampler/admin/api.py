"""The admin HTTP API (FastAPI, OpenAPI at /docs) and the server that runs it in the proxy's loop.

Reads are open; writes (PUT and POST) need ``Authorization: Bearer <admin.token>`` when a
token is configured. The default bind is 127.0.0.1, so without a token only local users
can write — and no web page they visit (admin/guard.py: Host, Origin, Content-Type). The
token is compared in constant time and never written to a log, an error or /metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import inspect
import ipaddress
import logging
import socket
from typing import Any

import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import ValidationError

from otlp_sampler import __version__
from otlp_sampler.admin.console import mount_console
from otlp_sampler.admin.docs_ui import add_docs
from otlp_sampler.admin.explain import explain_policy
from otlp_sampler.admin.guard import HostPolicy, RequestGuard
from otlp_sampler.admin.models import (
    Explanation,
    HistoryEntry,
    PatternDetail,
    PatternView,
    Problem,
    Readiness,
    Savings,
    Timeseries,
)
from otlp_sampler.admin.state import ActionUnavailable, AdminState, PolicyRejected
from otlp_sampler.admin.tenancy import (
    TENANT_PATTERN,
    owns,
    patterns_view,
    policy_merged,
    policy_view,
    savings_view,
    scoped,
    timeseries_view,
)
from otlp_sampler.alerts.record import AlertRecord
from otlp_sampler.analyze.anomalies import AnomalyKind
from otlp_sampler.config import AdminConfig
from otlp_sampler.policy import PolicyDocument, PolicyError, parse_policy
from otlp_sampler.store import PolicyNotFound, StoreError

log = logging.getLogger(__name__)

MAX_POLICY_BYTES = 16 * 1024 * 1024
EXPLAIN_PATTERNS = 100_000  # explain looks at every pattern with a recent volume
NO_POLICY = "no policy yet: the dynamic sampler decides"  # GET policy and explain, 404
MAX_ALERTS = 1000
# ?tenant=<id>: one tenant's view (tenants.mode passthrough, admin/tenancy.py)
TENANT = Query(None, pattern=TENANT_PATTERN,
               description="a tenant's id: its services only, by their own names")

_ERRORS = {400: {"model": Problem}, 404: {"model": Problem}, 409: {"model": Problem}, 503: {"model": Problem}}
_WRITE_ERRORS = {**_ERRORS, 401: {"model": Problem, "description": "admin.token is set and was not given"}}


async def _resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def _problem(status: int, detail: str, problems: list[str] | None = None,
             headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(Problem(detail=detail, problems=problems or []).model_dump(), status_code=status,
                        headers=headers)


def create_app(config: AdminConfig, state: AdminState) -> FastAPI:
    """The FastAPI application over ``state``."""
    app = FastAPI(
        title="otlp-sampler admin API",
        version=__version__,
        docs_url=None,  # served from the package by add_docs (no CDN)
        redoc_url=None,  # ReDoc too loads from a CDN; /docs is the one page
        description="Health, metrics, and the sampling policy: current, history, manual, rollback, "
                    "regenerate; the pattern catalog; savings; alerts. Writes need `Authorization: Bearer "
                    "<admin.token>` when a token is configured.",
    )
    add_docs(app)
    hosts = HostPolicy(parse_endpoint(config.endpoint)[0], config.allowed_hosts)
    app.add_middleware(RequestGuard, hosts=hosts)
    token = config.token.encode() if config.token else None

    async def require_writer(request: Request) -> None:
        if token is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token):
            raise _UnauthorizedError

    @app.exception_handler(_UnauthorizedError)
    async def _unauthorized(request: Request, exc: _UnauthorizedError) -> JSONResponse:
        return _problem(401, "this admin API needs 'Authorization: Bearer <admin.token>' for writes",
                        headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(PolicyRejected)
    async def _rejected(request: Request, exc: PolicyRejected) -> JSONResponse:
        return _problem(400, "policy refused by the guards", exc.problems)

    @app.exception_handler(PolicyError)
    async def _invalid(request: Request, exc: PolicyError) -> JSONResponse:
        return _problem(400, str(exc), [str(exc)])

    @app.exception_handler(PolicyNotFound)
    @app.exception_handler(_NotFoundError)
    async def _not_found(request: Request, exc: Exception) -> JSONResponse:
        return _problem(404, str(exc))

    @app.exception_handler(ActionUnavailable)
    async def _unavailable(request: Request, exc: ActionUnavailable) -> JSONResponse:
        return _problem(409, str(exc))

    @app.exception_handler(StoreError)
    async def _store_down(request: Request, exc: StoreError) -> JSONResponse:
        return _problem(503, str(exc))

    writer = [Depends(require_writer)]

    # ------------------------------------------------------------------ health

    @app.get("/healthz", tags=["health"], summary="The process is alive")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], response_model=Readiness, responses={503: {"model": Readiness}},
             summary="Ready to accept records (intake open, exporter not failing authentication)")
    async def readyz() -> JSONResponse:
        ready, reasons = await _resolve(state.readiness())
        degraded = await _resolve(state.degraded()) if state.degraded is not None else []
        body = Readiness(ready=bool(ready), reasons=list(reasons or []), degraded=list(degraded or []))
        return JSONResponse(body.model_dump(), status_code=200 if ready else 503)

    @app.get("/metrics", tags=["health"], summary="Prometheus metrics (text format)",
             response_class=Response)
    async def metrics() -> Response:
        return Response(state.metrics.render(), media_type=CONTENT_TYPE_LATEST)

    # ------------------------------------------------------------------ policy

    @app.get("/api/v1/policy", tags=["policy"], response_model=PolicyDocument, responses=_ERRORS,
             summary="The policy in force")
    async def get_policy(tenant: str | None = TENANT) -> PolicyDocument:
        doc = await _resolve(state.current_policy())
        if doc is None:
            raise PolicyNotFound(NO_POLICY)
        return policy_view(doc, tenant) if tenant else doc

    @app.put("/api/v1/policy", tags=["policy"], response_model=PolicyDocument, responses=_WRITE_ERRORS,
             dependencies=writer, summary="Apply a manual policy (JSON or YAML body)",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": {"$ref": "#/components/schemas/PolicyDocument"}},
                 "application/yaml": {"schema": {"type": "string"}},
             }}})
    async def put_policy(request: Request, tenant: str | None = TENANT) -> PolicyDocument:
        body = await _read_capped(request, MAX_POLICY_BYTES)
        doc = parse_policy(body)
        if tenant:  # the tenant's services replaced, every other tenant's kept
            doc = policy_merged(await _resolve(state.current_policy()), tenant, doc)
        saved = await _resolve(state.apply_manual_policy(doc))
        log.info("manual policy saved as version %d%s", saved.version,
                 f" (tenant {tenant})" if tenant else "")
        return policy_view(saved, tenant) if tenant else saved

    @app.get("/api/v1/policy/history", tags=["policy"], response_model=list[HistoryEntry],
             summary="Stored versions, newest first")
    async def history(limit: int = Query(50, ge=1, le=10_000)) -> list[HistoryEntry]:
        return [HistoryEntry.model_validate(summary, from_attributes=True)
                for summary in await state.store.history(limit)]

    @app.get("/api/v1/policy/history/{version}", tags=["policy"], response_model=PolicyDocument,
             responses=_ERRORS, summary="One stored version")
    async def get_version(version: int) -> PolicyDocument:
        return await state.store.get_policy(version)

    @app.get("/api/v1/policy/explain", tags=["policy"], response_model=Explanation, responses=_ERRORS,
             summary="Each rule of the policy in force: rate, volume share, projected savings, reason")
    async def explain(tenant: str | None = TENANT) -> Explanation:
        doc = await get_policy(tenant)
        patterns = await _resolve(state.patterns(None, EXPLAIN_PATTERNS))
        if tenant:
            patterns = patterns_view(patterns, tenant)
        return explain_policy(doc, patterns, price_per_gb=config.price_per_gb)

    @app.post("/api/v1/policy/rollback/{version}", tags=["policy"], response_model=PolicyDocument,
              responses=_WRITE_ERRORS, dependencies=writer,
              summary="Save a new version with the rules of an old one")
    async def rollback(version: int, tenant: str | None = TENANT) -> PolicyDocument:
        if tenant:  # that tenant's rules of the old version, every other tenant's as they are now
            old = policy_view(await state.store.get_policy(version), tenant)
            merged = policy_merged(await _resolve(state.current_policy()), tenant, old)
            doc = await _resolve(state.apply_manual_policy(merged))
            log.info("tenant %s: its rules of version %d restored as version %d", tenant, version,
                     doc.version)
            return policy_view(doc, tenant)
        doc = await _resolve(state.rollback(version) if state.rollback else state.store.rollback(version))
        log.info("policy version %d restored as version %d", version, doc.version)
        return doc

    @app.post("/api/v1/policy/regenerate", tags=["policy"], response_model=PolicyDocument,
              responses=_WRITE_ERRORS, dependencies=writer,
              summary="Run the policy loop now (also over a manual policy)")
    async def regenerate() -> PolicyDocument:
        doc = await _resolve(state.regenerate())
        log.info("policy regenerated on request: version %d", doc.version)
        return doc

    # ------------------------------------------------------------------ the console and the catalog

    mount_console(app, writes_need_token=token is not None, price_per_gb=config.price_per_gb)

    @app.get("/api/v1/patterns", tags=["patterns"], response_model=list[PatternView],
             summary="Known patterns with their recent volume, heaviest first")
    async def patterns(service: str | None = None, limit: int = Query(100, ge=1, le=EXPLAIN_PATTERNS),
                       tenant: str | None = TENANT) -> list[PatternView]:
        if not tenant:
            return await _resolve(state.patterns(service, limit))
        found = await _resolve(state.patterns(scoped(tenant, service), EXPLAIN_PATTERNS if service is None
                                              else limit))
        return patterns_view(found, tenant)[:limit]

    @app.get("/api/v1/patterns/{pattern_id}", tags=["patterns"], response_model=PatternDetail,
             responses=_ERRORS, summary="One pattern: totals, how it is sampled, examples kept")
    async def pattern(pattern_id: str, service: str | None = None,
                      tenant: str | None = TENANT) -> PatternDetail:
        found = await _resolve(state.pattern(pattern_id, scoped(tenant, service))) if state.pattern else None
        if found is not None and tenant:
            found = patterns_view([found], tenant)[0] if owns(tenant, found.service) else None
        if found is None:
            raise _NotFoundError(f"no pattern {pattern_id}" + (f" in service {service}" if service else ""))
        return found

    @app.get("/api/v1/timeseries", tags=["savings"], response_model=Timeseries, responses=_ERRORS,
             summary="Records and bytes in and out, one point a minute: in total, per service, per pattern")
    async def timeseries(minutes: int = Query(60, ge=1, le=10_080), service: str | None = None,
                         pattern_id: str | None = None, patterns: bool = False,
                         limit: int = Query(100, ge=1, le=10_000), tenant: str | None = TENANT) -> Timeseries:
        if state.timeseries is None:
            raise _NotFoundError("this proxy keeps no accounting (accounting.enabled is false)")
        if not tenant:
            return await _resolve(state.timeseries(minutes, service, pattern_id, patterns, limit))
        found = await _resolve(state.timeseries(minutes, scoped(tenant, service), pattern_id, patterns,
                                                10_000 if service is None else limit))
        return timeseries_view(found, tenant)

    @app.get("/api/v1/alerts", tags=["alerts"], response_model=list[AlertRecord],
             summary="Alerts raised on anomalies, newest first, with their delivery and explanation")
    async def alerts(service: str | None = None, kind: AnomalyKind | None = None,
                     limit: int = Query(50, ge=1, le=MAX_ALERTS),
                     tenant: str | None = TENANT) -> list[AlertRecord]:
        rows = await state.store.alerts(service=scoped(tenant, service), kind=kind,
                                        limit=MAX_ALERTS if tenant and service is None else limit)
        if tenant:
            rows = [{**row, "service": row["service"][len(tenant) + 1:]} for row in rows
                    if owns(tenant, str(row.get("service", "")))][:limit]
        shown = []
        for row in rows:
            try:
                shown.append(AlertRecord.model_validate(row))
            except ValidationError:  # written by another version of the proxy: skipped, not a 500
                log.debug("alert %s in the store is not readable by this version", row.get("id"))
        return shown

    @app.get("/api/v1/savings", tags=["savings"], response_model=Savings,
             summary="Records and bytes in and out, reduction and cost per month")
    async def savings(tenant: str | None = TENANT) -> Savings:
        found = await _resolve(state.savings())
        return savings_view(found, tenant) if tenant else found

    return app


class _UnauthorizedError(Exception):
    """A write without the admin token; answered 401 without echoing what was sent."""


class _NotFoundError(LookupError):
    """Nothing at this address (a pattern not known, a part of the API not offered): 404."""


async def _read_capped(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"a policy is at most {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"a policy is at most {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


# --------------------------------------------------------------------------- server


def parse_endpoint(endpoint: str) -> tuple[str, int]:
    """``host:port`` (``[v6]:port`` for IPv6) as a pair; raises ValueError."""
    host, sep, port = endpoint.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"admin.endpoint {endpoint!r}: expected host:port")
    return host.strip("[]") or "0.0.0.0", int(port)


class _EmbeddedServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._exit_asked = asyncio.Event()

    # The proxy owns SIGTERM/SIGINT (drain, then exit); uvicorn must not take them over.
    @contextlib.contextmanager
    def capture_signals(self):
        yield

    def exit(self) -> None:
        """Ask the serve task to shut down now (uvicorn's own loop notices only at its next tick)."""
        self.should_exit = True
        self._exit_asked.set()

    async def main_loop(self) -> None:
        # uvicorn's loop: a tick every 0.1 s (its Date header, should_exit). Waking on exit()
        # instead of sleeping out the tick takes up to 0.1 s off every stop of the proxy.
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._exit_asked.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        # uvicorn asks open connections to close and then pauses 0.1 s for them; with none
        # open (the usual stop) there is nothing to pause for: close the listeners and go.
        if self.server_state.connections or self.server_state.tasks:
            await super().shutdown(sockets)
            return
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()


class AdminServer:
    """The admin API on ``admin.endpoint``, served by uvicorn inside the running event loop."""

    def __init__(self, config: AdminConfig, state: AdminState) -> None:
        self.config = config
        self.state = state
        self.app = create_app(config, state)
        self._server: _EmbeddedServer | None = None
        self._task: asyncio.Task | None = None
        self.port: int | None = None

    async def start(self) -> int:
        """Bind and serve; returns the bound port (``:0`` in the endpoint picks a free one).

        Raises OSError when the address cannot be bound.
        """
        host, port = parse_endpoint(self.config.endpoint)
        sock = _bind(host, port)
        self.port = sock.getsockname()[1]
        if not self.config.token and not _is_loopback(host):
            log.warning("admin API on %s without admin.token: anyone who can reach it can change the policy",
                        self.config.endpoint)
        server_config = uvicorn.Config(self.app, log_config=None, access_log=False, lifespan="off",
                                       server_header=False, timeout_graceful_shutdown=2)
        self._server = _EmbeddedServer(server_config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]), name="admin-api")
        while not self._server.started:
            if self._task.done():
                sock.close()
                self._task.result()  # raises what stopped it
                raise OSError(f"admin API on {self.config.endpoint} stopped during start-up")
            await asyncio.sleep(0.01)
        log.info("admin API on http://%s:%d (OpenAPI at /docs)", host, self.port)
        return self.port

    async def stop(self, timeout: float = 5.0) -> None:
        """Stop serving; safe to call twice."""
        if self._server is None or self._task is None:
            return
        self._server.exit()
        done, _ = await asyncio.wait([self._task], timeout=timeout)
        if not done:
            self._server.force_exit = True
            self._task.cancel()
            await asyncio.wait([self._task], timeout=1.0)
        self._server = self._task = None


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        raise OSError(exc.errno, f"cannot bind the admin API to {host}:{port}: {exc.strerror}") from None
    return sock


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
