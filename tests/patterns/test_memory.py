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


def test_texts_that_open_with_a_time_share_the_masked_cache_and_its_cap():
    # Unique texts of a few call sites (their words are values the masker keeps), half of
    # them opening with a time: the masked-text cache keys those apart (miner._masked_key)
    # but holds both in one cache, so the miner's caches stay within two caches' worth (the
    # exact-text one and the masked-text one, two generations each), whatever the mix.
    rng = random.Random(20261204)
    letters = "ghijklmnopqrstuvwxyz"  # (no hex digit: a word of these is no id)
    cache_size = 256
    miner = PatternMiner("timed", cache_size=cache_size)
    for index in range(6_000):
        worker, job = ("".join(rng.choices(letters, k=8)) for _ in range(2))
        text = f"worker {worker} finished job {job}"
        if index % 2:
            text = f"2026-12-04 13:{index % 60:02d}:{index % 59:02d} {text}"
        miner.add(text)
        if index % 1_000 == 999:
            assert miner.sizes()["cache_entries"] <= 4 * cache_size
    assert len(miner) < 10  # a few patterns: the texts were cached, not sent to the catch-all
