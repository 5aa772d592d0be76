"""PatternCatalog: one PatternMiner per service, created on first use, bounded in number."""

from __future__ import annotations

import time
from collections.abc import Callable

from otlp_sampler.patterns.miner import PatternMiner

OVERFLOW_SERVICE = "_other"
MAX_SERVICES = 1000  # miners by default; beyond, the shared OVERFLOW_SERVICE one


class PatternCatalog:
    """``miner(service)`` returns that service's miner; past ``max_services`` a shared one.

    Services are counted, not evicted: a service's pattern ids must not change under it, so
    beyond the cap new services share the miner named ``_other`` (as metrics share a label).
    """

    def __init__(
        self,
        max_patterns_per_service: int = 5000,
        *,
        max_services: int = MAX_SERVICES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.max_patterns_per_service = max_patterns_per_service
        self.max_services = max(1, max_services)
        self._clock = clock
        self._miners: dict[str, PatternMiner] = {}

    def miner(self, service: str, *, ids_of: str | None = None) -> PatternMiner:
        """``ids_of``: the service name its pattern ids are made for, when ``service`` is a
        key of another shape (a tenant's ``<tenant>/<service>``: its own miner, and the ids a
        miner of ``<service>`` alone would give, so a policy ``analyze`` proposed for
        ``<service>`` names its patterns)."""
        found = self._miners.get(service)
        if found is None:
            if len(self._miners) >= self.max_services:
                service = ids_of = OVERFLOW_SERVICE
                found = self._miners.get(service)
                if found is not None:
                    return found
            found = self._miners[service] = PatternMiner(
                ids_of if ids_of is not None else service, self.max_patterns_per_service, clock=self._clock)
        return found

    def services(self) -> list[str]:
        return list(self._miners)

    def __contains__(self, service: str) -> bool:
        return service in self._miners

    def __len__(self) -> int:
        return len(self._miners)
