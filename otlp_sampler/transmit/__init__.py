"""Transmit: everything between "a sampled request is accepted" and "the upstream acknowledged it".

:class:`ExportQueue` (bounded, batching, retrying, optional on-disk spool) in front of one
exporter from :func:`build_exporter` (``http/protobuf``, ``http/json``, ``grpc``, ``debug``).
"""

from otlp_sampler.transmit.factory import build_exporter
from otlp_sampler.transmit.queue import ExportQueue
from otlp_sampler.transmit.result import EncodedRequest, Exporter, ExportResult, Outcome

__all__ = ["EncodedRequest", "ExportQueue", "ExportResult", "Exporter", "Outcome", "build_exporter"]
