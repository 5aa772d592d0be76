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
Started`` / ``VM Paused``) varies for few of the events that recur. From then on the
field's text at a free index (inside its brackets or quotes) is read as ``<*>`` before the
masked-text cache and mining, so the first records of each later call site already group
whatever thread or task they carry. A value of a free index is read so only once seen
varying there: a word that lands at the index because an earlier field is empty in this
record (the message's first word) stays a word. At the first index, or after a level
alone (or a level and fields of marks or values alone: ``INFO --- [thread]``), no earlier
field can be empty, so any name there is read so (a thread first seen now is a value
too). Fields glued by colons (Jetty's ``DEBUG:oejs.Server:main: …``) are read as fields
of their own, and one glued to the field before it is the head's, so read so too;
so are fields glued by ``|`` (Open vSwitch's ``<seq>|module|LEVEL|instance: …``, ``_piped``).
After ``SETTLE_AFTER`` texts the indexes that have not shown themselves free are the call
site's and no longer learned from, so a stream whose head holds no value pays one test per
miss from then on. ``reread(masked)`` reads an earlier text as ``read`` would now, learning
nothing: the miner reads the texts it mined before again when an index turns free, so that
a call site's first records and its later ones keep one id.

A field in brackets may be a value for some messages and the call site's for others (a
head that mixes modules' tags with the names of the instances that log: liquidsoap's
``[syslog:3]`` and ``[users-worker:2]``), so that no share of the index's rests decides it.
It is judged per *message* too: the record without that field, its text after the head cut
before a cause after a colon (``Could not open log file: <cause>``, whose words the masker
often leaves as words). A message seen with ``MESSAGE_VALUES`` values there (a name, or a
value the masker read whole) has a value there, whatever the index's share, once at least
``FREE_AFTER`` messages have varied there and they are ``PARTLY_SHARE`` of the messages that
came back (a message's own bracketed word varies for few). Its field is then read as
``<*>``, and ``earlier`` names the text the message was first read in, whose pattern the
miner gives the new reading, so the message keeps its first id. An index's judgement
settles once ``SETTLE_AFTER`` judgements there have turned no message a value (after the
stream's first ``SETTLE_AFTER`` texts), or after ``JUDGED_AT_MOST`` judgements whatever they
found: the messages found values stay read so (a look-up a miss), the others are forgotten.

Bounds: per index at most ``MAX_RESTS`` rests, as many messages (each with its first text
and at most ``MESSAGE_VALUES`` values) and as many values (cleared when full; the counts
that decide stay), so memory does not grow with the stream.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from otlp_sampler.patterns.causes import bracketed_system_error, system_error_text
from otlp_sampler.patterns.masking import COMPILED_HERE, HEAD_LEVELS, JAVA_METHOD, SOURCE_EXT, WILDCARD
from otlp_sampler.patterns.runs import COMPONENT_KINDS

if TYPE_CHECKING:
    from mypy_extensions import i64  # (compiled, a machine integer; masking's note)

FIELDS: Final = 3  # head fields examined: a level, a logger or location, a thread or task
# a text's head fields and the rest of it, and what glues them (_fields)
Cut = tuple[list[str], list[str] | None]
FREE_AFTER: Final = 3  # rests seen again with another value before an index may be read as free
FREE_SHARE: Final = 0.8  # of the rests seen again, the share that must have varied at the index
# a field in brackets (``[users-worker:2]``) may be a value for some messages only: the same
# message (the record without that field, its text cut before a cause after a colon) seen
# with MESSAGE_VALUES values there reads it as a value, once at least PARTLY_AFTER messages
# have come back with another value there (more than one: one message may be two call sites
# that share their text) and they are PARTLY_SHARE of the messages that came back (a head
# that mixes the call site's tags with the instances' names: liquidsoap's ``[syslog:3]`` and
# ``[users-worker:2]``; a message's own bracketed word varies for few)
MESSAGE_VALUES: Final = 2
PARTLY_AFTER: Final = 2
PARTLY_SHARE: Final = 0.25
MAX_RESTS: Final = 2048  # rests remembered per index
# texts read before the indexes that have not shown themselves free are settled as the
# call site's and no longer learned from (a free index goes on learning the values it reads)
SETTLE_AFTER: Final = 512
# an index's per-message judgement settles once SETTLE_AFTER judgements there turned no
# message a value (after the stream's first SETTLE_AFTER texts), or after JUDGED_AT_MOST
# judgements in all, whatever they found: its cost on a miss is bounded by then (a look-up
# where the field is in brackets, for the messages found values)
JUDGED_AT_MOST: Final = 4 * SETTLE_AFTER

_OPENING: Final = "[({\"'"  # not angle brackets: a masked value's own (``node-<*>``)
_CLOSING: Final = "])}\"',:;|"
_MARKS: Final = _OPENING + _CLOSING
# A name (a thread, a task, a logger, ``audit-<*>`` with the masker's value in it) in its
# brackets or quotes; not a value the masker left whole (``<*>``: nothing to learn), nor a
# structure's part (``#{retries``, ``key=``), whose neighbours the later stages read. The
# name may have a value or another name glued to it by a colon inside square brackets (a
# source's instance and its level, ``[notifications.internal:<*>]``; a kind and its
# instance, ``[vm-instance:internal]``)
_NAMED_FIELD: Final = re.compile(
    r"[\[({\"']*(?!<\*>[\])}\"',:;|]*$)[\w.<*>-]+[\])}\"',:;|]*"
    r"|(?!\[<\*>:)\[[\w.<*>-]+:[\w.<*>-]+\][:,;]?")


# A code location, a source file and its line (``(mod_ssi.c.784)``, ``[x.go:12]``,
# ``src/X.hs:355]``, ``x.go:42:``): the call site's, never a value, however many call sites
# print one message (two of them never share a pattern: masking._LEADING_LOCATION keeps the
# line). Read only where a field would be learned from or read as a value, after a test for
# its dot. So is a Java class qualified by its package, its method and its line, as
# log4j's ``(%C.%M:%L)`` prints them (masking.JAVA_METHOD, _java_method_line_at; round 43, r41a).
_LOCATION: Final = re.compile(
    r"[\[(]?(?:(?:[A-Z]:)?/?(?:[\w.-]+/)*[\w-]+\." + SOURCE_EXT + r"[:.]\d"
    r"|" + JAVA_METHOD.pattern + r":\d)", re.ASCII)


# a field in square brackets or parentheses (the brackets may be followed by a colon or a comma)
_BRACKETED: Final = re.compile(r"\[[^\[\]]+\][:,;]?|\([^()]+\)[:,;]?")


def _field_char(c: i64, field: str, at: i64) -> bool:
    """Whether ``field[at]`` (code point ``c``) is one of ``[\\w.<*>-]``, _NAMED_FIELD's name's
    characters: ``\\w`` of a str pattern is ``str.isalnum`` or ``_`` (the engine's
    ``Py_UNICODE_ISALNUM``), asked of the method only beyond ASCII."""
    if c < 128:
        return (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95 or c == 46 or c == 60
                or c == 42 or c == 62 or c == 45)
    return field[at].isalnum()


def _named_field(field: str) -> bool:
    """``_NAMED_FIELD.fullmatch(field) is not None``. Compiled, read by code point: the
    engine's call cost some 3,500 to 6,000 instructions a field (a generic method call, its
    state and match object; callgrind, r30 s0 and r24 s0 of round 40), a loop over a short
    field's characters some hundreds (round 40, speed40); as Python the engine's is cheaper.
    The pattern's first form is openings, a run of the name's characters, closings: the three
    classes share no character with the name's, so the run is the one run of name characters
    after the openings (the openings that come first, all of them: the name cannot start with
    one), and the lookahead refuses it where it is ``<*>`` alone (all that follows it is
    closings). Its second, ``[name:name]`` and one of ``:,;``, refuses a first name ``<*>``."""
    if not COMPILED_HERE:
        return _NAMED_FIELD.fullmatch(field) is not None
    n: i64 = len(field)
    at: i64 = 0
    while at < n:
        c: i64 = ord(field[at])
        if not (c == 91 or c == 40 or c == 123 or c == 34 or c == 39):  # [ ( { " '
            break
        at += 1
    start: i64 = at
    while at < n and _field_char(ord(field[at]), field, at):
        at += 1
    name_end: i64 = at
    if name_end > start:
        while at < n:
            c = ord(field[at])
            if not (c == 93 or c == 41 or c == 125 or c == 34 or c == 39 or c == 44 or c == 58
                    or c == 59 or c == 124):  # ] ) } " ' , : ; |
                break
            at += 1
        if at == n and not (name_end - start == 3 and field[start:name_end] == WILDCARD):
            return True
    # ``[name:name]`` and one of ``:,;``, the first name not ``<*>``
    if n < 5 or ord(field[0]) != 91:
        return False
    at = 1
    while at < n and _field_char(ord(field[at]), field, at):
        at += 1
    if at == 1 or at == n or ord(field[at]) != 58 or (at == 4 and field[1:4] == WILDCARD):
        return False
    at += 1
    second: i64 = at
    while at < n and _field_char(ord(field[at]), field, at):
        at += 1
    if at == second or at == n or ord(field[at]) != 93:  # noqa: SIM109 (compiled: two compares)
        return False
    return _closed_field_end(field, at + 1, n)


def _bracketed_field(field: str) -> bool:
    """``_BRACKETED.fullmatch(field) is not None``: ``[`` and what holds no square bracket,
    then ``]``, or ``(`` and what holds no round one, then ``)``, either followed by one of
    ``:,;`` or nothing. Compiled, read by code point (the engine's call some 2,000
    instructions a field on r30 s0 of round 40; round 40, speed40); as Python the engine's."""
    if not COMPILED_HERE:
        return _BRACKETED.fullmatch(field) is not None
    n: i64 = len(field)
    if n < 3:
        return False
    opening: i64 = ord(field[0])
    if opening == 91:  # [
        closing: i64 = 93
    elif opening == 40:  # (
        closing = 41
    else:
        return False
    at: i64 = 1
    while at < n:
        c: i64 = ord(field[at])
        if c == opening or c == closing:  # noqa: SIM109 (compiled: two compares)
            break
        at += 1
    if at == 1 or at == n or ord(field[at]) != closing:
        return False
    return _closed_field_end(field, at + 1, n)


def _closed_field_end(field: str, at: i64, n: i64) -> bool:
    """Whether ``field[at:]``, after a field's closing bracket, is one of ``:,;`` or nothing
    (``[:,;]?`` at the end of _NAMED_FIELD's ``[name:name]`` and of _BRACKETED's forms): the
    one ending of both compiled readers (``n``: the field's length)."""
    if at == n:
        return True
    c: i64 = ord(field[at])
    return at + 1 == n and (c == 58 or c == 44 or c == 59)


class HeadPositions:
    """Learns, per stream, which leading fields vary independently of the rest of the record."""

    __slots__ = ("_first", "_free", "_judgements", "_judging", "_learning", "_messages", "_messages_recurred",
                 "_messages_varied", "_partly", "_read_at", "_reads", "_recurred", "_settle_at",
                 "_values", "_varied", "_watched", "earlier", "freed")

    def __init__(self) -> None:
        # per field index: rest of the record -> the field's value seen once, " " + value
        # once the rest came back with it again, "" once it came back with another (a field
        # holds no space and is never empty)
        self._first: list[dict[tuple[str, ...], str]] = [{} for _ in range(FIELDS)]
        self._recurred = [0] * FIELDS  # rests seen again (counted once each)
        self._varied = [0] * FIELDS  # of them, rests seen again with another value here
        # per field index, for fields in brackets: a message (the record without the field,
        # its text after the head cut before a cause, ``_said``) -> the masked text it was
        # first read in, its state ("" seen once, " " seen again, "v" a value there), then
        # the distinct values seen there, up to MESSAGE_VALUES
        self._messages: list[dict[tuple[str, ...], list[str]]] = [{} for _ in range(FIELDS)]
        self._messages_recurred = [0] * FIELDS  # messages seen again (counted once each)
        self._messages_varied = [0] * FIELDS  # of them, messages seen again with another value
        self._free: tuple[int, ...] = ()  # the indexes read as values
        # the indexes where some messages' fields are read as values, and the indexes read
        self._partly: tuple[int, ...] = ()
        self._read_at: tuple[int, ...] = ()
        # per field index: the values seen varying there (a word that merely lands at a free
        # index, when an earlier field is empty in this record, is not among them)
        self._values: list[set[str]] = [set() for _ in range(FIELDS)]
        self._reads = 0  # texts read (the misses of the miner's exact-text cache)
        # the indexes whose rests are still learned from, those still judged per message, and
        # the indexes of either (one tuple where they are the same, as before SETTLE_AFTER)
        self._learning = self._judging = self._watched = tuple(range(FIELDS))
        # per field index: the judgements made there, and the count past which its judgement
        # settles (SETTLE_AFTER past the last that turned a message a value, JUDGED_AT_MOST
        # at most)
        self._judgements = [0] * FIELDS
        self._settle_at = [SETTLE_AFTER] * FIELDS
        # the indexes that have turned free at least once (a bit each): the miner reads its
        # earlier texts again when one turns free the first time, at most FIELDS times a
        # stream, whatever the counts near FREE_SHARE make an index go and come back
        self.freed = 0
        # after a read that turned a message's field a value: the text that message was
        # first read in, else None (the miner gives the new reading that text's pattern)
        self.earlier: str | None = None

    def read(self, masked: str, cut: Cut | None = None) -> str:
        """``masked`` with its free head fields read as values (after learning from it).
        ``cut``: ``_fields(masked)``, when ``reread_cut`` made it already."""
        if not self._watched and not self._read_at:
            return masked  # (settled: no field of this stream's head varies)
        self.earlier = None
        self._reads += 1
        if self._reads == SETTLE_AFTER:
            self._settle()
        fields, glued = _fields(masked) if cut is None else cut
        last = len(fields) - 1  # a field is a head's only when something follows it
        # (None until a message is judged here: most reads judge none)
        messages: list[bool | None] | None = None
        if last > 0:
            said = None
            learning = self._learning
            watched = self._watched
            for index in watched:
                if index < last:
                    value = fields[index]
                    # (a word of letters or digits is a name: most fields, no regex)
                    if (learning is watched or index in learning) and (
                            value.isalnum() or (_named_field(value) and (
                                "." not in value or _LOCATION.match(value) is None)
                                and (value[-1] != "|" or value.strip(_MARKS) not in HEAD_LEVELS))) and (
                            value[-1] != ":" or not system_error_text(" ".join(fields[index + 1:]))):
                        # (a tuple: its strings' hashes are cached, the rest of the record's too)
                        # (not a label whose colon only the OS's error text follows, perror's
                        # ``name: <strerror>``: two call sites print one text after their labels)
                        self._learn(index, value, (*fields[:index], *fields[index + 1:]))
                    # a field in brackets, a name or a value the masker read whole there: a
                    # head's field (a message's own words are no field of brackets), that
                    # may be a value for some messages only
                    if (value[0] in "[(" and index in self._judging
                            and _bracketed_field(value)
                            and value.strip(_MARKS) not in HEAD_LEVELS
                            and ("." not in value or _LOCATION.match(value) is None)):
                        if said is None:
                            said = _said(fields, last)
                        message = (*fields[:index], *fields[index + 1:last], said)
                        if messages is None:
                            messages = [None] * FIELDS
                        messages[index] = self._learn_message(index, value, message, masked)
        if not self._read_at:
            return masked  # (nothing read as a value yet)
        return self._rewrite(masked, fields, glued, last, messages)

    def reread(self, masked: str) -> str:
        """``masked`` with its free head fields read as values, as ``read`` reads them now,
        learning nothing (an earlier text read again once an index has turned free)."""
        if not self._read_at:
            return masked
        fields, glued = _fields(masked)
        return self._rewrite(masked, fields, glued, len(fields) - 1, None)

    def reread_cut(self, masked: str) -> tuple[str, Cut | None]:
        """``reread(masked)``, and the fields ``_fields`` cut ``masked`` in (None where it cut
        none), for ``read`` of the same text to take instead of cutting it again (add_batch
        reads a request's records, then places them: the cut is the text's alone)."""
        if not self._read_at:
            return masked, None
        fields, glued = _fields(masked)
        cut = (fields[:], glued)  # (_rewrite reads a field as a value in its list)
        return self._rewrite(masked, fields, glued, len(fields) - 1, None), cut

    def _rewrite(self, masked: str, fields: list[str], glued: list[str] | None, last: int,
                 messages: list[bool | None] | None) -> str:
        read: list[int] | None = None
        for index in self._read_at:
            if index >= last:
                continue
            # (a value seen varying there; at the first index, or after a level alone, any
            # name: no earlier field can be empty and move the message's first word there,
            # so a thread or task first seen now is one too, and not a word that makes its
            # call site's record a template of its own)
            field = fields[index]
            if field.strip(_MARKS) in HEAD_LEVELS:
                # (a level word is the record's level, never a thread's or a task's value: a
                # stream whose two layouts open with a thread and with a level, ``[<thread>]
                # INFO …`` and Spring Boot's `` WARN <pid> --- [<thread>] …``, frees the
                # first index by its threads, and its level stays the call site's)
                continue
            if index not in self._free or (field not in self._values[index] and not (
                    (_head_before(fields, index) or (glued is not None and not glued[index - 1]))
                    and _named_field(field))):
                # else a value only where this message has come with MESSAGE_VALUES values here
                # (as judged in this read, else looked up)
                judged = None if messages is None else messages[index]
                if judged is None:
                    if field[0] not in "[(":
                        continue  # (no field in brackets: not judged per message)
                    message = (*fields[:index], *fields[index + 1:last], _said(fields, last))
                    seen = self._messages[index].get(message)
                    if seen is None or seen[1] != "v":
                        continue
                elif not judged:
                    continue
            if "." in field and _LOCATION.match(field) is not None:
                continue  # (a code location: the call site's)
            if read is None:
                read = [index]
            else:
                read.append(index)
        if read is None:
            return masked
        for index in read:
            fields[index] = _as_value(fields[index])
        return _joined(fields, glued)

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

    def _learn_message(self, index: int, value: str, message: tuple[str, ...], masked: str) -> bool:
        """Judge ``message`` at ``index`` with ``value`` there: whether it is a value there now."""
        messages = self._messages[index]
        seen = messages.get(message)
        # (SETTLE_AFTER judgements past the last that turned a message a value, once the
        # stream's first SETTLE_AFTER texts are read, or JUDGED_AT_MOST in all: the index's
        # judgement settles, and this one is not made)
        judged = self._judgements[index] + 1
        if judged > self._settle_at[index] and self._reads >= SETTLE_AFTER:
            self._settle_messages(index)
            return seen is not None and seen[1] == "v"
        self._judgements[index] = judged
        if seen is None:
            if len(messages) >= MAX_RESTS:
                messages.clear()
            messages[message] = [masked, "", value]
            return False
        state = seen[1]
        if state == "v":
            return True
        if not state:  # (it comes back: counted once)
            seen[1] = " "
            self._messages_recurred[index] += 1
        if len(seen) < MESSAGE_VALUES + 2 and value not in seen[2:]:
            if len(seen) == 3:  # (its second value)
                self._messages_varied[index] += 1
            seen.append(value)
        varied = self._messages_varied[index]
        if len(seen) == MESSAGE_VALUES + 2 and varied >= PARTLY_AFTER and (
                varied >= PARTLY_SHARE * self._messages_recurred[index]):
            # MESSAGE_VALUES values, at an index where many messages have varied (a head's
            # field; a message's own words vary for few): a value for this message
            seen[1] = "v"
            self.earlier = seen[0]
            self._settle_at[index] = min(judged + SETTLE_AFTER, JUDGED_AT_MOST)
            if index not in self._partly:
                self._partly = tuple(sorted((*self._partly, index)))
                self._read_at = tuple(sorted({*self._free, *self._partly}))
            return True
        return False

    def _settle(self) -> None:
        """After SETTLE_AFTER texts, what has shown no variation is the call site's: learning
        it stops (its cost on every miss of the exact-text cache); a free index goes on
        learning its values, and an index free, or free for some messages, goes on judging
        which messages vary there (until that settles too: ``_learn_message``). (Not in
        ``read``: a generator there would make its locals cells, a cost on every call.)"""
        self._learning = self._free
        self._judging = tuple(index for index in self._judging if index in self._read_at)
        self._watch()
        for index in range(FIELDS):
            if index not in self._free:
                self._first[index].clear()
            if index not in self._read_at:
                self._messages[index].clear()

    def _settle_messages(self, index: int) -> None:
        """No longer judge messages at ``index`` (the last judgement there, this one, is
        still made): the messages that turned values there stay read so (a look-up a
        miss), the others are forgotten."""
        self._judging = tuple(at for at in self._judging if at != index)
        self._watch()
        messages = self._messages[index]
        self._messages[index] = {message: seen for message, seen in messages.items() if seen[1] == "v"}

    def _watch(self) -> None:
        """The indexes learned from or judged, one tuple with ``_learning`` where the same."""
        watched = tuple(sorted({*self._learning, *self._judging}))
        self._watched = self._learning if watched == self._learning else watched

    def _vary(self, index: int, rest: tuple[str, ...], first: str, value: str) -> None:
        self._first[index][rest] = ""
        self._varied[index] += 1
        values = self._values[index]
        if len(values) >= MAX_RESTS:
            values.clear()
        values.add(first)
        values.add(value)
        self._decide(index)

    def _decide(self, index: int) -> None:
        """Read the index as free, or no longer, by its counts."""
        varied = self._varied[index]
        free = varied >= FREE_AFTER and varied >= FREE_SHARE * self._recurred[index]
        if free != (index in self._free):
            self._free = tuple(sorted({*self._free, index} if free else set(self._free) - {index}))
            self._read_at = tuple(sorted({*self._free, *self._partly}))
            if free:
                self.freed |= 1 << index

    @property
    def judgements(self) -> int:
        """The messages judged so far, at every index (each a key and a look-up or more), for tests."""
        return sum(self._judgements)

    @property
    def free(self) -> tuple[int, ...]:
        """The head field indexes read as values, for tests."""
        return self._free


def _joined(fields: list[str], glued: list[str] | None) -> str:
    """The text of ``fields`` as ``_fields`` cut them."""
    if glued is None:
        return " ".join(fields)
    # (one glue fewer than fields: the zip stops at the last glue; no strict=, which mypyc
    # leaves a generic call: docs/patterns.md, Speed)
    return "".join([field + glue for field, glue in zip(fields, glued)]) + fields[-1]  # noqa: B905


def _fields(masked: str) -> tuple[list[str], list[str] | None]:
    """The head's fields, then the rest of the record in one piece (its spacing kept), and
    what joins each field to the next where some are glued by colons or by ``|``
    (``_unglued``), else None (a space each)."""
    fields = masked.split(None, FIELDS)
    # (the bars counted only in a text that holds one: one search of the text, most hold
    # none, not three counts of its fields' characters; round 38, speed38b)
    bars = "|" in masked
    for field in fields[:FIELDS]:
        if (field[-1] == ":" and field.count(":") > 1) or (bars and field.count("|") > 1):
            return _unglued(masked)
    return fields, None


def _unglued(masked: str) -> tuple[list[str], list[str]]:
    """The head's fields and the rest of the record, as ``str.split(None, FIELDS)`` cuts
    them but for fields glued by colons, each read as a field of its own (Jetty's
    ``DEBUG:oejs.Server:main: …``, ``WARN :oejs.Server:main: …``), or by ``|`` (``_piped``;
    the message's first word glued to the head's last ``|`` ends the fields), and what joins
    each field to the next (a space, or nothing where they were glued)."""
    fields: list[str] = []
    glued: list[str] = []
    rest = masked.lstrip()
    while len(fields) < FIELDS:
        parts = rest.split(None, 1)
        if len(parts) < 2:
            break
        field, after = parts
        if not fields and not field.lstrip(_OPENING) and after.split(None, 1)[0].count("|") > 1:
            # a bracket alone before a head glued by ``|``: a level padded inside it (xapi's
            # ``[ info||…`` beside ``[debug||…``), read with the field after it, their space
            # kept, so that each field keeps its index whatever the level's width
            glued_to, _, after = after.lstrip().partition(" ")
            field = field + " " + glued_to
            if not after:
                break
        if field[-1] == ":" and field.count(":") > 1 and _ALPHA.search(field):
            pieces = _GLUED.findall(field)
            take = min(len(pieces), FIELDS - len(fields))
            fields.extend(pieces[:take])
            glued.extend([""] * (take - 1))
            glued.append(" ")
            if take < len(pieces):
                glued[-1] = ""
                after = "".join(pieces[take:]) + " " + after
        elif field.count("|") > 1 and _ALPHA.search(field):
            pieces, tail = _piped(field, not fields)
            take = min(len(pieces), FIELDS - len(fields))
            fields.extend(pieces[:take])
            glued.extend([""] * take)
            carried = ""
            if take == len(pieces) and take and tail and tail[-1] != ":" and _ALPHA.search(tail) is None:
                # values alone after the last ``|``, a space after them: no message's first
                # word but the head's values, read as what joins its fields (xapi's
                # ``[debug||<id> name|task|module]``, a thread's id before its name)
                carried, tail = tail, ""
            if take < len(pieces) or tail:
                # (the fields past FIELDS, or the message's first word glued to the head's
                # last mark: the rest of the record, read from there)
                fields.append("".join(pieces[take:]) + tail + " " + after)
                return fields, glued
            glued[-1] = carried + " "
        else:
            fields.append(field)
            glued.append(" ")
        rest = after
    fields.append(rest)
    return fields, glued


def _piped(field: str, leading: bool = True) -> tuple[list[str], str]:
    """The fields of a head glued by ``|`` (Open vSwitch's ``<seq>|module|LEVEL|name: …``),
    each with its ``|``, a run of values alone that opens the record read with the field
    after it (it holds nothing to learn), and a name and its colon after the last ``|`` a
    field too (an instance's, a label's); else what follows the last ``|``, the message's
    first word. Past the record's first run (``leading`` false) a value alone is a field of
    its own: a name the masker read whole (xapi's ``… <*>|<task>|module]``, a thread's name
    with its digits) keeps its index, as the names the masker left words do."""
    parts = field.split("|")
    pieces: list[str] = []
    values = ""
    for part in parts[:-1]:
        if _ALPHA.search(part) is None and (leading or not part):
            values += part + "|"
        else:
            pieces.append(values + part + "|")
            values = ""
    tail = values + parts[-1]
    if tail[-1:] == ":" and _ALPHA.search(tail) is not None:
        pieces.append(tail)
        tail = ""
    return pieces, tail


# a field glued to the next by a colon (the first may open with one: ``:oejs.Server:``)
_GLUED: Final = re.compile(r":?[^:]+:")
_ALPHA: Final = re.compile(r"[A-Za-z]")


def _said(fields: list[str], last: int) -> str:
    """The text after the head up to a cause after a colon (``Could not open log file: <cause>``,
    the cause's words often left as words by the masker): what names the message. A failure
    is said in two words at least; the head's fields left in the text are none of them (the
    end of a bracket a head field opened, Apache's ``[pid <*>:tid <*>]``, and bracketed
    fields after it, ``[client <*>]``), so that a label and its colon after them
    (``[<*>] [core:info] [pid <*>:tid <*>] nomad: <message>``) is no failure and its cause."""
    text = fields[last]
    said, colon, after = text.partition(": ")
    if not colon:
        return text
    words = said
    if "]" in said and any(field.count("[") > field.count("]") for field in fields[:last]):
        words = said.partition("]")[2]
    if words[:1] == "[" or words[1:2] == "[":
        head = _HEAD_BRACKETS.match(words)
        if head is not None:
            words = words[head.end():]
    named = words.split()
    if named and named[0][:1] == "(" and bracketed_system_error(words.strip()):
        # (the OS's error text glued after its code, APR's ``(<*>)Permission denied: <message>``,
        # ``(EAI <*>)…``: no failure of the call site's but a value of it; its message is what
        # follows)
        return after
    if len(named) == 2 and named[1] in COMPONENT_KINDS:
        return text  # (a part's name and its kind: ``tail_csv plugin: <message>``, a label)
    return said if len(named) > 1 else text


# bracketed fields that open the text after the head's (``[client <*>] [VV][x.c:<*>]``)
_HEAD_BRACKETS: Final = re.compile(r"\s*(?:\[[^\[\]]*\][:,;]?\s*)+")


def _head_before(fields: list[str], index: int) -> bool:
    """Whether the fields before ``index`` are a level alone, or none, or a level at most and
    fields of marks alone or of values (``INFO --- [thread]``, ``<*> <*> [thread]``): no field
    there that may be empty and move the message's first word to ``index``."""
    if not index or (index == 1 and fields[0].strip(_MARKS) in HEAD_LEVELS):
        return True
    levels = 0
    for field in fields[:index]:
        name = field.strip(_MARKS)
        if name in HEAD_LEVELS:
            levels += 1
        elif _HEAD_MARKS.fullmatch(field) is None:
            return False
    return levels <= 1


# a field of marks alone (``---``, ``-``, ``:``) or of values and marks (``<*>``): no field
# that may be empty and move the message's first word on
_HEAD_MARKS: Final = re.compile(r"[^\w<>]+|[^\w<>]*<\*>(?:[^\w<>]*<\*>)*[^\w<>]*", re.ASCII)


def _as_value(field: str) -> str:
    """``[ProfileQueue]`` -> ``[<*>]``, ``public`` -> ``<*>``, ``[db-main:<*>]`` -> ``[<*>]``
    (a value glued to the name is read with it, as the masker reads ``[db<*>]``): the marks
    around a field stay."""
    start = len(field) - len(field.lstrip(_OPENING))
    end = len(field.rstrip(_CLOSING))
    if start >= end:
        return field
    if (field[start] == "<" and field[end - 1] == ">" and end - start > 2
            and not field.startswith(WILDCARD, start)):
        # a name in angle brackets (a thread, ``<vcpu-3>``, or the masker's ``<<*>>``): its
        # brackets stay, as the miner keeps them when it reads two such names as one value
        return field[:start + 1] + WILDCARD + field[end - 1:]
    return field[:start] + WILDCARD + field[end:]
