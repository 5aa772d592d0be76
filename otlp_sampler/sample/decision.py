"""The keep/drop decision for one record, shared by the proxy's processor and the SDK.

``body_level(state, text)`` is the severity a record without one states in its body.
``decider(...)`` binds what is fixed for a batch (the proxy) or for a moment (the SDK: it
builds a new one when the floor interval turns) and returns ``decide(state, severity,
exempt, record) -> rule | DROP | CAPPED``: the first match of the decision order
(docs/policy-format.md § The decision, per record), the draw, the interval floor and the
``max_per_second`` cap, over a pattern's :class:`~otlp_sampler.sample.state.PatternState`.
Whoever calls it has found the pattern and refreshed its state for the policy in force;
what happens to a kept or dropped record (annotation, counters, summaries) is the caller's.
This module imports nothing of the proxy's server stack: the SDK runs it inside apps.
"""

from __future__ import annotations

from collections.abc import Callable

from otlp_sampler.meaning.levels import plan_levels
from otlp_sampler.sample.annotate import BURST, EXEMPT, NOVEL, PATTERN, SEVERITY

# decide() answers the rule that keeps a record (a RULES index, >= 0; the record's rate is
# then state.kept_rate), or one of these: dropped, or drawn and then refused by max_per_second.
DROP, CAPPED = -1, -2
LOW_64 = (1 << 64) - 1
_INV_2_64 = 1.0 / (1 << 64)

Decide = Callable[[object, int, bool, object], int]


def body_level(state, text: str) -> int:
    """The level a record that carries no severity states in its body (docs/patterns.md): the
    plan of its pattern's template, read again when the template generalised (``state.pattern``
    is the miner's live pattern), and the plan's probe of ``text`` where the level is a
    variable; 0 when it states none. The caller adds what a structured body's members say."""
    template = state.pattern.text
    if template is not state.level_template:
        plan = plan_levels(template)
        state.level, state.level_probe, state.level_template = plan.level, plan.probe, template
    probe = state.level_probe
    if probe is not None:
        return probe(text) or state.level
    return state.level


def decider(*, keep_severity: int, now_wall: float, floor_index: int, draw: Callable[[], float],
            clock: Callable[[], float]) -> Decide:
    """``decide`` for records decided at wall time ``now_wall`` in floor interval ``floor_index``.

    ``floor_index`` is -1 when the floor is off (it then equals every state's ``kept_in``);
    ``draw`` is the seeded random draw for records without a trace id; ``clock`` (monotonic
    seconds) refills the token buckets of capped patterns. ``record`` is anything with a
    ``trace_id``: bytes as OTLP carries it (16, or none), or an int as the OpenTelemetry SDK
    holds it (0: none).
    """
    from_bytes = int.from_bytes

    def decide(state, severity: int, exempt: bool, record) -> int:
        # Every kept record, whatever kept it, is the pattern's record of this floor interval.
        if severity >= keep_severity:
            state.kept_in = floor_index
            state.kept_rate = 1.0
            return SEVERITY
        if exempt:
            state.kept_in = floor_index
            state.kept_rate = 1.0
            return EXEMPT
        drop = state.drop
        if drop is not None:
            rule = PATTERN
            rate = drop
        elif state.burst_until > now_wall:
            state.kept_in = floor_index
            state.kept_rate = 1.0
            return BURST
        elif state.novel_left:
            state.novel_left -= 1
            state.kept_in = floor_index
            state.kept_rate = 1.0
            return NOVEL
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
        if rate < 1.0:
            if rate <= 0.0:
                return DROP
            # A trace id's low 8 bytes are random (W3C); none, or all zeros (an invalid id some
            # clients send for "no trace"), take the seeded draw.
            trace_id = record.trace_id  # read only here: most records are never drawn
            bits = (trace_id if trace_id.__class__ is int else from_bytes(trace_id, "big")) & LOW_64
            if (bits * _INV_2_64 if bits else draw()) >= rate:
                return DROP
        # The interval's floor record passes the cap (a drop-rule record never is one).
        if (rule == PATTERN and state.max_per_second
                and (state.kept_in == floor_index or drop is not None)
                and not take_token(state, clock())):
            return CAPPED
        state.kept_in = floor_index
        state.kept_rate = rate
        return rule

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
