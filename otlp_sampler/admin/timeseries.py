"""/api/v1/timeseries: the store's minute points as aligned columns, per service and in total,
and per pattern on request (docs/operations.md § Accounting)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from otlp_sampler.admin.catalog import CATALOG_SCAN
from otlp_sampler.admin.models import PatternSeries, Series, Timeseries
from otlp_sampler.analyze.accounting import MINUTE, SeriesPoint
from otlp_sampler.store import PolicyStore

_COLUMNS = (("records_in", "records"), ("records_out", "kept_records"), ("bytes_in", "bytes"),
            ("bytes_out", "kept_bytes"))


class TimeseriesReader:
    """``read(minutes, service, pattern_id, patterns, limit)``; ``refresh`` is awaited first."""

    def __init__(self, store: PolicyStore, *, price_per_gb: float,
                 refresh: Callable[[], Awaitable[None]] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.price_per_gb = price_per_gb
        self._refresh = refresh
        self._clock = clock

    async def read(self, minutes: int, service: str | None = None, pattern_id: str | None = None,
                   patterns: bool = False, limit: int = 100) -> Timeseries:
        """The last ``minutes`` minutes, the current one included; at most ``limit`` patterns,
        the heaviest by bytes over the range."""
        if self._refresh is not None:
            await self._refresh()
        now = self._clock()
        end = int(now // MINUTE) * MINUTE + MINUTE
        start = end - minutes * MINUTE
        t = list(range(start, end, MINUTE))
        slot = {minute: index for index, minute in enumerate(t)}

        services: dict[str, Series] = {}
        total = _empty(len(t))
        for point in await self.store.series(start, end, service=service):
            _put(services.setdefault(point.service, _empty(len(t))), slot[point.minute], point)
            _put(total, slot[point.minute], point)

        found: list[PatternSeries] = []
        if pattern_id is not None or patterns:
            rows: dict[tuple[str, str], PatternSeries] = {}
            points = await self.store.series(start, end, service=service, pattern_id=pattern_id,
                                             patterns=patterns)
            for point in points:
                if not point.pattern_id:
                    continue
                row = rows.get((point.service, point.pattern_id))
                if row is None:
                    row = rows[(point.service, point.pattern_id)] = PatternSeries(
                        service=point.service, pattern_id=point.pattern_id, **_empty(len(t)).model_dump())
                _put(row, slot[point.minute], point)
            found = sorted(rows.values(), key=lambda r: (-sum(r.bytes_in), r.service, r.pattern_id))[:limit]
            if found:
                templates = {(e.service, e.pattern_id): e.template
                             for e in await self.store.patterns(service, limit=CATALOG_SCAN)}
                for row in found:
                    row.template = templates.get((row.service, row.pattern_id), "")
        return Timeseries(now=now, price_per_gb=self.price_per_gb, t=t, total=total,
                          services=dict(sorted(services.items())), patterns=found)


def _empty(length: int) -> Series:
    return Series(**{column: [0] * length for column, _ in _COLUMNS})


def _put(series: Series, index: int, point: SeriesPoint) -> None:
    for column, name in _COLUMNS:
        getattr(series, column)[index] += getattr(point, name)
