"""Importance tiers: what a template's words say, the user's rules over them, and their check at load."""

from __future__ import annotations

import pytest

from otlp_sampler.config import ConfigError, ImportanceConfig, load_config
from otlp_sampler.meaning import Classifier, Tier, classify


@pytest.mark.parametrize(("template", "tier", "topic"), [
    # security and access
    ("login failed for user <*>: invalid password", Tier.CRITICAL, "security"),
    ("failed login for <*> from <*>", Tier.CRITICAL, "security"),
    ("authentication failure; logname= uid=<*>", Tier.CRITICAL, "security"),
    ("permission denied: user <*> may not DELETE <*>", Tier.CRITICAL, "security"),
    ("403 Forbidden for <*>", Tier.CRITICAL, "security"),
    ("unauthorized request to <*>", Tier.CRITICAL, "security"),
    ("account <*> locked after <*> failed attempts", Tier.CRITICAL, "security"),
    ("invalid token for client <*>", Tier.CRITICAL, "security"),
    ("JWT signature mismatch for <*>", Tier.CRITICAL, "security"),
    ("Invalid user <*> from <*> port <*>", Tier.CRITICAL, "security"),
    # data integrity
    ("checksum mismatch in block <*>", Tier.CRITICAL, "data integrity"),
    ("segment <*> is corrupted", Tier.CRITICAL, "data integrity"),
    ("<*> messages lost after broker restart", Tier.CRITICAL, "data integrity"),
    ("replica <*> is inconsistent with primary", Tier.CRITICAL, "data integrity"),
    ("dropped <*> events: buffer full", Tier.CRITICAL, "data integrity"),
    # money
    ("payment refunded for order <*>", Tier.IMPORTANT, "money"),
    ("card charged <*> USD for invoice <*>", Tier.IMPORTANT, "money"),
    ("chargeback opened for <*>", Tier.IMPORTANT, "money"),
    # availability
    ("circuit breaker opened for upstream <*>", Tier.IMPORTANT, "availability"),
    ("failover to replica <*> completed", Tier.IMPORTANT, "availability"),
    ("service <*> unavailable", Tier.IMPORTANT, "availability"),
    ("cluster health degraded", Tier.IMPORTANT, "availability"),
    ("retrying request <*> in <*>", Tier.IMPORTANT, "availability"),
    ("upstream timed out after <*>", Tier.IMPORTANT, "availability"),
    ("lost connection to <*>", Tier.IMPORTANT, "availability"),  # a connection, not data
    # expiry and deprecation
    ("TLS certificate <*> expires in <*> days", Tier.IMPORTANT, "expiry"),
    ("license expired on <*>", Tier.IMPORTANT, "expiry"),
    ("flag --foo is deprecated, use --bar", Tier.IMPORTANT, "deprecation"),
    # noise
    ("cache hit for key <*>", Tier.NOISE, "cache"),
    ("GET /healthz <*>", Tier.NOISE, "health check"),
    ("sent heartbeat to <*>", Tier.NOISE, "heartbeat"),
    ("polling queue <*>: no new messages", Tier.NOISE, "polling"),
    ("entering function <*>", Tier.NOISE, "debug chatter"),
])
def test_what_the_words_say_decides_the_tier(template, tier, topic):
    found, reason = classify(template)
    assert found == tier, reason
    assert reason.startswith(f"{topic}: ") or f"; {topic}: " in reason


@pytest.mark.parametrize("template", [
    "user <*> logged in from <*>",
    "order <*> created for <*>",
    "lostness is a theme of chapter <*>",  # a stem inside a longer word is not the word
    "token <*> created for client <*>",  # a token alone is not security
    "connecting to <*> with timeout=<*>",  # a setting, not a timeout
    '{"timeout":<*>,"host":"<*>"}',
    "token refreshed session=<*> expires_in=<*>",
    "in charge of <*>",
    "acquired lock on table <*>",  # a lock, not an account locked
    "invalid user input in field <*>",
])
def test_routine_words_stay_routine(template):
    assert classify(template) == (Tier.ROUTINE, "")


def test_chatter_that_reports_a_failure_is_not_noise():
    tier, reason = classify("health check failed for <*>")
    assert tier == Tier.ROUTINE
    assert "failed" in reason


def test_the_highest_tier_matched_wins_and_the_reason_quotes_the_words():
    tier, reason = classify("payment <*> failed: card data corrupted")
    assert tier == Tier.CRITICAL
    assert reason == 'data integrity: "corrupted"'


def test_user_rules_come_first_in_their_order_per_service():
    config = ImportanceConfig.model_validate({"rules": [
        {"tier": "noise", "words": ["payment refunded"], "service": "test-harness"},
        {"tier": "critical", "regex": r"fraud score \d+|<\*> flagged"},
        {"tier": "important", "words": ["quota"]},
    ]})
    classifier = Classifier(config)
    assert classifier.classify("test-harness", "payment refunded for order <*>") == \
        (Tier.NOISE, 'sampling.importance.rules[0]: "payment refunded"')
    assert classifier.classify("checkout", "payment refunded for order <*>")[0] == Tier.IMPORTANT  # built-in
    assert classifier.classify("checkout", "order <*> flagged by rules")[0] == Tier.CRITICAL
    assert classifier.classify("checkout", "QUOTA reached for <*>")[0] == Tier.IMPORTANT  # any case
    assert classifier.classify("checkout", "quotas listed")[0] == Tier.ROUTINE  # whole words only


@pytest.mark.parametrize(("rule", "message"), [
    ({"tier": "urgent", "words": ["x"]}, "sampling.importance.rules.0.tier"),
    ({"tier": "noise", "regex": "(unclosed"},
     "sampling.importance.rules.0.regex: not a valid regular expression"),
    ({"tier": "noise", "words": ["x"], "regex": "x"}, "give either words (a list) or regex"),
    ({"tier": "noise"}, "give either words (a list) or regex"),
    ({"tier": "noise", "words": [" "]}, "words must list at least one non-empty word"),
])
def test_a_bad_rule_is_refused_at_load_naming_the_key(tmp_path, rule, message):
    path = tmp_path / "config.yaml"
    import yaml

    path.write_text(yaml.safe_dump({"sampling": {"importance": {"rules": [rule]}}}))
    with pytest.raises(ConfigError) as error:
        load_config(path, environ={})
    assert message in str(error.value)


def test_weights_and_floors_are_checked_at_load(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("sampling:\n  importance:\n    weights: {critical: 0}\n    floors: {noise: 2}\n")
    with pytest.raises(ConfigError) as error:
        load_config(path, environ={})
    text = str(error.value)
    assert "sampling.importance.weights.critical" in text and "sampling.importance.floors.noise" in text
