"""Record-head layouts of widely used logging libraries and daemons, and a bench that puts
labelled messages under each (a development tool; ``test_layouts.py`` runs a small sample).

    python tests/patterns/corpus/layouts.py DIR [--programs 0] [--lines 600] [--only NAME]

DIR holds ``*_2k.log_structured.csv`` files (columns ``Content`` and ``EventTemplate``, e.g.
/work/corpus/sets/dev/s0). Each file's messages are fed to a fresh ``PatternMiner`` bare and
then under every layout; the table gives, per layout, the mean grouping accuracy (GA) over the
files and its difference from the bare mean (same lines, same labels), worst first, with the
programs that lose most. ``--programs N`` takes every k-th file so that N are read (0: all);
``--lines`` cuts each file to its first lines. A program whose messages mostly open with
a head of their own (JSON, ``level=``, a level or a time first) is left out.

Each layout renders the head its library prints by default (or in the layout its
documentation shows first; the URL is beside it) from varying values: the time of each
record, a process id, a thread (from a small pool per stream), and a logger (class, module,
category or source location) and level that belong to the call site: one call site always
logs through one logger at one level, as in a program, so two call sites of one message
and two loggers stay two labels. A multi-line message gets the head before its first line.

The corpus tools share its readers of labelled files (``labelled_files``, ``labelled_rows``)
and ``grouping_accuracy``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import pathlib
import random
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from otlp_sampler.patterns import PatternMiner


@dataclass(frozen=True)
class Site:
    """What a call site fixes in its record's head."""

    level: str  # INFO, WARN, ERROR or DEBUG
    logger: int  # which of the stream's loggers (an index; each layout names its own)
    line: int  # a source line, for layouts that print a location


@dataclass(frozen=True)
class Head:
    """The values one record's head is drawn from."""

    site: Site
    rng: random.Random
    threads: Sequence[str]
    pid: int


Render = Callable[[Head, str], str]


@dataclass(frozen=True)
class Layout:
    name: str
    url: str  # where the layout is documented
    render: Render


def _t(r: random.Random) -> tuple[int, int, int, int, int]:
    return r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)


def _iso(r: random.Random, zone: str = "Z", digits: int = 3) -> str:
    d, h, m, s, us = _t(r)
    frac = f".{str(us).zfill(6)[:digits]}" if digits else ""
    return f"2026-03-{d:02d}T{h:02d}:{m:02d}:{s:02d}{frac}{zone}"


def _space(r: random.Random, sep: str = ",") -> str:
    d, h, m, s, us = _t(r)
    return f"2026-03-{d:02d} {h:02d}:{m:02d}:{s:02d}{sep}{us // 1000:03d}"


def _clock(r: random.Random, digits: int = 3) -> str:
    _, h, m, s, us = _t(r)
    return f"{h:02d}:{m:02d}:{s:02d}" + (f".{str(us).zfill(6)[:digits]}" if digits else "")


def _slash_date(r: random.Random) -> str:
    d, h, m, s, _ = _t(r)
    return f"2026/03/{d:02d} {h:02d}:{m:02d}:{s:02d}"


def _bsd(r: random.Random) -> str:
    d, h, m, s, _ = _t(r)
    return f"Mar {d:2d} {h:02d}:{m:02d}:{s:02d}"


def _thread(h: Head) -> str:
    return h.rng.choice(h.threads)


def _pick(names: Sequence[str]) -> Callable[[Head], str]:
    return lambda h: names[h.site.logger % len(names)]


_JAVA = _pick(["com.acme.orders.OrderService", "com.acme.store.BlobStore", "com.acme.http.Router",
               "com.acme.auth.TokenValidator", "com.acme.sched.JobRunner"])
_JAVA36 = _pick(["c.a.orders.OrderService", "c.a.store.BlobStore", "c.a.http.Router",
                 "c.a.auth.TokenValidator", "c.a.sched.JobRunner"])
_PY = _pick(["app.orders", "app.storage.blobs", "app.http", "app.auth.tokens", "app.scheduler"])
_RUST = _pick(["acme::orders", "acme::storage::blob", "acme::http::router", "acme::auth",
               "acme::sched::runner"])
_DOTNET = _pick(["Acme.Orders.OrderService", "Acme.Storage.BlobStore", "Acme.Http.Router",
                 "Acme.Auth.TokenValidator", "Acme.Scheduling.JobRunner"])
