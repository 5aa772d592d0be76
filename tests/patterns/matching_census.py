"""Class every wrongly grouped line by what the matching did (a development tool, not a test).

    python tests/patterns/matching_census.py DIR [DIR ...] [--examples N] [--json OUT]

Each ``*_2k.log_structured.csv`` is fed in file order to one ``PatternMiner`` (the one on
PYTHONPATH, as for ``grouping_errors.py``). A label is wrong as grouping accuracy counts it
(more than one id, or an id shared with another label); all its lines count in one class:

- ``a``: split, same token count: a record of the label started a new pattern while the
  label had one already (its *home*, the id of its first record), and the home has a shape
  of that record's length; ``k`` is the number of places where the two differ with a
  constant on both sides (``k_any`` counts a variable against a word too);
- ``b``: split, different token counts (no shape of the home has the record's length);
- ``c``: merged by generalization: an id the label shares with another label, where no line
  of the two has the same tokens (a pattern's ``<*>`` or another length took the other call
  site's fixed words);
- ``d``: merged by masking: a line of another label sharing the id has exactly this label's
  tokens (the masked text cannot tell them apart, or the text once a failure's cause is
  folded, ``causes.fold``: counted apart);
- ``e``: other (a label split only by joining another label's pattern, the catch-all, ...).

A label both split and merged is classed by its split (it stays wrong once the merge is
undone). Also counted: new patterns whose foreseen id (``shapes.id_tokens``) a live pattern
held already (``miner._mine`` then names the new one by its text): same label or not.
Printed: a table by class (lines, labels, programs), the histograms of ``k`` and of the share
``k / length`` for class ``a``, and examples.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import fold
from otlp_sampler.patterns.masking import WILDCARD, mask_statuses
from otlp_sampler.patterns.tokens import tokens
from tests.patterns.corpus.layouts import labelled_files, labelled_rows

CLASSES = ("a", "b", "c", "d", "e")


class _Recorder(dict):
    """The miner's pattern dict, noting the ids looked up while a new pattern is named."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[str] = []

    def get(self, key, default=None):  # noqa: D401 (a dict's get)
        found = super().get(key, default)
        if found is not None:
            self.hits.append(key)
        return found


def census_file(path: pathlib.Path) -> dict:
    rows = labelled_rows(path)
    miner = PatternMiner()
    recorder = _Recorder()
    miner._patterns = recorder  # (a development tool looks inside)
    mine = miner._mine
    current: dict = {}
    created: dict[str, str] = {}  # pid -> label of the record that created it
    home: dict[str, str] = {}  # label -> id of its first record
    split_event: dict[str, dict] = {}  # label -> the first record that started a new pattern away from home
    collisions = collections.Counter()

    def watched(masked, timed=False, level=None):
        recorder.hits.clear()
        before = len(recorder)
        found = mine(masked, timed, level) if level is not None else mine(masked, timed)
        if len(recorder) > before:  # a new pattern
            label = current["label"]
            if recorder.hits:
                owner = created.get(recorder.hits[0])
                collisions["same" if owner == label else "other"] += 1
            created[found.id] = label
            mine_tokens = found.shapes[0].tokens
            at_home = home.get(label)
            if at_home is not None and label not in split_event and at_home in recorder:
                shapes = recorder[at_home].shapes
                same = [s for s in shapes if len(s.tokens) == len(mine_tokens)]
                event = {"record": current["record"], "tokens": list(mine_tokens),
                         "home": [list(s.tokens) for s in shapes],
                         "home_count": recorder[at_home].count}
                if same:
                    best = None
                    for shape in same:
                        pairs = list(zip(shape.tokens, mine_tokens, strict=True))
                        k = sum(1 for x, y in pairs if x != y and WILDCARD not in x and WILDCARD not in y)
                        k_any = sum(1 for x, y in pairs if x != y)
                        if best is None or k < best[0]:
                            best = (k, k_any, shape.tokens)
                    event.update(kind="a", k=best[0], k_any=best[1], length=len(mine_tokens),
                                 against=list(best[2]))
                else:
                    event.update(kind="b", delta=min(abs(len(s.tokens) - len(mine_tokens)) for s in shapes))
                split_event[label] = event
        return found

    miner._mine = watched
    ids = []
    for number, row in enumerate(rows):
        current["label"] = row["EventTemplate"]
        current["record"] = row["Content"]
        pid = miner.add(row["Content"])
        ids.append(pid)
        home.setdefault(row["EventTemplate"], pid)
    labels = [r["EventTemplate"] for r in rows]
    labels_of_id: dict[str, set[str]] = collections.defaultdict(set)
    ids_of_label: dict[str, set[str]] = collections.defaultdict(set)
    lines_of_label: dict[str, list[int]] = collections.defaultdict(list)
    for number, (pid, label) in enumerate(zip(ids, labels, strict=True)):
        labels_of_id[pid].add(label)
        ids_of_label[label].add(pid)
        lines_of_label[label].append(number)
    size = collections.Counter(labels)
    wrong = [label for label, found in ids_of_label.items()
             if len(found) > 1 or any(len(labels_of_id[pid]) > 1 for pid in found)]

    token_cache: dict[int, tuple[str, ...]] = {}

    def masked_of(number: int) -> str:
        return miner._head.read(mask_statuses(rows[number]["Content"])[0])

    def tokens_of(number: int) -> tuple[str, ...]:
        found = token_cache.get(number)
        if found is None:
            found = token_cache[number] = tuple(tokens(fold(masked_of(number)))[0])
        return found

    out = []
    for label in wrong:
        entry = {"label": label, "lines": size[label], "ids": len(ids_of_label[label])}
        event = split_event.get(label)
        if len(ids_of_label[label]) > 1 and event is not None:
            entry.update(event)
        else:
            shared = [pid for pid in ids_of_label[label] if len(labels_of_id[pid]) > 1]
            if shared:
                mine_tokens = {tokens_of(n) for n in lines_of_label[label] if ids[n] in shared}
                others = {other for pid in shared for other in labels_of_id[pid] if other != label}
                twin = None
                for other in others:
                    for n in lines_of_label[other]:
                        if ids[n] in shared and tokens_of(n) in mine_tokens:
                            twin = other
                            break
                    if twin is not None:
                        break
                entry["kind"] = "d" if twin is not None else "c"
                if twin is not None:  # identical before the cause of a failure is folded too?
                    masked_mine = {masked_of(n) for n in lines_of_label[label] if ids[n] in shared}
                    entry["masked"] = any(masked_of(n) in masked_mine for n in lines_of_label[twin]
                                          if ids[n] in shared)
                entry["other"] = twin if twin is not None else sorted(others)[0]
                entry["template"] = miner.template(shared[0])
                example = lines_of_label[label][0]
                entry["record"] = rows[example]["Content"]
                lengths = {len(tokens_of(n)) for n in lines_of_label[label] if ids[n] in shared}
                other_lengths = {len(tokens_of(n)) for o in others for n in lines_of_label[o] if ids[n] in shared}
                entry["same_length"] = bool(lengths & other_lengths)
            else:
                entry["kind"] = "e"
                entry["record"] = rows[lines_of_label[label][0]]["Content"]
        out.append(entry)
    return {"file": path.name.split("_2k")[0], "rows": len(rows), "wrong": out,
            "collisions": dict(collisions)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=pathlib.Path)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--json", type=pathlib.Path)
    args = parser.parse_args()
    results = []
    for path in args.paths:
        files = labelled_files(path) if path.is_dir() else [path]
        for file in files:
            result = census_file(file)
            result["set"] = f"{path.parent.name}/{path.name}" if path.is_dir() else str(path)
            results.append(result)
    if args.json:
        args.json.write_text(json.dumps(results))
    summarize(results, args.examples)


