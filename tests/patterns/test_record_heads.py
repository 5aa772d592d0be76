"""A catalogue of the record heads that widely used logging libraries print by default (or
in the layouts their documentation shows first), each rendered around invented call sites.

For every layout, one miner reads the lines of six call sites interleaved, each line with
its own time, process, thread or request id (the head's values) and its own message values:

- the lines of one call site get one id, and different call sites different ids (two call
  sites with one message but two loggers are two call sites: a logger is the class or
  module that logs);
- the template keeps the message's words and the logger's name.

The texts are invented (no program's or library's messages); the layouts are the libraries'
documented ones, named beside each. A layout the miner does not read yet is marked
``xfail`` with what goes wrong, so that fixing it shows (strict).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from otlp_sampler.patterns import PatternMiner

Render = Callable[[str, str, str, random.Random], str]


@dataclass(frozen=True)
class Layout:
    name: str
    language: str
    render: Render  # (level, logger, message, rng) -> the record's text
    loggers: tuple[str, str] | None  # two loggers' names as the layout prints them; None: none printed
    levels: dict[str, str] = field(default_factory=dict)  # level -> how the layout writes it


_PATHS = [
    "/var/lib/app/data.db",
    "/etc/app/config.yaml",
    "/srv/cache/index.bin",
    "/tmp/upload-7.part",
    "/home/ops/reports/q3.csv",
]
_CAUSES = [
    "permission denied",
    "no such file or directory",
    "connection refused",
    "input/output error",
    "device or resource busy",
]
_USERS = ["bob", "alice", "carol", "dave", "erin", "mallory"]


def _ip(rng: random.Random) -> str:
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


# Six call sites: (level, which logger, message). Sites 0 and 5 print one message from two
# loggers: two call sites whenever the layout prints the logger.
_SITES: list[tuple[str, int, Callable[[random.Random], str]]] = [
    ("INFO", 0, lambda r: f"Started server on port {r.randint(1024, 65000)}"),
    ("ERROR", 0, lambda r: f"Failed to open {r.choice(_PATHS)}: {r.choice(_CAUSES)}"),
    ("WARN", 1, lambda r: f"Cache stats: hits={r.randint(0, 9999)} misses={r.randint(0, 999)}"),
    ("INFO", 1, lambda r: f"User {r.choice(_USERS)} logged in from {_ip(r)}"),
    ("DEBUG", 0, lambda r: f"Flushing {r.randint(2, 900)} records to {r.choice(_PATHS)}"),
    ("INFO", 1, lambda r: f"Started server on port {r.randint(1024, 65000)}"),
]
_SITE_WORDS = [
    ["Started", "server", "port"],
    ["Failed", "open"],
    ["Cache", "stats", "hits", "misses"],
    ["logged", "in", "from"],
    ["Flushing", "records"],
    ["Started", "server", "port"],
]
_LINES_PER_SITE = 6


def _t(rng: random.Random) -> tuple[int, int, int, int, int]:
    """A random day, hour, minute, second and microsecond."""
    return (
        rng.randint(1, 28),
        rng.randint(0, 23),
        rng.randint(0, 59),
        rng.randint(0, 59),
        rng.randint(0, 999999),
    )


def _iso(rng: random.Random, zone: str = "Z", digits: int = 3) -> str:
    d, h, m, s, us = _t(rng)
    return f"2026-03-{d:02d}T{h:02d}:{m:02d}:{s:02d}.{str(us).zfill(6)[:digits]}{zone}"


def _space(rng: random.Random, sep: str = ",") -> str:
    d, h, m, s, us = _t(rng)
    return f"2026-03-{d:02d} {h:02d}:{m:02d}:{s:02d}{sep}{us // 1000:03d}"


def _clock(rng: random.Random) -> str:
    _, h, m, s, us = _t(rng)
    return f"{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}"


def _syslog_time(rng: random.Random) -> str:
    d, h, m, s, _ = _t(rng)
    return f"Mar {d:2d} {h:02d}:{m:02d}:{s:02d}"


def _pid(rng: random.Random) -> int:
    return rng.randint(100, 99999)


def _thread(rng: random.Random) -> str:
    return rng.choice(
        [
            "main",
            "http-nio-8080-exec-3",
            "pool-2-thread-7",
            "worker-12",
            "scheduler-1",
            "ForkJoinPool.commonPool-worker-5",
        ]
    )


_JAVA = ("com.example.server.HttpServer", "com.example.cache.CacheManager")
_PY = ("app.server", "app.cache")
_RUST = ("my_app::server", "my_app::cache")
_TAG = ("HttpServer", "CacheManager")
_DOTNET = ("Example.Server.HttpServer", "Example.Cache.CacheManager")

# How layouts write the levels (the sites use INFO, ERROR, WARN, DEBUG).
_UPPER = {"INFO": "INFO", "ERROR": "ERROR", "WARN": "WARN", "DEBUG": "DEBUG"}
_LOWER = {k: v.lower() for k, v in _UPPER.items()}
_LETTER = {k: k[0] for k in _UPPER}
_THREE = {"INFO": "INF", "ERROR": "ERR", "WARN": "WRN", "DEBUG": "DBG"}
_PYTHON = {"INFO": "INFO", "ERROR": "ERROR", "WARN": "WARNING", "DEBUG": "DEBUG"}
# A TTY formatter's colour before the level (SGR: red, yellow, green, blue), reset after it
_COLOUR = {"INFO": "\x1b[32m", "ERROR": "\x1b[31m", "WARN": "\x1b[33m", "DEBUG": "\x1b[34m"}
_SYSLOG = {"INFO": "info", "ERROR": "err", "WARN": "warning", "DEBUG": "debug"}
_NAMES = {"INFO": "Information", "ERROR": "Error", "WARN": "Warning", "DEBUG": "Debug"}
_MEL = {"INFO": "info", "ERROR": "fail", "WARN": "warn", "DEBUG": "dbug"}
_PG = {"INFO": "LOG", "ERROR": "ERROR", "WARN": "WARNING", "DEBUG": "DEBUG1"}
_REDIS = {"INFO": "*", "ERROR": "#", "WARN": "#", "DEBUG": "."}
_ERLANG = {"INFO": "info", "ERROR": "error", "WARN": "warning", "DEBUG": "debug"}
_NGINX = {"INFO": "info", "ERROR": "error", "WARN": "warn", "DEBUG": "debug"}
_SEVERITY = {"INFO": "6", "ERROR": "3", "WARN": "4", "DEBUG": "7"}


def _lv(table: dict[str, str]) -> Callable[[str], str]:
    return table.__getitem__


LAYOUTS: list[Layout] = [
    # --- Java
    Layout(
        "log4j2 PatternLayout %d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg",
        "Java",
        lambda lv, lg, msg, r: f"{_clock(r)} [{_thread(r)}] {lv:<5} {lg} - {msg}",
        _JAVA,
    ),
    Layout(
        "log4j2 PatternLayout %d [%t] %highlight{%-5level} %logger{36} - %msg (ANSI colours)",
        "Java",
        lambda lv, lg, msg, r: f"{_clock(r)} [{_thread(r)}] {_COLOUR[lv]}{lv:<5}\x1b[m {lg} - {msg}",
        _JAVA,
    ),
    Layout(
        "log4j PatternLayout %p %t - %c - %m (an unbracketed thread, dashes around the logger)",
        "Java",
        lambda lv, lg, msg, r: f"{lv} {_thread(r)} - {lg} - {msg}",
        _JAVA,
    ),
    Layout(
        "log4j PatternLayout %d [%t] [%p] %c - %m (a thread in brackets before the level's)",
        "Java",
        lambda lv, lg, msg, r: f"{_clock(r)} [{_thread(r)}] [{lv}] {lg} - {msg}",
        _JAVA,
    ),
    Layout(
        "logback TTLLLayout %d [%thread] %-5level %logger{36} -- %msg",
        "Java",
        lambda lv, lg, msg, r: f"{_clock(r)} [{_thread(r)}] {lv:<5} {lg} -- {msg}",
        _JAVA,
    ),
    Layout(
        "log4j 1 TTCC %r [%t] %-5p %c %x - %m",
        "Java",
        lambda lv, lg, msg, r: f"{r.randint(0, 99999)} [{_thread(r)}] {lv:<5} {lg}  - {msg}",
        _JAVA,
    ),
    Layout(
        "Spring Boot console (3.x)",
        "Java",
        lambda lv, lg, msg, r: (
            f"{_iso(r, '+00:00')} {lv:>5} {_pid(r)} --- [orders] "
            f"[{_thread(r):>15}] {lg:<40}"
            f" : {msg}"
        ),
        ("o.e.s.HttpServer", "o.e.c.CacheManager"),
    ),
    Layout(
        "java.util.logging SimpleFormatter (one-line format %1$tF %1$tT %4$s %2$s %5$s)",
        "Java",
        lambda lv, lg, msg, r: (
            f"{_space(r, '')[:19]} {_PYTHON[lv] if lv != 'DEBUG' else 'FINE'} {lg} run {msg}"
        ),
        _JAVA,
    ),
    Layout(
        "Jetty 9 StdErrLog <time>:<LEVEL>:<abbreviated logger>:<thread>: <message>",
        "Java",
        lambda lv, lg, msg, r: f"{_space(r, '.')}:{lv}:{lg}:{_thread(r)}: {msg}",
        ("oejs.HttpServer", "oejc.CacheManager"),
    ),
    # --- Python
    Layout(
        "Python logging BASIC_FORMAT %(levelname)s:%(name)s:%(message)s",
        "Python",
        lambda lv, lg, msg, r: f"{_PYTHON[lv]}:{lg}:{msg}",
        _PY,
    ),
    Layout(
        "Python logging %(asctime)s - %(name)s - %(levelname)s - %(message)s",
        "Python",
        lambda lv, lg, msg, r: f"{_space(r)} - {lg} - {_PYTHON[lv]} - {msg}",
        _PY,
    ),
    Layout(
        "Django verbose {levelname} {asctime} {module} {process:d} {thread:d} {message}",
        "Python",
        lambda lv, lg, msg, r: f"{_PYTHON[lv]} {_space(r)} {lg} {_pid(r)} {r.randint(10**14, 10**15)} {msg}",
        ("server", "cache"),
    ),
    Layout(
        "Python logging %(levelname)s {%(filename)s:%(lineno)d} %(message)s",
        "Python",
        lambda lv, lg, msg, r: f"{_PYTHON[lv]} {{{lg}}} {msg}",
        ("server.py:{line}", "cache.py:{line}"),
    ),
    Layout(
        "gunicorn error log [%(asctime)s] [%(process)d] [%(levelname)s] %(message)s",
        "Python",
        lambda lv, lg, msg, r: f"[{_space(r, '')[:19]} +0000] [{_pid(r)}] [{_PYTHON[lv]}] {msg}",
        None,
    ),
    # --- Go
    Layout(
        "Go log LstdFlags|Lshortfile",
        "Go",
        lambda lv, lg, msg, r: f"2026/03/{r.randint(1, 28):02d} {_clock(r)[:8]} {lg}: {msg}",
        ("server.go:{line}", "cache.go:{line}"),
    ),
    Layout(
        "log/slog TextHandler",
        "Go",
        lambda lv, lg, msg, r: f'time={_iso(r)} level={lv} source={lg} msg="{msg}"',
        ("server.go:{line}", "cache.go:{line}"),
    ),
    Layout(
        "zap development console encoder",
        "Go",
        lambda lv, lg, msg, r: f"{_iso(r)}\t{lv}\t{lg}\t{msg}",
        ("server/server.go:{line}", "cache/cache.go:{line}"),
    ),
    Layout(
        "zap development console encoder, coloured levels (CapitalColorLevelEncoder)",
        "Go",
        lambda lv, lg, msg, r: f"{_iso(r)}\t{_COLOUR[lv]}{lv}\x1b[0m\t{lg}\t{msg}",
        ("server/server.go:{line}", "cache/cache.go:{line}"),
    ),
    Layout(
        "logrus TextFormatter (no TTY)",
        "Go",
        lambda lv, lg, msg, r: f'time="{_iso(r)[:19]}Z" level={lv.lower()} msg="{msg}" component={lg}',
        ("server", "cache"),
    ),
    Layout(
        "zerolog ConsoleWriter with caller",
        "Go",
        lambda lv, lg, msg, r: f"{r.randint(1, 12)}:{r.randint(10, 59)}PM {_THREE[lv]} {lg} > {msg}",
        ("server.go:{line}", "cache.go:{line}"),
    ),
    Layout(
        "klog / glog Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg",
        "Go/C++",
        lambda lv, lg, msg, r: (
            f"{lv[0]}03{r.randint(10, 28)} {_clock(r)}{r.randint(100, 999)} "
            f"{r.randint(1, 99999):7d} {lg}] {msg}"
        ),
        ("server.go:{line}", "cache.go:{line}"),
    ),
    Layout(
        "hclog [LEVEL]  name: msg",
        "Go",
        lambda lv, lg, msg, r: f"{_iso(r, '-0700')} [{lv}]  {lg}: {msg}",
        ("server", "cache"),
    ),
    # --- Rust
    Layout(
        "env_logger default [time LEVEL target] msg",
        "Rust",
        lambda lv, lg, msg, r: f"[{_iso(r)[:19]}Z {lv:<5} {lg}] {msg}",
        _RUST,
    ),
    Layout(
        "tracing-subscriber fmt full, with a span",
        "Rust",
        lambda lv, lg, msg, r: f"{_iso(r, 'Z', 6)} {lv:>5} request{{id={r.randint(1, 9999)}}}: {lg}: {msg}",
        _RUST,
    ),
    Layout(
        "tracing-subscriber fmt full, ANSI (a TTY)",
        "Rust",
        lambda lv, lg, msg, r: (
            f"\x1b[2m{_iso(r, 'Z', 6)}\x1b[0m {_COLOUR[lv]}{lv:>5}\x1b[0m "
            f"\x1b[2m{lg}\x1b[0m\x1b[2m:\x1b[0m {msg}"
        ),
        _RUST,
    ),
    Layout(
        "tracing-subscriber fmt full, with_thread_ids(true)",
        "Rust",
        lambda lv, lg, msg, r: f"{_iso(r, 'Z', 6)} {lv:>5} ThreadId({r.randint(1, 40):02d}) {lg}: {msg}",
        _RUST,
    ),
    Layout(
        "tracing-subscriber fmt compact, with a span",
        "Rust",
        lambda lv, lg, msg, r: f"{_iso(r, 'Z', 6)} {lv:>5} request: {lg}: {msg} id={r.randint(1, 9999)}",
        _RUST,
    ),
    Layout(
        "log4rs default {d} {l} {t} - {m}",
        "Rust",
        lambda lv, lg, msg, r: f"{_iso(r, '+00:00', 6)} {lv} {lg} - {msg}",
        _RUST,
    ),
    # --- Android, Apple
    Layout(
        "Android logcat brief",
        "Java/Kotlin",
        lambda lv, lg, msg, r: f"{lv[0]}/{lg}({_pid(r):5d}): {msg}",
        _TAG,
    ),
    Layout(
        "Android logcat threadtime",
        "Java/Kotlin",
        lambda lv, lg, msg, r: (
            f"03-{r.randint(10, 28)} {_clock(r)} {_pid(r):5d} {_pid(r):5d} {lv[0]} {lg}: {msg}"
        ),
        _TAG,
    ),
    Layout(
        "NSLog",
        "Objective-C",
        lambda lv, lg, msg, r: f"{_space(r, '.')} {lg}[{_pid(r)}:{r.randint(10**5, 10**7)}] {msg}",
        ("OrdersApp", "CacheDaemon"),
    ),
    Layout(
        "swift-log StreamLogHandler",
        "Swift",
        lambda lv, lg, msg, r: (
            f"{_iso(r, '+0000')[:19]}+0000 {lv.lower()} {lg} : [request-id: {r.randint(10**5, 10**6)}] {msg}"
        ),
        ("com.example.server", "com.example.cache"),
    ),
    # --- .NET
    Layout(
        "Serilog console [{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message}",
        ".NET",
        lambda lv, lg, msg, r: f"[{_clock(r)[:8]} {_THREE[lv]}] {lg}: {msg}",
        _DOTNET,
    ),
    Layout(
        "NLog default ${longdate}|${level:uppercase=true}|${logger}|${message}",
        ".NET",
        lambda lv, lg, msg, r: f"{_space(r, '.')}|{lv}|{lg}|{msg}",
        _DOTNET,
    ),
    Layout(
        "Microsoft.Extensions.Logging simple console, single line",
        ".NET",
        lambda lv, lg, msg, r: f"{_MEL[lv]}: {lg}[{r.choice([0, 0, 0])}] {msg}",
        _DOTNET,
    ),
    Layout(
        "log4net PatternLayout [%thread] %-5level - [%logger] %message (the logger bracketed after the dash)",
        ".NET",
        lambda lv, lg, msg, r: f"[{r.randint(1, 9999)}] {lv:<5} - [{lg}] {msg}",
        _DOTNET,
    ),
    # --- PHP, Ruby
    Layout(
        "Monolog LineFormatter [%datetime%] %channel%.%level_name%: %message% %context% %extra%",
        "PHP",
        lambda lv, lg, msg, r: (
            f"[{_iso(r, '+00:00', 6)}] {lg}.{lv if lv != 'WARN' else 'WARNING'}: {msg} [] []"
        ),
        ("server", "cache"),
    ),
    Layout(
        "Ruby Logger default",
        "Ruby",
        lambda lv, lg, msg, r: f"{lv[0]}, [{_iso(r, '', 6)} #{_pid(r)}] {lv:>5} -- {lg}: {msg}",
        ("server", "cache"),
    ),
    Layout(
        "Rails TaggedLogging with the request id",
        "Ruby",
        lambda lv, lg, msg, r: f"[{r.getrandbits(128):032x}] {msg}",
        None,
    ),
    # --- Elixir, Erlang
    Layout(
        "Elixir Logger console $time $metadata[$level] $message",
        "Elixir",
        lambda lv, lg, msg, r: f"{_clock(r)} request_id={r.getrandbits(64):016x} [{lv.lower()}] {msg}",
        None,
    ),
    Layout(
        "Erlang logger_formatter default template",
        "Erlang",
        lambda lv, lg, msg, r: f"{_iso(r, '+00:00', 6)} {_ERLANG[lv]}: {msg}",
        None,
    ),
    # --- JavaScript
    Layout(
        "winston format.simple()",
        "JavaScript",
        lambda lv, lg, msg, r: f'{lv.lower()}: {msg} {{"service":"{lg}"}}',
        ("orders-api", "cache-svc"),
    ),
    Layout(
        "pino-pretty [time] LEVEL (name/pid): msg",
        "JavaScript",
        lambda lv, lg, msg, r: f"[{_clock(r)}] {lv} ({lg}/{_pid(r)}): {msg}",
        ("orders", "cache"),
    ),
    Layout(
        "bunyan CLI [time] LEVEL: name/pid on host: msg",
        "JavaScript",
        lambda lv, lg, msg, r: (
            f"[{_iso(r)}] {lv:>5}: {lg}/{_pid(r)} on {r.choice(['web-1', 'web-2'])}: {msg}"
        ),
        ("orders", "cache"),
    ),
    Layout(
        "log4js default [time] [LEVEL] category - msg",
        "JavaScript",
        lambda lv, lg, msg, r: f"[{_iso(r, '')}] [{lv}] {lg} - {msg}",
        ("server", "cache"),
    ),
    # --- system loggers and servers (C)
    Layout(
        "syslog RFC 3164 with PRI",
        "C",
        lambda lv, lg, msg, r: f"<{_SEVERITY[lv]}>{_syslog_time(r)} host1 {lg}[{_pid(r)}]: {msg}",
        ("ordersd", "cached"),
    ),
    Layout(
        "syslog RFC 5424",
        "C",
        lambda lv, lg, msg, r: f"<1{_SEVERITY[lv]}>1 {_iso(r)} host1 {lg} {_pid(r)} - - {msg}",
        ("ordersd", "cached"),
    ),
    Layout(
        "journalctl -o short-iso",
        "C",
        lambda lv, lg, msg, r: f"{_iso(r, '+0000')[:19]}+0000 host1 {lg}[{_pid(r)}]: {msg}",
        ("ordersd", "cached"),
    ),
    Layout(
        "nginx error_log",
        "C",
        lambda lv, lg, msg, r: (
            f"2026/03/{r.randint(1, 28):02d} {_clock(r)[:8]} [{_NGINX[lv]}] "
            f"{_pid(r)}#{r.randint(0, 9)}: *{r.randint(1, 9999)} {msg}"
        ),
        None,
    ),
    Layout(
        "Apache httpd 2.4 error log",
        "C",
        lambda lv, lg, msg, r: (
            f"[Tue Mar {r.randint(10, 28)} {_clock(r)}{r.randint(100, 999)} 2026] "
            f"[{lg}:{_NGINX[lv]}] [pid {_pid(r)}:tid "
            f"{r.randint(10**14, 10**15)}] {msg}"
        ),
        ("core", "cache"),
    ),
    Layout(
        "PostgreSQL log_line_prefix '%m [%p] '",
        "C",
        lambda lv, lg, msg, r: f"{_space(r, '.')} UTC [{_pid(r)}] {_PG[lv]}:  {msg}",
        None,
    ),
    Layout(
        "Redis pid:role time level msg",
        "C",
        lambda lv, lg, msg, r: f"{_pid(r)}:M {r.randint(10, 28)} Mar 2026 {_clock(r)} {_REDIS[lv]} {msg}",
        None,
    ),
    # --- C++, Zig, Nim, Crystal, Dart
    Layout(
        "spdlog default [time] [logger] [level] msg",
        "C++",
        lambda lv, lg, msg, r: f"[{_space(r, '.')}] [{lg}] [{lv.lower()}] {msg}",
        ("server", "cache"),
    ),
    Layout(
        "Qt default message pattern %{category}: %{message}",
        "C++",
        lambda lv, lg, msg, r: f"{lg}: {msg}",
        ("app.server", "app.cache"),
    ),
    Layout(
        "Zig std.log default level(scope): msg",
        "Zig",
        lambda lv, lg, msg, r: f"{_LOWER[lv].replace('warn', 'warning')}({lg}): {msg}",
        ("server", "cache"),
    ),
    Layout(
        "Nim Chronicles textlines",
        "Nim",
        lambda lv, lg, msg, r: (
            f'{_THREE[lv][:3]} {_space(r, ".")}+00:00 {msg:<40} topics="{lg}" tid={_pid(r)}'
        ),
        ("server", "cache"),
    ),
    Layout(
        "Crystal Log default formatter",
        "Crystal",
        lambda lv, lg, msg, r: f"{_iso(r, 'Z', 6)} {lv.replace('WARN', 'WARN'):>6} - {lg}: {msg}",
        ("app.server", "app.cache"),
    ),
    Layout(
        "Dart logging with the usual onRecord print",
        "Dart",
        lambda lv, lg, msg, r: (
            f"[{lg}] {lv.replace('WARN', 'WARNING').replace('DEBUG', 'FINE')}: {_space(r, '.')}: {msg}"
        ),
        ("Server", "Cache"),
    ),
]

# Layouts the miner does not read yet, and what goes wrong (see the module docstring).
_KNOWN: dict[str, str] = {
    'Python logging BASIC_FORMAT %(levelname)s:%(name)s:%(message)s':
        "a name and a colon after the level's colon are as often the message's subject (rclone's "
        'INFO  : photos/a.jpg: Copied), so the logger there is not read as one',
    'logrus TextFormatter (no TTY)':
        "a logger key's value (component=…) is read as a value",
    'NSLog':
        'a process name glued to its [pid:tid], with no level: not read as a head',
    'winston format.simple()':
        'the logger is in the trailing metadata ({"service":…}), read as a value',
    'bunyan CLI [time] LEVEL: name/pid on host: msg':
        'a name glued to its pid (orders/<*>) is a stem around a value',
    'Qt default message pattern %{category}: %{message}':
        'no level: a category and its colon are a leading name',
    'Nim Chronicles textlines':
        "a failure's cause runs over the record's trailing fields (topics=… tid=…)",
    'Dart logging with the usual onRecord print':
        'a logger alone in brackets before the level is read as a tag',
}


def _logger(layout: Layout, site: int) -> str:
    """The logger's name a site prints; a code location names its own line (``{line}``)."""
    if not layout.loggers:
        return ""
    return layout.loggers[_SITES[site][1]].format(line=40 + 7 * site)