_NAME = _pick(["orders", "storage", "http", "auth", "scheduler"])
_GOFILE = _pick(["orders.go", "store.go", "router.go", "token.go", "runner.go"])
_GOPATH = _pick(["orders/service.go", "storage/blob.go", "http/router.go", "auth/token.go",
                 "sched/runner.go"])
_CCFILE = _pick(["orders.cc", "blob_store.cc", "router.cc", "token.cc", "job_runner.cc"])


def _loc(files: Callable[[Head], str]) -> Callable[[Head], str]:
    return lambda h: f"{files(h)}:{h.site.line}"


def _lv(table: dict[str, str]) -> Callable[[Head], str]:
    return lambda h: table[h.site.level]


_UPPER = _lv({"INFO": "INFO", "WARN": "WARN", "ERROR": "ERROR", "DEBUG": "DEBUG"})
_LOWER = _lv({"INFO": "info", "WARN": "warn", "ERROR": "error", "DEBUG": "debug"})
_PYLV = _lv({"INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR", "DEBUG": "DEBUG"})
_THREE = _lv({"INFO": "INF", "WARN": "WRN", "ERROR": "ERR", "DEBUG": "DBG"})
_MEL = _lv({"INFO": "info", "WARN": "warn", "ERROR": "fail", "DEBUG": "dbug"})
_JUL = _lv({"INFO": "INFO", "WARN": "WARNING", "ERROR": "SEVERE", "DEBUG": "FINE"})
_ERL = _lv({"INFO": "info", "WARN": "warning", "ERROR": "error", "DEBUG": "debug"})
_SYSLOG = _lv({"INFO": "30", "WARN": "28", "ERROR": "27", "DEBUG": "31"})  # facility daemon


def _jul(h: Head, msg: str) -> str:
    d, hh, m, s, _ = _t(h.rng)
    method = ["process", "put", "route", "validate", "run"][h.site.logger % 5]
    return (f"Mar {d:02d}, 2026 {hh % 12 + 1}:{m:02d}:{s:02d} {'AM' if hh < 12 else 'PM'} "
            f"{_JAVA(h)} {method}\n{_JUL(h)}: {msg}")


