"""Labelled log lines generated from the extracted call sites (``statements.jsonl``).

    python tests/patterns/corpus/generate.py --out DIR [--held-out] [--seed 0] [--statements FILE] [--lines N]

reads the statements ``extract.py`` wrote outside the repository (default
``$OTLP_SAMPLER_CORPUS/statements.jsonl``, else ``~/.cache/otlp-sampler/corpus/statements.jsonl``:
they are third-party text and not shipped) and

writes one ``<Program>_2k.log_structured.csv`` per program (columns ``Content`` and
``EventTemplate``, as Loghub's files), so ``../shared/tools/loghub_ga.py --data DIR``
scores the miner and drain3 on them. ``programs(...)`` gives the same lines in Python.

Each call site gives a number of lines (lognormal: most sites log a few lines, some many;
with ``--lines N`` a program gives N lines, drawn from its call sites by heavy-tailed weights
as a real service's stream is: a few sites give most of them, some none), its placeholders
filled by ``values.value`` and the line printed as the program's logger prints a record
(``render``: plain text, logfmt, JSON, hclog, key-values, TiKV's bracketed fields, a Ruby
hash, Elixir's metadata before the level). An untyped
placeholder draws from one family of values chosen for its call site. The lines of a
program are shuffled together, as one service's stream.

The label of a line is its call site: the message template with every placeholder as
``<*>``, and the keys of its fields. Two call sites whose templates read the same are one
label (no miner could tell their lines apart, and Loghub labels by template too). A state
or an HTTP method said in prose (``task 7 FAILED``, ``GET /x``) keeps its value in the
label, and an HTTP status its class: those name different events (see
``kinds.LABELLED``). Quoted, or as the value of a key (``state=failed``, ``mode 'basic'``),
the program itself presents a state as a value, and it is one.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import pathlib
import random
import re
import sys
import textwrap
from collections.abc import Iterator

if __package__ in (None, ""):
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.patterns.corpus import values
from tests.patterns.corpus.kinds import LABELLED
from tests.patterns.corpus.sources import PROGRAMS, Program, by_name


def default_statements() -> pathlib.Path:
    """Where ``extract.py`` writes the statements and ``generate.py`` reads them."""
    root = os.environ.get("OTLP_SAMPLER_CORPUS") or pathlib.Path.home() / ".cache" / "otlp-sampler" / "corpus"
    return pathlib.Path(root) / "statements.jsonl"


STATEMENTS = default_statements()
_SLOT = re.compile(r"%\{([\w]+)(?:\|(\w+))?\}|%%")
_LEVELS_UPPER = {"warn": "WARN", "warning": "WARN", "error": "ERROR", "info": "INFO", "debug": "DEBUG"}


class MissingStatements(SystemExit):
    """The statements file is not there: it is made by extract.py, never shipped."""


def statements(path: pathlib.Path | None = None) -> dict[str, list[dict]]:
    path = path or default_statements()
    if not path.is_file():
        raise MissingStatements(
            f"no statements at {path}: run "
            f"`python tests/patterns/corpus/extract.py --mirrors DIR --out {path}` "
            "(docs/patterns.md, The call-site corpus)")
    out: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            out.setdefault(record["p"], []).append(record)
    return out


class _Site:
    """One call site and the per-site choices its lines share."""

    def __init__(self, record: dict, program: Program, rng: random.Random) -> None:
        self.record = record
        self.program = program
        template = record["t"]
        found = [m for m in _SLOT.finditer(template) if m.group() != "%%"]
        self.slots = [(_kind_in_context(template, m), m.group(2) or "") for m in found]
        # a state or method names the event when the message says it in prose; quoted, or
        # after a key, the program presents it as a value (see the module docstring)
        self.labelled = [kind == "status" or (kind in LABELLED and _bare(template, m.start(), m.end(), style))
                         for m, (kind, style) in zip(found, self.slots, strict=True)]
        # an IPv6 address before ":port" is bracketed, "[::1]:5432" (RFC 3986's host): without the
        # brackets its port would read as one more group of the address
        self.host_before_port = [template.startswith(":%{port", m.end()) for m in found]
        self.fields = [tuple(f) for f in record.get("f", [])]
        # an untyped value holds one family of values at one call site, an id one form of id,
        # a time, duration or size one format; a state one of a few states
        lang = program.language
        self.family = {i: _one_family(kind, rng, lang) for i, (kind, _) in enumerate(self.slots)
                       if kind in _ONE_FORM}
        for i in range(1, len(found)):
            # "from [%s] to [%s]", "%s, %s": two ends of a range or items of a list are one kind
            between = template[found[i - 1].end():found[i].start()]
            if self.slots[i][0] == self.slots[i - 1][0] == "any" and _JOINED.match(between):
                self.family[i] = self.family[i - 1]
        for i, m in enumerate(found):
            # "took %d ms", "%zu bytes", "%d jobs": the text says the unit or what is counted,
            # the value is a bare number
            # "took %{time} milliseconds": no moment is counted in a unit, that is how long
            bare = "duration:int" if self.slots[i][0] == "time" else _BARE_NUMBER.get(self.slots[i][0])
            if bare and (_UNIT_AFTER.match(template, m.end())
                         or (bare == "size:bytes" and _COUNTED_AFTER.match(template, m.end()))):
                self.family[i] = bare
        self.field_family = {i: _one_family(kind, rng, lang) for i, (_, kind) in enumerate(self.fields)
                             if kind in _ONE_FORM}
        for i, (key, kind) in enumerate(self.fields):
            if kind in _BARE_NUMBER and _UNIT_KEY.search(key):
                self.field_family[i] = _BARE_NUMBER[kind]  # timeout_ms=250, sizeBytes=1024
        # a state, a word of the program's vocabulary (a proxy's type, a mode) and a signal
        # are one of a few at a call site: haproxy's proxy_type_str gives frontend, backend or listen
        self.states = {}
        recorded = iter(record.get("c", []))  # the literal texts of each choice, in order
        for i, (kind, style) in enumerate(self.slots):
            if kind == "choice":  # the program's own texts (a conditional's branches), one of them
                self.states[i] = next(recorded)
            elif kind == "module":  # ?MODULE, __MODULE__: one text, the call site's module
                self.states[i] = [values.module_of(record["at"], program.language)]
            elif kind == "optional":  # the program's one text, there or left out
                text = values.value(kind, rng, program.language, style)
                if re.match(r"\w", template[found[i].end():]):  # "%sconnection": before a word
                    text = text.strip() + " "
                self.states[i] = ["", text]
            elif kind in _ONE_OF_A_FEW:
                self.states[i] = [values.value(kind, rng, program.language,
                                  style) for _ in range(rng.randrange(2, 6))]

    def line(self, rng: random.Random) -> tuple[str, str]:
        lang = self.program.language
        filled: list[str] = []
        label_values: list[str] = []
        for i, (kind, style) in enumerate(self.slots):
            if kind == "again":  # (slips33b) a value the call prints twice: the one N placeholders before
                text = filled[i - int(style or 1)]
            elif kind in _ONE_OF_A_FEW:
                text = rng.choice(self.states[i])
            else:
                text = values.value(self.family.get(i, kind), rng, lang, style)
            if self.host_before_port[i] and ":" in text and not text.startswith("["):
                text = f"[{text}]"
            filled.append(text)
            if self.labelled[i]:
                label_values.append(_label_value(kind, text))
        field_values = []
        for i, (key, kind) in enumerate(self.fields):
            # a structured field is an attribute of the event its message names: a state
            # there is a value like any other (an HTTP method or status still names the event)
            if kind == "state":
                kind = "stateword"
            if kind.startswith("="):  # a constant of the call site (Outline's category)
                field_values.append((key, kind[1:], kind))
                continue
            text = values.value(self.field_family.get(i, kind), rng, lang)
            field_values.append((key, text, kind))
            if kind in LABELLED:
                label_values.append(_label_value(kind, text))
        if self.program.name == "exim":
            # Exim's "%s%s" pairs under one condition (receive.c's `*queue_name ? " in " : "",
            # *queue_name ? queue_name : ""`, deliver.c's colon and filter message): the
            # separator drawn "" leaves the value after it out too
            found = [m for m in _SLOT.finditer(self.record["t"]) if m.group() != "%%"]
            for i in range(len(found) - 1):
                if (self.slots[i][0] == "choice" and filled[i] == "" and found[i].end() == found[i + 1].start()
                        and "" in self.states[i] and len(self.states[i]) == 2
                        and max(self.states[i]).endswith(" ")):
                    filled[i + 1] = ""
        it = iter(filled)
        message = _SLOT.sub(lambda m: "%" if m.group() == "%%" else next(it), self.record["t"])
        label = _SLOT.sub(lambda m: "%" if m.group() == "%%" else "<*>", self.record["t"])
        label += "".join(f" {key}={text}" if kind.startswith("=") else f" {key}=<*>"
                         for key, text, kind in field_values)
        if label_values:
            label += " | " + " ".join(label_values)
        return render(self.program, self.record, message, field_values), label


# a state, a word of the program's vocabulary, a signal, a phrase a local is assigned: one of a few
# values at one call site ((slips36b) a Klipper MCU's name: one of the printer's few MCUs)
_ONE_OF_A_FEW = frozenset(("choice", "state", "word", "verb", "noun", "signal", "signame", "optional",
                           "protocol", "scheme", "module", "phrase", "mcuname"))
_ONE_FORM = frozenset(("any", "id", "time", "duration", "size", "struct", "pattern"))
_BARE_NUMBER = {"duration": "duration:int", "size": "size:bytes"}
_UNIT_AFTER = re.compile(r" ?(?:[mµun]?s|secs?|seconds?|milli(?:second)?s?|minutes?|mins?|hours?|days?"
                         r"|bytes?|[KMGT]i?B|kB|bits?)\b")
_COUNTED_AFTER = re.compile(r" [a-z]+s\b")
_BYTES_AFTER = re.compile(r" ?(?:bytes?|[KMGT]i?B|kB|bits?)\b")
_UNIT_KEY = re.compile(r"[_.-](?:ms|millis|secs?|seconds|ns|us|bytes|kb|mb)$"
                       r"|(?<=[a-z])(?:Ms|Millis|Secs?|Seconds|Nanos|Bytes|KB|MB)$")
_JOINED = re.compile(r"[\]\)'\"`]*(?: to | and |, | ?-> ?|-|\.\.)[\[\('\"`]*$")


def _one_family(kind: str, rng: random.Random, lang: str) -> str:
    family = values.any_family(rng) if kind == "any" else kind
    return values.id_shape(rng) if family == "id" else values.form_of(family, rng, lang)


# "exited with code %d", "exit status %d": a process's exit code, never an HTTP status
_EXIT_CODE_BEFORE = re.compile(r"\bexit(?:ed|s)?\b(?: with)?(?: (?:code|status))? ?\(?$", re.I)
# "failed to %s topic", "Nothing to %s": an infinitive's verb, the action the program took
_VERB_BEFORE = re.compile(r"\bto $")
# "to import %ss", "Enabled %ss:": the program makes a plural of the value, a singular noun
_PLURAL_S = re.compile(r"s\b")
# "ssl://%s?%s", "'?%s'": what follows a URL's question mark is its query string (a=1&b=2)
_QUERY_BEFORE = re.compile(r"(?:://\S*|^|[\s'\"])\?$")
# "SQL: %s", "SQL query '%s'", "Preparing statement %q": the text says the value is SQL
_SQL_BEFORE = re.compile(r"\b(?:SQL(?: query| statement)?|[Ss]tatement)\W{0,2}$")


def _kind_in_context(template: str, slot: re.Match) -> str:
    """The kind of a placeholder, corrected by the words around it where they say more than
    the variable's name: an exit code named ``status`` is a number, not an HTTP status; a
    word after "to" is a verb, not a noun; an address the text follows with ``:%{port}``
    is the host part alone (``~ts:~tp`` of an IP and a port), not an ``ip:port``; a name
    the text makes plural with an ``s`` (``import %{name}s``) is a singular noun; a text
    after "SQL" or "statement" is an SQL statement, not a phrase; a value after a URL's ``?``
    its query string, and one before ``://`` its scheme."""
    kind, before = slot.group(1), template[:slot.start()]
    if kind == "status" and _EXIT_CODE_BEFORE.search(before):
        return "int"
    if kind == "word" and _VERB_BEFORE.search(before):
        return "verb"
    if kind == "addr" and template.startswith(":%{port", slot.end()):
        return "ip"
    if kind in ("name", "word", "text") and _PLURAL_S.match(template, slot.end()):
        return "noun"
    if template.startswith("://", slot.end()) and kind in ("protocol", "name", "any", "word"):
        return "scheme"  # "%s://%s": a URL's scheme
    if kind == "any" and _UNIT_AFTER.match(template, slot.end()) and not template.startswith("s", slot.end()):
        # "%s seconds", "%v bytes": a value the text gives a unit to is a number of them ("%ss" a plural)
        return "size_int" if _BYTES_AFTER.match(template, slot.end()) else "duration_int"
    if kind in ("text", "any") and _SQL_BEFORE.search(before):
        return "sql"
    if kind in ("text", "any", "struct", "name", "list") and _QUERY_BEFORE.search(before):
        return "querystring"
    return kind


