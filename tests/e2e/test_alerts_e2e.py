"""Alerts in the running proxy: a new ERROR pattern arrives over OTLP, the side loop raises an
alert, and a webhook that hangs or refuses connections slows neither sampling nor the loop."""

from __future__ import annotations

import pytest

import otlp_sampler.app as app_module
from tests.e2e.harness import running_proxy
from tests.e2e.traffic import Admin, OtlpGrpc, logs_request
from tests.peers.sinks import HttpSink, bodies
from tests.peers.waiting import eventually, free_port
from tests.peers.webhook_receiver import Reply, WebhookReceiver

pytestmark = pytest.mark.e2e

INTERVAL = 0.3
LEDGER = [(f"ledger write failed for account {i}: quota exceeded", 17) for i in range(3)]


def web(*extra: tuple[str, int]) -> dict:
    """A request of steady health checks (and ``extra`` records) from the service web."""
    return {"web": [*extra, *((f"GET /health {i % 50}ms 200", 9) for i in range(200))]}


@pytest.mark.parametrize("webhook", ["hangs", "refuses"])
async def test_a_dead_webhook_slows_neither_sampling_nor_the_side_loop(webhook, monkeypatch):
    # The stop at the end would give the dead webhook its whole shutdown grace (2 s) to take
    # the pending alert; what a stop does with it is tests/alerts' subject, not this one's.
    monkeypatch.setattr(app_module, "ALERTS_GRACE", 0.1)
    async with HttpSink() as sink, WebhookReceiver(default=Reply(hang=True)) as stuck:
        url = stuck.url if webhook == "hangs" else f"http://127.0.0.1:{free_port()}/hook"
        config = {
            "exporter": {"protocol": "http/protobuf", "endpoint": sink.logs_url},
            "analysis": {"enabled": True, "interval": INTERVAL},
            # A hanging webhook holds each attempt for 30 s; one refusing connections is retried for a minute.
            "alerts": {"webhooks": [{"url": url, "name": "pager", "timeout": "30s"}],
                       "retry": {"initial_interval": "50ms", "max_interval": "200ms",
                                 "max_elapsed_time": "1m"}},
        }
        async with running_proxy(config) as app, OtlpGrpc(app.ports["grpc"]) as client, \
                Admin(app.ports["admin"]) as admin:
            async def learnt() -> bool:
                await client.send(logs_request(web()))
                return app.loop.fleet_baselines is not None and app.loop.fleet_baselines.windows >= 2

            await eventually(learnt, what="two cycles of steady traffic")
            await client.send(logs_request(web(*LEDGER)))

            async def new_patterns() -> list[dict]:
                # Only the new pattern's alert is the subject here: the health checks are sent as
                # fast as the polls run, so on a loaded machine their rate may move enough between
                # cycles to raise a burst alert as well, which would be right.
                alerts = await admin.get("/api/v1/alerts")
                return [alert for alert in alerts if alert["kind"] == "new_pattern"]

            [alert] = await eventually(new_patterns, what="the new pattern's alert")
            assert alert["template"].startswith("ledger write failed")
            if webhook == "hangs":
                await stuck.wait_for(1)  # the delivery is in flight, and stays so

            # Meanwhile every request is sampled and forwarded, and the loop keeps cycling.
            windows = app.loop.fleet_baselines.windows
            for n in range(100, 105):  # the alert's pattern again: kept (ERROR), in its cooldown
                record = f"ledger write failed for account {n}: quota exceeded"
                await client.send(logs_request(web((record, 17))))
                await sink.wait_for(lambda record=record: record in bodies(sink.records()),
                                    what=f"{record!r} forwarded")
            await eventually(lambda: app.loop.fleet_baselines.windows >= windows + 3,
                             what="three more cycles")
            [alert] = await new_patterns()
            assert alert["delivery"][0]["webhook"] == "pager" and alert["delivery"][0]["status"] == "pending"
            assert await admin.metric("otlp_sampler_alert_queue") == 0  # taken, in flight
