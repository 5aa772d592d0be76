"""The ledger: each call's drops, encoded for the spool, restore the same summaries in a new process.

docs/reliability.md § Summaries survive a crash: what a crashed run spooled but never
summarised is counted by the next run's first summary — the same patterns, templates,
counts, bytes and resource.
"""

from __future__ import annotations

from otlp_sampler.commands.workload import Workload
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.sample import SamplingProcessor
from otlp_sampler.sample.annotate import PATTERN_ID_KEY, TEMPLATE_KEY

from .helpers import FakeClock, attrs, processor, records_of, summarised


def per_pattern(summaries) -> dict[tuple[str, str], tuple[int, int, str]]:
    found = {}
    for rl in summaries.resource_logs:
        service = next(kv.value.string_value for kv in rl.resource.attributes if kv.key == "service.name")
        for sl in rl.scope_logs:
            for record in sl.log_records:
                a = attrs(record)
                found[(service, a[PATTERN_ID_KEY])] = (
                    a["sampling.dropped_count"], a["sampling.dropped_bytes"], a[TEMPLATE_KEY])
    return found


def test_a_crashed_runs_ledger_gives_the_next_run_the_same_summaries():
    clock = FakeClock()
    crashed = processor(clock)
    crashed._ledger = True  # as build_processor(..., ledger=True) makes it with a spool
    workload = Workload(seed=9)
    ledgers, received, kept = [], 0, 0
    for _ in range(12):
        request = workload.request(256)
        outcome = crashed.process(request)
        received += outcome.received
        kept += len(records_of(request))
        assert outcome.generation == 0  # no summary taken yet: all of it waits for the first
        if outcome.ledger is not None:
            payload, counted = outcome.ledger
            assert counted == outcome.dropped
            ledgers.append(payload)
        clock.advance(1.0)
    # What the crashed run would have summarised ...
    expected = crashed.take_summaries()
    assert kept + summarised(expected) == received

    # ... is what a fresh process summarises from the spooled ledger alone.
    fresh = SamplingProcessor(crashed.config, PatternCatalog(100), Metrics())
    assert fresh.restore_drops(ledgers) == summarised(expected)
    restored = fresh.take_summaries()
    assert per_pattern(restored) == per_pattern(expected)
    assert fresh.take_summaries() is None
    assert fresh.summary_generation == 2


def test_a_frame_another_version_wrote_is_skipped_not_fatal():
    fresh = processor()
    assert fresh.restore_drops([b"not json", b'[["svc", "zz", "", []]]']) == 0
    assert fresh.take_summaries() is None


async def test_a_sliced_requests_ledger_counts_the_drops_of_every_slice():
    """A large request settles its drops slice by slice; its ledger frame adds them up, counts
    and bytes alike, and keeps the resource's schema, as the summary does."""
    from otlp_sampler.config import SamplingConfig
    from otlp_sampler.sample.slicing import process_in_slices
    from otlp_sampler.sample.summaries import decode_ledger

    from .helpers import record, request

    config = SamplingConfig(default_rate=0.5, novelty={"enabled": False})
    proc = SamplingProcessor(config, PatternCatalog(100), Metrics(), clock=FakeClock(),
                             wall_clock=FakeClock(1.7e9), seed=1, ledger=True)
    big = request(record(f"user {i} logged in from {i % 7}.0.0.1") for i in range(2000))
    big.resource_logs[0].schema_url = "https://opentelemetry.io/schemas/1.24.0"
    outcome = await process_in_slices(proc, big, slice_records=256)
    payload, counted = outcome.ledger
    (group,) = decode_ledger(payload)
    summaries = per_pattern(proc.take_summaries())
    assert counted == outcome.dropped > 256  # more drops than one slice holds
    assert {("svc", pattern_id): (count, size, template)
            for pattern_id, template, count, size in group.rows} == summaries
    assert group.schema_url == "https://opentelemetry.io/schemas/1.24.0"


def test_a_bad_frame_does_not_stop_the_frames_after_it():
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
    from opentelemetry.proto.resource.v1.resource_pb2 import Resource

    from otlp_sampler.sample.summaries import LedgerGroup, encode_ledger

    resource = Resource(attributes=[KeyValue(key="service.name", value=AnyValue(string_value="svc"))])
    good = encode_ledger([LedgerGroup("svc", resource.SerializeToString(), "",
                                      [("00000000000000aa", "job <*> done", 5, 50)])])
    fresh = processor()
    assert fresh.restore_drops([b"not json", good]) == 5
    assert per_pattern(fresh.take_summaries()) == {("svc", "00000000000000aa"): (5, 50, "job <*> done")}
