"""build_exporter takes the exporter section as config.py resolved it; it picks no defaults itself."""

from __future__ import annotations

import pytest

from otlp_sampler.config import Config, ExporterConfig
from otlp_sampler.transmit import build_exporter
from otlp_sampler.transmit.grpc_exporter import GrpcExporter
from otlp_sampler.transmit.http_exporter import HttpExporter


def test_an_unresolved_exporter_section_is_refused():
    with pytest.raises(ValueError, match="resolved_exporter"):
        build_exporter(ExporterConfig(endpoint="http://127.0.0.1:4318"))


def test_the_protocol_config_py_resolved_is_the_exporter_built():
    # An endpoint alone means OTLP/HTTP: config.py decides it, once.
    resolved = Config(exporter={"endpoint": "http://127.0.0.1:4318"}).resolved_exporter({})
    assert isinstance(build_exporter(resolved), HttpExporter)
    grpc = Config(exporter={"protocol": "grpc", "endpoint": "http://127.0.0.1:4317"}).resolved_exporter({})
    assert isinstance(build_exporter(grpc), GrpcExporter)
