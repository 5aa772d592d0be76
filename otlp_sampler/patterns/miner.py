"""PatternMiner: message -> template -> stable pattern id, online, in arrival order.

``add(message)`` is on the hot path, once per record. It costs, in order of likelihood:

1. an exact-text cache hit: the text with every digit turned into ``0`` (a C-level
   ``bytes.translate``) looked up in a dict. Digits never decide a pattern on their own
   (masking treats them by position only), so ``port 42`` and ``port 97`` share an entry;
   but the first digit of an HTTP status does (``http.py``), and so does the line of a code
   location that opens the record (``blocklist.cc:64: …``, one call site): a text holding
   one has a ``_ByStatus`` entry there, read by those digits;
2. a masked-text cache hit: one regex pass (``masking.mask_statuses``), the head fields that
   this stream has shown to vary read as values (``positions.HeadPositions``: a thread, a
   task), and a dict lookup (keyed otherwise for a text that opens with a time,
   ``masking.opens_with_time``: the mining reads a name and its colon after it as a label;
   ``_masked_key``);
3. mining (``shapes.ShapeIndex``): a failure's cause folded (``causes.fold``), tokens,
   then Drain-style matching against the templates of the same length and first word;
   the best one at or above ``SIMILARITY`` is generalized in place and keeps its id,
   otherwise a new template starts.

Both caches are bounded two-generation dicts (a cheap LRU), by entries and by key bytes.
Everything is decided in the call; nothing is deferred. The id of a pattern is
``pattern_id(service, template)`` of its template as first created with the words that may
vary as ``<*>`` (``shapes.id_tokens``: ``Invalid user <*> from <*>`` whichever user came
first), and it stays with the pattern when later messages generalize the template (as
drain3 keeps a cluster id), so a record's id never changes meaning.

Bounds: at most ``max_patterns`` patterns. When full, the least recently used tenth that
has been idle for a while is evicted; while nothing is idle enough (a flood of unique
messages) new shapes go to a catch-all ``<*>`` pattern instead of pushing out live ones.
Examined text is cut at ``masking.MAX_CHARS``, templates at ``masking.MAX_TOKENS`` tokens,
and each scan of candidates is bounded, so neither a 1 MB message nor a garbage stream
costs more than a bounded amount of work and memory.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from otlp_sampler.patterns.batch import VARIABLE_WORDS, BatchEvidence
from otlp_sampler.patterns.causes import fold
from otlp_sampler.patterns.http import status_class
from otlp_sampler.patterns.ids import PatternNamer, pattern_id
from otlp_sampler.patterns.levels import NO_LEVEL_FIELD, LevelField, LevelPlaces, Located
from otlp_sampler.patterns.masking import (
    DIGITS_TO_ZERO,
    MAX_CHARS,
    WILDCARD,
    clip,
    mask_statuses,
    opens_with_time,
    unescaped,
)
from otlp_sampler.patterns.positions import Cut, HeadPositions
from otlp_sampler.patterns.runs import foreseen_run
from otlp_sampler.patterns.shapes import (
    MAX_SHAPES,
    Pattern,
    Shape,
    ShapeIndex,
    id_text,
    id_tokens,
    spaced_after_cut,
)
from otlp_sampler.patterns.templates import WILD, kinds_of, lead_key
from otlp_sampler.patterns.tokens import render, tokens

CATCH_ALL: Final = WILDCARD
DEFAULT_CACHE_SIZE: Final = 8192  # entries per generation, per cache (exact, masked)
KIND_CACHE_SIZE: Final = 8192  # tokens whose kind the miner remembers (a word is at most MAX_CHARS)
CACHE_BYTES: Final = 512 * 1024  # key bytes per generation, per cache: long messages rotate sooner
# the end of a level that no text has (add_batch's reading's tokens of a text, once taken)
_TAKEN: Final = -2
# what add_batch's reading keeps of the texts it read (parallel lists, PatternMiner._batch_tokens)
_Read = tuple[list[str], list[int], list[list[str]], list[list[bool]], list[list[int]], list[list[int]]]
_NO_TOKENS: Final[_Read] = ([], [], [], [], [], [])  # (none: never read)
# what add_batch's reading keeps of a record's masking (PatternMiner._batch_masks)
_Masking = tuple[str, tuple[int, ...], bool, str, Located | None, int, Cut | None]


@dataclass(frozen=True, slots=True)
class PatternInfo:
    """A snapshot of one pattern, as listed by :meth:`PatternMiner.patterns`."""

    id: str
    template: str
    count: int
    first_seen: float  # wall-clock seconds when the pattern was created


class _ByStatus:
    """An exact-cache entry for texts holding HTTP statuses or a leading code location: the
    digits-to-zero key cannot tell ``status=503`` from ``status=200``, nor ``x.cc:64:`` from
    ``x.cc:71:``, so the pattern is looked up by the first digit of each status and the
    digits of the line, read at the positions masking found them (the same for every text
    of one key: only digits differ)."""

    __slots__ = ("first", "patterns", "positions")
    alive = False  # not a Pattern: add() and _slow() read it

    def __init__(self, positions: tuple[int, ...]) -> None:
        self.positions = positions
        self.first = positions[0] if len(positions) == 1 else -1  # the common case, read inline
        self.patterns: dict[str, Pattern] = {}  # first digits (_digits) -> pattern


def _exact_key(message: str) -> bytes:
    """The exact cache's key of a (clipped) message: its UTF-8 bytes, digits as 0."""
    try:
        return message.encode().translate(DIGITS_TO_ZERO)  # the default codec is the fastest
    except UnicodeEncodeError:  # a lone surrogate
        return message.encode("utf-8", "surrogatepass").translate(DIGITS_TO_ZERO)


