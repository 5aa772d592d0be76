"""``build_exporter``: the exporter ``exporter.protocol`` names."""

from __future__ import annotations

from typing import TextIO

from otlp_sampler.config import ExporterConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.transmit.result import Exporter


def build_exporter(config: ExporterConfig, metrics: Metrics | None = None, *,
                   stream: TextIO | None = None) -> Exporter:
    """An exporter for ``config`` (resolve zero-config defaults first: ``Config.resolved_exporter``).

    ``metrics`` is accepted for symmetry with the other stages; the queue counts exports.
    ``stream`` is where the debug exporter prints (stdout by default).
    """
    protocol = config.protocol or ("http/protobuf" if config.endpoint else "debug")
    if protocol == "debug":
        from otlp_sampler.transmit.debug_exporter import DebugExporter

        return DebugExporter(stream)
    if protocol == "grpc":
        from otlp_sampler.transmit.grpc_exporter import GrpcExporter

        return GrpcExporter(config)
    from otlp_sampler.transmit.http_exporter import HttpExporter

    return HttpExporter(config, json=protocol == "http/json")
