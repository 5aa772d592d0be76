"""The model's short explanation of an alert, with debugging steps.

One request to the configured OpenAI-compatible server (``policy_generator.llm``: base
URL, model, key, temperature), no retries, within ``alerts.explain.timeout`` and at most
``alerts.explain.max_tokens`` tokens. The prompt is ``policygen/prompts/alert_system.md``
and ``alert_user.md``; what it shows of the logs is the alert's own template and examples,
already redacted, as one JSON object between the DATA markers. The answer is data: plain
text, control characters removed, cut to ``MAX_CHARS``, shown to people and never acted on.
"""

from __future__ import annotations

import asyncio
import json
from string import Template

import openai

from otlp_sampler.alerts.record import AlertRecord
from otlp_sampler.config import AlertExplainConfig, LLMConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.policygen.llm import openai_client
from otlp_sampler.policygen.prompts import load_prompt

MAX_CHARS = 1500
MAX_LINES = 20


class ExplanationFailed(Exception):
    """No usable explanation; ``reason`` is short and bounded (timeout, connection, http_error, empty...)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class Explainer:
    """Asks the model about one alert at a time (the alerter bounds how many at once)."""

    def __init__(self, llm: LLMConfig, settings: AlertExplainConfig, metrics: Metrics, *,
                 client: openai.AsyncOpenAI | None = None) -> None:
        self.llm = llm
        self.settings = settings
        self.metrics = metrics
        self._client = client.with_options(max_retries=0) if client is not None else None

    async def explain(self, record: AlertRecord) -> str:
        """The explanation of ``record``, or ExplanationFailed."""
        try:
            client = self._client or openai_client(self.llm, timeout=self.settings.timeout)
        except openai.OpenAIError as exc:  # no API key anywhere
            raise ExplanationFailed("client", str(exc)[:200]) from None
        self._client = client
        options = {}
        if self.llm.max_output_tokens is not None:  # None: the server refuses max_tokens (llm docs)
            options["max_tokens"] = min(self.settings.max_tokens, self.llm.max_output_tokens)
        try:
            completion = await asyncio.wait_for(client.chat.completions.create(
                model=self.llm.model, messages=alert_messages(record), temperature=self.llm.temperature,
                **options), self.settings.timeout)
        except (TimeoutError, openai.APITimeoutError):
            raise ExplanationFailed("timeout", f"no answer within {self.settings.timeout:g}s") from None
        except openai.APIStatusError as exc:
            raise ExplanationFailed("http_error", f"HTTP {exc.status_code}") from None
        except openai.APIConnectionError:
            raise ExplanationFailed("connection") from None
        except openai.OpenAIError as exc:
            raise ExplanationFailed("client", type(exc).__name__) from None
        usage = completion.usage
        if usage is not None:
            self.metrics.llm_tokens.labels(kind="prompt").inc(usage.prompt_tokens or 0)
            self.metrics.llm_tokens.labels(kind="completion").inc(usage.completion_tokens or 0)
        content = completion.choices[0].message.content if completion.choices else None
        text = plain_text(content or "")
        if not text:
            raise ExplanationFailed("empty", "the model returned no text")
        return text

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()


def alert_messages(record: AlertRecord) -> list[dict[str, str]]:
    """System and user messages about ``record``; its log text is inside the JSON object."""
    shown = record.model_dump(mode="json", include={"kind", "service", "pattern_id", "template", "severity",
                                                    "summary", "first_seen", "counts", "examples"})
    user = Template(load_prompt("alert_user.md")).substitute(
        kind=record.kind.value, raised_at=record.raised_at.isoformat(timespec="seconds"),
        alert=json.dumps(shown, ensure_ascii=False))
    return [{"role": "system", "content": load_prompt("alert_system.md")}, {"role": "user", "content": user}]


def plain_text(answer: str) -> str:
    """A model's answer as plain lines: no control characters, no blank runs, at most
    ``MAX_LINES`` lines and ``MAX_CHARS`` characters."""
    lines = []
    for raw in answer.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join("".join(ch if ch.isprintable() else " " for ch in raw).split())
        if line or (lines and lines[-1]):
            lines.append(line)
    text = "\n".join(lines[:MAX_LINES]).strip()
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1].rstrip() + "…"
