"""The LLM generator: asks a model (any OpenAI-compatible server) for per-pattern rates.

The answer is data, never trusted: it is parsed against a schema (``answer.py``), every
pattern id must be one the model was shown, the guards correct it, and an answer that
needs too many corrections is refused. On any failure the heuristic policy is used for
the cycle, the failure is counted in ``llm_failures_total{reason}``, logged, and named in
``generator.fallback_reason``. Patterns the model is not shown (beyond ``max_patterns``)
share the byte budget the model's choices leave, by the heuristic's water-filling.

The structured output mode is negotiated per server (``output_modes.py``): a refused
``response_format`` steps down to the next mode at once, without spending a retry or
counting a failure. Retries of failed calls are this module's, not the openai client's.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import Any

import openai
from openai.types.chat import ChatCompletion

from otlp_sampler.analyze.analysis import Analysis
from otlp_sampler.analyze.volume import Key, PatternVolume
from otlp_sampler.config import LLMConfig, PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policy import GeneratorInfo, PatternRule, PolicyDocument, ServicePolicy
from otlp_sampler.policy.guards import apply_guards, previous_rate
from otlp_sampler.policygen.answer import ANSWER_SCHEMA, LLMAnswer, LLMFailure, parse_answer
from otlp_sampler.policygen.heuristic import MAX_TEMPLATE_CHARS, HeuristicGenerator
from otlp_sampler.policygen.output_modes import MODES, ModeMemory, is_format_refusal, ladder, response_format
from otlp_sampler.policygen.prompts import build_messages, shown_service

log = logging.getLogger(__name__)

# An answer whose rules needed correcting more often than this is refused as a whole: a
# model that got most rules wrong is not trusted with the rest.
MAX_CORRECTED_SHARE = 0.5
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
# Retries of a failed call: exponential backoff from RETRY_DELAY, at most MAX_RETRY_DELAY,
# or the server's Retry-After when it says (up to MAX_RETRY_AFTER).
RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({408, 409, 429})  # and every 5xx, as the openai client does


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
    ) -> None:
        self.sampling = sampling
        self.config = generator
        self.metrics = metrics
        self.heuristic = HeuristicGenerator(sampling, generator, price_per_gb=price_per_gb)
        # Retries are ours (a refused format must not spend them), so the client makes none.
        self._client = client.with_options(max_retries=0) if client is not None else None
        self.modes = modes if modes is not None else ModeMemory(generator.llm.output_modes_file)
        self._announced: set[tuple[str, str]] = set()  # (server, mode) already logged

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
            fixed = self._check(answer, selected, analysis, previous, info)
            doc = await asyncio.to_thread(self.heuristic.generate, volumes, previous, fixed=fixed, info=info)
        except Exception as exc:
            failure = exc if isinstance(exc, LLMFailure) else LLMFailure("internal", _short(exc))
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
        started = time.perf_counter()
        try:
            completion = await self._complete(messages, selected)
        finally:
            elapsed = time.perf_counter() - started
            info.latency_ms = round(elapsed * 1000, 1)
            self.metrics.llm_latency.observe(elapsed)
        usage = completion.usage
        if usage is not None:
            info.prompt_tokens = usage.prompt_tokens
            info.completion_tokens = usage.completion_tokens
            self.metrics.llm_tokens.labels(kind="prompt").inc(usage.prompt_tokens or 0)
            self.metrics.llm_tokens.labels(kind="completion").inc(usage.completion_tokens or 0)
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

    async def _complete(self, messages: list[dict[str, str]],
                        selected: list[PatternVolume]) -> ChatCompletion:
        """The completion, in the best structured output mode the server takes.

        A refused format moves to the next mode at once; other failures are retried up to
        ``max_retries`` times with backoff, then raised as LLMFailure."""
        llm = self.config.llm
        try:
            client = self._client or self._build_client()
        except openai.OpenAIError as exc:  # e.g. no api key configured
            raise LLMFailure("client", _short(exc)) from exc
        server = str(client.base_url)
        modes = ladder(llm.structured_output, self.modes.get(server))
        refused: list[str] = []
        retries = 0
        while True:
            mode = modes[0]
            try:
                completion = await client.chat.completions.create(
                    model=llm.model, messages=messages, temperature=llm.temperature,
                    **self._request_options(mode, selected))
            except openai.APIStatusError as exc:
                if len(modes) > 1 and is_format_refusal(exc):
                    self.metrics.llm_format_refusals.labels(mode=mode).inc()
                    refused.append(f"{mode} (HTTP {exc.status_code}: {_short(exc, 160)})")
                    log.debug("%s refused structured output %s: %s", server, mode, _short(exc))
                    modes.pop(0)
                    continue
                error: Exception = exc
            except (openai.APIConnectionError, openai.APITimeoutError) as exc:
                error = exc
            except openai.OpenAIError as exc:
                raise LLMFailure("client", _short(exc)) from exc
            else:
                self._settled(server, mode, refused)
                return completion
            if not _retryable(error) or retries >= llm.max_retries:
                raise _failure(error, llm.timeout) from error
            retries += 1
            await asyncio.sleep(_retry_delay(retries, error))

    def _request_options(self, mode: str, selected: list[PatternVolume]) -> dict[str, Any]:
        options: dict[str, Any] = {}
        # llama.cpp turns the schema of json_object_schema into a grammar, which can pin each
        # rule's service and pattern id: the model only writes rates and reasons.
        schema = pinned_schema(selected) if mode == "json_object_schema" else ANSWER_SCHEMA
        if (answer_format := response_format(mode, schema)) is not None:
            options["response_format"] = answer_format
        if self.config.llm.max_output_tokens is not None:
            wanted = TOKENS_PER_RULE * len(selected) + TOKENS_OVERHEAD
            options["max_tokens"] = min(self.config.llm.max_output_tokens, wanted)
        return options

    def _settled(self, server: str, mode: str, refused: list[str]) -> None:
        """Remember the mode that answered; say so once per server and mode."""
        news = self.modes.remember(server, mode)
        for each in MODES:
            self.metrics.llm_output_mode.labels(mode=each).set(1 if each == mode else 0)
        if news or (server, mode) not in self._announced:
            self._announced.add((server, mode))
            how = f"after refusals of {'; '.join(refused)}" if refused else (
                "as configured" if mode == self.config.llm.structured_output else "as remembered")
            log.info("the LLM server at %s answers in structured output mode %s, %s", server, mode, how)

    def _build_client(self) -> openai.AsyncOpenAI:
        self._client = openai_client(self.config.llm)
        return self._client

    def _check(self, answer: LLMAnswer, selected: list[PatternVolume], analysis: Analysis,
               previous: PolicyDocument | None, info: GeneratorInfo) -> dict[Key, PatternRule]:
        """The model's rules after the guards, or LLMFailure."""
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
                                            generator=self.config, metrics=self.metrics, manual=False)
        rules = sum(len(s.patterns) for s in raw.services.values())
        if corrections and len(corrections) > MAX_CORRECTED_SHARE * rules:
            raise LLMFailure("guards", f"{len(corrections)} of {rules} rules broke guarantees, "
                                       f"e.g. {corrections[0].message}"[:300])
        return {(s, p): rule for s, sp in guarded.services.items() for p, rule in sp.patterns.items()}

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()


