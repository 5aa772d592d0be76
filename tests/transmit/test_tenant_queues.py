"""TenantQueues against a PostHog-shaped sink that checks tokens: each tenant's batches go
out under its own token and never mix; a refused tenant holds only its own; the spool
keeps the tenant (its token, 0600) across a restart."""

from __future__ import annotations

import os
import stat

import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from otlp_sampler.tenants import Tenants
from otlp_sampler.transmit import build_exporter
from otlp_sampler.transmit.tenant_queues import TENANTS_DIR, TOKEN_FILE, TenantQueues
from tests.peers.sinks import HttpSink
from tests.peers.waiting import eventually
from tests.transmit.conftest import exporter_config, sample


def request(owner: str, n: int, start: int = 0) -> ExportLogsServiceRequest:
    message = ExportLogsServiceRequest()
    scope = message.resource_logs.add().scope_logs.add()
    for i in range(start, start + n):
        scope.log_records.add().body.string_value = f"{owner} record {i}"
    return message


def tenant_queues(sink: HttpSink, metrics, spool_dir=None, **queue) -> tuple[TenantQueues, Tenants]:
    config = exporter_config(sink.posthog_url, queue={"spool_dir": spool_dir, **queue},
                             headers={"Authorization": "Bearer phc_proxy_own"})
    tenants = Tenants("passthrough")
    return TenantQueues(config, build_exporter(config), metrics, tenants=tenants,
                        build_exporter=build_exporter), tenants


def delivered_by_token(sink: HttpSink) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for received in sink.delivered:
        bodies = [r.body.string_value for rl in received.request.resource_logs
                  for sl in rl.scope_logs for r in sl.log_records]
        owners = {body.split()[0] for body in bodies}
        assert len(owners) == 1, f"a batch mixes tenants: {owners}"  # never mixed
        found.setdefault(received.headers["authorization"], []).extend(bodies)
    return found


async def test_each_tenants_batches_go_under_its_own_token(metrics):
    async with HttpSink(tokens={"phc_a", "phc_b"}) as sink:
        queues, tenants = tenant_queues(sink, metrics)
        await queues.start()
        a, b = tenants.resolve("phc_a"), tenants.resolve("phc_b")
        for i in range(20):
            await queues.put(request("a", 5, 5 * i), 5, tenant=a)
            await queues.put(request("b", 3, 3 * i), 3, tenant=b)
        await eventually(lambda: sum(map(len, delivered_by_token(sink).values())) == 160, what="delivery")
        await queues.stop(5)
    found = delivered_by_token(sink)
    assert sorted(found) == ["Bearer phc_a", "Bearer phc_b"]  # never the proxy's own token
    assert sorted(found["Bearer phc_a"]) == sorted(f"a record {i}" for i in range(100))
    assert sorted(found["Bearer phc_b"]) == sorted(f"b record {i}" for i in range(60))
    per_tenant = "otlp_sampler_tenant_export_records_total"
    assert sample(metrics, per_tenant, tenant=a.id, outcome="delivered") == 100
    assert sample(metrics, "otlp_sampler_export_records_total", outcome="delivered") == 160


async def test_a_refused_tenant_holds_only_its_own_batches(metrics):
    async with HttpSink(tokens={"phc_good"}) as sink:
        queues, tenants = tenant_queues(sink, metrics, max_records=100)
        await queues.start()
        good, bad = tenants.resolve("phc_good"), tenants.resolve("phc_bad")
        await queues.put(request("bad", 10), 10, tenant=bad)
        await queues.put(request("good", 10), 10, tenant=good)
        await eventually(lambda: queues.queue_of(bad).auth_failed, what="the bad token refused")
        while queues.has_room(bad):  # it fills its share (half of 100) and is pushed back ...
            await queues.put(request("bad", 10), 10, tenant=bad)
        assert queues.queue_of(bad).depth_records == 50
        for i in range(1, 10):  # ... while the other tenant flows
            await eventually(lambda: queues.has_room(good), what="room for the good tenant")
            await queues.put(request("good", 10, 10 * i), 10, tenant=good)
        await eventually(lambda: len(delivered_by_token(sink).get("Bearer phc_good", ())) == 100, what="good")
        assert not queues.auth_failed and queues.healthy  # the proxy stays ready for the others
        (problem,) = queues.problems()
        assert bad.id in problem and "phc_bad" not in problem and "50 records held" in problem
        assert sample(metrics, "otlp_sampler_tenant_queue_records", tenant=bad.id) == 50
        # The sink records a batch before it answers: the queue resolves it a moment later.
        await eventually(lambda: sample(metrics, "otlp_sampler_queue_records") == 50, what="only B's held")
        sink.tokens.add("phc_bad")  # its token fixed upstream: nothing was lost
        await eventually(lambda: len(delivered_by_token(sink).get("Bearer phc_bad", ())) == 50, timeout=10,
                         what="the held batches")
        await queues.stop(5)
    assert sorted(delivered_by_token(sink)["Bearer phc_bad"]) == sorted(
        f"bad record {i}" for i in range(10) for _ in range(5))


