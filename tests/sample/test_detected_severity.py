"""Records with no severity get the level their body states: kept by rule severity, marked, counted."""

from __future__ import annotations

from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue, KeyValueList

from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.analyze.window import SEVERITY_BUCKETS
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument

from .helpers import FakeClock, attrs, processor, record, records_of, request

ERROR_BUCKET = SEVERITY_BUCKETS.index("ERROR")


def hard(**config):
    """A processor that samples everything below keep_severity at the lowest rate."""
    return processor(novelty={"keep": 0}, default_rate=0.001, min_rate=0.001, **config)


def unspecified(body: str) -> object:
    return record(body, severity=0)


def test_a_detected_error_is_never_sampled():
    p = hard()
    bodies = ([f"2024-01-02T03:04:{i % 60:02d}Z INFO request {i} served" for i in range(3000)]
              + [f"2024-01-02T03:04:{i % 60:02d}Z ERROR request {i} failed" for i in range(40)]
              + [f"[warn] disk {i}% full" for i in range(40)])
    req = request(unspecified(b) for b in bodies)
    p.process(req)
    kept = records_of(req)
    severe = [r for r in kept if "ERROR" in r.body.string_value or "[warn]" in r.body.string_value]
    assert len(severe) == 80
    for r in severe:
        a = attrs(r)
        assert a["sampling.rule"] == "severity" and a["sampling.adjusted_count"] == 1.0
        assert a["log.record.detected_level"] in ("ERROR", "WARN")
        assert r.severity_number == 0  # the record itself is not rewritten
    assert len(kept) < 80 + 30  # the INFO lines were sampled (about 3 of 3000)
    infos = [r for r in kept if " INFO " in r.body.string_value]
    assert all(attrs(r)["log.record.detected_level"] == "INFO" for r in infos)


def test_a_level_that_varies_within_one_pattern_is_read_per_record():
    p = hard()
    bodies = []
    for i in range(2000):
        level = "error" if i % 100 == 7 else "info"
        bodies.append(f'{{"level":"{level}","msg":"charge done","order":"o{i}"}}')
    req = request(unspecified(b) for b in bodies)
    p.process(req)
    kept = records_of(req)
    assert len({attrs(r)["log.record.pattern_id"] for r in kept}) == 1
    errors = [r for r in kept if '"error"' in r.body.string_value]
    assert len(errors) == 20
    assert all(attrs(r)["sampling.rule"] == "severity" for r in errors)


def test_a_template_that_generalises_is_read_again_before_the_next_record():
    # The first records make the template `level=info msg=...`; the first error line
    # generalises it to `level=<*> msg=...` within the same request: that record, and every
    # later one, must be read for itself, not by the old template's INFO.
    p = hard()
    bodies = [f'level=info msg="sync done" shard={i}' for i in range(500)]
    bodies += [f'level=error msg="sync done" shard={i}' for i in range(30)]
    req = request(unspecified(b) for b in bodies)
    p.process(req)
    errors = [r for r in records_of(req) if r.body.string_value.startswith("level=error")]
    assert len(errors) == 30


def test_an_explicit_severity_is_never_lowered_or_overridden():
    p = hard()
    req = request([record(f"DEBUG cache {i} warmed", severity=17) for i in range(50)]
                  + [record(f"ERROR but the app said INFO {i}", severity=9) for i in range(500)]
                  + [record(f"ERROR said as text {i}", severity=0, severity_text="info") for i in range(500)])
    p.process(req)
    kept = records_of(req)
    assert sum(1 for r in kept if r.body.string_value.startswith("DEBUG")) == 50
    assert all("log.record.detected_level" not in attrs(r) for r in kept)
    assert sum(1 for r in kept if r.body.string_value.startswith("ERROR")) < 20  # INFO is INFO


def test_an_unknown_severity_text_is_no_severity():
    p = hard()
    req = request([record(f"ERROR job {i} failed", severity=0, severity_text="banana") for i in range(30)])
    p.process(req)
    assert len(records_of(req)) == 30


