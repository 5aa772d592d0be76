"""PatternMiner: message -> template -> stable pattern id, online, in arrival order.

``add(message)`` is on the hot path, once per record. It costs, in order of likelihood:

1. an exact-text cache hit: the text with every digit turned into ``0`` (a C-level
   ``bytes.translate``) looked up in a dict. Digits never decide a pattern on their own
   (masking treats them by position only), so ``port 42`` and ``port 97`` share an entry;
2. a masked-text cache hit: one regex pass (``masking.mask``) and a dict lookup;
3. mining: tokens, then Drain-style matching against the templates of the same length
   and first word (``templates.score``); the best one at or above ``SIMILARITY`` is
   generalized in place and keeps its id, otherwise a new template starts.

Both caches are bounded two-generation dicts (a cheap LRU). Everything is decided in the
call; nothing is deferred. The id of a template is ``pattern_id(service, template)`` of the
template as it was first created, and it stays with the template when later messages
generalize it (as drain3 keeps a cluster id), so a record's id never changes meaning.

Bounds: at most ``max_patterns`` templates. When full, the least recently used tenth
that has been idle for a while is evicted; while nothing is idle enough (a flood of
unique messages) new shapes go to a catch-all ``<*>`` pattern instead of pushing out
live ones. Examined text is cut at ``masking.MAX_CHARS``, templates at
``masking.MAX_TOKENS`` tokens, and each bucket of candidates is scanned at most
``MAX_CANDIDATES`` deep, so neither a 1 MB message nor a garbage stream costs more than a
bounded amount of work and memory.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from otlp_sampler.patterns.ids import pattern_id
from otlp_sampler.patterns.masking import DIGITS_TO_ZERO, MAX_CHARS, WILDCARD, clip, mask, render, tokens
from otlp_sampler.patterns.templates import (
    SIMILARITY,
    WILD,
    cues_of,
    generalize,
    kinds_of,
    lead_key,
    score,
)

CATCH_ALL = WILDCARD
MAX_CANDIDATES = 48  # templates scored per miss, most popular first
DEFAULT_CACHE_SIZE = 8192  # entries per generation, per cache


@dataclass(frozen=True, slots=True)
class Pattern:
    """A snapshot of one pattern, as listed by :meth:`PatternMiner.patterns`."""

    id: str
    template: str
    count: int
    first_seen: float  # wall-clock seconds when the pattern was created


class _Template:
    __slots__ = ("alive", "count", "first_seen", "id", "kinds", "last_used", "spaced", "text", "tokens")

    def __init__(
        self, pid: str, token_list: list[str], spaced: list[bool], kinds: list[int], now: float
    ) -> None:
        self.id = pid
        self.tokens = token_list
        self.spaced = spaced
        self.kinds = kinds
        self.text = render(token_list, spaced)
        self.count = 0
        self.first_seen = now
        self.last_used = 0  # the miner's add() tick: the LRU order
        self.alive = True


class _Bucket:
    """Templates of one length and first word, most popular first (re-sorted as it grows)."""

    __slots__ = ("sorted_at", "templates")

    def __init__(self) -> None:
        self.templates: list[_Template] = []
        self.sorted_at = 0

    def candidates(self) -> list[_Template]:
        templates = self.templates
        if len(templates) > MAX_CANDIDATES and len(templates) >= 2 * self.sorted_at:
            templates.sort(key=lambda t: -t.count)
            self.sorted_at = len(templates)
        return templates[:MAX_CANDIDATES] if len(templates) > MAX_CANDIDATES else templates


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
        self._templates: dict[str, _Template] = {}
        self._buckets: dict[tuple[int, str], _Bucket] = {}
        self._exact: dict[bytes, _Template] = {}
        self._exact_old: dict[bytes, _Template] = {}
        self._masked: dict[str, _Template] = {}
        self._masked_old: dict[str, _Template] = {}
        self._tick = 0
        # A pattern idle for this many add() calls may be evicted to make room.
        self._min_idle = 4 * max_patterns
        self._catch_all = _Template(pattern_id(service, CATCH_ALL), [CATCH_ALL], [False], [WILD], clock())

    # ------------------------------------------------------------------ hot path

    def add(self, message: str) -> str:
        """The pattern id of ``message``, assigned now (online, in arrival order)."""
        if len(message) > MAX_CHARS:
            message = clip(message)
        self._tick = tick = self._tick + 1
        key = message.encode("utf-8", "surrogatepass").translate(DIGITS_TO_ZERO)
        found = self._exact.get(key)
        if found is None or not found.alive:
            found = self._slow(message, key)
        found.count += 1
        found.last_used = tick
        return found.id

    # ------------------------------------------------------------------ misses

    def _slow(self, message: str, key: bytes) -> _Template:
        found = self._exact_old.get(key)
        if found is None or not found.alive:
            masked = mask(message)
            found = self._masked.get(masked)
            if found is None or not found.alive:
                found = self._masked_old.get(masked)
                if found is None or not found.alive:
                    found = self._mine(*tokens(masked))
                    if found is self._catch_all:
                        return found  # not cached: the message may get a pattern of its own later
                self._remember_masked(masked, found)
        self._remember_exact(key, found)
        return found

    def _remember_exact(self, key: bytes, found: _Template) -> None:
        if len(self._exact) >= self._cache_size:
            self._exact_old = self._exact
            self._exact = {}
        self._exact[key] = found

    def _remember_masked(self, masked: str, found: _Template) -> None:
        if len(self._masked) >= self._cache_size:
            self._masked_old = self._masked
            self._masked = {}
        self._masked[masked] = found

    def _mine(self, token_list: list[str], spaced: list[bool]) -> _Template:
        kinds = kinds_of(token_list)
        cued = cues_of(token_list)
        bucket_key = (len(token_list), lead_key(token_list, kinds))
        bucket = self._buckets.get(bucket_key)
        best: _Template | None = None
        best_score = SIMILARITY
        if bucket is not None:
            for candidate in bucket.candidates():
                value = score(candidate.tokens, candidate.kinds, token_list, kinds, cued)
                if value > best_score or (value == best_score and best is None):
                    best, best_score = candidate, value
        if best is not None:
            if best.tokens != token_list:
                merged = generalize(best.tokens, token_list)
                if merged != best.tokens:
                    best.tokens = merged
                    best.kinds = kinds_of(merged)
                    best.text = render(merged, best.spaced)
            return best
        if len(self._templates) >= self.max_patterns and not self._evict():
            return self._catch_all
        return self._create(token_list, spaced, kinds, bucket_key)

    def _create(
        self, token_list: list[str], spaced: list[bool], kinds: list[int], bucket_key: tuple[int, str]
    ) -> _Template:
        text = render(token_list, spaced)
        pid = pattern_id(self.service, text)
        existing = self._templates.get(pid)
        if existing is not None:
            # A live template already generalized into exactly this text: it is the same pattern.
            return existing
        created = _Template(pid, token_list, spaced, kinds, self._clock())
        self._templates[pid] = created
        bucket = self._buckets.get(bucket_key)
        if bucket is None:
            bucket = self._buckets[bucket_key] = _Bucket()
        bucket.templates.append(created)
        return created

    def _evict(self) -> bool:
        """Drop the least recently used tenth if it has been idle long enough; False if not."""
        oldest = min(t.last_used for t in self._templates.values())
        if self._tick - oldest < self._min_idle:
            return False
        batch = max(1, self.max_patterns // 10)
        victims = sorted(self._templates.values(), key=lambda t: t.last_used)[:batch]
        doomed = set()
        for victim in victims:
            if self._tick - victim.last_used < self._min_idle:
                break
            victim.alive = False
            doomed.add(victim.id)
            del self._templates[victim.id]
        for key, bucket in list(self._buckets.items()):
            bucket.templates = [t for t in bucket.templates if t.id not in doomed]
            if not bucket.templates:
                del self._buckets[key]
            else:
                bucket.sorted_at = 0
        return True

    # ------------------------------------------------------------------ reading

    def template(self, pattern_id: str) -> str | None:
        """The current template of a pattern id, or None if unknown (or evicted)."""
        found = self._templates.get(pattern_id)
        if found is not None:
            return found.text
        if pattern_id == self._catch_all.id:
            return CATCH_ALL
        return None

    def patterns(self) -> list[Pattern]:
        """Every known pattern (the catch-all too once used), most frequent first."""
        every = list(self._templates.values())
        if self._catch_all.count:
            every.append(self._catch_all)
        every.sort(key=lambda t: (-t.count, t.first_seen))
        return [Pattern(t.id, t.text, t.count, t.first_seen) for t in every]

    def __len__(self) -> int:
        return len(self._templates)

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self.patterns())

    def cache_entries(self) -> int:
        """Entries held by both caches (for tests and metrics): bounded by 4 x cache_size."""
        return len(self._exact) + len(self._exact_old) + len(self._masked) + len(self._masked_old)
