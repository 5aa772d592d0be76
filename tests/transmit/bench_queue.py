"""Throughput of ExportQueue (put, batching, delivery) with 512-record requests of the bench workload.

Not a test (no timing assertions): ``python -m tests.transmit.bench_queue [null|http] [SPOOL_DIR]``.
``null``: an exporter that answers success at once (the queue's own cost); ``http``: the
http/protobuf exporter (gzip) to a recording sink in the same process (the sink's decode
included).
"""

from __future__ import annotations

import asyncio
import sys
import time

from otlp_sampler.commands.workload import Workload
from otlp_sampler.metrics import Metrics
from otlp_sampler.transmit import ExportQueue, ExportResult, build_exporter
from tests.peers.sinks import HttpSink
from tests.transmit.conftest import exporter_config


class NullExporter:
    name = "null"

    async def send(self, request):
        return ExportResult.success(sent_bytes=len(request.payload))

    async def close(self):
        return None


async def main(kind: str, spool_dir: str | None, requests: int = 600) -> None:
    samples = [Workload(seed=i).request(512) for i in range(20)]
    queue_keys = {"max_records": 10**7, "max_batches": 10**6, "consumers": 4}
    if spool_dir:
        queue_keys["spool_dir"] = spool_dir
    sink = None
    if kind == "http":
        sink = HttpSink(keep_requests=False)
        await sink.start()
        config = exporter_config(sink.logs_url, queue=queue_keys)
        exporter = build_exporter(config)
    else:
        config = exporter_config("http://unused", queue=queue_keys)
        exporter = NullExporter()
    queue = ExportQueue(config, exporter, Metrics())
    await queue.start()
    started = time.perf_counter()
    for i in range(requests):
        await queue.put(samples[i % len(samples)], 512)
    put_seconds = time.perf_counter() - started
    await queue.flush(300)
    total_seconds = time.perf_counter() - started
    records = requests * 512
    print(f"{kind} spool={'yes' if spool_dir else 'no'}: put {records / put_seconds:,.0f} records/s, "
          f"put + delivered {records / total_seconds:,.0f} records/s")
    await queue.stop(5)
    if sink is not None:
        await sink.stop()


if __name__ == "__main__":
    arguments = [*sys.argv[1:3], None, None]
    asyncio.run(main(arguments[0] or "null", arguments[1]))