def _mine(layout: Layout, seed: int = 0) -> tuple[PatternMiner, list[list[str]]]:
    """One miner fed the layout's lines of all sites interleaved; the ids per site."""
    rng = random.Random(f"{layout.name}/{seed}")
    work = [site for site in range(len(_SITES)) for _ in range(_LINES_PER_SITE)]
    rng.shuffle(work)
    miner = PatternMiner()
    ids: list[list[str]] = [[] for _ in _SITES]
    for site in work:
        level, _, message = _SITES[site]
        logger = _logger(layout, site)
        ids[site].append(miner.add(layout.render(level, logger, message(rng), rng)))
    return miner, ids


def _problems(layout: Layout, seed: int = 0) -> list[str]:
    miner, ids = _mine(layout, seed)
    problems = []
    sites = range(len(_SITES)) if layout.loggers else range(len(_SITES) - 1)  # (5 is 0 without a logger)
    for site in sites:
        if len(set(ids[site])) != 1:
            problems.append(f"site {site} split in {len(set(ids[site]))}")
    owners: dict[str, int] = {}
    for site in sites:
        for pid in set(ids[site]):
            if pid in owners and owners[pid] != site:
                problems.append(f"sites {owners[pid]} and {site} merged")
            owners.setdefault(pid, site)
    for site in sites:
        template = miner.template(ids[site][-1]) or ""
        missing = [w for w in _SITE_WORDS[site] if w not in template]
        if layout.loggers:
            name = _logger(layout, site)
            if name not in template:
                missing.append(name)
        if missing:
            problems.append(f"site {site} template {template!r} lacks {missing}")
    return problems


def test_the_catalogue_is_broad() -> None:
    assert len(LAYOUTS) >= 30
    assert len({layout.language for layout in LAYOUTS}) >= 12


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(
            layout,
            id=layout.name,
            marks=[pytest.mark.xfail(reason=_KNOWN[layout.name], strict=True)]
            if layout.name in _KNOWN
            else [],
        )
        for layout in LAYOUTS
    ],
)
def test_one_id_per_call_site(layout: Layout) -> None:
    assert _problems(layout) == []


def test_known_failures_are_layouts() -> None:
    assert set(_KNOWN) <= {layout.name for layout in LAYOUTS}



