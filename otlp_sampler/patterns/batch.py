"""What a request's records say about each other (``PatternMiner.add_batch``).

An OTLP export request carries a batch of records, and the miner may read all of them before
it places the first. At a new call site's first record the past cannot tell a word that
varies from a word that names the event; the batch's later records often can. The evidence
is kept per place of a record: the words that the batch's records hold there among records
that agree with it everywhere else (same token count, same tokens but that one), and how
many records hold each. Two rules read it:

- ``read_variables``: ``VARIABLE_WORDS`` words or more there, each held by few records
  (``REPEATS`` a word on average at most): a variable's values (``<*>`` from the first record).
- ``two_repeated``: exactly two words there, each held by ``REPEATED_RECORDS`` records or
  more: two events, each said again and again, that a merge must not make one.

And per text's end (``read_text``): a run of words that ends a record, among ``TEXTS`` runs or
more after the same rest, some of them printed at another place of the batch too, or
introduced by a sentence of the message and a colon or a key's ``=``, is one value (a
reason, an error's text, a name with spaces).

Records of another token count, or that differ elsewhere too, are no evidence at a place
(another call site, or the same one with another value elsewhere: the batch cannot say
which word varied). Bounded: the evidence reads at most ``MAX_LISTS`` distinct token lists of a
batch, each of at most ``MAX_TOKENS`` tokens.
"""

from __future__ import annotations

from typing import Final

from otlp_sampler.patterns.masking import HEAD_LEVELS, WILDCARD
from otlp_sampler.patterns.templates import (
    CAPS,
    OPERATION_CUES,
    PUNCT,
    STRONG,
    TITLE,
    WILD,
    WORD,
    annotation_at,
    call_site_token_at,
    header_end,
    header_logger,
    letters_only,
    operation_after_failure_at,
    past_form_after_noun,
    pool_name,
    subject_of_past_form,
)

# The settings that the experiment measured (docs/patterns.md § Matching, "A request's records
# read together"); each was chosen on the development sets, none on a held-out one.
MAX_LISTS: Final = 1024  # distinct token lists read per batch (an SDK's batch is 512 records)
MAX_TOKENS: Final = 48  # longer records give no evidence (a key per place costs the square)
# Three words at a place, the rest equal: two could be two events (a start and a stop) as
# well as a variable's two values; three of one call site's rest seldom are events.
VARIABLE_WORDS: Final = 3
# Records a word at most, on average, for a variable: a value seldom repeats within one
# request (an id, a host, a size), the words of a few single-word events do (started, done).
REPEATS: Final = 1.5
# Records of each of two words, at least, for two events (``two_repeated``): a word said
# twice with all else equal is an event's, not a value that happened to come back.
REPEATED_RECORDS: Final = 2
MAX_PLACES: Final = 12  # places of a record read as possible variables, at most (its first ones)

_WORDS: Final = frozenset((WORD, TITLE, CAPS, STRONG))
# the kinds of a word that may name an event where a template holds another: capitalised
# words excepted, as the experiment measured (levels, methods: a small pool's values, that
# one call site prints in turn)
_EVENT_WORDS: Final = frozenset((WORD, TITLE, STRONG))
# a word right before one is a key, the record's, not a value (a space before the mark: a
# separator, see _value_places)
_KEY_ENDS: Final = frozenset(("=", ":"))


def rest_key(tokens: list[str], at: int) -> int:
    """A key of ``tokens`` without the word at ``at`` (its place kept): records that agree
    everywhere but at ``at`` share it."""
    held = tuple(tokens)  # (a tuple's slices are tuples: one copy a side, not two)
    return hash((held[:at], held[at + 1:]))


def rest_keys(tokens: list[str], kinds: list[int], start: int = 0, end: int = MAX_TOKENS) -> list[int]:
    """``rest_key`` of each place of ``tokens`` from ``start`` to ``end`` that holds a word
    (by ``kinds``), 0 elsewhere (a hash of 0 is as unlikely as two rests' keys colliding):
    a list's that ``BatchEvidence.read`` did not read (``keys_of``; a key a place: the square
    of the length, which ``MAX_TOKENS`` bounds; the lists read get a key only where another
    differs from them alone, ``_pair_keys``)."""
    held = tuple(tokens)  # (a tuple's slices are tuples: one copy a place, not two)
    return [hash((held[:at], held[at + 1:])) if start <= at < end and kind in _WORDS else 0
            for at, kind in enumerate(kinds)]


