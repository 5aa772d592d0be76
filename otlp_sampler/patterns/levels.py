"""Where a stream's records print their level, learned: a level word there is never a failure.

A level word opens many records' heads in forms no rule lists (``error (config): …``,
``@<tid>/error - …``), and a failure rule that meets ``error`` followed by a colon or a
dash reads what follows as the failure's cause and folds it, so every call site of that
level shares one pattern. One miner serves one stream, and a stream's head prints its level
at one place: ``LevelPlaces.read(masked)`` finds the first level word near the start of each
masked text the exact cache missed, and keys it by its *place*: the record's start before it
reduced to its marks (each word one ``w``, each value one ``v``, each run of whitespace one
space) and the marks right after it. A place where at least ``LEVELS_TO_LEARN`` different
levels (error, warn, info, debug, …) have been seen is the head's level field: a level word
there says how grave the record is, and the message starts after it (``read`` gives where,
and ``causes.fold`` reads no failure in it). A place with no word before the
level (the record opens with it, after the head's values and marks: ``[<*>]~error - …``) is
one from the first record.

A level word followed by a space and a lower-case word (``Error reading config: …``,
``Info about …``) is a sentence's word, not a head's level, unless it is in capitals, as
padded heads print it (``ERROR    start - …``); one glued to the word after it by its marks
(``[Error-Store.Backend-Rename]: …``, ``error(scope): …``) is a part of a name or of a field
the head's rules read; neither is learned nor read.

The first records of a stream whose level follows a word (``relay <*> ERROR …``), before it
has shown two levels there, are folded as before (their ids are final once given); their
masked texts keep their pattern.

Bounds: at most ``MAX_PLACES`` places, each with at most the few level letters there are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from otlp_sampler.patterns.masking import COMPILED_HERE, first_pairs
from otlp_sampler.patterns.tokens import tokens as split_tokens

if TYPE_CHECKING:
    from mypy_extensions import i64  # (compiled, a machine integer; masking's note)

# How many different levels at one place make it the head's level field.
LEVELS_TO_LEARN: Final = 2
# Places remembered per stream (a head has one or two; the rest are messages' words).
MAX_PLACES: Final = 32
# Heads whose place is remembered (a stream's heads repeat: their place is read once).
MAX_HEADS: Final = 512
# How far into the record a head's level may stand.
HEAD_CHARS: Final = 64

# The level words as heads print them, lower-cased.
_LEVEL_WORDS: Final = frozenset((
    "err", "error", "warn", "warning", "wrn", "inf", "info", "information", "debug", "dbg", "dbug",
    "trace", "trce", "trc", "fatal", "ftl", "fail", "crit", "critical", "notice"))
_LEVEL_SHORTEST: Final = min(map(len, _LEVEL_WORDS))
_LEVEL_LONGEST: Final = max(map(len, _LEVEL_WORDS))
# A level's first letter alone in square brackets, as many heads print it (``[D]``, ``[W]``:
# Ruby's and Android's one-letter levels, log4j's ``%.1p``, ``[%.1l]``), lower-cased: trace,
# debug, info, notice, warn, error, critical, fatal, verbose: masking.BRACKETED_LEVEL_LETTERS,
# spelled out because the compiled build inlines a literal (computed from that set, it cost
# +0.4 % of the Loghub sample's instructions at 512; test_levels checks the two agree).
# Only where the bracket opens the text or a field (after whitespace): glued to a name it is
# an index (``items[i]``).
_LEVEL_LETTERS: Final = "tdinwecfv"
_SPACE_MARKS: Final = " \t\n\r\x0b\x0c"  # (what \s is in ASCII)


# the level words' first two letters (masking.first_pairs): _level_in cuts and looks up a word
# of the head only when it starts as one does (most words of a head start as none)
_LEVEL_PAIRS: Final = first_pairs(_LEVEL_WORDS)
# A level word whole (not inside a name: log_error, errors), or a level's letter alone in its
# own brackets, searched in the lower-cased head (a lower-case pattern with words, not
# IGNORECASE: a third of the cost).
_LONGEST_FIRST: Final = "|".join(sorted(_LEVEL_WORDS, key=len, reverse=True))
_LEVEL: Final = re.compile(
    r"\b(?<![<>*])(?:" + _LONGEST_FIRST + r")\b(?![*<>])"
    r"|(?<=\[)(?<!\S\[)[" + _LEVEL_LETTERS + r"](?=\])"
    r"|(?<=<)(?<!\S<)(?:" + _LONGEST_FIRST + r")(?=>)"
    r"|(?<=\[)note(?=\])", re.ASCII)


def _level_in(head: str) -> tuple[int, int]:
    """Where ``_LEVEL.search(head)`` matches (start, end), or (-1, -1): the first whole word
    (a run of ASCII letters, digits and ``_``) that is one of its words, with no ``<``,
    ``>`` or ``*`` right before or after it, or a level's letter alone in its own brackets
    (``[w]``, the ``[`` opening the text or after whitespace). One compiled loop over the characters, not
    the regex engine's steps at each (test_levels.py compares the two)."""
    n: i64 = len(head)
    i: i64 = 0
    while i < n:
        c: i64 = ord(head[i])
        if not (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95):
            i += 1
            continue
        start = i
        i += 1
        while i < n:
            c = ord(head[i])
            if not (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95):
                break
            i += 1
        if i - start == 1:
            if (start > 0 and head[start - 1] == "[" and i < n and head[i] == "]"
                    and head[start] in _LEVEL_LETTERS and (start == 1 or head[start - 2] in _SPACE_MARKS)):
                return start, i  # a level's letter in its own brackets ([w])
            continue
        if (i - start == 4 and start > 0 and head[start - 1] == "[" and i < n and head[i] == "]"
                and head[start:i] == "note"):
            return start, i  # MySQL's and MariaDB's [Note], a level in its own brackets alone
        # (the word's characters are ASCII, and it has two at least where the length passes)
        if (_LEVEL_SHORTEST <= i - start <= _LEVEL_LONGEST
                and _LEVEL_PAIRS[ord(head[start]) * 128 + ord(head[start + 1])] == 1
                and head[start:i] in _LEVEL_WORDS):
            before: i64 = ord(head[start - 1]) if start > 0 else 32
            after: i64 = ord(head[i]) if i < n else 32
            if before != 60 and before != 62 and before != 42 and after != 60 and after != 62 and after != 42:
                return start, i
            if before == 60 and after == 62 and (start < 2 or head[start - 2] in _SPACE_MARKS):
                return start, i  # a level in its own angle brackets (<error>), opening a field
    return -1, -1


def _level_by_regex(head: str) -> tuple[int, int]:
    """``_level_in``'s span by ``_LEVEL.search``: as Python, the engine costs less than a
    loop over the characters (masking.COMPILED_HERE)."""
    found = _LEVEL.search(head)
    return (-1, -1) if found is None else (found.start(), found.end())


# A name or a value in the text before the level (words joined by dots or dashes are one:
# ``shared.search``, ``metrics-<*>``): one 'w' when any of them holds a word, else one 'v'
# each; whitespace: one space.
_WORDS: Final = re.compile(r"(?:\w|<\*>)+(?:[.-](?:\w|<\*>)+)*", re.ASCII)
_A_WORD: Final = re.compile(r"[A-Za-z]")  # a letter: a word (a value is <*>)
_SPACES: Final = re.compile(r"\s+")
# Where the level stands in a place's key (no mark a head prints: a head's own ``|``, squid's
# ``kid1| …``, must not end the part before the level).
_LEVEL_MARK: Final = "\x00"
# The marks right after the level, up to the next word or value.
_MARKS_AFTER: Final = re.compile(r"[^\w<]*", re.ASCII)


def _place(masked: str, start: int, end: int) -> str | None:
    """The place of the level word at ``start:end``: the marks around it, or None when it is
    a sentence's word (a space and a lower-case word after it, not in capitals)."""
    if COMPILED_HERE:
        after = masked[end:_marks_end(masked, end)]
    else:
        marks = _MARKS_AFTER.match(masked, end)  # (always matches, if only empty)
        after = marks.group() if marks is not None else ""
    if (after == " " and masked[end + 1:end + 2].islower() and not masked[start:end].isupper()
            and not _namespace_at(masked, end + 1)):
        return None
    if end < len(masked) and not any(c.isspace() for c in after):
        return None  # glued to the word after it (Error-Store.Backend-Rename): a name's part
    head = masked[:start]
    # (a head field may print a name or a value, a container's ``main`` or ``metrics-<*>``:
    # after a word the place is one whatever each field holds; values alone are told apart)
    if COMPILED_HERE:
        return _head_shape(head) + _LEVEL_MARK + _head_shape(after[:4])
    before = _SPACES.sub(" ", _WORDS.sub("w" if _A_WORD.search(head) else "v", head))
    return before + _LEVEL_MARK + _SPACES.sub(" ", after[:4])


def _namespace_at(text: str, at: i64) -> bool:
    """Whether a logger's namespace opens ``text`` at ``at``: a lower-case name glued by a
    colon to the name after it (``controller:Grbl``, ``service:cncengine``, ``app:db``), as
    the ``debug`` package and loggers named after it print the module that logs: no
    sentence's word, which a space or a mark follows (``error reading config: …``)."""
    n: i64 = len(text)
    i = at
    while i < n:
        c: i64 = ord(text[i])
        if not (97 <= c <= 122 or 48 <= c <= 57 or c == 95 or c == 45):
            break
        i += 1
    if i == at or i + 1 >= n or text[i] != ":":
        return False
    c = ord(text[i + 1])
    return 97 <= c <= 122 or 65 <= c <= 90


def _marks_end(text: str, at: i64) -> i64:
    """The end of ``_MARKS_AFTER.match(text, at)``: the run of characters that are neither
    ``\\w`` (ASCII) nor ``<``."""
    n: i64 = len(text)
    while at < n:
        c: i64 = ord(text[at])
        if 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95 or c == 60:
            break
        at += 1
    return at


def _space_at(text: str, at: i64) -> bool:
    """``text[at].isspace()`` (``\\s`` without re.ASCII: the same class); an ASCII character's
    read as a number."""
    c: i64 = ord(text[at])
    if c < 128:
        return c == 32 or 9 <= c <= 13 or 28 <= c <= 31
    return text[at].isspace()


def _unit_end(text: str, at: i64) -> i64:
    """The end of one of _WORDS' units at ``at`` (``\\w`` under re.ASCII, or ``<*>``), or ``at``."""
    if at < len(text):
        c: i64 = ord(text[at])
        if 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95:
            return at + 1
        if c == 60 and text[at + 1:at + 3] == "*>":
            return at + 3
    return at


def _head_shape(head: str) -> str:
    """``_SPACES.sub(" ", _WORDS.sub("w" if _A_WORD.search(head) else "v", head))`` in one
    compiled pass over the characters (five calls of the engine a new head, a generic call
    each, cost ten times as much): a word of _WORDS (units, then ``.`` or ``-`` and units
    again, each as long as it goes) is one mark, a run of whitespace one space; no word holds
    whitespace, nor does a mark, so the runs the first substitution leaves are the text's."""
    mark = "v"
    n: i64 = len(head)
    for first in range(n):
        c: i64 = ord(head[first])
        if 97 <= c <= 122 or 65 <= c <= 90:
            mark = "w"
            break
    out: list[str] = []
    at: i64 = 0
    while at < n:
        end = _unit_end(head, at)
        if end > at:
            while True:
                step = _unit_end(head, end)
                if step > end:
                    end = step
                    continue
                if end < n and (head[end] == "." or head[end] == "-"):
                    step = _unit_end(head, end + 1)
                    if step > end + 1:
                        end = step
                        continue
                break
            out.append(mark)
            at = end
        elif _space_at(head, at):
            at += 1
            while at < n and _space_at(head, at):
                at += 1
            out.append(" ")
        else:
            out.append(head[at])
            at += 1
    return "".join(out)


# Where a text's level is (LevelPlaces.locate): its end, its first letter, its place.
Located = tuple[int, str, str | None]


class LevelPlaces:
    """The places of one stream's records where its level is printed, learned from the
    levels seen there (module docstring)."""

    __slots__ = ("_levels", "_places")

    def __init__(self) -> None:
        self._levels: dict[str, set[str]] = {}  # place -> the level letters seen there
        self._places: dict[str, str | None] = {}  # the head up to the level's marks -> its place

    def read(self, masked: str, located: Located | None = None) -> int:
        """Learn the level word near the start of ``masked``, if any, and give where it ends
        when its place is the stream's level field (else -1). ``located``: ``locate(masked)``,
        when made already."""
        return self._read(self.locate(masked) if located is None else located, True)

    def peek(self, masked: str, located: Located | None = None) -> int:
        """What ``read`` would give for ``masked`` now, learning nothing (``add_batch``
        reads a request's records before it places them, and places them with ``read``)."""
        return self._read(self.locate(masked) if located is None else located, False)

    def locate(self, masked: str) -> Located:
        """Where the first level word near the start of ``masked`` ends, its first letter
        (lower-cased), and its place ((-1, "", None) for none, None for a place that is no
        head's): the text's alone (its place remembered for the heads in use), what ``read``
        and ``peek`` learn from or not (add_batch's reading locates a text once for both)."""
        head = masked[:HEAD_CHARS].lower()
        start, end = _level_in(head) if COMPILED_HERE else _level_by_regex(head)
        if start < 0:
            return -1, "", None
        key = masked[:end + 4]
        if key in self._places:
            place = self._places[key]
        else:
            place = _place(masked, start, end)
            if len(self._places) >= MAX_HEADS:
                self._places.clear()  # bounded; refills with the heads in use
            self._places[key] = place
        # (the letter from the lower-cased head: lower() may change a text's length)
        return end, head[start], place

    def _read(self, located: Located, learn: bool) -> int:
        end, letter, place = located
        if place is None:
            return -1
        seen = self._levels.get(place)  # (letter: e, w, i, d, t, f, c, n: one letter a level)
        if seen is None:
            if len(self._levels) >= MAX_PLACES:
                return -1
            letters = 1
            if learn:
                self._levels[place] = {letter}
        else:
            letters = len(seen) + (letter not in seen)  # (with this one, learned or not)
            if learn:
                seen.add(letter)
        if letters >= LEVELS_TO_LEARN or "w" not in place.partition(_LEVEL_MARK)[0]:
            # (a level with only the head's values and marks before it opens the record's
            # message: the head's level from the first record on)
            return end
        return -1


class LevelField:
    """Where one record's message opens after the stream's level field (``LevelPlaces.read``),
    computed once a mined text and read by each rule in its own coordinates: ``end``, a
    character offset in the masked text (``causes.fold``, before the text is split), and
    ``token(tokens)``, the level's token in its tokens (``runs.cause_colon``: the message
    opens after it and its mark). ``NO_LEVEL_FIELD``: the record's level is no field's. (Two
    coordinates of one place, as ``masking.message_opening`` and ``message_start`` are.)"""

    __slots__ = ("_head", "_masked", "end")

    def __init__(self, end: int, masked: str) -> None:
        self.end = end  # (-1: none; every failure word's start is at 0 or after)
        self._masked = masked
        # the masked text's tokens up to ``end``, cut when a rule first asks for the token:
        # most mined texts never reach one that does (runs.cause_colon returns before)
        self._head: list[str] | None = None

    def token(self, tokens: list[str]) -> int:
        """The index of the level's token in ``tokens`` (the text's tokens from the start, its
        cause folded or not), or -1."""
        head = self._head
        if head is None:
            head = self._head = _head_tokens(self._masked[:self.end]) if self.end >= 0 else []
        level = len(head) - 1
        if 0 < level <= len(tokens) and tokens[level - 1] != head[level - 1]:
            level -= 1  # the level and the mark after it make one token ([error])
        return level


NO_LEVEL_FIELD: Final = LevelField(-1, "")

# a level field's head text (the record up to its level word) -> its tokens: a stream prints
# its heads in a few forms once masked (times and ids are values), and a new pattern's
# cause_colon asks for the level's token of each (LevelField.token); bounded, refilled with the
# heads in use. A text's tokens are its own alone, so every miner may read them; never changed
# in place.
_HEAD_TOKENS: Final[dict[str, list[str]]] = {}


def _head_tokens(head: str) -> list[str]:
    """``split_tokens(head)[0]``, remembered (``_HEAD_TOKENS``)."""
    found = _HEAD_TOKENS.get(head)
    if found is None:
        if len(_HEAD_TOKENS) >= MAX_HEADS:
            _HEAD_TOKENS.clear()
        found = _HEAD_TOKENS[head] = split_tokens(head)[0]
    return found
