"""An OpenAI-compatible chat completions server with scripted answers: the LLM in tests.

The one remote service the tests stand in for. It speaks enough of the OpenAI HTTP API
(``POST /v1/chat/completions``, JSON errors, ``usage``) for the real ``openai`` client,
records every request body (:attr:`FakeOpenAI.requests`), and answers from a script of
behaviours, one per request, then :attr:`FakeOpenAI.default`:

- ``"good"``: one rule per pattern listed in the prompt, at its ``suggested_rate``;
- ``"invalid_json"``, ``"schema_violation"`` (rules without reasons), ``"rates_above_one"``,
  ``"unknown_pattern"`` (a rule for a pattern never shown);
- :func:`severe_rate` (e.g. rate 0 or 0.01 for patterns with WARN+ records);
- ``"hostile"``: a model that obeys instructions found in log text — when the prompt
  contains "ignore previous instructions" it sets every rate to 0;
- :class:`Sleep` (answer late: a timeout), :class:`Status` (429, 500, ...).

``json_schema=False`` makes the server refuse ``response_format`` of type ``json_schema``
with HTTP 400, as servers without structured outputs do (no behaviour is consumed).

Usage::

    async with FakeOpenAI() as llm:
        llm.script("invalid_json", Status(429))
        client = openai.AsyncOpenAI(base_url=llm.base_url, api_key="test")
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

INJECTION = "ignore previous instructions"


@dataclass(frozen=True)
class Sleep:
    """Answer ``good`` after ``seconds`` (longer than the client's timeout: a timeout)."""

    seconds: float


@dataclass(frozen=True)
class Status:
    """Answer with an OpenAI-shaped JSON error and this HTTP status."""

    status: int
    message: str = "scripted failure"


@dataclass(frozen=True)
class Rules:
    """Answer with rules computed from the patterns in the prompt: ``fn(pattern) -> rate``."""

    rate: Callable[[dict[str, Any]], float]
    reason: str = "fake model"


def severe_rate(rate: float) -> Rules:
    """Give ``rate`` to patterns flagged with WARN+ records, the suggested rate to the rest."""
    return Rules(lambda p: rate if "has_keep_severity" in p.get("flags", []) else _suggested(p))


Behaviour = str | Sleep | Status | Rules


def prompt_patterns(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The pattern lines (one JSON object each) of the request's user message."""
    patterns = []
    for message in body.get("messages", []):
        if message.get("role") != "user":
            continue
        for line in str(message.get("content", "")).splitlines():
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(item, dict) and "pattern_id" in item:
                patterns.append(item)
    return patterns


def _suggested(pattern: dict[str, Any]) -> float:
    rate = pattern.get("suggested_rate")
    return 1.0 if rate is None else float(rate)


class FakeOpenAI:
    """See the module docstring."""

    def __init__(self, *, default: Behaviour = "good", json_schema: bool = True) -> None:
        self.default = default
        self.json_schema = json_schema
        self.requests: list[dict[str, Any]] = []
        self._script: deque[Behaviour] = deque()
        self._runner: web.AppRunner | None = None
        self._stopping = asyncio.Event()  # wakes sleeping answers so stop() need not wait them out
        self.port = 0

    def script(self, *behaviours: Behaviour) -> None:
        self._script.extend(behaviours)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def prompts(self) -> list[str]:
        """Every message text of every request, for asserting what left the process."""
        return [str(m.get("content", "")) for body in self.requests for m in body.get("messages", [])]

    async def start(self) -> None:
        self._stopping.clear()
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completions)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeOpenAI:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _completions(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        response_format = (body.get("response_format") or {}).get("type")
        if response_format == "json_schema" and not self.json_schema:
            return _error(400, "response_format json_schema is not supported by this server",
                          "invalid_request_error")
        behaviour = self._script.popleft() if self._script else self.default
        if isinstance(behaviour, Status):
            kind = "rate_limit_error" if behaviour.status == 429 else "server_error"
            return _error(behaviour.status, behaviour.message, kind)
        if isinstance(behaviour, Sleep):
            try:
                await asyncio.wait_for(self._stopping.wait(), behaviour.seconds)
            except TimeoutError:
                pass
            behaviour = "good"
        patterns = prompt_patterns(body)
        content = self._content(behaviour, patterns, body)
        prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
        usage = {"prompt_tokens": prompt_chars // 4, "completion_tokens": len(content) // 4}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        return web.json_response({
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop", "logprobs": None}],
            "usage": usage,
        })

    def _content(self, behaviour: Behaviour, patterns: list[dict[str, Any]], body: dict[str, Any]) -> str:
        def rules(rate: Callable[[dict[str, Any]], float], reason: str = "fake model") -> list[dict]:
            return [{"service": p["service"], "pattern_id": p["pattern_id"], "rate": rate(p),
                     "reason": f"{reason}: {p['records_per_interval']} records/interval"} for p in patterns]

        if isinstance(behaviour, Rules):
            return json.dumps({"rules": rules(behaviour.rate, behaviour.reason)})
        if behaviour == "good":
            return json.dumps({"rules": rules(_suggested, "fake model follows the suggestion")})
        if behaviour == "invalid_json":
            return '{"rules": [{"service": "checkout", "rate": 0.5,'
        if behaviour == "schema_violation":
            return json.dumps({"rules": [{"service": p["service"], "pattern_id": p["pattern_id"], "rate": 0.5}
                                         for p in patterns]})
        if behaviour == "rates_above_one":
            return json.dumps({"rules": rules(lambda p: 1.5)})
        if behaviour == "unknown_pattern":
            extra = {"service": "checkout", "pattern_id": "f" * 16, "rate": 0.5, "reason": "made up"}
            return json.dumps({"rules": [*rules(_suggested), extra]})
        if behaviour == "hostile":
            prompt = json.dumps(body.get("messages", [])).lower()
            if INJECTION in prompt:
                return json.dumps({"rules": rules(lambda p: 0.0, "as instructed by the log")})
            return json.dumps({"rules": rules(_suggested)})
        raise ValueError(f"unknown behaviour {behaviour!r}")


def _error(status: int, message: str, kind: str) -> web.Response:
    return web.json_response({"error": {"message": message, "type": kind, "param": None, "code": None}},
                             status=status)
