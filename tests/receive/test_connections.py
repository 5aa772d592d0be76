"""Fair connection handling of the OTLP/HTTP receiver (receive/connections.py), over raw sockets.

Peers: the server listens on 127.0.0.1; a client bound to 127.0.0.2 is another peer
address (all of 127.0.0.0/8 is the loopback interface on Linux).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import time
import traceback

import aiohttp

from otlp_sampler.receive.connections import ConnectionLimits
from tests.peers.waiting import eventually
from tests.receive.conftest import counter, http_receiver, sample_request

BODY = sample_request(1).SerializeToString()
REQUEST = (b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
           b"Content-Length: %d\r\n\r\n" % len(BODY)) + BODY
OTHER_PEER = "127.0.0.2"


def refused(metrics, reason: str) -> float:
    return counter(metrics, "otlp_sampler_connections_refused_total", reason=reason)


async def connect(port: int, peer: str = "127.0.0.1"):
    return await asyncio.open_connection("127.0.0.1", port, local_addr=(peer, 0))


async def exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bytes:
    """One request over a raw keep-alive connection; the response's status line."""
    writer.write(REQUEST)
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length")))
    await asyncio.wait_for(reader.readexactly(length), 10)
    return head.split(b"\r\n", 1)[0]


async def closed(reader: asyncio.StreamReader, timeout: float = 10) -> bool:
    """True once the server closed the connection (without answering anything)."""
    try:
        return await asyncio.wait_for(reader.read(), timeout) == b""
    except ConnectionResetError:
        return True


async def still_open(reader: asyncio.StreamReader) -> bool:
    try:
        await asyncio.wait_for(reader.read(1), 0.1)
    except TimeoutError:
        return True
    return False


async def post(port: int) -> int:
    async with aiohttp.ClientSession() as session, session.post(
            f"http://127.0.0.1:{port}/v1/logs", data=BODY,
            headers={"Content-Type": "application/x-protobuf"}) as response:
        await response.read()
        return response.status


async def test_idle_sockets_at_the_cap_do_not_lock_a_new_client_out(intake, metrics):
    limits = ConnectionLimits(max_connections=4)
    async with http_receiver(intake, metrics, connection_limits=limits) as receiver:
        idle = [await connect(receiver.port) for _ in range(4)]
        await eventually(lambda: receiver._server.open_connections == 4, what="four open connections")
        assert await post(receiver.port) == 200
        assert await closed(idle[0][0])  # the oldest idle socket made room
        for reader, _ in idle[1:]:
            assert await still_open(reader)
        assert refused(metrics, "idle_closed") == 1
        for _, writer in idle:
            writer.close()
    assert len(intake.requests) == 1


def from_the_receiver(record: logging.LogRecord) -> bool:
    """Whether a log record comes from the server side of the connection: its loggers, or a
    task whose traceback runs through it. An earlier test's client, closed when the garbage
    collector reaches it during this test, is another's noise."""
    if record.name.startswith(("otlp_sampler", "uvicorn")):
        return True
    text = record.getMessage()
    if record.exc_info:
        text += "".join(traceback.format_exception(*record.exc_info))
    return any(marker in text for marker in (
        f"otlp_sampler{os.sep}receive", f"{os.sep}uvicorn{os.sep}", f"{os.sep}h11{os.sep}"))


async def test_requests_in_progress_are_never_closed_for_room_and_refusals_log_no_traceback(
        intake, metrics, caplog):
    # Earlier tests' orphaned tasks (a client closed after its loop) are logged when
    # collected: collect them before counting this test's log lines.
    gc.collect()
    caplog.clear()
    caplog.set_level(logging.DEBUG)
    gate = intake.hold()
    limits = ConnectionLimits(max_connections=2)
    async with http_receiver(intake, metrics, connection_limits=limits) as receiver:
        port = receiver.port
        busy = [asyncio.create_task(post(port)) for _ in range(2)]
        await eventually(lambda: receiver._server.open_connections == 2 and intake.entered.is_set(),
                         what="two requests in progress")
        for _ in range(20):
            reader, writer = await connect(port)
            assert await closed(reader)
            writer.close()
        assert refused(metrics, "max_connections") == 20
        gate.set()
        assert await asyncio.gather(*busy) == [200, 200]
        assert await post(port) == 200  # room again
    gc.collect()  # an orphaned task's "exception was never retrieved" is logged when collected
    await asyncio.sleep(0)
    noisy = [r for r in caplog.records
             if (r.levelno >= logging.WARNING or r.exc_info) and from_the_receiver(r)]
    assert not noisy, [r.getMessage() for r in noisy]
    assert refused(metrics, "idle_closed") == 0