def halves(tokens: list[str]) -> tuple[int, int]:
    """Keys of the first half of ``tokens`` and of the second: two lists that differ at one
    place only share one of them (the half without that place). A half of a list of another
    length may share one too (its partners are compared with their length, ``_pair_keys``;
    a list not read gets keys where it need not, ``keys_of``: harmless, and no tuple with
    the length to make a half)."""
    held = tuple(tokens)
    middle = len(held) // 2
    return hash(held[:middle]), hash(held[middle:])


class BatchEvidence:
    """Per place of each token list read (``read``): the words that the batch's records that
    agree with it everywhere else hold there, and how many records hold each."""

    __slots__ = ("_after_heads", "_after_tokens", "_by_rest", "_first", "_first_records", "_firsts",
                 "_head_run", "_heads", "_runs", "_seconds", "_text_before", "_text_head", "_two_events",
                 "_variables")

    def __init__(self) -> None:
        # rest key (rest_key) -> the words at its place among the records with that rest,
        # and how many records hold each (a repeated record counts again): a rest with two
        # words or more (both rules need two), ...
        self._by_rest: dict[int, dict[str, int]] = {}
        # ... the rests with one word so far, that word and its records: most places of a
        # batch's texts (no dict made for each)
        self._first: dict[int, str] = {}
        self._first_records: dict[int, int] = {}
        # a first half's key (halves) -> the first list read that holds it, and a second's
        self._firsts: dict[int, int] = {}
        self._seconds: dict[int, int] = {}
        # what the rules read of _by_rest, made once it is learned (read): the rests that hold
        # a variable's values (_variable), and whether a rest holds two words each said again
        # (else two_repeated says no): the placing asks for each mined text, and each candidate
        self._variables: set[int] = set()
        self._two_events = False
        # a run of words that ends a text (_texts_of) keyed by the rest of the text (the
        # tokens before it and the closing mark after it) -> the first run there, and the runs
        # there once it holds two or more (read_text asks for TEXTS: most rests hold one run,
        # and get no set of their own)
        self._head_run: dict[int, tuple[str, ...]] = {}
        self._heads: dict[int, set[tuple[str, ...]]] = {}
        # a run of MIN_POOLED words or more -> the first rest seen before it and the token
        # right before it there; the runs the batch has printed after another rest, and after
        # another token (a text many call sites print: read_text); no list a run
        self._text_head: dict[tuple[str, ...], int] = {}
        self._text_before: dict[tuple[str, ...], str] = {}
        self._after_heads: set[tuple[str, ...]] = set()
        self._after_tokens: set[tuple[str, ...]] = set()
        # each list read's runs (_texts_of), by its index: the placing asks read_text for the
        # same list (add_batch's reading's, when no variable was read in it), and gets them
        # without reading its words again
        self._runs: list[list[tuple[int, tuple[str, ...], int]] | None] = []

    def read(self, token_lists: list[list[str]], kinds_lists: list[list[int]],
             records: list[int]) -> list[list[int]]:
        """Learn from the batch's distinct token lists (as mining reads them), each with its
        kinds and its number of records (parallel lists): the first ``MAX_LISTS`` of at most
        ``MAX_TOKENS`` tokens. Gives each list's ``rest_keys`` at the places where another
        list read differs from it alone (``_pair_keys``), 0 elsewhere, [] when there is none,
        for ``read_variables``: a rest no other list read holds is no evidence."""
        firsts = self._firsts
        seconds = self._seconds
        # the lists read that share a first half, and those that share a second (two or more
        # a key): the lists that may differ from each other at one place of their second
        # half, and of their first
        by_first: dict[int, list[int]] = {}
        by_second: dict[int, list[int]] = {}
        none: list[int] = []  # (the keys of each list that gets none: one list, read only)
        out: list[list[int]] = []
        unread: list[int] = []
        taken = 0
        runs = self._runs
        for index, tokens in enumerate(token_lists):
            out.append(none)
            if len(tokens) > MAX_TOKENS or taken >= MAX_LISTS:
                unread.append(index)
                runs.append(None)
                continue
            taken += 1
            first, second = halves(tokens)
            _group(firsts, by_first, first, index)
            _group(seconds, by_second, second, index)
            runs.append(self._learn_texts(tokens, kinds_lists[index]))
        for group in by_first.values():
            _pair_keys(group, token_lists, kinds_lists, out, none, True)
        for group in by_second.values():
            _pair_keys(group, token_lists, kinds_lists, out, none, False)
        for index, keys in enumerate(out):
            if keys is not none:
                self._learn(token_lists[index], keys, records[index])
        self._variables = {key for key, words in self._by_rest.items() if _variable(words)}
        self._two_events = any(len(words) == 2 and min(words.values()) >= REPEATED_RECORDS
                               for words in self._by_rest.values())
        for index in unread:
            out[index] = self.keys_of(token_lists[index], kinds_lists[index])
        return out

    def _learn_texts(self, tokens: list[str], kinds: list[int]) -> list[tuple[int, tuple[str, ...], int]]:
        head_run = self._head_run
        heads = self._heads
        text_head = self._text_head
        found = _texts_of(tokens, kinds)
        for head, run, start in found:
            first = head_run.get(head)
            if first is None:
                head_run[head] = run
            elif first != run:
                runs = heads.get(head)
                if runs is None:
                    heads[head] = {first, run}
                else:
                    runs.add(run)
            if len(run) >= MIN_POOLED:
                before = tokens[start - 1]
                known = text_head.get(run)
                if known is None:
                    text_head[run] = head
                    self._text_before[run] = before
                else:
                    if known != head:
                        self._after_heads.add(run)  # (after another rest)
                    if self._text_before[run] != before:
                        self._after_tokens.add(run)  # (after another token)
        return found

    def read_text(self, tokens: list[str], kinds: list[int], spaced: list[bool],
                  read: int = -1) -> tuple[list[str], list[int], list[bool]]:
        """``tokens``, ``kinds`` and ``spaced`` with the run of words that ends the text (before
        a closing mark at most, ``_texts_of``) read as one ``<*>`` where the batch shows that a
        text varies there: the batch's texts that agree with it but for the run end with
        ``TEXTS`` runs or more, with as many first words and as many last words (else the
        words they share are the call site's: ``due to <*>``, ``with <*> environments``), and
        ``POOLED`` of them the batch prints at another place too (a reason, an error's text:
        the stream's values, which several call sites print). After a word the other place
        must end with another word (the same words after the same word, under another head,
        are one call site's, logged at another level or by another logger); after a mark (a
        key's ``=``, a label's colon, a head field's bracket) another head will do. None
        printed elsewhere: ``TEXTS`` runs of ``MIN_POOLED`` words or more, as many first and
        last words, that a sentence of the message introduces (``_introduced``: ``was: <*>``,
        ``stderr=<*>``). The same lists when there is none. ``read``: the index of ``tokens``
        among the lists ``read`` read (the same list, unchanged), whose runs it found then; -1
        for another."""
        if not self._heads or len(tokens) > MAX_TOKENS:
            return tokens, kinds, spaced  # (no rest holds two runs: none TEXTS)
        found = self._runs[read] if read >= 0 else None
        if found is None:
            found = _texts_of(tokens, kinds)
        for head, run, start in found:
            runs = self._heads.get(head)
            if runs is None or len(runs) < TEXTS:
                continue
            if len({other[0] for other in runs}) < TEXTS or len({other[-1] for other in runs}) < TEXTS:
                continue  # (the words they share are the call site's: due to <*>)
            elsewhere = self._after_tokens if WORD <= kinds[start - 1] < PUNCT else self._after_heads
            pooled = 0
            for other in runs:
                if other in elsewhere:
                    pooled += 1
            if pooled < POOLED and not _introduced(tokens, kinds, start, runs, pooled):
                continue
            end = start + len(run)
            return ([*tokens[:start], WILDCARD, *tokens[end:]], [*kinds[:start], WILD, *kinds[end:]],
                    [*spaced[:start], spaced[start], *spaced[end:]])
        return tokens, kinds, spaced

    def keys_of(self, tokens: list[str], kinds: list[int]) -> list[int]:
        """The ``rest_keys`` of a list that ``read`` did not read (the placing may read a
        text otherwise than the batch's reading did), for ``read_variables``: only those a
        list read may share."""
        if len(tokens) > MAX_TOKENS:
            return []  # (a shortcut: no list read is as long, nor shares a half with it)
        first, second = halves(tokens)
        return _shared_keys(tokens, kinds, first in self._firsts, second in self._seconds)

    def _learn(self, tokens: list[str], keys: list[int], records: int) -> None:
        by_rest = self._by_rest
        first = self._first
        first_records = self._first_records
        for at, key in enumerate(keys):
            if key:
                word = tokens[at]
                known = first.get(key)  # (a rest in _by_rest stays in _first)
                if known is None:  # (most keys: one lookup)
                    first[key] = word
                    first_records[key] = records
                    continue
                words = by_rest.get(key)
                if words is not None:
                    words[word] = words.get(word, 0) + records
                elif known == word:
                    first_records[key] += records
                else:  # (a second word: the rest's words counted from now on in _by_rest)
                    by_rest[key] = {known: first_records[key], word: records}

    def two_repeated(self, tokens: list[str], at: int, other: str) -> bool:
        """Whether the batch's records that agree with ``tokens`` everywhere but at ``at``
        hold two words there only, ``other`` and the record's, each in ``REPEATED_RECORDS``
        records or more: an event said again and again, and another."""
        words = self._by_rest.get(rest_key(tokens, at))
        return (words is not None and len(words) == 2
                and words.get(other, 0) >= REPEATED_RECORDS
                and words.get(tokens[at], 0) >= REPEATED_RECORDS)

    def refuses(self, template: list[str], tokens: list[str], kinds: list[int], spaced: list[bool]) -> bool:
        """Whether ``tokens`` (of ``kinds``) may not join ``template`` (of its length; ``spaced``:
        its tokens' spacing): at a place where the template holds another word, not a key's
        value nor the name in brackets glued to a value (``#3(controller)``: a small pool's
        names, that go with the value), the batch shows the two words to be two events'
        (``two_repeated``)."""
        if not self._two_events:
            return False  # (no rest of the batch has two words each said again: no two events)
        for at, word in enumerate(template):
            if (word != tokens[at] and word != WILDCARD and kinds[at] in _EVENT_WORDS
                    and (at == 0 or tokens[at - 1] not in _KEY_ENDS)
                    and not annotation_at(template, spaced, at) and self.two_repeated(tokens, at, word)):
                return True
        return False

    def read_variables(self, tokens: list[str], kinds: list[int], keys: list[int],
                       spaced: list[bool]) -> tuple[list[str], list[int]]:
        """``tokens`` and ``kinds`` with each word at a place the batch shows variable read
        as ``<*>``; the same lists when there is none. ``keys``: the tokens' ``rest_keys``;
        ``spaced``: whether a space comes before each token (``tokens.tokens``)."""
        held = self._variables
        if not keys or not held:
            return tokens, kinds  # (no rest of the batch holds a variable's values)
        # (most lists have no key of a variable's rest: their places that may hold a value
        # are not looked for)
        for key in keys:
            if key and key in held:
                break
        else:
            return tokens, kinds
        # (a key 0: no list read may share the rest, _pair_keys)
        variables = [at for at in _value_places(tokens, kinds, spaced) if keys[at] and keys[at] in held]
        if not variables:
            return tokens, kinds
        out, out_kinds = tokens.copy(), kinds.copy()
        for at in variables:
            out[at] = WILDCARD
            out_kinds[at] = WILD
        return out, out_kinds


