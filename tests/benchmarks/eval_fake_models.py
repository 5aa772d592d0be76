"""``otlp-sampler eval`` against OpenAI-compatible test servers that judge tiers like a good
model and like bad ones (tests/peers/openai_server.py), through the real client.

    python -m tests.benchmarks.eval_fake_models [--seeds 3] [--scale 1] [--target 0.9] [--rates]

- ``good``: the person's label of each pattern (found by matching its examples against the
  labelled templates), and the obvious tier of each anchor: what a careful model would say;
- ``inverted``: every tier upside down (noise for critical, ...);
- ``all_critical`` / ``all_noise``: one tier for everything;
- ``random``: a seeded coin for each pattern and anchor;
- ``lucky``: every tier upside down, but the anchors right in its first batch and every
  fifth after (a model answering at random passes a batch now and then): the anchors
  refuse the other batches, the track record (policygen/judge.py) the lucky ones;
- ``sly``: every anchor right, critical and important patterns called routine, the others
  important (never noise, which security words would give away): what the anchors cannot
  see (not among the defaults; docs/policy-format.md § The evaluation has its figures).

With ``--rates``, also ``llm.task: rates`` (the model writes every rate) with four fake
models: ``follows`` (every rate the heuristic's suggestion: what an obedient model writes),
``knows`` (by the person's label of each pattern: critical and important kept whole,
routine at the suggestion, noise at a tenth of it: the best a model could mean),
``inverted`` (noise kept whole, routine at the suggestion, critical and important at a
tenth of it) and ``starves`` (critical and important at a tenth of the suggestion, the
rest at it: a model that cuts more than the target, from what matters).

A bad model must not leave the policy worse than the deterministic tiers: the anchors and
the guards are there for that. tests/commands/test_eval.py runs this at a small scale.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
from collections.abc import Callable
from typing import Any

import otlp_sampler.commands.eval as eval_command
from otlp_sampler.commands.eval import Row, evaluate, table
from otlp_sampler.commands.eval.workload import LABELS, LabelledTemplate, load_workload
from otlp_sampler.policygen.tier_guard import ANCHORS
from tests.peers.openai_server import FakeOpenAI, Rules, Tiers

ANCHOR_TIERS = {a.template: ("critical" if a.high else "noise") for a in ANCHORS}
ORDER = ["noise", "routine", "important", "critical"]
SLY = {"critical": "routine", "important": "routine", "routine": "important", "noise": "important"}


def judges(templates: list[LabelledTemplate]) -> dict[str, Callable[[dict[str, Any]], str]]:
    """Each fake model's answer for one pattern line of a tier question."""

    def label(item: dict[str, Any]) -> str:
        if item["template"] in ANCHOR_TIERS:
            return ANCHOR_TIERS[item["template"]]
        for example in item.get("examples", []):
            for template in templates:
                if template.matches(example):
                    return template.label
        return "routine"

    coin = random.Random(9)
    batches = [0]

    def lucky(item: dict[str, Any]) -> str:
        if item["id"] == "p1":  # each question numbers its lines from p1
            batches[0] += 1
        if item["template"] in ANCHOR_TIERS:
            return label(item) if batches[0] % 5 == 1 else "routine"  # routine misjudges a high anchor
        return ORDER[3 - ORDER.index(label(item))]

    return {
        "good": label,
        "inverted": lambda item: ORDER[3 - ORDER.index(label(item))],
        "all_critical": lambda item: "critical",
        "all_noise": lambda item: "noise",
        "random": lambda item: coin.choice(LABELS),
        "lucky": lucky,
        "sly": lambda item: label(item) if item["template"] in ANCHOR_TIERS else SLY[label(item)],
    }


async def evaluate_fakes(names: list[str], *, seeds: int, scale: float, target: float,
                         batch_size: int = 16) -> dict[str, list[Row]]:
    """``{name: rows}``; every name's rows hold the heuristic, deterministic tiers and its llm tiers."""
    templates = load_workload()
    answers = judges(templates)
    results, shared = {}, {}
    for name in names:
        async with FakeOpenAI(default=Tiers(answers[name], reason=f"{name} fake judge")) as llm, \
                replays_without_a_model_run_once(shared):
            results[name] = await evaluate(templates, target=target, seeds=seeds, scale=scale, llm={
                "base_url": llm.base_url, "model": f"fake-{name}", "api_key": "k", "batch_size": batch_size,
                "max_retries": 0, "max_tokens_per_hour": None})
    return results


