"""The hostile table: a running ``serve`` under attack, and what its good clients get meanwhile.

Each row runs the real proxy (``python -m otlp_sampler serve``, default configuration,
exporting to a recording OTLP/HTTP sink in a process of its own) under one attack, made by
a process of its own, while good clients in this process keep sending:

* ``gzip-json`` — 8 concurrent gzip OTLP/JSON requests, each one record with 1,000,000
  attributes (about 2.6 MB on the wire, 45 MB decompressed), sent again as soon as they
  are answered;
* ``idle-sockets`` — 1,024 TCP connections to the HTTP port that never send a byte, from
  four client addresses (127.0.0.2-5, 256 each); each reconnects 50 ms after the proxy
  closes it.

Good clients: raw OTLP, one request of 10 records at a time with a 5 s deadline, over a
keep-alive HTTP connection (aiohttp) and a gRPC channel. Reported per row: the proxy's peak
RSS during the attack, good requests answered / sent (200 or OK within the deadline) with
p50 and p99 latency of the answered ones, the attacker's answers, and the tracebacks in the
proxy's log.

Usage::

    python -m tests.reliability.hostile_table                         # this checkout
    python -m tests.reliability.hostile_table --baseline /tmp/base    # and another one
    python -m tests.reliability.hostile_table --attack idle-sockets --seconds 10 --runs 3

``--baseline DIR`` runs each row on the otlp-sampler checkout in DIR too (``PYTHONPATH``,
same interpreter and packages), alternating, so both columns share the machine's load; a
checkout of main for it: ``git worktree add /tmp/base main`` or
``git archive main | tar -x -C /tmp/base``. With ``--runs N`` every figure is the median
of N runs. ``--max-rss`` (8 GiB) kills a proxy that grows beyond it (marked ``>``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import grpc
import psutil

from tests.peers.waiting import eventually, free_port
from tests.reliability.clients import EXPORT_METHOD, numbered_request
from tests.reliability.process import ROOT, ProxyProcess

ATTACKS = ("gzip-json", "idle-sockets")
DEADLINE = 5.0  # a good request not answered within this is not answered
GZIP_SENDERS = 8
GZIP_ATTRIBUTES = 1_000_000
IDLE_SOCKETS = 1024
IDLE_PEERS = tuple(f"127.0.0.{i}" for i in range(2, 6))
RECONNECT_PAUSE = 0.05
PB = {"Content-Type": "application/x-protobuf"}


# --------------------------------------------------------------------------- attackers
# Each runs in a process of its own (``python -m tests.reliability.hostile_table attacker
# KIND``): it prints "ready" once armed, attacks until stdin closes, then prints its tally
# as JSON.


def gzip_json_bomb(attributes: int = GZIP_ATTRIBUTES) -> bytes:
    values = ",".join(f'{{"key":"k{i}","value":{{"stringValue":"v"}}}}' for i in range(attributes))
    document = ('{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":'
                '{"stringValue":"attacker"}}]},"scopeLogs":[{"logRecords":[{"body":{"stringValue":'
                '"hello"},"attributes":[' + values + "]}]}]}]}")
    return gzip.compress(document.encode(), 6)


async def attack_gzip_json(port: int, stop: asyncio.Event, tally: Counter) -> None:
    bomb = gzip_json_bomb()
    tally["wire_bytes"] = len(bomb)
    url = f"http://127.0.0.1:{port}/v1/logs"
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    print("ready", flush=True)

    async def sender() -> None:
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while not stop.is_set():
                try:
                    async with session.post(url, data=bomb, headers=headers) as response:
                        await response.read()
                        tally[str(response.status)] += 1
                except (aiohttp.ClientError, TimeoutError) as exc:
                    tally[type(exc).__name__] += 1
                    await asyncio.sleep(0.1)

    senders = [asyncio.create_task(sender()) for _ in range(GZIP_SENDERS)]
    await stop.wait()
    for task in senders:
        task.cancel()
    await asyncio.gather(*senders, return_exceptions=True)


async def attack_idle_sockets(port: int, stop: asyncio.Event, tally: Counter) -> None:
    opened = 0

    async def holder(peer: str) -> None:
        nonlocal opened
        while not stop.is_set():
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(peer, 0))
            except OSError:
                tally["connect_failed"] += 1
                await asyncio.sleep(RECONNECT_PAUSE)
                continue
            tally["connections"] += 1
            opened += 1
            with contextlib.suppress(OSError):
                await reader.read()  # never sends; returns when the proxy closes it
            tally["closed_by_proxy"] += 1
            writer.close()
            await asyncio.sleep(RECONNECT_PAUSE)

    holders = [asyncio.create_task(holder(IDLE_PEERS[i % len(IDLE_PEERS)])) for i in range(IDLE_SOCKETS)]
    await eventually(lambda: opened >= IDLE_SOCKETS, 30, "the idle sockets to connect")
    print("ready", flush=True)
    await stop.wait()
    for task in holders:
        task.cancel()
    await asyncio.gather(*holders, return_exceptions=True)


async def run_attacker(kind: str, port: int) -> None:
    stop = asyncio.Event()
    tally: Counter = Counter()
    loop = asyncio.get_running_loop()
    # stdin closing is the signal to stop
    loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not os.read(sys.stdin.fileno(), 1) else None)
    attack = attack_gzip_json if kind == "gzip-json" else attack_idle_sockets
    await attack(port, stop, tally)
    print(json.dumps(dict(tally)), flush=True)


# --------------------------------------------------------------------------- good clients


@dataclass
class Good:
    sent: int = 0
    latencies: list[float] = field(default_factory=list)  # seconds, answered requests only

    @property
    def answered(self) -> int:
        return len(self.latencies)

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def good_http(port: int, until: float, good: Good) -> None:
    url = f"http://127.0.0.1:{port}/v1/logs"
    timeout = aiohttp.ClientTimeout(total=DEADLINE)
    n = 0
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=1)) as session:
        while time.monotonic() < until:
            body = numbered_request("good-http", n, 10)
            n += 10
            good.sent += 1
            started = time.monotonic()
            try:
                async with session.post(url, data=body, headers=PB) as response:
                    await response.read()
                    if response.status == 200:
                        good.latencies.append(time.monotonic() - started)
                        continue
            except (aiohttp.ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.01)


async def good_grpc(port: int, until: float, good: Good) -> None:
    n = 0
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        call = channel.unary_unary(EXPORT_METHOD, request_serializer=None, response_deserializer=None)
        while time.monotonic() < until:
            body = numbered_request("good-grpc", n, 10)
            n += 10
            good.sent += 1
            started = time.monotonic()
            try:
                await call(body, timeout=DEADLINE)
                good.latencies.append(time.monotonic() - started)
                continue
            except grpc.aio.AioRpcError:
                pass
            await asyncio.sleep(0.01)


# --------------------------------------------------------------------------- one row


@dataclass
class Row:
    attack: str
    checkout: str
    rss_start: int
    rss_peak: int
    killed: bool
    http: Good
    grpc: Good
    attacker: dict
    tracebacks: int


async def run_row(attack: str, checkout: str, sink_url: str, seconds: float, max_rss: int,
                  workdir: Path) -> Row:
    config = {"exporter": {"protocol": "http/protobuf", "endpoint": sink_url}}
    proxy = ProxyProcess(config, workdir, name=f"{attack}-{len(list(workdir.iterdir()))}",
                         env={"PYTHONPATH": checkout})
    await proxy.start()
    process = psutil.Process(proxy.pid)
    rss_start = rss_peak = process.memory_info().rss
    killed = False
    attacker = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.hostile_table", "attacker", attack,
         "--port", str(proxy.http_port)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = await asyncio.to_thread(attacker.stdout.readline)
        assert line.strip() == "ready", f"attacker: {line!r}"
        http, grpc_good = Good(), Good()
        until = time.monotonic() + seconds
        clients = asyncio.gather(good_http(proxy.http_port, until, http),
                                 good_grpc(proxy.grpc_port, until, grpc_good))
        while not clients.done():
            with contextlib.suppress(psutil.Error):
                rss_peak = max(rss_peak, process.memory_info().rss)
            if rss_peak > max_rss and not killed:
                proxy.kill()
                killed = True
            await asyncio.sleep(0.1)
        await clients
    finally:
        with contextlib.suppress(OSError):
            attacker.stdin.close()  # the attacker's signal to stop and report
        out = await asyncio.to_thread(attacker.stdout.read)
        await asyncio.to_thread(attacker.wait, 60)
        await proxy.ensure_stopped()
    tally = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
    return Row(attack, checkout, rss_start, rss_peak, killed, http, grpc_good, tally,
               proxy.log_text().count("Traceback (most recent call last)"))


# --------------------------------------------------------------------------- the table


def _mb(value: float) -> str:
    return f"{value / 1e6:,.0f} MB"


def _clients(runs: list[Row], side: str) -> tuple[str, str]:
    """'answered/sent' and 'p50 / p99' (ms) of one kind of good client, medians over runs."""
    goods: list[Good] = [getattr(run, side) for run in runs]
    answered = statistics.median(g.answered for g in goods)
    sent = statistics.median(g.sent for g in goods)
    p50 = statistics.median(g.percentile(0.5) for g in goods)
    p99 = statistics.median(g.percentile(0.99) for g in goods)
    return f"{answered:.0f}/{sent:.0f}", f"{p50:.0f} / {p99:.0f}"


def render(rows: list[Row], checkouts: dict[str, str]) -> str:
    lines = ["| attack | checkout | proxy RSS start → peak | good HTTP answered/sent | HTTP p50 / p99 ms "
             "| good gRPC answered/sent | gRPC p50 / p99 ms | attacker's answers (last run) "
             "| tracebacks in the log |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for attack in ATTACKS:
        for checkout, label in checkouts.items():
            runs = [row for row in rows if row.attack == attack and row.checkout == checkout]
            if not runs:
                continue
            start = _mb(statistics.median(r.rss_start for r in runs))
            peak = _mb(statistics.median(r.rss_peak for r in runs))
            if any(r.killed for r in runs):
                peak = "> " + peak
            http, http_latency = _clients(runs, "http")
            grpc_, grpc_latency = _clients(runs, "grpc")
            answers = ", ".join(f"{k} {v}" for k, v in sorted(runs[-1].attacker.items()))
            tracebacks = statistics.median(r.tracebacks for r in runs)
            lines.append(f"| {attack} | {label} | {start} → {peak} | {http} | {http_latency} | {grpc_} "
                         f"| {grpc_latency} | {answers} | {tracebacks:.0f} |")
    return "\n".join(lines)


async def table(args: argparse.Namespace) -> int:
    here = str(ROOT)
    checkouts = {here: "this checkout"}
    if args.baseline:
        checkouts = {str(Path(args.baseline).resolve()): "baseline", **checkouts}
    sink_port = free_port()
    sink = subprocess.Popen([sys.executable, "-m", "tests.peers.sinks", "http", "--port", str(sink_port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows: list[Row] = []
    try:
        async def sink_up() -> bool:
            with contextlib.suppress(OSError):
                _, writer = await asyncio.open_connection("127.0.0.1", sink_port)
                writer.close()
                return True
            return False

        await eventually(sink_up, 30, "the sink to listen")
        with tempfile.TemporaryDirectory(prefix="hostile-table-") as tmp:
            for run in range(args.runs):
                for attack in args.attack or ATTACKS:
                    for checkout, label in checkouts.items():
                        row = await run_row(attack, checkout, f"http://127.0.0.1:{sink_port}/v1/logs",
                                            args.seconds, args.max_rss, Path(tmp))
                        rows.append(row)
                        print(f"run {run + 1}, {attack}, {label}: peak {_mb(row.rss_peak)}, "
                              f"HTTP {row.http.answered}/{row.http.sent}, "
                              f"gRPC {row.grpc.answered}/{row.grpc.sent}, attacker {row.attacker}",
                              flush=True)
    finally:
        sink.terminate()
        sink.wait(10)
    print()
    print(f"{args.seconds:g} s of attack per row, median of {args.runs} run(s); checkouts: "
          + ", ".join(f"{label} = {path}" for path, label in checkouts.items()))
    print(render(rows, checkouts))
    return 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "attacker":
        parser = argparse.ArgumentParser(prog="hostile_table attacker")
        parser.add_argument("attacker")
        parser.add_argument("kind", choices=ATTACKS)
        parser.add_argument("--port", type=int, required=True)
        args = parser.parse_args()
        asyncio.run(run_attacker(args.kind, args.port))
        return 0
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", metavar="DIR", help="another otlp-sampler checkout to compare with")
    parser.add_argument("--attack", action="append", choices=ATTACKS, help="only these attacks (repeatable)")
    parser.add_argument("--seconds", type=float, default=15.0, help="length of each attack")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--max-rss", type=int, default=8 << 30, help="kill a proxy above this RSS (bytes)")
    return asyncio.run(table(parser.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
