"""First stage of the miner: mask the obvious variables of a message, then cut it into tokens.

``mask_statuses(text)`` is one pass of one precompiled regular expression, run in C by
``re.sub``: every value whose *shape* says it varies (numbers, hex, ips, host:port, paths,
urls, uuids, dates, durations and sizes with their unit, e-mail addresses, quoted values,
values of JSON and logfmt keys, identifiers mixing letters and digits, booleans) becomes
``<*>``; HTTP statuses become their class first (``http.py``). Its result is the key of
the miner's cache, so only this pass runs for a message whose masked form was seen
before. ``fold`` then folds the cause after a failure's colon into one ``<*>``, on a
cache miss (``mask`` does both).

``tokens(masked)`` runs on a cache miss only: it cuts the masked text into words and
single punctuation marks, so ``a=1,b=2`` and ``a = 1, b = 2`` give the same tokens, and
folds what is one value written in many tokens: a list of variables of any length
(``blk_1 blk_2 blk_3``), a record or list printed inline, a value of a key list, a code
with its message in brackets. docs/patterns.md says why each is one value.

The masking must depend on digits only through their positions, never their values
(no ``[1-9]``): the miner's exact-text cache relies on ``digits_to_zero(a) ==
digits_to_zero(b)`` implying ``mask(a) == mask(b)``. The one exception, an HTTP status's
first digit, is read by the miner from its position (see miner._ByStatus).
"""

from __future__ import annotations

import re
from operator import eq

from otlp_sampler.patterns.http import METHODS, REQUEST_START, classify

WILDCARD = "<*>"

# Longest text the miner examines: a 1 MB body costs what a 2 KB one does.
MAX_CHARS = 2048
# Most tokens a template keeps; the rest of a longer message folds into one wildcard.
MAX_TOKENS = 96

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?"
_GTLD = r"(?:com|net|org|edu|gov|mil|int)"
_TLD = (
    r"(?:com|net|org|edu|gov|mil|int|io|co|ai|app|dev|cloud|info|biz|local|localdomain|internal|lan|corp"
    r"|home|arpa|(?!(?:id|in|is|it|to|me|so|at|be|do|no|on|or|as|if|of|up|we|go|sh|py|js|rb|pl|cc|cs|md)\b)"
    r"[a-z]{2})"
)
_UNIT = (
    r"(?:[KMGTP]i?B|[kKMGT]b|B|bytes?|ms|us|µs|ns|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?"
    r"|millis|milliseconds?|microseconds?|nanoseconds?)"
)

