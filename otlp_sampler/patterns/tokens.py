"""The masked text cut into tokens, and what is one value written in many tokens folded.

``tokens(masked)`` runs on a cache miss only, after ``masking.py``'s pass and
``causes.fold``: it cuts the masked text into words and single punctuation marks, so
``a=1,b=2`` and ``a = 1, b = 2`` give the same tokens, and folds what is one value
written in many tokens: a list of variables of any length (``blk_1 blk_2 blk_3``), a
record or list printed inline, a value of a key list, a code with its message in
brackets. docs/patterns.md (Tokens) says why each is one value. ``render`` prints tokens
back as text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from otlp_sampler.patterns.http import status_class_word
from otlp_sampler.patterns.masking import (
    COMPILED_HERE,
    HEAD_LEVELS,
    LEVEL_LETTERS,
    MAX_TOKENS,
    REPORT_MESSAGE_KEYS,
    SOURCE_EXT,
    WILDCARD,
)

if TYPE_CHECKING:
    from mypy_extensions import i64  # (compiled, a machine integer; masking's note)

# Tokens: runs of word-ish characters (wildcards included), or any other single character,
# each with the whitespace before it (kept only to print the template as it was written).
# (Unrolled: a run of word characters or a wildcard, then wildcards each with the run after
# it, all possessive: the same tokens as ``(?:[^...]++|<\*>)+``, with fewer steps of the engine.)
_WORDISH: Final = r"[^\s<>=,;:()\[\]{}|\"'*]"
_TOKEN: Final = re.compile(
    rf"(\s*)((?:{_WORDISH}++|<\*>{_WORDISH}*+)(?:<\*>{_WORDISH}*+)*+|[^\s])", re.ASCII
)

# A random id glued to its kind's stem, in hexadecimal or in capitals and digits
# (``tid_c02ac55e0393``, ``tid_PY8XWJSX6ADAX41O``): the masker reads a value from the first
# digit inside a word, so the id's letters before it stay (``tid_c<*>``, ``tid_PY<*>``,
# ``tid_<*>``: one call site's). Letters of one such alphabet between the stem's
# underscore and the value are the id's, and go with it. (The stem's underscore is read
# and put back, the letter before it looked behind for: a pattern that starts with a
# literal lets the engine skip to each underscore instead of trying every position.)
_ID_HEAD_AFTER_STEM: Final = re.compile(r"_(?<=[A-Za-z]_)(?:[a-f]{1,7}|[A-Z]{1,25})(?=<\*>)", re.ASCII)


def _stem_head_may_match(text: str) -> bool:
    """Whether ``_ID_HEAD_AFTER_STEM`` may match in ``text``: an ``_`` after an ASCII letter,
    then ASCII letters right up to ``<*>`` (its letters, a-f or A-Z, are such a run, and a
    ``<`` ends it). Compiled, a walk from underscore to underscore; most texts with both an
    underscore and a value have none (snake_case names, ``key_<*>``), and the engine's
    ``sub`` is a generic call that searches the whole text."""
    n = len(text)
    at = text.find("_", 1)
    while at >= 0:
        if 97 <= (ord(text[at - 1]) | 32) <= 122:  # (ASCII letters only: A-Z and a-z)
            end = at + 1
            while end < n and 97 <= (ord(text[end]) | 32) <= 122:
                end += 1
            if end > at + 1 and text[end:end + 3] == WILDCARD:
                return True
        at = text.find("_", at + 1)
    return False

# Each ASCII character's class for _split: 0 whitespace (``\\s`` under re.ASCII), 1 a
# _WORDISH character, 2 any other mark; every character past ASCII is word-ish.
_CLASS: Final = bytes(0 if c in b" \t\n\v\f\r" else 2 if c in b"<>=,;:()[]{}|\"'*" else 1 for c in range(128))


# The marks _split reads as it cuts (each a token of its own), a bit each: what _fold_values'
# tests need (a test of a text that holds none of its marks is not made). _SPLIT_MARKS: each
# ASCII character's marks, 0 for none.
_SPLIT_ROUND: Final = 1 << 1  # ( or )
_SPLIT_SQUARE: Final = 1 << 2  # [ or ]
_SPLIT_BRACE: Final = 1 << 3  # { or }
_SPLIT_COLON: Final = 1 << 4  # :
_SPLIT_EQUALS: Final = 1 << 5  # =
_SPLIT_COMMA: Final = 1 << 6  # ,
_SPLIT_BAR: Final = 1 << 7  # |
_SPLIT_QUOTE: Final = 1 << 8  # "
_SPLIT_CLOSING: Final = 1 << 9  # ) ] }
_SPLIT_OPENING_ROUND: Final = 1 << 10  # (
_SPLIT_OPENING_SQUARE: Final = 1 << 11  # [
_SPLIT_OPENING_BRACE: Final = 1 << 12  # {
ALL_SPLIT_MARKS: Final = (1 << 13) - 2  # (as Python, _split_by_regex's: every test made)
_SPLIT_MARKS_OF: Final = {"(": _SPLIT_ROUND | _SPLIT_OPENING_ROUND, ")": _SPLIT_ROUND | _SPLIT_CLOSING,
                          "[": _SPLIT_SQUARE | _SPLIT_OPENING_SQUARE, "]": _SPLIT_SQUARE | _SPLIT_CLOSING,
                          "{": _SPLIT_BRACE | _SPLIT_OPENING_BRACE, "}": _SPLIT_BRACE | _SPLIT_CLOSING,
                          ":": _SPLIT_COLON, "=": _SPLIT_EQUALS, ",": _SPLIT_COMMA, "|": _SPLIT_BAR,
                          '"': _SPLIT_QUOTE}
_SPLIT_MARKS: Final[list[int]] = [_SPLIT_MARKS_OF.get(chr(c), 0) for c in range(128)]


def _split(text: str) -> tuple[list[str], list[bool], i64]:
    """``_TOKEN.findall(text)`` as two lists, the tokens and whether whitespace came before
    each: the same tokens, scanned in one compiled loop over the characters instead of the
    regex engine's steps and a tuple a token (test_tokens.py compares the two); and the marks
    (``_SPLIT_*``) of the marks it cut as tokens of their own (round 35, speed35)."""
    out: list[str] = []
    spaced: list[bool] = []
    n: i64 = len(text)
    i: i64 = 0
    marks: i64 = 0
    space = False
    while i < n:
        c: i64 = ord(text[i])
        kind: i64 = _CLASS[c] if c < 128 else 1
        if kind == 0:
            space = True
            i += 1
            continue
        start = i
        i += 1
        if kind == 2:
            marks |= _SPLIT_MARKS[c]
        if kind == 1 or (c == 60 and i + 1 < n and ord(text[i]) == 42 and ord(text[i + 1]) == 62):
            if kind != 1:
                i += 2  # <*>
            # a run of word-ish characters, then each wildcard with the run after it
            while True:
                while i < n:
                    c = ord(text[i])
                    if c < 128 and _CLASS[c] != 1:
                        break
                    i += 1
                if c == 60 and i + 2 < n and ord(text[i + 1]) == 42 and ord(text[i + 2]) == 62:
                    i += 3
                else:
                    break
        out.append(text[start:i])
        spaced.append(space)
        space = False
    return out, spaced, marks


def _split_by_regex(text: str) -> tuple[list[str], list[bool], i64]:
    """``_split``'s lists by ``_TOKEN.findall``: as Python, the engine costs less than a loop
    over the characters (masking.COMPILED_HERE); its marks ALL_SPLIT_MARKS (not read)."""
    # (typed: the compiled miner reads each pair as a tuple in C, not by the iterator protocol)
    pairs: list[tuple[str, str]] = _TOKEN.findall(text)
    return [token for _, token in pairs], [space != "" for space, _ in pairs], ALL_SPLIT_MARKS


_CLOSING: Final = {")": "(", "]": "["}
_CLOSER_OF: Final = {"(": ")", "[": "]"}
# A JSON object inside or after a sentence, folded into one value that keeps its braces
# (_inline_json): a value still (templates.token_kind: WILD), whose braces say where it starts,
# so no word before it is a part of it (templates._part_of_value: ``done {…}`` is no name and
# its version, as ``tzdata 2024a`` is)
OBJECT_VALUE: Final = "{" + WILDCARD + "}"
_FOLD_AT: Final = frozenset((WILDCARD, '"', ")", "]"))  # tokens at which the loop of tokens() may fold


_RUNS: Final = [b"\x01" * size for size in range(9)]  # a run of ``size`` equal pairs


def tokens(masked: str) -> tuple[list[str], list[bool]]:
    """The masked text cut into words and punctuation, runs of variables folded into one.

    Returns the tokens and, for each, whether whitespace preceded it (for :func:`render`).
    """
    if masked[-1:] == " " and masked[-2:] != "  " and masked.strip():
        # a message that ends with the space before its last value ends with that value
        # printed empty (``Forcing collection on `` for an empty list, ``Updates: ``): the
        # call site's other records hold a value there
        masked += WILDCARD
    wildcards = masked.count(WILDCARD)
    if wildcards and "_" in masked and (not COMPILED_HERE or _stem_head_may_match(masked)):
        masked = _ID_HEAD_AFTER_STEM.sub("_", masked)
    cut, cut_spaced, marks = _split(masked) if COMPILED_HERE else _split_by_regex(masked)
    # (marks: the text's marks _split cut, a test of a text that holds none not made)
    if not wildcards or (wildcards == 1 and (not marks & _SPLIT_CLOSING or (
            ")" not in masked and "]" not in masked and "}" not in masked))
            and (not marks & _SPLIT_QUOTE or '"<*>"' not in masked)):
        # No list or coded message to fold: those need two variables, or one and a closing bracket.
        _fold_values(cut, cut_spaced, masked, wildcards, marks)
        return cut, cut_spaced
    out: list[str] = []
    spaced: list[bool] = []
    last = None  # out[-1], kept in a local: the loop runs once per token
    head = head_fields_end(cut)  # (no run of values folded inside it)
    # (out.append, not a bound method kept in a local: compiled, a list's append is a C call)
    for token, space in zip(cut, cut_spaced):  # noqa: B905 (one length; compiled, a zip without strict= is a C loop)
        if token == last and WILDCARD in token and len(out) >= head:
            continue  # a list of like variables: blk_<*> blk_<*> ...
        if len(token) > 3 or token not in _FOLD_AT:  # (most tokens: appended; _FOLD_AT's are short)
            out.append(token)
            spaced.append(space)
            last = token
            continue
        if token == WILDCARD:
            if last == "," and len(out) > 1 and out[-2] == WILDCARD:
                out.pop()  # <*>, <*>, <*>
                spaced.pop()
                last = WILDCARD
                continue
        elif token == '"':
            if last == WILDCARD and len(out) > 2 and out[-2] == '"' and (
                    out[-3] == "=" or (out[-3] == ":" and len(out) > 3 and out[-4] == '"')):
                # key="<*>" is key=<*>: logfmt quotes a value only when it holds a space, and
                # JSON a string, not a number; the quotes do not change the shape
                del out[-2], spaced[-2]
                continue
            if last == WILDCARD and len(out) == 2 and out[0] == '"' and (
                    masked[len(masked) - len(masked.lstrip(" \t\n\v\f\r")) + 5:][:1] == ":"):
                # "<*>": at the message's start is <*>: (a subject printed quoted when a
                # string, bare when a number, as Rust's {:?} does): the quotes change no shape
                del out[0], spaced[0]
                continue
        elif last != WILDCARD and _coded_message(out, _CLOSING[token]):
            # (111: Connection refused): a code and its message, as errno, HTTP and
            # database errors are printed; the message says what the code says
            while out[-1] != ":":
                out.pop()
                spaced.pop()
            out.append(WILDCARD)
            spaced.append(True)
            last = WILDCARD
        out.append(token)
        spaced.append(space)
        last = token
    _fold_values(out, spaced, masked, wildcards, marks)
    return out, spaced


def _fold_values(out: list[str], spaced: list[bool], masked: str, wildcards: int,
                 marks: i64 = ALL_SPLIT_MARKS) -> None:
    """Fold, in place, what is one value written in many tokens (docs/patterns.md, Tokens),
    each pass only when ``masked`` holds what it looks for, then cut to MAX_TOKENS.
    ``marks``: the marks ``_split`` read in ``masked`` (a test needing one it holds not is
    not made)."""
    # (A text of two or more characters is looked for by a scan some four times dearer than
    # one character's (memchr): each test of two or more is asked only where a character it
    # holds is in the text, a one-character test first.)
    # (every hint holds a capital E and ends with "T " or "E ": most texts hold neither)
    if "E" in masked and ("T " in masked or "E " in masked) and any(map(masked.__contains__, _SQL_HINTS)):
        _fold_statements(out, spaced)  # (first: a statement's commas and = are no list nor keys)
    # (marks read by _split, not ALL_SPLIT_MARKS: each mark of one character it holds is in
    # ``masked``, whose every mark it cut as a token of its own, and its test is not made)
    read = marks != ALL_SPLIT_MARKS
    bracketed = (marks & (_SPLIT_OPENING_BRACE | _SPLIT_OPENING_SQUARE) != 0
                 and (read or "{" in masked or "[" in masked))
    if bracketed:
        _fold_structures(out, spaced)
    if marks & _SPLIT_COLON and (read or ":" in masked) and (
            " :" in masked or (bracketed and ("{:" in masked or "[:" in masked))):
        _fold_atoms(out, spaced)
    if marks & _SPLIT_EQUALS and marks & _SPLIT_OPENING_ROUND and (read or ("=" in masked and "(" in masked)):
        _fold_typed_records(out, spaced)
    if marks & _SPLIT_OPENING_ROUND and ("Error(" in masked or "Exception(" in masked):
        _fold_exception_reprs(out, spaced)
    if marks & _SPLIT_COLON and marks & _SPLIT_CLOSING and (
            ("]" in masked and ":<*>]" in masked) or (")" in masked and ":<*>)" in masked)):
        _fold_locations(out, spaced)
    # (a bracket, not a variable's; ``wildcards`` is masked.count(WILDCARD): the stems'
    # letters tokens() drops before a variable neither make nor break one)
    if masked.count("<") > wildcards:
        _fold_reprs(out, spaced)
    if marks & _SPLIT_COMMA and (read or "," in masked):
        _fold_lists(out, spaced)  # (joined with ", " or with "," alone)
        if ", " in masked and (": " in masked or "=" in masked):
            _fold_keyed_values(out, spaced)
    if marks & _SPLIT_BAR and (read or "|" in masked) and " | " in masked and ":" in masked:
        _fold_bar_fields(out, spaced)
    if wildcards > 1:
        head = head_fields_end(out, True)  # (the fields of a record's head are each its own)
        if not head:
            head = _opening_fields_end(out, spaced)
        if head:
            rest, rest_spaced = out[head:], spaced[head:]
            _fold_repeats(rest, rest_spaced)
            _fold_mixed_runs(rest, rest_spaced)
            out[head:], spaced[head:] = rest, rest_spaced
        else:
            _fold_repeats(out, spaced)  # a repeat needs a variable twice
            _fold_mixed_runs(out, spaced)
    if len(out) > MAX_TOKENS:
        _cut(out, spaced)


def head_fields_end(out: list[str], past_logger: bool = False) -> int:
    """Where the fields of a record's head that follow its level end (the index of the first
    word after them), or 0: the level opens the record (its first token, or after values or
    an opening bracket only) and the fields are values and marks (``ERROR WRK-<*> <*>
    error …``, ``TRACE [<*>] <*> - <*> - transfer …``, ``[ info||<*> <*>|<*>|module]``).
    With ``past_logger``, past a logger named by a module's path or a dotted name and its
    colon when one follows them (``_past_module_logger``). The head as tokens read it, before
    their runs fold (docs/patterns.md § The record's head).

    Such fields are the head's, one each, printed by every call site of the logger (a
    thread, a task, a worker, a location): a run of values there is fields that masking
    hid, not a list. Folded when all of them are masked and kept when one is a word (a
    thread's name), the head would give one call site two token counts; so no run of
    values is folded there. A level with a colon after it opens the message instead."""
    count = len(out)
    at = 0
    while at < count and at < _HEAD_OPENING and out[at] not in HEAD_LEVELS:
        if out[at] != "[" and WILDCARD not in out[at]:
            return 0
        at += 1
    if at >= count or at >= _HEAD_OPENING or (at + 1 < count and out[at + 1] == ":"):
        return 0
    limit = at + _HEAD_FIELDS if at + _HEAD_FIELDS < count else count
    at += 1
    while at < limit and (WILDCARD in out[at] or not out[at][-1:].isalnum()):
        at += 1
    if past_logger and at + 3 < count and out[at + 1] == ":" and (out[at + 2] == ":" or "." in out[at]):
        return _past_module_logger(out, at)
    return at


def _past_module_logger(out: list[str], at: int) -> int:
    """Where the message starts when the level's fields end at ``at`` with a logger named by
    a module's path and its colon (tracing's ``ERROR app::http::server: <message>``), or
    ``at``: the header's colon is no value's colon, so a message that opens with a value and
    its own colon (``…::server:   <id>: <name> …``) is no chain of values with the header's
    (``_fold_repeats`` would fold ``: <id> : <name>`` into one ``: <*>``, the call site's
    ``<id>: <name>`` into a message of one value)."""
    count = len(out)
    if _DOTTED_NAME.fullmatch(out[at]):
        return at + 2  # (a dotted name: com.example.Worker: <message>)
    end = at + 1
    while end + 2 < count and out[end] == ":" and out[end + 1] == ":" and CODE_NAME.fullmatch(out[end + 2]):
        end += 3
    if end == at + 1 or not CODE_NAME.fullmatch(out[at]) or end >= count or out[end] != ":":
        return at
    return end + 1


# a name as code writes it (a function, a module, a C identifier); templates and runs ask it too
CODE_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)
_DOTTED_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+", re.ASCII)


_HEAD_OPENING: Final = 4  # tokens before a record's level (a time, a process id, a bracket)
_HEAD_FIELDS: Final = 12  # the head's fields after its level, at most


def _fold_atoms(out: list[str], spaced: list[bool]) -> None:
    """An Elixir or Ruby atom (a symbol) as ``inspect`` prints a value (``exited: :timeout``,
    ``SignalHandler: :sigint received``, ``{:error, :closed}``) is a value: a colon glued to a
    name, after a space or an opening bracket, where prose never puts one. The colon stays
    (``:<*>``); a hash's key (``:id=>3``, ``:id => 3``) stays too: it names the field."""
    for at in range(len(out) - 1, 0, -1):
        if (out[at - 1] == ":" and not spaced[at]
                and (spaced[at - 1] or (at > 1 and out[at - 2] in _ATOM_OPENERS))
                and _ATOM_NAME.fullmatch(out[at])
                and (at + 1 == len(out) or (out[at + 1] not in _HASH_ARROWS and out[at + 1] != ":"))):
            out[at] = WILDCARD


