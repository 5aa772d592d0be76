"""Upstream faults, quick versions of the fault table (tests/reliability/fault_table.py).

The real proxy in pass-through mode between a retrying client and a misbehaving sink: once
the sink recovers, every record the proxy acknowledged is there (lost == 0), and no client
had to give up. The full table, with the figures, is in docs/reliability.md.
"""

from __future__ import annotations

import pytest

from tests.reliability.fault_table import QUICK, run

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("scenario", ["down-mid-stream", "flapping", "queue-full", "slow-timeout",
                                      "429", "403", "401", "413", "500", "grpc-down"])
async def test_no_acknowledged_record_is_lost(scenario):
    row = await run(scenario, QUICK)
    print(f"\n{row.markdown()}")
    assert row.sent == QUICK.requests * 10 and row.abandoned == 0
    assert row.lost == 0
    facts = row.facts
    if scenario == "slow-timeout":
        # The upstream stored the attempts the proxy had given up waiting for: at least once.
        assert row.duplicated > 0 and row.received == row.sent + row.duplicated
    else:
        assert row.duplicated == 0 and row.received == row.sent
    if scenario == "queue-full":
        assert facts["refusals"] > 0  # backpressure reached the client, which retried
    if scenario == "429":
        assert facts["answered_429"] == 3
    if scenario in ("401", "403"):
        assert facts["readyz_refused"] == 503
        # Probed about once per retry.max_interval per consumer, not in a hot loop.
        assert facts["probes"] <= facts["probe_budget"]
    if scenario == "403":
        assert facts["readyz_after"] == 200
    if scenario == "500":
        assert facts["answered_500"] > 0  # the upstream did answer 500, and nothing was dropped
    if scenario == "413":
        assert facts["answered_413"] > 0 and facts["largest_accepted"] <= 50


def test_fuzzed_requests_get_bounded_answers_from_the_running_proxy():
    """A short, derandomized run of tests/reliability/fuzz_decoders.py's proxy targets: mutated
    protobuf over gRPC, mutated protobuf and JSON over HTTP, through every stage (sampling on).
    The long run and its figures: docs/reliability.md."""
    from tests.reliability.fuzz_decoders import fuzz_proxy

    campaigns = fuzz_proxy(examples=150)
    for campaign in campaigns:
        assert campaign.crashes == [], campaign.crashes[0]
        assert campaign.stats["inputs"] >= 150
    grpc_stats, http_stats = (c.stats for c in campaigns)
    # Both the accepting and the refusing paths were exercised.
    assert grpc_stats["OK"] and grpc_stats["INVALID_ARGUMENT"]
    assert http_stats["x-protobuf 400"] and http_stats["json 400"]
