"""The side loop with the real processor tells the alerter of the fleet's anomalies, on the leader only."""

from __future__ import annotations

from otlp_sampler.store import MemoryStore
from tests.alerts.helpers import alerter, sample
from tests.peers.webhook_receiver import WebhookReceiver
from tests.policygen.test_loop import INTERVAL, Clock, Rig

LEDGER = [(f"ledger write failed for account {i}: quota exceeded", 17) for i in range(4)]
COUPONS = [(f"coupon {i} applied to cart", 9) for i in range(40)]


def quiet_minute(rig: Rig) -> None:
    rig.send("web", [(f"GET /health {i % 97}ms 200", 9) for i in range(3000)])
    rig.send("web", [(f"payment failed for order {i}", 17) for i in range(5)])


async def test_the_leader_alerts_on_a_new_error_pattern_with_examples_from_the_window():
    clock = Clock()
    store = MemoryStore(clock=clock)
    leader, follower = Rig(store=store, clock=clock), Rig(store=store, clock=clock)
    async with WebhookReceiver() as hook:
        alerts = {rig: alerter(store, metrics=rig.metrics, webhooks=[{"url": hook.url}])
                  for rig in (leader, follower)}
        for rig, each in alerts.items():
            rig.loop.alerts = each
            await each.start()
        try:
            for rig in (leader, follower):  # one quiet minute: the baselines learn the traffic
                quiet_minute(rig)
            clock.now += INTERVAL
            for rig in (leader, follower):  # the first to ask takes the leader lock
                await rig.loop.run_once()
            for rig in (leader, follower):
                quiet_minute(rig)
                rig.send("web", LEDGER)
                rig.send("web", COUPONS)
            clock.now += INTERVAL
            for rig in (follower, leader):  # the follower's window is in the store when the leader merges
                await rig.loop.run_once()
            [request] = await hook.wait_for(1)
        finally:
            for each in alerts.values():
                await each.stop(grace=0.2)
    body = request.body
    assert (body["kind"], body["service"], body["severity"]) == ("new_pattern", "web", "ERROR")
    assert body["template"].startswith("ledger write failed for account")
    assert body["examples"] and all(e.startswith("ledger write failed for account") for e in body["examples"])
    assert body["counts"]["records"] == 8  # both replicas' windows, merged by the leader
    assert body["first_seen"] is not None
    assert len(hook.requests) == 1  # the coupon pattern is new but INFO; the follower raises nothing
    assert sample(follower.metrics, "alerts_total", kind="new_pattern", outcome="raised") == 0
    assert [row["id"] for row in await store.alerts()] == [body["id"]]
