"""Halving a request the upstream found too large (HTTP 413, gRPC "larger than max")."""

from __future__ import annotations

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest


def count_records(request: ExportLogsServiceRequest) -> int:
    return sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs)


Request = ExportLogsServiceRequest


def split_request(request: Request) -> tuple[Request, Request]:
    """Two requests with the first and second half of the records, resources and scopes kept.

    Records are copied by slices (in C), never one by one in Python.
    """
    half = count_records(request) // 2
    first, second = ExportLogsServiceRequest(), ExportLogsServiceRequest()
    taken = 0
    for resource_logs in request.resource_logs:
        targets = {}  # side -> the ResourceLogs copy on that side, made when first needed
        for scope_logs in resource_logs.scope_logs:
            records = scope_logs.log_records
            cut = min(max(half - taken, 0), len(records))
            taken += cut
            for side, chunk in ((first, records[:cut]), (second, records[cut:])):
                if not chunk:
                    continue
                target = targets.get(id(side))
                if target is None:
                    target = targets[id(side)] = side.resource_logs.add()
                    target.resource.CopyFrom(resource_logs.resource)
                    target.schema_url = resource_logs.schema_url
                scope_copy = target.scope_logs.add()
                scope_copy.scope.CopyFrom(scope_logs.scope)
                scope_copy.schema_url = scope_logs.schema_url
                scope_copy.log_records.extend(chunk)
    return first, second
