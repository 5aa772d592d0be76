"""The OTLP/HTTP receiver against real clients: the OpenTelemetry SDK's exporter, aiohttp and raw sockets."""

from __future__ import annotations

import asyncio
import gzip
import json
import ssl
import struct
import tracemalloc
import zlib
from pathlib import Path

import aiohttp
import pytest
from google.protobuf import json_format
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.exporter.otlp.proto.http import Compression
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceResponse

from otlp_sampler.intake import Backpressure
from otlp_sampler.otlp import codec
from tests.peers.certs import make_pki
from tests.peers.waiting import eventually
from tests.receive.conftest import (
    assert_sdk_records,
    counter,
    http_receiver,
    sample_request,
    send_through_sdk,
)
from tests.receive.test_grpc_server import nested_body

PB = {"Content-Type": "application/x-protobuf"}
JS = {"Content-Type": "application/json"}


def gzip_bomb(gib: int = 1) -> bytes:
    """``gib`` GiB of zeros as one gzip member of about 1 MB per GiB.

    Built from one 16 MiB deflate block repeated (a full flush makes the blocks identical),
    so the test does not spend seconds compressing a gigabyte.
    """
    chunk = bytes(16 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    repeats = gib * 64
    crc = 0
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = struct.pack("<II", crc, (repeats * len(chunk)) & 0xFFFFFFFF)
    return header + block * repeats + deflate.flush(zlib.Z_FINISH) + trailer


def status_of(body: bytes, content_type: str) -> status_pb2.Status:
    status = status_pb2.Status()
    if content_type.startswith("application/json"):
        json_format.Parse(body, status)
    else:
        status.ParseFromString(body)
    return status


@pytest.fixture
async def session():
    async with aiohttp.ClientSession() as client:
        yield client


# --------------------------------------------------------------------------- happy paths


@pytest.mark.parametrize(("path", "compression"), [("/v1/logs", Compression.NoCompression),
                                                   ("/i/v1/logs?token=phc_project", Compression.Gzip)])
async def test_sdk_exporter_delivers_records_intact(intake, metrics, path, compression):
    async with http_receiver(intake, metrics) as receiver:
        exporter = OTLPLogExporter(endpoint=f"http://127.0.0.1:{receiver.port}{path}",
                                   compression=compression, timeout=10)
        await send_through_sdk(exporter, intake)
    assert_sdk_records(intake)
    assert {name for _, _, name in intake.requests} == {"http"}
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="accepted") >= 1
    assert counter(metrics, "otlp_sampler_request_bytes_total", receiver="http") == sum(
        wire for _, wire, _ in intake.requests)


async def test_json_with_hex_ids_and_unknown_fields(intake, session):
    document = {
        "resourceLogs": [{
            "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "web"}}]},
            "futureField": {"anything": [1, 2, 3]},
            "scopeLogs": [{
                "scope": {"name": "s"},
                "logRecords": [{
                    "timeUnixNano": "1700000000000000001",
                    "observedTimeUnixNano": 1700000000000000002,
                    "severityNumber": "SEVERITY_NUMBER_WARN",
                    "severityText": "WARN",
                    "body": {"stringValue": "disk almost full"},
                    "attributes": [{"key": "free", "value": {"intValue": "12"}}],
                    "traceId": "5B8EFFF798038103D269B633813FC60C",
                    "spanId": "eee19b7ec3c1b174",
                    "flags": 1,
                    "notInTheSpec": True,
                }],
            }],
        }],
        "extra": "ignored",
    }
    async with http_receiver(intake) as receiver:
        url = f"http://127.0.0.1:{receiver.port}/v1/logs"
        async with session.post(url, data=json.dumps(document), headers={
                "Content-Type": "application/json; charset=utf-8"}) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "application/json"
            assert json.loads(await response.read()) == {}
        # snake_case keys, as protobuf's own JSON printer may write them, and numeric enums
        snake = {"resource_logs": [{"scope_logs": [{"log_records": [{
            "severity_number": 17, "body": {"string_value": "boom"},
            "trace_id": "00000000000000000000000000000001", "span_id": "0000000000000002"}]}]}]}
        async with session.post(url, data=json.dumps(snake), headers=JS) as response:
            assert response.status == 200
    (_, _, first), (_, _, second) = intake.records
    assert first.trace_id == bytes.fromhex("5b8efff798038103d269b633813fc60c")
    assert first.span_id == bytes.fromhex("eee19b7ec3c1b174")
    assert first.severity_number == 13 and first.body.string_value == "disk almost full"
    assert first.time_unix_nano == 1700000000000000001
    assert first.observed_time_unix_nano == 1700000000000000002
    assert first.attributes[0].value.int_value == 12
    assert second.trace_id == bytes(15) + b"\x01" and second.span_id == bytes(7) + b"\x02"
    assert second.severity_number == 17 and second.body.string_value == "boom"