def test_a_message_after_glued_head_fields_is_no_cause() -> None:
    """A level, then fields glued by colons (Jetty's ``DEBUG:oejs.Server:main: <message>``):
    the message after the chain's last colon is the event, not the cause of an operation
    the head names. Before the thread's index is known to vary, a message that reads as a
    failure must not make the head's fields a key under which the next call site's words
    fold into one value (each call site keeps its words and its first lines' id)."""
    rng = random.Random(7)
    threads = ["main", "UploadsQueue", "reports-worker", "Scanner", "ledger-queue", "Reaper"]
    sites = [
        lambda: f"DEBUG:oejr.Resolver:{rng.choice(threads)}: Input cannot be converted to URI "
                f'"{rng.choice(_USERS)}"',
        lambda: f"DEBUG:oejs.TlsFactory:{rng.choice(threads)}: managers=[{rng.choice(_USERS)}] "
                f"for https://{_ip(rng)}/",
        lambda: f"WARN :oejp.Store:{rng.choice(threads)}: Unable to unbind {rng.choice(_PATHS)}",
    ]
    miner = PatternMiner()
    ids: list[set[str]] = [set() for _ in sites]
    for _ in range(4):
        for site, render in enumerate(sites):
            ids[site].add(miner.add(render()))
    assert [len(found) for found in ids] == [1, 1, 1]
    assert len(set.union(*ids)) == 3
    assert "managers=" in (miner.template(next(iter(ids[1]))) or "")
    assert "Unable to unbind" in (miner.template(next(iter(ids[2]))) or "")



@pytest.mark.parametrize("head", ["[2026-03-04T10:00:00.000000+00:00] app.DEBUG:", "DEBUG:"])
def test_a_subsystem_tag_after_the_level_is_the_head(head: str) -> None:
    """A tag in capitals and its colon after the level's (Monolog's ``app.DEBUG: CAMPAIGN:
    <message>``, ``ERROR: SSL: <message>``) names the part that logs: the messages after
    it are its events, one call site each, not causes of one operation folded into one."""
    rng = random.Random(3)
    sites = [
        lambda: f"Event {rng.randint(1, 999)} to be executed on {rng.randint(10**9, 2 * 10**9)}",
        lambda: f"Contact {rng.choice(_USERS)} failed evaluation for event {rng.randint(1, 99)}",
        lambda: f"Adding interval of {rng.randint(1, 60)} to {rng.choice(_USERS)}",
        lambda: f"Cannot open {rng.choice(_PATHS)}: {rng.choice(_CAUSES)}",
    ]
    miner = PatternMiner()
    ids: list[set[str]] = [set() for _ in sites]
    for _ in range(4):
        for site, render in enumerate(sites):
            ids[site].add(miner.add(f"{head} CAMPAIGN: {render()}"))
    assert [len(found) for found in ids] == [1] * len(sites)
    assert len(set.union(*ids)) == len(sites)


if __name__ == "__main__":  # a table of what each layout gets wrong, seeds 0-2
    for layout in LAYOUTS:
        for seed in range(3):
            found = _problems(layout, seed)
            if found:
                print(f"{layout.name} (seed {seed}):")
                for problem in found:
                    print("   ", problem)


def test_a_method_path_that_ends_the_record_after_the_level_colon() -> None:
    """A record whose whole message is a method's path (PHP's ``__METHOD__`` logged alone,
    ``info: App\\Core\\Runner::execute``): the head reader looks for a colon after the path
    and must stop at the record's end (an IndexError before), and two methods stay two."""
    miner = PatternMiner()
    first = miner.add("info: App\\Core\\Runner::executeAction")
    second = miner.add("info: App\\Core\\Runner::executeMiddleware")
    assert miner.add("info: App\\Core\\Runner::executeMiddleware") == second != first


def _site_ids(sites: list[Callable[[random.Random], str]], rounds: int = 4, seed: int = 5) -> list[set[str]]:
    """The ids each site's lines got, the sites' lines interleaved in one miner."""
    rng = random.Random(seed)
    miner = PatternMiner()
    ids: list[set[str]] = [set() for _ in sites]
    for _ in range(rounds):
        for site, render in enumerate(sites):
            ids[site].add(miner.add(render(rng)))
    return ids


def _one_id_each(ids: list[set[str]]) -> bool:
    return all(len(found) == 1 for found in ids) and len(set.union(*ids)) == len(ids)


def test_a_name_alone_after_the_heads_values_is_a_label() -> None:
    """A component's name and its colon after the head's values alone (Go's log: ``<date>
    <time> nomad: <message>``; hclog's names through it): a label, as the same name opening
    a bare message is (``nomad: <message>``), and each message after it is its own event,
    not the cause of an operation named ``nomad``."""
    def head(r: random.Random) -> str:
        return f"2026/03/{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}"

    ids = _site_ids([
        lambda r: f"{head(r)} ledger: no enabled schedulers",
        lambda r: f"{head(r)} ledger: registered periodic job: job={r.choice(_USERS)}-{r.randint(1, 40)}",
        lambda r: f'{head(r)} ledger: UpdateJobStability failed: error="{r.choice(_CAUSES)}"',
        lambda r: f"{head(r)} ledger: attempted to stop the leader loop while not running",
    ])
    assert _one_id_each(ids)


def test_a_state_after_a_value_that_opens_the_record_is_no_label() -> None:
    """A url, a host or an id that opens the record, then a state and its colon (``<url>
    OFFLINE: <cause>``): the value is the message's subject, not a head's time, and the
    state what befell it; the text after the colon is its cause, one value whatever its
    words, not each cause an event of a label named ``OFFLINE``."""
    reasons = [*_CAUSES, "invalid request body", "no healthy upstream"]

    def url(r: random.Random) -> str:
        return f"https://{_ip(r)}:{r.randint(80, 9000)}/{r.choice(['health', 'metrics', 'api/v1/orders'])}"

    for state in ("OFFLINE", "offline", "UNAVAILABLE"):
        ids = _site_ids([lambda r, state=state: f"{url(r)} {state}: {r.choice(reasons)}"], rounds=12)
        assert len(ids[0]) == 1, state


def test_a_name_after_a_value_that_is_no_time_is_that_things_event() -> None:
    """An id, a url, an address or a path that opens the record, then a name and its colon
    (``<sha> upload: <cause>``): the value is the message's subject, no head's time
    (masking.opens_with_time), and the name what befell it or what it did; the text after
    the colon is its cause, one value whatever its words."""
    reasons = [*_CAUSES, "invalid request body", "no healthy upstream"]
    subjects = [lambda r: f"{r.getrandbits(64):016x}",
                lambda r: f"https://{_ip(r)}:{r.randint(80, 9000)}/v1",
                lambda r: f"{_ip(r)}:{r.randint(1024, 65000)}", lambda r: r.choice(_PATHS)]
    for subject in subjects:
        ids = _site_ids([lambda r, subject=subject: f"{subject(r)} upload: {r.choice(reasons)}"], rounds=12)
        assert len(ids[0]) == 1, subject(random.Random(1))


def test_after_a_time_any_name_alone_is_a_label() -> None:
    """After the head's values when they open with a time, a name alone and its colon is read
    as a bare message reads it (``nomad: <message>``), whatever the name: a function's
    (C's ``__func__``: ``<time> handleServerEnd: <message>``, ``wait_for_input: …``), a verb's
    form (``disconnected: …``), a state (``OFFLINE: …``), a failure (``UnknownError: …``);
    each message after it is its own event."""
    def head(r: random.Random) -> str:
        clock = f"{r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}"
        return f"2026/03/{r.randint(1, 28):02d} {clock}"

    for name in ("handleServerEnd", "wait_for_input", "disconnected", "OFFLINE", "UnknownError"):
        ids = _site_ids([
            lambda r, name=name: f"{head(r)} {name}: buffer is empty",
            lambda r, name=name: f"{head(r)} {name}: input not empty",
            lambda r, name=name: f"{head(r)} {name}: peer reset the stream",
        ])
        assert _one_id_each(ids), name


def test_java_util_loggings_two_line_record() -> None:
    """java.util.logging's SimpleFormatter: ``Mar 04, 2026 2:32:34 PM <class> <method>`` on
    one line, ``<LEVEL>: <message>`` on the next. The 12-hour clock's half of the day is
    the time's (one call site logs in the morning and the afternoon), and SEVERE or FINE
    and their colon are the record's level, not an operation whose cause follows."""
    def head(r: random.Random) -> str:
        return (f"Mar {r.randint(1, 28):02d}, 2026 {r.randint(1, 12)}:{r.randint(10, 59)}:{r.randint(10, 59)} "
                f"{r.choice(['AM', 'PM'])} com.example.store.BlobStore put\n")

    ids = _site_ids([
        lambda r: f"{head(r)}SEVERE: Mismatching token in key authorization: {r.randint(1, 99)} instead of {_ip(r)}",
        lambda r: f"{head(r)}SEVERE: Skipping renewal of {r.choice(_USERS)} in dry-run mode.",
        lambda r: f"{head(r)}FINE: Adding include {r.choice(_PATHS)} to {r.choice(_PATHS)}",
        lambda r: f"{head(r)}FINE: Validator rejected {r.choice(_PATHS)} when prompting",
    ])
    assert _one_id_each(ids)


def test_a_kind_and_its_name_in_a_heads_bracket_keep_the_kind() -> None:
    """A tag of the head that names what the message is about by its kind and its name
    (``INF [stream <name>] <message>``, ``ERR [HTTP] [conn <name>] <message>``): the name is a
    value whatever its shape (``orders-7``, ``billing``, ``api.gateway``), the kind the call
    site's, so one call site gets one id, not one for the names a list of two names reads
    whole (``[<*>]``) and one for the plain words (``[stream <*>]``)."""
    names = ["orders-7", "billing", "api.gateway", "ledger_db", "alpha", "eu-west", "reports"]

    def name(r: random.Random) -> str:
        return r.choice(names)

    ids = _site_ids([
        lambda r: f"INF [stream {name(r)}] source is ready",
        lambda r: f"INF [stream {name(r)}] reader attached from {_ip(r)}",
        lambda r: f"ERR [HTTP] [conn {name(r)}] closed: {r.choice(_CAUSES)}",
        lambda r: f"INF [HTTP] [conn {name(r)}] opened",
    ], rounds=8)
    assert _one_id_each(ids)


def test_a_tag_in_brackets_after_the_levels_marks_opens_the_message() -> None:
    """Ruby's Logger tagged by Rails (``I, [<time> #<pid>]  INFO -- : [<request id>]
    <message>``): the bracket after the level's marks is a tag of every message, and what
    follows it is the message itself, however much it reads as a failure, not a cause after
    an error's class or peer in brackets."""
    def head(r: random.Random) -> str:
        return (f"E, [2026-03-{r.randint(1, 28):02d}T10:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(10**5, 10**6 - 1)}"
                f" #{r.randint(100, 99999)}] ERROR -- : [{r.getrandbits(128):032x}] ")

    ids = _site_ids([
        lambda r: f"{head(r)}Mark file: {r.choice(_PATHS)} as trash -- {r.choice(_CAUSES)}",
        lambda r: f"{head(r)}Encountered error while reading data from range del block {r.choice(_CAUSES)}",
        lambda r: f"{head(r)}Failed to get file size for external file {r.choice(_PATHS)}: {r.choice(_CAUSES)}",
        lambda r: f"{head(r)}ErrorHandler: Call StartRecoverFromRetryableBGIOError to resume",
    ])
    assert _one_id_each(ids)


def test_the_levels_letter_and_word_anchor_no_run() -> None:
    """Ruby's Logger (``E, [<time> #<pid>] ERROR -- : <message>``) prints the level's letter
    and the level: both every event's, so neither anchors a run of words after the head's
    colon. Two call sites whose messages end alike (``… error occurred: <cause>``) are two,
    not one template with a run at the message's start (``-- : <*> error occurred: <*>``)."""
    def head(r: random.Random) -> str:
        return (f"E, [2026-03-{r.randint(1, 28):02d}T10:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(10**5, 10**6 - 1)}"
                f" #{r.randint(100, 99999)}] ERROR -- : ")

    ids = _site_ids([
        lambda r: f"{head(r)}Index compaction worker error occurred: {r.choice(_CAUSES)}",
        lambda r: f"{head(r)}Mailbox sync error occurred: {r.choice(_CAUSES)}",
        lambda r: f"{head(r)}Snapshot writer failed due to an error: {r.choice(_CAUSES)}",
        lambda r: f"{head(r)}Queue drain failed due to an error: {r.choice(_CAUSES)}",
    ], rounds=6)
    assert _one_id_each(ids)


def test_one_reader_finds_where_the_heads_values_end() -> None:
    """``runs.head_values_end`` is the one reader of the head's values and marks (a time, a
    pid, a thread in brackets): where they end is where a level may open the record
    (``opening_level``), a level's letter and word (``_head_level_words``), or a level word's
    colon that opens the message (``_level_label_colon``)."""
    from otlp_sampler.patterns.runs import (
        _head_level_words,
        _head_values,
        _level_label_colon,
        head_values_end,
        opening_level,
    )
    from otlp_sampler.patterns.templates import kinds_of

    def read(text: str) -> tuple[list[str], list[int], int]:
        words = text.split()
        return words, kinds_of(words), len(words)

    # (text: where the values end, where the level opens, how many level words open it)
    heads = {
        "<*> [ <*> ] | ERROR - done": (5, 5, 1),
        "E , [ <*> #<*> ] ERROR -- : <*> failed": (0, -1, 2),  # (Ruby's letter, then the values)
        # near misses: a word before the level, a letter with no mark after it
        "<*> job ERROR - done": (1, -1, 0),
        "E <*> ERROR - done": (0, -1, 0),
    }
    for text, (values_end, level, level_words) in heads.items():
        words, kinds, end = read(text)
        assert (head_values_end(kinds, 0, end), opening_level(words, kinds, end),
                _head_level_words(words, kinds, end)) == (values_end, level, level_words), text
    _, kinds, _ = read("<*> [ <*> ] | ERROR - done")
    assert _head_values(kinds, 0, 5) and not _head_values(kinds, 0, 6)
    label, label_kinds, end = read("<*> WARN [ <*> ] Error : disk full")
    assert _level_label_colon(label, label_kinds, 2, end) == 6


