"""A generative grammar of record heads and message prefixes, and a bench that finds which
*kinds* of head cost the miner grouping accuracy (a development tool; ``test_head_grammar.py``
runs a small sample).

    python tests/patterns/corpus/head_grammar.py DIR [DIR ...] [--mode single|random]
        [--compositions 60] [--programs 0] [--lines 400] [--batch 512] [--seed 0] [--only TEXT]

``layouts.py`` puts labelled messages under some forty libraries' default layouts: heads that
are known. New programs lose to heads no library prints by default, written by hand in a
format string (``<version> - [service][I-code] msg``, ``57a [D] msg``, ``Error: util-ebpf:
msg``). This grammar composes a head from *field kinds*, each with several spellings, from
general knowledge of how programs format records:

- time: ISO with or without a fraction and zone, date and time with a space, clock only,
  syslog's BSD form, a slashed date, epoch seconds, millis or seconds with a fraction;
- level: full, three letters or one letter; upper, lower or capitalized; a numeric syslog
  priority; each bare, in square or round brackets, ended by a colon or padded to a width;
- pid; a thread (a name with a number, a pool's worker, a hex id, a numeric id); a logger
  (a dotted class, a module path, a short name, a Rust path, a source file and line);
- a component or subsystem tag (``[svc]``, ``svc:``, ``<svc>``, ``(svc)``); a per-call-site
  code (``[I-ABC123]``, ``E1234``, ``MSG-0042``);
- a request, trace or session id (hex of 8, 16 or 32 digits, a uuid, a short base36 id);
  a host name; a version;
- separators between them (`` ``, `` - ``, `` | ``, a tab, ``][`` glued brackets) and before
  the message (the same, or ``: ``, `` - ``, `` > ``), in varying orders.

As in ``layouts.py`` one call site fixes its level, logger, component and code (a program's
call site does: the label decides them, ``layouts.site_of``); the record varies the time,
pid, thread and ids; a stream has one host pool and one version. Each stream (file) draws
one composition, reproducibly from ``--seed``, and its messages are scored against the bare
messages (same lines, same labels) at ``--batch`` (the proxy's path; 0: one line at a time).

``--mode single`` (default) varies one element at a time on a fixed base head (``<date
time> LEVEL <message>``): each time and level spelling in place of the base's, each other
field kind's spelling added before the message (and, for some, before the level), each
separator; the table, worst first, says which element the miner misreads. ``--mode random``
draws ``--compositions`` heads of two to six fields and prints, per kind, spelling, wrap,
separator and field count, the mean loss of the compositions holding it, then the worst
compositions. Programs whose messages mostly open with a head of their own are left out
(``layouts.headed``).
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime
import json
import hashlib
import pathlib
import random
import statistics
import string
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.layouts import (
    _JAVA,
    _JAVA36,
    _PY,
    _RUST,
    _DOTNET,
    _GOFILE,
    Head,
    Layout,
    _bsd,
    _clock,
    _iso,
    _pick,
    _slash_date,
    _space,
    _t,
    _uuid,
    grouping_accuracy,
    headed,
    labelled_files,
    read_rows,
    render,
)

Value = Callable[[Head], str]

# ---------------------------------------------------------------- spellings of each kind


def _ctime(r: random.Random) -> str:
    d, h, m, s, us = _t(r)
    day = datetime.date(2026, 3, d).strftime("%a")
    return f"{day} Mar {d:02d} {h:02d}:{m:02d}:{s:02d}.{us:06d} 2026"


def _dmy(r: random.Random) -> str:
    d, h, m, s, us = _t(r)
    return f"{d:02d} Mar 2026 {h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}"


def _erl_report(h: Head) -> str:
    d, hh, m, s, us = _t(h.rng)
    word = {"INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR", "DEBUG": "INFO"}[h.site.level]
    return f"={word} REPORT==== {d}-Mar-2026::{hh:02d}:{m:02d}:{s:02d}.{us:06d} ==="


def _epoch(r: random.Random) -> int:
    d, h, m, s, _ = _t(r)
    return 1772323200 + ((d * 24 + h) * 60 + m) * 60 + s  # 2026-03-01 + the drawn time


TIMES: dict[str, Value] = {
    "iso-ms-Z": lambda h: _iso(h.rng),
    "iso-s-offset": lambda h: _iso(h.rng, "+00:00", 0),
    "iso-us": lambda h: _iso(h.rng, "", 6),
    "date-space-comma": lambda h: _space(h.rng),
    "date-space-dot": lambda h: _space(h.rng, "."),
    "date-space-s": lambda h: _space(h.rng)[:19],
    "slash-date": lambda h: _slash_date(h.rng),
    "clock-ms": lambda h: _clock(h.rng),
    "clock": lambda h: _clock(h.rng, 0),
    "bsd": lambda h: _bsd(h.rng),
    "epoch-s": lambda h: str(_epoch(h.rng)),
    "epoch-ms": lambda h: f"{_epoch(h.rng)}{h.rng.randint(0, 999):03d}",
    "epoch-float": lambda h: f"{_epoch(h.rng)}.{h.rng.randint(0, 999999):06d}",
    # loggers' and servers' own defaults (round 21)
    "date-space-4": lambda h: _space(h.rng, ".") + "0",  # NLog's ${longdate}
    "date-space-zone": lambda h: _space(h.rng, ".") + " UTC",  # PostgreSQL's %m
    "iso-comma": lambda h: _iso(h.rng, "", 3).replace(".", ","),  # log4j2's ISO8601 (Elasticsearch)
    "slash-us": lambda h: f"{_slash_date(h.rng)}.{h.rng.randint(0, 999999):06d}",  # Go's Lmicroseconds
    "ctime-us": lambda h: _ctime(h.rng),  # Apache httpd 2.4
    "dmy-ms": lambda h: _dmy(h.rng),  # Redis
    "mmdd-us": lambda h: f"03{h.rng.randint(1, 28):02d} {_clock(h.rng, 6)}",  # glog/klog, after the level's letter
    "erl-report": lambda h: _erl_report(h),  # Erlang's error_logger: the level inside the time's banner
    "iso-us-offset": lambda h: _iso(h.rng, "+00:00", 6),  # Erlang's logger, Monolog
    "iso-us-Z": lambda h: _iso(h.rng, "Z", 6),  # MySQL 8, tracing
    "uptime-ms": lambda h: str(h.rng.randint(0, 9999999)),  # log4net's %timestamp
}

_LEVEL_FORMS: dict[str, dict[str, str]] = {
    "UPPER": {"INFO": "INFO", "WARN": "WARN", "ERROR": "ERROR", "DEBUG": "DEBUG"},
    "lower": {"INFO": "info", "WARN": "warn", "ERROR": "error", "DEBUG": "debug"},
    "Capital": {"INFO": "Info", "WARN": "Warning", "ERROR": "Error", "DEBUG": "Debug"},
    "THREE": {"INFO": "INF", "WARN": "WRN", "ERROR": "ERR", "DEBUG": "DBG"},
    "one": {"INFO": "I", "WARN": "W", "ERROR": "E", "DEBUG": "D"},
    "syslog-num": {"INFO": "6", "WARN": "4", "ERROR": "3", "DEBUG": "7"},
    # loggers' and servers' own words (round 21)
    "python": {"INFO": "INFO", "WARN": "WARNING", "ERROR": "CRITICAL", "DEBUG": "DEBUG"},
    "dotnet": {"INFO": "info", "WARN": "warn", "ERROR": "fail", "DEBUG": "dbug"},  # Microsoft.Extensions.Logging
    "erlang": {"INFO": "info", "WARN": "warning", "ERROR": "error", "DEBUG": "debug"},
    "postgres": {"INFO": "LOG", "WARN": "WARNING", "ERROR": "FATAL", "DEBUG": "NOTICE"},
    "mysql": {"INFO": "Note", "WARN": "Warning", "ERROR": "ERROR", "DEBUG": "System"},
    "redis": {"INFO": "*", "WARN": "#", "ERROR": "#", "DEBUG": "."},
    "syslog-pri": {"INFO": "30", "WARN": "28", "ERROR": "27", "DEBUG": "31"},  # facility daemon
    "four": {"INFO": "INFO", "WARN": "WARN", "ERROR": "ERRO", "DEBUG": "DEBU"},  # charmbracelet/log, logrus
}


def _level(form: str) -> Value:
    table = _LEVEL_FORMS[form]
    return lambda h: table[h.site.level]


def _threads_named(h: Head) -> str:
    return f"worker-{h.rng.randint(1, 8)}"


THREADS: dict[str, Value] = {
    "name-n": _threads_named,
    "pool": lambda h: f"pool-{h.rng.randint(1, 3)}-thread-{h.rng.randint(1, 12)}",
    "java": lambda h: h.rng.choice(h.threads),
    "hex": lambda h: f"0x{h.rng.choice((0x7f3a2c00, 0x7f3a2d80, 0x7f3a3100, 0x7f3b0040)) + h.rng.randint(0, 3) * 0x40:x}",
    "tid": lambda h: str(h.pid + h.rng.randint(1, 30)),
}

_COMPONENTS = ["storage", "net", "auth", "sched", "cache", "api", "raft"]
_DASHED = ["util-ebpf", "flow-manager", "app-layer", "tls-handshake", "source-pcap", "log-pcap", "detect-engine"]


def _component(names: Sequence[str]) -> Value:
    # a call site's component: its logger's index and its line, so two call sites of one
    # logger may tag two components (a file of one module logs for several subsystems)
    return lambda h: names[(h.site.logger + h.site.line // 7) % len(names)]


LOGGERS: dict[str, Value] = {
    "java-class": _JAVA,
    "java-abbrev": _JAVA36,
    "module": _PY,
    "rust-path": _RUST,
    "short": _component(["orders", "storage", "http", "auth", "scheduler"]),
    "file-line": lambda h: f"{_GOFILE(h)}:{h.site.line}",
    "swift-ext": lambda h: f"{_pick(['Router+Middleware', 'Store+Cache', 'Auth+Token'])(h)}.swift:{h.site.line}",
    # round 21: .NET's category and event id, Elixir's module, Elasticsearch's abbreviated class
    "dotnet-event": lambda h: f"{_DOTNET(h)}[{h.site.line % 5 * 1000 if h.site.line % 3 else 0}]",
    "dotnet": _DOTNET,
    "elixir": lambda h: _DOTNET(h).replace("Acme", "MyApp", 1),
    "es-abbrev": _pick(["o.e.n.Node", "o.e.c.c.MetadataCreateIndexService", "o.e.t.TransportService",
                        "o.e.x.s.a.TokenService", "o.e.g.GatewayService"]),
}

COMPONENTS: dict[str, Value] = {
    "word": _component(_COMPONENTS),
    "dashed": _component(_DASHED),
    "Capital": _component(["Storage", "Network", "Auth", "Scheduler", "Cache", "Api", "Raft"]),
    "CamelCase": _component(["FirebaseMessaging", "GULLogger", "InAppMessaging", "AuthService",
                             "BlobStore", "RaftNode", "JobRunner"]),
    "UPPER": _component(["MODS-INSTALL", "UPDATE", "BACKUP", "MONITOR", "START", "STOP", "VALIDATE"]),
}


def _code_of(h: Head) -> int:
    return int.from_bytes(hashlib.blake2b(f"{h.site.logger}/{h.site.line}".encode(), digest_size=4).digest(), "big")


def _base36(n: int, width: int) -> str:
    digits = string.digits + string.ascii_uppercase
    out = ""
    for _ in range(width):
        n, d = divmod(n, 36)
        out += digits[d]
    return out


CODES: dict[str, Value] = {
    "I-ABC123": lambda h: f"I-{_base36(_code_of(h), 3)[:3].replace('0', 'A')}{_code_of(h) % 1000:03d}",
    "E1234": lambda h: f"{h.site.level[0]}{_code_of(h) % 10000:04d}",
    "MSG-0042": lambda h: f"MSG-{_code_of(h) % 10000:04d}",
    "AH00123": lambda h: f"AH{_code_of(h) % 100000:05d}",  # Apache httpd's message numbers
    "MY-010068": lambda h: f"MY-{_code_of(h) % 1000000:06d}",  # MySQL 8's error codes
}


def _hexid(bits: int) -> Value:
    return lambda h: f"{h.rng.getrandbits(bits):0{bits // 4}x}"


IDS: dict[str, Value] = {
    "hex8": _hexid(32),
    "hex16": _hexid(64),
    "hex32": _hexid(128),
    "uuid": lambda h: _uuid(h.rng),
    "hex-short": lambda h: f"{h.rng.getrandbits(12):x}",  # %.8X of a small counter: 1-3 digits
    "base36": lambda h: _base36(h.rng.getrandbits(31), 6).lower(),
    "conn": lambda h: f"*{h.rng.randint(1, 99999)}",  # nginx's connection number
    "client": lambda h: f"client 10.0.{h.rng.randint(0, 9)}.{h.rng.randint(1, 254)}:{h.rng.randint(1024, 65535)}",
}

HOSTS: dict[str, Value] = {
    "name-n": lambda h: f"web-{h.pid % 3 + h.rng.randint(1, 2)}",
    "fqdn": lambda h: f"node{h.rng.randint(1, 3)}.prod.example.com",
    "ip-name": lambda h: f"ip-10-0-{h.pid % 7}-{h.rng.randint(10, 12)}",
    "erl-node": lambda h: f"orders@web-{h.pid % 3 + 1}",
}

VERSIONS: dict[str, Value] = {
    "semver": lambda h: f"{h.pid % 9 + 1}.{h.pid % 13}.{h.pid % 5}",
    "v-semver": lambda h: f"v{h.pid % 9 + 1}.{h.pid % 13}.{h.pid % 5}",
}

PIDS: dict[str, Value] = {
    "n": lambda h: str(h.pid + h.rng.choice((0, 0, 1, 7))),
}

# How servers name the process and thread that wrote a record (round 21): Apache's ``pid
# <n>:tid <n>``, nginx's ``<pid>#<tid>``, Redis' ``<pid>:<role>``, syslog's and journald's
# ``prog[<pid>]``, an Erlang process ``<0.<n>.0>``, bunyan's ``name/<pid> on <host>``.
PROCS: dict[str, Value] = {
    "apache": lambda h: f"pid {h.pid}:tid {h.rng.choice((139870, 139871, 139905, 140012)) * 10**9 + h.pid}",
    "nginx": lambda h: f"{h.pid + h.rng.choice((0, 0, 1))}#{h.rng.randint(0, 3)}",
    "redis": lambda h: f"{h.pid}:{h.rng.choice('MMMC')}",
    "prog": lambda h: f"ordersd[{h.pid + h.rng.choice((0, 0, 1, 7))}]",
    "erlang": lambda h: f"<0.{h.rng.randint(80, 2400)}.0>",
    "bunyan": lambda h: f"orders/{h.pid} on web-1",
}

# What a call site's function or method is called (Elixir's ``function=``, C's ``__func__``,
# Erlang's ``module:function/arity``), fixed per call site.
FUNCTIONS: dict[str, Value] = {
    "erl-arity": _component(["handle_call/3", "handle_info/2", "init/1", "terminate/2", "do_work/1"]),
    "c-func": _component(["process_request()", "open_store()", "flush_queue()", "accept_conn()"]),
    "erl-mfa": _component(["orders_server:handle_call/3", "store:put/2", "http_sup:init/1",
                           "auth:check/2", "sched:run/1"]),
}

# What follows the message on its line: Monolog's context and extra, a logger's name
# (Kafka's ``msg (kafka.server.KafkaServer)``), fixed per call site.
EXTRAS: dict[str, Value] = {
    "monolog-empty": lambda h: "[] []",
    "monolog-obj": lambda h: "{} []",
    "ndc-null": lambda h: "(null)",  # log4net's %ndc when none is set
    "nil2": lambda h: "- -",  # RFC 5424's MSGID and STRUCTURED-DATA, both nil
}

# kind -> spellings; wraps each kind takes (first: the default)
KINDS: dict[str, dict[str, Value]] = {
    "time": TIMES, "level": {f: _level(f) for f in _LEVEL_FORMS}, "pid": PIDS, "thread": THREADS,
    "logger": LOGGERS, "component": COMPONENTS, "code": CODES, "id": IDS, "host": HOSTS,
    "version": VERSIONS, "proc": PROCS, "function": FUNCTIONS, "extra": EXTRAS,
}
WRAPS: dict[str, tuple[str, ...]] = {
    "time": ("bare", "square"),
    "level": ("bare", "square", "paren", "colon", "pad"),
    "pid": ("bare", "square", "key", "hash"),
    "thread": ("square", "bare", "paren", "brace", "key"),
    "logger": ("bare", "square", "colon", "paren"),
    "component": ("square", "colon", "angle", "paren", "bare"),
    "code": ("square", "bare", "colon"),
    "id": ("square", "bare", "key", "paren"),
    "host": ("bare", "square"),
    "version": ("bare", "square"),
    "proc": ("bare", "square", "colon"),
    "function": ("bare", "key", "colon", "square"),
    "extra": ("bare",),
}
_KEYS = {"pid": "pid", "thread": "tid", "id": "req", "logger": "module", "host": "node", "proc": "pid"}


# How a field is wrapped: a format of its text (``key`` names the field: ``pid=<n>``).
_WRAPS = {"bare": "{}", "square": "[{}]", "paren": "({})", "angle": "<{}>", "brace": "{{{}}}",
          "colon": "{}:", "pad": "{:<5}", "hash": "#{}",
          # round 21: a bracket that spans two fields (Serilog's ``[<time> INF]``), a field padded
          # inside its brackets (Elasticsearch's ``[INFO ][o.e.n.Node        ]``), right-aligned
          # (Ruby's ``%5s``)
          "open": "[{}", "close": "{}]", "hash-close": "#{}]", "square-pad": "[{:<5}]",
          "square-pad25": "[{:<25}]", "rpad": "{:>5}"}


def _wrap(kind: str, how: str, text: str) -> str:
    if how == "key":
        return f"{_KEYS.get(kind, kind)}={text}"
    if how not in _WRAPS:
        raise ValueError(how)
    return _WRAPS[how].format(text)


# ---------------------------------------------------------------- compositions


@dataclass(frozen=True)
class Part:
    kind: str
    spelling: str
    wrap: str
    join: str | None = None  # what joins it to the next field, in place of the separator

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.spelling}/{self.wrap}" + (f"~{self.join!r}" if self.join is not None else "")


SEPARATORS = {"space": " ", "dash": " - ", "pipe": " | ", "tab": "\t", "glued": "][",
              "bar": "|", "colon-glued": ":"}  # NLog's and Python basicConfig's, no spaces
LAST = {"same": None, "colon": ": ", "dash": " - ", "arrow": " > ",
        "colon2": ":  ", "dashdash": " -- ", "newline": "\n",  # PostgreSQL's, Ruby's, a banner's
        "newline-indent": "\n      "}  # Microsoft.Extensions.Logging's two lines


@dataclass(frozen=True)
class Composition:
    """A head: its fields in order, the separator between them and the one before the message."""

    parts: tuple[Part, ...]
    sep: str = "space"
    last: str = "same"
    name: str = field(default="", compare=False)
    after: tuple[Part, ...] = ()  # fields after the message's first line (Kafka's logger)

    def title(self) -> str:
        if self.name:
            return self.name
        return (" ".join(p.label for p in self.parts) + f" sep={self.sep} last={self.last}"
                + "".join(f" after {p.label}" for p in self.after))

    def layout(self) -> Layout:
        fields = [(p, KINDS[p.kind][p.spelling]) for p in self.parts]
        after = [(p, KINDS[p.kind][p.spelling]) for p in self.after]
        sep = SEPARATORS[self.sep]
        glued = self.sep == "glued"
        tail = LAST[self.last]

        def draw(h: Head, message: str) -> str:
            if glued:
                head = "[" + "][".join(value(h) for _, value in fields) + "]"
                line = head + (tail if tail is not None else " ") + message
            else:
                line = ""
                for i, (p, value) in enumerate(fields):
                    line += _wrap(p.kind, p.wrap, value(h))
                    if p.join is not None:
                        line += p.join
                    elif i < len(fields) - 1:
                        line += sep
                    else:
                        line += tail if tail is not None else sep
                line += message
            if after:
                first, nl, rest = line.partition("\n")
                line = first + "".join(" " + _wrap(p.kind, p.wrap, value(h)) for p, value in after) + nl + rest
            return line

        return Layout(self.title(), "", draw)


BASE = Composition((Part("time", "date-space-comma", "bare"), Part("level", "UPPER", "pad")), name="base")


# Spellings the random mode does not draw: a whole head's layout, composed only in
# ``LIBRARIES`` (Erlang's banner holds the level; klog's date follows its level's letter
# glued), and the spellings round 19's programs added after the random draws were fixed
# (drawing them would change every draw and test_head_grammar.py's sample)
_WHOLE_ONLY = {("time", "erl-report"), ("time", "mmdd-us"), ("level", "four"), ("logger", "swift-ext")}


def _drawn(kind: str) -> list[str]:
    return [s for s in KINDS[kind] if (kind, s) not in _WHOLE_ONLY]


def single_variants() -> list[Composition]:
    """The base head, then one element varied at a time."""
    out = [BASE]
    time, level = BASE.parts
    for spelling in _drawn("time"):
        if spelling != time.spelling:
            out.append(replace(BASE, parts=(Part("time", spelling, "bare"), level), name=f"time {spelling}/bare"))
    for spelling in ("date-space-comma", "iso-ms-Z", "clock-ms", "epoch-s"):
        out.append(replace(BASE, parts=(Part("time", spelling, "square"), level), name=f"time {spelling}/square"))
    for form in _LEVEL_FORMS:
        for wrap in WRAPS["level"]:
            if (form, wrap) != (level.spelling, level.wrap):
                out.append(replace(BASE, parts=(time, Part("level", form, wrap)), name=f"level {form}/{wrap}"))
    for kind in ("pid", "thread", "logger", "component", "code", "id", "host", "version"):
        # each spelling in the kind's first wrap, and its first spelling in each other wrap
        first = next(iter(KINDS[kind]))
        parts = [Part(kind, spelling, WRAPS[kind][0]) for spelling in KINDS[kind]]
        parts += [Part(kind, first, wrap) for wrap in WRAPS[kind][1:]]
        for part in parts:
            out.append(replace(BASE, parts=(time, level, part), name=f"+{part.label} after level"))
        # each kind's default spelling and wrap before the level too (a host, a pid, a request
        # id there is as common as after it)
        part = Part(kind, next(iter(KINDS[kind])), WRAPS[kind][0])
        out.append(replace(BASE, parts=(time, part, level), name=f"+{part.label} before level"))
    for sep in SEPARATORS:
        if sep != "space":
            out.append(replace(BASE, sep=sep, name=f"sep {sep}"))
    for last in LAST:
        if last != "same":
            out.append(replace(BASE, last=last, name=f"last {last}"))
    out.append(Composition((Part("level", "UPPER", "bare"),), name="level alone UPPER"))
    out.append(Composition((Part("level", "lower", "colon"),), name="level alone lower/colon"))
    out.append(Composition((Part("level", "Capital", "colon"),), name="level alone Capital/colon"))
    return out + LIBRARIES + LIBRARIES_JSON


def _p(kind: str, spelling: str, wrap: str = "bare", join: str | None = None) -> Part:
    return Part(kind, spelling, wrap, join)


# The heads widely used loggers and servers print by default, from their documentation
# (round 21), composed of the grammar's parts. ``layouts.py`` has some of them as fixed
# layouts; here each is a composition whose parts the random mode also draws.
LIBRARIES: list[Composition] = [
    Composition((_p("time", "clock-ms"), _p("proc", "erlang", "key"), _p("logger", "elixir", "key"),
                 _p("function", "erl-arity", "key"), _p("level", "erlang", "square")),
                name="lib Elixir Logger $time $metadata[$level] (pid=, module=, function=)"),
    Composition((_p("time", "clock-ms"), _p("host", "erl-node", "key"), _p("level", "lower", "square")),
                name="lib Elixir Logger $time node= [$level]"),
    Composition((_p("time", "iso-us-offset"), _p("level", "erlang", "colon")), name="lib Erlang logger default"),
    Composition((_p("time", "erl-report"),), last="newline", name="lib Erlang error_logger =INFO REPORT===="),
    Composition((_p("level", "dotnet", "colon"), _p("logger", "dotnet-event")), last="newline-indent",
                name="lib ASP.NET Core console (two lines)"),
    Composition((_p("level", "dotnet", "colon"), _p("logger", "dotnet-event")),
                name="lib ASP.NET Core console single line"),
    Composition((_p("time", "clock"), _p("level", "dotnet", "colon"), _p("logger", "dotnet-event")),
                name="lib ASP.NET Core console single line with time"),
    Composition((_p("time", "clock", "open"), _p("level", "THREE", "close")), name="lib Serilog [HH:mm:ss INF]"),
    Composition((_p("time", "date-space-4"), _p("level", "UPPER"), _p("logger", "dotnet")), sep="bar",
                name="lib NLog ${longdate}|${level}|${logger}|"),
    Composition((_p("time", "uptime-ms"), _p("thread", "tid", "square"), _p("level", "UPPER"),
                 _p("logger", "dotnet"), _p("extra", "ndc-null")), last="dash",
                name="lib log4net %timestamp [%thread] %level %logger %ndc -"),
    Composition((_p("time", "date-space-comma"), _p("thread", "tid", "square"), _p("level", "UPPER", "pad"),
                 _p("logger", "dotnet")), last="dash", name="lib log4net %date [%thread] %-5level %logger -"),
    Composition((_p("level", "python"), _p("logger", "module")), sep="colon-glued",
                name="lib Python basicConfig LEVEL:name:"),
    Composition((_p("time", "date-space-comma"), _p("logger", "module"), _p("level", "python")), sep="dash",
                name="lib Python asctime - name - levelname -"),
    Composition((_p("time", "slash-date"), _p("logger", "file-line", "colon")), name="lib Go log Lshortfile"),
    Composition((_p("time", "slash-us"), _p("logger", "file-line", "colon")),
                name="lib Go log Lmicroseconds|Lshortfile"),
    Composition((_p("level", "one", join=""), _p("time", "mmdd-us"), _p("thread", "tid"),
                 _p("logger", "file-line", "close")), name="lib glog/klog Lmmdd time tid file:line]"),
    Composition((_p("time", "slash-date"), _p("level", "lower", "square"), _p("proc", "nginx", "colon"),
                 _p("id", "conn")), name="lib nginx error log"),
    Composition((_p("time", "ctime-us", "square"), _p("component", "word", "open", ":"),
                 _p("level", "lower", "close"), _p("proc", "apache", "square"), _p("id", "client", "square"),
                 _p("code", "AH00123", "colon")), name="lib Apache httpd 2.4 error log"),
    Composition((_p("time", "date-space-zone"), _p("pid", "n", "square"), _p("level", "postgres")), last="colon2",
                name="lib PostgreSQL %m [%p] LEVEL:  "),
    Composition((_p("time", "iso-us-Z"), _p("thread", "tid"), _p("level", "mysql", "square"),
                 _p("code", "MY-010068", "square"), _p("component", "Capital", "square")),
                name="lib MySQL 8 error log"),
    Composition((_p("proc", "redis"), _p("time", "dmy-ms"), _p("level", "redis")), name="lib Redis"),
    Composition((_p("time", "iso-comma", "square", ""), _p("level", "UPPER", "square-pad", ""),
                 _p("logger", "es-abbrev", "square-pad25"), _p("host", "name-n", "square")),
                name="lib Elasticsearch [time][LEVEL][logger] [node]"),
    Composition((_p("time", "date-space-comma", "square"), _p("level", "UPPER")),
                after=(_p("logger", "java-class", "paren"),), name="lib Kafka [time] LEVEL msg (logger)"),
    Composition((_p("level", "syslog-pri", "angle", "1 "), _p("time", "iso-ms-Z"), _p("host", "name-n"),
                 _p("component", "word"), _p("pid", "n"), _p("extra", "nil2")), name="lib syslog RFC 5424"),
    Composition((_p("level", "syslog-pri", "angle", ""), _p("time", "bsd"), _p("host", "name-n"),
                 _p("proc", "prog", "colon")), name="lib syslog RFC 3164"),
    Composition((_p("time", "bsd"), _p("host", "name-n"), _p("proc", "prog", "colon")), name="lib journald short"),
    Composition((_p("level", "one", join=", "), _p("time", "iso-us", "open"), _p("pid", "n", "hash-close"),
                 _p("level", "UPPER", "rpad", " -- "), _p("logger", "short", "colon")),
                name="lib Ruby/Rails Logger I, [time #pid] LEVEL -- prog:"),
    Composition((_p("time", "iso-us-offset", "square"), _p("component", "word", join="."),
                 _p("level", "UPPER", "colon")), after=(_p("extra", "monolog-empty"),),
                name="lib Monolog [time] channel.LEVEL: msg [] []"),
    Composition((_p("time", "date-space-comma"), _p("thread", "java", "square"), _p("level", "UPPER", "pad"),
                 _p("logger", "java-class")), last="dash", name="lib log4j %d [%t] %-5p %c -"),
    Composition((_p("time", "iso-us-Z"), _p("level", "UPPER", "rpad"), _p("logger", "rust-path", "colon")),
                name="lib tracing LEVEL target:"),
    Composition((_p("level", "four"), _p("logger", "module", "colon")), name="lib charmbracelet/log LEVL prefix:"),
    Composition((_p("proc", "prog", "colon"), _p("level", "lower", "colon")), name="lib program's tag first prog[pid]: level:"),
    Composition((_p("level", "UPPER", "square"), _p("logger", "swift-ext", "open"), _p("function", "c-func", "close")),
                name="lib Swift [LEVEL] [Type+Ext.swift:line func]"),
]


@dataclass(frozen=True)
class JsonHead:
    """A record written whole as JSON (bunyan's and pino's defaults): the message a string value."""

    name: str
    bunyan: bool

    def title(self) -> str:
        return self.name

    def layout(self) -> Layout:
        levels = {"INFO": 30, "WARN": 40, "ERROR": 50, "DEBUG": 20}

        def draw(h: Head, message: str) -> str:
            if self.bunyan:
                record = {"name": "orders", "hostname": "web-1", "pid": h.pid, "level": levels[h.site.level],
                          "msg": message, "time": _iso(h.rng), "v": 0}
            else:
                record = {"level": levels[h.site.level], "time": int(f"{_epoch(h.rng)}{h.rng.randint(0, 999):03d}"),
                          "pid": h.pid, "hostname": "web-1", "msg": message}
            return json.dumps(record, separators=(",", ":"), ensure_ascii=False)

        return Layout(self.name, "", draw)


LIBRARIES_JSON = [JsonHead("lib bunyan JSON", True), JsonHead("lib pino JSON", False)]


def random_composition(rng: random.Random) -> Composition:
    """Two to six fields: a time (mostly first), a level (mostly), and up to four others."""
    def part(kind: str) -> Part:
        wraps = WRAPS[kind]
        wrap = wraps[0] if rng.random() < 0.5 else rng.choice(wraps)
        return Part(kind, rng.choice(_drawn(kind)), wrap)

    extras = rng.sample(["pid", "thread", "logger", "component", "code", "id", "host", "version", "proc",
                         "function"], rng.randint(0, 4))
    parts = [part(k) for k in extras]
    if rng.random() < 0.85:
        parts.insert(rng.randint(0, len(parts)), part("level"))
    time = part("time") if rng.random() < 0.85 else None
    if time is not None:
        parts.insert(0 if rng.random() < 0.85 else rng.randint(0, len(parts)), time)
    if not parts:
        parts = [part("level")]
    sep = rng.choice(["space"] * 4 + ["dash", "pipe", "tab", "glued"])
    last = rng.choice(["same"] * 3 + ["colon", "dash", "arrow"])
    return Composition(tuple(parts), sep, last)


# ---------------------------------------------------------------- the bench


def batch_ids(messages: Sequence[str], size: int) -> list[str]:
    miner = PatternMiner()
    if size <= 0:
        return [miner.add(m) for m in messages]
    out: list[str] = []
    for start in range(0, len(messages), size):
        out.extend(miner.add_batch(list(messages[start:start + size])))
    return out


def composition_ga(comp: Composition | None, rows: Sequence[tuple[str, str]], seed: str, size: int) -> float:
    messages = render(comp.layout() if comp is not None else None, rows, seed)
    return grouping_accuracy(batch_ids(messages, size), [label for _, label in rows])


def _programs(dirs: Sequence[pathlib.Path], count: int, lines: int) -> dict[str, list[tuple[str, str]]]:
    files = [f for d in dirs for f in labelled_files(d)]
    files = [f for f in files if not headed(read_rows(f, 200))]
    if count:
        files = files[:: max(1, len(files) // count)][:count]
    return {f"{f.parent.parent.name}/{f.parent.name}/{f.name.split('_2k')[0]}": read_rows(f, lines) for f in files}


def write(comp: Composition, data: dict[str, list[tuple[str, str]]], folder: pathlib.Path, seed: int) -> None:
    """The programs' lines under one composition, as labelled files (``Content``, ``EventTemplate``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in data.items():
        lines = render(comp.layout(), rows, f"{seed}/{name}")
        path = folder / f"{name.replace('/', '-')}_2k.log_structured.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(["LineId", "Content", "EventTemplate"])
            out.writerows((i + 1, line, label) for i, (line, (_, label)) in enumerate(zip(lines, rows)))
    print(f"{comp.title()}: {len(data)} files in {folder}")