_CHAIN = r"(?:[.:,/+#]{1,2}[\w-]*\d[\w-]*)*(?:\.[A-Za-z][\w-]*)*"
_FILE_EXT = (
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
# ``re.sub`` never calls back into Python.
# An HTTP request line in quotes ("GET /x HTTP/1.1") is read inside: its method and its
# status after it name the event (see docs/patterns.md, HTTP status).
_METHODS = "(?:" + "|".join(METHODS) + ")"
# Words of prose that do not go on a file's name: a path does not reach over them.
_FUNCTION_WORDS = r"(?:to|from|into|as|and|or|in|on|at|for|with|by|of)"
# An HTTP status class (5xx, see http.py) is a state of the event, never a value.
_NOT_STATUS = r"(?![1-5]xx\b)"
# The target of a request after its method keeps its shape (/api/products/<*>): the route
# names the event, its ids and its query string vary.
_NOT_REQUEST_TARGET = "".join(f"(?<!{method} )" for method in METHODS)
# A quoted text alone in a bracket, first in the line or after another bracketed field, with
# another bracketed field or the line's end after it: the record's message, not a value.
_BRACKETED_MESSAGE = r'(?!(?<=\[")(?:(?<=^\[")|(?<=\] \["))(?:[^"\\\n]|\\.)*"\](?: \[|$))'
# A quoted text first in the line, or after a header that ends with "] ", with the record's
# keys or the line's end after it: the message of klog's structured records (InfoS: I0102 …
# pod_workers.go:12] "Pod status updated" pod="kube-system/x"), not a value.
_LEADING_MESSAGE = r'(?!(?:(?<=^")|(?<=\] "))(?:[^"\\\n]|\\.)*"(?: [\w.-]+=|$))'
# The keys whose value is a structured record's message (.NET's JSON console writes "Message").
_MESSAGE_KEY_NAMES = ("msg", "message", "event", "Message")


def _not_after_message_key(form: str) -> str:
    """Lookbehinds that refuse a position right after a message key written as ``form``
    (``'{}="'``: ``msg="``, ``message="``, …): that value names the event. A bare key
    only: one with a namespace or a stem (``grpc.message=``, ``error.message=``,
    ``err_msg=``) is an attribute, a peer's or an error's text, and its value varies."""
    bare = "" if form.startswith('"') else r"(?<![\w.-])"  # (a JSON key's quote bounds it)
    return "".join(f"(?<!{bare}{re.escape(form.format(key))})" for key in _MESSAGE_KEY_NAMES)


# A quote followed by a space, or by a mark that ends a clause and a space, closes a value
# ('https://x/': [Errno 2] …): it opens none.
_NOT_AFTER_CLOSING = r"(?![\s:,;)\]}](?:\s|$))"
_AFTER_QUOTE = _any(
    # a quoted value: a name, a path with spaces, a message quoted whole. But not a JSON
    # key, nor the value of a "msg", "message" or "event": that one names the event
    r"(?:(?<=^')|(?<=[^\w'\"]'))" + _not_after_message_key("{}='") + rf"(?!{_METHODS} ){_NOT_STATUS}"
    + _NOT_AFTER_CLOSING +
    r"(?!(?:(?<=[{,]')|(?<=, '))[^'\"\n]{1,80}'\s*:)"
    # (quotes inside it that open after a space and close before one, a text quoted in the
    # text: 'UPDATE orders SET status = 'paid' WHERE id = 42', 'missing field 'email'')
    r"[^'\"\n]{1,80}+(?:(?<=[\s=(])'[^'\"\n]{1,40}'(?=[\s),']|$)[^'\"\n]{0,40}+){0,3}(?='(?![\w'\"]))",
    # (not a quote that closes a sentence or follows a closing mark: format." key=…,
    # `CleanTombstones`" dir=… are the end of a quoted message)
    rf"(?:(?<=^\")|(?<=[^\w'\".!?`)\]}}\\]\"))(?!{_METHODS} ){_NOT_STATUS}"
    + _not_after_message_key('{}="') + _NOT_AFTER_CLOSING
    # (nor a record's message quoted alone in its bracket among bracketed fields, as TiKV's
    # and TiDB's unified format prints one: [<time>] [INFO] [x.rs:12] ["region split"] [id=3])
    + _BRACKETED_MESSAGE + _LEADING_MESSAGE
    + _not_after_message_key('"{}":"') + _not_after_message_key('"{}": "') +
    # (escaped quotes inside: "a \"quoted\" word" is one value)
    r"(?!(?:(?<=[{,]\")|(?<=, \"))[^'\"\n]{1,80}\"\s*:)(?:[^\"\\\n]|\\.){1,80}(?=\"(?![\w'\"])(?!:))",
    # a value in escaped quotes, inside a quoted message or value (msg="open \"/etc/x\": EOF"):
    # it ends at the next escaped quote
    r"(?<=\\\")(?:[^\"\\\n]|\\[^\"\n]){1,80}(?=\\\")",
    # one before a colon of prose, after a word or first (Rust's {:?} of a name: "heidi":
    # resizing …; Go's: in "[main system]": …; an operand before its cause: count for value
    # "legacy": <cause>); a JSON key follows a brace or a comma, and a method names the event
    rf"(?:(?<=^\")|(?<=[\w)\]] \"))(?!{_METHODS}[ \"]){_NOT_STATUS}[^\"\n]{{1,80}}(?=\": )",
    # any quoted value of key= or of a JSON key, spaces and escaped quotes included, but
    # for logfmt's msg="..." and JSON's "msg" (the event, as above): in a structured
    # record the quotes, not the words, say where a value starts and ends
    r"(?<==')" + _not_after_message_key("{}='") + r"[^'\n]{1,200}(?=')",
    r"(?<==\")" + _not_after_message_key('{}="') + _NOT_STATUS + r"(?:[^\"\\\n]|\\.){1,200}(?=\")",
    # and of a Ruby hash's key (:poller=>"x"), as Ruby's inspect prints one
    r"(?<==>\")" + _NOT_STATUS + r"(?:[^\"\\\n]|\\.){1,200}(?=\")",
    r"(?<=\":\")" + _not_after_message_key('"{}":"') + _NOT_STATUS
    + r"(?:[^\"\\\n]|\\.){1,200}(?=\")",
    r"(?<=\": \")" + _not_after_message_key('"{}": "') + _NOT_STATUS
    + r"(?:[^\"\\\n]|\\.){1,200}(?=\")",
)
# A value in backticks, as Rust and Go programs quote names in prose (remote `eu-1`
# answered with …); the backticks stay, as quotes do.
_IN_BACKTICKS = _any(
    r"(?<=`)(?<![\w`]`)[^`\n]{1,80}(?=`(?![\w`]))",
    # or as GNU programs do, from a backtick to an apostrophe (Parse zone `db.example': …),
    # or doubled, as TeX quotes (got ``private''.)
    r"(?<=`)(?<![\w`]`)[^`'\n]{1,80}(?='(?![\w`'\"]))",
    r"(?<=``)(?<![\w`]``)[^`'\n]{1,80}(?=''(?![\w`'\"]))",
)
# what follows a url's scheme (an ipv6 host in brackets, and not the colon or stop after it)
_URL_REST = r"(?:\[[0-9a-fA-F:.]+\])?(?:[^\s\"'<>()\[\]{}]*[^\s\"'<>()\[\]{}:,;.])?"
_AT_TOKEN_START = _any(
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
        rf"(?:[<>~]=?)?-?\d+(?:\.\d+)?\s{_UNIT}\b",
        # a host name with a port (a name may start with a digit)
        r"(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*:\d{1,5}\b",
        # ipv6
        r"(?:[0-9a-fA-F]{1,4})?(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])",
        # a number, or anything word-like starting with one; chained through . : , / + #
        # so that ips, ip:port, times, versions and decimals give one wildcard
        r"(?:[<>~]=?)?-?\d[\w-]*" + _CHAIN,
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
    rf"(?=[A-Z])(?:{_DAY}\s+)?{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?(?:\s+\d{{1,2}}:\d\d(?::\d\d(?:[.,]\d+)?)?)?"
    r"(?:\s+[A-Z]{3,4}(?=\s+\d{4}))?(?:\s+\d{4}\b)?",
    # a word that goes on with a digit or a sign of a name (. @ : \ $ [, or a slash and
    # then a dot): the shapes below. One scan rejects a plain word, and a plain segment of
    # a path (api/).
    r"(?=[A-Za-z.$][A-Za-z-]*+(?:[\d.@:\\$\[]|/[\w./$-]*\.))" + _any(
        # a name glued to a bracketed range or list of numbers is a compressed list of
        # names, as cluster tools write node sets (node-[1-4,7], cn[01-12], rack-[3\ 5]):
        # one value. A single number there (items[3]) is an index and stays.
        r"[A-Za-z][\w-]*\[\d+[,\\\s-][\d,\\\s-]*\]",
        # mac address or ipv6 starting with a letter
        r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5,}\b",
        r"(?=[0-9a-fA-F:]*\d)(?:[0-9a-fA-F]{1,4})?(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])",
        # e-mail address
        r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
        # host name with a port; the last label of a host name is a top-level or local
        # domain, never camelCase: that is a field of code and its value (view.scrollTop:42)
        r"(?:[A-Za-z0-9-]+\.)+(?![A-Za-z0-9-]*[a-z][A-Z])[A-Za-z][A-Za-z0-9-]*:\d{1,5}\b",
        # a domain name: three labels or more ending in a common top-level domain, or two
        # ending in a generic one (java.io or com.android.settings are not host names)
        rf"(?:[A-Za-z0-9-]+\.){{2,}}{_TLD}(?![\w.-])",
        rf"[A-Za-z0-9-]+\.{_GTLD}(?![\w.-])",
        # a windows path (not the stop, comma or closing bracket after it: …\x.log, Id: …)
        r"[A-Za-z]:\\(?:[^\s\"'<>|*?]*[^\s\"'<>|*?,;.:)])?",
        # a file name with a common extension
        rf"[\w-]+(?:\.[\w-]+)*\.{_FILE_EXT}\b",
        # a relative path or component name: a slash and a dot in one word (pkg/.Activity, a/b.txt)
        r"(?!HTTP/)(?=[\w.$-]*/)(?=[\w./$-]*\.)[\w.$-]+/[\w./$-]+",
        # a word holding a digit (not after an underscore: blk_<*> keeps its stem)
        r"[A-Za-z-]*+\d[\w-]*" + _CHAIN,
        # a url, scheme included: http and https are one event
        r"[A-Za-z][A-Za-z0-9+.-]*://" + _URL_REST,
        # a name path with :: or \ (Foo::Bar::Baz, std::io::Error, App\Models\Account): a
        # class or module, as qualified names are; not a method that opens the message (or
        # follows its bracketed header): the code location that logs it (__METHOD__,
        # __PRETTY_FUNCTION__: App\Queue\JobHandler::executeJob: …), one per call site
        r"(?<!\\)(?!(?:(?<![\s\S])|(?<=\] ))[A-Za-z][\w\\:]*::[a-z_]\w*(?![\w\\]|::))"
        r"[A-Za-z]\w*(?:(?:::|\\)[A-Za-z_]\w*)+",
    ),
    # an Erlang binary: <<"queue.1">> is one value, as a quoted one
    r"<<(?:\"(?:[^\"\\\n]|\\.){0,200}\")?>>",
    # an ipv6 address in brackets, with its port: [::1]:8080, [2001:db8::5]:443
    r"\[(?=[0-9a-fA-F]*:)[0-9a-fA-F:.]+\](?::\d{1,5})?(?![\w:])",
    # an ipv6 address that starts with :: (::1, ::ffff:10.0.0.1)
    r"::(?=[0-9a-fA-F])[0-9a-fA-F]{0,4}(?:[:.][0-9a-fA-F]{1,4})*(?![\w:])",
    # an absolute unix path with at least two segments (not a request's target), also as
    # the value of a key glued to it (kwargs:/home/…); a windows share
    # A name in a path may hold spaces (Application Support, The Matrix (1999).mkv): a
    # space goes on inside the path when the words after it reach the next slash, or end
    # the path with a file's extension.
    r"(?=~?/)(?<![/~])" + _NOT_REQUEST_TARGET + r"~?(?:/[\w.@%+~$*-]+(?:(?: (?!" + _FUNCTION_WORDS
    + r" )[\w@%+~$*()-]+){1,3}(?=/))?){2,}"
    rf"(?:(?: (?!{_FUNCTION_WORDS} )[\w@%+~$*()-]+){{1,3}}\.{_FILE_EXT}\b|/)?",
    # the query string of a url or request target: ?page=2&sort=asc
    r"(?<=[\w/]\?)[\w%.~+-]+=[^\s\"'#]*",
    r"\\\\[\w.$-]+\\[^\s\"'<>|*?]*",
)
# Lower-case words that are values by themselves (the alternatives above that can match a
# plain lower-case word: booleans, null values, the local host). Speed only: see _PLAIN_WORD.
_WORD_VALUES = ("true", "false", "null", "nil", "localhost")
# Words the alternatives above can match whole or start from: the values of _WORD_VALUES in
# each case they are written, and the names of days and months (a date spelled out).
_NAMED_WORDS = (r"(?:[tT]rue|TRUE|[fF]alse|FALSE|null|NULL|None|nil|localhost)(?![A-Za-z])"
                r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
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
_PLAIN_WORD = (r"(?![ )(,;{}|!&^#*@\]?\"'`](?<![\"'`].)|(?<![^ ])(?!(?:" + "|".join(_WORD_VALUES)
               + r")(?![^ ]))[a-z]++(?![^ ])"
               + r"|(?<![\"'`?])(?!" + _NAMED_WORDS + r")[A-Za-z]++(?:(?![\w\-.:@$\\/\[])|[.:](?!\S)))")
# Where a value ends: a mark no shape goes on with, or a stop, comma or colon that ends it.
_VALUE_END = r"(?=[\s)\]}\"';!?&|*=<>]|[,.:](?!\S)|\Z)"
# The commonest values read in one step: a number (or any word starting with a digit) and
# a word holding a digit (``indexer-11``, ``http3``), each ending where _VALUE_END says.
# Where these match, the alternatives above would match the same text: none of them but
# the number (and a hex number, which is the same text) starts with a digit and holds no
# ``-``, ``/``, ``.``, ``:`` before such an end, but a number with its unit after a space,
# left to them; none starts with a letter and reaches a digit through letters and dashes
# alone, but booleans, the local host and mac addresses, left to them (tested after the
# first letter, so that the engine skips the alternative for a token that does not start
# with a letter). Speed only, as _PLAIN_WORD.
_FAST_VALUES = (
    r"\d(?!xx\b)\w*+" + _VALUE_END + r"(?!\s" + _UNIT + r"\b)",
    r"[A-Za-z](?!ocalhost|rue|RUE|alse|ALSE|ull|ULL|one|il|[0-9A-Fa-f][:-])[A-Za-z-]*+\d[\w-]*+"
    + _VALUE_END,
)


# A JSON key ({"user": …, "user":…): no quoted value starts there. The one alternative of
# _AFTER_QUOTE whose lookbehinds accept this place refuses it at its end, after a dozen
# of them; asked first, it spares a structured record's every key that work. (Speed only:
# each other alternative of the group needs another mark before the quote.)
_NOT_JSON_KEY = r"(?!(?:(?<=[{,]\")|(?<=, \"))[^'\"\n]{1,80}\"\s*:)"


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
            r"\d(?<=[\w.-]\d)[\w-]*" + _CHAIN,
            r"-(?<=[A-Za-z]_-)\d[\w-]*" + _CHAIN,
            # At the start of a token: a url keeps its scheme and the rest varies, then quoted
            # values, then the shapes above.
            r"(?<![\w.-])" + (_PLAIN_WORD if shortcuts else "")
            + _any(r"(?<=['\"`])" + (_NOT_JSON_KEY if shortcuts else "") + _any(_AFTER_QUOTE, _IN_BACKTICKS),
                   at_token_start),
        ]
    )


