"""A generative grammar of the values inside messages, and a bench that finds which *kinds* of
value, in which *place* of a message, cost the miner grouping accuracy (a development tool;
``test_value_grammar.py`` runs a small sample).

    python tests/patterns/corpus/value_grammar.py DIR [DIR ...] [--programs 0] [--lines 400]
        [--batch 512] [--seed 0] [--only TEXT] [--place PLACE] [--write DIR]

``head_grammar.py`` composes record heads from field kinds; this does the same for the values
a call site prints. It reads labelled lines (``Content``, ``EventTemplate``), takes each label
as a call site's template, and aligns each message with it (a ``<*>`` against the text it
stands for; a message its template does not align with is left as it is, as is a call site
whose label names a state or method, ``template | VALUE``). Then, for one *kind* of value at a
time, each call site has one of its placeholders (drawn reproducibly, or one in ``--place``)
re-filled with values of that kind, drawn afresh for each record, and the stream is scored
against a baseline filling of the same placeholders (``--baseline``, integers: a placeholder's
original values may read as words, which any kind re-filled there mends, so the messages as
they were are no baseline; the same lines, the same labels) at ``--batch`` (the proxy's path;
0: one line at a time).

The kinds, from general knowledge of what programs log: integers and floats; sizes and
durations with their units (``12ms``, ``1.5 GiB``, ``3m20s``); hex, base36 and prefixed ids,
uuids; IPv4 with and without a port, IPv6 bare and in brackets before a port; host names;
URLs with a query string; file paths (with spaces too), Windows paths; quoted and unquoted
texts of several words; error texts as languages print them (``connection refused``,
``java.io.IOException: …``, Go's ``dial tcp 10.0.0.1:80: i/o timeout``, Python's ``[Errno
111] …``); ``key=value`` and ``key: value`` runs; JSON objects and arrays, lists ``[a, b,
c]`` as Go, Python and Java print them; Erlang terms; versions; times and dates; emails,
user names, class names; SQL; command lines; a call site's few states. As a program's
variable does, one call site prints one kind in one form; its values vary by record.

The *place* of a placeholder is read from its template: ``start``, ``end``, ``middle`` (between
words), ``quoted`` ('…', "…"), ``bracketed`` ([…], (…), <…>, {…}), ``after =`` and ``after :``
(each also ``at end``: nothing but a stop after the value).
A placeholder glued to other text (``<*>ms``, ``/api/<*>/x``, ``<*>:<*>``) is never re-filled:
a value of another kind there would make a text no program prints.

Printed: per kind, the mean GA loss over the programs, the share of re-filled call sites
(grouped right with the baseline filling) that lose, and the programs that lose most; then
per kind and place the share of call sites losing, and the GA their lines cost. ``--write
DIR`` writes the programs under the first kind ``--only`` selects as labelled files, for
``grouping_errors.py``.
"""

from __future__ import annotations

import collections
import csv
import functools
import hashlib
import json
import pathlib
import random
import re
import statistics
import string
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

if __package__ in (None, ""):
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.patterns.corpus import values
from tests.patterns.corpus.head_grammar import batch_ids, bench_parser
from tests.patterns.corpus.layouts import grouping_accuracy, headed, labelled_files, read_rows

# ---------------------------------------------------------------- kinds of value


@dataclass(frozen=True)
class Draw:
    """What a value is drawn from: the record's randomness, and its call site's (fixed: one
    call site prints one form of a kind, one small vocabulary of states)."""

    rng: random.Random
    site: str

    def fixed(self, items: Sequence[str], count: int = 1) -> list[str]:
        return random.Random(self.site).sample(list(items), count)


Kind = Callable[[Draw], str]


def _hex(d: Draw, digits: int) -> str:
    return values._hexs(d.rng, digits)


def _alnum(d: Draw, alphabet: str, low: int, high: int) -> str:
    return "".join(d.rng.choice(alphabet) for _ in range(d.rng.randint(low, high)))


def _words(d: Draw, pool: Sequence[str], low: int, high: int) -> list[str]:
    return [d.rng.choice(pool) for _ in range(d.rng.randint(low, high))]


_UNITS = ["KB", "MB", "GiB", "B", "MiB"]
_ALNUM = string.ascii_letters + string.digits


