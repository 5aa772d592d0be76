"""A generative grammar of structured record bodies, and a bench that finds which *structures*
of body cost the miner grouping accuracy (a development tool; ``test_body_grammar.py`` runs a
small sample).

    python tests/patterns/corpus/body_grammar.py DIR [DIR ...] [--programs 0] [--lines 400]
        [--batch 512] [--seed 0] [--only TEXT] [--write DIR]

``head_grammar.py`` composes the head before a message, ``value_grammar.py`` the values inside
it; this composes the *body* a structured logger prints around a call site's message and its
fields, from the libraries' documentation and general knowledge (never from corpus lines):

- JSON objects (zap, zerolog, logrus, pino, bunyan, slog's JSONHandler, python-json-logger,
  Serilog's CLEF, GELF, hclog, journald's export) with the message under ``msg``, ``message``,
  ``@m``, ``@mt`` (CLEF's template), ``short_message``, ``event``, ``@message`` or ``MESSAGE``;
  first, after the time and level (call order), last (pino), or where sorted keys put it (logrus' JSONFormatter, Go maps); compact or spaced separators;
  numbers bare or quoted, nested objects, arrays, ``null``, strings with escaped quotes and
  line breaks;
- logfmt (slog's TextHandler, logrus' TextFormatter, go-kit) with values quoted only when
  they hold a space, a quote or ``=``; the same orders;
- ``key: value, ...`` runs (OTP logger's reports, a message first or not);
- Monolog's line body ``message {"ctx":...} []``; a trailing JSON context after prose
  (winston, pino-pretty); a Python dict after the message and a whole dict (structlog);
  Go's ``%+v`` of a struct after the message; Elixir's metadata ``k=v`` before or after;
  Microsoft.Extensions.Logging's scopes ``=> k:v => k:v`` on the line before the message.

Fields are of two sorts, as programs have them: per *call site* (a component, the caller
``file.go:12``, the function; fixed by the label, as ``layouts.site_of`` fixes the level) and
per *record* (a request id, a trace id, a duration, a user id; drawn afresh). ``fields``:
``site`` prints the first only, ``record`` the second only (each call site its own keys),
``mixed`` both, ``optional`` both with each record field present or absent per record (as
zap, logrus and slog print only the fields a call was given, a request-scoped logger only
inside a request). ``value`` adds one field of a kind: ``nested`` (an object), ``array``,
``quoted`` (numbers as strings), ``null`` (an error that is ``null`` or a text),
``escapes`` (a text holding quotes and a line break).

Each composition is scored against the bare messages (same lines, same labels) at
``--batch`` (the proxy's path) and one line at a time (``--batch 0``). Programs whose lines
open with a head of their own are left out (``layouts.headed``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import pathlib
import random
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass

if __package__ in (None, ""):
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.patterns.corpus.head_grammar import _programs, batch_ids, bench_parser
from tests.patterns.corpus.layouts import _iso, _slog_quote, _uuid, grouping_accuracy

FORMS = ("json", "json-spaced", "logfmt", "colon", "monolog", "json-after", "pydict-after", "pydict",
         "gostruct", "elixir-before", "elixir-after", "mel-scopes")
# where the message key stands: first; after the time and level (the call's order); last; sorted
ORDERS = ("first", "head", "last", "sorted")
FIELDS = ("site", "record", "mixed", "optional")
VALUES = ("plain", "nested", "array", "quoted", "null", "escapes")
MSG_KEYS = ("msg", "message", "@m", "short_message", "event", "@mt", "@message", "MESSAGE")
# forms whose body is one object holding the message under a key
_KEYED = frozenset(("json", "json-spaced", "logfmt", "colon", "pydict"))


@dataclass(frozen=True)
class Body:
    form: str
    key: str = "msg"
    order: str = "head"
    fields: str = "mixed"
    value: str = "plain"
    time: str = "iso"  # iso, epoch (zap's "ts"), none

    def title(self) -> str:
        parts = [self.form]
        if self.form in _KEYED:
            parts += [f"key={self.key}", f"order={self.order}"]
        parts += [f"fields={self.fields}", f"value={self.value}"]
        if self.form in _KEYED and self.time != "iso":
            parts.append(f"time={self.time}")
        return " ".join(parts)


_COMPONENTS = ["auth", "billing", "store", "api", "scheduler", "cache", "gateway"]
_FILES = ["server.go", "handler.go", "store.go", "worker.go", "client.go", "config.go"]
_FUNCS = ["main.(*Server).Serve", "store.(*DB).Flush", "api.handleLogin", "worker.(*Pool).run",
          "cache.(*LRU).Evict"]
_USERS = ["alice", "bob", "carol", "dave", "erin"]
_TAGS = ["blue", "canary", "eu", "beta", "hot"]
_ERRORS = ['open "/var/lib/app/data.db": permission denied', "dial tcp 10.0.0.7:5432: connection refused",
           'parse "x": invalid syntax\n\tat config.load(config.go:42)', "context deadline exceeded"]
_RECORD_KEYS = ("request_id", "trace_id", "duration_ms", "user_id", "user")


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=8).digest()


def _site_fields(label: str) -> dict[str, object]:
    """A call site's own fields: its component, its caller, for some its function."""
    d = _digest(label)
    out: dict[str, object] = {"component": _COMPONENTS[d[0] % len(_COMPONENTS)],
                              "caller": f"{_FILES[d[1] % len(_FILES)]}:{20 + d[2] % 400}"}
    if d[3] % 2:
        out["func"] = _FUNCS[d[4] % len(_FUNCS)]
    return out


