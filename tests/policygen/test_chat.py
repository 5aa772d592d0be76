"""The shared ChatClient: its hourly token budget, cost and usage, through the real openai
client against an OpenAI-compatible test server (tests/peers/openai_server.py).

Over ``max_tokens_per_hour`` no request leaves the process, whoever asks (the policy
generator, the alerts' explainer): the call fails with reason ``budget``, counted; the
hour frees room again.
"""

from __future__ import annotations

import pytest

from otlp_sampler.alerts.explain import Explainer, ExplanationFailed
from otlp_sampler.alerts.select import alert_candidates
from otlp_sampler.config import (
    AlertExplainConfig,
    AlertsConfig,
    LLMConfig,
    PolicyGeneratorConfig,
    SamplingConfig,
)
from otlp_sampler.metrics import Metrics
from otlp_sampler.policygen.answer import LLMFailure
from otlp_sampler.policygen.chat import HOUR, ChatClient, TokenBudget
from otlp_sampler.policygen.llm import LLMGenerator
from tests.alerts.helpers import STEADY, anomalies, new_error, with_rows
from tests.peers.openai_server import FakeOpenAI, Text
from tests.policygen.synthetic import synthetic_analysis


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def sample(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(f"otlp_sampler_{name}", labels) or 0.0


def test_the_budget_counts_the_last_hour_only():
    clock = Clock()
    budget = TokenBudget(1000, clock=clock)
    assert budget.allows() and budget.left() == 1000
    budget.spend(600)
    clock.now += HOUR / 2
    budget.spend(500)  # one call may overshoot: it was let through while something was left
    assert budget.left() == 0 and not budget.allows()
    clock.now += HOUR / 2 + 1  # the first 600 leave the hour
    assert budget.left() == 500 and budget.allows()
    assert TokenBudget(None).left() is None and TokenBudget(None).allows()


async def test_over_the_budget_no_request_is_made_for_any_caller_and_the_hour_frees_room():
    clock = Clock()
    metrics = Metrics()
    async with FakeOpenAI() as llm:
        llm_config = LLMConfig(base_url=llm.base_url, api_key="k", model="fake-model", timeout=5.0,
                               max_retries=0, max_tokens_per_hour=50,
                               price_per_1k_prompt_tokens=2.0, price_per_1k_completion_tokens=4.0)
        chat = ChatClient(llm_config, metrics, budget=TokenBudget(50, clock=clock))
        generator = LLMGenerator(SamplingConfig(), PolicyGeneratorConfig(kind="llm", llm=llm_config), metrics,
                                 chat=chat)
        explainer = Explainer(llm_config, AlertExplainConfig(enabled=True, timeout=5.0), metrics, chat=chat)
        analysis = synthetic_analysis()

        first = await generator.propose(analysis, None)
        assert first.generator.kind == "llm" and len(llm.requests) == 1
        spent = chat.prompt_tokens + chat.completion_tokens
        assert spent > 50  # the prompt alone is hundreds of tokens
        assert sample(metrics, "llm_token_budget") == 0
        cost = sample(metrics, "llm_cost_total", purpose="policy")
        assert cost == pytest.approx((2.0 * chat.prompt_tokens + 4.0 * chat.completion_tokens) / 1000)

        second = await generator.propose(analysis, None)  # over the budget: the heuristic, no request
        assert second.generator.kind == "heuristic"
        assert second.generator.fallback_reason.startswith("budget")
        assert sample(metrics, "llm_failures_total", reason="budget") == 1
        found, volumes = anomalies(STEADY, with_rows(*new_error()))
        [record] = alert_candidates(found, volumes, config=AlertsConfig(), now=0.0)
        with pytest.raises(ExplanationFailed) as refused:
            await explainer.explain(record)
        assert refused.value.reason == "budget"
        with pytest.raises(LLMFailure) as direct:
            await chat.complete([{"role": "user", "content": "hi"}], purpose="alerts")
        assert direct.value.reason == "budget"
        assert len(llm.requests) == 1  # nothing left the process over the budget
        assert sample(metrics, "llm_budget_refusals_total", purpose="policy") == 1
        assert sample(metrics, "llm_budget_refusals_total", purpose="alerts") >= 1

        clock.now += HOUR + 1
        llm.script(Text("fine"))
        answer = await chat.complete([{"role": "user", "content": "hi"}], purpose="alerts")
        assert answer.choices[0].message.content == "fine" and len(llm.requests) == 2
        assert sample(metrics, "llm_tokens_total", kind="prompt") == chat.prompt_tokens
        await chat.aclose()
