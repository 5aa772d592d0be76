"""Where the miner keeps its templates and how a tokenized message finds its own.

A *pattern* (one id) has one or more *shapes*: token lists of the lengths it was seen
with (``killed process <*> (java) after <*>`` and ``killed process <*> after <*>`` are one
pattern). Shapes sit in buckets keyed by length and first word, as in Drain's tree.

``ShapeIndex.find`` tries, in order:

1. the best shape of the same length and first word (``templates.score``), which it
   generalizes in place;
2. for a message with a leading name (``ledger: …``, ``[orders] …``), the best shape of
   its length that has one too;
3. a shape whose tokens after a plain first word, tag or prefix are exactly the
   message's (``syslogd startup succeeded`` / ``klogd startup succeeded``): the first
   word is then a name, and becomes a variable;
4. a shape of a nearby length that differs by a short run of values at one place, and
   elsewhere only as ``templates.score`` allows (``templates.fits_other_length``), to
   which the message's shape is added as an alias;
5. a shape of a nearby length with another run of words in its middle (``_inner_run``),
   then one that says the same failure and ends with another text of what failed,
   with no mark before it (``_unmarked_cause``), which the pattern folds into a value,
   and last one that ends with a key's or a label's value where the message goes on, or
   the reverse (``_value_to_end``: the value holds the rest of the record).

Before it, ``ShapeIndex.trailing_cause`` folds what follows an operation's colon (a
spaced dash, a bracket, a sentence's end) up to the end into one value once the same text
before it has come with other words after it (``reexec socketpair: broken pipe`` /
``…: connection refused``), one of them (after a bracket or a sentence's end: both) read
as a failure: a cause.

``id_tokens`` gives the tokens a new pattern's id is computed from.

Every scan is bounded (``MAX_CANDIDATES`` per bucket, ``MAX_SHAPES`` per pattern), so a
miss costs a bounded amount of work whatever the traffic.
"""

from __future__ import annotations

import re
from typing import Any, Final

from otlp_sampler.patterns.batch import BatchEvidence
from otlp_sampler.patterns.candidates import (
    MAX_CANDIDATES,
    PlaceIndex,
    among,
    fit_mask,
    run_mask,
    score_mask,
    shapes_of,
)
from otlp_sampler.patterns.levels import NO_LEVEL_FIELD, LevelField
from otlp_sampler.patterns.masking import COMPILED_HERE, MESSAGE_KEYS, WILDCARD, holds, holds_kind
from otlp_sampler.patterns.runs import (
    BRACKET_PAIRS,
    FAILURE_TOKENS,
    FUNCTION_NAME,
    LONG_RUN_TOKENS,
    MAX_CAUSE_TOKENS,
    MAX_RUN,
    MAX_TEXT,
    PARTING,
    announces_error,
    article_phrases,
    cause_colon,
    cause_key,
    failures_at,
    inner_run_at,
    more_keys,
    own_operand_message,
    reads_as_failure,
    same_field_at_end,
    says_failure,
    slotted_event,
    two_constant_sentences,
    unmarked_cause_at,
    value_then_own_words,
    value_to_end,
)
from otlp_sampler.patterns.templates import (
    CAPS,
    CLASS_NAME,
    CUE_WORDS,
    LEAD_VERBS,
    LOWER,
    MIXED,
    NO_LETTERS,
    NOT_ASCII,
    PROSE_WORDS,
    PUNCT,
    SIMILARITY,
    STATE_WORDS,
    STRONG,
    STRONG_CUE,
    TITLE,
    UNASKED,
    WILD,
    WORD,
    annotation_at,
    bracketed_level_name,
    class_label_at,
    closing_location_length,
    counted_noun_at,
    cue_at,
    fits_other_length,
    generalize,
    header_logger,
    holds_any,
    kept_location_at,
    kinds_of,
    lead_key,
    letter_case,
    location_file_at,
    method_path_at,
    name_before_noun_at,
    naming_word,
    noun_names_at,
    prefix_at,
    score,
    sentence_word,
    status_class_word,
    token_kind,
    two_class_labels,
    two_levels,
    two_numbered_leads,
    variable_value_at,
    varying,
    word_count,
)
from otlp_sampler.patterns.tokens import render

_ASK: Final = object()  # an argument not given: computed
MAX_REST: Final = 6  # longest phrase after a subject that may be a name (a tag or prefix: any)
_NAME: Final = re.compile(r"[a-z][a-z0-9_.-]*", re.ASCII)
# a first word in capitals that is neither a level nor a request's method: a name (CURRENT,
# LICENSE, a constant's name) where other records of the event have a value
_CAPS_NAME: Final = re.compile(
    r"(?!(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|NOTICE|CRITICAL|CRIT|ALERT|EMERG|PANIC"
    r"|GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS|CONNECT)$)[A-Z][A-Z0-9_]+", re.ASCII)
_LABEL: Final = re.compile(r"[A-Za-z][a-z0-9_-]*", re.ASCII)
MAX_SHAPES: Final = 8  # lengths one pattern may take
_NO_LENGTHS: Final[dict[int, int]] = {}  # (no index: its lengths' masks, never read nor written)
_NO_RUN_LENGTHS: Final[set[int]] = set()  # (no index: the lengths run_mask left, never read nor written)
# (typed: compiled, a loop over a tuple of unknown length reads it by index, over a fixed one
# through the generic iterator)
LENGTH_STEPS: Final[tuple[int, ...]] = (1, -1, 2, -2, 3, -3)
MAX_VALUES: Final = 4096  # words ShapeIndex.values holds before it starts again
INDEXED_FROM: Final = 32  # shapes of one first word from which its scans read an index (candidates.py)


class Pattern:
    """One pattern id: its counters and its shapes (internal; see miner.PatternInfo)."""

    __slots__ = ("alive", "count", "first_seen", "id", "last_used", "shapes", "status", "text")

    def __init__(self, pid: str, text: str, now: float) -> None:
        self.id = pid
        self.text = text
        self.status: int | None = None  # HTTP status class of the template (http.status_class)
        self.count = 0
        self.first_seen = now
        self.last_used = 0  # the miner's add() tick: the LRU order
        self.alive = True
        self.shapes: list[Shape] = []


class Shape:
    """One token list of a pattern."""

    __slots__ = ("indexes", "kinds", "marked", "pattern", "spaced", "tokens")

    def __init__(self, pattern: Pattern, tokens: list[str], spaced: list[bool], kinds: list[int]) -> None:
        self.pattern = pattern
        self.tokens = tokens
        self.spaced = spaced
        self.kinds = kinds
        self.marked = -1  # empty brackets at [marked - 1, marked] that other records fill ([ ] / [x])
        self.indexes: list[PlaceIndex] = []  # the scans' indexes that hold it (candidates.PlaceIndex)

    def absorb(self, tokens: list[str]) -> None:
        """Generalize to cover ``tokens`` (same length); the primary shape names the pattern."""
        merged = generalize(self.tokens, tokens)
        if merged != self.tokens:
            self.tokens = merged
            self.kinds = kinds_of(merged)
            for index in self.indexes:
                index.refresh(self)
            if self.pattern.shapes and self.pattern.shapes[0] is self:
                self.pattern.text = self.text()

    def text(self) -> str:
        """The template as shown: the tokens, with ``<*>`` in brackets other records fill."""
        at = self.marked
        if at < 0:
            return render(self.tokens, self.spaced)
        return render([*self.tokens[:at], WILDCARD, *self.tokens[at:]],
                      [*self.spaced[:at], False, False, *self.spaced[at + 1:]])


def _covers(template: list[str], tokens: list[str]) -> bool:
    """Whether ``template`` (of the length of ``tokens``) holds each token of ``tokens`` or
    ``<*>`` at its place, and is not ``tokens`` itself."""
    wider = False
    for held, token in zip(template, tokens):  # noqa: B905 (equal lengths; docs/patterns.md, Speed: strict= stops mypyc compiling the zip)
        if held != token:
            if held != WILDCARD:
                return False
            wider = True
    return wider


class _Bucket:
    """Shapes of one length and first word, most popular first (re-sorted as it grows)."""

    __slots__ = ("shapes", "sorted_at")

    def __init__(self) -> None:
        self.shapes: list[Shape] = []
        self.sorted_at = 0

    def candidates(self) -> list[Shape]:
        shapes = self.shapes
        if len(shapes) <= MAX_CANDIDATES:
            return shapes
        if len(shapes) >= 2 * self.sorted_at:
            shapes.sort(key=lambda s: -s.pattern.count)
            self.sorted_at = len(shapes)
        return shapes[:MAX_CANDIDATES]


