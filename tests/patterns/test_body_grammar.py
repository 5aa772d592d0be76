"""The structured-body grammar of ``corpus/body_grammar.py`` around the fixed invented call
sites of ``test_layouts.py``: each body a structured logger prints around a call site's
message and its fields (JSON with the message under several keys, in several places, sorted
or not; logfmt; ``key: value`` runs; Monolog's line; a trailing JSON context; Python dicts; Go
structs; Elixir's metadata; MEL's scopes; with per-call-site and per-record fields, optional
fields, nested objects, arrays, quoted numbers, nulls, escapes) may cost little grouping
accuracy against the bare messages, at --batch 512 and one line at a time. The bench
(``python tests/patterns/corpus/body_grammar.py DIR``) measures the same on real call sites;
this keeps what it found fixed. A composition that still loses more is in ``_KNOWN`` with why
(strict: fixing one shows)."""

from __future__ import annotations

import pytest

from tests.patterns.corpus.body_grammar import FORMS, Body, body_ga, compositions
from tests.patterns.test_layouts import _rows

_MARGIN = 0.05  # of the bare messages' GA, per composition
_OPTIONAL = ("a record field present in some records and absent in others (a request-scoped logger's "
             "fields, zap's and slog's fields given or not): another count of tokens, another pattern")
_COLON = ("a message after 'msg: ' inside a 'key: value, ...' run is masked whole as the key's value, to "
          "the next comma: the keys alone decide (read right only where the message opens the line)")
_UNQUOTED_TEXT = ("an error's text printed unquoted among the fields (Go's %+v, 'Error:dial tcp …: refused'; "
                  "Elixir's metadata, 'error=open …'), a varying count of words, or a raw line break; and "
                  "'<nil>' / 'nil' against it")
_GLUED_SCOPE = ("a scope's value glued to its key ('=> user:bob') stays a word where it reads as one: a pattern "
                "per user; a text of words there varies the count")
# Compositions that still cost more than the margin, and why (strict: fixing one shows).
_KNOWN: dict[str, str] = {
    **{Body(form, fields="optional").title(): _OPTIONAL
       for form in ("json", "json-spaced", "logfmt", "colon", "pydict", "elixir-before", "elixir-after",
                    "mel-scopes")},
    # (logfmt's list values, slog's bare `tags=[]` against a quoted `tags="[a b]"`, keep the bare
    # grouping since round 33's r31a: the call site's `caller=<file>:<line>` after the message is
    # kept, masking.keyed_location)
    # (logfmt's 'error=<nil>' against 'error="text"', and Elixir's metadata after the message with a
    # null: an error key's unquoted value is one value since round 31, errtail)
    **{b.title(): _COLON for b in compositions() if b.form == "colon" and b.order != "first"
       and b.fields != "optional"},
    **{Body(form, value=v).title(): _UNQUOTED_TEXT for form in ("gostruct", "elixir-before", "elixir-after")
       for v in ("null", "escapes")
       if (form, v) not in (("elixir-after", "escapes"), ("elixir-before", "escapes"),
                            ("elixir-before", "null"), ("elixir-after", "null"))},
    # (elixir-before's null: its 'error=open …' after the caller's kept location read as one value to the
    # end since round 31, r29err's templates rule)
    # (valueafterkey's key=<*>; before the message, its call sites kept apart by their caller=x.go:n,
    # masking._keyed_head_value since round 29)
    **{Body("mel-scopes", value=v).title(): _GLUED_SCOPE for v in ("nested", "array", "null", "escapes")},
}
_SAMPLE = compositions()
_ROWS = _rows()
_BARE = {size: body_ga(None, _ROWS, "fixed", size) for size in (512, 0)}
# one line at a time: each form's base body (the batch path reads every composition)
_ONE_LINE = [Body(form) for form in FORMS]


def _param(body: Body) -> object:
    reason = _KNOWN.get(body.title())
    return pytest.param(body, id=body.title(),
                        marks=[pytest.mark.xfail(reason=reason, strict=True)] if reason else [])


@pytest.mark.parametrize("body", [_param(b) for b in _SAMPLE])
def test_every_body_keeps_the_bare_grouping_at_512(body: Body) -> None:
    assert _BARE[512] == pytest.approx(1.0)
    assert body_ga(body, _ROWS, "fixed", 512) >= _BARE[512] - _MARGIN - 1e-9


@pytest.mark.parametrize("body", [_param(b) for b in _ONE_LINE])
def test_every_form_keeps_the_bare_grouping_one_line_at_a_time(body: Body) -> None:
    assert _BARE[0] == pytest.approx(1.0)
    assert body_ga(body, _ROWS, "fixed", 0) >= _BARE[0] - _MARGIN - 1e-9


def test_known_losses_are_sampled() -> None:
    assert set(_KNOWN) <= {b.title() for b in _SAMPLE}


def test_a_call_site_fixes_its_keys_and_a_record_its_values() -> None:
    """The grammar's promise: one call site's keys stay (but for optional fields), the values vary."""
    import json
    import random

    from tests.patterns.corpus.body_grammar import compose
    rng = random.Random(1)
    bodies = [json.loads(compose(Body("json"), "Reloading configuration", "site 1", rng)) for _ in range(6)]
    assert len({tuple(b) for b in bodies}) == 1
    assert len({b["time"] for b in bodies}) == 6
    assert all(list(b)[:3] == ["time", "level", "msg"] for b in bodies)
    sorted_body = json.loads(compose(Body("json", order="sorted"), "x", "site 1", rng))
    assert list(sorted_body) == sorted(sorted_body)
    optional = [compose(Body("logfmt", fields="optional"), "x", "site 1", rng) for _ in range(20)]
    assert len({tuple(p.split("=")[0] for p in line.split()) for line in optional}) > 1
