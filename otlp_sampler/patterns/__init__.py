"""Pattern mining: message -> template -> stable pattern id (see docs/patterns.md)."""

from otlp_sampler.patterns.catalog import PatternCatalog
from otlp_sampler.patterns.ids import pattern_id
from otlp_sampler.patterns.masking import WILDCARD
from otlp_sampler.patterns.miner import PatternInfo, PatternMiner

__all__ = ["WILDCARD", "PatternCatalog", "PatternInfo", "PatternMiner", "pattern_id"]
