"""The cause of a failure in masked text folded into one value (after ``masking.py``'s pass).

``fold(masked)`` runs on a cache miss only: after a failure said in words (``failed to
open <*>``, ``Error while watching pod``), what follows its colon or a spaced dash, or
what its clause's brackets hold (``(broken pipe)``), comes from elsewhere (the OS, a
library, a peer) in any number of words, so it becomes one ``<*>``. ``mask(text)`` is
``masking.mask_statuses`` and then this fold. The words of failure defined here are read
by ``runs.py`` and ``templates.py`` too. docs/patterns.md (The cause of a failure) says
why.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from otlp_sampler.patterns.levels import NO_LEVEL_FIELD, LevelField
from otlp_sampler.patterns.masking import (
    COMPILED_HERE,
    HEAD_LEVELS,
    WILDCARD,
    mask_statuses,
    message_opening,
    trailing_location,
)
from otlp_sampler.patterns.tokens import exception_class

if TYPE_CHECKING:
    from mypy_extensions import i64  # (compiled, a machine integer; masking's note)

# A failure, then a colon: what follows is its cause (``failed to open <*>: permission
# denied``, ``Error while watching pod: context deadline exceeded``). Causes come from
# elsewhere (the OS, a library, a peer), in any number of words, so the rest is one value.
# The colon is the one of prose, after a word (a spaced `` : `` separates fields), or a
# spaced dash (``failed to connect - timeout``).
FAILURE: Final = re.compile(
    r"\b(?:[Ff]ail(?:ed|ure|s)?|FAIL(?:ED|URE)?|[Ee]rrors?|ERRORS?|Err|[Uu]nable|[Cc]annot|[Cc]an't"
    r"|[Cc]ould not|[Cc]ouldn't|[Ee]xception|[Rr]aised|[Rr]efused|[Dd]enied|[Aa]borted|[Cc]rash(?:ed)?"
    r"|[Pp]anic(?:ked)?"
    r"|[Tt]imed out|[Pp]roblem|[Ii]nvalid|[Mm]alformed|[Uu]nexpected|[Uu]nsupported|[Mm]issing|[Ii]mpossible)"
    r"\b")
# FAILURE's words, each as it may be written (its alternatives spelt out, in their cases), by
# their first two characters (failure_end): no word is a part of another that a word's
# character does not follow (Fail, Failed; Err, Error), so at most one of them ends where
# FAILURE's closing \b holds, and that one is FAILURE's match
_FAILURE_SPELLINGS: Final[tuple[str, ...]] = (
    *(spelt for word in (
        "fail", "failed", "failure", "fails", "error", "errors", "unable", "cannot", "can't", "could not",
        "couldn't", "exception", "raised", "refused", "denied", "aborted", "crash", "crashed", "panic",
        "panicked", "timed out", "problem", "invalid", "malformed", "unexpected", "unsupported", "missing",
        "impossible") for spelt in (word, word[0].upper() + word[1:])),
    "FAIL", "FAILED", "FAILURE", "ERROR", "ERRORS", "Err")


def _pair_tables(words: tuple[str, ...]) -> tuple[bytes, tuple[tuple[str, ...], ...]]:
    """``words`` by their first two characters: a table of the ASCII pairs (first * 128 +
    second), each pair that opens a word holding the index + 1 of its words in the tuple
    beside it, else 0 (a text's words are then found by one lookup at each position)."""
    by_pair: dict[str, list[str]] = {}
    for word in words:
        by_pair.setdefault(word[:2], []).append(word)
    table = bytearray(128 * 128)
    groups: list[tuple[str, ...]] = []
    for pair, opening in by_pair.items():
        groups.append(tuple(opening))
        table[ord(pair[0]) * 128 + ord(pair[1])] = len(groups)
    return bytes(table), tuple(groups)


_SPELLING_TABLES: Final = _pair_tables(_FAILURE_SPELLINGS)
_SPELLING_PAIRS: Final = _SPELLING_TABLES[0]
_SPELLINGS_BY_PAIR: Final[tuple[tuple[str, ...], ...]] = _SPELLING_TABLES[1]
# ASCII characters that \b reads as a word's (letters, digits, _): 1, else 0
_WORD_CHARACTER: Final = bytes(1 if chr(c).isalnum() or c == 95 else 0 for c in range(128))


def failure_end(text: str, start: i64) -> i64:
    """``FAILURE.match(text, start).end()``, or -1 where it does not match, for an ASCII
    ``text``: read in one compiled pass over the spellings that open with the two characters
    at ``start`` (the regex's word boundaries: no word's character before ``start``, none
    after the word). Compiled, some tens of instructions where the engine's call costs some
    1,500 (``fold_cause`` asks it at each failure stem of an ASCII text; as Python the regex)."""
    n: i64 = len(text)
    if start + 2 >= n or (start > 0 and _WORD_CHARACTER[ord(text[start - 1])]):
        return -1  # (the shortest spelling, Err, has three characters)
    group: i64 = _SPELLING_PAIRS[ord(text[start]) * 128 + ord(text[start + 1])]
    if not group:
        return -1
    for spelt in _SPELLINGS_BY_PAIR[group - 1]:
        size: i64 = len(spelt)
        end: i64 = start + size
        if end <= n:
            k: i64 = 2
            while k < size and ord(text[start + k]) == ord(spelt[k]):
                k += 1
            if k == size and (end == n or not _WORD_CHARACTER[ord(text[end])]):
                return end
    return -1


# (each alternative starts with its colon or space, the character before it looked behind
# for after it: so the engine skips to the colons and spaces instead of trying every position)
_SEPARATOR: Final = re.compile(
    r":(?<!\s:)(?: |\n\s*)(?=\S)| --? (?=\S)| : (?=\S)(?!.* : )|:(?<=[a-z]{3}:)(?=[^\s\d<])")
_LEVEL_WORDS: Final = frozenset(("ERROR", "ERR"))
# A failure in capitals as a status field prints it (test runners' and scripts' FAIL: / PASS:,
# LinuxGSM's ``<script>: <command>: FAIL: <message>``): how a step ended, as a level says how
# grave a record is, when it is a field of its own (_status_label).
STATUS_WORDS: Final = frozenset(("FAIL", "FAILED", "FAILURE"))
# (an Erlang term's first element, {error,closed}, is an atom that names a result: a value)
_CLOSING_MARKS: Final = {"=": " ,}", "[": "]", '"': '"', "'": "'", "{": ",}"}


# The record's level word as its head prints it, at the message's start or after the head's
# values alone (a time, a process: ``_after_head_values``), then what ends the head: the
# level's own colon (Erlang's ``<time> error: <message>``), a scope in brackets (Zig's
# ``error(config): …``), or the logger's name and its colon or dash (NLog's ``Error
# DivxTotal: <message>``, an instance's id after the name: ``Error Indexer (<*>): …``;
# Rust's ``ERROR hickory_net::dnssec: …``; swift-log's ``error com.example.db : …``). The
# record's level and the component that logs it, not a failure said in a sentence (not a
# verb's form: ``Error reading: <cause>``); templates.record_header reads the same heads in
# tokens.
_LEVEL_HEAD: Final = re.compile(
    r"(?i:error|err)(?: ?: |\([A-Za-z_][\w.-]*\): "
    r"| (?![a-z]+(?:ing|ed)\b)[A-Za-z_][\w.]*(?:::\w+)*(?: \([^()\s]+\))? ?(?::| -) )")
_LETTER_OR_DIGIT: Final = re.compile(r"[^\W_]")


# A field of the head in square brackets: a value, or more than one name (a module and its
# level, a key and its value); not a name alone, a tag the message may open with ([Backend]).
_HEAD_FIELD: Final = re.compile(r"\[(?![\w.$-]+\])[^\[\]]*\]")


def _after_head_values(masked: str, start: int, opening: int = 0) -> bool:
    """Whether only the head's values and marks come before ``start`` (``<*> <*>.<*> ``), or
    its fields in square brackets (Apache's ``[<*>] [core:warn] [pid <*>:tid <*>] ``), or
    ``start`` is where the message opens (``opening``, ``message_opening``)."""
    if not start or start == opening:
        return True
    return _LETTER_OR_DIGIT.search(_head_marks_left(masked[:start])) is None


def _head_marks_left(text: str) -> str:
    """What is left of ``text`` without the head's values (``<*>``) and its fields in square
    brackets (``_HEAD_FIELD``): the head's marks, keys and level words, and any word of a
    message. The one reading of a head's text up to a place, for the questions asked of
    what is left: whether it holds no letter or digit at all (``_after_head_values``), or
    keys and level words alone (``_head_alone``)."""
    if "[" in text:
        text = _HEAD_FIELD.sub("", text)
    return text.replace(WILDCARD, "")


def _after_level_field(masked: str, start: int, level: LevelField) -> bool:
    """Whether only the head's values and fields come between the stream's level field and
    ``start`` (``<time> WARN [<id>] Error: <message>``, ``<time> INFO Error: <message>``): a
    level word there opens the message, its own label as at the record's start, not a
    failure said in a sentence."""
    return 0 <= level.end <= start and _after_head_values(masked[level.end:start], start - level.end)


def _status_label(masked: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a field of its own, its colon and a space after
    it, and before it the text's start or the end of another field (a colon, a bracket or a
    bar, and a space): ``FAIL: <message>``, ``<name>: <step>: FAIL: <message>``, not ``Mount
    FAILED: <cause>``, a thing's status said in its sentence."""
    if masked[end:end + 2] != ": ":
        return False
    if start == 0:
        return True
    return start >= 2 and masked[start - 1] == " " and masked[start - 2] in ":]|"


# Words that say a failure is the program's own (a broken invariant, a bug), not what an
# operation met: what follows their failure word and colon is the call site's own message.
OWN_FAULT: Final = frozenset(("internal", "programmer", "programming"))
# a key of the head's fields (level=, "msg":): no word of the message
_HEAD_KEY: Final = re.compile(r"""[\w.-]+=|"[\w.-]+":|[\w.-]+: """)


def _head_alone(text: str) -> bool:
    """Whether ``text`` holds the head's values, marks, bracketed fields, keys and level
    words alone, no word of a message, or ends with a level word and its marks (``<thread>
    ERROR - ``: the head's end, whatever its fields)."""
    words = _ALNUM_RUN.findall(text)
    if words and words[-1].upper() in HEAD_LEVELS and not text.rstrip()[-1:].isalnum():
        return True
    text = _HEAD_KEY.sub("", _head_marks_left(text))
    return all(word.upper() in HEAD_LEVELS for word in _ALNUM_RUN.findall(text))


_ALNUM_RUN: Final = re.compile(r"[^\W_]+")


def _said_before(text: str) -> bool:
    """Whether ``text``, before a failure word and its colon, says something: a word or a
    value; not marks alone, which decorate a level word (Julia's ``┌ Error: <message>``:
    a level word alone, how bad, not what failed), nor a word that says whose fault the
    failure is, the program's own, right after the head (``internal error: <message>``,
    ``<*> ERROR - Programmer Error: <message>``: a kind of report, as a level is)."""
    said = text.rstrip()
    cut = len(said)
    while cut and said[cut - 1].isalpha():
        cut -= 1
    if cut < len(said) and said[cut:].lower() in OWN_FAULT and (not cut or not said[cut - 1].isalnum()) and (
            _head_alone(said[:cut])):
        return False
    # (a generator in any() compiles to a loop in C, map(str.isalnum) to calls: docs/patterns.md, Speed)
    if WILDCARD in text:
        return True
    # a level word alone before the failure word says how bad too (Zeek's, gcc's and Go's
    # runtime's ``fatal error: <message>``): the two words are the record's severity
    return any(c.isalnum() for c in text) and text.strip() not in HEAD_LEVELS


def _whole_value(masked: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a whole value (``level=error``, ``[error]``,
    ``"error"``, ``{error,closed}``): a level or a state, not a failure said in a sentence."""
    closing = _CLOSING_MARKS.get(masked[start - 1]) if start else None
    if closing is None:
        # the last part of one bracketed value, a head's field (Apache's [core:error],
        # [app.error]): a level too
        opening = masked.rfind("[", 0, start)
        return (masked[end:end + 1] == "]" and opening >= 0
                and " " not in masked[opening:start] and "]" not in masked[opening:start])
    return end == len(masked) or masked[end] in closing


# The verbs that say an operation gave an error (_NAMED_ERROR), spelled once
_NAMING_VERBS: Final[tuple[str, ...]] = (
    "with", "returned", "got", "after", "raised", "threw", "encountered", "received")
_NAMED_ERROR: Final = re.compile(
    # (each verb is read first and its word's start checked after it, as \b would before it:
    # so the engine skips to the letters the verbs start with instead of trying every position)
    "(?:" + "|".join(rf"{verb}(?<!\w{verb})" for verb in _NAMING_VERBS)
    + r")(?: the following| an?)?"
    r"(?: \w+)? (?:error|exception)s?:? (?=[^\s,.;(\[])"
    r"(?!(?:while|when|during|in|on|for|from|at|to|and|or) )")
_LIST_KEY: Final = re.compile(r", [A-Za-z_][\w.-]*$")
# the next key of a list, its colon and the value after it (``…, rules: <*>``)
_NEXT_LIST_KEY: Final = re.compile(r", [A-Za-z_][\w.-]*: ")


def _may_name_error(masked: str) -> bool:
    """A necessary condition of ``_NAMED_ERROR.search(masked)``, read with str methods: the
    word ``error`` or ``exception`` after a space and, past an ``s`` and a colon, before one.
    Most texts that hold either word say it elsewhere (``error=<*>``, ``errors.go``, ``an
    error.``): the engine, which would try each verb at each of their letters, is not asked.
    And one of the verbs in the text (most texts with such a word hold none)."""
    for word in ("error", "exception"):
        at = masked.find(word)
        while at >= 0:
            end = at + len(word)
            if at > 0 and masked[at - 1] == " ":
                if masked[end:end + 1] == "s":
                    end += 1
                if masked[end:end + 1] == ":":
                    end += 1
                if masked[end:end + 1] == " ":
                    return any(verb in masked for verb in _NAMING_VERBS)
            at = masked.find(word, at + 1)
    return False


# Lower-case stems of the words above: a cheap test before the regexes (most text has none).
# (typed of any length: mypyc loops over it by index, a fixed tuple by the generic iterator)
_FAILURE_STEMS: Final[tuple[str, ...]] = (
    "fail", "error", "unable", "cannot", "can't", "could", "exception", "raised", "refused", "denied",
    "abort", "crash", "panic", "timed out", "problem", "invalid", "malformed", "unexpected", "unsupported",
    "missing", "impossible")


_STEM_TABLES: Final = _pair_tables(_FAILURE_STEMS)
_STEM_PAIRS: Final = _STEM_TABLES[0]
_STEMS_BY_PAIR: Final[tuple[tuple[str, ...], ...]] = _STEM_TABLES[1]


def stem_starts(text: str) -> list[int] | None:
    """Where each of _FAILURE_STEMS starts in ``text.lower()``, stem by stem as ``find`` gives
    them (a place once a stem that starts there): read in one compiled pass over ``text``,
    each ASCII capital read as its small letter, a stem compared only where its first two
    letters are (``_STEM_PAIRS``); None for a text with a character beyond ASCII, whose lower
    case this does not read (its length or letters may differ: ``fold_cause`` lowers it).
    Compiled, cheaper than ``lower()`` and the 21 stems' ``in`` tests and ``find`` calls
    (some 300 instructions each), for the texts that hold none (most) and those that hold
    some; as Python dearer, and not asked (``_failure_starts``)."""
    n: i64 = len(text)
    found: list[int] = []
    i: i64 = 0
    # (each character read once: the second of a place's pair is the first of the next's)
    c: i64 = 0
    if n > 3:
        c = ord(text[0])
        if c >= 128:
            return None
        if 65 <= c <= 90:
            c += 32
    while i + 3 < n:  # (the shortest stem has four letters)
        d: i64 = ord(text[i + 1])
        if d >= 128:
            return None
        if 65 <= d <= 90:
            d += 32
        group: i64 = _STEM_PAIRS[c * 128 + d]  # (both below 128: returned above otherwise)
        if group:
            for stem in _STEMS_BY_PAIR[group - 1]:
                size: i64 = len(stem)
                if i + size <= n:
                    k: i64 = 2
                    while k < size:
                        e: i64 = ord(text[i + k])
                        if 65 <= e <= 90:
                            e += 32
                        if e != ord(stem[k]):
                            break
                        k += 1
                    if k == size:
                        found.append(i)
        i += 1
        c = d
    while i < n:  # (no stem starts in the last three characters; one beyond ASCII there may lower to more)
        if ord(text[i]) >= 128:
            return None
        i += 1
    return found


def _failure_starts(masked: str, abbreviated: bool) -> list[int]:
    """Where a failure word may start in ``masked``: each place a stem of _FAILURE_STEMS starts
    in its lower case, stem by stem, then Go's ``err `` where ``abbreviated`` (``fold_cause``
    tries the regex at each, in order). Compiled, an ASCII text's places are read by
    ``stem_starts`` (no ``lower()``, no ``find``: the places are the same, each stem's
    occurrences once, and ``fold_cause`` sorts them)."""
    if COMPILED_HERE and not abbreviated:
        found = stem_starts(masked)
        if found is not None:
            return found
    lowered = masked.lower()
    starts = []
    for stem in (*_FAILURE_STEMS, "err ") if abbreviated else _FAILURE_STEMS:
        at = lowered.find(stem)
        while at >= 0:  # a failure word may start here: the regex is tried only there
            starts.append(at)
            at = lowered.find(stem, at + 1)
    return starts


def fold_cause(masked: str, level: LevelField = NO_LEVEL_FIELD) -> str:
    """``masked`` with the cause after a failure's colon, or in brackets right after it,
    folded into one ``<*>``.

    The failure must be said in two words at least before the colon: a level word alone
    (``error: …``) says how bad, not what failed; so is one in ``level``, the stream's level
    field (``levels.LevelPlaces``), or before it."""
    abbreviated = "Err " in masked  # Go's abbreviation (Err fetching …), capitalised only
    # (the stems' places, found without one regex of them all, whose first letters are most
    # letters; docs/patterns.md, Speed)
    starts = _failure_starts(masked, abbreviated)
    if not starts:
        return masked  # (most texts: no stem)
    # (the regex's own words first, in C: most texts that hold a stem have neither)
    named = _NAMED_ERROR.search(masked) if _may_name_error(masked) else None
    if named is not None:
        # an error named as what an operation returned (returned error <*>, with the
        # following error <*>): what follows is the error's text
        rest = _after_quoted(masked, named.end())
        if not rest and ". " in masked:
            stop = _own_sentence(masked, named.end())  # (the call site's sentence after it)
            if stop >= 0:
                rest = masked[stop:]
        return masked[:named.end()] + WILDCARD + rest
    opening = -1  # where the message opens after the record's head (message_opening), once asked
    # (compiled, an ASCII text's failure words are read by failure_end, not the engine's match)
    ascii_text = COMPILED_HERE and masked.isascii()
    for start in sorted(starts):
        if start < level.end:
            continue  # the stream's level field, or the head before it: no failure
        if ascii_text:
            end = failure_end(masked, start)
            if end < 0:
                continue
        else:
            found = FAILURE.match(masked, start)
            if found is None:
                continue
            # (the match's end read once, its word cut from the text: compiled, each of a Match's
            # methods is a call of a Python object; it starts at ``start``, where it was asked)
            end = found.end()
        word = masked[start:end]
        if word in _LEVEL_WORDS or _whole_value(masked, start, end):
            continue  # a level (level=error, [error], "level":"error", ERROR): how bad, not what failed
        if word in STATUS_WORDS and _status_label(masked, start, end):
            continue  # a status of its own field (<script>: <command>: FAIL: <message>): how it ended
        if (start and masked[start - 1] in "/.") or (
                masked[end:end + 1] == "." and masked[end + 1:end + 2].isalpha()):
            continue  # a part of a file's or a dotted name (errors.lua:52:, pkg/error.rs): no failure said
        # (_LEVEL_HEAD opens with err, any case: asked only of a failure word that does)
        if word[:3].lower() == "err" and _LEVEL_HEAD.match(masked, start):
            if opening < 0:
                opening = message_opening(masked)
            if _after_head_values(masked, start, opening) or _after_level_field(masked, start, level):
                continue  # the record's level where the message opens: how bad, not what failed
        if masked[end:end + 2] == " (" and any(c.isalnum() for c in masked[:start]):
            # the cause in brackets right after the failure (stamping failed (timed out);
            # falling back …), but a code and its message: (111: Connection refused)
            close = _closing(masked, end + 1)
            if close > end + 2 and not masked.startswith(WILDCARD + ":", end + 2):
                return masked[:end + 2] + WILDCARD + masked[close:]
        # (each separator's span packed in one integer, _next_separator: compiled, each of a
        # Match's methods is a call of a Python object)
        span = _next_separator(masked, end, ascii_text)
        while span >= 0:
            colon: i64 = span >> 32
            after: i64 = span & 0xFFFFFFFF
            mark = masked[colon:after]
            head = masked[end:colon]
            if "\n" in head or " | " in head or (
                    ". " in head and " " in head[head.rindex(". ") + 2:].strip()):
                break  # the failure's colon is in its sentence and field (| parts fields), or a
                # key's after it (error. Msg: …)
            if (head.count("(") > head.count(")") or head.count("[") > head.count("]")
                    or head.count("{") > head.count("}")):
                # a colon inside brackets, (111: Connection refused), {'id': 3}, is not the cause's
                span = _next_separator(masked, after, ascii_text)
                continue
            if mark == ": " and _LIST_KEY.search(head):
                break  # the colon of the next key of a list (reason: invalid request, sql: …)
            if mark == " : " and not head.strip() and word.isupper():
                break  # a status field's value (Mount FAILED : retry later), not what failed
            if " | " in head:
                break  # the colon of the next field (Failing: missing field 'x' | Interval: …)
            if not head.strip() and opening < 0:
                opening = message_opening(masked)
            if head.strip() or _said_before(masked[opening if opening < start else 0:start]):
                before = masked[:after]
                if head.endswith(")"):
                    before = _fold_closing_note(before, end, colon)
                if ". " in head:
                    # a key after the failure's sentence (failed. mapping_id: <*>, rules: <*>):
                    # the cause is that key's value, up to the next key of its list
                    listed = _next_list_key(masked, after)
                    if listed >= 0:
                        return before + WILDCARD + masked[listed:]
                labelled = _labelled_error(masked, after)
                if labelled >= 0:
                    # the program's own reason, a sentence, then its label of the error's text
                    # (failed: Invalid signature. Error: <text>): the text after the label is the
                    # cause, the reason the call site's words
                    return masked[:labelled] + WILDCARD + _after_cause(masked, labelled)
                return before + WILDCARD + _after_cause(masked, after)
            break
        bracket = _clause_cause(masked, end)
        if bracket is not None:
            return masked[:bracket[0] + 1] + WILDCARD + masked[bracket[1]:]
    return masked


def _labelled_error(masked: str, start: int) -> int:
    """Where the error's text starts after its label, when the cause after a failure's colon at
    ``start`` is a short sentence of words alone, capitalised, that ends with its stop, then a
    label that names an error and its colon, and the error's text (.NET's ``"… validation
    failed: Invalid signature. Error: {error}"``), or -1. A library's text does not label its
    own error so; the sentence before the label is the program's reason, each call site's words
    (``Invalid issuer.``, ``Token expired.``: one call site each), and the error's text after
    it varies by record (round 39, r37c). The label is an error key's name with a colon for
    its ``=`` (``_error_key_name``: ``Error``, ``error``, ``Exception``, ``Err``, ``ErrorMsg``;
    round 40, dedupe40), read within 80 characters of ``start``: the sentence holds no colon,
    so the first ``": "`` there ends the label."""
    colon = masked.find(": ", start, start + 80)
    if colon < 0:
        return -1
    stop = masked.rfind(". ", start, colon)
    if stop < 0 or not _error_key_name(masked[stop + 2:colon]):
        return -1
    words = masked[start:stop].split(" ")
    if not (1 <= len(words) <= 6 and words[0][:1].isupper() and all(word.isalpha() for word in words)):
        return -1
    after = colon + 2
    return after if after < len(masked) else -1


def _next_list_key(masked: str, pos: int) -> int:
    """Where the next key of a list (``_NEXT_LIST_KEY``: a comma, a key and its colon) is
    from ``pos`` on, outside brackets, or -1 (round 37, r35a)."""
    found = _NEXT_LIST_KEY.search(masked, pos)
    while found is not None:
        between = masked[pos:found.start()]
        if (between.count("(") == between.count(")") and between.count("[") == between.count("]")
                and between.count("{") == between.count("}")):
            return found.start()
        found = _NEXT_LIST_KEY.search(masked, found.end())
    return -1


def _next_separator(masked: str, pos: int, ascii_text: bool) -> i64:
    """The span of ``_SEPARATOR``'s first match from ``pos`` on, its start above 32 bits and its
    end below, or -1: in an ASCII text read by hand (``_separator_read``), else the engine's
    search (from the last match's end, as ``finditer`` goes on: no match is empty)."""
    if ascii_text:
        return _separator_read(masked, pos)
    found = _SEPARATOR.search(masked, pos)
    return -1 if found is None else (found.start() << 32) | found.end()


# ASCII characters that the \s of a pattern of str reads as whitespace (str.isspace: with the
# five controls and the space, the separators of files, groups, records and units): 1, else 0
_ASCII_SPACE: Final = bytes(1 if chr(c).isspace() else 0 for c in range(128))


def _separator_read(text: str, pos: i64) -> i64:
    """``_SEPARATOR.search(text, pos)``'s span as ``_next_separator`` packs it, for an ASCII
    ``text``, read by hand: at each colon, its first alternative (no whitespace before it, then
    a space and no whitespace, or a line's end, the whitespace after it and no whitespace),
    then its last (three small letters before it, after it no whitespace, digit or ``<``); at
    each space its second (a dash or two, a space and no whitespace), then its third (a colon,
    a space and no whitespace, and no spaced colon later on the line). Compiled, one loop over
    the characters where the engine stops at every space and colon to try its alternatives
    (some 5,800 instructions a match on r30 s0's causes); fold_cause asks it only compiled."""
    n: i64 = len(text)
    i: i64 = pos
    while i < n:
        c = ord(text[i])
        if c == 58:  # :
            if i + 2 < n and (i == 0 or not _ASCII_SPACE[ord(text[i - 1])]):
                d = ord(text[i + 1])
                if d == 32:
                    if not _ASCII_SPACE[ord(text[i + 2])]:
                        return (i << 32) | (i + 2)
                elif d == 10:
                    j: i64 = i + 2
                    while j < n and _ASCII_SPACE[ord(text[j])]:
                        j += 1
                    if j < n:
                        return (i << 32) | j
            if i >= 3 and i + 1 < n:
                d = ord(text[i + 1])
                if (not _ASCII_SPACE[d] and not 48 <= d <= 57 and d != 60 and 97 <= ord(text[i - 1]) <= 122
                        and 97 <= ord(text[i - 2]) <= 122 and 97 <= ord(text[i - 3]) <= 122):
                    return (i << 32) | (i + 1)
        elif c == 32 and i + 3 < n:
            d = ord(text[i + 1])
            if d == 45:  # -
                e = ord(text[i + 2])
                if e == 45:
                    if i + 4 < n and ord(text[i + 3]) == 32 and not _ASCII_SPACE[ord(text[i + 4])]:
                        return (i << 32) | (i + 4)
                elif e == 32 and not _ASCII_SPACE[ord(text[i + 3])]:
                    return (i << 32) | (i + 3)
            elif d == 58 and ord(text[i + 2]) == 32 and not _ASCII_SPACE[ord(text[i + 3])]:
                line_end: i64 = text.find("\n", i + 3)
                if text.find(" : ", i + 3, n if line_end < 0 else line_end) < 0:
                    return (i << 32) | (i + 3)
        i += 1
    return -1


def _fold_closing_note(before: str, start: int, close: int) -> str:
    """``before`` with the brackets that end the failure's clause right before its colon
    folded into one value when they hold a cause (``failed reading file (broken pipe): <*>``,
    a wrapped error: ``(etcdserver: request timed out)``): a library's text, in as many
    words as it says, and what the colon brings after them is the failure's subject or
    fields. Not a note (``(attempt <*>/<*>)``), nor a code and its message
    (``(111: Connection refused)``), which keep their form, as at the clause's end
    (``_clause_cause``)."""
    at = _opening(before, close - 1, start)
    if at < 0 or before[at - 1] != " " or not any(c.isalnum() for c in before[start:at]):
        return before
    inside = before[at + 1:close - 1]
    if inside.startswith(WILDCARD + ":") or not _reads_as_cause(inside):
        return before
    return before[:at + 1] + WILDCARD + before[close - 1:]


# What the OS, a library or a peer says when something failed (strerror, Go's and Java's
# error texts): a cause holds one of these words, or is one value or errno name (EOF, ENOENT;
# not a state: SCREEN_ON).
FAILURE_WORDS: Final = re.compile(
    # (fail… but a failover's, failback's or failsafe's: operations and designs that no
    # failure says, stopping failover!; round 38, r36b)
    r"(?i:no|not|cannot|can't|unable|fail(?!over|back|safe)\w*|errors?|invalid|illegal|bad|unknown|unexpected\w*|missing"
    r"|refused|denied|reset|broken|timeout|timed|expired|exceeded|exists|unreachable|lost|closed"
    r"|interrupted|aborted|corrupt\w*|overflow|full|busy|too|permission|forbidden|unauthorized"
    r"|unavailable|mismatch|already|eof|undefined|cancell?ed|elapsed|locked|rejected|exhausted|killed"
    r"|terminated|disconnected|insufficient|incompatible|duplicate|conflict|nil|null|none|expect\w*"
    r"|read-only)", re.ASCII)  # (EROFS: Read-only file system)
# (and an exception's class, KeyError('id'), java.io.IOException: tokens.exception_class)


ERRNO: Final = re.compile(r"E[A-Z]{2,}", re.ASCII)


# What FAILURE_WORDS (the word less its closing stops) and ERRNO say of each word asked, as
# bits (failure_bits), remembered: the words of causes recur from line to line, and the
# case-blind alternation costs the engine some 3,000 instructions a word. Bounded, refilled
# with the words in use; an answer is the word's alone, so one table serves every miner.
_FAILURE_WORD: Final = 1
_ERRNO_NAME: Final = 2
_WORDS_READ: Final[dict[str, int]] = {}
_MOST_WORDS_READ: Final = 4096


def failure_bits(word: str) -> int:
    """_FAILURE_WORD when ``word``, less its closing ``.`` and ``!``, is one of FAILURE_WORDS or
    an exception's class (``exception_class``), and _ERRNO_NAME when it is an errno's name (ERRNO)."""
    bits = _WORDS_READ.get(word)
    if bits is None:
        stripped = word.rstrip(".!")
        failure = FAILURE_WORDS.fullmatch(stripped) is not None or exception_class(stripped)
        bits = ((_FAILURE_WORD if failure else 0)
                | (_ERRNO_NAME if _may_be_errno(word) and ERRNO.fullmatch(word) is not None else 0))
        if len(_WORDS_READ) >= _MOST_WORDS_READ:
            _WORDS_READ.clear()
        _WORDS_READ[word] = bits
    return bits


def _may_be_errno(word: str) -> bool:
    """A necessary condition of ``ERRNO.fullmatch(word)``: three characters or more, the first
    an ``E`` (most words asked are not: the engine's call, generic where compiled, is spared)."""
    return len(word) > 2 and word[0] == "E"


def failure_word(word: str) -> bool:
    """Whether ``word``, less its closing ``.`` and ``!``, is one of FAILURE_WORDS or an
    exception's class."""
    return failure_bits(word) & _FAILURE_WORD != 0


def reads_as_failure_word(word: str) -> bool:
    """Whether one word is a word of what libraries and the OS say when something failed
    (``runs.reads_as_failure`` reads a run of them), or an errno's name."""
    return failure_bits(word) != 0


def _reads_as_cause(text: str) -> bool:
    """Whether ``text`` reads as what a library or the OS says when something failed: a
    wrapped error (an operation, its colon and its cause) or a word of failure
    (``reads_as_failure_word``: broken pipe, EOF, i/o timeout)."""
    return ": " in text or any(reads_as_failure_word(word) for word in _TEXT_WORD.findall(text))


_TEXT_WORD: Final = re.compile(r"[\w.$'/-]+")
_OWN_WORD: Final = re.compile(r"<\*>|[\w.$'/-]+")  # (a value counts as a word there: retrying in <*>)


def _after_cause(masked: str, end: int) -> str:
    """What follows a cause folded from ``end`` on: the rest of a structured record
    (``_after_quoted``), the bracket the cause is in closing and what follows it
    (``Err(Custom { error: <*> }) now``), or the next of fields parted by `` | `` (``failed
    to open <*>: EOF | retries: 3``), else nothing."""
    after = _after_quoted(masked, end)
    if after:
        return after
    close = _unclosed_end(masked, end)
    if close >= 0:
        return masked[close:]  # (inside brackets it ends with them: Err(Custom { error: <*> }) now)
    close = _inspect_end(masked, end) if "#<" in masked else -1
    if close >= 0:
        # (inside Ruby's inspect of an exception it ends with it: failed with #<Errno::EPIPE:
        # <*>>; try tuning the stop_timeout value, the call site's words after it)
        return masked[close:]
    bar = masked.find(" | ", end) if " | " in masked else -1
    if bar >= 0 and not _typed_exception_in(masked, end, bar):
        # (but an exception's text opened by its qualified type in the cause, `<path>:
        # System.Text.Json.JsonException: … Path: $.id | LineNumber: 0 | BytePositionInLine: 9.`,
        # holds its own bars: a logger writes the exception last, so they are its message's, no
        # field of the call site's)
        return masked[bar:]
    comma = _own_words(masked, end) if ", " in masked else -1
    if comma >= 0:
        return masked[comma:]
    stop = _own_sentence(masked, end) if ". " in masked else -1
    if stop >= 0:
        return masked[stop:]
    if "=" in masked:
        # the record's fields after its message, to its end (tracing's and logfmt's `<message>
        # id=<*> url=<*>`): the call site's own keys, no words of the error's (round 38, r36b)
        fields = _TRAILING_FIELDS.search(masked, end)
        cause = "" if fields is None else masked[end:fields.start()]
        if fields is not None and cause.strip() and "=" not in cause and cause[-1] != ",":
            # (a cause of words: not one of keys, failed: status=5xx body=<*>, nor a list of
            # them, message: taskQueue=<*>, taskId=<*>)
            return masked[fields.start():]
    return ""


def _typed_exception_in(masked: str, start: int, stop: int) -> bool:
    """Whether an exception's qualified type and its colon open a cause between ``start`` and
    ``stop`` (``java.io.IOException: …``, ``System.Text.Json.JsonException: …``: the
    exception's text, to the record's end): a qualified ``exception_class``, the whole name
    before a colon and its space, the name's first character at ``start`` or after it."""
    colon = masked.find(": ", start, stop)
    while colon >= 0:
        first = colon
        while first > 0 and masked[first - 1] in _NAME_CHARACTERS:
            first -= 1
        if first >= start and exception_class(masked[first:colon], qualified=True):
            return True
        colon = masked.find(": ", colon + 1, stop)
    return False


# what a qualified name is written in (ASCII letters, digits, _, and the dots and dollars
# that join its names)
_NAME_CHARACTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.$")

# a run of key=value fields, each after one space, that reaches the text's end; a value
# masked whole or in part, a kept prefix or unit glued to it (job_id=req_<*>, took=<*>ms:
# round 43, r41a)
_TRAILING_FIELDS: Final = re.compile(r'(?: [A-Za-z_][\w.-]*=(?:"[^"]*"|(?:<\*>|[^\s"=()\[\]{}<>])+))+$')


def _outside_brackets_and_quotes(masked: str, start: int, stop: int, mark: str) -> list[int]:
    """The places of ``mark`` in ``masked[start:stop]`` outside brackets and quotes, in order;
    none from a bracket closed that opened before ``start`` on (the cause's text ends inside
    it, so no word after it is the call site's). The one scan of ``_own_words`` and
    ``_own_sentence``."""
    found: list[int] = []
    depth = 0
    quoted = ""
    for at in range(start, stop):
        char = masked[at]
        if quoted:
            if char == quoted:
                quoted = ""
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                break
        elif char == '"' or (char == "'" and not masked[at - 1:at].isalnum()):
            quoted = char
        elif char == mark and not depth:
            found.append(at)
    return found


def _own_words(masked: str, end: int) -> int:
    """Where the program's own words go on after a cause folded from ``end`` on, or -1: a
    comma outside brackets and quotes, then three words or values (two words of letters) that
    say no failure, the first in lower case (``…: i/o timeout, please fix it manually``, ``…:
    EOF, proceeding to read config from other places``): the call site's words after the
    error's text, as after a bar; a library's text says its own commas before a word of
    failure (``valid for a, not b``) or a value (``expected <*>, got <*>``; two words are a
    library's pair, ``expected daily, got remote``, measured)."""
    for at in _outside_brackets_and_quotes(masked, end, len(masked), ","):
        if masked[at + 1:at + 2] == " ":
            words = _OWN_WORD.findall(masked, at + 2)
            if (len(words) >= 3 and words[0].isalpha() and words[0].islower()
                    and sum(word.isalpha() for word in words) >= 2
                    and not any(reads_as_failure_word(word) for word in words)):
                return at
    return -1


def _own_sentence(masked: str, end: int) -> int:
    """Where the program's own sentence goes on after a cause folded from ``end`` on, or -1:
    the stop of the cause's sentence outside brackets and quotes, then a sentence of words
    alone to the record's end, which a stop or ``!`` closes: three words or more, the first
    capitalised, one of them a word that ties a sentence (``PROSE_WORDS``), none saying a
    failure (mailtrain's ``failed with error: <*>. Dropping the message.`` / ``…: <*>. Will
    retry the message if within retention interval.``): the call site's words after the
    error's text, as after a comma (``_own_words``; round 40, r38a). Not a sentence with a
    value or a mark in it (``Valid formats are: <*>.``), nor a label and a name (``Skipping
    collection alpha!``)."""
    if masked[-1:] != "." and masked[-1:] != "!":
        return -1
    for at in _outside_brackets_and_quotes(masked, end, len(masked) - 1, "."):
        if masked[at + 1:at + 2] == " " and masked[at + 2:at + 3].isupper():
            words = masked[at + 2:-1].split(" ")
            if (len(words) >= 3 and all(word.isalpha() for word in words)
                    and any(word.lower() in PROSE_WORDS for word in words)
                    and not any(reads_as_failure_word(word) for word in words)):
                return at
    return -1


# Prepositions that tie a word to the thing after it (for, from, by, to, ...): templates reads
# a value's cue by them (``_FUNCTION_CUE_CHARS`` there: the longest)
FUNCTION_CUES: Final = frozenset(("for", "from", "by", "via", "to", "of", "in", "on", "at", "with", "as",
                                  "into"))
# Words of prose's closed classes (articles, pronouns, auxiliaries, negations, particles, and
# FUNCTION_CUES): they tie a sentence, never name a thing. One list for every reader of a
# sentence's ties: templates' (a word after one is no name nor modifier) and the call site's
# own sentence after a folded cause, read on the masked text (``_own_sentence``) and on tokens
# (``runs._value_and_sentence``): a program's own sentence holds one (``Dropping the
# message.``, ``Will retry the message if within retention interval.``), a label and a name do
# not (``Skipping collection alpha!``: the name a value). (Round 41, dedupe41: _own_sentence
# had a shorter list of its own; its ``we``, ``you``, ``your``, ``our``, ``unless`` are here now.)
PROSE_WORDS: Final = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "we", "you", "your", "our", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "shall", "not", "no", "nor", "and", "or",
    "but", "if", "unless", "then", "than", "so", "up", "down", "out", "off", "over", "all", "any",
    "some", "none", "each", "every", "now", "yet", "still", "already", "also", "only", "just", "too",
    "very", "there", "here", "when", "while", "what", "which", "who", "how", "why", "where", "after",
    "before", "since", "until", "about", "against", "between", "through", "during", "without",
    "within", "upon", "onto", "per",
)) | FUNCTION_CUES


