"""What kind of value a log placeholder holds, guessed from its conversion and its name.

``kind_of_expression('elapsed', 's', 'go') == 'duration'``; ``kind_of_expression('port', 'd',
'c') == 'port'``; ``kind_of_field('remote-peer-id', 'id.String()', 'go') == 'id'``. The
kinds are those ``values.py`` can fill. A name that says nothing gives ``any``: the
generator then picks one family of values for that call site.

Two kinds are *labelled constants* (``LABELLED``): a state or mode from a small closed set
(``RUNNING``, ``FAILED``) and an HTTP method or status class. They name different events
(``task 7 FAILED`` is not ``task 7 RUNNING``; a 503 is not a 200) the way Loghub labels
states, so the generator adds their value to the line's label (see ``generate.py``).
"""

from __future__ import annotations

import re

LABELLED = frozenset(("state", "method", "status"))

_NUMERIC = frozenset("diouOTMzbBLD") | {"ui", "uz", "uA", "uL", "uD", "~b", "~B", "lld", "llu"}
_FLOAT = frozenset("eEfFgG") | {"~f", "~e", "~g"}

_WORD_KINDS: list[tuple[str, frozenset[str]]] = [
    ("err", frozenset(("err", "error", "errors", "e", "ex", "exc", "exception", "cause", "failure",
        "throwable",
                       "errmsg", "strerror", "strerrno", "errstr", "ioe", "t"))),
    ("addr", frozenset(("addr", "address", "endpoint", "remote", "peer", "listen", "bind", "sockaddr",
        "laddr",
                        "raddr", "listener", "upstream", "backend"))),
    ("ip", frozenset(("ip", "ipv4", "ipv6", "ipaddr", "cidr", "subnet"))),
    ("host", frozenset(("host", "hostname", "server", "domain", "fqdn", "sni", "authority", "origin"))),
    ("port", frozenset(("port", "sport", "dport"))),
    ("url", frozenset(("url", "uri", "href", "link", "location", "redirect", "webhook", "callback"))),
    ("path", frozenset(("path", "file", "filename", "filepath", "dir", "directory", "folder", "fname", "dest",
                        "destination", "mount", "mountpoint", "root", "socket", "pathname", "logfile",
                            "dirname",
                        "basename", "src", "tmpfile", "target"))),
    ("duration", frozenset(("dur", "duration", "elapsed", "took", "timeout", "interval", "delay", "latency",
        "ttl",
                            "backoff", "wait", "period", "age", "uptime", "elapsedms", "millis", "ms",
                                "seconds",
                            "secs", "sleep", "retryafter", "lag", "taken", "spent"))),
    ("size", frozenset(("size", "bytes", "length", "len", "capacity", "limit", "quota", "mem", "memory",
        "used",
                        "free", "written", "read", "nbytes", "bufsize", "buflen"))),
    ("int", frozenset(("count", "num", "n", "total", "offset", "idx", "seq", "sequence", "pid", "retries",
                       "attempt", "attempts", "epoch", "term", "generation", "line", "lineno", "rows",
                           "records",
                       "batch", "number", "nr", "cnt", "fd", "errno", "code", "rc", "ret", "tries", "i",
                           "j", "k",
                       "max", "min", "percent", "pct", "priority", "weight", "score", "dbid", "slot", "round",
                       "depth", "level", "width", "height", "cpu", "cores", "threads", "workers",
                           "concurrency",
                       "timestamp", "ts", "lsn", "position", "pos"))),
    ("uuid", frozenset(("uuid", "guid"))),
    ("id", frozenset(("id", "ids", "token", "hash", "digest", "sha", "checksum", "etag", "nonce",
        "fingerprint",
                      "commit", "rev", "revision", "key", "txid", "xid", "sessionid", "requestid", "traceid",
                      "spanid", "cid", "uid", "gid", "oid", "mid"))),
    ("user", frozenset(("user", "username", "login", "owner", "account", "principal", "subject", "member",
                        "sender", "author", "actor", "uname"))),
    ("email", frozenset(("email", "mail", "recipient"))),
    # a state is what a thing is in (RUNNING, FAILED); a type, a mode or an action is a
    # word of the program's vocabulary, one value among many, not a state of the event
    ("state", frozenset(("state", "status", "phase", "health"))),
    # a signal prints as the language names one (Ruby's TTIN, Go's "user defined signal 1", the
    # number a Python handler gets), a signal's name as SIGTERM: never a word of the program's
    ("signal", frozenset(("signal", "sig", "signo", "signum"))),
    ("signame", frozenset(("signame",))),
    ("word", frozenset(("mode", "action", "op", "operation", "verb", "type", "kind",
                        "policy", "strategy"))),
    ("method", frozenset(("method", "httpmethod"))),
    ("version", frozenset(("version", "ver", "release"))),
    # a network protocol's name: TCP, IPv6, HTTP/1.1, TLSv1.3 (its version says "version")
    ("protocol", frozenset(("protocol", "proto"))),
    ("scheme", frozenset(("scheme",))),  # a URL's scheme: https, socks5
    ("time", frozenset(("time", "date", "datetime", "since", "until", "expiry", "expires", "created",
        "modified",
                        "deadline", "start", "end", "begin", "started", "finished", "now", "expiration"))),
    ("text", frozenset(("desc", "description", "text", "msg", "message", "detail", "details", "summary",
        "comment",
                        "reason", "hint", "suggestion", "query", "cmdline", "output", "stderr", "stdout",
                            "line_text",
                        "content", "why", "explanation"))),
    # what a program matches with, in a notation of operators and names, not in prose: a regular
    # expression, a pattern (a regular expression or a glob: one per call site), a glob, a CSS
    # selector, a filter's expression
    ("regex", frozenset(("regex", "regexp"))),
    ("pattern", frozenset(("pattern",))),
    ("glob", frozenset(("glob", "wildcard"))),
    ("selector", frozenset(("selector",))),
    ("filter", frozenset(("filter", "expression", "expr"))),
    # a media type: application/pdf, text/plain
    ("mime", frozenset(("mime", "mimetype", "contenttype"))),
    # a title people gave a thing: a show's, a document's, a window's
    ("title", frozenset(("title", "subjectline", "headline", "caption"))),
    # a statement the program sends its database: SQL, not a phrase
    ("sql", frozenset(("sql", "stmt", "statement", "sqlquery", "squery"))),
    ("struct", frozenset(("config", "conf", "cfg", "options", "opts", "settings", "req", "request", "resp",
                          "response", "obj", "object", "payload", "body", "params", "meta",
                          "metadata", "spec", "stats", "record", "ctx", "context", "this", "self", "evt",
                          "headers", "env", "props", "properties", "attrs", "attributes", "labels",
                              "annotations",
                          "map", "dict", "tuple"))),
    ("bool", frozenset(("ok", "enabled", "success", "found", "exists", "valid", "flag", "active", "ready",
                        "disabled", "dirty", "done", "force", "dry", "dryrun", "verbose", "healthy",
                            "alive"))),
    ("class", frozenset(("class", "klass", "clazz", "getclass", "classname", "implementation", "impl"))),
    ("name", frozenset(("name", "topic", "queue", "table", "bucket", "collection", "db", "database",
        "namespace",
                        "ns", "group", "tenant", "plugin", "service", "channel", "vhost", "cluster",
                            "container",
                        "image", "pod", "job", "task", "stream", "partition", "shard", "node", "provider",
                        "driver", "index", "exchange", "consumer", "producer", "client", "worker", "model",
                        "library", "tag", "label", "annotation", "field", "column", "attribute", "setting",
                        "option",
                            "param",
                        "property", "header", "cookie", "module", "package", "feature", "app", "application",
                        "project", "device", "volume", "network", "interface", "iface", "repo", "repository",
                        "branch", "site", "zone", "region", "route", "router", "entrypoint", "middleware",
                        "resolver", "command", "cmd", "prefix", "alias", "connector", "connection", "conn",
                            "role",
                        "store", "storage", "algorithm", "algo", "cipher", "codec", "format",
                            "locale",
                        "language", "lang", "library", "dataset", "source", "sink", "pipeline", "handler",
                        "listener_name", "instance", "replica", "leader", "follower", "broker", "coordinator",
                        "segment", "snapshot", "backup", "schedule", "trigger", "hook", "step", "stage",
                        "component", "subsystem", "target_name", "role_name", "policy_name", "filter_name",
                        "media", "library_name", "item_name", "series", "episode", "movie", "album", "artist",
                        "playlist", "document", "doc", "correspondent", "mailbox", "folder_name",
                            "account_name",
                        "org", "organization", "team", "plan", "product", "sku", "order", "invoice",
                            "currency",
                        "transaction", "budget", "category", "bill", "rule", "recurrence", "webhook_name",
                            "var",
                        "variable", "key_name", "fieldname", "filetype", "ext",
                            "extension",
                        "encoding", "charset", "codecs", "provider_name", "service_name", "rule_name"))),
]
_LOOKUP: dict[str, str] = {}
for _kind, _words in _WORD_KINDS:
    for _word in _words:
        _LOOKUP.setdefault(_word, _kind)

