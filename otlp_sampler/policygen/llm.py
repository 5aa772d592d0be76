"""The LLM generator: asks a model (any OpenAI-compatible server) for per-pattern rates.

The answer is data, never trusted: it is parsed against a schema (``answer.py``), every
pattern id must be one the model was shown, the guards correct it — a critical or important
pattern is never sampled harder than the heuristic samples it — and an answer that needs
too many corrections, or whose policy would miss ``target_reduction`` by more than
``MAX_TARGET_SHORTFALL``, is refused. On any failure the heuristic policy is used for
the cycle, the failure is counted in ``llm_failures_total{reason}``, logged, and named in
``generator.fallback_reason``. Patterns the model is not shown (beyond ``max_patterns``)
share the byte budget the model's choices leave, by the heuristic's water-filling; the
critical and important ones among them keep the heuristic's rates.

The call itself is the shared :class:`~otlp_sampler.policygen.chat.ChatClient`'s: it
negotiates the structured output mode per server (a refused ``response_format`` steps down
at once, without spending a retry or counting a failure), retries, counts tokens and cost,
and refuses calls over ``max_tokens_per_hour`` (reason ``budget``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import openai

from otlp_sampler.analyze.analysis import Analysis
from otlp_sampler.analyze.volume import Key, PatternVolume, VolumePicture
from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policy import GeneratorInfo, PatternRule, PolicyDocument, ServicePolicy
from otlp_sampler.policy.guards import PROTECTED_TIERS, apply_guards, previous_rate
from otlp_sampler.policygen.answer import ANSWER_SCHEMA, LLMAnswer, LLMFailure, parse_answer
from otlp_sampler.policygen.chat import ChatClient, short
from otlp_sampler.policygen.heuristic import MAX_TEMPLATE_CHARS, HeuristicGenerator
from otlp_sampler.policygen.output_modes import ModeMemory
from otlp_sampler.policygen.prompts import build_messages, shown_service

log = logging.getLogger(__name__)

# An answer whose rules needed correcting more often than this is refused as a whole: a
# model that got most rules wrong is not trusted with the rest.
MAX_CORRECTED_SHARE = 0.5
# An answer whose policy cuts less of the window's bytes than the target (or than the
# heuristic reaches, when its floors keep it from the target) by more than this is refused:
# the target is the user's, and a model that keeps the noise whole must not spend it.
MAX_TARGET_SHORTFALL = 0.10
# Anomalous, new and severe patterns go to the model beyond max_patterns, up to this many
# times max_patterns in all, so one noisy window cannot make the prompt unbounded.
EXTRA_PATTERNS_FACTOR = 3
MAX_REASON_CHARS = 300
# The answer's token budget: a rule is ~40 tokens plus its reason. A model that loops
# (weak ones do, under a grammar too) is stopped there instead of filling its context.
TOKENS_PER_RULE = 100
TOKENS_OVERHEAD = 200
# The reason a schema-constrained decoder may write, in characters (below MAX_REASON_CHARS).
GRAMMAR_REASON_CHARS = 200


class LLMGenerator:
    """Policies from a model, with the heuristic as the fallback and for unshown patterns."""

    kind = "llm"

    def __init__(
        self,
        sampling: SamplingConfig,
        generator: PolicyGeneratorConfig,
        metrics: Metrics,
        *,
        price_per_gb: float = 0.5,
        client: openai.AsyncOpenAI | None = None,
        modes: ModeMemory | None = None,
        chat: ChatClient | None = None,
    ) -> None:
        self.sampling = sampling
        self.config = generator
        self.metrics = metrics
        self.heuristic = HeuristicGenerator(sampling, generator, price_per_gb=price_per_gb)
        if chat is None:
            chat = ChatClient(generator.llm, metrics, modes=modes, client=client)
        self.chat = chat
        self.modes = self.chat.modes

    async def propose(self, analysis: Analysis, previous: PolicyDocument | None) -> PolicyDocument:
        """A policy for the next interval: the model's where it answered well, else the heuristic's."""
        volumes = analysis.volumes
        base = await asyncio.to_thread(self.heuristic.generate, volumes, previous)
        info = GeneratorInfo(kind="llm", model=self.config.llm.model)
        try:
            selected = select_patterns(analysis, self.config.llm.max_patterns)
            if not selected:
                raise LLMFailure("empty", "no patterns in the window")
            answer = await self._ask(analysis, selected, base, previous, info)
            fixed = self._check(answer, selected, analysis, previous, info, base)
            fixed.update(_unshown_that_matter(volumes, fixed, base))
            doc = await asyncio.to_thread(self.heuristic.generate, volumes, previous, fixed=fixed, info=info)
            _check_target(doc, base, self.config.target_reduction)
        except Exception as exc:
            failure = exc if isinstance(exc, LLMFailure) else LLMFailure("internal", short(exc))
            if not isinstance(exc, LLMFailure):  # a bug of ours: the cycle still gets a policy
                log.exception("LLM generator failed")
            self.metrics.llm_failures.labels(reason=failure.reason).inc()
            log.warning("LLM policy refused (%s): %s; using the heuristic policy for this cycle",
                        failure.reason, failure.detail)
            fallback = info.model_copy(update={"kind": "heuristic", "fallback_reason": str(failure)[:500]})
            return base.model_copy(update={"generator": fallback})
        return doc

    async def _ask(self, analysis: Analysis, selected: list[PatternVolume], base: PolicyDocument,
                   previous: PolicyDocument | None, info: GeneratorInfo) -> LLMAnswer:
        suggested = {p.key: base.rule_for(*p.key).rate for p in selected if base.rule_for(*p.key)}
        prior = {p.key: rate for p in selected if (rate := previous_rate(previous, *p.key)) is not None}
        messages = build_messages(analysis, selected, suggested=suggested, previous=prior,
                                  sampling=self.sampling, generator=self.config, schema=ANSWER_SCHEMA)
        before = (self.chat.prompt_tokens, self.chat.completion_tokens)
        started = time.perf_counter()
        try:
            completion = await self.chat.complete(
                messages, purpose="policy", max_tokens=TOKENS_PER_RULE * len(selected) + TOKENS_OVERHEAD,
                # llama.cpp turns the schema of json_object_schema into a grammar, which can pin
                # each rule's service and pattern id: the model only writes rates and reasons.
                schema=lambda mode: pinned_schema(selected) if mode == "json_object_schema"
                else ANSWER_SCHEMA)
        finally:
            info.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        if completion.usage is not None:
            info.prompt_tokens = self.chat.prompt_tokens - before[0]
            info.completion_tokens = self.chat.completion_tokens - before[1]
        choice = completion.choices[0] if completion.choices else None
        truncated = choice is not None and choice.finish_reason == "length"
        if choice is None or not choice.message.content:
            if truncated:
                raise LLMFailure("truncated", "the answer hit the token limit before any content")
            raise LLMFailure("empty", "the model returned no content")
        try:
            return parse_answer(choice.message.content, truncated=truncated)
        except LLMFailure:
            log.debug("the answer refused: %r", choice.message.content[:2000])
            raise

    def _check(self, answer: LLMAnswer, selected: list[PatternVolume], analysis: Analysis,
               previous: PolicyDocument | None, info: GeneratorInfo,
               base: PolicyDocument) -> dict[Key, PatternRule]:
        """The model's rules after the guards (``base``, the heuristic's policy, is the
        importance floor), or LLMFailure."""
        # The model names services as the prompt showed them (redacted, without markers).
        shown = {(shown_service(p.service, self.config), p.pattern_id): p for p in selected}
        unknown = [f"{r.service}/{r.pattern_id}" for r in answer.rules
                   if (r.service, r.pattern_id) not in shown]
        if unknown:
            detail = f"{len(unknown)} rule(s) name patterns not shown, e.g. {unknown[0]}"
            raise LLMFailure("unknown_pattern", detail[:300])
        rates: dict[Key, float] = {}
        for rule in answer.rules:  # the same rule twice is harmless; two rates for one pattern are not
            first = rates.setdefault((rule.service, rule.pattern_id), rule.rate)
            if first != rule.rate:
                raise LLMFailure("conflicting_rules", f"{rule.service}/{rule.pattern_id} is given "
                                                      f"rates {first:g} and {rule.rate:g}")
        raw = PolicyDocument(generator=info)
        for rule in answer.rules:
            volume = shown[(rule.service, rule.pattern_id)]
            template = volume.template[:MAX_TEMPLATE_CHARS]
            raw.services.setdefault(volume.service, ServicePolicy()).patterns[rule.pattern_id] = PatternRule(
                template=template, rate=rule.rate, reason=_printable(rule.reason)[:MAX_REASON_CHARS])
        guarded, corrections = apply_guards(raw, previous, analysis.volumes, sampling=self.sampling,
                                            generator=self.config, metrics=self.metrics, manual=False,
                                            heuristic=base)
        rules = sum(len(s.patterns) for s in raw.services.values())
        if corrections and len(corrections) > MAX_CORRECTED_SHARE * rules:
            raise LLMFailure("guards", f"{len(corrections)} of {rules} rules broke guarantees, "
                                       f"e.g. {corrections[0].message}"[:300])
        return {(s, p): rule for s, sp in guarded.services.items() for p, rule in sp.patterns.items()}

    async def aclose(self) -> None:
        await self.chat.aclose()


def _unshown_that_matter(volumes: VolumePicture, fixed: dict[Key, PatternRule],
                         base: PolicyDocument) -> dict[Key, PatternRule]:
    """The heuristic's rules for the critical and important patterns the model was not shown:
    they keep them, so a model that spends the budget elsewhere cannot take it from them."""
    held = {}
    for key, volume in volumes.patterns.items():
        rule = base.rule_for(*key)
        if key not in fixed and volume.tier in PROTECTED_TIERS and rule is not None:
            held[key] = rule
    return held


def _check_target(doc: PolicyDocument, base: PolicyDocument, target: float) -> None:
    """LLMFailure ``target`` when ``doc`` cuts less than the target (or than ``base``, the
    heuristic's policy, when that falls short of it) by more than MAX_TARGET_SHORTFALL."""
    cut = doc.estimate.reduction if doc.estimate else 0.0
    aim = min(target, base.estimate.reduction if base.estimate else target)
    if aim - cut > MAX_TARGET_SHORTFALL:
        raise LLMFailure("target", f"the answer would cut {cut:.1%} of the window's bytes, "
                                   f"{(aim - cut) * 100:.1f} points short of {aim:.1%}")


def select_patterns(analysis: Analysis, max_patterns: int) -> list[PatternVolume]:
    """The heaviest ``max_patterns`` plus anomalous, new and severe ones (bounded), heaviest first."""
    volumes = analysis.volumes
    ordered = volumes.top()
    chosen = {p.key: p for p in ordered[:max_patterns]}
    limit = max_patterns * EXTRA_PATTERNS_FACTOR
    flagged = analysis.anomalous_keys()
    extras = [p for p in ordered[max_patterns:] if p.key in flagged]
    extras += [p for p in ordered[max_patterns:] if p.severe and p.key not in flagged]
    for p in extras:
        if len(chosen) >= limit:
            break
        chosen[p.key] = p
    return sorted(chosen.values(), key=lambda p: (-p.bytes, p.service, p.pattern_id))


def pinned_schema(selected: list[PatternVolume]) -> dict[str, Any]:
    """ANSWER_SCHEMA for these patterns exactly: one rule per pattern shown, in order, with its
    service and pattern id fixed. For grammar-constrained decoding (llama.cpp), which cannot
    otherwise stop a model from inventing ids, repeating rules or never closing the array."""
    rule = ANSWER_SCHEMA["properties"]["rules"]["items"]
    return {**ANSWER_SCHEMA, "properties": {"rules": {"type": "array", "items": False, "prefixItems": [
        {**rule, "properties": {
            "service": {"const": p.service},
            "pattern_id": {"const": p.pattern_id},
            "rate": {"type": "number"},
            "reason": {"type": "string", "minLength": 1, "maxLength": GRAMMAR_REASON_CHARS},
        }} for p in selected]}}}


def _printable(text: str) -> str:
    """A model's reason as one plain line: it is shown in terminals by ``policy explain``."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
