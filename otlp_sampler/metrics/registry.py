"""Every Prometheus metric of the proxy, declared once, on a registry of its own.

Each class attribute of :class:`Metrics` declares one metric (name, help, labels); an
instance creates them all on its registry. docs/operations.md lists the same metrics
(tests/metrics/test_declared.py keeps the two in step). Labels stay bounded: ``service``
is capped (:meth:`Metrics.service_label`), never a pattern id or a template.
:class:`NullMetrics` counts nothing, for offline use (``analyze``, tools, tests).

Under ``serve --workers N`` every worker counts into files of a shared directory
(prometheus-client's multiprocess mode, :data:`MULTIPROCESS_ENV`), and :meth:`Metrics.render`
adds them all up, each gauge as its declaration says (sum of the live workers, or max).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Metric,
    disable_created_metrics,
    generate_latest,
)

PREFIX = "otlp_sampler_"
OTHER_SERVICE = "_other"
# prometheus-client's own variable: set (before the workers start) to a directory shared by
# the workers of one `serve --workers N`, every worker's counts are read from it.
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"

# A `_created` timestamp beside every counter and histogram doubles the series and tells
# nothing a dashboard uses.
disable_created_metrics()


@dataclass(frozen=True, slots=True)
class Declared:
    """One metric as declared on :class:`Metrics`; ``build`` creates it on a registry."""

    kind: type
    name: str  # without PREFIX
    help: str
    labels: tuple[str, ...] = ()
    buckets: tuple[float, ...] | None = None
    workers: str = "livesum"  # a gauge over several workers: prometheus-client's multiprocess_mode

    @property
    def full_name(self) -> str:
        return PREFIX + self.name

    @property
    def type_name(self) -> str:
        return self.kind.__name__.lower()

    def build(self, registry: CollectorRegistry) -> Any:
        extra: dict[str, Any] = {"buckets": self.buckets} if self.buckets else {}
        if self.kind is Gauge:
            extra["multiprocess_mode"] = self.workers
        return self.kind(self.full_name, self.help, list(self.labels), registry=registry, **extra)


# The declarations are typed as the metric they become: an instance attribute of the same
# name replaces each one (see Metrics.__init__).
def _counter(name: str, help: str, *labels: str) -> Counter:
    return cast(Counter, Declared(Counter, name, help, labels))


def _gauge(name: str, help: str, *labels: str, workers: str = "livesum") -> Gauge:
    """``workers``: how several workers' values combine (``livesum``: added; ``livemax``: the highest)."""
    return cast(Gauge, Declared(Gauge, name, help, labels, workers=workers))


def _histogram(name: str, help: str, *labels: str, buckets: tuple[float, ...] | None = None) -> Histogram:
    return cast(Histogram, Declared(Histogram, name, help, labels, buckets))