async def test_empty_requests_succeed(intake, session):
    async with http_receiver(intake) as receiver:
        url = f"http://127.0.0.1:{receiver.port}/v1/logs"
        for body, headers, expected in [(b"", PB, b""), (b"{}", JS, b"{}"), (b"", JS, None),
                                        (gzip.compress(b""), {**PB, "Content-Encoding": "gzip"}, b"")]:
            async with session.post(url, data=body, headers=headers) as response:
                if expected is None:  # an empty body is not a JSON document
                    assert response.status == 400
                    continue
                assert response.status == 200, await response.read()
                assert await response.read() == expected
    assert intake.requests == []


# --------------------------------------------------------------------------- refusals


async def test_malformed_bodies_are_rejected_alone(intake, metrics, session):
    good = sample_request(2).SerializeToString()
    bad_utf8 = good.replace(b"order 0 placed", b"order \xc3\x28 placed")
    async with http_receiver(intake, metrics) as receiver:
        url = f"http://127.0.0.1:{receiver.port}/v1/logs"

        async def post(body: bytes, headers: dict):
            async with session.post(url, data=body, headers=headers) as response:
                return response.status, response.headers["Content-Type"], await response.read()

        results = await asyncio.gather(
            post(good, PB), post(b"\x0a\xff\xff\xff", PB), post(good, PB), post(bad_utf8, PB),
            post(b'{"resourceLogs": [', JS), post(b'{"resourceLogs": [{"scopeLogs": 7}]}', JS),
            post(b'{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"traceId":"xyz"}]}]}]}', JS),
            post(good, {**PB, "Content-Encoding": "gzip"}), post(good, PB))
    statuses = [status for status, _, _ in results]
    assert statuses == [200, 400, 200, 400, 400, 400, 400, 400, 200]
    for status, content_type, body in results:
        if status == 400:
            error = status_of(body, content_type)
            assert error.code == 3 and error.message
    assert content_type_of(results[1]) == "application/x-protobuf"
    assert content_type_of(results[4]) == "application/json"
    assert "UTF-8" in status_of(results[3][2], results[3][1]).message
    assert "traceId" in status_of(results[6][2], results[6][1]).message
    assert len(intake.requests) == 3
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="invalid") == 6


def content_type_of(result) -> str:
    return result[1]


async def test_wrong_media_type_encoding_method_and_path(intake, session):
    body = sample_request(1).SerializeToString()
    async with http_receiver(intake) as receiver:
        base = f"http://127.0.0.1:{receiver.port}"
        async with session.post(base + "/v1/logs", data=body, headers={"Content-Type": "text/plain"}) as r:
            assert r.status == 415
        async with session.post(base + "/v1/logs", data=body) as r:  # no Content-Type at all
            assert r.status == 415
        async with session.post(base + "/v1/logs", data=body, headers={**PB, "Content-Encoding": "br"}) as r:
            assert r.status == 415
            assert "Content-Encoding" in status_of(await r.read(), r.headers["Content-Type"]).message
        async with session.get(base + "/v1/logs") as r:
            assert r.status == 405 and r.headers["Allow"] == "POST"
        async with session.post(base + "/v1/traces", data=body, headers=PB) as r:
            assert r.status == 404
    assert intake.requests == []


