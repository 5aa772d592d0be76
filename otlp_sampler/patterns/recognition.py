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
_SLOT = r"(\S+?)"
_CROWDED = "crowded"  # a key with more than MAX_PER_KEY templates


class _Entry:
    """One pattern's template compiled: its regex and how to check each slot's text."""

    __slots__ = ("blocks", "bucket", "key", "pattern", "regex", "slots", "strict", "text", "words")

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
        # The template's words (a slot holds no space: a fitting text's words align with
        # them), and for each slot the word it is in, and whether it is that whole word and
        # may take a word of the text (not in the lead place, after marks only, nor in a
        # template of values only): see fits.
        self.words = text.split(" ")
        self.slots: list[tuple[int, bool]] = []
        for at in range(len(parts) - 1):
            before = parts[at]
            word = sum(part.count(" ") for part in parts[:at + 1])
            lead = at == 0 and _WORDISH.search(before) is None
            alone = (not before or before[-1] == " ") and parts[at + 1][:1] in ("", " ")
            self.slots.append((word, alone and not lead and not self.strict))

    def fits(self, message: str) -> bool:
        """Whether ``message`` is a text of this template, as the full road would read it:
        each slot holds one token of masking.tokens that is a whole word (whatever masking
        makes of it, the <*> takes it, as a value or as a word), or masking turns the word
        it is in into the template's (``blk_-42`` into ``blk_<*>``, ``"level":"info",`` into
        ``"level":<*>,``, ``db-1:5432`` into ``<*>``: a value glued to marks or to another
        value is read with them)."""
        if self.regex is None:
            return message == self.text
        found = self.regex.fullmatch(message)
        if found is None:
            return False
        words = None
        checked = -1
        for (word, alone), value in zip(self.slots, found.groups(), strict=True):
            if alone and _ONE_TOKEN.fullmatch(value) is not None:
                continue
            if word == checked:
                continue  # two slots of one word: read once
            if words is None:
                words = message.split(" ")
            if mask_statuses(words[word])[0] != self.words[word]:
                return False
            checked = word
        return True


def _key(text: str) -> tuple[str | None, str | None, str | None, int]:
    """Where a template is indexed: by its first word, or its second when the first holds
    a slot, and its last word, each None when it holds a slot; and by its number of spaces
    (a text that fits it has as many: a slot holds none, so the words of the two align).
    A text has these words wherever the template's are constant, so the keys it looks up
    (``_text_keys``) hold every template it may fit."""
    words = text.split(" ")
    first, last = words[0], words[-1]
    second = words[1] if len(words) > 1 and WILDCARD in first and WILDCARD not in words[1] else None
    return (None if WILDCARD in first else first, second, None if WILDCARD in last else last, len(words) - 1)


def _text_keys(message: str) -> tuple[tuple[str | None, str | None, str | None, int], ...]:
    """The keys of every template ``message`` may fit (``_key``)."""
    words = message.split(" ", 2)
    first = words[0]
    second = words[1] if len(words) > 1 else None
    last = message.rsplit(" ", 1)[-1]
    spaces = message.count(" ")
    return ((first, None, last, spaces), (first, None, None, spaces), (None, second, last, spaces),
            (None, second, None, spaces), (None, None, last, spaces), (None, None, None, spaces))


def _may_hold_status(text: str) -> bool:
    """``http.may_hold_status``: a status's class would be part of the template."""
    return ("HTTP/" in text or "tatus" in text or "TATUS" in text
            or ((" /" in text or "://" in text) and REQUEST_START.search(text) is not None))


class Recognizer:
    """Live templates indexed for the recognition road (module docstring)."""

    def __init__(self, index: ShapeIndex) -> None:
        self._index = index
        self._entries: dict[str, _Entry] = {}  # pattern id -> its entry
        self._keys: dict[tuple, list[_Entry] | str] = {}  # _key -> entries, or _CROWDED

    def recognize(self, message: str) -> Pattern | None:
        """The pattern the full road would give ``message``, when this road can tell; else None."""
        get = self._keys.get
        lists = [found for found in map(get, _text_keys(message)) if found is not None]
        if not lists or _CROWDED in lists or _may_hold_status(message):
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
                if entry.fits(message):
                    if entry.blocks or (found is not None and found is not pattern):
                        return None  # two templates fit: the full road scores them
                    found, bucket = pattern, entry.bucket
        if found is not None and len(bucket.shapes) > MAX_CANDIDATES:
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