def test_a_structured_body_says_its_level_in_a_member():
    p = hard()

    def structured(i: int, level: str):
        body = AnyValue(kvlist_value=KeyValueList(values=[
            KeyValue(key="msg", value=AnyValue(string_value=f"charge {i} settled")),
            KeyValue(key="level", value=AnyValue(string_value=level)),
        ]))
        r = record("", severity=0)
        r.body.CopyFrom(body)
        return r

    req = request([structured(i, "error" if i % 50 == 0 else "info") for i in range(1000)])
    p.process(req)
    levels = [attrs(r).get("log.record.detected_level") for r in records_of(req)]
    assert levels.count("ERROR") == 20


def test_the_window_counts_the_detected_severity_and_the_heuristic_sees_it():
    clock = FakeClock()
    p = processor(clock, novelty={"keep": 0})
    req = request([unspecified(f"ERROR payment {i} failed") for i in range(10)]
                  + [unspecified(f"request {i} served in {i} ms") for i in range(500)])
    p.process(req)
    window = p.take_window()
    picture = VolumePicture.from_window(window, keep_severity=13, interval=60)
    by_template = {v.template: v for v in picture.patterns.values()}
    assert by_template["ERROR payment <*> failed"].severities[ERROR_BUCKET] == 10
    assert by_template["ERROR payment <*> failed"].severe
    assert not by_template["request <*> served in <*>"].severe


def test_detection_can_be_turned_off():
    p = hard(detect_severity=False)
    req = request(unspecified(f"ERROR job {i} failed") for i in range(2000))
    p.process(req)
    assert len(records_of(req)) < 20


class StatusClassMiner:
    """The real miner, its templates written as the pattern miner's status split writes them
    (`GET <*> 5xx in <*>`): stands in for that split until patterns/ keeps the class itself."""

    def __init__(self, catalog: PatternCatalog) -> None:
        self.catalog = catalog

    def miner(self, service: str):
        inner = self.catalog.miner(service)

        class Miner:
            def add(self, message: str) -> str:
                status = message.split()[2]  # all-capital words: the real miner never merges two
                return inner.add(message.replace(f" {status} ", f" CLASS{'ABCDE'[int(status[0]) - 1]} "))

            def add_batch(self, messages: list[str]) -> list[str]:
                return [self.add(message) for message in messages]

            def template(self, pattern_id: str):
                return self.pattern(pattern_id).text

            def pattern(self, pattern_id: str):
                live = inner.pattern(pattern_id)

                class View:
                    text = live.text.replace("CLASSE", "5xx").replace("CLASSB", "2xx")
                return View

        return Miner()


def test_a_5xx_pattern_counts_as_error_whatever_the_record_says():
    catalog = StatusClassMiner(PatternCatalog(100))
    p = processor(catalog=catalog, novelty={"keep": 0}, default_rate=0.001)
    bodies = [f"GET /api/items/{i} 200 in {i % 90}ms" for i in range(3000)]
    bodies += [f"GET /api/items/{i} 503 in {i % 90}ms" for i in range(25)]
    req = request(record(b, severity=9) for b in bodies)  # the app said INFO for all of them
    p.process(req)
    kept = records_of(req)
    errors = [r for r in kept if " 503 " in r.body.string_value]
    assert len(errors) == 25
    assert all(attrs(r)["log.record.detected_level"] == "ERROR" for r in errors)
    assert all(attrs(r)["sampling.rule"] == "severity" for r in errors)
    assert len(kept) - len(errors) < 20

    off = processor(catalog=StatusClassMiner(PatternCatalog(100)), novelty={"keep": 0}, default_rate=0.001,
                    http_5xx_as_error=False)
    req = request(record(b, severity=9) for b in bodies)
    off.process(req)
    assert sum(1 for r in records_of(req) if " 503 " in r.body.string_value) < 5


def test_a_policy_rate_does_not_apply_to_a_detected_error():
    catalog = PatternCatalog(100)
    p = processor(catalog=catalog, novelty={"keep": 0})
    pid = catalog.miner("svc").add("ERROR payment 1 failed")
    p.set_policy(PolicyDocument.model_validate({"services": {"svc": {"patterns": {pid: {"rate": 0.001}}}}}))
    req = request(unspecified(f"ERROR payment {i} failed") for i in range(200))
    p.process(req)
    assert len(records_of(req)) == 200
