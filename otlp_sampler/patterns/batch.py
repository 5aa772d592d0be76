"""What a request's records say about each other (``PatternMiner.add_batch``).

An OTLP export request carries a batch of records, and the miner may read all of them before
it places the first. The past cannot tell a word that varies from a word that names the
event at a new call site's first record; the batch's later records often can. Records of
one token count that agree everywhere but at one place, with three words or more there, show
that place to be a variable (``variable_at``); two words at one place, each held by two
records or more that differ elsewhere (each with its own values) and never by two records
that agree elsewhere, are two events' words (``two_events``).

Bounded: the evidence reads at most ``MAX_RECORDS`` distinct token lists of a batch, each of
at most ``MAX_TOKENS`` tokens.
"""

from __future__ import annotations

import os
from typing import Final

from otlp_sampler.patterns.masking import WILDCARD
from otlp_sampler.patterns.templates import CAPS, STRONG, TITLE, WILD, WORD, lead_key

MAX_RECORDS: Final = 1024  # distinct token lists read per batch
MAX_TOKENS: Final = 48  # longer lists give no evidence (the rest keys cost the square)
VARIABLE_WORDS: Final = int(os.environ.get("LA_VAR", "3"))  # distinct words at a place, the rest equal
EVENT_RECORDS: Final = int(os.environ.get("LA_EV", "2"))  # distinct lists per word of a two-event place
EVENT_WORDS: Final = int(os.environ.get("LA_EW", "4"))  # distinct words at most at a two-event place
PAIRS: Final = os.environ.get("LA_PAIRS", "0") == "1"
MAX_PLACES: Final = 12  # value places of a record read in pairs
SAME: Final = os.environ.get("LA_SAME", "1") == "1"
SAME_RECORDS: Final = int(os.environ.get("LA_SR", "2"))
TWO_EVENTS: Final = os.environ.get("LA_TWO", "0") == "1"
PAIR_REFUSE: Final = os.environ.get("LA_PR", "0") == "1"
RUNS: Final = os.environ.get("LA_RUNS", "0") == "1"
RUN_CONTEXT: Final = int(os.environ.get("LA_CTX", "3"))  # constant words kept around a run, at least
RUN_SHARE: Final = float(os.environ.get("LA_SHARE", "1"))  # a run's words per word of its context, at most
MAX_SUFFIX: Final = 8  # tokens after a run of varying length, at most
REPEATS: Final = float(os.environ.get("LA_REP", "1.5"))  # records per word at most, on average
_WORDS: Final = frozenset((WORD, TITLE, CAPS, STRONG))
_RUN_STARTS: Final = frozenset((WORD, TITLE, WILD))
_KEY_ENDS: Final = frozenset(("=", ":"))  # a word before one is a key, the record's, not a value


def _rest_key(tokens: list[str], at: int) -> int:
    """A key of ``tokens`` without the word at ``at`` (the place kept: one list, one key per place)."""
    rest = tokens.copy()
    rest[at] = None  # type: ignore[call-overload]
    return hash((at, *rest))


