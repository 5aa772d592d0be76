"""tokens._split cuts a text as tokens._TOKEN.findall does (the regex it replaces in the
compiled miner's loop): the same tokens, and whitespace before each where the regex's first
group held some."""

from __future__ import annotations

import random

from otlp_sampler.patterns.tokens import _split, _split_by_regex

# every character class the scan tells apart: whitespace of each kind re.ASCII's \s holds,
# whitespace it does not (str.isspace's), each mark that ends a word, the wildcard's parts,
# letters, digits, marks inside words, characters past ASCII
_ALPHABET = list(" \t\n\v\f\r\x1c\x85\xa0\u2003<>=,;:()[]{}|\"'*aZ09_.-/@#é日\U0001f600") + ["<*>"] * 6


def test_split_is_the_token_regex_on_chosen_texts() -> None:
    for text in ["", " ", "a", "<*>", "<*", "<*>>", "a<*>b<*>", "<*><*>", " x=<*>, y= <*> ", "a<*b",
                 "a<*>", "<*>a<*", "**<*>**", "ends with <", "ends with <*", "tab\there", "x\x1cy",
                 'key="<*>" [a:<*>]', "日本 語<*>", "a\u2003b", "<<*>>", "<*><", "a<*>=<*>"]:
        assert _split(text)[:2] == _split_by_regex(text)[:2], text


def test_split_is_the_token_regex_on_random_texts() -> None:
    rng = random.Random(12)
    for _ in range(20000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 24)))
        assert _split(text)[:2] == _split_by_regex(text)[:2], repr(text)



def test_split_reads_the_marks_the_text_holds() -> None:
    # (_split's marks: each mark _fold_values' tests need, as the text's ``in`` tests read it)
    from otlp_sampler.patterns import tokens as t

    def by_tests(text: str) -> int:
        marks = 0
        for chars, mark in (("()", t._SPLIT_ROUND), ("[]", t._SPLIT_SQUARE), ("{}", t._SPLIT_BRACE),
                            (":", t._SPLIT_COLON), ("=", t._SPLIT_EQUALS), (",", t._SPLIT_COMMA),
                            ("|", t._SPLIT_BAR), ('"', t._SPLIT_QUOTE), (")]}", t._SPLIT_CLOSING),
                            ("(", t._SPLIT_OPENING_ROUND), ("[", t._SPLIT_OPENING_SQUARE),
                            ("{", t._SPLIT_OPENING_BRACE)):
            if any(c in text for c in chars):
                marks |= mark
        return marks

    rng = random.Random(35)
    for _ in range(20000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 24)))
        marks = _split(text)[2]
        assert marks == by_tests(text), repr(text)
        assert marks & ~t.ALL_SPLIT_MARKS == 0
    assert _split_by_regex("x")[2] == t.ALL_SPLIT_MARKS


def test_tokens_with_the_splits_marks_are_tokens_with_every_test_made(monkeypatch, ran_in_python) -> None:
    # tokens() as compiled (_split, its marks: _fold_values makes only the tests whose marks
    # the text holds) against tokens() as Python (the regex's split, every test made)
    if ran_in_python:
        return
    from otlp_sampler.patterns import tokens as t

    pieces = ["<*>", "<*>", " ", ", ", ",", ": ", ":", " :", "=", "(", ")", "[", "]", "{", "}", "{:", "[:",
              ":<*>]", ":<*>)", " | ", "|", '"', '"<*>"', "Error(", "Exception(", "SELECT ", "FROM x WHERE ",
              "key", "a_b", "id_ab<*>", "x", "Foo", "1", "-", ".", "/", "\t", "\n", "e", "E ", "T ", "<", ">"]
    rng = random.Random(3535)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14)))
        monkeypatch.setattr(t, "COMPILED_HERE", True)
        compiled = t.tokens(text)
        monkeypatch.setattr(t, "COMPILED_HERE", False)
        assert compiled == t.tokens(text), repr(text)


def test_a_typed_record_folded_at_the_end_leaves_a_list_the_walk_reads_within() -> None:
    # _fold_typed_records walks back from the end and folds ``Type(key=…)`` into one value:
    # a fold at the end shortens the list under the walk's place, whose next look two tokens
    # on must stay within it (these raised IndexError; found by random texts of tokens()'
    # pieces, seed 3536)
    from otlp_sampler.patterns import PatternMiner
    from otlp_sampler.patterns import tokens as t

    for text in ['Exception(Exception(a_b="<*>"x"]', 'Error(Error(k="v"w"]', 'Error(Error(k=<*>)']:
        out, spaced = t.tokens(text)
        assert len(out) == len(spaced) and out, text
        assert PatternMiner().add(text)
    pieces = ["<*>", " ", ", ", ",", "=", "(", ")", "[", "]", '"', '"<*>"', "Error(", "Exception(", "a_b", "x",
              "Foo", "1"]
    rng = random.Random(3536)
    for _ in range(20000):
        t.tokens("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14))))
