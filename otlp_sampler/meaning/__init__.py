"""What a message says beyond its pattern: its level, its importance tier (docs/patterns.md).

``levels.py`` reads a severity from the body of a record that carries none (level words,
logfmt and JSON level keys, syslog and klog headers, stack traces) and the severity an
HTTP status class implies; ``tiers.py`` classifies a template into an importance tier from
what its words say. Both are pure functions of text, decided once per template where the
template holds the answer.
"""

from otlp_sampler.meaning.levels import (
    LevelPlan,
    level_of_text,
    plan_levels,
    severity_floor,
    severity_from_text,
)
from otlp_sampler.meaning.tiers import Classifier, Tier, classify, tier_floors, tier_weights

__all__ = [
    "Classifier",
    "LevelPlan",
    "Tier",
    "classify",
    "level_of_text",
    "plan_levels",
    "severity_floor",
    "severity_from_text",
    "tier_floors",
    "tier_weights",
]
