"""Mining-path benchmark: every line seen once (not collected by pytest).

    python tests/patterns/bench_once.py [--data DIR] [--drain3] [--baseline CHECKOUT] [--rounds 5] [--batch N]

Reads the ``Content`` column of every ``*_2k.log_structured.csv`` under DIR (default: the
dev sample, ``../shared/data/loghub-dev``), shuffles the lines with a fixed seed and feeds
them once, in one miner, to ``PatternMiner.add`` (and to drain3's default configuration
with ``--drain3``). Lines that do not repeat miss the exact-text cache, so this measures
masking and mining, where ``loghub_ga.py``'s repeated mix mostly measures the cache.
With ``--batch N`` the project's lines go in consecutive batches of N through
``PatternMiner.add_batch`` (an OTLP request's records, the proxy's path); a checkout whose
miner has none (an older one) gets ``add`` per line in the same batches (the same loop
around it); drain3 is fed each line alone, as without the option.

Rates are lines per second of CPU time (``time.process_time``: on a shared machine,
waiting for a core is not counted), over ``--rounds`` rounds. With ``--baseline``, the
same is measured for another checkout of the project (its ``otlp_sampler`` on
``PYTHONPATH``), each round running both in turn in fresh processes, so that the two
figures come from one machine state (in alternate order from round to round). Printed: the
best of the rounds and their median.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import pathlib
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

DEFAULT_DATA = pathlib.Path(__file__).resolve().parents[3] / "shared" / "data" / "loghub-dev"
ROOT = pathlib.Path(__file__).resolve().parents[2]


def _lines(folder: pathlib.Path) -> list[str]:
    """Every labelled line of the folder's Loghub-style files, shuffled with a fixed seed;
    the benchmark stops with what it looked for where there are none (a run from a copy
    without ``../shared`` beside it would otherwise divide by zero)."""
    lines: list[str] = []
    # (read here, not with corpus/layouts.labelled_rows: a --baseline child has the baseline
    # first on its path, and so imports that checkout's tests package, older or absent)
    for path in sorted(folder.glob("*_2k.log_structured.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            lines += [row["Content"] for row in csv.DictReader(handle) if row.get("EventTemplate")]
    if not lines:
        raise SystemExit(f"no labelled lines in {folder}/*_2k.log_structured.csv: pass --data DIR")
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


def _project_add():
    from otlp_sampler.patterns import PatternMiner

    return PatternMiner().add


def add_batch_of(miner) -> Callable[[list[str]], list[str]]:
    """``miner.add_batch``, or ``add`` per line where the miner has none (an older checkout's),
    so that a loop feeding it batches is the same around either: the one form of this choice
    for the corpus tools (batch_ga, equivalence, bench_instructions and this file)."""
    add_batch = getattr(miner, "add_batch", None)
    if add_batch is not None:
        return add_batch
    add = miner.add

    def per_line(messages: list[str]) -> list[str]:
        return [add(message) for message in messages]
    return per_line


def _project_add_batch() -> Callable[[list[str]], list[str]]:
    from otlp_sampler.patterns import PatternMiner

    return add_batch_of(PatternMiner())


def _rate(make, lines: list[str]) -> float:
    add = make()
    start = time.process_time()
    for line in lines:
        add(line)
    return len(lines) / (time.process_time() - start)


def _batch_rate(lines: list[str], batch: int) -> float:
    add_batch = _project_add_batch()
    batches = [lines[start:start + batch] for start in range(0, len(lines), batch)]  # (sliced untimed)
    start = time.process_time()
    for messages in batches:
        add_batch(messages)
    return len(lines) / (time.process_time() - start)


def _child(which: str, data: pathlib.Path, checkout: pathlib.Path, batch: int = 0) -> float:
    """One round of one miner in a fresh process (``checkout``'s project on the path)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, __file__, "--child", which, "--data", str(data),
                           "--batch", str(batch)], env=env,
                          capture_output=True, text=True, check=True, timeout=600)
    return json.loads(done.stdout)["rate"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--drain3", action="store_true", help="also time drain3 (default config)")
    parser.add_argument("--baseline", type=pathlib.Path, help="another checkout to time in the same run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=0,
                        help="feed the project's lines N at a time through add_batch (0: add per line)")
    parser.add_argument("--child", choices=["project", "drain3"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.batch < 0:
        parser.error("--batch must be 0 (add per line) or more")
    lines = _lines(args.data)
    if not lines:
        raise SystemExit(f"no *_2k.log_structured.csv under {args.data}")
    if args.child:
        if args.child == "project" and args.batch:
            rate = _batch_rate(lines, args.batch)
        else:
            rate = _rate(_project_add if args.child == "project" else _drain3_add, lines)
        print(json.dumps({"rate": rate}))
        return
    runs: dict[str, list[float]] = {"project": []}
    if args.baseline:
        runs["baseline"] = []
    if args.drain3:
        runs["drain3"] = []
    for number in range(args.rounds):
        # The child timed first in a round is the slower (5 to 10 %, whichever checkout it
        # is): the project and the baseline take turns at going first.
        order = ["project", "baseline"] if number % 2 == 0 else ["baseline", "project"]
        for name in order:
            if name == "project":
                runs["project"].append(_child("project", args.data, ROOT, args.batch))
            elif args.baseline:
                runs["baseline"].append(_child("project", args.data, args.baseline.resolve(), args.batch))
        if args.drain3:
            runs["drain3"].append(_child("drain3", args.data, ROOT))
    fed = f"each once, in batches of {args.batch} (add_batch if it is there)" if args.batch else "each once"
    print(f"lines: {len(lines):,}, {fed}")
    # The best round is the machine's least disturbed state; the median is what the
    # project's figures are reported as (both printed, over the same rounds).
    print("best:   " + _rates_line({name: max(rates) for name, rates in runs.items()}))
    print("median: " + _rates_line({name: statistics.median(rates) for name, rates in runs.items()})
          + f" ({args.rounds} rounds)")


def _rates_line(rate: dict[str, float]) -> str:
    """One summary's rates: the project's, the baseline's and drain3's, and their ratios."""
    out = f"project: {rate['project']:,.0f} lines/s"
    if "baseline" in rate:
        out += f"; baseline: {rate['baseline']:,.0f} lines/s ({rate['project'] / rate['baseline']:.2f}x)"
    if "drain3" in rate:
        out += f"; drain3: {rate['drain3']:,.0f} lines/s; ratio {rate['project'] / rate['drain3']:.2f}"
        if "baseline" in rate:
            out += f" (baseline {rate['baseline'] / rate['drain3']:.2f})"
    return out

if __name__ == "__main__":
    main()