def _bare(template: str, start: int, end: int, style: str) -> bool:
    """Whether a placeholder stands in prose: not quoted, not the value of a key."""
    before, after = template[max(0, start - 2):start], template[end:end + 1]
    if style in ("q", "r") or (before[-1:] in ("'", '"', "`") and after == before[-1:]):
        return False
    # "state=%s", "state: %s", "DPMS = %s": the value of a key, spaced or not
    return not before.rstrip(" ").endswith(("=", ":"))


def _label_value(kind: str, text: str) -> str:
    if kind == "status":
        return text[0] + "xx"
    return text


def _tikv_value(text: str) -> str:
    return json.dumps(text, ensure_ascii=False) if re.search(r'[\x00-\x20"=\[\]]', text) else text


def _logfmt_value(text: str) -> str:
    if text == "" or re.search(r"[\s\"=]", text):
        return json.dumps(text, ensure_ascii=False)
    return text


def _logrus_value(text: str) -> str:
    if text == "" or re.search(r"[^A-Za-z0-9\-._/@^+]", text):
        return json.dumps(text, ensure_ascii=False)
    return text


def _geth_value(text: str, kind: str) -> str:
    if kind in _NUMBER_KINDS and re.fullmatch(r"-?\d{6,}", text):
        return f"{int(text):,}"
    return _logfmt_value(text)


def _knative_logger(path: str) -> str:
    """The component whose logger a knative call writes with: its command's, else its package's."""
    parts = path.split("/")
    if parts[0] == "cmd" and len(parts) > 2:
        return parts[1]
    names = {"activator": "activator", "autoscaler": "autoscaler", "queue": "queueproxy", "webhook": "webhook"}
    return names.get(parts[1] if len(parts) > 2 else "", "controller")


_NUMBER_KINDS = frozenset(("int", "small", "intid", "port", "size", "size_int", "duration_int", "float",
                           "epoch", "status"))


def render(program: Program, record: dict, message: str, fields: list[tuple[str, str, str]]) -> str:
    """One record as ``program``'s logger prints it (the body an OTLP receiver would get)."""
    style = program.render
    level = record.get("l", "info")
    if program.rules >= 43 and program.name in _ROUND_43_RENDERS:
        return _ROUND_43_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 42 and program.name in _ROUND_42_RENDERS:
        return _ROUND_42_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 41 and program.name in _ROUND_41_RENDERS:
        return _ROUND_41_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 40 and program.name in _ROUND_40_RENDERS:
        return _ROUND_40_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 39 and program.name in _ROUND_39_RENDERS:
        return _ROUND_39_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 38 and program.name in _ROUND_38_RENDERS:
        return _ROUND_38_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 37 and program.name in _ROUND_37_RENDERS:
        return _ROUND_37_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 36 and program.name in _ROUND_36_RENDERS:
        return _ROUND_36_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 35 and program.name in _ROUND_35_RENDERS:
        return _ROUND_35_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 34 and program.name in _ROUND_34_RENDERS:
        return _ROUND_34_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 33 and program.name in _ROUND_33_RENDERS:
        return _ROUND_33_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 32 and program.name in _ROUND_32_RENDERS:
        return _ROUND_32_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 31 and program.name in _ROUND_31_RENDERS:
        return _ROUND_31_RENDERS[program.name](record, message, fields, level)
    if program.rules == 30 and program.name in _SLIPS30_RENDERS:
        return _SLIPS30_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 30 and program.name in _ROUND_30_RENDERS:
        return _ROUND_30_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 29 and program.name in _ROUND_29_RENDERS:
        return _ROUND_29_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 28 and program.name in _ROUND_28_RENDERS:
        return _ROUND_28_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 27 and program.name in _ROUND_27_RENDERS:
        return _ROUND_27_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 26 and program.name in _ROUND_26_RENDERS:
        return _ROUND_26_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 15 and program.name in _ROUND_15_RENDERS:
        return _ROUND_15_RENDERS[program.name](record, message, fields, level)
    if program.rules >= 16 and program.name == "espocrm":
        return message  # (rules 16) extract.py wrote the line: its formatter prints no context
    if program.rules >= 16 and program.name == "electric":
        # (rules 16) "pid=<0.x.0> [level] text" from extract.py, the metadata runtime.exs names
        # (shape_handle, request_id) after the pid; the call's other metadata is not printed
        pid, _, rest = message.partition(" ")
        meta = "".join(f"{key}={text} " for key, text, _ in fields if key in ("shape_handle", "request_id"))
        return f"{pid} {meta}{rest}"
    if program.rules >= 19 and program.name == "soft-serve":
        # (rules 19) charmbracelet/log's text formatter (extract.py writes "LEVL prefix: message"):
        # then each pair as key=value, the value quoted when it holds a space, a quote or "="
        return message + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)
    if program.rules >= 20 and program.name == "fossbilling":
        # (rules 20) FOSSBilling\Monolog's LineFormatter (extract.py writes "channel.LEVEL: message"):
        # the context as JSON after it, left out when empty, as the empty extra is
        if not fields:
            return message
        body = {key: int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
                for key, text, kind in fields}
        return message + " " + json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if program.rules >= 22 and program.name == "metallb":
        # (rules 22) go-kit's JSONLogger (internal/logging): the level, the caller (file:line),
        # msg and the call's pairs, keys sorted as encoding/json sorts a map's (ts left out)
        path, line = record["at"].rsplit(":", 1)
        body = {"caller": f"{path.rsplit('/', 1)[-1]}:{line}", "level": level, "msg": message}
        for key, text, _kind in fields:
            body[key] = text
        return json.dumps(dict(sorted(body.items())), ensure_ascii=False, separators=(",", ":"))
    if program.rules >= 22 and program.name == "nextcloud-mail":
        # (rules 22) Nextcloud's JSON log (LogDetails): the request's id, the level's number,
        # its address, user, method and url ("--" from cron and occ), the app, the message, the
        # user agent and the server's version (the time left out); an exception in the context
        # logged with the message as its CustomMessage (reduced here to its class and message)
        request = {key: text for key, text, _kind in fields}
        number = {"debug": 0, "info": 1, "notice": 1, "warn": 2, "error": 3}.get(level, 4)
        body: dict = {"reqId": request.get("reqId", ""), "level": number,
                      "remoteAddr": request.get("remoteAddr", ""), "user": request.get("user", "--"),
                      "app": "mail", "method": request.get("method", ""), "url": request.get("url", "--"),
                      "message": message, "userAgent": request.get("userAgent", "--"), "version": "31.0.5.1"}
        error = next((text for key, text, _kind in fields if key == "exception"), None)
        if error is not None:
            body["exception"] = {"Exception": "OCA\\Mail\\Exception\\ServiceException", "Message": error,
                                 "CustomMessage": message}
        rest = {key: text for key, text, _kind in fields
                if key not in ("exception", "reqId", "remoteAddr", "user", "method", "url", "userAgent")}
        if rest:
            body["data"] = rest
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    if program.rules >= 21 and program.name == "centrifugo":
        # (rules 21) zerolog's JSON (no terminal attached): the level, the chain's fields in
        # their order, then "message"
        body = {"level": level}
        for key, text, kind in fields:
            body[key] = int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
        body["message"] = message
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if program.rules >= 21 and program.name == "dendrite":
        # (rules 21) logrus' TextFormatter (no terminal): level, msg, the caller's func and file
        # (extract.py's constants), then the fields sorted by key; a value quoted (%q) unless
        # it is all letters, digits and "-._/@^+"
        caller = [(k, t) for k, t, kind in fields if k in ("func", "file") and kind.startswith("=")]
        rest = sorted((k, t) for k, t, kind in fields if not (k in ("func", "file") and kind.startswith("=")))
        head = f"level={'warning' if level == 'warn' else level} msg={_logrus_value(message)}"
        return head + "".join(f' {k}="{v}"' if k == "func" else f" {k}={_logrus_value(v)}" for k, v in caller) \
            + "".join(f" {k}={_logrus_value(v)}" for k, v in rest)
    if program.rules >= 19 and program.name == "zrepl":
        # (rules 19) zrepl's HumanFormatter (extract.py writes "[LEVL][job][subsystem][span]: message"):
        # then each other field as key=%q
        return message + "".join(f" {k}={json.dumps(v, ensure_ascii=False)}" for k, v, _ in fields)
    if program.name == "postal" and program.rules >= 11:
        # (rules 11) Klogger's default Go formatter (extract.py reads its level): the message,
        # then each tag as key=value, newlines escaped, unquoted
        return message + "".join(f" {k}={v}".replace("\n", "\\n") for k, v, _ in fields)
    if style == "logfmt" and program.name == "adguardhome" and program.rules >= 11:
        # (rules 11) golibs' AdGuardLegacyHandler (extract.py reads its head): the message, then
        # the attributes as slog's text handler prints them, after a space each
        return message + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)
    if style == "logfmt":
        if program.name in ("prometheus", "ollama", "dex", "nebula"):  # slog's text handler
            head = f"level={_LEVELS_UPPER.get(level, level.upper())} msg={_logfmt_value(message)}"
        elif program.kv == "gokit":  # go-kit's level package: debug, info, warn, error
            head = f"level={level} msg={_logfmt_value(message)}"
        else:
            head = f"level={'warning' if level == 'warn' else level} msg={_logfmt_value(message)}"
        return head + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)
    if style == "geth":
        # go-ethereum's terminal format (log/format.go), the time left out: the level aligned to
        # 5, the message padded to 40 when a context follows, then key=value, an integer of six
        # digits or more with thousands separators (FormatLogfmtInt64), a text with a space quoted
        word = {"trace": "TRACE", "debug": "DEBUG", "info": "INFO ", "warn": "WARN ", "error": "ERROR",
                "crit": "CRIT "}.get(level, "INFO ")
        if not fields:
            return f"{word} {message}"
        return f"{word} {message:<40}" + "".join(f" {k}={_geth_value(v, kind)}" for k, v, kind in fields)
    if style == "knative":
        # zap's JSON under knative's config-logging (keys severity, logger, caller, message), the
        # timestamp left out; the logger the component, the caller the call's dir/file.go:line
        path, line = record["at"].rsplit(":", 1)
        body = {"severity": level, "logger": _knative_logger(path),
                "caller": "/".join(path.split("/")[-2:]) + ":" + line, "message": message}
        for key, text, kind in fields:
            body[key] = int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if style == "flowy":
        # AppFlowy's Rust core logs what Dart's Log sends as JSON (lib-log's layer): msg, then
        # the time (left out) and the target
        return json.dumps({"msg": message, "target": "dart_ffi"}, ensure_ascii=False, separators=(",", ":"))
    if style == "klog":
        # klog's structured calls print the quoted message (extract.py quotes it), then
        # key="value" pairs, strings quoted and numbers bare; its printf calls only the text
        return message + "".join(f" {k}={v}" if kind in _NUMBER_KINDS and v.lstrip("-").isdigit()
                                 else f" {k}={json.dumps(v, ensure_ascii=False)}" for k, v, kind in fields)
    if program.name == "lightpanda" and program.rules >= 14:
        # (rules 14) log.zig's logfmt: the head extract.py reads ($scope, $level, $msg), then each of the
        # struct's fields as key=value
        return message + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)
    if program.name == "friendica" and program.rules >= 14:
        # (rules 14) StreamLogger: the message, the context as JSON ([] when empty), " - ", then the
        # record extract.py wrote after the mark
        text, _, record_json = message.partition("\u241e")
        context = json.dumps({key: text_ for key, text_, _ in fields}, ensure_ascii=False,
                             separators=(",", ":")).replace("/", "\\/") if fields else "[]"
        return f"{text} {context} - {record_json}"
    if program.name == "logflare" and program.rules >= 14:
        # (rules 14) Elixir's default formatter as Logflare configures it: "[level] message", no metadata
        return f"[{'warning' if level == 'warn' else level}] {message}"
    if program.name == "container" and program.rules >= 13:
        # (rules 13) its OSLogHandler: the message, then each metadata entry as [key=value]
        return message + "".join(f" [{k}={v}]" for k, v, _ in fields)
    if program.name == "firezone" and program.rules >= 13:
        # (rules 13) LoggerJSON.Formatters.Basic (application.ex, prod): message, metadata, severity,
        # the keys sorted as Elixir's JSON orders a small map's (the time and the logger's own
        # metadata left out)
        body = {"message": message, "metadata": {k: v for k, v, _ in sorted(fields)},
                "severity": "warning" if level == "warn" else level}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if program.name == "code-server" and program.rules >= 13:
        # (rules 13) @coder/logger's ServerFormatter: the fields after the message as one JSON object
        if not fields:
            return message
        body = {key: int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
                for key, text, kind in fields}
        return message + " " + json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if program.rules >= 24 and program.name == "lxd":
        # (rules 24) logrus' TextFormatter (no terminal): level, msg, then logger.Ctx's fields
        # sorted by key, a value quoted unless all letters, digits and "-._/@^+"
        head = f"level={'warning' if level == 'warn' else level} msg={_logrus_value(message)}"
        return head + "".join(f" {k}={_logrus_value(v)}" for k, v, _ in sorted(fields))
    if program.rules >= 24 and program.name == "concourse":
        # (rules 24) lager's pretty JSON sink (the timestamp left out): level, source (the
        # component), message (extract.py writes "component.session.action"), data (keys sorted,
        # the session's id among them)
        source = message.split(".", 1)[0]
        data = {key: text for key, text, _kind in fields}
        body = {"level": {"warn": "info"}.get(level, level), "source": source, "message": message,
                "data": dict(sorted(data.items()))}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if program.rules >= 24 and program.name == "maddy":
        # (rules 24) maddy's formatMsg: the message, a tab, then the fields as JSON, keys sorted
        if not fields:
            return message + "\t"
        body = {key: int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
                for key, text, kind in sorted(fields)}
        return message + "\t" + json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if program.rules >= 24 and program.name == "lodestar":
        # (rules 24) logCtxToString: the context after the message as "key=value, key=value",
        # then an error's message after " - "
        context = [(k, v) for k, v, _ in fields if k != "__error"]
        error = next((v for k, v, _ in fields if k == "__error"), None)
        line = message + (" " + ", ".join(f"{k}={v}" for k, v in context) if context else "")
        return line + (f" - {error}" if error is not None else "")
    if program.rules >= 23 and program.name == "gobgp":
        # (rules 23) gobgpd's log/slog JSON handler (its default; the time left out): level, msg,
        # then the call's attributes
        body = {"level": {"warn": "WARN", "fatal": "ERROR"}.get(level, level.upper()), "msg": message}
        for key, text, kind in fields:
            body[key] = int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if program.rules >= 23 and program.name == "wings":
        # (rules 23) wings' loggers/cli handler: "LEVEL: [time] %-25s" (extract.py writes the
        # level, the time left out), then each field as " key=value"
        return message.ljust(7 + 25) + "".join(f" {k}={v}" for k, v, _ in fields)
    if program.name == "foundationdb" and program.rules >= 13:
        # (rules 13) FoundationDB's JSON trace files (the time, machine and the like left out):
        # the severity's number, the event's type, its id, then each detail as a string
        severity = {"trace": "0", "debug": "5", "info": "10", "warn": "20", "error": "40"}.get(level, "10")
        body = {"Severity": severity, "Type": message, "ID": "0000000000000000"}
        for key, text, _kind in fields:
            body[key] = text
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if style == "json" and program.name == "sensu" and program.rules >= 19:
        # (rules 19) sensu-logger's JSON: the time (left out), the level, "message", then the
        # data hash's keys
        body = {"level": level, "message": message}
        for key, text, kind in fields:
            body[key] = int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if style == "json" and program.name == "sftpgo" and program.rules >= 13:
        # (rules 13) SFTPGo's logger.Log: zerolog's JSON, the sender and the connection's id
        # (extract.py reads them as fields) before the text, named "message"
        body = {"level": level}
        for key, text, _kind in fields:
            body[key] = text
        body["message"] = message
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if style == "json":
        # zerolog (whose calls extract.py reads as a chain) names the text "message"
        body = {"level": level, "message" if program.kv == "chain" else "msg": message}
        for key, text, kind in fields:
            body[key] = int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if style == "hclog":
        parts = [p for p in record["at"].split("/")[:-1] if p not in ("nomad", "command")]
        name = ".".join(parts[:3]) or "nomad"
        tail = " ".join(f"{k}={_logfmt_value(v)}" for k, v, _ in fields)
        return f"{name}: {message}" + (f": {tail}" if tail else "")
    if style == "keyvalue":
        return message + "".join(
            f" {k}={v}" if kind in _NUMBER_KINDS else f" {k}={json.dumps(v, ensure_ascii=False)}"
            for k, v, kind in fields)
    if style == "emqx":
        return f"msg: {message}" + "".join(f", {k}: {v}" for k, v, _ in fields)
    if style == "tikv":
        # TiKV's unified log format (components/tikv_util/src/logger): [message] [key=value]...,
        # JSON-quoted when a text holds a space, a quote, "=", "[" or "]"; every record ends
        # with the thread's id
        parts = [f"[{_tikv_value(message)}]"] + [f"[{_tikv_value(k)}={_tikv_value(v)}]" for k, v, _ in fields]
        thread = sum(map(ord, message + "".join(v for _, v, _ in fields))) % 40 + 2  # one of a pool's threads
        return " ".join(parts) + f" [thread_id={thread}]"
    if style == "rubyhash":
        # logstash: the message, then the hash of its fields as Ruby's inspect prints it
        if not fields:
            return message
        items = ", ".join((f":{k}" if re.fullmatch(r"\w+", k) else json.dumps(k)) + "=>"
                          + (v if kind in _NUMBER_KINDS and v.lstrip("-").isdigit() else json.dumps(v,
                             ensure_ascii=False)) for k, v, kind in fields)
        return f"{message} {{{items}}}"
    if style == "elixirtail":
        # Elixir's console logger as "$time [$level] $message $metadata" configures it
        meta = "".join(f" {k}={v}" for k, v, _ in fields)
        return f"[{'warning' if level == 'warn' else level}] {message}{meta}"
    if style == "elixir":
        # Elixir's console logger as "$metadata[$level] $message" configures it (teslamate)
        meta = "".join(f"{k}={v} " for k, v, _ in fields)
        return f"{meta}[{'warning' if level == 'warn' else level}] {message}"
    if style in ("pino", "winston", "pyjson"):
        # pino: the level's number, the merged object, "msg" last; winston's json format: the
        # metadata, then level and message; python-json-logger (Saleor): levelname, message, extra
        body: dict = {}
        if style == "pino":
            body["level"] = {"trace": 10, "debug": 20, "info": 30, "warn": 40, "error": 50}.get(level, 30)
        elif style == "pyjson":
            body.update(levelname="WARNING" if level == "warn" else level.upper(), message=message)
        for key, text, kind in fields:
            body[key] = int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
        if style == "pino":
            body["msg"] = message
        elif style == "winston":
            body.update(level=level, message=message)
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if style == "monolog":
        # Monolog's line format: the message, the context it did not use as JSON, then extra
        context = json.dumps({key: text for key, text, _ in fields}, ensure_ascii=False,
                             separators=(",", ":"))
        return f"{message} {context if fields else '[]'} []"
    if style == "julia":
        # Julia's ConsoleLogger: "[ Info: text" on one line; with fields, or from @warn and
        # @error, a box of lines ending with where the call is
        word = {"warn": "Warning", "error": "Error"}.get(level, level.capitalize())
        path, line = record["at"].rsplit(":", 1)
        if not fields and level in ("info", "debug"):
            return f"[ {word}: {message}"
        package = "Genie" if program.name == "genie" and program.rules >= 13 else "Pkg"  # (rules 13) its own
        if program.name == "pluto" and program.rules >= 14:  # (rules 14) Pluto's, PlutoRunner's in a worker
            package = "PlutoRunner" if "/PlutoRunner/" in path else "Pluto"
        module = package + "." + path.rsplit("/", 1)[-1].removesuffix(".jl") if "/" in path else package
        if program.name == "binarybuilder" and program.rules >= 22:
            # (rules 22) the module a file is in: Auditor.jl and auditor/ BinaryBuilder.Auditor,
            # Wizard.jl and wizard/ BinaryBuilder.Wizard, the others included into BinaryBuilder
            sub = next((name for name in ("Auditor", "Wizard") if path.startswith((f"src/{name}.jl",
                        f"src/{name.lower()}/"))), None)
            module = "BinaryBuilder" + (f".{sub}" if sub else "")
        if program.name == "http-jl" and program.rules >= 25:
            # (rules 25) HTTP.jl's files are included into HTTP, http_handlers.jl is HTTP.Handlers
            module = "HTTP.Handlers" if path.endswith("/http_handlers.jl") else "HTTP"
        if program.name == "documenter" and program.rules >= 17:
            # (rules 17) its own package; a file named as a module (CamelCase, HTMLWriter.jl) is
            # that submodule's, a lower-case one is included into Documenter itself
            stem = path.rsplit("/", 1)[-1].removesuffix(".jl")
            module = "Documenter." + stem if stem[:1].isupper() else "Documenter"
        rows = [f"\u250c {word}: {message}"] + [f"\u2502   {k} = {v}" for k, v, _ in fields]
        return "\n".join([*rows, f"\u2514 @ {module} {path}:{line}"])
    if style == "chronicles":
        # Nim's Chronicles, textlines (Nimbus's default): the level's three letters, the message
        # padded to 42 when properties follow, then key=value, a value with a space quoted
        word = {"trace": "TRC", "debug": "DBG", "info": "INF", "notice": "NTC", "warn": "WRN", "error": "ERR",
                "fatal": "FTL"}.get(level, "INF")
        if not fields:
            return f"{word} {message}"
        return f"{word} {message:<42} " + " ".join(f"{k}={_logfmt_value(v)}" for k, v, _ in fields)
    if style == "structlog":
        # structlog's ConsoleRenderer (Meltano): the level padded to 9, the event padded to 30
        # when key-values follow, the keys sorted
        head = f"[{'warning' if level == 'warn' else level:<9}] "
        if not fields:
            return head + message
        return head + f"{message:<30} " + " ".join(f"{k}={v}" for k, v, _ in sorted(fields))
    if style == "flatlog":
        # MongooseIM's flatlog formatter: the head extract.py reads (level, what, the call's
        # place, the text), then the map's other keys as key=value, as flatlog's escape/1 prints
        # a value: quoted when it holds a space or "=", escaped when it holds a quote
        return message + "".join(f" {k}={values.flatlog_escaped(v)}" for k, v, _ in fields)
    if style == "zapconsole":
        # zap's console encoder (go-log's plain text; extract.py reads the head before the
        # message): the fields after a tab as one JSON object, ": " and ", " spaced
        if not fields:
            return message
        body = {key: int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
                for key, text, kind in fields}
        return message + "\t" + json.dumps(body, ensure_ascii=False, separators=(", ", ": "))
    if style == "console":
        return message + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)
    if fields:  # a plain logger with attributes (slog's text handler): after the message
        return message + " (" + " ".join(f"{k}={_logfmt_value(v)}" for k, v, _ in fields) + ")"
    return message


