"""A real admin server on an ephemeral port over a real sqlite store and small real pieces."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import aiohttp
import pytest

from otlp_sampler.admin.api import AdminServer
from otlp_sampler.admin.catalog import catalog_patterns
from otlp_sampler.admin.savings import SavingsMeter
from otlp_sampler.admin.state import ActionUnavailable, AdminState, manual_policy_applier
from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.analyze.window import StatsWindow, severity_bucket
from otlp_sampler.config import AdminConfig, SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policy import GeneratorInfo, PatternRule, PolicyDocument, ServicePolicy
from otlp_sampler.store import SqliteStore

TOKEN = "s3cr3t-admin-token-0123456789"
NOW = 1_700_000_000.0
WINDOW_SECONDS = 10.0

# (service, pattern_id, template, records, bytes per record, severity, kept records)
TRAFFIC = [
    ("checkout", "00000000000000c1", "cart <*> updated with <*> items", 9000, 100, 9, 900),
    ("checkout", "00000000000000c2", "payment <*> failed: <*>", 50, 200, 17, 50),
    ("search", "00000000000000s1", "query <*> took <*> ms", 900, 100, 9, 90),
]


def build_volumes() -> VolumePicture:
    """A real window as the hot path would have filled it, summarised by the real VolumePicture."""
    window = StatsWindow(started=NOW - WINDOW_SECONDS, ended=NOW)
    for service, pattern_id, template, records, size, severity, kept in TRAFFIC:
        stats = window.stats_for(service, pattern_id, template)
        stats.records, stats.bytes = records, records * size
        stats.kept_records, stats.kept_bytes = kept, kept * size
        stats.severities[severity_bucket(severity)] = records
    return VolumePicture.from_window(window, keep_severity=13, interval=WINDOW_SECONDS)


@dataclass
class Proxy:
    """The parts of a running proxy the admin API sees: what a hot path holds, readiness, volumes."""

    store: SqliteStore
    metrics: Metrics = field(default_factory=Metrics)
    in_force: PolicyDocument | None = None
    ready: bool = True
    reasons: list[str] = field(default_factory=list)
    degraded: list[str] = field(default_factory=list)
    volumes: VolumePicture | None = None
    tiers: dict = field(default_factory=dict)  # the processor's tier overrides (the model's verdicts)

    def swap(self, doc: PolicyDocument) -> None:
        if self.in_force is None or doc.version > self.in_force.version:
            self.in_force = doc

    async def regenerate(self) -> PolicyDocument:
        if self.volumes is None:
            raise ActionUnavailable("no records seen yet: there is nothing to base a policy on")
        heaviest = self.volumes.top(1)[0]
        doc = PolicyDocument(
            generator=GeneratorInfo(kind="heuristic"), target_reduction=0.7,
            services={heaviest.service: ServicePolicy(patterns={
                heaviest.pattern_id: PatternRule(template=heaviest.template, rate=0.1, reason="heaviest"),
            })},
        )
        saved = await self.store.save_policy(doc)
        self.swap(saved)
        return saved

    def state(self) -> AdminState:
        sampling = SamplingConfig()
        return AdminState(
            store=self.store,
            metrics=self.metrics,
            readiness=lambda: (self.ready, self.reasons),
            degraded=lambda: self.degraded,
            current_policy=lambda: self.in_force,
            apply_manual_policy=manual_policy_applier(self.store, sampling=sampling, swap=self.swap,
                                                      volumes=lambda: self.volumes, price_per_gb=0.5),
            regenerate=self.regenerate,
            patterns=catalog_patterns(self.store, lambda: self.volumes,
                                      lambda service, pattern_id: self.tiers.get((service, pattern_id))),
            savings=SavingsMeter(self.metrics, price_per_gb=0.5, volumes=lambda: self.volumes,
                                 clock=time.time, started_at=time.time() - 100.0).report,
        )


@dataclass
class Admin:
    url: str
    proxy: Proxy
    server: AdminServer
    http: aiohttp.ClientSession

    async def get(self, path: str, **kwargs):
        async with self.http.get(self.url + path, **kwargs) as response:
            return response.status, await _body(response), response.headers

    async def send(self, method: str, path: str, *, token: str | None = None, **kwargs):
        headers = dict(kwargs.pop("headers", {}))
        # Writes say what they send, as the policy CLI does (admin/guard.py refuses others).
        headers.setdefault("Content-Type", "application/json")
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        async with self.http.request(method, self.url + path, headers=headers, **kwargs) as response:
            return response.status, await _body(response), response.headers


async def _body(response: aiohttp.ClientResponse):
    if response.content_type == "application/json":
        return await response.json()
    return await response.text()


@pytest.fixture
async def start_admin(tmp_path):
    """``await start_admin(token=None)`` -> a running :class:`Admin`; everything stops after the test."""
    started: list[Admin] = []

    async def start(token: str | None = None, **settings) -> Admin:
        proxy = Proxy(store=SqliteStore(tmp_path / f"admin{len(started)}" / "state.db"))
        config = AdminConfig(endpoint="127.0.0.1:0", token=token, price_per_gb=0.5, **settings)
        server = AdminServer(config, proxy.state())
        port = await server.start()
        admin = Admin(f"http://127.0.0.1:{port}", proxy, server, aiohttp.ClientSession())
        started.append(admin)
        return admin

    yield start
    for admin in started:
        await admin.http.close()
        await admin.server.stop()
        await admin.proxy.store.close()


@pytest.fixture
async def admin(start_admin) -> Admin:
    return await start_admin()


def policy_body(rate: float = 0.2, *, pattern_id: str = "00000000000000c1", service: str = "checkout",
                ) -> dict:
    return {
        "default_rate": 0.5,
        "services": {service: {"patterns": {pattern_id: {"template": "cart <*> updated with <*> items",
                                                          "rate": rate, "reason": "chatty"}}}},
    }
