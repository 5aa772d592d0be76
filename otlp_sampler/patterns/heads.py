"""A stream's record head, learned from the stream (a prototype; docs/patterns.md, Accuracy).

One miner serves one stream, and the records of a stream often share a head of their own
format before the message (``[ET_NET 7] DIAG: <x.cc:44 (fn)> (tag) …``, ``INFO  : obj: …``).
From the first records the miner mines, ``Head`` learns how many leading tokens every record
shares the SHAPE of: the same kind of token at each position, the same punctuation, and where
the tokens differ a kind that is a value (never a plain word: a word that varies there is the
message's first word). Until it has seen ``SAMPLES`` records it answers 0 (the miner reads
records as it always did); then the head is fixed for the miner's life, so a record's
template never depends on which records came after the learning.
"""

from __future__ import annotations

from .templates import CAPS, PUNCT, TITLE, WILD, WILDCARD, WORD, lead_key

SAMPLES = 12  # records read before the head is fixed
_WORD_KINDS = (WORD, TITLE)


class Head:
    """The common head of a stream's first records: its length and its varying positions."""

    def __init__(self) -> None:
        self.length = 0
        self.varying: tuple[int, ...] = ()
        self.learned = False
        self._seen: list[tuple[list[str], list[int]]] = []
        self._shape: list[tuple[int, str | None]] = []  # (kind, token if constant) per position

    def observe(self, tokens: list[str], kinds: list[int]) -> None:
        """Read one more record until ``SAMPLES`` are read; then fix the head."""
        self._seen.append((tokens, kinds))
        if len(self._seen) >= SAMPLES:
            self.length, self.varying = _common_head(self._seen)
            first_tokens, first_kinds = self._seen[0]
            constant = [len({t[i] for t, _ in self._seen}) == 1 for i in range(self.length)]
            self._shape = [(first_kinds[i], first_tokens[i] if constant[i] else None)
                           for i in range(self.length)]
            self.learned = True
            self._seen = []

    def mask(self, tokens: list[str], kinds: list[int]) -> tuple[list[str], list[int]]:
        """``tokens`` with the head's varying positions read as values: they never decide the
        call site (a thread name, a source location, a level)."""
        if not self.varying:
            return tokens, kinds
        tokens = list(tokens)
        kinds = list(kinds)
        for index in self.varying:
            tokens[index] = WILDCARD
            kinds[index] = WILD
        return tokens, kinds

    def lead(self, tokens: list[str], kinds: list[int]) -> str:
        """A record's lead word (templates.lead_key): its message's, after the head."""
        if self.applies(tokens, kinds):
            return lead_key(tokens[self.length:], kinds[self.length:])
        return lead_key(tokens, kinds)

    def applies(self, tokens: list[str], kinds: list[int]) -> bool:
        """Whether a record (after learning) has the stream's head: same shape there and a
        message after it."""
        if not self.length or len(tokens) <= self.length:
            return False
        return _fits(tokens, kinds, self._shape)


def _common_head(seen: list[tuple[list[str], list[int]]]) -> tuple[int, tuple[int, ...]]:
    shortest = min(len(tokens) for tokens, _ in seen) - 1  # a message must follow
    varying: list[int] = []
    length = 0
    for index in range(max(0, shortest)):
        kinds = {k[index] for _, k in seen}
        words = {t[index] for t, _ in seen}
        if len(kinds) != 1:
            break
        kind = next(iter(kinds))
        if len(words) > 1:
            if kind == PUNCT or (kind in _WORD_KINDS and any(w.isalpha() for w in words)):
                break  # punctuation that differs, or the message's own first word (a
                # file or a thread name, with a dot or a dash, is the head's)
            if kind not in (WILD, CAPS):
                varying.append(index)  # (a level in capitals names the call site's own)
        length = index + 1
    # a head is a format: at least one punctuation mark in it (not a shared first word)
    if not any(seen[0][1][i] == PUNCT for i in range(length)):
        return 0, ()
    # the head ends after a punctuation mark that closes it: every bracket it opened is
    # closed, and no key or group opens there (``level=``, ``[``: its value follows)
    tokens = seen[0][0]
    while length and not _closes(tokens, seen[0][1], length):
        length -= 1
    return length, tuple(i for i in varying if i < length)


def _fits(tokens: list[str], kinds: list[int], shape: list[tuple[int, str | None]]) -> bool:
    for index, (kind, token) in enumerate(shape):
        if kinds[index] != kind or (token is not None and tokens[index] != token):
            return False
    return True


_OPENING = {"(": ")", "[": "]", "{": "}", "<": ">"}
_OPENS_VALUE = frozenset(("=", '"', "'", *_OPENING))


def _closes(tokens: list[str], kinds: list[int], length: int) -> bool:
    """Whether a head may end before ``tokens[length]``: after punctuation that opens
    nothing, with its brackets balanced."""
    last = tokens[length - 1]
    if kinds[length - 1] != PUNCT or last in _OPENS_VALUE or last[-1] in _OPENS_VALUE:
        return False
    depth = 0
    for token in tokens[:length]:
        if token in _OPENING:
            depth += 1
        elif token in (")", "]", "}", ">"):
            depth -= 1
    return depth == 0
