"""Sort the call sites a miner splits by a value of another length (a development tool).

    python tests/patterns/width_splits.py DIR [DIR ...] [--examples 2] [--classes 30]

For each ``*_2k.log_structured.csv``, one ``PatternMiner`` is fed the lines in file order (as
``grouping_errors.py`` does). A label whose lines got more than one id is a *width split*
when two of its ids' templates differ in token count. The two templates (the label's
largest id and each other one of another length) are aligned by their longest common
prefix and suffix (a variable matches anything), and the differing span of each is
described: what the shorter one holds there (nothing, one value, words), what the longer
one holds (values only, words, marks), how many constant tokens anchor it on either side,
and the token before it (a naming word, a key mark, a word). Printed: the classes by
lines, largest first, with examples; the lines are the split label's lines outside its
largest id (what the split costs)."""

from __future__ import annotations

import argparse
import collections
import pathlib

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.masking import WILDCARD
from tests.patterns.corpus.layouts import labelled_files, labelled_rows

_MARKS = frozenset(":=,;()[]{}|\"'<>-/")


def _align(a: list[str], b: list[str]) -> tuple[int, int]:
    """The longest common prefix and suffix of ``a`` and ``b`` (a variable matches anything),
    not overlapping in the shorter one."""
    def same(x: str, y: str) -> bool:
        return x == y or WILDCARD in (x, y)
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and same(a[head], b[head]):
        head += 1
    tail = 0
    while tail < shortest - head and same(a[-1 - tail], b[-1 - tail]):
        tail += 1
    return head, tail


def _span_kind(span: list[str]) -> str:
    if not span:
        return "nothing"
    if all(WILDCARD in token for token in span):
        return "value" if len(span) == 1 else "values"
    if any(token in _MARKS for token in span):
        return "words+marks"
    return "words"


def _before_kind(tokens: list[str], at: int) -> str:
    if at == 0:
        return "start"
    token = tokens[at - 1]
    if token in ("=", ":"):
        return f"key'{token}'"
    if token in _MARKS:
        return "mark"
    if WILDCARD in token:
        return "value"
    return "word"


def _anchors(tokens: list[str]) -> str:
    count = sum(1 for token in tokens if WILDCARD not in token)
    return "2+" if count >= 2 else str(count)


def classify(short: list[str], long: list[str]) -> tuple[str, str]:
    """The class of the difference between two templates (token lists) and a one-line
    picture of it."""
    head, tail = _align(short, long)
    span_short = short[head:len(short) - tail]
    span_long = long[head:len(long) - tail]
    key = (f"{_span_kind(span_short)} vs {_span_kind(span_long)}; "
           f"anchors {_anchors(short[:head])}/{_anchors(short[len(short) - tail:])}; "
           f"before {_before_kind(short, head)}")
    picture = (" ".join(short[max(0, head - 3):head]) + " [" + " ".join(span_short) + " | "
               + " ".join(span_long) + "] " + " ".join(short[len(short) - tail:][:3]))
    return key, picture


def width_splits(path: pathlib.Path) -> list[tuple[str, int, str, str]]:
    """(label, lines outside its largest id, class, picture) of each width split in ``path``."""
    rows = labelled_rows(path)
    miner = PatternMiner()
    ids_of_label: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in rows:
        ids_of_label[row["EventTemplate"]][miner.add(row["Content"])] += 1
    found = []
    for label, ids in ids_of_label.items():
        if len(ids) < 2:
            continue
        (main, _), *others = ids.most_common()
        main_shape = miner.pattern(main).shapes[0].tokens
        for pid, count in others:
            pattern = miner.pattern(pid)
            if pattern is None or not pattern.shapes:
                continue
            tokens = pattern.shapes[0].tokens
            if len(tokens) == len(main_shape):
                continue
            short, long = sorted((main_shape, tokens), key=len)
            key, picture = classify(short, long)
            found.append((label, count, key, picture))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=pathlib.Path, nargs="+")
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--classes", type=int, default=30)
    args = parser.parse_args()
    lines: collections.Counter[str] = collections.Counter()
    programs: dict[str, set[str]] = collections.defaultdict(set)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    total = 0
    for path in args.paths:
        for file in labelled_files(path):
            program = file.name.split("_2k")[0]
            for _label, count, key, picture in width_splits(file):
                lines[key] += count
                total += count
                programs[key].add(program)
                if len(examples[key]) < args.examples:
                    examples[key].append(f"{program}: {picture}")
    print(f"width splits: {total} lines outside their label's largest id")
    for key, count in lines.most_common(args.classes):
        print(f"{count:6d} lines {len(programs[key]):3d} programs  {key}")
        for example in examples[key]:
            print(f"           {example[:200]}")


if __name__ == "__main__":
    main()
