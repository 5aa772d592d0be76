"""Templates and the rule that decides whether a message belongs to one.

A template is a list of tokens where ``<*>`` marks a variable. Each token has a *kind*:

- ``WILD``: a variable (``<*>``, or wildcards joined by punctuation such as ``<*>##<*>``);
- ``MIXED``: a constant stem around a variable (``blk_<*>``, ``core.<*>``);
- ``WORD`` a constant word, ``TITLE`` a capitalised one (``Started``), ``CAPS`` an
  all-capitals one (``RUNNING``, ``GET``), ``STRONG`` a word of a structured log's
  message field (``msg="..."``, ``"event": "..."``);
- ``PUNCT``: punctuation.

Matching is Drain's idea, scored on the constant tokens only: a message joins the best
template of its length and first word (``lead_key``) when at least ``SIMILARITY`` of the
constant tokens they do not share as variables are equal. Variables are neutral, so a
template of a few constants and many values still matches.

What may differ is decided by the shape of the difference, not by per-source rules:

- a value (a variable) where the template has a word, or the reverse, may differ;
- a word where the template has another word may differ only when something introduces
  it as a value: a word that names what follows (``for user bob``, ``from host db``) or
  ``=`` (``user=bob``), or, at a higher cost, another key mark (``name: bob``, ``(bob)``).
  Any thing's noun introduces a lower-case name so, at a mark's cost (``Monitor canary
  added`` / ``Monitor gateway-db added``; ``_name_after_noun``). Otherwise the word is part
  of the event (``stored as bytes`` / ``stored as values``, ``VM Started`` / ``VM Paused``)
  and the two are different patterns;
- two qualified names (three labels or more: ``com.example.sync``) may differ as values
  do, cue or not, and one as first word does not key the bucket; so may two words when
  one is a name of code (``orders_v2``, ``app.config``, ``MediaQueue``) or both are
  hyphenated (``cache-east``), unless a colon follows (``eth_setup:`` says where), and two
  leading names (``ledger: …`` / ``catalog: …``, ``prefix_at``);
- a mark alone in brackets (``[x]`` / ``[~]``) may differ;
- two all-capitals words (``NEW`` / ``RUNNING``, ``action.SCREEN_ON``) never merge but as
  the value of a key (``state=RUNNING``); message-field words never merge but names of
  code after the field's first word (``msg="add SearchQueue to bridge"``), nor do two
  different words in a row (``replica catching up`` / ``replica fully synced``).

``varying`` lists the words a template could generalize so; a new pattern's id is
computed with them as ``<*>`` (see shapes.id_tokens).

``fits_other_length`` applies the same rule around one place where the lengths differ.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from itertools import product
from typing import TYPE_CHECKING, Final

from otlp_sampler.patterns.causes import FAILURE, FUNCTION_CUES, PROSE_WORDS, reads_as_failure_word
from otlp_sampler.patterns.http import METHODS, status_class_word
from otlp_sampler.patterns.masking import (
    BRACKETED_LEVEL_LETTERS,
    CAPS_LEVELS,
    COMPILED_HERE,
    HEAD_LEVELS,
    LEVEL_FORMS,
    LEVEL_LETTERS,
    LEVEL_WORDS,
    SOURCE_EXT,
    WILDCARD,
    event_type_key,
    json_line_key,
    json_logger_key,
    json_source_key,
    message_start,
    named_message_key,
)
from otlp_sampler.patterns.tokens import (
    CODE_NAME,
    EVENT_KEYS,
    OBJC_METHOD_KINDS,
    OBJECT_VALUE,
    SOURCE_FILE,
    report_module_at,
)

if TYPE_CHECKING:
    from mypy_extensions import i64  # (compiled, a machine integer; masking's note)

# The kinds of tokens (kinds_of). Final: the compiled build reads them as constants, not
# from the module's namespace at each use (every loop over tokens compares them).
WILD: Final = 0
MIXED: Final = 1
WORD: Final = 2
TITLE: Final = 3
CAPS: Final = 4
STRONG: Final = 5
PUNCT: Final = 6

SIMILARITY: Final = 0.65
# differences that a key, a naming word or a name's shape introduces, which a message of
# few constants may hold and still match when its constants all agree (score)
SHORT_DIFFERENCES: Final = 2

# Kinds of things whose name follows (Connection type stable, Processing partition main),
# where a state may follow too (type running / type PAUSED names the event): they
# introduce a name, never a verb's form or a word in capitals (see score). Not "mode":
# what follows it is mostly a state (unknown mode idle / … ready).
_KIND_CUES: Final = frozenset(("type", "code", "partition", "entity", "policy", "scheme", "profile"))
# Words that introduce a value: the word after them may vary within one event (and the
# kinds of things above).
CUE_WORDS: Final = frozenset((
    "user", "users", "username", "login", "account", "owner", "uid", "gid", "for", "from", "by",
    "of", "host", "hostname", "server", "node", "client", "peer", "domain", "name", "named", "id", "file",
    "filename", "path", "dir", "directory", "folder", "class", "service", "app",
    "program", "process", "proc", "module", "package", "pkg", "job", "task", "queue", "topic", "table",
    "database", "db", "key", "device", "disk", "volume", "interface", "iface", "url", "uri", "address",
    "addr", "ip", "group", "role", "tenant", "project", "bucket", "container", "image", "pod",
    "namespace", "cluster", "zone", "region", "thread", "session", "port", "endpoint", "channel",
    "plugin", "component", "source", "target", "destination", "dest", "src", "via", "admin",
    "operator", "customer", "member", "sender", "recipient", "author", "worker", "agent",
    "backend", "frontend",  # a proxy's (matching backend <name> found)
    "at",  # a place (Tablet tool at bob removed); after "in", "on", "to", "with" as often the event's words
)) | _KIND_CUES
_FUNCTION_CUE_CHARS: Final = 4  # the longest of FUNCTION_CUES (varying)
_CUE_FORMS: Final = frozenset(form for word in CUE_WORDS for form in (word, word.title(), word.upper()))
CUE_MARKS: Final = frozenset(":([{,'\"")  # weaker than a word or "=": ":" also ends a phrase
_VALUE_CUES: Final = _CUE_FORMS | CUE_MARKS | {"="}  # what may introduce a value (cue_at)
STRONG_CUE: Final = 1.0  # what a difference after each costs (see score)
WEAK_CUE: Final = 1.5
# The keys a record's message is the value of, in any case (masking.MESSAGE_KEYS are the
# spellings its quoted-message pattern reads, a narrower set): tokens.EVENT_KEYS (msg, event,
# Serilog's "@m", GELF's "short_message", …) and "what" and "text".
MESSAGE_FIELD_KEYS: Final = EVENT_KEYS | {"what", "text"}
_MESSAGE_KEY_LENGTHS: Final = frozenset(len(key) for key in MESSAGE_FIELD_KEYS)
# (the same lengths as a table, 1 at a key's length: kinds_of reads a byte, not a set's lookup
# of a boxed length, for each token of a message that holds a message key)
_LONGEST_KEY: Final = max(_MESSAGE_KEY_LENGTHS)
_KEY_LENGTH: Final = bytes(1 if size in _MESSAGE_KEY_LENGTHS else 0 for size in range(_LONGEST_KEY + 1))
# Every spelling of a message key in any case (msg, Msg, MSG, ...): what ``token.lower() in
# MESSAGE_FIELD_KEYS`` accepts (no other character lower-cases to one of their letters).
_MESSAGE_KEY_FORMS: Final = frozenset(
    "".join(letters) for key in MESSAGE_FIELD_KEYS for letters in product(*((c, c.upper()) for c in key))
)
_QUOTES: Final = frozenset("'\"")
_BRACKETS: Final = {"(": ")", "[": "]", "{": "}"}
_MARK_BRACKETS: Final = {**_BRACKETS, "<": ">"}
# The marks that part a record's fields or a label from what it names, alone as tokens: a
# colon, a spaced dash, a bar (two different ones at one place: two call sites, ``score``)
_SEPARATOR_MARKS: Final = frozenset((":", "-", "|"))

# All capitals, or a dotted name ending in them (State.RUNNING, android.intent.action.SCREEN_ON).
_CAPS: Final = re.compile(r"(?:[\w$]+\.)*[A-Z][A-Z0-9_]*[A-Z][.!]?", re.ASCII)
_TITLE: Final = re.compile(r"[A-Z][a-z]{2,}[.!]?", re.ASCII)
_ALNUM: Final = re.compile(r"[^\W_]")  # a letter or digit of any script: Müller and 登录 are words
# A fully qualified name: three labels or more (com.example.app.sync, ui.panel.visible,
# org.example.io.Reader). Such a name points at a thing in a namespace (a package, a
# bundle, a class, a property), which is what logs pass as arguments; prose never holds
# inner dots. Two-label names (Class.method, obj.field) more often say where the event
# happens, and stay words.
# (a stop after one ends the sentence: Return JSON System.Net.Http.HttpClient.)
_QUALIFIED: Final = re.compile(r"[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*){2,}\.?", re.ASCII)


# A code location as one token, its line glued to its file (lighttpd's ``(mod_ssi.c.784) …``,
# ZoneMinder's ``<process>[<tid>].ERR-zm_comms.cpp/99 […]``, masking.slash_line_location)
_GLUED_LOCATION: Final = re.compile(r"[\w./+-]+\." + SOURCE_EXT + r"[.:/]\d+", re.ASCII)


# The module (after its process's @) and function of an Erlang location as masking keeps it
ERLANG_MODULE: Final = re.compile(r"@[a-z]\w*", re.ASCII)
ERLANG_FUNCTION: Final = re.compile(r"[a-z]\w*", re.ASCII)
# a C function's name (Janus' ``[file.c:function:line]``), or any function's: a name as code writes it
C_FUNCTION: Final = CODE_NAME


def method_path_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a part of a method's path as masking keeps it (``App\\Sub::after``,
    ``Term::resize``): a class before ``::`` and a method after it, the code that logs
    (``__METHOD__``, ``__PRETTY_FUNCTION__``), one per call site."""
    if at > 2 and tokens[at - 1] == ":" and tokens[at - 2] == ":":
        return True
    return at + 3 < len(tokens) and tokens[at + 1] == ":" and tokens[at + 2] == ":"


# A function's name as a code location holds it, with its arity glued as masking keeps it
# (Erlang's module:function/arity:line, read ``event/<*>``)
_FUNCTION_ARITY: Final = re.compile(r"[A-Za-z_]\w*/(?:<\*>|\d+)", re.ASCII)


def bracketed_location_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is the module or the function of a code location alone in its
    bracket (``[mod_logging:log_client_stop/<*>]``, Erlang's module:function/arity:line;
    ``[views:get_user:<*>]``, Python's %(module)s:%(funcName)s:%(lineno)d): the module, a
    colon, the function with its arity or a colon and its line, the bracket's end. Where the
    code that logs is said, one per call site: two of them are two call sites however alike
    their messages (the instance of a tag, ``[syslog:<*>]``, holds no function)."""
    if at > 0 and tokens[at - 1] == ":":
        at -= 2  # (the function: read from its module)
    if at < 1 or tokens[at - 1] not in _BRACKETS or at + 3 >= len(tokens) or tokens[at + 1] != ":":
        return False
    close = _BRACKETS[tokens[at - 1]]
    if C_FUNCTION.fullmatch(tokens[at]) is None:
        return False
    if tokens[at + 3] == close:
        return _FUNCTION_ARITY.fullmatch(tokens[at + 2]) is not None
    return (at + 5 < len(tokens) and tokens[at + 3] == ":" and tokens[at + 5] == close
            and (tokens[at + 4] == WILDCARD or tokens[at + 4].isdigit())
            and C_FUNCTION.fullmatch(tokens[at + 2]) is not None)


# a class named with its package (a Java logger's %c: io.debezium.connector.Task)
_QUALIFIED_CLASS: Final = re.compile(r"(?:[a-z]\w*\.)+[A-Z][\w$]*", re.ASCII)


def closing_location_length(tokens: list[str]) -> int:
    """How many tokens the caller's location that closes the record takes (masking's
    TRAILING_LOCATION, kept unmasked with its line), 0 when none does: a file and its line
    in brackets, ``( App/Handle.pm : 2169 )`` or ``[ fn@file.go : 502 ]``, five; a module,
    a function with its arity and a line, ``( eturnal_ctl : get_password/1 : 79 )``, seven;
    a class by its package and a line, ``( io.debezium.Task : 172 )``, five; a file and its
    line after a spaced dash, unbracketed, ``- PgConnection.cc : 178``, four. The one reader
    of that location on tokens (masking's pattern reads it on the text, before tokens exist:
    what it kept, this finds again)."""
    count = len(tokens)
    close = tokens[-1] if count else ""
    if count > 5 and close.isdigit():
        # (after a spaced dash: muduo's and trantor's `… - file.cc:123`)
        return 4 if tokens[-4] == "-" and location_file_at(tokens, count - 3) else 0
    if count < 7 or not tokens[-2].isdigit():
        return 0
    if close == ")":
        opening = "("
    elif close == "]":
        opening = "["
    else:
        return 0
    if tokens[-5] == opening and tokens[-3] == ":" and (
            location_file_at(tokens, count - 4) or _QUALIFIED_CLASS.fullmatch(tokens[-4]) is not None):
        return 5
    if (count > 8 and tokens[-7] == opening and tokens[-5] == ":" and tokens[-3] == ":"
            and ERLANG_FUNCTION.fullmatch(tokens[-6]) is not None
            and _FUNCTION_ARITY.fullmatch(tokens[-4]) is not None and tokens[-4][-1:].isdigit()):
        return 7
    return 0


def _closing_line(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a line's number and the stop glued to it that end the record
    (``Impossible condition at dhcpv6.c:2699.``, masking's ``at_location``; round 40, r38c)."""
    line = tokens[at]
    return at == len(tokens) - 1 and line[-1:] == "." and line[:-1].isdigit()


def location_file_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is the file of a code location that opens the record, as
    masking keeps it (``balancers.lua:163: …``): the file, its colon, its line (or a
    variable there, where a template of other lengths generalized it). One file is one call site's, no leading
    name that varies (``prefix_at``, shapes' ``_rest_key``), two lines of it are two call
    sites (``score``), and a function after it is where the record is logged (runs)."""
    if at + 2 < len(tokens) and tokens[at + 1] == ":":
        name = tokens[at]
        if at > 0 and tokens[at - 1] == "[" and function_location_at(tokens, at):
            return True  # (the file of such a location, its function and line after it: Janus')
        if (at + 4 < len(tokens) and tokens[at + 3] == ":"
                and (tokens[at + 4].isdigit() or tokens[at + 4] == WILDCARD)
                and ERLANG_FUNCTION.fullmatch(name) is not None
                and _FUNCTION_ARITY.fullmatch(tokens[at + 2]) is not None):
            return True  # (an Erlang module before its function, its arity and line: mod:f/1:511)
        return ((tokens[at + 2] == WILDCARD or tokens[at + 2].isdigit() or _closing_line(tokens, at + 2))
                and (SOURCE_FILE.fullmatch(name) is not None
                     # (or the function and its @ before the file, as a caller that closes the
                     # record is printed: [insideContainer@mount.go:502], masking's TRAILING_LOCATION)
                     or ("@" in name and SOURCE_FILE.fullmatch(name, name.rfind("@") + 1) is not None)
                     # (or the function of an Erlang location, after its process's @ and its
                     # module: <*>>@riak_kv_vnode:put:4023, masking._LEADING_LOCATION)
                     or (at > 1 and tokens[at - 1] == ":"
                         and ERLANG_FUNCTION.fullmatch(tokens[at]) is not None
                         and ERLANG_MODULE.fullmatch(tokens[at - 2]) is not None)
                     # (or an Erlang function with its arity after its module: mod:f/1:511)
                     or (at > 1 and tokens[at - 1] == ":" and _FUNCTION_ARITY.fullmatch(name) is not None
                         and ERLANG_FUNCTION.fullmatch(tokens[at - 2]) is not None)
                     # (or C's function after its file, in the square bracket that opens the
                     # record: Janus' [src/x.c:handle_message:1267], masking._LEADING_LOCATION)
                     or (at > 2 and tokens[at - 3] == "[" and function_location_at(tokens, at - 2))))
    # (or its line glued to it, one token: lighttpd's (mod_ssi.c.784) …)
    return tokens[at][-1:].isdigit() and _GLUED_LOCATION.fullmatch(tokens[at]) is not None


def objc_method_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is the class or a part of the selector of an Objective-C method's
    name alone in quotes, as masking keeps it (``'-[AppDelegate showRules:]'``,
    ``'+[Store request:didFailWithError:]'``, ``__PRETTY_FUNCTION__``'s form;
    ``masking._NOT_A_QUOTED_CODE_NAME``): the method that logs, one per call site; two never
    merge, however many a batch holds (round 42, weak42)."""
    n = len(tokens)
    start = at - 1
    while start >= 0 and at - start <= 12 and tokens[start] != "[":
        if tokens[start] != ":" and not tokens[start].isidentifier():
            return False
        start -= 1
    if (start < 2 or tokens[start] != "[" or tokens[start - 1] not in OBJC_METHOD_KINDS
            or tokens[start - 2] not in _CODE_QUOTES or start + 2 >= n
            or not tokens[start + 1][:1].isupper()):
        return False
    end = at + 1
    while end < n and end - start <= 12 and tokens[end] != "]":
        if tokens[end] != ":" and not tokens[end].isidentifier():
            return False
        end += 1
    return end + 1 < n and tokens[end] == "]" and tokens[end + 1] == tokens[start - 2]


_CODE_QUOTES: Final = frozenset(("'", "`"))


def function_column_line_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]``, digits alone, is the line of an Erlang location in its own
    column, as masking keeps it after leo_logger's head (``mod:fun/3\t425\t…``, the call
    site's own words between the arity and the line too: ``mod:handle_call/1 - consume\t423``;
    ``masking._ERLANG_NODE_LOCATION``): the module, its colon, the function with its arity,
    then the line right after, or after a spaced dash or a comma and the call site's words
    (eight tokens at most). One line is one call site, however many a batch holds (round 42,
    weak42)."""
    if not tokens[at].isdigit():
        return False
    for back in range(at - 1, max(at - 9, 1), -1):
        if (_FUNCTION_ARITY.fullmatch(tokens[back]) is not None and tokens[back - 1] == ":"
                and ERLANG_FUNCTION.fullmatch(tokens[back - 2]) is not None):
            return back == at - 1 or tokens[back + 1] in ("-", ",")
    return False


def call_site_token_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a call site's own token, as masking keeps it: the file of a
    code location (``location_file_at``) or its line after the colon (``balancers.lua:163``),
    the line of an Erlang location in its own column (``function_column_line_at``), the class
    or a part of the selector of an Objective-C method's name in quotes (``objc_method_at``).
    One call site prints one, so two different ones at one place are two call sites (``score``)
    and none is a value however many a batch holds (``batch._value_places``): the one
    predicate both ask (round 43, dedupe43), where a new form of it is added."""
    token = tokens[at]
    if token[-1:].isdigit():
        # (a file glued to its line, or its line after the file's colon, or an Erlang
        # location's line in its column: each ends with a digit)
        if location_file_at(tokens, at):
            return True
        if token.isdigit() and ((at > 1 and tokens[at - 1] == ":" and location_file_at(tokens, at - 2))
                                or (at > 2 and function_column_line_at(tokens, at))):
            return True
    elif at + 2 < len(tokens) and tokens[at + 1] == ":" and location_file_at(tokens, at):
        return True  # (else a file is one before its colon alone)
    return at > 2 and objc_method_at(tokens, at)


def function_location_at(tokens: list[str], at: int, masked_file: bool = False) -> bool:
    """Whether a code location with its function opens at ``at``: a source file (or, with
    ``masked_file``, a path masked whole), its function and its line (or a line masked), joined
    by glued colons (``../src/lxc/start.c:do_start:1402``, masked ``<*>:do_start:<*>``; Janus'
    ``[src/x.c:handle_message:1267]``; C's ``__FILE__:__func__:__LINE__``): one call site's
    place, never an error's text. The one reader of the form: ``location_file_at`` asks it
    after a square bracket (for the file and for the function), runs' ``_separates`` in a
    head, a masked path too."""
    if at < 1 or at + 4 >= len(tokens) or tokens[at + 1] != ":" or tokens[at + 3] != ":":
        return False
    line = tokens[at + 4]
    name = tokens[at]
    return ((line == WILDCARD or line.isdigit())
            and ((masked_file and name == WILDCARD) or SOURCE_FILE.fullmatch(name) is not None)
            and C_FUNCTION.fullmatch(tokens[at + 2]) is not None)


# Verbs that start messages in the imperative or present ("acquire lock", "release lock"):
# a first word among them names the event, so it never becomes a variable.
LEAD_VERBS: Final = frozenset((
    "acquire", "release", "start", "stop", "open", "close", "create", "delete", "add", "remove",
    "enable", "disable", "load", "unload", "save", "read", "write", "send", "receive", "connect",
    "disconnect", "get", "set", "put", "update", "insert", "begin", "end", "init", "initialize",
    "finish", "register", "unregister", "subscribe", "unsubscribe", "lock", "unlock", "mount", "unmount",
    "attach", "detach", "resume", "suspend", "pause", "accept", "reject", "allow", "deny", "grant",
    "revoke", "login", "logout", "commit", "rollback", "retry", "skip", "drop", "flush", "sync", "reset",
    "restart", "reload", "apply", "cancel", "abort",
))

