"""Mining-path benchmark: every line seen once (not collected by pytest).

    python tests/patterns/bench_once.py [--data DIR] [--drain3]

Reads the ``Content`` column of every ``*_2k.log_structured.csv`` under DIR (default: the
dev sample, ``../shared/data/loghub-dev``), shuffles the lines with a fixed seed and feeds
them once, in one miner, to ``PatternMiner.add`` (and to drain3's default configuration
with ``--drain3``). Lines that do not repeat miss the exact-text cache, so this measures
masking and mining, where ``loghub_ga.py``'s repeated mix mostly measures the cache.
Prints lines per second, the better of three runs.
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import random
import time

from otlp_sampler.patterns import PatternMiner

DEFAULT_DATA = pathlib.Path(__file__).resolve().parents[3] / "shared" / "data" / "loghub-dev"


def _lines(folder: pathlib.Path) -> list[str]:
    lines: list[str] = []
    for path in sorted(folder.glob("*_2k.log_structured.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            lines += [row["Content"] for row in csv.DictReader(handle) if row.get("EventTemplate")]
    random.Random(0).shuffle(lines)
    return lines


def _drain3_add():
    import logging

    from drain3 import TemplateMiner
    from drain3.template_miner_config import TemplateMinerConfig

    logging.getLogger("drain3").setLevel(logging.ERROR)
    config = TemplateMinerConfig()
    config.profiling_enabled = False
    return TemplateMiner(config=config).add_log_message


def _best_rate(make, lines: list[str]) -> float:
    best = 0.0
    for _ in range(3):
        add = make()
        start = time.perf_counter()
        for line in lines:
            add(line)
        best = max(best, len(lines) / (time.perf_counter() - start))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--drain3", action="store_true", help="also time drain3 (default config)")
    args = parser.parse_args()
    lines = _lines(args.data)
    if not lines:
        raise SystemExit(f"no *_2k.log_structured.csv under {args.data}")
    project = _best_rate(lambda: PatternMiner().add, lines)
    print(f"lines: {len(lines):,}, each once; project: {project:,.0f} lines/s", end="")
    if args.drain3:
        drain3 = _best_rate(_drain3_add, lines)
        print(f"; drain3: {drain3:,.0f} lines/s; ratio {project / drain3:.2f}", end="")
    print()


if __name__ == "__main__":
    main()
