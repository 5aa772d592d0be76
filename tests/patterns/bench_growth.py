"""What a call site's first line costs as patterns accumulate (not collected by pytest).

    python tests/patterns/bench_growth.py --background DIR [DIR ...] --probe DIR [--at 100,4500] [--lines 800]

Fills one miner with the lines of ``--background`` (``bench_once.py``'s mix of those
folders) until it holds N patterns, for each N of ``--at``, then feeds it the first line of
each label of ``--probe``'s programs (programs the background does not hold, as
``bench_once.py`` mixes them; the first ``--lines`` of them): each is a new call site's
first line. Printed: their instructions a line under ``valgrind --tool=cachegrind
--cache-sim=no`` (the same run without them subtracted, as ``bench_instructions.py``
does). With ``--drain3`` drain3's default configuration too, its clusters counted as
patterns. ``PYTHONPATH`` says which checkout is counted.
"""

from __future__ import annotations

import argparse
import csv
import os
import pathlib
import random
import re
import subprocess
import sys
import tempfile

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _labelled(folder: pathlib.Path) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    # (read here, not with corpus/layouts.labelled_rows: the checkout counted, first on
    # PYTHONPATH, lends its tests package too, and an older one lacks it)
    for path in sorted(folder.glob("*_2k.log_structured.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            rows += [(path.stem, row["Content"], row["EventTemplate"])
                     for row in csv.DictReader(handle) if row.get("EventTemplate")]
    random.Random(0).shuffle(rows)
    return rows


def _sets(background: list[pathlib.Path], probe: pathlib.Path, count: int) -> tuple[list[str], list[str]]:
    lines = [text for folder in background for _, text, _ in _labelled(folder)]
    seen: set[tuple[str, str]] = set()
    firsts = []
    for program, text, label in _labelled(probe):
        if (program, label) not in seen:
            seen.add((program, label))
            firsts.append(text)
    return lines, firsts[:count]


def _child(args: argparse.Namespace) -> None:
    background, firsts = _sets(args.background, args.probe, args.lines)
    if args.child == "project":
        from otlp_sampler.patterns import PatternMiner

        miner = PatternMiner(max_patterns=1_000_000)
        add, size = miner.add, miner.__len__
    else:
        import logging

        from drain3 import TemplateMiner
        from drain3.template_miner_config import TemplateMinerConfig

        logging.getLogger("drain3").setLevel(logging.ERROR)
        config = TemplateMinerConfig()
        config.profiling_enabled = False
        drain = TemplateMiner(config=config)
        add, size = drain.add_log_message, lambda: len(drain.drain.clusters)
    fed = 0
    while size() < args.target and fed < len(background):
        add(background[fed])
        fed += 1
    if args.feed:
        for text in firsts:
            add(text)
    print(size(), file=sys.stderr)


def _count(args: argparse.Namespace, which: str, target: int, feed: bool) -> int:
    command = [sys.executable, __file__, "--child", which, "--target", str(target),
               "--lines", str(args.lines), "--probe", str(args.probe),
               "--background", *map(str, args.background), "--feed", "1" if feed else "0"]
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                               f"--cachegrind-out-file={scratch}/out", *command],
                              env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, text=True,
                              check=True, timeout=3600)
    found = _REFS.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--background", type=pathlib.Path, nargs="+", required=True)
    parser.add_argument("--probe", type=pathlib.Path, required=True)
    parser.add_argument("--at", default="100,4500", help="pattern counts, comma-separated")
    parser.add_argument("--lines", type=int, default=800, help="first lines fed at each count")
    parser.add_argument("--drain3", action="store_true")
    parser.add_argument("--child", choices=["project", "drain3"], help=argparse.SUPPRESS)
    parser.add_argument("--target", type=int, help=argparse.SUPPRESS)
    # (0 or 1, not a flag: both runs' argv the same size, as bench_instructions._count says)
    parser.add_argument("--feed", type=int, choices=(0, 1), default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    for which in ["project"] + (["drain3"] if args.drain3 else []):
        for target in (int(at) for at in args.at.split(",")):
            cost = _count(args, which, target, True) - _count(args, which, target, False)
            print(f"{which}, {target:,} patterns: {args.lines} first lines, "
                  f"{cost / args.lines:,.0f} instructions a line", flush=True)


if __name__ == "__main__":
    main()
