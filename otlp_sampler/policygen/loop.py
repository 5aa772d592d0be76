"""The side loop: every ``analysis.interval``, analyze what the proxy saw and make the next policy.

Every replica observes its own window (anomalies, bursts, baselines, new patterns) and
publishes it to the store; the leader merges the fleet's windows, generates, guards,
estimates and saves a policy, which every replica follows through the store. The cycle,
its contracts and the reasons for them: docs/architecture.md § Internal contracts (Side
loop) and docs/policy-format.md § The side loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Callable
from typing import Protocol

from otlp_sampler.analyze.analysis import Analysis, analyze
from otlp_sampler.analyze.anomalies import Anomaly, AnomalyKind, BurstTracker, detect_anomalies
from otlp_sampler.analyze.baselines import Baselines
from otlp_sampler.analyze.fleet import ReplicaWindow, read_payload, window_payload
from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.analyze.window import StatsWindow
from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.policy.estimate import estimate_policy
from otlp_sampler.policy.guards import MANUAL_KINDS, apply_guards

log = logging.getLogger(__name__)

# A new version is saved only when some rule's rate moves by more than this factor (or
# rules appear or go): a stable workload does not fill the history with near-copies.
MATERIAL_CHANGE = 1.1


class Generator(Protocol):
    kind: str

    async def propose(self, analysis: Analysis, previous: PolicyDocument | None) -> PolicyDocument: ...


class AnomalyListener(Protocol):
    """Hears of each leader cycle's anomalies (the alerter, wired by the app); must not block."""

    def submit(self, anomalies: list[Anomaly], volumes: VolumePicture, now: float) -> None: ...


class NothingToAnalyze(RuntimeError):
    """regenerate_now was asked before any record was seen."""


