"""spelled: the characters and words a piece of the masking pattern matches, read from the
pattern (the compiled scan's cheap tests use them instead of copies)."""

from __future__ import annotations

import re

import pytest

from otlp_sampler.patterns import masking, spelled


def test_words_are_what_the_piece_matches_whole() -> None:
    assert spelled.words(r"(?:ya?ml|c|cc|jpe?g)") == {"yaml", "yml", "c", "cc", "jpg", "jpeg"}
    # an assertion's refusals hold: the words are judged by the regex itself
    two = spelled.words(r"(?:com|(?!(?:id|in)\b)[a-z]{2})")
    assert "com" in two and "io" in two and "id" not in two and "in" not in two and len(two) == 676 - 2 + 1
    with pytest.raises(ValueError):
        spelled.words(r"[a-z]+")  # (unbounded)


def test_characters_are_the_class_under_ascii() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    assert spelled.characters(r"[\w.-]") == set(letters + letters.upper() + "0123456789_.-")
    with pytest.raises(ValueError):
        spelled.characters(r"[^a]")  # (holds every character beyond ASCII)


def test_the_scan_reads_the_patterns_own_words() -> None:
    # the file extensions, domains and path characters the scan tests are the pattern's
    assert {"log", "yaml", "yml", "tar", "gz"} <= masking._FILE_EXT_WORDS
    assert "id" not in masking._TLD_WORDS and "io" in masking._TLD_WORDS
    assert {"com", "net", "org", "edu", "gov", "mil", "int"} == masking._GTLD_WORDS
    # and each character's classes are the pattern's classes
    for c in range(128):
        in_path_name = bool(masking._SCAN_BITS[c] & masking._IN_PATH_NAME)
        assert in_path_name == (chr(c) in "%@.~+$*-_" or chr(c).isalnum())
        assert bool(masking._SCAN_BITS[c] & masking._IN_DOTTED_RUN) == (chr(c) in "_.+$-" or chr(c).isalnum())


def test_first_characters_are_where_a_match_may_start() -> None:
    assert spelled.first_characters(r"(?:[\d.@]|/x)") == set("0123456789.@/")
    assert spelled.first_characters(r"(?:ab|c?d)") == {"a", "c", "d"}
    # (assertions are not read: the set may hold more than the regex starts with, never less)
    assert spelled.first_characters(r"(?=a)[ab]") == {"a", "b"}
    ascii_ = {chr(c) for c in range(128)}
    assert spelled.first_characters(r"[^\w\s]") == ascii_ - spelled.characters(r"[\w\s]")
    with pytest.raises(ValueError):
        spelled.first_characters(r"a?")  # (may match the empty text)


def test_the_scans_sets_are_read_from_the_pieces_the_pattern_uses() -> None:
    # each set the scan tests is read from a named piece (spelled), which must be the piece
    # the pattern itself uses where the scan mirrors it: a piece written again inline, then
    # edited, would leave the scan's set behind
    source = masking._MASK_SOURCE
    assert "(?<!" + masking._GLUED + ")" + masking._PLAIN_WORD in source  # the token start
    assert "(?!" + masking._NO_VALUE_MARKS in masking._PLAIN_WORD
    assert ")" + masking._LETTER + "++" in masking._PLAIN_WORD
    assert "(?<=" + masking._QUOTES + ")" in source  # where a quoted value opens
    assert "[A-Za-z-]*+" + masking._WORD_GOES_ON + ")" in source
    assert "::(?=" + masking._HEX_DIGIT + ")" in source and r"\[(?=" + masking._HEX_DIGIT + "*:)" in source
    assert "(?:" + masking._LABEL + r"++\.){2,}" in source and masking._LABEL + r"++\.(?:com|" in source
    assert masking._FILE_LABEL + r"++(?:\." + masking._FILE_LABEL + r"++)*\.(?:exe|" in source
    assert "<[A-Z]" + masking._CLASS_NAME_CHAR + "*+ " in source
    # an absolute path's names and its words after a space (the scan's _path_end)
    assert r"~?(?:/" + masking._PATH_NAME + r"+(?:(?: (?!" in source
    assert r"[\s/])" + masking._PATH_WORD + r"+){1,3}(?=/))?){2,}" in source
    assert " )" + masking._PATH_WORD + r"+){1,3}\.(?:exe|" in source
    assert "(?<!" + masking._GLUED + ")msg=" in masking._not_after_message_key("{}=")  # a bare key
    # a hexadecimal digit spelled otherwise in the pattern is the same class
    for spelling in {*re.findall(r"\[0-9(?:a-fA-F|A-Fa-f)\]", source)}:
        assert spelled.characters(spelling) == masking._HEX
    # and the classes read so are what they were written as by hand
    for c in map(chr, range(128)):
        expected = (1 if c.isalpha() else 2 if c.isdigit() or c == "_" else 3 if c in ".-"
                    else 5 if c in "\"'`" else 4 if c in " )(,;{}|!&^#*@]?" else 0)
        assert masking._PREFIX_CLASS[ord(c)] == expected, c
    assert set("0123456789.@:\\$[/") == masking._AFTER_DASHES
    assert set("0123456789abcdefABCDEF") == masking._HEX
    assert set(" \t\n\v\f\r") == masking._WHITESPACE
