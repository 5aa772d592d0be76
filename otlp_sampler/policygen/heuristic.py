"""The default generator: per-pattern rates by water-filling (formula in docs/policy-format.md).

Every non-severe pattern gets a cap of ``K * w`` records per interval: patterns under it
are kept whole, heavier ones are sampled down to it, so the heaviest patterns lose most.
``K`` is found by bisection so the bytes kept equal ``(1 - target_reduction)`` of the
bytes seen. ``w`` weighs a pattern by what it is likely to matter: its importance tier
(``sampling.importance.weights``: a critical pattern keeps more of the same budget, noise
less), and DEBUG and TRACE count less, and so does a template with no variable part (every
record says the same). Each rate is then held at or above its floor, the guards' and its
tier's, and the bisection accounts for those floors, so the policy passes the guards
unchanged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from otlp_sampler.analyze.analysis import Analysis
from otlp_sampler.analyze.volume import Key, PatternVolume, VolumePicture
from otlp_sampler.config import ImportanceConfig, PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.meaning import Tier, tier_floors, tier_weights
from otlp_sampler.policy import GeneratorInfo, PatternRule, PolicyDocument, ServicePolicy
from otlp_sampler.policy.estimate import estimate_policy, kept_share
from otlp_sampler.policy.guards import previous_rate, rate_floor

if TYPE_CHECKING:  # numpy is imported when a policy is solved, not at start-up
    import numpy as np

# Weight by the pattern's most severe level: low-value chatter gets a smaller cap.
SEVERITY_WEIGHT = {"TRACE": 0.25, "DEBUG": 0.5}
CONSTANT_TEMPLATE_WEIGHT = 0.5  # a template without <*>: every record is the same message
VARIABLE = "<*>"
BISECTION_STEPS = 100
MAX_TEMPLATE_CHARS = 500


def pattern_weight(volume: PatternVolume, importance: ImportanceConfig | None = None) -> float:
    """``w`` in the formula: 1 for an ordinary INFO pattern, more for an important tier, less
    for cheaper ones."""
    weight = SEVERITY_WEIGHT.get(volume.max_severity, 1.0)
    if VARIABLE not in volume.template:
        weight *= CONSTANT_TEMPLATE_WEIGHT
    if importance is not None:
        weight *= tier_weights(importance)[_tier(volume)]
    return weight


def tier_floor(volume: PatternVolume, importance: ImportanceConfig | None) -> float:
    """The least rate of the pattern's importance tier (``sampling.importance.floors``)."""
    return tier_floors(importance)[_tier(volume)] if importance is not None else 0.0


def _tier(volume: PatternVolume) -> Tier:
    try:
        return Tier(volume.tier)
    except ValueError:  # a replica of another version named a tier this one does not know
        return Tier.ROUTINE


@dataclass(frozen=True, slots=True)
class Plan:
    """The outcome of water-filling: a rate and the guard floor per pattern, and the cap ``K``."""

    rates: dict[Key, float]
    floors: dict[Key, tuple[float, str]]
    cap: float  # K: records per interval a weight-1 pattern keeps
    reachable: bool  # False when the floors and severe patterns alone exceed the byte budget


def water_fill(
    volumes: VolumePicture,
    *,
    target_reduction: float,
    min_rate: float,
    max_step: float,
    previous: PolicyDocument | None = None,
    fixed: Mapping[Key, float] | None = None,
    importance: ImportanceConfig | None = None,
) -> Plan:
    """Solve ``sum_i bytes_i * clamp(K * w_i / n_i, floor_i, 1) = budget`` for K.

    ``n_i`` is the pattern's records per interval, ``bytes_i`` its bytes in the window.
    ``budget`` is ``(1 - target_reduction) * total bytes`` minus what severe patterns
    (rate 1) and ``fixed`` patterns (rates chosen elsewhere, e.g. by the LLM) keep.
    ``importance`` weighs each pattern's ``w_i`` and raises its floor by its tier (None:
    every pattern routine).
    """
    fixed = fixed or {}
    duration = volumes.duration
    budget = (1.0 - target_reduction) * volumes.total_bytes
    floors: dict[Key, tuple[float, str]] = {}
    rates: dict[Key, float] = {}
    free: list[PatternVolume] = []
    for key, volume in volumes.patterns.items():
        floor = rate_floor(volume, previous_rate(previous, *key), min_rate=min_rate, max_step=max_step)
        least = tier_floor(volume, importance)
        if least > floor[0]:
            floor = (least, "tier")
        floors[key] = floor
        if volume.severe or key in fixed:
            rate = 1.0 if volume.severe else max(fixed[key], floor[0])
            rates[key] = rate
            budget -= volume.bytes * kept_share(volume, rate, None, duration)
        else:
            free.append(volume)
    if not free:
        return Plan(rates, floors, cap=0.0, reachable=budget >= 0)
    import numpy as np

    counts = np.array([v.per_interval for v in free], dtype=float)
    sizes = np.array([v.bytes for v in free], dtype=float)
    weights = np.array([pattern_weight(v, importance) for v in free], dtype=float)
    lows = np.array([floors[v.key][0] for v in free], dtype=float)

    def solve(cap: float) -> np.ndarray:
        return np.clip(cap * weights / counts, lows, 1.0)

    def kept(cap: float) -> float:
        return float(sizes @ solve(cap))

    low, high = 0.0, float((counts / weights).max())
    reachable = kept(low) <= budget
    if not reachable:
        cap = low
    elif kept(high) <= budget:
        cap = high
    else:
        for _ in range(BISECTION_STEPS):
            middle = (low + high) / 2
            if kept(middle) > budget:
                high = middle
            else:
                low = middle
        cap = low
    for volume, rate in zip(free, solve(cap), strict=True):
        rates[volume.key] = max(float(f"{rate:.6g}"), floors[volume.key][0])
    return Plan(rates, floors, cap=cap, reachable=reachable)


