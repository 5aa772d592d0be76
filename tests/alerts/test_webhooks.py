"""Alerts told to a real HTTP webhook receiver: the JSON and Slack payloads, retries, dead receivers."""

from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime

from otlp_sampler.store import MemoryStore
from tests.alerts.helpers import AWS_KEY, NOW, STEADY, alerter, anomalies, new_error, sample, with_rows
from tests.peers.waiting import eventually, free_port
from tests.peers.webhook_receiver import SECRET_PATH, Reply, WebhookReceiver


@contextlib.asynccontextmanager
async def running(store=None, **config):
    """A started alerter over ``store`` (a MemoryStore by default)."""
    store = store or MemoryStore()
    alerts = alerter(store, **config)
    await alerts.start()
    try:
        yield alerts
    finally:
        await alerts.stop(grace=0.2)


async def raise_new_errors(alerts, n: int = 1, *, service: str = "checkout"):
    found, volumes = anomalies(STEADY, with_rows(*new_error(n, service)))
    return await alerts.handle(found, volumes, NOW)


async def history(store, **filters):
    return await store.alerts(**filters)


async def settled(store, count: int = 1):
    """The history once every delivery of the newest ``count`` alerts has an outcome."""
    async def done():
        rows = await store.alerts(limit=count)
        return rows if len(rows) == count and all(
            d["status"] != "pending" for row in rows for d in row["delivery"]) else None

    return await eventually(done, what="final delivery statuses in the history")


async def test_the_json_payload_says_what_happened_with_redacted_examples():
    store = MemoryStore()
    await store.upsert_patterns([("checkout", f"{0xe1:016x}", "ledger write 0 failed: <*>", NOW - 30)])
    async with WebhookReceiver() as hook, running(store, webhooks=[
            {"url": hook.url, "headers": {"Authorization": "Bearer hook-token"}}]) as alerts:
        [raised] = await raise_new_errors(alerts)
        [request] = await hook.wait_for(1)
    body = request.body
    assert request.path == SECRET_PATH
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == "Bearer hook-token"
    assert body["source"] == "otlp-sampler" and body["id"] == raised.id == 1
    assert (body["kind"], body["service"], body["pattern_id"]) == ("new_pattern", "checkout", f"{0xe1:016x}")
    assert body["template"] == "ledger write 0 failed: <*>" and body["severity"] == "ERROR"
    assert body["summary"] == "new ERROR pattern in checkout: 12 records in 60 s"
    assert body["examples"] == ["ledger write 0 failed: key <api-key> rejected"]
    assert AWS_KEY not in str(body)
    assert body["counts"]["records"] == 12 and body["counts"]["window_seconds"] == 60
    assert body["counts"]["service_records"] == 6042 and body["counts"]["baseline_per_s"] is None
    assert datetime.fromisoformat(body["first_seen"]) == datetime.fromtimestamp(NOW - 30, UTC)
    assert datetime.fromisoformat(body["raised_at"]) == datetime.fromtimestamp(NOW, UTC)
    assert body["explanation"] is None and body["explanation_status"] == "off"
    assert "delivery" not in body
    [row] = await settled(store)
    assert row["delivery"] == [{"webhook": "127.0.0.1", "format": "json", "status": "sent", "attempts": 1,
                                "error": None, "sent_at": row["delivery"][0]["sent_at"]}]


async def test_the_slack_payload_is_text_with_log_text_escaped():
    hostile = ("checkout", "00000000000000e9", "user <*> said <*>", 6, 17,
               ["user 5 said <!channel> look at <https://evil.example|your bank> ```done``` & more"])
    found, volumes = anomalies(STEADY, with_rows(hostile))
    async with WebhookReceiver() as hook, running(webhooks=[{"url": hook.url, "format": "slack"}]) as alerts:
        await alerts.handle(found, volumes, NOW)
        [request] = await hook.wait_for(1)
    assert list(request.body) == ["text"]
    text = request.body["text"]
    assert text.startswith(":rotating_light: *new ERROR pattern in checkout: 6 records in 60 s*\n")
    assert "user &lt;*&gt; said &lt;*&gt;" in text  # the template's placeholders are not Slack markup
    assert "&lt;!channel&gt;" in text and "<!channel>" not in text
    assert "&lt;https://evil.example|your bank&gt;" in text and "&amp; more" in text
    assert "'''done'''" in text  # backticks in a log line cannot close the code block
    assert text.count("```") == 4  # the template's block and the examples' block
    assert "alert #1" in text


async def test_a_500_is_retried_until_the_webhook_takes_the_alert():
    store = MemoryStore()
    async with WebhookReceiver() as hook, running(store, webhooks=[{"url": hook.url}]) as alerts:
        hook.script(500, 503)
        await raise_new_errors(alerts)
        requests = await hook.wait_for(3, answered=True)
        [row] = await settled(store)
    assert [r.status for r in requests] == [500, 503, 200]
    assert requests[0].body == requests[2].body  # the same alert, sent again
    assert row["delivery"][0]["status"] == "sent" and row["delivery"][0]["attempts"] == 3
    metrics = alerts.metrics
    assert sample(metrics, "alert_delivery_attempts_total", outcome="http_5xx") == 2
    assert sample(metrics, "alert_deliveries_total", kind="new_pattern", outcome="sent") == 1


