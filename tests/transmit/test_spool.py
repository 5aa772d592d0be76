"""The spool: accepted requests survive kill -9; acknowledged ones are not sent twice; disk is capped."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from pathlib import Path

import pytest

from otlp_sampler.metrics import Metrics
from otlp_sampler.transmit import ExportQueue, build_exporter
from otlp_sampler.transmit.spool import Spool, SpoolLocked
from tests.peers.sinks import HttpSink, Reply, make_request
from tests.peers.waiting import eventually as wait_until
from tests.peers.waiting import free_port
from tests.transmit.conftest import exporter_config, records_by_outcome

ROOT = Path(__file__).resolve().parents[2]


class Child:
    """tests/transmit/spool_child.py in a subprocess."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, spool_dir, endpoint: str) -> Child:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.transmit.spool_child", str(spool_dir), endpoint, cwd=ROOT,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        child = cls(process)
        await child.expect("READY")
        return child

    async def command(self, line: str, answer: str) -> None:
        self.process.stdin.write(line.encode() + b"\n")
        await self.process.stdin.drain()
        await self.expect(answer)

    async def expect(self, answer: str) -> None:
        line = await asyncio.wait_for(self.process.stdout.readline(), 20)
        assert line.decode().strip() == answer, line

    async def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()


async def restart_and_collect(spool_dir, sink: HttpSink, metrics) -> ExportQueue:
    config = exporter_config(sink.logs_url, queue={"spool_dir": str(spool_dir)})
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    return queue


async def test_kill_9_loses_nothing_and_resends_only_what_was_not_acknowledged(tmp_path, metrics):
    spool_dir = tmp_path / "spool"
    async with HttpSink() as sink:
        child = await Child.start(spool_dir, sink.logs_url)
        try:
            await child.command("put 5 acked", "ACCEPTED acked")
            await child.command("idle", "IDLE")  # delivered, and the acks are on disk
            sink.default = Reply(503)  # the upstream goes down
            await child.command("put 7 pending", "ACCEPTED pending")  # on disk: the client was answered
        finally:
            await child.kill()
        assert sink.delivered_records == 50
        sink.default = Reply(200)
        queue = await restart_and_collect(spool_dir, sink, metrics)
        records = await sink.wait_for_records(120)
        await queue.stop(5)
    bodies = Counter(r.body.string_value for r in records)
    assert len(bodies) == 120 and max(bodies.values()) == 1  # every record, exactly once
    assert sum(1 for b in bodies if b.startswith("pending-")) == 70
    assert records_by_outcome(metrics, "delivered") == 70  # only the unacknowledged part was resent
    assert list(spool_dir.glob("*.seg")) == []  # all acknowledged: the spool is empty


async def test_restart_after_clean_stop_sends_nothing_twice(tmp_path, metrics):
    async with HttpSink() as sink:
        queue = await restart_and_collect(tmp_path, sink, metrics)
        for _ in range(4):
            await queue.put(make_request(25), 25)
        await sink.wait_for_records(100)
        await queue.stop(5)
        again = await restart_and_collect(tmp_path, sink, metrics)
        assert again.depth_records == 0
        await again.stop(5)
    assert sink.delivered_records == 100


async def test_stop_with_upstream_down_keeps_the_rest_for_the_next_start(tmp_path, metrics):
    config = exporter_config(f"http://127.0.0.1:{free_port()}", queue={"spool_dir": str(tmp_path)})
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    await queue.put(make_request(30), 30)
    await queue.stop(0.1)
    assert records_by_outcome(metrics, "dropped") == 0  # not lost: spooled
    async with HttpSink() as sink:
        queue = await restart_and_collect(tmp_path, sink, metrics)
        await sink.wait_for_records(30)
        await queue.stop(5)
    assert sink.delivered_records == 30


async def test_spool_cap_pushes_back(tmp_path, metrics):
    port = free_port()
    config = exporter_config(f"http://127.0.0.1:{port}",
                             queue={"spool_dir": str(tmp_path), "spool_max_bytes": 20_000})
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    puts = 0
    while queue.has_room():
        await queue.put(make_request(20), 20)
        puts += 1
    assert 20_000 <= queue.spool.bytes < 25_000 and puts < 50
    assert queue.depth_records < config.queue.max_records  # the spool, not the queue, is full
    assert metrics.registry.get_sample_value("otlp_sampler_spool_bytes") == queue.spool.bytes
    async with HttpSink(port=port) as sink:
        await sink.wait_for_records(20 * puts)
        await wait_until(queue.has_room)
        await queue.stop(5)
    assert queue.spool.bytes == 0


