"""Structured output negotiation against servers that refuse ``response_format`` the way real
ones do (tests/peers/openai_server.py), through the real ``openai`` client and generator.

A refusal is not a failure: it costs no retry, counts nothing in ``llm_failures_total``
and the cycle gets the model's policy from the next mode the server takes. The mode that
answered is remembered per server, in memory and in a file, and said once in the log.
"""

from __future__ import annotations

import json
import logging

import pytest

from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.policygen import OUTPUT_MODES_FILE, build_generator
from otlp_sampler.policygen.output_modes import MODES, ModeMemory, ladder
from tests.peers.openai_server import (
    LLAMA_CPP_PYTHON,
    OLLAMA,
    TGI,
    VLLM_BEFORE_JSON_SCHEMA,
    VLLM_XGRAMMAR,
    FakeOpenAI,
    Status,
    prompt_patterns,
)
from tests.policygen.synthetic import synthetic_analysis
from tests.policygen.test_llm import make_generator

NEGOTIATED = "answers in structured output mode"


def sent_modes(llm: FakeOpenAI) -> list[str]:
    """The mode of each request the server saw, by its response_format."""
    modes = []
    for body in llm.requests:
        answer_format = body.get("response_format")
        if answer_format is None:
            modes.append("text")
        elif answer_format["type"] == "json_object":
            modes.append("json_object_schema" if "schema" in answer_format else "json_object")
        else:
            modes.append(answer_format["type"])
    return modes


def all_failures(metrics: Metrics) -> float:
    return sum(sample.value for metric in metrics.registry.collect()
               if metric.name == "otlp_sampler_llm_failures" for sample in metric.samples
               if sample.name.endswith("_total"))


def refusals(metrics: Metrics, mode: str) -> float:
    return metrics.registry.get_sample_value("otlp_sampler_llm_format_refusals_total", {"mode": mode}) or 0.0


async def cycles(llm: FakeOpenAI, metrics: Metrics, count: int, **options):
    analysis = synthetic_analysis()
    generator = make_generator(llm, metrics, **options)
    try:
        return [await generator.propose(analysis, None) for _ in range(count)]
    finally:
        await generator.aclose()


@pytest.mark.parametrize(
    ("server", "default", "settles_on"),
    [
        (LLAMA_CPP_PYTHON, "good", "json_object_schema"),
        (VLLM_BEFORE_JSON_SCHEMA, "good", "json_object_schema"),
        (VLLM_XGRAMMAR, "good", "json_object_schema"),
        (OLLAMA, "good", "json_object_schema"),
        (TGI, "fenced_in_prose", "text"),  # no JSON mode at all: JSON read out of the text
    ],
    ids=lambda value: getattr(value, "name", str(value)),
)
async def test_a_refused_format_steps_down_without_spending_retries_or_counting_failures(
        server, default, settles_on, caplog):
    metrics = Metrics()
    caplog.set_level(logging.INFO, logger="otlp_sampler.policygen")
    async with FakeOpenAI(default=default, refuses=server) as llm:
        # No retries allowed: a refusal that spent one, or counted as a failure, would show.
        first, second = await cycles(llm, metrics, 2, retries=0)
        sent = sent_modes(llm)
    ladder_to = MODES[: MODES.index(settles_on) + 1]
    assert sent == [*ladder_to, settles_on]  # the second cycle goes straight to what worked
    assert first.generator.kind == second.generator.kind == "llm"
    assert first.generator.fallback_reason is None
    assert all_failures(metrics) == 0
    for refused in ladder_to[:-1]:
        assert refusals(metrics, refused) == 1
    assert metrics.registry.get_sample_value("otlp_sampler_llm_output_mode", {"mode": settles_on}) == 1
    assert metrics.registry.get_sample_value("otlp_sampler_llm_output_mode", {"mode": "json_schema"}) == 0
    said = [r.getMessage() for r in caplog.records if NEGOTIATED in r.getMessage()]
    assert len(said) == 1 and settles_on in said[0] and "refusals of json_schema (HTTP" in said[0]


async def test_retries_after_a_refusal_are_for_real_failures_only():
    metrics = Metrics()
    async with FakeOpenAI(refuses=LLAMA_CPP_PYTHON) as llm:
        llm.script(Status(503, "model is loading"))  # the first request the server does not refuse
        [doc] = await cycles(llm, metrics, 1, retries=1)
        sent = sent_modes(llm)
    assert sent == ["json_schema", "json_object_schema", "json_object_schema"]
    assert doc.generator.kind == "llm"
    assert all_failures(metrics) == 0


