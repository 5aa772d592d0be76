"""Which fields of a stream's record head hold values, learned from how they co-vary with the rest.

One miner serves one stream, and a stream's records often open with a head of fields
(a level, a logger, a thread, a task, a location) before the message. Some head fields
belong to the call site (a logger or class name, a location, a level: the same every time
the same message comes); others are values (a thread, a task, a request id: they vary
independently of the message). Shape cannot tell ``[ProfileQueue]`` (a thread) from
``[lua]`` (a tag), nor ``public`` (a task) from ``api_tvdb`` (a plugin); counts can.

``HeadPositions.read(masked)`` looks at the first ``FIELDS`` whitespace-separated fields of
each masked text the miner did not find in its exact cache. For each field index it keeps
the text of the record without that field (the *rest*) and the field's first value: when
the same rest comes back with another value at that index, the field varied while the
record around it did not, which a value does and a call site's part never does. An index
is *free* once most rests that came back did so with another value there (``FREE_SHARE``
of at least ``FREE_AFTER`` rests): a head field is in every record, so nearly every
event that recurs shows its variation, while a message's own word at that index (``VM
Started`` / ``VM Paused``) varies for few of the events that recur. An index whose values
seen varying were all a name and a value glued in brackets (``[users-worker:<*>]``) needs
a smaller share (``FREE_SHARE_BRACKETED``): that is no message's word, and a head may mix
the call site's tags with the instances' names there (liquidsoap's ``[syslog:3]``,
``[users-worker:2]``). From then on the
field's text at a free index (inside its brackets or quotes) is read as ``<*>`` before the
masked-text cache and mining, so the first records of each later call site already group
whatever thread or task they carry. A value of a free index is read so only once seen
varying there: a word that lands at the index because an earlier field is empty in this
record (the message's first word) stays a word. At the first index, or after a level
alone, no earlier field can be empty, so any name there is read so (a thread first seen now
is a value too). Fields glued by colons (Jetty's ``DEBUG:oejs.Server:main: …``) are read as
fields of their own, and one glued to the field before it is the head's, so read so too.
After ``SETTLE_AFTER`` texts the indexes that have not shown themselves free are the call
site's and no longer learned from, so a stream whose head holds no value pays one test per
miss from then on. ``reread(masked)`` reads an earlier text as ``read`` would now, learning
nothing: the miner reads the texts it mined before again when an index turns free, so that
a call site's first records and its later ones keep one id.

Bounds: per index at most ``MAX_RESTS`` rests and as many values (cleared when full; the
counts that decide stay), so memory does not grow with the stream.
"""

from __future__ import annotations

import re
from typing import Final

from otlp_sampler.patterns.masking import HEAD_LEVELS, WILDCARD

FIELDS: Final = 3  # head fields examined: a level, a logger or location, a thread or task
FREE_AFTER: Final = 3  # rests seen again with another value before an index may be read as free
FREE_SHARE: Final = 0.8  # of the rests seen again, the share that must have varied at the index
# the share for an index whose values seen varying were all a name and a value in brackets
# (``[users-worker:2]``: a source's instance and its level, no message's word), so a head that
# mixes the call site's tags with the names of the instances that log there (``[syslog:3]`` /
# ``[users-worker:2]``) is read too, though the tags' call sites recur alike as often as the
# instances' vary; a bracketed tag alone (``[Error-App.Db-DropTemp]``) may be the call site's
FREE_SHARE_BRACKETED: Final = 0.25
MAX_RESTS: Final = 2048  # rests remembered per index
# texts read before the indexes that have not shown themselves free are settled as the
# call site's and no longer learned from (a free index goes on learning the values it reads)
SETTLE_AFTER: Final = 512

_OPENING: Final = "[({\"'"  # not angle brackets: a masked value's own (``node-<*>``)
_CLOSING: Final = "])}\"',:;"
# A name (a thread, a task, a logger, ``audit-<*>`` with the masker's value in it) in its
# brackets or quotes; not a value the masker left whole (``<*>``: nothing to learn), nor a
# structure's part (``#{retries``, ``key=``), whose neighbours the later stages read. The
# name may have a value or another name glued to it by a colon inside square brackets (a
# source's instance and its level, ``[notifications.internal:<*>]``; a kind and its
# instance, ``[vm-instance:internal]``)
_NAMED_FIELD: Final = re.compile(
    r"[\[({\"']*(?!<\*>[\])}\"',:;]*$)[\w.<*>-]+[\])}\"',:;]*"
    r"|(?!\[<\*>:)\[[\w.<*>-]+:[\w.<*>-]+\][:,;]?")
