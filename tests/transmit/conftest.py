"""Shared helpers for the transmit tests: fast retry settings, metric reads, deadline waits."""

from __future__ import annotations

import pytest

from otlp_sampler.config import ExporterConfig
from otlp_sampler.metrics import Metrics


def exporter_config(endpoint: str | None, protocol: str = "http/protobuf", **sections) -> ExporterConfig:
    """An exporter config with test-speed retry and batching; ``sections`` override whole keys."""
    data = {
        "protocol": protocol,
        "endpoint": endpoint,
        "timeout": 5,
        "retry": {"initial_interval": 0.02, "max_interval": 0.2, "max_elapsed_time": 30, "jitter": 0.1},
        "batch": {"max_records": 4096, "timeout": 0.02},
        "queue": {"consumers": 2, "spool_dir": None},  # a test that spools names its directory
    }
    for key, value in sections.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return ExporterConfig(**data)


def sample(metrics: Metrics, name: str, **labels) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


def records_by_outcome(metrics: Metrics, outcome: str) -> float:
    return sample(metrics, "otlp_sampler_export_records_total", outcome=outcome)


@pytest.fixture
def metrics() -> Metrics:
    return Metrics()