_ATOM_NAME: Final = re.compile(r"[a-z_][A-Za-z0-9_]*[?!]?", re.ASCII)
_ATOM_OPENERS: Final = frozenset(("{", "[", "("))
_HASH_ARROWS: Final = frozenset(("=>", "=", "->"))

# The keys a structured record's message is the value of (in lower case): Serilog's compact
# JSON's "@m" and "@mt" (its message template), GELF's "short_message", hclog's JSON
# "@message"; templates.MESSAGE_FIELD_KEYS adds the looser "what" and "text" to them.
EVENT_KEYS: Final = frozenset(("msg", "message", "event", "@m", "@mt", "short_message", "@message"))

# An SQL statement: its verb, then the keyword of its first clause (SELECT … FROM, UPDATE … SET,
# INSERT INTO, DELETE FROM), in capitals as programs write them
_SQL_HINTS: Final = ("SELECT ", "UPDATE ", "INSERT ", "DELETE ", "REPLACE ")
_SQL_VERBS: Final = {"SELECT": "FROM", "UPDATE": "SET", "INSERT": "INTO", "DELETE": "FROM", "REPLACE": "INTO"}
# keywords and operators inside a statement: after them an operand comes
_SQL_KEYWORDS: Final = frozenset((
    "SELECT", "FROM", "WHERE", "SET", "INTO", "VALUES", "AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE",
    "BETWEEN", "AS", "ON", "JOIN", "INNER", "LEFT", "RIGHT", "OUTER", "FULL", "CROSS", "ORDER", "GROUP",
    "BY", "HAVING", "LIMIT", "OFFSET", "DESC", "ASC", "DISTINCT", "RETURNING", "UNION", "ALL", "EXISTS",
    "CASE", "WHEN", "THEN", "ELSE", "END", "USING", "DEFAULT", "CONFLICT", "DO", "NOTHING", "UPDATE",
    "INSERT", "DELETE", "REPLACE", "FOR", "SHARE"))
