"""Which shapes of a first word the rules could accept for a message, found by place and token.

``shapes.ShapeIndex`` keeps shapes in buckets of one first word (``lead_key``) and length,
and scans them with the rules: ``templates.score`` at the message's length,
``templates.fits_other_length`` at nearby lengths, ``runs.inner_run_at`` at lengths
within ``MAX_RUN``. With many programs in one miner most of those shapes are other events
(``Failed to bind <*>`` for ``Failed to open <*>``), which a rule refuses after a loop in
Python over their tokens. A ``PlaceIndex`` holds every shape of one first word by place
(from the front and from the end) and token as bit masks, so that one pass over a
message's tokens finds the few shapes a rule could accept; the scans ask the rule about
those alone, in their own order: the same answers, less work.

Each mask is a necessary condition of its rule, as the rule is now:

- ``score_mask``: ``score`` refuses (-1) two different words at a place where the
  message's word is plain (no name of code, no qualified or hyphenated name), not
  introduced as a value (``cue_at``) nor by a thing's noun (``noun_names_at``), not
  alone in brackets nor a leading name, nor a value the stream has shown elsewhere, unless
  the template's is a variable, a mark, a stem, a message field's word or a name of
  code (a *firm* word is none of these); a message field's first word against any
  other word; and a key's ``=`` against any other token but a variable (a logfmt
  record against a JSON one of the same first word);
- ``fit_mask``: ``fits_other_length`` agrees from the front only over tokens that are
  equal or whose next ones are, and so from the end, and must cover all of the shorter
  side but one token;
- ``run_mask``: ``inner_run_at`` needs the second tokens and the last agree (or a key in the
  template), the tokens equal or the template's a variable up to where the run starts, and a
  start there: a cue, a word that announces an error, a sentence's end before a bar, or
  ``ANCHOR_WORDS`` words of the template before it (or a separator and two words after in the
  template: an error's text before them); two words of the template before it (or an error's
  key, or a label's colon alone); the rest of the message after a run of at most ``MAX_TEXT``
  tokens agreeing from its end; and after the run, within what agrees from the end, two words
  of the template, a bar or a closing bracket (then an opening one right before the run),
  unless nothing agrees there (the value of a key to the end).

A rule that lets more through must loosen its mask here too: ``tests/patterns/
test_candidates.py`` checks each mask against its rule on random pairs.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any, Final

from otlp_sampler.patterns.masking import holds
from otlp_sampler.patterns.runs import ANCHOR_WORDS, MAX_TEXT, PARTING, run_start
from otlp_sampler.patterns.templates import (
    CAPS,
    IS_CODE_NAME,
    PUNCT,
    STRONG,
    TITLE,
    WILD,
    WORD,
    bar_field_at,
    capital_first,
    counted_place_at,
    cue_at,
    name_before_noun_at,
    name_shapes,
    noun_names_at,
    plain_word,
    prefix_at,
    preposition_names_at,
    proper_name_at,
)

_MARKS: Final = {"(": ")", "[": "]", "{": "}", "<": ">"}  # a mark alone in them may differ (score)
# what may close a run (runs.inner_run_at: closed): a bracket the run's opening one pairs with
_RUN_OPENERS: Final = frozenset(("(", "[", "{"))
# (or a quote a key's mark opened: runs._quoted_value, run_mask's _keyed_quote)
_RUN_CLOSERS: Final = frozenset((")", "]", "}", '"', "'"))
# Each ASCII character's bits, as a one-character token (PlaceIndex._mark): a closing bracket of
# _RUN_CLOSERS, the bar, a separator of runs.PARTING, an opening bracket of _RUN_OPENERS
_CLOSER: Final = 1
_BAR: Final = 2
_PARTS: Final = 4
_OPENER: Final = 8
_ONE_MARK: Final = bytes((_CLOSER if chr(c) in _RUN_CLOSERS else 0) | (_BAR if chr(c) == "|" else 0)
                         | (_PARTS if chr(c) in PARTING else 0) | (_OPENER if chr(c) in _RUN_OPENERS else 0)
                         for c in range(128))
MAX_CANDIDATES: Final = 48  # shapes scored per bucket and miss, most popular first (shapes._Bucket)


class PlaceIndex:
    """The shapes of one first word, by place and token: bit masks of the shapes holding
    each token at each place from the front (``front``) and from the end (``back``), a
    variable there, a firm word there (``score_mask``), their second word, ``=`` anywhere,
    and each length; from the end, their second word, bars and closing brackets, and their
    opening brackets (``run_mask``)."""

    __slots__ = ("anchored", "back", "back_wild", "closing", "firm", "front", "front_wild", "held", "keyed",
                 "lengths", "opening", "parting", "second", "shapes", "wordy")

    def __init__(self) -> None:
        self.front: list[dict[str, int]] = []
        self.back: list[dict[str, int]] = []
        self.front_wild: list[int] = []
        self.back_wild: list[int] = []
        self.firm: list[int] = []  # [at]: the shapes with a firm word at ``at`` (score_mask)
        # [at]: the shapes whose second word (no mark, no value) is right before ``at``, and
        # whose ANCHOR_WORDS-th
        self.second: list[int] = [0]
        self.anchored: list[int] = [0]
        # [at] from the end: the shapes whose second word from the end or a bar is there, and
        # those with a closing bracket there; [at] from the front: those with an opening one
        # (run_mask: what may follow a run)
        self.wordy: list[int] = []
        self.closing: list[int] = []
        self.opening: list[int] = []
        self.lengths: dict[int, int] = {}
        self.keyed = 0
        self.parting = 0  # the shapes with a separator and two words after it (runs.PARTING)
        # shape -> its bit and the tokens and kinds it is indexed with (a shape generalized
        # since is indexed again: refresh)
        self.held: dict = {}
        self.shapes: list = []  # by bit

    def add(self, shape) -> None:
        """Index a shape (its ``indexes`` learn it: ``Shape.absorb`` refreshes them)."""
        if shape in self.held:
            return
        bit = 1 << len(self.shapes)
        self.shapes.append(shape)
        shape.indexes.append(self)
        self._put(shape, bit)

    def refresh(self, shape) -> None:
        """Index ``shape`` again after its tokens changed (generalized in place, same length):
        its token entries only where its tokens changed; its other marks cleared where the
        tokens it was indexed with set them, and set anew."""
        bit, before, was = self.held[shape]
        # (not at every place: each operation on these masks copies an integer as wide as the
        # index holds shapes)
        self._mark(before, was, bit, False)
        tokens: list[str] = shape.tokens
        kinds: list[int] = shape.kinds
        self.held[shape] = (bit, tokens, kinds)
        last = len(tokens) - 1
        front, back = self.front, self.back
        for at, token in enumerate(tokens):
            old = before[at]
            if old != token:
                _move_entry(front[at], old, token, bit)
                _move_entry(back[last - at], old, token, bit)
        self._mark(tokens, kinds, bit, True)

    def _put(self, shape, bit: int) -> None:
        # (typed: compiled, the loops below read a list of str and one of int in C, not
        # objects of unknown type through generic calls; a shape is shapes.Shape, which this
        # module cannot import)
        tokens: list[str] = shape.tokens
        kinds: list[int] = shape.kinds
        self.held[shape] = (bit, tokens, kinds)
        length = len(tokens)
        front, back = self.front, self.back
        grow = length - len(front)
        if grow > 0:
            front.extend([{} for _ in range(grow)])
            back.extend([{} for _ in range(grow)])
            zeros = [0] * grow
            for places in (self.front_wild, self.back_wild, self.firm, self.second, self.anchored,
                           self.wordy, self.closing, self.opening):
                places.extend(zeros)
        # (a new entry takes the bit itself: an OR with 0 would copy it, an integer as wide as
        # the index holds shapes)
        held = self.lengths.get(length, 0)
        self.lengths[length] = held | bit if held else bit
        last = length - 1
        # (a token new at a place, most of a line never seen, takes the bit as one object, made
        # once: compiled, an int stored in a dict of ints is made an object at each store, an
        # allocation, and freed when a later shape's bit joins it; the same value either way)
        one: Any = bit
        for at, token in enumerate(tokens):
            _put_entry(front[at], token, bit, one)
            _put_entry(back[last - at], token, bit, one)
        self._mark(tokens, kinds, bit, True)

    def _mark(self, tokens: list[str], kinds: list[int], bit: int, on: bool) -> None:
        """Set (``on``) or clear a shape's bit in the masks by place, ``keyed`` and
        ``parting``, where a shape of these tokens and kinds has it."""
        front_wild, back_wild, firm = self.front_wild, self.back_wild, self.firm
        second, anchored = self.second, self.anchored
        wordy, closing, opening = self.wordy, self.closing, self.opening
        length = len(tokens)
        last = length - 1
        words = 0
        for at, token in enumerate(tokens):
            kind = kinds[at]
            if kind == WILD:
                _flip(front_wild, at, bit, on)
                _flip(back_wild, last - at, bit, on)
            elif WORD <= kind < PUNCT:
                if words < ANCHOR_WORDS:
                    words += 1
                    if words == 2:
                        _flip(second, at + 1, bit, on)
                    if words == ANCHOR_WORDS:
                        _flip(anchored, at + 1, bit, on)
                # (not a hyphenated word, nor a capitalised one after a word: against a plain
                # word templates._qualified_pair reads both as names)
                if kind == CAPS or (kind != STRONG and "-" not in token and _no_code_name(token)
                                    and not (capital_first(token) and proper_name_at(tokens, at))):
                    _flip(firm, at, bit, on)
        if holds(tokens, "="):
            self.keyed = self.keyed | bit if on else self.keyed & ~bit
        words = 0
        for at in range(length):  # from the end
            token = tokens[last - at]
            if len(token) == 1:  # (each mark below is one character: most tokens are no set's)
                # (the sets read from the character's bits in _ONE_MARK: a set's lookup is a
                # generic call of some 85 instructions, a byte's read a few)
                c = ord(token)
                marks = _ONE_MARK[c] if c < 128 else 0
                if marks & _CLOSER:
                    _flip(closing, at, bit, on)
                elif marks & _BAR:
                    _flip(wordy, at, bit, on)
                if words == 2 and marks & _PARTS:
                    self.parting = self.parting | bit if on else self.parting & ~bit
                if marks & _OPENER:
                    _flip(opening, last - at, bit, on)
            if words < 2 and WORD <= kinds[last - at] < PUNCT:
                words += 1
                if words == 2:
                    _flip(wordy, at, bit, on)


def _put_entry(place: dict[str, int], token: str, bit: int, one: Any) -> None:
    """Add a shape's ``bit`` to one place's entry for ``token``; a new entry takes ``one``,
    the bit as an object made once for all of a shape's places (``PlaceIndex._put``)."""
    held = place.get(token, 0)
    if held:
        place[token] = held | bit
    else:
        fresh: dict[str, Any] = place
        fresh[token] = one


