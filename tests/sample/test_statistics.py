"""What sampling promises in numbers: honest weights, real savings, consistent traces (fixed seeds)."""

from __future__ import annotations

import math
import random

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.commands.workload import Workload
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument

from .helpers import FakeClock, attrs, processor, record, records_of, request, summarised


def rate_processor(rate: float, body: str, **config):
    catalog = PatternCatalog(100)
    p = processor(catalog=catalog, novelty={"keep": 0}, **config)
    pid = catalog.miner("svc").add(body)
    p.set_policy(PolicyDocument.model_validate({"services": {"svc": {"patterns": {pid: {"rate": rate}}}}}))
    return p


def test_sum_of_adjusted_counts_at_a_fixed_rate_is_within_binomial_bounds():
    n, rate = 20_000, 0.1
    p = rate_processor(rate, "job 1 finished in 20 ms")
    total = kept = 0.0
    for start in range(0, n, 500):
        req = request([record(f"job {i} finished in {i % 97} ms") for i in range(start, start + 500)])
        p.process(req)
        for rec in records_of(req):
            kept += 1
            total += attrs(rec)["sampling.adjusted_count"]
    sd = math.sqrt(n * rate * (1 - rate))
    assert abs(kept - n * rate) <= 4 * sd
    assert total == kept / rate
    assert abs(total - n) <= 4 * sd / rate


def run_workload(p, requests: int, clock: FakeClock, seed: int = 3, seconds_per_request: float = 0.5):
    """Feed the shared realistic workload; returns (received, kept records, severe in, summarised)."""
    workload = Workload(seed=seed)
    received = severe_in = summaries = 0
    kept: list = []
    for _ in range(requests):
        req = workload.request(512)
        severe_in += sum(1 for r in records_of(req) if r.severity_number >= 13)
        received += p.process(req).received
        kept.extend(records_of(req))
        clock.advance(seconds_per_request)
    summaries += summarised(p.take_summaries())
    return received, kept, severe_in, summaries


def test_zero_config_cuts_a_noisy_workload_by_more_than_60_percent_and_keeps_every_warning():
    clock = FakeClock()
    p = processor(clock)  # the defaults: what `serve` does with no config
    received, kept, severe_in, summaries = run_workload(p, 120, clock)
    assert received == 120 * 512
    assert len(kept) <= 0.4 * received, f"kept {len(kept) / received:.1%}"
    assert sum(1 for r in kept if r.severity_number >= 13) == severe_in
    assert len(kept) + summaries == received


def test_sum_of_adjusted_counts_estimates_the_true_count_under_the_dynamic_sampler():
    # Horvitz-Thompson: E[sum 1/p] = N, Var = sum over records of (1-p)/p, estimated from the
    # kept ones as sum (1-p)/p^2 with 1/p = adjusted_count.
    clock = FakeClock()
    p = processor(clock, dynamic={"interval": "5s"})
    received, kept, _, _ = run_workload(p, 120, clock, seed=11)
    weights = [attrs(r)["sampling.adjusted_count"] for r in kept]
    estimate = sum(weights)
    variance = sum((w - 1) * w for w in weights)  # (1-p)/p^2 = (1/p - 1)/p
    # the sampler really did sample (at the 70 % target the chattiest patterns keep ~1 in 6)
    assert max(weights) > 3
    assert abs(estimate - received) <= 4 * math.sqrt(variance), (estimate, received, math.sqrt(variance))


def test_trace_draw_is_consistent_across_rates():
    rng = random.Random(5)
    traces = [rng.randbytes(16) for _ in range(3000)]
    kept_at: dict[float, set[bytes]] = {}
    for rate in (0.1, 0.3, 0.7):
        p = rate_processor(rate, "span 3 exported to collector 4")
        req = request([record(f"span {i} exported to collector {i % 7}", trace_id=t)
                       for i, t in enumerate(traces)])
        # Every log of a trace shares its fate: send each trace id twice.
        req.resource_logs[0].scope_logs[0].log_records.extend(
            [record(f"span {i} exported to collector 1", trace_id=t) for i, t in enumerate(traces)])
        p.process(req)
        ids = [r.trace_id for r in records_of(req)]
        assert len(ids) == 2 * len(set(ids))
        kept_at[rate] = set(ids)
        assert abs(len(kept_at[rate]) - 3000 * rate) <= 4 * math.sqrt(3000 * rate * (1 - rate))
    assert kept_at[0.1] <= kept_at[0.3] <= kept_at[0.7]


def test_records_without_trace_id_use_the_seeded_rng():
    def kept_bodies(seed: int) -> list[str]:
        p = rate_processor(0.5, "span 3 exported to collector 4", seed=seed)
        req = request([record(f"span {i} exported to collector {i}") for i in range(400)])
        p.process(req)
        return [r.body.string_value for r in records_of(req)]

    assert kept_bodies(1) == kept_bodies(1)
    assert kept_bodies(1) != kept_bodies(2)
    assert 150 < len(kept_bodies(3)) < 250


def test_processing_twice_the_same_bytes_gives_the_same_result():
    workload = Workload(seed=2)
    payload = workload.request(512).SerializeToString()
    outputs = []
    for _ in range(2):
        p = processor()
        req = ExportLogsServiceRequest.FromString(payload)
        p.process(req)
        outputs.append(req.SerializeToString())
    assert outputs[0] == outputs[1]
