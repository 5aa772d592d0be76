"""What the admin API answers: pydantic models, so /docs shows every field."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class Readiness(BaseModel):
    ready: bool
    reasons: list[str] = Field(default_factory=list, description="why the proxy is not ready")
    degraded: list[str] = Field(default_factory=list, description=(
        "what works less well while the proxy stays ready, e.g. the store unreachable: "
        "sampling goes on with the policy in force"))


class Problem(BaseModel):
    """An error answer: ``detail`` says what went wrong, ``problems`` lists each one found."""

    detail: str
    problems: list[str] = Field(default_factory=list)


class HistoryEntry(BaseModel):
    version: int
    created_at: datetime
    generator_kind: str
    generator_model: str | None = None
    target_reduction: float | None = None
    estimated_reduction: float | None = Field(default=None, description="estimate.reduction of that version")
    rules: int = Field(description="pattern rules in the policy")
    rollback_of: int | None = Field(default=None, description="for a rollback: the version it restored")


class PatternView(BaseModel):
    """A pattern from the catalog: its totals since the first record (every replica, kept across
    restarts), how it is sampled now, and its volume in the last analysis window when known."""

    service: str
    pattern_id: str
    template: str
    first_seen: datetime | None = Field(default=None, description="None: seen but not yet in the catalog")
    last_seen: datetime | None = None
    records_received: int = Field(default=0, description="since the first record, all replicas")
    bytes_received: int = 0
    records_kept: int = 0
    bytes_kept: int = 0
    records_dropped: int = Field(default=0, description="sampled out; summary records account for them")
    bytes_dropped: int = 0
    severities: dict[str, int] = Field(default_factory=dict, description="records received per severity")
    kept_by_rule: dict[str, int] = Field(
        default_factory=dict, description="records kept, per rule that kept them (severity, pattern...)")
    rule: str | None = Field(default=None, description=(
        "what samples its records below keep_severity in this process now: pattern, default, dynamic "
        "or drop; None when this process has not seen it"))
    rate: float | None = Field(default=None, description="that rule's keep probability now")
    new: bool = Field(default=False, description="first seen in the last 15 minutes")
    bursting: bool = Field(default=False, description="kept in full now: its volume jumped over its baseline")
    records_per_s: float | None = Field(default=None, description="last window; None when not seen in it")
    bytes_per_s: float | None = None
    kept_records_per_s: float | None = None
    kept_bytes_per_s: float | None = None
    severe_records_per_s: float | None = Field(
        default=None, description="records at or above sampling.keep_severity (always kept)"
    )
    max_severity: str | None = None
    tier: str = Field(default="routine", description="importance tier: critical, important, routine or noise")
    tier_reason: str = Field(default="", description="why: the topic and the words that decided it")


class PatternDetail(PatternView):
    """One pattern with examples of what was kept, redacted as for the LLM."""

    examples: list[str] = Field(default_factory=list, description="kept bodies, current and last window")


class Series(BaseModel):
    """Per-minute counts, one value per entry of the answer's ``t``."""

    records_in: list[int]
    records_out: list[int]
    bytes_in: list[int]
    bytes_out: list[int]


class PatternSeries(Series):
    service: str
    pattern_id: str
    template: str = ""


class Timeseries(BaseModel):
    """Records and bytes in and out, one point a minute (the last one still filling)."""

    step_seconds: int = 60
    now: float = Field(description="epoch seconds when answered: the last minute has run this long")
    price_per_gb: float
    t: list[int] = Field(description="epoch seconds at each minute's start, oldest first")
    total: Series
    services: dict[str, Series]
    patterns: list[PatternSeries] = Field(default_factory=list, description=(
        "with pattern_id, that pattern; with patterns=true, every pattern with a point (the heaviest "
        "accounting.patterns_per_minute of each minute have one)"))


class ServiceSavings(BaseModel):
    service: str
    records_in: float
    records_out: float
    bytes_in: float
    bytes_out: float
    reduction: float = Field(description="share of bytes not forwarded, 0..1")


class SavingsPeriod(BaseModel):
    """Totals over ``seconds``; per-second rates and cost per month follow from them."""

    seconds: float
    records_in: float
    records_out: float
    bytes_in: float
    bytes_out: float
    reduction: float = Field(description="share of bytes not forwarded, 0..1")
    records_reduction: float = Field(description="share of records not forwarded, 0..1")
    cost_per_month_in: float = Field(description="what the input volume would cost per month at price_per_gb")
    cost_per_month_out: float
    cost_per_month_saved: float
    services: list[ServiceSavings] = Field(default_factory=list)


class LLMSpending(BaseModel):
    """What the model cost since start (every worker's), and what it decided."""

    prompt_tokens: float
    completion_tokens: float
    cost: float = Field(description="at policy_generator.llm's prices per 1k tokens")
    budget_left: float | None = Field(description="tokens left of llm.max_tokens_per_hour this hour; "
                                                  "None without a limit")
    budget_refusals: float = Field(description="calls not made: the hour's budget was spent")
    verdicts: dict[str, float] = Field(description="tier verdicts by source: model, cache, guarded, "
                                                   "refused, distrusted, failed")
    awaiting_tier: float = Field(description="new patterns on their deterministic tier, waiting for "
                                             "the model")


class Savings(BaseModel):
    price_per_gb: float
    since_start: SavingsPeriod
    last_window: SavingsPeriod | None = Field(default=None, description="the last analysis window, if any")
    llm: LLMSpending | None = Field(default=None, description="the model's spending; None without a model")


class RuleExplanation(BaseModel):
    service: str
    pattern_id: str | None = Field(description="None for a service's default rate")
    template: str
    rate: float
    max_per_second: float | None = None
    reason: str
    tier: str | None = Field(default=None, description="the pattern's importance tier; None for defaults")
    tier_reason: str | None = None
    records_per_s: float | None = Field(default=None, description="None when the pattern was not seen lately")
    bytes_per_s: float | None = None
    volume_share: float | None = Field(default=None, description="share of all input bytes, 0..1")
    saved_bytes_per_s: float | None = None
    saved_per_month: float | None = Field(default=None, description="at admin.price_per_gb")


class Explanation(BaseModel):
    version: int
    generator_kind: str
    price_per_gb: float
    bytes_in_per_s: float = Field(description="all patterns seen in the last window")
    saved_bytes_per_s: float
    saved_per_month: float
    rules: list[RuleExplanation]