def _move_entry(place: dict[str, int], old: str, token: str, bit: int) -> None:
    """Move a shape's ``bit`` in one place's entries from the token ``old`` to ``token``
    (an entry left with no shape is dropped, as an index made anew would not hold it)."""
    left = place[old] & ~bit
    if left:
        place[old] = left
    else:
        del place[old]
    place[token] = place.get(token, 0) | bit


def _union(a: int, b: int) -> int:
    """``a | b``, without an operation where one is 0 (each makes an integer as wide as the
    index holds shapes, and most places of a line never seen hold none of its tokens)."""
    if not a:
        return b
    if not b:
        return a
    return a | b


def _common(a: int, b: int) -> int:
    """``a & b``, without an operation where one is 0 (``_union``)."""
    return a & b if a and b else 0


def _flip(masks: list[int], at: int, bit: int, on: bool) -> None:
    held = masks[at]
    if on:
        masks[at] = held | bit if held else bit  # (_put: no copy of the bit by an OR with 0)
    else:
        masks[at] = held & ~bit


def _no_code_name(word: str) -> bool:
    """Whether a word is no name of code (snake_case, dotted, CamelCase: score lets one
    differ from a plain word)."""
    if plain_word(word):
        return True  # (most words: no regex)
    return not name_shapes(word) & IS_CODE_NAME