class ShapeIndex:
    """Buckets of shapes, and the index of shapes by everything after their first word."""

    def __init__(self) -> None:
        # lead word -> length -> bucket: the scan of nearby lengths looks the lead up once,
        # and a lead never seen (most new events) ends it at once
        self._buckets: dict[str, dict[int, _Bucket]] = {}
        self._rests: dict[tuple[str, ...], Shape] = {}
        # length -> the shapes that start with a leading name (templates.prefix_at), also
        # in their lead's bucket: a message whose leading name is new looks here
        self._prefixed: dict[int, _Bucket] = {}
        # theirs (candidates.PlaceIndex), once they are INDEXED_FROM
        self._prefixed_places: PlaceIndex | None = None
        # the last token list whose _rest_key was asked, and that key: a new pattern's
        # tokens are asked three times (find, id_tokens, add)
        self._last_rest: tuple[list[str] | None, tuple[str, ...] | None] = (None, None)
        self._last_named: tuple[list[str] | None, list[str]] = (None, [])
        # the text before a trailing cause (cause_key) -> the shape first seen with it, and
        # whether other words have come after it since (then every cause there is folded)
        self._causes: dict[tuple[str, ...], tuple[Shape, bool]] = {}
        # length -> the shapes whose first word may be a name (a subject, a tag, a prefix),
        # also in their lead's bucket: a message that starts with a value (another form of a
        # name: events-<*>) or with another name looks here and among those that start with
        # a value (_best_after_name)
        # (keyed by length and the token after the name, mostly the event's verb: a
        # message scores only those that go on as it does)
        self._subjects: dict[tuple[int, str], _Bucket] = {}
        # first word -> its shapes by place and token (candidates.PlaceIndex): what the scans
        # of its buckets ask the rules about
        self._leads: dict[str, PlaceIndex] = {}
        # words seen at a place of a template that had taken two other words already: the
        # stream's values (learn_values; templates.known_value_pair), bounded
        self.values: set[str] = set()
        # what the request's other records say (batch.BatchEvidence), while add_batch places them
        self.batch: BatchEvidence | None = None

    def find(self, tokens: list[str], kinds: list[int], lead: str) -> Pattern | None:
        """The pattern ``tokens`` (whose ``lead_key`` is ``lead``) belongs to, or None;
        adapts the shapes it matched."""
        length = len(tokens)
        by_length = self._buckets.get(lead)
        bucket = None if by_length is None else by_length.get(length)
        if bucket is not None:
            index = self._leads.get(lead)
            mask = None if index is None else score_mask(index, tokens, kinds, -1, self.values)
            scored = among(bucket, mask, index)
            found = self._best(scored, tokens, kinds)
            if found is not None:
                return found
        if length in self._prefixed and _prefixed(tokens, kinds):
            # (its leading name is let go there: no other difference of a short message)
            index = self._prefixed_places
            mask = None if index is None else score_mask(index, tokens, kinds, -1, self.values)
            scored = among(self._prefixed[length], mask, index)
            found = self._best(scored, tokens, kinds, False)
            if found is not None:
                return found
        named = self._named_lead(tokens, kinds)
        if named is not None:
            return named
        name = length > 2 and lead != WILDCARD and _code_name(tokens, kinds) and (
            kinds[0] == CAPS or self.rest_of(tokens, kinds) is not None)
        by_value = self._buckets.get(WILDCARD) if name else None
        if length > 2 and (lead == WILDCARD or name):
            # a first word that is a value or may be a name: a template that starts with
            # either may hold it, whatever the rest of the message decides
            at = _name_at(tokens)
            subjects = self._subjects.get((length, tokens[at + 1]))
            for bucket in (None if by_value is None else by_value.get(length), subjects):
                if bucket is not None:
                    # (the name's place let go: the templates' is a variable there)
                    index = None if bucket is subjects else self._leads.get(WILDCARD)
                    mask = None if index is None else score_mask(index, tokens, kinds, at)
                    found = _best_after_name(among(bucket, mask, index), tokens, kinds, at)
                    if found is not None:
                        self._by_value(found)
                        return found
        elif length > 2 and lead != WILDCARD and ((kinds[0] == WORD and _plain_name(tokens[0]))
                                                  or (kinds[0] == TITLE and _title_name(tokens[0]))):
            # a plain or capitalised word that may be a name (auto received unhandled info x,
            # Audit is running on port <*>.): a template
            # that starts with a value has shown that other names come there
            # (only those that go on as it does: the word after the name, mostly its verb)
            values = self._buckets.get(WILDCARD)
            bucket = None if values is None else values.get(length)
            if bucket is not None:
                after = tokens[1]
                index = self._leads.get(WILDCARD)
                if index is not None and (len(index.front) < 2 or not (
                        index.front[1].get(after, 0) & index.lengths.get(length, 0))):
                    bucket = None  # (none goes on as it does: the index says so before scoring)
            if bucket is not None:
                mask = None if index is None else score_mask(index, tokens, kinds, 0)
                going_on = [shape for shape in among(bucket, mask, index) if shape.tokens[1] == after]
                if going_on:
                    found = _best_after_name(going_on, tokens, kinds, 0)
                    if found is not None:
                        return found
            found = self._after_code_name(tokens, kinds)
            if found is not None:
                return found
        if by_length is not None:
            found = self._other_length(tokens, kinds, lead, by_length)
            if found is not None:
                return found
        if by_value is not None:
            # and one of another length that starts with a value, the name as a value
            at = _name_at(tokens)
            found = self._other_length([*tokens[:at], WILDCARD, *tokens[at + 1:]],
                                       [*kinds[:at], WILD, *kinds[at + 1:]], WILDCARD, by_value)
            if found is not None:
                return found
        if by_length is not None:
            found = self._inner_run(tokens, kinds, lead, by_length)
            if found is None:
                found = self._unmarked_cause(tokens, kinds, lead, by_length)
            if found is None:
                found = self._value_to_end(tokens, kinds, by_length)
            if found is None:
                found = self._same_location_tail(tokens, by_length)
            return found
        return None

    def _same_location_tail(self, tokens: list[str], by_length: dict[int, _Bucket]) -> Pattern | None:
        """A template of another length that opens with the same head up to a code location's
        line masking kept (``templates._one_kept_location_at``: one call site) and the same
        words after it up to where the two part: the call site printed a text of another
        length there, a cause with no mark before it (glog's ``admin.go:667] Unable to find
        uid of updated schema <err>``), one value to the end. Not where an HTTP status's
        class is in either (it names the pattern)."""
        length = len(tokens)
        line = -1
        for at in range(2, min(length, 10)):
            if tokens[at - 1] == ":" and tokens[at].isdigit():
                line = at
                break
        if line < 0 or line + 3 >= length:
            return None
        for other, bucket in by_length.items():
            if other == length or other < line + 3 or abs(other - length) > MAX_CAUSE_TOKENS:
                continue
            for candidate in bucket.candidates():
                template = candidate.tokens
                if template[line] != tokens[line]:
                    continue
                head = 0
                shortest = min(other, length)
                while head < shortest and (template[head] == tokens[head] or (
                        head != line and (template[head] == WILDCARD or tokens[head] == WILDCARD))):
                    head += 1
                if head < line + 3 or '"' in tokens[line + 1:head]:
                    continue  # (the two part at the head, or in a quoted message: klog's
                    # structured ``file.go:12] "Pod deleted" pod=…``, the event's own words)
                if head == shortest:
                    # (one holds the other whole: the shorter's last value takes the rest)
                    if other < length and template[-1] == WILDCARD:
                        return candidate.pattern
                    if other > length and tokens[-1] == WILDCARD:
                        head = length - 1
                    else:
                        continue
                if any(status_class_word(word) for word in template[head:]) or any(
                        status_class_word(word) for word in tokens[head:]):
                    continue
                if template[head:] != [WILDCARD]:
                    self._fold_cause(candidate, head - 1)
                return candidate.pattern
        return None

    def _value_to_end(self, tokens: list[str], kinds: list[int],
                      by_length: dict[int, _Bucket]) -> Pattern | None:
        """A template of another length that ends with the value of a key or a label where
        ``tokens`` hold more there, or the reverse (``runs.value_to_end``): the value holds
        the rest of the record. The pattern's first shape then ends with that value."""
        length = len(tokens)
        if length < 3:
            return None
        second = tokens[1]
        # the message longer: a template as long as the message up to a key mark, and a value
        for at in range(3, length - 1):
            mark = tokens[at - 1]
            if mark in _KEY_MARKS:
                bucket = by_length.get(at + 1)
                if bucket is not None:
                    for candidate in bucket.candidates():
                        shape, shape_kinds = candidate.tokens, candidate.kinds
                        # (most: no value after that mark, or another second word)
                        if shape_kinds[at] == WILD and shape[at - 1] == mark and (
                                shape[1] == second or shape_kinds[1] == WILD) and (
                                value_to_end(shape, shape_kinds, tokens, kinds, True)):
                            return candidate.pattern
        # the message shorter, ending with a value after a key mark: a longer template goes on there
        if length > 3 and kinds[-1] == WILD and tokens[-2] in _KEY_MARKS:
            mark = tokens[-2]
            for other in range(length + 2, length + MAX_TEXT):
                bucket = by_length.get(other)
                if bucket is not None:
                    for candidate in bucket.candidates():
                        shape, shape_kinds = candidate.tokens, candidate.kinds
                        if shape[length - 2] == mark and (shape[1] == second or shape_kinds[1] == WILD) and (
                                value_to_end(tokens, kinds, shape, shape_kinds, False)):
                            self._fold_run(candidate, length - 1, other)
                            return candidate.pattern
        return None

    def _unmarked_cause(self, tokens: list[str], kinds: list[int], lead: str,
                        by_length: dict[int, _Bucket]) -> Pattern | None:
        """A template of the message's first word that says the same failure in the same
        words and ends with another text of what failed, with no mark before it (``Error
        while closing socket broken pipe`` / ``… socket connection refused``,
        ``runs.unmarked_cause_at``): the pattern gets a first shape with that text as one
        value, as a cause after a colon does."""
        length = len(tokens)
        if length < 4 or not holds_any(FAILURE_TOKENS, tokens):
            return None  # (most messages: no failure said in a word)
        failures = failures_at(tokens)
        if not failures or failures[0] + 4 >= length:
            return None  # (no room for the failure said whole and a text after it)
        index = self._leads.get(lead)
        shared = None
        # (the index's lengths in a typed local: index.lengths on the optional index read in
        # the loop below is a generic attribute and method call, and the mask's & a generic one)
        lengths: dict[int, int] = _NO_LENGTHS if index is None else index.lengths
        if index is not None:
            # the shapes that hold the message's tokens (or a variable) up to three words
            # after its first failure's: they part after them
            front, wild = index.front, index.front_wild
            shared = -1
            for at in range(1, min(failures[0] + 4, len(front))):
                shared &= front[at].get(tokens[at], 0) | wild[at]
                if not shared:
                    return None
        for other, bucket in by_length.items():
            if other < 4 or not -MAX_CAUSE_TOKENS <= other - length <= MAX_CAUSE_TOKENS:
                continue
            mask = None if shared is None else shared & lengths.get(other, 0)
            candidate: Shape  # (typed: among gives a list of shapes; compiled, read in C)
            for candidate in among(bucket, mask, index):
                template, template_kinds = candidate.tokens, candidate.kinds
                if ((template[1] != tokens[1] and template_kinds[1] != WILD)
                        or (template[2] != tokens[2] and template_kinds[2] != WILD)):
                    continue  # (most: three tokens at least come before the text)
                head = unmarked_cause_at(template, template_kinds, tokens, kinds, failures)
                if head is None:
                    continue
                if template[head:] != [WILDCARD]:
                    self._fold_cause(candidate, head - 1)
                return candidate.pattern
        return None

    def _after_code_name(self, tokens: list[str], kinds: list[int]) -> Pattern | None:
        """For a message whose first word is a plain word that may be a subject, the best
        template that starts with a name of code and goes on with its next word
        (``search is not properly installed; …`` after ``checkout-prod is not properly
        installed; …``), as if a variable were there, which it then gets: the other order
        (a name of code after a plain word) finds it by ``_subjects`` too. A long message
        only, as there (a short one is found by its rest, ``_named_lead``), and no label
        before a colon (``mm_answer_pam_init_ctx: entering``: C's ``__func__``, a place)."""
        if len(tokens) <= MAX_REST + 1 or tokens[1] == ":":
            return None
        bucket = self._subjects.get((len(tokens), tokens[1]))
        if bucket is None:
            return None
        named = [shape for shape in bucket.candidates() if shape.kinds[0] != WILD
                 and shape.tokens[0] != tokens[0] and _code_name(shape.tokens, shape.kinds)]
        found = _best_after_name(named, tokens, kinds, 0) if named else None
        if found is not None:
            self._by_value(found)
        return found

    def _inner_run(self, tokens: list[str], kinds: list[int], lead: str,
                   by_length: dict[int, _Bucket]) -> Pattern | None:
        """A template of another length that agrees with ``tokens`` before and after one run
        of words, where a naming word or a key mark introduces it in both (``… to node
        <*> with the following error …``, ``… by publisher <*>: the configuration was
        reloaded. The rest of …``): a value written in words (a name with spaces, an
        error's text, a phrase a peer sent) in the middle of the message. The pattern's
        template then has one variable there (``_fold_run``)."""
        length = len(tokens)
        if length < 3:
            return None
        second = tokens[1]
        # (a run longer than MAX_RUN is an error's text: after the word that announces it, in
        # brackets or after a key, which the message holds before the run as the shape does)
        reach = MAX_TEXT if holds_any(LONG_RUN_TOKENS, tokens) else MAX_RUN
        index = self._leads.get(lead)
        runs = None
        runs_lengths: set[int] = _NO_RUN_LENGTHS
        lengths: dict[int, int] = _NO_LENGTHS if index is None else index.lengths  # (_unmarked_cause)
        # (the lengths within reach: -reach <= other - length <= reach, no abs(), which compiled
        # is a generic call)
        shortest, longest = max(length - reach, 3), length + reach
        if index is not None:
            wanted = 0
            for other in by_length:
                if shortest <= other <= longest:
                    wanted |= index.lengths.get(other, 0)
            runs = run_mask(index, tokens, wanted)
            if not runs:
                # (no candidate anywhere, most first lines: only a grown bucket's read, which
                # sorts it (_Bucket.candidates), is left to do, as the scan below would)
                for other, bucket in by_length.items():
                    if shortest <= other <= longest and len(bucket.shapes) > MAX_CANDIDATES:
                        bucket.candidates()
                return None
            # the lengths of the shapes left (mostly one or two): a bucket of another length has
            # none in the mask, and is read only as among reads it (not an operation on the mask
            # as wide as the index a length within reach)
            runs_lengths = set()
            shape: Shape
            for shape in shapes_of(runs, index.shapes):
                runs_lengths.add(len(shape.tokens))
        for other, bucket in by_length.items():
            if not shortest <= other <= longest:
                continue
            if runs is None:
                mask = None
            elif other in runs_lengths:
                mask = runs & lengths.get(other, 0)
            else:
                if len(bucket.shapes) > MAX_CANDIDATES:
                    bucket.candidates()  # (among's read of a grown bucket whatever the mask: it sorts it)
                continue
            candidate: Shape  # (typed: among gives a list of shapes; compiled, read in C)
            for candidate in among(bucket, mask, index):
                if candidate.tokens[1] != second and candidate.kinds[1] != WILD:
                    continue  # (most: two constant words come before a run, inner_run_at)
                place = inner_run_at(candidate.tokens, candidate.kinds, tokens, kinds)
                if place is None:
                    continue
                head, tail = place
                if _settled_run(candidate, tokens, head, tail) or _empty_key_value(candidate, head):
                    continue
                end = len(candidate.tokens) - tail
                if article_phrases(candidate.tokens[head - 1:end], candidate.kinds[head - 1:end],
                                   tokens[head - 1:length - tail], kinds[head - 1:length - tail]):
                    continue  # (two noun phrases of a sentence: two call sites)
                self._fold_run(candidate, head, len(candidate.tokens) - tail)
                return candidate.pattern
        return None

    def _fold_run(self, shape: Shape, start: int, end: int) -> None:
        """Give ``shape``'s pattern a first shape with ``tokens[start:end]`` as one value (the
        old shape stays in its bucket, for the records it matched)."""
        if end - start == 1 and shape.tokens[start] == WILDCARD:
            return
        pattern = shape.pattern
        last = shape.tokens[end - 1]
        # (the stop is the sentence's)
        value = WILDCARD + "." if last.endswith(".") and last != "." else WILDCARD
        tokens = [*shape.tokens[:start], value, *shape.tokens[end:]]
        spaced = [*shape.spaced[:start], shape.spaced[start], *shape.spaced[end:]]  # ((<*>), not ( <*>))
        for known in pattern.shapes:
            if known.tokens == tokens:
                return
        folded = Shape(pattern, tokens, spaced, kinds_of(tokens))
        self.add(folded)
        pattern.shapes.pop()
        if len(pattern.shapes) >= MAX_SHAPES:
            return
        where = pattern.shapes.index(shape) if shape in pattern.shapes else 0
        pattern.shapes.insert(where, folded)
        if where == 0:
            pattern.text = folded.text()

    def add(self, shape: Shape, lead: str | None = None) -> None:
        """Index a new shape (``lead``: its ``lead_key`` when the caller has it)."""
        tokens = shape.tokens
        if lead is None:
            lead = lead_key(tokens, shape.kinds)
        by_length = self._buckets.get(lead)
        if by_length is None:
            by_length = self._buckets[lead] = {}
        bucket = by_length.get(len(tokens))
        if bucket is None:
            bucket = by_length[len(tokens)] = _Bucket()
        bucket.shapes.append(shape)
        self._index_shape(lead, by_length, shape)
        shape.pattern.shapes.append(shape)
        if _prefixed(tokens, shape.kinds):
            prefixed = self._prefixed.get(len(tokens))
            if prefixed is None:
                prefixed = self._prefixed[len(tokens)] = _Bucket()
            prefixed.shapes.append(shape)
            self._index_prefixed(shape)
        rest = self.rest_of(tokens, shape.kinds)
        if rest is not None:
            if rest not in self._rests:
                self._rests[rest] = shape
            if lead != WILDCARD and _code_name(tokens, shape.kinds):
                key = (len(tokens), tokens[_name_at(tokens) + 1])
                self._subjects.setdefault(key, _Bucket()).shapes.append(shape)
        elif lead != WILDCARD and len(tokens) > 2 and shape.kinds[0] == WORD and _plain_name(tokens[0]):
            # a plain first word of a long message may be a name too (find)
            self._subjects.setdefault((len(tokens), tokens[1]), _Bucket()).shapes.append(shape)

    def trailing_cause(
        self, tokens: list[str], kinds: list[int], spaced: list[bool], timed: bool = False,
        level: LevelField = NO_LEVEL_FIELD,
    ) -> tuple[list[str], list[int], list[bool], tuple[tuple[str, ...], int, int] | None]:
        """``tokens`` with the words after the last colon folded into one value when the
        text before it has come with other words after it (docs/patterns.md, The cause
        of a failure), and what to tell ``remember_cause`` of a new pattern made of them:
        the key, where the cause starts when the pattern is to be named with it folded
        (after an operation's colon, or when it reads as a failure: whichever cause came
        first) else -1, and how many tokens follow the cause (a structured record's keys
        after its message). None when there is nothing to remember. ``timed``: the record
        opens with a time (``masking.opens_with_time``, read by ``runs._separates``); ``level``:
        the stream's level field in the record (``runs.cause_colon``)."""
        closing = closing_location_length(tokens)
        if closing:
            # the caller's location closes the record ((App/Handle.pm:2169), [function@file.go:502],
            # (module:function/1:79), trantor's `… - file.cc:123`, masking's TRAILING_LOCATION):
            # the call site's, after the message and its cause
            at, tail, weak = cause_colon(tokens[:-closing], kinds[:-closing], spaced[:-closing], timed, level)
            tail += closing
        else:
            at, tail, weak = cause_colon(tokens, kinds, spaced, timed, level)
        if at < 0:
            return tokens, kinds, spaced, None
        end = len(tokens) - tail  # (a structured record's keys may follow its message)
        key = cause_key(tokens, kinds, at)
        if tail:
            key = (*key, "", *tokens[end:])
        entry = self._causes.get(key)
        failure = says_failure(tokens[:end], kinds[:end], at, spaced[:end])
        if entry is None or not entry[0].pattern.alive:
            # (after an operation's colon the first record is named folded whatever its
            # words: one cause that reads as a failure will fold them, whichever comes first)
            return tokens, kinds, spaced, (key, at if not weak or failure else -1, tail)
        shape, folded = entry
        if own_operand_message(tokens, kinds, at + 1, end):
            # the call site's own sentence and its operand, then its own cause, after another
            # text there: an event of its own, not one more cause after the operation (round
            # 31, learned31; not where such a sentence came first: a wrapper's first cause)
            return tokens, kinds, spaced, None
        if folded and not failure and weak:
            # after a bracket an event's own words may come too ([client-7] exiting ioloop);
            # after the colon of an operation, its outcome
            return tokens, kinds, spaced, None
        if not folded:
            shape_end = len(shape.tokens) - tail
            if shape.tokens[at + 1:shape_end] == tokens[at + 1:end]:
                return tokens, kinds, spaced, None
            if same_field_at_end(tokens[at + 1:end], kinds[at + 1:end], shape.tokens[at + 1:shape_end]) or (
                    same_field_at_end(shape.tokens[at + 1:shape_end], shape.kinds[at + 1:shape_end],
                                      tokens[at + 1:end])):
                # (two sentences that name one field at their ends: either may be the one in
                # prose that joins it by a word, whichever came first; round 42, r40a)
                return tokens, kinds, spaced, None
            if two_constant_sentences(tokens[at + 1:end], kinds[at + 1:end],
                                      shape.tokens[at + 1:shape_end], shape.kinds[at + 1:shape_end]):
                return tokens, kinds, spaced, None  # (two constant sentences: two call sites)
            if value_then_own_words(tokens[at + 1:end], kinds[at + 1:end],
                                    shape.tokens[at + 1:shape_end], shape.kinds[at + 1:shape_end]):
                # a name and the call site's own words after it, where the other record has
                # not those words: two call sites (round 38, losses38)
                return tokens, kinds, spaced, None
            if more_keys(tokens[at + 1:end], kinds[at + 1:end],
                         shape.tokens[at + 1:shape_end], shape.kinds[at + 1:shape_end]):
                # the one text and more keys of its list: two call sites (round 38, losses38)
                return tokens, kinds, spaced, None
            first = says_failure(
                shape.tokens[:shape_end], shape.kinds[:shape_end], at, shape.spaced[:shape_end])
            if not failure and (weak or not first):
                return tokens, kinds, spaced, None
            if not first and slotted_event(shape.tokens, shape.kinds, at + 1, shape_end):
                return tokens, kinds, spaced, None  # (an event with its slot first: two call sites)
            if weak and not first:
                # the first words there were an event's: a cause now may meet another later
                return tokens, kinds, spaced, (key, at, tail)
            self._causes[key] = (self._fold_cause(shape, at, tail), True)
        return ([*tokens[:at + 1], WILDCARD, *tokens[end:]], [*kinds[:at + 1], WILD, *kinds[end:]],
                [*spaced[:at + 1], spaced_after_cut(tokens, spaced, at), *spaced[end:]], None)

    def remember_cause(self, key: tuple[str, ...], shape: Shape) -> None:
        """Keep a new pattern's shape under the text before its trailing cause."""
        self._causes[key] = (shape, False)

    def _fold_cause(self, shape: Shape, at: int, tail: int = 0) -> Shape:
        """Give ``shape``'s pattern a first shape with its cause after ``at`` (up to its last
        ``tail`` tokens) as one value (the old shape stays in its bucket, for the records it
        matched)."""
        pattern = shape.pattern
        end = len(shape.tokens) - tail
        tokens = [*shape.tokens[:at + 1], WILDCARD, *shape.tokens[end:]]
        cut_spaced = spaced_after_cut(shape.tokens, shape.spaced, at)
        spaced = [*shape.spaced[:at + 1], cut_spaced, *shape.spaced[end:]]
        folded = Shape(pattern, tokens, spaced, kinds_of(tokens))
        self.add(folded)
        pattern.shapes.pop()
        where = pattern.shapes.index(shape) if shape in pattern.shapes else 0
        pattern.shapes[where:where + 1] = [folded]
        pattern.text = pattern.shapes[0].text()
        return folded

    def covering(self, shape: Shape) -> Shape | None:
        """The first shape of another live pattern, of ``shape``'s length, that holds each token
        of ``shape`` or ``<*>`` at its place and differs from it (its template covers the
        shape's records); of several, the one of the pattern with most records; None when
        there is none. Only its lead's bucket and the one of templates that open with a value
        can hold it (a template that holds the shape's first word there has its lead)."""
        tokens = shape.tokens
        lead = lead_key(tokens, shape.kinds)
        best: Shape | None = None
        for key in (lead, WILDCARD):
            by_length = self._buckets.get(key)
            bucket = None if by_length is None else by_length.get(len(tokens))
            if bucket is None:
                continue
            for other in bucket.shapes:
                pattern = other.pattern
                if (pattern is shape.pattern or not pattern.alive or pattern.shapes[0] is not other
                        or (best is not None and pattern.count <= best.pattern.count)):
                    continue
                if _covers(other.tokens, tokens):
                    best = other
            if lead == WILDCARD:
                break  # (one bucket: both keys are the same)
        return best

    def drop_dead(self) -> None:
        """Forget the shapes of evicted patterns."""
        for lead, by_length in list(self._buckets.items()):
            for length, bucket in list(by_length.items()):
                live = [s for s in bucket.shapes if s.pattern.alive]
                if not live:
                    del by_length[length]
                elif len(live) != len(bucket.shapes):
                    bucket.shapes = live
                    bucket.sorted_at = 0
            if not by_length:
                del self._buckets[lead]
        self._rests = {k: s for k, s in self._rests.items() if s.pattern.alive}
        self._causes = {k: e for k, e in self._causes.items() if e[0].pattern.alive}
        # (one name each for the keys and the dicts of both: a compiled function gives a
        # variable one type, and these keys are a length or a length and a token)
        prefixed_or_subjects: tuple[dict[Any, _Bucket], ...] = (self._prefixed, self._subjects)
        for by_key in prefixed_or_subjects:
            for key, bucket in list(by_key.items()):
                bucket.shapes = [s for s in bucket.shapes if s.pattern.alive]
                bucket.sorted_at = 0
                if not bucket.shapes:
                    del by_key[key]
        self._index_again()

    def _index_again(self) -> None:
        """The scans' indexes made again from the buckets (in their order: candidates.among)."""
        for by_length in self._buckets.values():
            for bucket in by_length.values():
                for shape in bucket.shapes:
                    shape.indexes = []
        self._leads = {}
        for lead, by_length in self._buckets.items():
            if sum([len(bucket.shapes) for bucket in by_length.values()]) >= INDEXED_FROM:
                self._index_lead(lead, by_length)
        self._prefixed_places = None
        self._index_prefixed(None)

    def __len__(self) -> int:
        # (a shape whose name became a variable is also among those that start with a value)
        buckets = [bucket for by_length in self._buckets.values() for bucket in by_length.values()]
        return len({id(shape) for bucket in buckets for shape in bucket.shapes})

    def _index_shape(self, lead: str, by_length: dict[int, _Bucket], shape: Shape) -> None:
        """Index a shape just added to a bucket of ``lead``: in the first word's index, made
        once it has ``INDEXED_FROM`` shapes (a few are asked in turn as cheaply)."""
        index = self._leads.get(lead)
        if index is not None:
            index.add(shape)
        elif _held(by_length) >= INDEXED_FROM:
            self._index_lead(lead, by_length)

    def _index_prefixed(self, shape: Shape | None) -> None:
        """Index a shape just added to the buckets with a leading name (None: none), in their
        index, made once they hold ``INDEXED_FROM`` shapes."""
        index = self._prefixed_places
        if index is not None:
            if shape is not None:
                index.add(shape)
        elif _held(self._prefixed) >= INDEXED_FROM:
            index = self._prefixed_places = PlaceIndex()
            for bucket in self._prefixed.values():
                for held in bucket.shapes:
                    index.add(held)

    def _index_lead(self, lead: str, by_length: dict[int, _Bucket]) -> None:
        index = self._leads[lead] = PlaceIndex()
        for bucket in by_length.values():
            for shape in bucket.shapes:
                index.add(shape)

    def _best(self, candidates: list[Shape], tokens: list[str], kinds: list[int],
              short: bool = True) -> Pattern | None:
        """The best of a bucket's ``candidates`` for ``tokens`` (generalized to it), or None
        (``short``: as ``templates.score``)."""
        best: Shape | None = None
        best_score = SIMILARITY
        # (the message's header asked once for the templates it is scored against, not in each
        # score: a tuple of the tokens made and hashed a call; a pure function of the tokens)
        logger = header_logger(tokens) if len(candidates) > 1 else UNASKED
        location = kept_location_at(tokens) if len(candidates) > 1 else UNASKED  # (as logger)
        for candidate in candidates:
            # (told the best so far: a score sure to end below it stops there, templates._below)
            value = score(candidate.tokens, candidate.kinds, tokens, kinds, short, self.values, logger,
                          location, best_score)
            if (value > best_score or (value == best_score and best is None)) and not _settled(
                    candidate, tokens) and (self.batch is None or not self.batch.refuses(
                        candidate.tokens, tokens, kinds, candidate.spaced)):
                best, best_score = candidate, value
                if value == 1.0:
                    break  # (no score is higher, and a later one equal to it does not replace it)
        if best is None:
            return None
        if best.tokens != tokens:
            self.learn_values(best.tokens, tokens, kinds)
            prefixed = _prefixed(best.tokens, best.kinds)
            best.absorb(tokens)
            if not prefixed and _prefixed(best.tokens, best.kinds):
                # (job_<*>: … became <*>: …: a message whose leading name is new looks for it there)
                self._prefixed.setdefault(len(best.tokens), _Bucket()).shapes.append(best)
                self._index_prefixed(best)
        return best.pattern

    def learn_values(self, template: list[str], tokens: list[str], kinds: list[int]) -> None:
        """Remember the words ``tokens`` holds where ``template``, which it joins, has a
        variable already: a place that has taken three words or more is a variable, and its
        words are values the stream may print elsewhere (templates.known_value_pair). The
        two words that made it one are not: they may be two call sites' words, merged."""
        values = self.values
        # (compiled, one loop of string comparisons in C: ``list.index`` with a start is a
        # generic call of the method, and ``count`` a rich comparison a token; as Python
        # the template's variables found by their C-level scans, counted first: the
        # ValueError of a scan past the last one cost ten times the scans)
        places = ([at for at in range(len(template)) if template[at] == WILDCARD] if COMPILED_HERE
                  else _wildcard_places(template))
        for at in places:
            if kinds[at] == WORD or kinds[at] == TITLE:
                if len(values) >= MAX_VALUES:
                    values.clear()  # bounded; refills with the values in use
                word = tokens[at]
                values.add(word)  # (as met, and without a sentence's stop: the rules look up either)
                values.add(sentence_word(word))

    def named_of(self, tokens: list[str], kinds: list[int]) -> list[str]:
        """``id_tokens(tokens, kinds)``, kept for the last list asked: a message with a
        trailing cause asks it for its key, and again to name a new pattern."""
        last, named = self._last_named
        if last is not tokens:
            named = id_tokens(tokens, kinds, self.rest_of(tokens, kinds))
            self._last_named = (tokens, named)
        return named

    def rest_of(self, tokens: list[str], kinds: list[int]) -> tuple[str, ...] | None:
        """``_rest_key(tokens, kinds)``, kept for the last list asked (never changed in place)."""
        last, rest = self._last_rest
        if last is not tokens:
            rest = _rest_key(tokens, kinds)
            self._last_rest = (tokens, rest)
        return rest

    def _named_lead(self, tokens: list[str], kinds: list[int]) -> Pattern | None:
        rest = self.rest_of(tokens, kinds)
        if rest is None:
            return None
        shape = self._rests.get(rest)
        if shape is None or not shape.pattern.alive:
            return None
        at = _name_at(shape.tokens)
        if shape.tokens[at] != WILDCARD:
            if (two_class_labels(shape.tokens, tokens, at)
                    or two_numbered_leads(shape.tokens, tokens, at)
                    or two_levels(tokens, at, shape.tokens[at], tokens[at])
                    or _settled(shape, [*shape.tokens[:at], WILDCARD, *shape.tokens[at + 1:]])):
                return None
            shape.absorb([*shape.tokens[:at], WILDCARD, *shape.tokens[at + 1:]])
            self._by_value(shape.pattern)
        return shape.pattern

    def _by_value(self, pattern: Pattern) -> None:
        """Index the first shape of ``pattern`` among those that start with a value too, once
        its name became a variable (a message of another length with a name or a value
        there looks for it so: ``_other_length``)."""
        shape = pattern.shapes[0]
        if lead_key(shape.tokens, shape.kinds) != WILDCARD:
            return
        bucket = self._buckets.setdefault(WILDCARD, {}).setdefault(len(shape.tokens), _Bucket())
        if shape not in bucket.shapes:
            bucket.shapes.append(shape)
            self._index_shape(WILDCARD, self._buckets[WILDCARD], shape)

    def _other_length(
        self, tokens: list[str], kinds: list[int], lead: str, by_length: dict[int, _Bucket]
    ) -> Pattern | None:
        length = len(tokens)
        index = self._leads.get(lead)
        fitting = None if index is None else fit_mask(index, tokens, [length + step for step in LENGTH_STEPS])
        for step in LENGTH_STEPS:
            bucket = by_length.get(length + step)
            if bucket is None:
                continue
            mask = None if fitting is None else fitting.get(length + step, 0)
            candidate: Shape  # (typed: among gives a list of shapes; compiled, read in C)
            for candidate in among(bucket, mask, index):
                pattern = candidate.pattern
                at = fits_other_length(candidate.tokens, candidate.kinds, tokens, kinds)
                if at is None:
                    continue
                around = _around(candidate.tokens, tokens, at)
                if _varies_after_empty_key(candidate, around, at) or _settled(candidate, around) or (
                        step == 1 and _one_word_more(candidate, at) and _settled(candidate, None)):
                    continue
                tokens = list(tokens)
                # what differs around the place, as at one length, is a variable in both
                candidate.absorb(around)
                if step == 1 and _one_word_more(candidate, at):
                    # the template holds a word the message has not (tzdata <*> / <*>, [x] / [ ]):
                    # a value's part or a mark, now a variable
                    candidate.absorb([*candidate.tokens[:at], WILDCARD, *candidate.tokens[at + 1:]])
                elif step == -1 and kinds[at] in (WORD, TITLE):
                    tokens[at] = WILDCARD  # the message holds that word: its shape has a variable there
                    kinds = kinds_of(tokens)
                    empty = at < len(candidate.tokens) and (
                        BRACKET_PAIRS.get(candidate.tokens[at - 1]) == candidate.tokens[at])
                    if candidate is pattern.shapes[0] and empty:
                        # the first shape has empty brackets ([ ]) where records hold a mark ([x])
                        candidate.marked = at
                        pattern.text = candidate.text()
                    elif candidate is pattern.shapes[0] and len(pattern.shapes) < MAX_SHAPES:
                        # a value in two parts (tzdata <*> / <*>): the template shows both, as
                        # it does when the longer record comes first
                        self.add(Shape(pattern, tokens, [True] * length, kinds), lead)
                        pattern.shapes.insert(0, pattern.shapes.pop())
                        pattern.text = pattern.shapes[0].text()
                        return pattern
                if len(pattern.shapes) < MAX_SHAPES:
                    self.add(Shape(pattern, tokens, [True] * length, kinds), lead)
                return pattern
        return None


