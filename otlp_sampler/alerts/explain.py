"""The model's short explanation of an alert, with debugging steps.

One request to the configured OpenAI-compatible server (``policy_generator.llm``: base
URL, model, key, temperature, token budget), no retries, within ``alerts.explain.timeout`` and at most
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
from otlp_sampler.policygen.answer import LLMFailure
from otlp_sampler.policygen.chat import ChatClient
from otlp_sampler.policygen.prompts import load_prompt

MAX_CHARS = 1500
MAX_LINES = 20


class ExplanationFailed(Exception):
    """No usable explanation; ``reason`` is short and bounded (timeout, connection, http_error, empty...)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class Explainer:
    """Asks the model about one alert at a time (the alerter bounds how many at once), through
    the proxy's shared :class:`~otlp_sampler.policygen.chat.ChatClient` (its token budget too)."""

    def __init__(self, llm: LLMConfig, settings: AlertExplainConfig, metrics: Metrics, *,
                 client: openai.AsyncOpenAI | None = None, chat: ChatClient | None = None) -> None:
        self.llm = llm
        self.settings = settings
        self.metrics = metrics
        self.chat = chat if chat is not None else ChatClient(llm, metrics, client=client)

    async def explain(self, record: AlertRecord) -> str:
        """The explanation of ``record``, or ExplanationFailed."""
        try:
            completion = await asyncio.wait_for(self.chat.complete(
                alert_messages(record), purpose="alerts", max_tokens=self.settings.max_tokens, retries=0,
                timeout=self.settings.timeout), self.settings.timeout)
        except TimeoutError:
            raise ExplanationFailed("timeout", f"no answer within {self.settings.timeout:g}s") from None
        except LLMFailure as failure:
            raise ExplanationFailed(failure.reason, failure.detail[:200]) from None
        content = completion.choices[0].message.content if completion.choices else None
        text = plain_text(content or "")
        if not text:
            raise ExplanationFailed("empty", "the model returned no text")
        return text

    async def aclose(self) -> None:
        await self.chat.aclose()


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
