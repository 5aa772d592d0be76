"""What a piece of the masking pattern matches, read from the pattern itself once at import,
so that the compiled scan's cheap tests (masking._scanned_values) use the pattern's own
characters and words (a class's characters, a finite piece's words, the characters a match
may start with) instead of copies of them (a copy falls behind when the pattern is
edited, and the scan then skips a place where a value starts). Run as Python only, at import:
it reads the regex parser's tree, which has no types."""

from __future__ import annotations

import importlib
import re
from typing import Any

# (the standard library's regex parser, re._parser, imported by name: it is private, unstubbed)
_PARSER: Any = importlib.import_module("re._parser")
_CONSTANTS: Any = importlib.import_module("re._constants")
# the most texts a finite piece may spell (the two-letter top-level domains are 676)
_MOST_WORDS = 5_000


def characters(char_class: str) -> frozenset[str]:
    """The ASCII characters one character of ``char_class`` (a regex, ``[\\w.-]``) may be,
    under re.ASCII as the masking pattern is compiled (no character beyond ASCII is then in
    ``\\w``, ``\\d`` or ``\\s``; a class that names none holds none)."""
    one = re.compile(char_class, re.ASCII)
    found = frozenset(chr(c) for c in range(128) if one.fullmatch(chr(c)))
    if one.fullmatch("é") or one.fullmatch("\u0100"):
        raise ValueError(f"{char_class!r} holds characters beyond ASCII: a set of them cannot list it")
    return found


def words(piece: str) -> frozenset[str]:
    """Every text the regex ``piece`` matches whole, when they are few (an alternation of
    words, ``(?:com|net|ya?ml)``, two letters ``[a-z]{2}`` less some): spelled from the
    parser's tree with its assertions left out, then each spelling kept only where the
    regex itself matches it whole (so an assertion's refusals hold). A piece of unbounded
    or too many texts is refused (ValueError)."""
    spellings = _spell(list(_PARSER.parse(piece, re.ASCII)))
    whole = re.compile(r"(?:" + piece + r")\Z", re.ASCII)
    return frozenset(word for word in spellings if whole.match(word))


def first_characters(piece: str) -> frozenset[str]:
    """The ASCII characters a match of the regex ``piece`` may start with (``(?:[\\d.@]|/x)``:
    the digits, ``.``, ``@`` and ``/``), read from the parser's tree with its assertions left
    out: where one refuses a start, the set holds more than the regex starts with, never
    less. A piece that may match the empty text starts with no character it must have
    (ValueError)."""
    found, empty = _firsts(list(_PARSER.parse(piece, re.ASCII)))
    if empty:
        raise ValueError(f"{piece!r} may match the empty text")
    return frozenset(found)


def _firsts(items: list[Any]) -> tuple[set[str], bool]:
    """The first characters a parsed sequence may spell, and whether it may spell nothing."""
    c = _CONSTANTS
    out: set[str] = set()
    for op, value in items:
        if op is c.LITERAL:
            return out | {chr(value)}, False
        if op is c.IN:
            return out | _class_characters(value), False
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # (zero width: the next item starts the match)
        if op is c.BRANCH:
            bodies = [list(branch) for branch in value[1]]
        elif op is c.SUBPATTERN:
            bodies = [list(value[-1])]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            bodies = [list(value[2])] + ([[]] if value[0] == 0 else [])
        else:
            raise ValueError(f"no first characters read of {op}")
        empty = False
        for body in bodies:
            found, may_be_empty = _firsts(body)
            out |= found
            empty = empty or may_be_empty
        if not empty:
            return out, False
    return out, True


def _class_characters(members: list[Any]) -> set[str]:
    """The ASCII characters of a parsed class (``[\\d.@]``), under re.ASCII."""
    c = _CONSTANTS
    found: set[str] = set()
    negated = False
    for kind, member in members:
        if kind is c.NEGATE:
            negated = True
        elif kind is c.LITERAL:
            found.add(chr(member))
        elif kind is c.RANGE:
            found.update(chr(code) for code in range(member[0], min(member[1], 127) + 1))
        elif kind is c.CATEGORY:
            one = re.compile({c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w",
                              c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_SPACE: r"\s",
                              c.CATEGORY_NOT_SPACE: r"\S"}[member], re.ASCII)
            found.update(chr(code) for code in range(128) if one.fullmatch(chr(code)))
        else:
            raise ValueError(f"no characters read of a class holding {kind}")
    return {chr(code) for code in range(128)} - found if negated else found


def _spell(items: list[Any]) -> set[str]:
    """Every text a parsed sequence may spell, assertions read as matching nothing."""
    c = _CONSTANTS
    out = {""}
    for op, value in items:
        if op is c.LITERAL:
            ends = {chr(value)}
        elif op is c.IN:
            ends = set()
            for kind, member in value:
                if kind is c.LITERAL:
                    ends.add(chr(member))
                elif kind is c.RANGE:
                    ends.update(chr(code) for code in range(member[0], member[1] + 1))
                else:
                    raise ValueError(f"no finite spelling of a class holding {kind}")
        elif op is c.BRANCH:
            ends = set().union(*(_spell(list(branch)) for branch in value[1]))
        elif op is c.SUBPATTERN:
            ends = _spell(list(value[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, body = value
            if high > 16:
                raise ValueError("no finite spelling of an unbounded repeat")
            once = _spell(list(body))
            ends, run = set(), {""}
            for count in range(high + 1):
                if count >= low:
                    ends |= run
                run = {a + b for a in run for b in once}
        elif op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # (kept out here; the whole regex judges each spelling after)
        else:
            raise ValueError(f"no finite spelling of {op}")
        out = {a + b for a in out for b in ends}
        if len(out) > _MOST_WORDS:
            raise ValueError("too many texts to spell")
    return out
