"""Records a trusted upstream sampler already decided: moved out of a request before sampling.

An SDK that samples at the source (docs/sdk.md) annotates each record it decided
(``sampling.rule``, ``sampling.adjusted_count``) and sends summary records
(``sampling.summary``) for what it dropped. From a caller holding a token of
``sampling.trusted_upstreams`` both are believed: the decided records pass with their
adjusted count (sampling them again would cut them twice) and the summaries pass as they
are (a summary sampled or re-templated here would lose the count it carries). From anyone
else these attributes are stripped before sampling (sample/incoming.py) and the records
are ordinary ones. Only trusted requests are scanned here, so the hot path of everyone
else does not pay for it.
"""

from __future__ import annotations

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.sample.annotate import RULE_KEY
from otlp_sampler.sample.summaries import SUMMARY_KEY

_MARKS = frozenset((RULE_KEY, SUMMARY_KEY))


def split_decided(request: ExportLogsServiceRequest) -> ExportLogsServiceRequest | None:
    """Move every record carrying ``sampling.rule`` or ``sampling.summary`` into a request of
    its own (same resources and scopes), returned; None when there is none."""
    passed = None
    for rl in request.resource_logs:
        passed_rl = None
        for sl in rl.scope_logs:
            records = sl.log_records
            moving = []
            for index in range(len(records)):
                attributes = records[index].attributes
                for position in range(len(attributes) - 1, -1, -1):  # ours are usually last
                    if attributes[position].key in _MARKS:
                        moving.append(index)
                        break
            if not moving:
                continue
            if passed is None:
                passed = ExportLogsServiceRequest()
            if passed_rl is None:
                passed_rl = passed.resource_logs.add(schema_url=rl.schema_url)
                passed_rl.resource.CopyFrom(rl.resource)
            passed_sl = passed_rl.scope_logs.add(schema_url=sl.schema_url)
            passed_sl.scope.CopyFrom(sl.scope)
            passed_sl.log_records.extend(records[index] for index in moving)
            if len(moving) == len(records):
                del records[:]
            else:
                moved = set(moving)
                remaining = [records[index] for index in range(len(records)) if index not in moved]
                del records[:]
                records.extend(remaining)
    return passed


def decided_rule(record) -> str | None:
    """The ``sampling.rule`` a record carries; None for a summary record (or none at all)."""
    attributes = record.attributes
    for position in range(len(attributes) - 1, -1, -1):
        kv = attributes[position]
        if kv.key == SUMMARY_KEY:
            return None
        if kv.key == RULE_KEY:
            return kv.value.string_value
    return None