# two parts glued in a head's square brackets, by a colon or by the masker
# (``[users-worker:<*>]``, ``[vm-instance:internal]``, ``[analytics_v<*>]`` for
# ``[analytics_v2:3]``): an instance's name with its level, or a kind's with its instance's
_NAME_AND_VALUE: Final = re.compile(r"\[[\w.<*>-]+(?::[\w.<*>-]+|<\*>)\][:,;]?")


class HeadPositions:
    """Learns, per stream, which leading fields vary independently of the rest of the record."""

    __slots__ = ("_first", "_free", "_learning", "_reads", "_recurred", "_unpaired", "_values", "_varied",
                 "freed")

    def __init__(self) -> None:
        # per field index: rest of the record -> the field's value seen once, " " + value
        # once the rest came back with it again, "" once it came back with another (a field
        # holds no space and is never empty)
        self._first: list[dict[tuple[str, ...], str]] = [{} for _ in range(FIELDS)]
        self._recurred = [0] * FIELDS  # rests seen again (counted once each)
        self._varied = [0] * FIELDS  # of them, rests seen again with another value here
        # whether a value seen varying here was other than two parts glued in brackets
        self._unpaired = [False] * FIELDS
        self._free: tuple[int, ...] = ()  # the indexes read as values
        # per field index: the values seen varying there (a word that merely lands at a free
        # index, when an earlier field is empty in this record, is not among them)
        self._values: list[set[str]] = [set() for _ in range(FIELDS)]
        self._reads = 0  # texts read (the misses of the miner's exact-text cache)
        self._learning = tuple(range(FIELDS))  # the indexes still learned from
        # the indexes that have turned free at least once (a bit each): the miner reads its
        # earlier texts again when one turns free the first time, at most FIELDS times a
        # stream, whatever the counts near FREE_SHARE make an index go and come back
        self.freed = 0

    def read(self, masked: str) -> str:
        """``masked`` with its free head fields read as values (after learning from it)."""
        if not self._learning and not self._free:
            return masked  # (settled: no field of this stream's head varies)
        self._reads += 1
        if self._reads == SETTLE_AFTER:
            # what has not shown itself free is the call site's: learning it stops (its
            # cost on every miss of the exact-text cache)
            self._learning = self._free
            for index in range(FIELDS):
                if index not in self._free:
                    self._first[index].clear()
        fields, glued = _fields(masked)
        last = len(fields) - 1  # a field is a head's only when something follows it
        for index in self._learning:
            if index < last:
                value = fields[index]
                if _NAMED_FIELD.fullmatch(value) is not None:
                    # (a tuple: its strings' hashes are cached, the rest of the record's too)
                    self._learn(index, value, (*fields[:index], *fields[index + 1:]))
        return self._rewrite(masked, fields, glued, last)

    def reread(self, masked: str) -> str:
        """``masked`` with its free head fields read as values, as ``read`` reads them now,
        learning nothing (an earlier text read again once an index has turned free)."""
        if not self._free:
            return masked
        fields, glued = _fields(masked)
        return self._rewrite(masked, fields, glued, len(fields) - 1)

    def _rewrite(self, masked: str, fields: list[str], glued: list[str] | None, last: int) -> str:
        changed = False
        for index in self._free:
            # (a value seen varying there; at the first index, or after a level alone, any
            # name: no earlier field can be empty and move the message's first word there,
            # so a thread or task first seen now is one too, and not a word that makes its
            # call site's record a template of its own)
            if index < last and (fields[index] in self._values[index] or (
                    (_head_before(fields, index) or (glued is not None and not glued[index - 1]))
                    and _NAMED_FIELD.fullmatch(fields[index]) is not None)):
                fields[index] = _as_value(fields[index])
                changed = True
        if not changed:
            return masked
        if glued is None:
            return " ".join(fields)
        return "".join(field + glue for field, glue in zip(fields, glued, strict=False)) + fields[-1]

    def _learn(self, index: int, value: str, rest: tuple[str, ...]) -> None:
        seen = self._first[index]
        first = seen.get(rest)
        if first is None:
            if len(seen) >= MAX_RESTS:
                seen.clear()
            seen[rest] = value
        elif not first or first[0] != " ":  # seen once: it recurs now (or varied already)
            if first:
                self._recurred[index] += 1
                if first == value:
                    seen[rest] = " " + first
                    self._decide(index)
                else:
                    self._vary(index, rest, first, value)
        elif first[1:] != value:  # came back alike before, varies now
            self._vary(index, rest, first[1:], value)

    def _vary(self, index: int, rest: tuple[str, ...], first: str, value: str) -> None:
        self._first[index][rest] = ""
        self._varied[index] += 1
        values = self._values[index]
        if len(values) >= MAX_RESTS:
            values.clear()
        values.add(first)
        values.add(value)
        if _NAME_AND_VALUE.fullmatch(first) is None or _NAME_AND_VALUE.fullmatch(value) is None:
            self._unpaired[index] = True
        self._decide(index)

    def _decide(self, index: int) -> None:
        """Read the index as free, or no longer, by its counts."""
        varied = self._varied[index]
        share = FREE_SHARE if self._unpaired[index] else FREE_SHARE_BRACKETED
        free = varied >= FREE_AFTER and varied >= share * self._recurred[index]
        if free != (index in self._free):
            self._free = tuple(sorted({*self._free, index} if free else set(self._free) - {index}))
            if free:
                self.freed |= 1 << index

    @property
    def free(self) -> tuple[int, ...]:
        """The head field indexes read as values, for tests."""
        return self._free


