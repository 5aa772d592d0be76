"""First stage of the miner: mask the obvious variables of a message in one regex pass.

``mask_statuses(text)`` is one pass of one precompiled regular expression, run in C by
``re.sub``: every value whose *shape* says it varies (numbers, hex, ips, host:port, paths,
urls, uuids, dates, durations and sizes with their unit, e-mail addresses, quoted values,
values of JSON and logfmt keys, identifiers mixing letters and digits, booleans) becomes
``<*>``; HTTP statuses become their class first (``http.py``). Its result is the key of
the miner's cache, so only this pass runs for a message whose masked form was seen
before. On a cache miss, ``causes.fold`` then folds the cause after a failure's colon into
one ``<*>`` (``causes.mask`` does both), and ``tokens.tokens`` cuts the result into tokens.

The masking must depend on digits only through their positions, never their values
(no ``[1-9]``): the miner's exact-text cache relies on ``digits_to_zero(a) ==
digits_to_zero(b)`` implying ``causes.mask(a) == causes.mask(b)``. The two exceptions, an
HTTP status's first digit and the line of a code location that opens the record, are read
by the miner from their positions (see miner._ByStatus).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from otlp_sampler.patterns import spelled
from otlp_sampler.patterns.http import METHODS, REQUEST_START, classify, may_start_request

if TYPE_CHECKING:
    # (compiled, a local or an argument of this type is a machine integer: the scans' places
    # and characters are read without the tagged int's checks; as Python it is an int)
    from mypy_extensions import i64

# The names of POSIX signals after their SIG (a closed set: SIGTERM, SIGTTIN, SIGWINCH).
_SIGNAL_NAMES: Final = (r"(?:HUP|INT|QUIT|ILL|TRAP|ABRT|IOT|BUS|FPE|KILL|SEGV|PIPE|ALRM|TERM|STKFLT"
                        r"|CHLD|CLD|CONT|STOP|TSTP|TTIN|TTOU|URG|XCPU|XFSZ|VTALRM|PROF|WINCH|IO|POLL|PWR"
                        r"|SYS|EMT|INFO|LOST)")
WILDCARD: Final = "<*>"  # (Final: the compiled build reads it as a constant)

# The words of a record's level as loggers print it, lower-cased (templates.LEVEL_WORD reads
# them and ``severe`` in any case; round 41, dedupe41: the one spelling of both lists)
LEVEL_WORDS: Final = ("error", "err", "warn", "warning", "info", "information", "debug", "trace", "fatal",
                      "notice", "critical", "crit", "alert", "emerg", "verbose", "panic")
# A record's level as loggers print it, lower-case, capitalised or in capitals (a set
# lookup: templates.record_header runs for most mined messages)
LEVEL_FORMS: Final = frozenset(form for word in LEVEL_WORDS for form in (word, word.title(), word.upper()))
# and as the head of a record prints them: those, the three capitals of zerolog's,
# Serilog's and Chronicles' heads (INF, WRN, DBG, TRC, FTL; ERR is above), the levels of
# java.util.logging (SEVERE, FINE, FINER, FINEST) and the short ones of .NET's console
# (trce, dbug, fail), a level only in a head (templates.record_header, tokens' brackets)
HEAD_LEVELS: Final = LEVEL_FORMS | frozenset(("INF", "WRN", "DBG", "TRC", "FTL", "CRT", "VRB",
                                              "SEVERE", "FINE", "FINER", "FINEST", "trce", "dbug", "fail"))
# Levels in capitals only, a head's and never a message's word: PostgreSQL's for what its
# server logs (``<time> UTC [<pid>] LOG:  <message>``) and the four letters of Go's
# charmbracelet/log and logrus's terminal output (``ERRO jobs.mirror: <message>``,
# ``DEBU``, ``FATA``, ``PANI``): read as the level where the record's header is read
# (templates.record_header) only, apart from HEAD_LEVELS, which every reader of a level word
# asks (they were kept apart for a cost later found to be the instruction bench's own,
# docs/patterns.md § Speed, "The counts no longer move with paths"; joining the two sets
# changes what the other readers do, so it needs its own measurement)
CAPS_LEVELS: Final = frozenset(("LOG", "ERRO", "DEBU", "FATA", "PANI"))
# A level as one capital letter (Android's logcat: <pid> <tid> E Tag: <message>; Clojure's
# and Go's one-letter levels: D app.main - <message>), read as a level only in a head: before
# the logger's name (templates.record_header) or among the opening fields (tokens)
LEVEL_LETTERS: Final = frozenset("VDIWEFT")
# A level's letter alone in its own brackets (``[W]``, ``(W)``: Ruby's, Android's and log4j's
# ``%.1p`` one-letter levels): every level's first letter, notice's and critical's too (levels'
# ``[n]``, templates.record_header's ``(N)``). Bare, N and C are no level's: the heads that
# print a letter alone (logcat, glog, ``%.1p``) print neither, and a bare capital is as often
# a word or a value; brackets of its own make a letter a field
BRACKETED_LEVEL_LETTERS: Final = LEVEL_LETTERS | frozenset("NC")
# the head's level words as one alternation, the longest first
_LEVEL_WORD: Final = "|".join(sorted(HEAD_LEVELS, key=len, reverse=True))

# The last label of a host name before its port is never a level word in capitals: a dotted
# name that ends in one is a logger's category and the record's level, the number after the
# colon a process or a line (Log4perl's ``%c.%p:%P``, ``openxpki.system.DEBUG:4711``; a
# ``logger.LEVEL:`` head), which the masker leaves as the name and its number's wildcard,
# whatever the number's width, rather than one wildcard for the whole when it has at most
# five digits (a port's) and ``name.LEVEL:<*>`` when it has more.
_NO_LEVEL_LABEL: Final = ("(?!(?:"
                          + "|".join(sorted((w for w in HEAD_LEVELS if w.isupper()), key=len, reverse=True))
                          + r"):\d)")

# Longest text the miner examines: a 1 MB body costs what a 2 KB one does.
MAX_CHARS: Final = 2048
# Most tokens a template keeps; the rest of a longer message folds into one wildcard.
MAX_TOKENS: Final = 96

_MONTH_NAMES: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_NAMES: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH: Final = r"(?:" + "|".join(_MONTH_NAMES) + r")[a-z]*\.?"
_DAY: Final = r"(?:" + "|".join(_DAY_NAMES) + r")[a-z]*,?"
_GTLD: Final = r"(?:com|net|org|edu|gov|mil|int)"
_TLD: Final = (
    r"(?:com|net|org|edu|gov|mil|int|io|co|ai|app|dev|cloud|info|biz|local|localdomain|internal|lan|corp"
    r"|home|arpa|(?!(?:id|in|is|it|to|me|so|at|be|do|no|on|or|as|if|of|up|we|go|sh|py|js|rb|pl|cc|cs|md)\b)"
    r"[a-z]{2})"
)
_UNIT: Final = (
    r"(?:[KMGTP]i?B|[kKMGT]b|B|bytes?|ms|us|µs|ns|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?"
    r"|millis|milliseconds?|microseconds?|nanoseconds?)"
)

_CHAIN: Final = r"(?:[.:,/+#]{1,2}[\w-]*\d[\w-]*)*(?:\.[A-Za-z][\w-]*)*"
_FILE_EXT: Final = (
    r"(?:exe|dll|sys|so|jar|war|class|py|js|rb|go|java|c|cc|cpp|h|log|txt|xml|json|ya?ml|conf|cfg|ini"
    r"|properties|sh|bat|csv|gz|zip|tar|tgz|png|jpe?g|gif|pdf|html?|css|db|pid|lock|tmp|bak|out|err|mkv|mp4|mp3"
    r"|avi|flac|docx?|xlsx?|pptx?|odt|epub|iso|img|bin|dat|sst|wal|parquet|md)"
)


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# Speed matters here (this pass runs for every message the exact cache misses), so the
# alternatives are grouped by where a match may start, and each group is guarded by one
# cheap test: inside a word only the mid-word group is tried, at the start of a token
# only the group for its first character. A kept prefix (url scheme, ``blk_``, quotes) is
# left out of the match with a lookbehind, so the replacement is a plain ``<*>`` and
# ``re.sub`` never calls back into Python. A run that must be followed by a character it
# cannot hold (the labels of a host name before their dot, a scheme before its ``:``) is
# matched possessively (``++``, ``*+``): giving characters back could never succeed, and
# most attempts fail, after the engine has tried every shorter run (the same matches).
# An HTTP request line in quotes ("GET /x HTTP/1.1") is read inside: its method and its
# status after it name the event (see docs/patterns.md, HTTP status).
_METHODS: Final = "(?:" + "|".join(METHODS) + ")"
# Words of prose that do not go on a file's name: a path does not reach over them.
_FUNCTION_WORDS: Final = r"(?:to|from|into|as|and|or|in|on|at|for|with|by|of)"
# An HTTP status class (5xx, see http.py) is a state of the event, never a value.
_NOT_STATUS: Final = r"(?![1-5]xx\b)"
# The target of a request after its method keeps its shape (/api/products/<*>): the route
# names the event, its ids and its query string vary.
_NOT_REQUEST_TARGET: Final = "".join(f"(?<!{method} )" for method in METHODS)
# A quoted text alone in a bracket, first in the line or after another bracketed field (or
# syslog's app[<pid>]: before it), with another bracketed field or the line's end after it:
# the record's message, not a value.
_BRACKETED_MESSAGE: Final = r'(?!(?<=\[")(?:(?<=^\[")|(?<=\] \[")|(?<=\]: \["))(?:[^"\\\n]|\\.)*"\](?: \[|$))'
# A quoted text first in the line, or after a header that ends with "] ", with the record's
# keys or the line's end after it: the message of klog's structured records (InfoS: I0102 …
# pod_workers.go:12] "Pod status updated" pod="kube-system/x"), not a value.
_LEADING_MESSAGE: Final = r'(?!(?:(?<=^")|(?<=\] "))(?:[^"\\\n]|\\.)*"(?: [\w.-]+=|$))'
# The keys whose value is a structured record's message (.NET's JSON console writes "Message").
MESSAGE_KEYS: Final = ("msg", "message", "event", "Message")
# and the keys a quoted key names the message with as well (a JSON or a Python dict's key, its
# quote bounding it): Serilog's compact JSON ("@m" rendered, "@mt" its template, what
# CompactJsonFormatter writes by default), GELF ("short_message"), hclog's JSON ("@message":
# Vault, Consul, Nomad, Terraform), journald's JSON export ("MESSAGE"), and Docker's json-file
# log driver ("log": the container's line, its own head and all, as Fluentd forwards it too;
# a bare line: its words are not a message field's, templates.MESSAGE_FIELD_KEYS)
_QUOTED_MESSAGE_KEYS: Final = (*MESSAGE_KEYS, "@m", "@mt", "short_message", "@message", "MESSAGE", "log")


# A character of a word (``\w``), or a dot or a dash that joins words: no token starts after
# one (_mask_source's third alternative), and a bare message key follows none
# (_not_after_message_key). The scan reads it as its own classes (_PREFIX_CLASS 1 to 3, and
# _IN_KEY_STEM).
_GLUED: Final = r"[\w.-]"


# How a message key opens its value: logfmt's quoted values, JSON's keys, a Python dict's
# key (structlog's event dict: {'event': '…'}; repr quotes a text that holds an apostrophe
# in double quotes: 'msg': "can't …") (the forms that _not_after_message_key refuses a quoted
# value after; the scan reads the same, see _after_message_key)
_MESSAGE_KEY_FORMS: Final[tuple[str, ...]] = (
    "{}='", '{}="', '"{}":"', '"{}": "', "'{}': '", "'{}': \"")


def _not_after_message_key(form: str) -> str:
    """Lookbehinds that refuse a position right after a message key written as ``form``
    (``'{}="'``: ``msg="``, ``message="``, …): that value names the event. A bare key
    only: one with a namespace or a stem (``grpc.message=``, ``error.message=``,
    ``err_msg=``) is an attribute, a peer's or an error's text, and its value varies."""
    if form[0] in "'\"":  # (a JSON or a dict key's quote bounds it; its keys are more)
        return "".join(f"(?<!{re.escape(form.format(key))})" for key in _QUOTED_MESSAGE_KEYS)
    return "".join(f"(?<!(?<!{_GLUED}){re.escape(form.format(key))})" for key in MESSAGE_KEYS)


# A quote followed by a space, or by a mark that ends a clause and a space, closes a value
# ('https://x/': [Errno 2] …): it opens none.
_NOT_AFTER_CLOSING: Final = r"(?![\s:,;)\]}](?:\s|$))"
# The marks after which a double quote closes what is before it (a sentence, a bracket:
# format." key=…, `CleanTombstones`" dir=…): a quoted value opens after none of them
_CLOSING_BEFORE_QUOTE: Final = r".!?`)\]}"  # (the inside of a class)
# A name in lowerCamelCase alone in prose's quotes or backticks (appium's 'printPageSource…',
# `copyIn` xpc handler, parameter 'disablePublisherOverride' is deprecated): a setting's, a
# method's or a field's name of code, which the call site wrote in its format; kept as a word
# (templates.code_name_pair parts two), where a value's name is spelled otherwise. Nor an
# Objective-C method's name alone in them, ``-[Class selector:]`` or ``+[Class selector]``
# (``method '-[AppDelegate showRules:]' invoked``, as ``__PRETTY_FUNCTION__`` prints it): the
# method that logs, one per call site, as a location's function is (round 42, weak42)
_NOT_A_QUOTED_CODE_NAME: Final = (
    r"(?![a-z][a-z0-9]*+(?:[A-Z][a-z0-9]*+)++['`]|[-+]\[[A-Z]\w*+ [A-Za-z_][\w:]*+\]['`])")
_AFTER_QUOTE: Final = _any(
    # a quoted value: a name, a path with spaces, a message quoted whole. But not a JSON
    # key, nor the value of a "msg", "message" or "event" (a dict's 'msg' too): that one names
    # the event
    r"(?:(?<=^')|(?<=[^\w'\"]'))" + _NOT_A_QUOTED_CODE_NAME + _not_after_message_key(_MESSAGE_KEY_FORMS[0])
    + _not_after_message_key(_MESSAGE_KEY_FORMS[4])
    + rf"(?!{_METHODS} ){_NOT_STATUS}"
    + _NOT_AFTER_CLOSING +
    r"(?!(?:(?<=[{,]')|(?<=, '))[^'\"\n]{1,80}'\s*:)"
    # (quotes inside it that open after a space and close before one, a text quoted in the
    # text: 'UPDATE orders SET status = 'paid' WHERE id = 42', 'missing field 'email''; and
    # double quotes, as Python's repr prints a text that holds them: 'Get "http://x": EOF')
    r"[^'\n]{1,200}+(?:(?<=[\s=(])'[^'\"\n]{1,40}'(?=[\s),']|$)[^'\n]{0,40}+){0,3}(?='(?![\w'\"]))",
    # (not a quote that closes a sentence or follows a closing mark: format." key=…,
    # `CleanTombstones`" dir=… are the end of a quoted message)
    r"(?:(?<=^\")|(?<=[^\w'\"" + _CLOSING_BEFORE_QUOTE + r"\\]\"))" + rf"(?!{_METHODS} ){_NOT_STATUS}"
    + _not_after_message_key(_MESSAGE_KEY_FORMS[1]) + _NOT_AFTER_CLOSING
    # (nor a record's message quoted alone in its bracket among bracketed fields, as TiKV's
    # and TiDB's unified format prints one: [<time>] [INFO] [x.rs:12] ["region split"] [id=3])
    + _BRACKETED_MESSAGE + _LEADING_MESSAGE
    + _not_after_message_key(_MESSAGE_KEY_FORMS[2]) + _not_after_message_key(_MESSAGE_KEY_FORMS[3])
    + _not_after_message_key(_MESSAGE_KEY_FORMS[5]) +
    # (escaped quotes inside: "a \"quoted\" word" is one value)
    r"(?!(?:(?<=[{,]\")|(?<=, \"))[^'\"\n]{1,80}\"\s*:)(?:[^\"\\\n]|\\.){1,200}(?=\"(?![\w'\"])(?!:))",
    # a value in escaped quotes, inside a quoted message or value (msg="open \"/etc/x\": EOF"):
    # it ends at the next escaped quote
    r"(?<=\\\")(?:[^\"\\\n]|\\[^\"\n]){1,80}(?=\\\")",
    # one before a colon of prose, after a word or first (Rust's {:?} of a name: "heidi":
    # resizing …; Go's: in "[main system]": …; an operand before its cause: count for value
    # "legacy": <cause>); a JSON key follows a brace or a comma, and a method names the event
    # (escaped quotes inside, as elsewhere: a list's repr quoted by %q, "[\"a\", \"b\"]": …)
    rf"(?:(?<=^\")|(?<=[\w)\]] \"))(?!{_METHODS}[ \"]){_NOT_STATUS}(?:[^\"\\\n]|\\[^\n]){{1,200}}(?=\": )",
    # any quoted value of key= or of a JSON key, spaces and escaped quotes included, but
    # for logfmt's msg="..." and JSON's "msg" (the event, as above): in a structured
    # record the quotes, not the words, say where a value starts and ends
    r"(?<==')" + _not_after_message_key(_MESSAGE_KEY_FORMS[0]) + r"[^'\n]{1,200}(?=')",
    # (a quote inside that no space, clause mark or line's end follows does not end it when
    # a quote further on ends the value before the line's end or the next key: an Erlang
    # binary, text="Unknown cast: <<"basic">>", the program did not escape; not over another
    # key's value)
    r"(?<==\")" + _not_after_message_key(_MESSAGE_KEY_FORMS[1]) + _NOT_STATUS + r"(?:"
    r"(?:[^\"\\\n]|\\.){1,200}(?=\"(?![^\s,;)\]}]))"
    r"|(?:[^\\\n=]|\\.|=(?!\")){1,200}?(?=\"(?:$|\s+[\w.-]+=))"
    r"|(?:[^\"\\\n]|\\.){1,200}(?=\"))",
    # and of a Ruby hash's key (:poller=>"x"), as Ruby's inspect prints one
    r"(?<==>\")" + _NOT_STATUS + r"(?:[^\"\\\n]|\\.){1,200}(?=\")",
    r"(?<=\":\")" + _not_after_message_key(_MESSAGE_KEY_FORMS[2]) + _NOT_STATUS
    + r"(?:[^\"\\\n]|\\.){1,200}(?=\")",
    r"(?<=\": \")" + _not_after_message_key(_MESSAGE_KEY_FORMS[3]) + _NOT_STATUS
    + r"(?:[^\"\\\n]|\\.){1,200}(?=\")",
)
# A value in backticks, as Rust and Go programs quote names in prose (remote `eu-1`
# answered with …); the backticks stay, as quotes do.
_IN_BACKTICKS: Final = _any(
    r"(?<=`)(?<![\w`]`)" + _NOT_A_QUOTED_CODE_NAME + r"[^`\n]{1,80}(?=`(?![\w`]))",
    # or as GNU programs do, from a backtick to an apostrophe (Parse zone `db.example': …),
    # or doubled, as TeX quotes (got ``private''.)
    # (the name's test after the backtick's: before it, the engine would read every word)
    r"(?<=`)(?<![\w`]`)" + _NOT_A_QUOTED_CODE_NAME + r"[^`'\n]{1,80}(?='(?![\w`'\"]))",
    r"(?<=``)(?<![\w`]``)" + _NOT_A_QUOTED_CODE_NAME + r"[^`'\n]{1,80}(?=''(?![\w`'\"]))",
)
# No value starts at a digit of a class's name: a capitalised word whose one run of digits is followed by
# capitalised words to its end (Jetty's logger oejh.HTTP2Connection, Http2FrameCodec,
# Base64Decoder, EndpointNameGroupingRule4OpenapiWatcher), alone or as a dotted name's last
# label: the digits name a protocol, an encoding or a version the class is written for, as
# its letters do. A value glued to a name is written after a mark, never between two words
# of it, and a random id that mixes cases holds more than one run of digits (or ends with
# some), where this shape holds one. So is a method's or a field's name that starts with a
# small letter (getTaskId2ResultMap, queryBuilderV5Migration, id2GroupCache: round 31,
# codenames31). (A run of capitals and small letters, then the digits: at a token's start,
# and at each digit inside it, as the engine reaches them.)
_CLASS_NAME_TAIL: Final = r"\d*+(?:[A-Z][a-z]++)++(?![\w-])"
_NOT_A_CLASS_NAME: Final = r"(?![A-Za-z][A-Za-z]*+\d" + _CLASS_NAME_TAIL + ")"
_NOT_IN_A_CLASS_NAME: Final = (
    r"(?!(?=\d*+[A-Z][a-z])(?:" + "|".join(
        rf"(?<=[^\w-][A-Za-z][A-Za-z\d]{{{n}}}\d)|(?<=^[A-Za-z][A-Za-z\d]{{{n}}}\d)" for n in range(0, 40))
    + ")" + _CLASS_NAME_TAIL + ")")

# No value starts in a constant's name either: a word of capitals, digits and ``_`` whose
# last ``_`` comes before a capital (NETFLOW9_TCP_FLAGS, IPV6_V6ONLY, AF_INET6, NLM4_CANCEL,
# AV_PIX_FMT_YUV444P16LE), as C, Go, Rust and Java write a constant or an enum's member:
# its digits name a protocol or a format, as its letters do. A value in capitals is not
# written so: an AWS region or a numbered item ends with a part of digits alone
# (AP_NORTHEAST_1, IMG_2041), and a word of capitals and digits with no ``_`` (a random
# id, A1B2C3) is not one. (round 31, codenames31; at a token start, and at each digit
# inside it, as the engine reaches them: first the character before the digit, then the
# word's end ahead, its last part's capital, then its start behind.)
_NOT_A_CONSTANT: Final = r"(?![A-Z][A-Z\d]*+_(?:[A-Z\d_]*_)?[A-Z][A-Z\d]*+(?![\w-]))"
# (The characters before the digit, asked first: _CONSTANT_GUARD, what each of the last
# lookbehinds, the word's start, needs: one of ``[A-Z\d_]`` right before the digit and another
# before that, or a capital right before it that starts the word; _CONSTANT_PART_GUARD, what
# each of the 40 lookbehinds after a ``_`` needs: a capital or a digit right before the digit.
# A digit after a small letter and ``_``, blk_4841…, was read to the word's end twice and
# refused only after the 40 lookbehinds; round 32, speed26.)
_CONSTANT_GUARD: Final = r"(?<=[A-Z\d_]\d)(?:(?<=[A-Z\d_]{2}\d)|(?<=[^\w-][A-Z]\d)|(?<=^[A-Z]\d))"
_CONSTANT_PART_GUARD: Final = r"(?<=[A-Z\d]\d)"
_NOT_IN_A_CONSTANT: Final = (
    r"(?!" + _CONSTANT_GUARD + r"(?=[A-Z\d_]*+(?![\w-]))"
    r"(?:(?=[A-Z\d]*+_(?:[A-Z\d_]*_)?[A-Z][A-Z\d]*+(?![\w-]))|(?=[A-Z\d]*+(?![\w-]))"
    + _CONSTANT_PART_GUARD + "(?:"
    + "|".join(rf"(?<=_[A-Z][A-Z\d]{{{n}}}\d)" for n in range(0, 40)) + "))(?:"
    + "|".join(rf"(?<=[^\w-][A-Z][A-Z\d_]{{{n}}}\d)|(?<=^[A-Z][A-Z\d_]{{{n}}}\d)" for n in range(0, 40))
    + "))")

# Nor in a camelCase name of code that ends with a version or a number of its kind
# (IdnToUtf8, IdentityServer4, alertMigrateV5, LossBasedBweV2, GeoLite2): a word of two
# small letters or more, alone or after a capital, then capitalised words, the last with
# two small letters or more, then at most two capitals and one to three digits at its end.
# The words are a function's, a class's or a migration's, the digits its version or its
# encoding, as in a class's name; a random id mixing cases does not hold words of two small
# letters each led by a capital (XkQwErTy3), and an id glued to a name holds more digits
# (BackendQueue18175). (round 31, codenames31; at a
# token start; and at a digit inside a word of letters and digits that a token start no
# glued mark comes before opens, where the digits end the word: a word of letters ending
# with digits is a value matched at its start, but for this shape.)
# (The word's last five characters before the digit's end, letters and digits, asked once
# before the 74 lookbehinds, each of which needs them: a shorter run, eth0, utf8, ipv4,
# fails there; round 31, speed23.)
_CAMEL_GUARD: Final = r"(?<=[A-Za-z\d]{4}\d)"
_NOT_A_CAMEL_NAME: Final = (
    r"(?![A-Z]?+[a-z]{2,}+(?:[A-Z][a-z]++)++(?<=[a-z]{2})[A-Z]{0,2}+\d{1,3}+(?![\w-]))")
_NOT_IN_A_CAMEL_NAME: Final = (
    r"(?!(?<=[A-Za-z\d]\d)(?=\d{0,2}+(?![\w-]))" + _CAMEL_GUARD + "(?:" + "|".join(
        rf"(?<=[^\w.-][A-Za-z][A-Za-z\d]{{{n}}}\d)|(?<=^[A-Za-z][A-Za-z\d]{{{n}}}\d)"
        for n in range(3, 40))
    + "))")


# what follows a url's scheme (an ipv6 host in brackets, and not the colon or stop after it);
# round brackets a url opens and closes are its own (RFC 3986's sub-delimiters: a page named
# Python_(language), a file "photo (1).png" in a query string), one before or after it is prose's
_URL_PAREN: Final = r"\([^\s\"'<>()\[\]{}]*\)"
_URL_REST: Final = (r"(?:\[[0-9a-fA-F:.]+\])?(?:(?:[^\s\"'<>()\[\]{}]|" + _URL_PAREN + r")*"
                    r"(?:[^\s\"'<>()\[\]{}:,;.]|" + _URL_PAREN + "))?")
# A name glued to a number by a colon, the token's end after it (``1655:Frontend``,
# ``44:shipping.internal``, a position and a name, an id and its owner): one value with the
# number, as a name holding a digit there always was (``1:users-22``), so that one call site's
# records do not split by whether the name they print holds a digit; not a level (Jetty's
# ``<time>:INFO:…``, a head field of its own)
_NAME_AFTER_NUMBER: Final = (
    r"(?::(?!(?:" + _LEVEL_WORD + r")\b)"
    r"[A-Za-z][\w-]*+(?:\.[A-Za-z][\w-]*+)*+(?=[\s)\]}\"';!?&|*=<>]|[,.:](?!\S)|\Z))?"
)
# A hexadecimal digit (an ipv6 address's, a mac address's: the scan's _HEX)
_HEX_DIGIT: Final = r"[0-9a-fA-F]"
# A character of a domain's label, of a file name's label, and of a class's name in an
# object's print form (the scan's _IN_LABEL, _IN_FILE_LABEL and _IN_CLASS_NAME: its tests
# read a domain, a file's extension and ``<Task pending …>`` by them)
_LABEL: Final = r"[A-Za-z0-9-]"
_FILE_LABEL: Final = r"[\w-]"
_CLASS_NAME_CHAR: Final = r"[A-Za-z\d_]"
# What a word of letters (and dashes) goes on with in a shape of the word group below: a
# digit or a mark of a name, or a slash and then a dot (the scan's _AFTER_DASHES)
_WORD_GOES_ON: Final = r"(?:[\d.@:\\$\[]|/[\w./$-]*\.)"
# A character of a relative path (after its first slash)
_RELATIVE_PATH: Final = r"[\w./$-]"
# A character of a name in an absolute path (between its slashes)
_PATH_NAME: Final = r"[\w.@%+~$*-]"
# A character of a word after a space in an absolute path (its names' and file's words)
_PATH_WORD: Final = r"[\w@%+~$*()-]"
_AT_TOKEN_START: Final = _any(
    r"(?=[<>~]?=?-?\d)" + _NOT_STATUS + _any(
        # date and time: 2024-01-02T03:04:05.123Z, 2023/12/31 23:59:59
        r"\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ]\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|\s?[+-]\d\d:?\d\d)?)?",
        # dates like 24/Jul/2005:02:38:23
        rf"\d{{1,2}}[/-]{_MONTH}[/-]\d{{2,4}}(?::\d\d){{0,3}}",
        # hexadecimal with 0x
        r"0[xX][0-9a-fA-F]+\b",
        # mac address
        r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5,}\b",
        # a number with a unit after a space: 5.2 KB, 160 ms, 30 seconds, <1 sec
        # (not after a "<" that a ">" closes right after the unit: the value's bracket, <90.2 KB>)
        rf"(?:[<>~]=?(?!\d++(?:\.\d++)?\s{_UNIT}>))?-?\d++(?:\.\d++)?\s{_UNIT}\b",
        # a host name with a port (a name may start with a digit); first, what it needs:
        # a run of labels and dots, then the port's colon and digit (most dotted names have none)
        r"(?=[A-Za-z0-9.-]*+:\d)(?:[A-Za-z0-9-]++\.)+" + _NO_LEVEL_LABEL
        + r"[A-Za-z][A-Za-z0-9-]*+:\d{1,5}\b",
        # ipv6 (a colon after a group's digits that no word follows is a label's after the
        # address, as after an ipv4 one: ``2001:db8::5: refused``)
        r"(?:[0-9a-fA-F]{1,4})?(?::[0-9a-fA-F]{0,4}){2,7}(?<![0-9a-fA-F]:)(?!\w|:\S)",
        # a number, or anything word-like starting with one; chained through . : , / + #
        # so that ips, ip:port, times, versions and decimals give one wildcard
        # (a "<" that a ">" closes after the value, no space between, is its bracket, not a
        # comparison: <10.0.0.1:80> is an address in angle brackets, as <[::1]:80> and <42>
        # are; but syslog's priority, <30> at the line's start, and an Erlang process before
        # its call site's @, <0.4.0>@mod:fun:line, are masked whole but their ">", as before,
        # <*>>: the head's readings expect it, <*>>@mod:fun:line; a process elsewhere is a
        # value in its brackets, <<*>>, as a version of three numbers is, <2.10.19>)
        # (nor one that a date and its time after a space close: <2024-03-15 15:38:20>, as
        # <2024-03-15T15:38:20Z>)
        r"(?:[<>~]=?(?:(?=\d+\.\d+\.\d+>@)|(?<=^<)(?=\d+>)|(?![^\s<>]*>|\d++(?:\.\d++)?\s" + _UNIT
        + r">|\d{4}[-/]\d{1,2}[-/]\d{1,2} \d{1,2}:\d\d[^\s<>]*>)))?-?\d[\w-]*" + _CHAIN + _NAME_AFTER_NUMBER,
    ),
    # booleans and null values (each alternative starts with the letter it consumes, which
    # the engine tests without entering it); dates spelled with a month name, optionally
    # with weekday, time, zone and year (behind a test of the first letter)
    # JavaScript's print form of an object
    r"\[object [A-Z]\w*\]",
    # the local host, with a port or not: the one host name of a single label every
    # system has
    r"localhost(?::\d{1,5})?\b",
    # a random id with its kind's stem and no digit (req_OAhpgdz, tx_oZRTImFAMmYyjsO): mixed
    # case with capitals in a row, as no name of code is written
    r"(?=[a-z]{2,8}+_[A-Za-z]{6,}+\b)(?=[a-z]*+_[A-Za-z]*?[A-Z]{2})[a-z]++_(?=[A-Za-z]*?[a-z])[A-Za-z]++\b",
    # and one with digits too, in mixed case (sess_ZdsfY9ssmoWXUPdUT): digits, capitals and
    # small letters mixed at random, as no name of code is written
    # (one that starts with a digit keeps its stem, as ids of a kind do: job_<*>)
    r"(?=[a-z]{2,8}+_[A-Za-z][A-Za-z\d]{5,}+\b)(?=[a-z]*+_[A-Za-z]*\d)(?=[a-z]*+_[a-z\d]*[A-Z])(?=[a-z]*+_[A-Z\d]*[a-z])"
    r"[a-z]++_[A-Za-z\d]++\b",
    r"[tT]rue\b", r"TRUE\b", r"[fF]alse\b", r"FALSE\b", r"null\b", r"NULL\b", r"None\b", r"nil\b",
    # a signal's name: which of the system's signals a handler got (SIGTERM, SIGTTIN); a
    # closed set, printed as a value whatever the program (SIGUSR1, with its digit, always was)
    r"SIG" + _SIGNAL_NAMES + r"\b",
    rf"(?=[A-Z])(?:{_DAY}\s+)?{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?(?:\s+\d{{1,2}}:\d\d(?::\d\d(?:[.,]\d+)?)?"
    # (a 12-hour clock's half of the day: java.util.logging's Mar 04, 2026 2:32:34 PM)
    r"(?:\s[AP]M\b)?)?"
    r"(?:\s+[A-Z]{3,4}(?=\s+\d{4}))?(?:\s+\d{4}\b)?",
    # a word that goes on with a digit or a sign of a name (. @ : \ $ [, or a slash and
    # then a dot): the shapes below. One scan rejects a plain word, and a plain segment of
    # a path (api/).
    r"(?=[A-Za-z.$][A-Za-z-]*+" + _WORD_GOES_ON + ")" + _any(
        # a name glued to a bracketed range or list of numbers is a compressed list of
        # names, as cluster tools write node sets (node-[1-4,7], cn[01-12], rack-[3\ 5]):
        # one value. A single number there (items[3]) is an index and stays.
        r"[A-Za-z][\w-]*+\[\d++[,\\\s-][\d,\\\s-]*+\]",
        # mac address or ipv6 starting with a letter
        r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5,}\b",
        r"(?=[0-9a-fA-F:]*\d)(?:[0-9a-fA-F]{1,4})?(?::[0-9a-fA-F]{0,4}){2,7}(?<![0-9a-fA-F]:)(?!\w|:\S)",
        # e-mail address
        r"[\w.+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*\.[A-Za-z]{2,}\b",
        # host name with a port; the last label of a host name is a top-level or local
        # domain, never camelCase: that is a field of code and its value (view.scrollTop:42)
        # (first, as above, the port's colon and digit after a run of labels and dots)
        r"(?=[A-Za-z0-9.-]*+:\d)(?:[A-Za-z0-9-]++\.)+(?![A-Za-z0-9-]*[a-z][A-Z])" + _NO_LEVEL_LABEL
        + r"[A-Za-z][A-Za-z0-9-]*+:\d{1,5}\b",
        # a domain name: three labels or more ending in a common top-level domain, or two
        # ending in a generic one (java.io or com.android.settings are not host names)
        # (a stop after it that no name goes on from ends a sentence: opened mail.corp.dev.)
        rf"(?:{_LABEL}++\.){{2,}}{_TLD}(?![\w-]|\.[\w.-])",
        rf"{_LABEL}++\.{_GTLD}(?![\w-]|\.[\w.-])",
        # a windows path (not the stop, comma or closing bracket after it: …\x.log, Id: …,
        # [C:\data\x.log])
        r"[A-Za-z]:\\(?:[^\s\"'<>|*?]*[^\s\"'<>|*?,;.:)\]])?",
        # a file name with a common extension (not a label of a qualified name: Spring Boot's
        # logger o.s.c.a.AnnotationConfig abbreviates its packages to letters, c among them)
        rf"{_FILE_LABEL}++(?:\.{_FILE_LABEL}++)*\.{_FILE_EXT}\b(?!\.[A-Za-z])",
        # a relative path or component name: a slash and a dot in one word (pkg/.Activity, a/b.txt)
        r"(?!HTTP/)(?=[\w.$-]*+/)(?=" + _RELATIVE_PATH + r"*\.)[\w.$-]++/" + _RELATIVE_PATH + "+",
        # a url, scheme included: http and https are one event. Before a word holding a
        # digit: a scheme may hold one (socks5://, s3://, h2c://), and is a word of the url
        r"[A-Za-z][A-Za-z0-9+.-]*+://" + _URL_REST,
        # a word holding a digit (not after an underscore: blk_<*> keeps its stem)
        _NOT_A_CLASS_NAME + _NOT_A_CONSTANT + _NOT_A_CAMEL_NAME + r"[A-Za-z-]*+\d[\w-]*" + _CHAIN,
        # a name path with :: or \ (Foo::Bar::Baz, std::io::Error, App\Models\Account): a
        # class or module, as qualified names are; not a method's path, wherever it is: the
        # code location that logs it (__METHOD__, __PRETTY_FUNCTION__: App\Queue\JobHandler::
        # executeJob: …, Subscriber executed: App\Sub\Auth::afterLogout), one per call site;
        # nor one called, whatever its last part's case (C++'s MS_CLASS "::" __FUNCTION__ "()":
        # RTC::Transport::OnRtpDataReceived() | …, a method in capitals, as C++, C# and Go write)
        # (first, what it needs: its first word and a separator; most words have none)
        r"(?=[A-Za-z]\w*+(?:::|\\))(?<!\\)(?![A-Za-z][\w\\:]*::[a-z_]\w*(?![\w\\]|::)|[A-Za-z][\w:]*::\w+\(\))"
        # nor a class's path right after the record's head bracket and before a label's colon
        # or a logger's dash (PlayerEvent::Unavailable: <message>, SemanticLogger's
        # Oxidized::Nodes -- <message>): the class that logs, or the call site's label
        # (nor its tail after a ``::``: the path is read whole or not at all)
        r"(?<!::)(?!(?<=\] )[A-Z]\w*+(?:::[A-Z]\w*+)+(?::\s|\s--?\s))"
        # nor a class's path filling a bracket right after the head's bracket of a word
        # (``[main] [Bolt::Transport::SSH] <message>``, a logger's ``[%t] [%c]``): the
        # logger's name, one per class that logs (not after a marker's ``[*] [<value>]``)
        r"(?!(?<=\w\] \[)[A-Z]\w*+(?:::[A-Z]\w*+)+\])"
        r"[A-Za-z]\w*+(?:(?:::|\\)[A-Za-z_]\w*+)+",
    ),
    # an Erlang binary: <<"queue.1">> is one value, as a quoted one
    r"<<(?:\"(?:[^\"\\\n]|\\.){0,200}\")?>>",
    # an object's print form, as Python's repr and Ruby's inspect write one: a class's name
    # and its fields in angle brackets (<Member remote>, <Task pending name='x'>); one value,
    # as its dict's {…} is, whatever it holds (not one that holds another: <Task coro=<f()>>)
    r"<[A-Z]" + _CLASS_NAME_CHAR + r"*+ [^<>\n]{1,80}+>",
    # an ipv6 address in brackets, with its port: [::1]:8080, [2001:db8::5]:443; a colon
    # after the port that no word follows is the label's after it, as after an ipv4 address
    # and its port (``[2001:db8::5]:80: refused``, ``10.0.0.1:80: refused``)
    r"\[(?=" + _HEX_DIGIT + r"*:)[0-9a-fA-F:.]+\](?::\d{1,5}(?!\w|:[\w.\[])|(?![\w:]))",
    # an ipv6 address that starts with :: (::1, ::ffff:10.0.0.1)
    r"::(?=" + _HEX_DIGIT + r")[0-9a-fA-F]{0,4}(?:[:.][0-9a-fA-F]{1,4})*(?!\w|:\S)",
    # an absolute unix path with at least two segments (not a request's target), also as
    # the value of a key glued to it (kwargs:/home/…); a windows share
    # A name in a path may hold spaces (Application Support, The Matrix (1999).mkv): a
    # space goes on inside the path when the words after it reach the next slash, or end
    # the path with a file's extension. Not a word that opens a bracket it does not close
    # before the slash: the path has ended, and a note in brackets follows it (``/var/x.db
    # (Input/output error)``, strerror's text holding a slash)
    r"(?=~?/)(?<![/~])" + _NOT_REQUEST_TARGET + r"~?(?:/" + _PATH_NAME + r"+(?:(?: (?!" + _FUNCTION_WORDS
    + r" )(?!\([^\s/)]*+[\s/])" + _PATH_WORD + r"+){1,3}(?=/))?){2,}"
    rf"(?:(?: (?!{_FUNCTION_WORDS} ){_PATH_WORD}+){{1,3}}\.{_FILE_EXT}\b|/)?",
    # the query string of a url or request target: ?page=2&sort=asc; a program prints one
    # alone too, after a space, a quote or at the line's start (``fetching ?page=2&q=x``),
    # and quoted there, whole to its quote, any length (``fetching ?"page=2&q=x"``)
    r"(?:(?<=[\w/\s'\"]\?)|(?<=^\?)|(?<=\s\?[\"'])|(?<=^\?[\"']))[\w%.~+-]+=[^\s\"'#]*",
    r"\\\\[\w.$-]+\\[^\s\"'<>|*?]*",
)
# Lower-case words that are values by themselves (the alternatives above that can match a
# plain lower-case word: booleans, null values, the local host). Speed only: see _PLAIN_WORD.
_WORD_VALUES: Final = ("true", "false", "null", "nil", "localhost")
# Words the alternatives above can match whole or start from: the values of _WORD_VALUES in
# each case they are written (_NAMED_WHOLE), and what a word starts with (_NAMED_START): a
# signal's name after its SIG, the names of days and months (a date spelled out). One list for
# the pattern's _PLAIN_WORD and the compiled scan (_scanned_values), which asks the engine at a
# word of letters only when it may be one of them.
_NAMED_WHOLE: Final = frozenset(("true", "True", "TRUE", "false", "False", "FALSE", "null", "NULL", "None",
                                 "nil", "localhost"))
_NAMED_START: Final = frozenset((*_MONTH_NAMES, *_DAY_NAMES, "SIG"))


def first_pairs(words: frozenset[str]) -> bytes:
    """A table of ASCII pairs, 1 at each word's first two letters (first * 128 + second): the
    scan's named words here, the level words in levels.py."""
    table = bytearray(128 * 128)
    for word in words:
        table[ord(word[0]) * 128 + ord(word[1])] = 1
    return bytes(table)