_SQL_OPERATORS: Final = frozenset(("=", "<", ">", "!", "+", "-", "*", "/", "%", ",", "|", "(", ".", "::"))
_SQL_OPERAND: Final = re.compile(r"[\w$.@:?*]*<\*>[\w$.]*|[\w$.@:?*]+", re.ASCII)


def _fold_statements(out: list[str], spaced: list[bool]) -> None:
    """An SQL statement (``SELECT id, name FROM users WHERE id = $1``, ``UPDATE orders SET
    status = '<*>' WHERE id = <*>``) is one value: programs log the query they ran or that
    failed, and its tables, columns and clauses vary from record to record of one event.
    Its verb and its first clause's keyword in capitals say it is one; it runs, operand
    after keyword or operator, up to the first word that no keyword or operator joins to
    it (``… WHERE id = <*> with WebSocket …``: the message goes on there)."""
    at = len(out) - 2
    while at >= 0:
        clause = _SQL_VERBS.get(out[at])
        if clause is not None and clause in out[at + 1:at + 8]:
            end = _statement_end(out, at + 1)
            if end - at >= 4 and clause in out[at + 1:end]:
                last = out[end - 1]
                stop = last.endswith(".") and last != "."
                out[at:end] = [WILDCARD + "." if stop else WILDCARD]
                spaced[at:end] = [spaced[at]]
        at -= 1


def _statement_end(out: list[str], at: int) -> int:
    """Where the statement whose verb is right before ``at`` ends: operands and the keywords
    and operators between them (a quoted operand whole, its quotes too); after an operand,
    anything else ends it."""
    operand = False  # whether the last token read was an operand
    depth = 0
    count = len(out)
    while at < count:
        token = out[at]
        if token == "," and at + 2 < count and out[at + 2] == ":":
            break  # (the next key of a list the statement is a value of: reason: <query>, size: 3)
        if token == "-" and at + 4 == count and out[at + 2] == ":" and out[at + 3].isdigit() and (
                SOURCE_FILE.fullmatch(out[at + 1]) is not None):
            break  # (the caller's location closes the record: <query> - MysqlConnection.cc:546)
        if token in _SQL_KEYWORDS or token in _SQL_OPERATORS:
            if token == "(":
                depth += 1
            operand = token == "*" and not operand  # (SELECT *: the columns)
        elif token == ")" and depth:
            depth -= 1
            operand = True
        elif operand:
            break
        elif token in ("'", '"', "`") and at + 2 < count and out[at + 2] == token:
            at += 2  # a quoted operand, '<*>'
            operand = True
        elif _SQL_OPERAND.fullmatch(token):
            operand = True
            if token.endswith(".") and token != ".":
                return at + 1  # (the sentence's stop: the statement ends with it)
        else:
            break
        at += 1
    while depth and at > 0 and out[at - 1] != ")":
        at -= 1  # (a bracket left open: the statement ends before what it opened)
    return at


def _fold_locations(out: list[str], spaced: list[bool]) -> None:
    """A place written ``name:<*>`` alone in brackets (``[haproxy.cfg:12]``, ``(src/LOCK:3)``,
    ``[<*>:<*>]``) is one value: a file and its line, a host and its port. Whether the
    masker saw its name as a value depends on how the name is spelt (an extension, a
    slash and a dot), so the name goes with its number."""
    at = len(out) - 5
    while at >= 0:
        if (out[at + 2] == ":" and out[at + 3] == WILDCARD and _CLOSING.get(out[at + 4]) == out[at]
                and not spaced[at + 2] and not spaced[at + 3] and not spaced[at + 4]
                and not spaced[at + 1] and _LOCATION_NAME.fullmatch(out[at + 1])):
            del out[at + 1:at + 4], spaced[at + 1:at + 4]
            out.insert(at + 1, WILDCARD)
            spaced.insert(at + 1, False)
        at -= 1


def _fold_mixed_runs(out: list[str], spaced: list[bool]) -> None:
    """A run of values of mixed shapes, each after a space (``madvise 10.0.0.1:80
    logs/MANIFEST-5 0.6MiB ret …``, where another record has ``… app.log 10944 ret``) is
    one value, as a run of like values is: a stem around a value (``logs/MANIFEST-<*>``)
    beside another value is a value too."""
    at = len(out) - 1
    while at > 0:
        token, previous = out[at], out[at - 1]
        if (spaced[at] and WILDCARD in token and WILDCARD in previous
                and (token == WILDCARD or previous == WILDCARD)
                and _VALUE_TOKEN.fullmatch(token) and _VALUE_TOKEN.fullmatch(previous)):
            out[at - 1] = WILDCARD
            del out[at], spaced[at]
        at -= 1


