"""The sampling policy document: what generators write, the store keeps and the hot path compiles.

JSON on the wire and on disk (YAML accepted on input). See docs/policy-format.md. The
guarantees (rates within [min_rate, 1], no drop of severe records, bounded steps) are
enforced by ``otlp_sampler.policy.guards`` on every policy, whoever wrote it; this
module only checks the shape.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class PolicyError(ValueError):
    """A policy document that cannot be used; the message says why, ``problems`` lists each
    problem of its shape (one per wrong key)."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems if problems is not None else [message]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GeneratorInfo(_Model):
    kind: Literal["heuristic", "llm", "manual", "rollback", "file"] = "manual"
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: float | None = None
    fallback_reason: str | None = None  # set when an LLM answer was refused and the heuristic used
    rollback_of: int | None = None  # set on kind "rollback": the version whose rules were restored


class PatternRule(_Model):
    template: str = ""
    rate: float = Field(ge=0, le=1)
    max_per_second: float | None = Field(default=None, gt=0)
    reason: str = ""


class ServicePolicy(_Model):
    default_rate: float | None = Field(default=None, gt=0, le=1)
    patterns: dict[str, PatternRule] = Field(default_factory=dict)


class Estimate(_Model):
    records_in_per_s: float = 0.0
    records_out_per_s: float = 0.0
    bytes_in_per_s: float = 0.0
    bytes_out_per_s: float = 0.0
    reduction: float = 0.0  # of bytes, 0..1
    cost_per_month_in: float = 0.0
    cost_per_month_out: float = 0.0


class PolicyDocument(_Model):
    version: int = Field(default=0, ge=0)  # assigned by the store; 0 = not stored yet
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    generator: GeneratorInfo = GeneratorInfo()
    target_reduction: float | None = Field(default=None, ge=0, lt=1)
    default_rate: float | None = Field(default=None, gt=0, le=1)
    services: dict[str, ServicePolicy] = Field(default_factory=dict)
    estimate: Estimate | None = None

    def rule_for(self, service: str, pattern_id: str) -> PatternRule | None:
        service_policy = self.services.get(service)
        return service_policy.patterns.get(pattern_id) if service_policy else None

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)


def parse_policy(text: str | bytes | dict[str, Any]) -> PolicyDocument:
    """Parse JSON or YAML text (or an already-parsed mapping) into a document, or raise PolicyError."""
    data = load_policy_data(text)
    try:
        return PolicyDocument.model_validate(data)
    except ValidationError as exc:
        problems = shape_problems(exc)
        raise PolicyError(f"invalid policy: {'; '.join(problems[:10])}", problems) from None


def load_policy_data(text: str | bytes | dict[str, Any]) -> dict[str, Any]:
    """The mapping a policy text holds (JSON or YAML), before its shape is checked."""
    if isinstance(text, dict):
        data: Any = text
    else:
        if isinstance(text, bytes):
            text = text.decode("utf-8", errors="replace")
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError as exc:
                raise PolicyError(f"policy is neither JSON nor YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PolicyError("a policy must be a mapping with version, services, ...")
    return data


def shape_problems(error: ValidationError) -> list[str]:
    """One readable line per wrong key: its dotted path, what is wrong, the value given."""
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "policy"
        if item["type"] == "extra_forbidden":
            problems.append(f"{where}: unknown key")
        elif item["type"] == "missing":
            problems.append(f"{where}: required")
        else:
            given = repr(item.get("input"))
            given = given if len(given) <= 60 else given[:57] + "..."
            problems.append(f"{where}: {item['msg']} (got {given})")
    return problems


def well_formed_part(data: dict[str, Any], *, rounds: int = 20) -> PolicyDocument | None:
    """The document ``data`` makes once every key with a wrong shape is removed (a rule whose
    rate is missing or wrong goes whole), so its other rules can still be checked; None when
    nothing is left that parses."""
    data = copy.deepcopy(data)
    for _ in range(rounds):
        try:
            return PolicyDocument.model_validate(data)
        except ValidationError as exc:
            for item in exc.errors():
                loc = list(item["loc"])
                if item["type"] == "missing":
                    loc = loc[:-1]  # a rule without its rate: drop the rule
                if not loc or not _remove(data, loc):
                    return None
    return None


def _remove(data: Any, loc: list[Any]) -> bool:
    *parents, last = loc
    for key in parents:
        if not isinstance(data, dict) or key not in data:
            return True  # already gone with an ancestor
        data = data[key]
    if isinstance(data, dict):
        data.pop(last, None)
        return True
    return False
