"""Hot-path microbenchmark of ``PatternMiner.add`` (not collected by pytest).

    python tests/patterns/bench_miner.py [--records 300000] [--seed 1] [--baseline CHECKOUT]

Bodies come from the ``bench``/``demo`` workload (services with a few chatty templates
whose variable parts change every record: ids, ips, durations, paths, users), one miner
per service as the proxy runs them. After a warm-up of 20,000 records (the caches learn
the traffic), it times ``add()`` alone and prints microseconds per record, the share of
records answered by each cache level and the number of patterns per service.

With ``--baseline``, another checkout (its ``otlp_sampler`` on ``PYTHONPATH``) is timed
too, in turn with this one in fresh processes, for ``--rounds`` rounds: microseconds of
CPU time (``time.process_time``) per record, one miner per service batch, the best round
of each.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import time

from otlp_sampler import patterns
from otlp_sampler.commands.workload import Workload
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.patterns import miner as miner_module


def _cpu_per_record(records: int, seed: int) -> float:
    """CPU microseconds per add(), one miner per service batch, best of three."""
    drawn = [(service, body) for service, _, body, _ in Workload(seed=seed).draw(records + 20_000)]
    catalog = PatternCatalog()
    for service, body in drawn[:20_000]:
        catalog.miner(service).add(body)
    by_service: dict[str, list[str]] = {}
    for service, body in drawn[20_000:]:
        by_service.setdefault(service, []).append(body)
    return _batched(catalog, by_service, time.process_time) / records * 1e6


def _batched(catalog: PatternCatalog, by_service: dict[str, list[str]], timer) -> float:
    """Seconds (of ``timer``) to add every body, the miner looked up once per service
    batch as the sampling processor does: the best of three."""
    best = float("inf")
    for _ in range(3):
        start = timer()
        for service, bodies in by_service.items():
            add = catalog.miner(service).add
            for body in bodies:
                add(body)
        best = min(best, timer() - start)
    return best


def _baseline(args: argparse.Namespace) -> None:
    root = pathlib.Path(__file__).resolve().parents[2]
    runs: dict[str, list[float]] = {"project": [], "baseline": []}
    for _ in range(args.rounds):
        for name, checkout in (("project", root), ("baseline", args.baseline.resolve())):
            env = {**os.environ, "PYTHONPATH": str(checkout)}
            command = [sys.executable, __file__, "--child", "--records", str(args.records),
                       "--seed", str(args.seed)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=900)
            runs[name].append(json.loads(done.stdout)["us"])
    project, baseline = min(runs["project"]), min(runs["baseline"])
    print(f"records: {args.records:,}, CPU per add(), one miner per service batch: project {project:.2f} us, "
          f"baseline {baseline:.2f} us ({baseline / project:.2f}x as fast)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--baseline", type=pathlib.Path, help="another checkout to time in the same run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps({"us": _cpu_per_record(args.records, args.seed)}))
        return
    if args.baseline:
        _baseline(args)
        return

    drawn = [(service, body) for service, _, body, _ in Workload(seed=args.seed).draw(args.records + 20_000)]
    warm, timed = drawn[:20_000], drawn[20_000:]
    catalog = PatternCatalog()
    for service, body in warm:
        catalog.miner(service).add(body)

    # Count how often each level answers (on a copy of the run, outside the timing).
    levels = {"slow": 0, "mined": 0}
    slow, mine = miner_module.PatternMiner._slow, miner_module.PatternMiner._mine

    def counting_slow(self, *a):
        levels["slow"] += 1
        return slow(self, *a)

    def counting_mine(self, *a):
        levels["mined"] += 1
        return mine(self, *a)

    by_service: dict[str, list[str]] = {}
    for service, body in timed:
        by_service.setdefault(service, []).append(body)

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for service, body in timed:
            catalog.miner(service).add(body)
        best = min(best, time.perf_counter() - start)
    # The same work with the miner looked up once per batch, as the sampling processor does.
    batched = _batched(catalog, by_service, time.perf_counter)

    # (a compiled class takes no new methods: OTLP_SAMPLER_PURE_MINER=1 counts; a checkout
    # from before the compiled miner has no COMPILED)
    compiled = getattr(patterns, "COMPILED", False)
    if not compiled:
        miner_module.PatternMiner._slow, miner_module.PatternMiner._mine = counting_slow, counting_mine
        try:
            for service, body in timed:
                catalog.miner(service).add(body)
        finally:
            miner_module.PatternMiner._slow, miner_module.PatternMiner._mine = slow, mine

    n = len(timed)
    print(f"records: {n:,} after {len(warm):,} warm-up, services: {len(catalog)}")
    print(f"add() per record, miner looked up per record: {best / n * 1e6:.2f} us")
    print(f"add() per record, one miner per service batch: {batched / n * 1e6:.2f} us "
          f"({n / batched:,.0f} records/s)")
    if not compiled:
        exact, masked = n - levels["slow"], levels["slow"] - levels["mined"]
        print(f"answered by exact-text cache: {exact / n:.1%}, masked cache: {masked / n:.1%}, "
              f"mined: {levels['mined'] / n:.2%}")
    for service in catalog.services():
        miner = catalog.miner(service)
        print(f"  {service}: {len(miner)} patterns")


if __name__ == "__main__":
    main()
