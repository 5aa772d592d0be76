"""``otlp-sampler eval``: what each policy generator keeps of what matters, on a labelled workload.

The workload (``labelled.yaml``, or ``--workload FILE`` of the same shape) holds log
templates of twelve kinds of software, each labelled critical, important, routine or noise
by a person. For each seed, one minute of its traffic goes through the real processor
(``build_processor``, on the records' clock) to learn its patterns; the generator under
test makes a policy from that window (guarded as the side loop guards it), and a second
minute, of other records, goes through under that policy. Reported per generator, as
medians over the seeds: bytes cut, the share of critical and important records kept, the
share of WARN+ records kept (100 % by the decision order, whatever the generator) and the
model's tokens. The generators, at the same ``--target`` reduction:

- ``heuristic``: the water-filling with importance tiers off (``sampling.importance.enabled: false``);
- ``deterministic tiers``: the default, tiers read from template words (meaning/tiers.py);
- ``llm tiers``: tiers judged by the model at ``--llm-url`` (``llm.task: tiers``), within the
  guards; one judge and one memory store across the seeds, so only the first seed spends tokens;
- ``llm rates`` (``--tasks tiers,rates``): the model writes the rates (``llm.task: rates``), one
  call per seed, falling back to the heuristic when its answer is refused.

docs/policy-format.md § The evaluation has the figures and the command.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from otlp_sampler.commands.eval.workload import (
    MINUTE,
    LabelledTemplate,
    WorkloadError,
    kept_records,
    load_workload,
    minute,
)

START = 1_700_000_000.0
KINDS = ("heuristic", "deterministic tiers", "llm tiers", "llm rates")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workload", help="a labelled workload file (default: the shipped labelled.yaml)")
    parser.add_argument("--target", type=float, default=0.9, help="target reduction of bytes (default 0.9)")
    parser.add_argument("--seeds", type=int, default=3, help="runs, each on other records (default 3)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every template's records per minute (default 1)")
    parser.add_argument("--llm-url", help="an OpenAI-compatible server: adds the llm tiers generator")
    parser.add_argument("--model", default="gpt-4o-mini", help="the model's name on that server")
    parser.add_argument("--api-key", default=None, help="the server's API key (default: none needed)")
    parser.add_argument("--batch-size", type=int, default=16, help="patterns per tier question (default 16)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per model call (default 60)")
    parser.add_argument("--tasks", default="tiers",
                        help="what the model is asked, comma-separated: tiers, rates (default tiers)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--verbose", action="store_true", help="log the model's answers (to stderr)")


@dataclass(slots=True)
class Outcome:
    """One generator on one seed."""

    bytes_in: int = 0
    bytes_out: int = 0
    fallback: str | None = None  # llm rates: why the heuristic's policy was used
    records: dict[str, int] = field(default_factory=dict)  # by label, and "warn+"
    kept: dict[str, int] = field(default_factory=dict)

    def share(self, label: str) -> float:
        return self.kept.get(label, 0) / self.records[label] if self.records.get(label) else 1.0

    @property
    def cut(self) -> float:
        return 1 - self.bytes_out / self.bytes_in if self.bytes_in else 0.0


@dataclass(slots=True)
class Row:
    """One generator's medians over the seeds."""

    generator: str
    bytes_cut: float
    critical_kept: float
    important_kept: float
    routine_kept: float
    noise_kept: float
    warn_kept: float
    tokens: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    note: str = ""