# the first two letters of each of them (the scan's word test: most capitalised words start
# with none of these pairs, and are not cut and looked up)
_NAMED_PAIRS: Final = first_pairs(_NAMED_WHOLE | _NAMED_START)
_NAMED_WORDS: Final = (r"(?:" + "|".join(sorted(_NAMED_WHOLE)) + "|SIG" + _SIGNAL_NAMES + r")(?![A-Za-z])"
                       r"|(?:" + "|".join((*_MONTH_NAMES, *_DAY_NAMES)) + ")")
# Pieces of _PLAIN_WORD the scan reads too (_PREFIX_CLASS): the marks at a token start where
# no value starts (after the quotes among them, _QUOTES, a quoted value may), and a word's letter
_NO_VALUE_MARKS: Final = r"[ )(,;{}|!&^#*@\]?\"'`]"
_QUOTES: Final = r"['\"`]"
_LETTER: Final = r"[A-Za-z]"
# Most token starts are a plain lower-case word between spaces (or at an end), where no
# shape starts but the words of _WORD_VALUES, or a space or a mark no shape starts with
# (``key: value``, ``(x)``, ``#3``), where only a quoted value starts (after its quote):
# one test there skips every alternative at once. So is a word of letters in any case that
# is not one of _NAMED_WORDS, after anything but a quote or a ``?`` (where a quoted value or
# a query string starts), and followed by a mark no shape goes on with, or by a stop or a
# colon that ends it (``Connection: …``, ``done.``, ``Failed (x)``): every shape that
# starts with a letter needs a digit, ``_``, ``-``, ``.``, ``:``, ``@``, ``$``, ``/``, ``\``
# or ``[`` after its first letters. (Speed only: the matches are those without it, as
# tests/patterns/test_masking.py checks for every word the pattern names; a new
# alternative that matches such a word, or starts with such a mark, must add it.)
_PLAIN_WORD: Final = ("(?!" + _NO_VALUE_MARKS + r"(?<![\"'`].)|(?<![^ ])(?!(?:" + "|".join(_WORD_VALUES)
               + r")(?![^ ]))[a-z]++(?![^ ])"
               + r"|(?<![\"'`?])(?!" + _NAMED_WORDS + ")" + _LETTER
               + r"++(?:(?![\w\-.:@$\\/\[])|[.:](?!\S)))")
# Where a value ends: a mark no shape goes on with, or a stop, comma or colon that ends it.
_VALUE_END: Final = r"(?=[\s)\]}\"';!?&|*=<>]|[,.:](?!\S)|\Z)"
# The commonest values read in one step: a number (or any word starting with a digit) and
# a word holding a digit (``indexer-11``, ``http3``), each ending where _VALUE_END says.
# Where these match, the alternatives above would match the same text: none of them but
# the number (and a hex number, which is the same text) starts with a digit and holds no
# ``-``, ``/``, ``.``, ``:`` before such an end, but a number with its unit after a space,
# left to them; none starts with a letter and reaches a digit through letters and dashes
# alone, but booleans, the local host and mac addresses, left to them (tested after the
# first letter, so that the engine skips the alternative for a token that does not start
# with a letter). Speed only, as _PLAIN_WORD.
_FAST_VALUES: Final = (
    r"\d(?!xx\b)\w*+" + _VALUE_END + r"(?!\s" + _UNIT + r"\b)",
    # (not where a named alternative matches first: localhost, true, …, a signal's name)
    _NOT_A_CLASS_NAME + _NOT_A_CONSTANT + _NOT_A_CAMEL_NAME
    + r"[A-Za-z](?!ocalhost|rue|RUE|alse|ALSE|ull|ULL|one|il|[0-9A-Fa-f][:-]|IG"
    + _SIGNAL_NAMES + r"\b)[A-Za-z-]*+\d[\w-]*+" + _VALUE_END,
)


# A JSON key ({"user": …, "user":…): no quoted value starts there. The one alternative of
# _AFTER_QUOTE whose lookbehinds accept this place refuses it at its end, after a dozen
# of them; asked first, it spares a structured record's every key that work. (Speed only:
# each other alternative of the group needs another mark before the quote.)
_NOT_JSON_KEY: Final = r"(?!(?:(?<=[{,]\")|(?<=, \"))[^'\"\n]{1,80}\"\s*:)"


# A digit in a label of a dotted name that goes on with more labels (Java's and Python's
# packages: org.apache.commons.pool2.impl.X, io.netty.handler.codec.http2.Y, api.v1.users)
# is the name's, as the label's letters are: no value starts there.
# (A small letter before the digit, asked first: each of the 10 lookbehinds needs one there;
# round 32, speed26.)
_PACKAGE_GUARD: Final = r"(?<=[a-z]\d)"
_NOT_IN_A_PACKAGE: Final = (
    "(?!" + _PACKAGE_GUARD + "(?:" + "|".join(rf"(?<=\.[a-z]{{{n}}}\d)" for n in range(1, 11))
    + r")[a-z\d]*\.[A-Za-z])")


def _mask_source(shortcuts: bool = True) -> str:
    """The masking pattern; without ``shortcuts`` (_PLAIN_WORD, _FAST_VALUES, _NOT_JSON_KEY)
    it matches the same text, more slowly (tests/patterns/test_masking.py compares the two)."""
    at_token_start = _any(*_FAST_VALUES, _AT_TOKEN_START) if shortcuts else _AT_TOKEN_START
    # The engine tries the pattern at every position of the text, and most positions are
    # inside a plain word, where nothing can start: so the alternatives inside a word come
    # first, each starting with the character it consumes (a digit, a dash), which the
    # engine tests without entering the alternative; their lookbehinds are checked after it.
    return "|".join(
        [
            # Inside a word or after a dot, digits: core.2275, bglio559, blk_-123 (keeps blk_)
            r"\d(?<=[\w.-]\d)" + _NOT_IN_A_PACKAGE + _NOT_IN_A_CLASS_NAME + _NOT_IN_A_CONSTANT
            + _NOT_IN_A_CAMEL_NAME + r"[\w-]*" + _CHAIN,
            r"-(?<=[A-Za-z]_-)\d[\w-]*" + _CHAIN,
            # At the start of a token: a url keeps its scheme and the rest varies, then quoted
            # values, then the shapes above.
            "(?<!" + _GLUED + ")" + (_PLAIN_WORD if shortcuts else "")
            + _any("(?<=" + _QUOTES + ")" + (_NOT_JSON_KEY if shortcuts else "")
                   + _any(_AFTER_QUOTE, _IN_BACKTICKS), at_token_start),
        ]
    )


_MASK_SOURCE: Final = _mask_source()
_MASK: Final = re.compile(_MASK_SOURCE, re.ASCII)

DIGITS_TO_ZERO: Final = bytes.maketrans(b"123456789", b"000000000")


def _prefix_classes() -> bytes:
    """Each ASCII character's class for _scanned_values, read from the pattern's own classes
    (spelled.characters): 1 a letter (_LETTER); 2 a digit or ``_`` (the rest of ``\\w``); 3
    ``.`` or ``-`` (with ``\\w``, _GLUED: what _MASK's token start may not follow); 5 a quote
    or a backtick (_QUOTES: both that and what a quoted value may not follow); 4 another mark
    of _PLAIN_WORD's first alternative (_NO_VALUE_MARKS); 0 any other."""
    letters, word, glued = spelled.characters(_LETTER), spelled.characters(r"\w"), spelled.characters(_GLUED)
    quotes, marks = spelled.characters(_QUOTES), spelled.characters(_NO_VALUE_MARKS)
    return bytes(1 if c in letters else 2 if c in word else 3 if c in glued else 5 if c in quotes
                 else 4 if c in marks else 0 for c in map(chr, range(128)))


_PREFIX_CLASS: Final = _prefix_classes()


# Whether this module runs compiled (mypyc, setup.py): the loops over characters below
# (mask_values' scan; tokens._split, levels._level_in) cost less than the regex engine's
# steps only then; run as Python, each costs more, and the regex is asked instead.
COMPILED_HERE: Final = not __file__.endswith(".py")


def holds(tokens: list[str], token: str, end: i64 = -1) -> bool:
    """``token in tokens`` (``end`` >= 0: ``token in tokens[:end]``). Compiled, one loop of
    string comparisons in C (some 40 instructions a token) rather than the list's
    ``__contains__``, a generic rich comparison a token (some 90; the slice a list made
    too); as Python the operator. (The places as native integers: no tagged int's checks.)"""
    if not COMPILED_HERE:
        return token in (tokens if end < 0 else tokens[:end])
    count: i64 = len(tokens)
    stop: i64 = count if end < 0 or end > count else end
    at: i64 = 0
    while at < stop:
        if tokens[at] == token:
            return True
        at += 1
    return False


def holds_kind(kinds: list[int], kind: int) -> bool:
    """``kind in kinds``, as ``holds`` (compiled, unboxed integers compared in C)."""
    if not COMPILED_HERE:
        return kind in kinds
    return any(held == kind for held in kinds)


def mask_values(text: str) -> str:
    """``_MASK.sub(WILDCARD, text)``: compiled, by ``_scanned_values``, which asks the
    engine only where a match may start; as Python, by the engine's one pass."""
    return _scanned_values(text) if COMPILED_HERE else _MASK.sub(WILDCARD, text)


def _scanned_values(text: str) -> str:
    """``_MASK.sub(WILDCARD, text)``, the engine asked only where a match may start. The
    engine tries its pattern at every place (some 250 instructions where nothing starts,
    more at a token start); one compiled loop over the characters passes, without it, the
    places where _MASK's own alternatives refuse to start: after a character of ``\\w``,
    ``.`` or ``-``, one that is no digit and no ``-`` (the first two alternatives start with
    one, the third at a token start only), and at a token start what _PLAIN_WORD skips there:
    a mark of its first alternative after no quote, a word of letters that is not one of
    _NAMED_WORDS, after no quote or ``?``, followed by a mark no shape goes on with or by a
    stop or colon that ends it. A quote after a word's character (or a quote after another,
    ``"x""``), a double quote after a closing mark but ``?`` (``x."``) and a message key's opening
    quote (``msg="``, ``_after_message_key``) open no quoted value: after it the place is
    read as after a mark. At a token
    start (after no opening quote nor ``?``) it also passes what no alternative starts with
    (``_starts_nothing``), a dash with no digit after it, a word of letters before ``_``
    that no random id (the one shape of a word and ``_``) can start, before ``.`` or ``/``
    or at a dot, a dotted name or a word that no domain, file, e-mail, url, port or path
    goes on from (``_dotted_name_may_match``, ``_dot_in_path``); and it reads a number
    (a word of ``\\w`` from a digit) that ends where ``_VALUE_END`` says as _FAST_VALUES'
    first alternative does, the first to match there; at a word of letters, a word holding a
    digit as its second does (``_word_number_end``) and a url whose scheme is the word
    (``_url_end``), and it passes the word before a ``[`` that opens no compressed list
    (``_numbers_listed``). Elsewhere ``_MASK.match`` is asked
    at the place (its lookbehinds read the whole text, as ``sub``'s search does); a match
    is replaced and the loop goes on after it. test_masking.py compares the two on the
    pattern's named words and random words in many contexts, and on random texts: an
    alternative added to _MASK that starts where this loop passes fails it."""
    n: i64 = len(text)
    parts: list[str] = []
    done: i64 = 0  # text[:done] is in parts
    at: i64 = 0
    before: i64 = 0  # the class (_PREFIX_CLASS) of the character before ``at``; none at the start
    while at < n:
        c: i64 = ord(text[at])
        kind: i64 = _PREFIX_CLASS[c] if c < 128 else 0
        if before == 5 and at >= 2:
            # (a quoted value starts after a quote that no word's character, nor a quote
            # for ' and ", comes right before: else the quote only closes one)
            p: i64 = ord(text[at - 2])
            if p < 128 and (_PREFIX_CLASS[p] == 1 or _PREFIX_CLASS[p] == 2
                            or ((p == 34 or p == 39) and ord(text[at - 1]) != 96)):
                before = 4
            elif (p == 123 or p == 44 or (p == 32 and at >= 3 and text[at - 3] == ",")) and (
                    ord(text[at - 1]) == 34 and _json_key_at(text, at)):
                before = 4  # (a JSON key: _NOT_JSON_KEY refuses every quoted value there)
            elif ord(text[at - 1]) == 34 and text[at - 2] in _CLOSING_MARKS:
                before = 4  # (a double quote after a closing mark closes what is before it)
            elif (p == 61 or p == 58 or p == 32) and _after_message_key(text, at):
                before = 4  # (the value of a message key: the event's words, refused as a value)
        # (after ``?`` a query string's key may start with any character of ``[\\w%.~+-]``)
        free = before != 5 and (at == 0 or ord(text[at - 1]) != 63)
        if c == 45:
            if 1 <= before <= 3 and ord(text[at - 1]) != 95:
                before = 3  # a dash inside a word, after no ``_`` (the second alternative's)
                at += 1
                continue
            if free and (at + 1 == n or not 48 <= ord(text[at + 1]) <= 57):
                before = 3  # (both alternatives that start with a dash need a digit after it)
                at += 1
                continue
        elif kind != 2 or c == 95:  # (no digit)
            if 1 <= before <= 3:
                before = kind  # inside a word, or after a dot or dash: no token starts here
                at += 1
                continue
            if kind >= 4 and before != 5:
                before = kind  # a mark no shape starts with (a quote too), after no quote
                at += 1
                continue
            if kind == 0 and free and _starts_nothing(text, at, c):
                before = 0
                at += 1
                continue
            if c == 46 and free and not _dotted_name_may_match(text, at):
                before = 3  # a dot that opens no e-mail address nor relative path
                at += 1
                continue
            if kind == 1 and free:
                end: i64 = at + 1
                while end < n:
                    c = ord(text[end])
                    if c >= 128 or _PREFIX_CLASS[c] != 1:
                        break
                    end += 1
                # (one of _NAMED_WORDS: its first letter and length tell most words apart
                # before the word is cut and looked up)
                size: i64 = end - at
                c = ord(text[at])
                if c <= 90:  # a capital first (its first two letters those of a named word's)
                    named = size >= 3 and _NAMED_PAIRS[c * 128 + ord(text[at + 1])] == 1 and (
                        text[at:at + 3] in _NAMED_START
                        or ((size == 4 or size == 5) and text[at:end] in _NAMED_WHOLE))
                else:
                    named = ((size == 3 or size == 4 or size == 5 or size == 9)
                             and (c == 116 or c == 102 or c == 110 or c == 108)  # t f n l
                             and text[at:end] in _NAMED_WHOLE)
                if not named:
                    if end == n:
                        at = end
                        break
                    c = ord(text[end])
                    if not ((c < 128 and 2 <= _PREFIX_CLASS[c] <= 3) or c == 58 or c == 64 or c == 36
                            or c == 92 or c == 47 or c == 91) or (
                            (c == 46 or c == 58) and (end + 1 == n or text[end + 1] in _WHITESPACE)) or (
                            c == 91 and not _numbers_listed(text, end)) or (
                            c == 95 and not _random_id_at(text, at, end)) or (
                            c == 45 and not _dashed_word_goes_on(text, at, end)) or (
                            c == 58 and not _colon_goes_on(text, at, end)) or (
                            c == 46 and not _dotted_name_may_match(text, at)) or (
                            c == 47 and not _dot_in_path(text, end)):
                        # a mark no shape goes on with, or a stop or a colon that ends the word,
                        # or a ``_``, ``-``, ``:``, ``.`` or ``/`` no shape goes on from after it
                        at = end
                        before = 1
                        continue
                    if c == 58 and end + 2 < n and ord(text[end + 1]) == 47 and ord(text[end + 2]) == 47:
                        # a url whose scheme is a word of letters: the word group's url, the first
                        # shape to match there (docs: _url_end)
                        end = _url_end(text, end + 3)
                        parts.append(text[done:at])
                        parts.append(WILDCARD)
                        done = at = end
                        c = ord(text[end - 1])
                        before = _PREFIX_CLASS[c] if c < 128 else 0
                        continue
                    if 48 <= c <= 57 or c == 45:
                        # a word holding a digit (indexer-11, eth0, a hex id): _FAST_VALUES' second
                        # alternative, the first to match there, where it ends a value
                        end = _word_number_end(text, at)
                        if end > at:
                            parts.append(text[done:at])
                            parts.append(WILDCARD)
                            done = at = end
                            before = _PREFIX_CLASS[ord(text[end - 1])]
                            continue
        elif free and not 1 <= before <= 3:
            # a digit at a token start: _FAST_VALUES' number, where it ends a value
            end = _number_end(text, at)
            if end == at:
                end = _chain_end(text, at)  # (or its number chained: 10.0.0.1, 2#5, 548(…)
            if end > at:
                parts.append(text[done:at])
                parts.append(WILDCARD)
                done = at = end
                before = _PREFIX_CLASS[ord(text[end - 1])]
                continue
        if before == 5 and c != 34:
            # (a double-quoted value where _AFTER_QUOTE's first shape of one reads it: no engine)
            end = _quoted_end(text, at)
            if end > at:
                parts.append(text[done:at])
                parts.append(WILDCARD)
                done = at = end
                c = ord(text[end - 1])
                before = _PREFIX_CLASS[c] if c < 128 else 0
                continue
        if c == 47 and free:
            # (an absolute path whose names hold no space: its shape, the one to start at a ``/``)
            end = _path_end(text, at)
            if end > at:
                parts.append(text[done:at])
                parts.append(WILDCARD)
                done = at = end
                c = ord(text[end - 1])
                before = _PREFIX_CLASS[c] if c < 128 else 0
                continue
        found = _MASK.match(text, at)
        if found is None:
            before = kind
            at += 1
            continue
        end = found.end()
        if end == at:
            return _MASK.sub(WILDCARD, text)  # (an empty match: the engine's own steps after it)
        parts.append(text[done:at])
        parts.append(WILDCARD)
        done = at = end
        c = ord(text[end - 1])
        before = _PREFIX_CLASS[c] if c < 128 else 0
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _starts_nothing(text: str, at: i64, c: i64) -> bool:
    """Whether no alternative of _MASK but a quoted value's or a query string's starts at
    ``text[at]`` (``c``, a character of _PREFIX_CLASS 0) at a token start: each starts with
    a digit, a letter, ``-``, ``.``, ``$``, ``/``, a mark that a digit (or ``=`` or ``-``)
    follows (``<``, ``>``, ``~``, ``=``; not ``<`` that a process's ``>`` closes:
    _process_in_brackets), ``<<`` or ``<`` and a capital, ``~/``, ``::``,
    ``[object `` or ``[`` and hex digits and a colon, or ``\\\\``; at a ``/``, only an
    absolute path (``_path_may_start``). The marks are named here by hand, each with what
    its shapes need after it (not one class of the pattern): test_prechecks holds them to
    the marks the pattern's alternatives may start with (spelled.first_characters) and to
    its matches. ``=`` is one more than those (the numbers' lookahead, ``[<>~]?=?-?\\d``,
    admits it, and no alternative takes it first): the engine is asked there, and finds
    nothing."""
    after: i64 = ord(text[at + 1]) if at + 1 < len(text) else 0
    if c == 36:  # $
        return False
    if c == 47:  # /
        return not _path_may_start(text, at)
    if c == 58:  # : (only ``::`` and a hex digit: an ipv6 address)
        return after != 58 or at + 2 == len(text) or text[at + 2] not in _HEX
    if c == 91:  # [
        # (a slice compared: compiled, startswith with a start is a call of a Python method)
        if text[at:at + 8] == "[object ":
            return False
        end = at + 1
        while end < len(text) and text[end] in _HEX:
            end += 1
        return end == len(text) or text[end] != ":"
    if c == 92:  # \
        return after != 92
    if 48 <= after <= 57 or after == 45:  # a digit or - after it
        if c == 60 and after != 45:
            return _process_in_brackets(text, at)
        return not (c == 60 or c == 62 or c == 126 or c == 61)
    if c == 60:  # < (an object's print form: a capital, a name and a space, <Task pending …>)
        if 65 <= after <= 90:
            end = at + 2
            while end < len(text) and _bits_at(text, end) & _IN_CLASS_NAME:
                end += 1
            return end == len(text) or text[end] != " "
        return not (after == 61 or after == 60)
    if c == 62:  # >
        return after != 61
    if c == 126:  # ~
        return not (after == 61 or after == 47)
    return True


