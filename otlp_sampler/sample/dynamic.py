"""Volume-based rates for patterns no policy names, after Refinery's EMADynamicSampler.

Per (service, pattern) the processor counts records in each ``dynamic.interval``. At the
end of interval *k*, with count ``c`` and ``a = dynamic.ewma_alpha``::

    m  = c                         the pattern's first interval
    m  = a*c + (1 - a)*m           afterwards; an interval without records counts c = 0
    p  = 1                         if m <= T        (T = dynamic.target_per_interval)
    p  = max(min_rate, T / m)      otherwise

so every pattern keeps about ``T`` records per interval: chatty patterns are sampled hard,
rare ones are kept whole. Rates change once per interval, not per record.

Within an interval a pattern can outgrow its rate: a new pattern has no average yet, and
a flood lands between two recomputations. The hot path therefore compares the interval's
running count ``c`` with ``surge = max(m, T)``; past it, a record is drawn at
``max(min_rate, T / c)`` (the lower of that and ``p``). The probability is fixed before the
draw, so ``1/p`` remains an unbiased weight (Horvitz-Thompson) and ``sum(adjusted_count)``
still estimates the true count.

A policy rule with ``max_per_second`` uses the same average: its rate is lowered to
``mps*interval / m`` so that the cap is met by sampling (with honest adjusted counts); the
per-pattern token bucket only trims what slips through within an interval.
"""

from __future__ import annotations


def advance(ewma: float, count: int, alpha: float, intervals: int, first: bool) -> float:
    """The average after ``intervals`` ended, the first of which counted ``count`` records."""
    ewma = float(count) if first else alpha * count + (1.0 - alpha) * ewma
    if intervals > 1:
        ewma *= (1.0 - alpha) ** (intervals - 1)
    return ewma


def dynamic_rate(ewma: float, target: float, min_rate: float) -> float:
    if ewma <= target:
        return 1.0
    return max(min_rate, target / ewma)


def surge_threshold(ewma: float, target: float) -> float:
    """The running count past which a pattern draws at ``target / count``."""
    return max(ewma, target)


def capped_rate(rate: float, max_per_second: float, ewma: float, interval: float, min_rate: float) -> float:
    """A policy rate lowered so that ``max_per_second`` holds at the pattern's average volume."""
    if ewma <= 0.0:
        return rate
    return min(rate, max(min_rate, max_per_second * interval / ewma))
