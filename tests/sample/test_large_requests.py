"""Requests far larger than an SDK batch: the right records kept, in order, counts exact.

Scopes of LINEAR_FROM records or more are compacted in one pass (otlp/repeated.py); these
tests check that path keeps exactly the records the per-record decision kept.
"""

from __future__ import annotations

from otlp_sampler.otlp.repeated import LINEAR_FROM
from otlp_sampler.sample.decision import LOW_64
from tests.sample.helpers import attrs, processor, record, records_of, request, summarised

RATE = 0.5


def big_request(n: int):
    return request(record(f"user {i} logged in", trace_id=(i + 1).to_bytes(8, "big") * 2) for i in range(n))


def test_a_large_scope_keeps_exactly_the_drawn_records_in_their_order():
    n = LINEAR_FROM + 1000
    proc = processor(default_rate=RATE, novelty={"enabled": False})
    req = big_request(n)
    expected = [r.body.string_value for r in records_of(req)
                if ((int.from_bytes(r.trace_id, "big") & LOW_64) / 2**64) < RATE]
    outcome = proc.process(req)

    kept = records_of(req)
    assert outcome.received == n
    assert outcome.kept == len(kept) == n - outcome.dropped
    # The interval floor is off in this processor: every record is drawn.
    assert [r.body.string_value for r in kept] == expected
    assert all(attrs(r)["sampling.adjusted_count"] == 1 / RATE for r in kept)
    assert summarised(proc.take_summaries()) == outcome.dropped


def test_large_and_small_scopes_of_one_request_decide_alike():
    """The same records in one large scope or in small scopes: the same ones kept."""
    n = LINEAR_FROM + 10
    one = big_request(n)
    split = big_request(n)
    scope = split.resource_logs[0].scope_logs[0]
    records = list(scope.log_records)
    del split.resource_logs[0].scope_logs[:]
    for start in range(0, n, 1000):
        split.resource_logs[0].scope_logs.add().log_records.extend(records[start:start + 1000])
    for req in (one, split):
        processor(default_rate=RATE, novelty={"enabled": False}).process(req)
    assert [r.body.string_value for r in records_of(one)] == [r.body.string_value for r in records_of(split)]
