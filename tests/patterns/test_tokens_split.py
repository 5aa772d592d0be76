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
        assert _split(text) == _split_by_regex(text), text


def test_split_is_the_token_regex_on_random_texts() -> None:
    rng = random.Random(12)
    for _ in range(20000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 24)))
        assert _split(text) == _split_by_regex(text), repr(text)

