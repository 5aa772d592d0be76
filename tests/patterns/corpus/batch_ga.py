"""Grouping accuracy when the miner gets each file's lines in batches, as the proxy gets an
OTLP export request's records (a development tool, not a test).

    python tests/patterns/corpus/batch_ga.py [SET_DIR ...] [--batch 512] [--per-file]

This measures the proxy's per-request path, NOT ``loghub_ga.py``'s one-line contract
(``add(message)`` decides each record's id alone, before the next record exists). An OTLP
export request carries a batch (the OTel SDK's BatchLogRecordProcessor sends up to 512
records), and ``PatternMiner.add_batch(messages) -> list[str]`` may read the batch's later
records before it places each one. Each ``*_2k.log_structured.csv`` under each SET_DIR is fed
in file order, in consecutive batches of ``--batch`` lines, to a fresh ``PatternMiner`` (the
one on PYTHONPATH); a miner without ``add_batch`` gets ``add`` per line, so a checkout that
has none scores its ``loghub_ga.py`` figure at every batch size. With ``--batch 1`` the
figures are ``loghub_ga.py``'s (the same files, rows and GA count; checked: r13/s0 0.905 and
dev/s0 0.947 on main). No SET_DIR: the Loghub dev sample (``../shared/data/loghub-dev`` beside the checkout,
what ``loghub_ga.py`` scores without ``--data``).

One line per SET_DIR (its mean GA over its files, as ``loghub_ga.py`` prints it), then the
mean over the SET_DIRs; the last line is ``mean GA=… over N sets (batch B)``.
"""

from __future__ import annotations

import argparse
import importlib.util
import pathlib
import sys
from collections.abc import Sequence

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.layouts import LOGHUB_SAMPLE, grouping_accuracy, labelled_files, labelled_rows

# bench_once.py (add_batch_of), loaded by its path: run with another checkout first on
# PYTHONPATH, as when scoring an older one, ``tests.patterns`` is that checkout's
_BENCH_ONCE = pathlib.Path(__file__).parents[1] / "bench_once.py"
_SPEC = importlib.util.spec_from_file_location("bench_once", _BENCH_ONCE)
bench_once = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(bench_once)  # type: ignore[union-attr]


def batch_ids(miner: PatternMiner, messages: Sequence[str], size: int) -> list[str]:
    """The ids of ``messages`` fed in consecutive batches of ``size`` (``add`` per line for a
    miner without ``add_batch``)."""
    add_batch = bench_once.add_batch_of(miner)
    ids: list[str] = []
    for start in range(0, len(messages), size):
        ids += [str(pid) for pid in add_batch(list(messages[start:start + size]))]
    return ids


def file_ga(path: pathlib.Path, size: int) -> float:
    rows = labelled_rows(path)
    messages = [row["Content"] for row in rows]
    ids = batch_ids(PatternMiner(), messages, size)
    return grouping_accuracy(ids, [row["EventTemplate"] for row in rows])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--batch", type=int, default=512, help="records per add_batch call")
    parser.add_argument("--per-file", action="store_true", help="also print each file's GA")
    args = parser.parse_args()
    if args.batch < 1:
        parser.error("--batch must be at least 1")
    means = []
    for folder in args.dirs or [LOGHUB_SAMPLE]:
        files = labelled_files(folder)
        if not files:
            print(f"no *_2k.log_structured.csv under {folder}", file=sys.stderr)
            return 2
        scores = []
        for path in files:
            scores.append(file_ga(path, args.batch))
            if args.per_file:
                print(f"  {path.name.split('_2k')[0]:24s} {scores[-1]:.3f}")
        means.append(sum(scores) / len(scores))
        print(f"{folder} GA={means[-1]:.3f} ({len(files)} files)", flush=True)
    print(f"mean GA={sum(means) / len(means):.4f} over {len(means)} sets (batch {args.batch})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