def _ipv4(d: Draw) -> str:
    first = d.rng.choice([10, 172, 192, 34])
    return f"{first}.{d.rng.randrange(256)}.{d.rng.randrange(256)}.{d.rng.randrange(1, 255)}"


def _go_duration(d: Draw) -> str:
    ms = d.rng.expovariate(1 / 4000)
    return values._duration_as(ms, "go")


def _ipv6(d: Draw) -> str:
    return f"2001:db8:{_hex(d, 4).lstrip('0') or '0'}::{d.rng.randrange(1, 0xffff):x}"


_PHRASE = ["the", "new", "backup", "of", "old", "files", "for", "team", "notes", "final", "draft", "weekly",
           "report", "server", "room", "photos", "summer", "project", "plan", "copy"]
_ERRORS = {
    "plain": values._ERRORS_PLAIN_NOT_GO,
    "go": values._ERRORS_GO,
    "java": values._ERRORS_JAVA,
    "python": values._ERRORS_PY,
}
_KEYS = ["id", "name", "size", "state", "retries", "owner", "version", "count", "region", "mode"]
_STATES_UPPER = values._STATES_CAPS
_STATES_LOWER = values._STATES_WORDS


def _fields(d: Draw) -> dict[str, object]:
    """A struct's or a map's fields: the call site's keys (one to four), the record's values."""
    keys = d.fixed(_KEYS, 1 + _hash(d.site) % 4)
    numbers = ("id", "size", "retries", "count")
    return {k: d.rng.randrange(1000) if k in numbers else values.name(d.rng) for k in keys}


def _key_values(pair: str, joiner: str, opening: str = "", closing: str = "") -> Kind:
    return lambda d: opening + joiner.join(pair.format(k, v) for k, v in _fields(d).items()) + closing


def _error(lang: str) -> Kind:
    def draw(d: Draw) -> str:
        text = d.rng.choice(_ERRORS[lang])
        return (text.replace("{addr}", values.addr(d.rng)).replace("{path}", values.path(d.rng))
                .replace("{host}", values.host(d.rng)).replace("{url}", values.url(d.rng))
                .replace("{ip}", values.ip(d.rng)))
    return draw


def _time(form: str) -> Kind:
    return lambda d: values.timestamp(d.rng, "", form)


def _windows_path(d: Draw) -> str:
    folder = d.rng.choice(["Program Files\\Acme", "ProgramData\\Acme", "Users\\bob\\AppData\\Local\\Acme"])
    return f"C:\\{folder}\\{d.rng.choice(['data', 'cache', 'logs'])}\\{d.rng.choice(values._FILES)}"


def _spaced_path(d: Draw) -> str:
    return f"/{d.rng.choice(values._SPACED_DIRS)}/{d.rng.choice(values._SPACED_FILES)}"


def _state(pool: Sequence[str]) -> Kind:
    # one call site's vocabulary: three states of the pool, one per record
    return lambda d: d.rng.choice(d.fixed(pool, 3))