def _process_in_brackets(text: str, at: i64) -> bool:
    """Whether a number's ``<`` at ``text[at]`` (a digit after it) starts nothing: the
    number's lookahead refuses the ``<`` before a run that a ``>`` closes with no space nor
    ``<`` in it (an Erlang process, ``<0.7.0>``, whose number is a value in its brackets, as
    the engine reads at the digit after it), but at the text's start (syslog's priority,
    ``<30>``) and before ``@`` (a process before its call site, ``<0.4.0>@mod:fun:line``);
    a number and its unit after a space needs that space, and no other alternative starts
    with ``<`` and a digit."""
    n: i64 = len(text)
    if at == 0:
        return False
    end = at + 1
    while end < n:
        c: i64 = ord(text[end])
        if c == 62 or c == 60 or c == 32 or 9 <= c <= 13:
            break
        end += 1
    return end < n and ord(text[end]) == 62 and (end + 1 == n or ord(text[end + 1]) != 64)


def _dashed_word_goes_on(text: str, at: i64, dash: i64) -> bool:
    """Whether a shape may go on from the word of letters ``text[at:dash]`` through its
    ``-``: the shapes that read a word and a dash (a word holding a digit, those of the
    word group of _AT_TOKEN_START) need letters and dashes, then a digit or one of
    ``.@:\\$[/``; through a colon (``cloud-hypervisor: …``) only a url's ``://`` or a mac
    address's hex pairs go on (a host's port needs a dot before it)."""
    n: i64 = len(text)
    end = dash + 1
    while end < n and (_bits_at(text, end) & _IN_LETTERS or ord(text[end]) == 45):
        end += 1
    if end == n or text[end] not in _AFTER_DASHES:
        return False
    if ord(text[end]) == 91:
        # (through a ``[`` only a compressed list of names goes on, node-[1-4]; a mac address
        # of letters ends before it)
        return _numbers_listed(text, end) or all(
            text[i] in _HEX or ord(text[i]) == 45 for i in range(at, end))
    if ord(text[end]) != 58:
        return True
    return text[end + 1:end + 3] == "//" or all(
        text[i] in _HEX or ord(text[i]) == 45 for i in range(at, end))


# \s as under re.ASCII, as the pattern reads it
_WHITESPACE: Final = spelled.characters(r"\s")
# what a shape of a word of letters and dashes goes on with (_WORD_GOES_ON's first characters)
_AFTER_DASHES: Final = spelled.first_characters(_WORD_GOES_ON)


def _colon_goes_on(text: str, at: i64, colon: i64) -> bool:
    """Whether a shape may go on from the word of letters ``text[at:colon]`` through its
    ``:`` (not one that ends it): a url's scheme (``/``), a windows path (``\\``), a name
    path or an ipv6 address (``:``), or an address whose groups are hex digits (ipv6, mac).
    (A host's port needs a dot in the host before it.) Not a name path that its shape
    refuses where the word holds a letter no hex digit is (``_name_path_refused``)."""
    after = text[colon + 1] if colon + 1 < len(text) else ""
    if after not in _AFTER_COLON:
        return all(c in _HEX for c in text[at:colon])
    return after != ":" or all(c in _HEX for c in text[at:colon]) or not _name_path_refused(text, at, colon)


def _name_path_refused(text: str, at: i64, colon: i64) -> bool:
    """Whether the word group's name path (``Foo::Bar``, the one shape that goes on from a
    word of letters through ``::`` where the word holds a letter no hex digit is: no ipv6
    address starts in it) refuses ``text[at:]``, the word ``text[at:colon]`` at a token start
    and ``::`` after it: after ``::`` (``(?<!::)``: a path's later part, never one of its own)
    or ``\\``, or a method's path (its first lookahead: a ``::`` and a part in small letters
    or ``_`` whose word is followed by no ``\\`` nor ``::``, as a Rust target's
    ``crate::module::sub: …`` is). The engine found no match at these places after trying
    every alternative, some 20,000 instructions a place (r30 s0 and r24 s0 of round 40: a
    Rust target's every part; round 40, speed40)."""
    if at >= 1 and (ord(text[at - 1]) == 92 or (
            at >= 2 and ord(text[at - 1]) == 58 and ord(text[at - 2]) == 58)):
        return True  # (``\\`` or ``::`` before it)
    n: i64 = len(text)
    # (the run of ``[\\w\\:]`` after the first letter, where the lookahead's ``::`` may be)
    run: i64 = at + 1
    while run < n and (_word_char_at(text, run) or ord(text[run]) == 92 or ord(text[run]) == 58):
        run += 1
    i: i64 = colon
    while i + 2 < run:
        if ord(text[i]) == 58 and ord(text[i + 1]) == 58:
            c: i64 = ord(text[i + 2])
            if 97 <= c <= 122 or c == 95:  # [a-z_]
                end: i64 = i + 3
                while end < n and _word_char_at(text, end):
                    end += 1
                if end == n or not (ord(text[end]) == 92 or (
                        ord(text[end]) == 58 and end + 1 < n and ord(text[end + 1]) == 58)):
                    return True
        i += 1
    return False


def _word_char_at(text: str, at: i64) -> bool:
    """Whether ``text[at]`` is one of ``\\w`` under re.ASCII (_MASK's): a letter, a digit, ``_``."""
    c: i64 = ord(text[at])
    return 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95


# (not one class of the pattern, so not read from it: the character after the colon in each
# shape that goes on from a word through one, a url's ``://``, a windows path's ``:\``, a name
# path's ``::``; test_prechecks' random texts hold each)
_AFTER_COLON: Final = frozenset("/\\:")


def _path_may_start(text: str, at: i64) -> bool:
    """Whether an absolute path (the one shape that starts with ``/``) may start at the
    ``/`` at ``at``: after no ``/`` nor ``~``, a name (``_PATH_NAME``) and, after it, a
    ``/`` and another name's character, or a space (a name with spaces: the engine
    judges it). Most words after a slash (``/10.0.0.1:80``, ``/health``, ``a / b``) are
    one name or none."""
    n: i64 = len(text)
    if at and (ord(text[at - 1]) == 47 or ord(text[at - 1]) == 126):  # / ~
        return False
    end = at + 1
    while end < n and _bits_at(text, end) & _IN_PATH_NAME:
        end += 1
    if end == at + 1 or end == n:
        return False
    c: i64 = ord(text[end])
    return c == 32 or (c == 47 and end + 1 < n and _bits_at(text, end + 1) & _IN_PATH_NAME != 0)


def _path_end(text: str, at: i64) -> i64:
    """Where _MASK's match at the ``/`` at ``text[at]`` (a token start, after no quote nor
    ``?``) ends when it is an absolute path whose names hold no space (``/var/log/app.log``,
    ``/home/a/``): the path's shape, the one alternative that may match at a ``/`` there,
    read as the engine does (``/`` and a name, ``_PATH_NAME`` greedy, twice or more, then a
    last ``/`` alone). ``at`` (the engine is asked) after ``/``, ``~``, a character of
    _GLUED or a request's method (``GET /a/b``: _NOT_REQUEST_TARGET), with fewer than two
    names, and where words after a space may go on with it (a name with spaces, a file's
    name: the shape's optional words, which only the engine judges): where one of the three
    words after its last name, each after one space, reaches a ``/`` or a ``.``."""
    n: i64 = len(text)
    if at:
        p: i64 = ord(text[at - 1])
        if p == 47 or p == 126 or (p < 128 and 1 <= _PREFIX_CLASS[p] <= 3):
            return at
        if p == 32 and any(_ends_with(text, at, method) for method in _METHODS_SPACED):
            return at
    end = at
    names = 0
    while end + 1 < n and ord(text[end]) == 47 and _bits_at(text, end + 1) & _IN_PATH_NAME:
        end += 2
        while end < n and _bits_at(text, end) & _IN_PATH_NAME:
            end += 1
        names += 1
    if names < 2:
        return at
    if end < n:
        c: i64 = ord(text[end])
        if c == 47:
            return end + 1  # (a last ``/`` after a name that no name's character follows)
        if c == 32:
            # (the shape's words after a space, a name's or a file's, go on only where one to
            # three words of _PATH_WORD, each after one space, reach a ``/`` or a ``.``: the
            # engine judges those; elsewhere the path ends at its last name)
            after = end
            for _ in range(3):
                if after == n or ord(text[after]) != 32:
                    break
                after += 1
                start = after
                while after < n and ord(text[after]) < 128 and _PATH_WORD_CHARS[ord(text[after])]:
                    after += 1
                if after == start:
                    break
                if after < n and (ord(text[after]) == 47 or ord(text[after]) == 46):
                    return at
    return end


_PATH_WORD_CHARS: Final = bytes(1 if chr(c) in spelled.characters(_PATH_WORD) else 0 for c in range(128))


def _dotted_name_may_match(text: str, at: i64) -> bool:
    """Whether a shape may match from ``at``, a word of letters followed by a ``.`` that
    does not end it, or a ``.`` at a token start. The shapes that go on from there through
    a dot (those of _AT_TOKEN_START's word group) read a run of ``\\w . + $ -`` and need,
    after it, an e-mail's ``@``, a relative path's ``/``, a port's ``:`` and digit or a url's
    ``://``; or a chain of labels that ends with a top-level domain (two labels and a
    generic one, or three or more); or a label after the first that opens with a file's
    extension (the text up to a ``-`` or the label's end, not before ``.`` and a letter).
    The words of domains and extensions are the pattern's own (``spelled.words``). Java's
    and Python's dotted names (``org.apache.hadoop.conf``, ``self.pool.size``) have none."""
    n: i64 = len(text)
    end = at
    while end < n:
        c: i64 = ord(text[end])
        if c >= 128 or not _SCAN_BITS[c] & _IN_DOTTED_RUN:
            break
        end += 1
    if end < n:
        c = ord(text[end])
        if c == 64 or c == 47:  # @ /
            return True
        if c == 58 and end + 1 < n:  # : and a port's digit or a url's //
            after: i64 = ord(text[end + 1])
            if (after == 47 and end + 2 < n and ord(text[end + 2]) == 47) or (
                    48 <= after <= 57 and not _camel_last_label(text, at, end)):
                return True
    if ord(text[at]) == 46:
        return False  # (a domain's and a file's first label is no dot)
    # a domain: the labels of letters, digits and dashes from ``at``, joined by single dots
    labels = 0
    label = at  # where the label being read starts
    last = last_end = at  # the last label read
    while True:
        stop = label
        # (the run's characters are ASCII: their classes read from the table itself)
        while stop < end and _SCAN_BITS[ord(text[stop])] & _IN_LABEL:
            stop += 1
        if stop == label:
            break
        labels += 1
        last, last_end = label, stop
        if stop + 1 < end and ord(text[stop]) == 46:
            label = stop + 1
        else:
            break
    if labels >= 2 and last_end - last <= _LONGEST_TLD:
        tld = text[last:last_end]
        if tld in _TLD_WORDS if labels >= 3 else tld in _GTLD_WORDS:
            return True
    # a file's extension: a label after the first of the words (\\w and -) joined by dots
    label = at
    while label < end and ord(text[label]) != 46:
        label += 1
    while label + 1 < end and ord(text[label]) == 46:
        start = label + 1
        stop = start
        while stop < end and _SCAN_BITS[ord(text[stop])] & _IN_FILE_LABEL:
            stop += 1
        if stop == start:
            break
        dash = start
        while dash < stop and ord(text[dash]) != 45:
            dash += 1
        if dash - start <= _LONGEST_EXT and text[start:dash] in _FILE_EXT_WORDS and not (
                dash == stop and stop + 1 < n and ord(text[stop]) == 46
                and _bits_at(text, stop + 1) & _IN_LETTERS):
            return True
        label = stop
    return False


def _camel_last_label(text: str, at: i64, colon: i64) -> bool:
    """Whether the last label of the dotted run ``text[at:colon]`` (after its last ``.``)
    holds a small letter right before a capital: a host's last label is never camelCase
    (the port's shape refuses it), so before a colon and a digit such a run is a class's
    name and its line (``com.example.Client:13``), no host and its port."""
    start = colon
    while start > at and ord(text[start - 1]) != 46:
        start -= 1
    return any(97 <= ord(text[i]) <= 122 and 65 <= ord(text[i + 1]) <= 90 for i in range(start, colon - 1))


def _numbers_listed(text: str, bracket: i64) -> bool:
    """Whether a compressed list of names may start at a word of letters glued to the ``[``
    at ``bracket`` (the one shape that goes on from a word through ``[``: ``node-[1-4,7]``,
    ``cn[01 02]``): digits, then a comma, a backslash, a space or a dash. An index
    (``items[3]``) or a name (``param[frontend-11]``) is none."""
    n: i64 = len(text)
    end = bracket + 1
    while end < n and 48 <= ord(text[end]) <= 57:
        end += 1
    if end == bracket + 1 or end == n:
        return False
    c: i64 = ord(text[end])
    return c == 44 or c == 92 or c == 45 or c == 32 or 9 <= c <= 13


def _dot_in_path(text: str, slash: i64) -> bool:
    """Whether a relative path may go on from a word of letters through its ``/`` at
    ``slash``: it needs a dot in the run of _RELATIVE_PATH's characters (``pkg/.Activity``,
    ``a/b.txt``; not ``cancelled/restarted``, ``i/o``). No other shape goes on from a word
    through a slash."""
    end = slash + 1
    while end < len(text) and _bits_at(text, end) & _IN_RELATIVE_PATH:
        if ord(text[end]) == 46:
            return True
        end += 1
    return False


def _after_message_key(text: str, at: i64) -> bool:
    """Whether ``at`` follows a message key's opening (``msg="``, ``"message":"``: the forms
    of _MESSAGE_KEY_FORMS, each a key between a prefix and a suffix), after which
    _not_after_message_key refuses every quoted value; a bare key (``msg=``) only where no
    ``\\w``, ``.`` or ``-`` comes before it; a quoted key (``"@m":"``, ``'event': '``) read
    whole back to its quote."""
    for prefix, suffix in _MESSAGE_KEY_PARTS:
        key_end = at - len(suffix)
        if key_end <= 0 or not _ends_with(text, at, suffix):
            continue
        if prefix:
            quote: i64 = ord(prefix)
            stop = max(0, key_end - _LONGEST_QUOTED_KEY - 1)
            key = key_end
            while key > stop and ord(text[key - 1]) != quote:
                key -= 1
            if key > stop and text[key:key_end] in _QUOTED_MESSAGE_KEY_WORDS:
                return True
            continue
        key = key_end
        while key > 0 and _bits_at(text, key - 1) & _IN_LETTERS:
            key -= 1
        if (key < key_end and text[key:key_end] in _MESSAGE_KEY_WORDS
                and (key == 0 or not _bits_at(text, key - 1) & _IN_KEY_STEM)):
            return True
    return False


def _ends_with(text: str, end: i64, part: str) -> bool:
    """``text[:end].endswith(part)``, compared by characters (mypyc calls ``endswith`` with
    bounds as a Python method)."""
    start = end - len(part)
    return start >= 0 and all(ord(text[start + i]) == ord(part[i]) for i in range(len(part)))


def _bits_at(text: str, at: i64) -> i64:
    """The scan's classes (_SCAN_BITS) of ``text[at]``; none for a character beyond ASCII."""
    c: i64 = ord(text[at])
    return _SCAN_BITS[c] if c < 128 else 0


# a message key form's prefix and suffix around its key ('"', '":"')
_MESSAGE_KEY_PARTS: Final[tuple[tuple[str, str], ...]] = tuple(
    (form[:form.index("{}")], form[form.index("{}") + 2:]) for form in _MESSAGE_KEY_FORMS)
_MESSAGE_KEY_WORDS: Final = frozenset(MESSAGE_KEYS)
_QUOTED_MESSAGE_KEY_WORDS: Final = frozenset(_QUOTED_MESSAGE_KEYS)
_LONGEST_QUOTED_KEY: Final = max(len(key) for key in _QUOTED_MESSAGE_KEYS)
_TLD_WORDS: Final = spelled.words(_TLD)
_GTLD_WORDS: Final = spelled.words(_GTLD)
_FILE_EXT_WORDS: Final = spelled.words(_FILE_EXT)
_LONGEST_TLD: Final = max(len(word) for word in _TLD_WORDS)
_LONGEST_EXT: Final = max(len(word) for word in _FILE_EXT_WORDS)
# Each ASCII character's classes for the scan's cheap tests, one bit a class, each class the
# pattern's own (spelled.characters): the runs a dotted name's shapes read (an e-mail's
# ``[\\w.+-]``, a host's and a url's ``[A-Za-z0-9.+-]``, a relative path's ``[\\w.$-]``), a
# domain's label, a file's label, a name in an absolute path, a relative path, the name in an
# object's print form, what a bare message key may not follow, letters.
_IN_DOTTED_RUN: Final = 1
_IN_LABEL: Final = 2
_IN_FILE_LABEL: Final = 4
_IN_PATH_NAME: Final = 8
_IN_RELATIVE_PATH: Final = 16
_IN_CLASS_NAME: Final = 32
_IN_KEY_STEM: Final = 64
_IN_LETTERS: Final = 128
_SCAN_CLASSES: Final = (
    (_IN_DOTTED_RUN, r"[\w.+$-]"), (_IN_LABEL, _LABEL), (_IN_FILE_LABEL, _FILE_LABEL),
    (_IN_PATH_NAME, _PATH_NAME), (_IN_RELATIVE_PATH, _RELATIVE_PATH), (_IN_CLASS_NAME, _CLASS_NAME_CHAR),
    (_IN_KEY_STEM, _GLUED), (_IN_LETTERS, _LETTER))


def _scan_bits() -> bytes:
    bits = [0] * 128
    for bit, char_class in _SCAN_CLASSES:
        for c in spelled.characters(char_class):
            bits[ord(c)] |= bit
    return bytes(bits)


_SCAN_BITS: Final = _scan_bits()
# (but a ``?``: a query string quoted alone opens after ``?"``, _AT_TOKEN_START's last alternatives)
_CLOSING_MARKS: Final = spelled.characters("[" + _CLOSING_BEFORE_QUOTE + "]") - {"?"}
_HEX: Final = spelled.characters(_HEX_DIGIT)


def _json_key_at(text: str, at: i64) -> bool:
    """Whether ``text[at:]`` holds what _NOT_JSON_KEY reads after a quote that a brace or a
    comma opens: 1 to 80 characters but quotes and line ends, a quote, spaces and a colon."""
    # (characters compared as numbers: compiled, a character cut from the text and compared
    # as a str costs some three times as much)
    n: i64 = len(text)
    end = at
    while end < n and end - at <= 80:
        c: i64 = ord(text[end])
        if c == 34 or c == 39 or c == 10:  # " ' and a line's end
            break
        end += 1
    if end in (at, n) or end - at > 80 or ord(text[end]) != 34:
        return False
    end += 1
    while end < n and (ord(text[end]) == 32 or 9 <= ord(text[end]) <= 13):  # \s under re.ASCII
        end += 1
    return end < n and ord(text[end]) == 58


def _random_id_at(text: str, at: i64, end: i64) -> bool:
    """Whether a random id with its kind's stem may start at the word of letters
    ``text[at:end]`` before a ``_`` (_AT_TOKEN_START's two: a stem of 2 to 8 small letters,
    then a letter and 5 more letters or digits at least, and no ``\\w`` after them; each
    needs a capital among them: mixed case, as no name of code is written)."""
    # (the word is of ASCII letters: small letters compared as numbers, not by str.islower,
    # which mypyc calls as a Python method)
    if not 2 <= end - at <= 8 or not all(97 <= ord(text[i]) <= 122 for i in range(at, end)):
        return False
    n: i64 = len(text)
    start = end + 1
    stop = start
    capitals = 0
    while stop < n:
        c: i64 = ord(text[stop])
        if c >= 128 or not (_PREFIX_CLASS[c] == 1 or 48 <= c <= 57):
            break
        if 65 <= c <= 90:
            capitals += 1
        stop += 1
    if stop - start < 6 or 48 <= ord(text[start]) <= 57 or (stop < n and ord(text[stop]) == 95):
        return False
    return capitals > 0


# What _FAST_VALUES' number may not be followed by: a unit after a space (left to the
# alternative of a number and its unit).
_UNIT_AFTER: Final = re.compile(r"\s" + _UNIT + r"\b", re.ASCII)


def _letter_runs(words: frozenset[str]) -> frozenset[str]:
    """``words`` (_UNIT's, spelled from the pattern at import) when each is a run of ASCII
    letters after one character beyond ASCII (``µs``) or none: the shape _unit_after_end reads
    a unit by, the ``\\b`` after it where the run of ASCII word characters ends; another shape
    raises at import (round 40, speed40)."""
    for word in words:
        letters = word if word[:1].isascii() else word[1:]
        if not (letters and letters.isascii() and letters.isalpha()):
            raise ValueError(f"{word!r}: _unit_after_end reads no unit of that shape")
    return words


_UNIT_WORDS: Final = _letter_runs(spelled.words(_UNIT))


def _unit_after_end(text: str, at: i64) -> i64:
    """The end of ``_UNIT_AFTER.match(text, at)``, else -1: the character at ``at`` is ASCII
    whitespace (``\\s``), and the word after it one of _UNIT_WORDS, whole: each is ASCII
    letters (after ``µ`` or not), so the ``\\b`` after it is where the run of ASCII word
    characters ends. Read without the engine (its call some 1,700 instructions a number
    before a space, r30 s0 of round 40; round 40, speed40)."""
    n: i64 = len(text)
    if at >= n:
        return -1
    c: i64 = ord(text[at])
    if not (c == 32 or 9 <= c <= 13):
        return -1
    start: i64 = at + 1
    if start == n:
        return -1
    run: i64 = start + 1 if ord(text[start]) >= 128 else start  # (µ: the run after it)
    end: i64 = run
    while end < n:
        c = ord(text[end])
        if not (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95):
            break
        end += 1
    return end if end > run and text[start:end] in _UNIT_WORDS else -1


def _number_end(text: str, at: i64) -> i64:
    """Where _FAST_VALUES' first alternative ends a match at ``text[at]`` (a digit): a word of
    ``\\w``, not an HTTP status class (``5xx``), where _VALUE_END says a value ends, with no
    unit after a space; ``at`` when it does not match (the engine is asked)."""
    n: i64 = len(text)
    end = at + 1
    while end < n:
        c: i64 = ord(text[end])
        if c >= 128 or not 1 <= _PREFIX_CLASS[c] <= 2:
            break
        end += 1
    if end == at + 3 and text[at + 1] == "x" and text[at + 2] == "x":
        return at  # (?!xx\b)
    if end == n:
        return end
    c = ord(text[end])
    if c == 32 or 9 <= c <= 13:
        return at if _unit_after_end(text, end) >= 0 else end
    if c in _VALUE_ENDS:
        return end
    if (c == 44 or c == 46 or c == 58) and (end + 1 == n or text[end + 1] in _WHITESPACE):
        return end
    return at


_VALUE_ENDS: Final = frozenset(ord(c) for c in ")]}\"';!?&|*=<>")


def _url_end(text: str, at: i64) -> i64:
    """Where the word group's url (``[A-Za-z][A-Za-z0-9+.-]*+://`` and _URL_REST) ends a match
    whose scheme and ``://`` end at ``at``, read as the engine reads it: an ipv6 host in
    brackets, then the longest run of characters of the url (not whitespace, quotes, angle,
    square or curly brackets) and of round brackets that open and close with such
    characters alone between them, less the ``:``, ``,``, ``;`` and ``.`` that end it. Asked
    at a word of letters at a token start, not one of the named words, before ``://``: no
    shape before the url in its group reads past the word's colon there (an e-mail's ``@``,
    a port's digit, a windows path's ``\\``, a name path's ``::``, a dot, a slash, ``[``),
    nor does any alternative before the group (a number, a word holding a digit, a random
    id's ``_``, the named values)."""
    n: i64 = len(text)
    end = at
    if end < n and ord(text[end]) == 91:  # [ (an ipv6 host: hex digits, colons and dots)
        close = end + 1
        while close < n and (text[close] in _HEX or ord(text[close]) == 58 or ord(text[close]) == 46):
            close += 1
        if close > end + 1 and close < n and ord(text[close]) == 93:
            end = close + 1
    last = end  # (the match's end: after the last character that may end it)
    while end < n:
        c: i64 = ord(text[end])
        if c < 128 and _OUT_OF_URL[c]:
            if c != 40:  # (
                break
            close = end + 1
            while close < n and not (ord(text[close]) < 128 and _OUT_OF_URL[ord(text[close])]):
                close += 1
            if close == n or ord(text[close]) != 41:  # )
                break
            end = last = close + 1
            continue
        end += 1
        if not (c == 58 or c == 44 or c == 59 or c == 46):  # : , ; .
            last = end
    return last


# the characters no url holds but in its round brackets' pairs (_URL_REST's class: whitespace
# as under re.ASCII, quotes, angle, round, square and curly brackets)
_OUT_OF_URL: Final = bytes(1 if chr(c) in spelled.characters(r"[\s\"'<>()\[\]{}]") else 0 for c in range(128))