# a value, or a stem around one (logs/MANIFEST-<*>, v<*>): no bracket, quote or mark
_VALUE_TOKEN: Final = re.compile(r"[\w./@-]*<\*>[\w./@<>*-]*", re.ASCII)


def _fold_bar_fields(out: list[str], spaced: list[bool]) -> None:
    """In fields parted by `` | `` (``Failing: leader changed | Interval: 60 seconds |
    Type: http``), each field's value, after its name and colon, runs to the next bar and
    is one value; so does the value after the last colon before the first bar. The last field
    only where a field before it is so keyed: after a record head's fields parted by bars
    (``<time> | INFO | <message>``, loguru's and many format strings'), which hold no colon,
    the last field is the message, the event's own text, whose first colon
    (``pam_unix(sshd:auth): check pass``, ``TaskAttempt: [<*>] using …``) starts no field's
    value (a message between bars, ``LEVEL | <message>: <*> | <logger> | <thread>``, still
    ends with its value)."""
    bars = [at for at, token in enumerate(out) if token == "|" and spaced[at]]
    if len(bars) < 2:
        return
    ends = [*bars, len(out)]
    # (a field before the last holds a key's colon; a path's "::" is none: Rust's module path,
    # log4rs' {module}, a C++ or Perl namespace: |zellij_server::screen | <message>)
    # (nor a code location's colon, a file's and its line's: _location_colon)
    last_keyed = any(out[at] == ":" and not _path_colon(out, spaced, at) and not _location_colon(out, at)
                     for at in range(bars[-1]))
    for number in range(len(ends) - 1, -1, -1):  # from the end: earlier positions stay valid
        end = ends[number]
        start = ends[number - 1] + 1 if number else 0
        colons = [at for at in range(start, end) if out[at] == ":" and not _path_colon(out, spaced, at)
                  and not _location_colon(out, at)]
        if not colons or (number == len(ends) - 1 and not last_keyed):
            continue
        at = colons[-1] if not number else colons[0]
        if end - at > 2 or (end - at == 2 and WILDCARD not in out[at + 1]):
            out[at + 1:end] = [WILDCARD]
            spaced[at + 1:end] = [True]


def _location_colon(out: list[str], at: int) -> bool:
    """Whether the colon at ``at`` parts a source file's name from its line, a code location
    masking kept (``WRN | Arena.cs:402 | <message>``, a padded caller between a head's bars):
    the call site's, no key's colon whose value runs to the next bar (round 31, locations31)."""
    return (0 < at < len(out) - 1 and out[at + 1].isdigit()
            and SOURCE_FILE.fullmatch(out[at - 1]) is not None)


def _path_colon(out: list[str], spaced: list[bool], at: int) -> bool:
    """Whether the colon at ``at`` is one of a path's two glued colons (``a::b``)."""
    return ((at + 1 < len(out) and out[at + 1] == ":" and not spaced[at + 1])
            or (at > 0 and out[at - 1] == ":" and not spaced[at]))


def _fold_lists(out: list[str], spaced: list[bool]) -> None:
    """A list joined with ``", "`` in prose (``Running x.csv manual, weekly, public``,
    ``providers: orders_v2, MediaQueue``) is one value: its length and items vary from
    record to record. Three items or more, of one token each; or two that are values or
    names of code (``foo, retrying`` is a sentence). Joined with ``","`` alone (``loaded:
    accounts,OrdersQueue,users``), three items or more, one a value or a name of code. A
    key (``Name: x``, ``a=1``) is no item, and the arguments of a call are each its own."""
    # from the last comma to the first: a fold leaves the positions before it as they were
    commas = [at for at, token in enumerate(out) if token == ","]
    floor = len(out)
    for at in reversed(commas):
        if at >= floor or at == 0 or at >= len(out) - 1:
            continue
        if spaced[at] or not _list_item(out, at + 1):
            continue
        glued = not spaced[at + 1]  # (a list joined with "," alone: a,b,c)
        end = at + 1  # the last item
        start = at - 1
        while (start > 1 and out[start - 1] == "," and not spaced[start - 1] and spaced[start] != glued
               and _list_item(out, start - 2)):
            start -= 2
        if glued and ((end - start) // 2 + 1 < 3 or not any(
                _LIST_ITEM.fullmatch(out[item].rstrip(".")) for item in range(start, end + 1, 2))):
            continue  # (plain words glued by commas may be the program's own: json,yaml,toml)
        floor = start
        if not _list_item(out, start) or (start and out[start - 1] == "("):
            continue  # (an argument list, f(a, b, GET), is a call's: each its own)
        items = (end - start) // 2 + 1
        if start == 0 and end >= len(out) - 1:
            break  # a message that is a list alone says only its words
        if items >= 3 or (items == 2 and _two_items_a_list(out, start, end)):
            stop = out[end].endswith(".") and out[end] != "." and WILDCARD not in out[end][-1:]
            out[start:end + 1] = [WILDCARD + "." if stop else WILDCARD]
            spaced[start:end + 1] = [spaced[start]]
            if start and out[start - 1] == WILDCARD and not stop:
                del out[start], spaced[start]  # a run of variables, as tokens() folds one


def _two_items_a_list(out: list[str], start: int, end: int) -> bool:
    """Whether the two items ``out[start]`` and ``out[end]`` are a list: they end their clause
    (``x, pre-dependency problem`` is a sentence) and are values or names of code (``foo_bar,
    retrying`` is a sentence), or are all that a label's colon ending the message introduces
    (``Hub services: daily, legacy``)."""
    if not (end + 1 == len(out) or not out[end + 1][:1].isalnum() or out[end].endswith(".")):
        return False
    if _LIST_ITEM.fullmatch(out[start].rstrip(".")) and _LIST_ITEM.fullmatch(out[end].rstrip(".")):
        return True
    return end + 1 == len(out) and start > 1 and out[start - 1] == ":"


def _list_item(out: list[str], at: int) -> bool:
    """Whether ``out[at]`` may be an item of a list: one word or value, not a key."""
    if not _word_item(out[at]):
        return False
    after = out[at + 1] if at + 1 < len(out) else ""
    return after not in (":", "=", "(") and (not at or out[at - 1] != "=")


def _fold_reprs(out: list[str], spaced: list[bool]) -> None:
    """An object printed as its type and fields in angle brackets (Python's ``<Request GET
    https://x>``, ``<Task pending name='t1'>``, Ruby's ``#<User id: 3>``) is one value: the
    fields vary with the object. The type must be glued to the bracket and followed by a
    space (``<metric>_created``, ``List<String>`` and ``a < b`` are not objects)."""
    at = len(out) - 4
    while at >= 0:
        if (out[at] == "<" and not spaced[at + 1] and spaced[at + 2] and out[at + 1][:1].isupper()
                and out[at + 1].isalnum() and (at == 0 or spaced[at] or out[at - 1] in "#([{")):
            end = at + 2
            depth = 0
            while end < len(out) and end < at + 4 * MAX_TOKENS:
                if out[end] == "<":
                    depth += 1
                elif out[end] == ">":
                    if not depth:
                        break
                    depth -= 1
                end += 1
            if end < len(out):
                start = at - 1 if at and out[at - 1] == "#" and not spaced[at] else at
                out[start:end + 1] = [WILDCARD]
                spaced[start:end + 1] = [spaced[start]]
                at = start
        at -= 1


# the name of a place before its number: a value, or a file or host name (a dot or a
# slash in it; a plain word there is a key: [name:<*>])
_LOCATION_NAME: Final = re.compile(r"[\w<>*~-]*(?:<\*>|[./\\])[\w.<>*/\\~-]*", re.ASCII)


