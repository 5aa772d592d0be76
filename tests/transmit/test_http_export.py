"""OTLP/HTTP export through the queue against the real recording sink: the spec's failure rules."""

from __future__ import annotations

from collections import Counter

import pytest

from otlp_sampler.redact import mask_url
from otlp_sampler.transmit import ExportQueue, Outcome, build_exporter
from otlp_sampler.transmit.http_exporter import HttpExporter, logs_url
from otlp_sampler.transmit.retry import parse_retry_after
from tests.peers.certs import make_pki, server_ssl_context
from tests.peers.sinks import HttpSink, Reply, http_date, make_request
from tests.peers.waiting import eventually as wait_until
from tests.peers.waiting import free_port
from tests.transmit.conftest import exporter_config, records_by_outcome, sample


async def run_queue(config, metrics):
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    return queue


async def test_503_twice_then_200_loses_nothing(metrics):
    async with HttpSink(token="tok") as sink:
        sink.script(503, 503)
        config = exporter_config(sink.posthog_url, headers={"Authorization": "Bearer tok"})
        queue = await run_queue(config, metrics)
        await queue.put(make_request(300), 300)
        records = await sink.wait_for_records(300)
        await queue.stop(5)
    assert sorted(r.body.string_value for r in records) == sorted(f"record {i}" for i in range(300))
    assert [r.status for r in sink.received] == [503, 503, 200]
    assert records_by_outcome(metrics, "delivered") == 300
    assert queue.depth_records == 0


async def test_a_burst_of_500s_loses_nothing_and_on_http_500_zero_drops_at_once(metrics):
    """PostHog and load balancers answer transient 500s: retried (bounded), not dropped."""
    async with HttpSink() as sink:
        sink.script(500, 500, 500)
        queue = await run_queue(exporter_config(sink.logs_url), metrics)
        await queue.put(make_request(300), 300)
        records = await sink.wait_for_records(300)
        await queue.stop(5)
    assert len(records) == 300 and [r.status for r in sink.received] == [500, 500, 500, 200]
    assert records_by_outcome(metrics, "rejected") == 0
    async with HttpSink() as sink:
        sink.script(500)
        queue = await run_queue(exporter_config(sink.logs_url, retry={"on_http_500": 0}), metrics)
        await queue.put(make_request(7), 7)
        await wait_until(lambda: records_by_outcome(metrics, "rejected") == 7, what="the rejection")
        await queue.stop(5)
    assert sink.total_requests == 1


async def test_429_retry_after_is_honoured(metrics):
    async with HttpSink() as sink:
        sink.script(Reply(429, retry_after=1))
        queue = await run_queue(exporter_config(sink.logs_url), metrics)
        await queue.put(make_request(5), 5)
        await sink.wait_for_records(5)
        await queue.stop(5)
    first, second = sink.received
    # Our own backoff would have retried after ~0.02s; the sink asked for a full second.
    assert first.status == 429 and second.status == 200
    assert second.at - first.at >= 0.95


def test_retry_after_forms():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("  0.5 ") == 0.5
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert 8 <= parse_retry_after(http_date(10)) <= 10.5
    assert parse_retry_after(http_date(-60)) == 0.0


async def test_400_is_not_retried(metrics):
    async with HttpSink() as sink:
        sink.script(Reply(400, message="bad attribute"))
        queue = await run_queue(exporter_config(sink.logs_url), metrics)
        await queue.put(make_request(7), 7)
        await wait_until(lambda: records_by_outcome(metrics, "rejected") == 7, what="the rejection")
        await queue.put(make_request(3, body="after {i}"), 3)
        records = await sink.wait_for_records(3)
        await queue.stop(5)
    assert [r.body.string_value for r in records] == ["after 0", "after 1", "after 2"]
    assert sink.total_requests == 2  # the refused batch was sent once
    assert "bad attribute" in queue.last_error
    assert queue.depth_records == 0


