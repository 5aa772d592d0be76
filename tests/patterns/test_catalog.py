"""PatternCatalog: one miner per service, bounded in number."""

from __future__ import annotations

from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.patterns.catalog import OVERFLOW_SERVICE


def test_one_miner_per_service_with_the_configured_cap():
    catalog = PatternCatalog(max_patterns_per_service=7)
    first = catalog.miner("checkout")
    assert catalog.miner("checkout") is first
    assert catalog.miner("auth") is not first
    assert first.max_patterns == 7 and first.service == "checkout"
    assert sorted(catalog.services()) == ["auth", "checkout"] and "auth" in catalog


def test_services_beyond_the_cap_share_one_miner():
    catalog = PatternCatalog(max_services=3)
    for name in ("a", "b", "c"):
        catalog.miner(name)
    overflow = catalog.miner("d")
    assert overflow is catalog.miner("e")
    assert overflow.service == OVERFLOW_SERVICE
    assert len(catalog) == 4  # three services and the shared one
    assert catalog.miner("a") is not overflow
