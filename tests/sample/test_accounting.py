"""Every record is accounted for: summaries, the stats window, the Prometheus counters."""

from __future__ import annotations

import re

from otlp_sampler.commands.workload import Workload
from otlp_sampler.metrics import Metrics

from .helpers import FakeClock, attrs, processor, record, records_of, request, summarised


def sample(metrics: Metrics, name: str, **labels) -> float | None:
    return metrics.registry.get_sample_value(f"otlp_sampler_{name}_total", labels)


def test_kept_plus_summarised_equals_received_across_batches_and_summary_calls():
    clock = FakeClock()
    p = processor(clock)
    workload = Workload(seed=4)
    received = kept = summaries = 0
    for i in range(40):
        req = workload.request(512)
        outcome = p.process(req)
        received += outcome.received
        kept += len(records_of(req))
        assert outcome.kept == len(records_of(req))
        clock.advance(1.0)
        if i % 7 == 0:
            summaries += summarised(p.take_summaries())
    summaries += summarised(p.take_summaries())
    assert received == 40 * 512
    assert kept + summaries == received
    assert kept < received / 2
    assert p.take_summaries() is None  # nothing dropped since the last call


def test_summary_records_name_the_pattern_on_the_services_resource():
    p = processor(novelty={"keep": 0}, default_rate=0.001)
    req = request([record(f"polled queue {i} and found 0 messages") for i in range(300)], service="poller",
                  resource_attributes={"host.name": "box-1"})
    req.resource_logs[0].schema_url = "https://opentelemetry.io/schemas/1.21.0"
    outcome = p.process(req)
    summaries = p.take_summaries()
    assert summaries is not None
    (rl,) = summaries.resource_logs
    assert {kv.key: kv.value.string_value for kv in rl.resource.attributes} == {
        "service.name": "poller", "host.name": "box-1"}
    assert rl.schema_url == "https://opentelemetry.io/schemas/1.21.0"
    assert rl.scope_logs[0].scope.name == "otlp-sampler"
    (summary,) = rl.scope_logs[0].log_records
    values = attrs(summary)
    assert values["sampling.summary"] is True
    assert values["sampling.dropped_count"] == outcome.dropped
    assert values["sampling.dropped_bytes"] == outcome.bytes_received - outcome.bytes_kept
    assert summary.body.string_value == (
        f"sampled out {outcome.dropped:,} records like: {values['log.record.template']}")
    assert "<*>" in values["log.record.template"]
    assert len(values["log.record.pattern_id"]) == 16
    assert summary.severity_text == "INFO" and summary.severity_number == 9
    assert summary.time_unix_nano == int(1_700_000_000.0 * 1e9)


def test_stats_window_counts_every_record_with_bytes_consistent_with_the_outcome():
    wall = FakeClock(1_700_000_000.0)
    p = processor(wall=wall)
    workload = Workload(seed=6)
    totals = [0, 0, 0, 0]
    for _ in range(10):
        outcome = p.process(workload.request(512))
        for i, v in enumerate((outcome.received, outcome.kept, outcome.bytes_received, outcome.bytes_kept)):
            totals[i] += v
    wall.advance(60)
    window = p.take_window()
    stats = list(window.patterns.values())
    assert sum(s.records for s in stats) == totals[0] == 5120
    assert sum(s.kept_records for s in stats) == totals[1]
    assert sum(s.bytes for s in stats) == totals[2]
    assert sum(s.kept_bytes for s in stats) == totals[3]
    assert sum(sum(s.severities) for s in stats) == 5120
    # The estimate is close to the encoded size of the records.
    encoded = sum(workload.request(512).ByteSize() for _ in range(10))
    assert 0.8 < totals[2] / encoded < 1.2
    assert window.started == 1_700_000_000.0 and window.ended == 1_700_000_060.0
    assert all(s.examples for s in stats if s.kept_records)
    assert all(s.template and s.service in workload.services for s in stats)
    assert all(len(s.examples) <= window.reservoir_per_pattern for s in stats)
    # The next window starts empty.
    p.process(workload.request(512))
    assert sum(s.records for s in p.take_window().patterns.values()) == 512


def test_severity_text_only_records_land_in_their_severity_bucket():
    p = processor()
    p.process(request([record("flush failed on segment 3", 0, severity_text="ERROR")]))
    (stats,) = p.take_window().patterns.values()
    assert stats.severities[5] == 1  # ERROR