async def test_401_marks_auth_failed_without_hot_loop_and_recovers(metrics):
    async with HttpSink() as sink:
        sink.default = Reply(401)
        config = exporter_config(sink.logs_url, retry={"max_interval": 0.5})
        queue = await run_queue(config, metrics)
        await queue.put(make_request(20), 20)
        await sink.wait_for_requests(2, timeout=5)
        assert queue.auth_failed and not queue.healthy
        first, second = sink.received[:2]
        # Probed once per max_interval (0.5s, jitter 10%), not in a hot loop.
        assert second.at - first.at >= 0.44
        sink.default = Reply(200)  # the token was fixed upstream
        records = await sink.wait_for_records(20, timeout=5)
        await queue.stop(5)
    assert len(records) == 20  # held, not dropped
    assert not queue.auth_failed
    assert records_by_outcome(metrics, "rejected") == 0


KEY = "phc_Zq8xLmN3vB7rT2yW5kP9dF4hJ6sA1cE0"  # what the proxy sends upstream
CUSTOM = "tenant-sekret-7f3k2m9x"  # a credential no pattern knows


async def test_an_upstream_echoing_our_credentials_never_shows_them(metrics, caplog):
    """A sink that echoes the request in its 401 body must not put our key in a log or /readyz."""
    echo = (f"invalid key. Authorization: Bearer {KEY}\nX-Custom: {CUSTOM}\n"
            f"url: /i/v1/logs?token={KEY}\n" + "trace " * 5000)
    async with HttpSink() as sink:
        sink.script(Reply(401, message=echo), Reply(400, message=echo))
        url = f"{sink.posthog_url}?token={KEY}"
        config = exporter_config(url, headers={"Authorization": f"Bearer {KEY}", "X-Custom": CUSTOM},
                                 retry={"max_interval": 0.05})
        queue = await run_queue(config, metrics)
        await queue.put(make_request(5), 5)
        await wait_until(lambda: queue.auth_failed, what="the 401")
        shown = [queue.last_error]
        await wait_until(lambda: records_by_outcome(metrics, "rejected") == 5, what="the 400")
        shown.append(queue.last_error)
        await queue.stop(5)
    shown.append(caplog.text)
    for text in shown:
        assert KEY not in text and CUSTOM not in text, text
        assert "invalid key" in text  # the upstream's explanation itself is kept
    assert all(len(line) < 600 for line in caplog.text.splitlines())  # capped, one line each
    assert "\nX-Custom" not in shown[0]


async def test_413_splits_the_batch_down_to_what_fits(metrics):
    async with HttpSink(max_records=100) as sink:
        queue = await run_queue(exporter_config(sink.logs_url), metrics)
        await queue.put(make_request(333), 333)
        records = await sink.wait_for_records(333)
        await queue.stop(5)
    bodies = Counter(r.body.string_value for r in records)
    assert len(bodies) == 333 and max(bodies.values()) == 1  # everything, once
    assert all(r.record_count <= 100 for r in sink.delivered)
    assert 413 in [r.status for r in sink.received]


async def test_a_single_record_still_too_large_is_rejected_alone(metrics):
    """413 down to one record: that record is rejected, the batch is not split forever."""
    async with HttpSink(max_records=0) as sink:  # 413 to everything
        queue = await run_queue(exporter_config(sink.logs_url), metrics)
        await queue.put(make_request(4), 4)
        await wait_until(lambda: records_by_outcome(metrics, "rejected") == 4, what="the rejections")
        await queue.stop(5)
    # 4 -> 2 + 2 -> four single records: 7 requests, every one answered 413, none empty.
    assert [r.record_count for r in sink.received] == [4, 2, 1, 1, 2, 1, 1]
    assert queue.depth_records == 0 and records_by_outcome(metrics, "delivered") == 0


async def test_partial_success_counts_rejected(metrics):
    async with HttpSink() as sink:
        sink.script(Reply(200, rejected=2, message="2 too old"))
        queue = await run_queue(exporter_config(sink.logs_url), metrics)
        await queue.put(make_request(10), 10)
        await wait_until(lambda: records_by_outcome(metrics, "delivered") == 8)
        await queue.stop(5)
    assert records_by_outcome(metrics, "rejected") == 2


