"""An alert as it is kept in the store's history, served by ``GET /api/v1/alerts`` and sent to
webhooks (docs/operations.md § Alerts has an example)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from otlp_sampler.analyze.anomalies import AnomalyKind

DeliveryStatus = Literal["pending", "sent", "failed", "dropped"]
ExplanationStatus = Literal["off", "pending", "ok", "late", "failed"]


class AlertCounts(BaseModel):
    """The numbers behind an alert, from the window that raised it (the fleet's, merged)."""

    window_seconds: float
    records: int = Field(description="records of the pattern in the window; for error_share, the "
                                     "service's ERROR+ records")
    records_per_s: float = Field(description="for a burst: the rate on the replica where it bursts")
    baseline_per_s: float | None = Field(default=None, description="a burst's baseline records/s")
    service_records: int = Field(description="every record of the service in the window")
    share: float = Field(description="records / service_records")
    error_share: float | None = Field(default=None, description="error_share: the service's ERROR+ share")
    baseline_error_share: float | None = None


class Delivery(BaseModel):
    """One webhook's delivery of one alert."""

    webhook: str = Field(description="alerts.webhooks[].name (the URL is never shown)")
    format: Literal["json", "slack"]
    status: DeliveryStatus = "pending"
    attempts: int = 0
    error: str | None = Field(default=None, description="what the last failed attempt met")
    sent_at: datetime | None = None


class AlertRecord(BaseModel):
    """One alert. Every text taken from logs (template, examples) is redacted before it is kept."""

    id: int = Field(default=0, description="assigned by the store; ids only grow")
    kind: AnomalyKind
    service: str
    pattern_id: str | None = Field(description="None for error_share, which is about a whole service")
    template: str | None = Field(description="the pattern's template; for error_share, the service's "
                                             "heaviest ERROR+ pattern's")
    severity: str = Field(description="the highest severity among the pattern's records in the window")
    summary: str = Field(description="one line for a person")
    raised_at: datetime
    first_seen: datetime | None = Field(default=None, description="when the catalog first saw the pattern")
    counts: AlertCounts
    examples: list[str] = Field(default_factory=list, description="a few records, redacted")
    explanation: str | None = Field(default=None, description="the model's explanation and debugging "
                                                              "steps: plain text, unverified")
    explanation_status: ExplanationStatus = "off"
    delivery: list[Delivery] = Field(default_factory=list)

    @property
    def key(self) -> str:
        """What cooldown and de-duplication go by: (service, pattern, kind)."""
        return alert_key(self.service, self.pattern_id, self.kind)


def alert_key(service: str, pattern_id: str | None, kind: str) -> str:
    # Pattern ids are hex and kinds are words: "/" cannot occur in either, so keys never collide.
    return f"{kind}/{pattern_id or '-'}/{service}"