class Metrics:
    # intake
    requests = _counter("requests_total", "Export requests received", "receiver", "outcome")
    wire_bytes = _counter("request_bytes_total", "Request bytes on the wire", "receiver")
    connections_refused = _counter("connections_refused_total",
                                   "HTTP connections refused or closed by the receiver's connection "
                                   "limits (max_connections, max_connections_per_peer, idle_closed, "
                                   "header_timeout)", "reason")
    records_received = _counter("records_received_total", "Log records received", "service")
    bytes_received = _counter("bytes_received_total", "Encoded bytes of records received", "service")
    records_kept = _counter("records_kept_total", "Log records kept", "service", "rule")
    bytes_kept = _counter("bytes_kept_total", "Encoded bytes of records kept", "service")
    records_dropped = _counter("records_dropped_total", "Log records sampled out", "service")
    records_capped = _counter("records_capped_total",
                              "Log records dropped by a pattern's max_per_second (part of dropped)",
                              "service")
    summaries = _counter("summary_records_total", "Summary records emitted for dropped records")
    sampling_stripped = _counter("sampling_attributes_stripped_total",
                                 "sampling.* attributes stripped from incoming records "
                                 "(untrusted, not_a_number, not_finite, below_one)", "reason")
    source_dropped = _counter("source_dropped_records_total",
                              "Log records SDKs reported dropping at the source "
                              "(part of received and dropped)",
                              "service")
    policy_watchers = _gauge("policy_watchers", "SDKs watching the policy (open WatchPolicy streams)")

    # export
    export_requests = _counter("export_requests_total", "Export attempts to the upstream", "outcome")
    export_records = _counter("export_records_total", "Records by final export outcome", "outcome")
    export_bytes = _counter("export_bytes_total", "Bytes sent upstream (after compression)")
    export_latency = _histogram("export_latency_seconds", "Upstream request latency")
    queue_records = _gauge("queue_records", "Records accepted and waiting for export")
    queue_batches = _gauge("queue_batches", "Batches accepted and waiting for export")
    spool_bytes = _gauge("spool_bytes", "Bytes held in the on-disk spool")

    # tenants (tenants.mode passthrough): the label is the tenant's id, a hash, never its token
    tenants = _gauge("tenants", "Tenants known (tenants.mode passthrough)", workers="livemax")
    tenant_refusals = _counter("tenant_refusals_total",
                               "Requests refused by the tenant rules (unauthenticated, forbidden, too_many)",
                               "reason")
    tenant_records = _counter("tenant_records_total", "Log records received per tenant", "tenant")
    tenant_export_records = _counter("tenant_export_records_total",
                                     "Records by final export outcome per tenant", "tenant", "outcome")
    tenant_queue_records = _gauge("tenant_queue_records", "Records waiting for export per tenant", "tenant")

    # side loop
    policy_version = _gauge("policy_version", "Version of the policy in force", workers="livemax")
    policy_generations = _counter("policy_generations_total", "Policy generation cycles",
                                  "generator", "outcome")
    llm_failures = _counter("llm_failures_total", "LLM answers refused, by reason", "reason")
    llm_tokens = _counter("llm_tokens_total", "LLM tokens used", "kind")
    llm_format_refusals = _counter("llm_format_refusals_total",
                                   "Structured output modes an LLM server refused", "mode")
    llm_output_mode = _gauge("llm_output_mode",
                             "Structured output mode the LLM server last answered in (1)", "mode")
    llm_cost = _counter("llm_cost_total", "LLM cost at policy_generator.llm's prices per 1k tokens",
                        "purpose")
    llm_token_budget = _gauge("llm_token_budget",
                              "LLM tokens left of policy_generator.llm.max_tokens_per_hour this hour",
                              workers="livemax")
    llm_budget_refusals = _counter("llm_budget_refusals_total",
                                   "LLM calls not made: the hour's token budget was spent", "purpose")
    tier_verdicts = _counter("tier_verdicts_total",
                             "Importance tiers of new patterns by where they came from (model, cache, "
                             "guarded, refused, distrusted, failed)", "source")
    patterns_awaiting_tier = _gauge("patterns_awaiting_tier",
                                    "New patterns on their deterministic tier until the model judges them",
                                    workers="livemax")
    llm_latency = _histogram("llm_latency_seconds", "LLM request latency",
                             buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120))
    guard_corrections = _counter("guard_corrections_total", "Policy rules corrected by the guards", "guard")
    patterns = _gauge("patterns", "Patterns known", "service", workers="livemax")
    store_degraded = _gauge("store_degraded",
                            "1 while the store fails (sampling goes on with the policy in force)",
                            workers="livemax")
    anomalies = _counter("anomalies_total", "Anomalies detected", "kind")

    # alerts
    alerts = _counter("alerts_total", "Anomalies considered for an alert, by outcome "
                      "(raised, cooldown, capped, dropped)", "kind", "outcome")
    alert_deliveries = _counter("alert_deliveries_total", "Alert deliveries to webhooks by final outcome "
                                "(sent, failed, dropped)", "kind", "outcome")
    alert_delivery_attempts = _counter("alert_delivery_attempts_total", "Webhook requests by result",
                                       "outcome")
    alert_explanations = _counter("alert_explanations_total", "LLM explanations of alerts by outcome",
                                  "outcome")
    alert_queue = _gauge("alert_queue", "Alert deliveries waiting for a webhook")

    def __init__(self, registry: CollectorRegistry | None = None, *, max_services: int = 200) -> None:
        self.registry = registry or CollectorRegistry()
        self._max_services = max_services
        self._services: set[str] = set()
        for attribute, declared in self.declared().items():
            setattr(self, attribute, self._create(declared))

    def _create(self, declared: Declared) -> Any:
        return declared.build(self.registry)

    @classmethod
    def declared(cls) -> dict[str, Declared]:
        """Every declared metric by attribute name, in declaration order."""
        return {name: value for klass in reversed(cls.__mro__) for name, value in vars(klass).items()
                if isinstance(value, Declared)}

    def service_label(self, service: str) -> str:
        """The service name as a label value; past ``max_services`` distinct ones, a shared catch-all."""
        if service in self._services:
            return service
        if len(self._services) >= self._max_services:
            return OTHER_SERVICE
        self._services.add(service)
        return service

    def render(self) -> bytes:
        """The Prometheus text page: every worker's counts under ``serve --workers N``."""
        return generate_latest(_Families(self.families()))

    def families(self) -> list[Metric]:
        """Every metric family with its samples; under ``serve --workers N`` all workers' added up."""
        directory = os.environ.get(MULTIPROCESS_ENV)
        if not directory:
            return list(self.registry.collect())
        from prometheus_client.multiprocess import MultiProcessCollector

        return list(MultiProcessCollector(None, path=directory).collect())


class _Families:
    """Already collected families, as generate_latest wants a collector."""

    def __init__(self, families: Iterable[Metric]) -> None:
        self._families = list(families)

    def collect(self) -> Iterable[Metric]:
        return self._families


class _Discard:
    """A metric that records nothing: every label set is itself."""

    def labels(self, *args: Any, **kwargs: Any) -> _Discard:
        return self

    def inc(self, amount: float = 1) -> None:
        pass

    def dec(self, amount: float = 1) -> None:
        pass

    def set(self, value: float) -> None:
        pass

    def observe(self, amount: float) -> None:
        pass

    def collect(self) -> list:
        return []


_DISCARD = _Discard()


class NullMetrics(Metrics):
    """Metrics that count nothing (an empty registry): for work outside a running proxy."""

    def _create(self, declared: Declared) -> Any:
        return _DISCARD