_NOT_PLURAL = ("ss", "us", "is", "bytes", "status", "address", "alias", "series", "os", "ms", "ns", "secs",
               "millis", "seconds", "ids", "args", "opts", "options", "params", "stats", "details", "headers",
               "props", "properties", "attrs", "attributes", "labels", "annotations", "settings", "metadata",
               "workers", "threads", "cores", "errors", "records", "rows", "attempts", "retries", "tries",
               "process", "progress", "access", "success", "class", "expires", "news")
_STRIP_CALLS = re.compile(
    r"(?:\.(?:String|string|c_str|toString|to_string|as_str|as_ref|display|get|unwrap|clone|name|Name|str|"
    r"to_owned|into|value|Value|GetValue|ToString|Display|borrow|lock|read|deref)\(\)|\.Load\(\)|\[[^\]]*\]$)+$")


_GENERIC_CALLS = frozenset(("gettext", "str", "repr", "len", "format", "String", "Sprintf", "sprintf",
                            "strerror", "int",
                            "float", "safe_repr", "inspect", "json", "dumps", "to_s", "Some", "Ok", "Err",
                            "quote", "escape", "abs", "round", "list", "tuple", "sorted", "dict", "bytes",
                                "hex",
                            "pretty", "truncate", "humanize", "redact", "mask", "display", "Display",
                                "debug"))
