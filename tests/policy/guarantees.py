"""The guarantees of docs/policy-format.md restated independently of the guards, for tests to check."""

from __future__ import annotations

from otlp_sampler.analyze.volume import VolumePicture
from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.policy import PolicyDocument


def guarantee_problems(
    doc: PolicyDocument,
    volumes: VolumePicture,
    *,
    sampling: SamplingConfig | None = None,
    generator: PolicyGeneratorConfig | None = None,
    previous: PolicyDocument | None = None,
) -> list[str]:
    """What a generated ``doc`` breaks, judged against the window it was made from."""
    sampling = sampling or SamplingConfig()
    generator = generator or PolicyGeneratorConfig()
    problems = []
    for service, service_policy in doc.services.items():
        for pattern_id, rule in service_policy.patterns.items():
            where = f"{service}/{pattern_id}"
            if (service, pattern_id) not in volumes.patterns and not (
                previous and previous.rule_for(service, pattern_id)
            ):
                problems.append(f"{where}: rule for a pattern never seen")
            if not sampling.min_rate <= rule.rate <= 1:
                problems.append(f"{where}: rate {rule.rate} outside [min_rate, 1]")
            if not rule.reason:
                problems.append(f"{where}: no reason")
    for key, volume in volumes.patterns.items():
        rule = doc.rule_for(*key)
        rate = rule.rate if rule else None
        where = "/".join(key)
        if rate is None:
            continue
        if volume.severe and rate != 1.0:
            problems.append(f"{where}: has {volume.max_severity} records but rate {rate}")
        if rate * volume.per_interval < 1.0 - 1e-9 and rate < 1.0:
            problems.append(f"{where}: rate {rate} keeps under one of {volume.per_interval} records/interval")
        if rule and rule.max_per_second is not None and rule.max_per_second * volumes.interval < 1 - 1e-9:
            problems.append(f"{where}: max_per_second {rule.max_per_second} under one per interval")
        before = previous.rule_for(*key) if previous else None
        if before is not None and rate < before.rate / generator.max_step - 1e-12:
            problems.append(f"{where}: rate fell from {before.rate} to {rate}, more than max_step")
    return problems
