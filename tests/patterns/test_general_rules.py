"""The rules added after validating on log families the first rules were not written from.

Each test uses messages written for it, shaped like the general case the rule is about,
and checks both sides: what must now merge, and a near miss that must stay apart.
"""

from __future__ import annotations

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.masking import mask, tokens


def _one_pattern(*messages: str) -> bool:
    miner = PatternMiner()
    return len({miner.add(m) for m in messages}) == 1


def test_a_value_with_a_bracketed_second_form_is_one_value():
    # sizes with their human form, addresses with their resolved name, present or not
    plain = "peer 10.0.0.1:80 closed, 0 bytes sent, 17 bytes received"
    annotated = "peer 10.0.0.2:80 closed, 2048 bytes (2 KB) sent, 4100000 bytes (3.9 MB) received"
    mixed = "peer 10.0.0.3:80 closed, 5 bytes sent, 9000 bytes (8.8 KB) received"
    assert tokens(mask(plain))[0] == tokens(mask(annotated))[0] == tokens(mask(mixed))[0]
    assert _one_pattern(plain, annotated, mixed)
    assert tokens(mask("lookup 10.0.0.1 () done"))[0] == tokens(mask("lookup 10.0.0.1 [7] done"))[0]
    # a word before the brackets is a call or a name, not a value: the brackets stay
    assert tokens(mask("called init(3) twice"))[0] == ["called", "init", "(", "<*>", ")", "twice"]


def test_a_dotted_field_in_camel_case_before_a_number_is_not_a_host_and_port():
    assert mask("layout.scrollOffset:180, row:2") == "layout.scrollOffset:<*>, row:<*>"
    assert mask("layout.scrollOffset:-1, row:0") == "layout.scrollOffset:<*>, row:<*>"
    # real host names with a port still are one value, local ones in mixed case too
    assert mask("dial cache-2.prod.example.com:6379 ok") == "dial <*> ok"
    assert mask("dial Build-Mac.local:22 ok") == "dial <*> ok"
    assert _one_pattern("layout.scrollOffset:180, row:2", "layout.scrollOffset:-1, row:0")
    assert not _one_pattern("layout.scrollOffset:180, row:2", "layout.headerHeight:180, row:2")
