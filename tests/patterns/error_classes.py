"""Class the wrongly grouped labels at the proxy's path, counting lines (a development tool).

    python tests/patterns/error_classes.py DIR_or_FILE ... [--batch 512] [--examples N] [--only CLASS]
        [--sort programs] [--properties]

Each ``*_2k.log_structured.csv`` is fed in file order, ``--batch`` lines at a time, to
``add_batch`` of a fresh ``PatternMiner`` (the one on PYTHONPATH; ``--batch 0``: ``add`` per
line). A label is wrong as grouping accuracy counts it; all its lines go to one class, read
from the tokens of its lines as the stream reads them at the end (the masked text, the head
fields the stream found to vary read as values, the cause of a failure folded):

- ``split/count/end``, ``split/count/inside``: the label got two ids or more, and the lines of
  one of its other ids have no token count that the lines of its first id (its home) have;
  the first such pair of lines (home's, other's) differs in a region that reaches the end of
  the shorter one (but for a closing mark) or lies inside it. Each is then sub-classed by what
  the two regions hold: ``words`` (words and marks on both sides, no value), ``value`` (one
  side holds a value: a template's value against a longer text), ``none`` (the shorter side's
  region is empty: an optional part);
- ``split/one-length``: every other id shares a token count with home: split at one length,
  by ``k`` places that differ with a constant on both sides (``k0``: a constant against a
  variable only);
- ``merged/one-length``, ``merged/count``: one id, shared with another label, whose lines
  have a token count this label's have (or none: the other's is of another length);
  ``merged/identical``: the two labels' lines have the same tokens.

Printed: a table by class (lines, labels, programs, rounds), then examples of ``--only`` classes
(``--only 'property: value in words'``: of a property's labels).
A program is a file's program in its round (the set folder's parent, ``r20`` of
``SETS/r20/s0``): one program in two rounds counts twice, its seeds once. ``--sort programs``
ranks the classes by programs (the losses the most programs share), not by name.
``--properties`` adds a table of properties of the wrong labels' lines, by programs (a label
may have several, or none):

- ``value in words``: split, and a value of the label (its ``<*>`` aligned to a line of it)
  holds a space in one of the two lines compared, and its first two words are in that line's
  template (a reason, an error's text, a name with spaces kept as words);
- ``one word apart``: split at one length (``k1``), the two templates differ in one word only,
  a word on both sides;
- ``label word folded``: merged at one length, where the label holds a word the template
  holds as ``<*>``;
- ``message swallowed``: merged, and the template ends with ``: <*>`` (or ``- <*>``) that the
  label reads as words;
- ``keys and values``: the line holds a JSON object or three ``key=value`` pairs or more;
- ``several lines``: the line holds a line break.

``--word-pairs`` lists the merged labels one word apart (``one_word_apart``: two labels of one
length that share an id and differ in one word, no ``<*>`` on either side), one line a pair:
the round and program, the word before, the two words, the word after; ``--word-values``
lists the labels' own one-word values (``word_values``: a ``<*>`` of a label that holds two
one-word values or more in its lines), one line a place: the round and program, the word
before, up to eight values, the word after. The two lists read against each other are what
a keep-apart rule on two words gains and costs (round 39, merged39, § The losses most
programs share).
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import re

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import fold
from otlp_sampler.patterns.masking import WILDCARD, mask_statuses
from otlp_sampler.patterns.tokens import tokens
from tests.patterns.corpus.batch_ga import batch_ids
from tests.patterns.corpus.layouts import labelled_files_in, labelled_rows

_CLOSING = frozenset(".!?)]}\"'")


def _region(short: tuple[str, ...], long: tuple[str, ...]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Where ``short`` and ``long`` differ (by their common prefix and suffix) and the two regions."""
    p = 0
    while p < len(short) and short[p] == long[p]:
        p += 1
    s = 0
    while s < len(short) - p and short[-1 - s] == long[-1 - s]:
        s += 1
    tail = short[len(short) - s:]
    where = "end" if all(t in _CLOSING for t in tail) else "inside"
    return where, short[p:len(short) - s], long[p:len(long) - s]


