"""tenants.mode passthrough at the receivers: each request's credential is its tenant.

Real aiohttp and grpc.aio receivers, with the OpenTelemetry SDK's exporters and raw clients;
a refusal (401 / 403 / 429 and their gRPC codes) reaches no intake and names no token.
"""

from __future__ import annotations

import aiohttp
import grpc
import pytest
from google.rpc import error_details_pb2
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter as GrpcLogExporter
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter as HttpLogExporter

from otlp_sampler.tenants import Tenants, tenant_id
from tests.receive.conftest import counter, grpc_receiver, http_receiver, sample_request, send_through_sdk
from tests.receive.test_grpc_server import export_call, raw

PB = {"Content-Type": "application/x-protobuf"}


def passthrough(**kwargs) -> Tenants:
    return Tenants("passthrough", **kwargs)


async def test_http_takes_the_tenant_from_the_bearer_header_or_the_token_query(intake, metrics):
    body = sample_request(1).SerializeToString()
    tenants = passthrough()
    async with http_receiver(intake, metrics, tenants=tenants) as receiver, aiohttp.ClientSession() as s:
        base = f"http://127.0.0.1:{receiver.port}"
        for headers, path in [({"Authorization": "Bearer phc_a"}, "/v1/logs"), ({}, "/i/v1/logs?token=phc_b"),
                              ({"Authorization": "Bearer phc_a"}, "/i/v1/logs?token=phc_b")]:
            async with s.post(base + path, data=body, headers={**PB, **headers}) as response:
                assert response.status == 200
        exporter = HttpLogExporter(endpoint=base + "/i/v1/logs", headers={"Authorization": "Bearer phc_c"},
                                   timeout=10)
        await send_through_sdk(exporter, intake, n=3)
    ids = [tenant.id for tenant in intake.tenants]
    # The header wins over the query; the SDK's exporter sends its headers on every request.
    assert ids[:3] == [tenant_id("phc_a"), tenant_id("phc_b"), tenant_id("phc_a")]
    assert set(ids[3:]) == {tenant_id("phc_c")}
    assert intake.tenants[0].token == "phc_a"


async def test_http_refusals(intake, metrics):
    body = sample_request(1).SerializeToString()
    tenants = passthrough(allow=["phc_a", "phc_b"], max_tenants=1)
    async with http_receiver(intake, metrics, tenants=tenants) as receiver, aiohttp.ClientSession() as s:
        base = f"http://127.0.0.1:{receiver.port}/v1/logs"
        cases = [({}, base, 401), ({"Authorization": "Basic cGhjX2E="}, base, 401),
                 ({"Authorization": "Bearer phc_secret_x"}, base, 403),
                 ({}, base + "?token=phc_secret_x", 403),
                 ({"Authorization": "Bearer phc_a"}, base, 200),
                 ({"Authorization": "Bearer phc_b"}, base, 429)]
        for headers, url, status in cases:
            async with s.post(url, data=body, headers={**PB, **headers}) as response:
                text = await response.text()
                assert response.status == status, (headers, url, text)
                assert "phc_secret_x" not in text and "phc_b" not in text
                if status == 401:
                    assert response.headers["WWW-Authenticate"] == "Bearer"
                if status == 429:
                    assert int(response.headers["Retry-After"]) >= 1 and "tenants.max" in text
    assert [t.id for t in intake.tenants] == [tenant_id("phc_a")]
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="unauthenticated") == 2
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="forbidden") == 2
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="too_many_tenants") == 1
    assert b"phc_" not in metrics.render()


async def test_grpc_takes_the_tenant_from_the_authorization_metadata(intake, metrics):
    async with grpc_receiver(intake, metrics, tenants=passthrough()) as receiver:
        exporter = GrpcLogExporter(endpoint=f"127.0.0.1:{receiver.port}", insecure=True, timeout=10,
                                   headers={"authorization": "Bearer phc_grpc"})
        await send_through_sdk(exporter, intake, n=2)
    assert {t.id for t in intake.tenants} == {tenant_id("phc_grpc")}


async def test_grpc_refusals(intake, metrics):
    tenants = passthrough(allow=["phc_a", "phc_b"], max_tenants=1)
    async with grpc_receiver(intake, metrics, tenants=tenants) as receiver, \
            grpc.aio.insecure_channel(f"127.0.0.1:{receiver.port}") as channel:
            call = export_call(channel)
            cases = [(None, grpc.StatusCode.UNAUTHENTICATED),
                     ((("authorization", "phc_a"),), grpc.StatusCode.UNAUTHENTICATED),
                     ((("authorization", "Bearer phc_secret_x"),), grpc.StatusCode.PERMISSION_DENIED),
                     ((("authorization", "Bearer phc_a"),), None),
                     ((("authorization", "Bearer phc_b"),), grpc.StatusCode.RESOURCE_EXHAUSTED)]
            for metadata, code in cases:
                if code is None:
                    await call(raw(sample_request(1)), metadata=metadata)
                    continue
                with pytest.raises(grpc.aio.AioRpcError) as error:
                    await call(raw(sample_request(1)), metadata=metadata)
                assert error.value.code() == code
                assert "phc_secret_x" not in error.value.details()
                if code == grpc.StatusCode.RESOURCE_EXHAUSTED:  # retryable, per OTLP, with its delay
                    trailing = dict(error.value.trailing_metadata())
                    info = error_details_pb2.RetryInfo.FromString(trailing["google.rpc.retryinfo-bin"])
                    assert info.retry_delay.seconds >= 1
    assert [t.id for t in intake.tenants] == [tenant_id("phc_a")]
    assert counter(metrics, "otlp_sampler_requests_total", receiver="grpc", outcome="forbidden") == 1
    assert counter(metrics, "otlp_sampler_requests_total", receiver="grpc", outcome="too_many_tenants") == 1


async def test_single_mode_passes_no_tenant(intake):
    async with http_receiver(intake, tenants=Tenants("single")) as receiver, aiohttp.ClientSession() as s:
        url = f"http://127.0.0.1:{receiver.port}/v1/logs"
        async with s.post(url, data=sample_request(1).SerializeToString(), headers=PB) as response:
            assert response.status == 200
    assert intake.tenants == [None]
