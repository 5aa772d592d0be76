"""The README's quick start works as written: its `curl` body is a record the real proxy
accepts, and the two commands that block or need another terminal are not in one block."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import aiohttp

from tests.e2e.harness import running_proxy

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()
QUICK_START = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]


def test_serve_ends_its_block_so_nothing_waits_behind_it():
    for block in re.findall(r"```bash\n(.*?)```", QUICK_START, re.S):
        lines = [line for line in block.splitlines() if line.strip()]
        if any("otlp-sampler serve" in line for line in lines):
            assert "otlp-sampler serve" in lines[-1] and lines[-1].rstrip().endswith("serve")


async def test_the_quick_start_record_is_accepted():
    command = next(line for line in QUICK_START.splitlines() if line.startswith("curl "))
    words = shlex.split(command)
    body = words[words.index("-d") + 1]
    async with running_proxy({}) as app:
        url = f"http://127.0.0.1:{app.ports['http']}/v1/logs"
        async with aiohttp.ClientSession() as session, session.post(
            url, data=body, headers={"Content-Type": "application/json"}
        ) as response:
            assert response.status == 200
        received = app.metrics.registry.get_sample_value(
            "otlp_sampler_records_received_total", {"service": "quickstart"})
        assert received == 1
