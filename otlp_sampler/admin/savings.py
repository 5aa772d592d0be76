"""What the proxy saves: records and bytes in and out, since start and over the last window.

Since start comes from the Prometheus counters the hot path already keeps (no second set
of counters on the hot path; every worker's under ``serve --workers N``); the last window
from the side loop's volume picture. Cost per month prices the per-second byte rate of the
period at ``admin.price_per_gb``. With a model configured, the ``llm`` section reads its
tokens, cost, budget and tier verdicts from the same counters.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from prometheus_client import Metric

from otlp_sampler.admin.models import LLMSpending, Savings, SavingsPeriod, ServiceSavings
from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.metrics import Metrics
from otlp_sampler.metrics.registry import PREFIX
from otlp_sampler.policy.estimate import BYTES_PER_GB, SECONDS_PER_MONTH


class SavingsMeter:
    """Builds the /api/v1/savings answer; ``report()`` is the ``savings`` of AdminState."""

    def __init__(self, metrics: Metrics, *, price_per_gb: float,
                 volumes: Callable[[], VolumePicture | None] | None = None,
                 clock: Callable[[], float] = time.time, started_at: float | None = None,
                 llm: bool = False, llm_budget: int | None = None) -> None:
        self.metrics = metrics
        self.llm = llm  # a model is configured (policy_generator.kind: llm, or alert explanations)
        self.llm_budget = llm_budget
        self.price_per_gb = price_per_gb
        self._volumes = volumes
        self._clock = clock
        self.started_at = clock() if started_at is None else started_at

    def report(self) -> Savings:
        families = self.metrics.families()  # every worker's, under serve --workers N
        totals = {
            "records_in": by_service(families, "records_received_total"),
            "bytes_in": by_service(families, "bytes_received_total"),
            "records_out": by_service(families, "records_kept_total"),
            "bytes_out": by_service(families, "bytes_kept_total"),
        }
        since_start = self.period(max(self._clock() - self.started_at, 1e-6), totals)
        picture = self._volumes() if self._volumes is not None else None
        last_window = None
        if picture is not None and picture.services:
            window = {
                "records_in": {s: v.records for s, v in picture.services.items()},
                "bytes_in": {s: v.bytes for s, v in picture.services.items()},
                "records_out": {s: v.kept_records for s, v in picture.services.items()},
                "bytes_out": {s: v.kept_bytes for s, v in picture.services.items()},
            }
            last_window = self.period(picture.duration, window)
        return Savings(price_per_gb=self.price_per_gb, since_start=since_start, last_window=last_window,
                       llm=self.spending(families) if self.llm else None)

    def spending(self, families: list[Metric]) -> LLMSpending:
        tokens = by_label(families, "llm_tokens_total", "kind")
        left = by_label(families, "llm_token_budget", "")
        return LLMSpending(
            prompt_tokens=tokens.get("prompt", 0.0), completion_tokens=tokens.get("completion", 0.0),
            cost=sum(by_label(families, "llm_cost_total", "purpose").values()),
            budget_left=None if self.llm_budget is None else left.get("", float(self.llm_budget)),
            budget_refusals=sum(by_label(families, "llm_budget_refusals_total", "purpose").values()),
            verdicts=by_label(families, "tier_verdicts_total", "source"),
            awaiting_tier=by_label(families, "patterns_awaiting_tier", "").get("", 0.0))

    def period(self, seconds: float, totals: dict[str, dict[str, float]]) -> SavingsPeriod:
        """A period from per-service totals keyed records_in, bytes_in, records_out, bytes_out."""
        services = sorted(set().union(*(column.keys() for column in totals.values())))
        rows = []
        for service in services:
            values = {name: float(column.get(service, 0.0)) for name, column in totals.items()}
            rows.append(ServiceSavings(service=service, **values,
                                       reduction=_reduction(values["bytes_in"], values["bytes_out"])))
        records_in = sum(r.records_in for r in rows)
        records_out = sum(r.records_out for r in rows)
        bytes_in = sum(r.bytes_in for r in rows)
        bytes_out = sum(r.bytes_out for r in rows)
        monthly = SECONDS_PER_MONTH / BYTES_PER_GB * self.price_per_gb / seconds
        rows.sort(key=lambda r: (-(r.bytes_in - r.bytes_out), r.service))
        return SavingsPeriod(
            seconds=seconds, records_in=records_in, records_out=records_out, bytes_in=bytes_in,
            bytes_out=bytes_out, reduction=_reduction(bytes_in, bytes_out),
            records_reduction=_reduction(records_in, records_out),
            cost_per_month_in=bytes_in * monthly, cost_per_month_out=bytes_out * monthly,
            cost_per_month_saved=(bytes_in - bytes_out) * monthly, services=rows,
        )


def by_service(families: list[Metric], name: str) -> dict[str, float]:
    """Counter ``otlp_sampler_<name>``'s totals per ``service`` label, summed over its other labels."""
    return by_label(families, name, "service")


def by_label(families: list[Metric], name: str, label: str) -> dict[str, float]:
    """Metric ``otlp_sampler_<name>``'s totals per ``label`` ("" for a metric without it),
    summed over its other labels (and workers)."""
    totals: dict[str, float] = {}
    wanted = PREFIX + name
    for family in families:
        for sample in family.samples:
            if sample.name == wanted:
                value = sample.labels.get(label, "")
                totals[value] = totals.get(value, 0.0) + sample.value
    return totals


def _reduction(before: float, after: float) -> float:
    return max(0.0, 1.0 - after / before) if before > 0 else 0.0