def run(args: argparse.Namespace) -> int:
    try:
        templates = load_workload(args.workload)
    except (OSError, WorkloadError) as exc:
        print(f"otlp-sampler eval: {exc}", file=sys.stderr)
        return 2
    tasks = [task.strip() for task in args.tasks.split(",") if task.strip()]
    if (not 0 <= args.target < 1 or args.seeds < 1 or args.scale <= 0 or args.batch_size < 1
            or not tasks or set(tasks) - {"tiers", "rates"}):
        print("otlp-sampler eval: --target must be in [0, 1), --seeds, --scale and --batch-size above 0, "
              "--tasks tiers and/or rates", file=sys.stderr)
        return 2
    if args.verbose:
        import logging

        logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("otlp_sampler.policygen").setLevel(logging.DEBUG)
    llm = None
    if args.llm_url:
        llm = {"base_url": args.llm_url, "model": args.model, "api_key": args.api_key,
               "batch_size": args.batch_size, "timeout": args.timeout, "max_tokens_per_hour": None}
    rows = asyncio.run(evaluate(templates, target=args.target, seeds=args.seeds, scale=args.scale, llm=llm,
                                tasks=tasks, progress=None if args.json else sys.stderr))
    if args.json:
        print(json.dumps([asdict(row) for row in rows], indent=1))
    else:
        print(table(rows, templates, target=args.target, seeds=args.seeds))
    return 0


async def evaluate(templates: list[LabelledTemplate], *, target: float, seeds: int = 3, scale: float = 1.0,
                   llm: dict[str, Any] | None = None, tasks: tuple[str, ...] | list[str] = ("tiers",),
                   progress=None) -> list[Row]:
    """Each generator's row: medians over ``seeds`` (see the module docstring)."""
    from otlp_sampler.config import Config
    from otlp_sampler.metrics import Metrics
    from otlp_sampler.policygen import build_generator
    from otlp_sampler.store import MemoryStore

    kinds = [*KINDS[:2], *(f"llm {task}" for task in tasks if llm is not None)]
    outcomes: dict[str, list[Outcome]] = {kind: [] for kind in kinds}
    metrics = Metrics()
    judged = None
    rate_tokens = 0  # llm rates: tokens over every seed
    fallbacks: list[str] = []
    for seed in range(seeds):
        for kind in kinds:
            config = Config.model_validate({
                "sampling": {"seed": seed, "importance": {"enabled": kind != "heuristic"}},
                "analysis": {"interval": MINUTE},
                "policy_generator": {"kind": "llm" if kind.startswith("llm") else "heuristic",
                                     "target_reduction": target,
                                     "llm": {**(llm or {}), "task": kind.removeprefix("llm ")}
                                     if kind.startswith("llm") else (llm or {})},
                "store": {"kind": "memory"}, "alerts": {"enabled": False},
            })
            if kind == "llm tiers":
                if judged is None:  # one judge for every seed: its store spares the later ones
                    judged = build_generator(config, metrics, store=MemoryStore())
                generator = judged
            else:
                generator = build_generator(config, metrics)
            if progress is not None:
                print(f"seed {seed + 1}/{seeds}: {kind}", file=progress, flush=True)
            outcome = await replay(config, generator, templates, seed=seed, scale=scale)
            outcomes[kind].append(outcome)
            if kind == "llm rates":
                rate_tokens += generator.chat.prompt_tokens + generator.chat.completion_tokens
                if outcome.fallback:
                    fallbacks.append(outcome.fallback)
                await generator.aclose()
    rows = []
    for kind in kinds:
        runs = outcomes[kind]
        row = Row(kind, *(statistics.median(values) for values in (
            [o.cut for o in runs], [o.share("critical") for o in runs], [o.share("important") for o in runs],
            [o.share("routine") for o in runs], [o.share("noise") for o in runs],
            [o.share("warn+") for o in runs])))
        if kind == "llm tiers" and judged is not None:
            chat = judged.judge.chat
            row.tokens = chat.prompt_tokens + chat.completion_tokens
            row.verdicts = dict(sorted(_count(v.source for v in judged.judge.verdicts.values()).items()))
            row.note = judged.judge.last_failure or ""
        if kind == "llm rates":
            row.tokens = rate_tokens
            row.verdicts = {"policies from the model": seeds - len(fallbacks), "fallbacks": len(fallbacks)}
            row.note = fallbacks[-1] if fallbacks else ""
        rows.append(row)
    if judged is not None:
        await judged.aclose()
    return rows


