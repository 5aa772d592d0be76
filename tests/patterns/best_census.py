"""What ``ShapeIndex._best`` scores a line, and what of it could win (not collected by pytest).

    python tests/patterns/best_census.py [--data DIR] [--batch N]

Each line of ``bench_once.py``'s mix is fed once to one pure miner (``add``, or ``add_batch``
with ``--batch``); ``ShapeIndex._best`` is wrapped: before it runs, each of its candidates is
scored again as its loop would (``templates.score``, ``_settled``, the batch's refusal, the
stop at 1.0), with ``score``'s Python line events counted (``sys.settrace`` on its frame: a
deterministic proxy of its cost), and scored once more told the best so far (``least``, as
``_best`` tells it: the same answer, or -1 below it, checked). Printed: the calls, the
candidates given and scored a call, how the scored ones end (refused -1 and at which share of
the template's places, below ``SIMILARITY``, able to win when scored, taken), the winner's
rank, the share of ``score``'s line events spent on candidates that did not win (the most an
exact cut of ``_best``'s losers could save of ``score``), the lines of ``score`` that refuse
and their share, and the line events ``least`` spares. ``_best_after_name`` (a name's place
let go) is not wrapped. Some 10 s a set's s0.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import os
import pathlib
import sys

_SPEC = importlib.util.spec_from_file_location("bench_once", pathlib.Path(__file__).parent / "bench_once.py")
bench_once = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(bench_once)  # type: ignore[union-attr]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=bench_once.DEFAULT_DATA)
    parser.add_argument("--batch", type=int, default=0)
    args = parser.parse_args()
    os.environ["OTLP_SAMPLER_PURE_MINER"] = "1"
    from otlp_sampler.patterns import COMPILED, PatternMiner, shapes, templates

    assert not COMPILED, "the census wraps Python functions: run it on the sources"
    score_code = templates.score.__code__
    lines_seen = [0]
    last_at = [0]
    last_line = [0]
    def tracer(frame, event, arg):
        if frame.f_code is not score_code:
            return None

        def local(frame, event, arg):
            if event == "line":
                lines_seen[0] += 1
            elif event == "return":
                last_at[0] = frame.f_locals.get("index", 0)
                last_line[0] = frame.f_lineno
            return local
        return local

    def traced_score(*a, least=0.0):
        lines_seen[0] = 0
        last_at[0] = 0
        sys.settrace(tracer)
        try:
            value = templates.score(*a, least=least)
        finally:
            sys.settrace(None)
        return value, lines_seen[0], last_at[0]

    stats: collections.Counter[str] = collections.Counter()
    refused_by: collections.Counter[int] = collections.Counter()  # score's line that returned -1
    refused_cost: collections.Counter[int] = collections.Counter()
    ranks: collections.Counter[int] = collections.Counter()
    scored_per_call: collections.Counter[int] = collections.Counter()
    refused_at: collections.Counter[int] = collections.Counter()  # tenths of the template read
    original = shapes.ShapeIndex._best

    def census(self, candidates, tokens, kinds, short=True):
        stats["calls"] += 1
        stats["given"] += len(candidates)
        logger = templates.header_logger(tokens) if len(candidates) > 1 else templates.UNASKED
        location = templates.kept_location_at(tokens) if len(candidates) > 1 else templates.UNASKED
        best = None
        best_score = templates.SIMILARITY
        rows = []
        for rank, candidate in enumerate(candidates):
            (value, cost, at) = traced_score(candidate.tokens, candidate.kinds, tokens, kinds, short,
                                             self.values, logger, location)
            if value < 0:
                refused_by[last_line[0]] += 1
                refused_cost[last_line[0]] += cost
            # (and told the best so far, as _best tells it: the same answer or -1 below it)
            (told, told_cost, _) = traced_score(candidate.tokens, candidate.kinds, tokens, kinds, short,
                                                self.values, logger, location, least=best_score)
            assert told == value or (told == -1.0 and value < best_score), (value, told)
            stats["cost_told"] += told_cost
            stats["stopped"] += told != value
            able = value > best_score or (value == best_score and best is None)
            takes = able and not shapes._settled(candidate, tokens) and (
                self.batch is None or not self.batch.refuses(candidate.tokens, tokens, kinds,
                                                             candidate.spaced))
            rows.append((rank, value, cost, at, able, len(tokens)))
            stats["walked"] += at + 1
            stats["unindexed" if not candidate.indexes else "indexed"] += 1
            if value < 0 and not candidate.indexes:
                stats["refused_unindexed"] += 1
            if candidate.tokens == tokens:
                stats["equal_tokens"] += 1
            if takes:
                best, best_score = candidate, value
                if value == 1.0:
                    break
        winner = None if best is None else candidates.index(best)
        scored_per_call[len(rows)] += 1
        stats["scored"] += len(rows)
        stats["calls_won" if best is not None else "calls_none"] += 1
        if winner is not None:
            ranks[winner] += 1
        for rank, value, cost, at, able, length in rows:
            stats["cost"] += cost
            won = rank == winner
            if won:
                stats["cost_winner"] += cost
                stats["winner"] += 1
                stats["winner_exact" if value == 1.0 else "winner_below_1"] += 1
            elif value < 0:
                stats["refused"] += 1
                stats["cost_refused"] += cost
                refused_at[min(9, 10 * at // max(1, length))] += 1
            elif value < templates.SIMILARITY:
                stats["low"] += 1
                stats["cost_low"] += cost
            elif able:
                stats["able_lost"] += 1  # (able when scored, then beaten or settled)
                stats["cost_able_lost"] += cost
            else:
                stats["beaten"] += 1  # (at or above SIMILARITY, not above the best so far)
                stats["cost_beaten"] += cost
        found = original(self, candidates, tokens, kinds, short)
        assert found is (None if best is None else best.pattern)
        return found

    shapes.ShapeIndex._best = census
    lines = bench_once._lines(args.data)
    miner = PatternMiner()
    if args.batch:
        add_batch = bench_once.add_batch_of(miner)
        for start in range(0, len(lines), args.batch):
            add_batch(lines[start:start + args.batch])
    else:
        for line in lines:
            miner.add(line)
    n = len(lines)
    calls = stats["calls"] or 1
    cost = stats["cost"] or 1
    print(f"{args.data}: {n} lines, {stats['calls']} _best calls ({stats['calls'] / n:.3f} a line), "
          f"{stats['calls_won']} found a shape, {stats['calls_none']} none")
    print(f"candidates given {stats['given']} ({stats['given'] / calls:.2f} a call), "
          f"scored {stats['scored']} ({stats['scored'] / calls:.2f} a call, "
          f"{stats['scored'] / n:.2f} a line)")
    print("scored a call:", ", ".join(f"{k}: {v}" for k, v in sorted(scored_per_call.items())[:12]))
    print(f"scored: winner {stats['winner']} (1.0: {stats['winner_exact']}, "
          f"below: {stats['winner_below_1']}), "
          f"refused -1 {stats['refused']}, below SIMILARITY {stats['low']}, "
          f"able but beaten later or settled {stats['able_lost']}, not above the best {stats['beaten']}")
    print("winner's rank:", ", ".join(f"{k}: {v}" for k, v in sorted(ranks.items())[:10]))
    print("refused at (tenths of the template read):",
          ", ".join(f"{k}: {v}" for k, v in sorted(refused_at.items())))
    print(f"score's line events {stats['cost']} ({stats['cost'] / n:.1f} a line, "
          f"{stats['cost'] / max(1, stats['scored']):.1f} a score): "
          f"winners {stats['cost_winner'] / cost:.1%}, "
          f"refused {stats['cost_refused'] / cost:.1%}, low {stats['cost_low'] / cost:.1%}, "
          f"able-lost {stats['cost_able_lost'] / cost:.1%}, beaten {stats['cost_beaten'] / cost:.1%}")
    print(f"places read a score {stats['walked'] / max(1, stats['scored']):.1f}; "
          f"scored from a first word with no index "
          f"{stats['unindexed']} (refused {stats['refused_unindexed']}), with one {stats['indexed']}; "
          f"the message's tokens those of the template {stats['equal_tokens']}")
    source = pathlib.Path(templates.__file__).read_text().splitlines()
    print("refused by (score's line, its refusals, their share of the line events):")
    for line, count in refused_cost.most_common(8):
        text = source[line - 1].strip()[:70] if line else "?"
        print(f"  {line}: {refused_by[line]}, {count / cost:.1%}: {text}")
    print(f"told the best so far (score's least, templates._below): {stats['stopped']} scores stop early, "
          f"line events {stats['cost_told']} ({stats['cost_told'] / cost - 1:+.1%})")


if __name__ == "__main__":
    main()