async def test_a_server_error_that_does_not_name_the_format_is_a_failure_not_a_refusal():
    metrics = Metrics()
    async with FakeOpenAI() as llm:
        llm.script(Status(500, "CUDA out of memory"), Status(500, "CUDA out of memory"))
        [doc] = await cycles(llm, metrics, 1, retries=1)
        sent = sent_modes(llm)
    assert sent == ["json_schema", "json_schema"]  # retried in the same mode, then given up
    assert doc.generator.fallback_reason.startswith("server_error: HTTP 500")
    assert all_failures(metrics) == 1 and refusals(metrics, "json_schema") == 0


async def test_the_mode_is_remembered_across_restarts(tmp_path):
    path = tmp_path / "state" / OUTPUT_MODES_FILE
    async with FakeOpenAI(refuses=LLAMA_CPP_PYTHON) as llm:
        await cycles(llm, Metrics(), 1, modes=ModeMemory(path))
        saved = json.loads(path.read_text())
        before = len(llm.requests)
        # A new process: a new generator and memory, the same file.
        [doc] = await cycles(llm, Metrics(), 1, modes=ModeMemory(path))
        assert sent_modes(llm)[before:] == ["json_object_schema"]
    assert saved["servers"][llm.base_url + "/"]["mode"] == "json_object_schema"
    assert doc.generator.kind == "llm"


async def test_a_remembered_mode_is_negotiated_again_after_a_day(tmp_path):
    now = [1_000_000.0]
    memory = ModeMemory(tmp_path / OUTPUT_MODES_FILE, clock=lambda: now[0])
    async with FakeOpenAI(refuses=LLAMA_CPP_PYTHON) as llm:
        await cycles(llm, Metrics(), 1, modes=memory)
        now[0] += 23 * 3600
        await cycles(llm, Metrics(), 1, modes=memory)
        now[0] += 2 * 3600  # the server may have been upgraded since: ask for json_schema again
        await cycles(llm, Metrics(), 1, modes=memory)
        sent = sent_modes(llm)
    assert sent == ["json_schema", "json_object_schema", "json_object_schema",
                    "json_schema", "json_object_schema"]


async def test_an_unwritable_or_corrupt_file_leaves_memory_alone_in_charge(tmp_path, caplog):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text("{not json")
    async with FakeOpenAI(refuses=LLAMA_CPP_PYTHON) as llm:
        for path in (blocker / OUTPUT_MODES_FILE, corrupt):
            llm.requests.clear()
            await cycles(llm, Metrics(), 2, modes=ModeMemory(path))
            assert sent_modes(llm) == ["json_schema", "json_object_schema", "json_object_schema"]
    assert json.loads(corrupt.read_text())["servers"]  # rewritten whole
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("cannot write" in w for w in warnings) and any("cannot read" in w for w in warnings)


def test_the_configured_mode_is_where_the_ladder_starts_and_memory_never_climbs_above_it():
    assert ladder("json_schema", None) == list(MODES)
    assert ladder("json_schema", "json_object") == ["json_object", "text"]
    assert ladder("json_object", "json_object_schema") == ["json_object", "text"]
    assert ladder("json_object_schema", "not-a-mode") == ["json_object_schema", "json_object", "text"]


async def test_json_object_schema_pins_one_rule_per_pattern_shown():
    async with FakeOpenAI(refuses=LLAMA_CPP_PYTHON) as llm:
        [doc] = await cycles(llm, Metrics(), 1)
        request = llm.requests[-1]
    shown = [(p["service"], p["pattern_id"]) for p in prompt_patterns(request)]
    rules = request["response_format"]["schema"]["properties"]["rules"]
    pinned = [(item["properties"]["service"]["const"], item["properties"]["pattern_id"]["const"])
              for item in rules["prefixItems"]]
    assert pinned == shown and rules["items"] is False
    assert doc.generator.kind == "llm"


def test_build_generator_keeps_the_modes_beside_the_sqlite_store(tmp_path):
    def modes_path(store: dict, **llm):
        generator = {"kind": "llm", "llm": {"task": "rates", **llm}}
        config = Config.model_validate({"store": store, "policy_generator": generator})
        return build_generator(config, Metrics()).modes.path

    sqlite = {"kind": "sqlite", "path": str(tmp_path / "db" / "state.db")}
    assert modes_path(sqlite) == tmp_path / "db" / OUTPUT_MODES_FILE
    assert modes_path({"kind": "memory"}) is None
    assert modes_path({"kind": "memory"}, output_modes_file=str(tmp_path / "m.json")) == tmp_path / "m.json"