_CONNECTORS = frozenset(("with", "for", "of", "from", "to", "in", "by", "on", "at", "and", "or"))


def _words(name: str) -> list[str]:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    words = [w for w in re.split(r"[^A-Za-z0-9]+", name.lower()) if w]
    for index, word in enumerate(words):
        if word == "by" and index and words[-1] in ("id", "uid", "name", "user", "username"):
            return words[index + 1:]  # lastModifiedById, EncryptedByKeyId: whose id, an id
        if word in _CONNECTORS and index:
            return words[:index]  # path_with_query_string: a path
    return words


_JOIN = re.compile(r"""^\s*(['"])(?P<py>[^'"]*)\1\.join\("""  # Python's ", ".join(x)
                   r"""|\.join\(\s*(['"])(?P<method>[^'"]*)\3\s*\)"""  # JS's, Ruby's, Java's x.join(", ")
                   r"""|(?:strings\.|string\.|Enum\.|\b)[Jj]oin\(\s*(?:[^'",()]+,\s*)?(['"])(?P<call>[^'"]*)\5""")


# the names of a command line's parts: " ".join(argv), String.join(" ", command)
_COMMAND_WORDS = frozenset(("cmd", "cmds", "command", "commands", "args", "argv", "arguments", "cmdline",
                            "shlex", "exec", "pieces"))