def summarize(results: list[dict], examples: int) -> None:
    lines = collections.Counter()
    labels = collections.Counter()
    programs: dict[str, set[str]] = collections.defaultdict(set)
    k_hist = collections.Counter()
    share_hist = collections.Counter()
    delta_hist = collections.Counter()
    merge_length = collections.Counter()
    merge_masked = collections.Counter()
    collisions = collections.Counter()
    total = sum(r["rows"] for r in results)
    for result in results:
        collisions.update(result["collisions"])
        for entry in result["wrong"]:
            kind = entry["kind"]
            lines[kind] += entry["lines"]
            labels[kind] += 1
            programs[kind].add(result["file"])
            if kind == "a":
                k_hist[min(entry["k"], 5)] += entry["lines"]
                share = entry["k"] / entry["length"]
                share_hist[min(int(share * 10), 9)] += entry["lines"]
            elif kind == "b":
                delta_hist[min(entry["delta"], 5)] += entry["lines"]
            elif kind == "d":
                merge_masked["masked text" if entry["masked"] else "cause folded"] += entry["lines"]
            elif kind == "c":
                merge_length["same" if entry["same_length"] else "other"] += entry["lines"]
    wrong = sum(lines.values())
    print(f"lines {total}, wrong {wrong} ({wrong / max(total, 1):.3f})")
    print("class  lines  share  labels  programs")
    for kind in CLASSES:
        print(f"{kind:5s} {lines[kind]:6d}  {lines[kind] / max(wrong, 1):.3f}  {labels[kind]:6d}  {len(programs[kind]):8d}")
    print("a: k (places both constant and different; 5 = 5+):",
          " ".join(f"{k}:{k_hist[k]}" for k in sorted(k_hist)))
    print("a: k/length by tenths:", " ".join(f"{s / 10:.1f}:{share_hist[s]}" for s in sorted(share_hist)))
    print("b: length difference (5 = 5+):", " ".join(f"{d}:{delta_hist[d]}" for d in sorted(delta_hist)))
    print("c: a line of the same length in the other label:", dict(merge_length))
    print("d: identical as:", dict(merge_masked))
    print("new patterns whose foreseen id a live pattern held:", dict(collisions))
    if examples:
        for kind in CLASSES:
            shown = 0
            print(f"=== {kind}")
            for result in results:
                for entry in sorted(result["wrong"], key=lambda e: -e["lines"]):
                    if entry["kind"] != kind or shown >= examples:
                        continue
                    shown += 1
                    detail = {k: v for k, v in entry.items() if k not in ("kind",)}
                    print(f"{result['set']} {result['file']}: {json.dumps(detail)[:600]}")


if __name__ == "__main__":
    main()