async def test_a_429_waits_at_least_what_retry_after_asks():
    async with WebhookReceiver() as hook, running(webhooks=[{"url": hook.url}]) as alerts:
        hook.script(Reply(429, retry_after="1"))
        await raise_new_errors(alerts)
        first, second = await hook.wait_for(2)
    # The backoff alone would have waited ~20 ms.
    assert second.at - first.at >= 0.95


async def test_a_400_is_final():
    store = MemoryStore()
    async with WebhookReceiver(default=Reply(400, body="invalid_payload")) as hook, \
            running(store, webhooks=[{"url": hook.url, "format": "slack"}]) as alerts:
        await raise_new_errors(alerts)
        [row] = await settled(store)
    assert len(hook.requests) == 1
    assert row["delivery"][0] | {"sent_at": None} == {
        "webhook": "127.0.0.1", "format": "slack", "status": "failed", "attempts": 1,
        "error": "HTTP 400: invalid_payload", "sent_at": None}


async def test_a_webhook_nobody_listens_on_fails_after_the_retry_budget_and_others_still_get_alerts():
    store = MemoryStore()
    dead = f"http://127.0.0.1:{free_port()}/hook"
    async with WebhookReceiver() as hook, running(store, retry={"max_elapsed_time": "300ms"}, webhooks=[
            {"url": dead, "name": "dead"}, {"url": hook.url, "name": "alive"}]) as alerts:
        started = time.monotonic()
        await raise_new_errors(alerts)
        await hook.wait_for(1)
        alive_after = time.monotonic() - started
        [row] = await settled(store)
    by_name = {d["webhook"]: d for d in row["delivery"]}
    assert by_name["alive"]["status"] == "sent"
    assert by_name["dead"]["status"] == "failed" and by_name["dead"]["attempts"] >= 2
    assert by_name["dead"]["error"].startswith("connection failed")
    assert alive_after < 0.3, "the live webhook waited for the dead one"
    assert sample(alerts.metrics, "alert_delivery_attempts_total", outcome="connection") >= 2


async def test_a_webhook_that_hangs_times_out_and_holds_up_nobody():
    store = MemoryStore()
    async with WebhookReceiver(default=Reply(hang=True)) as stuck, WebhookReceiver() as hook, \
            running(store, retry={"max_elapsed_time": "1s"}, webhooks=[
                {"url": stuck.url, "name": "stuck", "timeout": "200ms"}, {"url": hook.url, "name": "alive"}],
            ) as alerts:
        started = time.monotonic()
        await raise_new_errors(alerts)
        handled = time.monotonic() - started
        await hook.wait_for(1)
        [row] = await settled(store)
    assert handled < 0.5, "raising an alert waited for a webhook"
    by_name = {d["webhook"]: d for d in row["delivery"]}
    assert by_name["alive"]["status"] == "sent"
    assert by_name["stuck"]["status"] == "failed" and by_name["stuck"]["error"] == "no answer within 0.2s"
    assert len(stuck.requests) >= 2
    assert sample(alerts.metrics, "alert_delivery_attempts_total", outcome="timeout") >= 2


async def test_a_full_queue_drops_the_delivery_and_says_so():
    store = MemoryStore()
    async with WebhookReceiver(default=Reply(hang=True)) as stuck, \
            running(store, queue_size=1, webhooks=[{"url": stuck.url, "timeout": "5s"}]) as alerts:
        await raise_new_errors(alerts, service="a")
        await stuck.wait_for(1)  # the first is in flight, the second waits, the third has no room
        await raise_new_errors(alerts, service="b")
        await raise_new_errors(alerts, service="c")

        async def statuses():
            rows = await store.alerts()
            found = sorted(row["delivery"][0]["status"] for row in rows)
            return found if found == ["dropped", "pending", "pending"] else None

        await eventually(statuses, what="one dropped delivery")
        assert sample(alerts.metrics, "alert_deliveries_total", kind="new_pattern", outcome="dropped") == 1
        assert sample(alerts.metrics, "alert_queue") == 1


async def test_at_shutdown_what_is_still_pending_is_marked_failed():
    store = MemoryStore()
    async with WebhookReceiver(default=Reply(hang=True)) as stuck:
        alerts = alerter(store, webhooks=[{"url": stuck.url, "timeout": "30s"}])
        await alerts.start()
        await raise_new_errors(alerts)
        await stuck.wait_for(1)
        await alerts.stop(grace=0.1)
    [row] = await store.alerts()
    assert row["delivery"][0]["status"] == "failed"
    assert row["delivery"][0]["error"] == "not delivered before shutdown"
