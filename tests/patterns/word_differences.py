"""Where the miner lets a word differ from another word, and how often that was right (a development tool).

    python tests/patterns/word_differences.py DIR_or_FILE [DIR ...] [--list merges|all]

Each ``*_2k.log_structured.csv`` is fed, in file order, to one ``PatternMiner``; every time
a template's word is generalised against another word (``shapes.Shape.absorb``: neither a
variable, a stem or a mark), the event is logged with the records the template had seen
then and whether the record's label is the template's own (its first record's label) or
another's: a merge of two call sites over one word. Printed: the events and the lines of
the labels at stake (right: the label's lines, which refusing would split; merge: both
labels' lines) by the template's records so far (1: its second record), and, with
``--list``, each merge (or every event) with its place. Round 11 (oneword) read it so: at
the second record the rules are right 24 times in 25 (docs/patterns.md, § Matching).
"""

from __future__ import annotations

import argparse
import collections
import pathlib

from otlp_sampler.patterns import PatternMiner, shapes
from otlp_sampler.patterns.masking import WILDCARD
from otlp_sampler.patterns.templates import MIXED, PUNCT, WILD, token_kind
from tests.patterns.corpus.layouts import labelled_files_in, labelled_rows

_LOGGED: list[dict] = []


def _logging_absorb(original):
    def absorb(shape: shapes.Shape, tokens: list[str]) -> None:
        if len(tokens) == len(shape.tokens):
            for at, (a, b) in enumerate(zip(shape.tokens, tokens)):
                if a != b and WILDCARD not in a and WILDCARD not in b and not (
                        {token_kind(a), token_kind(b)} & {WILD, MIXED, PUNCT}):
                    _LOGGED.append({"pattern": shape.pattern.id, "records": shape.pattern.count,
                                    "at": at, "template": list(shape.tokens), "a": a, "b": b})
        original(shape, tokens)
    return absorb


def events_of(path: pathlib.Path) -> list[dict]:
    """The word-against-word generalisations of one labelled file, each with ``right``."""
    rows = labelled_rows(path)
    labels = [r["EventTemplate"] for r in rows]
    size = collections.Counter(labels)
    miner = PatternMiner()
    own: dict[str, str] = {}
    out = []
    for row, label in zip(rows, labels, strict=True):
        del _LOGGED[:]
        pid = miner.add(row["Content"])
        own.setdefault(pid, label)
        for event in _LOGGED:
            first = own.get(event["pattern"], label)
            event.update(program=path.name.split("_2k")[0], right=first == label,
                         lines=size[label] + (0 if first == label else size[first]))
            out.append(event)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=pathlib.Path, nargs="+")
    parser.add_argument("--list", choices=("merges", "all"))
    args = parser.parse_args()
    shapes.Shape.absorb = _logging_absorb(shapes.Shape.absorb)  # type: ignore[method-assign]
    table: dict[tuple[int, bool], list[int]] = collections.defaultdict(lambda: [0, 0])
    for file in labelled_files_in(args.paths):
        for event in events_of(file):
            cell = table[(min(event["records"], 3), event["right"])]
            cell[0] += 1
            cell[1] += event["lines"]
            if args.list == "all" or (args.list == "merges" and not event["right"]):
                template, at = event["template"], event["at"]
                print(f"{'right' if event['right'] else 'MERGE'} records={event['records']}"
                      f" {event['program']}: {' '.join(template[max(0, at - 4):at])}"
                      f" [{event['a']} | {event['b']}] {' '.join(template[at + 1:at + 4])}")
    print_by_records(table, "right events", "merges")


def print_by_records(table: dict[tuple[int, bool], list[int]], yes: str, no: str) -> None:
    """``table``'s counts and lines by the record (1, 2, 3 or more) at which each was decided,
    the True side headed ``yes``, the False side ``no``."""
    print(f"records  {yes} (lines)  {no} (lines)")
    for records in sorted({key[0] for key in table}):
        first, second = table[(records, True)], table[(records, False)]
        label = f"{records}+" if records == 3 else str(records)
        print(f"{label:>7}  {first[0]:>6} ({first[1]:>6})  {second[0]:>6} ({second[1]:>6})")


if __name__ == "__main__":
    main()