def _typed(fields: list[tuple[str, str, str]]) -> dict:
    """Fields as a JSON object's members: a number of a numeric kind as a number."""
    return {key: int(text) if kind in _NUMBER_KINDS and text.lstrip("-").isdigit() else text
            for key, text, kind in fields}

def _alertmanager(record: dict, message: str, fields: list, level: str) -> str:
    # promslog's logfmt (slog's text handler, the time left out): the level, the call's file and
    # line as source, msg, then the logger's component and the call's pairs
    path, line = record["at"].rsplit(":", 1)
    head = f"level={_LEVELS_UPPER.get(level, level.upper())} source={path.rsplit('/', 1)[-1]}:{line} " \
        f"msg={_logfmt_value(message)}"
    return head + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)


def _otelcol(record: dict, message: str, fields: list, level: str) -> str:
    # zap's console encoder (extract.py writes the level and caller): the fields after a tab as
    # one JSON object, the process's resource first (otelconftelemetry/logger.go; the builder and
    # mdatagen, command-line tools under cmd/, have no such telemetry)
    if record["at"].startswith("cmd/"):
        tail = json.dumps(_typed(fields), ensure_ascii=False, separators=(", ", ": "))
        return message + ("\t" + tail if fields else "")
    resource = {"service.instance.id": "5b1d0e52-7f3a-4c1e-9a2b-8d6f4e3c2a10", "service.name": "otelcol",
                "service.version": "0.131.0"}
    body = {"resource": resource, **_typed(fields)}
    return message + "\t" + json.dumps(body, ensure_ascii=False, separators=(", ", ": "))


def _distribution(record: dict, message: str, fields: list, level: str) -> str:
    # logrus' TextFormatter (the registry's "text" formatter, no terminal): level, msg, then the
    # fields sorted by key (the time left out)
    head = f"level={'warning' if level == 'warn' else level} msg={_logrus_value(message)}"
    return head + "".join(f" {k}={_logrus_value(v)}" for k, v in sorted((k, v) for k, v, _ in fields))


def _crossbar(record: dict, message: str, fields: list, level: str) -> str:
    # txaio formats the message with its keywords; the event's other keys are not printed
    return message


def _apollo_router(record: dict, message: str, fields: list, level: str) -> str:
    # the router's JSON format (no terminal): level, message, the event's fields, the target
    body = {"level": level.upper(), "message": message, **_typed(fields)}
    body["target"] = body.pop("target", "apollo_router")
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _coolify(record: dict, message: str, fields: list, level: str) -> str:
    # Laravel's LineFormatter (extract.py writes "production.LEVEL: "): the context as JSON, left
    # out when empty, as the empty extra is
    return _message_then_json(message, fields, " ")


def _message_then_json(message: str, fields: list, separator: str) -> str:
    """The message, then, when there are any, the fields as compact JSON after ``separator``."""
    if not fields:
        return message
    return message + separator + json.dumps(_typed(fields), ensure_ascii=False, separators=(",", ":"))


def _falcon(record: dict, message: str, fields: list, level: str) -> str:
    # the console gem's Serialized output (no terminal; the time left out): severity, oid, pid,
    # subject, message, then the call's options
    typed = _typed(fields)
    body = {"severity": level, **{k: typed.pop(k) for k in ("oid", "pid", "subject") if k in typed},
            "message": message, **typed}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


# (rules 26) round 26's renders, by program
_ROUND_26_RENDERS = {"alertmanager": _alertmanager, "otelcol": _otelcol, "distribution": _distribution,
                     "crossbar": _crossbar, "apollo-router": _apollo_router, "coolify": _coolify,
                     "falcon": _falcon}


def _slog_text(record: dict, message: str, fields: list, level: str) -> str:
    # slog's TextHandler (memos' cmd/memos/log.go, the time left out): level, msg, the pairs
    head = f"level={_LEVELS_UPPER.get(level, level.upper())} msg={_logfmt_value(message)}"
    return head + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)


