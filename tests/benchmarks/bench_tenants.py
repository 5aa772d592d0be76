"""Records/s through the intake (``Pipeline.submit``: sample, queue, batch, a null upstream)
with tenants off and on: a script, not a test.

    python tests/benchmarks/bench_tenants.py [--runs 9] [--requests 80] [--tenants 20] [--baseline DIR]

Scenarios, each in a fresh process (``PYTHONPATH`` = the checkout), alternating run by run,
timed in CPU seconds from the first submit until the queue has handed every batch to the
upstream (an exporter that answers success at once, so what is timed is the proxy's work):

- single:          ``tenants.mode: single`` (today's path: one ``ExportQueue``)
- passthrough-1:   ``tenants.mode: passthrough``, every request of one tenant
- passthrough-N:   the same requests spread round-robin over ``--tenants`` tenants (each its
                   own sampling state, queue and exporter)
- single-N-groups: single mode, each request's services renamed for one of N groups
                   round-robin: the same split of the traffic as passthrough-N (each group sees
                   1/N of it, so more of it is new, and kept) without tenants; passthrough-N over
                   it is what tenants cost
- baseline-single: with ``--baseline DIR``, ``single`` of the checkout in DIR (main, say),
                   in the same run, so the figures share the machine's load

Requests are the workload's realistic 512-record ones (``otlp_sampler.commands.workload``);
every tenant is warmed first on its own share of requests and the clock moved past its
services' first recompute (steady state). Reported: the median records/s of each scenario
and the kept share (tenants each see a fraction of the traffic, so more of it is new to them).
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from otlp_sampler.commands.workload import Workload

# Runs in a fresh interpreter with PYTHONPATH set to the checkout under test; prints
# "records/s kept_share". argv: data file, tenants (0: single mode; -N: single mode with each
# request's services renamed for one of N groups, round-robin: N tenants' split, without tenants).
SCENARIO = """
import asyncio, pickle, sys, time
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from otlp_sampler.config import ExporterConfig, SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.pipeline import Pipeline
from otlp_sampler.sample import SamplingProcessor
from otlp_sampler.transmit import ExportQueue
from otlp_sampler.transmit.result import ExportResult

class Clock:
    def __init__(self, now): self.now = now
    def __call__(self): return self.now

class NullUpstream:
    name = "null"
    async def send(self, request): return ExportResult.success()
    async def close(self): pass

async def main():
    warm, payloads = pickle.load(open(sys.argv[1], "rb"))
    tenants_wanted = int(sys.argv[2])
    groups = -tenants_wanted if tenants_wanted < 0 else 0
    tenants_wanted = max(tenants_wanted, 0)
    clock, wall = Clock(1000.0), Clock(1.7e9)
    metrics = Metrics()
    processor = SamplingProcessor(SamplingConfig(), PatternCatalog(5000), metrics, seed=1, clock=clock,
                                  wall_clock=wall)
    config = ExporterConfig(protocol="debug", queue={"spool_dir": None, "max_records": 10_000_000,
                                                     "max_batches": 100_000})
    if tenants_wanted:
        from otlp_sampler.tenants import Tenants
        from otlp_sampler.transmit.tenant_queues import TenantQueues
        tenants = Tenants("passthrough", max_tenants=tenants_wanted)
        queue = TenantQueues(config, NullUpstream(), metrics, tenants=tenants,
                             build_exporter=lambda config: NullUpstream())
        owners = [tenants.resolve(f"phc_bench_tenant_{i}") for i in range(tenants_wanted)]
    else:
        queue = ExportQueue(config, NullUpstream(), metrics)
        owners = [None] * max(groups, 1)
    await queue.start()
    pipeline = Pipeline(processor, queue, metrics, retry_after=1.0)

    async def submit(payload, index):
        owner = owners[index % len(owners)]
        request = ExportLogsServiceRequest.FromString(payload)
        if groups:
            for rl in request.resource_logs:
                for kv in rl.resource.attributes:
                    if kv.key == "service.name":
                        kv.value.string_value += f"-{index % groups}"
        if owner is None:
            return await pipeline.submit(request, wire_bytes=0, receiver="bench")
        return await pipeline.submit(request, wire_bytes=0, receiver="bench", tenant=owner)

    for _ in range(3):  # every tenant past its services' first recompute: no start-up in the timing
        for index in range(len(warm) * len(owners)):
            await submit(warm[index % len(warm)], index)
        clock.now += 31.0
        wall.now += 31.0
    await queue.flush(60)
    received = 0
    delivered = {"outcome": "delivered"}
    before = metrics.registry.get_sample_value("otlp_sampler_export_records_total", delivered) or 0
    started = time.process_time()
    for index, payload in enumerate(payloads):
        received += (await submit(payload, index)).records
        clock.now += 0.01
        wall.now += 0.01
    assert await queue.flush(60)
    elapsed = time.process_time() - started
    after = metrics.registry.get_sample_value("otlp_sampler_export_records_total", delivered) or 0
    await queue.stop(5)
    print(received / elapsed, (after - before) / received)

asyncio.run(main())
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--requests", type=int, default=80, help="512-record requests timed per run")
    parser.add_argument("--warm", type=int, default=6, help="512-record requests per tenant per warm-up pass")
    parser.add_argument("--tenants", type=int, default=20, help="tenants of the passthrough-N scenario")
    parser.add_argument("--baseline", metavar="DIR",
                        help="also run 'single' of the otlp-sampler checkout in DIR")
    args = parser.parse_args()

    workload = Workload(seed=7)
    warm = [workload.request(512).SerializeToString() for _ in range(args.warm)]
    payloads = [workload.request(512).SerializeToString() for _ in range(args.requests)]
    here = str(Path(__file__).resolve().parents[2])
    scenarios = {"single": (here, 0), "passthrough-1": (here, 1),
                 f"passthrough-{args.tenants}": (here, args.tenants),
                 f"single-{args.tenants}-groups": (here, -args.tenants)}
    if args.baseline:
        scenarios["baseline-single"] = (str(Path(args.baseline).resolve()), 0)
    rates: dict[str, list[float]] = {name: [] for name in scenarios}
    kept: dict[str, list[float]] = {name: [] for name in scenarios}
    with tempfile.NamedTemporaryFile(suffix=".pickle") as data:
        pickle.dump((warm, payloads), data)
        data.flush()
        for _ in range(args.runs):
            for name, (checkout, tenants) in scenarios.items():
                env = {**os.environ, "PYTHONPATH": checkout}
                out = subprocess.run([sys.executable, "-c", SCENARIO, data.name, str(tenants)],
                                     capture_output=True, text=True, env=env, cwd=checkout)
                if out.returncode:
                    raise SystemExit(f"{name} failed:\n{out.stderr}")
                rate, share = map(float, out.stdout.split())
                rates[name].append(rate)
                kept[name].append(share)
    print(f"{args.requests} requests x 512 records, {args.runs} runs each, alternating, CPU time")
    for name in scenarios:
        values = rates[name]
        share = statistics.median(kept[name])
        print(f"  {name:18s} {statistics.median(values):>10,.0f} records/s  kept {share:6.1%}"
              f"  (runs {', '.join(f'{v:,.0f}' for v in values)})")
    base = statistics.median(rates["single"])
    for name in scenarios:
        if name != "single":
            print(f"  {name} / single: {statistics.median(rates[name]) / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
