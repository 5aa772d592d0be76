"""Runs of words that are one value: a failure's cause at the end of a message and a run
of words in its middle (an error's text, a field between a sentence's end and a bar).

``shapes.ShapeIndex`` asks ``cause_colon`` where a trailing cause starts (it folds causes
that differ into ``<*>``), ``inner_run_at`` whether a message is a template with
another run of words in one place (``candidates.run_mask`` mirrors its conditions), and,
last, ``unmarked_cause_at`` whether it says a template's failure and ends with another
text of what failed, with no mark before it. The rules are described in docs/patterns.md
(The cause of a failure, Matching).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from otlp_sampler.patterns.causes import (
    ERRNO,
    FAILURE_WORDS,
    OWN_FAULT,
    PROSE_WORDS,
    STATUS_WORDS,
    failure_word,
    reads_as_failure_word,
    system_error_text,
)
from otlp_sampler.patterns.http import status_class_word
from otlp_sampler.patterns.levels import NO_LEVEL_FIELD, LevelField
from otlp_sampler.patterns.masking import (
    CAPS_LEVELS,
    HEAD_LEVELS,
    LEVEL_LETTERS,
    WILDCARD,
    holds,
    holds_kind,
    message_after_header,
    process_tag_end,
)
from otlp_sampler.patterns.templates import (
    C_FUNCTION,
    CAPS,
    CLASS_NAME,
    CUE_WORDS,
    FAILURE_NOUNS,
    IS_CODE_NAME,
    LEAD_VERBS,
    MESSAGE_FIELD_KEYS,
    MIXED,
    OPERATION_CUES,
    OPERATION_VERBS,
    PUNCT,
    STATE_WORDS,
    STRONG,
    STRONG_CUE,
    TITLE,
    WILD,
    WORD,
    after_prose,
    cue_at,
    cue_word,
    dotted_logger_at,
    function_location_at,
    header_end,
    holds_any,
    irregular_past,
    is_level_word,
    kind_modifiers_before_noun,
    letters_only,
    location_file_at,
    method_path_at,
    name_shapes,
    namespace_level,
    namespace_level_at,
    object_phrase_after_operation,
    one_negation_apart,
    operation_after_failure_at,
    operations_before_failure,
    prefix_at,
    record_header,
    tag_word,
    token_kind,
    varying,
    verb_form,
    word_count,
)
from otlp_sampler.patterns.tokens import exception_class

if TYPE_CHECKING:
    from mypy_extensions import i64  # (compiled, a machine integer; masking's note)

MAX_RUN: Final = 12  # longest run of words that one value of the middle of a message may take
# constant words before a run that nothing introduces (and two after it): then the records
# around it agree too much to be two events
ANCHOR_WORDS: Final = 4
# or an error's text (inner_run_at): longer ones cost more lengths to scan than they gain
MAX_TEXT: Final = 16
_RUN_KINDS: Final = frozenset((WORD, TITLE, CAPS, WILD, MIXED))
_RUN_MARKS: Final = frozenset(("'", ",", ".", "$", "-"))  # (no key mark: a run with keys is many values)
_HEADER_MARKS: Final = frozenset((":", "-"))  # what ends a record's header (templates.record_header)


def inner_run_at(template: list[str], template_kinds: list[int], tokens: list[str],
                  kinds: list[int]) -> tuple[int, int] | None:
    """Where ``tokens`` is ``template`` with another run of words in one place (see
    ``ShapeIndex._inner_run``): the length of the part before the run and of the part
    after it, or None.

    Before and after, the two agree (equal tokens, or a variable of the template), and
    each holds two constant words: one is too little (``ciod: <event> at line <*> of
    node map file <*>`` is a label and many events, ``…: Bye Bye [preauth]`` and ``…:
    Closed due to user request. [preauth]`` may be two events), but for a run in brackets
    (``… to tmp config file (broken pipe)``) or the value of a key to the end
    (``ruleContent =not enough replicas``); the run starts after a naming word or a key
    mark, and holds words and values (and the marks of a phrase), or after a word that
    announces an error (``Error <text> for task``), at one length too, as that error's
    text (``_errors_text``; one of the two read as a failure), marks of its own included;
    or between a sentence's end and a bar (``Disconnected! <reason> | <*>``); or, with no
    cue at all, between ``ANCHOR_WORDS`` constant words and two; or an error's text before a
    separator and two constant words, wherever it sits (``parted``: both texts errors' texts
    that read as failures where only that lets the run through)."""
    m: i64 = len(template)
    n: i64 = len(tokens)
    if m < 3 or n < 3 or (template[1] != tokens[1] and template_kinds[1] != WILD):
        return None  # (most candidates: two constant words come before the run)
    if template[-1] != tokens[-1] and template_kinds[-1] != WILD and not holds(template, "="):
        return None  # (no part after the run, nor a key before one)
    limit: i64 = m if m < n else n
    # the template's words before and after the run, counted as the two loops pass them (the
    # rules below ask both; a word_count of a slice each cost more); the steps back below each
    # give up a value or a closing bracket, no word, so the counts stay true
    head: i64 = 0
    words_before: i64 = 0
    while head < limit and (template[head] == tokens[head] or template_kinds[head] == WILD):
        if WORD <= template_kinds[head] < PUNCT:
            words_before += 1
        head += 1
    tail: i64 = 0
    words_after: i64 = 0
    while tail < limit - head and (template[m - 1 - tail] == tokens[n - 1 - tail]
                                   or template_kinds[m - 1 - tail] == WILD):
        if WORD <= template_kinds[m - 1 - tail] < PUNCT:
            words_after += 1
        tail += 1
    if head and m - tail - head == 0 and template_kinds[head - 1] == WILD:
        head -= 1  # the template's variable there is the run
    if not head or head + tail >= n or head + tail >= m:
        return None
    if (m - n == 1 or n - m == 1) and one_negation_apart(template[head:m - tail], tokens[head:n - tail]):
        return None  # (a negation one record lacks: the opposite sentence, another call site's)
    if words_before < 2 and tail and (head == 1 or (
            template[head - 1] != "=" and template[head - 2] != "=" and template[1] != ":")):
        # (too few words before the run, known now: the count only falls below, the tail
        # stays, so no text ended by a label's value, and no key that names an error, nor a
        # label's colon before a parted run, lets it through; the rules between ask more)
        return None
    if head > 1 and template[head - 1] == ":" and location_file_at(template, head - 2):
        return None  # (a code location's line: two lines are two call sites, no run's start)
    if (head > 2 and template[head - 1] == "[" and template[head - 2] == "]"
            and not _word_outside_brackets(template, template_kinds, 0, head - 1)
            and (not reads_as_failure(template[head:m - tail], template_kinds[head:m - tail])
                 or not reads_as_failure(tokens[head:n - tail], kinds[head:n - tail]))):
        return None  # (the message's first words in the bracket the head's bracketed fields
        # alone come before, pixl-logger's [host][pid][component][level][code][<message>][…]:
        # the call site's, no run's, as after a header's colon; round 35, r33a)
    if m != n and kind_modifiers_before_noun(template, tokens, head, tail):
        return None  # (the set of allowed IP rules / of cloaking rules: a verb's form before one
        # noun after a preposition, the kind of the noun's things each call site means, no
        # value; round 41, weak41)
    if m != n and object_phrase_after_operation(template, tokens, head, tail):
        return None  # (failed to get user info for puppet in background sync / failed to get
        # ghost: the operation's object in the call site's own words, a phrase tied by a
        # preposition, no value; round 41, weak41d)
    if template[head - 1] in OPERATION_CUES and operation_after_failure_at(template, head):
        return None  # (the operation a failure names, `failed to save the …` / `failed to put off
        # the expiration of the …`: each call site's verb and its words, as score keeps two such
        # verbs apart; round 35, r33a)
    if tail and template[m - tail] in FAILURE_NOUNS and operations_before_failure(
            template[head:m - tail], tokens[head:n - tail]):
        return None  # (the operation a failure said right after it names, `service listen failure` /
        # `service open socket failure`: each call site's words, as score keeps two such verbs
        # apart at one length; round 36, r34c)
    if (head > 4 and template[head - 1] == ":" and template[head - 3] == ":" and template[head - 4] == ":"
            and template_kinds[head - 2] != WILD and (
                (tail > 1 and template[m - tail + 1] == "=")
                or not reads_as_failure(template[head:m - tail], template_kinds[head:m - tail])
                or not reads_as_failure(tokens[head:n - tail], kinds[head:n - tail]))):
        return None  # (a module path's colon, tracing's `LEVEL target: message key=…`: the message
        # opens there, its words the call site's, no run's, where it ends at the record's fields or
        # one of the two texts reads as no failure; round 31, errtail)
    if (head > 3 and template[head - 1] == ":" and _colon_joined_head(template, template_kinds, head - 1)
            and (not reads_as_failure(template[head:m - tail], template_kinds[head:m - tail])
                 or not reads_as_failure(tokens[head:n - tail], kinds[head:n - tail]))):
        return None  # (the last colon of a head of colon-joined fields, Python's
        # `LEVEL:name:thread:message`: the message opens there, as after a module path's colon;
        # round 32, r30text)
    if (head > 3 and template[head - 1] in _HEADER_MARKS and header_end(template) == head - 1
            and (not reads_as_failure(template[head:m - tail], template_kinds[head:m - tail])
                 or not reads_as_failure(tokens[head:n - tail], kinds[head:n - tail]))):
        return None  # (the colon or dash that ends a record's header of a level, values, tags
        # and a logger, Spring Boot's `LEVEL <pid> --- [<thread>] <logger> : message`: the
        # message opens there, its first words the call site's, as after the two heads above;
        # round 34, r32b)
    if (head > 4 and template[head - 1] == ":" and (template_kinds[head - 2] == TITLE or (
            CLASS_NAME.fullmatch(template[head - 2]) is not None)) and header_end(template) == head - 3
            and (not reads_as_failure(template[head:m - tail], template_kinds[head:m - tail])
                 or not reads_as_failure(tokens[head:n - tail], kinds[head:n - tail]))):
        return None  # (a capitalised label and its colon that open the message right after the
        # record's header, MEL's `warn: <category>[<id>] MessagePump: <message>`: a component's
        # or a class's label, the words after it the call site's event, as after the header's
        # own colon above; round 36, r34b)
    if template[head - 1] == ":" and (own_failure_sentence(template, template_kinds, head, m)
                                      or own_failure_sentence(tokens, kinds, head, n)):
        # (the call site's own sentence after the colon, no run, as in _separator; round 32, weaksep)
        return None
    if tail and template[m - tail] in _CAUSE_CLOSERS:
        # a bracket the run opened closes in it, not in the part after it (Err = {timeout,
        # {gen_server,call,[<*>]}} / {badmatch,{error,enoent}})
        inner = _opened(template[head:m - tail])
        if 0 < inner < tail and inner == _opened(tokens[head:n - tail]) and all(
                token in _CAUSE_CLOSERS for token in template[m - tail:m - tail + inner]):
            tail -= inner
    # a field between a sentence's end and a bar (Disconnected! <reason> | <*>) is one value
    fielded = tail and template[m - tail] == "|" and len(template[head - 1]) > 1 and (
        template[head - 1][-1] in "!.")
    # a bracket closes what it opened (as a bar ends a field), and so does a quote a key's mark
    # opened (msg="<text>" topics=<*>, "message": "<text>"}), and the value of a key may run
    # to the end
    quoted = tail and _quoted_value(template, template_kinds, tokens, head, m - tail, n - tail)
    closed = tail and (BRACKET_PAIRS.get(template[head - 1]) == template[m - tail] or fielded or quoted)
    if (closed and not fielded and head > 1 and template[head - 2] in _CAUSE_CLOSERS
            and not _word_outside_brackets(template, template_kinds, m - tail + 1, m)
            and not _word_outside_brackets(template, template_kinds, 0, head - 1)):
        # a bracket opened where another closed, after the head's bracketed fields alone
        # (no word of the message's own before it) and before more of them alone, holds the
        # message itself (pixl-logger's [host][pid][component][level][code][message][data]):
        # two texts there are two events, not one's value (a bracket the message follows is
        # the head's field still: [ERROR] [MemoryQueue] [<queue>:<state>] Unexpected error …)
        return None
    # an error's text, then a separator and two more of the call site's own words (Unable to
    # restore bucket DNS entry <text>, please fix it manually; X-Real-IP: <text> / discard …)
    # is one value wherever it sits; where only this lets a run through (parted_only, at the
    # end), both texts must be errors' texts that read as failures (else two call sites'
    # words differ there)
    shifted = (tail > 2 and not closed and template_kinds[m - tail] == WILD
               and template[m - tail + 1] in PARTING and tokens[n - tail] != WILDCARD)
    if shifted:
        tail -= 1  # (the template's value before the mark met the text's last word: the text's)
    parted = bool(tail) and not closed and template[m - tail] in PARTING and words_after >= 2
    # (or a short text after a label's colon where the template ends with a value: no two
    # words needed before it, _ended_text)
    ended = not tail and _ended_text(template, template_kinds, tokens, head)
    keyed = not tail and (template[head - 1] == "=" or ended)
    if not tail and not keyed:
        return None
    if words_before and (keyed or (template[head - 1] == ":" and not (
            m - tail - head == 1 and template_kinds[head] == WILD and kinds[head] == WILD))):
        # the record's level after the head's values alone is every event's, no word of the
        # message's (<time> ERROR pid=<*> <message>: a record whose message was a value alone
        # would take every other message as the pid's value), and so is its letter before it
        # (Ruby's Logger: E, [<time> #<pid>] ERROR -- <progname>: <message>): after a colon,
        # the level and a name are a label alone (<*> Error <*> <pid> name: <message>); not
        # where both open with a value, the template's the whole run: one value and a name
        # that goes with it (name: <*> main samples / name: <*> samples)
        words_before -= _head_level_words(template, template_kinds, head)
    elif words_before and cue_word(template[head - 1]):
        # so is it before a naming word that opens the message (winston's `info: User
        # created successfully module=<*> userName=<*>` / `info: User not found …`): the word
        # and the sentence after it are the call site's, no run after one word of the
        # message's, as where no level comes first (round 38, r36a)
        words_before -= _head_level_words(template, template_kinds, head)
    # the value of a key that names an error (Err = <text>, Err = {<text>}) is its text to the
    # end, the key alone before it
    key = head - 2 if template[head - 1] in _CAUSE_OPENERS else head - 1
    error_key = (key > 0 and template[key] == "=" and template[key - 1] in _ANNOUNCING
                 and all(token in _CAUSE_CLOSERS for token in template[m - tail:]))
    # (two words on each side, asked before the cues: most candidates that reach here stop so;
    # a parted run may have a label and its colon alone before it: X-Real-IP: <text> / discard …)
    few_before = words_before < 2 and not error_key and not ended
    if few_before and not (parted and head == 2 and template[1] == ":"):
        return None
    if not closed and not keyed and words_after < 2:
        return None
    # an error's text may follow the word that announces it, with no mark (Error <text> for
    # task …, failed with <text>, retrying …)
    no_cue = not cue_at(tokens, head)
    announced = no_cue and announces_error(tokens, head)
    # no cue at all: at one length no run (most candidates), at another the words around it
    # must say it (ANCHOR_WORDS; three words before: some programs' events part there, measured)
    uncued = no_cue and not announced and not fielded and (
        m == n or not tail or words_before < ANCHOR_WORDS
        or _message_words(template, template_kinds, head, not (
            _path_words(template, head, m - tail) or _path_words(tokens, head, n - tail))) < ANCHOR_WORDS
        or _error_after(template, template_kinds, m - tail))
    if uncued and not parted:
        return None
    if m == n and not announced and (not (closed or keyed or parted) or n - tail - head < 2):
        return None  # at one length, only a run a bracket or a key encloses (score said no)
    # an error's text, after the word that announces it or in brackets, holds marks of its own
    # (dial tcp <*>: connect: …, Broken pipe (os error <*>)), but no field's end
    marked = False
    texted = announced or closed or error_key
    for side, side_kinds, end in ((template, template_kinds, m - tail), (tokens, kinds, n - tail)):
        if end - head > (MAX_TEXT if texted or parted else MAX_RUN):
            return None
        for at in range(head, end):
            if side_kinds[at] not in _RUN_KINDS and side[at] not in _RUN_MARKS:
                if not (texted or parted) or side[at] in _FIELD_MARKS:
                    return None
                marked = True
        if marked and (not _balanced(side[head:end]) or (end - head > 1 and side[head + 1] == "=")):
            return None  # (a key first, [state=closed], is a field, not a text)
    if STRONG in template_kinds[head:m - tail] or STRONG in kinds[head:n - tail]:
        return None
    if _other_status_classes(template[head:m - tail], tokens[head:n - tail]):
        return None  # (two HTTP status classes: two events, as the exact cache keeps them)
    runs = ((template[head:m - tail], template_kinds[head:m - tail]),
            (tokens[head:n - tail], kinds[head:n - tail]))
    # Whether only ``parted`` let the run through, where a rule above refuses any other run:
    # the template's value shifted onto the mark, fewer than two words before the run, no cue
    # where the words around it do not say it, one length outside brackets and a key's value,
    # or, where the run is no error's text, one longer than MAX_RUN or with marks of its own
    parted_only = parted and (
        shifted or few_before or uncued or (m == n and not announced and not (closed or keyed))
        or (not texted and (marked or max(m, n) - tail - head > MAX_RUN)))
    if parted_only:
        # (both an error's text, a Python error's code first, that reads as a failure or is a
        # wrapped error, its cause folded, and no sentence's end: a message of its own; and a
        # word of the message's own before it, outside the record's header and its tags: else
        # the run is the whole message, [DUBBO] <message>, dubbo version: <*>)
        return (head, tail) if _own_word_before(template, template_kinds, head) and not (
            runs[0][0] != [WILDCARD] and not _one_sentence(runs[0][0], runs[1][0])
            and _subject_alone_before(template, template_kinds, tokens, head)) and all(
            (_errors_text(*run) or _coded(*run)) and not run[0][-1].endswith(".")
            and (reads_as_failure(*run) or run[0][-2:] == [":", WILDCARD]) for run in runs) else None
    if no_cue and not announced and not (closed or keyed or parted) and all(
            _words_around_value(run) for run, _ in runs):
        return None  # (a run no cue introduces that holds a value among words in both, `is
        # ignored because `<*>` is already set.` / `is ignored in favor of `<*>`.`: each call
        # site's sentence around its value, no value in words, which holds none; round 38, r36b)
    if no_cue and not announced and not (closed or keyed or parted) and _conjunction_in_both(
            runs[0][0], runs[1][0]):
        return None  # (a run no cue introduces whose texts hold one word that joins two clauses
        # at one place, `removed but it isn't available` / `renamed but it cannot be found`:
        # each call site's sentence, two places that differ around it, no value in words;
        # round 43, r41b)
    if announced or marked or error_key or (
            closed and not fielded and not quoted and any(_proper_name(*run) for run in runs)):
        # the error's text, not the event's own words, and one of the two reads as a failure
        # (as of two causes after an operation's colon); in brackets, a proper name is a note
        # of the event's (… (Entity Framework) / … (Dapper)) but when the other is a failure
        if announced and not all(_errors_text(*run) for run in runs):
            return None
        if not any(reads_as_failure(*run) for run in runs):
            return None
    return head, tail


def _conjunction_in_both(run: list[str], other: list[str]) -> bool:
    """Whether the two texts of a run hold one word that joins two clauses (``but``,
    ``because``) at one place inside both, after a word of each: two clauses of a sentence,
    the words that differ on either side of it the call site's own."""
    for at in range(1, min(len(run), len(other)) - 1):
        if run[at] == other[at] and run[at] in _CONJUNCTIONS:
            return True
    return False