def _unclosed_end(masked: str, end: int) -> int:
    """Where the bracket left open before ``end`` closes after it, or -1 (none is open)."""
    # (the brackets alone are read, found by the regex in C: most characters are none; compiled,
    # read in one loop over the characters, cheaper than the engine's findall, a generic call
    # that builds a list: some 6,600 instructions on r29 s0's causes)
    depth = _open_brackets(masked, end) if COMPILED_HERE else 0
    if not COMPILED_HERE:
        for char in _BRACKET.findall(masked, 0, end):
            if char in "([{":
                depth += 1
            elif depth:
                depth -= 1
    if not depth:
        return -1
    inner = 0
    for found in _BRACKET.finditer(masked, end):
        if found.group() in "([{":
            inner += 1
        else:
            if not inner:
                return found.start()
            inner -= 1
    return -1


_BRACKET: Final = re.compile(r"[()\[\]{}]")


def _inspect_end(masked: str, end: int) -> int:
    """Where Ruby's inspect of an object left open before ``end`` (``#<Class: message>``, an
    exception's as ``"#{e.inspect}"`` prints it) closes after it, or -1: the ``>`` that ends
    it, inspects inside it counted (an arrow's ``->`` or ``=>`` is no end)."""
    opened = masked.rfind("#<", 0, end)
    if opened < 0 or _angle_close(masked, opened + 2, end) >= 0:
        return -1
    return _angle_close(masked, end, len(masked))


