"""A stream's level field, learned (levels.LevelPlaces): a level word where the stream prints
its level is no failure announced, and what follows it is the message. Made-up heads."""

from __future__ import annotations

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.levels import LevelPlaces


def _ids(messages: list[str]) -> list[str]:
    miner = PatternMiner()
    return [miner.add(m) for m in messages]


def test_a_level_where_the_stream_prints_levels_is_no_failure():
    # the head [<n>]~<level> - is in no rule; two levels seen there make it the level field,
    # and each error call site keeps its own pattern (it was one, `[<*>]~error - <*>`)
    ids = _ids([
        "[17]~info - Pool: worker started",
        "[18]~warn - Pool: queue is long",
        "[19]~error - Pool: could not open segment: disk full",
        "[20]~error - Pool: could not open segment: permission denied",
        "[21]~error - Cache: lost the lease on shard",
        "[22]~error - Cache: lost the lease on shard",
        "[23]~error - Journal: replay stopped",
    ])
    assert ids[2] == ids[3]  # one call site, its causes folded in the message
    assert ids[4] == ids[5]
    assert len({ids[2], ids[4], ids[6]}) == 3  # three call sites


def test_one_level_seen_after_a_word_is_not_yet_a_level_field():
    # (masked texts, as the miner gives them: a word before the level, so it must be learned)
    places = LevelPlaces()
    assert places.read("relay <*> ERROR  sync - x") == -1
    assert places.read("relay <*> ERROR  sync - y") == -1  # the same level again
    assert places.read("relay <*> DEBUG  sync - z") == len("relay <*> DEBUG")
    assert places.read("relay <*> ERROR  sync - z") == len("relay <*> ERROR")


def test_a_level_after_the_head_values_alone_is_read_from_the_first_record():
    assert LevelPlaces().read("[<*>]~error - Pool: x") == len("[<*>]~error")
    assert LevelPlaces().read("error (pool): x") == len("error")


def test_a_sentence_that_opens_with_a_level_word_is_no_level_field():
    places = LevelPlaces()
    assert places.read("Error reading config: no such file") == -1
    assert places.read("Info about the node: ready") == -1
    assert places.read("Error reading config: bad header") == -1


def test_a_bare_level_stream_keeps_one_pattern_per_call_site():
    # error: / warning: alone, causes that vary: one pattern per call site, as before
    ids = _ids([
        "error: dial failed: connection refused",
        "warning: retrying in a moment",
        "error: dial failed: timed out",
        "error: dial failed: no route to host",
        "error: read failed: unexpected end of file",
        "warning: retrying in a moment",
        "error: read failed: connection reset by peer",
    ])
    assert ids[0] == ids[2] == ids[3]
    assert ids[4] == ids[6]
    assert ids[0] != ids[4]


def test_a_level_glued_to_the_word_after_it_is_no_level_field():
    # a level that opens a compound name or a field the head's rules read is no level field
    places = LevelPlaces()
    assert places.read("[Error-Store.Backend-Rename]: Rename failed: <*>") == -1
    assert places.read("[Information-Store.Backend-Put]: Put <*>") == -1
    assert places.read("error(pool): x") == -1
