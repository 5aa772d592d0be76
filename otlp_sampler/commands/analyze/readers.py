"""The records of a log file for ``analyze``: plain text (one record a line), JSON lines and
OTLP/JSON exports, plain or gzipped, from a file or stdin, streamed with bounded memory.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.commands.analyze.loki import LokiLine
from otlp_sampler.meaning import severity_from_text
from otlp_sampler.otlp.codec import CodecError, parse_json_document
from otlp_sampler.otlp.records import body_text, service_name

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


def remote_records(lines: Iterable[LokiLine], service: str) -> Iterator[Record]:
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


def bodies(item: Record | Export) -> Iterator[tuple[int, str, str]]:
    if isinstance(item, Record):
        yield item.line, item.service, item.body
        return
    for resource_logs in item.request.resource_logs:
        service = service_name(resource_logs.resource)
        for scope_logs in resource_logs.scope_logs:
            for record in scope_logs.log_records:
                yield item.line, service, body_text(record.body)


def open_input(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    handle = open(path, "rb")  # noqa: SIM115 - closed by run()'s with
    if handle.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    return handle


BINARY_SAMPLE = 8192  # bytes looked at, as git does to tell text from binary


def looks_binary(stream: IO[bytes]) -> bool:
    """True when the start of ``stream`` is not text: a NUL byte, or more than a tenth of it
    bytes that are neither UTF-8 nor printable (a compressed archive, an image, a core file).

    Peeks without consuming; a corrupt gzip stream raises OSError or EOFError here.
    """
    peek = getattr(stream, "peek", None)
    sample = peek(BINARY_SAMPLE)[:BINARY_SAMPLE] if peek is not None else b""
    if b"\0" in sample:
        return True
    text = sample.decode("utf-8", errors="replace")
    odd = sum(1 for char in text if char == "\ufffd" or (char < " " and char not in "\t\n\r\f\v\x1b"))
    return odd > len(text) / 10


def count_lines(path: str) -> int:
    """Lines in the file (read once more, in C): spreads untimed records over --duration."""
    with open_input(path) as stream:
        return max(1, sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b"")))


def numbered_lines(stream: IO[bytes], progress: Progress) -> Iterator[tuple[int, str]]:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")  # type: ignore[arg-type]
    for number, line in enumerate(text, start=1):
        progress.tick(number)
        yield number, line.rstrip("\r\n")
    text.detach()


class Progress:
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