def among(bucket, mask: int | None, index: PlaceIndex | None) -> list:
    """The candidates of ``bucket`` (``shapes._Bucket``, its shapes of one length) whose bit
    is in ``mask`` (of that length only), in the bucket's order; all of them without an
    index (``mask`` None). A bucket of more than ``MAX_CANDIDATES`` is read whatever the
    mask, as every scan read it: reading it sorts it once it has grown
    (``_Bucket.candidates``), and its order must not depend on the index."""
    if mask is None or index is None:
        shapes = bucket.shapes  # (_Bucket.candidates' own first test, without its call)
        return shapes if len(shapes) <= MAX_CANDIDATES else bucket.candidates()
    if len(bucket.shapes) > MAX_CANDIDATES:
        candidates: list = bucket.candidates()
        if not mask:
            return []
        # (the candidates whose bit is in the mask: the mask's shapes, read from its bits
        # once, then a set lookup a candidate, not an operation on the wide mask each)
        chosen = set(shapes_of(mask, index.shapes))
        return [shape for shape in candidates if shape in chosen]
    if not mask:
        return []
    # every shape a candidate, in the order they came, as their bits did (an index made again
    # takes the buckets' order: shapes.ShapeIndex._index_again)
    return shapes_of(mask, index.shapes)


_SHORT: Final = 0x3FFFFFFFFFFFFFFF  # the largest int the compiled build keeps unboxed (2**62 - 1)


