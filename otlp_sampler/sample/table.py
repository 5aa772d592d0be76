"""The policy as the hot path reads it: plain dicts, compiled once per version.

``set_policy`` builds a :class:`CompiledPolicy` and swaps one reference, so a request in
flight finishes on the table it started with and the next one sees the new version.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from otlp_sampler.policy import PolicyDocument

PatternKey = tuple[str, str]  # (service, pattern_id)


@dataclass(frozen=True, slots=True)
class CompiledPolicy:
    """``patterns[(service, pattern_id)] = (rate, max_per_second)``; defaults beside it."""

    version: int
    patterns: dict[PatternKey, tuple[float, float | None]]
    service_defaults: dict[str, float]
    default_rate: float | None
    document: PolicyDocument | None = field(repr=False)  # None: no policy yet

    def default_for(self, service: str, fallback: float | None) -> float | None:
        """Rule 7 before the dynamic sampler: the service's, the policy's, then the config's rate."""
        rate = self.service_defaults.get(service)
        if rate is None:
            rate = self.default_rate
        return fallback if rate is None else rate


def compile_policy(document: PolicyDocument | None = None) -> CompiledPolicy:
    """Flatten a policy document into lookup tables; None (no policy yet) gives empty ones."""
    if document is None:
        return CompiledPolicy(0, {}, {}, None, None)
    patterns: dict[PatternKey, tuple[float, float | None]] = {}
    defaults: dict[str, float] = {}
    for service, service_policy in document.services.items():
        if service_policy.default_rate is not None:
            defaults[service] = service_policy.default_rate
        for pattern_id, rule in service_policy.patterns.items():
            patterns[(service, pattern_id)] = (rule.rate, rule.max_per_second)
    return CompiledPolicy(document.version, patterns, defaults, document.default_rate, document)
