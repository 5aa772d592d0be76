"""The C lexer (otlp_sampler/patterns/_lexer.c, built by setup.py beside the compiled miner)
gives what the Python it copies gives: ``split`` tokens._split's tokens, whitespace flags and
marks (tokens._TOKEN.findall the oracle of the first two), ``mask_values`` masking's
``_MASK.sub(WILDCARD, text)`` (the pattern the compiled scan stands for), on chosen, random
and hostile texts (every width of str, lone surrogates, NULs, long lines, every ASCII
character) and the Loghub dev sample. Skipped where the extension was not built (a pure
install): there the Python is all there is. docs/patterns.md § Speed, round 37 (speed37b).
"""

from __future__ import annotations

import pathlib
import random

import pytest

from otlp_sampler.patterns import masking, tokens
from tests.patterns.equivalence import _PIECES

lexer = pytest.importorskip("otlp_sampler.patterns._lexer")

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEV_SAMPLE = ROOT.parent / "shared" / "data" / "loghub-dev"

# every character class either scan tells apart, wide characters and what no log holds
_HOSTILE = [*_PIECES, "\x00", "\x1c", "\x85", "\xa0", "\u2003", "日本", "\U0001f600", "\ud800", "\udfff",
            "\x7f", "ÿ", "Ā", "<*", "*>", "<*>", "\\\"", "\\\n", '"msg":"', "msg=\"", "'event': '",
            "http://", "a.com", "x.tar.gz", "/var/log/a.log", "node-[1-4]", "tid_Ab12CDEF", "<0.7.0>",
            "2024-01-02", "10.0.0.1:80", "5 ms", "12.5 GB", "0xdeadbeef", "Http2Codec", "MAX_SIZE",
            "fooBar12", "[object ", "=>", "~/", "<Task ", "GET ", "5xx", "%2F"]
_ASCII = [chr(c) for c in range(128)]


def _split_oracle(text: str) -> tuple[list[str], list[bool], int]:
    """tokens._split's answer by the regex it replaced, its marks read from the tokens: each
    one-character token of a mark (_CLASS 2) adds its bits."""
    pairs = tokens._TOKEN.findall(text)
    cut = [token for _, token in pairs]
    marks = 0
    for token in cut:
        c = ord(token[0])
        if len(token) == 1 and c < 128 and tokens._CLASS[c] == 2:
            marks |= tokens._SPLIT_MARKS[c]
    return cut, [space != "" for space, _ in pairs], marks


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for number in range(count):
        alphabet = (_HOSTILE, _ASCII, _PIECES)[number % 3]
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    return texts


CHOSEN = ["", " ", "<", "<*", "<*>", "a<*>b<*", "\ud800", "x\x00y", "é" * 3000, "a " * 5000, "1" * 4000,
          '"' * 300, "\\" * 301, "[" * 200 + "1", "/a" * 2000, "a.b." * 800, "x" * 300 + ":" + "1" * 9,
          'k="' + "\\\"" * 150 + '"', "http://" + "(" * 500, "<" + "1" * 3000, "tid_" + "A" * 3000,
          '{"msg":"a b" "x":"y"}', "msg=\"x\" y", "a\U0001f600 b=1,c=[2] {d: <*>}"]


@pytest.mark.parametrize("text", CHOSEN)
def test_split_is_the_python_split_on_chosen_texts(text: str) -> None:
    assert lexer.split(text) == _split_oracle(text)
    assert lexer.split(text)[:2] == tokens._split(text)[:2]


@pytest.mark.parametrize("text", CHOSEN)
def test_mask_values_is_the_masking_pattern_on_chosen_texts(text: str) -> None:
    assert lexer.mask_values(text) == masking._MASK.sub(masking.WILDCARD, text)


def test_split_and_mask_values_on_random_and_hostile_texts() -> None:
    for text in _texts(37, 30_000):
        assert lexer.split(text) == _split_oracle(text), repr(text)
        assert lexer.mask_values(text) == masking._MASK.sub(masking.WILDCARD, text), repr(text)
        assert lexer.split(text) == tokens._split(text), repr(text)


def test_split_and_mask_values_on_the_loghub_sample() -> None:
    from tests.patterns.corpus.layouts import labelled_files, labelled_rows

    files = labelled_files(DEV_SAMPLE)
    if not files:
        pytest.skip("the Loghub dev sample is not beside this checkout")
    for path in files:
        for row in labelled_rows(path):
            text = row["Content"]
            masked = masking._MASK.sub(masking.WILDCARD, text)
            assert lexer.mask_values(text) == masked, text
            assert lexer.split(masked) == _split_oracle(masked), masked


def test_the_prechecks_scans_hold_for_the_c_scan(monkeypatch) -> None:
    # test_prechecks' texts for the compiled scan (a url, a quoted value, an absolute path),
    # asked of the C scan in its place
    from tests.patterns import test_prechecks

    monkeypatch.setattr(masking, "_scanned_values", lexer.mask_values)
    test_prechecks.test_the_scans_url_is_the_masking_patterns_match()
    test_prechecks.test_the_scans_quoted_value_is_the_masking_patterns_match()
    test_prechecks.test_the_scans_absolute_path_is_the_masking_patterns_match()


def test_wrong_arguments_raise_and_do_not_crash() -> None:
    for value in (None, b"abc", 3, ["a"]):
        with pytest.raises(TypeError):
            lexer.split(value)
        with pytest.raises(TypeError):
            lexer.mask_values(value)