def _content(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    if not a or not b:
        return "none"
    if any(WILDCARD in t for t in a + b):
        return "value"
    return "words"


def _round_of(path: pathlib.Path) -> str:
    """The round of a set's file (``r20`` of ``SETS/r20/s0/x.csv``), else its folder's name."""
    folder = path.parent
    return folder.parent.name if re.fullmatch(r"s\d+", folder.name) else folder.name


def _values(label: str, line: str) -> tuple[str, ...] | None:
    """The texts of ``line`` at the label's ``<*>`` (the label's words aligned to it), or None."""
    parts = label.split(" | ")[0].split("<*>")
    if len(parts) > 16:
        return None
    found = re.match(r"\s*" + "(.*?)".join(re.escape(part) for part in parts) + r"\s*$", line, re.S)
    return found.groups() if found else None


def _label_words(label: str) -> list[str]:
    return label.split(" | ")[0].split()


def one_word_apart(label: str, other: str) -> tuple[str, str, str, str] | None:
    """The word before, the two words and the word after where two labels of one length differ
    in one word only, neither side a ``<*>`` (``^`` and ``$`` at the ends), else None."""
    one, two = _label_words(label), _label_words(other)
    if len(one) != len(two):
        return None
    apart = [n for n, (x, y) in enumerate(zip(one, two, strict=True)) if x != y]
    if len(apart) != 1 or WILDCARD in one[apart[0]] or WILDCARD in two[apart[0]]:
        return None
    at = apart[0]
    return (one[at - 1] if at else "^", one[at], two[at], one[at + 1] if at + 1 < len(one) else "$")


def word_values(label: str, lines: list[str]) -> list[tuple[str, list[str], str]]:
    """Each ``<*>`` of ``label`` that is a word of its own (spaces or the label's ends around
    it, a quote or a bracket allowed) and holds two different one-word values or more in
    ``lines``: the word before, the values (sorted), the word after."""
    parts = label.split(" | ")[0].split(WILDCARD)
    held: list[set[str]] = [set() for _ in parts[1:]]
    for line in lines:
        found = _values(label, line)
        for place, value in enumerate(found or ()):
            value = value.strip()
            if value and " " not in value and "\n" not in value:
                held[place].add(value)
    out = []
    for place, values in enumerate(held):
        left, right = parts[place].rstrip("'\"`[("), parts[place + 1].lstrip("'\"`])")
        if len(values) < 2 or (left and not left[-1].isspace()) or (
                right and not right[0].isspace() and right[0] not in ".,;:!?"):
            continue
        before, after = left.split(), right.split()
        out.append((before[-1] if before else "^", sorted(values), after[0] if after else "$"))
    return out


def properties(entry: dict) -> list[str]:
    """The properties (the module's ``--properties``) of a wrong label's ``entry``."""
    a, b, ta, tb = entry["pair"]
    kind = entry["kind"]
    out = []
    if kind.startswith("split"):
        for line, template in ((a, ta), (b, tb)):
            words = [value.split() for value in _values(entry["label"], line) or ()]
            if any(len(held) > 1 and " ".join(held[:2]) in template for held in words):
                out.append("value in words")
                break
        if kind == "split/one-length/k1":
            one, other = ta.split(), tb.split()
            apart = [(x, y) for x, y in zip(one, other, strict=False) if x != y]
            if len(one) == len(other) and len(apart) == 1 and WILDCARD not in apart[0][0] + apart[0][1]:
                out.append("one word apart")
    else:
        words = entry["label"].split(" | ")[0].split()
        shown = ta.split()
        if kind == "merged/one-length" and len(words) == len(shown) and any(
                y == WILDCARD and WILDCARD not in x for x, y in zip(words, shown, strict=True)):
            out.append("label word folded")
        if re.search(r"[:-] <\*>$", ta) and not re.search(r"[:-] <\*>$", entry["label"].split(" | ")[0]):
            out.append("message swallowed")
    if '{"' in a or len(re.findall(r"\w=\S", a)) >= 3:
        out.append("keys and values")
    if "\n" in a.strip() or "\n" in b.strip():
        out.append("several lines")
    return out


def classify(path: pathlib.Path, batch: int) -> list[dict]:
    rows = labelled_rows(path)
    miner = PatternMiner()
    messages = [r["Content"] for r in rows]
    ids = batch_ids(miner, messages, batch) if batch else [str(miner.add(m)) for m in messages]
    labels = [r["EventTemplate"] for r in rows]
    head = miner._head  # (a development tool looks inside)
    cache: dict[int, tuple[str, ...]] = {}

    def toks(n: int) -> tuple[str, ...]:
        found = cache.get(n)
        if found is None:
            found = cache[n] = tuple(tokens(fold(head.read(mask_statuses(messages[n])[0])))[0])
        return found

    labels_of: dict[str, set[str]] = collections.defaultdict(set)
    lines_of: dict[str, list[int]] = collections.defaultdict(list)
    for n, (pid, label) in enumerate(zip(ids, labels, strict=True)):
        labels_of[pid].add(label)
        lines_of[label].append(n)
    out = []
    for label, lines in lines_of.items():
        by_id: dict[str, list[int]] = {}
        for n in lines:
            by_id.setdefault(ids[n], []).append(n)
        merged = any(len(labels_of[pid]) > 1 for pid in by_id)
        if len(by_id) == 1 and not merged:
            continue
        entry = {"file": path.name.split("_2k")[0], "round": _round_of(path), "label": label,
                 "lines": len(lines)}
        if len(by_id) > 1:
            home, *others = by_id.values()
            home_counts = {len(toks(n)) for n in home}
            apart = [other for other in others if not {len(toks(n)) for n in other} & home_counts]
            if apart:
                a, b = toks(home[0]), toks(apart[0][0])
                short, long = (a, b) if len(a) <= len(b) else (b, a)
                where, ra, rb = _region(short, long)
                entry["kind"] = f"split/count/{where}/{_content(ra, rb)}"
                entry["pair"] = (messages[home[0]], messages[apart[0][0]], miner.template(ids[home[0]]),
                                 miner.template(ids[apart[0][0]]))
                entry["delta"] = len(long) - len(short)
            else:
                other = others[0]
                a = toks(home[0])
                b = next(toks(n) for n in other if len(toks(n)) in home_counts)
                a = next(toks(n) for n in home if len(toks(n)) == len(b))
                k = sum(1 for x, y in zip(a, b) if x != y and WILDCARD not in x and WILDCARD not in y)
                entry["kind"] = f"split/one-length/k{min(k, 3)}"
                entry["pair"] = (messages[home[0]], messages[other[0]], miner.template(ids[home[0]]),
                                 miner.template(ids[other[0]]))
        else:
            pid = next(iter(by_id))
            mine = {toks(n) for n in lines}
            others = [o for o in labels_of[pid] if o != label]
            theirs = {toks(n) for o in others for n in lines_of[o] if ids[n] == pid}
            if mine & theirs:
                entry["kind"] = "merged/identical"
            elif {len(t) for t in mine} & {len(t) for t in theirs}:
                entry["kind"] = "merged/one-length"
            else:
                entry["kind"] = "merged/count"
            other_line = next(n for o in others for n in lines_of[o] if ids[n] == pid)
            entry["pair"] = (messages[lines[0]], messages[other_line], miner.template(pid), "")
            entry["others"] = sorted(others)
        out.append(entry)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=pathlib.Path)
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--only", default="")
    parser.add_argument("--sort", choices=("class", "programs"), default="class")
    parser.add_argument("--properties", action="store_true")
    parser.add_argument("--word-pairs", action="store_true")
    parser.add_argument("--word-values", action="store_true")
    args = parser.parse_args()
    total = 0
    entries = []
    values_listed = []
    for file in labelled_files_in(args.paths):
        rows = labelled_rows(file)
        total += len(rows)
        entries += classify(file, args.batch)
        if args.word_values:
            lines_of: dict[str, list[str]] = collections.defaultdict(list)
            for row in rows:
                lines_of[row["EventTemplate"]].append(row["Content"])
            values_listed += [(_round_of(file), file.name.split("_2k")[0], place)
                              for label, lines in lines_of.items() for place in word_values(label, lines)]
    lines = collections.Counter()
    labels = collections.Counter()
    programs: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for e in entries:
        keys = ["/".join(e["kind"].split("/")[:depth]) for depth in range(1, e["kind"].count("/") + 2)]
        if args.properties:
            keys += [f"property: {name}" for name in properties(e)]
        for key in keys:
            lines[key] += e["lines"]
            labels[key] += 1
            programs[key].add((e["round"], e["file"]))
    wrong = sum(e["lines"] for e in entries)
    losing = {(e["round"], e["file"]) for e in entries}
    print(f"lines {total}, in wrong labels {wrong} ({wrong / max(total, 1):.2%}), programs losing lines"
          f" {len(losing)}")
    print(f"{'class':34s} {'lines':>7s} {'share':>7s} {'labels':>6s} {'progs':>5s} {'rounds':>6s}")
    order = sorted(lines) if args.sort == "class" else sorted(lines, key=lambda k: (-len(programs[k]), k))
    for key in order:
        rounds = len({r for r, _ in programs[key]})
        print(f"{key:34s} {lines[key]:7d} {lines[key] / max(total, 1):7.2%} {labels[key]:6d}"
              f" {len(programs[key]):5d} {rounds:6d}")
    if args.word_pairs:
        pairs = sorted({(e["round"], e["file"], *pair) for e in entries for other in e.get("others", ())
                        if (pair := one_word_apart(e["label"], other)) is not None and pair[1] < pair[2]})
        print(f"word pairs of merged labels one word apart: {len(pairs)} in"
              f" {len({(r, f) for r, f, *_ in pairs})} programs")
        for rnd, name, before, one, two, after in pairs:
            print(f"  {rnd} {name:24s} {before[:24]!r:>26s} {one[:40]} / {two[:40]}  {after[:24]!r}")
    if args.word_values:
        print(f"one-word values of the labels: {len(values_listed)} places in"
              f" {len({(r, f) for r, f, _ in values_listed})} programs")
        for rnd, name, (before, values, after) in values_listed:
            shown = " | ".join(value[:24] for value in values[:8])
            print(f"  {rnd} {name:24s} {before[:24]!r:>26s} {shown}  {after[:24]!r}")
    if args.examples:
        named = args.only.removeprefix("property: ")
        chosen = sorted((e for e in entries if (named in properties(e) if named != args.only
                                                else e["kind"].startswith(args.only))),
                        key=lambda e: -e["lines"])
        for e in chosen[:args.examples]:
            print(f"--- {e['kind']} {e['lines']} lines {e['file']}: {e['label'][:160]}")
            a, b, ta, tb = e["pair"]
            print(f"    A {a[:200]}\n    B {b[:200]}\n    tA {ta[:200] if ta else ''}\n    tB {tb[:200] if tb else ''}")


if __name__ == "__main__":
    main()