LAYOUTS: list[Layout] = [
    # --- Java
    Layout("logback default %d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg",
           "https://logback.qos.ch/manual/configuration.html",  # BasicConfigurator's pattern
           lambda h, m: f"{_clock(h.rng)} [{_thread(h)}] {_UPPER(h):<5} {_JAVA36(h)} - {m}"),
    Layout("log4j 1 TTCC %r [%t] %-5p %c %x - %m",
           "https://logging.apache.org/log4j/1.x/apidocs/org/apache/log4j/PatternLayout.html",
           lambda h, m: f"{h.rng.randint(0, 999999)} [{_thread(h)}] {_UPPER(h):<5} {_JAVA(h)}  - {m}"),
    Layout("Spring Boot console",
           "https://docs.spring.io/spring-boot/reference/features/logging.html",
           lambda h, m: (f"{_iso(h.rng, '+00:00')} {_UPPER(h):>5} {h.pid} --- [orders] "
                         f"[{_thread(h)[:15]:>15}] {_JAVA36(h):<40} : {m}")),
    Layout("java.util.logging SimpleFormatter default (two lines)",
           "https://docs.oracle.com/en/java/javase/17/docs/api/java.logging/java/util/logging/SimpleFormatter.html",
           _jul),
    # --- Python
    Layout("Python logging basicConfig %(levelname)s:%(name)s:%(message)s",
           "https://docs.python.org/3/library/logging.html#logging.basicConfig",
           lambda h, m: f"{_PYLV(h)}:{_PY(h)}:{m}"),
    Layout("Python logging %(asctime)s - %(name)s - %(levelname)s - %(message)s",
           "https://docs.python.org/3/howto/logging.html#configuring-logging",
           lambda h, m: f"{_space(h.rng)} - {_PY(h)} - {_PYLV(h)} - {m}"),
    Layout("Python logging %(asctime)s %(levelname)s %(message)s",
           "https://docs.python.org/3/howto/logging.html#logging-to-a-file",
           lambda h, m: f"{_space(h.rng)} {_PYLV(h)} {m}"),
    # --- .NET
    Layout("Serilog console [{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}",
           "https://github.com/serilog/serilog-sinks-console",
           lambda h, m: f"[{_clock(h.rng, 0)} {_THREE(h)}] {m}"),
    Layout("NLog default ${longdate}|${level:uppercase=true}|${logger}|${message}",
           "https://github.com/NLog/NLog/wiki/Layouts",
           lambda h, m: f"{_space(h.rng, '.')}0|{_UPPER(h)}|{_DOTNET(h)}|{m}"),
    Layout("Microsoft.Extensions.Logging simple console (two lines)",
           "https://learn.microsoft.com/en-us/dotnet/core/extensions/console-log-formatters",
           lambda h, m: f"{_MEL(h)}: {_DOTNET(h)}[{h.site.line % 5}]\n      {m}"),
    # --- Go
    Layout("Go log default (LstdFlags)",
           "https://pkg.go.dev/log#pkg-constants",
           lambda h, m: f"{_slash_date(h.rng)} {m}"),
    Layout("Go log/slog default handler",
           "https://pkg.go.dev/log/slog",
           lambda h, m: f"{_slash_date(h.rng)} {_UPPER(h)} {m}"),
    Layout("Go log/slog TextHandler",
           "https://pkg.go.dev/log/slog#TextHandler",
           lambda h, m: f"time={_iso(h.rng, '+00:00')} level={_UPPER(h)} msg={_slog_quote(m)}"),
    Layout("logrus TextFormatter (no TTY)",
           "https://github.com/sirupsen/logrus#formatters",
           lambda h, m: f'time="{_iso(h.rng, "Z", 0)}" level={_LOWER(h)} msg={_slog_quote(m, always=True)}'),
    Layout("zap development console encoder",
           "https://pkg.go.dev/go.uber.org/zap#NewDevelopmentConfig",
           lambda h, m: f"{_iso(h.rng, '+0000')}\t{_UPPER(h)}\t{_loc(_GOPATH)(h)}\t{m}"),
    Layout("zerolog ConsoleWriter",
           "https://github.com/rs/zerolog#pretty-logging",
           lambda h, m: f"{h.rng.randint(1, 12)}:{h.rng.randint(10, 59)}PM {_THREE(h)} {m}"),
    Layout("klog / glog Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg",
           "https://github.com/kubernetes/klog#readme",
           lambda h, m: (f"{_UPPER(h)[0]}03{h.rng.randint(10, 28)} {_clock(h.rng, 6)} "
                         f"{h.pid + h.rng.randint(0, 40):7d} {_loc(_GOFILE)(h)}] {m}")),
    # --- Rust
    Layout("env_logger default [time LEVEL target] msg",
           "https://docs.rs/env_logger/latest/env_logger/",
           lambda h, m: f"[{_iso(h.rng, 'Z', 0)} {_UPPER(h):<5} {_RUST(h)}] {m}"),
    Layout("tracing-subscriber fmt default",
           "https://docs.rs/tracing-subscriber/latest/tracing_subscriber/fmt/index.html",
           lambda h, m: f"{_iso(h.rng, 'Z', 6)} {_UPPER(h):>5} {_RUST(h)}: {m}"),
    # --- JavaScript
    Layout("pino-pretty [time] LEVEL (pid): msg",
           "https://github.com/pinojs/pino-pretty",
           lambda h, m: f"[{_clock(h.rng)}] {_UPPER(h):>5} ({h.pid}): {m}"),
    Layout("bunyan CLI [time] LEVEL: name/pid on host: msg",
           "https://github.com/trentm/node-bunyan#cli-usage",
           lambda h, m: f"[{_iso(h.rng)}] {_UPPER(h):>5}: orders/{h.pid} on web-1: {m}"),
    Layout("winston format.simple()",
           "https://github.com/winstonjs/winston#formats",
           lambda h, m: f"{_LOWER(h)}: {m}"),
    # --- Ruby, Elixir, Erlang
    Layout("Ruby Logger default",
           "https://ruby-doc.org/stdlib-3.1.1/libdoc/logger/rdoc/Logger/Formatter.html",
           lambda h, m: f"{_UPPER(h)[0]}, [{_iso(h.rng, '', 6)} #{h.pid}] {_UPPER(h):>5} -- : {m}"),
    Layout("Rails production (Logger with the request id tag)",
           "https://guides.rubyonrails.org/debugging_rails_applications.html#tagged-logging",
           lambda h, m: (f"{_UPPER(h)[0]}, [{_iso(h.rng, '', 6)} #{h.pid}] {_UPPER(h):>5} -- : "
                         f"[{_uuid(h.rng)}] {m}")),
    Layout("Elixir Logger console $time $metadata[$level] $message",
           "https://hexdocs.pm/logger/Logger.Formatter.html",
           lambda h, m: f"{_clock(h.rng)} [{_LOWER(h)}] {m}"),
    Layout("Erlang logger_formatter default",
           "https://www.erlang.org/doc/apps/kernel/logger_formatter.html",
           lambda h, m: f"{_iso(h.rng, '+00:00', 6)} {_ERL(h)}: {m}"),
    # --- system loggers and servers
    Layout("syslog RFC 3164",
           "https://datatracker.ietf.org/doc/html/rfc3164#section-4.1",
           lambda h, m: f"<{_SYSLOG(h)}>{_bsd(h.rng)} host1 ordersd[{h.pid}]: {m}"),
    Layout("syslog RFC 5424",
           "https://datatracker.ietf.org/doc/html/rfc5424#section-6",
           lambda h, m: f"<{_SYSLOG(h)}>1 {_iso(h.rng)} host1 ordersd {h.pid} - - {m}"),
    Layout("journalctl -o short",
           "https://www.freedesktop.org/software/systemd/man/latest/journalctl.html#short",
           lambda h, m: f"{_bsd(h.rng).replace('  ', ' 0')} host1 ordersd[{h.pid}]: {m}"),
    Layout("nginx error_log",
           "https://nginx.org/en/docs/ngx_core_module.html#error_log",
           lambda h, m: (f"{_slash_date(h.rng)} [{_LOWER(h)}] {h.pid}#{h.rng.randint(0, 3)}: "
                         f"*{h.rng.randint(1, 99999)} {m}")),
    Layout("Apache httpd 2.4 error log",
           "https://httpd.apache.org/docs/2.4/mod/core.html#errorlogformat",
           lambda h, m: (f"[Wed Mar {h.rng.randint(10, 28)} {_clock(h.rng, 6)} 2026] "
                         f"[{_NAME(h)}:{_LOWER(h)}] [pid {h.pid}:tid {h.rng.randint(10**14, 10**15)}] {m}")),
    Layout("spdlog default [time] [logger] [level] msg",
           "https://github.com/gabime/spdlog/wiki/3.-Custom-formatting",
           lambda h, m: f"[{_space(h.rng, '.')}] [{_NAME(h)}] [{_LOWER(h)}] {m}"),
]


