"""The tier question: a batch of new patterns put to the model, and the reading of its answer.

The prompt is ``prompts/tiers_system.md`` and ``prompts/tiers_user.md``. Each pattern is
one JSON line with a short id (``p1``, ``p2``... : a small model copies those better than
hex ids), its service, template, up to ``MAX_EXAMPLES`` examples and its most severe level;
everything taken from logs is redacted (``policy_generator.llm.redact``) and quoted as
untrusted data the way the policy prompt quotes it (``prompts.untrusted``). The anchors of
``tier_guard.py`` sit among the patterns at places that depend on the batch, so a model
cannot learn where they are. The answer is read with ``answer.extract_json`` and checked
against :data:`TIER_SCHEMA`: one entry per id shown, each id once.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from string import Template
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from otlp_sampler.config import PolicyGeneratorConfig
from otlp_sampler.meaning import Tier
from otlp_sampler.policygen.answer import LLMFailure, extract_json
from otlp_sampler.policygen.prompts import load_prompt, untrusted
from otlp_sampler.policygen.tier_guard import ANCHORS, Anchor, Candidate
from otlp_sampler.redact import redact

MAX_EXAMPLES = 2
MAX_EXAMPLE_CHARS = 240
MAX_TEMPLATE_CHARS = 300
# The answer's token budget: an entry is ~20 tokens besides its reason, and a reason under a
# grammar (GRAMMAR_REASON_CHARS) may cost a token per character: a weak model pads it.
GRAMMAR_REASON_CHARS = 48
TOKENS_PER_ITEM = 24 + GRAMMAR_REASON_CHARS
TOKENS_OVERHEAD = 60

TIERS = [tier.value for tier in Tier]
TIER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "tiers": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "tier": {"type": "string", "enum": TIERS},
                    "reason": {"type": "string"},
                },
                "required": ["id", "tier", "reason"],
                "additionalProperties": False,
            },
        }
    },
    "required": ["tiers"],
    "additionalProperties": False,
}


class TierEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    tier: Tier
    reason: str


class TierAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tiers: list[TierEntry]


@dataclass(frozen=True, slots=True)
class Question:
    """One batch: the messages, and what each id shown stands for."""

    messages: list[dict[str, str]]
    items: dict[str, Candidate | Anchor]

    @property
    def max_tokens(self) -> int:
        return TOKENS_PER_ITEM * len(self.items) + TOKENS_OVERHEAD

    def schema(self, mode: str) -> dict[str, Any]:
        """The answer's schema; for ``json_object_schema`` (llama.cpp's grammar) the ids are
        pinned, in order, so a small model only writes tiers and reasons."""
        if mode != "json_object_schema":
            return TIER_SCHEMA
        entry = TIER_SCHEMA["properties"]["tiers"]["items"]
        return {**TIER_SCHEMA, "properties": {"tiers": {"type": "array", "items": False, "prefixItems": [
            {**entry, "properties": {
                "id": {"const": item_id},
                "tier": {"type": "string", "enum": TIERS},
                "reason": {"type": "string", "minLength": 1, "maxLength": GRAMMAR_REASON_CHARS},
            }} for item_id in self.items]}}}


def build_question(candidates: list[Candidate], generator: PolicyGeneratorConfig) -> Question:
    """The question about ``candidates`` (one batch), with anchors placed among them."""
    clean = (lambda text: untrusted(redact(text))) if generator.llm.redact else untrusted
    shown: list[Candidate | Anchor] = list(candidates)
    digest = hashlib.blake2b("\n".join(c.pattern_id for c in candidates).encode(), digest_size=8).digest()
    highs = [a for a in ANCHORS if a.high]
    lows = [a for a in ANCHORS if not a.high]
    chosen: list[Anchor] = []
    for number, pool in enumerate((highs, highs, lows, lows)):  # two of each side, never the same twice
        left = [a for a in pool if a not in chosen]
        chosen.append(left[digest[number] % len(left)])
    for number, anchor in enumerate(chosen):
        shown.insert(digest[4 + number] % (len(shown) + 1), anchor)
    items: dict[str, Candidate | Anchor] = {}
    lines = []
    for index, item in enumerate(shown, start=1):
        item_id = f"p{index}"
        items[item_id] = item
        level = item.max_severity if isinstance(item, Candidate) else ("ERROR" if item.high else "INFO")
        row = {
            "id": item_id,
            "service": clean(item.service),
            "template": clean(item.template)[:MAX_TEMPLATE_CHARS],  # redact first: a cut secret may not match
            "examples": [clean(e)[:MAX_EXAMPLE_CHARS] for e in item.examples[:MAX_EXAMPLES]],
            "level": level,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    user = Template(load_prompt("tiers_user.md")).substitute(
        count=len(items), patterns="\n".join(lines), schema=json.dumps(TIER_SCHEMA))
    messages = [{"role": "system", "content": load_prompt("tiers_system.md")},
                {"role": "user", "content": user}]
    return Question(messages, items)


def read_answer(content: str, question: Question, *, truncated: bool = False) -> dict[str, tuple[Tier, str]]:
    """``{id: (tier, reason)}`` for every id of ``question``, or LLMFailure (``no_json``,
    ``invalid_json``, ``ambiguous_json``, ``truncated``, ``schema``, ``unknown_pattern``,
    ``missing``, ``conflicting_rules``)."""
    try:
        data = extract_json(content)
    except LLMFailure as failure:
        if truncated and failure.reason in ("no_json", "invalid_json"):
            raise LLMFailure("truncated", f"the answer hit the token limit ({failure.detail})") from None
        raise
    if isinstance(data, list):  # a bare array of entries
        data = {"tiers": data}
    try:
        answer = TierAnswer.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        raise LLMFailure("schema", f"{exc.error_count()} problem(s), e.g. {where}: {first['msg']}") from None
    found: dict[str, tuple[Tier, str]] = {}
    for entry in answer.tiers:
        if entry.id not in question.items:
            raise LLMFailure("unknown_pattern", f"the answer names {entry.id[:20]!r}, which was not shown")
        if entry.id in found and found[entry.id][0] is not entry.tier:
            raise LLMFailure("conflicting_rules", f"{entry.id} is given tiers {found[entry.id][0].value} "
                                                  f"and {entry.tier.value}")
        found.setdefault(entry.id, (entry.tier, entry.reason))
    missing = [item_id for item_id in question.items if item_id not in found]
    if missing:
        raise LLMFailure("missing", f"{len(missing)} of {len(question.items)} patterns not judged, "
                                    f"e.g. {missing[0]}")
    return found