def shapes_of(mask: int, by_bit: list) -> list:
    """The shapes (``by_bit``, an index's ``shapes``) whose bits are in ``mask``, by bit.
    A mask wider than a machine word is read from its bytes (``int.to_bytes``, one pass in
    C): each ``&``, ``-`` or ``^`` on it would make an integer as wide as the index holds
    shapes, some 1,300 instructions a bit at a thousand shapes."""
    out = []
    if mask <= _SHORT:
        while mask:
            low = mask & -mask
            out.append(by_bit[low.bit_length() - 1])
            mask ^= low
        return out
    size = (mask.bit_length() + 7) >> 3
    raw = mask.to_bytes(size, "little")
    at = 0
    while at < size:
        byte = raw[at]
        if byte:
            base = (at << 3) - 1
            while byte:
                low = byte & -byte
                out.append(by_bit[base + low.bit_length()])
                byte ^= low
        at += 1
    return out


def score_mask(index: PlaceIndex, tokens: list[str], kinds: list[int], skip: int = -1,
               values: AbstractSet[str] = frozenset()) -> int:
    """The shapes of the message's length that ``score`` does not refuse at the places where
    it refuses another firm word of a template: a plain word that no cue introduces
    (not alone in brackets or in a field between bars, not a leading name), or a message
    field's first word; nor where one holds a key's ``=`` and the other another token
    (neither a variable, nor alone in brackets). (It stops once one shape at most is
    left: the rule decides the rest.) ``skip``: a place the templates are asked about
    with a variable there (``shapes._best_after_name``). ``values``: as ``score``'s, where a
    word of the message that the stream has shown as a value may differ."""
    mask = index.lengths.get(len(tokens), 0)
    front, firm, keyed = index.front, index.firm, index.keyed
    last = len(tokens) - 1
    # (each operation on a mask makes an integer as wide as the index holds shapes: what
    # depends on the mask alone, whether one shape at most is left and whether one with a
    # key is, is read again only after the mask changed)
    changed = True
    with_key = False
    for at, kind in enumerate(kinds):
        if changed:
            if mask & (mask - 1) == 0:
                break
            with_key = mask & keyed != 0
            changed = False
        if at == skip:
            continue
        token = tokens[at]
        # (a shape's "=" is asked about only while one with a key is left: index.keyed)
        if kind != WILD and (token == "=" or with_key) and not (
                0 < at < last and _MARKS.get(tokens[at - 1]) == tokens[at + 1]):
            # a key's "=" against another token, in either: another record (score)
            keys = front[at].get("=", 0)
            if token == "=":
                mask &= keys | index.front_wild[at]
                changed = True
                continue
            if keys:
                mask &= ~keys
                changed = True
        if kind != WORD and kind != TITLE and kind != STRONG:
            continue  # (no rule below refuses a shape there)
        # (the rules below decide only whether this place may refuse a shape: asked only
        # where one would be refused, a firm word of a shape against another word)
        refused = _common(mask, firm[at])
        if not refused:
            continue
        holding = front[at].get(token, 0)  # (none for most words of a line never seen)
        if holding:
            refused &= ~holding
            if not refused:
                continue
        if kind != STRONG:
            if ((0 < at < last and _MARKS.get(tokens[at - 1]) == tokens[at + 1]) or cue_at(tokens, at)
                    or name_shapes(token) or (at < 2 and prefix_at(tokens, kinds) == at)
                    or noun_names_at(tokens, at) or preposition_names_at(tokens, at)
                    or name_before_noun_at(tokens, at)
                    or proper_name_at(tokens, at) or bar_field_at(tokens, at)
                    or token in values or counted_place_at(tokens, at)):
                continue
        elif STRONG in kinds[at - 3 if at > 3 else 0:at]:
            continue
        mask ^= refused  # (a part of mask: mask & ~refused in one operation)
        changed = True
    return mask


