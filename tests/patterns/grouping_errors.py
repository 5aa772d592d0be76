"""List the labels a miner groups wrongly in a labelled dataset (a development tool, not a test).

    python tests/patterns/grouping_errors.py FILE_or_DIR [--limit 40] [--examples 3] [--batch N]

For each ``*_2k.log_structured.csv`` (Loghub's columns ``Content`` and ``EventTemplate``), one
``PatternMiner`` is fed the lines in file order; a label is wrong, as grouping accuracy counts
it, when its lines got more than one id (SPLIT) or share an id with another label's lines
(MERGED). With ``--batch N`` the lines are fed N at a time to ``add_batch``, as
``corpus/batch_ga.py`` feeds them (the proxy's per-request path). Printed largest first: the
label, the templates of its ids, and example lines; last the share of lines grouped right
(the GA that ``../shared/tools/loghub_ga.py`` reports, or ``batch_ga.py`` with ``--batch``).
"""

from __future__ import annotations

import argparse
import collections
import pathlib

# (the miner measured is the one on PYTHONPATH, as for per_program.py: another checkout's
# can be examined with this tool)
from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.batch_ga import batch_ids
from tests.patterns.corpus.layouts import labelled_files_in, labelled_rows


def report(path: pathlib.Path, limit: int, examples: int, batch: int = 0) -> tuple[int, int]:
    rows = labelled_rows(path)
    miner = PatternMiner()
    if batch:
        ids = batch_ids(miner, [r["Content"] for r in rows], batch)
    else:
        ids = [str(miner.add(r["Content"])) for r in rows]
    labels = [r["EventTemplate"] for r in rows]
    labels_of_id: dict[str, set[str]] = collections.defaultdict(set)
    ids_of_label: dict[str, set[str]] = collections.defaultdict(set)
    for pid, label in zip(ids, labels, strict=True):
        labels_of_id[pid].add(label)
        ids_of_label[label].add(pid)
    size = collections.Counter(labels)
    wrong = [label for label, found in ids_of_label.items()
             if len(found) > 1 or any(len(labels_of_id[pid]) > 1 for pid in found)]
    wrong.sort(key=lambda label: -size[label])
    print(f"=== {path.name}")
    for label in wrong[:limit]:
        found = ids_of_label[label]
        kind = "SPLIT" if len(found) > 1 else "MERGED"
        print(f"--- {kind} {size[label]} lines: {label}")
        for pid in list(found)[:4]:
            print(f"    as {miner.template(pid)!r} (labels sharing it: {len(labels_of_id[pid])})")
        for row in [r for r in rows if r["EventTemplate"] == label][:examples]:
            print(f"      e.g. {row['Content'][:220]}")
    bad = sum(size[label] for label in wrong)
    print(f"grouped right: {len(rows) - bad} of {len(rows)} ({(len(rows) - bad) / max(len(rows), 1):.3f})")
    return bad, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=pathlib.Path)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--batch", type=int, default=0,
                        help="feed the lines N at a time to add_batch (0: add, one at a time)")
    args = parser.parse_args()
    if args.batch < 0:
        parser.error("--batch must be 0 (add) or more")
    for file in labelled_files_in([args.path]):
        report(file, args.limit, args.examples, args.batch)


if __name__ == "__main__":
    main()