def _angle_close(masked: str, start: int, stop: int) -> int:
    """The first ``>`` from ``start`` to ``stop`` that closes no inspect opened after
    ``start`` and ends no arrow nor a masked value (``<*>``), or -1."""
    depth = 0
    at = masked.find(">", start, stop)
    while at >= 0:
        depth += masked.count("#<", start, at)
        if masked[at - 1] not in "-=*":
            if not depth:
                return at
            depth -= 1
        start = at + 1
        at = masked.find(">", start, stop)
    return -1


def _open_brackets(masked: str, end: i64) -> i64:
    """How many brackets ``_unclosed_end``'s reading of ``_BRACKET.findall(masked, 0, end)``
    leaves open: each opening one adds one, each closing one takes one while any is open."""
    depth: i64 = 0
    at: i64 = 0
    stop: i64 = min(end, len(masked))
    while at < stop:
        c = ord(masked[at])
        if c == 40 or c == 91 or c == 123:  # ( [ {
            depth += 1
        elif (c == 41 or c == 93 or c == 125) and depth:  # ) ] }
            depth -= 1
        at += 1
    return depth


def _after_quoted(masked: str, end: int) -> str:
    """What follows a cause folded from ``end`` on when it is inside a quoted message
    (``msg="failed to sync: EOF" shard=3``, ``["failed to sync: EOF"] [shard=3]``): from the
    closing quote on (the cause ends with the message, the record's other keys stay), else
    nothing."""
    quote = masked.rfind('"', 0, end)
    quotes = masked.count('"', 0, end)
    if "\\" in masked:
        # (quotes escaped inside the message are its own: msg="open \"<*>\": EOF")
        unescaped = [found.start() for found in _UNESCAPED_QUOTE.finditer(masked, 0, end)]
        quote, quotes = (unescaped[-1] if unescaped else -1), len(unescaped)
    if quote < 0 or quotes % 2 == 0 or (masked[quote - 1:quote] not in ("=", ":", "[")
                                        and masked[quote - 2:quote] != ": "):
        return ""  # (a key's spaced colon too: an Elixir report's message: "…", source: …)
    # the quote that ends the field: the text ends, or the record's next key follows (a
    # cause may hold quotes of its own: Get "<*>": …)
    closing = _FIELD_END.search(masked, end)
    return masked[closing.start():] if closing else ""