def _join_separator(expr: str) -> str | None:
    """The separator of a list joined into one text (``", ".join(x)``, ``strings.Join(x, " ")``,
    ``String.Join(", ", x)``), or None when the expression joins nothing."""
    found = _JOIN.search(expr)
    if not found:
        return None
    separator = next(g for g in found.group("py", "method", "call") if g is not None)
    return separator.replace("\\n", "\n").replace("\\t", "\t")  # the escapes a separator uses


def _name_of(expr: str) -> tuple[list[str], str]:
    """The words of the last name in an expression, and a hint from its shape."""
    expr = expr.strip()
    hint = ""
    if re.fullmatch(r"if\s*\(.*\)\s*\"[^\"]*\"\s*else\s*\"[^\"]*\"", expr, re.S):
        # Scala's and Kotlin's if (c) " (gracefully)" else "": a text there or not, as below
        kind = "optional" if re.search(r'\)\s*""\s*else|else\s*""$', expr) else "word"
        return [kind], kind
    other = re.fullmatch(r"[^?\"]*\?\s*(?:\"[^\"]*\"\s*:\s*(?P<after>[^\"]+)"
                         r"|(?P<before>[^\"]+?)\s*:\s*\"[^\"]*\")\s*\)?", expr, re.S)
    if other:
        # (status >= 128) ? strsignal(status - 128) : "Exit": one branch the program's own word, the
        # other a word too unless its name says otherwise
        branch = (other.group("after") or other.group("before")).strip()
        words, hint = _name_of(re.sub(r"\((?:[^()]|\([^()]*\))*\)$", "()", branch))  # a call: its name
        if (hint or _kind_from_words(words)) in ("any", "text", "word", "state", "list"):
            return ["word"], "word"
        return words, hint
    if re.search(r"[\w)\]]\s+[-+*/]\s+[\w(]", expr) and not re.search(r"[\"'`]", expr):
        # arithmetic: now - start, a.size() * 2
        words = _words(re.findall(r"[A-Za-z_]\w*", expr)[0]) if re.search(r"[A-Za-z_]", expr) else []
        return words, "duration" if any(w in ("time", "now", "start", "elapsed", "ms", "millis", "nanos")
                                         for w in words) else "int"
    if re.search(r"(?:\?MODULE|\b__MODULE__)\)?$", expr):
        return ["module"], "module"  # Erlang's ?MODULE, Elixir's __MODULE__: the call site's own module
    if re.search(r"\.stack$", expr):
        return ["stack"], "stack"  # JavaScript's err.stack: the error's text, then its frames, a line each
    if re.search(r"(?:\.|->)(?:Error|getMessage|message|GetMessage|what|reason|Message|stack)\(?\)?$",
                 expr) or \
            re.search(r"(?:strerror|gai_strerror|ERR_error_string|ssh_err)\(", expr) or \
            re.search(r"\blocalized(?:Description|FailureReason)\]?$", expr):
        # NSError's localizedDescription (Swift, Objective-C) is its error's text
        return ["err"], "err"
    if re.fullmatch(r"[^?]*\?\s*(?:\"[^\"]*\"\s*:\s*)+\"[^\"]*\"\s*\)?", expr, re.S):
        if re.search(r'\?\s*""\s*:|:\s*""\s*\)?$', expr):
            # hardreload ? " (hard-reload)" : "": the program's one text, there or not
            return ["optional"], "optional"
        return ["word"], "word"  # cond ? "IN" : "OUT": one of the program's own words
    if re.search(r"(?:^|\W)(?:s|st|status|result)\.ToString\(\)(?:\.c_str\(\))?$", expr):
        return ["err"], "err"  # a C++ Status (LevelDB, RocksDB, Abseil) prints its error: "IO error: ..."
    if re.search(r"\b(?:toHexString|toHex|hex)\(|\.(?:to_s|toString)\(16\)$", expr):
        return ["hex"], "hex"
    if re.search(r"\.(?:to_s|toString)\(36\)$", expr):
        return ["base36"], "base36"  # Ruby's and JavaScript's n.to_s(36): digits and small letters
    if re.search(r"\b(?:json_encode|JSON\.stringify|json\.dumps|to_json)\(", expr):
        return ["struct"], "struct"  # an object printed as JSON
    if re.search(r"(?:->|\.)(?:format|strftime)\(\s*[\"'][^\"']*[YyMmdHS]|\.(?:toISOString|isoformat)\(\)",
                 expr):
        return ["time"], "time"  # $start->format('Y-m-d'), when.isoformat(): a date as text
    # len(x), x.len(), x.size(), std::size(x): how many items, not bytes
    if re.search(r"(?:\blen\(|\bstd::s?size\(|\.len\(\)|\.size\(\)|\.length\b|\.Count\b|\.count\(\)"
                 r"|\bcount\()", expr):
        return ["count"], "int"
    if re.search(r"getClass\(\)|\.__class__|GetType\(\)|reflect\.TypeOf|(?<![.>])\btype\(", expr):
        # Python's type(x) (not sshkey_type(k), which prints "ED25519", nor db->type())
        return ["class"], "class"
    if re.search(r"(?:\.Since\(|\.Sub\(|elapsed\(|Elapsed|TotalMilliseconds|TotalSeconds)", expr):
        return ["duration"], "duration"
    if re.search(r"\b(?:path|filepath|Path)\.(?:join|Join|Combine)\(", expr):
        return ["path"], "path"  # os.path.join(d, f), filepath.Join(dir, name): one path, not a list
    separator = _join_separator(expr)
    if separator is not None and separator.strip(" ") in (",", ""):
        # ", ".join(names) prints "a, b", " ".join(argv) a command line: no brackets, no quotes;
        # other things joined by spaces (Enum.join(keys, " ")) are their items, not a command
        if separator != " ":
            return ["list"], "joined"
        return ["list"], "command" if _COMMAND_WORDS.intersection(_words(expr)) else "spaced"
    if re.search(r"(?:strings\.Join|\.join\(|Join\(|\.Join\(|ToArray|\.keys\(\)|\.values\(\))", expr):
        hint = "list"
    subscript = re.search(r"\[\s*[\"'](\w+)[\"']\s*\]$", expr)
    if subscript:  # scope["method"], params['path']: the key names the value
        return _words(subscript.group(1)), hint
    element = re.search(r"([A-Za-z_]\w*)\s*\[[^\[\]\"']+\]$", expr)
    if element and element.group(1).endswith("s") and not element.group(1).endswith(_NOT_PLURAL):
        # statenames[state], argv[i]: one element of a collection, named by its singular
        return _words(element.group(1)[:-1]), hint
    call = re.match(r"^([A-Za-z_][\w.]*)\((.+)\)$", expr, re.S)
    if call and call.group(1).split(".")[-1] not in _GENERIC_CALLS:
        # get_client_addr(scope), pkg_status_name(pkg): the function names what it returns
        function = call.group(1).split(".")[-1]
        function = re.sub(r"^(?:get_?|to_?|format_?)(?=[A-Za-z])", "", function)
        return _words(function), hint
    expr = _STRIP_CALLS.sub("", expr)
    expr = re.sub(r"\?$|!$|\.unwrap_or\w*\(.*\)$", "", expr)
    names = re.findall(r"[A-Za-z_$@][\w$]*", expr)
    names = [n.lstrip("$@") for n in names if n not in ("self", "this", "cls", "s", "c", "l", "r", "m", "p",
             "o",
                                                        "it", "fmt", "str", "int", "repr", "to_s", "inspect")]
    if not names:
        return [], hint
    last = names[-1]
    if last.startswith("get") and len(last) > 3 and last[3].isupper():
        last = last[3:]
    if last.startswith(("is",
        "has")) and len(last) > 3 and last[len("is") if last.startswith("is") else 3].isupper():
        return ["ok"], "bool"
    if _words(last) in (["description"], ["desc"]) and len(names) > 1:
        return [*_words(names[-2]), "description"], hint  # mode.description, feature->desc: the mode's
    if _words(last) == ["subject"] and len(names) > 1 and _words(names[-2])[-1:] in (
            ["message"], ["msg"], ["mail"], ["email"]):
        return ["title"], hint  # message.subject: the subject line someone wrote, not a principal
    if _words(last) in (["display", "name"], ["friendly", "name"]):
        if len(names) > 1 and _kind_from_words(_words(names[-2])) in ("addr", "ip", "host", "url", "path"):
            return _words(names[-2]), hint  # addr.display_name(): an address printed, not a name people gave
        if len(names) == 1 and expr.endswith(")"):
            return ["name"], hint  # display_name() of this: of a thing the call does not say
    return _words(last), hint


