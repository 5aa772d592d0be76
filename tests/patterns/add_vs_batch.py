"""How often ``add`` and ``add_batch`` name a line by different ids (a development tool, not
a test; docs/patterns.md § Matching, "A request's records read together").

    python tests/patterns/add_vs_batch.py [DIR ...] [--batch 512]

The Python SDK mines each record alone as it is logged (``add``), the proxy a request's
records together (``add_batch``): a source rule keyed to the proxy's id does not reach a
record the SDK names otherwise. For each ``*_2k.log_structured.csv`` under each DIR (default:
the Loghub dev sample), two fresh miners (the one on PYTHONPATH) take the file's lines in
order, one by ``add``, one by ``add_batch`` in consecutive batches of ``--batch``; printed:
the lines whose two ids differ, per DIR.
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.batch_ga import batch_ids
from tests.patterns.corpus.layouts import LOGHUB_SAMPLE, labelled_files, labelled_rows


def differing(messages: list[str], size: int) -> int:
    """The messages whose id from ``add`` differs from their id through ``add_batch``."""
    alone = PatternMiner()
    one_by_one = [str(alone.add(message)) for message in messages]
    together = batch_ids(PatternMiner(), messages, size)
    return sum(a != b for a, b in zip(one_by_one, together, strict=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--batch", type=int, default=512, help="records per add_batch call")
    args = parser.parse_args()
    for folder in args.dirs or [LOGHUB_SAMPLE]:
        lines = named_otherwise = 0
        for path in labelled_files(folder):
            messages = [row["Content"] for row in labelled_rows(path)]
            lines += len(messages)
            named_otherwise += differing(messages, args.batch)
        share = 100 * named_otherwise / lines if lines else 0.0
        print(f"{folder}: {named_otherwise:,} of {lines:,} lines ({share:.2f} %) named otherwise by "
              f"add and add_batch at {args.batch}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