def _word_number_end(text: str, at: i64) -> i64:
    """Where _FAST_VALUES' second alternative ends a match at ``text[at]``, a letter at a
    token start (after no quote nor ``?``): letters and dashes, a digit, then a word of
    ``[\\w-]``, where _VALUE_END says a value ends (where no value ends there, the word
    group's match of the same word and its chain: ``_word_chain_end``); ``at`` (the engine is
    asked) where it does not match, and where its lookaheads may refuse it: a capital,
    letters and digits, then a capital and a small letter (a class's name,
    _NOT_A_CLASS_NAME: Http2FrameCodec), and after the first letter what a named value's
    alternative reads (``ocalhost``, ``rue``, ``alse``, ``ull``, ``one``, ``il`` in their
    cases, a signal's ``IG``) or a hex digit and ``:`` or ``-`` (a mac address)."""
    n: i64 = len(text)
    if at + 2 >= n:
        return at  # (a letter, a digit and nothing after: the engine)
    c: i64 = ord(text[at + 1])
    if (c == 111 or c == 114 or c == 82 or c == 97 or c == 65 or c == 117 or c == 85 or c == 105 or c == 73
            or c == 110):  # o r R a A u U i I n: a named value's second letter
        rest = text[at + 1:at + 9]
        if (rest == "ocalhost" or rest[:3] in _NAMED_RESTS or rest[:4] in _NAMED_RESTS
                or rest[:2] in _NAMED_RESTS):
            return at
    if (c < 128 and text[at + 1] in _HEX) and (ord(text[at + 2]) == 58 or ord(text[at + 2]) == 45):
        return at  # (a mac address may start here)
    end = at + 1
    while end < n and (_bits_at(text, end) & _IN_LETTERS or ord(text[end]) == 45):
        end += 1
    if end == n or not 48 <= ord(text[end]) <= 57:
        return at
    # (a class's or a method's name: letters, digits, then a capital and a small letter)
    digits = end
    while digits < n and 48 <= ord(text[digits]) <= 57:
        digits += 1
    if digits + 1 < n and 65 <= ord(text[digits]) <= 90 and 97 <= ord(text[digits + 1]) <= 122 and (
            all(ord(text[i]) != 45 for i in range(at, end))):
        return at
    if 65 <= ord(text[at]) <= 90 and _constant_at(text, at, end):
        return at  # (a constant's name: _NOT_A_CONSTANT)
    if end - at >= 5 and 97 <= ord(text[at + 1]) <= 122:
        # (a camelCase name ending with digits, _NOT_A_CAMEL_NAME: its second letter small,
        # a capital after it; then its whole shape)
        i: i64 = at + 2
        while i < end and not 65 <= ord(text[i]) <= 90:
            i += 1
        if i < end and _CAMEL_NAME.match(text, at) is not None:
            return at
    end += 1
    while end < n:
        c = ord(text[end])
        if c >= 128 or not (1 <= _PREFIX_CLASS[c] <= 2 or c == 45):
            break
        end += 1
    if end == n:
        return end
    c = ord(text[end])
    if c == 32 or 9 <= c <= 13 or c in _VALUE_ENDS:
        return end
    if (c == 44 or c == 46 or c == 58) and (end + 1 == n or text[end + 1] in _WHITESPACE):
        return end
    return _word_chain_end(text, at, end)


def _word_chain_end(text: str, at: i64, end: i64) -> i64:
    """Where _MASK's match ends at ``text[at]``, a letter at a token start that opens a word
    holding a digit whose run of ``[\\w-]`` ends at ``end`` before a mark that ends no value
    (``version=v26.2.0``, ``v1.7.13;``, ``node7/x``): _FAST_VALUES' second alternative refuses
    the place (no value ends after the word), and the first shape of the word group to match
    there is its word holding a digit (the same word, then _CHAIN), where none of the shapes
    before it in the group may: not before ``:`` (an ipv6 address's first group, a host's
    port, a windows path) nor ``[`` (a compressed list of names), and not where
    ``_dotted_name_may_match`` says an e-mail address, a host and its port, a domain, a
    file's name, a relative path or a url may go on from the word (a mac address's pair and
    the word's lookaheads are refused by ``_word_number_end`` before). ``at`` (the engine is
    asked) there. The word group's other shapes before it need a character this reads
    first: a random id's ``_`` after its small letters, a named value's letters, a date's
    month and a space (the word's letters here are followed by a digit or ``-``)."""
    c: i64 = ord(text[end])
    if c == 58 or c == 91 or _dotted_name_may_match(text, at):
        return at
    return _chain_steps_end(text, end)


def _chain_steps_end(text: str, end: i64) -> i64:
    """Where _CHAIN's steps from ``end`` end, greedy as the engine reads them: one or two of
    its marks and a word holding a digit, again and again, then ``.`` and a letter's words
    (a dotted name after the chain). ``end`` when no step is taken."""
    n: i64 = len(text)
    while end < n:
        mark = end
        while mark < n and mark - end < 2 and ord(text[mark]) < 128 and _CHAIN_MARK[ord(text[mark])]:
            mark += 1
        stop = _word_end(text, mark)
        if mark == end or not any(48 <= ord(text[i]) <= 57 for i in range(mark, stop)):
            break
        end = stop
    while end + 1 < n and ord(text[end]) == 46 and _letter_at(text, end + 1):
        end = _word_end(text, end + 2)  # (a dotted name's words after it)
    return end


def _constant_at(text: str, at: i64, end: i64) -> bool:
    """Whether the word at ``text[at]`` (a capital; capitals and dashes to ``end``, a digit
    there) is a constant's name as _NOT_A_CONSTANT reads one: capitals, digits and ``_`` to
    a character not of ``[\\w-]``, its last ``_`` before a capital."""
    n: i64 = len(text)
    last: i64 = -1
    i: i64 = at
    while i < n:
        c: i64 = ord(text[i])
        if c == 95:
            last = i
        elif not (65 <= c <= 90 or 48 <= c <= 57):
            if c == 45 or 97 <= c <= 122:
                return False
            break
        i += 1
    return last > at and last + 1 < i and 65 <= ord(text[last + 1]) <= 90


# the shape _NOT_A_CAMEL_NAME refuses (the scan's test, where a word of letters meets a digit)
_CAMEL_NAME: Final = re.compile(_NOT_A_CAMEL_NAME[3:-1], re.ASCII)

# what _FAST_VALUES' second alternative refuses after a word's first letter (the named values'
# rests, and a signal's IG: the engine reads those)
_NAMED_RESTS: Final = frozenset(("rue", "RUE", "alse", "ALSE", "ull", "ULL", "one", "il", "IG"))


def _chain_end(text: str, at: i64) -> i64:
    """Where _AT_TOKEN_START's number ends a match at ``text[at]``, a digit at a token start
    where _FAST_VALUES' first alternative ends none (_number_end): ``\\d[\\w-]*``, then _CHAIN
    (one or two of its marks and a word of ``[\\w-]`` holding a digit, again and again; then
    ``.`` and a letter's words), greedy as the engine reads it, nothing after it able to fail.
    ``at`` (the engine is asked) where a shape before it in its group may match instead, each
    needing a character this reads first: a date (four digits and ``-`` or ``/``), a month's
    date (``-`` or ``/`` after one or two digits; at ``-``, its month's capital after it),
    ``0x``, a mac address (a hex digit, then ``:`` or ``-``), a host and its port (a letter in
    the run of ``[A-Za-z0-9.-]`` and a colon after it), an ipv6 address (hex digits and a
    colon), and where _NOT_STATUS refuses the group (``5xx``) or _NAME_AFTER_NUMBER may go on
    (a colon and a letter after the chain). A number and its unit after a space (the digits,
    or a decimal, then a space and one of _UNIT: the group's shape before the chain, the first
    to match there when the shapes above may not) ends where _UNIT_AFTER's match does."""
    n: i64 = len(text)
    digits = at + 1
    while digits < n and 48 <= ord(text[digits]) <= 57:
        digits += 1
    if at + 2 < n and _hex_at(text, at + 1) and (ord(text[at + 2]) == 58 or ord(text[at + 2]) == 45):
        return at  # (a mac address)
    if digits == n:
        return n
    c: i64 = ord(text[digits])
    if c == 45 and digits - at != 4 and (
            digits - at > 2 or digits + 1 == n or not 65 <= ord(text[digits + 1]) <= 90):
        pass  # (a dash that no date's year, nor a month's name after one or two digits, makes: 6-common)
    elif c == 32 or 9 <= c <= 13:
        # (a unit after a space, as _number_end found: the number and its unit, the group's
        # shape of them, the first to match there; round 32, speed26)
        unit_end = _unit_after_end(text, digits)
        return at if unit_end < 0 else unit_end
    elif c == 45 or c == 47 or c == 58 or c == 120 or c == 88:
        return at  # (a date or a month's, an ipv6 address or a time, 0x and 5xx)
    if c == 46:
        decimal = digits + 1
        while decimal < n and 48 <= ord(text[decimal]) <= 57:
            decimal += 1
        if decimal > digits + 1 and decimal < n and (
                ord(text[decimal]) == 32 or 9 <= ord(text[decimal]) <= 13):
            # (a decimal and its unit after a space: the number and its unit, as above; with no
            # unit there the shapes after it read the decimal as they read one before any other
            # character: round 32, speed26, where the engine was asked at every decimal before a
            # space, Spark's ``task 27.0 in stage 26.0``)
            unit_end = _unit_after_end(text, decimal)
            if unit_end >= 0:
                return unit_end
    # (a host and its port: a letter in the run of labels and dots, a colon after it; so an
    # ipv6 address whose first group holds a letter: a digit's colon is asked above)
    host_end = digits
    while host_end < n and (_hex_at(text, host_end) or _letter_at(text, host_end) or ord(text[host_end]) == 46
                            or ord(text[host_end]) == 45):
        host_end += 1
    if host_end < n and ord(text[host_end]) == 58 and any(
            _letter_at(text, i) for i in range(digits, host_end)):
        return at
    end = _chain_steps_end(text, _word_end(text, digits))
    if end + 1 < n and ord(text[end]) == 58 and _letter_at(text, end + 1):
        return at  # (a name after the number's colon: _NAME_AFTER_NUMBER)
    return end


def _quoted_end(text: str, at: i64) -> i64:
    """Where _MASK's match at ``text[at]`` ends when a double quote opens the value there
    after ``:``, ``=``, ``>``, ``(`` or a space (``"level":"warn"``, ``k="a b"``, ``=>"x"``,
    ``said "hi"``): _AFTER_QUOTE's double-quoted value, the first of the pattern's shapes to
    match there, read as the engine does (no other alternative starts after a quote: each of
    _MASK's other two needs a word's character before it, and _PLAIN_WORD's lookahead none).
    ``at`` (the engine is asked) where one of that shape's refusals may apply: a JSON key's
    quote (after ``{`` or ``, ``), a bracketed or leading message (after ``[`` or ``] ``, or
    first), a message key's value (``msg="``, ``"message":"``, ``"event": "``), a method and
    its target (``GET /x``), a status class (``5xx``), a closing mark and a space; and where
    the value's own run ends otherwise than at a quote that no word's character, quote or
    colon follows (a line's end, 200 characters, an escaped line break)."""
    n: i64 = len(text)
    if at < 2 or at >= n or ord(text[at - 1]) != 34:
        return at
    mark: i64 = ord(text[at - 2])
    if mark == 32:  # (a space: not after a bracket's end nor a JSON list's comma)
        if at >= 3 and (ord(text[at - 3]) == 93 or ord(text[at - 3]) == 44):
            return at
    elif not (mark == 58 or mark == 61 or mark == 62 or mark == 40):
        return at
    # (_not_after_message_key's forms after a double quote)
    if mark == 61:
        for form in _KEY_EQUALS_QUOTE:
            if _ends_with(text, at, form):
                # (a bare key: no character of _GLUED before it)
                stem = at - len(form) - 1
                if stem < 0 or not (ord(text[stem]) < 128 and 1 <= _PREFIX_CLASS[ord(text[stem])] <= 3):
                    return at
    elif mark == 58 or mark == 32:
        for form in _JSON_KEY_QUOTE if mark == 58 else _JSON_KEY_SPACE_QUOTE:
            if _ends_with(text, at, form):
                return at
    c: i64 = ord(text[at])
    if 65 <= c <= 90 and any(_ends_with(text, at + len(method), method) for method in _METHODS_SPACED
                             if at + len(method) <= n):
        return at  # (a request's method and its target: _METHODS)
    if 49 <= c <= 53 and at + 2 < n and ord(text[at + 1]) == 120 and ord(text[at + 2]) == 120:
        return at  # (5xx: _NOT_STATUS)
    if (c < 128 and _CLOSING_SPACE[c]) and (at + 1 == n or text[at + 1] in _WHITESPACE):
        return at  # (_NOT_AFTER_CLOSING)
    end = at
    units = 0
    while end < n and units < 200:  # ((?:[^"\\\n]|\\.){1,200}, greedy)
        c = ord(text[end])
        if c == 34 or c == 10:
            break
        if c == 92:
            if end + 1 == n or ord(text[end + 1]) == 10:
                break
            end += 1
        end += 1
        units += 1
    if end == n or ord(text[end]) != 34:
        return at
    if end + 1 < n:  # ((?![\w'"])(?!:) after the closing quote)
        c = ord(text[end + 1])
        if c == 39 or c == 34 or c == 58 or (c < 128 and 1 <= _PREFIX_CLASS[c] <= 2):
            return at
    return end


# _quoted_end's refusals spelled once, not per call: a message key's opening quote (``msg="``,
# ``"msg":"``, ``"msg": "``) and a method before its target (``GET ``)
_KEY_EQUALS_QUOTE: Final = tuple(key + '="' for key in MESSAGE_KEYS)
_JSON_KEY_QUOTE: Final = tuple('"' + key + '":"' for key in _QUOTED_MESSAGE_KEYS)
_JSON_KEY_SPACE_QUOTE: Final = tuple(quote + key + quote + ': "'
                                     for quote in "\"'" for key in _QUOTED_MESSAGE_KEYS)
_METHODS_SPACED: Final = tuple(method + " " for method in METHODS)

# what _NOT_AFTER_CLOSING refuses a quoted value's first character to be, before a space
_CLOSING_SPACE: Final = bytes(1 if chr(c) in " \t\n\r\f\v:,;)]}" else 0 for c in range(128))

# the marks _CHAIN chains a number's parts with (a table by character)
_CHAIN_MARK: Final = bytes(1 if chr(c) in ".:,/+#" else 0 for c in range(128))


def _word_end(text: str, at: i64) -> i64:
    """The end of the run of ``[\\w-]`` (ASCII) from ``at``."""
    n: i64 = len(text)
    while at < n:
        c: i64 = ord(text[at])
        if c >= 128 or not (1 <= _PREFIX_CLASS[c] <= 2 or c == 45):
            break
        at += 1
    return at


def _hex_at(text: str, at: i64) -> bool:
    c: i64 = ord(text[at])
    return 48 <= c <= 57 or 97 <= c <= 102 or 65 <= c <= 70


def _letter_at(text: str, at: i64) -> bool:
    c: i64 = ord(text[at])
    return c < 128 and _PREFIX_CLASS[c] == 1


# A source file's extension: the file of a code location (__FILE__:__LINE__).
SOURCE_EXT: Final = (
    r"(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|go|rs|zig|nim|lua|py|rb|pl|pm|php|java|kt|scala|cs"
    r"|swift|dart|js|mjs|cjs|ts|ex|exs|erl|hrl|hs|ml|cr|d)"
)
# A code location that opens the record (or follows its bracketed tags: [lua] x.lua:163:,
# [sway/input/seat.c:466]): the file and line of the call site that logged it, as C's
# __FILE__:__LINE__ and most loggers' caller field print it. One file and line is one call
# site, so both are kept (what follows is that call site's message; two lines of one file
# are two call sites), and the line's digits are read by the miner's exact cache as a
# status's first digit is (mask_statuses), and the pattern's id holds it (shapes.id_tokens:
# a call site whose line moves in a new build is a new pattern, as an edited message is).
# Elsewhere in a message a location is a value (parsing [<*>:<*>]: a configuration file's line).
# A source file without a line before a spaced dash there is the logger's name (log4js's
# ``[ERROR] account-store.ts - <message>``, a category per file): the file that logs, kept
# too (two never merge: templates.header_logger_at).
# The head's fields may come before it: bracketed tags, a time or date, a process id, a
# level's letter alone (glog's head without its date and time: ``W <thread> rdb.cc:875] …``),
# a level word (Go's log with Lshortfile: ``<date> <time> server.go:42: …``; zap's caller:
# ``<time>\tINFO\tserver/server.go:42\t…``; klog's ``I0102 <time> <thread> server.go:42]
# …``; zerolog's ``<time> INF server.go:42 > …``): they are masked, the location is kept.
# The level may open the location's bracket (Haskell's monad-logger: ``[WARN src/X.hs:355]
# …``), or be a letter glued to the location by its colon (chrony's ``D:ntp_io.c:165:(function)
# …``); a location may open the record in round brackets with its line after a dot
# (lighttpd's ``(mod_ssi.c.784) …``), and its path may be rooted (Harbor's ``[INFO]
# [/pkg/x.go:12]: …``). The head's own format prints each, so one file and line is one call
# site there too. A bracketed field may open with a digit as with a letter: a request id, a
# trace id, a pid or a thread's number in brackets after the level (``INFO [9fe70021]
# [server.c:595] …``) is as much a head field as a tag is, and hex ids open with a digit as
# often as not (read with a letter alone, the same call site's line was kept or masked as
# its record's id began); and it may hold dots, as Java's threads' names do
# (``[ForkJoinPool.commonPool-worker-3]``).
_HEAD_FIELD: Final = (
    r"(?:\[[A-Za-z0-9][\w.-]*\]|[IWEFD]?\d[\d:./,TZ+-]*(?:AM|PM)?|[IWEFD](?=[ \t])|\[?(?:" + _LEVEL_WORD + ")"
    # a request's or a trace's id in hex, bare (``INFO f039f53e web.cc:206: …``)
    r"|(?=[a-f]*\d)[0-9a-f]{8,}(?=[ \t])"
    # nginx's error log (OpenResty's, Kong's): ``[warn] <pid>#<tid>: *<connection> [lua] …``
    r"|\d+#\d+:|\*\d+"
    # a thread's name in angle brackets (Rust's cloud-hypervisor: ``<vcpu0> INFO:…``)
    r"|<[A-Za-z][\w.-]*>)"
)
# the program's name and its colon, opening the record (``cloud-hypervisor: <vmm> …``)
_HEAD_PROGRAM: Final = r"(?:[A-Za-z][\w.-]*:[ \t]+)?"
# A logger's name between the level and the caller, tab-separated as zap's console encoder
# prints a named logger's records (``INFO\tcore/commands\tcommands/version.go:253\t…``,
# ``<time>\tDEBUG\tnet.peer\tpeer/conn.go:73\t…``): the name is a head field as the level
# is, and the caller after it is the call site's. Only before a tab: in a message a name and
# a location after it are the message's words and a value (``parsing conf/x.go:12``).
_HEAD_LOGGER: Final = r"(?<=\t)[A-Za-z][\w.-]*(?:/[\w.-]+)*\t"
# Erlang's loggers (lager, OTP logger's formatters) print the call site as the process, then
# the module, the function and the line: ``[error] <0.4.0>@riak_kv_vnode:
# encode_and_put:4023 …``. The process varies, the module, function and line are the call
# site's, as a file and its line are.
_ERLANG_LOCATION: Final = r"<\d+\.\d+\.\d+>@(?P<mfa>[a-z]\w*:[a-z]\w*)"
# leo_logger's tab-separated head prints the node, the date, the Unix time, then the call
# site as the module, the function with its arity and the line, each in its own column:
# ``[E]\tstorage_0@127.0.0.1\t<date>\t<time>\tleo_object:put/4\t425\t…``. The node and the
# times are the head's fields; the module, function and line are the call site's.
# The function's column is the text the call site hands the logger (its macro's first
# argument, ``?warn("handle_call/1 - consume", …)``): a program may write its own words after
# the function and its arity, after a spaced dash or a comma (``mod:handle_call/1 -
# consume\t423``, ``mod:handle_call/3, change_status\t207``); they are the call site's too, up
# to the column's tab, and the line after them still names it (round 42, weak42).
_OWN_WORDS_AFTER_ARITY: Final = r"(?:(?: - |, )[^\t\n]*)?"
_ERLANG_NODE_LOCATION: Final = (
    r"[a-z]\w*@[\w.:-]+\t(?:\d[^\t\n]*\t){0,2}(?P<arity>[a-z]\w*:[a-z]\w*/\d+"
    + _OWN_WORDS_AFTER_ARITY + r")")
# (a head field may be parted from the next by a spaced bar or dash: ``<time> | INFO |
# server.go:42: …``, Python's ``%(asctime)s - %(levelname)s - %(filename)s:%(lineno)d - …``)
# (a function with its arity between tabs, a digit after: where _ERLANG_NODE_LOCATION may end)
_ARITY_LOCATION: Final = re.compile(r"[a-z]\w*:[a-z]\w*/\d+" + _OWN_WORDS_AFTER_ARITY + r"\t\d", re.ASCII)
_LEADING_LOCATION: Final = re.compile(
    _HEAD_PROGRAM + r"(?:" + _HEAD_FIELD + r"[ \t]+(?:[|-][ \t]+)?|" + _HEAD_LOGGER + r"){0,7}"
    r"(?:(?:(?:[A-Z]|" + _LEVEL_WORD + r"):)?(?P<file>(?:(?P<sq>\[)|\{|(?P<paren>\A\())?/?"
    r"(?:[\w.-]+/)*[\w+-]+\." + SOURCE_EXT + r")(?(paren)\.(?=\d+\))"
    # (in a square bracket a function may come between the file and its line: Janus'
    # ``[src/x.c:handle_message:1267]``, C's ``[%s:%s:%d]`` of __FILE__, __FUNCTION__, __LINE__)
    r"|(?::(?(sq)(?:[A-Za-z_]\w*:)?)(?=\d+(?:[:\]} \t]|$))|(?= - )))"
    + r"|" + _ERLANG_LOCATION + r":(?=\d+(?:[:\] \t]|$))"
    # (Erlang's OTP logger with ``%(mfa):%(line)`` in its template, after the level:
    # ``[error] ar_kv:do_open/1:511 …``, the module, the function with its arity, the line)
    + r"|(?P<mfal>[a-z]\w*:[a-z]\w*/\d+):(?=\d+(?:[:\] \t]|$))"
    + r"|" + _ERLANG_NODE_LOCATION + r"\t(?=\d+\t))",
    re.ASCII)
# (where _LEADING_LOCATION's Erlang module, function, arity and line may be)
_MFA_LINE: Final = re.compile(r"[a-z]\w*:[a-z]\w*/\d+:\d", re.ASCII)
# The source files' extensions (SOURCE_EXT's words), the characters they are written with,
# and what follows the extension in _LEADING_LOCATION: the line after a dot (in round
# brackets), its colon, or the spaced dash after a logger's file.
_SOURCE_EXT_WORDS: Final = spelled.words(SOURCE_EXT)
_SOURCE_EXT_CHARS: Final = frozenset("".join(_SOURCE_EXT_WORDS))
_AFTER_SOURCE_EXT: Final = ".: "
_SOURCE_EXT_CODES: Final = bytes(1 if chr(c) in _SOURCE_EXT_CHARS else 0 for c in range(128))
_LONGEST_SOURCE_EXT: Final = max(len(word) for word in _SOURCE_EXT_WORDS)


def _may_hold_location(text: str) -> bool:
    """A necessary condition of ``_LEADING_LOCATION.match(text)``: Erlang's ``>@`` is in the
    text, or a function with its arity between tabs (leo_logger's columns,
    ``_ERLANG_NODE_LOCATION``: the engine asked only where a tab, an ``@`` and a ``/`` are),
    or a dot is followed by a source file's extension (the whole run of the characters
    extensions are written with) and one of the marks that follow it there. Most texts with a
    dot and a colon hold a dotted name, not a file (``[deluge.ui.web.json_api:617]``,
    ``openxpki.system.DEBUG:4711``): the engine is not asked there.

    And (round 41, speed41): a text that opens with ``[`` or ``{`` and a character no head
    field, level or file goes on with (not ``\\w``, ``.``, ``+``, ``/``, ``-``: ``[] INFO
    [o.a.x.Y] - …``, a JSON record's ``{"caller":"x.go:12",…}``) holds none, as no other shape
    opens with either; a match holds no ``=`` (nor do its lookaheads read one) but in
    leo_logger's columns, so the ``>@`` and the extension and its mark are read before the
    text's first ``=`` (logfmt's ``level=info caller=x.go:12 …``, whose ``caller`` follows
    the ``=`` of a key); and the extension's mark is a dot only in round brackets that open
    the text and before a digit (lighttpd's ``(mod_ssi.c.784)``; not Spring's ``c.x.j.Y``),
    and a space only in a spaced dash. (The engine found no match in those texts, at some
    11,000 instructions a text.)"""
    n: i64 = len(text)
    if n >= 1 and (ord(text[0]) == 91 or ord(text[0]) == 123):  # [ {
        second: i64 = ord(text[1]) if n >= 2 else 0
        if not (second < 128 and (1 <= _PREFIX_CLASS[second] <= 2 or second == 46 or second == 43
                                  or second == 47 or second == 45)):
            return False
    if "\t" in text and "@" in text and "/" in text and _ARITY_LOCATION.search(text):
        return True
    limit: i64 = text.find("=")
    if limit < 0:
        limit = n
    erlang: i64 = text.find(">@")
    if 0 <= erlang < limit:
        return True
    dot: i64 = text.find(".", 0, limit)
    while dot >= 0:
        end: i64 = dot + 1
        # (a run is read no further than the longest extension: a longer one ends with no
        # mark after it there, and holds no dot for the next search to find; characters read
        # by their code points, round 35)
        stop: i64 = min(n, end + _LONGEST_SOURCE_EXT)
        while end < stop:
            c: i64 = ord(text[end])
            if c >= 128 or _SOURCE_EXT_CODES[c] == 0:
                break
            end += 1
        if end < n:
            c = ord(text[end])
            # (one of _AFTER_SOURCE_EXT after it: a dot only in round brackets that open the
            # text, a line's digit after it, and a space only in a spaced dash)
            if ((c == 58 or (c == 46 and ord(text[0]) == 40 and end + 1 < n
                                 and 48 <= ord(text[end + 1]) <= 57)
                    or (c == 32 and end + 2 < n and ord(text[end + 1]) == 45 and ord(text[end + 2]) == 32))
                    and text[dot + 1:end] in _SOURCE_EXT_WORDS):
                return True
        dot = text.find(".", end, limit)
    return False


# A code location in round or square brackets that closes the record (RT's ``… (/opt/rt5/
# lib/RT/Handle.pm:2169)``, Vapor's ``… (Vapor/Routing/Router.swift:153)``, a logback
# pattern's ``(%file:%line)``, logrus formatters' ``[function@file.go:502]`` or
# ``[file.go:502]``): the logger appends its caller, the call site, after the message, as
# others print it first; kept as the leading one is (its line's digits name the pattern),
# and outside the cause of a failure the message may end with (causes.fold). A source
# file's name with its extension and a line, the function's name and an @ before it or not;
# or, where the language names code by module and function (Erlang's OTP logger templates,
# ``… (eturnal_ctl:get_password/1:79)``), the module, the function with its arity and the line;
# or a class by its package (log4j's ``(%c:%L)``, Kafka Connect's default, ``… (io.debezium.
# connector.postgresql.PostgresConnectorTask:172)``), the qualified class and the line.
TRAILING_LOCATION: Final = re.compile(
    r" (?:(?P<paren>\()|(?P<square>\[)|- )(?:(?:[A-Za-z_][\w.]*@)?(?:[\w.-]*/)*[\w-]+\." + SOURCE_EXT
    + r"|(?<=[(\[])(?:[a-z]\w*:[a-z]\w*/\d+|(?:[a-z]\w*\.)+[A-Z][\w$]*))"
    r":(?P<line>\d+)(?(paren)\)|(?(square)\]|))\Z", re.ASCII)


def trailing_location(text: str) -> re.Match[str] | None:
    """The code location that closes ``text`` (TRAILING_LOCATION), from the space before its
    bracket, or None. (The engine is asked only where ``text`` ends with a digit and a
    closing bracket and a dot (a file's extension) or a slash (a function's arity) is near
    its end, and only from the last space and opening bracket: a masked value in brackets,
    ``[<*>]``, is never asked. The last characters are read by their code points: most
    texts end with neither, and a slice is a call.)"""
    n: i64 = len(text)
    if n < 2:
        return None  # (one character ends with a bracket and no digit, or with no spaced dash)
    last: i64 = ord(text[n - 1])
    if (last == 41 or last == 93) and 48 <= ord(text[n - 2]) <= 57 and (
            "." in text[-80:] or "/" in text[-80:]):
        at = text.rfind(" (" if last == 41 else " [")
        if at > 0:
            return TRAILING_LOCATION.match(text, at)
    elif 48 <= last <= 57 and " - " in text[-80:] and "." in text[-80:]:
        # (or after a spaced dash, unbracketed: muduo's and trantor's `… - file.cc:123`)
        at = text.rfind(" - ")
        if at > 0:
            return TRAILING_LOCATION.match(text, at)
    return None


