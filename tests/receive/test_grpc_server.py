"""The OTLP/gRPC receiver against real clients: the OpenTelemetry SDK's exporter and raw grpc.aio."""

from __future__ import annotations

import asyncio
from pathlib import Path

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from otlp_sampler.intake import Backpressure
from tests.peers.certs import make_pki
from tests.peers.waiting import eventually
from tests.receive.conftest import (
    assert_sdk_records,
    counter,
    grpc_receiver,
    sample_request,
    send_through_sdk,
)

METHOD = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"


def export_call(channel: grpc.aio.Channel):
    """A raw Export stub that sends bytes as given, so tests can send what no SDK would."""
    return channel.unary_unary(METHOD, request_serializer=None,
                               response_deserializer=ExportLogsServiceResponse.FromString)


def raw(request: ExportLogsServiceRequest) -> bytes:
    return request.SerializeToString()


@pytest.mark.parametrize("compression", [None, grpc.Compression.Gzip])
async def test_sdk_exporter_delivers_records_intact(intake, metrics, compression):
    async with grpc_receiver(intake, metrics) as receiver:
        exporter = OTLPLogExporter(endpoint=f"127.0.0.1:{receiver.port}", insecure=True,
                                   compression=compression, timeout=10)
        await send_through_sdk(exporter, intake)
    assert_sdk_records(intake)
    assert {receiver_name for _, _, receiver_name in intake.requests} == {"grpc"}
    assert all(wire > 0 for _, wire, _ in intake.requests)
    assert counter(metrics, "otlp_sampler_requests_total", receiver="grpc", outcome="accepted") >= 1
    assert counter(metrics, "otlp_sampler_request_bytes_total", receiver="grpc") == sum(
        wire for _, wire, _ in intake.requests)


async def test_empty_request_succeeds_without_reaching_the_intake(intake):
    async with grpc_receiver(intake) as receiver, \
            grpc.aio.insecure_channel(f"127.0.0.1:{receiver.port}") as ch:
        response = await export_call(ch)(b"")
        assert response == ExportLogsServiceResponse()
    assert intake.requests == []


async def test_malformed_requests_are_rejected_alone(intake, metrics):
    good = raw(sample_request(2))
    bad_utf8 = good.replace(b"order 0 placed", b"order \xff\xfe placed")
    assert bad_utf8 != good
    async with grpc_receiver(intake, metrics) as receiver, \
            grpc.aio.insecure_channel(f"127.0.0.1:{receiver.port}") as ch:
        call = export_call(ch)
        results = await asyncio.gather(
            *(call(payload) for payload in [good, b"\xff\xff\xff\xff", good, bad_utf8, good]),
            return_exceptions=True)
    assert [type(r) for r in results] == [ExportLogsServiceResponse, grpc.aio.AioRpcError,
                                          ExportLogsServiceResponse, grpc.aio.AioRpcError,
                                          ExportLogsServiceResponse]
    for error in (results[1], results[3]):
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert "ExportLogsServiceRequest" in error.details()
    assert "UTF-8" in results[3].details()
    assert len(intake.requests) == 3
    assert counter(metrics, "otlp_sampler_requests_total", receiver="grpc", outcome="invalid") == 2


async def test_oversized_message_gets_resource_exhausted(intake):
    big = sample_request(1, body="x" * (2 * 1024 * 1024))
    async with grpc_receiver(intake, max_request_size=1024 * 1024) as receiver, \
            grpc.aio.insecure_channel(f"127.0.0.1:{receiver.port}") as ch:
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await export_call(ch)(raw(big))
        assert error.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        # A message that compresses below the cap is judged by its decompressed size.
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await export_call(ch)(raw(big), compression=grpc.Compression.Gzip)
        assert error.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        # The receiver keeps serving.
        await export_call(ch)(raw(sample_request(1)))
    assert len(intake.requests) == 1


