"""Whether the scans' indexes change anything: the miner with them and without them, every
candidate asked (a check after a rule changes; not collected by pytest).

    python tests/patterns/candidates_check.py [--data DIR ...]

For each DIR (default: the Loghub dev sample) it feeds every line of ``bench_once.py``'s
once-only mix to a miner as it is and to one whose scans ask their rule about every
candidate (``candidates.among`` handing over the whole bucket), with the default cap and
with a small one that evicts, and compares the id and template of every line and, at the
end, every bucket's shapes in order. A rule that now accepts what its mask leaves out
(``otlp_sampler/patterns/candidates.py``) shows here as mismatches; loosen the mask.
"""

from __future__ import annotations

import argparse
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from otlp_sampler.patterns import PatternMiner, shapes  # noqa: E402
from tests.patterns.bench_once import DEFAULT_DATA, _lines  # noqa: E402


def _run(lines: list[str], cap: int) -> tuple[list[tuple[str, str | None]], list]:
    miner = PatternMiner(max_patterns=cap)
    answers = []
    for line in lines:
        pid = miner.add(line)
        answers.append((pid, miner.template(pid)))
    buckets = [(lead, length, [(shape.pattern.id, tuple(shape.tokens)) for shape in bucket.shapes])
               for lead, by_length in miner._index._buckets.items() for length, bucket in by_length.items()]
    return answers, buckets


def _every(bucket, mask, index) -> list:
    return list(bucket.candidates())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, action="append")
    args = parser.parse_args()
    indexed = shapes.among
    bad = 0
    for folder in args.data or [DEFAULT_DATA]:
        lines = _lines(folder)
        for cap in (5000, 300):
            shapes.among = indexed
            ours = _run(lines, cap)
            shapes.among = _every
            theirs = _run(lines, cap)
            lines_differ = sum(a != b for a, b in zip(ours[0], theirs[0], strict=True))
            buckets_differ = ours[1] != theirs[1]
            bad += lines_differ + buckets_differ
            print(f"{folder} (max_patterns {cap}): {len(lines):,} lines, {lines_differ} differ; "
                  f"buckets {'differ' if buckets_differ else 'the same'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
