"""``otlp-sampler alerts`` against a real admin server whose store the real alerter filled."""

from __future__ import annotations

import asyncio
import json

from otlp_sampler.cli import main
from tests.admin.test_alerts_api import raise_alerts
from tests.alerts.helpers import NOW, STEADY, alerter, anomalies, new_error, with_rows
from tests.peers.waiting import free_port


async def cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = await asyncio.to_thread(main, ["alerts", *argv])
    out, err = capsys.readouterr()
    return code, out, err


async def test_the_table_the_full_view_and_json(admin, capsys):
    url = ["--admin", admin.url]
    code, out, _ = await cli(capsys, *url)
    assert (code, out.strip()) == (0, "no alerts raised yet")
    raised = await raise_alerts(admin.proxy.store)

    code, out, _ = await cli(capsys, *url)
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].split() == ["ID", "RAISED", "KIND", "SERVICE", "DELIVERY", "SUMMARY"]
    assert [line.split()[0] for line in lines[1:]] == [str(r.id) for r in reversed(raised)]
    assert "burst in jobs" in lines[1] and lines[1].split()[3] == "burst"

    code, out, _ = await cli(capsys, "--service", "billing", "--full", *url)
    assert code == 0
    assert "new ERROR pattern in billing" in out
    assert "template (00000000000000e1): ledger write 0 failed: <*>" in out
    assert "example: ledger write 0 failed: key <api-key> rejected" in out

    code, out, _ = await cli(capsys, "--kind", "new_pattern", "--limit", "2", "--json", *url)
    assert code == 0 and [a["kind"] for a in json.loads(out)] == ["new_pattern", "new_pattern"]
    code, out, _ = await cli(capsys, "--service", "nobody", *url)
    assert out.strip() == "no alerts matching the filters"


async def test_an_unreachable_admin_api_is_one_line(capsys):
    code, out, err = await cli(capsys, "--admin", f"http://127.0.0.1:{free_port()}")
    assert code == 1 and out == ""
    assert err.startswith("otlp-sampler alerts: cannot reach the admin API") and "Traceback" not in err


async def test_one_tenants_alerts_by_its_services_own_names(admin, capsys):
    tenant = "0123456789ab"  # a tenant's id (tenants.mode passthrough): its services are <id>/<name>
    await raise_alerts(admin.proxy.store)
    rows = with_rows(*new_error(1, service=f"{tenant}/billing"))
    await alerter(admin.proxy.store).handle(*anomalies(STEADY, rows), NOW + 3)
    code, out, _ = await cli(capsys, "--tenant", tenant, "--json", "--admin", admin.url)
    alerts = json.loads(out)
    assert code == 0 and [(a["service"], a["kind"]) for a in alerts] == [("billing", "new_pattern")]
    status, _, _ = await admin.get("/api/v1/alerts?tenant=not-a-tenant-id")
    assert status == 422


def test_every_kind_of_anomaly_can_be_asked_for():
    # The command spells the kinds out so as not to import the analysis (and pydantic with it).
    from otlp_sampler.analyze.anomalies import AnomalyKind
    from otlp_sampler.commands.alerts import KINDS

    assert sorted(KINDS) == sorted(kind.value for kind in AnomalyKind)