# name -> how a value of it is drawn; "family:form"
KINDS: dict[str, Kind] = {
    "int:small": lambda d: str(d.rng.randrange(0, 40)),
    "int:large": lambda d: str(d.rng.randrange(1, 10 ** d.rng.randint(2, 10))),
    "int:negative": lambda d: str(-d.rng.randrange(1, 10 ** d.rng.randint(1, 5))),
    "float": lambda d: f"{d.rng.uniform(0, 1000):.{d.rng.randint(1, 4)}f}",
    "percent": lambda d: f"{d.rng.uniform(0, 100):.1f}%",
    "size:glued": lambda d: f"{d.rng.uniform(1, 999):.{d.rng.choice([0, 1])}f}{d.rng.choice(_UNITS)}",
    "size:spaced": lambda d: f"{d.rng.uniform(1, 999):.1f} {d.rng.choice([*_UNITS, 'bytes'])}",
    "duration:ms": lambda d: f"{d.rng.randrange(0, 5000)}ms",
    "duration:go": _go_duration,
    "duration:s": lambda d: f"{d.rng.expovariate(1 / 3):.3f}s",
    "duration:spaced": lambda d: f"{d.rng.randrange(1, 900)} {d.rng.choice(['ms', 'seconds', 'minutes'])}",
    "duration:clock": lambda d: (f"{d.rng.randrange(3):02d}:{d.rng.randrange(60):02d}:"
                                  f"{d.rng.uniform(0, 60):06.3f}"),
    "duration:iso": lambda d: f"PT{d.rng.uniform(0, 90):.3f}S",
    "hex:short": lambda d: f"{d.rng.getrandbits(d.rng.choice([8, 12, 16])):x}",
    "hex:8": lambda d: _hex(d, 8),
    "hex:16": lambda d: _hex(d, 16),
    "hex:40": lambda d: _hex(d, 40),
    "hex:0x": lambda d: f"0x{d.rng.getrandbits(d.rng.choice([16, 32, 48])):x}",
    "base36": lambda d: _alnum(d, string.digits + string.ascii_lowercase, 6, 10),
    "base32:upper": lambda d: _alnum(d, string.digits + string.ascii_uppercase, 26, 26),
    "id:prefixed": lambda d: f"{d.fixed(['req', 'job', 'tx', 'sess'])[0]}_{_alnum(d, _ALNUM, 8, 16)}",
    "uuid": lambda d: values._raw("uuid", d.rng, "", ""),
    "ipv4": _ipv4,
    "ipv4:port": lambda d: f"{_ipv4(d)}:{d.rng.randrange(1024, 65535)}",
    "ipv6": _ipv6,
    "ipv6:port": lambda d: f"[{_ipv6(d)}]:{d.rng.choice([443, 8080, 5432, d.rng.randrange(1024, 65535)])}",
    "cidr": lambda d: f"10.{d.rng.randrange(256)}.{d.rng.randrange(256)}.0/{d.rng.choice([16, 24, 28])}",
    "mac": lambda d: ":".join(_hex(d, 2) for _ in range(6)),
    "host": lambda d: values.host(d.rng),
    "host:port": lambda d: f"{values.host(d.rng)}:{d.rng.choice([80, 443, 8080, 6379])}",
    "url": lambda d: values.url(d.rng),
    "url:query": lambda d: f"https://{values.host(d.rng)}/api/v1/{d.rng.choice(values._SERVICES)}?{values.query_string(d.rng)}",
    "path": lambda d: values.path(d.rng),
    "path:spaced": _spaced_path,
    "path:windows": _windows_path,
    "text:quoted": lambda d: '"' + " ".join(_words(d, _PHRASE, 2, 5)) + '"',
    "text:spaced": lambda d: " ".join(_words(d, _PHRASE, 2, 5)),
    "err:plain": _error("plain"),
    "err:go": _error("go"),
    "err:java": _error("java"),
    "err:python": _error("python"),
    "kv:equals": _key_values("{}={}", " "),
    "kv:colon": _key_values("{}: {}", ", "),
    "json:object": lambda d: json.dumps(_fields(d)),
    "json:array": lambda d: json.dumps([values.name(d.rng) for _ in range(d.rng.randint(0, 4))]),
    "list:java": lambda d: "[" + ", ".join(values.name(d.rng) for _ in range(d.rng.randint(1, 4))) + "]",
    "list:go": lambda d: "[" + " ".join(values.name(d.rng) for _ in range(d.rng.randint(1, 4))) + "]",
    "list:python": lambda d: repr([values.name(d.rng) for _ in range(d.rng.randint(1, 4))]),
    "struct:go": _key_values("{}:{}", " ", "{", "}"),
    "struct:java": _key_values("{}={}", ", ", "Task{", "}"),
    "erlang:term": lambda d: d.rng.choice(values._ERRORS_ERL),
    "erlang:pid": lambda d: f"<0.{d.rng.randrange(100, 9999)}.0>",
    "version": lambda d: values.version(d.rng),
    "time:iso": _time("iso"),
    "time:space": _time("space"),
    "time:ctime": _time("ctime"),
    "time:epoch": _time("epoch"),
    "date": lambda d: f"2024-{d.rng.randint(1, 12):02d}-{d.rng.randint(1, 28):02d}",
    "email": lambda d: values._raw("email", d.rng, "", ""),
    "user": lambda d: d.rng.choice(values._USERS),
    "class:java": lambda d: d.rng.choice(values._CLASSES_BY_LANGUAGE["java"]),
    "class:ruby": lambda d: d.rng.choice(values._CLASSES_BY_LANGUAGE["ruby"]),
    "sql": lambda d: d.rng.choice(values._SQL),
    "command": lambda d: values.command(d.rng),
    "state:upper": _state(_STATES_UPPER),
    "state:lower": _state(_STATES_LOWER),
    "bool": lambda d: d.rng.choice(["true", "false"]),
}