def _fold_keyed_values(out: list[str], spaced: list[bool]) -> None:
    """In a comma-separated list of keys and values (``reason: no healthy upstream, items:
    devops``), each value runs to the next key: a value of several words, or one word, is
    one value."""
    keys = [at for at in range(1, len(out) - 1)
            if out[at] in (":", "=") and out[at - 2:at - 1] == [","] and _KEY.fullmatch(out[at - 1])]
    if not keys:
        return
    first = _first_key(out, spaced, keys[0], len(keys))
    if first:
        keys.insert(0, first)
    # a message that starts with a key (msg: …, event=…) makes a list of one more
    if len(keys) + (out[1:2] in ([":"], ["="]) and out[0].lower() in EVENT_KEYS) < 2:
        return
    for number in range(len(keys) - 1, -1, -1):  # from the end: earlier positions stay valid
        at = keys[number]
        end = keys[number + 1] - 2 if number + 1 < len(keys) else _value_end(out, at + 1)
        if number + 1 == len(keys) and end - at > 4:
            quoted = _quoted_value_end(out, at + 1, end)
            if quoted:
                end = quoted  # a quoted value ends at its quote: the message follows its comma
        if end - at > 2 and number + 1 == len(keys) and _head_value_end(out, keys, at):
            # a keyed head before the message (RequestId: <*>, PreviousRequestId: - <message>):
            # the last value is one token, as the others are, and the message follows it
            end = at + 2
        if end - at > 2 or (end - at == 2 and out[at + 1].replace("-", "").replace("_", "").replace(
                ".", "").isalnum()):
            # (one word too: a list's values are values, data: payments / data: deploy)
            if _status_class_value(out[at + 1:end]):
                continue
            if number == 0 and first and end - at > 3 and _sentence_opening(out[at + 1]):
                # a sentence that a capitalised verb's form opens, before the list's first
                # comma (``SSO <name>: Added to group <*>, confirmed: <*>``): the call site's
                # message after a label's colon, no key's value
                continue
            if (end - at == 2 and out[at - 1] == "module" and _ELIXIR_MODULE.fullmatch(out[at + 1])
                    and _in_report(out, at)):
                continue  # an Elixir report's module (module: Oban.Pruner, its __MODULE__): the call site's
            out[at + 1:end] = [WILDCARD]
            spaced[at + 1:end] = [True]


def _quoted_value_end(out: list[str], start: int, end: int) -> int:
    """Where the last value of a key list ends when it is one single-quoted value (``'<*>'``,
    or ``''`` printed empty) and a comma and more text follow it (``tRId='<*>', Conflicting
    request``): after its closing quote, the text after the comma not the value's; else 0."""
    if out[start] != "'":
        return 0
    close = start + 1 if out[start + 1] == "'" else start + 2
    if close + 2 >= end or out[close] != "'" or (close > start + 1 and out[start + 1] != WILDCARD):
        return 0
    return close + 1 if out[close + 1] == "," else 0


def _head_value_end(out: list[str], keys: list[int], at: int) -> bool:
    """Whether the last value of a key list, at ``at + 1`` with more after it, is one token and
    the message follows it: every value before it is one token, and it is a dash (a field
    with no value, as ASP.NET's, Apache's and MDC's heads print one: no value of several
    words opens with a lone dash) or a value before a capitalised word (``RequestId: <*>,
    ParentId: <*> Finished polling``)."""
    value = out[at + 1]
    if value != "-" and not ((WILDCARD in value or value.isdigit())
                             and out[at + 2][:1].isupper() and out[at + 2].isalpha()):
        return False
    for number in range(len(keys) - 1):  # noqa: SIM110 (a loop, compiled, no generator)
        if keys[number + 1] - 2 - keys[number] != 2:
            return False
    return True


def _status_class_value(value: list[str]) -> bool:
    """Whether a key's value is an HTTP status class (``status: 5xx``), or a folded cause
    and the classes of its status keys (``error: <*> 5xx``, causes.keep_status_classes):
    the class names the event. A status in an error's words (``result: unexpected status
    5xx``) is that error's text, a value like the others of its key."""
    if value[0] == WILDCARD:
        value = value[1:]
    return bool(value) and all(status_class_word(token) for token in value)


def _first_key(out: list[str], spaced: list[bool], second: int, listed: int) -> int:
    """Where the mark of the key is that a key list's first comma closes the value of, when
    prose comes before it (``Open folder result: permission denied, path: <*>``: ``result``
    is the list's first key, its value runs to the comma), or 0: a key's mark, and only
    words, values and the marks of a phrase between it and that comma."""
    comma = second - 2
    at = comma - 1
    while at > 1 and out[at] not in _VALUE_ENDS:
        at -= 1
    if out[second] == "=" and out[at] == ":":
        # a colon in the value of a list whose keys are marked by = is the value's, as a
        # wrapped error's (error=lookup x: no such host, tag=http; Go's fmt.Errorf("%s: %w")):
        # the value runs back to the first key's =, where that key opens the list (after a
        # bracket, a comma or the message's start), not to a name of prose before the colon
        back = at - 1
        while back > 1 and (out[back] not in _VALUE_ENDS or out[back] == ":"):
            back -= 1
        if (back >= 1 and out[back] == "=" and _KEY.fullmatch(out[back - 1])
                and (back == 1 or out[back - 2] in _OPENERS or out[back - 2] == ",")):
            return back
        if listed > 1:
            # a name and its colon before a list of two keys or more marked by = is no key of
            # that list (casdoor's `scan: fingerprint probe failed, target = <*>, err = <*>`):
            # a label, the words after it to the comma the call site's message; before one
            # such key alone the two make the list, the first value one (irods' `<function>:
            # <*>, status = <*>`; round 39, r37a)
            return 0
    if at < 2 or at == comma - 1 or out[at] not in (":", "=") or not _KEY.fullmatch(out[at - 1]):
        return 0  # (a key that opens the message: a list of its own, msg: login_failed, …)
    if out[at] == ":" and spaced[at] and out[second] == ":":
        # a colon spaced from the name before it, before a list whose keys' colons are glued to
        # them, ends a field, the record's head (Spring Boot's `<logger>    : <message>`, a
        # padded name), no key's mark: the message after it is the call site's, no key's value
        # (round 39, r37a; before a list keyed by = the marks tell nothing, as above)
        return 0
    if at >= 4 and out[at - 2] == ":" and out[at - 3] == ":":
        # the last name of a path joined by "::" (a Rust module's, tracing's target: ``ERROR
        # app::server: accept failed, error: <*>``; a C++ or PHP scope's) is the name of code,
        # the head's or the call site's, and its colon opens the message: no key of the list
        # (round 32, r30json)
        return 0
    return at


def _sentence_opening(word: str) -> bool:
    """Whether ``word`` is a capitalised verb's form, ``-ed`` or ``-ing`` after a stem that
    holds a vowel (``Added``, ``Loading``; as ``templates.verb_form`` reads one): a sentence's
    first word."""
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    stem = word[:-3] if word.endswith("ing") else word[:-2] if word.endswith("ed") else ""
    return any([letter in "aeiouyAEIOUY" for letter in stem])


# what no value of a key list holds: another key's mark, a list's comma, a bracket
_VALUE_ENDS: Final = frozenset((":", "=", ",", "(", ")", "[", "]", "{", "}", "|", ";", '"'))


def _value_end(out: list[str], start: int) -> int:
    """Where the last value of a key list, from ``start``, ends: at the bracket that closes one
    opened before the list (``User(id=<*>, role=ADMIN) to db``), else with the text."""
    depth = 0
    for at in range(start, len(out)):
        token = out[at]
        if token in _OPENERS:
            depth += 1
        elif token in _CLOSERS:
            if not depth:
                return at
            depth -= 1
    return len(out)


_OPENERS: Final = frozenset("([{")
_CLOSERS: Final = frozenset(")]}")
_KEY: Final = re.compile(r"[A-Za-z_][\w.-]*", re.ASCII)
_WORD_ITEM: Final = re.compile(r"[\w.<>*-]+", re.ASCII)
# _WORD_ITEM's characters by ASCII code (1: in its class; ``\w`` under re.ASCII is letters,
# digits and ``_``)
_WORD_ITEM_CLASS: Final = bytes(1 if chr(c).isalnum() or chr(c) in "_.<>*-" else 0 for c in range(128))
# a value, or a name of code (snake_case, dotted, hyphenated, CamelCase)
_LIST_ITEM: Final = re.compile(
    r"[\w.-]*(?:<\*>[\w.-]*)+|[a-z][\w-]*[_.-][\w.-]*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+", re.ASCII)
_STRUCTURE_CLOSE: Final = {"[": "]", "{": "}"}
OBJC_METHOD_KINDS: Final = frozenset(("-", "+"))  # an Objective-C instance's method, a class's
# A source file's name as masking keeps it in a code location (balancers.lua:163: …; in braces,
# _fold_structures; between a head's bars, _location_colon; the templates' readers)
SOURCE_FILE: Final = re.compile(r"[\w./+-]+\." + SOURCE_EXT, re.ASCII)


