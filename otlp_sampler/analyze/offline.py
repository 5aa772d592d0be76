"""``otlp-sampler analyze FILE``: the patterns in a log file and what default sampling keeps.

Reads plain text (one record a line), JSON lines (``body``/``message``/``msg`` with
``severity``/``level``, the service from ``service``/``service.name``) and OTLP/JSON
exports (``{"resourceLogs": ...}``, one document or one a line, as the Collector's file
exporter writes them), plain or gzipped, from a file or ``-`` (stdin); or, with
``--from-loki``/``--from-posthog``, the lines of a Loki query API (commands/analyze/loki.py).

The projection is not a model of the sampler: the records go, in batches, through the
proxy's own :class:`~otlp_sampler.sample.processor.SamplingProcessor` with the sampling
configuration in force (``--config``, else the defaults), on a clock that follows the
records' timestamps (or spreads them over ``--duration`` when they carry none), and its
statistics window is the report. ``--per-line`` skips sampling and prints each record's
pattern as the hot path would assign it, in input order.

Memory stays bounded whatever the file's size: records are streamed, the miners and the
window are capped, only one example per pattern is kept.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import IO, Any

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.analyze.volume import PatternVolume, VolumePicture
from otlp_sampler.analyze.window import SEVERITY_BUCKETS, StatsWindow
from otlp_sampler.commands.analyze import loki
from otlp_sampler.config import ConfigError, load_config
from otlp_sampler.otlp.codec import CodecError, parse_json_document
from otlp_sampler.otlp.records import SERVICE_NAME, UNKNOWN_SERVICE, body_text, service_name
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.sample.severity import severity_from_text

BATCH = 512  # records per request handed to the sampler
BODY_KEYS = ("body", "message", "msg", "log", "event")
SEVERITY_KEYS = ("severity", "level", "severity_text", "severityText", "levelname", "lvl")
TIME_KEYS = ("timestamp", "time", "ts", "@timestamp", "timeUnixNano", "time_unix_nano")
DEFAULT_DURATION = 3600.0
# A level word near the start of a plain text line: "2024-01-01 12:00:00 ERROR ...", "[warn] ..."
_TEXT_LEVEL = re.compile(
    r"(?<![\w-])(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRIT|CRITICAL|FATAL|SEVERE|ALERT|EMERG)(?![\w-])"
    r"|\[(trace|debug|info|notice|warn|warning|error|crit|critical|fatal|alert|emerg)\]"
    r"|\blevel=\"?(\w+)"
)


# An ISO-like timestamp opening a plain text line: "2024-05-01 12:00:00,123 ...", "[2024-05-01T12:00:00Z]"
_TEXT_TIME = re.compile(r"\s*\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)")


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
        stream = _open(args.file)
    except OSError as exc:
        print(f"otlp-sampler analyze: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    progress = _Progress(stream, enabled=not args.quiet and sys.stderr.isatty())
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


def _analyze(args: argparse.Namespace, config, stream: IO[bytes], progress: _Progress, out: IO[str]) -> int:
    with stream:
        records = read_records(_lines(stream, progress), args.input, args.service)
        if args.per_line:
            write_per_line(records, PatternCatalog(config.sampling.max_patterns_per_service), out)
            progress.done()
            return 0
        total_lines = _count_lines(args.file) if args.file != "-" else None
        projection = Projection(config, args.duration or DEFAULT_DURATION, total_lines)
        for batch in batches(records):
            projection.feed(batch)
        progress.done()
    return _write_report(projection.report(), args, args.file, out)


def _analyze_remote(args: argparse.Namespace, config, out: IO[str]) -> int:
    """The same analysis of the lines a Loki API (or PostHog) holds: commands/analyze/loki.py."""
    reader = None
    try:
        reader, name = loki.open_reader(args, progress=not args.quiet and sys.stderr.isatty())
        records = remote_records(reader.lines(), args.service)
        if args.per_line:
            write_per_line(records, PatternCatalog(config.sampling.max_patterns_per_service), out)
            return 0
        projection = Projection(config, args.duration or DEFAULT_DURATION, None)
        for batch in batches(records):
            projection.feed(batch)
    except loki.LokiError as exc:
        print(f"otlp-sampler analyze: {exc}", file=sys.stderr)
        return 2
    finally:
        if reader is not None:
            reader.progress.done()
    return _write_report(projection.report(), args, name, out)


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


# --------------------------------------------------------------------------- reading


@dataclass(slots=True)
class Record:
    """One input record, before it becomes an OTLP LogRecord."""

    line: int
    service: str
    body: str
    severity_text: str = ""
    severity_number: int = 0
    time: float | None = None  # seconds since the epoch


@dataclass(slots=True)
class Export:
    """One OTLP/JSON export document (already a request)."""

    line: int
    request: ExportLogsServiceRequest


def read_records(lines: Iterable[tuple[int, str]], kind: str, service: str) -> Iterator[Record | Export]:
    """Records and OTLP exports from numbered lines, detecting the kind from the first record."""
    lines = iter(lines)
    for number, line in lines:
        if line.strip():
            first = (number, line)
            break
    else:
        return
    detected = _detect(first[1])
    if kind == "auto" or (kind != "text" and detected == "whole"):
        kind = detected
    if kind == "whole":
        # A pretty-printed JSON document: only whole does it parse.
        text = first[1] + "".join(line for _, line in lines)
        yield from _from_document(_parse_json(text, first[0]), first[0], service)
        return
    for number, line in _chain(first, lines):
        if not line.strip():
            continue
        if kind == "text":
            yield _text_record(number, line, service)
            continue
        try:
            document = json.loads(line)
        except ValueError:
            if kind == "otlp":
                raise SystemExit(f"otlp-sampler analyze: line {number} is not OTLP/JSON") from None
            yield _text_record(number, line, service)  # a stray non-JSON line in a JSON-lines file
            continue
        yield from _from_document(document, number, service)


def _detect(line: str) -> str:
    stripped = line.lstrip()
    if not stripped.startswith(("{", "[")):
        return "text"
    try:
        json.loads(line)
    except ValueError:
        return "whole"
    return "jsonl"


def _from_document(document: Any, number: int, service: str) -> Iterator[Record | Export]:
    if isinstance(document, list):
        for item in document:
            yield from _from_document(item, number, service)
    elif isinstance(document, dict) and ("resourceLogs" in document or "resource_logs" in document):
        try:
            yield Export(number, parse_json_document(document))
        except CodecError as exc:
            raise SystemExit(f"otlp-sampler analyze: line {number}: {exc}") from None
    elif isinstance(document, dict):
        yield _json_record(number, document, service)
    else:
        yield Record(number, service, json.dumps(document))


def _json_record(number: int, document: dict, service: str) -> Record:
    body = next((document[k] for k in BODY_KEYS if k in document), None)
    if body is None:
        # No message field: the shape of the object is its pattern, as for a kvlist body.
        body = "{" + " ".join(f"{k}=<*>" for k in sorted(document)[:32]) + "}"
    elif not isinstance(body, str):
        body = json.dumps(body, sort_keys=True)
    severity = next((document[k] for k in SEVERITY_KEYS if k in document), "")
    name = document.get("service.name") or document.get("service")
    if isinstance(name, dict):
        name = name.get("name")
    text, number_ = _severity(severity)
    return Record(number, str(name) if name else service, body, text, number_,
                  _timestamp(next((document[k] for k in TIME_KEYS if k in document), None)))


def _text_record(number: int, line: str, service: str) -> Record:
    match = _TEXT_LEVEL.search(line, 0, 96)
    level = next((g for g in match.groups() if g), "") if match else ""
    text, severity = _severity(level)
    stamp = _TEXT_TIME.match(line)
    when = _timestamp(stamp.group(1).replace(",", ".")) if stamp else None
    return Record(number, service, line, text, severity, when)


def _severity(value: Any) -> tuple[str, int]:
    if isinstance(value, bool) or value in (None, ""):
        return "", 0
    if isinstance(value, int | float):
        number = int(value)
        return "", number if 1 <= number <= 24 else 0
    text = str(value)
    return text, severity_from_text(text) if text.strip() else 0


def _timestamp(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        if value.isdigit():
            value = int(value)
        else:
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
            except ValueError:
                return None
    if isinstance(value, int | float):
        # Seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude.
        for scale in (1, 1e3, 1e6, 1e9):
            if value / scale < 1e10:
                return value / scale
    return None


def _parse_json(text: str, number: int) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise SystemExit(f"otlp-sampler analyze: line {number}: not JSON: {exc}") from None


def remote_records(lines: Iterable[loki.LokiLine], service: str) -> Iterator[Record]:
    """Records from a Loki API's lines, read as the same lines of a file are; labels and time win."""
    for number, entry in enumerate(lines, start=1):
        record = None
        if entry.line.lstrip().startswith("{"):
            try:
                document = json.loads(entry.line)
            except ValueError:
                document = None
            if isinstance(document, dict):
                record = _json_record(number, document, service)
        if record is None:
            record = _text_record(number, entry.line, service)
        if entry.service:
            record.service = entry.service
        if entry.severity:
            record.severity_text, record.severity_number = _severity(entry.severity)
        record.time = entry.time_ns / 1e9
        yield record