def _reaching(start: int, places: list[dict[str, int]], tokens: list[str]) -> list[int]:
    """``out[h]``: the shapes of ``start`` whose agreement with ``tokens`` may reach place h,
    with no two places in a row before it where they hold another token; the list ends
    at its first 0 (every later entry would be 0)."""
    count = min(len(places), len(tokens))
    out = [start]
    reach = start
    here = places[0].get(tokens[0], 0) if count else 0
    for at in range(len(tokens)):
        after = places[at + 1].get(tokens[at + 1], 0) if at + 1 < count else 0
        reach = _common(reach, _union(here, after))
        out.append(reach)
        if not reach:
            break
        here = after
    return out


def fit_mask(index: PlaceIndex, tokens: list[str], lengths: list[int]) -> dict[int, int]:
    """For each of ``lengths`` (others than the message's), the shapes of it that
    ``fits_other_length`` may place ``tokens`` against: from the front and from the end,
    no two differences in a row, and the shorter side covered but for one token."""
    wanted = 0
    for length in lengths:
        wanted |= index.lengths.get(length, 0)
    out: dict[int, int] = {}
    if not wanted:
        return out
    heads = _reaching(wanted, index.front, tokens)
    tails = _reaching(wanted, index.back, tokens[::-1])
    last_head, last_tail = len(heads) - 1, len(tails) - 1  # (0 after them)
    n = len(tokens)
    # (every length longer than the message needs what it needs, its n - 1 tokens covered:
    # their union of the heads and tails is made once, not once a length)
    longer = -1
    for length in lengths:
        shapes = index.lengths.get(length, 0)
        if not shapes:
            continue
        need = min(length, n) - 1
        if length > n and longer >= 0:
            mask = longer
        else:
            mask = 0
            for head in range(max(0, need - last_tail), min(need + 1, last_head) + 1):
                mask = _union(mask, _common(heads[head], tails[need - head if head < need else 0]))
            if length > n:
                longer = mask
        mask = _common(mask, shapes)
        if mask:
            out[length] = mask
    return out


