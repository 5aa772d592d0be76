"""The pattern catalog as /api/v1/patterns shows it: stored patterns joined with their totals,
how this process samples them now, and the last analysis window's volumes."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from otlp_sampler.admin.models import PatternDetail, PatternView
from otlp_sampler.analyze.accounting import PatternTotals
from otlp_sampler.analyze.volume import PatternVolume, VolumePicture
from otlp_sampler.analyze.window import SEVERITY_BUCKETS
from otlp_sampler.meaning import Classifier, Tier
from otlp_sampler.store import PolicyStore

# How much of the catalog one request looks at. Admin requests are rare; the catalog is
# bounded by sampling.max_patterns_per_service per service.
CATALOG_SCAN = 100_000
NEW_FOR = 15 * 60  # seconds a pattern is marked new after it was first seen

Live = Callable[[str, str], tuple[str | None, float | None, bool]]
"""``(service, pattern_id) -> (rule, rate, bursting)`` in this process now."""
Tiers = Callable[[str, str], tuple[Tier, str] | None]
"""``(service, pattern_id) -> (tier, reason)`` given by another source (the model), or None."""


class CatalogReader:
    """``patterns(service, limit)`` and ``pattern(service, pattern_id)`` for the admin API.

    ``volumes`` gives the last analysis window (None before the first); ``live`` how the
    hot path samples a pattern now; ``refresh`` is awaited first (accounting folds what
    the hot path counted, so an answer includes every record received so far). Each
    pattern's importance tier is the window's (what the processor decided, overrides
    included), else the one ``tiers`` gives it (the model's verdict, as the processor has
    it), else ``classifier``'s reading of its template (``sampling.importance``).
    """

    def __init__(self, store: PolicyStore, volumes: Callable[[], VolumePicture | None] | None = None, *,
                 live: Live | None = None, refresh: Callable[[], Awaitable[None]] | None = None,
                 examples: Callable[[str, str], list[str]] | None = None,
                 clock: Callable[[], float] = time.time, classifier: Classifier | None = None,
                 tiers: Tiers | None = None) -> None:
        self.store = store
        self._tiers = tiers
        self._classifier = classifier or Classifier()
        self._volumes = volumes
        self._live = live
        self._refresh = refresh
        self._examples = examples
        self._clock = clock

    async def patterns(self, service: str | None, limit: int) -> list[PatternView]:
        """The heaviest of the last window first, then by bytes received since the start."""
        fields = await self._fields(service)
        ordered = sorted(fields.values(),
                         key=lambda f: (-(f.get("bytes_per_s") or 0.0), -f["bytes_received"]))
        return [PatternView(**f) for f in ordered[: max(limit, 0)]]

    async def pattern(self, pattern_id: str, service: str | None = None) -> PatternDetail | None:
        """One pattern (ids are unique across services; ``service`` narrows the search)."""
        found = next((f for key, f in (await self._fields(service)).items() if key[1] == pattern_id), None)
        if found is None:
            return None
        examples = self._examples(found["service"], pattern_id) if self._examples is not None else []
        return PatternDetail(**found, examples=examples)

    async def _fields(self, service: str | None) -> dict[tuple[str, str], dict[str, Any]]:
        if self._refresh is not None:
            await self._refresh()
        picture = self._volumes() if self._volumes is not None else None
        views: dict[tuple[str, str], dict[str, Any]] = {}
        for entry in await self.store.patterns(service, limit=CATALOG_SCAN):
            views[(entry.service, entry.pattern_id)] = _fresh(
                entry.service, entry.pattern_id, entry.template, first_seen=_time(entry.first_seen))
        for totals in await self.store.pattern_totals(service):
            view = views.setdefault(totals.key, _fresh(totals.service, totals.pattern_id, ""))
            view.update(with_totals(totals))
        if picture is not None:
            for key, volume in picture.patterns.items():
                if service is None or volume.service == service:
                    view = views.setdefault(key, _fresh(volume.service, volume.pattern_id, volume.template))
                    view["template"] = view["template"] or volume.template
                    view.update(with_volume(volume, picture.duration))
        recent = self._clock() - NEW_FOR
        for (name, pattern_id), view in views.items():
            if "tier" not in view:  # not in the window: the model's verdict, else the template's words
                given = self._tiers(name, pattern_id) if self._tiers is not None else None
                tier, view["tier_reason"] = given or self._classifier.classify(name, view["template"])
                view["tier"] = tier.value
            first_seen = view["first_seen"]
            view["new"] = first_seen is not None and first_seen.timestamp() >= recent
            if self._live is not None:
                view["rule"], view["rate"], view["bursting"] = self._live(name, pattern_id)
        return views


def _fresh(service: str, pattern_id: str, template: str,
           first_seen: datetime | None = None) -> dict[str, Any]:
    return {"service": service, "pattern_id": pattern_id, "template": template, "first_seen": first_seen,
            "bytes_received": 0}


def _time(epoch: float) -> datetime | None:
    return datetime.fromtimestamp(epoch, UTC) if epoch else None


def with_totals(totals: PatternTotals) -> dict[str, Any]:
    """A view's fields from a pattern's sums since the start."""
    return {
        "records_received": totals.records, "bytes_received": totals.bytes,
        "records_kept": totals.kept_records, "bytes_kept": totals.kept_bytes,
        "records_dropped": totals.dropped_records, "bytes_dropped": totals.dropped_bytes,
        "severities": dict(totals.severities), "kept_by_rule": dict(totals.kept_by_rule),
        "last_seen": _time(totals.last_seen),
        "max_severity": max(totals.severities, key=SEVERITY_BUCKETS.index, default=None),
    }


def with_volume(volume: PatternVolume, duration: float) -> dict[str, Any]:
    """A view's fields from the window's counts, as per-second rates."""
    seconds = duration if duration > 0 else 1.0
    return {
        "records_per_s": volume.records / seconds,
        "bytes_per_s": volume.bytes / seconds,
        "kept_records_per_s": volume.kept_records / seconds,
        "kept_bytes_per_s": volume.kept_bytes / seconds,
        "severe_records_per_s": volume.severe_records / seconds,
        "max_severity": volume.max_severity,
        "tier": volume.tier,
        "tier_reason": volume.tier_reason,
    }


def catalog_patterns(store: PolicyStore, volumes: Callable[[], VolumePicture | None] | None = None,
                     tiers: Tiers | None = None) -> Callable[[str | None, int], Awaitable[list[PatternView]]]:
    """A ``patterns(service, limit)`` for :class:`~otlp_sampler.admin.state.AdminState`:
    :meth:`CatalogReader.patterns` over the catalog and the store's sums."""
    return CatalogReader(store, volumes, tiers=tiers).patterns