def _slog_json(record: dict, message: str, fields: list, level: str) -> str:
    # slog's JSONHandler (kamal-proxy's run.go, the time left out): level, msg, the pairs
    body = {"level": _LEVELS_UPPER.get(level, level.upper()), "msg": message, **_typed(fields)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _snuba(record: dict, message: str, fields: list, level: str) -> str:
    # logging's basicConfig "%(asctime)s %(message)s" (the time left out); structlog's loggers
    # (extract.py writes their severity last) JSONRenderer's: the bound module, the call's
    # keywords, the event, its severity
    if not fields or fields[-1][0] != "severity":
        return message
    body = {**_typed(fields[:-1]), "event": message, "severity": fields[-1][1]}
    return json.dumps(body, ensure_ascii=False)


def _greptimedb(record: dict, message: str, fields: list, level: str) -> str:
    # tracing-subscriber's fmt: the fields after the message as key=value
    return message + "".join(f" {k}={v}" for k, v, _ in fields)


def _restate(record: dict, message: str, fields: list, level: str) -> str:
    # restate's pretty format: each field on its own line, "    key: value"
    return message + "".join(f"\n    {k}: {v}" for k, v, _ in fields)


def _laravel(record: dict, message: str, fields: list, level: str) -> str:
    # Monolog's LineFormatter under Laravel and Symfony: the context as JSON, left out when empty
    # (Laravel), "[]" then (Symfony) and the empty extra's "[]"
    if not fields:
        return message + (" [] []" if record["p"] == "sylius" else "")
    body = json.dumps(_typed(fields), ensure_ascii=False, separators=(",", ":"))
    thrown = [text for _, text, kind in fields if kind == "phpexception"]
    if thrown:
        # ((slips33) an exception in the context: its normalized text goes on with "\n[stacktrace]"
        # and its frames on the lines after (allowInlineLineBreaks): the line ends with its first)
        shown = json.dumps(thrown[0], ensure_ascii=False)[:-1]
        return message + " " + body[:body.index(shown) + len(shown)]
    return message + " " + body + (" []" if record["p"] == "sylius" else "")


def _message_alone(record: dict, message: str, fields: list, level: str) -> str:
    return message


# (rules 27) round 27's renders, by program
_ROUND_27_RENDERS = {"memos": _slog_text, "kamal-proxy": _slog_json, "snuba": _snuba,
                     "greptimedb": _greptimedb, "restate": _restate, "sylius": _laravel, "monica": _laravel,
                     "langfuse": _message_alone, "nservicebus": _message_alone}


def _logrus_text(record: dict, message: str, fields: list, level: str) -> str:
    # logrus' TextFormatter (no terminal, the time left out): level, msg, the fields sorted by
    # key, a value quoted when it holds a character other than [A-Za-z0-9-._/@^+]; skipper's
    # logging package puts its application log prefix "[APP]" first
    word = {"warn": "warning"}.get(level, level)
    body = f"level={word} msg={_logrus_value(message)}" + "".join(
        f" {k}={_logrus_value(v)}" for k, v, _ in sorted(fields, key=lambda f: f[0]))
    return ("[APP]" if record["p"] == "skipper" else "") + body


def _zerolog_json(record: dict, message: str, fields: list, level: str) -> str:
    # zerolog's JSON (pomerium's internal/log, the time left out): the level, the event's fields
    # in the order the chain adds them, "message" last
    body = {"level": level, **_typed(fields), "message": message}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _tracing_ansi(record: dict, message: str, fields: list, level: str) -> str:
    # tracing-subscriber's full format with ANSI (extract.py writes the head): the fields after
    # the message, each key in italics and "=" dimmed
    return message + "".join(f" \x1b[3m{k}\x1b[0m\x1b[2m=\x1b[0m{v}" for k, v, _ in fields)


def _monolog_syslog(record: dict, message: str, fields: list, level: str) -> str:
    # Monolog's SyslogHandler line (extract.py writes "channel.LEVEL: message"): the context as
    # JSON, then the empty extra's "[]"
    return message + " " + json.dumps({k: v for k, v, _ in fields}, ensure_ascii=False,
                                      separators=(",", ":")) + " []"


# (rules 28) round 28's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone, or as their style's default render does)
_ROUND_28_RENDERS = {"miniflux": _slog_text, "spire": _logrus_text, "skipper": _logrus_text,
                     "pomerium": _zerolog_json, "iggy": _tracing_ansi, "froxlor": _monolog_syslog,
                     **{name: _message_alone for name in (
                         "seata", "canal", "powerjob", "redash", "changedetection", "pulpcore", "flowise",
                         "exceptionless", "wolverine", "pgcat", "rpush", "hutch", "ampache", "zoneminder",
                         "typesense", "livy")}}



def _slog_json_source(record: dict, message: str, fields: list, level: str) -> str:
    # SigNoz's slog JSONHandler under its log handlers (the time left out): level, msg, the
    # pairs, the call's code.* attributes (code.lineno a number), an error's exception.*
    body = {"level": _LEVELS_UPPER.get(level, level.upper()), "msg": message, **_typed(fields)}
    if "code.lineno" in body:
        body["code.lineno"] = int(body["code.lineno"])
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _werelogs(record: dict, message: str, fields: list, level: str) -> str:
    # werelogs' JSON line (cloudserver's logger "S3", the time left out): the logger's name, the
    # call's fields, the request's id, level and message, then host and process
    own = {k: v for k, v in _typed(fields).items() if k not in ("req_id", "hostname", "pid")}
    rest = {k: v for k, v in _typed(fields).items() if k in ("req_id", "hostname", "pid")}
    body = {"name": "S3", **own, "req_id": rest.get("req_id"), "level": level, "message": message,
            "hostname": rest.get("hostname"), "pid": rest.get("pid")}
    return json.dumps({k: v for k, v in body.items() if v is not None}, ensure_ascii=False,
                      separators=(",", ":"))


# Standard Notes' services' defaultMeta (their Container.ts), by package; a mode's the server's
_STANDARDNOTES_SERVICES = {"analytics": "analytics", "api-gateway": "api-gateway", "scheduler": "scheduler",
                           "home-server": "home-server"}


def _winston_service(record: dict, message: str, fields: list, level: str) -> str:
    # winston's json format with defaultMeta: the service, the call's metadata, level, message
    package = record["at"].split("/")[1] if record["at"].startswith("packages/") else ""
    service = _STANDARDNOTES_SERVICES.get(package, f"{package}:server")
    body = {"service": service, **_typed(fields), "level": level, "message": message}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _steno_json(record: dict, message: str, fields: list, level: str) -> str:
    # Steno's JsonRFC3339 codec (the Cloud Controller, the timestamp left out): message, level,
    # the logger's source, the call's data, then thread, fiber, process, file, line and method
    data = {k: v for k, v in _typed(fields).items() if not k.startswith("steno.")}
    steno = {k.removeprefix("steno."): v for k, v in _typed(fields).items() if k.startswith("steno.")}
    word = {"warn": "warn", "fatal": "fatal"}.get(level, level)
    body = {"message": message, "log_level": word, "source": steno.get("source"), "data": data,
            "thread_id": steno.get("thread_id"), "fiber_id": steno.get("fiber_id"),
            "process_id": steno.get("process_id"), "file": steno.get("file"),
            "lineno": int(steno["lineno"]) if str(steno.get("lineno", "")).isdigit() else steno.get("lineno"),
            "method": steno.get("method")}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


# (rules 29) round 29's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone, or as their style's default render does)
_ROUND_29_RENDERS = {"signoz": _slog_json_source, "cloudserver": _werelogs, "standardnotes": _winston_service,
                     "cloud_controller_ng": _steno_json, "parseable": _tracing_ansi,
                     **{name: _message_alone for name in (
                         "buildkite-agent", "dgraph", "rook", "strimzi", "sentinel", "zuul", "privacyidea",
                         "awx", "faust", "eshop", "identityserver4", "openobserve", "racecar",
                         "manticoresearch", "openlitespeed", "reposilite", "snappymail")}}


def _gokit_caller(record: dict, message: str, fields: list, level: str) -> str:
    # go-kit's logfmt under Tempo's util/log (the ts left out): level, the caller (extract.py's
    # field), msg, then the call's pairs
    caller = [t for k, t, _ in fields if k == "caller"]
    rest = [(k, t) for k, t, _ in fields if k != "caller"]
    head = f"level={level} " + (f"caller={caller[0]} " if caller else "") + f"msg={_logfmt_value(message)}"
    return head + "".join(f" {k}={_logfmt_value(v)}" for k, v in rest)


def _zerolog_console(record: dict, message: str, fields: list, level: str) -> str:
    # zerolog's ConsoleWriter in colour (extract.py writes level and caller): the message, then
    # the fields sorted by key, each key cyan, an error's red
    ordered = sorted(fields, key=lambda field: field[0])
    return message + "".join(
        f" \x1b[36m{k}=\x1b[0m\x1b[31m{_logfmt_value(v)}\x1b[0m" if k == "error"
        else f" \x1b[36m{k}=\x1b[0m{_logfmt_value(v)}" for k, v, _ in ordered)


def _logrusx_hydra(record: dict, message: str, fields: list, level: str) -> str:
    # logrusx's text formatter (Ory Hydra), as Kratos' below
    return _logrusx_text(message, fields, level, "Ory Hydra", "v%{version}")


def _irods_json(record: dict, message: str, fields: list, level: str) -> str:
    # iRODS' logger: a JSON object (nlohmann's, keys sorted) of the category, level, message and
    # the server's host, pid and type (the timestamp left out), syslog's "%msg%" alone
    body = {**_typed(fields), "log_level": level if level != "warn" else "warn", "log_message": message}
    return json.dumps(dict(sorted(body.items())), ensure_ascii=False, separators=(",", ":"))


def _owncloud_json(record: dict, message: str, fields: list, level: str) -> str:
    # ownCloud's owncloud.log (OC\\Log\\Owncloud): reqId, the level's number, the time (left
    # out), the client's address, user, app, method, url and message
    number = {"debug": 0, "info": 1, "notice": 1, "warn": 2, "error": 3}.get(level, 4)
    own = {key: text for key, text, _ in fields}
    body = {"reqId": own.get("reqId", ""), "level": number, "remoteAddr": own.get("remoteAddr", ""),
            "user": own.get("user", "--"), "app": own.get("app", "core"), "method": own.get("method", "--"),
            "url": own.get("url", "--"), "message": message}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def _tracing_pretty_plain(record: dict, message: str, fields: list, level: str) -> str:
    # tracing-subscriber's pretty format (extract.py writes level and target): the message, then
    # ", key: value" for each field
    return message + "".join(f", \x1b[1m{k}\x1b[0m: {v}" for k, v, _ in fields)


def _atuin(record: dict, message: str, fields: list, level: str) -> str:
    # the server's fmt layer in colour (fields in italics), the daemon's log file without colour
    if record["at"].startswith("crates/atuin-server"):
        return _tracing_ansi(record, message, fields, level)
    return message + "".join(f" {k}={v}" for k, v, _ in fields)


# (rules 30) round 30's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone)
_ROUND_30_RENDERS = {"tempo": _gokit_caller, "kyverno": _zerolog_console, "hydra": _logrusx_hydra,
                     "irods": _irods_json, "owncloud": _owncloud_json, "rumqttd": _tracing_pretty_plain,
                     "atuin": _atuin,
                     **{name: _message_alone for name in (
                         "oauth2-proxy", "hertzbeat", "seatunnel", "openmrs", "nautobot", "indico", "huey",
                         "statsd", "express-gateway", "mqttnet", "rebus", "sneakers", "samson", "hyperf",
                         "watchman")}}


def _slips30_logrusx_hydra(record: dict, message: str, fields: list, level: str) -> str:
    # (slips30) logrusx's text formatter with Hydra's build version (config.Version, its release's
    # tag by goreleaser's ldflags: the pin's last, v26.2.0), not a placeholder's text
    return _logrusx_text(message, fields, level, "Ory Hydra", "v26.2.0")


# (slips30) tracing-subscriber's Pretty format: each level's colour (Pretty::style_for)
_PRETTY_COLOURS = {"trace": "35", "debug": "34", "info": "32", "warn": "33", "error": "31"}


def _slips30_tracing_pretty(record: dict, message: str, fields: list, level: str) -> str:
    # (slips30) tracing-subscriber's Pretty format in colour (extract.py writes level, target and
    # the message's colour): each field ", " then its name bold in the level's colour, ": " and
    # its value; the colour's end last
    colour = _PRETTY_COLOURS.get(level, "32")
    fields_text = "".join(f", \x1b[1;{colour}m{k}\x1b[0m\x1b[{colour}m: {v}" for k, v, _ in fields)
    return message + fields_text + "\x1b[0m"


# (slips30) round 30's renders read again (docs/patterns.md § The call-site corpus, "Checked
# again in round 32 (slips30)")
_SLIPS30_RENDERS = {"hydra": _slips30_logrusx_hydra, "rumqttd": _slips30_tracing_pretty}


def _logrus_prefixed(record: dict, message: str, fields: list, level: str) -> str:
    # logrus-prefixed-formatter (blocky; extract.py writes level and prefix): each field sorted
    # by key as " key=value" (%+v, unquoted)
    return message + "".join(f" {k}={v}" for k, v, _ in sorted(fields, key=lambda field: field[0]))


def _tracing_plain(record: dict, message: str, fields: list, level: str) -> str:
    # tracing-subscriber's full format without ANSI: " key=value" after the message
    return message + "".join(f" {k}={v}" for k, v, _ in fields)


def _nest_pino(record: dict, message: str, fields: list, level: str) -> str:
    # nestjs-pino in production (docmost): pino's JSON with the level's label, the time left
    # out, pid, hostname, the Nest logger's context, then msg
    own = _typed(fields)
    body = {"level": level, "pid": int(own.pop("pid", 1)),
            "hostname": own.pop("hostname", ""), "context": own.pop("context", ""), **own, "msg": message}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _nextcloud_json(record: dict, message: str, fields: list, level: str) -> str:
    # Nextcloud's nextcloud.log (OC\Log\LogDetails): reqId, the level's number, the time (left
    # out), the client's address, user, app, method, url, message, userAgent, version, data
    number = {"debug": 0, "info": 1, "notice": 1, "warn": 2, "error": 3}.get(level, 4)
    own = {key: text for key, text, _ in fields}
    body = {"reqId": own.get("reqId", ""), "level": number, "remoteAddr": own.get("remoteAddr", ""),
            "user": own.get("user", "--"), "app": "news", "method": own.get("method", ""),
            "url": own.get("url", "--"), "message": message, "userAgent": "--", "version": "31.0.0.18",
            "data": {"app": "news"}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


# (rules 31) round 31's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone; grav's Monolog line keeps the generic render)
_ROUND_31_RENDERS = {"velero": _logrus_text, "mihomo": _logrus_text, "blocky": _logrus_prefixed,
                     "docmost": _nest_pino, "rauthy": _tracing_ansi, "static-web-server": _tracing_plain,
                     "nextcloud-news": _nextcloud_json,
                     **{name: _message_alone for name in (
                         "gatus", "dependency-track", "akhq", "mealie", "ckan", "cobbler", "audiobookshelf",
                         "ersatztv", "lidarr", "pika", "nebula-graph", "katello", "dynflow", "stream-collector",
                         "trento")}}


def _netmaker(record: dict, message: str, fields: list, level: str) -> str:
    # netmaker's slog JSONHandler (main.go's setVerbosity, the time left out): level, the source
    # its ReplaceAttr writes (extract.py's first field), msg, the pairs; logger.Log's lines
    # (extract.py writes "[netmaker] time ") print the message alone
    if not fields or fields[0][0] != "source":
        return message
    body = {"level": _LEVELS_UPPER.get(level, level.upper()), "source": fields[0][1], "msg": message,
            **_typed(fields[1:])}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _mopidy_rich(record: dict, message: str, fields: list, level: str) -> str:
    # rich's RichHandler off a terminal (80 columns; extract.py writes the level and the first
    # line): the time's column cut, the message's lines wrapped at 60 in the message column,
    # each after 20 spaces
    head, _, text = message.partition("\n")
    lines = [part for line in text.split("\n")
             for part in (textwrap.wrap(line, 60, break_on_hyphens=False) or [""])]
    return head + "".join("\n" + " " * 20 + part for part in lines)


def _lighthouse(record: dict, message: str, fields: list, level: str) -> str:
    # slog-term's FullFormat under Lighthouse's AlignedTermDecorator (extract.py writes the
    # level): the message padded to 40 when key-values follow, then "key: value" pairs, the
    # record's in reverse order (slog serialises them last first)
    word, _, text = message.partition(" ")
    if not fields:
        return message
    pairs = ", ".join(f"{k}: {v}" for k, v, _ in reversed(fields))
    if len(text) + 1 < 40:
        return f"{word} {text}{' ' * (41 - len(text))}{pairs}"
    return f"{word} {text}, {pairs}"


def _lychee(record: dict, message: str, fields: list, level: str) -> str:
    # Laravel's LineFormatter (extract.py writes "production.LEVEL: "): the context as JSON,
    # left out when empty, then the extra (extract.py's extra.* fields) as JSON
    context = {k: v for k, v in _typed([f for f in fields if not f[0].startswith("extra.")]).items()}
    extra = {}
    for key, text, _ in fields:
        if key.startswith("extra."):
            name = key.removeprefix("extra.")
            extra[name] = None if text == "null" else f"{text} MB" if name == "memory_usage" else text
    head = message + (" " + json.dumps(context, ensure_ascii=False, separators=(",", ":")) if context else "")
    return head + " " + json.dumps(extra, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


# (rules 32) round 32's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone)
_ROUND_32_RENDERS = {"external-dns": _logrus_text, "k6": _logrus_text, "argo-workflows": _slog_text,
                     "netmaker": _netmaker, "mopidy": _mopidy_rich, "warpgate": _tracing_plain,
                     "lighthouse": _lighthouse, "lychee": _lychee,
                     **{name: _message_alone for name in (
                         "cloud-init", "bazarr", "halo", "kestra", "tolgee", "shokoserver", "recyclarr", "r10k",
                         "krane", "simplesamlphp", "inspircd", "nix", "commanded", "homepage")}}


def _nzbdrone_console(record: dict, message: str, fields: list, level: str) -> str:
    # NzbDroneLogger's console layout "[${level}] ${logger}: ${message} ${onexception:...}"
    # (extract.py writes the head): a space after the message, the exception's part empty
    return message + " "


# (rules 33) round 33's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone)
_ROUND_33_RENDERS = {"watchtower": _logrus_text, "vikunja": _slog_text, "spin": _tracing_plain,
                     "tensorzero": _tracing_ansi, "koel": _laravel, "akaunting": _laravel,
                     "readarr": _nzbdrone_console,
                     **{name: _message_alone for name in (
                         "filebrowser", "faas", "healthchecks", "flower", "james", "amoro",
                         "azure-functions-host", "errbit", "aerospike", "zerotier", "postgrest",
                         "nginx-proxy-manager")}}


def _pairs_after(record: dict, message: str, fields: list, level: str) -> str:
    # a handler that prints the record's attributes after the message as " key=value" (lego's
    # slogor, the value quoted when it holds a space, a quote or "=")
    return message + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)


_RENOVATE_META = ("repository", "baseBranch", "packageFile", "depType", "dependency", "dependencies",
                  "branch")


def _renovate_pretty(record: dict, message: str, fields: list, level: str) -> str:
    # pretty-stdout.ts (extract.py writes "LEVEL: " and the repository's meta): the object's
    # meta keys in the parentheses after the message ("key=value", joined by ", "), the others
    # on the lines after it, each indented by seven spaces as '"key": value' (JSON), joined by ","
    meta = [f"{k}={v}" for k, v, _ in fields if k in _RENOVATE_META]
    details = {k: v for k, v in _typed(fields).items() if k not in _RENOVATE_META}
    if meta:
        opened = re.search(r" \(repository=[^()]*\)$", message)
        message = (message[:-1] + ", " + ", ".join(meta) + ")") if opened else \
            (message + " (" + ", ".join(meta) + ")")
    if not details:
        return message
    return message + "\n" + ",\n".join(f'       "{k}": {json.dumps(v, ensure_ascii=False)}'
                                        for k, v in details.items())


def _pretty_logfmt(record: dict, message: str, fields: list, level: str) -> str:
    # PrettyLog.LogfmtFormatter (Astarte's production console; extract.py writes
    # "level=L ts=%{time} msg="): the message logfmt-quoted, then the call's metadata
    head, _, text = message.partition(" msg=")
    return f"{head} msg={_logfmt_value(text)}" + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields)


# (rules 34) round 34's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone)
_ROUND_34_RENDERS = {"lego": _pairs_after, "renovate": _renovate_pretty, "youki": _tracing_ansi,
                     "astarte": _pretty_logfmt, "speedtest-tracker": _laravel,
                     **{name: _message_alone for name in (
                         "consul-template", "dnscrypt-proxy", "opensnitch", "arthas", "elasticjob", "komf",
                         "klipper", "appdaemon", "carbon", "gladys", "brighter", "protoactor", "librespot",
                         "oxidized", "backup", "engelsystem", "httpd", "rtpengine")}}


def _nakama_json(record: dict, message: str, fields: list, level: str) -> str:
    # nakama's zap JSON encoder (server/logger.go, the time left out): level, caller (zap's
    # ShortCallerEncoder: the file's folder and name, main.go's the module's), msg, then the fields
    path, line = record["at"].rsplit(":", 1)
    parts = path.split("/")
    caller = "/".join(parts[-2:]) if len(parts) > 1 else f"nakama/{path}"
    body = {"level": level, "caller": f"{caller}:{line}", "msg": message, **_typed(fields)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))



