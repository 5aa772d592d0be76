"""Where a line's instructions go by what its ``add`` did (not collected by pytest).

    python tests/patterns/bench_kinds.py [--data DIR] [--top 25] [--kinds exact,masked,matched,widened,new]

``bench_once.py``'s mix (every line once, one miner) is first fed to the pure miner with its
``_slow`` and ``_mine`` wrapped, which says of each line what ``add`` did: an exact-cache hit
(``_slow`` not called), a masked-cache hit (``_slow`` without ``_mine``; the texts read again
as a head field's earlier reading are among them), a new pattern, a pattern matched with its
template unchanged, or one widened. The same lines are then fed, in the same order, to this
checkout's miner under callgrind, collecting only while ``add`` places a line of one kind
(``--collect-atstart=no`` and ``CALLGRIND_TOGGLE_COLLECT`` around the call, from a small
library built here with the C compiler and valgrind's ``callgrind.h``): one run a kind. For
each kind it prints the lines, the instructions a line (``PatternMiner.add``'s, inclusive:
the toggling's own cost left out) and the compiled functions that cost the most inside it,
inclusive, a line of the kind.

Ids are the same compiled and pure (``equivalence.py``), so the pure miner's kinds are the
compiled one's. Needs ``valgrind``, ``callgrind_annotate`` and a C compiler on the PATH, and
the miner compiled in the checkout this script sits in (``OTLP_SAMPLER_COMPILE=1 python
setup.py build_ext --inplace``): callgrind names compiled functions, not the interpreter's
frames. Some 30 s a kind on a corpus set.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT))  # (appended: a child's PYTHONPATH, the checkout it measures, comes first)

from tests.patterns.bench_once import DEFAULT_DATA, _lines  # noqa: E402

KINDS = ("exact", "masked", "matched", "widened", "new")
_ADD = "CPyDef_miner___PatternMiner___add"
_TOGGLE_SOURCE = "#include <valgrind/callgrind.h>\nvoid toggle(void) { CALLGRIND_TOGGLE_COLLECT; }\n"
# callgrind_annotate's inclusive lines: "  1,234 (12.5%)  file.c:function [object]"
_LINE = re.compile(r"^\s*([\d,]+)\s+\([^)]*\)\s+\S*?:(CPyDef_\w+)")


def _classify(data: pathlib.Path, out: pathlib.Path) -> None:
    """Each line's kind, as the pure miner placed it, written to ``out`` (a JSON list)."""
    from otlp_sampler import patterns
    from otlp_sampler.patterns import miner

    if patterns.COMPILED:
        raise SystemExit("the classifying child must run the pure miner (OTLP_SAMPLER_PURE_MINER=1)")
    called: set[str] = set()
    slow, mine = miner.PatternMiner._slow, miner.PatternMiner._mine

    def wrapped(name, method):
        def call(self, *args, **kwargs):
            called.add(name)
            return method(self, *args, **kwargs)
        return call

    miner.PatternMiner._slow = wrapped("slow", slow)  # type: ignore[method-assign]
    miner.PatternMiner._mine = wrapped("mine", mine)  # type: ignore[method-assign]
    placing = miner.PatternMiner()
    kinds = []
    for line in _lines(data):
        called.clear()
        before = len(placing)
        texts = {id(pattern): pattern.text for pattern in placing._patterns.values()}
        pid = placing.add(line)
        if "slow" not in called:
            kind = "exact"
        elif "mine" not in called:
            kind = "masked"
        elif len(placing) > before:
            kind = "new"
        else:
            found = placing.pattern(pid)
            kind = "widened" if found is not None and texts.get(id(found)) != found.text else "matched"
        kinds.append(kind)
    out.write_text(json.dumps(kinds))


def _feed(data: pathlib.Path, kinds_file: pathlib.Path, kind: str, toggle: str) -> None:
    """Feed every line to one miner, callgrind collecting only around ``add`` of ``kind``'s."""
    from otlp_sampler.patterns import PatternMiner

    flip = ctypes.CDLL(toggle).toggle
    kinds = json.loads(kinds_file.read_text())
    add = PatternMiner().add
    for line, its in zip(_lines(data), kinds, strict=True):
        if its == kind:
            flip()
            add(line)
            flip()
        else:
            add(line)


def _functions(profile: pathlib.Path) -> dict[str, int]:
    """The compiled functions' inclusive instructions in a callgrind profile (the largest
    reading of each name: callgrind_annotate lists a function once a file it is inlined from)."""
    command = ["callgrind_annotate", "--inclusive=yes", "--auto=no", "--threshold=100", str(profile)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    found: dict[str, int] = {}
    for line in done.stdout.splitlines():
        match = _LINE.match(line)
        if match is not None:
            name, count = match.group(2), int(match.group(1).replace(",", ""))
            found[name] = max(count, found.get(name, 0))
    return found


def _name(symbol: str) -> str:
    """``CPyDef_shapes___ShapeIndex___find`` -> ``shapes.ShapeIndex.find``."""
    return ".".join(symbol.removeprefix("CPyDef_").split("___"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--top", type=int, default=25, help="functions printed a kind")
    parser.add_argument("--kinds", default=",".join(KINDS), help="the kinds measured, comma-separated")
    parser.add_argument("--classify", type=pathlib.Path, help=argparse.SUPPRESS)
    parser.add_argument("--feed", nargs=3, metavar=("KINDS_FILE", "KIND", "TOGGLE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.classify:
        _classify(args.data, args.classify)
        return
    if args.feed:
        _feed(args.data, pathlib.Path(args.feed[0]), args.feed[1], args.feed[2])
        return
    wanted = args.kinds.split(",")
    if any(kind not in KINDS for kind in wanted):
        parser.error(f"--kinds: each of {', '.join(KINDS)}")
    for tool in ("valgrind", "callgrind_annotate", "cc"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not on the PATH")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as scratch:
        work = pathlib.Path(scratch)
        kinds_file = work / "kinds.json"
        subprocess.run([sys.executable, __file__, "--data", str(args.data), "--classify", str(kinds_file)],
                       env={**env, "OTLP_SAMPLER_PURE_MINER": "1"}, check=True)
        (work / "toggle.c").write_text(_TOGGLE_SOURCE)
        toggle = work / "toggle.so"
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(toggle), str(work / "toggle.c")],
                       check=True)
        counts = Counter(json.loads(kinds_file.read_text()))
        total = sum(counts.values())
        for kind in wanted:
            if not counts[kind]:
                print(f"{kind}: no line")
                continue
            profile = work / f"{kind}.out"
            command = ["valgrind", "--tool=callgrind", "--collect-atstart=no",
                       f"--callgrind-out-file={profile}", sys.executable, __file__, "--data", str(args.data),
                       "--feed", str(kinds_file), kind, str(toggle)]
            subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=1800)
            functions = _functions(profile)
            lines = counts[kind]
            if _ADD not in functions:
                raise SystemExit(f"no {_ADD} in the profile: is the miner compiled in {ROOT}?")
            spent = functions.pop(_ADD)
            print(f"{kind}: {lines:,} lines ({lines / total:.1%}), add {spent / 1e6:,.1f}M, "
                  f"{spent / lines:,.0f} a line")
            for symbol, count in sorted(functions.items(), key=lambda item: -item[1])[:args.top]:
                print(f"    {count / lines:>9,.0f}  {_name(symbol)}")


if __name__ == "__main__":
    main()
