"""How much grouping accuracy each kind of matching decision holds (a development tool, not a test).

    python tests/patterns/corpus/oracle_ceiling.py SET_DIR [SET_DIR ...] [--per-program] [--check GA_PY]

Each ``*_2k.log_structured.csv`` under each SET_DIR (e.g. ``SETS/r8/s0``) is fed in file order
to one ``PatternMiner`` (the one on PYTHONPATH), as ``loghub_ga.py`` feeds it. An oracle reads
the file's labels (``EventTemplate``: one call site) and corrects the id ``add`` returned
for one class of decision at a time; GA is then counted on the corrected ids. The oracle is
on the answer, not on the learning: the miner's own state (its patterns, their
generalization, its caches) stays what its own decisions made it, so one run of the miner
serves every oracle, and a ceiling is what a perfect decision at that point would gain with
the rest of the matching as it is (a miner that decided right would also learn otherwise;
that is not counted).

A decision is read at the first record of each (returned id, label) pair, and what the
oracle answers there holds for every later record of the pair (an id's meaning for a call
site does not change). Such a first record is one of:

- the miner started a new pattern (an id never returned before). The label's first such
  pair is its *home*. Otherwise it is a split: **a** when a pattern the label already got
  has a shape of the record's token count (the new pattern's first shape, as
  ``matching_census.py`` counts), **b** when none has. oracle-a answers the label's
  earliest pattern with a shape of that length (corrected as the oracle corrected it);
  oracle-b answers the label's home.
- the miner returned a pattern that holds only other labels' records: a merge. **d** when
  an earlier record given that id has exactly this record's tokens (the masked text, head
  fields read as values and a failure's cause folded: masking could not tell them apart),
  **c** otherwise (generalization took the other call site's words). oracle-c/oracle-d
  answer a new id of that pattern and label instead, as if the miner had started a new
  pattern; when split oracles are on too, that new start is a split and they answer it.

``ab@2`` decides the splits at a label's second record only (its first pattern held one
record), ``cd@1`` the merges at a label's first record only (a new call site joined an older
one's pattern at once); a later split of the label stays, so ``ab@2`` is a lower bound of
what deciding there right would gain (the miner's learning from it is not counted).
``a:k<=1`` and ``a:k>=2`` decide the splits at one length where the record and the label's
pattern differ in at most one, or in two or more, places with a constant on both sides.
oracle-all (a, b, c and d) groups every label alone (GA 1.0 by construction): a check that
the four classes cover every decision. The labels decide, so use development sets and the
validation set's GA only (never a held-out set's). ``--check`` also feeds each file to a
miner nothing watches and counts its ids with ``grouping_accuracy`` of the given
``loghub_ga.py``: column ``check`` must equal ``none`` (the watching changes nothing).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import pathlib
from collections.abc import Callable, Iterable

from otlp_sampler.patterns import COMPILED, PatternMiner
from otlp_sampler.patterns.causes import fold
from otlp_sampler.patterns.masking import DIGITS_TO_ZERO, WILDCARD
from otlp_sampler.patterns.tokens import tokens
from tests.patterns.corpus.layouts import grouping_accuracy, labelled_files, labelled_rows

ORACLES: dict[str, frozenset[str]] = {
    "none": frozenset(),
    "a": frozenset("a"),
    "b": frozenset("b"),
    "c": frozenset("c"),
    "d": frozenset("d"),
    "a+b": frozenset("ab"),
    "c+d": frozenset("cd"),
    "all": frozenset("abcd"),
    # the same decisions at a label's second record only (splits: its first pattern held one
    # record, no evidence yet of which words vary), and at its first (merges: a new call site
    # joined an older one's pattern at once)
    "ab@2": frozenset(("a@2", "b@2")),
    "cd@1": frozenset(("c@1", "d@1")),
    # the splits at one length by the places where the two differ with a constant on both
    # sides (matching_census.py's k): one word (or none: values only), or more
    "a:k<=1": frozenset(("a:k1",)),
    "a:k>=2": frozenset(("a:k2",)),
}


class _Decision:
    """The miner's decision at the first record of one (id, label) pair, classed."""

    __slots__ = ("kind", "same_length", "tags")

    def __init__(self, kind: str, same_length: str | None, seen: int, k: int) -> None:
        self.kind = kind  # "home", "a", "b" (splits: a new pattern), "c", "d" (merges)
        self.same_length = same_length  # for a split, or a merge once undone: the label's
        # earliest id whose pattern has a shape of the record's length, if any
        # what an oracle may name to decide it, by class (a and b: as the split it is, or
        # is once a merge is undone): at the label's n-th record (seen before: n - 1), at k
        # differing constants (a)
        self.tags = {f"{kind}@{seen + 1}" for kind in "abcd"} | {"a:k1" if k <= 1 else "a:k2"}