def _record_keys(label: str) -> list[str]:
    """The record fields a call site passes: one to three of them, fixed by the site."""
    d = _digest("keys/" + label)
    keys = [k for i, k in enumerate(_RECORD_KEYS) if d[i] % 2]
    return keys[:3] or [_RECORD_KEYS[d[5] % len(_RECORD_KEYS)]]


def _record_value(key: str, rng: random.Random) -> object:
    if key == "request_id":
        return _uuid(rng)
    if key == "trace_id":
        return f"{rng.getrandbits(128):032x}"
    if key == "duration_ms":
        return round(rng.expovariate(1 / 40), 3)
    if key == "user_id":
        return rng.randint(1, 99999)
    return rng.choice(_USERS)


def _extra(body: Body, label: str, rng: random.Random) -> dict[str, object]:
    """The one field of the value kind under test (a call site's key, the record's value)."""
    if body.value == "nested":
        # (no HTTP status: the miner parts records by a status' class on purpose)
        tables = ["orders", "users", "sessions"]
        return {"db": {"system": ["postgres", "redis"][_digest(label)[6] % 2],
                       "table": tables[_digest(label)[7] % 3], "rows": rng.randint(0, 5000)}}
    if body.value == "array":
        return {"tags": rng.sample(_TAGS, rng.randint(0, 3))}
    if body.value == "null":
        return {"error": None if rng.random() < 0.5 else rng.choice(_ERRORS)}
    if body.value == "escapes":
        return {"error": rng.choice(_ERRORS)}
    return {}


def _fields(body: Body, label: str, rng: random.Random) -> tuple[dict[str, object], dict[str, object]]:
    """The record's fields: (head: time and level; the rest in the call's order)."""
    head: dict[str, object] = {}
    if body.time == "iso":
        head["time"] = _iso(rng)
    elif body.time == "epoch":
        head["ts"] = round(1_712_000_000 + rng.random() * 1e6, 6)
    head["level"] = ["info", "info", "info", "warn", "error", "debug"][_digest(label)[0] % 6]
    rest: dict[str, object] = {}
    if body.fields in ("site", "mixed", "optional"):
        rest.update(_site_fields(label))
    if body.fields in ("record", "mixed", "optional"):
        for key in _record_keys(label):
            if body.fields == "optional" and rng.random() < 0.5:
                continue
            rest[key] = _record_value(key, rng)
    rest.update(_extra(body, label, rng))
    if body.value == "quoted":
        rest = {k: str(v) if isinstance(v, (int, float)) else v for k, v in rest.items()}
    return head, rest


def _go(value: object) -> str:
    """A value as Go's %+v prints it inside a struct."""
    if value is None:
        return "<nil>"
    if isinstance(value, dict):
        return "{" + " ".join(f"{k.title().replace('_', '')}:{_go(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + " ".join(_go(v) for v in value) + "]"
    return str(value)


def _logfmt(value: object) -> str:
    if value is None:
        return "<nil>"
    if isinstance(value, list):
        return _slog_quote("[" + " ".join(map(str, value)) + "]")
    if isinstance(value, dict):
        return _slog_quote(json.dumps(value, separators=(",", ":")))
    return _slog_quote(str(value))


def _pairs(body: Body, message: str, head: dict[str, object], rest: dict[str, object]) -> list[tuple[str, object]]:
    key = body.key
    if body.order == "first":
        items = [(key, message), *head.items(), *rest.items()]
    elif body.order == "last":
        items = [*head.items(), *rest.items(), (key, message)]
    elif body.order == "sorted":
        items = sorted([*head.items(), *rest.items(), (key, message)])
    else:
        items = [*head.items(), (key, message), *rest.items()]
    return items


def _flat(rest: dict[str, object]) -> list[tuple[str, object]]:
    """Nested fields flattened as slog's groups and Elixir's metadata print them (``http.status``)."""
    out: list[tuple[str, object]] = []
    for k, v in rest.items():
        if isinstance(v, dict):
            out.extend((f"{k}.{kk}", vv) for kk, vv in v.items())
        else:
            out.append((k, v))
    return out