def _chain(first: tuple[int, str], rest: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    yield first
    yield from rest


# --------------------------------------------------------------------------- per line


def write_per_line(records: Iterable[Record | Export], catalog: PatternCatalog, out: IO[str]) -> None:
    """One JSON object per record, in input order, with the id and template assigned then."""
    index = 0
    write = out.write
    for item in records:
        for line, service, body in _bodies(item):
            index += 1
            miner = catalog.miner(service)
            pattern_id = miner.add(body)
            write(json.dumps({"index": index, "line": line, "service": service, "pattern_id": pattern_id,
                              "template": miner.template(pattern_id)}, ensure_ascii=False))
            write("\n")


def _bodies(item: Record | Export) -> Iterator[tuple[int, str, str]]:
    if isinstance(item, Record):
        yield item.line, item.service, item.body
        return
    for resource_logs in item.request.resource_logs:
        service = service_name(resource_logs.resource)
        for scope_logs in resource_logs.scope_logs:
            for record in scope_logs.log_records:
                yield item.line, service, body_text(record.body)


# --------------------------------------------------------------------------- projection


@dataclass(slots=True)
class Batch:
    request: ExportLogsServiceRequest
    records: int
    time: float | None  # latest record time in the batch, if records carry one
    earliest: float | None = None


def batches(records: Iterable[Record | Export]) -> Iterator[Batch]:
    """Requests of up to BATCH records, grouped by service as an SDK sends them."""
    pending: dict[str, list[LogRecord]] = {}
    count = 0
    latest = earliest = None
    for item in records:
        if isinstance(item, Export):
            yield Batch(item.request, _count(item.request), *_span(item.request))
            continue
        record = LogRecord(body=AnyValue(string_value=item.body), severity_text=item.severity_text,
                           severity_number=item.severity_number)
        if item.time is not None:
            record.time_unix_nano = int(item.time * 1e9)
            latest = item.time if latest is None else max(latest, item.time)
            earliest = item.time if earliest is None else min(earliest, item.time)
        pending.setdefault(item.service, []).append(record)
        count += 1
        if count >= BATCH:
            yield Batch(_request(pending), count, latest, earliest)
            pending, count, latest, earliest = {}, 0, None, None
    if count:
        yield Batch(_request(pending), count, latest, earliest)


def _request(by_service: dict[str, list[LogRecord]]) -> ExportLogsServiceRequest:
    request = ExportLogsServiceRequest()
    for service, records in by_service.items():
        resource = Resource(attributes=[KeyValue(key=SERVICE_NAME, value=AnyValue(string_value=service))])
        scopes = [ScopeLogs(log_records=records)]
        request.resource_logs.append(ResourceLogs(resource=resource, scope_logs=scopes))
    return request


def _count(request: ExportLogsServiceRequest) -> int:
    return sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs)


