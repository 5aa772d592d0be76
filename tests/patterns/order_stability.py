"""How much pattern ids depend on arrival order (not collected by pytest).

    python tests/patterns/order_stability.py [--data DIR] [--seeds 1 2]

For each ``*_2k.log_structured.csv`` under DIR (default: the dev sample,
``../shared/data/loghub-dev``), feeds the ``Content`` lines to a fresh ``PatternMiner`` in
two shuffled orders and prints the share of lines that got the same id in both, per
dataset and on average (docs/patterns.md, Ids and stability).
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # (first: the miner measured is this checkout's)

from tests.patterns.corpus.layouts import LOGHUB_SAMPLE, labelled_files, labelled_rows  # noqa: E402


def stable_share(lines: list[str], seeds: tuple[int, int]) -> float:
    from otlp_sampler.patterns import PatternMiner

    ids = []
    for seed in seeds:
        order = list(range(len(lines)))
        random.Random(seed).shuffle(order)
        miner = PatternMiner()
        got = [""] * len(lines)
        for index in order:
            got[index] = miner.add(lines[index])
        ids.append(got)
    return sum(a == b for a, b in zip(*ids, strict=True)) / len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=LOGHUB_SAMPLE)
    parser.add_argument("--seeds", type=int, nargs=2, default=(1, 2))
    args = parser.parse_args()
    shares = []
    for path in labelled_files(args.data):
        lines = [row["Content"] for row in labelled_rows(path)]
        shares.append(stable_share(lines, tuple(args.seeds)))
        print(f"{path.name.split('_2k')[0]:<14} {shares[-1]:.3f}")
    if not shares:
        sys.exit(f"no *_2k.log_structured.csv under {args.data}")
    print(f"same id in two orders: {sum(shares) / len(shares):.3f} over {len(shares)} datasets")


if __name__ == "__main__":
    main()