def _fields(masked: str) -> tuple[list[str], list[str] | None]:
    """The head's fields, then the rest of the record in one piece (its spacing kept), and
    what joins each field to the next where some are glued by colons (``_unglued``), else
    None (a space each)."""
    fields = masked.split(None, FIELDS)
    for field in fields[:FIELDS]:
        if field[-1] == ":" and field.count(":") > 1:
            return _unglued(masked)
    return fields, None


def _unglued(masked: str) -> tuple[list[str], list[str]]:
    """The head's fields and the rest of the record, as ``str.split(None, FIELDS)`` cuts
    them but for fields glued by colons, each read as a field of its own (Jetty's
    ``DEBUG:oejs.Server:main: …``, ``WARN :oejs.Server:main: …``), and what joins each field
    to the next (a space, or nothing where they were glued)."""
    fields: list[str] = []
    glued: list[str] = []
    rest = masked.lstrip()
    while len(fields) < FIELDS:
        parts = rest.split(None, 1)
        if len(parts) < 2:
            break
        field, after = parts
        if field[-1] == ":" and field.count(":") > 1 and _ALPHA.search(field):
            pieces = _GLUED.findall(field)
            take = min(len(pieces), FIELDS - len(fields))
            fields.extend(pieces[:take])
            glued.extend([""] * (take - 1))
            glued.append(" ")
            if take < len(pieces):
                glued[-1] = ""
                after = "".join(pieces[take:]) + " " + after
        else:
            fields.append(field)
            glued.append(" ")
        rest = after
    fields.append(rest)
    return fields, glued


# a field glued to the next by a colon (the first may open with one: ``:oejs.Server:``)
_GLUED: Final = re.compile(r":?[^:]+:")
_ALPHA: Final = re.compile(r"[A-Za-z]")


def _head_before(fields: list[str], index: int) -> bool:
    """Whether the fields before ``index`` are a level alone, or none: no field there that
    may be empty and move the message's first word to ``index``."""
    return not index or (index == 1 and fields[0].strip(_OPENING + _CLOSING) in HEAD_LEVELS)


def _as_value(field: str) -> str:
    """``[ProfileQueue]`` -> ``[<*>]``, ``public`` -> ``<*>``, ``[db-main:<*>]`` -> ``[<*>]``
    (a value glued to the name is read with it, as the masker reads ``[db<*>]``): the marks
    around a field stay."""
    start = len(field) - len(field.lstrip(_OPENING))
    end = len(field.rstrip(_CLOSING))
    if start >= end:
        return field
    return field[:start] + WILDCARD + field[end:]