def _span(request: ExportLogsServiceRequest) -> tuple[float | None, float | None]:
    """The latest and earliest record time of a request (seconds), if its records have one."""
    times = [record.time_unix_nano or record.observed_time_unix_nano
             for rl in request.resource_logs for sl in rl.scope_logs for record in sl.log_records]
    times = [t for t in times if t]
    return (max(times) / 1e9, min(times) / 1e9) if times else (None, None)


class _Clock:
    """The sampler's clock: the records' own time, never going backwards."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, to: float) -> None:
        self.now = max(self.now, to)


class Projection:
    """Feeds batches through the proxy's SamplingProcessor; its stats window is the report."""

    def __init__(self, config, duration: float, total_records: int | None) -> None:
        from otlp_sampler.admin.metrics import Metrics
        from otlp_sampler.sample.processor import SamplingProcessor

        sampling = config.resolved_sampling()  # as the proxy runs it (build_app)
        self.config = config
        self.sampling = sampling
        self.catalog = PatternCatalog(sampling.max_patterns_per_service)
        self.clock = _Clock()
        # Without timestamps the records are spread evenly over ``duration`` (over the
        # file's line count when known, else at 1,000 records a second).
        self.spacing = duration / total_records if total_records else 1e-3
        self.assumed = duration if total_records else None
        self.timed = self.untimed = 0
        self.first_time: float | None = None
        self.processor = SamplingProcessor(
            sampling, self.catalog, Metrics(), clock=self.clock, wall_clock=self.clock,
            seed=sampling.seed if sampling.seed is not None else 0,
            window_factory=lambda: StatsWindow(reservoir_per_pattern=1, reservoir_total=100_000),
            floor_interval=config.analysis.interval,
        )
        if sampling.policy_file:
            # The path serve takes: parsed, guarded in manual mode, then swapped in.
            from otlp_sampler.sample.policy_file import PolicyFileWatcher

            watcher = PolicyFileWatcher(sampling.policy_file, self.processor)
            if not watcher.check():
                raise ConfigError(watcher.last_error or f"cannot use policy file {sampling.policy_file}")

    def feed(self, batch: Batch) -> None:
        if batch.time is not None:
            self.timed += batch.records
            earliest = batch.earliest if batch.earliest is not None else batch.time
            self.first_time = earliest if self.first_time is None else min(self.first_time, earliest)
            self.clock.advance(batch.time)
        else:
            self.untimed += batch.records
            self.clock.advance(self.clock.now + batch.records * self.spacing)
        self.processor.process(batch.request)

    def report(self) -> Report:
        window = self.processor.take_window()
        picture = VolumePicture.from_window(window, keep_severity=self.sampling.keep_severity,
                                            interval=window.duration)
        rows = []
        for volume in picture.patterns.values():
            # The window saw the template when the pattern first came; the miner knows it now.
            template = self.catalog.miner(volume.service).template(volume.pattern_id) or volume.template
            rows.append(replace(volume, template=template))
        rows.sort(key=lambda r: (-r.records, -r.bytes, r.service, r.pattern_id))
        # Mostly timed records: the clock followed their timestamps; else it was assumed.
        timed = self.first_time is not None and self.timed >= self.untimed
        span = self.clock.now - self.first_time if timed and self.first_time is not None else None
        covered = span if span is not None else self.assumed or self.clock.now
        policy = self.propose_policy(window, max(covered or 0.0, 1e-3))
        return Report(rows, self.sampling, span, None if timed else self.assumed, policy)

    def propose_policy(self, window: StatsWindow, seconds: float) -> PolicyDocument:
        """The heuristic policy the side loop would write for this traffic, had it come live.

        The window is taken to cover the file's time span, so per-interval counts, the
        one-record-per-interval floor and the per-second estimate follow the records' rate.
        """
        from otlp_sampler.policygen.heuristic import HeuristicGenerator

        window.started, window.ended = 0.0, seconds
        picture = VolumePicture.from_window(window, keep_severity=self.sampling.keep_severity,
                                            interval=self.config.analysis.interval)
        for key, volume in picture.patterns.items():
            template = self.catalog.miner(volume.service).template(volume.pattern_id)
            if template:
                picture.patterns[key] = replace(volume, template=template)
        generator = HeuristicGenerator(self.sampling, self.config.policy_generator,
                                       price_per_gb=self.config.admin.price_per_gb)
        return generator.generate(picture, None)


