"""``build_exporter``: the exporter ``exporter.protocol`` names."""

from __future__ import annotations

from typing import TextIO

from otlp_sampler.config import ExporterConfig
from otlp_sampler.transmit.result import Exporter


def build_exporter(config: ExporterConfig, *, stream: TextIO | None = None) -> Exporter:
    """An exporter for ``config``, resolved by ``Config.resolved_exporter`` (which picks the
    protocol when the file names none). ``stream`` is where the debug exporter prints
    (stdout by default).
    """
    protocol = config.protocol
    if protocol is None:
        raise ValueError("exporter.protocol is unset: resolve the exporter with Config.resolved_exporter()")
    if protocol == "debug":
        from otlp_sampler.transmit.debug_exporter import DebugExporter

        return DebugExporter(stream)
    if protocol == "grpc":
        from otlp_sampler.transmit.grpc_exporter import GrpcExporter

        return GrpcExporter(config)
    from otlp_sampler.transmit.http_exporter import HttpExporter

    return HttpExporter(config, json=protocol == "http/json")
