"""The model's answer: its schema, and a parser that reads what weaker models write.

Beyond a bare JSON object, the parser accepts only what cannot be misread: whitespace and
one Markdown code fence around the answer, prose before or after exactly one JSON value,
and a bare array of rules (read as ``{"rules": [...]}``). It refuses, with a counted
reason, everything that would need guessing: several JSON values (which one is the
answer?), JSON that ``json.loads`` refuses (trailing commas, comments, single quotes,
``NaN``), an answer cut short, a rule of the wrong shape. The list and the reasons:
docs/policy-format.md ("Reading the answer").
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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

# The whole answer inside one fence: ```json ... ``` (the language tag is optional).
FENCE = re.compile(r"```[A-Za-z]*[ \t]*\n?(.*?)\n?[ \t]*```", re.DOTALL)
MAX_SHOWN_CHARS = 120


class LLMFailure(Exception):
    """Why an answer was not used; ``reason`` is a bounded metric label."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class LLMRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    service: str
    pattern_id: str
    rate: float = Field(ge=0, le=1)
    reason: str = Field(min_length=1)


class LLMAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[LLMRule]


def parse_answer(content: str, *, truncated: bool = False) -> LLMAnswer:
    """The answer in ``content``, or LLMFailure: ``no_json``, ``invalid_json``, ``ambiguous_json``,
    ``truncated`` (the server stopped at its token limit and the JSON is incomplete) or ``schema``."""
    try:
        data = extract_json(content)
    except LLMFailure as failure:
        if truncated and failure.reason in ("no_json", "invalid_json"):
            raise LLMFailure("truncated", f"the answer hit the token limit ({failure.detail})") from None
        raise
    if isinstance(data, list):  # a bare array of rules: the object around it left out
        data = {"rules": data}
    try:
        return LLMAnswer.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        raise LLMFailure("schema", f"{exc.error_count()} problem(s), e.g. {where}: {first['msg']}") from None


def extract_json(content: str) -> Any:
    """The one JSON object or array in ``content`` (see the module docstring for what is accepted)."""
    text = content.strip()
    fenced = FENCE.fullmatch(text)
    if fenced:
        text = fenced.group(1).strip()
    decoder = json.JSONDecoder(parse_constant=_refuse_constant)
    start = _next_bracket(text, 0)
    if start < 0:
        raise LLMFailure("no_json", f"no JSON object in the answer: {_shown(text)!r}")
    try:
        value, end = decoder.raw_decode(text, start)
    except ValueError as exc:  # JSONDecodeError, or a NaN/Infinity refused by _refuse_constant
        raise LLMFailure("invalid_json", _describe(exc, text)) from None
    # Prose around the value is tolerated; a second JSON value is not: which is the answer?
    rest = _next_bracket(text, end)
    while rest >= 0:
        try:
            other, rest_end = decoder.raw_decode(text, rest)
        except ValueError:
            rest = _next_bracket(text, rest + 1)
            continue
        if _holds_objects(other):
            raise LLMFailure("ambiguous_json", f"the answer holds more than one JSON value, "
                                               f"at char {start} and at char {rest}")
        rest = _next_bracket(text, rest_end)
    return value


def _holds_objects(value: Any) -> bool:
    """An object, or an array of objects: something that could be an answer (``[1]`` in prose is not)."""
    return isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, dict) for v in value))


def _next_bracket(text: str, start: int) -> int:
    positions = [p for p in (text.find("{", start), text.find("[", start)) if p >= 0]
    return min(positions, default=-1)


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


def _describe(exc: ValueError, text: str) -> str:
    if isinstance(exc, json.JSONDecodeError):
        near = text[max(0, exc.pos - 30): exc.pos + 30]
        return f"{exc.msg} at char {exc.pos}, near {near!r}"
    return str(exc)


def _shown(text: str) -> str:
    return text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 3] + "..."
