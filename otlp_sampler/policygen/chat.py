"""One client of the model's server, shared by every caller: the policy generator, the tier
judge and the alerts' explanations.

:class:`ChatClient` makes one chat completion: it negotiates the structured output mode
per server (``output_modes.py``: a refused ``response_format`` steps down at once, without
spending a retry), retries failed calls with backoff (the openai client makes none of its
own), and counts what each call spent: tokens (``llm_tokens_total``), cost at the
configured prices per 1k tokens (``llm_cost_total{purpose}``) and latency. Every call goes
through one :class:`TokenBudget` (``policy_generator.llm.max_tokens_per_hour``): while the
last hour's calls spent it, no request is made and the call fails with reason ``budget``,
counted in ``llm_budget_refusals_total{purpose}``. docs/policy-format.md § The LLM's budget.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import openai
from openai.types.chat import ChatCompletion

from otlp_sampler.config import LLMConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policygen.answer import LLMFailure
from otlp_sampler.policygen.output_modes import MODES, ModeMemory, is_format_refusal, ladder, response_format

log = logging.getLogger(__name__)

# Retries of a failed call: exponential backoff from RETRY_DELAY, at most MAX_RETRY_DELAY,
# or the server's Retry-After when it says (up to MAX_RETRY_AFTER).
RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({408, 409, 429})  # and every 5xx, as the openai client does
HOUR = 3600.0

SchemaFor = Callable[[str], dict[str, Any]]  # the answer's schema in a structured output mode


class TokenBudget:
    """Tokens the model may spend in any hour: what calls spent in the last ``HOUR`` seconds
    counts against ``per_hour`` (None: no limit). A call is let through while something is
    left, so one call may overshoot by its own size; the next waits until the hour frees room."""

    def __init__(self, per_hour: int | None, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_hour = per_hour
        self._clock = clock
        self._spent: deque[tuple[float, int]] = deque()
        self._total = 0

    def spent(self) -> int:
        """Tokens spent in the last hour."""
        horizon = self._clock() - HOUR
        while self._spent and self._spent[0][0] <= horizon:
            self._total -= self._spent.popleft()[1]
        return self._total

    def left(self) -> int | None:
        """Tokens left in this hour; None without a limit."""
        return None if self.per_hour is None else max(0, self.per_hour - self.spent())

    def allows(self) -> bool:
        left = self.left()
        return left is None or left > 0

    def spend(self, tokens: int) -> None:
        if tokens > 0:
            self._spent.append((self._clock(), tokens))
            self._total += tokens


class ChatClient:
    """Chat completions from the configured server (``policy_generator.llm``), negotiated,
    retried, budgeted and counted. One per proxy: every caller shares its budget."""

    def __init__(self, llm: LLMConfig, metrics: Metrics, *, modes: ModeMemory | None = None,
                 client: openai.AsyncOpenAI | None = None, budget: TokenBudget | None = None) -> None:
        self.llm = llm
        self.metrics = metrics
        self.modes = modes if modes is not None else ModeMemory(llm.output_modes_file)
        self.budget = budget if budget is not None else TokenBudget(llm.max_tokens_per_hour)
        # Retries are ours (a refused format must not spend them), so the client makes none.
        self._client = client.with_options(max_retries=0) if client is not None else None
        self._announced: set[tuple[str, str]] = set()  # (server, mode) already logged
        self.prompt_tokens = 0  # spent by this client since it was made, for reports
        self.completion_tokens = 0
        self.cost = 0.0
        self._show_budget()

    async def complete(self, messages: list[dict[str, str]], *, purpose: str,
                       schema: SchemaFor | None = None, max_tokens: int | None = None,
                       retries: int | None = None, timeout: float | None = None) -> ChatCompletion:
        """One completion for ``purpose`` (a metric label: policy, tiers, alerts), or LLMFailure.

        With ``schema`` the structured output mode is negotiated (``schema(mode)`` is the
        answer's schema in that mode); without it the answer is plain text. ``max_tokens`` is
        capped by ``llm.max_output_tokens`` and left out when that is None. ``retries``
        defaults to ``llm.max_retries``; ``timeout`` to ``llm.timeout`` (per attempt)."""
        if not self.budget.allows():
            self.metrics.llm_budget_refusals.labels(purpose=purpose).inc()
            raise LLMFailure("budget", f"policy_generator.llm.max_tokens_per_hour ({self.budget.per_hour:,}) "
                                       "spent in the last hour")
        llm = self.llm
        try:
            client = self._client or self._build_client()
        except openai.OpenAIError as exc:  # e.g. no api key configured
            raise LLMFailure("client", short(exc)) from exc
        server = str(client.base_url)
        modes = ladder(llm.structured_output, self.modes.get(server)) if schema is not None else ["text"]
        allowed = llm.max_retries if retries is None else retries
        refused: list[str] = []
        attempt = 0
        started = time.perf_counter()
        try:
            while True:
                mode = modes[0]
                options = self._options(mode, schema, max_tokens, timeout)
                try:
                    completion = await client.chat.completions.create(
                        model=llm.model, messages=messages, temperature=llm.temperature, **options)
                except openai.APIStatusError as exc:
                    if len(modes) > 1 and is_format_refusal(exc):
                        self.metrics.llm_format_refusals.labels(mode=mode).inc()
                        refused.append(f"{mode} (HTTP {exc.status_code}: {short(exc, 160)})")
                        log.debug("%s refused structured output %s: %s", server, mode, short(exc))
                        modes.pop(0)
                        continue
                    error: Exception = exc
                except (openai.APIConnectionError, openai.APITimeoutError) as exc:
                    error = exc
                except openai.OpenAIError as exc:
                    raise LLMFailure("client", short(exc)) from exc
                else:
                    if schema is not None:
                        self._settled(server, mode, refused)
                    self._count(completion, purpose)
                    return completion
                if not retryable(error) or attempt >= allowed:
                    raise failure(error, llm.timeout if timeout is None else timeout) from error
                attempt += 1
                await asyncio.sleep(retry_delay(attempt, error))
        finally:
            self.metrics.llm_latency.observe(time.perf_counter() - started)

    def _options(self, mode: str, schema: SchemaFor | None, max_tokens: int | None,
                 timeout: float | None) -> dict[str, Any]:
        options: dict[str, Any] = {}
        if schema is not None and (answer_format := response_format(mode, schema(mode))) is not None:
            options["response_format"] = answer_format
        if self.llm.max_output_tokens is not None:
            options["max_tokens"] = min(self.llm.max_output_tokens, max_tokens or self.llm.max_output_tokens)
        if timeout is not None:
            options["timeout"] = timeout
        return options

    def _count(self, completion: ChatCompletion, purpose: str) -> None:
        usage = completion.usage
        if usage is None:
            return
        prompt, answer = usage.prompt_tokens or 0, usage.completion_tokens or 0
        self.metrics.llm_tokens.labels(kind="prompt").inc(prompt)
        self.metrics.llm_tokens.labels(kind="completion").inc(answer)
        cost = (prompt * self.llm.price_per_1k_prompt_tokens
                + answer * self.llm.price_per_1k_completion_tokens) / 1000
        if cost:
            self.metrics.llm_cost.labels(purpose=purpose).inc(cost)
        self.prompt_tokens += prompt
        self.completion_tokens += answer
        self.cost += cost
        self.budget.spend(prompt + answer)
        self._show_budget()

    def _show_budget(self) -> None:
        left = self.budget.left()
        if left is not None:
            self.metrics.llm_token_budget.set(left)

    def _settled(self, server: str, mode: str, refused: list[str]) -> None:
        """Remember the mode that answered; say so once per server and mode."""
        news = self.modes.remember(server, mode)
        for each in MODES:
            self.metrics.llm_output_mode.labels(mode=each).set(1 if each == mode else 0)
        if news or (server, mode) not in self._announced:
            self._announced.add((server, mode))
            how = f"after refusals of {'; '.join(refused)}" if refused else (
                "as configured" if mode == self.llm.structured_output else "as remembered")
            log.info("the LLM server at %s answers in structured output mode %s, %s", server, mode, how)

    def _build_client(self) -> openai.AsyncOpenAI:
        self._client = openai_client(self.llm)
        return self._client

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


def retryable(exc: Exception) -> bool:
    """What the openai client retries: timeouts, lost connections, 408, 409, 429 and 5xx."""
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUSES or exc.status_code >= 500
    return isinstance(exc, openai.APIConnectionError)  # APITimeoutError is one


def failure(exc: Exception, timeout: float) -> LLMFailure:
    """A failed call as LLMFailure: timeout, rate_limited, server_error, http_error or connection."""
    if isinstance(exc, openai.APITimeoutError):
        return LLMFailure("timeout", f"no answer within {timeout:g}s")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return LLMFailure("rate_limited", short(exc))
        reason = "server_error" if exc.status_code >= 500 else "http_error"
        return LLMFailure(reason, f"HTTP {exc.status_code}: {short(exc)}")
    return LLMFailure("connection", short(exc))


def retry_delay(retry: int, exc: Exception) -> float:
    """Seconds before retry number ``retry``: the server's Retry-After if it gives a sane one."""
    response = getattr(exc, "response", None)
    try:
        hinted = float(response.headers.get("retry-after")) if response is not None else None
    except (TypeError, ValueError):  # absent, or an HTTP date: use the backoff
        hinted = None
    if hinted is not None and 0 <= hinted <= MAX_RETRY_AFTER:
        return hinted
    return min(MAX_RETRY_DELAY, RETRY_DELAY * 2 ** (retry - 1)) * random.uniform(0.75, 1.0)


def short(exc: Exception, limit: int = 200) -> str:
    text = str(exc).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."