async def test_one_peer_cannot_take_every_connection(intake, metrics):
    gate = intake.hold()
    limits = ConnectionLimits(max_connections=100, max_connections_per_peer=2)
    async with http_receiver(intake, metrics, connection_limits=limits) as receiver:
        port = receiver.port
        # The other peer: one request in progress, one idle socket.
        reader_a, writer_a = await connect(port, OTHER_PEER)
        writer_a.write(REQUEST)
        await eventually(intake.entered.is_set, what="the other peer's request in progress")
        idle_reader, idle_writer = await connect(port, OTHER_PEER)
        local_idle = await connect(port)  # this peer's idle socket, older than the next one
        # At its cap the other peer's new connection closes its own idle socket, not ours.
        reader_b, writer_b = await connect(port, OTHER_PEER)
        assert await closed(idle_reader)
        assert await still_open(local_idle[0])
        assert refused(metrics, "idle_closed") == 1
        # With both its connections mid-request (a byte of headers is not a request yet: the
        # partial one makes room), the next is refused.
        writer_b.write(REQUEST)
        await eventually(lambda: receiver._server.open_connections == 3, what="three connections")
        await asyncio.sleep(0.05)
        reader_c, writer_c = await connect(port, OTHER_PEER)
        assert await closed(reader_c)
        assert refused(metrics, "max_connections_per_peer") == 1
        gate.set()
        for reader, writer in ((reader_a, writer_a), (reader_b, writer_b)):
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            assert head.startswith(b"HTTP/1.1 200")
            writer.close()
        assert await exchange(*local_idle) == b"HTTP/1.1 200 OK"  # the other peer took nothing of ours
        for writer in (idle_writer, writer_c, local_idle[1]):
            writer.close()


async def test_a_socket_that_never_sent_goes_before_an_idle_keep_alive_client(intake, metrics):
    limits = ConnectionLimits(max_connections=3)
    async with http_receiver(intake, metrics, connection_limits=limits) as receiver:
        port = receiver.port
        client = await connect(port)
        assert await exchange(*client) == b"HTTP/1.1 200 OK"  # now idle, kept alive
        silent = [await connect(port) for _ in range(2)]
        newcomers = []
        for expected_closed in (silent[0], silent[1], client):
            newcomers.append(await connect(port))
            assert await closed(expected_closed[0])
            # served, then idle: kept alive, newer than the first client
            assert await exchange(*newcomers[-1]) == b"HTTP/1.1 200 OK"
        assert refused(metrics, "idle_closed") == 3
        for reader, writer in newcomers:
            assert await exchange(reader, writer) == b"HTTP/1.1 200 OK"
            writer.close()


async def test_headers_are_due_within_header_timeout_but_idle_keep_alive_is_not(intake, metrics):
    limits = ConnectionLimits(header_timeout=0.3)
    async with http_receiver(intake, metrics, connection_limits=limits, read_timeout=5) as receiver:
        port = receiver.port
        started = time.monotonic()
        silent = await connect(port)
        partial = await connect(port)
        partial[1].write(b"POST /v1/logs HTTP/1.1\r\nHost: x\r\n")
        keep_alive = await connect(port)
        assert await exchange(*keep_alive) == b"HTTP/1.1 200 OK"
        assert await closed(silent[0]) and await closed(partial[0])
        assert 0.25 < time.monotonic() - started < 3
        assert refused(metrics, "header_timeout") == 2
        await asyncio.sleep(0.4)  # past the header timeout: an idle keep-alive connection stays
        assert await exchange(*keep_alive) == b"HTTP/1.1 200 OK"
        # A later request's headers are due header_timeout after its first byte.
        keep_alive[1].write(b"POST /v1/logs HTTP/1.1\r\n")
        assert await closed(keep_alive[0])
        assert refused(metrics, "header_timeout") == 3
        for _, writer in (silent, partial, keep_alive):
            writer.close()
    assert len(intake.requests) == 2
