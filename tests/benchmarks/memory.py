"""Long-lived state does not grow with traffic: RSS over a long stream. A script, not a test.

    python tests/benchmarks/memory.py [--scenario processor|miner] [--scale 1.0]

RSS is a process-wide figure that other allocations, the allocator and a loaded machine
move, so it is measured here, not asserted in unit tests (the unit tests keep the
functional checks: tests/sample/test_memory.py, tests/patterns/test_memory.py). Each
scenario warms up, then streams two equal halves and prints the RSS growth of each: a
leak shows as a second half growing like the first; flat state as a second half near 0.

- processor: 4-record batches of one service on a resource of 12 attributes through
  ``SamplingProcessor.process`` (summaries go out on each service's last-seen resource;
  copying it into one long-lived message per batch grew protobuf's arena ~700 bytes a
  batch, ~70 MB per 100k batches).
- miner: unique random messages into one ``PatternMiner`` (max_patterns 5000): every
  structure is capped, so the second 100k messages must add next to nothing.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from otlp_sampler.patterns import PatternMiner
from tests.sample.helpers import FakeClock, processor, record, request

MIB = 1024 * 1024
RESOURCE = {f"host.label.{i}": f"value-{i:04d}-" + "x" * 32 for i in range(12)}


def rss() -> int:
    return psutil.Process().memory_info().rss


def processor_stream(scale: float) -> tuple[Callable[[int], None], int]:
    p = processor(FakeClock(), default_rate=0.001, novelty={"keep": 0})
    batch = [record(f"tick {i}") for i in range(4)]

    def run(batches: int) -> None:
        for _ in range(batches):
            p.process(request(list(batch), service="svc", resource_attributes=RESOURCE))

    return run, int(100_000 * scale)


def garbage(rng: random.Random, words: list[str]) -> Iterator[str]:
    index = 0
    while True:  # the index makes each message unique
        text = " ".join(rng.choices(words, k=rng.randint(3, 14)))
        yield f"{text} {rng.getrandbits(48):x} {rng.choice(words)}{index}"
        index += 1


def miner_stream(scale: float) -> tuple[Callable[[int], None], int]:
    rng = random.Random(20240601)
    words = ["".join(rng.choices(string.ascii_letters, k=rng.randint(3, 10))) for _ in range(20_000)]
    miner = PatternMiner("garbage", max_patterns=5000)
    messages = garbage(rng, words)

    def run(count: int) -> None:
        for _ in range(count):
            miner.add(next(messages))

    return run, int(100_000 * scale)


SCENARIOS = {"processor": processor_stream, "miner": miner_stream}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), action="append")
    parser.add_argument("--scale", type=float, default=1.0, help="stream length, 1.0 = 100k per half")
    args = parser.parse_args(argv)
    print("| scenario | items per half | RSS at start MiB | first half grew MiB | second half grew MiB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in args.scenario or list(SCENARIOS):
        run, half = SCENARIOS[name](args.scale)
        run(half // 20)  # warm up caches and state
        start = rss()
        run(half)
        middle = rss()
        run(half)
        end = rss()
        print(f"| {name} | {half} | {start / MIB:.0f} | {(middle - start) / MIB:.1f} "
              f"| {(end - middle) / MIB:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
