"""The whole loop against a real local model, when one is present (issue 9): asked for rates
(``llm.task: rates``) and, by default, for tiers.

Runs when ``OTLP_SAMPLER_TEST_LLM_URL`` names an OpenAI-compatible server, e.g.
``http://127.0.0.1:18080/v1`` after ``bash ../shared/tools/local_llm.sh`` (llama-cpp-python's
server with Gemma 3 270M); skipped otherwise: CI never needs it. ``OTLP_SAMPLER_TEST_LLM_MODEL``
picks the model (default: the first the server lists).

The proxy runs with the default ``policy_generator.llm`` config (``structured_output:
json_schema``, ``max_retries: 2``, ...) except where the server is and the time limit of
one call (``OTLP_SAMPLER_TEST_LLM_TIMEOUT``, default 600 s: a CPU-only model on a shared
machine needs tens of seconds per cycle). It asserts what must hold whatever the model
answers: the response format never fails the cycle (no ``server_error``/``http_error``),
negotiation reaches a mode the server takes and remembers it next to the sqlite store
(the second cycle is not refused again), real tokens are counted, and every cycle ends
in either the model's guarded policy or the heuristic's with a counted reason. What the
model did is printed (``pytest -s``): tokens, latency, mode, outcome, its refused answer.

With the default ``task: tiers``, whatever the model answers: the response format never fails
a question (no ``server_error``/``http_error``), real tokens are counted, every
pattern gets a verdict (the model's within the guards, or the deterministic tier when its
batch is refused or fails), verdicts are cached, so a later cycle spends no tokens on known
patterns, and a restart on the same sqlite store reads them instead of asking again.
"""

from __future__ import annotations

import json
import logging
import os

import openai
import pytest

from otlp_sampler.policygen import OUTPUT_MODES_FILE
from otlp_sampler.policygen.output_modes import MODES
from tests.e2e.harness import running_proxy
from tests.e2e.traffic import Admin, OtlpGrpc, Paced
from tests.peers.sinks import GrpcSink
from tests.peers.waiting import eventually

URL = os.environ.get("OTLP_SAMPLER_TEST_LLM_URL")
TIMEOUT = float(os.environ.get("OTLP_SAMPLER_TEST_LLM_TIMEOUT", "600"))

# Two cycles of at most three calls each (the first try and max_retries 2), and some slack.
CYCLES_DEADLINE = 2 * (3 * TIMEOUT + 30)

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(CYCLES_DEADLINE + 60),
              pytest.mark.skipif(not URL, reason="OTLP_SAMPLER_TEST_LLM_URL names no local LLM server")]

# Why a cycle may end on the heuristic with a real model: its answer, never the transport.
ANSWER_REASONS = {"no_json", "invalid_json", "ambiguous_json", "truncated", "schema", "unknown_pattern",
                  "conflicting_rules", "guards", "target", "empty"}


def traffic(seq: int) -> dict[str, list[tuple[str, int]]]:
    """Six patterns over two services: chatty INFO, DEBUG, a WARN and an ERROR."""
    if seq % 50 == 0:
        return {"checkout": [(f"payment failed for order {seq}: card declined", 17)]}
    if seq % 40 == 3:
        return {"search": [(f"slow query q=item{seq % 9} took {900 + seq % 300} ms", 13)]}
    if seq % 5 == 1:
        return {"checkout": [(f"user {seq % 31} logged in from 10.0.{seq % 250}.7", 9)]}
    if seq % 5 == 2:
        return {"search": [(f"cache miss for item{seq % 97}", 5)]}
    if seq % 2:
        return {"search": [(f"query q=item{seq % 97} took {seq % 40} ms", 9)]}
    return {"checkout": [(f"GET /health {seq % 7}ms 200", 9)]}


async def served_model() -> str:
    if model := os.environ.get("OTLP_SAMPLER_TEST_LLM_MODEL"):
        return model
    async with openai.AsyncOpenAI(base_url=URL, api_key="not-needed", max_retries=0, timeout=30) as client:
        models = await client.models.list()
    return models.data[0].id