class BatchEvidence:
    """Per place of each token count: the words the batch holds there, which records hold
    them (distinct token lists), and the words of records that agree elsewhere."""

    __slots__ = ("_kinds_now", "_by_pair", "_runs", "_by_rest", "_lists", "_places", "_records", "_seen")

    def __init__(self) -> None:
        self._seen: set[tuple[str, ...]] = set()
        # (lead, length, place, word) -> distinct token lists holding it there
        self._lists: dict[tuple[str, int, int, str], int] = {}
        # (lead, length, place) -> the distinct words there
        self._places: dict[tuple[str, int, int], set[str]] = {}
        # rest key -> the words at its place among records with that rest, and how many
        # records hold each
        self._by_rest: dict[int, dict[str, int]] = {}
        self._records = 0
        # pair key (two places let go) -> the words at each of the two places, and how many
        # records hold each
        self._by_pair: dict[int, tuple[dict[str, int], dict[str, int]]] = {}
        # run key (a prefix and a suffix kept) -> the runs between them, and how many records
        # hold each
        self._runs: dict[int, dict[tuple[str, ...], int]] = {}

    def read(self, tokens: list[str], kinds: list[int]) -> None:
        """Learn from one record's tokens (a repeat of a list adds nothing)."""
        length = len(tokens)
        if length > MAX_TOKENS or self._records >= MAX_RECORDS:
            return
        self._records += 1
        key = tuple(tokens)
        new = key not in self._seen
        self._seen.add(key)
        lead = lead_key(tokens, kinds) if new else ""
        places = self._places
        lists = self._lists
        by_rest = self._by_rest
        for at, kind in enumerate(kinds):
            if kind not in _WORDS:
                continue
            word = tokens[at]
            if new:
                place = (lead, length, at, word)
                lists[place] = lists.get(place, 0) + 1
                places.setdefault((lead, length, at), set()).add(word)
            words = by_rest.setdefault(_rest_key(tokens, at), {})
            words[word] = words.get(word, 0) + 1
        if RUNS:
            runs = self._runs
            for key, start, end in _run_keys(tokens, kinds):
                middle = tuple(tokens[start:end])
                held = runs.setdefault(key, {})
                held[middle] = held.get(middle, 0) + 1
        if PAIRS:
            places_of_values = _value_places(tokens, kinds)
            by_pair = self._by_pair
            for i, p in enumerate(places_of_values):
                for q in places_of_values[i + 1:]:
                    first, second = by_pair.setdefault(_pair_key(tokens, p, q), ({}, {}))
                    a, b = tokens[p], tokens[q]
                    first[a] = first.get(a, 0) + 1
                    second[b] = second.get(b, 0) + 1

    def variable_at(self, tokens: list[str], at: int) -> bool:
        """Whether the batch holds ``VARIABLE_WORDS`` words or more at ``at`` among records
        that agree with ``tokens`` everywhere else."""
        words = self._by_rest.get(_rest_key(tokens, at))
        return (words is not None and len(words) >= VARIABLE_WORDS
                and sum(words.values()) <= REPEATS * len(words))

    def two_events(self, tokens: list[str], lead: str, at: int, a: str, b: str) -> bool:
        """Whether ``a`` (a template's word) and ``b`` (the record's) at ``at`` are two events'
        words: the batch's records of this lead and length hold a few words there
        (``EVENT_WORDS`` at most), ``a`` and ``b`` each in ``EVENT_RECORDS`` distinct records or
        more, and no two records that agree elsewhere hold them both."""
        length = len(tokens)
        lists = self._lists
        if (lists.get((lead, length, at, a), 0) < EVENT_RECORDS
                or lists.get((lead, length, at, b), 0) < EVENT_RECORDS
                or len(self._places[(lead, length, at)]) > EVENT_WORDS):
            return False
        words = self._by_rest.get(_rest_key(tokens, at))
        return words is None or a not in words

    def refuses(self, template: list[str], tokens: list[str], kinds: list[int]) -> bool:
        """Whether some place where ``tokens`` differ from ``template``'s word is two events'."""
        self._kinds_now = kinds
        lead = None
        for at, a in enumerate(template):
            b = tokens[at]
            if (a != b and a != WILDCARD and kinds[at] in _WORDS and kinds[at] != CAPS
                    and (at == 0 or tokens[at - 1] not in _KEY_ENDS)):
                if SAME and self.two_repeated(tokens, at, a):
                    return True
                if not TWO_EVENTS:
                    continue
                if lead is None:
                    lead = lead_key(tokens, kinds)
                if self.two_events(tokens, lead, at, a, b):
                    return True
        return False

    def two_repeated(self, tokens: list[str], at: int, a: str) -> bool:
        """Whether the batch's records that agree with ``tokens`` everywhere but at ``at``
        hold two words there, ``a`` and the record's, each in two records or more: an event
        said again and again, and another."""
        words = self._by_rest.get(_rest_key(tokens, at))
        if _two_repeated(words, a, tokens[at]):
            return True
        if not PAIR_REFUSE or not PAIRS:
            return False
        by_pair = self._by_pair
        for q in _value_places(tokens, self._kinds_now):
            if q == at:
                continue
            found = by_pair.get(_pair_key(tokens, at, q) if at < q else _pair_key(tokens, q, at))
            if found is not None:
                mine, other = found if at < q else (found[1], found[0])
                if _two_repeated(mine, a, tokens[at]) and len(other) >= 2:
                    return True
        return False

    def variable_run(self, tokens: list[str], kinds: list[int]) -> tuple[int, int] | None:
        """The run of ``tokens`` (start, end) that the batch shows to be one value of varying
        length: between a prefix and a suffix that records hold with ``VARIABLE_WORDS`` runs
        or more between them, of two lengths or more, each in few records (the longest such
        prefix and suffix: the most context kept)."""
        if not RUNS or len(tokens) > MAX_TOKENS:
            return None
        best = None
        runs = self._runs
        for key, start, end in _run_keys(tokens, kinds):
            held = runs.get(key)
            if (held is not None and len(held) >= VARIABLE_WORDS
                    and sum(held.values()) <= REPEATS * len(held)
                    and len({len(run) for run in held}) >= 2
                    and len({run[0] for run in held}) > 1 and len({run[-1] for run in held}) > 1
                    and (best is None or end - start < best[1] - best[0])):
                best = (start, end)
        return best

    def read_variables(self, tokens: list[str], kinds: list[int]) -> tuple[list[str], list[int]]:
        """``tokens`` with each word at a place the batch shows variable read as ``<*>``."""
        if len(tokens) > MAX_TOKENS:
            return tokens, kinds
        candidates = _value_places(tokens, kinds)
        variables = {at for at in candidates if self.variable_at(tokens, at)}
        if PAIRS:
            by_pair = self._by_pair
            for i, p in enumerate(candidates):
                for q in candidates[i + 1:]:
                    found = by_pair.get(_pair_key(tokens, p, q))
                    if found is not None and _varies(found[0]) and _varies(found[1]):
                        variables.add(p)
                        variables.add(q)
        if not variables:
            return tokens, kinds
        out, out_kinds = tokens.copy(), kinds.copy()
        for at in variables:
            out[at] = WILDCARD
            out_kinds[at] = WILD
        return out, out_kinds