async def replay(config, generator, templates: list[LabelledTemplate], *, seed: int, scale: float) -> Outcome:
    """Learn a minute, make the policy, measure the next minute under it."""
    from otlp_sampler.analyze.analysis import analyze
    from otlp_sampler.analyze.volume import VolumePicture
    from otlp_sampler.app import build_processor
    from otlp_sampler.metrics import NullMetrics
    from otlp_sampler.patterns import PatternCatalog
    from otlp_sampler.policy.guards import apply_guards

    sampling = config.sampling
    clock = _Clock(START)
    catalog = PatternCatalog(sampling.max_patterns_per_service)
    processor = build_processor(config, NullMetrics(), catalog, clock=clock, seed=seed)
    learn = minute(templates, seed=2 * seed, start=START, scale=scale)
    for at, request in learn.requests:
        clock.advance(at)
        processor.process(request)
    clock.advance(START + MINUTE)
    window = processor.take_window()
    window.started, window.ended = START, START + MINUTE
    volumes = VolumePicture.from_window(window, keep_severity=sampling.keep_severity, interval=MINUTE)
    for key, volume in volumes.patterns.items():  # the window saw a template when it first came
        template = catalog.miner(volume.service).template(volume.pattern_id)
        if template and template != volume.template:
            volumes.patterns[key] = replace(volume, template=template)
    judge = getattr(generator, "judge", None)
    if judge is not None:
        judge.submit(volumes)
        await judge.judge_pending()
        processor.set_tiers(judge.tiers())
    rates = generator.kind == "llm" and judge is None  # only the model asked for rates reads families
    doc = await generator.propose(analyze(volumes, [], families=rates), None)
    doc, _ = apply_guards(doc, None, volumes, sampling=sampling, generator=config.policy_generator)
    processor.set_policy(doc)

    outcome = Outcome(fallback=doc.generator.fallback_reason)
    measure = minute(templates, seed=2 * seed + 1, start=START + MINUTE, scale=scale)
    for template in measure.template_of.values():
        outcome.records.setdefault(template.label, 0)
    for at, request in measure.requests:
        for record in kept_records(request):
            template = measure.template_of[record.body.string_value]
            outcome.records[template.label] = outcome.records.get(template.label, 0) + 1
            if template.severity >= sampling.keep_severity:
                outcome.records["warn+"] = outcome.records.get("warn+", 0) + 1
        clock.advance(at)
        processor.process(request)
        for record in kept_records(request):
            template = measure.template_of[record.body.string_value]
            outcome.kept[template.label] = outcome.kept.get(template.label, 0) + 1
            if template.severity >= sampling.keep_severity:
                outcome.kept["warn+"] = outcome.kept.get("warn+", 0) + 1
    clock.advance(START + 2 * MINUTE)
    measured = processor.take_window()
    outcome.bytes_in = sum(stats.bytes for stats in measured.patterns.values())
    outcome.bytes_out = sum(stats.kept_bytes for stats in measured.patterns.values())
    return outcome


def table(rows: list[Row], templates: list[LabelledTemplate], *, target: float, seeds: int) -> str:
    labels = _count(t.label for t in templates)
    lines = [f"otlp-sampler eval: {len(templates)} labelled templates "
             f"({', '.join(f'{n} {label}' for label, n in labels.items())}), target reduction {target:.0%}, "
             f"medians of {seeds} seed(s)", "",
             f"{'generator':<22}{'bytes cut':>10}{'critical':>10}{'important':>10}{'routine':>9}{'noise':>8}"
             f"{'WARN+':>8}{'tokens':>9}"]
    for row in rows:
        lines.append(f"{row.generator:<22}{row.bytes_cut:>10.1%}{row.critical_kept:>10.1%}"
                     f"{row.important_kept:>10.1%}{row.routine_kept:>9.1%}{row.noise_kept:>8.1%}"
                     f"{row.warn_kept:>8.1%}{row.tokens:>9,}")
    for row in rows:
        if row.verdicts:
            lines.append(f"\n{row.generator}: {row.verdicts}" + (f"; last problem: {row.note[:300]}"
                                                                 if row.note else ""))
    lines.append("\n(critical, important, routine, noise: share of that label's records kept)")
    return "\n".join(lines)


class _Clock:
    """The processor's clock: the records' own time, never going backwards."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, to: float) -> None:
        self.now = max(self.now, to)


def _count(values) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts
