"""The guarantees every policy keeps, whoever wrote it (docs/policy-format.md § Guarantees).

:func:`apply_guards` corrects a generated policy and says what it changed;
:func:`validate_policy` only reports, which is how a hand-written (manual) policy is
checked (``policy/manual.py``). The rules of each mode are listed in the doc.
"""

from __future__ import annotations

from dataclasses import dataclass

from otlp_sampler.analyze.volume import PatternVolume, VolumePicture
from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policy import PolicyDocument

MANUAL_KINDS = frozenset({"manual", "file", "rollback"})
# The tiers whose patterns a model's rates may not sample harder than the heuristic does.
PROTECTED_TIERS = frozenset({"critical", "important"})


@dataclass(frozen=True, slots=True)
class Correction:
    """One change a guard made; ``pattern_id`` None means a default rate."""

    guard: str
    service: str | None
    pattern_id: str | None
    before: float | None
    after: float | None
    message: str


def previous_rate(previous: PolicyDocument | None, service: str, pattern_id: str) -> float | None:
    """The rate the previous version gave a pattern (its rule, else a default), None if it left
    the pattern to the dynamic sampler — then there is no step to bound."""
    if previous is None:
        return None
    service_policy = previous.services.get(service)
    if service_policy is not None:
        rule = service_policy.patterns.get(pattern_id)
        if rule is not None:
            return rule.rate
        if service_policy.default_rate is not None:
            return service_policy.default_rate
    return previous.default_rate


def rate_floor(
    volume: PatternVolume | None, prev: float | None, *, min_rate: float, max_step: float
) -> tuple[float, str]:
    """The lowest rate a generated policy may give a pattern, and the guard that sets it."""
    if volume is not None and volume.severe:
        return 1.0, "severity"
    floor, guard = min_rate, "min_rate"
    if volume is not None and volume.per_interval > 0:
        one_per_interval = min(1.0, 1.0 / volume.per_interval)
        if one_per_interval > floor:
            floor, guard = one_per_interval, "min_per_interval"
    if prev is not None and prev / max_step > floor:
        floor, guard = min(1.0, prev / max_step), "max_step"
    return floor, guard


def apply_guards(
    doc: PolicyDocument,
    previous: PolicyDocument | None,
    volumes: VolumePicture | None,
    *,
    sampling: SamplingConfig,
    generator: PolicyGeneratorConfig,
    metrics: Metrics | None = None,
    manual: bool | None = None,
    heuristic: PolicyDocument | None = None,
) -> tuple[PolicyDocument, list[Correction]]:
    """A corrected copy of ``doc`` and the corrections, each counted in
    ``metrics.guard_corrections{guard}``.

    ``manual`` defaults to whether the document's generator is manual, file or rollback.
    Without ``volumes`` (no window at hand) the guards that need volumes are skipped.
    ``heuristic``, the heuristic's policy for the same window, adds the ``importance``
    guard (a model's rates): a critical or important pattern is never sampled harder than
    there, and its rule's reason says it was held.
    Applying the guards to a guarded policy changes nothing.
    """
    if manual is None:
        manual = doc.generator.kind in MANUAL_KINDS
    doc = doc.model_copy(deep=True)
    corrections: list[Correction] = []
    min_rate = sampling.min_rate

    def correct(guard: str, service: str | None, pattern_id: str | None,
                before: float | None, after: float | None, message: str) -> None:
        corrections.append(Correction(guard, service, pattern_id, before, after, message))

    known: set[tuple[str, str]] | None = None
    if not manual and volumes is not None:
        known = set(volumes.patterns)
        if previous is not None:
            known.update((s, p) for s, sp in previous.services.items() for p in sp.patterns)

    if doc.default_rate is not None:
        doc.default_rate = _guard_default(doc.default_rate, previous.default_rate if previous else None,
                                          None, manual, min_rate, generator.max_step, correct)
    for service in sorted(doc.services):
        service_policy = doc.services[service]
        if service_policy.default_rate is not None:
            prev_service = previous.services.get(service) if previous else None
            prev_default = prev_service.default_rate if prev_service else None
            service_policy.default_rate = _guard_default(service_policy.default_rate, prev_default, service,
                                                         manual, min_rate, generator.max_step, correct)
        for pattern_id in sorted(service_policy.patterns):
            rule = service_policy.patterns[pattern_id]
            if known is not None and (service, pattern_id) not in known:
                del service_policy.patterns[pattern_id]
                correct("unknown_pattern", service, pattern_id, rule.rate, None,
                        f"{service}/{pattern_id}: no such pattern was seen; rule removed")
                continue
            if manual:
                if 0 < rule.rate < min_rate:
                    correct("min_rate", service, pattern_id, rule.rate, min_rate,
                            f"{service}/{pattern_id}: rate {rule.rate:g} below min_rate {min_rate:g}")
                    rule.rate = min_rate
                continue
            volume = volumes.patterns.get((service, pattern_id)) if volumes is not None else None
            floor, guard = rate_floor(volume, previous_rate(previous, service, pattern_id),
                                      min_rate=min_rate, max_step=generator.max_step)
            held = importance_floor(heuristic, volume)
            if held is not None and held > floor:
                floor, guard = held, "importance"
            if rule.rate < floor:
                if rule.rate == 0 and guard not in ("severity", "importance"):
                    guard = "zero_rate"
                why = _WHY[guard] if guard != "importance" else _held_why(volume)
                correct(guard, service, pattern_id, rule.rate, floor,
                        f"{service}/{pattern_id}: rate {rule.rate:g} raised to {floor:g} ({why})")
                if guard == "importance":
                    rule.reason = f"held at {floor:g}, {why} (the model said {rule.rate:g}: {rule.reason})"
                rule.rate = floor
            if rule.max_per_second is not None:
                if volume is not None and volume.severe:
                    correct("severity", service, pattern_id, rule.max_per_second, None,
                            f"{service}/{pattern_id}: has severe records; max_per_second removed")
                    rule.max_per_second = None
                elif volumes is not None and rule.max_per_second * volumes.interval < 1:
                    least = 1.0 / volumes.interval
                    correct("min_per_interval", service, pattern_id, rule.max_per_second, least,
                            f"{service}/{pattern_id}: max_per_second {rule.max_per_second:g} raised to "
                            f"{least:g} (one record per interval)")
                    rule.max_per_second = least
        if not service_policy.patterns and service_policy.default_rate is None:
            del doc.services[service]
    if metrics is not None:
        for item in corrections:
            metrics.guard_corrections.labels(guard=item.guard).inc()
    return doc, corrections


def importance_floor(heuristic: PolicyDocument | None, volume: PatternVolume | None) -> float | None:
    """The rate ``heuristic`` gives a critical or important pattern (its tier in the window,
    meaning/tiers.py), below which a model may not sample it; None for other patterns."""
    if heuristic is None or volume is None or volume.tier not in PROTECTED_TIERS:
        return None
    rule = heuristic.rule_for(volume.service, volume.pattern_id)
    return rule.rate if rule is not None else None


def _held_why(volume: PatternVolume) -> str:
    because = f": {volume.tier_reason}" if volume.tier_reason else ""
    return f"the {volume.tier} tier{because}; not sampled harder than the heuristic does"


_WHY = {
    "zero_rate": "generated policies never drop a pattern outright",
    "min_rate": "sampling.min_rate",
    "severity": "the pattern has records at or above keep_severity",
    "min_per_interval": "at least one record per interval",
    "max_step": "a rate falls at most max_step x per version",
}


def _guard_default(rate: float, prev: float | None, service: str | None, manual: bool, min_rate: float,
                   max_step: float, correct) -> float:
    where = f"{service}: default_rate" if service else "default_rate"
    floor, guard = min_rate, "min_rate"
    if not manual and prev is not None and prev / max_step > floor:
        floor, guard = min(1.0, prev / max_step), "max_step"
    if rate < floor:
        # A hand-written policy is refused, not corrected: say what is wrong, not what would change.
        message = (f"{where} {rate:g} below min_rate {floor:g}" if manual
                   else f"{where} {rate:g} raised to {floor:g} ({_WHY[guard]})")
        correct(guard, service, None, rate, floor, message)
        return floor
    return rate


def validate_policy(
    doc: PolicyDocument,
    *,
    sampling: SamplingConfig,
    generator: PolicyGeneratorConfig | None = None,
    previous: PolicyDocument | None = None,
    volumes: VolumePicture | None = None,
    manual: bool | None = None,
) -> list[str]:
    """What the guards would change in ``doc``, as readable problems (empty: it passes).

    Generated documents must also give every rule a reason.
    """
    generator = generator or PolicyGeneratorConfig()
    if manual is None:
        manual = doc.generator.kind in MANUAL_KINDS
    _, corrections = apply_guards(doc, previous, volumes, sampling=sampling, generator=generator,
                                  manual=manual)
    problems = [c.message for c in corrections]
    if not manual:
        for service, service_policy in sorted(doc.services.items()):
            for pattern_id, rule in sorted(service_policy.patterns.items()):
                if not rule.reason.strip():
                    problems.append(f"{service}/{pattern_id}: a generated rule needs a reason")
    return problems