def _dkron_text(record: dict, message: str, fields: list, level: str) -> str:
    # dkron's logrus text formatter (no terminal, the time left out); its plugins on Go's
    # standard log (shell, http, kafka, nats: "date time text") the message alone
    if record["at"].startswith(_DKRON_STANDARD_LOG):
        return message
    return _logrus_text(record, message, fields, level)


_DKRON_STANDARD_LOG = ("plugin/shell/", "plugin/http/", "builtin/bins/dkron-executor-kafka/",
                       "builtin/bins/dkron-executor-nats/")

# (rules 35) round 35's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone)
_ROUND_35_RENDERS = {"portainer": _zerolog_console, "photoprism": _logrus_text, "dkron": _dkron_text,
                     "nakama": _nakama_json, "data-importer": _laravel, "edgehog": _pretty_logfmt,
                     **{name: _message_alone for name in (
                         "zeppelin", "ranger", "pymedusa", "keystone", "evennia", "automatisch", "win-acme",
                         "impostor", "habitat", "rustdesk-server", "vmpooler", "bosh", "opnsense", "xmrig",
                         "hyperion", "atlas")}}


def _mailpit_text(record: dict, message: str, fields: list, level: str) -> str:
    # mailpit's logrusHandler off a terminal (internal/logger, the time left out): level, then the
    # message quoted (%q) always
    word = {"warn": "warning", "trace": "debug", "fatal": "error", "critical": "error"}.get(level, level)
    return f"level={word} msg={json.dumps(message, ensure_ascii=False)}"


def _glauth(record: dict, message: str, fields: list, level: str) -> str:
    # zerolog's ConsoleWriter (extract.py writes the coloured level first); the files on zerolog's
    # global logger (never set by glauth) print its JSON: level, the chain's fields, message
    if message.startswith("\x1b["):
        return _zerolog_console(record, message, fields, level)
    return _zerolog_json(record, message, fields, level)


def _homarr_metadata(record: dict, message: str, fields: list, level: str) -> str:
    # homarr's winston printf: the call's metadata after the module extract.py writes, each as
    # key="value" (objects left out)
    return message + "".join(f' {k}="{v}"' for k, v, _ in fields)


# (rules 36) round 36's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone: goatcounter's attributes go on the lines after, oqtane's
# log is its database's message)
_ROUND_36_RENDERS = {"mailpit": _mailpit_text, "glauth": _glauth, "homarr": _homarr_metadata,
                     "martin": _tracing_ansi, "rqbit": _tracing_ansi, "leantime": _laravel,
                     "freescout": _laravel,
                     **{name: _message_alone for name in (
                         "listmonk", "goatcounter", "borgmatic", "errbot", "octavia", "jmeter", "kafka-ui",
                         "dockge", "bililiverecorder", "oqtane", "dawarich", "feedbin", "nanomq",
                         "obs-studio", "joern", "operately")}}

def _alist_logrus(record: dict, message: str, fields: list, level: str) -> str:
    # logrus' coloured text (extract.py writes "LEVL[time] "): the message padded to 44 and a
    # space after it ("%-44s "), then the fields (none read)
    head = re.match(r"\x1b\[\d+m\w{4}\x1b\[0m\[[^\]]*\] ", message)
    if not head:
        return message
    return head.group() + f"{message[head.end():]:<44} "


