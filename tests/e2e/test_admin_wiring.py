"""The admin API wired to a running proxy: writes that would break a guarantee or be undone are refused."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest

from otlp_sampler.policy import PatternRule, PolicyDocument, ServicePolicy
from tests.e2e.harness import running_proxy
from tests.peers.sinks import GrpcSink

pytestmark = pytest.mark.e2e


async def test_policy_writes_are_refused_while_a_policy_file_is_in_charge(tmp_path):
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(json.dumps({"default_rate": 0.5}))
    async with running_proxy({"sampling": {"policy_file": str(policy_file)}}) as app:
        base = f"http://127.0.0.1:{app.ports['admin']}/api/v1/policy"
        async with aiohttp.ClientSession() as session:
            async with session.put(base, json={"default_rate": 0.25}) as response:
                assert response.status == 409
                assert "policy_file" in (await response.json())["detail"]
            async with session.post(f"{base}/regenerate", json={}) as response:
                assert response.status == 409
        assert app.processor.policy.default_rate == 0.5  # the file's policy stays in force


async def test_a_rollback_to_a_version_below_todays_min_rate_is_refused_with_the_reason():
    async with running_proxy({"sampling": {"min_rate": 0.01}}) as app:
        rule = PatternRule(template="tick <*>", rate=0.001, reason="from an older config")
        old = PolicyDocument(services={"svc": ServicePolicy(patterns={"0123456789abcdef": rule})})
        stored = await app.store.save_policy(old)  # saved under an older, laxer min_rate
        base = f"http://127.0.0.1:{app.ports['admin']}/api/v1/policy"
        async with aiohttp.ClientSession() as session, session.post(
            f"{base}/rollback/{stored.version}", json={}
        ) as response:
            assert response.status == 400
            body = await response.json()
            assert any("min_rate" in problem or "0.001" in problem for problem in body["problems"]), body
        assert app.processor.policy is None  # nothing was swapped in


async def test_before_any_policy_every_view_says_so_and_explain_shows_the_dynamic_sampler(capsys):
    """One truth before the first policy: 404 "no policy yet" from the API and `policy show`,
    never a made-up "version 0, manual" policy; `policy explain` shows what the dynamic
    sampler keeps instead (here on a replica that is not the leader, so no policy is made)."""
    from otlp_sampler.cli import main
    from tests.e2e.traffic import OtlpGrpc, logs_request

    # Kept records go to a sink, not to the debug exporter: its prints would land, late, in
    # the stdout captured from the CLI below.
    async with GrpcSink() as sink, running_proxy(
            {"exporter": {"protocol": "grpc", "endpoint": sink.url}}) as app:
        admin = f"http://127.0.0.1:{app.ports['admin']}"
        async with aiohttp.ClientSession() as session:
            for path in ("/api/v1/policy", "/api/v1/policy/explain"):
                async with session.get(admin + path) as response:
                    assert response.status == 404, path
                    assert (await response.json())["detail"] == "no policy yet: the dynamic sampler decides"

        async with OtlpGrpc(app.ports["grpc"]) as client:
            await client.send(logs_request({"checkout": [(f"cart {i} updated", 9) for i in range(50)]}))
        assert await app.store.try_acquire_leader("the-other-replica", 60)
        assert await app.loop.run_once() is None  # a window counted, no policy generated

        async def cli(*argv: str) -> tuple[int, str, str]:
            capsys.readouterr()
            code = await asyncio.to_thread(main, ["policy", *argv, "--admin", admin])
            return (code, *capsys.readouterr())

        code, out, _ = await cli("explain")
        out = out[out.index("no policy yet"):]  # the debug exporter prints kept records to stdout too
        lines = out.splitlines()
        assert code == 0 and lines[0] == "no policy yet: the dynamic sampler decides"
        assert lines[1].startswith("since start: 50 records in, ")
        assert lines[2].split() == ["SERVICE", "RECORDS", "IN", "KEPT", "BYTES", "CUT"]
        assert lines[3].split()[:2] == ["checkout", "50"]
        assert any(line.startswith("last analysis window") for line in lines)
        assert "cart <*> updated" in out and "v0" not in out
        code, out, err = await cli("show")
        assert (code, out) == (1, "")
        assert "HTTP 404: no policy yet: the dynamic sampler decides" in err
