"""Records/s of ``SamplingProcessor.process`` alone (no network, no codec): a script, not a test.

    python tests/benchmarks/bench_processor.py [--requests 40] [--runs 5] [--unparsed] [--baseline DIR]

Builds realistic 512-record requests (otlp_sampler.commands.workload), decodes fresh
copies for every run (decode is not timed: process() mutates its request) and reports the
median over runs of records/s for:

- off:        sampling.enabled=false, the pass-through baseline
- miner:      only body_text + PatternMiner.add_batch per scope, the floor under "on"
- on:         zero config (severity floor, novelty, dynamic sampler)
- on-20%:     default_rate 0.2, so ~80 % of records are dropped and ~20 % annotated
- null-miner: on-20% with a miner that costs nothing (16 fixed patterns): the processor alone

and the processor's own cost per record: on - miner, and 1/null-miner.

``--unparsed``: records with no severity and the level in the body (the workload's
``unparsed`` form). ``--baseline DIR``: instead, "on" of this checkout and of the one in
DIR, alternating, each in a fresh process on a fake clock past its services' first
recompute (steady state), timed in CPU seconds; medians and their ratio.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.commands.workload import Workload
from otlp_sampler.config import SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.otlp.records import body_text, service_name
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.sample import SamplingProcessor


def decode_all(payloads: list[bytes]) -> list[ExportLogsServiceRequest]:
    requests = []
    for payload in payloads:
        request = ExportLogsServiceRequest()
        request.ParseFromString(payload)
        requests.append(request)
    return requests


class NullMiner:
    """Sixteen patterns picked by body length: isolates the processor from the miner's cost."""

    ids = [f"{i:016x}" for i in range(16)]
    live = {pid: SimpleNamespace(text=f"null template {pid}") for pid in ids}

    def add(self, message: str) -> str:
        return self.ids[len(message) & 15]

    def add_batch(self, messages: list[str]) -> list[str]:
        return [self.ids[len(message) & 15] for message in messages]

    def template(self, pattern_id: str) -> str:
        return self.live[pattern_id].text

    def pattern(self, pattern_id: str) -> SimpleNamespace:
        return self.live[pattern_id]


class NullCatalog:
    def __init__(self, max_patterns_per_service: int = 0) -> None:
        self._miner = NullMiner()

    def miner(self, service: str) -> NullMiner:
        return self._miner


def run_processor(config: SamplingConfig, payloads: list[bytes], warm: list[bytes],
                  catalog_type: type = PatternCatalog) -> tuple[float, float]:
    """Records/s of one run, and the share of records kept; the processor is warmed first."""
    processor = SamplingProcessor(config, catalog_type(config.max_patterns_per_service), Metrics(), seed=1)
    for request in decode_all(warm):
        processor.process(request)
    requests = decode_all(payloads)
    received = kept = 0
    started = time.perf_counter()
    for request in requests:
        outcome = processor.process(request)
        received += outcome.received
        kept += outcome.kept
    elapsed = time.perf_counter() - started
    return received / elapsed, kept / max(received, 1)


def run_miner(payloads: list[bytes], warm: list[bytes]) -> float:
    catalog = PatternCatalog(5000)

    def mine(requests: list[ExportLogsServiceRequest]) -> int:
        count = 0
        for request in requests:
            for rl in request.resource_logs:
                add_batch = catalog.miner(service_name(rl.resource)).add_batch
                for sl in rl.scope_logs:  # (a scope's records mined together, as process mines them)
                    count += len(add_batch([body_text(record.body) for record in sl.log_records]))
        return count

    mine(decode_all(warm))
    requests = decode_all(payloads)
    started = time.perf_counter()
    count = mine(requests)
    return count / (time.perf_counter() - started)


