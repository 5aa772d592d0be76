"""Which of a cycle's anomalies make alerts, and what each alert says.

From the leader's anomalies and the fleet's merged picture: the kinds of ``alerts.kinds``;
a new pattern only when some of its records are at or above ``alerts.min_severity``
(severity as the window counted it, detected from the body where the record had none);
the counts, the template and a few examples, redacted here, before the alert is kept
anywhere or sent. The most pressing first: error-share jumps, new patterns, bursts, each
by volume.
"""

from __future__ import annotations

from datetime import UTC, datetime

from otlp_sampler.alerts.record import AlertCounts, AlertRecord
from otlp_sampler.analyze.anomalies import Anomaly, AnomalyKind
from otlp_sampler.analyze.volume import PatternVolume, VolumePicture
from otlp_sampler.analyze.window import severity_bucket
from otlp_sampler.config import AlertsConfig
from otlp_sampler.redact import redact

MAX_EXAMPLE_CHARS = 500
MAX_TEMPLATE_CHARS = 1000
PRIORITY = {AnomalyKind.ERROR_SHARE: 0, AnomalyKind.NEW_PATTERN: 1, AnomalyKind.BURST: 2}


def alert_candidates(anomalies: list[Anomaly], volumes: VolumePicture, *, config: AlertsConfig,
                     now: float) -> list[AlertRecord]:
    """The alerts ``anomalies`` call for, most pressing first, one per (service, pattern, kind)."""
    kinds = set(config.kinds)
    found: dict[str, AlertRecord] = {}
    for anomaly in anomalies:
        if anomaly.kind not in kinds:
            continue
        record = _describe(anomaly, volumes, config=config, now=now)
        if record is not None:
            found.setdefault(record.key, record)
    return sorted(found.values(), key=lambda r: (PRIORITY[r.kind], -r.counts.records, r.service,
                                                 r.pattern_id or ""))


def _describe(anomaly: Anomaly, volumes: VolumePicture, *, config: AlertsConfig,
              now: float) -> AlertRecord | None:
    service = volumes.services.get(anomaly.service)
    service_records = service.records if service is not None else 0
    window = volumes.duration
    if anomaly.kind == AnomalyKind.ERROR_SHARE:
        errors = [p for p in volumes.patterns.values() if p.service == anomaly.service and p.error_records]
        if service is None or not errors:
            return None
        top = max(errors, key=lambda p: (p.error_records, p.pattern_id))
        counts = AlertCounts(
            window_seconds=window, records=service.error_records,
            records_per_s=volumes.per_second(service.error_records), service_records=service_records,
            share=anomaly.value, error_share=anomaly.value, baseline_error_share=anomaly.baseline)
        summary = (f"error share of {anomaly.service} jumped to {anomaly.value:.1%} "
                   f"(baseline {anomaly.baseline or 0:.1%}): {service.error_records} ERROR+ records "
                   f"in {window:.3g} s")
        return _record(anomaly, None, top, counts, summary, config=config, now=now)
    volume = volumes.patterns.get(anomaly.key) if anomaly.key is not None else None
    if volume is None:
        return None
    if anomaly.kind == AnomalyKind.NEW_PATTERN:
        if sum(volume.severities[severity_bucket(config.min_severity):]) == 0:
            return None
        summary = (f"new {volume.max_severity} pattern in {anomaly.service}: {volume.records} records "
                   f"in {window:.3g} s")
        rate, baseline = volumes.per_second(volume.records), None
    else:
        rate, baseline = anomaly.value, anomaly.baseline
        summary = (f"burst in {anomaly.service}: {rate:.3g} records/s against a baseline of "
                   f"{baseline or 0:.3g}/s")
    counts = AlertCounts(
        window_seconds=window, records=volume.records, records_per_s=rate, baseline_per_s=baseline,
        service_records=service_records, share=volume.records / service_records if service_records else 0.0)
    return _record(anomaly, volume.pattern_id, volume, counts, summary, config=config, now=now)


def _record(anomaly: Anomaly, pattern_id: str | None, shown: PatternVolume, counts: AlertCounts,
            summary: str, *, config: AlertsConfig, now: float) -> AlertRecord:
    return AlertRecord(
        kind=anomaly.kind, service=anomaly.service, pattern_id=pattern_id,
        template=redact(shown.template)[:MAX_TEMPLATE_CHARS],  # redact first: a cut secret may not match
        severity=shown.max_severity, summary=summary,
        raised_at=datetime.fromtimestamp(now, UTC), counts=counts,
        examples=[redact(e)[:MAX_EXAMPLE_CHARS] for e in shown.examples[:config.examples]],
    )
