"""The LLM generator: asks a model (any OpenAI-compatible server) for per-pattern rates.

The answer is data, never trusted: it is parsed against a schema, every pattern id must
be one the model was shown, the guards correct it, and an answer that needs too many
corrections is refused. On any failure the heuristic policy is used for the cycle, the
failure is counted in ``llm_failures_total{reason}``, logged, and named in
``generator.fallback_reason``. Patterns the model is not shown (beyond ``max_patterns``)
share the byte budget the model's choices leave, by the heuristic's water-filling.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time

import openai
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from otlp_sampler.analyze.analysis import Analysis
from otlp_sampler.analyze.volume import Key, PatternVolume
from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policy import GeneratorInfo, PatternRule, PolicyDocument, ServicePolicy
from otlp_sampler.policy.guards import apply_guards, previous_rate
from otlp_sampler.policygen.heuristic import MAX_TEMPLATE_CHARS, HeuristicGenerator
from otlp_sampler.policygen.prompts import build_messages, shown_service

log = logging.getLogger(__name__)

# An answer whose rules needed correcting more often than this is refused as a whole: a
# model that got most rules wrong is not trusted with the rest.
MAX_CORRECTED_SHARE = 0.5
# Anomalous, new and severe patterns go to the model beyond max_patterns, up to this many
# times max_patterns in all, so one noisy window cannot make the prompt unbounded.
EXTRA_PATTERNS_FACTOR = 3
MAX_REASON_CHARS = 300

ANSWER_SCHEMA = {
    "type": "object",
    "properties": {
        "rules": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "service": {"type": "string"},
                    "pattern_id": {"type": "string"},
                    "rate": {"type": "number"},
                    "reason": {"type": "string"},
                },
                "required": ["service", "pattern_id", "rate", "reason"],
                "additionalProperties": False,
            },
        }
    },
    "required": ["rules"],
    "additionalProperties": False,
}


class LLMRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    service: str
    pattern_id: str
    rate: float = Field(ge=0, le=1)
    reason: str = Field(min_length=1)


class LLMAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[LLMRule]


class LLMFailure(Exception):
    """Why an answer was not used; ``reason`` is a bounded metric label."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


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
    ) -> None:
        self.sampling = sampling
        self.config = generator
        self.metrics = metrics
        self.heuristic = HeuristicGenerator(sampling, generator, price_per_gb=price_per_gb)
        self._client = client
        # Downgraded for good once a server refuses json_schema, so later cycles skip the 400.
        self._response_format = generator.llm.structured_output

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
            completion = await self._complete(messages)
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
        if not completion.choices or not completion.choices[0].message.content:
            raise LLMFailure("empty", "the model returned no content")
        return parse_answer(completion.choices[0].message.content)

    async def _complete(self, messages: list[dict[str, str]]):
        llm = self.config.llm
        try:
            client = self._client or self._build_client()
            if self._response_format == "json_schema":
                schema = {"name": "sampling_policy", "strict": True, "schema": ANSWER_SCHEMA}
                schema_format = {"type": "json_schema", "json_schema": schema}
                try:
                    return await client.chat.completions.create(
                        model=llm.model, messages=messages, temperature=llm.temperature,
                        response_format=schema_format)
                except openai.BadRequestError as exc:
                    log.info("the LLM server refused json_schema output (%s); using json_object from now on",
                             _short(exc))
                    self._response_format = "json_object"
            return await client.chat.completions.create(
                model=llm.model, messages=messages, temperature=llm.temperature,
                response_format={"type": "json_object"})
        except openai.APITimeoutError as exc:
            raise LLMFailure("timeout", f"no answer within {llm.timeout:g}s") from exc
        except openai.RateLimitError as exc:
            raise LLMFailure("rate_limited", _short(exc)) from exc
        except openai.APIStatusError as exc:
            reason = "server_error" if exc.status_code >= 500 else "http_error"
            raise LLMFailure(reason, f"HTTP {exc.status_code}: {_short(exc)}") from exc
        except openai.APIConnectionError as exc:
            raise LLMFailure("connection", _short(exc)) from exc
        except openai.OpenAIError as exc:  # e.g. no api key configured
            raise LLMFailure("client", _short(exc)) from exc

    def _build_client(self) -> openai.AsyncOpenAI:
        llm = self.config.llm
        # Local servers (Ollama, vLLM, llama.cpp) want no key, but the client insists on one.
        api_key = llm.api_key or (None if llm.base_url is None else "not-needed")
        self._client = openai.AsyncOpenAI(base_url=llm.base_url, api_key=api_key, timeout=llm.timeout,
                                          max_retries=llm.max_retries)
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


def parse_answer(content: str) -> LLMAnswer:
    """The model's JSON, or LLMFailure("invalid_json" | "schema")."""
    text = content.strip()
    if text.startswith("```"):  # some servers wrap JSON mode output in a code fence
        text = text.strip("`").removeprefix("json").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LLMFailure("invalid_json", f"{exc.msg} at char {exc.pos}") from None
    try:
        return LLMAnswer.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise LLMFailure("schema", f"{exc.error_count()} problem(s), e.g. {where}: {first['msg']}") from None


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


def _printable(text: str) -> str:
    """A model's reason as one plain line: it is shown in terminals by ``policy explain``."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _short(exc: Exception, limit: int = 200) -> str:
    text = str(exc).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."
