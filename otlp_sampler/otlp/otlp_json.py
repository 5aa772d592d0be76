"""A fast path between OTLP/JSON documents and log messages, beside protobuf's ``json_format``.

``json_format`` walks descriptors in pure Python at about 10,000 records/s; these
functions know the logs schema and go several times faster. They cover the shapes real
exporters send. Anything else — an unknown key, an enum spelled by name, a number spelled
as a float, bytes, deep nesting — raises :class:`NotFast` before the result is used, and
the caller falls back to ``json_format``, which stays the one authority on what is valid.
Resources and scopes (one per batch, not per record) go through ``json_format`` directly.
"""

from __future__ import annotations

import base64
import math

from google.protobuf import json_format
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.logs.v1.logs_pb2 import SeverityNumber

# AnyValue nesting the fast path handles; deeper values go to json_format and its limit.
MAX_FAST_DEPTH = 20
_SEVERITY_NAMES = dict(SeverityNumber.items())


class NotFast(Exception):
    """The document needs ``json_format``: either it is unusual or it is invalid."""


# --------------------------------------------------------------------------- decoding


def _uint(value) -> int:
    # OTLP/JSON writes 64-bit integers as strings; plain numbers are accepted too.
    if type(value) is int:
        return value
    if type(value) is str and value.isascii() and value.isdigit():
        return int(value)
    raise NotFast


def _int(value) -> int:
    if type(value) is int:
        return value
    if type(value) is str and value.isascii() and value.lstrip("-").isdigit() and value.count("-") <= 1:
        return int(value)
    raise NotFast


def _list(value) -> list:
    if type(value) is not list:
        raise NotFast
    return value


def _any_value(document, out, depth: int) -> None:
    if type(document) is not dict or len(document) > 1 or depth > MAX_FAST_DEPTH:
        raise NotFast  # two members of the oneof at once is for json_format to refuse
    for key, value in document.items():
        if value is None:
            break
        if key == "stringValue" or key == "string_value":
            out.string_value = value
        elif key == "intValue" or key == "int_value":
            out.int_value = _int(value)
        elif key == "boolValue" or key == "bool_value":
            if type(value) is not bool:
                raise NotFast
            out.bool_value = value
        elif key == "doubleValue" or key == "double_value":
            if type(value) is not float and type(value) is not int:
                raise NotFast  # "NaN", "Infinity", numeric strings
            out.double_value = value
        elif key == "kvlistValue" or key == "kvlist_value":
            kvlist = out.kvlist_value
            kvlist.SetInParent()
            _key_values(_values_of(value), kvlist.values, depth + 1)
        elif key == "arrayValue" or key == "array_value":
            array = out.array_value
            array.SetInParent()
            values = array.values
            for item in _values_of(value):
                _any_value(item, values.add(), depth + 1)
        else:
            raise NotFast
        return
    out.SetInParent()  # {} (or a null member): present but empty, as json_format has it


def _values_of(container) -> list:
    if type(container) is not dict:
        raise NotFast
    if not container:
        return []
    if len(container) > 1 or "values" not in container:
        raise NotFast
    values = container["values"]
    return [] if values is None else _list(values)


def _key_values(items, out, depth: int) -> None:
    for item in _list(items):
        if type(item) is not dict:
            raise NotFast
        kv = out.add()
        for key, value in item.items():
            if key == "key":
                kv.key = value
            elif key == "value":
                if value is not None:
                    _any_value(value, kv.value, depth)
            elif value is not None:
                raise NotFast


def _set_time(field: str):
    def setter(record, value):
        setattr(record, field, _uint(value))
    return setter


def _set_severity(record, value) -> None:
    if type(value) is int:
        record.severity_number = value
    elif type(value) is str and value in _SEVERITY_NAMES:
        record.severity_number = _SEVERITY_NAMES[value]
    else:
        raise NotFast


def _set_id(field: str, size: int):
    def setter(record, value):
        if type(value) is not str or (value and len(value) != 2 * size):
            raise NotFast  # json_format's path words the error
        setattr(record, field, bytes.fromhex(value))
    return setter


def _set_uint32(field: str):
    def setter(record, value):
        if type(value) is not int:
            raise NotFast
        setattr(record, field, value)
    return setter


def _set_string(field: str):
    def setter(record, value):
        setattr(record, field, value)  # a non-string raises TypeError: json_format reports it
    return setter


def _set_body(record, value) -> None:
    _any_value(value, record.body, 0)


def _set_attributes(record, value) -> None:
    _key_values(value, record.attributes, 0)


_RECORD_FIELDS = {}
for _name, _json_name, _setter in [
    ("time_unix_nano", "timeUnixNano", _set_time("time_unix_nano")),
    ("observed_time_unix_nano", "observedTimeUnixNano", _set_time("observed_time_unix_nano")),
    ("severity_number", "severityNumber", _set_severity),
    ("severity_text", "severityText", _set_string("severity_text")),
    ("body", "body", _set_body),
    ("attributes", "attributes", _set_attributes),
    ("dropped_attributes_count", "droppedAttributesCount", _set_uint32("dropped_attributes_count")),
    ("flags", "flags", _set_uint32("flags")),
    ("trace_id", "traceId", _set_id("trace_id", 16)),
    ("span_id", "spanId", _set_id("span_id", 8)),
    ("event_name", "eventName", _set_string("event_name")),
]:
    _RECORD_FIELDS[_name] = _RECORD_FIELDS[_json_name] = _setter


def _parse_into(document, message) -> None:
    """A resource or scope: json_format, once per batch."""
    if type(document) is not dict:
        raise NotFast
    message.SetInParent()
    try:
        json_format.ParseDict(document, message, ignore_unknown_fields=True, max_recursion_depth=40)
    except json_format.ParseError:
        raise NotFast from None


