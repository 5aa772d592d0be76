"""otlp-sampler: an OTLP log sampling proxy."""

__version__ = "0.1.0"