async def test_torn_tail_and_bad_checksum_are_skipped(tmp_path):
    spool = Spool(tmp_path, max_bytes=10**6)
    spool.recover()
    payloads = [make_request(2, body=f"{n}-{{i}}").SerializeToString() for n in range(3)]
    entries = [await spool.append(payload, 2) for payload in payloads]
    await spool.close()
    (segment,) = tmp_path.glob("*.seg")
    data = bytearray(segment.read_bytes())
    data[-3] ^= 0xFF  # corrupt the last frame's payload
    segment.write_bytes(bytes(data) + b"\x10\x00\x00\x00\x01")  # and a torn frame after it
    recovered = Spool(tmp_path, max_bytes=10**6)
    assert recovered.recover() == [entries[0][0]]
    frames = await recovered.load(entries[0][0])
    assert [entry for entry, _, _ in frames] == entries[:2]
    recovered.ack(entry for entry, _, _ in frames)
    await recovered.close()
    assert list(tmp_path.glob("*.seg")) == [] and os.listdir(tmp_path) == ["lock"]


async def test_ledger_frames_wait_for_their_summary_apart_from_requests(tmp_path):
    """A request's drop counts are spooled with it, in the ledger's own spool: the delivered
    request leaves the disk at once, the counts stay until forgotten and come back at the
    next start (after kill -9 too: tests/e2e/test_durable_summaries.py)."""
    async with HttpSink() as sink:
        config = exporter_config(sink.logs_url, queue={"spool_dir": str(tmp_path)})
        queue = ExportQueue(config, build_exporter(config), Metrics())
        await queue.start()
        kept_and_counts = await queue.put(make_request(3), 3, ledger=(b"drops-1", 7))
        counts_only = await queue.put(make_request(0), 0, ledger=(b"drops-2", 5))  # all dropped
        await sink.wait_for_records(3)
        await wait_until(lambda: not list(tmp_path.glob("*.seg")), 5, "the delivered request's segment to go")
        assert list((tmp_path / "ledger").glob("*.seg"))  # the counts wait for their summary
        await queue.stop(5)

        again = ExportQueue(config, build_exporter(config), Metrics())
        await again.start()
        assert again.recovered_ledger == [(kept_and_counts, b"drops-1"), (counts_only, b"drops-2")]
        assert again.depth_records == 0  # nothing of it is sent upstream
        again.forget([kept_and_counts, counts_only])  # their summary is spooled now
        await again.stop(5)
        assert list((tmp_path / "ledger").glob("*.seg")) == []
        assert sink.delivered_records == 3


async def test_one_process_per_spool_directory(tmp_path):
    first = Spool(tmp_path, max_bytes=1 << 20)
    first.recover()
    second = Spool(tmp_path, max_bytes=1 << 20)
    with pytest.raises(SpoolLocked, match=f"in use by another process \\(pid {os.getpid()}\\)"):
        second.recover()
    await first.close()
    second.recover()  # free again once the first closed (or died: the kernel drops the lock)
    await second.close()


async def test_with_a_sync_interval_appends_return_once_written_and_fsynced_soon(tmp_path, monkeypatch):
    """exporter.queue.spool_sync_interval: the frame is in the file (a killed process keeps
    it) when append returns, and fsynced within the interval (a power cut loses at most that)."""
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    spool = Spool(tmp_path, max_bytes=1 << 20, sync_interval=0.05)
    spool.recover()
    entry = await spool.append(b"request-1", 4)
    assert synced == []  # not waited for
    await _abandon(spool)  # kill -9 now: the page cache keeps what was written
    recovered = Spool(tmp_path, max_bytes=1 << 20)
    assert recovered.recover() == [entry[0]]
    assert [(e, r, p) for e, r, p in await recovered.load(entry[0])] == [(entry, 4, b"request-1")]
    await recovered.close()

    spool = Spool(tmp_path / "again", max_bytes=1 << 20, sync_interval=0.05)
    spool.recover()
    await spool.append(b"request-2", 1)
    await wait_until(lambda: synced, 2, "the interval's fsync")
    await spool.close()


async def _abandon(spool: Spool) -> None:
    """Drop a spool as a killed process would: nothing flushed, fsynced or closed in order."""
    spool._sync_timer.cancel()
    for fd in spool._fds.values():
        os.close(fd)
    spool._fds.clear()
    spool._executor.shutdown(wait=True)
    os.close(spool._lock_fd)
