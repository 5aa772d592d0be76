"""Deterministic cost of the mining path: instructions counted by valgrind (not collected by pytest).

    python tests/patterns/bench_instructions.py [--data DIR] [--drain3] [--baseline CHECKOUT] [--batch N]

Times on a shared machine move with its load; the number of instructions a run executes
does not. This feeds every line of ``bench_once.py``'s mix once to one miner (the same
shuffled lines) under ``valgrind --tool=cachegrind --cache-sim=no``, and again with the
same setup but no line fed; the difference is the cost of the lines alone (imports,
reading the files and building the miner subtracted). Printed in millions of
instructions, and per line. With ``--baseline`` another checkout (its ``otlp_sampler`` on
``PYTHONPATH``) is counted too, with ``--drain3`` drain3's default configuration. With
``--batch N`` the project's lines go in consecutive batches of N through
``PatternMiner.add_batch`` (an OTLP request's records, as the proxy feeds them); a
checkout whose miner has none (an older one) gets ``add`` per line in the same batches
(the same loop around it), drain3 each line alone as without the option.

Needs ``valgrind`` on the PATH; a run takes some 30 s per miner counted.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
# bench_once.py beside this file, loaded by its path: a --baseline child has the baseline's
# checkout first on its path, whose tests package may be older (without add_batch_of) or absent
_SPEC = importlib.util.spec_from_file_location("bench_once", pathlib.Path(__file__).parent / "bench_once.py")
bench_once = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(bench_once)  # type: ignore[union-attr]
DEFAULT_DATA, _drain3_add, _lines, _project_add = (
    bench_once.DEFAULT_DATA, bench_once._drain3_add, bench_once._lines, bench_once._project_add)

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _child(which: str, data: pathlib.Path, feed: bool, batch: int) -> None:
    lines = _lines(data)
    if batch and which == "project":
        from otlp_sampler.patterns import PatternMiner

        add_batch = bench_once.add_batch_of(PatternMiner())  # (add per line in an older checkout)
        if feed:
            for start in range(0, len(lines), batch):
                add_batch(lines[start:start + batch])
        return
    add = (_drain3_add if which == "drain3" else _project_add)()
    if feed:
        for line in lines:
            add(line)


def _count(which: str, data: pathlib.Path, checkout: pathlib.Path, feed: bool, batch: int = 0) -> int:
    """Instructions of one child process under cachegrind.

    The fed and the unfed run get arguments and environment of the same sizes (``--feed 1``
    or ``0``, not a flag present or absent), so that up to the first line fed both processes
    make the same allocations at the same addresses and their imports cost the same: the
    imports (the masking regexes compiled, ~650M instructions) call glibc's malloc ~90,000
    times, whose cost follows the heap's layout (a walk of a large bin's free chunks). A
    flag that only one of the two runs had moved the unfed run's import by 7.3M
    instructions or not depending on the sizes of paths and module constants, 450 a line of
    the Loghub sample (4 %), subtracted from the lines' cost."""
    env = {**os.environ, "PYTHONPATH": f"{checkout}{os.pathsep}{ROOT}", "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as scratch:
        command = ["valgrind", "--tool=cachegrind", "--cache-sim=no",
                   f"--cachegrind-out-file={scratch}/out", sys.executable, __file__, "--child", which,
                   "--data", str(data), "--batch", str(batch), "--feed", "1" if feed else "0"]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=1800)
    found = _REFS.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def _lines_cost(which: str, data: pathlib.Path, checkout: pathlib.Path, batch: int = 0) -> int:
    return _count(which, data, checkout, True, batch) - _count(which, data, checkout, False, batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--drain3", action="store_true", help="also count drain3 (default config)")
    parser.add_argument("--baseline", type=pathlib.Path, help="another checkout to count")
    parser.add_argument("--batch", type=int, default=0,
                        help="feed the project's lines N at a time through add_batch (0: add per line)")
    parser.add_argument("--child", choices=["project", "drain3"], help=argparse.SUPPRESS)
    # (0 or 1, not a flag: the two runs' argv must be the same size, see _count)
    parser.add_argument("--feed", type=int, choices=(0, 1), default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.batch < 0:
        parser.error("--batch must be 0 (add per line) or more")
    if args.child:
        _child(args.child, args.data, args.feed, args.batch)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on the PATH")
    count = len(_lines(args.data))
    runs = {"project": _lines_cost("project", args.data, ROOT, args.batch)}
    if args.baseline:
        runs["baseline"] = _lines_cost("project", args.data, args.baseline.resolve(), args.batch)
    if args.drain3:
        runs["drain3"] = _lines_cost("drain3", args.data, ROOT)
    fed = f"each once, in batches of {args.batch} (add_batch if it is there)" if args.batch else "each once"
    print(f"lines: {count:,}, {fed}; instructions (millions, per line):", end="")
    print(";".join(f" {name} {total / 1e6:,.0f}M ({total / count:,.0f})" for name, total in runs.items()))


if __name__ == "__main__":
    main()