# --------------------------------------------------------------------------- report


@dataclass(slots=True)
class Report:
    rows: list[PatternVolume]
    sampling: Any
    span: float | None  # seconds between the first and last timestamp, when records have them
    assumed: float | None  # seconds the untimed records were spread over
    policy: PolicyDocument | None = None  # what the heuristic generator proposes for this traffic

    @property
    def records(self) -> int:
        return sum(r.records for r in self.rows)

    @property
    def bytes(self) -> int:
        return sum(r.bytes for r in self.rows)

    @property
    def kept_records(self) -> int:
        return sum(r.kept_records for r in self.rows)

    @property
    def kept_bytes(self) -> int:
        return sum(r.kept_bytes for r in self.rows)

    def as_dict(self, top: int) -> dict[str, Any]:
        rows = self.rows[:top] if top > 0 else self.rows
        records = self.records or 1
        return {
            "records": self.records,
            "bytes": self.bytes,
            "services": len({r.service for r in self.rows}),
            "pattern_count": len(self.rows),
            "time": {"span_seconds": self.span, "assumed_seconds": self.assumed},
            "projection": {
                "sampling": _sampling_summary(self.sampling),
                "kept_records": self.kept_records,
                "kept_bytes": self.kept_bytes,
                "reduction_records": 1 - self.kept_records / records,
                "reduction_bytes": 1 - self.kept_bytes / (self.bytes or 1),
            },
            "proposed_policy": self.policy.model_dump(mode="json") if self.policy else None,
            "patterns": [
                {
                    "service": r.service, "pattern_id": r.pattern_id, "template": r.template,
                    "count": r.records, "share": r.records / records, "bytes": r.bytes,
                    "severities": _severity_counts(r), "example": r.examples[0] if r.examples else "",
                    "projected": {"records": r.kept_records, "bytes": r.kept_bytes},
                }
                for r in rows
            ],
        }


