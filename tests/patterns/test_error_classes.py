"""error_classes.py's properties of a wrong label and its programs' rounds (invented lines)."""

from __future__ import annotations

import pathlib

from tests.patterns.error_classes import _round_of, one_word_apart, properties, word_values


def _entry(kind: str, label: str, a: str, b: str, ta: str, tb: str = "") -> dict:
    return {"kind": kind, "label": label, "pair": (a, b, ta, tb), "lines": 4, "file": "x", "round": "r1"}


def test_a_value_in_words_kept_as_words_by_one_template() -> None:
    entry = _entry("split/count/end/value", "Skipped shard <*>: <*>",
                   "Skipped shard 4: quota left unset", "Skipped shard 9: lost",
                   "Skipped shard <*>: quota left unset", "Skipped shard <*>: <*>")
    assert properties(entry) == ["value in words"]


def test_a_value_in_words_masked_by_both_templates_is_not_the_property() -> None:
    entry = _entry("split/count/end/value", "Skipped shard <*>: <*>",
                   "Skipped shard 4: quota left unset", "Skipped shard 9: lost",
                   "Skipped <*> <*>: <*>", "Skipped shard <*>: <*>")
    assert properties(entry) == []


def test_one_word_apart_and_a_label_word_folded() -> None:
    split = _entry("split/one-length/k1", "Polling <*> queue", "Polling amber queue", "Polling teal queue",
                   "Polling amber queue", "Polling teal queue")
    assert properties(split) == ["one word apart"]
    merged = _entry("merged/one-length", "Widget opened", "Widget opened", "Widget closed", "Widget <*>")
    assert properties(merged) == ["label word folded"]


def test_a_message_swallowed_after_a_label_colon() -> None:
    merged = _entry("merged/count", "frob core: spline reticulated twice",
                    "frob core: spline reticulated twice", "frob core: no spline", "frob core: <*>")
    assert properties(merged) == ["message swallowed"]


def test_keys_and_values_and_several_lines() -> None:
    keyed = _entry("merged/identical", "Tick <*>", 'Tick {"a":1}', 'Tick {"a":2}', "Tick {<*>}")
    assert properties(keyed) == ["keys and values"]
    logfmt = _entry("merged/identical", "Tick", "a=1 b=2 c=3 Tick", "a=4 b=5 c=6 Tick", "<*> Tick")
    assert properties(logfmt) == ["keys and values"]
    lines = _entry("merged/identical", "Dump <*>", "Dump\n  first", "Dump\n  second", "Dump <*>")
    assert properties(lines) == ["several lines"]


def test_the_round_of_a_set_file() -> None:
    assert _round_of(pathlib.Path("/sets/r20/s1/prog_2k.log_structured.csv")) == "r20"
    assert _round_of(pathlib.Path("/data/loghub/Apache_2k.log_structured.csv")) == "loghub"


def test_two_labels_one_word_apart() -> None:
    assert one_word_apart("Bus add rule: <*>", "Bus remove rule: <*>") == ("Bus", "add", "remove", "rule:")
    assert one_word_apart("Started", "Stopped | 2xx") == ("^", "Started", "Stopped", "$")
    assert one_word_apart("Bus add rule: <*>", "Bus <*> rule: <*>") is None  # (a value on one side)
    assert one_word_apart("Bus add rule: <*>", "Bus add new rule: <*>") is None  # (another length)
    assert one_word_apart("a b c", "x b y") is None  # (two words apart)


def test_a_labels_own_one_word_values() -> None:
    lines = ["op add oui 3 at 'north'", "op remove oui 4 at 'south'", "op add oui 5 at 'north'"]
    assert word_values("op <*> oui <*> at '<*>'", lines) == [
        ("op", ["add", "remove"], "oui"), ("oui", ["3", "4", "5"], "at"), ("at", ["north", "south"], "$")]
    # (a value glued to a word is no word of its own; a value in words is no one-word value)
    assert word_values("id=<*> said <*>", ["id=1 said hi there", "id=2 said bye now"]) == []