async def test_oversized_bodies_get_413(intake, metrics, session):
    limit = 64 * 1024
    body = sample_request(1, body="y" * (2 * limit)).SerializeToString()

    async def chunked():
        for start in range(0, len(body), 8192):
            yield body[start:start + 8192]

    async with http_receiver(intake, metrics, max_request_size=limit,
                             max_decompressed_size=limit) as receiver:
        url = f"http://127.0.0.1:{receiver.port}/v1/logs"
        # Refused on Content-Length, before the body is read.
        async with session.post(url, data=body, headers=PB) as response:
            assert response.status == 413
            assert status_of(await response.read(), response.headers["Content-Type"]).code == 8
        # No Content-Length (chunked): refused while streaming.
        async with session.post(url, data=chunked(), headers=PB) as response:
            assert response.status == 413
        # Small on the wire, too large once decompressed.
        gzipped = {**PB, "Content-Encoding": "gzip"}
        async with session.post(url, data=gzip.compress(body), headers=gzipped) as r:
            assert r.status == 413
            assert "decompression" in status_of(await r.read(), r.headers["Content-Type"]).message
        async with session.post(url, data=sample_request(1).SerializeToString(), headers=PB) as response:
            assert response.status == 200
    assert len(intake.requests) == 1
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="too_large") == 3


async def test_gzip_bomb_is_refused_without_inflating(intake, session):
    bomb = gzip_bomb(1)  # 1 GiB of zeros in about 1 MB
    assert len(bomb) < 2 * 1024 * 1024
    cap = 8 * 1024 * 1024
    async with http_receiver(intake, max_decompressed_size=cap) as receiver:
        url = f"http://127.0.0.1:{receiver.port}/v1/logs"
        tracemalloc.start()
        try:
            async with session.post(url, data=bomb, headers={**PB, "Content-Encoding": "gzip"}) as response:
                assert response.status == 413
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        async with session.post(url, data=sample_request(1).SerializeToString(), headers=PB) as response:
            assert response.status == 200
    # Client and server share this process: the request body, the capped output and
    # buffers, but nowhere near the gigabyte the bomb expands to.
    assert peak < 4 * cap, peak
    assert len(intake.requests) == 1


async def test_backpressure_answers_503_with_retry_after(intake, metrics, session):
    intake.script(Backpressure(1.5, "export queue full"))
    async with http_receiver(intake, metrics) as receiver:
        url = f"http://127.0.0.1:{receiver.port}/i/v1/logs"
        async with session.post(url, data=sample_request(1).SerializeToString(), headers=PB) as response:
            assert response.status == 503
            assert response.headers["Retry-After"] == "2"
            status = status_of(await response.read(), response.headers["Content-Type"])
        async with session.post(url, data=sample_request(1).SerializeToString(), headers=PB) as response:
            assert response.status == 200
    assert status.code == 14 and status.message == "export queue full"
    info = error_details_pb2.RetryInfo()
    assert status.details[0].Unpack(info)
    assert (info.retry_delay.seconds, info.retry_delay.nanos) == (1, 500_000_000)
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="backpressure") == 1
    assert len(intake.requests) == 1


async def test_bearer_tokens(intake, metrics, session):
    body = sample_request(1).SerializeToString()
    async with http_receiver(intake, metrics, auth_tokens=["s3cret"]) as receiver:
        base = f"http://127.0.0.1:{receiver.port}"
        refused = [({}, "/v1/logs"), ({"Authorization": "Bearer nope"}, "/v1/logs"),
                   ({"Authorization": "Basic czNjcmV0"}, "/v1/logs"), ({}, "/i/v1/logs?token=nope"),
                   ({"Authorization": "Bearer nope"}, "/i/v1/logs?token=s3cret")]
        for headers, path in refused:
            async with session.post(base + path, data=body, headers={**PB, **headers}) as response:
                assert response.status == 401, (headers, path)
                assert response.headers["WWW-Authenticate"] == "Bearer"
        accepted = [({"Authorization": "Bearer s3cret"}, "/v1/logs"), ({}, "/i/v1/logs?token=s3cret")]
        for headers, path in accepted:
            async with session.post(base + path, data=body, headers={**PB, **headers}) as response:
                assert response.status == 200
        exporter = OTLPLogExporter(endpoint=base + "/v1/logs", headers={"Authorization": "Bearer s3cret"},
                                   timeout=10)
        await send_through_sdk(exporter, intake, n=3)
    assert len(intake.requests) == 3
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="unauthenticated") == 5
    assert b"s3cret" not in metrics.render()


