"""Which anomalies make alerts and what an alert says, from windows the real detectors read."""

from __future__ import annotations

from otlp_sampler.alerts.select import alert_candidates
from otlp_sampler.analyze.anomalies import AnomalyKind
from otlp_sampler.config import AlertsConfig
from tests.alerts.helpers import AWS_KEY, ERROR, INFO, INTERVAL, NOW, STEADY, WARN, anomalies, with_rows

NEW_ERROR = ("checkout", "00000000000000e1", "ledger write failed: <*>", 12, ERROR,
             ["ledger write failed: disk quota exceeded"])
NEW_WARN = ("checkout", "00000000000000w1", "retrying <*> after timeout", 40, WARN,
            ["retrying 7 after timeout"])
NEW_INFO = ("checkout", "00000000000000i1", "coupon <*> applied", 400, INFO, ["coupon 5 applied"])


def candidates(after, *, before=STEADY, **config):
    found, volumes = anomalies(before, after)
    return alert_candidates(found, volumes, config=AlertsConfig(**config), now=NOW)


def test_a_new_error_pattern_alerts_and_a_new_info_or_warn_pattern_does_not_by_default():
    alerts = candidates(with_rows(NEW_ERROR, NEW_WARN, NEW_INFO))
    assert [(a.kind, a.pattern_id) for a in alerts] == [(AnomalyKind.NEW_PATTERN, "00000000000000e1")]
    [alert] = alerts
    assert alert.severity == "ERROR" and alert.service == "checkout"
    assert alert.template == "ledger write failed: <*>"
    assert alert.examples == ["ledger write failed: disk quota exceeded"]
    assert alert.counts.records == 12 and alert.counts.window_seconds == INTERVAL
    assert alert.counts.records_per_s == 12 / INTERVAL and alert.counts.baseline_per_s is None
    assert alert.counts.service_records == 6000 + 30 + 12 + 40 + 400
    assert alert.counts.share == 12 / alert.counts.service_records
    assert alert.summary == "new ERROR pattern in checkout: 12 records in 60 s"


def test_min_severity_warn_lets_a_new_warn_pattern_alert():
    alerts = candidates(with_rows(NEW_WARN, NEW_INFO), min_severity="WARN")
    assert [a.pattern_id for a in alerts] == ["00000000000000w1"]


def test_an_error_share_jump_shows_the_heaviest_error_pattern_of_the_service():
    jump = [("checkout", "00000000000000c1", "cart <*> updated with <*> items", 6000, INFO, []),
            ("checkout", "00000000000000c2", "payment <*> failed: card declined", 300, ERROR,
             ["payment 1 failed"]),
            ("checkout", "00000000000000c3", "refund <*> failed", 60, ERROR, ["refund 2 failed"])]
    alerts = candidates(jump, before=STEADY)
    shares = [a for a in alerts if a.kind == AnomalyKind.ERROR_SHARE]
    assert len(shares) == 1
    alert = shares[0]
    assert alert.pattern_id is None and alert.template == "payment <*> failed: card declined"
    assert alert.examples == ["payment 1 failed"]
    assert alert.counts.records == 360 and alert.counts.error_share == 360 / 6360
    assert alert.counts.baseline_error_share == 30 / 6030
    # The jump comes first: it is about the whole service.
    assert alerts[0].kind == AnomalyKind.ERROR_SHARE


def test_a_burst_alerts_with_its_rate_and_baseline():
    burst = [row if row[0] != "jobs" else (*row[:3], 3000, *row[4:]) for row in STEADY]
    [alert] = candidates(burst)
    assert alert.kind == AnomalyKind.BURST and alert.pattern_id == "00000000000000j1"
    assert alert.counts.records_per_s == 3000 / INTERVAL and alert.counts.baseline_per_s == 120 / INTERVAL
    assert alert.summary.startswith("burst in jobs: 50 records/s against a baseline of 2/s")


def test_kinds_not_listed_raise_nothing():
    burst = [row if row[0] != "jobs" else (*row[:3], 3000, *row[4:]) for row in STEADY]
    assert candidates([*burst, NEW_ERROR], kinds=["new_pattern"])[0].kind == AnomalyKind.NEW_PATTERN
    assert candidates([*burst, NEW_ERROR], kinds=["error_share"]) == []


def test_secrets_in_the_template_and_examples_are_redacted_before_the_alert_exists():
    leaky = ("checkout", "00000000000000e2", f"s3 upload denied for key {AWS_KEY}", 5, ERROR,
             [f"s3 upload denied for key {AWS_KEY} user=ops@example.com password=hunter2"])
    [alert] = candidates(with_rows(leaky))
    text = alert.model_dump_json()
    for secret in (AWS_KEY, "ops@example.com", "hunter2"):
        assert secret not in text
    assert "<api-key>" in alert.template and "<email>" in alert.examples[0]


def test_examples_are_limited_to_alerts_examples():
    many = ("checkout", "00000000000000e3", "db error <*>", 8, ERROR, [f"db error {i}" for i in range(8)])
    [alert] = candidates(with_rows(many), examples=2)
    assert alert.examples == ["db error 0", "db error 1"]