_UNESCAPED_QUOTE: Final = re.compile(r'(?<!\\)"')
_FIELD_END: Final = re.compile(
    r'(?<!\\)"(?=$|\s+[\w.-]+=|\s*,\s*["\'{\[]|\s*,?$|\s*}|\](?: \[|$)|, [a-z_]+: )')


def _clause_cause(masked: str, start: int) -> tuple[int, int] | None:
    """Where the brackets that end a failure's clause open and close (``Could not sync
    config file to disk (broken pipe)``, ``error reading CA store (EOF), continuing
    anyway``), or None: the failure's words reach them with no colon, comma or sentence's
    end between, and the clause ends with them (the text ends, or a comma, a semicolon
    or a period follows). A code and its message (``(111: Connection refused)``) keep
    their form."""
    at = masked.find(" (", start)
    while at >= 0:
        head = masked[start:at]
        if any(end in head for end in _CLAUSE_ENDS):
            return None
        close = _closing(masked, at + 1)
        if close < 0:
            return None
        tail = masked[close + 1:close + 3]
        if ((not tail or (tail[0] in ",;." and tail[1:] in ("", " ", "\n")))
                and any(c.isalnum() for c in head)):
            inside = masked[at + 2:close]
            if not inside or inside.startswith(WILDCARD + ":") or inside == WILDCARD:
                return None
            return at + 1, close
        at = masked.find(" (", close)
    return None


