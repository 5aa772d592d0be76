"""Volume-based rates for patterns no policy names: water-filling toward a target reduction.

Per (service, pattern) the processor counts records in each ``dynamic.interval``. At the
end of interval *k*, with count ``c`` and ``a = dynamic.ewma_alpha``::

    m  = c                         the pattern's first interval
    m  = a*c + (1 - a)*m           afterwards; an interval without records counts c = 0

Then, per service, over the patterns the dynamic sampler governs (no policy rule, no
default rate, no manual drop), with ``b_i`` a pattern's average encoded bytes per record
(from the stats window, the same byte measure as ``bytes_received``), ``R`` the target
reduction (``dynamic.target_reduction``, by default ``policy_generator.target_reduction``)
and ``W = dynamic.keep_whole_below``::

    K0 solves  sum_i b_i * min(m_i, K0) = (1 - R) * sum_i b_i * m_i      (water-filling)
    K  = max(K0, W)
    p_i = 1                        if m_i <= K
    p_i = max(min_rate, K / m_i)   otherwise

so each pattern keeps at most about ``K`` records per interval and the service's bytes
are cut by ``R``, the heaviest patterns losing most, as the heuristic policy does
(docs/policy-format.md). Patterns under ``W`` records per interval are always kept whole,
so a quiet service (where reaching ``R`` would mean sampling rare patterns) is cut less.
Each service is solved alone: a noisy service does not sample a quiet one. Records kept
by severity, novelty, bursts or the floor come on top, so the cut reached is at most
``R``. ``K0`` is found by sorting the ``m_i`` once, O(n log n) per service per interval.
Rates change once per interval, not per record.

Within an interval a pattern can outgrow its rate: a new pattern has no average yet, and
a flood lands between two recomputations. The hot path therefore compares the interval's
running count ``c`` with ``surge = max(m, K)`` (``K`` of the service's last interval;
``W`` for a service with none yet — and a new service brings the next recompute forward
to a tenth of an interval, its short first count scaled to a whole interval, so it has a
``K`` of its own within seconds); past it, a record is drawn at ``max(min_rate, K / c)``
(the lower of that and ``p``). The probability depends only on the records before it and
is fixed before the draw, so ``1/p`` remains an unbiased weight (Horvitz-Thompson) and
``sum(adjusted_count)`` still estimates the true count.

A policy rule with ``max_per_second`` uses the same average: its rate is lowered to
``mps*interval / m`` so that the cap is met by sampling (with honest adjusted counts); the
per-pattern token bucket only trims what slips through within an interval.
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