def _variable(words: dict[str, int]) -> bool:
    """Whether a rest's words (each with its records) are ``VARIABLE_WORDS`` or more, each in
    few records (``REPEATS``), or each a name said about as often as the others
    (``_name_pool``): a variable's values."""
    if len(words) < VARIABLE_WORDS:
        return False
    return sum(words.values()) <= REPEATS * len(words) or _name_pool(words)


# Records of the least said word, at least, and of the most said one, at most, as a multiple
# of the least said's, for a pool of names (_name_pool)
POOL_RECORDS: Final = 2
POOL_SPREAD: Final = 3


def _name_pool(words: dict[str, int]) -> bool:
    """Whether a rest's words (three or more) are names that one call site prints in turn:
    each a plain lower-case word (dashed or not) that is no verb's form, state or word of
    prose (``catalog``, ``public``, ``accounts``, ``billing-east``: things, not what happens
    to them), each said by ``POOL_RECORDS`` records or more and none by more than
    ``POOL_SPREAD`` times the least said one's. A program that works through a set of
    things (shards, queues, tenants, backends in turn) names each about as often; the
    words of a program's events at one place (``started``, ``stopped``, ``retrying``) are
    verbs' forms or states, and events come as unevenly as events do (a start, many
    retries), where ``REPEATS`` would have read only names that seldom repeat."""
    least = min(words.values())
    if least < POOL_RECORDS or max(words.values()) > POOL_SPREAD * least:
        return False
    return all([pool_name(word) for word in words])