# ---------------------------------------------------------------- call sites and places

_SLOT = "<*>"
# a placeholder's neighbours that part it from the text around it: anything else glues it to a
# word, a path, another placeholder (a value of another kind there is no text a program prints)
_OPENS = " \t'\"`[(<{=:"
_CLOSES = " \t'\"`])>},;"
_PAIRS = {("'", "'"), ('"', '"'), ("`", "`"), ("[", "]"), ("(", ")"), ("<", ">"), ("{", "}")}
PLACES = ("start", "end", "middle", "quoted", "bracketed", "after =", "after = at end", "after :",
          "after : at end")


def place_of(template: str, start: int, end: int) -> str | None:
    """Where a placeholder stands in its template; None where it is glued to other text."""
    before, after = template[:start], template[end:]
    b, a = before[-1:], after[:1]
    # a stop or a colon after the value ends a sentence or opens a cause: the value is parted
    if a and a in ".:!?" and after[1:2] in ("", " "):
        a = " "
    if (b and b not in _OPENS) or (a and a not in _CLOSES):
        return None
    # "key=<*>", "key:<*>" part a key's value; "<*>:<*>", "10.0.0.1:<*>" a value's own parts
    key = before[-2:-1]
    if (b == "=" and not (key.isalnum() or key == "_")) or (b == ":" and not key.isalpha()):
        return None
    if (b, a) in _PAIRS:
        return "quoted" if b in "'\"`" else "bracketed"
    if (b and b in "'\"`[(<{") or (a and a in "'\"`])>}"):
        return None  # one side of a pair holding more than the value ("[<*> ms]")
    if before.rstrip(" ").endswith("="):
        return "after = at end" if not after.strip(" .!?") else "after ="
    if before.rstrip(" ").endswith(":"):
        return "after : at end" if not after.strip(" .!?") else "after :"
    if not before.strip():
        return "start"
    if not after.strip(" .!?"):
        return "end"
    return "middle"


@dataclass(frozen=True)
class Site:
    """A call site: its label, the regular expression its messages align with, and its
    placeholders' places (None: glued, never re-filled)."""

    label: str
    pattern: re.Pattern[str]
    places: tuple[str | None, ...]


@functools.cache
def site_of(label: str) -> Site | None:
    """The call site a label names; None when the label names a state or a method after its
    template (``template | VALUE``: the value is the label's, no placeholder's)."""
    if " | " in label and _SLOT not in label.rsplit(" | ", 1)[1]:
        return None
    pieces = label.split(_SLOT)
    pattern = re.compile("(.*?)".join(re.escape(p) for p in pieces), re.S)
    places, at = [], 0
    for piece in pieces[:-1]:
        at += len(piece)
        places.append(place_of(label, at, at + len(_SLOT)))
        at += len(_SLOT)
    return Site(label, pattern, tuple(places))


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


# Where a kind may stand. A state said in prose names an event (``task 7 FAILED``;
# ``kinds.LABELLED``, the corpus labels it so): it is re-filled only where a program presents
# it as a value, quoted or after a key. A text in its own quotes is not quoted again. A value
# of a varying count of words (an error's text, a phrase, SQL, a command line, a run of keys, a
# list printed with spaces) stands where the format parts it from the prose: in quotes or
# brackets, after a colon or a key's ``=`` at the line's end (``open %s: %v``, ``err=%v``);
# between or after words of prose, or as the subject a colon follows (``%s: done``), no
# reader could tell it from them, and no program prints one there.
_VALUE_PLACES = frozenset(("quoted", "after =", "after = at end", "after :", "after : at end"))
_PARTED = frozenset(("quoted", "bracketed", "after : at end", "after = at end"))
_VARYING_WORDS = ("err:plain", "err:go", "err:java", "err:python", "text:spaced", "sql", "command",
                  "kv:equals", "kv:colon", "json:object", "json:array", "list:java", "list:go", "list:python",
                  "struct:go", "struct:java", "erlang:term")
_PLACES_OF = {"state:upper": _VALUE_PLACES, "state:lower": _VALUE_PLACES,
              "text:quoted": frozenset(PLACES) - {"quoted"}, **{kind: _PARTED for kind in _VARYING_WORDS}}


