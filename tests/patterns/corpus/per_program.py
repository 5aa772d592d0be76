"""Grouping accuracy per program of generated sets (a development tool, not a test).

    python tests/patterns/corpus/per_program.py SET_DIR [SET_DIR ...]

For each ``*_2k.log_structured.csv`` under each SET_DIR (e.g. ``SETS/r8/s0`` from
build_sets.sh), one ``PatternMiner`` is fed the lines in file order and the share of lines
grouped right is printed as ``<set>/<seed> <program> <GA> <lines>``, as
``../shared/tools/loghub_ga.py`` counts it (a label is right when its lines got one id that
no other label's lines got). Sort the output by GA to see where a checkout loses; compare
two checkouts' outputs (PYTHONPATH selects the one measured) to see what a change moved.
"""

from __future__ import annotations

import pathlib
import sys

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.layouts import grouping_accuracy, labelled_files, labelled_rows


def file_accuracy(path: pathlib.Path) -> tuple[float, int]:
    """The share of labelled lines of one file grouped right, and their number."""
    rows = labelled_rows(path)
    miner = PatternMiner()
    ids = [miner.add(r["Content"]) for r in rows]
    return grouping_accuracy(ids, [r["EventTemplate"] for r in rows]), len(rows)


def main(folders: list[str]) -> None:
    for folder in map(pathlib.Path, folders):
        where = f"{folder.parent.name}/{folder.name}"
        for path in labelled_files(folder):
            accuracy, lines = file_accuracy(path)
            print(f"{where} {path.name.split('_2k')[0]} {accuracy:.3f} {lines}")


if __name__ == "__main__":
    main(sys.argv[1:])
