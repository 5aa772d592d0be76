"""Where wrong lines first differ: in the record's head or in its message (a development tool).

    PYTHONPATH=. python tests/patterns/corpus/head_errors.py SET_DIR [SET_DIR ...]

For each wrongly grouped label (as grouping_errors.py finds them: SPLIT, its lines under more
than one id; MERGED, an id of its lines shared with another label), the first
whitespace-separated word where its ids' templates (SPLIT) or its label and another label
sharing its id (MERGED) differ, and whether that word lies in the record's head: the leading
words that are brackets, level words, loggers' and locations' names, values, marks or
``key=`` heads (``head_kind``). A generous reading: a message's first value counts as head
too. Prints the wrong lines by where and how, then each head difference, largest first.
"""

from __future__ import annotations

import collections
import pathlib
import re
import sys

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.layouts import labelled_files, labelled_rows

_LEVEL = re.compile(
    r"[\[(<{]*\s*(?:err(?:or)?|warn(?:ing)?|wrn|info?|information|debug|dbg|trace|trc|fatal|ftl"
    r"|crit(?:ical)?|notice|[IWEDFTV])\s*[\])>}:|,-]*", re.IGNORECASE)
_KEY = re.compile(r"(?:level|lvl|time|ts|pid|tid|thread|logger|module|caller|component|source|at|t)=",
                  re.IGNORECASE)
_MARKS = re.compile(r"[-:|=>~]+")
_LOCATION = re.compile(r"\.\w+[:(]\d|\.\w+:<\*>|\w\.(?:c|cc|go|py|rb|js|lua|java|rs|cpp|h|ts|ex|erl)\b")
_VALUE = re.compile(r"[\d.:,/\-T+Z]+|[^A-Za-z]*<\*>[^A-Za-z]*")
_LOGGER = re.compile(r"\w\.\w+\.\w|::")


def head_kind(word: str) -> str | None:
    """What a head word is (level, key, bracket, mark, location, pipe, value, logger), or
    None for a word of the message."""
    if _LEVEL.fullmatch(word):
        return "level"
    if _KEY.match(word):
        return "key"
    if word[:1] in "[(<":
        return "bracket"
    if _MARKS.fullmatch(word):
        return "mark"
    if _LOCATION.search(word):
        return "location"
    if "|" in word:
        return "pipe"
    if _VALUE.fullmatch(word) or (re.search(r"\d", word) and re.fullmatch(r"[0-9a-fA-F.:,/_\-]+", word)):
        return "value"
    if (word.endswith(":") and re.search(r"[._]|::|[a-z][A-Z]", word[:-1])) or _LOGGER.search(word):
        return "logger"
    return None


def head_length(words: list[str]) -> int:
    """How many of the first words (eight at most) are the head's."""
    for at, word in enumerate(words[:8]):
        if head_kind(word) is None:
            return at
    return min(len(words), 8)


def first_difference(a: list[str], b: list[str]) -> int:
    return next((at for at, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def main() -> None:
    where: collections.Counter[str] = collections.Counter()
    how: collections.Counter[str] = collections.Counter()
    found: list[tuple[int, str, str, str, str]] = []
    for folder in sys.argv[1:]:
        for path in labelled_files(pathlib.Path(folder)):
            rows = labelled_rows(path)
            miner = PatternMiner()
            ids = [miner.add(row["Content"]) for row in rows]
            labels_of: dict[str, set[str]] = collections.defaultdict(set)
            ids_of: dict[str, set[str]] = collections.defaultdict(set)
            for pid, row in zip(ids, rows, strict=True):
                labels_of[pid].add(row["EventTemplate"])
                ids_of[row["EventTemplate"]].add(pid)
            size = collections.Counter(row["EventTemplate"] for row in rows)
            program = path.name.split("_2k")[0]
            for label, pids in ids_of.items():
                split = len(pids) > 1
                if not split and all(len(labels_of[pid]) == 1 for pid in pids):
                    continue
                if split:
                    kind = "split"
                    templates = [(miner.template(pid) or "").split() for pid in pids]
                    words = templates[0]
                    other = max(templates[1:], key=lambda t: first_difference(words, t))
                else:
                    kind = "merge"
                    words = label.split()
                    other = next(iter(set().union(*(labels_of[pid] for pid in pids)) - {label})).split()
                at = first_difference(words, other)
                if at < head_length(words) and at < len(other):
                    where[f"head {kind}"] += size[label]
                    how[f"{kind} at {head_kind(words[at])}"] += size[label]
                    found.append((size[label], program, kind, " ".join(words[:at + 2])[:90],
                                  " ".join(other[:at + 2])[:90]))
                else:
                    where[f"message {kind}"] += size[label]
    print(dict(where))
    for name, lines in how.most_common():
        print(lines, name)
    for lines, program, kind, a, b in sorted(found, reverse=True):
        print(lines, program, kind, a, "||", b)


if __name__ == "__main__":
    main()
