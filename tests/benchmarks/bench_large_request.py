"""Cost per record of one large request, and how long it holds the event loop: a script, not a test.

    python tests/benchmarks/bench_large_request.py [--sizes 10000,100000,1000000,4000000]
        [--runs 3] [--baseline CHECKOUT] [--baseline-max 1000000]

Each size is one OTLP request of that many records of one pattern (``GET /api/items/<id>
200 in <n>ms``, random trace ids) sampled at rate 0.5 (``sampling.default_rate``), so kept
and dropped records interleave, as in issue 14 item 1. In a fresh process per run (with
``PYTHONPATH`` set to the checkout under test): ``Pipeline.submit`` of the decoded request
(with the receivers' prefilter answer, ``intake.mentions_sampling``, where the checkout has
it) into a queue that takes everything, while a task that runs once per event-loop iteration
measures the longest hold (the longest time between two of its turns). Reported per size: median µs/record
(CPU time of the submit) and the median of the longest hold.

``--baseline CHECKOUT``: the same for the otlp-sampler checkout in CHECKOUT (e.g. a
``git worktree`` of the commit before), alternating with this one, every size up to
``--baseline-max`` (the quadratic code takes minutes beyond). The record cap
(``receivers.max_records_per_request``) is the receivers' and is not involved here.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = r"""
import asyncio, json, sys, time
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from otlp_sampler.config import SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.pipeline import Pipeline
from otlp_sampler.sample import SamplingProcessor
try:  # what the receivers pass beside the request (none in a checkout from before it)
    from otlp_sampler.intake import mentions_sampling
    def keys(payload): return {"sampling_keys": mentions_sampling(payload)}
except ImportError:
    def keys(payload): return {}

class Queue:
    def has_room(self): return True
    async def put(self, request, records, ledger=None): return None

async def main(path):
    with open(path, "rb") as f:
        payload = f.read()
    processor = SamplingProcessor(SamplingConfig(default_rate=0.5), PatternCatalog(5000), Metrics(), seed=1)
    pipeline = Pipeline(processor, Queue(), Metrics(), retry_after=1.0)
    # Warm the miner and the processor on the pattern: a steady state, not a first sight.
    warm = ExportLogsServiceRequest.FromString(payload)
    del warm.resource_logs[0].scope_logs[0].log_records[1000:]
    await pipeline.submit(warm, wire_bytes=0, receiver="bench", **keys(payload))
    request = ExportLogsServiceRequest.FromString(payload)
    records = len(request.resource_logs[0].scope_logs[0].log_records)
    longest = 0.0
    done = False

    async def tick():  # runs once per loop iteration: the gap is the longest iteration
        nonlocal longest
        while not done:
            before = time.perf_counter()
            await asyncio.sleep(0)
            longest = max(longest, time.perf_counter() - before)

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0.01)
    cpu, wall = time.process_time(), time.perf_counter()
    result = await pipeline.submit(request, wire_bytes=len(payload), receiver="bench", **keys(payload))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    done = True
    await ticker
    assert result.records == records, result
    print(json.dumps({"records": records, "cpu": cpu, "wall": wall, "hold": longest}))

asyncio.run(main(sys.argv[1]))
"""

DISTINCT = 4096  # records built one by one; the request repeats them


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def build(n: int) -> bytes:
    """An ExportLogsServiceRequest of ``n`` records of one pattern, serialized: DISTINCT
    records repeated (a repeated field's encodings concatenate), one resource, one scope."""
    import random

    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
    from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ScopeLogs
    from opentelemetry.proto.resource.v1.resource_pb2 import Resource

    rng = random.Random(7)
    def body(_: int) -> AnyValue:
        return AnyValue(string_value=f"GET /api/items/{rng.randrange(10**6)} 200 in {rng.randrange(900)}ms")

    distinct = ScopeLogs(log_records=[
        LogRecord(time_unix_nano=1_700_000_000_000_000_000 + i, severity_number=9, severity_text="INFO",
                  body=body(i), trace_id=rng.randbytes(16), span_id=rng.randbytes(8))
        for i in range(DISTINCT)]).SerializeToString()
    whole, part = divmod(n, DISTINCT)
    tail = ScopeLogs.FromString(distinct)
    del tail.log_records[part:]
    scope = distinct * whole + tail.SerializeToString()
    resource = Resource(attributes=[KeyValue(key="service.name", value=AnyValue(string_value="bench"))])
    resource_logs = (b"\x0a" + _varint(resource.ByteSize()) + resource.SerializeToString()
                     + b"\x12" + _varint(len(scope)) + scope)
    return b"\x0a" + _varint(len(resource_logs)) + resource_logs


def run(checkout: str, path: str) -> dict:
    env = {**os.environ, "PYTHONPATH": checkout}
    # cwd: ``python -c`` puts the working directory first on sys.path, before PYTHONPATH.
    out = subprocess.run([sys.executable, "-c", RUN, path], check=True, capture_output=True, text=True,
                         env=env, cwd=checkout)
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000,4000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", metavar="CHECKOUT")
    parser.add_argument("--baseline-max", type=int, default=1_000_000)
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parents[2])
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"one request of N records of one pattern at rate 0.5; median of {args.runs} runs, "
          f"fresh process each, alternating; CPU µs/record of Pipeline.submit, longest event-loop hold")
    print(f"{'records':>10} | {'checkout':40} | {'µs/record':>9} | {'longest hold':>12}")
    for n in sizes:
        checkouts = [here]
        if args.baseline and n <= args.baseline_max:
            checkouts.append(args.baseline)
        results: dict[str, list[dict]] = {checkout: [] for checkout in checkouts}
        with tempfile.NamedTemporaryFile(suffix=".otlp") as data:
            data.write(build(n))
            data.flush()
            for _ in range(args.runs):
                for checkout in checkouts:
                    results[checkout].append(run(checkout, data.name))
        for checkout, rows in results.items():
            per_record = statistics.median(row["cpu"] / row["records"] * 1e6 for row in rows)
            hold = statistics.median(row["hold"] for row in rows)
            print(f"{n:>10,} | {checkout[-40:]:40} | {per_record:9.2f} | {hold * 1e3:10.1f} ms", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
