"""The development mean at the proxy's path: the figure an accuracy change is judged by
(a development tool, not a test; docs/patterns.md § Accuracy and speed, Validation).

    python tests/patterns/corpus/development_mean.py SETS [--batch 512] [--validation rN] [--sets dev,r4,...]

SETS holds the folders ``build_sets.sh`` builds (``dev``, ``r4`` ...), each with seeds
``s0``..``s2``. Every file of every seed is fed in batches of ``--batch`` lines to a fresh
miner (``batch_ga.file_ga``, the one on PYTHONPATH). Printed: each development set's GA per
seed and their mean; the development mean (the mean over the sets of those means, to five
places); the validation set's apart (``--validation``, default the newest round none of
whose programs is held out); the Loghub sample at ``--batch`` and one line at a time. Sets
whose programs are held out are never read. The roles come from the ``sources.py`` on
PYTHONPATH: to score an older checkout (a round's start) on this round's roles, give them,
``--sets`` (the development sets) and ``--validation``, as this checkout prints them.
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import sys

from tests.patterns.corpus.batch_ga import file_ga
from tests.patterns.corpus.layouts import LOGHUB_SAMPLE, labelled_files
from tests.patterns.corpus.sources import PROGRAMS

SEEDS = ("s0", "s1", "s2")


def set_roles() -> tuple[list[str], str]:
    """The development sets (``dev`` and each round from 4 with no program held out) in
    order, and the newest of them, the default validation set."""
    held = {p.rules for p in PROGRAMS if p.held_out}
    rounds = sorted({p.rules for p in PROGRAMS if p.rules > 3} - held)
    names = ["dev"] + [f"r{n}" for n in rounds]
    return names, names[-1]


def folder_ga(folder: pathlib.Path, size: int) -> float:
    """A folder's GA as ``loghub_ga.py`` and ``batch_ga.py`` print it: the mean of its files'."""
    files = labelled_files(folder)
    if not files:
        raise SystemExit(f"no *_2k.log_structured.csv under {folder}")
    return statistics.fmean(file_ga(path, size) for path in files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=pathlib.Path)
    parser.add_argument("--batch", type=int, default=512, help="records per add_batch call")
    parser.add_argument("--validation", help="the validation set, printed apart (default: the newest)")
    parser.add_argument("--sets", dest="development", help="the development sets, comma-separated")
    args = parser.parse_args()
    names, newest = set_roles()
    if args.development:
        names = args.development.split(",")
    validation = args.validation or newest
    means = []
    print("sets: " + ",".join(n for n in names if n != validation) + f"; validation {validation}")
    for name in [n for n in names if n != validation] + [validation]:
        seeds = [folder_ga(args.sets / name / seed, args.batch) for seed in SEEDS]
        mean = statistics.fmean(seeds)
        role = "validation" if name == validation else "development"
        print(f"{name:5s} {' '.join(f'{s:.4f}' for s in seeds)}  mean {mean:.5f}  ({role})", flush=True)
        if name != validation:
            means.append(mean)
    print(f"development mean {statistics.fmean(means):.5f} over {len(means)} sets (batch {args.batch})")
    print(f"Loghub sample {folder_ga(LOGHUB_SAMPLE, args.batch):.4f} (batch {args.batch}), "
          f"{folder_ga(LOGHUB_SAMPLE, 1):.4f} (one line at a time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