def _atlantis_zap(record: dict, message: str, fields: list, level: str) -> str:
    # zap's production JSON (server/logging, ISO8601 time left out): level, caller (the file's
    # folder and name), msg, then the "json" namespace its loggers open (empty: their With
    # fields not read)
    path, line = record["at"].rsplit(":", 1)
    caller = "/".join(path.split("/")[-2:])
    body = {"level": level, "caller": f"{caller}:{line}", "msg": message, "json": {}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _openremote_thread(record: dict, message: str, fields: list, level: str) -> str:
    # NoTimeLogFormatter pads the thread's name to 30 inside its brackets
    head = re.match(r"(\S+ *) \[([^\]]*)\] ", message)
    if not head:
        return message
    return f"{head.group(1)} [{head.group(2):<30}] " + message[head.end():]


# (rules 37) round 37's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone: xibo-cms' log is its database's message column)
_ROUND_37_RENDERS = {"alist": _alist_logrus, "gophish": _logrus_text, "atlantis": _atlantis_zap,
                     "openremote": _openremote_thread, "chirpstack": _tracing_ansi, "garage": _tracing_ansi,
                     **{name: _message_alone for name in (
                         "casdoor", "moonraker", "apprise", "pyload", "leshan", "mirotalk",
                         "node-media-server", "netdaemon", "smtp4dev", "thin", "eye", "piwigo", "xibo-cms",
                         "guacamole-server", "domoticz", "keel", "mobilizon")}}


def _dozzle_zerolog(record: dict, message: str, fields: list, level: str) -> str:
    # zerolog's JSON (DEV unset, cli.ConfigureLogger): the level, the global logger's version,
    # the chain's fields, then the time (left out) and the message
    body = {"level": level, "version": "v8.14.6", **_typed(fields), "message": message}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _appflowy_json(record: dict, message: str, fields: list, level: str) -> str:
    # tracing-subscriber's JSON (APPFLOWY_ENVIRONMENT=production): the time (left out), level,
    # the event's fields under "fields" (message first), target, and in the server's own
    # subscriber (not the worker's) the file and line
    path, line = record["at"].rsplit(":", 1)
    parts = path.split("/")
    if parts[0] in ("services", "libs") and len(parts) > 3:
        crate, rest = parts[1].replace("-", "_"), "/".join(parts[3:])
    else:
        crate, rest = "appflowy_cloud", "/".join(parts[1:])
    modules = [p for p in rest.removesuffix(".rs").split("/") if p not in ("mod", "lib", "main")]
    body = {"level": level.upper(),
            "fields": {"message": message, **_typed(fields)}, "target": "::".join([crate, *modules])}
    if not path.startswith("services/appflowy-worker/"):
        body["filename"] = path.split("/", 2)[2] if parts[0] in ("services", "libs") else path
        body["line_number"] = int(line)
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _elgg_line(record: dict, message: str, fields: list, level: str) -> str:
    # Monolog's LineFormatter (ignoreEmptyContextAndExtra): the message, the context's JSON where
    # the call gives one, then the processors' extra (extract.py writes it after "\0")
    text, _, extra = message.partition("\x00")
    return _coolify(record, text, fields, level) + (" " + extra if extra else "")


# (rules 38) round 38's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone)
_ROUND_38_RENDERS = {"dozzle": _dozzle_zerolog, "appflowy-cloud": _appflowy_json, "elgg": _elgg_line,
                     **{name: _message_alone for name in (
                         "xray", "remark42", "step-ca", "st2", "thumbor", "powerdns-admin", "gitblit",
                         "airsonic-advanced", "mailtrain", "cncjs", "papercut-smtp", "nbxplorer", "netavark",
                         "openfoodnetwork", "pact-broker", "opensourcepos", "isc-dhcp", "snapcast",
                         "opensearch-alerting", "changelog")}}


def _gotosocial_logfmt(record: dict, message: str, fields: list, level: str) -> str:
    # GoToSocial's logfmt (extract.py writes "func=... level=... msg=" and the message): the
    # context hooks' fields before msg, each value quoted when it needs to be, then the message
    head, _, text = message.partition(" msg=")
    return head + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields) + f" msg={_logfmt_value(text)}"


