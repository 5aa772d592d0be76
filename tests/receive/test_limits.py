"""The decode budget and the attribute caps (receive/limits.py), through real receivers."""

from __future__ import annotations

import asyncio
import gzip

import aiohttp
import grpc
import pytest
from google.rpc import error_details_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.intake import Accepted
from otlp_sampler.otlp import codec
from otlp_sampler.receive.limits import BudgetBusy, DecodeBudget, DecodeLimits
from tests.peers.waiting import eventually
from tests.receive.conftest import counter, grpc_receiver, http_receiver, sample_request
from tests.receive.test_grpc_server import export_call

PB = {"Content-Type": "application/x-protobuf"}
MIB = 1024 * 1024


class GatedIntake:
    """Accepts small requests at once and holds those of more than one record until released."""

    def __init__(self) -> None:
        self.held = 0
        self.accepted: list[int] = []
        self.release = asyncio.Event()

    async def submit(self, request, *, wire_bytes: int, receiver: str, trusted: bool = False,
                     tenant=None, sampling_keys: bool = True):
        records = sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs)
        if records > 1:
            self.held += 1
            await self.release.wait()
            self.held -= 1
        self.accepted.append(records)
        return Accepted(records)

    def accepting(self) -> bool:
        return True


def big_request(size: int) -> bytes:
    """A protobuf request of about ``size`` bytes (records of 1 KB)."""
    return sample_request(size // 1024, body="x" * 1000 + " {i}").SerializeToString()


async def post(session: aiohttp.ClientSession, port: int, body: bytes, headers=PB):
    async with session.post(f"http://127.0.0.1:{port}/v1/logs", data=body, headers=headers) as response:
        return response.status, response.headers, await response.read()


async def test_a_full_budget_refuses_as_retryable_while_a_small_request_still_succeeds(metrics):
    # 8 MiB budget: a 400 KB protobuf body is estimated at 3.2 MB decoded, two of them fill it.
    limits = DecodeLimits(budget=DecodeBudget(8 * MIB), wait=0.2)
    intake = GatedIntake()
    big = big_request(400 * 1024)
    async with http_receiver(intake, metrics, decode_limits=limits) as http, \
            grpc_receiver(intake, metrics, decode_limits=limits) as grpc_server, \
            aiohttp.ClientSession() as session, \
            grpc.aio.insecure_channel(f"127.0.0.1:{grpc_server.port}") as channel:
        held = [asyncio.create_task(post(session, http.port, big)) for _ in range(2)]
        await eventually(lambda: intake.held == 2, what="two big requests decoded and held")
        assert limits.budget.in_use > 6 * MIB
        status, headers, body = await post(session, http.port, big)
        assert status == 503 and headers["Retry-After"] == "1"
        message = codec.decode_status(body, codec.PROTOBUF)
        assert "decode budget" in message.message
        info = error_details_pb2.RetryInfo()
        assert message.details[0].Unpack(info) and info.retry_delay.seconds == 1
        # The budget is shared: the gRPC receiver is refused too, as retryable.
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await export_call(channel)(big, timeout=5)
        assert error.value.code() == grpc.StatusCode.UNAVAILABLE
        trailers = dict(error.value.trailing_metadata())
        info = error_details_pb2.RetryInfo.FromString(trailers["google.rpc.retryinfo-bin"])
        assert info.retry_delay.seconds == 1
        # A small request fits in what is left, on either receiver.
        small = sample_request(1).SerializeToString()
        assert (await post(session, http.port, small))[0] == 200
        await export_call(channel)(small, timeout=5)
        intake.release.set()
        assert [status for status, _, _ in await asyncio.gather(*held)] == [200, 200]
        # Room again: the refused request goes through when retried.
        assert (await post(session, http.port, big))[0] == 200
    assert limits.budget.in_use == 0
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="backpressure") == 1
    assert counter(metrics, "otlp_sampler_requests_total", receiver="grpc", outcome="backpressure") == 1


async def test_a_request_waits_briefly_for_room_rather_than_being_refused(metrics):
    limits = DecodeLimits(budget=DecodeBudget(8 * MIB), wait=5.0)
    intake = GatedIntake()
    big = big_request(400 * 1024)
    async with http_receiver(intake, metrics, decode_limits=limits) as http, \
            aiohttp.ClientSession() as session:
        held = [asyncio.create_task(post(session, http.port, big)) for _ in range(3)]
        await eventually(lambda: intake.held == 2, what="two requests held, the third waiting")
        await asyncio.sleep(0.1)
        assert intake.held == 2
        intake.release.set()
        assert [status for status, _, _ in await asyncio.gather(*held)] == [200, 200, 200]
    assert limits.budget.in_use == 0


