"""``serve --workers N``: N processes share the receiver ports and each delivers what it accepted."""

from __future__ import annotations

import signal

import aiohttp
import psutil
import pytest

from otlp_sampler.commands.workload import Workload
from tests.peers.sinks import HttpSink
from tests.reliability.process import ProxyProcess

pytestmark = pytest.mark.e2e


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
            children = psutil.Process(proxy.pid).children()  # the workers (and multiprocessing's tracker)
            for port in (proxy.http_port, proxy.grpc_port):
                listening = {child.pid for child in children for c in child.net_connections("tcp")
                             if c.status == psutil.CONN_LISTEN and c.laddr.port == port}
                assert len(listening) == 2, f"two workers listen on port {port}"
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

            proxy.signal(signal.SIGTERM)
            assert await proxy.wait(30) == 0
            assert len(sink.records()) == sent
        finally:
            await proxy.ensure_stopped()


async def test_workers_exit_when_their_supervisor_is_killed(tmp_path):
    proxy = ProxyProcess({"store": {"kind": "memory"}}, tmp_path, extra_args=("--workers", "2"))
    try:
        await proxy.start()
        workers = [child for child in psutil.Process(proxy.pid).children()
                   if any(c.status == psutil.CONN_LISTEN for c in child.net_connections("tcp"))]
        assert len(workers) == 2
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
        workers = [child for child in psutil.Process(proxy.pid).children()
                   if any(c.status == psutil.CONN_LISTEN for c in child.net_connections("tcp"))]
        workers[0].send_signal(signal.SIGKILL)  # e.g. the OOM killer
        assert await proxy.wait(30) == 128 + signal.SIGKILL
        _, alive = psutil.wait_procs(workers, timeout=20)
        assert not alive
    finally:
        await proxy.ensure_stopped()