def _fold_structures(out: list[str], spaced: list[bool]) -> None:
    """Fold a record or a list printed inline into one value: braces holding keys and a
    value (``Task{id=<*>, name='<*>'}``, ``#{size => <*>}``, ``{Name:x ID:<*>}``), brackets
    holding a comma-separated list (``[a, b, <*>]``). Their keys and lengths vary from
    record to record of one event; a name glued to the braces is the record's type and
    goes with it. JSON objects (a quoted key then ``:``) at the start of a message keep
    their keys: they are the record's own fields; so does a record that is the whole
    message. Inside a sentence one is an argument (``_inline_json``)."""
    # from the last opening to the first: a fold leaves the positions before it as they were
    for index in [at for at, token in enumerate(out) if token == "[" or token == "{"][::-1]:
        if index >= len(out) or out[index] not in _STRUCTURE_CLOSE:
            continue
        opening = out[index]
        closing = _STRUCTURE_CLOSE[opening]
        depth = 0
        end = None
        for at in range(index + 1, min(len(out), index + 4 * MAX_TOKENS)):
            token = out[at]
            if token == opening:
                depth += 1
            elif token == closing:
                if not depth:
                    end = at
                    break
                depth -= 1
        if end is None:
            continue
        if index == 0 and end == len(out) - 1:
            # The record is the whole message (a structured body, printed): its keys are
            # what tells one kind of message from another, so they stay.
            continue
        if index > 1 and not spaced[index] and (out[index - 1] == "=" or (
                opening == "[" and out[index - 1] == ":" and out[index - 2] == '"')):
            # the value of a key (tags=[a b], tags=[], "tags":["a"]): one value, as a bare or a
            # quoted one is (tags=stable, tags="[a b]"): its shape varies with what it holds
            out[index:end + 1] = [WILDCARD]
            spaced[index:end + 1] = [False]
            continue
        if (index > 2 and not spaced[index] and not spaced[index - 1] and out[index - 2] == "="
                and out[index - 1].isidentifier()):
            # the value of a key printed as its type and contents (Go's %v of a map,
            # error=map[message:<text>], logrus' text with quoting off; opts=Options{…}): one
            # value, type and all, whatever the contents hold (spaces, colons, brackets)
            out[index - 1:end + 1] = [WILDCARD]
            spaced[index - 1:end + 1] = [False]
            continue
        content = out[index + 1:end]
        if (opening == "{" and len(content) == 3 and content[1] == ":" and content[2].isdigit()
                and SOURCE_FILE.fullmatch(content[0]) is not None):
            # a code location in braces, a file and its line (Python's ``{%(filename)s:
            # %(lineno)d}`` after the level, calibre-web's head): the call site's, as one in
            # square brackets is, no record of keys and values
            continue
        if not index and not HEAD_LEVELS.isdisjoint(content):
            continue  # the record's head in its bracket ([<*> INF], [<*> INFO app::db]): its fields
        if not content:
            if not spaced[end]:
                # an empty list or record ([], {}): a value, as the lists other records hold
                out.insert(end, WILDCARD)
                spaced.insert(end, False)
            continue
        if opening == "{" and index and not spaced[index] and _ELIXIR_STRUCT.fullmatch(out[index - 1]):
            # an Elixir struct as inspect prints it (an exception: %DBConnection.ConnectionError{
            # message: "…"}), in the place where the call site prints an atom or a tagged
            # tuple otherwise (an exit reason, a result): read as the atom (_tagged_tuple's)
            out[index - 1:end + 1] = [":", WILDCARD]
            spaced[index - 1:end + 1] = [spaced[index - 1], False]
            continue
        if _tagged_tuple(out, spaced, index, end):
            # an Elixir tuple tagged by an atom ({:error, :closed}, {:shutdown, :normal}): one
            # term, read as the atom that may stand in its place (``_tagged_tuple``)
            out[index:end + 1] = [":", WILDCARD]
            spaced[index:end + 1] = [spaced[index], False]
            continue
        if (opening == "[" and len(content) == 2 and content[0].isalpha() and content[0].islower()
                and _head_tags_before(out, index)):
            # a tag of the record's head that names what the message is about, its kind and
            # its name ([path <name>], [conn <*>] after the level): the kind is the call
            # site's (kept), the name is no list of two names (a word stays a word, as a
            # name after its kind's noun in a message does)
            continue
        if _report_at(out, index):
            # an Elixir report, its message key first ([message: "…", source: :oban, module:
            # Oban.Pruner], masking._REPORT_MESSAGE): the record's own fields, as a structured
            # record's are, not a value it names
            continue
        if opening == "[" and "," in content and _keyed_pairs(content, spaced, index + 1):
            # keys and their values parted by commas in square brackets, a space after each
            # key's colon, as a format string writes them (`[user: %s, organization: %s]`):
            # the call site's keys, each value folded as in any such list
            # (_fold_keyed_values), whether masking read a value in it or not (before, a
            # masked value folded the bracket whole and a word kept its keys: one call site,
            # two shapes; round 34, r32b)
            continue
        if (opening == "[" and index and not spaced[index] and out[index - 1] in OBJC_METHOD_KINDS
                and content[0][:1].isupper()):
            # an Objective-C method's name, its class and selector glued to the method's kind
            # (``-[AppDelegate showRules:]``, as ``__PRETTY_FUNCTION__`` prints it): the code
            # that logs, no list of two names (round 42, weak42)
            continue
        whole_value = ""  # (an inline JSON object or an Erlang term: braces and all)
        if not _is_structure(opening, content):
            if _term_tuple(out, spaced, index, end):
                whole_value = WILDCARD
            elif index > 0 and _inline_json(opening, content):
                whole_value = OBJECT_VALUE
            if not whole_value:
                continue
        start = index
        if whole_value:
            # (one value, as JavaScript's [object Object] would print it; a JSON object keeps
            # its braces around it: OBJECT_VALUE)
            out[start:end + 1] = [whole_value]
            spaced[start:end + 1] = [spaced[start]]
        elif opening == "{" and index and out[index - 1].isidentifier() and (
                not spaced[index] or _rust_struct(out, index)):
            start = index - 1  # Task{…}, Rust's Task { name: … }: the type goes with its record
            out[start:end + 1] = [WILDCARD]
            spaced[start:end + 1] = [spaced[start]]
        else:
            out[start:end + 1] = [opening, WILDCARD, closing]
            spaced[start:end + 1] = [spaced[start], False, False]


# an Elixir module's name as inspect prints it (Oban.Pruner, MyApp.Worker)
_ELIXIR_MODULE: Final = re.compile(r"[A-Z]\w*(?:\.[A-Z]\w*)+", re.ASCII)


def _report_at(out: list[str], at: int) -> bool:
    """Whether an Elixir report, its message key first, opens at ``at`` (``[ message : "``, or
    a map's ``% { message : "``): ``_fold_structures`` keeps its keys."""
    return (at + 3 < len(out) and out[at + 2] == ":" and out[at + 3] == '"'
            and out[at + 1] in REPORT_MESSAGE_KEYS
            and (out[at] == "[" or (out[at] == "{" and at > 0 and out[at - 1] == "%")))


def report_module_at(out: list[str], at: int) -> bool:
    """Whether ``out[at]`` is an Elixir report's module (``module : Oban.Pruner``, after the
    report's message key: ``_fold_keyed_values`` keeps it), the call site's ``__MODULE__``."""
    return (at > 1 and out[at - 1] == ":" and out[at - 2] == "module"
            and _ELIXIR_MODULE.fullmatch(out[at]) is not None and _in_report(out, at - 1))


def _in_report(out: list[str], at: int) -> bool:
    """Whether the key list's key at ``at`` is in an Elixir report (``_report_at`` before it)."""
    return any(_report_at(out, before) for before in range(at))


def _head_tags_before(out: list[str], index: int) -> bool:
    """Whether only the record's head comes before ``index``: its level, values, marks and
    tags in square brackets (``INF [RTSP] [session <*>]``), no word of a message, and the
    level among them (a level word, or a short word in capitals: ``DEB``, ``ERR``)."""
    at = 0
    level = False
    while at < index:
        token = out[at]
        if token == "[":
            while at < index and out[at] != "]":
                at += 1
        elif token in HEAD_LEVELS or (len(token) <= 5 and token.isalpha() and token.isupper()):
            level = True
        elif WILDCARD not in token and token[-1:].isalnum():
            return False
        at += 1
    return level


