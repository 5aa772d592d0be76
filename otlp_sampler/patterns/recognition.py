"""The recognition road: a new text of a known call site gets its pattern without masking.

Most texts the exact-text cache misses are new records of a call site whose pattern exists
already: a word, a path, a name or a hex value differs, and the template shows ``<*>``
there. ``Recognizer.recognize(message)`` reads such a text against the live templates
themselves, before the miner masks it, word by word: a slot holds no space, so the words
of a text that fits a template align with the template's. It fits (``_Entry.fits``) when

- its constant words are the template's;
- a slot that is a whole word holds one token of ``masking.tokens`` (no mark in it: it
  stays one token whatever masking makes of it, and the template's ``<*>`` takes any
  token), or a word that masking alone turns into ``<*>`` (``10.0.0.1:8080``);
- masking turns a word where a slot is glued to other characters into the template's
  (``blk_-42`` into ``blk_<*>``; ``blk_abc`` stays a word, another token, which the full
  road weighs as such; ``(deploy)`` stays as it is, and another template's ``(payments)``
  could then score as well as ``(<*>)`` with the full road, which this road cannot see);
- in the lead place (the first word after marks), and everywhere in a template of values
  and marks only, a slot holds what masking hides: a word there chooses another bucket,
  or no template (templates.score).

The answer must be the full road's, so the road stands aside wherever it could differ: a
text that fits the templates of two patterns (the full road scores them), one that may
hold an HTTP status (its class is part of the template), a template that masking.tokens
would not read back as itself (its values fold with their neighbours once masked) or that
shows brackets other records fill, a first shape that sits in no bucket of its lead or in
one that the full road reads in part (more than ``candidates.MAX_CANDIDATES``), and a key
that holds more than ``MAX_PER_KEY`` templates (one left out could be the better one).
Templates are indexed by their first word (their second when the first holds a slot) and
their last, each only where constant, and by their number of spaces (``_key``); a text
looks up the six keys it may fit under. When a pattern's template changes (it
generalizes, a cause folds, another length becomes its first shape), its entry is read
again from the new template when it is next met or mining next returns the pattern.

Bounds: one entry per live pattern (``learn`` adds a pattern once; an eviction drops the
dead), at most ``MAX_PER_KEY`` templates per key, ``WORD_CACHE_SIZE`` masked words. See
docs/patterns.md, How ``add()`` works.
"""

from __future__ import annotations

import re
from operator import itemgetter

from otlp_sampler.patterns.candidates import MAX_CANDIDATES
from otlp_sampler.patterns.http import may_hold_status
from otlp_sampler.patterns.masking import _WORDISH, WILDCARD, mask_statuses, render, tokens
from otlp_sampler.patterns.shapes import Pattern, ShapeIndex
from otlp_sampler.patterns.templates import PUNCT, WILD

# what masking.tokens folds values at, but for a second variable: a template without them
# reads back as itself
_FOLD_MARKS = frozenset("{}[]()<>|,=\"'")
WORD_CACHE_SIZE = 4096  # words whose masked form the road remembers (a word is at most MAX_CHARS)
MAX_PER_KEY = 16  # templates under one key (_key); more: the road stands aside there
# One token of masking.tokens (its word characters): whatever masking makes of it, it
# stays one token, so a template's <*> takes it as the full road does.
_ONE_TOKEN = re.compile(_WORDISH + "+", re.ASCII)
_WORD_CHARACTER = re.compile(_WORDISH, re.ASCII)
_CROWDED = "crowded"  # a key with more than MAX_PER_KEY templates