_MASK_SOURCE = _mask_source()
_MASK = re.compile(_MASK_SOURCE, re.ASCII)

# Tokens: runs of word-ish characters (wildcards included), or any other single character,
# each with the whitespace before it (kept only to print the template as it was written).
# (Unrolled: a run of word characters or a wildcard, then wildcards each with the run after
# it, all possessive: the same tokens as ``(?:[^...]++|<\*>)+``, with fewer steps of the engine.)
_WORDISH = r"[^\s<>=,;:()\[\]{}|\"'*]"
_TOKEN = re.compile(
    rf"(\s*)((?:{_WORDISH}++|<\*>{_WORDISH}*+)(?:<\*>{_WORDISH}*+)*+|[^\s])", re.ASCII
)

_CLOSING = {")": "(", "]": "["}
_CLOSER_OF = {"(": ")", "[": "]"}
_FOLD_AT = frozenset((WILDCARD, '"', ")", "]"))  # tokens at which the loop of tokens() may fold

_RUNS = [b"\x01" * size for size in range(9)]  # a run of ``size`` equal pairs

DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")


def clip(text: str) -> str:
    """The part of ``text`` the miner examines: at most MAX_CHARS, cut at a space if one is near.

    Cutting at a space keeps a value from being cut in two (its stub would look constant).
    """
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