class PolicyLoop:
    """Runs the analysis/generation cycle (docs/architecture.md, Side loop)."""

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
        alerts: AnomalyListener | None = None,
    ) -> None:
        self.config = config
        self.alerts = alerts  # told of the fleet's anomalies, where they are found: on the leader
        self.processor = processor
        self.store = store
        self.metrics = metrics
        self.generator = generator
        # task: tiers: the model judges new patterns in a task of its own, never on the hot path.
        self.judge = getattr(generator, "judge", None)
        if self.judge is not None:
            self.judge.on_verdicts = processor.set_tiers
        self.clock = clock  # wall clock: burst deadlines are epoch seconds
        self.owner = owner or f"policy-loop-{uuid.uuid4().hex[:12]}"
        self.baselines = Baselines(config.analysis.baseline_alpha)  # this replica's traffic
        self.fleet_baselines: Baselines | None = None  # the merged picture's, while this replica leads
        self.bursts = BurstTracker(config.sampling.burst)
        self.local_anomalies: list[Anomaly] = []  # this replica's last window
        self.last_anomalies: list[Anomaly] = []  # the fleet's, as the last generated policy saw them
        self.last_volumes: VolumePicture | None = None  # this replica's last window with records
        self.last_fleet_volumes: VolumePicture | None = None  # the last merged picture with records
        self.replicas_merged = 0  # other replicas' windows in the last merged picture
        self._applied_version = 0
        self._cycle_lock = asyncio.Lock()
        self._publishing = _Outage("publishing this replica's window to the store",
                                   "the leader's policies miss this replica's traffic")
        self._collecting = _Outage("reading the other replicas' windows from the store",
                                   "policies are made from this replica's traffic only")
        self._cataloguing = _Outage("recording new patterns in the store's catalog",
                                    "patterns first seen meanwhile are missing from it")
        self._locking = _Outage("taking the leader lock in the store",
                                "this replica generates no policy and keeps the one in force")
        self._unreadable: set[str] = set()  # owners whose windows could not be read, warned once

    # ------------------------------------------------------------------ running

    async def run(self) -> None:
        """Follow the store and run a cycle every interval until cancelled."""
        await self._follow_store()
        interval = self.config.analysis.interval
        judging = asyncio.create_task(self.judge.run(), name="tier-judge") if self.judge is not None else None
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
            if judging is not None:
                judging.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await judging
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
            local = await self._observe()
            if local.patterns:
                self.last_volumes = local
            leader = force or await self._is_leader()
            if self.judge is not None:  # only the leader asks the model; the others read its verdicts
                self.judge.submit(local, ask=leader)
            if not leader:
                self.fleet_baselines = None  # should this replica lead later, it starts them afresh
                return None
            volumes = await self._fleet(local)
            if not volumes.patterns:
                if not (force and self.last_fleet_volumes is not None):
                    return None
                volumes = self.last_fleet_volumes  # regenerate right after a cycle: reuse its picture
            else:
                self.last_fleet_volumes = volumes
            return await self._generate(volumes, force=force)

    # ------------------------------------------------------------------ steps

    async def _observe(self) -> VolumePicture:
        """Take the window, find anomalies, set bursts, update baselines and the catalog, publish."""
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
        self.local_anomalies = anomalies
        for anomaly in anomalies:
            self.metrics.anomalies.labels(kind=anomaly.kind).inc()
            if anomaly.kind != AnomalyKind.NEW_PATTERN:
                log.info("anomaly in %s%s: %s", anomaly.service,
                         f"/{anomaly.pattern_id}" if anomaly.pattern_id else "", anomaly.describe())
        if new:
            try:
                await self.store.upsert_patterns(new)
            except Exception as exc:  # the catalog is informational; sampling goes on without it
                self._cataloguing.failed(exc)
            else:
                self._cataloguing.ok()
        await self._publish(window, volumes, anomalies)
        return volumes

    async def _publish(self, window: StatsWindow, volumes: VolumePicture, anomalies: list[Anomaly]) -> None:
        """Leave this window in the store for the leader, empty or not (an empty one replaces the last)."""
        interval = self.config.analysis.interval
        ended = window.ended if window.ended is not None else self.clock()
        payload = await asyncio.to_thread(
            window_payload, self.owner, volumes, started=window.started, ended=ended, bursts=anomalies,
            max_examples=self.config.analysis.reservoir_per_pattern)
        try:
            # Three intervals: a replica that stops publishing (gone, or cut off from the
            # store) stops counting soon, and one late cycle does not drop it.
            await self.store.publish_window(self.owner, payload, max(3 * interval, 1.0))
        except Exception as exc:
            self._publishing.failed(exc)
        else:
            self._publishing.ok()

    async def _fleet(self, local: VolumePicture) -> VolumePicture:
        """This replica's picture merged with every other fresh one; sets ``last_anomalies``."""
        config = self.config
        try:
            payloads = await self.store.collect_windows(exclude_owner=self.owner)
        except Exception as exc:
            self._collecting.failed(exc)
            payloads = []
        else:
            self._collecting.ok()

        def combine() -> tuple[list[ReplicaWindow], dict[str, str], VolumePicture]:
            replicas, bad = [], {}
            for payload in payloads:
                try:
                    replicas.append(read_payload(payload, keep_severity=config.sampling.keep_severity,
                                                 interval=config.analysis.interval))
                except ValueError as exc:
                    bad[str(payload.get("owner", "?"))] = str(exc)
            merged = local.merged([r.picture for r in replicas],
                                  max_examples=config.analysis.reservoir_per_pattern)
            return replicas, bad, merged

        replicas, bad, merged = await asyncio.to_thread(combine)
        for owner, reason in bad.items():
            if owner not in self._unreadable:  # a replica of another version: say so once, not per cycle
                self._unreadable.add(owner)
                log.warning("skipping the window of replica %s: %s", owner, reason)
        self.replicas_merged = len(replicas)
        if self.fleet_baselines is None:
            self.fleet_baselines = Baselines(config.analysis.baseline_alpha)
        anomalies = await asyncio.to_thread(self._fleet_anomalies, merged, replicas)
        if merged.patterns:
            self.last_anomalies = anomalies
            if self.alerts is not None:
                self.alerts.submit(anomalies, merged, self.clock())
        return merged

    def _fleet_anomalies(self, merged: VolumePicture, replicas: list[ReplicaWindow]) -> list[Anomaly]:
        """Every replica's bursts, then new patterns and error-share jumps of the merged picture."""
        config = self.config
        # Bursts are per replica (above): the merged picture is searched for the other kinds.
        found = detect_anomalies(merged, self.fleet_baselines, burst=config.sampling.burst,
                                 error_share_jump=config.analysis.error_share_jump,
                                 kinds=(AnomalyKind.NEW_PATTERN, AnomalyKind.ERROR_SHARE))
        self.fleet_baselines.update(merged)
        bursts: dict = {}
        for anomaly in [*self.local_anomalies, *(b for r in replicas for b in r.bursts)]:
            if anomaly.kind == AnomalyKind.BURST:
                known = bursts.get(anomaly.key)
                if known is None or anomaly.value > known.value:  # the steepest, where it bursts in several
                    bursts[anomaly.key] = anomaly
        return [*bursts.values(), *found]

    async def _is_leader(self) -> bool:
        ttl = max(3 * self.config.analysis.interval, 10.0)
        try:
            leader = bool(await self.store.try_acquire_leader(self.owner, ttl))
        except Exception as exc:
            # Store unreachable: keep sampling on the last policy rather than risk two leaders.
            self._locking.failed(exc)
            return False
        self._locking.ok()
        return leader

    async def _generate(self, volumes: VolumePicture, *, force: bool) -> PolicyDocument | None:
        config = self.config
        kind = self.generator.kind
        previous = await self.store.current_policy()
        if previous is not None and previous.generator.kind in MANUAL_KINDS and not force:
            self.metrics.policy_generations.labels(generator=kind, outcome="paused").inc()
            return None
        # Only the LLM asked for rates reads families; the heuristic need not pay for the clustering.
        analysis = await asyncio.to_thread(analyze, volumes, self.last_anomalies,
                                           families=self.generator.kind == "llm" and self.judge is None)
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
        except Exception as exc:
            # Subscribe all the same: the subscription retries, and delivers the newest
            # version once the store is back (docs/architecture.md § Store).
            log.warning("cannot read the store's current policy (%s); following its versions once it "
                        "answers", exc)
        else:
            if current is not None:
                self._apply(current)
        try:
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


class _Outage:
    """A store call that may fail every interval: logged when it starts failing and when it works again."""

    def __init__(self, what: str, consequence: str) -> None:
        self.what = what
        self.consequence = consequence
        self.failing = False

    def failed(self, exc: Exception) -> None:
        if not self.failing:
            log.warning("%s failed (%s); until it works again %s", self.what, exc, self.consequence)
        self.failing = True

    def ok(self) -> None:
        if self.failing:
            log.info("%s works again", self.what)
        self.failing = False


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
