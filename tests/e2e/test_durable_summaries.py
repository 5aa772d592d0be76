"""Nothing lost by default, dropped records included: ``serve`` processes with the default spool.

docs/reliability.md § Summaries survive a crash: with the spool (on by default, in
``./.otlp-sampler/spool``) every record a client was told was accepted is accounted for
upstream as a kept record or in a summary's ``sampling.dropped_count``, across ``kill -9``
and across a stop while the upstream is down; at most what was in flight at the kill is
counted twice.
"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter

import pytest

from tests.peers.sinks import HttpSink, Reply
from tests.peers.waiting import eventually, free_port
from tests.reliability.clients import RetryingGrpcClient
from tests.reliability.process import ProxyProcess

pytestmark = pytest.mark.e2e

SUMMARY, DROPPED = "sampling.summary", "sampling.dropped_count"


def accounting(records) -> tuple[Counter[str], int, int]:
    """(kept bodies with their counts, dropped records the summaries count, summary records
    that arrived twice — a summary batch in flight at a kill is resent whole)."""
    kept: Counter[str] = Counter()
    summaries: Counter[tuple] = Counter()
    for record in records:
        attributes = {kv.key: kv.value for kv in record.attributes}
        if SUMMARY in attributes:
            summaries[(record.time_unix_nano, record.SerializeToString(deterministic=True))] += 1
        else:
            kept[record.body.string_value] += 1
    dropped = sum(_dropped(key[1]) for key in summaries)
    return kept, dropped, sum(count - 1 for count in summaries.values())


def _dropped(serialized: bytes) -> int:
    from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord

    record = LogRecord.FromString(serialized)
    return next(kv.value.int_value for kv in record.attributes if kv.key == DROPPED)


def sampling_config(sink_url: str, **exporter) -> dict:
    """The defaults (sampling on, the spool in ./.otlp-sampler/spool) with test-speed knobs."""
    return {
        "store": {"kind": "memory"},
        "analysis": {"enabled": False},
        "sampling": {"summaries": {"interval": "300ms"}, "novelty": {"keep": 0}},
        "exporter": {"protocol": "http/protobuf", "endpoint": sink_url, "timeout": 5,
                     "batch": {"max_records": 200, "timeout": "50ms"},
                     "retry": {"initial_interval": "50ms", "max_interval": "300ms"}, **exporter},
    }


async def restart_and_drain(proxy: ProxyProcess) -> None:
    """Start ``proxy`` again on its default spool, wait until the spool is sent, stop it."""
    await proxy.start()
    await eventually(lambda: not list(proxy.cwd.glob(".otlp-sampler/spool/*.seg")), 20,
                     "the spool to drain after the restart")
    proxy.signal(signal.SIGTERM)
    assert await proxy.wait(15) == 0


async def test_kill_9_loses_no_count_of_dropped_records(tmp_path):
    sink = HttpSink(port=free_port())
    await sink.start()
    proxy = ProxyProcess(sampling_config(sink.logs_url), tmp_path)
    try:
        await proxy.start()
        sink.default = Reply(delay=0.2)  # batches wait in the spool and are in flight at the kill
        async with RetryingGrpcClient(proxy.grpc_target, "k", batch=100, give_up=0) as client:
            stop = asyncio.Event()
            task = asyncio.create_task(client.send_many(100_000, concurrency=4, stop=stop))

            async def summaries_flowing() -> bool:  # some summaries out, more drops pending
                return (len(client.acked) >= 8_000
                        and await proxy.metric("otlp_sampler_summary_records_total") >= 2)

            await eventually(summaries_flowing, 30, "records acknowledged and summaries sent")
            proxy.kill()
            stop.set()
            assert await proxy.wait(10) == -signal.SIGKILL
            await task
        await sink.stop()
        sink.default = Reply()
        await sink.start()
        await restart_and_drain(proxy)  # the restored drops are summarised at the next flush
    finally:
        await proxy.ensure_stopped()
        await sink.stop()

    kept, dropped, resent = accounting(sink.records())
    acknowledged = set(client.acked)
    kept_acknowledged = sum(1 for body in kept if body in acknowledged)
    print(f"\nkill -9 with sampling: acknowledged {len(acknowledged):,}, kept {kept_acknowledged:,} + "
          f"summarised {dropped:,} = {kept_acknowledged + dropped:,}; summary records resent {resent}, "
          f"in flight at the kill {client.abandoned}")
    assert 0 < kept_acknowledged < len(acknowledged) / 2, "the dynamic sampler should drop most records"
    # Nothing acknowledged is missing from the accounting ...
    assert kept_acknowledged + dropped >= len(acknowledged)
    # ... and nothing is counted twice but what was in flight at the kill: requests the client
    # was not answered for (kept or summarised), and a summary batch resent whole.
    kept_total = sum(1 for body in kept if body.startswith("k-"))
    assert kept_total + dropped <= len(acknowledged) + client.abandoned


async def test_a_stop_with_the_upstream_down_loses_nothing_with_the_one_line_posthog_start(tmp_path):
    """``POSTHOG_TOKEN=… otlp-sampler serve``, the upstream unreachable, SIGTERM: the default
    spool keeps the kept records and the drop counts; the next start delivers both."""
    sink = HttpSink(port=free_port())  # not started: PostHog is unreachable
    proxy = ProxyProcess({"exporter": {"shutdown_timeout": 0.3}}, tmp_path, env={
        "POSTHOG_TOKEN": "phc_test", "POSTHOG_HOST": sink.base_url})
    try:
        await proxy.start()
        async with RetryingGrpcClient(proxy.grpc_target, "p", batch=50) as client:
            await client.send_many(10)
        proxy.signal(signal.SIGTERM)
        assert await proxy.wait(15) == 0
        log = proxy.log_text()
        assert "RECORDS LOST" not in log and "NO SPOOL" not in log
        assert "stay in the spool" in log

        await sink.start()
        await restart_and_drain(proxy)
    finally:
        await proxy.ensure_stopped()
        await sink.stop()
    kept, dropped, resent = accounting(sink.records())
    assert all(count == 1 for count in kept.values()) and resent == 0
    assert set(kept) <= set(client.acked) and 0 < len(kept) < 500
    assert len(kept) + dropped == len(client.acked) == 500