# A code location in the record's head where no head rule above reads it (after a fiber's
# path, a padded level and bars, a thread's bracket: Tarantool's ``main/<fiber>/main
# upgrade.lua:602 I> …``, log4rs' ``ERROR |module| [thread] src/x.rs:42: …``, ``WRN |
# Arena.cs:402 | …``, ``DEBG client/x.go:316: …``), or a Java method and its line (Jitsi's
# ``[<thread>] Class.method#209: …``): the file and line (or method and line) of the call
# site, as a leading location is, kept with its line when no word of prose comes before it
# (only head fields: values, levels in capitals, bars, brackets, a module's path). After a
# word of prose a location is the message's value (``parsing conf/x.go:12``). A key's value
# there is one too (slog's TextHandler with AddSource, ``time=… level=INFO source=x.go:12 msg=…``).
_HEAD_LOCATION: Final = re.compile(
    r"(?:(?<![\w./=\"-])|(?<=[a-z_]=))"
    r"(?:(?:[\w.-]+/)*[\w+-]+\." + SOURCE_EXT + r":(?P<line>\d+)(?=[:\] \t|)>]|$)"
    r"|[A-Z][\w$]*(?:\.[\w$]+)+#(?P<jline>\d+)(?=:))", re.ASCII)
# a bracketed head field (a thread, a tag: ``[screen    ]``), left out of the prose test
_BRACKETED: Final = re.compile(r"\[[^\[\]]*\]")
# a word of prose: two lower-case letters or more (an apostrophe or a hyphen among them, a
# mark after them), or a capital alone that is no level's letter (``A``; the letters D, E,
# F, I, T and W are levels', Ruby's Logger's ``W, [#12]  WARN -- : …`` and klog's: round 41,
# r39b, W had been prose there, and the caller's location after it a value); not a level
# (``info``, ``error:``). (A capitalised word there is a program's or component's name as
# often: ``Jicofo INFO: …``.)
_PROSE_WORD: Final = re.compile(r"(?:[a-z][a-z'-]+|[ABCGHJ-SU-VX-Z])[.,;:!?]?")


_PATH_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./+-$")


def _path_char(code: i64) -> bool:
    """Whether the code point ``code`` is one of ``_PATH_CHARS`` (read without a string)."""
    return (97 <= code <= 122 or 65 <= code <= 90 or 45 <= code <= 57 or code == 95 or code == 43
            or code == 36)


def _source_location_at(text: str, dot: i64, at: i64, end: i64,
                        quoted: bool = False) -> tuple[int, int, int] | None:
    """``_HEAD_LOCATION``'s first shape matched from the start of the run of path characters
    before ``dot`` (``text[dot + 1:at]`` an extension and ``text[at]`` a colon, ``end`` the
    match's end bound), read without the engine in one walk back over the run: (its start,
    the line's start, the line's end), or None. (The match can only end its path at that
    colon: no character of a path is one; a run of path characters is ASCII.)"""
    # the directories' names ([\w.-]+/ each) and the file's name ([\w+-]+): the path parts at
    # its slashes, none empty, no $ in it, a + only in the file's name, a dot only in a
    # directory's (``slash``: the leftmost slash walked over, -1 before the first)
    start: i64 = dot
    slash = -1
    fits = True
    while start > 0:
        code: i64 = ord(text[start - 1])
        if not _path_char(code):
            break  # (the run's start)
        start -= 1
        if code == 47:
            if start + 1 == (dot if slash < 0 else slash):
                fits = False  # (an empty part)
            slash = start
        elif code == 36 or (code == 46 and slash < 0) or (code == 43 and slash >= 0):
            fits = False
    if not fits or start == dot or (slash == start and not quoted):
        return None  # (a part at the run's ends empty: no file's name, a slash first)
    if start > 0 and (text[start - 1] == "=" or text[start - 1] == '"') and (
            not _keyed_head_value(text, start)) and not (quoted and _quoted_keyed_value(text, start)):
        return None  # (the look-behinds: any other character before the run is no path's, nor a
        # quote or an = but a key's: a key's lower-case letter or _ and its =, logfmt's source=)
    # the line: all its digits ([0-9]: the engine's \d with re.ASCII), then a mark of
    # ``[:\] \t|)>]`` or the end (``$`` at the bound, or before a newline just before it)
    i: i64 = at + 1
    while i < end and 48 <= ord(text[i]) <= 57:
        i += 1
    if i == at + 1:
        return None
    if i < end:
        mark = text[i]
        if not (mark in ":] \t|)>" or (mark == "\n" and i == end - 1)
                or (mark == '"' and quoted and text[start - 1] == '"')):
            return None
    return start, at + 1, i


def _keyed_head_value(text: str, start: i64) -> bool:
    """Whether the run at ``start`` is a key's value, after its ``=`` and a key's last
    character, a lower-case letter or ``_`` (logfmt's ``source=x.go:12``, as slog's TextHandler
    with AddSource and go-kit's ``caller=`` print the call site): ``_HEAD_LOCATION``'s second
    look-behind."""
    if start < 2 or text[start - 1] != "=":
        return False
    code: i64 = ord(text[start - 2])
    return 97 <= code <= 122 or code == 95


def _quoted_keyed_value(text: str, start: i64) -> bool:
    """Whether the run at ``start`` is a key's quoted value, after its ``="`` and a key's last
    character, a lower-case letter or ``_`` (logrus' ``file="x.go:12"``: its text formatter
    quotes a value that holds a colon)."""
    return start > 2 and text[start - 1] == '"' and _keyed_head_value(text, start - 1)


# A key's value, quoted or not, that is a source file and its line, wherever the key is in a
# key=value record, under a key that names a source file (``caller``, ``source``, ``file``,
# ``src``, ``location``, or a key ending so: JSON_SOURCE_KEYS): the call site's location, as
# a head's is (round 33, r31a). logrus prints its caller after the message (``level=info
# msg="…" func=… file="/src/x.go:79"``, quoted: the value holds a colon), and hooks add one
# under their own key (``logSource="pkg/x.go:79"``); slog's TextHandler with AddSource prints
# ``source=x.go:12``. Such a file's line names the statement that logged the record (two
# lines of one file are two call sites): kept with its line, its digits naming the pattern.
# Not another key's (``path=conf/x.go:12``, ``k="x.go:2"``: a file the message reports), nor
# an unkeyed one (the head's are head_location's).
def keyed_location(text: str) -> tuple[int, int, int] | None:
    """The first key's value in ``text`` that is a source file and its line (``key=x.go:12``,
    ``key="pkg/x.go:12"``): (its start, its line's start, its line's end), or None. The colons
    with a digit after them and a source file's extension before them are read, as
    ``_head_location_at`` reads them, in the whole text."""
    n: i64 = len(text)
    at: i64 = text.find("=")
    if at < 0:
        return None
    at = text.find(":", at)
    while 0 < at < n - 1:
        last: i64 = ord(text[at - 1])
        if (97 <= last <= 122 or last == 43) and 48 <= ord(text[at + 1]) <= 57:
            dot = _extension_dot(text, at)
            if dot >= 0:
                located = _source_location_at(text, dot, at, n, True)
                if located is not None and _source_key_before(text, located[0]):
                    return located
        at = text.find(":", at + 1)
    return None


def _extension_dot(text: str, colon: i64) -> i64:
    """Where the dot is that opens a source file's extension right before ``colon``, within
    its six characters (``x.go:``, ``x.c++:``; ``_SOURCE_EXT_WORDS``), or -1: the test of a
    colon a digit follows that ``keyed_location`` and ``_head_location_at`` walk the text's
    colons with (asked where a lower-case letter or a ``+`` comes before the colon)."""
    dot: i64 = text.rfind(".", max(0, colon - 6), colon)
    if dot >= 0 and text[dot + 1:colon] in _SOURCE_EXT_WORDS:
        return dot
    return -1


def _source_key_before(text: str, start: i64) -> bool:
    """Whether the value at ``start`` follows ``=`` or ``="`` and a key that names a source
    file (its last part ends as one of JSON_SOURCE_KEYS: ``caller``, ``source``, ``file``,
    ``logSource``, ``src``; not ``path=``, whose file a message reports)."""
    eq: i64 = start - 1
    if eq > 0 and text[eq] == '"':
        eq -= 1
    if eq < 1 or text[eq] != "=":
        return False
    begin: i64 = eq
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    key = text[begin:eq].lower()
    for name in _JSON_SOURCE_KEY_NAMES:  # noqa: SIM110 (a loop, compiled, no generator)
        if key.endswith(name):
            return True
    return False


def _module_line_at(text: str, at: i64, i: i64) -> tuple[int, int, int] | None:
    """A dotted module's name and its line in square brackets after the record's level in
    capitals and before a spaced dash, the colon at ``at`` between them (timbre's ``INFO
    [app.models.user:148] - <message>``, Clojure's namespace where the call is): (the name's
    start, the line's start, its end), or None.
    The name's parts each open with a lower-case letter and hold lower-case letters, digits,
    ``_`` and ``-`` (a host's name is spelled so too: in the head, bracketed before the
    message's dash, a call site's place is what a layout prints there). The line's digits
    are read first, by the caller (``i`` their end, a ``] - `` there): most colons are
    followed by none, or by no ``] - ``."""
    start: i64 = at
    dots: i64 = 0
    while start > 0:
        code: i64 = ord(text[start - 1])
        if code == 91:  # "[": the name's start
            break
        if code == 46:
            if not 97 <= ord(text[start]) <= 122:
                return None  # (an empty part, or one that opens with no lower-case letter)
            dots += 1
        elif not (97 <= code <= 122 or 48 <= code <= 57 or code == 95 or code == 45):
            return None
        start -= 1
    if start < 3 or dots == 0 or not 97 <= ord(text[start]) <= 122 or text[start - 2] != " ":
        return None
    # right after the record's level in capitals, as the layout prints it (``INFO [<ns>:<line>]
    # -``): after a message's words a bracketed host and port before a dash is a value (akka's
    # ``Cluster Node [<host>:<port>] - Heartbeat …``)
    level = text[text.rfind(" ", 0, start - 2) + 1:start - 2]
    if not (level.isupper() and level in HEAD_LEVELS):
        return None
    return start, at + 1, i


# the level's one letter a head's bracket opens with (tornado's ``%(levelname)1.1s``)
_LEVEL_LETTERS: Final = frozenset("DIWEC")


def _bracketed_module_line_at(text: str, at: i64, i: i64) -> tuple[int, int, int] | None:
    """A module's name and its line that close a bracket of the record's head, the colon at
    ``at`` between them and the bracket's ``)`` or ``]`` at ``i``: (the name's start, the
    line's start, its end), or None. Python's ``%(module)s:%(lineno)d`` as layouts print it:
    in its own bracket right after the level in capitals (``INFO (movies:77) - <message>``,
    ``::INFO::[postproc:512] <message>``), or last in the bracket the record opens with its
    level's letter or word (tornado's ``[I 240301 10:00:00 web:2250] <message>``). The name's
    parts each open with a lower-case letter and hold lower-case letters, digits and ``_``
    (a module's, its package's dotted before it or not). A space, or the text's end, follows
    the bracket: the message (not a bar, which parts more fields: ``WARN [pool:3] | …``, a
    tag and its instance). The line has two digits or more: a source file's first lines are
    its header (imports, a licence), and a tag's instance is most often one digit. The
    line's digits are read first, by the caller."""
    n: i64 = len(text)
    close: i64 = ord(text[i])
    if (i + 1 < n and text[i + 1] != " ") or text.startswith(" |", i + 1) or i - at < 3:
        return None
    start: i64 = at
    while start > 0:
        code: i64 = ord(text[start - 1])
        if code == 46:
            if not 97 <= ord(text[start]) <= 122:
                return None  # (an empty part, or one that opens with no lower-case letter)
        elif not (97 <= code <= 122 or 48 <= code <= 57 or code == 95):
            break
        start -= 1
    if start < 2 or start == at or not 97 <= ord(text[start]) <= 122:
        return None
    opener: i64 = ord(text[start - 1])
    if (opener == 40 and close == 41) or (opener == 91 and close == 93):
        # in its own bracket: the level in capitals right before it (its padding, or the
        # ``::`` a layout parts its fields with, between; no other bracket: ``INFO [(movies:77)``
        # is no level's own bracket, as head_location's reading of one allows)
        if not _after_capital_level(text[:start - 1], " :"):
            return None
        return start, at + 1, i
    if opener != 32 or close != 93:
        return None
    # last in the head's bracket, which opens with the level (a letter, or a word in capitals)
    # and holds no other bracket before it
    bracket = text.rfind("[", 0, start)
    if bracket < 0 or text.find("]", bracket, start) >= 0:
        return None
    space = text.find(" ", bracket + 1, start)
    level = text[bracket + 1:space]
    if not (level in _LEVEL_LETTERS or (level.isupper() and level in HEAD_LEVELS)):
        return None
    return start, at + 1, i


def _class_line_at(text: str, at: i64, i: i64) -> tuple[int, int, int] | None:
    """A Java class's name and its line before a spaced dash, right after the record's level
    in capitals (log4j's ``%-5p %c{1}:%L - %m``, the layout its manual's examples print:
    ``WARN  KafkaReconciler:1166 - <message>``), the colon at ``at`` between them: (the
    name's start, the line's start, its end), or None. The name is a class's, capitalised
    (its package's lower-case parts before it or not: ``%c``, ``%C``); the line's digits
    are read first, by the caller (``i`` their end, a `` - `` there): most colons are
    followed by none, or by no `` - ``."""
    start: i64 = at
    while start > 0:
        code: i64 = ord(text[start - 1])
        if not (97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 95 or code == 36
                or code == 46):
            break
        start -= 1
    if start < 2 or text[start - 1] != " ":
        return None
    name = text[start:at]
    last = name[name.rfind(".") + 1:]
    if not last or not 65 <= ord(last[0]) <= 90 or last.isupper() or not 97 <= ord(name[0]) | 32 <= 122:
        return None  # (a class's name is capitalised, in camel case: no level, no constant)
    # right after the record's level in capitals (its padding's spaces between), as the
    # layout prints it: after a message's words a host and a port are a value
    before = text[:start].rstrip(" ")
    level = before[before.rfind(" ") + 1:]
    if not (level.isupper() and level in HEAD_LEVELS):
        return None
    return start, at + 1, i


def _cut_file_line_at(text: str, at: i64, i: i64) -> tuple[int, int, int] | None:
    """A source file's name cut to a fixed-width column, no extension left, and its line,
    padded by two spaces or more (``i``, the line's end, the caller's: two spaces there), as
    fc's console appender prints ``<file>:<line>`` cut to 22 characters
    (``resource_monitor_plugi:79     plugin_initialize    ] …``), the colon at ``at``:
    (the name's start, the line's start, its end), or None. The name is a file's in snake
    case, small letters, digits and at least one ``_`` (a host's name holds no ``_``: a
    padded ``db01:5432`` stays a value), after a space or opening the text; whether only head
    fields come before it is ``head_location``'s test (round 41, r39c)."""
    start: i64 = at
    under = False
    while start > 0:
        code: i64 = ord(text[start - 1])
        if code == 95:
            under = True
        elif not (97 <= code <= 122 or 48 <= code <= 57):
            break
        start -= 1
    if not under or at - start < 3 or (start > 0 and text[start - 1] != " "):
        return None
    if not 97 <= ord(text[start]) <= 122:
        return None
    return start, at + 1, i


def class_method_line(text: str) -> tuple[int, int, int] | None:
    """A Java class's name, its method's and its line before a spaced dash, right after the
    record's level in capitals (log4j's ``%-5p %c{1} %M %L  - %m``, moquette's ``[%t] %-5p
    %c{1} %M %L  - %m``: ``WARN  Server startServer 215  - <message>``): (the class's start,
    the line's start, its end), or None. The class and its line name the call site, as
    ``_class_line_at``'s ``Class:line`` does: the line is kept, and two lines of one method are
    two call sites (round 41, r39a). In the first 200 characters; the method's name starts
    with a small letter (``<init>`` too), the class's last part with a capital."""
    dash = text.find(" - ", 0, 200)
    while dash > 0:
        end = dash
        while end > 0 and text[end - 1] == " ":
            end -= 1
        line = end
        while line > 0 and 48 <= ord(text[line - 1]) <= 57:
            line -= 1
        if 0 < line < end and text[line - 1] == " ":
            start = line - 1
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$<>"):
                start -= 1
            method = text[start:line - 1]
            if method and (97 <= ord(method[0]) <= 122 or method == "<init>" or method == "<clinit>") and (
                    start > 1 and text[start - 1] == " "):
                name = start - 1
                while name > 0 and (text[name - 1].isalnum() or text[name - 1] in "_$."):
                    name -= 1
                located = _class_line_at(text, start - 1, end) if name < start - 1 else None
                if located is not None and located[0] == name:
                    return name, line, end
        dash = text.find(" - ", dash + 1, 200)
    return None


def _after_method_line(text: str, colon: i64) -> bool:
    """Whether the colon at ``colon`` follows a ``#`` and its digits (``#209:``), as a Java
    method's line in ``_HEAD_LOCATION`` ends."""
    i = colon - 1
    while i > 0 and 48 <= ord(text[i]) <= 57:
        i -= 1
    return i < colon - 1 and ord(text[i]) == 35


def _head_location_at(text: str, colon: i64) -> tuple[int, int, int] | None:
    """``_HEAD_LOCATION`` matched where one may start, in the first 200 characters: before a
    colon with a digit after it and a source file's extension before it, or before a ``#``
    with a digit after it (a Java method's line), from the start of the run of a path's or a
    name's characters it ends: (its start, its line's start, its line's end), or None. (Most
    texts hold neither: the engine is not asked; a time's colons fail at the extension.)
    ``colon`` is ``text``'s first colon (-1: none).

    (Its cost: a call of ``str.find`` costs some 190 instructions however short its range,
    the engine's match of a file's location some 6,000, a character read as ``ord(text[i])``
    a few: the first colon is the caller's, found already; characters are tested by their
    code points; a file's location is read by ``_source_location_at`` (the engine reads a
    Java method's); the ``#``'s search is made only when ``text`` holds one.)"""
    end: i64 = min(len(text), 200)
    at: i64 = colon if colon < end - 1 else -1
    # (whether a colon read below ends a Java method's line, ``#`` and its digits; a first
    # colon at 0 ends the walk before any is read: the ``#``'s search is made then)
    java = at == 0
    if at == 0:
        # (a first colon that opens the text, a layout's ``::`` before the level: the walk
        # reads the colons after it)
        at = text.find(":", 1, end - 1)
    while at > 0:
        # (the extension's last letter before the colon first: a lower-case letter or a +,
        # the characters extensions are written with and a few more; the word's test decides)
        last: i64 = ord(text[at - 1])
        if (97 <= last <= 122 or last == 43) and 48 <= ord(text[at + 1]) <= 57:
            dot = _extension_dot(text, at)
            if dot >= 0:
                located = _source_location_at(text, dot, at, end)
                if located is not None:
                    return located
            else:
                # (the line's digits read once for both layouts: ``] - `` after them is the
                # module's, `` - `` the class's, never both)
                digits: i64 = at + 2
                while digits < end and 48 <= ord(text[digits]) <= 57:
                    digits += 1
                located = None
                if text.startswith("] - ", digits):
                    located = _module_line_at(text, at, digits)
                elif text.startswith(" - ", digits):
                    located = _class_line_at(text, at, digits)
                if located is None and digits < end and (text[digits] == "]" or text[digits] == ")"):
                    located = _bracketed_module_line_at(text, at, digits)
                if located is None and digits < end and text[digits] == ")":
                    located = _java_method_line_at(text, at, digits)
                if located is None and text.startswith("  ", digits) and 0 < digits - at - 1 <= 5:
                    located = _cut_file_line_at(text, at, digits)
                if located is not None:
                    return located
        elif 48 <= last <= 57 and not java:
            java = _after_method_line(text, at)
        at = text.find(":", at + 1, end - 1)
    if not java and not (end > 0 and text[end - 1] == ":" and _after_method_line(text, end - 1)):
        return None  # (no colon with ``#`` and digits before it: no Java method's line)
    at = text.find("#", 1, end - 1)
    while at > 0:
        if 48 <= ord(text[at + 1]) <= 57 and _path_char(ord(text[at - 1])):
            start = at - 1
            while start > 0 and _path_char(ord(text[start - 1])):
                start -= 1
            found = _HEAD_LOCATION.match(text, start, end)
            if found is not None:
                line = found.start("jline") if found.start("jline") >= 0 else found.start("line")
                return found.start(), line, found.end("jline" if found.start("jline") >= 0 else "line")
        at = text.find("#", at + 1, end - 1)
    return None


# a Java class qualified by its package, then its method (log4j's ``%C.%M``)
JAVA_METHOD: Final = re.compile(
    r"(?:[a-z_]\w*\.)+[A-Z][\w$]*\.[a-z_$][\w$]*", re.ASCII)


def _java_method_line_at(text: str, at: i64, i: i64) -> tuple[int, int, int] | None:
    """A Java class qualified by its package, its method and its line in a round bracket of
    the record's head, as log4j's ``(%C.%M:%L)`` prints them (Flume's ``WARN  [<thread>]
    (org.apache.flume.channel.file.LogFileFactory.getMetaDataWriter:61)  - <message>``), the
    colon at ``at`` and the bracket's ``)`` at ``i``: (the class's start, the line's start,
    its end), or None. A space or the text's end follows the bracket and comes before it
    (round 43, r41a)."""
    if i == at + 1 or (i + 1 < len(text) and text[i + 1] != " "):
        return None
    start: i64 = at
    while start > 0:
        c: i64 = ord(text[start - 1])
        if not (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95 or c == 46 or c == 36
                or c == 60 or c == 62):
            break
        start -= 1
    if start < 2 or text[start - 1] != "(" or text[start - 2] != " ":
        return None
    if JAVA_METHOD.fullmatch(text, start, at) is None:
        return None
    return start, at + 1, i


def _unbracketed(text: str) -> str:
    """``_BRACKETED.sub(" ", text)``, read without the engine: each ``[`` whose next bracket
    is a ``]`` (no bracket between them), from the left, and all between, one space."""
    parts: list[str] = []
    kept: i64 = 0
    n: i64 = len(text)
    at = text.find("[")
    while at >= 0:
        i: i64 = at + 1
        while i < n and ord(text[i]) != 91 and ord(text[i]) != 93:
            i += 1
        if i < n and ord(text[i]) == 93:
            parts.append(text[kept:at])
            parts.append(" ")
            kept = i + 1
            at = text.find("[", kept)
        else:
            at = i if i < n else -1  # (a [ with no ] after it: the next [ is where one may open)
    if not parts:
        return text
    parts.append(text[kept:])
    return "".join(parts)


def _prose_word(word: str) -> bool:
    """``_PROSE_WORD.fullmatch(word) is not None``, read without the engine: two lower-case
    letters or more (an apostrophe or a hyphen among them after the first), or a capital
    of ``[ABCGHJ-SU-VX-Z]`` alone, and one mark of ``.,;:!?`` after it or none."""
    end = len(word)
    if end > 0:
        last: i64 = ord(word[end - 1])
        if last == 46 or last == 44 or last == 59 or last == 58 or last == 33 or last == 63:
            end -= 1
    if end == 1:
        first = ord(word[0])
        return 65 <= first <= 90 and not (68 <= first <= 70 or first == 73 or first == 84 or first == 87)
    if end < 2 or not 97 <= ord(word[0]) <= 122:
        return False
    i = 1
    while i < end:
        code: i64 = ord(word[i])
        if not (97 <= code <= 122 or code == 39 or code == 45):
            return False
        i += 1
    return True


# A source file's name and its line after ``at`` that end the record, a stop after them or
# none (ISC's ``log_error("Impossible condition at %s:%d.", MDL)``, MDL being ``__FILE__,
# __LINE__``; ``assertion failed at src/queue.rs:88``): the place in the program's own code
# the record is logged from, each line its own call site, not a value (round 40, r38c). Only
# after ``at`` and at the end: after another word a location is the message's value
# (``parsing conf/x.go:12``).
_AT_LOCATION: Final = re.compile(
    r" at (?P<file>(?:[\w.-]*/)*[\w-]+\." + SOURCE_EXT + r"):(?P<line>\d+)\.?\Z", re.ASCII)


def at_location(text: str) -> tuple[int, int, int] | None:
    """The file and line after ``at`` that end ``text`` (``_AT_LOCATION``), as ``(start,
    line, end)``, the line's digits at ``line:end``; or None. (The engine is asked only from
    the last `` at `` where the text ends with a digit or a digit and a stop.)"""
    n = len(text)
    if n < 8:
        return None
    last = text[-1] if text[-1] != "." else text[-2]
    if not "0" <= last <= "9":
        return None
    at = text.rfind(" at ")
    if at < 0:
        return None
    found = _AT_LOCATION.match(text, at)
    if found is None:
        return None
    return found.start("file"), found.start("line"), found.end("line")


# Python's logging with ``[%(filename)s:%(funcName)s()]`` opening its format (Moonraker's
# ``[wled.py:set_wled()] - Unknown WLED strip: <*>``): the file and the function that logged,
# no line printed; one function of one file is one call site (round 41, weak41b)
_FUNCTION_CALLER: Final = re.compile(
    r"\[(?:[\w.-]+/)*[\w+-]+\." + SOURCE_EXT + r":[A-Za-z_]\w*\(\)\](?=[ \t])", re.ASCII)


def function_caller(text: str) -> tuple[int, int, int] | None:
    """A source file and the function that logged, ``file.py:function()`` in the square
    bracket that opens the record (``_FUNCTION_CALLER``): ``(start, end, end)``, the
    bracket's inside (no line's digits to read), or None. The file and the function are the
    call site's, as a file and its line are, so both are kept: one message logged in two
    functions is two call sites."""
    if text[:1] != "[" or "()]" not in text[:160]:
        return None
    found = _FUNCTION_CALLER.match(text)
    if found is None:
        return None
    return 1, found.end() - 1, found.end() - 1


def slash_line_location(text: str) -> tuple[int, int, int] | None:
    """A source file's name and its line parted by a slash in the record's head, a space or
    the end after the line, with no word of prose before it (ZoneMinder's C++ logger prints
    ``%s[%d].%s-%s/%d [<message>]``, the process, its thread, the level's code and the call
    site's ``__FILE__`` and ``__LINE__``: ``zmc_m1[1234].ERR-zm_comms.cpp/99 [fcntl(), …]``):
    (the file's start, its line's start, its line's end), or None. One file and line is one
    call site, as at a colon (``head_location``). (Only the first 120 characters' slashes
    are read, each first by the digit after it: most slashes are a path's or a URL's.)"""
    end: i64 = min(len(text), 120)
    slash = text.find("/", 2, end - 1)
    while slash > 0:
        if 48 <= ord(text[slash + 1]) <= 57:
            dot = text.rfind(".", max(0, slash - 6), slash)
            if dot > 0 and text[dot + 1:slash] in _SOURCE_EXT_WORDS and (
                    text[dot - 1].isalnum() or text[dot - 1] == "_"):
                i: i64 = slash + 2
                while i < len(text) and 48 <= ord(text[i]) <= 57:
                    i += 1
                if i == len(text) or text[i] == " ":
                    start: i64 = dot
                    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_+-"):
                        start -= 1
                    before = text[:start]
                    if "/" in before or "|" in before or "=" in before:
                        return None  # (a path's or a URL's part, or a field's value)
                    opening = before.find("[")
                    close = before.find("]", opening)
                    if (0 < opening < close and " " not in before[:opening]
                            and before[opening + 1:close].isdigit()):
                        before = before[close + 1:]  # (a program's name and its pid, ``prog[pid]``)
                    if "[" in before:
                        before = _unbracketed(before)
                    if not _head_fields_only(before, False, False):
                        return None  # (a word of the message: the location is a value it names)
                    return start, slash + 1, i
        slash = text.find("/", slash + 1, end - 1)
    return None


def target_with_digit(text: str) -> tuple[int, int] | None:
    """Where the record's target is (its start and end), when it is a Rust module's path
    before the record's first colon and space (tracing-subscriber's ``ERROR
    app::server::http1: <message>``) and a name of it holds a digit (``http1``, ``h2``,
    ``s3``, ``oauth2``), else None. A module's name is the code's, one per call site, as the
    rest of the path is: not a value that a word holding a digit elsewhere is (two modules'
    records, ``app::server::http1`` / ``app::server::http2``, are two call sites). The same
    head as ``target_line_location`` reads, a colon and a space after it."""
    at: i64 = text.find(": ", 0, 160)
    if at < 4:
        return None
    word_start: i64 = _rust_target_start(text, at)
    if word_start < 0:
        return None
    digit = False
    for i in range(word_start, at):
        if 48 <= ord(text[i]) <= 57:
            digit = True
            break
    if not digit:
        return None
    # (the record's head before it: a level in capitals, as tracing prints one, and no
    # sentence's word, which ends with a stop or a comma: a class's path after a message's
    # words, ``… flowdock down). Api::V1::UsersController: <*>``, is a value it names)
    level = False
    for word in text[:word_start].split():
        if word in _TARGET_LEVELS:
            level = True
        elif word[-1] == "." or word[-1] == "," or (word[-1] == ")" and "(" not in word):
            return None
    return (word_start, at) if level else None