async def test_backpressure_answers_unavailable_with_retry_info(intake, metrics):
    intake.script(Backpressure(2.5, "export queue full"))
    async with grpc_receiver(intake, metrics) as receiver, \
            grpc.aio.insecure_channel(f"127.0.0.1:{receiver.port}") as ch:
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await export_call(ch)(raw(sample_request(1)))
    assert error.value.code() == grpc.StatusCode.UNAVAILABLE
    assert error.value.details() == "export queue full"
    trailers = dict(error.value.trailing_metadata())
    status = status_pb2.Status.FromString(trailers["grpc-status-details-bin"])
    assert status.code == grpc.StatusCode.UNAVAILABLE.value[0]
    info = error_details_pb2.RetryInfo()
    assert status.details[0].Unpack(info)
    assert (info.retry_delay.seconds, info.retry_delay.nanos) == (2, 500_000_000)
    assert error_details_pb2.RetryInfo.FromString(trailers["google.rpc.retryinfo-bin"]) == info
    assert counter(metrics, "otlp_sampler_requests_total", receiver="grpc", outcome="backpressure") == 1


async def test_sdk_exporter_retries_after_backpressure_and_delivers(intake):
    intake.script(Backpressure(0.05, "export queue full"), Backpressure(0.05, "export queue full"))
    async with grpc_receiver(intake) as receiver:
        exporter = OTLPLogExporter(endpoint=f"127.0.0.1:{receiver.port}", insecure=True, timeout=10)
        await send_through_sdk(exporter, intake)
    assert intake.refused == 2
    assert_sdk_records(intake)


async def test_bearer_tokens(intake, metrics):
    async with grpc_receiver(intake, metrics, auth_tokens=["alpha", "s3cret"]) as receiver:
        target = f"127.0.0.1:{receiver.port}"
        async with grpc.aio.insecure_channel(target) as ch:
            call = export_call(ch)
            for metadata in [None, (("authorization", "Bearer wrong"),), (("authorization", "s3cret"),),
                             (("authorization", "Basic s3cret"),)]:
                with pytest.raises(grpc.aio.AioRpcError) as error:
                    await call(raw(sample_request(1)), metadata=metadata)
                assert error.value.code() == grpc.StatusCode.UNAUTHENTICATED
            assert intake.requests == []
        exporter = OTLPLogExporter(endpoint=target, insecure=True, timeout=10,
                                   headers={"authorization": "Bearer s3cret"})
        await send_through_sdk(exporter, intake)
    assert_sdk_records(intake)
    assert counter(metrics, "otlp_sampler_requests_total", receiver="grpc", outcome="unauthenticated") == 4


@pytest.mark.parametrize("mutual", [False, True])
async def test_tls(intake, tmp_path: Path, mutual):
    pki = make_pki(tmp_path)
    tls = {"cert_file": pki.server_cert, "key_file": pki.server_key,
           "client_ca_file": pki.ca_file if mutual else None}
    ca = Path(pki.ca_file).read_bytes()
    client_key, client_cert = Path(pki.client_key).read_bytes(), Path(pki.client_cert).read_bytes()
    async with grpc_receiver(intake, tls=tls) as receiver:
        target = f"localhost:{receiver.port}"
        # Plaintext against a TLS port fails.
        async with grpc.aio.insecure_channel(target) as ch:
            with pytest.raises(grpc.aio.AioRpcError):
                await export_call(ch)(raw(sample_request(1)), timeout=5)
        if mutual:  # no client certificate: the handshake is refused
            async with grpc.aio.secure_channel(target, grpc.ssl_channel_credentials(ca)) as ch:
                with pytest.raises(grpc.aio.AioRpcError) as error:
                    await export_call(ch)(raw(sample_request(1)), timeout=5)
                assert error.value.code() == grpc.StatusCode.UNAVAILABLE
        credentials = grpc.ssl_channel_credentials(ca, client_key if mutual else None,
                                                   client_cert if mutual else None)
        exporter = OTLPLogExporter(endpoint=target, credentials=credentials, timeout=10)
        await send_through_sdk(exporter, intake)
    assert_sdk_records(intake)


def nested_body(depth: int) -> AnyValue:
    value = AnyValue(string_value="leaf")
    for level in range(depth):
        outer = AnyValue()
        outer.kvlist_value.values.add(key=f"level{level}").value.CopyFrom(value)
        value = outer
    return value


