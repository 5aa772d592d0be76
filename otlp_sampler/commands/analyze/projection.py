"""``analyze``'s projection: the records, in batches, through the proxy's own processor on a
clock that follows their timestamps; its statistics window is the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord, ResourceLogs, ScopeLogs
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.analyze.window import StatsWindow
from otlp_sampler.commands.analyze.readers import Export, Record
from otlp_sampler.commands.analyze.report import Report
from otlp_sampler.config import ConfigError
from otlp_sampler.otlp.records import SERVICE_NAME
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument

BATCH = 512  # records per request handed to the sampler


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
        from otlp_sampler.app import build_processor
        from otlp_sampler.metrics import NullMetrics

        sampling = config.sampling
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
        # One example per pattern: memory stays bounded whatever the file's size.
        self.processor = build_processor(config, NullMetrics(), self.catalog, clock=self.clock,
                                         seed=sampling.seed if sampling.seed is not None else 0,
                                         reservoir=(1, 100_000))
        if sampling.policy_file:
            # The path serve takes: parsed, checked as every hand-written policy, then swapped in.
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
        return Report(rows, self.sampling, span, None if timed else self.assumed, policy,
                      interval=self.config.analysis.interval)

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

