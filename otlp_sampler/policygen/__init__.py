"""Policy generation: the heuristic and LLM generators, redaction and the side loop.

:func:`build_generator` picks the generator the config asks for; both expose
``async propose(analysis, previous) -> PolicyDocument`` (unguarded: the loop guards).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.policygen.heuristic import HeuristicGenerator

if TYPE_CHECKING:
    from otlp_sampler.policygen.llm import LLMGenerator


def build_generator(config: Config, metrics: Metrics) -> HeuristicGenerator | LLMGenerator:
    """The generator ``policy_generator.kind`` names."""
    price = config.admin.price_per_gb
    if config.policy_generator.kind == "llm":
        # openai is imported only when an LLM is configured: it slows every start-up otherwise.
        from otlp_sampler.policygen.llm import LLMGenerator

        return LLMGenerator(config.sampling, config.policy_generator, metrics, price_per_gb=price)
    return HeuristicGenerator(config.sampling, config.policy_generator, price_per_gb=price)