def _rust_target_start(text: str, at: i64) -> i64:
    """Where the word that ends at ``at`` starts when it is a Rust module's path, names joined
    by ``::`` (``app::pool``, ``app::server::http1``), else -1: each name a letter or ``_``
    then letters, digits or ``_``; not a value, a time or an address. (target_line_location's
    and target_with_digit's target.)"""
    word_start: i64 = text.rfind(" ", 0, at) + 1
    target = text[word_start:at]
    if "::" not in target or target.startswith("::") or target.endswith("::"):
        return -1
    for part in target.split("::"):
        if not part or not (part[0].isalpha() or part[0] == "_"):
            return -1
        # (every character a letter, a digit or an underscore: the part without its
        # underscores empty or alphanumeric, one C call where a generator asked each character;
        # round 31, speed24)
        bare = part.replace("_", "") if "_" in part else part
        if bare and not bare.isalnum():
            return -1
    return word_start


# the levels tracing-subscriber prints before a target (target_with_digit)
_TARGET_LEVELS: Final = frozenset(("ERROR", "WARN", "INFO", "DEBUG", "TRACE"))

# a name after a dot that holds a digit (``.os_oauth1``, ``.BasicWebhookV1``, ``.es7``): what
# logger_with_digit needs, asked first (a time's ``.123`` and an address's ``.0.1`` hold none)
_DOTTED_DIGIT: Final = re.compile(r"\.[A-Za-z_][A-Za-z0-9_$]*[0-9]", re.ASCII)


def logger_with_digit(text: str) -> tuple[int, int] | None:
    """Where the record's logger is (its start and end), when it is a dotted name of code
    right after the record's level (alone, or in parentheses or square brackets) and a name
    of it after the first holds a digit: log4j's and Python's ``<time> WARN
    keystone.api.os_oauth1 <message>``, Serilog's ``[<time> WRN
    (App.Core.Webhook.BasicWebhookV1)] <message>``, else None. The logger is the class or
    module that logs, one per call site, its digits its name's (``BasicWebhookV1`` /
    ``BasicWebhookV2`` are two classes), as a Rust target's (``target_with_digit``): not a
    value that a word holding a digit elsewhere is. Each name a letter or ``_`` then letters,
    digits, ``_`` or ``$``; the first name holds no digit (a host's, ``db1.prod.local``,
    does); before the level only the head's values, no sentence's word (round 38, r36a)."""
    end: i64 = min(len(text), 160)
    if not (_dotted_digit(text, end) if COMPILED_HERE else _DOTTED_DIGIT.search(text, 0, end) is not None):
        return None  # (most texts: no name after a dot holds a digit)
    at: i64 = 0
    level = False
    depth: i64 = 0  # (brackets open before the word: the head's tags, a thread's name)
    while at < end:
        space: i64 = text.find(" ", at, end)
        if space < 0:
            return None
        word = text[at:space]
        if level:
            if not word:
                at = space + 1  # (a padded level: ``WARN  app.x``)
                continue
            start: i64 = at
            stop: i64 = space
            if word[0] == "(" or word[0] == "[":
                start += 1
            while stop > start and text[stop - 1] in ")]:":
                stop -= 1
            return (start, stop) if _dotted_code_with_digit(text[start:stop]) else None
        if word:
            bare = word.lstrip("[(").rstrip("])")
            inside = depth > 0 or word[0] == "[" or word[0] == "("
            depth += word.count("[") + word.count("(") - word.count("]") - word.count(")")
            if bare in HEAD_LEVELS and bare.isupper():
                level = True
            elif not inside and not any(48 <= ord(c) <= 57 for c in word):
                return None  # (a word of the message: before the level only the head's
                # values, a time, a pid, and its bracketed tags)
        at = space + 1
    return None


def _dotted_digit(text: str, end: i64) -> bool:
    """``_DOTTED_DIGIT.search(text, 0, end) is not None``, read without the engine: a dot
    before ``end`` followed by an ASCII letter or ``_``, and a digit in the run of ASCII
    letters, digits, ``_`` and ``$`` after it (before ``end``). Compiled, the dots are found
    by ``str.find`` (memchr) and each one's run read by code point: some tenths of the
    engine's call (a generic method call, its state and its scan of the record's dots,
    4,600 instructions a call on r30 s0; round 40, speed40). As Python the engine's is
    cheaper (logger_with_digit asks it there)."""
    at: i64 = text.find(".", 0, end)
    while at >= 0:
        i: i64 = at + 1
        if i < end:
            c: i64 = ord(text[i])
            if 97 <= c <= 122 or 65 <= c <= 90 or c == 95:
                i += 1
                while i < end:
                    c = ord(text[i])
                    if 48 <= c <= 57:
                        return True
                    if not (97 <= c <= 122 or 65 <= c <= 90 or c == 95 or c == 36):
                        break
                    i += 1
                # (the run holds no dot: the next dot is at or after its end)
                at = text.find(".", i, end) if i < end else -1
                continue
        at = text.find(".", i, end) if i < end else -1
    return False


def _dotted_code_with_digit(name: str) -> bool:
    """Whether ``name`` is a dotted name of code (``logger_with_digit``) whose names after the
    first hold a digit."""
    parts = name.split(".")
    if len(parts) < 2:
        return False
    digit = False
    for i, part in enumerate(parts):
        if not part or not (part[0].isalpha() or part[0] == "_"):
            return False
        bare = part.replace("_", "").replace("$", "")
        if bare and not (bare.isalnum() and bare.isascii()):
            return False
        if any(48 <= ord(c) <= 57 for c in part):
            if i == 0:
                return False
            digit = True
    return digit


def target_line_location(text: str) -> tuple[int, int, int] | None:
    """A line number alone after the record's target, a Rust path and its colon, as
    tracing-subscriber's formats print the call site with ``with_line_number(true)`` and no
    file (``WARN ThreadId(07) app::pool: 87: <message>``): (the line's start, its start, its
    end), or None. One target and line is one call site, as a file and its line is
    (``head_location``). The target's colon is the record's first colon and space, in its
    first 160 characters (before it only the head's fields: a time, a level, a thread), and a
    colon and a space follow the line."""
    at: i64 = text.find(": ", 0, 160)
    if at < 4 or not 48 <= ord(text[at + 2:at + 3] or " ") <= 57:
        return None
    if _rust_target_start(text, at) < 0:
        return None
    i: i64 = at + 2
    while i < len(text) and 48 <= ord(text[i]) <= 57:
        i += 1
    if i - at - 2 > 6 or not text.startswith(": ", i):
        return None
    return at + 2, at + 2, i


def head_location(text: str, colon: int = -2) -> tuple[int, int, int] | None:
    """The code location in ``text``'s head (``_HEAD_LOCATION``) with no word of prose before
    it: (its start, its line's start, its line's end), or None (``_head_location_at`` finds
    where it may start; ``colon``, ``text``'s first colon when the caller has found it, -1
    for none: both shapes end before a colon)."""
    if colon == -2:
        colon = text.find(":")
    if colon < 0:
        return None
    found = _head_location_at(text, colon)
    if found is None:
        return None
    before = text[:found[0]]
    # (bars may part the head's fields before it: log4rs' ``{level} |{module}| [{thread}]
    # {file}:{line}: …``; round 31, locations31. Before, a bar there made it a value, and one
    # message's call sites at two lines of a file merged)
    if "[" in before:
        before = _unbracketed(before)
    # (one name before it is a logger's when the location is a head field parted by spaced
    # dashes, as Python's and Seastar's heads print ``<logger> - <file>:<line> - <message>``)
    dashed = before.endswith(" - ") and text.startswith(" - ", found[2])
    # (and the record's first word is its logger's when the location follows the level in
    # capitals, as Python's ``%(name)s … %(levelname)s (%(module)s:%(lineno)d) - …`` prints it)
    first = _after_capital_level(before)
    # (and one name before it is a thread's or a logger's when the location is a column of a
    # fixed-width head, padded by two spaces or more: fc's ``<level> <time> <thread>
    # <file>:<line>    <method> ] …``; a message's words are never padded)
    dashed = dashed or text.startswith("  ", found[2])
    if not _head_fields_only(before, dashed, first):
        return None  # (a word of the message: the location is a value it names)
    return found


def _head_fields_only(before: str, dashed: bool, first: bool) -> bool:
    """Whether ``before``, the text before a code location in the record's head, holds no
    word of prose (``_prose_word``, not a level's: only head fields), or one where a head
    names its logger: ``dashed`` (the location between spaced dashes), or with ``first``
    (a level in capitals right before the location) the record's first word.
    (``head_location``'s test; ``slash_line_location``'s, with neither.)"""
    prose = 0
    for word in before.split():
        if _prose_word(word) and word.rstrip(".,;:!?") not in HEAD_LEVELS:
            prose += 1
            if prose > 1 or not (dashed or (first and before.startswith(word))):
                return False
    return True


def _after_capital_level(before: str, between: str = " :([") -> bool:
    """Whether ``before`` ends with a level in capitals (HEAD_LEVELS), the characters of
    ``between`` after it or none: by default an opening bracket, spaces or colons
    (``head_location``'s location after its level); ``_bracketed_module_line_at`` gives
    spaces and colons, ``before`` ending before the location's own bracket. The level is
    the word after the last space, colon or square bracket (``::INFO::``, ``[app] WARN``)."""
    head = before.rstrip(between)
    level = head[max(max(head.rfind(" "), head.rfind(":")), max(head.rfind("["), head.rfind("]"))) + 1:]
    return level.isupper() and level in HEAD_LEVELS


# A stack trace after a message: a run of lines, each indented and opening with ``at`` and a
# frame (Node's ``    at Object.<anonymous> (/app/x.js:1:2)``, ``    at async Promise.all
# (index 0)``, Java's ``\tat com.acme.Foo.bar(Foo.java:12)`` and its ``\t... 4 more``,
# .NET's ``   at Acme.Foo.Bar() in /src/Foo.cs:line 12``), as a logger prints an error's
# ``stack`` or its exception's frames. How many frames there are, and which, depend on the
# path the error took, not on the call site: one value (``_fold_frames``). A frame is a line
# that ends with a bracket (a call's place) or whose first word is a dotted or masked name,
# not a sentence's ``at least 3 nodes``; folded to ``at <*>``.
_FRAMES: Final = re.compile(
    r"(?:\n[ \t]+at (?:[^\n]*\)|(?:async )?[^\s(]*[.<][^\n]*)(?=\n|\Z))+"
    r"(?:\n[ \t]+\.\.\. <\*> more(?=\n|\Z))?")


def _fold_frames(masked: str) -> str:
    """``masked`` with each stack trace in it (``_FRAMES``) one value after its first ``at``,
    `` at <*>``: the template still shows a trace's frames, which the severity a sampler
    reads from it asks for (``meaning.levels.trace_level``: ``Error: … at <*>`` is ERROR)."""
    return _FRAMES.sub(" at " + WILDCARD, masked)


# A time that opens the record (after an opening bracket, or syslog's priority and version):
# a date, a clock, a date spelled with a month's name, the seconds since boot of the
# kernel's ring buffer (``[   12.345678]``), klog's ``I0102 15:04:05``. It is the kind of the
# value the masker hid there that tells a record's head from a message about a thing: after
# a time, ``nomad: …`` is a label of the layout (Go's log); after a url, an id, an address or
# a path (``<url> OFFLINE: <cause>``, ``SHA1 output: …``), the name and its colon are that
# thing's event or operation (runs._separates). Digits by position only, as the masking's.
# (the prefix, syslog's priority and version or an opening bracket, and the time: named
# pieces, so that _may_open_with_time reads the characters a time starts with from the time's)
_TIME_PREFIX: Final = r"(?:<\d{1,3}>(?:\d )?|[\[(]\s*)?"
_KLOG_LEVEL: Final = r"[IWEFD]"  # (klog's level letter before its date: I0102 15:04:05)
_TIME: Final = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b"
    rf"|\d{{1,2}}[/-]{_MONTH}[/-]\d{{2,4}}|\d{{1,2}}:\d\d(?!\d)|(?:{_DAY}\s+)?{_MONTH}\s+\d{{1,2}}\b"
    r"|\d+\.\d{6}\]|" + _KLOG_LEVEL + r"\d{4}\s+\d{1,2}:\d\d)")
LEADING_TIME: Final = re.compile(_TIME_PREFIX + _TIME, re.ASCII)
# The letters that open a time: klog's level before its date's digits, and the first three of
# a day's and a month's name (each name three letters or more: test_prechecks), read from the
# pieces _TIME is made of (_letters_open_time)
_KLOG_LEVELS: Final = spelled.characters(_KLOG_LEVEL)
_TIME_WORD_OPENINGS: Final = frozenset(name[:3] for name in (*_MONTH_NAMES, *_DAY_NAMES))
# Each ASCII character: 1 where a time may start with it (_TIME's first characters: the
# digits, a day's or a month's first letter, klog's level letter), else 0.
_TIME_STARTS: Final = bytes(1 if chr(c) in spelled.first_characters(_TIME) else 0 for c in range(128))


def opens_with_time(text: str, masked: str) -> bool:
    """Whether ``text``, masked as ``masked``, opens with a time the masker hid (LEADING_TIME):
    asked of the texts whose masked form opens with a value or a bracket, few."""
    return masked[:1] in "<[(" and _may_open_with_time(text) and LEADING_TIME.match(text) is not None


def _may_open_with_time(text: str) -> bool:
    """Whether a time may start where LEADING_TIME looks for it: the text's first character,
    or after its prefix (``<`` and a digit, syslog's priority; or an opening bracket and
    whitespace) the first character that is no whitespace, is one a time starts with
    (_TIME_STARTS). Most texts whose masked form opens with a bracket open with a level or a
    tag (``[debug]``, ``<W>``): the engine is not asked there, where it would find nothing.
    (No time starts with whitespace: test_prechecks holds it and the refusals to the regex.)
    A time that starts with a digit goes on after its digits with ``-``, ``/``, ``.`` or
    ``:`` (each of _TIME's alternatives that starts with a digit: a date's, a clock's, dmesg's
    seconds): ``[5] main/…``, ``0 [ERROR] …`` open none (_digits_go_on_as_time)."""
    n: i64 = len(text)
    if n == 0:
        return False
    c: i64 = ord(text[0])
    if c < 128 and _TIME_STARTS[c] == 1:
        # (a letter: a day, a month, klog's level)
        return _letters_open_time(text, 0) if c > 57 else _digits_go_on_as_time(text, 0)
    if c == 60:  # <
        return n > 1 and 48 <= ord(text[1]) <= 57
    if c != 91 and c != 40:  # [ (
        return False
    at = 1
    while at < n and text[at] in _WHITESPACE:
        at += 1
    if at == n:
        return False
    c = ord(text[at])
    return c < 128 and _TIME_STARTS[c] == 1 and (
        _letters_open_time(text, at) if c > 57 else _digits_go_on_as_time(text, at))


def _letters_open_time(text: str, at: i64) -> bool:
    """Whether the letter at ``at`` opens what a time that starts with a letter needs: klog's
    level letter and a digit after it (``I0102``), or the first three letters of a day's or a
    month's name (the date spelled out, a day's name before it or not). Most bracketed heads
    that open with a letter are a level's or a tag's (``[ERROR]``, ``[DBG]``, ``[Server
    thread/INFO]``), where the engine found no time (r30 s0 and r24 s0 of round 40: 634 of 635
    and 778 of 778 matches asked failed, some 5,500 instructions each; round 40, speed40)."""
    if at + 1 < len(text) and 48 <= ord(text[at + 1]) <= 57:
        return text[at] in _KLOG_LEVELS  # (no name holds a digit)
    return text[at:at + 3] in _TIME_WORD_OPENINGS


def _digits_go_on_as_time(text: str, at: i64) -> bool:
    """Whether the digits from ``at`` are followed by a mark that a time's go on with, ``-``,
    ``/``, ``.`` or ``:`` (``_may_open_with_time``)."""
    n: i64 = len(text)
    end: i64 = at
    while end < n and 48 <= ord(text[end]) <= 57:
        end += 1
    if end == n:
        return False
    c: i64 = ord(text[end])
    return c == 45 or c == 47 or c == 46 or c == 58


# Where a record's message opens after its head. The rules that must not read the head as the
# message (a level word there is no failure, a tag's colon no operation's) ask it in three
# places, and on purpose not as one value:
# - ``message_opening``: a character offset in the masked text, read before the cause is
#   folded and the text split into tokens (causes.fold_cause); besides syslog's tag it finds a
#   structured record's quoted message (``msg="…"``), which in tokens is told by its kind
#   (templates.STRONG) instead;
# - ``message_start``: a token index, syslog's tag only (templates.score, runs.cause_colon);
# - ``message_after_header``: ``message_start`` or, when later, where the record's header that
#   ``templates.record_header`` reads in tokens ends (runs.cause_colon only: the header is too
#   dear to read on each of score's calls, and score has no need of it).
# The three find syslog's tag, each in its own reading (characters, tokens); they live
# here, beside the other readings of the head (LEADING_TIME, opens_with_time). A fourth, the
# stream's level field, is learned per stream (levels.LevelPlaces) and reaches the rules as
# one value per record, ``levels.LevelField``, which gives both readings.
# (runs._opens_with_level, a label's level after a function's name and its colon, reads a
# label inside the message at one candidate colon, not the head: docs/patterns.md, The cause
# of a failure, round 13, on why these are not one value per record.)

# syslog's and journald's tag (the head's values, bare or in brackets, and a host, or
# nothing: a program that prints its own tag first, ``nsd[<pid>]: error: …``; then
# ``app[<pid>]: ``), or a
# structured record's message key (logrus's and slog's ``msg="…"``): its text is read there as
# a bare message is.
_MESSAGE_OPENING: Final = re.compile(
    r'(?:(?:<\*>|\[<\*>\]|[ >])+(?:[\w.-]+ )?)?[\w./-]+\[<\*>\]: (?=\S)'
    r'|.*?(?<![\w.-])(?:' + "|".join(MESSAGE_KEYS) + r')="(?=\S)')


def message_opening(masked: str) -> int:
    """Where the message opens in ``masked`` (a character offset) after a record's head:
    after syslog's tag or in a structured record's quoted message (``_MESSAGE_OPENING``; a JSON
    record's, ``_json_message_opening``), or 0."""
    if masked[:1] == "{" and '":' in masked:
        opening = _json_message_opening(masked)
        if opening:
            return opening
    if "]: " not in masked and '="' not in masked:
        return 0
    found = _MESSAGE_OPENING.match(masked)
    return 0 if found is None else found.end()


def _json_message_opening(masked: str) -> int:
    """Where a JSON record's message opens in ``masked``: after the quote that opens the value
    of its message key (one of ``_QUOTED_MESSAGE_KEYS``, or a key of its own name,
    ``named_message_key``), the first at the record's top level or not; 0 when it has none. Its
    text is read there as a bare message is: a level word and its colon that open it
    (``"message":"error: <message>"``) label it, as at a bare message's start, and no failure
    is said before them (round 32, r30json)."""
    for found in _JSON_MESSAGE_KEY.finditer(masked):
        key = found.group(1)
        if key in _QUOTED_MESSAGE_KEY_WORDS or named_message_key(key):
            return found.end()
    return 0


# a JSON key, its colon and the quote that opens a text after it, the text not empty
_JSON_MESSAGE_KEY: Final = re.compile(r'[{,] ?"([\w.@-]{1,48})": ?"(?=[^"\s])')


def process_tag_end(tokens: list[str], colon: int) -> bool:
    """Whether ``tokens[colon]`` is the colon after a program's name and its process id in
    square brackets (syslog's and journald's tag, ``app[<pid>]:``), which ends the record's
    head: the message opens after it, its first word the event's as a bare message's is."""
    return (colon >= 4 and tokens[colon] == ":" and tokens[colon - 1] == "]" and tokens[colon - 2] == WILDCARD
            and tokens[colon - 3] == "[")


def message_start(tokens: list[str]) -> int:
    """Where the message opens in ``tokens`` (a token index) after syslog's and journald's tag
    (``<*> host app[<*>]: <message>``, ``[<*>] app[<*>]: <message>``, ``process_tag_end``), or
    0: the tag ends the record's head within its first tokens, the program's name after the
    head's values and one host's name at most."""
    if not holds(tokens, "]", 8):
        return 0
    for colon in range(4, min(len(tokens) - 1, 8)):
        if process_tag_end(tokens, colon):
            head = tokens[:colon - 4]
            # (a value's brackets are marks: [<time>] nsd[<pid>]: …)
            words = len(head) - head.count(WILDCARD) - head.count(">") - head.count("[") - head.count("]")
            return colon + 1 if words <= 1 and tokens[colon - 4][-1:].isalnum() else 0
    return 0


def message_after_header(tokens: list[str], after_header: int) -> int:
    """Where the message opens in ``tokens`` (a token index) when the record's header ends
    before ``after_header`` (``templates.record_header``'s end plus one; 0: no header): there,
    or after syslog's tag (``message_start``) when that is later."""
    opening = message_start(tokens) if holds(tokens, "]") else 0  # (a bracket is rare: no slice then)
    return after_header if after_header > opening else opening


_TAGS: Final = re.compile(r"(?:\[[A-Za-z][\w-]*\] )*", re.ASCII)
_LINE: Final = re.compile(r"\d+")


# A terminal's control sequence (ECMA-48's CSI: ESC, '[', parameters, intermediates, a final
# byte), as a TTY formatter writes it around a level, a logger's name or a field's key
# (``\x1b[31mERROR\x1b[0m``, ``\x1b[2mtarget\x1b[0m\x1b[2m:\x1b[0m``): a colour or an erase, no
# part of what the record says (``unescaped``).
_TERMINAL_CONTROL: Final = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def unescaped(text: str) -> str:
    """``text`` as a terminal shows it: its control sequences (colours, erases) left out.

    A TTY formatter colours the level and the head's fields (tracing-subscriber's ANSI
    format, zap's and logrus' coloured levels, log4j2's ``%highlight``); masked, a code glued
    to the word it colours (``\x1b[31mERROR``) read as one value, so the level was a value
    and the head's shape changed with the level's width. Asked only of a text that holds an
    escape (``miner.PatternMiner.add``)."""
    return _controls_left_out(text) if COMPILED_HERE else _TERMINAL_CONTROL.sub("", text)


def _controls_left_out(text: str) -> str:
    """``_TERMINAL_CONTROL.sub("", text)`` read by hand, compiled: at each escape followed by
    ``[``, the run of parameters (``0``-``?``), the run of intermediates (space-``/``) and a
    final byte (``@``-``~``), each run as long as it goes (the three ranges do not meet, so the
    engine's backtracking finds nothing shorter), left out; an escape that opens none stays
    and the search goes on after it. The engine's ``sub`` costs some 1,500 instructions a
    sequence, this some hundreds (a coloured record holds several: r30 s0's 868 texts with an
    escape, some 13,600 instructions each); as Python the regex (test_prechecks.py)."""
    n: i64 = len(text)
    parts: list[str] = []
    done: i64 = 0  # text[:done] is in parts
    at: i64 = text.find("\x1b")
    while at >= 0:
        end: i64 = at + 1
        if end < n and ord(text[end]) == 91:  # [
            end += 1
            while end < n and 48 <= ord(text[end]) <= 63:
                end += 1
            while end < n and 32 <= ord(text[end]) <= 47:
                end += 1
            if end < n and 64 <= ord(text[end]) <= 126:
                parts.append(text[done:at])
                done = end + 1
                at = text.find("\x1b", done)
                continue
        at = text.find("\x1b", at + 1)
    if not done:
        return text
    parts.append(text[done:])
    return "".join(parts)


def clip(text: str) -> str:
    """The part of ``text`` the miner examines: at most MAX_CHARS, cut at a space if one is near.

    Cutting at a space keeps a value from being cut in two (its stub would look constant).
    """
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


# A segment of a request's target that holds a digit (an id, a version, a date), or its
# query string: the values of a route.
_ROUTE_VALUE: Final = re.compile(r"[^/?#\s]*\d[^/?#\s]*|(?<=\?)[^#\s]+")


def route(target: str) -> str:
    """A request's target with its values masked: ``/api/products/<*>?<*>``; a full url is one value."""
    if "://" in target:
        return WILDCARD
    return _ROUTE_VALUE.sub(WILDCARD, target)


# RFC 5424's syslog header (https://datatracker.ietf.org/doc/html/rfc5424#section-6): the
# priority and version, a time, the host, the application, its process and the message's
# type (each ``-``, the NILVALUE, when absent), then the structured data, ``-`` or elements
# in brackets whose parameters' values are quoted (``[exampleSDID@32473 iut="3"]``). It is
# masked as rsyslog writes the same record in a file, the time and host, then the tag
# ``app[<pid>]:`` (the process a value, given or ``-``; the message's type a value too):
# the head's values and the application that logs, then the message, which opens the
# record as after RFC 3164's tag.
_SYSLOG_5424: Final = re.compile(
    r'<\d{1,3}>1 (?:\S+ ){2}(?P<app>\S+) (?:\S+ ){2}'
    r'(?:-|(?:\[[^\]\s"]+(?: [^\]\s=]+="(?:[^"\\]|\\.)*")*\])+)(?: |$)', re.ASCII)


# A structured record's message quoted as logfmt's writers quote it (Go's %q: logrus's and
# slog's text handlers, msg="…"), with quotes escaped inside it
_QUOTED_MESSAGE: Final = re.compile(
    r'(?<![\w.-])(?:' + "|".join(MESSAGE_KEYS) + r')="((?:[^"\\\n]++|\\.)*+)"')


def _quoted_message(text: str) -> re.Match[str] | None:
    """``_QUOTED_MESSAGE.search(text)``, the engine asked only where a message key ends right
    before a ``="`` (``str.find``, in C): the search has no literal to skip to and tries its
    lookbehind and keys at every character. A key's match starts ``len(key)`` before its
    ``="``, so the ``="`` in order give the starts in order (a key holds no ``=``), and the
    first that matches is the search's."""
    equals = text.find('="')
    while equals >= 0:
        for key in MESSAGE_KEYS:
            start = equals - len(key)
            if start >= 0 and _ends_with(text, equals, key):
                found = _QUOTED_MESSAGE.match(text, start)  # (its lookbehind reads text[start - 1])
                if found is not None:
                    return found
        equals = text.find('="', equals + 1)
    return None


# A deprecation warning's quoted names (a setting, an option, a function) are its call site's
# own when the warning names both what is deprecated (`'x' is deprecated`, `parameter 'x' was
# deprecated`, `deprecated option 'x'`) and what replaces it, after it (`replaced with 'y'`,
# `use 'y' instead`): a table of renamed settings, one warning per name, each said again at
# every start, each an event. The names hold no digit and no space (a number, a name with
# spaces: a value's, masked); a name alone (`Property '%s' is deprecated`) may be any.
_DEPRECATED_SUBJECT: Final = re.compile(
    r"""(['`"])[A-Za-z_][A-Za-z_.:-]*(?:\(\))?\1(?: [a-z]{3,12})? (?:is|was|are|were|has been|have been)"""
    r""" deprecated\b|\bdeprecated (?:[a-z]{3,12} ){0,2}(['`"])[A-Za-z_][A-Za-z_.:-]*(?:\(\))?\2""", re.ASCII)
_REPLACEMENT: Final = re.compile(
    r"""(?:\breplaced with |\b[uU]se (?:new )?|\bin favou?r of )(['`"])[A-Za-z_][A-Za-z_.:-]*(?:\(\))?\1""",
    re.ASCII)


def _mask_deprecation(text: str) -> str:
    """``mask_values(text)``, but a deprecation warning's names (``_DEPRECATED_SUBJECT``:
    quoted, next to ``deprecated``) and, after one, their replacement's (``_REPLACEMENT``)
    stay, quotes and all, when it names both: each warning its own event, not ``'<*>' is
    deprecated and has been replaced with '<*>'``."""
    spans = [found.span() for found in _DEPRECATED_SUBJECT.finditer(text)]
    replacements = [found.span() for found in _REPLACEMENT.finditer(text, spans[0][0])] if spans else []
    if not replacements:
        return mask_values(text)  # (a name alone: `'%s' is deprecated` may print any)
    spans += replacements
    parts: list[str] = []
    done = 0
    for start, _ in sorted(spans):
        if start < done:
            continue
        quote = start
        while text[quote] not in "'`\"":
            quote += 1
        closing = text.index(text[quote], quote + 1) + 1
        parts.append(mask_values(text[done:quote]) if quote > done else "")
        parts.append(text[quote:closing])
        done = closing
    if done < len(text):
        parts.append(mask_values(text[done:]))
    return "".join(parts)


