"""Fuzzing the decoders: whatever the bytes, the answer is a request or a typed CodecError.

A short, derandomized run here; a longer one locally with ``FUZZ_EXAMPLES=20000 pytest
tests/otlp/test_fuzz.py``.
"""

from __future__ import annotations

import base64
import json
import os

from google.protobuf import json_format
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, ArrayValue, KeyValue, KeyValueList
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord

from otlp_sampler.otlp import codec
from tests.receive.conftest import sample_request

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, derandomize="FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow])

VALID = sample_request(4).SerializeToString()
VALID_JSON = codec.encode_request_json(sample_request(4))


def decodes_or_refuses(data: bytes, media: str) -> None:
    try:
        result = codec.decode_request(data, media)
    except codec.CodecError as error:
        assert error.status in (400, 413, 415) and error.message
        result = None
    else:
        assert isinstance(result, ExportLogsServiceRequest)
        # Whatever was accepted can be forwarded in either encoding.
        codec.decode_request_protobuf(result.SerializeToString())
        codec.decode_request_json(codec.encode_request_json(result))
    if media == codec.JSON:
        assert_fast_path_agrees(data, result)


def assert_fast_path_agrees(data: bytes, result: ExportLogsServiceRequest | None) -> None:
    """The fast JSON path and json_format alone accept the same documents, with the same result."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return
    if not isinstance(document, dict):
        return
    try:
        canonical = codec.parse_json_document(document, fast=False)
    except codec.MalformedRequest:
        canonical = None
    if result is None or canonical is None:
        assert result is None and canonical is None, (result, canonical)
    else:
        assert result.SerializeToString(deterministic=True) == canonical.SerializeToString(deterministic=True)


@st.composite
def mutated(draw, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 8))]
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 32))]
    return bytes(data)


@fuzz
@given(st.binary(max_size=512))
def test_random_bytes(data):
    decodes_or_refuses(data, codec.PROTOBUF)
    decodes_or_refuses(data, codec.JSON)


@fuzz
@given(mutated(VALID))
def test_mutated_protobuf(data):
    decodes_or_refuses(data, codec.PROTOBUF)


@fuzz
@given(mutated(VALID_JSON))
def test_mutated_json(data):
    decodes_or_refuses(data, codec.JSON)


ANY_KEYS = ["stringValue", "intValue", "doubleValue", "boolValue", "bytesValue", "arrayValue", "kvlistValue",
            "values", "key", "value"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from([*ANY_KEYS, "x", ""]),
                                                                      children, max_size=3),
    max_leaves=8,
)
FIELDS = ["traceId", "spanId", "trace_id", "timeUnixNano", "severityNumber", "severityText", "body",
          "attributes", "flags", "droppedAttributesCount", "eventName", "observedTimeUnixNano"]


@st.composite
def otlp_shaped_json(draw) -> bytes:
    """Documents with the OTLP skeleton and random values where fields go."""
    record = draw(st.dictionaries(st.sampled_from(FIELDS), json_values | st.dictionaries(
        st.sampled_from(ANY_KEYS), json_values, max_size=3), max_size=5))
    document = {"resourceLogs": [{
        "resource": draw(st.dictionaries(st.sampled_from(["attributes", "droppedAttributesCount", "x"]),
                                         json_values, max_size=2)),
        "scopeLogs": [{"scope": draw(json_values), "logRecords": [record]}],
    }]}
    return json.dumps(document).encode()


@fuzz
@given(otlp_shaped_json())
def test_otlp_shaped_json(data):
    decodes_or_refuses(data, codec.JSON)


@fuzz
@given(st.sampled_from(["gzip", "deflate"]), mutated(codec.gzip_compress(VALID)))
def test_mutated_compressed_streams(encoding, data):
    try:
        body = codec.decompress(data, encoding, 64 * 1024)
    except codec.CodecError as error:
        assert error.status in (400, 413)
        return
    decodes_or_refuses(body, codec.PROTOBUF)


# --------------------------------------------------------------------------- fast path vs json_format

int64s = st.integers(-(2**63), 2**63 - 1)
uint64s = st.integers(0, 2**64 - 1)
uint32s = st.integers(0, 2**32 - 1)
any_values = st.recursive(
    st.builds(lambda v: AnyValue(string_value=v), st.text(max_size=20))
    | st.builds(lambda v: AnyValue(int_value=v), int64s)
    | st.builds(lambda v: AnyValue(bool_value=v), st.booleans())
    | st.builds(lambda v: AnyValue(double_value=v), st.floats(allow_nan=False))
    | st.builds(lambda v: AnyValue(bytes_value=v), st.binary(max_size=12))
    | st.just(AnyValue()),
    lambda children: st.builds(lambda vs: AnyValue(array_value=ArrayValue(values=vs)),
                               st.lists(children, max_size=3))
    | st.builds(lambda kvs: AnyValue(kvlist_value=KeyValueList(values=kvs)),
                st.lists(st.builds(KeyValue, key=st.text(max_size=8), value=children), max_size=3)),
    max_leaves=10,
)
key_values = st.lists(st.builds(KeyValue, key=st.text(max_size=8), value=any_values), max_size=4)
records = st.builds(
    LogRecord,
    time_unix_nano=uint64s, observed_time_unix_nano=uint64s, severity_number=st.integers(0, 24),
    severity_text=st.text(max_size=8), body=any_values | st.none(), attributes=key_values,
    dropped_attributes_count=uint32s, flags=uint32s,
    trace_id=st.sampled_from([b""]) | st.binary(min_size=16, max_size=16),
    span_id=st.sampled_from([b""]) | st.binary(min_size=8, max_size=8), event_name=st.text(max_size=8),
)


@st.composite
def requests(draw) -> ExportLogsServiceRequest:
    request = ExportLogsServiceRequest()
    for _ in range(draw(st.integers(0, 2))):
        resource_logs = request.resource_logs.add(schema_url=draw(st.text(max_size=5)))
        if draw(st.booleans()):
            resource_logs.resource.attributes.extend(draw(key_values))
        for _ in range(draw(st.integers(0, 2))):
            scope_logs = resource_logs.scope_logs.add(schema_url=draw(st.text(max_size=5)))
            if draw(st.booleans()):
                scope_logs.scope.name = draw(st.text(max_size=5))
            scope_logs.log_records.extend(draw(st.lists(records, max_size=3)))
    return request


def canonical_document(request: ExportLogsServiceRequest) -> dict:
    """What json_format writes, with OTLP's hex ids."""
    document = json_format.MessageToDict(request, use_integers_for_enums=True)
    for resource_logs in document.get("resourceLogs", ()):
        for scope_logs in resource_logs.get("scopeLogs", ()):
            for record in scope_logs.get("logRecords", ()):
                for key in ("traceId", "spanId"):
                    if key in record:
                        record[key] = base64.b64decode(record[key]).hex()
    return document


@fuzz
@given(requests())
def test_fast_json_path_matches_json_format(request):
    encoded = codec.encode_request_json(request)
    assert json.loads(encoded) == canonical_document(request)
    assert codec.decode_request_json(encoded) == request
    assert codec.parse_json_document(json.loads(encoded), fast=False) == request
