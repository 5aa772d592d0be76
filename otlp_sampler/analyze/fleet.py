"""A replica's window as the store carries it to the leader, and back.

Every replica publishes its last window's :class:`~otlp_sampler.analyze.volume.VolumePicture`
(plus the bursts it detected on its own traffic) as a plain JSON-able dict; the leader
reads the others' back and merges them into its own, so the policy is made from the
whole fleet's volume rather than the leader's share of it. The format is versioned:
a replica running another version's format is skipped, not misread. Examples are
redacted here (otlp_sampler.redact): the store keeps no raw log text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from otlp_sampler.analyze.anomalies import Anomaly, AnomalyKind
from otlp_sampler.analyze.volume import PatternVolume, VolumePicture
from otlp_sampler.analyze.window import ROUTINE, SEVERITY_BUCKETS, severity_bucket
from otlp_sampler.redact import redact

FORMAT = 1
# The LLM prompt shows at most 3 examples of 300 characters; a longer cut leaves room for
# redaction and families without shipping each example's full 2 kB to the store.
EXAMPLE_CHARS = 512
# Redaction sees this much more than is kept, so a secret across the cut is still whole.
REDACTION_MARGIN = 256


@dataclass(frozen=True, slots=True)
class ReplicaWindow:
    """One replica's published window, read back."""

    owner: str
    started: float  # epoch seconds
    ended: float
    picture: VolumePicture
    bursts: tuple[Anomaly, ...]  # burst anomalies that replica found in this window


def window_payload(owner: str, picture: VolumePicture, *, started: float, ended: float,
                   bursts: list[Anomaly], max_examples: int) -> dict[str, Any]:
    """``picture`` as a JSON-able dict, with at most ``max_examples`` redacted examples per pattern.

    Runs in a worker thread (redaction costs ~0.3 ms a 512-character example).
    """
    return {
        "format": FORMAT,
        "owner": owner,
        "started": started,
        "ended": ended,
        "duration": picture.duration,
        "patterns": [
            {
                "service": v.service, "pattern_id": v.pattern_id, "template": v.template,
                "records": v.records, "bytes": v.bytes, "kept_records": v.kept_records,
                "kept_bytes": v.kept_bytes, "severities": list(v.severities),
                "tier": v.tier, "tier_reason": v.tier_reason,
                "examples": [redact(e[:EXAMPLE_CHARS + REDACTION_MARGIN])[:EXAMPLE_CHARS]
                             for e in v.examples[:max_examples]],
            }
            for v in picture.patterns.values()
        ],
        "bursts": [
            {"service": a.service, "pattern_id": a.pattern_id, "value": a.value, "baseline": a.baseline}
            for a in bursts if a.kind == AnomalyKind.BURST
        ],
    }


def read_payload(data: dict[str, Any], *, keep_severity: int, interval: float) -> ReplicaWindow:
    """A published window as this replica sees it (its own ``keep_severity`` and ``interval``).

    Raises ValueError for a payload of another format or with missing fields.
    """
    if data.get("format") != FORMAT:
        raise ValueError(f"window format {data.get('format')!r}, expected {FORMAT}")
    try:
        duration = float(data["duration"])
        picture = VolumePicture(duration=duration, interval=interval, keep_severity=keep_severity)
        scale = interval / duration if duration > 0 else 1.0
        first_severe = severity_bucket(keep_severity)
        buckets = len(SEVERITY_BUCKETS)
        for row in data["patterns"]:
            records = int(row["records"])
            if records <= 0:
                continue
            severities = tuple(int(n) for n in row["severities"][:buckets])
            severities += (0,) * (buckets - len(severities))
            volume = PatternVolume(
                service=str(row["service"]), pattern_id=str(row["pattern_id"]), template=str(row["template"]),
                records=records, bytes=int(row["bytes"]), kept_records=int(row["kept_records"]),
                kept_bytes=int(row["kept_bytes"]), severities=severities,
                severe_records=sum(severities[first_severe:]), per_interval=records * scale,
                examples=tuple(str(e) for e in row.get("examples", ())),
                # A replica of an older version sends no tier.
                tier=str(row.get("tier", ROUTINE)), tier_reason=str(row.get("tier_reason", "")),
            )
            picture.patterns[volume.key] = volume
        picture.refresh_services()
        bursts = tuple(
            Anomaly(AnomalyKind.BURST, str(b["service"]), str(b["pattern_id"]), float(b["value"]),
                    None if b.get("baseline") is None else float(b["baseline"]))
            for b in data.get("bursts", ())
        )
        return ReplicaWindow(str(data["owner"]), float(data["started"]), float(data["ended"]),
                             picture, bursts)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed window payload: {exc!r}") from None