def _sampling_summary(sampling) -> str:
    severity = next((name for name, n in (("ERROR", 17), ("WARN", 13), ("INFO", 9), ("DEBUG", 5))
                     if sampling.keep_severity >= n), str(sampling.keep_severity))
    parts = [f"keep {severity} and above"]
    if sampling.novelty.enabled:
        parts.append(f"the first {sampling.novelty.keep} of each new pattern")
    if sampling.default_rate:
        parts.append(f"{sampling.default_rate:g} of the rest")
    elif sampling.dynamic.enabled:
        dynamic = sampling.dynamic  # resolved (Config.resolved_sampling): target_reduction is set
        parts.append(f"{dynamic.target_reduction:.0%} of the rest's bytes cut, patterns under "
                     f"{dynamic.keep_whole_below:g} per {_human_seconds(dynamic.interval)} kept whole")
    return ", ".join(parts)


def write_table(report: Report, top: int, name: str, out: IO[str]) -> None:
    records, size = report.records, report.bytes
    services = len({r.service for r in report.rows})
    write = out.write
    write(f"{name}: {records:,} records ({_human_bytes(size)}), {services} service"
          f"{'s' if services != 1 else ''}, {len(report.rows):,} patterns\n")
    if report.span is not None:
        write(f"time: from the records' timestamps, {_human_seconds(report.span)}\n")
    elif report.assumed is not None:
        write(f"time: no timestamps; records spread over {_human_seconds(report.assumed)} (--duration)\n")
    else:
        write("time: no timestamps; records taken at 1,000 a second (set --duration)\n")
    write(f"sampling: {_sampling_summary(report.sampling)}\n"
          f"would keep {report.kept_records:,} records ({_share(report.kept_records, records)}) and "
          f"{_human_bytes(report.kept_bytes)} ({_share(report.kept_bytes, size)} of the bytes, "
          f"{_share(size - report.kept_bytes, size)} fewer)\n\n")
    rows = report.rows[:top] if top > 0 else report.rows
    write(f"{'count':>10} {'share':>6}  {'severity':<18} {'kept':>9} {'kept bytes':>10}  service  pattern\n")
    for row in rows:
        mix = _severity_mix(_severity_counts(row))
        write(f"{row.records:>10,} {_share(row.records, records):>6}  {mix:<18} "
              f"{row.kept_records:>9,} {_human_bytes(row.kept_bytes):>10}  {row.service}  {row.pattern_id}\n")
        write(f"{'':>19}{_clip(row.template, 160)}\n")
        if row.examples and row.examples[0] != row.template:
            write(f"{'':>19}e.g. {_clip(row.examples[0], 155)}\n")
    if len(rows) < len(report.rows):
        write(f"... {len(report.rows) - len(rows):,} more patterns (--top 0 lists all)\n")
    if report.policy is not None:
        write_proposed_policy(report.policy, out)