_CLAUSE_ENDS: Final = (":", ",", ";", ". ", "\n", " - ", " -- ")


def _closing(text: str, at: int) -> int:
    """Where the bracket opened at ``text[at]`` closes (within 400 characters), or -1."""
    return _partner(text, at, min(len(text), at + 400), 1)


def _opening(text: str, at: int, stop: int) -> int:
    """Where the bracket that closes at ``text[at]`` opens, after ``stop``, or -1."""
    return _partner(text, at, stop, -1)


def _partner(text: str, at: int, stop: int, step: int) -> int:
    """Where the round bracket at ``text[at]`` meets its partner, walking by ``step`` (1:
    forward from an opening, -1: back from a closing) up to ``stop``, or -1."""
    this, partner = ("(", ")") if step > 0 else (")", "(")
    depth = 0
    for index in range(at, stop, step):
        char = text[index]
        if char == this:
            depth += 1
        elif char == partner:
            depth -= 1
            if not depth:
                return index
    return -1


def mask(text: str) -> str:
    """The text with variable-shaped values replaced by ``<*>`` (one regex pass), HTTP
    statuses by their class (``http.classify``) and the cause of a failure folded
    (``fold_cause``)."""
    return fold(mask_statuses(text)[0])


# The texts the C library's strerror gives the commonest errnos, as C's perror, Python's
# OSError, Go's syscall errors (in lower case), Java's socket exceptions and Rust's io::Error
# (with its code) print them: the OS says them, not the program, and one call site prints
# any of them in the same place (``open <*>: No such file or directory`` / ``…: Permission
# denied``), so each is one value after the colon of ``operation: <text>``, up to the end
# of the text or of the brackets and quotes it closes (not a prose phrase of one word:
# ``Success``, ``file exists``; not before more text, where it may be the program's words).
_SYSTEM_ERRORS: Final[tuple[str, ...]] = (
    "no such file or directory", "permission denied", "connection refused", "connection reset by peer",
    "broken pipe", "connection timed out", "operation timed out", "no route to host",
    "network is unreachable",
    "host is unreachable", "too many open files", "no space left on device", "read-only file system",
    "operation not permitted", "address already in use", "cannot assign requested address",
    "resource temporarily unavailable", "name or service not known", "temporary failure in name resolution",
    "input/output error", "device or resource busy", "bad file descriptor", "disk quota exceeded",
    "cannot allocate memory", "interrupted system call", "software caused connection abort",
    "connection aborted", "host is down", "i/o timeout",
    # (and the rest of the first errnos' and the sockets': EINVAL, ESRCH, ENOTDIR, ENOSYS, …)
    "invalid argument", "no such process", "no such device or address", "no such device", "not a directory",
    "is a directory", "directory not empty", "file name too long", "function not implemented",
    "operation not supported", "protocol error", "too many links", "exec format error",
    "argument list too long", "no child processes", "bad address", "illegal seek", "stale file handle",
    "inappropriate ioctl for device",
    "too many levels of symbolic links", "transport endpoint is not connected", "network is down",
    "no buffer space available", "message too long", "text file busy", "numerical result out of range",
    # and the texts of Go's and tokio's standard errors (io.EOF, context's, net's, Elapsed)
    "context deadline exceeded", "context canceled", "use of closed network connection",
    "deadline has elapsed")
