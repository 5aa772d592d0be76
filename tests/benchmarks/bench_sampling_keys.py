"""What the check for forged ``sampling.*`` attributes costs per record: a script, not a test.

    python tests/benchmarks/bench_sampling_keys.py [--requests 100] [--runs 9] [--baseline CHECKOUT]

Realistic 512-record requests (otlp_sampler.commands.workload) go through what a receiver
runs once a request is decoded: the byte prefilter ``intake.mentions_sampling`` on the
request's bytes, then ``Pipeline.submit`` (zero-config sampling, past every service's first
recompute, into a queue that takes everything). CPU µs per record, median over runs, for:

- plain:   records without any ``sampling.`` key: the prefilter says no, nothing is scanned;
- chained: every record carries ``sampling.rule`` and ``sampling.adjusted_count`` 2, as from
  an untrusted proxy in front: the prefilter says yes and every attribute is scanned
  (the rule stripped, the weight kept).

Each run is a fresh process with ``PYTHONPATH`` set to the checkout under test.
``--baseline CHECKOUT``: the same for another checkout (one without the prefilter: its
``submit`` alone), alternating with this one; the ratio of medians. The prefilter alone is
also timed in this checkout: µs per request and ns per record of the plain requests.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RUN = r"""
import asyncio, json, pickle, sys, time
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from otlp_sampler.config import SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.pipeline import Pipeline
from otlp_sampler.sample import SamplingProcessor
try:
    from otlp_sampler.intake import mentions_sampling
except ImportError:  # a checkout before the prefilter
    mentions_sampling = None

class Clock:
    def __init__(self, now): self.now = now
    def __call__(self): return self.now

class Queue:
    def has_room(self): return True
    async def put(self, request, records, ledger=None): return None

async def main(path):
    warm, payloads = pickle.load(open(path, "rb"))
    clock, wall = Clock(1000.0), Clock(1.7e9)
    processor = SamplingProcessor(SamplingConfig(), PatternCatalog(5000), Metrics(), seed=1, clock=clock,
                                  wall_clock=wall)
    pipeline = Pipeline(processor, Queue(), Metrics(), retry_after=1.0)

    async def submit(payload, request):
        if mentions_sampling is None:
            return await pipeline.submit(request, wire_bytes=len(payload), receiver="bench")
        keys = mentions_sampling(payload)
        return await pipeline.submit(request, wire_bytes=len(payload), receiver="bench", sampling_keys=keys)

    for _ in range(3):  # past every service's first recompute: no start-up phase in the timing
        for payload in warm:
            await submit(payload, ExportLogsServiceRequest.FromString(payload))
        clock.now += 31.0
        wall.now += 31.0
    requests = [(payload, ExportLogsServiceRequest.FromString(payload)) for payload in payloads]
    received, started = 0, time.process_time()
    for payload, request in requests:
        received += (await submit(payload, request)).records
        clock.now += 0.01
        wall.now += 0.01
    print(json.dumps({"records": received, "cpu": time.process_time() - started}))

asyncio.run(main(sys.argv[1]))
"""


def chained(payload: bytes) -> bytes:
    """The request with ``sampling.rule`` and ``sampling.adjusted_count`` on every record."""
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

    request = ExportLogsServiceRequest.FromString(payload)
    for rl in request.resource_logs:
        for sl in rl.scope_logs:
            for record in sl.log_records:
                record.attributes.add(key="sampling.rule").value.string_value = "dynamic"
                record.attributes.add(key="sampling.adjusted_count").value.double_value = 2.0
    return request.SerializeToString()


def prefilter_alone(payloads: list[bytes], records: int) -> tuple[float, float]:
    from otlp_sampler.intake import mentions_sampling

    rounds = 50
    started = time.process_time()
    for _ in range(rounds):
        for payload in payloads:
            mentions_sampling(payload)
    elapsed = (time.process_time() - started) / rounds
    return elapsed / len(payloads) * 1e6, elapsed / records * 1e9


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=100, help="512-record requests per run")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--baseline", metavar="CHECKOUT")
    args = parser.parse_args()

    from otlp_sampler.commands.workload import Workload

    workload = Workload(seed=7)
    warm = [workload.request(512).SerializeToString() for _ in range(20)]
    plain = [workload.request(512).SerializeToString() for _ in range(args.requests)]
    workloads = {"plain": (warm, plain), "chained": ([chained(p) for p in warm], [chained(p) for p in plain])}
    checkouts = [str(ROOT)] + ([str(Path(args.baseline).resolve())] if args.baseline else [])
    print(f"{args.requests} requests x 512 records, {args.runs} runs per checkout and workload, alternating")
    for name, data in workloads.items():
        per_record: dict[str, list[float]] = {checkout: [] for checkout in checkouts}
        with tempfile.NamedTemporaryFile(suffix=".pickle") as file:
            pickle.dump(data, file)
            file.flush()
            for _ in range(args.runs):
                for checkout in checkouts:
                    env = {**os.environ, "PYTHONPATH": checkout}
                    out = subprocess.run([sys.executable, "-c", RUN, file.name], check=True,
                                         capture_output=True, text=True, env=env, cwd=checkout)
                    result = json.loads(out.stdout)
                    per_record[checkout].append(result["cpu"] / result["records"] * 1e6)
        medians = {checkout: statistics.median(values) for checkout, values in per_record.items()}
        for checkout, values in per_record.items():
            label = "this checkout" if checkout == str(ROOT) else f"baseline {checkout}"
            print(f"  {name:8} {label}: {medians[checkout]:.3f} µs/record (median; runs "
                  f"{', '.join(f'{v:.3f}' for v in values)})")
        if args.baseline:
            print(f"  {name:8} this checkout / baseline: {medians[str(ROOT)] / medians[checkouts[1]]:.3f}")
    records = 512 * len(plain)
    per_request, per_record_ns = prefilter_alone(plain, records)
    size = statistics.median(len(p) for p in plain)
    print(f"  prefilter alone (plain, median request {size / 1024:.0f} KiB): {per_request:.1f} µs/request, "
          f"{per_record_ns:.1f} ns/record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
