"""The sample stage: compiled policy table, the keep/drop decision, limits, summaries.

The names below load on first use: ``otlp_sampler.sample.decision``, which the SDK runs
inside applications, must import without the processor's config and metrics (pydantic,
prometheus-client), which only the proxy installs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from otlp_sampler.sample.processor import BatchOutcome, SamplingProcessor
    from otlp_sampler.sample.table import CompiledPolicy, compile_policy

__all__ = ["BatchOutcome", "CompiledPolicy", "SamplingProcessor", "compile_policy"]
_HOME = {"BatchOutcome": "processor", "SamplingProcessor": "processor", "CompiledPolicy": "table",
         "compile_policy": "table"}


def __getattr__(name: str):
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