def test_one_reader_reads_a_heads_bracketed_field_whole() -> None:
    """``runs._field_end`` reads a field of the head in brackets whole, whatever it holds, for
    each walk that reads a head (``_header_tags``, ``_values_and_tags``, ``_class_label``);
    a bracket not closed before the place asked is no field, and the walk finds no head."""
    from otlp_sampler.patterns.runs import _field_end, _header_tags, _values_and_tags
    from otlp_sampler.patterns.templates import kinds_of

    words = "[ <*> ] [ gzip ] < <*> ( func ) > unexpected".split()
    assert [_field_end(words, at, len(words)) for at in (0, 3, 6)] == [3, 6, 12]
    assert _header_tags(words, 12) and _values_and_tags(words, kinds_of(words), 12)
    # near misses: a bracket closed only after the place asked, a word between the fields
    assert _field_end(words, 6, 11) == -1 and not _header_tags(words, 11)
    worded = "[ <*> ] sync [ gzip ] done".split()
    assert not _header_tags(worded, 7) and not _values_and_tags(worded, kinds_of(worded), 7)


def test_the_message_opens_after_syslogs_process_tag() -> None:
    """syslog's and journald's head ends with the program's name, its pid in brackets and a
    colon (``<time> host app[<pid>]: <message>``). What opens the message there is the
    message's, as at the record's start: a source location in brackets (``[src/server.c:
    <line>] Failed to …``) is no error's class before its cause, a part's tag (``amqp plugin:
    …``) no operation, and a quoted message alone in brackets (TiKV's ``["…"]
    [thread_id=<n>]``) is the event's text, not a value."""
    def head(r: random.Random) -> str:
        return f"Mar {r.randint(1, 28):2d} {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} host1 ordersd[{r.randint(100, 99999)}]: "

    ids = _site_ids([
        lambda r: f"{head(r)}[src/server.c:595] Failed to create activation",
        lambda r: f"{head(r)}[src/input/seat.c:466] Failed to allocate a drag icon",
        lambda r: f"{head(r)}[src/server.c:279] Could not create renderer",
        lambda r: f"{head(r)}amqp plugin: wait_frame failed: {r.choice(_CAUSES)}",
        lambda r: f"{head(r)}tail_csv plugin: Option `{r.randint(1, 999)}' not allowed here.",
        lambda r: f'{head(r)}["start register debug service"] [thread_id={r.randint(1, 40)}]',
        lambda r: f'{head(r)}["server closed the connection unexpectedly"] [thread_id={r.randint(1, 40)}]',
    ])
    assert _one_id_each(ids)


def test_the_message_opens_after_a_value_and_its_colon_that_end_the_head() -> None:
    """bunyan's CLI ends its head with the host and a colon (``[<time>]  INFO: app/<pid> on
    web-1: <message>``): a part's tag after it (``amqp plugin: …``) is no operation, and a
    source location in brackets there (``[src/server.c:<line>] Failed to …``) is no error's
    class before its cause, as after syslog's ``app[<pid>]:``."""
    def head(r: random.Random) -> str:
        return f"[2026-03-{r.randint(1, 28):02d}T10:{r.randint(10, 59)}:{r.randint(10, 59)}.123Z]  INFO: orders/{r.randint(100, 99999)} on web-{r.randint(1, 9)}: "

    ids = _site_ids([
        lambda r: f"{head(r)}[src/server.c:595] Failed to create activation",
        lambda r: f"{head(r)}[src/input/seat.c:466] Failed to allocate a drag icon",
        lambda r: f"{head(r)}amqp plugin: wait_frame failed: {r.choice(_CAUSES)}",
        lambda r: f"{head(r)}tail_csv plugin: Option `{r.randint(1, 999)}' not allowed here.",
        lambda r: f"{head(r)}buddyinfo plugin: cannot add value to ignorelist",
    ])
    assert _one_id_each(ids)


def test_the_message_opens_after_rfc_5424s_header() -> None:
    """RFC 5424's header (``<PRI>1 <time> <host> <app> <procid> <msgid> <structured data>
    <message>``, each absent field the NILVALUE ``-``, the structured data elements in
    brackets with quoted values) is the head's values and the application that logs, as
    RFC 3164's ``app[<pid>]:`` is: a name and its colon after it (``nomad: <message>``) is
    a label, a source location in brackets is the call site's, and two applications stay
    two loggers."""
    def head(r: random.Random, app: str = "ordersd", data: bool = False) -> str:
        sd = (f'[exampleSDID@32473 iut="{r.randint(1, 9)}" eventSource="Application"]'
              if data else "-")
        return (f"<{r.choice([27, 30, 31])}>1 2026-03-{r.randint(1, 28):02d}T10:{r.randint(10, 59)}:"
                f"{r.randint(10, 59)}.{r.randint(100, 999)}Z host{r.randint(1, 9)} {app} "
                f"{r.choice([str(r.randint(100, 99999)), '-'])} {r.choice(['-', 'ID47'])} {sd} ")

    ids = _site_ids([
        lambda r: f"{head(r)}ledger: no enabled schedulers",
        lambda r: f"{head(r, data=True)}ledger: registered periodic job: job={r.choice(_USERS)}-{r.randint(1, 40)}",
        lambda r: f'{head(r)}ledger: UpdateJobStability failed: error="{r.choice(_CAUSES)}"',
        lambda r: f"{head(r, data=True)}ledger: attempted to stop the leader loop while not running",
        lambda r: f"{head(r)}[src/server.c:595] Failed to create activation",
        lambda r: f"{head(r)}[src/server.c:279] Failed to create activation",
        lambda r: f"{head(r, 'cached')}ledger: no enabled schedulers",
    ], rounds=6)
    assert _one_id_each(ids)


def test_rfc_5424s_application_is_masked_as_elsewhere() -> None:
    # the exact cache's key holds no digit's value: two applications whose names differ in a
    # digit share a key, so the name is masked as the masker reads it anywhere
    miner = PatternMiner()
    first = miner.add("<30>1 2026-03-13T13:21:16.057Z host1 worker1 4242 - - queue drained")
    assert miner.add("<30>1 2026-03-13T13:21:16.057Z host1 worker2 4242 - - queue drained") == first
    assert "worker1" not in (miner.template(first) or "")


def test_a_level_glued_to_the_heads_code_location_announces_no_errors_text() -> None:
    # cloud-hypervisor's <thread> LEVEL:file:line -- <message>: the level and the caller are the
    # head's, the message after the dash the call site's. ERROR glued to the caller is no word
    # announcing an error's text to the end (two call sites' messages folded as one cause
    # after it, ``ERROR <*>``), nor is the dash after the line an operation's separator
    miner = PatternMiner()
    ids = [miner.add(f"cloud-hypervisor: <vmm> ERROR:vmm/src/{line} -- {message}") for line, message in (
        ("gdb.rs:416", "Failed to request SetHwBreakPoint now"),
        ("memory_manager.rs:2617", "Failed resizing virtio-mem region now"),
        ("gdb.rs:541", "Failed to remove breakpoints: broken pipe"),
        ("gdb.rs:541", "Failed to remove breakpoints: timed out"))]
    assert len(set(ids[:3])) == 3 and ids[3] == ids[2]
    assert miner.template(ids[1]) == (
        "cloud-hypervisor: <vmm> ERROR:vmm/src/memory_manager.rs:2617 -- Failed resizing virtio-mem region now")


def test_two_functions_that_log_after_the_heads_last_bar_are_two_call_sites() -> None:
    # NLog's <process>-<pid>|LEVEL|<logger>|Method() <message>: the method is where the record
    # is logged (a caller's name, as C's __func__); two methods printing one message are two
    # call sites, while the logger between the bars is a value
    miner = PatternMiner()
    check = miner.add("App-15|WARN|local|CheckGame() Could not check cards status for: 7, retrying!")
    farm = miner.add("App-11|WARN|orders_archive|ShouldFarm() Could not check cards status for: 9, retrying!")
    assert farm != check
    assert miner.add("App-12|WARN|main|CheckGame() Could not check cards status for: 3, retrying!") == check
    assert miner.add("App-13|WARN|billing|ShouldFarm() Could not check cards status for: 4, retrying!") == farm


def test_a_label_after_the_heads_bracket_before_a_cause_to_the_end_names_the_event() -> None:
    # tinyproxy's LEVEL [<pid>]: <function>: <message>: where the message reads as a failure, it
    # folds as the function's cause, and the function's name is all that is left to name the
    # event: two of them are two call sites (they merged, ERROR [<*>]: <*>: <*>)
    miner = PatternMiner()
    read = miner.add("ERROR     [2099]: read_buffer: read() failed on fd 96277: Address already in use")
    buff = miner.add("ERROR     [77]: readbuff: add_to_buffer() error.")
    assert read != buff
    assert miner.add("ERROR     [7]: readbuff: add_to_buffer() error.") == buff
    assert miner.add("ERROR     [12]: read_buffer: read() failed on fd 3: Broken pipe") == read


def test_a_scope_between_the_level_and_its_colon_is_no_annotation() -> None:
    # Zig's std.log: level(scope): <message>, the default scope printing none (level: …): the
    # scope names the logger, and a record without one comes from another (the default)
    # logger, not the same call site with an annotation left out (they merged, error: out of
    # memory holding error(wm), error(output), …)
    miner = PatternMiner()
    bare = miner.add("error: out of memory")
    scoped = miner.add("error(wm): out of memory")
    assert scoped != bare
    assert miner.add("error(wm): out of memory") == scoped
    assert miner.add("error(output): out of memory") not in (bare, scoped)
    # an annotation in brackets elsewhere is still one some records carry
    first = miner.add("killed process 12 after the deadline")
    assert miner.add("killed process 13 (java) after the deadline") == first


def test_a_thread_in_brackets_after_the_level_then_the_loggers_colon_is_the_head() -> None:
    # logback's %-5level [%thread] %logger{36}: %msg with no time: the bracket after the
    # level is the thread (a value of every record), the name glued to the colon the logger.
    # What follows is the logger's message, no operation's cause: two loggers' messages that
    # read as failures are two call sites (they merged, ERROR [<*>] <*>: <*>, every record
    # of the level after the second logger came)
    # (threads named by words, as executors name them: a value in the head, not a scope)
    threads = ["main", "scheduler", "reports.internal", "BackendStore", "audit", "mailer.queue"]
    sites = [
        lambda n: f"ERROR [{threads[n]}] c.e.j.JobRunner: Exception on job nightly-{n}: {n * 7919:08x}",
        lambda n: f"ERROR [{threads[n + 1]}] c.e.a.AuditClient: Failed to send audit event to queue",
        lambda n: f"INFO  [{threads[n - 1]}] c.e.c.ClusterWatch: registering new watch",
        lambda n: f"INFO  [{threads[n]}] c.e.App: creating application injector",
    ]
    for batched in (False, True):
        miner = PatternMiner()
        ids = _ids_by_site(miner, sites, range(1, 5), batched)
        assert [len(found) for found in ids] == [1, 1, 1, 1]
        assert len(set.union(*ids)) == 4
        assert "Failed to send audit event" in (miner.template(next(iter(ids[1]))) or "")


def _assert_one_pattern_per_site(sites: list[Callable[[], str]], rounds: int) -> None:
    """Each call site's lines (``render()`` ``rounds`` times, the sites interleaved) get one id
    of their own, one line at a time and in one ``add_batch``."""
    lines = [(site, render()) for _ in range(rounds) for site, render in enumerate(sites)]
    for batched in (False, True):
        miner = PatternMiner()
        found = (miner.add_batch([text for _, text in lines]) if batched
                 else [miner.add(text) for _, text in lines])
        ids: list[set[str]] = [set() for _ in sites]
        for (site, _), pid in zip(lines, found, strict=True):
            ids[site].add(pid)
        assert all(len(one) == 1 for one in ids), (batched, ids)
        assert len(set().union(*ids)) == len(sites), batched


def _ids_by_site(miner: PatternMiner, sites, values: range, batched: bool) -> list[set[str]]:
    """The ids each call site's lines (``site(n)`` for each n of ``values``, the sites
    interleaved) got, one line at a time or all in one ``add_batch``."""
    lines = [render(n) for n in values for render in sites]
    got = miner.add_batch(lines) if batched else [miner.add(line) for line in lines]
    return [{got[at] for at in range(site, len(lines), len(sites))} for site in range(len(sites))]


def test_the_heads_fields_after_the_level_keep_their_count_however_much_masking_hid() -> None:
    # A head's fields after the level (a worker, a thread, a task) are printed by every call
    # site of the logger: masked all (numbers, ids) or in part (a thread named by a word),
    # they are as many tokens, not a run of values folded to one (one call site got two
    # token counts: two ids)
    from otlp_sampler.patterns.masking import mask_values
    from otlp_sampler.patterns.tokens import head_fields_end, tokens

    def count(line: str) -> int:
        return len(tokens(mask_values(line))[0])

    for whole, part in [
        ("[ info||812 4471|9032|dispatch] Pool.resize: pool = 'a'",
         "[ info||812 scheduler|9032|dispatch] Pool.resize: pool = 'a'"),
        ("WARN 17 w-3 - store.go:88 - compaction done", "WARN 17 main - store.go:88 - compaction done"),
        ("ERROR W-2\tq-81 lost lease on shard 4", "ERROR W-2\tbackup lost lease on shard 4"),
    ]:
        assert count(whole) == count(part), (whole, part)
    # the fields run from the level to the first word: none after a level's colon (a message)
    assert head_fields_end(["ERROR", "<*>", "<*>", "lost", "lease"]) == 3
    assert head_fields_end(["[", "info", "|", "<*>", "<*>", "|", "dispatch", "]"]) == 6
    assert head_fields_end(["ERROR", ":", "<*>", "<*>", "failed"]) == 0
    assert head_fields_end(["lost", "<*>", "<*>"]) == 0
    assert len(tokens(mask_values("ERROR: 1 2 3 failed"))[0]) == 4  # (a list after the colon still folds)