# words that join two clauses, each with a subject of its own (not ``and``, ``or``: values
# in words join names by them)
_CONJUNCTIONS: Final = frozenset(("but", "because", "although", "though", "whereas", "unless"))


def _other_status_classes(run: list[str], other: list[str]) -> bool:
    """Whether two runs each hold an HTTP status class (``4xx``) and not the same ones: the
    class names the event (``http.status_class``, one pattern per first digit in the exact
    cache, ``templates.score``'s two states never one), so no run of words holds two
    (``completed, status=4xx, <body>`` / ``completed, status=3xx, <body>``, a key's value to
    the end; round 40, r38b)."""
    classes = [token for token in run if status_class_word(token)]
    if not classes:
        return False
    others = [token for token in other if status_class_word(token)]
    return bool(others) and classes != others


def _error_after(template: list[str], kinds: list[int], at: int) -> bool:
    """Whether the part of ``template`` from ``at`` on (what follows a run) is a comma or a
    colon of prose, then an error's text to the end that reads as a failure (Go's ``"failed to
    close %s, %v"``: ``failed to close response, etcdserver: request timed out``): what a
    library or the OS said, which any call site that met that error prints there, so its
    words anchor no run before it as the call site's own words do; two records that share
    only such a text after ``failed to close`` name two things closed, each call site's
    (``response`` / ``avatar store``), not one value in words (round 40, r38b). The text is a
    wrapped error (its own colon: ``etcdserver: <…>``) or a short one (``ERROR_TEXT_WORDS``
    tokens at most: ``unexpected EOF``, ``connection refused``); a longer sentence is as often
    the call site's own words about the failure (``could not reach <*>, no fallback route
    found in the table``), which anchor a run as before."""
    if at + 1 >= len(template) or template[at] not in _ERROR_MARKS:
        return False
    text = template[at + 1:]
    if len(text) > ERROR_TEXT_WORDS and ":" not in text:
        return False
    return WORD in kinds[at + 1:] and reads_as_failure(text, kinds[at + 1:])


# most tokens of an error's text with no colon of its own after a run (_error_after): the OS's
# and Go's short texts (context deadline exceeded, disk quota exceeded)
ERROR_TEXT_WORDS: Final = 4
# the marks after which an error's text follows a run (_error_after): a comma (Go's "…, %v"),
# a colon of prose
_ERROR_MARKS: Final = frozenset((",", ":"))


def _words_around_value(run: list[str]) -> bool:
    """Whether a run holds a masked value and two words of letters besides."""
    return len(run) > 2 and any(WILDCARD in token for token in run) and sum(
        1 for token in run if token.isalpha()) >= 2


def _colon_joined_head(tokens: list[str], kinds: list[int], end: int) -> bool:
    """Whether ``tokens[:end]`` is a record's head of fields joined by colons, the level's
    word first, in capitals, then one token a field (a name or a value) before each colon:
    Python logging's ``%(levelname)s:%(name)s:%(threadName)s:`` (``INFO:huey.consumer:
    MainThread:``). The colon after the last field ends the head: every call site prints
    the fields, and the message opens after it."""
    if end < 3 or end % 2 == 0 or tokens[0] not in HEAD_LEVELS or not tokens[0].isupper():
        return False
    for at in range(1, end, 2):  # noqa: SIM110 (a loop, compiled, no generator)
        if tokens[at] != ":" or kinds[at + 1] == PUNCT:
            return False
    return True


def _quoted_value(template: list[str], kinds: list[int], tokens: list[str], head: int, end: int,
                  other_end: int) -> bool:
    """Whether a run of ``template`` (``head`` to ``end``) and of ``tokens`` (``head`` to
    ``other_end``) is the quoted value of a key: a quote right after the key's ``=`` or
    ``:`` opens it, the same quote closes it on both sides, and neither run holds that quote
    (``msg="<text>" topics=<*>``, ``{"message": "<text>"}``). Programs quote what they
    interpolate (``%q``, ``'%s'``, a JSON string); a structured record's own message field
    is no value: a message key (a sigil before it too, ``$msg=``) with no prose before it
    (``templates.after_prose``; its words are ``STRONG`` where the key is read as one)."""
    if head < 3:
        return False
    quote = template[head - 1]
    if quote not in _QUOTE_MARKS or template[end] != quote or template[head - 2] not in (":", "="):
        return False
    if quote in template[head:end] or quote in tokens[head:other_end]:
        return False
    key = head - 4 if template[head - 3] == '"' and head > 3 else head - 3
    return template[key].lstrip("$@").lower() not in MESSAGE_FIELD_KEYS or after_prose(template, kinds, key)


def _head_end(tokens: list[str], kinds: list[int], end: int) -> int:
    """Where a record's head read from its shape alone ends (0: none), before ``end``: the
    head's values and marks, at most one name, the level, then its values and marks, or, with
    no name before the level and none of them, one name (a logger's)."""
    at = head_values_end(kinds, 0, end)
    named = at + 1 < end and tokens[at] not in HEAD_LEVELS and tokens[at + 1] in HEAD_LEVELS
    if named:
        at += 1
    if at >= end or tokens[at] not in HEAD_LEVELS:
        return 0
    at += 1
    after = at
    while at < end:
        closer = BRACKET_PAIRS.get(tokens[at])
        if closer is not None:
            # a tag in brackets (a thread, a logger: [com.acme.Orders]), whole
            close = at + 1
            while close < end and tokens[close] != closer:
                close += 1
            if close >= end:
                break
            at = close + 1
        elif kinds[at] in (WILD, PUNCT):
            at += 1
        else:
            break
    if at == after and not named and at < end and kinds[at] in (WORD, TITLE, CAPS, MIXED):
        at += 1
        while at + 2 < end and tokens[at] == ":" and tokens[at + 1] == ":":
            at += 3  # (a module path: acme::orders)
    return at


def _head_level_words(tokens: list[str], kinds: list[int], end: int) -> int:
    """How many words of the record's level open it before ``end``, among the head's values
    and marks alone: the level word (``<*> ERROR …``, ``[<*>] | INFO …``) and a level's letter
    with a mark after it (Ruby's Logger, ``E, [<*> #<*>] ERROR -- : …``); 0 when a word of
    another kind comes first."""
    at = head_values_end(kinds, 0, end)
    if at < end and tokens[at] in HEAD_LEVELS:
        return 1
    if at + 1 < end and tokens[at] in LEVEL_LETTERS and kinds[at + 1] == PUNCT:
        # (the letter and its mark, then the head's values again before the level word)
        at = head_values_end(kinds, at + 1, end)
        return 2 if at < end and tokens[at] in HEAD_LEVELS else 0
    return 0


def opening_level(tokens: list[str], kinds: list[int], end: int) -> int:
    """Where the record's level word is when only the head's values and marks come before it
    (``<*> ERROR …``, ``[<*>] | INFO …``), before ``end``; -1: none."""
    at = head_values_end(kinds, 0, end)
    return at if at < end and tokens[at] in HEAD_LEVELS else -1


def head_values_end(kinds: list[int], start: int, end: int) -> int:
    """Where the head's values and marks that begin at ``start`` end, before ``end`` (the
    first token of another kind, or ``end``): a time, a process id, a thread in brackets
    (``<*> [<*>] |``), every record's, no word. The one reader of that run for the questions
    asked after it: whether a level opens the record (``opening_level``, ``_head_level_words``,
    ``_head_end``), or a level word and its colon open the message (``_level_label_colon``),
    or nothing else comes before ``end`` (``_head_values``)."""
    at = start
    while at < end and kinds[at] in (WILD, PUNCT):
        at += 1
    return at


def _message_words(template: list[str], template_kinds: list[int], head: int, header: bool = True) -> int:
    """How many constant words of the message come before ``head`` in a record of keys whose
    message is the value of a message key (logfmt with quoting off: ``level=error
    msg=Unable to <…>. audience=…``): the words after that key, the record's keys and
    their values before it being every record's, none of the event's; else the words after
    the record's header (``templates.record_header``: its level, its logger's name, its tags,
    every record's too: MEL's ``warn: App.Metrics.Publisher[0] Failed to <…> for <*>``, log4j's
    ``INFO [<*>] c.a.Worker - Failed to <…> for <*>``; round 35, r33a), or all of them. Not
    the header's words alone (``header`` false) where the run is a path's names with spaces
    (``POST <*> Shows/The <*> with …``, ``_path_words``: a value's own words, which the words
    around it anchor as before)."""
    start = 0
    for at in range(head - 2, 0, -1):
        if template[at] == "=" and template[at - 1].lower() in MESSAGE_FIELD_KEYS:
            start = at + 1
            break
    else:
        end = header_end(template) if header else -1
        if end < 0 and header:
            # (or a namespace of names glued by colons and the level in capitals after it,
            # the debug package's `xo:api:vif WARN <message>`: the head's, every record's, as
            # _level_after_namespace reads it; round 41, r39a)
            end = namespace_level_at(template)
        if 0 <= end < head:
            start = end + 1
    return sum([WORD <= kind < PUNCT for kind in template_kinds[start:head]])


