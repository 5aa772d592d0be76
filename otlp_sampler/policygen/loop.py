"""The side loop: every ``analysis.interval``, analyze what the proxy saw and make the next policy.

One cycle: take the processor's window; detect anomalies against the baselines and hand
bursts to the processor; update the baselines; record new patterns in the store's
catalog; then, on the leader only, generate a policy (LLM or heuristic), guard it,
estimate it, save it as a new version and swap it into the hot path. Every replica
follows the store's versions through its subscription, so a version saved anywhere
(another replica's loop, a manual PUT, a rollback) reaches this processor too.

CPU work (anomalies, families, the heuristic) runs in a worker thread: the event loop
keeps serving the hot path. A policy written by a human (manual, file, rollback) pauses
generation until :meth:`PolicyLoop.regenerate_now` is called: the loop does not
overwrite a person's decision a minute later.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from typing import Protocol

from otlp_sampler.admin.metrics import Metrics
from otlp_sampler.analyze.analysis import Analysis, analyze
from otlp_sampler.analyze.anomalies import Anomaly, BurstTracker, detect_anomalies
from otlp_sampler.analyze.baselines import Baselines
from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.config import Config
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.policygen.estimate import estimate_policy
from otlp_sampler.policygen.guards import MANUAL_KINDS, apply_guards

log = logging.getLogger(__name__)

# A new version is saved only when some rule's rate moves by more than this factor (or
# rules appear or go): a stable workload does not fill the history with near-copies.
MATERIAL_CHANGE = 1.1


class Generator(Protocol):
    kind: str

    async def propose(self, analysis: Analysis, previous: PolicyDocument | None) -> PolicyDocument: ...


class NothingToAnalyze(RuntimeError):
    """regenerate_now was asked before any record was seen."""


class PolicyLoop:
    """Runs the analysis/generation cycle; see the module docstring."""

    def __init__(
        self,
        config: Config,
        processor,
        store,
        metrics: Metrics,
        generator: Generator,
        *,
        clock: Callable[[], float] = time.time,
        owner: str | None = None,
    ) -> None:
        self.config = config
        self.processor = processor
        self.store = store
        self.metrics = metrics
        self.generator = generator
        self.clock = clock  # wall clock: burst deadlines are epoch seconds
        self.owner = owner or f"policy-loop-{uuid.uuid4().hex[:12]}"
        self.baselines = Baselines(config.analysis.baseline_alpha)
        self.bursts = BurstTracker(config.sampling.burst)
        self.last_anomalies: list[Anomaly] = []
        self.last_volumes: VolumePicture | None = None
        self._applied_version = 0
        self._cycle_lock = asyncio.Lock()

    # ------------------------------------------------------------------ running

    async def run(self) -> None:
        """Follow the store and run a cycle every interval until cancelled."""
        await self._follow_store()
        interval = self.config.analysis.interval
        try:
            while True:
                await asyncio.sleep(interval)
                try:
                    await self.run_once()
                except Exception:  # one bad cycle must not end the loop: the next may work
                    log.exception("policy cycle failed; keeping the current policy")
                    generations = self.metrics.policy_generations
                    generations.labels(generator=self.generator.kind, outcome="error").inc()
        finally:
            try:
                await self.store.release_leader(self.owner)
            except Exception:
                log.debug("could not release the leader lock", exc_info=True)

    async def regenerate_now(self) -> PolicyDocument:
        """Generate, guard and save a new version now, even over a manual policy (admin API)."""
        stored = await self.run_once(force=True)
        if stored is None:
            raise NothingToAnalyze("no records seen yet: there is nothing to base a policy on")
        return stored

    async def run_once(self, *, force: bool = False) -> PolicyDocument | None:
        """One cycle; returns the version it saved, or None when it saved none."""
        async with self._cycle_lock:
            volumes = await self._observe()
            if not volumes.patterns:
                if not (force and self.last_volumes is not None):
                    return None
                volumes = self.last_volumes  # regenerate right after a cycle: reuse its window
            else:
                self.last_volumes = volumes
            if not force and not await self._is_leader():
                return None
            return await self._generate(volumes, force=force)

    # ------------------------------------------------------------------ steps

    async def _observe(self) -> VolumePicture:
        """Take the window, find anomalies, set bursts, update baselines and the catalog."""
        config = self.config
        window = self.processor.take_window()
        now = self.clock()
        volumes = VolumePicture.from_window(window, keep_severity=config.sampling.keep_severity,
                                            interval=config.analysis.interval)
        anomalies = await asyncio.to_thread(detect_anomalies, volumes, self.baselines,
                                            burst=config.sampling.burst,
                                            error_share_jump=config.analysis.error_share_jump)
        new = [(s, p, volumes.patterns[(s, p)].template, window.started)
               for (s, p) in volumes.patterns if (s, p) not in self.baselines]
        self.processor.set_bursts(self.bursts.update(anomalies, now))
        self.baselines.update(volumes, frozen=self.bursts.active_keys)
        self.last_anomalies = anomalies
        for anomaly in anomalies:
            self.metrics.anomalies.labels(kind=anomaly.kind).inc()
            if anomaly.kind != "new_pattern":
                log.info("anomaly in %s%s: %s", anomaly.service,
                         f"/{anomaly.pattern_id}" if anomaly.pattern_id else "", anomaly.describe())
        if new:
            try:
                await self.store.upsert_patterns(new)
            except Exception:  # the catalog is informational; sampling goes on without it
                log.warning("could not record %d new patterns in the store", len(new), exc_info=True)
        return volumes

    async def _is_leader(self) -> bool:
        ttl = max(3 * self.config.analysis.interval, 10.0)
        try:
            return bool(await self.store.try_acquire_leader(self.owner, ttl))
        except Exception:
            # Store unreachable: keep sampling on the last policy rather than risk two leaders.
            log.warning("cannot reach the store for the leader lock; not generating this cycle",
                        exc_info=True)
            return False

    async def _generate(self, volumes: VolumePicture, *, force: bool) -> PolicyDocument | None:
        config = self.config
        kind = self.generator.kind
        previous = await self.store.current_policy()
        if previous is not None and previous.generator.kind in MANUAL_KINDS and not force:
            self.metrics.policy_generations.labels(generator=kind, outcome="paused").inc()
            return None
        # Only the LLM reads families; the heuristic need not pay for the clustering.
        analysis = await asyncio.to_thread(analyze, volumes, self.last_anomalies,
                                           families=self.generator.kind == "llm")
        doc = await self.generator.propose(analysis, previous)
        doc, corrections = apply_guards(doc, previous, volumes, sampling=config.sampling,
                                        generator=config.policy_generator, metrics=self.metrics, manual=False)
        if corrections:
            log.info("guards corrected %d rule(s) of the %s policy", len(corrections), doc.generator.kind)
        doc.estimate = estimate_policy(doc, volumes, price_per_gb=config.admin.price_per_gb)
        if not force and not material_change(previous, doc):
            self.metrics.policy_generations.labels(generator=kind, outcome="unchanged").inc()
            return None
        stored = await self.store.save_policy(doc)
        self._apply(stored)
        outcome = "fallback" if stored.generator.fallback_reason else "ok"
        self.metrics.policy_generations.labels(generator=kind, outcome=outcome).inc()
        estimate = stored.estimate
        log.info("policy version %d (%s%s): %d rules, estimated reduction %.0f%%", stored.version,
                 stored.generator.kind, ", fallback" if outcome == "fallback" else "",
                 sum(len(s.patterns) for s in stored.services.values()),
                 100 * (estimate.reduction if estimate else 0.0))
        return stored

    # ------------------------------------------------------------------ following the store

    async def _follow_store(self) -> None:
        try:
            current = await self.store.current_policy()
            if current is not None:
                self._apply(current)
            await self.store.subscribe(self._on_version, since=self._applied_version)
        except Exception:
            log.warning("cannot follow the store's policy versions; this replica keeps its policy",
                        exc_info=True)

    async def _on_version(self, doc: PolicyDocument) -> None:
        self._apply(doc)

    def _apply(self, doc: PolicyDocument) -> None:
        if doc.version <= self._applied_version:
            return
        self.processor.set_policy(doc)
        self._applied_version = doc.version
        self.metrics.policy_version.set(doc.version)


def material_change(previous: PolicyDocument | None, doc: PolicyDocument) -> bool:
    """Whether ``doc`` differs enough from ``previous`` to be worth a new version.

    It does when a rate both name moves by more than ``MATERIAL_CHANGE``x, a new rule
    samples (rate < 1), or a default changes. A rule that merely appears at rate 1 or
    disappears does not count: rare patterns come and go between windows, and a pattern
    without a rule falls to the dynamic sampler, which keeps rare patterns too.
    """
    if previous is None or previous.generator.kind != doc.generator.kind:
        return True
    if previous.default_rate != doc.default_rate:
        return True
    old = {(s, p): r.rate for s, sp in previous.services.items() for p, r in sp.patterns.items()}
    for service, service_policy in doc.services.items():
        before = previous.services.get(service)
        default = service_policy.default_rate
        if default is not None and (before is None or before.default_rate != default):
            return True
        for pattern_id, rule in service_policy.patterns.items():
            rate = old.get((service, pattern_id))
            if rate is None:
                if rule.rate < 1.0:
                    return True
            elif rate != rule.rate and max(rate, rule.rate) > MATERIAL_CHANGE * min(rate, rule.rate):
                return True
    return False
