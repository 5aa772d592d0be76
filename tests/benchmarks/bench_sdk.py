"""What the SDK adds on an application's emit path, against the same app without it, same run.

    python tests/benchmarks/bench_sdk.py [--blocks 41] [--block 1000]

The app: an OpenTelemetry ``LoggerProvider`` with a ``BatchLogRecordProcessor`` over an
exporter that sends nothing, and the same with ``SamplingLogRecordProcessor`` in front.
Records are the ``checkout`` service of the bench/demo workload (commands/workload.py),
rendered before timing. Blocks of ``--block`` ``logger.emit`` calls alternate between
the two apps; each variant's figure is the median over blocks of the CPU time per record
of the emitting thread (``time.thread_time``: a shared machine's load and the batch
processor's export thread stay out of it), and
"added" is the SDK's median minus the baseline's. Three policies: ``sampled`` (every
pattern at rate 0.1: most records dropped before the batch processor), ``kept`` (rate 1:
every record mined, decided and annotated), ``open`` (no policy: kept untouched).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

from opentelemetry._logs import SeverityNumber
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor, LogRecordExporter, LogRecordExportResult
from opentelemetry.sdk.resources import Resource

from otlp_sampler._generated.v1 import policy_pb2
from otlp_sampler.commands.workload import Workload
from otlp_sampler.patterns import PatternMiner
from otlp_sampler.sdk import Sampler
from otlp_sampler.sdk.otel import SamplingLogRecordProcessor

SERVICE = "checkout"


class NullExporter(LogRecordExporter):
    def export(self, batch):
        return LogRecordExportResult.SUCCESS

    def shutdown(self):
        pass

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


def records(n: int) -> list[tuple[str, int, int]]:
    workload = Workload(seed=1)
    out: list[tuple[str, int, int]] = []
    while len(out) < n:
        for service, severity, body, trace_id in workload.draw(4 * n):
            if service == SERVICE:
                out.append((body, severity, int.from_bytes(trace_id, "big")))
    return out[:n]


def policy(bodies: list[str], rate: float | None) -> policy_pb2.Policy | None:
    if rate is None:
        return None
    miner = PatternMiner(SERVICE)
    message = policy_pb2.Policy(version=1, service=SERVICE)
    message.guarantees.keep_severity = 13
    message.guarantees.novelty_keep = 10
    message.guarantees.floor_interval_seconds = 60.0
    for body in bodies:
        message.patterns[miner.add(body)].rate = rate
    return message


def app(sampler: Sampler | None):
    provider = LoggerProvider(resource=Resource.create({"service.name": SERVICE}))
    batch = BatchLogRecordProcessor(NullExporter(), max_queue_size=1 << 20, schedule_delay_millis=200)
    provider.add_log_record_processor(
        batch if sampler is None else SamplingLogRecordProcessor(sampler, batch))
    return provider, provider.get_logger("app")


def emit_block(logger, block: list[tuple[str, int, int]]) -> float:
    emit = logger.emit
    # CPU time of this thread: the emit path's own work, not the time other processes on a
    # shared machine took the core, nor the batch processor's export thread.
    started = time.thread_time()
    for body, severity, _ in block:
        emit(body=body, severity_number=SeverityNumber(severity), severity_text="INFO")
    return (time.thread_time() - started) / len(block) * 1e6


def run(scenario: str, rate: float | None, blocks: int, size: int, data) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as cache:
        sampler = Sampler(SERVICE, "127.0.0.1:9", cache_dir=cache, seed=1, start=False)
        message = policy([body for body, _, _ in data], rate)
        if message is not None:
            sampler.set_policy(message, cache=False)
        base_provider, base = app(None)
        sdk_provider, sdk = app(sampler)
        chunks = [data[i:i + size] for i in range(0, len(data), size)]
        emit_block(base, chunks[0])  # warm-up: every pattern mined, every code path taken once
        emit_block(sdk, chunks[0])
        timings: dict[str, list[float]] = {"base": [], "sdk": []}
        for index in range(blocks):
            chunk = chunks[1 + index % (len(chunks) - 1)]
            order = ("base", "sdk") if index % 2 else ("sdk", "base")
            for name in order:
                timings[name].append(emit_block(base if name == "base" else sdk, chunk))
        base_provider.shutdown()
        sdk_provider.shutdown()
    return statistics.median(timings["base"]), statistics.median(timings["sdk"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=41, help="timed blocks per variant (default 41)")
    parser.add_argument("--block", type=int, default=1000, help="records per block (default 1000)")
    args = parser.parse_args()
    data = records(args.block * 6)
    print(f"records per block: {args.block}, blocks per variant: {args.blocks} (median of per-record means)")
    print(f"{'policy':8} {'without SDK':>12} {'with SDK':>10} {'added':>8}")
    for scenario, rate in (("sampled", 0.1), ("kept", 1.0), ("open", None)):
        base, with_sdk = run(scenario, rate, args.blocks, args.block, data)
        print(f"{scenario:8} {base:9.2f} µs {with_sdk:7.2f} µs {with_sdk - base:+5.2f} µs")


if __name__ == "__main__":
    main()