class _Answers:
    """The corrected ids of one oracle (the classes it decides)."""

    def __init__(self, classes: frozenset[str]) -> None:
        self.classes = classes
        self.of_pair: dict[tuple[str, str], str] = {}  # (miner id, label) -> answered id
        self.home: dict[str, str] = {}  # label -> answered id of its first record

    def decides(self, kind: str, decision: _Decision) -> bool:
        classes = self.classes
        return kind in classes or any(
            tag in classes for tag in decision.tags if tag[0] == kind)

    def answer(self, pid: str, label: str, decision: _Decision | None) -> str:
        if decision is None:  # not a pair's first record: its answer holds
            return self.of_pair[(pid, label)]
        kind = decision.kind
        found = pid
        if kind in ("c", "d") and self.decides(kind, decision):
            found = f"{pid}|{label}"  # a new pattern instead: a split if the label has a home
            kind = "home" if label not in self.home else ("a" if decision.same_length else "b")
        if kind == "a" and self.decides(kind, decision):
            found = self.of_pair[(decision.same_length, label)]
        elif kind == "b" and self.decides(kind, decision):
            found = self.home[label]
        self.of_pair[(pid, label)] = found
        self.home.setdefault(label, found)
        return found


class _Reading:
    """The tokens the mining reads for each record, taken from the miner's own reading of its
    head (``HeadPositions.read`` learns from what it reads: a second read would change the
    miner). A record the exact-text cache answered is not read again: it has the tokens of the
    record that filled the entry (the same text, digits aside)."""

    def __init__(self, miner: PatternMiner) -> None:
        self.last: str | None = None
        self.by_text: dict[bytes, tuple[str, ...]] = {}
        miner._head = _WatchedHead(miner._head, self)  # (a development tool looks inside)

    def tokens(self, message: str) -> tuple[str, ...] | None:
        """The tokens of the record just added (``matching_census.py``'s: fold, no level)."""
        key = message.encode("utf-8", "surrogatepass").translate(DIGITS_TO_ZERO)  # (the miner's key)
        if self.last is not None:
            self.by_text[key] = tuple(tokens(fold(self.last))[0])
            self.last = None
        return self.by_text.get(key)


class _WatchedHead:
    """The miner's ``HeadPositions``, its reading of each record noted for ``_Reading``."""

    def __init__(self, head, reading: _Reading) -> None:
        self._inner = head
        self._reading = reading

    def read(self, masked: str, cut=None) -> str:
        self._reading.last = found = self._inner.read(masked, cut)
        return found

    def __getattr__(self, name: str):
        return getattr(self._inner, name)



def _differing(mined, shapes) -> int:
    """The fewest places where ``mined`` and a shape of its length differ with a constant on
    both sides (``matching_census.py``'s k)."""
    return min(sum(1 for x, y in zip(shape.tokens, mined, strict=True)
                   if x != y and WILDCARD not in x and WILDCARD not in y)
               for shape in shapes if len(shape.tokens) == len(mined))


def file_scores(path: pathlib.Path, check: Callable | None = None) -> dict[str, float]:
    """GA of one labelled file under each oracle of ``ORACLES``."""
    rows = labelled_rows(path)
    labels = [r["EventTemplate"] for r in rows]
    ids = answered_ids(rows)
    scores = {name: grouping_accuracy(found, labels) for name, found in ids.items()}
    if check is not None:  # a miner nothing watches, counted by loghub_ga.py
        plain = PatternMiner()
        scores["check"] = check(labels, [plain.add(r["Content"]) for r in rows])
    return scores


