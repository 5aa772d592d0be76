"""What the decode limits (receive/limits.py) add per record: a script, not a test.

    python tests/benchmarks/bench_decode_limits.py [--requests 40] [--runs 9]

Realistic 512-record requests (otlp_sampler.commands.workload), as protobuf and as
OTLP/JSON. Each run times, in CPU seconds, on the same bodies and alternating:

- decode:         ``codec.decode_request`` alone (the baseline, this run's own);
- decode+limits:  a lease of the decode budget grown to the body's estimate, the decode,
                  ``DecodeLimits.check_attributes``, the release: what a receiver now does.

It prints the medians per record and the difference, the limits' cost per record.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from otlp_sampler.commands.workload import Workload
from otlp_sampler.otlp import codec
from otlp_sampler.receive.limits import DecodeLimits, estimate


async def decode_only(bodies: list[bytes], media: str) -> float:
    started = time.process_time()
    for body in bodies:
        codec.decode_request(body, media)
    return time.process_time() - started


async def decode_with_limits(bodies: list[bytes], media: str, limits: DecodeLimits) -> float:
    started = time.process_time()
    for body in bodies:
        lease = limits.lease()
        try:
            await lease.grow_to(estimate(len(body), media))
            message = codec.decode_request(body, media)
            limits.check_attributes(message, len(body))
        finally:
            lease.release()
    return time.process_time() - started


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=40, help="512-record requests per run")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    workload = Workload(seed=7)
    requests = [workload.request(512) for _ in range(args.requests)]
    records = sum(len(sl.log_records) for r in requests for rl in r.resource_logs for sl in rl.scope_logs)
    limits = DecodeLimits()
    print(f"{args.requests} requests x 512 records, {args.runs} runs alternating, CPU µs per record (median)")
    for media in (codec.PROTOBUF, codec.JSON):
        bodies = [codec.encode_request(r, media) for r in requests]
        base: list[float] = []
        limited: list[float] = []
        await decode_only(bodies, media)  # warm up
        for _ in range(args.runs):
            base.append(await decode_only(bodies, media) / records * 1e6)
            limited.append(await decode_with_limits(bodies, media, limits) / records * 1e6)
        b, w = statistics.median(base), statistics.median(limited)
        diffs = sorted(x - y for x, y in zip(limited, base, strict=True))
        print(f"  {media:24s} decode {b:6.3f}   decode+limits {w:6.3f}   added {w - b:+.3f} µs/record "
              f"(run pairs: {diffs[0]:+.3f} .. {diffs[-1]:+.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
