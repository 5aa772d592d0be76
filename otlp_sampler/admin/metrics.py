"""Prometheus metrics, all prefixed ``otlp_sampler_``, on a registry of their own.

Labels stay bounded: ``service`` (capped, see :meth:`Metrics.service_label`), ``rule``,
``outcome``, ``receiver``, ``reason`` — never a pattern id or a template. The hot path
increments once per batch, not once per record.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

OTHER_SERVICE = "_other"


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None, *, max_services: int = 200) -> None:
        self.registry = registry or CollectorRegistry()
        self._max_services = max_services
        self._services: set[str] = set()
        r = self.registry
        p = "otlp_sampler_"

        # intake
        self.requests = Counter(
            p + "requests_total", "Export requests received", ["receiver", "outcome"], registry=r
        )
        self.records_received = Counter(
            p + "records_received_total", "Log records received", ["service"], registry=r
        )
        self.bytes_received = Counter(
            p + "bytes_received_total", "Encoded bytes of records received", ["service"], registry=r
        )
        self.records_kept = Counter(
            p + "records_kept_total", "Log records kept", ["service", "rule"], registry=r
        )
        self.records_dropped = Counter(
            p + "records_dropped_total", "Log records sampled out", ["service"], registry=r
        )
        self.bytes_kept = Counter(
            p + "bytes_kept_total", "Encoded bytes of records kept", ["service"], registry=r
        )
        self.records_capped = Counter(
            p + "records_capped_total",
            "Log records dropped by a pattern's max_per_second (part of dropped)",
            ["service"],
            registry=r,
        )
        self.summaries = Counter(
            p + "summary_records_total", "Summary records emitted for dropped records", registry=r
        )
        self.wire_bytes = Counter(
            p + "request_bytes_total", "Request bytes on the wire", ["receiver"], registry=r
        )

        # export
        self.export_requests = Counter(
            p + "export_requests_total", "Export attempts to the upstream", ["outcome"], registry=r
        )
        self.export_records = Counter(
            p + "export_records_total", "Records by final export outcome", ["outcome"], registry=r
        )
        self.export_bytes = Counter(
            p + "export_bytes_total", "Bytes sent upstream (after compression)", registry=r
        )
        self.export_latency = Histogram(p + "export_latency_seconds", "Upstream request latency", registry=r)
        self.queue_records = Gauge(p + "queue_records", "Records accepted and waiting for export", registry=r)
        self.queue_batches = Gauge(p + "queue_batches", "Batches accepted and waiting for export", registry=r)
        self.spool_bytes = Gauge(p + "spool_bytes", "Bytes held in the on-disk spool", registry=r)

        # side loop
        self.policy_version = Gauge(p + "policy_version", "Version of the policy in force", registry=r)
        self.policy_generations = Counter(
            p + "policy_generations_total", "Policy generation cycles", ["generator", "outcome"], registry=r
        )
        self.llm_failures = Counter(
            p + "llm_failures_total", "LLM answers refused, by reason", ["reason"], registry=r
        )
        self.llm_tokens = Counter(p + "llm_tokens_total", "LLM tokens used", ["kind"], registry=r)
        self.llm_format_refusals = Counter(
            p + "llm_format_refusals_total", "Structured output modes an LLM server refused", ["mode"],
            registry=r,
        )
        self.llm_output_mode = Gauge(
            p + "llm_output_mode", "Structured output mode the LLM server last answered in (1)", ["mode"],
            registry=r,
        )
        self.llm_latency = Histogram(
            p + "llm_latency_seconds",
            "LLM request latency",
            registry=r,
            buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
        )
        self.guard_corrections = Counter(
            p + "guard_corrections_total", "Policy rules corrected by the guards", ["guard"], registry=r
        )
        self.patterns = Gauge(p + "patterns", "Patterns known", ["service"], registry=r)
        self.anomalies = Counter(p + "anomalies_total", "Anomalies detected", ["kind"], registry=r)

    def service_label(self, service: str) -> str:
        """The service name as a label value; past ``max_services`` distinct ones, a shared catch-all."""
        if service in self._services:
            return service
        if len(self._services) >= self._max_services:
            return OTHER_SERVICE
        self._services.add(service)
        return service

    def render(self) -> bytes:
        return generate_latest(self.registry)
