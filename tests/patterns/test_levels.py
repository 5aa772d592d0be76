"""A stream's level field, learned (levels.LevelPlaces): a level word where the stream prints
its level is no failure announced, and what follows it is the message. Made-up heads."""

from __future__ import annotations

import random

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import fold_system_errors
from otlp_sampler.patterns.levels import _LEVEL_LETTERS, _LEVEL_WORDS, LevelPlaces, _level_by_regex, _level_in
from otlp_sampler.patterns.masking import BRACKETED_LEVEL_LETTERS


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


def test_a_head_field_of_names_and_values_is_one_place():
    # the field before the level prints a name (main), a name with a value in it (node-12,
    # masked <*>) or dotted words (db.replica): one place, learned from any two levels there
    places = LevelPlaces()
    assert places.read("unit <*> ERROR    store - x") == -1
    assert places.read("unit main TRACE    store - y") == len("unit main TRACE")
    assert places.read("unit db.replica ERROR    store - z") == len("unit db.replica ERROR")
    assert places.read("unit <*> ERROR    store - z") == len("unit <*> ERROR")
    # values alone before the level stay a place of their own, read from the first record
    assert places.read("<*> <*> ERROR    store - z") == len("<*> <*> ERROR")
    # a head's own bars are marks like any (a word before the level: learned from two levels)
    assert places.read("| relay | ERROR | sync x") == -1
    assert places.read("| relay | DEBUG | sync x") == len("| relay | DEBUG")


def test_call_sites_after_a_head_field_of_names_and_values_keep_their_patterns():
    # the first records' field holds a value (node-<n>); a trace from a named unit makes the
    # place the level field, and each error call site after it keeps its own pattern (the
    # first ones used to fold the whole message into one `unit <*> ERROR <*>` that caught
    # every later error)
    ids = _ids([
        "unit node-1 ERROR    store - Failed to open the journal",
        "unit main TRACE    store - Opened segment 4",
        "unit node-2 ERROR    store - Failed to open the journal",
        "unit node-3 ERROR    sync - Lost the lease on shard 7",
        "unit node-4 ERROR    sync - Lost the lease on shard 9",
    ])
    assert ids[0] == ids[2]
    assert ids[3] == ids[4]
    assert ids[0] != ids[3]


def test_an_os_error_after_its_code_is_one_value_before_the_message():
    # C's "%d: %s - %s" (errno, strerror, the message): one call site prints any errno
    ids = _ids([
        "[w1] ERROR store - 111: Connection refused - Failed to sync the journal",
        "[w2] ERROR store - 13: Permission denied - Failed to sync the journal",
        "[w3] ERROR store - 28: No space left on device - Failed to sync the journal",
        "[w4] ERROR store - 13: Permission denied - Failed to rotate the journal",
        "[w5] ERROR store - 24: Too many open files - Failed to rotate the journal",
    ])
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] == ids[4]
    assert ids[0] != ids[3]
    # the OS's text whole, up to a separator; not the program's words that start like it
    assert fold_system_errors("store - <*>: Connection refused - retry") == "store - <*>: <*> - retry"
    kept = "store - <*>: Connection refused by policy - retry"  # (masked texts)
    assert fold_system_errors(kept) == kept
    # in brackets a code and its message stay as they are (one value in tokens)
    assert fold_system_errors("connect() failed (<*>: Connection refused) while reading").endswith(
        "(<*>: Connection refused) while reading")


def test_a_level_and_its_colon_after_a_name_open_the_message():
    # a function's name that says a failure, its colon, then the message's own level label:
    # the message follows, no cause of an operation (each event keeps its pattern)
    ids = _ids([
        "io.c(707) bypassFailure: Warning: bypass failed to stop the reader",
        "io.c(707) bypassFailure: Warning: lease lost on the journal shard",
        "io.c(707) bypassFailure: Warning: bypass failed to stop the reader",
    ])
    assert ids[0] == ids[2] != ids[1]
    # a wrapped error's own lower-case error: is no label (the cause still folds)
    wrapped = _ids(["open config: error: file missing", "open config: error: permission bits wrong"])
    assert wrapped[0] == wrapped[1]
    # nor is an error's text after a word of prose (JS's Error: <message> as a cause)
    texts = _ids(["Could not update project, error: Error: Request failed with status code 502",
                  "Could not update project, error: Error: socket hang up on the upstream"])
    assert texts[0] == texts[1]


def test_level_in_is_the_level_regex() -> None:
    words = [*sorted(_LEVEL_WORDS), "errors", "log_error", "infos", "warnings", "er", "debu", "x", "w", "e", "d"]
    marks = [*" <>*_-.:[]()=/é0\t", "<*>", ""]
    rng = random.Random(7)
    for word in words:
        for before in marks:
            for after in marks:
                text = before + word + after
                assert _level_in(text) == _level_by_regex(text), text
    for _ in range(20000):
        text = "".join(rng.choice([*words, *marks]) for _ in range(rng.randrange(0, 10)))
        assert _level_in(text) == _level_by_regex(text), repr(text)


def test_the_bracketed_level_letters_are_the_ones_the_head_reads():
    # one set of a level's letters alone in brackets: levels spells it out lower-cased (a
    # literal, which the compiled build inlines), masking holds it for templates.record_header
    assert sorted(_LEVEL_LETTERS) == sorted(letter.lower() for letter in BRACKETED_LEVEL_LETTERS)