_SPENT = frozenset(("cost", "elapsed", "spent", "wait", "waiting", "response", "process", "processing",
                    "exec", "execution", "run", "running", "total", "compile", "load", "build", "query",
                    "trip", "idle", "cpu", "busy", "block", "blocked", "sleep", "lock", "apply", "commit",
                    "flush", "write", "read"))
_NAMING_TAILS = ("filename", "filepath", "pathname", "dirname", "hostname", "path", "addr", "timeout")
# words that say how a thing is printed, not what it is: mode.description, feature->desc and
# getRemoteEndpointDescription() print a mode, a feature and an endpoint
_GENERIC_TAIL = frozenset(("text", "str", "string", "s", "buf", "data", "value", "val", "repr", "ptr",
    "ref", "raw", "desc", "description"))


# the verbs a switch's name starts with: enable_x, disableCache, useTLS, skipVerify, forceColor
_SWITCH_VERBS = frozenset(("enable", "disable", "use", "skip", "force", "allow", "should", "can"))
_SWITCHES_NAME = frozenset(("annotation", "label", "option", "setting", "property", "param", "header",
                            "cookie", "tag", "field", "attribute", "variable", "var", "key"))
_HOW_MANY = frozenset(("num", "n", "max", "min", "total", "count", "number", "nr", "no"))
_COUNTED_UNITS = frozenset(("days", "hours", "minutes", "mins", "weeks", "months", "years"))


