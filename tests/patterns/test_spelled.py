"""spelled: the characters and words a piece of the masking pattern matches, read from the
pattern (the compiled scan's cheap tests use them instead of copies)."""

from __future__ import annotations

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