async def test_deep_nesting_and_many_attributes(intake):
    moderate = sample_request(1)
    moderate.resource_logs[0].scope_logs[0].log_records[0].body.CopyFrom(nested_body(25))
    hostile = sample_request(1)
    hostile.resource_logs[0].scope_logs[0].log_records[0].body.CopyFrom(nested_body(5000))
    at_cap, wide = sample_request(1), sample_request(1)
    for request, count in ((at_cap, 255), (wide, 100_000)):  # sample_request's record has one
        attributes = request.resource_logs[0].scope_logs[0].log_records[0].attributes
        for i in range(count):
            attributes.add(key=f"k{i}").value.int_value = i
    async with grpc_receiver(intake) as receiver, \
            grpc.aio.insecure_channel(f"127.0.0.1:{receiver.port}") as ch:
        call = export_call(ch)
        await call(raw(moderate))
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await call(raw(hostile))
        assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        await call(raw(at_cap))
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await call(raw(wide))
        assert error.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "100001 attributes" in error.value.details()
        assert "receivers.max_attributes_per_record (256)" in error.value.details()
    assert [request for request, _, _ in intake.requests] == [moderate, at_cap]
    assert len(intake.records[1][2].attributes) == 256


async def test_stop_refuses_new_calls(intake):
    async with grpc_receiver(intake) as receiver:
        port = receiver.port
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await export_call(ch)(raw(sample_request(1)), timeout=2)
        assert error.value.code() == grpc.StatusCode.UNAVAILABLE


async def test_stop_finishes_calls_in_flight_and_refuses_new_ones(intake):
    release = intake.hold()
    async with grpc_receiver(intake) as receiver:
        target = f"127.0.0.1:{receiver.port}"
        async with grpc.aio.insecure_channel(target) as ch:
            in_flight = asyncio.ensure_future(export_call(ch)(raw(sample_request(1))))
            await asyncio.wait_for(intake.entered.wait(), 10)
            stopping = asyncio.create_task(receiver.stop(10))
            async with grpc.aio.insecure_channel(target) as fresh:
                with pytest.raises(grpc.aio.AioRpcError) as error:
                    await export_call(fresh)(raw(sample_request(1)), timeout=5)
                # Both are retryable for OTLP exporters, which is what matters to the client.
                assert error.value.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED)
            release.set()
            assert await in_flight == ExportLogsServiceResponse()
            await stopping
    assert len(intake.requests) == 1


class CountingIntake:
    """Holds every submit until released, counting how many are in progress at once."""

    def __init__(self) -> None:
        self.in_progress = self.most = self.done = 0
        self.release = asyncio.Event()

    async def submit(self, request, *, wire_bytes: int, receiver: str, trusted: bool = False,
                     tenant=None, sampling_keys: bool = True):
        from otlp_sampler.intake import Accepted

        self.in_progress += 1
        self.most = max(self.most, self.in_progress)
        await self.release.wait()
        self.in_progress -= 1
        self.done += 1
        return Accepted(1)

    def accepting(self) -> bool:
        return True


async def test_one_connection_has_at_most_max_concurrent_streams_calls_in_progress(metrics):
    intake = CountingIntake()
    async with grpc_receiver(intake, metrics, max_concurrent_streams=5) as receiver, \
            grpc.aio.insecure_channel(f"127.0.0.1:{receiver.port}") as ch:
        call = export_call(ch)

        async def export() -> ExportLogsServiceResponse:
            # A stream opened as another closes may be refused (UNAVAILABLE, grpc's race at
            # the limit): OTLP clients retry it, so does this one.
            while True:
                try:
                    return await call(raw(sample_request(1)), timeout=10)
                except grpc.aio.AioRpcError as error:
                    assert error.code() == grpc.StatusCode.UNAVAILABLE, error
                    await asyncio.sleep(0.01)

        await call(b"")  # the client has the server's settings
        calls = [asyncio.ensure_future(export()) for _ in range(12)]
        await eventually(lambda: intake.in_progress == 5, what="five calls in progress")
        await asyncio.sleep(0.2)
        assert intake.in_progress == 5  # the other seven wait at the client
        intake.release.set()
        assert all(isinstance(r, ExportLogsServiceResponse) for r in await asyncio.gather(*calls))
    assert intake.most == 5 and intake.done == 12