_SYSTEM_ERROR_TEXTS: Final = "(?i:" + "|".join(_SYSTEM_ERRORS) + ")"
_SYSTEM_ERROR_SET: Final = frozenset(_SYSTEM_ERRORS)
# what may follow the text up to the end: closing brackets and quotes (and a Rust code before them)
_ERROR_CLOSERS: Final = ")]\"'`"
_CLOSED_TO_THE_END: Final = "(?=[" + re.escape(_ERROR_CLOSERS) + "]*$)"
_SYSTEM_ERROR: Final = re.compile(_SYSTEM_ERROR_TEXTS + r"(?: \(os error <\*>\))?" + _CLOSED_TO_THE_END)
# The same text after its code and a colon (C's ``"%d: %s", errno, strerror(errno)``: LXC's
# ``111: Connection refused - <message>``): the OS's whatever follows it, a field of its own
# that the program's message may follow (after a dash, a colon, a comma). (In brackets, a
# code and its message are one value as they are: ``(111: Connection refused)``, tokens.)
_CODED_SYSTEM_ERROR: Final = re.compile(
    r"<\*>: " + _SYSTEM_ERROR_TEXTS + r"(?=$|[,;] | - | -- |: )")  # (a literal first: a fast scan)

# The same text glued after its code in brackets and before a colon (APR's ``"(%d)%s: "``,
# apr_strerror's text after the status, then the program's message): the OS's, one value;
# ``Success`` too, errno 0's text, which no prose glues to a bracketed code. Any text so
# glued and capitalised is a status's, the library's own as much as the OS's (APR's ``(70007)The
# timeout specified has expired``, ``(20014)Internal error (specific information not
# available)``), and a code may carry its family's name in capitals (a resolver's ``(EAI
# 3)Temporary failure in name resolution``): prose spaces a word from the bracket before it.
_BRACKETED_STATUS_CODE: Final = r"\((?:[A-Z]{2,} )?<\*>\)"
_BRACKETED_SYSTEM_ERROR_TEXT: Final = (
    _BRACKETED_STATUS_CODE + r"(?:" + _SYSTEM_ERROR_TEXTS + r"|[A-Z][^:<>\[\]]*)")
_BRACKETED_SYSTEM_ERROR: Final = re.compile(_BRACKETED_SYSTEM_ERROR_TEXT + "(?=: )")
_BRACKETED_SYSTEM_ERROR_ALONE: Final = re.compile(_BRACKETED_SYSTEM_ERROR_TEXT)
_BRACKETED_CODE_VALUE: Final = "(" + WILDCARD + ")" + WILDCARD

# (in capitals: a word of prose is not it)
_GO_EOF: Final = re.compile(r"(?:unexpected )?EOF" + _CLOSED_TO_THE_END)


_CODED_VALUE: Final = WILDCARD + ": " + WILDCARD
# the literal that opens _CODED_SYSTEM_ERROR's matches, and the first three characters of each
# text it may hold after it, in small letters (every text is ASCII and longer: test_prechecks).
# Not _BRACKETED_SYSTEM_ERROR's: any capitalised text glued to its code is a status's there
# (round 39, r34again), so no list of openings bounds it.
_CODE_AND_COLON: Final = WILDCARD + ": "
_SYSTEM_ERROR_OPENINGS: Final = frozenset(error[:3].lower() for error in _SYSTEM_ERRORS)
_OS_ERROR_CODE: Final = " (os error " + WILDCARD  # (and its ")", a closer)


def _may_be_system_error(text: str) -> bool:
    """Whether ``text``, the rest of a message after a colon, may be what ``_SYSTEM_ERROR``
    or ``_GO_EOF`` match at its start: one of the texts, in any case, with a Rust code or
    not, then closing marks up to the end (``$``: or a last newline). A set lookup instead
    of the regexes' many alternatives, each tried by the engine; letters other than ASCII,
    whose cases the engine folds its own way, are left to the regexes."""
    if not text.isascii():
        return True
    if text.endswith("\n"):
        text = text[:-1]
    text = text.rstrip(_ERROR_CLOSERS)
    if text.endswith(_OS_ERROR_CODE):
        text = text[:-len(_OS_ERROR_CODE)]
    return text.lower() in _SYSTEM_ERROR_SET or text == "EOF" or text == "unexpected EOF"


def system_error_text(text: str) -> bool:
    """Whether ``text`` is one of the OS's error texts alone (``_SYSTEM_ERROR``, ``_GO_EOF``),
    closing marks after it allowed: what ``fold_system_errors`` folds after a colon."""
    return _may_be_system_error(text) and (
        _SYSTEM_ERROR.match(text) is not None or _GO_EOF.match(text) is not None)


