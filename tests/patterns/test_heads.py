"""heads.Head: a stream's record head learned from its first records (an experiment)."""

from otlp_sampler.patterns.heads import SAMPLES, Head
from otlp_sampler.patterns.miner import PatternMiner
from otlp_sampler.patterns.templates import kinds_of
from otlp_sampler.patterns.tokens import tokens


def _learned(lines: list[str]) -> Head:
    head = Head()
    for line in lines:
        token_list = tokens(line)[0]
        head.observe(token_list, kinds_of(token_list))
    return head


def test_a_bracketed_level_and_thread_is_a_head() -> None:
    lines = [f"[{level}] [worker-{n}] {word} job {n} done"
             for n, (level, word) in enumerate(zip(["INFO", "WARN"] * SAMPLES,
                                                   ["started", "stopped", "queued"] * SAMPLES, strict=False))]
    head = _learned(lines[:SAMPLES])
    assert head.learned and head.length > 0


def test_a_shared_first_word_is_no_head() -> None:
    # plain words differing at the start: the message starts there, no head
    lines = [f"{word} job {n} done" for n, word in
             zip(range(SAMPLES), ["started", "stopped", "queued"] * SAMPLES, strict=False)]
    head = _learned(lines)
    assert head.learned and head.length == 0


def test_off_by_default_and_on_groups_the_same_event() -> None:
    lines = [f"[INFO] [w-{n}] upload of part {n} finished" for n in range(3 * SAMPLES)]
    for learn in (False, True):
        miner = PatternMiner(learn_head=learn)
        assert len({miner.add(line) for line in lines}) == 1
