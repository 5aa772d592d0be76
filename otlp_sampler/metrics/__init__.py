"""The base layer every stage counts into: :class:`Metrics` and its no-op :class:`NullMetrics`."""

from otlp_sampler.metrics.registry import OTHER_SERVICE, Declared, Metrics, NullMetrics

__all__ = ["OTHER_SERVICE", "Declared", "Metrics", "NullMetrics"]
