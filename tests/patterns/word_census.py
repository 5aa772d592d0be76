"""Class the wrong labels of a labelled set by the record where each went wrong (a development tool).

    python tests/patterns/word_census.py DIR_or_FILE [DIR ...] [--batch 512] [--json FILE]
        [--list merge|split] [--kind KIND] [--limit N]

Each ``*_2k.log_structured.csv`` is fed, in file order and in batches of ``--batch`` lines, to
one ``PatternMiner`` (``add_batch``; 0: ``add`` per line), watched at each record it mines:

- MERGE: a record joins a pattern whose first record carried another label (two call sites
  given one id), classed by how it joined: at one length by a word against a word (``word``),
  a word where the template has a value (``value``), the template's value of another shape,
  or at another length / by a cache (``other``);
- SPLIT: a record starts a new pattern though its label has a pattern already with a shape of
  the same length (``one length``), classed by what differs from the nearest such shape: one
  word against one word (``word/word``), a constant where the other has ``<*>`` (``const``),
  several places (``many``); or of no such length (``length``, acc-counts' class);

and for each the words the request's other records hold at the differing place, the rest
equal (``batch.BatchEvidence``): what the batch could have told; for a split, why each near
shape of its length refused the record then (``templates.score``, ``shapes._settled``, the
batch's ``refuses``). The lines counted for an event are the label's (a merge: the joining
label's), each label once a class in the totals. ``--json`` keeps every event for counting
otherwise. (A development tool: it wraps ``Shape.absorb`` and the miner's ``_place`` and
``find`` to watch them.) Round 16 (acc-words) classed the development sets' errors with it
(docs/patterns.md, § Matching).
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.batch import rest_key
from otlp_sampler.patterns.masking import WILDCARD
from otlp_sampler.patterns.shapes import Shape, _settled
from otlp_sampler.patterns.templates import kinds_of, score, token_kind
from tests.patterns.corpus.layouts import labelled_files_in, labelled_rows

_ABSORBED: list[tuple[list[str], list[str]]] = []
_original_absorb = Shape.absorb


def _absorb(self: Shape, tokens: list[str]) -> None:
    _ABSORBED.append((list(self.tokens), list(tokens)))
    _original_absorb(self, tokens)


Shape.absorb = _absorb  # type: ignore[method-assign]


def _evidence(miner: PatternMiner, tokens: list[str], at: int) -> dict[str, int] | None:
    batch = miner._batch
    if batch is None:
        return None
    key = rest_key(tokens, at)
    words = batch._by_rest.get(key)
    if words is not None:
        return dict(words)
    first = batch._first.get(key)
    return None if first is None else {first: batch._first_records[key]}


def _difference(a: str, b: str) -> str:
    if a == WILDCARD or b == WILDCARD:
        return "const"
    if token_kind(a) in (2, 3, 4, 5) and token_kind(b) in (2, 3, 4, 5):
        return "word/word"
    return "other"


def events_of(path: pathlib.Path, size: int) -> tuple[list[dict], int, int]:
    rows = labelled_rows(path)
    lines = collections.Counter(r["EventTemplate"] for r in rows)
    miner = PatternMiner()
    index = miner._index
    found: list[list[str] | None] = [None]
    original_find = index.find

    def find(tokens, kinds, lead):
        found[0] = list(tokens)
        return original_find(tokens, kinds, lead)

    index.find = find  # type: ignore[method-assign]
    log: list[tuple[str, str, list[str] | None, list]] = []
    original_place = miner._place

    def place(message, key):
        found[0] = None
        _ABSORBED.clear()
        before = set(miner._patterns)
        pid = original_place(message, key)
        why = {}
        if pid not in before and found[0] is not None:
            # a new pattern: why each near shape of its length refused it
            tokens = found[0]
            kinds = kinds_of(tokens)
            for other in miner._patterns.values():
                if other.id == pid:
                    continue
                for shape in other.shapes:
                    if len(shape.tokens) != len(tokens):
                        continue
                    diff = [k for k in range(len(tokens)) if shape.tokens[k] != tokens[k]]
                    if len(diff) > 3:
                        continue
                    batch = miner._batch
                    value = score(shape.tokens, shape.kinds, tokens, kinds, True, index.values)
                    why[(other.id, tuple(shape.tokens))] = {
                        "score": round(value, 3),
                        "settled": _settled(shape, tokens), "count": other.count,
                        "batch": bool(batch and batch.refuses(shape.tokens, tokens, kinds, shape.spaced))}
        ev = None
        if found[0] is not None:
            ev = [(at, _evidence(miner, found[0], at)) for at in range(len(found[0]))]
        log.append((message, pid, found[0], [list(_ABSORBED), ev, why]))
        return pid

    miner._place = place  # type: ignore[method-assign]
    ids: list[str] = []
    messages = [r["Content"] for r in rows]
    if size:
        for start in range(0, len(messages), size):
            ids += miner.add_batch(messages[start:start + size])
    else:
        ids = [miner.add(m) for m in messages]
    first_label: dict[str, str] = {}
    ids_of_label: dict[str, list[str]] = collections.defaultdict(list)
    labels_of_id: dict[str, set[str]] = collections.defaultdict(set)
    shapes_of: dict[str, list[list[str]]] = collections.defaultdict(list)
    events: list[dict] = []
    j = 0
    merged_pairs: set[tuple[str, str]] = set()
    for at, (row, pid) in enumerate(zip(rows, ids, strict=True)):
        label = row["EventTemplate"]
        entry = None
        if j < len(log) and log[j][0] == row["Content"] and log[j][1] == pid:
            entry = log[j]
            j += 1
        tokens = entry[2] if entry else None
        if pid not in first_label:
            first_label[pid] = label
            if ids_of_label[label] and tokens is not None:
                # a split: the nearest shape of its other patterns
                best = None
                why = entry[3][2] if entry else {}
                for other in ids_of_label[label]:
                    pattern = miner.pattern(other)
                    for shape in [] if pattern is None else [s.tokens for s in pattern.shapes]:
                        if len(shape) == len(tokens):
                            diff = [k for k in range(len(tokens)) if shape[k] != tokens[k]]
                            if best is None or len(diff) < len(best[1]):
                                best = (shape, diff)
                    for (wid, wtokens), reason in why.items():
                        if wid == other:
                            diff = [k for k in range(len(tokens)) if wtokens[k] != tokens[k]]
                            if best is None or len(diff) <= len(best[1]):
                                best = (list(wtokens), diff, reason)
                if best is None:
                    kind = "length"
                    detail = ""
                else:
                    shape, diff = best[0], best[1]
                    kind = "+".join(sorted({_difference(shape[k], tokens[k]) for k in diff})) or "same"
                    if len(diff) > 1:
                        kind += f" x{min(len(diff), 3)}"
                    ev = entry[3][1] if entry else None
                    detail = {"template": shape, "tokens": tokens, "diff": diff,
                              "evidence": [ev[k][1] for k in diff] if ev else None,
                              "why": best[2] if len(best) > 2 else None}
                events.append({"class": "split", "kind": kind, "label": label, "lines": lines[label],
                               "detail": detail, "record": at, "content": row["Content"]})
            if tokens is not None:
                shapes_of[pid].append(tokens)
        elif (first_label[pid] != label and (pid, label) not in merged_pairs
              and label not in labels_of_id[pid]):
            merged_pairs.add((pid, label))
            absorbed = entry[3][0] if entry else []
            kind = "other"
            detail: dict | str = ""
            if absorbed and tokens is not None:
                template, came = absorbed[-1]
                diff = [k for k in range(len(template)) if template[k] != came[k]]
                consts = [k for k in diff if template[k] != WILDCARD]
                if not consts:
                    kind = "at variables"
                elif all(came[k] == WILDCARD for k in consts):
                    kind = "value"
                else:
                    kind = "word" if len(consts) == 1 else "words"
                ev = entry[3][1]
                detail = {"template": template, "tokens": came, "diff": consts,
                          "evidence": [ev[k][1] for k in consts] if ev and len(ev) == len(came) else None}
            elif entry is None:
                kind = "cache"
            events.append({"class": "merge", "kind": kind, "label": label, "lines": lines[label],
                           "other": first_label[pid], "detail": detail, "record": at,
                           "content": row["Content"]})
        if label not in labels_of_id[pid]:
            labels_of_id[pid].add(label)
        if pid not in ids_of_label[label]:
            ids_of_label[label].append(pid)
    wrong = {label for label, found in ids_of_label.items()
             if len(found) > 1 or any(len(labels_of_id[p]) > 1 for p in found)}
    bad = sum(lines[label] for label in wrong)
    for e in events:
        e["program"] = path.name.split("_2k")[0]
        e["file"] = str(path)
    return events, bad, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=pathlib.Path)
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--list", choices=("merge", "split", "none"), default="none")
    parser.add_argument("--kind", default="", help="list only events of this kind (word/word, word, …)")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--json", type=pathlib.Path, help="write every event there (one JSON a line)")
    args = parser.parse_args()
    totals: collections.Counter[tuple[str, str]] = collections.Counter()
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    every: list[dict] = []
    bad_all = rows_all = 0
    for file in labelled_files_in(args.paths):
        events, bad, rows = events_of(file, args.batch)
        bad_all += bad
        rows_all += rows
        every += events
        seen: set[tuple[str, str, str]] = set()
        for e in events:
            counts[(e["class"], e["kind"])] += 1
            if (e["label"], e["class"], e["kind"]) not in seen:  # a label's lines once a class
                seen.add((e["label"], e["class"], e["kind"]))
                totals[(e["class"], e["kind"])] += e["lines"]
    if args.json:
        with args.json.open("w") as out:
            for e in every:
                out.write(json.dumps(e) + "\n")
    if args.list != "none":
        shown = [e for e in every if e["class"] == args.list and (not args.kind or e["kind"] == args.kind)]
        shown.sort(key=lambda e: -e["lines"])
        for e in shown[:args.limit]:
            d = e["detail"]
            print(f"--- {e['program']} {e['class']} {e['kind']} {e['lines']} lines @{e['record']}: "
                  f"{e['label'][:150]}")
            if e["class"] == "merge":
                print(f"    into: {e['other'][:150]}")
            if d:
                for k in d["diff"][:3]:
                    t, m = d["template"], d["tokens"]
                    print(f"    at {k}/{len(t)}: {t[k]!r} / {m[k]!r}  "
                          f"before {t[max(0, k - 3):k]} after {t[k + 1:k + 3]}")
                print(f"    evidence: {d['evidence']}  why: {d.get('why')}")
                print(f"    template: {' '.join(d['template'])[:200]}")
            print(f"    record:   {e['content'][:200]}")
    print(f"wrong lines {bad_all} of {rows_all} ({bad_all / max(rows_all, 1):.4f})")
    for key, value in sorted(totals.items(), key=lambda kv: -kv[1]):
        share = value / max(rows_all, 1)
        print(f"{key[0]:6s} {key[1]:14s} events {counts[key]:5d} label lines {value:6d} ({share:.4f})")


if __name__ == "__main__":
    main()