# A run of words that ends a text, read as one value where the batch shows a text varying there
# (BatchEvidence.read_text): at most MAX_RUN words, after a word of the message or a kept
# number (not a record's head alone: ``W <*>] <its message>``, _message_word); TEXTS runs or more
# there, POOLED of them, of MIN_POOLED words or more, printed at another place of the batch too. A reason, an
# error's text, a name with spaces are values a stream prints in many records of many call
# sites; a call site's own words end few records and are printed by one call site only.
MAX_RUN: Final = 6
TEXTS: Final = 3
POOLED: Final = 2
MIN_POOLED: Final = 2  # (one word is printed by many call sites: failed, done)
_CLOSERS: Final = frozenset(('"', "'", ")", "]", "}", "."))


def _closed(tokens: list[str], kinds: list[int]) -> bool:
    return kinds[-1] == PUNCT and tokens[-1] in _CLOSERS


def _phrase_word(token: str, kind: int) -> bool:
    """A word of a text in prose: lower-case letters (a hyphen, an apostrophe, a slash, a
    stop at its end), or capitalised (the text's first word)."""
    if kind != WORD and kind != TITLE:
        return False
    if letters_only(token):
        return True  # (most words: no mark to take away)
    word = token[:-1] if token.endswith(".") else token
    return word.replace("-", "").replace("'", "").replace("/", "").isalpha()


