"""OTLP/gRPC export against the real recording gRPC sink."""

from __future__ import annotations

import grpc

from otlp_sampler.transmit import ExportQueue, Outcome, build_exporter
from otlp_sampler.transmit.grpc_exporter import GrpcExporter, parse_endpoint
from tests.peers.certs import grpc_server_credentials, make_pki
from tests.peers.sinks import GrpcSink, Reply, make_request
from tests.peers.waiting import eventually as wait_until
from tests.transmit.conftest import exporter_config, records_by_outcome


async def test_unavailable_with_retry_info_is_retried_after_the_hint(metrics):
    async with GrpcSink() as sink:
        sink.script(Reply(grpc.StatusCode.UNAVAILABLE, retry_after=0.6))
        config = exporter_config(f"http://{sink.target}", protocol="grpc", headers={"X-Tenant": "t1"})
        queue = ExportQueue(config, build_exporter(config), metrics)
        await queue.start()
        await queue.put(make_request(40), 40)
        records = await sink.wait_for_records(40)
        await queue.stop(5)
    first, second = sink.received
    assert first.status == grpc.StatusCode.UNAVAILABLE and second.ok
    assert second.at - first.at >= 0.55  # RetryInfo, not our 0.02s backoff
    assert len(records) == 40
    assert second.headers["x-tenant"] == "t1"
    assert records_by_outcome(metrics, "delivered") == 40


async def test_status_classification():
    async with GrpcSink() as sink:
        exporter = GrpcExporter(exporter_config(f"http://{sink.target}", protocol="grpc"))
        try:
            sink.script(grpc.StatusCode.INVALID_ARGUMENT)
            assert (await exporter.send(make_request(1))).outcome is Outcome.PERMANENT
            sink.script(grpc.StatusCode.UNAUTHENTICATED)
            result = await exporter.send(make_request(1))
            assert result.outcome is Outcome.PERMANENT and result.auth_failed
            sink.script(grpc.StatusCode.RESOURCE_EXHAUSTED)  # no RetryInfo: not retryable
            assert (await exporter.send(make_request(1))).outcome is Outcome.PERMANENT
            sink.script(Reply(grpc.StatusCode.RESOURCE_EXHAUSTED, retry_after=2))
            result = await exporter.send(make_request(1))
            assert result.outcome is Outcome.RETRYABLE and result.retry_after == 2
            sink.script(grpc.StatusCode.DEADLINE_EXCEEDED)
            assert (await exporter.send(make_request(1))).outcome is Outcome.RETRYABLE
            sink.script(Reply(grpc.StatusCode.OK, rejected=1, message="one bad"))
            result = await exporter.send(make_request(2))
            assert result.ok and result.rejected == 1 and result.reason == "one bad"
        finally:
            await exporter.close()


async def test_status_details_echoing_our_metadata_are_scrubbed():
    key = "tenant-sekret-7f3k2m9x"
    async with GrpcSink() as sink:
        config = exporter_config(f"http://{sink.target}", protocol="grpc", headers={"X-Api-Key": key})
        exporter = GrpcExporter(config)
        try:
            sink.script(Reply(grpc.StatusCode.UNAUTHENTICATED, message=f"bad x-api-key {key}\n" + "x" * 5000))
            result = await exporter.send(make_request(1))
            sink.script(Reply(grpc.StatusCode.OK, rejected=1, message=f"refused for {key}"))
            partial = await exporter.send(make_request(2))
        finally:
            await exporter.close()
    assert result.auth_failed and key not in result.reason and "bad x-api-key" in result.reason
    assert len(result.reason) < 400 and "\n" not in result.reason
    assert key not in partial.reason and "refused for" in partial.reason


async def test_grpc_down_then_up_delivers(metrics):
    sink = GrpcSink()
    await sink.start()
    port = sink.port
    await sink.stop()  # the port is known and nothing listens on it
    config = exporter_config(f"http://127.0.0.1:{port}", protocol="grpc")
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    await queue.put(make_request(30), 30)
    await wait_until(lambda: (metrics.registry.get_sample_value(
        "otlp_sampler_export_requests_total", {"outcome": "retryable"}) or 0) >= 1)
    async with GrpcSink(port=port) as sink:
        await sink.wait_for_records(30)
        await queue.stop(5)
        assert len(sink.records()) == 30  # each record once, none lost while the upstream was down
    assert records_by_outcome(metrics, "delivered") == 30
    assert queue.depth_records == 0


async def test_grpc_tls_with_custom_ca_and_client_certificate(tmp_path):
    pki = make_pki(tmp_path)
    async with GrpcSink(server_credentials=grpc_server_credentials(pki, require_client_cert=True)) as sink:
        tls = {"ca_file": pki.ca_file, "cert_file": pki.client_cert, "key_file": pki.client_key}
        config = exporter_config(f"https://{sink.target}", protocol="grpc", tls=tls, timeout=2)
        exporter = GrpcExporter(config)
        untrusted = GrpcExporter(exporter_config(sink.target, protocol="grpc", timeout=2))
        try:
            assert (await exporter.send(make_request(3))).ok
            assert (await untrusted.send(make_request(3))).outcome is Outcome.RETRYABLE
        finally:
            await exporter.close()
            await untrusted.close()
    assert sink.delivered_records == 3


def test_parse_endpoint():
    assert parse_endpoint("http://collector:4317") == ("collector:4317", False)
    assert parse_endpoint("https://api.example.com") == ("api.example.com:443", True)
    assert parse_endpoint("collector:4317") == ("collector:4317", True)