# A failure, then a colon: what follows is its cause (``failed to open <*>: permission
# denied``, ``Error while watching pod: context deadline exceeded``). Causes come from
# elsewhere (the OS, a library, a peer), in any number of words, so the rest is one value.
# The colon is the one of prose, after a word (a spaced `` : `` separates fields), or a
# spaced dash (``failed to connect - timeout``).
FAILURE = re.compile(
    r"\b(?:[Ff]ail(?:ed|ure|s)?|FAIL(?:ED|URE)?|[Ee]rrors?|ERRORS?|Err|[Uu]nable|[Cc]annot|[Cc]an't"
    r"|[Cc]ould not|[Cc]ouldn't|[Ee]xception|[Rr]aised|[Rr]efused|[Dd]enied|[Aa]borted|[Cc]rash(?:ed)?"
    r"|[Pp]anic(?:ked)?"
    r"|[Tt]imed out|[Pp]roblem|[Ii]nvalid|[Mm]alformed|[Uu]nexpected|[Uu]nsupported|[Mm]issing|[Ii]mpossible)"
    r"\b")
_SEPARATOR = re.compile(r"(?<!\s):(?: |\n\s*)(?=\S)| - (?=\S)| : (?=\S)(?!.* : )|(?<=[a-z]{3}):(?=[^\s\d<])")
_LEVEL_WORDS = frozenset(("ERROR", "ERR"))
_CLOSING_MARKS = {"=": " ,}", "[": "]", '"': '"', "'": "'"}