def _digits(message: str, positions: tuple[int, ...]) -> str:
    """The first digit of each HTTP status of ``message`` (see _ByStatus)."""
    if len(positions) == 1:
        return message[positions[0]]
    return "".join([message[at] for at in positions])


class _Generations:
    """A bounded cache in two generations: a hit in the old one is copied to the new one,
    and when the new one is full (entries or key bytes) it becomes the old one."""

    __slots__ = ("hot", "key_bytes", "limit", "old")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.hot: dict = {}
        self.old: dict = {}
        self.key_bytes = 0

    def get(self, key) -> Pattern | None:
        found = self.hot.get(key)
        if found is None:
            found = self.old.get(key)
        return found if found is not None and found.alive else None

    def put(self, key, value: Pattern | _ByStatus) -> None:
        size = len(key[0]) if type(key) is tuple else len(key)  # (a timed text's: _masked_key)
        self.key_bytes += size
        if len(self.hot) >= self.limit or self.key_bytes > CACHE_BYTES:
            self.old, self.hot, self.key_bytes = self.hot, {}, size
        self.hot[key] = value

    def __len__(self) -> int:
        return len(self.hot) + len(self.old)


def _masked_key(masked: str, timed: bool) -> str | tuple[str]:
    """The masked-text cache's key of ``masked``: the text itself, or, for a record that
    opens with a time (``masking.opens_with_time``), the text in a 1-tuple. The mining reads
    a name and its colon after a time as a label of the head (``runs._separates``), so one
    masked text may be two patterns by whether the time opened it; a tuple never equals a
    text, so both share one cache (and its bounds) without a key of one meeting the other."""
    return (masked,) if timed else masked


def _is_timed_key(key: str | tuple[str]) -> bool:
    """Whether a masked-text cache key is a timed text's (``_masked_key``)."""
    return type(key) is tuple