def chosen_slot(site: Site, kind: str, place: str = "") -> int | None:
    """The placeholder re-filled at a call site: one drawn by the label among those in
    ``place`` (any place if empty) that can hold ``kind``, never a glued one."""
    allowed = _PLACES_OF.get(kind, PLACES)
    slots = [i for i, p in enumerate(site.places) if p in allowed and (not place or p == place)]
    return slots[_hash(site.label) % len(slots)] if slots else None


def refill(rows: Sequence[tuple[str, str]], kind: str, seed: str, place: str = "",
           slots_of: str = "") -> tuple[list[str], dict[str, str]]:
    """The messages with one placeholder of each call site re-filled with values of ``kind``,
    and the place of the one re-filled at each call site that was (by label). The placeholder
    is the one ``slots_of``'s places choose (default ``kind``'s): a baseline kind re-fills the
    same placeholders as the kind it is compared with."""
    rng = random.Random(seed)
    draw_of = KINDS[kind]
    out, refilled = [], {}
    for message, label in rows:
        site = site_of(label)
        slot = chosen_slot(site, slots_of or kind, place) if site else None
        match = site.pattern.fullmatch(message) if slot is not None else None
        if match is None:
            out.append(message)
            continue
        value = draw_of(Draw(rng, f"{seed}/{label}"))
        out.append(message[:match.start(slot + 1)] + value + message[match.end(slot + 1):])
        refilled[label] = site.places[slot]
    return out, refilled


# ---------------------------------------------------------------- the bench


def right_labels(ids: Sequence[str], labels: Sequence[str]) -> set[str]:
    """The labels grouped right: one id each, which no other label got."""
    labels_of: dict[str, set[str]] = collections.defaultdict(set)
    ids_of: dict[str, set[str]] = collections.defaultdict(set)
    for pid, label in zip(ids, labels, strict=True):
        labels_of[pid].add(label)
        ids_of[label].add(pid)
    return {label for label, found in ids_of.items()
            if len(found) == 1 and len(labels_of[next(iter(found))]) == 1}


@dataclass
class Score:
    """One program under one kind (or the baseline filling): its GA, the labels grouped right,
    and the call sites re-filled with the place of the placeholder re-filled."""

    ga: float
    right: set[str]
    refilled: dict[str, str]

    def lost(self, base: Score) -> set[str]:
        """The re-filled call sites grouped right under the baseline filling and not under this."""
        return {label for label in self.refilled if label in base.right and label not in self.right}


def score(rows: Sequence[tuple[str, str]], kind: str | None, seed: str, size: int, place: str = "",
          slots_of: str = "") -> Score:
    """The rows with ``kind`` re-filled (None: the rows as they are), scored."""
    labels = [label for _, label in rows]
    if kind is None:
        messages, refilled = [m for m, _ in rows], {}
    else:
        messages, refilled = refill(rows, kind, seed, place, slots_of)
    ids = batch_ids(messages, size)
    return Score(grouping_accuracy(ids, labels), right_labels(ids, labels), refilled)


# The baseline filling: integers, which every miner masks wherever they stand, re-filled into the
# placeholders the kind under test re-fills (a placeholder's original values may read as words,
# which any kind re-filled there would mend: the messages as they were are no baseline).
BASELINE = "int:large"