def _whole_value(masked: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a whole value (``level=error``, ``[error]``,
    ``"error"``): a level or a state, not a failure said in a sentence."""
    closing = _CLOSING_MARKS.get(masked[start - 1]) if start else None
    return closing is not None and (end == len(masked) or masked[end] in closing)


_NAMED_ERROR = re.compile(
    # (each verb is read first and its word's start checked after it, as \b would before it:
    # so the engine skips to the letters the verbs start with instead of trying every position)
    "(?:" + "|".join(rf"{verb}(?<!\w{verb})" for verb in
                     ("with", "returned", "got", "after", "raised", "threw", "encountered", "received"))
    + r")(?: the following| an?)?"
    r"(?: \w+)? (?:error|exception)s?:? (?=[^\s,.;(\[])"
    r"(?!(?:while|when|during|in|on|for|from|at|to|and|or) )")
_LIST_KEY = re.compile(r", [A-Za-z_][\w.-]*$")


# Lower-case stems of the words above: a cheap test before the regex (most text has none).
_FAILURE_STEMS = ("fail", "error", "unable", "cannot", "can't", "could", "exception", "raised", "refused",
                  "denied", "abort", "crash", "panic", "timed out", "problem", "invalid", "malformed",
                  "unexpected", "unsupported", "missing", "impossible")


# A segment of a request's target that holds a digit (an id, a version, a date), or its
# query string: the values of a route.
_ROUTE_VALUE = re.compile(r"[^/?#\s]*\d[^/?#\s]*|(?<=\?)[^#\s]+")


def route(target: str) -> str:
    """A request's target with its values masked: ``/api/products/<*>?<*>``; a full url is one value."""
    if "://" in target:
        return WILDCARD
    return _ROUTE_VALUE.sub(WILDCARD, target)


def fold_cause(masked: str) -> str:
    """``masked`` with the cause after a failure's colon, or in brackets right after it,
    folded into one ``<*>``.

    The failure must be said in two words at least before the colon: a level word alone
    (``error: …``) says how bad, not what failed."""
    lowered = masked.lower()
    abbreviated = "Err " in masked  # Go's abbreviation (Err fetching …), capitalised only
    if not abbreviated and not any(map(lowered.__contains__, _FAILURE_STEMS)):
        return masked  # (most texts: one C-level pass)
    named = _NAMED_ERROR.search(masked)
    if named is not None:
        # an error named as what an operation returned (returned error <*>, with the
        # following error <*>): what follows is the error's text
        return masked[:named.end()] + WILDCARD + _after_quoted(masked, named.end())
    starts = []
    for stem in [stem for stem in _FAILURE_STEMS if stem in lowered] + (["err "] if abbreviated else []):
        at = lowered.find(stem)
        while at >= 0:  # a failure word may start here: the regex is tried only there
            starts.append(at)
            at = lowered.find(stem, at + 1)
    for start in sorted(starts):
        found = FAILURE.match(masked, start)
        if found is None or found.group() in _LEVEL_WORDS or _whole_value(masked, start, found.end()):
            continue  # a level (level=error, [error], "level":"error", ERROR): how bad, not what failed
        if masked.startswith(" (", found.end()) and any(map(str.isalnum, masked[:found.start()])):
            # the cause in brackets right after the failure (stamping failed (timed out);
            # falling back …), but a code and its message: (111: Connection refused)
            close = _closing(masked, found.end() + 1)
            if close > found.end() + 2 and not masked.startswith(WILDCARD + ":", found.end() + 2):
                return masked[:found.end() + 2] + WILDCARD + masked[close:]
        for separator in _SEPARATOR.finditer(masked, found.end()):
            head = masked[found.end():separator.start()]
            if "\n" in head or " | " in head or (
                    ". " in head and " " in head[head.rindex(". ") + 2:].strip()):
                break  # the failure's colon is in its sentence and field (| parts fields), or a
                # key's after it (error. Msg: …)
            if (head.count("(") > head.count(")") or head.count("[") > head.count("]")
                    or head.count("{") > head.count("}")):
                continue  # a colon inside brackets, (111: Connection refused), {'id': 3}, is not the cause's
            if separator.group() == ": " and _LIST_KEY.search(head):
                break  # the colon of the next key of a list (reason: invalid request, sql: …)
            if separator.group() == " : " and not head.strip() and found.group().isupper():
                break  # a status field's value (Mount FAILED : retry later), not what failed
            if " | " in head:
                break  # the colon of the next field (Failing: missing field 'x' | Interval: …)
            if head.strip() or masked[:found.start()].strip():
                before = masked[:separator.end()]
                if head.endswith(")"):
                    before = _fold_closing_note(before, found.end(), separator.start())
                return before + WILDCARD + _after_cause(masked, separator.end())
            break
        bracket = _clause_cause(masked, found.end())
        if bracket is not None:
            return masked[:bracket[0] + 1] + WILDCARD + masked[bracket[1]:]
    return masked


def _fold_closing_note(before: str, start: int, close: int) -> str:
    """``before`` with the brackets that end the failure's clause right before its colon
    folded into one value when they hold a cause (``failed reading file (broken pipe): <*>``,
    a wrapped error: ``(etcdserver: request timed out)``): a library's text, in as many
    words as it says, and what the colon brings after them is the failure's subject or
    fields. Not a note (``(attempt <*>/<*>)``), nor a code and its message
    (``(111: Connection refused)``), which keep their form, as at the clause's end
    (``_clause_cause``)."""
    at = _opening(before, close - 1, start)
    if at < 0 or before[at - 1] != " " or not any(map(str.isalnum, before[start:at])):
        return before
    inside = before[at + 1:close - 1]
    if inside.startswith(WILDCARD + ":") or not _reads_as_cause(inside):
        return before
    return before[:at + 1] + WILDCARD + before[close - 1:]


# What the OS, a library or a peer says when something failed (strerror, Go's and Java's
# error texts): a cause holds one of these words, or is one value or errno name (EOF, ENOENT;
# not a state: SCREEN_ON).
_FAILURE_WORDS = re.compile(
    r"(?i:no|not|cannot|can't|unable|fail\w*|errors?|invalid|illegal|bad|unknown|unexpected\w*|missing"
    r"|refused|denied|reset|broken|timeout|timed|expired|exceeded|exists|unreachable|lost|closed"
    r"|interrupted|aborted|corrupt\w*|overflow|full|busy|too|permission|forbidden|unauthorized"
    r"|unavailable|mismatch|already|eof|undefined|cancell?ed|elapsed|locked|rejected|exhausted|killed"
    r"|terminated|disconnected|insufficient|incompatible|duplicate|conflict|nil|null|none|expect\w*"
    r"|read-only)"  # (EROFS: Read-only file system)
    r"|[\w.$]*(?:Error|Exception)", re.ASCII)  # an exception's class (KeyError('id'), java.io.IOException)


_ERRNO = re.compile(r"E[A-Z]{2,}", re.ASCII)


def reads_as_failure_word(word: str) -> bool:
    """Whether one word is a word of what libraries and the OS say when something failed
    (``runs._reads_as_failure`` reads a run of them), or an errno's name."""
    return _FAILURE_WORDS.fullmatch(word.rstrip(".!")) is not None or _ERRNO.fullmatch(word) is not None


def _reads_as_cause(text: str) -> bool:
    """Whether ``text`` reads as what a library or the OS says when something failed: a
    wrapped error (an operation, its colon and its cause) or a word of failure
    (``reads_as_failure_word``: broken pipe, EOF, i/o timeout)."""
    return ": " in text or any(map(reads_as_failure_word, _TEXT_WORD.findall(text)))


_TEXT_WORD = re.compile(r"[\w.$'/-]+")


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
    bar = masked.find(" | ", end) if " | " in masked else -1
    return masked[bar:] if bar >= 0 else ""


def _unclosed_end(masked: str, end: int) -> int:
    """Where the bracket left open before ``end`` closes after it, or -1 (none is open)."""
    # (the brackets alone are read, found by the regex in C: most characters are none)
    depth = 0
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


_BRACKET = re.compile(r"[()\[\]{}]")


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
    if quote < 0 or quotes % 2 == 0 or masked[quote - 1:quote] not in ("=", ":", "["):
        return ""
    # the quote that ends the field: the text ends, or the record's next key follows (a
    # cause may hold quotes of its own: Get "<*>": …)
    closing = _FIELD_END.search(masked, end)
    return masked[closing.start():] if closing else ""


_UNESCAPED_QUOTE = re.compile(r'(?<!\\)"')
_FIELD_END = re.compile(r'(?<!\\)"(?=$|\s+[\w.-]+=|\s*[,}]|\](?: \[|$))')


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
        if any(map(head.__contains__, _CLAUSE_ENDS)):
            return None
        close = _closing(masked, at + 1)
        if close < 0:
            return None
        tail = masked[close + 1:close + 3]
        if (not tail or (tail[0] in ",;." and tail[1:] in ("", " ", "\n"))) and any(map(str.isalnum, head)):
            inside = masked[at + 2:close]
            if not inside or inside.startswith(WILDCARD + ":") or inside == WILDCARD:
                return None
            return at + 1, close
        at = masked.find(" (", close)
    return None


_CLAUSE_ENDS = (":", ",", ";", ". ", "\n", " - ")


def _closing(text: str, at: int) -> int:
    """Where the bracket opened at ``text[at]`` closes, or -1."""
    depth = 0
    for index in range(at, min(len(text), at + 400)):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if not depth:
                return index
    return -1


def _opening(text: str, at: int, stop: int) -> int:
    """Where the bracket that closes at ``text[at]`` opens, after ``stop``, or -1 (as
    ``_closing``, walking back)."""
    depth = 0
    for index in range(at, stop, -1):
        char = text[index]
        if char == ")":
            depth += 1
        elif char == "(":
            depth -= 1
            if not depth:
                return index
    return -1


def mask(text: str) -> str:
    """The text with variable-shaped values replaced by ``<*>`` (one regex pass), HTTP
    statuses by their class (``http.classify``) and the cause of a failure folded
    (``fold_cause``)."""
    return fold(mask_statuses(text)[0])


def fold(masked: str) -> str:
    """The cause of a failure in masked text folded into one value (``fold_cause``), when
    a separator says there may be one."""
    if ":" in masked or " - " in masked or " (" in masked or "rror " in masked or "xception " in masked:
        return fold_cause(masked)
    return masked


def mask_statuses(text: str) -> tuple[str, tuple[int, ...]]:
    """``mask(text)`` before :func:`fold`, and where in ``text`` the first digits of its
    HTTP statuses are. The miner folds only texts it mines: the text before the fold is
    as good a key of its cache (a text folds one way), and most texts it masks are there."""
    if len(text) > MAX_CHARS:
        text = clip(text)
    statuses: tuple[int, ...] = ()
    target = None
    # (http.may_hold_status, inlined: this runs for every text the exact cache misses)
    if ("HTTP/" in text or "tatus" in text or "TATUS" in text
            or ((" /" in text or "://" in text) and REQUEST_START.search(text))):
        text, statuses, target = classify(text)
    if target is None:
        masked = _MASK.sub(WILDCARD, text)
    else:
        # the request's target, read by classify, is masked as a route: cheaper than the
        # masking regex, which would try every shape at every character of it
        start, end = target
        masked = _MASK.sub(WILDCARD, text[:start]) + route(text[start:end]) + _MASK.sub(WILDCARD, text[end:])
    return masked, statuses


def tokens(masked: str) -> tuple[list[str], list[bool]]:
    """The masked text cut into words and punctuation, runs of variables folded into one.

    Returns the tokens and, for each, whether whitespace preceded it (for :func:`render`).
    """
    pairs = _TOKEN.findall(masked)
    wildcards = masked.count(WILDCARD)
    if not wildcards or (wildcards == 1 and ")" not in masked and "]" not in masked and "}" not in masked
                         and '"<*>"' not in masked):
        # No list or second form to fold: those need two variables, or one and a closing bracket.
        out = [token for _, token in pairs]
        spaced = [space != "" for space, _ in pairs]
        _fold_values(out, spaced, masked, wildcards)
        return out, spaced
    out = []
    spaced = []
    last = None  # out[-1], kept in a local: the loop runs once per token
    append, append_spaced = out.append, spaced.append
    for space, token in pairs:
        if token == last and WILDCARD in token:
            continue  # a list of like variables: blk_<*> blk_<*> ...
        if token not in _FOLD_AT:  # (most tokens: one set test, then appended)
            append(token)
            append_spaced(space != "")
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
        elif last != WILDCARD and _coded_message(out, _CLOSING[token]):
            # (111: Connection refused): a code and its message, as errno, HTTP and
            # database errors are printed; the message says what the code says
            while out[-1] != ":":
                out.pop()
                spaced.pop()
            append(WILDCARD)
            append_spaced(True)
            last = WILDCARD
        if token in _CLOSING and _annotated_value(out, spaced, _CLOSING[token]):
            # A value followed by a bracketed value is one value written twice (a size
            # and its human form, an address and its host name): ``2048 bytes (2 KB)``,
            # ``from 10.0.0.1 (host.example.net)``. Only some records carry the second
            # form, or leave it empty (``from 10.0.0.2 ()``), so it must not change the shape.
            drop = 2 if last == WILDCARD else 1
            del out[-drop:], spaced[-drop:]
            last = out[-1]
            continue
        append(token)
        append_spaced(space != "")
        last = token
    _fold_values(out, spaced, masked, wildcards)
    return out, spaced


def _fold_values(out: list[str], spaced: list[bool], masked: str, wildcards: int) -> None:
    """Fold, in place, what is one value written in many tokens (docs/patterns.md, Tokens),
    each pass only when ``masked`` holds what it looks for, then cut to MAX_TOKENS."""
    if "{" in masked or "[" in masked:
        _fold_structures(out, spaced)
    if "=" in masked and "(" in masked:
        _fold_typed_records(out, spaced)
    if ":<*>]" in masked or ":<*>)" in masked:
        _fold_locations(out, spaced)
    if masked.count("<") > masked.count(WILDCARD):  # (a bracket, not a variable's)
        _fold_reprs(out, spaced)
    if ", " in masked:
        _fold_lists(out, spaced)
        if ": " in masked or "=" in masked:
            _fold_keyed_values(out, spaced)
    elif "," in masked:
        _fold_lists(out, spaced)  # (joined with "," alone)
    if " | " in masked and ":" in masked:
        _fold_bar_fields(out, spaced)
    if wildcards > 1:
        _fold_repeats(out, spaced)  # a repeat needs a variable twice
        _fold_mixed_runs(out, spaced)
    if len(out) > MAX_TOKENS:
        _cut(out, spaced)


_EVENT_KEYS = frozenset(("msg", "message", "event"))


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
_VALUE_TOKEN = re.compile(r"[\w./@-]*<\*>[\w./@<>*-]*", re.ASCII)


def _fold_bar_fields(out: list[str], spaced: list[bool]) -> None:
    """In fields parted by `` | `` (``Failing: leader changed | Interval: 60 seconds |
    Type: http``), each field's value, after its name and colon, runs to the next bar and
    is one value; so does the value after the last colon before the first bar."""
    bars = [at for at, token in enumerate(out) if token == "|" and spaced[at]]
    if len(bars) < 2:
        return
    ends = [*bars, len(out)]
    for number in range(len(ends) - 1, -1, -1):  # from the end: earlier positions stay valid
        end = ends[number]
        start = ends[number - 1] + 1 if number else 0
        colons = [at for at in range(start, end) if out[at] == ":"]
        if not colons:
            continue
        at = colons[-1] if not number else colons[0]
        if end - at > 2 or (end - at == 2 and WILDCARD not in out[at + 1]):
            out[at + 1:end] = [WILDCARD]
            spaced[at + 1:end] = [True]


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
    if not _WORD_ITEM.fullmatch(out[at]):
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
_LOCATION_NAME = re.compile(r"[\w<>*~-]*(?:<\*>|[./\\])[\w.<>*/\\~-]*", re.ASCII)


def _fold_keyed_values(out: list[str], spaced: list[bool]) -> None:
    """In a comma-separated list of keys and values (``reason: no healthy upstream, items:
    devops``), each value runs to the next key: a value of several words, or one word, is
    one value."""
    keys = [at for at in range(1, len(out) - 1)
            if out[at] in (":", "=") and out[at - 2:at - 1] == [","] and _KEY.fullmatch(out[at - 1])]
    # a message that starts with a key (msg: …, event=…) makes a list of one more
    if not keys or len(keys) + (out[1:2] in ([":"], ["="]) and out[0].lower() in _EVENT_KEYS) < 2:
        return
    for number in range(len(keys) - 1, -1, -1):  # from the end: earlier positions stay valid
        at = keys[number]
        end = keys[number + 1] - 2 if number + 1 < len(keys) else _value_end(out, at + 1)
        if end - at > 2 or (end - at == 2 and out[at + 1].replace("-", "").replace("_", "").replace(
                ".", "").isalnum()):
            # (one word too: a list's values are values, data: payments / data: deploy)
            out[at + 1:end] = [WILDCARD]
            spaced[at + 1:end] = [True]


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


_OPENERS, _CLOSERS = frozenset("([{"), frozenset(")]}")
_KEY = re.compile(r"[A-Za-z_][\w.-]*", re.ASCII)
_WORD_ITEM = re.compile(r"[\w.<>*-]+", re.ASCII)
# a value, or a name of code (snake_case, dotted, hyphenated, CamelCase)
_LIST_ITEM = re.compile(r"[\w.-]*(?:<\*>[\w.-]*)+|[a-z][\w-]*[_.-][\w.-]*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+",
                        re.ASCII)
_STRUCTURE_CLOSE = {"[": "]", "{": "}"}


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
        content = out[index + 1:end]
        if not content:
            if not spaced[end]:
                # an empty list or record ([], {}): a value, as the lists other records hold
                out.insert(end, WILDCARD)
                spaced.insert(end, False)
            continue
        whole_value = False  # (an inline JSON object or an Erlang term: braces and all)
        if not _is_structure(opening, content):
            whole_value = _term_tuple(out, spaced, index, end) or (
                index > 0 and _inline_json(opening, content))
            if not whole_value:
                continue
        start = index
        if whole_value:
            out[start:end + 1] = [WILDCARD]  # as JavaScript's [object Object] would print it
            spaced[start:end + 1] = [spaced[start]]
        elif opening == "{" and index and out[index - 1].isidentifier() and (
                not spaced[index] or _rust_struct(out, index)):
            start = index - 1  # Task{…}, Rust's Task { name: … }: the type goes with its record
            out[start:end + 1] = [WILDCARD]
            spaced[start:end + 1] = [spaced[start]]
        else:
            out[start:end + 1] = [opening, WILDCARD, closing]
            spaced[start:end + 1] = [spaced[start], False, False]


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
            and all(token in _TERM_MARKS or _WORD_ITEM.fullmatch(token) for token in content))


