"""``otlp-sampler eval`` on the shipped labelled workload, small scale, with OpenAI-compatible
test servers judging like a good model and like bad ones (tests/benchmarks/eval_fake_models.py).

Whatever the generator: the byte target is met, every WARN+ record is kept. A good judge
keeps more of what matters than the deterministic tiers; a bad one — inverted, one tier for
everything, random, or passing the anchors now and then by luck — is refused by the anchors
and its track record, and leaves exactly the deterministic tiers' outcome. A model asked
for rates whose answer misses the target is refused, with the same outcome.
"""

from __future__ import annotations

import json

import pytest

from otlp_sampler.cli import main
from otlp_sampler.commands.eval.workload import LABELS, LEVELS, load_workload
from tests.benchmarks.eval_fake_models import evaluate_fakes, evaluate_rates

SHARES = ("critical_kept", "important_kept", "routine_kept", "noise_kept")


def test_the_shipped_workload_is_what_its_header_promises():
    templates = load_workload()
    assert len(templates) >= 60
    assert len({t.software for t in templates}) >= 12
    assert {t.label for t in templates} == set(LABELS) and {t.level for t in templates} <= set(LEVELS)
    by_label = {label: sum(t.per_minute for t in templates if t.label == label) for label in LABELS}
    assert by_label["noise"] + by_label["routine"] > 10 * (by_label["important"] + by_label["critical"])


async def test_a_good_judge_keeps_more_of_what_matters_and_bad_ones_change_nothing():
    bad_ones = ("inverted", "all_critical", "all_noise", "random", "lucky")
    results = await evaluate_fakes(["good", *bad_ones], seeds=1, scale=0.05, target=0.9)
    for name, rows in results.items():
        assert [row.generator for row in rows] == ["heuristic", "deterministic tiers", "llm tiers"]
        for row in rows:
            assert row.warn_kept == 1.0, (name, row)
            assert row.bytes_cut == pytest.approx(0.9, abs=0.02), (name, row)
    heuristic, tiers, good = results["good"]
    assert tiers.critical_kept > heuristic.critical_kept  # the words alone help
    assert good.critical_kept > tiers.critical_kept and good.important_kept > tiers.important_kept
    assert good.noise_kept < tiers.noise_kept
    assert good.tokens > 0 and set(good.verdicts) == {"model"}
    for bad in bad_ones:
        _, tiers, judged = results[bad]
        shares = [getattr(judged, share) for share in SHARES]
        assert shares == [getattr(tiers, share) for share in SHARES], bad
        assert judged.tokens > 0 and judged.note.startswith("anchors:")
        assert "refused" in judged.verdicts and set(judged.verdicts) <= {"refused", "distrusted"}, bad


async def test_a_model_asked_for_rates_is_measured_beside_the_others():
    from otlp_sampler.commands.eval import evaluate
    from tests.peers.openai_server import FakeOpenAI

    async with FakeOpenAI() as llm:  # it follows the heuristic's suggested rates
        rows = await evaluate(load_workload(), target=0.9, seeds=1, scale=0.05, tasks=("rates",), llm={
            "base_url": llm.base_url, "model": "fake", "api_key": "k", "max_retries": 0})
    *_, rates = rows
    assert rates.generator == "llm rates" and rates.tokens > 0
    assert rates.verdicts == {"policies from the model": 1, "fallbacks": 0}
    assert rates.warn_kept == 1.0 and rates.bytes_cut == pytest.approx(0.9, abs=0.02)


async def test_a_model_writing_rates_that_miss_the_target_is_refused():
    # inverted keeps the noise whole and samples critical and important patterns harder.
    results = await evaluate_rates(seeds=1, scale=0.05, target=0.9, names=["inverted"])
    _, tiers, rates = results["inverted"]
    assert rates.generator == "llm rates" and rates.tokens > 0
    assert rates.verdicts == {"policies from the model": 0, "fallbacks": 1}
    assert rates.note.startswith("target: ")
    assert rates.bytes_cut == tiers.bytes_cut and rates.warn_kept == 1.0
    assert [getattr(rates, share) for share in SHARES] == [getattr(tiers, share) for share in SHARES]


def test_the_command_prints_json_rows_and_refuses_a_bad_workload_clearly(tmp_path, capsys):
    assert main(["eval", "--seeds", "1", "--scale", "0.05", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["generator"] for row in rows] == ["heuristic", "deterministic tiers"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("software:\n  - kind: x\n    service: s\n    templates:\n"
                   "      - {text: 'hello', level: INFO, label: urgent, per_minute: 5}\n")
    assert main(["eval", "--workload", str(bad)]) == 2
    error = capsys.readouterr().err
    assert "label must be one of" in error and "'hello'" in error
    assert main(["eval", "--workload", str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err