def _two_repeated(words: dict[str, int] | None, a: str, b: str) -> bool:
    """Whether ``words`` (a place's, among records that agree elsewhere) are ``a`` and ``b``
    only, each in ``SAME_RECORDS`` records or more."""
    return (words is not None and len(words) == 2 and words.get(a, 0) >= SAME_RECORDS
            and words.get(b, 0) >= SAME_RECORDS)


def _varies(words: dict[str, int]) -> bool:
    """Whether a place's words among records that agree elsewhere are a variable's: many,
    each in few records."""
    return len(words) >= VARIABLE_WORDS and sum(words.values()) <= REPEATS * len(words)


def _value_places(tokens: list[str], kinds: list[int]) -> list[int]:
    """The places of ``tokens`` that may hold a value (at most ``MAX_PLACES``): a plain or
    capitalised word, not a key (before ``=`` or ``:``), not an HTTP status class."""
    last = len(tokens) - 1
    found = [at for at, kind in enumerate(kinds)
             if (kind == WORD or kind == TITLE) and (at == last or tokens[at + 1] not in _KEY_ENDS)
             and not tokens[at].endswith("xx")]
    return found[:MAX_PLACES]


def _run_keys(tokens: list[str], kinds: list[int]) -> list[tuple[int, int, int]]:
    """(key, start, end) of each run of ``tokens`` that may be a value of varying length: it
    starts at one of the first ``MAX_PLACES`` words or variables after the first token and
    ends before a suffix of at most ``MAX_SUFFIX`` tokens; the key is the prefix and the
    suffix kept."""
    length = len(tokens)
    starts = [at for at in range(1, length) if kinds[at] in _RUN_STARTS][:MAX_PLACES]
    if not starts:
        return []
    prefixes = {at: hash(tuple(tokens[:at])) for at in starts}
    words_before = [0]
    for kind in kinds:
        words_before.append(words_before[-1] + (kind in _WORDS))
    found = []
    for tail in range(0, min(MAX_SUFFIX, length - 1) + 1):
        end = length - tail
        suffix = hash(tuple(tokens[end:]))
        words_after = words_before[length] - words_before[end]
        for start in starts:
            if start >= end:
                break
            context = words_before[start] + words_after
            if context >= RUN_CONTEXT and words_before[end] - words_before[start] <= context * RUN_SHARE:
                found.append((hash((start, prefixes[start], tail, suffix)), start, end))
    return found


def _pair_key(tokens: list[str], p: int, q: int) -> int:
    rest = tokens.copy()
    rest[p] = rest[q] = None  # type: ignore[call-overload]
    return hash((p, q, *rest))