def bracketed_system_error(text: str) -> bool:
    """Whether ``text`` is the OS's error text glued after its code in brackets, all of it
    (``(<*>)Permission denied``, as APR prints a status before a message's colon)."""
    return _BRACKETED_SYSTEM_ERROR_ALONE.fullmatch(text) is not None


def fold_system_errors(masked: str) -> str:
    """``masked`` with the OS's error text (``_SYSTEM_ERROR``) after its last colon as one
    ``<*>`` (the text holds no colon, and ends the message), and each one after its code
    (``_CODED_SYSTEM_ERROR``, ``_BRACKETED_SYSTEM_ERROR``) wherever it stands."""
    if ">)" in masked and _may_open_a_bracketed_error(masked):
        # (APR's ``(<*>)Permission denied: …``: the code in brackets and the text one value)
        masked = _fold_at_word_openings(masked, _BRACKETED_SYSTEM_ERROR, _BRACKETED_CODE_VALUE)
    if ">: " in masked and _may_open_an_error_after(masked, _CODE_AND_COLON):
        masked = _fold_at_word_openings(masked, _CODED_SYSTEM_ERROR, _CODED_VALUE)
    colon = masked.rfind(": ")
    if colon < 0:
        return masked
    if not _may_be_system_error(masked[colon + 2:]):
        if masked[:1] == "{" and '":' in masked:
            return _fold_json_system_error(masked)  # (a JSON record's message ends at its quote)
        return masked
    found = _SYSTEM_ERROR.match(masked, colon + 2) or _GO_EOF.match(masked, colon + 2)
    if found is None:
        return masked
    return masked[:colon + 2] + WILDCARD + masked[found.end():]


# (what _BRACKETED_STATUS_CODE's every match ends with: the value and its closing bracket)
_CODE_CLOSED: Final = WILDCARD + ")"


def _may_open_a_bracketed_error(masked: str) -> bool:
    """Whether ``<*>)``, which each match of ``_BRACKETED_SYSTEM_ERROR`` holds right before
    its text, is followed somewhere in ``masked`` by an ASCII letter (the first of each of the
    OS's error texts, in any case, and the capital a status's text opens with) or by a
    character beyond ASCII (whose case the engine folds its own way: left to it). Most
    brackets that close on a value are followed by a space (Rust's ``ThreadId(<*>) …``): the
    engine's search, some 7,000 instructions a text where it finds nothing, is spared (r30 s0,
    r29 s0 and r24 s0 of round 40, at ``add``: 387, 359 and 317 searches, none found, each one
    refused here; round 40, speed40)."""
    n: i64 = len(masked)
    at: i64 = masked.find(_CODE_CLOSED)
    while at >= 0:
        after: i64 = at + 4
        if after < n:
            c: i64 = ord(masked[after])
            if c >= 128 or 97 <= c <= 122 or 65 <= c <= 90:
                return True
        at = masked.find(_CODE_CLOSED, after)
    return False


def _may_open_an_error_after(masked: str, code: str) -> bool:
    """Whether ``code`` (``_CODE_AND_COLON``: the literal each match of
    ``_CODED_SYSTEM_ERROR`` opens with) is followed somewhere in
    ``masked`` by three characters that open one of the OS's error texts in any case
    (``_SYSTEM_ERROR_OPENINGS``), or by one beyond ASCII (whose case the engine folds its
    own way: left to it). Most texts with a value before a colon say no error there, and the
    engine's search tries the texts' alternatives at each such value, some 6,000 instructions
    a text (round 39, speed39)."""
    size = len(code)
    at = masked.find(code)
    while at >= 0:
        opening = masked[at + size:at + size + 3]
        if not opening.isascii() or opening.lower() in _SYSTEM_ERROR_OPENINGS:
            return True
        at = masked.find(code, at + 1)
    return False


def _fold_at_word_openings(masked: str, error: re.Pattern[str], value: str) -> str:
    """``masked`` with each match of ``error`` (an OS error text after its code) replaced by
    ``value`` where it opens a word (at the start or after a space: the code a value of its
    own), the search going on after each replacement."""
    found = error.search(masked)
    while found is not None:
        at = found.start()
        if at == 0 or masked[at - 1].isspace():
            masked = masked[:at] + value + masked[found.end():]
            at += len(value) - 1
        found = error.search(masked, at + 1)
    return masked


def _fold_json_system_error(masked: str) -> str:
    """``masked``, a JSON record, with the OS's error text after the last colon of its message
    as one ``<*>`` when it ends the message, at the quote that closes it (``"msg":"Error: disk
    quota exceeded"}``): the message read as a bare one, whose end that quote is, as
    ``fold_system_errors`` reads a bare message's (round 32, r30json; where the message opens,
    ``masking.message_opening``). Asked only where some ``": "`` is followed, up to the next
    quote, by such a text (``_may_end_with_system_error``): most records' ``": "`` are their
    keys' colons before a quoted value."""
    if not _may_end_with_system_error(masked):
        return masked
    opening = message_opening(masked)
    if not opening:
        return masked
    end = opening
    n = len(masked)
    while end < n and masked[end] != '"':
        end += 2 if masked[end] == "\\" else 1
    if end >= n:
        return masked
    colon = masked.rfind(": ", opening, end)
    if colon < 0 or not system_error_text(masked[colon + 2:end]):
        return masked
    return masked[:colon + 2] + WILDCARD + masked[end:]


def _may_end_with_system_error(masked: str) -> bool:
    """A necessary condition of ``_fold_json_system_error`` folding ``masked``: a ``": "`` whose
    text up to the next unescaped quote is one of the OS's error texts (``system_error_text``).
    The message's last ``": "`` is one, and the quote that closes the message is the first after
    it (read from the colon's space on, escapes skip as from the message's opening: a space is
    no backslash). A quote right after the colon's space (a key's quoted value) gives an empty
    text, which is none: no text is cut there. (The message key's scan, ``message_opening``,
    cost some 38,000 instructions a record, made for every spaced JSON record whose last
    ``": "`` is no OS error; round 33, speed30.)"""
    n: i64 = len(masked)
    colon: i64 = masked.find(": ")
    while colon >= 0:
        start: i64 = colon + 2
        if start < n and ord(masked[start]) != 34:  # (not a quote)
            end: i64 = start
            while end < n and ord(masked[end]) != 34:
                end += 2 if ord(masked[end]) == 92 else 1  # (a backslash and what it escapes)
            if end < n and system_error_text(masked[start:end]):
                return True
        colon = masked.find(": ", colon + 1)
    return False


# A key that names an error (logfmt's and key=value layouts' ``err=``, ``error=``,
# ``exception=``, ``error_msg=``; not a count's stem, ``cnt_error=``), its value unquoted: the
# error's text, from a library, the OS or a peer, in any number of words (``error=context
# canceled``, ``err=deadline has elapsed``, ``error=Error: connect ECONNREFUSED <*>``). Quoted,
# masking made it one value already. (round 31, errtail; its first letter read first, and what
# comes before it looked behind at from there: the engine skips to an ``e`` or ``E``, where
# a lookbehind first was tried at every place of the text, some 45,000 instructions a
# search on r29 s0's texts with a ``=``: round 31, speed23)
_ERROR_KEY: Final = re.compile(
    r"[eE](?:(?<=[\s\[(,][eE])|(?<=^[eE]))(?i:(?:rr|rror|xception)(?:[._-]?(?:msg|message|text))?)"
    r"=(?=[^\s\"'`])", re.ASCII)
# what ends the value: another key (`` key=``, ``, key=``), a new field or sentence after a
# comma (``, An error occurred …``), a bar between fields
_AFTER_ERROR_VALUE: Final = re.compile(r" [\w.-]+=|, (?:[\w.-]+=|[A-Z])| \| ", re.ASCII)


# What follows an error key's ``e`` (_ERROR_KEY's case-blind part), in small letters: its
# three words, each alone or with a message's key after it (_error_key_end)
_ERROR_KEY_BODIES: Final = frozenset(
    word + mark + key for word in ("rr", "rror", "xception")
    for mark, key in (("", ""), *((mark, key) for mark in ("", ".", "_", "-")
                                  for key in ("msg", "message", "text"))))
_LONGEST_ERROR_KEY: Final = 17  # exception_message
# (\s under re.ASCII, and the marks _ERROR_KEY's look behind takes before the key's e)
_BEFORE_ERROR_KEY: Final = frozenset(" \t\n\r\f\v[(,")
_NOT_AFTER_ERROR_KEY: Final = frozenset(" \t\n\r\f\v\"'`")


def _error_key_body(body: str) -> bool:
    """Whether ``body`` is what follows an error key's ``e`` (``_ERROR_KEY_BODIES``), its letters
    compared case-blind in ASCII, as ``_ERROR_KEY`` reads them."""
    return body.isascii() and body.lower() in _ERROR_KEY_BODIES