def bench_parser(description: str, unit: str = "composition",
                 named: str = "title") -> argparse.ArgumentParser:
    """The arguments the grammar benches share (this one, value_grammar's, body_grammar's): the
    labelled folders and how much of them to read, the path scored (``--batch``), and which
    ``unit``s to run (``--only``, by their ``named``), list and write for grouping_errors.py."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("dirs", type=pathlib.Path, nargs="+")
    parser.add_argument("--programs", type=int, default=0, help="read about this many files (0: all)")
    parser.add_argument("--lines", type=int, default=400, help="first lines of each file (0: all)")
    parser.add_argument("--batch", type=int, default=512, help="records per add_batch (0: add one at a time)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="", help=f"{unit}s whose {named} holds this text")
    parser.add_argument("--worst", type=int, default=3, help=f"programs listed per {unit}")
    parser.add_argument("--write", type=pathlib.Path,
                        help=f"write the programs under the first {unit} --only selects, as labelled "
                             "files in this folder (for grouping_errors.py), and stop")
    return parser


def main() -> None:
    parser = bench_parser(__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("single", "random"), default="single")
    parser.add_argument("--compositions", type=int, default=60, help="random mode: heads drawn")
    args = parser.parse_args()
    data = _programs(args.dirs, args.programs, args.lines)
    if args.write:
        comps = [c for c in single_variants() if args.only in c.title()] if args.mode == "single" else [
            c for c in (random_composition(random.Random(args.seed)) for _ in range(args.compositions))
            if args.only in c.title()]
        write(comps[0], data, args.write, args.seed)
        return
    bare = {name: composition_ga(None, rows, name, args.batch) for name, rows in data.items()}
    mean_bare = statistics.fmean(bare.values())
    print(f"{len(data)} programs, bare GA {mean_bare:.4f} (batch {args.batch}, {args.lines} lines)")
    if args.mode == "single":
        comps = single_variants()
    else:
        rng = random.Random(args.seed)
        comps = [random_composition(rng) for _ in range(args.compositions)]
    comps = [c for c in comps if args.only in c.title()]
    results: list[tuple[float, Composition, str]] = []
    for comp in comps:
        per = {}
        for name, rows in data.items():
            # each stream draws its own values; the composition is the one under test
            per[name] = composition_ga(comp, rows, f"{args.seed}/{name}", args.batch)
        delta = statistics.fmean(per.values()) - mean_bare
        worst = sorted(per, key=lambda n: per[n] - bare[n])[: args.worst]
        note = ", ".join(f"{n.rsplit('/', 1)[-1]} {bare[n]:.2f}->{per[n]:.2f}" for n in worst if per[n] < bare[n] - 0.005)
        results.append((delta, comp, note))
        print(f"  {delta:+.4f}  {comp.title()}", file=sys.stderr, flush=True)
    print(f"{'vs bare':>8}  composition (programs that lose most)")
    for delta, comp, note in sorted(results, key=lambda x: x[0]):
        print(f"{delta:+8.4f}  {comp.title()}" + (f"  ({note})" if note else ""))
    if args.mode == "random":
        _attribute(results)


def _attribute(results: Sequence[tuple[float, Composition, str]]) -> None:
    """The mean loss of the compositions holding each kind, spelling, wrap, separator and count."""
    holding: dict[str, list[float]] = collections.defaultdict(list)
    for delta, comp, _ in results:
        keys = {f"sep {comp.sep}", f"last {comp.last}", f"{len(comp.parts)} fields"}
        for p in comp.parts:
            keys |= {f"kind {p.kind}", f"{p.kind}:{p.spelling}", f"{p.kind}/{p.wrap}"}
        for key in keys:
            holding[key].append(delta)
    overall = statistics.fmean(d for d, _, _ in results)
    losing = sum(1 for d, _, _ in results if d < -LOSS) / len(results)
    print(f"\nmean loss over {len(results)} compositions {overall:+.4f}, {losing:.0%} lose more than {LOSS}; "
          "by element (compositions holding it: mean, median, share losing more than it, count):")
    for key, deltas in sorted(holding.items(), key=lambda kv: statistics.fmean(kv[1])):
        share = sum(1 for d in deltas if d < -LOSS) / len(deltas)
        print(f"{statistics.fmean(deltas):+8.4f} {statistics.median(deltas):+8.4f} {share:5.0%} {len(deltas):4d}  {key}")


LOSS = 0.01  # a composition that loses more than this against the bare messages loses


if __name__ == "__main__":
    main()
