"""``policy explain``: each rule of a policy with its rate, volume share, projected savings and reason.

Volumes are the last window's per-second rates from the pattern catalog view; the savings
arithmetic is the estimate's own (severe records always kept, ``max_per_second`` caps), so
explain and the stored estimate agree.
"""

from __future__ import annotations

from otlp_sampler.admin.models import Explanation, PatternView, RuleExplanation
from otlp_sampler.analyze.volume import PatternVolume
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.policy.estimate import BYTES_PER_GB, SECONDS_PER_MONTH, kept_share

ALL_SERVICES = "*"


def explain_policy(doc: PolicyDocument, patterns: list[PatternView], *, price_per_gb: float) -> Explanation:
    """Rows for every pattern rule and every default rate, heaviest projected savings first."""
    seen = {(p.service, p.pattern_id): p for p in patterns if p.bytes_per_s is not None}
    bytes_in = sum(p.bytes_per_s or 0.0 for p in seen.values())
    monthly = SECONDS_PER_MONTH / BYTES_PER_GB * price_per_gb
    rows: list[RuleExplanation] = []

    def row(service: str, pattern_id: str | None, template: str, rate: float, cap: float | None,
            reason: str, covered: list[PatternView], known: PatternView | None = None) -> RuleExplanation:
        tier = {"tier": known.tier, "tier_reason": known.tier_reason} if known is not None else {}
        if not covered:
            return RuleExplanation(service=service, pattern_id=pattern_id, template=template, rate=rate,
                                   max_per_second=cap, reason=reason, **tier)
        records = sum(p.records_per_s or 0.0 for p in covered)
        size = sum(p.bytes_per_s or 0.0 for p in covered)
        saved = sum((p.bytes_per_s or 0.0) * (1.0 - kept_share(_as_volume(p), rate, cap, 1.0))
                    for p in covered)
        return RuleExplanation(
            service=service, pattern_id=pattern_id, template=template, rate=rate, max_per_second=cap,
            reason=reason, **tier, records_per_s=records, bytes_per_s=size,
            volume_share=size / bytes_in if bytes_in else 0.0, saved_bytes_per_s=saved,
            saved_per_month=saved * monthly,
        )

    named = {(s, p) for s, sp in doc.services.items() for p in sp.patterns}
    by_key = {(p.service, p.pattern_id): p for p in patterns}
    for service, service_policy in sorted(doc.services.items()):
        for pattern_id, rule in sorted(service_policy.patterns.items()):
            volume = seen.get((service, pattern_id))
            rows.append(row(service, pattern_id, rule.template or (volume.template if volume else ""),
                            rule.rate, rule.max_per_second, rule.reason, [volume] if volume else [],
                            by_key.get((service, pattern_id))))
        if service_policy.default_rate is not None:
            rest = [p for key, p in seen.items() if key[0] == service and key not in named]
            rows.append(row(service, None, "(patterns without a rule)", service_policy.default_rate, None,
                            "service default rate", rest))
    if doc.default_rate is not None:
        with_default = {s for s, sp in doc.services.items() if sp.default_rate is not None}
        rest = [p for key, p in seen.items() if key not in named and key[0] not in with_default]
        rows.append(row(ALL_SERVICES, None, "(patterns without a rule)", doc.default_rate, None,
                        "global default rate", rest))
    rows.sort(key=lambda r: (-(r.saved_bytes_per_s or 0.0), r.service, r.pattern_id or ""))
    saved = sum(r.saved_bytes_per_s or 0.0 for r in rows)
    return Explanation(version=doc.version, generator_kind=doc.generator.kind, price_per_gb=price_per_gb,
                       bytes_in_per_s=bytes_in, saved_bytes_per_s=saved, saved_per_month=saved * monthly,
                       rules=rows)


def _as_volume(view: PatternView) -> PatternVolume:
    # One second of the pattern: kept_share is linear in the counts, so rates serve as counts.
    return PatternVolume(
        service=view.service, pattern_id=view.pattern_id, template=view.template,
        records=view.records_per_s or 0.0, bytes=view.bytes_per_s or 0.0,
        kept_records=view.kept_records_per_s or 0.0, kept_bytes=view.kept_bytes_per_s or 0.0,
        severities=(), severe_records=view.severe_records_per_s or 0.0, per_interval=0.0,
    )
