"""Where the compiled miner's time goes, phase by phase, against its instructions (not collected by pytest).

    python tests/patterns/bench_phases.py --data DIR [--runs 6] [--drain3]

``bench_once.py``'s mix (every line once, one miner) is fed in ``--runs`` fresh processes
under ``perf record`` (software clock, DWARF call graphs), sampled only while the lines are
fed; and once under callgrind. For each phase (a compiled function of the miner, its callees
included) it prints the time a run, the instructions a line and their ratio, nanoseconds an
instruction: a phase whose instructions cost more than the others' waits on memory or on
branches, where a phase that costs as much per instruction as the rest is cut only by
executing fewer. With ``--drain3`` drain3's nanoseconds an instruction are printed beside
(``bench_once.py``'s rate and ``bench_instructions.py``'s count, one child each).

Needs ``perf`` (with ``--control``) and ``valgrind`` on the PATH, and the miner compiled in
the checkout this script sits in (``OTLP_SAMPLER_COMPILE=1 python setup.py build_ext
--inplace``): perf names compiled functions, not the interpreter's frames. Some 2 minutes.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT))  # (appended: a child's PYTHONPATH, the checkout it measures, comes first)

from tests.patterns.bench_once import DEFAULT_DATA, _lines, _project_add  # noqa: E402

# The phases of a line that misses the caches, in the order ``PatternMiner._slow`` runs them
# (module.Class.function, as mypyc names the compiled function).
PHASES = (
    "miner.PatternMiner.add", "miner.PatternMiner._slow", "masking.mask_statuses", "masking.mask_values",
    "positions.HeadPositions.read", "miner._Generations.get", "levels.LevelPlaces.read",
    "miner.PatternMiner._mine", "causes.fold", "tokens.tokens", "templates.kinds_of",
    "shapes.ShapeIndex.find", "shapes.ShapeIndex._best",
    "shapes.ShapeIndex._other_length", "shapes.ShapeIndex._inner_run", "shapes.ShapeIndex.trailing_cause",
    "shapes.ShapeIndex.add", "miner._Generations.put",
)
SAMPLES_A_SECOND = 4000


def _symbol(phase: str) -> str:
    return "CPyDef_" + "___".join(phase.split("."))


def _child(data: pathlib.Path, control: str, ack: str) -> None:
    """Feed the lines to a fresh miner, perf sampling only meanwhile (its control fifo)."""
    lines = _lines(data)
    add = _project_add()
    with open(control, "w") as commands, open(ack) as answers:
        commands.write("enable\n")
        commands.flush()
        answers.readline()
        for line in lines:
            add(line)
        commands.write("disable\n")
        commands.flush()
        answers.readline()


def _times(data: pathlib.Path, runs: int) -> tuple[dict[str, float], float]:
    """Seconds a run in each phase (inclusive) and in all, sampled by perf."""
    seconds = dict.fromkeys(PHASES, 0.0)
    total = 0.0
    symbols = {_symbol(phase): phase for phase in PHASES}
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(runs):
            control, ack, out = f"{scratch}/ctl{run}", f"{scratch}/ack{run}", f"{scratch}/perf{run}.data"
            os.mkfifo(control)
            os.mkfifo(ack)
            record = ["perf", "record", "-q", "-e", "cpu-clock", "-F", str(SAMPLES_A_SECOND),
                      "--call-graph", "dwarf,32768", "-D", "-1", f"--control=fifo:{control},{ack}", "-o", out]
            child = [sys.executable, __file__, "--child", "--data", str(data), "--ctl", control, "--ack", ack]
            subprocess.run(record + child, env=env, check=True, capture_output=True, timeout=900)
            report = subprocess.run(
                ["perf", "report", "-i", out, "--children", "--stdio", "-g", "none", "--sort", "sym"],
                capture_output=True, text=True, check=True, timeout=900).stdout
            count = re.search(r"Event count \(approx\.\): (\d+)", report)
            if count is None:
                raise SystemExit(f"no samples in perf's report:\n{report[-2000:]}")
            nanoseconds = int(count.group(1))  # (cpu-clock counts nanoseconds)
            total += nanoseconds / 1e9 / runs
            for line in report.splitlines():
                found = re.match(r"\s+([\d.]+)%\s+[\d.]+%\s+\[\.\]\s+(\S+)", line)
                if found and found.group(2) in symbols:
                    seconds[symbols[found.group(2)]] += float(found.group(1)) / 100 * nanoseconds / 1e9 / runs
    return seconds, total


def _instructions(data: pathlib.Path) -> dict[str, int]:
    """Instructions in each phase (inclusive) over the whole mix, counted by callgrind."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
           "PYTHONHASHSEED": "0"}
    bench = ROOT / "tests" / "patterns" / "bench_instructions.py"
    with tempfile.TemporaryDirectory() as scratch:
        out = f"{scratch}/callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                        str(bench), "--child", "project", "--data", str(data), "--feed", "1"],
                       env=env, check=True, capture_output=True, timeout=1800)
        listing = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                                 capture_output=True, text=True, check=True, timeout=900).stdout
    counts = dict.fromkeys(PHASES, 0)
    symbols = {_symbol(phase): phase for phase in PHASES}
    for line in listing.splitlines():
        found = re.match(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+\S*?:?(CPyDef_\w+)(?:\s|$)", line)
        if found and "=>" not in line and found.group(2) in symbols:
            # (a line for each source file its code came from, inlined headers too: the largest is all)
            phase = symbols[found.group(2)]
            counts[phase] = max(counts[phase], int(found.group(1).replace(",", "")))
    return counts


def _drain3_cost(data: pathlib.Path) -> tuple[float, float]:
    """drain3's lines a second and instructions a line (bench_once's and bench_instructions' children)."""
    from tests.patterns.bench_instructions import _lines_cost
    from tests.patterns.bench_once import _child as rate_child

    return rate_child("drain3", data, ROOT), _lines_cost("drain3", data, ROOT) / len(_lines(data))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=6, help="processes sampled by perf")
    parser.add_argument("--drain3", action="store_true", help="also drain3's nanoseconds an instruction")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ctl", help=argparse.SUPPRESS)
    parser.add_argument("--ack", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.data, args.ctl, args.ack)
        return
    for tool in ("perf", "valgrind", "callgrind_annotate"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not on the PATH")
    if not list((ROOT / "otlp_sampler" / "patterns").glob("*.so")):
        raise SystemExit(f"the miner in {ROOT} is not compiled: "
                         "OTLP_SAMPLER_COMPILE=1 python setup.py build_ext --inplace")
    count = len(_lines(args.data))
    seconds, total = _times(args.data, args.runs)
    instructions = _instructions(args.data)
    every = instructions[PHASES[0]]
    print(f"lines: {count:,}, each once; {args.runs} runs sampled: {total * 1e3:,.1f} ms a run "
          f"({count / total:,.0f} lines/s under perf), {every / count:,.0f} instructions a line in add, "
          f"{total / every * 1e9:.3f} ns an instruction")
    print(f"{'phase (inclusive)':34} {'ms a run':>9} {'time':>6} {'instr. a line':>14} {'instr.':>7} "
          f"{'ns/instr.':>10}")
    for phase in PHASES:
        spent, executed = seconds[phase], instructions[phase]
        rate = f"{spent / executed * 1e9:10.3f}" if executed else f"{'-':>10}"
        print(f"{phase:34} {spent * 1e3:9.1f} {spent / total:6.1%} {executed / count:14,.0f} "
              f"{executed / every:7.1%} {rate}")
    from tests.patterns.bench_once import _child as rate_child

    rate = rate_child("project", args.data, ROOT)
    print(f"not under perf: {rate:,.0f} lines/s, {1e9 / rate / (every / count):.3f} ns an instruction")
    if args.drain3:
        rate, per_line = _drain3_cost(args.data)
        print(f"drain3, not under perf: {rate:,.0f} lines/s, {per_line:,.0f} instructions a line, "
              f"{1e9 / rate / per_line:.3f} ns an instruction")


if __name__ == "__main__":
    main()