async def test_the_loop_with_a_real_model_negotiates_counts_tokens_and_ends_every_cycle_in_a_policy(
        tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="otlp_sampler.policygen.llm")
    model = await served_model()
    async with GrpcSink() as sink:
        config = {
            "exporter": {"protocol": "grpc", "endpoint": sink.url},
            "store": {"kind": "sqlite", "path": str(tmp_path / "state.db")},
            "analysis": {"enabled": True, "interval": 2.0},
            "policy_generator": {"kind": "llm", "llm": {"base_url": URL, "model": model, "timeout": TIMEOUT,
                                                        "task": "rates"}},
        }
        async with running_proxy(config) as app, OtlpGrpc(app.ports["grpc"]) as client, \
                Admin(app.ports["admin"]) as admin:
            paced = Paced(client, traffic, 100).start()

            async def cycles() -> float:
                return await admin.metric("otlp_sampler_llm_latency_seconds_count")

            # Two calls to the model: the second shows the negotiated mode is kept.
            await eventually(lambda: _at_least(cycles, 2), timeout=CYCLES_DEADLINE,
                             what="two cycles answered by the real model", interval=1.0)
            await paced.stop()
            history = await admin.get("/api/v1/policy/history")
            docs = [await admin.get(f"/api/v1/policy/history/{entry['version']}") for entry in history]
            metric = admin.metric
            failures = {reason: await metric("otlp_sampler_llm_failures_total", reason=reason)
                        for reason in ("server_error", "http_error", "rate_limited", "connection", "client",
                                       "timeout", *sorted(ANSWER_REASONS))}
            modes = {mode: await metric("otlp_sampler_llm_output_mode", mode=mode) for mode in MODES}
            refused = {mode: await metric("otlp_sampler_llm_format_refusals_total", mode=mode)
                       for mode in MODES}
            tokens = {kind: await metric("otlp_sampler_llm_tokens_total", kind=kind)
                      for kind in ("prompt", "completion")}
            latency = await metric("otlp_sampler_llm_latency_seconds_sum")
            calls = await cycles()

    answers = [r.getMessage() for r in caplog.records if r.getMessage().startswith("the answer refused")]
    print("\nreal LLM:", json.dumps({
        "model": model, "calls": calls, "latency_s_per_call": round(latency / calls, 1), "tokens": tokens,
        "mode": [m for m, v in modes.items() if v == 1], "refused": {m: v for m, v in refused.items() if v},
        "failures": {r: v for r, v in failures.items() if v},
        "versions": [(d["version"], d["generator"]["kind"], d["generator"]["prompt_tokens"],
                      d["generator"]["completion_tokens"], d["generator"]["latency_ms"],
                      d["generator"]["fallback_reason"]) for d in docs],
        "refused_answers": [a[:600] for a in answers]}, indent=1))

    # The response format never costs a cycle: refusals step down, they are not failures.
    assert failures["server_error"] == failures["http_error"] == 0, failures
    # Negotiation reached one mode, and the second call went straight to it.
    [mode] = [m for m, v in modes.items() if v == 1]
    assert all(refused[m] <= 1 for m in MODES), refused
    assert all(refused[m] == 1 for m in MODES[: MODES.index(mode)]), refused
    remembered = json.loads((tmp_path / OUTPUT_MODES_FILE).read_text())["servers"]
    assert [entry["mode"] for entry in remembered.values()] == [mode]
    # Real tokens, counted in /metrics and in the stored policies.
    assert tokens["prompt"] > 100 and tokens["completion"] > 0
    assert docs, "no policy stored"
    for doc in docs:
        generator = doc["generator"]
        assert generator["model"] == model and generator["prompt_tokens"] > 100
        if generator["kind"] == "llm":  # the model's policy, through the guards
            assert generator["fallback_reason"] is None
            assert all(rule["rate"] >= app.config.sampling.min_rate for sp in doc["services"].values()
                       for rule in sp["patterns"].values())
        else:  # the heuristic's, with the model's answer named as the reason and counted
            reason = generator["fallback_reason"].split(":")[0]
            assert reason in ANSWER_REASONS, generator["fallback_reason"]
            assert failures[reason] >= 1


async def _at_least(read, count: float) -> bool:
    return await read() >= count