def _message_word(tokens: list[str], kinds: list[int], start: int) -> bool:
    """Whether the tokens before ``start`` hold a word of the message (a word of prose of two
    letters or more, not a level: ``failed to start, err: <text>``) or a number the masker
    kept (a code location's line, ``[x.cc:115] <text>``: one call site's head). Else they are
    a record's head alone (a level, a level's letter, values, a bracketed thread, a dotted
    logger's name: ``W <*>] <message>``, ``INFO [<*>] app.db: <message>``), which every call
    site of the logger prints: the words after it are each call site's message, printed
    after another head too when the call site logs at another level or on another thread,
    not a text that varies. False too right after the record's level in capitals and its
    colon (``acserver: STOP: INFO: <message>``): the message opens there."""
    if (start >= 2 and tokens[start - 1] == ":" and kinds[start - 2] == CAPS
            and tokens[start - 2] in HEAD_LEVELS):
        # the record's level in capitals and its colon right before: the head ends there,
        # the labels before it too (a script's and its command's, gsmtool: STOP: INFO:
        # <message>), and the message opens
        return False
    head = header_end(tokens)  # (the record's header: its logger's name no word of the message's)
    for at in range(start):
        token = tokens[at]
        if token.isdigit():
            return True
        if at > head and len(token) > 1 and _phrase_word(token, kinds[at]) and token not in HEAD_LEVELS:
            return True
    return False