def _path_words(tokens: list[str], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` holds a word with a slash that no space follows or
    precedes: a path's names with spaces (``/media/TV Shows/The Office/…``), masked in pieces."""
    for at in range(start, end):
        token = tokens[at]
        if "/" in token and token != "/":
            return True
    return False


# most words of a text that ends the message after a colon (_ended_text): a library's phrase
# (server closed the connection unexpectedly); 3 found none of the corpus sets' (measured)
ENDED_WORDS: Final = 5


def _ended_text(template: list[str], template_kinds: list[int], tokens: list[str], head: int) -> bool:
    """Whether ``tokens`` ends, after ``head`` tokens that agree with ``template``, with a short
    text of words where the template already ends with a value, right after the colon or
    ``=`` that ends a label, one word enough, however long (``heartbeat: <*>`` /
    ``heartbeat: not found``, ``probe status=<*>`` / ``probe status=not ready``): a call site
    that printed two values there prints one in words there too. The text is at most
    ``ENDED_WORDS`` lower-case words (``_ended_run``): a longer one, or one with a capital,
    is as often a sentence of its own (the event's); and two such texts, no value there
    yet, are a label's two events (``nomad: cluster leadership acquired`` / ``nomad: no
    enabled schedulers``: measured, four labels newly wrong)."""
    return (len(template) - head == 1 and template_kinds[head] == WILD
            and template[head - 1] in _ENDED_ANCHORS and _ended_run(tokens, head))


def _ended_run(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at:]``, after a colon or ``=``, is two to ``ENDED_WORDS`` lower-case
    words (``not found``, ``no route to``): what ``_ended_text`` reads of the message alone."""
    return (1 < len(tokens) - at <= ENDED_WORDS and tokens[at - 1] in _ENDED_ANCHORS
            and all([word.isalpha() and word.islower() for word in tokens[at:]]))


_ENDED_ANCHORS: Final = frozenset((":", "="))


def _proper_name(run: list[str], kinds: list[int]) -> bool:
    """Whether a run is capitalised words alone (``Entity Framework``, ``Dapper``): a name of
    a product or a part, not a phrase a library says (``leader changed``, ``Broken pipe``)."""
    return all(kind in (TITLE, CAPS) for kind in kinds) and not reads_as_failure(run, kinds)


# the words a program's own failure is said in (_OWN_FAILURE), as tokens: a message holds
# one before an unmarked cause (unmarked_cause_at)
FAILURE_TOKENS: Final = frozenset(form for word in ("fail", "failed", "failure", "fails", "error", "errors",
                                              "unable", "cannot", "can't", "couldn't", "exception",
                                              "problem", "panic", "panicked", "crash", "crashed")
                            for form in (word, word.title(), word.upper())) | {"Err", "not", "t"}
MAX_CAUSE_TOKENS: Final = 12  # most tokens an unmarked cause takes (unmarked_cause_at)


def failures_at(tokens: list[str]) -> list[int]:
    """Where the words that say a program's own failure are in ``tokens``: what
    ``unmarked_cause_at`` is asked with (a negation cut by its apostrophe, can ' t, where
    its last part is); not the level of the record's head (``record_header``)."""
    found = [at for at, token in enumerate(tokens) if token in FAILURE_TOKENS and (
        token != "t" or (at > 1 and tokens[at - 1] == "'" and tokens[at - 2].lower() in _NEGATED))]
    if found and tokens[found[0]] in HEAD_LEVELS:
        # a level in the record's head (<time> ERROR app::db: <message>) says how bad, not a
        # failure of the message's own
        header = record_header(tokens)[0]
        found = [at for at in found if at > header]
        if found and found[0] == 0 and _level_name_sentence(tokens):
            found = found[1:]
    return found


def _level_name_sentence(tokens: list[str]) -> bool:
    """Whether the record opens with a level in small letters, one name in small letters (a
    logger's or a module's, ``:`` joining its parts) and then a capitalised word: the head
    ``<level> <name> <Message>`` (cncjs's ``error init The directory "<*>" does not exist.``),
    whose level says how bad, not a failure of the message's own (``failures_at``), as the
    head's level ``record_header`` reads; a message that opens with its failure goes on in
    small letters (``error while closing socket …``) or is capitalised itself (``Error while
    …``). (round 41, weak41c)"""
    if len(tokens) < 4 or not tokens[0].islower() or tokens[0] not in HEAD_LEVELS:
        return False
    name, first = tokens[1], tokens[2]
    return (name[:1].isalpha() and name.islower() and all(c.isalnum() or c in "_-.:" for c in name)
            and first[:1].isupper() and first[1:2].islower() and first.isalpha())


# verbs whose negation (can't, couldn't, won't) says a failure: the tokens cut them at the apostrophe
_NEGATED: Final = frozenset(("can", "couldn", "won", "wouldn", "didn", "doesn", "isn", "wasn", "shouldn"))


def unmarked_cause_at(template: list[str], template_kinds: list[int], tokens: list[str],
                       kinds: list[int], failures: list[int]) -> int | None:
    """Where ``tokens`` and ``template`` part (the length of what they share) when both
    say one failure in the same words, and each ends with what failed, with no mark
    before it: programs that append an error to their message with a space (``Error while
    closing socket broken pipe`` / ``… socket connection refused``, ``Failed matching CLP
    for <*> <*> SyntaxError: …``). What they share holds the program's own failure (a
    word at one of ``failures``, ``failures_at``) said whole, three words at least after it
    (``Error while closing socket <text>``; not ``failed to shutdown <text>``, where what
    was shut down follows), and ends with a word or a value (a mark is a separator
    ``cause_colon`` reads); each text reads as a failure (the template's may be the value
    it was folded into), is no sentence's words (``Error while closing socket`` / ``Error
    while opening socket`` stay two: ``_errors_text``), holds no key, quote or bracket (a
    record's fields) and no sentence's end or field's bar but at its end, and the two do
    not end alike (one sentence that goes on). Else None."""
    m, n = len(template), len(tokens)
    limit = min(m, n)
    head = 0
    while head < limit and (template[head] == tokens[head] or template_kinds[head] == WILD):
        head += 1
    if head == m and template_kinds[m - 1] == WILD:
        head -= 1  # the template's last variable is the text folded
    while head and template_kinds[head - 1] == WILD and kinds[head - 1] != WILD:
        head -= 1  # (a variable of the template that met a word: the text folded, the word its first)
    if head < failures[0] + 4 or head >= n or head >= m or max(n, m) - head > MAX_CAUSE_TOKENS:
        return None  # (most candidates: they part before the failure is said whole)
    said = max([at for at in failures if at < head])
    if sum(1 for word in tokens[said + 1:head] if word[:1].isalpha()) < 3:
        return None
    # (a quoted value is a value: … applied_seq file "<*>" <text>)
    quoted = head > 2 and tokens[head - 1] in _QUOTE_MARKS and kinds[head - 2] == WILD and (
        tokens[head - 3] == tokens[head - 1])
    if (kinds[head - 1] not in (WORD, TITLE, WILD) and not quoted) or (
            STRONG in kinds or STRONG in template_kinds):
        return None
    text, text_kinds = tokens[head:], kinds[head:]
    known, known_kinds = template[head:], template_kinds[head:]
    if known[-2:] == text[-2:]:
        return None  # (two texts that end alike are one sentence that goes on: the event's)
    for run, run_kinds in ((text, text_kinds), (known, known_kinds)):
        if run == [WILDCARD] or (run[0] in _CAUSE_OPENERS and _one_group(run)):
            continue  # the value it was folded into; a term in brackets ({badmatch,{error,enoent}})
        if _coded(run, run_kinds):
            run, run_kinds = run[3:], run_kinds[3:]  # (its code first: [Errno 111] Connection refused)
        if (any(token in _CAUSE_STOPS for token in run[:-1]) or holds_any(_UNMARKED_CAUSE_MARKS, run)
                or run.count("'") % 2 or run.count('"') % 2 or run[0] in _CAUSE_OPENERS
                or not _balanced(run)):
            return None  # (a key, a bar, an open quote or bracket: a record's fields, the event's words)
        if not (_errors_text(run, run_kinds) and reads_as_failure(run, run_kinds)):
            return None
    if text[0] in _CAUSE_OPENERS and known[0] in _CAUSE_OPENERS and not (
            _coded(text, text_kinds) or _coded(known, known_kinds)):
        return None  # (two terms in brackets: a record or an annotation of the event's, as likely)
    return head


def _coded(run: list[str], kinds: list[int]) -> bool:
    """Whether a text starts with its code in square brackets, then words (Python's ``[Errno
    111] Connection refused``, ``[SSL: CERTIFICATE_VERIFY_FAILED] …`` masked to a value)."""
    return len(run) > 4 and run[0] == "[" and run[2] == "]" and kinds[1] == WILD and kinds[3] in (WORD, TITLE)


_UNMARKED_CAUSE_MARKS: Final = frozenset(("=", "`", "|"))


def _own_word_before(template: list[str], kinds: list[int], end: int) -> bool:
    """Whether a word of the message's own comes before ``end``: after the record's header
    and outside brackets (its tags, ``[DUBBO]``). Where no header is read, the record's level
    after the head's values alone and one name right after it are the head's too (``<time>
    INFO http <message>``: a logger's name, as likely as the message's first word; the level
    had been read as the message's word, and a run of the whole message let through), or the
    values after it (a logger masked whole, ``acme::orders``), or, after a name before the
    level (``<time> com.acme.Orders INFO <message>``), nothing more."""
    start = record_header(template)[0] + 1
    if not start:
        start = _head_end(template, kinds, end)
    return _word_outside_brackets(template, kinds, start, end)


def _one_sentence(run: list[str], other: list[str]) -> bool:
    """Whether two runs are one sentence with values in it: of one length, three tokens or
    more, equal between their first and last tokens but where one holds a value (``global is
    not supported in LaTeX output in payments-worker`` / ``default is not supported … in
    PaymentsStore``): the first word a name that goes with the words before it (``Raw HTML
    <name> …``), not another predicate."""
    if len(run) != len(other) or len(run) < 3:
        return False
    for at in range(1, len(run) - 1):
        if run[at] != other[at] and run[at] != WILDCARD and other[at] != WILDCARD:
            return False
    return True


def _subject_alone_before(template: list[str], kinds: list[int], tokens: list[str], end: int) -> bool:
    """Whether the message's own words before ``end`` (in ``template`` and ``tokens`` alike)
    open it and come right before it, one to three words with no mark nor value between,
    none a failure's word, and open a sentence the two runs go on with: a noun phrase, the
    sentence's subject (its first word no verb's form; a gerund after it names a thing, ``SSH
    multiplexing``), the failure after it its predicate (``Company not found, job deleted.``
    / ``Company could not be resolved for queued job, …``), or a verb whose object both runs
    describe with an indefinite article (``found a domain-id with no entry in …, integrity
    check can fix this`` / ``found an ip/port-id … which does not exist, …``): the call
    site's own words, two call sites, not an error's text that a verb takes as its object
    (``Caught <error>, moving on``) or that the words before it announce (``Unable to restore
    bucket DNS entry <text>, please fix it``)."""
    start = record_header(template)[0] + 1
    if not start:
        start = _head_end(template, kinds, end)
    if start >= end or end - start > _SUBJECT_WORDS:
        return False
    for at in range(start, end):
        word = template[at]
        if kinds[at] not in (WORD, TITLE, CAPS) or reads_as_failure_word(word) or (
                at > start and (irregular_past(word) or (word.endswith("ed") and verb_form(word)))):
            return False
    first = template[start]
    if verb_form(first) or irregular_past(first):
        # (a verb and its object: Caught <error>, moving on; Got <error>, retrying; but for an
        # object both describe with an indefinite article)
        return (end == start + 1 and template[end].lower() in _INDEFINITE
                and tokens[end].lower() in _INDEFINITE)
    return True


_SUBJECT_WORDS: Final = 3  # (a noun phrase that opens a message: Company, SSH multiplexing)
_INDEFINITE: Final = frozenset(("a", "an"))


def _word_outside_brackets(tokens: list[str], kinds: list[int], start: int, end: int) -> bool:
    """Whether a word comes between ``start`` and ``end`` outside the brackets that open there
    (a word of the message's, not a head's bracketed field)."""
    depth = 0
    for at in range(start, end):
        token = tokens[at]
        if token in _CAUSE_OPENERS:
            depth += 1
        elif token in _CAUSE_CLOSERS:
            depth -= 1
        elif not depth and kinds[at] in (WORD, TITLE, CAPS):
            return True
    return False


def run_start(tokens: list[str], at: int) -> tuple[bool, bool]:
    """What ``inner_run_at`` reads of the message alone where a run starts at ``at``
    (``candidates.run_mask``): whether it may start there whatever the template's words
    (a cue, a word that announces an error, a sentence's end before a bar), and whether
    the key of an error's text comes right before it, or a label's colon before a short text
    that ends the message (``_ended_run``) or that opens it (an error's text, then a
    separator: ``X-Real-IP: <text> / discard …``; then two words before are not needed)."""
    before = tokens[at - 1]
    start = (bool(cue_at(tokens, at)) or announces_error(tokens, at)
             or (len(before) > 1 and before[-1] in "!."))
    keyed = (before == "=" and at > 1 and tokens[at - 2] in _ANNOUNCING) or (
        before in _CAUSE_OPENERS and at > 2 and tokens[at - 2] == "=" and tokens[at - 3] in _ANNOUNCING) or (
        _ended_run(tokens, at)) or (at == 2 and before == ":")
    return start, keyed


def _one_group(run: list[str]) -> bool:
    """Whether a run is one pair of brackets and what they hold."""
    depth = 0
    for at, token in enumerate(run):
        if token in _CAUSE_OPENERS:
            depth += 1
        elif token in _CAUSE_CLOSERS:
            depth -= 1
            if depth <= 0:
                return depth == 0 and at == len(run) - 1
    return False


def _balanced(run: list[str]) -> bool:
    """Whether the brackets of a run close what they open, in it."""
    return _opened(run) == 0


def _opened(run: list[str]) -> int:
    """How many brackets a run leaves open (-1: it closes one it did not open)."""
    depth = 0
    for token in run:
        if token in _CAUSE_OPENERS:
            depth += 1
        elif token in _CAUSE_CLOSERS:
            depth -= 1
            if depth < 0:
                return -1
    return depth


def foreseen_run(tokens: list[str], kinds: list[int]) -> tuple[int, int] | None:
    """Where a run of words is that ``inner_run_at`` folds whatever its words, as read from
    one record (start, end), or None: a field between a sentence's end and a bar
    (``Disconnected! <reason> | <*>``), the value of a key that names an error to the end
    (``Err = <text>``). A new pattern is named with it folded (miner), whichever came first."""
    if holds(tokens, "|"):
        bar = tokens.index("|")
        at = bar - 1
        while at > 0 and tokens[at] != "|" and not (len(tokens[at]) > 1 and tokens[at][-1] in "!."):
            at -= 1
        if 0 < at < bar - 1 and word_count(kinds[:at + 1]) >= 2:
            return at + 1, bar
    if holds(tokens, "="):
        key = tokens.index("=") - 1
        if key == 0 and tokens[0] in _ANNOUNCING and len(tokens) > 2:
            return 2, len(tokens)
    return None


def announces_error(tokens: list[str], at: int) -> bool:
    """Whether the words before ``tokens[at]`` announce an error's text with no mark (``Error
    <text> for task …``, ``failed with <text>, retrying``)."""
    word = tokens[at - 1]
    return word in _ANNOUNCING or (word == "with" and at > 1 and tokens[at - 2] in _ANNOUNCING)


# words that go on with the sentence after a word that announces an error (Error while …,
# error in …, error was …, Error encountered processing …: round 41, r39b): the event's own
# words, not the error's text
_CLAUSE_WORDS: Final = frozenset(("while", "when", "during", "after", "before", "on", "upon", "in", "for",
                                   "to", "from", "at", "of", "with", "by", "and", "or", "is", "was",
                              "has", "had", "occurred", "happened", "encountered"))


def _errors_text(run: list[str], kinds: list[int]) -> bool:
    """Whether a run after a word that announces an error is the error's text, not the
    event's own words: it starts with no verb's form (``Error reading …``, ``error
    detected``) nor a word of a sentence (``Error while …``, ``error in …``)."""
    first = run[0]
    if first in _CAUSE_OPENERS:
        return False  # its class or peer in brackets first: the bracket separates (cause_colon)
    return kinds[0] not in (WORD, TITLE) or not (
        first.lower() in _CLAUSE_WORDS or (len(run) == 1 and first.endswith("ed"))
        or (first.endswith("ing") and not FAILURE_WORDS.fullmatch(first)))  # (missing: a failure's)


_FIELD_MARKS: Final = frozenset(("|", ";"))
# what parts an error's text from more of the message's words (inner_run_at: parted)
PARTING: Final = frozenset((",", ";", "|", "/"))


def reads_as_failure(run: list[str], kinds: list[int]) -> bool:
    """Whether a run of words reads as what a library or the OS says when something failed
    (a word of FAILURE_WORDS, an errno name) or is values alone."""
    if all(kind in (WILD, PUNCT) for kind in kinds):
        return WILD in kinds
    return any(reads_as_failure_word(token) for token in run)


_OPERATION_KINDS: Final = frozenset((WORD, TITLE, CAPS, STRONG))
_CLOSERS: Final = {")": "(", "]": "["}
_OPENERS: Final = {"[": "]", "(": ")", "<": ">"}
# what a cause never holds: a sentence's end, a field separator (a bracket is balanced)
_CAUSE_STOPS: Final = frozenset(".;|!?")
_CAUSE_OPENERS: Final = frozenset("([{")
_CAUSE_CLOSERS: Final = frozenset(")]}")
# a spaced dash, or two (-- as typewriters write a dash): a subject or an operation, then its
# event or cause (Errors were encountered during reset -- <cause>)
_DASHES: Final = frozenset(("-", "--"))
_CAUSE_SEPARATORS: Final = frozenset((":", ")", "]", "-", "--", ">"))
# words that announce an error's text with no mark after them (get_scan error <text>)
_ANNOUNCING: Final = frozenset(form for word in ("error", "errors", "err", "exception", "failure", "failed",
                                                 "cause", "reason")
                               for form in (word, word.title(), word.upper()))
# what a message holds before a run longer than MAX_RUN (ShapeIndex._inner_run)
LONG_RUN_TOKENS: Final = frozenset((*_ANNOUNCING, *_CAUSE_OPENERS, "=", "|"))
MAX_CAUSE: Final = 24  # tokens of a trailing cause


def _after_name_alone(tokens: list[str], spaced: list[bool], opening: int) -> bool:
    """Whether the bracket opening at ``opening``, spaced from what is before it, follows
    only the record's first word and perhaps its colon (``NSE: [ssl-enum] <message>``,
    ``relay [tls] <message>``): a component and its tag, which every call site prints, not a
    message's words and the class or peer of its error (cause_colon: the context holds two
    words or values). Not a bracket glued to the name (``juicefs[<pid>]``: the head's
    process, which the head's own rules read)."""
    return spaced[opening] and (opening == 1 or (opening == 2 and tokens[1] == ":"))


def _tag_before_sentence(tokens: list[str], kinds: list[int], spaced: list[bool], closing: int,
                         count: int) -> bool:
    """Whether the square bracket that closes at ``closing``, spaced from the words before
    it, holds a name alone and a sentence follows it, up to ``count``, perhaps after the
    tag's colon or dash, that opens with a capital word or a verb's form (``Worker <*>
    [pool-a] Failed to connect to host``, ``… [ssl-enum]: Server does not support TLS``, ``…
    [replicator] starting the export``, in a quoted message too): a component's or a
    worker's tag, which the call site prints before its message, and what follows is that
    message, the event's own words. Not an error's class, an errno's name or a status in
    the bracket (``[IOException] Connection reset``, ``[ENOENT] No such file``, ``[FAILED]
    Timeout reached``), nor a value (a peer's address, a code: masked), whose cause folds
    after it; not one word after it (a cause's, ``[pool-a] Timeout``); not a word's glued
    parentheses (``error(s) detected``)."""
    name = tokens[closing - 1]
    kind = kinds[closing - 1]
    if kind == STRONG:
        kind = token_kind(name)  # (a quoted message's word: its kind as a word's)
    first = closing + 1
    if first < count and (tokens[first] == ":" or tokens[first] in _DASHES):
        first += 1  # (the tag's colon or dash: [ssl-enum]: <message>, [ssl-enum] - <message>)
    if (tokens[closing] != "]" or not spaced[closing - 2] or not (kind == WORD or kind == TITLE)  # noqa: SIM109
            or count - first < 2):
        return False
    if reads_as_failure_word(name) or _says_failure(name) or name in STATUS_WORDS:
        return False
    word = tokens[first]
    opening = kinds[first]
    if opening == STRONG:
        opening = token_kind(word)
    return (opening == TITLE and word[-1] not in ":.!") or (opening == WORD and verb_form(word))


def cause_colon(tokens: list[str], kinds: list[int], spaced: list[bool],
                 timed: bool = False, level_field: LevelField = NO_LEVEL_FIELD) -> tuple[int, int, bool]:
    """Where the separator before a trailing cause is (-1: none), and whether it is a weak
    one, after which only causes that read as failures fold (a bracket, a sentence's end).

    C's ``perror``, Go's wrapped errors and most loggers print a failure as its context,
    a colon and what a library or the OS said (``reexec socketpair: broken pipe``,
    ``pledge(): no route to host``, ``open "<*>": permission denied``): up to the end,
    after a colon of prose (glued to what is before it, a space after it). What a library
    says holds values of any shape and punctuation of its own (``dial tcp [<*>]:<*>:
    connect: connection refused``, ``No such file or directory (os error <*>)``,
    ``undefined method `id' for <*>:NilClass``), but no sentence's end and no message
    field. Before the colon is the operation: a word, a call (``()``) or a quoted
    operand. A thing's id or name there (``channel <*>: closing``, ``TOPIC(<*>):
    created``, ``for blue: transfer failed``) says what the event is about, and what
    follows is the event. The context must hold two words or values, one of them a word:
    a level word or a name alone (``error: …``, ``selinux: …``) is a label too. The
    separator may also be a bracket that holds one word or value, the error's class or
    the peer it came from (``failed with exception (IOError) execution expired``,
    ``PROTOCOL(V2): [client-7] version mismatch``). A cause may hold colons itself, as
    wrapped errors do (``json: cannot unmarshal …``): the first separator of the run that
    ends the message is taken. ``timed``: the record opens with a time (``_separates``).
    ``level_field``: the stream's level field in the record (``levels.LevelPlaces``): the
    separator after it ends the head, not an operation."""
    key = key_value_to_end(tokens, kinds, spaced) if holds(tokens, "=") else -1
    if key == len(tokens) - 2 and kinds[-1] != WILD and not reads_as_failure_word(tokens[-1]):
        # one word after the key: a value of its own (pair: delta=global.metrics, whose key
        # is a value too), which same-length matching reads; a value masked whole or a word
        # of failure (err=EOF) may be the first of a key's texts of any length
        key = -1
    found = _separator(tokens, kinds, spaced, timed, level_field)
    at = found[0]
    if key >= 0 and (at < 0 or at >= key - 1 or (at == key - 2 and tokens[at] != ":")):
        # the key's value holds the rest of the record, a separator in it its own (err=dial
        # tcp <*>: <*>; the key's word, err=EOF), and so does a word that announces an error
        # right before the key (sync failed err=<*>); a cause that opens earlier holds the
        # key and more (failed because <*>: SSL_connect returned=<*> state=error: <*>; the
        # error SSL_connect returned=<*> …; a quoted message's, msg="sync: <cause>"
        # shard=<*>), and a label's colon its key and value (Found pair: <*>=<*>, whose
        # key varies too)
        return key, 0, False
    if found[0] >= 0 and _bracketed_level_after(tokens, found[0]):
        return -1, 0, False  # (a record's own level after the label: its message, no cause)
    if (found[0] >= 0 and tokens[-1] in _OBJECT_ENDS
            and _phrase_before_object(tokens, kinds, spaced, found[0] + 1)):
        return -1, 0, False  # (the message's own phrase, then the record's data object)
    if key >= 0 and found[0] >= 0 and found[1] == 0 and tokens[found[0]] == ":":
        fields = trailing_fields(tokens, kinds, spaced, found[0] + 2)
        if fields:
            # the record's fields after the cause, to its end (tracing's `<message> id=<*>
            # url=<*>`): the call site's keys after the cause, as a structured record's
            # after its quoted message (causes._after_cause; round 38, r36b)
            return found[0], fields, found[2]
    return found


# the words that open a clause of what a program does because of a failure, after the
# failure's comma (Unable to find '<*>', so not sending notification): the call site's own
# clause, which no error's text opens with (_separator; round 42, r40a)
_CONSEQUENCE_WORDS: Final = frozenset(("so", "thus", "hence", "therefore", "thereby"))


# the last token of a record that a data object ends, alone or before one value (a duration)
_OBJECT_ENDS: Final = frozenset(("}", WILDCARD))


def _phrase_before_object(tokens: list[str], kinds: list[int], spaced: list[bool], start: int) -> bool:
    """Whether ``tokens[start:]`` is a phrase of three plain words or more, then a data
    object in braces after a space (its keys and values one value to the tokens, ``{ <*> }``)
    that ends the record, or one value after it (Node's ``log.warn('x blocked: sender is not a
    joined peer', { room_id, socket_id })``, util.inspect's ``{ room_id: '<*>' } <*>ms``): a
    logger prints its call's message and then the call's data; the phrase before the data is
    the call site's own sentence, as its other words are, not a library's error text folded
    after the colon (not the OS's, ``connection refused``, ``no such file or directory``), so
    two phrases there are two call sites (round 39, r37c)."""
    end = len(tokens) - (tokens[-1] != "}")
    if (end - start < 5 or tokens[end - 1] != "}" or tokens[end - 3] != "{" or kinds[end - 2] != WILD
            or not spaced[end - 3] or (end < len(tokens) and not spaced[end])):
        return False
    phrase = tokens[start:end - 3]
    return (len(phrase) >= 3
            and all(kinds[at] == WORD and letters_only(tokens[at]) for at in range(start, end - 3))
            and not system_error_text(" ".join(phrase)))


def trailing_fields(tokens: list[str], kinds: list[int], spaced: list[bool], low: int) -> int:
    """How many tokens the run of ``key=value`` fields that ends the record holds (0: none),
    each a key's word after a space, its ``=`` and one value glued to it, the run starting
    at ``low`` or after."""
    at = len(tokens)
    while (at - 3 >= low and tokens[at - 2] == "=" and spaced[at - 3] and not spaced[at - 2]
           and not spaced[at - 1] and kinds[at - 3] in _KEY_KINDS and kinds[at - 1] != PUNCT):
        at -= 3
    if at < len(tokens) and (tokens[at - 1] == "," or "=" in tokens[low - 1:at]):
        return 0  # (a cause of keys, failed: status=5xx body=<*>, or a list of them, message:
        # taskQueue=<*>, taskId=<*>: the cause's own)
    return len(tokens) - at


def _level_after_namespace(tokens: list[str], spaced: list[bool], at: int) -> bool:
    """Whether the word at ``at`` is a level in capitals right after the name that opens the
    record, a namespace of names glued by colons (the ``debug`` package's and loggers named
    after it, ``xo:api:vif WARN <message>``, ``app:db ERROR <message>``): the head's level,
    every call site's, as one name alone before it (``sdn ERROR <message>``) is, whose message
    follows; an error's text the word announces is no part of a head (round 41, r39a)."""
    if at < 3 or not spaced[at] or not namespace_level(tokens[at]):
        return False
    colon = False
    for index in range(1, at):
        if spaced[index]:
            return False
        if tokens[index] == ":":
            colon = True
    return colon and tokens[at - 1] != ":"


def _bracketed_level_after(tokens: list[str], at: int) -> bool:
    """Whether a level word alone in square brackets follows the separator at ``at``
    (``flow wio_app: [warning] LoadImage small icon failed``): a record's message opens so,
    a logger's scope or component before it, never an error's text, which holds no level."""
    return (at + 3 < len(tokens) and tokens[at + 1] == "[" and tokens[at + 3] == "]"
            and is_level_word(tokens[at + 2]))


def _separator(tokens: list[str], kinds: list[int], spaced: list[bool],
               timed: bool, level_field: LevelField) -> tuple[int, int, bool]:
    """cause_colon's walk: the separator before a trailing cause of the message's words."""
    total = count = len(tokens)
    if count < 4 or _no_colon_cue(tokens):
        return -1, 0, False  # (most mined messages: no separator)
    low = 1  # the walk stays after it
    if holds_kind(kinds, STRONG):
        # a structured record: the cause ends with its quoted message (msg="sync: <cause>"
        # shard=3), whose words are the event's up to the cause
        low = kinds.index(STRONG) - 1
        if low < 1 or tokens[low] not in _QUOTE_MARKS:
            return -1, 0, False
        last = count - 1 - kinds[::-1].index(STRONG)
        quote = tokens[low]
        count = next((at for at in range(last + 1, total)
                      if tokens[at] == quote and _ends_field(tokens, at)), -1)
        if count < 0:
            return -1, 0, False
    candidates = []
    depth = 0  # brackets closed (walking back) and not yet opened: a cause holds whole ones
    bracketed = False
    index = count - 1
    # (a sentence of two words ends at 1, its last word the separator: Closing connection. <cause>)
    floor = 0 if low == 1 and len(tokens[1]) > 1 and tokens[1][-1] in ".!" else low
    level = level_field.token(tokens) if level_field.end >= 0 else -1  # the level's token
    if level >= 0:
        # the message starts after the level and its mark, and after a level word's colon
        # that opens it
        # (two max() of two: compiled, two ints compared inline; max() of three is a generic call)
        floor = max(max(floor, level + 1), _level_label_colon(tokens, kinds, level + 1, count))
    while index > floor and count - index <= MAX_CAUSE:
        token = tokens[index]
        kind = kinds[index]
        if kind == PUNCT:
            if token in _CAUSE_STOPS and index < count - 1:
                break  # (a sentence's end that ends the message may be the cause's)
            if token in _CAUSE_CLOSERS:
                if (not bracketed and index + 1 < count and spaced[index + 1]
                        and tokens[index - 2] == _CLOSERS.get(token) and tokens[index + 1] != ":"
                        and not is_level_word(tokens[index - 1])
                        and not (index >= 3 and tokens[index - 3] == "]" and not spaced[index - 2])
                        and not _header_tags(tokens, index + 1)
                        and not _level_head(tokens, kinds, index - 2)
                        and not _after_level_mark(tokens, index - 2)
                        and not (index > 2 and _values_and_tags(tokens, kinds, index - 2))
                        and not _glued_head_index(tokens, kinds, spaced, index - 2)
                        and not _after_name_alone(tokens, spaced, index - 2)
                        and not (index >= 4 and dotted_logger_at(tokens, index - 3))
                        and not _tag_before_sentence(tokens, kinds, spaced, index, count)
                        and not location_file_at(tokens, index + 1)):
                    # (IOError) execution expired; not before more brackets: (<*>) using
                    # type (RUNNING) as it is not supported holds the event's state; not
                    # before a colon, which separates (parsing [<*>] : <message>: a place);
                    # not after a record's level ([info] Charging aborted: the message), nor
                    # among the record's header tags ([error] [gzip] unexpected content length),
                    # nor right after the record's level and values (log4net's <*> ERROR -
                    # [Logger.Name] <message>, chrony's E:<*>:(function) <message>: the
                    # logger's or function's name, a head field of every message), nor right
                    # after the level's marks (Rails' tagged logger, … INFO -- : [<request id>]
                    # <message>: a tag that opens the message), nor glued to a bracket before
                    # it ([<service>][<code>] <message>: a head's tags, each printed by every
                    # call site; an error's class or peer is one bracket), nor right after the
                    # head's values alone (<time> [main] <message>, <epoch> [<id>] [auth]
                    # <message>, <time> [I] <message>: a thread's, a component's or a level's
                    # field, every call site's; a message's own words come before an error's class;
                    # so after the head's values, level and bracketed tags: <epoch> [BACKUP]
                    # [<tid>] [<id>] D > <message>, [http][<time>][<version>] <message>, <time>
                    # INFO [net] [Server] <message>), nor glued to a name right after the
                    # head's fields (.NET's <level>: Category[<event id>] <message>, a program's
                    # ordersd[<pid>] <message>: the name's number, printed by every call site),
                    # nor right after a name alone that opens the record (nmap's NSE: [<script>]
                    # <message>, a component and its tag: no message's words before it), nor
                    # right after the level and the logger's dotted name (oslo.log's <time> <pid>
                    # WARNING keystone.api.x [<request context>] <message>: the head's context,
                    # every call site's; dotted_logger_at, round 37, r35a), nor
                    # a name's bracket before a sentence (Worker <*> [pool-a] Failed to …: a tag),
                    # nor a bracket before a kept code location (log4rs' … [screen] src/x.rs:42:
                    # <message>: a thread's, then the call site's file and line, no error's text)
                    candidates.append(index)
                depth += 1
                bracketed = True
            elif token in _CAUSE_OPENERS:
                if not depth:
                    break  # inside brackets that close after the message's end: no cause of its own
                depth -= 1
            elif not depth:
                if token == "," and index + 1 < count and spaced[index + 1]:
                    if (_FAILURE_ENDS_CLAUSE.fullmatch(tokens[index - 1])
                            or _opens_with_failure(tokens, index)) and (
                            tokens[index + 1] not in _CONSEQUENCE_WORDS):
                        # a failure's clause, then its cause (warmup failed, <*>; failed to
                        # serve json, <*>: weakly, _separates); not a clause that says what
                        # the program does because of it (Unable to find '<*>', so not
                        # sending notification): its own words, no error's text opens so
                        candidates.append(index)
                    break  # the next item of a list (a cause's own commas are rare)
                if token == ":" and spaced[index] and (
                        (index + 1 < count and spaced[index + 1])
                        or (index > 2 and tokens[index - 2] == ":" and spaced[index - 2]
                            and not spaced[index - 1])):
                    # a spaced colon separates fields (parsing [<*>] : <message>), and so does
                    # one spaced from the word before it after a field of one word that such a
                    # colon opened (nfs-ganesha's <function> :<COMPONENT> :<LEVEL> :<message>;
                    # not an atom's, notification: :econnrefused)
                    break
                if index + 1 < count and spaced[index + 1] and (
                        (token == ":" and not spaced[index]
                         and not _opens_with_level(tokens, index + 1, count)
                         and not _keyed_dash(tokens, spaced, index, count))
                        or (token in _DASHES and spaced[index]
                            and not _state_after_dash(tokens, kinds, index, count)
                            and not (tokens[index - 1] == ":"
                                     and _keyed_dash(tokens, spaced, index - 1, count)))
                        or (token == ">" and spaced[index])) and not (
                            tokens[index - 1] == "]"
                            and _tag_before_sentence(tokens, kinds, spaced, index - 1, count)):
                    # a colon of prose, a spaced dash, a spaced ">" (v2ray's <message> > <cause>:
                    # an arrow's is glued to its tail, ->, =>); not a key's colon whose value is
                    # a dash, nor that dash (RequestId: -, ParentId: - <message>: a field with no
                    # value, then the message, the event's own words); nor the colon or dash
                    # that ends a name's tag before a sentence (… [ssl-enum]: Failed to …)
                    candidates.append(index)
        elif kind == STRONG and total == count:
            break
        elif (token in _ANNOUNCING and not depth and index < count - 1
              and not _level_after_namespace(tokens, spaced, index)
              and not (tokens[index + 1] == ":" and index + 2 < count
                       and (spaced[index + 2] or location_file_at(tokens, index + 2)))
              and not ((tokens[index + 1] == "=" or tokens[index - 1] == "=")
                       and "=" in tokens[index + 2:count])
              and (_errors_text(tokens[index + 1:count], kinds[index + 1:count])
                   or (token.islower() and _coded(tokens[index + 1:count], kinds[index + 1:count])))):
            # an error's text after the word that announces it, to the end (get_scan error No
            # such device, sessionToken <*>, error AbortError: …, err:EOF): a weak separator,
            # no mark says it; before a colon in that text (the text's own); not before a
            # colon of prose, which separates (Reason: <*>). A code in square brackets and its
            # words after a word of prose are one error's text too, the code's (Python's
            # OSError: threw exception [Errno 13] Permission denied: '<*>', as threw exception
            # timed out); after a level in capitals the bracket is the record's tag (ERR [main] …).
            # Not a level glued to the code location the head prints (ERROR:vmm/src/vm.rs:42 --).
            # Not a key, nor a key's value, that another key follows (result=error reason=<*>
            # in=<*>): a field of the record, whose value ends at the next key, no error's
            # text to the end
            candidates.append(index)
        elif token[-1] in ".!" and index < count - 1 and spaced[index + 1]:
            # a sentence's end: the cause may follow it (Error loading app. KeyError('id')); a
            # cause may hold one before a bracket that ends the text, its note (Reason: Read
            # timed out. (read timeout=30)): the walk goes on
            if token[-1] == "!" and is_level_word(token[:-1]) and not reads_as_failure_word(token[:-1]):
                # a level's word and its exclamation mark after the head (<pid> MCP Warning!
                # Unable to open …, Failed to unlink …): the level's label, as its colon is;
                # what follows is the message, each call site's words, not a cause
                break
            if not depth and token[-2:-1].isalpha():
                candidates.append(index)
            if not (tokens[index + 1] in _CAUSE_OPENERS and _one_group(tokens[index + 1:count])):
                break
        index -= 1
    function_colon = -1  # the colon after the function's name that ends the record's header
    message = 0  # where the message opens after the record's header
    channel = False  # the header is a channel and its level (Monolog's production.ERROR:)
    if candidates and total == count:
        header, logger = record_header(tokens)
        if header > 0:
            message = header + 1
            channel = logger == header - 1 and _channel_level(tokens[logger])
        if header > 0 and header + 2 in candidates and is_level_word(tokens[header + 1]):
            # a level word and its colon open the message after the header (Apache's [<*>]
            # [core:warn] [pid <*>] Error: <message>): a label, as at the record's start
            # (the walk's floor), not an operation whose cause follows
            candidates.remove(header + 2)
        if header > 0 and (tokens[header] == "-" or spaced[header] or _class_or_tag(tokens, logger)
                           or (logger < 0 and (tokens[header - 1] in HEAD_LEVELS
                                               or tokens[header - 1] == "]"))
                           or channel):
            # the record's header, ended by a spaced dash or colon (log4j's %c %L [%t] %p [%x]
            # - <message>), by the level's own colon after the head's values (Erlang's <time>
            # error: <message>), or by the colon after a class's or tag's name (logcat's <pid>
            # <tid> E Factory: <message>, Elixir's [error] MetricsPusher: <message>): what
            # follows is the message, the event itself, never the cause of an operation said
            # in the header; so by a colon glued to the head's last bracket (Seata's %5p ---
            # [%t] [%logger] [%M] [%X{xid}]: <message>), and by the colon after a channel and
            # its level in one word (Monolog's production.ERROR: <message>: the level says how
            # bad, not what failed, as a level alone does)
            candidates = [at for at in candidates if at > header]
        elif logger >= 0 and not _says_failure(tokens[logger]):
            # a function's name there (C's __func__: [<*>] DEBUG launch_new_connection:
            # <message>) is the function that logs, whose message may be an error's text
            # alone (ares_parse_soa: <strerror>): as after a bracket, only causes that read
            # as failures fold after its colon (after a name that says a failure, any do:
            # UnknownErrorOnCounter: <reason>)
            function_colon = header
    chosen = -1
    if (len(candidates) > 1 and tokens[candidates[-1]][-1] in ".," and candidates[-2] == candidates[-1] + 2
            and not exception_class(tokens[candidates[-2] - 1], qualified=False)):
        # a sentence or a failure's clause, then a key and its colon (…unreachable. Reason: <*>,
        # check failed, reason: <*>): the key's; an exception's class there is the cause's (…
        # cache. AbortError: <*>), by its own name (a qualified one, failed.
        # java.lang.OutOfMemoryError: <*>, was not, and still is not: dedupe43's measure)
        candidates.pop()
    # (where the message opens: after the record's header or syslog's tag, in a structured
    # record its quoted field; the head before is no operation's context)
    start = message_after_header(tokens, message) if total == count else low + 1
    opening = level + 1 + (level + 1 < count and kinds[level + 1] == PUNCT)
    after_level = (level >= 0 and total == count and message == 0 and opening < count
                   and not _says_failure(tokens[opening]))
    if after_level:
        # a head no rule reads (record_header): after the stream's level field the message
        # reads as it would alone, a name and its colon there a label of it (the head holds
        # no operation); but after a name that says a failure any cause folds, as after a
        # function's (UnknownErrorOnCounter: <reason>)
        start = max(start, opening)
    weak_colon = False  # the colon chosen is one after a thing's name (_separates: WEAKLY)
    for at in reversed(candidates):
        # (the message after the header reads as it would alone; but a name and its colon
        # right after the header is read with the header: a function's, whose cause follows)
        # (after the stream's level field the message's start is the context's for every one)
        # A name joined by dashes there (util-ebpf, source-pcap-file) names no function:
        # code's names hold no dash, a module's, file's or program's do: the component
        # that logs, then its message, read as it is alone (Suricata's <level>: <module>:
        # <message>); so is a plain lower-case word, or such words dotted (a component's
        # tag, a named logger: <time> INFO - nomad: <message>, client.fingerprint: …)
        context = start if (after_level or at > message + 1 or total != count or channel
                            or (at == message + 1 and _component_name(tokens[at - 1]))) else 0
        separates = _separates(tokens, kinds, at, context, timed)
        if not separates:
            continue
        if at == function_colon:
            separates = WEAKLY
        if own_failure_sentence(tokens, kinds, at + 1, count):
            # after a thing's name or id, or an operation, a sentence (its first word
            # capitalised, no colon of its own) that says a failure in the program's words as a
            # clause that goes on (Client '<*>': Error while sending …, xfrd tls: Unable to
            # create …, Virus Scanning: Failed to scan message due to …): the call site's own
            # event, not a library's text (Table '<*>': Input/output error) nor a wrapped error
            # (… of inode <*>: failed to get lease: <*>, Go's, in lower case with its own
            # colon); round 32, weaksep
            continue
        if chosen < 0:
            chosen = at
            weak_colon = separates is WEAKLY
        elif tokens[chosen] in _CLOSERS and tokens[at] not in _CLOSERS and (may_say_failure(
                " ".join(tokens[chosen + 1:at])) or (
                tokens[at] == ":" and word_count(kinds[chosen + 1:at]) >= SENTENCE_WORDS)):
            # (or a whole sentence after the bracket, then its colon: [datadog] Sending data to
            # statsd server: <text>, the bracket a tag of the message's)
            # after a bracket, a failure and its own cause (PROTOCOL(V2): [<*>] messagePump
            # error - <*>): the failure is the event's words (after a colon, a wrapped error)
            chosen = at
            weak_colon = separates is WEAKLY
        elif (tokens[chosen] == ":" and tokens[at] == ":" and chosen == message + 2
              and _name_and_part(tokens[message], tokens[message + 1])
              and may_say_failure(" ".join(tokens[chosen + 1:at]))):
            # the message's first two words, neither a verb (a program's name and its part's,
            # a logger's scope: flow default: <message>), then a failure and its own cause
            # (flow default: dbus init failed: <*>): the failure is the event's words, as
            # after a bracket; after an operation said with its verb the failure is a wrapped
            # error's (update servers: failed to get lease: <*>, ws write: rpc error: <*>)
            chosen = at
            weak_colon = separates is WEAKLY
        elif tokens[chosen] in _DASHES and may_say_failure(" ".join(tokens[chosen + 1:at])):
            # after a spaced dash, a failure and its own cause (Teams connection - send error:
            # <*>): the dash parts a subject from its event, whose words the failure is
            chosen = at
            weak_colon = separates is WEAKLY
    if chosen < 0:
        cue = _text_cue(tokens, kinds, low if total != count else 0, count)
        if cue >= 0:
            return cue, total - count, False
    if chosen >= 0 and tokens[chosen][-1] in ".!" and len(tokens[chosen]) > 1:
        # a sentence that says a failure, then what caused it (Error loading app. <cause>), is
        # as strong as an operation's colon; another sentence after an event may be its own
        return chosen, total - count, not may_say_failure(" ".join(tokens[start:chosen + 1]))
    return chosen, total - count, chosen >= 0 and (
        tokens[chosen] not in (":", "-", "--", ",") or weak_colon)


_KEY_KINDS: Final = frozenset((WORD, TITLE, CAPS, MIXED))


def _channel_level(word: str) -> bool:
    """Whether ``word`` is a channel and its level in capitals, dotted (Monolog's
    ``%channel%.%level_name%``: ``production.ERROR``, ``app.CRITICAL``)."""
    dot = word.rfind(".")
    level = word[dot + 1:]
    return dot > 0 and level.isupper() and level in HEAD_LEVELS


def _name_and_part(first: str, second: str) -> bool:
    """Whether two words that open a message may be a program's name and its part's (a
    logger's scope: ``flow default``, ``flow project_manager``): plain lower-case words (the
    part's may be joined by ``_`` or ``-``), neither a verb (``update servers``, ``ws
    write``: an operation said with its verb) nor a name of code in camelCase (a function's)."""
    return (first.isalpha() and first.islower() and second.islower() and second[:1].isalpha()
            and first not in LEAD_VERBS and second not in LEAD_VERBS
            and not verb_form(first) and not verb_form(second))


def key_value_to_end(tokens: list[str], kinds: list[int], spaced: list[bool]) -> int:
    """Where the ``=`` of the record's last key is when its value runs to the end (-1: none):
    logfmt, slog, zap and logrus print the error last, and a printf's ``err=%v`` leaves its
    text unquoted, of any count of words and marks (``err=dial tcp <*>: i/o timeout``,
    ``meta=failed to get lease: <*>``). A key's value ends at the next key; so the last
    ``=`` outside brackets (a Python error's ``(read timeout=<*>)`` is its own), glued to a
    key's word (a field of its own, a space before it: not ``environment:user.dir=``, a
    name's part) and to the value, starts a value that holds the rest of the record, at most
    ``MAX_CAUSE`` tokens, no field's mark (``;``, ``|``) nor a quoted message's words in it.
    Not the message's own key (``msg=Starting server``: its words are the event); not a key
    with nothing but a head before it, a level, keys and their values (``<time> ERROR
    pid=<*> Registered webapp``: a head's key, whose value is one token and the message
    follows it), nor a masked value and then words of the sentence (``id=<*> for user
    <*>``; ``session=<*> Connection closed``, a head's key and the message, where no failure
    follows: ``[Errno <*>] Connection refused`` is an error's code and text)."""
    count = len(tokens)
    low = max(2, count - MAX_CAUSE)
    depth = 0
    index = count - 1
    while True:
        if index < low:
            return -1
        kind = kinds[index]
        if kind == PUNCT:
            token = tokens[index]
            if token == "=":
                if not depth:
                    break
            elif token in _CAUSE_CLOSERS:
                depth += 1
            elif token in _CAUSE_OPENERS:
                if not depth:
                    return -1  # (inside brackets that close after the record's end)
                depth -= 1
            elif token in _FIELD_MARKS:
                return -1
        elif kind == STRONG:
            return -1
        index -= 1
    if (index + 1 >= count or spaced[index] or spaced[index + 1] or not spaced[index - 1]
            or kinds[index - 1] not in _KEY_KINDS or tokens[index - 1] in MESSAGE_FIELD_KEYS):
        return -1
    if index + 2 < count and kinds[index + 1] == WILD and spaced[index + 2] and (
            (kinds[index + 2] == WORD and tokens[index + 2][0].islower())
            or (kinds[index + 2] == TITLE and not is_level_word(tokens[index + 2])
                and not any(failure_word(token) for token in tokens[index + 3:]))):
        # a value, then the sentence's own words (id=<*> for user <*>; conn=<*> Connection
        # closed: a head's key and the message); not an error's code and its text ([Errno <*>]
        # No such file or directory: <*>), nor a level word the record prints (URI=<*>
        # Warning, <*> failed)
        return -1
    if index + 2 < count and kinds[index + 1] == WILD and tokens[index + 2] == "," and not spaced[index + 2]:
        # a value and a comma glued to it: the key's value ended there, and the record goes on
        # with its own words (idx=<*>, nfq_close() not closed: <*>; a printf's key=%d, then
        # the sentence)
        return -1
    key = index - 1
    for at in range(key):
        kind = kinds[at]
        word = kind == WORD or kind == TITLE  # (two compares, compiled)
        if kind == STRONG or (
                word and len(tokens[at]) > 1 and tokens[at] not in HEAD_LEVELS
                and tokens[at + 1] != "=" and (at == 0 or tokens[at - 1] != "=")
                and not (at and tokens[at - 1] == "[" and tokens[at + 1] == "]")):
            return index  # (a word of the message before the key: a call site's record)
    # a head's keys and level alone before it (ERROR pid=<*> <message>): its value is one
    # token; a name alone in square brackets is a head's field too, a logger's or a
    # component's tag (Python's ``[%(levelname)s][%(name)s] job.id=%(job_id)s %(message)s``)
    return -1


def _level_label_colon(tokens: list[str], kinds: list[int], at: int, count: int) -> int:
    """Where the colon is of a level word that opens the message after the stream's level
    field at ``at`` and the head's values (``<time> WARN [<id>] Error: <message>``), or -1:
    the message's own label, as at the record's start (the walk's floor), not an operation
    whose cause follows; the head's level says how grave, this one how the message reads."""
    at = head_values_end(kinds, at, count)
    if at + 1 < count and tokens[at + 1] == ":" and is_level_word(tokens[at]):
        return at + 1
    return -1


def _opens_with_level(tokens: list[str], at: int, count: int) -> bool:
    """Whether ``tokens[at]`` is a level word as a label prints it (capitalised or in
    capitals) and its colon, before more of the message, after a name of code and its colon
    (``bypassFailure: Warning: <message>``): the function that logs, then the message, which
    opens with its level; that colon ends a label, not an operation whose cause follows. (After
    a word of prose the text is an error's: ``Could not update, error: Error: <text>``, JS's
    ``Error: …``; a wrapped error's own ``error:`` is in lower case.)"""
    return (at + 2 < count and tokens[at + 1] == ":" and tokens[at][:1].isupper()
            and is_level_word(tokens[at]) and at >= 2
            and _CODE_WORD.fullmatch(tokens[at - 2]) is not None)


# a name of code as functions are named: camelCase, PascalCase, snake_case (not a word of prose)
_CODE_WORD: Final = re.compile(r"(?=[A-Z]*[a-z])[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*|_[A-Za-z0-9]+)+", re.ASCII)


def _class_or_tag(tokens: list[str], logger: int) -> bool:
    """Whether the logger's name in the record's header at ``logger`` is a class's, a
    module's or a tag's (``Factory``, ``MetricsPusher``, ``o.s.b.GracefulShutdown``,
    ``app::db``: a capital first, a qualified name or a module path), as Android's
    ``Log.e(TAG, …)`` and Elixir's ``Logger.error("Module: …")`` print it before each of
    its messages. A function's name there (C's ``__func__``: ``ares_parse_soa: <strerror>``) is as often an
    operation and the text a library gave for it; a name that says a failure
    (``UnknownErrorOnCounter: <reason>``) comes before its cause."""
    if logger < 0:
        return False
    name = tokens[logger]
    module_path = tokens[logger + 1:logger + 3] == [":", ":"]  # (Rust's app::db, tracing's target)
    return (name[0].isupper() or "." in name.strip(".") or module_path or tag_word(name)) and (
        not _says_failure(name))


def _component_name(name: str) -> bool:
    """Whether ``name`` reads as a component's, never a function's: words joined by dashes
    (``util-ebpf``), a plain lower-case word that is no verb's form (``nomad``: ``templates.tag_word``),
    or such words joined by dots (``client.fingerprint``, a named logger's path), snake case
    among them (``place_os.core``, Crystal's ``Log.for`` sources and Python's ``__name__``: a
    module's path; a function's name holds no dot, ``ares_parse_soa``)."""
    if DASHED_NAME.fullmatch(name) is not None:
        return True
    dotted = "." in name
    return all([tag_word(part) or (dotted and _SNAKE_PART.fullmatch(part) is not None)
                for part in name.split(".")])


# a part of a module's path in snake case (place_os, rate_limit)
_SNAKE_PART: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", re.ASCII)


_FAILURE_IN_NAME: Final = re.compile(r"(?i:error|fail|exception|panic|crash)")


def _says_failure(name: str) -> bool:
    """Whether ``name`` holds a word of failure in any case (``_FAILURE_IN_NAME``'s search):
    an ASCII name by ``in`` tests of its lower case, in C (the regex, case-insensitive, tries
    its five words at each character: some 4,000 instructions a name); any other by the
    regex, whose case-insensitive match also folds some non-ASCII letters (``ſ``, ``ı``)."""  # noqa: RUF002 (those letters are the point)
    if name.isascii():
        lowered = name.lower()
        return ("error" in lowered or "fail" in lowered or "exception" in lowered
                or "panic" in lowered or "crash" in lowered)
    return _FAILURE_IN_NAME.search(name) is not None


# Kinds of part of a program that is loaded or named by its name (a tag before the part's own
# messages: ``tail_csv plugin: <message>``, ``auth module: <message>``)
COMPONENT_KINDS: Final = frozenset(form for word in ("plugin", "module", "extension", "addon", "driver",
                                              "component", "subsystem", "backend", "provider", "adapter")
                             for form in (word, word.title()))


def _header_tags(tokens: list[str], end: int) -> bool:
    """Whether ``tokens[:end]`` are bracketed tags alone, from the record's start (``[ET_NET
    <*>]``, ``[error] [gzip]``): a record's header (its thread, level, component), which
    loggers print before every message of the program. What follows them is the message,
    the event itself, never the cause of an operation said in them. A level in capitals
    and its colon may come between them, and the code location in angle brackets
    (``[<*>] DIAG: <<*> (func)> (tag)``)."""
    at = 0
    while at < end:
        if at and _level_label(tokens, at, end):
            at += 2
            continue
        if tokens[at] not in _OPENERS:
            return False
        at = _field_end(tokens, at, end)
        if at < 0:
            return False
    return end > 0


def _field_end(tokens: list[str], opening: int, end: int) -> int:
    """Where the head's field in the bracket that opens at ``opening`` (``_OPENERS``) ends:
    the index after its closing bracket, before ``end``, whatever it holds (a thread, a tag,
    a code location in angle brackets); -1 when it is not closed there. The one reader of a
    bracketed field for the walks that read a head whole (``_header_tags``, ``_class_label``,
    ``_values_and_tags``)."""
    try:
        return tokens.index(_OPENERS[tokens[opening]], opening + 1, end) + 1
    except ValueError:
        return -1


def _level_label(tokens: list[str], at: int, end: int) -> bool:
    """Whether ``tokens[at]`` is a word in capitals and a colon before ``end`` (``DIAG:``)."""
    return at + 1 < end and tokens[at + 1] == ":" and tokens[at].isupper() and tokens[at].isalpha()


def _component_tag(tokens: list[str], kinds: list[int], at: int, start: int = 0) -> bool:
    """Whether the colon at ``at`` ends a tag that opens the message (at ``start``: a
    structured record's quoted message, ``msg="tail_csv plugin: …"``; or follows its
    bracketed header, syslog's ``app[<pid>]:`` or the head's values alone, ``<time> <prio>
    tail_csv plugin:``): a part's name and its kind (``tail_csv plugin:``, ``<*> module:``).
    A program that logs for its parts prints each part's own messages after such a tag,
    with nothing else constant: what follows is that part's event, not the cause of an
    operation named before the colon. Not a verb's form there (``Loading plugin: <cause>``
    is an operation)."""
    return at >= 2 and tokens[at - 1] in COMPONENT_KINDS and kinds[at - 2] != PUNCT and (
        at == start + 2 or tokens[at - 3] in _CAUSE_CLOSERS or process_tag_end(tokens, at - 3)
        or (at >= 4 and tokens[at - 3] == ":" and tokens[at - 4] == WILDCARD)
        or (start == 0 and _head_values(kinds, 0, at - 2))) and not verb_form(tokens[at - 2])


def _title_label(tokens: list[str], kinds: list[int], at: int, opening: int = 0) -> bool:
    """Whether the colon at ``at`` ends a name in capitalised words that opens the message
    (at ``opening``: a structured record's quoted message too; or follows its bracketed
    header): a component's name (``Pocket CSV Import: <message>``,
    ``Wallabag Browser Import: …``), as a program that logs for its parts prints it before
    each part's own messages, not an operation (an operation is said in prose: a verb and
    its object). Two words at least, none a verb's form (``Loading Plugins: <cause>``)."""
    start = at
    while start > opening and (kinds[start - 1] in (TITLE, CAPS) or (
            kinds[start - 1] in (STRONG, WORD) and tokens[start - 1][:1].isupper())):
        start -= 1
    # (a name of code, CamelCase, may be one of its words, not its last: a function's name
    # there is an operation, SetPowerLimit: <cause>)
    return at - start >= 2 and kinds[at - 1] != WORD and (
        start == opening or tokens[start - 1] in _LABEL_OPENERS) and not any(
        [len(token) > 4 and token.endswith(("ed", "ing")) for token in tokens[start:at]])


# what a component's name may follow at the message's start: the head's closing bracket, or
# the bar that ends its fields (``[debug] | FileFollowerServer Handler: <message>``)
_LABEL_OPENERS: Final = frozenset((")", "]", "|"))


def _label_after_label(tokens: list[str], kinds: list[int], at: int, start: int) -> bool:
    """Whether the colon at ``at`` ends one name that follows another label's colon, with no
    failure said before it (Monolog's ``app.DEBUG: CAMPAIGN: <message>``, Jetty's
    ``DEBUG:oejj.NamingContext:<name>: <message>``): a chain of labels (a channel, a class,
    an instance's name), each saying where or about what the event is logged, then the
    message, the event itself. An operation whose cause follows is said in words (``failed
    to open <*>: <cause>``, ``reexec socketpair: <cause>``); after a failure's colon, a name
    and its colon are a wrapped error's (``failed: dial: <cause>``)."""
    return (at - 2 >= start and tokens[at - 2] == ":" and kinds[at - 1] in _NAME_KINDS
            and not tokens[at - 1].isdigit()  # (a line's number: file.c:<line>: <message>)
            and not may_say_failure(" ".join(tokens[start:at])))


_NAME_KINDS: Final = frozenset((WORD, TITLE, CAPS, MIXED))
_CAMEL_NAME: Final = re.compile(r"[a-z]+[A-Z]\w*", re.ASCII)  # a method's name (putHashes)


# capitalised words whose colon introduces a value or an error's text, not a component's own
# messages (Reason: <text>, Host: <*>, Status: <state>): a key's name, as a naming word is
_VALUE_KEYS: Final = frozenset((*(word.lower() for word in _ANNOUNCING), *CUE_WORDS, *MESSAGE_FIELD_KEYS,
                                "status", "state", "result", "details", "detail", "description", "output",
                                "response", "request", "value", "code", "type", "data", "info", "note"))


def _class_label(tokens: list[str], kinds: list[int], at: int, start: int) -> bool:
    """Whether the colon at ``at`` ends a class's or a component's name that follows the
    record's head alone (from ``start``: values, marks, bracketed fields, levels, other
    labels and their colons): ``ERROR: LuaSkin: <message>``, ``[<request id>] WebhookJob:
    <message>``, ``NSE: [<script> <*>] MSRPC: <message>``, ``<*> WSREP: <message>``. A class
    or a subsystem that prints its name before each of its messages says where the record is
    logged; what follows is each call site's own message, whatever its words (each of them
    may say a failure: the class logs its errors), not the cause of an operation. The name
    is one of code's or a tag's: CamelCase (``WebhookJob``, ``NvEnc``; not a function's,
    whose first part is a verb, ``SetPowerLimit: <cause>``) or capitals (``WSREP``, three
    letters or more; not an errno's name, ``ENOENT: <text>``, a level, a status nor a state,
    ``<url> OFFLINE: <cause>``, a thing's event); not a name that says a failure (``IOError:
    <text>``, ``UnknownErrorOnCounter: <reason>``), whose cause follows."""
    name = tokens[at - 1]
    if kinds[at - 1] == CAPS:
        lowered = name.lower()
        if (len(name) < 3 or is_level_word(name) or ERRNO.fullmatch(name) or name in STATUS_WORDS
                or lowered in STATE_WORDS or verb_form(lowered)):
            return False  # (a thing's state, <url> OFFLINE: <cause>, is its event: its cause folds)
    elif kinds[at - 1] == TITLE:
        lowered = name.lower()
        if (is_level_word(name) or verb_form(lowered) or lowered in LEAD_VERBS or lowered in STATE_WORDS
                or lowered in _VALUE_KEYS or not name.isalpha()):
            return False
    elif CLASS_NAME.fullmatch(name) is None:
        return False
    else:
        first = 1
        while name[first].islower() or name[first].isdigit():
            first += 1
        if name[:first].lower() in LEAD_VERBS:
            return False
    if _says_failure(name):
        return False
    index = start
    end = at - 1
    while index < end:
        token = tokens[index]
        if token in _OPENERS:
            index = _field_end(tokens, index, end)
            if index < 0:
                return False
            continue
        kind = kinds[index]
        if not (kind in (WILD, PUNCT) or is_level_word(token) or token in LEVEL_LETTERS
                or (index + 1 < end and tokens[index + 1] in (":", "[") and (
                    not _says_failure(token) or _level_before_category(tokens, index, end)))):
            # (a label of the chain: its colon, or its bracket and colon, app[<*>]:; a head's
            # level before the category and its event id, .NET's console ``fail:
            # App.Pump[<*>] MessagePump: <message>``, says how grave the record is, as
            # ``error:`` does, no failure whose cause follows)
            return False
        index += 1
    return True


def _level_before_category(tokens: list[str], at: int, end: int) -> bool:
    """Whether ``tokens[at]`` is a head's level and its colon before a category and the event
    id in brackets glued to it (before ``end``), as .NET's console logger opens each record
    (``fail: App.Pump[<*>]``, its Error's four letters; round 43, weak43): the level, no word
    of a failure. (After a level and a name alone, ``fail: Indexer: <text>``, the name is as
    often an operation's, whose cause follows.)"""
    return (tokens[at] in HEAD_LEVELS and at + 4 < end and tokens[at + 1] == ":"
            and tokens[at + 3] == "[" and tokens[at + 2] not in HEAD_LEVELS)


def _own_fault_label(tokens: list[str], kinds: list[int], at: int, start: int) -> bool:
    """Whether the colon at ``at`` ends a failure that the word before it says is the
    program's own (``internal error: <message>``, ``<*> ERROR - Programmer Error:
    <message>``: ``causes.OWN_FAULT``), right after the record's head (from ``start``:
    values, marks, bracketed fields, a level): a broken invariant or a bug the call site
    reports in its own words, a kind of report as a level is, not an operation whose cause
    a library gave."""
    if at < 2 or tokens[at - 2].lower() not in OWN_FAULT or tokens[at - 1].lower() not in _FAULT_WORDS:
        return False
    head = at - 2
    level = head - 1
    while level >= 0 and kinds[level] == PUNCT:
        level -= 1  # (the level's marks: <thread> ERROR - Programmer Error:)
    if 0 <= level < head - 1 and tokens[level].upper() in HEAD_LEVELS:
        return True  # (the head's level and its marks end the head, whatever its fields)
    return head <= start or _values_and_tags(tokens, kinds, head) or _values_and_tags(
        tokens[start:], kinds[start:], head - start)


_FAULT_WORDS: Final = frozenset(("error", "failure"))


def _code_location(tokens: list[str], at: int, opening: int = 0) -> bool:
    """Whether the colon at ``at`` ends a method's name that opens the message (at
    ``opening``: a structured record's quoted message too; or follows its bracketed header:
    ``App\\Queue\\JobHandler::executeJob: <message>``, as ``__METHOD__`` and
    ``__PRETTY_FUNCTION__`` print it; the masker keeps it there): a label saying where the
    event is logged, as C's ``__func__`` is, not an operation whose cause follows; its empty
    parentheses too before a dash (``CTemplate::SetFile() - <message>``: a label's dash; a
    call's colon, ``Socket::open(): <strerror>``, is an operation's, whose cause follows)."""
    if at > 2 and tokens[at - 1] == ")" and tokens[at - 2] == "(" and tokens[at] in _DASHES:
        at -= 2  # (the method called: the label ends with its parentheses)
    start = at - 4
    return start >= 0 and tokens[at - 2] == ":" and tokens[at - 3] == ":" and (
        start == opening or tokens[start - 1] == "]")


def _level_and_logger(tokens: list[str], kinds: list[int], at: int, start: int) -> bool:
    """Whether the colon or dash at ``at`` ends the record's level word and its logger's
    name that open the message (from ``start``): the head ``templates.record_header`` reads
    (Rust's ``DEBUG hickory_net::dnssec: <message>``, a module path as tracing and env_logger
    print their target; NLog's ``Debug NorBits - <message>``, a name, or a name and its
    instance's id in brackets: ``Error Indexer (<*>): …``), or the level's own colon, then a
    name and its colon (``info: rpz: <message>``, which the head leaves: such a name is as
    often what the message is about; _separates: weakly). The component that logs, one per
    call site's module or class, then its message, which is the event itself, not the cause
    of an operation. Not a verb's form after the level (``Error reading: <cause>``, ``Debug
    enabled - …``): the message's own words."""
    if at - start < 2 or not is_level_word(tokens[start]):
        return False
    if tokens[start + 1] == ":":
        name = start + 2
        while name + 3 < at and tokens[name + 1] == ":" and tokens[name + 2] == ":":
            name += 3  # (a module path, crate::module::sub)
        return at - start > 2 and name + 1 == at and _logger_word(tokens, kinds, name)
    header, logger = record_header(tokens, start)
    return header == at and logger == start + 1 and _logger_word(tokens, kinds, logger)


# a namespace's path, two names or more, each capitalised, dotted (NBXplorer.Indexer.BTC)
_NAMESPACE_PATH: Final = re.compile(r"[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+", re.ASCII)


def _logger_word(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether ``tokens[at]`` may be a logger's name: a word, not a verb's form in lower case."""
    return kinds[at] in (WORD, TITLE, CAPS, MIXED) and not (tokens[at].islower() and verb_form(tokens[at]))


def _function_after_location(tokens: list[str], at: int) -> bool:
    """Whether the colon at ``at`` ends a function's name after the file and line that open
    the record (masking keeps the file there: ``balancers.lua:163: create_balancer(): …``),
    as a logger's caller field prints both, or after values alone and their colon that open
    it (a process id and a time: ``<*> <*>: _low_level_execute_command(): …``): the
    function that logs, one call site's."""
    if at < 5 or tokens[at - 1] != ")" or tokens[at - 2] != "(" or tokens[at - 4] != ":":
        return False
    return (at >= 7 and location_file_at(tokens, at - 7)) or all(
        [token == WILDCARD or token == ":" for token in tokens[:at - 4]])


def _scoped_function(tokens: list[str], at: int) -> bool:
    """Whether the colon at ``at`` ends a call of a function named in its scope, a class's or
    a namespace's joined by ``::`` (``OC_Image::crop(): <message>``, PHP's ``__METHOD__ .
    '(): '``, C++'s ``Class::method()``): the function that logs, the call site's own label,
    never an operation whose cause follows (one that failed is named bare, ``open(): <error>``;
    the OS's error texts after it still fold, ``causes.fold_system_errors``) (round 32, r30json)."""
    return (at >= 6 and tokens[at - 1] == ")" and tokens[at - 2] == "(" and tokens[at - 4] == ":"
            and tokens[at - 5] == ":" and C_FUNCTION.fullmatch(tokens[at - 3]) is not None)


def _function_after_tag(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether the colon at ``at`` ends a function's name and its ``()`` right after a bracket
    and its colon (Kamailio's ``ERROR: tm [t_reply.c:<*>]: reply_light(): <message>``, a
    module's tag, its file and line, then ``__func__``): the place the message is logged
    from, a label of the head, not an operation whose cause follows; one function logs many
    messages there, each its own event. An operation's call is said after words
    (``pledge(): <cause>``, ``sync: open(): <cause>``), not after a bracketed location."""
    return (at >= 5 and tokens[at - 1] == ")" and tokens[at - 2] == "(" and tokens[at - 4] == ":"
            and tokens[at - 5] in _CAUSE_CLOSERS and kinds[at - 3] in _NAME_KINDS)


def _keyed_dash(tokens: list[str], spaced: list[bool], colon: int, end: int) -> bool:
    """Whether the colon at ``colon`` is a key's in a comma-separated key list (a comma before
    the key) and a lone dash with more after it follows: the key's value, none (``RequestId:
    <*>, ParentId: - <message>``), as a head of keys prints an empty one (after prose's colon
    a dash may open the cause: ``Something went wrong: - <cause>``)."""
    return (colon > 1 and tokens[colon - 2] == "," and colon + 2 < end and tokens[colon + 1] == "-"
            and spaced[colon + 2])


def _state_after_dash(tokens: list[str], kinds: list[int], dash: int, end: int) -> bool:
    """Whether the spaced dash at ``dash`` comes before one word that ends the message (or
    its quoted field): a subject and its state (``WebSocket connection - established`` /
    ``… - closed``), two events, not an operation and the cause a library gave (one word
    there is an errno's name or a value: ``read failed - EOF``)."""
    return dash + 2 == end and kinds[dash + 1] in (WORD, TITLE) and not ERRNO.fullmatch(tokens[dash + 1])


def _note_before(tokens: list[str], kinds: list[int], close: int) -> bool:
    """Whether the brackets closed at ``close`` hold words of prose only, two or more, a
    note of the operation's (``Found invalidated archive we can skip (no visits): <cause>``),
    not a thing's id or name (``TOPIC(<*>): created``, ``TOPIC(blue): created``)."""
    at = close - 1
    while at > 0 and close - at <= 6 and kinds[at] in (WORD, TITLE) and tokens[at].isalpha():
        at -= 1
    return at < close - 2 and tokens[at] == "("


def _ends_field(tokens: list[str], at: int) -> bool:
    """Whether the quote at ``at`` closes a message field: the record ends or goes on with
    its next key, or its bracket closes (a cause may hold quotes of its own: Get "<*>": …)."""
    return at + 1 == len(tokens) or tokens[at + 1] in (",", "}", "]") or (
        at + 2 < len(tokens) and tokens[at + 2] in ("=", ":"))


# A function's name in snake case, two words at least (on_prepare, ares_parse_soa)
FUNCTION_NAME: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", re.ASCII)
# a name of words joined by dashes (util-ebpf, kube-proxy): a module's, a file's, a program's,
# never a function's (no language's identifiers hold a dash)
DASHED_NAME: Final = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+", re.ASCII)
WEAKLY: Final = 2  # _separates: only causes that read as failures, both (after a thing's name)


def _separates(tokens: list[str], kinds: list[int], at: int, start: int = 0,
               timed: bool = False) -> bool | int:
    """Whether ``tokens[at]`` may separate an operation from its cause (cause_colon);
    ``WEAKLY`` after a thing's name or id that three words of an operation come before
    (``Breaking out of Route53 update loop for [<*>]: <cause>``): as after a bracket,
    only causes that read as failures fold there, both."""
    separator = tokens[at]
    weakly = False
    if separator in _CLOSERS and separator != ">":  # (a spaced ">" is no angle bracket's end)
        if tokens[at - 2] != _CLOSERS[separator] or kinds[at - 1] == PUNCT:
            return False
    elif separator[-1] in ".!" and len(separator) > 1:
        pass  # a sentence's last word
    elif separator == ",":
        # after a clause that ends with its failure (cause_colon); after one that opens with
        # it (failed to serve json, <cause>) the words after the comma may be the event's own
        # (failed to connect, retrying in <*>): as after a bracket, causes that read as
        # failures fold there, both
        weakly = _FAILURE_ENDS_CLAUSE.fullmatch(tokens[at - 1]) is None
    elif separator in _ANNOUNCING:
        pass  # a word that announces an error's text
    elif separator == ":" or separator == ">" or separator in _DASHES:
        if at + 2 < len(tokens) and tokens[at + 2] == ":" and FUNCTION_NAME.fullmatch(tokens[at + 1]):
            # a function's name and its own colon follow (Zig's debug(replica): <*>:
            # on_prepare: <message>): labels of where the event is logged, not a cause
            return False
        if separator == ":" and _class_label(tokens, kinds, at, start):
            return False  # (a class's or a component's label: its call site's message follows)
        if separator == ":" and _own_fault_label(tokens, kinds, at, start):
            return False  # (internal error: <message>: the program's own report, its words follow)
        if function_location_at(tokens, at + 1, True) or (
                separator in _DASHES and at >= 5 and function_location_at(tokens, at - 5, True)):
            # a code location with its function, file:function:line (the file masked whole,
            # a path: <*>:do_start:<*>), right after the separator or right before a dash: the
            # head's field saying where the record is logged (LXC's <name> ERROR <module> -
            # <file>:<function>:<line> - <message>), every call site's own, then its message;
            # no operation's cause holds it, nor follows it (round 32, lxcbatch)
            return False
        if separator in _DASHES and at >= 3 and tokens[at - 2] == ":" and location_file_at(tokens, at - 3):
            # a dash right after the file and line that the record's head prints
            # (cloud-hypervisor's ``<vmm> ERROR:vmm/src/vm.rs:42 -- <message>``): the head's
            # end, its call site's message after it, no operation's cause (after the line's
            # colon, ``x.go:42: <message>``, a message that reads as a failure still folds
            # whole: the line names the call site, and its words may hold values no rule
            # reads, ``source UDP address`` / ``source QUIC address``, r4 transmission)
            return False
        before = tokens[at - 1]
        logger = _level_and_logger(tokens, kinds, at, start)
        if (at == start + 3 and tokens[start + 1] == ":" and _NAMESPACE_PATH.fullmatch(before)
                and (tokens[start] in HEAD_LEVELS or is_level_word(tokens[start]))):
            # a level and its colon, then a namespace's path of capitalised names and its colon
            # (.NET's console logger, ``fail: NBXplorer.Indexer.BTC: <message>``,
            # ``info: Microsoft.Hosting.Lifetime: …``): the category that logs, a class's full
            # name, never an operation whose cause follows (a file's name ends in small letters,
            # ``config.yaml``), so the message after it is the call site's (round 40, r38c); the
            # level as heads print it (HEAD_LEVELS, which holds .NET's four letters: round 41,
            # dedupe41, no table of their own; its capitals, ``WRN: Acme.Sync: …``, ``FINE: …``,
            # were kept apart there by the readers below already) or a level word
            return False
        if logger and tokens[start + 1] == ":":
            # a level and its colon, then a name and its colon (unbound's info: rpz: <message>):
            # a component's tag as often as an operation and its errno's text (error:
            # gettimeofday: <strerror>): as after a bracket, causes that read as failures fold
            return WEAKLY
        if (_component_tag(tokens, kinds, at, start) or _code_location(tokens, at, start)
                or _title_label(tokens, kinds, at, start)
                or logger
                or (at + 1 < len(tokens) and method_path_at(tokens, at + 1))):
            return False  # (a method's path after the colon, executed: App\Auth::login: the code's, no cause)
        if _function_after_tag(tokens, kinds, at):
            return False
        if _scoped_function(tokens, at):
            return False  # (a function named in its scope, Class::method(): the call site's label)
        # the function that logs, named after the file and line that open the record: what
        # follows is that call site's message, which may be an error's text alone (log():
        # <error>); as after a bracket, only causes that read as failures fold there
        weakly = _function_after_location(tokens, at)
        if _label_after_label(tokens, kinds, at, start):
            if not FUNCTION_NAME.fullmatch(before) and not _CAMEL_NAME.fullmatch(before):
                return False
            # a function's name there (putHashes: <error>, on_connect: <error>) is as often the
            # operation an error's text alone follows: as after a bracket, causes that read as
            # failures fold
            weakly = True
        if _code_before(tokens, kinds, at):
            return True
        if not (kinds[at - 1] in _OPERATION_KINDS or before in _QUOTE_MARKS
                or (before == ")" and (tokens[at - 2] == "(" or _note_before(tokens, kinds, at - 1)))):
            # a thing's name or id before the colon: what follows is its event (Container <*>:
            # not running), but for what failed after a long operation (three words: two are
            # a thing's kind and a verb, measured)
            if _words_between(kinds, start, at) < 3:
                return False
            weakly = True
        elif _kind_and_quoted_name(tokens, kinds, at, start):
            weakly = True
        if (kinds[at - 1] in _NAME_KINDS and at - 1 > start and _header_tags(tokens, at - 1)
                and not _says_failure(before)):
            # a name alone after the record's bracketed header tags ([vm:<*>] pci: <message>):
            # a component's tag, as a name alone that opens a message is (selinux: …), not
            # an operation (an operation is said in words: failed to read: <cause>); a name
            # that says a failure comes before its cause ([error] UnknownErrorOnCounter: …)
            return False
        if kinds[at - 1] in _NAME_KINDS and 0 == start < at - 1 and _head_values(kinds, 0, at - 1) and (
                timed or (_head_fields(tokens, kinds, at - 1) and _component_name(before))):
            # so is one after the head's values alone when they open with a time (Go's log:
            # <date> <time> nomad: <message>; masking.opens_with_time), or a component's name
            # after a head's fields (<prio> | [<code>] | <pid> | scheduler: <message>): the
            # record's head, then the message, read as it is alone (nomad: <message>); after a
            # thing's id, a url, an address or a path, the name is that thing's event or
            # operation, whose cause may follow (<url> OFFLINE: <cause>, <id> disconnected:
            # <cause>, SHA1 output: <cause> of size <n>), and so is a function's after a head's
            # fields (squid's kid<*>| <*>(<*>) handleServerEnd: …)
            return False
        if (at == start + 2 and tokens[start] in _LEVEL_PREFIXES and kinds[at - 1] in _NAME_KINDS
                and not _says_failure(before)):
            # a level cut to its first three capitals (DEB, INF, WAR), then the logger's name,
            # that open the message (DEB finagle: <message>): the record's head, as a whole
            # level and a name are (_level_and_logger)
            return False
        if before.upper() in HEAD_LEVELS and _head_values(kinds, start, at - 1):
            # a record's level in any case (dbg, Info, WRN) with only the head's values and
            # tags before it ([<pid>] dbg: <message>): the colon ends the record's head, what
            # follows is the message, each call site's own event, never the cause of an
            # operation (a level word says how grave the record is, not what was done)
            return False
        if before in STATUS_WORDS and (at - 1 <= start or tokens[at - 2] in (":", "]", "|")):
            # a step's status in a field of its own (<script>: <command>: FAIL: <message>,
            # causes._status_label): how it ended, then the message, the call site's own
            return False
        if before.isupper() and (is_level_word(before) or before in HEAD_LEVELS
                                 or _header_tags(tokens, at - 1)):
            # a record's level in capitals (TOPIC(<*>) ERROR: …), or a word in capitals right
            # after the record's header tags ([ET_NET <*>] DIAG: …), a level of its own
            # program's: what follows is its message
            return False
        if (kinds[at - 1] != CAPS and at > 1 and cue_at(tokens, at - 1) == STRONG_CUE
                and before.lower() not in CUE_WORDS):
            return False  # a word introduced as a value (for blue:, not by app:): a thing's name
    else:
        return False
    if _level_head(tokens, kinds, at):
        # the record's level and the head's values alone before it (logrus's ``WARN[<time>]
        # failed get user: <cause>``, ``ERRO[<time>] Doge init session error: <cause>``): the
        # head, no operation; the message after it reads as it would alone, where a word that
        # opens it says no operation before it (round 39, r37a)
        return False
    # (a sentence's last word, the separator, is a word of its context: Closing connection. <cause>)
    sentence = separator[-1] in ".!" and len(separator) > 1
    if not _context_of_two(kinds, start, at + 1 if sentence else at):
        return False
    return WEAKLY if weakly else True


def _slice_bounds(length: int, start: int, end: int) -> tuple[int, int]:
    """The indices a slice ``[start:end]`` of a list of ``length`` items covers (negative ones
    from the end, as the slice reads them), for loops that read the list in place."""
    if start < 0:
        start = max(start + length, 0)
    if end < 0:
        end += length
    return start, min(end, length)


def _words_between(kinds: list[int], start: int, end: int) -> int:
    """How many of ``kinds[start:end]`` are a word's (``WORD``, ``TITLE``): one loop, no list."""
    words = 0
    start, end = _slice_bounds(len(kinds), start, end)
    for at in range(start, end):
        kind = kinds[at]
        if kind == WORD or kind == TITLE:  # noqa: SIM109 (two compares, compiled)
            words += 1
    return words


def _context_of_two(kinds: list[int], start: int, end: int) -> bool:
    """Whether ``kinds[start:end]`` hold two tokens or more that are no mark, one of them no
    value (``_separates``' context: a word said before the separator): one loop, no list."""
    tokens = 0
    word = False
    start, end = _slice_bounds(len(kinds), start, end)
    for at in range(start, end):
        kind = kinds[at]
        if kind != PUNCT:
            tokens += 1
            if kind != WILD:
                word = True
    return tokens >= 2 and word


# Words that name a code (rejected with code <*>: <message>, exited with status <*>: …)
_CODE_WORDS: Final = frozenset(form for word in ("code", "errno", "status", "rc")
                        for form in (word, word.title(), word.upper()))


# levels cut to three capitals, as some loggers print them in a fixed width (DEB, INF, WAR, ERR)
_LEVEL_PREFIXES: Final = frozenset(word[:3].upper() for word in (
    "debug", "info", "warning", "error", "fatal", "trace", "critical", "verbose"))


def _after_level_mark(tokens: list[str], opener: int) -> bool:
    """Whether the bracket at ``opener`` follows a record's level and the colon or dashes
    after it (Ruby's Logger, tagged by Rails: ``INFO -- : [<request id>] <message>``; ``ERROR:
    [tag] …``), or a program's name, its process id in square brackets and a colon (syslog's
    tag: ``<time> host app[<pid>]: [src/server.c:<line>] <message>``): the head ends there,
    and the bracket is a tag or a location that opens the message."""
    if tokens[opener] == "[" and (
            process_tag_end(tokens, opener - 1)
            or (opener >= 2 and tokens[opener - 1] == ":" and tokens[opener - 2] == WILDCARD)):
        return True
    at = opener - 1
    while at > 0 and (tokens[at] == ":" or tokens[at] in _DASHES):
        at -= 1
    return at < opener - 1 and tokens[at] in HEAD_LEVELS


def _head_values(kinds: list[int], start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` (by their ``kinds``) are values and marks alone
    (``[<*>]``, ``<*> <*>:``): what a record's head prints before its level (a time, a process
    id, a thread), no word."""
    start, end = _slice_bounds(len(kinds), start, end)
    return head_values_end(kinds, start, end) >= end


def _values_and_tags(tokens: list[str], kinds: list[int], end: int) -> bool:
    """Whether ``tokens[:end]`` are the head's values and marks alone (``_head_values``), or
    its values, keys with a value, bracketed tags and one level (``<*> [BACKUP] [<*>]``,
    ``[http]<*>[<*>]``, ``<*> INFO [net]``, ``<*> INFO pid=<*>``): fields every record of the
    program prints, no word of its message."""
    if _head_values(kinds, 0, end):
        return True
    at = 0
    level = False
    while at < end:
        if tokens[at] in _OPENERS:
            at = _field_end(tokens, at, end)
            if at < 0:
                return False
        elif kinds[at] in (WILD, PUNCT):
            at += 1
        elif not level and tokens[at] in HEAD_LEVELS:
            level = True
            at += 1
        elif at + 2 < end and tokens[at + 1] == "=" and kinds[at + 2] == WILD:
            at += 3  # (a key of the head and its value: pid=<*>)
        else:
            return False
    return True


def _glued_head_index(tokens: list[str], kinds: list[int], spaced: list[bool], opening: int) -> bool:
    """Whether the square bracket that opens at ``opening`` is glued to a name that follows
    the head's values, level and tags (``<*> DEBUG Acme.Store[<*>]``, ``<*> host
    ordersd[<*>]``), or to the name that opens the record, one value in it (``ordersd[<*>]
    <message>``, NSLog's ``Runner[<pid>:<tid>] <message>``): the name's number (.NET's event
    id, a program's pid), a field of the head. (Not a round one: ``<*> ERROR: db_query(<*>) -
    <message>`` is a function's call, the message's; not a level's or a failure's word that
    opens the record, ``Error[<*>] <cause>``.)"""
    name = opening - 1
    if tokens[opening] == "(" and not spaced[opening] and name >= 1:
        return _typed_head_value(tokens, kinds, name)
    if tokens[opening] != "[" or spaced[opening] or name < 0 or kinds[name] in (WILD, PUNCT):
        return False
    if name == 0:
        # (the program's name and its process, printed by every call site: what follows is
        # the message, a sentence of the event's own, not a cause after an error's code; a
        # word must follow the bracket: a level's marks there, juicefs' <ERROR>:, are read
        # by the head's own rules, as before)
        word = opening + 3
        return (kinds[opening + 1] == WILD and tokens[opening + 2] == "]" and word < len(tokens)
                and kinds[word] not in (WILD, PUNCT) and not is_level_word(tokens[word])
                and not is_level_word(tokens[0]) and not reads_as_failure_word(tokens[0]))
    return _values_and_tags(tokens, kinds, name)


def _typed_head_value(tokens: list[str], kinds: list[int], name: int) -> bool:
    """Whether a type's name glued to one value in round brackets follows the record's level
    and values alone, a word after it (tracing-subscriber's ``<*> ERROR ThreadId(<*>)
    target: <message>`` with its thread ids, a type's debug print): a field of the head,
    every call site's; what follows is the message, no cause after a bracketed class
    (``(IOError) execution expired``). A type's name is capitalised (``ThreadId``,
    ``Worker``); a function's call is not (``ERROR: db_query(<*>) - <message>``, the
    message's), nor an error's class (``ERROR IOError(<*>) <cause>``)."""
    after = name + 4
    return (kinds[name] in (WORD, TITLE, MIXED) and tokens[name][:1].isupper()
            and kinds[name + 2] == WILD and tokens[name + 3] == ")" and after < len(tokens)
            and kinds[after] not in (WILD, PUNCT) and is_level_word(tokens[name - 1])
            and _level_head(tokens, kinds, name) and not reads_as_failure_word(tokens[name]))


def _head_fields(tokens: list[str], kinds: list[int], end: int) -> bool:
    """Whether the values and marks ``tokens[:end]`` are fields of a head as a format string
    prints them: parted by a bar (``(<*>) |``), or two values at least, one in brackets
    (``<*> (<*>) <*> -``); a thing's id that opens its event is one value, bare."""
    head = tokens[:end]
    return "|" in head or (kinds[:end].count(WILD) >= 2 and ("[" in head or "(" in head))


def _level_head(tokens: list[str], kinds: list[int], end: int) -> bool:
    """Whether ``tokens[:end]`` are a record's head: its level (a word in any case, ``dbg``,
    ``ERROR``, or a letter, ``E``) with values and marks alone around it (``[<*>] ERROR -``,
    ``E:<*>:``)."""
    level = False
    for at in range(end):
        kind = kinds[at]
        if kind in (WILD, PUNCT):
            continue
        token = tokens[at]
        if level or not (token.upper() in HEAD_LEVELS or token in LEVEL_LETTERS or token in CAPS_LEVELS):
            return False
        level = True
    return level


def _code_before(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether the colon at ``at`` follows a code and the word that names it (``rejected
    with code <*>: leader changed``): what follows is the code's message, whatever it says,
    as in brackets (``(111: Connection refused)``, tokens._coded_message); a code is no
    thing whose event follows (``channel <*>: closing``)."""
    return at >= 2 and kinds[at - 1] == WILD and tokens[at - 1] == WILDCARD and tokens[at - 2] in _CODE_WORDS


def _kind_and_quoted_name(tokens: list[str], kinds: list[int], at: int, start: int) -> bool:
    """Whether the message starts with a thing's kind and its quoted name before the colon at
    ``at`` (HAProxy's ``Proxy '<*>': …``, ``Server '<*>': …``): a thing's id, as ``channel
    <*>:`` is, and the event follows; not an operation on a quoted operand (``open '<*>':
    <cause>``, ``Loading '<*>': <cause>``): a verb, lower-case or in a verb's form."""
    if at != start + 4 or tokens[at - 1] not in _QUOTE_MARKS or tokens[start + 1] != tokens[at - 1]:
        return False
    kind = tokens[start]
    if kinds[start + 2] != WILD or kind.endswith(("ed", "ing")) or kind.lower() in _LEAD_VERB_FORMS:
        return False
    # a kind in small letters too (Klipper's ``mcu '<*>': Timeout on connect``): a plain word,
    # no verb of an operation (``stat '<*>': <cause>``, ``exec '<*>': <cause>``) (round 37, losses37)
    return kinds[start] == TITLE or (
        kinds[start] == WORD and kind.isalpha() and kind not in OPERATION_VERBS and kind not in _SYSTEM_CALLS)


# The OS's calls a program names before their quoted operand (``stat '<*>': <cause>``): verbs,
# no thing's kind (_kind_and_quoted_name)
_SYSTEM_CALLS: Final = frozenset((
    "stat", "lstat", "fstat", "mkdir", "rmdir", "chdir", "chmod", "chown", "unlink", "symlink", "link",
    "readlink", "realpath", "access", "opendir", "readdir", "truncate", "ftruncate", "fsync", "mmap",
    "ioctl", "dlopen", "execve", "exec", "popen", "socket", "getaddrinfo", "utime", "utimes", "statfs",
))


# Verbs that start a message in the imperative (Open '<*>': …): not a thing's kind.
_LEAD_VERB_FORMS: Final = frozenset((
    "open", "close", "read", "write", "load", "save", "create", "delete", "remove", "add", "get", "set",
    "put", "send", "start", "stop", "connect", "parse", "resolve", "mount", "unmount", "run", "execute",
    "fetch", "lookup", "find", "copy", "move", "rename", "sync", "stat", "unlink", "bind", "listen",
))


# A program's own failure said in words (messagePump error, failed to subscribe), not the
# state a library reports (Connection refused - connect(2) …, Permission denied - x)
_OWN_FAILURE: Final = re.compile(
    r"\b(?:[Ff]ail(?:ed|ure|s)?|FAIL(?:ED|URE)?|[Ee]rrors?|ERRORS?|Err|[Uu]nable|[Cc]annot|[Cc]an't"
    r"|[Cc]ould not|[Cc]ouldn't|[Ee]xception|[Pp]roblem|[Pp]anic(?:ked)?|[Cc]rash(?:ed)?)\b")


def may_say_failure(text: str) -> bool:
    """``_OWN_FAILURE.search(text) is not None``, the engine asked only where the text holds
    a piece of one of its words (``ail``: fail, failed; ``FAIL``; ``rr``: error, Err;
    ``RR``: ERROR; ``nable``, ``annot``, ``an't``, ``ould``: could not, couldn't;
    ``xception``, ``roblem``, ``anic``, ``rash``): every match holds one, as the pattern
    is cased, and most texts asked hold none. The pattern opens with ``\b`` and an
    alternation, no literal prefix or charset for the engine to skip by: its search tries
    the alternatives at every word's start (round 38, speed38b, as speed38's
    ``may_say_own_failure``)."""
    return ("rr" in text or "ail" in text or "RR" in text or "FAIL" in text or "nable" in text
            or "annot" in text or "an't" in text or "ould" in text or "xception" in text
            or "roblem" in text or "anic" in text or "rash" in text) and (
        _OWN_FAILURE.search(text) is not None)
# A failure said as the last word of its clause (Deployment failed, <cause>; Pipeline close
# error, <cause>): a comma after it parts the failure from its cause, as a colon would
_FAILURE_ENDS_CLAUSE: Final = re.compile(r"[Ff]ail(?:ed|ure)|FAIL(?:ED|URE)|[Ee]rror|ERROR", re.ASCII)


# A program's own failure said as a clause that goes on with what was being done (Error while
# sending, failed due to, Unable to, exception during): a sentence of its own, not what a
# library or the OS reports (Input/output error, connection refused)
_OWN_FAILURE_CLAUSE: Final = re.compile(_OWN_FAILURE.pattern + r" (?:while|during|due to|to|when)\b")


def own_failure_sentence(tokens: list[str], kinds: list[int], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` is a sentence of the program's own that says a failure as a
    clause that goes on (``Error while sending …``, ``Sending … failed due to …``,
    ``Unhandled exception while …``): its first word capitalised, no colon of its own (a
    wrapped error's, ``failed to get lease: <*>``), and one of the program's words of failure
    then ``while``, ``during``, ``due to``, ``to`` or ``when`` (round 32, weaksep)."""
    if start >= end or kinds[start] != TITLE:
        return False
    stop = end
    if ":" in tokens[start + 1:end]:
        # its own cause after its own colon (Klipper's ``mcu '<*>': Unable to open CAN port:
        # <cause>``): the sentence before the colon, capitalised, three words or more, says
        # the failure as a clause that goes on; the program's, as Go's lower-case wrapped
        # errors are not (round 37, losses37)
        stop = tokens.index(":", start + 1, end)
        if stop - start < 4:
            return False
    if tokens[start] == "Not" and _declined_action(tokens, kinds, start + 1, stop):
        return True
    return may_say_own_failure(" ".join(tokens[start:stop]))


def _declined_action(tokens: list[str], kinds: list[int], at: int, stop: int) -> bool:
    """Whether ``tokens[at]``, after a sentence's capitalised ``Not``, is a verb's ``-ing``
    form in small letters that two words or more follow (``Not acknowledging message <*> from
    …``, ``Not retrying the upload of …``): the program says what it declines to do, in its
    own words, a clause that goes on; no library's text of a failure opens so (theirs say a
    state, ``not found``, ``not a directory``), though ``Not`` reads as a word of failure
    (round 43, weak43)."""
    if stop - at < 3 or kinds[at] != WORD:
        return False
    word = tokens[at]
    return len(word) > 5 and word.endswith("ing") and word.isalpha() and word.islower()


def may_say_own_failure(text: str) -> bool:
    """``_OWN_FAILURE_CLAUSE.search(text) is not None``, the engine asked only where the text
    holds a word of the clause after a space (`` to``, `` wh``: while, when; `` during``; due
    to's is `` to``): every match holds one, and most sentences hold none (the search tries
    its alternatives at every word's start, some 13,000 instructions a sentence compiled:
    round 38, speed38); and only where a piece of a failure word is (``may_say_failure``: the
    clause's pattern opens with ``_OWN_FAILURE``'s, so each of its matches holds one of
    that's; round 38, speed38b)."""
    return (" to" in text or " wh" in text or " during" in text) and may_say_failure(text) and (
        _OWN_FAILURE_CLAUSE.search(text) is not None)


_CLAUSE_STARTS: Final = frozenset((":", "]", ")", ";", "-", "|"))
_OPENING_FAILURE: Final = re.compile(
    r"(?:[Ff]ailed|[Uu]nable|[Cc]annot|[Cc]an't|[Cc]ould not|[Cc]ouldn't) ", re.ASCII)


def _opens_with_failure(tokens: list[str], comma: int) -> bool:
    """Whether the clause that ends at the comma at ``comma`` opens with a failure (``failed to
    serve json, <cause>``, ``Unable to open the store, <cause>``), as Go's and Java's
    ``"failed to …, %v"`` print one before the error's text; the clause starts after the
    record's head (a colon or bracket) or at the message's start."""
    start = comma - 1
    while start > 0 and tokens[start - 1] not in _CLAUSE_STARTS:
        start -= 1
    return comma - start >= 3 and _OPENING_FAILURE.match(" ".join(tokens[start:start + 2])) is not None


def says_failure(tokens: list[str], kinds: list[int], at: int, spaced: list[bool]) -> bool:
    """Whether the words after ``at`` read as a failure's cause: two states or phrases of
    an event after a colon (``Replica state: catching up`` / ``…: fully synced``) are two
    events, two causes of one failed operation one."""
    if len(tokens) == at + 2 and (kinds[at + 1] == WILD or ERRNO.fullmatch(tokens[at + 1])):
        return True
    if WILD in kinds[at + 1:] and all(kind in (WILD, PUNCT) for kind in kinds[at + 1:]):
        return True  # values alone (<*>: <*>, as a template that met two causes holds them)
    if (tokens[-2] == ":" and tokens[-1] == WILDCARD and len(tokens) > at + 3 and spaced[-1]
            and not _label_words(tokens, kinds, at + 1, len(tokens) - 2)):
        return True  # a cause of its own folded at its end (read tcp <*>: <*>)
    if _text_after_sentence(tokens, kinds, at) or (tokens[at] == ":" and _code_before(tokens, kinds, at)):
        return True  # (a code's message: what the code says, whatever its words)
    return any(failure_word(token) for token in tokens[at + 1:])


def slotted_event(tokens: list[str], kinds: list[int], start: int, end: int) -> bool:
    """Whether the text after an operation's colon that says no failure is a sentence with a
    slot of its own at its end: two words or more in lower case, then a value that ends it
    (flow's ``flow default: format on save <*>``): the call site's event, which a failure
    said later after the same colon (``flow default: set_fontface not supported``) does not
    fold with (round 31, learned31)."""
    words = 0
    for at in range(start, end):
        kind = kinds[at]
        if kind == WORD:
            words += 1
        elif kind == WILD:
            return words >= 2 and at == end - 1  # (the slot ends the sentence: format on save <*>)
        else:
            return False
    return False


# A word of prose in a sentence of the call site's own: letters (a snake_case name's
# underscores too), no digit, quote, dot, slash or other mark of a value
_PROSE_WORD: Final = re.compile(r"[A-Za-z][A-Za-z_]*", re.ASCII)
# the negations a program's own sentence says its state with (is not active, not supported)
_NEGATIONS: Final = frozenset(("not", "no", "Not", "No"))


def constant_sentence(tokens: list[str], kinds: list[int], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` (the text after an operation's colon) is a constant
    sentence of the call site's own: a capitalised word then two words of prose or more
    (``_PROSE_WORD``), nothing else, and no word of what a library or the OS says when
    something failed (``reads_as_failure_word``: refused, timeout, closed, invalid, ...)
    but the negations (``User found but is not active``). A library's cause is said in lower
    case (Go's and Rust's error texts: ``not enough replicas``, ``rebalance in progress``)
    or holds its failure word or a value; not what the OS says either
    (``causes.system_error_text``: ``No such file or directory``, ``Not a directory``)
    (round 33, whole33)."""
    if end - start < 3 or kinds[start] != TITLE:
        return False
    for at in range(start, end):
        token = tokens[at]
        if kinds[at] != WORD and kinds[at] != TITLE:
            return False
        if _PROSE_WORD.fullmatch(token) is None:
            return False
        if token not in _NEGATIONS and reads_as_failure_word(token):
            return False
    return not system_error_text(" ".join(tokens[start:end]))


def two_constant_sentences(
    text: list[str], text_kinds: list[int], known: list[str], known_kinds: list[int],
) -> bool:
    """Whether ``text`` and ``known``, two texts after one operation's colon, are two constant
    sentences (``constant_sentence``) that are no one sentence with a slot of one word: not
    of one length differing at one place only (``Reloading gateway config file`` /
    ``Reloading system config file``): two call sites' sentences, not a cause and another
    (round 33, whole33)."""
    if not (constant_sentence(text, text_kinds, 0, len(text))
            and constant_sentence(known, known_kinds, 0, len(known))):
        return False
    if len(text) != len(known):
        return True
    differ = 0
    for at in range(len(text)):
        if text[at] != known[at]:
            differ += 1
    return differ > 1


def own_operand_message(tokens: list[str], kinds: list[int], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` (the text after an operation's colon) is a message of
    the call site's own: a clause of three words or more in lower case that names its
    operand, a value, right before a colon of its own and the cause after it (``failed to
    read <*>: <*>``, ``cannot read magic from hyperscan cache file <*>: <*>``). What the OS
    or a library says wraps an operation of one or two words and its operand (``read tcp
    <*>: <*>``, ``open <*>: <*>``, ``lookup <*> on <*>: <*>``); a program's own sentence
    with its operand is its call site's event, not one cause among others (round 31,
    learned31)."""
    if end - start < 6 or kinds[start] != WORD:
        return False
    words = 0
    for at in range(start, end - 1):
        kind = kinds[at]
        if kind == WORD:
            words += 1
        elif kind == WILD:
            if tokens[at + 1] == ":":
                return words >= 3 and at + 2 < end
        elif kind != TITLE:
            return False  # (brackets, keys, quotes: a library's text, int() with base <*>: …)
    return False


# the words that join a field at a sentence's end to it (… is not numeric for symbol: '<*>')
_FIELD_CONNECTORS: Final = frozenset(("for", "of", "on", "in", "at", "to", "from", "with", "by"))


def same_field_at_end(text: list[str], text_kinds: list[int], known: list[str]) -> bool:
    """Whether two texts after an operation's colon end alike with a word, its colon and a
    value (quoted or not) and differ before it (rspamd's ``one_shot attribute is not boolean
    for symbol: '<*>'`` / ``score attribute is not numeric for symbol: '<*>'``): two sentences
    of the program's own that name the same field at their ends, two call sites; causes a
    library says end with their own words. Prose before it only, and a word that joins the
    field to the sentence right before it (``for symbol: …``): a text of fields (``uri: <*>
    regex: <*> match: <*>``) is one event's record, whose values may hold spaces, and a field
    right after a cause (``reason: Connection reset alt-jid: <*>``, ``err: <cause> path:
    <*>``) the record's next one (round 31, learned31)."""
    end = len(text)
    colon = end - 2
    while colon > 1 and text[colon] != ":":
        colon -= 1
    if (colon < 2 or text_kinds[colon - 1] != WORD or end - colon > 4 or ":" in text[:colon]
            or text[colon - 2] not in _FIELD_CONNECTORS):
        return False  # (fields before it, uri: <*> regex: <*> match: <*>: a record's, one event)
    tail = text[colon + 1:]
    if WILDCARD not in tail or any(token != WILDCARD and token not in _QUOTE_MARKS for token in tail):
        return False
    size = end - colon + 1  # (the word, its colon and the value)
    return len(known) > size and known[-size:] == text[-size:]


def _label_words(tokens: list[str], kinds: list[int], start: int, colon: int) -> bool:
    """Whether ``tokens[start:colon]`` is a label in words, capitalised first, before its
    colon and value (``Upload Temp Rest Time: <*>``, ``Cache chunk path: <*>``): a
    sub-message of its own, a field and its value, not an operation a library wraps
    (``read tcp <*>: <*>``, ``json: <*>``)."""
    return (colon - start > 1 and kinds[start] == TITLE
            and all(kind in (WORD, TITLE) for kind in kinds[start + 1:colon]))


# words after which a sentence says what it did or found it for, of or about: a reason, a
# title, a name, in words of their own (Attempting to block all operations for <reason>.)
_TEXT_CUES: Final = frozenset(("for", "because", "titled", "named", "called", "to"))
_NAMING_CUES: Final = frozenset(("for", "titled", "named", "called"))  # (not a reason's: due to, because)
# every word and mark of _CAUSE_SEPARATORS, _ANNOUNCING and _TEXT_CUES (cause_colon's first test)
_COLON_CUES: Final = _CAUSE_SEPARATORS | _ANNOUNCING | _TEXT_CUES


def _no_colon_cue(tokens: list[str]) -> bool:
    """Whether ``tokens`` hold no separator of a cause, no word that announces an error's
    text, no cue of a text (_COLON_CUES), and no token between the first and the last that
    ends with a stop or ``!``: cause_colon finds nothing then (most mined messages). One
    loop over the tokens, not three sets' isdisjoint and a list of their last characters."""
    last = len(tokens) - 1
    for at, token in enumerate(tokens):
        if token in _COLON_CUES:
            return False
        if 0 < at < last:
            end = token[-1]
            if end == "." or end == "!":
                return False
    return True


def _text_cue(tokens: list[str], kinds: list[int], start: int, end: int) -> int:
    """Where the word is (``_TEXT_CUES``; ``to`` after ``due``) after which a whole sentence
    (``SENTENCE_WORDS`` words) ends with a text of two words or more, up to ``end``: no key,
    bracket or field's mark in it (a record's fields), or -1. The first such word from
    ``start`` is taken: what follows it may hold the word too (``… for quota exceeded for
    tenant.``)."""
    for at in range(start + SENTENCE_WORDS, end - 1):
        word = tokens[at]
        if word in _TEXT_CUES and (word != "to" or tokens[at - 1] == "due") and (
                word_count(kinds[start:at]) >= SENTENCE_WORDS):
            if word in _NAMING_CUES and (
                    word_count(kinds[max(start, header_end(tokens) + 1):at]) < _OWN_SENTENCE_WORDS):
                # (a word that names what follows, for, called, is a value's cue after a
                # sentence of the message's own, two words at least after the record's header:
                # Ruby's I, [<*>] INFO -- Director: Checking for new packages in release is the
                # call site's, its level and logger no words of the sentence; a reason's, due
                # to, because, after any)
                return -1
            return at if _free_text(tokens[at + 1:end], kinds[at + 1:end]) else -1
    return -1


def _free_text(text: list[str], kinds: list[int]) -> bool:
    """Whether a text after a ``_TEXT_CUES`` word is one value: two words or more and no
    value, key, bracket or field's mark in them (a text that holds a value of its own, ``…
    because new update <*> has a custom policy``, is the program's own sentence, with its
    own slot, and so is one that holds a name of code: ``… because new update orders.api has a
    custom policy``), or one value alone (a query, a text the masker folded)."""
    if len(kinds) == 1:
        return kinds[0] == WILD
    return (WILD not in kinds and MIXED not in kinds and word_count(kinds) >= 2 and kinds[0] != PUNCT
            and kinds[-1] != PUNCT and _TEXT_MARKS.isdisjoint(text)
            and not any([name_shapes(word) & IS_CODE_NAME or _constant_name(word) for word in text]))


def _constant_name(word: str) -> bool:
    """Whether ``word`` is a constant's name in capitals, two parts or more joined by ``_``
    (``CAP_SYS_ADMIN``, ``O_NONBLOCK``): a name of code a program writes into its own sentence,
    as ``_free_text``'s names of code are (round 41, r39c)."""
    core = word.rstrip(".,;:!?")
    return ("_" in core and 65 <= ord(core[0]) <= 90 and core.replace("_", "").isalnum()
            and core.isupper() and core.isascii() and "" not in core.split("_"))


_TEXT_MARKS: Final = frozenset(("=", ":", "|", ";", "(", ")", "[", "]", "{", "}", '"'))


SENTENCE_WORDS: Final = 4  # words of a sentence before a colon after which a text of words is a value
_OWN_SENTENCE_WORDS: Final = 2  # of them after the record's header, before a naming cue (_text_cue)


def _text_after_sentence(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether the colon at ``at`` ends a sentence of ``SENTENCE_WORDS`` words or more and a
    text of two words or more follows it (``Barcode of type <*> found: <text>``): a whole
    sentence before a colon says the event, and what it says it of (a peer's message, a
    reason, a query) is a value, whatever its words; a label or a short phrase before one
    (``Replica state: catching up``) names a state, whose words are the event."""
    before = tokens[at - 1]
    if tokens[at][-1] in ".!" and len(tokens[at]) > 1:
        # a whole sentence, then a text of free words (no value, no mark: a sentence of the
        # program's own holds one as often): what went wrong, as the peer said it
        return word_count(kinds[:at + 1]) >= SENTENCE_WORDS and _free_text(tokens[at + 1:], kinds[at + 1:])
    if tokens[at] in _TEXT_CUES:
        return _free_text(tokens[at + 1:], kinds[at + 1:])
    return (tokens[at] == ":" and before.isalpha() and (before.islower() or (
                kinds[at - 1] == TITLE and at > 1 and tokens[at - 2][-1] in ".!"))
            and word_count(kinds[:at]) >= SENTENCE_WORDS and word_count(kinds[at + 1:]) >= 2
            and kinds[at + 1] != CAPS)


def cause_key(tokens: list[str], kinds: list[int], at: int) -> tuple[str, ...]:
    """The text before a trailing cause, with the words that may vary (``templates.varying``)
    and the values around a stem as ``<*>`` (``Login refused for <*>:`` whoever it was).
    Read from that text alone, so that every cause after it gives one key."""
    named = tokens[:at + 1]
    # (but a function's name in snake case right before a dash that ends it, 389 Directory
    # Server's `- LEVEL - <subsystem> - <function> - <message>`: where the record is logged,
    # two functions two call sites, each with its own causes; round 35, r33a)
    function = at - 1 if at > 1 and tokens[at] in _DASHES and FUNCTION_NAME.fullmatch(
        tokens[at - 1].lstrip("_")) is not None else -1
    for index in varying(named, kinds[:at + 1]):
        if index != function:
            named[index] = WILDCARD
    leading = prefix_at(tokens, kinds)
    if 0 <= leading < at - 1:
        named[leading] = WILDCARD  # a leading name (ledger: …, [orders] …) varies within one event
    # a value around a stem (cus_<*>) is a value there as much as <*>
    return tuple([WILDCARD if kinds[index] == MIXED or kinds[index] == WILD else named[index]
                  for index in range(at + 1)])


BRACKET_PAIRS: Final = {"(": ")", "[": "]", "{": "}"}
_QUOTE_MARKS: Final = frozenset("'\"")


# the marks after which a template's last value is a key's or a label's (value_to_end)
_VALUE_KEY_MARKS: Final = frozenset((":", "="))
# constant words before such a value that anchor the rest of a longer record to it: a label
# alone (``heartbeat: <*>``) is many events' (``ciod: <event> at line <*> …``)
VALUE_ANCHOR_WORDS: Final = 2
# after the value, outside brackets, the record's next field or clause (limit=<*> bytes=<*>,
# result: <*>, path: <*>, <*>, retrying in <*>)
_NEXT_FIELD: Final = frozenset(("=", ","))


def value_to_end(short: list[str], short_kinds: list[int], long: list[str], long_kinds: list[int],
                 template_is_short: bool) -> bool:
    """Whether ``long`` is ``short`` with more tokens in the value that ends ``short``: the
    value of a key or a label (``short`` ends ``… : <*>`` or ``… = <*>``) holds the rest of
    the record, whatever its length (``open repository <*> of user <*>: <*>`` / ``…: <*>:
    Read timed out. (read timeout=<*>)``). One slot, one call site's: the two agree exactly
    before it (equal tokens, or a variable of the template, the one of the two already
    known), with ``VALUE_ANCHOR_WORDS`` constant words of the message there (not of the
    record's header, nor a label that opens the message, words alone and a colon, whose
    event follows it), so two sentences that differ in a word stay two; the slot is a value
    in ``short`` already (the call site prints values there), and what ``long`` holds after
    it is no other field of the record: no ``=`` or ``,`` outside brackets (``limit=<*>
    bytes=<*>``, ``result: <*>, path: <*>``: another key), no field's end (``|``, ``;``), its
    brackets balanced, at most ``MAX_TEXT`` tokens; and not words alone (``heartbeat: <*>`` /
    ``…: the peer went away before we could finish`` may be the label's own sentence, as
    ``_ended_text`` says): a value, a mark among them; and where a colon follows the value
    (a chain of labels: ``mount FAILED : <*> : point <*>`` / ``…: block_id : location``),
    an error's text, that reads as a failure (``<*>: request timed out``), as a cause does,
    or a wrapped error, an operation's colon and a value last (``dial tcp <*>: connect: <*>``;
    not a field's key, a name of code, and its value: ``…: <*>: block_id: location``)."""
    at = len(short) - 1
    if at < 2 or short_kinds[at] != WILD or short[at - 1] not in _VALUE_KEY_MARKS:
        return False
    if not 1 < len(long) - at <= MAX_TEXT or long[at - 1] != short[at - 1]:
        return False
    template, template_kinds, record = (short, short_kinds, long) if template_is_short else (
        long, long_kinds, short)
    for place in range(at):
        if template[place] != record[place] and template_kinds[place] != WILD:
            return False
    # (the anchor is the message's words: a record's header, its level and logger, is every
    # event's: [debug] fetch_channel: <*> / [debug] <*>: Failed to render item.)
    header = record_header(short)[0]
    if header < 0:
        # nor the record's level after the head's values alone, with a key of the head after
        # it (<time> ERROR pid=<*> <message>: a record whose message was a value alone would
        # read every other message as the pid's value)
        header = opening_level(short, short_kinds, at)
    if word_count(short_kinds[header + 1:at]) < VALUE_ANCHOR_WORDS:
        return False
    if short[at - 1] == ":" and all(kind in _SENTENCE_KINDS for kind in short_kinds[header + 1:at - 1]):
        # words alone and a colon open the message: a label (WebSocket Pinger: <*>), and the
        # event's own message after it (… sending ping frame / … received pong frame <*>)
        return False
    depth = 0
    chained = False  # a label's colon after the value: a chain of labels, or a wrapped error
    for token in long[at:]:
        if token in _FIELD_MARKS or (not depth and token in _NEXT_FIELD):
            return False
        chained = chained or (not depth and token == ":")
        if token in BRACKET_PAIRS:
            depth += 1
        elif token in _CAUSE_CLOSERS:
            depth -= 1
            if depth < 0:
                return False
    # (words alone there may be a sentence of the event's own: _ended_text's, short and
    # lower-case; a value of another length holds a value or a mark of its own)
    if depth or STRONG in long_kinds[at:] or all(kind in _SENTENCE_KINDS for kind in long_kinds[at:]):
        return False
    if _value_and_note(long, long_kinds, at) or _value_and_sentence(long, long_kinds, at):
        return False
    if chained and _more_keys(short, short_kinds, at, long, long_kinds):
        # a list of keys and values, each key a word after the value before it (``since: <*>
        # first_count: <*>`` / ``… first_count: <*> count: <*>``): the key after the value is
        # another field of the list, another call site's (round 38, losses38)
        return False
    # (a colon after the value chains labels, BGL's mount FAILED : <*> : point <*> / … : <*> :
    # block_id : location; a wrapped error's, op: cause, reads as a failure, as causes do, or
    # ends with an operation's colon and a value, dial tcp <*>: connect: <*>, as inner_run_at's,
    # not a field's, a name of code and its value: block_id : <*>)
    return not chained or reads_as_failure(long[at:], long_kinds[at:]) or (
        long[-2:] == [":", WILDCARD] and long_kinds[-3] in (WILD, WORD, TITLE)
        and not name_shapes(long[-3]) & IS_CODE_NAME)


_SENTENCE_KINDS: Final = frozenset((WORD, TITLE, CAPS))


def _value_and_note(long: list[str], long_kinds: list[int], at: int) -> bool:
    """Whether ``long`` holds at ``at`` one value and then, closing the record, a note in
    brackets of words alone, two or more in small letters (``Room <*> is connected to: <*>
    (via static config)``, ``<*> (exceeded maximum retries)``): the value is the one the
    shorter record holds there, and the note the call site's own words about it, which the
    other call site does not print (``value_to_end``: two call sites, not one value that
    holds the rest of the record; round 39, r34again). A note that holds a value or a mark
    (``(read timeout=<*>)``, ``(os error <*>)``) may be the value's, as before. The note's
    words are read as ``_own_words_after``'s (``_lower_words``), no mark among them: the brackets
    bound them, so two words are enough, and a word of failure there is the call site's too
    (``(exceeded maximum retries)``)."""
    if len(long) - at < 5 or long_kinds[at] != WILD or long[at + 1] != "(" or long[-1] != ")":
        return False
    return _lower_words(long, long_kinds, at + 2, len(long) - 1, _NO_MARKS) >= 2


def _value_and_sentence(long: list[str], long_kinds: list[int], at: int) -> bool:
    """Whether ``long`` holds at ``at`` one value and its sentence's stop, then, closing the
    record, a sentence of words alone, three or more, capitalised first, ended by a stop or
    ``!``, a word of prose's closed classes among them (mailtrain's ``failed with error: <*>.
    Dropping the message.`` where another record has ``… error: <*>.``): the call site's own
    sentence after its value, which the other call site does not print (``value_to_end``: two
    call sites; ``causes._own_sentence`` reads the cause's end so; round 40, r38a)."""
    return (len(long) - at >= 4 and long[at] == _VALUE_AND_STOP and long_kinds[at + 1] == TITLE
            and long[-1][-1:] in ".!" and all(kind in _SENTENCE_KINDS for kind in long_kinds[at + 1:])
            and any(word.rstrip(".!").lower() in PROSE_WORDS for word in long[at + 1:]))


_VALUE_AND_STOP: Final = WILDCARD + "."


def more_keys(text: list[str], kinds: list[int], other: list[str], other_kinds: list[int]) -> bool:
    """Whether of two texts after an operation's colon the longer is the shorter (agreeing
    but for values) with more keys of its list after it (``header - since: <*> first_count:
    <*>`` / ``… first_count: <*> count: <*>``, ``_more_keys``): two call sites, not two causes."""
    short, short_kinds, long, long_kinds = (text, kinds, other, other_kinds) if len(text) < len(other) else (
        other, other_kinds, text, kinds)
    at = len(short) - 1
    if at < 3 or len(long) == len(short):
        return False
    for place in range(at):
        if short[place] != long[place] and short_kinds[place] != WILD and long_kinds[place] != WILD:
            return False
    return _more_keys(short, short_kinds, at, long, long_kinds)


def article_phrases(run: list[str], kinds: list[int], other: list[str], other_kinds: list[int]) -> bool:
    """Whether two runs of another length at one place, each given with the word before it,
    are lower-case words alone, one of them opened by an article (``on a client lifecycle
    event.`` / ``on extension stop.``), neither said by a failure, after a word of the
    sentence (no key's mark nor quote, no article: ``msg="the configuration was reloaded"``,
    ``find a <*> to``, where a value is written in words): a noun phrase of a sentence, each
    call site's own, not a value written in words (round 38, losses38)."""
    if len(run) < 2 or len(other) < 2 or kinds[0] != WORD or run[0] in _ARTICLES:
        return False
    run, kinds, other, other_kinds = run[1:], kinds[1:], other[1:], other_kinds[1:]
    if run[0] not in _ARTICLES and other[0] not in _ARTICLES:
        return False
    for kind in kinds:
        if kind != WORD:
            return False
    for kind in other_kinds:
        if kind != WORD:
            return False
    return not reads_as_failure(run, kinds) and not reads_as_failure(other, other_kinds)


_ARTICLES: Final = frozenset(("a", "an", "the"))


def _more_keys(short: list[str], short_kinds: list[int], at: int, long: list[str],
               long_kinds: list[int]) -> bool:
    """Whether ``short`` ends with a key of a list, a word after a value, its colon and its
    value (``… <*> first_count: <*>``), and ``long`` holds there a value and more keys of
    that form alone (``<*> count: <*>``): ``value_to_end``'s other field."""
    if (at < 3 or short_kinds[at - 3] != WILD or short_kinds[at - 2] not in (WORD, MIXED)
            or short[at - 1] != ":" or short_kinds[at] != WILD):
        return False
    if long_kinds[at] != WILD or (len(long) - at - 1) % 3:
        return False
    for key in range(at + 1, len(long), 3):
        if long_kinds[key] not in (WORD, MIXED) or long[key + 1] != ":" or long_kinds[key + 2] != WILD:
            return False
    return True


# the marks a sentence's words may hold after a value (a bracketed phrase, its end)
_PHRASE_MARKS: Final = frozenset(("(", ")", ".", ","))
_NO_MARKS: Final[frozenset[str]] = frozenset()


def _lower_words(tokens: list[str], kinds: list[int], start: int, end: int, marks: frozenset[str]) -> int:
    """How many lower-case words ``tokens[start:end]`` holds when it holds nothing else but
    marks of ``marks``, else -1: the call site's own words after a value, as
    ``_own_words_after`` (after an operation's colon) and ``_value_and_note`` (a note in
    brackets that closes the record) read them, each with its own bounds."""
    words = 0
    for at in range(start, end):
        if kinds[at] == WORD:
            words += 1
        elif kinds[at] != PUNCT or tokens[at] not in marks:
            return -1
    return words


def _own_words_after(tokens: list[str], kinds: list[int], start: int) -> bool:
    """Whether ``tokens[start:]`` are lower-case words of a sentence, three or more, and the
    marks of a phrase among them (a bracket, a period, a comma; a bracket may open them), that
    read as no failure: the call site's own words after a value (``<*> (via static config)``;
    ``_lower_words``). Unbounded by brackets, they are a sentence's three words at least, and a
    word of failure there may be a cause's (``<*> connection refused``)."""
    return (_lower_words(tokens, kinds, start, len(tokens), _PHRASE_MARKS) >= 3
            and not reads_as_failure(tokens[start:], kinds[start:]))


def value_then_own_words(text: list[str], kinds: list[int], other: list[str], other_kinds: list[int]) -> bool:
    """Whether one of two texts after an operation's colon is a name (a value, or a word
    joined by ``_``, ``-``, ``.`` or ``/``) and then lower-case words that say no failure
    (``connected to: search_checkout (via static config)``), and the other does not go on
    with those words (``connected to: checkout-db``): the words after the name are the
    call site's own, so the two are two call sites, not two causes (``_own_words_after``).
    Not where the other goes on with the same word (``available: <*> will be left enabled`` /
    ``available: <*> will be disabled``: one sentence, a value in words at its end)."""
    for one, one_kinds, two in ((text, kinds, other), (other, other_kinds, text)):
        if (len(one) >= 3 and one[1:2] != two[1:2] and _joined_name(one[0], one_kinds[0])
                and (_own_words_after(one, one_kinds, 1) or _own_label_after(one, one_kinds, 1))):
            return True
    return False


def _own_label_after(tokens: list[str], kinds: list[int], start: int) -> bool:
    """Whether ``tokens[start:]`` are a label of three words or more, the first lower-case,
    its colon and one value last, that read as no failure (``<*> with SSL config: <*>``): the
    call site's own words and its own second value after the first (round 38, losses38)."""
    end = len(tokens) - 2
    if end - start < 3 or tokens[end] != ":" or kinds[end + 1] != WILD or kinds[start] != WORD:
        return False
    for at in range(start, end):
        if kinds[at] not in _SENTENCE_KINDS:
            return False
    return not reads_as_failure(tokens[start:end], kinds[start:end])


def _joined_name(token: str, kind: int) -> bool:
    """Whether a token is a name: a value, or a word joined by ``_``, ``-``, ``.`` or ``/``."""
    return kind in (WILD, MIXED) or (kind == WORD and any(mark in token for mark in "_-./"))
