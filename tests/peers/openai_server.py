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
- :class:`Sleep` (answer late: a timeout), :class:`Status` (429, 500, ...);
- :class:`Text`: a plain-text answer, as given (an alert's explanation);
- :class:`Tiers`: an answer to a tier question, ``fn(item) -> tier`` per pattern line.

- ``"fenced_in_prose"``: the good answer in a Markdown code fence between two sentences,
  as chat models write without a JSON mode; ``"two_objects"``: an example object, then
  the answer (ambiguous); ``"conflicting"``: one pattern given two different rates;
  ``"truncated"``: half the good answer with ``finish_reason: length``.

``refuses=`` a :class:`Refusal` makes the server refuse ``response_format`` the way a real
server does (:data:`LLAMA_CPP_PYTHON`, :data:`VLLM_BEFORE_JSON_SCHEMA`, :data:`VLLM_XGRAMMAR`,
:data:`OLLAMA`, :data:`TGI`); a refused request consumes no behaviour.

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

from tests.peers.local_server import LocalServer

INJECTION = "ignore previous instructions"


@dataclass(frozen=True)
class Sleep:
    """Answer ``then`` after ``seconds`` (longer than the client's timeout: a timeout)."""

    seconds: float
    then: Behaviour = "good"


@dataclass(frozen=True)
class Text:
    """Answer with ``content`` as it is: a model asked for plain text (an alert's explanation)."""

    content: str


@dataclass(frozen=True)
class Status:
    """Answer with an OpenAI-shaped JSON error and this HTTP status."""

    status: int
    message: str = "scripted failure"


@dataclass(frozen=True)
class Tiers:
    """Answer a tier question (policygen/tier_question.py): ``fn(item) -> tier`` for each
    pattern line of the prompt (``id``, ``service``, ``template``, ``examples``, ``level``)."""

    tier: Callable[[dict[str, Any]], str]
    reason: str = "fake judge"


@dataclass(frozen=True)
class Rules:
    """Answer with rules computed from the patterns in the prompt: ``fn(pattern) -> rate``."""

    rate: Callable[[dict[str, Any]], float]
    reason: str = "fake model"


def severe_rate(rate: float) -> Rules:
    """Give ``rate`` to patterns flagged with WARN+ records, the suggested rate to the rest."""
    return Rules(lambda p: rate if "has_keep_severity" in p.get("flags", []) else _suggested(p))


Behaviour = str | Sleep | Status | Rules | Text | Tiers


@dataclass(frozen=True)
class Refusal:
    """How one real server answers a ``response_format`` it does not take.

    ``refuses(response_format)`` says whether it refuses one (None: the field was left out);
    ``error(response_format)`` is its answer: HTTP ``status`` and a body, JSON or plain text."""

    name: str
    status: int
    refuses: Callable[[dict[str, Any] | None], bool]
    error: Callable[[dict[str, Any]], dict[str, Any] | str]


def _pydantic_literal_error(response_format: dict[str, Any]) -> str:
    """A pydantic validation error for ``response_format.type`` as FastAPI servers word it."""
    return ("{'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
            "'msg': \"Input should be 'text' or 'json_object'\", "
            f"'input': '{response_format.get('type')}', 'ctx': {{'expected': \"'text' or 'json_object'\"}}}}")


def _type_of(response_format: dict[str, Any] | None) -> str | None:
    return None if response_format is None else response_format.get("type")


# llama-cpp-python's server (0.3.x): response_format.type is Literal["text", "json_object"],
# checked inside the route, so the validation error comes back as its generic HTTP 500.
# {"type": "json_object", "schema": ...} is accepted and constrains decoding to the schema.
# The body is what the real 0.3.36 server answered (its file path shortened).
LLAMA_CPP_PYTHON = Refusal(
    "llama-cpp-python", 500,
    lambda rf: _type_of(rf) not in (None, "text", "json_object"),
    lambda rf: {"error": {
        "message": f"1 validation error:\n  {_pydantic_literal_error(rf)}\n\n  File \"/venv/lib/python3.11/"
                   "site-packages/llama_cpp/server/app.py\", line 376, in create_chat_completion\n"
                   "    POST /v1/chat/completions",
        "type": "internal_server_error", "param": None, "code": None}},
)
# vLLM before json_schema support (ResponseFormat.type Literal["text", "json_object"]): its
# RequestValidationError handler answers 400 with a flat ErrorResponse, no "error" wrapper.
VLLM_BEFORE_JSON_SCHEMA = Refusal(
    "vllm-old", 400,
    lambda rf: _type_of(rf) not in (None, "text", "json_object"),
    lambda rf: {"object": "error", "message": f"[{_pydantic_literal_error(rf)}]", "type": "BadRequestError",
                "param": None, "code": 400},
)
# vLLM whose guided decoding backend cannot compile the schema: 400 with this exact message
# (vllm/v1/structured_output/backend_xgrammar.py). It ignores, with a warning, the unknown
# "schema" key of a json_object format, so json_object_schema is plain JSON mode there.
VLLM_XGRAMMAR = Refusal(
    "vllm-xgrammar", 400,
    lambda rf: _type_of(rf) == "json_schema",
    lambda rf: {"error": {"message": "The provided JSON schema contains features not supported by xgrammar.",
                          "type": "Bad Request", "param": None, "code": 400}},
)
# Ollama, when its runner cannot turn the schema into a grammar: the /api/chat error comes
# through the OpenAI middleware as HTTP 500, type api_error. json_object becomes
# format "json"; the "schema" key is ignored.
OLLAMA = Refusal(
    "ollama", 500,
    lambda rf: _type_of(rf) == "json_schema",
    lambda rf: {"error": {"message": "invalid JSON schema in format", "type": "api_error", "param": None,
                          "code": None}},
)
# text-generation-inference before json_object support: its response_format is
# {"type": "json" | "regex", "value": ...}; anything else fails axum's JSON extractor with
# HTTP 422 and a plain-text body. Only a request without response_format gets through.
TGI = Refusal(
    "text-generation-inference", 422,
    lambda rf: rf is not None,
    lambda rf: ("Failed to deserialize the JSON body into the target type: response_format: "
                + ("missing field `value`" if rf.get("type") == "json_object" else
                   f"unknown variant `{rf.get('type')}`, expected `json` or `regex`")
                + " at line 1 column 212"),
)


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


def prompt_items(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The pattern lines of a tier question: JSON objects with an ``id`` and a ``template``."""
    items = []
    for message in body.get("messages", []):
        if message.get("role") != "user":
            continue
        for line in str(message.get("content", "")).splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    item = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(item, dict) and "id" in item and "template" in item:
                    items.append(item)
    return items


def _suggested(pattern: dict[str, Any]) -> float:
    rate = pattern.get("suggested_rate")
    return 1.0 if rate is None else float(rate)


class FakeOpenAI(LocalServer):
    """See the module docstring."""

    def __init__(self, *, default: Behaviour = "good", refuses: Refusal | None = None) -> None:
        super().__init__()
        self.default = default
        self.refuses = refuses
        self.requests: list[dict[str, Any]] = []
        self._script: deque[Behaviour] = deque()

    def script(self, *behaviours: Behaviour) -> None:
        self._script.extend(behaviours)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def prompts(self) -> list[str]:
        """Every message text of every request, for asserting what left the process."""
        return [str(m.get("content", "")) for body in self.requests for m in body.get("messages", [])]

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._completions)

    async def _completions(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        response_format = body.get("response_format")
        if self.refuses is not None and self.refuses.refuses(response_format):
            error = self.refuses.error(response_format)
            if isinstance(error, str):
                return web.Response(status=self.refuses.status, text=error, content_type="text/plain")
            return web.json_response(error, status=self.refuses.status)
        behaviour = self._script.popleft() if self._script else self.default
        if isinstance(behaviour, Status):
            kind = "rate_limit_error" if behaviour.status == 429 else "server_error"
            return _error(behaviour.status, behaviour.message, kind)
        if isinstance(behaviour, Sleep):
            try:
                await asyncio.wait_for(self.stopping.wait(), behaviour.seconds)
            except TimeoutError:
                pass
            behaviour = behaviour.then
        patterns = prompt_patterns(body)
        content = self._content(behaviour, patterns, body)
        finish_reason = "stop"
        if behaviour == "truncated":
            content, finish_reason = content[: len(content) // 2], "length"
        prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
        usage = {"prompt_tokens": prompt_chars // 4, "completion_tokens": len(content) // 4}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        return web.json_response({
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": finish_reason, "logprobs": None}],
            "usage": usage,
        })

    def _content(self, behaviour: Behaviour, patterns: list[dict[str, Any]], body: dict[str, Any]) -> str:
        def rules(rate: Callable[[dict[str, Any]], float], reason: str = "fake model") -> list[dict]:
            return [{"service": p["service"], "pattern_id": p["pattern_id"], "rate": rate(p),
                     "reason": f"{reason}: {p['records_per_interval']} records/interval"} for p in patterns]

        if isinstance(behaviour, Text):
            return behaviour.content
        if isinstance(behaviour, Tiers):
            return json.dumps({"tiers": [{"id": item["id"], "tier": behaviour.tier(item),
                                          "reason": behaviour.reason} for item in prompt_items(body)]})
        if isinstance(behaviour, Rules):
            return json.dumps({"rules": rules(behaviour.rate, behaviour.reason)})
        if behaviour in ("good", "truncated"):
            return json.dumps({"rules": rules(_suggested, "fake model follows the suggestion")})
        if behaviour == "fenced_in_prose":
            answer = json.dumps({"rules": rules(_suggested, "fake model follows the suggestion")}, indent=2)
            return f"Here is the policy:\n\n```json\n{answer}\n```\n\nEach rate follows the suggestion."
        if behaviour == "two_objects":
            example = {"service": "checkout", "pattern_id": "...", "rate": 0.25, "reason": "..."}
            answer = json.dumps({"rules": rules(_suggested)})
            return f"A rule looks like {json.dumps(example)}. The policy: {answer}"
        if behaviour == "conflicting":
            first = rules(_suggested)
            return json.dumps({"rules": [*first, {**first[0], "rate": 1.0 if first[0]["rate"] < 1 else 0.5}]})
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