def test_a_levels_letter_in_its_own_brackets_is_the_records_level():
    # `<request id> [W] <message>` (a one-letter level in brackets, [%.1l]): the bracket is the
    # record's level, not an error's class before its cause, so two warning call sites whose
    # messages say a failure keep their own patterns (they were one, `<*> [W] <*>`)
    ids = _ids([
        "3fa9 [I] Started request handling",
        "b81c07 [W] Unable to find IP range on the server for subnet 10.0.0.1",
        "c2 [W] Unable to find IP range on the server for subnet 10.0.0.7",
        "7d0e [W] Invalid CSR",
        "e4f01 [D] We already got the same record - skipping",
        "a9 [W] Unable to find IP range on the server for subnet 10.0.3.1",
        "51 [W] Invalid CSR",
    ])
    assert ids[1] == ids[2] == ids[5]
    assert ids[3] == ids[6]
    assert len({ids[1], ids[3], ids[4]}) == 3


def test_a_bracketed_letter_glued_to_a_name_is_no_level():
    places = LevelPlaces()
    assert places.read("items[i] = <*>") == -1
    assert places.read("[w] first") == len("[w")


def test_the_places_compiled_pass_is_the_regexes_substitutions(monkeypatch) -> None:
    # levels._head_shape (compiled: one pass) gives _WORDS' and _SPACES' substitutions of a head
    # (a word of units joined by dots or dashes one mark, a run of Unicode whitespace one space),
    # _marks_end _MARKS_AFTER's end, and _place the same place either way; each fails with a
    # unit, a joiner, a whitespace class or the mark's letter test left out
    from otlp_sampler.patterns import levels

    rng = random.Random(61)
    pieces = ["a", "Z", "_", "<*>", "<", "*", ">", ".", "-", " ", "  ", "\t", "\x1c", "\u2003", "\x85",
              "\xa0", "é", "1", "[", "]", ":", "|", "="]
    for _ in range(50_000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        mark = "w" if levels._A_WORD.search(head) else "v"
        expected = levels._SPACES.sub(" ", levels._WORDS.sub(mark, head))
        assert levels._head_shape(head) == expected, head
        at = rng.randint(0, len(head))
        assert levels._marks_end(head, at) == levels._MARKS_AFTER.match(head, at).end(), (head, at)
        text = head + rng.choice(["error", "WARN", "info"]) + "".join(
            rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        start = len(head)
        end = start + (5 if text[start] == "e" else 4)
        monkeypatch.setattr(levels, "COMPILED_HERE", True)
        compiled = levels._place(text, start, end)
        monkeypatch.setattr(levels, "COMPILED_HERE", False)
        assert compiled == levels._place(text, start, end), text
    for code in range(0x3100):
        assert levels._space_at(chr(code), 0) is chr(code).isspace(), code


def test_a_level_in_its_own_angle_brackets_is_the_records_level():
    # `name[<pid>] <LEVEL>: <message> [function@file:line]` (a logrus formatter's head): the
    # bracketed level is the record's, as `[ERROR]` is, not a failure announced with its cause
    # after it, so two error call sites keep their own patterns (they were one, `app[<*>] <ERROR <*>`)
    records = [("INFO", "mount point /jfs is ready"), ("WARNING", "mget inodes: context canceled"),
               ("ERROR", "mknod /dev/fuse: already exists"), ("ERROR", "Corrupt value for inode 1272 chunk index 50"),
               ("ERROR", "mknod /dev/fuse: permission denied"), ("ERROR", "Corrupt value for inode 8 chunk index 230"),
               ("ERROR", "mknod /dev/fuse: no such device")]
    angled = _ids([f"app[2873] <{level}>: {text}" for level, text in records])
    squared = _ids([f"app[2873] [{level}] {text}" for level, text in records])
    for ids in (angled, squared):
        assert ids[4] == ids[6] and ids[3] == ids[5]  # one call site each, its causes folded
        assert len({ids[3], ids[4]}) == 2
    places = LevelPlaces()
    assert places.read("<error>: x") == len("<error")
    assert places.read("a<error>: x") == -1  # glued to a name: no field of its own


def test_the_remembered_head_tokens_are_the_heads_tokens() -> None:
    # LevelField.token reads a head's tokens from levels._HEAD_TOKENS (a stream's few masked
    # heads, remembered by text across fields and miners, cleared when full): each level's
    # token is the one read from the head split anew, over random heads that repeat and
    # overflow the bound; fails with the head remembered by its length or its level's end
    from otlp_sampler.patterns import levels
    from otlp_sampler.patterns.tokens import tokens as split_tokens

    def token_anew(end: int, masked: str, tokens: list[str]) -> int:
        head = split_tokens(masked[:end])[0]
        level = len(head) - 1
        if 0 < level <= len(tokens) and tokens[level - 1] != head[level - 1]:
            level -= 1
        return level

    levels._HEAD_TOKENS.clear()
    rng = random.Random(29)
    pieces = ["<*>", " ", "[", "]", ":", "-", "|", "main", "app.Worker", "_", "=", '"', "(", ")", "1"]
    heads = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
             for _ in range(levels.MAX_HEADS + 200)]
    for _ in range(12_000):
        level = rng.choice(["ERROR", "warn", "[I]", "<info>", "Debug"])
        masked = rng.choice(heads) + level + rng.choice([" ", ": ", "] ", " - "]) + rng.choice(
            ["Failed to open <*>: no such file", "started", "x"])
        end = masked.index(level) + len(level)
        tokens = split_tokens(masked)[0]
        assert levels.LevelField(end, masked).token(tokens) == token_anew(end, masked, tokens), masked
        assert len(levels._HEAD_TOKENS) <= levels.MAX_HEADS
    levels._HEAD_TOKENS.clear()