# A class's name in CamelCase, two capitalised parts at least (DeliciousImport)
CLASS_NAME: Final = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+", re.ASCII)
# a function's name in camelCase or PascalCase: letters and digits, a capital inside
_CAMEL_NAME: Final = re.compile(r"[A-Za-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+", re.ASCII)
# such a class's name and one of its methods, dotted (BaseHander.execute_image_operations,
# OrderService.placeOrder): where a record is logged (score: a tag right after the level)
_CLASS_METHOD: Final = re.compile(
    r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\.[a-z][a-z0-9]*(?:_[a-z0-9]+|[A-Z][a-z0-9]*)*", re.ASCII)
# the dashes a layout prints between the logger's name that opens the record and the message
_LOGGER_DASHES: Final = frozenset(("--", "---"))


def two_class_labels(template: list[str], tokens: list[str], at: int) -> bool:
    """Whether ``template`` and ``tokens`` open with two different class names before a
    colon (``DeliciousImport: user is not defined`` / ``InstapaperImport: …``): a class
    that prints its own name as a label says where the record is logged, and two of them
    are two call sites, while a name that has varied there (``<*>: …``) or a lower-case
    one (``ledger: …``) is a leading name that varies (``prefix_at``). ``at``: where the
    name is (``shapes._name_at``: 0, or 3 after the level alone in brackets, ``class_label_at``)."""
    return (template[at] != tokens[at] and class_label_at(template, at)
            and class_label_at(tokens, at))


def two_numbered_leads(template: list[str], tokens: list[str], at: int) -> bool:
    """Whether ``template`` and ``tokens`` open (at ``at``, ``shapes._name_at``: the leading
    name, or the one after the level alone in brackets) with two different kinds of thing,
    each glued by ``/`` or ``#`` to its instance's number, the number masked (Elixir's
    ``"stream/#{id}"``: ``[debug] stream/<*>: state: …`` / ``[debug] consumer/<*>: state:
    …``). The number is the value that varies; the kind before it is written in the call
    site's text, so two kinds are two call sites, as two class labels are. A leading name
    that varies (``ledger: …``, ``<*>: …``) is a whole word, not a kind and a number
    (round 40, weak40)."""
    a = template[at]
    b = tokens[at]
    return (a != b and a.endswith("<*>") and b.endswith("<*>") and a[-4:-3] in _NUMBER_GLUES
            and a[-4:-3] == b[-4:-3] and _NUMBERED_NAME.fullmatch(a) is not None
            and _NUMBERED_NAME.fullmatch(b) is not None)


_NUMBER_GLUES: Final = frozenset(("#", "/"))


def class_label_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a class's name in CamelCase that opens the record before a
    colon (``DeliciousImport: …``, see ``two_class_labels``), or before a run of dashes, a
    layout's separator between the logger's name and the message (NLog's
    ``${logger:shortname=true} --- ${message}``: ``UserEventEmitter --- …``; round 34, r32b),
    or before the record's level alone in square brackets (logback's ``%logger{0} [%p] %m``:
    ``LeshanServer [INFO] …``, the class that logs; round 39, r37b);
    or that opens a constant sentence (no value in it but a last field's, NLog's empty
    ``${exception}`` after a space) before a colon right after the record's level alone in
    brackets (``bracketed_level_name``, docs/patterns.md § The record's head; NLog's
    ``[${level}] ${logger:shortname=true}: ${message}``, the *arr family's: ``[Error]
    TelegramProxy: Unable to send test message`` / ``[Error] SimplepushProxy: …``, two classes
    that wrote one sentence; round 35, r33a). Not before a sentence with values: a base class
    logs those under each subclass's logger, the name of the class it serves (``[Debug]
    RefreshArtistService: <*> <*> up to date`` / ``[Debug] RefreshAlbumService: …``, one call
    site)."""
    if at == 0:
        return (len(tokens) > 1 and (tokens[1] == ":" or tokens[1] in _LOGGER_DASHES or (
            tokens[1] == "[" and len(tokens) > 4 and tokens[3] == "]" and tokens[2] in HEAD_LEVELS))
                and CLASS_NAME.fullmatch(tokens[0]) is not None)
    return (at == 3 and bracketed_level_name(tokens) and CLASS_NAME.fullmatch(tokens[3]) is not None
            and WILDCARD not in tokens[5:-1])


# The cases of a word of ASCII letters (letter_case): in lower case, in capitals, capitalised
# (one capital, the first, and one letter more at least), mixed; no such word; or maybe one
# that is not ASCII (the str methods decide)
LOWER: Final = 0
UPPER: Final = 1
CAPITALISED: Final = 2
MIXED_CASE: Final = 3
NO_LETTERS: Final = -1
NOT_ASCII: Final = -2


def letter_case(token: str) -> int:
    """The case of ``token`` if it is a word of ASCII letters; ``NO_LETTERS`` where
    ``token.isalpha()`` is false for an ASCII character's sake (or it is empty), ``NOT_ASCII``
    where a character not ASCII comes first. One loop over the characters: compiled,
    cheaper than mypyc's generic calls of ``str.isalpha``, ``isascii``, ``islower`` and
    ``isupper`` (some 700 instructions each; docs/patterns.md, Speed). As Python the methods
    are cheaper: callers use it only where ``COMPILED_HERE``."""
    size: i64 = len(token)
    if size == 0:
        return NO_LETTERS
    capitals: i64 = 0
    for at in range(size):
        c: i64 = ord(token[at])
        if 65 <= c <= 90:
            capitals += 1
        elif not 97 <= c <= 122:
            return NOT_ASCII if c >= 128 else NO_LETTERS
    if capitals == 0:
        return LOWER
    if capitals == size:
        return UPPER
    return CAPITALISED if capitals == 1 and ord(token[0]) <= 90 else MIXED_CASE


def plain_word(token: str) -> bool:
    """``token.isalpha() and (token.islower() or token[1:].islower())``: a word of letters
    in lower case, or capitalised; asked of ``letter_case`` first where compiled."""
    if COMPILED_HERE:
        case = letter_case(token)
        if case != NOT_ASCII:
            return case in (LOWER, CAPITALISED)
    return token.isalpha() and (token.islower() or token[1:].islower())


def letters_only(token: str) -> bool:
    """``token.isalpha()``, asked of ``letter_case`` first where compiled."""
    if COMPILED_HERE:
        case = letter_case(token)
        if case != NOT_ASCII:
            return case != NO_LETTERS
    return token.isalpha()


def _letters_kind(token: str) -> int:
    """The kind of a word of ASCII letters, -1 for any other token."""
    if COMPILED_HERE:
        case = letter_case(token)
        if case < 0:
            return -1
        if case == LOWER:
            return WORD
        if case == UPPER:
            return CAPS if len(token) > 1 else WORD
        return TITLE if case == CAPITALISED and len(token) > 2 else WORD
    if token.isalpha() and token.isascii():
        if token.islower():
            return WORD
        if token.isupper():
            return CAPS if len(token) > 1 else WORD
        return TITLE if len(token) > 2 and token[0].isupper() and token[1:].islower() else WORD
    return -1


def token_kind(token: str) -> int:
    """The kind of one token out of context (see the module docstring)."""
    # most tokens are plain words: decided without a regex (same answers as below)
    kind = _letters_kind(token)
    if kind >= 0:
        return kind
    if WILDCARD in token:
        if token == WILDCARD or not _has_alnum(token.replace(WILDCARD, "")):
            return WILD
        return MIXED
    if not _has_alnum(token):
        return PUNCT
    # (each regex asked only where its last or first character may be: most tokens here
    # are values' stems, paths and names, neither)
    if ((_capital_at_end(token) and _CAPS.fullmatch(token))
            or status_class_word(token)):
        return CAPS  # a state; an HTTP status class (5xx, 5xx. at a sentence's end) is one too
    return TITLE if 65 <= ord(token[0]) <= 90 and _TITLE.fullmatch(token) else WORD


def _has_alnum(text: str) -> bool:
    """``_ALNUM.search(text) is not None``: ``[^\\W_]`` is ``str.isalnum``'s class of
    characters. Compiled, a loop over the characters costs less than a call of the engine
    (some 4,000 instructions a token where the engine is asked, callgrind); an ASCII
    character is read by its code (``isalnum`` of one is a letter's or a digit's), the
    method asked only of a character beyond ASCII (round 39, speed39); as Python the
    engine's is cheaper."""
    if COMPILED_HERE:
        n: i64 = len(text)
        at: i64 = 0
        while at < n:
            c: i64 = ord(text[at])
            if c < 128:
                if 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57:
                    return True
            elif text[at].isalnum():
                return True
            at += 1
        return False
    return _ALNUM.search(text) is not None


def _capital_at_end(token: str) -> bool:
    """Whether a token ends with an ASCII capital, or one and a stop or ``!``: what a
    full match of _CAPS needs."""
    last = ord(token[-1])
    if (last == 46 or last == 33) and len(token) > 1:
        last = ord(token[-2])
    return 65 <= last <= 90


def holds_any(words: frozenset[str], tokens: list[str]) -> bool:
    """``not words.isdisjoint(tokens)``: whether a token is one of ``words``. Compiled, one
    loop of set lookups in C (some 80 instructions a token) rather than the method, a call
    of a Python object that makes an iterator of the list (some 1,800 a list, callgrind)."""
    if not COMPILED_HERE:
        return not words.isdisjoint(tokens)
    return any(token in words for token in tokens)  # (compiled: a loop in C)


def capital_first(token: str) -> bool:
    """``token[:1].isupper()``; compiled, an ASCII character's test is a comparison of
    numbers, not a generic call of the method."""
    if COMPILED_HERE and token and ord(token[0]) < 128:
        return 65 <= ord(token[0]) <= 90
    return token[:1].isupper()


def kinds_of(tokens: list[str], known: dict[str, int] | None = None) -> list[int]:
    """Kinds of a token list, with the words of a message field marked ``STRONG``.

    ``known`` (token -> ``token_kind`` with the token's ``_marks``), when given, is read and
    filled: words recur from message to message, and a dict lookup is cheaper than
    classifying them again. The caller bounds it.
    """
    if known is None:
        kinds = [token_kind(t) for t in tokens]
        # one C-level test instead of a lower() per token: most messages hold no message key
        quoted = '"' in tokens
        # (a key that names the event by its type is a JSON key, in quotes; the loop stops at
        # the first)
        keyed = holds_any(_MESSAGE_KEY_FORMS, tokens)
        if quoted and not keyed:
            for token in tokens:
                if event_type_key(token) or named_message_key(token):
                    keyed = True
                    break
    else:
        # (a loop, compiled: its dict lookups cost less than map's calls of a bound known.get,
        # and no second pass asks for the tokens it has not seen)
        kinds = []
        marks = 0  # the tokens' marks (_KEY_MARK, _QUOTE_MARK): the two tests above, read in the loop
        for token in tokens:
            kind = known.get(token)
            if kind is None:
                kind = known[token] = token_kind(token) | _marks(token)
            if kind > PUNCT:
                marks |= kind
                kind &= _KIND_BITS
            kinds.append(kind)
        keyed = marks & _KEY_MARK != 0
        quoted = marks & _QUOTE_MARK != 0
    if keyed:
        count = len(tokens)
        for index, token in enumerate(tokens):
            if (((len(token) <= _LONGEST_KEY and _KEY_LENGTH[len(token)] == 1
                  and token.lower() in MESSAGE_FIELD_KEYS)
                 or (index > 1 and tokens[index - 1] == '"' and index + 1 < count
                     and tokens[index + 1] == '"' and tokens[index - 2] in _JSON_KEY_OPENERS
                     and (event_type_key(token) or named_message_key(token))))
                    and not after_prose(tokens, kinds, index)):
                _mark_message_field(tokens, kinds, index + 1, count)
    if quoted:  # (most messages hold no quote)
        if tokens[0] == "[":
            _mark_bracketed_message(tokens, kinds)
        else:
            _mark_leading_message(tokens, kinds)
    return kinds


# What kinds_of's cache keeps with a token's kind, above its bits: the token is a message
# key's form, or a quote. Read in its loop, they spare two tests of the whole list (a set's
# isdisjoint and a list's ``in``, some 3,700 instructions a message compiled)
_KIND_BITS: Final = 7
_JSON_KEY_OPENERS: Final = frozenset(("{", ","))  # (what comes before a JSON key's opening quote)
_KEY_MARK: Final = 8
_QUOTE_MARK: Final = 16


def _marks(token: str) -> int:
    # (the type key's and the named message key's tests read the token's last letter first)
    keyed = token in _MESSAGE_KEY_FORMS or event_type_key(token) or named_message_key(token)
    return (_KEY_MARK if keyed else 0) | (_QUOTE_MARK if token == '"' else 0)


def _mark_leading_message(tokens: list[str], kinds: list[int]) -> None:
    """Mark ``STRONG`` the words of a record's message quoted first in the line, or after a
    header that ends with ``]`` (klog's ``<*> x.go:<*>] "Pod status updated" pod=<*>``), with
    the record's keys or the line's end after it, as those of ``msg="…"``."""
    at = tokens.index('"')
    if at and tokens[at - 1] != "]":
        return
    end = tokens.index('"', at + 1) if '"' in tokens[at + 1:] else -1
    if end < 0 or not (end + 1 == len(tokens) or (end + 2 < len(tokens) and tokens[end + 2] == "=")):
        return
    for index in range(at + 1, end):
        if kinds[index] in (WORD, TITLE, CAPS):
            kinds[index] = STRONG


def _mark_bracketed_message(tokens: list[str], kinds: list[int]) -> None:
    """Mark ``STRONG`` the words of a record's message quoted alone in its bracket among
    bracketed fields (TiKV's and TiDB's ``[<*>] [INFO] [<*>] ["region split"] [id=<*>]``),
    as those of ``msg="…"``: the first such bracket, the fields before it bracketed too."""
    at = 1
    count = len(tokens)
    while at + 1 < count and tokens[at - 1] == "[":
        if tokens[at] == '"':
            end = tokens.index('"', at + 1) if '"' in tokens[at + 1:] else -1
            if end < 0 or end + 1 >= count or tokens[end + 1] != "]":
                return
            for index in range(at + 1, end):
                if kinds[index] in (WORD, TITLE, CAPS):
                    kinds[index] = STRONG
            return
        close = tokens.index("]", at) if "]" in tokens[at:] else -1
        if close < 0 or close + 2 >= count or tokens[close + 1] != "[":
            return  # (the fields before the message are all bracketed)
        at = close + 2


