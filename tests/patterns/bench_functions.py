"""Instructions spent inside chosen functions of the pure miner (not collected by pytest).

    python tests/patterns/bench_functions.py --data DIR FUNCTION [FUNCTION ...] [--baseline CHECKOUT]

FUNCTION is a name under ``otlp_sampler.patterns``: ``templates.score``,
``shapes.ShapeIndex._best``, ``candidates.PlaceIndex.refresh`` (eight at most). Each line of
``bench_once.py``'s mix is fed once to one miner, run as Python (``OTLP_SAMPLER_PURE_MINER=1``),
under ``valgrind --tool=callgrind``; each chosen function is called through a C function of
its own (``itertools.starmap``'s ``starmap_next``, ``accumulate_next``, ...), whose inclusive
count is then the function's, its callees included. Python's frames are one C function to
callgrind (``_PyEval_EvalFrameDefault``), and neither cProfile's times nor wall-clock times
on the shared machine say where a line's instructions go: cProfile charges each call some
microseconds of its own (small functions called often look dear), and the load moves a
run's time by more than the changes measured (round 32, speed27: a scan read from the
index looked 3x faster by the clock and was 6-20 % dearer in instructions).

Printed per function: its calls, its instructions in millions and per line, with the
wrapper's own cost taken out (measured in a run that calls a function that does nothing
through the same wrappers). Nested functions are each inclusive (``templates.score`` inside
``ShapeIndex._best`` is counted in both, and so is its wrapper's cost in the caller's). A
name that another module imported (``from … import score``) is wrapped there too. A set's
s0 takes some 5 minutes a checkout under load (one run with all the functions named), and
the wrappers' run one more.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import itertools
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("bench_once", pathlib.Path(__file__).parent / "bench_once.py")
bench_once = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(bench_once)  # type: ignore[union-attr]

_CALIBRATION = 20_000  # calls of a function that does nothing, through each wrapper


def _starmap(f):
    return lambda *a, **k: next(itertools.starmap(lambda *x: f(*x, **k), [a]))


def _accumulate(f):
    return lambda *a, **k: list(itertools.accumulate([None, a], lambda _, x: f(*x, **k)))[1]


def _through(iterate):
    """A wrapper that calls ``f`` from the predicate or key function ``iterate`` calls."""
    def wrap(f):
        def call(*a, **k):
            out = []
            for _ in iterate(lambda x: out.append(f(*x, **k)), [a]):
                pass
            return out[0]
        return call
    return wrap


def _reduce(f):
    return lambda *a, **k: functools.reduce(lambda _, x: f(*x, **k), [a], None)


def _calliter(f):
    def call(*a, **k):
        out = []

        def once():
            out.append(f(*a, **k))
            return 0
        next(iter(once, 1))
        return out[0]
    return call


# (each wrapper, and the C function callgrind names its calls by)
_WRAPPERS = [
    (_starmap, "itertoolsmodule.c:starmap_next"),
    (_accumulate, "itertoolsmodule.c:accumulate_next"),
    (_through(itertools.filterfalse), "itertoolsmodule.c:filterfalse_next"),
    (_through(itertools.takewhile), "itertoolsmodule.c:takewhile_next"),
    (_through(itertools.dropwhile), "itertoolsmodule.c:dropwhile_next"),
    (_reduce, "_functoolsmodule.c:functools_reduce"),
    (_through(lambda key, items: itertools.groupby(items, key=key)), "itertoolsmodule.c:groupby_next"),
    (_calliter, "iterobject.c:calliter_iternext"),
]


def _wrap_all(names: list[str]) -> list[list[int]]:
    """Wrap each named function of the miner in its own wrapper; their call counters."""
    counts = []
    package = pathlib.Path(importlib.import_module("otlp_sampler.patterns").__file__ or "").parent
    modules = [importlib.import_module(f"otlp_sampler.patterns.{path.stem}")
               for path in sorted(package.glob("*.py")) if path.stem != "__init__"]
    for name, (wrapper, _) in zip(names, _WRAPPERS):  # noqa: B905 (names checked: eight at most)
        module_name, *attrs = name.split(".")
        owner = importlib.import_module(f"otlp_sampler.patterns.{module_name}")
        for attr in attrs[:-1]:
            owner = getattr(owner, attr)
        original = getattr(owner, attrs[-1])
        counter = [0]
        wrapped = wrapper(original)

        def counted(*a, _wrapped=wrapped, _counter=counter, **k):
            _counter[0] += 1
            return _wrapped(*a, **k)
        setattr(owner, attrs[-1], counted)
        if len(attrs) == 1:  # (a module's function: where another module imported it too)
            for module in modules:
                if getattr(module, attrs[-1], None) is original:
                    setattr(module, attrs[-1], counted)
        counts.append(counter)
    return counts


def _child(data: pathlib.Path, names: list[str], calibrate: bool) -> None:
    if calibrate:
        def nothing(*a, **k):
            return None
        for wrapper, _ in _WRAPPERS[:len(names)]:
            call = wrapper(nothing)
            for _ in range(_CALIBRATION):
                call(1)
        return
    from otlp_sampler.patterns import PatternMiner

    counts = _wrap_all(names)
    add = PatternMiner().add
    for line in bench_once._lines(data):
        add(line)
    print("calls", *[count[0] for count in counts])


def _run(checkout: pathlib.Path, data: pathlib.Path, names: list[str],
         calibrate: bool) -> tuple[list[int], list[int]]:
    env = {**os.environ, "PYTHONPATH": f"{checkout}{os.pathsep}{ROOT}", "PYTHONHASHSEED": "0",
           "OTLP_SAMPLER_PURE_MINER": "1"}
    with tempfile.TemporaryDirectory() as scratch:
        out = f"{scratch}/out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                   "--child", "--data", str(data), *(["--calibrate"] if calibrate else []), *names]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=3600)
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                                   capture_output=True, text=True, check=True).stdout
    costs = []
    for _, symbol in _WRAPPERS[:len(names)]:
        found = re.search(r"^\s*([\d,]+) \([^)]*\)\s+\S*" + re.escape(symbol) + r" ", annotated, re.M)
        costs.append(int(found.group(1).replace(",", "")) if found else 0)
    calls = re.search(r"^calls (.*)$", done.stdout, re.M)
    return costs, [int(c) for c in calls.group(1).split()] if calls else [_CALIBRATION] * len(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("functions", nargs="+", help="names under otlp_sampler.patterns (eight at most)")
    parser.add_argument("--data", type=pathlib.Path, default=bench_once.DEFAULT_DATA)
    parser.add_argument("--baseline", type=pathlib.Path, help="another checkout to count")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--calibrate", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if len(args.functions) > len(_WRAPPERS):
        parser.error(f"{len(_WRAPPERS)} functions at most")
    if args.child:
        _child(args.data, args.functions, args.calibrate)
        return
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        raise SystemExit("valgrind and callgrind_annotate are not on the PATH")
    lines = len(bench_once._lines(args.data))
    unit, _ = _run(ROOT, args.data, args.functions, True)
    overhead = [cost / _CALIBRATION for cost in unit]  # (a wrapper's own instructions a call)
    checkouts = {"project": ROOT, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    print(f"lines: {lines:,}, each once, pure miner; instructions inside each function "
          f"(millions, per line; the wrapper's ~{min(overhead):,.0f}-{max(overhead):,.0f} a call taken out):")
    for label, checkout in checkouts.items():
        costs, calls = _run(checkout, args.data, args.functions, False)
        for name, cost, count, each in zip(args.functions, costs, calls, overhead):  # noqa: B905
            own = cost - count * each
            print(f"  {label} {name}: {count:,} calls, {own / 1e6:,.1f}M ({own / lines:,.0f} a line)")


if __name__ == "__main__":
    main()