@pytest.mark.parametrize("mutual", [False, True])
async def test_tls(intake, tmp_path: Path, monkeypatch, mutual):
    # requests lets these variables override the CA file the SDK exporter sets on its session.
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    pki = make_pki(tmp_path)
    tls = {"cert_file": pki.server_cert, "key_file": pki.server_key,
           "client_ca_file": pki.ca_file if mutual else None}
    async with http_receiver(intake, tls=tls) as receiver:
        url = f"https://localhost:{receiver.port}/v1/logs"
        no_cert = ssl.create_default_context(cafile=pki.ca_file)
        async with aiohttp.ClientSession() as client:
            if mutual:
                with pytest.raises(aiohttp.ClientError):
                    async with client.post(url, data=b"", headers=PB, ssl=no_cert) as response:
                        await response.read()
            else:
                async with client.post(url, data=b"", headers=PB, ssl=no_cert) as response:
                    assert response.status == 200
            with pytest.raises(aiohttp.ClientError):  # a client that does not trust our CA
                async with client.post(url, data=b"", headers=PB, ssl=ssl.create_default_context()) as r:
                    await r.read()
        exporter = OTLPLogExporter(endpoint=url, certificate_file=pki.ca_file, timeout=10,
                                   client_certificate_file=pki.client_cert if mutual else None,
                                   client_key_file=pki.client_key if mutual else None)
        await send_through_sdk(exporter, intake)
    assert_sdk_records(intake)


def deep_json_body(depth: int) -> bytes:
    """OTLP/JSON whose record body is ``depth`` nested kvlists, written by hand (no encoder recurses)."""
    kvlist = b'{"kvlistValue":{"values":[{"key":"k","value":'
    return (b'{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":' + kvlist * depth
            + b'{"stringValue":"leaf"}' + b"}]}}" * depth + b"}]}]}]}")


async def test_hostile_shapes(intake, session):
    moderate = sample_request(1)
    moderate.resource_logs[0].scope_logs[0].log_records[0].body.CopyFrom(nested_body(25))
    hostile = sample_request(1)
    hostile.resource_logs[0].scope_logs[0].log_records[0].body.CopyFrom(nested_body(3000))
    at_cap, wide = sample_request(1), sample_request(1)
    for request, count in ((at_cap, 255), (wide, 100_000)):  # sample_request's record has one
        attributes = request.resource_logs[0].scope_logs[0].log_records[0].attributes
        for i in range(count):
            attributes.add(key=f"k{i}").value.string_value = "v"
    assert json.loads(deep_json_body(40))  # valid JSON, only too deep as a message
    cases = [
        (moderate.SerializeToString(), PB, 200, None),
        (hostile.SerializeToString(), PB, 400, "MaxDepth"),
        (deep_json_body(40), JS, 400, "depth"),  # beyond protobuf's nesting limit of 100
        (deep_json_body(3000), JS, 400, "deep"),  # beyond what json.loads will recurse
        (b'{"resourceLogs":' + b"[" * 100_000 + b"]" * 100_000 + b"}", JS, 400, "deep"),
        (codec.encode_request_json(moderate), JS, 200, None),
        (at_cap.SerializeToString(), PB, 200, None),
        (wide.SerializeToString(), PB, 413, "receivers.max_attributes_per_record (256)"),
        (codec.encode_request_json(wide), JS, 413, "receivers.max_attributes_per_record (256)"),
    ]
    async with http_receiver(intake) as receiver:
        url = f"http://127.0.0.1:{receiver.port}/v1/logs"
        for body, headers, expected, message in cases:
            async with session.post(url, data=body, headers=headers) as response:
                assert response.status == expected
                if message:
                    status = status_of(await response.read(), response.headers["Content-Type"])
                    assert message in status.message
    assert [request for request, _, _ in intake.requests] == [moderate, moderate, at_cap]


# --------------------------------------------------------------------------- slow and many clients


async def read_response_head(reader: asyncio.StreamReader) -> bytes:
    return await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)


async def test_slow_client_is_cut_off_while_others_are_served(intake, metrics, session):
    good = sample_request(1).SerializeToString()
    async with http_receiver(intake, metrics, read_timeout=0.5) as receiver:
        port = receiver.port
        # Slowloris on the body: promises 1000 bytes, sends 10, then stalls.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
                     b"Content-Length: 1000\r\n\r\n" + b"\x0a" * 10)
        await writer.drain()
        # ... and on the headers: never finishes them.
        slow_reader, slow_writer = await asyncio.open_connection("127.0.0.1", port)
        slow_writer.write(b"POST /v1/logs HTTP/1.1\r\nHost: x\r\n")
        await slow_writer.drain()
        served = 0
        for _ in range(5):
            async with session.post(f"http://127.0.0.1:{port}/v1/logs", data=good, headers=PB) as response:
                assert response.status == 200
                served += 1
        head = await read_response_head(reader)
        assert head.startswith(b"HTTP/1.1 408")
        await asyncio.wait_for(reader.read(), 10)  # then the server closes the connection
        assert await asyncio.wait_for(slow_reader.read(), 10) == b""
        writer.close()
        slow_writer.close()
    assert served == 5 and len(intake.requests) == 5
    assert counter(metrics, "otlp_sampler_requests_total", receiver="http", outcome="timeout") == 1