def test_a_call_site_keeps_one_id_whether_its_heads_thread_is_a_word_or_a_value() -> None:
    # `[level||<id> <thread>|<task>|module]`: threads named by words or by numbers, tasks by
    # ids; one call site, one id, one line at a time and in a batch
    threads = ["scheduler", "7731", "reports", "w-12", "main", "3309"]
    sites = [
        lambda n: f"[ info||{n * 37} {threads[n % 6]}|{n * 911}|dispatch] Pool.resize: pool = 'p{n}'",
        lambda n: f"[debug||{n * 53} {threads[(n + 1) % 6]}|{n * 7}|placement] Picking a host for VM ({n})",
        lambda n: f"[ warn||{n * 11} {threads[(n + 2) % 6]}|{n * 13}|limiter] delay observer {n} raised",
    ]
    for batched in (False, True):
        ids = _ids_by_site(PatternMiner(), sites, range(1, 13), batched)
        assert [len(found) for found in ids] == [1, 1, 1]
        assert len(set.union(*ids)) == 3


@pytest.mark.parametrize("field", ["[main]", "[I]", "(W)", "[Storage]", "[worker-7]", "[IO]"])
def test_a_bracket_after_the_heads_time_is_no_errors_class(field: str) -> None:
    """A bracketed word right after the head's values alone (``<time> [main] <message>``,
    ``<epoch> [<id>] [IO] <message>``: a thread's, a component's, a one-letter level's field) is printed
    by every call site of the stream: the message after it is each call site's event, not
    the cause an error's class in brackets announces (``failed with exception (IOError)
    <text>``), which would fold every message that reads as a failure into one pattern
    and let the others in after it (head_grammar.py's ``level one/square``)."""
    def head(r: random.Random) -> str:
        if field.startswith("[I"):  # (an epoch's millis and a request id: no time masking reads)
            return f"{r.randint(1772000000000, 1775000000000)} [{r.getrandbits(64):016x}]"
        return f"2026-03-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}"

    ids = _site_ids([
        lambda r: f"{head(r)} {field} Failed password for {r.choice(_USERS)} from {_ip(r)} port {r.randint(1024, 65000)}",
        lambda r: f"{head(r)} {field} data TLB error interrupt",
        lambda r: f"{head(r)} {field} Did not receive identification string from {_ip(r)}",
        lambda r: f"{head(r)} {field} instruction cache parity error corrected",
    ])
    assert _one_id_each(ids), field


@pytest.mark.parametrize("sep", ["", " | ", " "])
def test_bracketed_head_fields_keep_their_count_however_much_masking_hid(sep: str) -> None:
    """A head of bracketed fields glued to each other or parted by bars or spaces
    (``[%s][%s][%s][%s][%s] %s``, ``[%s] | [%s] | … | %s``: a level, a host, a request id, a
    thread, the call site's code) is printed by every call site: a thread named by a word
    (``[main]``) and one masking reads as a value (``[pool-2-thread-3]``) leave one call
    site one token count, and one id (folded as a repeated group, ``[<*>][<*>][<*>]`` became
    ``[<*>][<*>]`` and the word's records another pattern)."""
    threads = ["main", "http-nio-8080-exec-1", "pool-2-thread-1", "scheduling-1", "ForkJoinPool.commonPool-worker-3"]

    def head(r: random.Random, level: str, code: str) -> str:
        return sep.join([f"[{level}]", f"[ip-10-0-{r.randint(1, 9)}-{r.randint(10, 99)}]",
                         f"[{r.getrandbits(64):016x}]", f"[{r.choice(threads)}]", f"[{code}]"]) + sep.rstrip()

    ids = _site_ids([
        lambda r: f"{head(r, '6', 'I-HHU933')} PacketResponder {r.randint(0, 2)} for block blk_{r.getrandbits(40)} terminating",
        lambda r: f"{head(r, '6', 'I-1IF553')} Received block blk_{r.getrandbits(40)} of size {r.randint(1, 9999)} from {_ip(r)}",
        lambda r: f"{head(r, '4', 'W-AB0042')} Deleting block blk_{r.getrandbits(40)} file {r.choice(_PATHS)}",
    ], rounds=10)
    assert _one_id_each(ids)


def test_a_message_after_a_head_parted_by_bars_keeps_its_words() -> None:
    """A head whose fields are parted by spaced bars (``<time> | INFO | <message>``, loguru's
    default and many format strings') holds no ``Name: value`` field: the message after the
    last bar is the event's own text, and a colon in it (``pam_unix(sshd:auth): check pass``,
    ``TaskAttempt: [<id>] using …``) starts no field's value that runs to the end (which
    gave every message that opened with one name and its colon one pattern)."""
    def head(r: random.Random, level: str) -> str:
        return f"2026-03-{r.randint(1, 28):02d} {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)} | {level:<8} | "

    ids = _site_ids([
        lambda r: f"{head(r, 'INFO')}pam_unix(sshd:auth): check pass; user unknown",
        lambda r: f"{head(r, 'INFO')}pam_unix(sshd:auth): authentication failure; rhost={_ip(r)} user={r.choice(_USERS)}",
        lambda r: f"{head(r, 'INFO')}TaskAttempt: [attempt_{r.getrandbits(40)}] using container {r.randint(1, 99)}",
        lambda r: f"{head(r, 'INFO')}TaskAttempt: [attempt_{r.getrandbits(40)}] transitioned from NEW to RUNNING",
    ], rounds=8)
    assert _one_id_each(ids)
    # keyed fields parted by bars still read each value to the next bar
    miner = PatternMiner()
    first = miner.add("Failing: leader changed | Interval: 60 seconds | Type: http")
    assert miner.add("Failing: connection refused by peer | Interval: 30 seconds | Type: tcp") == first


@pytest.mark.parametrize("key", ["pid", "tid", "req"])
def test_a_key_of_the_head_after_the_level_holds_no_message(key: str) -> None:
    """A key and its value in the head after the level (``<time> ERROR pid=<n> <message>``): a
    record whose message is a value alone (``jetty-6.1.26``, masked whole) ends with the key's
    value, and the level is no word of the message: no other message is that value run to
    the end (all had joined that record's pattern, the level and the key the only anchors)."""
    def head(r: random.Random) -> str:
        return f"{_space(r)} ERROR {key}={r.randint(100, 99999)}"

    ids = _site_ids([
        lambda r: f"{head(r)} jetty-6.1.{r.randint(10, 40)}",
        lambda r: f"{head(r)} Registered webapp guice modules",
        lambda r: f"{head(r)} Reduce slow start threshold not met. completedMaps {r.randint(1, 9)}",
        lambda r: f"{head(r)} Putting shuffle token in serviceData",
    ], rounds=6)
    assert _one_id_each(ids)


@pytest.mark.parametrize("key", ["pid", "tid", "req"])
def test_a_key_of_the_head_before_a_loggers_colon_is_no_word_of_the_message(key: str) -> None:
    """A key and its value in the head after the level, then a logger's name and its colon
    (``<time> INFO pid=<n> raft: <message>``): the key is a field every record prints, so
    the header still ends at the logger's colon and each message after it is its own event,
    not the cause of an operation named by the logger (all four call sites had folded into
    ``<*> INFO pid=<*> raft: <*>``, as without the key they do not)."""
    def head(r: random.Random) -> str:
        return f"{_space(r)} INFO {key}={r.randint(100, 99999)} raft"

    ids = _site_ids([
        lambda r: f"{head(r)}: could not add initial key to keyring: error=\"{r.choice(['no route to host', 'unexpected status 503'])}\"",
        lambda r: f"{head(r)}: looking up quota associated with alloc failed: alloc_id=task_{r.randint(1, 999)} error=\"not found\"",
        lambda r: f"{head(r)}: registered periodic job: job={r.choice(['auth.events', 'catalog_db', 'web-1'])}",
        lambda r: f"{head(r)}: starting server",
    ], rounds=6)
    assert _one_id_each(ids)


def test_a_code_locations_line_after_the_level_starts_no_run() -> None:
    """A code location after the level (``<time> INFO orders.go:322 <message>``, a caller
    field): two lines of one file are two call sites, so two messages that differ right after
    the line (``Failed password for invalid user <name> …`` / ``Failed password for <name>
    …``) are not one template with a run of words from the line on (``orders.go:<*> <*>
    from …``, which took both call sites)."""
    def head(r: random.Random, line: int) -> str:
        return f"{_space(r)} INFO  orders.go:{line}"

    ids = _site_ids([
        lambda r: f"{head(r, 322)} Failed password for invalid user {r.choice(_USERS)} from {_ip(r)} port {r.randint(1024, 65000)} ssh2",
        lambda r: f"{head(r, 252)} Failed password for {r.choice(_USERS)} from {_ip(r)} port {r.randint(1024, 65000)} ssh2",
    ], rounds=10)
    assert _one_id_each(ids)


def test_the_level_after_the_heads_values_anchors_no_run_after_a_name() -> None:
    """Columns of values, the level, then a name and its colon (``<thread> Error <activity>
    <pid> <ttl> spooler: <message>``, a console of columns): two messages that end alike
    (``… with ID <n>.``) are two call sites, not one template with a run of words after the
    name's colon (``spooler: <*> with ID <*>.``). The level is every event's, so only the
    name is the call site's before the run: one word anchors no run, as a label alone does."""
    def head(r: random.Random) -> str:
        return (f"0x{r.randint(16, 1 << 40):x}     Error       0x0                  "
                f"{r.randint(1, 99999)}    0    spooler:")

    ids = _site_ids([
        lambda r: f"{head(r)} Could not read the header of the batch with ID {r.randint(1, 99999)}.",
        lambda r: f"{head(r)} No free slot found for batch with ID {r.randint(1, 99999)}.",
        lambda r: f"{head(r)} Failed to attach worker {r.randint(1, 99)} for spool with ID {r.randint(1, 999)}.",
    ], rounds=6)
    assert _one_id_each(ids)
    # where both open with a value and the template's run is that value alone, the word after
    # it goes with the value (a count and a name the masker read whole or not): one call site
    miner = PatternMiner()
    assert len({miner.add(f"INF spooler: {count} {name} jobs pending") for count, name in
                [(6, "archive_v2"), (42, "main"), (7, "node-3"), (9, "backup")]}) == 1


@pytest.mark.parametrize("logger", ["http", "com.acme.orders.OrderService", "[com.acme.orders.OrderService]",
                                    "acme::orders", "BEFORE"])
def test_the_heads_level_and_logger_are_no_words_of_the_message(logger: str) -> None:
    """A run of an error's text parted from the rest (``<text>; logname= …``) needs a word of
    the message's own before it: the record's level after the head's values, and its logger
    (a name after the level, bare, in brackets or a module path, or one before the level),
    are every call site's, no word of the message; otherwise two messages whose whole text
    before the part differs were one template (``<time> INFO http <*>; logname= …``)."""
    def head(r: random.Random) -> str:
        time = _space(r)
        return f"{time} com.acme.Orders INFO" if logger == "BEFORE" else f"{time} INFO  {logger}"

    def tail(r: random.Random) -> str:
        return f"; logname= uid=0 euid=0 tty=ssh ruser= rhost={_ip(r)}  user=root"

    ids = _site_ids([
        lambda r: f"{head(r)} pam_unix(sshd:auth): authentication failure{tail(r)}",
        lambda r: f"{head(r)} PAM {r.randint(2, 5)} more authentication failures{tail(r)}",
    ], rounds=10)
    assert _one_id_each(ids)


@pytest.mark.parametrize("tag", ["raft", "cache", "util-ebpf", "sched", "ping"])
def test_a_tag_word_and_its_colon_after_the_level_is_the_head(tag: str) -> None:
    """A plain lower-case name and its colon after the level (``<time> INFO raft: <message>``,
    Go's named loggers, Python's ``%(name)s: ``): a component's tag, each message after it its
    own event, not the failures of one function (C's ``__func__``, snake or camel case) folded
    into one pattern that then took the others in. A name that ends as a verb's form with no
    vowel before the ending (``sched``, ``ping``) is an abbreviation, a tag too."""
    def head(r: random.Random) -> str:
        return f"{_space(r)} INFO  {tag}:"

    ids = _site_ids([
        lambda r: f'{head(r)} nomad: could not add initial key to keyring: error="unexpected status {r.randint(500, 504)}"',
        lambda r: f"{head(r)} Failed to start HTTP metrics server: {r.choice(_CAUSES)}",
        lambda r: f"{head(r)} Dnssec called with Write: not signing reply",
        lambda r: f"{head(r)} alloc missing task group",
    ], rounds=6)
    assert _one_id_each(ids)