def _ziti_json(record: dict, message: str, fields: list, level: str) -> str:
    # ziti's slog JSON handler (off a terminal; the time left out): level, msg, then the logrus
    # bridge's file and func, then the entry's fields
    body = {"level": level, "msg": message, **_typed(fields)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _kopia_console(record: dict, message: str, fields: list, level: str) -> str:
    # kopia's stdConsoleEncoder (no time, level or logger name by default): the message, then the
    # fields as zap's JSON after a tab
    return _message_then_json(message, fields, "\t")


def _flagsmith_console(record: dict, message: str, fields: list, level: str) -> str:
    # structlog's ConsoleRenderer without colours (flagsmith-common's "generic" format; the time
    # left out): the level padded to 9 in brackets, the event padded to 30, the logger's name in
    # brackets, then the other keys sorted as key=value
    logger = next((text for key, text, _ in fields if key == "logger"), "root")
    rest = sorted((k, v) for k, v, _ in fields if k != "logger")
    word = {"warn": "warning"}.get(level, level)
    return (f"[{word:<9}] {message:<30} [{logger}]" + "".join(f" {k}={v}" for k, v in rest))


def _inspect_value(text: str, kind: str) -> str:
    if kind in _NUMBER_KINDS and re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return text
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _xo_console(record: dict, message: str, fields: list, level: str) -> str:
    # @xen-orchestra/log's console transport (extract.py writes "namespace LEVEL message"): the
    # data object after it as console's util.inspect prints it
    if not fields:
        return message
    return message + " { " + ", ".join(f"{k}: {_inspect_value(v, kind)}" for k, v, kind in fields) + " }"


def _wash_tracing(record: dict, message: str, fields: list, level: str) -> str:
    # tracing-subscriber's full format without ANSI (extract.py writes the level): the fields
    # after the message as key=value
    return message + "".join(f" {k}={v}" for k, v, _ in fields)


def _symfony_line(record: dict, message: str, fields: list, level: str) -> str:
    # Monolog's LineFormatter under Symfony (extract.py writes "channel.LEVEL: "): the context as
    # JSON, "[]" when empty, then the empty extra's "[]"
    body = json.dumps(_typed(fields), ensure_ascii=False, separators=(",", ":")) if fields else "[]"
    return message + " " + body + " []"


# (rules 39) round 39's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone; farmbot-os' Logger lines as the elixir render prints them)
_ROUND_39_RENDERS = {"cri-o": _logrus_text, "gotosocial": _gotosocial_logfmt, "ziti": _ziti_json,
                     "kopia": _kopia_console, "flagsmith": _flagsmith_console, "xen-orchestra": _xo_console,
                     "fluvio": _tracing_ansi, "wasmcloud": _wash_tracing, "contao": _symfony_line,
                     "part-db": _symfony_line,
                     **{name: _message_alone for name in (
                         "swift", "jumpserver", "moquette", "hono", "balena-supervisor", "iotedge",
                         "smartstore", "archivesspace", "mcollective", "h2o", "leap", "tock")}}


def _ferretdb_console(record: dict, message: str, fields: list, level: str) -> str:
    # FerretDB's console handler (extract.py writes the level and source): the attributes as
    # JSON after a tab, the logger's name among them
    if not fields:
        return message
    return message + "\t" + json.dumps(_typed(fields), ensure_ascii=False, separators=(",", ":"))


def _tyk_text(record: dict, message: str, fields: list, level: str) -> str:
    # Tyk's log package: logrus' TextFormatter with msg renamed "message" (no terminal, the
    # time left out): level, message, the fields sorted by key
    word = {"warn": "warning"}.get(level, level)
    return f"level={word} message={_logrus_value(message)}" + "".join(
        f" {k}={_logrus_value(v)}" for k, v, _ in sorted(fields, key=lambda f: f[0]))


def _alloy_logfmt(record: dict, message: str, fields: list, level: str) -> str:
    # Alloy's logging handler (slog's text handler, go-kit's lower-case levels; the ts left
    # out): level, msg, a component's path and id, then the call's pairs
    return f"level={level} msg={_logfmt_value(message)}" + "".join(
        f" {k}={_logfmt_value(v)}" for k, v, _ in fields)


def _storage_pino(record: dict, message: str, fields: list, level: str) -> str:
    # supabase/storage's pino (the epoch time left out): level, pid and hostname, the child's
    # region and appVersion, the call's object (logSchema's type first), then msg
    body = {"level": {"trace": 10, "debug": 20, "info": 30, "warn": 40, "error": 50}.get(level, 60),
            "pid": 1, "hostname": "storage", "region": "local", "appVersion": "1.0.0", **_typed(fields),
            "msg": message}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _grist_winston(record: dict, message: str, fields: list, level: str) -> str:
    # winston 2's common.log (extract.py writes the coloured level): the meta after the
    # message as "key=value, key=value"
    if not fields:
        return message
    return message + " " + ", ".join(f"{k}={v}" for k, v, _ in fields)


# quilkin's crates whose package name is not their folder's (their Cargo.toml's name)
_QUILKIN_CRATES = {"ebpf": "quilkin-ebpf", "macros": "quilkin-macros", "xdp": "quilkin-xdp",
                   "xds": "quilkin-xds", "test": "qt"}


def _quilkin_json(record: dict, message: str, fields: list, level: str) -> str:
    # tracing-subscriber's JSON format (stdout no terminal; the timestamp left out): level, the
    # event's fields with its message, the target, the file and line (with_file), the thread id
    path, line = record["at"].rsplit(":", 1)
    parts = path.split("/")
    crate = _QUILKIN_CRATES.get(parts[1], parts[1]).replace("-", "_") \
        if parts[0] == "crates" and len(parts) > 2 else "quilkin"
    rest = path.split("/src/", 1)[1] if "/src/" in path else path.removeprefix("src/")
    modules = [p for p in rest.removesuffix(".rs").split("/") if p not in ("mod", "lib", "main")]
    body = {"level": level.upper(), "fields": {"message": message, **_typed(fields)},
            "target": "::".join([crate, *modules]), "filename": path, "line_number": int(line),
            "threadId": "ThreadId(2)"}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


# (rules 40) round 40's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone; kubeedge's klog lines as the klog render prints them)
_ROUND_40_RENDERS = {"ferretdb": _ferretdb_console, "tyk": _tyk_text, "alloy": _alloy_logfmt,
                     "supabase-storage": _storage_pino, "grist": _grist_winston, "quilkin": _quilkin_json,
                     **{name: _message_alone for name in (
                         "neutron", "jupyter-server", "chia", "dspace", "syncope", "octopus-tentacle",
                         "grandnode", "nydus", "hyrax", "god", "osticket", "phpipam", "libreswan", "kismet",
                         "jibri", "reticulum")}}


def _edgex_pairs(record: dict, message: str, fields: list, level: str) -> str:
    # go-kit's logfmt (extract.py writes level, ts, app, source and msg): the call's key-value
    # pairs before msg (the LoggingClient appends "msg" after them)
    at = message.find(" msg=")
    if not fields or at < 0:
        return message
    return message[:at] + "".join(f" {k}={_logfmt_value(v)}" for k, v, _ in fields) + message[at:]


# (rules 41) round 41's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone; chaos-mesh's zap lines as the zapconsole render prints
# them)
_ROUND_41_RENDERS = {"edgex": _edgex_pairs, "longhorn-manager": _logrus_text, "arroyo": _tracing_ansi,
                     **{name: _message_alone for name in (
                         "cubefs", "spiderfoot", "freeipa", "pgadmin4", "flume", "qpid-broker-j", "trilium",
                         "deepstream", "opensim", "hass-agent", "tremor", "test-kitchen", "phplist",
                         "itop", "open5gs", "srs", "mirai", "keila")}}



def _pd_fields(record: dict, message: str, fields: list, level: str) -> str:
    # pingcap/log's text format after the bracketed message (extract.py writes the head and the
    # message): each field as [key=value], quoted as TiKV's are
    return message + "".join(f" [{_tikv_value(k)}={_tikv_value(v)}]" for k, v, _ in fields)


def _log4j_mdc(record: dict, message: str, fields: list, level: str) -> str:
    # log4j2's "%replace{ %mdc}{' $'}{}" (Kroxylicious): SLF4J's fluent key-values as the
    # context map, sorted by key, "{k=v, k2=v2}" after a space; nothing when there are none
    if not fields:
        return message
    return message + " {" + ", ".join(f"{k}={v}" for k, v, _ in sorted(fields, key=lambda f: f[0])) + "}"


def _bunyan(record: dict, message: str, fields: list, level: str) -> str:
    # @overleaf/logger's bunyan JSON (Overleaf's services): the logger's name (each service's
    # logger.initialize(name): its folder), the numeric level, the call's object, then msg and
    # bunyan's version (hostname, pid and time left out)
    parts = record["at"].split("/")
    name = parts[1] if len(parts) > 2 and parts[0] == "services" else "web"
    body = {"name": name, "level": {"trace": 10, "debug": 20, "info": 30, "warn": 40, "error": 50,
                                    "fatal": 60}.get(level, 30),
            **_typed(fields), "msg": message, "v": 0}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


# (rules 42) round 42's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone; CloudNativePG's JSON and OpenIM's as their renders in
# sources.py print them)
_ROUND_42_RENDERS = {"pd": _pd_fields, "kroxylicious": _log4j_mdc, "pingap": _tracing_plain,
                     "nostr-rs-relay": _tracing_ansi, "overleaf": _bunyan,
                     **{name: _message_alone for name in (
                         "snapd", "firewalld", "vdsm", "karapace", "accumulo", "cryptpad", "dotnet-monitor",
                         "certify", "deimos", "flapjack", "passbolt", "jeedom", "neuron", "passenger",
                         "cross-cluster-replication", "spawn")}}


def _lakefs_fields(record: dict, message: str, fields: list, level: str) -> str:
    # logrus' TextFormatter after the caller (extract.py writes level, msg, func and file): the
    # fields sorted by key, a value quoted when it holds a character other than [A-Za-z0-9-._/@^+]
    return message + "".join(f" {k}={_logrus_value(v)}" for k, v, _ in sorted(fields, key=lambda f: f[0]))


# Archethic's console metadata (config.exs' list, in its order) and Elixir's colours (colors:
# [enabled: true]): the line in the level's colour, reset at its end
_ARCHETHIC_METADATA = ("request_id", "proposal_address", "transaction_address", "transaction_type",
                       "beacon_subset", "node", "address", "message_id", "replication_roles", "contract")
_ELIXIR_COLOURS = {"debug": "\x1b[36m", "info": "\x1b[22m", "notice": "\x1b[22m", "warn": "\x1b[33m",
                   "error": "\x1b[31m"}


def _archethic(record: dict, message: str, fields: list, level: str) -> str:
    # "$date $time $metadata[$level] $message" (the time left out): the configured metadata
    # the call gives, "key=value " each, in the configured order; the line coloured
    given = {k: v for k, v, _ in fields}
    meta = "".join(f"{k}={given[k]} " for k in _ARCHETHIC_METADATA if k in given)
    word = "warning" if level == "warn" else level
    return f"{_ELIXIR_COLOURS.get(level, '')}{meta}[{word}] {message}\x1b[0m"


# (rules 43) round 43's renders, by program (the others' heads are written by extract.py and
# their lines print the message alone; SpiceDB's zerolog JSON and Karmada's klog as their
# renders in sources.py print them)
_ROUND_43_RENDERS = {"lakefs": _lakefs_fields, "contour": _logrus_text, "pgdog": _tracing_plain,
                     "archethic-node": _archethic,
                     **{name: _message_alone for name in (
                         "designate", "gnocchi", "faucet", "apicurio-registry", "helix", "pomelo", "tailchat",
                         "squidex", "data-api-builder", "ckb", "oneflow", "newrelic-ruby-agent", "z-push",
                         "misp", "odyssey", "kudu", "index-management")}}

def _warehouse(record: dict, message: str, fields: list, level: str) -> str:
    # structlog's JSONRenderer (warehouse/logging.py, production): the event, the call's key-values,
    # then add_logger_name's module and add_log_level's level (the timestamp left out)
    path = record["at"].rsplit(":", 1)[0]
    module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    body = {"event": message, **_typed(fields), "logger": module,
            "level": "warning" if level == "warn" else level}
    return json.dumps(body, ensure_ascii=False)


def _pocketbase(record: dict, message: str, fields: list, level: str) -> str:
    # core/base.go: a record of the _logs table (level as slog's number, message, data), as the
    # logs API returns it (id and time left out)
    number = {"debug": -4, "info": 0, "warn": 4, "error": 8}.get(level, 0)
    return json.dumps({"level": number, "message": message, "data": _typed(fields)}, ensure_ascii=False,
                      separators=(",", ":"))


def _lldap(record: dict, message: str, fields: list, level: str) -> str:
    # tracing-forest's Pretty printer: extract.py writes the level, the tree edge and the tag;
    # each field after " | key: value"
    return message + "".join(f" | {key}: {text}" for key, text, _ in fields)


def _pub_dev(record: dict, message: str, fields: list, level: str) -> str:
    # logging.dart outside a request: JSON of the severity, the message (its logger's name first,
    # as extract.py writes it) and the logger as a label (the time left out)
    name = message.split(": ", 1)[0] if re.match(r"[\w.-]+: ", message) else ""
    severity = {"debug": "DEBUG", "warn": "WARNING", "error": "ERROR", "critical": "CRITICAL"}.get(level, "INFO")
    return json.dumps({"severity": severity, "message": message, "logging.googleapis.com/labels": {"logger": name}},
                      ensure_ascii=False, separators=(",", ":"))


def _trigger(record: dict, message: str, fields: list, level: str) -> str:
    # the webapp's Logger (packages/core/src/logger.ts): the fields, its name, the message, the level;
    # the supervisor's and the engine's SimpleStructuredLogger: the message, $name, $level, the fields
    path = record["at"]
    if path.startswith("apps/webapp/"):
        body = {**_typed(fields), "name": "webapp", "message": message, "level": level}
    else:
        name = path.split("/")[1]
        body = {"message": message, "$name": name, "$level": level, **_typed(fields)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _cloudflared(record: dict, message: str, fields: list, level: str) -> str:
    # zerolog's ConsoleWriter (logger/create.go, no colour): the level extract.py writes, the
    # message, then the fields sorted by key, the error first
    ordered = sorted(fields, key=lambda field: (field[0] != "error", field[0]))
    return message + "".join(f" {key}={_logfmt_value(text)}" for key, text, _ in ordered)


def _protonvpn(record: dict, message: str, fields: list, level: str) -> str:
    # FileLogFormatter: extract.py writes "LEVEL | CATEGORY | message |"; then the metadata as
    # JSONEncoder's object, nothing when there is none
    if not fields:
        return message
    body = json.dumps({key: text for key, text, _ in fields}, ensure_ascii=False, separators=(",", ":"))
    return message + " " + body.replace("/", "\\/")


def _payload(record: dict, message: str, fields: list, level: str) -> str:
    # pino-pretty as Payload's default logger sets it (pid and hostname ignored, the time left out):
    # "LEVEL: message", then each property on a line of its own
    word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR", "fatal": "FATAL"}.get(level, "INFO")
    return f"{word}: {message}" + "".join(f"\n    {key}: {json.dumps(value, ensure_ascii=False)}"
                                         for key, value in _typed(fields).items())


def _kratos(record: dict, message: str, fields: list, level: str) -> str:
    return _logrusx_text(message, fields, level, "Ory Kratos", "master")


def _logrusx_text(message: str, fields: list, level: str, service: str, version: str) -> str:
    # logrusx's text formatter (oryx/logrusx: DisableQuote, the time left out): level and msg, then
    # the fields sorted, among them the logger's own three; WithError's a map of the message
    own = [("audience", "application", "word"), ("service_name", service, "name"),
           ("service_version", version, "version")]
    ordered = sorted([*fields, *own], key=lambda field: field[0])
    word = "warning" if level == "warn" else level
    return f"level={word} msg={message}" + "".join(
        f" {key}=map[message:{text}]" if key == "error" and kind == "err" else f" {key}={text}"
        for key, text, kind in ordered)


# (rules 15) round 15's programs whose loggers print a record otherwise than by their render
_ROUND_15_RENDERS = {"kratos": _kratos, "warehouse": _warehouse, "pocketbase": _pocketbase, "lldap": _lldap, "pub-dev": _pub_dev,
                     "trigger": _trigger, "cloudflared": _cloudflared, "protonvpn": _protonvpn,
                     "payload": _payload}


# A call site's share of a stream at a given volume (--lines): lognormal weights of this
# spread give a 2,000-line stream of a 60-site program what the Loghub dev sample's 2,000-line
# streams show, its five busiest templates holding 0.71 of the lines (Loghub: median 0.72)
# and some 2.3 % of its lines a template's first (Loghub: 2.8 %); docs/patterns.md § Speed.
VOLUME_SIGMA = 2.2


def lines_of(program: Program, records: list[dict], seed: int = 0,
             volume: int | None = None) -> list[tuple[str, str]]:
    """The shuffled, labelled lines of one program: each call site's number of lines drawn
    alone, or with ``volume``, that many lines in all, each drawn from the call sites with
    heavy-tailed weights (a few sites give most lines, some none)."""
    counts = None if volume is None else _volume_counts(program, records, seed, volume)
    out: list[tuple[str, str]] = []
    for number, record in enumerate(records):
        # each call site draws from its own generator: a change to one site's statement
        # changes that site's lines only, not every line drawn after it
        rng = random.Random(f"{program.name}/{seed}/{record['at']}/{record['t']}")
        if counts is not None and not counts[number]:
            continue
        site = _Site(record, program, rng)
        count = min(80, max(1, int(rng.lognormvariate(1.2, 1.1))))
        if counts is not None:
            count = counts[number]
        out += [site.line(rng) for _ in range(count)]
    random.Random(f"{program.name}/{seed}").shuffle(out)
    return out


def _volume_counts(program: Program, records: list[dict], seed: int, volume: int) -> list[int]:
    """How many of ``volume`` lines each call site gives: a weight per site (its own
    generator, as its lines), then each line's site drawn by weight."""
    weights = [random.Random(f"{program.name}/{seed}/{record['at']}/{record['t']}/weight")
               .lognormvariate(0.0, VOLUME_SIGMA) for record in records]
    counts = [0] * len(records)
    drawn = random.Random(f"{program.name}/{seed}/volume").choices(range(len(records)), weights, k=volume)
    for number in drawn:
        counts[number] += 1
    return counts


def programs(held_out: bool = False, seed: int = 0, path: pathlib.Path | None = None,
             volume: int | None = None) -> Iterator[tuple[Program, list[tuple[str, str]]]]:
    """(program, labelled lines) for the development programs, or the held-out ones
    (``volume``: that many lines a program, as ``lines_of``)."""
    by_program = statements(path)
    for program in PROGRAMS:
        if program.held_out == held_out and program.name in by_program:
            yield program, lines_of(program, by_program[program.name], seed, volume)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=pathlib.Path, required=True)
    parser.add_argument("--held-out", action="store_true",
        help="the held-out programs instead of the dev ones")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--statements", type=pathlib.Path, default=None,
        help="extract.py's output (default: $OTLP_SAMPLER_CORPUS/statements.jsonl, "
             "else ~/.cache/otlp-sampler/corpus/statements.jsonl)")
    parser.add_argument("--lines", type=int, default=None,
        help="this many lines a program, its call sites' shares heavy-tailed as in a real "
             "service's stream (default: each call site's own few lines)")
    args = parser.parse_args()
    statements(args.statements)  # fails first, with the command to run, when missing
    args.out.mkdir(parents=True, exist_ok=True)
    for program, lines in programs(args.held_out, args.seed, args.statements, args.lines):
        if args.only and program.name not in args.only:
            continue
        target = args.out / f"{program.name}_2k.log_structured.csv"
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["LineId", "Content", "EventTemplate"])
            for index, (line, label) in enumerate(lines, 1):
                writer.writerow([index, line, label])
        print(f"{target}: {len(lines)} lines", file=sys.stderr)


if __name__ == "__main__":
    main()


__all__ = ["by_name", "lines_of", "programs", "render", "statements"]
