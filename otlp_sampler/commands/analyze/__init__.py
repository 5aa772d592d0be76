"""``otlp-sampler analyze FILE``: the patterns in a log file and what the proxy's sampling keeps.

``readers.py`` turns the file into records (``loki.py`` reads a Loki query API or PostHog
instead, for ``--from-loki`` / ``--from-posthog``), ``projection.py`` runs them through the
proxy's own processor (built by :func:`~otlp_sampler.app.build_processor`) and
``report.py`` prints what its window saw. Input kinds, options and the output are
described in docs/patterns.md § `otlp-sampler analyze`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO

from otlp_sampler.commands.analyze import loki
from otlp_sampler.commands.analyze.projection import Projection, batches
from otlp_sampler.commands.analyze.readers import (
    Progress,
    count_lines,
    looks_binary,
    numbered_lines,
    open_input,
    read_records,
    remote_records,
)
from otlp_sampler.commands.analyze.report import Report, write_per_line, write_table
from otlp_sampler.config import ConfigError, load_config
from otlp_sampler.otlp.records import UNKNOWN_SERVICE
from otlp_sampler.patterns import PatternCatalog

DEFAULT_DURATION = 3600.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", nargs="?",
                        help="log file: text, JSON lines or OTLP/JSON (.gz too); - for stdin")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    parser.add_argument("--per-line", action="store_true",
                        help="print one JSON object per input record (pattern_id, template), in input order")
    parser.add_argument("--input", choices=("auto", "text", "jsonl", "otlp"), default="auto",
                        help="input kind (default: detected from the first record)")
    parser.add_argument("--service", default=UNKNOWN_SERVICE,
                        help="service of records that do not name one (default: %(default)s)")
    parser.add_argument("--top", type=int, default=50, help="patterns to list (0: all; default %(default)s)")
    parser.add_argument("--duration", type=_duration, default=None,
                        help="time the file spans when records carry no timestamps, e.g. 15m, 1h "
                             "(default 1h); the sampler's volumes are per interval")
    parser.add_argument("--config", default=None,
                        help="take the sampling settings (and policy_file) from this config file")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.add_argument("--policy-out", metavar="POLICY", default=None,
                        help="write the proposed policy (JSON) here, ready for `policy validate` / `apply`")
    loki.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"otlp-sampler analyze: {exc}", file=sys.stderr)
        return 2
    if args.from_loki or args.from_posthog:
        return _guarded(lambda: _analyze_remote(args, config, sys.stdout))
    if not args.file:
        print("otlp-sampler analyze: give a FILE (- for stdin), --from-loki URL or --from-posthog PROJECT_ID",
              file=sys.stderr)
        return 2
    try:
        stream = open_input(args.file)
    except OSError as exc:
        print(f"otlp-sampler analyze: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    name = "stdin" if args.file == "-" else args.file
    try:
        binary = looks_binary(stream)
    except (OSError, EOFError) as exc:  # e.g. a gzip header on something that is not gzip
        stream.close()
        print(f"otlp-sampler analyze: cannot read {name}: {exc}", file=sys.stderr)
        return 2
    if binary:
        stream.close()
        print(f"otlp-sampler analyze: {name} is not a log file: it starts with binary data (analyze reads "
              "text logs, JSON lines or OTLP/JSON, plain or gzipped)", file=sys.stderr)
        return 1
    progress = Progress(stream, enabled=not args.quiet and sys.stderr.isatty())
    return _guarded(lambda: _analyze(args, config, stream, progress, sys.stdout))


def _guarded(analyze) -> int:
    try:
        return analyze()
    except ConfigError as exc:  # e.g. a sampling.policy_file that cannot be used
        print(f"otlp-sampler analyze: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _analyze(args: argparse.Namespace, config, stream: IO[bytes], progress: Progress, out: IO[str]) -> int:
    with stream:
        records = read_records(numbered_lines(stream, progress), args.input, args.service)
        if args.per_line:
            written = write_per_line(records, PatternCatalog(config.sampling.max_patterns_per_service), out)
            progress.done()
            return 0 if written else _nothing(args.file, _why_empty(args.file))
        total_lines = count_lines(args.file) if args.file != "-" else None
        projection = Projection(config, args.duration or DEFAULT_DURATION, total_lines)
        for batch in batches(records):
            projection.feed(batch)
        progress.done()
    report = projection.report()
    if not report.records:
        return _nothing(args.file, _why_empty(args.file))
    return _write_report(report, args, args.file, out)


def _nothing(name: str, why: str = "") -> int:
    """Nothing could be analysed: say so, and fail (an empty report would look like a result)."""
    print(f"otlp-sampler analyze: {'stdin' if name == '-' else name}: no records to analyse{why}",
          file=sys.stderr)
    return 1


def _why_empty(path: str) -> str:
    if path == "-":
        return " (no input)"
    try:
        return " (the file is empty)" if os.path.getsize(path) == 0 else " (only blank lines)"
    except OSError:
        return ""


def _analyze_remote(args: argparse.Namespace, config, out: IO[str]) -> int:
    """The same analysis of the lines a Loki API (or PostHog) holds."""
    reader = None
    try:
        reader, name = loki.open_reader(args, progress=not args.quiet and sys.stderr.isatty())
        records = remote_records(reader.lines(), args.service)
        if args.per_line:
            written = write_per_line(records, PatternCatalog(config.sampling.max_patterns_per_service), out)
            return 0 if written else _nothing(name)
        projection = Projection(config, args.duration or DEFAULT_DURATION, None)
        for batch in batches(records):
            projection.feed(batch)
    except loki.LokiError as exc:
        print(f"otlp-sampler analyze: {exc}", file=sys.stderr)
        return 2
    finally:
        if reader is not None:
            reader.progress.done()
    report = projection.report()
    if not report.records:
        return _nothing(name)  # the reader has said which range matched no lines
    return _write_report(report, args, name, out)


def _write_report(report: Report, args: argparse.Namespace, name: str, out: IO[str]) -> int:
    if args.policy_out and report.policy is not None:
        with open(args.policy_out, "w", encoding="utf-8") as handle:
            handle.write(report.policy.to_json() + "\n")
    if args.format == "json":
        json.dump(report.as_dict(args.top), out, indent=2)
        out.write("\n")
    else:
        write_table(report, args.top, name, out)
    return 0


def _duration(value: str) -> float:
    from otlp_sampler.config import parse_duration

    try:
        seconds = parse_duration(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError("a duration must be positive")
    return seconds

