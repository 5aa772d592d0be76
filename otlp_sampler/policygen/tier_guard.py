"""The guards on a model's importance tiers: what a verdict may change, and when a whole
batch of them is refused.

A model's tier is data, never trusted. It may raise a pattern's importance freely (the
cost is bytes, and the byte budget still holds), but lower it only within the guards:

- never below the pattern's **severity floor**: a pattern with ERROR or FATAL records is at
  least ``important``, one with WARN records at least ``routine``;
- never below the deterministic tier when that tier came from **security words**
  (``login failed``, ``invalid token``, ...: meaning/tiers.py) — a model that calls them
  noise is wrong or manipulated;
- never at all against the user's ``sampling.importance.rules``: those are a person's word.

Each batch also carries four **anchors**, two on each side: made-up patterns whose tier is
obvious (a failed password check is critical, a declined payment important or critical, a
health check noise or routine). A batch whose answers misjudge an anchor, or put a security
pattern at ``noise``, is refused whole: a model that gets the obvious wrong is not trusted
with the rest. Its patterns stay on their deterministic tier. A model answering at random
still passes about one batch in forty: judge.py's track record covers those.
docs/policy-format.md § Tiers from the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from otlp_sampler.analyze.volume import PatternVolume
from otlp_sampler.meaning import Classifier, Tier
from otlp_sampler.meaning.tiers import RANK

# The least tier a pattern's most severe level allows the model to give it.
SEVERITY_FLOOR = {"FATAL": Tier.IMPORTANT, "ERROR": Tier.IMPORTANT, "WARN": Tier.ROUTINE}
PROTECTED_TOPIC = "security:"  # a deterministic reason naming this topic cannot be lowered
USER_RULE = "sampling.importance.rules["
MAX_REASON_CHARS = 200


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pattern to be judged: what the model is shown of it, and what the guards need."""

    service: str
    pattern_id: str
    template: str
    examples: tuple[str, ...]
    max_severity: str
    tier: Tier  # the deterministic tier: the user's rules, then the built-in words
    reason: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.service, self.pattern_id)

    @classmethod
    def of(cls, volume: PatternVolume, classifier: Classifier) -> Candidate:
        tier, reason = classifier.classify(volume.service, volume.template)
        return cls(volume.service, volume.pattern_id, volume.template, volume.examples, volume.max_severity,
                   tier, reason)

    @property
    def user_rule(self) -> bool:
        return self.reason.startswith(USER_RULE)


@dataclass(frozen=True, slots=True)
class Anchor:
    """A made-up pattern of obvious importance, asked beside the real ones."""

    service: str
    template: str
    examples: tuple[str, ...]
    accepted: frozenset[Tier]  # the answers that are not plainly wrong

    @property
    def high(self) -> bool:
        return Tier.CRITICAL in self.accepted


_SECURITY = frozenset({Tier.CRITICAL})
_MONEY = frozenset({Tier.IMPORTANT, Tier.CRITICAL})
_CHATTER = frozenset({Tier.NOISE, Tier.ROUTINE})
ANCHORS = (
    Anchor("auth", "invalid password for user <*> from <*>",
           ("invalid password for user alice from 10.0.0.7",), _SECURITY),
    Anchor("storage", "checksum mismatch in block <*>: replica data corrupted",
           ("checksum mismatch in block 9921: replica data corrupted",), _SECURITY),
    Anchor("payments", "payment <*> failed: card declined by issuer",
           ("payment pi_3k1 failed: card declined by issuer",), _MONEY),
    Anchor("web", "GET /healthz 200 <*>ms", ("GET /healthz 200 1ms",), _CHATTER),
    Anchor("worker", "heartbeat ok seq=<*>", ("heartbeat ok seq=88123",), _CHATTER),
    Anchor("catalog", "cache hit for key <*>", ("cache hit for key product:1187",), _CHATTER),
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The tier a pattern is sampled on, once judged, and where it came from: ``model`` (the
    model's, within the guards), ``guarded`` (the model's, held at a guard), ``refused`` (its
    batch failed the anchors: the deterministic tier), ``distrusted`` (the deterministic tier:
    too many of the model's recent batches failed the anchors, judge.py), ``failed`` (no
    usable answer after retries; kept in memory only, so a restart asks again)."""

    tier: Tier
    reason: str
    source: str
    model: str | None = None

    def record(self, service: str, pattern_id: str, at: float) -> dict[str, Any]:
        """What the store keeps (JSON-able)."""
        return {"service": service, "pattern_id": pattern_id, "tier": self.tier.value, "reason": self.reason,
                "source": self.source, "model": self.model, "at": at}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Verdict:
        """A stored verdict; raises ValueError for one this version cannot read."""
        try:
            return cls(Tier(record["tier"]), str(record.get("reason", "")),
                       str(record.get("source", "model")), record.get("model"))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not a tier verdict: {exc}") from None


def floor_of(candidate: Candidate) -> tuple[Tier, str]:
    """The least tier the model may give ``candidate``, and why ("" when noise is allowed)."""
    floor, why = SEVERITY_FLOOR.get(candidate.max_severity, Tier.NOISE), ""
    if floor is not Tier.NOISE:
        why = f"it has {candidate.max_severity} records"
    if PROTECTED_TOPIC in candidate.reason and RANK[candidate.tier] > RANK[floor]:
        floor, why = candidate.tier, f"its words say {candidate.reason}"
    return floor, why


def guarded(candidate: Candidate, tier: Tier, reason: str, *, model: str | None) -> Verdict:
    """The model's ``tier`` for ``candidate`` after the guards."""
    said = _one_line(reason)[:MAX_REASON_CHARS] or "no reason given"
    if candidate.user_rule:
        if tier is candidate.tier:
            return Verdict(tier, f"model: {said}", "model", model)
        return Verdict(candidate.tier, f"{candidate.reason} (the model said {tier.value}: {said})", "guarded",
                       model)
    floor, why = floor_of(candidate)
    if RANK[tier] < RANK[floor]:
        why_held = f"held at {floor.value}, {why} (the model said {tier.value}: {said})"
        return Verdict(floor, why_held, "guarded", model)
    return Verdict(tier, f"model: {said}", "model", model)


def anchor_problem(answers: list[tuple[Candidate | Anchor, Tier]]) -> str | None:
    """Why a batch's answers cannot be trusted, or None: an anchor misjudged, or a pattern the
    deterministic rules call a security matter judged noise."""
    for item, tier in answers:
        if isinstance(item, Anchor):
            if tier not in item.accepted:
                return f"the anchor {item.template!r} was judged {tier.value}"
        elif tier is Tier.NOISE and PROTECTED_TOPIC in item.reason:
            return f"{item.template[:80]!r} ({item.reason}) was judged noise"
    return None


def _one_line(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