# An Elixir report (a keyword list or a map: ``Logger.warning(message: "…", source: :oban,
# module: __MODULE__)``) as Logger prints it, Kernel.inspect's form, its message key first:
# ``[message: "Received unexpected message: \"x\"", source: :oban, module: Oban.Pruner]``;
# its message key ``message`` or ``msg`` (REPORT_MESSAGE_KEYS: tokens._report_at keeps the
# same reports' keys that masking reads the message of)
REPORT_MESSAGE_KEYS: Final = frozenset(("message", "msg"))
_REPORT_MESSAGE: Final = re.compile(
    r'(?:\[|%\{)(?:' + "|".join(sorted(REPORT_MESSAGE_KEYS)) + r'): "((?:[^"\\\n]|\\.)*)"')


def _may_hold_report(text: str) -> bool:
    """A necessary condition of ``_REPORT_MESSAGE.search(text)``: a ``: "`` after one of
    REPORT_MESSAGE_KEYS. (The caller tests ``': "' in text`` first, one scan as ``'message:
    "' in text`` was, the cheaper call: most texts hold none; the engine is asked only where
    a message key is before one.)"""
    at = text.find(': "')
    while at >= 0:
        for key in REPORT_MESSAGE_KEYS:
            if text.endswith(key, 0, at):
                return True
        at = text.find(': "', at + 3)
    return False


def _mask_report_message(text: str) -> str:
    """``text`` masked, the message an Elixir report's message key quotes (``_REPORT_MESSAGE``)
    masked as the text it quotes, as a structured record's ``msg="…"`` is
    (``_mask_quoted_message``): its escapes undone, masked alone, escaped again. The report's
    other keys are the call site's (a source, a module) or values, masked as elsewhere."""
    found = _REPORT_MESSAGE.search(text)
    if found is None:
        return mask_values(text)
    start, end = found.span(1)
    said = mask_values(_ESCAPE.sub(_unescaped, found.group(1))).translate(_QUOTE_ESCAPES)
    return mask_values(text[:start]) + said + mask_values(text[end:])


def _mask_quoted_message(text: str) -> str:
    """``text`` masked, the message a structured record quotes (``msg="[\\"region split\\"]
    [id=3]"``, or a JSON record under its message key: ``"log":"{\\"level\\":…}\\n"``, Docker's
    json-file wrapping a container's JSON line, ``"message":"saved \\/var\\/x"``, PHP's
    escaped slashes) masked as the text it quotes: its escapes undone (quotes, backslashes, line
    ends and tabs), masked as that text alone would be (its quoted words, its values in
    quotes), and its quotes and backslashes escaped again; its line ends and tabs stay
    undone, whitespace as in a bare message (a cause after ``:\\n`` is one after a colon and
    a line's end, ``causes.fold``)."""
    found = _quoted_message(text)
    escapes = _QUOTE_ESCAPES
    escape = _ESCAPE
    if found is None and '":' in text:
        found = keyed_search(_JSON_QUOTED_MESSAGE, text, _QUOTED_MESSAGE_ENDS)
        escape, escapes = _JSON_ESCAPE, _JSON_ESCAPES
        if found is not None and _message_before_object(text, found.start()):
            # a context's "message" key: the text of an error or a peer, one value (its
            # escaped quotes and all), as any other key's quoted value is
            start, end = found.span(1)
            return mask_values(text[:start]) + WILDCARD + mask_values(text[end:])
    if found is None or "\\" not in found.group(1) or (
            escape is _JSON_ESCAPE and escape.search(found.group(1)) is None):
        return mask_values(text)  # (a JSON message's line ends alone are read as main reads them)
    start, end = found.span(1)
    said = mask_values(escape.sub(_unescaped, found.group(1)))
    said = said.translate(escapes)
    # the quote that closes the message kept as it is, the rest masked after it: masked with
    # it, that quote would open a quoted value of the next key's name (`" context="{Size:7}"`
    # read `"<*>"<*>"`), and a cause folded in the message would run on to the record's end
    # (round 42, r40b)
    return mask_values(text[:start]) + said + '"' + mask_values(text[end + 1:])


_ESCAPE: Final = re.compile(r'\\[\\"nt]')
_UNESCAPED: Final = {"\\\\": "\\", '\\"': '"', "\\n": "\n", "\\t": "\t", "\\/": "/"}
# A JSON record's message under its quoted key ("msg":"…", "log":"…"), JSON's escapes inside
# (a slash escaped too: PHP's json_encode). (Its text read by runs, possessive: a run of plain
# characters or an escape then holds no place the quote after it could start at, so the match
# is the same; the engine read each character as a choice of the two before, some 43,000
# instructions a JSON message of r30 s0's; round 36, speed36. And _QUOTED_MESSAGE's alike.)
_JSON_QUOTED_MESSAGE: Final = re.compile(
    r'"(?:' + "|".join(re.escape(key) for key in _QUOTED_MESSAGE_KEYS) + r')": ?"((?:[^"\\\n]++|\\.)*+)"')
# (the ends of its keys, their closing quote and colon: keyed_search asks the engine only at
# their opening quotes, where the search tried the ten keys at every quote of the record)
_QUOTED_MESSAGE_ENDS: Final[tuple[str, ...]] = tuple(
    dict.fromkeys(key + '":' for key in _QUOTED_MESSAGE_KEYS))
# (its quotes, backslashes and slashes undone; its line ends and tabs left escaped, "…connection
# x\nHASH: …" as the record prints it)
_JSON_ESCAPE: Final = re.compile(r'\\[\\"/]')
_QUOTE_ESCAPES: Final = str.maketrans({"\\": "\\\\", '"': '\\"'})
# (a JSON message's line ends and tabs, none undone, escaped again: the record goes on after
# them, its other keys and its closing brace, where logfmt's message field ends the record's
# text; its quotes and backslashes are left as the text has them, so that what it quotes reads as in a
# bare message: an object printed in the sentence, {"name":"<*>"}, is one value, {<*>}, where
# the escapes glued a backslash to its values, <*>\)
_JSON_ESCAPES: Final = str.maketrans({"\n": "\\n", "\t": "\\t"})


def _message_before_object(text: str, key: int) -> bool:
    """Whether the JSON object that holds the key at ``key`` follows a message of the
    record's own, a sentence of ``_SENTENCE_BEFORE_OBJECT`` words of letters or more before
    its brace (Monolog's ``channel.ERROR: Error sending reminder {"message":"…"} []``): the
    object is the record's context then, and its ``message`` key the text of an error or
    a peer, not the record's message (a JSON record, or Docker's json-file, opens with its
    object or after the head's values and tags alone). The object's brace is the last one
    left open before the key outside the quoted values of the objects that the text's first
    brace opens: a brace inside a quoted value (an object a key's value quotes, escaped,
    ``"metadata":"{\\"size\\":491}"``) opens none of the record's, and the words of the
    values before it are no sentence before the record (round 42, r40b)."""
    brace = text.rfind("{", 0, key)
    if brace <= 0:
        return False
    first = text.find("{")
    if first < brace and text.find('"', first, brace) >= 0:
        brace = _open_brace_at(text, first, key)
    return brace > 0 and len(_LETTER_WORD.findall(text, 0, brace)) >= _SENTENCE_BEFORE_OBJECT


def _open_brace_at(text: str, start: int, key: int) -> int:
    """Where the last brace still open at ``key`` is, read from the brace at ``start`` on:
    braces inside quoted values (up to the unescaped quote that closes them) are text, and a
    closed object's brace is no longer open; -1 when none is (``_message_before_object``)."""
    open_at: list[int] = []
    quoted = False
    at = start
    while at < key:
        c = text[at]
        if quoted:
            if c == "\\":
                at += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c == "{":
            open_at.append(at)
        elif c == "}" and open_at:
            open_at.pop()
        at += 1
    return open_at[-1] if open_at else -1


_LETTER_WORD: Final = re.compile(r"(?<![\w.:/-])[A-Za-z][a-z]+(?= )", re.ASCII)
_SENTENCE_BEFORE_OBJECT: Final = 3


def _unescaped(escape: re.Match[str]) -> str:
    return _UNESCAPED[escape.group()]


def _line_colon(text: str, colon: int) -> bool:
    """Whether one of the first three colons of ``text`` (the first at ``colon``), within its
    first 100 characters, is followed by a digit: a code location's line may follow one
    (after nginx's ``<pid>#<tid>:`` or a program's name and its colon, the head's)."""
    for _ in range(3):
        if text[colon + 1:colon + 2].isdigit():
            return True
        colon = text.find(":", colon + 1, 100)
        if colon < 0:
            return False
    return False


# A word that is a regular expression (what a program matches with): anchored (``^feature/.*``,
# ``.*\.log$``), or holding a regex's operators (``.*``, ``.+``, an escaped stop, an escaped
# class ``\d`` with no letter after it: not a PHP namespace's ``App\Subscriber``, a bracket's
# repeat ``[<*>]+``, a group's flags ``(?i)``), after masking's pass (which read its
# digits and names as values: ``^<*>*``, ``[<*>]{<*>}``). Not a glob's (``*.log``): a program
# writes one into its own sentence (luigi's ``logging configured via *.conf file``)
_PATTERN_WORD: Final = re.compile(
    r"(?=\S*[A-Za-z0-9_<])(?:\^\S{2,}|\S*[^\s$]\$"
    r"|\S*(?:\.[*+]|\\\.|\\[dwsbDWSB](?![A-Za-z])|\][+*?{]|\(\?[a-z]+\))\S*)",
    re.ASCII)

# A Scala object's class, a class's name (its package's path before it or not) and the ``$``
# the compiler appends (``JRubyEnvironment$``, ``com.acme.Main$``): a name of code, one per
# class, no pattern anchored at its end (``_PATTERN_WORD``), whose last part is no capitalised
# class's name (``.*\.log$``, ``error$``; round 38, r36a)
_SCALA_OBJECT: Final = re.compile(r"(?:[A-Za-z_][A-Za-z0-9_]*\.)*[A-Z][A-Za-z0-9_]*\$", re.ASCII)


def _may_be_pattern(word: str) -> bool:
    """Whether ``word`` holds what each of _PATTERN_WORD's shapes needs: a ``^``, a ``$``, a
    backslash, ``(?``, ``.*`` or ``.+``, or a closing bracket's repeat (``]+ ]* ]? ]{``). One
    compiled loop over its characters, asked before the engine's fullmatch (some 5,000
    instructions a word, most of a text's words holding none: round 31, speed23)."""
    n: i64 = len(word)
    i: i64 = 0
    while i < n:
        c: i64 = ord(word[i])
        if c == 94 or c == 36 or c == 92:  # ^ $ \
            return True
        if (c == 46 or c == 93 or c == 40) and i + 1 < n:
            d: i64 = ord(word[i + 1])
            if c == 46:
                if d == 42 or d == 43:
                    return True
            elif c == 93:
                if d == 43 or d == 42 or d == 63 or d == 123:
                    return True
            elif d == 63:
                return True
        i += 1
    return False


def _may_hold_pattern(masked: str) -> bool:
    """Whether ``masked`` holds a ``^``, a ``$``, a backslash, ``(?``, ``]{``, ``]+``, ``.+`` or
    ``.*``: what _mask_patterns' words need. Each two characters' scan after its first
    character's (memchr's) test: most texts hold no ``(`` or ``]``, and a two characters' scan
    reads each character (round 31, speed24: the eight scans were made on every text)."""
    return ("^" in masked or "$" in masked or "\\" in masked or ("(" in masked and "(?" in masked)
            or ("]" in masked and ("]{" in masked or "]+" in masked))
            or ("." in masked and (".+" in masked or ".*" in masked)))


def _mask_patterns(masked: str) -> str:
    """``masked`` with each word that is a regular expression (``_PATTERN_WORD``) one value:
    its operators and its literal parts are one thing the program was given, not the event's
    words (``Please check your REGEXP: <*>``; before, each kept its own pieces, ``.*\\.log$``,
    ``^<*>*``, a pattern each)."""
    words = masked.split(" ")
    changed = False
    for at, word in enumerate(words):
        if (len(word) > 1 and word != WILDCARD and _may_be_pattern(word)
                and _PATTERN_WORD.fullmatch(word) is not None
                and _SCALA_OBJECT.fullmatch(word) is None):
            end = len(word)
            while end > 1 and word[end - 1] in ",;":
                end -= 1
            if word[:end] == WILDCARD or "\n" in word:
                continue
            words[at] = WILDCARD + word[end:]
            changed = True
    return " ".join(words) if changed else masked


def _slash_line_after(text: str, colon: i64) -> bool:
    """Whether ``text[colon:colon + 60]`` holds a slash, digits, a colon and a digit (``/1:5``),
    which each match of _MFA_LINE in mask_statuses' window ends with (its first colon at or
    after ``colon``, the text's first): read in a compiled loop before the engine's search,
    whose name's pattern is tried at each letter of the window and backed off (round 31,
    speed24: the Loghub sample holds many texts with a slash after their first colon)."""
    end: i64 = min(len(text), colon + 60)
    at: i64 = text.find("/", colon, end)
    while at >= 0:
        i: i64 = at + 1
        while i < end and 48 <= ord(text[i]) <= 57:
            i += 1
        if i > at + 1 and i + 1 < end and ord(text[i]) == 58 and 48 <= ord(text[i + 1]) <= 57:
            return True
        at = text.find("/", at + 1, end)
    return False


# What one pass over a text's characters tells mask_statuses (``_marks``): a bit for each
# character, or pair of characters, that one of its tests needs. A test whose character is
# not in the text finds nothing there, and is not made; every other test is made as before.
# Each bit is a necessary condition of the tests it guards, never a reason to read a text
# another way (test_prechecks compares the guarded tests with the unguarded on random texts).
_MARK_T: Final = 1 << 1  # T (HTTP, TATUS: http.classify's reading)
_MARK_TU: Final = 1 << 2  # tu (tatus)
_MARK_SP: Final = 1 << 3  # sp (esponse)
_MARK_EP: Final = 1 << 4  # ep (eprecated)
_MARK_SLASH: Final = 1 << 5  # /
_MARK_COLON: Final = 1 << 6  # :
_MARK_DOT: Final = 1 << 7  # .
_MARK_DASH: Final = 1 << 8  # -
_MARK_TAB: Final = 1 << 9  # a tab
_MARK_GREATER: Final = 1 << 10  # >
_MARK_HASH: Final = 1 << 11  # #
_MARK_EQUALS: Final = 1 << 12  # =
_MARK_QUOTE: Final = 1 << 13  # "
_MARK_BACKSLASH: Final = 1 << 14  # a backslash
_MARK_BRACE: Final = 1 << 15  # {
_MARK_LINE_END: Final = 1 << 16  # a line's end
_MARK_PATTERN: Final = 1 << 17  # ^ $ a backslash, (? ]{ ]+ .+ .* (what _may_hold_pattern reads)
_MARK_COLON_DIGIT: Final = 1 << 18  # a colon and after it an ASCII digit or a character beyond ASCII
_MARK_SLASH_DIGIT: Final = 1 << 19  # a slash and an ASCII digit after it
_MARK_TWO_COLONS: Final = 1 << 20  # ::
_MARK_QU: Final = 1 << 21  # qu (equest)
# every mark: a text not read (as Python, or where a step changed the text: each test is made)
ALL_MARKS: Final = (1 << 22) - 2
_UNREAD: Final = -1  # (mask_statuses' marks: read them)
# Each ASCII mark's bit (the power of two of its _MARK_*), 0 for none: a letter's, a digit's
# and a pair's are read by _marks' comparisons (``T``, ``tu``, ``:`` and a digit, ``::``, ...).
_MARK_BIT_OF: Final = bytes(
    {"/": _MARK_SLASH, ":": _MARK_COLON, ".": _MARK_DOT, "-": _MARK_DASH, "\t": _MARK_TAB, ">": _MARK_GREATER,
     "#": _MARK_HASH, "=": _MARK_EQUALS, '"': _MARK_QUOTE, "\\": _MARK_BACKSLASH, "{": _MARK_BRACE,
     "\n": _MARK_LINE_END, "^": _MARK_PATTERN, "$": _MARK_PATTERN}.get(chr(c), 1).bit_length() - 1
    for c in range(128))


def _marks(text: str) -> i64:
    """The marks (``_MARK_*``) of the characters ``text`` holds, in one pass. Compiled and
    trained, some 29 instructions a character (most of it the character's read from the
    ``str``; a small letter or a space then costs two to four comparisons); each test of
    mask_statuses it spares is a call of some 260 (round 35, speed35)."""
    n: i64 = len(text)
    marks: i64 = 0
    p: i64 = 0  # the character before
    i: i64 = 0
    while i < n:
        c: i64 = ord(text[i])
        if 97 <= c <= 122:  # a small letter
            if c == 117:  # u
                if p == 116:
                    marks |= _MARK_TU
                elif p == 113:
                    marks |= _MARK_QU
            elif c == 112:  # p
                if p == 115:
                    marks |= _MARK_SP
                elif p == 101:
                    marks |= _MARK_EP
        elif c == 32:
            pass
        elif 48 <= c <= 57:  # a digit
            if p == 58:
                marks |= _MARK_COLON_DIGIT
            elif p == 47:
                marks |= _MARK_SLASH_DIGIT
        elif 65 <= c <= 90:  # a capital
            if c == 84:
                marks |= _MARK_T
        elif c >= 128:
            if p == 58:
                marks |= _MARK_COLON_DIGIT  # (str.isdigit reads digits beyond ASCII: _line_colon)
        else:
            k: i64 = _MARK_BIT_OF[c]
            if k != 0:
                marks |= 1 << k
            if c == 58:  # :
                if p == 58:
                    marks |= _MARK_TWO_COLONS
            elif (c == 123 and p == 93) or (c == 63 and p == 40) or (p == 46 and (c == 43 or c == 42)) or (
                    c == 43 and p == 93):
                marks |= _MARK_PATTERN  # ]{ (? .+ .* ]+
        p = c
        i += 1
    if marks & _MARK_BACKSLASH:
        marks |= _MARK_PATTERN
    return marks


def mask_statuses(text: str, marks: i64 = _UNREAD) -> tuple[str, tuple[int, ...]]:
    """``causes.mask(text)`` before ``causes.fold``, and where in ``text`` the digits that
    name its pattern are: the first digit of each HTTP status, or every digit of the line of
    a code location that opens it (``_LEADING_LOCATION``). The miner folds only texts it
    mines: the text before the fold is as good a key of its cache (a text folds one way),
    and most texts it masks are there.

    ``marks``: ``_marks(text)``, read here (compiled; as Python ALL_MARKS, every test made)
    when not given: a test whose characters the text does not hold is not made."""
    if len(text) > MAX_CHARS:
        text = clip(text)
    if marks == _UNREAD:
        marks = _marks(text) if COMPILED_HERE else ALL_MARKS
    if text[:1] == "<" and "0" <= text[1:2] <= "9":  # (_SYSLOG_5424's priority: <, a digit)
        header = _SYSLOG_5424.match(text)
        if header is not None:
            # the header as rsyslog's tag writes it, the message masked as the record's
            # opening (its code location, its label); its statuses' digits are read in the
            # whole text
            end = header.end()
            said, inside = mask_statuses(text[end:]) if end < len(text) else ("", ())
            # (the application's name masked as elsewhere: a digit in it starts a value, and
            # the exact cache's key holds no digit's value)
            app = header.group("app")
            tag = WILDCARD if app == "-" else f"{WILDCARD} {mask_values(app)}[{WILDCARD}]:"
            return (f"{tag} {said}" if said else tag), tuple(at + end for at in inside)
    statuses: tuple[int, ...] = ()
    target = None
    # (http.may_hold_status, inlined: this runs for every text the exact cache misses; a
    # character's test, memchr in C, first: four texts in five hold no capital T, no slash)
    if ((marks & _MARK_T and "T" in text and ("HTTP" in text or "TATUS" in text))
            or (marks & _MARK_TU and "tatus" in text) or (marks & _MARK_SP and "esponse" in text)
            or (marks & _MARK_QU and "equest" in text and ("code" in text or "Code" in text))
            or (marks & _MARK_SLASH and "/" in text and (" /" in text or "://" in text)
                and may_start_request(text) and REQUEST_START.search(text))):
        text, statuses, target = classify(text)
        marks = ALL_MARKS  # (the text read again: its statuses' classes)
    if target is None:
        # (a location's colon, followed by a digit, is the text's first, and a logger's file
        # is followed by " - ": most texts fail both tests in C before the regex would walk
        # their first word)
        colon = text.find(":") if marks & _MARK_COLON else -1
        location = (_LEADING_LOCATION.match(text) if (marks & _MARK_DOT and "." in text[:80] and (
            (colon > 0 and marks & _MARK_COLON_DIGIT and _line_colon(text, colon)) or colon == 1
            or text[0] == "(" or (marks & _MARK_DASH and " - " in text)
            or (marks & _MARK_GREATER and ">@" in text)
            or (marks & _MARK_TAB and "\t" in text and "@" in text and "/" in text))
            and _may_hold_location(text)) or (
                # (an Erlang function's arity and line: ``[error] ar_kv:do_open/1:511 …``)
                colon > 0 and marks & _MARK_SLASH_DIGIT and marks & _MARK_COLON_DIGIT
                and _slash_line_after(text, colon)
                and _MFA_LINE.search(text, max(0, colon - 40), colon + 60))
            else None)
        if location is None:
            # (each reading needs a stop or a slash; a colon with a digit after it or a ``#``;
            # a slash with one; ``::``; a key's ``=`` and a colon with a digit)
            trailing = trailing_location(text) if marks & (_MARK_DOT | _MARK_SLASH) else None
            in_head = (head_location(text, colon) if trailing is None and colon >= 0
                       and marks & (_MARK_COLON_DIGIT | _MARK_HASH) else None)
            if in_head is None and trailing is None and marks & _MARK_SLASH_DIGIT and "/" in text:
                in_head = slash_line_location(text)
            if in_head is None and trailing is None and marks & _MARK_TWO_COLONS and "::" in text:
                in_head = target_line_location(text)
                if in_head is None:
                    named = target_with_digit(text)
                    if named is not None:
                        # the record's target keeps its names (one with a digit too), and
                        # its digits name the pattern, as a location's line does
                        start, end = named
                        in_head = start, end, end
                        statuses += tuple(at for at in range(start, end) if 48 <= ord(text[at]) <= 57)
            if in_head is None and trailing is None and marks & _MARK_DOT:
                named = logger_with_digit(text)
                if named is not None:
                    # the record's dotted logger keeps its names, one with a digit too, and
                    # its digits name the pattern, as a Rust target's do (round 38, r36a)
                    start, end = named
                    in_head = start, end, end
                    statuses += tuple(at for at in range(start, end) if 48 <= ord(text[at]) <= 57)
            if (in_head is None and trailing is None and marks & _MARK_EQUALS
                    and marks & _MARK_COLON_DIGIT and "=" in text):
                in_head = keyed_location(text)
            if in_head is None and trailing is None and marks & _MARK_COLON_DIGIT and marks & _MARK_DOT:
                in_head = at_location(text)  # (a file and line after ``at`` that end the record)
            if in_head is None and trailing is None and marks & _MARK_DASH and " - " in text:
                in_head = class_method_line(text)  # (log4j's %c{1} %M %L  - after the level)
            if in_head is None and trailing is None and marks & _MARK_DOT and marks & _MARK_COLON:
                in_head = function_caller(text)  # (``[file.py:function()]`` opening the record)
            if in_head is not None:
                # the location's line stays, and its digits name the pattern (as a leading
                # location's do)
                start, line, end = in_head
                masked = mask_values(text[:start]) + text[start:end] + mask_values(text[end:])
                statuses += tuple(range(line, end))
            elif trailing is None:
                if marks & _MARK_EP and "eprecated" in text and "\\" not in text:
                    masked = _mask_deprecation(text)
                    marks = ALL_MARKS  # (the masked text is no longer the text's pieces and values)
                elif (marks & _MARK_QUOTE and marks & _MARK_COLON and ': "' in text and _may_hold_report(text)
                      and _REPORT_MESSAGE.search(text) is not None):
                    masked = _mask_report_message(text)
                    marks = ALL_MARKS
                elif ((not marks & _MARK_BACKSLASH or "\\" not in text)
                      and (not marks & _MARK_BRACE or "{" not in text or ' {"' not in text)):
                    # (a brace's memchr first: most texts hold none, and the three characters'
                    # scan is some four times dearer)
                    masked = mask_values(text)
                else:
                    masked = _mask_quoted_message(text)
                    if marks & _MARK_BACKSLASH:
                        marks = ALL_MARKS  # (its escapes undone: a line's end, a quote's new neighbours)
                    # (else a text with ' {"' and no backslash: its pieces and values, no escape
                    # undone, and its marks stand)
            else:
                # the location's line stays, and its digits name the pattern as a status's
                # do (added to the statuses found before it, never in their place)
                at = trailing.start()
                masked = mask_values(text[:at]) + text[at:]
                statuses += tuple(range(trailing.start("line"), trailing.end("line")))
        else:
            # (the head's fields before the file are masked: a time, a process)
            start = location.start("file")
            if start < 0:
                start = location.start("mfa")
                if start < 0:
                    start = location.start("arity")
                    if start < 0:
                        start = location.start("mfal")
            head = text[:start]
            if head and _TAGS.fullmatch(head) is None:
                head = mask_values(head)  # (bracketed tags alone stay as they are)
            end = location.end()
            if text[end - 1] not in ":.\t":
                masked = head + text[start:end] + mask_values(text[end:])  # a logger's file
            else:
                # the location's line stays, and its digits name the pattern (as a status's)
                line_end = _LINE.match(text, end).end()  # type: ignore[union-attr]
                masked = head + text[start:line_end] + mask_values(text[line_end:])
                statuses += tuple(range(end, line_end))
    else:
        # the request's target, read by classify, is masked as a route: cheaper than the
        # masking regex, which would try every shape at every character of it
        start, end = target
        masked = mask_values(text[:start]) + route(text[start:end]) + mask_values(text[end:])
    if text[:1] == "{" and '":' in text:
        masked, statuses = _json_event_values(text, masked, statuses)
        if marks & _MARK_BACKSLASH:
            marks = ALL_MARKS  # (a message's JSON escapes undone: its characters' new neighbours)
        # (else the values kept are the text's, each between the quotes it has there, and a
        # message masked alone no escape undone: the marks stand, round 36)
        if ('ontext"' in text or 'ogger' in text or 'ategory"' in text or 'oggerName"' in text
                or 'ourceContext"' in text):
            masked = _json_logger_values(text, masked)
    # (masked, where marks were read, is the text's pieces and values, ``<*>``: it holds no
    # character, and no two characters side by side, that the text does not)
    if marks & _MARK_LINE_END and "\n" in masked and "at " in masked:
        masked = _fold_frames(masked)  # (a stack trace: one value, its frames any number)
    if marks & _MARK_PATTERN and _may_hold_pattern(masked):
        masked = _mask_patterns(masked)
    return masked, statuses


# the keys of a JSON record's source file and of its line (``json_source_key``,
# ``json_line_key``), read by _JSON_KEPT's alternatives too
_JSON_SOURCE_KEY_NAMES: Final = ("caller", "source", "src", "file", "filename", "filepath", "sourcefile",
                                 "source_file", "src_file", "location")
_LINE_KEY_ENDS: Final = ("line", "lineno", "Line", "LineNumber", "lineNumber", "line_number", "line.number")

# A JSON record's values that name its event rather than vary (round 31, json): an HTTP
# method, the whole of a key's quoted value ("method":"PUT", "http.method":"GET": a request's
# method, which names the event as a request line's does, `GET /x`; bunyan's and pino's
# serialized requests, werelogs, Nextcloud's JSON log; TRACE is no method there, a level);
# and the call site's source file under a key that names it (JSON_SOURCE_KEYS), its line glued
# to it or not (zap's and go-kit's "caller":"x.go:42", logrus' "file", slog's AddSource
# "source":{…,"file":…,"line":…}, OpenTelemetry's "code.filepath", Steno's "file"), and the
# number of a line key after such a file ("line", "lineno", "code.lineno": json_line_key)
# (each value's key read in the expression itself: json_source_key's and json_line_key's keys,
# so that the loop over its matches meets the values it keeps only; the brace or comma before
# the key is read, not looked behind at: the engine then skips to those characters). The
# key's run of characters is read once to its quote (possessive: it holds no quote, so no
# shorter run meets one), and a source key's and a line key's three last letters are asked
# right after it before their alternatives back off through the key a place at a time to
# find a dot or a line's word (round 31, speed23: the same matches, some 30 % less of the
# engine's time on JSON records, where most keys are neither)
# (slog's AddSource with a ReplaceAttr that prints the source by filepath.Base of its
# ``&{function file line}``: ``"source":"metrics.go 167}"``, the file, a space, the line and
# the struct's brace, as netmaker's JSON handler prints it; round 41, weak41b)
_SLOG_SOURCE_LINE: Final = r"(?: \d{1,7}\})?"
_JSON_KEPT: Final = re.compile(
    r'[{,]\s?"(?:(?P<mkey>[^"\\]{1,60}+)":\s?"(?P<method>' + "|".join(m for m in METHODS if m != "TRACE")
    + r')"|(?=[^"\\]{1,80}+(?<=(?i:ler|rce|src|ile|ame|ath|ion))")'
    r'(?P<fkey>(?:[^"\\]{0,59}\.)?(?i:' + "|".join(_JSON_SOURCE_KEY_NAMES)
    + r')|[^"\\]{0,51}file\.name)":\s?"(?P<file>[^"\\\s]{0,300}\.' + SOURCE_EXT
    + r'(?::\d{1,7}){0,2}' + _SLOG_SOURCE_LINE + r')"|(?=[^"\\]{1,80}+(?<=ine|eno|ber)")'
    r'(?P<lkey>[^"\\]{0,56}(?:' + "|".join(re.escape(end) for end in _LINE_KEY_ENDS)
    + r'))":\s?(?P<line>\d{1,7})(?=\s?[,}]))')