def programs(dirs: Sequence[pathlib.Path], count: int, lines: int) -> dict[str, list[tuple[str, str]]]:
    """The labelled files' first lines by program, but programs whose messages mostly open with a
    record head of their own (``layouts.headed``): their labels hold the head, whose fields
    (a thread, a logger) are no place of a message's values."""
    files = [f for d in dirs for f in (labelled_files(d) if d.is_dir() else [d])]
    files = [f for f in files if not headed(read_rows(f, 200))]
    if count:
        files = files[:: max(1, len(files) // count)][:count]
    return {f"{f.parent.parent.name}/{f.parent.name}/{f.name.split('_2k')[0]}": read_rows(f, lines)
            for f in files}


def write(kind: str, data: dict[str, list[tuple[str, str]]], folder: pathlib.Path, seed: int,
          place: str) -> None:
    """The programs' lines under one kind, as labelled files (``Content``, ``EventTemplate``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in data.items():
        lines, _ = refill(rows, kind, f"{seed}/{name}", place)
        path = folder / f"{name.replace('/', '-')}_2k.log_structured.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(["LineId", "Content", "EventTemplate"])
            out.writerows((i + 1, line, label)
                          for i, (line, (_, label)) in enumerate(zip(lines, rows, strict=True)))
    print(f"{kind}: {len(data)} files in {folder}")


def main() -> None:
    parser = bench_parser(__doc__.splitlines()[0], unit="kind", named="name")
    parser.add_argument("--place", default="", choices=("", *PLACES), help="re-fill only placeholders here")
    parser.add_argument("--baseline", default=BASELINE, choices=tuple(KINDS),
                        help="the kind each is scored against")
    args = parser.parse_args()
    data = programs(args.dirs, args.programs, args.lines)
    kinds = [k for k in KINDS if args.only in k]
    if args.write:
        write(kinds[0], data, args.write, args.seed, args.place)
        return
    original = {name: score(rows, None, name, args.batch) for name, rows in data.items()}
    as_they_were = statistics.fmean(s.ga for s in original.values())
    print(f"{len(data)} programs, GA of the messages as they were {as_they_were:.4f} (batch {args.batch}, "
          f"{args.lines} lines); each kind against {args.baseline} in the same placeholders")
    baselines: dict[frozenset[str], dict[str, Score]] = {}
    table = []
    by_place: dict[tuple[str, str], list[bool]] = collections.defaultdict(list)
    # the GA a place's lost call sites cost: their lines' share of the program's, mean over programs
    lost_lines: dict[tuple[str, str], float] = collections.defaultdict(float)
    lines_of = {name: collections.Counter(label for _, label in rows) for name, rows in data.items()}
    for kind in kinds:
        places = _PLACES_OF.get(kind, frozenset(PLACES))
        if places not in baselines:
            baselines[places] = {
                name: score(rows, args.baseline, f"{args.seed}/{name}", args.batch, args.place, kind)
                for name, rows in data.items()}
        bare = baselines[places]
        per = {name: score(rows, kind, f"{args.seed}/{name}", args.batch, args.place)
               for name, rows in data.items()}
        delta = statistics.fmean(per[n].ga - bare[n].ga for n in data)
        lost = {n: per[n].lost(bare[n]) for n in data}
        sites = [(n, label, place) for n in data for label, place in per[n].refilled.items()
                 if label in bare[n].right]
        for n, label, place in sites:
            by_place[(kind, place)].append(label in lost[n])
            if label in lost[n]:
                lost_lines[(kind, place)] += lines_of[n][label] / len(data[n]) / len(data)
        share = sum(1 for n, label, _ in sites if label in lost[n]) / max(len(sites), 1)
        worst = sorted(data, key=lambda n: per[n].ga - bare[n].ga)[: args.worst]
        note = ", ".join(f"{n.rsplit('/', 1)[-1]} {bare[n].ga:.2f}->{per[n].ga:.2f}" for n in worst
                         if per[n].ga < bare[n].ga - 0.005)
        table.append((delta, share, len(sites), kind, note))
        print(f"  {delta:+.4f} {share:5.1%}  {kind}", file=sys.stderr, flush=True)
    print(f"{'vs base':>8} {'losing':>6} {'sites':>5}  kind (programs that lose most)")
    for delta, share, count, kind, note in sorted(table):
        print(f"{delta:+8.4f} {share:6.1%} {count:5d}  {kind}" + (f"  ({note})" if note else ""))
    print("\nshare of call sites losing, by kind and place of the value (sites re-filled):")
    print(f"{'kind':<16}" + "".join(f"{p:>16}" for p in PLACES))
    for _, _, _, kind, _ in sorted(table):
        cells = [by_place.get((kind, p), []) for p in PLACES]
        print(f"{kind:<16}" + "".join(f"{sum(c) / len(c):11.0%}{len(c):5d}" if c else " " * 16
                                      for c in cells))
    print("\nGA lost by the call sites that lose, by kind and place (their lines' share, mean over them):")
    print(f"{'kind':<16}" + "".join(f"{p:>16}" for p in PLACES))
    for _, _, _, kind, _ in sorted(table):
        print(f"{kind:<16}" + "".join(f"{-lost_lines[(kind, p)]:16.4f}" if (kind, p) in by_place else " " * 16
                                      for p in PLACES))


if __name__ == "__main__":
    main()
