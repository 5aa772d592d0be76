"""Redaction of log text (prompts, stored examples, upstream errors) and of URLs shown."""

from __future__ import annotations

import pytest

from otlp_sampler.redact import luhn_valid, mask_url, mask_urls, redact, scrub
from tests.secrets_corpus import INNOCENT, SECRETS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail alice.smith+tag@mail.example.co.uk now", "mail <email> now"),
        ("from 10.0.0.12 at 12:34:56", "from <ip> at 12:34:56"),
        ("peer 255.255.255.255:443.", "peer <ip>:443."),
        ("peer fe80::1ff:fe23:4567:890a port 22", "peer <ip> port 22"),
        ("loopback ::1 and 2001:db8::8a2e:370:7334", "loopback <ip> and <ip>"),
        ("Authorization: Bearer abcDEF123456.xyz-_~", "Authorization: Bearer <token>"),
        ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sflKxwRJSMeKKF2QT4fwpM", "jwt <jwt>"),
        ("key sk-proj-Abcdefghijklmnopqrstuvwx1234", "key <api-key>"),
        ("aws AKIAIOSFODNN7EXAMPLE used", "aws <api-key> used"),
        ("gh ghp_abcdefghijklmnopqrstuvwxyz0123456789", "gh <api-key>"),
        ("password=hunter2 retry", "password=<secret> retry"),
        ('{"api_key": "abc123xyz", "n": 1}', '{"api_key": "<secret>", "n": 1}'),
        ("digest 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "digest <hex>"),
        ("card 4111 1111 1111 1111 ok", "card <card> ok"),
        ("card 5500-0000-0000-0004", "card <card>"),
    ],
)
def test_secrets_and_personal_data_are_replaced(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "order 1234567890123 shipped",  # 13 digits failing the Luhn check
        "block blk_-6952295868487656571 size 67108864",  # ids from real logs (HDFS)
        "version 1.2.3.4.5 released",
        "at 2024-05-01 12:34:56 took 35 ms",
        "mac aa:bb:cc:dd:ee:ff",
        "GET /health 200",
    ],
)
def test_ordinary_text_survives(text):
    assert redact(text) == text


def test_luhn():
    assert luhn_valid("4111111111111111")
    assert luhn_valid("79927398713")
    assert not luhn_valid("4111111111111112")


def test_a_secret_cut_by_the_prompt_length_limit_is_still_redacted():
    """Redaction comes before truncation: a cut email no longer looks like one and would leak."""
    from otlp_sampler.analyze.analysis import analyze
    from otlp_sampler.analyze.volume import VolumePicture
    from otlp_sampler.analyze.window import StatsWindow, severity_bucket
    from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
    from otlp_sampler.policygen.prompts import MAX_EXAMPLE_CHARS, build_messages

    local = "alice.smith"
    example = "x" * (MAX_EXAMPLE_CHARS - len(local) - 4) + f" to {local}@example.com"
    window = StatsWindow(started=0.0)
    stats = window.stats_for("svc", "0123456789abcdef", "mail to <*>")
    stats.records = stats.bytes = 10
    stats.severities[severity_bucket(9)] = 10
    stats.examples = [example]
    window.ended = 60.0
    analysis = analyze(VolumePicture.from_window(window, keep_severity=13, interval=60.0), [])
    messages = build_messages(analysis, list(analysis.volumes.patterns.values()), suggested={}, previous={},
                              sampling=SamplingConfig(), generator=PolicyGeneratorConfig(), schema={})
    prompt = "\n".join(m["content"] for m in messages)
    assert local not in prompt


@pytest.mark.parametrize(("url", "masked"), [
    ("redis://:hunter2@cache:6379/0", "redis://***@cache:6379/0"),
    ("postgres://admin:hunter2@db/app", "postgres://***@db/app"),
    ("https://token-as-user@git.example/repo", "https://***@git.example/repo"),
    ("https://eu.i.posthog.com/i/v1/logs?token=phc_x#frag", "https://eu.i.posthog.com/i/v1/logs?…"),
    ("http://[::1]:8080/v1", "http://[::1]:8080/v1"),
    ("http://u:p@[::1]:8080/v1", "http://***@[::1]:8080/v1"),
    ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"),
    ("http://host:notaport/x", "***"),
])
def test_mask_url(url, masked):
    assert mask_url(url) == masked


def test_mask_urls_walks_a_whole_configuration():
    tree = {"store": {"url": "redis://:pw@h/0"}, "list": ["x", "amqp://u:pw@q/"], "n": 3, "s": "plain"}
    assert mask_urls(tree) == {"store": {"url": "redis://***@h/0"}, "list": ["x", "amqp://***@q/"],
                               "n": 3, "s": "plain"}


@pytest.mark.parametrize(("line", "parts"), SECRETS, ids=[line[:40] for line, _ in SECRETS])
def test_no_secret_of_the_corpus_survives(line, parts):
    redacted = redact(line)
    for part in parts:
        assert part not in redacted, redacted


@pytest.mark.parametrize("line", INNOCENT)
def test_innocent_lines_of_the_corpus_stay_as_they_are(line):
    assert redact(line) == line


@pytest.mark.parametrize(("text", "expected"), [
    ("connecting to postgres://admin:hunter2@db", "connecting to postgres://<credentials>@db"),
    ("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", "aws_secret_access_key=<secret>"),
    ("key -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\n-----END EC PRIVATE KEY----- loaded",
     "key <private-key> loaded"),
    ("ssn 536-22-4918", "ssn <ssn>"),
    ("hook https://hooks.slack.com/services/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 sent",
     "hook <webhook-url> sent"),
    ("max_tokens=4096 token: expired", "max_tokens=4096 token: expired"),
])
def test_the_strings_of_issue_14(text, expected):
    assert redact(text) == expected


def test_scrub_removes_known_secrets_flattens_lines_and_caps_length():
    text = "denied for Bearer abc-KNOWN-9\nFAKE LOG LINE " + "x" * 1000
    clean = scrub(text, known=["abc-KNOWN-9"], limit=80)
    assert "KNOWN" not in clean and "\n" not in clean and len(clean) == 80 and clean.endswith("…")