def openai_client(llm: LLMConfig, *, timeout: float | None = None) -> openai.AsyncOpenAI:
    """A client of the configured server that makes no retries of its own (the callers decide);
    raises ``openai.OpenAIError`` when no API key can be found."""
    # Local servers (Ollama, vLLM, llama.cpp) want no key, but the client insists on one.
    api_key = llm.api_key or (None if llm.base_url is None else "not-needed")
    return openai.AsyncOpenAI(base_url=llm.base_url, api_key=api_key,
                              timeout=llm.timeout if timeout is None else timeout, max_retries=0)


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


def _retryable(exc: Exception) -> bool:
    """What the openai client retries: timeouts, lost connections, 408, 409, 429 and 5xx."""
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUSES or exc.status_code >= 500
    return isinstance(exc, openai.APIConnectionError)  # APITimeoutError is one


def _failure(exc: Exception, timeout: float) -> LLMFailure:
    if isinstance(exc, openai.APITimeoutError):
        return LLMFailure("timeout", f"no answer within {timeout:g}s")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return LLMFailure("rate_limited", _short(exc))
        reason = "server_error" if exc.status_code >= 500 else "http_error"
        return LLMFailure(reason, f"HTTP {exc.status_code}: {_short(exc)}")
    return LLMFailure("connection", _short(exc))


def _retry_delay(retry: int, exc: Exception) -> float:
    """Seconds before retry number ``retry``: the server's Retry-After if it gives a sane one."""
    response = getattr(exc, "response", None)
    try:
        hinted = float(response.headers.get("retry-after")) if response is not None else None
    except (TypeError, ValueError):  # absent, or an HTTP date: use the backoff
        hinted = None
    if hinted is not None and 0 <= hinted <= MAX_RETRY_AFTER:
        return hinted
    return min(MAX_RETRY_DELAY, RETRY_DELAY * 2 ** (retry - 1)) * random.uniform(0.75, 1.0)


def _printable(text: str) -> str:
    """A model's reason as one plain line: it is shown in terminals by ``policy explain``."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _short(exc: Exception, limit: int = 200) -> str:
    text = str(exc).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."