@pytest.mark.parametrize("field", ["", " [9fe70021fd3bb5d3]", " [<id>]"])
def test_a_level_word_and_its_colon_after_the_heads_level_is_the_messages_label(field: str) -> None:
    """A level word and its colon that open the message after the head's level and its values
    (``<time> WARN [<id>] Error: <message>``, a program that writes its own label into each
    message): the message's label, as at the record's start, not a failure whose cause is the
    rest (all four call sites had folded into ``<*> WARN [<*>] Error: <*>``)."""
    def head(r: random.Random, level: str) -> str:
        request = field.replace("<id>", f"{r.getrandbits(32):08x}")
        return f"{_space(r)} {level}{request}"

    ids = _site_ids([
        lambda r: f"{head(r, 'WARN')} Error: Unable to open include_dir '/etc/app/conf.d/{r.choice(_USERS)}'.",
        lambda r: f"{head(r, 'WARN')} Error: Duplicate listener on port {r.randint(1024, 65000)}.",
        lambda r: f"{head(r, 'WARN')} Error: Invalid max_packet_size value ({r.randint(1, 99)}).",
        lambda r: f"{head(r, 'ERROR')} error: out of memory",
    ], rounds=6)
    assert _one_id_each(ids)


@pytest.mark.parametrize("head", ["{time} INFO  - ", "{time} - INFO  - "])
def test_a_lower_case_name_in_brackets_after_the_heads_dash_is_the_messages_tag(head: str) -> None:
    """A lower-case name in brackets right after the head's spaced dash (``<time> INFO -
    [alice] <message>``): a tag the message opens with, which varies as it does at the
    record's start (``[alice] Ignoring …``), not log4net's ``- [%logger]``, a name of code
    (a class's or a function's), one per call site (each name had made a pattern of its own)."""
    ids = _site_ids([
        lambda r: f"{head.format(time=_space(r))}[{r.choice(_USERS)}] Ignoring redelivery timeout in state "
                  f"[{r.choice(['Idle', 'Busy'])}]",
        lambda r: f"{head.format(time=_space(r))}[{r.choice(_USERS)}] Session closed by peer",
    ], rounds=8)
    assert _one_id_each(ids)
    # near miss: a function's name there (snake case: a C program's [%s]: of __func__) is the
    # call site's, as a class's is: two functions that print one message are two call sites
    ids = _site_ids([
        lambda r: f"{head.format(time=_space(r))}[echo_server_thread]: wait failed with error {r.randint(1, 9)}",
        lambda r: f"{head.format(time=_space(r))}[rail_server_thread]: wait failed with error {r.randint(1, 9)}",
    ], rounds=8)
    assert _one_id_each(ids)


@pytest.mark.parametrize("head", ["({prio}) | ", "{prio} | [E{code}] | {pid} | ", "{ms}\t({prio})\t{pid} - "])
def test_a_name_and_its_colon_after_a_heads_fields_with_no_time_is_a_label(head: str) -> None:
    """A name and its colon after a head's values that open with no time the masker reads (a
    syslog priority, a code, a pid, epoch millis) but are a head's fields, parted by bars or
    one in brackets (``(<prio>) | scheduler: <message>``): a component's label, as after a time,
    each message after it its own event; not a thing's id and its event, whose cause folds (the
    two call sites had merged into ``(<*>) | scheduler: <*>``)."""
    def render(r: random.Random) -> str:
        return head.format(prio=r.choice([3, 6, 7]), code=r.randint(1000, 9999), pid=_pid(r),
                           ms=1772323200000 + r.randint(0, 10**9))

    ids = _site_ids([
        lambda r: f"{render(r)}scheduler: no enabled schedulers",
        lambda r: f"{render(r)}scheduler: registered periodic job: job={r.choice(_USERS)}-{r.randint(1, 40)}",
    ], rounds=8)
    assert _one_id_each(ids)
    # near miss: a function's name there (camel case) is an operation, whose causes fold
    ids = _site_ids([lambda r: f"{render(r)}handleServerEnd: {r.choice(_CAUSES)}"], rounds=8)
    assert _one_id_each(ids)


@pytest.mark.parametrize("glued", [False, True])
def test_a_bracket_after_a_heads_value_and_tags_is_no_errors_class(glued: bool) -> None:
    """The head's values and bracketed tags (``<epoch> [BACKUP] [<tid>] [<id>] I > <message>``,
    glued and opening with a tag: ``[http][<clock>][v<version>] <message>``): a field every
    call site prints, as right after the values alone, not an error's class whose cause folds
    (the messages that read as a failure, and then the others, had folded into ``<*> [BACKUP]
    [<*>] [<*>] <*>``, ``[http]<*>[<*>] <*>``)."""
    def head(r: random.Random, level: str) -> str:
        if glued:
            return f"[http][{_clock(r)}][v6.10.4]"
        return f"{r.randint(1772000000, 1775000000)} [BACKUP] [{_pid(r)}] [{r.getrandbits(32):08x}] {level} >"

    ids = _site_ids([
        lambda r: f"{head(r, 'I')} Session {r.getrandbits(64):016x} expired after {r.randint(2, 59)} minutes",
        lambda r: f"{head(r, 'I')} Reloading configuration",
        lambda r: f"{head(r, 'D')} Invalid configuration value for key retries: -{r.randint(1, 9)}",
        lambda r: f"{head(r, 'E')} data TLB error interrupt",
    ])
    assert _one_id_each(ids)


@pytest.mark.parametrize("letters", ["WDID", "NCNC"])
@pytest.mark.parametrize("wrap", ["({})", "[{}]"])
def test_a_levels_letter_alone_in_brackets_is_the_heads_level(wrap: str, letters: str) -> None:
    """A level's one letter alone in brackets after the time (``<time> (W) fetchart:
    <message>``): the record's level, as a word there is, so the name and its colon after it
    are a component's tag and each message after the tag its own event; not an operation
    whose causes fold (all had folded into ``<*> (<*>) fetchart: <*>``). Notice's and
    critical's letters too, in brackets (masking.BRACKETED_LEVEL_LETTERS)."""
    def head(r: random.Random, letter: str) -> str:
        return f"{_space(r)} {wrap.format(letter)} fetchart:"

    ids = _site_ids([
        lambda r: f"{head(r, letters[0])} not a supported image: {r.choice(_USERS)}",
        lambda r: f"{head(r, letters[1])} Spotify: error loading response: {r.choice(_CAUSES)}",
        lambda r: f"{head(r, letters[2])} Attempting to open {r.getrandbits(64):016x} with playlist",
        lambda r: f"{head(r, letters[3])} {r.randint(2, 90)} track(s) did not match a {r.choice(_USERS)} ID:",
    ], rounds=6)
    assert _one_id_each(ids)
    # near miss: after the head's level a letter in brackets opens the message's own head
    # ([E][tag:line]: <message>, under a logger's module path): the header still ends at its
    # colon, and two such call sites stay two (one batch, as the proxy reads a request)
    rng = random.Random(5)
    sites = [lambda r: f"{_space(r)} INFO  acme::sched [E][wifi:162]: event handler register failed: {r.choice(_CAUSES)}",
             lambda r: f"{_space(r)} INFO  acme::sched [D][sensor:49]: sensor not ready"]
    lines = [site(rng) for _ in range(8) for site in sites]
    ids = PatternMiner().add_batch(lines)
    assert len(set(ids[0::2])) == len(set(ids[1::2])) == 1 and ids[0] != ids[1]


@pytest.mark.parametrize("keyed", [False, True])
def test_a_bracket_after_the_heads_level_and_a_tag_is_no_errors_class(keyed: bool) -> None:
    """A class's name in brackets after the head's level and a bracketed tag or a key and its
    value (``<time> INFO [net] [Server] <message>``, ``<time> INFO pid=<n> [Server]
    <message>``): a head field, as after the values alone, not an error's class whose cause
    folds (the messages that read as failures had folded into ``<*> WARN [<*>] [<*>] <*>``,
    each taking the others of its level)."""
    def head(r: random.Random, level: str, tag: str, name: str) -> str:
        field = f"pid={_pid(r)}" if keyed else f"[{tag}]"
        return f"{_space(r)} {level:<5} {field} [{name}]"

    ids = _site_ids([
        lambda r: f"{head(r, 'WARN', 'net', 'Server')} HTTP server error: {r.choice(_CAUSES)}",
        lambda r: f"{head(r, 'WARN', 'api', 'SendingFiles')} Could not get base path from http://{_ip(r)}/",
        lambda r: f"{head(r, 'WARN', 'auth', 'CmdHelper')} Could not run command as admin",
        lambda r: f"{head(r, 'INFO', 'net', 'ReceiveController')} Failing upload of file {r.getrandbits(64):016x}: "
                  f"no matching active session",
        lambda r: f"{head(r, 'INFO', 'net', 'FilePicker')} Failed to pick directory",
    ], rounds=6)
    assert _one_id_each(ids)


@pytest.mark.parametrize("tag", ["raft", "client.fingerprint", "place_os.core", "app.rate_limit.store"])
def test_a_tag_and_its_colon_after_the_heads_dash_opens_the_message(tag: str) -> None:
    """A plain lower-case name, or such names dotted, and its colon right after the head's
    spaced dash (``<time> INFO - raft: <message>``, a named logger after a format string's
    dash): a component's tag, the message after it read as it is alone; not a function's
    name (C's ``__func__``, snake or camel case) whose causes fold (the four call sites had
    folded into ``<*> INFO - raft: <*>``). Dotted, its parts may be in snake case: a module's
    path (Crystal's ``Log.for`` source, ``SEVERITY - place_os.core: <message>``; Python's
    ``__name__``), which a function's name never is (round 23, slips21: PlaceOS core .265 ->
    .933 on r21)."""
    def head(r: random.Random) -> str:
        return f"{_space(r)} INFO  - {tag}:"

    ids = _site_ids([
        lambda r: f'{head(r)} could not add initial key to keyring: error="unexpected status {r.randint(500, 504)}"',
        lambda r: f"{head(r)} deregistering job failed: error=\"{r.choice(_CAUSES)}\" job={r.choice(_USERS)}-{r.randint(1, 40)}",
        lambda r: f"{head(r)} registered periodic job: job={r.choice(_USERS)}-{r.randint(1, 40)}",
        lambda r: f"{head(r)} plugin dir does not exist: dir=/srv/{r.choice(_USERS)}/plugins",
    ], rounds=6)
    assert _one_id_each(ids)


def test_a_parts_name_and_kind_after_the_heads_values_alone_is_a_tag() -> None:
    """A part's name and its kind after the head's values alone (``<time> <prio> tail_csv
    plugin: <message>``, a numeric syslog level the masker reads as a value): a tag of the
    part that logs, as where it opens the message, so each message after it is its own event;
    not an operation whose causes fold (the plugins' messages had folded into ``<*> <*>
    plugin: <*>``, the part's name a value)."""
    def head(r: random.Random, prio: int, part: str) -> str:
        return f"{_space(r)} {prio} {part} plugin:"

    ids = _site_ids([
        lambda r: f"{head(r, 3, 'tail_csv')} Option `{r.randint(1, 999)}' not allowed here.",
        lambda r: f"{head(r, 6, 'write_queue')} output_create failed.",
        lambda r: f"{head(r, 6, 'buddyinfo')} cannot add value to ignorelist",
        lambda r: f"{head(r, 6, 'turbostat')} Failed to open '{r.choice(_PATHS)}'",
    ], rounds=6)
    assert _one_id_each(ids)


@pytest.mark.parametrize("logger, tag", [("app.orders", "raft"), ("acme::orders", "raft"),
                                         ("com.acme.orders.OrderService", "client.alloc"),
                                         ("app.orders", "sched"), ("acme::orders", "ping")])
def test_a_tag_and_its_colon_after_the_loggers_name_ends_the_head(logger: str, tag: str) -> None:
    """A component's tag (a plain lower-case word, or such words dotted; ``sched`` and
    ``ping`` too, no verb's form: ``templates.verb_form``) and its colon right
    after the logger's name after the level (``<time> INFO app.orders raft: <message>``, a
    named sub-logger): the head ends there, each message after it its own event; not a
    word of the message after which an operation's causes fold (the call sites had folded
    into ``<*> INFO app.orders raft: <*>``)."""
    def head(r: random.Random) -> str:
        return f"{_space(r)} INFO  {logger} {tag}:"

    ids = _site_ids([
        lambda r: f'{head(r)} could not add initial key to keyring: error="unexpected status {r.randint(500, 504)}"',
        lambda r: f"{head(r)} deregistering job failed: error=\"{r.choice(_CAUSES)}\" job={r.choice(_USERS)}-{r.randint(1, 40)}",
        lambda r: f"{head(r)} registered periodic job: job={r.choice(_USERS)}-{r.randint(1, 40)}",
        lambda r: f"{head(r)} running pre kill hooks: start={r.randint(1, 9)}s",
    ], rounds=6)
    assert _one_id_each(ids)
    # near miss: after a plain word the two words are the message's, an operation whose
    # causes fold (one call site, its causes one value)
    causes = ["server: request timed out", "invalid character 'x' looking for beginning of value",
              "failed to get lease: not found", "resource temporarily unavailable"]
    ids = _site_ids([lambda r: f"[loadpoint] ERROR charge power: {r.choice(causes)}"], rounds=8)
    assert _one_id_each(ids)
    # nor is a message's key after the logger a tag: its colon introduces the message as a value
    ids = _site_ids([lambda r: f"[warning] Acme.Monitoring.SysMon message: {r.choice(causes)}"], rounds=8)
    assert _one_id_each(ids)


def test_two_class_labels_after_the_levels_colon_are_two_call_sites() -> None:
    """Two classes' names in CamelCase as the label that opens the message after the level's
    colon (``<time> INFO: DeliciousImport: user is not defined`` / ``… InstapaperImport: …``):
    the class that logs, one per call site, as at the record's start (``two_class_labels``);
    not a leading name that varies (the two had merged into ``<*> INFO: <*>: user is not
    defined``)."""
    ids = _site_ids([
        lambda r: f"{_space(r)} INFO: DeliciousImport: user is not defined",
        lambda r: f"{_space(r)} INFO: InstapaperImport: user is not defined",
        lambda r: f"{_space(r)} INFO: PinboardImport: user is not defined",
    ], rounds=6)
    assert _one_id_each(ids)


