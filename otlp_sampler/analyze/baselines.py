"""Per-pattern rate baselines across windows: what "normal" looks like, to tell a burst from it."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection

from otlp_sampler.analyze.volume import Key, VolumePicture


class Baselines:
    """EWMA of records per second per (service, pattern), and of each service's error share.

    A pattern absent from a window counts as rate 0 for it, so a baseline decays while its
    pattern is quiet. Keys in ``frozen`` (patterns in a burst) are left alone, so a burst
    does not become its own baseline while it lasts. At most ``max_patterns`` keys are
    held; the least recently seen go first.
    """

    def __init__(self, alpha: float, *, max_patterns: int = 100_000) -> None:
        if not 0 < alpha <= 1:
            raise ValueError("alpha lies in (0, 1]")
        self.alpha = alpha
        self.max_patterns = max_patterns
        self.windows = 0  # windows absorbed so far; 0 means nothing is "new" yet
        self._rates: OrderedDict[Key, float] = OrderedDict()  # least recently seen first
        self._error_shares: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self._rates)

    def __contains__(self, key: Key) -> bool:
        return key in self._rates

    def rate(self, key: Key) -> float | None:
        """The baseline records/s of a pattern, or None if it was never seen (or was evicted)."""
        return self._rates.get(key)

    def error_share(self, service: str) -> float | None:
        return self._error_shares.get(service)

    def update(self, volumes: VolumePicture, *, frozen: Collection[Key] = ()) -> None:
        """Absorb one window (call after anomaly detection, which compares against the old values)."""
        alpha, keep = self.alpha, 1.0 - self.alpha
        seen = volumes.patterns
        for key in self._rates:
            if key not in seen and key not in frozen:
                self._rates[key] *= keep
        for key, volume in seen.items():
            if key in frozen:
                self._rates.move_to_end(key)
                continue
            current = volumes.per_second(volume.records)
            old = self._rates.get(key)
            self._rates[key] = current if old is None else keep * old + alpha * current
            self._rates.move_to_end(key)
        while len(self._rates) > self.max_patterns:
            self._rates.popitem(last=False)
        for service, totals in volumes.services.items():
            old = self._error_shares.get(service)
            share = totals.error_share
            self._error_shares[service] = share if old is None else keep * old + alpha * share
        self.windows += 1
