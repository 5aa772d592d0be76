"""The sample stage: compiled policy table, the keep/drop decision, limits, summaries."""

from otlp_sampler.sample.processor import BatchOutcome, SamplingProcessor
from otlp_sampler.sample.table import CompiledPolicy, compile_policy

__all__ = ["BatchOutcome", "CompiledPolicy", "SamplingProcessor", "compile_policy"]
