"""The recognition road: a new text of a known call site gets its pattern without masking.

Most texts the exact-text cache misses are new records of a call site whose pattern exists
already: a word, a path, a name or a hex value differs, and the template shows ``<*>``
there. ``Recognizer.recognize(message)`` reads such a text against the live templates
themselves, before the miner masks it: a template is compiled into an anchored regular
expression (its constants literal, each ``<*>`` a slot that holds no whitespace), and a
text that fits it gets its pattern when what each slot holds is a value the full road
would also read as that ``<*>`` (``_slot_fits``):

- a slot alone between spaces or marks holds either one word of the tokenizer's
  (``masking.tokens``: no mark in it, so it stays one token whatever masking does with
  it, and the template's ``<*>`` accepts any token there), or a text that masking alone
  turns into one ``<*>`` (``10.0.0.1:8080``);
- a slot glued to constant characters (``blk_<*>``, ``'<*>'``-less stems) fits when
  masking turns the whole token into the template's token (``blk_-42`` into ``blk_<*>``:
  ``blk_abc`` stays a word, which the full road would weigh as another token);
- a slot in the lead place (the first word) fits only a text masking hides: a word there
  chooses another bucket.

The answer must be the full road's, so the road stands aside whenever it could differ:
a text that may hold an HTTP status (whose class masking puts in the template), a text
that fits the templates of two patterns (the full road scores them; the road does not),
and a key of the index whose list of templates is full (a template left out could be the
better one). Templates are indexed by their first word and their number of spaces (a
slot holds none, so a fitting text has the template's); those that start with a slot by
``<*>`` and their spaces. When a pattern's template changes (it generalizes, a cause
folds, another length becomes its first shape), its entry is compiled again from the new
template when it is next met or the pattern is next returned by the full road.

Bounds: one entry per live pattern (``learn`` adds a pattern once; eviction drops the
dead), at most ``MAX_PER_KEY`` templates per key, each a regex of a template of at most
``masking.MAX_TOKENS`` tokens. See docs/patterns.md, How ``add()`` works.
"""

from __future__ import annotations

import re

from otlp_sampler.patterns.candidates import MAX_CANDIDATES
from otlp_sampler.patterns.http import REQUEST_START
from otlp_sampler.patterns.masking import WILDCARD, mask, mask_statuses, render, tokens
from otlp_sampler.patterns.shapes import Pattern, ShapeIndex
from otlp_sampler.patterns.templates import PUNCT, WILD

MAX_PER_KEY = 16  # templates of one first word and one number of spaces; more: the road stands aside
# One token of masking.tokens (its _WORDISH characters): whatever masking makes of it, it
# stays one token, so a template's <*> takes it as the full road does.
_ONE_TOKEN = re.compile(r"[^\s<>=,;:()\[\]{}|\"'*]+", re.ASCII)
_WORDISH = re.compile(r"[^\s<>=,;:()\[\]{}|\"'*]", re.ASCII)
_MARKS = frozenset("<>=,;:()[]{}|\"'*")  # what ends a token of masking.tokens (but spaces)
_SLOT = r"(\S+?)"
FIRST, LAST, NEITHER = 0, 1, 2  # which word of a template indexes it (_key)
_CROWDED = "crowded"  # a key with more than MAX_PER_KEY templates


class _Entry:
    """One pattern's template compiled: its regex and how to check each slot's text."""

    __slots__ = ("blocks", "bucket", "key", "pattern", "regex", "slots", "strict", "text")

    def __init__(self, pattern: Pattern, index: ShapeIndex) -> None:
        self.pattern = pattern
        self.text = text = pattern.text
        self.key = _key(text)
        # A template that the full road would not read back as itself (masked, its values
        # folded: ``package <*> (<*>)`` is one value to masking.tokens once the word before
        # the brackets is a value; ``CLI: <*> <*> <*>`` is ``CLI: <*>``), or that shows
        # brackets other records fill, may hold texts that the full road gives another
        # pattern: a text that fits it is left to the full road.
        # The full road reads the first shape in its bucket (shapes.ShapeIndex.find): one
        # that sits in none (its first word became a value) is found otherwise.
        shape = pattern.shapes[0] if pattern.shapes else None
        self.bucket = None if shape is None else index.bucket_of(shape)
        self.blocks = self.bucket is None or shape.marked >= 0 or render(*tokens(mask(text))) != text
        # A template of values and marks only takes no text with a word (templates.score):
        # each slot must hold what masking hides.
        self.strict = shape is not None and all(kind in (WILD, PUNCT) for kind in shape.kinds)
        parts = text.split(WILDCARD)
        self.regex = None if len(parts) == 1 else re.compile(_SLOT.join(map(re.escape, parts)), re.DOTALL)
        # for each slot: the constant text around it up to the spaces (masking reads a
        # value with what is glued to it: blk_<*>, "level":<*>), and whether it is in the
        # lead place, after marks only (see _slot_fits)
        self.slots: list[tuple[str, str, bool]] = []
        for at in range(len(parts) - 1):
            self.slots.append((parts[at].rsplit(" ", 1)[-1], parts[at + 1].split(" ", 1)[0],
                               at == 0 and _WORDISH.search(parts[0]) is None))

    def fits(self, message: str) -> bool:
        """Whether ``message`` is a text of this template, as the full road would read it."""
        if self.regex is None:
            return message == self.text
        found = self.regex.fullmatch(message)
        if found is None:
            return False
        for (before, after, lead), value in zip(self.slots, found.groups(), strict=True):
            if not _slot_fits(before, value, after, lead or self.strict):
                return False
        return True


