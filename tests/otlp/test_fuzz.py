"""Fuzzing the decoders: whatever the bytes, the answer is a request or a typed CodecError.

A short, derandomized run here; a longer one locally with ``FUZZ_EXAMPLES=20000 pytest
tests/otlp/test_fuzz.py``.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.otlp import codec
from tests.receive.conftest import sample_request

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, derandomize="FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow])

VALID = sample_request(4).SerializeToString()
VALID_JSON = codec.encode_request_json(sample_request(4))


def decodes_or_refuses(data: bytes, media: str) -> None:
    try:
        result = codec.decode_request(data, media)
    except codec.CodecError as error:
        assert error.status in (400, 413, 415) and error.message
    else:
        assert isinstance(result, ExportLogsServiceRequest)
        # Whatever was accepted can be forwarded in either encoding.
        codec.decode_request_protobuf(result.SerializeToString())
        codec.decode_request_json(codec.encode_request_json(result))


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