@pytest.mark.parametrize("name", ["Acme.Orders.OrderService", "blob", "ordersd"])
def test_a_bracket_glued_to_a_name_after_the_heads_fields_is_no_errors_class(name: str) -> None:
    """A bracketed number glued to a name right after the head's values and level (.NET's
    console, single line: ``<time> info: Acme.Orders.OrderService[1000] <message>``; a
    program's ``ordersd[<pid>] <message>``): the name's number, printed by every call site;
    not an error's class after which a message that reads as a failure folds and takes the
    others of that logger in (they had merged into ``<*> DEBUG <name>[<*>] <*>``)."""
    def head(r: random.Random) -> str:
        return f"{_space(r)} DEBUG {name}[{r.choice((0, 1000, 2001))}]"

    ids = _site_ids([
        lambda r: f"{head(r)} Invalid configuration value for key {r.choice(['timeout', 'port'])}: {r.randint(-5, 0)}",
        lambda r: f"{head(r)} scheduler: no enabled schedulers",
        lambda r: f"{head(r)} Reloading configuration",
    ], rounds=6)
    assert _one_id_each(ids)
    # near miss: a bracket spaced from the word before it, after a message's own words, stays
    # an error's class whose failures fold (one call site, its causes one value)
    ids = _site_ids([lambda r: f"{_space(r)} DEBUG worker stopped [conn-{r.randint(1, 9)}] {r.choice(_CAUSES)}"],
                    rounds=8)
    assert _one_id_each(ids)
    # nor is a round bracket glued to a name there a head's field: a function's call, the
    # message's own words (two call sites, each its causes)
    ids = _site_ids([
        lambda r: f"[{r.randint(1, 90)}M] ERROR: db_query_range({r.choice(_USERS)}) - SQL error bind "
                  f"({r.randint(1, 99)}): {r.choice(_CAUSES)}",
        lambda r: f"[{r.randint(1, 90)}M] ERROR: get_client_groups({r.randint(1, 99)}) - SQL error prepare: "
                  f"{r.choice(_CAUSES)}",
    ], rounds=8)
    assert _one_id_each(ids)


@pytest.mark.parametrize("head", ["Runner-Runner[2417:{}]", "ordersd[{}]"])
def test_a_bracket_glued_to_the_name_that_opens_the_record_is_its_process(head: str) -> None:
    """A bracket holding one value glued to the name that opens the record (NSLog's
    ``Runner-Runner[<pid>:<tid>] <message>``, a program's ``ordersd[<pid>] <message>`` with no
    time before it): the process, printed by every call site; not an error's class after
    which a message that reads as a failure folded and took the program's others in (they
    had merged into ``Runner-Runner[<*>] <*>``)."""
    ids = _site_ids([
        lambda r: f"{head.format(r.randint(1, 900))} Could not retrieve testmanagerd capabilities",
        lambda r: f"{head.format(r.randint(1, 900))} Updating keyboard autocorrection preference is not "
                  "supported",
        lambda r: f"{head.format(r.randint(1, 900))} Failed to generate XML presentation of a screen element",
    ], rounds=6)
    assert _one_id_each(ids)
    # near miss: a failure's word glued to its code opens the record: the code's cause after
    # it folds (one call site)
    ids = _site_ids([lambda r: f"Error[{r.randint(1, 99)}] could not open: {r.choice(_CAUSES)}"], rounds=8)
    assert _one_id_each(ids)
    # nor when a level's marks follow the bracket (juicefs' <ERROR>:, read by the head's rules):
    # the cause after the operation's colon folds (one call site)
    ids = _site_ids([lambda r: f"{head.format(r.randint(1, 900))} <ERROR>: open log file "
                               f"\"/var/log/{r.choice(_USERS)}\": {r.choice(_CAUSES)}"], rounds=8)
    assert _one_id_each(ids)


def test_postgresqls_log_level_is_the_heads_level() -> None:
    """PostgreSQL's level word ``LOG`` (``<time> UTC [<pid>] LOG:  <message>``, beside its
    ``WARNING:``, ``ERROR:``, ``FATAL:``): the head's level, after which each message is its
    own event, from the stream's first records on (before the stream has shown two levels
    at that place, ``levels.LevelPlaces``); not an operation's label whose causes fold (the
    four call sites had merged into ``<*> UTC [<*>] LOG: <*>``)."""
    def head(r: random.Random, level: str) -> str:
        return f"{_space(r, '.')} UTC [{4242 + r.choice((0, 0, 1, 7))}] {level}: "

    ids = _site_ids([
        lambda r: f"{head(r, 'LOG')} [alice] Ignoring redelivery timeout in state [Idle]",
        lambda r: f"{head(r, 'LOG')} Retrying request {r.getrandbits(32):08x} in {r.randint(1, 30)}s (attempt {r.randint(1, 5)}/5)",
        lambda r: f"{head(r, 'LOG')} Flushing {r.randint(2, 900)} records to {r.choice(_PATHS)}",
        lambda r: f"{head(r, 'LOG')} http: TLS handshake error from {_ip(r)}:{r.randint(1024, 65000)}: EOF",
        lambda r: f"{head(r, 'WARNING')} Failed to open {r.choice(_PATHS)}: {r.choice(_CAUSES)}",
        lambda r: f"{head(r, 'FATAL')} Snapshot {r.randint(1, 99)} written to {r.choice(_PATHS)}",
    ], rounds=6)
    assert _one_id_each(ids)


def test_dotnets_fail_after_the_heads_time_is_the_level() -> None:
    """.NET's console level ``fail`` after a time (``TimestampFormat``: ``<time> fail:
    Acme.Orders.OrderService[0] <message>``, beside ``info:``, ``warn:``, ``dbug:``): the
    head's level at the place the stream prints its levels, no failure whose cause folds
    (every call site that logs at ``fail`` had merged into ``<*> fail: <*>``; at the record's
    start, with no time, it already was)."""
    loggers = ["Acme.Orders.OrderService", "Acme.Storage.BlobStore"]

    def head(r: random.Random, level: str, logger: int) -> str:
        return f"{r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)} {level}: {loggers[logger]}[0]"

    ids = _site_ids([
        lambda r: f"{head(r, 'info', 0)} Started server on port {r.randint(1024, 65000)}",
        lambda r: f"{head(r, 'fail', 1)} Reduce slow start threshold not met, {r.randint(1, 9)} maps completed",
        lambda r: f"{head(r, 'fail', 0)} Task {r.getrandbits(32):08x} transitioned from NEW to SCHEDULED",
        lambda r: f"{head(r, 'fail', 1)} adding path spec: /api/{r.choice(_USERS)}/*",
        lambda r: f"{head(r, 'warn', 1)} Cache stats: hits={r.randint(0, 9999)} misses={r.randint(0, 999)}",
    ], rounds=6)
    assert _one_id_each(ids)


@pytest.mark.parametrize("logger", ["acme::storage::blob", "app.storage.blobs"])
def test_a_level_letter_right_after_the_loggers_module_path_is_the_level(logger: str) -> None:
    """A level's one letter right after the logger's module path or qualified name, before
    any level (``<time> acme::blob D [<uuid>] - <message>``, a format string's ``%c %.1p``):
    the record's level, the bracket after it a head's field; not a header-less record whose
    bracket is an error's class, after which the messages that read as failures fold into
    one (``<*> acme::storage::blob D [<*>] <*>``)."""
    def head(r: random.Random, letter: str) -> str:
        return f"{_space(r)[:19]} {logger} {letter} [{r.getrandbits(32):08x}-{r.getrandbits(16):04x}] -"

    ids = _site_ids([
        lambda r: f"{head(r, 'D')} Invalid configuration value for key {r.choice(['timeout', 'port'])}: {r.randint(-5, 0)}",
        lambda r: f"{head(r, 'D')} Failed to open {r.choice(_PATHS)}: {r.choice(_CAUSES)}",
        lambda r: f"{head(r, 'D')} scheduler: no enabled schedulers",
        lambda r: f"{head(r, 'I')} Started server on port {r.randint(1024, 65000)}",
    ], rounds=6)
    assert _one_id_each(ids)


@pytest.mark.parametrize("opening", ["", "[{time}] "])
def test_a_programs_tag_that_opens_the_record_ends_its_head(opening: str) -> None:
    """A program's own tag and process id first (``nsd[<pid>]: error: <message>``, or after
    a time in brackets): syslog's tag, which ends the head, as after a time and a host; the
    level word and its colon after it say how bad, and each message after them is its own
    event, not a cause that folds (the call sites had merged into ``nsd[<*>]: error: <*>``)."""
    def head(r: random.Random) -> str:
        return opening.format(time=_space(r, ".")) + f"ordersd[{r.randint(2, 99999)}]: error:"

    ids = _site_ids([
        lambda r: f"{head(r)} could not open metrics port",
        lambda r: f"{head(r)} xfrd tls: Unable to create TLS object",
        lambda r: f"{head(r)} cannot fcntl rc: {r.choice(_CAUSES)}",
        lambda r: f"{head(r)} server_main: could not send reload indication to xfrd: {r.choice(_CAUSES)}",
    ], rounds=6)
    assert _one_id_each(ids)


def test_four_letter_levels_in_capitals_open_the_head() -> None:
    """The four capitals of Go's charmbracelet/log and logrus's terminal output (``ERRO
    jobs.mirror: <message>``, ``DEBU``, ``INFO``, ``WARN``): the record's level, the prefix
    after it the logger's, each message after its colon its own event; not an operation
    whose failures fold (``ERRO jobs.mirror: <*>`` took the error records of the prefix in)."""
    ids = _site_ids([
        lambda r: f"ERRO jobs.mirror: error creating LFS endpoint repo={r.choice(_USERS)} err=\"{r.choice(_CAUSES)}\"",
        lambda r: f"ERRO jobs.mirror: error deleting mirror repo={r.choice(_USERS)} err=\"{r.choice(_CAUSES)}\"",
        lambda r: f"ERRO jobs.mirror: failed to fetch remote repo={r.choice(_USERS)}",
        lambda r: f"INFO jobs.mirror: mirror done repo={r.choice(_USERS)}",
    ], rounds=6)
    assert _one_id_each(ids)


def test_a_capitalised_label_after_the_headers_logger_and_colon_names_the_event() -> None:
    """The record's level and its logger (tracing's target), its colon, then a subsystem's
    name in capitals or capitalised and its own colon (``DEBUG svix_server: Cache: Started``
    / ``…: DB: Started``): a label that opens the message, as after the level's colon, so two
    names there are two call sites, not one template with a value (``<*>: Started``)."""
    ids = _site_ids([
        lambda r: "DEBUG svc_core: Cache: Started",
        lambda r: "DEBUG svc_core: DB: Started",
        lambda r: "DEBUG svc_core: Worker: Started",
        lambda r: "DEBUG svc_core: Queue: Initializing pool",
    ])
    assert _one_id_each(ids)
    # near miss: a plain lower-case word there is a value the colon introduces (a file, a
    # user): one call site's records
    miner = PatternMiner()
    assert len({miner.add(f"INFO svc_core: {name}: Copied") for name in
                ["photos", "backups", "notes", "albums"]}) == 1


def test_a_types_value_after_the_level_is_a_head_field() -> None:
    """tracing-subscriber's thread ids (``ERROR ThreadId(07) app::pool: <message>``): the
    type's value after the level is a field of every record's head, no bracketed class
    before a cause (``(IOError) execution expired``): two error messages after it are two
    call sites; a function's call after a level's colon stays the message's."""
    rng = random.Random(7)
    miner = PatternMiner()
    sites = [
        lambda: f"ERROR ThreadId({rng.randint(1, 40):02d}) app::config: Invalid shard {rng.randint(1, 9)}",
        lambda: f"ERROR ThreadId({rng.randint(1, 40):02d}) app::pool: Could not validate connection pool",
        lambda: f"{_iso(rng, 'Z', 6)} ERROR ThreadId({rng.randint(1, 40):02d}) app::server: Lost the leader",
        lambda: f"{_iso(rng, 'Z', 6)} ERROR ThreadId({rng.randint(1, 40):02d}) app::client: Client timed out",
    ]
    ids = [{miner.add(site()) for _ in range(4)} for site in sites]
    assert all(len(one) == 1 for one in ids)
    assert len(set().union(*ids)) == len(sites)


def test_the_first_word_after_the_headers_colon_is_the_messages() -> None:
    """After the record's header and its colon (tracing's ``INFO app::config: <message>``),
    the message's capitalised first word is its sentence's: ``Idle timeout: <*>`` and
    ``Shutdown timeout: <*>`` are two call sites, not one with a value the colon
    introduces, and so are two names of code in snake_case there (``idle_ttl must be …`` /
    ``init_delay must be …``); a value there stays one (a path)."""
    rng = random.Random(3)
    miner = PatternMiner()
    sites = [
        lambda: f"{_iso(rng, 'Z', 6)}  INFO app::config: Idle timeout: {rng.randint(1, 999)}ms",
        lambda: f"{_iso(rng, 'Z', 6)}  INFO app::config: Shutdown timeout: {rng.randint(1, 999)}ms",
        lambda: f"{_iso(rng, 'Z', 6)}  INFO app::config: Connect timeout: {rng.randint(1, 999)}ms",
        lambda: f"{_iso(rng, 'Z', 6)} ERROR app::config: idle_ttl must be greater than {rng.randint(0, 9)}",
        lambda: f"{_iso(rng, 'Z', 6)} ERROR app::config: init_delay must be greater than {rng.randint(0, 9)}",
    ]
    ids: list[set[str]] = [set() for _ in sites]
    for _ in range(4):  # (interleaved, as a stream prints them)
        for site, render in enumerate(sites):
            ids[site].add(miner.add(render()))
    assert all(len(one) == 1 for one in ids)
    assert len(set().union(*ids)) == len(sites)
    copied = {miner.add(f"{_iso(rng, 'Z', 6)}  INFO app::sync: {path}: copied") for path in _PATHS}
    assert len(copied) == 1


