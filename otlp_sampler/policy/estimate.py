"""What a policy would keep of a window: records and bytes in and out, reduction, cost per month.

The same arithmetic serves the heuristic (to reach its target), the LLM generator, the
side loop (the ``estimate`` stored with every version) and ``policy explain``.
"""

from __future__ import annotations

from otlp_sampler.analyze.volume import PatternVolume, VolumePicture
from otlp_sampler.policy import Estimate, PolicyDocument

SECONDS_PER_MONTH = 30 * 86400
BYTES_PER_GB = 1e9  # vendors bill decimal gigabytes


def effective_rate(doc: PolicyDocument, service: str, pattern_id: str) -> tuple[float | None, float | None]:
    """``(rate, max_per_second)`` the policy gives a pattern: its rule, else the service's or
    the global default rate; ``(None, None)`` when the policy leaves it to the dynamic sampler."""
    service_policy = doc.services.get(service)
    if service_policy is not None:
        rule = service_policy.patterns.get(pattern_id)
        if rule is not None:
            return rule.rate, rule.max_per_second
        if service_policy.default_rate is not None:
            return service_policy.default_rate, None
    return doc.default_rate, None


def kept_share(volume: PatternVolume, rate: float, max_per_second: float | None, duration: float) -> float:
    """Expected fraction of the pattern's records kept: severe ones always, the rest at ``rate``
    and at most ``max_per_second``."""
    if volume.records <= 0:
        return 0.0
    rest = volume.records - volume.severe_records
    kept_rest = rest * rate
    if max_per_second is not None:
        kept_rest = min(kept_rest, max_per_second * duration)
    return (volume.severe_records + kept_rest) / volume.records


def estimate_policy(
    doc: PolicyDocument, volumes: VolumePicture, *, price_per_gb: float, unnamed_rate: float = 1.0
) -> Estimate:
    """Project ``doc`` over the window in ``volumes``.

    Patterns the policy leaves to the dynamic sampler count at ``unnamed_rate`` (1 by
    default: the estimate never promises savings the policy does not itself make).
    Severities are known per pattern only, so severe records are assumed to weigh the
    pattern's average bytes.
    """
    records_in = bytes_in = records_out = bytes_out = 0.0
    for volume in volumes.patterns.values():
        rate, cap = effective_rate(doc, volume.service, volume.pattern_id)
        share = kept_share(volume, unnamed_rate if rate is None else rate, cap, volumes.duration)
        records_in += volume.records
        bytes_in += volume.bytes
        records_out += volume.records * share
        bytes_out += volume.bytes * share
    per_second = volumes.per_second
    monthly = SECONDS_PER_MONTH / BYTES_PER_GB * price_per_gb
    return Estimate(
        records_in_per_s=per_second(records_in),
        records_out_per_s=per_second(records_out),
        bytes_in_per_s=per_second(bytes_in),
        bytes_out_per_s=per_second(bytes_out),
        reduction=1.0 - bytes_out / bytes_in if bytes_in else 0.0,
        cost_per_month_in=per_second(bytes_in) * monthly,
        cost_per_month_out=per_second(bytes_out) * monthly,
    )