def test_metrics_are_counted_per_service_and_rule():
    metrics = Metrics()
    p = processor(metrics=metrics, drop=[{"match": "heartbeat"}])
    req = request([record(f"heartbeat {i} ok") for i in range(10)]
                  + [record("worker 3 crashed", 17), record("worker 9 started", 9)], service="api")
    outcome = p.process(req)
    assert sample(metrics, "records_received", service="api") == 12
    assert sample(metrics, "records_dropped", service="api") == 10
    assert sample(metrics, "records_kept", service="api", rule="severity") == 1
    assert sample(metrics, "records_kept", service="api", rule="novel") == 1
    assert sample(metrics, "bytes_received", service="api") == outcome.bytes_received
    assert sample(metrics, "bytes_kept", service="api") == outcome.bytes_kept > 0


def test_the_service_label_of_every_metric_is_capped_whatever_clients_send():
    """A client inventing a service per request cannot grow /metrics without bound."""
    metrics = Metrics(max_services=20)
    p = processor(FakeClock(), metrics=metrics, default_rate=0.5)
    for index in range(300):
        p.process(request([record(f"tick {index}") for _ in range(4)], service=f"svc-{index}"))
    text = metrics.render().decode()
    services = set(re.findall(r'service="([^"]*)"', text))
    assert len(services) <= 21 and "_other" in services, sorted(services)[:5]
    assert {"svc-0", "svc-19"} <= services and "svc-20" not in services


def test_long_and_structured_bodies_are_mined_from_their_text():
    """A body past MAX_BODY_CHARS is mined from its first MAX_BODY_CHARS characters, a kvlist
    body from its key names: each kind gets its pattern, every record is counted."""
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue, KeyValueList

    from otlp_sampler.otlp.records import MAX_BODY_CHARS

    p = processor(FakeClock())
    long_record = record("upload of " + "x" * (3 * MAX_BODY_CHARS))
    shaped = record("")
    fields = [KeyValue(key=key, value=AnyValue(int_value=1)) for key in ("user", "event")]
    shaped.body.CopyFrom(AnyValue(kvlist_value=KeyValueList(values=fields)))
    outcome = p.process(request([long_record, shaped, record("plain words here")]))
    assert outcome.received == 3
    templates = {stats.template for stats in p.take_window().patterns.values()}
    assert "{event=<*> user=<*>}" in templates
    longest = max(templates, key=len)
    assert longest.startswith("upload of") and len(longest) <= MAX_BODY_CHARS


def test_a_trusted_upstreams_long_body_is_mined_and_counted_as_process_does():
    """pass_decided reads a scope's texts as process does (one function): a decided record's
    body past MAX_BODY_CHARS is mined from its first MAX_BODY_CHARS characters, and counted
    with its whole length, as process counts the same record."""
    from otlp_sampler.otlp.records import MAX_BODY_CHARS

    body = "upload of " + "x" * (3 * MAX_BODY_CHARS)
    decided = {"sampling.rule": "pattern", "sampling.adjusted_count": 10.0}
    passing, sampling = processor(FakeClock()), processor(FakeClock())
    passing.pass_decided(request([record(body, attributes=decided)]))
    sampling.process(request([record(body)]))
    (passed,), (processed,) = (list(p.take_window().patterns.values()) for p in (passing, sampling))
    assert passed.template == processed.template and len(passed.template) <= MAX_BODY_CHARS
    assert passed.bytes == processed.bytes > len(body)


def test_a_trusted_upstreams_large_scope_is_mined_in_parts_as_process_mines_it():
    """pass_decided hands the miner at most as many of a scope's records at a time as process
    does (processor._MINED_TOGETHER), and counts every record of every part once."""
    from otlp_sampler.patterns.catalog import PatternCatalog
    from otlp_sampler.sample.processor import _MINED_TOGETHER

    class RecordingCatalog(PatternCatalog):
        """The real catalog; the length of every add_batch call its miners get is noted."""

        calls: list[int] = []

        def miner(self, service: str, **kwargs):
            inner = super().miner(service, **kwargs)
            calls = self.calls

            class Recording:
                def __getattr__(self, name):
                    return getattr(inner, name)

                def add_batch(self, messages):
                    calls.append(len(messages))
                    return inner.add_batch(messages)

            return Recording()

    count = 2 * _MINED_TOGETHER + 452
    decided = {"sampling.rule": "pattern", "sampling.adjusted_count": 10.0}
    catalog = RecordingCatalog(1000)
    passing = processor(FakeClock(), catalog=catalog)
    passing.pass_decided(request([record(f"job {i} finished in {i % 97} ms", attributes=decided)
                                  for i in range(count)]))
    assert catalog.calls == [_MINED_TOGETHER, _MINED_TOGETHER, 452]
    (pattern,) = passing.take_window().patterns.values()
    assert pattern.records == count