class _Entry:
    """One pattern's template, read word by word: a slot holds no space, so the words of a
    text that fits it align with the template's."""

    __slots__ = ("blocks", "bucket", "constants", "glued", "hidden", "key", "loose", "pattern", "read",
                 "text", "words")

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.text = pattern.text
        self.key = _key(self.text)
        self.words: list[str] | None = None  # what follows is read when a text is first
        # looked up under its key (compile): many patterns never get a second text
        self.constants = None
        self.loose: list[int] = []
        self.glued: list[tuple[int, str, str, str]] = []
        self.read = False  # what follows is read when a text first fits (_read)
        self.blocks = True
        self.bucket = None  # the shapes._Bucket of its first shape
        self.hidden: list[int] = []  # loose slots that must hold what masking hides

    def compile(self) -> None:
        """Read the template's words (once: many patterns never get a second text)."""
        self.words = words = self.text.split(" ")
        places = [at for at, word in enumerate(words) if WILDCARD not in word]
        # the constant words, compared at once (one C-level itemgetter call)
        if places:
            self.constants = (itemgetter(*places), words[places[0]] if len(places) == 1
                              else tuple([words[at] for at in places]))
        # slots that are a whole word (``loose``), and words that hold a slot glued to
        # other characters or to another slot: (place, the template's word, its constant
        # start and end); see fits
        for at, word in enumerate(words):
            if word == WILDCARD:
                self.loose.append(at)
            elif WILDCARD in word:
                self.glued.append((at, word, word[:word.find(WILDCARD)], word[word.rfind(WILDCARD) + 3:]))

    def fits(self, message: str, words: list[str], road: Recognizer) -> bool:
        """Whether ``message`` (``words``: its words) is a text of this template, as the
        full road would read it: its constant words are the template's; a slot that is a
        whole word holds one token of masking.tokens (whatever masking makes of it, the
        ``<*>`` takes it, as a value or as a word); and masking turns a word where a slot
        is glued to other characters into the template's (``blk_-42`` into ``blk_<*>``,
        ``db-1:5432`` into ``<*>:<*>`` or ``<*>`` as the template has it: a value glued to
        marks or to another value is read with them)."""
        # (the constant words are compared by the caller, Recognizer.recognize)
        glued = self.glued
        if not glued and not self.loose:
            return message == self.text
        for at, _, start, end in glued:
            word = words[at]
            if len(word) <= len(start) + len(end) or not word.startswith(start) or not word.endswith(end):
                return False
        if not self.read:
            self._read(road.index)
        fullmatch = _ONE_TOKEN.fullmatch
        mask_word = road.mask_word
        for at in self.loose:
            if fullmatch(words[at]) is None and mask_word(words[at]) != WILDCARD:
                return False
        for at in self.hidden:
            if mask_word(words[at]) != WILDCARD:
                return False
        return all(mask_word(words[at]) == template_word for at, template_word, _, _ in glued)

    def _read(self, index: ShapeIndex) -> None:
        """What the full road would make of a text of this template, read once."""
        self.read = True
        pattern = self.pattern
        shape = pattern.shapes[0] if pattern.shapes else None
        if shape is None:
            return
        # The full road reads the first shape in its bucket (shapes.ShapeIndex.find): one
        # that sits in none (its first word became a value) is found otherwise.
        self.bucket = index.bucket_of(shape)
        # A template that the full road would not read back as itself (its values folded:
        # ``package <*> (<*>)`` is one value to masking.tokens once the word before the
        # brackets is a value; ``CLI: <*> <*> <*>`` is ``CLI: <*>``), or that shows
        # brackets other records fill, may hold texts that the full road gives another
        # pattern: a text that fits it is left to the full road.
        text = self.text
        self.blocks = self.bucket is None or shape.marked >= 0 or (
            (text.count(WILDCARD) > 1 or not _FOLD_MARKS.isdisjoint(text.replace(WILDCARD, "")))
            and render(*tokens(text)) != text)  # (masking.tokens folds nothing without them)
        if all(kind in (WILD, PUNCT) for kind in shape.kinds):
            # a template of values and marks only takes no text with a word (templates.score)
            self.hidden = self.loose
        else:
            # a word in the lead place (after marks only) chooses another bucket
            words = self.words
            lead = next((at for at, word in enumerate(words)
                         if WILDCARD in word or _WORD_CHARACTER.search(word)), -1)
            self.hidden = [lead] if lead >= 0 and words[lead] == WILDCARD else []


def _key(text: str) -> tuple[str | None, str | None, str | None, int]:
    """Where a template is indexed: by its first word, or its second when the first holds
    a slot, and its last word, each None when it holds a slot; and by its number of spaces
    (a text that fits it has as many: a slot holds none, so the words of the two align).
    A text has these words wherever the template's are constant, so the six keys it looks
    up (``Recognizer.recognize``) hold every template it may fit."""
    words = text.split(" ")
    first, last = words[0], words[-1]
    second = words[1] if len(words) > 1 and WILDCARD in first and WILDCARD not in words[1] else None
    return (None if WILDCARD in first else first, second, None if WILDCARD in last else last, len(words) - 1)


