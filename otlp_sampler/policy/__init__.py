"""The sampling policy: its document format, the guarantees every policy keeps, its estimates.

``document.py`` is the format (docs/policy-format.md), ``guards.py`` the guarantees,
``estimate.py`` what a policy would keep, ``manual.py`` the one check every hand-written
policy passes.
"""

from otlp_sampler.policy.document import (
    Estimate,
    GeneratorInfo,
    PatternRule,
    PolicyDocument,
    PolicyError,
    ServicePolicy,
    parse_policy,
)

__all__ = ["Estimate", "GeneratorInfo", "PatternRule", "PolicyDocument", "PolicyError", "ServicePolicy",
           "parse_policy"]
