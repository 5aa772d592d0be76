"""One tenant's view of the admin API (``?tenant=<id>``, ``tenants.mode: passthrough``).

With tenants the sampler's services are ``<tenant>/<service>`` (tenants.py): patterns,
policy rules, savings, minute series and alerts all carry that key. ``?tenant=<id>``
narrows an answer to that tenant's services and shows them by their own name, as a proxy
of its own would; a policy written with ``?tenant=`` replaces that tenant's services in
the policy in force and leaves every other tenant's as they are. The id is the tenant's
hash (``otlp_sampler_tenant_records_total`` lists them), never its token.
"""

from __future__ import annotations

from otlp_sampler.admin.models import PatternView, Savings, SavingsPeriod, Series, ServiceSavings, Timeseries
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.policy.estimate import BYTES_PER_GB, SECONDS_PER_MONTH

TENANT_PATTERN = r"^[0-9a-f]{12}$"  # a tenant id: tenants.ID_LENGTH hex digits


def scoped(tenant: str | None, service: str | None) -> str | None:
    """The sampler's key of a tenant's ``service`` (unchanged without a tenant)."""
    return f"{tenant}/{service}" if tenant and service is not None else service


def owns(tenant: str, service: str) -> bool:
    return service.startswith(f"{tenant}/")


def local(tenant: str, service: str) -> str:
    return service[len(tenant) + 1:]


def policy_view(doc: PolicyDocument, tenant: str) -> PolicyDocument:
    """The policy as it applies to ``tenant``: its services only, by their own names."""
    services = {local(tenant, name): rules for name, rules in doc.services.items() if owns(tenant, name)}
    return doc.model_copy(update={"services": services}, deep=True)


def policy_merged(current: PolicyDocument | None, tenant: str, doc: PolicyDocument) -> PolicyDocument:
    """``current`` with ``tenant``'s services replaced by ``doc``'s. The document-wide
    settings (``default_rate``, ``target_reduction``) stay the current ones: they apply to
    every tenant (a tenant sets its own defaults per service)."""
    others = {name: rules for name, rules in (current.services if current else {}).items()
              if not owns(tenant, name)}
    mine = {scoped(tenant, name): rules for name, rules in doc.services.items()}
    base = current if current is not None else PolicyDocument()
    return base.model_copy(update={"services": {**others, **mine}}, deep=True)


def patterns_view(patterns: list[PatternView], tenant: str) -> list[PatternView]:
    return [p.model_copy(update={"service": local(tenant, p.service)})
            for p in patterns if owns(tenant, p.service)]


def savings_view(savings: Savings, tenant: str) -> Savings:
    price = savings.price_per_gb

    def period(whole: SavingsPeriod | None) -> SavingsPeriod | None:
        if whole is None:
            return None
        rows = [row.model_copy(update={"service": local(tenant, row.service)})
                for row in whole.services if owns(tenant, row.service)]
        return _period(whole.seconds, rows, price)

    return savings.model_copy(update={"since_start": period(savings.since_start),
                                      "last_window": period(savings.last_window)})


def timeseries_view(series: Timeseries, tenant: str) -> Timeseries:
    """Its services (and patterns) only; its total is the sum of its services."""
    services = {local(tenant, name): s for name, s in series.services.items() if owns(tenant, name)}
    total = Series(**{field: [sum(values) for values in zip(*(getattr(s, field) for s in services.values()),
                                                            strict=True)] or [0] * len(series.t)
                      for field in ("records_in", "records_out", "bytes_in", "bytes_out")})
    patterns = [p.model_copy(update={"service": local(tenant, p.service)})
                for p in series.patterns if owns(tenant, p.service)]
    return series.model_copy(update={"services": services, "total": total, "patterns": patterns})


def _period(seconds: float, rows: list[ServiceSavings], price_per_gb: float) -> SavingsPeriod:
    records_in = sum(r.records_in for r in rows)
    records_out = sum(r.records_out for r in rows)
    bytes_in = sum(r.bytes_in for r in rows)
    bytes_out = sum(r.bytes_out for r in rows)
    monthly = SECONDS_PER_MONTH / BYTES_PER_GB * price_per_gb / max(seconds, 1e-6)
    return SavingsPeriod(
        seconds=seconds, records_in=records_in, records_out=records_out, bytes_in=bytes_in,
        bytes_out=bytes_out,
        reduction=_reduction(bytes_in, bytes_out), records_reduction=_reduction(records_in, records_out),
        cost_per_month_in=bytes_in * monthly, cost_per_month_out=bytes_out * monthly,
        cost_per_month_saved=(bytes_in - bytes_out) * monthly, services=rows)


def _reduction(before: float, after: float) -> float:
    return max(0.0, 1.0 - after / before) if before > 0 else 0.0