def _term_tuple(out: list[str], spaced: list[bool], index: int, end: int) -> bool:
    """Whether the braces from ``index`` to ``end`` are a tuple as Erlang and Elixir print a
    term (``{shutdown,normal}``, ``{error,econnrefused}``): words parted by commas with no
    space, not glued to a name (``*.{js,ts}`` is a shell's pattern). A term is one value
    whatever its atoms, as its nested forms (``{error,{not_found,<*>}}``) are."""
    if out[index] != "{" or end - index < 4:
        return False
    if index and not spaced[index] and out[index - 1] not in _TERM_GLUE:
        return False
    content = out[index + 1:end]
    return ("," in content and not any(spaced[index + 1:end + 1])
            and all(token in _TERM_MARKS or _word_item(token) for token in content))


def _tagged_tuple(out: list[str], spaced: list[bool], index: int, end: int) -> bool:
    """Whether the braces from ``index`` to ``end`` are a tuple as Elixir's ``inspect`` prints
    one, tagged by an atom: ``{:error, :closed}``, ``{:shutdown, :normal}``, ``{:error,
    %Mint.TransportError{reason: :timeout}}`` (an atom glued to the brace, then a comma).
    An exit reason or a result is an atom or such a tuple, whichever the call returned
    (``exited with reason: :nxdomain`` / ``… reason: {:error, :closed}``, one call site), so
    the tuple reads as an atom does (``:<*>``, ``_fold_atoms``): one term, one value, as an
    Erlang tuple is (``_term_tuple``). Not a tuple glued to a name (a call's braces), nor
    one whose first item is no atom (``{1, 2}``, ``{"a", b}``)."""
    if (out[index] != "{" or end - index < 5 or out[index + 1] != ":" or spaced[index + 1]
            or spaced[index + 2]):
        return False
    if index and not spaced[index] and out[index - 1] not in _TERM_GLUE:
        return False
    return bool(_ATOM_NAME.fullmatch(out[index + 2])) and out[index + 3] == ","


# an Elixir struct's name as inspect prints it before its braces: %Module.Name (not a map's %{)
_ELIXIR_STRUCT: Final = re.compile(r"%[A-Z]\w*(?:\.[A-Z]\w*)*", re.ASCII)
_TERM_GLUE: Final = frozenset(",([{:=")  # what a term may follow with no space ({error,{a,b}})
_TERM_MARKS: Final = frozenset(",{}[]")  # (a nested term or list, folded already: {badmatch,{<*>}})


def _fold_exception_reprs(out: list[str], spaced: list[bool]) -> None:
    """An exception as Python's ``repr`` prints it (``{e!r}``, ``%r``: ``KeyError('user_id')``,
    ``ConnectionRefusedError(111, 'Connection refused')``, ``TimeoutError('timed out')``) is
    one value: the call site prints whichever exception it caught, its class and arguments
    both vary. The class is a name in capitals ending as Python names its exceptions (PEP 8:
    ``…Error``, or ``…Exception``), glued to the bracket its arguments close."""
    at = len(out) - 3
    while at >= 0:
        if (out[at + 1] == "(" and not spaced[at + 1]
                and exception_class(out[at], qualified=False, base=False)):
            depth = 0
            for end in range(at + 2, min(len(out), at + 2 + 2 * MAX_TOKENS)):
                token = out[end]
                if token == "(":
                    depth += 1
                elif token == ")":
                    if not depth:
                        out[at:end + 1] = [WILDCARD]
                        spaced[at:end + 1] = [spaced[at]]
                        break
                    depth -= 1
        at -= 1


# An exception's class as code names it: its own name, in capitals, ending as exceptions'
# names end (Python's PEP 8 ``KeyError``, Java's and .NET's ``IOException``; the base classes
# ``Error`` and ``Exception`` themselves), after its package's or namespace's names, and an
# outer class's, when qualified (``java.io.IOException``, ``System.Text.Json.JsonException``,
# ``Outer$InnerException``). Group 1: the qualifier; group 2: the class's own name before its
# ending (none: the base class).
_EXCEPTION_CLASS: Final = re.compile(r"((?:[A-Za-z_]\w*[.$])*)([A-Z]\w*)?(?:Error|Exception)", re.ASCII)

_EXCEPTION_ENDS: Final = ("Error", "Exception")


def exception_class(word: str, qualified: bool | None = None, base: bool = True) -> bool:
    """Whether ``word`` is an exception's class name (``_EXCEPTION_CLASS``), the one reader of
    that form: ``qualified`` True, only a qualified one (``causes``: a qualified type and its
    colon open an exception's text), False, only its own name (a repr, ``KeyError('id')``,
    prints the class's own name: ``_fold_exception_reprs``; a cause's class after a sentence,
    ``runs._separator``), None either (a word of failure, ``causes.failure_bits``; round 43,
    dedupe43). ``base`` False: not the base class alone (``Error``, ``Exception``), which a
    call site's own text glues to a bracket too (drogon's ``Error(%s)``: no repr's class)."""
    if not word.endswith(_EXCEPTION_ENDS):
        return False  # (most words asked: the engine's call spared)
    found = _EXCEPTION_CLASS.fullmatch(word)
    if found is None or (not base and found.start(2) < 0):
        return False
    return qualified is None or (found.end(1) > 0) is qualified


def _fold_typed_records(out: list[str], spaced: list[bool]) -> None:
    """A record printed as its type and its fields in brackets (a Kotlin or Python data class,
    Lombok's toString: ``User(id=<*>, name=alice, role=ADMIN)``) is one value, as ``User{…}``
    is: its fields vary from record to record. The type is a name in capitals glued to the
    bracket, and every field is a key and ``=`` (a call's keyword arguments, ``connect(host=
    <*>)``, are the call's)."""
    at = len(out) - 3
    while at > 0:
        # (at + 2 within the list: a record folded at the end shortens it under ``at``, which
        # then reads from there, ``Error(Error(k="v"w"]``)
        if (out[at] == "(" and not spaced[at] and out[at - 1][:1].isupper() and out[at - 1].isidentifier()
                and at + 2 < len(out) and out[at + 2] == "="):
            end = _record_end(out, at)
            if end > 0:
                out[at - 1:end + 1] = [WILDCARD]
                spaced[at - 1:end + 1] = [spaced[at - 1]]
                at -= 1
        at -= 1


def _record_end(out: list[str], opening: int) -> int:
    """Where the fields ``key=value, …`` opened at ``opening`` close, or -1 when something
    else is inside (an item that is no key and ``=``)."""
    depth = 0
    item = opening + 1  # where the current field starts
    for at in range(opening + 1, min(len(out), opening + 4 * MAX_TOKENS)):
        token = out[at]
        if token in _OPENERS:
            depth += 1
        elif token in _CLOSERS:
            if not depth:
                return at if at > opening + 1 else -1
            depth -= 1
        elif not depth and token == ",":
            item = at + 1
        if not depth and at == item + 1 and (token != "=" or not _KEY.fullmatch(out[item])):
            return -1
    return -1


def _rust_struct(out: list[str], index: int) -> bool:
    """Whether the braces at ``index`` are a struct as Rust's ``{:?}`` prints one: a type
    in capitals first, a space, and a field name then its colon (``Task { name: "x" }``)."""
    kind = out[index - 1]
    return (kind[:1].isupper() and not kind.endswith(("ing", "ed")) and index + 2 < len(out)
            and out[index + 1].isidentifier() and out[index + 2] == ":")


