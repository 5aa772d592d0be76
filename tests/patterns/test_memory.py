"""Every structure of the miner is capped under a stream of unique garbage.

RSS over 200k such messages is measured, not asserted here:
``python tests/benchmarks/memory.py --scenario miner`` (docs/performance.md).
"""

from __future__ import annotations

import random
import string

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.miner import DEFAULT_CACHE_SIZE
from otlp_sampler.patterns.shapes import MAX_SHAPES


def _garbage(rng: random.Random, words: list[str], count: int):
    for index in range(count):  # the index makes each message unique
        text = " ".join(rng.choices(words, k=rng.randint(3, 14)))
        yield f"{text} {rng.getrandbits(48):x} {rng.choice(words)}{index}"


def test_unique_random_messages_keep_the_miner_under_its_caps():
    rng = random.Random(20240601)
    words = ["".join(rng.choices(string.ascii_lowercase + string.ascii_uppercase, k=rng.randint(3, 10)))
             for _ in range(20_000)]
    cap = 300
    miner = PatternMiner("garbage", max_patterns=cap)
    for count, message in enumerate(_garbage(rng, words, 20_000), start=1):
        miner.add(message)
        if count % 5_000 == 0:
            sizes = miner.sizes()
            assert sizes["patterns"] <= cap
            assert sizes["shapes"] <= MAX_SHAPES * cap
            assert sizes["cache_entries"] <= 4 * DEFAULT_CACHE_SIZE
    assert len(miner) == cap  # the cap was reached, and held
