"""The shared sinks themselves: scripted answers, auth, decoding — other tests rely on them."""

from __future__ import annotations

import gzip
import json

import aiohttp
import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2_grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceResponse

from tests.peers.sinks import GrpcSink, HttpSink, Reply, make_request


async def test_http_sink_script_auth_and_encodings():
    async with HttpSink(token="secret", max_records=5) as sink, aiohttp.ClientSession() as http:
        body = make_request(3).SerializeToString()
        proto = {"Content-Type": "application/x-protobuf"}
        async with http.post(sink.posthog_url, data=body, headers=proto) as r:
            assert r.status == 401
        sink.script(Reply(503, retry_after=2))
        auth = {**proto, "Authorization": "Bearer secret"}
        async with http.post(sink.posthog_url, data=body, headers=auth) as r:
            assert r.status == 503 and r.headers["Retry-After"] == "2"
        async with http.post(sink.posthog_url + "?token=secret", data=gzip.compress(body),
                             headers={**proto, "Content-Encoding": "gzip"}) as r:
            assert r.status == 200
            assert ExportLogsServiceResponse.FromString(await r.read()) == ExportLogsServiceResponse()
        async with http.post(sink.logs_url, data=make_request(6).SerializeToString(), headers=auth) as r:
            assert r.status == 413
        doc = {"resourceLogs": [{"scopeLogs": [{"logRecords": [
            {"body": {"stringValue": "j"}, "traceId": "0102030405060708090a0b0c0d0e0f10",
             "spanId": "0102030405060708", "unknownField": 1}]}]}]}
        json_headers = {"Content-Type": "application/json", "Authorization": "Bearer secret"}
        async with http.post(sink.logs_url, data=json.dumps(doc), headers=json_headers) as r:
            assert r.status == 200 and r.content_type == "application/json"
        records = await sink.wait_for_records(4, timeout=5)
        assert [r.body.string_value for r in records] == ["record 0", "record 1", "record 2", "j"]
        assert records[-1].trace_id == bytes(range(1, 17)) and records[-1].span_id == bytes(range(1, 9))
        assert [r.status for r in sink.received] == [401, 503, 200, 413, 200]


async def test_grpc_sink_retry_info():
    async with GrpcSink() as sink:
        sink.script(Reply(grpc.StatusCode.UNAVAILABLE, retry_after=1.5))
        async with grpc.aio.insecure_channel(sink.target) as channel:
            stub = logs_service_pb2_grpc.LogsServiceStub(channel)
            try:
                await stub.Export(make_request(2))
                raise AssertionError("expected UNAVAILABLE")
            except grpc.aio.AioRpcError as exc:
                assert exc.code() == grpc.StatusCode.UNAVAILABLE
                details = dict(exc.trailing_metadata())["grpc-status-details-bin"]
                from google.rpc import status_pb2
                status = status_pb2.Status.FromString(details)
                info = error_details_pb2.RetryInfo()
                assert status.details[0].Unpack(info)
                assert info.retry_delay.seconds == 1 and info.retry_delay.nanos == 500_000_000
            await stub.Export(make_request(2), metadata=(("x-custom", "v"),))
        assert len(await sink.wait_for_records(2)) == 2
        assert sink.delivered[0].headers["x-custom"] == "v"
    assert rpc_status  # grpc-status installed


def test_sink_in_thread():
    import urllib.request

    sink = HttpSink().start_in_thread()
    try:
        req = urllib.request.Request(sink.logs_url, data=make_request(4).SerializeToString(),
                                     headers={"Content-Type": "application/x-protobuf"})
        with urllib.request.urlopen(req) as r:
            assert r.status == 200
        assert len(sink.wait_for_records_sync(4, timeout=5)) == 4
    finally:
        sink.stop_thread()