class PatternMiner:
    """Finds the template of each message of one service and names it with a stable id.

    ``add(message) -> pattern id`` (16 hex chars); ``template(pattern_id)``;
    ``patterns()`` lists what is known. Not thread-safe: one miner per event loop.
    """

    def __init__(
        self,
        service: str = "",
        max_patterns: int = 5000,
        *,
        cache_size: int = DEFAULT_CACHE_SIZE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_patterns < 1:
            raise ValueError("max_patterns must be at least 1")
        self.service = service
        self.max_patterns = max_patterns
        self._cache_size = max(16, cache_size)
        self._clock = clock
        self._namer = PatternNamer(service)  # pattern_id(service, ·)
        self._patterns: dict[str, Pattern] = {}
        self._index = ShapeIndex()
        self._exact = _Generations(self._cache_size)  # digits-to-zero text -> pattern
        self._masked = _Generations(self._cache_size)  # _masked_key(masked text) -> pattern
        self._head = HeadPositions()  # which head fields of this stream are values
        self._levels = LevelPlaces()  # where this stream's records print their level
        self._kinds: dict[str, int] = {}  # token -> templates.token_kind and its marks (kinds_of), for mining
        self._tick = 0
        # A pattern idle for this many add() calls may be evicted to make room.
        self._min_idle = 4 * max_patterns
        self._next_eviction = 0
        self._catch_all = Pattern(pattern_id(service, CATCH_ALL), CATCH_ALL, clock())
        # while add_batch places a request's records: what they say (batch.BatchEvidence), and
        # the maskings (a record's: mask_statuses, opens_with_time, the text as the head read
        # it then and where its level is, LevelPlaces.locate, None: not made, and the index of
        # its tokens, -1: none, and its head's fields as HeadPositions.reread_cut cut them,
        # None: not cut; None: no masking) and tokens (parallel lists, a text's: the
        # masked text and its level end, _TAKEN once taken, then tokens, spaced, kinds,
        # batch.rest_keys) its reading made, for the placing to take (by the record's place in
        # the batch, _batch_at, -1: none, and its masking's index: no dict, nor a hash of the
        # record's text, nor a tuple a text)
        self._batch: BatchEvidence | None = None
        self._batch_at = -1
        self._batch_masks: list[_Masking | None] = []
        self._batch_tokens: _Read = _NO_TOKENS
        # the patterns add_batch's placing makes, in order (None while no batch is placed): the
        # ones whose ids no record has been given yet (_join_covered)
        self._made: list[Pattern] | None = None

    # ------------------------------------------------------------------ hot path

    def add(self, message: str) -> str:
        """The pattern id of ``message``, assigned now (online, in arrival order)."""
        if "\x1b" in message:  # a terminal's colours: the text as the terminal shows it
            message = unescaped(message)
        if len(message) > MAX_CHARS:
            message = clip(message)
        return self._place(message, _exact_key(message))

    def _place(self, message: str, key: bytes) -> str:
        """The pattern id of ``message`` (clipped), whose exact-cache key is ``key``."""
        self._tick = tick = self._tick + 1
        entry = self._exact.hot.get(key)
        # (typed: compiled, a Pattern's attributes are read and set in C, an entry of the
        # untyped cache's through generic calls)
        found: Pattern
        if type(entry) is Pattern and entry.alive:
            found = entry
        elif type(entry) is _ByStatus and entry.first >= 0:
            # a text with one HTTP status: its pattern by the status's first digit
            hit = entry.patterns.get(message[entry.first])
            found = hit if hit is not None and hit.alive else self._slow(message, key, entry)
        else:
            found = self._slow(message, key, entry)
        found.count += 1
        found.last_used = tick
        return found.id

    def add_batch(self, messages: list[str]) -> list[str]:
        """The pattern ids of a request's records, in order: ``add`` of each, where mining
        may also read what the batch's other records say (``batch.BatchEvidence``).

        The records are read first (``_read_batch``); the placing takes each record's key,
        masking and tokens from that reading instead of making them again (the tokens when
        the stream still reads the text as it did: its head fields, its level)."""
        if len(messages) < VARIABLE_WORDS:
            return [self.add(message) for message in messages]  # (no rule has evidence enough)
        exact = self._exact
        hot = exact.hot  # (the generation the reading looks records up in)
        clipped, keys, hits = self._read_batch(messages)
        ids: list[str] = []
        made: list[Pattern] = []
        self._made = made
        try:
            for at, message in enumerate(clipped):
                hit = hits[at]
                # a record the reading found in the hot generation: _place would find it there
                # again while that generation is the hot one (no rotation since) and its
                # pattern lives (no eviction since); no other record can put another pattern
                # under its key meanwhile (_slow puts one for a key only when it finds none)
                if hit is not None and hit.alive and exact.hot is hot:
                    self._tick = tick = self._tick + 1  # (_place's hit, inline)
                    hit.count += 1
                    hit.last_used = tick
                    ids.append(hit.id)
                else:
                    self._batch_at = at  # (_slow takes the reading's masking of this record)
                    ids.append(self._place(message, keys[at]))
            if made:
                self._join_covered(made, ids)
            return ids
        finally:
            self._made = None
            self._index.batch = self._batch = None
            self._batch_at = -1
            self._batch_masks = []
            self._batch_tokens = _NO_TOKENS

    def _read_batch(self, messages: list[str]) -> tuple[list[str], list[bytes], list[Pattern | None]]:
        """Each message clipped, its exact-cache key, and its pattern when the exact cache's
        hot generation holds it under that key, alive (else None): three lists, in order; and, as
        ``self._batch``, what the records that mining will read say: their tokens as it
        reads them now (the head fields and the level as the stream reads them, learning
        nothing), each text once with the count of its records. Their maskings and tokens
        are kept for the placing (``_slow``, ``_mine``), by the record's place in the batch
        (a record whose key an earlier one of the batch has gets none: its text is known by
        then, or made again). A record whose pattern is known (the exact or the masked
        cache holds its text) is no evidence."""
        hot, old = self._exact.hot, self._exact.old
        masks: list[_Masking | None] = []
        head = self._head
        levels = self._levels
        known = self._kinds
        clipped: list[str] = []
        keys: list[bytes] = []
        hits: list[Pattern | None] = []
        # the texts as mining reads them, in the order first read, each with its level's end
        # and place (peek's, locate's: the text's alone while the reading learns nothing), its
        # tokens and the count of its records (parallel lists: BatchEvidence.read reads them so)
        texts: list[str] = []
        ends: list[int] = []
        places: list[Located] = []
        token_lists: list[list[str]] = []
        spaced_lists: list[list[bool]] = []
        kinds_lists: list[list[int]] = []
        records: list[int] = []
        at_text: dict[str, int] = {}  # a text as mining reads it -> its index there
        read: dict[bytes, int] = {}  # key -> the index of its text, -1: not mined
        for message in messages:
            if "\x1b" in message:  # (add's)
                message = unescaped(message)
            if len(message) > MAX_CHARS:
                message = clip(message)
            key = _exact_key(message)
            clipped.append(message)
            keys.append(key)
            found = hot.get(key)
            if found is not None and type(found) is not _ByStatus and found.alive:
                hits.append(found)  # (most records)
                masks.append(None)
                continue
            hits.append(None)
            masks.append(None)  # (replaced below by the record's masking when it is made)
            if found is None:
                found = old.get(key)
            if found is not None:
                if type(found) is _ByStatus:  # (a text with HTTP statuses: known by their digits)
                    found = found.patterns.get(_digits(message, found.positions))
                if found is not None and found.alive:
                    continue
            index = read.get(key)
            if index is not None:
                if index >= 0:
                    records[index] += 1
                continue
            masked, statuses = mask_statuses(message)
            timed = opens_with_time(message, masked)
            text, cut = head.reread_cut(masked)  # (the placing's HeadPositions.read takes the cut)
            if self._masked.get(_masked_key(text, timed)) is not None:
                read[key] = -1
                masks[-1] = (masked, statuses, timed, text, None, -1, cut)
                continue
            index = at_text.get(text)
            if index is not None:
                read[key] = index
                records[index] += 1
                masks[-1] = (masked, statuses, timed, text, places[index], index, cut)
                continue
            located = levels.locate(text)  # (once: the placing's LevelPlaces.read takes it)
            level_end = levels.peek(text, located)
            masks[-1] = (masked, statuses, timed, text, located, len(texts), cut)
            read[key] = at_text[text] = len(texts)
            texts.append(text)
            ends.append(level_end)
            places.append(located)
            level = NO_LEVEL_FIELD if level_end < 0 else LevelField(level_end, text)
            token_list, spaced = tokens(fold(text, level))
            if len(known) > KIND_CACHE_SIZE:
                known.clear()  # (bounded as _mine bounds it)
            token_lists.append(token_list)
            spaced_lists.append(spaced)
            kinds_lists.append(kinds_of(token_list, known))
            records.append(1)
        evidence = BatchEvidence()
        its_keys = evidence.read(token_lists, kinds_lists, records)
        self._batch_tokens = (texts, ends, token_lists, spaced_lists, kinds_lists, its_keys)
        self._batch_masks = masks
        self._index.batch = self._batch = evidence
        return clipped, keys, hits

    # ------------------------------------------------------------------ misses

    def _slow(self, message: str, key: bytes, entry: Pattern | _ByStatus | None) -> Pattern:
        by_status = None
        if type(entry) is _ByStatus:  # in the hot generation, for another status class
            by_status = entry
            if entry.first < 0:  # (several digits: add() reads one only)
                found = entry.patterns.get(_digits(message, entry.positions))
                if found is not None and found.alive:
                    return found
        else:
            entry = self._exact.old.get(key)
            if entry is not None:
                if entry.alive:
                    self._exact.put(key, entry)
                    return entry
                if type(entry) is _ByStatus:
                    found = entry.patterns.get(_digits(message, entry.positions))
                    self._exact.put(key, entry)
                    if found is not None and found.alive:
                        return found
                    by_status = entry
        read = None if self._batch_at < 0 else self._batch_masks[self._batch_at]
        located: Located | None = None
        read_tokens = -1  # (the index of the tokens add_batch's reading made of the text)
        cut: Cut | None = None
        if read is None:
            masked, statuses = mask_statuses(message)
            # (the kind of the value the record opens with: after a time a name and its colon
            # are a label of the head, after a thing's id or address its event: runs._separates)
            timed = opens_with_time(message, masked)
            read_text = ""
        else:
            # (add_batch's reading made them)
            masked, statuses, timed, read_text, located, read_tokens, cut = read
        cache = self._masked
        head = self._head
        freed = head.freed
        masked = head.read(masked, cut)
        if head.freed != freed:
            self._read_earlier_again()  # (an index turned free for the first time)
        masked_key = (masked,) if timed else masked  # (_masked_key, inline: once a miss)
        found = cache.get(masked_key)
        if found is None and head.earlier is not None:
            found = self._read_as_earlier(masked, _masked_key(head.earlier, timed))
        if found is None:
            # (where the reading found the level, when the head reads the text as it did then)
            level_end = self._levels.read(masked, located if read_text == masked else None)
            level = NO_LEVEL_FIELD if level_end < 0 else LevelField(level_end, masked)
            found = self._mine(masked, timed, level, read_tokens)
            if found is self._catch_all:
                return found  # not cached: the message may get a pattern of its own later
        cache.put(masked_key, found)
        if statuses:
            if by_status is None or by_status.positions != statuses:
                by_status = _ByStatus(statuses)
                self._exact.put(key, by_status)
            by_status.patterns[_digits(message, statuses)] = found
        else:
            self._exact.put(key, found)
        return found

    def _mine(self, masked: str, timed: bool = False, level: LevelField = NO_LEVEL_FIELD,
              read_tokens: int = -1) -> Pattern:
        # a level word at the place where this stream prints its level (levels.LevelPlaces)
        # is no failure (causes.fold), and no operation ends at the mark after it (cause_colon)
        batch = self._batch
        keys: list[int] | None = None
        taken = False
        if read_tokens >= 0:
            # (add_batch's reading's tokens of the text, when the placing reads it as the
            # reading did: the same text, the same level)
            texts, ends, token_lists, spaced_lists, kinds_lists, keys_lists = self._batch_tokens
            if ends[read_tokens] == level.end and texts[read_tokens] == masked:
                ends[read_tokens] = _TAKEN  # (taken: a shape may keep and change them)
                token_list = token_lists[read_tokens]
                spaced = spaced_lists[read_tokens]
                kinds = kinds_lists[read_tokens]
                keys = keys_lists[read_tokens]
                taken = True
        if not taken:
            token_list, spaced = tokens(fold(masked, level))
            if len(self._kinds) > KIND_CACHE_SIZE:
                self._kinds.clear()  # bounded; refills with the words in use
            kinds = kinds_of(token_list, self._kinds)
        if batch is not None:
            # (a text the batch's reading did not read as this one: its keys now)
            keys = batch.keys_of(token_list, kinds) if keys is None else keys
            read_list = token_list
            token_list, kinds = batch.read_variables(token_list, kinds, keys, spaced)
            # (the reading's list, unchanged: its runs as the reading found them)
            read_at = read_tokens if taken and token_list is read_list else -1
            token_list, kinds, spaced = batch.read_text(token_list, kinds, spaced, read_at)
        lead = lead_key(token_list, kinds)
        found = self._index.find(token_list, kinds, lead)
        if found is not None:
            return found
        # not found as it is: its words after an operation's colon may be a cause that
        # other records of the event have shown to vary (ShapeIndex.trailing_cause)
        folded, kinds, spaced, cause = self._index.trailing_cause(token_list, kinds, spaced, timed, level)
        if folded is not token_list:
            token_list = folded
            lead = lead_key(token_list, kinds)
            found = self._index.find(token_list, kinds, lead)
            if found is not None:
                return found
        if len(self._patterns) >= self.max_patterns and not self._evict():
            return self._catch_all
        text = render(token_list, spaced)
        # The id does not depend on which record of the event came first where the rules
        # say how the template may generalize (shapes.id_tokens); when another pattern
        # holds that id already, the template as first seen names this one (as it always
        # did).
        if cause is not None and cause[1] >= 0:
            # a cause after an operation's colon: named folded, as it will be once another
            # comes (ShapeIndex.trailing_cause), whichever came first; the rules read the
            # folded tokens (a long cause must not make the first word a subject)
            folded_run: tuple[int, int] | None = (cause[1] + 1, len(token_list) - cause[2])
        else:
            # a value the rules fold whatever its words (runs.foreseen_run): named folded
            folded_run = foreseen_run(token_list, kinds)
        if folded_run is None:
            named, named_spaced = self._index.named_of(token_list, kinds), spaced
        else:
            start, end = folded_run
            named = id_tokens([*token_list[:start], WILDCARD, *token_list[end:]],
                              [*kinds[:start], WILD, *kinds[end:]])
            named_spaced = [*spaced[:start], spaced_after_cut(token_list, spaced, start - 1), *spaced[end:]]
        # (the text itself when id_text would give it back: no empty brackets to fill, no
        # two values ending it to read as one)
        pid = self._namer.name(text if named == token_list and "[ ]" not in text and "()" not in text
                               and "[]" not in text and not text.endswith(" <*> <*>")
                               else id_text(named, named_spaced))
        existing = self._patterns.get(pid)
        if existing is not None:
            pid = self._namer.name(text)
            existing = self._patterns.get(pid)
            if existing is not None:
                # A live pattern already generalized into exactly this text: the same pattern.
                return existing
        created = self._patterns[pid] = Pattern(pid, text, self._clock())
        if self._made is not None:
            self._made.append(created)
        if "xx" in text:
            created.status = status_class(text)
        shape = Shape(created, token_list, spaced, kinds)
        self._index.add(shape, lead)
        if cause is not None:
            self._index.remember_cause(cause[0], shape)
        return created

    def _join_covered(self, made: list[Pattern], ids: list[str]) -> None:
        """Give the records of a pattern this batch made the id of another pattern whose
        template the batch's later records made cover it (``ShapeIndex.covering``: a word of
        it where the other holds ``<*>``, all else equal), when that one holds more records;
        its shape becomes the other's. ``ids``: the batch's ids, in place.

        At a call site's first records the miner cannot tell a word that varies from one that
        names the event (§ Matching): ``relay servers for gateway-1: <cause>`` and ``… for
        ledger-api: <cause>`` are two patterns until a record shows the place to vary (``…
        for archive-2: <cause>``, its name a value to masking), and the second is a pattern of
        one record for good, though the first's template now covers it. No id of this
        batch's patterns has been given to a record yet (add_batch returns them together), so
        the batch may place those records as its later ones showed, as a reading of the
        whole request would: where a pattern of more records covers one the batch made, the
        smaller is a case of the larger, its word a value the larger has taken (round 40,
        losses40). Not a pattern of fewer records (the one whose word the other took may be
        an event of its own, which a value seldom repeats as often), not one of several
        shapes, not across HTTP status classes (a pattern never mixes them)."""
        joined: dict[str, Pattern] = {}
        for pattern in made:
            if not pattern.alive or len(pattern.shapes) != 1:
                continue
            shape = pattern.shapes[0]
            other = self._index.covering(shape)
            if other is None:
                continue
            into = other.pattern
            if into.count <= pattern.count or into.status != pattern.status or len(into.shapes) >= MAX_SHAPES:
                continue
            pattern.alive = False
            del self._patterns[pattern.id]
            into.count += pattern.count
            if pattern.last_used > into.last_used:
                into.last_used = pattern.last_used
            shape.pattern = into  # (found again by the index for its texts, as the other's)
            pattern.shapes = []
            into.shapes.append(shape)
            joined[pattern.id] = into
        if joined:
            for at, pid in enumerate(ids):
                found = joined.get(pid)
                if found is not None:
                    ids[at] = found.id

    def _read_as_earlier(self, masked: str, earlier: str | tuple[str]) -> Pattern | None:
        """The pattern of ``earlier``, the cache key of the text as first read before this
        message's head field turned a value (``HeadPositions.earlier``), for ``masked``, the
        new reading, when no pattern holds that yet: the message keeps the id its first
        records had."""
        pattern = self._masked.get(earlier)
        if pattern is None:
            return None
        token_list, spaced = tokens(fold(masked))
        kinds = kinds_of(token_list, self._kinds)
        lead = lead_key(token_list, kinds)
        found = self._index.find(token_list, kinds, lead)
        if found is not None:
            return found
        self._index.add(Shape(pattern, token_list, spaced, kinds), lead)
        return pattern

    def _read_earlier_again(self) -> None:
        """Once a head field's index turns free, the masked texts mined before
        are read again as the head reader reads them now; where one reads otherwise and no
        pattern holds that reading yet, its pattern gets it as a shape of its own. The
        records of a call site that came before its thread was known to vary then keep
        their first id when the next come with the thread read as ``<*>`` (ids.md: a
        template may generalize, its id stays). The first pattern to claim a reading keeps
        it (the cache's older generation first, the texts that open with a time after the
        others); runs when an index turns free for the first time, at most
        ``positions.FIELDS`` times a stream."""
        head = self._head
        cache = self._masked
        for timed in (False, True):
            for generation in (cache.old, cache.hot):
                for key, pattern in list(generation.items()):
                    if not pattern.alive or _is_timed_key(key) is not timed:
                        continue
                    masked = key[0] if timed else key
                    text = head.reread(masked)
                    if text == masked:
                        continue
                    text_key = _masked_key(text, timed)
                    if text_key in cache.hot or text_key in cache.old:
                        continue
                    token_list, spaced = tokens(fold(text))
                    kinds = kinds_of(token_list, self._kinds)
                    lead = lead_key(token_list, kinds)
                    if self._index.find(token_list, kinds, lead) is None:
                        self._index.add(Shape(pattern, token_list, spaced, kinds), lead)
                        cache.put(text_key, pattern)

    def _evict(self) -> bool:
        """Drop the least recently used tenth if the oldest has been idle long enough; False if not."""
        if self._tick < self._next_eviction:
            return False  # O(1) while a flood of new shapes goes to the catch-all
        oldest = min(p.last_used for p in self._patterns.values())
        if self._tick - oldest < self._min_idle:
            # Ticks only grow, so nothing can be idle enough before this one.
            self._next_eviction = oldest + self._min_idle
            return False
        # The least recently used tenth goes at once, so the cost of rebuilding the index is
        # shared by the tenth of a cap of new patterns that can follow.
        batch = max(1, self.max_patterns // 10)
        for victim in sorted(self._patterns.values(), key=lambda p: p.last_used)[:batch]:
            victim.alive = False
            del self._patterns[victim.id]
        self._index.drop_dead()
        return True

    # ------------------------------------------------------------------ reading

    def template(self, pattern_id: str) -> str | None:
        """The current template of a pattern id, or None if unknown (or evicted)."""
        found = self._patterns.get(pattern_id)
        if found is not None:
            return found.text
        if pattern_id == self._catch_all.id:
            return CATCH_ALL
        return None

    def pattern(self, pattern_id: str) -> Pattern | None:
        """The live pattern of an id (None if unknown): its ``text`` is the current template,
        replaced when later messages generalise it. Read it, never change it."""
        found = self._patterns.get(pattern_id)
        if found is None and pattern_id == self._catch_all.id:
            return self._catch_all
        return found

    def status_class(self, pattern_id: str) -> int | None:
        """The HTTP status class of a pattern's records (5 for ``… 5xx …``, see
        docs/patterns.md), or None when its template holds no status or it is unknown.
        A pattern never mixes classes, so this is the class of each of its records."""
        found = self._patterns.get(pattern_id)
        return None if found is None else found.status

    def patterns(self) -> list[PatternInfo]:
        """Every known pattern (the catch-all too once used), most frequent first."""
        every = list(self._patterns.values())
        if self._catch_all.count:
            every.append(self._catch_all)
        every.sort(key=lambda p: (-p.count, p.first_seen))
        return [PatternInfo(p.id, p.text, p.count, p.first_seen) for p in every]

    def __len__(self) -> int:
        return len(self._patterns)

    def __iter__(self) -> Iterator[PatternInfo]:
        return iter(self.patterns())

    def sizes(self) -> dict[str, int]:
        """How much the miner holds (for tests and metrics): patterns, shapes, cache entries."""
        return {
            "patterns": len(self._patterns),
            "shapes": len(self._index),
            "cache_entries": len(self._exact) + len(self._masked),
        }
