"""One hand-written policy, one verdict: every entry point refuses the same document with the
same complete list of problems, and none of them corrects it (docs/policy-format.md)."""

from __future__ import annotations

import json

import aiohttp
import pytest

from otlp_sampler.cli import main
from otlp_sampler.config import SamplingConfig
from otlp_sampler.policy import PolicyDocument, parse_policy
from otlp_sampler.policy.manual import PolicyRejected, check_manual_policy
from otlp_sampler.sample.policy_file import PolicyFileWatcher
from tests.e2e.harness import running_proxy
from tests.sample.helpers import processor

MIN_RATE = 0.01
BAD = {  # three problems: two default rates and one rule below min_rate; the drop rule is allowed
    "default_rate": 0.0001,
    "services": {"svc": {"default_rate": 0.0002, "patterns": {
        "00000000000000a1": {"template": "tick <*>", "rate": 0.0003},
        "00000000000000a2": {"template": "noise <*>", "rate": 0.0},
    }}},
}


def expected_problems() -> list[str]:
    with pytest.raises(PolicyRejected) as refused:
        check_manual_policy(parse_policy(BAD), sampling=SamplingConfig(min_rate=MIN_RATE))
    return refused.value.problems


def test_the_check_lists_every_problem_and_allows_a_drop_rule():
    problems = expected_problems()
    assert len(problems) == 3
    assert all(value in text for value, text in zip(("0.0001", "0.0002", "0.0003"), problems, strict=True))
    drop_only = {"services": {"svc": {"patterns": {"00000000000000a2": {"rate": 0.0}}}}}
    check_manual_policy(parse_policy(drop_only), sampling=SamplingConfig(min_rate=MIN_RATE))


def test_policy_file_is_refused_not_corrected(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(BAD))
    p = processor(min_rate=MIN_RATE)
    watcher = PolicyFileWatcher(path, p)
    assert watcher.check() is False
    assert p.policy_version == 0 and p.policy is None
    assert all(problem in watcher.last_error for problem in expected_problems())


def test_policy_validate_lists_the_same_problems(tmp_path, capsys):
    path, config = tmp_path / "policy.json", tmp_path / "config.yaml"
    path.write_text(json.dumps(BAD))
    config.write_text(f"sampling: {{min_rate: {MIN_RATE}}}\n")
    assert main(["policy", "validate", str(path), "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert all(f"  - {problem}" in err for problem in expected_problems())


async def test_admin_put_and_rollback_refuse_with_the_same_problems():
    async with running_proxy({"sampling": {"min_rate": MIN_RATE}}) as app:
        base = f"http://127.0.0.1:{app.ports['admin']}/api/v1/policy"
        # As if saved while min_rate was laxer: a rollback to it meets today's check.
        stored = await app.store.save_policy(PolicyDocument.model_validate(BAD))
        async with aiohttp.ClientSession() as http:
            async with http.put(base, json=BAD) as response:
                assert response.status == 400
                assert (await response.json())["problems"] == expected_problems()
            async with http.post(f"{base}/rollback/{stored.version}", json={}) as response:
                assert response.status == 400
                assert (await response.json())["problems"] == expected_problems()
        assert app.processor.policy is None  # nothing was applied, corrected or not


def test_policy_validate_reports_shape_and_guard_problems_together(tmp_path, capsys):
    """A wrong shape (a rate above 1, an unknown key) does not hide a rate below min_rate
    elsewhere in the same file: every problem is listed, once."""
    path = tmp_path / "policy.yaml"
    path.write_text(
        "default_rate: 0.0001\n"
        "services:\n"
        "  svc:\n"
        "    default_rate: 2\n"
        "    patterns:\n"
        "      00000000000000a1: {template: 'tick <*>', rate: 1.5}\n"
        "      00000000000000a2: {template: 'tock <*>', rate: 0.0003}\n"
        "      00000000000000a3: {template: 'tack <*>', rate: 0.5, rat: 0.5}\n"
        "      00000000000000a4: {template: 'tuck <*>'}\n")
    config = tmp_path / "config.yaml"
    config.write_text(f"sampling: {{min_rate: {MIN_RATE}}}\n")
    assert main(["policy", "validate", str(path), "--config", str(config)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{path}: 6 problem(s)",
        "  - services.svc.default_rate: Input should be less than or equal to 1 (got 2)",
        "  - services.svc.patterns.00000000000000a1.rate: Input should be less than or equal to 1 (got 1.5)",
        "  - services.svc.patterns.00000000000000a3.rat: unknown key",
        "  - services.svc.patterns.00000000000000a4.rate: required",
        "  - default_rate 0.0001 below min_rate 0.01",
        "  - svc/00000000000000a2: rate 0.0003 below min_rate 0.01",
    ]