def _error_key_name(word: str) -> bool:
    """Whether ``word`` is the name of a key that names an error, whole (``_ERROR_KEY``'s:
    ``err``, ``error``, ``exception``, ``error_msg``, ``exception.text``, in any case): before
    an ``=`` its value is the error's text (``fold_error_values``), and so before a label's
    colon after the program's sentence (``_labelled_error``)."""
    return word[:1] in ("e", "E") and _error_key_body(word[1:])


def _error_key_end(masked: str, pos: i64) -> i64:
    """``_ERROR_KEY.search(masked, pos).end()``, or -1 where it finds none, read by hand,
    compiled: at each ``=`` (its key's ``e`` at ``pos`` or after), the key before it from an
    ``e`` or ``E`` that the text's start or one of _BEFORE_ERROR_KEY comes right before (a
    key holds no ``=``, so the first ``=`` with a key is the leftmost match, and at most one
    of the keys ends at an ``=``: none ends another's), its letters compared case-blind in
    ASCII, and after the ``=`` a character that is none of _NOT_AFTER_ERROR_KEY. The
    engine's search, which tries the key's look behind at each ``e`` of the text, costs some
    13,000 instructions on r30 s0's texts with a ``=`` (142 characters); as Python the regex
    (test_prechecks.py)."""
    n: i64 = len(masked)
    equals: i64 = masked.find("=", pos + 3)  # (the shortest key, err, has three letters)
    while equals >= 0:
        if equals + 1 < n and masked[equals + 1] not in _NOT_AFTER_ERROR_KEY:
            start: i64 = equals - 3
            floor: i64 = max(pos, equals - _LONGEST_ERROR_KEY)
            while start >= floor:
                c = ord(masked[start])
                if ((c == 101 or c == 69) and (start == 0 or masked[start - 1] in _BEFORE_ERROR_KEY)
                        and _error_key_body(masked[start + 1:equals])):
                    return equals + 1
                start -= 1
        equals = masked.find("=", equals + 1)
    return -1


def fold_error_values(masked: str) -> str:
    """``masked`` with the unquoted value of each key that names an error (``_ERROR_KEY``)
    as one ``<*>``, up to the line's end, the next key, a comma and a new field or sentence,
    a bar, the bracket that closes the key's own field (``[error=permission denied]``;
    brackets the value opens it holds: ``error=[Errno 111] Connection refused``), or the
    quote that closes the message the key is in."""
    start = _next_error_key_end(masked, 0)
    while start >= 0:
        limit = _AFTER_ERROR_VALUE.search(masked, start)
        end = len(masked) if limit is None else limit.start()
        if masked.count('"', 0, start) % 2:
            # (the key inside a quoted message: msg="sync failed err=EOF" shard=3, its quote ends it)
            quote = masked.find('"', start, end)
            if quote >= 0:
                end = quote
        depth = 0
        for at in range(start, end):
            c = masked[at]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    end = at
                    break
                depth -= 1
        while end > start and masked[end - 1] in " \t\n":
            end -= 1
        if end > start and masked[start:end] != WILDCARD:
            masked = masked[:start] + WILDCARD + masked[end:]
            end = start + len(WILDCARD)
        start = _next_error_key_end(masked, end)
    return masked


def _next_error_key_end(masked: str, pos: int) -> int:
    """Where the value of the next error key from ``pos`` on starts (``_ERROR_KEY``'s match's
    end), or -1: compiled read by hand (``_error_key_end``), as Python by the engine."""
    if COMPILED_HERE:
        return _error_key_end(masked, pos)
    found = _ERROR_KEY.search(masked, pos)
    return -1 if found is None else found.end()


def fold(masked: str, level: LevelField = NO_LEVEL_FIELD) -> str:
    """The cause of a failure in masked text folded into one value (``fold_cause``), when
    a separator says there may be one; the OS's error texts first (``fold_system_errors``).
    A status key's HTTP status class stays after the value each fold makes
    (``keep_status_classes``). ``level``: the stream's level field in the record
    (``fold_cause``)."""
    trailing = trailing_location(masked)
    if trailing is not None:
        # the caller's location closes it: the cause ends before
        at = trailing.start()
        return fold(masked[:at], level) + masked[at:]
    if "=" in masked:
        masked = fold_error_values(masked)
    folded = fold_system_errors(masked)
    if "xx" in masked and folded != masked:
        folded = keep_status_classes(masked, folded)
    if (":" in folded or " - " in folded or " -- " in folded or " (" in folded or "rror " in folded
            or "xception " in folded):
        # (an OS error's text folded after the level leaves the head where it was)
        same_head = level.end >= 0 and folded[:level.end] == masked[:level.end]
        cause = fold_cause(folded, level if same_head else NO_LEVEL_FIELD)
        if "xx" in folded and cause != folded:
            return keep_status_classes(folded, cause)
        return cause
    return folded


# an HTTP status class (http.py wrote it before masking) as the value of a status key:
# status=5xx, "status_code": 4xx, statusCode: 2xx; or after a folded cause's value, as
# keep_status_classes writes it (a text folded again keeps it); or after the word status
# right after a value, that value's status as a field of the call site's (`<url> status
# 4xx. Data: <*>`, homepage's `%s status %d`; not an error's words, `unexpected status 5xx`;
# round 34, r32b)
_STATUS_KEY_CLASS: Final = re.compile(
    r"(?:(?<![A-Za-z0-9])(?:[Ss]tatus|STATUS)(?:[ _.-]?(?:[Cc]ode|CODE))?[\"']?[ \t]*(?:=>|[:=])[ \t]*[\"']?"
    # (a sentence's period may follow it: http._CODE)
    r"|<\*> (?:[Ss]tatus |STATUS )?)([1-5]xx)(?![\w-]|\.[\w.-])")


_PROTOCOL_STATUS: Final = re.compile(r"HTTP[ \t]+([1-5]xx)(?![\w-]|\.[\w.-])")
# a status key and its mark right before a folded span (``Status code: `` <span>)
_STATUS_KEY_BEFORE: Final = re.compile(
    r"(?<![A-Za-z0-9])(?:[Ss]tatus|STATUS)(?:[ _.-]?(?:[Cc]ode|CODE))?[\"']?[ \t]*(?:=>|[:=])[ \t]*$")
# a folded span that is an HTTP status class alone, a sentence's period after it or not
_LONE_STATUS: Final = re.compile(r"[1-5]xx\.?")


def keep_status_classes(masked: str, folded: str) -> str:
    """``folded`` with the HTTP status classes that status keys held in the span the fold
    made one value written after that value: ``failed: status=5xx body=<*>`` folds to
    ``failed: <*> 5xx``.

    A cause is still one value, but a status key after a failure is the call site's own
    field (``error: status=%d``), and a 503 and a 404 of one call site are two events
    (docs/patterns.md, HTTP status). A status said in an error's words (``failed: unexpected
    status 503``, ``Request failed with status code 502``) is the error's text, one cause
    among others of the call site, and stays folded: keeping its class would part it from
    the call site's other causes (round 11, statusclass: dev s0 -27 lines wrong with the
    key alone, +41 with every class). (The fold replaces one span of ``masked``: the
    common head of the two texts and the text after its value bound it.)"""
    head = 0
    end = min(len(masked), len(folded))
    while head < end and masked[head] == folded[head]:
        head += 1
    at = folded.find(WILDCARD, max(0, head - len(WILDCARD)))  # the value the span became
    if at < 0:
        return folded
    after = len(folded) - at - len(WILDCARD)  # what follows it is the text after the span
    if after and not masked.endswith(folded[-after:]):
        return folded  # (two spans folded: no class written)
    classes = _STATUS_KEY_CLASS.findall(masked, at, len(masked) - after)
    if not classes and _STATUS_KEY_BEFORE.search(masked, max(0, at - 16), at) is not None:
        # the fold took a status key's value with the rest (``report failure! Status code:
        # 5xx - message: <text>``, the key's colon read as a label's): the class that opens the
        # span is the key's, the call site's field, as in the span (round 41, r39a)
        opening = _LONE_STATUS.match(masked, at)
        if opening is not None and not masked[opening.end():opening.end() + 1].isalnum():
            classes = [masked[at:at + 3]]
    if not classes:
        if _LONE_STATUS.fullmatch(masked, at, len(masked) - after):
            # the whole cause is a status the text said where logs put one (``Unexpected
            # buildinfo response: 4xx``, ``Fetch failed, response code: 4xx.``): the
            # response's status, the call site's field; no words of an error to fold
            # (round 39, losses39)
            return masked
        status = _PROTOCOL_STATUS.match(masked, at)
        if status is None:
            return folded
        # the cause is the response's status itself, the protocol's name first (error
        # fetching message <*>: HTTP 5xx): the call site's field, as a status key's
        # (round 38, r36b); a status said after other words stays the error's text
        classes = [status.group(1)]
    at += len(WILDCARD)
    return folded[:at] + "".join(" " + found for found in dict.fromkeys(classes)) + folded[at:]