_TERM_GLUE = frozenset(",([{:=")  # what a term may follow with no space ({error,{a,b}})
_TERM_MARKS = frozenset(",{}[]")  # (a nested term or list, folded already: {badmatch,{<*>}})


def _fold_typed_records(out: list[str], spaced: list[bool]) -> None:
    """A record printed as its type and its fields in brackets (a Kotlin or Python data class,
    Lombok's toString: ``User(id=<*>, name=alice, role=ADMIN)``) is one value, as ``User{…}``
    is: its fields vary from record to record. The type is a name in capitals glued to the
    bracket, and every field is a key and ``=`` (a call's keyword arguments, ``connect(host=
    <*>)``, are the call's)."""
    at = len(out) - 3
    while at > 0:
        if (out[at] == "(" and not spaced[at] and out[at - 1][:1].isupper() and out[at - 1].isidentifier()
                and out[at + 2] == "="):
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
    if len(content) > 1 and all(map(_WORD_ITEM.fullmatch, content)):
        # a list of names as Go prints one ([orders_v2 shared <*>]), or a struct by %v
        # ({alpha <*>}): one a value or a code name
        return any(map(_LIST_ITEM.fullmatch, content))
    if opening == "[" and content.count(":") > 1 and any(WILDCARD in token for token in content):
        return True  # a map as Go prints one: map[a:<*> b:<*>]
    if (opening == "[" and len(content) > 2 and content[1::2] == [","] * (len(content) // 2)
            and all(map(_WORD_ITEM.fullmatch, content[::2]))):
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
            and _EVENT_KEYS.isdisjoint(token.lower() for token in content))


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


def _annotated_value(out: list[str], spaced: list[bool], opening: str) -> bool:
    """Whether ``out`` ends with a value and an opening bracket, and maybe one value in it.
    The value may be around a stem (``job_<*> (<*>)``) when a space parts it from the
    bracket: glued, it is a call (``init_v<*>(<*>)``)."""
    at = len(out) - 3 if out and out[-1] == WILDCARD else len(out) - 2
    if at < 0 or out[at + 1] != opening or WILDCARD not in out[at]:
        return False
    return out[at] == WILDCARD or spaced[at + 1]


def _fold_repeats(out: list[str], spaced: list[bool]) -> None:
    """Fold a group of up to 8 tokens holding a variable that repeats right after itself
    (``node-<*> 0x<*> <ok> node-<*> 0x<*> <ok>``): a list of records of any length."""
    # Such a group has a variable that comes back exactly its size later: only those sizes
    # are tried (most messages have none), in one pass over the variables.
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
            # where each token equals the one ``size`` later (1 or 0, computed in C): a
            # repeat is a run of ``size``
            same = bytes(map(eq, out[index:len(out) - size], out[index + size:]))
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
    return "".join([(" " + t) if s else t for t, s in zip(token_list, spaced, strict=True)]).lstrip()
