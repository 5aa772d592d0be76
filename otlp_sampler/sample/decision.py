"""The keep/drop decision for one record, shared by the proxy's processor and the SDK.

``decider(...)`` binds what is fixed for a batch (the proxy) or for a moment (the SDK: it
builds a new one when the floor interval turns) and returns ``decide(state, severity,
exempt, trace_bits) -> (rule, rate, verdict)``: the first match of the decision order
(docs/policy-format.md § The decision, per record), the draw, the interval floor and the
``max_per_second`` cap, over a pattern's :class:`~otlp_sampler.sample.state.PatternState`.
Whoever calls it has found the pattern and refreshed its state for the policy in force;
what happens to a kept or dropped record (annotation, counters, summaries) is the caller's.
This module imports nothing of the proxy's server stack: the SDK runs it inside apps.
"""

from __future__ import annotations

from collections.abc import Callable

from otlp_sampler.sample.annotate import BURST, EXEMPT, NOVEL, PATTERN, SEVERITY

KEEP, DROP, CAPPED = 1, 0, -1  # verdicts; CAPPED: drawn, then refused by max_per_second
LOW_64 = (1 << 64) - 1
_INV_2_64 = 1.0 / (1 << 64)

Decide = Callable[[object, int, bool, bytes], tuple[int, float, int]]


def decider(*, keep_severity: int, now_wall: float, floor_index: int, draw: Callable[[], float],
            clock: Callable[[], float]) -> Decide:
    """``decide`` for records decided at wall time ``now_wall`` in floor interval ``floor_index``.

    ``floor_index`` is -1 when the floor is off (it then equals every state's ``kept_in``);
    ``draw`` is the seeded random draw for records without a trace id; ``clock`` (monotonic
    seconds) refills the token buckets of capped patterns. ``trace_id`` is the record's, as
    OTLP carries it (16 bytes, or empty).
    """
    from_bytes = int.from_bytes

    def decide(state, severity: int, exempt: bool, trace_id: bytes) -> tuple[int, float, int]:
        # Every kept record, whatever kept it, is the pattern's record of this floor interval.
        if severity >= keep_severity:
            state.kept_in = floor_index
            return SEVERITY, 1.0, KEEP
        if exempt:
            state.kept_in = floor_index
            return EXEMPT, 1.0, KEEP
        drop = state.drop
        if drop is not None:
            rule = PATTERN
            rate = drop
        elif state.burst_until > now_wall:
            state.kept_in = floor_index
            return BURST, 1.0, KEEP
        elif state.novel_left:
            state.novel_left -= 1
            state.kept_in = floor_index
            return NOVEL, 1.0, KEEP
        elif state.kept_in != floor_index:
            # The floor: nothing of this pattern kept in this interval yet, so this record is
            # a certain inclusion (p = 1, adjusted count 1). Which record that is depends only
            # on arrival order and on earlier decisions, never on this record's own draw; every
            # later record is drawn at its p with weight 1/p. Each weight is 1/P(kept |
            # everything before it), so E[sum(adjusted_count)] = true count (Horvitz-Thompson).
            rule = state.rule
            rate = 1.0
        else:
            rule = state.rule
            rate = state.rate
            seen = state.count
            if seen > state.surge:  # outgrew its interval's rate: see dynamic.py
                surge_rate = state.cap / seen
                if surge_rate < rate:
                    least = state.least
                    rate = surge_rate if surge_rate > least else least
        if rate >= 1.0:
            keep = True
        elif rate <= 0.0:
            keep = False
        else:
            # A trace id's low 8 bytes are random (W3C); none, or all zeros (an invalid id some
            # clients send for "no trace"), take the seeded draw.
            bits = from_bytes(trace_id, "big") & LOW_64
            keep = (bits * _INV_2_64 if bits else draw()) < rate
        if not keep:
            return rule, rate, DROP
        # The interval's floor record passes the cap (a drop-rule record never is one).
        if (rule == PATTERN and state.max_per_second
                and (state.kept_in == floor_index or drop is not None)
                and not take_token(state, clock())):
            return rule, rate, CAPPED
        state.kept_in = floor_index
        return rule, rate, KEEP

    return decide


def take_token(state, now: float) -> bool:
    """The pattern's token bucket: ``max_per_second`` refill, one second of burst."""
    per_second = state.max_per_second
    tokens = state.tokens + (now - state.t_last) * per_second
    state.t_last = now
    capacity = per_second if per_second > 1.0 else 1.0
    if tokens > capacity:
        tokens = capacity
    if tokens >= 1.0:
        state.tokens = tokens - 1.0
        return True
    state.tokens = tokens
    return False
