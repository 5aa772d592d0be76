"""Policy generation: the heuristic and LLM generators, redaction and the side loop.

:func:`build_generator` picks the generator the config asks for; both expose
``async propose(analysis, previous) -> PolicyDocument`` (unguarded: the loop guards).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.policygen.heuristic import HeuristicGenerator

if TYPE_CHECKING:
    from otlp_sampler.policygen.chat import ChatClient
    from otlp_sampler.policygen.judge import TieredGenerator
    from otlp_sampler.policygen.llm import LLMGenerator

OUTPUT_MODES_FILE = "llm-output-modes.json"


def build_chat(config: Config, metrics: Metrics) -> ChatClient:
    """The proxy's one client of the model (``policy_generator.llm``), its budget shared by
    every caller; the negotiated modes are remembered next to the sqlite store."""
    # openai is imported only when an LLM is configured: it slows every start-up otherwise.
    from otlp_sampler.policygen.chat import ChatClient
    from otlp_sampler.policygen.output_modes import ModeMemory

    llm = config.policy_generator.llm
    return ChatClient(llm, metrics, modes=ModeMemory(llm.output_modes_file or _beside_the_store(config)))


def build_generator(config: Config, metrics: Metrics, *, chat: ChatClient | None = None,
                    store=None) -> HeuristicGenerator | LLMGenerator | TieredGenerator:
    """The generator ``policy_generator.kind`` names; with ``kind: llm``, on ``chat`` (or a new
    one), and with ``llm.task: tiers`` a tier judge whose verdicts are cached in ``store``
    (a memory store when None)."""
    price = config.admin.price_per_gb
    heuristic = HeuristicGenerator(config.sampling, config.policy_generator, price_per_gb=price)
    if config.policy_generator.kind != "llm":
        return heuristic
    chat = chat or build_chat(config, metrics)
    if config.policy_generator.llm.task == "tiers":
        from otlp_sampler.policygen.judge import TieredGenerator, TierJudge

        if store is None:
            from otlp_sampler.store import MemoryStore

            store = MemoryStore()
        judge = TierJudge(config.sampling, config.policy_generator, chat, store, metrics)
        return TieredGenerator(heuristic, judge)
    from otlp_sampler.policygen.llm import LLMGenerator

    return LLMGenerator(config.sampling, config.policy_generator, metrics, price_per_gb=price, chat=chat)


def _beside_the_store(config: Config) -> Path | None:
    """Where the negotiated structured output modes are kept by default: next to the sqlite file."""
    if config.store.kind != "sqlite" or config.store.path == ":memory:":
        return None
    return Path(config.store.path).parent / OUTPUT_MODES_FILE
