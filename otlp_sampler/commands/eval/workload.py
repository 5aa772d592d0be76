"""The labelled workload of ``otlp-sampler eval``: ``labelled.yaml`` read, and minutes of its
traffic generated as OTLP requests, each record's label known by its body."""

from __future__ import annotations

import random
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.otlp.records import SERVICE_NAME

LABELS = ("critical", "important", "routine", "noise")
LEVELS = {"DEBUG": 5, "INFO": 9, "WARN": 13, "ERROR": 17, "FATAL": 21}
BATCH = 512  # records per request
MINUTE = 60.0
_PLACEHOLDER = re.compile(r"\{(n|ms|ip|hex|id|user|word|path|pct)\}")
_WORDS = ("orders", "users", "carts", "invoices", "search", "images", "reports", "sessions")
_USERS = ("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy")
_PATHS = ("/api/v1/orders", "/api/v1/cart", "/api/v1/products", "/api/v2/search", "/api/v1/users/me")


@dataclass(frozen=True, slots=True)
class LabelledTemplate:
    index: int
    software: str
    service: str
    text: str
    level: str
    label: str
    per_minute: int

    @property
    def severity(self) -> int:
        return LEVELS[self.level]

    def matches(self, body: str) -> bool:
        """Whether ``body`` (a record of this template, maybe redacted) could be one of its records."""
        return _regex(self.text).fullmatch(body) is not None


def _regex(text: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(text)
    # split() alternates literal text and placeholder names: names become "anything".
    return re.compile("".join(re.escape(part) if i % 2 == 0 else ".+?" for i, part in enumerate(parts)))


class WorkloadError(ValueError):
    """The workload file is not what ``labelled.yaml`` documents."""


def load_workload(path: str | Path | None = None) -> list[LabelledTemplate]:
    """The templates of ``path`` (default: the shipped ``labelled.yaml``)."""
    if path is None:
        shipped = resources.files("otlp_sampler.commands.eval").joinpath("labelled.yaml")
        text = shipped.read_text(encoding="utf-8")
        where = "labelled.yaml"
    else:
        text, where = Path(path).read_text(encoding="utf-8"), str(path)
    data = yaml.safe_load(text)
    templates: list[LabelledTemplate] = []
    try:
        for software in data["software"]:
            for entry in software["templates"]:
                template = LabelledTemplate(len(templates), str(software["kind"]), str(software["service"]),
                                            str(entry["text"]), str(entry["level"]), str(entry["label"]),
                                            int(entry["per_minute"]))
                if template.label not in LABELS or template.level not in LEVELS or template.per_minute < 1:
                    raise WorkloadError(f"{where}: template {template.text!r}: label must be one of "
                                        f"{LABELS}, level one of {tuple(LEVELS)}, per_minute >= 1")
                templates.append(template)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, WorkloadError):
            raise
        raise WorkloadError(f"{where}: not a labelled workload ({type(exc).__name__}: {exc})") from None
    return templates


@dataclass(slots=True)
class Minute:
    """One minute of traffic: requests in time order, and the template of each body."""

    requests: list[tuple[float, ExportLogsServiceRequest]]  # (latest record time, request)
    template_of: dict[str, LabelledTemplate]


def minute(templates: list[LabelledTemplate], *, seed: int, start: float, scale: float = 1.0) -> Minute:
    """``scale`` times each template's ``per_minute`` records (at least one), at random times
    over the minute from ``start``, grouped into requests of ``BATCH`` by service."""
    rng = random.Random(seed)
    records: list[tuple[float, LabelledTemplate, str]] = []
    template_of: dict[str, LabelledTemplate] = {}
    for template in templates:
        for _ in range(max(1, round(template.per_minute * scale))):
            body = _fill(template.text, rng)
            template_of.setdefault(body, template)
            records.append((start + rng.random() * MINUTE, template, body))
    records.sort(key=lambda r: r[0])
    requests = []
    for first in range(0, len(records), BATCH):
        chunk = records[first:first + BATCH]
        by_service: dict[str, list[LogRecord]] = {}
        for at, template, body in chunk:
            by_service.setdefault(template.service, []).append(LogRecord(
                time_unix_nano=int(at * 1e9), severity_number=template.severity, severity_text=template.level,
                body=AnyValue(string_value=body)))
        request = ExportLogsServiceRequest()
        for service, logs in by_service.items():
            resource = Resource(attributes=[KeyValue(key=SERVICE_NAME, value=AnyValue(string_value=service))])
            scopes = [ScopeLogs(log_records=logs)]
            request.resource_logs.append(ResourceLogs(resource=resource, scope_logs=scopes))
        requests.append((chunk[-1][0], request))
    return Minute(requests, template_of)


def kept_records(request: ExportLogsServiceRequest) -> Iterator[LogRecord]:
    for resource_logs in request.resource_logs:
        for scope_logs in resource_logs.scope_logs:
            yield from scope_logs.log_records


def _fill(text: str, rng: random.Random) -> str:
    def value(match: re.Match[str]) -> str:
        kind = match.group(1)
        if kind == "n":
            return str(int(rng.paretovariate(1.2) * 3))
        if kind == "ms":
            return str(int(rng.lognormvariate(3, 1)))
        if kind == "pct":
            return f"{rng.uniform(0, 100):.1f}"
        if kind == "ip":
            return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if kind == "hex":
            return f"{rng.getrandbits(32):08x}"
        if kind == "id":
            return "".join(rng.choices(string.ascii_lowercase + string.digits, k=12))
        if kind == "user":
            return rng.choice(_USERS) + str(rng.randrange(100))
        if kind == "word":
            return rng.choice(_WORDS)
        return f"{rng.choice(_PATHS)}/{rng.randrange(10_000)}"

    return _PLACEHOLDER.sub(value, text)
