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

from tests.patterns.corpus.head_grammar import Composition, composition_ga, random_composition, single_variants
from tests.patterns.test_layouts import _rows

_MARGIN = 0.05  # of the bare messages' GA, per composition
_BATCH = 512  # the proxy's path: the rows are one batch


def _sample() -> list[Composition]:
    """Every one-element variant of the base head, and forty random compositions."""
    rng = random.Random(19)
    return single_variants() + [random_composition(rng) for _ in range(40)]


_LETTER_AFTER_LOGGER = ("a one-letter level after the logger's module path ('<time> acme::blob D [<uuid>] …'): "
                        "no header read (a letter is a level only before the logger), the bracket after it is "
                        "read as an error's class, and the message after it folds")
# Compositions that still cost more than the margin, and why.
_KNOWN: dict[str, str] = {
    "time:date-space-s/bare logger:rust-path/bare level:one/bare id:uuid/square version:v-semver/square "
    "host:fqdn/bare sep=space last=dash": _LETTER_AFTER_LOGGER,
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