async def test_one_request_over_three_quarters_of_the_budget_is_refused_for_itself(metrics):
    limits = DecodeLimits(budget=DecodeBudget(8 * MIB))
    intake = GatedIntake()
    # A gzip OTLP/JSON body of a few KB that decompresses to 1 MB: estimated 10 MB > 6 MiB.
    padding = "x" * (1024 * 1024)
    document = ('{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"' + padding
                + '"}}]}]}]}').encode()
    bomb = gzip.compress(document)
    assert len(bomb) < 10_000
    async with http_receiver(intake, metrics, decode_limits=limits) as http, \
            grpc_receiver(intake, metrics, decode_limits=limits) as grpc_server, \
            aiohttp.ClientSession() as session, \
            grpc.aio.insecure_channel(f"127.0.0.1:{grpc_server.port}") as channel:
        status, _, body = await post(session, http.port, bomb,
                                     {"Content-Type": "application/json", "Content-Encoding": "gzip"})
        assert status == 413
        assert "receivers.decode_budget" in codec.decode_status(body, codec.JSON).message
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await export_call(channel)(big_request(1024 * 1024), timeout=5)
        assert error.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "receivers.decode_budget" in error.value.details()
        assert (await post(session, http.port, sample_request(1).SerializeToString()))[0] == 200
    assert limits.budget.in_use == 0
    assert intake.accepted == [1]


def with_attributes(records: int, per_record: int, resource: int = 0) -> ExportLogsServiceRequest:
    request = sample_request(records)
    resource_logs = request.resource_logs[0]
    for i in range(resource):
        resource_logs.resource.attributes.add(key=f"r{i}").value.string_value = "v"
    for record in resource_logs.scope_logs[0].log_records:
        for i in range(per_record - 1):  # sample_request's records have one already
            record.attributes.add(key=f"k{i}").value.int_value = i
    return request


async def test_attribute_caps_refuse_the_request_alone(metrics):
    limits = DecodeLimits(max_attributes_per_request=1000, max_attributes_per_record=100)
    intake = GatedIntake()
    intake.release.set()
    cases = [
        # 9 x 100 record attributes + service.name and 98 more on the resource: 999
        (with_attributes(9, 100, resource=98), 200, None),
        (with_attributes(1, 101), 413,
         "a log record has 101 attributes, over receivers.max_attributes_per_record (100)"),
        (with_attributes(10, 100, resource=1), 413,
         "1002 attributes, over receivers.max_attributes_per_request (1000)"),
    ]
    async with http_receiver(intake, metrics, decode_limits=limits) as http, \
            grpc_receiver(intake, metrics, decode_limits=limits) as grpc_server, \
            aiohttp.ClientSession() as session, \
            grpc.aio.insecure_channel(f"127.0.0.1:{grpc_server.port}") as channel:
        for request, expected, message in cases:
            for media in (codec.PROTOBUF, codec.JSON):
                status, _, body = await post(session, http.port, codec.encode_request(request, media),
                                             {"Content-Type": media})
                assert status == expected, (media, message)
                if message:
                    assert message in codec.decode_status(body, media).message
            try:
                await export_call(channel)(request.SerializeToString(), timeout=5)
                code = grpc.StatusCode.OK
            except grpc.aio.AioRpcError as error:
                code = error.code()
                assert message in error.details()
            assert code == (grpc.StatusCode.OK if expected == 200 else grpc.StatusCode.RESOURCE_EXHAUSTED)
    assert len(intake.accepted) == 3  # the good request, three times
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="too_large") == 4
    assert counter(metrics, "otlp_sampler_requests_total", receiver="grpc", outcome="too_large") == 2


async def test_budget_lets_in_what_fits_and_wakes_waiters_on_release():
    budget = DecodeBudget(100)
    first, second = budget.lease(wait=5), budget.lease(wait=5)
    await first.grow_to(60)
    waiting = asyncio.create_task(second.grow_to(50))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    small = budget.lease(wait=0)
    await small.grow_to(30)  # fits beside the first, although another waits
    assert budget.in_use == 90
    first.release()
    first.release()  # idempotent
    await asyncio.wait_for(waiting, 1)
    assert budget.in_use == 80
    late = budget.lease(wait=0.05)
    with pytest.raises(BudgetBusy):
        await late.grow_to(40)
    with pytest.raises(codec.RequestTooLarge):
        await budget.lease().grow_to(76)  # over 3/4 of 100
    second.release()
    small.release()
    late.release()
    assert budget.in_use == 0 and not budget._waiters
