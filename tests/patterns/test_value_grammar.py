"""The message-value grammar of ``corpus/value_grammar.py`` around a small fixed set of invented
call sites: each kind of value (integers, sizes and durations with units, ids, addresses,
paths, texts, error texts, key=value runs, JSON, lists, terms, times...) re-filled into one
placeholder of each call site may cost little grouping accuracy against the messages as they
were. The bench (``python tests/patterns/corpus/value_grammar.py DIR``) measures the same on
real call sites; this keeps what it found fixed. A kind that still loses more is in ``_KNOWN``
with why (strict: fixing one shows)."""

from __future__ import annotations

import random

import pytest

from tests.patterns.corpus.value_grammar import KINDS, Score, place_of, refill, score, site_of

_MARGIN = 0.05  # of the baseline filling's GA, per kind
_BATCH = 512  # the proxy's path: the rows are one batch
_NAMES = ["alice", "bob", "carol", "dave", "erin"]


def _n(r: random.Random) -> str:
    return str(r.randint(1, 9999))


def _name(r: random.Random) -> str:
    return r.choice(_NAMES)


# Invented call sites, each a template and its placeholders' baseline values: the value at the
# line's end, in its middle, quoted, bracketed, after a key's '=' or ':', at its start.
_SITES = [
    ("Started server on port <*>", [_n]),
    ("Failed to open <*>: permission denied", [lambda r: f"/var/lib/app/{_n(r)}.db"]),
    ("Cache stats: hits=<*> misses=<*>", [_n, _n]),
    ("User <*> logged in from <*>", [_name, _n]),
    ("Flushing <*> records to disk", [_n]),
    ("scheduler: registered periodic job: job=<*>", [_name]),
    ("[<*>] Ignoring redelivery timeout", [_name]),
    ("Loaded plugin '<*>' in <*> ms", [_name, _n]),
    ("Shutting down worker pool; <*> tasks pending", [_n]),
    ("Session <*> expired", [_n]),
    ("Invalid configuration value for key timeout: <*>", [_n]),
    ("Received <*> messages from <*>, <*> dropped", [_n, _name, _n]),
    ("Reloading configuration", []),
    ("Snapshot (<*>) written", [_n]),
    ("<*> joined the cluster", [_name]),
    ("Backup of \"<*>\" finished", [_name]),
]
_LINES = 10


def _rows() -> list[tuple[str, str]]:
    rng = random.Random(20)
    work = [site for site in range(len(_SITES)) for _ in range(_LINES)]
    rng.shuffle(work)
    rows = []
    for site in work:
        template, fills = _SITES[site]
        pieces = template.split("<*>")
        filled = (fill(rng) + piece for fill, piece in zip(fills, pieces[1:], strict=True))
        message = pieces[0] + "".join(filled)
        rows.append((message, template))
    return rows


_ROWS = _rows()
_BASE: Score = score(_ROWS, None, "fixed", _BATCH)
_WORD_LIKE = ("a value that reads as a word (letters alone: a user 'ubuntu', a file 'CURRENT', a base36 id "
              "with no digit, a dotted class name) stays a word where its call site's other values are "
              "masked; before a comma those fold with the next value as a list ('<*>, <*>'), the word does "
              "not: two patterns")
_WORDS_IN_BRACKETS = ("a value of a varying count of words in round or square brackets ('(connection reset "
                      "by peer)', '[git fetch --prune origin]', a Go list '[a b c]'): read word by word, a "
                      "pattern per text (batch.read_text reads such a run only where it ends the text)")
# Kinds that still cost more than the margin, and why.
_KNOWN: dict[str, str] = {
    "base36": _WORD_LIKE,
    "user": _WORD_LIKE,
    "path": _WORD_LIKE,
    "class:java": _WORD_LIKE,
    "id:prefixed": ("an id with a kind's stem masks in two shapes: 'tx_<*>' where its random part opens with "
                    "a digit, '<*>' whole otherwise (docs: tried and left, lighttpd's code locations)"),
    "text:spaced": _WORDS_IN_BRACKETS,
    "err:plain": _WORDS_IN_BRACKETS,
    "err:go": _WORDS_IN_BRACKETS,
    "err:java": _WORDS_IN_BRACKETS,
    "err:python": _WORDS_IN_BRACKETS,
    "list:go": _WORDS_IN_BRACKETS,
    "sql": _WORDS_IN_BRACKETS,
    "command": _WORDS_IN_BRACKETS + "; after a key's '=' at the end, its options are read as words",
    "path:windows": ("a windows path whose names hold spaces ('C:\\Program Files (x86)\\x.dll') masks up to the "
                     "first space; reading the spaced names cost the masking's scan +3.9 % of the Loghub sample's "
                     "instructions (round 20: docs/patterns.md, tried and not kept)"),
}


@pytest.mark.parametrize("kind", [
    pytest.param(kind, marks=[pytest.mark.xfail(reason=_KNOWN[kind], strict=True)] if kind in _KNOWN else [])
    for kind in KINDS])
def test_every_kind_of_value_keeps_the_grouping(kind: str) -> None:
    assert _BASE.ga == pytest.approx(1.0)
    assert score(_ROWS, kind, "fixed", _BATCH).ga >= _BASE.ga - _MARGIN


def test_known_losses_are_kinds() -> None:
    assert set(_KNOWN) <= set(KINDS)


def test_places_of_placeholders() -> None:
    assert site_of("a key=<*> b").places == ("after =",)
    assert site_of("[<*>] x '<*>' at <*>.").places == ("bracketed", "quoted", "end")
    assert site_of("<*> joined, from: <*> now").places == ("start", "after :")
    # glued to a word, a path, a unit or another placeholder: never re-filled
    assert site_of("<*>:<*> to /<*> took <*>ms").places == (None, None, None, None)
    assert place_of("x <*> y", 2, 5) == "middle"


def test_a_call_site_fixes_its_form_and_a_record_its_values() -> None:
    """The grammar's promise: one call site's keys of a struct stay; the values vary."""
    rows = [("Loaded job=alice", "Loaded job=<*>")] * 8
    lines, refilled = refill(rows, "kv:equals", "x")
    assert refilled == {"Loaded job=<*>": "after = at end"}
    keys = {tuple(part.split("=")[0] for part in line.split()[1:]) for line in lines}
    assert len(keys) == 1 and len(set(lines)) > 1
