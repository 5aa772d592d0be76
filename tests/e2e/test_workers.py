"""``serve --workers N``: N processes share the receiver ports and each delivers what it accepted.

Only the processes of one group share: a second proxy (one process or a group) on ports
that are taken fails with "address in use", naming the port, and takes none of the traffic.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import aiohttp
import psutil
import pytest
import yaml

from otlp_sampler.commands.workload import Workload
from tests.peers.sinks import HttpSink
from tests.peers.waiting import eventually
from tests.reliability.process import ProxyProcess

pytestmark = pytest.mark.e2e


async def listening_workers(proxy: ProxyProcess, count: int = 2) -> list[psutil.Process]:
    """The group's workers once ``count`` of them listen on both receiver ports: the proxy
    answers as soon as one worker is ready, and on a loaded machine the other may still be
    starting."""

    def ready():
        workers = [child for child in psutil.Process(proxy.pid).children()
                   if {c.laddr.port for c in child.net_connections("tcp") if c.status == psutil.CONN_LISTEN}
                   >= {proxy.http_port, proxy.grpc_port}]
        return workers if len(workers) == count else None

    return await eventually(ready, timeout=20, what=f"{count} workers listening on both ports")


async def test_two_workers_share_the_ports_and_lose_nothing(tmp_path):
    async with HttpSink() as sink:
        proxy = ProxyProcess({
            "exporter": {"protocol": "http/protobuf", "endpoint": sink.logs_url,
                         "batch": {"timeout": "50ms"}},
            "sampling": {"enabled": False},
            "store": {"kind": "sqlite", "path": str(tmp_path / "state.db")},
        }, tmp_path, extra_args=("--workers", "2"))
        try:
            await proxy.start()
            await listening_workers(proxy)  # two workers listen on each port
            # One spool per worker (a spool has one writer): worker 0 the default, worker 1 beside it.
            spool = proxy.cwd / ".otlp-sampler" / "spool"
            assert (spool / "lock").exists() and (spool / "worker-1" / "lock").exists()

            workload = Workload(seed=3)
            sent = 0
            for _ in range(30):  # a new connection per request, so the kernel spreads them
                request = workload.request(100)
                headers = {"Content-Type": "application/x-protobuf"}
                async with aiohttp.ClientSession() as session, session.post(
                    proxy.http_url, data=request.SerializeToString(), headers=headers
                ) as response:
                    assert response.status == 200
                sent += 100
            await sink.wait_for_records(sent, timeout=20)

            # Worker 0's /metrics and savings add up both workers' counts, without _created noise.
            received = sum([await proxy.metric("otlp_sampler_records_received_total", service=service)
                            for service in workload.services])
            assert received == sent
            _, text = await proxy.get("/metrics")
            assert "_created" not in text
            _, savings = await proxy.get("/api/v1/savings")
            assert json.loads(savings)["since_start"]["records_in"] == sent

            proxy.signal(signal.SIGTERM)
            assert await proxy.wait(30) == 0
            assert len(sink.records()) == sent
        finally:
            await proxy.ensure_stopped()


async def test_workers_exit_when_their_supervisor_is_killed(tmp_path):
    proxy = ProxyProcess({"store": {"kind": "memory"}}, tmp_path, extra_args=("--workers", "2"))
    try:
        await proxy.start()
        workers = await listening_workers(proxy)
        proxy.kill()  # SIGKILL: the supervisor runs no shutdown code at all
        await proxy.wait(10)
        _, alive = psutil.wait_procs(workers, timeout=20)
        assert not alive, "orphaned workers would keep holding the ports"
    finally:
        await proxy.ensure_stopped()


async def test_a_worker_that_dies_stops_the_group_with_a_failing_status(tmp_path):
    proxy = ProxyProcess({"store": {"kind": "memory"}}, tmp_path, extra_args=("--workers", "2"))
    try:
        await proxy.start()
        workers = await listening_workers(proxy)
        workers[0].send_signal(signal.SIGKILL)  # e.g. the OOM killer
        assert await proxy.wait(30) == 128 + signal.SIGKILL
        _, alive = psutil.wait_procs(workers, timeout=20)
        assert not alive
    finally:
        await proxy.ensure_stopped()


def second_proxy(first: ProxyProcess, tmp_path, *args: str) -> subprocess.CompletedProcess:
    """Run ``serve`` on ``first``'s receiver ports (its own admin port); it must exit by itself."""
    config = {**first.config, "admin": {"endpoint": "127.0.0.1:0"}}
    second = ProxyProcess(config, tmp_path, name="second")
    for receiver, port in (("grpc", first.grpc_port), ("http", first.http_port)):
        second.config["receivers"][receiver]["endpoint"] = f"127.0.0.1:{port}"
    second.config_path.write_text(yaml.safe_dump(second.config))
    return subprocess.run([sys.executable, "-m", "otlp_sampler", "serve", "--config", str(second.config_path),
                           *args], cwd=tmp_path, capture_output=True, text=True, timeout=30)


def listeners(pid: int, port: int) -> set[int]:
    """Pids of ``pid`` and its children that listen on ``port``."""
    parent = psutil.Process(pid)
    return {process.pid for process in (parent, *parent.children(recursive=True))
            for c in process.net_connections("tcp")
            if c.status == psutil.CONN_LISTEN and c.laddr.port == port}


@pytest.mark.parametrize("first_args, second_args", [((), ()), (("--workers", "2"), ("--workers", "2"))],
                         ids=["one process each", "two worker groups"])
async def test_a_second_proxy_on_taken_ports_fails_naming_the_port(tmp_path, first_args, second_args):
    first = ProxyProcess({"store": {"kind": "memory"}}, tmp_path, extra_args=first_args)
    try:
        await first.start()
        # Ready means one worker answers; wait until every worker of the group listens.
        workers = int(first_args[1]) if first_args else 1
        ports = (first.grpc_port, first.http_port)
        await eventually(lambda: all(len(listeners(first.pid, port)) == workers for port in ports),
                         what=f"{workers} listener(s) on each receiver port")
        owners = {port: listeners(first.pid, port) for port in ports}

        result = second_proxy(first, tmp_path, *second_args)

        assert result.returncode == 1, result.stderr
        assert f"cannot listen on 127.0.0.1:{first.grpc_port}: Address already in use" in result.stderr
        # The first proxy keeps its ports to itself: nothing else joined them.
        assert {port: listeners(first.pid, port) for port in owners} == owners
        assert await first.readyz() == 200
    finally:
        await first.ensure_stopped()
