"""Memory stays flat under a stream of unique garbage: every structure is capped."""

from __future__ import annotations

import random
import string

import psutil

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.miner import DEFAULT_CACHE_SIZE
from otlp_sampler.patterns.shapes import MAX_SHAPES


def _garbage(rng: random.Random, words: list[str], count: int):
    for index in range(count):  # the index makes each message unique
        text = " ".join(rng.choices(words, k=rng.randint(3, 14)))
        yield f"{text} {rng.getrandbits(48):x} {rng.choice(words)}{index}"


def test_200k_unique_random_messages_keep_the_miner_under_its_caps():
    rng = random.Random(20240601)
    words = ["".join(rng.choices(string.ascii_lowercase + string.ascii_uppercase, k=rng.randint(3, 10)))
             for _ in range(20_000)]
    miner = PatternMiner("garbage", max_patterns=5000)
    process = psutil.Process()
    rss = {}
    for count, message in enumerate(_garbage(rng, words, 200_000), start=1):
        miner.add(message)
        if count % 25_000 == 0:
            sizes = miner.sizes()
            assert sizes["patterns"] <= 5000
            assert sizes["shapes"] <= MAX_SHAPES * 5000
            assert sizes["cache_entries"] <= 4 * DEFAULT_CACHE_SIZE
            rss[count] = process.memory_info().rss
    # Flat: the last 75k messages add next to nothing (a leak of even 80 bytes a message
    # would show as 6 MB). Before that the allocator is still taking arenas for the caches'
    # generations as they turn over (up to some 110k messages, depending on what ran before
    # in the process), which is not growth.
    assert rss[200_000] - rss[125_000] < 6 * 1024 * 1024, rss
    assert len(miner) <= 5000
