# TEMPORARY until otlp_sampler.patterns lands: fall back to the stand-in miner.
import otlp_sampler.patterns as patterns

if not hasattr(patterns, "PatternCatalog"):
    from tests.sample import _standin_patterns

    patterns.PatternCatalog = _standin_patterns.PatternCatalog
    patterns.PatternMiner = _standin_patterns.PatternMiner
