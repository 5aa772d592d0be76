"""The pattern catalog as /api/v1/patterns shows it: stored patterns joined with recent volumes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from otlp_sampler.admin.models import PatternView
from otlp_sampler.analyze.volume import PatternVolume, VolumePicture
from otlp_sampler.meaning import Classifier
from otlp_sampler.store import PolicyStore

# How much of the catalog one request looks at. Admin requests are rare; the catalog is
# bounded by sampling.max_patterns_per_service per service.
CATALOG_SCAN = 100_000


def catalog_patterns(
    store: PolicyStore, volumes: Callable[[], VolumePicture | None] | None = None,
    classifier: Classifier | None = None,
) -> Callable[[str | None, int], Awaitable[list[PatternView]]]:
    """A ``patterns(service, limit)`` for :class:`~otlp_sampler.admin.state.AdminState`.

    ``volumes`` returns the last analysis window's picture (None before the first). The
    answer lists the heaviest patterns of that window first, then the rest of the catalog,
    newest first; patterns of the window not yet in the catalog appear without ``first_seen``.
    Each pattern's importance tier is the window's (what the processor decided, overrides
    included), else ``classifier``'s reading of its template (``sampling.importance``).
    """
    classifier = classifier or Classifier()

    async def patterns(service: str | None, limit: int) -> list[PatternView]:
        picture = volumes() if volumes is not None else None
        entries = await store.patterns(service, limit=CATALOG_SCAN)
        views: dict[tuple[str, str], PatternView] = {}
        for e in entries:
            tier, reason = classifier.classify(e.service, e.template)
            views[(e.service, e.pattern_id)] = PatternView(
                service=e.service, pattern_id=e.pattern_id, template=e.template,
                first_seen=datetime.fromtimestamp(e.first_seen, UTC), tier=tier.value, tier_reason=reason,
            )
        if picture is not None:
            for key, volume in picture.patterns.items():
                if service is not None and volume.service != service:
                    continue
                known = views.get(key)
                views[key] = with_volume(
                    known or PatternView(service=volume.service, pattern_id=volume.pattern_id,
                                         template=volume.template),
                    volume, picture.duration,
                )
        # dicts keep insertion order: catalog newest first; a stable sort puts weight first.
        ordered = sorted(views.values(), key=lambda v: -(v.bytes_per_s or 0.0))
        return ordered[: max(limit, 0)]

    return patterns


def with_volume(view: PatternView, volume: PatternVolume, duration: float) -> PatternView:
    """``view`` with the window's counts as per-second rates."""
    seconds = duration if duration > 0 else 1.0
    return view.model_copy(update={
        "records_per_s": volume.records / seconds,
        "bytes_per_s": volume.bytes / seconds,
        "kept_records_per_s": volume.kept_records / seconds,
        "kept_bytes_per_s": volume.kept_bytes / seconds,
        "severe_records_per_s": volume.severe_records / seconds,
        "max_severity": volume.max_severity,
        "tier": volume.tier,
        "tier_reason": volume.tier_reason,
    })