# A key of a request's target ("url", "path", "uri", "route", "httpURL", "request_path"): a
# record that prints the request it serves, its method and its target, as the context of any
# of its events (Nextcloud's JSON log, a router's "routing request"), whose method is a value
_REQUEST_TARGET_KEY: Final = re.compile(r'"[\w.@-]{0,40}?(?:url|uri|path|route|target|endpoint)"\s?:',
                                        re.IGNORECASE)
# the keys of a record's source file (the key's last dotted part: "caller", "file", slog's
# "source", OpenTelemetry's "code.filepath"; ECS' "log.origin.file.name" too, json_source_key)
JSON_SOURCE_KEYS: Final = frozenset(_JSON_SOURCE_KEY_NAMES)
# (_REQUEST_TARGET_KEY's words, lower case, and its key's characters other than ASCII letters
# and digits)
_TARGET_KEY_WORDS: Final[tuple[str, ...]] = ("url", "uri", "path", "route", "target", "endpoint")
_TARGET_KEY_MARKS: Final = "_.@-"


def _holds_request_target_key(text: str) -> bool:
    """Whether ``_REQUEST_TARGET_KEY.search(text)`` finds a key, read without the engine in an
    ASCII text: a quote followed by a colon (a whitespace character between or not), the run of
    the key's characters before it (letters, digits, ``_.@-``) opened by a quote, and the run ending
    in one of the words in any case after at most 40 characters. (The engine tried its lazy
    run and six words at every quote of the record, some 100,000 instructions a JSON record
    with a method kept: round 33, speed30.) A text beyond ASCII is the engine's: its case
    folding and its word and space classes read more characters (a dotless i is an ``i`` to it).
    As Python the loop costs more than the engine's search (the sources' 287,000 instructions a
    record of r30 s0 against 185,000): asked only compiled (``COMPILED_HERE``)."""
    if not COMPILED_HERE or not text.isascii():
        return _REQUEST_TARGET_KEY.search(text) is not None
    n: i64 = len(text)
    close: i64 = text.find('"')
    while close >= 0:
        after: i64 = close + 1
        if after < n and text[after].isspace():  # (the engine's whitespace: str.isspace's)
            after += 1
        if after < n and ord(text[after]) == 58:  # :
            start: i64 = close
            # (a key of the words after 40 characters at most: 48 in all)
            while start > 0 and close - start <= 48 and (
                    text[start - 1].isalnum() or text[start - 1] in _TARGET_KEY_MARKS):
                start -= 1
            if start > 0 and close - start <= 48 and ord(text[start - 1]) == 34:
                run = text[start:close].lower()
                for word in _TARGET_KEY_WORDS:
                    if len(run) - len(word) <= 40 and run.endswith(word):
                        return True
        close = text.find('"', close + 1)
    return False


def json_source_key(key: str) -> bool:
    """Whether a JSON key names the source file of the record's call site (JSON_SOURCE_KEYS)."""
    return key.rpartition(".")[2].lower() in JSON_SOURCE_KEYS or key.endswith("file.name")


def json_line_key(key: str) -> bool:
    """Whether a JSON key names a source line ("line", "lineno", "code.lineno", "lineNumber",
    "line_number", ECS' "log.origin.file.line")."""
    return key.endswith(_LINE_KEY_ENDS)


# what each alternative of _JSON_KEPT holds in its match: a method in its quotes, a source
# file's extension and its line or not before its quote
_QUOTED_METHOD: Final = re.compile(r'"(?:' + "|".join(m for m in METHODS if m != "TRACE") + r')"')
_SOURCE_VALUE_END: Final = re.compile(r"\." + SOURCE_EXT + r'(?::\d{1,7}){0,2}' + _SLOG_SOURCE_LINE + '"')


def _add_key_start(text: str, close: i64, starts: list[int]) -> None:
    """Add to ``starts`` the place where _JSON_KEPT's match of the key whose closing quote is
    at ``close`` may start: the brace or comma before its opening quote (a whitespace
    character between or not). A key holds no quote in any alternative, so its opening quote
    is the last before ``close``."""
    if close < 1 or close + 1 >= len(text) or ord(text[close]) != 34 or ord(text[close + 1]) != 58:
        return
    quote: i64 = text.rfind('"', 0, close)
    if quote < 1:
        return
    start: i64 = quote - 1
    c: i64 = ord(text[start])
    if c != 123 and c != 44:
        start -= 1  # (``\s?`` between: the engine judges the character)
        if start < 0:
            return
        c = ord(text[start])
        if c != 123 and c != 44:
            return
    starts.append(start)


def _add_value_start(text: str, value: i64, starts: list[int]) -> None:
    """``_add_key_start`` for the key of the quoted value whose opening quote is at ``value``
    (``":`` before it, a whitespace character between or not)."""
    close: i64 = value - 2 if value >= 1 and ord(text[value - 1]) == 58 else value - 3
    if close >= 0:
        _add_key_start(text, close, starts)


# (the methods _QUOTED_METHOD reads in quotes, and their lengths)
_QUOTED_METHODS: Final = frozenset(m for m in METHODS if m != "TRACE")
_METHOD_SHORTEST: Final = min(len(m) for m in _QUOTED_METHODS)
_METHOD_LONGEST: Final = max(len(m) for m in _QUOTED_METHODS)


def _kept_key_starts(text: str, starts: list[int]) -> None:
    """The starts _json_kept's scans and searches add (compiled: one loop over the keys'
    closing quotes and colons, where the memory scans of the line keys' ends and the engine's
    searches of each source file's value end, ``_SOURCE_VALUE_END``, and of each method in
    quotes, ``_QUOTED_METHOD``, read the record three times over; round 41, speed41). Each of
    them adds the start of the key whose closing quote and colon are at ``k``: a line key's
    end before them (``ine":``, ``eno":``, ``ber":``); a value's opening quote right after
    them, or after one character but a colon, that is the last quote before a method and
    its closing quote, or before a source file's extension (and its line) and the quote that
    ends the value (``_add_value_start``'s own reading of where the key's colon is): the
    quote after the value's opening one, ``close``, closes both."""
    n: i64 = len(text)
    k: i64 = text.find('":')
    while k >= 0:
        if k >= 3:
            # (ine, eno, ber: characters compared as numbers)
            c: i64 = ord(text[k - 1])
            if ((c == 101 and ord(text[k - 2]) == 110 and ord(text[k - 3]) == 105)
                    or (c == 111 and ord(text[k - 2]) == 110 and ord(text[k - 3]) == 101)
                    or (c == 114 and ord(text[k - 2]) == 101 and ord(text[k - 3]) == 98)):
                _add_key_start(text, k, starts)
        quote: i64 = k + 2
        while quote <= k + 3 and quote < n:
            if ord(text[quote]) == 34 and (quote == k + 2 or ord(text[k + 2]) != 58):
                close: i64 = text.find('"', quote + 1)
                if close < 0:
                    break
                size: i64 = close - quote - 1
                if ((_METHOD_SHORTEST <= size <= _METHOD_LONGEST and 65 <= ord(text[quote + 1]) <= 90
                        and text[quote + 1:close] in _QUOTED_METHODS) or _ends_source_value(text, close)):
                    _add_key_start(text, k, starts)
            quote += 1
        k = text.find('":', k + 2)


def _ends_source_value(text: str, close: i64) -> bool:
    """Whether ``_SOURCE_VALUE_END`` matches a text that ends at the quote at ``close``: a dot,
    one of the source files' extensions (_SOURCE_EXT_WORDS) and at most two of a colon and
    one to seven digits (``\\d`` of a str pattern: any decimal digit), and slog's space, one to
    seven digits and ``}`` or not (``_SLOG_SOURCE_LINE``: ``"metrics.go 167}"``), right before it."""
    end: i64 = close
    if end > 0 and ord(text[end - 1]) == 125:  # } (_SLOG_SOURCE_LINE, the only way to it)
        digits: i64 = end - 1
        while digits > 0 and end - 1 - digits < 7 and _decimal_at(text, digits - 1):
            digits -= 1
        if digits == end - 1 or digits == 0 or ord(text[digits - 1]) != 32:
            return False
        end = digits - 1
    groups: i64 = 0
    while True:
        # (the extension: the run of its characters before ``end``, a dot before the run)
        start: i64 = end
        while start > 0 and end - start <= _LONGEST_SOURCE_EXT:
            c: i64 = ord(text[start - 1])
            if c >= 128 or _SOURCE_EXT_CODES[c] == 0:
                break
            start -= 1
        if start > 0 and start < end and ord(text[start - 1]) == 46 and text[start:end] in _SOURCE_EXT_WORDS:
            return True
        if groups == 2:
            return False
        # (a colon and its digits before ``end``: the whole run of digits, as no digit comes
        # before the colon of a group)
        start = end
        while start > 0 and end - start <= 7 and _decimal_at(text, start - 1):
            start -= 1
        if start == end or end - start > 7 or start == 0 or ord(text[start - 1]) != 58:
            return False
        end = start - 1
        groups += 1


def _decimal_at(text: str, at: i64) -> bool:
    """Whether ``text[at]`` is a decimal digit as ``\\d`` of a str pattern reads one."""
    c: i64 = ord(text[at])
    if c < 128:
        return 48 <= c <= 57
    return text[at].isdecimal()


def _json_kept(text: str) -> list[re.Match[str]]:
    """``list(_JSON_KEPT.finditer(text))``, the engine asked only at the keys where one of its
    alternatives may match: each needs, after its key, a line key's end and its colon
    (``ine":``, ``eno":``, ``ber":``: line, lineno, Line, LineNumber, lineNumber, line_number,
    line.number), a source file's value that ends with its extension (and its line) before a
    quote, or a method in quotes. Those are found by memory scans and searches the engine
    makes by their first character, the key's start read back from each (no key holds a
    quote, nor does a file's value), and _JSON_KEPT is matched at each such start in order,
    after the last match's end, as finditer goes on: every place where it matches is one of
    them. finditer tried the expression at every brace and comma of a record that held one
    of the three (some 70,000 instructions a record on round 31's JSON records; round 32,
    speed26); most records hold none (7,278 of 9,852 in round 31's development sets: the
    scans alone, as before). Compiled, the starts are read in one loop over the keys' closing
    quotes and colons (``_kept_key_starts``: the two searches cost some 11,500 instructions a
    JSON record of r29 s0, round 41)."""
    starts: list[int] = []
    if COMPILED_HERE:
        _kept_key_starts(text, starts)
    else:
        if 'ine":' in text or 'eno":' in text or 'ber":' in text:
            for end in ('ine":', 'eno":', 'ber":'):
                at: i64 = text.find(end)
                while at >= 0:
                    _add_key_start(text, at + 3, starts)
                    at = text.find(end, at + 1)
        # (a file's value ends at the first quote after its extension: each search from after
        # the last such quote finds the next, whatever the dot it starts at)
        found = _SOURCE_VALUE_END.search(text)
        while found is not None:
            close: i64 = found.end() - 1
            _add_value_start(text, text.rfind('"', 0, close), starts)
            found = _SOURCE_VALUE_END.search(text, close + 1)
        # (a method's quotes: a value's opening quote after a colon is no method's closing one,
        # so searches from each one's end, as finditer's, find every such value)
        found = _QUOTED_METHOD.search(text)
        while found is not None:
            _add_value_start(text, found.start(), starts)
            found = _QUOTED_METHOD.search(text, found.end())
    kept: list[re.Match[str]] = []
    if not starts:
        return kept
    if len(starts) > 1:
        starts.sort()
    done: i64 = 0  # (the last match's end: finditer goes on from there)
    for start in starts:
        if start < done:
            continue
        found = _JSON_KEPT.match(text, start)
        if found is not None:
            kept.append(found)
            done = found.end()
    return kept


# A JSON record's logger under a key that names it (NestJS' and winston's "context", zap's and
# structlog's "logger", logstash-logback-encoder's "logger_name", log4j2's JsonLayout
# "loggerName", Serilog's "SourceContext", log4net's and irods' "category"): the class or module
# that logs, one per call site, so two of them printing one message are two call sites (round
# 33, r31a; before, the value was masked as every other and `Error processing <*> job` of four
# processors was one pattern). Kept only as a name of code: letters, `_`, dots, `:` or `$`
# between them, no digit, no space (a logger named by an instance, `worker-3`, varies).
# (the keys, lower case: json_logger_key reads a key as this pattern's case-blind group does)
_JSON_LOGGER_KEYS: Final = frozenset(("context", "logger", "loggername", "logger_name", "sourcecontext",
                                      "category", "log_category"))
_JSON_LOGGER: Final = re.compile(
    r'"(?P<key>(?i:' + "|".join(sorted(_JSON_LOGGER_KEYS)) + r'))":\s?'
    r'"(?P<name>[A-Za-z_](?:[A-Za-z_.$]|::?(?=[A-Za-z_])){0,120})"')


def json_logger_key(key: str) -> bool:
    """Whether a JSON key names the record's logger (_JSON_LOGGER's keys)."""
    return key.lower() in _JSON_LOGGER_KEYS


# (the lengths of _JSON_LOGGER_KEYS' keys: a key of another length is none of them)
_LOGGER_KEY_SHORTEST: Final = min(len(key) for key in _JSON_LOGGER_KEYS)
_LOGGER_KEY_LONGEST: Final = max(len(key) for key in _JSON_LOGGER_KEYS)


def _json_loggers(text: str) -> list[re.Match[str]]:
    """``_JSON_LOGGER.finditer(text)``'s matches, the engine asked only at the opening quote of
    each key, in an ASCII text, that is one of _JSON_LOGGER_KEYS in any case: a match opens
    with a quote, one of the keys (none holds a quote) and ``":``, so its quote is the last
    before a ``":``, and the matches in order are the first at or after the last one's end.
    (The engine tried the seven keys, case-blind, at every quote of the record: some 41,000
    instructions a record on r30 s0's; round 36, speed36.) A text beyond ASCII is the
    engine's: its case folding reads more characters as the keys' letters (a long s, Kelvin's K)."""
    if not text.isascii():
        return list(_JSON_LOGGER.finditer(text))
    found: list[re.Match[str]] = []
    after: i64 = 0  # (the last match's end)
    colon: i64 = text.find('":')
    while colon >= 0:
        quote: i64 = text.rfind('"', after, colon)
        if quote >= 0 and _LOGGER_KEY_SHORTEST <= colon - quote - 1 <= _LOGGER_KEY_LONGEST and (
                text[quote + 1:colon].lower() in _JSON_LOGGER_KEYS):
            match = _JSON_LOGGER.match(text, quote)
            if match is not None:
                found.append(match)
                after = match.end()
                colon = text.find('":', after)
                continue
        colon = text.find('":', colon + 1)
    return found


def _json_logger_values(text: str, masked: str) -> str:
    """``masked`` with each logger's name under a logger's key (_JSON_LOGGER) as ``text``
    has it."""
    for found in _json_loggers(text):
        head = '"' + found.group("key") + '":'
        at = masked.find(head)
        if at < 0:
            continue
        at += len(head)
        if masked[at:at + 1] == " ":
            at += 1
        if masked.startswith('"<*>"', at):
            masked = masked[:at] + '"' + found.group("name") + '"' + masked[at + 5:]
    return masked


def _json_event_values(text: str, masked: str, statuses: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """``masked`` with a JSON record's values that name its event (``_JSON_KEPT``) as ``text``
    has them, and ``statuses`` with the places of the digits of a source file and line kept (they
    name the pattern, as the line of a code location that opens a record does: the exact
    cache, which reads every digit as 0, reads them there)."""
    done = 0  # masked[:done] is read, and masked[:copied] is in parts
    copied = 0
    parts: list[str] = []
    filed = False  # a source file was kept: a line key's number after it is its line
    digits: list[int] = []
    targeted = -1  # whether the record holds a request's target (-1: not read yet)
    for found in _json_kept(text):
        # (the alternative that matched: its value's group closes last, one attribute read
        # where each group asked by name was a method call)
        kind = found.lastgroup
        start = -1  # where the value's digits may be
        if kind == "method":
            if targeted < 0:
                targeted = 1 if _holds_request_target_key(text) else 0
            if targeted:
                continue  # (the request's method with its target: the request's, a value)
            value = found.group("method")
            key = found.group("mkey")
        elif kind == "file":
            value = found.group("file")
            key = found.group("fkey")  # (json_source_key's: a file under another key is a value)
            start = found.start("file")
        else:
            if not filed:
                continue
            value = found.group("line")
            key = found.group("lkey")  # (json_line_key's)
            start = found.start("line")
        head = '"' + key + '":'
        at = masked.find(head, done)
        if at < 0:
            continue
        at += len(head)
        if masked[at:at + 1] == " ":
            at += 1
        quoted = kind != "line"
        if not masked.startswith('"<*>"' if quoted else WILDCARD, at):
            continue
        parts.append(masked[copied:at])
        parts.append('"' + value + '"' if quoted else value)
        copied = done = at + (5 if quoted else 3)
        if start >= 0:
            filed = True
            digits.extend([i for i in range(start, start + len(value)) if 48 <= ord(text[i]) <= 57])
    if parts:
        parts.append(masked[copied:])
        masked = "".join(parts)
        if digits:
            statuses = tuple(sorted(statuses + tuple(digits)))
    if ("essage" in text or "sg\"" in text or "SG\"" in text or "ESSAGE" in text or 'ype":' in text
            or 'ame":' in text):
        if not (any(quote in text for quote in _JSON_KEY_QUOTE)
                or any(quote in text for quote in _JSON_KEY_SPACE_QUOTE)):
            # (a record with no known message key: its message under a key of its own name,
            # else its event's type)
            masked = _json_named_message(text, masked)
            masked = _json_event_type(text, masked)
        elif '"event":"' in text or ('":{' in text and text.count('essage"') + text.count('sg"') > 1):
            masked = _json_nested_messages(text, masked)
    return masked, statuses


# A record's message under a key of its own name when it has none of _QUOTED_MESSAGE_KEYS (round
# 32, r30json; iRODS' "log_message"): a key that ends in "message" or "msg" after a stem of the
# logger's own ("log_message", "logMessage", "log.message", "MSG"), the first such key of the
# record; not an error's or a peer's text, whose stem says so ("error_message",
# "exception.message", "grpc.message", "status_msg": a value as before)
_NAMED_MESSAGE_KEY: Final = re.compile(r"[\w.@-]{0,40}?(?:[mM]essage|MESSAGE|[mM]sg|MSG)")
# the characters one of which stands before a key's match (the lookbehind _JSON_NAMED_MESSAGE
# and _JSON_EVENT_TYPE open with): keyed_search asks the engine only after one
_KEY_BEHIND: Final = "{,"
_JSON_NAMED_MESSAGE: Final = re.compile(
    r'(?<=[' + _KEY_BEHIND + r'])\s?"(?P<key>' + _NAMED_MESSAGE_KEY.pattern
    + r')":\s?"(?P<text>(?:[^"\\\n]|\\.){1,2000})"')
_NOT_A_MESSAGE_STEM: Final = re.compile(
    r"err|exc|fault|fail|panic|rpc|status|http|resp|reason|cause|stack|warn|reply|return|result|body",
    re.IGNORECASE)
_NAMED_MESSAGE_KEY_ENDS: Final = ("message", "Message", "MESSAGE", "msg", "Msg", "MSG")


def keyed_search(pattern: re.Pattern[str], text: str, ends: tuple[str, ...],
                 behind: str = "") -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern whose every match holds a JSON key ending in one
    of ``ends`` (each the key's last letters, its closing quote and colon), the key in quotes and
    holding none, and starts at its opening quote, or, where ``behind`` is given, at its opening
    quote or the character before it: the engine is asked only there (each key's opening
    quote, the last before its closing one), in order, the first match the search's.
    (``_JSON_NAMED_MESSAGE`` and ``_JSON_EVENT_TYPE`` open with a lookbehind: the engine tried
    them at every place of the record, some 40,000 to 80,000 instructions a record; round 33,
    speed30.) ``behind``: the characters of that lookbehind (``(?<=[{,])``, _KEY_BEHIND), one of
    which stands just before every match: a start after any other is not asked (most keys'
    quotes follow a comma or a brace, so the character before such a quote opens no match, and
    the quote after a comma's space none: half the engine's calls, each a generic call and a
    failed match; round 39, speed39b)."""
    starts: list[int] = []
    for end in ends:
        at: i64 = text.find(end)
        while at >= 0:
            quote: i64 = text.rfind('"', 0, at + len(end) - 2)
            if quote >= 0:
                if not behind:
                    starts.append(quote)
                else:
                    if quote >= 2 and text[quote - 2] in behind:
                        starts.append(quote - 1)
                    if quote >= 1 and text[quote - 1] in behind:
                        starts.append(quote)
            at = text.find(end, at + 1)
    if len(starts) > 1:
        starts.sort()
    last: i64 = -1
    for start in starts:
        if start != last:
            found = pattern.match(text, start)
            if found is not None:
                return found
            last = start
    return None


# the ends of _JSON_NAMED_MESSAGE's keys (their last letters, closing quote and colon)
_NAMED_MESSAGE_ENDS: Final[tuple[str, ...]] = ('essage":', 'ESSAGE":', 'sg":', 'SG":')
# named_message_key's answers by key (a key's alone: one table serves every miner), bounded
_NAMED_KEYS: Final[dict[str, bool]] = {}


def named_message_key(key: str) -> bool:
    """Whether ``key`` names a record's message by a name of its own (``_JSON_NAMED_MESSAGE``:
    "log_message", "logMessage", "log.message"), not an error's or a peer's text; the templates
    read its value's words as a message field's (``templates.kinds_of``). Its last letter first,
    an ``e`` or a ``g`` in either case, as event_type_key reads its own: most keys and words end
    otherwise."""
    n: i64 = len(key)
    if n < 3 or n > 48:
        return False
    last: i64 = ord(key[n - 1])
    if not (last == 101 or last == 103 or last == 69 or last == 71):
        return False
    # (remembered: keys recur from record to record, and the case-blind stems' search costs
    # the engine some 10,000 instructions a key; round 33, speed30)
    known = _NAMED_KEYS.get(key)
    if known is not None:
        return known
    named = (key.endswith(_NAMED_MESSAGE_KEY_ENDS)
             and _NAMED_MESSAGE_KEY.fullmatch(key) is not None and _NOT_A_MESSAGE_STEM.search(key) is None)
    if len(_NAMED_KEYS) >= 4096:
        _NAMED_KEYS.clear()
    _NAMED_KEYS[key] = named
    return named


def _json_named_message(text: str, masked: str) -> str:
    """``masked`` with the message of a JSON record that names it by a key of its own
    (``_JSON_NAMED_MESSAGE``) masked as a bare message's text (its JSON escapes undone, then
    escaped again, as ``_mask_quoted_message`` reads a known key's), where the masking pass
    left one ``"<*>"`` for it: its words name the event (round 32, r30json)."""
    found = keyed_search(_JSON_NAMED_MESSAGE, text, _NAMED_MESSAGE_ENDS, _KEY_BEHIND)
    if found is None:
        return masked
    key = found.group("key")
    if not named_message_key(key):
        return masked
    at = _masked_value_at(masked, key)
    if at < 0:
        return masked
    said = found.group("text")
    if "\\" in said and _JSON_ESCAPE.search(said) is not None:
        said = mask_values(_JSON_ESCAPE.sub(_unescaped, said)).translate(_JSON_ESCAPES)
    else:
        said = mask_values(said)
    return masked[:at + 1] + said + masked[at + 4:]


# message keys that are a field's when the record names its message otherwise ("event",
# "log": Sensu's data hash's "event" beside its "message")
_SECOND_MESSAGE_KEYS: Final = frozenset(("event", "log"))


def _json_nested_messages(text: str, masked: str) -> str:
    """``masked`` with the message key's value of an object nested in a JSON record that has its
    own message at its top (Nextcloud's and .NET's exception objects, ``"message":"Could not
    sync","exception":{"Exception":…,"Message":"<the error's text>"}``) masked as one value,
    ``"<*>"``: an error's or a state's text, which the record's own message names the event
    of; and so is an "event" or a "log" at its top beside that message (Sensu's data hash:
    ``"message":"mutator error","event":"<name>"``) (round 31, json). Read in ``text`` (its
    quotes escaped as JSON escapes them), found in ``masked`` by the key's rank among its
    spellings (masking keeps keys as they are)."""
    depth = 0
    at = 0
    n = len(text)
    top = False  # the record's own message key, at its top
    nested: list[tuple[str, int]] = []  # (a nested message key's quoted form, its rank)
    while at < n:
        c = text[at]
        if c == '"':
            end = at + 1
            while end < n and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if end + 1 < n and text[end + 1] == ":" and text[at + 1:end] in _QUOTED_MESSAGE_KEY_WORDS:
                if depth == 1 and text[at + 1:end] not in _SECOND_MESSAGE_KEYS:
                    top = True
                elif end + 2 < n and text[end + 2] == '"':
                    form = text[at:end + 3]
                    nested.append((form, text.count(form, 0, at)))
            at = end + 1
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        at += 1
    if not top or not nested:
        return masked
    for form, rank in reversed(nested):
        start = -1
        for _ in range(rank + 1):
            start = masked.find(form, start + 1)
            if start < 0:
                break
        if start < 0:
            continue
        start += len(form)
        end = start
        while end < len(masked) and masked[end] != '"':
            end += 2 if masked[end] == "\\" else 1
        if end < len(masked):
            masked = masked[:start] + WILDCARD + masked[end:]
    return masked


# A record's event type or name when it has no message (FoundationDB's trace events'
# "Type":"RTSSComplete", an audit log's "event_type", "eventName"): a name, letters and
# ``_ . : -`` only (a digit would be read by the exact cache as any digit), which names its event
_EVENT_TYPE_KEY: Final = r"(?:[eE]vent[_.]?)?(?:[Tt]ype|TYPE)|[eE]vent[_.]?[Nn]ame"
_JSON_EVENT_TYPE: Final = re.compile(
    r'(?<=[' + _KEY_BEHIND + r'])\s?"(?P<key>' + _EVENT_TYPE_KEY
    + r')":\s?"(?P<text>[A-Za-z][A-Za-z_.:-]{0,80})"')
_EVENT_TYPE_KEY_WHOLE: Final = re.compile(_EVENT_TYPE_KEY)
EVENT_TYPE_KEY_ENDS: Final = ("ype", "YPE", "ame")
# the ends of _JSON_EVENT_TYPE's keys (their last letters, closing quote and colon)
_EVENT_TYPE_ENDS: Final[tuple[str, ...]] = ('ype":', 'YPE":', 'ame":')


def event_type_key(key: str) -> bool:
    """Whether ``key`` is a JSON record's event type or name (``_JSON_EVENT_TYPE``'s keys:
    "Type", "event_type", "eventName"), which names its event when it has no message. (Its
    last letter first, an ``e`` or ``E`` as each of EVENT_TYPE_KEY_ENDS' ends, then those ends
    one by one: compiled, the tuple of the three was made an object at each call, and most
    keys and words end otherwise; round 31, speed23.)"""
    n: i64 = len(key)
    if n < 3:
        return False
    last: i64 = ord(key[n - 1])
    if last != 101 and last != 69:
        return False
    return (key.endswith("ype") or key.endswith("ame") or key.endswith("YPE")) and (
        _EVENT_TYPE_KEY_WHOLE.fullmatch(key) is not None)


def _json_event_type(text: str, masked: str) -> str:
    """``masked`` with the event type of a JSON record that has no message (``_JSON_EVENT_TYPE``)
    kept where the masking pass left one ``"<*>"`` for it: a name, it names the event (round 31,
    json)."""
    if not ('ype":' in text or 'ame":' in text):
        return masked
    found = keyed_search(_JSON_EVENT_TYPE, text, _EVENT_TYPE_ENDS, _KEY_BEHIND)
    if found is None:
        return masked
    at = _masked_value_at(masked, found.group("key"))
    if at < 0:
        return masked
    return masked[:at + 1] + found.group("text") + masked[at + 4:]  # (a name, no digit: kept as it is)


def _masked_value_at(masked: str, key: str) -> int:
    """Where the ``"<*>"`` that the masking pass left for the value of the JSON key ``key``
    stands in ``masked`` (its first such key), or -1: masking keeps keys as they are."""
    head = '"' + key + '":'
    at = masked.find(head)
    if at < 0:
        return -1
    at += len(head)
    if masked[at:at + 1] == " ":
        at += 1
    return at if masked.startswith('"<*>"', at) else -1