async def test_tiers_from_a_real_model_are_counted_cached_and_not_asked_twice(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="otlp_sampler.policygen")
    model = await served_model()
    config = {
        "store": {"kind": "sqlite", "path": str(tmp_path / "state.db")},
        "analysis": {"enabled": True, "interval": 2.0},
        "policy_generator": {"kind": "llm", "llm": {"base_url": URL, "model": model, "timeout": TIMEOUT,
                                                    "batch_size": 8}},
    }
    sources = ("model", "guarded", "refused", "failed", "cache")
    async with GrpcSink() as sink:
        config["exporter"] = {"protocol": "grpc", "endpoint": sink.url}
        async with running_proxy(config) as app, OtlpGrpc(app.ports["grpc"]) as client, \
                Admin(app.ports["admin"]) as admin:
            paced = Paced(client, traffic, 100).start()

            async def settled() -> bool:  # every pattern seen has a verdict, and the model was asked
                return (await admin.metric("otlp_sampler_llm_tokens_total", kind="prompt") > 0
                        and await admin.metric("otlp_sampler_patterns_awaiting_tier") == 0
                        and sum([await admin.metric("otlp_sampler_tier_verdicts_total", source=s)
                                 for s in sources]) >= 6)

            await eventually(settled, timeout=CYCLES_DEADLINE, what="verdicts on every pattern", interval=1.0)
            tokens = await admin.metric("otlp_sampler_llm_tokens_total", kind="prompt")
            calls = await admin.metric("otlp_sampler_llm_latency_seconds_count")
            verdicts = {s: await admin.metric("otlp_sampler_tier_verdicts_total", source=s) for s in sources}
            failures = {reason: await admin.metric("otlp_sampler_llm_failures_total", reason=reason)
                        for reason in ("server_error", "http_error", *sorted(ANSWER_REASONS))}
            modes = {mode: await admin.metric("otlp_sampler_llm_output_mode", mode=mode) for mode in MODES}
            refused_modes = {mode: await admin.metric("otlp_sampler_llm_format_refusals_total", mode=mode)
                             for mode in MODES}
            judged = dict(app.loop.judge.verdicts)
            savings = await admin.get("/api/v1/savings")
            # Three more cycles on the same patterns: no tokens spent.
            cycles = await _cycles(admin)

            async def three_more() -> bool:
                return await _cycles(admin) >= cycles + 3

            await eventually(three_more, timeout=60, what="three more cycles", interval=0.5)
            assert await admin.metric("otlp_sampler_llm_tokens_total", kind="prompt") == tokens
            assert await admin.metric("otlp_sampler_llm_latency_seconds_count") == calls
            await paced.stop()
        saved = [key for key, v in judged.items() if v.source != "failed"]
        # A restart on the same store: the saved verdicts are read, not asked for.
        async with running_proxy(config) as app, OtlpGrpc(app.ports["grpc"]) as client, \
                Admin(app.ports["admin"]) as admin:
            paced = Paced(client, traffic, 100).start()
            if saved:
                async def read_back() -> bool:
                    read = await admin.metric("otlp_sampler_tier_verdicts_total", source="cache")
                    return read >= len(saved)

                await eventually(read_back, timeout=60, what="verdicts read from the store after a restart",
                                 interval=0.5)
            restarted_prompt = await admin.metric("otlp_sampler_llm_tokens_total", kind="prompt")
            await paced.stop()

    refused = [m for m in (r.getMessage() for r in caplog.records) if "tier" in m and "refused" in m]
    print("\nreal LLM tiers:", json.dumps({
        "model": model, "calls": calls, "prompt_tokens": tokens, "verdicts": verdicts,
        "mode": [m for m, v in modes.items() if v == 1],
        "refused_modes": {m: v for m, v in refused_modes.items() if v},
        "failures": {r: v for r, v in failures.items() if v},
        "tiers": {f"{k[0]}/{k[1]}": f"{v.tier.value} {v.source}: {v.reason[:80]}" for k, v in judged.items()},
        "savings_llm": savings["llm"], "refusals": refused[:3], "restart_prompt_tokens": restarted_prompt},
        indent=1))
    assert tokens > 100 and calls >= 1
    # The default structured output mode is refused by some servers: never a failed question.
    assert failures["server_error"] == failures["http_error"] == 0, failures
    assert sum(modes.values()) == 1
    assert savings["llm"]["prompt_tokens"] == tokens
    assert sum(savings["llm"]["verdicts"].values()) >= 6
    if len(saved) == len(judged):  # every verdict was saved: the restart asked nothing
        assert restarted_prompt == 0


async def _cycles(admin: Admin) -> float:
    """Side-loop cycles of the llm generator so far, whatever their outcome."""
    return sum([await admin.metric("otlp_sampler_policy_generations_total", generator="llm", outcome=outcome)
                for outcome in ("ok", "unchanged", "fallback")])
