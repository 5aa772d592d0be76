"""Importance tiers from what a template's words say: critical, important, routine, noise.

Severity is how loud a record is; the tier is what it is about. ``login failed for user
<*>`` logged at INFO is about security, ``cache hit for key <*>`` at any level is chatter.
:func:`classify` reads a template with the built-in rules below and returns the tier and
the words that decided it; :class:`Classifier` puts the user's ``sampling.importance.rules``
(words or regexes per tier, per service) before them. Deterministic, local, one call per
template. The rules and how a tier weighs in sampling: docs/patterns.md § Importance tiers,
docs/policy-format.md § The heuristic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from otlp_sampler.config import ImportanceConfig, ImportanceRuleConfig


class Tier(StrEnum):
    CRITICAL = "critical"
    IMPORTANT = "important"
    ROUTINE = "routine"
    NOISE = "noise"


RANK = {Tier.CRITICAL: 3, Tier.IMPORTANT: 2, Tier.ROUTINE: 1, Tier.NOISE: 0}

_W = r"(?:\W+\w+){0,3}?\W+"  # up to three words between two that belong together
_CREDENTIAL = (r"(?:log[ -]?ins?|logons?|sign[ -]?ins?|passwords?|passphrases?|credentials?|"
               r"authenticat\w*|otp|mfa|2fa)")
_SECRET = r"(?:tokens?|signatures?|jwts?|api[ _-]?keys?|csrf)"
_EXPIRING = (r"(?:certificates?|certs?|tls|ssl|licen[cs]es?|tokens?|passwords?|keys?|credentials?|"
             r"subscriptions?|domains?|trials?|accounts?)")
# After a word that is a setting's key (``timeout=30s``, ``"expires_in": 3600``), not an event.
_NOT_A_KEY = r"(?![\w\"]*[ \t]*=|\w*\"[ \t]*:)"

# (tier, topic, alternatives): every rule is a property of logs in general; stems and word
# boundaries matter (``lost`` is not ``lostness``, ``token`` alone is not security).
_RULES: tuple[tuple[Tier, str, tuple[str, ...]], ...] = (
    (Tier.CRITICAL, "security", (
        rf"\b{_CREDENTIAL}{_W}(?:fail\w*|denied|rejected|invalid|incorrect|unsuccessful)\b",
        rf"\b(?:fail\w*|invalid|unsuccessful|bad|wrong|incorrect|rejected){_W}{_CREDENTIAL}\b",
        r"\b(?:denied|forbidden|unauthori[sz]ed|unauthenticated|locked out)\b",
        r"\b(?:invalid|unknown) (?:users?|usernames?)\b(?! (?:input|data|agent|interface))",
        rf"\b(?:accounts?|users?|logins?){_W}locked\b",
        rf"\b(?:invalid|revoked|malformed|forged|tampered|bad|unverified){_W}{_SECRET}\b",
        rf"\b{_SECRET}{_W}(?:invalid|revoked|rejected|tampered|mismatch\w*)\b",
        r"\b(?:brute[ -]?force|intrusion|privilege escalation|sql injection)\b",
    )),
    (Tier.CRITICAL, "data integrity", (
        r"\b(?:corrupt\w*|data loss|inconsisten\w*|dropped|dropping)\b",
        r"(?<!connection )\blost\b(?! (?:connection|contact|leadership))",
        r"\b(?:checksums?|hash|crc|digests?)\W+mismatch\w*",
    )),
    (Tier.IMPORTANT, "money", (
        r"\b(?:payments?|paid|refund\w*|charges|chargebacks?|invoic\w*|billing|payouts?)\b",
        r"(?<!in )\bcharged?\b",
    )),
    (Tier.IMPORTANT, "availability", (
        r"\b(?:circuit[ -]?breakers?|fail[ -]?overs?|failed over|unavailable|degraded|unreachable)\b",
        r"\b(?:unhealthy|overload\w*|throttl\w*|rate[ -]?limit\w*|backpressure|out of memory)\b",
        r"\b(?:no space left|disk full|lost connection|connection lost|retr(?:y|ying|ied|ies))\b",
        r"\b(?:time[ -]?outs?|timed[ -]?out)\b" + _NOT_A_KEY,  # an event, not timeout=30s
    )),
    (Tier.IMPORTANT, "expiry", (
        rf"\b{_EXPIRING}{_W}expir\w*{_NOT_A_KEY}",
        rf"\bexpir\w*{_NOT_A_KEY}{_W}{_EXPIRING}\b",
        r"\b(?:will|about to) expire\b",
    )),
    (Tier.IMPORTANT, "deprecation", (
        r"\b(?:deprecat\w*|end[ -]of[ -]life|no longer supported|will be removed)",
    )),
    (Tier.NOISE, "health check", (
        r"\b(?:health[ -]?checks?|healthz|readyz|livez|healthy|(?:liveness|readiness) probes?)\b",
    )),
    (Tier.NOISE, "heartbeat", (r"\b(?:heart[ -]?beats?|keep[ -]?alives?|ping|pong)\b",)),
    (Tier.NOISE, "cache", (
        r"\bcache[ -](?:hit|miss)\w*",
        r"\b(?:hit|miss)(?:ed)? (?:in|from) (?:the )?cache\b",
    )),
    (Tier.NOISE, "polling", (
        r"\b(?:polling|polled|no (?:new |pending )?(?:messages|jobs|tasks|events|work)|nothing to do)\b",
    )),
    (Tier.NOISE, "debug chatter", (
        r"\b(?:entering|leaving|exiting) (?:function|method)\b",
        r"\b(?:enter|exit)(?:ed|ing)? <\*>\(",
    )),
)
# A chatter word next to one of these is not chatter: ``health check failed``.
_NOT_NOISE = re.compile(r"\b(?:fail\w*|errors?|exceptions?|refused|down|crash\w*|panic\w*)\b", re.I)


Rule = tuple[Tier, str, re.Pattern[str]]


def _compiled(rules: Sequence[tuple[Tier, str, tuple[str, ...]]]) -> tuple[Rule, ...]:
    return tuple((tier, topic, re.compile("|".join(either), re.I)) for tier, topic, either in rules)


BUILT_IN = _compiled(_RULES)


def classify(template: str) -> tuple[Tier, str]:
    """The tier of ``template`` by the built-in rules, and why: the topics and words matched
    at that tier (``security: "login failed"``), or an empty reason for ``routine``."""
    found: dict[Tier, dict[str, str]] = {}
    for tier, topic, pattern in BUILT_IN:
        match = pattern.search(template)
        if match is not None:
            topics = found.setdefault(tier, {})
            if topic not in topics:
                topics[topic] = f'{topic}: "{match.group().strip()}"'
    if Tier.NOISE in found and len(found) == 1:
        veto = _NOT_NOISE.search(template)
        if veto is not None:
            first = next(iter(found[Tier.NOISE].values()))
            return Tier.ROUTINE, f'chatter ({first}) that says "{veto.group()}"'
    if not found:
        return Tier.ROUTINE, ""
    tier = max(found, key=RANK.__getitem__)
    return tier, "; ".join(found[tier].values())


class Classifier:
    """:func:`classify` with ``sampling.importance``: the user's rules first, in their order,
    each for every service or one; the first that matches decides the tier. With
    ``enabled: false`` every template is routine."""

    __slots__ = ("_enabled", "_rules")

    def __init__(self, config: ImportanceConfig | None = None) -> None:
        config = config or ImportanceConfig()
        self._enabled = config.enabled
        self._rules = [(index, rule, user_pattern(rule)) for index, rule in enumerate(config.rules)]

    def classify(self, service: str, template: str) -> tuple[Tier, str]:
        if not self._enabled:
            return Tier.ROUTINE, ""
        for index, rule, pattern in self._rules:
            if rule.service is not None and rule.service != service:
                continue
            match = pattern.search(template)
            if match is not None:
                return Tier(rule.tier), f'sampling.importance.rules[{index}]: "{match.group().strip()}"'
        return classify(template)


def tier_weights(config: ImportanceConfig) -> dict[Tier, float]:
    """Each tier's weight in the water-filling: ``sampling.importance.weights``, 1 when off."""
    return {tier: getattr(config.weights, tier.value) if config.enabled else 1.0 for tier in Tier}


def tier_floors(config: ImportanceConfig) -> dict[Tier, float]:
    """Each tier's least rate: ``sampling.importance.floors``, 0 when off."""
    return {tier: getattr(config.floors, tier.value) if config.enabled else 0.0 for tier in Tier}


def user_pattern(rule: ImportanceRuleConfig) -> re.Pattern[str]:
    """A user rule as one regex: its ``regex`` as written, or its ``words`` as whole words
    (a space matches any run of spaces), case-insensitive either way."""
    if rule.regex is not None:
        return re.compile(rule.regex, re.I)
    words = (r"\s+".join(re.escape(part) for part in word.split()) for word in rule.words)
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.I)