def _kind_from_words(words: list[str]) -> str:
    if not words:
        return "any"
    if any(word.startswith("version") for word in words):
        return "version"
    if len(words) > 1 and words[-1] in _GENERIC_TAIL:
        words = words[:-1]
    if len(words) > 1 and words[0] in ("is", "has") and words[1] not in ("a", "an"):
        return "bool"  # is_witness, has_leader
    if (len(words) > 1 and words[0] in _SWITCH_VERBS and words[-1] not in _COMMAND_WORDS | _SWITCHES_NAME
            and _LOOKUP.get(words[-1]) in (None, "name", "struct", "text", "port", "word", "state",
                                           "filter")):
        # enableAuth, DISABLE_FILTER, useDiffCache, skip_verify: a switch, true or false; a number,
        # a size, a time or an id it names stays one (skip_bytes, shouldStartTime, can_id), and so
        # does the name of a switch (useRegexAnnotation: the annotation's key)
        return "bool"
    if len(words) == 2 and words[0] in ("err", "error") and words[1] in ("ret", "val", "value", "out"):
        return "err"  # errRet: the error returned, not a return code
    if words[-2:-1] in (["err"], ["error"], ["exception"], ["exc"]) and words[-1] in ("msg", "message"):
        return "err"  # error_msg, exceptionMessage: an error's text, not a phrase
    if (len(words) > 1 and words[-1] == "name" and _LOOKUP.get(words[-2]) in ("state", "user", "host", "path")
            and words[-2] not in ("type", "kind")):
        words = words[:-1]  # status_name, user_name, host_name, file_name (a type_name names a type)
    last = words[-1]
    if len(words) > 1 and last == "name" and _LOOKUP.get(words[-2]) == "signal":
        return "signame"  # sig_name, signalName: SIGTERM, as the program spells a signal
    if words[-2:] in (["mime", "type"], ["content", "type"]):
        return "mime"  # mime_type, contentType: a media type, not a word of the program's
    if words[-2:] in (["display", "name"], ["friendly", "name"]):
        return "displayname"  # accessory.displayName: a name people gave it, "Living Room Lamp"
    if words[-2:] == ["class", "name"]:
        return "class"  # className, class_name: a class's name, printed as the language writes one
    if words[-2:] == ["status", "code"] and "exit" not in words:
        return "status"  # StatusCode, status_code: an HTTP status, whatever the conversion
    if last == "time" and len(words) > 1 and words[-2] in _SPENT:
        return "duration"  # cost_time, wait_time, response_time: how long, not when
    if last in _LOOKUP:
        return _LOOKUP[last]
    joined = "".join(words)
    if joined in _LOOKUP:
        return _LOOKUP[joined]
    if last.endswith("s") and not last.endswith(_NOT_PLURAL) and len(last) > 3:
        # num_cols, max_requests, LeadTimeDays: how many of them, not the list of them
        return "int" if words[0] in _HOW_MANY or last in _COUNTED_UNITS else "list"
    for tail in _NAMING_TAILS:  # conffilename, pfilename, srcpath, newhostname: written as one word
        if last.endswith(tail) and len(last) > len(tail):
            return _LOOKUP[tail]
    for word in reversed(words[:-1]):
        if word in _LOOKUP and _LOOKUP[word] not in ("struct", "int", "state", "word", "bool", "time"):
            return _LOOKUP[word]
    return "any"


# a conversion to an integer: C#'s Convert.ToInt32(x), JavaScript's parseInt(x) and Number(x),
# Java's Integer.parseInt(x), C's atoi(x), Go's strconv.Atoi(x), Python's int(x), Ruby's x.to_i
_TO_INTEGER = re.compile(r"(?:Convert\.ToU?Int(?:16|32|64)|(?:Number\.)?parseInt|Number"
                         r"|Integer\.(?:parseInt|valueOf)|Long\.(?:parseLong|valueOf)|ato(?:i|l|ll)"
                         r"|strconv\.Atoi|int|String\.to_integer)"
                         r"\((?P<arg>[^()]*(?:\([^()]*\)[^()]*)*)\)|(?P<receiver>[\w.]+)\.to_i")


# languages whose collections tell their length by a property named size (no call)
_COUNTING_SIZE = frozenset(("ruby", "elixir", "kotlin", "scala"))


# what a program counts in ones and twos: the attempt it is at, a replica's or a worker's index, a
# tree's depth, a CPU; such a number is a digit or two, never 341 (ids, sizes and offsets are large)
_SMALL_NUMBERS = frozenset(("attempt", "attempts", "retry", "retries", "tries", "try", "replica", "idx",
                            "index", "depth", "level", "round", "cpu", "cores", "workers", "threads",
                            "concurrency", "priority", "step", "stage", "worker", "thread", "core"))


def counted(kind: str, expr: str) -> str:
    """``small`` for an integer whose name says it counts in ones and twos (``attempt``,
    ``self.replica``, ``retries``), else ``kind`` as it is."""
    name = re.sub(r"\s*[-+]\s*\d+$", "", expr.strip())  # index + 1: the index, counted from one
    if kind != "int" or not re.fullmatch(r"[$@]?\w+(?:(?:\.|->|::)\w+)*(?:\(\))?", name):
        return kind  # chunk_index * message_size_max, round(time.time() - t): what it computes
    words, _ = _name_of(name)
    return "small" if words[-1:] and words[-1] in _SMALL_NUMBERS else kind


def kind_of_expression(expr: str, conv: str = "", lang: str = "", spec: str = "") -> str:
    """The kind of value ``expr`` holds when logged with conversion ``conv`` (``d``, ``s``,
    ``{}``, ``~p``...) in ``lang``; an integer that counts in ones and twos is ``small``."""
    return counted(_kind_of_expression(expr, conv, lang, spec), expr)


