"""The admin API wired to a running proxy: writes that would break a guarantee or be undone are refused."""

from __future__ import annotations

import json

import aiohttp
import pytest

from otlp_sampler.policy import PatternRule, PolicyDocument, ServicePolicy
from tests.e2e.harness import running_proxy

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
        assert app.processor.policy.version != stored.version