def test_tracings_thread_name_and_line_number_are_head_fields() -> None:
    """tracing-subscriber with thread names, thread ids and line numbers (``WARN worker-3
    ThreadId(07) app::http::stream: 73: <message>``): the thread's name is a head field, the
    line after the target's colon the call site's (kept, as a file's line is): messages of
    one module that end with a cause are as many call sites (the line masked, they had read
    as a label's ``<*>:`` and a cause, ``cluster: <*>: <*> billing metrics: <*>``), one call
    site one pattern whatever its values, batched too."""
    rng = random.Random(11)
    threads = ["main", "tokio-runtime-worker", "actix-rt", "InventoryStore", "ingest.pool", "audit_log"]

    def head(level: str, target: str, line: int) -> str:
        thread = rng.choice(threads) + rng.choice(["", f"-{rng.randint(1, 40)}"])
        return f"{level:>5} {thread} ThreadId({rng.randint(0, 40)}) {target}: {line}: "

    def stream() -> str:
        return rng.choice(["orders", "events-7", "audit_log", "billing.eu"])

    causes = ["connection refused", "operation timed out", "permission denied (os error 13)"]

    def cause() -> str:
        return rng.choice(causes)

    cluster = "app::http::cluster"
    sites = [
        lambda: head("WARN", "app::http::stream", 73)
        + f"failed to delete local data for stream {stream()} with error {cause()}",
        lambda: head("WARN", "app::http::stream", 91)
        + f"failed to delete stats for stream {stream()}: {cause()}",
        lambda: head("ERROR", cluster, 1697) + f"Error fetching prism billing metrics: {cause()}",
        lambda: head("ERROR", cluster, 1712) + f"Error fetching indexer billing metrics: {cause()}",
        lambda: head("ERROR", cluster, 1663) + f"Failed to get prism info for billing metrics: {cause()}",
    ]
    _assert_one_pattern_per_site(sites, rounds=12)


def test_a_classs_line_before_the_heads_dash_is_the_call_sites() -> None:
    """log4j's ``%-5p %c{1}:%L - %m`` (``ERROR KafkaRoller:418 - <message>``): the class's
    name and its line after the level are the call site's, kept, so two call sites of one
    class that print one message are two patterns (the line masked, they were one,
    ``KafkaRoller:<*> - Pod <*> is not ready: <*>``); one call site is one pattern whatever
    its values, batched too; a host and its port after a message's word stay a value."""
    rng = random.Random(5)
    causes = ["Connection refused", "java.util.concurrent.TimeoutException", "Read timed out", "not found"]

    def cause() -> str:
        return rng.choice(causes)

    def name() -> str:
        return rng.choice(["orders", "events-7", "audit_log", "billing.eu", "payments-db"])

    sites = [
        lambda: f"ERROR KafkaRoller:838 - Requesting a new proposal for {name()} failed: {cause()}",
        lambda: f"ERROR KafkaRoller:1054 - Stopping execution of {name()} failed: {cause()}",
        lambda: f"WARN  KafkaRoller:418 - Pod {name()} is not ready: {cause()}",
        lambda: f"WARN  KafkaRoller:431 - Pod {name()} is not ready: {cause()}",
        lambda: f"INFO  CaReconciler:676 - Generating CA with subject={name()}",
    ]
    _assert_one_pattern_per_site(sites, rounds=12)
    miner = PatternMiner()
    hosts = {miner.add(f"INFO  Connected to broker-{n}:{9000 + n} - ready") for n in range(6)}
    assert len(hosts) == 1


def test_one_kept_location_in_the_head_is_one_call_site() -> None:
    """A code location kept with its line in the head (log4j's ``%c{1}:%L - %m``, glog's
    ``file.cc:86]``) names one call site: its records are one pattern whatever words they
    printed, a kind and a trigger among them (``Reconciliation #<n>(<trigger>)
    <kind>(<ns>/<name>): …``), which a word's place alone would have split; not where a
    state or an HTTP status's class differs, which name the pattern."""
    rng = random.Random(9)
    words = ["weekly", "secondary", "global", "analytics", "timer", "watch", "default", "system"]

    def ref() -> str:
        return (f"Reconciliation #{rng.randint(1, 9999)}({rng.choice(words)}) {rng.choice(words)}"
                f"({rng.choice(words)}-{rng.randint(1, 40)}/{rng.choice(words)}): ")

    sites = [
        lambda: f"INFO  StrimziPodSetController:347 - {ref()}StrimziPodSet is deleting => nothing to do",
        lambda: f"WARN  KafkaBridgeCluster:330 - {ref()}The spec.http.tls property is missing.",
        lambda: f"INFO  KafkaConnectAssemblyOperator:504 - {ref()}reconciled",
    ]
    _assert_one_pattern_per_site(sites, rounds=10)
    miner = PatternMiner()
    states = {miner.add(f"INFO  ConnectionPool:52 - pool {state} for {rng.choice(words)}")
              for state in ("paused", "draining", "paused", "draining")}
    assert len(states) == 2


def test_a_text_of_another_length_after_one_kept_location_is_one_value() -> None:
    """After a code location kept with its line in the head (glog's ``E<date> <time> <tid>
    admin.go:667] …``), one call site printed a text of another length where two records
    part, an error appended with no mark before it (``… updated schema <err>``): one
    pattern, the text one value to the end; two call sites stay two, and so do a location's
    records whose HTTP status's class differs."""
    rng = random.Random(13)
    causes = ["context canceled", "connection reset by peer", "lookup cache06: no such host",
              "unexpected status 503", "EOF", "write /var/lib/x: no space left on device",
              'Get "https://vault-0/auth/5bf9": dial tcp 10.0.0.7:5432: i/o timeout']

    def head(line: str) -> str:
        clock = f"15:04:{rng.randint(10, 59)}.{rng.randint(100000, 999999)}"
        return f"E0102 {clock} {rng.randint(1, 99999)} {line}] "

    sites = [
        lambda: head("admin.go:667") + f"Unable to find uid of updated schema {rng.choice(causes)}",
        lambda: head("storage.go:226") + f"TERM for {rng.randint(1, 9)} = {rng.choice(causes)}",
        lambda: head("draft.go:319") + f"error {rng.choice(causes)} while parsing key {rng.randint(1, 999)}",
    ]
    _assert_one_pattern_per_site(sites, rounds=12)
    miner = PatternMiner()
    by_class: dict[str, set[str]] = {}
    for _ in range(30):
        status = rng.choice([403, 404, 201, 204, 301, 502])
        more = rng.choice(["", " for a tenant", " after a retry"])
        tries = rng.randint(1, 9)
        text = head("http_proxy.cpp:86") + f"Proxy call failed, status_code: {status}, try: {tries}{more}"
        by_class.setdefault(str(status)[0], set()).add(miner.add(text))
    assert all(len(one) == 1 for one in by_class.values())
    assert len(set().union(*by_class.values())) == len(by_class)


def test_two_classes_tags_after_the_level_are_two_call_sites() -> None:
    """A class's name in brackets right after the level, as a Java program writes it into
    its message (``RecordLog.warn("[EtcdDataSource] Error when loading …")``): the class
    that logs, as a logger's name; two classes' messages that differ by one more word are
    two call sites (a bracketed word there is a value otherwise: ``[alice]`` / ``[bob]``)."""
    rng = random.Random(17)
    miner = PatternMiner()
    sites = [
        lambda: "WARNING [EtcdDataSource] Error when loading initial configuration",
        lambda: "WARNING [SpringCloudConfigDataSource] Error when loading initial application",
        lambda: f"INFO [ServerEntityCodecProvider] Response entity writer resolved: {rng.choice(_PATHS)}",
        lambda: f"INFO [ClientEntityCodecProvider] Response entity decoder resolved: {rng.choice(_PATHS)}",
    ]
    ids: list[set[str]] = [set() for _ in sites]
    for _ in range(4):
        for site, render in enumerate(sites):
            ids[site].add(miner.add(render()))
    assert all(len(one) == 1 for one in ids)
    assert len(set().union(*ids)) == len(sites)
    users = {miner.add(f"INFO [{name}] logged in from the web") for name in ("alice", "bob", "carol")}
    assert len(users) == 1


def test_a_targets_module_name_with_a_digit_is_the_targets() -> None:
    """A Rust target's module name that holds a digit (tracing's ``ERROR
    app::net::tcp4: <message>``, a protocol's or a version's module: ``h2``, ``s3``,
    ``oauth2``) is the code's, as the path's other names are: two modules' records are two
    call sites, one at a time and in a batch (a word holding a digit elsewhere is a value:
    ``peer node7 left``)."""
    rng = random.Random(31)
    modules = ["tcp4", "tcp6", "tcp4_tls", "quic2"]

    def line(module: str) -> str:
        cause = rng.choice(["broken pipe", "operation timed out", "connection reset by peer"])
        return f"{_iso(rng, 'Z', 6)} ERROR acme_proxy::net::{module}: could not accept a socket: {cause}"

    def bare(module: str) -> str:  # (no time: tracing's format without_time())
        return line(module).split(" ", 1)[1]

    lines = [line(module) for _ in range(5) for module in modules]
    miner = PatternMiner()
    ids = [miner.add(text) for text in lines]
    assert len({ids[at] for at in range(0, len(lines), len(modules))}) == 1
    assert len(set(ids)) == len(modules)
    batch = PatternMiner().add_batch(lines)
    assert len(set(batch)) == len(modules)
    # each module once in a request: a place of three words or more, each in one record,
    # which the batch reads as a variable's elsewhere
    batch = PatternMiner().add_batch([bare(module) for module in modules])
    assert len(set(batch)) == len(modules)
    # near miss: a word holding a digit in the message is a value
    miner = PatternMiner()
    names = ("node7", "edge12", "db3")
    assert len({miner.add(f"INFO acme_proxy::net: peer {name} left") for name in names}) == 1


def test_the_record_heads_cases_answer_as_their_readers_did() -> None:
    # The record's head has one reader (templates.record_header) and its cases (docs/patterns.md
    # § The record's head; round 36, header36): where the message opens, after the walk's colon
    # or a level's colon after two names at most; a level alone in brackets and a name; the
    # level's fields and a module logger's colon. The last two answer as the readers they
    # replaced did, on random token lists.
    from otlp_sampler.patterns.templates import bracketed_level_name, header_end
    from otlp_sampler.patterns.tokens import _past_module_logger, head_fields_end, tokens

    def opens(text: str) -> int:
        return header_end(tokens(text)[0]) + 1

    assert opens("INFO [main] com.acme.Server - listening on <*>") == 6  # (the walk's dash)
    assert opens("pulp [<*>]: pulpcore.tasking.worker:INFO: Worker <*> started") == 9  # (a level's colon)
    assert opens("main: WARNING: Changed nick of user <*>") == 4
    assert opens("disk full on <*>: WARNING: retrying") == 0  # (three names before the level: no head)
    assert opens("listening on <*>") == 0
    assert bracketed_level_name(tokens("[Error] TelegramProxy: Unable to send test message")[0])
    assert bracketed_level_name(tokens("[debug] fetch_channel: done")[0])
    assert not bracketed_level_name(tokens("[orders] Pool: resized")[0])  # (a tag, no level)
    assert not bracketed_level_name(tokens("[Error] TelegramProxy failed")[0])  # (no colon)
    assert head_fields_end(["ERROR", "<*>", "app", ":", ":", "http", ":", "<*>", ":", "<*>"], True) == 7
    assert head_fields_end(["WARN", "com.acme.Server", ":", "<*>", ":", "<*>"], True) == 3
    assert head_fields_end(["ERROR", "db", ":", "<*>", ":", "<*>"], True) == 1  # (a bare logger's)
    assert head_fields_end(["ERROR", "db", ":", "<*>", ":", "<*>"]) == 1

    def old_fields_end(out: list[str]) -> int:
        # tokens._fold_values' test before round 36
        head = head_fields_end(out)
        if (head and head + 3 < len(out) and out[head + 1] == ":"
                and (out[head + 2] == ":" or "." in out[head])):
            head = _past_module_logger(out, head)
        return head

    def old_bracketed(tokens: list[str]) -> bool:
        # shapes._leading_name_at's and class_label_at's shared test before round 36
        return (len(tokens) > 5 and tokens[4] == ":" and tokens[0] == "[" and tokens[2] == "]"
                and tokens[1].lower() in {"error", "info", "debug", "warn", "warning", "trace", "fatal"})

    pool = ["ERROR", "INFO", "WARNING", "Error", "info", "debug", "[", "]", ":", "-", "<*>", "app",
            "com.acme.Server", "http", "pulp", "worker", "Server", "done", "failed", "=", "|", "(", ")"]
    rng = random.Random(36)
    for _ in range(20000):
        cut = [rng.choice(pool) for _ in range(rng.randint(1, 12))]
        assert head_fields_end(cut, True) == old_fields_end(cut), cut
        shaped = [rng.choice(["[", "("]), rng.choice(["ERROR", "Error", "info", "debug", "pulp"]),
                  rng.choice(["]", ")"]), rng.choice(pool), rng.choice([":", "-"]), *cut]
        for size in (len(shaped), 5, 6):
            assert bracketed_level_name(shaped[:size]) == old_bracketed(shaped[:size]), shaped