def _slot_fits(before: str, value: str, after: str, hidden: bool) -> bool:
    """Whether the full road reads ``value`` where a template has ``<*>``, ``before`` and
    ``after`` it up to the spaces (module docstring); ``hidden``: only if masking hides it."""
    if (not hidden and _ONE_TOKEN.fullmatch(value) is not None
            and (not before or before[-1] in _MARKS) and (not after or after[0] in _MARKS)):
        return True  # one token alone: the <*> takes it as a value or as a word
    return mask_statuses(before + value + after)[0] == before + WILDCARD + after


def _key(text: str) -> tuple[int, str, int]:
    """Where a template is indexed: by its first word when that holds no slot, else by its
    last word when that holds none, else by neither; and by its number of spaces (a text
    that fits it has as many: a slot holds none). A text that fits a template has its
    first (last) word when the template's is constant, so the three keys a text looks up
    hold every template it may fit."""
    spaces = text.count(" ")
    first = text.split(" ", 1)[0]
    if WILDCARD not in first:
        return (FIRST, first, spaces)
    last = text.rsplit(" ", 1)[-1]
    if WILDCARD not in last:
        return (LAST, last, spaces)
    return (NEITHER, "", spaces)


def _may_hold_status(text: str) -> bool:
    """``http.may_hold_status``: a status's class would be part of the template."""
    return ("HTTP/" in text or "tatus" in text or "TATUS" in text
            or ((" /" in text or "://" in text) and REQUEST_START.search(text) is not None))


class Recognizer:
    """Live templates indexed for the recognition road (module docstring)."""

    def __init__(self, index: ShapeIndex) -> None:
        self._index = index
        self._entries: dict[str, _Entry] = {}  # pattern id -> its entry
        self._keys: dict[tuple[int, str, int], list[_Entry] | str] = {}  # _key -> entries, or _CROWDED

    def recognize(self, message: str) -> Pattern | None:
        """The pattern the full road would give ``message``, when this road can tell; else None."""
        spaces = message.count(" ")
        keys = self._keys
        first = keys.get((FIRST, message.split(" ", 1)[0], spaces))
        last = keys.get((LAST, message.rsplit(" ", 1)[-1], spaces))
        neither = keys.get((NEITHER, "", spaces))
        if first is None and last is None and neither is None:
            return None
        if first is _CROWDED or last is _CROWDED or neither is _CROWDED or _may_hold_status(message):
            return None
        found = None
        for entries in (first, last, neither):
            if entries is None:
                continue
            for entry in entries:
                pattern = entry.pattern
                if entry.text is not pattern.text or not pattern.alive:
                    # changed or evicted since indexed: index it again, and leave this
                    # text to the full road (the pattern may fit it under another key)
                    self._reindex(entry)
                    return None
                if entry.fits(message):
                    if entry.blocks or (found is not None and found is not pattern):
                        return None  # two templates fit: the full road scores them
                    found = pattern
        if found is not None and len(self._entries[found.id].bucket.shapes) > MAX_CANDIDATES:
            # the full road reads the most frequent of a crowded bucket only, and sorts it
            # when it has grown: this road cannot tell what it would find there
            return None
        return found

    def learn(self, pattern: Pattern) -> None:
        """Index ``pattern``, returned by the full road (again, if its template changed)."""
        entry = self._entries.get(pattern.id)
        if entry is None:
            self._insert(_Entry(pattern, self._index))
        elif entry.text is not pattern.text or entry.pattern is not pattern:
            self._reindex(entry, pattern)

    def drop_dead(self) -> None:
        """Forget evicted patterns (the miner calls it after an eviction); a key that was
        crowded may hold few enough templates now."""
        live = [e for e in self._entries.values() if e.pattern.alive]
        self._entries = {}
        self._keys = {}
        for entry in live:
            # (the index made its buckets again: each is read anew)
            self._insert(_Entry(entry.pattern, self._index))

    def __len__(self) -> int:
        return len(self._entries)

    def _reindex(self, entry: _Entry, pattern: Pattern | None = None) -> None:
        self._remove(entry)
        pattern = pattern if pattern is not None else entry.pattern
        if pattern.alive:
            self._insert(_Entry(pattern, self._index))
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
