"""One tenant's view of the admin API and the policy commands (``?tenant=``, ``--tenant``):
the real proxy in passthrough mode, two tenants sending the same service over HTTP."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import yaml

from otlp_sampler.cli import main
from otlp_sampler.tenants import tenant_id
from tests.e2e.harness import running_proxy
from tests.peers.sinks import HttpSink

TOKEN_A, TOKEN_B = "phc_tenant_a_secret", "phc_tenant_b_secret"
A, B = tenant_id(TOKEN_A), tenant_id(TOKEN_B)


def body(prefix: str, n: int) -> dict:
    records = [{"severityText": "INFO", "body": {"stringValue": f"{prefix} cache miss for key {i}"}}
               for i in range(n)]
    resource = {"attributes": [{"key": "service.name", "value": {"stringValue": "checkout"}}]}
    return {"resourceLogs": [{"resource": resource, "scopeLogs": [{"logRecords": records}]}]}


async def cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = await asyncio.to_thread(main, ["policy", *argv])
    out, err = capsys.readouterr()
    return code, out, err


async def test_a_tenants_savings_patterns_and_policy(capsys, tmp_path):
    state = tmp_path / "state.db"
    config = {"tenants": {"mode": "passthrough"}, "sampling": {"novelty": {"keep": 0}},
              "exporter": {"protocol": "http/protobuf"}, "store": {"kind": "sqlite", "path": str(state)}}
    async with HttpSink(tokens={TOKEN_A, TOKEN_B}) as sink:
        config["exporter"]["endpoint"] = sink.posthog_url
        async with running_proxy(config) as app, aiohttp.ClientSession() as session:
            ingest = f"http://127.0.0.1:{app.ports['http']}/i/v1/logs"
            for token, prefix, n in ((TOKEN_A, "alpha", 300), (TOKEN_B, "beta", 100)):
                async with session.post(ingest, json=body(prefix, n),
                                        headers={"Authorization": f"Bearer {token}"}) as response:
                    assert response.status == 200
            admin = f"http://127.0.0.1:{app.ports['admin']}"
            url = ["--admin", admin]

            async def get(path: str):
                async with session.get(admin + path) as response:
                    return response.status, await response.json()

            _, savings = await get(f"/api/v1/savings?tenant={A}")
            (row,) = savings["since_start"]["services"]
            assert (row["service"], row["records_in"]) == ("checkout", 300)
            assert savings["since_start"]["records_in"] == 300
            _, everyone = await get("/api/v1/savings")
            both = {r["service"] for r in everyone["since_start"]["services"]}
            assert both == {f"{A}/checkout", f"{B}/checkout"}
            assert (await get("/api/v1/savings?tenant=phc_tenant_a_secret"))[0] == 422  # an id, never a token

            app.processor.take_window()  # the patterns' volumes come from the side loop's window
            _, patterns = await get(f"/api/v1/patterns?tenant={A}")
            assert patterns and {p["service"] for p in patterns} == {"checkout"}
            pattern_a = patterns[0]["pattern_id"]

            # A policy for tenant A alone: B's rules (none) are untouched, and the other way round.
            rules = {"services": {"checkout": {"patterns": {pattern_a: {"rate": 0.5, "template": "x"}}}}}
            (tmp_path / "a.yaml").write_text(yaml.safe_dump(rules))
            code, out, err = await cli(capsys, "apply", str(tmp_path / "a.yaml"), "--tenant", A, *url)
            assert code == 0 and out.strip().endswith(f"applied as version 1 (tenant {A})"), err
            assert set(app.processor.policy.services) == {f"{A}/checkout"}
            b_rules = {"services": {"checkout": {"default_rate": 0.2}}}
            (tmp_path / "b.yaml").write_text(yaml.safe_dump(b_rules))
            assert (await cli(capsys, "apply", str(tmp_path / "b.yaml"), "--tenant", B, *url))[0] == 0
            assert set(app.processor.policy.services) == {f"{A}/checkout", f"{B}/checkout"}
            code, out, _ = await cli(capsys, "show", "--tenant", A, *url)
            assert json.loads(out)["services"]["checkout"]["patterns"][pattern_a]["rate"] == 0.5

            # A changes its rate, then rolls its own rules back to version 1: B keeps its v2 rules.
            rules["services"]["checkout"]["patterns"][pattern_a]["rate"] = 0.25
            (tmp_path / "a.yaml").write_text(yaml.safe_dump(rules))
            assert (await cli(capsys, "apply", str(tmp_path / "a.yaml"), "--tenant", A, *url))[0] == 0
            code, out, _ = await cli(capsys, "rollback", "1", "--tenant", A, *url)
            assert (code, out.strip()) == (0, f"tenant {A}'s rules of version 1 restored as version 4")
            services = app.processor.policy.services
            assert services[f"{A}/checkout"].patterns[pattern_a].rate == 0.5
            assert services[f"{B}/checkout"].default_rate == 0.2
            code, out, _ = await cli(capsys, "explain", "--tenant", A, *url)
            assert code == 0 and "checkout" in out and f"{B}/" not in out and f"{A}/" not in out
            _, readyz = await get("/readyz")
    stored = b"".join(path.read_bytes() for path in tmp_path.glob("state.db*"))  # policies, catalog, sums
    assert f"{A}/checkout".encode() in stored
    shown_anywhere = (json.dumps(everyone), json.dumps(readyz), app.metrics.render().decode(),
                      stored.decode("latin-1"))
    for shown in shown_anywhere:
        assert TOKEN_A not in shown and TOKEN_B not in shown


async def test_the_policy_service_serves_no_tenants_policy_to_anyone():
    import grpc

    from otlp_sampler._generated.v1 import policy_pb2, policy_pb2_grpc

    async with running_proxy({"tenants": {"mode": "passthrough"}}) as app, \
            grpc.aio.insecure_channel(f"127.0.0.1:{app.ports['grpc']}") as channel:
        client = policy_pb2_grpc.PolicyServiceStub(channel)
        for service in ("checkout", f"{A}/checkout"):  # not even with a tenant's id in the name
            try:
                await client.GetPolicy(policy_pb2.GetPolicyRequest(service=service),
                                       metadata=(("authorization", f"Bearer {TOKEN_A}"),))
            except grpc.aio.AioRpcError as refused:
                assert refused.code() == grpc.StatusCode.FAILED_PRECONDITION
                assert "passthrough" in refused.details()
            else:
                raise AssertionError("a policy was served")
