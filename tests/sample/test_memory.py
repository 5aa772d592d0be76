"""Summaries go out on each service's last-seen resource, remembered once, not copied per batch.

That memory stays flat over 100k batches (protobuf arenas included) is measured, not
asserted here: ``python tests/benchmarks/memory.py --scenario processor`` (docs/performance.md).
"""

from __future__ import annotations

from .helpers import FakeClock, attrs, processor, record, records_of, request

RESOURCE = {f"host.label.{i}": f"value-{i:04d}-" + "x" * 32 for i in range(12)}


def resource_of(summaries) -> dict[str, str]:
    return {kv.key: kv.value.string_value for kv in summaries.resource_logs[0].resource.attributes}


def test_summaries_go_out_on_the_services_last_seen_resource():
    p = processor(FakeClock(), default_rate=0.001, novelty={"keep": 0})
    batch = [record(f"tick {i}") for i in range(4)]
    for _ in range(200):
        p.process(request(list(batch), service="svc", resource_attributes=RESOURCE))
    summaries = p.take_summaries()
    assert summaries is not None
    resource = resource_of(summaries)
    assert resource["host.label.3"] == RESOURCE["host.label.3"] and resource["service.name"] == "svc"
    assert all(attrs(r)["sampling.summary"] for r in records_of(summaries))
    # A resource that changes (a restarted pod's new attributes) is the one summaries carry next.
    moved = {**RESOURCE, "host.label.3": "moved"}
    for _ in range(200):
        p.process(request(list(batch), service="svc", resource_attributes=moved))
    assert resource_of(p.take_summaries())["host.label.3"] == "moved"