def compose(body: Body, message: str, label: str, rng: random.Random) -> str:
    """One record's body: the call site's message and its fields as ``body``'s logger prints them."""
    head, rest = _fields(body, label, rng)
    form = body.form
    if form in ("json", "json-spaced"):
        seps = (",", ":") if form == "json" else (", ", ": ")
        return json.dumps(dict(_pairs(body, message, head, rest)), separators=seps, ensure_ascii=False)
    if form == "pydict":
        return repr(dict(_pairs(body, message, head, rest)))
    if form == "logfmt":
        flat = dict(_flat(rest))
        return " ".join(f"{k}={_logfmt(v)}" for k, v in _pairs(body, message, head, flat))
    if form == "colon":
        return ", ".join(f"{k}: {v}" for k, v in _pairs(body, message, head, dict(_flat(rest))))
    if form == "monolog":
        return f"{message} {json.dumps(rest, separators=(',', ':'), ensure_ascii=False) if rest else '[]'} []"
    if form == "json-after":
        return f"{message} {json.dumps(rest, ensure_ascii=False)}" if rest else message
    if form == "pydict-after":
        return f"{message} {rest!r}" if rest else message
    if form == "gostruct":
        return f"{message} {_go(rest)}"
    if form in ("elixir-before", "elixir-after"):
        meta = " ".join(f"{k}={'' if v is None else v}" for k, v in _flat(rest)
                        if not isinstance(v, list))
        return f"{meta} {message}" if form == "elixir-before" else f"{message} {meta}"
    if form == "mel-scopes":
        scopes = " => ".join(f"{k}:{'' if v is None else v}" for k, v in _flat(rest))
        return f"=> {scopes}\n{message}"
    raise ValueError(form)


def render(body: Body | None, rows: Sequence[tuple[str, str]], seed: str) -> list[str]:
    rng = random.Random(seed)
    return [m if body is None else compose(body, m, label, rng) for m, label in rows]


def body_ga(body: Body | None, rows: Sequence[tuple[str, str]], seed: str, size: int) -> float:
    return grouping_accuracy(batch_ids(render(body, rows, seed), size), [label for _, label in rows])


def compositions() -> list[Body]:
    """The base (zap's JSON: time, level, msg, then the fields) and each element varied alone,
    then each other form with each sort of fields and each value kind."""
    base = Body("json")
    out = [base]
    out += [Body("json", key=k) for k in MSG_KEYS[1:]]
    out += [Body("json", order=o) for o in ORDERS if o != "head"]
    out += [Body("json", fields=f) for f in FIELDS if f != "mixed"]
    out += [Body("json", value=v) for v in VALUES[1:]]
    out += [Body("json", time="epoch"), Body("json", time="none"), Body("json", key="message", order="last")]
    for form in FORMS[1:]:
        out += [Body(form, fields=f) for f in FIELDS]
        out += [Body(form, value=v) for v in VALUES[1:]]
        if form in _KEYED:
            out += [Body(form, order=o) for o in ORDERS if o != "head"]
    out.append(Body("pydict", key="event", order="first"))
    return out


def main() -> None:
    args = bench_parser(__doc__.splitlines()[0]).parse_args()
    data = _programs(args.dirs, args.programs, args.lines)
    comps = [c for c in compositions() if args.only in c.title()]
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, rows in data.items():
            lines = render(comps[0], rows, f"{args.seed}/{name}")
            with (args.write / f"{name.replace('/', '-')}_2k.log_structured.csv").open("w", newline="") as handle:
                out = csv.writer(handle)
                out.writerow(["LineId", "Content", "EventTemplate"])
                out.writerows((i + 1, line, label) for i, (line, (_, label)) in enumerate(zip(lines, rows)))
        print(f"{comps[0].title()}: {len(data)} files in {args.write}")
        return
    bare = {name: body_ga(None, rows, name, args.batch) for name, rows in data.items()}
    mean_bare = statistics.fmean(bare.values())
    print(f"{len(data)} programs, bare GA {mean_bare:.4f} (batch {args.batch}, {args.lines} lines)")
    results = []
    for comp in comps:
        per = {name: body_ga(comp, rows, f"{args.seed}/{name}", args.batch) for name, rows in data.items()}
        delta = statistics.fmean(per.values()) - mean_bare
        worst = sorted(per, key=lambda n: per[n] - bare[n])[: args.worst]
        note = ", ".join(f"{n.rsplit('/', 1)[-1]} {bare[n]:.2f}->{per[n]:.2f}" for n in worst
                         if per[n] < bare[n] - 0.005)
        results.append((delta, comp, note))
        print(f"  {delta:+.4f}  {comp.title()}", file=sys.stderr, flush=True)
    print(f"{'vs bare':>8}  composition (programs that lose most)")
    for delta, comp, note in sorted(results, key=lambda x: x[0]):
        print(f"{delta:+8.4f}  {comp.title()}" + (f"  ({note})" if note else ""))


if __name__ == "__main__":
    main()