async def test_the_spool_keeps_each_tenant_across_a_restart(metrics, tmp_path):
    spool = tmp_path / "spool"
    async with HttpSink(tokens={"phc_a"}) as sink:
        queues, tenants = tenant_queues(sink, metrics, str(spool))
        await queues.start()
        a, b, idle = tenants.resolve("phc_a"), tenants.resolve("phc_b"), tenants.resolve("phc_idle")
        await queues.put(request("a", 5), 5, tenant=a)
        await queues.put(request("b", 7), 7, tenant=b)  # refused upstream: held in the spool
        await queues.put(request("idle", 0), 0, tenant=idle)  # a queue, nothing in it
        await eventually(lambda: len(delivered_by_token(sink).get("Bearer phc_a", ())) == 5, what="a")
        await eventually(lambda: queues.queue_of(b).auth_failed, what="b refused")
        await eventually(lambda: queues.queue_of(a).depth_records == 0, what="a's batch acknowledged")
        await queues.stop(0.2)
        token_file = spool / TENANTS_DIR / b.id / TOKEN_FILE
        assert token_file.read_text() == "phc_b"
        assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(token_file.parent).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(spool / TENANTS_DIR).st_mode) == 0o700
        assert b"phc_b" not in b"".join(p.read_bytes() for p in spool.glob("*") if p.is_file())

        sink.tokens.add("phc_b")
        queues, tenants = tenant_queues(sink, metrics, str(spool))
        await queues.start()  # the tenant comes back with its token, its records go out under it
        assert [t.id for t in tenants] == [b.id]  # the ones with nothing left are forgotten
        assert not (spool / TENANTS_DIR / idle.id).exists()
        await eventually(lambda: len(delivered_by_token(sink).get("Bearer phc_b", ())) == 7, what="b resent")
        await queues.stop(5)
    assert sorted(delivered_by_token(sink)["Bearer phc_b"]) == sorted(f"b record {i}" for i in range(7))


async def test_a_ledger_frame_goes_to_the_main_spool_and_goes_when_its_request_fails(metrics, tmp_path):
    spool = str(tmp_path / "spool")
    async with HttpSink(tokens={"phc_a"}) as sink:
        queues, tenants = tenant_queues(sink, metrics, spool)
        await queues.start()
        a = tenants.resolve("phc_a")
        forgotten = await queues.put(request("a", 2), 2, ledger=(b'["forgotten"]', 3), tenant=a)
        queues.forget([forgotten])
        kept = await queues.put(request("a", 2), 2, ledger=(b'["kept"]', 4), tenant=a)
        assert kept is not None

        async def disk_full(*args, **kwargs):
            raise OSError("disk full")

        queues.queue_of(a).put = disk_full
        with pytest.raises(OSError, match="disk full"):  # not accepted: its drop counts go too
            await queues.put(request("a", 2), 2, ledger=(b'["failed"]', 5), tenant=a)
        await queues.stop(5)
        queues, _ = tenant_queues(sink, metrics, spool)
        await queues.start()
        assert [payload for _, payload in queues.recovered_ledger] == [b'["kept"]']
        await queues.stop(5)


async def test_a_grpc_upstream_gets_each_tenants_token_as_metadata(metrics):
    from tests.peers.sinks import GrpcSink

    async with GrpcSink() as sink:
        config = exporter_config(sink.url, protocol="grpc", headers={"authorization": "Bearer phc_proxy_own"})
        tenants = Tenants("passthrough")
        queues = TenantQueues(config, build_exporter(config), metrics, tenants=tenants,
                              build_exporter=build_exporter)
        await queues.start()
        for token in ("phc_a", "phc_b"):
            await queues.put(request(token[-1], 4), 4, tenant=tenants.resolve(token))
        await sink.wait_for_records(8)
        await queues.stop(5)
    assert sorted(received.headers["authorization"] for received in sink.delivered) == [
        "Bearer phc_a", "Bearer phc_b"]
