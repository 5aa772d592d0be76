"""The OTLP wire codec: protobuf, OTLP/JSON, capped decompression, Status and response bodies."""

from __future__ import annotations

import base64
import gzip
import json
import tracemalloc
import zlib

import pytest
from google.protobuf import json_format
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

from otlp_sampler.otlp import codec
from tests.receive.conftest import sample_request

# --------------------------------------------------------------------------- media types


@pytest.mark.parametrize(("header", "expected"), [
    ("application/x-protobuf", codec.PROTOBUF),
    ("Application/X-Protobuf", codec.PROTOBUF),
    ("application/protobuf", codec.PROTOBUF),
    ("application/json", codec.JSON),
    ("application/json; charset=utf-8", codec.JSON),
])
def test_media_types(header, expected):
    assert codec.media_type(header) == expected


@pytest.mark.parametrize("header", [None, "", "text/plain", "application/jsonx", "multipart/form-data"])
def test_other_media_types_are_415(header):
    with pytest.raises(codec.UnsupportedMediaType) as error:
        codec.media_type(header)
    assert error.value.status == 415
    assert codec.media_type_or_none(header) is None


# --------------------------------------------------------------------------- protobuf


def test_protobuf_round_trip_and_errors():
    request = sample_request(3)
    assert codec.decode_request(codec.encode_request(request), codec.PROTOBUF) == request
    with pytest.raises(codec.MalformedRequest) as error:
        codec.decode_request(b"\x0a\x05\x01", codec.PROTOBUF)
    assert error.value.status == 400 and error.value.grpc_code == codec.CODE_INVALID_ARGUMENT
    bad_utf8 = request.SerializeToString().replace(b"order 1 placed", b"order \xed\xa0\x80 placed")
    with pytest.raises(codec.MalformedRequest, match="UTF-8"):
        codec.decode_request_protobuf(bad_utf8)


# --------------------------------------------------------------------------- OTLP/JSON


def test_json_encoding_follows_otlp_json():
    request = sample_request(1)
    document = json.loads(codec.encode_request_json(request))
    record = document["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]
    assert record["traceId"] == "01" * 16 and record["spanId"] == "02" * 8  # hex, not base64
    assert record["severityNumber"] == 9  # enums as integers
    assert record["timeUnixNano"] == "1700000000000000000"  # int64 as a string
    assert record["attributes"] == [{"key": "i", "value": {"intValue": "0"}}]
    assert codec.decode_request_json(codec.encode_request_json(request)) == request


def test_json_decoding_accepts_every_spelling_and_ignores_unknown_fields():
    trace = "5b8efff798038103d269b633813fc60c"
    document = {
        "resource_logs": [{
            "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "api"}}],
                         "droppedAttributesCount": 0, "brandNew": {"x": 1}},
            "scopeLogs": [{
                "scope": {"name": "lib", "version": "1"},
                "log_records": [
                    {"timeUnixNano": 1700000000000000000, "severityNumber": "SEVERITY_NUMBER_ERROR",
                     "body": {"kvlistValue": {"values": [{"key": "msg", "value": {"stringValue": "x"}}]}},
                     "traceId": trace.upper(), "span_id": "0102030405060708", "unknown": [None]},
                    {"time_unix_nano": "5", "severity_number": 5, "body": {"bytesValue": "AAE="},
                     "attributes": [{"key": "d", "value": {"doubleValue": "NaN"}},
                                    {"key": "a", "value": {"arrayValue": {"values": [{"boolValue": True}]}}}],
                     "traceId": "", "eventName": "login"},
                ],
            }],
        }],
    }
    request = codec.decode_request_json(json.dumps(document).encode())
    first, second = request.resource_logs[0].scope_logs[0].log_records
    assert first.trace_id == bytes.fromhex(trace) and first.span_id == bytes(range(1, 9))
    assert first.severity_number == 17 and first.time_unix_nano == 1700000000000000000
    assert first.body.kvlist_value.values[0].value.string_value == "x"
    assert second.trace_id == b"" and second.time_unix_nano == 5 and second.severity_number == 5
    assert second.body.bytes_value == b"\x00\x01" and second.event_name == "login"
    assert second.attributes[1].value.array_value.values[0].bool_value is True


def test_json_ids_must_be_hex_of_the_right_length():
    def request_with(**ids) -> bytes:
        return json.dumps({"resourceLogs": [{"scopeLogs": [{"logRecords": [ids]}]}]}).encode()

    # base64 of 16 bytes is what protobuf's own JSON would write: not OTLP/JSON.
    b64 = base64.b64encode(bytes(range(16))).decode()
    for ids in [{"traceId": b64}, {"traceId": "zz" * 16}, {"spanId": "01" * 4}, {"spanId": "0x" + "1" * 14}]:
        with pytest.raises(codec.MalformedRequest):
            codec.decode_request_json(request_with(**ids))


@pytest.mark.parametrize("body", [
    b"", b"[]", b"null", b'"text"', b"{", b"\xff\xfe{}",
    b'{"resourceLogs": {}}',
    b'{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"timeUnixNano": -1}]}]}]}',
    b'{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"timeUnixNano": 1e400}]}]}]}',
    b'{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"body": {"stringValue": 5}}]}]}]}',
    b'{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"traceId": 5}]}]}]}',
    b'{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"flags": ' + b"9" * 5000 + b"}]}]}]}",
])
def test_malformed_json_is_400(body):
    with pytest.raises(codec.MalformedRequest) as error:
        codec.decode_request_json(body)
    assert error.value.status == 400 and error.value.message


