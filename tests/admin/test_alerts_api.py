"""GET /api/v1/alerts over a real store, filled by the real alerter."""

from __future__ import annotations

from otlp_sampler.alerts import AlertRecord
from tests.alerts.helpers import NOW, STEADY, alerter, anomalies, new_error, with_rows


async def raise_alerts(store) -> list[AlertRecord]:
    """Two new ERROR patterns in checkout, one in billing, then a burst of jobs."""
    alerts = alerter(store)
    raised = await alerts.handle(*anomalies(STEADY, with_rows(*new_error(2))), NOW)
    raised += await alerts.handle(*anomalies(STEADY, with_rows(*new_error(1, service="billing"))), NOW + 1)
    burst = [row if row[0] != "jobs" else (*row[:3], 3000, *row[4:]) for row in STEADY]
    raised += await alerts.handle(*anomalies(STEADY, burst), NOW + 2)
    return raised


async def test_alerts_newest_first_with_what_the_console_shows(admin):
    raised = await raise_alerts(admin.proxy.store)
    status, body, _ = await admin.get("/api/v1/alerts")
    assert status == 200
    assert [a["id"] for a in body] == sorted((r.id for r in raised), reverse=True)
    newest = body[0]
    assert newest["kind"] == "burst" and newest["service"] == "jobs"
    for field in ("id", "kind", "service", "pattern_id", "template", "raised_at", "counts", "examples",
                  "explanation", "explanation_status", "delivery", "summary", "first_seen", "severity"):
        assert field in newest
    assert AlertRecord.model_validate(newest) == raised[-1]


async def test_alerts_filter_by_service_kind_and_limit(admin):
    await raise_alerts(admin.proxy.store)
    _, checkout, _ = await admin.get("/api/v1/alerts?service=checkout")
    assert {a["service"] for a in checkout} == {"checkout"} and len(checkout) == 2
    _, bursts, _ = await admin.get("/api/v1/alerts?kind=burst")
    assert [a["kind"] for a in bursts] == ["burst"]
    _, one, _ = await admin.get("/api/v1/alerts?limit=1")
    assert len(one) == 1
    status, body, _ = await admin.get("/api/v1/alerts?kind=meltdown")
    assert status == 422 and "new_pattern" in str(body)
    assert (await admin.get("/api/v1/alerts?limit=0"))[0] == 422


async def test_no_alerts_is_an_empty_list(admin):
    assert (await admin.get("/api/v1/alerts"))[:2] == (200, [])
