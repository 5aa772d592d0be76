"""How often ``add`` and ``add_batch`` name a line by different ids (a development tool, not
a test; docs/patterns.md § Matching, "A request's records read together").

    python tests/patterns/add_vs_batch.py [DIR ...] [--batch 512] [--losses]

The Python SDK mines each record alone as it is logged (``add``), the proxy a request's
records together (``add_batch``): a source rule keyed to the proxy's id does not reach a
record the SDK names otherwise. For each ``*_2k.log_structured.csv`` under each DIR (default:
the Loghub dev sample), two fresh miners (the one on PYTHONPATH) take the file's lines in
order, one by ``add``, one by ``add_batch`` in consecutive batches of ``--batch``; printed:
the lines whose two ids differ, per DIR.

``--losses`` (docs/patterns.md § Accuracy and speed, One line at a time against a request):
where ``add`` loses against ``add_batch``, as grouping accuracy counts it. The labels grouped
right through ``add_batch`` and wrong through ``add`` are classed by what ``add`` did:
``merged`` (its lines' one id shared with another label's), or ``split``, by where the first
shapes of the first two patterns its lines got differ: at one place, the rest equal (the
``first word``, the ``head``: places 1 to ``HEAD_PLACES``, the ``last word``, the ``middle``),
at ``several places``, or at ``another length`` (``evicted``: a pattern no longer held); and
the reverse (``right by add only``: right through ``add``, wrong through ``add_batch``) is
counted. Printed per DIR, and
over all: each class's labels and lines.
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import sys

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.batch_ga import batch_ids
from tests.patterns.corpus.layouts import LOGHUB_SAMPLE, labelled_files, labelled_rows, right_labels

HEAD_PLACES = 4  # places after the first word that the classes call the head's


def differing(messages: list[str], size: int) -> int:
    """The messages whose id from ``add`` differs from their id through ``add_batch``."""
    alone = PatternMiner()
    one_by_one = [str(alone.add(message)) for message in messages]
    together = batch_ids(PatternMiner(), messages, size)
    return sum(a != b for a, b in zip(one_by_one, together, strict=True))


def split_class(first: list[str], second: list[str]) -> str:
    """Where the first shapes of a label's first two patterns (by ``add``) differ."""
    if len(first) != len(second):
        return "split, another length"
    places = [at for at in range(len(first)) if first[at] != second[at]]
    if len(places) != 1:
        return "split, several places"
    at = places[0]
    if at == 0:
        return "split, first word"
    if at == len(first) - 1:
        return "split, last word"
    return "split, head" if at <= HEAD_PLACES else "split, middle"


def losses(messages: list[str], labels: list[str], size: int) -> collections.Counter[tuple[str, str]]:
    """(class, "labels" or "lines") -> count: the labels right through ``add_batch`` at ``size``
    and wrong through ``add``, classed (``split_class``, MERGED), and the reverse."""
    alone = PatternMiner()
    one_by_one = [str(alone.add(message)) for message in messages]
    together = batch_ids(PatternMiner(), messages, size)
    right_alone = right_labels(one_by_one, labels)
    right_together = right_labels(together, labels)
    lines_of: dict[str, list[int]] = collections.defaultdict(list)
    for at, label in enumerate(labels):
        lines_of[label].append(at)
    found: collections.Counter[tuple[str, str]] = collections.Counter()
    for label in right_together - right_alone:
        lines = lines_of[label]
        first = one_by_one[lines[0]]
        other = next((one_by_one[at] for at in lines if one_by_one[at] != first), None)
        if other is None:
            kind = "merged"
        else:
            first_pattern, other_pattern = alone.pattern(first), alone.pattern(other)
            kind = ("split, evicted" if first_pattern is None or other_pattern is None
                    else split_class(first_pattern.shapes[0].tokens, other_pattern.shapes[0].tokens))
        found[kind, "labels"] += 1
        found[kind, "lines"] += len(lines)
    for label in right_alone - right_together:
        found["right by add only", "labels"] += 1
        found["right by add only", "lines"] += len(lines_of[label])
    return found


def print_losses(name: str, found: collections.Counter[tuple[str, str]], lines: int) -> None:
    print(f"{name}: {lines:,} lines")
    kinds = sorted({kind for kind, _ in found}, key=lambda kind: -found[kind, "lines"])
    for kind in kinds:
        print(f"  {kind:24s} {found[kind, 'labels']:5d} labels {found[kind, 'lines']:7,} lines")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--batch", type=int, default=512, help="records per add_batch call")
    parser.add_argument("--losses", action="store_true", help="class where add loses against add_batch")
    args = parser.parse_args()
    if args.losses:
        total: collections.Counter[tuple[str, str]] = collections.Counter()
        all_lines = 0
        for folder in args.dirs or [LOGHUB_SAMPLE]:
            found: collections.Counter[tuple[str, str]] = collections.Counter()
            lines = 0
            for path in labelled_files(folder):
                rows = labelled_rows(path)
                lines += len(rows)
                found += losses([row["Content"] for row in rows], [row["EventTemplate"] for row in rows],
                                args.batch)
            print_losses(str(folder), found, lines)
            total += found
            all_lines += lines
        print_losses("all", total, all_lines)
        return 0
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