class HeuristicGenerator:
    """Builds a complete policy from a window's volumes; pure CPU, run it in a thread."""

    kind = "heuristic"

    def __init__(self, sampling: SamplingConfig, generator: PolicyGeneratorConfig, *,
                 price_per_gb: float = 0.5) -> None:
        self.sampling = sampling
        self.config = generator
        self.price_per_gb = price_per_gb

    def generate(
        self,
        volumes: VolumePicture,
        previous: PolicyDocument | None,
        *,
        fixed: Mapping[Key, PatternRule] | None = None,
        info: GeneratorInfo | None = None,
    ) -> PolicyDocument:
        """A policy naming every pattern of the window. Rules in ``fixed`` are taken as given
        (their rate, reason and cap) and the other patterns share what budget is left."""
        fixed = fixed or {}
        plan = water_fill(
            volumes,
            target_reduction=self.config.target_reduction,
            min_rate=self.sampling.min_rate,
            max_step=self.config.max_step,
            previous=previous,
            fixed={key: rule.rate for key, rule in fixed.items()},
            importance=self.sampling.importance,
        )
        total_bytes = volumes.total_bytes or 1
        services: dict[str, ServicePolicy] = {}
        for volume in volumes.top():
            key = volume.key
            given = fixed.get(key)
            if given is not None:
                rule = given.model_copy(update={"rate": plan.rates[key]})
            else:
                rule = PatternRule(
                    template=volume.template[:MAX_TEMPLATE_CHARS],
                    rate=plan.rates[key],
                    reason=_reason(volume, plan, key, volume.bytes / total_bytes, self.sampling.importance),
                )
            service_policy = services.get(volume.service)
            if service_policy is None:
                service_policy = services[volume.service] = ServicePolicy()
            service_policy.patterns[volume.pattern_id] = rule
        doc = PolicyDocument(
            generator=info or GeneratorInfo(kind="heuristic"),
            target_reduction=self.config.target_reduction,
            services=services,
        )
        doc.estimate = estimate_policy(doc, volumes, price_per_gb=self.price_per_gb)
        return doc

    async def propose(self, analysis: Analysis, previous: PolicyDocument | None) -> PolicyDocument:
        """The side loop's entry point: :meth:`generate` in a worker thread, off the event loop."""
        return await asyncio.to_thread(self.generate, analysis.volumes, previous)


def records_per_interval(count: float) -> str:
    """``count`` records per interval for a person: ``12 records/interval``, ``2.5 records/interval``,
    ``1 record per 4 intervals``; never "0" for a share that keeps something."""
    if count <= 0:
        return "no records"
    if count >= 9.5:
        return f"{count:,.0f} records/interval"
    if count >= 1.05:
        return f"{count:.2g} records/interval"
    if count >= 0.95:
        return "1 record/interval"
    return f"1 record per {round(1 / count):,} intervals"


# A rate is stored to 6 significant digits, so a rate held at a floor may sit a hair above it.
_ROUNDING = 1e-5


def _reason(volume: PatternVolume, plan: Plan, key: Key, share: float, importance: ImportanceConfig) -> str:
    rate = plan.rates[key]
    per_interval = volume.per_interval
    volume_text = f"{records_per_interval(per_interval)}, {share:.1%} of bytes"
    if volume.severe:
        return (f"has {volume.max_severity} records: kept in full (severe records are kept anyway; "
                "the rest of the pattern is their context)")
    floor, guard = plan.floors[key]
    cap = plan.cap * pattern_weight(volume, importance)  # records per interval the water level allows
    if rate <= floor * (1 + _ROUNDING) and floor * per_interval > cap:
        why = {
            "min_rate": "held at sampling.min_rate",
            "min_per_interval": "held at one record per interval",
            "max_step": "held at max_step below the previous rate",
            "tier": f"held at the {volume.tier} tier's floor ({volume.tier_reason})",
        }[guard]
        if rate >= 1.0 and guard == "min_per_interval":
            why = "at most one record per interval: kept in full"
        return f"{volume_text}; {why}"
    if rate >= 1.0:
        return f"{volume_text}; under the cap of {records_per_interval(cap)}: kept in full"
    notes = []
    if volume.tier != Tier.ROUTINE and importance.enabled:
        weight = tier_weights(importance)[_tier(volume)]
        notes.append(f"{volume.tier} tier x{weight:g}, {volume.tier_reason}" if volume.tier_reason
                     else f"{volume.tier} tier x{weight:g}")
    harder = []
    if volume.max_severity in SEVERITY_WEIGHT:
        harder.append(f"{volume.max_severity} only")
    if VARIABLE not in volume.template:
        harder.append("constant message")
    if harder:
        notes.append(f"{', '.join(harder)}: sampled harder")
    extra = f" ({'; '.join(notes)})" if notes else ""
    return f"{volume_text}; sampled to about {records_per_interval(rate * per_interval)}{extra}"