@contextlib.asynccontextmanager
async def replays_without_a_model_run_once(outcomes: dict[tuple, Any]):
    """The heuristic and the deterministic tiers never ask the model: on one workload, seed,
    scale and target their replay is the same whichever fake model the row is for, so each
    runs once (its outcome kept in ``outcomes``, one dict per workload) and the other
    models' rows reuse it; the llm replays run every time."""
    real = eval_command.replay

    async def replay(config, generator, templates, *, seed, scale):
        if config.policy_generator.kind == "llm":
            return await real(config, generator, templates, seed=seed, scale=scale)
        key = (config.sampling.importance.enabled, config.policy_generator.target_reduction,
               seed, scale)
        if key not in outcomes:
            outcomes[key] = await real(config, generator, templates, seed=seed, scale=scale)
        return outcomes[key]

    eval_command.replay = replay
    try:
        yield
    finally:
        eval_command.replay = real


def rate_writers(templates: list[LabelledTemplate]) -> dict[str, Rules | str]:
    """The fake models asked for rates (``--rates``), by name."""

    def by_label(rates: dict[str, float | None]):
        def rate(pattern: dict[str, Any]) -> float:
            suggested = pattern.get("suggested_rate")
            suggested = 1.0 if suggested is None else float(suggested)
            labels = [t.label for e in pattern.get("examples", []) for t in templates if t.matches(e)]
            chosen = rates.get(labels[0] if labels else "routine")
            return suggested if chosen is None else (chosen if chosen >= 0 else suggested * -chosen)

        return rate

    # A negative number is a share of the suggested rate.
    knows = by_label({"critical": 1.0, "important": 1.0, "noise": -0.1})
    inverted = by_label({"critical": -0.1, "important": -0.1, "noise": 1.0})
    starves = by_label({"critical": -0.1, "important": -0.1})
    return {"follows": "good", "knows": Rules(knows, reason="knows the labels"),
            "inverted": Rules(inverted, reason="inverted labels"),
            "starves": Rules(starves, reason="starves what matters")}


async def evaluate_rates(*, seeds: int, scale: float, target: float,
                         names: list[str] | None = None) -> dict[str, list[Row]]:
    """``{name: rows}`` of ``rate_writers`` (all, or ``names``): the heuristic, deterministic
    tiers and llm rates."""
    templates = load_workload()
    results, shared = {}, {}
    for name, behaviour in rate_writers(templates).items():
        if names is not None and name not in names:
            continue
        async with FakeOpenAI(default=behaviour) as llm, replays_without_a_model_run_once(shared):
            llm_config = {"base_url": llm.base_url, "model": f"fake-{name}", "api_key": "k", "max_retries": 0,
                          "max_tokens_per_hour": None}
            results[name] = await evaluate(templates, target=target, seeds=seeds, scale=scale,
                                           tasks=("rates",), llm=llm_config)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--target", type=float, default=0.9)
    parser.add_argument("--models", default="good,inverted,all_critical,all_noise,random,lucky",
                        help="the tier judges, comma-separated (none: only --rates)")
    parser.add_argument("--rates", action="store_true", help="also llm.task: rates, with four fake models")
    args = parser.parse_args()
    names = [name for name in args.models.split(",") if name and name != "none"]
    results = asyncio.run(evaluate_fakes(names, seeds=args.seeds, scale=args.scale, target=args.target))
    if args.rates:
        rated = asyncio.run(evaluate_rates(seeds=args.seeds, scale=args.scale, target=args.target))
        results.update({f"{name} (task: rates)": rows for name, rows in rated.items()})
    templates = load_workload()
    for name, rows in results.items():
        print(f"\n== fake model: {name}")
        print(table(rows, templates, target=args.target, seeds=args.seeds))


if __name__ == "__main__":
    main()
