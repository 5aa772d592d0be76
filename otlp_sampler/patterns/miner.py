"""PatternMiner: message -> template -> stable pattern id, online, in arrival order.

``add(message)`` is on the hot path, once per record. It costs, in order of likelihood:

1. an exact-text cache hit: the text with every digit turned into ``0`` (a C-level
   ``bytes.translate``) looked up in a dict. Digits never decide a pattern on their own
   (masking treats them by position only), so ``port 42`` and ``port 97`` share an entry;
2. a masked-text cache hit: one regex pass (``masking.mask``) and a dict lookup;
3. mining (``shapes.ShapeIndex``): tokens, then Drain-style matching against the
   templates of the same length and first word; the best one at or above ``SIMILARITY``
   is generalized in place and keeps its id, otherwise a new template starts.

Both caches are bounded two-generation dicts (a cheap LRU), by entries and by key bytes.
Everything is decided in the call; nothing is deferred. The id of a pattern is
``pattern_id(service, template)`` of its template as first created, and it stays with the
pattern when later messages generalize the template (as drain3 keeps a cluster id), so a
record's id never changes meaning.

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

from otlp_sampler.patterns.ids import pattern_id, pattern_namer
from otlp_sampler.patterns.masking import DIGITS_TO_ZERO, MAX_CHARS, WILDCARD, clip, mask, render, tokens
from otlp_sampler.patterns.shapes import Pattern, Shape, ShapeIndex
from otlp_sampler.patterns.templates import kinds_of, lead_key

CATCH_ALL = WILDCARD
DEFAULT_CACHE_SIZE = 8192  # entries per generation, per cache
KIND_CACHE_SIZE = 8192  # tokens whose kind the miner remembers (a word is at most MAX_CHARS)
CACHE_BYTES = 512 * 1024  # key bytes per generation, per cache: long messages rotate sooner


@dataclass(frozen=True, slots=True)
class PatternInfo:
    """A snapshot of one pattern, as listed by :meth:`PatternMiner.patterns`."""

    id: str
    template: str
    count: int
    first_seen: float  # wall-clock seconds when the pattern was created


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

    def put(self, key, value: Pattern) -> None:
        self.key_bytes += len(key)
        if len(self.hot) >= self.limit or self.key_bytes > CACHE_BYTES:
            self.old, self.hot, self.key_bytes = self.hot, {}, len(key)
        self.hot[key] = value

    def __len__(self) -> int:
        return len(self.hot) + len(self.old)


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
        self._name = pattern_namer(service)  # pattern_id(service, ·)
        self._patterns: dict[str, Pattern] = {}
        self._index = ShapeIndex()
        self._exact = _Generations(self._cache_size)  # digits-to-zero text -> pattern
        self._masked = _Generations(self._cache_size)  # masked text -> pattern
        self._kinds: dict[str, int] = {}  # token -> templates.token_kind, for mining
        self._tick = 0
        # A pattern idle for this many add() calls may be evicted to make room.
        self._min_idle = 4 * max_patterns
        self._next_eviction = 0
        self._catch_all = Pattern(pattern_id(service, CATCH_ALL), CATCH_ALL, clock())

    # ------------------------------------------------------------------ hot path

    def add(self, message: str) -> str:
        """The pattern id of ``message``, assigned now (online, in arrival order)."""
        if len(message) > MAX_CHARS:
            message = clip(message)
        self._tick = tick = self._tick + 1
        key = message.encode("utf-8", "surrogatepass").translate(DIGITS_TO_ZERO)
        found = self._exact.hot.get(key)
        if found is None or not found.alive:
            found = self._slow(message, key)
        found.count += 1
        found.last_used = tick
        return found.id

    # ------------------------------------------------------------------ misses

    def _slow(self, message: str, key: bytes) -> Pattern:
        found = self._exact.old.get(key)
        if found is None or not found.alive:
            masked = mask(message)
            found = self._masked.get(masked)
            if found is None:
                found = self._mine(masked)
                if found is self._catch_all:
                    return found  # not cached: the message may get a pattern of its own later
            self._masked.put(masked, found)
        self._exact.put(key, found)
        return found

    def _mine(self, masked: str) -> Pattern:
        token_list, spaced = tokens(masked)
        if len(self._kinds) > KIND_CACHE_SIZE:
            self._kinds.clear()  # bounded; refills with the words in use
        kinds = kinds_of(token_list, self._kinds)
        lead = lead_key(token_list, kinds)
        found = self._index.find(token_list, kinds, lead)
        if found is not None:
            return found
        if len(self._patterns) >= self.max_patterns and not self._evict():
            return self._catch_all
        text = render(token_list, spaced)
        pid = self._name(text)
        existing = self._patterns.get(pid)
        if existing is not None:
            # A live pattern already generalized into exactly this text: the same pattern.
            return existing
        created = self._patterns[pid] = Pattern(pid, text, self._clock())
        self._index.add(Shape(created, token_list, spaced, kinds), lead)
        return created

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