def write_proposed_policy(policy: PolicyDocument, out: IO[str]) -> None:
    """What the side loop's heuristic generator would make of this traffic, and what it saves."""
    rules = [(service, pattern_id, rule) for service, service_policy in policy.services.items()
             for pattern_id, rule in service_policy.patterns.items()]
    sampled = [r for r in rules if r[2].rate < 1.0]
    target = policy.target_reduction or 0.0
    out.write(f"\nproposed policy (heuristic, target {target:.0%} of bytes): {len(rules):,} rules, "
              f"{len(sampled):,} sampled\n")
    estimate = policy.estimate
    if estimate is not None:
        out.write(f"projected: {estimate.bytes_in_per_s:,.0f} -> {estimate.bytes_out_per_s:,.0f} bytes/s "
                  f"({estimate.reduction:.1%} fewer), ${estimate.cost_per_month_in:,.2f} -> "
                  f"${estimate.cost_per_month_out:,.2f} a month\n")
    for service, pattern_id, rule in sorted(sampled, key=lambda r: r[2].rate)[:10]:
        out.write(f"  rate {rule.rate:<7.4g} {service}  {pattern_id}  {_clip(rule.template, 90)}\n"
                  f"  {'':>12}{_clip(rule.reason, 110)}\n")
    if len(sampled) > 10:
        out.write(f"  ... {len(sampled) - 10:,} more sampled rules (--policy-out FILE writes them all)\n")


def _severity_counts(volume: PatternVolume) -> dict[str, int]:
    return {SEVERITY_BUCKETS[i]: n for i, n in enumerate(volume.severities) if n}


def _severity_mix(severities: dict[str, int]) -> str:
    total = sum(severities.values()) or 1
    ranked = sorted(severities.items(), key=lambda kv: -kv[1])
    return " ".join(f"{name} {n / total:.0%}" for name, n in ranked[:3])


def _share(part: float, whole: float) -> str:
    return f"{part / whole:.1%}" if whole else "-"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _human_bytes(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} TB"


def _human_seconds(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"


def _duration(value: str) -> float:
    from otlp_sampler.config import parse_duration

    try:
        seconds = parse_duration(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError("a duration must be positive")
    return seconds


# --------------------------------------------------------------------------- files


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    handle = open(path, "rb")  # noqa: SIM115 - closed by run()'s with
    if handle.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    return handle


def _count_lines(path: str) -> int:
    """Lines in the file (read once more, in C): spreads untimed records over --duration."""
    with _open(path) as stream:
        return max(1, sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b"")))


def _lines(stream: IO[bytes], progress: _Progress) -> Iterator[tuple[int, str]]:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")  # type: ignore[arg-type]
    for number, line in enumerate(text, start=1):
        progress.tick(number)
        yield number, line.rstrip("\r\n")
    text.detach()


class _Progress:
    """Lines read (and the share of the file) on stderr, twice a second, on a terminal only."""

    def __init__(self, stream: IO[bytes], enabled: bool) -> None:
        self.enabled = enabled
        self.stream = stream
        self.size = 0
        if enabled:
            try:
                self.size = os.fstat(stream.fileno()).st_size
            except (OSError, AttributeError, io.UnsupportedOperation):
                self.size = 0
        self.next = time.monotonic() + 0.5
        self.shown = False

    def tick(self, lines: int) -> None:
        if not self.enabled or lines & 1023:
            return
        now = time.monotonic()
        if now < self.next:
            return
        self.next = now + 0.5
        done = ""
        if self.size and not isinstance(self.stream, gzip.GzipFile):
            try:
                done = f" ({self.stream.tell() / self.size:.0%})"
            except (OSError, ValueError):
                done = ""
        sys.stderr.write(f"\ranalyze: {lines:,} lines{done}")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
