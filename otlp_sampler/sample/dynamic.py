"""Volume-based rates for patterns no policy names: water-filling toward a target reduction.

Pure functions over one pattern's or one service's numbers, which the processor calls per
interval (the EWMA, the water-filling cap) and per record (the surge threshold, the rates).
The formulas and the reasons for them: docs/policy-format.md § Patterns no policy names.
"""

from __future__ import annotations

from collections.abc import Iterable


def advance(ewma: float, count: int, alpha: float, intervals: int, first: bool) -> float:
    """The average after ``intervals`` ended, the first of which counted ``count`` records."""
    ewma = float(count) if first else alpha * count + (1.0 - alpha) * ewma
    if intervals > 1:
        ewma *= (1.0 - alpha) ** (intervals - 1)
    return ewma


def water_fill_cap(volumes: Iterable[tuple[float, float]], target_reduction: float) -> float | None:
    """``K0`` with ``sum_i b_i * min(m_i, K0) = (1 - target_reduction) * sum_i b_i * m_i``.

    ``volumes`` are ``(m_i, b_i)`` pairs: records per interval and bytes per record. None
    when there is no volume at all. With ``target_reduction`` 0 the cap is the largest
    ``m_i`` (everything kept).
    """
    ordered = sorted(volumes)
    total = sum(m * b for m, b in ordered)
    if total <= 0.0:
        return None
    budget = (1.0 - target_reduction) * total
    below = 0.0  # bytes of the patterns under the cap, kept whole
    weight = sum(b for _, b in ordered)  # bytes per record of the patterns at or over the cap
    for m, b in ordered:
        if weight > 0.0:
            cap = (budget - below) / weight
            if cap <= m:
                return max(cap, 0.0)
        below += m * b
        weight -= b
    return ordered[-1][0]


def dynamic_rate(ewma: float, cap: float, min_rate: float) -> float:
    """``p`` of a pattern averaging ``ewma`` records per interval under the service's cap ``K``."""
    if ewma <= cap:
        return 1.0
    return max(min_rate, cap / ewma)


def surge_threshold(ewma: float, cap: float) -> float:
    """The running count past which a pattern draws at ``cap / count``."""
    return max(ewma, cap)


def capped_rate(rate: float, max_per_second: float, ewma: float, interval: float, min_rate: float) -> float:
    """A policy rate lowered so that ``max_per_second`` holds at the pattern's average volume."""
    if ewma <= 0.0:
        return rate
    return min(rate, max(min_rate, max_per_second * interval / ewma))
