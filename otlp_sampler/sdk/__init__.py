"""Sample logs at the source, inside the application, with the proxy's own policy (docs/sdk.md).

:class:`Sampler` holds the policy (fetched from the proxy's PolicyService, cached on disk,
watched) and decides each record with the proxy's miner and decision code; the
integrations put it in front of an application's log pipeline:
``otlp_sampler.sdk.otel.SamplingLogRecordProcessor`` (OpenTelemetry SDK),
``otlp_sampler.sdk.stdlib.SamplingFilter`` (stdlib ``logging``) and
``otlp_sampler.sdk.structlog.SamplingProcessor``. Nothing here imports the proxy's server
dependencies; the proxy never imports this package.
"""

from otlp_sampler.sdk.sampler import Sampler, Summary

__all__ = ["Sampler", "Summary"]