def _uuid(r: random.Random) -> str:
    x = f"{r.getrandbits(128):032x}"
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def _slog_quote(text: str, always: bool = False) -> str:
    """A value as slog's and logrus's text handlers write it: quoted (Go's %q) when it holds a
    space, a quote, an equals sign or a character that is not printable."""
    if not always and text and all(c.isprintable() and c not in ' "=' for c in text):
        return text
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{body}"'


_JAVA_THREADS = ["main", "http-nio-8080-exec-1", "http-nio-8080-exec-2", "http-nio-8080-exec-7",
                 "pool-2-thread-1", "pool-2-thread-3", "scheduling-1", "ForkJoinPool.commonPool-worker-3"]


def site_of(label: str) -> Site:
    """The call site's fixed head: a level (most sites log at INFO) and a logger, from the label."""
    digest = hashlib.blake2b(label.encode(), digest_size=8).digest()
    level = ["INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"][digest[0] % 6]
    return Site(level, digest[1] % 5, 20 + int.from_bytes(digest[2:4], "big") % 900)


def render(layout: Layout | None, rows: Iterable[tuple[str, str]], seed: str) -> list[str]:
    """The messages of (message, label) rows, under the layout's head (None: bare)."""
    rng = random.Random(seed)
    pid = rng.randint(100, 99999)
    threads = rng.sample(_JAVA_THREADS, 5)
    out = []
    for message, label in rows:
        if layout is None:
            out.append(message)
        else:
            out.append(layout.render(Head(site_of(label), rng, threads, pid), message))
    return out


# The labelled Loghub dev sample, beside the checkout (what loghub_ga.py scores without --data)
LOGHUB_SAMPLE = pathlib.Path(__file__).resolve().parents[4] / "shared" / "data" / "loghub-dev"


def labelled_files(folder: pathlib.Path) -> list[pathlib.Path]:
    """The folder's labelled files, one program each (Loghub's ``*_2k.log_structured.csv``),
    sorted by name."""
    return sorted(folder.glob("*_2k.log_structured.csv"))


