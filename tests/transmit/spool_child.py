"""A queue with a spool in a process of its own, driven over stdin, for kill -9 tests.

``python -m tests.transmit.spool_child SPOOL_DIR ENDPOINT``; commands on stdin:
``put N TAG`` queues N requests of 10 records (bodies ``TAG-<n>-<i>``) and prints
``ACCEPTED TAG`` once every put returned; ``idle`` waits until the queue is empty and the
spool's acks are on disk, then prints ``IDLE``; ``drain N`` does the same down to N
records left in the queue, then prints ``DRAINED``.
"""

from __future__ import annotations

import asyncio
import sys

from otlp_sampler.metrics import NullMetrics
from otlp_sampler.transmit import ExportQueue, build_exporter
from tests.peers.sinks import make_request
from tests.transmit.conftest import exporter_config


async def main(spool_dir: str, endpoint: str) -> None:
    config = exporter_config(endpoint, queue={"spool_dir": spool_dir})
    queue = ExportQueue(config, build_exporter(config), NullMetrics())
    await queue.start()
    loop = asyncio.get_running_loop()
    print("READY", flush=True)
    while True:
        line = (await loop.run_in_executor(None, sys.stdin.readline)).split()
        if not line:
            return
        if line[0] == "put":
            count, tag = int(line[1]), line[2]
            for n in range(count):
                await queue.put(make_request(10, body=f"{tag}-{n}-{{i}}"), 10)
            print(f"ACCEPTED {tag}", flush=True)
        elif line[0] in ("idle", "drain"):
            left = int(line[1]) if line[0] == "drain" else 0
            while queue.depth_records > left:
                await asyncio.sleep(0.01)
            await queue.spool.flush()
            print("IDLE" if line[0] == "idle" else "DRAINED", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