def answered_ids(rows: list[dict[str, str]]) -> dict[str, list[str]]:
    """The ids of ``rows`` (``Content``, ``EventTemplate``) fed to one miner in order, as each
    oracle of ``ORACLES`` corrects them."""
    miner = PatternMiner()
    reading = _Reading(miner)
    answers = {name: _Answers(classes) for name, classes in ORACLES.items()}
    ids: dict[str, list[str]] = {name: [] for name in ORACLES}
    labels = [r["EventTemplate"] for r in rows]
    pids_of_label: dict[str, list[str]] = collections.defaultdict(list)  # in order got
    seen_pairs: set[tuple[str, str]] = set()
    seen = collections.Counter()  # records of each label so far
    tokens_of_pid: dict[str, set[tuple[str, ...]]] = collections.defaultdict(set)
    for row, label in zip(rows, labels, strict=True):
        message = row["Content"]
        pid = miner.add(message)
        record = reading.tokens(message)
        decision = None
        if (pid, label) not in seen_pairs:
            seen_pairs.add((pid, label))
            pattern = miner._patterns.get(pid)  # (a development tool looks inside)
            new = pid not in tokens_of_pid
            mined = pattern.shapes[0].tokens if new and pattern is not None else record or ()
            same = next((p for p in pids_of_label[label] if p in miner._patterns and any(
                len(s.tokens) == len(mined) for s in miner._patterns[p].shapes)), None)
            if new:
                kind = "home" if not pids_of_label[label] else ("a" if same else "b")
            else:
                kind = "d" if record is not None and record in tokens_of_pid[pid] else "c"
            decision = _Decision(kind, same, seen[label], _differing(
                mined, miner._patterns[same].shapes) if same else 0)
            pids_of_label[label].append(pid)
        tokens_of_pid[pid].add(record)
        seen[label] += 1
        for name, oracle in answers.items():
            ids[name].append(oracle.answer(pid, label, decision))
    return ids


def _loghub_ga(path: pathlib.Path) -> Callable:
    spec = importlib.util.spec_from_file_location("loghub_ga", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.grouping_accuracy


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=pathlib.Path)
    parser.add_argument("--per-program", action="store_true")
    parser.add_argument("--check", type=pathlib.Path, help="loghub_ga.py: count the miner's ids with it too")
    args = parser.parse_args(argv)
    if COMPILED:  # (a compiled miner takes no stand-in for its head reader: _WatchedHead)
        parser.error("the miner is compiled: run on its Python sources, OTLP_SAMPLER_PURE_MINER=1")
    if any(folder.parent.name == "r17" for folder in args.sets):
        parser.error("r17 is held out: never scored here")
    check = _loghub_ga(args.check) if args.check else None
    names = list(ORACLES) + (["check"] if check else [])
    print("set      " + " ".join(f"{name:>6s}" for name in names))
    rows = []
    for folder in args.sets:
        where = f"{folder.parent.name}/{folder.name}"
        per_file = []
        for path in labelled_files(folder):
            scores = file_scores(path, check)
            per_file.append(scores)
            if args.per_program:
                program = path.name.split("_2k")[0]
                print(f"  {program:22s} " + " ".join(f"{scores[n]:6.3f}" for n in names), flush=True)
        means = {n: sum(s[n] for s in per_file) / max(len(per_file), 1) for n in names}
        rows.append(means)
        print(f"{where:8s} " + " ".join(f"{means[n]:6.4f}" for n in names), flush=True)
    if len(rows) > 1:  # the sets' mean, and each oracle's gain over the miner as it is
        mean = {n: sum(r[n] for r in rows) / len(rows) for n in names}
        print("mean     " + " ".join(f"{mean[n]:6.4f}" for n in names))
        print("gain     " + " ".join(f"{mean[n] - mean['none']:+6.4f}" for n in names))


if __name__ == "__main__":
    main()