def _introduced(tokens: list[str], kinds: list[int], start: int, runs: set[tuple[str, ...]],
                pooled: int) -> bool:
    """Whether the texts from ``start`` (``runs``: the batch's after the same rest, their first
    words and last words as many as ``TEXTS`` or more) are one value that the words before
    them introduce, though no other call site prints them: ``TEXTS`` texts or more of
    ``MIN_POOLED`` words or more, after a sentence of the message (two words of prose or more,
    not a level, after the record's last bracketed head field ``]``) that ends right before
    them with a colon or a stop (``Original error was: <text>``, ``with iconv. <text>``), most
    of the texts in lower case then (a value the sentence goes on with; a component's own
    messages after its label, ``Password plugin: Unable to …``, are capitalised sentences), or
    with a word when one of the texts (``pooled``) is printed after another word too (``Stash
    failed <strerror>``, ``while delivering <reason>``); or a key's ``=`` (``stderr=<text>``).
    Not after a head's label alone (``nsd[<*>]: <message>``, ``[main] dbg: <message>``,
    ``Multipart: <message>``: every message of the logger comes after it), another mark (``-
    <message>``) nor a word when no other place prints a text (``Could not <*>``, ``Executed
    action to <*>``: many call sites' own words, each a phrase of its own)."""
    long = lower = 0
    for run in runs:
        if len(run) >= MIN_POOLED:
            long += 1
        if run[0][0].islower():
            lower += 1
    if long < TEXTS:
        return False
    last = start - 1
    before = tokens[last]
    if before == "=":
        return True
    if before != ":" and not (WORD <= kinds[last] < PUNCT and (pooled or before.endswith("."))):
        return False
    words = 0
    for at in range(last, -1, -1):
        token = tokens[at]
        if token == "]":
            return False
        if len(token) > 1 and _phrase_word(token, kinds[at]) and token not in HEAD_LEVELS:
            words += 1
            if words >= 2:
                # (printed elsewhere, or most of them in lower case: a value the sentence goes
                # on with, not a component's own sentences after its label, Password plugin:
                # Unable to connect …, each capitalised as a message is)
                return pooled > 0 or 2 * lower > len(runs)
    return False


def _texts_of(tokens: list[str], kinds: list[int]) -> list[tuple[int, tuple[str, ...], int]]:
    """Each run of words (``_phrase_word``) that ends ``tokens`` (before one closing mark at
    most: a quote, a bracket), longest first, with the key of the rest of the text (the
    tokens before it and the mark after it) and where it starts; a word of the message or a
    kept number before it (``_message_word``), else the message's first word is no run's."""
    n = len(tokens)
    end = n - 1 if n and _closed(tokens, kinds) else n
    start = end
    while start > 0 and end - start < MAX_RUN and _phrase_word(tokens[start - 1], kinds[start - 1]):
        start -= 1
    if start == end:
        return []
    if not _message_word(tokens, kinds, start):
        start += 1  # (the run's first word is the message's first, the call site's)
        if start == end:
            return []
    held = tuple(tokens)
    after = held[end:]
    return [(hash((held[:at], after)), held[at:end], at) for at in range(start, end)]


def _shared_keys(tokens: list[str], kinds: list[int], first: bool, second: bool) -> list[int]:
    """The ``rest_keys`` of ``tokens`` that another list may share, by which of its halves
    another holds (``first``, ``second``): a list that shares the first half with it differs
    in the second, and the other way round. None when it shares neither: it can give no
    evidence, nor be given any (a lone text of the batch costs no key a place)."""
    if not (first or second):
        return []
    middle = len(tokens) // 2
    return rest_keys(tokens, kinds, 0 if second else middle, len(tokens) if first else middle)


# lists read that share a half, at most, compared pair by pair (``_pair_keys``); beyond,
# each gets a key at each place of the other half (as many lists sharing a half cost the
# square of their count to compare, and a key a place costs some 60 token comparisons)
MAX_PARTNERS: Final = 32


