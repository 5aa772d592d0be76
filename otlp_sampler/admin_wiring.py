"""The admin API's view of a running :class:`~otlp_sampler.app.App`, built from its real stages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from otlp_sampler.admin.catalog import catalog_patterns
from otlp_sampler.admin.savings import SavingsMeter
from otlp_sampler.admin.state import ActionUnavailable, AdminState, manual_policy_applier
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.policy.manual import check_manual_policy
from otlp_sampler.policygen.loop import NothingToAnalyze

if TYPE_CHECKING:
    from otlp_sampler.app import App


def build_admin_state(app: App) -> AdminState:
    config = app.config

    def volumes():
        return app.loop.last_volumes

    def swap(doc: PolicyDocument) -> None:
        app.processor.set_policy(doc)

    def readiness() -> tuple[bool, list[str]]:
        reasons = []
        if not app.pipeline.accepting():
            reasons.append("shutting down: intake stopped")
        queue = app.queue
        if queue.auth_failed:
            reasons.append(f"upstream refuses our credentials: {queue.last_error}")
        elif not queue.healthy:
            reasons.append(f"export queue not running: {queue.last_error or 'stopped'}")
        if not queue.has_room():
            reasons.append("export queue full: clients are being told to retry")
        return (not reasons, reasons)

    def file_in_charge() -> None:
        # The file is the source of truth: a write through the API would be undone silently
        # the next time the file changes, so refuse it and say where the policy lives.
        if config.sampling.policy_file:
            raise ActionUnavailable(f"sampling.policy_file ({config.sampling.policy_file}) sets the policy: "
                                    "edit that file instead")

    apply_manual = manual_policy_applier(
        app.store, sampling=config.sampling, generator=config.policy_generator, swap=swap,
        volumes=volumes, price_per_gb=config.admin.price_per_gb)

    async def apply_manual_policy(doc: PolicyDocument) -> PolicyDocument:
        file_in_charge()
        return await apply_manual(doc)

    async def regenerate() -> PolicyDocument:
        file_in_charge()
        try:
            return await app.loop.regenerate_now()
        except NothingToAnalyze as exc:
            raise ActionUnavailable(str(exc)) from None

    async def rollback(version: int) -> PolicyDocument:
        file_in_charge()
        # The old version passed the guards of its day; today's settings (min_rate, say) may
        # be stricter, and every policy in force must keep them.
        check_manual_policy(await app.store.get_policy(version), sampling=config.sampling,
                            generator=config.policy_generator)
        doc = await app.store.rollback(version)
        swap(doc)
        return doc

    savings = SavingsMeter(app.metrics, price_per_gb=config.admin.price_per_gb, volumes=volumes)
    return AdminState(
        store=app.store,
        metrics=app.metrics,
        readiness=readiness,
        current_policy=lambda: app.processor.policy,
        apply_manual_policy=apply_manual_policy,
        regenerate=regenerate,
        patterns=catalog_patterns(app.store, volumes),
        savings=savings.report,
        rollback=rollback,
    )
