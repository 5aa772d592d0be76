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


Volume = tuple[float, float, float, float]  # (m_i, b_i, w_i, f_i) of one pattern


def water_fill_cap(volumes: Iterable[Volume], target_reduction: float) -> float | None:
    """``K0`` with ``sum_i b_i * clamp(K0 * w_i, f_i * m_i, m_i) = (1 - target_reduction) * sum_i b_i * m_i``.

    ``volumes`` are ``(m_i, b_i, w_i, f_i)``: records per interval, bytes per record, the
    pattern's importance weight and its floor rate. ``K0 * w_i`` records per interval is
    what a pattern keeps at most; it keeps at least ``f_i * m_i``. The left side is
    piecewise linear and grows with ``K0``: one sorted sweep over its breakpoints finds the
    root. 0 when the floors alone exceed the budget; None when there is no volume at all.
    With ``target_reduction`` 0, the largest ``m_i / w_i`` (everything kept).
    """
    value = total = 0.0
    events: list[tuple[float, float]] = []  # (K at which a pattern's slope starts or stops, slope change)
    for m, b, w, f in volumes:
        if m <= 0.0 or b <= 0.0:
            continue
        total += m * b
        value += f * m * b  # at K = 0 every pattern sits at its floor
        events.append((f * m / w, b * w))
        events.append((m / w, -b * w))
    if total <= 0.0:
        return None
    budget = (1.0 - target_reduction) * total
    if value >= budget:
        return 0.0
    events.sort()
    at = slope = 0.0
    for cap, change in events:
        reached = value + slope * (cap - at)
        if slope > 0.0 and reached >= budget:
            return at + (budget - value) / slope
        value, at = reached, cap
        slope += change
    return at


def dynamic_rate(ewma: float, cap: float, min_rate: float) -> float:
    """``p`` of a pattern averaging ``ewma`` records per interval under its cap ``K_i``."""
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
