"""tenants.mode passthrough end to end: a real ``serve`` process between two apps (the real
OpenTelemetry SDK exporters, over HTTP and gRPC, each with its own PostHog token) and a
PostHog-shaped sink that checks tokens (docs/posthog.md § Many projects through one proxy).

Every record reaches the sink under its own app's token, in batches that never mix the two;
while the sink refuses one token (401), only that tenant's records are held, the other's
flow and the proxy stays ready; a kill -9 with the held records in the spool loses none:
after the restart, once the token is accepted, they arrive under it. No token ever shows in
the proxy's log, /metrics or /readyz.
"""

from __future__ import annotations

import json

import pytest

from otlp_sampler.tenants import tenant_id
from tests.e2e.harness import merge
from tests.peers.otel_client import SdkClient
from tests.peers.sinks import HttpSink, bodies
from tests.peers.waiting import eventually, free_port
from tests.reliability.process import ProxyProcess

pytestmark = pytest.mark.e2e

TOKEN_A, TOKEN_B = "phc_app_a_0123456789", "phc_app_b_9876543210"


def config(sink: HttpSink, spool: str) -> dict:
    return merge({}, {
        "tenants": {"mode": "passthrough", "allow": [TOKEN_A, TOKEN_B]},
        "store": {"kind": "memory"},
        "analysis": {"enabled": False},
        "sampling": {"enabled": False},  # every record must arrive: counts are exact
        "exporter": {
            "protocol": "http/protobuf", "endpoint": sink.posthog_url, "timeout": 5,
            "batch": {"max_records": 100, "timeout": "50ms"},
            "retry": {"initial_interval": "50ms", "max_interval": "300ms"},
            "queue": {"consumers": 2, "spool_dir": spool},
        },
    })


def by_token(sink: HttpSink) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for received in sink.delivered:
        request = received.request
        texts = bodies(r for rl in request.resource_logs for sl in rl.scope_logs for r in sl.log_records)
        assert len({text.split("-")[0] for text in texts}) == 1, "a batch mixes tenants"
        found.setdefault(received.headers.get("authorization", ""), []).extend(texts)
    return found


async def emit(app: SdkClient, prefix: str, start: int, n: int) -> None:
    for i in range(start, start + n):
        app.emit(f"{prefix}-{i} order placed")
    assert await app.flush()


async def test_two_apps_through_one_proxy_each_under_its_own_token_across_a_refusal_and_kill_9(tmp_path):
    sink = HttpSink(tokens={TOKEN_A}, port=free_port())  # B's token is refused (401) at first
    await sink.start()
    proxy = ProxyProcess(config(sink, str(tmp_path / "spool")), tmp_path)
    app_a = app_b = None
    try:
        await proxy.start()
        app_a = SdkClient("http", proxy.http_port, "checkout", path="/i/v1/logs",
                          headers={"Authorization": f"Bearer {TOKEN_A}"})
        app_b = SdkClient("grpc", proxy.grpc_port, "checkout", headers={"authorization": f"Bearer {TOKEN_B}"})
        await emit(app_b, "b", 0, 300)
        await emit(app_a, "a", 0, 300)
        await eventually(lambda: len(by_token(sink).get(f"Bearer {TOKEN_A}", ())) == 300, 20, "A's records")
        id_b = tenant_id(TOKEN_B)
        await eventually(lambda: proxy.metric("otlp_sampler_tenant_queue_records", tenant=id_b), 10,
                         "B's records held")
        assert await proxy.metric("otlp_sampler_tenant_queue_records", tenant=id_b) == 300
        # B's refusal is B's alone: the proxy stays ready, /readyz names B by its id.
        status, readyz = await proxy.get("/readyz")
        assert status == 200 and id_b in json.dumps(json.loads(readyz))
        await emit(app_a, "a", 300, 100)  # A keeps flowing while B is held
        await eventually(lambda: len(by_token(sink).get(f"Bearer {TOKEN_A}", ())) == 400, 20, "more of A")
        _, metrics = await proxy.get("/metrics")

        proxy.kill()  # B's 300 records are in its spool, with its token beside them
        await proxy.wait(10)
        sink.tokens.add(TOKEN_B)  # B's token fixed upstream
        await proxy.start()
        await eventually(lambda: len(by_token(sink).get(f"Bearer {TOKEN_B}", ())) == 300, 20,
                         "B's records after the restart")
        await emit(app_a, "a", 400, 100)
        await emit(app_b, "b", 300, 100)
        await eventually(lambda: len(by_token(sink).get(f"Bearer {TOKEN_B}", ())) == 400, 20, "more of B")
        await eventually(lambda: len(by_token(sink).get(f"Bearer {TOKEN_A}", ())) == 500, 20, "more of A")
    finally:
        for app in (app_a, app_b):
            if app is not None:
                await app.shutdown()
        await proxy.ensure_stopped()
        await sink.stop()

    found = by_token(sink)
    assert set(found) == {f"Bearer {TOKEN_A}", f"Bearer {TOKEN_B}"}  # never another credential
    assert set(found[f"Bearer {TOKEN_A}"]) == {f"a-{i} order placed" for i in range(500)}
    assert set(found[f"Bearer {TOKEN_B}"]) == {f"b-{i} order placed" for i in range(400)}
    for shown in (proxy.log_text(), metrics, readyz):
        assert TOKEN_A not in shown and TOKEN_B not in shown
