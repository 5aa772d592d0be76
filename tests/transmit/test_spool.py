"""The spool: accepted requests survive kill -9; acknowledged ones are not sent twice; disk is capped."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
import types
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


async def test_a_partly_acknowledged_segment_resends_only_its_unacknowledged_frames_after_kill_9(
        tmp_path, metrics):
    """One segment holds acknowledged frames, then one the upstream refuses, then more it
    took: only the acks on disk tell them apart after kill -9 (a fully acknowledged segment
    is simply deleted), frame by frame."""
    spool_dir = tmp_path / "spool"
    async with HttpSink() as sink:
        sink.refuse = lambda request: bodies_of(request)[0].startswith("held-")
        child = await Child.start(spool_dir, sink.logs_url)
        try:
            await child.command("put 2 before", "ACCEPTED before")
            await sink.wait_for_records(20)  # delivered: the next put makes a batch of its own
            await child.command("put 1 held", "ACCEPTED held")
            # Its batch is out and refused: the next puts make batches of their own.
            await sink.wait_for(lambda: any(r.status == 503 for r in sink.received), what="the refusal")
            await child.command("put 3 after", "ACCEPTED after")
            await child.command("drain 10", "DRAINED")  # only "held" is left; the acks are on disk
            assert len(list(spool_dir.glob("*.seg"))) == 1  # one segment: frames 0-1, 2 held, 3-5
        finally:
            await child.kill()
        assert sink.delivered_records == 50
        sink.refuse = None
        queue = await restart_and_collect(spool_dir, sink, metrics)
        records = await sink.wait_for_records(60)
        await queue.stop(5)
    bodies = Counter(r.body.string_value for r in records)
    assert len(bodies) == 60 and max(bodies.values()) == 1, bodies.most_common(3)  # acked ones not resent
    assert records_by_outcome(metrics, "delivered") == 10


async def test_recovery_over_several_segments_loads_exactly_the_unacknowledged_frames(tmp_path):
    """Segments roll at segment_bytes; after a restart the spool counts every segment's
    bytes and hands back each frame not acknowledged, once, in order."""
    spool = Spool(tmp_path, max_bytes=10**6, segment_bytes=300)
    spool.recover()
    payloads = [make_request(1, body=f"frame-{n}").SerializeToString() for n in range(12)]
    entries = [await spool.append(payload, 1) for payload in payloads]
    spool.ack(entry for n, entry in enumerate(entries) if n % 3 == 0)
    await spool.close()
    segments = sorted(tmp_path.glob("*.seg"))
    assert len(segments) >= 3 and len({entry[0] for entry in entries}) == len(segments)
    recovered = Spool(tmp_path, max_bytes=10**6, segment_bytes=300)
    backlog = recovered.recover()
    assert recovered.bytes == sum(path.stat().st_size for path in segments)
    loaded = [frame for seq in backlog for frame in await recovered.load(seq)]
    assert [payload for _, _, payload in loaded] == [p for n, p in enumerate(payloads) if n % 3]
    assert [entry for entry, _, _ in loaded] == [e for n, e in enumerate(entries) if n % 3]
    # New frames go to a new segment after every recovered one, never into one of them.
    assert (await recovered.append(payloads[0], 1))[0] == max(backlog) + 1
    await recovered.close()


def bodies_of(request) -> list[str]:
    return [r.body.string_value
            for rl in request.resource_logs for sl in rl.scope_logs for r in sl.log_records]


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


async def test_torn_tail_and_bad_checksum_are_skipped(tmp_path, caplog):
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
    # The bad checksum is said once; deleting a segment that never had an ack file is not an error.
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        f"spool segment {entries[0][0]}: 1 frames failed their checksum and are skipped"]


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
    synced: list[int] = []  # the inodes of the files fsynced
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.fstat(fd).st_ino), real_fsync(fd)))
    spool = Spool(tmp_path, max_bytes=1 << 20, sync_interval=0.05)
    spool.recover()
    entry = await spool.append(b"request-1", 4)
    assert synced == []  # not waited for
    await _abandon(spool)  # kill -9 now: the page cache keeps what was written
    recovered = Spool(tmp_path, max_bytes=1 << 20)
    assert recovered.recover() == [entry[0]]
    assert [(e, r, p) for e, r, p in await recovered.load(entry[0])] == [(entry, 4, b"request-1")]
    await recovered.close()

    synced.clear()  # the recovered spool's close fsynced its files
    spool = Spool(tmp_path / "again", max_bytes=1 << 20, sync_interval=0.05)
    spool.recover()
    await spool.append(b"request-2", 1)
    (segment,) = (tmp_path / "again").glob("*.seg")
    inodes = {os.stat(segment).st_ino, os.stat(tmp_path / "again").st_ino}  # a new file: its name too
    await wait_until(lambda: inodes <= set(synced), 2, "the interval's fsync of the segment and directory")
    synced.clear()
    await spool.append(b"request-3", 1)  # into the same file: every interval syncs what it wrote
    await wait_until(lambda: os.stat(segment).st_ino in synced, 2, "the next interval's fsync")
    await spool.close()


async def _abandon(spool: Spool) -> None:
    """Drop a spool as a killed process would: nothing flushed, fsynced or closed in order."""
    spool._sync_timer.cancel()
    for fd in spool._fds.values():
        os.close(fd)
    spool._fds.clear()
    spool._executor.shutdown(wait=True)
    os.close(spool._lock_fd)




async def test_put_returns_only_after_the_frame_and_a_new_segments_directory_are_fsynced(
        tmp_path, metrics, monkeypatch):
    """docs/reliability.md: with spool_sync_interval 0, the client is answered only once its
    request is fsynced."""
    import otlp_sampler.transmit.spool as spool_module

    synced: list[str] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        real_fsync(fd)
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))  # recorded once the data is durable

    monkeypatch.setattr(spool_module.os, "fsync", spy)
    config = exporter_config(f"http://127.0.0.1:{free_port()}",
                             queue={"spool_dir": str(tmp_path), "spool_sync_interval": 0})
    queue = ExportQueue(config, build_exporter(config), metrics)
    await queue.start()
    try:
        await queue.put(make_request(5), 5)
        (segment,) = tmp_path.glob("*.seg")
        assert str(segment) in synced and str(tmp_path) in synced  # the frame, and the new file's name
        before = len(synced)
        await queue.put(make_request(5), 5)
        assert synced[before:] == [str(segment)]  # the same segment: its data again, no directory
    finally:
        await queue.stop(0.1)


async def test_a_failed_write_pauses_the_spool_for_one_second(tmp_path, monkeypatch):
    """After a write error (disk full) the spool says it is full for FAILURE_PAUSE (1 s), so
    receivers push back instead of failing every request on the same error."""
    import otlp_sampler.transmit.spool as spool_module

    now = [100.0]
    monkeypatch.setattr(spool_module, "time", types.SimpleNamespace(monotonic=lambda: now[0]))
    spool = Spool(tmp_path / "spool", max_bytes=10**6)
    spool.recover()
    assert spool.has_room()
    shutil.rmtree(tmp_path / "spool")  # every write now fails with ENOENT
    try:
        await spool.append(b"x" * 10, 1)
    except OSError:
        pass
    else:
        raise AssertionError("the append should have failed")
    assert spool_module.FAILURE_PAUSE == 1.0
    assert not spool.has_room()
    now[0] += 0.99
    assert not spool.has_room()
    now[0] = 100.0 + spool_module.FAILURE_PAUSE  # the pause ends on the dot
    assert spool.has_room()
    (tmp_path / "spool").mkdir()
    # The failed frame is forgotten: a later frame, once acknowledged, leaves nothing behind.
    spool.ack([await spool.append(b"y" * 10, 1)])
    await spool.flush()
    assert spool.bytes == 0 and list((tmp_path / "spool").glob("*.seg")) == []
    await spool.close()


def _frame(payload: bytes) -> int:
    return 12 + len(payload)  # the frame header: length, records, crc32 (u32 each)


async def _recovered_payloads(directory) -> list[bytes]:
    spool = Spool(directory, max_bytes=10**6)
    backlog = spool.recover()
    payloads = [payload for seq in backlog for _, _, payload in await spool.load(seq)]
    await spool.close()
    return payloads


async def test_the_caps_are_reached_on_the_byte(tmp_path):
    """A spool holding exactly max_bytes is full; a frame that ends exactly at segment_bytes
    still goes into the segment."""
    payload = b"p" * 20
    spool = Spool(tmp_path, max_bytes=2 * _frame(payload), segment_bytes=2 * _frame(payload))
    spool.recover()
    first = await spool.append(payload, 1)
    assert spool.has_room()
    second = await spool.append(payload, 1)
    assert second == (first[0], 1) and spool.bytes == spool.max_bytes and not spool.has_room()
    spool.ack([first])  # the full segment keeps one frame to send when the next one starts
    assert (await spool.append(b"third", 1)) == (first[0] + 1, 0)
    await spool.close()
    assert await _recovered_payloads(tmp_path) == [payload, b"third"]


def _failing_writes(monkeypatch, errno_: int = 28, times: int = 1) -> None:
    """The next ``times`` writes of frames or acks fail as a full disk does."""
    import otlp_sampler.transmit.spool as spool_module

    real, left = spool_module._write_all, [times]

    def write_all(fd, data):
        if left[0] > 0:
            left[0] -= 1
            raise OSError(errno_, os.strerror(errno_))
        real(fd, data)

    monkeypatch.setattr(spool_module, "_write_all", write_all)


async def test_a_failed_write_keeps_the_frames_before_it_and_the_next_go_to_a_new_segment(
        tmp_path, monkeypatch, caplog):
    """The failed frame is forgotten (its client is told, errno and reason kept, to retry);
    the frame accepted before it in the same segment stays until acknowledged; the next
    frame starts a new segment, so its index is its place in its file."""
    spool = Spool(tmp_path, max_bytes=10**6)
    spool.recover()
    kept = await spool.append(b"accepted before", 1)
    _failing_writes(monkeypatch)
    with pytest.raises(OSError) as failure:
        await spool.append(b"refused", 1)
    assert failure.value.errno == 28 and "spool write failed" in str(failure.value)
    assert os.strerror(28) in str(failure.value)
    assert f"cannot write the spool in {tmp_path}: [Errno 28] {os.strerror(28)}" in caplog.text
    after = await spool.append(b"accepted after", 1)
    assert after == (kept[0] + 1, 0)
    spool.ack([after])
    await spool.close()
    assert await _recovered_payloads(tmp_path) == [b"accepted before"]


async def test_a_failed_write_of_an_ack_and_a_frame_together_leaves_no_segment_behind(
        tmp_path, monkeypatch):
    """A group that failed held an ack and a frame: the frame is forgotten, the segment's
    other frames still count, and once they are acknowledged nothing is left on disk."""
    spool = Spool(tmp_path, max_bytes=10**6)
    spool.recover()
    first, second = await spool.append(b"one", 1), await spool.append(b"two", 1)
    _failing_writes(monkeypatch)
    spool.ack([first])  # queued with the next append: one group, one failed write
    with pytest.raises(OSError):
        await spool.append(b"three", 1)
    spool.ack([second])
    await spool.flush()
    assert spool.bytes == 0 and list(tmp_path.glob("*.seg")) == []
    await spool.close()


async def test_a_frame_queued_behind_a_torn_write_is_refused_never_accepted_and_lost(
        tmp_path, monkeypatch):
    """A write that fails half way leaves a torn frame at the end of its segment, where
    recovery stops reading. A frame queued for that segment while the write was failing must
    not be written after it: its client would be told it was accepted, and the next start
    would not find it. It is refused too (its client retries); the frame before stays."""
    import threading

    import otlp_sampler.transmit.spool as spool_module

    spool = Spool(tmp_path, max_bytes=10**6)
    spool.recover()
    before = await spool.append(b"accepted before", 1)
    real, calls = spool_module._write_all, []
    entered, release = threading.Event(), threading.Event()

    def write_all(fd, data):  # the writer thread's
        calls.append(len(data))
        if len(calls) == 1:
            real(fd, data[:len(data) // 2])  # half of the frame reaches the file
            entered.set()
            release.wait(10)
            raise OSError(28, os.strerror(28))
        real(fd, data)

    monkeypatch.setattr(spool_module, "_write_all", write_all)
    torn = asyncio.create_task(spool.append(b"torn frame", 1))
    assert await asyncio.to_thread(entered.wait, 10)
    queued = asyncio.create_task(spool.append(b"queued behind it", 1))
    await asyncio.sleep(0)  # its frame waits for the writer, which is failing
    release.set()
    with pytest.raises(OSError):
        await torn
    with pytest.raises(OSError) as refused:
        await queued
    assert refused.value.errno == 28 and os.strerror(28) in str(refused.value)
    after = await spool.append(b"accepted after", 1)
    assert after[0] == before[0] + 1  # a new segment
    # The failed and the refused frames count for nothing: with the one before them
    # acknowledged, their segment is gone.
    spool.ack([before])
    await spool.flush()
    assert [path.name for path in tmp_path.glob("*.seg")] == [f"{after[0]:012d}.seg"]
    await spool.close()
    assert await _recovered_payloads(tmp_path) == [b"accepted after"]


async def test_a_crash_mid_write_leaves_torn_frames_and_acks_and_recovery_reads_what_is_whole(
        tmp_path, caplog):
    """kill -9 in the middle of a write leaves a frame whose header is whole and payload cut
    short, and half of an ack: recovery takes neither (the frame's append never returned, so
    no client was told; the ack's batch is sent again), without calling either an error.
    Once every frame is acknowledged, no file is left, ack files included."""
    import struct

    spool = Spool(tmp_path, max_bytes=10**6)
    spool.recover()
    payloads = [make_request(2, body=f"{n}-{{i}}").SerializeToString() for n in range(3)]
    entries = [await spool.append(payload, 2) for payload in payloads]
    spool.ack([entries[0]])
    await spool.close()
    (segment,) = tmp_path.glob("*.seg")
    (acks,) = tmp_path.glob("*.ack")
    # Accepted records at rest: readable by this user alone, whatever the umask.
    assert {oct(path.stat().st_mode & 0o777) for path in (segment, acks)} == {"0o600"}
    segment.write_bytes(segment.read_bytes() + struct.pack("<III", 100, 7, 0) + b"x" * 90)  # 10 short
    acks.write_bytes(acks.read_bytes() + struct.pack("<I", 1)[:2])

    recovered = Spool(tmp_path, max_bytes=10**6)
    assert recovered.recover() == [entries[0][0]]
    assert recovered.backlog_records() == 4  # frames 1 and 2, 2 records each
    frames = await recovered.load(entries[0][0])
    assert [entry for entry, _, _ in frames] == entries[1:]
    assert [payload for _, _, payload in frames] == payloads[1:]
    assert "checksum" not in caplog.text
    recovered.ack([frames[0][0]])
    await recovered.flush()
    recovered.ack([frames[1][0]])
    await recovered.close()
    assert os.listdir(tmp_path) == ["lock"]


async def test_an_ack_of_a_segment_already_gone_does_not_stop_the_others(tmp_path):
    spool = Spool(tmp_path, max_bytes=10**6)
    spool.recover()
    entry = await spool.append(b"one", 1)
    spool.ack([(entry[0] + 100, 0), entry])  # a segment this spool no longer has, then a real one
    await spool.close()
    assert spool.bytes == 0 and os.listdir(tmp_path) == ["lock"]


async def test_with_a_sync_interval_a_failed_write_is_refused_and_pauses_the_spool(
        tmp_path, monkeypatch, caplog):
    """The frame's own append raises (errno and reason kept: its client retries); an ack
    written while the disk fails does not raise into the delivery that acknowledged it."""
    spool = Spool(tmp_path, max_bytes=10**6, sync_interval=60)
    spool.recover()
    first, second = await spool.append(b"one", 1), await spool.append(b"two", 1)
    _failing_writes(monkeypatch, times=2)
    with pytest.raises(OSError) as failure:
        await spool.append(b"refused", 1)
    assert failure.value.errno == 28
    assert str(failure.value) == f"[Errno 28] spool write failed: {os.strerror(28)}"
    assert f"cannot write the spool in {tmp_path}: [Errno 28] {os.strerror(28)}" in caplog.text
    assert not spool.has_room()
    spool.ack([first])  # its write fails too: logged, not raised
    spool.ack([second])
    await spool.close()
    assert os.listdir(tmp_path) == ["lock"]


async def test_the_files_of_segments_gone_are_closed(tmp_path):
    """A long-running proxy rolls and deletes segments without end: each one's file is
    closed with it (an open descriptor of a deleted file keeps its disk space)."""
    spool = Spool(tmp_path, max_bytes=10**6)
    spool.recover()
    for _ in range(20):
        first = await spool.append(b"x" * 60, 1)
        second = await spool.append(b"y" * 60, 1)  # a second write into the same file
        spool.ack([first])
        await spool.flush()  # the ack file is written
        spool.ack([second])  # the segment is done: both files go
        await spool.flush()
    held = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
            if os.path.exists(f"/proc/self/fd/{fd}") or os.path.islink(f"/proc/self/fd/{fd}")]
    assert [path for path in held if path.startswith(str(tmp_path))] == [str(tmp_path / "lock")]
    await spool.close()
