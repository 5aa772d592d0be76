"""Reading the model's answer: what is accepted around the JSON, and what is refused with which reason."""

from __future__ import annotations

import json

import pytest

from otlp_sampler.policygen.answer import LLMFailure, parse_answer

RULE = {"service": "checkout", "pattern_id": "9c1f0e2a4b7d3e10", "rate": 0.25, "reason": "routine"}
ANSWER = json.dumps({"rules": [RULE]})


@pytest.mark.parametrize(
    "content",
    [
        ANSWER,
        f"  \n{ANSWER}\n",
        f"```json\n{ANSWER}\n```",
        f"```\n{ANSWER}\n```",
        f"Here is the policy:\n```json\n{ANSWER}\n```\nI sampled the health checks hardest.",
        f"The policy: {ANSWER} Rates follow the suggestions [1].",
        json.dumps([RULE]),  # a bare array of rules
        json.dumps({"rules": [{**RULE, "rate": "0.25"}]}),  # a number written as a string
    ],
    ids=["bare", "whitespace", "fence", "fence-without-tag", "fence-in-prose", "prose-around",
         "bare-array", "string-number"],
)
def test_accepted_forms_read_the_same_rule(content):
    answer = parse_answer(content)
    assert [rule.model_dump() for rule in answer.rules] == [RULE]


@pytest.mark.parametrize(
    ("content", "reason", "detail"),
    [
        ("I would sample the health checks at 1%.", "no_json", "no JSON object"),
        ("", "no_json", "no JSON object"),
        ('{"rules": [{"service": "a", "pattern_id": "b", "rate": 0.5, "reason": "r"},]}', "invalid_json",
         "Expecting value"),  # a trailing comma: repairing it could hide a lost rule
        ("{'rules': []}", "invalid_json", "property name"),
        ('{"rules": [{"service": "a", "pattern_id": "b", "rate": NaN, "reason": "r"}]}', "invalid_json",
         "NaN is not JSON"),
        ('{"rules": [] // none\n}', "invalid_json", "delimiter"),
        (f'For example {json.dumps(RULE)}; the answer: {ANSWER}', "ambiguous_json", "more than one"),
        (f"{ANSWER}\n{ANSWER}", "ambiguous_json", "more than one"),
        ('{"rules": [{"service": "a", "pattern_id": "b", "rate": 1.5, "reason": "r"}]}', "schema",
         "rules.0.rate"),
        ('{"rules": [{"service": "a", "pattern_id": "b", "rate": 0.5}]}', "schema", "rules.0.reason"),
        ('{"policy": []}', "schema", "rules"),
        ('[1, 2]', "schema", "rules.0"),
    ],
    ids=["prose-only", "empty", "trailing-comma", "single-quotes", "nan", "comment", "example-then-answer",
         "twice", "rate-above-one", "no-reason", "wrong-key", "array-of-numbers"],
)
def test_refused_forms_say_why(content, reason, detail):
    with pytest.raises(LLMFailure) as caught:
        parse_answer(content)
    assert caught.value.reason == reason
    assert detail in caught.value.detail


def test_an_answer_cut_at_the_token_limit_is_called_truncated():
    cut = ANSWER[: len(ANSWER) // 2]
    with pytest.raises(LLMFailure) as caught:
        parse_answer(cut, truncated=True)
    assert caught.value.reason == "truncated" and "token limit" in caught.value.detail
    with pytest.raises(LLMFailure) as caught:
        parse_answer(cut)
    assert caught.value.reason == "invalid_json"
    # A complete answer is used even when the server says it stopped at the limit.
    assert parse_answer(ANSWER, truncated=True).rules[0].rate == 0.25
