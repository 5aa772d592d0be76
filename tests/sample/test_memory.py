"""The processor's long-lived state does not grow with traffic (protobuf arenas included)."""

from __future__ import annotations

from pathlib import Path

from .helpers import FakeClock, attrs, processor, record, records_of, request

RESOURCE = {f"host.label.{i}": f"value-{i:04d}-" + "x" * 32 for i in range(12)}


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def test_remembering_a_services_resource_does_not_grow_memory():
    # Summaries go out on each service's last-seen resource. Copying it into one long-lived
    # protobuf message per batch grows that message's upb arena forever (~700 bytes a copy
    # here: ~70 MB over these batches); remembering it must cost nothing per batch.
    clock = FakeClock()
    p = processor(clock, default_rate=0.001, novelty={"keep": 0})
    batch = [record(f"tick {i}") for i in range(4)]

    def run(batches: int) -> None:
        for _ in range(batches):
            p.process(request(list(batch), service="svc", resource_attributes=RESOURCE))

    run(5_000)  # warm up caches and pattern state
    before = rss_bytes()
    run(100_000)
    grown = rss_bytes() - before
    assert grown < 20 * 1024 * 1024, f"RSS grew {grown / 2**20:.0f} MiB"
    # ...and the summaries still go out on that resource.
    summaries = p.take_summaries()
    assert summaries is not None
    resource = {kv.key: kv.value.string_value for kv in summaries.resource_logs[0].resource.attributes}
    assert resource["host.label.3"] == RESOURCE["host.label.3"] and resource["service.name"] == "svc"
    assert all(attrs(r)["sampling.summary"] for r in records_of(summaries))
