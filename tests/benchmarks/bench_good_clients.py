"""Latency of small, well-behaved clients while one client sends a huge request: a script, not a test.

    python -m tests.benchmarks.bench_good_clients [--attack-records 300000] [--clients 4]
        [--runs 3] [--baseline CHECKOUT]

A ``serve`` process (``PYTHONPATH`` = the checkout under test; sampling at rate 0.5,
``receivers.max_records_per_request`` raised above the attack, no spool) exports to a sink
in a process of its own that answers 200 without decoding. ``--clients`` clients send
50-record OTLP/HTTP requests one after another; once they run, one client sends a single
gzip OTLP/HTTP request of ``--attack-records`` records of one pattern
(bench_large_request.py's). Reported per run: the p50 / p99 / max latency of the good
requests the attack overlapped (sent before its answer, answered after it was sent), how
many there were, and how long the attack took; then the medians over runs.
``--baseline CHECKOUT``: the same for another otlp-sampler checkout, alternating with this one.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from tests.benchmarks.bench_large_request import build
from tests.peers.waiting import free_port
from tests.receive.conftest import sample_request
from tests.reliability.process import ProxyProcess

ROOT = str(Path(__file__).resolve().parents[2])

SINK = r"""
import sys
from aiohttp import web
async def ok(request):
    await request.read()
    return web.Response(status=200, body=b"", content_type="application/x-protobuf")
app = web.Application(client_max_size=1 << 30)
app.router.add_post("/v1/logs", ok)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
"""

PROTOBUF = {"Content-Type": "application/x-protobuf"}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def one_run(checkout: str, sink_url: str, attack: bytes, records: int, clients: int,
                  workdir: Path) -> dict:
    receivers: dict = {"http": {"max_request_size": "512MiB", "max_decompressed_size": "2GiB"}}
    if "max_records_per_request" in (Path(checkout) / "otlp_sampler" / "config.py").read_text():
        receivers["max_records_per_request"] = records + 1  # a checkout from before the cap has none
    if "decode_budget" in (Path(checkout) / "otlp_sampler" / "config.py").read_text():
        # The attack is one large valid request, not a memory attack: room for it in the
        # decode budget (its estimate is over 3/4 of the default 256 MiB, which is refused).
        receivers["decode_budget"] = "8GiB"
    config = {
        "receivers": receivers,
        "exporter": {"protocol": "http/protobuf", "endpoint": sink_url, "queue": {"spool_dir": None,
                                                                                 "max_records": 10_000_000}},
        "sampling": {"default_rate": 0.5},
        "analysis": {"enabled": False},
        "logging": {"level": "WARNING"},
    }
    proxy = ProxyProcess(config, workdir, name=f"proxy-{time.monotonic_ns()}", env={"PYTHONPATH": checkout})
    await proxy.start()
    small = sample_request(50).SerializeToString()
    stop = asyncio.Event()
    spans: list[tuple[float, float]] = []  # every good request: (sent, answered)
    try:
        async def good_client() -> None:
            async with aiohttp.ClientSession() as session:
                while not stop.is_set():
                    started = time.perf_counter()
                    async with session.post(proxy.http_url, data=small, headers=PROTOBUF) as answer:
                        await answer.read()
                        assert answer.status == 200, answer.status
                    spans.append((started, time.perf_counter()))

        tasks = [asyncio.create_task(good_client()) for _ in range(clients)]
        await asyncio.sleep(1.0)  # the good clients in their stride first
        timeout = aiohttp.ClientTimeout(total=3600)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            started = time.perf_counter()
            async with session.post(proxy.http_url, data=attack,
                                    headers={**PROTOBUF, "Content-Encoding": "gzip"}) as answer:
                await answer.read()
                assert answer.status == 200, (answer.status, await answer.read())
            ended = time.perf_counter()
        stop.set()
        await asyncio.gather(*tasks)
    finally:
        proxy.signal(15)
        await proxy.wait(60)
    # Every good request the attack overlapped, whenever its answer came.
    during = [end - sent for sent, end in spans if sent < ended and end > started]
    return {"p50": percentile(during, 0.5), "p99": percentile(during, 0.99), "max": max(during),
            "requests": len(during), "attack": ended - started}


async def main(args: argparse.Namespace) -> int:
    attack = gzip.compress(build(args.attack_records), compresslevel=1)
    sink_port = free_port()
    sink = subprocess.Popen([sys.executable, "-c", SINK, str(sink_port)])
    checkouts = [ROOT] + ([args.baseline] if args.baseline else [])
    results: dict[str, list[dict]] = {checkout: [] for checkout in checkouts}
    try:
        await asyncio.sleep(1.0)
        print(f"{args.clients} clients of 50-record HTTP requests; one gzip request of "
              f"{args.attack_records:,} records ({len(attack) / 1e6:.1f} MB on the wire) meanwhile")
        print(f"{'checkout':40} | {'p50':>8} | {'p99':>8} | {'max':>8} | {'requests':>8} | {'attack':>8}")
        with tempfile.TemporaryDirectory() as workdir:
            for _ in range(args.runs):
                for checkout in checkouts:
                    row = await one_run(checkout, f"http://127.0.0.1:{sink_port}/v1/logs", attack,
                                        args.attack_records, args.clients, Path(workdir))
                    results[checkout].append(row)
                    print(f"{checkout[-40:]:40} | {row['p50'] * 1e3:6.0f}ms | {row['p99'] * 1e3:6.0f}ms | "
                          f"{row['max'] * 1e3:6.0f}ms | {row['requests']:>8} | {row['attack']:7.2f}s",
                          flush=True)
    finally:
        sink.terminate()
        sink.wait(10)
    print("medians over runs:")
    for checkout, rows in results.items():
        def median(key: str) -> float:
            return statistics.median(row[key] for row in rows)  # noqa: B023 - used at once

        print(f"{checkout[-40:]:40} | {median('p50') * 1e3:6.0f}ms | {median('p99') * 1e3:6.0f}ms | "
              f"{median('max') * 1e3:6.0f}ms | {median('requests'):>8.0f} | {median('attack'):7.2f}s")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--attack-records", type=int, default=300_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", metavar="CHECKOUT")
    raise SystemExit(asyncio.run(main(parser.parse_args())))
