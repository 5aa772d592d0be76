"""The durable queue on disk (``exporter.queue.spool_dir``): accepted requests survive kill -9.

Layout: append-only segment files ``<seq>.seg`` of frames ``[length u32][records u32]
[crc32 u32][payload]`` (payload: a protobuf ``ExportLogsServiceRequest``), and beside each
an ``<seq>.ack`` file of the frame indexes the upstream acknowledged (u32 each). A segment
and its ack file are deleted once every frame in it is acknowledged and it is no longer
written to.

The payload is opaque here: the export queue also keeps a second spool of *ledger* frames
(the counts of what the sampler dropped from each request) in a subdirectory, with the
same guarantees (docs/reliability.md § Summaries survive a crash).

Durability, with ``sync_interval`` 0: :meth:`Spool.append` returns only after its frame is
written and fsynced, so a receiver answers its client only once the data is on disk.
Appends (and acks) that arrive while the writer thread is busy are written and fsynced
together: one fsync per group, not per request (group commit). With ``sync_interval`` above
0 (``exporter.queue.spool_sync_interval``), an append returns once its frame is written
(on the event loop: a write to the page cache, which a killed process does not lose) and
a timer fsyncs what was written every interval (a power cut loses at most that much).
Acks are written after the upstream's answer but never waited for: a killed process keeps
them, and the kernel's writeback or :meth:`Spool.close` makes them durable. A crash
between the answer and the ack's write sends that batch again on restart (at least once;
a power cut widens that to the acks not yet on disk); a batch whose ack was written is
never sent again after ``kill -9``.

A torn frame at the tail (a crash mid-write) ends the segment on recovery: its append
never returned, so no client was told it was accepted.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import fcntl
import logging
import os
import struct
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("otlp_sampler.transmit.spool")

EntryId = tuple[int, int]  # (segment sequence number, frame index in the segment)

_HEADER = struct.Struct("<III")
_ACK = struct.Struct("<I")
LOCK_FILE = "lock"  # flock()ed by the process using the directory; holds its pid
MAX_SEGMENT_BYTES = 16 * 1024 * 1024
# After a failed write (disk full, I/O error) the spool reports itself full this long, so
# receivers push back instead of failing each request on the same error.
FAILURE_PAUSE = 1.0


class SpoolLocked(OSError):
    """Another process uses this spool directory."""


@dataclass(slots=True)
class _Segment:
    seq: int
    size: int = 0  # bytes in the file (planned, for the one being written)
    count: int = 0  # frames
    live: int = 0  # frames not yet acknowledged
    sealed: bool = False  # no more appends
    # For recovered segments: (index, offset, length, records) of the unacknowledged frames.
    frames: list[tuple[int, int, int, int]] = field(default_factory=list)


class Spool:
    """Segment log in ``directory``, capped (for the caller's backpressure) at ``max_bytes``."""

    def __init__(self, directory: str | os.PathLike[str], *, max_bytes: int,
                 segment_bytes: int | None = None, sync_interval: float = 0.0) -> None:
        """``sync_interval``: 0 fsyncs every group of frames before their appends return;
        above 0, appends return once written (a killed process keeps them) and frames are
        fsynced at most this many seconds later (a power cut may lose those seconds)."""
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self.sync_interval = sync_interval
        self.segment_bytes = segment_bytes or min(MAX_SEGMENT_BYTES, max(1024 * 1024, max_bytes // 8))
        self.bytes = 0
        self._failed_until = 0.0
        self._segments: dict[int, _Segment] = {}
        self._active: _Segment | None = None
        self._next_seq = 1
        self._ops: list[tuple] = []
        self._waiters: list[asyncio.Future] = []  # one per "append" op in _ops, in order
        # Segments whose write failed, with the failure: their tail may be torn, so frames
        # still queued for them are refused too (written after a torn frame, recovery would
        # never read them).
        self._broken: dict[int, OSError] = {}
        self._writer: asyncio.Task | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        # One thread: file operations stay in order, and fsync runs without the GIL.
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="spool")
        self._fds: dict[str, int] = {}
        self._lock_fd: int | None = None
        # With a sync interval: files written and not yet fsynced, sealed ones the next sync
        # closes, and the timer that fsyncs them.
        self._unsynced: set[str] = set()
        self._closing: list[int] = []
        self._directory_unsynced = False
        self._sync_timer: asyncio.Task | None = None

    # ------------------------------------------------------------------ recovery

    def recover(self) -> list[int]:
        """Scan the directory (blocking); returns the segments holding unacknowledged frames, oldest first.

        Raises :class:`SpoolLocked` when another process holds the directory.
        """
        # Raw accepted records live here: the directory is ours alone (segments are 0600).
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._lock()
        names = os.listdir(self.directory)
        seqs = sorted(int(n[:-4]) for n in names if n.endswith(".seg") and n[:-4].isdigit())
        for name in names:  # ack files whose segment is gone (a crash between the two unlinks)
            if name.endswith(".ack") and name[:-4].isdigit() and int(name[:-4]) not in seqs:
                (self.directory / name).unlink(missing_ok=True)
        backlog = []
        for seq in seqs:
            segment = self._scan(seq)
            if segment.live:
                self._segments[seq] = segment
                self.bytes += segment.size
                backlog.append(seq)
            else:
                self._unlink(seq)
        self._next_seq = (seqs[-1] + 1) if seqs else 1
        return backlog

    def backlog_records(self) -> int:
        """Records in recovered frames not yet loaded."""
        return sum(frame[3] for segment in self._segments.values() for frame in segment.frames)

    def _scan(self, seq: int) -> _Segment:
        path = self._path(seq, "seg")
        acked = set()
        ack_path = self._path(seq, "ack")
        if ack_path.exists():
            data = ack_path.read_bytes()
            usable = len(data) - len(data) % _ACK.size  # a torn last ack is no ack
            acked = {index for (index,) in _ACK.iter_unpack(data[:usable])}
        segment = _Segment(seq, size=path.stat().st_size, sealed=True)
        with open(path, "rb") as file:
            offset = 0
            while True:
                header = file.read(_HEADER.size)
                if len(header) < _HEADER.size:
                    break
                length, records, _crc = _HEADER.unpack(header)
                if length == 0 or offset + _HEADER.size + length > segment.size:
                    break  # torn tail
                if segment.count not in acked:
                    segment.frames.append((segment.count, offset, length, records))
                segment.count += 1
                offset += _HEADER.size + length
                file.seek(offset)
        segment.live = len(segment.frames)
        return segment

    async def load(self, seq: int) -> list[tuple[EntryId, int, bytes]]:
        """The unacknowledged frames of a recovered segment: (entry, records, payload)."""
        segment = self._segments[seq]
        frames = list(segment.frames)
        segment.frames.clear()
        good, bad = await asyncio.get_running_loop().run_in_executor(
            self._executor, self._read_frames, seq, frames)
        if bad:
            log.error("spool segment %s: %d frames failed their checksum and are skipped", seq, len(bad))
            self.ack(bad)
        return good

    def _read_frames(self, seq: int, frames: list[tuple[int, int, int, int]]):
        data = self._path(seq, "seg").read_bytes()
        good, bad = [], []
        for index, offset, length, records in frames:
            start = offset + _HEADER.size
            payload = data[start:start + length]
            _length, _records, crc = _HEADER.unpack_from(data, offset)
            if zlib.crc32(payload) == crc:
                good.append(((seq, index), records, payload))
            else:
                bad.append((seq, index))
        return good, bad

    def _lock(self) -> None:
        # Two processes appending to one spool would each resend the other's frames and
        # delete segments the other still writes: one owner per directory, for its lifetime.
        fd = os.open(self.directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise SpoolLocked(f"the spool directory {self.directory} is in use by another process "
                              f"(pid {holder}): give each process a spool_dir of its own") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._lock_fd = fd

    # ------------------------------------------------------------------ writing

    def has_room(self) -> bool:
        """Below the size cap, and no write failed in the last :data:`FAILURE_PAUSE` seconds."""
        return self.bytes < self.max_bytes and time.monotonic() >= self._failed_until

    async def append(self, payload: bytes, records: int) -> EntryId:
        """Write one request; returns once it is on disk (fsynced), or with a sync interval
        once it is written."""
        frame_size = _HEADER.size + len(payload)
        segment = self._active
        if segment is None or (segment.count and segment.size + frame_size > self.segment_bytes):
            segment = self._roll()
        entry = (segment.seq, segment.count)
        segment.count += 1
        segment.live += 1
        segment.size += frame_size
        self.bytes += frame_size
        self._ops.append(("append", segment.seq, payload, records))
        if self.sync_interval:
            self._apply_here()
            return entry
        future = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        self._kick()
        await future
        return entry

    def ack(self, entries) -> None:
        """The upstream acknowledged (or refused for good) these entries: forget them durably, soon."""
        for seq, index in entries:
            segment = self._segments.get(seq)
            if segment is None:
                continue
            segment.live -= 1
            if segment.live > 0:
                self._ops.append(("ack", seq, index))
            elif segment.sealed:
                self._delete(segment)
            else:
                # The segment being written is fully acknowledged: retire it now, so its
                # bytes stop counting against the cap (the next append starts a new one).
                segment.sealed = True
                self._ops.append(("seal", seq))
                self._delete(segment)
        self._kick()

    async def flush(self) -> None:
        """Wait until every append and ack so far is on disk."""
        while self._ops or not self._idle.is_set():
            self._kick()
            await self._idle.wait()
            await asyncio.sleep(0)

    async def close(self) -> None:
        active = self._active
        if active is not None:
            active.sealed = True
            self._ops.append(("seal", active.seq))
            if active.live <= 0:
                self._delete(active)
            self._active = None
        if self._sync_timer is not None:
            self._sync_timer.cancel()
        await self.flush()
        await asyncio.get_running_loop().run_in_executor(self._executor, self._close_all)
        self._executor.shutdown(wait=True)
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the lock
            self._lock_fd = None

    def _roll(self) -> _Segment:
        old = self._active
        if old is not None:
            old.sealed = True
            self._ops.append(("seal", old.seq))
            if old.live <= 0:
                self._delete(old)
        segment = _Segment(self._next_seq)
        self._next_seq += 1
        self._segments[segment.seq] = segment
        self._active = segment
        return segment

    def _delete(self, segment: _Segment) -> None:
        self._segments.pop(segment.seq, None)
        self._broken.pop(segment.seq, None)
        self.bytes -= segment.size
        if self._active is segment:
            self._active = None
        self._ops.append(("delete", segment.seq))

    def _kick(self) -> None:
        if self.sync_interval:
            with contextlib.suppress(OSError):  # logged; an append's own failure reaches its caller
                self._apply_here()
        elif self._ops and (self._writer is None or self._writer.done()):
            self._idle.clear()
            self._writer = asyncio.get_running_loop().create_task(self._write_loop())

    def _apply_here(self) -> None:
        """With a sync interval: write what is pending now, on the event loop (a write to
        the page cache takes microseconds, a hand-over to the writer thread and back far
        more), and leave the fsync to :meth:`_sync_periodically`."""
        ops, self._ops = self._ops, []
        if not ops:
            return
        if self._sync_timer is None:
            self._sync_timer = asyncio.get_running_loop().create_task(self._sync_periodically())
        try:
            self._apply(ops)
        except OSError as exc:
            self._write_failed(ops, exc)
            raise OSError(exc.errno, f"spool write failed: {exc.strerror}") from None

    async def _sync_periodically(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.sync_interval)
            # Duplicates of the open files: the loop may close or delete them meanwhile.
            fds = [os.dup(self._fds[key]) for key in self._unsynced if key in self._fds] + self._closing
            directory, self._directory_unsynced = self._directory_unsynced, False
            self._unsynced.clear()
            self._closing = []
            if fds or directory:
                try:
                    await loop.run_in_executor(self._executor, _sync_and_close, fds,
                                               self.directory if directory else None)
                except OSError as exc:  # the frames stay written; say so and try next time
                    log.error("cannot fsync the spool in %s: %s", self.directory, exc)

    def _write_failed(self, ops: list[tuple], exc: OSError) -> None:
        log.error("cannot write the spool in %s: %s", self.directory, exc)
        self._failed_until = time.monotonic() + FAILURE_PAUSE
        self._failed(ops, exc)

    async def _write_loop(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._ops:
                ops, waiters = self._ops, self._waiters
                self._ops, self._waiters = [], []
                if self._broken:
                    ops, waiters = self._refuse_broken(ops, waiters)
                try:
                    await loop.run_in_executor(self._executor, self._apply, ops)
                except OSError as exc:
                    self._write_failed(ops, exc)
                    for waiter in waiters:
                        if not waiter.done():
                            waiter.set_exception(OSError(exc.errno, f"spool write failed: {exc.strerror}"))
                    continue
                for waiter in waiters:
                    if not waiter.done():
                        waiter.set_result(None)
        finally:
            self._idle.set()

    def _refuse_broken(self, ops: list[tuple], waiters: list[asyncio.Future]):
        """``ops`` and ``waiters`` without the appends to a segment whose write failed (each
        refused with that failure, as its own write would have been)."""
        kept_ops, kept_waiters, refused = [], [], []
        appends = iter(waiters)
        for op in ops:
            if op[0] == "append":
                waiter = next(appends)
                failure = self._broken.get(op[1])
                if failure is not None:
                    refused.append(op)
                    if not waiter.done():
                        waiter.set_exception(OSError(failure.errno,
                                                     f"spool write failed: {failure.strerror}"))
                    continue
                kept_waiters.append(waiter)
            kept_ops.append(op)
        if refused:
            self._failed(refused)
        return kept_ops, kept_waiters

    def _failed(self, ops: list[tuple], exc: OSError | None = None) -> None:
        # The frames of a failed write are not on disk: forget them, and stop appending to
        # that segment, whose tail may now be torn (recovery stops reading at a torn frame).
        for op in ops:
            if op[0] != "append":
                continue
            if exc is not None:
                self._broken[op[1]] = exc
            segment = self._segments.get(op[1])
            if segment is None:
                continue
            segment.live -= 1
            if segment is self._active:
                self._roll()
            if segment.live <= 0 and segment.sealed and segment.seq in self._segments:
                self._delete(segment)

    # ------------------------------------------------------------------ file operations (the writer
    # thread's; the event loop's with a sync interval)

    def _path(self, seq: int, kind: str) -> Path:
        return self.directory / f"{seq:012d}.{kind}"

    def _fd(self, seq: int, kind: str, created: list[bool]) -> int:
        key = f"{seq}.{kind}"
        fd = self._fds.get(key)
        if fd is None:
            path = self._path(seq, kind)
            created[0] = created[0] or not path.exists()
            fd = self._fds[key] = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return fd

    def _close(self, seq: int, kind: str, *, keep: bool = False) -> None:
        key = f"{seq}.{kind}"
        fd = self._fds.pop(key, None)
        if fd is None:
            return
        if key in self._unsynced:
            self._unsynced.discard(key)
            if keep:  # a sealed segment's frames still go to disk: the next sync closes it
                self._closing.append(fd)
                return
        os.close(fd)

    def _apply(self, ops: list[tuple]) -> None:
        """Write, fsync (without a sync interval), then seal and delete, in that order."""
        buffers: dict[tuple[int, str], list[bytes]] = {}
        seals, deletes = [], []
        for op in ops:
            kind = op[0]
            if kind == "append":
                _, seq, payload, records = op
                buffers.setdefault((seq, "seg"), []).extend(
                    (_HEADER.pack(len(payload), records, zlib.crc32(payload)), payload))
            elif kind == "ack":
                buffers.setdefault((op[1], "ack"), []).append(_ACK.pack(op[2]))
            elif kind == "seal":
                seals.append(op[1])
            else:
                deletes.append(op[1])
        created = [False]
        frames = []
        for (seq, kind), chunks in buffers.items():
            if seq in deletes and kind == "ack":
                continue  # the segment goes entirely
            fd = self._fd(seq, kind, created if kind == "seg" else [False])
            _write_all(fd, b"".join(chunks))
            if kind == "seg":
                frames.append(fd)
        # Only frames wait for the disk: a client is answered after this. Acks, and the
        # deletion of acknowledged segments, are written at once (a killed process keeps
        # them: they are in the page cache) and reach the disk with the kernel's writeback
        # or at close; a power cut before then sends those batches again, never loses one.
        if not self.sync_interval:
            for fd in frames:
                os.fsync(fd)
            if created[0]:
                _fsync_dir(self.directory)
        else:
            self._unsynced.update(f"{seq}.seg" for (seq, kind) in buffers if kind == "seg")
            self._directory_unsynced |= created[0]
        for seq in seals:
            self._close(seq, "seg", keep=True)
        for seq in deletes:
            self._unlink(seq)

    def _unlink(self, seq: int) -> None:
        # Segment first: a crash in between leaves an orphan ack file, never a segment that
        # lost its acks (which would send acknowledged batches again).
        for kind in ("seg", "ack"):
            self._close(seq, kind)
            self._path(seq, kind).unlink(missing_ok=True)

    def _close_all(self) -> None:
        # The acks written lazily and the frames written since the last sync go to disk now;
        # a failure is said and the rest still closed (what is on disk recovers as usual).
        fds = [*self._fds.values(), *self._closing]
        self._fds.clear()
        self._unsynced.clear()
        self._closing = []
        try:
            _sync_and_close(fds, self.directory)
        except OSError as exc:
            log.error("cannot fsync the spool in %s at close: %s", self.directory, exc)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _sync_and_close(fds: list[int], directory: Path | None) -> None:
    """fsync and close every fd (all closed whatever fails), then the directory; raises the
    first failure."""
    failure = None
    for fd in fds:
        try:
            os.fsync(fd)
        except OSError as exc:
            failure = failure or exc
        finally:
            os.close(fd)
    if directory is not None:
        try:
            _fsync_dir(directory)
        except OSError as exc:
            failure = failure or exc
    if failure is not None:
        raise failure


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
