"""Redaction compared: what leaks, what innocent text is mangled, and what it costs. A script.

    python tests/benchmarks/redaction.py [--runs 3]

On tests/secrets_corpus.py (log lines with secrets, each with the parts that must go, and
innocent log lines that must stay exactly as they are), for:

- before:        the hand-written patterns as of commit e92ee34 (``git show``), the baseline
- ds-scan:       detect-secrets' own ad-hoc scan (``scan_line``, every default plugin, as
                 ``detect-secrets scan --string`` does), each reported value replaced
- ds-regex:      only detect-secrets' regex plugins (vendor key shapes, basic-auth URLs,
                 private key headers, JWTs), applied with ``re.sub``
- redact:        ``otlp_sampler.redact.redact`` now (hand-written patterns + the ds-regex
                 plugins that pay their way)

Columns: secrets leaked (of the corpus's lines), innocent lines changed, median µs per
corpus line and per 512-character log body (otlp_sampler.commands.workload bodies).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from otlp_sampler.commands.workload import Workload  # noqa: E402
from otlp_sampler.redact import redact  # noqa: E402
from tests.secrets_corpus import INNOCENT, SECRETS  # noqa: E402

BASELINE = "e92ee34"
_SETTINGS = contextlib.ExitStack()


def before() -> Callable[[str], str]:
    source = subprocess.run(["git", "show", f"{BASELINE}:otlp_sampler/policygen/redact.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    module = types.ModuleType("redact_before")
    exec(compile(source, "redact_before.py", "exec"), module.__dict__)
    return module.redact


def ds_scan() -> Callable[[str], str]:
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings

    _SETTINGS.enter_context(default_settings())  # every default plugin, until main() ends

    def run(text: str) -> str:
        out = text
        for line in text.split("\n"):
            for found in scan_line(line):
                if found.secret_value:
                    out = out.replace(found.secret_value, "<secret>")
        return out

    return run


def ds_regex() -> Callable[[str], str]:
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.plugins.base import RegexBasedDetector

    patterns = [p for plugin in get_mapping_from_secret_type_to_class().values()
                if issubclass(plugin, RegexBasedDetector) for p in plugin.denylist]

    def run(text: str) -> str:
        for pattern in patterns:
            text = pattern.sub("<secret>", text)
        return text

    return run


def per_call_us(function: Callable[[str], str], texts: list[str], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        for text in texts:
            function(text)
        timings.append((time.perf_counter() - started) / len(texts) * 1e6)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("-v", "--verbose", action="store_true", help="list each leak and each mangled line")
    args = parser.parse_args(argv)
    lines = [line for line, _ in SECRETS] + INNOCENT
    bodies = [((body + " ") * 40)[:512] for _, _, body, _ in Workload(7).draw(300)]
    print(f"{len(SECRETS)} lines with secrets, {len(INNOCENT)} innocent lines, median of {args.runs} runs\n")
    print("| redactor | secrets leaked | innocent lines changed | µs per corpus line "
          "| µs per 512-char body |")
    print("| --- | ---: | ---: | ---: | ---: |")
    with _SETTINGS:
        for name, make in [("before", before), ("ds-scan", ds_scan), ("ds-regex", ds_regex),
                           ("redact", lambda: redact)]:
            compare(name, make(), lines, bodies, args)
    return 0


def compare(name: str, function: Callable[[str], str], lines: list[str], bodies: list[str],
            args: argparse.Namespace) -> None:
    function("warm up")
    leaked = [line for line, parts in SECRETS if any(part in function(line) for part in parts)]
    mangled = [line for line in INNOCENT if function(line) != line]
    body_runs = 1 if name == "ds-scan" else args.runs  # ~1 ms a line: one run says enough
    print(f"| {name} | {len(leaked)} | {len(mangled)} | {per_call_us(function, lines, args.runs):.0f} "
          f"| {per_call_us(function, bodies, body_runs):.0f} |", flush=True)
    if args.verbose:
        for line in leaked:
            print(f"    leaked: {line[:90]!r}")
        for line in mangled:
            print(f"    mangled: {line!r} -> {function(line)!r}")


if __name__ == "__main__":
    raise SystemExit(main())
