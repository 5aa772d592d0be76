"""The record-head grammar of ``corpus/head_grammar.py`` around the fixed invented call sites
of ``test_layouts.py``: each head composed of field kinds (a time, a level, a pid, a thread, a
logger, a component's tag, a call site's code, a request id, a host, a version, in several
spellings, wraps and separators) may cost little grouping accuracy against the bare
messages. The bench (``python tests/patterns/corpus/head_grammar.py DIR``) measures the same
on real statements; this keeps what it found fixed. A composition that still loses more is in
``_KNOWN`` with why (strict: fixing one shows)."""

from __future__ import annotations

import random

import pytest

from tests.patterns.corpus.head_grammar import Composition, Part, composition_ga, random_composition, single_variants
from tests.patterns.test_layouts import _rows

_MARGIN = 0.05  # of the bare messages' GA, per composition
_BATCH = 512  # the proxy's path: the rows are one batch


# A composition drawn before round 21's kinds changed the draws, kept: round 20 left it in
# _KNOWN (a one-letter level after the logger's module path, templates.record_header).
_LETTER_AFTER_LOGGER_HEAD = Composition(
    (Part("time", "date-space-s", "bare"), Part("logger", "rust-path", "bare"), Part("level", "one", "bare"),
     Part("id", "uuid", "square"), Part("version", "v-semver", "square"), Part("host", "fqdn", "bare")),
    "space", "dash")


def _sample() -> list[Composition]:
    """Every one-element variant of the base head, the heads loggers print by default
    (``LIBRARIES``), forty random compositions and the ones kept."""
    rng = random.Random(19)
    return single_variants() + [random_composition(rng) for _ in range(40)] + [_LETTER_AFTER_LOGGER_HEAD]


# Compositions that still cost more than the margin, and why.
_KNOWN: dict[str, str] = {
    "time:epoch-ms/square logger:rust-path/bare host:fqdn/bare component:CamelCase/square level:lower/pad "
    "proc:bunyan/bare sep=space last=same":
        "a bracketed tag before the level ('… [InAppMessaging] debug orders/<pid> on web-1 <message>'), freed "
        "as a value, then read as an error's class: the rest folds",
    "time:iso-comma/bare level:one/colon code:I-ABC123/colon function:erl-mfa/bare sep=pipe last=colon":
        "an Erlang function's module after barred fields and a letter's colon ('<time> | I: | <code>: | "
        "store:put/2: <message>'): an operation's label, its message folded",
    "time:epoch-s/bare logger:short/bare level:erlang/bare id:base36/square proc:bunyan/square "
    "function:c-func/bare sep=space last=dash":
        "a C function's call and a dash after the head ('… accept_conn() - <message>'): an operation whose "
        "outcome folds",
    "time:epoch-s/square host:ip-name/bare logger:short/bare code:E1234/square sep=dash last=same":
        "a code in brackets after a dashed head's plain logger ('[<epoch>] - <host> - http - [D2275] - "
        "<message>'): read as an error's class",
}
_SAMPLE = _sample()
_ROWS = _rows()
_BARE = composition_ga(None, _ROWS, "fixed", _BATCH)


@pytest.mark.parametrize("comp", [
    pytest.param(comp, id=comp.title(),
                 marks=[pytest.mark.xfail(reason=_KNOWN[comp.title()], strict=True)] if comp.title() in _KNOWN else [])
    for comp in _SAMPLE])
def test_every_head_keeps_the_bare_grouping(comp: Composition) -> None:
    assert _BARE == pytest.approx(1.0)
    assert composition_ga(comp, _ROWS, "fixed", _BATCH) >= _BARE - _MARGIN


def test_known_losses_are_sampled() -> None:
    assert set(_KNOWN) <= {comp.title() for comp in _SAMPLE}


def test_a_call_site_fixes_its_heads_constants_and_a_record_its_values() -> None:
    """The grammar's promise: one call site's records share its level, logger, component and
    code; its time, pid, thread and ids vary by record."""
    from tests.patterns.corpus.head_grammar import Part
    from tests.patterns.corpus.layouts import render

    comp = Composition((Part("time", "iso-ms-Z", "bare"), Part("level", "UPPER", "square"),
                        Part("component", "word", "square"), Part("code", "MSG-0042", "bare"),
                        Part("id", "hex16", "key")))
    lines = render(comp.layout(), [("same message", "site A")] * 6, "x")
    heads = [line.split() for line in lines]
    assert len({tuple(h[1:4]) for h in heads}) == 1  # level, component, code: the call site's
    assert len({h[0] for h in heads}) > 1 and len({h[4] for h in heads}) > 1  # time, id: the record's