# Runs in a fresh interpreter with PYTHONPATH set to the checkout under test; prints records/s.
STEADY_STATE = """
import pickle, sys, time
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from otlp_sampler.config import SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.sample import SamplingProcessor

class Clock:
    def __init__(self, now): self.now = now
    def __call__(self): return self.now

warm, payloads = pickle.load(open(sys.argv[1], "rb"))
clock, wall = Clock(1000.0), Clock(1.7e9)
processor = SamplingProcessor(SamplingConfig(), PatternCatalog(5000), Metrics(), seed=1, clock=clock,
                              wall_clock=wall)
for _ in range(3):  # past every service's first recompute: no start-up phase in the timing
    for payload in warm:
        processor.process(ExportLogsServiceRequest.FromString(payload))
    clock.now += 31.0
    wall.now += 31.0
requests = [ExportLogsServiceRequest.FromString(p) for p in payloads]
received, started = 0, time.process_time()
for request in requests:
    received += processor.process(request).received
    clock.now += 0.01
    wall.now += 0.01
print(received / (time.process_time() - started))
"""


def compare(payloads: list[bytes], warm: list[bytes], baseline: str, runs: int) -> None:
    """``on`` of this checkout against ``baseline``'s, alternating, one fresh process each."""
    here = str(Path(__file__).resolve().parents[2])
    rates: dict[str, list[float]] = {here: [], baseline: []}
    with tempfile.NamedTemporaryFile(suffix=".pickle") as data:
        pickle.dump((warm, payloads), data)
        data.flush()
        for _ in range(runs):
            for checkout in (here, baseline):
                env = {**os.environ, "PYTHONPATH": checkout}
                # cwd: ``python -c`` puts the working directory first on sys.path, before
                # PYTHONPATH: run from a checkout's root, both runs measured that checkout.
                out = subprocess.run([sys.executable, "-c", STEADY_STATE, data.name], check=True,
                                     capture_output=True, text=True, env=env, cwd=checkout)
                rates[checkout].append(float(out.stdout))
    for checkout, values in rates.items():
        print(f"  on {checkout}: {statistics.median(values):>12,.0f} records/s (median; runs "
              f"{', '.join(f'{v:,.0f}' for v in values)})")
    ratio = statistics.median(rates[here]) / statistics.median(rates[baseline])
    print(f"  this checkout / baseline: {ratio:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=40, help="512-record requests per run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--unparsed", action="store_true", help="no severity, the level in the body")
    parser.add_argument("--baseline", metavar="DIR",
                        help="compare 'on' with the otlp-sampler checkout in DIR")
    args = parser.parse_args()

    workload = Workload(seed=7, unparsed=args.unparsed)
    warm = [workload.request(512).SerializeToString() for _ in range(20)]
    payloads = [workload.request(512).SerializeToString() for _ in range(args.requests)]
    if args.baseline:
        print(f"{args.requests} requests x 512 records{', unparsed' if args.unparsed else ''}, "
              f"{args.runs} runs each, alternating")
        compare(payloads, warm, args.baseline, args.runs)
        return 0
    scenarios = {
        "off": SamplingConfig(enabled=False),
        "on": SamplingConfig(),
        "on-20%": SamplingConfig(default_rate=0.2),
        "null-miner": SamplingConfig(default_rate=0.2),
    }
    results: dict[str, float] = {}
    print(f"{args.requests} requests x 512 records, median of {args.runs} runs")
    for name, config in scenarios.items():
        catalog_type = NullCatalog if name == "null-miner" else PatternCatalog
        runs = [run_processor(config, payloads, warm, catalog_type) for _ in range(args.runs)]
        results[name] = statistics.median(rate for rate, _ in runs)
        kept_share = statistics.median(share for _, share in runs)
        print(f"  {name:8s} {results[name]:>12,.0f} records/s   kept {kept_share:6.1%}")
    results["miner"] = statistics.median(run_miner(payloads, warm) for _ in range(args.runs))
    print(f"  {'miner':8s} {results['miner']:>12,.0f} records/s   (body_text + PatternMiner.add_batch only)")
    miner_us = 1e6 / results["miner"]
    for name in ("on", "on-20%"):
        own = 1e6 / results[name] - miner_us
        print(f"  processor cost on top of the miner, {name}: {own:.2f} µs/record")
    print(f"  processor cost with a null miner: {1e6 / results['null-miner']:.2f} µs/record")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