def _held(by_length: dict[int, _Bucket]) -> int:
    """How many shapes the buckets hold (compiled, a loop in C: ``sum`` of a list is a generic
    call, made at each new shape of a first word with no index yet)."""
    count = 0
    for bucket in by_length.values():
        count += len(bucket.shapes)
    return count


def _wildcard_places(template: list[str]) -> list[int]:
    """The places of ``template``'s variables, by ``list.index`` (as Python, scans in C)."""
    places = []
    at = -1
    for _ in range(template.count(WILDCARD)):
        at = template.index(WILDCARD, at + 1)
        places.append(at)
    return places


def spaced_after_cut(tokens: list[str], spaced: list[bool], at: int) -> bool:
    """Whether a value folded after the token at ``at`` (a cause's separator, or what comes
    before a foreseen run; -1: the record opens with it) is spaced from it: a key's value
    glued to its ``=`` stays glued (``err=<*>``, runs.key_value_to_end), a cause after a colon
    or a dash is spaced."""
    return spaced[at + 1] if at >= 0 and tokens[at] == "=" else True


SETTLED: Final = 3  # records of a pattern that show a constant to be its call site's (_settled)
SETTLED_WORD: Final = 2  # as many, for a word of prose before a word of its sentence (_settled)


def _prose_word(token: str, kind: int) -> bool:
    """Whether ``token`` is a word of prose: letters only, lower-case or capitalised."""
    return kind in (WORD, TITLE) and token.isalpha() and token[1:].islower()