def after_prose(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether two words of prose come before ``tokens[at]``, or one right before it: then
    the message was said there (hclog's ``name: dynamic plugin event: event=ready id=…``),
    and a message key after it is one of its fields, whose values vary, or a word of the
    sentence (``[info] Unhandled message: x``). A word of a structured record is a
    key (before ``=`` or ``:``) or a value (after ``=``); the words of a quoted value are
    skipped with it."""
    run = 0
    quoted = False
    for index in range(at):
        token = tokens[index]
        if token in _QUOTES:
            quoted = not quoted
            run = 0
            continue
        if quoted or kinds[index] not in (WORD, TITLE, CAPS):
            run = 0
            continue
        if tokens[index + 1] in _KEY_MARKS or (index and tokens[index - 1] == "="):
            run = 0  # a key, or the value of key= (after a colon a sentence may start)
            continue
        run += 1
        if run == 2 or index == at - 1:
            return True  # (one word right before it too: Unhandled message: x is a sentence)
    return False


def _mark_message_field(tokens: list[str], kinds: list[int], at: int, count: int) -> None:
    if at < count and tokens[at] in _QUOTES:
        at += 1  # "event": the closing quote of a JSON key
    if at >= count or tokens[at] not in ("=", ":"):
        return
    at += 1
    quoted = at < count and tokens[at] in _QUOTES
    if quoted:
        at += 1
    # (a quote escaped inside the quoted message, JSON's \" after a backslash that the token
    # before ends with, is the message's own: status=\"idle\", reason: <*>)
    while at < count and (tokens[at] not in _QUOTES or (quoted and tokens[at - 1][-1:] == "\\")):
        if kinds[at] in (WORD, TITLE, CAPS):
            kinds[at] = STRONG
        if not quoted:
            return
        at += 1


def word_count(kinds: list[int]) -> int:
    """How many of ``kinds`` are words (``WORD <= kind < PUNCT``: WORD, TITLE, CAPS, STRONG),
    counted by ``list.count`` in C: the others are WILD, MIXED and PUNCT. Compiled, one
    loop over unboxed integers (some 8 instructions a kind) rather than three calls of the
    method, each a generic rich comparison a kind."""
    if not COMPILED_HERE:
        return len(kinds) - kinds.count(WILD) - kinds.count(MIXED) - kinds.count(PUNCT)
    count = 0
    for kind in kinds:
        if kind != WILD and kind != MIXED and kind != PUNCT:
            count += 1
    return count


def cue_at(tokens: list[str], index: int) -> float:
    """Whether the token before ``tokens[index]`` (quotes skipped) introduces a value: 0 if
    not, else what a different word there costs (``STRONG_CUE`` after a naming word or
    ``=``, ``WEAK_CUE`` after other marks). Asked only where two words differ, so most
    messages never pay for it."""
    at = index - 1
    while at >= 0 and tokens[at] in _QUOTES:
        at -= 1
    if at < 0:
        return 0.0
    previous = tokens[at]
    if previous == "=" or cue_word(previous):
        return STRONG_CUE
    if previous == ">" and at and tokens[at - 1] in _ARROW_TAILS:
        # an arrow (state idle -> running, :key => value, tokenized - > and = >) points at a
        # value as a colon does
        return WEAK_CUE
    return WEAK_CUE if previous in CUE_MARKS else 0.0


_ARROW_TAILS: Final = frozenset(("-", "="))
# token -> whether it is a naming word (``CUE_WORDS``) in any case, a colon or ``=`` after it
# (cue_word): a word recurs, and its lowered and stripped copies are two new strings and a
# hash each time; bounded as _NAMES, one for every miner of the process
_CUE_WORD: Final[dict[str, bool]] = {}
_CUE_WORD_SIZE: Final = 8192


def cue_word(token: str) -> bool:
    """``token.lower().rstrip(":=") in CUE_WORDS`` (``user``, ``Host:``, ``id=``), remembered."""
    cued = _CUE_WORD.get(token)
    if cued is None:
        cued = token.lower().rstrip(":=") in CUE_WORDS
        if len(token) <= _NAME_CHARS:  # (as _NAMES: the words, not a long value's text)
            if len(_CUE_WORD) >= _CUE_WORD_SIZE:
                _CUE_WORD.clear()
            _CUE_WORD[token] = cued
    return cued


def bar_field_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is all a field of a record parted by spaced bars holds, after a
    bar and before the next bar or the record's end (ActiveMQ's ``%p | %m | %c | %t``: ``… |
    org.apache.Foo | main``). A field of its own is a thing the record names (a thread, a
    queue, a host), and a word there, where another record has another, is its value; a
    message of few constants stays apart (``INFO | Started`` / ``INFO | Stopped``: ``score``'s
    similarity)."""
    return at > 0 and tokens[at - 1] == "|" and (at == len(tokens) - 1 or tokens[at + 1] == "|")


def _function_call_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a function's name called with nothing, ``Name()``, before the
    message's words: the caller's name a logger prints (``CheckGame() Could not check …``),
    or the call that the sentence is about (``sendmsg() failed: <*>``)."""
    return at + 3 < len(tokens) and tokens[at + 1] == "(" and tokens[at + 2] == ")"


def naming_word(token: str) -> bool:
    """Whether ``token`` names a kind of thing whose name follows (``user``, ``queue``,
    ``host``: ``CUE_WORDS``), not a preposition, which is as often the event's own word."""
    word = token.lower()
    return word in CUE_WORDS and word not in FUNCTION_CUES


def _after_level_colon(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` follows the record's level, or a channel and its level
    (Monolog's ``production.DEBUG``), and its colon: the first word of the message, whose
    capital is the sentence's (``production.DEBUG: Original RTD Location ID: <*>`` / ``…:
    New RTD …``), not a value the colon introduces (a name after it may be: rclone's
    ``INFO  : photos/a.jpg: Copied``)."""
    if at < 2 or tokens[at - 1] != ":":
        return False
    word = tokens[at - 2]
    if at == 2 and word in _OPENING_LOWER_LEVELS:
        return True  # (winston's and npm's `info: <message>`, the level in small letters opening the record)
    if word == "--" and at > 2 and tokens[at - 3] in _LEVEL_FORMS:
        # (Ruby's Logger with no program name, `I, [<time> #<pid>]  INFO -- : <message>`: the
        # colon after the level and its dashes is the level's; round 40, r38a)
        return True
    return word[-1:].isupper() and word.rpartition(".")[2] in _LEVEL_FORMS


def _gerund(word: str) -> bool:
    """Whether ``word`` is a verb's -ing form in small ASCII letters (``creating``,
    ``updating``): an operation under way, as a progress message opens with it; read by
    ``verb_form`` (a vowel in the stem), so that ``ring``, ``king`` and ``string`` are not
    (round 40, weak40b)."""
    return word.endswith("ing") and verb_form(word) and word.isascii() and word.isalpha() and word.islower()


def _kind_tag(token: str) -> bool:
    """Whether ``token`` is a tag in capitals, letters alone and no level (``ACCOUNT``,
    ``DOWNLOADER``, ``ADDON``): the kind of the thing that logs, as a head prints it.
    ``token.isalpha() and token.isupper()``; compiled, a word of ASCII letters is read by
    ``letter_case`` (no generic calls of the methods)."""
    if len(token) <= 2 or token in HEAD_LEVELS:
        return False
    if COMPILED_HERE:
        case = letter_case(token)
        if case != NOT_ASCII:
            return case == UPPER
    return token.isalpha() and token.isupper()


def _pascal_name(token: str) -> bool:
    """Whether ``token`` is a class's name in Pascal case, an acronym in it or not
    (``FshareVn``, ``OneFichierCom``, ``XFSAccount``): a capital first, another later, a
    small letter, letters and digits alone. Compiled, a word of ASCII letters is read by
    ``letter_case`` (no generic calls of the methods): mixed case, a capital first; a token
    with a character not ASCII is none."""
    if COMPILED_HERE:
        case = letter_case(token)
        if case == NOT_ASCII:
            return False
        if case != NO_LETTERS:
            return case == MIXED_CASE and ord(token[0]) <= 90
    return (token[:1].isupper() and token.isalnum() and token.isascii() and not token.isupper()
            and not token[1:].islower())


def _namespace_after_level(template: list[str], tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is the name after a namespace's word and its colon right after
    the record's level, in both (``error controller:Grbl …``: the debug package's namespaces,
    ``app:module``, which loggers named after it print after the level; ``levels._namespace_at``
    reads the level so)."""
    word = tokens[at - 2]
    return (tokens[at - 1] == ":" and template[at - 1] == ":" and template[at - 2] == word
            and word.islower() and word.isalpha() and not naming_word(word) and _logger_at(tokens, at - 2))


def namespace_level_at(tokens: list[str]) -> int:
    """Where the level in capitals is after the namespace of two names or more joined by
    colons that opens the record (``xo : api : host WARN …`` as tokens: 5; the debug package's
    and the loggers named after it), or -1: a level as heads print it (``HEAD_LEVELS``, as
    the three-letter ``WRN``). The one reading of that head for ``runs._message_words`` (the
    message's words start after it) and ``_namespace_name_before_level`` (round 41, r39a;
    one level test since round 42, dedupe42)."""
    index = 1
    while index + 1 < len(tokens) and tokens[index] == ":" and tokens[index + 1] != ":":
        index += 2
    if index < 3 or index >= len(tokens):
        return -1
    return index if namespace_level(tokens[index]) else -1


def namespace_level(token: str) -> bool:
    """Whether ``token`` is a level as a head prints it after a namespace of names joined by
    colons: in capitals, one of ``HEAD_LEVELS`` (``WARN``, ``ERROR``, the three-letter ``WRN``,
    java.util.logging's ``FINE``). The one test of that level, for ``namespace_level_at`` and
    ``runs._level_after_namespace`` (which asked ``is_level_word`` until round 43, dedupe43)."""
    return token.isupper() and token in HEAD_LEVELS


def _namespace_name_before_level(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a name of the namespace of names joined by colons that opens
    the record, a level in capitals right after it (``xo : api : host WARN …``): the logger's
    (``namespace_level_at``)."""
    index = namespace_level_at(tokens)
    return at < index and not at % 2


def _module_name(token: str) -> bool:
    """Whether ``token`` is a module's name: letters and digits, a letter first (``Grbl``,
    ``TinyG``, ``cncengine``)."""
    return token.isalnum() and token.isascii() and token[0].isalpha()


def _after_bracketed_level(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` comes right after the record's level alone in square brackets
    (``[DEBUG] <message>``, ``… [WARN] <message>``): the message's first word, as after a
    level's colon (``_after_level_colon``)."""
    return at > 2 and tokens[at - 1] == "]" and tokens[at - 3] == "[" and tokens[at - 2] in HEAD_LEVELS


def _after_tag_after_level(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` comes right after a tag of one word in square brackets that
    follows the level alone in square brackets (``[DEBUG] [WS] <message>``): the message's
    first word, as right after the level (round 39, r37c)."""
    return (at > 5 and tokens[at - 1] == "]" and tokens[at - 3] == "[" and letters_only(tokens[at - 2])
            and _after_bracketed_level(tokens, at - 3))


def _function_name_alone(word: str) -> bool:
    """Whether ``word`` is a name of code in snake_case (its first letter small, an underscore
    in it; camelCase parts allowed after one: ``ws_images_addFile``), as a function's
    ``__FUNCTION__`` prints it. Compiled, a name of ASCII letters and underscores is read by
    ``letter_case`` (no generic calls of the methods): its first character a small letter."""
    if COMPILED_HERE:
        case = letter_case(word.replace("_", ""))
        if case >= 0:
            return "_" in word.strip("_") and 97 <= ord(word[0]) <= 122
    return "_" in word.strip("_") and word[:1].islower() and word.replace("_", "").isalnum()


def _event_name(word: str) -> bool:
    """Whether ``word`` is an event's name as structured loggers print it: two parts or more
    of small letters (digits after the first letter allowed) joined by ``_``, ``.`` or ``-``
    (``user_logged_in``, ``tool.called``, ``connection.event_names_failed``,
    ``no-analytics-database-configured``)."""
    if not word[:1].isalpha() or not word[:1].islower() or not word[-1:].isalnum():
        return False
    parts = 1
    previous = ""
    for c in word:
        if c == "_" or c == "." or c == "-":
            if previous == "_" or previous == "." or previous == "-":
                continue  # (structlog's keys double the underscore: environment__id)
            parts += 1
        elif not (("a" <= c <= "z") or ("0" <= c <= "9")):
            return False
        previous = c
    return parts > 1


# levels in small letters that open a record before its colon, as winston and npm print them
# (``info: <message>``), no failure's: ``error: <text>`` is as often a program's label of an
# error's text, a value (_after_level_colon; round 38, r36a)
_OPENING_LOWER_LEVELS: Final = frozenset(("info", "warn", "warning", "debug", "verbose", "notice", "trace"))


def _after_header_colon(tokens: list[str], at: int, qualified: bool = False) -> bool:
    """Whether ``tokens[at]`` comes right after the record's header that names its logger
    (``record_header``: tracing's ``INFO app::config: Idle timeout: <*>``) and the header's
    colon: the message's first word, whose capital is the sentence's (``…: Shutdown
    timeout: <*>`` is another call site), as after a level's colon (``_after_level_colon``).
    ``qualified``: the logger's name is a module's path (``app::config``) or dotted."""
    if at < 3 or tokens[at - 1] != ":":
        return False
    head = _remembered_header(tokens)
    logger = head[1]
    if head[0] != at - 1 or logger < 0:
        return False
    return not qualified or "." in tokens[logger].strip(".") or (
        logger + 3 < at and tokens[logger + 1] == ":" and tokens[logger + 2] == ":")


def _label_after_header(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` comes right after the record's header (its level and logger's
    name, ``record_header``) and its colon, and a colon of its own follows it: a label that
    opens the message (tracing's ``DEBUG svix_server: Cache: Started``), not a value the
    header's colon introduces. (The header read once per token list, ``_remembered_header``.)"""
    if at < 3 or tokens[at - 1] != ":" or at + 1 >= len(tokens) or tokens[at + 1] != ":":
        return False
    head = _remembered_header(tokens)
    return head[0] == at - 1 and head[1] >= 0


def two_levels(tokens: list[str], at: int, a: str, b: str) -> bool:
    """Whether two different words at ``at`` are two records' levels (``[debug]`` /
    ``[error]``): a call site logs at one level, so the records of two levels are two call
    sites' however alike their messages, never one pattern with the level a value. Not a
    key's value (``level=info``, ``"level":"error"``): a structured record's field, which
    ``meaning.levels`` reads per record, and a pattern may hold records of several levels."""
    return (a in _LEVEL_FORMS and b in _LEVEL_FORMS and a.lower() != b.lower()
            and (at == 0 or (tokens[at - 1] not in _KEY_MARKS and tokens[at - 1] not in _QUOTES)))


def prefix_at(tokens: list[str], kinds: list[int]) -> int:
    """Where a leading name is, or -1: a word before a colon (``ledger: conffile …``) or
    alone in a leading bracket (``[orders] compaction …``). Such a name says what the
    event is about (a package, a column family, a worker), and varies within one event.
    Not a state in capitals (``ERROR:``, ``[WARN]``), nor a level word (``error:``), nor a
    capitalised verb's form (``Stopping:``); a lower-case name may end as one (``shipping``)."""
    if len(tokens) > 2 and tokens[1] == ":":
        at = 0
    elif len(tokens) > 3 and tokens[0] in _BRACKETS and tokens[2] == _BRACKETS[tokens[0]]:
        at = 1
    else:
        return -1
    if kinds[at] not in (WORD, TITLE) or not _prefix_name(tokens[at]):
        return -1
    if at == 0 and location_file_at(tokens, 0):
        return -1  # the file of a code location (lead.c:<*>: …): one call site's, no name
    return at


# (not a level word, masking.LEVEL_WORDS, read from that one list, nor a word that one of
# them opens before a mark (error.log); not a verb's form, not camelCase, not a dotted name
# with a capital: Class.method)
_PREFIX_NAME: Final = re.compile(
    r"(?!(?i:" + "|".join(LEVEL_WORDS) + r")\b)"
    r"(?![A-Z][a-z]+(?:ed|ing)\b)(?![a-z][a-z0-9]*[A-Z])(?=[^.]*$|[^A-Z]*$)[A-Za-z][\w.-]*", re.ASCII)
# What _PREFIX_NAME says of each word asked, remembered: a message's leading name is asked
# about by each scan and by each rule that reads it (score's mask, the index of leading
# names, a new shape's), and the engine costs some 3,500 instructions a word there (its
# case-blind level words, its lookaheads over the whole word). Bounded, refilled with the
# words in use; an answer is the word's alone, so one table serves every miner.
_PREFIX_NAMES_READ: Final[dict[str, bool]] = {}
_MOST_PREFIX_NAMES_READ: Final = 4096


def _prefix_name(word: str) -> bool:
    """Whether ``_PREFIX_NAME.fullmatch(word)`` matches (remembered)."""
    known = _PREFIX_NAMES_READ.get(word)
    if known is None:
        known = _PREFIX_NAME.fullmatch(word) is not None
        if len(_PREFIX_NAMES_READ) >= _MOST_PREFIX_NAMES_READ:
            _PREFIX_NAMES_READ.clear()
        _PREFIX_NAMES_READ[word] = known
    return known


def lead_key(tokens: list[str], kinds: list[int]) -> str:
    """The first token that is not punctuation: a word, or ``<*>`` when it varies (or when
    the message starts with empty brackets, a list or a tag that others fill: ``[] …``)."""
    if len(tokens) > 1 and tokens[1] == "]" and tokens[0] == "[":  # (no slice: no list made)
        return WILDCARD
    for token, kind in zip(tokens, kinds):  # noqa: B905 (equal lengths; docs/patterns.md, Speed: strict= stops mypyc compiling the zip)
        if WORD <= kind <= STRONG:
            # a qualified name first (com.example.sync: job ran) is what the event is about,
            # not the event: it may vary within one bucket (see score)
            # (a qualified name has two dots at least: most words skip the regex)
            qualified = kind != CAPS and token.count(".") > 1 and _QUALIFIED.fullmatch(token)
            return WILDCARD if qualified else token
        if kind != PUNCT:
            return WILDCARD
    return ""


UNASKED: Final = -2  # (score: header_logger not asked yet; it answers -1 or a place)


def score(
    template: list[str], template_kinds: list[int], tokens: list[str], kinds: list[int], short: bool = True,
    values: AbstractSet[str] = frozenset(), logger: int = UNASKED, location: int = UNASKED,
    least: float = 0.0,
) -> float:
    """How well ``tokens`` fits ``template`` (same length): 0..1, or -1 when it must not merge.
    ``short``: whether one introduced value may differ in a message of few constants (see
    the end); not where another difference was already let go (a leading name).
    ``values``: words the stream has shown as values elsewhere (``known_value_pair``).
    ``logger``: ``header_logger(tokens)``, when the caller asked it once for the templates
    it scores the message against (else asked here, at the first difference that needs it).
    ``location``: ``kept_location_at(tokens)``, when the caller asked it once for the
    templates it scores the message against (else asked here).
    ``least``: the score the caller takes (``shapes.ShapeIndex._best``: the best so far);
    once the score is sure to end below it, -1 at once (``_below``), any other answer the same."""
    if location == UNASKED:
        location = kept_location_at(tokens)
    if location >= 0 and _one_kept_location_at(template, tokens, location):
        return 1.0  # one call site's location in the head, its line kept: one call site
    same = 0
    differ = 0.0
    loose = False  # a difference that no cue introduces as a value (see the end)
    same_message = 0  # words of a message field in common (STRONG)
    message_differs = False  # a word of a message field against a value or a mark
    differences = 0
    run = -2  # index of the last word that differed from a word
    last = len(tokens) - 1
    # (the template's counted words, asked only at the first bound, and those of them that
    # differed so far: the words left that may still be the same; see _below)
    words = -1
    unlike = 0
    for index, a in enumerate(template):
        b = tokens[index]
        ka = template_kinds[index]
        if a == b:
            if ka != WILD and ka != PUNCT:
                same += 1
                if ka == STRONG:
                    same_message += 1
            continue
        kb = kinds[index]
        if ka == WILD:
            if kb == STRONG:
                message_differs = True
            continue
        if ka != PUNCT:
            unlike += 1
        previous = tokens[index - 1] if index else ""
        if kb == WILD:
            if ka == STRONG:
                message_differs = True
            if ka != MIXED and not (previous == "=" and _keyed_value(template, tokens, index)):
                differ += 1
                loose = True
                if least > 0.0:
                    if words < 0:
                        words = _counted_words(template_kinds)
                    if _below(same, words - same - unlike, differ, least):
                        return -1.0
            continue
        # (each rule's first test of the message is made here, and the rule asked only where
        # it holds: a call costs more than the test, and most differences fail it)
        if a in _LEVEL_FORMS and two_levels(tokens, index, a, b):
            return -1.0  # two levels ([debug] / [error]): a call site logs at one level
        if ka != CAPS and kb != CAPS:
            if logger == UNASKED:
                logger = header_logger(tokens)  # (once a call: one message, one header)
            if logger == index and header_logger(template) == index:
                return -1.0  # two loggers' names in the record's head: two classes or modules that log
        if index > 3 and (previous == '"' or (previous == ":" and tokens[index - 2] == '"')) and (
                json_call_site_at(tokens, index)):
            return -1.0  # two source files or lines of a JSON record's caller: two call sites
        if ((previous == ":" or previous in _BRACKETS) and bracketed_location_at(tokens, index)
                and bracketed_location_at(template, index)):
            return -1.0  # two code locations ([mod:fun/<*>] / [mod:other/<*>]): two call sites
        bracketed = index < last and _MARK_BRACKETS.get(previous) == tokens[index + 1]  # (alone in them)
        if (index > 1 and (previous == "[" or previous == ":" or tokens[index - 2] == "[" or bracketed)
                and call_site_token_at(tokens, index) and call_site_token_at(template, index)):
            # two call sites' own tokens (call_site_token_at), asked after a bracket or a colon
            # or alone in brackets: two Objective-C methods in quotes ('-[A b:]' / '-[C d]'),
            # two code locations ((file.c.784) / (file.c.1135), [src/a.c:f:12] / [src/b.c:f:12])
            return -1.0
        if ka != CAPS and kb != CAPS and bracketed and _alone_in_brackets(template, index):
            if (index > 1 and previous == "[" and tokens[index - 2] in HEAD_LEVELS
                    and CLASS_NAME.fullmatch(a) is not None and CLASS_NAME.fullmatch(b) is not None):
                return -1.0  # two classes' tags right after the level ([EtcdDataSource] /
                # [SpringCloudConfigDataSource]): the class that logs, as a logger's name
            if (index > 1 and previous == "[" and tokens[index - 2] in HEAD_LEVELS
                    and (_CLASS_METHOD.fullmatch(a) is not None or _CLASS_METHOD.fullmatch(b) is not None)):
                return -1.0  # a class's method dotted in the tag right after the level (Python's
                # "[%s.%s]" of class and function: [BaseHander.finish_request] / [exif]): the
                # call site's own label, no value another tag there stands for (round 40, r38b)
            continue  # a mark in brackets ([x] / [~], <carol>), as a value there (one rule: the function's)
        if previous in _METHOD_SET and a[:1] == "/" and b[:1] == "/":
            return -1.0  # two routes of requests: /api/orders/<*> is not /api/products/<*>
        if ka in (PUNCT, MIXED) or kb in (PUNCT, MIXED):
            if a == "=" or b == "=":
                return -1.0  # a key and its value where the other has none: another record
            if (a == "(" or b == "(") and _words_against_brackets(template, tokens, index):
                return -1.0  # a bracket's aside where the other record has words at both its
                # marks (`… the running user (<*>)` / `… the running user of neverbleed
                # daemon`): each call site's own end of the sentence (round 41, r39b)
            if ka == MIXED and kb == MIXED and _numbered_name_pair(a, b):
                return -1.0  # two names glued to an instance's number (TaskWorker#<*> / Worker#<*>)
            if ka == PUNCT and kb == PUNCT and a in _SEPARATOR_MARKS and b in _SEPARATOR_MARKS:
                return -1.0  # two separators at one place (`Ticket denied: <*>` / `Ticket denied
                # - <*>`): each call site's own punctuation, no value a mark alone (round 42, r40b)
            if ka == STRONG or kb == STRONG:
                message_differs = True
            differ += 1
            loose = True
            if least > 0.0:
                if words < 0:
                    words = _counted_words(template_kinds)
                if _below(same, words - same - unlike, differ, least):
                    return -1.0
            continue
        # Two different words.
        if (index + 3 == len(tokens) and previous == ":" and tokens[index - 2] == "]"
                and tokens[index + 1] == ":" and tokens[index + 2] == WILDCARD
                and template[index + 2] == WILDCARD):
            return -1.0  # a label after the head's colon, then a cause to the end (C's __func__:
            # ERROR [<*>]: read_buffer: <*>): the label is all that names the event
        if (index < last and tokens[index + 1] == "(" and _function_call_at(template, index)
                and _function_call_at(tokens, index)):
            # two functions called with nothing, then the message's words: the caller a logger
            # prints (NLog's <pid>|LEVEL|<logger>|Method() <message>, as C's __func__), or the
            # call the sentence is about (sendmsg() failed: <*> / recvmsg() failed: <*>), written
            # in the call site's format; a name passed as a value comes at the sentence's end
            # (XML-RPC method called: <*>(), calling function <*>())
            return -1.0
        if _two_call_site_locations(tokens, template, index, a, b):
            return -1.0
        if (previous == "in" and index < last and tokens[index + 1] == ":" and template[index + 1] == ":"
                and CLASS_NAME.fullmatch(a) is not None and CLASS_NAME.fullmatch(b) is not None):
            return -1.0  # Failed to convert description in UpdateResource: <*> / … in
            # CreateResource: <*>: the function a failure happened in, named in CamelCase
            # by the call site before its cause's colon (Go's "… in UpdateResource: %v"):
            # where the record is logged, two call sites (round 40, weak40b)
        if (previous == "in" and index + 3 <= last and tokens[index + 1] == "," and template[index + 1] == ","
                and tokens[index + 3] == ":" and template[index + 3] == ":"
                and template[index + 2] == tokens[index + 2] and tokens[index + 2].islower()
                and _CAMEL_NAME.fullmatch(a) is not None and _CAMEL_NAME.fullmatch(b) is not None):
            return -1.0  # AppendWebConfigCookie failed in StaticFilter, error: <*> / … in
            # serveAuthCallbackPage, error: <*>: the function named in camelCase after `in`,
            # before a comma and the cause's key, as before the cause's colon above: where the
            # record is logged (Go's "… failed in %s, error: %v" written per call site; round
            # 41, weak41b)
        if (index < last and tokens[index + 1] == template[index + 1] and _gerund(a) and _gerund(b)
                and _after_level_colon(tokens, index)):
            return -1.0  # warning: creating lock file <*> / warning: updating lock file <*>:
            # the message's first word after the level, a verb's -ing form the same words
            # follow, is the operation the call site reports, as two capitalised first
            # words are two sentences (round 40, weak40b)
        if ((index + 3 < len(tokens) and tokens[index + 1] == ":" and tokens[index + 3] == ":"
             and tokens[index + 2] in HEAD_LEVELS and template[index + 2] == tokens[index + 2])
                and _logger_by_level(a, b)):
            return -1.0  # two loggers' names glued to the level (%(name)s:%(levelname)s:): two call sites
        if run == index - 1:
            return -1.0  # of two different words in a row one only may vary, whatever their cues
        if (index == last and previous == "," and index > 3 and tokens[index - 3] == "="
                and template[index - 2] == WILDCARD and tokens[index - 2] == WILDCARD
                and ka == WORD and kb == WORD and letters_only(a) and letters_only(b)):
            # a word alone that ends the record after a key's value and its comma (PHP's
            # `__FUNCTION__.', exec='.$id.', skip'` / `…, ends`): the call site's own word,
            # no key's value, which comes after its key in such a record (round 39, r37c)
            return -1.0
        if ((previous == ":" or (index < last and tokens[index + 1] == ":"))
                and method_path_at(template, index) and method_path_at(tokens, index)):
            return -1.0  # two methods' paths (Class::method): where each record is logged
        if ka == STRONG or kb == STRONG:
            # the words of a message field name the event; only a thing named in it may
            # differ, a name of code, and never its first word (msg=ssl_verify_failed), nor
            # two keys of the record it says (msg="APP: uri=<*>" / "APP: memory_usage=<*>"),
            # as in a bare message; not two dotted names, things of a namespace printed as
            # keys (msg="JSON: Adding basic.ledger=<*>" / "…manual.sessions=<*>")
            if (STRONG not in kinds[index - 3 if index > 3 else 0:index]
                    or (index + 1 < len(tokens) and tokens[index + 1] == "=" and template[index + 1] == "="
                        and ("." not in a or "." not in b))
                    or not (_qualified_pair(a, ka, b, kb, tokens, index, template[index - 1])
                            or ((tokens[index - 1] in _KEY_MARKS or naming_word(tokens[index - 1]))
                                and not _CAPS.fullmatch(a) and not _CAPS.fullmatch(b)))
                    or _predicate_after_noun(tokens, index, a, b)):
                return -1.0  # (but a value the message was formatted with: msg="Pushing repo: x",
                # msg="User frank is not present."; not a noun's two past forms, its two
                # events, as in a bare message: msg="Service drained" / msg="Service resumed")
            run = index
            differ += STRONG_CUE
            if loose and least > 0.0:
                if words < 0:
                    words = _counted_words(template_kinds)
                if _below(same, words - same - unlike, differ, least):
                    return -1.0
            continue
        if ka == CAPS and kb == CAPS and not _keyed_state(tokens, index, a, b):
            return -1.0
        if (index + 1 < len(tokens) and tokens[index + 1] in _KEY_ENDS
                and _other_key(template, tokens, index)):
            return -1.0  # two keys of a record (call=… / req=…, …, call: … / …, req: …, "call": …)
        if kb != STRONG and ka != STRONG and (
                (previous == "=" and _keyed_value(template, tokens, index))
                or (previous == ":" and variable_value_at(template, tokens, index))):
            run = index  # the value of one key in both: a value, at no cost (linkerd's key=… lists)
            differences += 1
            continue
        if counted_noun_at(template, tokens, index):
            run = index  # one noun in its two numbers after a count (<*> links / 1 link): one
            differences += 1  # call site's, at no cost, as a key's value
            continue
        if previous in _BEFORE_AN_OPERATION and operation_after_failure_at(tokens, index) and (
                _operation_word(a) and _operation_word(b)):
            return -1.0  # cannot stat <*> / cannot fcntl <*>: the operations that failed, two call sites
        if index < last and tokens[index + 1] in FAILURE_NOUNS and operations_before_failure([a], [b]):
            return -1.0  # cache write failed / cache invalidate failed, service close failure / …
            # listen failure: the operations a failure after them names, two call sites, as
            # after `failed to` (round 36, r34a)
        if (previous == ":" and ka == TITLE and kb == TITLE and index < last
                and tokens[index + 1].rstrip("!.") in FAILURE_NOUNS and a.isalpha() and b.isalpha()):
            return -1.0  # <name>: Installation failed! / <name>: Uninstallation failed!: the
            # sentence's first word after a label's colon, capitalised, then the failure: what
            # failed, two call sites, as after the record's level (round 37, r35b)
        cost = cue_at(tokens, index)
        if cost and _state_after_kind(tokens, index, a, b):
            cost = 0.0
        if cost == STRONG_CUE and kind_modifiers_before_noun(template, tokens, index, last - index):
            return -1.0  # notifying listener of resumed group: / of paused group: the events
            # the call sites name, two verbs' forms the same noun follows (round 40, weak40;
            # the one reader of it at one length and two since round 42, dedupe42)
        if previous == ":" and "-" not in a and operation_before_failure(tokens, index):
            return -1.0  # IOERROR: fdatasync failed: <*> / IOERROR: fsync failed: <*>: two operations
        if cost == STRONG_CUE and _predicate_after_noun(tokens, index, a, b):
            cost = 0.0  # Service started / Service stopped: the noun's two events
        if cost == WEAK_CUE and (
                _after_level_colon(tokens, index) or _after_header_colon(tokens, index)) and (
                (ka == TITLE and kb == TITLE) or (CLASS_NAME.fullmatch(a) and CLASS_NAME.fullmatch(b))):
            # the message's first words after the record's level: the event's, or the class
            # that logs, its name as a label (INFO: DeliciousImport: <message>, as at the
            # record's start, two_class_labels)
            return -1.0
        if (cost == WEAK_CUE and ka == WORD and kb == WORD and "_" in a and "_" in b
                and index + 1 < len(tokens) and tokens[index + 1] != ":"
                and (_after_header_colon(tokens, index, True) or _after_level_colon(tokens, index))):
            # two names of code in snake_case that open the message after the logger's header
            # (tracing's ERROR app::config: idle_ttl must be greater than 0 / …: init_delay …):
            # the settings or functions the call sites name, as two capitalised first words
            # are two sentences; a plain word there with its own colon may be a value (a
            # label: INFO svc: photos: Copied, _label_after_header); after a qualified
            # logger only (a module's path, a dotted name), not a function's label, whose
            # argument may follow (evalVariableValidations: <variable> rule …)
            return -1.0
        if (previous == "]" and ka == WORD and kb == WORD and "_" in a and "_" in b
                and index + 1 < len(tokens) and tokens[index + 1] == ","
                and _after_bracketed_level(tokens, index)):
            # two names of code in snake_case, then a comma, right after the level alone in
            # square brackets (PHP's __FUNCTION__ that opens the message: `[DEBUG]
            # extract_plugin_files, $main_filepath = <*>` / `… extract_theme_files, …`): the
            # functions that log, two call sites, as after a level's colon (round 39, r37b)
            return -1.0
        if (previous == "]" and index == last and _function_name_alone(a) and _function_name_alone(b)
                and (_after_bracketed_level(tokens, index) or _after_tag_after_level(tokens, index))):
            # the message a name of code in snake_case alone, right after the level alone in
            # square brackets or a tag after it (PHP's `$logger->debug(__FUNCTION__, 'WS')`:
            # `[DEBUG] [WS] ws_images_exist` / `… ws_images_addFile`): the function that logs,
            # two call sites; a variable's value is seldom a record's whole message, and a name
            # with words after it may be a value (`[INFO] user_sessions table truncated`;
            # round 39, r37c)
            return -1.0
        if (previous == "]" and index < last and tokens[index + 1] == "[" and _event_name(a)
                and _event_name(b) and _after_bracketed_level(tokens, index)):
            # the message an event's name alone (snake_case, kebab-case or dotted words), right
            # after the level in square brackets and before the logger's name in brackets
            # (structlog's console renderer: `[warning  ] encrypted_field.decrypt_failed
            # [core]` / `[warning  ] tool.called [telemetry.middleware]`): the event each call
            # site names, as a function's name alone is (round 41, r39a)
            return -1.0
        if (previous == ":" and index == last and 4 < index < 9 and tokens[index - 2] == "]"
                and _function_name_alone(a) and _function_name_alone(b) and message_start(tokens) == index):
            # the message a name of code in snake_case alone, right after syslog's tag
            # (`dhcpd[<pid>]: dhcpctl_object_update` / `…: dhcpctl_wait_for_completion`): the
            # function that logs or the step it reached, two call sites, as after the level
            # in brackets (round 40, r38a)
            return -1.0
        if (ka != CAPS and kb != CAPS and index > 1 and index + 1 < len(tokens) and tokens[index + 1] == ":"
                and _kind_tag(previous) and _pascal_name(a) and _pascal_name(b)):
            # two classes' names before a colon, after a kind's tag in capitals (pyLoad's
            # `ACCOUNT FshareVn: <message>` / `ACCOUNT OneFichierCom: …`, a plugin's type and
            # class): the class that logs, as a class's label that opens the record, two call
            # sites; the tag is no naming word of a sentence (round 39, r37b)
            return -1.0
        if (cost == WEAK_CUE and previous == ":" and index > 2 and _module_name(a) and _module_name(b)
                and _namespace_after_level(template, tokens, index)):
            # two modules' names in the namespace that follows the record's level (the debug
            # package's `logger('controller:Grbl')`: `error controller:Grbl <message>` /
            # `error controller:TinyG …`): the module that logs, two call sites, as two
            # loggers' names after the level are (round 40, r38a)
            return -1.0
        if (previous == ":" and _module_name(a.replace("-", "").replace("_", "")) and a[0].isalpha()
                and _module_name(b.replace("-", "").replace("_", "")) and b[0].isalpha()
                and _namespace_name_before_level(tokens, index)):
            # two names in the namespace that opens the record before its level (the debug
            # package's `xo:api:host WARN <message>` / `xo:api:pool WARN …`): the module that
            # logs, two call sites, as after the level (round 41, r39a)
            return -1.0
        if (cost == WEAK_CUE and (ka == TITLE or ka == CAPS or CLASS_NAME.fullmatch(a) is not None)  # noqa: SIM109
                and (kb == TITLE or kb == CAPS or CLASS_NAME.fullmatch(b) is not None)  # noqa: SIM109
                and (_label_after_header(tokens, index) or _label_after_header(template, index))):
            # a name in capitals or capitalised, and its colon, right after the record's
            # header (level and logger) and its colon: a component's or a subsystem's label
            # that opens the message (svix_server: Cache: Started / …: DB: Started), two call
            # sites, as after the level's colon (_after_level_colon); not a value, which a
            # plain word or a path is there (rclone's INFO  : photos/a.jpg: Copied)
            return -1.0
        if (cost == WEAK_CUE and 4 < index < 9 and tokens[index - 2] == "]"
                and message_start(tokens) == index
                and (index + 1 == len(tokens) or tokens[index + 1] != ":")):
            cost = 0.0  # the message's first word after syslog's tag (app[<*>]: done): the event's
        if cost != STRONG_CUE and _qualified_pair(
                a, ka, b, kb, tokens, index, template[index - 1] if index else ""):
            if (_logger_at(tokens, index) or header_logger_at(tokens, index)
                    or (template[index - 1] == WILDCARD and _logger_at(template, index))) and (
                        _logger_names(a, b)):
                return -1.0  # two loggers' names (_logger_at, header_logger_at): two call sites
            cost = STRONG_CUE  # two qualified names: two things of one kind, after a mere mark too
        if (not cost and index < 2 and prefix_at(tokens, kinds) == index
                and prefix_at(template, template_kinds) == index
                and not two_class_labels(template, tokens, index)):
            cost = STRONG_CUE  # two leading names
        # (below, each rule's first test of the word before is made here, as above)
        if (not cost and previous.isalpha() and not previous.isupper()
                and _name_after_noun(tokens, index, a, b)
                and not (index < last and tokens[index + 1] == WILDCARD and template[index + 1] == WILDCARD
                         and (naming_word(a) or naming_word(b)))):
            # (not two words right before a value, one of them a naming word: the keys of the
            # values after them, each call site's, response code <*> / response body <*>,
            # Nacos service <*> / Nacos instance <*>; round 36, r34a)
            cost = WEAK_CUE
        if not cost and previous in _OBJECT_PREPOSITIONS and _names_after_preposition(tokens, index, a, b):
            cost = STRONG_CUE  # the objects of "to", "with", "as": two things named
        if (not cost and (previous in _OPENS_A_NOUN_PHRASE or previous == WILDCARD or previous.isdigit())
                and _names_before_noun(tokens, index, a, b)):
            cost = WEAK_CUE  # the premium service / the primary service: which thing of a kind
        if not cost and previous == "|" and bar_field_at(tokens, index):
            cost = WEAK_CUE  # a field of its own between bars (a thread): a value
        if not cost and b in values and known_value_pair(a, b, values):
            cost = WEAK_CUE  # a word the stream has printed as a value elsewhere: one here too
        if not cost:
            return -1.0
        if a[1:] == b[1:] and len(a) > 2 and a[:1].lower() == b[:1].lower() and a.isalpha():
            # one word, its first letter capitalised in one record and not in the other
            # (`http01: Challenge option skipped` / `dns01: challenge option skipped`): two call
            # sites' sentences, each written its own way; a value is spelt one way (round 43, weak43)
            return -1.0
        if (((a[:1].islower() and not a.islower()) or (b[:1].islower() and not b.islower()))
                and code_name_pair(a, b) and not naming_word(previous)
                and not (index + 3 == len(tokens) and tokens[index + 1] == "(" and tokens[index + 2] == ")")):
            # (asked last: most differences have returned above, and a call costs more than the test)
            return -1.0  # two names of code, one in lowerCamelCase (lkca: processCommandRequest: … /
            # …: processActorResponse: …): the methods or fields the call sites name; not one
            # called with nothing at the message's end, a name passed (XML-RPC method called: <*>())
        run = index
        differ += cost
        differences += 1
        # (after a colon, the last word: the value of a label, Found category #7: beta; not a
        # state in capitals nor a verb's form, TOPIC(<*>): closing / created)
        loose = loose or (cost != STRONG_CUE and not (
            index == len(tokens) - 1 and tokens[index - 1] == ":" and ka != CAPS and kb != CAPS
            and not a.endswith(_VERB_ENDS) and not b.endswith(_VERB_ENDS)))
        if loose and least > 0.0:
            if words < 0:
                words = _counted_words(template_kinds)
            if _below(same, words - same - unlike, differ, least):
                return -1.0
    if not same:
        # Only variables in common: a match only if neither has a constant word.
        return 1.0 if not differ and _no_words(template_kinds) and _no_words(kinds) else 0.0
    if message_differs and not same_message:
        # So within a structured record's message field: no word of it in common, only the
        # record's keys (msg="Regenerated <*>." / msg="<*> written!"): two events
        return 0.0
    if short and not loose and differences <= SHORT_DIFFERENCES and same / (same + differ) < SIMILARITY:
        # One difference or two, each a value that a key, a naming word or a name's shape
        # introduces (Stored orders_v2 / Stored premium.cache, enqueued <*>: mailer_v2 / …:
        # edge-1, match: catalog-prod updating: billing-prod / match: local updating:
        # shipping): the constants all agree, however few a short message holds.
        return SIMILARITY
    return same / (same + differ)


def _words_against_brackets(template: list[str], tokens: list[str], index: int) -> bool:
    """Whether one of ``template`` and ``tokens`` opens a round bracket at ``index`` and closes
    it later, and the other has a word of letters at both marks: an aside of the one record
    where the other's sentence goes on in words (``failed to change the running user (are you
    sure …?)`` / ``… the running user of neverbleed daemon``), two call sites' texts; one
    call site's value in brackets stands where the other's has a value too, or a mark."""
    inside, other = (template, tokens) if template[index] == "(" else (tokens, template)
    if not other[index].isalpha():
        return False
    depth = 0
    for at in range(index, len(inside)):
        mark = inside[at]
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth -= 1
            if depth == 0:
                return other[at].isalpha()
    return False


# Past forms of common irregular verbs: a verb's form as those ending in -ed are.
_IRREGULAR_PAST: Final = frozenset((
    "sent", "got", "made", "found", "lost", "held", "left", "kept", "built", "brought", "bought", "caught",
    "thought", "told", "said", "paid", "read", "led", "met", "ran", "run", "set", "put", "cut", "shut",
    "let", "began", "begun", "gave", "given", "took", "taken", "came", "went", "gone", "done", "saw", "seen",
    "knew", "known", "wrote", "written", "chose", "chosen", "broke", "broken", "froze", "frozen", "stole",
    "stolen", "drew", "drawn", "threw", "thrown", "shown", "hung", "stuck", "spent", "meant", "heard",
    "sold", "felt", "stood", "won", "fell", "fallen", "became", "become", "forgot", "forgotten", "bound",
))
# States said as adjectives: after a noun one names the thing's state, the event's
# (``unknown mode idle`` / ``… ready``), not a name; so do the phases of a life.
STATE_WORDS: Final = frozenset((
    "idle", "ready", "busy", "active", "inactive", "online", "offline", "open", "alive", "dead", "stale",
    "dirty", "clean", "full", "empty", "healthy", "unhealthy", "available", "unavailable", "valid",
    "invalid", "ok", "on", "high", "low", "hot", "cold", "warm", "new", "old", "unknown", "missing",
    "enabled", "disabled", "blocked", "locked", "unlocked", "done", "complete", "incomplete",
    # and the phases of a program's or a thing's life: what happens, the event's words
    # (Application startup failed / Application shutdown failed)
    "startup", "shutdown", "boot", "init", "initialization", "setup", "teardown", "cleanup", "reload",
    "restart", "upgrade", "downgrade", "rollback", "migration", "recovery", "login", "logout",
))
# verbs in their base form that are never a thing's noun (make, create, fetch; not those that
# name a thing as often, a build, a mount, a register, a restore): after one, the word is the
# verb's object, no name a noun introduces (``make data store`` / ``make avatar store``, two
# call sites; round 40, r38b)
_BASE_VERBS: Final = frozenset((
    "make", "create", "delete", "remove", "enable", "disable", "send", "receive", "connect", "disconnect",
    "get", "initialize", "unregister", "subscribe", "unsubscribe", "unmount", "attach", "detach", "suspend",
    "accept", "reject", "allow", "deny", "revoke", "apply", "fetch", "parse", "resolve", "decode", "encode",
    "compile", "validate", "verify", "rename", "invalidate", "publish", "serialize", "deserialize", "evict",
    "prepare", "generate", "migrate",
))
_NOT_A_NOUN: Final = PROSE_WORDS | _IRREGULAR_PAST | _BASE_VERBS
# Closed words after which a word is more often an adjective or a verb than a thing's noun
# (an illegal accessory …, to parse request); a preposition is followed by a noun (for tag
# frontend-replica, from factory orders).
_BEFORE_A_MODIFIER: Final = PROSE_WORDS - (FUNCTION_CUES - {"to", "as"})
_NOT_A_NAME: Final = PROSE_WORDS | STATE_WORDS
# the verbs of an operation that a failure said right after them names (cache write failed,
# LDAP: bind error): LEAD_VERBS and the operations of I/O, parsing and processes (score)
OPERATION_VERBS: Final = LEAD_VERBS | frozenset((
    "listen", "bind", "parse", "fetch", "upload", "download", "render", "resolve", "decode", "encode",
    "compile", "validate", "verify", "install", "import", "export", "copy", "move", "rename",
    "invalidate", "probe", "poll", "publish", "lookup", "query", "handshake", "serialize",
    "deserialize", "refresh", "purge", "evict", "spawn", "fork", "exec", "kill", "shutdown",
))
# a failure said after the operation that failed (close failure, bind failed, read error)
FAILURE_NOUNS: Final = frozenset(form for word in ("failure", "failed", "error", "errors", "failures")
                                 for form in (word, word.title(), word.upper()))


def operations_before_failure(run: list[str], other: list[str]) -> bool:
    """Whether two runs of words before a failure said after them (``listen`` / ``open socket``
    before ``failure``; ``write`` / ``invalidate`` one word each, as ``score`` reads them) are
    two operations that failed: both of one to three words in small letters, no value, and one
    of them opens with a verb of an operation (``OPERATION_VERBS``)."""
    if not (0 < len(run) <= 3 and 0 < len(other) <= 3):
        return False
    if run[0] not in OPERATION_VERBS and other[0] not in OPERATION_VERBS:
        return False
    return all(word.isalpha() and word.islower() for word in run + other)


_LOWER_NAME: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", re.ASCII)
# A name glued by "#" to the number of its instance, the number masked (Worker#<*>,
# Thread#<*>, conn#<*>, CMD-LINE#<*>): the name is the call site's text, the number the value;
# or by "/" where it opens the record (stream/<*>: two_numbered_leads; score's
# _numbered_name_pair asks "#" alone)
_NUMBERED_NAME: Final = re.compile(r"[A-Za-z][A-Za-z_]*(?:-[A-Za-z_]+)*[#/]<\*>", re.ASCII)


def _counted_words(kinds: list[int]) -> int:
    """The places ``score`` counts as the same when both hold one word: not a variable nor
    a mark."""
    count = 0
    for kind in kinds:
        if kind != WILD and kind != PUNCT:
            count += 1
    return count


def _below(same: int, left: int, differ: float, least: float) -> bool:
    """Whether a score whose loop has counted ``same`` and ``differ`` so far, with ``left``
    counted words of the template still to read, ends below ``least`` whatever they hold:
    each may add one to ``same`` at most, none takes from ``differ``, so the end's ratio is at
    most (same + left) / (same + left + differ); only once a difference made the score loose
    (its short rule, which answers ``SIMILARITY`` whatever the ratio, cannot then hold), and
    its other ends (0.0, -1) are below any ``least``. (A margin far above the rounding of one
    division: the end's ratio, rounded, must not reach ``least`` where the exact one does
    not.)"""
    whole = same + left
    return whole < (least - 1e-9) * (whole + differ)


def _numbered_name_pair(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are two names each glued by ``#`` to its instance's number
    (``TaskWorker#<*>`` / ``Worker#<*>``): the kinds of thing two call sites print, never
    one value (docs/patterns.md, § Matching)."""
    return (a.endswith("#<*>") and b.endswith("#<*>")
            and _NUMBERED_NAME.fullmatch(a) is not None and _NUMBERED_NAME.fullmatch(b) is not None)


def _name_after_noun(tokens: list[str], at: int, a: str, b: str) -> bool:
    """Whether two different lower-case words at ``at`` are names a noun introduces
    (``Monitor canary added`` / ``Monitor gateway-db added``, ``Received signal common, but``
    / ``… users-worker, but``): the word before is a thing's noun, a word of content that
    no article, ``to`` or other word of prose's closed classes but a preposition precedes
    (``an illegal accessory configuration``, ``unable to parse request``; ``for tag x``
    is a noun's), not itself such a word
    (``stored as bytes`` / ``as values``, ``is running``) nor a verb's form (``Changing
    view acls``, ``client sent invalid``), and neither word is a verb's form, such a word,
    or the other in another number (``failure`` / ``failures``). Then the word names one
    thing of that noun's kind, as after ``user`` or ``host``; at a mark's cost, so the
    message must share more constants."""
    if not noun_names_at(tokens, at):
        return False
    if at == len(tokens) - 1:
        a, b = sentence_word(a), sentence_word(b)
    if not _LOWER_NAME.fullmatch(a):
        return False
    if a.startswith(b) or b.startswith(a):
        return False  # one word in two numbers (failure / failures): two sentences of a count
    # (a hyphenated name may end as a verb's form does: indexer-staging)
    return ("-" in a or not a.endswith(_VERB_ENDS)) and a not in _NOT_A_NAME


def hyphenated_name_pair(a: str, b: str) -> bool:
    """Whether, of two different words, one is a hyphenated name and the other a plain
    lower-case word that may be a name (``started analytics-prod on <*>`` / ``started
    archive on <*>``, ``Polling auth aborted`` / ``Polling gateway-cache aborted``).

    Names of things are joined with hyphens (``orders-db``, ``ci-runner``, ``backend-prod``),
    and a place that holds one in one record and a plain word in another holds names: a
    program's own alternatives there are words of one kind (``read`` / ``parse``,
    ``platform`` / ``accessory``), both plain (``_qualified_pair`` asks it, wherever two
    names may differ: in a message field, beside a difference of length).
    Not a compound of prose (``read-only``, ``non-blocking``, ``inbox-style``: a part that
    is a word of prose's closed classes, a prefix or a suffix that makes an adjective),
    nor a plain word of prose or a state (``Creating single summary`` / ``Creating
    inbox-style summary``, ``tray ready`` / ``tray paper-jam``); against a hyphenated name a
    word in -ing or -ed is a name too (``shipping``, ``billing``, ``staging``)."""
    if ("-" in a) == ("-" in b):
        return False  # (most pairs: neither hyphenated)
    named, plain = (a, b) if "-" in a else (b, a)
    if _LOWER_NAME.fullmatch(named) is None or _LOWER_NAME.fullmatch(plain) is None:
        return False
    if plain in _NOT_A_NAME:
        return False  # (a name may end as a verb's form does: shipping, billing, staging)
    parts = named.split("-")
    return not (parts[0] in _PROSE_PREFIXES or parts[-1] in _PROSE_SUFFIXES
                or any(part in _NOT_A_NAME for part in parts))


# First and last parts of compounds of prose (non-zero, pre-auth, read-only, inbox-style,
# server-side): such a word says how, not which thing
_PROSE_PREFIXES: Final = frozenset((
    "non", "pre", "post", "re", "un", "multi", "self", "auto", "sub", "co", "anti", "semi", "inter",
    "cross", "over", "under", "out", "well", "half", "full", "single", "double", "zero", "top", "low",
    "high", "long", "short", "third", "read", "write", "plain", "dry", "hard", "soft", "in",
))
_PROSE_SUFFIXES: Final = frozenset((
    "only", "side", "style", "based", "level", "like", "wide", "free", "safe", "less", "aware",
    "specific", "time", "way", "related", "driven", "friendly", "compatible", "defined", "scoped",
))


def _names_after_preposition(tokens: list[str], at: int, a: str, b: str) -> bool:
    """Whether two different plain words at ``at`` are names that ``to``, ``with`` or a
    closing ``as`` introduces (``channel changed to operator`` / ``… to frank``,
    ``authenticate <*> with inventory`` / ``… with indexer``, ``Logged in as git`` /
    ``… as operator``), or the copula ``is`` (``filter is age`` / ``… is size``): the object
    of such a preposition is the thing the event went to, used or took the part of, and
    the complement of ``is`` the thing something is set to; the program's alternatives
    there are states or verbs' forms (``ready``, ``started``: not names). Both must be
    plain names (``preposition_names_at``) and not one word in two numbers."""
    if not preposition_names_at(tokens, at):
        return False
    if at == len(tokens) - 1:
        a, b = sentence_word(a), sentence_word(b)
    if not _plain_name_word(a) or a in _ROLE_WORDS:
        return False
    return not (a.startswith(b) or b.startswith(a))


def preposition_names_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` may be a name that the preposition before it introduces, as
    far as the message alone tells (``_names_after_preposition``; ``candidates.score_mask``
    asks it): after ``to`` that is no infinitive's (``failed to mount``, ``unable to
    parse``, ``trying to load``: the word is the event's verb), after ``with`` or ``is``,
    or after ``as`` at the end of the message or before a mark (``stored as bytes in
    memory`` says how); not after a failure (``failed with context …``: a cause's first word), not before
    a colon (a label), not a word that announces an error (``with error <*>`` / ``with
    exception reason <*>``) nor a role a node takes, a state (``moved to standby`` /
    ``moved to primary``)."""
    if at < 2:
        return False
    previous = tokens[at - 1]
    if previous not in _OBJECT_PREPOSITIONS:
        return False
    before = tokens[at - 2]
    if FAILURE.search(before) or (previous == "to" and before.lower() in _BEFORE_AN_INFINITIVE):
        return False
    last = at == len(tokens) - 1
    if previous == "as" and not (last or not tokens[at + 1].isalpha()):
        return False
    if not last and tokens[at + 1] == ":":
        return False
    word = sentence_word(tokens[at]) if last else tokens[at]
    return (_plain_name_word(word) and not FAILURE.search(word) and word not in _ANNOUNCES_A_CAUSE
            and word not in _ROLE_WORDS)


def known_value_pair(a: str, b: str, values: AbstractSet[str]) -> bool:
    """Whether the message's word ``b``, against the template's ``a``, is a value this stream
    has shown elsewhere (in ``values``: a word at a place of a template that had taken two
    other words already, ``shapes.ShapeIndex.learn_values``), neither is a closed word of
    prose, and neither a state nor a verb's form unless both are known. (The message's word:
    ``candidates.score_mask`` reads the message's tokens, not each template's.) Values
    recur across events: a user, a host, a queue or a reason is
    named by many call sites (``dist on shared`` / ``… on notifications``, ``due to
    noproc`` / ``… econnrefused`` after ``closed: noproc`` went by), while a word that
    names one event (``member promote`` / ``member add``) is no other template's variable.
    A place that took two words only is no evidence: one of them may be a merge already."""
    if b not in values:  # (held as met and without a sentence's stop: learn_values)
        return False
    a = sentence_word(a)
    b = sentence_word(b)
    if a.lower() in PROSE_WORDS or b.lower() in PROSE_WORDS:
        return False
    # (a state or a verb's form, a value of a state's place elsewhere, names the event
    # where it stands against another word, VM Started / VM Paused, unless both are known)
    return a in values or (_value_word(a) and _value_word(b))


def _value_word(word: str) -> bool:
    """Whether ``word`` may be a value: not a state or a verb's form, whatever its case."""
    lower = word.lower()
    return (lower not in STATE_WORDS and lower not in _IRREGULAR_PAST
            and ("-" in lower or not lower.endswith(_VERB_ENDS)))


def pool_name(word: str) -> bool:
    """Whether ``word`` is a plain lower-case word, dashed or not, that may name a thing: no
    word of prose's closed classes, state or verb's form (``catalog``, ``billing-east``; not
    ``the``, ``idle``, ``closed``, ``sent``, ``retrying``; ``batch._name_pool``)."""
    return _plain_name_word(word) and word not in _IRREGULAR_PAST


def _plain_name_word(word: str) -> bool:
    """Whether ``word`` is a plain lower-case word that may be a name: not a word of
    prose's closed classes, a state or a verb's form (a hyphenated name may end as one)."""
    return (_LOWER_NAME.fullmatch(word) is not None and word not in _NOT_A_NAME
            and ("-" in word or not word.endswith(_VERB_ENDS)))


# (and the copula "is": its complement, when a plain name, is a value, filter is age; round
# 11, tests/patterns/word_splits.py: the one-word splits after "is" over dev and r4-r9 were
# all one call site's, none kept apart rightly; wrong lines -22 over seeds 0/1/2)
_OBJECT_PREPOSITIONS: Final = frozenset(("to", "with", "as", "is"))
# the roles a node or replica takes: after "to" a state it moves to (replica moved to standby)
_ROLE_WORDS: Final = frozenset((
    "primary", "secondary", "standby", "leader", "follower", "master", "slave", "replica", "candidate",
    "observer", "active", "passive", "backup", "main", "default",
))
# words after which "to" marks an infinitive: the next word is a verb, the event's
_BEFORE_AN_INFINITIVE: Final = frozenset((
    "able", "trying", "tried", "try", "want", "wants", "need", "needs", "going", "about", "used",
    "attempt", "attempts", "attempting", "attempted", "how", "nothing", "ready", "wanted",
    "have", "has", "had", "order", "unable", "failed", "fail", "fails",
))
_ANNOUNCES_A_CAUSE: Final = frozenset(("reason", "cause", "exception", "error", "err", "failure"))


def _proper_name_pair(a: str, b: str, tokens: list[str], at: int, before: str) -> bool:
    """Whether, of two different words after a word of the sentence, one is capitalised
    and the other a plain lower-case name (``quorum Mailer during …`` / ``quorum shipping
    during …``, ``orphaned accessory Uploads`` / ``… accounts-staging``): a capital inside a
    sentence marks a proper name, so the place holds names. A program's own alternatives
    there are written alike (``accessory`` / ``platform``). Not at the sentence's start
    or after a mark (``: Starting`` / ``: stopped``: the capital is the sentence's), nor a
    verb's form, a state or a word of prose, nor one word in two numbers or cases.
    ``before``: the token before ``a`` in its own record (``b``'s is ``tokens[at - 1]``)."""
    # (capital_first and letters_only: compiled, no generic call of isupper and isalpha)
    if capital_first(a) == capital_first(b):
        return False  # (most pairs: both capitalised or neither)
    if not at or not letters_only(tokens[at - 1]) or not letters_only(before):
        return False
    if (TITLE_NAME.fullmatch(a) is None) == (TITLE_NAME.fullmatch(b) is None):
        return False
    title, plain = (a.lower(), b) if TITLE_NAME.fullmatch(a) else (b.lower(), a)
    if title in _NOT_A_NAME or title in _IRREGULAR_PAST or title.endswith(_VERB_ENDS):
        return False
    if _LOWER_NAME.fullmatch(plain) is None or plain in _NOT_A_NAME:
        return False
    return not _one_word_in_two_numbers(title, plain)


def counted_place_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a lower-case word right after a count, a value or a number,
    or after a count and one lower-case word (``Processed <*> links.``, ``found 4 errors``,
    ``removed <*> unreferenced rows``): where a program prints a count and its noun, the
    noun's number follows the count (``counted_noun_at``). Asked of the message alone
    (``candidates.score_mask``)."""
    if at == 0:
        return False
    before = tokens[at - 1]
    if before != WILDCARD and not before.isdigit():
        # (most places: a word before; then the count must come before it)
        if at == 1:
            return False
        count = tokens[at - 2]
        if (count != WILDCARD and not count.isdigit()) or not before.isalpha() or not before.islower():
            return False
    return tokens[at][:1].islower()


def counted_noun_at(template: list[str], tokens: list[str], at: int) -> bool:
    """Whether the two words at ``at`` are one noun in its two numbers right after a count
    (``Processed <*> links.`` / ``Processed 1 link.``, ``found <*> error`` / ``… errors``;
    or after a count and a word, ``removed <*> unreferenced rows`` / ``… row``):
    a program that prints a count writes its noun in the number the count asks for
    (``%d link%s``, ``pluralize(n, "row")``), so one call site prints both; two call sites
    that part at a noun's number alone, after the same count, are rare. The plural is the
    singular and ``s``, ``es``, or ``ies`` for ``y`` (letters only, lower-case)."""
    if not counted_place_at(tokens, at) or template[at - 1] not in (WILDCARD, tokens[at - 1]):
        return False  # (a word between the count and the noun is the same in both: score's run)
    a, b = template[at], tokens[at]
    if at == len(tokens) - 1:
        a, b = sentence_word(a), sentence_word(b)
    if len(a) > len(b):
        a, b = b, a
    if not a.isalpha() or not a.islower() or not b.isalpha() or not b.islower() or len(a) < 3:
        return False
    return b in (a + "s", a + "es") or (a[-1] == "y" and b == a[:-1] + "ies")


def _one_word_in_two_numbers(a: str, b: str) -> bool:
    """Whether two lower-case words are one in two numbers (``failure`` / ``failures``,
    ``accessory`` / ``accessories``): they part one letter at most before the shorter ends."""
    shorter = min(len(a), len(b))
    common = 0
    while common < shorter and a[common] == b[common]:
        common += 1
    return common >= shorter - 1


def proper_name_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a capitalised word after a word of the sentence, which
    ``_proper_name_pair`` may read as a name (``candidates`` keeps it out of the words
    that refuse another, and asks it of the message)."""
    word = tokens[at]
    # (capital_first and letters_only: compiled, no generic call of isupper and isalpha)
    return (capital_first(word) and at > 0 and letters_only(tokens[at - 1])
            and TITLE_NAME.fullmatch(word) is not None)


TITLE_NAME: Final = re.compile(r"[A-Z][a-z0-9]+", re.ASCII)


def noun_names_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` may be a name that the noun before it introduces, as far as
    the message alone tells (``_name_after_noun``; ``candidates.score_mask`` asks it)."""
    if not at:
        return False
    # (the cheap tests first: most words follow a mark or a word of prose)
    previous = tokens[at - 1]
    if not _lower_or_mixed_word(previous):
        return False
    lowered = previous.lower()
    if lowered in _NOT_A_NOUN or lowered.endswith(_VERB_ENDS) or (
            at > 1 and tokens[at - 2].lower() in _BEFORE_A_MODIFIER):
        return False
    word = tokens[at]
    if at == len(tokens) - 1:
        word = sentence_word(word)
    return (word not in _NOT_A_NAME and ("-" in word or not word.endswith(_VERB_ENDS))
            and _LOWER_NAME.fullmatch(word) is not None)


def _lower_or_mixed_word(token: str) -> bool:
    """``token.isalpha() and not token.isupper()``: a word of letters not all capitals;
    compiled, asked of ``letter_case`` first (not two generic calls of the methods: round
    38, speed38b)."""
    if COMPILED_HERE:
        case = letter_case(token)
        if case != NOT_ASCII:
            return case != NO_LETTERS and case != UPPER
    return token.isalpha() and not token.isupper()


def name_before_noun_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` may be the name of a thing that the naming noun after it
    says the kind of, in a noun phrase that an article or a count opens (``Stopping the
    premium service``, ``Found <*> basic file(s)``, ``a shipping database``), as far as
    the message alone tells (``_names_before_noun``; ``candidates.score_mask`` asks it).
    The noun is one that introduces a name after it too (``service``, ``file``, ``queue``:
    ``CUE_WORDS``, not a preposition), in one number or the other; the word a plain
    lower-case name, not a word of prose, a state, a verb's form (``the new service``,
    ``<*> missing files``, ``the cached file``: the event's own words) nor a naming word,
    and the noun ends the phrase (``The server channel initializer`` / ``The backend
    channel …``: kinds of a thing that a compound names, two call sites')."""
    if not 0 < at < len(tokens) - 1:
        return False
    before = tokens[at - 1]
    if before not in _OPENS_A_NOUN_PHRASE and before != WILDCARD and not before.isdigit():
        return False
    noun = tokens[at + 1].lower()
    if not (naming_word(noun) or (noun[-1:] == "s" and naming_word(noun[:-1]))):
        return False
    after = tokens[at + 2] if at + 2 < len(tokens) else ""
    if after.isalpha() and after.lower() not in PROSE_WORDS:
        return False  # (the noun modifies another: the server channel initializer)
    word = tokens[at]
    return _plain_name_word(word) and not naming_word(word)


_OPENS_A_NOUN_PHRASE: Final = frozenset(("the", "a", "an", "The", "A", "An"))


def _names_before_noun(tokens: list[str], at: int, a: str, b: str) -> bool:
    """Whether two different words at ``at`` name two things of the kind the noun after
    them says (``name_before_noun_at``): a program that speaks of ``the %s service`` or
    ``%d %s files`` puts there the name it was given, as after ``service`` (``service
    premium``); at a mark's cost, so the message must share more constants. Not a word of
    prose, a state, a verb's form or a naming word in either, nor one word in two numbers."""
    return (name_before_noun_at(tokens, at) and _plain_name_word(a) and not naming_word(a)
            and not _one_word_in_two_numbers(a, b))


def sentence_word(word: str) -> str:
    """``word``, the message's last, without the stop that ends its sentence (``reboot with
    checkout.``, ``doing multi event canary...``, ``done!``): the tokens keep the stop glued
    to the word before it, and the rules that read a word's shape (a name after a noun or
    a preposition) read the word, as they do inside the sentence (``with checkout for …``)."""
    if word[-1:] not in _SENTENCE_STOPS:
        return word
    bare = word.rstrip(".!")
    return bare if bare[-1:].isalnum() else word


_SENTENCE_STOPS: Final = frozenset(".!")


# A word of code, not of prose: snake_case, a dotted name, CamelCase with an inner capital
# (orders_v2, app.config, MediaQueue). Prose never writes words so, so two different words
# where one is such a name are two things of one kind. A hyphen is in prose too
# (read-only): two hyphenated names (orders-db, billing-api) must both be so.
# (a stop after one ends the sentence: ``set to EventsIndex.``)
_CODE_NAME: Final = re.compile(
    r"(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9_-]*\.[a-z][a-z0-9_-]*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+"
    # (a namespaced name, two names joined by a slash, one with a mark of code: ledger-api/canary)
    r"|(?=[\w./-]*[-_.]\w)[A-Za-z][\w.-]*/[A-Za-z][\w.-]*)\.?",
    re.ASCII)
_HYPHENATED: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+\.?", re.ASCII)


def _keyed_value(template: list[str], tokens: list[str], at: int) -> bool:
    """Whether ``at`` holds the value of the same key in both (``kind=closed`` / ``kind=open``):
    a record's values vary with each record, however many of its keys there are, so they cost
    nothing against the constants the two share."""
    return at > 1 and tokens[at - 1] == "=" and template[at - 1] == "=" and tokens[at - 2] == template[at - 2]


def variable_value_at(template: list[str], tokens: list[str], at: int) -> bool:
    """Whether ``at`` holds, in both, the one word a variable's name in lowerCamelCase and a
    colon print (``logLayoutType: users``, ``(onDefaultNodesApiChanged: search)``): such a
    name is code's, a variable or a field printed with its value, as a key before ``=`` is;
    the word ends the message, a bracket or a list item. Not a verb's form nor a state or a
    word of prose (``getUser: started`` / ``…: done``: a function's label and its events)."""
    if at < 2 or tokens[at - 1] != ":" or template[at - 1] != ":" or tokens[at - 2] != template[at - 2]:
        return False
    after = at + 1
    if after < len(tokens) and tokens[after] not in _VALUE_ENDS:
        return False
    if _VARIABLE_NAME.fullmatch(tokens[at - 2]) is None:
        return False
    a, b = template[at], tokens[at]
    if a.endswith(_VERB_ENDS) and b.endswith(_VERB_ENDS):
        return False  # (two verb's forms: started / failed; one alone is a value's, billing)
    return a.lower() not in _NOT_A_NAME and b.lower() not in _NOT_A_NAME


# a name in lowerCamelCase (logLayoutType, toPid): code's, never prose's
_VARIABLE_NAME: Final = re.compile(r"[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+", re.ASCII)


def code_name_pair(a: str, b: str) -> bool:
    """Whether of two different words one is a name in lowerCamelCase (``fetchUnreadArticles``,
    ``runServer``, ``rootDSE``) and the other a word of letters alone or such a name too (not
    the same word in other capitals, ``PSK`` / ``pSK``). Such a name is code's, a method's, a
    function's or a field's, which prose never writes; a call site prints the name of the code
    it is in or is about in its format, and another call site another name there
    (``ksa: processQueryRequest: …`` / ``ksa: processCommandRequest: …``, ``Asynchronous - at:
    getIeAccount`` / ``… refreshSugarFolders``): two events, where a value of the stream's is
    spelled as an instance's name is, with a digit, a separator or a capital first
    (``orders_v2``, ``billing-east``, ``MediaStore``). The sentence's stop is read off."""
    a = sentence_word(a)
    b = sentence_word(b)
    if _VARIABLE_NAME.fullmatch(a) is not None:
        other = b
    elif _VARIABLE_NAME.fullmatch(b) is not None:
        other = a
    else:
        return False
    if a.lower() == b.lower():
        return False
    return (other.isascii() and other.isalpha()) or _VARIABLE_NAME.fullmatch(other) is not None
_VALUE_ENDS: Final = frozenset((")", "]", "}", ","))


def _keyed_state(tokens: list[str], at: int, a: str, b: str) -> bool:
    """Whether two states in capitals are the value of a key (``state=RUNNING``,
    ``EventType: TASK_ABORT``): a state in prose (``from NEW to RUNNING``) names the event,
    the value of a key is one value of it. An HTTP status class is never a value; nor are
    capitals that open the message after the head's colon, the sentence going on from them
    (``_sentence_goes_on``)."""
    return (at > 0 and tokens[at - 1] in _KEY_MARKS and not status_class_word(a)
            and not status_class_word(b)
            and not (tokens[at - 1] == ":" and _sentence_goes_on(tokens, at)))


def _sentence_goes_on(tokens: list[str], at: int) -> bool:
    """Whether the word at ``at`` opens the message after the colon that ends the record's head
    (after its level or a closing bracket) and the sentence goes on from it, a word of it next:
    ``CMDPHP WARNING: TCP Ping Error: …``, proftpd's ``(<host>): EPSV denied by <Limit>
    configuration``. Capitals there are the sentence's own words, a protocol, a command, an
    option the call site wrote (``…: PASV denied …`` is another call site), not a key's value:
    a key is a name before its colon (``EventType: TASK_ABORT``, ``state: RUNNING``), and the
    colon after a head's level or bracket introduces the message, not a value."""
    if at < 2 or at + 1 == len(tokens) or not tokens[at + 1][:1].isalpha():
        return False
    head = tokens[at - 2]
    return head in _CLOSING_BRACKETS or is_level_word(head)


_KEY_MARKS: Final = frozenset(("=", ":"))
# (a tuple of any length to mypyc: one object, not four strings boxed into a new tuple at
# each endswith: round 38, speed38b)
_VERB_ENDS: Final[tuple[str, ...]] = ("ed", "ing", "ed.", "ing.")


def _state_after_kind(tokens: list[str], at: int, a: str, b: str) -> bool:
    """Whether two words after a kind's noun (``mode``, ``type``) read as states (a verb's
    form or capitals: ``mode running`` / ``mode PAUSED``): the event's, not a name."""
    if not at or tokens[at - 1].lower() not in _KIND_CUES:
        return False
    return any(word.endswith(_VERB_ENDS) or (word.isupper() and len(word) > 1) for word in (a, b))


def irregular_past(word: str) -> bool:
    """Whether a word is a common irregular verb's past form (``caught``, ``Got``)."""
    return word.lower() in _IRREGULAR_PAST


def _past_form(word: str) -> bool:
    """Whether a word reads as a verb's past form: ``-ed`` after a stem that holds a vowel
    (``started``, ``Resolved``), or a common irregular one (``lost``, ``left``); with the
    sentence's stop glued to it too (``Server started.`` / ``Server stopped.``, the token as
    the tokenizer keeps it: the predicate that ends the sentence; round 39, r37b)."""
    if word.endswith((".", "!")):
        word = word[:-1]
    return word.lower() in _IRREGULAR_PAST or (word.endswith("ed") and verb_form(word))


def _regular_past_form(word: str) -> bool:
    """Whether a word reads as a regular verb's past form (``_past_form``, no irregular one
    as ``irregular_past`` reads it: ``resumed``, not ``lost``), as a verb's form before a
    noun after a preposition opens (``kind_modifiers_before_noun``)."""
    return _past_form(word) and not irregular_past(word)


def _after_noun(tokens: list[str], at: int) -> bool:
    """Whether the word before ``tokens[at]`` is a thing's noun that introduces a name
    (``service``, ``node``: a naming word, not a preposition nor a mark)."""
    before = tokens[at - 1].lower() if at else ""
    return before in CUE_WORDS and before not in FUNCTION_CUES


def _predicate_after_noun(tokens: list[str], at: int, a: str, b: str) -> bool:
    """Whether two different words after a thing's noun (``_after_noun``) are both verbs'
    past forms: the thing's predicate, what happened to it (``Service started`` / ``Service
    stopped``, ``node joined cluster`` / ``node left cluster``), two events; a name the noun
    introduces is no verb's form."""
    return _past_form(a) and _past_form(b) and _after_noun(tokens, at)


def kind_modifiers_before_noun(template: list[str], tokens: list[str], head: int, tail: int) -> bool:
    """Whether the two runs of words between ``head`` and the last ``tail`` tokens of
    ``template`` and ``tokens`` are each a verb's form and the words after it, in small
    letters or an acronym, after a preposition (``of``, ``for``: ``FUNCTION_CUES``) and
    before the same noun in small letters, three words at most (dnscrypt-proxy's ``Loading
    the set of allowed IP rules from …`` / ``… of cloaking rules from …``; Quartz.NET's
    ``… of resumed group: …`` / ``… of paused group: …``): the verb's form (``allowed``,
    ``cloaking``, ``resumed``) says which kind of the noun's things the call site means, or
    what happened to them, not a value the preposition introduces, whose name or text is no
    verb's form; two call sites. The one reader of it at two lengths (``runs.inner_run_at``,
    round 41, weak41) and at one, a word each (``score``, round 40, weak40; one reader since
    round 42, dedupe42)."""
    m = len(template)
    n = len(tokens)
    if head < 1 or tail < 1 or template[head - 1].lower() not in FUNCTION_CUES:
        return False
    noun = template[m - tail]
    if noun != tokens[n - tail] or not noun.isalpha() or not noun.islower() or noun in PROSE_WORDS:
        return False
    for side, end in ((template, m - tail), (tokens, n - tail)):
        if not 1 <= end - head <= 3:
            return False
        first = side[head]
        if not (_regular_past_form(first) or _gerund(first)) or not first.islower():
            return False
        for word in side[head + 1:end]:
            if not word.isalpha() or not (word.islower() or word.isupper()) or word in PROSE_WORDS:
                return False
    return True


def object_phrase_after_operation(template: list[str], tokens: list[str], head: int, tail: int) -> bool:
    """Whether the two runs of words between ``head`` and the last ``tail`` tokens of
    ``template`` and ``tokens`` (of two lengths, ``runs.inner_run_at``) are the objects of
    the operation a failure names right before them (``failed to get``, ``unable to
    fetch``: ``operation_after_failure_at``), one of them a phrase of the call site's own:
    three words or more, each of letters in small letters, a preposition among them, not
    at either end (mautrix-whatsapp's ``Failed to get user info for puppet in background
    sync error=…`` / ``Failed to get ghost error=…``): a value a call site formats there
    is a name, an id or a quoted text, seldom words of prose tied by a preposition, so the
    phrase is the call site's words and the other run another call site's. Not where
    either run holds a word of failure: an error's text formatted there (``Failed to send
    quota exceeded for tenant, …`` / ``… lease expired, …``) is a value (round 41, weak41d)."""
    m = len(template)
    n = len(tokens)
    if head < 3 or not operation_after_failure_at(template, head - 1):
        return False
    runs = (template[head:m - tail], tokens[head:n - tail])
    if any(reads_as_failure_word(word) for run in runs for word in run):
        return False  # (an error's text there, `quota exceeded for tenant` / `lease expired`:
        # what failed, formatted as a value)
    return any(len(run) >= 3 and all(word.isalpha() and word.islower() for word in run)
               and any(word in FUNCTION_CUES for word in run[1:-1]) for run in runs)


# the words a failure is said in right after the name of what failed (open failed: <cause>)
_FAILED_WORDS: Final = frozenset(form for word in ("failed", "error", "errored")
                                 for form in (word, word.title(), word.upper()))


def operation_before_failure(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]``, after a label's colon, is the name of what failed, a failure
    word and its cause's colon (or the text's end) right after it (``IOERROR: fdatasync
    failed: <cause>``, ``WASAPIOutput: IsFormatSupported failed: <cause>``): the operation
    a call site names, C's ``"fsync failed: %s"``, not a value the colon introduces, so
    two of them are two call sites (each its own causes). Not a name with a dash, which no
    function's or constant's name holds (``BREADCRUMB: mailer-queue failed: <*>``: a thing's
    name the call site prints, a value), nor after a leading name that opens the text
    (``argv_assemble: sshbuf_new failed``: the leading name's rules read it, ``prefix_at``)."""
    end = at + 2
    return (at > 0 and tokens[at - 1] == ":" and end <= len(tokens) and tokens[at + 1] in _FAILED_WORDS
            and (end == len(tokens) or tokens[end] == ":") and "-" not in tokens[at]
            and not (at == 2 and not tokens[0].isupper() and _prefix_name(tokens[0])))


# The word before an operation that a negated ability or a failure names (cannot stat,
# can't read, could not open, unable to parse, failed to bind, error while reading):
# operation_after_failure_at reads the words before it.
_CANNOT: Final = frozenset(("cannot", "Cannot", "CANNOT"))
_BEFORE_AN_OPERATION: Final = _CANNOT | {"t", "not", "to", "while"}
OPERATION_CUES: Final = _BEFORE_AN_OPERATION  # (batch._value_places asks it first)
# (the words of the failure before "to", "not", "'t" and "while" that make the next word its operation)
_FAILED_TO: Final = frozenset(("unable", "Unable", "UNABLE", "failed", "Failed", "FAILED")) | frozenset(
    # and an attempt's (tried to update, attempting to remove): the operation tried is the call
    # site's verb too (round 37, r35b: over the labels of r17..r24 and r29..r35 s0 the verb
    # after such a word is the label's own in 295 places, a value in 3)
    form for word in ("tried", "trying", "try", "attempt", "attempted", "attempting")
    for form in (word, word.title(), word.upper()))
_COULD_NOT: Final = frozenset(("could", "Could", "COULD", "can", "Can", "CAN")) | frozenset(
    # and a negated auxiliary's (does not exist, will not retry, doesn't have an environment,
    # won't retry): a bare verb follows do's and a modal's negation, the sentence's own verb,
    # no value (a state's word, a value as often, follows a negated be: is not running, isn't
    # ready; not read here; round 39, r37a)
    form for word in ("does", "do", "did", "will", "would", "should")
    for form in (word, word.title(), word.upper()))
_CAN_NT: Final = frozenset(("can", "Can", "couldn", "Couldn")) | frozenset(
    form for word in ("doesn", "don", "didn", "won", "wouldn", "shouldn") for form in (word, word.title()))
_ERROR_WHILE: Final = frozenset(("error", "Error", "ERROR", "errors", "Errors"))


def operation_after_failure_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is the operation that a negated ability or a failure said in
    words right before it names (``cannot stat``, ``can't read``, ``could not open``,
    ``unable to parse``, ``failed to bind``, ``error while reading``), or an attempt
    (``tried to update``, ``attempting to remove``): the verb of the
    call site's format, kept as text, as the sentence's own verb is; what may vary is its
    object after it (``cannot open <path>``). Two such verbs are two call sites."""
    if at < 1:
        return False
    previous = tokens[at - 1]
    if previous in _CANNOT:
        return True
    if at < 2:
        return False
    before = tokens[at - 2]
    if previous == "to":
        return before in _FAILED_TO
    if previous == "not":
        return before in _COULD_NOT
    if previous == "while":
        return before in _ERROR_WHILE
    return previous == "t" and before == "'" and at > 2 and tokens[at - 3] in _CAN_NT


def _operation_word(word: str) -> bool:
    """Whether ``word`` may be the verb a failure names: a lower-case word of letters, or a
    compound of such words of two letters or more joined by single hyphens (as a compound of
    prose is written, ``shapes._hyphenated_prose_word``) that reads as a verb: its last word
    a verb of a thing's life (``cast-get``, ``force-delete``: ``LEAD_VERBS``) or its first a
    verb's prefix (``re-index``, ``pre-allocate``, ``un-mount``). A compound of nouns there is
    a name a call site was given (``media-replica``, ``accounts-service``), and a compound
    with a digit a value (``us-east-1``)."""
    if word.isalpha():
        return word.islower()
    if "-" not in word:
        return False
    parts = word.split("-")
    return (all(len(part) > 1 and part.isalpha() and part.islower() for part in parts)
            and (parts[-1] in LEAD_VERBS or parts[0] in _VERB_PREFIXES))


_VERB_PREFIXES: Final = frozenset(("re", "pre", "un", "de", "dis"))


def subject_of_past_form(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether ``tokens[at]`` is the capitalised first word of a message that a verb's past
    form alone ends (``Companies updated.``, ``Settings updated.``, right after the record's
    header or opening it): the sentence's subject, the thing the call site says happened to,
    its own word (a program that updates its things in turn says so at one call site each),
    no value that a batch's records show varying (``batch._value_places``)."""
    if kinds[at] != TITLE or at + 2 != len(tokens):
        return False
    if not _past_form(tokens[at + 1]):  # (its stop read there: ``Companies updated.``)
        return False
    return at == 0 or header_end(tokens) == at - 1


def past_form_after_noun(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a verb's past form after a thing's noun: a predicate that
    ``score`` keeps from another past form there (``_predicate_after_noun``), so no value that
    a request's records show varying (``batch._value_places``: ``Service started`` /
    ``Service stopped`` / ``Service restarted`` are three events)."""
    return _past_form(tokens[at]) and _after_noun(tokens, at)


def _other_key(template: list[str], tokens: list[str], at: int) -> bool:
    """Whether two different words at ``at`` are both keys: before ``=``, before ``:``
    after a comma (the next key of a list), or quoted before ``:`` (a JSON key). A record's
    keys are its fields: another key is another record, where a value may differ."""
    mark = tokens[at + 1]
    if mark != template[at + 1] or (mark == "=" and tokens[at + 2:at + 3] == ["="]):
        return False  # (== compares: variable x == 'y' holds no key)
    if mark == '"':  # (a JSON key follows a brace or a comma: lookup "x":"y" in prose is a value's)
        return (at + 2 < len(tokens) and tokens[at + 2] == ":" and template[at + 2] == ":"
                and tokens[at - 1] == '"' and at > 1 and tokens[at - 2] in _JSON_KEY_AFTER)
    return mark == "=" or (mark == ":" and at > 0 and tokens[at - 1] == "," and template[at - 1] == ",")


_KEY_ENDS: Final = frozenset(("=", ":", '"'))  # what may follow a key (a JSON key's closing quote)
_JSON_KEY_AFTER: Final = frozenset(("{", ","))


_METHOD_SET: Final = frozenset(METHODS)


# A record's level as loggers print it ([Fatal], [INFO], [warn], ERROR:): Serilog's and
# .NET's full names, log4j's and syslog's short ones (masking.LEVEL_WORDS), and
# java.util.logging's SEVERE; the record's message follows it
_LEVEL_WORD_WORDS: Final = (*LEVEL_WORDS, "severe")
LEVEL_WORD: Final = re.compile("(?i:" + "|".join(_LEVEL_WORD_WORDS) + ")", re.ASCII)
# LEVEL_WORD's words in lower case: a whole token is one of them in any ASCII case
# (``is_level_word``, which the miner asks; the pattern is what it answers for)
_LEVEL_WORD_FORMS: Final = frozenset(_LEVEL_WORD_WORDS)


def is_level_word(token: str) -> bool:
    """``LEVEL_WORD.fullmatch(token)`` as a truth: an ASCII token whose lower case is one of its
    words (a set's lookup in C, not the regex's call: some 1,500 instructions a token);
    ``re.ASCII`` folds only ASCII letters, so no other token matches."""
    # (the set first: most tokens are no level word, and isascii is a generic call compiled)
    return token.lower() in _LEVEL_WORD_FORMS and token.isascii()


def _logger_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` follows the record's level, a word or alone in brackets, with
    only values and bracketed tags before it (``[Fatal] API.Data.Migrations.MigrateRange
    Running …``, java.util.logging's ``<time> INFO com.example.Server run …``). A qualified
    name there is the logger's name, as log4j's ``%p %c``, Serilog's ``[{Level}]
    {SourceContext}`` and Python's ``%(levelname)s %(name)s`` print it: the class or module
    that logs, one name per class, so two of them are two call sites however alike their
    messages. (Not after another bracket, nor first: there a qualified name is as often a
    sentence's subject, passed as a value: ``[<*>] <*> is freed``, ``<*> cannot decode …``.)"""
    if at >= 3 and tokens[at - 1] == "]" and tokens[at - 3] == "[" and is_level_word(tokens[at - 2]):
        before = at - 3
    elif at and tokens[at - 1] in HEAD_LEVELS:
        before = at - 1
    elif at >= 2 and tokens[at - 2] in HEAD_LEVELS and tokens[at - 1] == WILDCARD:
        # (or one value between, the thread the head prints after the level: logback's
        # ``%-5level %thread %logger{36} %msg``, ``ERROR <*> o.a.m.s.AvroSerializer …``; round
        # 33, r31a)
        before = at - 2
    elif (at >= 3 and tokens[at - 1] == "-" and tokens[at - 2] == WILDCARD
          and tokens[at - 3] in HEAD_LEVELS):
        # (or the thread and a spaced dash, the head's last field before the logger:
        # ``INFO <*> - cljdoc.server.system Starting …``, indico's ``%(levelname)s
        # %(request_id)s - %(name)s %(message)s``; round 40, weak40)
        before = at - 3
    else:
        return False
    index = 0
    while index < before:
        if _value_alone(tokens[index]):
            index += 1
            continue
        if tokens[index] != "[" or "]" not in tokens[index:before]:
            return False
        index = tokens.index("]", index) + 1
    return True


def dotted_logger_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a dotted name (a module's or a class's path, its digits masked
    or not: ``keystone.api.os_oauth<*>``) right after the record's level, only values and
    bracketed tags before it (``_logger_at``): Python's ``%(levelname)s %(name)s`` and log4j's
    ``%p %c``, the logger that prints every record of its module (round 37, r35a)."""
    token = tokens[at]
    dot = token.find(".")
    return (0 < dot < len(token) - 1 and token[0].isalpha() and token[dot + 1].isalpha()
            and _logger_at(tokens, at))


# The record's head: one reader, record_header (its walk, then a level's colon after two
# names), and bracketed_level_name; tokens.head_fields_end reads the fields before templates
# exist: docs/patterns.md § The record's head.


def header_logger_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is the logger's name in the record's header (``record_header``):
    Spring Boot's ``INFO <*> --- [ main] o.s.b.w.GracefulShutdown : <message>``, log4js's
    ``[ERROR] account-store.ts - <message>``, log4j's ``%c %L [%t] %p [%x] - <message>``
    (the logger first). As after the level in brackets (``_logger_at``), the logger is the
    class or file that logs, one per call site's."""
    return header_logger(tokens) == at


def header_logger(tokens: list[str]) -> int:
    """Where the logger's name is in the record's header (``record_header``; -1: none),
    remembered per token list."""
    return _remembered_header(tokens)[1]


def header_end(tokens: list[str]) -> int:
    """Where the record's header ends (``record_header``; -1: none), remembered per token
    list: the colon or dash after which the message opens."""
    return _remembered_header(tokens)[0]


def _level_colon_end(tokens: list[str], start: int) -> int:
    """Where the colon after the record's level in capitals is (-1: none), when two names at
    most come before the level from ``start`` (a program's tag and its bracketed id, Python's
    ``%(name)s:%(levelname)s:``: pulpcore's ``pulp [<*>]: pulpcore.tasking._util:INFO:
    <message>``): ``record_header``'s case where its walk meets a colon before any level
    (docs/patterns.md § The record's head; round 35, r33a)."""
    names = 0
    for at in range(start, len(tokens) - 1):
        kind = token_kind(tokens[at])
        if kind == CAPS and tokens[at] in HEAD_LEVELS and tokens[at + 1] == ":":
            return at + 1
        if WORD <= kind < PUNCT:
            names += 1
            if names > 2:
                return -1
    return -1


def bracketed_level_name(tokens: list[str]) -> bool:
    """Whether the record opens with its level alone in square brackets, then a name and its
    colon (``[debug] <name>: …``, NLog's ``[${level}] ${logger:shortname=true}: …``): the
    name, ``tokens[3]``, is the message's prefix or the logger's (docs/patterns.md § The
    record's head)."""
    return (len(tokens) > 5 and tokens[4] == ":" and tokens[0] == "[" and tokens[2] == "]"
            and is_level_word(tokens[1]))


def _remembered_header(tokens: list[str]) -> tuple[int, int]:
    """``record_header(tokens)``, remembered per token list (``_HEADS``)."""
    key = tuple(tokens)
    head = _HEADS.get(key)
    if head is None:
        if len(_HEADS) >= _HEADS_SIZE:
            _HEADS.clear()
        head = _HEADS[key] = record_header(tokens)
    return head


# token lists -> their record_header: score asks it of one message against each template it
# scans and of the templates again and again, and reading a tuple's hash is cheaper than the
# head's walk. Bounded: cleared when full; one for every miner of the process.
_HEADS: Final[dict[tuple[str, ...], tuple[int, int]]] = {}
_HEADS_SIZE: Final = 4096


def record_header(tokens: list[str], start: int = 0) -> tuple[int, int]:
    """Where the record's header ends and where its logger's name is in it (-1: none): the
    span that opens the record and ends with a dash or colon before the message (or with
    the bracket that holds its level and logger), holding the record's level (a word, alone
    in brackets or in a bracket of the head's values), values (a time, a process id, a
    line), bracketed tags (a thread, a context) and at most one name, the logger's, before
    the level or after it, alone in brackets right after it (Zig's ``info(scope):``) or
    after its colon with an event id (``info: App.Db[0]``). (-1, -1): no header. ``start``:
    where the record opens (a structured record's message, ``msg="ERROR db: …"``). The
    head's one walk; its other questions are its cases (docs/patterns.md § The record's head)."""
    level = False
    logger = -1
    in_bracket = False  # the logger was read in the bracket that holds the level
    before = -1  # a name alone in brackets right before the level's (spdlog's [name] [info])
    logger_end = -2  # the logger's last token, when read bare
    index = start
    count = len(tokens)
    ruby = count > start + 4 and tokens[start + 1] == "," and tokens[start] in LEVEL_LETTERS and (
        tokens[start + 2] == "[")
    if ruby:
        index += 2  # (Ruby's Logger: the level's letter and a comma, then the level's word: below)
    while index < count:
        token = tokens[index]
        if (token == ":" and not level and index and index + 1 < count and tokens[index + 1] in HEAD_LEVELS
                and _value_alone(tokens[index - 1])):
            index += 1  # (a time glued to the level by a colon: Jetty's <time>:INFO:oejs.Server:…)
            continue
        if token in _HEADER_ENDS:
            if (token == "--" and ruby and level and logger < 0 and index + 1 < count
                    and tokens[index - 1] in HEAD_LEVELS):
                # Ruby's Logger (L, [<time> #<pid>] LEVEL -- progname: <message>): the
                # program's or class's name between the dashes and the colon is the logger's
                if tokens[index + 1] == ":":
                    return index + 1, -1
                if index + 2 < count and tokens[index + 2] == ":" and _has_alnum(tokens[index + 1]):
                    return index + 2, index + 1
            if token == "-" and (not level or (index + 2 < count and tokens[index + 1] == WILDCARD
                                               and tokens[index + 2] == "-")):
                # a spaced dash between the header's fields (Python's %(name)s - %(lineno)d -
                # %(levelname)s - %(request)s - <message>): before the level, or before a
                # value that another dash ends
                index += 1
                continue
            if not level:
                # (a colon before any level: the header may still end at a level in capitals
                # and its colon after two names at most, pulpcore's `pulp [<*>]: pulpcore.x:INFO:`,
                # inspircd's `main: WARNING:`; asked only where the level is right after this
                # colon or one name and its colon later: most records' `name: message` pay
                # two comparisons, not a kind for each token)
                if token == ":" and ((index + 2 < count and tokens[index + 2] == ":"
                                      and tokens[index + 1] in HEAD_LEVELS)
                                     or (index + 4 < count and tokens[index + 4] == ":"
                                         and tokens[index + 2] == ":" and tokens[index + 3] in HEAD_LEVELS)):
                    return _level_colon_end(tokens, start), -1
                return -1, -1
            if (token == "-" and (logger < 0 or logger == index - 1) and index + 2 < count
                    and tokens[index + 2] == "-" and not _value_alone(tokens[index + 1])
                    and _has_alnum(tokens[index + 1])):
                # a thread, then the logger between spaced dashes (log4j's %p %t - %c - %m):
                # the name the dashes close in is the logger's, what came before them a value
                return index + 2, index + 1
            if (token == "-" and logger < 0 and index + 4 < count and tokens[index + 1] == "["
                    and tokens[index + 3] == "]" and _code_name(tokens[index + 2])):
                # a name of code alone in brackets right after the head's dash (log4net's
                # [%thread] %-5level - [%logger] %message, a function's: [%s]: ): the logger's,
                # the class or function that logs (a plain lower-case word there, [alice], is
                # a tag of the message, which varies)
                return index, index + 2
            if (token == ":" and index + 3 < count and tokens[index + 2] == ":"
                    and _CAPS_TAG.fullmatch(tokens[index + 1]) and tokens[index + 1] not in HEAD_LEVELS
                    and (logger < 0 or logger == index - 1)):
                # a subsystem's tag in capitals and its colon after the level's (Monolog's
                # app.DEBUG: CAMPAIGN: <message>, ERROR: SSL: <message>): the tag names the
                # part that logs, what follows is its message
                return index + 2, logger if logger >= 0 else index + 1
            if token == ":" and logger < 0 and tokens[index - 1] in HEAD_LEVELS:
                end = _named_after_level_colon(tokens, index + 1)
                if end < 0:
                    end = _logger_and_field_after_level_colon(tokens, index + 1)
                if end > 0:
                    return end, index + 1
            if token == ":":
                end = _module_path_end(tokens, index + 1)
                if 0 < end < count and tokens[end] == ":":  # (the path may end the record)
                    # a module path and its colon after the head's (tracing's spans, then
                    # its target: INFO request: app::db: <message>): the code that logs
                    return _past_target_line(tokens, end), index + 1
            return (_past_target_line(tokens, index) if token == ":" and logger >= 0 else index), logger
        closer = _BRACKETS.get(token)
        if closer is not None:
            try:
                close = tokens.index(closer, index + 1)
            except ValueError:
                return -1, -1
            holds_level, name = _head_bracket(tokens, index + 1, close)
            if not level and close == index + 2 and tokens[index + 1] in BRACKETED_LEVEL_LETTERS:
                holds_level, name = True, -1  # (a level's letter alone in brackets: <time> (W) <message>)
            if holds_level:
                if level:
                    return -1, -1
                level = True
                if name >= 0 and logger < 0:
                    logger, in_bracket = name, True
                elif logger < 0 and before >= 0 and tokens[index - 1] == "]" and before == index - 2:
                    # spdlog's [<time>] [name] [info] <message>, Dart's [name] INFO: …: the
                    # logger alone in brackets right before the level's (but a name after
                    # the level that the head's end follows is the logger: then it was a
                    # thread, log4j's [%t] [%p] %c - %m)
                    logger, in_bracket = before, True
            elif not level and close == index + 2 and name == index + 1:
                before = name
            elif (close == index + 2 and level and logger < 0 and tokens[index - 1] in HEAD_LEVELS
                  and name == index + 1):
                # a scope in brackets right after the level (Zig's info(scope): …); or a
                # thread, when a name and the header's end follow (logback's %level [%thread]
                # %logger: %msg): that name is the logger then (below, as after spdlog's)
                logger = before = name
            elif (token == "(" and close == index + 2 and level and name == index + 1 and index > 3
                  and tokens[index - 1] == "]" and tokens[index - 3] == "["
                  and tokens[index - 4] in HEAD_LEVELS
                  and (logger == before == index - 2 or (logger < 0 and _value_alone(tokens[index - 2])))
                  and close + 1 < count and tokens[close + 1] in _HEADER_ENDS and _code_name(tokens[name])):
                # a name of code alone in round brackets after the level's thread in square
                # ones, right before the head's end (log4j's %p [%t] (%c) - %m: INFO [<*>]
                # (o.a.q.s.Broker) - …): the class that logs, as a bare name there; the bracket
                # before it a thread (two square brackets there are the logger's and the thread's,
                # SeaTunnel's [%c] [%t] -, the first kept)
                logger = name
            index = close + 1
            continue
        if index + 2 < count and tokens[index + 1] == "=" and (not level or (
                logger < 0 and _value_alone(tokens[index + 2]) and _has_alnum(token))):
            # (metadata before the level: Elixir's project=<*> user=<*> [debug] …; or a key of
            # the head and its value after it, before the logger: <time> INFO pid=<*> nomad: …,
            # a field every record prints, no word of the message)
            index += 3
            continue
        if token == "|":
            index += 1  # (a mark between fields: NLog's <time>|INFO|<logger>|<message>)
            continue
        if token != "---" and not _value_alone(token):
            if (level and index + 4 < count and tokens[index + 1] == "("
                    and tokens[index + 2] == WILDCARD and tokens[index + 3] == ")" and token[:1].isupper()
                    and ((logger < 0 and tokens[index - 1] in HEAD_LEVELS)
                         or (index > 1 and tokens[index - 2] in HEAD_LEVELS and (
                             logger == index - 1 or (logger < 0 and _value_alone(tokens[index - 1])))))):
                # (a type's value after the level: tracing's INFO ThreadId(<*>) target: …, the
                # thread's name before it or not, INFO main ThreadId(<*>) target: …)
                logger = -1
                index += 4
                continue
            if not level and (token in HEAD_LEVELS or token in CAPS_LEVELS or (token in LEVEL_LETTERS and (
                    logger < 0 or (index == logger_end + 1 and (
                        logger_end > logger or "." in tokens[logger].strip(".")))))):
                # (a level's letter before the logger, or right after its module path or
                # qualified name: <time> acme::blob D [<id>] - <message>)
                level = True
            elif not level and logger < 0 and token.rpartition(".")[2] in HEAD_LEVELS and "." in token:
                level = True  # (a channel and its level: Monolog's app.ERROR, the channel the logger)
                logger = index
            elif logger < 0:
                logger = index
                while index + 3 < count and tokens[index + 1] == ":" and tokens[index + 2] == ":":
                    index += 3  # (a module path: app::db)
                logger_end = index
            elif logger == before and index + 1 < count and tokens[index + 1] in _HEADER_ENDS:
                logger = index  # (the logger after the level: the name in brackets a thread)
            elif in_bracket and tokens[index - 1] in _CLOSING_BRACKETS:
                return index - 1, logger  # the message after the brackets of the head
            elif (level and index == logger_end + 1 and index + 1 < count and tokens[index + 1] == ":"
                  and (logger_end > logger or "." in tokens[logger].strip(".")) and _tag_name(token)):
                # a component's tag and its colon right after the logger's qualified name or
                # module path (a named sub-logger: <time> INFO app.db raft: <message>): the head
                # ends there (after a plain word the two are the message's: ERROR charge power:)
                return index + 1, logger
            else:
                return -1, -1  # (a word of the message: no header)
        index += 1
    return -1, -1


def _past_target_line(tokens: list[str], colon: int) -> int:
    """Where the header ends when its colon at ``colon`` closes a module path, the logger's:
    after the call site's line and its colon when they follow (tracing-subscriber's
    ``with_line_number``, ``WARN app::db: 87: <message>``; masking's
    ``target_line_location`` kept the line's digits), else at ``colon``."""
    if (colon > 2 and colon + 2 < len(tokens) and tokens[colon + 2] == ":" and tokens[colon + 1].isdigit()
            and tokens[colon - 2] == ":" and tokens[colon - 3] == ":"):
        return colon + 2
    return colon


_CLOSING_BRACKETS: Final = frozenset(_BRACKETS.values())
_CAPS_TAG: Final = re.compile(r"[A-Z][A-Z0-9_]+")  # a subsystem's tag (CAMPAIGN, SSL)


def _head_bracket(tokens: list[str], start: int, close: int) -> tuple[bool, int]:
    """What a bracket of the head holds, from ``start`` to ``close``: whether a level, with
    values, colons and at most one name beside it (``[<*> INF]``, ``[core:info]``, ``[<*>
    INFO app::db]``, alone in parentheses too: Serilog's ``[<*> WRN (App.Db)]``, round 38,
    r36a), and where that name is (-1: none; a module path, ``app::db``, is one)."""
    level = False
    name = -1
    at = start
    while at < close:
        token = tokens[at]
        if token in HEAD_LEVELS and not level:
            level = True
        elif (token == "(" and name < 0 and at + 2 < close and tokens[at + 2] == ")"
              and _has_alnum(tokens[at + 1]) and not _value_alone(tokens[at + 1])):
            name = at + 1  # (a name in parentheses: Serilog's [<time> <level> (<SourceContext>)])
            at += 2
        elif token != ":" and not _value_alone(token):
            if name >= 0 or not _has_alnum(token):
                return False, -1
            name = at
            while at + 3 < close and tokens[at + 1] == ":" and tokens[at + 2] == ":":
                at += 3  # (a module path: crate::module)
        at += 1
    return level, name


def _module_path_end(tokens: list[str], at: int) -> int:
    """Where a module path that starts at ``at`` ends (``app::db::pool``: the index after
    its last name), or -1 when none starts there (a name and ``::`` at least)."""
    end = at
    while end + 3 < len(tokens) and tokens[end + 1] == ":" and tokens[end + 2] == ":" and _has_alnum(
            tokens[end + 3]):
        end += 3
    return end + 1 if end > at and _has_alnum(tokens[at]) else -1


def _named_after_level_colon(tokens: list[str], at: int) -> int:
    """Where the head ends when a logger's name and its event id follow the level's colon
    at ``at`` (.NET's console ``info: App.Db[<*>] <message>``), or -1. A name and a colon
    alone there (``INFO: photos/a.jpg: Copied``) are as often what the message is about,
    which varies (``prefix_at``), as the logger's (Python's ``INFO:app.db:<message>``)."""
    count = len(tokens)
    if at + 1 >= count or _value_alone(tokens[at]) or not _has_alnum(tokens[at]):
        return -1
    if tokens[at] in HEAD_LEVELS:
        return -1
    name_end = at
    while name_end + 3 < count and tokens[name_end + 1] == ":" and tokens[name_end + 2] == ":":
        name_end += 3  # (a module path)
    after = name_end + 1
    if after >= count:
        return -1
    if (tokens[after] == "[" and after + 3 < count and tokens[after + 2] == "]"
            and _value_alone(tokens[after + 1])):
        return after + 2
    return -1


def _logger_and_field_after_level_colon(tokens: list[str], at: int) -> int:
    """Where the head ends when a logger's name, a colon, one more field (a thread) and its
    colon follow the level's colon at ``at`` (Jetty's ``INFO:oejs.Server:main: <message>``),
    or -1. The name must read as a class's or module's (a capital first, or qualified): a
    name and a colon alone are as often what the message is about (``_named_after_level_colon``)."""
    if at + 4 >= len(tokens):
        return -1
    name, field = tokens[at], tokens[at + 2]
    if (tokens[at + 1] != ":" or tokens[at + 3] != ":" or name in HEAD_LEVELS or _value_alone(name)
            or not (name[0].isupper() or "." in name.strip(".")) or not _has_alnum(name)
            or field == ":" or field in _BRACKETS or field in _CLOSING_BRACKETS):
        return -1
    return at + 3


def _code_name(token: str) -> bool:
    """Whether ``token`` reads as a name of code, a class's or a function's, as a logger
    prints it (``Example.Cache.CacheManager``, ``CacheManager``, ``echo_thread_func``): no
    value and no plain lower-case word (``alice``, a thing's name, ``TAG_WORD``)."""
    return (not _value_alone(token) and _has_alnum(token)
            and TAG_WORD.fullmatch(token) is None)


# a plain lower-case word, dashed or not (``alice``, ``raft``, ``util-ebpf``): a thing's name
# or a component's tag, no name of code
TAG_WORD: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", re.ASCII)


def tag_word(name: str) -> bool:
    """Whether ``name`` is a plain lower-case word, dashed or not, that is no verb's form
    (``raft``, ``cache``, ``util-ebpf``, ``sched``; not ``exiting``): a component's tag, as
    Go's named loggers and Python's ``%(name)s`` print it after the level (``<time> INFO
    raft: <message>``), each of whose messages is its own event. A C function's name
    (``__func__``) that logs is mostly snake case or camel case (``ares_parse_soa``,
    ``putHashes``), a dash never in it; a verb's form is the message's own word (``exiting:
    <reason>``)."""
    return TAG_WORD.fullmatch(name) is not None and not verb_form(name)


def verb_form(word: str) -> bool:
    """Whether a word reads as a verb's form: ``-ing`` or ``-ed`` after a stem that holds a
    vowel, as every English stem does (``exiting``, ``closed``, ``Loading``); not an
    abbreviated name that ends so (``sched``, ``ping``: a component's tag). The one reading
    of a verb's form where a name that opens a message is told from the message's own word
    (tag_word, runs' component tags and loggers' names)."""
    stem = word[:-3] if word.endswith("ing") else word[:-2] if word.endswith("ed") else ""
    return any([letter in "aeiouyAEIOUY" for letter in stem])


def _tag_name(token: str) -> bool:
    """Whether ``token`` is a plain lower-case word that is no level, no verb's form and no
    message's key, or such words dotted (``raft``, ``nomad``, ``client.alloc``; not
    ``error``, ``exiting``, ``message``, whose colon introduces the message as a value): a
    component's tag, a named logger's path."""
    return (all([tag_word(part) for part in token.split(".")])
            and not is_level_word(token) and token not in MESSAGE_FIELD_KEYS)


def _value_alone(token: str) -> bool:
    """Whether ``token`` is values and marks alone (``<*>``, ``<*>.<*>``, ``<*>:<*>``: a time,
    a process and thread): a value of the head, however the masker cut it."""
    return token == WILDCARD or (WILDCARD in token and not _has_alnum(token.replace(WILDCARD, "")))


# what ends a record's head before its message: a colon, a spaced dash or two (logback's
# ``%logger -- %msg``)
_HEADER_ENDS: Final = frozenset(("-", "--", ":"))
_LEVEL_FORMS: Final = LEVEL_FORMS



def kept_location_at(tokens: list[str]) -> int:
    """Where ``_one_kept_location_at`` reads a kept code location's line in ``tokens`` (a
    number after a colon, at 2 to 9), or -1: a pure function of the message's tokens, asked
    once for the templates it is scored against, not in each ``score`` (round 31, speed24)."""
    end = min(len(tokens), 10)
    for at in range(2, end):
        if tokens[at - 1] == ":" and tokens[at].isdigit():
            return at
    return -1


def _one_kept_location_at(template: list[str], tokens: list[str], at: int) -> bool:
    """Whether ``template`` and ``tokens`` open with one head, up to a code location's line
    at ``at`` (``kept_location_at``) that masking kept (a file's or a class's name, its colon
    and its digits, in the first ten tokens: a number masking left is a line it kept), and
    differ after it by values
    only: one call site, whatever words it printed. Not where a word that names the
    pattern differs: an HTTP status's class, a state (in capitals, a state's adjective, a
    verb's two forms: ``paused`` / ``draining``)."""
    if template[at] != tokens[at]:
        return False
    for before in range(at):
        a = template[before]
        if a != tokens[before] and a != WILDCARD and tokens[before] != WILDCARD:
            return False
    colon = False
    for after in range(at + 2, len(tokens)):
        a = template[after]
        b = tokens[after]
        if a == b:
            colon = colon or a == ":"
        elif (colon or status_class_word(a) or status_class_word(b) or _CAPS.fullmatch(a)
              or _CAPS.fullmatch(b) or a in STATE_WORDS or b in STATE_WORDS
              or (verb_form(a) and verb_form(b))):
            # (a status's class, a state, a verb's two forms: the pattern's own; a
            # cause after a colon of the message, folded as elsewhere)
            return False
    return True


def json_call_site_at(tokens: list[str], at: int) -> bool:
    """Whether the word at ``at`` (after a quote or a colon, at 4 or later) is a JSON record's
    source file or line as masking keeps them (``masking._json_event_values``:
    ``"caller":"x.go:42"``, ``"code.filepath":"/x/y.go"``, ``"code.lineno":208`` after such a
    file), or its logger's name under a logger's key (``"context":"MailProcessor"``): the call
    site's, so two of them are two call sites (round 31, json). Masking keeps a line key's
    number only after a source file it kept, a value under a source key only when it is a
    source file's path, and one under a logger's key only when it is a name of code."""
    word = tokens[at]
    if tokens[at - 1] == '"':  # "key":"<file>"
        return (tokens[at - 2] == ":" and tokens[at - 3] == '"' and at + 1 < len(tokens)
                and tokens[at + 1] == '"' and (("." in word and json_source_key(tokens[at - 4]))
                                               # (or a logger's name under its key, kept by
                                               # masking._json_logger_values: round 33, r31a)
                                               or json_logger_key(tokens[at - 4])))
    # "key":<line> (the line of a file kept before it)
    return (word.isdigit() and tokens[at - 2] == '"' and at + 1 < len(tokens)
            and (tokens[at + 1] == "," or tokens[at + 1] == "}") and json_line_key(tokens[at - 3]))


def _two_call_site_locations(tokens: list[str], template: list[str], index: int, a: str, b: str) -> bool:
    """Whether the two different words ``a`` (the line's) and ``b`` (the template's) at
    ``index`` are where two call sites are, in code locations masking kept with their lines
    (``score``'s one reader of them): two files, their lines apart (a key's
    ``caller=x.go:174``, masking's ``_keyed_head_value``) or glued to them (``zm_comms.cpp/99``,
    ``masking.slash_line_location``), whatever the lines; or two lines of one file that opens
    the record, or of one function or class in the location that closes it
    (``(module:function/1:79)``, ``(pkg.Class:172)``)."""
    if module_line_at(tokens, index) and module_line_at(template, index):
        return True  # (two modules that close a head's bracket with their lines: ( movies : 77 ))
    if (index > 1 and tokens[index - 1] == ":" and tokens[index - 2] == "module"
            and report_module_at(tokens, index) and report_module_at(template, index)):
        return True  # (two modules of an Elixir report, module: Oban.Pruner / Oban.Stager)
    glued = a[-1:].isdigit() and b[-1:].isdigit()
    if ((glued or (index + 2 < len(tokens) and tokens[index + 1] == ":" and template[index + 1] == ":"))
            and location_file_at(tokens, index) and location_file_at(template, index)):
        return True
    return index > 1 and (a.isdigit() or _closing_line(tokens, index)) and (
        b.isdigit() or _closing_line(template, index)) and (
        location_file_at(tokens, index - 2)
        or (index == len(tokens) - 2 and closing_location_length(tokens) > 0)
        # (or the line alone after a Rust target's colon, tracing's app::db: 87: <message>,
        # masking's target_line_location)
        or (index > 3 and _past_target_line(tokens, index - 1) == index + 1)
        # (or a class's line before the head's dash, log4j's %c{1}:%L - %m, masking's
        # _class_line_at)
        or (index + 1 < len(tokens) and tokens[index + 1] == "-" and tokens[index - 1] == ":"
            and _JAVA_CLASS.fullmatch(tokens[index - 2]) is not None)
        # (or a module's line that closes a bracket of the head, Python's
        # %(module)s:%(lineno)d, masking._bracketed_module_line_at)
        or (tokens[index - 1] == ":" and module_line_at(tokens, index - 2)
            and module_line_at(template, index - 2)))


# a Python module's name, its package's dotted before it or not (%(module)s, %(name)s)
_MODULE_NAME: Final = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*", re.ASCII)


def module_line_at(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a module's name before its colon and its line, which close a
    bracket (``( movies : 77 )``, ``[ web : 2250 ]``): a line masking kept
    (``masking._bracketed_module_line_at``; a number it left is a line it kept), one call
    site's place in the record's head."""
    return (at + 3 < len(tokens) and tokens[at + 1] == ":" and tokens[at + 2].isdigit()
            and (tokens[at + 3] == ")" or tokens[at + 3] == "]")
            and _MODULE_NAME.fullmatch(tokens[at]) is not None)


# a Java class's name, its package's parts before it or not (log4j's %c{1}, %c, %C)
_JAVA_CLASS: Final = re.compile(r"(?:[a-z]\w*\.)*[A-Z]\w*[a-z]\w*", re.ASCII)


# a logger's dotted name, a module's path (``pulpcore.tasking.worker``, Jetty's ``oejs.Server``)
_DOTTED_NAME: Final = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+", re.ASCII)


def _logger_by_level(a: str, b: str) -> bool:
    """Whether two words are both a dotted name, as a logger's is printed glued by a colon
    to the record's level (Python's ``%(name)s:%(levelname)s: %(message)s``: ``pulp [<id>]:
    pulpcore.tasking.worker:INFO: …``): the module that logs, one per call site, so two of
    them are two call sites however alike their messages (two worker modules' ``Task process
    for <*> exited …``)."""
    return ("." in a and "." in b and _DOTTED_NAME.fullmatch(a) is not None
            and _DOTTED_NAME.fullmatch(b) is not None)


def _logger_names(a: str, b: str) -> bool:
    """Whether two words are both a logger's name as loggers print one: a qualified name
    (``o.s.b.w.GracefulShutdown``, ``API.Data.Migrations.MigrateRange``) or a source file's
    (``account-store.ts``)."""
    return bool(name_shapes(a) & name_shapes(b) & _IS_QUALIFIED) or (
        SOURCE_FILE.fullmatch(a) is not None and SOURCE_FILE.fullmatch(b) is not None)


def _qualified_pair(a: str, ka: int, b: str, kb: int, tokens: list[str], at: int, before: str) -> bool:
    """Whether two different words name things of one kind: qualified or code names, two
    hyphenated names or one and a plain word (``hyphenated_name_pair``; states in capitals
    never do). A code name before a colon is a label saying where the
    event happens (``probe: eth_setup: …``), as a two-label name is; it stays a word, but
    after two words of a sentence (``_inside_a_sentence``)."""
    if ka == CAPS or kb == CAPS:
        return False
    names_a = _NAMES.get(a)
    if names_a is None:
        names_a = _names(a)
    names_b = _NAMES.get(b)
    if names_b is None:
        names_b = _names(b)
    if names_a & names_b & _IS_QUALIFIED:
        return True
    if at + 1 < len(tokens) and tokens[at + 1] == ":" and not (
            at + 3 == len(tokens) and tokens[-1] == WILDCARD and FAILURE.search(" ".join(tokens[:at]))):
        # (but the operand of a failure before its cause: Error trying to stop orders_v2: <*>;
        # and a name of code after two words of a sentence, the object of its verb or noun:
        # Trying to start ssl_connection: <*>, for Lua dictionary uploads_search: …)
        return bool((names_a | names_b) & _IS_CODE_NAME) and _inside_a_sentence(tokens, at)
    if (names_a | names_b) & _IS_CODE_NAME:
        return True
    return (bool(names_a & names_b & _IS_HYPHENATED) or hyphenated_name_pair(a, b)
            or _proper_name_pair(a, b, tokens, at, before))


def _inside_a_sentence(tokens: list[str], at: int) -> bool:
    """Whether two words come right before ``tokens[at]``: a name there is the object of a
    sentence's verb or noun (``Trying to start ssl_connection: <*>``), not a label saying
    where the event happens, which opens the message or follows another label or a tag
    (``probe eth_setup: link up``, ``[x] fn_name: …``)."""
    return at > 1 and tokens[at - 1].isalpha() and tokens[at - 2].isalpha()


_IS_QUALIFIED: Final = 1
_IS_CODE_NAME: Final = 2
_IS_HYPHENATED: Final = 4
# token -> which of the three shapes above it has: words recur from message to message,
# and a lookup is cheaper than three regexes. Bounded: tokens of up to _NAME_CHARS
# characters (about 1 MB in all), cleared when full; one for every miner of the process.
_NAMES: Final[dict[str, int]] = {}
_NAMES_SIZE: Final = 8192
_NAME_CHARS: Final = 100


def name_shapes(token: str) -> int:
    """Which shapes of a name ``token`` has (0: a plain word; ``_IS_CODE_NAME`` among them:
    a name of code, which :func:`score` lets differ from a plain word), remembered."""
    names = _NAMES.get(token)
    return _names(token) if names is None else names


IS_CODE_NAME: Final = _IS_CODE_NAME


def _names(token: str) -> int:
    """Which shapes of a name ``token`` has (_IS_QUALIFIED, _IS_CODE_NAME, _IS_HYPHENATED), remembered."""
    if COMPILED_HERE:
        names = name_shapes_read(token)  # (the regexes' answers, read without the engine)
    else:
        # (each regex asked only where the marks it needs are: three labels need two dots; a
        # name of code a mark of code or a capital first; a hyphenated name a dash)
        coded = "_" in token or "." in token or "/" in token or "A" <= token[:1] <= "Z"
        names = ((_IS_QUALIFIED if token.count(".") > 1 and _QUALIFIED.fullmatch(token) else 0)
                 | (_IS_CODE_NAME if coded and _CODE_NAME.fullmatch(token) else 0)
                 | (_IS_HYPHENATED if "-" in token and _HYPHENATED.fullmatch(token) else 0))
    if len(token) <= _NAME_CHARS:
        if len(_NAMES) >= _NAMES_SIZE:
            _NAMES.clear()
        _NAMES[token] = names
    return names


def name_shapes_read(token: str) -> int:
    """The shapes ``_QUALIFIED``, ``_CODE_NAME`` and ``_HYPHENATED`` give ``token`` (their
    ``fullmatch``), read in one compiled pass over its characters, or two where it ends with a
    stop: compiled, each regex is a generic method call and the engine's setup (some 5,000
    instructions a word new to ``_NAMES``; docs/patterns.md, Speed, round 29). Each regex
    ends with an optional stop (``\\.?``): a word matches where it does whole, or without its
    last stop. As Python ``_names`` asks the regexes (cheaper there)."""
    size: i64 = len(token)
    shapes = _name_shapes_whole(token, size)
    if size > 1 and token[size - 1] == ".":
        shapes |= _name_shapes_whole(token, size - 1)
    return shapes


def _name_shapes_whole(token: str, size: i64) -> int:
    """The shapes ``token[:size]`` has as the three regexes read it without their closing
    stop. Every class they hold is ASCII (``re.ASCII``): letters, digits and ``_ . - / $``;
    another character matches none.

    - ``_QUALIFIED``: three labels or more joined by dots, each opening with a letter, ``_``
      or ``$`` (then ``\\w``, ``$``, ``-``), no slash;
    - ``_CODE_NAME``: snake_case (a small letter first, small letters, digits and single
      inner ``_``), a dotted name (a small letter first, one dot and a small letter after it,
      small letters, digits, ``_`` and ``-``), CamelCase (two capitals or more, each followed
      by a small letter or a digit, nothing else), or two names joined by one slash (each
      opening with a letter; ``\\w``, ``.`` and ``-`` after it) that hold a ``-``, ``_`` or
      ``.`` before a ``\\w`` (the lookahead);
    - ``_HYPHENATED``: a small letter first, small letters, digits and single inner dashes."""
    if size <= 0:
        return 0
    lowers: i64 = 0
    uppers: i64 = 0
    unders: i64 = 0
    dots: i64 = 0
    dashes: i64 = 0
    slashes: i64 = 0
    dollars: i64 = 0
    doubled = False  # two capitals, two underscores or two dashes in a row
    mark_before_word = False  # a -, _ or . right before a \w character (_CODE_NAME's lookahead)
    label_opens = True  # each character after a dot may open a label (a letter, _ or $)
    small_after_dot = True  # and is a small letter (a dotted name)
    letter_after_slash = True
    previous: i64 = 0
    for at in range(size):
        c: i64 = ord(token[at])
        word = True  # (\w)
        if 97 <= c <= 122:
            lowers += 1
        elif 65 <= c <= 90:
            uppers += 1
            doubled = doubled or 65 <= previous <= 90
        elif 48 <= c <= 57:
            pass
        elif c == 95:
            unders += 1
            doubled = doubled or previous == 95
        elif c == 46:
            dots += 1
            word = False
        elif c == 45:
            dashes += 1
            doubled = doubled or previous == 45
            word = False
        elif c == 47:
            slashes += 1
            word = False
        elif c == 36:
            dollars += 1
            word = False
        else:
            return 0  # (no class of the three holds it)
        letter = 97 <= c <= 122 or 65 <= c <= 90
        if word and (previous == 45 or previous == 95 or previous == 46):
            mark_before_word = True
        if previous == 46:
            label_opens = label_opens and (letter or c == 95 or c == 36)
            small_after_dot = small_after_dot and 97 <= c <= 122
        elif previous == 47:
            letter_after_slash = letter_after_slash and letter
        previous = c
    first: i64 = ord(token[0])
    last = previous
    small_first = 97 <= first <= 122
    letter_first = small_first or 65 <= first <= 90
    shapes = 0
    if (dots >= 2 and slashes == 0 and label_opens and last != 46
            and (letter_first or first == 95 or first == 36)):
        shapes |= _IS_QUALIFIED
    marks = unders + dots + dashes + slashes + dollars
    if ((small_first and uppers == 0 and marks == unders and unders > 0 and not doubled and last != 95)
            or (small_first and uppers == 0 and dots == 1 and slashes == 0 and dollars == 0
                and small_after_dot and last != 46)
            or (65 <= first <= 90 and marks == 0 and uppers >= 2 and not doubled and not 65 <= last <= 90)
            or (slashes == 1 and dollars == 0 and letter_first and letter_after_slash and last != 47
                and mark_before_word)):
        shapes |= _IS_CODE_NAME
    if small_first and uppers == 0 and marks == dashes and dashes > 0 and not doubled and last != 45:
        shapes |= _IS_HYPHENATED
    return shapes


def varying(tokens: list[str], kinds: list[int]) -> list[int]:
    """The positions of the words that could become a variable by :func:`score`'s rule
    when another record of the event has another word there (``may_vary``, in one pass)."""
    out = []
    previous = ""
    for at, token in enumerate(tokens):
        kind = kinds[at]
        if kind == WORD or kind == TITLE:  # noqa: SIM109 (two compares are cheaper here)
            if previous in _VALUE_CUES:  # (cue_at, inlined: tokens never hold ":" or "=")
                if previous == ":" and operation_before_failure(tokens, at):
                    pass  # the name of what failed (IOERROR: fsync failed: <*>): the call site's
                elif previous in _QUOTES:
                    if cue_at(tokens, at) and (len(token) > _FUNCTION_CUE_CHARS
                                               or token.lower() not in FUNCTION_CUES):
                        out.append(at)
                # (a word longer than every function cue is none, lowered or not: lower() makes
                # no text shorter; many words after a cue are, and their lower() makes a new str)
                elif len(token) > _FUNCTION_CUE_CHARS or token.lower() not in FUNCTION_CUES:
                    out.append(at)
            elif kind == WORD and ("_" in token or "." in token or not _is_lower(token)) and may_vary(
                    tokens, kinds, at):
                out.append(at)  # a name of code (rare: decided by the regexes of may_vary)
        elif (kind == CAPS and previous in _KEY_MARKS and not status_class_word(token)
              and not (previous == ":" and operation_before_failure(tokens, at))):
            out.append(at)
        previous = token
    return out


def _is_lower(token: str) -> bool:
    """``token.islower()``; compiled, a word of ASCII letters is read by ``letter_case`` (no
    generic call of the method): lower case, or a capital in it."""
    if COMPILED_HERE:
        case = letter_case(token)
        if case == LOWER:
            return True
        if case == UPPER or case == CAPITALISED or case == MIXED_CASE:  # noqa: SIM109 (compares, compiled)
            return False
    return token.islower()


def may_vary(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether the word ``tokens[at]`` could become a variable by :func:`score`'s rule when
    another record of its event has another word there: a word introduced as a value, a
    qualified or code name, a state after a key mark."""
    kind = kinds[at]
    token = tokens[at]
    previous = tokens[at - 1] if at else ""
    if previous == ":" and operation_before_failure(tokens, at):
        return False  # the name of what failed (IOERROR: fsync failed: <*>): the call site's
    if kind == CAPS:
        return previous in _KEY_MARKS and not status_class_word(token)
    if kind != WORD and kind != TITLE:
        return False
    if previous in _QUOTES:
        cued = cue_at(tokens, at)
    else:  # (cue_at, inlined for the common case)
        cued = previous == "=" or previous in CUE_MARKS or cue_word(previous)
    if cued:
        return token.lower() not in FUNCTION_CUES  # a preposition (from, for) is the event's own
    if plain_word(token):
        return False  # a plain word (most): not a name of code
    # (name_shapes asks the same two regexes under the same conditions, _CODE_NAME's every
    # alternative needing a mark of code or a capital first, and remembers the answers: a
    # word recurs, and each regex is a generic method call of some 5,000 instructions)
    names = name_shapes(token)
    if names & _IS_QUALIFIED:
        return True
    if at + 1 < len(tokens) and tokens[at + 1] == ":":
        return False
    return names & _IS_CODE_NAME != 0


def _no_words(kinds: list[int]) -> bool:
    return all(kind in (WILD, PUNCT) for kind in kinds)


def fits_other_length(
    template: list[str], template_kinds: list[int], tokens: list[str], kinds: list[int]
) -> int | None:
    """Where ``tokens`` is ``template`` with one short run of values of another length (the
    index where the two part), or None if it is not.

    Both must agree before and after one place where one side has nothing and the
    other one value (``()`` / ``(<*>)``), or one side a value and the other up to four
    tokens made of values, punctuation and at most one word introduced as a value
    (``ws=<*>`` / ``ws=Owner{<*>}``), or one value against a run of values after it
    (``CLI: <*>`` / ``CLI: <*> <*> <*>``, ``_values_alone``). At least two constant words
    must be shared around it (one around a run of values alone). Around that place they
    *agree* as :func:`score` would have them agree at one length: a value may stand for a
    word and an introduced word for another, as long as the constant words shared keep
    ``SIMILARITY`` of the differences (a record that differs in length at one place and in
    values elsewhere is still one event).
    """
    m: i64 = len(template)
    n: i64 = len(tokens)
    limit: i64 = m if m < n else n
    head: i64 = 0
    tail: i64 = 0
    differ = 0.0
    checked = False  # (the bound of _may_cover asked)
    # (equal tokens agree at no cost: no call; nor a difference whose neighbour in the
    # scan's direction differs too, which _agree refuses first: most candidates stop so)
    while head < limit:
        if template[head] != tokens[head]:
            if head + 1 >= limit or template[head + 1] != tokens[head + 1]:
                break
            if not checked:
                # (before the first _agree only: most candidates of a line never seen cannot
                # cover it, and a candidate that needs no _agree pays no bound)
                if not _may_cover(template, template_kinds, tokens, kinds, head, 0, True):
                    return None
                checked = True
            # (each side an argument of its own: a call with ``*`` is a generic one compiled,
            # its tuple made and unpacked and the function looked up, some 700 instructions)
            cost = _agree(template, template_kinds, tokens, kinds, head, head, 1)
            if cost is None:
                break
            differ += cost
        head += 1
    while tail < limit - head:
        if template[m - tail - 1] != tokens[n - tail - 1]:
            if tail + 2 > limit or template[m - tail - 2] != tokens[n - tail - 2]:
                break
            if not checked:
                if not _may_cover(template, template_kinds, tokens, kinds, head, tail, False):
                    return None
                checked = True
            cost = _agree(template, template_kinds, tokens, kinds, m - tail - 1, n - tail - 1, -1)
            if cost is None:
                break
            differ += cost
        tail += 1
    if limit - head - tail > 1:
        return None  # the shorter side differs in two places or more (most candidates)
    if m < n:
        short_kinds, long_side, long_side_kinds = template_kinds[head:m - tail], tokens, kinds
        long_tokens, long_kinds = tokens[head:n - tail], kinds[head:n - tail]
    else:
        short_kinds, long_side, long_side_kinds = kinds[head:n - tail], template, template_kinds
        long_tokens, long_kinds = template[head:m - tail], template_kinds[head:m - tail]
    if short_kinds:
        # a replacement: one value against up to four tokens
        if len(short_kinds) > 1 or len(long_kinds) > 4 or short_kinds[0] != WILD:
            return None
        if ":" in long_tokens and (template if m < n else tokens)[head].endswith(WILDCARD + "."):
            # a sentence that ends with its value and its stop (found in <*>.) is not one whose
            # value a label's colon and what follows it come after (found in <*>: <*>): two
            # call sites, the one's stop no part of the other's value
            return None
    elif len(long_tokens) != 1 and not _bracketed(long_tokens) and not (
            head and (kinds if m < n else template_kinds)[head - 1] == WILD and _values_alone(long_kinds)):
        # an insertion: one value, or one value or word in brackets, an annotation some
        # records carry and others do not (``killed process 12 (java)`` / ``… 13``); or
        # values after one (_values_alone)
        return None
    if (not short_kinds and head and long_tokens[0] == "(" and long_side[head - 1] in HEAD_LEVELS
            and head + len(long_tokens) < len(long_side) and long_side[head + len(long_tokens)] == ":"
            and all([kind == WILD for kind in long_side_kinds[:head - 1]])):
        # a scope in brackets between the record's level and its colon (Zig's std.log,
        # ``error(wm): …``; the default scope prints none, ``error: …``): the logger's name,
        # which the other record lacks, no annotation some records carry
        return None
    if (not short_kinds and len(long_kinds) == 1
            and _one_token_is_own(long_side, long_side_kinds, head, long_kinds[0])):
        return None  # (one token the other record lacks, its call site's own)
    words = 0
    for offset, kind in enumerate(long_kinds):
        if kind in (WILD, MIXED, PUNCT):
            continue
        words += 1
        if words > 1 or kind in (CAPS, STRONG):
            return None
        if not short_kinds and len(long_tokens) == 1 and (
                _alone_in_brackets(long_side, head) or _part_of_value(long_side, long_side_kinds, head)):
            continue  # [x] / [ ]: a mark present or not; tzdata <*> / <*>: a value in two parts
        cost = cue_at(long_side, head + offset)
        if not cost:
            return None
        differ += cost
    shared = 0
    for index in range(head):
        if template[index] == tokens[index] and WORD <= template_kinds[index] < PUNCT:
            shared += 1
    for index in range(1, tail + 1):
        if template[m - index] == tokens[n - index] and WORD <= template_kinds[m - index] < PUNCT:
            shared += 1
    if shared < 2 and not (shared and not words and _values_alone(long_kinds)):
        return None
    return head if shared >= SIMILARITY * (shared + differ) else None


def _one_token_is_own(side: list[str], side_kinds: list[int], head: int, kind: int) -> bool:
    """Whether the one token (of ``kind``) that a record has at ``head`` of ``side`` where the
    other record has none is a word or mark of its own call site's, no value one record lacks
    (``fits_other_length``)."""
    if (kind in (WORD, TITLE) and head + 1 < len(side) and side[head + 1] == ":" and head
            and WORD <= side_kinds[head - 1] < PUNCT):
        # a word between a label's word and its colon, where the other record has the colon
        # right after that word (``Database User: <*> created`` / ``Database: <*> created``):
        # two labels, each its call site's, not the naming word's value present or not (the
        # value a label names follows its colon; round 37, r35a); after a value, a word there
        # may be the value's other part (``SSO <*>: …`` read as ``<*>: …``)
        return True
    if (kind <= MIXED and head and head + 1 < len(side) and WORD <= side_kinds[head - 1] <= TITLE
            and side_kinds[head + 1] == WORD and not cue_word(side[head - 1])):
        # a value between two words of a sentence, the next one lower-case and the one before
        # no naming word, where the other record has the two words together (``Invalid phase1
        # certificate reference`` / ``Invalid certificate reference``): a word of each call
        # site's, not a value one record lacks (round 37, r35c); after a naming word the value
        # it names may be empty (``routing key  via exchange``)
        return True
    if (kind == WORD and head and head + 1 < len(side) and WORD <= side_kinds[head - 1] <= TITLE
            and side_kinds[head + 1] == WORD and side[head].isalpha() and side[head].islower()
            and not naming_word(side[head - 1])):
        # a word of small letters between two words of a sentence, where the other record has
        # the two together (``change owner of error output file`` / ``… of output file``): a
        # word of each call site's; a value one record lacks leaves its spaces (``of  output``),
        # and after a naming word the value it names may be one word or none (round 40, r38a)
        return True
    if (kind == TITLE and head > 1 and side[head - 1] == ":" and WORD <= side_kinds[head - 2] < PUNCT
            and head + 1 < len(side) and side_kinds[head + 1] == TITLE):
        # a capitalised word right after a label's colon, before the capitalised word the
        # other record's message opens with there (``AP: Root Search OK`` / ``AP: Search
        # OK``): the first word of a sentence, each call site's, not a value one record lacks
        # (round 38, r36a)
        return True
    if kind == WORD and side[head] in _NEGATIONS:
        return True  # (a negation the other record lacks: one_negation_apart)
    # a mark alone where the other has nothing is no value: each call site writes its own
    # (… started in app boot: announces the lines after it, … app boot does not)
    return kind == PUNCT


# the words that negate a sentence's verb (one_negation_apart); not ``no``, which qualifies a
# noun, as a format's value as often (core-lightning's ``(%spayment_secret)`` with ``no `` or
# nothing: one call site)
_NEGATIONS: Final = frozenset(("not", "never", "Not", "Never", "NOT", "NEVER"))


def one_negation_apart(run: list[str], other: list[str]) -> bool:
    """Whether two runs of tokens at one place of two records are one run but for a negation
    the one holds and the other lacks (``<*> not`` / ``<*>``: ``Segment <*> of <*> not
    received by peer`` / ``Segment <*> of <*> received by peer``): the sentence says the
    opposite, each call site's, no value one record lacks nor one value in words (round 39,
    r37b; ``fits_other_length``'s ``_one_token_is_own``, ``runs.inner_run_at``)."""
    if len(run) < len(other):
        run, other = other, run
    if len(run) != len(other) + 1:
        return False
    for at in range(len(run)):
        if run[at] in _NEGATIONS:
            return run[:at] + run[at + 1:] == other
    return False


def _values_alone(kinds: list[int]) -> bool:
    """Whether a run of tokens is values alone, two or more (``<*> <*> <*>``): the masker
    folds such a run into one value when every word of it is a value's shape, and leaves
    the names in it apart when one is not (``10.0.0.1:80 media-2 node-5`` / ``10.0.0.1:80
    media node-5``), so one value against it is the same value, after a single word too
    (``CLI: <*>``)."""
    return len(kinds) > 1 and all(kind == WILD for kind in kinds)


def _alone_in_brackets(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is all a bracket pair holds (``[x]``, where others have ``[ ]``;
    ``<carol>``, a name in angle brackets as C programs print one)."""
    return 0 < at < len(tokens) - 1 and _MARK_BRACKETS.get(tokens[at - 1]) == tokens[at + 1]


def annotation_at(tokens: list[str], spaced: list[bool], at: int) -> bool:
    """Whether ``tokens[at]`` is a word alone in brackets glued to the value before them
    (rspamd's ``#3(controller)``, ``cgroup 78(canary)``; ``spaced``: whether a space comes
    before each token): the name of what the value identifies, a process's type, a group's
    name, which goes with the value and so varies as it does, however often one comes. With
    a space before the bracket the word is a note of the sentence's, which may be the event's
    (``Generated <*> (solution)`` / ``… (default)``)."""
    return (1 < at < len(tokens) - 1 and not spaced[at - 1]
            and _BRACKETS.get(tokens[at - 1]) == tokens[at + 1] and WILDCARD in tokens[at - 2])


_NAME_WORD: Final = re.compile(r"[a-z][a-z0-9_.+-]*", re.ASCII)


def _part_of_value(tokens: list[str], kinds: list[int], at: int) -> bool:
    """Whether the word ``tokens[at]`` goes with the value right after it, as a name goes
    with its version (``tzdata 2024a`` where another record has ``libc6:amd64 2.31``, one
    value to the masker): a lower-case name, not a verb's form; or a name of code right
    after a value (``9 secondary.search`` where another has ``1 inventory-24``)."""
    word = tokens[at]
    if at and kinds[at - 1] == WILD and kinds[at] == WORD and (
            _CODE_NAME.fullmatch(word) or _HYPHENATED.fullmatch(word) or _QUALIFIED.fullmatch(word)):
        return True  # a name of code after a value (9 secondary.search / 1 inventory-24, one value)
    return (at + 1 < len(tokens) and kinds[at + 1] == WILD and tokens[at + 1] != OBJECT_VALUE
            and _NAME_WORD.fullmatch(word) is not None and not word.endswith(("ed", "ing")))


def _bracketed(run: list[str]) -> bool:
    """Whether ``run`` is one token between a pair of brackets."""
    return len(run) == 3 and _BRACKETS.get(run[0]) == run[2]


def _may_cover(template: list[str], template_kinds: list[int], tokens: list[str], kinds: list[int],
               head: i64, tail: i64, front: bool) -> bool:
    """Whether ``fits_other_length``'s two scans may cover all of the shorter side but one
    token, from where they are (``head`` and ``tail`` tokens agreed; ``front``: the scan from
    the front still goes on, else ``head`` is where it stopped): each scan as there, but
    stopped only where ``_agree`` refuses before its word rules (two differing tokens in a row,
    or a differing mark or mixed token on either side). Each scan reaches at least as far as
    its own, so False means the coverage test there fails."""
    m: i64 = len(template)
    n: i64 = len(tokens)
    limit: i64 = m if m < n else n
    while front and head < limit:
        if template[head] != tokens[head] and (
                head + 1 >= limit or template[head + 1] != tokens[head + 1]
                or template_kinds[head] == PUNCT or template_kinds[head] == MIXED
                or kinds[head] == PUNCT or kinds[head] == MIXED):
            break
        head += 1
    # (bounded by what the front left, as there: a shorter front lets that scan go on, but
    # never past the whole side, so the sum stays a bound)
    while tail < limit - head:
        a, b = m - tail - 1, n - tail - 1
        if template[a] != tokens[b] and (
                tail + 2 > limit or template[a - 1] != tokens[b - 1]
                or template_kinds[a] == PUNCT or template_kinds[a] == MIXED
                or kinds[b] == PUNCT or kinds[b] == MIXED):
            break
        tail += 1
    return limit - head - tail <= 1


def _agree(template: list[str], template_kinds: list[int], tokens: list[str], kinds: list[int],
           at: i64, to: i64, step: i64) -> float | None:
    """What it costs that template[at] covers tokens[to] (0 when equal or a template variable
    over a value or word), or None when it does not. Any difference needs the neighbour (in
    the scan's direction) to be equal, so that the scan does not slide past the place where
    the lengths differ."""
    a, b = template[at], tokens[to]
    if a == b:
        return 0.0
    ka, kb = template_kinds[at], kinds[to]
    if ka in (PUNCT, MIXED) or kb in (PUNCT, MIXED):
        return None
    following, other = at + step, to + step
    if not (0 <= following < len(template) and 0 <= other < len(tokens)):
        return None
    if template[following] != tokens[other]:
        return None
    if ka == WILD:
        return 0.0
    if kb == WILD:
        return 1.0
    if ka == STRONG or kb == STRONG or (ka == CAPS and kb == CAPS and not _keyed_state(tokens, to, a, b)):
        return None
    # Beside a difference of length, two words may differ only where a name or "=" says
    # a value follows: a mere mark (":", a bracket) is not evidence enough twice over.
    if cue_at(tokens, to) == STRONG_CUE or _qualified_pair(
            a, ka, b, kb, tokens, to, template[at - 1] if at else ""):
        return STRONG_CUE
    return None


def generalize(template: list[str], tokens: list[str]) -> list[str]:
    """The template with a variable wherever ``tokens`` differs from it."""
    return [a if a == b else WILDCARD for a, b in zip(template, tokens)]  # noqa: B905 (equal lengths; docs/patterns.md, Speed: strict= stops mypyc compiling the zip)
