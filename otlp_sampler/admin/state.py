"""What the admin API needs from the running proxy, as plain callables.

The API knows nothing of the pipeline, the side loop or the exporter: ``App.admin_state`` builds
an :class:`AdminState` from the real stages, tests build one from a real store and small
real pieces. Every callable may be sync or async; the API awaits what is awaitable.

Ready-made pieces for the wiring: :func:`manual_policy_applier` (guards in manual mode,
save, swap), :func:`catalog_patterns` in ``admin/catalog.py`` and :class:`SavingsMeter`
in ``admin/savings.py``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from otlp_sampler.admin.models import PatternView, Savings
from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policy import GeneratorInfo, PolicyDocument
from otlp_sampler.policy.manual import PolicyRejected, check_manual_policy
from otlp_sampler.store import PolicyStore

Maybe = Any  # a value, or an awaitable of it


class ActionUnavailable(RuntimeError):
    """The action cannot run now, e.g. regenerate before any record was seen (the API answers 409)."""


@dataclass
class AdminState:
    """The running proxy as the admin API sees it."""

    store: PolicyStore
    """Policy history, single versions and the catalog are read from it directly."""

    metrics: Metrics
    """Rendered at /metrics."""

    readiness: Callable[[], Maybe]
    """``() -> (ready, reasons)``: ready when intake accepts and the exporter is not failing
    authentication; ``reasons`` says what is wrong otherwise (/readyz answers 503)."""

    current_policy: Callable[[], Maybe]
    """``() -> PolicyDocument | None``: the policy in force in this process's hot path."""

    apply_manual_policy: Callable[[PolicyDocument], Maybe]
    """``(doc) -> PolicyDocument``: guard in manual mode, save as a new version, hot-swap;
    raises :class:`PolicyRejected` with the reasons. See :func:`manual_policy_applier`."""

    regenerate: Callable[[], Maybe]
    """``() -> PolicyDocument``: run the policy loop now and return the version it saved;
    raises :class:`ActionUnavailable` when there is nothing to base a policy on."""

    patterns: Callable[[str | None, int], Maybe]
    """``(service, limit) -> list[PatternView]``: the catalog with recent volumes, heaviest
    first. See :func:`otlp_sampler.admin.catalog.catalog_patterns`."""

    savings: Callable[[], Maybe]
    """``() -> Savings``: records and bytes in and out.
    See :class:`~otlp_sampler.admin.savings.SavingsMeter`."""

    degraded: Callable[[], Maybe] | None = None
    """``() -> list[str]``: what works less well while the proxy stays ready (the store
    unreachable, say); shown in the /readyz body, which stays 200. None: nothing."""

    rollback: Callable[[int], Maybe] | None = None
    """``(version) -> PolicyDocument``: a new version with an old version's rules, swapped in.
    None: ``store.rollback``, relying on the store subscription to swap it in."""

    pattern: Callable[[str, str | None], Maybe] | None = None
    """``(pattern_id, service) -> PatternDetail | None``: one pattern with examples.
    See :class:`otlp_sampler.admin.catalog.CatalogReader`. None: not offered (404)."""

    timeseries: Callable[..., Maybe] | None = None
    """``(minutes, service, pattern_id, patterns, limit) -> Timeseries``: minute points.
    See :class:`otlp_sampler.admin.timeseries.TimeseriesReader`. None: not offered (404)."""


def manual_policy_applier(
    store: PolicyStore,
    *,
    sampling: SamplingConfig,
    generator: PolicyGeneratorConfig | None = None,
    swap: Callable[[PolicyDocument], Any] | None = None,
    volumes: Callable[[], VolumePicture | None] | None = None,
    price_per_gb: float = 0.5,
) -> Callable[[PolicyDocument], Awaitable[PolicyDocument]]:
    """An ``apply_manual_policy`` for :class:`AdminState`.

    The document becomes a manual one (whatever generator it names), passes
    :func:`~otlp_sampler.policy.manual.check_manual_policy` (refused with every problem
    found, never corrected), is saved and handed to ``swap``. Its estimate is recomputed
    from the last window when ``volumes`` has one, else dropped: an estimate copied from
    another version would mislead.
    """
    from otlp_sampler.policy.estimate import estimate_policy

    async def apply(doc: PolicyDocument) -> PolicyDocument:
        # A document fetched with `policy show` and edited is a new manual version, made now.
        doc = doc.model_copy(update={"version": 0, "created_at": datetime.now(UTC),
                                     "generator": GeneratorInfo(kind="manual")}, deep=True)
        check_manual_policy(doc, sampling=sampling, generator=generator)
        picture = volumes() if volumes is not None else None
        doc.estimate = estimate_policy(doc, picture, price_per_gb=price_per_gb) if picture else None
        saved = await store.save_policy(doc)
        if swap is not None:
            swap(saved)
        return saved

    return apply


__all__ = ["ActionUnavailable", "AdminState", "PatternView", "PolicyRejected", "Savings",
           "manual_policy_applier"]
