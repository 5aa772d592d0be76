"""Whether two checkouts mine alike: the same masked text, template and id for every line
(a development tool for speed work, not collected by pytest).

    python tests/patterns/equivalence.py --baseline CHECKOUT [--data DIR ...] [--batch N] [--fuzz N]

For each DIR (default: the Loghub dev sample) it reads the ``Content`` column of every
``*_2k.log_structured.csv``, and in a fresh process per checkout (its ``otlp_sampler`` on
``PYTHONPATH``) records, line by line:

- ``masking.mask_statuses`` and ``causes.mask`` of the line, and ``tokens.tokens`` of
  the latter (the tokens and their spacing; in a checkout from before masking.py was split,
  all three are ``masking``'s);
- in one miner per file, lines in file order (as a service streams them): the id ``add``
  gives and the template of that id right after it;
- in one miner for all the lines shuffled (``bench_once.py``'s once-only mix): the same;
- the final template of every pattern of both.

With ``--batch N`` both miners take their lines in consecutive batches of N through
``PatternMiner.add_batch`` (as the proxy feeds a request's records), on both sides; each
line's id is the one its batch gave, its template the one that id has after the batch (a
checkout whose miner has no ``add_batch`` gets ``add`` per line, which may differ).

With ``--fuzz N`` it also compares, in one process, the masking pass of both checkouts
on N random texts, and ``templates.score`` and ``templates.fits_other_length`` on N
random pairs of token lists (words, values, marks and names of the kinds the rules read).

It prints the first mismatches and their count, and exits 1 when there is any. A change
made for speed alone must leave this at zero mismatches.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import pathlib
import random
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
# bench_once.py beside this file, loaded by its path: a --baseline child has the baseline's
# checkout first on its path, whose tests package may be older (without add_batch_of) or absent
_SPEC = importlib.util.spec_from_file_location("bench_once", pathlib.Path(__file__).parent / "bench_once.py")
bench_once = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(bench_once)  # type: ignore[union-attr]
DEFAULT_DATA, _lines = bench_once.DEFAULT_DATA, bench_once._lines


def _batched(miner, lines: list[str], batch: int) -> list[tuple[str, str | None]]:
    """Each line's id and that id's template: ``add`` line by line (``batch`` 0), else
    ``add_batch`` in consecutive batches of ``batch`` lines, each template read after its
    batch."""
    if not batch:
        out = []
        for line in lines:
            pid = miner.add(line)
            out.append((pid, miner.template(pid)))
        return out
    add_batch = bench_once.add_batch_of(miner)
    out = []
    for start in range(0, len(lines), batch):
        ids = add_batch(lines[start:start + batch])
        out += [(pid, miner.template(pid)) for pid in ids]
    return out


def _records(folder: pathlib.Path, batch: int = 0) -> list[list]:
    import csv

    from otlp_sampler.patterns import PatternMiner
    from otlp_sampler.patterns.masking import mask_statuses

    try:
        from otlp_sampler.patterns.causes import mask
        from otlp_sampler.patterns.tokens import tokens
    except ImportError:  # a checkout from before masking.py was split (9158965 and older)
        from otlp_sampler.patterns.masking import mask, tokens

    out: list[list] = []
    # (read here, not with corpus/layouts.labelled_rows: the baseline's child imports the
    # baseline's tests package, which an older checkout's lacks)
    for path in sorted(folder.glob("*_2k.log_structured.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            lines = [row["Content"] for row in csv.DictReader(handle) if row.get("EventTemplate")]
        miner = PatternMiner(path.name)
        placed = _batched(miner, lines, batch)
        for number, (line, (pid, template)) in enumerate(zip(lines, placed, strict=True)):
            masked = mask(line)
            out.append([f"{path.name}:{number}", line, list(mask_statuses(line)), masked,
                        list(tokens(masked)), pid, template])
        out.append([f"{path.name}:final", "", sorted((p.id, p.template, p.count) for p in miner.patterns())])
    miner = PatternMiner("once")
    mixed = _lines(folder)
    for number, (line, (pid, template)) in enumerate(zip(mixed, _batched(miner, mixed, batch), strict=True)):
        out.append([f"once:{number}", line, pid, template])
    out.append(["once:final", "", sorted((p.id, p.template, p.count) for p in miner.patterns())])
    return out


def _load(checkout: pathlib.Path, module: str):
    """``otlp_sampler.patterns.<module>`` of ``checkout``, imported beside any other."""
    for name in [name for name in sys.modules if name.startswith("otlp_sampler")]:
        del sys.modules[name]
    sys.path.insert(0, str(checkout))
    try:
        return importlib.import_module(f"otlp_sampler.patterns.{module}")
    finally:
        sys.path.remove(str(checkout))


_PIECES = ["true", "false", "null", "localhost", "None", "Jan", "abc", "x", "foo_bar", "Abcdefgh", " ",
           "  ", "'", '"', "`", "=", ":", "?", "/", "\\", ".", "-", "_", "(", ")", "[", "]", "{", "}", ",",
           "5", "12", "0x1f", "ms", "GET", "HTTP/1.1", "msg", "@", "$", "~", "<", ">", "\t", "status",
           "a.b.c", "1.2.3.4", ":8080", "::", "%", "é", "Foo", "ABC", "Mar", "Monday", "a1", "x9-y", "ab-cd",
           "9", "5xx", "True", "NULL", "ab:cd", "\n", "<*>"]
_TOKENS = ["<*>", "<*>", "user", "for", "from", "=", ":", "(", ")", "[", "]", "{", "}", "'", '"', "x",
           "GET", "/api/a", "/api/b", "orders_v2", "app.config", "com.example.sync", "MediaQueue",
           "cache-east", "db-west", "RUNNING", "NEW", "5xx", "msg", "event", "started", "blk_<*>", "node",
           "bob", "ledger", "Started", ",", "<", ">", "carol"]


def _fuzz(baseline: pathlib.Path, count: int) -> int:
    """Mismatches of the masking pass and of the two scores on random inputs."""
    rng = random.Random(0)
    ours, theirs = _load(ROOT, "masking")._MASK, _load(baseline, "masking")._MASK
    bad = 0
    for _ in range(count):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        if ours.sub("<*>", text) != theirs.sub("<*>", text):
            bad += 1
            print(f"  masking differs: {text!r}")
    ours, theirs = _load(ROOT, "templates"), _load(baseline, "templates")
    for _ in range(count):
        a = [rng.choice(_TOKENS) for _ in range(rng.randint(2, 10))]
        b = [token if rng.random() < 0.6 else rng.choice(_TOKENS) for token in a]
        c = list(b)
        c.insert(rng.randrange(len(c) + 1), rng.choice(_TOKENS))
        ka, kb, kc = theirs.kinds_of(a), theirs.kinds_of(b), theirs.kinds_of(c)
        for name, args in (("score", (a, ka, b, kb)), ("fits_other_length", (a, ka, c, kc)),
                           ("fits_other_length", (c, kc, a, ka))):
            if getattr(ours, name)(*args) != getattr(theirs, name)(*args):
                bad += 1
                print(f"  {name} differs: {args}")
    print(f"fuzz: {count:,} texts and {count:,} token lists, {bad} mismatches")
    return bad


def _run(checkout: pathlib.Path, folder: pathlib.Path, batch: int) -> list[list]:
    env = {**os.environ, "PYTHONPATH": f"{checkout}{os.pathsep}{ROOT}", "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, __file__, "--child", "--data", str(folder), "--batch", str(batch)],
                          env=env,
                          capture_output=True, text=True, check=True, timeout=1800)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=pathlib.Path, action="append")
    parser.add_argument("--baseline", type=pathlib.Path)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--show", type=int, default=5, help="mismatches printed per data set")
    parser.add_argument("--fuzz", type=int, default=0, help="random inputs compared in one process")
    parser.add_argument("--batch", type=int, default=0,
                        help="feed both miners N lines at a time through add_batch (0: add per line)")
    args = parser.parse_args()
    if args.batch < 0:
        parser.error("--batch must be 0 (add per line) or more")
    folders = args.data or [DEFAULT_DATA]
    if args.child:
        print(json.dumps(_records(folders[0], args.batch)))
        return
    if args.baseline is None:
        parser.error("--baseline is required")
    total = 0
    for folder in folders:
        ours, theirs = _run(ROOT, folder, args.batch), _run(args.baseline.resolve(), folder, args.batch)
        mismatches = [(a, b) for a, b in zip(ours, theirs, strict=True) if a != b]
        total += len(mismatches)
        print(f"{folder}: {len(ours):,} records compared, {len(mismatches)} mismatches")
        for a, b in mismatches[:args.show]:
            print(f"  this:     {json.dumps(a)[:600]}\n  baseline: {json.dumps(b)[:600]}")
    if args.fuzz:
        total += _fuzz(args.baseline.resolve(), args.fuzz)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
