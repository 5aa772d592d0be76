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

from otlp_sampler.patterns.http import REQUEST_START
from otlp_sampler.patterns.masking import WILDCARD, mask, mask_statuses, render, tokens
from otlp_sampler.patterns.shapes import Pattern

MAX_PER_KEY = 16  # templates of one first word and one number of spaces; more: the road stands aside
# One token of masking.tokens (its _WORDISH characters): whatever masking makes of it, it
# stays one token, so a template's <*> takes it as the full road does.
_ONE_TOKEN = re.compile(r"[^\s<>=,;:()\[\]{}|\"'*]+", re.ASCII)
_WORDISH_END = re.compile(r"[^\s<>=,;:()\[\]{}|\"'*]+$", re.ASCII)
_WORDISH_START = re.compile(r"[^\s<>=,;:()\[\]{}|\"'*]+", re.ASCII)
_SLOT = r"(\S+?)"
_CROWDED = "crowded"  # a key with more than MAX_PER_KEY templates


class _Entry:
    """One pattern's template compiled: its regex and how to check each slot's text."""

    __slots__ = ("blocks", "key", "pattern", "regex", "slots", "text")

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.text = text = pattern.text
        self.key = _key(text)
        # A template that the full road would not read back as itself (masked, its values
        # folded: ``package <*> (<*>)`` is one value to masking.tokens once the word before
        # the brackets is a value; ``CLI: <*> <*> <*>`` is ``CLI: <*>``), or that shows
        # brackets other records fill, may hold texts that the full road gives another
        # pattern: a text that fits it is left to the full road.
        self.blocks = pattern.shapes[0].marked >= 0 if pattern.shapes else False
        if not self.blocks:
            self.blocks = render(*tokens(mask(text))) != text
        parts = text.split(WILDCARD)
        self.regex = None if len(parts) == 1 else re.compile(_SLOT.join(map(re.escape, parts)), re.DOTALL)
        # for each slot: the constant characters glued to it (before, after) in its token
        self.slots: list[tuple[str, str]] = []
        for at in range(len(parts) - 1):
            before = _WORDISH_END.search(parts[at])
            after = _WORDISH_START.match(parts[at + 1])
            self.slots.append((before.group() if before else "", after.group() if after else ""))
        if self.slots and _WORDISH_START.search(parts[0]) is None:
            # the first slot is in the lead place, after marks only (see _slot_fits)
            self.slots[0] = ("^", self.slots[0][1])

    def fits(self, message: str) -> bool:
        """Whether ``message`` is a text of this template, as the full road would read it."""
        if self.regex is None:
            return message == self.text
        found = self.regex.fullmatch(message)
        if found is None:
            return False
        for (before, after), value in zip(self.slots, found.groups(), strict=True):
            if not _slot_fits(before, value, after):
                return False
        return True


def _slot_fits(before: str, value: str, after: str) -> bool:
    """Whether the full road reads ``value`` where a template has ``<*>`` (module docstring)."""
    if before == "^":
        return mask_statuses(value + after)[0] == WILDCARD + after
    if before or after:
        return mask_statuses(before + value + after)[0] == before + WILDCARD + after
    return _ONE_TOKEN.fullmatch(value) is not None or mask_statuses(value)[0] == WILDCARD


def _key(text: str) -> tuple[str, int]:
    """Where a template is indexed: its first word (``<*>`` when that holds a slot) and its
    number of spaces (a text that fits it has as many: a slot holds none)."""
    first = text.split(" ", 1)[0]
    return (WILDCARD if WILDCARD in first else first, text.count(" "))


def _may_hold_status(text: str) -> bool:
    """``http.may_hold_status``: a status's class would be part of the template."""
    return ("HTTP/" in text or "tatus" in text or "TATUS" in text
            or ((" /" in text or "://" in text) and REQUEST_START.search(text) is not None))


class Recognizer:
    """Live templates indexed for the recognition road (module docstring)."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}  # pattern id -> its entry
        self._keys: dict[tuple[str, int], list[_Entry] | str] = {}  # _key -> entries, or _CROWDED

    def recognize(self, message: str) -> Pattern | None:
        """The pattern the full road would give ``message``, when this road can tell; else None."""
        spaces = message.count(" ")
        first = self._keys.get((message.split(" ", 1)[0], spaces))
        by_value = self._keys.get((WILDCARD, spaces))
        if first is None and by_value is None:
            return None
        if first is _CROWDED or by_value is _CROWDED or _may_hold_status(message):
            return None
        found = None
        for entries in (first, by_value):
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
        return found

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