def test_json_depth_matches_protobuf_limit():
    def nested(depth: int) -> bytes:
        kvlist = b'{"kvlistValue":{"values":[{"key":"k","value":'
        return (b'{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":' + kvlist * depth
                + b'{"stringValue":"leaf"}' + b"}]}}" * depth + b"}]}]}]}")

    ok = codec.decode_request_json(nested(25))
    assert codec.decode_request_protobuf(ok.SerializeToString()) == ok
    for depth in (40, 100_000):
        with pytest.raises(codec.MalformedRequest):
            codec.decode_request_json(nested(depth))


# --------------------------------------------------------------------------- decompression


def test_gzip_deflate_and_identity():
    data = sample_request(50).SerializeToString()
    assert codec.decompress(gzip.compress(data), "gzip", len(data)) == data
    assert codec.decompress(codec.gzip_compress(data), "x-gzip", len(data)) == data
    # RFC 1952 allows several members back to back.
    assert codec.decompress(gzip.compress(data) + gzip.compress(data), "gzip", 2 * len(data)) == data + data
    assert codec.decompress(zlib.compress(data), "deflate", len(data)) == data
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    assert codec.decompress(raw_deflate.compress(data) + raw_deflate.flush(), "Deflate", len(data)) == data
    assert codec.decompress(data, None, len(data)) == data
    assert codec.decompress(data, "identity", len(data)) == data
    assert codec.decompress(b"", "gzip", 10) == b""


def test_streamed_in_tiny_chunks():
    data = sample_request(20).SerializeToString()
    for compressed, encoding in [(gzip.compress(data), "gzip"), (zlib.compress(data), "deflate")]:
        decompressor = codec.Decompressor(encoding, len(data))
        for i in range(len(compressed)):
            decompressor.feed(compressed[i:i + 1])
        assert decompressor.finish() == data


def test_corrupt_truncated_and_unsupported_streams():
    data = gzip.compress(b"hello world" * 100)
    for body, encoding in [(data[:-12], "gzip"), (b"not gzip at all", "gzip"), (data + b"junk!", "gzip"),
                           (zlib.compress(b"abc")[:-3], "deflate"), (data[:1], "deflate"),
                           (zlib.compress(b"abc") + b"more", "deflate")]:
        with pytest.raises(codec.MalformedRequest) as error:
            codec.decompress(body, encoding, 1 << 20)
        assert error.value.status == 400
    for encoding in ("br", "zstd", "gzip, br", "compress"):
        with pytest.raises(codec.UnsupportedEncoding) as error:
            codec.Decompressor(encoding, 100)
        assert error.value.status == 415


def test_size_caps_are_exact():
    data = bytes(1000)
    assert codec.decompress(gzip.compress(data), "gzip", 1000) == data
    for encoding, body in [("gzip", gzip.compress(data)), ("deflate", zlib.compress(data)), (None, data)]:
        with pytest.raises(codec.RequestTooLarge) as error:
            codec.decompress(body, encoding, 999)
        assert error.value.status == 413 and error.value.grpc_code == codec.CODE_RESOURCE_EXHAUSTED
    # The cap spans gzip members.
    with pytest.raises(codec.RequestTooLarge):
        codec.decompress(gzip.compress(data) * 2, "gzip", 1500)


def test_bomb_costs_at_most_the_cap_in_memory():
    from tests.receive.test_http_server import gzip_bomb

    bomb = gzip_bomb(1)
    cap = 4 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(codec.RequestTooLarge):
            decompressor = codec.Decompressor("gzip", cap)
            for start in range(0, len(bomb), 65536):
                decompressor.feed(bomb[start:start + 65536])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * cap, peak  # zlib grows its output buffer by reallocation


# --------------------------------------------------------------------------- answers


def test_responses_and_status_bodies():
    assert codec.encode_response(None, codec.PROTOBUF) == b""
    assert codec.encode_response(ExportLogsServiceResponse(), codec.JSON) == b"{}"
    partial = ExportLogsServiceResponse()
    partial.partial_success.rejected_log_records = 2
    partial.partial_success.error_message = "two too old"
    assert codec.decode_response(codec.encode_response(partial, codec.PROTOBUF)) == partial
    assert json.loads(codec.encode_response(partial, codec.JSON)) == {
        "partialSuccess": {"rejectedLogRecords": "2", "errorMessage": "two too old"}}
    assert codec.decode_response(codec.encode_response(partial, codec.JSON), codec.JSON) == partial
    assert codec.decode_response(b"", codec.JSON) == ExportLogsServiceResponse()

    body = codec.encode_status(codec.CODE_UNAVAILABLE, "queue full", codec.JSON, [codec.retry_info(0.25)])
    assert json.loads(body) == {"code": 14, "message": "queue full", "details": [
        {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.250s"}]}
    status = status_pb2.Status.FromString(codec.encode_status(3, "bad", codec.PROTOBUF))
    assert (status.code, status.message) == (3, "bad")
    assert codec.decode_status(codec.encode_status(3, "bad", codec.JSON), codec.JSON) == status
    assert codec.decode_status(b"<html>", codec.JSON) is None
    info = codec.retry_info(61.5)
    assert (info.retry_delay.seconds, info.retry_delay.nanos) == (61, 500_000_000)
    assert isinstance(info, error_details_pb2.RetryInfo)


def test_json_decoding_agrees_with_protobufs_own_parser():
    """Beyond the hex ids, OTLP/JSON is protobuf's JSON mapping: both parsers must agree."""
    request = sample_request(5)
    document = json_format.MessageToDict(request)  # base64 ids, camelCase
    for record in document["resourceLogs"][0]["scopeLogs"][0]["logRecords"]:
        for key in ("traceId", "spanId"):
            record[key] = base64.b64decode(record[key]).hex()
    assert codec.decode_request_json(json.dumps(document).encode()) == request
    assert ExportLogsServiceRequest.FromString(request.SerializeToString()) == request