def labelled_files_in(paths: Iterable[pathlib.Path]) -> list[pathlib.Path]:
    """The labelled files named by ``paths``: each folder's (``labelled_files``), or the file."""
    return [file for path in paths for file in (labelled_files(path) if path.is_dir() else [path])]


def labelled_rows(path: pathlib.Path) -> list[dict[str, str]]:
    """The rows of a labelled file that have a label (``EventTemplate``), in file order, each
    a dict of the file's columns (``Content``, ``EventTemplate``, ``LineId``; Loghub's have
    ``Level`` and more). Read as UTF-8 with ``newline=""``, as the csv module asks, so that a
    quoted message keeps its own line breaks."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row.get("EventTemplate")]


def right_labels(ids: Sequence[str], labels: Sequence[str]) -> set[str]:
    """The labels whose lines got one id that no other label got (grouped right)."""
    labels_of: dict[str, set[str]] = collections.defaultdict(set)
    ids_of: dict[str, set[str]] = collections.defaultdict(set)
    for pid, label in zip(ids, labels, strict=True):
        labels_of[pid].add(label)
        ids_of[label].add(pid)
    return {label for label, found in ids_of.items()
            if len(found) == 1 and len(labels_of[next(iter(found))]) == 1}


def grouping_accuracy(ids: Sequence[str], labels: Sequence[str]) -> float:
    """The share of lines whose label got one id that no other label got."""
    size = collections.Counter(labels)
    right = sum(size[label] for label in right_labels(ids, labels))
    return right / max(len(labels), 1)


def layout_ga(layout: Layout | None, rows: Sequence[tuple[str, str]], seed: str) -> float:
    miner = PatternMiner()
    ids = [miner.add(line) for line in render(layout, rows, seed)]
    return grouping_accuracy(ids, [label for _, label in rows])


# A message that already opens with a record head of its own (JSON, logfmt's level= or time=,
# a level word or a time first): a program whose lines mostly do is left out, since a second
# head before the first is no layout a program prints.
_HEADED = re.compile(
    r"\{|\[?(?i:trace|debug|info|warn|warning|error|fatal|notice|crit|critical|err|dbg|inf|wrn)\b\]?"
    r"|level=|time=|ts=|\[?\d{4}[-/]\d\d[-/]\d\d|\[?\d\d:\d\d:\d\d|[IWEF]\d{4} |<\d+>")


def headed(rows: Sequence[tuple[str, str]]) -> bool:
    return sum(1 for message, _ in rows if _HEADED.match(message)) > len(rows) / 2


def read_rows(path: pathlib.Path, lines: int) -> list[tuple[str, str]]:
    rows = [(r["Content"], r["EventTemplate"]) for r in labelled_rows(path)]
    return rows[:lines] if lines else rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=pathlib.Path)
    parser.add_argument("--programs", type=int, default=0, help="read about this many files (0: all)")
    parser.add_argument("--lines", type=int, default=600, help="first lines of each file (0: all)")
    parser.add_argument("--only", default="", help="layouts whose name holds this text")
    parser.add_argument("--worst", type=int, default=3, help="programs listed per layout")
    args = parser.parse_args()
    files = labelled_files(args.dir)
    files = [f for f in files if not headed(read_rows(f, 200))]
    if args.programs:
        files = files[:: max(1, len(files) // args.programs)][: args.programs]
    data = {f.name.split("_2k")[0]: read_rows(f, args.lines) for f in files}
    bare = {name: layout_ga(None, rows, name) for name, rows in data.items()}
    mean_bare = sum(bare.values()) / len(bare)
    print(f"{len(data)} programs, bare GA {mean_bare:.3f}")
    table = []
    for layout in LAYOUTS:
        if args.only and args.only not in layout.name:
            continue
        per = {name: layout_ga(layout, rows, name) for name, rows in data.items()}
        mean = sum(per.values()) / len(per)
        worst = sorted(per, key=lambda n: per[n] - bare[n])[: args.worst]
        table.append((mean - mean_bare, mean, layout.name,
                      ", ".join(f"{n} {bare[n]:.2f}->{per[n]:.2f}" for n in worst if per[n] < bare[n])))
        print(f"  {mean:.3f} {mean - mean_bare:+.3f}  {layout.name}", file=sys.stderr, flush=True)
    print(f"{'GA':>6} {'vs bare':>7}  layout (programs that lose most)")
    for delta, mean, name, worst in sorted(table):
        print(f"{mean:6.3f} {delta:+7.3f}  {name}" + (f"  ({worst})" if worst else ""))


if __name__ == "__main__":
    main()