async def test_expect_continue_and_early_413(intake):
    body = sample_request(1).SerializeToString()
    async with http_receiver(intake, max_request_size=1024) as receiver:
        reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        head = (b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
                b"Expect: 100-continue\r\n")
        writer.write(head + b"Content-Length: %d\r\n\r\n" % len(body))
        assert (await read_response_head(reader)).startswith(b"HTTP/1.1 100 Continue")
        writer.write(body)
        assert (await read_response_head(reader)).startswith(b"HTTP/1.1 200")
        # Too large: refused before a byte of the body was sent.
        writer.write(head + b"Content-Length: 1000000\r\n\r\n")
        assert (await read_response_head(reader)).startswith(b"HTTP/1.1 413")
        writer.close()
    assert len(intake.requests) == 1


async def test_stop_refuses_new_connections(intake, session):
    async with http_receiver(intake) as receiver:
        port = receiver.port
        async with session.post(f"http://127.0.0.1:{port}/v1/logs", data=b"", headers=PB) as response:
            assert response.status == 200
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as fresh, \
                fresh.post(f"http://127.0.0.1:{port}/v1/logs", data=b"", headers=PB) as response:
            await response.read()


async def test_response_is_a_valid_export_response(intake, session):
    async with http_receiver(intake) as receiver, session.post(
            f"http://127.0.0.1:{receiver.port}/v1/logs", data=sample_request(2).SerializeToString(),
            headers=PB) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "application/x-protobuf"
        assert ExportLogsServiceResponse.FromString(await response.read()) == ExportLogsServiceResponse()


async def test_broken_clients_get_bounded_answers_and_no_error_logs(intake, metrics, session, caplog):
    head = b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
    async with http_receiver(intake, metrics) as receiver:
        port = receiver.port
        # Gone halfway through the body.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(head + b"Content-Length: 1000\r\n\r\n" + b"\x0a" * 10)
        await writer.drain()
        writer.transport.abort()
        await eventually(lambda: counter(metrics, "otlp_sampler_requests_total", receiver="http",
                                         outcome="disconnected") == 1, what="the disconnect counted")
        # Broken chunked encoding, and a request line that is not HTTP.
        tls_hello = b"\x16\x03\x01\x00\xa5\x01\r\n\r\n"
        for garbage in (head + b"Transfer-Encoding: chunked\r\n\r\nZZZ\r\nabc\r\n", tls_hello):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(garbage)
            answer = await asyncio.wait_for(reader.read(), 10)
            assert answer.startswith((b"HTTP/1.0 400", b"HTTP/1.1 400")), answer[:40]
            writer.close()
        async with session.post(f"http://127.0.0.1:{port}/v1/logs", data=b"", headers=PB) as response:
            assert response.status == 200
    assert not [record for record in caplog.records if record.levelno >= 30]


async def test_stop_finishes_requests_in_flight_and_refuses_new_ones(intake, session):
    release = intake.hold()
    receiver_cm = http_receiver(intake)
    receiver = await receiver_cm.__aenter__()
    url = f"http://127.0.0.1:{receiver.port}/v1/logs"
    body = sample_request(1).SerializeToString()

    async def post():
        async with session.post(url, data=body, headers=PB) as response:
            return response.status

    in_flight = asyncio.create_task(post())
    await asyncio.wait_for(intake.entered.wait(), 10)
    stopping = asyncio.create_task(receiver.stop(10))
    await eventually(lambda: receiver._stopping, what="stop to begin")
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as fresh, fresh.post(url, data=body, headers=PB) as response:
            await response.read()
    release.set()
    assert await in_flight == 200
    await stopping
    await receiver_cm.__aexit__(None, None, None)
    assert len(intake.requests) == 1
