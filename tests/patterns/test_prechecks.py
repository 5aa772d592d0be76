"""The cheap checks that spare a regex the texts it cannot match (causes._may_be_system_error,
templates._names): each must say yes wherever the regex it guards matches, or the guard would
change an answer (docs/patterns.md § Speed)."""

from __future__ import annotations

import random

from otlp_sampler.patterns import causes, templates
from otlp_sampler.patterns.masking import WILDCARD


def _system_error_matches(rest: str) -> bool:
    return bool(causes._SYSTEM_ERROR.match(rest) or causes._GO_EOF.match(rest))


def test_the_system_error_check_passes_every_text_the_regexes_match() -> None:
    rng = random.Random(7)
    texts = [*causes._SYSTEM_ERRORS, "EOF", "unexpected EOF"]
    closers = ['', ')', '")', "']", "`", ")\n", "\n", " (os error " + WILDCARD + ")"]
    matched = 0
    for _ in range(20_000):
        text = rng.choice(texts)
        if rng.random() < 0.5:  # any case, as the (?i) regex reads them
            text = "".join(c.upper() if rng.random() < 0.5 else c for c in text)
        if rng.random() < 0.1:  # letters the engine folds to ASCII ones (ſ: s, K: k, İ: i)
            text = text.replace("s", "ſ", 1).replace("k", "\u212a", 1).replace("i", "İ", 1)
        rest = text + rng.choice(closers) + rng.choice(closers)
        if rng.random() < 0.2:
            rest = rng.choice(["x ", "", "  "]) + rest + rng.choice(["", " more", "."])
        if _system_error_matches(rest):
            matched += 1
            assert causes._may_be_system_error(rest), rest
    assert matched > 5_000  # (the cases above reach the regexes' matches, not only misses)
    assert not causes._may_be_system_error("connection refused by the peer")
    assert causes._SYSTEM_ERROR_TEXTS.count("|") == len(causes._SYSTEM_ERRORS) - 1


def test_the_name_checks_give_the_regexes_answers() -> None:
    rng = random.Random(11)
    alphabet = "abcXYZ019_.-/$"
    for _ in range(50_000):
        token = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        templates._NAMES.pop(token, None)
        expected = ((templates._IS_QUALIFIED if templates._QUALIFIED.fullmatch(token) else 0)
                    | (templates._IS_CODE_NAME if templates._CODE_NAME.fullmatch(token) else 0)
                    | (templates._IS_HYPHENATED if templates._HYPHENATED.fullmatch(token) else 0))
        assert templates._names(token) == expected, token
