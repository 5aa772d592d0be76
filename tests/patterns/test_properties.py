"""Property tests: a variable's value never moves the pattern; a constant word does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import mask
from otlp_sampler.patterns.templates import CUE_WORDS, noun_names_at
from otlp_sampler.patterns.tokens import tokens

# Words that read like the constant part of log messages; none introduces a value.
VOCABULARY = [word for word in (
    "connection", "closed", "accepted", "rejected", "worker", "cache", "flushed", "queue", "drained",
    "snapshot", "written", "replica", "lagging", "request", "finished", "upstream", "healthy",
    "timeout", "expired", "disk", "almost", "full", "scheduler", "tick", "skipped", "config",
    "reloaded", "listener", "bound", "shutdown", "complete", "index", "rebuilt", "batch", "committed",
    "transaction", "aborted", "leader", "elected", "token", "refreshed", "backup", "started",
) if word not in CUE_WORDS]

_octet = st.integers(0, 255)
VALUES = {
    "int": st.integers(-10**12, 10**12).map(str),
    "float": st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.3f}"),
    "hex": st.integers(0, 2**64 - 1).map(lambda n: f"0x{n:x}"),
    "ipv4": st.tuples(_octet, _octet, _octet, _octet).map(lambda t: ".".join(map(str, t))),
    "ip:port": st.tuples(_octet, _octet, _octet, _octet, st.integers(1, 65535)).map(
        lambda t: ".".join(map(str, t[:4])) + f":{t[4]}"),
    "uuid": st.uuids().map(str),
    "path": st.lists(st.text("abcdefghij_-", min_size=1, max_size=8), min_size=2, max_size=5).map(
        lambda parts: "/" + "/".join(parts)),
    "duration": st.tuples(st.integers(0, 10**5), st.sampled_from(["ms", "s", " ms", " seconds"])).map(
        lambda t: f"{t[0]}{t[1]}"),
    "size": st.tuples(st.integers(0, 10**6), st.sampled_from([" KB", " MB", " bytes", "KiB"])).map(
        lambda t: f"{t[0]}{t[1]}"),
    "stem id": st.integers(-10**18, 10**18).map(lambda n: f"blk_{n}"),
    "mixed id": st.tuples(st.sampled_from(["req-", "job", "node"]), st.integers(0, 10**9)).map(
        lambda t: f"{t[0]}{t[1]}"),
    "kv": st.integers(0, 10**6).map(lambda n: f"retries={n}"),
    "quoted": st.text("abcdefghijklmnop", min_size=1, max_size=12).map(lambda s: f"'{s}'"),
    "email": st.tuples(st.text("abcdefgh", min_size=1, max_size=8),
                       st.sampled_from(["example.com", "corp.io"])).map(lambda t: f"{t[0]}@{t[1]}"),
    "bool": st.sampled_from(["true", "false", "null"]),
}

slots = st.sampled_from(sorted(VALUES))
# A template: a capitalised first word, then words and variable slots (None = a slot).
templates = st.tuples(
    st.sampled_from(VOCABULARY).map(str.capitalize),
    st.lists(st.one_of(st.sampled_from(VOCABULARY), slots.map(lambda s: ("slot", s))),
             min_size=2, max_size=10),
)


def _render(template, draw) -> str:
    lead, rest = template
    return " ".join([lead] + [draw(item[1]) if isinstance(item, tuple) else item for item in rest])


@settings(max_examples=300, deadline=None)
@given(template=templates, data=st.data())
def test_substituting_a_variable_never_changes_the_pattern(template, data):
    miner = PatternMiner("svc")
    first = _render(template, lambda kind: data.draw(VALUES[kind]))
    second = _render(template, lambda kind: data.draw(VALUES[kind]))
    assert miner.add(first) == miner.add(second), (first, second)


@settings(max_examples=300, deadline=None)
@given(template=templates, data=st.data())
def test_a_different_constant_word_gives_a_different_pattern(template, data):
    lead, rest = template
    words = [i for i, item in enumerate(rest) if not isinstance(item, tuple)]
    index = data.draw(st.sampled_from(words)) if words else None
    if index is None or len({rest[i] for i in words}) != len(words):
        # a word and a value written twice in a row read as a list of records of any
        # length (tokens.tokens folds it): "accepted <*> accepted <*> closed" is a list
        return
    replacement = data.draw(st.sampled_from([w for w in VOCABULARY if w not in {rest[i] for i in words}]))
    changed = (lead, [replacement if i == index else item for i, item in enumerate(rest)])
    value = {}  # the same values in both, so only the word differs

    def fixed(kind, _value=value):
        return _value.setdefault(kind, data.draw(VALUES[kind]))

    first, second = _render(template, fixed), _render(changed, fixed)
    first_tokens, second_tokens = tokens(mask(first))[0], tokens(mask(second))[0]
    if len(first_tokens) == len(second_tokens):
        pairs = zip(first_tokens, second_tokens, strict=True)
        at = next(at for at, (one, other) in enumerate(pairs) if one != other)
        if noun_names_at(first_tokens, at) and noun_names_at(second_tokens, at):
            # a noun before it, as a naming word (Monitor canary added / Monitor green added):
            # a name, as after CUE_WORDS (docs/patterns.md, Matching)
            return
    miner = PatternMiner("svc")
    assert miner.add(first) != miner.add(second)

