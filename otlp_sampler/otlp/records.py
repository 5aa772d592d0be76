"""Reading OTLP protobuf records on the hot path and in tools: a body's text, a service's name.

Plain functions over the generated classes; no allocation beyond what the answer needs.
"""

from __future__ import annotations

from opentelemetry.proto.common.v1.common_pb2 import AnyValue
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

SERVICE_NAME = "service.name"
UNKNOWN_SERVICE = "unknown_service"
# Keys whose value is taken as the message of a structured (kvlist) body.
MESSAGE_KEYS = ("message", "msg", "body", "log", "event")
MAX_BODY_CHARS = 4096  # the miner looks at no more than this; longer bodies are cut


def service_name(resource: Resource) -> str:
    for kv in resource.attributes:
        if kv.key == SERVICE_NAME:
            return kv.value.string_value or UNKNOWN_SERVICE
    return UNKNOWN_SERVICE


def body_text(value: AnyValue) -> str:
    """The text the pattern miner sees for a body of any type.

    A string body is itself. A kvlist body is its message field when it has one, else the
    sorted key names as ``{a=<*> b=<*>}`` so that records of one shape share a pattern.
    Other types are shown by kind, so that e.g. all binary bodies of a service group.
    """
    kind = value.WhichOneof("value")
    if kind == "string_value":
        text = value.string_value
        return text if len(text) <= MAX_BODY_CHARS else text[:MAX_BODY_CHARS]
    if kind is None:
        return ""
    if kind == "kvlist_value":
        entries = value.kvlist_value.values
        for kv in entries:
            if kv.key in MESSAGE_KEYS and kv.value.WhichOneof("value") == "string_value":
                return body_text(kv.value)
        keys = sorted({kv.key for kv in entries})[:32]
        return "{" + " ".join(f"{k}=<*>" for k in keys) + "}"
    if kind == "array_value":
        return f"<array of {len(value.array_value.values)}>"
    if kind == "bytes_value":
        return "<bytes>"
    if kind == "bool_value":
        return "<bool>"
    return "<number>"


def value_text(value: AnyValue) -> str:
    """Any value as one line of text: scalars as written, composites as ``body_text`` shows them."""
    kind = value.WhichOneof("value")
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return "true" if value.bool_value else "false"
    if kind in ("int_value", "double_value"):
        return str(getattr(value, kind))
    if kind is None:
        return ""
    return body_text(value)
