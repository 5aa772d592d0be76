"""Templates that differ in one word only: one call site split, or two kept apart (a development tool).

    python tests/patterns/word_splits.py DIR_or_FILE [DIR ...] [--list split|apart|all]

The sibling of ``word_differences.py``, for the refused side. Each ``*_2k.log_structured.csv``
is fed, in file order, to one ``PatternMiner``; then every two of its patterns whose
templates have the same tokens but one, where each has a plain word (no variable, no
mark), are a pair: SPLIT when both patterns' first records carry one label (a call site
the rules split over one word: a relaxation would fix it, the label's lines), APART when
they carry two (two call sites kept apart: a relaxation would merge them, both labels'
lines). Each pair is printed with the later pattern's first record's place (records: how
many records the earlier template held then), the two words, the word before and after
and the position, the two labels, and which of the two words the stream had shown as
values (``ShapeIndex.learn_values``) when the later pattern was born and at the end, so
that a candidate rule can be counted on both sides. Round 11 (wordsplit) read it so
(docs/patterns.md, § Matching).
"""

from __future__ import annotations

import argparse
import collections
import pathlib

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.templates import CAPS, STRONG, TITLE, WORD, token_kind
from tests.patterns.corpus.layouts import labelled_files_in, labelled_rows
from tests.patterns.word_differences import print_by_records

_WORDS = {WORD: "word", TITLE: "Title", CAPS: "CAPS", STRONG: "strong"}


def pairs_of(path: pathlib.Path) -> list[dict]:
    """The one-word pairs of one labelled file's patterns."""
    rows = labelled_rows(path)
    size = collections.Counter(r["EventTemplate"] for r in rows)
    miner = PatternMiner()
    first_label: dict[str, str] = {}
    order: list[str] = []
    records_when_born: dict[str, dict[str, int]] = {}
    counts: collections.Counter[str] = collections.Counter()
    values_when_born: dict[str, frozenset[str]] = {}
    for row in rows:
        pid = miner.add(row["Content"])
        if pid not in first_label:
            first_label[pid] = row["EventTemplate"]
            order.append(pid)
            records_when_born[pid] = dict(counts)
            # (a development tool looks inside: the words the stream has shown as values)
            values_when_born[pid] = frozenset(miner._index.values)
        counts[pid] += 1
    by_length: dict[int, list[tuple[str, list[str]]]] = collections.defaultdict(list)
    for pid in order:
        pattern = miner.pattern(pid)
        if pattern is None:
            continue
        for shape in pattern.shapes:
            by_length[len(shape.tokens)].append((pid, list(shape.tokens)))
    out = []
    for group in by_length.values():
        for i, (early, one) in enumerate(group):
            for late, other in group[i + 1:]:
                if early == late:
                    continue
                at = [k for k, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
                if len(at) != 1 or token_kind(one[at[0]]) not in _WORDS or token_kind(
                        other[at[0]]) not in _WORDS:
                    continue
                k = at[0]
                split = first_label[early] == first_label[late]
                lines = size[first_label[early]] + (0 if split else size[first_label[late]])
                out.append({
                    "program": path.name.split("_2k")[0], "split": split, "lines": lines, "at": k,
                    "length": len(one), "a": one[k], "b": other[k],
                    "kinds": (_WORDS[token_kind(one[k])], _WORDS[token_kind(other[k])]),
                    "before": one[k - 1] if k else "^", "after": one[k + 1] if k + 1 < len(one) else "$",
                    "records": records_when_born[late].get(early, 0), "template": one,
                    "labels": (first_label[early], first_label[late]),
                    "known": ("a" if one[k] in values_when_born[late] else "")
                    + ("b" if other[k] in values_when_born[late] else ""),
                    "known_later": ("a" if one[k] in miner._index.values else "")
                    + ("b" if other[k] in miner._index.values else "")})
    return out


def _row(pair: dict) -> str:
    """One pair, tab-separated: SPLIT/apart, records, lines, program, place/length, kinds,
    word before, the two words, word after, the context, the two labels, the words known
    as values at the later pattern's birth and at the end (a, b, ab or -)."""
    t, k = pair["template"], pair["at"]
    context = f"{' '.join(t[max(0, k - 4):k])} [{pair['a']} | {pair['b']}] {' '.join(t[k + 1:k + 4])}"
    return "\t".join(map(str, (
        "SPLIT" if pair["split"] else "apart", pair["records"], pair["lines"], pair["program"],
        f"{k}/{pair['length']}", "/".join(pair["kinds"]), pair["before"], f"{pair['a']}|{pair['b']}",
        pair["after"], context, *pair["labels"], pair["known"] or "-", pair["known_later"] or "-")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=pathlib.Path, nargs="+")
    parser.add_argument("--list", choices=("split", "apart", "all"))
    args = parser.parse_args()
    table: dict[tuple[int, bool], list[int]] = collections.defaultdict(lambda: [0, 0])
    for file in labelled_files_in(args.paths):
        for pair in pairs_of(file):
            cell = table[(min(pair["records"], 3), pair["split"])]
            cell[0] += 1
            cell[1] += pair["lines"]
            if args.list == "all" or args.list == ("split" if pair["split"] else "apart"):
                print(_row(pair))
    print_by_records(table, "split pairs", "apart pairs")


if __name__ == "__main__":
    main()
