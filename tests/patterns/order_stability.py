"""How much pattern ids depend on arrival order (not collected by pytest).

    python tests/patterns/order_stability.py [--data DIR] [--seeds 1 2] [--batch N] [--diff N]

For each ``*_2k.log_structured.csv`` under DIR (default: the dev sample,
``../shared/data/loghub-dev``), feeds the ``Content`` lines to a fresh ``PatternMiner`` in
two shuffled orders and prints the share of lines that got the same id in both, per
dataset and on average (docs/patterns.md, Ids and stability). With ``--batch N`` each
shuffled order is fed N lines at a time to ``add_batch``, as ``corpus/batch_ga.py`` feeds
file order (the proxy's per-request path). With ``--diff N`` it also prints, per dataset,
the N largest groups of lines whose ids differ: the templates their ids have at the end in
the first order and in the second (``same template`` when the two agree: only the id
differs), the texts the two ids were computed from (``named``: the foreseen template,
``shapes.id_tokens``, or the literal one when another pattern held that id), and the lines'
count.
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # (first: the miner measured is this checkout's)

from tests.patterns.corpus.batch_ga import batch_ids  # noqa: E402  (bench_once.add_batch_of)
from tests.patterns.corpus.layouts import LOGHUB_SAMPLE, labelled_files, labelled_rows  # noqa: E402


class _Named:
    """A miner's ``PatternNamer`` that keeps the text each id was computed from (``--diff``:
    the id text tells whether the foreseen id, ``shapes.id_tokens``, or the literal first
    template named the pattern)."""

    def __init__(self, namer) -> None:
        self.namer = namer
        self.texts: dict[str, str] = {}

    def name(self, text: str) -> str:
        pid = self.namer.name(text)
        self.texts.setdefault(pid, text)
        return pid


def shuffled_ids(lines: list[str], seed: int, batch: int = 0) -> tuple[list[str], object, _Named]:
    """Each line's id when the lines come in seed's shuffle (``add`` per line, or ``add_batch``
    N at a time with ``batch``), in the lines' own order, the miner that made them and the
    text each id was computed from (none from a compiled miner, whose namer is typed)."""
    from otlp_sampler.patterns import PatternMiner

    order = list(range(len(lines)))
    random.Random(seed).shuffle(order)
    miner = PatternMiner()
    named = _Named(miner._namer)
    try:
        miner._namer = named  # type: ignore[assignment]
    except TypeError:
        pass
    if batch:
        got_in_order = batch_ids(miner, [lines[index] for index in order], batch)
    else:
        got_in_order = [str(miner.add(lines[index])) for index in order]
    got = [""] * len(lines)
    for index, pid in zip(order, got_in_order, strict=True):
        got[index] = pid
    return got, miner, named


def stable_share(lines: list[str], seeds: tuple[int, int], batch: int = 0,
                 diff: int = 0) -> float:
    (first, miner_a, named_a), (second, miner_b, named_b) = (
        shuffled_ids(lines, seed, batch) for seed in seeds)
    if diff:
        groups: collections.Counter = collections.Counter()
        example: dict[tuple[str, str], tuple[str, str, str]] = {}
        for line, a, b in zip(lines, first, second, strict=True):
            if a != b:
                key = (miner_a.template(a) or "", miner_b.template(b) or "")
                groups[key] += 1
                example.setdefault(key, (line, named_a.texts.get(a, "?"), named_b.texts.get(b, "?")))
        for (ta, tb), count in groups.most_common(diff):
            line, text_a, text_b = example[ta, tb]
            print(f"  {count:5d}  A {ta[:160]!r}")
            print(f"         {'same template' if ta == tb else 'B ' + repr(tb[:160])}")
            print(f"         named A {text_a[:160]!r}")
            print(f"         named B {text_b[:160]!r}")
            print(f"         e.g. {line[:160]!r}")
    return sum(a == b for a, b in zip(first, second, strict=True)) / len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=LOGHUB_SAMPLE)
    parser.add_argument("--seeds", type=int, nargs=2, default=(1, 2))
    parser.add_argument("--batch", type=int, default=0,
                        help="feed each order N lines at a time to add_batch (0: add, one at a time)")
    parser.add_argument("--diff", type=int, default=0,
                        help="print the N largest groups of lines whose ids differ, per dataset")
    args = parser.parse_args()
    if args.batch < 0:
        parser.error("--batch must be 0 (add) or more")
    shares = []
    for path in labelled_files(args.data):
        lines = [row["Content"] for row in labelled_rows(path)]
        if args.diff:
            print(f"=== {path.name.split('_2k')[0]}")
        shares.append(stable_share(lines, tuple(args.seeds), args.batch, args.diff))
        print(f"{path.name.split('_2k')[0]:<14} {shares[-1]:.3f}", flush=True)
    if not shares:
        sys.exit(f"no *_2k.log_structured.csv under {args.data}")
    print(f"same id in two orders: {sum(shares) / len(shares):.4f} over {len(shares)} datasets"
          + (f" (batch {args.batch})" if args.batch else ""))


if __name__ == "__main__":
    main()