def run_mask(index: PlaceIndex, tokens: list[str], wanted: int) -> int:
    """The shapes of ``wanted`` that ``inner_run_at`` may find a run of words against: the
    last tokens agree (or the template has a key), and the first ones up to a difference (or
    up to the template's variable before it), the second ones among them; a run may start
    there (``runs.run_start(tokens, at)``: what the message says there, else a sentence's
    end in a variable of the template, or ANCHOR_WORDS words of it before), after two words
    of the template (or, ``run_start``'s second answer, right after an error's key or after
    a label's colon before a short text that ends the message: ``_ended_text``); after a run of at
    most ``MAX_TEXT`` tokens (the longest any run takes) the rest of the message agrees
    from its end; and what the template has after the run, a part of what agrees from the
    end, holds two words or a closing mark, unless the run may end the message (the last
    tokens differ, or the front agreement covers the shorter side: the value of a key)."""
    n = len(tokens)
    if n < 3 or len(index.front) < 2:
        return 0
    front, front_wild, second, anchored = index.front, index.front_wild, index.second, index.anchored
    parting = index.parting
    mask = wanted & (index.back[0].get(tokens[-1], 0) | index.back_wild[0] | index.keyed) & (
        front[1].get(tokens[1], 0) | front_wild[1])
    if not mask:
        return 0  # (no shape agrees at both ends: most lines, nothing below to read)
    # behind[t]: the shapes of ``mask`` whose last t tokens agree (equal, or a variable of the
    # template); a run that starts at ``at`` leaves n - MAX_TEXT - at of them at least (only
    # shapes of ``mask`` are asked about: no negative integer, dearer to operate on)
    behind = [mask]
    reach = mask
    back, back_wild = index.back, index.back_wild
    for at in range(min(n - MAX_TEXT - 1, len(back))):
        reach = _common(reach, _union(back[at].get(tokens[n - 1 - at], 0), back_wild[at]))
        behind.append(reach)
        if not reach:
            break
    ending, after, bracketed = _after_run(index, tokens)
    lengths, opening = index.lengths, index.opening
    out = 0
    count = min(n, len(front))
    two = four = 0  # the shapes with two words, and ANCHOR_WORDS, before ``at``
    summed = 0  # (two and four are summed up to here: only where a shape differs first)
    at = 0
    while mask:
        agreeing = _common(mask, _union(front[at].get(tokens[at], 0), front_wild[at])) if at < count else 0
        if at:
            # the first difference at ``at`` (or the shorter side's end): agreeing is a part of
            # mask, so mask & ~agreeing in one operation (each operation on these masks makes
            # an integer as wide as the index: the steps below only while some shape is left)
            exact = mask ^ agreeing
            rest = n - MAX_TEXT - at
            if exact and rest > 0:
                exact = exact & behind[rest] if rest < len(behind) else 0
            if exact and at < n:
                # (a shape that ends here agrees over all of it: no part after a run; a run
                # starts here, or at the template's variable before; a shape whose last token
                # differs may end with a key's value, and keeps its bit: only those whose last
                # token agrees are asked, so that no mask is negative, each operation on one
                # the interpreter's generic call)
                kept = exact & ending
                if kept:
                    boxed = bracketed if _keyed_quote(tokens, at) else bracketed & (
                        opening[at - 1] | (opening[at - 2] if at > 1 else 0))
                    exact = (exact ^ kept) | (kept & (after | boxed | lengths.get(at, 0)))
            if exact:
                while summed <= at:
                    two |= second[summed]
                    four |= anchored[summed]
                    summed += 1
                out |= _starting(tokens, at, front_wild, two, four | parting, exact)
                if at > 1:
                    # the template's variable before the difference is the run
                    wild = exact & front_wild[at - 1]
                    if wild:
                        out |= _starting(tokens, at - 1, front_wild, two, four | parting, wild)
        mask = agreeing
        at += 1
    return out


def _keyed_quote(tokens: list[str], at: int) -> bool:
    """Whether a quote right after a key's ``=`` or ``:`` opens a run that starts at ``at``,
    or at the template's variable before it (``runs._quoted_value``; ``run_mask``): the
    message agrees with the template up to ``at``."""
    return (at > 1 and tokens[at - 2] in _KEY_MARKS and tokens[at - 1] in _QUOTE_TOKENS) or (
        at > 2 and tokens[at - 3] in _KEY_MARKS and tokens[at - 2] in _QUOTE_TOKENS)


_KEY_MARKS: Final = frozenset((":", "="))
_QUOTE_TOKENS: Final = frozenset(("'", '"'))


def _after_run(index: PlaceIndex, tokens: list[str]) -> tuple[int, int, int]:
    """The shapes whose last token agrees with the message's (the others, none of their
    tokens agreeing from the end, may end with the value of a key: any part after the run);
    those of them whose part after a run of ``tokens`` may hold what ``inner_run_at`` needs
    there, a part of the tokens that agree from the end: two words or a bar; and those with
    a closing bracket there (the run then needs an opening one before it)."""
    back, back_wild, wordy, closing = index.back, index.back_wild, index.wordy, index.closing
    n = len(tokens)
    reach = _union(back[0].get(tokens[-1], 0), back_wild[0])
    ending = reach
    out = 0
    bracketed = 0
    at = 0
    while reach:
        out = _union(out, _common(reach, wordy[at]))
        bracketed = _union(bracketed, _common(reach, closing[at]))
        at += 1
        if at >= n or at >= len(back):
            break
        reach = _common(reach, _union(back[at].get(tokens[n - 1 - at], 0), back_wild[at]))
    return ending, out, bracketed


def _starting(tokens: list[str], at: int, front_wild: list[int], two: int, four: int, shapes: int) -> int:
    """The shapes of ``shapes`` (of ``two`` and ``four``, read up to ``at`` or past it) where
    a run may start at ``at`` (``run_mask``): each test the message passes leaves them all
    (no mask of every shape, -1: a negative integer's operations are generic calls)."""
    if at >= len(tokens):
        return 0  # (no run after the message's end)
    anywhere, keyed = run_start(tokens, at)
    if not anywhere:
        shapes &= front_wild[at - 1] | four
    if not keyed:
        shapes &= two
    return shapes