def _group(ones: dict[int, int], groups: dict[int, list[int]], key: int, index: int) -> None:
    """Note that the list at ``index`` holds the half ``key``: in ``ones`` the first list
    that holds it, in ``groups`` every list once two do."""
    held = ones.get(key)
    if held is None:
        ones[key] = index
        return
    group = groups.get(key)
    if group is None:
        groups[key] = [held, index]
    else:
        group.append(index)


def _pair_keys(group: list[int], token_lists: list[list[str]], kinds_lists: list[list[int]],
               out: list[list[int]], none: list[int], second: bool) -> None:
    """The ``rest_key`` in ``out`` of each list of ``group`` (lists read that share their first
    half, ``second``, or their second) at each place of the other half where another list of
    the group differs from it alone: there, and there only, two lists read may share a rest
    (``rest_key``; the pair's key made once, for both). At each place of that half when the
    group holds more than ``MAX_PARTNERS`` lists."""
    if len(group) > MAX_PARTNERS:
        for index in group:
            tokens = token_lists[index]
            middle = len(tokens) // 2
            start, end = (middle, len(tokens)) if second else (0, middle)
            for at in range(start, end):
                _set_key(out, index, at, tokens, kinds_lists[index], none, 0)
        return
    for i, one in enumerate(group):
        tokens = token_lists[one]
        count = len(tokens)
        start, end = (count // 2, count) if second else (0, count // 2)
        for other in group[i + 1:]:
            theirs = token_lists[other]
            if len(theirs) != count:
                continue  # (two halves' keys that collide, or lists of two lengths)
            found = -1
            for at in range(start, end):
                if tokens[at] != theirs[at]:
                    if found >= 0:
                        found = -2  # (two places or more: no rest shared)
                        break
                    found = at
            if found >= 0:
                held = out[other]
                key = _set_key(out, one, found, tokens, kinds_lists[one], none,
                               0 if held is none else held[found])
                _set_key(out, other, found, theirs, kinds_lists[other], none, key)


def _set_key(out: list[list[int]], index: int, at: int, tokens: list[str], kinds: list[int],
             none: list[int], key: int) -> int:
    """Give the list at ``index`` its ``rest_key`` at ``at`` when a word is there (``key``
    when not 0: another list's of the same rest); the key given, or ``key``."""
    if kinds[at] not in _WORDS:
        return key
    keys = out[index]
    if keys is none:
        keys = out[index] = [0] * len(tokens)
    elif keys[at]:
        return keys[at]
    if not key:
        key = rest_key(tokens, at)
    keys[at] = key
    return key


def _value_places(tokens: list[str], kinds: list[int], spaced: list[bool]) -> list[int]:
    """The places of ``tokens`` that may hold a value (the first ``MAX_PLACES``): a plain or
    capitalised word, not a key of the record's own (right before ``=`` or ``:``, but for a
    name that a record prints there, ``_name_before_mark``; a mark with a space before it,
    ``ERROR :: billing : …``, separates fields instead: the word before it may vary), not an
    HTTP status class (``5xx``, which http.py wrote: the pattern's own)."""
    last = len(tokens) - 1
    # (nor the logger's name in the record's header when it is a class's: a qualified one
    # (_qualified_class), or one capitalised, letters alone, that a dash ends the header right
    # after, SemanticLogger's ``I [<pid>:<thread>] SlackDiff -- <message>``, log4j's ``%c -
    # %m``: the class that logs, one per call site, which score keeps apart from another,
    # however many loggers a batch holds; a plain name before the header's colon may be a
    # value, ``WARN [Buffer] <name>: …``; round 37, losses37)
    logger = header_logger(tokens)
    if logger >= 0 and not (_qualified_class(tokens[logger]) or (
            logger < last and tokens[logger + 1] in _HEADER_DASHES and _class_logger(tokens[logger]))):
        logger = -1
    found = [at for at, kind in enumerate(kinds)
             if kind in (WORD, TITLE) and at != logger
             and (at == last or tokens[at + 1] not in _KEY_ENDS or spaced[at + 1]
                  or _name_before_mark(tokens, kinds, at))
             and not tokens[at].endswith("xx") and not past_form_after_noun(tokens, at)
             and not subject_of_past_form(tokens, kinds, at)
             # (nor the operation a failure names right before it, ``failed to complete
             # upload`` / ``failed to touch upload`` / ``failed to register upload``: the verb
             # of each call site's format, two of which score keeps apart, however many a
             # batch holds; round 35, r33a)
             and not (at and tokens[at - 1] in OPERATION_CUES and operation_after_failure_at(tokens, at))
             # (nor a call site's own token, however many call sites a batch holds
             # (call_site_token_at): a kept code location's file, glued to its line or not,
             # ZoneMinder's ``.ERR-zm_comms.cpp/99``, ``[screen] src/screen.rs:12165: …``, and
             # its line (round 31, locations31); the line of an Erlang location in its own
             # column, leo_logger's ``mod:fun/1 - consume\t423``; an Objective-C method's
             # class or selector in quotes, '-[AppDelegate showRules:]' (round 42, weak42))
             and not call_site_token_at(tokens, at)
             # (nor a name of a module's path, glued to its ``::``, tracing's target
             # ``app::server::http1``: the code's, one per call site)
             and not _path_name_at(tokens, spaced, at)]
    return found[:MAX_PLACES]


_HEADER_DASHES: Final = frozenset(("-", "--"))


def _class_logger(word: str) -> bool:
    """Whether a logger's name reads as a class's: capitalised, letters alone (``SlackDiff``,
    ``XMPPDiff``; not ``t-xk``, ``billing-33``, ``worker``)."""
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _qualified_class(word: str) -> bool:
    """Whether a logger's name is a class's qualified name: three dotted labels or more, the
    last capitalised (MEL's ``info: eShop.Ordering.API.OrderingService[0]``, log4j's
    ``o.s.b.w.GracefulShutdown``; not a name a pool draws, ``blue.media``, ``app.worker.tasks``)."""
    labels = word.split(".")
    return len(labels) >= 3 and all(labels) and labels[-1][:1].isupper() and word.replace(".", "").isalnum()


def _path_name_at(tokens: list[str], spaced: list[bool], at: int) -> bool:
    """Whether the word at ``at`` is the last name of a path of code joined by ``::``, glued
    to its ``::`` and to a colon after it (a target's: ``app::server::http1: <message>``).
    Not a name called after the path, ``RTC::Transport::<name>()`` (a function a program
    prints where it logs may be a value it was given), nor one before a ``::``, which a
    value may be (``<queue>::FlowControl::delivery``, a value and the code's names glued)."""
    return (at > 1 and at + 2 < len(tokens) and tokens[at - 1] == ":" and tokens[at - 2] == ":"
            and not spaced[at] and not spaced[at - 1] and tokens[at + 1] == ":" and not spaced[at + 1]
            and tokens[at + 2] != ":")


def _name_before_mark(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether the word at ``at``, right before ``=`` or ``:`` (``tokens[at + 1]``), may be a
    name the record prints there rather than a key of the call site's own; the batch decides
    (three words or more there, few records each, ``_variable``). A key is the record's when it
    opens the message and a value follows it (``Country: <*>``, HealthApp's
    ``getDiffTotalSteps= <*>``: its name is the record's), or when a word of the sentence
    comes before the colon (``Unhandled site: <reason>`` / ``Unhandled lobby: …``, the
    program's own nouns). Elsewhere a call site prints names there: a key inside the message,
    a map's key (``cookie %s='%s'``); before a colon, a label that a mark or a value comes
    before and a value after (``(PID 7) reports-service: <*>``, ``[%s:%d]``), or a label of
    the message's words (``lldpd | DBG | billing-east: out filter``, ``alpha: queue
    drained``): a component, a peer, a queue, whose records say the same thing."""
    if tokens[at + 1] == "=":
        return at > 0
    before = kinds[at - 1] if at else -1
    if at + 2 < len(tokens) and kinds[at + 2] in (WORD, TITLE, CAPS):
        return before != WORD and before != TITLE  # a label, then the message's words
    return at > 0 and before not in (WORD, TITLE, CAPS, STRONG)  # a name after a mark or a value