def _is_structure(opening: str, content: list[str]) -> bool:
    if opening == "[" and content[0] == '"' and len(content) > 3 and _one_quoted_text(content):
        return False  # a message quoted alone in its bracket (["poller will exit, schedule <*>"])
    if len(content) > 1 and _word_items(content):
        # a list of names as Go prints one ([orders_v2 shared <*>]), or a struct by %v
        # ({alpha <*>}): one a value or a code name
        return any(map(_LIST_ITEM.fullmatch, content))
    if (opening == "[" and content.count(":") > 1 and any(WILDCARD in token for token in content)
            and not _colon_joined(content)):
        return True  # a map as Go prints one: map[a:<*> b:<*>]
    if (opening == "[" and len(content) > 2 and content[1::2] == [","] * (len(content) // 2)
            and _word_items(content[::2])):
        # a list of names with commas ([billing-east, private.inventory, reports]), as most
        # languages print one: one of them a value or a code name
        return any(map(_LIST_ITEM.fullmatch, content[::2]))
    if opening == "[":
        if len(content) == 3 and content[0] in "'\"" and content[2] == content[0] and content[1] == WILDCARD:
            return True  # a list of one quoted value (['stable'], ["x"]), as lists of more
        return "," in content and any(WILDCARD in token for token in content)
    if ":" not in content and "=" not in content:
        return False
    # a JSON object: a quoted key before its colon
    return not any(token == '"' and content[at + 1:at + 2] == [":"] for at, token in enumerate(content))


def _keyed_pairs(content: list[str], spaced: list[bool], start: int) -> bool:
    """Whether ``content`` (the tokens from ``start``, whose spacing ``spaced`` holds) opens
    with a key and its colon and each of its commas is followed by another key and its
    colon, a space after each comma and colon (``user: <*>, organization: <*>``): a record's keys and
    values as a format string writes them, not a list of values nor a map printed glued
    (``streamId:<*>, sent:no``, which _fold_keyed_values leaves as it is)."""
    if len(content) < 4 or content[1] != ":" or _KEY.fullmatch(content[0]) is None or not spaced[start + 2]:
        return False
    for at in range(2, len(content)):
        if content[at] == "," and not (at + 3 < len(content) and content[at + 2] == ":"
                                       and _KEY.fullmatch(content[at + 1]) is not None
                                       and spaced[start + at + 1] and spaced[start + at + 3]):
            return False
    return True


def _word_items(content: list[str]) -> bool:
    """``all(map(_WORD_ITEM.fullmatch, content))``. Compiled, one loop over the tokens'
    characters (some 10 instructions a character, ``_word_item``) rather than a generic
    ``map`` that calls the engine for each token (some 700); as Python the engine's."""
    if not COMPILED_HERE:
        return all(map(_WORD_ITEM.fullmatch, content))
    return all(_word_item(token) for token in content)  # (compiled: a loop in C)


def _word_item(token: str) -> bool:
    """``_WORD_ITEM.fullmatch(token) is not None``: compiled, a loop over its characters
    (``_list_item`` and ``_term_tuple`` ask it of a token, where the engine's call costs
    some 1,700 instructions; round 39, speed39); as Python the engine's."""
    if not COMPILED_HERE:
        return _WORD_ITEM.fullmatch(token) is not None
    if not token:
        return False
    for at in range(len(token)):
        c = ord(token[at])
        if c >= 128 or not _WORD_ITEM_CLASS[c]:
            return False
    return True


def _colon_joined(content: list[str]) -> bool:
    """Whether ``content`` holds names joined by colons, one token between two of them
    (``<*>:delta:PAUSED``): one field of a record's head written in parts (a queue, its
    namespace and its state), not a map's pairs, which a space parts (``a:<*> b:<*>``)."""
    return any(token == ":" and content[at + 2:at + 3] == [":"] for at, token in enumerate(content))


def _one_quoted_text(content: list[str]) -> bool:
    """Whether ``content`` is one double-quoted text (its inner quotes escaped)."""
    if len(content) < 3 or content[0] != '"' or content[-1] != '"':
        return False
    return all(content[at - 1] == "\\" for at in range(1, len(content) - 1) if content[at] == '"')


def _inline_json(opening: str, content: list[str]) -> bool:
    """Whether ``content`` is a JSON object printed inside a sentence (``Stick to
    {"name":"x"} instead of GET``): an argument of the message, whose keys vary with what
    was passed. Not one that holds the event's key (``{"event":"login",…}`` names it)."""
    return (opening == "{" and WILDCARD in content and ":" in content
            and EVENT_KEYS.isdisjoint(token.lower() for token in content))


def _cut(out: list[str], spaced: list[bool]) -> None:
    """Keep MAX_TOKENS tokens, the last one a variable standing for the rest."""
    del out[MAX_TOKENS - 1:], spaced[MAX_TOKENS - 1:]
    out.append(WILDCARD)
    spaced.append(True)


def _coded_message(out: list[str], opening: str) -> bool:
    """Whether ``out`` ends with an opening bracket, a value, a colon and some words."""
    start = len(out) - 24 if len(out) > 24 else 0
    for at in range(len(out) - 2, start, -1):
        token = out[at]
        if token == ":":
            return at > 1 and out[at - 1] == WILDCARD and out[at - 2] == opening
        if token == opening or token in _CLOSING:
            return False
    return False


def _opening_fields_end(out: list[str], spaced: list[bool]) -> int:
    """Where a record's opening run of head fields ends (the index of the first token after
    it), or 0: fields in brackets holding one token each, glued to each other or parted by
    spaces, bars or dashes (``[<*>][INFO][<*>] <message>``, ``[<*>] | I | pid=<*> | [<*>] |
    [<*>] | <message>``), values, a level word or letter, a key and its value; two bracketed
    fields at least, or two values parted by bars.

    Such fields are the head's, one each, printed by every call site, whatever masking hid of
    them: folded as a repeated group (``[<*>][<*>]`` for ``[<*>][<*>][<*>]``, ``| [<*>] |``
    for ``| [<*>] | [<*>] |``), the head would give one call site two token counts, one where
    a thread's name is a word or a stem (``[main]``, ``[ForkJoinPool.commonPool-worker-<*>]``)
    and one where it is a value (as ``head_fields_end`` keeps a level's fields)."""
    at = 0
    count = len(out)
    fields = 0
    level = False
    while at < count:
        token = out[at]
        if token in _FIELD_BRACKETS and at + 2 < count and out[at + 2] == _FIELD_BRACKETS[token]:
            at += 3
            fields += 1
        elif WILDCARD in token:
            at += 1
        elif token in _FIELD_PARTS and at and spaced[at]:
            at += 1
            fields += 1
        elif not level and (token in HEAD_LEVELS or token in LEVEL_LETTERS):
            at += 1
            level = True
        elif at + 2 < count and out[at + 1] == "=" and WILDCARD in out[at + 2] and token.isalpha():
            at += 3
        else:
            break
    return at if fields >= 2 and at < count else 0


_FIELD_BRACKETS: Final = {"[": "]", "(": ")", "<": ">", "{": "}"}
_FIELD_PARTS: Final = frozenset(("|", "-"))  # (spaced: between a head's fields)


def _fold_repeats(out: list[str], spaced: list[bool]) -> None:
    """Fold a group of up to 8 tokens holding a variable that repeats right after itself
    (``node-<*> 0x<*> <ok> node-<*> 0x<*> <ok>``): a list of records of any length."""
    # Such a group has a variable that comes back exactly its size later, with a neighbour
    # that does too: only those sizes are tried (most messages have none), in one pass over
    # the variables.
    sizes = set()
    seen: dict[str, list[int]] = {}  # variable token -> where it was, in order
    for index, token in enumerate(out):
        if WILDCARD in token:
            where = seen.get(token)
            if where is None:
                seen[token] = [index]
                continue
            for earlier in reversed(where):
                if index - earlier > 8:
                    break
                # (a repeat of that size holds a neighbour of the variable in its group, the
                # same that size later: the one before it, or the one after it)
                if (earlier and out[earlier - 1] == out[index - 1]) or (
                        index + 1 < len(out) and out[earlier + 1] == out[index + 1]):
                    sizes.add(index - earlier)
            where.append(index)
    if not sizes:
        return
    folded = False
    for size in range(2, 9):  # runs of one token were folded while cutting
        if size not in sizes and not folded:
            continue  # out is unchanged so far, so nothing of this size can repeat
        index = 0
        while index + 2 * size <= len(out):
            # where each token equals the one ``size`` later (1 or 0, a compiled comprehension): a
            # repeat is a run of ``size``
            same = bytes([a == b for a, b in zip(out[index:len(out) - size], out[index + size:])])  # noqa: B905
            start = same.find(_RUNS[size])
            if start < 0:
                break
            index += start
            group = out[index:index + size]
            if any(WILDCARD in t for t in group) and _balanced(group) and not (
                    index == 0 and group[0] in _CLOSER_OF and group[-1] == _CLOSER_OF[group[0]]):
                # (not tags that lead a message: [<*>] [JOB <*>] is two, not a list)
                del out[index + size:index + 2 * size], spaced[index + size:index + 2 * size]
                folded = True
            else:
                index += 1


def _balanced(group: list[str]) -> bool:
    """Whether a group opens no quote it does not close: ``" <*>`` repeated is the end of
    one quoted value and the start of another, not a list."""
    return group.count('"') % 2 == 0 and group.count("'") % 2 == 0


def render(token_list: list[str], spaced: list[bool]) -> str:
    """Tokens back into text, with a space where the first message had whitespace."""
    # (the spaces joined as items of their own: no string made for each spaced token, " " + t,
    # each an allocation and a copy; the same text)
    out: list[str] = []
    for token, space in zip(token_list, spaced):  # noqa: B905 (equal lengths; docs/patterns.md, Speed: strict= stops mypyc compiling the zip)
        if space:
            out.append(" ")
        out.append(token)
    return "".join(out).lstrip()