async def test_upstream_down_at_start_then_up(metrics):
    port = free_port()
    config = exporter_config(f"http://127.0.0.1:{port}/v1/logs")
    queue = await run_queue(config, metrics)
    for i in range(5):
        await queue.put(make_request(50, body=f"r{i}-{{i}}"), 50)
    await wait_until(lambda: sample_failures(metrics) >= 2, what="failed attempts")
    assert queue.depth_records == 250
    async with HttpSink(port=port) as sink:
        records = await sink.wait_for_records(250)
        await queue.stop(5)
    assert len({r.body.string_value for r in records}) == 250


def sample_failures(metrics) -> float:
    return sample(metrics, "otlp_sampler_export_requests_total", outcome="retryable")


async def test_headers_gzip_and_posthog_token(metrics):
    async with HttpSink(token="phc_x") as sink:
        headers = {"Authorization": "Bearer phc_x", "X-Tenant": "t1"}
        config = exporter_config(sink.posthog_url, headers=headers)
        queue = await run_queue(config, metrics)
        await queue.put(make_request(4), 4)
        await sink.wait_for_records(4)
        await queue.stop(5)
    (received,) = sink.delivered
    assert received.path == "/i/v1/logs"
    assert received.headers["x-tenant"] == "t1"
    assert received.content_encoding == "gzip"
    assert received.content_type == "application/x-protobuf"
    assert metrics.registry.get_sample_value("otlp_sampler_export_bytes_total") == received.wire_bytes


async def test_json_exporter_keeps_ids_and_attributes(metrics):
    request = make_request(3, attributes=[("k", "v")])
    record = request.resource_logs[0].scope_logs[0].log_records[0]
    record.trace_id, record.span_id = bytes(range(16)), bytes(range(8))
    async with HttpSink() as sink:
        config = exporter_config(sink.logs_url, protocol="http/json", compression="none")
        queue = await run_queue(config, metrics)
        await queue.put(request, 3)
        records = await sink.wait_for_records(3)
        await queue.stop(5)
    assert sink.delivered[0].content_type == "application/json"
    assert records[0].trace_id == bytes(range(16)) and records[0].span_id == bytes(range(8))
    assert records[0].attributes[0].key == "k"


async def test_tls_with_custom_ca_and_client_certificate(tmp_path):
    pki = make_pki(tmp_path)
    async with HttpSink(ssl_context=server_ssl_context(pki, require_client_cert=True)) as sink:
        tls = {"ca_file": pki.ca_file, "cert_file": pki.client_cert, "key_file": pki.client_key}
        good = HttpExporter(exporter_config(sink.logs_url, tls=tls))
        untrusted = HttpExporter(exporter_config(sink.logs_url))
        no_client_cert = HttpExporter(exporter_config(sink.logs_url, tls={"ca_file": pki.ca_file}))
        try:
            assert (await good.send(make_request(2))).outcome is Outcome.SUCCESS
            refused = await untrusted.send(make_request(2))
            assert refused.outcome is Outcome.RETRYABLE and "certificate" in refused.reason.lower()
            assert (await no_client_cert.send(make_request(2))).outcome is Outcome.RETRYABLE
        finally:
            for exporter in (good, untrusted, no_client_cert):
                await exporter.close()
    assert sink.delivered_records == 2


@pytest.mark.parametrize(("endpoint", "url"), [
    ("http://collector:4318", "http://collector:4318/v1/logs"),
    ("https://us.i.posthog.com/i/v1/logs", "https://us.i.posthog.com/i/v1/logs"),
    ("https://eu.i.posthog.com/i/v1/logs?token=x", "https://eu.i.posthog.com/i/v1/logs?token=x"),
])
def test_logs_url(endpoint, url):
    assert logs_url(endpoint) == url
    assert "token" not in mask_url(url)