def _hyphenated_prose_word(token: str, kind: int) -> bool:
    """Whether ``token`` is written as a compound of prose: lower-case words of two letters
    or more joined by single inner hyphens (``pre-execute``, ``state-leave``). Not a value
    with a digit in it (``us-east-1``, ``kafka-5``)."""
    if kind != WORD or "-" not in token:
        return False
    parts = token.split("-")
    return all(len(part) > 1 and part.isalpha() and part.isascii() and part.islower()
               for part in parts)


def _named_by_noun(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a name that a noun after a preposition introduces (``for
    action checkout from …``: ``noun_names_at``), as the object's name, not its modifier."""
    return at > 1 and tokens[at - 2].lower() in PROSE_WORDS and noun_names_at(tokens, at)


def _settled(shape: Shape, other: list[str] | None) -> bool:
    """Whether ``shape`` has kept, over SETTLED records, a constant where ``other`` (None:
    a difference known already) has something else: a word or name a call site prints
    every time (``Error: Empty max_topic_alias value``, ``argv_assemble: sshbuf_new
    failed``) is that call site's, and another one there is another call site's."""
    count = shape.pattern.count
    if count < SETTLED_WORD:
        return False
    if other is None:
        return count >= SETTLED
    kinds = shape.kinds
    tokens = shape.tokens
    if len(other) != len(tokens):
        raise ValueError("_settled: a token list of another length")
    # the places where the two differ (most places agree, and no rule below holds where they
    # do): the rules are asked there only (a compiled comprehension: fewer steps than C's
    # compress of a map of ne, docs/patterns.md, Speed)
    differing = [at for at in range(len(tokens)) if tokens[at] != other[at]]
    if count < SETTLED:
        # two records settle a word of prose before a word of their sentence: the noun it
        # modifies (validation error / creation error, initial finality update); a name, a
        # word at the end or before a mark needs three (set volume to grace / to maria)
        last = len(tokens) - 1
        return any(at < last and (_prose_word(tokens[at], kinds[at])
                                  or (_hyphenated_prose_word(tokens[at], kinds[at])
                                      and _hyphenated_prose_word(other[at], WORD)))
                   and _prose_word(tokens[at + 1], kinds[at + 1])
                   and (tokens[at + 1].lower() not in PROSE_WORDS or not _named_by_noun(tokens, at))
                   and cue_at(tokens, at) != STRONG_CUE
                   and not _named_label_at(tokens, at)
                   and not name_before_noun_at(tokens, at)
                   and not variable_value_at(tokens, other, at)
                   and not counted_noun_at(tokens, other, at)
                   for at in differing)
    # (not a word that a naming word or "=" introduces as a value, user=root, for root, nor
    # a state after a key's mark, EventType: TASK_ABORT, nor a value around a stem, rdd_<*>,
    # nor the name in brackets glued to a value, #3(controller): those vary, however often
    # one value comes; nor one quote against the other: Python's repr quotes a string in
    # double quotes when it holds an apostrophe, 'down' / "can't")
    return any(kinds[at] != WILD and kinds[at] != MIXED
               and (cue_at(tokens, at) != STRONG_CUE or kinds[at] == STRONG)
               and not annotation_at(tokens, shape.spaced, at)
               and not (kinds[at] == CAPS and at and tokens[at - 1] in _KEY_MARKS)
               and not (kinds[at] != STRONG and _named_label_at(tokens, at))
               and not (tokens[at] in _QUOTE_MARKS and other[at] in _QUOTE_MARKS)
               and not variable_value_at(tokens, other, at)
               and not counted_noun_at(tokens, other, at)
               for at in differing)


_KEY_MARKS: Final = frozenset(("=", ":"))


def _named_label_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` follows a label and its colon where the label is a naming word
    (``scheme: https``, ``user: bob``): the label names the value after it, as ``scheme
    https`` or ``user=bob`` would, so a word there is a value however often one comes."""
    return at > 1 and tokens[at - 1] == ":" and naming_word(tokens[at - 2])


_QUOTE_MARKS: Final = frozenset(("'", '"'))


def _settled_run(shape: Shape, tokens: list[str], head: int, tail: int) -> bool:
    """Whether the run of words ``shape`` holds after ``head`` tokens (``tail`` after it)
    is a constant of its call site, as ``_settled`` says of one word: its pattern's first
    SETTLED records all printed it, and nothing introduces it in ``tokens`` (no cue, no
    word that announces an error, no bar after it: a run only the words around it anchor,
    ``could not open the browser, no open command …`` / ``could not open <*>, …``; nor an
    error's text before a separator: ``… entry EOF, please fix it manually``)."""
    if shape.pattern.count < SETTLED:
        return False
    end = len(shape.tokens) - tail
    if WILD in shape.kinds[head:end] or (tail and shape.tokens[end] == "|"):
        return False
    if tail and shape.tokens[end] in PARTING and reads_as_failure(
            shape.tokens[head:end], shape.kinds[head:end]):
        return False
    return not cue_at(tokens, head) and not announces_error(tokens, head)


def _varies_after_empty_key(shape: Shape, around: list[str], at: int) -> bool:
    """Whether ``around`` (``shape``'s tokens with a variable where a record of another
    length differs, ``_around``) turns a word into a variable right after a key with an
    empty value before ``at`` (``_empty_key_value``): the message's first word there, the
    call site's (``trace_id= span_id= Unlocking completed job <*>`` / ``… Removing completed
    job state <*>``), no key's value."""
    for index in range(2, at):
        if around[index] == WILDCARD and shape.tokens[index] != WILDCARD and _empty_key_value(shape, index):
            return True
    return False


def _empty_key_value(shape: Shape, head: int) -> bool:
    """Whether the run after ``head`` tokens follows a key glued to its ``=`` with a space
    after it: a key whose value is empty (a pattern's MDC field with nothing in it,
    logback's ``trace_id=%X{trace_id} span_id=%X{span_id} %m`` outside a trace prints
    ``trace_id= span_id= <message>``), so the words after it are the message's, no value of
    the key's running on (which is glued to its ``=``: ``err=dial tcp <*>: i/o timeout``; or
    spaced on both sides, ``Err = <text>``)."""
    return (head > 1 and shape.tokens[head - 1] == "=" and shape.spaced[head]
            and not shape.spaced[head - 1])


def _plain_name(word: str) -> bool:
    """Whether a plain first word may be a name (not a verb: ``acquire``, ``started``)."""
    return (_NAME.fullmatch(word) is not None and word not in LEAD_VERBS
            and not word.endswith(("ed", "ing")))


def _title_name(word: str) -> bool:
    """Whether a capitalised first word may be a name where other records have had a value
    (``Audit is running on port <*>`` / ``<*> is running …``): as a plain word may
    (``_plain_name``), but where the sentence goes on as theirs does only."""
    return _plain_name(word.lower())


def _code_name(tokens: list[str], kinds: list[int]) -> bool:
    """Whether the name a message may start with (``_name_at``) is written as code names
    are, or holds a value (``events-<*>``, ``orders_v2``, ``MailerService``, ``CURRENT``):
    a plain word there is found by the rest of its message, exactly (``_named_lead``)."""
    at = _name_at(tokens)
    kind = kinds[at]
    if kind == MIXED:
        return True
    token = tokens[at]
    if kind == STRONG:
        kind = token_kind(token)  # (a structured record's quoted message: _field_opening)
    if kind == CAPS:
        return at == 0 and _CAPS_NAME.fullmatch(token) is not None
    return _code_word(token, kind)


def _code_word(token: str, kind: int) -> bool:
    """``(kind == WORD and not token.islower()) or not token.isalpha()``: a word not all
    letters, or one of the kind of a plain word not in lower case (``_code_name``). Compiled,
    read by ``letter_case`` (no generic calls of the methods; round 38, speed38b): a word of
    ASCII letters is ``islower`` where it is in lower case."""
    if COMPILED_HERE:
        case = letter_case(token)
        if case != NOT_ASCII:
            return case == NO_LETTERS or (kind == WORD and case != LOWER)
    return (kind == WORD and not token.islower()) or not token.isalpha()


def _best_after_name(candidates: list[Shape], tokens: list[str], kinds: list[int], at: int) -> Pattern | None:
    """The best of ``candidates`` (shapes of messages that start with a value or a name) for
    ``tokens`` with the name at ``at`` (``_name_at``), scored as if the shape had a
    variable there, which it then gets."""
    best: Shape | None = None
    best_score = SIMILARITY
    logger = header_logger(tokens) if len(candidates) > 1 else UNASKED  # (as ShapeIndex._best)
    location = kept_location_at(tokens) if len(candidates) > 1 else UNASKED
    for candidate in candidates:
        template, template_kinds = candidate.tokens, candidate.kinds
        if template[at] != WILDCARD:
            # (three records settle the name's place; two a word of prose before its
            # sentence's next word, as at one place: _settled; the list made only then)
            if (_name_at(template) != at or _settled(candidate, None)
                    or (candidate.pattern.count == SETTLED_WORD
                        and _settled(candidate, [*template[:at], tokens[at], *template[at + 1:]]))
                    or two_class_labels(template, tokens, at)
                    or two_numbered_leads(template, tokens, at)):
                continue
            template = [*template[:at], WILDCARD, *template[at + 1:]]
            template_kinds = [*template_kinds[:at], WILD, *template_kinds[at + 1:]]
        value = score(template, template_kinds, tokens, kinds, short=False, logger=logger, location=location,
                      least=best_score)
        if value > best_score or (value == best_score and best is None):
            best, best_score = candidate, value
    if best is None:
        return None
    best.absorb([*tokens[:at], WILDCARD, *tokens[at + 1:]])
    return best.pattern


def id_tokens(tokens: list[str], kinds: list[int], rest: tuple[str, ...] | object | None = _ASK) -> list[str]:
    """The tokens a new pattern's id is computed from: its first template with every word
    that another record of the event could hold otherwise (``templates.may_vary``, a
    leading tag, prefix or subject, see ``_rest_key``, and a hyphenated lower-case name) as
    ``<*>``. So ``Invalid user admin from <*>`` and
    ``Invalid user guest from <*>`` name their pattern alike, whichever came first.

    Of two words in a row only the second is taken (``for user alice``: alice), as
    :func:`templates.score` lets only one of two neighbours differ. ``rest``: the
    ``_rest_key`` of the tokens when the caller has it."""
    # a value around a stem (req_<*>, tx_<*>) is a value there as much as <*>: another
    # record of the event may hold one of another form (a number, a hash)
    out = list(tokens)
    if holds_kind(kinds, MIXED):
        out = [WILDCARD if kind == MIXED else token for token, kind in zip(tokens, kinds)]  # noqa: B905 (equal lengths; docs/patterns.md, Speed: strict= stops mypyc compiling the zip)
    taken = -2
    for at in reversed(varying(tokens, kinds)):
        # (a code location's line, a method's path: one call site's, Class::method, x.cc:64:;
        # nor a key before its "=", the event's own, whose value before it is the word that
        # varies: asset=profile_events downloaded_bytes=<*>, node.name=gateway node.tags=<*>;
        # a comparison's or an arrow's operand is no key: variable <*> == '<*>', in <*> => …)
        if (at != taken - 1 and not tokens[at].isdigit() and not method_path_at(tokens, at)
                and not (at + 2 < len(tokens) and tokens[at + 1] == "="
                         and tokens[at + 2] not in ("=", ">"))):
            out[at] = WILDCARD
            taken = at
    if rest is _ASK:
        rest = _rest_key(tokens, kinds)
    last = len(tokens) - 1
    if (last > 2 and out[last] == WILDCARD and out[last - 1] != WILDCARD and kinds[last - 1] == WORD
            and _NAME_WORD.fullmatch(tokens[last - 1]) and not tokens[last - 1].endswith(("ed", "ing"))
            and tokens[last - 1] not in CUE_WORDS and tokens[last - 1] not in _FUNCTION_WORDS
            and kinds[last - 2] == WORD and tokens[last - 2] not in _FUNCTION_WORDS):
        # a name right before the value that ends the message goes with it (status unpacked
        # tzdata <*> / status unpacked <*>, one value to the masker: index.fits_other_length),
        # and is no word of the rest after a subject
        out[last - 1] = WILDCARD
        if rest is not None:
            rest = _rest_key([*tokens[:last - 1], WILDCARD], [*kinds[:last - 1], WILD])
    at = _name_at(tokens)
    if rest is not None and out[at + 1] == tokens[at + 1] and not class_label_at(tokens, at):
        # a tag ([orders] …), a prefix (orders: …) or a subject (syslogd startup succeeded):
        # a name, as the index reads it (_named_lead, _best_after_name); not beside a word
        # that may vary (disk full on …: full), as of two in a row
        out[at] = WILDCARD
    for at, token in enumerate(tokens):
        # ("-" asked first: most words hold none, and the regex costs a call each)
        if (kinds[at] == WORD and "-" in token and out[at] == token and _COMPOUND_NAME.fullmatch(token)
                and _PROSE_PARTS.isdisjoint(token.split("-"))
                and not token.endswith(("ed", "ing"))
                and not (at and out[at - 1] == WILDCARD != tokens[at - 1])
                and not (at + 1 < len(tokens) and (out[at + 1] == WILDCARD != tokens[at + 1]
                                                   or tokens[at + 1] in _LABEL_MARKS))):
            # a lower-case name of parts joined by hyphens (checkout-queue, web-01): a host's,
            # a service's, a queue's name, a value that another record of the event holds
            # otherwise, wherever it stands (Setting rcvbuf on checkout-queue from <*>: no cue
            # word before it); prose joins words so with a preposition or a prefix
            # (up-to-date, read-only, re-created, non-zero) or ends an adjective with a
            # participle (user-defined, long-running), which stay the event's words. Not
            # snake_case nor a dotted name, nor one before a colon or a bracket: a function's,
            # a module's or a label's name is its call site's (rspamd_fuzzy_updates_cb: …,
            # load_policy()), and read as a value it makes two call sites' ids collide. Of two
            # in a row only one, as above.
            out[at] = WILDCARD
    return out


# (id_tokens) a lower-case hyphenated name, the parts with which prose joins its compounds,
# and the marks after a function's or a label's name
_COMPOUND_NAME: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+", re.ASCII)
_LABEL_MARKS: Final = frozenset((":", "(", "[", "=", "{"))
_PROSE_PARTS: Final = frozenset(("for", "from", "by", "via", "to", "of", "in", "on", "at", "with", "as",
                                 "into", "and", "or", "the", "a", "an", "is", "not", "no", "up", "out",
                                 "off", "only", "over", "re", "pre", "non", "multi", "sub", "self", "co",
                                 "un", "de"))


def id_text(named: list[str], spaced: list[bool]) -> str:
    """The text a new pattern's id is computed from: ``id_tokens`` rendered, with a
    variable in empty brackets (``[ ]``, ``()``), which other records of the event fill
    (``[x]``, ``(<*>)``: the index matches the two, ``templates.fits_other_length``)."""
    at = 1
    while at < len(named):
        if named[at - 1] in BRACKET_PAIRS and BRACKET_PAIRS[named[at - 1]] == named[at]:
            named = [*named[:at], WILDCARD, *named[at:]]
            spaced = [*spaced[:at], False, *spaced[at:]]
            spaced[at + 1] = False
        at += 1
    if len(named) > 2 and named[-1] == named[-2] == WILDCARD and spaced[-1]:
        named, spaced = named[:-1], spaced[:-1]  # two values that end the text are one (id_tokens)
    return render(named, spaced)


_NAME_WORD: Final = re.compile(r"[a-z][a-z0-9_.+-]*", re.ASCII)
_FUNCTION_WORDS: Final = frozenset(("for", "from", "by", "via", "to", "of", "in", "on", "at", "with", "as",
                                    "into", "and", "or", "the", "a", "an", "is", "was", "be", "not", "no"))


def _around(template: list[str], tokens: list[str], at: int) -> list[str]:
    """``template`` with a variable where ``tokens`` (of another length, parting at ``at``)
    differs before that place or after it, aligned from the end."""
    out = list(template)
    for index in range(at):
        if out[index] != tokens[index]:
            out[index] = WILDCARD
    for back in range(1, min(len(template), len(tokens)) - at + 1):
        if len(template) - back <= at or len(tokens) - back <= at:
            break
        if out[-back] != tokens[-back]:
            out[-back] = WILDCARD
    return out


def _one_word_more(shape: Shape, at: int) -> bool:
    """Whether ``shape`` holds one word at ``at`` where a shorter record has nothing."""
    return shape.kinds[at] in (WORD, TITLE)


def _prefixed(tokens: list[str], kinds: list[int]) -> bool:
    """Whether ``tokens`` starts with a leading name or value (``ledger: …``, ``[orders] …``,
    ``<*>: …``)."""
    # (tokens read at their places, not compared as slices: no list made)
    if len(tokens) > 1 and tokens[1] == ":":
        return kinds[0] == WILD or prefix_at(tokens, kinds) == 0
    return len(tokens) > 3 and tokens[0] == "[" and tokens[2] == "]" and (
        kinds[1] == WILD or prefix_at(tokens, kinds) == 1)


# The last token list whose _name_at was asked, and its answer: a new pattern's tokens are
# asked four times or more (for its rest, whether it leads with a code name, its id, its
# subjects' key), and a token list is never changed in place (as ShapeIndex.rest_of's). One
# pair, replaced whole.
_LAST_NAME_AT: Final[list[tuple[list[str], int]]] = [([], 0)]


def _name_at(tokens: list[str]) -> int:
    """Where a leading name would be: the first token, the one in a leading bracket
    (``[orders] …``, ``(worker-3) …``) or the one after a list's bullet (``_bulleted``)."""
    last, at = _LAST_NAME_AT[0]
    if last is tokens:
        return at
    at = _leading_name_at(tokens)
    _LAST_NAME_AT[0] = (tokens, at)
    return at


def _leading_name_at(tokens: list[str]) -> int:
    """``_name_at``, not remembered."""
    if len(tokens) > 2 and ((tokens[0] in _OPENERS and tokens[2] == _OPENERS[tokens[0]])
                            or tokens[0] in _BULLETS):
        if bracketed_level_name(tokens) and not FUNCTION_NAME.fullmatch(tokens[3]):
            # the record's level in brackets, then a name and its colon ([debug] <name>: …;
            # docs/patterns.md § The record's head): the level is the record's, the name the
            # message's prefix; not a function's name in snake case, one call site's
            # ([trace] fetch_channel: …)
            return 3
        return 1
    # (a quoted message follows its key's "=": most texts hold none, which a list's test
    # tells for less than the set's method)
    if holds(tokens, "=") and holds_any(_MESSAGE_KEYS, tokens):
        return _field_opening(tokens)
    return 0


# The keys whose quoted value is a structured record's message (masking's, in tokens)
_MESSAGE_KEYS: Final = frozenset(MESSAGE_KEYS)


def _field_opening(tokens: list[str]) -> int:
    """Where a structured record's quoted message opens (logrus's and slog's ``msg="…"``): its
    first word, which a name may be as a bare message's first word may (``msg="nightly is an
    async generator …"``, ``msg="orders_v2 compacted"``), when it is the sentence's subject;
    else 0."""
    count = len(tokens)
    quote = 1  # (the quotes are few: found by list.index in C, the key looked behind for)
    while quote + 2 < count:
        try:
            quote = tokens.index('"', quote + 1, count - 2)
        except ValueError:
            return 0
        at = quote - 2
        if tokens[quote - 1] == "=" and tokens[at] in _MESSAGE_KEYS:
            # (a subject, not a label before a colon: the head's keys are constants both
            # share, so a label's event after it would weigh as little as a bare message's
            # does; nor a name in CamelCase, a method's or a type's, which a structured
            # record's constant message names as its call site's: containerd's
            # msg="CheckpointContainer returns successfully")
            name = tokens[at + 3]
            return at + 3 if (name[0].isalnum() and tokens[at + 4] not in (":", '"')
                              and not CLASS_NAME.fullmatch(name)) else 0
    return 0


def _bulleted(tokens: list[str], at: int) -> bool:
    """Whether the name at ``at`` (``_name_at``) follows a list's bullet that opens the record:
    a program that prints a list item as a record (``- orders is already installed,
    skipping.``) starts its sentence after the bullet, and its subject may be a name as a
    first word is; a tag it is not (a capitalised word there is the sentence's)."""
    return at == 1 and tokens[0] in _BULLETS


_OPENERS: Final = {"[": "]", "(": ")", "<": ">"}
_BULLETS: Final = frozenset(("-", "*", "+", "•"))
# Auxiliaries: a plain word before one is the subject of a sentence, a thing's name however
# long the message (search is not properly installed; …, internal is now ready to exit)
_AUXILIARIES: Final = frozenset(("is", "was", "has", "had", "will", "can", "cannot", "could", "does", "did",
                          "should", "would", "must", "may", "might", "seems", "appears"))


def _named_subject_done(tokens: list[str], kinds: list[int]) -> tuple[str, ...] | None:
    """The rest key of a two-word message that is a lower-case name and a verb's past form
    (``alpha stopped.`` / ``premium stopped.``, ``users-api stopped.``), else None.

    A record of two words that says a thing did something holds the thing's name as its
    subject: the verb is the event, the name its value, as in a longer sentence after a
    subject (``_rest_key`` asks two constant words of a rest, which a sentence of two
    words cannot have). Only a lower-case name of data (no capital: ``OpenTelemetry
    enabled`` names a class, a call site's), not a verb's form, a state nor a word of
    prose, and only before a past form in -ed ending the record (``alpha stop.`` reads as
    a command). Measured with tests/patterns/word_splits.py (dev and r4-r9): wrong lines
    -14/-2/0 over seeds 0/1/2, no set worse; r10 unchanged."""
    if len(tokens) != 2 or kinds[0] != WORD or kinds[1] != WORD:
        return None
    name, verb = tokens[0], sentence_word(tokens[1])
    if not _NAME.fullmatch(name) or name in PROSE_WORDS or name in LEAD_VERBS or name in STATE_WORDS:
        return None
    if name.endswith(("ed", "ing")) or not verb.endswith("ed") or not verb.isalpha():
        return None
    return ("", tokens[1])


def _rest_key(tokens: list[str], kinds: list[int]) -> tuple[str, ...] | None:
    """The message without its leading name, when its first word could be a name.

    A name leads a message as its subject (``syslogd startup succeeded``), as a tag in
    brackets (``[orders] compaction started``) or as a prefix before a colon
    (``LedgerStore: conffile … is not a plain file``). A plain lower-case word may be one
    anywhere; a capitalised word only as a tag or a prefix (a capitalised first word of a
    sentence is mostly its verb or noun: ``Started``, ``Connection``); never a verb
    (``acquire``, ``started``, ``stopping``) or an identifier from code (``onReceive``,
    ``autopurge.purgeInterval``). The rest must hold two constant words at least.
    """
    if len(tokens) < 3:
        return _named_subject_done(tokens, kinds)
    at = _name_at(tokens)
    kind = kinds[at]
    field = at > 1 and tokens[at - 1] == '"'  # (a structured record's quoted message: _field_opening)
    if kind == STRONG and field:
        kind = token_kind(tokens[at])  # (its first word read as a bare message's)
    if kind != WILD:
        if kind != WORD and kind != TITLE and kind != MIXED:
            return None
        # (a word before an auxiliary is the sentence's subject)
        first = at == 0 or field or _bulleted(tokens, at)  # the first word of a sentence
        subject = first and tokens[at + 1] in _AUXILIARIES
        if kind == TITLE and first and tokens[at + 1] != ":" and not (subject and len(tokens) > MAX_REST + 1):
            # a capitalised first word of a sentence (the common case, decided first); of a long
            # one before an auxiliary, a name (Audit is an async generator function while …; a
            # short sentence's is its own noun: Tablet had no name??? / Pad had no name???)
            return None
        lead = tokens[at]
        if location_file_at(tokens, at):
            return None  # the file of a code location (lead.c:<*>: …): one call site's, no name
        labelled = (at == 1 and not first) or tokens[at + 1] == ":"
        if not labelled and len(tokens) - (at if field else 0) > MAX_REST + 1 and kind != MIXED and (
                lead.isalpha() and not CLASS_NAME.fullmatch(lead)) and not subject:
            # a subject names a short message (syslogd startup succeeded); a name of code
            # (mailer-db, orders_v2) is no word of a sentence, whatever its length
            return None
        # a name with a value in it (events-<*>, orders_v<*>) or in CamelCase (MailerService)
        # is a name as much as a lower-case word
        if not (kind == MIXED or _NAME.fullmatch(lead) or CLASS_NAME.fullmatch(lead)
                or ((labelled or subject) and _LABEL.fullmatch(lead))):
            return None
        if lead.lower() in LEAD_VERBS or (not labelled and lead.isalpha() and lead.endswith(("ed", "ing"))):
            return None
    if word_count(kinds) - (WORD <= kinds[at] < PUNCT) < 2:
        return None
    return (*tokens[:at], "", *tokens[at + 1:])