def _scope_logs(document, out) -> None:
    if type(document) is not dict:
        raise NotFast
    fields = _RECORD_FIELDS
    for key, value in document.items():
        if value is None:
            continue
        if key == "logRecords" or key == "log_records":
            records = out.log_records
            for item in _list(value):
                if type(item) is not dict:
                    raise NotFast
                record = records.add()
                for name, field_value in item.items():
                    if field_value is not None:
                        setter = fields.get(name)
                        if setter is None:
                            raise NotFast
                        setter(record, field_value)
        elif key == "scope":
            _parse_into(value, out.scope)
        elif key == "schemaUrl" or key == "schema_url":
            out.schema_url = value
        else:
            raise NotFast


def _resource_logs(document, out) -> None:
    if type(document) is not dict:
        raise NotFast
    for key, value in document.items():
        if value is None:
            continue
        if key == "scopeLogs" or key == "scope_logs":
            scope_logs = out.scope_logs
            for item in _list(value):
                _scope_logs(item, scope_logs.add())
        elif key == "resource":
            _parse_into(value, out.resource)
        elif key == "schemaUrl" or key == "schema_url":
            out.schema_url = value
        else:
            raise NotFast


def request_from_dict(document: dict) -> ExportLogsServiceRequest:
    """Build a request from a parsed OTLP/JSON document; :class:`NotFast` means use json_format.

    The document is not modified, so the fallback sees it as it came.
    """
    request = ExportLogsServiceRequest()
    try:
        for key, value in document.items():
            if value is None:
                continue
            if key != "resourceLogs" and key != "resource_logs":
                raise NotFast
            resource_logs = request.resource_logs
            for item in _list(value):
                _resource_logs(item, resource_logs.add())
    except (TypeError, ValueError, AttributeError, OverflowError):
        raise NotFast from None  # a value of the wrong type or range: json_format words the error
    return request


# --------------------------------------------------------------------------- encoding


def _double(value: float):
    if math.isfinite(value):
        return value
    if math.isnan(value):
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


def _any_to_dict(value) -> dict:
    kind = value.WhichOneof("value")
    if kind == "string_value":
        return {"stringValue": value.string_value}
    if kind is None:
        return {}
    if kind == "int_value":
        return {"intValue": str(value.int_value)}
    if kind == "bool_value":
        return {"boolValue": value.bool_value}
    if kind == "double_value":
        return {"doubleValue": _double(value.double_value)}
    if kind == "kvlist_value":
        values = value.kvlist_value.values
        return {"kvlistValue": {"values": _key_values_to_list(values)} if values else {}}
    if kind == "array_value":
        values = value.array_value.values
        return {"arrayValue": {"values": [_any_to_dict(item) for item in values]} if values else {}}
    if kind == "bytes_value":
        return {"bytesValue": base64.b64encode(value.bytes_value).decode("ascii")}
    return json_format.MessageToDict(value, use_integers_for_enums=True)


def _key_values_to_list(key_values) -> list:
    result = []
    append = result.append
    for kv in key_values:
        if kv.key_strindex:
            append(json_format.MessageToDict(kv, use_integers_for_enums=True))
            continue
        item = {"key": kv.key} if kv.key else {}
        if kv.HasField("value"):
            item["value"] = _any_to_dict(kv.value)
        append(item)
    return result


def _record_to_dict(record) -> dict:
    result = {}
    if record.time_unix_nano:
        result["timeUnixNano"] = str(record.time_unix_nano)
    if record.observed_time_unix_nano:
        result["observedTimeUnixNano"] = str(record.observed_time_unix_nano)
    if record.severity_number:
        result["severityNumber"] = record.severity_number
    if record.severity_text:
        result["severityText"] = record.severity_text
    if record.HasField("body"):
        result["body"] = _any_to_dict(record.body)
    if record.attributes:
        result["attributes"] = _key_values_to_list(record.attributes)
    if record.dropped_attributes_count:
        result["droppedAttributesCount"] = record.dropped_attributes_count
    if record.flags:
        result["flags"] = record.flags
    if record.trace_id:
        result["traceId"] = record.trace_id.hex()
    if record.span_id:
        result["spanId"] = record.span_id.hex()
    if record.event_name:
        result["eventName"] = record.event_name
    return result


def request_to_dict(request: ExportLogsServiceRequest) -> dict:
    """The OTLP/JSON document of a request: camelCase, hex ids, int64 as strings, enums as numbers."""
    resource_logs_list = []
    for resource_logs in request.resource_logs:
        item = {}
        if resource_logs.HasField("resource"):
            item["resource"] = json_format.MessageToDict(resource_logs.resource, use_integers_for_enums=True)
        scope_logs_list = []
        for scope_logs in resource_logs.scope_logs:
            scope_item = {}
            if scope_logs.HasField("scope"):
                scope_item["scope"] = json_format.MessageToDict(scope_logs.scope, use_integers_for_enums=True)
            if scope_logs.log_records:
                scope_item["logRecords"] = [_record_to_dict(record) for record in scope_logs.log_records]
            if scope_logs.schema_url:
                scope_item["schemaUrl"] = scope_logs.schema_url
            scope_logs_list.append(scope_item)
        if scope_logs_list:
            item["scopeLogs"] = scope_logs_list
        if resource_logs.schema_url:
            item["schemaUrl"] = resource_logs.schema_url
        resource_logs_list.append(item)
    return {"resourceLogs": resource_logs_list} if resource_logs_list else {}