class Recognizer:
    """Live templates indexed for the recognition road (module docstring)."""

    def __init__(self, index: ShapeIndex) -> None:
        self.index = index
        # word -> masking.mask_statuses of it alone: the words around values recur
        # (``{"level":"info",``, ``'/srv/app.conf'``), and a pass of masking costs more
        # than the rest of a lookup
        self._masked_words: dict[str, str] = {}
        self._entries: dict[str, _Entry] = {}  # pattern id -> its entry
        self._keys: dict[tuple, list[_Entry] | str] = {}  # _key -> entries, or _CROWDED

    def recognize(self, message: str) -> Pattern | None:
        """The pattern the full road would give ``message``, when this road can tell; else None."""
        words = message.split(" ")
        first, last, spaces = words[0], words[-1], len(words) - 1
        second = words[1] if spaces else None
        get = self._keys.get
        # (_key: the six places a template that the text may fit is indexed under)
        lists = [found for found in (get((first, None, last, spaces)), get((first, None, None, spaces)),
                                     get((None, second, last, spaces)), get((None, second, None, spaces)),
                                     get((None, None, last, spaces)), get((None, None, None, spaces)))
                 if found is not None]
        if not lists or _CROWDED in lists:
            return None
        found = bucket = None
        for entries in lists:
            for entry in entries:
                pattern = entry.pattern
                if entry.text is not pattern.text or not pattern.alive:
                    # changed or evicted since indexed: index it again, and leave this
                    # text to the full road (the pattern may fit it under another key)
                    self._reindex(entry)
                    return None
                constants = entry.constants
                if constants is None and entry.words is None:
                    entry.compile()
                    constants = entry.constants
                if constants is not None and constants[0](words) != constants[1]:
                    continue  # (most templates under a key: read here, without a call)
                if entry.fits(message, words, self):
                    if entry.blocks or (found is not None and found is not pattern):
                        return None  # two templates fit: the full road scores them
                    found, bucket = pattern, entry.bucket
        if found is None or may_hold_status(message):  # (a status's class is in the template)
            return None
        if len(bucket.shapes) > MAX_CANDIDATES:
            # the full road reads the most frequent of a crowded bucket only, and sorts it
            # when it has grown: this road cannot tell what it would find there
            return None
        return found

    def mask_word(self, word: str) -> str:
        """``masking.mask_statuses(word)``'s text, remembered (bounded: WORD_CACHE_SIZE)."""
        masked = self._masked_words.get(word)
        if masked is None:
            if len(self._masked_words) >= WORD_CACHE_SIZE:
                self._masked_words.clear()  # refills with the words in use
            masked = self._masked_words[word] = mask_statuses(word)[0]
        return masked

    def learn(self, pattern: Pattern) -> None:
        """Index ``pattern``, returned by the full road (again, if its template changed)."""
        entry = self._entries.get(pattern.id)
        if entry is None:
            self._insert(_Entry(pattern))
        elif entry.text is not pattern.text or entry.pattern is not pattern:
            self._reindex(entry, pattern)

    def drop_dead(self) -> None:
        """Forget evicted patterns (the miner calls it after an eviction); a key that was
        crowded may hold few enough templates now."""
        live = [e for e in self._entries.values() if e.pattern.alive]
        self._entries = {}
        self._keys = {}
        for entry in live:
            # (the index keeps the buckets of live shapes: what an entry read stays true)
            self._insert(entry if entry.text is entry.pattern.text else _Entry(entry.pattern))

    def __len__(self) -> int:
        return len(self._entries)

    def _reindex(self, entry: _Entry, pattern: Pattern | None = None) -> None:
        self._remove(entry)
        pattern = pattern if pattern is not None else entry.pattern
        if pattern.alive:
            self._insert(_Entry(pattern))
        elif self._entries.get(pattern.id) is entry:
            del self._entries[pattern.id]

    def _insert(self, entry: _Entry) -> None:
        self._entries[entry.pattern.id] = entry
        entries = self._keys.setdefault(entry.key, [])
        if entries is _CROWDED:
            return
        if len(entries) >= MAX_PER_KEY:
            # a template left out could be the better one for a text: none is answered here
            self._keys[entry.key] = _CROWDED
            return
        entries.append(entry)

    def _remove(self, entry: _Entry) -> None:
        entries = self._keys.get(entry.key)
        if isinstance(entries, list) and entry in entries:
            entries.remove(entry)
            if not entries:
                del self._keys[entry.key]