def _kind_of_expression(expr: str, conv: str, lang: str, spec: str) -> str:
    converted = _TO_INTEGER.fullmatch(expr.strip())
    if converted:
        # Convert.ToInt32(pages), parseInt(port, 10), int(elapsed): the value as an integer prints
        # digits, whatever the string it was read from held
        expr, conv = (converted.group("arg") or converted.group("receiver")).split(",")[0], "d"
    words, hint = _name_of(expr)
    plural = re.search(r"(\w+)\.size(?:\(\))?\s*$", expr)
    if ((lang in _COUNTING_SIZE and re.search(r"\w\.(?:size|length|count)\s*$", expr))
            or (plural and _kind_from_words(_words(plural.group(1))) == "list")):
        # Ruby's, Kotlin's, Scala's list.size, and any collection's (clients.size): how many, not bytes
        words, hint = ["count"], "int"
    kind = hint or _kind_from_words(words)
    conv = conv.lstrip("*")
    if conv in ("{}", "") and spec and re.fullmatch(r"[<>^=+ -]?#?0?\d*,?[dn]", spec):
        conv = "d"  # fmt's and Python's {port:d}, {:5d}, {:,d}: an integer conversion
    if conv in _NUMERIC or conv in ("d", "i", "u"):
        if "status" in words and "exit" not in words:
            return "status"  # status, status_code, http_status: an HTTP status
        if kind in ("duration", "size"):
            return kind + "_int"  # %zu of a size, %d of a timeout: digits, never "1.2 MB" or "350ms"
        if kind in ("port", "int", "status"):
            return kind
        if kind == "state" and words and words[-1] == "status":
            return "status"
        return "int" if kind not in ("id", "time", "uuid") else ("intid" if kind != "time" else "epoch")
    if conv in _FLOAT or (spec and re.search(r"\.\d+f?$", spec) and conv in ("{}", "")):
        return "duration_s" if kind == "duration" else "float"
    if conv in ("x", "X", "llx", "xi", "Xi", "xL", "XL"):
        return "hex"
    if conv == "p":
        return "ptr"
    if conv == "c":
        return "char"
    if conv == "t" and lang == "go":
        return "bool"
    if conv == "w":
        return "err"
    if kind == "status" and words and words[-1] == "status":
        return "state"
    if (kind == "text" and words[-1:] in (["reason"], ["why"])
            and ((lang == "erlang" and conv in ("~p", "~w")) or (lang == "elixir" and "inspect(" in expr))):
        # {error, Reason} printed as a term (~p, inspect): timeout, {badmatch,...}, never prose;
        # ~s of a reason prints a text the program made of it (file:format_error(Reason))
        return "err"
    return kind


def kind_of_field(key: str, expr: str, lang: str = "", helper: str = "") -> str:
    """The kind of a structured field, from its key, the expression and the helper's type."""
    helper = helper.lower()
    if helper in ("duration", "dur"):
        return "duration"
    if helper in ("int", "int64", "int32", "uint", "uint64", "uint32", "uintptr"):
        kind = kind_of_expression(key, "d", lang)
        return kind if kind != "any" else "int"
    if helper in ("bool",):
        return "bool"
    if helper in ("strings", "strs", "stringers", "int64s", "ints", "uint64s"):
        return "list"
    if helper in ("error", "err", "nameerror"):
        return "err"
    if helper in ("time",):
        return "time"
    if helper in ("float64", "float32"):
        return "float"
    by_key = _kind_from_words(_words(key))
    if by_key == "text" and kind_of_expression(expr, "", lang) == "err":
        return "err"  # 'message' => $e->getMessage(), message: e.message: the error's text
    if by_key not in ("any", "struct"):
        if by_key == "status":
            return "status" if _words(key)[-1] == "code" else "state"
        return counted(by_key, key)
    by_expr = kind_of_expression(expr, "", lang)
    return by_expr if by_expr != "any" else by_key
