"""Extract log statements from a program's source code into typed templates.

    python tests/patterns/corpus/extract.py --mirrors DIR [--per-program 60] [--only NAME ...] [--out FILE]

For every program of ``sources.PROGRAMS`` it reads the files of the pinned commit from a
local git copy (``DIR/<owner>+<name>/repo``, or ``DIR/<name>``; a bare or a normal clone),
finds each log call, reads its arguments with a small lexer for the language's string
literals, and writes one line of ``statements.jsonl`` per call site kept, outside the
repository (``--out``, default as ``generate.py`` reads it: the statements are the
programs' text, not ours to ship):

    {"p": "redis", "at": "src/replication.c:812", "l": "notice",
     "t": "MASTER <-> REPLICA sync: receiving %{size} bytes from master to %{path}",
     "f": [["key", "kind"], ...]}

``t`` is the message with each placeholder replaced by ``%{kind}`` or ``%{kind|style}``
(``%%`` is a literal percent sign), the kind guessed from the conversion (``%d``) and from
the name of the expression logged (``elapsed``, ``err``, ``hostname``, see ``kinds.py``);
``f`` are the structured fields some loggers print after the message (zap, slog, hclog,
logrus, tracing, Ruby and Erlang key-values). Only the message text, the kinds and the
keys are kept: the corpus is generated from them (``generate.py``).

Call sites are deduplicated by template and sampled (a fixed seed) to ``--per-program``.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import fnmatch
import hashlib
import json
import pathlib
import random
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable

if __package__ in (None, ""):
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.patterns.corpus.generate import _PRETTY_COLOURS, default_statements
from tests.patterns.corpus.kinds import counted, kind_of_expression, kind_of_field
from tests.patterns.corpus.sources import PROGRAMS, Program
from tests.patterns.corpus.values import flatlog_escaped

_CLOSE = {"(": ")", "[": "]", "{": "}"}
_WRAPPERS = re.compile(
    r"^(?:_|N_|gettext|__|t|i18n\.t|sprintf|vsprintf|format|String\.format|string\.Format|fmt\.Sprintf"
    r"|fmt\.Errorf|Sprintf|util\.format|str\.format|fmt::format|fmt::runtime)\s*\(", re.S)
_GETTEXT = re.compile(r"^(?:_|N_|gettext|__|t|i18n\.t|fmt::runtime)\s*\(")
# languages lexed as another: C++'s literals and concatenation are C's; round 6's Crystal's are
# Ruby's, Nim's and Clojure's strings C's
_LEXER = {"cpp": "c", "objc": "c", "crystal": "ruby", "nim": "c", "clojure": "c",
          "groovy": "kotlin", "d": "c"}  # round 13: Groovy's GStrings read as Kotlin's templates
_LEVEL = re.compile(r"(info|warn|error|debug|trace|notice|critical|fatal|alert|verbose|diag|logit|header)",
                    re.I)
# a level said by one letter (Android's Log.d, ESPHome's ESP_LOGW): read under rules 3
_LEVEL_LETTER = re.compile(r"(?:\.|_LOG)([EWIDVC])V?\b", re.I)
_LETTERS = {"e": "error", "w": "warn", "i": "info", "d": "debug", "v": "debug", "c": "info"}
# the level words of round 4's loggers (rules 4): Zig's and Lua's err, Dart's severe and fine,
# Dokku's fail
_LEVEL_WORD = re.compile(r"(?<![a-z])(err|severe|shout|fine|finer|finest|config|fail)(?![a-z])", re.I)
_WORDS = {"err": "error", "severe": "error", "shout": "error", "fail": "error", "fine": "debug",
          "finer": "debug", "finest": "debug", "config": "info"}



def _round_5_level(call: str, level: str) -> str:
    """The level of round 5's calls that say it otherwise: Traffic Server's Dbg and Note,
    Jekyll's abort_with, squid's debug level number (0 critical, 1 important, more a
    debugging detail)."""
    if call.startswith("Dbg("):
        return "debug"
    if call.startswith("Note("):
        return "notice"
    if re.search(r"\.abort_with\b", call):  # Jekyll's logger: an error, then the exit
        return "error"
    squid = re.match(r"debugs\(\s*[\w.>-]+\s*,\s*([\w.>()-]+)\s*,", call)
    if squid:
        named = {"0": "error", "DBG_CRITICAL": "error", "1": "info", "DBG_IMPORTANT": "info"}
        return named.get(squid.group(1), "debug")
    return level

# ---------------------------------------------------------------- string literals


class Literal:
    """A string literal read from source: segments of text and interpolated expressions."""

    def __init__(self, segments: list) -> None:
        self.segments = segments  # str, or ("expr", source, spec)


def read_literal(src: str, i: int, lang: str) -> tuple[Literal, int] | None:
    """The string literal starting at ``src[i]`` (with its prefix), or None."""
    j = i
    prefix = ""
    if lang == "python":
        m = re.match(r"[rRbBfFuU]{1,2}(?=['\"])", src[i:])
        if m:
            prefix = m.group().lower()
            j = i + m.end()
    elif lang == "csharp":
        m = re.match(r"(?:\$@|@\$|\$|@)(?=\")", src[i:])
        if m:
            prefix = m.group()
            j = i + m.end()
    elif lang == "scala":
        m = re.match(r"(?:s|f|raw|log)(?=\")", src[i:])  # log"": Spark's structured interpolator
        if m:
            prefix = "s" if m.group() != "raw" else "raw"
            j = i + m.end()
    elif lang == "c" and src.startswith('@"', i):  # Objective-C's @"text"
        j = i + 1
    elif lang == "dart":
        m = re.match(r"r(?=['\"])", src[i:])
        if m:
            prefix = "r"
            j = i + 1
    elif lang == "rust":
        m = re.match(r"r(#*)\"", src[i:])
        if m:
            hashes = m.group(1)
            end = src.find('"' + hashes, i + m.end())
            if end < 0:
                return None
            return Literal([src[i + m.end():end]]), end + 1 + len(hashes)
    if j >= len(src):
        return None
    quote = src[j]
    if quote not in "\"'`":
        return None
    if quote == "'" and lang in ("c", "java", "go", "rust", "csharp", "erlang", "kotlin", "scala", "swift",
                                 "julia", "zig"):
        return None  # a character literal or an atom, not a string
    if quote == "`" and lang not in ("js", "go"):
        return None
    triple = (lang in ("python", "kotlin", "scala", "elixir", "swift", "julia", "dart")
              and src.startswith(quote * 3, j))
    close = quote * 3 if triple else quote
    k = j + len(close)
    interpolate = (
        ("f" in prefix and lang == "python")
        or (quote == "`" and lang == "js")
        or (quote == '"' and lang in ("ruby", "php", "elixir"))
        or ("$" in prefix and lang == "csharp")
        or (quote == '"' and lang == "kotlin")
        or (prefix in ("s", "raw") and lang == "scala")
        or (quote == '"' and lang in ("swift", "julia", "perl", "shell"))
        or (lang == "dart" and prefix != "r")
    )
    raw = ((lang == "go" and quote == "`") or "r" in prefix or ("@" in prefix)
           or (triple and lang in ("kotlin", "scala")) or (quote == "'" and lang in ("shell", "perl")))
    segments: list = []
    text: list[str] = []
    while k < len(src):
        if src.startswith(close, k):
            if "@" in prefix and src.startswith('""', k):
                text.append('"')
                k += 2
                continue
            if text:
                segments.append("".join(text))
            if triple and lang == "julia":
                segments = _dedented(segments)
            return Literal(segments), k + len(close)
        ch = src[k]
        if lang == "swift" and interpolate and src.startswith("\\(", k):
            found = _interpolation(src, k, lang, prefix)  # "\(expr)"
            if found is not None:
                if text:
                    segments.append("".join(text))
                    text = []
                segments.append(("expr", src[found[0]:found[1]].strip(), ""))
                k = found[2]
                continue
        if ch == "\\" and not raw:
            nxt = src[k + 1:k + 2]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", src[k + 2:k + 6]):
                text.append(chr(int(src[k + 2:k + 6], 16)))
                k += 6
                continue
            text.append({"n": "\n", "t": "\t", "r": "", "0": "", "\n": ""}.get(nxt, nxt))
            k += 2
            continue
        if ch == "\n" and not triple and quote != "`" and lang not in ("ruby", "rust", "php", "erlang",
                                                                       "perl", "shell"):
            return None  # an unterminated literal: give up on this call
        if interpolate:
            expr_end = _interpolation(src, k, lang, prefix)
            if expr_end is not None:
                start, end, after = expr_end
                if text:
                    segments.append("".join(text))
                    text = []
                body = src[start:end]
                spec = ""
                if lang in ("python", "csharp"):
                    body, spec = _split_spec(body)
                segments.append(("expr", body.strip(), spec))
                k = after
                continue
            if lang == "scala" and src.startswith("$$", k):
                text.append("$")
                k += 2
                continue
            if lang in ("python", "csharp") and src.startswith(("{{", "}}"), k):
                text.append(ch)
                k += 2
                continue
        text.append(ch)
        k += 1
    return None


def _dedented(segments: list) -> list:
    """A Julia triple-quoted string as Julia reads it: without the newline right after the
    opening quotes, each line without the indentation its lines share."""
    if segments and isinstance(segments[0], str) and segments[0].startswith("\n"):
        segments = ["\n" + segments[0][1:].lstrip("\n"), *segments[1:]]  # a line start to measure
    else:
        return segments
    indents = [len(m.group(1)) for segment in segments if isinstance(segment, str)
               for m in re.finditer(r"\n([ \t]*)(?=[^\s]|$)", segment)
               if m.end() < len(segment) or segment is not segments[-1]]
    cut = min(indents, default=0)
    indent = re.compile(r"\n[ \t]{0," + str(cut) + "}")
    out = [indent.sub("\n", s) if isinstance(s, str) else s for s in segments]
    out[0] = out[0][1:]
    return [s for s in out if s != ""]


def _interpolation(src: str, k: int, lang: str, prefix: str) -> tuple[int, int, int] | None:
    """(start, end, after) of an interpolated expression at ``src[k]``, if one starts there."""
    opener, closer = "{", "}"
    if ((lang in ("js", "kotlin", "scala", "dart", "perl", "shell") and src.startswith("${", k))
            or (lang in ("ruby", "elixir") and src.startswith("#{", k))):
        start = k + 2
    elif ((lang == "swift" and src.startswith("\\(", k))
          or (lang in ("julia", "shell") and src.startswith("$(", k))):
        start, opener, closer = k + 2, "(", ")"
    elif lang == "perl" and src.startswith("@{[", k):
        start, opener, closer = k + 3, "[", "]"
    elif lang in ("dart", "julia", "shell") and re.match(r"\$[A-Za-z_]", src[k:k + 2]):
        m = re.match(r"\$[A-Za-z_]\w*", src[k:])  # "$name": one identifier
        return k + 1, k + m.end(), k + m.end()
    elif lang == "shell" and re.match(r"\$[\d*@#?]", src[k:k + 2]):
        return k + 1, k + 2, k + 2
    elif lang == "perl" and re.match(r"\$(?:[A-Za-z_]|[!@$0])", src[k:k + 2]):
        # $name, $h{key}, $ref->{key}[0], and the special $! $@ $$ $0
        m = re.match(r"\$(?:[!@$0]|[A-Za-z_]\w*(?:::\w+)*(?:(?:->)?(?:\{[^{}\"]*\}|\[[^\]\"]*\]))*)", src[k:])
        return k, k + m.end(), k + m.end()
    elif lang in ("kotlin", "scala") and re.match(r"\$[A-Za-z_]", src[k:k + 2]):
        m = re.match(r"\$[A-Za-z_]\w*", src[k:])  # "$name": one identifier, no member access
        return k + 1, k + m.end(), k + m.end()
    elif ((lang in ("python", "csharp") and src[k] == "{" and not src.startswith("{{", k))
          or (lang == "php" and src.startswith("{$", k))):
        start = k + 1
    elif lang == "php" and src[k] == "$" and re.match(r"\$[A-Za-z_]", src[k:k + 2]):
        m = re.match(r"\$[A-Za-z_]\w*(?:->\w+|\[[^\]]*\])*", src[k:])
        return k, k + m.end(), k + m.end()
    else:
        return None
    depth = 1
    m = start
    while m < len(src) and depth:
        ch = src[m]
        if ch in "\"'" and lang != "python":
            inner = read_literal(src, m, lang)
            if inner is not None:
                m = inner[1]
                continue
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
        m += 1
    if depth:
        return None
    if opener == "[":  # Perl's "@{[ expr ]}"
        return (start, m - 1, m + 1) if src.startswith("}", m) else None
    return start, m - 1, m


def _split_spec(body: str) -> tuple[str, str]:
    """``value!r:>8`` -> (``value``, ``!r:>8``), for Python and C# interpolations."""
    depth = 0
    for index, ch in enumerate(body):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and ((ch == "!" and body[index + 1:index + 2] != "=")
                             or (ch == ":" and body[index + 1:index + 2] != ":")):
            if ch == ":" and index and body[index - 1] == ":":
                continue
            return body[:index], body[index:]
    return body, ""


# ---------------------------------------------------------------- argument lists


def read_args(src: str, i: int, lang: str, closer: str = ")") -> tuple[list[str], int] | None:
    """The top-level comma-separated arguments from ``src[i]`` to the matching ``closer``."""
    args: list[str] = []
    start = i
    depth = 0
    k = i
    while k < len(src):
        ch = src[k]
        if (ch in "\"'`" or (ch in "rfbRFBu$@" and k + 1 < len(src) and src[k + 1] in "\"'#$@")
                or (lang == "scala" and ch == "s" and src[k + 1:k + 2] == '"')) and (
                k == 0 or not (src[k - 1].isalnum() or src[k - 1] == "_") or ch in "\"'`"):
                lit = read_literal(src, k, lang)
                if lit is not None:
                    k = lit[1]
                    continue
        if ch == "/" and src.startswith(("//", "/*"), k) and lang != "python":
            end = src.find("\n" if src[k + 1] == "/" else "*/", k)
            if end < 0:
                return None
            k = end + (1 if src[k + 1] == "/" else 2)
            continue
        if ch == "#" and lang in ("python", "ruby", "elixir") and (k == 0 or src[k - 1] != "{"):
            end = src.find("\n", k)
            k = end if end > 0 else len(src)
            continue
        if ch == "%" and lang == "erlang":
            end = src.find("\n", k)
            k = end if end > 0 else len(src)
            continue
        if ch in "([{" or (ch == "<" and lang == "erlang" and src.startswith("<<", k)):
            depth += 1
        elif ch in ")]}" or (ch == ">" and lang == "erlang" and src.startswith(">>", k)):
            if depth == 0:
                if ch != closer:
                    return None
                last = src[start:k].strip()
                if last or args:
                    args.append(last)
                return args, k + 1
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(src[start:k].strip())
            start = k + 1
        elif ch == ";" and depth == 0 and lang not in ("rust", "erlang"):
            return None
        k += 1
    return None


def pieces(arg: str, lang: str, rules: int = 2) -> list | None:
    """An argument as a concatenation: literal segments and expressions, or None if it
    holds no string literal."""
    out: list = []
    expr: list[str] = []
    found = False
    depth = 0
    k = 0
    ops = {"php": ".", "erlang": "++", "perl": ".", "lua": "..", "julia": "*"}.get(lang, "+")

    def conversion_macro(text: str) -> bool:
        """A C macro that completes the "%" before it: PRIu64, curl's FMT_OFF_T, RocksDB's
        ROCKSDB_PRIszt (an upper-case name right after a literal ending in one "%")."""
        if lang != "c":
            return False
        if re.fullmatch(r"PRI[diouxX]\w*", text) or (rules >= 18 and re.fullmatch(r"SCN[diouxX]\w*", text)):
            return True  # (rules 18) scanf's macros (SCNu64) in a printf format are the same conversions
        before = out[-1] if out and isinstance(out[-1], str) else ""
        return (rules >= 2 and re.fullmatch(r"[A-Z][A-Z0-9_]*(?:PRI\w+)?", text) is not None
                and len(before) - len(before.rstrip("%")) in (1, 3))

    def flush() -> None:
        text = "".join(expr).strip()
        expr.clear()
        if text:
            if conversion_macro(text):
                # PRIu64: its conversion is the letter after PRI (rules 1 read the last one);
                # another macro's is an integer's (a size, an offset, a time difference)
                letter = re.search(r"(?:PRI|SCN)([diouxX])", text)
                conv = (letter.group(1) if letter else "d") if rules >= 2 else text[-1]
                out.append("llu" if conv in "uo" else "lld" if conv in "di" else "llx")
            else:
                out.append(("expr", text, ""))

    while k < len(arg):
        ch = arg[k]
        if depth == 0 and not "".join(expr).strip():
            lit = read_literal(arg, k, lang)
            if lit is not None:
                out.extend(lit[0].segments)
                found = True
                k = lit[1]
                continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if depth == 0 and arg.startswith(ops, k) and not (
                ops == "." and (arg[k + 1:k + 2].isdigit() or arg[k - 1:k].isdigit() or (lang == "perl"
                                and arg.startswith("..", k)))):
            flush()
            k += len(ops)
            continue
        if depth == 0 and ch in " \t\n" and lang in ("c", "python") and not "".join(expr).strip():
            k += 1
            continue
        # Ruby joins adjacent literals too, across a line ending in "\" (rules 1 did not)
        if (depth == 0 and lang == "ruby" and rules >= 2 and not "".join(expr).strip()
                and (ch in " \t\n" or arg.startswith("\\\n", k))):
            expr.clear()
            k += 2 if ch == "\\" else 1
            continue
        if lang == "c" and depth == 0 and ch in " \t\n" and conversion_macro("".join(expr).strip()):
            flush()
        if lang == "c" and rules >= 11 and depth == 0 and ch == '"' and conversion_macro("".join(expr).strip()):
            flush()  # (rules 11) "%"PRIu32" us": the macro ends where the next literal starts
            continue
        expr.append(ch)
        k += 1
    if not found:
        return None
    flush()
    return out


def unwrap(arg: str, lang: str) -> tuple[str, list[str]]:
    """``sprintf("fmt", a)`` / ``_("text")`` / ``"fmt" % (a, b)`` / ``"fmt".format(a)``:
    the message argument and the format arguments inside."""
    arg = arg.strip()
    for _ in range(3):
        m = _WRAPPERS.match(arg)
        if not m:
            break
        inner = read_args(arg, m.end(), lang)
        if inner is None or not inner[0] or inner[1] != len(arg):
            break
        if _GETTEXT.match(arg):
            arg = inner[0][0]
            continue
        message = inner[0][0].strip()
        while arg.startswith("fmt::format") and _GETTEXT.match(message):
            # fmt::format(fmt::runtime(_("text {name}")), ...): the text inside the wrappers
            found = read_args(message, _GETTEXT.match(message).end(), lang)
            if found is None or len(found[0]) != 1 or found[1] != len(message):
                break
            message = found[0][0].strip()
        return message, inner[0][1:]
    if lang == "python":
        lit = read_literal(arg, 0, lang)
        while lit is not None:  # "a " "b" % x: adjacent literals are one string before the operator
            following = re.match(r"\s*", arg[lit[1]:]).end() + lit[1]
            more = read_literal(arg, following, lang) if following < len(arg) else None
            if more is None:
                break
            lit = (lit[0], more[1])
        if lit is not None:
            rest = arg[lit[1]:].strip()
            if rest.startswith("%"):
                operand = rest[1:].strip()
                if operand.startswith("(") and operand.endswith(")"):
                    inner = read_args(operand, 1, lang)
                    if inner is not None and inner[1] == len(operand):
                        return arg[:lit[1]], inner[0]
                return arg[:lit[1]], [operand]
            m = re.match(r"\.format\(", rest)
            if m:
                inner = read_args(rest, m.end(), lang)
                if inner is not None:
                    return arg[:lit[1]], inner[0]
    return arg, []


# ---------------------------------------------------------------- placeholders

_PRINTF = re.compile(
    r"%(?:\((?P<name>\w+)\))?(?P<flags>[-+ #0']*)(?P<width>\*|\d+)?(?:\.(?P<prec>\*|\d+))?"
    r"(?P<len>hh|h|ll|l|L|q|j|z|t|I64|I32)?(?P<conv>ui|uz|uA|uL|uD|xi|Xi|xL|XL|[jOoLDdiouxXeEfFgGcsSpnmVvTMOqtwbrz%@])")
_BRACE = re.compile(r"\{(?P<name>[\w.]*)(?::(?P<spec>[^{}]*))?\}|\{\{|\}\}")
# Zig's std.fmt: {s}, {d}, {x}, {any}, {?}, {?s}, {!}, {*}, {[0]s}, each with an optional :spec
_ZIG_BRACE = re.compile(r"\{(?:\[\w+\])?(?P<name>[\w?!*]*)(?::(?P<spec>[^{}]*))?\}|\{\{|\}\}")
_ERLANG = re.compile(r"~(?P<mods>[-\d.*]*t?l?)(?P<conv>[spwbBnicefgx~P])")


# round 9 (rules >= 9, C programs): printfrr's extensions, "%p" then a code of a capital letter and
# letters or digits (%pI4, %pFX, %pSG4: one argument each), and a program's printf hooks
# (Program.hooks: strongSwan's %N, %H, %#H ...), each one conversion; set per program
_PRINTF_EXTENSIONS: list[bool] = [False]
_HOOKS: dict[str, tuple[int, str]] = {}


def _round_9_printf() -> re.Pattern:
    hooks = "".join(sorted(_HOOKS))
    return re.compile(
        r"%(?P<flags>[-+ #0']*)(?P<width>\*|\d+)?(?:\.(?P<prec>\*|\d+))?"
        r"(?:p(?P<ext>[A-Z][A-Za-z0-9]*)" + (r"|(?P<hook>[" + re.escape(hooks) + r"])" if hooks else "") + ")")


def _placeholders(text: str, fmt: str):
    """(start, end, conversion, name, spec) of each placeholder in a format string."""
    if fmt == "printf" and (_PRINTF_EXTENSIONS[0] or _HOOKS):
        # a conversion of round 9's (an extension, a hook) where one starts, printf's elsewhere
        extended = _round_9_printf()
        at = 0
        while True:
            at = text.find("%", at)
            if at < 0:
                return
            x = extended.match(text, at)
            hook = x.groupdict().get("hook") if x is not None else None
            if x is not None and (hook or _PRINTF_EXTENSIONS[0]):
                if hook:
                    yield x.start(), x.end(), "hook:" + hook, None, x.group("flags")
                else:
                    yield x.start(), x.end(), "ext:" + x.group("ext"), None, ""
                at = x.end()
                continue
            m = _PRINTF.match(text, at)
            if m is None:
                at += 1
                continue
            at = m.end()
            conv = m.group("conv")
            if conv == "%":
                yield m.start(), m.end(), "%", None, ""
            elif m.group("width") == "*" or m.group("prec") == "*":
                yield m.start(), m.end(), "*" + conv, m.group("name"), m.group("prec") or ""
            else:
                yield m.start(), m.end(), conv, m.group("name"), m.group("prec") or ""
        return
    if fmt in ("printf", "pydict"):
        for m in _PRINTF.finditer(text):
            conv = m.group("conv")
            if conv == "%":
                yield m.start(), m.end(), "%", None, ""
                continue
            if m.group("width") == "*" or m.group("prec") == "*":
                yield m.start(), m.end(), "*" + conv, m.group("name"), m.group("prec") or ""
                continue
            yield m.start(), m.end(), conv, m.group("name"), m.group("prec") or ""
    elif fmt in ("brace", "named", "psr3", "zig"):
        for m in (_ZIG_BRACE if fmt == "zig" else _BRACE).finditer(text):
            if m.group() in ("{{", "}}"):
                yield m.start(), m.end(), "literal", m.group()[0], ""
                continue
            name = m.group("name") or None
            if fmt in ("named", "psr3") and not name:
                continue
            yield m.start(), m.end(), "{}", name, m.group("spec") or ""
    elif fmt == "erlang":
        for m in _ERLANG.finditer(text):
            conv = m.group("conv")
            if conv == "~":
                yield m.start(), m.end(), "literal", "~", ""
            elif conv == "n":
                yield m.start(), m.end(), "literal", " ", ""
            else:
                yield m.start(), m.end(), "~" + conv, None, ""


def _message_template_holes(text: str) -> str:
    """Message templates' holes (Serilog's, .NET's) as plain ones: ``{@Object}`` and
    ``{$Value}`` (destructured, stringified) and ``{Name,-25}`` (aligned) are ``{Name}``."""
    return re.sub(r"\{[@$]?(\w+)(?:,-?\d+)?(:[^{}]*)?\}",
                  lambda hole: "{" + hole.group(1) + (hole.group(2) or "") + "}", text)


def _python_conversions(text: str) -> str:
    """str.format's holes with a conversion as plain ones: ``{0!s}`` is ``{0}``, ``{!r}`` ``{:!r}``
    (the spec read as repr's style)."""
    return re.sub(r"\{(\w*)!([rsa])(?::([^{}]*))?\}",
                  lambda h: "{" + h.group(1) + (":!r" if h.group(2) == "r" else
                                               (":" + h.group(3) if h.group(3) else "")) + "}", text)


def _style(conv: str, spec: str, lang: str) -> str:
    if conv in ("q",) or (conv == "j" and lang == "js"):
        return "q"  # Go's %q; util.format's %j prints JSON: a string in double quotes
    if conv == "r" or spec.startswith("!r"):
        return "r"
    if conv in ("~p", "~w") or (lang == "rust" and "?" in spec):
        return "d"  # debug / term form: strings in quotes
    if conv in ("+v",):
        return "d"
    return ""


def _nonblank_args(src: str, i: int, lang: str) -> list[str] | None:
    """The call's arguments that are not blank (``read_args`` from ``i``), or None where it
    reads none."""
    read = read_args(src, i, lang)
    if read is None or not read[0]:
        return None
    return [a for a in read[0] if a.strip()]


def build(segments: list, args: list[str], fmt: str, lang: str, named_args: dict[str, str] | None = None,
          rules: int = 2) -> str | None:
    """The typed template of a message: literal text with ``%{kind}`` placeholders."""
    out: list[str] = []
    queue = list(args)
    named_args = named_args or {}
    if rules >= 2:  # "%" PRIu64 is one conversion: join adjacent literal text before reading it
        joined: list = []
        for segment in segments:
            if isinstance(segment, str) and joined and isinstance(joined[-1], str):
                joined[-1] += segment
            else:
                joined.append(segment)
        segments = joined
    if (rules >= 7 and fmt == "brace") or (rules >= 29 and fmt == "named"):
        # (rules 29) ILogger's templates too: {@Event} a hole like {Event} (eShop)
        segments = [_message_template_holes(s) if isinstance(s, str) else s for s in segments]
    if rules >= 29 and fmt == "brace" and lang == "python":
        # (rules 29) str.format's conversion after a hole ("{!s}", "{0!r}"): one hole, !r its repr
        segments = [_python_conversions(s) if isinstance(s, str) else s for s in segments]
    for segment in segments:
        if isinstance(segment, tuple):
            _, expr, spec = segment
            if rules >= 5 and not spec and expr in _MODULE_STRINGS:  # a constant's text, printed as it is
                out.append(_MODULE_STRINGS[expr].replace("%", "%%"))
                continue
            conv = "r" if spec.startswith("!r") else ""
            if not spec and _chosen(expr, lang, out):
                continue
            kind = _bound_kind(expr, lang) or kind_of_expression(expr, conv, lang)
            style = _style(conv, spec, lang)
            if rules >= 2 and lang in ("elixir", "ruby") and re.search(r"^inspect\(|\.inspect$", expr):
                style = "d"  # Elixir's inspect(x), Ruby's x.inspect: a string in quotes, a term as one
            out.append(_slot(_after_text(kind, out), style))
            continue
        if fmt == "plain":
            out.append(segment.replace("%", "%%"))
            continue
        last = 0
        for start, end, conv, name, spec in _placeholders(segment, fmt):
            out.append(segment[last:start].replace("%", "%%"))
            last = end
            if conv == "%":
                out.append("%%")
                continue
            if conv == "literal":
                out.append(name.replace("%", "%%"))
                continue
            if conv.startswith("*"):
                if queue:
                    queue.pop(0)  # the width or precision argument
                conv = conv[1:]
            expr = ""
            if lang == "zig":
                # Zig's std.fmt: {s} a string, {d} a number, {x} hex, {any} / {} / {t} any value,
                # each the next item of the argument tuple
                expr = queue.pop(0) if queue else ""
                conversion = _ZIG_CONVERSIONS.get((name or "").lstrip("?!"), "")
                kind = _declared_integer(expr, kind_of_expression(expr, conversion, lang, spec))
                out.append(_slot(kind, ""))
                continue
            if fmt == "psr3":
                if name not in named_args:  # no such key in the context: the text stays as written
                    out.append(segment[start:end].replace("%", "%%"))
                    continue
                expr = named_args[name]
            elif name and fmt == "pydict":
                expr = named_args.get(name, name)
            elif name and fmt == "named" and name.isdigit():
                expr = queue.pop(0) if queue else ""  # a template's {0} is its next argument, by position
            elif name and fmt == "brace" and name in named_args:
                expr = named_args[name]  # fmt's named argument: fmt::arg("path", x)
            elif name and (fmt == "named" or (lang == "rust" and not name.isdigit())):
                expr = name  # C# {Path}, Rust {path}
                if fmt == "named" and queue:
                    queue.pop(0)
            elif name and name.isdigit():
                index = int(name)
                expr = args[index] if index < len(args) else ""
            elif queue:
                expr = queue.pop(0)
            if (rules >= 2 and re.fullmatch(r'"[^"\\]*"', expr.strip())
                    and conv in ("s", "{}")):
                # a constant: printed as is (C's "%s", "x"; fmt::arg("curl_version", "8.11.1"))
                out.append(expr.strip()[1:-1].replace("%", "%%"))
                continue
            if conv == "s" and expr.strip() in _MACROS:  # #define NAME "text": the text, printed as it is
                out.append(_MACROS[expr.strip()].replace("%", "%%"))
                continue
            if conv in ("{}",) and spec and "?" in spec:
                conv = "{:?}"
            elif conv == "{}" and re.fullmatch(r"[<>^]?#?0?\d*[xX]", spec or ""):
                conv = "x"  # fmt's and Rust's {:x}, {:#010x}: a hex number, whatever its name
            if conv.startswith("hook:"):  # a program's printf hook: its arguments, its kind
                count, kinds = _HOOKS[conv[5:]]
                for _ in range(count - 1):  # the first is read above
                    if queue:
                        queue.pop(0)
                plain, _, flagged = kinds.partition("/")
                out.append(_slot(_after_text(flagged if flagged and "#" in spec else plain, out), ""))
                continue
            if conv.startswith("ext:"):  # printfrr's %pI4: an address or a prefix, else by its name
                code = conv[4:]
                kind = "ip" if re.match(r"(?:I[46A]|FX|SG|SU|RN|PSG)", code) else \
                    (_bound_kind(expr, lang) or kind_of_expression(expr, "s", lang))
                out.append(_slot(_after_text(kind, out), ""))
                continue
            if conv == "m":  # C's %m: strerror(errno), no argument
                # (rules 19) glibc prints the error's text alone ("No such file or directory")
                out.append(_slot("err" if rules >= 19 else "errno", ""))
                continue
            if conv == "V":
                conv = "s"
            if conv in ("s", "{}", "@", "v") and not _style(conv, spec, lang) and _chosen(expr, lang, out):
                continue
            kind = (_bound_kind(expr, lang) if conv in ("s", "{}", "@", "") else None) or \
                _named_by_key(expr, _declared_integer(expr, kind_of_expression(expr, conv, lang, spec)),
                              out, lang)
            if kind == "any" and fmt == "psr3" and name:  # {time} => $result: the key names the value
                kind = kind_of_expression(name, conv, lang, spec)
            out.append(_slot(_after_text(kind, out), _style(conv, spec, lang)))
        out.append(segment[last:].replace("%", "%%"))
    template = "".join(out)
    return template


# the source just above the log call being read (set per call by _one_call)
_ABOVE_THE_CALL: list[str] = [""]
_NOT_A_LOCAL = frozenset(("this", "self", "nil", "null", "None", "true", "false", "True", "False"))


def _bound_kind(expr: str, lang: str) -> str | None:
    """The kind of a local that the lines above the call assign only texts of the program's own:
    Jackett's ``var cacheStr = result.IsFromCache ? " (from cache)" : "";`` one text there or not
    (``optional``), JupyterHub's ``oauth_msg`` (``f"with ouath_client_id={…}"`` in one branch,
    ``"without oauth"`` in the other) one of a few phrases (``phrase``), single words one of a few
    words (``word``). None when the name is not such a local (a parameter, a value computed)."""
    texts = _bound_texts(expr, lang, "x")
    if texts is None or len(set(texts)) < 2 or any(re.search(r"%[-#0-9.]*[sdifxv]", text) for text in texts):
        return None  # one text, or formats the logger fills (uvicorn's addr_format = "%s://%s:%d")
    if "" in texts:  # zigbee2mqtt's blockForceLog: "", " (force: …)" or " (block: …, force: …)"
        return "optional"
    return "word" if all(re.fullmatch(r"\S+", text) for text in texts) else "phrase"


# the literal texts of the call's placeholders of kind "choice", in order (reset per call)
_CHOICES: list[list[str]] = []


def _chosen(expr: str, lang: str, out: list[str]) -> bool:
    """Appends a ``%{choice}`` placeholder to ``out`` when ``expr`` is one of a few literal
    texts of the program's (a conditional's branches, a local assigned only texts), and
    records those texts for the generator (``choices``)."""
    texts = _alternatives(expr, lang) or _bound_texts(expr, lang)
    if not texts or len(set(texts)) < 2 or any(re.search(r"%[-#0-9.]*[sdifxv]", text) for text in texts):
        return False
    out.append(_slot("choice", ""))
    _CHOICES.append(texts)
    return True


_GROOVY = [False]  # set while a rules-25 Groovy program's call is read (_round_25_call)


def _alternatives(expr: str, lang: str) -> list[str] | None:
    """The texts of a conditional whose every branch is a literal without placeholders:
    ``c ? "forward" : "backward"`` (chained too), Python's ``"a" if c else "b"``, Kotlin's
    and Scala's ``if (c) "a" else "b"``, Rust's ``if c { "a" } else { "b" }``; else None."""
    if lang == "kotlin" and _GROOVY[0]:
        lang = "groovy"  # (rules 25) Groovy's c ? 'a' : 'b' (its quotes both strings' quotes)
    expr = expr.strip()
    while len(expr) > 1 and expr[0] + expr[-1] in ("()", "{}") and _closes_at_end(expr, lang):
        expr = expr[1:-1].strip()
    alone = _literal_text(expr, lang)
    if alone is not None:
        return [alone]
    branch = (re.match(r"[^?\"'`{};]+\?\s*", expr) if lang not in ("python", "rust", "kotlin", "scala")
              else re.match(r"if\b\s*[^\"'`{};]+?\s*(?:\{\s*|(?<=\))\s*)", expr) if lang != "python"
              else None)
    if lang == "python":
        first = read_literal(expr, 0, lang)
        rest = first and re.match(r"\s+if\s+[^\"'`]+?\s+else\s+", expr[first[1]:])
        if not rest or _literal_text(expr[:first[1]], lang) is None:
            return None
        others = _alternatives(expr[first[1] + rest.end():], lang)
        return [_literal_text(expr[:first[1]], lang), *others] if others else None
    if not branch:
        return None
    first = read_literal(expr, branch.end(), lang)
    text = first and _literal_text(expr[branch.end():first[1]], lang)
    rest = first and re.match(r"\s*(?:\}\s*else\b|else\b|:)\s*", expr[first[1]:])
    if text is None or not rest:
        return None
    others = _alternatives(expr[first[1] + rest.end():], lang)
    return [text, *others] if others else None


def _closes_at_end(expr: str, lang: str) -> bool:
    """Whether the bracket ``expr`` opens closes at its last character (``(a ? "x" : "y")``,
    not ``(a) ? "x" : ("y")``)."""
    depth, k = 0, 0
    while k < len(expr):
        lit = read_literal(expr, k, lang) if expr[k] in "\"'`" else None
        if lit is not None:
            k = lit[1]
            continue
        depth += (expr[k] in "([{") - (expr[k] in ")]}")
        if depth == 0:
            return k == len(expr) - 1
        k += 1
    return False


def choices(template: str) -> list[list[str]]:
    """The texts recorded for ``template``'s choices; its choices read as words when a
    reading of the call recorded more or fewer than it holds."""
    found = template.count(_slot("choice", ""))
    return list(_CHOICES) if found == len(_CHOICES) else []


def _bound_texts(expr: str, lang: str, interpolated: str | None = None) -> list[str] | None:
    """The texts the lines above the call assign the local ``expr`` (``cond ? "a" : "b"``
    too), each interpolation read as ``interpolated``; None when it is no such local, or
    when one text interpolates and ``interpolated`` is None."""
    name = expr.strip()
    if not re.fullmatch(r"\$?[A-Za-z_]\w*", name) or name in _NOT_A_LOCAL:
        return None
    pattern = (r"(?:^|[\s;(])(?:(?:const|let|var|val|final|String|string|auto)\s+)?" + re.escape(name)
               + r"\s*(?::=|=)(?!=)[ \t]*(.+)$")
    texts: list[str] = []
    for assignment in re.finditer(pattern, _ABOVE_THE_CALL[0], re.M):
        value = assignment.group(1).strip().rstrip(";").strip()
        branches = re.fullmatch(r"[^?\"'`]+\?\s*(.+?)\s*:\s*(.+)", value)  # cond ? "a" : "b"
        for text in (branches.groups() if branches else (value,)):
            literal = read_literal(text, 0, lang)
            if literal is None or literal[1] != len(text):
                return None  # also assigned something else than a text: a value
            if interpolated is None and any(isinstance(s, tuple) for s in literal[0].segments):
                return None
            texts.append("".join(s if isinstance(s, str) else interpolated or ""
                                 for s in literal[0].segments))
    return texts


def _after_text(kind: str, out: list[str]) -> str:
    """A kind as the text before it says: "http status %s" is an HTTP status, not a state."""
    if kind == "state" and re.search(r"(?i)\bhttp(?: status)?(?: code)?\W{0,2}$", "".join(out)):
        return "status"
    return kind


_ZIG_CONVERSIONS = {"s": "s", "d": "d", "x": "x", "X": "x", "e": "e", "c": "c", "u": "c", "b": "d", "o": "d"}


# the source of the file being read, for the declarations of its names (set per file by
# extract_file under rules 6, else empty)
_FILE_SOURCE: list[str] = [""]
# an integer type as C, C++, Java, C#, Go, Rust, Zig, Swift and Kotlin write one
_INTEGER_TYPE = (r"(?:(?:unsigned\s+|signed\s+)?(?:long\s+long|int|long|short)|u?int(?:8|16|32|64)?(?:_t)?"
                 r"|s?size_t|[ui](?:8|16|32|64|128|size)|c_u?int|U?Int(?:8|16|32|64)?|Long|Integer|Short)")
# a type that prints as no number: a text, a float, a truth value
_OTHER_SCALAR = r"(?:\[\]const u8|\[\]u8|&?str|String|string|char\s*\*|f(?:16|32|64)|float|double|bool|Bool)"


def _declared_integer(expr: str, kind: str) -> str:
    """``int`` for a name the file declares with an integer type and no other scalar type,
    whatever the name says: TigerBeetle's ``self.replica`` (``replica: u8``) prints "0", not a
    name; Redis's ``int shard``. Otherwise ``kind`` as it is."""
    if kind not in ("name", "any", "word", "struct") or not _FILE_SOURCE[0]:
        return kind
    name = re.fullmatch(r"\s*(?:(?:self|this|[A-Za-z_]\w*)(?:\.|->))*([A-Za-z_]\w*)\s*", expr)
    if not name or len(name.group(1)) < 3:
        return kind
    word = re.escape(name.group(1))
    source = _FILE_SOURCE[0]
    # `replica: u8`, `replica u32` (Go), `uint8_t replica;`, `int replica =`, `char *name;`: one line's
    declared = (rf"\b{word}[ \t]*:?[ \t]+(?:{{0}})\b(?![ \t]*[(*])|\b{word}:[ \t]*(?:{{0}})\b(?![ \t]*[(*])"
                rf"|\b(?:{{0}})[ \t]*(?<=[ \t*]){word}[ \t]*[;=,)\[]")
    integer = re.search(declared.format(_INTEGER_TYPE), source)
    other = re.search(declared.format(_OTHER_SCALAR), source)
    return counted("int", expr) if integer and not other else kind


# "rc=", "count=": the key the text writes just before a value (a word before ": " is as often prose)
_KEY_BEFORE = re.compile(r"\b([A-Za-z_]\w*)=$")


def _named_by_key(expr: str, kind: str, out: list[str], lang: str) -> str:
    """The kind the text's key says when the expression says nothing (under rules 6): Ansible's
    ``'rc=%s' % return_tuple[0]`` prints a return code, one element of the tuple, not the tuple."""
    if not _FILE_SOURCE[0]:
        return kind
    if kind in ("struct", "list") and re.search(r"\[\s*\d+\s*\]$", expr.strip()):
        kind = "any"  # x[0]: one element of a collection, which the collection's name does not name
    key = _KEY_BEFORE.search("".join(out)[-40:])
    if kind != "any" or not key:
        return kind
    named = kind_of_expression(key.group(1), "", lang)
    return named if named not in ("any", "struct") else kind


def _slot(kind: str, style: str) -> str:
    return "%{" + kind + ("|" + style if style else "") + "}"


# ---------------------------------------------------------------- one call site


def _pairs(args: list[str], lang: str) -> list[list[str]]:
    """slog / hclog / go-kit key-value arguments, and attribute helpers (``slog.String("k", v)``)."""
    fields: list[list[str]] = []
    k = 0
    while k < len(args):
        arg = args[k]
        key = _literal_text(arg, lang)
        if key is not None and k + 1 < len(args):
            fields.append([key, kind_of_field(key, args[k + 1], lang)])
            k += 2
            continue
        fields += _helper_fields(arg, lang)
        k += 1
    return fields


_HELPER = re.compile(r"^(?:zap|slog|slogutil|log|logutil|attr)?\.?(\w+)\(", re.S)


def _helper_fields(arg: str, lang: str) -> list[list[str]]:
    """``zap.String("key", v)``, ``zap.Error(err)``, ``slog.Any("k", v)``: one field."""
    m = _HELPER.match(arg)
    if not m:
        return []
    inner = read_args(arg, m.end(), lang)
    if inner is None or not inner[0]:
        return []
    helper = m.group(1)
    values = inner[0]
    key = _key_text(values[0], lang)
    if key is None:
        if helper.lower() in ("error", "err", "nameerror"):
            return [["error", "err"]]
        return []
    expr = values[1] if len(values) > 1 else ""
    return [[key, kind_of_field(key, expr, lang, helper)]]


def _literal_text(arg: str, lang: str) -> str | None:
    arg = arg.strip()
    lit = read_literal(arg, 0, lang)
    if lit is None or lit[1] != len(arg) or any(isinstance(s, tuple) for s in lit[0].segments):
        return None
    return "".join(lit[0].segments)


class Site:
    """One extracted call: typed message template, fields, level, where it is."""

    def __init__(self, at: str, level: str, template: str, fields: list[list[str]]) -> None:
        self.at = at
        self.level = level
        self.template = template
        self.fields = fields
        self.choices: list[list[str]] = []  # the texts of each %{choice}, in order

    def record(self, program: str) -> dict:
        record = {"p": program, "at": self.at, "l": self.level, "t": self.template}
        if self.fields:
            record["f"] = self.fields
        if self.choices:
            record["c"] = self.choices
        return record


def _message(args: list[str], program: Program) -> tuple[str | None, list[str], list[list[str]]]:
    """(template, remaining args, fields) from a call's arguments after the skipped ones."""
    lang = _LEXER.get(program.language, program.language)
    fields: list[list[str]] = []
    if program.rules >= 5:
        read = _round_5_message(args, program, lang)
        if read is not None:
            return read
        args = _round_5_arguments(args, program, lang, fields)
    if program.kv == "tracing":
        while args and read_literal(args[0].strip(), 0, lang) is None:
            field = args.pop(0).strip()
            m = re.match(r"^(?:(\w+(?:\.\w+)*)\s*=\s*)?([%?])?\s*(.+)$", field, re.S)
            if field.startswith(("target:", "parent:", "name:")) or not m:
                continue
            name = m.group(1) or re.sub(r"\W+", "_", m.group(3).split(".")[-1]).strip("_")
            fields.append([name, kind_of_field(name, m.group(3), lang)])
        if not args:
            return None, [], fields
    if program.kv == "erlmap":
        if not args or not args[0].startswith("#{"):
            return None, [], []
        entries = read_args(args[0], 2, lang, closer="}")
        if entries is None:
            return None, [], []
        message = None
        for entry in entries[0]:
            key, _, value = entry.partition("=>")
            key, value = key.strip(), value.strip()
            if key == "msg":
                message = _literal_text(value, lang)
                if message is None:
                    return None, [], []
            elif key and re.fullmatch(r"[a-z]\w*", key):
                fields.append([key, kind_of_field(key, value, lang)])
        if message is None:
            return None, [], []
        return message.replace("%", "%%"), [], fields
    if program.kv == "slogrs":
        args = _slog_rs(args, lang, fields)
    if program.kv == "gokit":
        return _gokit(args, lang)
    if program.fmt == "qt":
        return _qt(args[0], lang) if args else None, [], []
    if program.fmt == "concat":
        return _concatenated(args, lang, program.rules), [], fields
    if program.kv == "object":
        args = _object_fields(args, lang, fields)
    if program.kv == "pyextra":
        kept = []
        for arg in args:
            extra = re.match(r"extra\s*=\s*\{", arg.strip())
            if extra:
                entries = read_args(arg.strip(), extra.end(), lang, closer="}")
                fields += [[key, kind_of_field(key, value, lang)]
                           for key, value in _named_entries(entries, ":", lang).items()]
            elif not re.match(r"\w+\s*=(?!=)", arg.strip()):  # exc_info=True, stacklevel=2: not printed
                kept.append(arg)
        args = kept
    if lang == "julia":
        kept = []
        for index, arg in enumerate(args):
            pair = re.match(r"^(\w+)\s*=(?!=)\s*(.+)$", arg.strip(), re.S)
            if pair and pair.group(1) in ("maxlog", "_id", "_group", "_module", "_file", "_line"):
                continue  # the logging macros' own keys, not printed
            if pair:  # @warn "text" exception = e: a key-value printed after the message
                fields.append([pair.group(1), kind_of_field(pair.group(1), pair.group(2), lang)])
            elif index and re.fullmatch(r"\w+", arg.strip()):  # @info "text" x: the key is its name
                fields.append([arg.strip(), kind_of_field(arg.strip(), arg.strip(), lang)])
            else:
                kept.append(arg)
        args = kept
    if (lang == "csharp" and len(args) > 1 and (program.fmt == "brace" or program.rules >= 3)
            and pieces(args[0], lang) is None):
        args = args[1:]  # NLog's Debug(exception, "message", args...): the exception is not in the text
    if not args:
        return None, [], fields
    if program.rules >= 6 and lang == "ruby":
        args = [_ruby_format(args[0], lang), *args[1:]]
    message_arg, format_args = unwrap(args[0], lang)
    rest = args[1:]
    parts = pieces(message_arg, lang, program.rules)
    if parts is None:
        return None, [], fields
    if program.rules >= 6:
        parts = _round_6_parts(program, parts)
    if program.kv == "ztag":
        fields += _tag_fields(rest, lang)
        rest = []
    named = {}
    if any(re.match(r"fmt::arg\(", a.strip()) for a in format_args):
        # fmt::format(text, fmt::arg("path", x)): "{path}" is the argument of that name
        for a in format_args:
            a = a.strip()
            found = read_args(a, a.index("(") + 1, lang) if a.startswith("fmt::arg(") else None
            if found and len(found[0]) == 2 and _literal_text(found[0][0], lang):
                named[_literal_text(found[0][0], lang)] = found[0][1]
        format_args = [a for a in format_args if not a.strip().startswith("fmt::arg(")]
    if lang == "zig" and rest and rest[0].strip().startswith(".{"):
        items = read_args(rest[0].strip(), 2, lang, closer="}")  # log.info("{s}", .{a}): the tuple's items
        rest = items[0] if items else []
    # a message formatted before the logger sees it has the formatter's placeholders, whatever
    # the logger's own style: String.format("%s"), fmt.Sprintf, "...{}".format(a)
    fmt = _formatter_style(args[0], message_arg, lang) if format_args else program.fmt
    fmt = "zig" if lang == "zig" else fmt
    printf_conversions = program.fmt == "printf" and any(
        placeholder[2] != "%" for part in parts if isinstance(part, str)
        for placeholder in _placeholders(part, "printf"))
    # the arguments after a message are its key-values, unless the message formats them
    # (syncthing's l.Debugf("... %v", folderID) beside its slog.Info("...", "key", v))
    if program.kv in ("pairs", "zap", "slog") and not format_args and not printf_conversions:
        fields += _pairs(rest, lang) if program.kv != "zap" else [f for a in rest for f in _helper_fields(a,
            lang)]
        rest = []
    if program.kv == "ruby":
        kept = []
        for arg in rest:
            # key: value, and the older :key => value / "key" => value (both Ruby and Elixir)
            m = (re.match(r"^(\w+):\s*(.+)$", arg, re.S)
                 or (program.rules >= 2 and re.match(r"^(?::|\")([\w.-]+)\"?\s*=>\s*(.+)$", arg, re.S)))
            if m:
                fields.append([m.group(1), kind_of_field(m.group(1), m.group(2), lang)])
            else:
                kept.append(arg)
        rest = kept
    if lang == "java" and len(rest) == 1 and re.match(r"new\s+Object\s*\[\s*\]\s*\{", rest[0].strip()):
        items = read_args(rest[0].strip(), rest[0].strip().index("{") + 1, lang, closer="}")
        rest = items[0] if items else []  # log(level, "{0} {1}", new Object[] {a, b})
    if lang == "erlang" and rest and rest[0].strip().startswith("["):
        items = read_args(rest[0].strip(), 1, lang, closer="]")
        rest = items[0] if items else []
    if program.fmt == "psr3":
        # PSR-3: "{name}" is replaced by the context array's entry of that key, if it has one
        context = rest[0].strip() if rest else ""
        opened = re.match(r"(?:array\s*\(|\[)", context)
        entries = read_args(context, opened.end(), lang, closer=")" if context.startswith("array") else "]"
                            ) if opened else None
        named.update(_named_entries(entries, "=>", lang))
        if program.rules >= 15 and context and not opened:
            # (rules 15) a context held by a variable ($context, $context + [...]): each {name}
            # the message holds is filled from it, a value of the kind its key names
            added = re.search(r"\+\s*\[(.*)\]\s*$", context, re.S)
            if added:
                named.update(_named_entries(read_args(added.group(1) + "]", 0, lang, closer="]"), "=>", lang))
            named.update({name: "$" + name for part in parts if isinstance(part, str)
                          for name in re.findall(r"\{(\w+)\}", part) if name not in named})
        rest = []
        if program.rules >= 4:  # Monolog prints the context the message does not use after it, as JSON
            used = {name for part in parts if isinstance(part, str)
                    for name in re.findall(r"\{(\w+)\}", part)}
            fields += [[key, kind_of_field(key, value, lang)] for key, value in named.items()
                       if key not in used]
    if program.fmt == "pydict" and rest and rest[0].strip().startswith("{"):
        entries = read_args(rest[0].strip(), 1, lang, closer="}")
        named.update(_named_entries(entries, ":", lang))
        rest = []
    template = build(parts, format_args or rest, fmt, lang, named, program.rules)
    return template, rest, fields


def _round_5_message(args: list[str], program: Program, lang: str
                     ) -> tuple[str | None, list[str], list[list[str]]] | None:
    """The messages of round 5's call styles that are not a format and its arguments, or
    None for the others: a C++ stream, an Erlang map naming its event, a topic first."""
    if program.fmt == "stream":
        # squid's debugs(section, level, "text" << value << ...): each operand printed in turn
        return _concatenated(_stream_operands(args[0], lang) if args else [], lang, program.rules), [], []
    if program.kv == "erltext" and program.rules >= 9:
        return _text_map(args, lang)
    if program.kv == "erlwhat":
        return _what_map(args, lang)
    if program.name == "jekyll" and args:
        # Jekyll's Stevenson: the topic and a space right-aligned to 20, then the message
        topic = _literal_text(args[0], lang)
        if topic is None:
            return None, [], []
        template, rest, fields = _message(args[1:], dataclasses.replace(program, name="")) if len(args) > 1 \
            else ("", [], [])
        head = (topic.replace("%", "%%") + " ").rjust(20)
        return (head + template if template is not None else None), rest, fields
    return None


def _round_5_arguments(args: list[str], program: Program, lang: str, fields: list[list[str]]) -> list[str]:
    """Round 5's arguments as the common reading takes them: structlog's ``key=value``
    arguments become fields, Spring's ``LogMessage.format`` is a ``String.format``."""
    if program.kv == "pykw":
        kept = []
        for arg in args:
            pair = re.match(r"(\w+)\s*=(?!=)\s*(.+)$", arg.strip(), re.S)
            if pair and pair.group(1) not in ("exc_info", "stack_info", "stacklevel"):
                fields.append([pair.group(1), kind_of_field(pair.group(1), pair.group(2), lang)])
            elif not pair:
                kept.append(arg)
        return kept
    if lang == "js":
        # chalk's colors.bold(x) prints x as it is when the output is not a terminal
        return [re.sub(r"\bcolors\.\w+\(([^()]*)\)", r"\1", arg) for arg in args]
    if lang == "java" and args:
        head = args[0].strip()
        head = re.sub(r"^LogMessage\.format\(", "String.format(", head)
        supplied = re.match(r"LogMessage\.of\(\s*\(\)\s*->\s*(.+)\)$", head, re.S)
        return [supplied.group(1) if supplied else head, *args[1:]]
    return args


def _top_level_operands(text: str, operator: str, lang: str) -> list[str]:
    """``text`` cut at each ``operator`` outside literals and brackets, each part stripped
    (empty parts kept)."""
    operands = []
    rest = text
    while True:
        at = _top_level(rest, operator, lang)
        operands.append(rest[:at].strip() if at is not None else rest.strip())
        if at is None:
            return operands
        rest = rest[at + len(operator):]


def _stream_operands(content: str, lang: str) -> list[str]:
    """The operands of ``a << b << c`` outside literals and brackets; squid's manipulators
    print nothing but ``Debug::Extra``, a new line and four spaces."""
    kept = []
    for operand in _top_level_operands(content, "<<", lang):
        if operand == "Debug::Extra":
            kept.append('"\\n    "')
        elif not re.fullmatch(r"(?:std::)?(?:hex|dec|oct|endl|flush|setw\(.*\)|setfill\(.*\))|ForceAlert"
                              r"|Debug::\w+|\s*", operand):
            kept.append(operand)
    return kept


# the keys MongooseIM's flatlog formatter prints after the call's place (mongoose_flatlog_formatter.erl)
_FLATLOG_AFTER_AT = ("user", "from_jid", "to_jid", "stacktrace")


def _what_map(args: list[str], lang: str) -> tuple[str | None, list[str], list[list[str]]]:
    """``?LOG_WARNING(#{what => event, text => <<"...">>, key => Value})``: the line's head as
    the formatter prints it (what, reason, the call's place, who, the text), the other keys
    after it as fields. The time, level and place are added by ``_one_call``."""
    if not args or not args[0].strip().startswith("#{"):
        return None, [], []
    entries = read_args(args[0].strip(), 2, lang, closer="}")
    if entries is None:
        return None, [], []
    named = _atom_keys(entries[0])
    what = named.pop("what", "")
    if not re.fullmatch(r"[a-z]\w*", what):
        return None, [], []
    text = named.pop("text", None)
    # every value as flatlog's escape/1 prints it: quoted when it holds a space or "=" (style f)
    head = [f"what={what}"]
    if "reason" in named:  # an Erlang term, printed as ~p prints it
        head.append("reason=" + _slot("err", "f"))
        named.pop("reason")
    tail = [f"{key}=" + _slot(kind_of_field(key, named.pop(key), lang), "f") for key in _FLATLOG_AFTER_AT
            if key in named]
    if text is not None:
        binary = re.fullmatch(r'<<\s*(".*")\s*>>', text, re.S)
        literal = _literal_text(binary.group(1), lang) if binary else None
        if literal is None:
            tail.append("text=" + _slot("text", "f"))
        else:
            tail.append("text=" + flatlog_escaped(literal).replace("%", "%%"))
    fields = [[key, kind_of_field(key, value, lang)] for key, value in named.items()]
    return " ".join(head) + "\x00" + " ".join(tail), [], fields


def _text_map(args: list[str], lang: str) -> tuple[str | None, list[str], list[list[str]]]:
    """(rules 9) OTP logger's report maps whose ``text`` is the message (``?LOG_WARNING(#{text
    => <<"...">>, in => app, result => error})``), as a logjam-style formatter prints a report:
    every key as key=value, in the reverse of the keys' order (maps:fold over a small map's
    sorted keys, each pair put before the ones already printed), a value quoted when it holds a
    space or "=" and escaped when it holds a quote; ``stack`` is printed on lines of its own
    after the record and left out. A literal atom, number or binary prints itself. A format
    and its arguments (``?LOG_INFO("x ~p", [X])``) or a string is printed as ``text=...``."""
    if not args:
        return None, [], []
    first = args[0].strip()
    if not first.startswith("#{"):
        parts = pieces(first, lang, 9)
        if parts is None:
            return None, [], []
        items = []
        if len(args) > 1 and args[1].strip().startswith("["):
            read = read_args(args[1].strip(), 1, lang, closer="]")
            items = read[0] if read else []
        text = build(parts, items, "erlang", lang, rules=9)
        return "text=" + _quoted_text(text), [], []
    entries = read_args(first, 2, lang, closer="}")
    if entries is None:
        return None, [], []
    named = _atom_keys(entries[0])
    if "text" not in named:
        return None, [], []
    out = []
    for key in sorted(named, reverse=True):
        if key == "stack":
            continue
        value = named[key]
        binary = re.fullmatch(r'<<\s*(".*")\s*>>', value, re.S)
        literal = _literal_text(binary.group(1), lang) if binary else None
        if literal is not None:
            out.append(f"{key}=" + flatlog_escaped(literal).replace("%", "%%"))
        elif re.fullmatch(r"[a-z]\w*|-?\d+", value):  # an atom, a number: itself
            out.append(f"{key}={value}")
        else:  # a reason is an Erlang term, printed as ~p prints it (as _what_map's)
            out.append(f"{key}=" + _slot("err" if key == "reason" else kind_of_field(key, value, lang), "f"))
    return " ".join(out), [], []


def _quoted_text(text: str) -> str:
    """A formatted text as the report's escape prints it: its literal words decide the quoting."""
    literal = re.sub(r"%\{[^}]*\}", "", text)
    if re.search(r'["\\]', literal):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f'"{text}"' if re.search(r"[ =]", literal) else text


def _concatenated(args: list[str], lang: str, rules: int) -> str | None:
    """Lua's ``ngx.log(ngx.ERR, "failed: ", err)``: every argument printed after the one
    before, a literal as its text (a ``string.format`` as its format), any other as a value."""
    out: list[str] = []
    for arg in args:
        formatted = re.match(r"(?:string\.format|fmt)\s*\(", arg.strip())
        inner = read_args(arg.strip(), formatted.end(), lang) if formatted else None
        if inner and inner[0] and inner[1] == len(arg.strip()):
            parts = pieces(inner[0][0], lang, rules)
            if parts is not None:
                out.append(build(parts, inner[0][1:], "printf", lang, rules=rules))
                continue
        parts = pieces(arg, lang, rules)
        if parts is None and _chosen(arg, lang, out):
            continue
        if parts is None and arg.strip() in _MACROS:  # C++'s << NAME of a #define NAME "text"
            out.append(_MACROS[arg.strip()].replace("%", "%%"))
            continue
        out.append(build(parts, [], "plain", lang, rules=rules) if parts is not None
                   else _slot(kind_of_expression(arg.strip(), "", lang), ""))
    return "".join(out) if out else None


def _object_fields(args: list[str], lang: str, fields: list[list[str]]) -> list[str]:
    """pino's ``logger.error({ err, did }, "text")`` and winston's ``(text, { id })``: an
    object literal's keys are fields (added to ``fields``); the other arguments are returned."""
    kept = []
    for arg in args:
        body = arg.strip()
        if not (body.startswith("{") and body.endswith("}")):
            kept.append(arg)
            continue
        entries = read_args(body, 1, lang, closer="}")
        for entry in entries[0] if entries else []:
            key, colon, value = entry.partition(":")
            key = key.strip().strip("'\"")
            if re.fullmatch(r"\w+", key):
                fields.append([key, kind_of_field(key, (value if colon else key).strip(), lang)])
    return kept


def _formatter_style(arg: str, message_arg: str, lang: str) -> str:
    """The placeholders of the formatter ``unwrap`` found around a message: str.format's and
    C#'s string.Format's braces, or printf's."""
    arg = arg.strip()
    if lang == "python" and (re.match(r"(?:str\.)?format\(", arg)
                             or re.match(r"\s*\.format\(", arg[len(message_arg):])):
        return "brace"
    if re.match(r"string\.Format\(|fmt::format\(", arg):
        return "brace"
    return "printf"


def _gokit(args: list[str], lang: str) -> tuple[str | None, list[str], list[list[str]]]:
    """go-kit's ``Log("msg", "text", "key", value, ...)``: the message is the value of the
    key "msg", every other pair a field in its place."""
    for index in range(0, len(args) - 1, 2):
        if _literal_text(args[index], lang) == "msg":
            message_arg, format_args = unwrap(args[index + 1], lang)
            parts = pieces(message_arg, lang)
            if parts is None:
                return None, [], []
            template = build(parts, format_args, "printf" if format_args else "plain", lang, rules=3)
            return template, [], _pairs(args[:index] + args[index + 2:], lang)
    return None, [], []


def _qt(arg: str, lang: str) -> str | None:
    """Qt's ``tr("text %1 %2").arg(a, b)`` or ``u"%1"_s.arg(a).arg(b)``: ``%N`` is the
    N-th argument of the ``.arg`` calls, in order."""
    arg = arg.strip()
    m = re.match(r"(?:QObject::)?tr\(|(?:QString\()?", arg)
    lit = read_literal(arg, m.end(), lang)
    if lit is None or any(isinstance(segment, tuple) for segment in lit[0].segments):
        return None
    text = "".join(lit[0].segments)
    k = lit[1]
    rest = arg[k:]
    closed = re.match(r"(?:_s)?\s*\)?", rest) if m.group() else re.match(r"(?:_s)?", rest)
    k += closed.end()
    values: list[str] = []
    while True:
        call = re.match(r"\s*\.arg\(", arg[k:])
        if not call:
            break
        read = read_args(arg, k + call.end(), lang)
        if read is None:
            return None
        values += read[0][:1] if len(read[0]) > 1 and not _all_strings(read[0]) else read[0]
        k = read[1]
    if arg[k:].strip():
        return None  # something else follows (a concatenation, a call): not one format
    out: list[str] = []
    last = 0
    for found in re.finditer(r"%(\d{1,2})", text):
        number = int(found.group(1))
        out.append(text[last:found.start()].replace("%", "%%"))
        last = found.end()
        expr = values[number - 1] if 0 < number <= len(values) else ""
        number_of = re.fullmatch(r"\s*QString::number\((.*)\)\s*", expr, re.S)
        out.append(_slot(kind_of_expression(number_of.group(1), "d", lang) if number_of
                         else kind_of_expression(expr, "", lang), ""))
    out.append(text[last:].replace("%", "%%"))
    return "".join(out)


def _all_strings(args: list[str]) -> bool:
    """Whether ``.arg(a, b, ...)`` is the multi-argument form (QString args): Qt's
    ``arg(int, width, base)`` takes a number and its format instead."""
    return not any(re.fullmatch(r"\s*-?\d+\s*|\s*'.'\s*", a) for a in args[1:])


def _atom_keys(entries: list[str]) -> dict[str, str]:
    """An Erlang map's entries (``read_args``' output) whose key is an atom (``what => x``),
    each with the expression after its ``=>``."""
    named = {}
    for entry in entries:
        key, arrow, value = entry.partition("=>")
        if arrow and re.fullmatch(r"[a-z]\w*", key.strip()):
            named[key.strip()] = value.strip()
    return named


def _named_entries(entries: list | None, separator: str, lang: str) -> dict[str, str]:
    """The literal keys of a dict or array literal's entries (``read_args``' output), each
    with the expression after ``separator`` (``'k' => $v``, ``"k": v``)."""
    named = {}
    for entry in entries[0] if entries else []:
        key, _, value = entry.partition(separator)
        text = _literal_text(key, lang)
        if text:
            named[text] = value.strip()
    return named


# what a call's line starts with when the call is in a comment: `//`, `/*` or a doc comment's `* `
# (C's `#` is a preprocessor line, its macros' calls are read); `#` where that starts a comment,
# Lua's `--`, Erlang's `%`
_C_COMMENT = re.compile(r"\s*(?://|/\*|\*\s)")
_LINE_COMMENT = {**{lang: re.compile(r"\s*#(?!\{)") for lang in ("python", "ruby", "shell", "perl", "elixir",
                                                                  "julia")},
                 "php": re.compile(r"\s*(?://|/\*|\*\s|#(?!\[))"), "lua": re.compile(r"\s*--"),
                 "erlang": re.compile(r"\s*%")}

# C++'s string literal suffixes of the standard library (operator""sv, operator""s) after a
# literal; comments, character and string literals read left to right so that quotes pair
_CPP_STRING_SUFFIX = re.compile(r'//[^\n]*|/\*.*?\*/|\'(?:[^\'\\\n]|\\.)*\'|(?<!\w)R"(\w*)\(.*?\)\1"'
                                r'|("(?:[^"\\\n]|\\.)*")(?:sv|s)\b|"(?:[^"\\\n]|\\.)*"', re.S)


def _cpp_literal_as_text(found: re.Match) -> str:
    """A C++ literal as a stream prints it: "text"sv as "text", a streamed character as a
    one-character string ('"' escaped); comments and other literals unchanged."""
    if found.group(2):
        return found.group(2)
    text = found.group()
    if text.startswith("'") and found.string[max(0, found.start() - 12):found.start()].rstrip().endswith("<<"):
        inner = text[1:-1]
        return '"' + ('\\"' if inner == '"' else "\\'" if inner == "\\'" else inner) + '"'
    return text


def extract_file(program: Program, path: str, src: str) -> list[Site]:
    sites = []
    if _RESOURCE_STRINGS:
        src = _resources_inlined(src)
    _MODULE_STRINGS.clear()
    if program.rules >= 17 and program.language == "cpp":
        # (rules 17) a string literal's standard suffix ("text"sv, "text"s: a string_view, a
        # std::string) prints the text alone, and a character streamed (<< ']') prints itself:
        # read as values they left %{any} in the template
        src = _CPP_STRING_SUFFIX.sub(_cpp_literal_as_text, src)
    if program.rules >= 18:
        src = _round_18_source(program, src)
    if program.rules >= 19:
        src = _round_19_source(program, src)
    if program.rules >= 20:
        src = _round_20_source(program, src)
    if program.rules >= 21:
        src = _round_21_source(program, src)
        if program.name in _SLIPS21:
            src = _slips21_source(program, src, path)
    if program.rules >= 22:
        src = _round_22_source(program, src)
        if program.name in _SLIPS22:
            src = _slips22_source(program, src)
    _FILE_SOURCE[0] = src if program.rules >= 6 else ""
    _ABOVE_THE_CALL_PATH[0] = path
    if program.rules >= 5 and program.language == "python":
        _MODULE_STRINGS.update(_python_module_strings(src))
    commented = _LINE_COMMENT.get(program.language, _C_COMMENT)
    for m in re.finditer(program.call, src):
        if commented.match(src, src.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # `// log.debug(...)`, a doc comment's example: a line the program never prints
        if program.rules >= 13 and _in_block_comment(program.language, src, m.start()):
            continue  # (rules 13) inside /* ... */ (or D's /+ ... +/): a doc comment's example
        line = src.count("\n", 0, m.start()) + 1
        at = f"{path}:{line}"
        level_match = _LEVEL.search(m.group())
        level = (level_match.group(1).lower() if level_match else "info")
        letter = _LEVEL_LETTER.search(m.group()) if program.rules >= 3 and not level_match else None
        if letter:
            level = _LETTERS[letter.group(1).lower()]
        word = _LEVEL_WORD.search(m.group()) if program.rules >= 4 and not level_match else None
        if word:
            level = _WORDS[word.group(1).lower()]
        if program.rules >= 5:
            level = _round_5_level(m.group(), level)
        if program.rules >= 6:
            level = _round_6_level(program, src, m, level)
        if program.rules >= 8:
            level = _round_8_level(program, m, level)
        if program.rules >= 10:
            level = _round_10_level(program, m, level)
        if program.rules >= 11:
            level = _round_11_level(program, src, m, level)
        if program.rules >= 12:
            level = _round_12_level(program, src, m, level)
        if program.rules >= 13:
            level = _round_13_level(program, src, m, level)
        if program.rules >= 14:
            level = _round_14_level(program, src, m, level)
        if program.rules >= 15:
            level = _round_15_level(program, src, m, level)
        if program.rules >= 16:
            level = _round_16_level(program, src, m, level)
        if program.rules >= 17:
            level = _round_17_level(program, src, m, level)
        if program.rules >= 18:
            level = _round_18_level(program, src, m, level)
        if program.rules >= 19:
            level = _round_19_level(program, src, m, level)
        if program.rules >= 20:
            level = _round_20_level(program, src, m, level)
        if program.rules >= 21:
            level = _round_21_level(program, src, m, level)
        if program.rules >= 22:
            level = _round_22_level(program, src, m, level)
        if program.rules >= 23:
            level = _round_23_level(program, src, m, level)
        if program.rules >= 24:
            level = _round_24_level(program, src, m, level)
        if program.rules >= 25:
            level = _round_25_level(program, src, m, level)
        if program.rules >= 26:
            level = _round_26_level(program, src, m, level)
        if program.rules >= 27:
            level = _round_27_level(program, src, m, level)
            if _round_27_unprinted(program, path, src, m, level):
                continue
        if program.rules >= 28:
            level = _round_28_level(program, src, m, level)
            if program.name in _SLIPS28:
                level = _slips28_level(program, m, level)
            if _round_28_unprinted(program, path, src, m, level):
                continue
        if program.rules >= 29:
            level = _round_29_level(program, src, m, level)
            if _round_29_unprinted(program, path, src, m, level):
                continue
        if program.rules >= 30:
            level = _round_30_level(program, src, m, level)
            if _round_30_unprinted(program, path, src, m, level):
                continue
        if program.rules >= 31:
            level = _round_31_level(program, src, m, level)
            if _round_31_unprinted(program, path, src, m, level):
                continue
        if program.rules >= 32:
            level = _round_32_level(program, src, m, level)
            if _round_32_unprinted(program, path, src, m, level):
                continue
        if program.rules >= 33:
            level = _round_33_level(program, src, m, level)
            if _round_33_unprinted(program, path, src, m, level):
                continue
            if program.name in _SLIPS33 and _slips33_unprinted(program, path, src, m):
                continue
        if program.rules >= 34:
            level = _round_34_level(program, src, m, level)
            if program.name in _SLIPS34:
                level = _slips34_level(program, src, m, level)
            if _round_34_unprinted(program, path, src, m, level):
                continue
            if program.name in _SLIPS34 and _slips34_unprinted(program, path, src, m):
                continue
        if program.rules >= 35:
            level = _round_35_level(program, src, m, level)
            if _round_35_unprinted(program, path, src, m, level):
                continue
        if program.rules >= 36:
            level = _round_36_level(program, src, m, level)
            if _round_36_unprinted(program, path, src, m, level):
                continue
        if program.name in _SLIPS23 and _slips23_unprinted(program, level):
            continue
        if program.name in _SLIPS24 and _slips24_unprinted(program, m.group(), level):
            continue
        if program.name in _SLIPS25 and _slips25_unprinted(program, m.group(), path, level):
            continue
        _CHOICES.clear()
        try:
            site = _one_call(program, src, m, at, level)
        except RecursionError:
            site = None
        if site is not None and program.name in _SLIPS26 and _slips26_unprinted(program, site.level, src, m):
            continue  # (the level a chain's last call names: site.level, the registry's Debugf)
        if site is not None and program.name in _SLIPS27 and _slips27_unprinted(program, path, src, m):
            continue
        if site is not None and program.name in _SLIPS28 and _slips28_unprinted(program, path, src, m):
            continue
        if site is not None and program.name in _SLIPS29 and _slips29_unprinted(program, path, src, m):
            continue
        if site is not None and program.name in _SLIPS30 and _slips30_unprinted(program, path, src, m):
            continue
        if site is not None and program.rules >= 30 and \
                _round_30_unprinted(program, path, src, m, site.level):
            continue  # (rules 30) the level a chain's last call names (Hydra's logrusx)
        if site is not None and program.rules >= 31 and \
                _round_31_unprinted(program, path, src, m, site.level):
            continue  # (rules 31) the level a chain's last call names (velero's, blocky's logrus)
        if site is not None and program.rules >= 32 and \
                _round_32_unprinted(program, path, src, m, site.level):
            continue  # (rules 32) the level a chain's last call names (external-dns', k6's, Argo's)
        if site is not None and program.rules >= 33 and \
                _round_33_unprinted(program, path, src, m, site.level):
            continue  # (rules 33) the level a chain's last call names (watchtower's logrus)
        if site is not None and program.rules >= 34 and \
                _round_34_unprinted(program, path, src, m, site.level):
            continue  # (rules 34) the level the read call names (the common reading's, if it differs)
        if site is not None and program.rules >= 35:
            site.level = _round_35_level(program, src, m, site.level)
            if _round_35_unprinted(program, path, src, m, site.level):
                continue  # (rules 35) the level a chain's last call names (portainer's, dkron's)
        if site is not None and program.rules >= 36:
            site.level = _round_36_level(program, src, m, site.level)
            if _round_36_unprinted(program, path, src, m, site.level):
                continue  # (rules 36) the level a chain's last call names (glauth's zerolog)
        if site is not None and program.rules >= 10 and _usable(site.template):
            # the message judged usable, then the head its logger prints before it
            site.template = _round_10_head(program, src, m, at, level, site.template)
            if program.rules >= 11:
                site.template = _round_11_head(program, src, m, at, level, site.template)
            if program.rules >= 12:
                site.template = _round_12_head(program, src, m, at, level, site.template)
            if program.rules >= 13:
                site.template = _round_13_head(program, src, m, at, level, site.template)
            if program.rules >= 14:
                site.template = _round_14_head(program, src, m, at, level, site.template)
            if program.rules >= 15:
                site.template = _round_15_head(program, src, m, at, level, site.template)
            if program.rules >= 16:
                site.template = _round_16_head(program, src, m, at, level, site.template)
            if program.rules >= 17:
                site.template = _round_17_head(program, src, m, at, level, site.template)
            if program.rules >= 18:
                site.template = _round_18_head(program, src, m, at, level, site.template)
            if program.rules >= 19:
                # the site's level: a chain's (zrepl's) is read with the message, after the call
                site.template = _round_19_head(program, src, m, at, site.level, site.template)
            if program.rules >= 20:
                site.template = _round_20_head(program, src, m, at, site.level, site.template)
                if program.name in _SLIPS20:
                    site.template = _slips20_head(program, src, m, path, site.template)
            if program.rules >= 21:
                site.template = _round_21_head(program, src, m, at, site.level, site.template)
                if program.name in _SLIPS21:
                    site.template = _slips21_head(program, src, m, path, site.template)
            if program.rules >= 22:
                site.template = _round_22_head(program, src, m, at, site.level, site.template)
                if program.name in _SLIPS22:
                    site.template = _slips22_head(program, src, m, path, site.template)
            if program.rules >= 23:
                site.template = _round_23_head(program, src, m, at, site.level, site.template)
                if program.name in _SLIPS23:
                    site.template = _slips23_head(program, src, m, at, site.level, site.template)
            if program.rules >= 24:
                site.template = _round_24_head(program, src, m, at, site.level, site.template)
                if program.name in _SLIPS24:
                    site.template = _slips24_head(program, src, m, site.template)
            if program.rules >= 25:
                site.template = _round_25_head(program, src, m, at, site.level, site.template)
                if program.name in _SLIPS25:
                    site.template = _slips25_head(program, src, m, path, site.template)
                if program.name in _SLIPS26:
                    site.template = _slips26_values(program, src, m, site.template)
            if program.rules >= 26:
                site.template = _round_26_head(program, src, m, at, site.level, site.template)
                site.fields = _round_26_fields(program, src, m, at, site.fields)
            if program.rules >= 27:
                if program.name in _SLIPS27 and program.name == "maybe":
                    site.template = _slips27_maybe_ids(src, m, site.template)
                site.template = _round_27_head(program, src, m, at, site.level, site.template)
                site.fields = _round_27_fields(program, src, m, at, site.fields)
            if program.rules >= 28:
                if program.name in _SLIPS28 and program.name == "pulpcore":
                    site.template = _slips28_pulp_values(src, m, path, site.template)
                if program.name in _SLIPS28 and program.name == "froxlor":
                    site.template = _slips28_trait_class(src, m, site.template)
                if program.name in _SLIPS28 and program.name in ("canal", "seata"):
                    site.template = _slips28_java_values(program, src, m, site.template)
                if program.name in _SLIPS28 and program.name == "zoneminder":
                    site.template = _slips28_zero_padded(src, m, site.template)
                if program.name in _SLIPS28 and program.name == "rpush":
                    site.template = _slips28_rpush_pluralize(src, m, site.template)
                site.template = _round_28_head(program, src, m, at, site.level, site.template)
                site.fields = _round_28_fields(program, src, m, at, site.fields)
            if program.rules >= 29:
                if program.name in _SLIPS29 and program.name == "zuul":
                    site.template = _slips29_zuul_categories(src, m, site.template)
                if program.name in _SLIPS29 and program.name == "faust":
                    site.template = _slips29_caught(src, m, site.template)
                if program.name in _SLIPS29 and program.name == "privacyidea":
                    site.template = _slips29_listed_constants(src, m, site.template)
                if program.name in _SLIPS29 and program.name in ("buildkite-agent", "dgraph"):
                    site.template = _slips29_go_values(src, m, site.template)
                if program.name in _SLIPS29 and program.name == "standardnotes":
                    site.template = _slips29_counted_locals(src, m, site.template)
                    site.fields = _slips29_request_metadata(src, m, site.fields)
                site.template = _round_29_head(program, src, m, at, site.level, site.template)
                site.fields = _round_29_fields(program, src, m, at, site.fields)
            if program.rules >= 30:
                if program.name in _SLIPS30:
                    site.template = _slips30_values(program, src, m, site.template)
                site.template = _round_30_head(program, src, m, at, site.level, site.template)
                site.fields = _round_30_fields(program, src, m, at, site.fields)
                if program.name in _SLIPS30:
                    site.fields = _slips30_fields(program, src, m, at, site.fields)
            if program.rules >= 31:
                if program.name in _SLIPS31:
                    site.template = _slips31_values(program, src, m, site.template)
                site.template = _round_31_head(program, src, m, at, site.level, site.template)
                site.fields = _round_31_fields(program, src, m, at, site.fields)
            if program.rules >= 32:
                if program.name in _SLIPS32:
                    site.template = _slips32_values(program, src, m, site.template)
                if program.name in _SLIPS32 and program.name == "k6":
                    site.template, site.fields = _slips32_k6_browser(program, src, m, at, site.template,
                                                                     site.fields)
                site.template = _round_32_head(program, src, m, at, site.level, site.template)
                site.fields = _round_32_fields(program, src, m, at, site.fields)
                if program.name in _SLIPS32:
                    site.fields = _slips32_fields(program, src, m, site.fields)
            if program.rules >= 33:
                if program.name in _SLIPS33:
                    site.template = _slips33_values(program, src, m, site.template)
                    site.fields = _slips33_fields(program, src, m, site.fields)
                site.template = _round_33_head(program, src, m, at, site.level, site.template)
            if program.rules >= 34:
                site.template = _round_34_head(program, src, m, at, site.level, site.template)
                site.fields = _round_34_fields(program, src, m, at, site.fields)
            if program.rules >= 35:
                site.template = _round_35_head(program, src, m, at, site.level, site.template)
                site.fields = _round_35_fields(program, src, m, at, site.fields)
            if program.rules >= 36:
                site.template = _round_36_head(program, src, m, at, site.level, site.template)
                site.fields = _round_36_fields(program, src, m, at, site.fields)
            if program.name in _SLIPS33B:  # (slips33b) values read against the code, after the head
                site.template = _slips33b_values(program, src, m, site.template)
            if program.name in _SLIPS34:  # (slips34) values read against the code, after the head
                site.template = _slips34_values(program, path, src, m, site.template)
                site.fields = _slips34_fields(program, src, m, site.fields)
            if program.name in _SLIPS36:  # (slipsold36) values read against the code, after the head
                site.template = _slips36_values(program, path, src, m, site.template)
            if program.name in _SLIPS36B:  # (slips36b) values read against the code, after the head
                site.template = _slips36b_values(program, path, src, m, site.template)
            if program.name in _SLIPS37:  # (slips35) values read against the code, after the head
                site.template = _slips37_values(program, path, src, m, site.template)
            if program.rules >= 22 and program.name == "nextcloud-mail":
                # Nextcloud's log details of the request: its id, and from the web its client's
                # address, user, method, url and agent (cron and occ: "--")
                cli = path.startswith(("lib/BackgroundJob/", "lib/Command/", "lib/Migration/"))
                # ((slips22) its method the request's, not the event's: not labelled)
                method = "reqmethod" if program.name in _SLIPS22 else "method"
                web = [["remoteAddr", "ip"], ["user", "user"], ["method", method], ["url", "path"],
                       ["userAgent", "=Mozilla/5.0 (X11; Linux x86_64)"]]
                request = [["reqId", "id"]] + ([] if cli else web)
                site.fields = [*site.fields, *request]
            if program.rules >= 22 and program.name == "dapr":
                # dapr/kit's logger: logrus' fields app_id (daprd's), instance (the host), scope
                # (the package's NewLogger), type and ver, sorted by the text formatter
                scope = _DAPR_SCOPES.get(path.rsplit("/", 1)[0], "dapr.runtime")
                app = [] if path.startswith(_DAPR_CONTROL_PLANE) else [["app_id", "name"]]
                site.fields = [*site.fields, *app, ["instance", "host"], ["scope", "=" + scope],
                               ["type", "=log"], ["ver", "version"]]
            if program.rules >= 21 and program.name == "asciinema-server" and \
                    path.startswith(("lib/asciinema_web/controllers/", "lib/asciinema_web/plugs/")):
                # config.exs' console metadata [:request_id]: Plug.RequestId's, set for a request
                site.fields = [*site.fields, ["request_id", "id"]]
            if program.rules >= 21 and program.name == "centrifugo" and src[:m.start()].endswith("common."):
                # a consumer's logger, log.With().Str("consumer", name): its field first
                site.fields = [["consumer", "name"], *site.fields]
            if program.rules >= 21 and program.name == "dendrite":
                # logrus' caller (SetReportCaller) as internal/log.go's callerPrettyfier prints it:
                # the function's name then a newline and a tab, the file's base name and line
                # matrix-org/util's MakeJSONAPI gives a request's context a logger with its
                # req.method, req.path and req.id (the routing packages' handlers log through it)
                if m.group().startswith("util.GetLogger") and "/routing/" in path:
                    # ((slips21) its method the request's, not the event's: not labelled)
                    method = "reqmethod" if program.name in _SLIPS21 else "method"
                    site.fields = [*site.fields, ["req.id", "id"], ["req.method", method], ["req.path", "path"]]
                # (written as %q prints it: a backslash and n, a backslash and t)
                site.fields = [*site.fields, ["func", "=" + _go_function(src, m.start()) + "\\n\\t"],
                               ["file", f"= [{path.rsplit('/', 1)[-1]}:{line}]"]]
        if site is not None and _usable(site.template):
            site.choices = choices(site.template)
            if not site.choices:  # texts not recorded as read: one of a few words of the program's
                site.template = site.template.replace(_slot("choice", ""), _slot("word", ""))
            if program.name in _SLIPS33:  # (slips33) koel's one call printing two messages
                sites.extend(_slips33_sites(program, src, m, site))
                continue
            sites.append(site)
    if program.name in _SLIPS33 and program.name == "postgrest":  # (slips33) its lists of lines
        sites.extend(_slips33_postgrest_lists(path, src))
    return sites


# a Python file's module-level string constants (JupyterHub's start_timeout_message), which an
# f-string's {name} prints as their text: filled per file under rules 5
_MODULE_STRINGS: dict[str, str] = {}
_MODULE_STRING = re.compile(r'^([A-Za-z_]\w*)\s*=\s*(?:"""(.*?)"""|\'\'\'(.*?)\'\'\'|"([^"\\\n]*)"'
                            r"|'([^'\\\n]*)')\s*$", re.M | re.S)


def _python_module_strings(src: str) -> dict[str, str]:
    """``NAME = "text"`` (or triple-quoted) at a module's top level, the names bound once,
    without escapes (their text is then what the program prints)."""
    found: dict[str, list[str]] = {}
    for m in _MODULE_STRING.finditer(src):
        text = next(group for group in m.groups()[1:] if group is not None)
        found.setdefault(m.group(1), []).append(text)
    return {name: texts[0] for name, texts in found.items()
            if "\\" not in texts[0] and len(re.findall(rf"^{name}\s*\+?=", src, re.M)) == 1}


_PERL_MODIFIER = re.compile(r"\s(?:if|unless|while|until|for|foreach)\b")


def _one_call(program: Program, src: str, m: re.Match, at: str, level: str) -> Site | None:
    lang = _LEXER.get(program.language, program.language)
    # (rules 25) Groovy's c ? 'a' : 'b' conditionals read as choices
    _GROOVY[0] = program.rules >= 25 and program.language == "groovy"
    # the lines a local's assignments are read from: the call's few lines above, not the file's
    _ABOVE_THE_CALL[0] = src[max(0, m.start() - 600):m.start()]
    end = m.end()
    if program.rules >= 6:
        read = _slips37_call(program, src, m, lang) if program.name in _SLIPS37 else None
        read = _round_36_call(program, src, m, lang) if program.rules >= 36 and read is None else read
        read = _round_35_call(program, src, m, lang) if program.rules >= 35 and read is None else read
        read = _round_34_call(program, src, m, lang) if program.rules >= 34 and read is None else read
        read = _round_33_call(program, src, m, lang) if program.rules >= 33 and read is None else read
        read = _round_32_call(program, src, m, lang) if program.rules >= 32 and read is None else read
        read = _round_31_call(program, src, m, lang) if program.rules >= 31 and read is None else read
        if program.name in _SLIPS30 and read is None:
            read = _slips30_call(program, src, m)
        read = _round_30_call(program, src, m, lang) if program.rules >= 30 and read is None else read
        read = _round_29_call(program, src, m, lang) if program.rules >= 29 and read is None else read
        read = _round_28_call(program, src, m, lang) if program.rules >= 28 and read is None else read
        read = _round_27_call(program, src, m, lang) if program.rules >= 27 and read is None else read
        read = _round_26_call(program, src, m, lang) if program.rules >= 26 and read is None else read
        read = _round_25_call(program, src, m, lang) if program.rules >= 25 and read is None else read
        read = _round_24_call(program, src, m, lang) if program.rules >= 24 and read is None else read
        read = _round_23_call(program, src, m, lang) if program.rules >= 23 and read is None else read
        read = _round_22_call(program, src, m, lang) if program.rules >= 22 and read is None else read
        read = _round_21_call(program, src, m, lang) if program.rules >= 21 and read is None else read
        read = _round_20_call(program, src, m, lang) if program.rules >= 20 and read is None else read
        read = _round_19_call(program, src, m, lang) if program.rules >= 19 and read is None else read
        read = _round_18_call(program, src, m, lang) if program.rules >= 18 and read is None else read
        read = _round_17_call(program, src, m, lang) if program.rules >= 17 and read is None else read
        read = _round_16_call(program, src, m, lang) if program.rules >= 16 and read is None else read
        read = _round_15_call(program, src, m, lang) if program.rules >= 15 and read is None else read
        read = _round_14_call(program, src, m, lang) if program.rules >= 14 and read is None else read
        read = _round_13_call(program, src, m, lang) if program.rules >= 13 and read is None else read
        read = _round_8_call(program, src, m, lang) if program.rules >= 8 and read is None else read
        read = _round_7_call(program, src, m, lang) if program.rules >= 7 and read is None else read
        read = _round_6_call(program, src, m) if read is None else read
        if read is not None:
            template, fields = read
            if template is None:
                return None
            template, fields = _round_5_site(program, src, m, [], at, level, template, fields)
            return Site(at, level, template.rstrip("\n "), fields) if template is not None else None
    if program.kv == "chain":
        return _chain(program, src, end, at, level)
    if lang in ("ruby", "elixir") and not m.group().endswith("("):
        return _with_round_6_head(program, src, m, _ruby_call(program, src, end, at, level))
    if lang == "kotlin":
        return _with_round_6_head(program, src, m, _kotlin_call(program, src, end, at, level))
    if lang == "shell":
        return _shell_call(program, src, m, at, level)
    if lang == "julia" and not m.group().endswith("("):
        return _spaced_call(program, src, end, at, level)
    if lang == "perl" and program.rules >= 10 and not m.group().endswith("("):
        # rules 10: a Perl call without parentheses (Log4perl's easy mode: DEBUG "text $x";), its
        # arguments up to the statement's ";"
        # arguments up to the statement's ";" or its modifier ("... unless $ok;")
        stop = _statement_end(src, end, lang, "\"'", lambda at: src[at] == ";" or bool(
            _PERL_MODIFIER.match(src, at)))
        read = read_args(src[end:stop] + ")", 0, lang) if stop is not None else None
        template, _, fields = _message(list(read[0]), program) if read else (None, None, [])
        return Site(at, level, template.rstrip("\n "), fields) if template is not None else None
    if program.call.endswith(",") or m.group().rstrip().endswith(","):
        # the opening matched some leading arguments already: find the "(" it opened
        opened = m.group().index("(")
        read = read_args(src, m.start() + opened + 1, lang)
        if read is None:
            return None
        args = read[0]
        consumed = m.group()[opened + 1:].count(",")
        args = args[consumed:]
    else:
        read = read_args(src, end, lang)
        if read is None:
            return None
        args = read[0]
    args = args[program.skip:]
    if program.rules >= 6:
        args = _round_6_arguments(program, m, args)
    if program.rules >= 7:
        args = _round_7_arguments(program, m, args)
    if program.name == "playframework" and args:
        # (slip) a literal's .stripMargin keeps each line's text after its margin's "|"; a
        # .format(a, b) after it formats the text as String.format does
        margin = re.fullmatch(r'\s*(""".*?""")\.stripMargin(?:\.format\((.*)\))?\s*', args[0], re.S)
        if margin:
            text = re.sub(r"\n[ \t]*\|", "\n", margin.group(1))
            args = [f"String.format({text}, {margin.group(2)})" if margin.group(2) else text, *args[1:]]
    if program.rules >= 8 and lang == "php":
        # \sprintf(...): PHP's global function named from a namespace, the same wrapper
        args = [re.sub(r"^(\s*)\\(?=[a-z_]+\s*\()", r"\1", a) for a in args]
    prefix = ""
    suffix = ""
    label = None
    if program.kv == "klog" and m.group().endswith("S("):
        return _klog_structured(m, args, at, level, lang)
    if program.name == "sway":
        # log.h: sway_log prefixes "[file:line] ", sway_log_errno appends ": strerror(errno)"
        prefix = f"[{at}] "
        suffix = ": %{errno}" if "_errno(" in m.group() else ""
    if program.name == "esphome":
        # logger.cpp prints "[L][tag:line]: " before the message, the tag a constant of the file
        call = re.match(r"ESP_LOG(\w+?)\(\s*(\w+)", m.group())
        tag = re.search(r"\b" + call.group(2) + r"\s*=\s*\"([^\"]+)\"", src)
        if tag is None:
            return None
        prefix = f"[{call.group(1)}][{tag.group(1)}:{int(at.rsplit(':', 1)[1]):03d}]: "
    if lang == "php" and program.rules >= 3:
        method = _enclosing_php_method(src, m.start())
        if method is not None:  # a constant of the call site, printed as such
            literal = "'" + method.replace("\\", "\\\\") + "'"
            args = [re.sub(r"\b__METHOD__\b", lambda _: literal, a) for a in args]
        if program.rules >= 32 and any("__LINE__" in a for a in args):
            # (rules 32) __LINE__, a constant of the call site: the line it is on
            line_of = src.count("\n", 0, src.index("__LINE__", m.end())) + 1
            args = [re.sub(r"\b__LINE__\b", f"'{line_of}'", a) for a in args]
    if program.name == "nginx":
        if not args:
            return None
        errno = args.pop(0).strip()
        if errno != "0":
            suffix = " (%{errno})"
    if program.name == "openssh" and "_f(" in m.group():
        function = _enclosing_c_function(src, m.start())
        if function is None:
            return None
        prefix = function + ": "
    if program.name == "openvpn" and re.search(r"\bM_ERRNO\b|\bM_ERR\b", m.group()):
        suffix = ": %{err} (errno=%{int})"  # error.c: M_ERRNO (M_ERR holds it) appends strerror and errno
    if program.name == "frp" and m.group().startswith("xl."):
        # xlog prints its prefixes before the message: the run id, and a proxy's or visitor's
        # name where the logger was spawned for one (client/proxy, client/visitor, server/proxy)
        prefix = "[%{id}] " + ("[%{name}] " if at.startswith(("client/proxy/", "client/visitor/",
                                                                 "server/proxy/")) else "")
    if program.name == "zigbee2mqtt":
        # lib/util/logger.ts prints `${namespace}: ${message}`, the namespace "z2m" unless the
        # second argument names one (a literal, or a module constant such as NS)
        namespace = "z2m"
        if len(args) > 1:
            text = _literal_text(args[1], lang)
            const = re.search(r"\bconst\s+" + re.escape(args[1].strip()) + r"\s*=\s*[\"']([\w:.-]+)[\"']",
                              src)
            namespace = text if text is not None else const.group(1) if const else namespace
        prefix = namespace.replace("%", "%%") + ": "
    prefix = _round_4_prefix(program, src, m, args, at, level) if program.rules >= 4 else prefix
    if program.name == "lxc" and program.rules >= 11 and re.match(r"SYS|log_\w+_errno\(", m.group()):
        # log.h: SYSERROR(format, ...) is ERROR("%m - " format, ...), log_error_errno a SYSERROR
        prefix = "%{errno} - " + prefix
    if program.name == "transmission" and "Tor(" in m.group():
        args = args[1:]  # tr_logAddInfoTor(tor, text): the torrent's name is the prefix
    if program.name == "outline" and level in ("info", "debug") and len(args) > 1:
        label = _literal_text(args[0], lang)  # Logger.info(category, text, extra): the category is a field
        args = args[1:]
    if program.name == "uptime-kuma":
        module = re.search(r"[\"']([\w-]+)[\"']", m.group()).group(1)
        prefix = f"[{module.upper()}] "
    if lang == "c" and program.rules >= 2 and any(a.strip() in ("__func__", "__FUNCTION__") for a in args):
        # the function's name: a constant of the call site, printed as such
        function = _enclosing_c_function(src, m.start(), program.language)
        if program.name in _SLIPS30:  # (slips30) a definition's name, not a statement's call
            function = _slips30_cpp_function(src, m.start())
        if function is None:
            return None
        args = [f'"{function}"' if a.strip() in ("__func__", "__FUNCTION__") else a for a in args]
    if program.rules >= 5:
        args = [a for a in args if a.strip()]  # a trailing comma leaves no argument
    if program.rules >= 2 and args and program.kv not in ("tracing", "erlmap", "gokit"):
        args = [_assigned_message(args[0], src, m.start(), lang), *args[1:]]
    template, _, fields = _message(args, program)
    if program.rules >= 11 and lang == "go" and program.fmt == "printf" and args:
        # (rules 11) the standard log's Print and Println print their operands as fmt.Sprint
        # and fmt.Sprintln do, no format read: Sprintln spaces every two, Sprint two non-strings
        printed = re.search(r"\.Print(ln)?\($", m.group())
        if printed and printed.group(1):
            template = " ".join(part for part in (_concatenated([a], lang, 8) for a in args) if part is not None)
        elif printed:
            template = _sprinted(args, lang)
    if template is None:
        return None
    joined = program.name in _ARGUMENTS_JOINED and program.rules >= 10
    if (program.name in _EVERY_ARGUMENT_PRINTED or joined) and len(args) > 1:
        # log4js (and Homebridge's, electron-log's loggers) format all their arguments with
        # util.format: those no %s consumed follow the message, each after a space; (rules 10)
        # KOReader's logger prints every argument (tostring) joined by spaces, none consumed
        parts = pieces(unwrap(args[0], lang)[0], lang) or []
        used = 0 if joined else sum(1 for part in parts if isinstance(part, str)
                                    for placeholder in _placeholders(part, "printf") if placeholder[2] != "%")
        for extra in args[1 + used:]:
            # (rules 7) a literal argument prints its text
            text = _literal_text(extra, lang) if program.rules >= 7 else None
            template += " " + (text.replace("%", "%%") if text is not None
                               else _slot(kind_of_expression(extra, "", lang), ""))
    if program.name in _ARGUMENTS_STREAMED and program.rules >= 11 and len(args) > 1:
        # (rules 11) i2pd's LogPrint(level, parts...) streams every part into one stringstream
        # (Log.h: s << arg for each), nothing between two
        for extra in args[1:]:
            text = _literal_text(extra, lang)
            template += (text.replace("%", "%%") if text is not None
                         else _slot(kind_of_expression(extra, "", lang), ""))
    if program.name == "outline" and level in ("info", "debug") and label:
        fields = [["label", "=" + label], *fields]
    if program.name == "teslamate":
        # config/config.exs prints only the :car_id metadata, before the level: "car_id=1 [info] ..."
        fields = [f for f in fields if f[0] == "car_id"]
    if program.rules >= 5:
        template, fields = _round_5_site(program, src, m, args, at, level, template, fields)
        if template is None:
            return None
    if program.rules >= 6:
        fields = _round_6_fields(program, src, at, fields)
    if program.rules >= 8:
        fields = _round_8_fields(program, src, at, fields)
    template = template.rstrip("\n ")
    return Site(at, level, prefix + template + suffix, fields)


def _round_4_prefix(program: Program, src: str, m: re.Match, args: list[str], at: str, level: str) -> str:
    """What round 4's loggers print before the message, read from each one's source."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    if program.rules >= 25:
        return ""  # (rules 25) round 25's heads are read from each program (_round_25_head)
    if program.language == "zig":
        # std.log's format as Ghostty's logFn prints it: "warning(scope): " (main_ghostty.zig)
        scope = re.search(r"\bconst\s+log\s*=\s*std\.log\.scoped\(\s*\.(\w+)\s*\)", src)
        if scope is None and program.rules >= 6:  # a project's std.log wrapper (stdx.log), wrapped again
            scope = re.search(r"\bconst\s+log\s*=\s*(?:[\w.]+\(\s*)?stdx?\.log\.scoped\(\s*\.(\w+)\s*\)", src)
        if program.name == "zls" and program.rules >= 11:
            # (rules 11) ZLS's own logFn (src/main.zig): "{s} ({s:^6}): ", the level padded to
            # five, the scope ("default" unscoped) centred in six
            name = scope.group(1) if scope else "default"
            pad = max(0, 6 - len(name))
            word = {"error": "error", "warn": "warn ", "info": "info "}.get(level, "debug")
            return f"{word} ({' ' * (pad // 2)}{name}{' ' * (pad - pad // 2)}): "
        word = {"error": "error", "warn": "warning"}.get(level, level)
        return f"{word}({scope.group(1)}): " if scope else f"{word}: "
    if program.name == "kong":
        if m.group().startswith("kong.log"):
            # kong/pdk/log.lua: "%file_src:%line_src [%namespace] %message", a plugin's name its namespace
            plugin = re.match(r"kong/plugins/([\w-]+)/", path)
            return f"[kong] {base}:{line} " + (f"[{plugin.group(1)}] " if plugin else "")
        function = None  # ngx.log: "[lua] file.lua:12: name(): ", the enclosing function's name
        for found in re.finditer(r"\bfunction\s+(?:[\w.]+[.:])?(\w+)\s*\(", src[:m.start()]):
            function = found.group(1)
        return f"[lua] {base}:{line}: " + (f"{function}(): " if function else "")
    if program.name == "rclone":
        # fs/log/slog.go: "%-6s: " the level, then "object: " unless the object is nil
        call = re.match(r"fs\.(\w+)\(\s*(.+?)\s*,$", m.group())
        word = {"Errorf": "ERROR", "Infof": "INFO", "Debugf": "DEBUG"}.get(call.group(1), "NOTICE")
        if call.group(2) == "nil":
            return f"{word:<6}: "
        kind = kind_of_expression(call.group(2), "", "go")
        return f"{word:<6}: " + _slot("path" if kind == "any" else kind, "") + ": "
    if program.name == "transmission":
        if "Tor(" in m.group() or len(args) > 1:  # the torrent's or the caller's name
            return _slot("name", "") + ": "
        return f"{base}:{line}: "  # log.cc: without a name, file and line
    if program.name == "contiki-ng":
        # log-conf.h: LOG_OUTPUT("[%-4s: %-10s] ", levelstr, module), the module a constant of the file
        module = re.search(r'^#define\s+LOG_MODULE\s+"([^"]*)"', src, re.M)
        word = re.match(r"LOG_(\w+)\(", m.group()).group(1)
        return f"[{word:<4}: {module.group(1):<10}] ".replace("%", "%%") if module else ""
    if program.name == "kavita":
        # LogLevelOptions.cs: "... [{Level}] {SourceContext} {Message:lj}" after the time (left out,
        # as everywhere), the source context the logging class's full name
        namespace = re.search(r"^namespace\s+([\w.]+)", src, re.M)
        owner = re.findall(r"\bclass\s+(\w+)", src[:m.start()])
        word = re.search(r"Log(Information|Warning|Error|Debug|Critical|Trace)\(", m.group()).group(1)
        word = {"Critical": "Fatal", "Trace": "Verbose"}.get(word, word)
        return f"[{word}] {namespace.group(1)}.{owner[-1]} " if namespace and owner else f"[{word}] "
    if program.name == "ddclient":
        # ddclient.in's _log: sprintf("%-8s ", "LABEL:") and "> " before the message
        function = re.search(r"(info|warning|debug|fatal|failed|success)\($", m.group())
        return f"{function.group(1).upper() + ':':<8} > " if function else ""
    if program.name == "beets" and path.startswith("beetsplug/"):
        # beets/logging.py's LegacyFormatter: a plugin's logger "beets.<plugin>" prints "<plugin>: "
        return re.match(r"beetsplug/(\w+)", path).group(1) + ": "
    if program.name == "localsend":
        name = re.search(r"\bLogger\(\s*'([^']+)'\s*\)", src)  # logger.dart: "[name] text"
        return f"[{name.group(1)}] " if name else ""
    return ""


def _round_5_site(program: Program, src: str, m: re.Match, args: list[str], at: str, level: str,
                  template: str, fields: list[list[str]]) -> tuple[str | None, list[list[str]]]:
    """Round 5's records as each logger prints them (the time left out, as everywhere): what
    it prints before the message, read from each one's logging code and default setup."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    head = _ROUND_5_HEADS.get(program.name) or _ROUND_6_HEADS.get(program.name)
    if program.rules >= 7:
        head = _ROUND_7_HEADS.get(program.name) if program.rules == 7 else _ROUND_8_HEADS.get(program.name)
    if head is not None:
        return head(src, m, args, path, int(line), level, template), fields
    if program.kv == "erltext" and program.rules >= 9:
        # (rules 9) a logjam-style formatter's record, uncoloured, the time left out: the level
        # in capitals, the pid, [module:function/arity:line], "▸ ", then the report
        place = _erlang_function(src, m.start())
        if place is None:
            return None, fields
        word = {"warn": "warning"}.get(level, level).upper()
        return f"{word} <0.%{{int}}.0> [{base.removesuffix('.erl')}:{place}:{line}] \u25b8 {template}", fields
    if program.kv == "erlwhat":
        # mongoose_flatlog_formatter (MongooseIM's): level, what, reason, the pid,
        # at=module:function/arity:line, who, the text, then the other keys
        what, _, rest = template.partition("\x00")
        word = {"warn": "warning"}.get(level, level)
        place = _erlang_function(src, m.start())
        if place is None:
            return None, fields
        module = base.removesuffix(".erl")
        middle = f" pid=<0.%{{int}}.0> at={module}:{place}:{line}"
        return f"level={word} {what}{middle}" + (" " + rest if rest else ""), fields
    if program.name == "hexpm":
        # config/config.exs: "[$level] $metadata$message", the metadata request_id only
        return f"[{'warning' if level == 'warn' else level}] {template}", []
    return template, fields


def _fluent_bit(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """flb_log.c: "[%5s] " the level; a plugin's calls "[input:tail:tail.0] " before the text."""
    head = f"[{level:>5}] "
    plugin = re.match(r"plugins/(in|out|filter|processor|custom)_(\w+)/", path)
    if m.group().startswith("flb_plg_") and plugin:
        kind = {"in": "input", "out": "output"}.get(plugin.group(1), plugin.group(1))
        head += f"[{kind}:{plugin.group(2)}:{plugin.group(2)}.0] "
    return head + text


def _unbound(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """util/log.c: "info: ", "error: ", "warning: " after the time and process (left out)."""
    word = {"error": "error", "warn": "warning"}.get(level, "info")
    return f"{word}: {text}"


def _squid(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """debug/Stream.h: "kid1| " the process, and above level 1 "section,level| file(line) function: "."""
    call = re.match(r"debugs\(\s*([\w.>-]+)\s*,\s*([\w.>-]+)\s*,", m.group())
    number = {"DBG_CRITICAL": "0", "DBG_IMPORTANT": "1", "DBG_DATA": "9", "DBG_PARSE_NOTE(1)": "1"}.get(
        call.group(2), call.group(2))
    if number in ("0", "1") or not number.isdigit():
        return "kid1| " + text
    section = call.group(1) if call.group(1).isdigit() else "%{int}"
    function = _enclosing_method(src, m.start()) or "%{name}"
    return f"kid1| {section},{number}| {path.removeprefix('src/')}({line}) {function}: {text}"


def _trafficserver(src: str, m: re.Match, args: list[str], path: str, line: int, level: str,
                   text: str) -> str:
    """DbgCtl.cc: the thread's name, "DIAG: " with the call's place "<file.cc:12 (function)>"
    (show_location's default) and "(tag) ", the debug control's tag; "NOTE: ", "WARNING: "...
    for the others."""
    thread = "[ET_NET %{int}] "
    if m.group().startswith("Dbg("):
        control = re.match(r"Dbg\(\s*([\w.>-]+)", m.group()).group(1).split(".")[-1].split(">")[-1]
        tag = re.search(r"\b" + re.escape(control) + r"\s*[({]\s*(?:\"([^\"]+)\"|(PLUGIN_NAME|\w+))", src)
        name = tag.group(1) if tag and tag.group(1) else None
        if tag and tag.group(2):
            const = re.search(r"\b" + tag.group(2) + r"\b(?:\[\])?\s*(?:=|\s)\s*\"([^\"]+)\"", src)
            name = const.group(1) if const else None
        function = _enclosing_method(src, m.start()) or "%{name}"
        place = f"<{path.rsplit('/', 1)[-1]}:{line} ({function})> "
        return thread + "DIAG: " + place + (f"({name}) " if name else "") + text
    word = re.match(r"(\w+)\(", m.group()).group(1).upper()
    return f"{thread}{word}: {text}"


def _nats(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """server/log.go: "[INF] ", "[WRN] ", "[ERR] ", "[DBG] ", "[TRC] ", "[FTL] " after pid and time."""
    marks = {"Noticef": "INF", "Warnf": "WRN", "Errorf": "ERR", "Debugf": "DBG", "Tracef": "TRC",
             "Fatalf": "FTL"}
    call = re.search(r"(\w+)\($", m.group()).group(1)
    return f"[{marks[call]}] {text}"


def _spring_boot(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Logback as Spring Boot sets it: "%5p PID --- [%15.15t] %-40.40logger{39} : " (the main thread)."""
    word = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE"}.get(level, "INFO")
    logger = _abbreviated(_java_class(src, path), 39)[-40:]  # %-40.40: cut on the left past 40
    return f"{word:>5} %{{int}} --- [           main] {logger:<40} : {text}"


def _skywalking(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """log4j2.xml: "%c %L [%t] %-5p %x - " the class, the line, the thread, the level, an empty NDC."""
    word = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE"}.get(level, "INFO")
    return f"{_java_class(src, path)} {line} [%{{name}}] {word:<5} [] - {text}"


def _openwhisk(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Logging.scala with logback: "[LEVEL] [#tid_...] [Name] ", the name the object's class."""
    word = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG"}.get(level, "INFO")
    origin = args[0].strip() if args else ""
    read = read_args(src, m.end(), "scala")
    origin = read[0][0].strip() if read and read[0] else origin
    if origin == "this":
        owners = re.findall(r"^\s*(?:\w+\s+)*(?:class|object|trait)\s+(\w+)", src[:m.start()], re.M)
        name = owners[-1] if owners else "%{class}"
    else:
        name = _literal_text(origin, "scala") or "%{name}"
    return f"[{word}] [#tid_%{{id}}] [{name}] {text}"


def _jupyterhub(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """tornado's LogFormatter as JupyterHub sets it: "[I time JupyterHub module:line] "."""
    letter = {"warn": "W", "error": "E", "debug": "D", "critical": "C", "exception": "E"}.get(level, "I")
    return f"[{letter} JupyterHub {path.rsplit('/', 1)[-1].removesuffix('.py')}:{line}] {text}"


def _flexget(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """log.py: "{level: <8} {name: <13} {extra[task]: <15} ", the name bound in the file, the
    task's name in plugins' code (blank elsewhere)."""
    word = {"warn": "WARNING", "exception": "ERROR"}.get(level, level.upper())
    bound = re.search(r"\blogger\.bind\(\s*name\s*=\s*['\"]([\w.-]+)['\"]", src)
    name = bound.group(1) if bound else path.removesuffix(".py").replace("/", ".")
    task = "%{name}          " if path.startswith(("flexget/plugins/", "flexget/components/")) else " " * 15
    return f"{word:<8} {name:<13} {task} {text}"


def _unleash(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """log4js's console appender: "[LEVEL] category - ", the category the file's getLogger name."""
    category = re.search(r"\bgetLogger\(\s*['\"`]([^'\"`]+)['\"`]", src)
    name = re.sub(r"\$\{[^}]*\}", "%{name}", category.group(1)) if category else "default"
    return f"[{level.upper()}] {name} - {text}"


def _thelounge(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """server/log.ts: "[INFO] ", then the arguments as console.log prints them."""
    return f"[{level.upper()}] {text}"


def _hickory(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """tracing-subscriber's fmt: the level right-aligned to 5, the target (the module's path), ": "."""
    crate = re.match(r"(?:crates/([\w-]+)|bin)/src/(.*)\.rs$", path)
    if crate is None:
        return f"{level.upper():>5} {text}"
    name = "hickory_" + crate.group(1).replace("-", "_") if crate.group(1) else "hickory_dns"
    return f"{level.upper():>5} {_rust_module_path(name, crate.group(2))}: {text}"


def _rust_module_path(crate: str, file: str) -> str:
    """A Rust source file's module path as ``log`` and ``tracing`` print their target:
    ``crate::dir::file``, with ``lib``, ``main`` and ``mod`` (a crate's or a directory's own
    module) left out (``src/config/mod.rs`` -> ``crate::config``)."""
    modules = [part for part in file.split("/") if part not in ("lib", "main", "mod")]
    return "::".join([crate, *modules])


def _jackett(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """LoggingSetup.cs: "${longdate} ${level} ${message}", NLog's level names."""
    return f"{level.capitalize()} {text}"


def _snipe_it(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Laravel's Monolog line: "[time] production.LEVEL: ", empty context and extra left out."""
    return f"production.{'WARNING' if level == 'warn' else level.upper()}: {text}"


def _apisix(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """core/log.lua tail-calls ngx.log: "[lua] file.lua:12: name(): " of the calling function."""
    function = None
    for found in re.finditer(r"\bfunction\s+(?:[\w.]+[.:])?(\w+)\s*\(", src[:m.start()]):
        function = found.group(1)
    return f"[lua] {path.rsplit('/', 1)[-1]}:{line}: " + (f"{function}(): " if function else "") + text


_ROUND_5_HEADS = {
    "fluent-bit": _fluent_bit, "unbound": _unbound, "squid": _squid, "trafficserver": _trafficserver,
    "nats-server": _nats, "spring-boot": _spring_boot, "skywalking": _skywalking, "openwhisk": _openwhisk,
    "jupyterhub": _jupyterhub, "flexget": _flexget, "unleash": _unleash, "thelounge": _thelounge,
    "hickory-dns": _hickory, "jackett": _jackett, "snipe-it": _snipe_it, "apisix": _apisix,
}


# ---------------------------------------------------------------- round 6's call styles and heads


def _round_6_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 6's calls that say it otherwise: a priority named among the
    arguments (logcat's ``LogPriority.WARN``, Netdata's ``NDLP_ERR``, Unit's ``NXT_LOG_INFO``),
    Icinga's severities, Chronicles' and Penpot's short words, Ansible's verbosity."""
    call = m.group()
    if call.startswith("logcat"):  # logcat's priority, DEBUG unless one is given
        named = re.match(r"\s*\(\s*(?:priority\s*=\s*)?LogPriority\.(\w+)", src[m.end():m.end() + 200])
        word = named.group(1).lower() if named else "debug"
        return {"warn": "warn", "error": "error", "info": "info", "assert": "error"}.get(word, "debug")
    named = re.search(r"\b(?:NDLP|NXT_LOG)_(\w+)", call)
    if named:
        return {"ERR": "error", "CRIT": "error", "ALERT": "alert", "EMERG": "alert", "WARNING": "warn",
                "WARN": "warn", "NOTICE": "notice", "INFO": "info"}.get(named.group(1), "debug")
    if program.name == "icinga2":
        word = re.search(r"Log(Debug|Notice|Information|Warning|Critical)", call).group(1)
        return {"Information": "info", "Warning": "warn", "Critical": "error"}.get(word, word.lower())
    if program.name == "ansible":
        verbosity = re.search(r"\.(v+)\($", call)
        return "debug" if verbosity else level
    short = re.search(r"\b(inf|wrn|err|dbg|trc)\b", call)
    if short:  # Penpot's l/inf, l/wrn
        return {"inf": "info", "wrn": "warn", "err": "error", "dbg": "debug", "trc": "trace"}[short.group(1)]
    if program.name == "unit" and re.match(r"nxt_(?:log_)?alert\(", call):
        return "alert"
    if program.name == "redpanda":  # the method of the logger the call names: vlog(clusterlog.warn, ...)
        return re.search(r"\.(\w+)\s*,$", call).group(1)
    return level


def _with_round_6_head(program: Program, src: str, m: re.Match, site: Site | None) -> Site | None:
    """A site read without parentheses or with a lambda, with what a round 6 logger prints
    before its message and the fields it prints (earlier rounds' programs read as before)."""
    if site is None or program.rules < 6:
        return site
    template, fields = _round_5_site(program, src, m, [], site.at, site.level, site.template, site.fields)
    if template is None:
        return None
    fields = _round_6_fields(program, src, site.at, fields)
    return Site(site.at, site.level, template, _round_8_fields(program, src, site.at, fields)
                if program.rules >= 8 else fields)


def _round_6_call(program: Program, src: str, m: re.Match) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 6's calls whose message is not the arguments of a call:
    a stream after the call, a Clojure form's keywords, a Chronicles statement; None for the
    others."""
    lang = _LEXER.get(program.language, program.language)
    if program.fmt == "stream" and program.call.endswith(","):
        return _stream_after_call(program, src, m, lang)
    if program.kv == "cljkw":
        return _keyword_form(program, src, m, lang)
    if program.kv == "nim":
        return _chronicles(program, src, m, lang)
    return None


def _stream_after_call(program: Program, src: str, m: re.Match, lang: str
                       ) -> tuple[str | None, list[list[str]]]:
    """Icinga's ``Log(severity, facility) << "text" << value;``: the message is streamed into
    the object the call makes, or given as the call's third argument."""
    read = read_args(src, m.start() + m.group().index("(") + 1, lang)
    if read is None:
        return None, []
    args, end = read
    if len(args) > 2:
        return _concatenated(_plus_operands(args[2], lang), lang, program.rules), []
    statement_end = _statement_end(src, end, lang, '"', lambda at: src[at] == ";")
    streamed = src[end:statement_end].strip() if statement_end is not None else ""
    if not streamed.startswith("<<"):
        return None, []
    return _concatenated(_stream_operands(streamed[2:], lang), lang, program.rules), []


def _plus_operands(arg: str, lang: str) -> list[str]:
    """``"text " + value + " more"``: the operands of a top-level concatenation."""
    return [operand for operand in _top_level_operands(arg, "+", lang) if operand]


def _form_items(src: str, k: int, lang: str) -> tuple[list[str], int] | None:
    """The items of a Lisp form from ``src[k]`` to its closing parenthesis: literals, nested
    forms and atoms separated by spaces (commas are spaces in Clojure)."""
    items: list[str] = []
    while k < len(src):
        ch = src[k]
        if ch in " \t\n\r,":
            k += 1
        elif ch == ";":
            end = src.find("\n", k)
            k = end if end > 0 else len(src)
        elif ch == ")":
            return items, k + 1
        elif ch == '"':
            lit = read_literal(src, k, lang)
            if lit is None:
                return None
            items.append(src[k:lit[1]])
            k = lit[1]
        elif ch in "([{" or (ch in "#'@^" and src[k + 1:k + 2] in "([{"):
            start = k
            k += 1 if ch in "([{" else 2
            depth = 1
            while k < len(src) and depth:
                if src[k] == '"':
                    lit = read_literal(src, k, lang)
                    if lit is None:
                        return None
                    k = lit[1]
                    continue
                depth += 1 if src[k] in "([{" else -1 if src[k] in ")]}" else 0
                k += 1
            items.append(src[start:k])
        else:
            atom = re.match(r"[^\s,()\[\]{}\"]+", src[k:])
            if atom is None:
                return None
            items.append(atom.group())
            k += atom.end()
    return None


def _keyword_form(program: Program, src: str, m: re.Match, lang: str) -> tuple[str | None, list[list[str]]]:
    """Penpot's ``(l/warn :hint "text" :id id ::l/sync? true)``: app.common.logging prints
    ``key=value`` of each simple keyword, joined by ", ", the values as ``pr-str`` prints them
    (a string quoted); ``:cause`` is printed after the record, namespaced keys not at all."""
    read = _form_items(src, m.end(), lang)
    if read is None:
        return None, []
    items = read[0]
    out: list[str] = []
    pairs = [(key, items[index + 1]) for index, key in enumerate(items[:-1]) if key.startswith(":")]
    for key, value in pairs:
        if not re.fullmatch(r":[\w?!*-]+", key) or key == ":cause":
            continue
        name = key[1:]
        text = _clojure_text(value, lang)
        if text is not None:
            out.append(f'{name}="{text}"')
        else:
            out.append(f"{name}={_slot(kind_of_field(name.replace('-', '_'), value, lang), '')}")
    return (", ".join(out) if out else None), []


def _clojure_text(value: str, lang: str) -> str | None:
    """A string value's template: a literal, ``(str "a" x)``, ``(format "a %s" x)``."""
    literal = _literal_text(value, lang)
    if literal is not None:
        return literal.replace("%", "%%")
    call = re.match(r"\((str|format|fmt/format)\s", value)
    items = _form_items(value, call.end(), lang) if call else None
    if not items or not items[0]:
        return None
    if call.group(1) == "str":
        return _concatenated(items[0], lang, 6)
    parts = pieces(items[0][0], lang, 6)
    return build(parts, items[0][1:], "printf", lang, rules=6) if parts is not None else None


def _chronicles(program: Program, src: str, m: re.Match, lang: str) -> tuple[str | None, list[list[str]]]:
    """Chronicles' ``info "Event", key = value, other``: a constant message, then properties
    (a bare name is its own key), the statement going on over lines that end in a comma."""
    end = _statement_end(src, m.end(), lang, '"',
                         lambda at: src[at] == "\n" and not src[m.end():at].rstrip().endswith(","))
    if end is None:
        return None, []
    read = read_args(src[m.end():end] + ")", 0, lang)
    if read is None or not read[0]:
        return None, []
    message = _literal_text(read[0][0], lang)
    if message is None:
        return None, []
    fields = []
    for arg in read[0][1:]:
        pair = re.match(r"^(\w+)\s*=(?!=)\s*(.+)$", arg, re.S)
        key, value = (pair.group(1), pair.group(2)) if pair else (arg, arg)
        if re.fullmatch(r"\w+", key):
            fields.append([key, kind_of_field(key, value.strip(), lang)])
    topics = re.search(r"^logScope:\s*\n\s+topics\s*=\s*\"([^\"]+)\"", src, re.M)
    if topics:  # the file's logScope: a constant property printed after the call's
        fields.append(["topics", "=" + topics.group(1)])
    return message.replace("%", "%%"), fields


def _round_6_arguments(program: Program, m: re.Match, args: list[str]) -> list[str]:
    """Round 6's arguments as the common reading takes them: a context first (slog's
    ``InfoContext(ctx, ...)``) or Duplicati's tag, id and exception before the message are not
    in the text."""
    lang = _LEXER.get(program.language, program.language)
    if re.search(r"Context\($", m.group()) and args:
        return args[1:]
    if program.name == "duplicati" and len(args) > 2:
        message = args[2:]
        if (len(message) > 1 and _literal_text(message[0], lang) is None
                and pieces(message[1], lang) is not None):
            message = message[1:]  # (tag, id, exception, message, args)
        return message
    return args


def _round_6_parts(program: Program, parts: list) -> list:
    """A message's pieces as round 6's formatters print them: Unit's conversions spelled as
    printf's, Spark's ``MDC(KEY, value)`` printing its value."""
    if program.name == "unit":
        return [_nxt_format(part) if isinstance(part, str) else part for part in parts]
    if program.name == "rspamd" and program.rules >= 14:  # (rules 14) rspamd_printf's conversions
        return [_rspamd_format(part) if isinstance(part, str) else part for part in parts]
    kept = []
    for part in parts:
        mdc = re.fullmatch(r"MDC\(\s*[\w.]+\s*,\s*(.+)\)", part[1], re.S) if isinstance(part, tuple) else None
        kept.append((part[0], mdc.group(1).strip(), *part[2:]) if mdc else part)
    return kept


def _ruby_format(arg: str, lang: str) -> str:
    """Ruby's ``"text %s" % value`` (or ``% [a, b]``) as the ``format`` call it is."""
    at = _top_level(arg, "%", lang)
    if at is None or read_literal(arg.strip(), 0, lang) is None:
        return arg
    operands = arg[at + 1:].strip()
    if operands.startswith("[") and operands.endswith("]"):
        operands = operands[1:-1]
    return f"format({arg[:at].strip()}, {operands})"


# nxt_sprintf's conversions (src/nxt_sprintf.c): "%[0][width][u][x|X]type", the types printed as
# printf's are: strings (%V an nxt_str_t, %FN a file name), numbers (%D, %L, %O, %T, %M, %z and
# the process and descriptor numbers %PI %PT %PH %PF %FD, %E an errno), and %Z, %N printing a
# NUL or a new line (here nothing)
_NXT_CONVERSION = re.compile(r"%([-0-9.*]*)(u?)([xX]?)(u?)(PI|PT|PH|PF|FD|FN|V|E|D|L|O|T|M|z|s|d|i|p|c|f|b|A"
                             r"|Z|N|n|l)")
_NXT_TYPES = {"V": "s", "FN": "s", "s": "s", "l": "s", "A": "s", "p": "p", "c": "c", "f": "f", "Z": "",
              "N": "", "n": ""}


# rspamd_printf's conversions (src/libutil/printf.h): "%[0][width][u][x|X|h|H|b|B]type", numbers
# (%d, %l, %D, %L, %z, %O, %r, %t, %P a pid), strings (%s, %xs/%bs/%Bs encoded, %V, %T a token, %v a
# GString, %e a GError), %*s a length and a string, %Z and %N a NUL or a new line (here nothing)
_RSPAMD_CONVERSION = re.compile(r"%([-0-9.*]*)(u?)([xXhHbB]?)(O|T|z|d|l|D|L|f|F|g|G|P|r|p|V|v|s|Z|N|c|t|e)")


def _rspamd_format(text: str) -> str:
    """rspamd's format text with its conversions spelled as printf's (``%ud`` as ``%u``)."""
    def one(found: re.Match) -> str:
        width, unsigned, flag, kind = found.groups()
        if kind in "ZN":
            return ""
        if kind in "sVTve" or flag in "hH" and flag:
            return "%" + width + "s"
        if kind in "fFgG":
            return "%" + width.replace("*", "") + "f"
        if kind in "pc":
            return "%" + kind
        return "%" + width + ("x" if flag in ("x", "X") else "u" if unsigned else "d")
    return re.sub(r"%%|" + _RSPAMD_CONVERSION.pattern, lambda f: f.group() if f.group() == "%%" else one(f), text)


def _nxt_format(text: str) -> str:
    """Unit's format text with its conversions spelled as printf's (``%V`` as ``%s``)."""
    def one(found: re.Match) -> str:
        width, unsigned, hexadecimal, unsigned_after, kind = found.groups()
        conv = _NXT_TYPES.get(kind, "x" if hexadecimal else "u" if unsigned or unsigned_after else "d")
        return "%" + width + conv if conv else ""
    return "%%".join(_NXT_CONVERSION.sub(one, piece) for piece in text.split("%%"))


def _tag_keys(files: dict[str, str]) -> dict[str, str]:
    """Temporal's tag helpers (common/log/tag): ``func WorkflowID(...) ZapTag { return
    NewStringTag(WorkflowIDKey, ...)`` names the key the field prints (a constant of the tag
    package's files); ``tag.Error(err)`` is zap's "error"."""
    package = [src for src in files.values()
               if re.search(r"^package tag$", src, re.M) and ") ZapTag {" in src]
    constants = _go_string_constants(package)
    keys = {"Error": "error"}
    for src in package:
        helpers = r"^func (\w+)\([^)]*\) ZapTag \{\s*return New\w*\(\s*(\"[^\"]*\"|\w+)"
        for m in re.finditer(helpers, src, re.M):
            key = m.group(2)
            keys[m.group(1)] = key.strip('"') if key.startswith('"') else constants.get(key, "")
    return {name: key for name, key in keys.items() if key}


_TAGS: dict[str, str] = {}


def _tag_fields(args: list[str], lang: str) -> list[list[str]]:
    """``tag.WorkflowID(id)``: the field its helper names, the kind of the value given."""
    fields = []
    for arg in args:
        helper = re.match(r"tag\.(\w+)\((.*)\)$", arg.strip(), re.S)
        if helper and helper.group(1) in _TAGS:
            key = _TAGS[helper.group(1)]
            fields.append([key, kind_of_field(key, helper.group(2), lang)])
    return fields


def _seastar_loggers(gitdir: pathlib.Path, program: Program) -> dict[str, str]:
    """Redpanda's ``inline ss::logger clusterlog("cluster");``: the name each logger prints."""
    headers = source_files(gitdir, dataclasses.replace(program, files=("src/v/*.h", "src/v/*.cc")))
    names = {}
    for src in headers.values():
        for m in re.finditer(r"\b(?:ss::|seastar::)?logger\s+(\w+)\s*[({]\s*\"([^\"]+)\"", src):
            names[m.group(1)] = m.group(2)
    return names


_LOGGERS: dict[str, str] = {}


def _pgbouncer(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """lib/usual/logging.c: "[pid] LOG " (the level's tag); util.c: slog_ calls add the socket,
    "C-0x55d0c8a0: db/user@host:port " (S- for a server's)."""
    tag = {"error": "ERROR", "warning": "WARNING", "warn": "WARNING", "debug": "DEBUG", "noise": "NOISE",
           "fatal": "FATAL"}.get(re.search(r"log_(\w+)\(", m.group()).group(1), "LOG")
    head = f"[%{{int}}] {tag} "
    socket = re.match(r"slog_\w+\(\s*([\w>.&-]+)", m.group())
    if socket:
        letter = "S" if "server" in socket.group(1) else "C"
        head += f"{letter}-0x%{{hex}}: %{{name}}/%{{user}}@%{{ip}}:%{{port}} "
    return head + text


def _netdata(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """nd_log's logfmt (its default; nd_log-internals.c's field order): the program, the source,
    the level, the thread, then the message."""
    source = "collector" if re.search(r"collector_|NDLS_COLLECTORS", m.group()) else "daemon"
    word = {"warn": "warning", "error": "err"}.get(level, level)
    quoted = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'comm=netdata source={source} level={word} tid=%{{int}} thread=%{{name}} msg="{quoted}"'


def _unit(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """nxt_log.c: "[level] pid#tid " before the message."""
    return f"[{level}] %{{int}}#%{{int}} {text}"


def _redpanda(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """seastar's logger: "LEVEL  [shard 0:main] name - ", vlog adding "file.cc:12 - "."""
    variable = re.search(r"(\w+)\.\w+\s*,$", m.group()).group(1)
    name = _LOGGERS.get(variable)
    if name is None:  # a context logger (retry_chain_logger ctxlog(log, ...)): its parent's name
        parent = re.search(r"\b" + variable + r"\s*[({]\s*(?:\w+::)*(\w+)", src)
        name = _LOGGERS.get(parent.group(1)) if parent else None
    place = f"{path.rsplit('/', 1)[-1]}:{line}"
    return f"{level.upper():<5} [shard %{{int}}:main] {name or '%{name}'} - {place} - {text}"


def _icinga2(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """lib/base/logger.cpp: "severity/facility: " after the time."""
    word = re.search(r"Log(Debug|Notice|Information|Warning|Critical)", m.group()).group(1).lower()
    read = read_args(src, m.start() + m.group().index("(") + 1, "c")
    facility = _literal_text(read[0][1], "c") if read and len(read[0]) > 1 else None
    return f"{word}/{facility or '%{name}'}: {text}"


def _synapse(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """The log config Synapse generates: "name - lineno - LEVEL - request - " after the time."""
    word = {"warn": "WARNING", "exception": "ERROR"}.get(level, level.upper())
    module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    return f"{module} - {line} - {word} - %{{id}} - {text}"


def _ansible(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """utils/display.py: "[WARNING]: ", "[ERROR]: ", debug's "pid time: ", a verbose line's host."""
    method = re.search(r"\.(\w+)\($", m.group()).group(1)
    if method == "warning":
        return "[WARNING]: " + text
    if method == "error":
        return "[ERROR]: " + text
    if method == "debug":
        return "%{int} %{float}: " + text
    if method.startswith("v") and any(re.match(r"host\s*=", a.strip()) for a in args):
        return "<%{host}> " + text
    return text


def _activemq(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """conf/log4j2.properties' file layout: "%d | %-5p | %m | %c | %t": the message between
    the level and the logger, the thread after."""
    return f"{level.upper():<5} | {text} | {_java_class(src, path)} | %{{name}}"


def _delta(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Spark's log4j2 layout: "%p %c{1}: " after the time, the class's simple name."""
    word = {"warning": "WARN", "warn": "WARN"}.get(level, level.upper())
    owners = re.findall(r"^\s*(?:[\w\[\]]+\s+)*(?:class|object|trait)\s+(\w+)", src[:m.start()], re.M)
    return f"{word} {owners[-1] if owners else '%{class}'}: {text}"


def _mihon(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """logcat as adb prints it (threadtime, time left out): pid, tid, the priority's letter and
    the tag, the calling class's name."""
    owners = re.findall(r"^\s*(?:[\w]+\s+)*(?:class|object|interface)\s+(\w+)", src[:m.start()], re.M)
    tag = owners[-1] if owners else path.rsplit("/", 1)[-1].removesuffix(".kt") + "Kt"
    return f"%{{int}} %{{int}} {level[0].upper()} {tag}: {text}"


def _stats(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Kit/plugins/Logger.swift: "file.swift:12 DBG [category] " after the time, the category a
    module's logger's (``log: self.log``)."""
    word = {"debug": "DBG", "error": "ERR"}.get(level, "INF")
    category = "[%{name}] " if any(re.match(r"log\s*:", a.strip()) for a in args) else ""
    return f"{path.rsplit('/', 1)[-1]}:{line} {word} {category}{text}"


def _vaultwarden(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """src/main.rs's fern format: "[target][LEVEL] " after the time, the target the module's path."""
    target = _rust_module_path("vaultwarden", path.removeprefix("src/").removesuffix(".rs"))
    return f"[{target}][{level.upper()}] {text}"


def _invidious(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """helpers/logger.cr: "[level] " after the time."""
    return f"[{level}] {text}"


def _freshrss(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Minz_Log::record: "[level] --- " after the date."""
    return f"[{'warning' if level == 'warn' else level}] --- {text}"


def _duplicati(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Duplicati's log line: "[Level-Tag-Id]: " after the time, the tag the logging class's full
    name (``Log.LogTagFromType<T>()``), the id a constant of the call."""
    read = read_args(src, m.start() + m.group().index("(") + 1, "csharp")
    if read is None or len(read[0]) < 2:
        return text
    call_args = read[0][1:] if m.group().startswith("Log.WriteMessage") else read[0]
    word = re.search(r"LogMessageType\.(\w+)|Write(\w+)Message", m.group())
    word = word.group(1) or word.group(2)
    tag = _duplicati_tag(src, call_args[0].strip().rsplit(".", 1)[-1]) or "%{name}"
    ident = _literal_text(call_args[1], "csharp") or "%{name}"
    return f"[{word}-{tag}-{ident}]: {text}"


def _duplicati_tag(src: str, name: str, depth: int = 0) -> str | None:
    """The text of a log tag constant the file defines: a class's full name
    (``LogTagFromType<T>()``), a literal (``"Timer"``) or another tag, each with literals after
    it (``LOGTAG_RETENTION = DeleteHandler.LOGTAG + ":RetentionPolicy"``); None otherwise."""
    defined = re.search(r"\b" + re.escape(name) + r"\s*=\s*([^;]+);", src)
    if defined is None or depth > 3:
        return None
    base, *suffixes = [part.strip() for part in defined.group(1).split("+")]
    if not all(re.fullmatch(r'"[^"\\{}%]*"', suffix) for suffix in suffixes):
        return None
    typed = re.fullmatch(r"(?:\w+\.)*LogTagFromType(?:<(\w+)>\(\)|\(typeof\((\w+)\)\))", base)
    namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
    if typed:
        head = f"{namespace.group(1)}.{typed.group(1) or typed.group(2)}" if namespace else None
    elif re.fullmatch(r'"[^"\\{}%]*"', base):
        head = base[1:-1]
    elif re.fullmatch(r"(?:\w+\.)?\w+", base):
        head = _duplicati_tag(src, base.rsplit(".", 1)[-1], depth + 1)
    else:
        head = None
    return head + "".join(suffix[1:-1] for suffix in suffixes) if head else None


def _penpot(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """backend/resources/log4j2.xml: "%level{length=1} %logger{36} - " after the time, the
    logger the file's namespace."""
    namespace = re.search(r"^\(ns\s+\^?[\w{}:\s]*?([\w.-]+)\s*$", src, re.M)
    return f"{level[0].upper()} {namespace.group(1) if namespace else '%{name}'} - {text}"


_ROUND_6_HEADS = {
    "pgbouncer": _pgbouncer, "netdata": _netdata, "unit": _unit, "redpanda": _redpanda, "icinga2": _icinga2,
    "synapse": _synapse, "ansible": _ansible, "activemq": _activemq, "delta": _delta, "mihon": _mihon,
    "stats": _stats, "vaultwarden": _vaultwarden, "invidious": _invidious, "freshrss": _freshrss,
    "duplicati": _duplicati, "penpot": _penpot,
}

# ---------------------------------------------------------------- round 7's call styles and heads


def _round_7_call(program: Program, src: str, m: re.Match, lang: str
                  ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 7's calls whose message is not a call's arguments: a
    stream the call opens (glog's ``LOG(INFO) << "text" << value;``), Clojure's
    tools.logging forms; None for the others."""
    if program.fmt == "stream" and m.group().rstrip().endswith("<<"):
        end = _statement_end(src, m.end(), lang, '"', lambda at: src[at] == ";")
        if end is None:
            return None, []
        streamed = src[m.end():end]
        # a macro's first argument (PowerDNS's SLOG(g_log << ... << endl, structured call)) ends
        # at its comma
        comma = _top_level(streamed, ",", lang)
        operands = _stream_operands(streamed[:comma], lang)
        if program.name == "pdns" and operands:
            operands = _pdns_prefix(src, m.start(), operands[0]) + operands[1:]
        if program.name == "userver":
            # (slip, userver) a LogExtra streamed into the record (<< log_extra_, <<
            # command->GetLogExtra(), << logging::LogExtra{…}) adds the record's tskv fields,
            # not text (log_helper.cpp's operator<<(const LogExtra&))
            operands = [op for op in operands if op[:1] == '"' or not _USERVER_LOG_EXTRA.search(op)]
        return _concatenated(operands, lang, program.rules), []
    if program.language == "clojure" and program.kv == "":
        return _tools_logging(src, m, lang, program.name == "xtdb", program.rules), []
    return None


# (slip, userver) what names a LogExtra: a variable, a member, a getter, the type
_USERVER_LOG_EXTRA = re.compile(r"\blog_extra\w*|LogExtra")

# (slip, PowerDNS) the message prefixes set outside the file that streams them
# (webserver.hh's d_logprefix)
_PDNS_PREFIXES = {"d_logprefix": ['"[webserver] "']}


def _pdns_prefix(src: str, at: int, operand: str, depth: int = 0) -> list[str]:
    """A PowerDNS call's first operand when it is a message prefix variable (``logPrefix``,
    ``ctx.msgPrefix``, ``req.logprefix``): the operands its assignment in the file joins with
    ``+`` (the last one before the call, else the first after it), so that its literal text
    is printed as text and not as one value glued to the message; any other operand as it is."""
    if operand.strip() == "__PRETTY_FUNCTION__":
        return [json.dumps(_pretty_function(src, at))]
    name = re.fullmatch(r"(?:\w+(?:\.|->))?(\w*[Pp]refix|\w*[Tt]ype)", operand.strip())
    if name is None or depth > 2:
        return [operand]
    found = list(re.finditer(r"^[ \t]*(?:(?:static|const|std::|string|auto|&)\s*)*(?:\w+\.)?"
                             + name.group(1) + r"\s*=\s*([^;=][^;]*);", src, re.M))
    before = [f for f in found if f.start() < at]
    chosen = before[-1] if before else (found[0] if found else None)
    if chosen is not None and re.fullmatch(r'[^?"]+\?\s*"[^"]*"\s*:\s*"[^"]*"\s*', chosen.group(1)):
        return [chosen.group(1)]  # string xfrType = isAXFR ? "AXFR" : "IXFR": one of its texts
    if chosen is None or not name.group(1).lower().endswith("prefix"):
        return _PDNS_PREFIXES.get(name.group(1), [operand])
    joined = []
    for part in _top_level_operands(chosen.group(1), "+", "c"):
        joined += _pdns_prefix(src, at, part, depth + 1) if part != operand.strip() else [part]
    return joined


def _pretty_function(src: str, at: int) -> str:
    """``__PRETTY_FUNCTION__`` at ``src[at]``: the enclosing function's head as its definition
    writes it, the parameters' names and defaults left out (GCC prints it so, with the types
    spelled in full: a constant text of the call site either way)."""
    heads = list(re.finditer(r"^([A-Za-z_][\w:<>,*& ]*?[\s*&])?(~?[A-Za-z_][\w:~]*)\s*\(([^()]*)\)"
                             r"\s*(const\b)?[^;{()]*\{", src[:at], re.M))
    head = heads[-1] if heads else None
    if head is None:
        return "f()"
    params = []
    for param in head.group(3).split(","):
        param = re.sub(r"\s*=.*$", "", param.strip(), flags=re.S)
        named = re.search(r"[\w>*&]\s*[*&]?\s*[A-Za-z_]\w*$", param) and re.search(r"[ *&]", param)
        typed = re.sub(r"\s*\b[A-Za-z_]\w*$", "", param) if named else param
        params.append(" ".join(typed.split()))
    kind = " ".join((head.group(1) or "").split())
    return (kind + " " if kind else "") + f"{head.group(2)}({', '.join(p for p in params if p)})" + (
        " const" if head.group(4) else "")


def _tools_logging(src: str, m: re.Match, lang: str, str_joined: bool = False, rules: int = 2) -> str | None:
    """clojure.tools.logging's ``(info "text" value)``: the arguments printed as ``print``
    does, separated by spaces; ``(infof "text %s" value)`` a format; a throwable before them
    (a name, then a literal) is printed after the record, not in the text; under rules 17 a
    macro's generated name (``e#``) or a keyword's look-up (``(:throwable ctx)``) too."""
    read = _form_items(src, m.end(), lang)
    if read is None or not read[0]:
        return None
    items = read[0]
    thrown = r"[\w.-]+#?|\(:[\w-]+\s+[^()\s]+\)" if rules >= 17 else r"[\w.-]+"
    if len(items) > 1 and re.fullmatch(thrown, items[0].strip()) and items[1].startswith('"'):
        items = items[1:]
    if m.group().endswith("f"):
        parts = pieces(items[0], lang, 7)
        return build(parts, items[1:], "printf", lang, rules=7) if parts is not None else None
    spaced: list[str] = []
    for item in items:
        joined = _form_items(item, 5, lang) if str_joined and re.match(r"\(str\s", item) else None
        # (slip, XTDB) an item (str a b) prints a, then b, with no space between
        spaced += [*(['" "'] if spaced else []), *(joined[0] if joined else [item])]
    return _concatenated(spaced, lang, 7)


def _round_7_arguments(program: Program, m: re.Match, args: list[str]) -> list[str]:
    """Round 7's arguments as the common reading takes them: Dubbo's error-coded warnings
    ``warn(CODE, cause, extended, message, exception)`` have their message fourth; pm2's
    message prefixes are its constants' texts."""
    lang = _LEXER.get(program.language, program.language)
    if program.name == "dubbo" and len(args) >= 4 and _literal_text(args[0], lang) is None \
            and _literal_text(args[1], lang) is not None:
        return args[3:]
    if program.name == "pm2":
        constant = r"\b(?:conf|cst)\.((?:PREFIX_MSG|PM2_IO_MSG)\w*)\b"
        texts = [re.sub(r"\$\{\s*" + constant + r"\s*\}",
                        lambda found: _ROUND_7_CONSTANTS.get(found.group(1), ""), arg) for arg in args]
        return [re.sub(constant, lambda found: json.dumps(_ROUND_7_CONSTANTS.get(found.group(1), "")), text)
                for text in texts]
    if lang == "elixir" and args:
        if program.name in _SLIPS32:  # (slips32) Commanded's lazy fn -> … end: its body the message
            args = [_slips32_fn_body(args[0]), *args[1:]]
        return [_elixir_joined(args[0]), *args[1:]]
    if (program.render == "pino" and len(args) > 1 and re.fullmatch(r"[\w.]+", args[0].strip())
            and _literal_text(args[1], lang) is not None):
        # pino's logger.error(err, "text"): an error first is serialized under "err"
        return ["{ err: " + args[0].strip() + " }", *args[1:]]
    return args


def _elixir_joined(arg: str) -> str:
    """Elixir's ``"text #{x} " <> "more" <> name`` as the one interpolated string it makes."""
    operands = []
    rest = arg
    while (at := _top_level(rest, "<>", "elixir")) is not None:
        operands.append(rest[:at].strip())
        rest = rest[at + 2:]
    operands.append(rest.strip())
    if len(operands) == 1:
        return arg
    inner = []
    for operand in operands:
        literal = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', operand, re.S)
        inner.append(literal.group(1) if literal else "#{" + operand + "}")
    return '"' + "".join(inner) + '"'


# the string constants a round 7 program's head or prefixes print: Dubbo's error codes, pm2's
# message prefixes (filled per program)
_ROUND_7_CONSTANTS: dict[str, str] = {}


def _round_7_constants(program: Program, files: dict[str, str]) -> dict[str, str]:
    """Dubbo's ``String NAME = "0-1";`` error codes; pm2's ``PREFIX_MSG: chalk.green('[PM2] ')``
    (chalk prints the text alone where the output is not a terminal)."""
    found: dict[str, str] = {}
    for path, src in files.items():
        if program.name == "dubbo" and path.endswith("/LoggerCodeConstants.java"):
            found.update(re.findall(r"\bString\s+([A-Z_]\w*)\s*=\s*\"([^\"\\]*)\"", src))
        if program.name == "pm2" and path == "constants.js":
            found.update(re.findall(r"\b((?:PREFIX_MSG|PM2_IO_MSG)\w*)\s*:\s*chalk(?:\.\w+)+\(\s*'([^'\\]*)'\s*\)",
                                    src))
    return found


def _lighttpd(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """log.c's log_buffer_prefix: "(file.c.123) " after the time, the call's file and line."""
    return f"({path.rsplit('/', 1)[-1]}.{line}) {text}"


def _coturn(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """ns_turn_utils.c: the level's word and a space after the time ("INFO ", "WARNING ")."""
    word = re.search(r"TURN_LOG_LEVEL_(\w+)", m.group()).group(1)
    return f"{word} {text}"


def _glog(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """glog's prefix with the date and time left out: the severity's letter, the thread's id
    and the call's "file.cc:123] "."""
    letter = re.search(r"LOG\((\w)", m.group()).group(1)
    return f"{letter} %{{int}} {path.rsplit('/', 1)[-1]}:{line}] {text}"


def _jetty(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """jetty-slf4j-impl's StdErrAppender: ":LEVEL:logger:thread: " after the time, the level
    padded to 5, the logger's packages condensed to their first letters (oejs.Server)."""
    name = _java_class(src, path).split(".")
    condensed = "".join(part[:1] for part in name[:-1]) + "." + name[-1] if len(name) > 1 else name[0]
    return f"{level.upper():<5}:{condensed}:%{{name}}: {text}"


def _dubbo(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """FailsafeLogger's " [DUBBO] message, dubbo version: 3.3.0, current host: 10.0.0.1", an
    error-coded call's code, cause and instructions after it, under the log4j pattern
    Dubbo's documentation ships ("%t %5p %c{2}: ")."""
    tail = ", dubbo version: %{version}, current host: %{ip}"
    read = read_args(src, m.end(), "java")
    call = read[0] if read else []
    coded = len(call) >= 4 and _literal_text(call[0], "java") is None
    if coded and _literal_text(call[1], "java") is not None:
        code = _ROUND_7_CONSTANTS.get(call[0].strip().rsplit(".", 1)[-1])
        cause = (_literal_text(call[1], "java") or "").replace("%", "%%")
        extended = _literal_text(call[2], "java")
        extended = extended.replace("%", "%%") if extended is not None else "%{text}"
        if code and re.fullmatch(r"\d+-\d+", code):
            major, minor = code.split("-")
            tail += (f", error code: {code}. This may be caused by {cause}, go to "
                     f"https://dubbo.apache.org/faq/{major}/{minor} to find instructions. {extended}")
    logger = ".".join(_java_class(src, path).split(".")[-2:])
    return f"%{{name}} {level.upper():>5} {logger}:  [DUBBO] {text}{tail}"


def _ort(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """cli/src/main/resources/logback.xml: "[%t] %-5level %logger - " after the time, the
    logger the calling class (log4j-api-kotlin's ``logger``)."""
    package = re.search(r"^package\s+([\w.]+)", src, re.M)
    owners = re.findall(r"^\s*(?:[\w]+\s+)*(?:class|object|interface)\s+(\w+)", src[:m.start()], re.M)
    owner = owners[-1] if owners else path.rsplit("/", 1)[-1].removesuffix(".kt") + "Kt"
    name = f"{package.group(1)}.{owner}" if package else owner
    return f"[%{{name}}] {level.upper():<5} {name} - {text}"


def _kyuubi(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """conf/log4j2.xml.template: "%p %tn %c: " after the time, the logger the class's name."""
    owners = re.findall(r"^\s*(?:[\w\[\]]+\s+)*(?:class|object|trait)\s+(\w+)", src[:m.start()], re.M)
    package = re.search(r"^package\s+([\w.]+)", src, re.M)
    owner = owners[-1] if owners else path.rsplit("/", 1)[-1].removesuffix(".scala")
    name = f"{package.group(1)}.{owner}" if package else owner
    return f"{level.upper()} %{{name}} {name}: {text}"


def _localstack(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """logging/format.py's LOG_FORMAT: "LEVEL --- [thread] name : " after the time, the level
    right-aligned to 5, the module's name compressed to 26 and padded."""
    word = {"warning": "WARN", "warn": "WARN", "critical": "FATAL", "exception": "ERROR"}.get(
        level, level.upper())
    module = path.removeprefix("localstack-core/").removesuffix(".py").removesuffix("/__init__")
    name = module.replace("/", ".")
    return f"{word:>5} --- [%{{name}}] {_compressed_name(name, 26):<26} : {text}"


def _compressed_name(name: str, length: int) -> str:
    """LocalStack's compress_logger_name: the parts from the right kept whole while they fit
    ``length``, those left of them cut to their first letter."""
    if len(name) <= length:
        return name
    parts = name.split(".")[::-1]
    kept: list[str] = []
    size = len(parts) * 2 - 1
    for index, part in enumerate(parts):
        if size + len(part) - 1 > length:
            kept += [p[0] for p in parts[index:]]
            break
        size += len(part) - 1
        kept.append(part)
    return ".".join(kept[::-1])


def _cert_manager(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """logr over klog's text format: the message quoted (klog's head, with the time, left out
    as for klog's other programs)."""
    return json.dumps(text, ensure_ascii=False)


def _surrealdb(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """tracing-subscriber's compact format (telemetry/logs): "LEVEL target: " after the time,
    the level right-aligned to 5, the target the module's path."""
    crates = (("surrealdb/core/src/", "surrealdb_core"), ("surrealdb/server/src/", "surrealdb_server"),
              ("surrealdb/src/", "surrealdb"), ("src/", "surreal"))
    crate, file = next(((name, path.removeprefix(prefix)) for prefix, name in crates
                        if path.startswith(prefix)), ("surreal", path))
    return f"{level.upper():>5} {_rust_module_path(crate, file.removesuffix('.rs'))}: {text}"


def _puppet(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Puppet's console destination: the level's name capitalized and ": " ("Notice: ")."""
    word = {"warn": "Warning", "err": "Error", "error": "Error", "crit": "Critical", "critical": "Critical",
            "emerg": "Emergency"}.get(level, level.capitalize())
    return f"{word}: {text}"


def _mautic(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Monolog's line format under Mautic's "mautic" channel: "mautic.LEVEL: " after the date."""
    word = {"warn": "WARNING"}.get(level, level.upper())
    return f"mautic.{word}: {text}"


def _eventstore(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """EventStoreLoggerConfiguration's console template: "[pid,tid,time,LVL] " then the
    source context's last part padded to 30 (the time left out)."""
    word = {"information": "INF", "info": "INF", "debug": "DBG", "error": "ERR", "warning": "WRN",
            "warn": "WRN", "verbose": "VRB", "fatal": "FTL"}.get(level, level[:3].upper())
    return f"[%{{int}},%{{int}},{word}] {path.rsplit('/', 1)[-1].removesuffix('.cs'):<30} {text}"


def _lager(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """lager's default file format: "[level] <pid>@module:function:line " after the time."""
    function = _erlang_function(src, m.start())
    module = path.rsplit("/", 1)[-1].removesuffix(".erl")
    place = f"{module}:{function.split('/')[0]}:{line}" if function else f"{module}:{line}"
    return f"[{'warning' if level == 'warn' else level}] <0.%{{int}}.0>@{place} {text}"


def _vapor(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """ConsoleKit's ConsoleLogger, Vapor's default: "[ LEVEL ] message", a debug or trace
    record ending with where the call is ("(Vapor/File.swift:12)")."""
    place = f" ({path.removeprefix('Sources/')}:{line})" if level in ("debug", "trace") else ""
    return f"[ {level.upper()} ] {text}{place}"


def _riemann(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """riemann/logging.clj's pattern "%p [%d] %t - %c - ": the time left out, the logger the
    file's namespace."""
    namespace = re.search(r"^\(ns\s+\^?[\w{}:\s]*?([\w.-]+)\s*$", src, re.M)
    return f"{level.upper()} %{{name}} - {namespace.group(1) if namespace else '%{name}'} - {text}"


def _rt(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """RT.pm's simple callback (the screen's and the file's): "[pid] [time] [level]: message
    (file:line)", the time left out, the file where an installation keeps it."""
    word = re.search(r"->(\w+)\($", m.group()).group(1)
    return f"[%{{int}}] [{word}]: {text} (/opt/rt5/{path}:{line})"


def _pm2(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """pm2's messages carry their own "[PM2] " prefix (its constants): nothing before them."""
    return text


_ROUND_7_HEADS = {
    "lighttpd": _lighttpd, "coturn": _coturn, "kvrocks": _glog, "jetty": _jetty, "dubbo": _dubbo, "ort": _ort,
    "kyuubi": _kyuubi, "localstack": _localstack, "cert-manager": _cert_manager, "surrealdb": _surrealdb,
    "puppet": _puppet, "mautic": _mautic, "eventstore": _eventstore, "riak-kv": _lager, "vapor": _vapor,
    "riemann": _riemann, "rt": _rt, "pm2": _pm2,
}


# ---------------------------------------------------------------- round 8's readings


def _round_8_level(program: Program, m: re.Match, level: str) -> str:
    """The level of round 8's calls that say it by a short or a program's own word: LM_DBG and
    LM_CRIT, FreeRADIUS's DEBUG2 and REDEBUG (an error said at debug verbosity), OCaml's
    ``important``/``severe`` and ``log#f 3``, simple-logger's ``logNote``, go-ethereum's ``Crit``."""
    call = m.group()
    named = re.search(r"\bLM_(ERR|WARN|INFO|NOTICE|DBG|CRIT|ALERT|BUG)\b", call)
    if named:
        return {"ERR": "error", "WARN": "warn", "INFO": "info", "NOTICE": "notice", "DBG": "debug",
                "CRIT": "critical", "ALERT": "alert", "BUG": "critical"}[named.group(1)]
    if program.language == "c" and re.match(r"R?P?[EWI]?DEBUG[234]?\(", call):
        return "debug"
    ocaml = re.search(r"#(critical|severe|important|info|debug|f\s+(\d+))\b", call)
    if ocaml:
        word = ocaml.group(1) if ocaml.group(2) is None else {
            "1": "critical", "2": "severe", "3": "important", "4": "info"}.get(ocaml.group(2), "debug")
        return {"critical": "critical", "severe": "error", "important": "notice"}.get(word, word)
    if re.match(r"logNote\b", call):
        return "notice"
    if re.search(r"\.Crit\($", call):  # go-ethereum's log.Crit: CRIT, then the process exits
        return "crit"
    return level


def _round_8_call(program: Program, src: str, m: re.Match, lang: str
                  ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 8's calls whose message is not a call's arguments read
    the common way: Haskell's ``logInfo $ "text " <> tshow x``, OCaml's ``log#info "fmt %s" x``,
    a C++ ``fmt("...", args)`` inside the call, zap's sugared ``Info(args...)`` and ``Infow``;
    None for the others."""
    if program.language == "haskell":
        return _haskell_concatenation(src, m), []
    if program.language == "ocaml":
        if program.name == "opam" and program.rules >= 10:
            # (rules 10) opam's OpamConsole.log "SECTION" "fmt" ...: the format after the section
            start = _opam_format_start(src, m)
            return (_ocaml_format(src, m, start) if start is not None else None), []
        return _ocaml_format(src, m), []
    if program.fmt == "printf" and program.language == "cpp":
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        if program.rules >= 12 and not re.match(r"\s*fmt\s*\(", read[0][0]):
            # (rules 12) a printf logger's own format and arguments (snort3's LogMessage), read as C's
            return None
        return _formatted_inside(read[0][0], lang), []
    if program.kv == "sugar":
        args = _nonblank_args(src, m.end(), lang)
        if args is None:
            return None, []
        method = re.search(r"\.(\w+)\($", m.group()).group(1)
        if method.endswith("w"):  # Infow(message, key, value, zap.Field...)
            text = _literal_text(args[0], lang)
            message = build(pieces(args[0], lang, 8) or [], [], "plain", lang, rules=8) if text is None \
                else text.replace("%", "%%")
            return (message if pieces(args[0], lang, 8) is not None else None), _pairs(args[1:], lang)
        if method.endswith("f"):
            return None
        # Info(args...) prints its arguments as fmt.Sprint does: one after another
        if program.rules >= 10:
            return _sprinted(args, lang), []
        return _concatenated(args, lang, 8), []
    return None


def _round_10_level(program: Program, m: re.Match, level: str) -> str:
    """The level of round 10's calls said by the called function, not by its module (Erlang's
    ``error_logger:info_msg`` is info: the last level word of the call, ``format`` an error),
    or by a program's own word (Supervisor's ``blather``, below trace; Postfix's ``msg_panic``)."""
    call = m.group()
    if program.language == "erlang":
        words = _LEVEL.findall(call)
        return words[-1].lower() if words else level
    if re.search(r"\.blather\($", call):
        return "trace"
    if re.search(r"\bmsg_panic\($", call):
        return "critical"
    return level


def _round_10_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 10's loggers print before the message, read from each one's logging code and
    default setup (the time left out, as everywhere): Postfix's severity (msg_syslog.c: "warning: "
    unless info), Supervisor's level code (loggers.py, "%(asctime)s %(levelname)s %(message)s"),
    Node-RED's "[level] " (util/lib/log.js), KOReader's level prefix (frontend/logger.lua, its
    arguments joined by spaces), opam's section padded to 30 (OpamConsole.log), a Resque
    worker's "*** " (VerboseFormatter; its web runner's logger prints the message after the time),
    osquery's glog prefix, go-log's console encoder (Kubo), WireGuard's ring log tag."""
    call = m.group()
    if program.name == "postfix":
        word = re.search(r"\bmsg_(\w+)\($", call)
        named = {"warn": "warning", "error": "error", "fatal": "fatal", "panic": "panic"}
        return f"{named[word.group(1)]}: {template}" if word and word.group(1) in named else template
    if program.name == "supervisor":
        word = re.search(r"\.(\w+)\($", call)
        code = {"critical": "CRIT", "error": "ERRO", "warn": "WARN", "info": "INFO", "debug": "DEBG",
                "trace": "TRAC", "blather": "BLAT"}.get(word.group(1) if word else "", "INFO")
        return f"{code} {template}"
    if program.name == "node-red":
        return f"[{level}] {template}"
    if program.name == "koreader":
        word = re.search(r"\.(\w+)\($", call)
        prefix = {"dbg": "DEBUG", "info": "INFO ", "warn": "WARN ", "err": "ERROR"}.get(
            word.group(1) if word else "", "INFO ")
        return f"{prefix} {template}"
    if program.name == "opam":
        section = _opam_section(src, m)
        return f"{section}  {template}" if section is not None else template
    if program.name == "resque" and not at.split(":")[0].endswith("web_runner.rb"):
        return f"*** {template}"
    if program.name == "wireguard-apple":
        # ringlogger.c's "[%s] %s", the tag the process's: NET in the network extension, APP else
        return ("[NET] " if at.startswith("Sources/WireGuardNetworkExtension/") else "[APP] ") + template
    if program.name == "osquery":
        # glog's prefix as round 7's _glog prints it (the date and time left out): the
        # severity's letter (VLOG(n) an info), the thread's id, "file.cpp:123] "
        letter = re.search(r"\bLOG\(\s*(\w)", call)
        return _glog(src, m, [], at.rsplit(":", 1)[0], int(at.rsplit(":", 1)[1]), level, template) if letter \
            else f"I %{{int}} {at.rsplit(':', 1)[0].rsplit('/', 1)[-1]}:{at.rsplit(':', 1)[1]}] {template}"
    if program.render == "zapconsole" and program.rules < 26:  # (rules 26: _round_26_head)
        # go-log's plain-text output (its format when stderr is no terminal): zap's console
        # encoder, tab-separated: the level in capitals, the logger's name (logging.Logger("name")
        # of the file, else of its package), the caller dir/file.go:line, the message
        path, line = at.rsplit(":", 1)
        receiver = re.match(r"\w+", call).group()
        named = re.search(r"\b" + receiver + r"\s*=\s*logging\.Logger\(\s*\"([^\"]+)\"", src)
        package = path.rsplit("/", 1)[0] if "/" in path else ""
        name = named.group(1) if named else _GO_LOGGERS.get((package, receiver), package.rsplit("/", 1)[-1])
        word = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG"}.get(level, "INFO")
        caller = "/".join(path.split("/")[-2:])
        return f"{word}\t{name}\t{caller}:{line}\t{template}"
    return template


def _round_11_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 11's calls that say it otherwise than by the called name: Open
    vSwitch's ``VLOG_DBG`` and ``VLOG_EMER``, FreeRDP's ``WLog_VRB`` (WLOG_TRACE) and
    ``WLog_Print(log, WLOG_X, ...)``, tsung's ``?LOGF(format, args, ?LEVEL)`` (its level last),
    IINA's ``Logger.log(text, level: .x)`` (``.debug`` when none is named)."""
    call = m.group()
    if program.name == "ovs":
        named = re.match(r"VLOG_(EMER|ERR|WARN|INFO|DBG)", call)
        return {"EMER": "critical", "ERR": "error", "WARN": "warn", "INFO": "info",
                "DBG": "debug"}[named.group(1)] if named else level
    if program.name == "freerdp":
        named = re.search(r"\bWLOG_(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\b", call)
        word = named.group(1) if named else re.match(r"WLog_(\w+?)\(", call).group(1)
        return {"TRACE": "trace", "VRB": "trace", "DEBUG": "debug", "DBG": "debug", "INFO": "info",
                "WARN": "warn", "ERROR": "error", "ERR": "error", "FATAL": "fatal"}.get(word, level)
    if program.name == "tsung" and not call.startswith("?Debug"):
        read = read_args(src, m.end(), "erlang")
        named = re.fullmatch(r"\?(\w+)", read[0][-1].strip()) if read and read[0] else None
        return _TSUNG_LEVELS.get(named.group(1), level) if named else level
    if program.name == "iina":
        if call.endswith("fatal("):
            return "error"  # Logger.fatal logs its message at .error
        read = read_args(src, m.end(), "swift")
        named = next((re.match(r"level\s*:\s*\.(\w+)", a.strip()) for a in (read[0] if read else [])
                      if a.strip().startswith("level")), None)
        return _IINA_LEVELS.get(named.group(1), "debug") if named else "debug"
    return level



def _round_12_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 12's calls that say it otherwise than by the called name: BIRD's
    ``L_x`` class glued to the format, tinyproxy's ``LOG_x`` (syslog's), snort's ``ParseWarning``
    and ``FatalError``, Packer's standard log with "[LEVEL]" opening its message, openQA's
    ``log_warning``, the install scripts' ``msg_ok``."""
    call = m.group()
    if program.name == "bird":
        named = re.search(r"\bL_(\w+)", call)
        return _BIRD_LEVELS.get(named.group(1), level) if named else level
    if program.name == "tinyproxy":
        named = re.search(r"\bLOG_(\w+)", call)
        return {"EMERG": "critical", "ALERT": "alert", "CRIT": "critical", "ERR": "error", "WARNING": "warn",
                "NOTICE": "notice", "INFO": "info", "DEBUG": "debug", "CONN": "info"}.get(
            named.group(1), level) if named else level
    if program.name == "snort3":
        return {"ParseWarning": "warn", "WarningMessage": "warn", "ParseError": "error",
                "ErrorMessage": "error",
                "FatalError": "fatal", "LogMessage": "info"}.get(re.match(r"\w+", call).group(), level)
    if program.name == "packer":
        # hashicorp's logutils convention: log.Printf("[DEBUG] ...") names its level in brackets
        read = read_args(src, m.end(), "go")
        text = _literal_text(read[0][0], "go") if read and read[0] else None
        named = re.match(r"\[(TRACE|DEBUG|INFO|WARN|ERROR|ERR)\]", text or "")
        return {"TRACE": "trace", "DEBUG": "debug", "INFO": "info", "WARN": "warn", "ERROR": "error",
                "ERR": "error"}[named.group(1)] if named else level
    if program.name == "sourcekit-lsp":
        # OSLog's levels: log is the default level (between info and error), fault the highest
        named = re.search(r"\.(log|fault)\($", call)
        return {"log": "notice", "fault": "critical"}[named.group(1)] if named else level
    if program.name == "proxmoxve" and re.search(r"msg_ok\b", call):
        return "info"
    return level



# (rules 12) a C# program's English resource strings (Localization/Strings.resx: ArchiSteamFarm's
# messages are Strings.Name, or Strings.FormatName(args) filling the text's {0}): name -> text
_RESOURCE_STRINGS: dict[str, str] = {}


def _resx_strings(text: str) -> dict[str, str]:
    """``<data name="X"><value>text</value></data>`` of a .resx file, XML entities read."""
    found = {}
    for m in re.finditer(r'<data\s+name="(\w+)"[^>]*>\s*<value>(.*?)</value>', text, re.S):
        found[m.group(1)] = (m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                             .replace("&apos;", "'").replace("&amp;", "&"))
    return found


def _resources_inlined(src: str) -> str:
    """The source with ``Strings.Name`` as its text's literal and ``Strings.FormatName(`` as
    ``string.Format("text", `` (the literal on one line: the calls' lines stay where they are)."""
    def formatted(m: re.Match) -> str:
        text = _RESOURCE_STRINGS.get(m.group(1))
        return m.group() if text is None else f"string.Format({json.dumps(text)}, "

    def named(m: re.Match) -> str:
        text = _RESOURCE_STRINGS.get(m.group(1))
        return m.group() if text is None else json.dumps(text)
    src = re.sub(r"\bStrings\.Format(\w+)\(", formatted, src)
    return re.sub(r"\bStrings\.(\w+)\b(?!\s*\()", named, src)

# BIRD's message classes (lib/birdlib.h's L_x), and the name its log file prints for each
# (sysdep/unix/log.c's class_names)
_BIRD_LEVELS = {"TRACE": "trace", "DEBUG": "debug", "INFO": "info", "REMOTE": "info", "WARN": "warn",
                "ERR": "error", "AUTH": "notice", "FATAL": "fatal", "BUG": "critical"}
_BIRD_CLASSES = {"TRACE": "TRACE", "DEBUG": "DBG", "INFO": "INFO", "REMOTE": "RMT", "WARN": "WARN",
                 "ERR": "ERR",
                 "AUTH": "AUTH", "FATAL": "FATAL", "BUG": "BUG"}


def _round_12_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 12's loggers print before the message by default, read from each one's logging
    code (the time left out, as everywhere): BIRD's "<CLASS> " (log file), tinyproxy's "LEVEL
    padded to 9 [pid]: ", snort's "WARNING: " of ParseWarning (ERROR, FATAL), NetBird's "LEVL
    path:line: " (formatter/txt), sbt's "[level] ", Tautulli's "LEVEL :: thread : ", Cloud
    Hypervisor's "cloud-hypervisor: <thread> LEVEL:file:line -- ", the IRC bridge's "LEVEL:Name ",
    Laravel's "production.LEVEL: " (Pixelfed), nginx's "[level] pid#tid: *n [lua] file:line:
    function(): " (APIcast), openQA's "[level] ", brod's OTP logger "level: " on one line, the
    install scripts' symbols, ArchiSteamFarm's NLog layout, Zipkin's slf4j-simple."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.language in ("elixir", "swift") and template.startswith("\n"):
        # a multi-line literal (Elixir's heredoc, Swift's """): no opening newline, and the
        # lines' indentation up to the closing delimiter's (their common one) is not in the text;
        # Swift's line ending in a backslash goes on with the next line, less that indentation
        indent = min((len(text) - len(text.lstrip(" ")) for text in template[1:].split("\n") if text.strip()),
                     default=0)
        if program.language == "swift" and indent:
            template = re.sub(r"(?<=\S) " + " " * indent + r"(?=\S)", " ", template)
        template = textwrap.dedent(template[1:])
    if program.name == "bird":
        named = re.search(r"\bL_(\w+)", call)
        return f"<{_BIRD_CLASSES[named.group(1)]}> {template}" if named else template
    if program.name == "tinyproxy":
        word = {"critical": "CRITICAL", "error": "ERROR", "warn": "WARNING", "notice": "NOTICE",
                "debug": "DEBUG"}.get(level, "CONNECT" if "LOG_CONN" in call else "INFO")
        return f"{word:<9} [%{{int}}]: {template}"
    if program.name == "snort3":
        word = {"ParseWarning": "WARNING: ", "ParseError": "ERROR: ", "FatalError": "FATAL: "}
        return word.get(re.match(r"\w+", call).group(), "") + template
    if program.name == "netbird":
        word = {"trace": "TRAC", "debug": "DEBG", "info": "INFO", "warn": "WARN", "error": "ERRO"}.get(
            level, "FATL")
        return f"{word} {path}:{line}: {template}"
    if program.language == "scala":
        # a literal's .stripMargin (read as one more operand) keeps each line's text after its
        # margin's "|"
        read = read_args(src, m.end(), "scala")
        if read and read[0] and read[0][0].strip().endswith(".stripMargin"):
            template = re.sub(r"\n[ \t]*\|", "\n", template.removesuffix("%{any}"))
    if program.name == "sbt":
        # ConsoleAppender labels every line of a message
        word = "success" if call.endswith("success(") else {"warn": "warn", "error": "error",
                                                             "debug": "debug"}.get(level, "info")
        return f"[{word}] " + template.replace("\n", f"\n[{word}] ")
    if program.name == "tautulli":
        word = {"debug": "DEBUG", "warn": "WARNING", "error": "ERROR"}.get(level, "INFO")
        return f"{word:<7} :: %{{name}} : {template}"
    if program.name == "cloud-hypervisor":
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR"}.get(level, "INFO")
        return f"cloud-hypervisor: <%{{name}}> {word}:{path}:{line} -- {template}"
    if program.name == "matrix-appservice-irc":
        if call.startswith("req."):
            # a request's logger (newRequestLogger, logging.ts): the logger "req", the request's
            # id and direction, IRC to Matrix in the IRC handler
            way = "I->M" if base == "IrcHandler.ts" else "M->I"
            return f"{level.upper()}:req [%{{id}}] [[{way}]] {template}"
        name = re.search(r"\bgetLogger\(\s*[\"'`]([^\"'`]+)[\"'`]", src)
        return f"{level.upper()}:{name.group(1) + ' ' if name else ''}{template}"
    if program.name == "pixelfed":
        word = {"debug": "DEBUG", "notice": "NOTICE", "warn": "WARNING", "warning": "WARNING",
                "error": "ERROR",
                "critical": "CRITICAL", "alert": "ALERT"}.get(level, "INFO")
        return f"production.{word}: {template}"
    if program.name == "apicast":
        function = None  # ngx.log: "[lua] file.lua:12: name(): ", the enclosing function's name
        for found in re.finditer(r"\bfunction\s+(?:[\w.]+[.:])?(\w+)\s*\(", src[:m.start()]):
            function = found.group(1)
        word = {"ERR": "error"}.get(re.search(r"ngx\.log\(\s*ngx\.(\w+)", call).group(1),
                                    re.search(r"ngx\.log\(\s*ngx\.(\w+)", call).group(1).lower())
        return f"[{word}] %{{int}}#%{{int}}: *%{{int}} [lua] {base}:{line}: " + \
            (f"{function}(): " if function else "") + template
    if program.name == "archisteamfarm":
        # ArchiLogger.LogGenericX(message, [CallerMemberName] caller) logs "caller() message"; NLog's
        # layout (NLog/Logging.cs, GeneralLayout): "process-pid|LEVEL|logger|", the logger ASF's
        # own (ASF.ArchiLogger, Core's and IPC's) or a bot's name
        method = None
        for found in re.finditer(r"^[ \t]*(?:(?:public|private|internal|protected|static|async|override"
                                 r"|virtual|sealed|unsafe|extern|partial)\s+)+[\w<>\[\]?,. ]+?\s+(\w+)\s*"
                                 r"(?:<[^<>()]*>)?\s*\(",
                                 src[:m.start()], re.M):
            method = found.group(1)
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR"}.get(level, "INFO")
        owner = "ASF" if call.startswith("ASF.") or (call.startswith("ArchiLogger.") and path.startswith(
            ("ArchiSteamFarm/Core/", "ArchiSteamFarm/IPC/"))) else "%{name}"
        return f"ArchiSteamFarm-%{{int}}|{word}|{owner}|" + (f"{method}() " if method else "") + template
    if program.name == "zipkin":
        # zipkin-server's slf4j-simple (simplelogger.properties): "[thread] LEVEL ShortName - ", the
        # short name the logger's last part (getLogger(X.class): X)
        named = re.search(r"\bgetLogger\(\s*(\w+)\.class", src)
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR"}.get(level, "INFO")
        return f"[%{{name}}] {word} {named.group(1) if named else base.removesuffix('.java')} - {template}"
    if program.name == "dune":
        # stdune's Log (otherlibs/stdune/src/log.ml): "Info message | k: v k2: v2", Log.warn the
        # message after "Warning: "; the keys read from the list after the message
        literal = re.compile(r'\s*"(?:[^"\\]|\\.)*"\s*').match(src, m.end())
        after = src[literal.end():literal.end() + 600] if literal else ""
        closed = re.search(r"\]\s*(?:;|\)|$|\n\s*(?:in\b|let\b|\||end\b))", after, re.M)
        keys = re.findall(r'(?:\[|;)\s*\(?\s*"([\w-]+)"\s*,', after[:closed.end()] if closed else "")
        warned = "Warning: " if call.startswith("Log.warn") else ""
        return f"Info {warned}{template} | " + " ".join(f"{key}: %{{any}}" for key in keys)
    if program.name == "rubygems.org":
        # production's rails_semantic_logger appender (config/environments/production.rb, formatter
        # :json): SemanticLogger's JSON, host and timestamp left out; the logger's name "Rails" for
        # Rails.logger, else the calling class's, as Zeitwerk names it from the file's path
        name = "Rails"
        if not call.startswith("Rails."):
            relative = re.sub(r"^(?:app/\w+/concerns|app/\w+|lib)/", "", path).removesuffix(".rb")
            name = "::".join("".join(part.capitalize() for part in piece.split("_"))
                             for piece in relative.split("/"))
        index = {"trace": 0, "debug": 1, "info": 2, "warn": 3, "error": 4, "fatal": 5}.get(level, 2)
        return ('{"application":"rubygems.org","environment":"production","level":"' + level
                + '","level_index":'
                + str(index) + ',"pid":%{int},"thread":"%{name}","name":"' + name + '","message":'
                + json.dumps(template, ensure_ascii=False) + "}")
    if program.name == "openqa":
        return f"[{ {'warning': 'warn'}.get(level, level)}] {template}"
    if program.name == "brod":
        # logger_formatter's single_line (OTP's default): a newline and the blanks after it, ", "
        word = {"warn": "warning"}.get(level, level)
        return f"{word}: " + re.sub(r",?\n\s*", ", ", template)
    if program.name == "proxmoxve":
        # misc/core.func: msg_info's hourglass, msg_ok's check, msg_error's cross, msg_warn's bulb
        word = re.search(r"msg_(\w+)", call).group(1)
        symbol = {"info": "\u23f3", "ok": "\u2714\ufe0f", "error": "\u2716\ufe0f",
                  "warn": "\U0001f4a1"}.get(word)
        return f"  {symbol}  {template}" if symbol else f"[DEBUG] {template}"
    return template

# tsung's levels (include/ts_macros.hrl): the macro, the level word its record is read at, its
# number (printed in the record's head)
_TSUNG_LEVELS = {"EMERG": "critical", "ALERT": "alert", "CRIT": "critical", "ERR": "error", "WARN": "warn",
                 "NOTICE": "notice", "INFO": "info", "DEB": "debug"}
_TSUNG_NUMBERS = {"critical": 2, "alert": 1, "error": 3, "warn": 4, "notice": 5, "info": 6, "debug": 7}
# IINA's Logger.Level: the level word, and the letter formatMessage prints
_IINA_LEVELS = {"verbose": "trace", "debug": "debug", "warning": "warn", "error": "error"}
_IINA_LETTERS = {"trace": "v", "debug": "d", "warn": "w", "error": "e"}


def _round_11_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 11's loggers print before the message by default, read from each one's logging
    code (the time left out, as everywhere): Open vSwitch's "%05N|module|LEVEL|" (vlog.h's
    FILE and CONSOLE patterns), FreeRDP's "[pid:tid] [LEVEL][tag] - [function]: " (wlog's
    default layout), LXC's "lxc name LEVEL    category - ../src/lxc/file.c:function:line - " (log.c's file
    appender), i2pd's "@tid/level - " (Log.cpp), rqlite's "[prefix] " (log.New's), IINA's
    "[subsystem][letter] ", tsung's "module(right-aligned to 20):(level number:pid) "
    (ts_utils:debug), docker-mailserver's "LEVEL script: " (helpers/log.sh), fail2ban's, Play's,
    semgrep's, Guacamole's, XTDB's, BookStack's, AdGuard Home's, Z-Wave JS UI's and Postal's
    (each described where it is read)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "ovs":
        module = re.search(r"\bVLOG_DEFINE_THIS_MODULE\(\s*(\w+)\s*\)", src)
        word = {"critical": "EMER", "error": "ERR", "warn": "WARN", "info": "INFO"}.get(level, "DBG")
        return f"%{{int}}|{module.group(1) if module else base[:-2]}|{word}|{template}"
    if program.name == "freerdp":
        tag = _freerdp_tag(src, path, call)
        function = _enclosing_c_function(src, m.start(), "cpp")
        if tag is None or function is None:
            return template
        word = {"trace": "TRACE", "debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR"}.get(
            level, "FATAL")
        return f"[%{{int}}:%{{int}}] [{word}][{tag}] - [{function}]: {template}"
    if program.name == "lxc":
        category = re.search(r"\blxc_log_define\(\s*(\w+)\s*,", src)
        function = _enclosing_c_function(src, m.start(), "cpp")
        if category is None or function is None:
            return template
        word = {"trace": "TRACE", "debug": "DEBUG", "info": "INFO", "notice": "NOTICE", "warn": "WARN",
                "error": "ERROR"}.get(level, "FATAL")
        return f"lxc %{{name}} {word:<8} {category.group(1)} - ../{path}:" \
               f"{function}:{line} - {template}"
    if program.name == "i2pd":
        word = {"critical": "critical", "error": "error", "warn": "warn", "info": "info"}.get(level, "debug")
        return f"@%{{int}}/{word} - {template}"
    if program.name == "rqlite":
        prefix = _rqlite_prefix(src, path, call)
        return f"{prefix}{template}" if prefix else template
    if program.name == "iina":
        return f"[{_iina_subsystem(src, m)}][{_IINA_LETTERS.get(level, 'd')}] {template}"
    if program.name == "tsung":
        # error_logger:info_msg("~20s:(~p:~p) " ++ Message, [?MODULE, Level, self()])
        return f"{base.removesuffix('.erl'):>20}:({_TSUNG_NUMBERS.get(level, 6)}:<0.%{{int}}.0>) {template}"
    if program.name == "fail2ban":
        # helpers.getVerbosityFormat's default: "%(name)-24s[%(process)d]: %(levelname)-7s %(message)s",
        # the name getLogger(__name__) gives: "fail2ban." and the module's name
        word = {"debug": "DEBUG", "info": "INFO", "notice": "NOTICE", "warn": "WARNING", "warning": "WARNING",
                "critical": "CRITICAL"}.get(level, "ERROR")
        named = re.search(r"^logSys\s*=\s*getLogger\(\s*[\"']([\w.]+)[\"']\s*\)", src, re.M)
        name = named.group(1) if named else "fail2ban." + base.removesuffix(".py")
        return f"{name:<24}[%{{int}}]: {word:<7} {template}"
    if program.name == "playframework":
        # logback-play-default.xml (an application without its own logback.xml):
        # "%-5level %logger{15} - %message", the logger named by play.api.Logger(getClass)
        name = _play_logger_name(src, m.start())
        if name is None:
            return template
        word = {"trace": "TRACE", "debug": "DEBUG", "info": "INFO", "warn": "WARN"}.get(level, "ERROR")
        return f"{word:<5} {_logback_abbreviated(name, 15)} - {template}"
    if program.name == "semgrep":
        # Logs_.mk_reporter: App's message alone, else "[%05.2f][LEVEL](src): " (the seconds since
        # start left out), the source's name unless it is the default "application"
        if re.search(r"\.app\b", call):
            return template
        word = {"error": "ERROR", "warn": "WARNING", "info": "INFO"}.get(level, "DEBUG")
        source = _ocaml_log_source(src) if call.startswith("Log.") else None
        return f"[{word}]{f'({source})' if source else ''}: {template}"
    if program.name == "guacamole":
        # ContextAwareLoggerFactory's LOG_PATTERN_DEFAULT: "guacamole [%marker] %level: ", the
        # marker the caller's class loader's context: "ext:" and an extension's namespace
        # (guac-manifest.json), else "app"
        word = {"trace": "TRACE", "debug": "DEBUG", "info": "INFO", "warn": "WARN"}.get(level, "ERROR")
        return f"guacamole [{_guacamole_context(path)}] {word}: {template}"
    if program.name == "xtdb":
        # main/src/main/resources/log4j2.xml: "%d{HH:mm:ss} | %-5level %logger{36} | %msg" (the
        # time and its bar left out), tools.logging's logger the file's namespace
        namespace = re.search(r"^\(ns\s+(?:\^\{[^}]*\}\s*)?([\w.*+!?-]+)", src, re.M)
        if namespace is None:
            return template
        word = {"trace": "TRACE", "debug": "DEBUG", "info": "INFO", "warn": "WARN"}.get(level, "ERROR")
        return f"{word:<5} {namespace.group(1)} | {template}"
    if program.name == "bookstack":
        # Laravel's single channel, Monolog's LineFormatter "[%datetime%] %channel%.%level_name%:
        # %message%", the channel the environment's name, empty context and extra left out
        word = {"debug": "DEBUG", "info": "INFO", "notice": "NOTICE", "warn": "WARNING", "warning": "WARNING",
                "critical": "CRITICAL"}.get(level, "ERROR")
        return f"production.{word}: {template}"
    if program.name == "adguardhome":
        # golibs' AdGuardLegacyHandler (slogutil.FormatAdGuardLegacy, internal/home/log.go) through
        # its legacy log package: "PID#GID [level] prefix: ", a warning "[info] ... warning: "; the
        # prefix (slogutil.KeyPrefix) the one named after the call's package, else the file's one
        word = {"debug": "debug", "error": "error"}.get(level, "info")
        prefix = _adguard_prefix(src, path)
        return (f"%{{int}}#%{{int}} [{word}] {prefix + ': ' if prefix else ''}"
                f"{'warning: ' if level == 'warn' else ''}{template}")
    if program.name == "zwave-js-ui":
        # api/lib/logger.ts: "${timestamp} ${LEVEL} ${MODULE}: ${message}", the module the file's
        # logger = module('Name'), in capitals
        module = re.search(r"\blogger\s*=\s*(?:\w+\.)?module\(\s*['\"]([\w-]+)['\"]\s*\)", src)
        if module is None:
            return template
        return f"{level.upper()} {module.group(1).upper()}: {template}"
    if program.name == "postal" and not path.startswith("app/controllers/"):
        # Klogger's default formatter (Formatters::Go, the gem's): the time, the severity
        # upper-cased and padded to 8, the message, then its tags: first a tagged logger's
        # (the file's `def logger` ... create_tagged_logger(key: ...)), then the call's (a
        # controller logs to Rails' logger instead)
        tagged = re.search(r"\bdef\s+logger\b[^\n]*\n(?:[^\n]*\n){0,3}?[^\n]*create_tagged_logger\(([^)]*)\)", src)
        keys = re.findall(r"(\w+):", tagged.group(1)) if tagged else []
        return f"{level.upper():<8}{template}" + "".join(f" {key}=%{{id}}" for key in keys)
    if program.name == "jitsi-videobridge":
        # jitsi-utils' JitsiLogFormatter (jvb/lib/logging.properties, programname JVB): "JVB ", the
        # time, "LEVEL: [thread id] ", the logger's context (not modelled: it is the object's),
        # the calling class's short name, ".method#line: "
        word = {"trace": "FINER", "debug": "FINE", "info": "INFO", "warn": "WARNING"}.get(level, "SEVERE")
        before = src[:m.start()]
        methods = re.findall(r"\bfun\s+(?:<[^>]*>\s*)?(?:[\w.]+\.)?(\w+)\s*\(", before)
        owner = "$".join(_kotlin_classes_around(src, m.start())) or base.removesuffix(".kt") + "Kt"
        return f"JVB {word}: [%{{int}}] {owner}.{methods[-1] if methods else '<init>'}#{line}: {template}"
    if program.name == "docker-mailserver":
        word = {"trace": "TRACE", "debug": "DEBUG", "info": "INFO ", "warn": "WARN "}.get(level, "ERROR")
        # basename "$0": the script run; the startup stages and helpers are sourced by start-mailserver.sh
        script = base if path.startswith("target/scripts/") and path.count("/") == 2 else "start-mailserver.sh"
        return f"{word} {script}: {template}"
    return template


# FreeRDP's tag macros (include/freerdp/log.h, channels/log.h, winpr/log.h): the text they prefix
_FREERDP_TAGS = {"FREERDP_TAG": "com.freerdp.", "CHANNELS_TAG": "com.freerdp.channels.",
                 "SERVER_TAG": "com.freerdp.server.", "CLIENT_TAG": "com.freerdp.client.",
                 "WINPR_TAG": "com.winpr.", "PROXY_TAG": "com.freerdp.proxy."}


def _freerdp_tag(src: str, path: str, call: str) -> str | None:
    """The name of a FreeRDP call's logger: WLog_Print's ``log`` of the file's one
    ``WLog_Get(X_TAG("name"))``, else the ``#define TAG X_TAG("name")`` of the file or of a
    header beside it (the text it expands to); None when neither is found."""
    if call.startswith("WLog_Print"):
        got = {_freerdp_tag_text(found) for found in re.finditer(_FREERDP_TAG_CALL, src)}
        if len(got) == 1:
            return got.pop()
    define = re.search(r"^\s*#\s*define\s+TAG\s+" + _FREERDP_TAG_CALL, src, re.M)
    if define is not None:
        return _freerdp_tag_text(define)
    return _FREERDP_DIRECTORY_TAGS.get(path.rsplit("/", 1)[0])


_FREERDP_TAG_CALL = r"\b(FREERDP_TAG|CHANNELS_TAG|SERVER_TAG|CLIENT_TAG|WINPR_TAG|PROXY_TAG)\(\s*\"([^\"]*)\"\s*\)"
# (rules 11) the TAG a FreeRDP header defines, per directory (one only): filled per program
_FREERDP_DIRECTORY_TAGS: dict[str, str] = {}


def _freerdp_tag_text(found: re.Match) -> str:
    return (_FREERDP_TAGS[found.group(1)] + found.group(2)).replace("%", "%%")


def _play_logger_name(src: str, at: int) -> str | None:
    """The name of the logger a Play call logs to: the package, then the class or object whose
    ``Logger(getClass)`` (``this.getClass``, ``X.getClass``, ``LoggerFactory.getLogger``) it
    uses, ``Logger(classOf[X])``'s X, or ``Logger("name")``'s name; the last such definition
    before the call."""
    defined = list(re.finditer(r"\blogger\s*(?::\s*[\w.]+\s*)?=\s*(?:play\.api\.)?(?:Logger|LoggerFactory\.getLogger)"
                               r"\(\s*(?:this\.|(\w+)\.)?(?:getClass(?:\(\))?|classOf\[(\w+)\]|\"([\w.$-]+)\")\s*\)",
                               src))
    before = [d for d in defined if d.start() < at]
    made = before[-1] if before else defined[0] if defined else None  # else a companion's, further down
    if made is None:
        return None
    if made.group(3):
        return made.group(3)
    name = made.group(1) or made.group(2)
    if name is None:
        enclosing = list(re.finditer(r"\b(?:class|object|trait)\s+(\w+)", src[:made.start()]))
        if not enclosing:
            return None
        name = enclosing[-1].group(1)
    package = ".".join(re.findall(r"^package\s+([\w.]+)", src, re.M))
    return f"{package}.{name}" if package else name


def _logback_abbreviated(name: str, length: int) -> str:
    """Logback's %logger{length}: the package's parts shortened to their first letter, from
    the left, until the name fits (the class's own name never)."""
    parts = name.split(".")
    for k in range(len(parts) - 1):
        if len(".".join(parts)) <= length:
            break
        parts[k] = parts[k][:1]
    return ".".join(parts)


def _ocaml_log_source(src: str) -> str | None:
    """The Logs source a file's ``module Log`` logs to: ``(val Logs.src_log src)`` of the file's
    ``let src = Logs.Src.create "name"``, or another module's (``module Log = Log_x.Log``)."""
    own = re.search(r"^let\s+src\s*=\s*Logs\.Src\.create\s+\"([^\"]+)\"", src, re.M)
    if own and re.search(r"^module\s+Log\s*=\s*\(\s*val\s+Logs\.src_log\s+src\b", src, re.M):
        return own.group(1)
    other = re.search(r"^module\s+Log\s*=\s*(\w+)\.Log\b", src, re.M)
    return _OCAML_LOG_SOURCES.get(other.group(1)) if other else None


# (rules 11) the Logs source each OCaml module (a file's name, capitalized) creates: filled per program
_OCAML_LOG_SOURCES: dict[str, str] = {}


def _guacamole_context(path: str) -> str:
    """The logger context of a Guacamole source file: "ext:" and the namespace of the extension
    module it is built into (a shared module's, its first sibling's), else "app"."""
    inside = [module for module in _GUACAMOLE_NAMESPACES if path.startswith(module + "/")]
    if not inside and path.startswith("extensions/"):
        top = "/".join(path.split("/")[:2]) + "/"
        inside = sorted(module for module in _GUACAMOLE_NAMESPACES if module.startswith(top))[:1]
    return "ext:" + _GUACAMOLE_NAMESPACES[max(inside, key=len)] if inside else "app"


# (rules 11) Guacamole's extension modules (the folder above src/) and their namespaces: filled per program
_GUACAMOLE_NAMESPACES: dict[str, str] = {}


def _adguard_prefix(src: str, path: str) -> str | None:
    """The KeyPrefix of an AdGuard Home logger, where the source says it: one named after the
    call's package (filtering's "filtering"), else the one its file gives (one), else None."""
    package = path.rsplit("/", 2)[-2] if path.count("/") >= 2 else ""
    if package in _ADGUARD_PREFIXES:
        return package
    own = set(re.findall(r"\bKeyPrefix,\s*\"([\w-]+)\"", src))
    return own.pop() if len(own) == 1 else None


# (rules 11) every KeyPrefix AdGuard Home names: filled per program
_ADGUARD_PREFIXES: set[str] = set()


def _kotlin_classes_around(src: str, at: int) -> list[str]:
    """The Kotlin classes and objects whose bodies hold ``at``, outermost first: a declaration,
    its constructor's parentheses skipped (a default lambda's braces are no body), then its
    body's braces counted (those of strings' templates balanced as they are)."""
    around = []
    for declared in re.finditer(r"(?m)^[ \t]*(?:(?:private|internal|public|protected|open|abstract|data|sealed"
                                r"|inner|enum|final|annotation|value)\s+)*(?:class|object)\s+(\w+)", src[:at]):
        k = declared.end()
        depth = 0
        while k < at and (depth or src[k] not in "{\n" or (src[k] == "\n" and src[k - 1] in ",(")):
            depth += {"(": 1, ")": -1}.get(src[k], 0)
            k += 1
            if not depth and src.startswith("\n", k) and re.match(r"\s*[:,{]", src[k:]):
                k += 1  # ") : Base {" on the next line
        if k >= at or src[k] != "{":
            continue
        depth, k = 1, k + 1
        while k < at and depth:
            depth += {"{": 1, "}": -1}.get(src[k], 0)
            k += 1
        if depth:
            around.append(declared.group(1))
    return around


def _rqlite_prefix(src: str, path: str, call: str) -> str:
    """rqlite's log.New(w, "[name] ", log.LstdFlags) prefix of the call's logger: the file's own
    (one), else the one of its package (one); the standard log's is rqlited's "[rqlited] "."""
    if call.startswith("log."):
        return "[rqlited] "
    receiver = re.search(r"(\w+)\.\w+\($", call).group(1)
    named = set(re.findall(r"\b" + receiver + r"\s*(?::|:?=)\s*log\.New\([^,]+,\s*\"([^\"]*)\"", src))
    own = set(re.findall(r"\blog\.New\([^,]+,\s*\"([^\"]*)\"", src))
    if len(named) == 1 or len(own) == 1:
        return (named or own).pop()
    package = {prefix for other, prefixes in _RQLITE_PREFIXES.items()
               if other.rsplit("/", 1)[0] == path.rsplit("/", 1)[0] for prefix in prefixes}
    return package.pop() if len(package) == 1 and not own else ""


# (rules 11) rqlite's log.New prefixes, per file: filled per program
_RQLITE_PREFIXES: dict[str, set[str]] = {}


def _iina_subsystem(src: str, m: re.Match) -> str:
    """IINA's Logger.log(..., subsystem: s): .general's "iina", a player's "player<n>", else the
    file's one Logger.makeSubsystem("name") (its interpolations a number)."""
    read = read_args(src, m.end(), "swift")
    named = next((a.strip() for a in (read[0] if read else []) if a.strip().startswith("subsystem")), None)
    if named is None or named.endswith(".general"):
        return "iina"
    made = re.findall(r"\bmakeSubsystem\(\s*\"((?:[^\"\\]|\\\([^)]*\))*)\"\s*\)", src)
    if "player." in named or not made or len(set(made)) != 1:
        return "player%{int}"
    return re.sub(r"\\\([^)]*\)", "%{int}", made[0]).replace("%{int}", "\0").replace("%", "%%").replace(
        "\0", "%{int}")


def _opam_section(src: str, m: re.Match) -> str | None:
    """opam's ``OpamConsole.log section fmt``: the section (a literal, padded to 30; a
    ``Printf.sprintf`` of one with its value a name, unpadded) of a direct call, else of the
    module's ``let log ... = OpamConsole.log ... section fmt``."""
    direct = src[:m.start()].endswith("OpamConsole.")
    if direct:
        at = m.end()
    else:
        define = re.search(r"\blet\s+log\b[^=]*=\s*OpamConsole\.log\b(?:\s+\?level)?\s*(?=[\"(])", src)
        if define is None:
            return None
        at = define.end()
    text = re.match(r'"([^"\\]*)"|\(\s*Printf\.sprintf\s+"([^"\\]*)"', src[at:])
    if text is None:
        return None
    if text.group(1) is not None:
        return f"{text.group(1):<30}".replace("%", "%%")
    return re.sub(r"%[a-z]", _slot("name", ""), text.group(2).replace("%%", "%"))


def _opam_format_start(src: str, m: re.Match) -> int | None:
    """Where an opam call's format starts: after the section of a direct ``OpamConsole.log
    "SECTION" "fmt" ...`` (a section then a ``fmt`` or ``?level``, a definition, is no call);
    None when no format literal follows."""
    k = m.end()
    if src[:m.start()].endswith("OpamConsole."):
        section = read_literal(src, k, "c")
        if section is None:
            return None
        k = section[1]
        while k < len(src) and src[k] in " \t\n":
            k += 1
        if not src.startswith('"', k):
            return None
    return k


# the kinds of value a Go expression of them holds that is no string (fmt.Sprint spaces them)
_NOT_STRING_KINDS = frozenset(("int", "err", "bool", "duration", "float", "size"))


def _sprinted(args: list[str], lang: str) -> str | None:
    """(rules 10) Go's ``fmt.Sprint(a, b, ...)``: the operands one after another, a space
    between two when neither is a string (a literal is one; an error, a number, a boolean or
    a duration is none; a value of another kind is taken for a string)."""
    out: list[str] = []
    before = False  # the operand before is no string
    for arg in args:
        piece = _concatenated([arg], lang, 8)
        if piece is None:
            return None
        plain = pieces(arg, lang, 8) is None and kind_of_expression(arg.strip(), "", lang) in _NOT_STRING_KINDS
        if out and plain and before:
            out.append(" ")
        out.append(piece)
        before = plain
    return "".join(out) if out else None


def _formatted_inside(arg: str, lang: str) -> str | None:
    """aria2's ``A2_LOG_INFO(fmt(MSG_X, a, b))``: a printf format, a literal or a macro the
    program's headers define as one (through gettext's ``_("...")``), filled by the arguments
    after it; a message without fmt() is read as one argument."""
    arg = arg.strip()
    call = re.match(r"fmt\s*\(", arg)
    if call is None:
        return _concatenated([arg], lang, 8)
    inner = read_args(arg, call.end(), lang)
    if inner is None or not inner[0]:
        return None
    first = inner[0][0].strip()
    if first in _ROUND_8_MACROS:
        first = json.dumps(_ROUND_8_MACROS[first])
    parts = pieces(first, lang, 8)
    return build(parts, inner[0][1:], "printf", lang, rules=8) if parts is not None else None


# a C++ program's macros defined as one literal or as gettext's _("...") of one (aria2's MSG_X),
# for a format named by its macro: filled per program under rules 8
_ROUND_8_MACROS: dict[str, str] = {}


def _gettext_macros(sources) -> dict[str, str]:
    """``#define NAME _("text")`` and ``#define NAME "text"``, the names defined once."""
    found: dict[str, set[str]] = {}
    for src in sources:
        for m in re.finditer(r'^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(?:_\(\s*)?((?:"(?:[^"\\\n]|\\.)*"'
                             r'\s*)+)\)?[ \t]*$', src, re.M):
            text = "".join(re.findall(r'"((?:[^"\\\n]|\\.)*)"', m.group(2)))
            found.setdefault(m.group(1), set()).add(_c_unescaped(text) if '\\' in text else text)
    return {name: next(iter(texts)) for name, texts in found.items() if len(texts) == 1}


def _c_unescaped(text: str) -> str:
    """A C literal's text with its escapes read; an escape JSON has not (``\\'``, ``\\%``, ``\\?``)
    stands for its character (JSON's reading is kept where it reads, as rules 8 did)."""
    try:
        return json.loads('"' + text + '"')
    except ValueError:
        escapes = {"n": "\n", "t": "\t", "r": "\r"}
        return re.sub(r"\\(.)", lambda found: escapes.get(found.group(1), found.group(1)), text)


def _haskell_statement(src: str, start: int, indent: int | None = None) -> str:
    """The expression a Haskell statement holds from ``start``: to the end of its line and the
    lines after it that are indented deeper than ``indent`` (default: the indentation of the
    line it starts on; a do block's next statement starts at the same column)."""
    if indent is None:
        line_start = src.rfind("\n", 0, start) + 1
        indent = len(src[line_start:start]) - len(src[line_start:start].lstrip())
    end = src.find("\n", start)
    end = len(src) if end < 0 else end
    while end < len(src):
        nxt = src.find("\n", end + 1)
        nxt = len(src) if nxt < 0 else nxt
        line = src[end + 1:nxt]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end = nxt
    text = src[start:end]
    return re.sub(r"--[^\n\"]*$", "", text, flags=re.M)  # a line comment after the code


_HASKELL_SHOW = re.compile(r"^(?:(?:T\.|B\.|BS\.|L\.)?(?:tshow|show|pack|unpack|showText|bshow|textShow|decodeLatin1"
                           r"|safeDecodeUtf8|strEncode|encodeUtf8|decodeUtf8|B64\.encode|logSecret)\s*\$?\s*)+")


def _haskell_operand(operand: str) -> str:
    """An operand of ``<>`` as the value it prints: ``tshow x``, ``T.pack (show x)`` print x."""
    operand = operand.strip()
    while operand.startswith("(") and _closes_at_end(operand, "c"):
        operand = operand[1:-1].strip()
    shown = _HASKELL_SHOW.match(operand)
    if shown and shown.end() < len(operand):
        return _haskell_operand(operand[shown.end():])
    # a record field applied to its record (port cfg) is that field, as cfg.port reads elsewhere
    field = re.fullmatch(r"([a-z]\w*)\s+([a-z]\w*)", operand)
    return f"{field.group(2)}.{field.group(1)}" if field else operand


def _haskell_concatenation(src: str, m: re.Match) -> str | None:
    """simple-logger's ``logError $ name <> " error: " <> tshow e`` (or in parentheses): the
    operands of ``<>`` printed one after another, a literal as its text."""
    rest = src[m.end():]
    body = rest.lstrip()
    if body.startswith("$"):
        statement = _haskell_statement(src, m.end() + (len(rest) - len(body)) + 1)
    elif body.startswith("("):
        read = read_args(body, 1, "c")
        if read is None or len(read[0]) != 1:
            return None
        statement = read[0][0]
    elif body.startswith('"'):
        statement = _haskell_statement(src, m.end() + (len(rest) - len(body)))
    else:
        return None
    # a name's prime (x', e'') is no character literal
    statement = re.sub(r"(?<=[\w'])'", "_", statement).strip()
    operands = [_haskell_operand(o) for o in _top_level_operands(statement, "<>", "c") if o.strip()]
    if not operands:
        return None
    return _concatenated(operands, "c", 8)


def _ocaml_format(src: str, m: re.Match, start: int | None = None) -> str | None:
    """``log#important "fmt %s %d" a (f b)``: OCaml's Printf format, its arguments the atoms
    after it (a name, a literal, a parenthesized expression), one per conversion (``%a`` two,
    ``%t`` one; ``%!`` and ``%%`` none); a string's backslash-newline skips the indentation.
    The format is at ``start`` when given, else after the call's opening."""
    k = m.end() if start is None else start
    while k < len(src) and src[k] in " \t\n":
        k += 1
    lit = read_literal(src, k, "c")
    if lit is None:
        return None
    literal = re.sub(r"\\\n[ \t]*", "", src[k:lit[1]])
    format_text = _literal_text(literal, "c")
    if format_text is None:
        return None
    conversions = [c for c in re.findall(r"%[-+ #0]*[\d.*]*([a-zA-Z!%@,])", format_text) if c not in "!%@,"]
    wanted = sum(2 if c == "a" else 1 for c in conversions)
    atoms: list[str] = []
    j = lit[1]
    while len(atoms) < wanted:
        while j < len(src) and src[j] in " \t\n":
            j += 1
        if j >= len(src):
            return None
        if src[j] == "(":
            read = read_args(src, j + 1, "c")
            if read is None:
                return None
            atoms.append("(" + ",".join(read[0]) + ")")
            j = read[1]
        elif src[j] == '"':
            read = read_literal(src, j, "c")
            if read is None:
                return None
            atoms.append(src[j:read[1]])
            j = read[1]
        else:
            atom = re.match(r"[\w.#'~!]+", src[j:])
            if atom is None:
                return None
            atoms.append(atom.group())
            j += atom.end()
    values: list[str] = []
    queue = list(atoms)
    for conversion in conversions:
        if conversion == "a":  # a printer and its value: the value is what prints
            queue.pop(0)
        values.append(queue.pop(0).strip("()"))
    text = format_text.replace("%S", "\"%s\"")
    text = re.sub(r"%[-+ #0]*[\d.*]*[at]", "%s", text)
    text = re.sub(r"%[-+ #0]*[\d.*]*[LlnN]([diuxXo])", r"%\1", text)
    text = text.replace("%!", "").replace("%@", "").replace("%,", "")
    parts = pieces(json.dumps(text), "c", 8)
    return build(parts, values, "printf", "c", rules=8) if parts is not None else None


def _chrony(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """logging.c with debugging on (DEBUG_LOG prints nothing otherwise): the severity's letter,
    the call's file, line and function ("D:ntp_core.c:123:(process_packet) ")."""
    letter = {"debug": "D", "info": "I", "warn": "W", "error": "E", "fatal": "F"}.get(level, "I")
    function = _c_function(src, m.start()) or "?"
    return f"{letter}:{path.rsplit('/', 1)[-1]}:{line}:({function}) {text}"


def _freeradius(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """src/lib/util/log.c's level prefixes ("Info  : "); a request's macros (RDEBUG...) print
    the request's name, and a module's its name, instead (src/lib/server/log.c)."""
    if m.group().startswith("R"):
        module = re.match(r"src/modules/rlm_(\w+)/", path)
        return f"(%{{int}})  {module.group(1) + ' - ' if module else ''}{text}"
    word = {"debug": "Debug : ", "info": "Info  : ", "warn": "Warn  : "}.get(level, "Error : ")
    return f"{word}{text}"


def _kamailio(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """dprint.h's LOG_FX to syslog: the level's name, the module (MOD_NAME, "<core>" in the
    core), the file and line, the function: "ERROR: tm [t_lookup.c:12]: t_check(): "."""
    word = {"error": "ERROR", "warn": "WARNING", "info": "INFO", "notice": "NOTICE", "debug": "DEBUG",
            "alert": "ALERT"}.get(level, "BUG" if "LM_BUG" in m.group() else "CRITICAL")
    module = re.match(r"src/modules/(\w+)/(.*)", path)
    where = f"{module.group(1)} [{module.group(2)}" if module else f"<core> [{path.removeprefix('src/')}"
    function = _c_function(src, m.start()) or "?"
    return f"{word}: {where}:{line}]: {function}(): {text}"


def _aria2(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Logger.cc's writeHeader (the log file): "[LEVEL] [File.cc:123] " after the time."""
    word = re.search(r"A2_LOG_(\w+?)(?:_EX)?\(", m.group()).group(1)
    return f"[{word}] [{path.rsplit('/', 1)[-1]}:{line}] {text}"


def _seaweedfs(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """weed/glog's header: the severity's letter, then (the time left out) "file.go:123 "."""
    letter = re.search(r"\.(I|W|E|F)\w*\($", m.group()).group(1)
    return f"{letter} {path.rsplit('/', 1)[-1]}:{line} {text}"


def _harbor(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """src/lib/log: "[LEVEL] [/path/under/src.go:123]: " after the time."""
    word = re.search(r"\.(Debug|Info|Warning|Error|Fatal)f?\($", m.group()).group(1).upper()
    return f"[{word}] [/{path.removeprefix('src/')}:{line}]: {text}"


def _traccar(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """helper/Log.java's formatter: the level right-aligned to 5 and ": " after the time; a
    throwable after the arguments its {} take appends " - " and its exceptionStack (read as
    the error it prints)."""
    holes = (_literal_text(args[0], "java") or "").count("{}") if args else 0
    thrown = len(args) > holes + 1 and re.fullmatch(r"\s*(?:e|ex|e\d|error|exception|t|throwable|cause)\s*",
                                                     args[-1]) is not None
    return f"{level.upper():>5}: {text}" + (" - %{err}" if thrown else "")


def _komga(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Spring Boot's logback default: "%5p PID --- [thread] %-40.40logger{39} : ", the logger
    kotlin-logging names after the file's class."""
    logger = _abbreviated(_java_class(src, path), 39)[-40:]
    return f"{level.upper():>5} %{{int}} --- [%{{name}}] {logger:<40} : {text}"


def _finagle(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """util-logging's Formatter: the level's first three letters, then (the time left out) the
    logger's name, its last part: a literal's, the class's for Logger.get(getClass), else
    "finagle" (DefaultLogger)."""
    word = {"warning": "WAR", "critical": "CRI"}.get(level, level.upper()[:3])
    named = re.search(r"Logger(?:\.get)?\(\s*\"([\w.-]+)\"\s*\)", src)
    if named:
        name = named.group(1).rsplit(".", 1)[-1]
    elif re.search(r"Logger(?:\.get)?\(\s*(?:this\.)?getClass(?:\.getName)?\s*(?:\(\))?\s*\)|Logger\.get\(\)", src):
        owners = re.findall(r"^\s*(?:[\w\[\]]+\s+)*(class|object|trait)\s+(\w+)", src[:m.start()], re.M)
        name = (owners[-1][1] + ("$" if owners[-1][0] == "object" else "")) if owners else "finagle"
    else:
        name = "finagle"
    return f"{word} {name}: {text}"


def _frigate(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """frigate/log.py: "%(name)-30s %(levelname)-8s: " after the time, the logger the module's."""
    name = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    word = {"warn": "WARNING", "exception": "ERROR"}.get(level, level.upper())
    return f"{name:<30} {word:<8}: {text}"


def _firecracker(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """logger/logging.rs with its defaults (no level, no origin): "[instance:thread] "."""
    return f"[anonymous-instance:%{{name}}] {text}"


def _hedgedoc(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """ConsoleLoggerService: "[Class.function()] ", the class the service's setContext names
    (its own class else), the function the call's second argument."""
    context = re.search(r"setContext\(\s*(\w+)\.name\s*\)", src) or re.search(r"\bclass\s+(\w+)", src)
    name = context.group(1) if context else "HedgeDoc"
    read = read_args(src, m.end(), "js")
    function = _literal_text(read[0][1], "js") if read and len(read[0]) > 1 else None
    return f"[{name}{'.' + function + '()' if function else ''}] {text}"


def _chef(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Chef::Log's formatter: "[time] LEVEL: message", the time left out."""
    return f"{level.upper()}: {text}"


def _kimai(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Monolog's line format on Symfony's "app" channel: "app.LEVEL: " after the date."""
    return f"app.{'WARNING' if level == 'warn' else level.upper()}: {text}"


def _greenshot(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """log4net.xml's pattern "%date [%thread] %-5level - [%logger] ", the logger the class's
    full name (its namespace, the file's class)."""
    namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
    owner = path.rsplit("/", 1)[-1].removesuffix(".cs")
    logger = f"{namespace.group(1)}.{owner}" if namespace else owner
    return f"[%{{int}}] {level.upper():<5} - [{logger}] {text}"


def _simplexmq(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """simple-logger: "[LEVEL time file.hs:123] ", the time left out."""
    word = re.match(r"log(\w+)", m.group()).group(1).upper()
    return f"[{word} {path}:{line}] {text}"


def _liquidsoap(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """dtools' "[label:level] " after the time: the label the file's ``Log.make ["a"; "b"]``
    ("a.b"), a source's own id for its ``self#log``; the level 1 (critical) to 5 (debug)."""
    number = {"critical": 1, "error": 2, "notice": 3, "info": 4}.get(level, 5)
    made = None if "#log#" in m.group() or m.group().startswith("self#") else \
        list(re.finditer(r"\blet\s+log\s*=\s*Log\.make\s*\[([^\]]*)\]", src[:m.start()]))
    if made:
        parts = [p.strip() for p in made[-1].group(1).split(";")]
        label = ".".join(p[1:-1] if re.fullmatch(r'"[^"]*"', p) else "%{name}" for p in parts)
    else:
        label = "%{name}"
    return f"[{label}:{number}] {text}"


def _prosody(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """loggingmanager.lua's file sink: "source\\tlevel\\t" after the time, the source a
    module's "host:name", a core file's logger, a session's id."""
    call = m.group()
    module = re.search(r"mod_(\w+)", path)
    if call.startswith("module:") and module:
        source = f"%{{host}}:{module.group(1)}"
    elif call.startswith("log(") and path.startswith("core/"):
        init = re.search(r"logger\.init\(\s*\"([\w.-]+)\"\s*\)", src)
        source = init.group(1) if init else path.rsplit("/", 1)[-1].removesuffix(".lua")
    else:
        source = "%{id}"
    return f"{source}\t{level}\t{text}"


def _appflowy(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Log.x sends the text to the Rust core (rust_log), which logs "[Flutter]: text"."""
    return f"[Flutter]: {text}"


def _spamassassin(src: str, m: re.Match, args: list[str], path: str, line: int, level: str, text: str) -> str:
    """Logger/Stderr.pm: "[pid] level: " after the time, the level dbg, info or warn."""
    word = re.match(r"(\w+)", m.group()).group(1)
    return f"[%{{int}}] {word}: {text}"


_ROUND_8_HEADS = {
    "chrony": _chrony, "freeradius": _freeradius, "kamailio": _kamailio, "aria2": _aria2,
    "seaweedfs": _seaweedfs, "harbor": _harbor, "traccar": _traccar, "komga": _komga, "finagle": _finagle,
    "frigate": _frigate, "firecracker": _firecracker, "hedgedoc": _hedgedoc, "chef": _chef, "kimai": _kimai,
    "greenshot": _greenshot, "simplexmq": _simplexmq, "liquidsoap": _liquidsoap, "prosody": _prosody,
    "appflowy": _appflowy, "spamassassin": _spamassassin,
}

# blockscout's config/config_helper.exs logger_metadata(): the keys its console prints, in order
_BLOCKSCOUT_METADATA = ("application", "fetcher", "request_id", "first_block_number", "last_block_number",
                        "missing_block_range_count", "missing_block_count", "block_number", "step", "count",
                        "error_count", "shrunk", "import_id", "transaction_id")


def _round_8_fields(program: Program, src: str, at: str, fields: list[list[str]]) -> list[list[str]]:
    """Blockscout's metadata as its console prints it: the call's OTP application (the
    umbrella's app the file is in), then the configured keys the call or its module set."""
    if program.name != "blockscout":
        return fields
    app = re.match(r"apps/(\w+)/", at)
    # a module's Logger.metadata(fetcher: :name): an atom, or an attribute the module sets to
    # one (@fetcher_name :name), is a constant of its module
    attributes = dict(re.findall(r"^\s*@(\w+)\s+(:\w+)\s*$", src, re.M))
    module_keys = []
    for k, v in re.findall(r"Logger\.metadata\(\s*\[?\s*(\w+):\s*([^,\])\n]+)", src):
        v = attributes.get(v.strip()[1:], v.strip()) if v.strip().startswith("@") else v.strip()
        module_keys.append([k, "=" + v[1:] if re.fullmatch(r":\w+", v) else kind_of_field(k, v, "elixir")])
    given = {k: f for k, f in ([k, f] for k, f in [*module_keys, *fields])}
    out = [["application", "=" + (app.group(1) if app else "explorer")]]
    return out + [[k, given[k]] for k in _BLOCKSCOUT_METADATA[1:] if k in given]


# Elixir's console metadata as Supavisor's config/config.exs lists it: the keys a call may set
_SUPAVISOR_METADATA = ("request_id", "project", "user", "region", "instance_id", "mode", "type", "app_name",
                       "peer_ip", "local", "proxy")


def _round_6_fields(program: Program, src: str, at: str, fields: list[list[str]]) -> list[list[str]]:
    """The fields round 6's loggers print: zap's caller in Temporal's ("logging-call-at", its
    encoder's key); in Supavisor's the configured metadata only, in its order, the call's and
    those the module sets for its process (``Logger.metadata(project: ..., mode: ...)``)."""
    if program.name == "temporal":
        path, line = at.rsplit(":", 1)
        return [*fields, ["logging-call-at", "=" + path.rsplit("/", 1)[-1] + ":" + line]]
    if program.name == "supavisor":
        known = {key: kind for key, kind in fields}
        for call in re.finditer(r"\bLogger\.metadata\(\s*\[?", src):
            read = read_args(src, call.end(), "elixir", closer="]" if call.group().endswith("[") else ")")
            for entry in read[0] if read else []:
                pair = re.match(r"^(\w+):\s*(.+)$", entry, re.S)
                if pair and pair.group(1) not in known:
                    known[pair.group(1)] = kind_of_field(pair.group(1), pair.group(2), "elixir")
        return [[key, known[key]] for key in _SUPAVISOR_METADATA if key in known]
    return fields


def _java_class(src: str, path: str) -> str:
    """The file's class by its full name: its package and the file's name."""
    package = re.search(r"^package\s+([\w.]+)", src, re.M)
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f"{package.group(1)}.{name}" if package else name


def _abbreviated(name: str, width: int) -> str:
    """Logback's logger name abbreviation: packages cut to their first letter, leftmost
    first, until the name fits ``width``; the class is never cut."""
    parts = name.split(".")
    for index in range(len(parts) - 1):
        if len(".".join(parts)) <= width:
            break
        parts[index] = parts[index][:1]
    return ".".join(parts)


# calls and statements that start a line like a definition does
_NOT_A_DEFINITION = frozenset(("debugs", "if", "for", "while", "switch", "return", "catch", "sizeof",
                               "assert", "fatalf"))


def _enclosing_method(src: str, at: int) -> str | None:
    """The name of the C++ function or method whose definition (``Type::name(`` at a line's
    start, not a statement ending in ``;``) is the last before ``at``: ``__func__`` there."""
    found = None
    for head in re.finditer(r"^(?=\S)(?:[\w:<>*& ]+\s)?(?:\w+::)*(~?\w+)\(([^;{}]*)$", src[:at], re.M):
        if head.group(1) not in _NOT_A_DEFINITION:
            found = head.group(1)
    return found


def _shell_call(program: Program, src: str, m: re.Match, at: str, level: str) -> Site | None:
    """Dokku's ``dokku_log_info1 "text $VAR" more``: the words to the end of the line, quoted
    or not, printed after the function's mark (plugins/common/functions: ``echo "-----> $*"``)."""
    k = m.end()
    end = k
    while end < len(src) and src[end] != "\n":
        if src[end] in "\"'":
            lit = read_literal(src, end, "shell")
            if lit is None:
                return None
            end = lit[1]
            continue
        if src.startswith("\\\n", end):
            end += 2
            continue
        if src[end] in ";|&>" or (src[end] == "#" and src[end - 1] in " \t"):
            break
        end += 1
    words: list = []
    each: list[list] = []
    spoken = src[k:end]
    if program.rules >= 18:
        # (rules 18) inside double quotes a backslash before a line's end joins the lines: both go
        spoken = re.sub(r'"(?:\\.|[^"\\])*"', lambda quoted: quoted.group().replace("\\\n", ""), spoken, flags=re.S)
    for word in re.finditer(r"(?:\"(?:\\.|[^\"\\])*\"|'[^']*'|[^\s\"']+)+", spoken.replace("\\\n", " ")):
        segments: list = []
        for token in re.finditer(r"\"(?:\\.|[^\"\\])*\"|'[^']*'|[^\"']+", word.group()):
            text = token.group()
            lit = read_literal(text if text[0] in "\"'" else '"' + text + '"', 0, "shell")
            if lit is None:
                return None
            segments += lit[0].segments
        words += ([" "] if words else []) + segments
        each.append(segments)
    if not words:
        return None
    if program.name == "armbian-build" and program.rules >= 22:
        # (rules 22) display_alert "message" "extra" "level": its log file's line
        # "--> (seconds) LEVEL: message [ extra ]" (display-alert.sh)
        word = "".join(x for x in each[2] if isinstance(x, str)) if len(each) > 2 else ""
        word = {"err": "error", "critical": "error", "wrn": "warning", "warn": "warning"}.get(
            word, word or "info")
        level = {"error": "error", "warning": "warn", "debug": "debug", "notice": "notice"}.get(word, "info")
        extra = [" [ ", *each[1], " ]"] if len(each) > 1 and each[1] else []
        template = build([*each[0], *extra], [], "plain", "shell", rules=program.rules)
        if len(each) > 2 and not all(isinstance(x, str) for x in each[2]):
            word, level = "%{word}", "info"  # a level held by a variable
        shown = word.upper() if re.fullmatch(r"[\w-]+", word) else word
        head = f"--> (%{{int}}) {shown}: "
        return Site(at, level, head + template.rstrip("\n "), [])
    if program.name == "acme.sh" and program.rules >= 10 and len(each) > 1:
        # (rules 10) acme.sh's _printargs: "$1='$2'" when a second argument is given, the others unread
        words = [*each[0], "='", *each[1], "'"]
    # dokku_log_x prints a mark before the text; other shell log functions print the text alone
    dokku = re.match(r"dokku_log_(info1|info2|verbose|\w+)", m.group())
    mark = {"info1": "-----> ", "info2": "=====> ", "verbose": "       "}.get(
        dokku.group(1), " !     ") if dokku else ""
    template = build(words, [], "plain", "shell", rules=program.rules)
    return Site(at, level, mark + template.rstrip("\n "), [])


def _statement_end(src: str, k: int, lang: str, quotes: str, ends) -> int | None:
    """Where the arguments of a call without parentheses end: the first place from ``k``,
    outside literals (opened by one of ``quotes``) and brackets, where ``ends(place)`` holds."""
    end = k
    depth = 0
    while end < len(src):
        ch = src[end]
        if ch in quotes:
            lit = read_literal(src, end, lang)
            if lit is None:
                return None
            end = lit[1]
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth <= 0 and ends(end):
            break
        end += 1
    return end


def _spaced_call(program: Program, src: str, k: int, at: str, level: str) -> Site | None:
    """Julia's ``@warn "text $x" key = value`` without parentheses: arguments separated by
    spaces to the end of the line (a ``key = value`` is one argument)."""
    lang = program.language
    end = _statement_end(src, k, lang, '"', lambda at: src[at] in "\n#")
    if end is None:
        return None
    text = src[k:end]
    args: list[str] = []
    start = 0
    depth = 0
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == '"':
            lit = read_literal(text, index, lang)
            index = lit[1] if lit else len(text)
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0 and program.rules >= 17:
                break  # (slips17) `(@error "text"; return false)`: the macro ends with its parentheses
        elif ch == ";" and depth == 0 and program.rules >= 17:
            break  # (slips17) `@error "text"; return false`: a ";" ends the statement, and the call
        elif ch in " \t" and depth == 0:
            before, after = text[start:index].rstrip(), text[index:].lstrip()
            joins = before.endswith("=") or (after.startswith("=") and not after.startswith("=="))
            if before and not joins:
                args.append(before)
                start = index
        index += 1
    if text[start:index].strip():
        args.append(text[start:index].strip())
    args = [a.strip() for a in args if a.strip()]
    if not args:
        return None
    template, _, fields = _message(args, program)
    if template is None:
        return None
    return Site(at, level, template.rstrip("\n "), fields)


def _assigned_message(arg: str, src: str, at: int, lang: str) -> str:
    """A message passed by name (``msg = "text %s"`` a few lines above ``log.info(msg, x)``):
    the text of the name's last assignment before the call, if it was a string; else ``arg``."""
    name = arg.strip()
    if not re.fullmatch(r"\$?[A-Za-z_]\w*", name) or name in ("this", "self", "nil", "null", "None"):
        return arg
    head = src[max(0, at - 2000):at]
    pattern = (r"(?:^|[\s;(])(?:(?:const|let|var|val|final|String|string|auto)\s+)?" + re.escape(name)
               + r"\s*(?::=|=)(?!=)[ \t]*(.+)$")
    assignments = list(re.finditer(pattern, head, re.M))
    if not assignments:
        return arg
    last = assignments[-1]
    value = re.sub(r"\.freeze$", "", last.group(1).strip().rstrip(";").strip())  # Ruby's frozen literal
    whole = read_args(value + ")", 0, lang)  # the statement ends on its line
    continued = re.match(r"\s*(?:\.|\+|\|\||&&|\?|:)", head[last.end():])
    if (whole is None or whole[1] != len(value) + 1 or len(whole[0]) != 1 or value.endswith(("+", ".", "\\"))
            or continued or pieces(value, lang) is None or _top_level(value, "(", lang) == 0):
        return arg
    return value


# (round 5: Unleash's log4js, The Lounge's console.log of every argument; round 7: pm2's console.log)
# (rules 10) loggers printing each argument after the one before, joined by spaces, no format
_ARGUMENTS_JOINED = frozenset(("koreader",))
# (rules 11) loggers streaming each argument after the one before, nothing between two
_ARGUMENTS_STREAMED = frozenset(("i2pd", "apicast"))  # (rules 12) ngx.log's arguments, as i2pd's
_EVERY_ARGUMENT_PRINTED = frozenset(("etherpad", "homebridge", "mattermost-desktop", "unleash", "thelounge",
                                     "pm2"))


def _klog_structured(m: re.Match, args: list[str], at: str, level: str, lang: str) -> Site | None:
    """klog's ``InfoS("msg", "key", value)`` and ``ErrorS(err, "msg", ...)``: the message
    printed quoted, the error first of the fields."""
    fields: list[list[str]] = []
    if m.group().endswith("ErrorS("):
        if not args:
            return None
        if args.pop(0).strip() != "nil":
            fields.append(["err", "err"])
    text = _literal_text(args[0], lang) if args else None
    if text is None:
        return None
    quoted = json.dumps(text, ensure_ascii=False).replace("%", "%%")
    return Site(at, level, quoted, fields + _pairs(args[1:], lang))


def _enclosing_php_method(src: str, at: int) -> str | None:
    """What PHP's ``__METHOD__`` says at ``src[at]``: ``Namespace\\Class::method``."""
    head = src[:at]
    namespace = re.search(r"^namespace\s+([\w\\]+)\s*;", head, re.M)
    classes = re.findall(r"^\s*(?:(?:abstract|final|readonly)\s+)*(?:class|trait)\s+(\w+)", head, re.M)
    functions = re.findall(r"\bfunction\s+(\w+)\s*\(", head)
    if not classes or not functions:
        return None
    owner = (namespace.group(1) + "\\" if namespace else "") + classes[-1]
    return f"{owner}::{functions[-1]}"


def _kotlin_call(program: Program, src: str, k: int, at: str, level: str) -> Site | None:
    """``log.info("text $x")``, ``log.debug { "text $x" }``, ``log.debug(cause) { "text" }``."""
    lang = "kotlin"
    args: list[str] = []
    rest = src[k:]
    opened = re.match(r"\s*\(", rest)
    if opened:
        read = read_args(src, k + opened.end(), lang)
        if read is None:
            return None
        args, k = read
        rest = src[k:]
    block = re.match(r"[ \t]*\{", rest)
    if block:  # a lambda gives the message; the arguments before it are a throwable
        read = read_args(src, k + block.end(), lang, closer="}")
        if read is None or len(read[0]) != 1:
            return None
        args = read[0]
    elif not opened:
        return None
    if (program.rules >= 3 and len(args) > 1 and read_literal(args[0].strip(), 0, lang) is None
            and read_literal(args[1].strip(), 0, lang) is not None):
        args = args[1:]  # Timber's Log.e(throwable, "text", args): the throwable is not in the text
    if program.name == "jitsi-videobridge":
        # (slip) with(x) { "text $field" } is its block's last expression, the fields x's
        args = [re.sub(r"\bwith\(\s*[\w.]+\s*\)\s*\{([^{}]*)\}", r"\1", a) for a in args]
    template, _, fields = _message(list(args), program)
    if template is None:
        return None
    return Site(at, level, template.rstrip("\n "), fields)


def _slog_rs(args: list[str], lang: str, fields: list[list[str]]) -> list[str]:
    """slog's ``info!("fmt {}", a; "key" => ?v, "k2" => %w)``: the arguments before the
    ``;`` (returned), and the key-values after it (added to ``fields``)."""
    for index, arg in enumerate(args):
        cut = _top_level(arg, ";", lang)
        if cut is None:
            continue
        head = args[:index] + ([arg[:cut].strip()] if arg[:cut].strip() else [])
        for pair in [arg[cut + 1:], *args[index + 1:]]:
            key, arrow, value = pair.partition("=>")
            text = _literal_text(key, lang) if arrow else None
            if text:
                value = re.sub(r"^[?%#]\s*", "", value.strip())
                fields.append([text, kind_of_field(text, value, lang)])
        return head
    return args


def _top_level(text: str, char: str, lang: str) -> int | None:
    """The index of ``char`` (a character, or an operator such as ``<<``) outside literals
    and brackets in ``text``."""
    depth = 0
    k = 0
    while k < len(text):
        ch = text[k]
        if ch in "\"'`":
            lit = read_literal(text, k, lang)
            if lit is not None:
                k = lit[1]
                continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(char, k):
            return k
        k += 1
    return None


def _chain(program: Program, src: str, k: int, at: str, level: str) -> Site | None:
    """logrus / zerolog call chains: ``.WithField("k", v).WithError(err).Warnf("fmt", a)``,
    ``.Str("k", v).Err(err).Msgf("fmt", a)``."""
    lang = _LEXER.get(program.language, program.language)
    fields: list[list[str]] = []
    for _ in range(12):
        m = re.match(r"\s*\.\s*(\w+)\(", src[k:])
        if not m:
            return None
        name = m.group(1)
        read = read_args(src, k + m.end(), lang)
        if read is None:
            return None
        args, k = read
        if name in ("WithField", "Str", "Int", "Int64", "Uint", "Dur", "Bool", "Float64", "Interface",
            "Stringer",
                    "Strs", "Any", "Time", "Uint64", "Int32"):
            if len(args) >= 2:
                key = _key_text(args[0], lang)
                if key:
                    fields.append([key, kind_of_field(key, args[1], lang, name)])
            continue
        if name in ("WithError", "Err"):
            fields.append(["error", "err"])
            continue
        if name == "WithFields" and args:
            body = args[0]
            brace = body.find("{")
            entries = read_args(body, brace + 1, lang, closer="}") if brace >= 0 else None
            for entry in entries[0] if entries else []:
                key, _, value = entry.partition(":")
                text = _literal_text(key, lang)
                if text:
                    fields.append([text, kind_of_field(text, value, lang)])
            continue
        if program.rules >= 32 and name in ("WithFatal", "WithPanic"):
            continue  # (rules 32) Argo's: the process exits (panics) after the line, printed alike
        terminal = re.fullmatch(r"(Trace|Debug|Info|Warn|Warning|Error|Fatal|Panic)(f|ln)?|(Msg)(f)?", name)
        if terminal:
            if terminal.group(1):
                level = terminal.group(1).lower()
            fmt = "printf" if (terminal.group(2) == "f" or terminal.group(4)) else "plain"
            if program.rules >= 32 and len(args) > 1 and _GO_CONTEXT.fullmatch(args[0]):
                args = args[1:]  # (rules 32) Argo's logger takes the context first: Info(ctx, "text")
            if not args:
                return None
            message_arg, format_args = unwrap(args[0], lang)
            parts = pieces(message_arg, lang)
            if parts is None:
                return None
            template = build(parts, format_args or args[1:], fmt, lang)
            if template is None:
                return None
            return Site(at, level, template.rstrip("\n "), fields)
        if name in ("Ctx", "Caller", "Logger", "Timestamp", "Stack", "Str_", "G"):
            continue
        return None
    return None


def _ruby_call(program: Program, src: str, k: int, at: str, level: str) -> Site | None:
    """A Ruby call without parentheses (``log.warn "text", error: e``) or with a block
    (``logger.info { "text #{x}" }``)."""
    lang = program.language
    rest = src[k:]
    block = re.match(r"\s*\{", rest)
    if block:
        read = read_args(src, k + block.end(), lang, closer="}")
        if read is None or len(read[0]) != 1:
            return None
        args = read[0]
    else:
        # arguments run to the end of the line, or on when a line ends with a comma
        def line_ends(at: int) -> bool:
            return src[at] == "\n" and not src[k:at].rstrip().endswith((",", "\\", "+"))

        end = _statement_end(src, k, lang, "\"'", line_ends)
        if end is None:
            return None
        text = src[k:end].replace("\\\n", " ")
        text = re.sub(r"\s+(?:if|unless)\s+.*$", "", text.strip(), flags=re.S)
        if not text:
            return None
        comment = _top_level(text, "#", lang) if program.rules >= 2 else None
        if comment is not None:  # a comment may end the line (rules 1 lost such calls)
            text = text[:comment].rstrip()
        read = read_args(text + ")", 0, lang)
        if read is None:
            return None
        args = read[0]
    template, _, fields = _message(list(args), program)
    if template is None:
        return None
    return Site(at, level, template.rstrip("\n "), fields)


def _enclosing_c_function(src: str, at: int, language: str = "c") -> str | None:
    """The name of the C function (OpenBSD style: its name at the start of a line); in C++,
    the method's name of ``Type::method(`` at the start of a line."""
    head = src[:at]
    found = None
    pattern = r"^([a-z_]\w*)\(" if language == "c" else r"^(?:[\w:<>*& ]+\s)?(?:\w+::)*(~?\w+)\("
    for m in re.finditer(pattern, head, re.M):
        found = m.group(1)
    return found


def _usable(template: str) -> bool:
    """A template worth keeping: some words of its own, not only placeholders."""
    text = re.sub(r"%\{[^}]*\}", "", template).replace("%%", "%")
    return len(re.findall(r"[A-Za-z]{2,}", text)) >= 1 and len(template) <= 400


# ---------------------------------------------------------------- repositories


def git_dir(mirrors: pathlib.Path, repo: str) -> pathlib.Path | None:
    owner, name = repo.split("/")
    for candidate in (mirrors / f"{owner}+{name}" / "repo", mirrors / name, mirrors / f"{owner}+{name}"):
        if candidate.is_dir():
            return candidate
    return None


def source_files(gitdir: pathlib.Path, program: Program) -> dict[str, str]:
    listing = subprocess.run(["git", "-C", str(gitdir), "ls-tree", "-r", "--format=%(objectname) %(path)",
                              program.commit], capture_output=True, text=True, check=True).stdout
    wanted = []
    for line in listing.splitlines():
        sha, path = line.split(" ", 1)
        parts = path.lower().split("/")
        if any(part in program.exclude for part in parts[:-1]):
            continue
        if re.search(r"(?:^|[/_.-])(?:test|tests|spec|mock|fake)(?:[/_.-]|$)", path.lower()):
            continue
        if any(fnmatch.fnmatch(path, pattern) for pattern in program.files):
            wanted.append((sha, path))
    if not wanted:
        return {}
    batch = subprocess.run(["git", "-C", str(gitdir), "cat-file", "--batch"],
                           input="".join(f"{sha}\n" for sha, _ in wanted).encode(), capture_output=True,
                           check=True).stdout
    out = {}
    offset = 0
    for _, path in wanted:
        header_end = batch.index(b"\n", offset)
        header = batch[offset:header_end].split()
        if header[-1] == b"missing":
            offset = header_end + 1
            continue
        size = int(header[2])
        body = batch[header_end + 1:header_end + 1 + size]
        offset = header_end + 1 + size + 1
        out[path] = body.decode("utf-8", "replace")
    return out


def extract_program(program: Program, mirrors: pathlib.Path) -> list[Site]:
    gitdir = git_dir(mirrors, program.repo)
    if gitdir is None:
        raise SystemExit(f"no copy of {program.repo} under {mirrors}")
    sites: list[Site] = []
    files = source_files(gitdir, program)
    _CONSTANTS.clear()
    if program.language == "go" and program.rules >= 2:
        _CONSTANTS.update(_go_string_constants(files.values()))
    _MACROS.clear()
    if program.language in ("c", "cpp"):
        headers = dataclasses.replace(program, files=tuple(re.sub(r"\.\w+$", ".h", p) for p in program.files))
        _MACROS.update(_c_string_macros([*files.values(), *source_files(gitdir, headers).values()]))
    _TAGS.clear()
    _LOGGERS.clear()
    if program.rules >= 22:
        _round_22_program(program, files, gitdir)
    if program.rules >= 29:
        _round_29_program(program, files, gitdir)
    if program.rules >= 30:
        _round_30_program(program, files)
    if program.kv == "ztag":
        _TAGS.update(_tag_keys(files))
    if program.name == "redpanda" and program.rules >= 6:
        _LOGGERS.update(_seastar_loggers(gitdir, program))
    _RESOURCE_STRINGS.clear()
    if program.rules >= 12 and program.language == "csharp":
        resources = dataclasses.replace(program, files=("*/Localization/Strings.resx",))
        for text in source_files(gitdir, resources).values():
            _RESOURCE_STRINGS.update(_resx_strings(text))
    _ROUND_8_MACROS.clear()
    if program.rules >= 8 and program.language == "cpp":
        headers = dataclasses.replace(program, files=tuple(re.sub(r"\.\w+$", ".h", p) for p in program.files))
        _ROUND_8_MACROS.update(_gettext_macros(source_files(gitdir, headers).values()))
    _PRINTF_EXTENSIONS[0] = program.rules >= 9 and program.language == "c" and program.fmt == "printf"
    _HOOKS.clear()
    if program.rules >= 9:
        _HOOKS.update({letter: (count, kind) for letter, count, kind in program.hooks})
    _ROUND_7_CONSTANTS.clear()
    if program.rules >= 7:
        _ROUND_7_CONSTANTS.update(_round_7_constants(program, files))
    _FREERDP_DIRECTORY_TAGS.clear()
    if program.rules >= 11 and program.name == "freerdp":
        headers = dataclasses.replace(program, files=tuple(re.sub(r"\.\w+$", ".h", p) for p in program.files))
        tags: dict[str, set[str]] = {}
        for path, src in source_files(gitdir, headers).items():
            for found in re.finditer(r"^\s*#\s*define\s+TAG\s+" + _FREERDP_TAG_CALL, src, re.M):
                tags.setdefault(path.rsplit("/", 1)[0], set()).add(_freerdp_tag_text(found))
        _FREERDP_DIRECTORY_TAGS.update({folder: found.pop() for folder, found in tags.items() if len(found) == 1})
    _ROUND_15_ENUMS.clear()
    if program.rules >= 15 and program.name == "protonvpn":
        for path, src in files.items():  # PMLogger's Logger.Category and Logger.Event
            if "/PMLogger/" in path:
                for enum in ("Category", "Event"):
                    _ROUND_15_ENUMS.setdefault(enum, {}).update(_swift_enum_values(src, enum))
    _ROUND_16_CONSTANTS.clear()
    if program.rules >= 16 and program.name == "ntfy":
        for src in files.values():  # its log tags: tagHTTP = "http" (server/log.go)
            _ROUND_16_CONSTANTS.update(re.findall(r"^\s*(tag\w+)\s*=\s*\"([^\"]*)\"", src, re.M))
    _ROUND_24_TABLES.clear()
    if program.rules >= 24 and program.name == "maddy":
        # a module's logger: c.DefaultLogger.Sublogger(modName), its package's const modName = "x",
        # else the name it is configured by (an endpoint's "smtp", a target's "target.queue")
        for path, src in files.items():
            named = re.search(r"^\s*(?:const\s+)?modName\s*=\s*\"([^\"]+)\"", src, re.M)
            if named:
                _ROUND_24_TABLES[path.rsplit("/", 1)[0]] = named.group(1)
        for path in files:
            folder = path.rsplit("/", 1)[0]
            parts = folder.split("/")
            if folder not in _ROUND_24_TABLES and len(parts) == 3 and parts[0] == "internal":
                kind = {"endpoint": ""}.get(parts[1], parts[1] + ".")
                if parts[1] in ("endpoint", "target", "check", "auth", "storage", "modify"):
                    _ROUND_24_TABLES[folder] = kind + parts[2]
    if program.rules >= 24 and program.name == "389-ds":
        # a plugin's name held by a global char * (repl_plugin_name = REPL_PLUGIN_NAME)
        for src in files.values():
            for found in re.finditer(r"^(?:const\s+)?char\s*\*\s*(\w+)\s*=\s*([^;\n]+);", src, re.M):
                _ROUND_24_TABLES.setdefault(found.group(1), found.group(2))
    _ROUND_18_TABLES.clear()
    if program.rules >= 18:
        _ROUND_18_TABLES.update(_round_18_tables(program, files))
    _SLIPS18_TABLES.clear()
    if program.rules >= 18 and program.name in ("pacemaker", "nfs-ganesha", "easy-rsa", "cronicle", "v2ray"):
        # (slips18) pacemaker's daemons' Makefile.am (the libraries each links)
        extra = {"pacemaker": ("daemons/*/Makefile.am",)}.get(program.name)
        more = source_files(gitdir, dataclasses.replace(program, files=extra)) if extra else {}
        _SLIPS18_TABLES.update(_slips18_tables(program, {**files, **more}))
    _SLIPS20.clear()
    if program.rules == 20 and program.name in _SLIPS20_PROGRAMS:
        _SLIPS20.add(program.name)  # (slips20) read as its code prints it: _slips20_source, _slips20_head
    _SLIPS21.clear()
    if program.rules == 21 and program.name in _SLIPS21_PROGRAMS:
        _SLIPS21.add(program.name)  # (slips21) read as its code prints it: _slips21_source, _slips21_head
    _SLIPS22.clear()
    _SLIPS22_TABLES.clear()
    if program.rules == 22 and program.name in _SLIPS22_PROGRAMS:
        _SLIPS22.add(program.name)  # (slips22) read as its code prints it: _slips22_head
        _SLIPS22_TABLES.update(_slips22_tables(program, files))
    _SLIPS23.clear()
    if program.rules == 23 and program.name in _SLIPS23_PROGRAMS:
        _SLIPS23.add(program.name)  # (slips23) read as its code prints it: _slips23_head
    _SLIPS24.clear()
    if program.rules == 24 and program.name in _SLIPS24_PROGRAMS:
        _SLIPS24.add(program.name)  # (slips24) read as its code prints it: _slips24_head
    _SLIPS25.clear()
    if program.rules == 25 and program.name in _SLIPS25_PROGRAMS:
        _SLIPS25.add(program.name)  # (slips25) read as its code prints it: _slips25_head
    _SLIPS26.clear()
    if program.rules == 26 and program.name in _SLIPS26_PROGRAMS:
        _SLIPS26.add(program.name)  # (slips26) read as its code prints it: _slips26_unprinted
    _SLIPS27.clear()
    if program.rules == 27 and program.name in _SLIPS27_PROGRAMS:
        _SLIPS27.add(program.name)  # (slips27) read as its code prints it: _round_27_call
    _SLIPS28.clear()
    _REDASH_SCHEDULED.clear()
    if program.rules == 28 and program.name in _SLIPS28_PROGRAMS:
        _SLIPS28.add(program.name)  # (slips28) read as its code prints it: _slips28_level
        for text in files.values():  # (slips28) Redash's periodic jobs: {"func": refresh_queries, …}
            _REDASH_SCHEDULED.update(re.findall(r"[\"']func[\"']\s*:\s*(\w+)", text))
    _SLIPS29.clear()
    if program.rules == 29 and program.name in _SLIPS29_PROGRAMS:
        _SLIPS29.add(program.name)  # (slips29) read as its code prints it: _slips29_strimzi_reconciliation
    _SLIPS30.clear()
    if program.rules == 30 and program.name in _SLIPS30_PROGRAMS:
        _SLIPS30.add(program.name)  # (slips30) read as its code prints it: _slips30_values
    _SLIPS31.clear()
    if program.rules == 31 and program.name in _SLIPS31_PROGRAMS:
        _SLIPS31.add(program.name)  # (slips31) read as its code prints it: _slips31_values
    _SLIPS32.clear()
    if program.rules == 32 and program.name in _SLIPS32_PROGRAMS:
        _SLIPS32.add(program.name)  # (slips32) read as its code prints it: _slips32_values
    _SLIPS33.clear()
    _SLIPS33_TABLES.clear()
    if program.rules == 33 and program.name in _SLIPS33_PROGRAMS:
        _SLIPS33.add(program.name)  # (slips33) read as its code prints it: _slips33_values
        _SLIPS33_TABLES.update(_slips33_tables(program, files))
    _SLIPS33B.clear()
    _SLIPS33B_TABLES.clear()
    if _SLIPS33B_PROGRAMS.get(program.name) == program.rules:
        _SLIPS33B.add(program.name)  # (slips33b) read as its code prints it: _slips33b_values
        _SLIPS33B_TABLES.update(_slips33b_tables(program, files))
    _SLIPS34.clear()
    _SLIPS34_TABLES.clear()
    if program.rules == 34 and program.name in _SLIPS34_PROGRAMS:
        _SLIPS34.add(program.name)  # (slips34) read as its code prints it: _slips34_values
        _SLIPS34_TABLES.update(_slips34_tables(program, files))
    _SLIPS36.clear()
    if _SLIPS36_PROGRAMS.get(program.name) == program.rules:
        _SLIPS36.add(program.name)  # (slipsold36) read as its code prints it: _slips36_values
    _SLIPS36B.clear()
    if _SLIPS36B_PROGRAMS.get(program.name) == program.rules:
        _SLIPS36B.add(program.name)  # (slips36b) read as its code prints it: _slips36b_values
    _SLIPS37.clear()
    _SLIPS37_TABLES.clear()
    if _SLIPS37_PROGRAMS.get(program.name) == program.rules:
        _SLIPS37.add(program.name)  # (slips35) read as its code prints it: _slips37_values
        _SLIPS37_TABLES.update(_slips37_tables(program, files))
    _CSHARP_SUBCLASSES.clear()
    if program.name in _SLIPS31 and program.name == "lidarr":  # (slips31) the loggers DryIoc names
        _CSHARP_SUBCLASSES.update(_csharp_subclasses(files))
    _ZUUL_CATEGORIES.clear()
    if program.name in _SLIPS29 and program.name == "zuul":  # (slips29) OutboundErrorType's categories
        for path, text in files.items():
            if path.endswith("/OutboundErrorType.java"):
                _ZUUL_CATEGORIES.extend(sorted(set(re.findall(r"ZuulStatusCategory\.([A-Z_]+)", text))))
    _PHP_TRAIT_USERS.clear()
    if program.name in _SLIPS28 and program.language == "php":  # (slips28) the classes using each trait
        for text in files.values():
            namespace = re.search(r"^namespace\s+([\w\\]+)\s*;", text, re.M)
            klass = re.search(r"^(?:final\s+|abstract\s+)*class\s+(\w+)", text, re.M)
            if klass:
                for trait in re.findall(r"^\s+use\s+(\w+)\s*;", text[klass.end():], re.M):
                    name = f"{namespace.group(1)}\\{klass.group(1)}" if namespace else klass.group(1)
                    _PHP_TRAIT_USERS.setdefault(trait, []).append(name)
    _IGGY_CRATES.clear()
    if program.name in _SLIPS28 and program.name == "iggy":  # (slips28) the connectors' crates' names
        manifests = source_files(gitdir, dataclasses.replace(
            program, files=("core/connectors/*/Cargo.toml", "core/connectors/*/*/Cargo.toml")))
        for manifest, text in manifests.items():
            found = re.search(r"^\[package\][^\[]*?^name\s*=\s*\"([^\"]+)\"", text, re.M | re.S)
            if found:
                _IGGY_CRATES[manifest.rsplit("/", 1)[0]] = found.group(1).replace("-", "_")
    _SLIPS19.clear()
    _SLIPS19_TABLES.clear()
    if program.rules == 19 and program.name in _SLIPS19_PROGRAMS:
        _SLIPS19.add(program.name)  # (slips19) read as its code prints it: _slips19_source, _round_19_head
        _SLIPS19_TABLES.update(_slips19_tables(program, files))
    _ROUND_17_TABLES.clear()
    if program.rules >= 17 and program.name in ("firebase-ios", "linuxgsm", "smart-proxy", "overseerr", "unrealircd"):
        # linuxgsm.sh (the script each game server's is a copy of: commandname "CORE") and the
        # server list beside the modules; Firebase's podspec (its version); smart-proxy's
        # modules' rackup files (their paths); UnrealIRCd's example configuration (its name)
        extra = {"linuxgsm": ("linuxgsm.sh", "lgsm/data/serverlist.csv"), "firebase-ios": ("Firebase.podspec",),
                 "unrealircd": ("doc/conf/examples/example.conf",),
                 "smart-proxy": ("modules/*/http_config.ru",)}.get(program.name)
        # (read whole: a program's excluded folders, doc/ and examples/, hold no call site of it)
        more = source_files(gitdir, dataclasses.replace(program, files=extra, exclude=())) if extra else {}
        _ROUND_17_TABLES.update(_round_17_tables(program, {**files, **more}))
    _ROUND_17_SUBSYSTEMS.clear()
    if program.rules >= 17 and program.name == "lnd":
        added = {}  # the root's log.go: AddSubLogger(root, "SWPR", interceptor, sweep.UseLogger)
        for path, src in files.items():
            added.update({package: tag for tag, package in re.findall(
                r"AddSubLogger\(\s*root,\s*\"(\w+)\",\s*\w+,\s*(\w+)\.UseLogger\)", src)})
        for path in files:
            folder = path.rsplit("/", 1)[0] if "/" in path else ""
            if folder.rsplit("/", 1)[-1] in added:
                _ROUND_17_SUBSYSTEMS[folder] = added[folder.rsplit("/", 1)[-1]]
        for path, src in files.items():  # each package's log.go: const Subsystem = "CNCT", or
            # UseLogger(build.NewSubLogger("DISC", nil))
            own = re.search(r"^const Subsystem = \"(\w+)\"|UseLogger\(build\.NewSubLogger\(\"(\w+)\"", src, re.M)
            if own and path.endswith("/log.go"):
                _ROUND_17_SUBSYSTEMS[path.rsplit("/", 1)[0]] = own.group(1) or own.group(2)
    _OCAML_LOG_SOURCES.clear()
    if program.rules >= 11 and program.language == "ocaml":
        for path, src in files.items():
            own = re.search(r"^let\s+src\s*=\s*Logs\.Src\.create\s+\"([^\"]+)\"", src, re.M)
            if own:
                _OCAML_LOG_SOURCES[path.rsplit("/", 1)[-1].removesuffix(".ml").capitalize()] = own.group(1)
    _GUACAMOLE_NAMESPACES.clear()
    if program.rules >= 11 and program.name == "guacamole":
        listing = subprocess.run(["git", "-C", str(gitdir), "ls-tree", "-r", "--name-only", program.commit],
                                 capture_output=True, text=True, check=True).stdout.split("\n")
        for manifest in (p for p in listing if p.startswith("extensions/") and p.endswith("/guac-manifest.json")):
            text = subprocess.run(["git", "-C", str(gitdir), "show", f"{program.commit}:{manifest}"],
                                  capture_output=True, text=True).stdout
            namespace = re.search(r"\"namespace\"\s*:\s*\"([^\"]+)\"", text)
            if namespace and "/src/" in manifest:
                _GUACAMOLE_NAMESPACES[manifest.split("/src/")[0]] = namespace.group(1)
    _ADGUARD_PREFIXES.clear()
    if program.rules >= 11 and program.name == "adguardhome":
        for src in files.values():
            _ADGUARD_PREFIXES.update(re.findall(r"\bKeyPrefix,\s*\"([\w-]+)\"", src))
    _RQLITE_PREFIXES.clear()
    if program.rules >= 11 and program.name == "rqlite":
        for path, src in files.items():
            _RQLITE_PREFIXES[path] = set(re.findall(r"\blog\.New\([^,]+,\s*\"([^\"]*)\"", src))
    _SFTPGO_SENDERS.clear()
    if program.rules >= 13 and program.name == "sftpgo":
        for path, src in files.items():  # (rules 13) a package's logSender constant, in any of its files
            found = _SFTPGO_SENDER.search(src)
            if found:
                _SFTPGO_SENDERS[path.rsplit("/", 1)[0]] = next(g for g in found.groups() if g is not None)
    _GO_LOGGERS.clear()
    if program.rules >= 10 and program.render == "zapconsole":
        for path, src in files.items():  # a Go package is a directory: its files share a var log
            for found in re.finditer(r"\b(\w+)\s*=\s*logging\.Logger\(\s*\"([^\"]+)\"", src):
                _GO_LOGGERS.setdefault((path.rsplit("/", 1)[0] if "/" in path else "", found.group(1)),
                                       found.group(2))
    _ROUND_26_TABLE.clear()
    if program.rules >= 26:
        _ROUND_26_TABLE.update(_round_26_table(program, gitdir, files))
    for path, src in sorted(files.items()):
        sites += extract_file(program, path, src)
    return sites


# (rules 10) go-log's named loggers, (package directory, variable) -> name: filled per program
_GO_LOGGERS: dict[tuple[str, str], str] = {}

# a Go program's string constants, for field keys written as one (zf.NodeName): filled per
# program under rules 2
_CONSTANTS: dict[str, str] = {}


# a C or C++ program's macros defined as one string literal (netdata's EBPF_DEFAULT_ERROR_MSG),
# which a %s or a << prints as their text: filled per program, from its sources and headers
_MACROS: dict[str, str] = {}


def _c_string_macros(sources) -> dict[str, str]:
    """``#define NAME "text"`` of C's preprocessor, the names defined with one text only
    (a name defined otherwise under another #if is left a value)."""
    found: dict[str, set[str]] = {}
    for src in sources:
        for m in re.finditer(r'^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(.+?)[ \t]*(?:/[/*].*)?$', src,
                             re.M):
            text = re.fullmatch(r'"([^"\\]*)"', m.group(2))
            found.setdefault(m.group(1), set()).add(text.group(1) if text else "\0")
    return {name: next(iter(texts)) for name, texts in found.items() if len(texts) == 1 and "\0" not in texts}


def _go_string_constants(sources) -> dict[str, str]:
    """``Name = "value"`` of const declarations, the names that have one value only."""
    found: dict[str, set[str]] = {}
    for src in sources:
        declarations = r"^const\s*\((.*?)^\)|^const\s+(\w+\s*(?:string\s*)?=.*)$"
        for block in re.finditer(declarations, src, re.M | re.S):
            for m in re.finditer(r'^\s*(\w+)\s*(?:string\s*)?=\s*"([^"\\]*)"\s*(?://.*)?$',
                                 block.group(1) or block.group(2), re.M):
                found.setdefault(m.group(1), set()).add(m.group(2))
    return {name: next(iter(values)) for name, values in found.items() if len(values) == 1}


def _key_text(arg: str, lang: str) -> str | None:
    """A field's key: a string literal, or a constant naming one (``zf.NodeName``)."""
    text = _literal_text(arg, lang)
    if text is None and lang == "go":
        m = re.fullmatch(r"(?:\w+\.)?(\w+)", arg.strip())
        text = _CONSTANTS.get(m.group(1)) if m else None
    return text


def sample(sites: list[Site], per_program: int, seed: str, rules: int = 2) -> list[Site]:
    """``per_program`` call sites of distinct templates, a fixed choice. Under rules 2 each
    site's chance is a hash of where it is, so a change to how some calls are read changes
    those sites only (rules 1 shuffled the list, and any change drew another sample)."""
    unique: dict[tuple, Site] = {}
    for site in sites:
        unique.setdefault((site.template, tuple(map(tuple, site.fields))), site)
    kept = sorted(unique.values(), key=lambda s: s.at)
    if rules >= 2:
        kept.sort(key=lambda s: hashlib.sha256(f"{seed}/{s.at}".encode()).digest())
    else:
        random.Random(seed).shuffle(kept)
    return sorted(kept[:per_program], key=lambda s: s.at)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=pathlib.Path, required=True)
    parser.add_argument("--per-program", type=int, default=60)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--out", type=pathlib.Path, default=None,
        help="default: $OTLP_SAMPLER_CORPUS/statements.jsonl, else ~/.cache/otlp-sampler/corpus/")
    parser.add_argument("--show", action="store_true", help="print the sites instead of writing")
    args = parser.parse_args()
    records = []
    for program in PROGRAMS:
        if args.only and program.name not in args.only:
            continue
        sites = extract_program(program, args.mirrors)
        kept = sample(sites, args.per_program, program.name, program.rules)
        print(f"{program.name:14s} {len(sites):5d} call sites, {len(kept)} kept", file=sys.stderr)
        records += [site.record(program.name) for site in kept]
    if args.show:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
        return
    out = args.out or default_statements()
    out.parent.mkdir(parents=True, exist_ok=True)
    if args.only and out.is_file():  # re-extracting some programs keeps the others' statements
        done = set(args.only)
        with out.open(encoding="utf-8") as handle:
            kept = [r for r in map(json.loads, handle) if r["p"] not in done]
        order = {program.name: index for index, program in enumerate(PROGRAMS)}
        # sorted is stable: each program's sites keep their order
        records = sorted(kept + records, key=lambda r: order.get(r["p"], len(order)))
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


# ---------------------------------------------------------------- round 13 (checked after the pin)


def _in_block_comment(language: str, src: str, at: int) -> bool:
    """Whether ``at`` lies in a block comment of a language with C's ``/* */`` (D's ``/+ +/`` too)."""
    if language not in ("c", "cpp", "objc", "d", "java", "scala", "groovy", "kotlin", "go", "rust", "js",
                        "csharp", "swift", "dart", "php"):
        return False
    pairs = [("/*", "*/")] + ([("/+", "+/")] if language == "d" else [])
    for opener, closer in pairs:
        closed = src.rfind(closer, 0, at)
        k = src.rfind(opener, 0, at)
        while k > closed:
            before = src[src.rfind("\n", 0, k) + 1:k]
            # an opener after "//" on its line, or inside a string on it ("dir/*"), opens nothing
            if "//" not in before + src[k - 1:k + 1] and before.count('"') % 2 == 0:
                return True
            k = src.rfind(opener, 0, k)
    return False


def _round_13_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 13's calls said otherwise than by the called name: FoundationDB's
    ``SevX`` (none: SevInfo), ntopng's ``TRACE_X``, Serverpod's ``level: LogLevel.x`` argument,
    Cacti's "ERROR:"/"WARNING:"/"NOTICE:" in the text (cacti_log's syslog type), dub's
    ``logWarnTag``/``logErrorTag``."""
    call = m.group()
    if program.name == "foundationdb":
        named = re.search(r"\bSev(\w+)", call)
        return {"Verbose": "trace", "Debug": "debug", "Info": "info", "Warn": "warn", "WarnAlways": "warn",
                "Error": "error"}.get(named.group(1), "info") if named else "info"
    if program.name == "ntopng":
        named = re.search(r"\bTRACE_(\w+)", call)
        return {"ERROR": "error", "WARNING": "warn", "NORMAL": "info", "INFO": "info", "DEBUG": "debug"}.get(
            named.group(1), level) if named else level
    if program.name in ("rebar3", "dub") and level == "diag":
        return "debug"  # rebar_log's and dub's diagnostic level: debug output, shown only when asked
    if program.name in ("serverpod", "cacti"):
        read = read_args(src, m.end(), "js" if program.name == "serverpod" else "php")
        args = read[0] if read else []
        if program.name == "serverpod":
            named = next((re.search(r"LogLevel\.(\w+)", a) for a in args if re.match(r"\s*level\s*:", a)), None)
            return {"debug": "debug", "info": "info", "warning": "warn", "error": "error",
                    "fatal": "fatal"}.get(named.group(1), level) if named else "info"
        text = " ".join(args[:1])
        for word, named_level in (("ERROR:", "error"), ("WARNING:", "warn"), ("NOTICE:", "notice")):
            if word in text:
                return named_level
        return "info"
    return level


_SFTPGO_SENDERS: dict[str, str] = {}  # (rules 13) SFTPGo: a package's directory -> its logSender
_ABOVE_THE_CALL_PATH = [""]  # (rules 13) the file extract_file reads
_SFTPGO_SENDER = re.compile(r'\bconst\s+logSender\s*=\s*"([^"]*)"|\blogSender\s+=\s*"([^"]*)"')


def _round_13_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 13's calls not read the common way: FoundationDB's
    ``TraceEvent(sev, "Type").detail("Key", v)`` chain, tinylog's ``msg (val "text")`` with
    ``field "k" v``, Groovy's ``log.info "text ${x}"`` (parentheses optional), SFTPGo's sender
    and connection id, dub's ``logInfo(tag, color, format, args)``; None for the others."""
    if program.name == "foundationdb":
        read = read_args(src, m.end(), "c")
        if read is None or not read[0]:
            return None, []
        kind = _literal_text(read[0][0], "c")
        if kind is None:
            return None, []
        fields: list[list[str]] = []
        k = read[1]
        while True:  # the chained calls after the event: .detail("K", v), .error(e), .suppressFor(s)
            chained = re.match(r"\s*\.\s*(\w+)\s*\(", src[k:])
            if not chained:
                break
            inner = read_args(src, k + chained.end(), "c")
            if inner is None:
                break
            name, values = chained.group(1), inner[0]
            if name in ("detail", "detailf") and len(values) >= 2:
                key = _literal_text(values[0], "c")
                if key is not None:
                    fields.append([key, kind_of_field(key, values[1], "c")])
            elif name in ("error", "errorUnsuppressed") and values:
                fields.append(["Error", "err"])
            k = inner[1]
        return kind.replace("%", "%%"), fields
    if program.name == "wire-server":
        rest = src[m.end():]
        body = rest.lstrip()
        start = m.end() + (len(rest) - len(body)) + (1 if body.startswith("$") else 0)
        statement = _haskell_statement(src, start)
        text = re.search(r'\bmsg\s*(?:\$\s*)?(?:@\w+\s*)?\(?\s*(?:(?:Log\.)?val\s*)?(?:\$\s*)?"((?:[^"\\]|\\.)*)"',
                         statement)
        if text is None:
            return None, []
        parts = []
        for found in re.finditer(r'\b(?:Log\.)?field\s+"([^"]+)"\s+(\([^()]*(?:\([^()]*\))*[^()]*\)|[\w.\']+)'
                                 r'|\b(?:Log\.)?msg\b', statement):
            if found.group(1):
                parts.append(f"{found.group(1)}={_slot(kind_of_field(found.group(1), found.group(2), 'c'), '')}")
            elif not any(p is None for p in parts):
                parts.append(None)  # where the message goes
        message = text.group(1).replace("%", "%%")
        parts = [message if p is None else p for p in parts] or [message]
        # tinylog's plain renderer: the level's letter, then the elements joined by ", "
        return ", ".join(parts), []
    if program.language == "groovy":
        k = m.end()
        opened = m.group().endswith("(") or src[k:k + 1] == "("
        if opened:
            read = read_args(src, k + (0 if m.group().endswith("(") else 1), "kotlin")
            if read is None:
                return None, []
            args = read[0]
        else:  # a command expression: its arguments to the end of the line, split at its commas
            end = src.find("\n", k)
            line_text = src[k:end if end >= 0 else len(src)].strip()
            split = read_args(line_text + ")", 0, "kotlin")
            args = split[0] if split else [line_text]
        args = [re.sub(r"^'((?:[^'\\]|\\.)*)'$", lambda q: json.dumps(q.group(1)), a.strip()) for a in args]
        if not args or not args[0]:
            return None, []
        template, _, fields = _message(args[:1], program)
        return template, fields
    if program.name == "sftpgo":
        read = read_args(src, m.end(), lang)
        if read is None or len(read[0]) < 3:
            return None, []
        sender_arg, connection, *rest = read[0]
        sender = _literal_text(sender_arg, lang)
        if sender is None and sender_arg.strip() == "logSender":
            constant = _SFTPGO_SENDER.search(src)
            sender = next((g for g in constant.groups() if g is not None), None) if constant else None
            if sender is None:  # the constant in another file of the package
                sender = _SFTPGO_SENDERS.get(_ABOVE_THE_CALL_PATH[0].rsplit("/", 1)[0])
        fields = [["sender", "=" + sender] if sender is not None else ["sender", "name"]]
        if connection.strip() not in ('""', ""):
            fields.append(["connection_id", "id"])
        template, _, more = _message(rest, program)
        return template, fields + more
    if program.name == "code-server":
        # @coder/logger: logger.info(message, field("key", value), ...): the fields apart
        args = _nonblank_args(src, m.end(), lang)
        if args is None:
            return None, []
        fields = [f for a in args[1:] for f in _helper_fields(a.strip(), lang) if re.match(r"\s*field\(", a)]
        template, _, _ = _message(args[:1], program)
        return template, fields
    if program.name == "container":
        # swift-log: log.info("text", metadata: ["key": "\\(value)", ...]): the metadata's entries apart
        args = _nonblank_args(src, m.end(), lang)
        if args is None:
            return None, []
        fields = []
        for a in args[1:]:
            meta = re.match(r"\s*metadata\s*:\s*\[(.*)\]\s*$", a, re.S)
            if meta:
                for entry in (read_args(meta.group(1) + ")", 0, lang) or ([],))[0]:
                    pair = re.match(r'\s*"([^"]+)"\s*:\s*(.*)$', entry, re.S)
                    if pair:
                        value = pair.group(2).strip()
                        inner = re.fullmatch(r'"\\\((.*)\)"', value, re.S)  # "\(x)": x as text
                        fields.append([pair.group(1), kind_of_field(pair.group(1), inner.group(1) if inner else value,
                                                                    lang)])
        template, _, _ = _message(args[:1], program)
        return template, fields
    if program.name == "cmak":
        # (Scala) "text %s".format(args): the text formatted as String.format does
        read = read_args(src, m.end(), lang)
        if read and read[0]:
            formatted = re.fullmatch(r'\s*("(?:[^"\\]|\\.)*")\.format\((.*)\)\s*', read[0][0], re.S)
            if formatted:
                template, _, fields = _message([formatted.group(1), *read_args(formatted.group(2) + ")", 0, lang)[0]]
                                               if read_args(formatted.group(2) + ")", 0, lang) else
                                               [formatted.group(1)], dataclasses.replace(program, fmt="printf"))
                return template, fields
        return None
    if program.name == "dub":
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        args = read[0]
        tag = {"warn": "Warning", "error": "Error"}.get(m.group()[3:-1].lower(), "")
        if m.group().startswith("logInfo(") and len(args) > 2 and re.match(r"\s*Color\.", args[1]):
            tag, args = _literal_text(args[0], lang) or "", args[2:]
        template, _, fields = _message(args, program)
        if template is None:
            return None, []
        if m.group()[3:-1] in ("Info", "Warn", "Error"):  # logging.d: the tag right-justified to 12
            template = tag.rjust(12).replace("%", "%%") + " " + template
        return template, fields
    return None


def _round_13_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 13's loggers print before the message, read from each one's logging code (the
    time left out): ntopng's "[File.cpp:line] " and "ERROR: "/"WARNING: " (Trace.cpp), BunkerWeb's
    "[PREFIX] " (its logger class, the name the file made it with), twistd's "[-] " (Buildbot),
    Cacti's environment ("POLLER: Poller[n] PID[n] " for the poller), Foreman's
    "[L|app|request] " (config/logging.yaml), tinylog's level letter (wire-server)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    if program.name == "ntopng":
        extra = {"error": "ERROR: ", "warn": "WARNING: "}.get(level, "")
        return f"[{base}:{line}] {extra}" + template
    if program.name == "bunkerweb":
        # a module's logger is made by clogger:new("NAME"); a plugin's self.logger by logger:new(self.id),
        # the id its folder's name (src/common/core/<id>/)
        named = re.search(r"""logger"?\s*:new\(\s*["']([\w-]+)["']""", src)
        plugin = re.match(r"src/common/core/([\w-]+)/", path)
        name = (plugin.group(1) if plugin and m.group().startswith("self.") else
                named.group(1) if named else plugin.group(1) if plugin else None)
        return (f"[{name.upper()}] " if name else "") + template
    if program.name == "buildbot":
        return "[-] " + template
    if program.name == "cacti":
        read = read_args(src, m.end(), "php")
        environ = _literal_text(read[0][2], "php") if read and len(read[0]) > 2 else "CMDPHP"
        if environ is None:
            return "%{word} " + template
        if environ == "POLLER":
            return "POLLER: Poller[%{small}] PID[%{int}] " + template
        return (environ.replace("%", "%%") + " " if environ else "") + template
    if program.name == "foreman":
        named = re.search(r"""Logging\.logger\(\s*['"]([\w/]+)['"]""", m.group())
        category = named.group(1)[:3] if named else "app"
        request = "%{id}" if path.startswith("app/controllers/") else ""
        return f"[{level[0].upper()}|{category}|{request}] " + template
    if program.name == "rebar3" and "CONSOLE" not in m.group() and ":console" not in m.group():
        return "===> " + template  # ec_cmd_log's prefix (rebar_log: every level but ?CONSOLE's io:format)
    if program.name == "openhab-core":
        # the openHAB distribution's log4j2 pattern "[%-5.5p] [%-36.36c] - %m": the logger (the class)
        # cut to its last 36 characters and padded
        cls = _java_class(src, path)[-36:]
        return f"[{level.upper()[:5]:<5}] [{cls:<36}] - " + template
    if program.name == "lemmy":
        # tracing-subscriber's fmt: the level right-aligned to 5, the target (the module's path)
        crate = re.match(r"crates/((?:[\w-]+/)*?[\w-]+)/src/(.*)\.rs$", path)
        if crate is None:
            return f"{level.upper():>5} " + template
        dirs = crate.group(1).split("/")
        name = dirs[-1] if len(dirs) == 1 or dirs[-1].startswith(dirs[0]) else f"{dirs[0]}_{dirs[-1]}"
        return f"{level.upper():>5} {_rust_module_path('lemmy_' + name, crate.group(2))}: " + template
    if program.name == "nextflow":
        # LoggerHelper's .nextflow.log pattern "[%t] %-5level %logger{36} - %msg" (@Slf4j names the class;
        # the thread most often main)
        return f"[main] {level.upper()[:5]:<5} {_logback_abbreviated(_java_class(src, path), 36)} - " + template
    if program.name == "cmak":
        # conf/logback.xml's console pattern "[%level] %logger{15} - %message" (Akka's Slf4jLogger and
        # Play's logger both name the class)
        word = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE"}.get(level, "INFO")
        return f"[{word}] {_logback_abbreviated(_java_class(src, path), 15)} - " + template
    if program.name == "ombi":
        # Startup.cs: Serilog's file sink, its default template "[{Level:u3}] {Message:lj}"
        return "[" + {"trace": "VRB", "debug": "DBG", "info": "INF", "warn": "WRN", "error": "ERR",
                      "critical": "FTL", "fatal": "FTL"}.get(level, "INF") + "] " + template
    if program.name == "code-server":
        return f"{level:<5} " + template  # ServerFormatter: the level's tag padded to 5, then a space
    if program.name == "nut" and "_with_errno(" in m.group():
        template += ": %{err}"  # common.c: vupslog with use_strerror appends ": " and strerror(errno)
    if program.name == "sympa":
        # Sympa::Log::syslog: the level's word as called, then the calling sub (Package::sub() , or
        # glued to a message that opens with "(") -- at 'err', the call stack "main::#n > ... > sub#n"
        word = re.search(r"syslog\(\s*['\"]?(\w+)", m.group()).group(1)
        before = src[:m.start()]
        package = re.findall(r"^\s*package\s+([\w:]+)\s*;", before, re.M)
        sub = re.findall(r"^\s*sub\s+(\w+)", before, re.M)
        if not package or not sub:
            return f"{word} main:: " + template
        caller = f"{package[-1]}::{sub[-1]}"
        if word == "err":
            return f"err main::#%{{int}} > {caller}#{line} " + template
        return f"{word} {caller}" + ("" if template.startswith("(") else "() ") + template
    if program.name == "wire-server":
        return {"trace": "T", "debug": "D", "info": "I", "warn": "W", "error": "E", "fatal": "F"}.get(
            level, "I") + ", " + template
    return template


_MONERO_LEVELS = {"LOG_PRINT_L0": "warn", "LOG_PRINT_L1": "info", "LOG_PRINT_L2": "debug",
                  "LOG_PRINT_L3": "trace", "LOG_PRINT_L4": "trace"}
_HARAKA_LEVELS = {"data": "trace", "protocol": "trace", "debug": "debug", "info": "info", "notice": "notice",
                  "warn": "warn", "error": "error", "crit": "critical", "alert": "alert", "emerg": "fatal"}


def _round_14_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 14's calls said otherwise than by the called name: easylogging's
    LOG_PRINT_Ln (monero: 0 a warning, 1 info, 2 debug, 3-4 trace), Haraka's logcrit and
    logprotocol, iTerm2's DLog (its debug log), Unison's Util.msg inside ``debug (fun () ->``,
    nimble's display with a Warning/Error type or DebugPriority, FTL's and ProFTPD's crit."""
    call = m.group()
    if program.name == "monero":
        named = re.match(r"\w+", call).group()
        return _MONERO_LEVELS.get(named, level)
    if program.name == "haraka":
        word = re.search(r"log(data|protocol|debug|info|notice|warn|error|crit|alert|emerg)\(", call)
        return _HARAKA_LEVELS[word.group(1)] if word else level
    if program.name == "iterm2":
        return {"DLog": "debug", "ELog": "error"}.get(call[:4], "info")
    if program.name == "unison":
        if call.startswith("Util.msg"):
            before = src[max(0, m.start() - 120):m.start()]
            return "debug" if re.search(r"\bdebug\w*\s*\(?\s*fun\s*\(\s*\)\s*->\s*\(?\s*$", before) else "info"
        return level
    if program.name == "nimble":
        read = read_args(src, m.end(), "c")
        args = " ".join(read[0]) if read else ""
        if "DebugPriority" in args or call.startswith("displayDebug"):
            return "debug"
        if re.search(r"(?<![\w.])Warning\b", args):
            return "warn"
        if re.search(r"(?<![\w.])Error\b", args):
            return "error"
        return level
    if program.name in ("ftl", "proftpd") and re.search(r"_crit\(|PR_LOG_CRIT\b", call):
        return "critical"
    if program.name == "proftpd" and re.search(r"PR_LOG_(?:ALERT|EMERG)\b", call):
        return "alert"
    return level


_CLOJURE_SYMBOL = re.compile(r"[\w*+!?<>=/.-]+")


def _round_14_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 14's calls not read the common way: lightpanda's
    ``log.x(.scope, "msg", .{ .key = value })``, nimble's ``display(category, message)``,
    D's std.logger ``info(a, b, c)`` (its arguments written one after another), navidrome's
    lone ``err`` argument (logged as error=...), clojure-lsp's logger-tag and leading
    throwable; None for the others."""
    if program.name == "lightpanda":
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        message = _literal_text(read[0][0], lang)
        if message is None:
            return None, []
        fields: list[list[str]] = []
        data = read[0][1].strip() if len(read[0]) > 1 else ""
        if data.startswith(".{"):
            items = read_args(data, 2, lang, closer="}")
            for item in (items[0] if items else []):
                pair = re.match(r"\s*\.(@\"[^\"]+\"|\w+)\s*=\s*(.*)$", item, re.S)
                if pair:
                    key = pair.group(1).strip('@"')
                    fields.append([key, kind_of_field(key, pair.group(2).strip(), lang)])
        return message.replace("%", "%%"), fields
    if program.name == "nimble":
        if _ABOVE_THE_CALL_PATH[0].endswith("/cli.nim"):
            return None, []  # cli.nim's own wrappers (displayWarning calls display): no statement
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        args = [a for a in read[0] if not re.match(r"\s*(?:priority\s*=|displayType\s*=)", a)]
        named = re.match(r"display(\w*)\(", m.group())
        fixed = {"Warning": "Warning: ", "Hint": "Hint: ", "Details": "Details: ", "Success": "Success: ",
                 "Error": "Error: ", "Info": "Info: ", "Debug": "Debug:"}
        if named.group(1) in fixed and not (named.group(1) == "Debug" and len(args) > 1):
            category, message_args = fixed[named.group(1)], args[:1]
        else:
            category = _literal_text(args[0], lang) if args else None
            message_args = args[1:2]
        if not message_args:
            return None, []
        text = _nim_text(message_args[0], lang, program.rules)
        if text is None:
            return None, []
        # cli.nim: the category right-aligned to len("Downloading"), a space, then the message
        head = _slot("word", "") if category is None else category.rjust(11).replace("%", "%%")
        return head + " " + text, []
    if program.name == "serve-d" and not re.search(r"f\($", m.group()):
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        return _concatenated([a for a in read[0] if a.strip()], lang, program.rules), []
    if program.name == "clojure-lsp":
        read = _form_items(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        items = list(read[0])
        if len(items) > 1 and re.fullmatch(r"e|ex|err|error|t|throwable|exception", items[0]):
            items = items[1:]  # timbre: a first throwable is the record's error, printed after it
        tag = re.search(r'\(def\s+(?:\^:private\s+)?logger-tag\s+"([^"]*)"', src)
        items = [json.dumps(tag.group(1)) if item == "logger-tag" and tag else item for item in items]
        out: list[str] = []
        for item in items:  # timbre prints its arguments separated by spaces
            formatted = _form_items(item, len("(format"), lang) if re.match(r"\(format\s", item) else None
            parts = pieces(formatted[0][0], lang, program.rules) if formatted and formatted[0] else None
            text = (build(parts, formatted[0][1:], "printf", lang, rules=program.rules) if parts is not None
                    else _concatenated([item], lang, program.rules))
            if text is None:
                return None, []
            out.append(text)
        return " ".join(out), []
    if program.name in ("proftpd", "ftl"):
        # a #define NAME "text" glued to the format's literals (ProFTPD's MOD_X_VERSION ": ...", FTL's
        # "..."WATCHDIR"/%s"): its text (the common reading dropped such calls or read them as one value)
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None
        glued = re.compile(r'\b[A-Z_][A-Z0-9_]*\b(?=\s*")|(?<=")\s*[A-Z_][A-Z0-9_]*\b')
        first = read[0][0]
        if not any(found.group().strip() in _MACROS for found in glued.finditer(first)):
            return None
        first = glued.sub(lambda found: " " + json.dumps(_MACROS[found.group().strip()]) + " "
                          if found.group().strip() in _MACROS else found.group(), first)
        template, _, fields = _message([first, *read[0][1:]], program)
        return template, fields
    if program.name == "navidrome":
        args = _nonblank_args(src, m.end(), lang)
        if args is None:
            return None, []
        message = _literal_text(args[0], lang) if args else None
        if message is None:
            return None
        rest, fields = args[1:], []
        k = 0
        while k < len(rest):  # log.addFields: "key", value pairs; a lone error is error=...
            key = _literal_text(rest[k], lang)
            if key is not None and k + 1 < len(rest):
                fields.append([key, kind_of_field(key, rest[k + 1], lang)])
                k += 2
            else:
                if re.fullmatch(r"\s*(?:err|\w*Err|e|error)\s*", rest[k]):
                    fields.append(["error", "err"])
                k += 1
        return message.replace("%", "%%"), fields
    return None


def _nim_text(arg: str, lang: str, rules: int) -> str | None:
    """A Nim string expression as printed: ``a & b`` one after another, ``&"...{x}..."`` and
    ``fmt"..."`` (strformat) their text with each ``{expression}`` a value."""
    out = []
    prefixed = False  # an empty operand: the "&" before it was strformat's, not a concatenation
    for operand in _top_level_operands(arg.strip(), "&", lang):
        operand = ("&" if prefixed else "") + operand.strip()
        prefixed = not operand
        formatted = re.fullmatch(r'(?:&|fmt)\s*("(?:[^"\\]|\\.)*")', operand) if operand.startswith(("&", "fmt")) else None
        if formatted is None and not operand:
            continue
        if formatted is not None:
            text = _literal_text(formatted.group(1), lang)
            if text is None:
                return None
            pieces_ = re.split(r"\{([^{}]+)\}", text)
            out.append("".join(piece.replace("%", "%%") if i % 2 == 0 else
                               _slot(kind_of_expression(piece.split(":")[0].strip(), "", lang), "")
                               for i, piece in enumerate(pieces_)))
            continue
        substituted = re.fullmatch(r'("(?:[^"\\]|\\.)*")\s*%\s*\[(.*)\]', operand, re.S)
        if substituted is not None:  # strutils' "text $# and $1" % [a, b]
            text = _literal_text(substituted.group(1), lang)
            values = (read_args(substituted.group(2) + ")", 0, lang) or ([],))[0]
            if text is None:
                return None
            count = iter(range(len(values)))

            def value(found: re.Match) -> str:
                index = next(count, None) if found.group(1) == "#" else int(found.group(1)) - 1
                expression = values[index].strip() if index is not None and 0 <= index < len(values) else ""
                return _slot(kind_of_expression(expression, "", lang), "")
            out.append(re.sub(r"\$(#|\d+)", value, text.replace("%", "%%")))
            continue
        text = _concatenated([operand], lang, rules)
        if text is None:
            return None
        out.append(text)
    return "".join(out) if out else None


_FRIENDICA_RECORD = "\u241e"  # (rules 14) where generate.py writes Friendica's context, then " - "


_NPMLOG_DISP = {"silly": "sill", "verbose": "verb", "info": "info", "http": "http", "warn": "WARN",
                "error": "ERR!"}


def _round_14_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 14's loggers print before the message, read from each one's logging code (the
    time left out): FTL's "[pid] LEVEL: " (log.c), easylogging's tab-separated thread, level,
    category and file:line (monero's MLOG_BASE_FORMAT), ZNC's "[ ** ] "/"[ !! ] " (Utils.cpp),
    Python's "name - LEVEL - " (distributed.yaml), npmlog's level and prefix (wildduck), Haraka's
    "[LEVEL] [uuid] [origin] " (logger.js), timbre's "LEVEL [ns:line] - " (clojure-lsp),
    GLPI Agent's "[level] ", Unison's "[module] " (Trace.debug), iTerm2's "file:line (function): "
    (DebugLogging.m), Tarantool's "main/fid/fiber[/module] file:line L> " (say.c)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    if program.name == "ftl":
        flag = re.search(r"log_debug\(\s*(DEBUG_\w+)", m.group())
        word = flag.group(1) if flag else {"error": "ERROR", "warn": "WARNING", "notice": "NOTICE",
                                           "critical": "CRIT"}.get(level, "INFO")
        return f"[%{{int}}M] {word}: " + template
    if program.name == "monero":
        category = "global" if m.group().startswith("MGINFO") else None
        if category is None:
            defined = re.findall(r'#define\s+MONERO_DEFAULT_LOG_CATEGORY\s+"([^"]+)"', src[:m.start()])
            category = defined[-1] if defined else "default"
        word = {"warn": "WARNING", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL"}.get(
            level, "INFO")
        return f"[%{{word}}]\t{word}\t{category}\t{path}:{line}\t" + template
    if program.name == "znc" and m.group().startswith("CUtils::"):
        return {"Error(": "[ !! ] ", "Action(": "[ .. ] ", "Status(": "[ >> ] "}.get(
            m.group()[len("CUtils::Print"):], "[ ** ] ") + template
    if program.name == "distributed":
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        word = {"warn": "WARNING", "error": "ERROR", "debug": "DEBUG", "critical": "CRITICAL"}.get(level, "INFO")
        return f"{module} - {word} - " + template
    if program.name == "wildduck":
        read = read_args(src, m.end(), "js")
        prefix = _literal_text(read[0][0], "js") if read and read[0] else None
        disp = _NPMLOG_DISP.get(re.search(r"\.(\w+)\($", m.group()).group(1), "info")
        return f"{disp} " + (prefix.replace("%", "%%") if prefix is not None else "%{word}") + " " + template
    if program.name == "haraka":
        word = re.search(r"log(\w+)\($", m.group()).group(1).upper()
        if path.startswith("plugins/"):
            uuid, origin = "%{uuid}", path.removeprefix("plugins/").removesuffix(".js").removesuffix("/index")
        elif path.startswith("outbound/"):
            uuid, origin = "%{uuid}", "outbound"
        elif base in ("connection.js", "transaction.js"):
            uuid, origin = "%{uuid}", "core"
        else:
            uuid, origin = "-", "core"
        return f"[{word}] [{uuid}] [{origin}] " + template
    if program.name == "clojure-lsp":
        ns = path.split("/src/", 1)[-1].removesuffix(".clj").replace("/", ".").replace("_", "-")
        return f"{level.upper()} [{ns}:{line}] - " + template
    if program.name == "glpi-agent":
        word = re.search(r"->(\w+)\($", m.group()).group(1)
        return f"[{word}] " + template
    if program.name == "unison" and level == "debug":
        before = src[max(0, m.start() - 120):m.start()]
        name = re.search(r"\b(debug\w*)\s*\(?\s*fun\s*\(\s*\)\s*->\s*\(?\s*$", before)
        bound = re.search(r"\blet\s+" + name.group(1) + r"\s*=\s*Trace\.debug\s+\"([^\"]*)\"", src) if name else None
        return (f"[{bound.group(1)}] " if bound else "[%{word}] ") + template
    if program.name == "iterm2" and not m.group().startswith("NSLog"):
        before = src[:m.start()]
        cls = re.findall(r"^@implementation\s+(\w+(?:\s*\(\w*\))?)", before, re.M)
        method = re.findall(r"^([-+])\s*\([^)]*\)\s*([^{;]*?)\s*\{?\s*$", before, re.M)
        if cls and method:
            sign, signature = method[-1]
            selector = "".join(re.findall(r"(\w+:)", signature)) or signature.split()[0]
            function = sign + "[" + re.sub(r"\s+", "", cls[-1]) + " " + selector + "]"
        else:
            function = _enclosing_c_function(src, m.start()) or "%{name}"
        return f"{base}:{line} ({function.replace('%', '%%') if function != '%{name}' else function}): " + template
    if program.name == "lightpanda":
        # log.zig's logfmt (release builds): $time (left out), $scope, $level, $msg quoted; generate.py
        # writes the struct's fields after it as key=value
        scope = re.search(r"\(\s*\.(\w+)", m.group())
        word = "error" if level == "error" else level
        return f'$scope={scope.group(1) if scope else "app"} $level={word} $msg="' + template + '"'
    if program.name == "proftpd":
        # log.c's SystemLog line: the host, then "proftpd[pid]", and in a session (a module's calls) the
        # server's name and the client's "(name[ip])"
        if path.startswith("modules/"):
            return "%{host} proftpd[%{int}] %{host} (%{host}[%{ip}]): " + template
        return "%{host} proftpd[%{int}]: " + template
    if program.name == "rspamd":
        # logger.c: "#pid(process) ", then "<uid>; module; " for a task's or a module's macros, then
        # the calling function (G_STRFUNC) and ": "
        macro = re.match(r"msg_[a-z]+(?:_(\w+))?\(", m.group())
        module = macro.group(1) if macro and macro.group(1) else None
        function = _enclosing_c_function(src, m.start())
        middle = f"<%{{id}}>; {'task' if module in ('task', 'task_check') else module}; " if module else ""
        return "#%{int}(%{word}) " + middle + (function or "%{name}") + ": " + template
    if program.name == "undertow":
        # JBoss LogManager's default console pattern "%-5p [%c] (%t) %s": the level, the category
        # (the message logger's package and suffix, else the class), the worker thread
        named = re.match(r"(Undertow\w*Logger)\.(\w+)_LOGGER", m.group())
        packages = {"UndertowLogger": "io.undertow", "UndertowServletLogger": "io.undertow.servlet"}
        suffixes = {"ROOT": "", "REQUEST": ".request", "REQUEST_IO": ".request.io", "SESSION": ".session",
                    "SECURITY": ".request.security", "PROXY_REQUEST": ".proxy", "PREDICATE": ".predicate",
                    "RESPONSE": ".response", "REQUEST_DUMPER": ".request.dump"}
        if named and named.group(1) in packages:
            category = packages[named.group(1)] + suffixes.get(named.group(2), "")
        else:
            category = _java_class(src, path)
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR"}.get(level, "INFO")
        return f"{word:<5} [{category}] (XNIO-1 task-%{{int}}) " + template
    if program.name == "friendica":
        # StreamLogger: the channel, "[LEVEL]: ", the interpolated message, the context as JSON
        # (generate.py), " - " and the record (Introspection: file, line, function; uid, process_id)
        channel = "worker" if path.startswith("src/Worker/") else "app"
        functions = re.findall(r"\bfunction\s+(\w+)\s*\(", src[:m.start()])
        function = functions[-1] if functions else "%{name}"
        record = ('{"file":"' + base + '","line":' + line + ',"function":"' + function.split("::")[-1]
                  + '","uid":"%{hex}","process_id":%{int}}')
        return f"{channel} [{level.upper()}]: " + template + _FRIENDICA_RECORD + record
    if program.name == "redmine":
        # production.rb: Ruby's Logger::Formatter ("L, [time #pid] LEVEL -- : ", the level right-aligned
        # to 5), then TaggedLogging's request id
        word = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "fatal": "FATAL"}.get(level, "INFO")
        return f"{word[0]}, [#%{{int}}] {word:>5} -- : [%{{uuid}}] " + template
    if program.name == "garnet":
        # GarnetServer.cs: the simple console logger on one line, "level: Category[event] " (the
        # time left out), the category the logging class
        return f"{_MEL_LEVEL_WORDS.get(level, 'info')}: {base.removesuffix('.cs')}[0] " + template
    if program.name == "tarantool":
        module = "/tarantool.config" if "/config/" in path else ""
        letter = {"fatal": "F", "error": "E", "critical": "C", "warn": "W", "info": "I", "verbose": "V",
                  "debug": "D"}.get(level, "I")
        return f"main/%{{int}}/main{module} {base}:{line} {letter}> " + template
    return template


# ---------------------------------------------------------------- round 15 (checked after the pin)


_KNOT_WORDS = {"fatal": "critical", "error": "error", "warn": "warning", "notice": "notice", "info": "info",
               "debug": "debug"}
_XRDP_WORDS = {"ALWAYS": "CORE ", "ERROR": "ERROR", "WARNING": "WARN ", "INFO": "INFO ", "DEBUG": "DEBUG",
               "TRACE": "TRACE"}
# Microsoft.Extensions.Logging's console logger: the four letters it prints for each level
# ("level: Category[event id] "; garnet, Hangfire's hosts, Ocelot's, Quartz.NET's)
_MEL_LEVEL_WORDS = {"trace": "trce", "debug": "dbug", "info": "info", "warn": "warn", "error": "fail",
                    "critical": "crit", "fatal": "crit"}


def _dotnet_category(src: str, name: str) -> str:
    """A C# class's logger category as ``ILogger<T>`` names it: the file's namespace, a dot,
    the class (``name``); the class alone where the file declares no namespace."""
    namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
    return (namespace.group(1) + "." if namespace else "") + name


_DOTNET_LEVELS = {"Trace": "trace", "Debug": "debug", "Information": "info", "Warning": "warn", "Error": "error",
                  "Critical": "critical"}
_TRACING_ICONS = {"trace": "\U0001f4cd", "debug": "\U0001f41b", "info": "\uff49", "warn": "\U0001f6a7",
                  "error": "\U0001f6a8"}
# (rules 15) the enums whose raw values ProtonVPN's log calls name (category: .x, event: .y)
_ROUND_15_ENUMS: dict[str, dict[str, str]] = {}


def _swift_enum_values(src: str, name: str) -> dict[str, str]:
    """A Swift ``enum Name: String``'s cases and their raw values (a case without one is its name)."""
    found = re.search(r"\benum\s+" + name + r"\s*:\s*String\s*\{(.*?)\n\s*\}", src, re.S)
    out: dict[str, str] = {}
    for case in re.finditer(r"\bcase\s+`?(\w+)`?(?:\s*=\s*\"([^\"]*)\")?", found.group(1) if found else ""):
        out[case.group(1)] = case.group(2) if case.group(2) is not None else case.group(1)
    return out


def _in_macro_body(src: str, at: int) -> bool:
    """Whether ``at`` lies in a C ``#define``'s body (its lines end with a backslash)."""
    start = src.rfind("\n", 0, at) + 1
    while True:
        if src[start:].lstrip().startswith("#"):
            return bool(re.match(r"\s*#\s*define\b", src[start:]))
        if start == 0 or not src[:start - 1].rstrip(" \t").endswith("\\"):
            return False
        start = src.rfind("\n", 0, start - 1) + 1


def _round_15_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 15's calls said otherwise than by the called name: .NET's
    ``LogLevel.X`` in LoggerMessage.Define and [LoggerMessage(Level = ...)] (an EventId's name
    such as ``Runtime_Error_100270`` says none), Python's ``exception()`` (error), xrdp's
    ``LOG_LEVEL_ALWAYS``, zerolog's
    ``Err(err)`` chain (error), package:logging's shout (critical), severe (error), config
    (info) and fine/finer/finest (debug), trigger's ``log()`` (its own level "log")."""
    call = m.group()
    if program.name in ("yarp", "orleans") and "LoggerMessage" in call:
        end = src.find(")]", m.start()) if call.startswith("[") else m.end()
        named = re.search(r"\bLogLevel\.(\w+)", src[m.start():end if end > 0 else m.end()])
        return _DOTNET_LEVELS.get(named.group(1), level) if named else level
    if program.language == "python" and call.endswith(".exception("):
        return "error"  # logging's exception(): an error record with the traceback
    if program.name == "xrdp" and "LOG_LEVEL_ALWAYS" in call:
        return "info"
    if program.name == "trigger" and call.endswith(".log("):
        return "log"  # its Logger's log(): the record's level is "log"
    if program.name == "cloudflared" and src.startswith(".Err(", m.end()):
        return "error"
    if program.name == "pub-dev":
        word = re.search(r"\.(\w+)\($", call).group(1)
        return {"shout": "critical", "severe": "error", "config": "info", "fine": "debug", "finer": "debug",
                "finest": "debug"}.get(word, level)
    return level


def _round_15_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 15's calls not read the common way: xrdp's LOG_DEVEL (none:
    release builds compile it out, log.h), a C call in a ``#define``'s body that passes the
    macro's own arguments on (no call site of its own: knot's migration.c), ProtonVPN's
    ``category:``, ``event:`` and ``metadata: [...]`` arguments, an orleans [LoggerMessage]
    attribute's ``Message = "..."``; None for the others."""
    if program.language in ("c", "cpp") and _in_macro_body(src, m.start()):
        read = read_args(src, m.end(), lang)
        if read is None or any("__VA_ARGS__" in a for a in read[0]):
            return None, []
    if program.name == "xrdp" and m.group().startswith("LOG_DEVEL"):
        return None, []
    if program.name == "orleans" and m.group().startswith("["):
        # the attribute's Message = "..." (the partial method's parameters fill its {Names})
        args = read_args(src, m.end(), lang)
        if args is None or not args[0]:
            return None, []
        template, _, fields = _message(args[0][:1], program)
        return template, fields
    if program.name == "protonvpn":
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None, []
        message = [a for a in args if not re.match(r"\s*(?:category|event|metadata|source)\s*:", a)]
        template, _, _ = _message(message[:1], program)
        if template is None:
            return None, []
        named = {key: re.match(r"\s*\w+\s*:\s*\.?(\w+)", a) for a in args
                 for key in ("category", "event") if re.match(r"\s*" + key + r"\s*:", a)}
        category = named.get("category")
        event = named.get("event")
        category_text = _ROUND_15_ENUMS.get("Category", {}).get(category.group(1), category.group(1)) if category else ""
        event_text = ":" + _ROUND_15_ENUMS.get("Event", {}).get(event.group(1), event.group(1)) if event else ""
        fields: list[list[str]] = []
        meta = next((a for a in args if re.match(r"\s*metadata\s*:", a)), None)
        if meta is not None:
            body = meta.split(":", 1)[1].strip()
            entries = read_args(body, 1, lang, closer="]") if body.startswith("[") else None
            for entry in entries[0] if entries else []:
                key_text, _, value = entry.partition(":")
                key = _literal_text(key_text, lang)
                if key:
                    value = value.strip()
                    inner = re.fullmatch(r'"\\\((.*)\)"', value, re.S)  # "\(x)": the value printed
                    fields.append([key, kind_of_field(key, inner.group(1) if inner else value, lang)])
        head = (category_text + event_text).upper().replace("%", "%%")
        # FileLogFormatter: "LEVEL | CATEGORY:EVENT | message | metadata" (the time left out);
        # generate.py writes the metadata's JSON after the last bar
        word = {"trace": "TRACE", "debug": "DEBUG", "notice": "NOTIC", "warn": "WARN ", "error": "ERROR",
                "critical": "FATAL"}.get(_LEVEL.search(m.group()).group(1).lower() if _LEVEL.search(m.group())
                                          else "info", "INFO ")
        return f"{word} | {head} | {template} |", fields
    return None


def _cpp_function_at_column_0(src: str, at: int) -> str | None:
    """The unqualified name of the C++ function defined last before ``at`` with its head at the
    start of a line (``void Manager::Stop() {`` -> ``Stop``), as ``__builtin_FUNCTION()``
    names it; a macro's call (an all-capitals name) or a declaration (``;``) is none."""
    found = None
    for m in re.finditer(r"^(?![#/ \t}])[^;\n]*?\b(~?\w+)\s*\([^;]*$", src[:at], re.M):
        if not re.fullmatch(r"[A-Z0-9_]+", m.group(1)) and m.group(1) not in ("if", "for", "while", "switch",
                                                                               "return", "catch"):
            found = m.group(1)
    return found


def _round_15_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 15's loggers print before the message, read from each one's logging code (the
    time left out): knot's "level: " and a zone's "[zone.] " (log.c), xrdp's "[LEVEL] " (log.c),
    userver's TSKV tags before text= (log_helper.cpp, logger.cpp), stellar-core's node and
    "[Partition LEVEL] " (Logging.cpp), ThingsBoard's logback pattern, Pinchflat's
    "[level] | " (config.exs), misk's log4j2 pattern, Dependabot's severity and job (formats.rb), pub-dev's logger
    name (logging.dart), crates.io's compact tracing line, lldap's tracing-forest line,
    cloudflared's zerolog console level, Symfony's Monolog channel and level."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    if program.name == "knot":
        zone = "[%{host}.] " if re.match(r"log_(?:ctl_)?zone_", m.group()) else ""
        return f"{_KNOT_WORDS.get(level, level)}: {zone}" + template
    if program.name == "xrdp":
        named = re.search(r"LOG_LEVEL_(\w+)", m.group())
        return f"[{_XRDP_WORDS.get(named.group(1), 'INFO ') if named else 'INFO '}] " + template
    if program.name == "userver":
        function = _cpp_function_at_column_0(src, m.start()) or "%{name}"
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARNING", "error": "ERROR", "critical": "CRITICAL"}.get(
            level, "INFO")
        return (f"tskv\tlevel={word}\tmodule={function} ( {path}:{line} ) \ttask_id=%{{hex}}\t"
                f"thread_id=0x%{{hex}}\ttext=" + template.replace("\t", "\\t").replace("\n", "\\n"))
    if program.name == "stellar-core":
        named = re.match(r"C?LOG_\w+\(\s*(\w+)", m.group())
        partition = named.group(1) if m.group().startswith("CLOG") and named else "default"
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARNING", "error": "ERROR", "fatal": "FATAL"}.get(
            level, "INFO")
        return f"GCKFB [{partition} {word}] " + template  # the node's short id, one per process
    if program.name == "thingsboard":
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR"}.get(level, "INFO")
        return f"[%{{name}}] {word:<5} {_logback_abbreviated(_java_class(src, path), 36)} - " + template
    if program.name == "pinchflat":
        return f"[{'warning' if level == 'warn' else level}] | " + template
    if program.name == "misk":
        # log4j2.yaml: "%-5p [%-25t] %c{1.}: " (the time and the colours left out), the logger the
        # file's class with each package cut to its first letter
        *packages, cls = _java_class(src, path).split(".")
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR"}.get(level, "INFO")
        return f"{word:<5} [%{{name}}] {'.'.join([p[0] for p in packages] + [cls])}: " + template
    if program.name == "dependabot":
        word = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "fatal": "FATAL"}.get(level, "INFO")
        return f"{word} <job_%{{int}}> " + template
    if program.name == "pub-dev":
        named = re.search(r"\bfinal\s+_?\w*\s*=\s*Logger\('([^']+)'\)|\bLogger\('([^']+)'\)", src)
        name = (named.group(1) or named.group(2)) if named else None
        return (name.replace("%", "%%") + ": " if name else "") + template
    if program.name == "crates-io":
        crate = path.split("/")[1] if path.startswith("crates/") else "crates_io"
        module = _rust_module_path(crate, path.split("src/", 1)[-1].removesuffix(".rs"))
        return f"{level.upper():>5} {module}: " + template
    if program.name == "lldap":
        return f"{level.upper():<8} \u251d\u2501 {_TRACING_ICONS.get(level, '')} [{level}]: " + template
    if program.name == "cloudflared":
        return {"trace": "TRC", "debug": "DBG", "warn": "WRN", "error": "ERR", "fatal": "FTL"}.get(level, "INF") + " " + template
    if program.name == "symfony":
        component = re.match(r"src/Symfony/(?:Component|Bridge|Bundle)/(\w+)/", path)
        channel = _SYMFONY_CHANNELS.get(component.group(1), "app") if component else "app"
        return f"{channel}.{level.upper()}: " + template
    return template


# (rules 15) the Monolog channel Symfony's FrameworkBundle tags each component's logger with
# (Resources/config: tag('monolog.logger', ['channel' => ...])); the others log to "app"
_SYMFONY_CHANNELS = {"HttpKernel": "request", "Security": "security", "SecurityBundle": "security",
                     "EventDispatcher": "event", "Console": "console", "Cache": "cache", "HttpClient": "http_client",
                     "Messenger": "messenger", "Routing": "router", "Lock": "lock", "Mailer": "mailer",
                     "Doctrine": "doctrine", "Scheduler": "scheduler", "Translation": "translation",
                     "Workflow": "workflow", "RateLimiter": "rate_limiter", "Notifier": "notifier",
                     "AssetMapper": "asset_mapper", "Runtime": "php", "ErrorHandler": "php"}


# ---------------------------------------------------------------- round 16 (checked after the pin)


# (rules 16) ntfy's tag constants (tagHTTP = "http"), read from its Go files when it is extracted
_ROUND_16_CONSTANTS: dict[str, str] = {}


def _round_16_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 16's calls said otherwise than by the called name: Artemis'
    ``@LogMessage(..., level = LogMessage.Level.X)``, Mumble's ``Server::log`` (qWarning),
    Ryujinx's ``Logger.Stub`` (its own level, Stub)."""
    call = m.group()
    if program.name == "artemis" and call.startswith("@LogMessage"):
        end = src.find(")", m.end())
        named = re.search(r"\blevel\s*=\s*(?:LogMessage\.)?Level\.(\w+)", src[m.start():end if end > 0 else m.end()])
        return named.group(1).lower() if named else "info"
    if program.name == "mumble" and re.match(r"log\(", call):
        return "warn"  # Server::log: qWarning("%d => %s", ...)
    if program.name == "ryujinx" and call.startswith("Logger.Stub"):
        return "stub"
    if program.name == "ntfy":  # the chain's last call: log.Tag(t).Err(err).Warn(...)
        terminal = re.match(r"(?:\s*\.\s*\w+\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*?\s*\.\s*"
                            r"(Trace|Debug|Info|Warn|Error|Fatal)\(", src[m.end():m.end() + 2000])
        return terminal.group(1).lower() if terminal else level
    return level


def _haskell_primes_outside_strings(statement: str) -> str:
    """A name's prime (x', e'') read as a letter, a string literal's apostrophe kept (rules 8
    turned "aren't" into "aren_t")."""
    return re.sub(r'"(?:[^"\\\n]|\\.)*"|(?<=[\w\'])\'',
                  lambda found: found.group() if found.group().startswith('"') else "_", statement)


def _evt_tags(args: list[str]) -> list[tuple[str, str]]:
    """syslog-ng's evt_tag_x("key", value) arguments as (key, the value's template): the
    eventlog prints them as key='value' (evtfmt.c); evt_tag_errno and evt_tag_error print
    strerror and the number in parentheses (evttags.c); a helper of the program's own that
    makes a location tag prints file:line:column (log_pipe_location_tag)."""
    tags = []
    for arg in args:
        arg = arg.strip()
        call = re.match(r"(evt_tag_\w+|\w+_location_tag)\s*\(", arg)
        if not call:
            continue
        if call.group(1).endswith("_location_tag"):
            tags.append(("location", "%{path}:%{int}:%{int}"))
            continue
        inner = read_args(arg, call.end(), "c")
        if inner is None or not inner[0]:
            continue
        key = _literal_text(inner[0][0], "c")
        if key is None:
            continue
        helper = call.group(1)
        if helper in ("evt_tag_errno", "evt_tag_error"):
            tags.append((key, "%{err} (%{int})"))
        elif helper in ("evt_tag_int", "evt_tag_long", "evt_tag_size", "evt_tag_ulong"):
            kind = kind_of_field(key, inner[0][1] if len(inner[0]) > 1 else "", "c")
            tags.append((key, "%{" + ("int" if kind in ("any", "name", "text") else kind) + "}"))  # digits
        elif helper == "evt_tag_printf" and len(inner[0]) > 1:
            text = _literal_text(inner[0][1], "c")
            tags.append((key, "%{any}" if text is None or "%" in text else text.replace("%", "%%")))
        else:
            value = inner[0][1] if len(inner[0]) > 1 else key
            tags.append((key, "%{" + kind_of_field(key, value, "c") + "}"))
    return tags


def _ntfy_chain(src: str, k: int, lang: str, opened: str) -> tuple[str | None, list[list[str]]]:
    """ntfy's log.Tag(tag).Field("k", v).Err(err).Debug("fmt %s", a) (log/event.go): the
    message with printf's conversions, then each field as String() prints it, sorted by key:
    "LEVEL message (k=v, k=v)". The helpers that open a chain add their contexters' fields
    (server/log.go; a visitor's and a message's shortened to their ids)."""
    fields: dict[str, str] = {}
    head = re.match(r"(\w+)", opened).group(1)
    if head in ("logr", "logvr", "logvrm"):
        fields.update({"tag": "http", "http_method": "%{method}", "http_path": "%{path}"})
    if head in ("logv", "logvr", "logvrm", "logvm"):
        fields.update({"visitor_id": "%{id}", "visitor_ip": "%{ip}"})
    if head in ("logvrm", "logvm"):
        fields["message_id"] = "%{id}"
    if head == "logem":
        fields.update({"tag": "smtp", "smtp_hostname": "%{host}", "smtp_remote_addr": "%{addr}"})
    for _ in range(12):
        found = re.match(r"\s*\.\s*(\w+)\(", src[k:])
        if not found:
            return None, []
        name = found.group(1)
        read = read_args(src, k + found.end(), lang)
        if read is None:
            return None, []
        args, k = read
        if name == "Tag" and args:
            text = _literal_text(args[0], lang)
            if text is None:
                text = _ROUND_16_CONSTANTS.get(args[0].strip())
            fields["tag"] = text.replace("%", "%%") if text is not None else "%{word}"
        elif name in ("Field", "FieldIf") and len(args) >= 2:
            key = _literal_text(args[0], lang)
            if key:
                fields[key] = "%{" + kind_of_field(key, args[1], lang) + "}"
        elif name == "Fields" and args:
            body = args[0]
            brace = body.find("{")
            entries = read_args(body, brace + 1, lang, closer="}") if brace >= 0 else None
            for key, value in _named_entries(entries, ":", lang).items():
                fields[key] = "%{" + kind_of_field(key, value, lang) + "}"
        elif name == "Err":
            fields["error"] = "%{err}"
        elif name == "Timing":
            fields["time_taken_ms"] = "%{int}"
        elif name in ("Trace", "Debug", "Info", "Warn", "Error", "Fatal"):
            if not args:
                return None, []
            message_arg, format_args = unwrap(args[0], lang)
            parts = pieces(message_arg, lang)
            if parts is None:
                return None, []
            template = build(parts, format_args or args[1:], "printf", lang)
            if template is None:
                return None, []
            tail = ", ".join(f"{key}={fields[key]}" for key in sorted(fields))
            return f"{name.upper()} {template.rstrip()}" + (f" ({tail})" if tail else ""), []
        elif name not in ("With", "Time"):
            return None, []
    return None, []


def _round_16_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 16's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "cuberite":
        if re.match(r"F?LOGD\(", call):
            return None, []  # LoggerSimple.h: LOGD and FLOGD are compiled out of release builds
        if call.startswith("FLOG"):  # fmt's {} (fmt::format), the LOGx family printf's
            args = read_args(src, m.end(), lang)
            if args is None or not args[0]:
                return None, []
            template, _, fields = _message(args[0], dataclasses.replace(program, fmt="brace"))
            return template, fields
        return None
    if program.name == "mumble":
        if call.startswith("log(") and "src/murmur/" not in _ABOVE_THE_CALL_PATH[0]:
            return None, []  # only the server's Server::log; the client's Log::log is its chat window
        args = read_args(src, m.end(), lang)
        if args is None or not args[0]:
            return None, []
        if call.startswith("q"):
            # qWarning("text %d", x): Qt's message functions take printf's format
            if read_literal(args[0][0].strip(), 0, lang) is None:
                return None
            template, _, fields = _message(args[0], dataclasses.replace(program, fmt="printf"))
            return template, fields
        # Server::log(ServerUser *u, msg) prints "<session:name(id)> " before the message
        user = len(args[0]) == 2
        template, _, fields = _message(args[0][1:] if user else args[0], program)
        if template is None:
            return None, []
        return ("<%{int}:%{name}(%{int})> " if user else "") + template, fields
    if program.name == "syslog-ng":
        args = read_args(src, m.end(), lang)
        if args is None or not args[0]:
            return None, []
        text = _literal_text(args[0][0], lang)
        if text is None:
            return None, []
        tags = _evt_tags(args[0][1:])
        return text.replace("%", "%%") + ";" + (" " + ", ".join(f"{k}='{v}'" for k, v in tags) if tags else ""), []
    if program.name == "ntfy":
        return _ntfy_chain(src, m.end(), lang, call)
    if program.name == "loop":
        # os_log's privacy specifiers (%{public}@, %{private}d) say who may read a value, not how
        # it prints: the conversion after them is the value's
        args = read_args(src, m.end(), lang)
        if args is None or not args[0]:
            return None, []
        first = re.sub(r"%\{(?:public|private|sensitive)\}", "%", args[0][0])
        template, _, fields = _message([first, *args[0][1:]], program)
        return template, fields
    if program.name == "cabal":
        rest = src[m.end():]
        body = rest.lstrip()
        start = m.end() + (len(rest) - len(body))
        if body.startswith("$"):
            start += 1
        statement = _haskell_primes_outside_strings(_haskell_statement(src, start)).strip()
        operands = [_haskell_operand(o) for o in _top_level_operands(statement, "<>", "c") if o.strip()]
        if len(operands) == 1:
            operands = [_haskell_operand(o) for o in _top_level_operands(statement, "++", "c") if o.strip()]
        return (_concatenated(operands, "c", 8) if operands else None), []
    if program.name == "technitium":
        args = read_args(src, m.end(), lang)
        if args is None or not args[0]:
            return None, []
        if len(args[0]) == 1:
            if pieces(unwrap(args[0][0], lang)[0], lang, program.rules) is None:
                return None, []  # Write(ex): the exception's ToString, no message of the program's
            return None
        # Write(IPEndPoint ep, string message): "[ip:port] " before it (LogManager.cs)
        template, _, fields = _message(args[0][-1:], program)
        if template is None:
            return None, []
        middle = "[%{protocol}] " if len(args[0]) == 3 else ""
        return "[%{ip}:%{port}] " + middle + template, fields
    if program.name == "ryujinx" and ".PrintStub(" in call:
        # PrintStub(LogClass.X[, message]): "Stubbed. " before the message (Logger.cs)
        args = read_args(src, m.start() + call.index("(") + 1, lang)
        if args is None:
            return None, []
        message = args[0][1:2]
        template, _, fields = _message(message, program) if message else ("", [], [])
        if template is None:
            return None, []
        return ("Stubbed. " + template).rstrip(), fields
    return None


def _csharp_member(src: str, at: int) -> str | None:
    """The C# member a call is in, as [CallerMemberName] names it: the last method, constructor
    (.ctor) or property declared before ``at``."""
    found = None
    for m in re.finditer(r"^[ \t]*(?:(?:public|private|protected|internal|static|override|virtual|async|unsafe|"
                         r"sealed|new|extern|partial|readonly)\s+)+(?:[\w<>\[\],.?]+(?:<[^>\n]*>)?\??\s+)?(\w+)\s*"
                         r"(?:<[^>\n]*>)?\s*(\(|\{|=>|$)", src[:at], re.M):
        name = m.group(1)
        if name in ("class", "struct", "interface", "record", "enum", "const", "event", "delegate"):
            continue
        cls = re.search(r"\b(?:class|struct|record)\s+" + name + r"\b", src[:at])
        found = ".ctor" if cls and m.group(2) == "(" else name
    return found


def _ruby_scope(src: str, at: int) -> tuple[str, str, str | None]:
    """(class or module path, separator, method) around a Ruby call, read by indentation: the
    class and module lines above it each less indented than what they hold; "." for a method of
    the class (def self.x), "#" for an instance's."""
    line_start = src.rfind("\n", 0, at) + 1
    indent = len(src[line_start:at]) - len(src[line_start:at].lstrip())
    stack: list[tuple[int, str, str]] = []
    for m in re.finditer(r"^([ \t]*)(class|module|def)\s+(?!<<)(self\.)?([\w:]+[?!=]?)", src[:line_start], re.M):
        depth = len(m.group(1))
        stack = [entry for entry in stack if entry[0] < depth]
        stack.append((depth, m.group(2) + ("self" if m.group(3) else ""), m.group(4)))
    stack = [entry for entry in stack if entry[0] < indent]
    names = [name for _, kind, name in stack if kind in ("class", "module")]
    method = next((entry for entry in reversed(stack) if entry[1].startswith("def")), None)
    return "::".join(names), "." if method and method[1] == "defself" else "#", method[2] if method else None


def _erlang_function(src: str, at: int) -> str:
    """The Erlang function a call is in, name/arity, as logger's mfa prints it."""
    found = None
    for m in re.finditer(r"^([a-z]\w*)\(", src[:at], re.M):
        found = m
    if found is None:
        return "%{name}/%{small}"
    read = read_args(src, found.end(), "erlang")
    arity = len([a for a in read[0] if a.strip()]) if read else 0
    return f"{found.group(1)}/{arity}"


def _round_16_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 16's loggers print before (and after) the message, read from each one's
    logging code (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "exim":
        # deliver.c's "cancelled by system filter%s%.*s": colon is ": " exactly when the
        # filter gave a message, and the message follows it (else both are ""); read as a
        # choice the generator empties the slot after when it draws "" (generate.py, exim)
        if "cancelled by system filter%{any}%{any}" in template:
            template = template.replace("filter%{any}%{any}", "filter" + _slot("choice", "") + "%{any}", 1)
            _CHOICES.insert(template[:template.index("filter%{choice}")].count(_slot("choice", "")), [": ", ""])
        return template
    if program.name == "asterisk":
        # logger.c, format_log_default (a file channel): "LEVEL[lwp] file.c: message"
        if call.startswith("ast_verb"):
            word = "VERBOSE"
        elif call.startswith("ast_debug"):
            word = "DEBUG"
        else:
            named = re.search(r"LOG_(\w+)", call)
            word = named.group(1) if named else "NOTICE"
        return f"{word}[%{{int}}] {base}: " + template
    if program.name == "mumble":
        # murmur's message handler (main.cpp): "<W>time message"; Server::log: "1 => message"
        letter = {"qDebug": "D", "qWarning": "W", "qCritical": "C", "qFatal": "F"}.get(call.split("(")[0], "X")
        if call.startswith("log("):
            return "<W> 1 => " + template
        return f"<{letter}> " + template
    if program.name == "artemis":
        # log4j2.properties: "%d %-5level [%logger] %msg"; a @LogMessage's "AMQ<id>: " (the
        # annotation processor) under the logger its bundle names
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR", "fatal": "FATAL"}.get(level, "INFO")
        if call.startswith("@LogMessage"):
            end = src.find(")", m.end())
            number = re.search(r"\bid\s*=\s*(\d+)", src[m.start():end if end > 0 else m.end()])
            bundle = re.search(r"newBundle\(\s*\w+\.class\s*,\s*\"([^\"]+)\"", src)
            package = re.search(r"^package\s+([\w.]+)\s*;", src, re.M)
            logger = bundle.group(1) if bundle else package.group(1) if package else "%{name}"
            return f"{word:<5} [{logger}] " + (f"AMQ{number.group(1)}: " if number else "") + template
        return f"{word:<5} [{_java_class(src, path)}] " + template
    if program.name == "deluge":
        # log.py: "[%(levelname)-8s][%(name)-10s:%(lineno)-4d] ", the logger named by __name__
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        word = {"warn": "WARNING", "fatal": "CRITICAL"}.get(level, level.upper())
        return f"[{word:<8}][{module:<10}:{line:<4}] " + template
    if program.name == "evcc":
        # jwalterweatherman's Notepad (util/log.go): "[area  ] LEVEL " before the time, the area
        # the file's util.NewLogger("area") padded to 6 (else the file's name)
        areas = set(re.findall(r"NewLogger(?:WithLoadpoint)?\(\s*\"([^\"%]+)\"", src))
        area = areas.pop() if len(areas) == 1 else base.removesuffix(".go")
        word = {"warn": "WARN", "fatal": "FATAL"}.get(level, level.upper())
        return f"[{area:<6}] {word} " + template
    if program.name == "sozu":
        # logs.rs, _prompt_log: "time precise_time pid LEVEL TAG\t" (the times left out)
        tag = "MAIN" if path.startswith("bin/src/command") or base == "upgrade.rs" else (
            "CTL" if path.startswith("bin/src/ctl") else "WRK-%{small}")
        return f"%{{int}} {level.upper()} {tag}\t" + template
    if program.name == "socket.io":
        # the debug module in a process without a terminal: "time namespace message"
        named = re.findall(r"=\s*(?:debugModule|createDebug|debug|require\([\"']debug[\"']\))\(\s*[\"']([^\"']+)[\"']\s*\)",
                           src)
        return (named[0] if len(set(named)) == 1 else "%{name}") + " " + template
    if program.name == "wiki-js":
        # core/logger.js: "time [label] level: message", label MASTER (JOB in a worker)
        if "(STORAGE/%{name})" in template:
            # (STORAGE/${this.storageName}): a constant of the storage module, not a value.
            # s3/common.js is S3CompatibleStorage, built once per module with its name
            # (digitalocean, s3, s3generic's storage.js): one of the three; azure/storage.js
            # never sets storageName, so JavaScript prints "undefined"
            if path.endswith("s3/common.js"):
                template = template.replace("(STORAGE/%{name})", "(STORAGE/" + _slot("choice", "") + ")", 1)
                _CHOICES.insert(template[:template.index("(STORAGE/")].count(_slot("choice", "")),
                                ["Digitalocean", "S3", "S3Generic"])
            else:
                template = template.replace("(STORAGE/%{name})", "(STORAGE/undefined)", 1)
        return f"[{'JOB' if 'jobs/' in path else 'MASTER'}] {level}: " + template
    if program.name == "manageiq":
        # ManageIQ's logger: "[----] I, [time #pid:tid]  INFO -- evm: " and _log's
        # "MIQ(Class#method) " (lib/vmdb/logging.rb)
        word = {"warn": "WARN", "fatal": "FATAL"}.get(level, level.upper())
        prefix = ""
        if not call.startswith("$log"):
            klass, separator, method = _ruby_scope(src, m.start())
            klass = klass or "%{class}"
            prefix = f"MIQ({klass}{separator}{method}) " if method else f"MIQ({klass}) "
        return f"[----] {word[0]}, [#%{{int}}:%{{hex}}] {word:>5} -- evm: " + prefix + template
    if program.name == "ryujinx":
        # DefaultLogFormatter: "time |L| thread LogClass Caller: message"
        named = re.search(r"LogClass\.(\w+)", call)
        letter = {"stub": "S", "warn": "W", "error": "E", "debug": "D", "trace": "T", "notice": "N"}.get(level, "I")
        if "Guest" in call:
            letter = "G"
        elif "AccessLog" in call:
            letter = "A"
        member = "" if "PrintMsg" in call else _csharp_member(src, m.start()) or "%{name}"
        return f"|{letter}| %{{name}} {named.group(1) if named else '%{word}'} {member}: " + template
    if program.name == "erlang-ls":
        # els_lsp.hrl's template: "[time] [level] msg [mfa Lline] pid"
        word = {"warn": "warning"}.get(level, level)
        module = base.removesuffix(".erl")
        return f"[{word}] " + template + f" [{module}:{_erlang_function(src, m.start())} L{line}] <0.%{{int}}.0>"
    if program.name == "electric":
        # runtime.exs: "$time $metadata[$level] $message", the metadata pid, shape_handle and
        # request_id (the others are not printed)
        return f"pid=<0.%{{int}}.0> [{'warning' if level == 'warn' else level}] " + template
    if program.name == "cabal":
        return ("Warning: " if level == "warn" else "") + template  # labelMessage "Warning"
    if program.name == "xen-api":
        # libs/log/debug.ml: "[%5s|%s|%d %s|%s|%s] " (priority, remote context, thread id and
        # name, task, the module's brand from Debug.Make)
        brand = re.search(r"Debug\.Make\s*\(\s*struct\s+let\s+name\s*=\s*\"([^\"]+)\"", src)
        return (f"[{level:>5}||%{{int}} %{{name}}|%{{name}}|{brand.group(1) if brand else base.removesuffix('.ml')}] "
                + template)
    if program.name == "lavinmq":
        # log_formatter.cr's StdoutLogFormat: "time SEVERITY source[context] message"
        sources = re.findall(r"Log\.for[( ]\s*\"([^\"]+)\"", src)
        source = "lmq." + sources[0] if len(set(sources)) == 1 else "lmq"
        return f"{level.upper()} {source} " + template  # (the time and the severity's padding before it left out)
    if program.name == "espocrm":
        # Core/Log/DefaultFormatter: "[time] LEVEL: (code) message" (the context is not printed,
        # ignoreEmptyContextAndExtra), an exception in the context adds its code before the
        # message and Monolog's normalized exception after it
        read = read_args(src, m.end(), "php")
        thrown = bool(read and len(read[0]) > 1 and re.search(r"['\"]exception['\"]\s*=>", read[0][1]))
        word = {"warn": "WARNING", "fatal": "CRITICAL"}.get(level, level.upper())
        if not thrown:
            return f"{word}: " + template
        # (checked after round 16) the line format ends "%message% %request%\n" and addException
        # appends Monolog's normalized exception after that newline: "message \n[object] (...)";
        # the exception's file and line are the program's own, here one of the call site's
        # file's throw statements (the call site's line when the file throws none)
        throws = [src.count("\n", 0, t.start()) + 1 for t in re.finditer(r"\bthrow\s+new\b", src)]
        where = [f"/var/www/html/{path}:{n}" for n in (throws or [int(line)])]
        head = f"{word}: (%{{int}}) " + template + " \n[object] (%{class}(code: %{int}): %{err} at "
        _CHOICES.insert(head.count(_slot("choice", "")), where)
        return head + _slot("choice", "") + ")"
    if program.name == "openxpki":
        # the server's log4perl layout "%d %c.%p:%P %m": the facility's category, level and pid
        facility = re.match(r"CTX\('log'\)->(\w+)\(\)", call)
        if facility:
            return f"openxpki.{facility.group(1)}.{level.upper()}:%{{int}} " + template
        return template
    return template


# lnd's package folders and their loggers' subsystems (rules 17)
_ROUND_17_SUBSYSTEMS: dict[str, str] = {}

# (rules 17, checked after round 18: slips17) per-program tables read from a round 17 program's
# own sources (filled per program in extract_program): Firebase's message codes and services
# (``NSString *const kX = @"I-FIS001001"``), LinuxGSM's command names per script and its
# script's name
_ROUND_17_TABLES: dict[str, dict[str, str]] = {}

# a shell module's functions (``fn_x() {``) and the modules it runs as commands (``check.sh``
# alone on a line, or after ``then``, ``do``, ``else``, ``&&``, ``||``, ``;``)
_SHELL_FUNCTION = re.compile(r"^[ \t]*(\w+)\s*\(\)\s*\{", re.M)
_SHELL_MODULE_RUN = re.compile(r"(?:^|[;&|]|\b(?:then|do|else))[ \t]*([\w-]+\.sh)[ \t]*(?:$|[;&|#])", re.M)


def _linuxgsm_command_names(files: dict[str, str]) -> dict[str, str]:
    """The ``commandname`` each LinuxGSM script logs under (core_messages.sh's fn_script_log
    prints ``${selfname}: ${commandname}: ``), by the script's path: a command's script sets
    its own constant (``commandname="MODS-INSTALL"``, linuxgsm.sh ``"CORE"``); another module
    logs under the command that runs it, the commands that reach it through modules that are
    no command (by the module's name run as a command, or one of its functions called),
    joined by "|" (every command's when none is found: a library of functions)."""
    own = {}
    for path, src in files.items():
        named = re.search(r"^commandname=\"([\w-]+)\"", src, re.M)
        if named:
            own[path] = named.group(1)
    modules = {path.rsplit("/", 1)[-1]: path for path in files if path.endswith(".sh")}
    defined = {}  # a function's name -> the module defining it (core_modules.sh defines every
    # module's loader, named as the module: not a definition of its code)
    for path, src in files.items():
        if path.endswith("core_modules.sh"):
            continue
        for name in _SHELL_FUNCTION.findall(src):
            defined.setdefault(name, path)
    calls: dict[str, set[str]] = {}
    for path, src in files.items():
        if path.endswith("core_modules.sh") or not path.endswith(".sh"):
            continue
        text = re.sub(r"(?m)^[ \t]*#.*$", "", src)
        called = {modules[name] for name in _SHELL_MODULE_RUN.findall(text) if name in modules}
        for prefix in re.findall(r"^[ \t]*\"?([\w-]+_)\$\{\w+\}\.sh\"?[ \t]*$", text, re.M):
            # fix.sh's "fix_${short}.sh": any module of that prefix, by the game's short name
            called |= {path for name, path in modules.items() if name.startswith(prefix)}
        called |= {defined[word] for word in set(re.findall(r"\bfn_\w+\b", text))
                   if word in defined and not re.search(r"^[ \t]*" + word + r"\s*\(\)", text, re.M)}
        calls[path] = called - {path}
    reached: dict[str, set[str]] = {}
    for root, name in own.items():
        seen, todo = set(), [root]
        while todo:
            for callee in calls.get(todo.pop(), ()):
                if callee not in seen and callee not in own:  # a command sets its own name
                    seen.add(callee)
                    todo.append(callee)
        for path in seen:
            reached.setdefault(path, set()).add(name)
    everyone = sorted(set(own.values()))
    out = dict(own)
    for path in files:
        if path not in own and path.endswith(".sh"):
            out[path] = "|".join(sorted(reached.get(path, everyone)))
    return out


# (slips17) smart-proxy's route parameters (``:network``) as a request fills them, by the
# parameter's name: the API Foreman calls (modules/*/X_api.rb)
_SMART_PROXY_PARAMETERS = {
    "network": "192.168.122.0", "ip_address": "192.168.122.47", "mac_address": "52:54:00:3e:1a:07",
    "mac": "52:54:00:3e:1a:07", "host": "192.168.122.201", "hostname": "web01.example.com",
    "certname": "web01.example.com", "value": "web01.example.com", "type": "A", "action": "status",
    "environment": "production", "realm": "EXAMPLE.COM", "kind": "provision", "template": "Kickstart",
    "hostgroup": "Base", "variant": "grub2", "fact": "os", "splat": "grub2/grubx64.efi"}


def _smart_proxy_routes(files: dict[str, str]) -> list[str]:
    """The request paths smart-proxy's HTTP API answers (env['REQUEST_PATH']): each module's
    ``map "/dhcp" do run Proxy::DhcpApi end`` (http_config.ru) before the routes its API class
    declares (``get "/:network/unused_ip" do``), the parameters filled as a request does."""
    routes = []
    for path, src in sorted(files.items()):
        if not path.endswith("/http_config.ru"):
            continue
        folder = path.rsplit("/", 1)[0]
        for prefix, klass in re.findall(r"^map\s+[\"']([^\"']+)[\"']\s+do\s+run\s+([\w:]+)", src, re.M):
            last = klass.rsplit("::", 1)[-1]
            for api_path, api in sorted(files.items()):
                if not (api_path.startswith(folder + "/") and re.search(r"^\s*class\s+(?:[\w:]+::)?" + last + r"\b",
                                                                         api, re.M)):
                    continue
                for route in re.findall(r"^\s*(?:get|post|put|delete)\s+[\"'](/[^\"']*)[\"']", api, re.M):
                    route = re.sub(r"/\?(?=:|$)", "/", route).replace("?", "")  # "/?:action?": given
                    route = re.sub(r":(\w+)", lambda v: _SMART_PROXY_PARAMETERS.get(v.group(1), v.group(1)), route)
                    route = route.replace("*", _SMART_PROXY_PARAMETERS["splat"])
                    full = (prefix.rstrip("/") + route).rstrip("/") or "/"
                    if full not in routes:
                        routes.append(full)
    return routes


def _round_17_tables(program: Program, files: dict[str, str]) -> dict[str, dict[str, str]]:
    """firebase-ios' message codes and services by their constants' names and its version;
    smart-proxy's request paths (``_smart_proxy_routes``); linuxgsm's command
    name per script (``_linuxgsm_command_names``) and its script's name (one game server's:
    the first of lgsm/data/serverlist.csv's, as one installation logs under one)."""
    tables: dict[str, dict[str, str]] = {}
    if program.name == "firebase-ios":
        for src in files.values():
            tables.setdefault("codes", {}).update(re.findall(
                r"^(?:static\s+)?NSString\s*\*\s*const\s+(\w+)\s*=\s*@\"(I-[A-Z]{3}\d{6})\"\s*;", src, re.M))
            tables.setdefault("services", {}).update(re.findall(
                r"^(?:const\s+)?(?:FIRLoggerService|NSString\s*\*\s*const)\s+(kFIRLogger\w+)\s*=\s*@\"\[(\w+)\]\"\s*;",
                src, re.M))
        # FIRFirebaseVersion() is the build's -DFirebase_VERSION, the release's version
        # (Firebase.podspec's s.version): one text for every line of an app
        version = re.search(r"^\s*s\.version\s*=\s*'([\w.-]+)'", files.get("Firebase.podspec", ""), re.M)
        if version:
            tables["version"] = {"Firebase": version.group(1)}
    if program.name == "smart-proxy":
        tables["routes"] = {str(i): route for i, route in enumerate(_smart_proxy_routes(files))}
    if program.name == "unrealircd":
        # the server's name (me { name "irc.example.org"; } in the example configuration)
        named = re.search(r"^me\s*\{[^}]*?\bname\s+\"([^\"]+)\"", files.get("doc/conf/examples/example.conf", ""), re.M)
        if named:
            tables["server"] = {"me": named.group(1)}
    if program.name == "overseerr":
        # its TypeScript enums' members (export enum Notification { NONE = 0, MEDIA_PENDING = 2, ... })
        tables["enums"] = {}
        for src in files.values():
            for name, body in re.findall(r"^export\s+enum\s+(\w+)\s*\{([^{}]*)\}", src, re.M):
                members = re.findall(r"^\s*(\w+)\s*(?:=\s*-?\d+\s*)?,?\s*$", body, re.M)
                if members:
                    tables["enums"][name] = "|".join(members)
    if program.name == "linuxgsm":
        tables["commands"] = _linuxgsm_command_names(files)
        servers = files.get("lgsm/data/serverlist.csv", "").splitlines()[1:2]
        if servers:
            tables["self"] = {"name": servers[0].split(",")[1]}
    return tables


def _round_17_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 17's calls said otherwise than by the called name: onedrive's
    ``addLogEntry(text, ["debug"])``, lsyncd's ``log("Error", ...)`` category, twisted.logger's
    ``failure`` (critical), UnrealIRCd's ``ULOG_X``, LinuxGSM's fn_script_log_x, glog's DFATAL."""
    call = m.group()
    if program.name == "onedrive":
        read = read_args(src, m.end(), "c")
        levels = read[0][1] if read and len(read[0]) > 1 else ""
        named = re.search(r"\"(debug|verbose|info)\"", levels)
        return named.group(1) if named else "info"
    if program.name == "lsyncd":
        category = re.search(r"'(\w+)'", call).group(1)
        return {"Normal": "info", "Error": "error", "Warn": "warn"}.get(category, "debug")
    if program.name == "dragonfly" and re.match(r"\w+\(\s*DFATAL\b", call):
        return "error"  # glog's DFATAL is an ERROR in release builds (NDEBUG)
    if program.name == "twisted" and call.endswith("failure("):
        return "critical"  # Logger.failure logs at LogLevel.critical by default
    if program.name == "unrealircd":
        return re.search(r"ULOG_(\w+)", call).group(1).lower().replace("warning", "warn")
    if program.name == "linuxgsm":
        named = re.search(r"fn_script_log_(\w+)", call)
        return {"pass": "info", "fail": "error"}.get(named.group(1), named.group(1)) if named else "info"
    return level


def _unreal_data_kind(arg: str) -> tuple[str, str] | None:
    """(name, kind) of one of unreal_log's log_data_x("name", value) arguments (log.c): an
    integer prints as a number, a client as its name, a channel as its name, a timestamp as
    a time, a socket or TLS error as its message, a string by what its name says."""
    found = re.match(r"\s*log_data_(\w+)\(\s*\"(\w+)\"\s*(?:,(.*))?\)\s*$", arg, re.S)
    if found:
        helper, key, value = found.group(1), found.group(2), (found.group(3) or "").strip()
        kind = {"integer": "int", "client": "name", "channel": "name", "timestamp": "time", "char": "word",
                "tkl": "any"}.get(helper) or kind_of_field(key, value, "c")
        return key, kind
    found = re.match(r"\s*log_data_(socket_error|tls_error|link_block)\(", arg)
    if found:
        return {"socket_error": "socket_error", "tls_error": "tls_error", "link_block": "link_block"}[found.group(1)], \
            "name" if found.group(1) == "link_block" else "err"
    return None


def _round_17_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 17's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "unrealircd":
        # unreal_log(level, subsystem, event id, client, "text $name", log_data_x("name", v), ...):
        # $name (or $name.field) is the value of the data argument of that name; $client the
        # client passed (log.c's buildlogstring)
        read = read_args(src, m.start() + call.index("(") + 1, lang)
        if read is None or len(read[0]) < 5:
            return None, []
        args = read[0]
        template, _, fields = _message([args[4]], program)
        if template is None:
            return None, []
        kinds = {"client": "name", "socket_error": "err", "tls_error": "err"}
        kinds.update(dict(filter(None, (_unreal_data_kind(a) for a in args[5:]))))
        if "server" in _ROUND_17_TABLES:
            # (checked after round 18, slips17) $client.ip prints an address, $client.hostname a
            # host, $client.user.username a user name (log.c's buildlogstring reads the field)
            def field_kind(v: re.Match) -> str:
                field = v.group(2).rsplit(".", 1)[-1]
                if field in ("ip", "hostname", "username", "port"):
                    return "%{" + kind_of_field(field, v.group(), "c") + "}"
                return "%{" + kinds.get(v.group(1), "any") + "}"
            return re.sub(r"\$(\w+)((?:\.\w+)*)", field_kind, template), fields
        return re.sub(r"\$(\w+)((?:\.\w+)*)", lambda v: "%{" + kinds.get(v.group(1), "any") + "}", template), fields
    if program.name == "twisted" and not call.endswith("msg("):
        # twisted.logger: "text {name}" (PEP 3101) from the keyword arguments; a conversion
        # (!r) or a spec after the name prints the same value
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        first, named = read[0][0], {}
        for arg in read[0][1:]:
            key, equals, value = arg.partition("=")
            if equals and re.fullmatch(r"\s*\w+\s*", key):
                named[key.strip()] = value.strip()
        parts = pieces(re.sub(r"(\{\w+(?:\.\w+|\[\w+\])*)![rsa]", r"\1", first), lang, program.rules)
        if parts is None:
            return None, []
        parts = [re.sub(r"\{(\w+)(?:\.\w+|\[\w+\])+", r"{\1", x) if isinstance(x, str) else x for x in parts]
        template = build(parts, [], "brace", lang, named, program.rules)
        return template, []
    if program.name == "overseerr":
        # logger.ts: "time [level][label]: message " and the other keys as JSON
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        enums = _ROUND_17_TABLES.get("enums")
        first = read[0][0]
        if enums is not None:
            # (checked after round 18, slips17) `${is4k ? '4K' : 'non-4K'} ${type === 'tv' ? 'show'
            # : 'movie'}`: a condition comparing with a literal chooses a text as any condition
            # does; `${Notification[type]}`, a TypeScript enum's reverse mapping, prints one of
            # its members' names: read as the conditional it is
            first = re.sub(r"(===?|!==?)\s*'(\w+)'(?=\s*\?)", r"\1 \2", first)
            first = re.sub(r"\$\{\s*(\w+)\[([\w.]+)\]\s*\}", lambda e: "${" + _enum_conditional(
                e.group(2), enums[e.group(1)].split("|")) + "}" if e.group(1) in enums else e.group(), first)
        template, _, fields = _message([first], program)
        if template is None:
            return None, []
        if enums is not None:
            # its ids are numbers: TMDB's, its database's, Sonarr's and Radarr's, Plex's rating keys
            template = template.replace("%{id}", "%{intid}")
        label, meta = None, []
        if len(read[0]) > 1 and read[0][1].strip().startswith("{"):
            body = read[0][1].strip()
            entries = read_args(body, 1, lang, closer="}")
            for entry in entries[0] if entries else []:
                key, colon, value = entry.partition(":")
                key = key.strip().strip("'\"")
                if not re.fullmatch(r"\w+", key or "") or key.startswith("..."):
                    continue
                value = value.strip() if colon else key
                if key == "label":
                    label = _literal_text(value, lang) or "%{word}"
                    continue
                kind = kind_of_field(key, value, lang)
                if enums is not None:
                    # (slips17) JSON.stringify of the meta: an id a number (a string when read from
                    # the request, req.params.id, or declared a string), an object nested as JSON,
                    # an enum's reverse mapping one of its names, a notification's subject the
                    # media's title
                    named = re.fullmatch(r"(\w+)\[[\w.]+\]", value)
                    if named and named.group(1) in enums:
                        _CHOICES.append(enums[named.group(1)].split("|"))
                        meta.append(f"\"{key}\":\"" + _slot("choice", "") + "\"")
                        continue
                    if kind == "id":
                        texty = (re.match(r"req\.(?:params|query)\.", value)
                                 or re.search(r"\b" + re.escape(value.split(".")[-1]) + r"\??\s*:\s*string\b", src))
                        meta.append(f"\"{key}\":" + ("\"%{intid}\"" if texty else "%{intid}"))
                        continue
                    if kind in ("struct", "list"):
                        meta.append(f"\"{key}\":%{{{kind}|q}}")
                        continue
                    if key == "subject":
                        kind = "title"
                meta.append(f"\"{key}\":" + ("\"%{" + kind + "}\"" if kind not in ("int", "small", "bool") else
                                             "%{" + kind + "}"))
        head = f"[{m.group()[len('logger.'):-1]}]" + (f"[{label}]" if label else "")
        return f"{head}: {template} " + ("{" + ",".join(meta) + "}" if meta else ""), fields
    return None


def _enum_conditional(value: str, members: list[str]) -> str:
    """``Enum[value]`` written as the chained conditional that prints one of ``members``."""
    return "".join(f"{value} == {i} ? '{name}' : " for i, name in enumerate(members[:-1])) + f"'{members[-1]}'"


def _round_17_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 17's loggers print before (and after) the message, read from each one's
    logging code (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0]
    call = m.group()
    if program.name == "suricata":
        # suricata.log's "[%i - %m] %z %d: %S: %M": thread id and name, the level's name, the
        # module (the file's name, __SCFILENAME__)
        word = {"warn": "Warning", "error": "Error", "notice": "Notice", "info": "Info"}.get(level, level.title())
        if "SCLogConfig" in call:
            word = "Config"
        elif "SCLogPerf" in call:
            word = "Perf"
        return f"[%{{int}} - %{{name}}] {word}: {stem}: " + template
    if program.name == "unrealircd":
        # the text log file: "[time] server subsystem.EVENT_ID level: line" (log.c)
        read = read_args(src, m.start() + call.index("(") + 1, "c")
        args = read[0] if read else []
        subsystem = _literal_text(args[1], "c") if len(args) > 1 else None
        event = _literal_text(args[2], "c") if len(args) > 2 else None
        # (checked after round 18, slips17) the server is from_server->name: this server's own
        # name (me.name, one for every line), another's only where the call passes
        # log_data_string("from_server_name", ...) (a remote client's connect and quit)
        server = _ROUND_17_TABLES.get("server", {}).get("me")
        if server is None or any(re.match(r"\s*log_data_string\(\s*\"from_server_name\"", a) for a in args):
            server = "%{host}"
        return f"{server} {subsystem or '%{word}'}.{event or '%{word}'} {level}: " + template
    if program.name == "sunshine":
        # logging.cpp's formatter: "[time]: Level: message"
        word = {"warn": "Warning", "verbose": "Verbose"}.get(level, level.title())
        return f"{word}: " + template
    if program.name == "dragonfly":
        # glog: "Lmmdd hh:mm:ss.uuuuuu threadid file:line] " (the date and time left out)
        severity = re.search(r"\(\s*(\w)", call)
        letter = "I" if call.startswith("VLOG") or not severity or severity.group(1) not in "IWEFD" else severity.group(1)
        return f"{'E' if letter == 'D' else letter} %{{int}} {base}:{line}] " + template  # DFATAL: ERROR in release
    if program.name == "signal-server":
        # Dropwizard's default layout: "%-5p [%d] %c: %m" (the time left out)
        return f"{level.upper():<5} {_java_class(src, path)}: " + template
    if program.name == "suwayomi":
        # Logging.kt: "%d [%thread] %-5level %logger - %msg"
        return f"[%{{name}}] {level.upper():<5} {_java_class(src, path)} - " + template
    if program.name == "scala-steward":
        return f"{level.upper():<5} " + template  # logback.xml: "%d %-5level %msg"
    if program.name == "twisted":
        # formatEventAsClassicLogText: "time [system] text", the system a Logger's
        # "namespace#level" (the module, and the class for a logger read from self), "-" for log.msg
        if call.endswith("msg("):
            return "[-] " + template
        module = path.removeprefix("src/").removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        if "self." in call:
            classes = re.findall(r"^class\s+(\w+)", src[:m.start()], re.M)
            module += "." + classes[-1] if classes else ""
        return f"[{module}#{level.replace('warning', 'warn')}] " + template
    if program.name == "lnd":
        # btclog: "time [INF] SUBS: message", the package's Subsystem, or the logger
        # variable's first four letters (ltndLog: LTND)
        tag = {"trace": "TRC", "debug": "DBG", "info": "INF", "warn": "WRN", "error": "ERR",
               "critical": "CRT"}.get(level, "INF")
        variable = re.match(r"(\w+)\.", call).group(1)
        folder = path.rsplit("/", 1)[0] if "/" in path else ""
        subsystem = variable[:4].upper() if variable != "log" else _ROUND_17_SUBSYSTEMS.get(folder, "%{word}")
        return f"[{tag}] {subsystem}: " + template
    if program.name == "shadowsocks-rust":
        return f"{level.upper():<5} " + template  # log4rs' "{d} {h({l}):<5} {m}"
    if program.name == "smart-proxy":
        # file_logging_pattern "%d %.8X{request} [%.1l] %m": a request's id in a module's handler
        routes = list(_ROUND_17_TABLES.get("routes", {}).values())
        # (checked after round 18, slips17) the request's id is RequestIdMiddleware's
        # (X-Request-Id, else SecureRandom.uuid: Foreman sends a UUID too) cut to 8 characters,
        # 8 hex digits; set for every line inside a request: a module's code but not its plugin's
        # definition (loaded at startup) nor a file running its own thread (dhcp_isc's lease
        # observers, started with the plugin: the logging gem's MDC is the starting thread's),
        # and the Sinatra helpers and LoggerMiddleware in lib/
        in_request = ((path.startswith("modules/") and not path.endswith("_plugin.rb") and "Thread.new" not in src)
                      or path.startswith("lib/sinatra/") or path == "lib/proxy/helpers.rb"
                      or (path == "lib/proxy/log.rb" and "class LoggerMiddleware" in src[:m.start()]))
        started = "Started %{method} %{path} %{text}"
        if path == "lib/proxy/log.rb" and started in template and routes:
            # "Started #{REQUEST_METHOD} #{REQUEST_PATH} #{QUERY_STRING}": one of the API's paths,
            # and a query string mostly empty (Foreman sends its parameters in the body; the
            # queries are dhcp_api.rb's unused_ip range and logs_api.rb's from_timestamp)
            before = template[:template.index(started)].count(_slot("choice", ""))
            template = template.replace(started, "Started %{method} " + _slot("choice", "") + " "
                                        + _slot("choice", ""), 1)
            _CHOICES.insert(before, routes)
            _CHOICES.insert(before + 1, ["", "", "", "", "from=192.168.122.100&to=192.168.122.199",
                                         "mac=52:54:00:3e:1a:07", "from_timestamp=1733400000.0"])
        return ("%{hex8} " if in_request else "") + f"[{level[0].upper()}] " + template
    if program.name == "icingaweb2":
        # FileWriter: "time - LEVEL - message"
        return f"- {dict(warn='WARNING').get(level, level.upper())} - " + template
    if program.name == "hangfire":
        # a host's Microsoft.Extensions.Logging console: "level: Hangfire.Class[0] message"
        return f"{_MEL_LEVEL_WORDS.get(level, 'info')}: {_dotnet_category(src, stem)}[0] " + template
    if program.name == "lsyncd":
        category = re.search(r"'(\w+)'", call).group(1)
        return f"{category}: " + template  # logstring0: "time category: message"
    if program.name == "fluffychat":
        # the Matrix SDK's Logs (LogEvent.printOut): "[Matrix] message", an exception passed
        # after it as " - exception" (its stack trace on the lines after)
        read = read_args(src, m.end(), _LEXER.get("dart", "dart"))
        thrown = bool(read and len([a for a in read[0] if a.strip()]) > 1)
        return "[Matrix] " + template + (" - %{err}" if thrown else "")
    if program.name == "onedrive":
        return ("DEBUG: " if level == "debug" else "") + template  # log.d: debug logging's "DEBUG: "
    if program.name == "jepsen":
        # store.clj's "%d\t%p\t[%t] %c: %m", the logger the namespace
        namespace = re.search(r"\(ns\s+([\w.\-]+)", src)
        word = {"warn": "WARN"}.get(level, level.upper())
        return f"{word}\t[%{{name}}] {namespace.group(1) if namespace else '%{name}'}: " + template
    if program.name == "linuxgsm":
        # core_messages.sh: "time selfname: commandname: LEVEL: text"
        named = re.search(r"fn_script_log_(\w+)", call)
        level_word = f"{named.group(1).upper()}: " if named else ""
        commands = _ROUND_17_TABLES.get("commands", {}).get(path)
        selfname = _ROUND_17_TABLES.get("self", {}).get("name")
        if commands is None or selfname is None:  # (no tables: the reading before slips17)
            command = re.match(r"command_(\w+)\.sh$", base)
            return (f"%{{name}}: {command.group(1).upper() if command else '%{word}'}: " + level_word + template)
        # (checked after round 18, slips17) selfname is the one script's name, commandname the
        # constant its command's script sets (one of those that run the call site's module)
        if "|" not in commands:
            return f"{selfname}: {commands}: " + level_word + template
        _CHOICES.insert(0, commands.split("|"))
        return f"{selfname}: " + _slot("choice", "") + ": " + level_word + template
    if program.name == "firebase-ios":
        # FIRLogBasic: "version - [Service][I-XXX000000] message"
        read = read_args(src, m.end(), "c")
        args = read[0] if read else []
        service = re.match(r"\s*kFIRLogger(\w+)\s*$", args[0]) if args else None
        code = _literal_text(args[1].strip().removeprefix("@"), "c") if len(args) > 1 else None
        # (checked after round 18, slips17) a code or service passed as a constant prints the
        # constant's value (FIRInstallationsLogger.m's kFIRInstallationsMessageCode... = @"I-FIS001001")
        if code is None and len(args) > 1:
            code = _ROUND_17_TABLES.get("codes", {}).get(args[1].strip())
        named = _ROUND_17_TABLES.get("services", {}).get(args[0].strip()) if args else None
        version = _ROUND_17_TABLES.get("version", {}).get("Firebase", "%{version}")
        return (f"{version} - [{named or ('Firebase' + service.group(1) if service else '%{word}')}]"
                f"[{code if code else 'I-%{word}'}] " + template)
    if program.name == "kazoo":
        # sys.config's lager formatter: "time [severity] |callid|module:line(pid) message"
        word = {"warn": "warning"}.get(level, level)
        return f"[{word}] |%{{id}}|{stem}:{line}(<0.%{{int}}.0>) " + template
    return template


# ---------------------------------------------------------------- round 18 (checked after the pin)


# (rules 18) per-program tables read from a round 18 program's own sources (filled per program in
# extract_program): nfs-ganesha's component names (log_functions.c's LogComponents), vpnkit's
# Logs sources per file
_ROUND_18_TABLES: dict[str, dict[str, str]] = {}


def _round_18_tables(program: Program, files: dict[str, str]) -> dict[str, dict[str, str]]:
    """nfs-ganesha's ``[COMPONENT_X] = { ... .comp_str = "X", }`` (the name its log line prints
    for a component); vpnkit's ``Logs.Src.create "name"`` per file (the source its reporter prints)."""
    tables: dict[str, dict[str, str]] = {}
    if program.name == "nfs-ganesha":
        for src in files.values():
            tables.setdefault("components", {}).update(re.findall(
                r"\[(COMPONENT_\w+)\]\s*=\s*\{[^{}]*?\.comp_str\s*=\s*\"([^\"]*)\"", src))
    if program.name == "vpnkit":
        # module Log = (val Logs.src_log src : Logs.LOG): the source created last above it
        for path, src in files.items():
            created = None
            for found in re.finditer(r"\bLogs\.Src\.create\s+\"([^\"]+)\"|^\s*module\s+(\w+)\s*=\s*\(val\s+Logs\.src_log\b",
                                     src, re.M):
                if found.group(1):
                    created = found.group(1)
                elif created:
                    tables.setdefault("sources", {})[f"{path}:{found.group(2)}"] = created
    if program.name == "netnewswire":
        # a logger made once and shared (public let cloudKitLogger = Logger(subsystem:, category:))
        for src in files.values():
            tables.setdefault("loggers", {}).update(re.findall(
                r"^(?:public\s+|private\s+|fileprivate\s+|internal\s+)?let\s+(\w+)\s*=\s*Logger\(\s*subsystem:[^,]+,"
                r"\s*category:\s*\"([^\"]+)\"", src, re.M))
            # a type's own (struct Feedbin { static let logger = Logger(...) }): Feedbin.logger
            for found in re.finditer(r"\bstatic\s+let\s+logger\s*=\s*Logger\(\s*subsystem:[^,]+,\s*category:\s*\"([^\"]+)\"",
                                     src):
                types = re.findall(r"\b(?:struct|enum|class|actor|extension)\s+(\w+)", src[:found.start()])
                if types:
                    tables["loggers"][types[-1] + ".logger"] = found.group(1)
    return tables


# (rules 18, checked after round 19: slips18) per-program tables read from a round 18 program's
# own sources (filled per program in extract_program): pacemaker's daemons by the library each
# links, nfs-ganesha's threads named by their file
_SLIPS18_TABLES: dict[str, dict[str, str]] = {}

# (slips18) what a process prints the same on every line, as one log file holds one run: the
# cluster node's name, each pacemaker daemon's pid (pacemakerd starts them in pcmk_children's
# order: based, fenced, execd, attrd, schedulerd, controld), nfs-ganesha's host, pid and epoch
# (the boot time, "%08lx")
_PACEMAKER_NODE = "pcmk-1"
_PACEMAKER_PIDS = {"pacemakerd": 1301, "pacemaker-based": 1302, "pacemaker-fenced": 1303, "pacemaker-execd": 1304,
                   "pacemaker-attrd": 1305, "pacemaker-schedulerd": 1306, "pacemaker-controld": 1307}
_GANESHA_PROCESS = ": epoch 6751a3c0 : nfs-server-1 : ganesha.nfsd-1187"


def _slips18_tables(program: Program, files: dict[str, str]) -> dict[str, dict[str, str]]:
    """pacemaker's daemons by library folder: those whose daemons/X/Makefile.am links the
    library itself (``pacemaker_fenced_LDADD += $(top_builddir)/lib/pengine/libpe_status.la``),
    joined by "|"; nfs-ganesha's thread by file, where the file names one thread itself
    (``SetNameFunction("reaper")``)."""
    tables: dict[str, dict[str, str]] = {"slips18": {}}  # (the program's lines read as slips18 checked them)
    if program.name == "pacemaker":
        linked: dict[str, set[str]] = {}
        for path, src in files.items():
            if not path.endswith("/Makefile.am"):
                continue
            for daemon, folder in re.findall(r"^(pacemakerd|pacemaker_\w+)_LDADD\s*\+?=\s*\$\(top_builddir\)/lib/(\w+)/",
                                             src, re.M):
                name = daemon.replace("_", "-")
                if name in _PACEMAKER_DAEMONS:
                    linked.setdefault("lib/" + folder, set()).add(name)
        tables["daemons"] = {folder: "|".join(sorted(names)) for folder, names in linked.items()}
    if program.name == "easy-rsa":
        tables["fn_names"] = _easyrsa_fn_names(files.get("easyrsa3/easyrsa", ""))
    if program.name == "cronicle":
        # the server-choosing algorithms (job.js' switch (event.algo || 'random') { case "x": })
        tables["algos"] = {}
        for src in files.values():
            switch = re.search(r"switch\s*\(\s*event\.algo\s*\|\|\s*'\w+'\s*\)\s*\{(.*?)\}\s*//\s*switch", src, re.S)
            if switch:
                tables["algos"].update(dict.fromkeys(re.findall(r"\bcase\s+[\"'](\w+)[\"']\s*:", switch.group(1)), ""))
    if program.name == "nfs-ganesha":
        tables["threads"] = {}
        for path, src in files.items():
            named = set(re.findall(r"\bSetNameFunction\(\s*\"([^\"]+)\"\s*\)", src))
            if len(named) == 1:
                tables["threads"][path] = named.pop()
    return tables


# a shell word in a command's place: a line's start, after a separator, a keyword or "$("
_SHELL_COMMAND_PLACE = r"(?:^|[;&|(!{]|\$\()[ \t]*(?:(?:then|do|else|if|while|until|elif|!)[ \t]+)*"


def _shell_functions(src: str) -> list[tuple[str, int, int]]:
    """A script's functions (``name() {`` to the first line that is ``}`` alone): their
    names and the spans of their bodies."""
    out = []
    for found in re.finditer(r"^(\w+)\(\)\s*\{", src, re.M):
        end = re.compile(r"^\}[ \t]*(?:#.*)?$", re.M).search(src, found.end())  # not a quoted text's "}'"
        out.append((found.group(1), found.end(), end.start() if end else len(src)))
    return out


def _shell_function_at(functions: list[tuple[str, int, int]], at: int) -> str | None:
    """The name of the function whose body holds ``at`` (None at the script's top level)."""
    return next((name for name, start, end in functions if start <= at < end), None)


def _shell_code(src: str) -> str:
    """A script with its comments and quoted texts blanked (a help text's lines are no
    commands), but for the commands a double-quoted text substitutes (``"$(f x)"``); every
    offset kept. Read left to right, as the shell does: a "#" opening a word starts a comment
    only outside quotes, a quote inside a comment opens nothing."""
    out = list(src)
    quote, index, depth = "", 0, 0  # the open quote; "$(" depth inside a double-quoted text
    while index < len(src):
        ch = src[index]
        if ch == "\\" and quote != "'":
            if quote and not depth:
                out[index:index + 2] = [" " if c != "\n" else c for c in src[index:index + 2]]
            index += 2
            continue
        if not quote and ch == "#" and (index == 0 or src[index - 1] in " \t\n;&|("):
            end = src.find("\n", index)
            end = len(src) if end < 0 else end
            out[index:end] = " " * (end - index)
            index = end
            continue
        if quote == "\"" and src.startswith("$(", index):
            depth += 1
        elif quote == "\"" and depth and ch == ")":
            depth -= 1
        elif not quote and ch in "'\"":
            quote = ch
        elif ch == quote and not depth:
            quote = ""
        elif quote and not depth and ch != "\n":
            out[index] = " "
        index += 1
    return "".join(out)


def _easyrsa_fn_names(src: str) -> dict[str, str]:
    """The texts easyrsa's ``$fn_name`` holds in each of its functions, joined by "|" (verbose
    prints ``"  # $fn_name; $*"``): the command run (``fn_name="$cmd"`` before the script's
    ``case "$cmd" in`` hands off to a command's functions), a function's own name where it sets
    one (``fn_name="verify_working_env"``, ``fn_name=cleanup``), "<command>; gen_req" where
    build_full sets ``fn_name="$fn_name; gen_req"`` before calling gen_req; empty before the
    hand-off (set nowhere yet)."""
    functions = _shell_functions(src)
    names = {name for name, _, _ in functions}
    code = _shell_code(src)

    def calls(start: int, end: int) -> set[str]:
        text = code[start:end]
        # (not a definition, "f() {", nor a case's pattern, "renew)", "expire|renew)")
        found = set(re.findall(_SHELL_COMMAND_PLACE + r"(\w+)\b(?!\(\))(?![\w*-]*[|)])", text, re.M))
        found |= set(re.findall(r"\btrap\s+['\"](\w+)", src[start:end]))  # trap 'cleanup $?' EXIT
        return found & names
    own = {}  # a function's own literal name
    appended = {}  # the callees a function names after its caller's (fn_name="$fn_name; gen_req")
    for name, start, end in functions:
        literal = re.search(r"^[ \t]*fn_name=\"?([\w-]+)\"?[ \t]*$", src[start:end], re.M)
        if literal:
            own[name] = literal.group(1)
        appended[name] = set(re.findall(r"^[ \t]*fn_name=\"\$fn_name; (\w+)\"", src[start:end], re.M))
    todo: list[tuple[str, str]] = []
    handoff = re.search(r"^fn_name=\"\$cmd\"\s*$", src, re.M)
    dispatch = re.compile(r"^case \"\$cmd\" in\s*$", re.M).search(src, handoff.end()) if handoff else None
    top = [(start, end) for _, start, end in functions]
    outside = [(0, top[0][0] if top else len(code))] + [(top[i][1], top[i + 1][0] if i + 1 < len(top) else len(code))
                                                          for i in range(len(top))]
    for start, end in outside:  # the top level before the hand-off: fn_name not set yet
        stop = min(end, handoff.start()) if handoff else end
        todo += [(callee, "") for callee in calls(start, stop)] if start < stop else []
    if dispatch:
        body = src[dispatch.end():re.compile(r"^esac\b", re.M).search(src, dispatch.end()).start()]
        for branch in re.finditer(r"^\t([^\s()]+)\)\s*\n(.*?)^\t\t;;", body, re.M | re.S):
            for label in branch.group(1).split("|"):
                if not re.search(r"[*?\[]", label):
                    todo += [(callee, label) for callee in calls(dispatch.end() + branch.start(2),
                                                               dispatch.end() + branch.end(2))]
    spans = {name: (start, end) for name, start, end in functions}
    seen: dict[str, set[str]] = {}
    while todo:
        function, name = todo.pop()
        name = own.get(function, name)
        if name in seen.setdefault(function, set()):
            continue
        seen[function].add(name)
        for callee in calls(*spans[function]):
            todo.append((callee, f"{name}; {callee}" if callee in appended[function] else name))
    return {function: "|".join(sorted(found)) for function, found in seen.items()}


_CRONICLE_PROCESS = "[cronicle-1.example.com][2417]"


def _cronicle_values(message: str, text: str, algos: list[str], lang: str, rules: int) -> str:
    """(slips18) Cronicle's values read as its code computes them: ``Math.floor(x)`` a whole
    number, ``(event.algo || 'random')`` one of the algorithms its switch names."""
    parts = pieces(message, lang, rules)
    if parts is None:
        return text
    exprs = [part[1].strip() for part in parts if isinstance(part, tuple)]
    slots = list(re.finditer(r"%\{[^}]*\}", text))
    if len(exprs) != len(slots):  # (a value printed otherwise than as one slot: left as read)
        return text
    out, last = [], 0
    for expr, slot in zip(exprs, slots):
        out.append(text[last:slot.start()])
        last = slot.end()
        if re.fullmatch(r"Math\.(?:floor|round|ceil)\(.*\)", expr):
            out.append("%{int}")
        elif re.fullmatch(r"\(\s*event\.algo\s*\|\|\s*['\"]\w+['\"]\s*\)", expr) and algos:
            _CHOICES.insert(sum(t.count(_slot("choice", "")) for t in out), algos)
            out.append(_slot("choice", ""))
        else:
            out.append(slot.group())
    return "".join(out) + text[last:]


def _round_18_source(program: Program, src: str) -> str:
    """A round 18 program's file as its compiler reads it, where a macro from outside the
    repository changes a message: libqb's QB_XS (pacemaker), which its detail log prints as
    "|" before a message's extended details, written as that text. Line numbers are kept."""
    if program.name == "pacemaker":
        # and its return codes' descriptions (pcmk_rc_str(rc), pcmk_strerror(rc)) print as strerror's
        return re.sub(r"\bpcmk_(?:rc_str|strerror)\(", "strerror(", re.sub(r"\bQB_XS\b", '"|"', src))
    if program.name == "easy-rsa" and "fn_names" in _SLIPS18_TABLES:
        # (checked after round 19, slips18) $EASYRSA_SSL_CONF, $OPENSSL_CONF: an OpenSSL
        # configuration file's path (openssl-easyrsa.cnf, the session's safe copy), not a
        # configuration's contents: read as the file they name
        return re.sub(r"(\$\{?)(\w+_CONF)\b", r"\1\2_FILE", src)
    if program.name == "rails":
        # a hash's element by its symbol key (payload[:controller]) prints a value of the key's
        # kind, not of the hash's: the interpolation read as the key's name
        return re.sub(r"#\{(?:@?\w+(?:\[:\w+\])*)\[:(\w+)\]", r"#{\1", src)
    return src


def _c_function_name(src: str, at: int) -> str | None:
    """The C function whose body holds ``src[at]``: the last definition above it (a name and
    its parameters, from a line's start, then its body's ``{``)."""
    found = None
    for m in re.finditer(r"^(?:[A-Za-z_][\w \t*]*[\s*])?([A-Za-z_]\w*)\s*\((?:[^;{}()]|\([^()]*\))*\)\s*\{",
                         src[:at], re.M):
        if m.group(1) not in ("if", "while", "for", "switch", "return", "sizeof"):
            found = m.group(1)
    return found


def _round_18_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 18's calls said otherwise than by the called name (or not known by
    its name): Falco's syslog priorities, os.Logger's fault, VictoriaMetrics' Panicf, Janus' LOG_X
    (VERB, HUGE and DBG below INFO), nfs-ganesha's LogX (Major a critical, Crit an error, Event a
    notice), v2ray's AtX() in the chain (Info without one), easy-rsa's die and user_error,
    pixl-server's logDebug, logError and logTransaction, LuaSkin's logX and logBreadcrumb."""
    call = m.group()
    if program.name == "janus":
        named = re.search(r"LOG_(\w+)", call).group(1)
        return {"FATAL": "fatal", "ERR": "error", "WARN": "warn", "INFO": "info", "VERB": "verbose",
                "HUGE": "trace", "DBG": "debug"}.get(named, "info")
    if program.name == "nfs-ganesha":
        named = re.match(r"Log(\w+?)\(", call).group(1)
        return {"Fatal": "fatal", "Major": "critical", "Crit": "error", "Warn": "warn", "Event": "notice",
                "Info": "info"}.get(named, "debug")
    if program.name == "v2ray":
        chain = _v2ray_chain(src, m)
        return chain[1] if chain else "info"
    if program.name == "easy-rsa":
        named = re.search(r"(warn|die|notice|information|verbose|user_error)", call).group(1)
        return {"die": "fatal", "user_error": "error", "warn": "warn", "notice": "notice", "information": "info",
                "verbose": "debug"}[named]
    if program.name == "cronicle":
        return {"Debug": "debug", "Error": "error", "Transaction": "info"}[re.search(r"log(\w+)\($", call).group(1)]
    if program.name == "falco":
        named = re.search(r"level::(\w+)", call).group(1)  # syslog's priorities
        return {"EMERG": "emergency", "ALERT": "alert", "CRIT": "critical", "ERR": "error", "WARNING": "warn",
                "NOTICE": "notice", "INFO": "info", "DEBUG": "debug"}.get(named, level)
    if program.name == "netnewswire" and call.endswith(".fault("):
        return "fault"  # os.Logger's fault, above error
    if program.name == "victoriametrics" and "Panicf(" in call:
        return "panic"  # logger.go's PANIC, printed "panic" (the stack trace after it)
    if program.name == "hammerspoon":
        named = re.search(r"log(\w+):$", call).group(1)
        return {"Error": "error", "Warn": "warn", "Info": "info", "Debug": "debug", "Verbose": "trace"}.get(named, "debug")
    return level


def _v2ray_chain(src: str, m: re.Match) -> tuple[list[str], str, bool, bool] | None:
    """v2ray's ``newError(values...).Base(err).AtX().WriteToLog(opts)``: (the values, the level
    its AtX() sets (Info without one), whether a base error follows, whether WriteToLog is given
    the session's id)."""
    read = read_args(src, m.end(), "go")
    if read is None:
        return None
    rest = re.match(r"((?:\s*\.\s*(?:Base|AtDebug|AtInfo|AtWarning|AtError)\((?:[^()]|\([^()]*\))*\))*)"
                    r"\s*\.\s*WriteToLog\(((?:[^()]|\([^()]*\))*)\)", src[read[1]:])
    if rest is None:
        return None
    severity = re.findall(r"\bAt(Debug|Info|Warning|Error)\(", rest.group(1))
    level = {"Debug": "debug", "Info": "info", "Warning": "warn", "Error": "error"}[severity[-1] if severity else "Info"]
    return read[0], level, ".Base(" in rest.group(1).replace(" ", ""), bool(rest.group(2).strip())


def _swift_function_signature(src: str, at: int) -> str:
    """``#function`` at ``src[at]``: the enclosing function's name with its argument labels,
    as Swift prints it (``renameFeed(for:with:to:)``, ``init()``)."""
    heads = list(re.finditer(r"\b(?:func\s+(\w+)|(init))\s*(?:<[^>]*>)?\s*\(", src[:at]))
    if not heads:
        return "f()"
    head = heads[-1]
    read = read_args(src, head.end(), "swift")
    labels = []
    for param in read[0] if read else []:
        words = param.split(":", 1)[0].split()
        if words:
            labels.append(words[0] + ":")
    return f"{head.group(1) or head.group(2)}({''.join(labels)})"


def _round_18_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 18's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "v2ray":
        # newError's values are concatenated (serial.Concat); the line is "[Severity] [session]
        # package/path: values > base error" (GeneralMessage.String, errors.Error.Error)
        chain = _v2ray_chain(src, m)
        if chain is None:
            return None, []
        values, level, based, session = chain
        if "slips18" in _SLIPS18_TABLES:
            # (checked after round 19, slips18) newError(\n "text ", v,\n): gofmt's comma after
            # the last value ends the list, it prints no value of its own
            values = [value for value in values if value.strip()]
        text = _concatenated(values, lang, program.rules)
        if text is None or not _usable(text):  # the message judged alone, as every other's
            return None, []
        folder = _ABOVE_THE_CALL_PATH[0].rsplit("/", 1)[0] if "/" in _ABOVE_THE_CALL_PATH[0] else ""
        folder = folder if call.startswith("newError") else ""  # errors.New has no package path
        word = {"debug": "Debug", "info": "Info", "warn": "Warning", "error": "Error"}[level]
        return (f"[{word}] " + ("[%{int}] " if session else "") + (f"{folder}: " if folder else "") + text
                + (" > %{err}" if based else "")), []
    if program.name == "chocolatey":
        # ILog's X(message, params formatting) formats with string.Format when given arguments;
        # X(() => message) a lambda; X(loggerName, message, ...) a named logger first
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        args = list(read[0])
        if len(args) > 1 and re.fullmatch(r"\s*(?:ChocolateyLoggers\.\w+|[a-z]\w*)\s*", args[0]):
            args = args[1:]
        args[0] = re.sub(r"^\s*\(\s*\)\s*=>\s*", "", args[0])
        head = args[0].strip()
        literal = read_literal(head, 0, lang)
        formatted = re.match(r"\s*\.\s*(?:FormatWith|format_with)\(", head[literal[1]:]) if literal else None
        if formatted:  # "text {0}".FormatWith(a): string.Format's placeholders
            inner = read_args(head, literal[1] + formatted.end(), lang)
            args = [head[:literal[1]], *(inner[0] if inner else [])]
        first = args[0]
        for index, arg in enumerate(args[1:]):
            if arg.strip() == "Environment.NewLine" and first.lstrip().startswith('"'):
                first = first.replace("{" + str(index) + "}", "\\n")  # the line break it prints
        parts = pieces(first, lang, program.rules)
        if parts is None:
            return None, []
        rest = [a if a.strip() != "Environment.NewLine" else '""' for a in args[1:]]
        return build(parts, rest, "brace", lang, rules=program.rules), []
    if program.name == "cronicle":
        # pixl-server's logDebug(level, msg, data), logError(code, msg, data) and
        # logTransaction(code, msg, data): pixl-logger's columns after the time,
        # "[hostname][pid][component][category][code][msg][data]", data as JSON
        read = read_args(src, m.end(), lang)
        if read is None or len(read[0]) < 2:
            return None, []
        code, message = read[0][0], read[0][1]
        text = _concatenated([message], lang, program.rules)
        algos = _SLIPS18_TABLES.get("algos")
        if algos is not None and text is not None:
            text = _cronicle_values(message, text, list(algos), lang, program.rules)
        category = re.search(r"log(\w+)\($", call).group(1).lower()
        number = re.fullmatch(r"\s*(\d+)\s*", code)
        code_text = number.group(1) if number else _literal_text(code, lang)
        # the message judged alone, as every other's; a transaction's by its code and message
        if text is None or not _usable(text if category != "transaction" else f"{code_text or ''} {text}"):
            return None, []
        data = read[0][2].strip() if len(read[0]) > 2 else ""
        if data.startswith("{") and data.endswith("}"):
            entries = read_args(data, 1, lang, closer="}")
            pairs = []
            for entry in entries[0] if entries else []:
                key, colon, value = entry.partition(":")
                key = key.strip().strip("'\"")
                if re.fullmatch(r"\w+", key):
                    kind = kind_of_field(key, value.strip() if colon else key, lang)
                    pairs.append(f'"{key}":' + "%{" + kind + "|q}")  # JSON: a text quoted, a number bare
            data_text = "{" + ",".join(pairs) + "}"
        else:
            data_text = "%{struct|q}" if data else ""  # JSON.stringify of an object
        # (checked after round 19, slips18) the host and pid are pixl-server's, one process's
        # (os.hostname(), process.pid) on every line
        process = _CRONICLE_PROCESS if algos is not None else "[%{host}][%{int}]"
        return (f"{process}[Cronicle][{category}][{code_text if code_text is not None else '%{word}'}]"
                f"[{text}][{data_text}]"), []
    if program.name == "rails" and "logger" not in call and "LogSubscriber" not in src:
        return None, []  # Kernel#warn, a command's error: printed to the terminal, not logged
    if program.name == "rails" and re.match(r"[ \t]+do\b", src[m.end():]):
        return _ruby_block_message(program, src, m, lang)
    if program.name == "puppetdb":
        # tools.logging with puppetlabs.i18n: (log/info [throwable] (trs "text {0}" value)):
        # java.text.MessageFormat's {0} and its doubled quote
        read = _form_items(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        items = read[0]
        if len(items) > 1 and re.fullmatch(r"[\w.-]+", items[0].strip()):
            items = items[1:]  # a throwable: printed after the record, not in the text
        translated = re.match(r"\((?:i18n/)?tr[su]\s", items[0].strip())
        if translated:
            inner = _form_items(items[0].strip(), translated.end(), lang)
            if inner is None or not inner[0] or not inner[0][0].startswith('"'):
                return None, []
            parts = pieces(inner[0][0], lang, program.rules)
            if parts is None:
                return None, []
            parts = [p.replace("''", "'") if isinstance(p, str) else p for p in parts]
            template = build(parts, inner[0][1:], "brace", lang, rules=program.rules)
            # MessageFormat prints a number with its digits grouped (the locale's "1,234")
            return re.sub(r"%\{(int|intid|small|count|size_int|duration)\}", r"%{\1|g}", template or "") or None, []
        return _tools_logging(src, m, lang, False, program.rules), []
    if program.name == "hammerspoon":
        # [skin logX:format, args...] (a printf format, or [NSString stringWithFormat:...])
        read = read_args(src, m.end(), "c", closer="]")
        if read is None or not read[0]:
            return None, []
        args = list(read[0])
        wrapped = re.fullmatch(r"\s*\[\s*NSString\s+stringWithFormat\s*:(.*)\]\s*", args[0], re.S)
        if wrapped:
            inner = read_args(wrapped.group(1) + "]", 0, "c", closer="]")
            if inner is None or not inner[0]:
                return None, []
            args = list(inner[0])
        first = re.sub(r'^(\s*)@"', r'\1"', args[0])
        parts = pieces(first, "c", program.rules)
        if parts is None:
            return None, []
        return build(parts, args[1:], "printf", "c", rules=program.rules), []
    if program.name == "netnewswire":
        # os.Logger's interpolation options (privacy, alignment, format) print the value itself;
        # #function prints the enclosing function's name
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        first = re.sub(r"\\\((.+?),\s*(?:privacy|align|format|attributes):[^()]*?\)", r"\\(\1)", read[0][0])
        first = first.replace("\\(#function)", _swift_function_signature(src, m.start()).replace("\\", "\\\\"))
        template, _, fields = _message([first], program)
        return template, fields
    return None


def _ruby_block_message(program: Program, src: str, m: re.Match, lang: str) -> tuple[str | None, list]:
    """A Rails log subscriber's ``info do ... end``: the message is the block's value, its last
    statement, read when that is a string (literals and values joined by ``+``) and no branch
    (``if``, ``case``) chooses it; locals assigned above it print as values."""
    start = src.rfind("\n", 0, m.start()) + 1
    indent = src[start:m.start()] + re.match(r"[ \t]*", src[m.start():]).group()
    closing = re.compile(r"^" + re.escape(indent) + r"end\b", re.M).search(src, m.end())
    if closing is None:
        return None, []
    body = src[src.index("\n", m.end()) + 1:closing.start()]
    if re.search(r"^\s*(?:if|unless|case|elsif|else|when)\b|\bif\s+\S|<<", body, re.M):
        return None, []
    # a statement goes on past a line that ends in "\" or "+", or before one that starts with "+"
    statements = re.split(r"(?<![\\+])[ \t]*\n(?![ \t]*\+)", body.rstrip())
    last = statements[-1].strip() if statements else ""
    if not last.startswith('"'):
        return None, []
    parts = pieces(last.replace("\\\n", "\n"), lang, program.rules)
    return (build(parts, [], "plain", lang, rules=program.rules) if parts is not None else None), []


# (rules 18) Pacemaker's daemons (crm_system_name), one of which runs the library's code
_PACEMAKER_DAEMONS = ("pacemaker-attrd", "pacemaker-based", "pacemaker-controld", "pacemaker-execd",
                      "pacemaker-fenced", "pacemaker-schedulerd", "pacemakerd")


def _moqui_logger(name: str) -> str:
    """log4j2's ``%38.38c{1.9.1.}``: the first package cut to 1 character, the second to 9, the
    others to 1, the class whole, then the last 38 characters, right-aligned."""
    parts = name.split(".")
    widths = [1, 9]
    cut = [part[:widths[index] if index < len(widths) else 1] for index, part in enumerate(parts[:-1])]
    return ".".join([*cut, parts[-1]])[-38:].rjust(38)


def _round_18_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 18's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0]
    call = m.group()
    if program.name == "janus":
        # debug.h: "[FATAL] ", "[ERR] ", "[WARN] " (no colours), then for FATAL, ERR and DBG
        # "[file:function:line] "
        mark = {"fatal": "[FATAL] ", "error": "[ERR] ", "warn": "[WARN] "}.get(level, "")
        where = f"[{path}:{_c_function_name(src, m.start()) or '%{name}'}:{line}] " \
            if level in ("fatal", "error", "debug") else ""
        return mark + where + template
    if program.name == "pacemaker":
        # logging.c's detail log: "node system [pid] (function) \tpriority: " (the tag empty)
        daemon = re.match(r"daemons/(\w+)/", path)
        system = {"pacemakerd": "pacemakerd"}.get(daemon.group(1), "pacemaker-" + daemon.group(1)) if daemon \
            else None
        priority = {"critical": "crit", "warn": "warning"}.get(level, level)
        function = _c_function_name(src, m.start()) or '%{name}'
        linked = _SLIPS18_TABLES.get("daemons")
        if linked is not None:
            # (checked after round 19, slips18) the node's name and each daemon's pid are set in
            # the format once (set_format_string): one text for every line of a daemon; a
            # library's code runs in the daemons linking that library
            library = re.match(r"lib/\w+", path)
            names = [system] if system else linked.get(library.group(), "|".join(_PACEMAKER_DAEMONS)).split("|") \
                if library else list(_PACEMAKER_DAEMONS)
            heads = [f"{name:<20}[{_PACEMAKER_PIDS[name]}]" for name in names]
            if len(heads) > 1:
                _CHOICES.insert(0, heads)
            return (f"{_PACEMAKER_NODE} {heads[0] if len(heads) == 1 else '%{choice}'} ({function}) \t{priority}: "
                    + template)
        if system is None:  # the library's code runs in any of the daemons: one of their names
            _CHOICES.insert(0, [name.ljust(20) for name in _PACEMAKER_DAEMONS])
        return (f"%{{host}} {system.ljust(20) if system else '%{choice}'}[%{{int}}] "
                f"({function}) \t{priority}: " + template)
    if program.name == "nfs-ganesha":
        # log_functions.c: "time : epoch E : host : ganesha.nfsd-pid[thread] function :COMPONENT :LEVEL :"
        component = re.search(r"\(\s*(COMPONENT_\w+)", call).group(1)
        named = re.match(r"Log(\w+?)\(", call).group(1)
        word = {"Fatal": "FATAL", "Major": "MAJ", "Crit": "CRIT", "Warn": "WARN", "Event": "EVENT", "Info": "INFO",
                "Debug": "DEBUG", "MidDebug": "M_DBG", "FullDebug": "F_DBG"}.get(named, "DEBUG")
        name = _ROUND_18_TABLES.get("components", {}).get(component, "%{word}")
        threads = _SLIPS18_TABLES.get("threads")
        if threads is not None:
            # (checked after round 19, slips18) the epoch, host and pid are set_const_log_str's,
            # made once at start (": epoch %08lx : host : ganesha.nfsd-pid"); the thread a file's
            # own where it names one, else a worker of ntirpc's pool handling requests ("svc_N")
            return (f"{_GANESHA_PROCESS}[{threads.get(path, 'svc_%{small}')}] "
                    f"{_c_function_name(src, m.start()) or '%{name}'} :{name} :{word} :" + template)
        return (f": epoch %{{hex}} : %{{host}} : ganesha.nfsd-%{{int}}[%{{name}}] "
                f"{_c_function_name(src, m.start()) or '%{name}'} :{name} :{word} :" + template)
    if program.name == "victoriametrics":
        return f"{level}\t{path}:{line}\t" + template  # logger.go: "time\tlevel\tfile:line\tmessage"
    if program.name == "openfire":
        # log4j2.xml: "%highlight{%-5p} [%t]: %c - %msg", the level in highlight's default ANSI
        # colours (log4j2 writes them to a file too, on every platform but Windows)
        colour = {"fatal": "1;31", "error": "1;31", "warn": "33", "info": "32", "debug": "36", "trace": "30"}.get(level, "32")
        return f"\x1b[{colour}m{level.upper():<5}\x1b[m [%{{name}}]: {_java_class(src, path)} - " + template
    if program.name == "sabnzbd":
        # SABnzbd.py: "%(asctime)s::%(levelname)s::[%(module)s:%(lineno)d] %(message)s"
        word = {"warn": "WARNING", "exception": "ERROR"}.get(level, level.upper())
        return f"::{word}::[{stem}:{line}] " + template
    if program.name == "humhub":
        # yii\log\FileTarget: "[ip][userID][sessionID][level][category] message", the category the
        # second argument (application by default), Yii::debug a trace
        read = read_args(src, m.end(), "php")
        args = read[0] if read else []
        category = "application"
        if len(args) > 1:
            literal = _literal_text(args[1], "php")
            method = _enclosing_php_method(src, m.start()) if args[1].strip() == "__METHOD__" else None
            category = literal if literal is not None else method if method is not None else "%{word}"
        word = {"warn": "warning", "debug": "trace"}.get(level, level)
        return f"[%{{ip}}][%{{int}}][%{{id}}][{word}][{category}] " + template
    if program.name == "chocolatey":
        return f"%{{int}} [{level.upper():<5}] - " + template  # "%date %property{pid} [%-5level] - %message"
    if program.name == "sccache":
        # env_logger's "[time LEVEL module] ", the module path of the file
        module = path.removeprefix("src/").removesuffix(".rs").removesuffix("/mod")
        crate = "sccache"
        binary = re.match(r"bin/([\w-]+)(?:/(.*))?$", module)
        if binary:
            crate, module = binary.group(1).replace("-", "_"), binary.group(2) or "main"
        parts = [crate] + [p for p in module.split("/") if p not in ("lib", "main")]
        return f"[{level.upper():<5} {'::'.join(parts)}] " + template
    if program.name == "vpnkit":
        # logging.ml's reporter: "[time][process][level] source: "
        word = {"warn": "warning"}.get(level, level)
        module = re.match(r"(\w+)\.", call).group(1)
        source = "application" if module == "Logs" else _ROUND_18_TABLES.get("sources", {}).get(f"{path}:{module}")
        return f"[vpnkit][{word}] {source or '%{word}'}: " + template
    if program.name == "lanraragi":
        # Mojo::Log: "[time] [pid] [level] " and the context get_logger gives ("[Name]")
        names = re.findall(r"get_(?:plugin_)?logger\(\s*[\"']([^\"']*)[\"']", src[:m.start()]) or \
            re.findall(r"get_(?:plugin_)?logger\(\s*[\"']([^\"']*)[\"']", src)
        return f"[%{{int}}] [{level}] [{names[-1] if names else '%{name}'}] " + template
    if program.name == "easy-rsa":
        # verbose(): "  # $fn_name; $*"
        fn_names = _SLIPS18_TABLES.get("fn_names")
        if fn_names is not None and level == "debug":
            # (checked after round 19, slips18) $fn_name: the command run, or the name a
            # function sets itself, as the function holding the call is reached
            function = _shell_function_at(_shell_functions(src), m.start())
            held = fn_names.get(function or "", "").split("|")
            if len(held) > 1:
                _CHOICES.insert(0, held)
            return f"  # {held[0] if len(held) == 1 else '%{choice}'}; " + template
        return ("  # %{word}; " if level == "debug" else "") + template
    if program.name == "netnewswire":
        # the unified log's compact style: "[subsystem:category] message" (the time, type and
        # process left out)
        made = r"Logger\(\s*subsystem:\s*([^,]+),\s*category:\s*\"([^\"]+)\""
        loggers = re.findall(made, src[:m.start()]) or re.findall(made, src)
        shared = _ROUND_18_TABLES.get("loggers", {})
        named = [name for name in re.findall(r"\blogger(?:\s*:\s*Logger)?\s*(?:=|\{)\s*([\w.]+)\s*\}?\s*$", src, re.M)
                 if name in shared]
        # a logger passed in (init(logger:)): its category is the caller's
        loggers = loggers or [("Logger.nnwSubsystem", shared[named[0]] if named else "%{word}")]
        subsystem, category = loggers[-1]
        subsystem = _literal_text(subsystem, "swift") or "com.ranchero.NetNewsWire"
        return f"[{subsystem}:{category}] " + template
    if program.name == "hiddify":
        # ConsolePrinter: "time [LEVEL]    [logger] message", the logger its class (runtimeType)
        classes = re.findall(r"^\s*(?:abstract\s+)?class\s+(\w+)", src[:m.start()], re.M)
        word = {"warn": "warning"}.get(level, level).upper()
        return f"{'[' + word + ']':<10} [{classes[-1] if classes else '%{name}'}] " + template
    if program.name == "puppetdb":
        # logback.xml: "%-5p [%c{2}] %m", the logger the namespace's last two parts
        namespace = re.search(r"\(ns\s+([\w.\-]+)", src)
        logger = ".".join(namespace.group(1).split(".")[-2:]) if namespace else "%{name}"
        return f"{level.upper():<5} [{logger}] " + template
    if program.name == "moqui":
        # log4j2.xml's console: "%highlight{%d %5p %12.12t %38.38c{1.9.1.}} %m", the head in
        # highlight's default ANSI colours (the time left out, the space after it kept)
        colour = {"fatal": "1;31", "error": "1;31", "warn": "33", "info": "32", "debug": "36", "trace": "30"}.get(level, "32")
        return (f"\x1b[{colour}m {level.upper():>5} %{{name}} {_moqui_logger(_java_class(src, path))}\x1b[m "
                + template)
    if program.name == "eturnal":
        # eturnal_logger's template: "[level] msg", and at debug level " (module:function/arity:line)"
        word = {"warn": "warning"}.get(level, level)
        if level != "debug":
            return f"[{word}] " + template
        heads = list(re.finditer(r"^([a-z]\w*)\((.*?)\)\s*(?:when\b.*?)?->", src[:m.start()], re.M | re.S))
        if not heads:
            return f"[{word}] " + template
        read = read_args(heads[-1].group(2) + ")", 0, "erlang")
        arity = len([a for a in read[0] if a.strip()]) if read else 0
        return f"[{word}] " + template + f" ({stem}:{heads[-1].group(1)}/{arity}:{line})"
    if program.name == "hammerspoon":
        # hs.logger's console line for LuaSkin ("%10.10s:" of its id), NSLog's "BREADCRUMB: "
        if call.endswith("logBreadcrumb:"):
            return "BREADCRUMB: " + template
        mark, indent = {"error": ("ERROR:", ""), "warn": ("** Warning:", ""), "debug": ("", "    "),
                        "trace": ("", "        ")}.get(level, ("", ""))
        return f"{mark}   LuaSkin: {indent}" + template
    return template


# ---------------------------------------------------------------- rules 19 (round 19's programs)

# syslog's priorities, as LOG_X names them
_SYSLOG_LEVELS = {"EMERG": "emergency", "ALERT": "alert", "CRIT": "critical", "ERR": "error", "WARNING": "warn",
                  "NOTICE": "notice", "INFO": "info", "DEBUG": "debug"}


def _round_19_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 19's calls said otherwise than by the called name: the syslog
    priority of NSD's, Cyrus' and tinc's calls (tinc's DEBUG_X before it is a verbosity, not
    the level), dhcpcd's logerr family, NaviServer's severities (its own ones are debugging
    switches), ModSecurity's debug levels (1 errors, 2 warnings, 3 notices, 4 a transaction's
    handling, more its details), Zeek's reporter calls, Flogger's atX(), uwsgi_log (no level:
    uwsgi_log_verbose only adds the time), G_DIETPI-NOTIFY's codes (1 a failure) and
    hackage-server's lognotice family."""
    call = m.group()
    if program.name in ("nsd", "tinc", "cyrus-imapd"):
        named = re.search(r"\bLOG_([A-Z]+)", call)
        return _SYSLOG_LEVELS.get(named.group(1), level) if named else level
    if program.name == "dhcpcd":
        return {"err": "error", "warn": "warn", "info": "info", "debug": "debug"}[
            re.match(r"log(err|warn|info|debug)", call).group(1)]
    if program.name == "naviserver":
        named = re.search(r"\(\s*(\w+)", call).group(1)
        return {"Notice": "notice", "Warning": "warn", "Error": "error", "Fatal": "fatal", "Bug": "error",
                "Deprecated": "warn", "Security": "warn"}.get(named, "debug")
    if program.name == "modsecurity":
        number = int(re.search(r"(\d+)\s*,$", call).group(1))
        return {1: "error", 2: "warn", 3: "notice", 4: "info"}.get(number, "debug")
    if program.name == "zeek":
        named = re.search(r"->(\w+)\($", call).group(1)
        return {"Info": "info", "Warning": "warn", "InternalWarning": "warn", "Error": "error"}.get(named, "fatal")
    if program.name == "nomulus":
        named = re.search(r"\.at(\w+)\(\)", call).group(1)
        return {"Severe": "error", "Warning": "warn", "Info": "info", "Config": "info"}.get(named, "debug")
    if program.name == "uwsgi":
        return "info"
    if program.name == "dietpi":
        return "error" if re.search(r"NOTIFY[ \t]+1[ \t]", call) else "info"
    if program.name == "hackage-server":
        return {"lognotice": "notice", "loginfo": "info", "logdebug": "debug", "logTiming": "info"}[
            re.match(r"\w+", call).group()]
    return level


def _erlang_report(items: list[str], module: str, lang: str) -> str | None:
    """OTP logger_formatter's single line for a report ``[{key, Value}, ...]``: "key: value"
    joined by ", ", each printed as ~tp does (an atom bare, a string in quotes)."""
    out = []
    for item in items:
        item = item.strip()
        if not (item.startswith("{") and item.endswith("}")):
            return None
        pair = read_args(item, 1, lang, closer="}")
        if pair is None or len(pair[0]) != 2:
            return None
        key, value = (part.strip() for part in pair[0])
        if not re.fullmatch(r"[a-z]\w*", key):
            return None
        if value == "?MODULE":
            printed = module
        elif re.fullmatch(r"[a-z]\w*|-?\d+(?:\.\d+)?", value) and value not in ("true", "false"):
            printed = value  # an atom, a number: itself
        elif re.fullmatch(r'"[^"\\~]*"', value):
            printed = value  # a string: ~tp prints it in its quotes
        elif re.fullmatch(r'<<"[^"\\~]*">>', value):
            printed = value
        else:
            printed = _slot(kind_of_field(key, value, lang), "d")
        out.append(f"{key}: " + (printed.replace("%", "%%") if not printed.startswith("%{") else printed))
    return ", ".join(out) if out else None


def _round_19_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 19's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "cyrus-imapd" and call.startswith("xsyslog"):
        # xsyslog_fn: "description: extra " and, but at notice and info, the call's place
        # "source=<file:line> func=<function>" (syserror=<...> too when errno is set: left out)
        read = read_args(src, m.start() + call.index("(") + 1, lang)
        if read is None or len(read[0]) < 3:
            return None, []
        description = _literal_text(read[0][1], lang)
        if description is None:
            return None, []
        extra = ""
        if _literal_text(read[0][2], lang) != "" and read[0][2].strip() != "NULL":
            parts = pieces(read[0][2], lang, program.rules)
            if parts is None:
                return None, []
            extra = build(parts, read[0][3:], "printf", lang, rules=program.rules) or ""
        text = description.replace("%", "%%") + ": " + (extra + " " if extra else "")
        named = re.search(r"\bLOG_([A-Z]+)", call)
        if named and named.group(1) not in ("NOTICE", "INFO"):
            path, line = _ABOVE_THE_CALL_PATH[0], src.count("\n", 0, m.start()) + 1
            text += f"source=<{path}:{line}> func=<{_c_function_name(src, m.start()) or '%{name}'}>"
        return text.rstrip(), []
    if program.name == "musicbrainz":
        # log_x { message } @args: the block's value is the message (a sprintf's, a string's,
        # a concatenation's); $_ in it is Data::Dumper's text of @args
        read = read_args(src, m.end(), "perl", closer="}")
        if read is None or len(read[0]) < 1:
            return None, []
        args = [a.strip() for a in read[0]]
        if args[0].startswith("sprintf"):
            opened = re.match(r"sprintf\s*\(", args[0])
            if opened:
                inner = read_args(args[0], opened.end(), "perl")
                if inner is None or len(read[0]) != 1:
                    return None, []
                args = [a.strip() for a in inner[0]]
            else:
                args = [args[0][len("sprintf"):].strip(), *args[1:]]
            parts = pieces(args[0], "perl", program.rules) if args and args[0] else None
            if parts is None:
                return None, []
            return build(parts, args[1:], "printf", "perl", rules=program.rules), []
        if len(args) != 1:
            return None, []
        return _message([args[0]], program)[0], []
    if program.name == "nsd" and call.startswith("VERBOSITY"):
        # VERBOSITY(level, (LOG_X, format, ...)): log_msg's arguments in the inner parentheses
        read = read_args(src, m.start() + call.rindex("(") + 1, lang)
        if read is None or len(read[0]) < 2:
            return None, []
        template, _, fields = _message(read[0][1:], program)
        return template, fields
    if program.name == "nomulus":
        # Flogger formats with java.util.Formatter: "%,d" prints the number's digits grouped
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        first = read[0][0]
        literal = _literal_text(first, lang)
        if literal is None or "%," not in literal:
            return None
        conversions = [c for c in re.findall(r"%[-#+ 0,(]*\d*(?:\.\d+)?[a-zA-Z%]", literal) if c != "%%"]
        template, _, fields = _message([first.replace("%,", "%"), *read[0][1:]], program)
        if template is None:
            return None, []
        slots = iter(range(len(conversions)))
        template = re.sub(r"%\{(\w+)\}", lambda hole: "%{" + hole.group(1) + (
            "|g" if "," in conversions[min(next(slots), len(conversions) - 1)] else "") + "}", template)
        return template, fields
    if program.name == "hackage-server":
        return _hackage_message(src, m), []
    if program.name == "sensu":
        # sensu-logger's x(message, data): the data a hash literal, its keys printed after the
        # message in the record's JSON
        read = read_args(src, m.end(), lang) if call.endswith("(") else None
        if read is None or not read[0]:
            return None
        template = _message([read[0][0]], program)[0]
        fields = []
        data = read[0][1].strip() if len(read[0]) > 1 else ""
        if data.startswith("{") and data.endswith("}"):
            entries = read_args(data, 1, lang, closer="}")
            for entry in entries[0] if entries else []:
                pair = re.match(r"\s*:(\w+)\s*=>\s*(.*)$|\s*(\w+):\s+(.*)$", entry, re.S)
                if pair:
                    key, value = (pair.group(1), pair.group(2)) if pair.group(1) else (pair.group(3), pair.group(4))
                    fields.append([key, kind_of_field(key, value.strip(), lang)])
        return template, fields
    if program.name == "arweave":
        read = read_args(src, m.end(), lang)
        if read is None or len(read[0]) != 1 or not read[0][0].strip().startswith("["):
            return None  # a format and its arguments: read the common way
        items = read_args(read[0][0].strip(), 1, lang, closer="]")
        if items is None:
            return None, []
        stem = _ABOVE_THE_CALL_PATH[0].rsplit("/", 1)[-1].removesuffix(".erl")
        return _erlang_report([i for i in items[0] if i.strip()], stem, lang), []
    return None


# (rules 19, checked after round 20: slips19) the round 19 programs whose corpus slips were
# fixed by reading their code (filled per program in extract_program, so that extract_file
# alone reads as before): what each prints where the corpus had drawn another kind of value
_SLIPS19_PROGRAMS = ("nsd", "zeek", "kuzzle", "dhcpcd", "naviserver", "tinc")
_SLIPS19: set[str] = set()
# (slips19) tables read from the flagged program's sources: NaviServer's severities by the
# variable Ns_CreateLogSeverity's name is kept in (``Ns_LogTaskDebug`` -> ``Debug(task)``)
_SLIPS19_TABLES: dict[str, dict[str, str]] = {}
_NAVISERVER_PID = "21873"


def _slips19_tables(program: Program, files: dict[str, str]) -> dict[str, dict[str, str]]:
    """NaviServer's severities: each ``Var = Ns_CreateLogSeverity("Name")`` in its files, by
    the variable (one name per variable: a variable given two is left out)."""
    tables: dict[str, dict[str, str]] = {}
    if program.name == "naviserver":
        named: dict[str, set[str]] = {}
        for src in files.values():
            for var, text in re.findall(r"\b(\w+)\s*=\s*Ns_CreateLogSeverity\(\s*\"([^\"]+)\"\s*\)", src):
                named.setdefault(var, set()).add(text)
        tables["severities"] = {var: texts.pop() for var, texts in named.items() if len(texts) == 1}
    return tables

# (slips19) NSD's processes (nsd.c forks xfrd and the server children, server-count 1 by
# default): log_file prints getpid(), one of these on every line, the zone transfer daemon's
# in xfrd's files
_NSD_PIDS = {"main": "4121", "xfrd": "4122", "server": "4123"}


def _slips19_source(program: Program, src: str) -> str:
    """(slips19) a program's expressions written as what they print, so that the kinds read
    them as the code does; line numbers kept."""
    if program.name == "zeek":
        # obj_desc_short(x): the short description of a Zeek object, a type's or an enum's
        # name (count, Conn::LOG), not a sentence
        return re.sub(r"\bobj_desc_short\(", "obj_name(", src)
    if program.name == "kuzzle":
        # a plugin's logPrefix is "[name]" (plugin.js' getter); userOrSdk(id) prints
        # `User "<id>"` (securityController.ts, "EmbeddedSDK" only for an embedded call); the
        # funnel's remainingRequests is a number (concurrent plus pending requests)
        src = re.sub(r"\$\{([\w.]+)\.logPrefix\}", r"[${\1.name}]", src)
        src = re.sub(r"\$\{SecurityController\.userOrSdk\((\w+)\)\}", r'User "${\1}"', src)
        return re.sub(r"\bfunnel\.remainingRequests\b", "funnel.remainingRequestCount", src)
    if program.name == "dhcpcd":
        # inet_ntoa(a) an IPv4 address, sfrom an RA's source address (inet_ntop's), sprefix
        # a route's prefix, ifname an interface's name (if-options.c's parameter)
        src = re.sub(r"\binet_ntoa\(", "ip_ntoa(", src)
        src = re.sub(r"\bsfrom\b", "sfrom_ip", src)
        src = re.sub(r"\bsprefix\b", "prefix_cidr", src)
        return re.sub(r"\bifname\b", "if_name", src)
    if program.name == "tinc":
        # a local constant passed for a %s prints its text (conf.c's `const char err[] = "No
        # value for variable"`, in the block the declaration opens); winerror(GetLastError())
        # is Windows' text of the error, as strerror's
        for found in reversed(list(re.finditer(r"\bconst\s+char\s+(\w+)\[\]\s*=\s*(\"[^\"\\\n]*\")\s*;", src))):
            scope = src[found.end():found.end() + 600]
            src = (src[:found.end()] + re.sub(r"\b" + found.group(1) + r"\b", found.group(2), scope)
                   + src[found.end() + 600:])
        return re.sub(r"\bwinerror\(", "strerror(", src)
    return src


def _round_19_source(program: Program, src: str) -> str:
    """A round 19 program's file as its compiler reads it: C's line splices (a backslash
    before a line's end), C++'s std::string("text") (the text), NaviServer's Tcl length modifiers from outside the repository
    ("%" TCL_LL_MODIFIER "d" is one integer conversion, as is "%" PRITcl_Size), pino's %o
    (Kuzzle: JSON, as %j), C#'s {nameof(X)} (the name), DietPi's $G_PROGRAM_NAME (the name
    its script sets). Line numbers are kept."""
    if program.name in _SLIPS19:
        src = _slips19_source(program, src)
    if program.language in ("c", "cpp"):
        # a backslash before a line's end joins the lines (a macro's arguments over several
        # lines): "text " \ then "more" on the next line are adjacent literals, one text
        src = re.sub(r'(?<=["\s+)])\\\n', " \n", src)
    if program.language == "cpp":
        # std::string("text") prints its literal
        src = re.sub(r'\bstd::string\(\s*("(?:[^"\\\n]|\\.)*")\s*\)', r"\1", src)
    if program.name == "naviserver":
        return re.sub(r"\bPRITcl_Size\b", "PRIdTcl", re.sub(r'"[ \t]*TCL_LL_MODIFIER[ \t]*"', "ll", src))
    if program.name == "dietpi":
        # a script's $G_PROGRAM_NAME is the name it sets at its top
        name = _dietpi_program(src)
        if name:
            src = re.sub(r"\$(?:\{G_PROGRAM_NAME\}|G_PROGRAM_NAME(?!\w))", name.replace("\\", ""), src)
    if program.name == "kuzzle":
        # pino's %o and %O print an object as JSON, as %j does
        src = re.sub(r"%[oO](?!\w)", "%j", src)
    if program.language == "csharp":
        # {nameof(X)} in an interpolated string prints the name X itself
        return re.sub(r"\{nameof\((?:[\w.]+\.)?(\w+)\)\}", r"\1", src)
    return src


def _hackage_message(src: str, m: re.Match) -> str | None:
    """hackage-server's ``loginfo verbosity $ "text " ++ show x``: the message one parenthesised
    expression (logTiming's) or the rest of the statement, whose next lines continue it only
    when indented deeper than the call itself (a do block's next statement starts at its
    column, though the call follows a ``do`` on its line); its operands joined by ``++``."""
    rest = src[m.end():]
    start = m.end() + (len(rest) - len(rest.lstrip()))
    if src.startswith("$", start):
        start += 1
        start += len(src[start:]) - len(src[start:].lstrip(" \t"))
    if src.startswith("(", start):
        read = read_args(src, start + 1, "c")
        if read is None:
            return None
        statement = src[start + 1:read[1] - 1]
    else:
        column = m.start() - (src.rfind("\n", 0, m.start()) + 1)
        statement = _haskell_statement(src, start, column)
    statement = _haskell_primes_outside_strings(statement).strip()
    operands = [_haskell_operand(o) for o in _top_level_operands(statement, "++", "c") if o.strip()]
    if len(operands) == 1:
        operands = [_haskell_operand(o) for o in _top_level_operands(statement, "<>", "c") if o.strip()]
    return _concatenated(operands, "c", 8) if operands else None


def _rust_target(path: str) -> str:
    """The module path (tracing's target) of a crate's file: crate-name/src/a/b.rs -> crate_name::a::b."""
    crate, _, module = path.partition("/src/")
    crate = crate.rsplit("/", 1)[-1].replace("-", "_")
    parts = [p for p in module.removesuffix(".rs").split("/") if p]
    if parts and parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return "::".join([crate, *parts])


def _dietpi_program(src: str) -> str | None:
    found = re.search(r"^\s*(?:readonly\s+)?G_PROGRAM_NAME=['\"]([^'\"$]+)['\"]", src, re.M)
    return found.group(1) if found else None


def _round_19_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 19's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "nsd":
        # util.c's log_file: "[time] nsd[pid]: priority: message" (its table names four)
        word = {"error": "error", "warn": "warning", "notice": "notice", "info": "info"}.get(level, "unknown")
        if program.name in _SLIPS19:
            # (checked after round 20, slips19) getpid() of one of NSD's processes, not a
            # number drawn per line: xfrd's in its files, else the main process's or a server's
            if base.startswith("xfrd"):
                return f"nsd[{_NSD_PIDS['xfrd']}]: {word}: " + template
            _CHOICES.insert(0, [_NSD_PIDS["main"], _NSD_PIDS["server"]])
            return f"nsd[%{{choice}}]: {word}: " + template
        return f"nsd[%{{int}}]: {word}: " + template
    if program.name == "dhcpcd" and not re.match(r"log\w+x\(", call):
        return template + ": %{err}"  # logerr.c: the x-less calls append ": strerror(errno)"
    if program.name == "naviserver":
        # log.c: "[time][pid.thread][thread name] Severity: "; a module's own severity is named
        # "Debug(module)"
        named = re.search(r"\(\s*(\w+)", call).group(1)
        severity = named if named in ("Notice", "Warning", "Error", "Fatal", "Bug", "Debug", "Deprecated", "Dev",
                                      "Security") else "Debug(%{word})"
        if program.name in _SLIPS19:
            # (checked after round 20, slips19) Ns_InfoPid() is the one process's; a module's
            # severity prints the name Ns_CreateLogSeverity gave it ("Debug(task)"), one text
            # per severity, not a word drawn per line
            named_severities = _SLIPS19_TABLES.get("severities", {})
            if severity.startswith("Debug(%") and named in named_severities:
                severity = named_severities[named]
            return f"[{_NAVISERVER_PID}.%{{hex}}][%{{name}}] {severity}: " + template
        return f"[%{{int}}.%{{hex}}][%{{name}}] {severity}: " + template
    if program.name == "zeek":
        named = re.search(r"->(\w+)\($", call).group(1)
        prefix = {"Info": "", "Warning": "warning: ", "Error": "error: ", "FatalError": "fatal error: ",
                  "FatalErrorWithCore": "fatal error: ", "InternalWarning": "internal warning: ",
                  "InternalError": "internal error: "}.get(named, "")
        return prefix + template
    if program.name == "modsecurity":
        # DebugLog::write: "[transaction id] [uri] [level] message"
        number = re.search(r"(\d+)\s*,$", call).group(1)
        return f"[%{{id}}] [%{{path}}] [{number}] " + template
    if program.name == "patroni":
        # log.py's DEFAULT_FORMAT: "%(asctime)s %(levelname)s: %(message)s"
        word = {"warn": "WARNING", "exception": "ERROR"}.get(level, level.upper())
        return f"{word}: " + template
    if program.name == "mullvad":
        # tracing_subscriber's full format: "[time] LEVEL target: message", the level right-aligned
        return f"{level.upper():>5} {_rust_target(path)}: " + template
    if program.name == "suitecrm":
        # SugarLogger: "date [pid][user id][LEVEL] message" (the user "-none-" before a login)
        named = re.search(r"->(\w+)\($", call).group(1)
        return f"[%{{int}}][%{{uuid}}][{named.upper()}] " + template
    if program.name == "walletwasabi":
        # LoggerCore: "time [thread] LVL | file:line (left-aligned in 30) | message"
        word = {"trace": "TRC", "debug": "DBG", "info": "INF", "warn": "WRN", "error": "ERR",
                "critical": "CRT"}.get(level, "INF")
        category = f"{base}:{line}"
        category = category if len(category) <= 30 else ".." + category[-28:]
        return f"[%{{int}}] {word} | {category:<30} | " + template
    if program.name == "musicbrainz":
        # Log.pm's _prefix_message: info alone, any other level "[level] " before it
        named = re.match(r"log_(\w+)", call).group(1)
        return template if named == "info" else f"[{named}] " + template
    if program.name == "dietpi":
        # dietpi-globals' G_DIETPI-NOTIFY (no terminal: no colours, the message's own stripped):
        # "[  OK  ] ", "[FAILED] ", "[ INFO ] ", "[ .... ] ", then "Program | " and the text
        template = re.sub(r"\\?e\[[0-9;]*m", "", template).replace("\\n", "\n").rstrip("\n ")
        code = re.search(r"(-?\d)[ \t]+$", call).group(1)
        name = _dietpi_program(src)
        first = re.match(r"%\{\w+(?:\|\w)?\} ?", template)
        if code == "-1" and first:
            # an exit code first, then the text: "[  OK  ] text | Completed" (non-zero: "[FAILED] ...")
            return "[  OK  ] " + template[first.end():] + " | Completed"
        if code == "3" and name and template.startswith(name + " "):
            # a sub-script's mode: "[ SUB1 ] program > text" (the program its first argument)
            return f"[ SUB1 ] {name} > " + template[len(name) + 1:]
        if code == "3" and first:
            return f"[ SUB1 ] {template[:first.end()].strip()} > " + template[first.end():]
        mark = {"0": "[  OK  ] ", "1": "[FAILED] ", "2": "[ INFO ] ", "-2": "[ .... ] "}.get(code)
        if mark is None:
            return template
        return mark + (f"{name} | " if name else "") + template
    if program.name == "ocsigenserver":
        # Messages.make_reporter: "%t: %s: %a @[message@]", the date, the source's name, then
        # Logs.pp_header's "[LEVEL]"
        source = re.search(r"\bLogs\.Src\.create\s+\"([^\"]+)\"", src)
        word = {"warn": "WARNING", "err": "ERROR"}.get(level, level.upper())
        return f"{source.group(1) if source else 'application'}: [{word}] " + template
    if program.name == "nomulus":
        # GcpJsonFormatter (RegistryServlet's root handler): one JSON object a record, the
        # severity, the source location (the log site's file and line, the class and method),
        # then the message, written by gson (HTML-safe: <, >, &, = and ' as \uXXXX)
        severity = {"debug": "DEBUG", "info": "INFO", "warn": "WARNING", "error": "ERROR"}.get(level, "INFO")
        methods = re.findall(r"^[ \t]+(?:(?:public|protected|private|static|final|synchronized|abstract|default)\s+)*"
                             r"(?:<[^<>]*>\s+)?[\w.<>\[\]?, ]+?\s+(\w+)\s*\([^;{}]*?\)\s*(?:throws\s+[\w., ]+)?\{",
                             src[:m.start()], re.M)
        methods = [name for name in methods if name not in ("if", "for", "while", "switch", "catch", "synchronized")]
        function = _java_class(src, path) + ("." + methods[-1] if methods else "")
        pieces_ = []
        for piece in re.split(r"(%\{[^}]*\})", template):
            if not piece.startswith("%{"):
                piece = json.dumps(piece, ensure_ascii=False)[1:-1]
                for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("=", "\\u003d"),
                                   ("'", "\\u0027")):
                    piece = piece.replace(char, code)
            pieces_.append(piece)
        return (f'{{"severity":"{severity}","logging.googleapis.com/sourceLocation":{{"file":"{base}","line":"{line}",'
                f'"function":"{function}"}},"message":"' + "".join(pieces_) + '"}')
    if program.name == "arweave":
        # ar_logger's template: time " [level] " module:function/arity ":" line " " message
        word = {"warn": "warning"}.get(level, level)
        stem = base.removesuffix(".erl")
        return f"[{word}] {stem}:{_erlang_function(src, m.start()) or '%{name}'}:{line} " + template
    if program.name == "kitura":
        # HeliumLogger's detailed line: "[date] [TYPE] [file:line function] message", the function
        # as Swift's #function names it
        word = {"verbose": "VERBOSE", "debug": "DEBUG", "info": "INFO", "warn": "WARNING", "error": "ERROR"}.get(
            level, "INFO")
        return f"[{word}] [{base}:{line} {_swift_function_signature(src, m.start())}] " + template
    if program.name == "soft-serve":
        # charmbracelet/log's text formatter: "LEVL prefix: message", the prefix the logger's
        # WithPrefix("name") in the file
        word = {"debug": "DEBU", "info": "INFO", "warn": "WARN", "error": "ERRO", "fatal": "FATA"}.get(level, "INFO")
        prefixes = re.findall(r"\.WithPrefix\(\s*\"([^\"]+)\"", src[:m.start()]) or \
            re.findall(r"\.WithPrefix\(\s*\"([^\"]+)\"", src)
        return f"{word} {prefixes[-1]}: " + template if prefixes else f"{word} " + template
    if program.name == "zrepl":
        # HumanFormatter: "[LEVL][job][subsystem][span]: message" (a daemon logger carries the three)
        word = {"debug": "DEBG", "info": "INFO", "warn": "WARN", "error": "ERRO"}.get(level, "INFO")
        return f"[{word}][%{{name}}][%{{word}}][%{{id}}]: " + template
    if program.name == "hackage-server":
        # Framework/Logging.hs: lognotice prints the program's name first; logTiming appends the time taken
        if call.startswith("lognotice"):
            return "hackage-server: " + template
        if call.startswith("logTiming"):
            return template + ". time: %{float}s"
    return template

# ---------------------------------------------------------------- rules 20 (round 20's programs)

# CUPS' cupsdWriteErrorLog: the level's letter first ("E [time] message")
_CUPS_LETTERS = {"EMERG": "X", "ALERT": "A", "CRIT": "C", "ERROR": "E", "WARN": "W", "NOTICE": "N", "INFO": "I",
                 "DEBUG": "D", "DEBUG2": "d"}
# SSSD's debug levels (util/debug.h): the bit each prints, and the level it stands for
_SSSD_LEVELS = {"FATAL_FAILURE": (0x0010, "fatal"), "CRIT_FAILURE": (0x0020, "critical"),
                "OP_FAILURE": (0x0040, "error"), "MINOR_FAILURE": (0x0080, "warn"),
                "CONF_SETTINGS": (0x0100, "info"), "FUNC_DATA": (0x0200, "debug"), "TRACE_FUNC": (0x0400, "debug"),
                "TRACE_LIBS": (0x1000, "debug"), "TRACE_INTERNAL": (0x2000, "debug"), "TRACE_ALL": (0x4000, "debug"),
                "BE_FO": (0x8000, "debug"), "TRACE_LDB": (0x10000, "debug"), "PERF_STAT": (0x20000, "debug"),
                "IMPORTANT_INFO": (0x3f7c0, "info")}
# Python's logging: the level's name as %(levelname)s prints it
_PYTHON_LEVEL_NAMES = {"warn": "WARNING", "exception": "ERROR", "fatal": "CRITICAL"}


def _round_20_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 20's calls said otherwise than by the called name: CUPS' and SSSD's
    level constants, MailScanner's DieLog (an error, then it exits), lldpd's fatal (critical)."""
    call = m.group()
    if program.name == "cups":
        named = re.search(r"CUPSD_LOG_(\w+)", call).group(1)
        return {"EMERG": "emergency", "ALERT": "alert", "CRIT": "critical", "ERROR": "error", "WARN": "warn",
                "NOTICE": "notice", "INFO": "info"}.get(named, "debug")
    if program.name == "sssd":
        return _SSSD_LEVELS.get(re.search(r"SSSDBG_(\w+)", call).group(1), (0, "debug"))[1]
    if program.name == "mailscanner" and "DieLog" in call:
        return "error"
    if program.name == "lldpd" and call.startswith("fatal"):
        return "critical"
    return level


def _round_20_source(program: Program, src: str) -> str:
    """A round 20 program's file as its compiler reads it: CUPS' CUPS_LLFMT and CUPS_LLCAST
    (config.h: "%lld" and a cast to long long); C++'s functional cast to an integer type
    (uint32_t(x): the number, as (uint32_t)(x) reads). Line numbers are kept."""
    if program.name in _SLIPS20:
        src = _slips20_source(program, src)
    if program.name == "cups":
        src = re.sub(r"\bCUPS_LLFMT\b", '"%lld"', re.sub(r"\bCUPS_LLCAST\b", "(long long)", src))
    if program.language == "cpp":
        src = re.sub(r"(?<![\w:.>])((?:std::)?u?int(?:8|16|32|64)_t)\(", r"(\1)(", src)
    if program.name == "fastnetmon":
        # a file's log prefix, a string set once at its top ("sflow_parser ", plugin_name + ": "),
        # streamed before the text: its text
        strings = dict(re.findall(r'^std::string\s+(\w+)\s*=\s*"([^"\\]*)";', src, re.M))
        for name, value in re.findall(r"^std::string\s+(\w*log_prefix)\s*=\s*(.+?);", src, re.M):
            parts = [part.strip() for part in value.split("+")]
            texts = [part[1:-1] if part.startswith('"') and part.endswith('"') else strings.get(part)
                     for part in parts]
            if None not in texts:
                src = re.sub(r"<<\s*" + name + r"\b", '<< "' + "".join(texts) + '"', src)
    return src


def _ruby_block(src: str, m: re.Match, lang: str, rules: int) -> str | None:
    """The message of Ruby's ``logger.x { "text" }`` or ``logger.x do "text" end``: the block's
    value, one string (adjacent literals joined by a backslash at a line's end)."""
    if m.group().rstrip().endswith("{"):
        read = read_args(src, m.end(), lang, closer="}")
        if read is None or len(read[0]) != 1:
            return None
        body = read[0][0]
    else:
        opened = re.match(r"[ \t]*do[ \t]*\n", src[m.end():])
        if opened is None:
            return None
        start = src.rfind("\n", 0, m.start()) + 1
        indent = re.match(r"[ \t]*", src[start:]).group()
        closing = re.compile(r"^" + re.escape(indent) + r"end\b", re.M).search(src, m.end())
        if closing is None:
            return None
        body = src[m.end() + opened.end():closing.start()]
    body = re.sub(r"\\[ \t]*\n[ \t]*", "", body.strip())  # "a " \ "b": one literal's two parts
    if not body.startswith(("\"", "'")):
        return None
    parts = pieces(body, lang, rules)
    return build(parts, [], "plain", lang, rules=rules) if parts is not None else None


def _round_20_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 20's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "proxysql" and call.startswith("proxy_debug"):
        return None, []  # compiled only into DEBUG builds (proxysql_debug.h): a release prints nothing
    block = call.rstrip().endswith("{") or re.match(r"[ \t]*do\b", src[m.end():])
    if program.name == "shoryuken" and block:
        return _ruby_block(src, m, lang, program.rules), []
    if program.name == "ocelot":
        # IOcelotLogger's LogX(() => $"text"): the message factory's value is the message;
        # LogError's exception after it is not printed (NoFormatter prints the state alone)
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        message = re.sub(r"^\s*\(\s*\)\s*=>\s*", "", read[0][0])
        return _message([message], program)[0], []
    if program.name == "fossbilling":
        # FOSSBilling\Logger interpolates "{key}" from the context (strtr) and hands Monolog the
        # message and the whole context, printed after it as JSON
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        psr3 = dataclasses.replace(program, fmt="psr3")
        template = _message(list(read[0][:2]), psr3)[0]
        context = read[0][1].strip() if len(read[0]) > 1 else ""
        opened = re.match(r"(?:array\s*\(|\[)", context)
        entries = read_args(context, opened.end(), lang, closer=")" if context.startswith("array") else "]"
                            ) if opened else None
        named = _named_entries(entries, "=>", lang)
        # di.php's logger carries the logged-in admin's or client's id before the call's context
        # (an admin's API, a client's)
        area = re.search(r"/Api/(Admin|Client)\.php$", _ABOVE_THE_CALL_PATH[0])
        scoped = {f"{area.group(1).lower()}_id": "$id"} if area else {}
        return template, [[key, kind_of_field(key, value, lang)]
                          for key, value in {**scoped, **named}.items()]
    return None


def _rust_crate_target(program: Program, path: str) -> str:
    """tracing's target of a file: its module path, a single crate's (src/ at the top) named
    as the program."""
    return _rust_target(path if not path.startswith("src/") else program.name + "/" + path)


def _encloses(src: str, start: int, at: int) -> bool:
    """Whether the first brace block opened at or after ``start`` is still open at ``at``."""
    opened = src.find("{", start, at)
    if opened < 0:
        return False
    depth = 0
    for brace in re.finditer(r"[{}]", src[opened:at]):
        depth += 1 if brace.group() == "{" else -1
        if depth == 0:
            return False  # closed before at: a block of its own
    return True


def _go_function(src: str, at: int) -> str:
    """The Go function (or method) whose body holds ``at``, named as runtime.Caller's function
    is after its last dot: a function literal inside it is "funcN", the Nth of the function's."""
    found = None
    for head in re.finditer(r"^func\s+(?:\([^)]*\)\s*)?(\w+)", src[:at], re.M):
        found = head
    if found is None:
        return "%{name}"
    literals = [lit.start() for lit in re.finditer(r"(?<!^)\bfunc\s*\(", src[found.end():at], re.M)]
    inside = [k for k, start in enumerate(literals, 1) if _encloses(src, found.end() + start, at)]
    return f"func{inside[-1]}" if inside else found.group(1)


def _tracing_span(program: Program, src: str, at: int) -> str:
    """The span tracing's fmt() prints before the target ("name{field=value}: "): the one
    #[instrument] opens on the function around ``at`` (ntpd-rs: on the file's spawned task,
    which every call of the file runs in), its fields those the attribute names and, unless
    skipped, the function's parameters (printed with Debug)."""
    functions = [f for f in re.finditer(r"^[ \t]*(?:pub(?:\([^)]*\))?\s+)?(?:async\s+)?fn\s+(\w+)", src, re.M)
                 if (program.name == "ntpd-rs" or (f.start() < at and _encloses(src, f.end(), at)))]
    for function in reversed(functions):
        above = src[:function.start()].rstrip()
        attribute = re.search(r"#\[instrument\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)\]\s*$", above)
        if attribute:
            break
    else:
        return ""
    options = read_args(attribute.group(1) + ")", 0, "rust")
    options = [o.strip() for o in options[0]] if options else []
    named = next((re.search(r"\"([^\"]*)\"", o).group(1) for o in options if o.startswith("name")), None)
    skipped = set()
    fields = []
    for option in options:
        listed = re.match(r"(skip|fields)\((.*)\)$", option, re.S)
        if listed and listed.group(1) == "skip":
            skipped.update(name.strip() for name in listed.group(2).split(","))
    if "skip_all" not in options:
        opened = src.index("(", function.end())
        params = read_args(src, opened + 1, "rust")
        for param in params[0] if params else []:
            name = re.match(r"\s*(?:mut\s+)?(\w+)\s*:", param)
            if name and name.group(1) not in skipped:
                kind = kind_of_field(name.group(1), name.group(1), "rust")
                fields.append(f"{name.group(1)}=" + _slot(kind, "d"))
    for option in options:
        listed = re.match(r"fields\((.*)\)$", option, re.S)
        for entry in (read_args(listed.group(1) + ")", 0, "rust") or [[]])[0] if listed else []:
            pair = re.match(r"\s*(\w+)\s*=\s*(%?)(.*)$", entry, re.S)
            if pair:  # a field declared without a value ("fields(from)") prints nothing until recorded
                fields.append(f"{pair.group(1)}=" + _slot(kind_of_field(pair.group(1), pair.group(3), "rust"),
                                                          "" if pair.group(2) else "d"))
    return (named or function.group(1)) + ("{" + " ".join(fields) + "}" if fields else "") + ": "


def _scala_body_holds(src: str, decl: re.Match, at: int) -> bool:
    """Whether a Scala type's declaration opens a body ("{" after its parameters and parents)
    still open at ``at``: a line back at its indentation before that "{", other than one going
    on with ")", extends or with, ends a declaration without one (case class X(a: Int))."""
    indent = len(decl.group()) - len(decl.group().lstrip())
    opened = src.find("{", decl.end(), at)
    if opened < 0:
        return False
    for text in src[decl.end():opened].split("\n")[1:]:
        if text.strip() and len(text) - len(text.lstrip()) <= indent and \
                not re.match(r"\s*(?:\)|extends\b|with\b)", text):
            return False
    return _encloses(src, decl.end(), at)


def _scala_logger_name(src: str, at: int, path: str) -> str:
    """The class scala-logging's StrictLogging names its logger by: the package and the type
    declared around ``at`` (an object's name ends in "$", as getClass.getName prints it)."""
    package = re.search(r"^package\s+([\w.]+)", src, re.M)
    found = None
    for decl in re.finditer(r"^[ \t]*(?:(?:final|sealed|abstract|case|private|protected|implicit)\s+)*"
                            r"(class|object|trait)\s+(\w+)", src[:at], re.M):
        if _scala_body_holds(src, decl, at):
            found = decl
    name = (found.group(2) + ("$" if found.group(1) == "object" else "")) if found else \
        path.rsplit("/", 1)[-1].removesuffix(".scala")
    return f"{package.group(1)}.{name}" if package else name


def _sssd_program(path: str) -> str:
    """SSSD's debug_prg_name for a file's code: a helper's "p11_child[pid]", a responder's name,
    a provider's "be[domain]", the monitor's "sssd"; shared code's any of them."""
    child = re.match(r"src/(\w+_child)/", path)
    if child:
        return child.group(1) + "[%{int}]"
    responder = re.match(r"src/responder/(\w+)/", path)
    if responder and responder.group(1) != "common":
        return responder.group(1)
    if path.startswith("src/providers/"):
        return "be[%{name}]"
    return "sssd" if path.startswith("src/monitor/") else "%{name}"


def _round_20_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 20's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "cups":
        # log.c: "L [time] " the level's letter; cupsdLogJob, cupsdLogClient and cupsdLogPrinter
        # prefix the job's, the client's or the printer's "[Job 12] "
        letter = _CUPS_LETTERS.get(re.search(r"CUPSD_LOG_(\w+)", call).group(1), "D")
        prefix = {"Job": "[Job %{int}] ", "Client": "[Client %{int}] ", "Printer": "[Printer %{name}] "}.get(
            re.match(r"cupsdLog(\w+?)\(", call).group(1), "")
        return f"{letter} {prefix}" + template
    if program.name == "sssd":
        # debug.c: "(time): [program] [function] (0x0400): "
        bit = _SSSD_LEVELS.get(re.search(r"SSSDBG_(\w+)", call).group(1), (0x4000, ""))[0]
        function = _c_function_name(src, m.start()) or "%{name}"
        return f"[{_sssd_program(path)}] [{function}] ({bit:#06x}): " + template
    if program.name == "avahi":
        return "avahi-daemon[%{int}]: " + template  # daemon_log to syslog, the daemon's -s
    if program.name == "lldpd":
        # log.c's standard error: "time [LEVL/token] message"; log_warn and fatal append
        # ": strerror(errno)"
        word = {"debug": " DBG", "info": "INFO", "warn": "WARN", "critical": "CRIT"}.get(level, "INFO")
        token = re.search(r"\(\s*\"([^\"]*)\"", call).group(1)
        errno = ": %{err}" if re.match(r"(?:log_warn|fatal)\(", call) else ""
        return f"[{word}/{token}] " + template + errno
    if program.name == "proxysql":
        # proxysql_debug.h (release build): proxy_info "time [INFO] ", proxy_warning and
        # proxy_error "time file:line:function(): [WARNING] "
        if call.startswith("proxy_info"):
            return "[INFO] " + template
        word = "WARNING" if call.startswith("proxy_warning") else "ERROR"
        function = _enclosing_c_function(src, m.start(), "cpp") or "%{name}"
        return f"{base}:{line}:{function}(): [{word}] " + template
    if program.name == "fastnetmon":
        # log4cpp's PatternLayout "%d [%p] %m%n"
        return "[" + re.search(r"Priority::(\w+)", call).group(1) + "] " + template
    if program.name == "juicefs":
        # utils/logger.go: "time juicefs[pid] <LEVEL>: message [function@file.go:line]"
        word = {"warn": "WARNING"}.get(level, level.upper())
        return f"juicefs[%{{int}}] <{word}>: " + template + f" [{_go_function(src, m.start())}@{base}:{line}]"
    if program.name in ("ntpd-rs", "rathole"):
        # tracing_subscriber's fmt(): "time  LEVEL span{fields}: target: message fields", the level
        # right-aligned
        span = _tracing_span(program, src, m.start())
        return f"{level.upper():>5} {span}{_rust_crate_target(program, path)}: " + template
    if program.name == "luigi":
        # setup_logging.py: luigid's DaemonLogging "%(asctime)s %(name)s[%(process)s] %(levelname)s: ",
        # a worker's InterfaceLogging "%(levelname)s: "
        word = _PYTHON_LEVEL_NAMES.get(level, level.upper())
        if base in ("scheduler.py", "server.py", "db_task_history.py", "process.py", "task_history.py"):
            named = re.search(r"\blogging\.getLogger\(\s*(?:[\"']([\w.-]+)[\"']|(__name__))\s*\)", src)
            name = "root" if call.startswith("logging.") else \
                (named.group(1) or "luigi." + base.removesuffix(".py")) if named else "root"
            return f"{name}[%{{int}}] {word}: " + template
        return f"{word}: " + template
    if program.name == "storm":
        # log4j2/cluster.xml and worker.xml: "time %c{1.} %t [%p] ", the logger's class with
        # each package cut to its first letter
        named = re.search(r"LoggerFactory\.getLogger\(\s*(\w+)\.class", src)
        full = _java_class(src, path)
        if named:
            full = full.rsplit(".", 1)[0] + "." + named.group(1)
        parts = full.split(".")
        logger = ".".join([p[:1] for p in parts[:-1]] + parts[-1:])
        return f"{logger} %{{name}} [{level.upper()}] " + template
    if program.name == "ocelot":
        # OcelotLogger's state "RequestId: id, PreviousRequestId: id" + newline + message, through
        # the host's Microsoft.Extensions.Logging console on one line ("level: Category[0] ");
        # a request has an id, the configuration's start and polling none ("-")
        category = _dotnet_category(src, base.removesuffix(".cs"))
        request = "-" if path.startswith("src/Configuration/") else "%{id}"
        word = _MEL_LEVEL_WORDS.get(level, "info")
        return f"{word}: {category}[0] RequestId: {request}, PreviousRequestId: - " + template
    if program.name == "iobroker":
        return f"- {level}: " + template  # common-db's logger.ts: "time - level: message"
    if program.name == "swarm":
        # tracker.ex's debug/info/warn/error macros: Swarm.Logger.format's "[swarm on node] ",
        # then "[tracker:state] ", the calling function's name
        function = None
        for found in re.finditer(r"^[ \t]*defp?\s+(\w+)", src[:m.start()], re.M):
            function = found.group(1)
        return f"[swarm on %{{name}}@%{{host}}] [tracker:{function or '%{name}'}] " + template
    if program.name == "ns_server":
        # ale_default_formatter: "[logger:level,time,node:process:module:function:line]message",
        # a process registered as its module named before its pid
        word = {"warn": "warn"}.get(level, level)
        module = base.removesuffix(".erl")
        function = (_erlang_function(src, m.start()) or "%{name}/0").split("/")[0]
        registered = re.search(r"start_link\(\s*\{\s*local\s*,\s*\?MODULE\s*\}", src)
        process = (module if registered else "") + "<0.%{int}.0>"
        return f"[ns_server:{word},ns_1@%{{host}}:{process}:{module}:{function}:{line}]" + template
    if program.name == "mailscanner":
        # Log.pm: syslog with the process's name (the daemon's config file's, MSMilter's, a
        # script's own) and pid
        # each line of a message its own record (LogText): the first one's
        name = base if path.startswith("common/usr/sbin/") else "MailScanner"
        return f"{name}[%{{int}}]: " + template.split("\n", 1)[0]
    if program.name == "orange":
        # ngx.log: "[lua] file.lua:12: name(): ", the enclosing function's name
        function = None
        for found in re.finditer(r"\bfunction\s+(?:[\w.]+[.:])?(\w+)\s*\(", src[:m.start()]):
            function = found.group(1)
        return f"[lua] {base}:{line}: " + (f"{function}(): " if function else "") + template
    if program.name == "vibe-http":
        # vibe.core.log's default: info on stdout plain, the other levels on stderr as
        # "[thread(task) LVL] "
        word = {"trace": "trc", "debug": "dbg", "diag": "dia", "warn": "WRN", "error": "ERR",
                "critical": "CRITICAL", "fatal": "FATAL"}.get(level)
        if "DebugV(" in call:
            word = "dbv"
        return template if word is None else f"[main(%{{id}}) {word}] " + template
    if program.name == "shoryuken":
        # Logging::Pretty: "time pid TID-tid context LEVEL: ", the context a processed message's
        # "Worker/queue/message id" (its server middleware runs inside it)
        context = " %{name}/%{name}/%{uuid}" if "/middleware/server/" in path else ""
        return f"%{{int}} TID-%{{base36}}{context} {level.upper()}: " + template
    if program.name == "filodb":
        # logback-dev.xml: "[time] %-5level %thread %logger{26} [%X{akkaSource}] - " (no akkaSource
        # in scala-logging's MDC)
        name = _logback_abbreviated(_scala_logger_name(src, m.start(), path), 26)
        return f"{level.upper():<5} %{{name}} {name} [] - " + template
    if program.name == "fossbilling":
        # FOSSBilling\Monolog's LineFormatter: "[time] channel.LEVEL: message context"
        word = {"warn": "WARNING", "err": "ERROR"}.get(level, level.upper())
        return f"application.{word}: " + template
    return template


# (rules 20, checked in round 22: slips20) the round 20 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before): what each prints where the corpus had drawn another kind of value
_SLIPS20_PROGRAMS = ("swarm", "shoryuken", "juicefs", "avahi", "sssd", "proxysql", "ocelot", "iobroker")
_SLIPS20: set[str] = set()
# (slips20) one process's values, the same on each of its lines: Node.self() of the node Swarm
# runs on, Shoryuken's Process.pid and its threads' TIDs ((object_id ^ pid).to_s(36), object
# ids counted in eights), juicefs' and avahi-daemon's os.Getpid(), the one domain SSSD serves
_SWARM_NODE = "myapp@app-1.internal"
_SHORYUKEN_PID = 24817
_JUICEFS_PID = "2873"
_AVAHI_PID = "612"
_SSSD_DOMAIN = "example.com"
_IOBROKER_HOST = "iobroker-1"
# (slips20) the workers' classes Shoryuken's context names (worker_name: the class, or
# "ActiveJob/<job class>" for an ActiveJob)
_SHORYUKEN_WORKERS = ["OrderWorker", "InvoiceWorker", "ActiveJob/ReportMailerJob"]


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, digit = divmod(number, 36)
        out = digits[digit] + out
    return out or "0"


_SHORYUKEN_TIDS = [_base36(_SHORYUKEN_PID ^ (8 * k)) for k in range(1, 7)]


def _slips20_source(program: Program, src: str) -> str:
    """(slips20) a program's expressions written as what they print, so that the kinds read
    them as the code does; line numbers kept."""
    if program.name == "avahi":
        # configure's AVAHI_USER and AVAHI_GROUP ("avahi"), adjacent to the literals around
        # them; a buffer avahi_address_snprint fills prints an address, one
        # avahi_record_to_string returns a DNS record ("name\tIN\tA 10.0.0.2 ; ttl=120")
        src = re.sub(r"\bAVAHI_(?:USER|GROUP)\b", '"avahi"', src)
        for found in reversed(list(re.finditer(r"\bavahi_address_snprint\(\s*(\w+)\s*,", src))):
            scope = src[found.end():found.end() + 400]
            src = src[:found.end()] + re.sub(r"\b" + found.group(1) + r"\b", "addr_ip", scope) + \
                src[found.end() + 400:]
        for found in reversed(list(re.finditer(r"\b(\w+)\s*=\s*avahi_record_to_string\(", src))):
            scope = src[found.end():found.end() + 400]
            src = src[:found.end()] + re.sub(r"\b" + found.group(1) + r"\b", "dns_record_text", scope) + \
                src[found.end() + 400:]
        return src
    if program.name == "proxysql":
        # a local `const char *query = "SELECT ..."` passed for a %s prints its text; a
        # session's and a data stream's status are enums printed by %d, not HTTP statuses
        for found in reversed(list(re.finditer(r"\bconst\s+char\s*\*\s*(\w+)\s*=\s*(\"[^\"\\\n]*\")\s*;", src))):
            scope = src[found.end():found.end() + 600]
            src = src[:found.end()] + re.sub(r"(?<![\w>.])" + found.group(1) + r"\b(?!\s*=[^=])", found.group(2),
                                               scope) + src[found.end() + 600:]
        return src.replace("Session_status: %d , client_status: %d Disconnecting it\\n\", buf, status, "
                           "client_myds->status)", "Session_status: %d , client_status: %d Disconnecting it\\n\", "
                           "buf, session_state, client_state)")
    if program.name == "juicefs":
        # st, a syscall.Errno, prints its error's text by %s (its number by %d); humanize's
        # FtoaWithDigits a percentage's digits
        return re.sub(r"\bhumanize\.FtoaWithDigits\(", "percent(", re.sub(r"\bst\b(?!\s*:?=)", "st_err", src))
    if program.name == "ocelot":
        # an OcelotMiddleware's MiddlewareName is GetType().Name, the file's middleware class;
        # int.Plural() prints "s" or nothing; an HttpStatusCode member prints its name
        own = re.search(r"\bclass\s+(\w+)\s*:\s*OcelotMiddleware\b", src)
        if own:
            src = src.replace("{MiddlewareName}", own.group(1))
        src = re.sub(r"\{([\w.]+)\.Plural\(\)\}", r'{(\1 == 1 ? "" : "s")}', src)
        # a route's DownstreamPathTemplate.Value is its path template ("/api/posts/{id}")
        src = re.sub(r"\.DownstreamPathTemplate\.Value\b", ".DownstreamPath", src)
        return re.sub(r"\{HttpStatusCode\.(\w+)\}", r"\1", src)
    if program.name == "iobroker":
        # the controller's hostLogPrefix is `host.${hostname}`, one host's; a database client's
        # namespace its process's (the controller's host prefix, an adapter's instance), an
        # adapter's its instance's; a client's stop flag a boolean
        # (handed to the controller's managers as their logPrefix; its discovery server's own)
        for prefix in ("${hostLogPrefix}", "${this.logPrefix}", "host.${this.hostname}"):
            src = src.replace(prefix, "host." + _IOBROKER_HOST)
        src = src.replace("${this.namespace}", "${(a ? 'host." + _IOBROKER_HOST + "' : b ? 'admin.0' : 'javascript.0')}")
        return re.sub(r"\$\{this\.stop\}", "${this.isStopping}", src)
    if program.name == "shoryuken":
        # worker_name(worker.class, ...) prints a worker's class
        return re.sub(r"\bworker_name\(", "worker_class_name(", src)
    return src


def _slips20_head(program: Program, src: str, m: re.Match, path: str, template: str) -> str:
    """(slips20) the head round 20's head wrote with one process's values drawn per line, with
    those values: its own when one (a pid, a node), one of a few when a few (threads, SSSD's
    processes); the message after it unchanged."""
    if program.name == "swarm":
        return template.replace("[swarm on %{name}@%{host}] ", f"[swarm on {_SWARM_NODE}] ", 1)
    if program.name == "ocelot":
        # a request's id is HttpContext.TraceIdentifier (ExceptionHandlerMiddleware stores it
        # for every request; no RequestId key configured): Kestrel's "<connection id>:<request
        # number in hex>"
        return template.replace("RequestId: %{id}, ", "RequestId: %{kestrelid}, ", 1)
    if program.name == "juicefs":
        # MethodName drops a closure's "funcN" (and "init.N"'s number) for the function around it
        template = template.replace("juicefs[%{int}] ", f"juicefs[{_JUICEFS_PID}] ", 1)
        return re.sub(r" \[func\d+@", f" [{_go_named_function(src, m.start())}@", template)
    if program.name == "avahi":
        if "%{struct}" in template:
            # avahi_record_to_string: "name\tIN\tTYPE data ; ttl=N", the host's own address
            # records here (a probe's TTL 120, a goodbye's 0)
            before = template[:template.index("%{struct}")].count(_slot("choice", ""))
            _CHOICES.insert(before, ["A", "AAAA"])
            ttl = "0" if "goodbye" in template else "120"
            template = template.replace("%{struct}", "%{host}\tIN\t" + _slot("choice", "") + f" %{{ip}} ; ttl={ttl}", 1)
        return template.replace("avahi-daemon[%{int}]: ", f"avahi-daemon[{_AVAHI_PID}]: ", 1)
    if program.name == "sssd":
        head = re.match(r"\[(?:be\[%\{name\}\]|%\{name\})\] ", template)
        base = path.rsplit("/", 1)[-1]
        child = re.fullmatch(r"(\w+_child)\.c", base)
        if head and child and path.startswith("src/providers/"):
            # krb5_child.c, ldap_child.c: a helper process of its own ("krb5_child[pid]")
            return f"[{child.group(1)}[%{{int}}]] " + template[head.end():]
        tool = re.match(r"src/tools/(?:(sssctl)/|(\w+)\.c$)", path)
        if head and tool:
            return f"[{tool.group(1) or tool.group(2)}] " + template[head.end():]  # argv[0]
        if template.startswith("[be[%{name}]] "):
            return f"[be[{_SSSD_DOMAIN}]] " + template[len("[be[%{name}]] "):]
        if template.startswith("[%{name}] "):
            # shared code (util, db, sbus...) runs in the monitor, the providers and the
            # responders; the responders' common code in the responders
            _CHOICES.insert(0, ["nss", "pam", "sudo"] if path.startswith("src/responder/") else
                            ["sssd", f"be[{_SSSD_DOMAIN}]", "nss", "pam"])
            return "[" + _slot("choice", "") + "] " + template[len("[%{name}] "):]
        return template
    if program.name == "shoryuken":
        head = re.match(r"%\{int\} TID-%\{base36\}( %\{name\}/%\{name\}/%\{uuid\})? ", template)
        if head is None:
            return template
        _CHOICES.insert(0, list(_SHORYUKEN_TIDS))
        context = ""
        if head.group(1):
            _CHOICES.insert(1, list(_SHORYUKEN_WORKERS))
            context = " " + _slot("choice", "") + "/%{name}/%{uuid}"
        template = f"{_SHORYUKEN_PID} TID-" + _slot("choice", "") + context + " " + template[head.end():]
        if "TID-%{base36}" in template:
            # runner.rb's thread dump names each thread by the TID its lines print
            before = template[:template.index("TID-%{base36}")].count(_slot("choice", ""))
            _CHOICES.insert(before, list(_SHORYUKEN_TIDS))
            template = template.replace("TID-%{base36}", "TID-" + _slot("choice", ""), 1)
        return template
    return template


def _go_named_function(src: str, at: int) -> str:
    """The named Go function (or method) whose body holds ``at``, closures inside it included."""
    found = None
    for head in re.finditer(r"^func\s+(?:\([^)]*\)\s*)?(\w+)", src[:at], re.M):
        found = head
    return found.group(1) if found else "%{name}"


# (rules 21, checked in round 23: slips21) the round 21 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before): what each prints where the corpus had drawn another kind of value
_SLIPS21_PROGRAMS = ("hookshot", "dendrite", "glances", "marathon", "karafka", "shlink", "pve-manager", "zone-mta",
                     "freeswitch")
_SLIPS21: set[str] = set()
# (slips21) Karafka's process: ::Logger's "#pid" is the one process's (Process.pid)
_KARAFKA_PID = "3127"
# (slips21) the job classes' last names (job.class.to_s.split("::").last, lib/karafka/processing/
# consumer_groups/jobs), the signals Karafka::Process traps (event[:signal], a symbol: its name)
_KARAFKA_JOBS = ["Consume", "Revoked", "Shutdown", "Idle", "Eofed"]
_KARAFKA_SIGNALS = ["SIGINT", "SIGTERM", "SIGQUIT", "SIGTSTP", "SIGTTIN"]
# (slips21) Karafka's defaults: group_id "app", client_id "karafka" (rdkafka's consumers
# "karafka#consumer-N"), anonymous subscription groups "<group>_<sha256(n)[0, 12]>_<position>"
_KARAFKA_SUBSCRIPTION_GROUPS = ["app_6b86b273ff34_0", "app_d4735e3a265e_1"]
# (slips21) on_error_occurred's details: the error's text then error_details' caller's
# "[label: value, ...]" (a consumer's, a client's or a listener's; none for the others)
_KARAFKA_CONSUMER_DETAILS = (" [consumer_group: app, subscription_group: %{choice}, topic: %{name}, "
                             "partition: %{small}, first_offset: %{int}, last_offset: %{int}]")
_KARAFKA_CLIENT_DETAILS = " [consumer_group: app, subscription_group: %{choice}]"
# (slips21) Shlink's RemoteSystem enum's values (getRemoteSystem()->value, its async listeners)
_SHLINK_REMOTE_SYSTEMS = ["Mercure", "RabbitMQ", "Redis pub/sub"]
# (slips21) Marathon's threads (logback's %thread): its ActorSystem("marathon")'s dispatcher runs
# the actors; futures run on Scala's global execution context too
_MARATHON_DISPATCHER = "marathon-akka.actor.default-dispatcher-"
_MARATHON_THREADS = [_MARATHON_DISPATCHER, "scala-execution-context-global-"]


# (slips21) pve-manager: pvestatd one process (its pid); PVE::API2Tools' terminals run in the API's
# workers, pvedaemon's (as PVE/API2/'s); the services PVE::API2::Services starts and stops
# ($service_name_list)
_PVESTATD_PID = "1873"
_PVE_SERVICES = ["pveproxy", "pvedaemon", "spiceproxy", "pvestatd", "pve-cluster", "corosync", "pve-firewall",
                 "pvescheduler", "pve-ha-lrm", "pve-ha-crm", "chrony", "sshd", "syslog", "cron", "postfix"]
# (slips21) what pve-manager's interpolated variables print: numbers (a cycle, kilobytes, a guest's id)
_PVE_VARIABLES = {"$cycle": "%{int}", "$resident_kb": "%{int}", "$diff": "%{int}", "$vmid": "%{intid}"}


def _slips21_pve(src: str, m: re.Match, path: str, template: str) -> str:
    """(slips21) pve-manager's syslog line: its daemon and pid as they run, and the variables
    _PVE_VARIABLES names printed as what they hold (the message's placeholders in the order its
    text interpolates them)."""
    head = re.match(r"(pvestatd|%\{name\})\[%\{int\}\]: ", template)
    body_at = template.index("]: ") + 3
    read = read_args(src, m.end(), "perl")
    if read and read[0]:
        used = re.findall(r"\$\w+(?:->\{\w+\})?", read[0][0])
        slots = list(re.finditer(r"%\{[^}]*\}", template[body_at:]))
        if len(used) == len(slots):
            for name, slot in reversed(list(zip(used, slots, strict=True))):
                text = _PVE_VARIABLES.get(name)
                if name == "$param->{service}":
                    before = template[:body_at + slot.start()].count(_slot("choice", ""))
                    _CHOICES.insert(before, list(_PVE_SERVICES))
                    text = _slot("choice", "")
                if text is not None:
                    template = template[:body_at + slot.start()] + text + template[body_at + slot.end():]
    if head and head.group(1) == "pvestatd":
        return f"pvestatd[{_PVESTATD_PID}]: " + template[head.end():]
    if head and path == "PVE/API2Tools.pm":
        return "pvedaemon[%{int}]: " + template[head.end():]
    return template


# (slips21) ZoneMTA's npmlog prefixes as its code builds them, each process's pid its own: the
# master's (app.js, the queue server, plugins), a receiver's (services/receiver.js: the SMTP
# interfaces, config/default.js' feeder, and mail-drop) and a sending zone's sender process's (the
# default and bounces zones: services/sender.js, lib/sender.js with its connection's
# '[' + connectionId + ']', ip-tools' `DNS/${process.pid}`, the connection pool, the remote queue);
# bounces.js' logName its callers' ('Queue', a sender's); Redis' and the bounce rules' any process's
_ZONEMTA_MASTER, _ZONEMTA_RECEIVER, _ZONEMTA_SENDER_PIDS = "5211", "5226", ["5230", "5231"]
_ZONEMTA_SMTP = f"SMTP/feeder/{_ZONEMTA_RECEIVER}"
_ZONEMTA_SENDERS = [f"Sender/default/{_ZONEMTA_SENDER_PIDS[0]}", f"Sender/bounces/{_ZONEMTA_SENDER_PIDS[1]}"]
_ZONEMTA_PIDS = [_ZONEMTA_MASTER, _ZONEMTA_RECEIVER, *_ZONEMTA_SENDER_PIDS]
_ZONEMTA_PREFIXES = {
    ("lib/sender.js", "this.logName"): ("%{choice}[%{small}]", _ZONEMTA_SENDERS),
    ("lib/sender.js", "this.logName + '/MTA-STS'"): ("%{choice}[%{small}]/MTA-STS", _ZONEMTA_SENDERS),
    ("lib/sender.js", "'Sender/' + this.zone.name + '/' + process.pid"): ("%{choice}", _ZONEMTA_SENDERS),
    ("services/sender.js", "logName"): ("%{choice}", _ZONEMTA_SENDERS),
    ("services/sender.js", "'Sender/' + process.pid"): ("Sender/%{choice}", _ZONEMTA_SENDER_PIDS),
    ("lib/ip-tools.js", "logKey"): ("DNS/%{choice}", _ZONEMTA_SENDER_PIDS),
    ("lib/connection-pool.js", '"ConnPool/"+process.pid'): ("ConnPool/%{choice}", _ZONEMTA_SENDER_PIDS),
    ("lib/remote-queue.js", "'Queue/' + process.pid"): ("Queue/%{choice}", _ZONEMTA_SENDER_PIDS),
    ("lib/sending-zone.js", "'Child/' + this.name + '/' + pid"): (
        "Child/%{choice}", [text.removeprefix("Sender/") for text in _ZONEMTA_SENDERS]),
    ("lib/bounces.js", "logName"): ("%{choice}", ["Queue", *(text + "[1]" for text in _ZONEMTA_SENDERS)]),
    ("lib/bounces.js", "'Bounces/' + process.pid"): ("Bounces/%{choice}", [_ZONEMTA_MASTER, *_ZONEMTA_SENDER_PIDS]),
    ("lib/db.js", "'Redis/' + process.pid"): ("Redis/%{choice}", _ZONEMTA_PIDS),
    ("lib/mail-drop.js", "'Queue/' + process.pid"): (f"Queue/{_ZONEMTA_RECEIVER}", []),
    ("plugins/core/http-bounce.js", "'HTTPBounce[' + process.pid + ']'"): (f"HTTPBounce[{_ZONEMTA_MASTER}]", []),
    ("lib/smtp-interface.js", "this.logName"): (_ZONEMTA_SMTP, []),
    ("lib/receiver/smtp-proxy.js", "this.logName"): (_ZONEMTA_SMTP, []),
    ("lib/receiver/smtp-proxy.js", "'SMTP/' + this.name + '/' + pid"): (_ZONEMTA_SMTP, []),
    ("lib/receiver/smtp-proxy.js", "'SMTP/' + this.name"): ("SMTP/feeder", []),
    ("services/receiver.js", "smtp.logName"): (_ZONEMTA_SMTP, []),
    ("services/receiver.js", "'SMTP/' + currentInterface + '/' + process.pid"): (_ZONEMTA_SMTP, []),
    ("app.js", "smtpInterface.logName"): (_ZONEMTA_SMTP, []),
    ("app.js", "'SMTP/' + smtpProxy.interface"): ("SMTP/feeder", []),
}


def _slips21_source(program: Program, src: str, path: str) -> str:
    """(slips21) a program's expressions written as what they print, so that the kinds read
    them as the code does; line numbers kept: FreeSWITCH's rtp_type(s) macro (switch_rtp.c),
    its conditional of "text", "video" and "audio"."""
    if program.name == "freeswitch":
        src = re.sub(r"\brtp_type\(\s*[\w>.-]+\s*\)", '(t ? "text" : v ? "video" : "audio")', src)
    return src


# (slips21) Glances' own names: an AMP's self.NAME its class's NAME = 'Nginx' (amp.py's base
# class: each AMP's), a plugin's self.plugin_name its package's (glances/plugins/<name>/)
_GLANCES_OWN_NAME = re.compile(r"""\s*f?(['"])\{(self\.(?:NAME|plugin_name))?\}""")


def _glances_own_name(src: str, at: int, path: str) -> str | None:
    """The text of the self.NAME or self.plugin_name a Glances call's message opens with."""
    call = src[at:at + 400]
    first = _GLANCES_OWN_NAME.match(call)
    if first is None:
        return None
    formatted = re.match(r"[^\n]*?\.format\(\s*(self\.(?:NAME|plugin_name))\b", call)
    attr = first.group(2) or (formatted.group(1) if formatted else None)
    if attr == "self.NAME":
        named = re.findall(r"^    NAME = '([^'\\]+)'$", src, re.M)
        return named[0] if len(named) == 1 and named[0] != "?" else None
    plugin = re.match(r"glances/plugins/(\w+)/__init__\.py$", path)
    return plugin.group(1) if attr == "self.plugin_name" and plugin else None


def _one_choice(template: str, old: str, texts: list[str], then: str = "", lead: str = "") -> str:
    """``template`` with its first ``old`` written as a choice of ``texts`` (``lead`` before it
    and ``then`` after it), the texts recorded at the choice's place among the template's choices."""
    if old not in template:
        return template
    before = template[:template.index(old)].count(_slot("choice", ""))
    _CHOICES.insert(before, list(texts))
    return template.replace(old, lead + _slot("choice", "") + then, 1)


def _slips21_head(program: Program, src: str, m: re.Match, path: str, template: str) -> str:
    """(slips21) the head and values round 21's reading drew per line where the program prints
    one process's value, or one of its own few: Karafka's pid, job classes, signals, groups and
    partitions; Shlink's remote systems; Marathon's threads."""
    if program.name == "karafka":
        template = re.sub(r"^([DIWEF]), \[#%\{int\}\]", lambda h: f"{h.group(1)}, [#{_KARAFKA_PID}]", template)
        template = _one_choice(template, "Received %{any} system signal", _KARAFKA_SIGNALS, " system signal", "Received ")
        # job_type, a job's class; "#{topic}-#{partition}", a topic and a partition's number
        template = _one_choice(template, "%{word} job for ", _KARAFKA_JOBS, " job for ")
        template = _one_choice(template, "In processing: %{class} job for ", _KARAFKA_JOBS, " job for ", "In processing: ")
        template = template.replace(" on %{name}-%{name} started", " on %{name}-%{small} started", 1)
        template = template.replace(" job for %{name}/%{name} (group:", " job for %{name}/%{small} (group:", 1)
        # group_details "#{group_id}/#{subscription_group.id}", topics joined by ", "
        template = _one_choice(template, "Group %{text} subscribing to topics: %{list}", _KARAFKA_SUBSCRIPTION_GROUPS,
                               " subscribing to topics: %{joined}", "Group app/")
        # group_prefix "[#{client_id}] Group #{group_id} rebalance", partitions' numbers joined by ","
        for what in ("revoked", "assigned"):
            template = template.replace(f"-- : %{{name}}: No partitions {what}",
                                        f"-- : [karafka#consumer-%{{small}}] Group app rebalance: No partitions {what}", 1)
            template = template.replace(f"-- : %{{name}}: %{{name}}-[%{{joined}}] {what}",
                                        f"-- : [karafka#consumer-%{{small}}] Group app rebalance: "
                                        f"%{{name}}-[%{{partitions}}] {what}", 1)
        if path == "lib/karafka/instrumentation/logger_listener.rb" and template.endswith(": %{text}"):
            kind = re.findall(r'\bwhen\s+"([\w.]+)"', src[:m.start()])
            kind = kind[-1] if kind and "def on_error_occurred" in src[:m.start()] else ""
            details = (_KARAFKA_CONSUMER_DETAILS if kind.startswith("consumer.") else
                       _KARAFKA_CLIENT_DETAILS if kind.startswith(("connection.client.", "connection.listener.")) else "")
            if details:
                template = template + details
                _CHOICES.append(list(_KARAFKA_SUBSCRIPTION_GROUPS))
        return template
    if program.name == "glances":
        own = _glances_own_name(src, m.end(), path)
        if own is None:
            return template
        template = re.sub(r"^(-- [A-Z]+ -- )%\{\w+\}", lambda h: h.group(1) + own, template, count=1)
        # an AMP's self.get('key') next: its one configured value, the one its docstring's
        # [amp_x] section gives (service_cmd=/usr/bin/service --status-all)
        key = re.match(r"[^\n]*?\.format\(\s*self\.NAME\s*,\s*self\.get\('(\w+)'\)", src[m.end():m.end() + 400])
        conf = key and re.search(r"^" + key.group(1) + r"=(\S[^\n]*)$", src, re.M)
        if conf:
            template = re.sub(r"%\{[\w:]+(?:\|\w+)?\}", lambda _: conf.group(1).replace("%", "%%"), template, count=1)
        return template
    if program.name == "pve-manager":
        return _slips21_pve(src, m, path, template)
    if program.name == "zone-mta":
        read = read_args(src, m.end(), "js")
        known = _ZONEMTA_PREFIXES.get((path, read[0][0].strip())) if read and read[0] else None
        head = re.match(r"(?:sill|verb|info|http|WARN|ERR!) %\{name\} ", template)
        if known is None or head is None:
            return template
        text, texts = known
        if texts:
            _CHOICES.insert(0, list(texts))
        return template[:head.end() - len("%{name} ")] + text + " " + template[head.end():]
    if program.name == "shlink":
        return _one_choice(template, "to notify %{name} ", _SHLINK_REMOTE_SYSTEMS, " ", "to notify ")
    if program.name == "marathon":
        # logback.xml's "(%logger:%thread)": the thread one of Marathon's
        if not template.endswith(":%{name})"):
            return template
        if re.search(r"\b(?:extends|with)\s+(?:Actor|ActorLogging|Stash)\b", src):
            return template[:-len("%{name})")] + _MARATHON_DISPATCHER + "%{small})"
        return _one_choice(template[:-len("%{name})")] + "\x00", "\x00", _MARATHON_THREADS, "%{small})")
    return template


# (rules 22, checked in round 24: slips22) the round 22 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before): what each prints where the corpus had drawn another kind of value
_SLIPS22_PROGRAMS = ("nextcloud-mail", "nmap", "bolt", "mediasoup", "rsync", "multipath-tools", "smartmontools",
                     "sing-box", "ha-supervisor")
_SLIPS22: set[str] = set()
# (slips22) what a program's files say of all its calls (filled per program): nmap's scripts'
# prefixes ("script %{ip}:%{port}" for a portrule's, "script %{ip}" a hostrule's, "script" a
# prerule's or postrule's), and the scripts that require each NSE library
_SLIPS22_TABLES: dict[str, dict] = {}
_NSE_REQUIRE = re.compile(r"""\brequire\s*\(?\s*["']([\w.]+)["']""")


def _nse_prefix_form(src: str) -> str:
    """What stdnse's debug prefix prints after a script's id (gethostport()): a portrule's
    thread has a host and a port, a hostrule's a host, a prerule's or postrule's neither."""
    if re.search(r"^portrule\s*=", src, re.M):
        return " %{ip}:%{port}"
    if re.search(r"^hostrule\s*=", src, re.M):
        return " %{ip}"
    return ""


def _slips22_tables(program: Program, files: dict[str, str]) -> dict[str, dict]:
    """(slips22) nmap: each script's prefix form, and for each NSE library (nselib/x.lua) the
    scripts that run it (require it, or a library that requires it), by prefix form."""
    if program.name != "nmap":
        return {}
    forms = {}
    requires: dict[str, set[str]] = {}  # a script's or a library's required libraries
    for path, src in sorted(files.items()):
        name = path.rsplit("/", 1)[-1].removesuffix(".nse").removesuffix(".lua")
        if path.startswith("scripts/"):
            forms[name] = _nse_prefix_form(src)
        requires["nselib/" + name if path.startswith("nselib/") else name] = set(_NSE_REQUIRE.findall(src))
    users: dict[str, dict[str, list[str]]] = {}
    for name in sorted(forms):
        # the libraries a script runs, those it requires and theirs in turn
        seen, todo = set(), list(requires.get(name, ()))
        while todo:
            library = todo.pop()
            if library not in seen:
                seen.add(library)
                todo.extend(requires.get("nselib/" + library, ()))
        for library in sorted(seen):
            users.setdefault(library, {}).setdefault(forms[name], []).append(name)
    return {"forms": forms, "users": users}


def _slips22_nmap(path: str, template: str) -> str:
    """(slips22) stdnse's "[id host:port] " prefix as the running script prints it: a script's
    own id and its rule's host and port; a library's, one of the scripts that run it (of
    their most common rule's prefix)."""
    head = "NSE: [%{name} %{ip}:%{port}] "
    base = path.rsplit("/", 1)[-1]
    if path.startswith("scripts/"):
        name = base.removesuffix(".nse")
        own = f"NSE: [{name} %{{ip}}:%{{port}}] "
        form = _SLIPS22_TABLES.get("forms", {}).get(name)
        if form is None or not template.startswith(own):
            return template
        return f"NSE: [{name}{form}] " + template[len(own):]
    users = _SLIPS22_TABLES.get("users", {}).get(base.removesuffix(".lua"), {})
    if not users or not template.startswith(head):
        return template
    form, names = max(users.items(), key=lambda item: (len(item[1]), item[0]))
    _CHOICES.insert(0, sorted(names))
    return f"NSE: [%{{choice}}{form}] " + template[len(head):]


# (slips22) one daemon's pid: multipathd's, smartd's (syslog's ident[pid], every line the same)
_SLIPS22_DAEMON_PIDS = {"multipath-tools": ("multipathd[%{int}]: ", "multipathd[1207]: "),
                        "smartmontools": ("smartd[%{int}]: ", "smartd[893]: ")}
# (slips22) what a program's expressions print, written as the texts they are (line numbers
# kept): rsync's who_am_i() (rsync.c: "server" or "client" starting up, then "sender",
# "generator", "receiver" or a pre-forked "Receiver"); multipath-tools' maps' aliases
# (user_friendly_names' mpathN), paths' devices (sdX) and their dev_t (major:minor)
_SLIPS22_EXPRESSIONS = {
    "rsync": ((r"\bwho_am_i\(\)", '(s ? "server" : c ? "client" : t ? "sender" : g ? "generator" : '
                                   'r ? "receiver" : "Receiver")'),),
    "multipath-tools": ((r"\b(?:mpp|mp)->alias\b", '(a ? "mpatha" : b ? "mpathb" : c ? "mpathc" : "mpathd")'),
                        (r"\bpp->dev_t\b", '(a ? "8:16" : b ? "8:32" : c ? "65:0" : "65:16")'),
                        (r"\bpp->dev\b(?!_)", '(a ? "sdb" : b ? "sdc" : c ? "sdq" : "sdr")')),
}


def _slips22_source(program: Program, src: str) -> str:
    """(slips22) a program's expressions written as what they print (_SLIPS22_EXPRESSIONS)."""
    for pattern, text in _SLIPS22_EXPRESSIONS.get(program.name, ()):
        src = re.sub(pattern, text, src)
    return src


_RSYNC_ROLES = ["server", "client", "sender", "generator", "receiver", "Receiver"]
# (slips22) mediasoup's worker processes' pids (Channel.ts' [pid:N], the worker's)
_MEDIASOUP_WORKER_PIDS = ["2817", "2818", "2819", "2820"]
# (slips22) Bolt's loggers named otherwise than by their class: a connection's and a shell's by
# the target's safe_name (Bolt::Logger.logger(target.safe_name), lib/bolt/shell.rb's for every
# shell, Bash's Tmpdir its shell's), an inventory target's by its inventory's class
_BOLT_TARGET_LOGGER = re.compile(r"@\w*logger\s*=\s*Bolt::Logger\.logger\(\s*@?target\.safe_name\s*\)")


def _slips22_head(program: Program, src: str, m: re.Match, path: str, template: str) -> str:
    """(slips22) what round 22's reading drew where the program prints its own: Nextcloud Mail's
    request method (in extract_file's fields), nmap's script ids, mediasoup's workers' pids,
    multipathd's and smartd's one pid, rsyserr's role and errno, sing-box's addresses,
    Supervisor's D-Bus methods, Bolt's loggers' names and its numbers."""
    if program.name == "nmap":
        return _slips22_nmap(path, template)
    if program.name in _SLIPS22_DAEMON_PIDS:
        drawn, own = _SLIPS22_DAEMON_PIDS[program.name]
        return own + template[len(drawn):] if template.startswith(drawn) else template
    if program.name == "rsync":
        # rsyserr's "rsync: [who_am_i()] ": one of its roles; strerror's errno a small number
        return _one_choice(template, "rsync: [%{word}] ", _RSYNC_ROLES, "] ", "rsync: [").replace(
            ": %{err} (%{int})", ": %{err} (%{small})")
    if program.name == "sing-box":
        # metadata.Source and .Destination, M.Socksaddr: an address and its port (String())
        template = re.sub(r"( connection from )%\{name\}", r"\1%{addr}", template)
        return re.sub(r"( connection to )%\{path\}", r"\1%{addr}", template)
    if program.name == "ha-supervisor":
        # utils/dbus.py's "D-Bus call - %s.%s on %s": the interface and its method's name (not
        # an HTTP method's: a call_x of dbus-fast's proxy)
        return template.replace("D-Bus call - %{name}.%{method} on ", "D-Bus call - %{name}.call_%{word} on ", 1)
    if program.name == "mediasoup":
        # Channel.ts' "[pid:N]": the worker process's (an app runs one worker a CPU core)
        return _one_choice(template, " [pid:%{int}] ", _MEDIASOUP_WORKER_PIDS, "] ", " [pid:")
    if program.name == "bolt":
        head = re.match(r"(\w+ *\[main\] \[)([\w:]+)(\] )", template)
        if head is None:
            return template
        name = head.group(2)
        if _BOLT_TARGET_LOGGER.search(src) or path.startswith("lib/bolt/shell/"):
            name = "%{host}"
        elif re.search(r"@logger\s*=\s*Bolt::Logger\.logger\(\s*inventory\s*\)", src):
            name = "Bolt::Inventory::Inventory"
        template = head.group(1) + name + head.group(3) + template[head.end():]
        # log_step_finish's failures (error_set.length) a count, its duration.round(2) a float
        template = template.replace(" with %{list} failure%{choice} in %{int} sec",
                                    " with %{int} failure%{choice} in %{float} sec", 1)
        return template
    return template


# (rules 23, checked in round 25: slips23) the round 23 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before): what each prints where the corpus had drawn another kind of value or head
_SLIPS23_PROGRAMS = ("galera", "mediamtx", "zellij")
_SLIPS23: set[str] = set()
# (slips23) what a program's expressions print where round 23 had drawn another kind: (what the
# reading wrote, what the program prints), the first of each in a template. Galera: seqnos and
# counts (int64s), monitor.hpp's fractions (doubles), wsrep_status_t (an enum's number), getcwd
# (a path), gcomm's UUIDs (uuid.hpp's to_stream: the first 4 bytes in hex), an errno (a small
# number), a file's name_ (its path), KeyOS' and a message's version (a small number), Param::proto_max and
# MAX_PROTO_VER (replicator_smm_params.cpp's "repl.proto_max" and 9), galera_exception.hpp's err
# (negative). MediaMTX: a path's name (not a file's path), decode and processing errors (errors),
# a session's and a forward destination's id (hex.EncodeToString(uuid[:4])). Zellij: a theme's name.
_SLIPS23_VALUES = {
    "galera": (
        ("seqno gap, position: %{int} trx seqno %{any}", "seqno gap, position: %{int} trx seqno %{int}"),
        ("unexpected trx seqno: %{any} expected: %{any}", "unexpected trx seqno: %{int} expected: %{int}"),
        ("mon: entered %{any} oooe fraction %{any} oool fraction %{any}",
         "mon: entered %{int} oooe fraction %{float} oool fraction %{float}"),
        ("Slave thread exit. Return code: %{any}", "Slave thread exit. Return code: %{small}"),
        ("Found saved state: %{uuid}:%{any}, ", "Found saved state: %{uuid}:%{int}, "),
        ("Releasing seqno %{any} before ", "Releasing seqno %{int} before "),
        ("RingBuffer::seqno_reset(): found %{any}/%{int} locked", "RingBuffer::seqno_reset(): found %{int}/%{int} locked"),
        ("Currend WD: %{any}", "Currend WD: %{path}"),
        ("Failed to close file '%{name}': %{err} (%{err}'", "Failed to close file '%{path}': %{small} (%{err}'"),
        ("unsupported key version: %{version}", "unsupported key version: %{small}"),
        ("Can't set '%{int}' to %{any}: maximum supported value is %{version}",
         "Can't set 'repl.proto_max' to %{small}: maximum supported value is 9"),
        ("Attempt to throw exception with a %{err} code", "Attempt to throw exception with a -%{small} code"),
        ("failed to send to %{addr}: (%{err}) %{err}", "failed to send to %{addr}: (%{small}) %{err}"),
        ("WSREP: %{struct} listening at %{addr}", "WSREP: (%{hex8}, '%{addr}') listening at %{addr}"),
        ("WSREP: %{struct} multicast: %{addr}, ttl: %{duration}",
         "WSREP: (%{hex8}, '%{addr}') multicast: %{addr}, ttl: %{small}"),
        ("%{id} discarding other prim view: ", "%{hex8} discarding other prim view: "),
        ("%{id} changing node %{name} weight (reg) ", "%{hex8} changing node %{hex8} weight (reg) "),
        ("%{id} sending install: ", "%{hex8} sending install: "),
        ("%{id} greatest view id ", "%{hex8} greatest view id "),
        ("unknown/unsupported protocol version: %{version} ", "unknown/unsupported protocol version: %{small} "),
    ),
    "mediamtx": (
        ("[session %{hex}] ", "[session %{hex8}] "),
        ("[session %{id}] ", "[session %{hex8}] "),
        ("is reading from path '%{path}', ", "is reading from path '%{name}', "),
        ("decode errors, last was: %{any}", "decode errors, last was: %{err}"),
        ("decode error: %{any}", "decode error: %{err}"),
        ("processing error: %{any}", "processing error: %{err}"),
    ),
    "zellij": (
        ("theme_dark='%{any}'", "theme_dark='%{name}'"),
        ("theme_light='%{any}'", "theme_light='%{name}'"),
    ),
}
# (slips23) evs_proto.hpp's to_string(State)
_GALERA_EVS_STATES = ["CLOSED", "JOINING", "LEAVING", "GATHER", "INSTALL", "OPERATIONAL"]
# (slips23) MediaMTX's defs.FormatsInfo ("%d %s (%s)": the count, track or tracks, the codecs'
# labels) and gortsplib's transport protocols; a forward destination's protocols, upper-cased
_MEDIAMTX_FORMATS = ["1 track (H264)", "2 tracks (H264, Opus)", "2 tracks (H264, MPEG-4 Audio)", "1 track (H265)",
                     "2 tracks (H265, MPEG-4 Audio)"]
_MEDIAMTX_TRANSPORTS = ["UDP", "TCP", "UDP-multicast"]
_MEDIAMTX_FORWARDS = ["RTMP", "RTMPS", "RTSP", "RTSPS", "SRT", "WHIP", "WHIPS"]
# (slips23) formatlabel.FormatToLabel: a track's codec's label
_MEDIAMTX_CODECS = ["H264", "H265", "Opus", "MPEG-4 Audio", "AV1", "KLV"]
# (slips23) the logger.Writer a MediaMTX file's calls print through where round 23 read none:
# a path's hooks and stream (the path's Log), a protocol's FromStream (its reader's: an HLS muxer,
# an SRT or RTMP connection, a WebRTC session), MoQ's HTTP/3 server;
# a reader's hook the reading session's (of the RTSP server's, the most common), a connection's
# hook the connection's
_MEDIAMTX_WRITERS = (("internal/hooks/on_read.go", "[RTSP] [session %{hex8}] "),
                     ("internal/hooks/on_connect.go", "[RTSP] [conn %{ip}:%{port}] "),
                     ("internal/hooks/", "[path %{name}] "), ("internal/stream/", "[path %{name}] "),
                     ("internal/protocols/hls/", "[HLS] [muxer %{name}] "), ("internal/protocols/httpp3/", "[MoQ] "),
                     ("internal/protocols/mpegts/", "[SRT] [conn %{ip}:%{port}] "),
                     ("internal/protocols/rtmp/", "[RTMP] [conn %{ip}:%{port}] "),
                     ("internal/protocols/webrtc/", "[WebRTC] [session %{hex8}] "))


# (slips23) a C++ function's definition, a class's method defined in its body too (a constructor,
# a destructor, operator()) or a free function (extern "C" galera_x): its name as __FUNCTION__
_CPP_FUNCTION = re.compile(
    r"^[ \t]*(?!(?:if|for|while|switch|return|else|do|case|catch|sizeof|throw|new|delete)\b)[\w:<>*&~, \t]*?"
    r"(?<![\w~])(?!(?:if|for|while|switch|catch|sizeof|return)\b)(operator\(\)|~?\w+)\s*\((?:[^;{}()]|\([^()]*\))*\)"
    r"\s*(?:const\s*)?(?:noexcept\s*)?(?:override\s*)?(?::[^;{]*)?\{", re.M)


def _slips23_function(src: str, at: int) -> str | None:
    """(slips23) __FUNCTION__ of the last C++ function defined before ``at`` (_CPP_FUNCTION)."""
    found = None
    for head in _CPP_FUNCTION.finditer(src[:at]):
        found = head.group(1)
    return found


def _slips23_unprinted(program: Program, level: str) -> bool:
    """(slips23) a call its program's logger never prints: Zellij's debug and trace macros
    (logging.rs' root logger at LevelFilter::Info; only logging_pipe's own at Trace)."""
    return program.name == "zellij" and level in ("debug", "trace")


def _slips23_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """(slips23) what round 23's reading drew where the program prints its own: Galera's
    file:function():line on every line (gu_logger.hpp prints it at every level when debug
    logging is on, as it is in a log holding debug lines) and its values, MediaMTX's loggers'
    prefixes and values, Zellij's theme names."""
    for old, new in _SLIPS23_VALUES.get(program.name, ()):
        template = template.replace(old, new, 1)
    path, line = at.rsplit(":", 1)
    if program.name == "galera":
        head = re.match(r"%\{small\} \[\w+\] WSREP: ", template)
        function = _cpp_method(src, m.start()) or _slips23_function(src, m.start()) or "%{name}"
        if head is not None:
            # the reading's own (a debug or error line's, its function read as a method's alone)
            read = re.compile(re.escape(path) + r":\S*?\(\):" + line + ": ").match(template, head.end())
            rest = template[read.end() if read else head.end():]
            template = template[:head.end()] + f"{path}:{function}():{line}: " + rest
        template = _one_choice(template, "user message in state %{any}", _GALERA_EVS_STATES, "", "user message in state ")
        # saved_state.cpp's safe_to_bootstrap_, a bool streamed without boolalpha
        return _one_choice(template, "safe_to_bootstrap: %{any}", ["0", "1"], "", "safe_to_bootstrap: ")
    if program.name == "mediamtx":
        head = re.match(r"[A-Z]{3} ", template)
        writer = _round_23_prefix(_MEDIAMTX_WRITERS, path, "")
        if head is not None and writer and not template.startswith("[", head.end()):
            template = template[:head.end()] + writer + template[head.end():]
        template = _one_choice(template, "[%{word} dest %{small} %{url}] ", _MEDIAMTX_FORWARDS,
                               " dest %{small} %{hex8}] ", "[")
        for old in ("is converting into HLS, %{any}", "stream is available and online, %{any}",
                    "', with %{protocol}, %{any}", "is reading from path '%{name}', %{any}"):
            template = _one_choice(template, old, _MEDIAMTX_FORMATS, "", old.removesuffix("%{any}"))
        template = _one_choice(template, "skipping track %{int} (%{name})", _MEDIAMTX_CODECS, ")",
                               "skipping track %{small} (")
        return _one_choice(template, "', with %{protocol}, ", _MEDIAMTX_TRANSPORTS, ", ", "', with ")
    return template


# (rules 24, checked in round 26: slips24) the round 24 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before): levels their loggers do not print by default, one process's values, and
# what each prints where the corpus had drawn another kind of value or head
_SLIPS24_PROGRAMS = ("webdriveragent", "pgbackrest", "xxl-job", "yetibot", "eggdrop")
_SLIPS24: set[str] = set()
# (slips24) NSLog's "process[pid:tid]": one process, the WebDriverAgent runner's
_WDA_PID = "2417"
# (slips24) timbre's hostname: the one host the bot runs on
_YETIBOT_HOST = "yetibot-0"
# (slips24) FBWebServer's server URL markers (FBServerURLBeginMarker, FBServerURLEndMarker)
_WDA_SERVER_URL = ("%{url}http://%{host}:%{int}%{url}", "ServerURLHere->http://%{ip}:%{port}<-ServerURLHere")
# (slips24) what NSError's description prints (CocoaHTTPServer's bind() failures, POSIX errnos)
_WDA_NSERRORS = [
    f'Error Domain=NSPOSIXErrorDomain Code={code} "{text}" UserInfo={{NSLocalizedDescription={text}, '
    'NSLocalizedFailureReason=Error in bind() function}'
    for code, text in ((48, "Address already in use"), (49, "Can't assign requested address"),
                       (13, "Permission denied"))]
# (slips24) an application's bundle identifier (XCUIApplicationProcess' bundleID, an app's info)
_WDA_BUNDLES = ["com.apple.springboard", "com.apple.mobilesafari", "com.apple.Preferences",
                "com.apple.mobileslideshow", "com.example.TestApp"]
# (slips24) what pgBackRest's arguments print, by the expression (a repository's and a cluster's
# group name, an archive id "<version>-<history>", a backup label "<date>-<time>F" with its
# incremental's "_<date>-<time>D|I", WAL segments, history files and years, a manifest's copy,
# retention options' names, error types): the corpus had drawn any value for them
_PGBACKREST_LABELS = ["20251201-010002F", "20251201-010002F_20251202-010003I",
                      "20251201-010002F_20251203-010004D", "20251208-010001F"]
_PGBACKREST_SEGMENTS = ["000000010000000000000003", "00000001000000020000004A", "0000000200000005000000C1",
                        "000000010000000A000000FF"]
_PGBACKREST_ARGUMENTS = (
    (r"cfgOptionGroupName\(cfgOptGrpRepo", ["repo1", "repo2"]),
    (r"cfgOptionGroupName\(cfgOptGrpPg", ["pg1", "pg2"]),
    (r"\barchiveId\b", ["16-1", "15-1", "17-2"]),
    (r"strLstJoin\(backupExpired", [", ".join(_PGBACKREST_LABELS[:n]) for n in (1, 2, 3)]),
    (r"[bB]ackupLabel\b|\blatestBackup\b|\b(?:info)?[lL]abel\)|strLstGet\(backupList", _PGBACKREST_LABELS),
    (r"\b(?:walSegment|walFile|archiveFile)\b|archiveExpire->(?:start|stop)", _PGBACKREST_SEGMENTS),
    (r"\bhistoryFile\b", ["00000002.history", "00000003.history"]),
    (r"\bhistoryYear\b", ["2024", "2025"]),
    (r"\bhistoryBackupFile\b", [label + ".manifest.gz" for label in _PGBACKREST_LABELS]),
    (r"cfgOptionIdxName\(cfgOptRepoRetentionArchiveType", ["repo1-retention-archive-type"]),
    (r"cfgOptionIdxName\(cfgOptRepoRetentionArchive\b", ["repo1-retention-archive"]),
    (r"\berrorTypeName\(", ["DbConnectError", "HostConnectError", "FileMissingError", "ArchiveTimeoutError"]),
)
# (slips24) FBWebServer's "Built at %s %s": the build's __DATE__ ("Mmm dd yyyy", a day below
# 10 space-padded) and __TIME__
_WDA_BUILDS = ["Nov 14 2025 09:12:44", "Dec  2 2025 16:03:51", "Jan  9 2026 11:47:05"]


def _slips24_unprinted(program: Program, call: str, level: str) -> bool:
    """(slips24) a call its program's logger does not print as shipped: WebDriverAgent's
    verboseLog (FBConfiguration's verboseLoggingEnabled off), pgBackRest's LOG_DETAIL and
    LOG_DEBUG (log-level-file info, log-level-console warn), XXL-JOB's debug (logback.xml's root
    at info), Yetibot's (yetibot.core's timbre level info when unset) and Eggdrop's debug
    (LOG_DEBUG's "d" in neither eggdrop.conf's logfile "mco" nor its console "mkcoblxs")."""
    if program.name == "pgbackrest":
        return re.match(r"LOG_(?:DETAIL|DEBUG)", call) is not None
    return level == "debug"


def _slips24_pgbackrest(src: str, m: re.Match, template: str) -> str:
    """(slips24) pgBackRest's arguments of the kinds ``_PGBACKREST_ARGUMENTS`` names, each a
    choice of what it prints, when the message's placeholders are its arguments one for one."""
    read = read_args(src, m.end(), "c")
    head = re.match(r"P0(?:0|%\{small\}) +[A-Z]+: (?:\[%\{int\}\]: )?", template)
    if read is None or head is None:
        return template
    # LOG_X_PID's process and LOG_ERROR's code before the format
    values = read[0][2 if "_PID" in m.group() or m.group().startswith("LOG_ERROR") else 1:]
    slots = list(re.finditer(r"%\{\w+(?:\|\w)?\}", template[head.end():]))
    if len(slots) != len(values):
        return template
    for slot, expr in reversed(list(zip(slots, values, strict=True))):
        texts = next((t for pattern, t in _PGBACKREST_ARGUMENTS if re.search(pattern, expr)), None)
        if texts is not None and slot.group() != _slot("choice", ""):
            at = head.end() + slot.start()
            if len(texts) > 1:
                _CHOICES.insert(template[:at].count(_slot("choice", "")), list(texts))
            text = _slot("choice", "") if len(texts) > 1 else texts[0]  # one text: as it is
            template = template[:at] + text + template[head.end() + slot.end():]
    return template


def _slips24_head(program: Program, src: str, m: re.Match, template: str) -> str:
    """(slips24) what round 24's reading drew where the program prints its own:
    WebDriverAgent's one process and its values (the server URL's markers, NSError's
    description, bundle ids, the build's date), pgBackRest's arguments, Yetibot's one host."""
    if program.name == "pgbackrest":
        return _slips24_pgbackrest(src, m, template)
    if program.name == "webdriveragent":
        template = template.replace("Runner-Runner[%{int}:", f"Runner-Runner[{_WDA_PID}:", 1)
        template = template.replace(*_WDA_SERVER_URL)
        for old in ("start web server on port %{port} with error %{any}",
                    "web server failed with error %{any}"):
            template = _one_choice(template, old, _WDA_NSERRORS, "", old.removesuffix("%{any}"))
        template = _one_choice(template, "Built at %{time} %{time}", _WDA_BUILDS, "", "Built at ")
        for old in ("checks are disabled for %{id}", "s until %{id}",
                    "on-screen application: %{struct}"):
            template = _one_choice(template, old, _WDA_BUNDLES, "", old.rsplit("%", 1)[0])
        return template
    if program.name == "yetibot":
        head = "%{host} "
        return _YETIBOT_HOST + " " + template.removeprefix(head) if template.startswith(head) else template
    return template


# (rules 25, checked in round 27: slips25) the round 25 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before): levels their loggers do not print as shipped, one process's values, heads
# the logger does not print so, and values of another kind than the corpus had drawn
_SLIPS25_PROGRAMS = ("flow", "leofs", "asgard", "cljdoc", "webdev", "monitorcontrol")
_SLIPS25: set[str] = set()
# (slips25) Asgard's Config.groovy sets debug for four loggers; under Grails 2.5 (its
# application.properties) an artefact's logger is grails.app.controllers.X / grails.app.services.X,
# so "grails.app.controller.…ServerController", "grails.app.service.…ServerService" and
# "com.netflix.asgard.ClusterController" name none: GroupCreateOperation's own LogFactory logger alone
_ASGARD_DEBUG = ("src/groovy/com/netflix/asgard/push/GroupCreateOperation.groovy",)
# (slips25) Region.groovy's constants: a GString prints the enum's name
_ASGARD_REGIONS = ["US_EAST_1", "US_WEST_1", "US_WEST_2", "EU_WEST_1", "AP_NORTHEAST_1", "AP_SOUTHEAST_1",
                   "AP_SOUTHEAST_2", "SA_EAST_1"]
# (slips25) what Task's name prints where the task was started elsewhere: the names the
# program's runTask and startTask calls give, their values filled
_ASGARD_TASKS = ["Create Autoscaling Group 'helloworld-v002'", "Delete Auto Scaling Group 'helloworld-v001'",
                 "Pushing ami-4775d12e into group helloworld-v002 for app helloworld",
                 "Force Delete Auto Scaling Group 'obiwan-v003'", "Resize Auto Scaling Group 'helloworld-v002'",
                 "Add instances [i-8ee4eeee] to Load Balancer helloworld--frontend",
                 "Create Launch Configuration 'helloworld-20251201' with image 'ami-4775d12e'",
                 "Delete Scaling Policy 'helloworld-v002-scale-up'", "Enable '[i-0f3e2a1b]' in Eureka",
                 "Deleting DB instance 'reports-db'", "Create Security Group helloworld-frontend"]
# (slips25) leo_logger's node() column: each application's node, its shipped conf's nodename
_LEOFS_NODES = {"leo_gateway": "gateway_0@127.0.0.1", "leo_manager": "manager_0@127.0.0.1",
                "leo_storage": "storage_0@127.0.0.1"}
# (slips25) cljdoc's sqlite optimizer's pragmas (optimize-dbs! with the first run's flags, then none)
_CLJDOC_PRAGMAS = ["PRAGMA optimize=0x10002", "PRAGMA optimize"]
# (slips25) `log stream`'s PID column: the one MonitorControl process
_MONITORCONTROL_PID = "1187"
# (slips25) package:logging's levels below INFO (webdev's configureLogWriter: Level.INFO unless --verbose)
_WEBDEV_BELOW_INFO = ("fine", "finer", "finest", "config")


def _slips25_unprinted(program: Program, call: str, path: str, level: str) -> bool:
    """(slips25) a call its program's logger does not print as shipped: Asgard's trace, and its
    debug but GroupCreateOperation's (Config.groovy's root and grails.app at info), flow's
    std.log debug (main.zig's log_level .info in a release build), LeoFS' debug (log.log_level 1,
    every application's .conf and schema), cljdoc's debug and trace (init.clj's root at INFO),
    webdev's FINE, FINER, FINEST and CONFIG (configureLogWriter: Level.INFO unless --verbose)
    and MonitorControl's os_log info and debug (`log stream` shows default, error and fault
    messages unless --level info or debug is given; info is kept in memory only)."""
    if program.name == "asgard":
        return level == "trace" or (level == "debug" and path not in _ASGARD_DEBUG)
    if program.name == "webdev":
        return re.search(r"\.(\w+)\($", call).group(1) in _WEBDEV_BELOW_INFO
    if program.name == "monitorcontrol":
        return level in ("info", "debug")
    return level in ("debug", "trace")


def _zig_tuple(expr: str) -> list[str]:
    """The items of a Zig anonymous tuple ``.{ a, b }`` (a lone expression: itself)."""
    expr = expr.strip()
    if not expr.startswith(".{"):
        return [expr]
    read = read_args(expr, 2, "zig", closer="}")
    return [a.strip() for a in read[0] if a.strip()] if read else []


def _slips25_flow_errors(src: str, m: re.Match, template: str) -> str:
    """(slips25) what flow prints for an error: its name (log.zig's err: @errorName(e); a
    format's {t} or {s} of @errorName(e)), "error." and its name for {} and {any} of the error
    itself; not a sentence of the C library's."""
    slots = template.count("%{err}")
    if not slots:
        return template
    read = read_args(src, m.end(), "zig")
    args = [a for a in read[0] if a.strip()] if read else []
    forms: list[str] = []
    for k, arg in enumerate(args):
        text = _literal_text(arg, "zig")
        if text is None or "{" not in text:
            continue
        items = _zig_tuple(args[k + 1]) if k + 1 < len(args) else []
        specs = [s.group(1) for s in re.finditer(r"\{\{|\}\}|\{([^{}]*)\}", text) if s.group(1) is not None]
        for spec, item in zip(specs, items, strict=False):
            letter = re.sub(r"^\[\w+\]", "", spec).split(":", 1)[0]
            if re.fullmatch(r"@errorName\(.*\)", item, re.S):
                forms.append("")
            elif re.fullmatch(r"e|err|error|\w+_err", item):
                forms.append("error." if letter in ("", "any") else "")
        break
    if len(forms) != slots:
        forms = [""] * slots
    for form in forms:
        template = template.replace("%{err}", form + "%{zigerror}", 1)
    return template


def _clojure_forms(src: str, at: int) -> list[str] | None:
    """The top-level forms from ``src[at]`` to the list's closing parenthesis."""
    forms: list[str] = []
    depth, k, start = 0, at, at
    while k < len(src):
        ch = src[k]
        if ch == '"':
            end = k + 1
            while end < len(src) and src[end] != '"':
                end += 2 if src[end] == "\\" else 1
            if depth == 0:
                forms.append(src[k:end + 1])
            k = end + 1
            continue
        if ch == ";":
            end = src.find("\n", k)
            k = end if end > 0 else len(src)
            continue
        if ch in "([{":
            if depth == 0:
                start = k
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                return forms
            depth -= 1
            if depth == 0:
                forms.append(src[start:k + 1])
        elif depth == 0 and not ch.isspace() and ch != ",":
            end = k
            while end < len(src) and not src[end].isspace() and src[end] not in '()[]{}",;':
                end += 1
            forms.append(src[k:end])
            k = end
            continue
        k += 1
    return None


def _slips25_cljdoc_key(src: str, m: re.Match, template: str) -> str:
    """(slips25) an integrant method's key: in ``(defmethod ig/init-key :cljdoc/x [k …] …)``
    its first parameter is the dispatch key, which prints as ``:cljdoc/x``."""
    heads = list(re.finditer(r"\((defmethod|defn-?|def)\s", src[:m.start()]))
    if not heads or heads[-1].group(1) != "defmethod":
        return template
    method = re.match(r"\(defmethod\s+ig/[\w!-]+\s+(:[\w.\-/]+)\s*\[\s*([\w\-]+)", src[heads[-1].start():])
    forms = _clojure_forms(src, m.end())
    if method is None or forms is None:
        return template
    key, param = method.groups()
    values = [form for form in forms if not form.startswith('"')]
    slots = list(re.finditer(r"%\{\w+(?:\|\w)?\}", template))[1:]  # the head's thread first
    if len(slots) != len(values):
        return template
    for slot, value in reversed(list(zip(slots, values, strict=True))):
        if value == param:
            template = template[:slot.start()] + key + template[slot.end():]
    return template


def _slips25_head(program: Program, src: str, m: re.Match, path: str, template: str) -> str:
    """(slips25) what round 25's reading drew where the program prints its own: Asgard's
    Task.log time ("yyyy-MM-dd_HH:mm:ss"), task id (a sequence number) and region (the enum's
    name), LeoFS' node (each application's) and Unix time (seconds), MonitorControl's one
    process, webdev's logger name (printed with --verbose only), cljdoc's integrant keys,
    flow's error names."""
    if program.name == "asgard":
        template = template.replace("com.netflix.asgard.Task    %{time} %{id}: ",
                                    "com.netflix.asgard.Task    %{dateus} %{intid}: ", 1)
        # Task's name: the text of the runTask or startTask whose closure holds the call (a
        # GString, or the local it was assigned to: its values as values); any other task's
        # (TaskService's own lines, an operation started elsewhere): one of the program's
        named = list(re.finditer(r"\b(?:runTask|startTask)\(", src[:m.start()]))
        read = read_args(src, named[-1].end(), "groovy") if named else None
        name = None
        if read and len(read[0]) > 1 and read[1] > m.start():
            text = read[0][1].strip()
            if re.fullmatch(r"\w+", text):
                assigned = list(re.finditer(r"\b" + text + r"\s*=\s*(\"(?:[^\"\\\n]|\\.)*\")\s*\n",
                                            src[:named[-1].start()]))
                text = assigned[-1].group(1) if assigned else text
            saved = list(_CHOICES)
            name = _message([text], program)[0]
            _CHOICES[:] = saved
        if name is not None and "%{choice}" not in name and "%{any}" != name:
            template = template.replace("} [%{phrase}] ", "} [" + name + "] ", 1)
        template = _one_choice(template, "} [%{phrase}] ", _ASGARD_TASKS, "] ", "} [")
        return _one_choice(template, "{Region: %{name}}", _ASGARD_REGIONS, "}", "{Region: ")
    if program.name == "leofs":
        node = _LEOFS_NODES.get(path.split("/")[1] if path.startswith("apps/") else "")
        if node is None:
            return template
        return re.sub(r"^(\[[DIWEF]\]\t)%\{name\}@%\{ip\}\t%\{int\}\t",
                      lambda head: head.group(1) + node + "\t%{unixsec}\t", template, count=1)
    if program.name == "monitorcontrol":
        return re.sub(r"^(0x%\{hex\} +\w+ +0x0 +)%\{int\}",
                      lambda head: head.group(1) + _MONITORCONTROL_PID, template, count=1)
    if program.name == "webdev":
        # formatLog: " Name:" only with --verbose (or a name holding a space: none has one)
        names = [(found.start(), found.group(1))
                 for found in re.finditer(r"\bLogger\(\s*'([^']+)'\s*\)", src)]
        above = [name for at_, name in names if at_ < m.start()]
        name = above[-1] if above else names[0][1] if names else None
        head = re.match(r"\[[A-Z]+\]", template)
        if name is not None and " " not in name and head and template.startswith(f" {name}:", head.end()):
            template = template[:head.end()] + template[head.end() + len(name) + 2:]
        return template
    if program.name == "cljdoc":
        if path == "src/cljdoc/sqlite/optimizer.clj":
            # optimize-db!'s pragma (its cond-> of "PRAGMA optimize" and the first run's flags)
            # and desc (its two callers' "cljdoc" and "cache")
            template = _one_choice(template, "sqlite '%{any}'", _CLJDOC_PRAGMAS, "'", "sqlite '")
            template = re.sub(r"(?<= on )%\{text\}", "%{choice}", template, count=1)
            if "%{choice}" in template.split(" on ", 1)[-1]:
                _CHOICES.insert(template.split(" on ", 1)[0].count("%{choice}"), ["cljdoc", "cache"])
        return _slips25_cljdoc_key(src, m, template)
    if program.name == "flow":
        return _slips25_flow_errors(src, m, template)
    return template


# (rules 26, checked in round 28: slips26) the round 26 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before): levels their loggers do not print as shipped
_SLIPS26_PROGRAMS = ("killbill", "distribution", "otelcol", "drogon", "appwrite", "apollo-router", "crossbar",
                     "conductor")
_SLIPS26: set[str] = set()
# (slips26) the levels each one's default setup leaves out: Kill Bill's logback.xml (root INFO,
# no logger below it), the registry's configuration (log.level "info" when unset), the
# Collector's telemetry (zapcore.InfoLevel), Drogon's ConfigLoader ("log_level" DEBUG unless
# set: TRACE below it), the router's --log ("info"), Crossbar's --loglevel ("info"), Conductor's
# log4j2.xml (Root INFO); Appwrite's Console prints every call
_SLIPS26_UNPRINTED = {"killbill": ("debug", "trace"), "distribution": ("debug", "trace"), "otelcol": ("debug",),
                      "drogon": ("trace",), "apollo-router": ("debug", "trace"), "crossbar": ("debug", "trace"),
                      "conductor": ("debug", "trace")}


def _slips26_unprinted(program: Program, level: str, src: str, m: re.Match) -> bool:
    """(slips26) a call its program's default setup does not print (_SLIPS26_UNPRINTED), and
    one the line above guards with ``if cfg.Verbose … {`` (the Collector's builder: --verbose
    is off unless given)."""
    above = src[:src.rfind("\n", 0, m.start())].rsplit("\n", 1)[-1]
    if program.name == "otelcol" and re.match(r"\s*if\b.*\bVerbose\b.*\{\s*$", above):
        return True
    return level in _SLIPS26_UNPRINTED.get(program.name, ())


def _slips26_klass(src: str, m: re.Match, template: str) -> str:
    """(slips26) Crossbar's ``{klass}`` given ``klass=self.__class__.__name__`` (or its ``hl()``):
    the class whose method holds the call, the last ``class X`` above it."""
    read = read_args(src, m.end(), "python")
    args = [a.strip() for a in read[0] if a.strip()] if read else []
    owners = re.findall(r"^\s*class\s+(\w+)", src[:m.start()], re.M)
    given = any(re.fullmatch(r"klass\s*=\s*(?:hl\()?self\.__class__\.__name__\)?", a) for a in args[1:])
    if not args or not owners or not given or not args[0].startswith(('"', "'")):
        return template
    names = [found.group(1) for found in re.finditer(r"\{\{|\}\}|\{(\w*)[^{}]*\}", args[0])
             if found.group(0) not in ("{{", "}}")]
    slots = list(re.finditer(r"%\{\w+(?:\|\w)?\}", template))
    if len(names) != len(slots):
        return template
    for name, slot in reversed(list(zip(names, slots, strict=True))):
        if name == "klass":
            template = template[:slot.start()] + owners[-1] + template[slot.end():]
    return template


def _slips26_values(program: Program, src: str, m: re.Match, template: str) -> str:
    """(slips26) values round 26's reading drew where the program prints a constant: Appwrite's
    migrations' ``{$id}`` inside ``switch ($id) { case 'buckets': …`` prints the case's
    collection ('buckets'), not any id; Crossbar's ``klass=self.__class__.__name__`` the name
    of the class whose method holds the call (txaio's ``{klass}``), not any class."""
    if program.name == "crossbar":
        return _slips26_klass(src, m, template)
    if program.name != "appwrite":
        return template
    cases = list(re.finditer(r"\bcase\s+'([\w-]+)'\s*:", src[:m.start()]))
    switches = list(re.finditer(r"\bswitch\s*\(\s*(\$\w+)\s*\)", src[:m.start()]))
    if not cases or not switches or switches[-1].start() > cases[-1].start():
        return template
    body = src[switches[-1].end():m.start()]
    if body.count("{") <= body.count("}"):
        return template  # (the switch closed before the call)
    read = read_args(src, m.end(), "php")
    text = read[0][0].strip() if read and read[0] else ""
    if not text.startswith('"'):
        return template
    # the text's values in order ({$x}, {$x->f()}, $x), as its template's slots are
    values = re.findall(r"\{(\$[^{}]+)\}|(\$\w+(?:->\w+)?)", text)
    slots = list(re.finditer(r"%\{\w+(?:\|\w)?\}", template))
    if len(values) != len(slots):
        return template
    for (braced, bare), slot in reversed(list(zip(values, slots, strict=True))):
        if (braced or bare) == switches[-1].group(1):
            template = template[:slot.start()] + cases[-1].group(1) + template[slot.end():]
    return template


# (rules 27, checked in round 29: slips27) the round 27 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before)
_SLIPS27_PROGRAMS = ("snuba", "oban", "maybe", "openfga", "langfuse", "solid_queue")
_SLIPS27: set[str] = set()
# (slips27) what Snuba's migration operations print for their storage set and target: the
# StorageSetKey's repr (its class has no __str__: "StorageSetKey.EVENTS", one of its hardcoded
# keys), the OperationTarget enum's str and value (UNSET raises before any line is logged)
_SNUBA_STORAGE_SETS = ("CDC", "DISCOVER", "EVENTS", "EVENTS_RO", "METRICS", "MIGRATIONS", "OUTCOMES", "QUERYLOG",
                       "SESSIONS", "TRANSACTIONS", "PROFILES", "FUNCTIONS", "SEARCH_ISSUES",
                       "EVENTS_ANALYTICS_PLATFORM", "EVENTS_ANALYTICS_PLATFORM_RO", "GROUP_ATTRIBUTES",
                       "PROFILE_CHUNKS")
_SNUBA_PRINTED = {
    "self.storage_set": tuple(f"StorageSetKey.{key}" for key in _SNUBA_STORAGE_SETS),
    "self.target": ("OperationTarget.LOCAL", "OperationTarget.DISTRIBUTED"),
    "self.target.value": ("local", "distributed")}

def _inside_go_if(src: str, at: int, condition: str) -> bool:
    """(slips27) whether ``at`` lies in the block of an ``if`` whose condition matches
    ``condition`` (its braces counted from the ``{`` that ends the ``if`` line)."""
    for found in re.finditer(r"^[ \t]*if\b([^\n]*)\{[ \t]*$", src[:at], re.M):
        if not re.search(condition, found.group(1)):
            continue
        depth = 0
        for k in range(found.end() - 1, at):
            depth += {"{": 1, "}": -1}.get(src[k], 0)
            if depth == 0:
                break
        else:
            return True
    return False


# (slips27) OpenFGA's zap fields that hold a ULID
_OPENFGA_ULID_KEYS = ("store_id", "model_id", "authorization_model_id")


def _slips27_unprinted(program: Program, path: str, src: str, m: re.Match) -> bool:
    """(slips27) a call its program does not reach as shipped: OpenFGA's shadow resolvers and
    queries (the experimental shadow_check, shadow_list_objects and shadow_weighted_graph_check,
    off unless --experimentals names them; the shadowed list objects query built by tests only):
    a file of its own (shadow_resolver.go) or a function named for it (Server.shadowV2Check);
    its experimental AuthZEN's (authzen.go, and the setup warning its flag guards); and the
    experimental weighted graph check's (the blocks its flag, v2Enabled or isV2Fallback guard,
    and the methods of its CheckQueryV2)."""
    if program.name != "openfga":
        return False
    function = re.findall(r"^func (?:\([^)]*\) )?(\w+)", src[:m.start()], re.M)
    if "authzen" in path.rsplit("/", 1)[-1]:
        return True  # (the experimental authzen's handlers: its endpoints answer only with the flag on)
    above = src[:src.rfind("\n", 0, m.start())].rsplit("\n", 1)[-1]
    if re.search(r"\bif\b.*\bExperimentalAuthZen\b", above):
        return True  # (a warning about authzen's setup, given only when the flag is on)
    if _inside_go_if(src, m.start(), r"ExperimentalWeightedGraphCheck|\bv2Enabled\b|\bisV2Fallback\b"):
        return True  # (the experimental weighted_graph_check's path, and its fallback's)
    receiver = re.findall(r"^func (?:\(\w+ \*?(\w+)\) )?\w+", src[:m.start()], re.M)
    if receiver and receiver[-1].endswith("V2"):
        return True  # (a method of that path's own query, CheckQueryV2)
    return "shadow" in path.rsplit("/", 1)[-1] or bool(function and function[-1].startswith("shadow"))

# (slips27) a record's id in Maybe: its own (x.id, a model's bare id) or a record's attribute
# naming another's (x.family_id); a local's (event_id, Stripe's) is not a record's
_MAYBE_RECORD_ID = re.compile(r"(?:[\w.]+\.)?id|[\w.]+\.\w+_id")


def _slips27_maybe_ids(src: str, m: re.Match, template: str) -> str:
    """(slips27) Maybe's records' ids are UUIDs (db/schema.rb: every table but OAuth's and
    settings' is created ``id: :uuid``): each ``%{id}`` whose interpolation, taken in order,
    is a record's id prints ``%{uuid}``. Kept as read when the interpolations and the
    placeholders do not pair one to one."""
    text = re.match(r'\s*\(?\s*"((?:[^"\\]|\\.)*)"', src[m.end():])  # (with or without parentheses)
    if text is None:
        return template
    expressions = re.findall(r"#\{([^{}]*)\}", text.group(1))
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        if slot.group() == "%{id}" and _MAYBE_RECORD_ID.fullmatch(expression.strip()):
            template = template[:slot.start()] + "%{uuid}" + template[slot.end():]
        texts = _slips27_maybe_texts(src, expression.strip())
        if texts:
            _CHOICES.insert(template[:slot.start()].count("%{choice}"), texts)
            template = template[:slot.start()] + "%{choice}" + template[slot.end():]
    return template


def _slips27_maybe_texts(src: str, expression: str) -> list[str]:
    """(slips27) the few texts an interpolation of Maybe's prints: a polymorphic
    ``syncable_type`` one of the models that include Syncable, AASM's ``current_event`` one
    of the file's events as its bang methods fire them (``start!``); none for the others."""
    if expression == "syncable_type":
        return list(_MAYBE_SYNCABLES)
    if expression == "aasm.current_event":
        return [event + "!" for event in re.findall(r"^\s*event :(\w+)", src, re.M)]
    return []

# (slips27) the models that include Syncable in Maybe: a sync's syncable_type
_MAYBE_SYNCABLES = ("Account", "Family", "PlaidItem")


def _slips27_maybe_tags(src: str, at: int, template: str) -> str:
    """(slips27) every tag of the ``Rails.logger.tagged(…)`` block above the call, each in its
    brackets (TaggedLogging prints them all): a literal's text, a record's id a UUID, a
    polymorphic ``*_type`` one of the models it names (a choice, the head's first)."""
    read = read_args(src, src.index("(", at) + 1, "ruby")
    tags = []
    for argument in (a.strip() for a in (read[0] if read else []) if a.strip()):
        text = _literal_text(argument, "ruby")
        if text is not None:
            tags.append(f"[{text}]")
        elif re.fullmatch(r"(?:\w+_)?id", argument):
            tags.append("[%{uuid}]")
        elif argument.endswith("_type"):
            tags.append("[%{choice}]")
            _CHOICES.insert(0, list(_MAYBE_SYNCABLES))
        else:
            tags.append("[%{any}]")
    return "".join(tag + " " for tag in tags)


def _slips27_snuba_values(argument: str) -> str:
    """(slips27) an f-string's ``{self.storage_set}``, ``{self.target}`` and
    ``{self.target.value}`` written as the conditional of the texts they print, which the
    reading takes as one of a few texts (a choice)."""
    if not argument.lstrip().startswith(("f\"", "f'")):
        return argument
    for expression, texts in _SNUBA_PRINTED.items():
        conditional = " if c else ".join(f"'{text}'" for text in texts)
        argument = argument.replace("{" + expression + "}", "{" + conditional + "}")
    return argument


# (rules 28, checked in round 30: slips28) the round 28 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before)
_SLIPS28_PROGRAMS = ("zoneminder", "pulpcore", "redash", "iggy", "powerjob", "froxlor", "canal", "seata", "rpush")
_SLIPS28: set[str] = set()
# (slips28) the C preprocessor's names of a CPU architecture
_ARCH_MACROS = re.compile(r"\b__(?:arm|aarch64|i386|x86_64|amd64|powerpc\w*|ppc\w*|mips\w*|riscv)__\b")


def _slips28_level(program: Program, m: re.Match, level: str) -> str:
    """(slips28) the level a round 28 call logs at, said otherwise than the reading before
    took it: ZoneMinder's Panic(...), logPrintf(Logger::PANIC, ...) (smCodes "PNC"), not an info."""
    if program.name == "zoneminder" and m.group().startswith("Panic("):
        return "panic"
    return level


def _slips28_unprinted(program: Program, path: str, src: str, m: re.Match) -> bool:
    """(slips28) a call its program does not reach as shipped: ZoneMinder's calls in the
    ``#else`` of a function compiled for one CPU architecture only (its whole body an
    ``#if defined(__arm__) … #else Panic(…) #endif``): the dispatch that calls it picks it only
    on that architecture, where the ``#else`` is not compiled."""
    if program.name == "pulpcore":
        return _pulp_redis_only(path, src, m.start())
    if program.name != "zoneminder":
        return False
    return _arch_only_fallback(src, m.start())


def _pulp_redis_only(path: str, src: str, at: int) -> bool:
    """(slips28) Pulp's Redis worker's code: WORKER_TYPE is "pulpcore" unless set (settings.py);
    redis_worker.py, redis_tasks.py and redis_locks.py are imported for "redis" only, and the
    blocks an ``if … WORKER_TYPE == "redis"`` guards run only then."""
    if path.rsplit("/", 1)[-1] in ("redis_worker.py", "redis_tasks.py", "redis_locks.py"):
        return True
    line_start = src.rfind("\n", 0, at) + 1
    indent = len(src[line_start:at]) - len(src[line_start:at].lstrip())
    for found in reversed(list(re.finditer(r"^([ \t]*)(if|elif|else|def|async def|class)\b([^\n]*)", src[:line_start], re.M))):
        if len(found.group(1)) < indent:
            indent = len(found.group(1))
            if found.group(2) in ("if", "elif") and re.search(r"WORKER_TYPE\s*==\s*[\"']redis", found.group(3)):
                return True
            if found.group(2) in ("def", "async def", "class") and indent == 0:
                break
    return False


def _arch_only_fallback(src: str, at: int) -> bool:
    """(slips28) whether ``at`` lies in the ``#else`` of an ``#if`` naming a CPU architecture
    that opens a function's body (the line after its ``{``) and closes before its ``}``."""
    lines = src[:at].split("\n")
    k = len(lines) - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or lines[k].strip() != "#else":
        return False
    depth, j = 0, k - 1
    while j >= 0:  # the #if this #else belongs to
        text = lines[j].strip()
        if text.startswith("#endif"):
            depth += 1
        elif text.startswith("#if"):
            if depth == 0:
                break
            depth -= 1
        j -= 1
    if j < 1 or not _ARCH_MACROS.search(lines[j]) or not lines[j - 1].rstrip().endswith("{"):
        return False
    after = src[at:].split("\n")
    k = 1
    while k < len(after) and not after[k].strip().startswith("#"):
        k += 1
    return k + 1 < len(after) and after[k].strip().startswith("#endif") and after[k + 1].strip() == "}"


# (slips28) the files whose lines Pulp's own processes log outside any request or task: the
# worker's loop and the API's and content app's heartbeats (django-guid's guid unset: None)
_PULP_NO_GUID = ("pulpcore/tasking/worker.py", "pulpcore/app/entrypoint.py", "pulpcore/content/__init__.py")
# (slips28) the files whose ``self.name``/``name`` is the process's get_worker_name()
_PULP_WORKER_NAMES = ("pulpcore/tasking/worker.py", "pulpcore/app/entrypoint.py", "pulpcore/content/__init__.py")


def _slips28_pulp_guid(path: str) -> str:
    """(slips28) what Pulp's ``%(correlation_id)s`` prints: django-guid's CorrelationId filter
    sets the guid of the context, a request's (its Correlation-ID, else ``uuid4().hex``: 32
    hex digits), which a task inherits (``logging_cid``); ``None`` where none is set (the
    worker's loop, the apps' heartbeats)."""
    return "None" if path in _PULP_NO_GUID else "%{hex32}"


def _python_message_expressions(src: str, m: re.Match) -> list[str] | None:
    """(slips28) the expressions a Python logging call's message prints, in order: an f-string's
    ``{expr}``, ``"…".format(k=expr)``'s by name, ``"… %s"``'s arguments after it (a gettext
    ``_(…)`` read through); None where they cannot be paired."""
    args = _nonblank_args(src, m.end(), "python")
    if not args:
        return None
    first = args[0].strip()
    gettext = re.fullmatch(r"_\((.*)\)", first, re.S)
    first = gettext.group(1).strip() if gettext else first
    formatted = re.search(r"\)?\.format\(", first)
    if formatted:
        named = _nonblank_args(first, formatted.end(), "python") or []
        pairs = dict(re.fullmatch(r"\s*(\w+)\s*=\s*(.*?)\s*", a, re.S).groups() for a in named
                     if re.fullmatch(r"\s*(\w+)\s*=\s*(.*?)\s*", a, re.S))
        names = re.findall(r"(?<!\{)\{(\w+)(?:![rsa])?(?::[^{}]*)?\}", first[:formatted.start()])
        return [pairs.get(name, "") for name in names]
    if re.match(r"[fF][rR]?[\"']", first):
        return [e.strip() for e in re.findall(r"(?<!\{)\{([^{}!:]+)(?:![rsa])?(?::[^{}]*)?\}", first)]
    if re.match(r"[\"']", first):
        return [a.strip() for a in args[1:] if not re.match(r"\s*\w+\s*=(?!=)", a)]
    return None


def _pulp_assigned_text(src: str, expression: str) -> str | None:
    """(slips28) the text a Pulp app's message local holds (``fail_msg = ("Content App '{name}'
    failed …").format(name=name)``), its name the process's; None for any other expression."""
    found = re.search(rf"^\s*{re.escape(expression)}\s*=\s*\(?\s*\(?\s*\"([^\"\n]*)\"\s*\)?\s*\.format\(\s*"
                      r"name=(?:self\.)?name\s*\)", src, re.M)
    if not found or re.search(r"\{(?!name\})", found.group(1)) or "%" in found.group(1):
        return None
    return found.group(1).replace("{name}", "%{int}@%{host}")


def _slips28_pulp_values(src: str, m: re.Match, path: str, template: str) -> str:
    """(slips28) what Pulp's interpolated values print: a model's ``pk``/``pulp_id`` a UUID
    (BaseModel's ``pulp_uuid``: uuid7), a domain's name ``default`` (DOMAIN_ENABLED is False
    unless set: every object in the default domain), the process's name (``get_worker_name``:
    WORKER_NAME_TEMPLATE "{pid}@{hostname}"), an AppStatus's ``app_type`` one of its
    APP_TYPES; the others as read. Kept as read when expressions and placeholders do not pair."""
    expressions = _python_message_expressions(src, m)
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if expressions is None or len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        text = None
        if re.fullmatch(r"(?:[\w.]+\.)?(?:pk|pulp_id)", expression):
            text = "%{uuid}"
        elif re.fullmatch(r"(?:[\w.]+\.)?(?:pulp_)?domain\.name", expression):
            text = "default"
        elif expression in ("self.name", "name", "app_worker.name") and path in _PULP_WORKER_NAMES:
            text = "%{int}@%{host}"
        elif re.fullmatch(r"(?:total|num|count)_\w+|\w+_count", expression):
            text = "%{int}"  # (a count of errors, a_result.totals["error"]: not an error)
        elif path in _PULP_WORKER_NAMES and _pulp_assigned_text(src, expression):
            text = _pulp_assigned_text(src, expression)
        elif expression == "app_worker.app_type":
            _CHOICES.insert(template[:slot.start()].count("%{choice}"), ["api", "content", "worker"])
            text = "%{choice}"
        if text is not None:
            template = template[:slot.start()] + text + template[slot.end():]
    return template


# (slips28) the functions Redash's schedule.py runs as periodic jobs ({"func": name, …})
_REDASH_SCHEDULED: set[str] = set()


def _slips28_redash_job(src: str, at: int, path: str) -> str:
    """(slips28) the job a Redash job logger's line is logged in (CurrentJobFilter's
    ``current_job.func_name``, the module's path and the function's name): the top-level
    function holding the call when it is a job (``@job(…)``, enqueued in the file or scheduled),
    else the first job of the file that calls it (a class's methods: the function that makes
    one); "" outside any job (``enqueue_query``, run by the web's requests)."""
    module = path.removesuffix(".py").replace("/", ".")
    tops = list(re.finditer(r"^(?:(@job\([^\n]*\)\n)|)(?:async\s+)?(def|class)\s+(\w+)", src, re.M))
    above = [t for t in tops if t.start() <= at]
    if not above:
        return ""
    name = above[-1].group(3)
    jobs = {t.group(3) for t in tops if t.group(1)} | set(re.findall(r"\benqueue\(\s*(\w+)", src)) \
        | {t.group(3) for t in tops if t.group(3) in _REDASH_SCHEDULED}
    if name in jobs:
        return f"{module}.{name}"
    for k, top in enumerate(tops):  # the first job whose body calls it (or makes one of its class)
        end = tops[k + 1].start() if k + 1 < len(tops) else len(src)
        if top.group(3) in jobs and re.search(rf"\b{name}\(", src[top.end():end]):
            return f"{module}.{top.group(3)}"
    return ""


# (slips28) Iggy's connectors' crates by folder (their Cargo.toml's names)
_IGGY_CRATES: dict[str, str] = {}


def _slips28_iggy_plugin(path: str) -> str:
    """(slips28) the crate of an Iggy connector plugin's file (a sink's, a source's or the SDK's
    own code, built into each plugin's cdylib), "" for the others: a plugin's events reach the
    runtime through the SDK's CallbackLayer (its level, its target and its message alone: the
    other fields dropped), which logs them as ``tracing::x!(target: "connector",
    connector_target = target, message)``: ``LEVEL connector: connector_target="target" message``."""
    if not path.startswith("core/connectors/") or path.startswith("core/connectors/runtime/"):
        return ""
    folder = path.split("/src/", 1)[0]
    return _IGGY_CRATES.get(folder) or "iggy_connector_" + folder.rsplit("/", 1)[-1]


# (slips28) the classes that use each PHP trait of the program (``use Forkable;``), by the trait's name
_PHP_TRAIT_USERS: dict[str, list[str]] = {}


def _slips28_trait_class(src: str, m: re.Match, template: str) -> str:
    """(slips28) ``self::class`` in a PHP trait's method prints the class that uses the trait:
    one of those the program's files name in a ``use Trait;`` (a choice), not any class."""
    trait = re.search(r"^trait\s+(\w+)", src, re.M)
    end = src.find(";", m.end())
    users = sorted(_PHP_TRAIT_USERS.get(trait.group(1), [])) if trait else []
    if len(users) < 2 or "self::class" not in src[m.end():end] or template.count("%{class}") != 1:
        return template
    at = template.index("%{class}")
    _CHOICES.insert(template[:at].count("%{choice}"), users)
    return template[:at] + "%{choice}" + template[at + len("%{class}"):]


def _java_brace_expressions(src: str, m: re.Match) -> list[str] | None:
    """(slips28) the expressions an SLF4J call's message prints, one per ``{}`` in order (its
    arguments after the message, a ``new Object[] { … }`` read through; a literal argument
    folded into the text, as the reading does), the thrown exception after them left out;
    None where the message is no literal."""
    args = _nonblank_args(src, m.end(), "java")
    text = _literal_text(args[0].strip(), "java") if args else None
    if text is None:
        return None
    rest = [a.strip() for a in args[1:]]
    if len(rest) == 1 and re.match(r"new\s+Object\s*\[\s*\]\s*\{", rest[0]):
        inner = rest[0][rest[0].index("{") + 1:rest[0].rindex("}")]
        rest = [a.strip() for a in (_nonblank_args(inner + ")", 0, "java") or [])]
    rest = rest[:text.count("{}")]
    return [a for a in rest if _literal_text(a, "java") is None]


def _slips28_java_values(program: Program, src: str, m: re.Match, template: str) -> str:
    """(slips28) what canal's and Seata's interpolated values print: canal's positions'
    ``getTimestamp()`` (EntryPosition's Long: epoch milliseconds), Seata's
    ``DateFormatUtils.format(…, "yyyy-MM-dd HH:mm:ss.SSS")`` (a time); the others as read.
    Kept as read when expressions and placeholders do not pair."""
    expressions = _java_brace_expressions(src, m)
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if expressions is None or len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        text = None
        if program.name == "canal" and re.search(r"\.getTimestamp\(\)$", expression):
            text = "%{epoch}"
        elif program.name == "seata" and expression.startswith("DateFormatUtils.format("):
            text = "%{time}"
        if text is not None:
            template = template[:slot.start()] + text + template[slot.end():]
    return template


def _ruby_class_method(src: str, at: int) -> bool:
    """(slips28) whether the Ruby method holding ``at`` is a class method (``def self.x``)."""
    line_start = src.rfind("\n", 0, at) + 1
    indent = len(src[line_start:at]) - len(src[line_start:at].lstrip())
    for found in reversed(list(re.finditer(r"^([ \t]*)def\s+(self\.)?\w", src[:line_start], re.M))):
        if len(found.group(1)) < indent:
            return bool(found.group(2))
    return False


def _slips28_rpush_pluralize(src: str, m: re.Match, template: str) -> str:
    """(slips28) Rpush's ``pluralize(count, 'word')`` (StringHelpers) prints the count and the
    word, in the plural unless the count is 1: ``%{small} %{choice}``, not any value. Kept as
    read when the interpolations and the placeholders do not pair one to one."""
    text = re.match(r'\s*\(?\s*"((?:[^"\\]|\\.)*)"', src[m.end():])
    if text is None or "pluralize(" not in text.group(1):
        return template
    expressions = re.findall(r"#\{((?:[^{}]|\{[^{}]*\})*)\}", text.group(1))
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        word = re.fullmatch(r"\s*pluralize\([^,]+,\s*'(\w+)'\s*\)\s*", expression)
        if word:
            _CHOICES.insert(template[:slot.start()].count("%{choice}"), [word.group(1), word.group(1) + "s"])
            template = template[:slot.start()] + "%{small} %{choice}" + template[slot.end():]
    return template


_C_CONVERSION = re.compile(r"%%|%([-+ #0]*)(\d*|\*)(?:\.(?:\d+|\*))?(?:hh|h|ll|l|j|z|t|L)?[diouxXeEfgGcspn]"
                          r"|%\"\s*PRI\w+")


def _slips28_zero_padded(src: str, m: re.Match, template: str) -> str:
    """(slips28) printf's ``%03d`` prints its integer zero-padded to 3 digits (ZoneMinder's
    analysis image count, "Monitor: 007 - …"): the value style of the width's digit, not
    bare digits. Kept as read when conversions and placeholders do not pair one to one."""
    args = _nonblank_args(src, m.end(), "cpp")
    if not args:
        return template
    text = args[0] if not re.fullmatch(r"\s*\d+\s*", args[0]) else (args[1] if len(args) > 1 else "")
    conversions = [c for c in _C_CONVERSION.finditer(text) if c.group() != "%%"]
    slots = list(re.finditer(r"%\{[^{}|]*(?:\|\w)?\}", template))
    if not any("0" in (c.group(1) or "") and c.group(2)[:1].isdigit() for c in conversions) \
            or len(slots) != len(conversions):
        return template
    for slot, conversion in reversed(list(zip(slots, conversions, strict=True))):
        width = conversion.group(2) or ""
        if "0" in (conversion.group(1) or "") and width.isdigit() and 1 < int(width) < 10 \
                and conversion.group().endswith(("d", "i", "u")) and "|" not in slot.group():
            template = template[:slot.start()] + slot.group()[:-1] + f"|{width}}}" + template[slot.end():]
    return template


def _slips28_zoneminder_id(path: str) -> str:
    """(slips28) the logger id ZoneMinder's process prints (Logger::id, logInit's name): zmc's
    ``zmc_m<monitor id>`` (the capture daemon, one per monitor, that runs the library's
    code), zma's ``zma_e<event id>``, zms's ``zms_m<monitor id>`` (streams), zmu's ``zmu``, the
    RTSP server's ``zm_rtsp_server``; not any name."""
    base = path.rsplit("/", 1)[-1]
    if base == "zmu.cpp":
        return "zmu"
    if base.startswith("zm_rtsp_server"):
        return "zm_rtsp_server"
    if base == "zma.cpp":
        return "zma_e%{intid}"
    if base == "zms.cpp" or base.endswith("stream.cpp"):
        return "zms_m%{small}"
    return "zmc_m%{small}"


# ---------------------------------------------------------------- rules 21 (round 21's programs)

# FreeSWITCH's switch_log.c LEVELS (the name each level prints), by SWITCH_LOG_X
_FREESWITCH_LEVELS = {"CONSOLE": ("info", "CONSOLE"), "ALERT": ("alert", "ALERT"), "CRIT": ("critical", "CRIT"),
                      "ERROR": ("error", "ERR"), "WARNING": ("warn", "WARNING"), "NOTICE": ("notice", "NOTICE"),
                      "INFO": ("info", "INFO"), "DEBUG": ("debug", "DEBUG")}
# corosync's LOGSYS_LEVEL_X (syslog's priorities)
_COROSYNC_LEVELS = {"EMERG": "emergency", "ALERT": "alert", "CRIT": "critical", "ERROR": "error", "WARNING": "warn",
                    "NOTICE": "notice", "INFO": "info", "DEBUG": "debug", "TRACE": "debug"}
# icecast-common's log levels as its error log prints them
_ICECAST_LEVELS = {"error": "EROR", "warn": "WARN", "info": "INFO", "debug": "DBUG"}


def _round_21_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 21's calls said otherwise than by the called name: FreeSWITCH's and
    corosync's level constants, elastalert's method (its logger's name holds "alert")."""
    call = m.group()
    if program.name == "freeswitch":
        named = re.search(r",\s*SWITCH_LOG_([A-Z]+)\d*\s*,\s*$", call)
        return _FREESWITCH_LEVELS.get(named.group(1), ("info", ""))[0] if named else "info"
    if program.name == "corosync":
        # the totem layer's instance->x_log_level_y: main.c sets each to LOGSYS_LEVEL_Y (its
        # security level to LOGSYS_LEVEL_WARNING)
        held = re.search(r"_log_level_(\w+)", call)
        if held:
            return {"security": "warn", "warning": "warn", "trace": "debug"}.get(held.group(1), held.group(1))
        return _COROSYNC_LEVELS.get(re.search(r"LOGSYS_LEVEL_(\w+)", call).group(1), "info")
    if program.name == "ra" and call.startswith("?ERR("):
        return "error"
    if program.name == "ha-addons" and "exit.nok" in call:
        return "fatal"
    if program.name == "elastalert2":
        word = re.search(r"\.(\w+)\($", call).group(1)
        return {"warning": "warn", "exception": "error"}.get(word, word)
    return level


def _round_21_source(program: Program, src: str) -> str:
    """A round 21 program's file as its compiler reads it (line numbers kept): corosync's
    CS_PRI_* conversions (corotypes.h), FreeSWITCH's SWITCH_*_T_FMT (switch_platform.h on a
    64-bit Linux) written inside the literal, Icecast's %H and %#H (icecast-common's string, quoted),
    MPD's {:?} (libfmt's debug presentation: a string quoted)."""
    if program.name == "corosync":
        for name, text in (("CS_PRI_NODE_ID_PADDED", '"%10" PRIu32'), ("CS_PRI_NODE_ID", '"%" PRIu32'),
                           ("CS_PRI_RING_ID_SEQ", '"%" PRIx64'), ("CS_PRI_RING_ID", '"%" PRIx32 ".%" PRIx64')):
            src = re.sub(r"\b" + name + r"\b", text, src)
    if program.name == "freeswitch":
        src = re.sub(r'%"\s*SWITCH_(?:S?SIZE|TIME|INT64)_T_FMT\s*"', "%ld", src)
        src = re.sub(r'%"\s*SWITCH_UINT64_T_FMT\s*"', "%lu", src)
    if program.name == "icecast":
        # %H an escaped string, %#H the same in quotes (the calls quote %H themselves, never %#H),
        # %R a reference object (its name)
        src = src.replace("%#H", '\\"%s\\"').replace("%H", "%s").replace("%R", "%s")
    if program.name == "mpd":
        src = src.replace("{:?}", '\\"{}\\"')
    return src


def _round_21_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 21's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "freeswitch" and re.search(r"SWITCH_LOG_DEBUG\d+\s*,\s*$", call):
        # SWITCH_LOG_DEBUG1..10 print only when the runtime's debug_level is raised (0 by default)
        return None, []
    if program.name == "icecast" and call.startswith("ICECAST_LOG_D"):
        return None, []  # ICECAST_LOG_DX: empty unless built with DEVEL_LOGGING
    if program.name == "mpd" and src[max(0, m.start() - 1):m.start()] in (".", ">"):
        return None, []  # Response::FmtError(...): an answer to the client, not a log record
    if program.name == "karafka" and program.name in _SLIPS21 and \
            _ABOVE_THE_CALL_PATH[0].startswith("lib/karafka/instrumentation/vendors/"):
        # (slips21) the Datadog listener logs only where an app subscribes it (with ddtrace), in
        # place of the default LoggerListener its messages repeat
        return None, []
    if program.name == "hookshot":
        # matrix-appservice-bridge's Logger joins every argument with a space: an error or a
        # value after the text is printed after it
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        template = _message([read[0][0]], program)[0]
        if template is None:
            return None, []
        for extra in read[0][1:]:
            if program.name in _SLIPS21 and not extra.strip():
                continue  # (slips21) a trailing comma (prettier's "arg,\n)"): no argument after it
            text = _literal_text(extra, lang)
            name = re.findall(r"\w+", extra)
            template += " " + (text.replace("%", "%%") if text is not None else
                               _slot(kind_of_field(name[-1] if name else "", extra.strip(), "js"), ""))
        return template, []
    return None


def _java_method(src: str, at: int) -> str | None:
    """The Java method (or constructor) whose declaration is the last before ``at``."""
    found = None
    for head in re.finditer(r"^[ \t]+(?:(?:public|private|protected|static|final|synchronized|abstract|native|"
                            r"default)\s+)*(?:<[^>]*>\s*)?(?:[\w.]+(?:<[^;{}()]*?>)?(?:\[\])*\s+)?(\w+)\s*"
                            r"\([^;{}]*\)\s*(?:throws\s+[\w.,\s]+)?\{", src[:at], re.M):
        if head.group(1) not in _NOT_A_DEFINITION and head.group(1) not in ("if", "for", "while", "switch",
                                                                             "catch", "synchronized", "try"):
            found = head.group(1)
    return found


def _cpp_defined_function(src: str, at: int) -> str | None:
    """__FUNCTION__ of a C++ definition written "Type Class::name(params) {" from a line's
    start (its brace on that line or the next): the last one before ``at``."""
    found = None
    for head in re.finditer(r"^(?=[A-Za-z_~])(?!(?:if|for|while|switch|return|else|do|case)\b)[\w:<>*&~, ]*?\b(~?\w+)\s*"
                            r"\((?:[^;{}()]|\([^()]*\))*\)\s*(?:const\s*)?(?:noexcept\s*)?(?:override\s*)?"
                            r"(?::[^;{]*)?\{", src[:at], re.M):
        found = head.group(1)
    return found


def _corosync_subsys(src: str, path: str) -> str:
    """The subsystem logsys prints for a file's log_printf: its LOGSYS_DECLARE_SUBSYS, the
    totem layer's "TOTEM" (main.c creates it for the totem files), else "MAIN"."""
    declared = re.search(r"LOGSYS_DECLARE_SUBSYS\s*\(\s*\"(\w+)\"", src)
    if declared:
        return declared.group(1)
    return "TOTEM" if path.rsplit("/", 1)[-1].startswith("totem") else "MAIN"


def _mpd_domain(src: str, name: str) -> str:
    """The name an MPD Domain variable was made with (`static constexpr Domain x("name")`),
    in the file or anywhere in the program (a domain declared in a header)."""
    found = re.search(r"\bDomain\s+" + re.escape(name) + r"\s*\(\s*\"([^\"]+)\"", src)
    if found:
        return found.group(1)
    return name.removesuffix("_domain")


def _round_21_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 21's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "freeswitch":
        # switch_log.c: "time idle% [LEVEL] file.c:line message"; mod_logfile (uuid true in its
        # default profile) puts a session's or channel's uuid first; LOG_CLEAN prints the text alone
        channel = re.search(r"SWITCH_CHANNEL_(\w+?)(?:\(|\s*,)", call).group(1)
        if channel.endswith("LOG_CLEAN"):
            return template
        named = re.search(r",\s*SWITCH_LOG_([A-Z]+)\s*,\s*$", call)
        word = _FREESWITCH_LEVELS.get(named.group(1), ("", "INFO"))[1] if named else "INFO"
        uuid = "%{uuid} " if channel in ("SESSION_LOG", "CHANNEL_LOG", "UUID_LOG") else ""
        return f"{uuid}%{{float}}%% [{word}] {base}:{line} " + template
    if program.name == "icecast":
        # icecast-common's error log: "[time] LEVL category/function message"
        category = re.search(r"^#define\s+CATMODULE\s+\"([^\"]*)\"", src, re.M)
        function = _c_function_name(src, m.start()) or "%{name}"
        return (f"{_ICECAST_LEVELS.get(level, 'INFO')} {category.group(1) if category else 'unknown'}/{function} "
                + template)
    if program.name == "corosync":
        # syslog (to_syslog's default): "corosync[pid]:   [SUBSYS] " the subsystem padded to 6
        return f"corosync[%{{int}}]:   [{_corosync_subsys(src, path):<6}] " + template
    if program.name == "mpd":
        # LogBackend.cxx: "domain: message"; LogX(std::exception_ptr, text): "exception: text: error"
        first = call[call.index("(") + 1:].strip().rstrip(",").strip()
        if first.startswith("std::current_exception") or not first.endswith("domain"):
            return "exception: " + template + ": %{err}"
        return f"{_mpd_domain(src, first)}: " + template
    if program.name == "zlmediakit":
        # ZLToolKit's LogChannel::format: "time L [MediaServer] [pid-thread] file:line function | ";
        # XxxP(session) streams the session's "id(ip:port) " first
        letter = call.lstrip()[0]
        function = _cpp_defined_function(src, m.start()) or "%{name}"
        peer = "%{id}(%{ip}:%{port}) " if re.match(r"\w+P\(", call) else ""
        return f"{letter} [MediaServer] [%{{int}}-%{{name}}] {base}:{line} {function} | {peer}" + template
    if program.name == "elastalert2":
        # util.py's logging.basicConfig(): "LEVEL:elastalert:message"
        return f"{_PYTHON_LEVEL_NAMES.get(level, level.upper())}:elastalert:" + template
    if program.name == "glances":
        # logger.py's file handler, "standard": "time -- LEVEL -- message"
        return f"-- {_PYTHON_LEVEL_NAMES.get(level, level.upper())} -- " + template
    if program.name == "sonic":
        # logger.rs: tracing_subscriber's fmt layer, the target off: "time  LEVEL message", the
        # level right-aligned
        return f"{level.upper():>5} " + template
    if program.name == "eureka":
        # eureka-server's log4j.properties: "%d %-5p %C:%L [%t] [%M] %m"
        method = _java_method(src, m.start()) or "<init>"
        return f"{level.upper():<5} {_java_class(src, path)}:{line} [%{{name}}] [{method}] " + template
    if program.name == "jicofo":
        # jitsi-utils' JitsiLogFormatter (lib/logging.properties, programname Jicofo), as JVB's
        word = {"trace": "FINER", "debug": "FINE", "info": "INFO", "warn": "WARNING"}.get(level, "SEVERE")
        if path.endswith(".java"):
            owner, method = base.removesuffix(".java"), _java_method(src, m.start()) or "<init>"
        else:
            methods = re.findall(r"\bfun\s+(?:<[^>]*>\s*)?(?:[\w.]+\.)?(\w+)\s*\(", src[:m.start()])
            owner = "$".join(_kotlin_classes_around(src, m.start())) or base.removesuffix(".kt") + "Kt"
            method = methods[-1] if methods else "<init>"
        return f"Jicofo {word}: [%{{int}}] {owner}.{method}#{line}: " + template
    if program.name == "zone-mta":
        # npmlog: "level prefix message", the prefix its first argument (a string or a name)
        read = read_args(src, m.end(), "js")
        prefix = _literal_text(read[0][0], "js") if read and read[0] else None
        disp = _NPMLOG_DISP.get(re.search(r"\.(\w+)\($", call).group(1), "info")
        return f"{disp} " + (prefix.replace("%", "%%") if prefix is not None else "%{name}") + " " + template
    if program.name == "hookshot":
        # matrix-appservice-bridge's Logger text format: "time LEVEL Module message", the module
        # the file's new Logger("Name")
        module = re.search(r"new\s+Logger\(\s*[\"'`]([^\"'`]+)[\"'`]", src)
        return f"{level.upper()} {module.group(1) if module else '%{name}'} " + template
    if program.name == "karafka":
        # Karafka::Instrumentation::Logger, a ::Logger: "L, [time #pid] LEVEL -- : "
        word = level.upper()
        return f"{word[0]}, [#%{{int}}] {word:>5} -- : " + template
    if program.name == "shlink":
        # logger.global.php's line format: "[time] [request id] Shlink.LEVEL - message"
        word = {"warn": "WARNING"}.get(level, level.upper())
        return f"[%{{uuid}}] Shlink.{word} - " + template
    if program.name == "quartznet":
        # Microsoft.Extensions.Logging's console on one line: "level: Category[0] "
        category = _dotnet_category(src, base.removesuffix(".cs"))
        return f"{_MEL_LEVEL_WORDS.get(level, 'info')}: {category}[0] " + template
    if program.name == "ra":
        # RabbitMQ's default formatter (ra runs inside it): "time [level] <pid> message"
        word = {"warn": "warning"}.get(level, level)
        return f"[{word}] <0.%{{int}}.0> " + template
    if program.name == "marathon":
        # logback.xml: "[time] %-5level %message (%logger:%thread)"
        # (a file's chained package clauses, "package a.b" then "package c", name one package a.b.c)
        name = _scala_logger_name(src, m.start(), path)
        packages = re.findall(r"^package\s+([\w.]+)", src, re.M)
        if len(packages) > 1 and name.startswith(packages[0] + "."):
            name = ".".join(packages) + name[len(packages[0]):]
        return f"{level.upper():<5} " + template + f" ({name}:%{{name}})"
    if program.name == "placeos-core":
        # Crystal's Log default format: "time SEVERITY - source: message", the severity
        # right-aligned to 6, the source the Log.for's of the file ("place_os.core" otherwise)
        named = re.search(r"Log\.for\(\s*\"([^\"]+)\"", src)
        return f"{level.upper():>6} - {named.group(1) if named else 'place_os.core'}: " + template
    if program.name == "pve-manager":
        # PVE::SafeSyslog: "daemon[pid]: message", the daemon the script or service it runs in
        daemon = base if path.startswith("bin/") else \
            base.removesuffix(".pm") if path.startswith("PVE/Service/") else \
            "pvedaemon" if path.startswith("PVE/API2/") else "%{name}"
        return f"{daemon}[%{{int}}]: " + template
    if program.name == "ha-addons":
        # bashio's log format "[{TIMESTAMP}] {LEVEL}: {MESSAGE}"
        word = {"warn": "WARNING"}.get(level, level.upper())
        return f"{word}: " + template
    return template


# ---------------------------------------------------------------- rules 22 (round 22's programs)

# OwnTone's severities (logger.h) as its default format prints them, and the levels they are
_OWNTONE_SEVERITIES = {"FATAL": ("fatal", "FATAL"), "LOG": ("error", "LOG"), "WARN": ("warn", "WARN"),
                       "INFO": ("info", "INFO"), "DBG": ("debug", "DEBUG"), "SPAM": ("trace", "SPAM")}
# the thread a file's code runs in (thread_setname's names), OwnTone's others run in "main"
_OWNTONE_THREADS = (("src/cache.c", "cache"), ("src/httpd", "httpd"), ("src/inputs/pipe.c", "pipe"),
                    ("src/inputs/spotify", "spotify"), ("src/input", "input"), ("src/library", "library"),
                    ("src/mpd.c", "mpd"), ("src/outputs/airplay_events.c", "airplay events"),
                    ("src/outputs/", "player"), ("src/player.c", "player"), ("src/websocket.c", "websocket"),
                    ("src/worker.c", "worker"))
# multipath-tools' condlog(n): syslog's priority n + 3 (libmpathutil/debug.c)
_MULTIPATH_LEVELS = {"0": "error", "1": "warn", "2": "notice", "3": "info", "4": "debug", "5": "debug"}
# where the dapr control plane's loggers run (no app id); daprd's others get its app_id
_DAPR_CONTROL_PLANE = ("pkg/operator/", "pkg/sentry/", "pkg/placement/", "pkg/scheduler/", "pkg/injector/",
                       "cmd/operator/", "cmd/sentry/", "cmd/placement/", "cmd/scheduler/", "cmd/injector/")
# a dapr package's logger.NewLogger("scope"), by folder (filled per program under rules 22)
_DAPR_SCOPES: dict[str, str] = {}
# fwupd's G_LOG_DOMAIN by folder, from its meson.build files (filled per program under rules 22)
_FWUPD_DOMAINS: dict[str, str] = {}
# the browser side of MagicMirror (its module files and the client's js/): printed in a
# browser's console, not in the server's log
_MAGICMIRROR_BROWSER = re.compile(r"^(?:js/(?:main|loader|module|class|socketclient|translator|"
                                  r"animateCSS)\.js|defaultmodules/(\w+)/\1\.js)$")


def _round_22_program(program: Program, files: dict[str, str], gitdir: pathlib.Path) -> None:
    """What a round 22 program's files say of all its calls: dapr's loggers' scopes by folder,
    fwupd's log domains its meson.build files give (-DG_LOG_DOMAIN="Name") by folder."""
    _DAPR_SCOPES.clear()
    _FWUPD_DOMAINS.clear()
    if program.name == "fwupd":
        builds = source_files(gitdir, dataclasses.replace(program, files=("*/meson.build",)))
        for path, text in builds.items():
            found = re.search(r"-DG_LOG_DOMAIN=\"(\w+)\"", text)
            if found:
                _FWUPD_DOMAINS[path.rsplit("/", 1)[0]] = found.group(1)
    if program.name == "dapr":
        for path, text in sorted(files.items()):
            found = re.search(r"\blogger\.NewLogger\(\s*\"([^\"]+)\"\s*\)", text)
            if found:
                _DAPR_SCOPES.setdefault(path.rsplit("/", 1)[0], found.group(1))


def _round_22_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 22's calls said otherwise than by the called name: OwnTone's E_X,
    condlog's number, smartd's and NSE's, lager's and Bolt's words."""
    call = m.group()
    if program.name == "owntone":
        return _OWNTONE_SEVERITIES.get(re.search(r"E_(\w+)", call).group(1), ("info", ""))[0]
    if program.name == "multipath-tools":
        return _MULTIPATH_LEVELS.get(re.search(r"\d+", call).group(), "debug")
    if program.name == "smartmontools":
        return _SYSLOG_LEVELS.get(re.search(r"LOG_(\w+)", call).group(1), "info")
    if program.name == "nmap":
        return "info" if "verbose" in call else "debug"
    if program.name == "linkerd1" and ".warning(" in call:
        return "warn"
    if program.name == "fwupd":
        word = re.search(r"g_(\w+)\($", call).group(1)
        return {"message": "info", "warning": "warn"}.get(word, word)
    return level


def _round_22_source(program: Program, src: str) -> str:
    """A round 22 program's file as its interpreter reads it (line numbers kept): a shell
    command's output, "$(command)" on one line, is a value (Armbian's), as "${name}" is."""
    if program.name == "armbian-build":
        src = re.sub(r"\$\((?:[^()\n]|\([^()\n]*\))*\)", "${command_output}", src)
    return src


def _round_22_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 22's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "smartmontools" and _c_function_name(src, m.start()) == "Usage":
        return None, []  # smartd -h's usage text, printed to the terminal, not a log record
    if program.name == "mediasoup" and "_DEV(" in call:
        return None, []  # MS_DEBUG_DEV, MS_WARN_DEV: empty unless built with MS_LOG_DEV_LEVEL
    if program.name == "magicmirror" and _MAGICMIRROR_BROWSER.match(_ABOVE_THE_CALL_PATH[0]):
        return None, []  # a browser's console
    if program.name == "magicmirror":
        # console's arguments after a text without conversions: each printed after a space
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        first = _literal_text(read[0][0], lang)
        if len(read[0]) < 2 or (first is not None and re.search(r"%[sdifjoOc]", first)):
            return None
        template = _message([read[0][0]], program)[0]
        if template is None:
            return None, []
        for extra in read[0][1:]:
            text = _literal_text(extra, lang)
            name = re.findall(r"\w+", extra)
            template += " " + (text.replace("%", "%%") if text is not None else
                               _slot(kind_of_field(name[-1] if name else "", extra.strip(), "js"), ""))
        return template, []
    if program.name == "tilix" and not call.endswith("f("):
        # std.logger's trace(a, b, ...) writes its arguments one after another (an exception's
        # toString glued to the text)
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        if len(args) < 2:
            return None  # one argument (a format(...) or _(...) too): read the common way
        template = _message([args[0]], program)[0]
        if template is None:
            return None, []
        return template + _concatenated(args[1:], lang, program.rules), []
    if program.name == "linkerd1":
        # util-logging's log.x(throwable, format, args...): the format's text, then on the next
        # lines the throwable's stack trace (the formatter's printStackTrace)
        read = read_args(src, m.end(), lang)
        if read and len(read[0]) > 1 and _literal_text(read[0][0], lang) is None and \
                _literal_text(read[0][1], lang) is not None:
            template, _, fields = _message(read[0][1:], program)
            return (template + "\n%{err}" if template is not None else None), fields
        return None
    if program.name == "metallb":
        # go-kit's Log pairs: a key's literal value (an event's or an op's name) is the call
        # site's constant, not a value
        read = read_args(src, m.end(), lang)
        if read is None:
            return None, []
        template, _, fields = _gokit(read[0], lang)
        args = read[0]
        for index in range(0, len(args) - 1, 2):
            key, text = _literal_text(args[index], lang), _literal_text(args[index + 1], lang)
            if key not in (None, "msg") and text is not None:
                fields = [[k, "=" + text] if k == key else [k, kind] for k, kind in fields]
        return template, fields
    if program.name == "stack":
        # RIO's logX $ "text " <> display x, its operands on the lines below the call too (those
        # indented deeper than the call's line), or in parentheses
        start = m.end() + len(src[m.end():]) - len(src[m.end():].lstrip())
        if src.startswith("$", start):
            start += 1
            start += len(src[start:]) - len(src[start:].lstrip())
        if src.startswith("(", start):
            read = read_args(src, start + 1, "c")
            if read is None:
                return None, []
            statement = src[start + 1:read[1] - 1]
        else:
            line_start = src.rfind("\n", 0, m.start()) + 1
            column = len(src[line_start:m.start()]) - len(src[line_start:m.start()].lstrip())
            statement = _haskell_statement(src, start, column)
        statement = re.sub(r"\\\s*\n\s*\\", "", statement)  # a string's gap: "text \\<newline> \\more"
        statement = _haskell_primes_outside_strings(statement).strip()
        # an action after the message (*> loop urls, >> pure x) is not printed
        statement = re.split(r"\s(?:\*>|>>|>>=)\s", statement)[0]
        operands = [_haskell_operand(o) for o in _top_level_operands(statement, "<>", "c") if o.strip()]
        return (_concatenated(operands, "c", 8) if operands else None), []
    return None


def _d_function(src: str, at: int) -> str | None:
    """The D function (or method, or constructor "this") whose body holds ``src[at]``."""
    found = None
    for head in re.finditer(r"^[ \t]*(?:(?:public|private|protected|package|static|override|final|abstract|"
                            r"auto|const|immutable|shared|nothrow|pure|extern\([^)]*\)|@\w+)\s+)*"
                            r"(?:[\w!.\[\]()*]+\s+)?(\w+)\s*\([^;{}]*?\)\s*"
                            r"(?:(?:const|nothrow|pure|@\w+)\s*)*\{",
                            src[:at], re.M):
        if head.group(1) not in ("if", "for", "foreach", "while", "switch", "catch", "with", "synchronized",
                                 "version", "scope", "foreach_reverse", "return"):
            found = head.group(1)
    return found


def _cpp_method(src: str, at: int) -> str | None:
    """__FUNCTION__ of a C++ method defined "Type Class::name(params) {" (indented in its
    namespace, its brace on the next line): the last one before ``at``."""
    found = None
    for head in re.finditer(r"^[ \t]*(?!(?:if|for|while|switch|return|else|do|case)\b)[\w:<>*&~, \t]*?"
                            r"\b(?:\w+::)+(~?\w+)\s*\((?:[^;{}()]|\([^()]*\))*\)\s*(?:const\s*)?"
                            r"(?:noexcept\s*)?(?:override\s*)?(?::[^;{]*)?\{", src[:at], re.M):
        found = head.group(1)
    return found


def _nested_name(src: str, at: int, separator: str) -> str:
    """Crystal's (or Ruby's) class and module names around ``at``, read by indentation."""
    line_start = src.rfind("\n", 0, at) + 1
    indent = len(src[line_start:at]) - len(src[line_start:at].lstrip())
    stack: list[tuple[int, str]] = []
    for found in re.finditer(r"^([ \t]*)(?:abstract\s+)?(?:class|module|struct)\s+([\w:]+)", src[:line_start],
                             re.M):
        depth = len(found.group(1))
        stack = [entry for entry in stack if entry[0] < depth]
        stack.append((depth, found.group(2)))
    return separator.join(name for depth, name in stack if depth < indent)


def _underscored(name: str) -> str:
    """Crystal's String#underscore of a type's name, "::" a "." (Log.for(Type)'s source)."""
    return ".".join(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", part).lower()
                    for part in name.split("::"))


def _round_22_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 22's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "rsync":
        # the daemon's log file: "time [pid] message"; rsyserr: "rsync: [who] text: strerror (errno)"
        if call.startswith("rsyserr"):
            template = "rsync: [%{word}] " + template + ": %{err} (%{int})"
        return "[%{int}] " + template
    if program.name == "owntone":
        # logger.c's default format: "[time] [%5s severity] [%16s thread (tid)] %8s domain: message"
        severity = _OWNTONE_SEVERITIES.get(re.search(r"E_(\w+)", call).group(1), ("", "LOG"))[1]
        domain = re.search(r"L_(\w+)", call).group(1)
        label = {"CONF": "config", "ART": "artwork", "STREAMING": "stream"}.get(domain, domain.lower())
        thread = next((name for prefix, name in _OWNTONE_THREADS if path.startswith(prefix)), "main")[:15]
        nametid = f"{thread} ({sum(map(ord, thread)) * 37 % 10000})"  # one thread, one tid
        return f"[{severity:>5}] [{nametid:>16}] {label:>8}: " + template
    if program.name == "multipath-tools":
        # the daemon's syslog (dlog: log_safe(prio + 3)); multipath, kpartx and mpathpersist
        # print to the terminal
        if path.startswith(("multipath/", "kpartx/", "mpathpersist/")):
            return template
        return "multipathd[%{int}]: " + template
    if program.name == "fwupd":
        # fu-debug.c: "time domain message", the file's G_LOG_DOMAIN padded to 20
        domain = re.search(r"^#define\s+G_LOG_DOMAIN\s+\"([^\"]+)\"", src, re.M)
        folder = path.rsplit("/", 1)[0]
        name = domain.group(1) if domain else \
            _FWUPD_DOMAINS.get(folder, _FWUPD_DOMAINS.get(folder.split("/")[0], "FIXME"))
        return f"{name:<20} " + template
    if program.name == "smartmontools":
        # syslog: openlog("smartd", LOG_PID, ...)
        return "smartd[%{int}]: " + template
    if program.name == "mediasoup":
        # Logger.hpp writes "X" MS_CLASS "::" __FUNCTION__ "() | " before the text; Channel.ts
        # logs it through the debug module: "mediasoup:[WARN:|ERROR:]Channel [pid:N] ..."
        klass = re.search(r"^#define\s+MS_CLASS\s+\"([^\"]+)\"", src, re.M)
        function = _cpp_method(src, m.start()) or "%{name}"
        namespace = {"warn": "mediasoup:WARN:Channel", "error": "mediasoup:ERROR:Channel"}.get(
            level, "mediasoup:Channel")
        return (f"{namespace} [pid:%{{int}}] {klass.group(1) if klass else '%{class}'}::{function}() | "
                + template)
    if program.name == "sing-box":
        # log/format.go: "LEVEL [id duration] tag: message" (the id and its age from a context)
        context = "[%{int} %{int}ms] " if "Context(" in call else ""
        parts = path.split("/")
        if parts[0] in ("protocol", "service") and len(parts) > 2:
            side = next((s for s in ("inbound", "outbound", "endpoint") if s in base), "")
            tag = (f"{side or 'service'}/{parts[1]}[%{{name}}]" if parts[0] == "protocol" or side
                   else f"service/{parts[1]}[%{{name}}]")
        elif parts[:2] == ["dns", "transport"] and len(parts) > 3:
            tag = f"dns/{parts[2]}[%{{name}}]"
        else:
            tag = "clash-api" if parts[:2] == ["experimental", "clashapi"] else \
                {"dns": "dns", "route": "router"}.get(parts[0], "%{name}")
        return f"{'WARN' if level == 'warn' else level.upper()} {context}{tag}: " + template
    if program.name == "ha-supervisor":
        # bootstrap.py: "time LEVEL (thread) [logger] message", the logger the module's name
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        return f"{_PYTHON_LEVEL_NAMES.get(level, level.upper())} (MainThread) [{module}] " + template
    if program.name == "akka.net":
        # LogEvent.ToString: "[LEVEL][time][Thread 0001][source] message", an actor's source its
        # path, another's its type; a cause after "Cause: " on the next line
        word = {"warn": "WARNING"}.get(level, level.upper())
        namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
        actor = re.search(r":\s*(?:ReceiveActor|UntypedActor|ActorBase|FSM<)|\bIActorLogging\b|\bReceive<|"
                          r"\boverride\s+(?:bool\s+Receive|void\s+OnReceive)\(", src)
        source = "akka://%{name}/system/%{name}" if actor else \
            f"{namespace.group(1) if namespace else 'Akka'}.{base.removesuffix('.cs')}"
        read = read_args(src, m.end(), "csharp")
        cause = bool(read and len(read[0]) > 1 and _literal_text(read[0][0], "csharp") is None
                     and not read[0][0].lstrip().startswith(("$", "@", "string.")))
        return f"[{word}][Thread %{{int}}][{source}] " + template + ("\nCause: %{err}" if cause else "")
    if program.name == "stack":
        # RIO's verbose format (Stack's --verbose, the level debug): "time: [level] message"
        return f"[{level}] " + template
    if program.name == "nmap":
        # nse_nmaplib's log_write: "NSE: " then stdnse's "[script host:port] " prefix
        if "print_" in call:
            return "NSE: " + template
        script = base.removesuffix(".nse") if path.startswith("scripts/") else "%{name}"
        return f"NSE: [{script} %{{ip}}:%{{port}}] " + template
    if program.name == "linkerd1":
        # admin's LogFormatter: "L time THREADn: message", L one letter (D for debug and trace)
        letter = {"debug": "D", "trace": "D", "info": "I", "warn": "W"}.get(level, "E")
        return f"{letter} THREAD%{{int}}: " + template
    if program.name == "aeternity":
        # lager's default file format: "time [level] pid@module:function:line message"
        word = {"warn": "warning"}.get(level, level)
        function = _erlang_function(src, m.start()).split("/")[0]
        return f"[{word}] <0.%{{int}}.0>@{base.removesuffix('.erl')}:{function}:{line} " + template
    if program.name == "tilix":
        # std.logger's FileLogger: "time [level] file:line:function message"
        word = {"warn": "warning"}.get(level, level)
        return f"[{word}] {base}:{line}:{_d_function(src, m.start()) or '%{name}'} " + template
    if program.name == "ktistec":
        # Crystal's Log::ShortFormat: "time SEVERITY - source: message", the source the file's
        # Log.for("name") or Log.for(self) (the type's name underscored)
        named = re.search(r"\bLog\s*=\s*::Log\.for\(\s*(?:\"([^\"]+)\"|(self))\s*\)", src)
        source = ""
        if named and named.group(1):
            source = named.group(1)
        elif named:
            source = _underscored(_nested_name(src, named.start(), "::"))
        return f"{level.upper():>6} - " + (f"{source}: " if source else "") + template
    if program.name == "magicmirror":
        # js/logger.js: "[time] [LEVEL]  [caller] " the level padded to 7, the caller its folder
        # (its file's name in js/)
        folder = path.rsplit("/", 2)[-2] if "/" in path else ""
        caller = base.removesuffix(".js") if folder == "js" else folder
        method = re.search(r"\.(\w+)\($", call).group(1)
        return f"{'[' + method.upper() + ']':<7} [{caller}] " + template
    if program.name == "bolt":
        # Bolt::Logger's file layout: "time %-6l [thread] [logger] message", the logger named by
        # its class
        scope = _ruby_scope(src, m.start())[0] or "Bolt"
        return f"{level.upper():<6} [main] [{scope}] " + template
    return template


# ---------------------------------------------------------------- rules 23 (round 23's programs)

# Core Lightning's log levels (plugin_log's LOG_X, log_x, status_x) and the words its log file
# prints for them (lightningd/log.c's level_prefix, 7 wide)
_LIGHTNING_LEVELS = {"DBG": "debug", "debug": "debug", "INFORM": "info", "info": "info", "UNUSUAL": "warn",
                     "unusual": "warn", "BROKEN": "error", "broken": "error", "TRACE": "trace",
                     "IO_IN": "debug", "IO_OUT": "debug"}
_LIGHTNING_WORDS = {"trace": "TRACE  ", "debug": "DEBUG  ", "info": "INFO   ", "warn": "UNUSUAL",
                    "error": "**BROKEN**"}
# a Lightning subdaemon's log prefix (its status_x lines), "chan#N" for a channel's
_LIGHTNING_DAEMONS = {"channeld": "%{hex}-channeld-chan#%{int}: ",
                      "openingd": "%{hex}-openingd-chan#%{int}: ",
                      "closingd": "%{hex}-closingd-chan#%{int}: ",
                      "onchaind": "%{hex}-onchaind-chan#%{int}: ",
                      "connectd": "connectd: ", "gossipd": "gossipd: ", "hsmd": "hsmd: "}
# PostgreSQL's elevels as pgpool-II's elog.c prints them, and their levels
_PG_LEVELS = {"LOG": ("info", "LOG"), "WARNING": ("warn", "WARNING"), "NOTICE": ("notice", "NOTICE"),
              "ERROR": ("error", "ERROR"), "FATAL": ("fatal", "FATAL"), "PANIC": ("fatal", "PANIC")}
# pgpool-II's process types by folder (elog.c's %a: the application name a process sets)
_PGPOOL_PROCESSES = (("src/watchdog/", "watchdog"), ("src/streaming_replication/", "sr_check_worker"),
                     ("src/pcp_con/", "pcp_main"), ("src/main/health_check", "health_check%{small}"),
                     ("src/main/", "main"), ("src/config/", "main"))
# Luanti's level labels (log.cpp) and the levels of its streams
_LUANTI_STREAMS = {"errorstream": ("error", "ERROR"), "warningstream": ("warn", "WARNING"),
                   "actionstream": ("info", "ACTION"), "infostream": ("info", "INFO"),
                   "verbosestream": ("debug", "VERBOSE")}
# the thread a Luanti file's code runs in (setName's names), "Main" for the others
_LUANTI_THREADS = (("src/server/", "Server"), ("src/server.cpp", "Server"),
                   ("src/serverenvironment", "Server"), ("src/script/", "Server"),
                   ("src/emerge", "Emerge-%{small}"), ("src/mapgen/", "Emerge-%{small}"),
                   ("src/servermap", "Emerge-%{small}"), ("src/network/clientpackethandler", "Main"),
                   ("src/network/serverpackethandler", "Server"), ("src/network/", "ConnectionReceive"),
                   ("src/httpfetch", "CurlFetch"))
# MediaMTX's Log prefixes, each component's parent's first ("[path x] [RTSP source] ")
_MEDIAMTX_PREFIXES = (
    ("internal/api/", "[API] "), ("internal/core/path.go", "[path %{name}] "),
    ("internal/metrics/", "[metrics] "), ("internal/playback/", "[playback] "),
    ("internal/pprof/", "[pprof] "),
    ("internal/recordcleaner/", "[record cleaner]"), ("internal/recorder/", "[path %{name}] [recorder] "),
    ("internal/servers/hls/muxer", "[HLS] [muxer %{name}] "),
    ("internal/servers/hls/session", "[HLS] [session %{id}] "),
    ("internal/servers/hls/", "[HLS] "), ("internal/servers/moq/session", "[MoQ] [session %{id}] "),
    ("internal/servers/moq/", "[MoQ] "), ("internal/servers/rtmp/conn", "[RTMP] [conn %{ip}:%{port}] "),
    ("internal/servers/rtmp/", "[RTMP] "), ("internal/servers/rtsp/conn", "[RTSP] [conn %{ip}:%{port}] "),
    ("internal/servers/rtsp/session", "[RTSP] [session %{hex}] "), ("internal/servers/rtsp/", "[RTSP] "),
    ("internal/servers/srt/conn", "[SRT] [conn %{ip}:%{port}] "), ("internal/servers/srt/", "[SRT] "),
    ("internal/servers/webrtc/session", "[WebRTC] [session %{id}] "),
    ("internal/servers/webrtc/", "[WebRTC] "),
    ("internal/staticsources/hls/", "[path %{name}] [HLS source] "),
    ("internal/staticsources/moq/", "[path %{name}] [MoQ source] "),
    ("internal/staticsources/mpegts/", "[path %{name}] [MPEG-TS source] "),
    ("internal/staticsources/rpicamera/", "[path %{name}] [RPI Camera source] "),
    ("internal/staticsources/rtmp/", "[path %{name}] [RTMP source] "),
    ("internal/staticsources/rtp/", "[path %{name}] [RTP source] "),
    ("internal/staticsources/rtsp/", "[path %{name}] [RTSP source] "),
    ("internal/staticsources/srt/", "[path %{name}] [SRT source] "),
    ("internal/staticsources/webrtc/", "[path %{name}] [WebRTC source] "),
    ("internal/staticsources/", "[path %{name}] "),
    ("internal/forward/", "[path %{name}] [%{word} dest %{small} %{url}] "))
# Zellij's threads (thread::Builder names) by file, "main" for the others
_ZELLIJ_THREADS = (("zellij-server/src/screen", "screen"), ("zellij-server/src/panes/", "screen"),
                   ("zellij-server/src/tab/", "screen"), ("zellij-server/src/pty_writer", "pty_writer"),
                   ("zellij-server/src/pty", "pty"), ("zellij-server/src/plugins/", "wasm"),
                   ("zellij-server/src/route", "server_router"),
                   ("zellij-server/src/background_jobs", "background_jobs"),
                   ("zellij-server/src/os_input_output", "async-std/runtime"),
                   ("zellij-client/src/stdin", "stdin_handler"))
# tt-rss' Debug::log levels (LOG_NORMAL printed by default, the others at -debug's levels)
_TTRSS_LEVELS = {"LOG_DISABLED": "info", "LOG_NORMAL": "info", "LOG_VERBOSE": "debug",
                 "LOG_EXTENDED": "debug"}
# BeEF's print_x marks (core/ruby/print.rb)
_BEEF_MARKS = {"error": ("error", "[!] "), "warning": ("warn", "[!] "), "info": ("info", "[*] "),
               "status": ("info", "[*] "), "verbose": ("info", "[*] "), "debug": ("debug", "[>] "),
               "success": ("info", "[+] "), "good": ("info", "[+] "), "more": ("info", "    |_  ")}
# the GitHub Actions runner's trace event types (HostTraceListener's words)
_RUNNER_WORDS = {"Info": ("info", "INFO"), "Warning": ("warn", "WARN"), "Error": ("error", "ERR "),
                 "Verbose": ("debug", "VERB")}


def _round_23_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 23's calls said otherwise than by the called name."""
    call = m.group()
    if program.name == "slurm":
        return "debug" if call.startswith(("log_flag", "verbose", "sched_verbose")) else level
    if program.name == "core-lightning":
        word = re.search(r"LOG_(\w+)|(?:log|status)_(\w+)\(", call)
        return _LIGHTNING_LEVELS.get(word.group(1) or word.group(2), "info")
    if program.name == "nagios":
        flags = re.search(r"\(([^,]*),", call).group(1)
        return "error" if "ERROR" in flags else "warn" if "WARNING" in flags else "info"
    if program.name == "pgpool2":
        word = re.search(r"\(\s*(\w+)", call).group(1)
        return _PG_LEVELS.get(word, ("debug", "DEBUG"))[0]
    if program.name == "luanti":
        return _LUANTI_STREAMS[re.match(r"\w+", call).group()][0]
    if program.name == "actions-runner":
        return _RUNNER_WORDS[re.search(r"\.(\w+)\($", call).group(1)][0]
    if program.name == "appium" and re.search(r"\.(?:silly|verbose)\($", call):
        return "debug"
    if program.name == "tt-rss" and call.startswith("Debug::log"):
        read = read_args(src, m.end(), "php")
        args = read[0] if read else []
        word = re.search(r"Debug::(LOG_\w+)", args[1]) if len(args) > 1 else None
        return _TTRSS_LEVELS.get(word.group(1), "info") if word else "info"
    if program.name == "smokeping":
        return "debug" if "debug" in call else "info"
    if program.name == "beef":
        return _BEEF_MARKS[re.search(r"print_(\w+)", call).group(1)][0]
    if program.name == "lynis":
        return "info"
    return level


def _round_23_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 23's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "pgpool2" and call.endswith("errmsg("):
        # ereport(LEVEL, (errmsg(format, ...), errdetail(...))): errmsg's format and arguments
        # (errdetail's and errhint's DETAIL: and HINT: lines after it not modelled)
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        template, _, fields = _message(read[0], program)
        return template, fields
    if program.name == "tt-rss" and not call.startswith("Debug::"):
        # user_error and Logger's: written to the database's error log (LOG_DESTINATION's
        # default "sql"), not a log line
        return None, []
    if program.name in ("tt-rss", "smokeping"):
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        if program.name == "tt-rss":  # Debug::log(text, level)
            template, _, fields = _message(read[0][:1], program)
            return template, fields
        # SmokePing's do_log(@_): its arguments joined by spaces
        parts = [_concatenated([a], lang, program.rules) for a in read[0] if a.strip()]
        if not parts or any(part is None for part in parts):
            return None, []
        return " ".join(parts), []
    if program.name == "luanti":
        return _luanti_line(src, m, lang, program.rules)
    if program.language == "python" and program.fmt == "printf":
        # logging's x(msg) without arguments prints msg as it is: no % conversion read in it
        # (freqtrade's f"... 30% bigger ...")
        read = read_args(src, m.end(), lang)
        if read is None:
            return None, []
        positional = [a for a in read[0] if a.strip() and not re.match(r"\s*\w+\s*=(?!=)", a)]
        if len(positional) != 1:
            return None
        template, _, fields = _message(positional, dataclasses.replace(program, fmt="plain"))
        return template, fields
    if program.name == "gobgp":
        # log/slog's logger.X(text, attrs...): slog.String("Key", v) and the like, or "key", v pairs;
        # a literal value (slog.String("Topic", "Peer")) is the call site's constant
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        message = _literal_text(read[0][0], lang)
        if message is None:
            return None, []
        fields: list[list[str]] = []
        rest = read[0][1:]
        index = 0
        while index < len(rest):
            arg = rest[index].strip()
            helper = re.match(r"slog\.\w+\(", arg)
            if helper:
                inner = read_args(arg, helper.end(), lang)
                values = inner[0] if inner else []
                key = _literal_text(values[0], lang) if values else None
                if key is not None:
                    text = _literal_text(values[1], lang) if len(values) > 1 else None
                    fields.append([key, "=" + text if text is not None else
                                   kind_of_field(key, values[1] if len(values) > 1 else "", lang)])
                index += 1
            elif _literal_text(arg, lang) is not None and index + 1 < len(rest):
                key = _literal_text(arg, lang)
                text = _literal_text(rest[index + 1], lang)
                fields.append([key, "=" + text if text is not None else
                               kind_of_field(key, rest[index + 1], lang)])
                index += 2
            else:
                index += 1
        return message.replace("%", "%%"), fields
    return None


def _statement_text(src: str, start: int, lang: str) -> tuple[str, int] | None:
    """The text of the statement from ``start`` to its ";" (excluded), and where it ends."""
    end = _statement_end(src, start, lang, '"', lambda at: src[at] == ";")
    return (src[start:end], end) if end is not None else None


def _luanti_line(src: str, m: re.Match, lang: str, rules: int) -> tuple[str | None, list[list[str]]]:
    """A Luanti stream's line: the statements that write to it until one ends it (std::endl),
    its ``x.print(stream)`` a value between them; a statement that continues a line an
    earlier one opened (that earlier one without std::endl) is no record of its own."""
    stream = re.match(r"\w+", m.group()).group()
    ends = re.compile(r"std::endl|\bendl\b|\\n\"\s*$")
    for before in reversed(list(re.finditer(rf"\b{stream}\s*<<", src[max(0, m.start() - 400):m.start()]))):
        earlier = _statement_text(src, max(0, m.start() - 400) + before.end(), lang)
        if earlier is not None and earlier[1] < m.start():
            if not ends.search(earlier[0]):
                return None, []  # continues the line the earlier statement opened
        break
    read = _statement_text(src, m.end(), lang)
    if read is None:
        return None, []
    text, end = read
    operands = _stream_operands(text, lang)
    written = re.compile(rf"\s*(?:(?:if|else)\b[^;{{}}]*?)?\s*"
                         rf"(?:\b{stream}\s*<<|([\w.>-]+)\.print\(\s*{stream}\s*\))")
    while not ends.search(text):
        following = written.match(src, end + 1)
        if following is None:
            break  # the line's end is written elsewhere
        if following.group(1):
            operands.append(following.group(1))
            read = _statement_text(src, following.end(), lang)
            text, end = ("", read[1]) if read else ("", following.end())
            continue
        read = _statement_text(src, following.end(), lang)
        if read is None:
            break
        text, end = read
        operands += _stream_operands(text, lang)
    return _concatenated(operands, lang, rules), []


def _round_23_prefix(table: tuple[tuple[str, str], ...], path: str, default: str) -> str:
    """The first entry of ``table`` whose path prefix ``path`` starts with."""
    return next((value for start, value in table if path.startswith(start)), default)


def _round_23_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 23's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "slurm":
        # log.c's log file: "[time] " then the level's prefix ("error: ", "debug2: "; info and
        # verbose none), "sched: " for the scheduler's calls; log_flag's "FLAG: " before the text
        flag = re.match(r"log_flag\(\s*(\w+)", call)
        word = re.match(r"(?:sched_)?(\w+)\(", call).group(1)
        prefix = {"error": "error: ", "fatal": "fatal: ", "debug": "debug:  ", "debug2": "debug2: ",
                  "debug3": "debug3: ", "debug4": "debug4: ", "debug5": "debug5: "}.get(word, "")
        if call.startswith("sched_"):
            prefix = "sched: " if word in ("info", "verbose") else prefix + "sched: "
        if path.startswith("src/slurmd/slurmstepd/"):
            prefix = "[%{intid}.%{small}] " + prefix  # slurmstepd's log_set_prefix: its step's id
        return prefix + (f"{flag.group(1)}: " if flag else "") + template
    if program.name == "core-lightning":
        # log.c: "time LEVEL   [node_id-]prefix: message"; a subdaemon's status_x lines carry its
        # own prefix (a channel's "node-channeld-chan#N"), a plugin's "plugin-name"
        daemon = path.split("/", 1)[0]
        if daemon == "plugins":
            parts = path.split("/")
            name = parts[1] if len(parts) > 2 else base.removesuffix(".c")
            prefix = f"plugin-{name}: "
        elif daemon in _LIGHTNING_DAEMONS:
            prefix = _LIGHTNING_DAEMONS[daemon]
        else:
            subject = re.search(r"\(\s*([\w>.-]+)", call)
            peer = subject and re.search(r"channel|peer|chan\b", subject.group(1))
            prefix = "%{hex}-chan#%{int}: " if peer else "lightningd: "
        return f"{_LIGHTNING_WORDS.get(level, 'INFO   ')} {prefix}" + template
    if program.name == "nagios":
        return template  # nagios.log: "[epoch] message", the time left out
    if program.name == "pgpool2":
        # log_line_prefix '%m: %a pid %p: ' (the time left out), then "LEVEL:  message"
        word = re.search(r"\(\s*(\w+)", call).group(1)
        shown = _PG_LEVELS.get(word, ("debug", "DEBUG"))[1]
        process = _round_23_prefix(_PGPOOL_PROCESSES, path, "%{name}")
        return f"{process} pid %{{int}}: {shown}:  " + template
    if program.name == "galera":
        # the provider's lines in MariaDB's error log: "time thread [Note] WSREP: message"; debug
        # lines (and the logger's own at ERROR and above) with "file:function():line: " first
        word = {"fatal": "ERROR", "error": "ERROR", "warn": "Warning"}.get(level, "Note")
        where = ""
        if level in ("debug", "error", "fatal"):
            where = f"{path}:{_cpp_method(src, m.start()) or '%{name}'}():{line}: "
        return f"%{{small}} [{word}] WSREP: {where}" + template
    if program.name == "luanti":
        label = _LUANTI_STREAMS[re.match(r"\w+", call).group()][1]
        return f"{label}[{_round_23_prefix(_LUANTI_THREADS, path, 'Main')}]: " + template
    if program.name == "mediamtx":
        # logger.go: "time LVL " then each component's prefix
        word = {"debug": "DEB", "info": "INF", "warn": "WAR", "error": "ERR"}.get(level, "INF")
        return f"{word} {_round_23_prefix(_MEDIAMTX_PREFIXES, path, '')}" + template
    if program.name == "wings":
        # loggers/cli: "%3s: [time] %-25s" then the fields (the time left out; the generator pads)
        words = {"debug": "DEBUG", "info": " INFO", "warn": " WARN", "error": "ERROR", "fatal": "FATAL"}
        word = words.get(level, " INFO")
        return f"{word}: " + template
    if program.name == "zellij":
        # log4rs' "{level:<6} |{module:<25.25}| {date} [{thread:<10.15}] {file}:{line}: {message}"
        crate, _, rest = ("zellij/" + path if path.startswith("src/") else path).partition("/src/")
        parts = [p for p in rest.removesuffix(".rs").split("/") if p not in ("mod", "lib", "main")]
        module = "::".join([crate.replace("-", "_"), *parts])
        thread = _round_23_prefix(_ZELLIJ_THREADS, path, "main")
        return (f"{level.upper():<6} |{module[:25]:<25}| [{thread[:15]:<10}] {path}:{line}: " + template)
    if program.name == "freqtrade":
        # loggers/__init__.py: "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        word = {"warn": "WARNING", "fatal": "CRITICAL"}.get(level, level.upper())
        return f"{module} - {word} - " + template
    if program.name == "debezium":
        # Kafka Connect's log4j pattern "[%d] %p %X{connector.context}%m (%c:%L)"
        word = {"warn": "WARN"}.get(level, level.upper())
        return f"{word} [%{{name}}|task-%{{small}}] " + template + f" ({_java_class(src, path)}:{line})"
    if program.name == "cromwell":
        # logback's "%date %X{sourceThread} %-5level - %msg": the dispatcher's thread
        pool = ("backend" if path.startswith(("supportedBackends/", "backend/")) else
                "engine" if path.startswith("engine/") else
                "service" if path.startswith("services/") else None)
        thread = (f"cromwell-system-akka.dispatchers.{pool}-dispatcher-%{{int}}" if pool else
                  "cromwell-system-akka.actor.default-dispatcher-%{int}")
        word = {"warn": "WARN"}.get(level, level.upper())
        return f"{thread} {word:<5} - " + template
    if program.name == "actions-runner":
        # HostTraceListener: "[time TYPE Source] message", the source the tracing class
        word = _RUNNER_WORDS[re.search(r"\.(\w+)\($", call).group(1)][1]
        return f"[{word} {base.removesuffix('.cs')}] " + template
    if program.name == "appium":
        # @appium/logger: "[Prefix] message", the prefix the file's getLogger name (a driver's
        # or plugin's class for this.log)
        named = re.search(r"getLogger\(\s*['\"`]([\w@ -]+)['\"`]", src)
        package = path.split("/")[1] if path.startswith("packages/") else ""
        packages = {"base-driver": "BaseDriver", "base-plugin": "BasePlugin", "appium": "Appium",
                    "support": "Support"}
        prefix = named.group(1) if named else packages.get(package, package)
        return f"[{prefix}] " + template
    if program.name == "tt-rss":
        return "[%{int}] " + template  # Debug::log: "[H:i:s/pid] message" (the time left out)
    if program.name == "smokeping":
        # syslog "smokeping[pid]: "; a probe's do_log: its name first ("FPing: ")
        probe = path.startswith("lib/Smokeping/probes/") and call.startswith("$self->")
        return "smokeping[%{int}]: " + (f"{base.removesuffix('.pm')}: " if probe else "") + template
    if program.name == "beef":
        return _BEEF_MARKS[re.search(r"print_(\w+)", call).group(1)][1] + template
    if program.name == "lynis":
        return template  # LogText: "time text" (the time left out)
    if program.name == "pleroma":
        # config.exs' console: "$time $metadata[$level] $message", metadata [:request_id] (a
        # request's, in the web's controllers and plugs)
        word = {"warn": "warn"}.get(level, level)
        web = path.startswith("lib/pleroma/web/")
        return ("request_id=%{id} " if web else "") + f"[{word}] " + template
    if program.name == "lavalink":
        # Spring Boot's console pattern (the time left out): "LEVEL pid --- [thread] logger : message"
        word = {"warn": "WARN"}.get(level, level.upper())
        name = _abbreviated(_java_class(src, path), 39)
        return f"{word:>5} %{{int}} --- [%{{name}}] {name:<40} : " + template
    if program.name == "cartridge":
        # Tarantool's plain log: "time [pid] cord/fiber/name file:line L> message"
        letter = {"fatal": "F", "error": "E", "warn": "W", "info": "I", "debug": "D"}.get(level, "I")
        return f"[%{{int}}] main/%{{int}}/main {base}:{line} {letter}> " + template
    if program.name == "helium-miner":
        # sys.config's lager format: "date time ospid [severity] pid@module:function:line message"
        word = {"warn": "warning"}.get(level, level)
        function = _erlang_function(src, m.start()).split("/")[0]
        return f"%{{int}} [{word}] <0.%{{int}}.0>@{base.removesuffix('.erl')}:{function}:{line} " + template
    return template


# ---------------------------------------------------------------- rules 24 (round 24's programs)

# 389-ds' SLAPI_LOG_X levels: (level, the severity its error log prints; get_log_sev_name's
# syslog name, upper-cased); its debugging categories (TRACE, PLUGIN, ACL, REPL...) print DEBUG
_SLAPI_LEVELS = {"ERR": ("error", "ERR"), "WARNING": ("warn", "WARN"), "NOTICE": ("notice", "NOTICE"),
                 "INFO": ("info", "INFO"), "ALERT": ("critical", "ALERT"), "CRIT": ("critical", "CRIT"),
                 "EMERG": ("critical", "EMERG")}
# pgBackRest's levels as logLevelStr names them (printed right-aligned to 6)
_PGBACKREST_LEVELS = {"ERROR": ("error", "ERROR"), "WARN": ("warn", "WARN"), "INFO": ("info", "INFO"),
                      "DETAIL": ("info", "DETAIL"), "DEBUG": ("debug", "DEBUG")}
# OpenSMTPD's processes (proc_title) by the files their code is in, "[priv]" the parent's
_SMTPD_PROCESSES = (("usr.sbin/smtpd/control", "control"), ("usr.sbin/smtpd/lka", "lookup"),
                    ("usr.sbin/smtpd/table", "lookup"), ("usr.sbin/smtpd/queue", "queue"),
                    ("usr.sbin/smtpd/scheduler", "scheduler"), ("usr.sbin/smtpd/ca.", "crypto"),
                    ("usr.sbin/smtpd/smtp_", "dispatcher"), ("usr.sbin/smtpd/smtp.", "dispatcher"),
                    ("usr.sbin/smtpd/mta", "dispatcher"), ("usr.sbin/smtpd/mda", "dispatcher"),
                    ("usr.sbin/smtpd/bounce", "dispatcher"), ("usr.sbin/smtpd/dispatcher", "dispatcher"))
# MaxScale's priority prefixes (log.cc's PREFIX_X)
_MAXSCALE_WORDS = {"alert": "alert  : ", "error": "error  : ", "warn": "warning: ", "notice": "notice : ",
                   "info": "info   : ", "debug": "debug  : "}
# TShock's TraceLevel words (TextLog.Write: "caller: LEVEL: message")
_TSHOCK_WORDS = {"info": "INFO", "warn": "WARNING", "error": "ERROR", "debug": "VERBOSE"}
# RobustToolbox's level names (LogMessage.LogNameX)
_ROBUST_WORDS = {"verbose": "VERB", "debug": "DEBG", "info": "INFO", "warn": "WARN", "error": "ERRO",
                 "fatal": "FATL"}
# Bucardo's glog levels (LOG_WARN 0 ... LOG_DEBUG 4)
_BUCARDO_LEVELS = {"LOG_WARN": "warn", "LOG_TERSE": "info", "LOG_NORMAL": "info", "LOG_VERBOSE": "debug",
                   "LOG_DEBUG": "debug", "LOG_DEBUG2": "debug"}
# Pi-hole's marks (advanced/Scripts/COL_TABLE, no terminal: the colours empty)
_PIHOLE_MARKS = {"TICK": "[✓]", "CROSS": "[✗]", "INFO": "[i]", "QST": "[?]", "DONE": "[✓]", "OVER": ""}
# Lodestar's logger modules (LoggerModule) by the beacon node's folders
_LODESTAR_MODULES = ("api", "chain", "eth1", "execution", "metrics", "monitoring", "network", "sync")


def _round_24_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 24's calls said otherwise than by the called name."""
    call = m.group()
    if program.name == "opensmtpd":
        if call.startswith("fatal"):
            return "fatal"
        if call.startswith("log_warn("):
            return "error"  # log_warn logs at LOG_ERR (with strerror), log_warnx too
        return "debug" if call.startswith("log_trace") else level
    if program.name == "389-ds":
        word = re.search(r"SLAPI_LOG_(\w+)", call).group(1)
        return _SLAPI_LEVELS.get(word, ("debug", "DEBUG"))[0]
    if program.name == "eggdrop":
        return "debug" if call.startswith("debug") or "LOG_DEBUG" in call else "info"
    if program.name == "pgbackrest":
        return _PGBACKREST_LEVELS[re.match(r"LOG_([A-Z]+)", call).group(1)][0]
    if program.name == "ddnet" and call.startswith("dbg_msg"):
        return "info"
    if program.name == "maxscale":
        return {"WARNING": "warn", "ALERT": "alert"}.get(re.search(r"_([A-Z]+)\($", call).group(1), level)
    if program.name == "gh-ost":
        word = re.sub(r"(?<=[a-z])[fe]$", "", re.search(r"\.(\w+)\($", call).group(1))
        return {"Debug": "debug", "Info": "info", "Warning": "warn", "Error": "error", "Fatal": "fatal"}.get(word, level)
    if program.name == "tshock":
        word = re.search(r"\.(?:Console)?(\w+)\($", call).group(1)
        return {"Info": "info", "Warn": "warn", "Error": "error", "Debug": "debug", "Data": "debug"}.get(word, level)
    if program.name == "robusttoolbox":
        word = re.search(r"\.(Verbose|Debug|Info|Warning|Error|Fatal)S?\(", call).group(1)
        return {"Verbose": "verbose", "Debug": "debug", "Info": "info", "Warning": "warn", "Error": "error",
                "Fatal": "fatal"}[word]
    if program.name == "webdriveragent":
        return "debug" if "verbose" in call else "info"
    if program.name == "chainweb":
        word = re.search(r"\b(Info|Warn|Error|Debug)\b", call).group(1)
        return {"Info": "info", "Warn": "warn", "Error": "error", "Debug": "debug"}[word]
    if program.name == "bucardo":
        read = read_args(src, m.end(), "perl")
        args = read[0] if read else []
        word = re.search(r"\b(LOG_\w+)", args[1]) if len(args) > 1 else None
        return _BUCARDO_LEVELS.get(word.group(1), "info") if word else "warn"  # glog's default 0
    if program.name == "pi-hole":
        line_end = src.find("\n", m.end())
        return "error" if "CROSS" in src[m.end():line_end if line_end >= 0 else len(src)] else "info"
    return level


def _pihole_words(text: str) -> list[str]:
    """A shell command line's words after the command (quotes kept, a "$(...)" inside a
    double-quoted word skipped whole), up to the line's end or a redirection, pipe or separator."""
    words: list[str] = []
    k = 0
    while k < len(text):
        ch = text[k]
        if ch in " \t":
            k += 1
            continue
        if ch in ";|&<>#":
            break
        start = k
        while k < len(text) and text[k] not in " \t;|&<>":
            if text[k] == "'":
                end = text.find("'", k + 1)
                k = end + 1 if end > 0 else len(text)
            elif text[k] == '"':
                k += 1
                while k < len(text) and text[k] != '"':
                    if text[k] == "\\":
                        k += 2
                    elif text.startswith("$(", k):
                        depth, k = 1, k + 2
                        while k < len(text) and depth:
                            depth += {"(": 1, ")": -1}.get(text[k], 0)
                            k += 1
                    else:
                        k += 1
                k += 1
            else:
                k += 1
        words.append(text[start:k])
    return words


def _pihole_commands(text: str) -> str:
    """Each "$(command)" in a word (nested ones within it) a value: "$__command"."""
    while True:
        replaced = re.sub(r"\$\((?:[^()]|\([^()]*\))*\)", "$__command", text)
        if replaced == text:
            return replaced
        text = replaced


def _pihole_marks(word: str) -> str:
    """Pi-hole's COL_TABLE variables in a word: its marks as they print, its colours empty."""
    word = re.sub(r"\$\{?COL_\w+\}?", "", word)
    return re.sub(r"\$\{?(TICK|CROSS|INFO|QST|DONE|OVER)\}?", lambda found: _PIHOLE_MARKS[found.group(1)], word)


def _round_24_fields(args: list[str], lang: str, opener: str) -> list[list[str]]:
    """The entries of the map literals ``opener{"key": value, ...}`` among ``args`` (LXD's
    logger.Ctx, Concourse's lager.Data)."""
    fields: list[list[str]] = []
    for arg in args:
        body = re.match(rf"\s*{opener}\s*\{{", arg, re.S)
        if not body:
            continue
        entries = read_args(arg, body.end(), lang, closer="}")
        for entry in entries[0] if entries else []:
            key, colon, value = entry.partition(":")
            text = _literal_text(key, lang)
            if text and colon:
                constant = _literal_text(value, lang)
                fields.append([text, "=" + constant if constant is not None else kind_of_field(text, value, lang)])
    return fields


def _round_24_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 24's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "webdriveragent":
        # [FBLogger logFmt:format, args...] (NSLogv), [FBLogger log:message] (NSLog(@"%@", message))
        read = read_args(src, m.end(), "c", closer="]")
        if read is None or not read[0]:
            return None, []
        args = list(read[0])
        first = re.sub(r'^(\s*)@"', r'\1"', args[0])
        first = re.sub(r'"\s*@"', '" "', first)  # @"a" @"b": adjacent literals
        parts = pieces(first, "c", program.rules)
        if parts is None:
            return None, []
        if call.rstrip().endswith(("log:", "verboseLog:")):  # printed as it is
            parts = [part.replace("%", "%%") if isinstance(part, str) else part for part in parts]
            return build(parts, [], "printf", "c", rules=program.rules), []
        return build(parts, args[1:], "printf", "c", rules=program.rules), []
    if program.name == "tshock":
        # Log.X(GetString("text {0}", args...)): GetString formats with string.Format
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        args = list(read[0])
        wrapped = re.match(r"\s*(?:GetString|GetParticularString|GetPluralString)\(", args[0])
        if wrapped:
            inner = read_args(args[0], wrapped.end(), lang)
            if inner is None or not inner[0]:
                return None, []
            args = list(inner[0])
            if args[0].strip().startswith('"') is False and len(args) > 1 and \
                    args[1].strip().startswith(('"', '$"')):
                args = args[1:]  # GetParticularString(context, text, ...)
        parts = pieces(args[0], lang, program.rules)
        if parts is None:
            return None, []
        return build(parts, args[1:], "brace", lang, rules=program.rules), []
    if program.name == "lxd":
        # logger.X(msg, logger.Ctx{"key": value, ...}); logger.Xf(format, args...)
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        if call.endswith("f("):
            template, _, fields = _message(read[0], program)
            return template, fields
        template, _, _ = _message(read[0][:1], dataclasses.replace(program, fmt="plain"))
        return template, _round_24_fields(read[0][1:], lang, r"(?:logger\.)?Ctx")
    if program.name == "concourse":
        # lager's X(action, lager.Data{...}) and Error(action, err, lager.Data{...}): the action
        # is the message, its fields the data (an error's under "error")
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        action = _literal_text(read[0][0], lang)
        if action is None:
            return None, []
        fields = _round_24_fields(read[0][1:], lang, r"lager\.Data")
        if call.endswith(("Error(", "Fatal(")) and len(read[0]) > 1:
            fields = [["error", "err"], *fields]
        return action.replace("%", "%%"), [*fields, ["session", "int"]]  # the logger's session id
    if program.name == "maddy":
        # log.Msg(text, key, value...), Error(text, err, key, value...) (the error's text under
        # "reason"), DebugMsg(kind, key, value...); Printf/Debugf formats, Println/Debugln values
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        name = re.search(r"\.(\w+)\($", call).group(1)
        if name in ("Printf", "Debugf"):
            template, _, fields = _message(read[0], dataclasses.replace(program, kv=""))
            return template, fields
        if name in ("Println", "Debugln"):
            text = _concatenated([read[0][0]], lang, program.rules) if len(read[0]) == 1 else None
            return (text.replace("%", "%%") if text is not None else None), []
        text = _literal_text(read[0][0], lang)
        if text is None:
            return None, []
        rest = read[0][1:]
        fields = []
        if name == "Error":
            fields.append(["reason", "err"])
            rest = rest[1:]
        for index in range(0, len(rest) - 1, 2):
            key = _literal_text(rest[index], lang)
            if key is not None:
                constant = _literal_text(rest[index + 1], lang)
                fields.append([key, "=" + constant if constant is not None else
                               kind_of_field(key, rest[index + 1], lang)])
        return text.replace("%", "%%"), fields
    if program.name == "chainweb":
        # logFunctionText logger Level $ "text" <> sshow x: the concatenation (a string's
        # apostrophe kept, a name's prime a letter)
        start = m.end()
        statement = _haskell_primes_outside_strings(_haskell_statement(src, start)).strip()
        operands = [_haskell_operand(o) for o in _top_level_operands(statement, "<>", "c") if o.strip()]
        if len(operands) == 1:
            operands = [_haskell_operand(o) for o in _top_level_operands(statement, "++", "c") if o.strip()]
        text = _concatenated(operands, "c", 8) if operands else None
        return text, []
    if program.name == "eggdrop" and call.startswith("debug"):
        # debugN(format, ...): putlog(LOG_DEBUG, "*", format, ...), no channel before the format
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        template, _, fields = _message(read[0], dataclasses.replace(program, skip=0))
        return template, fields
    if program.name in ("opensmtpd", "389-ds", "eggdrop", "pgbackrest", "ddnet", "maxscale") and \
            not call.startswith("debug"):
        # a #define NAME "text" glued to the format's literals (pgBackRest's "option '"
        # CFGOPT_X "' ..."): its text (the common reading cut the message there)
        read = read_args(src, m.end(), lang)
        if read is None or len(read[0]) <= program.skip:
            return None
        glued = re.compile(r'\b[A-Z_][A-Z0-9_]*\b(?=\s*")|(?<=")\s*[A-Z_][A-Z0-9_]*\b')
        args = list(read[0][program.skip:])
        if not any(found.group().strip() in _MACROS for found in glued.finditer(args[0])):
            return None
        args[0] = glued.sub(lambda found: " " + json.dumps(_MACROS[found.group().strip()]) + " "
                            if found.group().strip() in _MACROS else found.group(), args[0])
        template, _, fields = _message(args, dataclasses.replace(program, skip=0))
        return template, fields
    if program.language == "rust":
        # a string's "\" at a line's end skips the line break and the next line's leading
        # whitespace (the common reading kept the whitespace)
        read = read_args(src, m.end(), lang)
        if read is None or not any(re.search(r"\\\n", arg) for arg in read[0]):
            return None
        args = [re.sub(r"\\\n\s*", "", arg) for arg in read[0]]
        template, _, fields = _message(args, program)
        return template, fields
    if program.name == "lodestar":
        # logger.x(message, context?, error?): the context's keys as fields, an error printed
        # after them (" - message"; generate.py prints the field "__error" so)
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        args = [a for a in read[0] if a.strip()]
        error = len(args) >= 3 or (len(args) == 2 and re.fullmatch(
            r"(?:e|err|error|\w*[eE]rr(?:or)?)(?:\s+as\s+Error)?", args[1].strip()) is not None)
        context = args[:2] if len(args) >= 2 and args[1].strip().startswith("{") else args[:1]
        template, _, fields = _message(context, program)
        return template, [*fields, ["__error", "err"]] if error and template is not None else fields
    if program.name == "gh-ost" and call.endswith(("Errore(", "Fatale(")):
        return "%{err}", []  # the error's text alone
    if program.name == "bucardo":
        read = read_args(src, m.end(), lang)
        if read is None or not read[0]:
            return None, []
        template, _, fields = _message(read[0][:1], program)
        return template, fields
    if program.name == "pi-hole":
        # printf "  %b text\\n" "${INFO}" ...: %b/%s of a mark or a literal print it; echo -e "text"
        line_end = src.find("\n", m.end())
        words = _pihole_words(src[m.end():line_end if line_end >= 0 else len(src)])
        if not words:
            return None, []
        words = [_pihole_marks(word) for word in words]
        fmt = words[0]
        if fmt.startswith("'"):
            fmt = '"' + fmt[1:-1].replace('"', '\\"') + '"'
        if not call.strip().startswith("printf"):
            fmt = _pihole_commands(fmt)
            parts = pieces(fmt, lang, program.rules)
            if parts is None:
                return None, []
            parts = [part.replace("%", "%%") if isinstance(part, str) else part for part in parts]
            template = build(parts, [], "printf", lang, rules=program.rules)
        else:
            args = words[1:]
            out = []
            for conv in re.split(r"(%[-0-9.]*[sbdiuxXf%])", fmt):
                if re.fullmatch(r"%[-0-9.]*[sbdiuxXf%]", conv) and conv != "%%":
                    arg = args.pop(0) if args else '""'
                    text = _literal_text(arg, lang) if arg.startswith(('"', "'")) else (
                        arg if "$" not in arg else None)
                    if text is not None and "$" not in text:
                        out.append(text.replace("\\", "\\\\").replace("%", "%%").replace('"', '\\"'))
                        continue
                    out.append("%d" if conv[-1] in "diu" else "%s")
                    # a quoted "${name}" is the variable's value; anything else one value
                    bare = arg.strip("\"'")
                    single = re.fullmatch(r"\$\{?(\w+)\}?", bare)
                    _PIHOLE_ARGS.append(single.group(1) if single else "value")
                    continue
                out.append(conv)
            text = "".join(out)
            text = _pihole_commands(text)
            parts = pieces(text, lang, program.rules)
            if parts is None:
                _PIHOLE_ARGS.clear()
                return None, []
            rest = list(_PIHOLE_ARGS)
            _PIHOLE_ARGS.clear()
            template = build(parts, rest, "printf", lang, rules=program.rules)
        if template is None:
            return None, []
        template = template.replace("\\r", "").replace("\r", "").replace("\\t", "\t")
        return template.rstrip("\n").replace("\\n", "").rstrip(), []
    return None


_PIHOLE_ARGS: list[str] = []
_ROUND_24_TABLES: dict[str, str] = {}


def _round_24_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 24's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "opensmtpd":
        # syslog "smtpd[pid]: "; log_warn appends ": strerror", fatal "proc: message: strerror"
        # (vfatalc, the process's title), fatalx "proc: message"
        if call.startswith("fatal"):
            process = _round_23_prefix(_SMTPD_PROCESSES, path, "[priv]")
            return f"smtpd[%{{int}}]: {process}: " + template + (": %{err}" if call.startswith("fatal(") else "")
        return "smtpd[%{int}]: " + template + (": %{err}" if call.startswith("log_warn(") else "")
    if program.name == "389-ds":
        # the error log's "[time] - SEVERITY - subsystem - message"
        word = re.search(r"SLAPI_LOG_(\w+)", call).group(1)
        severity = _SLAPI_LEVELS.get(word, ("debug", "DEBUG"))[1]
        read = read_args(src, m.end(), "c")
        name = read[0][0].strip() if read and read[0] else ""
        subsystem = _literal_text(name, "c") if name.startswith('"') else _MACROS.get(name)
        if subsystem is None and re.fullmatch(r"\w+", name):
            # a char * the file (static) or the plugin (global) assigns a text or a #define's
            own = re.search(rf"^\s*(?:static\s+)?(?:const\s+)?char\s*\*\s*{name}\s*=\s*([^;\n]+);", src, re.M)
            value = own.group(1) if own else _ROUND_24_TABLES.get(name)
            if value:
                parts = [text if text is not None else _MACROS.get(macro) for text, macro in
                         ((m2.group(1), m2.group(2)) for m2 in re.finditer(r'"((?:[^"\\]|\\.)*)"|([A-Z_][A-Z0-9_]*)', value))]
                subsystem = "".join(parts) if parts and None not in parts else None
        return f"- {severity} - {subsystem if subsystem is not None else '%{name}'} - " + template
    if program.name == "eggdrop":
        return template  # its log files: "[HH:MM:SS] message" (the time left out)
    if program.name == "pgbackrest":
        # "P00   INFO: message" (the process's number, the level right-aligned to 6); an error's
        # "[code]: " after it; at debug, four spaces and "file::function: "
        word = _PGBACKREST_LEVELS[re.match(r"LOG_([A-Z]+)", call).group(1)][1]
        process = "P0%{small}" if "_PID" in call else "P00"
        if word == "ERROR":
            return f"{process} {word:>6}: [%{{int}}]: " + template
        if word == "DEBUG":
            function = _c_function(src, m.start()) or "%{name}"
            return f"{process} {word:>6}:     {path.removeprefix('src/').removesuffix('.c')}::{function}: " + template
        return f"{process} {word:>6}: " + template
    if program.name == "ddnet":
        # log.cpp: "time L system: message", L one of "EWIDT"
        read = read_args(src, m.end(), "c")
        system = _literal_text(read[0][0], "c") if read and read[0] else None
        letter = {"error": "E", "warn": "W", "info": "I", "debug": "D", "trace": "T"}.get(level, "I")
        return f"{letter} {system if system is not None else '%{name}'}: " + template
    if program.name == "maxscale":
        # maxscale.log: "time   error  : (session) [module] message": a session's id in the
        # routers', filters', protocols' and authenticators' code, the module's name (its folder)
        word = _MAXSCALE_WORDS.get(level, "notice : ")
        module = ""
        session = ""
        if path.startswith("server/modules/"):
            parts = path.split("/")
            module = f"[{parts[3] if len(parts) > 4 else parts[2]}] "
            if parts[2] in ("routing", "filter", "protocol", "authenticator"):
                session = "(%{int}) "
        return word + session + module + template
    if program.name == "gh-ost":
        # golib/log: "time LEVEL message"
        word = {"debug": "DEBUG", "info": "INFO", "warn": "WARNING", "error": "ERROR", "fatal": "FATAL"}[level]
        return f"{word} " + template
    if program.name == "zebra":
        # tracing's fmt layer: "time LEVEL target: message fields" (the target the module's path)
        crate, _, rest = path.partition("/src/")
        parts = [p for p in rest.removesuffix(".rs").split("/") if p not in ("mod", "lib", "main")]
        target = "::".join([crate.replace("-", "_"), *parts])
        return f"{level.upper():>5} {target}: " + template
    if program.name == "red-discordbot":
        # logging.py's "[time] [LEVEL] name: message", the file's getLogger("red.x") name
        named = re.search(r"getLogger\(\s*[\"']([\w.]+)[\"']", src)
        word = {"warn": "WARNING"}.get(level, level.upper())
        return f"[{word}] {named.group(1) if named else 'red'}: " + template
    if program.name == "barman":
        # config.py's "%(asctime)s [%(process)s] %(name)s %(levelname)s: %(message)s", the
        # module's logger (output.x logs as its caller's module); the cloud clients' without pid
        module = path.removesuffix(".py").replace("/", ".")
        word = {"warn": "WARNING", "fatal": "CRITICAL"}.get(level, level.upper())
        pid = "" if path.startswith("barman/clients/") else "[%{int}] "
        return f"{pid}{module} {word}: " + template
    if program.name == "xxl-job":
        # logback.xml: "time [%thread] %-5level %logger{36} - %msg"
        word = {"warn": "WARN"}.get(level, level.upper())
        return f"[%{{name}}] {word:<5} {_abbreviated(_java_class(src, path), 36)} - " + template
    if program.name == "tshock":
        # TextLog.Write: "time - Caller: LEVEL: message", the caller the calling method's type
        return f"{base.removesuffix('.cs').split('.')[0]}: {_TSHOCK_WORDS.get(level, 'INFO')}: " + template
    if program.name == "robusttoolbox":
        # ConsoleLogHandler: "[LEVL] sawmill: message", the sawmill the file's GetSawmill("x")
        # (a static XS("sawmill", ...) call its first argument)
        named = re.match(r"\s*\"([^\"]*)\"", src[m.end():]) if call.endswith("S(") else None
        named = named or re.search(r"GetSawmill\(\s*\"([\w.]+)\"", src)
        sawmill = named.group(1) if named else "root"
        system = re.search(r"\bclass\s+(\w+?)System\b[^{]*:\s*(?:\w+\.)*\w*EntitySystem\b", src)
        if call.startswith("Log.") and system:
            # an entity system's own sawmill (EntitySystem.SawmillName): "system." and its name
            # without "System", snake_cased (an all-capitals name lower-cased)
            stem = system.group(1)
            snake = stem.lower() if stem.isupper() else re.sub(r"(?<!^)([A-Z])", r"_\1", stem).lower()
            sawmill = "system." + snake
        return f"[{_ROBUST_WORDS.get(level, 'INFO')}] {sawmill}: " + template
    if program.name == "pocketmine":
        # MainLogger: "[time] [Server thread/LEVEL]: message", a PrefixedLogger's "[prefix] " first
        word = {"warn": "WARNING", "fatal": "CRITICAL"}.get(level, level.upper())
        # the logger the call names assigned a PrefixedLogger in this file ($this->logger or $logger)
        owner = "\\$this->logger" if "$this->logger->" in src[max(0, m.start() - 7):m.end()] else "\\$logger"
        prefixed = re.search(owner + r"\s*=\s*new \\?PrefixedLogger\([^,]+,\s*\"([^\"]*)\"(\s*\.)?", src)
        prefix = ""
        if prefixed:
            prefix = "[" + re.sub(r"\$this->displayName|\$\w+", lambda found: "%{user}" if "user" in found.group()
                                  else "%{name}" if "Name" in found.group() or "name" in found.group()
                                  else "%{int}", prefixed.group(1)) + ("%{name}" if prefixed.group(2) else "") + "] "
        elif "->logger->" in call and base == "NetworkSession.php":
            prefix = "[NetworkSession: %{user}] "
        return f"[Server thread/{word}]: {prefix}" + template
    if program.name == "lodestar":
        # format.ts' human-readable line: "time[module] level: message" (the level padded to 30
        # less the module's length), the context after it (generate.py)
        module = ""
        if path.startswith("packages/beacon-node/src/"):
            folder = path.split("/")[3]
            module = folder if folder in _LODESTAR_MODULES else ""
            module = "rest" if folder == "api" and "/rest/" in path else module
        elif path.startswith("packages/validator/"):
            module = "vc"
        return f"[{module}] {level:>{30 - len(module)}}: " + template
    if program.name == "chainweb":
        # yet-another-logger's text handler: "time [Level] [labels] message"
        word = {"warn": "Warn", "error": "Error", "debug": "Debug"}.get(level, "Info")
        folder = path.split("/")[2].removesuffix(".hs").lower() if path.startswith("src/Chainweb/") else "node"
        return f"[{word}] [component:{folder}] " + template
    if program.name == "yetibot":
        # timbre's default output: "time hostname LEVEL [ns:line] - message"
        namespace = path.removeprefix("src/").removesuffix(".clj").replace("/", ".").replace("_", "-")
        return f"%{{host}} {level.upper()} [{namespace}:{line}] - " + template
    if program.name == "maddy":
        # log.go: a named logger's "name: " before the message; debug lines "[debug] " first
        name = _ROUND_24_TABLES.get(path.rsplit("/", 1)[0]) if "/" in path else None
        return ("[debug] " if level == "debug" else "") + (f"{name}: " if name else "") + template
    if program.name == "concourse":
        # lager's message: the component's logger ("atc", "worker", "tsa"), the session the
        # call's function opened (logger.Session("name")), then the action
        component = {"atc": "atc", "worker": "worker", "tsa": "tsa"}.get(path.split("/", 1)[0], "web")
        function = src.rfind("\nfunc ", 0, m.start())
        sessions = re.findall(r"\.Session\(\s*\"([\w-]+)\"", src[max(function, 0):m.start()])
        return ".".join([component, *sessions[-1:], template])
    if program.name == "webdriveragent":
        return "WebDriverAgentRunner-Runner[%{int}:%{int}] " + template  # NSLog's process[pid:tid]
    if program.name == "bucardo":
        # glog: "(pid) [localtime] PREFIX message" (log_showpid 1, log_showtime 3), the prefix the
        # process the sub runs in (MCP, CTL, KID, VAC)
        number = int(line)
        prefix = ("VAC" if number >= 7600 else "KID" if 2419 <= number < 6035 else
                  "CTL" if 1709 <= number < 2419 else "MCP")
        return f"(%{{int}}) {prefix} " + template
    return template


def _c_function(src: str, at: int) -> str | None:
    """The C function whose body holds ``src[at]``: the name before the last "(...)\n{"."""
    heads = list(re.finditer(r"^(?:[\w*]+[ \t]+)*\**(\w+)\s*\([^;{}]*\)\s*\{", src[:at], re.M))
    return heads[-1].group(1) if heads else None


# ---------------------------------------------------------------- rules 25 (round 25's programs)

# crosstool-NG's CT_DoLog levels (scripts/functions: "[%-5s]" the level's name)
_CTNG_LEVELS = {"ERROR": "error", "WARN": "warn", "INFO": "info", "EXTRA": "info", "CFG": "debug",
                "FILE": "debug", "STATE": "debug", "ALL": "debug", "DEBUG": "debug"}
# MySQLTuner's print subs: (level, the prefix it prints without colours)
_MYSQLTUNER_MARKS = {"goodprint": ("info", "[OK]"), "infoprint": ("info", "[--]"), "badprint": ("warn", "[!!]"),
                     "debugprint": ("debug", "[DG]")}
# package:logging's level names (webdev's formatLog prints "[NAME]")
_DART_LEVELS = {"shout": ("critical", "SHOUT"), "severe": ("error", "SEVERE"), "warning": ("warn", "WARNING"),
                "info": ("info", "INFO"), "config": ("info", "CONFIG"), "fine": ("debug", "FINE"),
                "finer": ("debug", "FINER"), "finest": ("debug", "FINEST")}
# the unified log's message types as `log stream` prints them
_OSLOG_TYPES = {"debug": "Debug", "info": "Info", "error": "Error", "critical": "Fault"}


def _round_25_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 25's calls said otherwise than by the called name."""
    call = m.group()
    if program.name == "asgard" and call.startswith("task."):
        return "info"  # Task.log: its logger.info
    if program.name == "nitter":
        return "info"  # echo: stdout
    if program.name == "http-jl" and call.startswith("@debugv"):
        return "debug"
    if program.name == "flow":
        if re.search(r"logger\w*\.(?:err|err_msg|print_err)\($", call):
            return "error"
        if re.search(r"logger\w*\.print\($", call):
            return "info"
        if call.startswith("log.") and re.search(r'^\s*const\s+log\s*=\s*@import\("log"\)', src, re.M):
            return "error" if call.startswith("log.err") else "info"  # flow's own log module
        return level
    if program.name == "webdev":
        return _DART_LEVELS.get(re.search(r"\.(\w+)\($", call).group(1), (level, ""))[0]
    if program.name == "cardano-db-sync":
        word = re.match(r"log(\w+?)\s", call).group(1)
        return {"Info": "info", "Warning": "warn", "Error": "error", "Debug": "debug", "Notice": "notice"}[word]
    if program.name == "lulu":
        word = re.match(r"os_log(?:_(\w+))?\(", call).group(1)
        return {"debug": "debug", "info": "info", "error": "error", "fault": "critical"}.get(word, "notice")
    if program.name == "monitorcontrol":
        read = read_args(src, m.end(), "swift")
        kind = next((re.match(r"\s*type:\s*\.(\w+)", a) for a in (read[0] if read else [])
                     if re.match(r"\s*type:", a)), None)
        return {"debug": "debug", "info": "info", "error": "error", "fault": "critical"}.get(
            kind.group(1) if kind else "", "notice")  # OSLogType.default
    if program.name == "sile":
        word = re.match(r"SU\.(\w+)", call).group(1)
        return {"warn": "warn", "error": "error", "msg": "info", "debug": "debug"}[word]
    if program.name == "crosstool-ng":
        word = re.match(r"CT_DoLog[ \t]+([A-Z]+)", call)
        return _CTNG_LEVELS.get(word.group(1), "info") if word else "error"  # CT_Abort: an ERROR
    if program.name == "mysqltuner":
        return _MYSQLTUNER_MARKS[re.match(r"\w+", call).group()][0]
    if program.name == "leofs":
        return {"error": "error", "warn": "warn", "info": "info", "debug": "debug"}[re.match(r"\?(\w+)", call).group(1)]
    if program.name == "bluez":
        if call.startswith(("DBG(", "l_debug(")) or "debug(" in call:
            return "debug"
        return "error" if "error(" in call else "warn" if "warn(" in call else "info"
    if program.name == "mautrix-whatsapp" and not call.endswith("()") and src.startswith(".Err(", m.end()):
        return "error"  # zerolog's Err(err): the error level
    if program.name == "signalk-server":
        word = re.search(r"console\.(\w+)\($", call)
        return {"log": "info", "info": "info", "warn": "warn", "error": "error"}[word.group(1)] if word else "debug"
    return level


def _nim_words(line: str) -> list[str]:
    """A Nim command call's arguments (``echo a, "b", c``), its continuation lines joined: the
    text up to the statement's end split at its top-level commas."""
    args: list[str] = []
    depth, k, start = 0, 0, 0
    while k < len(line):
        ch = line[k]
        if ch == '"':
            end = k + 1
            while end < len(line) and line[end] != '"':
                end += 2 if line[end] == "\\" else 1
            k = end + 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(line[start:k])
            start = k + 1
        elif ch in "#;" and depth == 0:
            break  # a comment, or the next statement on the line
        k += 1
    args.append(line[start:k])
    return [a.strip() for a in args if a.strip()]


def _nim_statement(src: str, at: int) -> str:
    """The rest of a Nim statement from ``at``: its line, and the next ones while a line ends
    with a comma or an operator (or a bracket is open)."""
    out = []
    k = at
    while k < len(src):
        end = src.find("\n", k)
        end = len(src) if end < 0 else end
        line = src[k:end]
        out.append(line)
        text = "".join(out)
        opened = sum(text.count(c) for c in "([{") - sum(text.count(c) for c in ")]}")
        if not (line.rstrip().endswith((",", "&", "%", "(", "[")) or opened > 0):
            break
        k = end + 1
    return " ".join(part.strip() for part in out)


def _nitter_text(arg: str) -> str | None:
    """One printed argument of Nitter's echo: a literal, a ``"$1 $2" % [a, b]`` format (``$#``
    the next), or any value."""
    formatted = re.fullmatch(r'(".*?")\s*%\s*\[(.*)\]', arg, re.S)
    if formatted:
        text = _literal_text(formatted.group(1), "c")
        values = _nim_words(formatted.group(2))
        if text is None:
            return None
        counter = [0]

        def hole(found: re.Match) -> str:
            index = counter[0] if found.group(1) == "#" else int(found.group(1)) - 1
            counter[0] += 1
            value = values[index] if 0 <= index < len(values) else ""
            return _slot(kind_of_expression(value.strip("$() "), "", "nim"), "")
        return re.sub(r"\$(#|\d+)", hole, text.replace("%", "%%"))
    text = _literal_text(arg, "c")
    if text is not None:
        return text.replace("%", "%%")
    return _slot(kind_of_expression(arg.strip("$() "), "", "nim"), "")


def _objc_method(src: str, at: int) -> str | None:
    """__PRETTY_FUNCTION__ in an Objective-C method: "-[Class selector:parts:]"."""
    owner = None
    for found in re.finditer(r"^@implementation\s+(\w+)", src[:at], re.M):
        owner = found.group(1)
    method = None
    for found in re.finditer(r"^([-+])\s*\([^)]*\)\s*([^{;]*?)\s*\{", src[:at], re.M):
        method = found
    if owner is None or method is None:
        return None
    signature = method.group(2)
    parts = re.findall(r"(\w+)\s*:", signature)
    selector = "".join(part + ":" for part in parts) if parts else signature.split()[0]
    return f"{method.group(1)}[{owner} {selector}]"


def _os_log_private(fmt: str, args: list[str], src: str, at: int) -> tuple[str, list[str]]:
    """os_log's privacy: a value marked %{public} prints, one marked %{private} (and, unmarked,
    any string or object: %s, %@) prints "<private>"; scalars print unmarked. An Objective-C
    method's __PRETTY_FUNCTION__ is its name, printed as it is."""
    values = list(args)
    kept: list[str] = []
    out: list[str] = []
    last = 0
    for found in re.finditer(r"%(\{[\w, ]*\})?([-#0-9.]*(?:ll|l|h|hh|z|q)?[a-zA-Z@%])", fmt):
        out.append(fmt[last:found.start()])
        last = found.end()
        marks, conv = found.group(1) or "", found.group(2)
        if conv == "%":
            out.append("%%")
            continue
        value = values.pop(0) if values else ""
        if value.strip() in ("__PRETTY_FUNCTION__", "__FUNCTION__", "__func__"):
            name = _objc_method(src, at)
            if name is not None:
                out.append(name.replace("%", "%%"))
                continue
        private = "private" in marks or ("public" not in marks and conv[-1] in "s@")
        if private:
            out.append("<private>")
            continue
        out.append("%" + conv)
        kept.append(value)
    out.append(fmt[last:])
    return "".join(out), kept + values


def _sile_text(arg: str, lang: str, rules: int) -> str | None:
    """A Lua argument's text: ("format"):format(args) as string.format, else its ".."
    operands one after another."""
    formatted = re.fullmatch(r"\s*\(\s*(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')\s*\)\s*:\s*format\s*\((.*)\)\s*", arg, re.S)
    if formatted:
        parts = pieces(formatted.group(1), lang, rules)
        values = read_args(formatted.group(2) + ")", 0, lang)
        if parts is not None and values is not None:
            return build(parts, [v for v in values[0] if v.strip()], "printf", lang, rules=rules)
    return _concatenated(_top_level_operands(arg, "..", "c") or [arg], lang, rules)


def _round_25_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 25's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "asgard" and call.startswith("task."):
        # Task.log(text): one GString, or several added
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        return (_concatenated(_top_level_operands(args[0], "+", lang), lang, program.rules)
                if len(args) == 1 else None), []
    if program.name == "nitter":
        # echo a, b, ... (Nim's command syntax: the arguments written one after another) and
        # auth.nim's log template: echo "[sessions] ", its arguments joined
        above = src[:m.start()].rstrip().rsplit("\n", 1)[-1]
        if re.match(r"\s*template\s+log\b", above):
            return None, []  # the log template's own body: its calls are the sites
        statement = _nim_statement(src, m.end() - (1 if call.endswith("(") else 0))
        if call.rstrip().endswith("("):
            statement = statement[1:statement.rfind(")")] if ")" in statement else statement[1:]
        words = _nim_words(statement)
        texts = [_nitter_text(word) for word in words]
        if not texts or None in texts:
            return None, []
        return ("[sessions] " if call.startswith("log") else "") + "".join(texts), []
    if program.name == "dcd" and not call.endswith("f("):
        # std.logger's info(a, b, ...) writes its arguments one after another
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        if not args:
            return None, []
        return _concatenated(args, lang, program.rules), []
    if program.name in ("lulu", "monitorcontrol"):
        # os_log's privacy specifiers (%{public}@) say who may read a value, not how it prints;
        # Swift's os_log(text, type: .x, values...): the type is the level, not a value
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        args = [a for a in args if not re.match(r"\s*(?:type|log|dso):", a)]
        if not args:
            return None, []
        first = re.sub(r'^(\s*)@"', r'\1"', args[0])
        first, values = _os_log_private(first, args[1:], src, m.start())
        template, _, fields = _message([first, *values], dataclasses.replace(program, fmt="printf"))
        return template, fields
    if program.name == "sile":
        # SU.debug(category, ...): its arguments (a function's result, any value's tostring)
        # joined by spaces; SU.warn/SU.error(message, isbug): the message alone (isbug a flag)
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        if not call.startswith("SU.debug"):
            args = args[:1]
        if not args or any(re.match(r"\s*function\b", a) for a in args):
            return None, []
        texts = [_sile_text(a, lang, program.rules) for a in args]
        return (None if None in texts else " ".join(texts)), []
    if program.name == "leofs":
        # ?x("fun/arity", [{key, value}, ...]) prints the list (~p); ?x("fun/arity", format, args)
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        if len(args) < 2:
            return None, []
        if args[1].strip().startswith("["):
            body = args[1].strip()
            entries = read_args(body, 1, lang, closer="]")
            out = []
            for entry in entries[0] if entries else []:
                pair = re.fullmatch(r"\s*\{\s*(\w+)\s*,\s*(.*?)\s*\}\s*", entry, re.S)
                if not pair:
                    out.append(_slot("any", ""))
                    continue
                key, value = pair.groups()
                # ((slips25) the "~p" of the list prints each value as a term: style "d")
                style = "d" if program.name in _SLIPS25 else ""
                shown = value if re.fullmatch(r"[a-z]\w*|\d+", value) else _slot(kind_of_field(key, value, "erlang"), style)
                out.append("{" + key + "," + shown + "}")
            return "[" + ",".join(out) + "]", []
        template, _, fields = _message(args[1:], program)
        return template, fields
    if program.name == "signalk-server":
        # debug(format, ...) and console.x(format, ...) format as util.format does: %s %d %i %f
        # %j %o %O take the next argument; the arguments left are printed after, spaced
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        if not args:
            return None, []
        parts = pieces(args[0], lang, program.rules)
        if parts is None:
            return _concatenated([args[0]], lang, program.rules) if len(args) == 1 else None, []
        # %o %O %j print an object (inspected, JSON): a string's conversion here
        parts = [re.sub(r"%[oOj]", "%s", part) if isinstance(part, str) else part for part in parts]
        used = sum(len(re.findall(r"%[sdif]", part)) for part in parts if isinstance(part, str))
        template = build(parts, args[1:1 + used], "printf", lang, rules=program.rules)
        if template is None:
            return None, []
        for extra in args[1 + used:]:
            text = _literal_text(extra, lang)
            template += " " + (text.replace("%", "%%") if text is not None else
                               _slot(kind_of_expression(extra.strip(), "", lang), ""))
        return template, []
    if program.name == "webdev":
        # formatLog: the record's error written right after the message (buffer.writeln(error))
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        if len(args) < 2:
            return None
        template, _, fields = _message(args[:1], program)
        return (template + "%{err}" if template is not None else None), fields
    if program.name == "flow":
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        own = re.search(r'^\s*const\s+log\s*=\s*@import\("log"\)', src, re.M) is not None
        if call.startswith("log.") and own:
            args = args[1:]  # log.print(tag, ...), log.err(tag, context, e): the tag is the head
            call = "logger." + call[4:]
        elif call.startswith(("log.", "std.log.")):
            return None
        name = re.search(r"\.(\w+)\($", call).group(1)
        context = ""
        if name in ("err", "err_msg", "print_err"):
            # "error in context: " before the error's name, the message, the format's text
            text = _literal_text(args[0], lang) if args else None
            context = f"error in {text.replace('%', '%%') if text is not None else '%{name}'}: "
            args = args[1:]
        if name == "err":
            return (context + "%{err}" if args else None), []
        if name == "err_msg":
            text = _concatenated(args[:1], lang, program.rules) if args else None
            return (context + text if text is not None else None), []
        if not args:
            return None, []
        template, _, fields = _message(args, dataclasses.replace(program, fmt="brace"))
        return (context + template if template is not None else None), fields
    return None


def _flow_head(src: str, m: re.Match, stem: str) -> str:
    """The tag of the flow logger a call uses: the field or local its call names, assigned
    log.logger("tag") in the file; log.x(tag, ...)'s own first argument."""
    call = m.group()
    if call.startswith("log."):
        read = read_args(src, m.end(), "zig")
        tag = _literal_text(read[0][0], "zig") if read and read[0] else None
        return tag if tag is not None else "%{name}"
    name = re.search(r"(logger\w*)\.\w+\($", call).group(1)
    named = re.search(r"\.?\b" + name + r"\s*=\s*log\.logger\(\s*\"([^\"]+)\"\s*\)", src)
    if named:
        return named.group(1)
    if re.search(r"\blog\.logger\(\s*@typeName\(\s*(?:Self|@This\(\))\s*\)\s*\)", src):
        return stem
    const = re.search(r"\blog\.logger\(\s*(\w+)\s*\)", src)
    if const:
        value = re.search(r"\b" + const.group(1) + r"\s*=\s*\"([^\"]+)\"", src)
        if value:
            return value.group(1)
        if re.search(r"\b" + const.group(1) + r"\s*=\s*@typeName\(\s*(?:Self|@This\(\))\s*\)", src):
            return stem  # a file's own struct: its type's name is the file's
    return "%{name}"


def _round_25_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 25's loggers print before the message, read from each one's logging code
    and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    if program.name == "asgard":
        # Config.groovy's log4j pattern "[%d] [%t] %c{4}    %m": a Grails artefact's logger
        # grails.app.<kind>.<package>.<Class>, a class's its own name; Task.log's line
        package = re.search(r"^package\s+([\w.]+)", src, re.M)
        name = (package.group(1) + "." if package else "") + base.removesuffix(".groovy")
        if call.startswith("task."):
            return ("[%{name}] com.netflix.asgard.Task    %{time} %{id}: {Ticket: %{id}} {User: %{user}} "
                    "{Client: %{host} %{ip}} {Region: %{name}} [%{phrase}] " + template)
        return f"[%{{name}}] {'.'.join(name.split('.')[-4:])}    " + template
    if program.name == "shards":
        # logger.cr's formatter (no terminal): the severity's first letter, ": "
        return {"trace": "T", "debug": "D", "info": "I", "notice": "N", "warn": "W", "error": "E",
                "fatal": "F"}.get(level, "I") + ": " + template
    if program.name == "dcd":
        # std.logger's FileLogger: "time [level] file:line:function message"
        word = {"warn": "warning"}.get(level, level)
        return f"[{word}] {base}:{line}:{_d_function(src, m.start()) or '%{name}'} " + template
    if program.name == "flow":
        # log.zig: "flow tag: message" on stdout, "flow tag: error in context: message" on
        # stderr; std.log's (logFn std_log_function): the scope as the tag, "[warning] " and
        # "[debug] " before theirs, an error's context "std.log"
        if call.startswith("std.log.") or (call.startswith("log.") and not re.search(
                r'^\s*const\s+log\s*=\s*@import\("log"\)', src, re.M)):
            scope = re.search(r"\bconst\s+log\s*=\s*std\.log\.scoped\(\s*\.(\w+)\s*\)", src)
            tag = scope.group(1) if scope and call.startswith("log.") else "default"
            if level == "error":
                return f"flow {tag}: error in std.log: " + template
            word = {"warn": "[warning] ", "debug": "[debug] "}.get(level, "")
            return f"flow {tag}: {word}" + template
        return f"flow {_flow_head(src, m, base.removesuffix('.zig'))}: " + template
    if program.name == "webdev":
        # webdev's formatLog (verbose: the logger's name too): "[LEVEL] Name: message"
        word = _DART_LEVELS.get(re.search(r"\.(\w+)\($", call).group(1), (level, "INFO"))[1]
        names = [(found.start(), found.group(1)) for found in re.finditer(r"\bLogger\(\s*'([^']+)'\s*\)", src)]
        above = [name for at_, name in names if at_ < m.start()]
        name = above[-1] if above else names[0][1] if names else None
        return f"[{word}]" + (f" {name}:" if name else "") + " " + template
    if program.name == "cardano-db-sync":
        # iohk-monitoring's text scribe: "[db-sync-node:Severity:thread] [time] message"
        word = {"info": "Info", "warn": "Warning", "error": "Error", "debug": "Debug", "notice": "Notice"}[level]
        return f"[db-sync-node:{word}:%{{int}}] " + template
    if program.name == "lulu":
        # `log stream`: thread, type, activity, pid, ttl, then "process: [subsystem:category]"
        extension = path.startswith("LuLu/Extension/")
        process = "com.objective-see.lulu.extension" if extension else "LuLu"
        category = "extension" if extension else "application"
        kind = _OSLOG_TYPES.get(level, "Default")
        return (f"0x%{{hex}}     {kind:<11} 0x0                  %{{int}}    0    {process}: "
                f"[com.objective-see.lulu:{category}] " + template)
    if program.name == "monitorcontrol":
        kind = _OSLOG_TYPES.get(level, "Default")
        return f"0x%{{hex}}     {kind:<11} 0x0                  %{{int}}    0    MonitorControl: " + template
    if program.name == "cljdoc":
        # cljdoc.server.log.init's pattern "%p [%d] %t - %c %m": the level, the thread, the
        # namespace (tools.logging's logger)
        ns = re.search(r"^\(ns\s+(?:\^\{[^}]*\}\s*)?([\w.\-]+)", src, re.M)
        word = {"warn": "WARN"}.get(level, level.upper())
        return f"{word} %{{name}} - {ns.group(1) if ns else '%{name}'} " + template
    if program.name == "qubes-mirage-firewall":
        # mirage-logs' reporter: "time: LVL [source] message", the file's Logs.Src.create "x"
        named = re.search(r'Logs\.Src\.create\s+"([^"]+)"', src)
        word = {"warn": "WRN", "error": "ERR", "debug": "DBG", "info": "INF"}.get(level, "APP")
        return f"{word} [{named.group(1) if named else 'application'}] " + template
    if program.name == "sile":
        # SU.msg (warn, error): "! message" (the location on the next line); SU.debug:
        # "[category] message"
        if call.startswith("SU.debug"):
            category = re.search(r'"([^"]*)"', call).group(1)
            return f"[{category}] " + template
        return "! " + template
    if program.name == "crosstool-ng":
        # CT_DoLog: "[LEVEL]" padded to five, the step's indent (two spaces a step), a space
        word = re.match(r"CT_DoLog[ \t]+([A-Z]+)", call)
        name = word.group(1) if word else "ERROR"
        return f"[{name:<5}]   " + template
    if program.name == "mysqltuner":
        return _MYSQLTUNER_MARKS[re.match(r"\w+", call).group()][1] + " " + template
    if program.name == "kotlin-language-server":
        # Logger's LogMessage.formatted: "[LEVEL] " then the thread's name padded to 10
        return f"[{level.upper()}] %{{name}} " + template
    if program.name == "celeborn":
        # log4j2.xml.template: "%d %p [%t] %c{1}: %m", the class the Logging trait names
        owner = None
        for found in re.finditer(r"^\s*(?:private\s+|abstract\s+|final\s+|case\s+)*(?:class|object|trait)\s+(\w+)",
                                 src[:m.start()], re.M):
            owner = found.group(1)
        word = {"warn": "WARN"}.get(level, level.upper())
        return f"{word} [%{{name}}] {owner or base.removesuffix('.scala')}: " + template
    if program.name == "bors-ng":
        # config.exs (prod): "$time $metadata[$level] $message", metadata pid
        return f"pid=<0.%{{int}}.0> [{ {'warn': 'warning'}.get(level, level) }] " + template
    if program.name == "leofs":
        # leo_logger's line: "[L]\tnode\ttime\tunixtime\tmodule:function\tline\tmessage"
        module = base.removesuffix(".erl")
        read = read_args(src, m.end(), "erlang")
        function = _literal_text(read[0][0], "erlang") if read and read[0] else None
        letter = {"error": "E", "warn": "W", "info": "I", "debug": "D"}[level]
        return f"[{letter}]\t%{{name}}@%{{ip}}\t%{{int}}\t{module}:{function or '%{name}'}\t{line}\t" + template
    if program.name == "bluez":
        # syslog "daemon[pid]: ", DBG's (and ELL's l_debug) "file:function() " before the message
        daemon = "bluetooth-meshd" if path.startswith("mesh/") else "obexd" if path.startswith("obexd/") \
            else "bluetoothd"
        where = ""
        if call.startswith(("DBG(", "l_debug(")):
            where = f"{path}:{_c_function(src, m.start()) or '%{name}'}() "
        return f"{daemon}[%{{int}}]: " + where + template
    if program.name == "mautrix-whatsapp":
        # zerolog's ConsoleWriter (mautrix' default "pretty-colored" stdout, no terminal)
        return {"trace": "TRC", "debug": "DBG", "warn": "WRN", "error": "ERR", "fatal": "FTL"}.get(level, "INF") + " " \
            + template
    if program.name == "signalk-server":
        # debug (no terminal): "time namespace message", the file's createDebug('ns')
        if call.startswith("console."):
            return template
        named = re.search(r"(?:\b[cC]reateDebug|\bDebug|require\(\s*'debug'\s*\))\(\s*['\"]([^'\"]+)['\"]\s*\)", src)
        return f"{named.group(1) if named else 'signalk-server'} " + template
    if program.name == "calibre-web":
        # logger.py's FORMATTER: "[time] %(levelname)5s {%(filename)s:%(lineno)d} %(message)s"
        word = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, level.upper())
        return f"{word:>5} {{{base}:{line}}} " + template
    return template


# (rules 26) what round 26's heads read from a program's other files: filled per program
_ROUND_26_TABLE: dict[str, str] = {}


def _round_26_table(program: Program, gitdir: pathlib.Path, files: dict[str, str]) -> dict[str, str]:
    """Facts of a program's other files its heads print: the OpenTelemetry Collector's Go
    modules ("mod:" + a folder with its own go.mod), Vendure's logger contexts ("ctx:" + a
    package + ":" + an exported constant's name -> its text), KEDA's logger names ("name:" +
    a package's folder -> the first WithName("x") of its files)."""
    table: dict[str, str] = {}
    if program.name == "otelcol":
        listing = subprocess.run(["git", "-C", str(gitdir), "ls-tree", "-r", "--name-only", program.commit],
                                 capture_output=True, text=True, check=True).stdout.split("\n")
        table.update(("mod:" + path.rsplit("/", 1)[0], "1") for path in listing if path.endswith("/go.mod"))
        if program.name in _SLIPS26:
            # (slips26) versions.yaml: each module set's one version, its modules' (a release
            # builds every module at its set's version: one per module, not one per line)
            sets = subprocess.run(["git", "-C", str(gitdir), "show", f"{program.commit}:versions.yaml"],
                                  capture_output=True, text=True, check=True).stdout
            table.update(_slips26_versions(sets))
    for path, src in sorted(files.items()):
        folder = path.rsplit("/", 1)[0] if "/" in path else ""
        if program.name == "vendure":
            package = "/".join(path.split("/")[:2])
            for found in re.finditer(r"\bexport\s+const\s+(\w+)\s*=\s*['\"]([^'\"]+)['\"]", src):
                table.setdefault(f"ctx:{package}:{found.group(1)}", found.group(2))
        if program.name == "keda":
            named = re.search(r"\bWithName\(\s*\"([^\"]+)\"\s*\)", src)
            if named:
                table.setdefault("name:" + folder, named.group(1))
    return table


def _slips26_versions(sets: str) -> dict[str, str]:
    """(slips26) the Collector's versions.yaml read: "ver:" + a module's folder -> its module
    set's version (the excluded modules none: built from the repository, no version)."""
    table: dict[str, str] = {}
    version = ""
    for row in sets.split("\n"):
        named = re.match(r"\s+version:\s*(v[\w.-]+)", row)
        module = re.match(r"\s+-\s*go\.opentelemetry\.io/collector(/[\w./-]+)?\s*$", row)
        if not row.startswith(" "):
            version = ""  # (a new section: module-sets' own rows, or excluded-modules)
        if named:
            version = named.group(1)
        elif module and version:
            table["ver:" + (module.group(1) or "").strip("/")] = version
    return table


def _round_26_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 26's calls said otherwise than by the called name."""
    call = m.group()
    if program.name == "keda":
        # logr: V(1).Info is zap's debug, Error(err, ...) an error
        return "debug" if ".V(" in call else "error" if call.endswith("Error(") else "info"
    if program.name == "vendure" and ".verbose(" in call:
        return "debug"  # DefaultLogger's verbose: between info and debug
    if program.name == "crossbar" and ".failure(" in call:
        return "error"  # txaio's failure: an error with its traceback
    if program.name == "lnbits" and ".success(" in call:
        return "info"  # loguru's SUCCESS (25): between info and warning
    if program.name == "appwrite" and re.search(r"::(?:success|log)\($", call):
        return "info"
    if program.name == "drogon" and "SYSERR" in call:
        return "error"
    return level


def _round_26_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 26's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "keda" and call.endswith("Error("):
        # logr's Error(err, msg, pairs...): zapr writes the error last, under "error"
        read = read_args(src, m.end(), lang)
        args = [a for a in read[0] if a.strip()] if read else []
        if len(args) < 2:
            return None, []
        template, _, fields = _message(args[1:], program)
        return template, [*fields, ["error", "err"]]
    if program.name == "good_job" and not re.search(r"logger\.\w+\(?$", call):
        # LogSubscriber's info(tags: [...]) do "text" end: the block's one string
        body = re.match(r"\s*(\"(?:[^\"\\]|\\.)*\")\s*\n\s*end\b", src[m.end():])
        if body is None:
            return None, []
        template, _, fields = _message([body.group(1)], program)
        return template, fields
    if program.name == "falcon":
        # the console gem's Console.x(subject, *arguments, **options) { block's message }
        read = read_args(src, m.end(), lang)
        if read is None:
            return None, []
        args = [a for a in read[0] if a.strip()][1:]
        options = [a for a in args if re.match(r"\s*\w+:\s", a)]
        texts = [a for a in args if a not in options]
        block = re.match(r"[ \t]*\{\s*(\"(?:[^\"\\]|\\.)*\")\s*\}", src[read[1]:])
        message = block.group(1) if block else \
            texts[0] if texts and texts[0].strip().startswith('"') else None
        if message is None:
            return None, []
        template, _, _ = _message([message], program)
        fields = [[key.group(1), kind_of_field(key.group(1), key.group(2), lang)] for key in
                  (re.match(r"\s*(\w+):\s*(.*)", a, re.S) for a in options)]
        return template, fields
    return None


def _round_26_category(src: str, at: int, path: str) -> str:
    """A C# class's full name, as ILogger<T> names its category: the file's namespace and the
    class declared last before the call (the file's name without one)."""
    namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
    declared = re.findall(r"\b(?:class|record|struct)\s+(\w+)", src[:at])
    name = declared[-1] if declared else path.rsplit("/", 1)[-1].removesuffix(".cs")
    return f"{namespace.group(1)}.{name}" if namespace else name


def _round_26_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 26's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    folder = path.rsplit("/", 1)[0] if "/" in path else ""
    call = m.group()
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE"}.get(level, "INFO")
    if program.name == "otelcol":
        # the collector's zap console encoding: "time\tlevel\tcaller\tmessage", the caller zap's
        # short one: the package's folder (a module's own with "@version") and the file
        last = folder.rsplit("/", 1)[-1] if folder else "collector"
        if f"mod:{folder}" in _ROUND_26_TABLE or not folder:
            last += "@" + _ROUND_26_TABLE.get("ver:" + folder, "v%{version}")  # ((slips26) its set's)
        return f"{level}\t{last}/{base}:{line}\t" + template
    if program.name == "keda":
        # controller-runtime's zap with --zap-encoder=console (KEDA's chart): "time\tLEVEL\tname\t"
        named = re.search(r"\b(?:WithName|InitializeLogger\(\s*\w+\s*,)\(?\s*\"([^\"]+)\"", src)
        name = named.group(1) if named else _ROUND_26_TABLE.get("name:" + folder)
        return f"{upper}\t" + (f"{name}\t" if name else "") + template
    if program.name == "conductor":
        # log4j2.xml's "%-4r [%t] %-5p %c %x - %m": the run's milliseconds, the thread, the
        # class, an empty NDC
        return f"%{{int}} [%{{name}}] {upper:<5} {_java_class(src, path)}  - " + template
    if program.name in ("apollo", "orca"):
        # Spring Boot's console pattern: "LEVEL pid --- [thread] logger : "; orca's
        # logback-defaults.xml then "[%X{X-SPINNAKER-USER}] "
        name = _abbreviated(_java_class(src, path), 39)
        user = "[%{user}] " if program.name == "orca" else ""
        return f"{upper:>5} %{{int}} --- [%{{name}}] {name:<40} : {user}" + template
    if program.name == "killbill":
        # logback.xml: "lvl='LEVEL', log='Class', th='thread', xff='', rId='', tok='', aRId='',
        # tRId='', message": a request's id in the API's handlers, an account's and tenant's
        # record ids and a user token in the bus' handlers
        name = base.removesuffix(".java")
        if path.startswith("jaxrs/"):
            mdc = "xff='', rId='%{id}', tok='', aRId='', tRId='%{int}'"
        else:
            mdc = "xff='', rId='', tok='%{id}', aRId='%{int}', tRId='%{int}'"
        if program.name in _SLIPS26:
            # (slips26) the request's id (X-Request-Id, else UUID.randomUUID()) and the user
            # token (a UUID) are UUIDs as they print
            mdc = mdc.replace("'%{id}'", "'%{uuid}'")
        return f"lvl='{upper}', log='{name}', th='%{{name}}', {mdc}, " + template
    if program.name == "crossbar":
        # _logging.py's "{time} [{system}] {text}", the system "{:<10} {:>6}" of the process and pid
        process = "Controller"
        if path.startswith(("src/crossbar/router/", "src/crossbar/worker/router", "src/crossbar/webservice/",
                            "src/crossbar/bridge/", "src/crossbar/edge/worker/")):
            process = "Router"
        elif path.startswith("src/crossbar/worker/proxy"):
            process = "Proxy"
        elif path.startswith("src/crossbar/worker/container"):
            process = "Container"
        return f"[{process:<10} %{{int}}] " + template
    if program.name == "lnbits":
        # lnbits/utils/logger.py's minimal format (no debug): "time | LEVEL | message"
        word = "SUCCESS" if ".success(" in call else \
            {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
        return f"{word} | " + template
    if program.name == "dramatiq":
        # cli.py's "[time] [PID n] [thread] [logger] [LEVEL] ", get_logger's module.Class
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        owner = [found.group(1) for found in re.finditer(r"^class\s+(\w+)", src[:m.start()], re.M)]
        name = module + (f".{owner[-1]}" if call.startswith("self.") and owner else "")
        word = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
        return f"[PID %{{int}}] [%{{name}}] [{name}] [{word}] " + template
    if program.name == "vendure":
        # DefaultLogger: "level time - [context] message", the context its second argument
        # (a literal or a package's constant), "Vendure Server" without one
        word = re.search(r"\.(\w+)\($", call).group(1)
        read = read_args(src, m.end(), "js")
        args = [a.strip() for a in read[0] if a.strip()] if read else []
        context = "Vendure Server"
        if len(args) > 1 and args[1] not in ("undefined", "null"):
            text = _literal_text(args[1], "js")
            own = re.search(r"\bconst\s+" + re.escape(args[1]) + r"\s*=\s*['\"]([^'\"]+)['\"]", src)
            package = "/".join(path.split("/")[:2])
            context = text if text is not None else own.group(1) if own else \
                _ROUND_26_TABLE.get(f"ctx:{package}:{args[1]}", "%{name}")
        return f"{word} [{context.replace('%', '%%') if context != '%{name}' else context}] " + template
    if program.name == "cnpmcore":
        # egg-logger's app logger: "time LEVEL pid message"; a request's (ctx.logger) its
        # "[userId/ip/traceId/usems METHOD url] " after the pid
        request = "[-/%{ip}/-/%{int}ms %{method} %{path}] " if call.startswith("ctx.") else ""
        return f"{upper} %{{int}} {request}" + template
    if program.name in ("masstransit", "cap"):
        # Microsoft.Extensions.Logging's console (simple) formatter: "level: category[event]"
        # and the message on the next line, indented; MassTransit's LogContext: "MassTransit"
        word = _MEL_LEVEL_WORDS.get(level, "info")
        category = "MassTransit" if call.startswith("LogContext.") else \
            _round_26_category(src, m.start(), path)
        return f"{word}: {category}[0]\n      " + template
    if program.name == "svix":
        # tracing-subscriber's fmt layer (log_format "default"): "time LEVEL target: message"
        crate, _, rest = path.partition("/src/")
        parts = [p for p in rest.removesuffix(".rs").split("/") if p not in ("mod", "lib", "main")]
        target = "::".join([crate.rsplit("/", 1)[-1].replace("-", "_"), *parts])
        return f"{upper:>5} {target}: " + template
    if program.name == "good_job":
        # LogSubscriber: Rails' tagged logging, "[GoodJob] " and its tags (the process's id,
        # the thread's name); GoodJob.logger's own calls untagged
        if re.search(r"logger\.\w+\(?$", call):
            return template
        tags = re.search(r"tags:\s*\[([^\]]*)\]", call)
        names = [t.strip() for t in tags.group(1).split(",")] if tags else []
        shown = "".join("[%{id}] " if "process" in t else "[%{name}] " for t in names if t)
        return "[GoodJob] " + shown + template
    if program.name == "coolify":
        # Laravel's LineFormatter: "[time] production.LEVEL: message" (context after: generate.py)
        word = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
        return f"production.{word}: " + template
    if program.name == "drogon":
        # trantor's Logger: "time tid LEVEL [function] message - file:line", the function at
        # TRACE and DEBUG
        word = {"trace": "TRACE", "debug": "DEBUG", "warn": "WARN", "error": "ERROR",
                "fatal": "FATAL"}.get(level, "INFO")
        where = ""
        if level in ("trace", "debug"):
            # __func__: the name of the function (a method's, without its class) the call is in
            defined = [found.group(1) for found in _CPP_DEFINITION.finditer(src[:m.start()])
                       if found.group(1).rsplit("::", 1)[-1] not in _NOT_A_DEFINITION]
            where = f"[{defined[-1].rsplit('::', 1)[-1] if defined else '%{name}'}] "
        return f"%{{int}} {word:<6}{where}" + template + f" - {base}:{line}"
    return template


# a C++ function's definition: its (qualified) name, its parameters, then its body's "{"
_CPP_DEFINITION = re.compile(r"^[\w:<>,*&~ \t]*?((?:\w+::)*~?\w+)[ \t]*\([^;{}]*\)[^;{}()]*\{", re.M)


def _round_26_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 26's loggers add to a call's own: a component's, a request's, a target."""
    path = at.rsplit(":", 1)[0]
    if program.name == "otelcol":
        # a component's logger: its kind, signal and id (service/internal/attribute)
        kinds = r"(receiver|processor|exporter|connector|extension)"
        found = re.match(kinds + r"/(\w+?)" + kinds + "/", path)
        if found and found.group(2) != found.group(1):
            own = [["otelcol.component.kind", "=" + found.group(1)]]
            if found.group(1) != "extension":
                own.append(["otelcol.signal", "word"])
            own.append(["otelcol.component.id", "=" + found.group(2)])
            return [*own, *fields]
    if program.name == "keda" and path.startswith("controllers/"):
        # a reconciler's logger (log.FromContext): controller-runtime's controller, group, kind,
        # the object, its namespace and name, the reconcile's id, before the call's pairs
        stem = path.rsplit("/", 1)[-1].removesuffix(".go")
        kind = next((k for w, k in (("clustertriggerauth", "ClusterTriggerAuthentication"),
                                    ("triggerauth", "TriggerAuthentication"), ("scaledjob", "ScaledJob"),
                                    ("clustercloudeventsource", "ClusterCloudEventSource"),
                                    ("cloudeventsource", "CloudEventSource"),
                                    ("scaledobject", "ScaledObject"),
                                    ("hpa", "ScaledObject")) if stem.startswith(w)), None)
        if kind is not None:
            group = "eventing.keda.sh" if "CloudEvent" in kind else "keda.sh"
            return [["controller", "=" + kind.lower()], ["controllerGroup", "=" + group],
                    ["controllerKind", "=" + kind], [kind, "struct"], ["namespace", "name"], ["name", "name"],
                    ["reconcileID", "uuid"], *fields]
    if program.name == "keda" and "InitializeLogger(" in src and path.startswith("pkg/scalers/"):
        # scaler.go's InitializeLogger: WithValues("type", ..., "namespace", ..., "name", ...)
        return [["type", "=ScaledObject"], ["namespace", "name"], ["name", "name"], *fields]
    if program.name == "fastify":
        # pino's base (pid, hostname), a request's child logger's reqId
        request = re.search(r"\b(?:reply|request|req)\.log\.\w+\($", m.group()) is not None
        return [["pid", "int"], ["hostname", "host"], *([["reqId", "id"]] if request else []), *fields]
    if program.name == "apollo-router":
        # the JSON format's target after the fields: the module's path
        crate, _, rest = path.partition("/src/")
        parts = [p for p in rest.removesuffix(".rs").split("/") if p not in ("mod", "lib", "main")]
        return [*fields, ["target", "=" + "::".join([crate.replace("-", "_"), *parts])]]
    if program.name == "falcon":
        # the console gem's serialized record (no terminal): oid, pid, the subject's class
        parts = path.removeprefix("lib/").removesuffix(".rb").split("/")
        module = "::".join(part.capitalize() for part in parts)
        return [["oid", "int"], ["pid", "int"], ["subject", "=" + module], *fields]
    if program.name == "distribution" and m.group().startswith("logrus"):
        return fields  # logrus' standard logger: no context's fields
    background = r"dcontext\.GetLogger\(\s*(?:dcontext|context)\.Background\(\)"
    if program.name == "distribution" and re.match(background, m.group()):
        # a background context: dcontext's own fields only
        return [*fields, ["go.version", "=go1.24.6"], ["instance.id", "uuid"]]
    if program.name == "distribution":
        # the registry's context logger: go.version, instance.id, service, version; a
        # request's http.request.* where a request's context is the one logged with (the
        # handlers, app.go from its dispatcher on, the proxy's and storage's calls, the access
        # controllers, the listeners and the health handler; not the proxy's scheduler)
        own = [["go.version", "=go1.24.6"], ["instance.id", "uuid"], ["service", "=registry"],
               ["version", "=3.0.0"]]
        dispatcher = src.find("\nfunc (app *App) dispatcher(")
        request = path.startswith(("registry/handlers/", "registry/proxy/", "registry/storage/", "registry/auth/",
                                   "notifications/listener.go", "health/health.go"))
        if path == "registry/handlers/app.go":
            request = 0 <= dispatcher < m.start()
        if path.startswith(("registry/proxy/scheduler/", "registry/proxy/proxyauth.go")):
            request = False
        if request:
            # ((slips26) the method the request's, its context's, not the event's: not labelled)
            method = "reqmethod" if program.name in _SLIPS26 else "method"
            own += [["http.request.host", "host"], ["http.request.id", "uuid"],
                    ["http.request.method", method], ["http.request.remoteaddr", "ip"],
                    ["http.request.uri", "path"],
                    ["http.request.useragent", "=docker/27.3.1 go/go1.22.7"]]
        return [*fields, *own]
    if program.name == "alertmanager":
        # app.go's logger.With("component", x) of each package
        component = {"cluster": "cluster", "eventrecorder": "eventrecorder", "nflog": "nflog",
                     "silence": "silences", "api": "api", "tracing": "tracing", "dispatch": "dispatcher",
                     "provider": "provider",
                     "config": "configuration"}.get(path.split("/", 1)[0])
        return [["component", "=" + component], *fields] if component else fields
    return fields


# (rules 27) the levels round 27's programs leave unprinted as shipped: their default level's
# threshold (a logger's or a path's own where its setup names one)
_ROUND_27_ORDER = {"trace": 0, "debug": 1, "verbose": 1, "info": 2, "notice": 2, "warn": 3, "error": 4,
                   "critical": 5, "fatal": 5, "panic": 5}
_ROUND_27_THRESHOLD = {
    "memos": "info", "kamal-proxy": "info", "openfga": "info", "livekit": "info", "hivemq": "info",
    "shenyu": "info", "eventmesh": "debug", "snuba": "info", "locust": "info", "ghostfolio": "info",
    "langfuse": "info", "elsa": "info", "nservicebus": "info", "greptimedb": "info", "restate": "info",
    "maybe": "info", "solid_queue": "info", "sylius": "debug", "monica": "debug", "memgraph": "warn",
    "brpc": "info", "oban": "info"}


def _round_27_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 27 call its program's default setup does not print (below the level its
    logging configuration sets: docs/patterns.md § The call-site corpus, round 27)."""
    threshold = _ROUND_27_THRESHOLD.get(program.name, "trace")
    if program.name == "prefect":
        # logging.yml: prefect.server at PREFECT_SERVER_LOGGING_LEVEL (WARNING), prefect._internal
        # at PREFECT_INTERNAL_LOGGING_LEVEL (ERROR), the others at PREFECT_LOGGING_LEVEL (INFO)
        name = _prefect_logger(src, m, path)
        threshold = "warn" if name.startswith("prefect.server") else \
            "error" if name.startswith("prefect._internal") else "info"
    if program.name == "locust" and "stats_logger" in m.group():
        threshold = "info"
    return _ROUND_27_ORDER.get(level, 2) < _ROUND_27_ORDER[threshold]


def _round_27_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 27's calls said otherwise than by the called name."""
    call = m.group()
    if program.name == "ghostfolio" and ".log(" in call:
        return "info"  # NestJS' Logger.log: its LOG level
    if program.name == "solid_queue" and "formatted_event(" in call:
        return {"warn": "warn", "error": "error", "debug": "debug"}.get(call.split()[0], "info")
    if program.name == "oban" and not call.startswith("Logger."):
        return "info"  # the telemetry logger's default level
    if program.name == "brpc" and "NOTICE" in call:
        return "info"
    if program.name == "snuba" and ".exception(" in call:
        return "error"
    return level


def _round_27_module(path: str) -> str:
    """An Elixir file's module as its path names it (lib/oban/plugins/cron.ex: Oban.Plugins.Cron)."""
    parts = path.removeprefix("lib/").removesuffix(".ex").split("/")
    return ".".join("".join(word.capitalize() for word in part.split("_")) for part in parts)


# (rules 27) Oban's telemetry logger: the job's details merged into a job event's map
_OBAN_JOB_DETAILS = ("attempt", "args", "id", "max_attempts", "meta", "queue", "tags", "worker")
_OBAN_VALUES = {"attempt": "%{small}", "args": '{"id":%{int}}', "id": "%{int}", "max_attempts": "20",
                "meta": "{}", "queue": '"%{word}"', "tags": "[]", "worker": '"%{class}"',
                "duration": "%{int}", "queue_time": "%{int}", "system_time": "%{int}", "state": '"%{state}"',
                "error": '"%{err}"', "plugin": '"%{class}"', "node": '"%{host}"', "elapsed": "%{int}",
                "orphaned": "[%{int}]", "jobs": "[%{int}]", "discarded_jobs": "[%{int}]",
                "rescued_jobs": "[%{int}]", "pruned_count": "%{int}", "leader": "%{bool}",
                "was_leader": "%{bool}"}


# (slips27) the exceptions a job or a plugin most often fails with, as format_banner names
# them: Oban's own (a perform's {:error, reason}, a timeout, a crash) and Elixir's and DBConnection's
_OBAN_BANNERS = ("Oban.PerformError", "Oban.TimeoutError", "Oban.CrashError", "RuntimeError", "ArgumentError",
                 "KeyError", "DBConnection.ConnectionError")

# (slips27) the modules that are Oban plugins (@behaviour Oban.Plugin at the pin; Gossip and
# Repeater deprecated, started as no-ops)
_OBAN_PLUGINS = ("Oban.Cron", "Oban.Lifeline", "Oban.Pruner", "Oban.Reindexer")


def _oban_json(members: dict[str, str]) -> str:
    """Oban's telemetry output as JSON encodes a map: its keys sorted, "source" oban's."""
    members = {**members, "source": '"oban"'}
    return "{" + ",".join(f'"{key}":{members[key]}' for key in sorted(members)) + "}"


def _oban_event(program: Program, src: str, m: re.Match, lang: str) -> tuple[str | None, list[list[str]]]:
    """A telemetry event's line: a dispatch_event map with its event (and a job's details), a
    plugin's format_logger_output keys under plugin:stop, or a peer election's message."""
    call = m.group()
    path = _ABOVE_THE_CALL_PATH[0]
    if call.startswith("def format_logger_output"):
        body = src[m.end():src.find("\n  def ", m.end()) if src.find("\n  def ", m.end()) > 0 else len(src)]
        named = re.findall(r"(\w+):", body.split("\n\n", 1)[0]) + re.findall(r"~w\(([\w ]+)\)a", body)
        keys = [k for words in named for k in words.split()] if "Map.take" not in body else \
            re.findall(r":(\w+)", body.split("\n", 1)[0])
        members = {"event": '"plugin:stop"', "plugin": '"' + _round_27_module(path) + '"',
                   "duration": "%{int}"}
        members.update((k, _OBAN_VALUES.get(k, "%{int}")) for k in keys if k in _OBAN_VALUES)
        return _oban_json(members), []
    if "leader" in call:
        text = re.match(r'"([^"]*)"', src[m.end():])
        leader = "true" if call.startswith("leader") else "false"
        members = {"event": '"peer:election"', "leader": leader, "message": f'"{text.group(1)}"',
                   "node": '"%{host}"', "was_leader": "false" if leader == "true" else "true"}
        return _oban_json(members), []
    read = read_args(src, m.end(), lang, closer="}")
    if read is None:
        return None, []
    members = {}
    for entry in read[0]:
        key, _, value = entry.strip().partition(":")
        value = value.strip()
        if not re.fullmatch(r"\w+", key) or not value:
            continue
        if key == "message":
            texts = [t for t in re.findall(r'"((?:[^"\\]|\\.)*)"', value)]
            members[key] = '"' + "".join(texts) + '"'
        elif value.startswith('"'):
            members[key] = value
        elif value == "status" or value == "mode":
            branch = re.findall(r":(\w+)\s*->", src[:m.start()])
            members[key] = f'"{branch[-1]}"' if branch else '"%{word}"'
        else:
            members[key] = _OBAN_VALUES.get(key, '"%{any}"')
    event = members.get("event", "")
    if event in ('"plugin:stop"', '"peer:election"'):
        return None, []  # read at each plugin's format_logger_output and at the election's branches
    if event.startswith('"job:'):
        members = {**{k: _OBAN_VALUES[k] for k in _OBAN_JOB_DETAILS}, **members}
    if program.name in _SLIPS27 and "error" in members:
        # (slips27) Exception.format_banner(kind, reason): "** (Module) message", in a JSON
        # string (its quotes escaped: style "j"); the only choice of these templates
        members["error"] = '"** (%{choice}) %{err|j}"'
        _CHOICES.append(list(_OBAN_BANNERS))
    if program.name in _SLIPS27 and event == '"plugin:exception"':
        # (slips27) inspect(meta.plugin): one of Oban's plugins (after the error's choice)
        members["plugin"] = '"%{choice}"'
        _CHOICES.append(list(_OBAN_PLUGINS))
    return _oban_json(members), []


def _solid_queue_event(program: Program, src: str, m: re.Match, lang: str
                       ) -> tuple[str | None, list[list[str]]]:
    """SolidQueue's LogSubscriber: "SolidQueue-VERSION action (Nms)  key: value.inspect, ..."."""
    read = read_args(src, m.end(), lang)
    if read is None:
        return None, []
    args = [a.strip() for a in read[0] if a.strip()]
    action = next((a.split(":", 1)[1].strip() for a in args if a.startswith("action:")), None)
    if action is None:
        return None, []
    if action == "action":  # a variable: the method's two texts, the first read
        found = re.findall(r'"([^"]+)"', src[src.rfind("\n  def ", 0, m.start()):m.start()])
        action = f'"{found[-2] if len(found) > 1 else found[-1]}"' if found else None
        if action is None:
            return None, []
    if program.name in _SLIPS27:
        # (slips27) a process's kind, its class's name (Worker, Dispatcher, Scheduler, the
        # Supervisor's with its mode): one of a few texts, written as their conditional
        quoted = [f"'{kind}'" for kind in _SOLID_QUEUE_KINDS]
        kinds = "c ? " + " : c ? ".join(quoted[:-1]) + " : " + quoted[-1]
        action = re.sub(r"#\{(?:process_kind|\w+\.kind)\}", "#{" + kinds + "}", action)
    text, _, _ = _message([action], program)
    if text is None:
        return None, []
    method = src[src.rfind("\n  def ", 0, m.start()):m.start()]
    keys: list[str] = []
    for arg in args:
        if arg.startswith("**"):
            expression = arg[2:]
            slices = re.findall(r"\.slice\(([^)]*)\)", expression)
            if expression.startswith("attributes"):
                assigned = re.search(r"attributes\s*=\s*(\{.*?\n\s*\}|[^\n]*(?:\\\n[^\n]*)*)", method, re.S)
                if assigned:
                    body = assigned.group(1)
                    slices += re.findall(r"\.slice\(([^)]*)\)", body)
                    keys += re.findall(r"\b(\w+):\s", re.sub(r"\.slice\([^)]*\)", "", body))
                    keys += [k for s in re.findall(r"\.merge\s*\\?\s*([^\n]*(?:\n[^\n]*:[^\n]*)*)", body)
                             for k in re.findall(r"\b(\w+):\s", s)]
                keys += [k for merged in re.findall(r"\.merge\(([^)]*)\)", expression)
                         for k in re.findall(r"(\w+):", merged)]
                if "attributes[:at]" in method:
                    keys.append("at")
            keys += [k for s in slices for k in re.findall(r":(\w+)", s)]
            if program.name in _SLIPS27 and expression.startswith("attributes"):
                keys = _slips27_solid_queue_keys(expression, method)
        elif not arg.startswith(("action:", "event")):
            keys += re.findall(r"^(\w+):", arg)
    shown = []
    for key in dict.fromkeys(keys):
        if program.name in _SLIPS27 and key in _SOLID_QUEUE_STATUS:
            shown.append(f"{key}: {_SOLID_QUEUE_STATUS[key]}")
            continue
        if program.name in _SLIPS27 and key == "name":
            # (slips27) a process's name: its kind in lower case and 20 hex digits (generate_name)
            shown.append('name: "%{choice}-%{hex20}"')
            _CHOICES.append([kind.lower() for kind in _SOLID_QUEUE_KINDS])
            continue
        kind = kind_of_field(key, "", "ruby")
        numeric = kind in ("int", "small", "intid", "size", "float", "port") or \
            key in ("pid", "size", "batch_size")
        if key.endswith("_ids") or key in ("supervised_processes",):
            shown.append(f"{key}: [%{{int}}]")
        elif numeric or (key.endswith(("_pid", "_id")) and key != "active_job_id") or key == "process_id":
            shown.append(f"{key}: %{{int}}")
        elif key == "at" or key.endswith("_at"):
            shown.append(f'{key}: "%{{time}}"')  # Time#iso8601, inspected
        elif key in ("released", "signaled", "pruned"):
            shown.append(f"{key}: %{{bool}}")
        else:
            shown.append(f'{key}: "%{{{kind if kind != "any" else "name"}}}"')
    return f"SolidQueue-1.5.0 {text} (%{{float}}ms)  " + ", ".join(shown), []


# (slips27) Solid Queue's processes' kinds (Processes::Base#kind, the class's name; the
# Supervisor's with its mode, fork by default)
_SOLID_QUEUE_KINDS = ("Worker", "Dispatcher", "Scheduler", "Supervisor(fork)")
# (slips27) a replaced fork's Process::Status as Solid Queue prints it (inspected): an exit's
# code, the fork's pid, no signal (a fork that exited; one killed prints no exit status set)
_SOLID_QUEUE_STATUS = {"status": "%{small}", "pid_from_status": "%{int}", "stopsig": "nil", "termsig": "nil"}


def _slips27_solid_queue_keys(expression: str, method: str) -> list[str]:
    """(slips27) the keys of ``**attributes…`` in the order the hash holds them: the
    assignment's (``event.payload.slice(:pid).merge \\`` and the lines its backslash and
    trailing commas carry on, a ``{ key: … }`` literal), then the call's own ``.merge(key: …)``
    (Hash#slice and #merge keep their keys' order; the reading before put the slice last)."""
    assigned = re.search(r"attributes\s*=\s*(\{.*?\n\s*\}[^\n]*|(?:[^\n]*(?:\\|,)[ \t]*\n)*[^\n]*)", method, re.S)
    body = assigned.group(1) if assigned else ""
    keys = [k for found in re.finditer(r"\.slice\(([^)]*)\)|\b(\w+):\s", body)
            for k in (re.findall(r":(\w+)", found.group(1)) if found.group(1) is not None else [found.group(2)])]
    keys += [k for merged in re.findall(r"\.merge\(([^)]*)\)", expression) for k in re.findall(r"(\w+):", merged)]
    if "attributes[:at]" in method:
        keys.append("at")
    return keys


def _prefect_logger(src: str, m: re.Match, path: str) -> str:
    """The name of the logger a Prefect call logs through: its variable's get_logger(name)
    ("prefect." + name, "prefect" without one) or getLogger(name); the module's name else."""
    module = path.removeprefix("src/").removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    variable = re.match(r"(?:self\.)?(\w+)\.", m.group())
    name = variable.group(1) if variable else "logger"
    assigned = list(re.finditer(rf"\b{name}\s*(?::\s*[\w.]+\s*)?=\s*(get_logger|logging\.getLogger|getLogger)"
                                rf"\(([^()]*)\)", src[:m.start()]))
    if re.search(rf"\b{name}\s*(?::\s*[\w.\"]+\s*)?=\s*flow_run_logger\(", src):
        return "prefect.flow_runs"  # a run's logger: the engine's while a flow runs
    if re.search(rf"\b{name}\s*(?::\s*[\w.\"]+\s*)?=\s*task_run_logger\(", src):
        return "prefect.task_runs"
    if not assigned:
        return module
    function, argument = assigned[-1].group(1), assigned[-1].group(2).strip()
    text = _literal_text(argument, "python") if argument else ""
    if argument == "__name__":
        text = module
    if text is None:
        return module
    if function == "get_logger":
        return "prefect" if not text else text if text.startswith("prefect.") or text == "prefect" else \
            f"prefect.{text}"
    return text or "root"


def _winston_message_and_error(program: Program, src: str, m: re.Match, lang: str
                               ) -> tuple[str | None, list]:
    """A winston call's message (its first argument) and, where an error is its second,
    ``%{err}`` after it: a text or printf format prints the message alone and an error's own
    message appended (Langfuse, Flowise)."""
    args = _nonblank_args(src, m.end(), lang)
    if not args:
        return None, []
    template, _, _ = _message(args[:1], program)
    if template is not None and len(args) > 1 and \
            re.fullmatch(r"\(?\s*(?:e|err|error|ex|exception|\w*[eE]rror)(?:\s+as\s+\w+)?\s*\)?",
                         args[1].strip()):
        # ((slips27) Langfuse's: winston's logger appends the error's message, err.message,
        # not its toString with the error's name: style "m")
        template += " %{err|m}" if program.name in _SLIPS27 else " %{err}"
    return template, []


def _round_27_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 27's calls not read the common way; None for the others."""
    call = m.group()
    if program.name == "oban" and not call.startswith("Logger."):
        return _oban_event(program, src, m, lang)
    if program.name == "oban":
        read = _nonblank_args(src, m.end(), lang)
        if read and read[0].lstrip().startswith("["):
            # a report (keyword list): Logger prints it as Kernel.inspect does
            entries = read_args(read[0].strip(), 1, lang, closer="]")
            if entries is None:
                return None, []
            shown = []
            for entry in (e.strip() for e in entries[0] if e.strip()):
                key, _, value = entry.partition(":")
                value = value.strip()
                if key == "message":
                    called = re.findall(r"\bsafe_call\([^,()]+,\s*:(\w+[?!]?)", src)
                    if program.name in _SLIPS27 and "#{fun}" in value and len(called) > 1:
                        # (slips27) safe_call(conf, fun, …)'s fun: one of the atoms its calls
                        # pass (Peer's :get_leader and :leader?), as a conditional of their texts
                        value = value.replace("#{fun}", "#{c ? '" + "' : c ? '".join(called[:-1])
                                              + "' : '" + called[-1] + "'}")
                    text, _, _ = _message([value], program)
                    if text is None:
                        return None, []
                    if program.name in _SLIPS27:
                        # (slips27) the report is inspected whole: an inspect(x) inside its
                        # message string prints with its quotes escaped (style "e")
                        text = re.sub(r"%\{([\w:]+)\|d\}", r"%{\1|e}", text)
                    shown.append(f'message: "{text}"')
                elif value == "__MODULE__":
                    shown.append(f"module: {_round_27_module(_ABOVE_THE_CALL_PATH[0])}")
                else:
                    shown.append(f"{key}: {value}")
            return "[" + ", ".join(shown) + "]", []
        return None
    if program.name == "solid_queue" and "formatted_event(" in call:
        return _solid_queue_event(program, src, m, lang)
    if program.name == "openfga" and call.endswith("WithContext("):
        args = _nonblank_args(src, m.end(), lang)
        if not args or len(args) < 2:
            return None, []
        template, _, fields = _message(args[1:], program)
        return template, fields
    if program.name == "livekit" and re.search(r"\.(?:Warnw|Errorw)\($", call):
        # the protocol's logger: Warnw/Errorw(msg, err, pairs...), the error appended last
        args = _nonblank_args(src, m.end(), lang)
        if not args or len(args) < 2:
            return None, []
        template, _, _ = _message(args[:1], program)
        pairs = _pairs(args[2:], lang)
        return template, [*pairs, *([] if args[1].strip() == "nil" else [["error", "err"]])]
    if program.name == "langfuse":
        # winston's text format: the message alone; an error after it adds its own message
        return _winston_message_and_error(program, src, m, lang)
    if program.name == "ghostfolio":
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None, []
        template, _, _ = _message(args[:1], program)
        return template, []
    if program.name == "greptimedb":
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None, []
        own: list[list[str]] = []
        first = re.match(r"\s*(%?)([^;\"]+?)\s*;\s*(.*)$", args[0], re.S)
        if first:  # common_telemetry's error!(e; ...): the error as the field err
            own = [["err", "err"]]
            args = [first.group(3), *args[1:]] if first.group(3).strip() else args[1:]
        template, _, fields = _message(args, program)
        return template, [*own, *fields]
    if program.name == "memgraph":
        args = _nonblank_args(src, m.end(), lang)
        if args and re.match(r"\s*(?:utils::)?MessageWithLink\(", args[0]):
            # utils::MessageWithLink(fmt, args..., link): "fmt For more details, visit link."
            inner = _nonblank_args(args[0], args[0].index("(") + 1, lang)
            if not inner or not inner[0].strip().endswith('"'):
                return None, []
            text = inner[0].strip()[:-1] + ' For more details, visit {}."'
            template, _, fields = _message([text, *inner[1:]], program)
            return template, fields
        return None
    if program.name == "snuba" and "structlog.get_logger" in src:
        # structlog's JSON: the bound module, the call's keywords, the event, its severity
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None, []
        if program.name in _SLIPS27:
            args = [_slips27_snuba_values(args[0]), *args[1:]]
        text = _literal_text(args[0], lang)
        positional = [a for a in args[1:] if not re.match(r"\s*\w+\s*=(?!=)", a)]
        if text is not None and positional and program.name in _SLIPS27:
            # (slips27) structlog's PositionalArgumentsFormatter: "text %s" % the call's
            # positional arguments, as the standard library's logging formats them
            template, _, _ = _message(args[:1 + len(positional)], program)
            if template is None:
                return None, []
        elif text is None:
            template, _, _ = _message(args[:1], program)
            if template is None:
                return None, []
        else:
            template = text.replace("%", "%%")
        fields = [["module", "=" + _ABOVE_THE_CALL_PATH[0].removesuffix(".py").replace("/", ".")]] \
            if "bind(module=__name__)" in src else []
        for arg in args[1:]:
            keyword = re.match(r"\s*(\w+)\s*=(?!=)\s*(.*)$", arg, re.S)
            if keyword and keyword.group(1) != "exc_info":
                fields.append([keyword.group(1), kind_of_field(keyword.group(1), keyword.group(2), lang)])
        word = re.search(r"\.(\w+)\($", call).group(1)
        # (structlog's exception() logs through error())
        severity = {"warn": "warning", "exception": "error"}.get(word, word)
        return template, [*fields, ["severity", "=" + severity]]
    return None


def _round_27_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 27's loggers print before the message, read from each one's logging code
    and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "panic": "PANIC", "critical": "CRITICAL"}.get(level, "INFO")
    if program.name == "openfga":
        # zap's console encoding (log.format text): the level coloured, no caller, no name
        colour = {"debug": 35, "info": 34, "warn": 33}.get(level, 31)
        return f"\x1b[{colour}m{upper}\x1b[0m\t" + template
    if program.name == "livekit":
        # the protocol's zap console encoder: "time\tLEVEL\tlivekit\tdir/file.go:n\t"
        short = "/".join(path.split("/")[-2:])
        return f"{upper}\tlivekit\t{short}:{line}\t" + template
    if program.name == "hivemq":
        # logback.xml's "%-30(%d %level)- %msg": the level padded with the time's 30
        return f"{upper:<5} - " + template
    if program.name == "shenyu":
        # the distributions' docker logback.xml: "%d [%thread] %-5level %logger - %msg"
        return f"[%{{name}}] {upper:<5} {_java_class(src, path)} - " + template
    if program.name == "eventmesh":
        # conf/log4j2.xml: "%d %-5p [%t] %c{1}(%F:%L) - %m"
        name = base.removesuffix(".java")
        return f"{upper:<5} [%{{name}}] {name}({base}:{line}) - " + template
    if program.name == "prefect":
        # logging.yml's standard formatter: "time | LEVEL   | logger - message"
        # (flow_run_fmt and task_run_fmt for a run's loggers: "Flow run 'name' - ")
        word = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
        name = _prefect_logger(src, m, path)
        name = {"prefect.flow_runs": "Flow run '%{name}'",
                "prefect.task_runs": "Task run '%{name}'"}.get(name, name)
        return f"{word:<7} | {name} - " + template
    if program.name == "locust":
        # log.py's dictConfig: "[time] host/LEVEL/logger: message"; stats_logger's plain
        if "stats_logger" in call:
            return template
        word = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
        name = "root" if call.startswith("logging.") else \
            path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        return f"loadgen-01/{word}/{name}: " + template
    if program.name == "ghostfolio":
        # NestJS' ConsoleLogger: "[Nest] pid  - time   LEVEL [Context] message"
        word = {"info": "LOG", "warn": "WARN", "error": "ERROR", "debug": "DEBUG"}.get(level, upper)
        context = None
        if call.startswith("Logger."):
            args = _nonblank_args(src, m.end(), "js")
            context = _literal_text(args[-1], "js") if args and len(args) > 1 else None
        else:
            made = re.search(r"new Logger\(\s*(?:(\w+)\.name|['\"]([^'\"]+)['\"])\s*\)", src)
            context = (made.group(1) or made.group(2)) if made else None
        return f"[Nest] %{{int}}  - {word:>7} " + (f"[{context}] " if context else "") + template
    if program.name == "langfuse":
        # winston's text format (LANGFUSE_LOG_FORMAT's default): "time level \tmessage" (align())
        return f"{level} \t" + template
    if program.name == "elsa":
        # Microsoft.Extensions.Logging's simple console: "level: category[0]", the message next
        word = _MEL_LEVEL_WORDS.get(level, "info")
        return f"{word}: {_round_26_category(src, m.start(), path)}[0]\n      " + template
    if program.name in ("greptimedb", "restate"):
        # tracing-subscriber's fmt (GreptimeDB's text stdout): "time LEVEL target: message";
        # restate's pretty: "time LEVEL target", the message on the next line, indented
        crate, _, rest = path.partition("/src/")
        parts = [p for p in rest.removesuffix(".rs").split("/") if p not in ("mod", "lib", "main")]
        name = crate.removeprefix("src/").replace("/", "_").replace("-", "_")
        if program.name == "restate":
            name = "restate_" + crate.rsplit("/", 1)[-1].replace("-", "_") if crate.startswith("crates/") \
                else "restate_server"
            return f"{upper} {'::'.join([name, *parts])}\n  " + template
        return f"{upper:>5} {'::'.join([name, *parts])}: " + template
    if program.name == "maybe":
        # Ruby's Logger::Formatter under TaggedLogging: "L, [time #pid] LEVEL -- : [tags] message",
        # a request's id, a job's ActiveJob tags, a tagged block's own
        word = upper
        tags = ""
        if path.startswith("app/controllers/"):
            tags = "[%{uuid}] "
        elif path.startswith("app/jobs/"):
            job = "".join(part.capitalize() for part in base.removesuffix(".rb").split("_"))
            tags = f"[ActiveJob] [{job}] [%{{uuid}}] "
        else:
            tagged = re.search(r'Rails\.logger\.tagged\(\s*"([^"]+)"', src[:m.start()])
            if tagged:
                tags = f"[{tagged.group(1)}] "
                if program.name in _SLIPS27:
                    tags = _slips27_maybe_tags(src, tagged.start(), template)
        return f"{word[0]}, [#%{{int}}] {word:>5} -- : {tags}" + template
    if program.name == "memgraph":
        # spdlog's default pattern: "[time] [memgraph_log] [level] message"
        word = {"warn": "warning", "critical": "critical"}.get(level, level)
        return f"[memgraph_log] [{word}] " + template
    if program.name == "brpc":
        # butil's PrintLogPrefix: "Lmmdd time tid file:line] " (the date and time left out)
        letter = re.search(r"\(\s*(\w)", call).group(1)
        return f"{letter} %{{int}} {path}:{line}] " + template
    if program.name == "oban":
        # Logger's default console: "time [level] message"
        word = {"warn": "warning"}.get(level, level)
        return f"[{word}] " + template
    if program.name == "sylius":
        word = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
        return f"app.{word}: " + template
    if program.name == "monica":
        word = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
        return f"production.{word}: " + template
    return template


def _round_27_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 27's loggers add to a call's own: a participant's, a job's."""
    path = at.rsplit(":", 1)[0]
    receiver = src[max(0, m.start() - 40):m.start()]  # the call matches from its method's dot
    if program.name in _SLIPS27 and program.name == "openfga":
        # (slips27) a store's and an authorization model's ids are ULIDs (ulid.Make(): 26
        # characters of Crockford's base32), as its zap fields print them
        fields = [[key, "id:base32" if key in _OPENFGA_ULID_KEYS and kind == "id" else kind]
                  for key, kind in fields]
    if program.name == "livekit" and path.startswith(("pkg/rtc/", "pkg/sfu/")) and \
            re.search(r"(?:params\.Logger|[pP]\w*Logger|GetLogger\(\))$", receiver):
        # a participant's logger (LoggerWithParticipant over LoggerWithRoom)
        return [["room", "name"], ["roomID", "id"], ["participant", "name"], ["pID", "id"],
                ["remote", "bool"], *fields]
    return fields



# (rules 28) the levels round 28's programs leave unprinted as shipped: their default level's
# threshold (a logger's or a path's own where its setup names one); Ampache's log is written
# only once its debug option is on, at its documented debug_level 5, every level
_ROUND_28_ORDER = {"trace": 0, "debug": 1, "verbose": 1, "info": 2, "notice": 2, "success": 2, "warn": 3,
                   "error": 4, "critical": 5, "fatal": 5, "panic": 5}
_ROUND_28_THRESHOLD = {
    "miniflux": "info", "spire": "info", "pomerium": "info", "skipper": "info", "seata": "info",
    "redash": "info", "changedetection": "debug", "pulpcore": "info", "flowise": "info", "hyperdx": "debug",
    "exceptionless": "info", "wolverine": "info", "pgcat": "info", "iggy": "info", "rpush": "info",
    "hutch": "info", "ampache": "trace", "zoneminder": "info", "typesense": "info", "livy": "info"}
# canal's deployer logback.xml: these loggers at INFO, the root at WARN
_CANAL_INFO = ("com.alibaba.otter.canal.instance", "com.alibaba.otter.canal.deployer",
               "com.alibaba.otter.canal.server.embedded", "com.alibaba.otter.canal.meta.FileMixedMetaManager",
               "com.alibaba.otter.canal.connector.kafka", "com.alibaba.otter.canal.connector.rocketmq",
               "com.alibaba.otter.canal.connector.rabbitmq", "com.alibaba.otter.canal.connector.pulsarmq")
# Froxlor's syslog levels (LOG_x), as its FroxlorLogger compares them
_FROXLOR_LEVELS = {"LOG_EMERG": 0, "LOG_ALERT": 1, "LOG_CRIT": 2, "LOG_ERR": 3, "LOG_WARNING": 4,
                   "LOG_NOTICE": 5, "LOG_INFO": 6, "LOG_DEBUG": 7}


def _round_28_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 28 call its program's default setup does not print (below the level its
    logging configuration sets: docs/patterns.md § The call-site corpus, round 28)."""
    threshold = _ROUND_28_THRESHOLD.get(program.name, "trace")
    if program.name == "canal":
        name = _java_class(src, path)
        threshold = "info" if name.startswith(_CANAL_INFO) or path.startswith(("client-adapter/", "admin/")) \
            else "warn"
    if program.name == "powerjob":
        # the server's default profile (daily: logback-dev.xml) logs tech.powerjob at DEBUG and
        # its timing services at WARN; the worker's agent (logback.xml) at INFO
        name = _java_class(src, path)
        threshold = ("warn" if name.startswith("tech.powerjob.server.service.timing") else "debug") \
            if path.startswith("powerjob-server/") else "info"
    if program.name == "exceptionless" and \
            _round_26_category(src, m.start(), path).endswith("Security.ApiKeyAuthenticationHandler"):
        threshold = "warn"
    if program.name == "wolverine" and re.search(
            r"(?:^|/)[\w.]*(?:Tests|Testing|Samples?|TestHarness|WebApi|Demonstrator)(?:/|$)|"
            r"/(?:DuplicateMessageSending|SharedPersistenceModels)/", path):
        return True  # its test and sample projects: not the library's own lines
    if program.name == "froxlor":
        # logger.severity 1 (normal) drops what is above LOG_NOTICE; logger.log_cron 0 the cron's
        # above LOG_WARNING
        found = re.search(r"\b(LOG_[A-Z]+)\s*,\s*$", m.group())
        number = _FROXLOR_LEVELS.get(found.group(1), 5) if found else 5
        return number > (4 if "CRON_ACTION" in m.group() else 5)
    return _ROUND_28_ORDER.get(level, 2) < _ROUND_28_ORDER[threshold]


def _round_28_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 28's calls said otherwise than by the called name."""
    call = m.group()
    if program.name == "ampache" and call.startswith("debug_event"):
        # debug_event(type, message, level): 1 critical, 2 error, 3 warning, 4 notice, 5 debug
        args = _nonblank_args(src, m.end(), "php")
        number = args[1].strip() if args and len(args) > 1 else "5"
        return {"1": "critical", "2": "error", "3": "warn", "4": "notice"}.get(number, "debug")
    if program.name == "ampache" and re.search(r"->(?:alert|emergency)\($", call):
        return "critical"
    if program.name == "froxlor":
        found = re.search(r"\b(LOG_[A-Z]+)\s*,\s*$", call)
        return {"LOG_ERR": "error", "LOG_WARNING": "warn", "LOG_NOTICE": "notice", "LOG_INFO": "info",
                "LOG_DEBUG": "debug", "LOG_CRIT": "critical"}.get(found.group(1) if found else "", "notice")
    if program.name in ("redash", "pulpcore", "changedetection") and ".exception(" in call:
        return "error"
    if program.name == "changedetection" and ".success(" in call:
        return "info"  # loguru's SUCCESS (25): printed as SUCCESS, between INFO and WARNING
    if program.name == "zoneminder" and call.startswith("Debug"):
        return "debug"
    if program.name in ("spire", "skipper"):
        # a logrus chain's (or a plugin's hclog) level: its last call's name
        k = m.end()
        for _ in range(12):
            step = re.match(r"\s*\.\s*(\w+)\(", src[k:])
            read = read_args(src, k + step.end(), "go") if step else None
            if read is None:
                return level
            terminal = re.fullmatch(r"(Trace|Debug|Info|Warn|Warning|Error|Fatal|Panic)(?:f|ln)?", step.group(1))
            if terminal:
                return {"warning": "warn"}.get(terminal.group(1).lower(), terminal.group(1).lower())
            k = read[1]
    return level


# Go's http.StatusText for the statuses miniflux logs by it
_HTTP_STATUS_TEXT = {"StatusInternalServerError": "Internal Server Error", "StatusBadRequest": "Bad Request",
                     "StatusForbidden": "Forbidden", "StatusNotFound": "Not Found",
                     "StatusUnauthorized": "Unauthorized",
                     "StatusRequestedRangeNotSatisfiable": "Requested Range Not Satisfiable"}


def _slog_group_fields(args: list[str], lang: str, prefix: str = "") -> list[list[str]]:
    """slog attributes, a slog.Group's own under "group." as the text handler prints them."""
    fields: list[list[str]] = []
    for arg in args:
        arg = arg.strip()
        if arg.startswith("slog.Group("):
            inner = _nonblank_args(arg, len("slog.Group("), lang)
            name = _literal_text(inner[0], lang) if inner else None
            if name is not None:
                fields += _slog_group_fields(inner[1:], lang, f"{prefix}{name}.")
            continue
        fields += [[prefix + key, kind] for key, kind in _pairs([arg], lang)]
    return fields


def _go_constant_key(expr: str, src: str) -> str | None:
    """A Go key named by a constant: the file's const's text, telemetry.X's snake-case name."""
    expr = expr.strip()
    text = _literal_text(expr, "go")
    if text is not None:
        return text
    found = re.search(rf"\b{re.escape(expr.split('.')[-1])}\s*=\s*\"([^\"]+)\"", src) \
        if re.fullmatch(r"\w+", expr) else None
    if found:
        return found.group(1)
    if re.fullmatch(r"telemetry\.\w+", expr):
        name = expr.split(".", 1)[1]
        return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    return None


def _round_28_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 28's calls not read the common way; None for the others."""
    if program.name == "miniflux":
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None, []
        status = re.fullmatch(r"\s*http\.StatusText\(\s*http\.(\w+)\s*\)\s*", args[0])
        if status:
            text = _HTTP_STATUS_TEXT.get(status.group(1))
            if text is None:
                return None, []
            args = [f'"{text}"', *args[1:]]
        if not any(a.strip().startswith("slog.Group(") for a in args[1:]) and not status:
            return None
        template, _, _ = _message(args[:1], program)
        return template, _slog_group_fields(args[1:], lang)
    if program.name == "spire":
        # a plugin's hclog logger (through SPIRE's adapter to logrus): Debug(msg, key, value, ...)
        after = re.match(r"\.(?:Debug|Info|Warn|Error)\(", src[m.end():])
        if not after:
            return None
        args = _nonblank_args(src, m.end() + after.end(), lang)
        if not args or len(args) < 3 or len(args) % 2 == 0:
            return None
        template, _, _ = _message(args[:1], program)
        fields = []
        for key, value in zip(args[1::2], args[2::2]):
            name = _go_constant_key(key, src)
            if name is None:
                return None
            fields.append([name, kind_of_field(name, value, lang)])
        return template, fields
    if program.name == "flowise":
        # winston's printf format prints the message alone; an error after it adds its own message
        return _winston_message_and_error(program, src, m, lang)
    return None


def _py_logger_name(src: str, m: re.Match, path: str, root: str = "") -> str:
    """The name of the Python logger a call logs through: its variable's getLogger(name), the
    module's for __name__ (the root logger's for logging.x)."""
    module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    variable = re.match(r"(?:self\.)?(\w+)\.", m.group())
    name = variable.group(1) if variable else "logger"
    if name == "logging":
        return "root"
    assigned = list(re.finditer(rf"\b{name}\s*=\s*(?:logging\.)?(getLogger|get_job_logger)\(([^()]*)\)",
                                src[:m.start()]))
    if not assigned:
        return module
    function, argument = assigned[-1].group(1), assigned[-1].group(2).strip()
    text = module if argument == "__name__" else _literal_text(argument, "python") if argument else "root"
    text = text or module
    return "rq.job." + text if function == "get_job_logger" else text


def _py_function(src: str, at: int) -> str:
    """The name of the Python function a call is in (loguru's {function}), "<module>" outside one."""
    line_start = src.rfind("\n", 0, at) + 1
    indent = len(src[line_start:at]) - len(src[line_start:at].lstrip())
    for found in reversed(list(re.finditer(r"^([ \t]*)(?:async\s+)?def\s+(\w+)", src[:at], re.M))):
        if len(found.group(1)) < indent:
            return found.group(2)
    return "<module>"


def _round_28_java_method(src: str, at: int) -> str:
    """The Java method a call is in, as logback's %M prints it."""
    found = list(re.finditer(r"(?:public|protected|private|static|final|synchronized|default|\n)\s+"
                             r"(?:<[^>]*>\s*)?[\w.<>\[\],? ]+?\s+(\w+)\s*\([^;{}()]*(?:\([^()]*\)[^;{}()]*)*\)"
                             r"\s*(?:throws\s+[\w.,\s]+)?\{", src[:at]))
    names = [f.group(1) for f in found if f.group(1) not in ("if", "for", "while", "switch", "catch", "return")]
    return names[-1] if names else "<init>"


def _round_28_target(path: str, crate: str) -> str:
    """A Rust call's module path (tracing's target): the crate, then the file's modules."""
    rest = path.split("/src/", 1)[1] if "/src/" in path else path.removeprefix("src/")
    parts = [p for p in rest.removesuffix(".rs").split("/") if p not in ("mod", "lib", "main")]
    return "::".join([crate, *parts])


_TRACING_ANSI = {"trace": "\x1b[35mTRACE\x1b[0m", "debug": "\x1b[34mDEBUG\x1b[0m", "info": "\x1b[32m INFO\x1b[0m",
                 "warn": "\x1b[33m WARN\x1b[0m", "error": "\x1b[31mERROR\x1b[0m"}


def _round_28_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 28's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE"}.get(level, "INFO")
    python = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
    if program.name == "seata":
        # the server's file-appender.xml: "time %5p --- [%t] [%logger] [%M] [%X{X-TX-XID:-}]: %m"
        return f"{upper:>5} --- [%{{name}}] [{_java_class(src, path)}] [{_round_28_java_method(src, m.start())}] []: " \
            + template
    if program.name == "canal":
        # the deployer's and adapter's logback.xml: "time [%thread] %-5level %logger{56} - %msg"
        return f"[%{{name}}] {upper:<5} {_abbreviated(_java_class(src, path), 56)} - " + template
    if program.name == "powerjob":
        if path.startswith("powerjob-server/"):
            # Spring Boot's console pattern in logback-dev.xml: "%5p PID --- [%15.15t]
            # %-40.40logger{20} : %m"
            name = _abbreviated(_java_class(src, path), 20)
            # ((slips28) %15.15t: the thread's name padded to 15, its last 15 characters kept)
            thread = "%{name|t}" if program.name in _SLIPS28 else "%{name}"
            return f"{upper:>5} %{{int}} --- [{thread}] {name[-40:]:<40} : " + template
        # the worker's agent logback.xml: "time [%thread] %-5level %logger{10} - %msg"
        return f"[%{{name}}] {upper:<5} {_abbreviated(_java_class(src, path), 10)} - " + template
    if program.name == "redash":
        # settings.LOG_FORMAT "[time][PID:%(process)d][%(levelname)s][%(name)s] %(message)s";
        # a job's logger: RQ_WORKER_JOB_LOG_FORMAT adds the job's function and id
        name = _py_logger_name(src, m, path)
        head = f"[PID:%{{int}}][{python}][{name}] "
        if name.startswith("rq.job.") and program.name in _SLIPS28:
            job = _slips28_redash_job(src, m.start(), path)
            head += f"job.func_name={job} job.id=%{{uuid}} " if job else "job.func_name= job.id= "
        elif name.startswith("rq.job."):
            head += "job.func_name=%{name} job.id=%{uuid} "
        return head + template
    if program.name == "changedetection":
        # loguru's default format: "time | LEVEL    | module:function:line - message"
        word = "SUCCESS" if ".success(" in call else python
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        return f"{word:<8} | {module}:{_py_function(src, m.start())}:{line} - " + template
    if program.name == "pulpcore":
        # settings.LOGGING's simple format: "pulp [%(correlation_id)s]: %(name)s:%(levelname)s: %(message)s"
        guid = "%{hex}"
        if program.name in _SLIPS28:
            guid = _slips28_pulp_guid(path)
        return f"pulp [{guid}]: {_py_logger_name(src, m, path)}:{python}: " + template
    if program.name == "flowise":
        # logger.ts' printf: "time [LEVEL]: message"
        return f"[{upper}]: " + template
    if program.name == "exceptionless":
        # appsettings.yml's Serilog console: "[time LVL] {Message:lj} <{SourceContext}>"
        word = {"trace": "VRB", "debug": "DBG", "warn": "WRN", "error": "ERR", "critical": "FTL"}.get(level, "INF")
        return f"[{word}] " + template + f" <{_round_26_category(src, m.start(), path)}>"
    if program.name == "wolverine":
        # Microsoft.Extensions.Logging's simple console: "level: category[0]", the message next
        word = _MEL_LEVEL_WORDS.get(level, "info")
        return f"{word}: {_round_26_category(src, m.start(), path)}[0]\n      " + template
    if program.name == "pgcat":
        # tracing-subscriber's fmt with ANSI colours and thread ids: "time LEVEL ThreadId(n) target: "
        return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} ThreadId(%{{small}}) "
                f"\x1b[2m{_round_28_target(path, 'pgcat')}\x1b[0m\x1b[2m:\x1b[0m " + template)
    if program.name == "iggy":
        # the server's stdout layer: ANSI, thread names; the connectors' runtime: ANSI, no names
        crate = path.split("/src/", 1)[0].rsplit("/", 1)[-1].replace("-", "_")
        crate = "iggy_connectors" if path.startswith("core/connectors/runtime/") else crate
        thread = "" if path.startswith("core/connectors/") else "%{name} "
        if program.name in _SLIPS28:
            plugin = _slips28_iggy_plugin(path)
            if plugin:
                return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[2mconnector\x1b[0m\x1b[2m:\x1b[0m "
                        f"\x1b[3mconnector_target\x1b[0m\x1b[2m=\x1b[0m\"{_round_28_target(path, plugin)}\" " + template)
            if thread:
                thread = "main " if path == "core/server/src/main.rs" or (
                    path == "core/server/src/bootstrap.rs" and "fn run_shard_thread(" in src[m.start():]) \
                    else "shard-%{small} "  # (bootstrap.rs above the shards' entry: main.rs's calls)
        return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} {thread}"
                f"\x1b[2m{_round_28_target(path, crate)}\x1b[0m\x1b[2m:\x1b[0m " + template)
    if program.name == "rpush":
        # Rpush::Logger: "[time]" then "[ERROR] " or "[WARNING] ", then the message; a daemon
        # object's log_x puts its app's name first
        prefix = {"warn": "[WARNING] ", "error": "[ERROR] "}.get(level, "")
        if call.startswith("log_") and "@app" in src and not (
                program.name in _SLIPS28 and _ruby_class_method(src, m.start())):
            prefix += "[%{name}] "  # ((slips28) not in a `def self.x`: the class's @app is nil)
        return prefix + template
    if program.name == "hutch":
        # HutchFormatter: "time pid SEVERITY -- message"
        return f"%{{int}} {upper} -- " + template
    if program.name == "ampache":
        # LegacyLogger: "time [username] (event type) -> message"
        kind = ""
        if call.startswith("debug_event"):
            first = call[len("debug_event("):].rstrip(", \n")
            kind = _literal_text(first, "php") or ""
            if first.strip() in ("self::class", "__CLASS__", "static::class"):
                kind = _php_class(src, path)
        else:
            args = _nonblank_args(src, m.end(), "php")
            if args and len(args) > 1 and re.search(r"CONTEXT_TYPE\s*=>\s*(?:self::class|__CLASS__)", args[-1]):
                kind = _php_class(src, path)
        return f"[%{{user}}] ({kind}) -> " + template
    if program.name == "froxlor":
        # Monolog's SyslogHandler line: "channel.LEVEL: message context extra"
        return f"froxlor.{python}: " + template
    if program.name == "zoneminder":
        # zm_logger.cpp's file log: "time id[tid].CODE-file/line [message]"
        code = {"warn": "WAR", "error": "ERR", "fatal": "FAT", "debug": "DB1"}.get(level, "INF")
        name = "%{name}"
        if program.name in _SLIPS28:
            code = "PNC" if level == "panic" else code  # (slips28) smCodes[PANIC]
            name = _slips28_zoneminder_id(path)
        return f"{name}[%{{int}}].{code}-{base}/{line} [" + template + "]"
    if program.name == "typesense":
        # glog: "Lmmdd time tid file:line] "
        letter = re.search(r"\(\s*(\w)", call).group(1)
        return f"{letter} %{{int}} {base}:{line}] " + template
    if program.name == "livy":
        # conf/log4j.properties.template: "%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m"
        return f"{upper} {base.removesuffix('.scala')}: " + template
    return template


def _php_class(src: str, path: str) -> str:
    """A PHP class's full name: the file's namespace and its name."""
    namespace = re.search(r"^namespace\s+([\w\\]+)\s*;", src, re.M)
    name = path.rsplit("/", 1)[-1].removesuffix(".php")
    return f"{namespace.group(1)}\\{name}" if namespace else name


_FROXLOR_SOURCES = {"USR_ACTION": ("user", "10"), "RES_ACTION": ("reseller", "20"), "ADM_ACTION": ("admin", "30"),
                    "CRON_ACTION": ("cron", "40"), "LOGIN_ACTION": ("login", "50"), "LOG_ERROR": ("unknown", "99")}


def _round_28_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 28's loggers add to a call's own: Froxlor's action context."""
    if program.name in _SLIPS28 and program.name == "iggy" and _slips28_iggy_plugin(at.rsplit(":", 1)[0]):
        return []  # (slips28) the SDK's CallbackLayer passes the message alone to the runtime
    if program.name == "froxlor":
        found = re.search(r"FroxlorLogger::(\w+)", m.group())
        source, action = _FROXLOR_SOURCES.get(found.group(1) if found else "", ("unknown", "99"))
        return [["source", "=" + source], ["action", "=" + action], ["user", "user"]]
    return fields


# (rules 29) the levels round 29's programs leave unprinted as shipped: their default level's
# threshold (docs/patterns.md § The call-site corpus, round 29): the agent's NOTICE (its own
# order puts DEBUG alone below it), AWX's LOG_AGGREGATOR_LEVEL (WARNING), faust's and
# Parseable's WARN, AzuraCast's production NOTICE, SnappyMail's level 4 (WARNING), the Cloud
# Controller's debug2 (all), the IdentityServer host's Serilog Debug, OpenLiteSpeed's DEBUG
_ROUND_29_ORDER = {"trace": 0, "debug": 1, "verbose": 1, "info": 2, "success": 2, "notice": 3, "warn": 4,
                   "error": 5, "critical": 6, "fatal": 6, "panic": 6, "alert": 7, "emergency": 8}
_ROUND_29_THRESHOLD = {
    "buildkite-agent": "info", "dgraph": "info", "rook": "info", "signoz": "info", "strimzi": "info",
    "sentinel": "info", "zuul": "info", "privacyidea": "info", "awx": "warn", "faust": "warn",
    "cloudserver": "info", "standardnotes": "info", "eshop": "info", "identityserver4": "debug",
    "openobserve": "info", "parseable": "warn", "cloud_controller_ng": "trace", "racecar": "info",
    "azuracast": "notice", "snappymail": "warn", "manticoresearch": "info", "openlitespeed": "debug",
    "reposilite": "info"}
_SYSLOG_WORDS = {"EMERG": "emergency", "ALERT": "alert", "CRIT": "critical", "ERR": "error",
                 "WARNING": "warn", "NOTICE": "notice", "INFO": "info", "DEBUG": "debug"}
# what a program's files say of all its calls: rook's capnslog package by folder, OpenObserve's
# crate by folder (its Cargo.toml's name)
_ROUND_29_PACKAGES: dict[str, str] = {}


def _round_29_program(program: Program, files: dict[str, str], gitdir: pathlib.Path) -> None:
    """What a round 29 program's files say of all its calls: rook's capnslog package names and
    OpenObserve's crates, by folder."""
    _ROUND_29_PACKAGES.clear()
    if program.name == "rook":
        for path, text in sorted(files.items()):
            found = re.search(r"capnslog\.NewPackageLogger\(\s*\"[^\"]*\"\s*,\s*\"([^\"]+)\"", text)
            if found:
                _ROUND_29_PACKAGES.setdefault(path.rsplit("/", 1)[0], found.group(1))
    if program.name == "openobserve":
        manifests = source_files(gitdir, dataclasses.replace(program, files=("Cargo.toml", "*/Cargo.toml")))
        for path, text in manifests.items():
            found = re.search(r"^\[package\][^\[]*?^name\s*=\s*\"([^\"]+)\"", text, re.M | re.S)
            if found:
                _ROUND_29_PACKAGES[path.rsplit("/", 1)[0] if "/" in path else ""] = found.group(1)


# Journalist's Effect codes (ANSI), as Reposilite's banner prints them
_JOURNALIST_EFFECTS = {"RESET": "\x1b[0m", "GREEN": "\x1b[32m", "BOLD": "\x1b[1m", "BLACK_BOLD": "\x1b[1;30m",
                       "YELLOW_BOLD": "\x1b[1;33m", "GREEN_BOLD": "\x1b[1;32m", "MAGENTA_BOLD": "\x1b[1;35m",
                       "RED_UNDERLINED": "\x1b[4;31m"}


def _round_29_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 29's calls not read the common way: Reposilite's messages
    with Journalist's effects (${journalist.effect { GREEN }}), an ANSI code each."""
    if program.name in _SLIPS29 and program.name == "zuul":
        return _slips29_grown_local(program, src, m, lang)
    if program.name in _SLIPS29 and program.name == "racecar":
        return _slips29_ruby_inlined(program, src, m)
    if program.name in _SLIPS29 and program.name == "sentinel":
        return _slips29_java_constant_locals(program, src, m, lang)
    if program.name == "reposilite":
        opened = re.match(r"\s*\(", src[m.end():])
        args = _nonblank_args(src, m.end() + opened.end(), lang) if opened else None
        if not args or "effect" not in args[0]:
            return None
        text = re.sub(r"\$\{\s*(?:\w+\.)*effect\s*\{\s*(\w+)\s*\}\s*\}",
                      lambda e: _JOURNALIST_EFFECTS.get(e.group(1), ""), args[0])
        template, _, fields = _message([text, *args[1:]], program)
        return template, fields
    return None


def _round_29_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 29 call its program's default setup does not print (below its threshold; glog's
    V(n) and OpenLiteSpeed's debug levels, off by default)."""
    call = m.group()
    if program.name == "dgraph" and re.search(r"\.V\(\s*[1-9]", call):
        return True  # glog's -v is 0
    if program.name == "openlitespeed" and re.search(r"LS_DBG_[LMH]\(", call):
        return True  # httpd_config's debugLevel 0
    threshold = _ROUND_29_THRESHOLD.get(program.name, "trace")
    return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]


def _round_29_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 29's calls said otherwise than by the called name."""
    call = m.group()
    if program.name == "snappymail" and call.startswith("->Write("):
        # Write(text, \LOG_X = \LOG_INFO, tag)
        args = _nonblank_args(src, m.end(), "php")
        found = re.search(r"LOG_(\w+)", args[1]) if args and len(args) > 1 else None
        return _SYSLOG_WORDS.get(found.group(1), "info") if found else "info"
    if program.name in ("privacyidea", "awx", "faust") and ".exception(" in call:
        return "error"
    if program.name == "cloud_controller_ng" and ".debug2" in call:
        return "debug"
    if program.name == "openlitespeed":
        # LS_DBG*, LS_NOTICE: levels the called name spells otherwise
        found = re.search(r"LS_(DBG\w*|NOTICE|INFO|WARN|ERROR)\(", call)
        word = found.group(1) if found else ""
        named = {"NOTICE": "notice", "WARN": "warn", "ERROR": "error"}
        return "debug" if word.startswith("DBG") else named.get(word, "info")
    return level


# faust's services' depth under the worker, as its logs print them ([^Worker], [^-App],
# [^--Consumer], [^---Recovery]); a service not named here is an app's child
_FAUST_DEPTHS = {"Worker": "", "App": "-", "Recovery": "---", "AIOKafkaConsumerThread": "---", "Agent": "---"}
_BUILDKITE_COLOURS = {"debug": ("38;5;251", "38;5;251"), "notice": ("1;36", "0"), "warn": ("33", "0"),
                      "error": ("31", "0"), "fatal": ("31", "31")}


def _round_29_category(src: str, at: int, path: str) -> str:
    """A C# class's full name as ILogger<T> names it, a file opening with a byte order mark too."""
    if src.startswith("\ufeff"):
        return _round_26_category(src[1:], at - 1, path)
    return _round_26_category(src, at, path)


def _go_frame_function(package: str, src: str, at: int) -> str:
    """A Go call's function as runtime.Frame.Function names it: package.Name, package.(*T).Name."""
    found = list(re.finditer(r"^func\s+(?:\(\s*\w*\s*(\*?)(\w+)(?:\[[^\]]*\])?\s*\)\s*)?(\w+)",
                             src[:at], re.M))
    if not found:
        return package
    star, receiver, name = found[-1].groups()
    if receiver:
        return f"{package}.({star}{receiver}).{name}" if star else f"{package}.{receiver}.{name}"
    return f"{package}.{name}"


def _ruby_method(src: str, at: int) -> str:
    """The Ruby method a call is in (Steno's "method")."""
    found = list(re.finditer(r"^\s*def\s+(?:self\.)?([\w?!]+)", src[:at], re.M))
    return found[-1].group(1) if found else ""


def _round_29_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 29's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE", "alert": "ALERT",
             "emergency": "EMERGENCY"}.get(level, "INFO")
    python = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
    if program.name == "buildkite-agent":
        # logger.TextPrinter with colours (on unless --no-color): "time LEVEL " coloured, an agent
        # worker's name as a prefix, the message in its colour
        colour, text = _BUILDKITE_COLOURS.get(level, ("38;5;48", "0"))
        prefix = "\x1b[38;5;243m%{name}\x1b[0m " if path.startswith("agent/") else ""
        return f"\x1b[{colour}m{upper:<6}\x1b[0m {prefix}\x1b[{text}m" + template + "\x1b[0m"
    if program.name == "dgraph":
        # glog: "Lmmdd time tid file:line] "
        return f"{upper[0]} %{{int}} {base}:{line}] " + template
    if program.name == "rook":
        # capnslog's pretty formatter: "time L | package: "
        letter = {"critical": "C", "fatal": "C"}.get(level, upper[0])
        package = _ROUND_29_PACKAGES.get(path.rsplit("/", 1)[0], "rook")
        return f"{letter} | {package}: " + template
    if program.name == "strimzi":
        # log4j2.properties: "time %-5p %c{1}:%L - %m"; the reconciliation logger's xCr calls put
        # the reconciliation first
        head = f"{upper:<5} {base.removesuffix('.java')}:{line} - "
        if re.search(r"Cr\(", call) and program.name in _SLIPS29:
            head += _slips29_strimzi_reconciliation(path)
        elif re.search(r"Cr\(", call):
            head += "Reconciliation #%{int}(%{word}) %{word}(%{name}/%{name}): "
        return head + template
    if program.name == "sentinel":
        if call.startswith(("RecordLog", "CommandCenterLog")):
            # CspFormatter: "time LEVEL message", java.util.logging's names
            word = {"warn": "WARNING"}.get(level, upper)
            return f"{word} " + template
        # the dashboard's Spring Boot 2 console: "time %5p PID --- [%15.15t] %-40.40logger{39} : "
        name = _abbreviated(_java_class(src, path), 39)
        return f"{upper:>5} %{{int}} --- [%{{name}}] {name[-40:]:<40} : " + template
    if program.name == "zuul":
        # log4j2.xml: "time %-5level [%t] %c: %msg"
        return f"{upper:<5} [%{{name}}] {_java_class(src, path)}: " + template
    if program.name == "privacyidea":
        # lib/log.py: "[time][%(process)d][%(thread)d][%(levelname)s][%(name)s:%(lineno)d] "
        return f"[%{{int}}][%{{int}}][{python}][{_py_logger_name(src, m, path)}:{line}] " + template
    if program.name == "awx":
        # settings' simple format "time %(levelname)-8s [%(guid)s] %(name)s ", the dispatcher's
        # adds PID:n; a request's guid, "-" outside one
        name = _py_logger_name(src, m, path)
        guid = "-" if path.startswith(("awx/main/dispatch/", "awx/main/tasks/", "awx/main/scheduler/",
                                       "awx/main/management/", "awx/main/analytics/")) else "%{hex}"
        pid = "PID:%{int} " if name.startswith("awx.main.dispatch") else ""
        return f"{python:<8} [{guid}] {name} {pid}" + template
    if program.name == "faust":
        # mode's colour format on a stream that is no terminal: "[time] [pid] [LEVEL] "; a
        # service's self.log puts "[^--Service]: " first, a dash for each level under the worker
        head = f"[%{{int}}] [{python}] "
        if call.startswith("self.log."):
            found = list(re.finditer(r"^class\s+(\w+)", src[:m.start()], re.M))
            name = found[-1].group(1) if found else "Service"
            head += f"[^{_FAUST_DEPTHS.get(name, '--')}{name}]: "
        return head + template
    if program.name == "eshop":
        # Microsoft.Extensions.Logging's simple console: "level: category[0]", the message next
        word = _MEL_LEVEL_WORDS.get(level, "info")
        return f"{word}: {_round_29_category(src, m.start(), path)}[0]\n      " + template
    if program.name == "identityserver4":
        # the host's Serilog console: "[time Level] SourceContext", the message on the next line
        word = {"trace": "Verbose", "debug": "Debug", "warn": "Warning", "error": "Error",
                "critical": "Fatal"}.get(level, "Information")
        return f"[{word}] {_round_29_category(src, m.start(), path)}\n" + template
    if program.name == "openobserve":
        # O2Formatter: "time LEVEL target: "
        folder = path.split("/src/", 1)[0] if path.count("/src/") else ""
        crate = _ROUND_29_PACKAGES.get(folder, "openobserve").replace("-", "_")
        return f"{upper} {_round_28_target(path if folder else path, crate)}: " + template
    if program.name == "parseable":
        # tracing-subscriber's compact format, ANSI, thread names and ids, target, line
        thread = _slips29_parseable_thread(path) if program.name in _SLIPS29 else "%{name}"
        return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} {thread} ThreadId(%{{small}}) "
                f"\x1b[2m{_round_28_target(path, 'parseable')}\x1b[0m\x1b[2m:\x1b[0m "
                f"\x1b[2m{line}:\x1b[0m " + template)
    if program.name == "racecar":
        # Ruby's Logger::Formatter: "L, [time #pid] LEVEL -- : "
        word = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "fatal": "FATAL"}.get(level, "INFO")
        return f"{word[0]}, [#%{{int}}] {word:>5} -- : " + template
    if program.name == "azuracast":
        # Monolog's LineFormatter: "[time] AzuraCast.LEVEL: message context extra"
        return f"AzuraCast.{python}: " + template
    if program.name == "snappymail":
        # MailSo's Driver: "[time][guid] TAG[LEVEL]: "
        tag = ""
        if call.startswith("->Write("):
            args = _nonblank_args(src, m.end(), "php")
            tag = (_literal_text(args[2], "php") or "") if args and len(args) > 2 else ""
        else:
            tag = _literal_text(call.split("(", 1)[1].rstrip(", \n"), "php") or ""
        word = {"warn": "WARNING"}.get(level, upper)
        return f"[%{{hex8}}] {tag}[{word}]: " + template
    if program.name == "manticoresearch":
        if path.startswith(("src/indexer.cpp", "src/indextool.cpp", "src/indexing_sources/")):
            # the indexer tool's default sphLogVa: the banner alone on stdout ("WARNING: " for
            # info too)
            banner = {"fatal": "FATAL: ", "debug": "DEBUG: "}.get(level, "WARNING: ")
            return banner + template
        # daemon_log.cpp: "[time] [tid] " and "WARNING: ", "FATAL: ", "DEBUG: " banners
        banner = {"warn": "WARNING: ", "fatal": "FATAL: ", "debug": "DEBUG: "}.get(level, "")
        return f"[%{{int}}] {banner}" + template
    if program.name == "openlitespeed":
        # httplog.cpp's pattern "%d [%p] %m"
        return f"[{upper}] " + template
    if program.name == "reposilite":
        # tinylog.properties' Journalist writer: "time {level} | {message}"
        return f"{upper} | " + template
    return template


def _round_29_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 29's loggers add to a call's own: the Cloud Controller's Steno record
    (its source, file, line, method and ids, under "steno." for the render to place)."""
    if program.name == "signoz":
        # loghandler's source (code.*) and exception (errors.Attr(err) read as exception.*)
        path, line = at.rsplit(":", 1)
        args = _nonblank_args(src, m.end(), "go") or []
        own = [f for f in fields if f[0] != "exception"]
        error = [["exception.type", "word"], ["exception.code", "word"], ["exception.message", "err"]] \
            if any(a.strip().startswith("errors.Attr(") or a.strip() == '"exception"' for a in args) else []
        return [*own, ["code.filepath", "=/home/runner/work/signoz/signoz/" + path],
                ["code.function", "=" + _go_frame_function("github.com/SigNoz/signoz/" + path.rsplit("/", 1)[0],
                                                     src, m.start())],
                ["code.lineno", "=" + line], *error]
    if program.name == "cloudserver":
        if program.name in _SLIPS29:
            fields = _slips29_literal_fields(src, m, fields)
        # werelogs' request logger: the request's id; every line its host and process
        return [*fields, ["req_id", "hex"], ["hostname", "host"], ["pid", "int"]]
    if program.name == "cloud_controller_ng":
        path, line = at.rsplit(":", 1)
        source = re.search(r"Steno\.logger\(\s*['\"]([^'\"]+)['\"]", src)
        name = source.group(1) if source else "cc"
        if program.name in _SLIPS29 and not source \
                and re.search(r"^\s*class\s+\w+\s*<\s*[\w:]*Controller\b", src, re.M):
            # (slips29) a controller's logger: FrontController's logger_name and
            # ApplicationController's Steno.logger, both "cc.api"
            name = "cc.api"
        return [*fields, ["steno.source", "=" + name],
                ["steno.thread_id", "int"], ["steno.fiber_id", "int"], ["steno.process_id", "int"],
                ["steno.file", "=/var/vcap/packages/cloud_controller_ng/cloud_controller_ng/" + path],
                ["steno.lineno", "=" + line], ["steno.method", "=" + _ruby_method(src, m.start())]]
    return fields


# (rules 29, checked in round 31: slips29) the round 29 programs whose corpus slips were fixed
# by reading their code (flagged per program in extract_program, so that extract_file alone
# reads as before)
_SLIPS29_PROGRAMS = ("strimzi", "cloudserver", "standardnotes", "parseable", "zuul", "racecar", "faust",
                     "buildkite-agent", "sentinel", "dgraph", "privacyidea", "reposilite",
                     "cloud_controller_ng")
_SLIPS29: set[str] = set()
# (slips29) the kinds Strimzi's cluster operator reconciles (its assembly operators' kind())
_STRIMZI_CLUSTER_KINDS = ["Kafka", "KafkaConnect", "KafkaMirrorMaker2", "KafkaBridge", "KafkaRebalance"]


def _slips29_strimzi_reconciliation(path: str) -> str:
    """(slips29) what Strimzi's ``Reconciliation.toString()`` prints before an xCr call's
    message: ``Reconciliation #id(trigger) kind(namespace/name)``. The trigger is one its
    operators pass: the cluster and user operators' ``"timer"`` (the periodic reconcileAll) or
    ``"watch"`` (a resource's event), the topic operator's ``"upsert"`` or ``"delete"``
    (BatchingLoop); the kind the resource's (``RESOURCE_KIND``): the user operator's
    ``KafkaUser``, the topic operator's ``KafkaTopic``, a cluster operator class named for one
    kind that kind (KafkaRebalanceAssemblyOperator: ``KafkaRebalance``; the Connect classes:
    ``KafkaConnect``; StrimziPodSetController: ``StrimziPodSet``), the code shared by the
    assembly operators (AbstractOperator, the Kubernetes resource operators, operator-common,
    the utilities) one of theirs, the rest of the cluster operator the Kafka cluster's
    reconciliation's (``Kafka``); not any word."""
    base = path.rsplit("/", 1)[-1].removesuffix(".java")
    triggers = ["upsert", "delete"] if path.startswith("topic-operator/") else ["timer", "watch"]
    kinds: list[str] = []
    if path.startswith("topic-operator/"):
        kind = "KafkaTopic"
    elif path.startswith("user-operator/"):
        kind = "KafkaUser"
    elif base.startswith("KafkaRebalance") or base == "CruiseControlApiImpl":
        kind = "KafkaRebalance"
    elif base.startswith("KafkaMirrorMaker2"):
        kind = "KafkaMirrorMaker2"
    elif "Connect" in base:
        kind = "KafkaConnect"
    elif "Bridge" in base:
        kind = "KafkaBridge"
    elif base.startswith("StrimziPodSet"):
        kind = "StrimziPodSet"
    elif path.startswith("operator-common/"):
        kind, kinds = "%{choice}", [*_STRIMZI_CLUSTER_KINDS, "KafkaUser"]
    elif base in ("AbstractOperator", "VertxUtil", "AbstractConfiguration") or base.endswith("Utils") \
            or "/resource/kubernetes/" in path:
        kind, kinds = "%{choice}", list(_STRIMZI_CLUSTER_KINDS)
    else:
        kind = "Kafka"
    if kinds:
        _CHOICES.insert(0, kinds)
    _CHOICES.insert(0, triggers)
    return f"Reconciliation #%{{int}}(%{{choice}}) {kind}(%{{name}}/%{{name}}): "


# (slips29) Parseable's files run at startup on the main thread (the modal servers' init)
_PARSEABLE_MAIN = ("src/main.rs", "src/handlers/http/modal/mod.rs", "src/handlers/http/modal/server.rs",
                   "src/handlers/http/modal/ingest_server.rs", "src/handlers/http/modal/query_server.rs")


def _slips29_parseable_thread(path: str) -> str:
    """(slips29) the thread Parseable's compact format names (``with_thread_names``): the
    request handlers' actix-server workers (``actix-server worker N``), the startup's ``main``
    (``#[actix_web::main]``), the other code's tokio runtimes' workers (sync::handler's and the
    alerts' ``#[tokio::main(flavor = "multi_thread")]``: ``tokio-runtime-worker``); each right-aligned
    to the longest name printed so far (FmtThreadName: the workers' 21), not any name."""
    if path in _PARSEABLE_MAIN:
        return f"{'main':>21}"
    if path.startswith("src/handlers/"):
        return "actix-server worker %{small}"
    return f"{'tokio-runtime-worker':>21}"


# (slips29) the ZuulStatusCategory constants Zuul's OutboundErrorType maps an origin's error to
_ZUUL_CATEGORIES: list[str] = []


def _slips29_zuul_categories(src: str, m: re.Match, template: str) -> str:
    """(slips29) Zuul's ``err.getStatusCategory().name()`` (an OutboundErrorType's category) prints
    one of the ZuulStatusCategory constants OutboundErrorType names (FAILURE_ORIGIN_READ_TIMEOUT,
    …), not any name. Kept as read when expressions and placeholders do not pair."""
    expressions = _java_brace_expressions(src, m)
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if expressions is None or len(slots) != len(expressions) or not _ZUUL_CATEGORIES:
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        if re.search(r"\.getStatusCategory\(\)\.name\(\)$", expression):
            _CHOICES.insert(template[:slot.start()].count("%{choice}"), list(_ZUUL_CATEGORIES))
            template = template[:slot.start()] + "%{choice}" + template[slot.end():]
    return template


def _closing_brace(src: str, at: int) -> int:
    """(slips29) the index of the ``}`` closing the ``{`` at ``at`` (string literals skipped), or -1."""
    depth, k = 0, at
    while k < len(src):
        ch = src[k]
        if ch in "\"'":
            end = src.find(ch, k + 1)
            while end > 0 and src[end - 1] == "\\" and src[end - 2] != "\\":
                end = src.find(ch, end + 1)
            if end < 0:
                return -1
            k = end + 1
            continue
        depth += (ch == "{") - (ch == "}")
        if depth == 0:
            return k
        k += 1
    return -1


# (slips29) faust's table stores other than its default's (``store``: "memory://"): imported
# only for a rocksdb:// or aerospike:// store (STORES' by-name loading)
_FAUST_OPTIONAL_STORES = ("faust/stores/rocksdb.py", "faust/stores/aerospike.py")


def _slips29_unprinted(program: Program, path: str, src: str, m: re.Match) -> bool:
    """(slips29) a call its program does not reach as shipped: Zuul's ``else`` of an
    ``if (logger.isInfoEnabled())`` (INFO is logged), faust's RocksDB and Aerospike stores (the
    default store is memory://), the Buildkite agent's profiler (``--profile`` unset) and its
    Kubernetes runner and ``kubernetes-bootstrap`` command (``--kubernetes-exec``, agent-stack-k8s's
    pods only), Reposilite's RedirectPlugin (its ``initialize`` returns at once unless the
    ``reposilite.redirect.default-repository`` property is set)."""
    if program.name == "zuul":
        return _slips29_info_disabled_branch(src, m.start())
    if program.name == "faust":
        return path in _FAUST_OPTIONAL_STORES
    if program.name == "buildkite-agent":
        return path in ("clicommand/profiler.go", "clicommand/kubernetes_bootstrap.go") \
            or path.startswith("kubernetes/")
    if program.name == "reposilite":
        return path.endswith("/redirect/RedirectPlugin.kt")
    return False


_GO_VERB = re.compile(r"%%|%[-+# 0]*(?:\d+|\*)?(?:\.\d+)?[vTtbcdoOqxXUeEfFgGsp]")


def _slips29_go_values(src: str, m: re.Match, template: str) -> str:
    """(slips29) what the Buildkite agent's printf values print: a job's ``Job.ID`` a UUID (the
    Buildkite API's job ids), a parameter of a type whose ``String()`` returns one of a few
    texts (CancelReason: "job cancelled on Buildkite", "agent is stopping", …) one of those
    texts, not any id and phrase; and Dgraph's ``hex.EncodeToString(key)`` hex digits, not any
    name. Kept as read when verbs and placeholders do not pair."""
    args = _nonblank_args(src, m.end(), "go")
    text = _literal_text(args[0].strip(), "go") if args else None
    if text is None:
        return template
    verbs = [v for v in _GO_VERB.findall(text) if v != "%%"]
    expressions = [a.strip() for a in args[1:]]
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if not (len(verbs) == len(expressions) == len(slots)):
        return template
    signature = list(re.finditer(r"^func\s+(?:\([^)]*\)\s*)?\w+\(([^)]*)\)", src[:m.start()], re.M))
    params = dict(re.findall(r"(\w+)\s+\*?(\w+)", signature[-1].group(1))) if signature else {}
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        texts: list[str] = []
        if expression in params:
            method = re.search(rf"^func\s+\(\w+\s+{params[expression]}\)\s+String\(\)\s+string\s*"
                               r"\{(.*?)^\}", src, re.M | re.S)
            texts = re.findall(r'return\s+"([^"\\]*)"', method.group(1)) if method else []
        if re.search(r"(?:^|\.)Job\.ID$", expression):
            template = template[:slot.start()] + "%{uuid}" + template[slot.end():]
        elif re.match(r"hex\.EncodeToString\(", expression):
            template = template[:slot.start()] + "%{hex}" + template[slot.end():]
        elif len(set(texts)) > 1:
            _CHOICES.insert(template[:slot.start()].count("%{choice}"), texts)
            template = template[:slot.start()] + "%{choice}" + template[slot.end():]
    return template


def _slips29_listed_constants(src: str, m: re.Match, template: str) -> str:
    """(slips29) a Python message's ``{action}`` under an ``if action.lower() in [ACTION_TYPE.DELETE,
    ACTION_TYPE.UNASSIGN, …]:`` (privacyIDEA's container handler) prints one of those
    constants' texts (the file's ``class ACTION_TYPE``: ``DELETE = "delete"``, …), not any
    word. Kept as read when expressions and placeholders do not pair."""
    expressions = _python_message_expressions(src, m)
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if expressions is None or len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        if not re.fullmatch(r"\w+", expression):
            continue
        tests = list(re.finditer(rf"^[ \t]*(?:el)?if\s+{expression}(?:\.lower\(\))?\s+in\s+\[([^\]]*)\]\s*:",
                                 src[:m.start()], re.M))
        names = re.findall(r"\b(\w+)\.(\w+)\b", tests[-1].group(1)) if tests else []
        texts = []
        for owner, name in names:
            body = re.search(rf"^class\s+{owner}\b[^\n]*:\n((?:[ \t]+[^\n]*\n|\n)*)", src, re.M)
            value = re.search(rf"^[ \t]+{name}\s*=\s*[\"']([^\"'\n]*)[\"']", body.group(1), re.M) \
                if body else None
            if value:
                texts.append(value.group(1))
        if len(texts) == len(names) and len(set(texts)) > 1:
            _CHOICES.insert(template[:slot.start()].count("%{choice}"), texts)
            template = template[:slot.start()] + "%{choice}" + template[slot.end():]
    return template


def _slips29_caught(src: str, m: re.Match, template: str) -> str:
    """(slips29) a Python message's value that is the exception an enclosing ``except … as
    name:`` caught (faust's ``except ProducerFenced as pf: logger.warning(f"ProducerFenced
    {pf}")``) prints an error's text, not any value. Kept as read when expressions and
    placeholders do not pair."""
    expressions = _python_message_expressions(src, m)
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if expressions is None or len(slots) != len(expressions):
        return template
    line_start = src.rfind("\n", 0, m.start()) + 1
    indent = len(src[line_start:m.start()]) - len(src[line_start:m.start()].lstrip())
    caught = ""
    for found in reversed(list(re.finditer(r"^([ \t]*)(\w+)\b[^\n]*", src[:line_start], re.M))):
        if len(found.group(1)) < indent:
            named = re.match(r"[ \t]*except\b[^\n]*\bas\s+(\w+)\s*:", found.group())
            caught = named.group(1) if named else ""
            break
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        kind, bar, style = slot.group()[2:-1].partition("|")
        if caught and expression == caught and kind != "err":
            template = template[:slot.start()] + "%{err" + bar + style + "}" + template[slot.end():]
    return template


def _slips29_info_disabled_branch(src: str, at: int) -> bool:
    """(slips29) whether ``at`` lies in the ``else`` of an ``if (logger.isInfoEnabled())``: Zuul's
    log4j2.xml logs INFO, so that branch (ProxyEndpoint's origin error without its stack trace)
    does not run as shipped."""
    for found in re.finditer(r"\bif\s*\(\s*(?:\w+\.)?isInfoEnabled\(\)\s*\)\s*\{", src[:at]):
        close = _closing_brace(src, found.end() - 1)
        other = re.match(r"\s*else\s*\{", src[close + 1:]) if close > 0 else None
        if other:
            start = close + other.end()
            end = _closing_brace(src, start)
            if start < at < end:
                return True
    return False


def _slips29_grown_local(program: Program, src: str, m: re.Match, lang: str
                         ) -> tuple[str | None, list[list[str]]] | None:
    """(slips29) a message local grown by concatenation before the call (Zuul's
    ``String msg = "Configured address: " + socketAddress;`` then ``msg = msg + " with SNI
    config: " + sniMapping;``, ``LOG.info(msg)``): its text, the first value's and what is added,
    not the added part after any text."""
    args = _nonblank_args(src, m.end(), lang)
    if not args or len(args) != 1 or not re.fullmatch(r"\s*\w+\s*", args[0]):
        return None
    name = args[0].strip()
    before = src[:m.start()]
    grown = list(re.finditer(rf"^\s*{name}\s*=\s*{name}\s*\+\s*([^;]+);", before, re.M))
    first = list(re.finditer(rf"^\s*(?:final\s+)?String\s+{name}\s*=\s*([^;]+);", before, re.M))
    if not grown or not first or first[-1].start() > grown[-1].start():
        return None
    template, _, fields = _message([first[-1].group(1) + " + " + grown[-1].group(1)], program)
    return template, fields


def _slips29_java_constant_locals(program: Program, src: str, m: re.Match, lang: str
                                  ) -> tuple[str | None, list[list[str]]] | None:
    """(slips29) a Java message concatenating a local the file assigns one literal once
    (Sentinel's MetricFetcher: ``final String msg = "fetch";`` … ``logger.error(msg + " metric "
    + url + " error", ex)``) prints that text, not any phrase. None (the reading before) where
    no such local is concatenated."""
    args = _nonblank_args(src, m.end(), lang)
    if not args:
        return None
    first = args[0]
    names = {n for n in re.findall(r"(?<![\w.\"])([a-z]\w*)(?![\w(\"])", first)}
    for name in sorted(names):
        bound = re.findall(rf"^\s*(?:final\s+)?String\s+{name}\s*=\s*(\"[^\"\\\n]*\")\s*;", src, re.M)
        assigned = re.findall(rf"(?<![\w.]){name}\s*(?:\+=|=(?!=))", src)
        if len(bound) == 1 and len(assigned) == 1:
            first = re.sub(rf"(?<![\w.\"]){name}(?![\w(\"])", bound[0].replace("\\", "\\\\"), first)
    if first == args[0]:
        return None
    template, _, fields = _message([first, *args[1:]], program)
    return template, fields


def _slips29_ruby_inlined(program: Program, src: str, m: re.Match
                          ) -> tuple[str | None, list[list[str]]] | None:
    """(slips29) a Ruby message's ``#{desc}`` whose local the method assigns an interpolated
    string above the call (Racecar's ``desc = "#{topic}/#{partition}"``) prints that string's
    values, and ``#{offsets}``, a parameter the method's callers pass a Range
    (``with_pause(t, p, first.offset..last.offset)``), prints ``a..b``: read in place, not as a
    phrase and a list. None (the reading before) where neither is there."""
    text = re.match(r'\s*\(?\s*"((?:[^"\\]|\\.)*)"\s*\)?\s*$', src[m.end():].split("\n", 1)[0])
    if text is None:
        return None
    body = text.group(1)
    method = list(re.finditer(r"^\s*def\s+(\w+)\(([^)]*)\)", src[:m.start()], re.M))
    above = src[method[-1].end():m.start()] if method else ""
    params = [p.strip() for p in method[-1].group(2).split(",")] if method else []

    def inline(found: re.Match) -> str:
        name = found.group(1)
        local = list(re.finditer(rf'^\s*{name}\s*=\s*"((?:[^"\\]|\\.)*)"\s*$', above, re.M))
        if local:
            return local[-1].group(1)
        if name in params and method:
            at = params.index(name)
            for call in re.finditer(rf"\b{method[-1].group(1)}\(", src):
                args = _nonblank_args(src, call.end(), "ruby") or []
                ends = args[at].split("..") if len(args) > at else []
                if len(ends) == 2 and all(re.fullmatch(r"\s*[\w.]+\s*", e) for e in ends):
                    return f"#{{{ends[0].strip()}}}..#{{{ends[1].strip()}}}"
        return found.group()
    inlined = re.sub(r"#\{(\w+)\}", inline, body)
    if inlined == body:
        return None
    template, _, fields = _message([f'"{inlined}"'], program)
    return template, fields


def _slips29_literal_fields(src: str, m: re.Match, fields: list[list[str]]) -> list[list[str]]:
    """(slips29) an object literal's key given a string literal prints that text (CloudServer's
    ``{ method: 'objectPutPart::metadata.getObjectMD' }``, the function that logs, in werelogs'
    JSON): a constant of the call site (``=text``), not a value of the kind its key names (an
    HTTP method)."""
    texts: dict[str, str] = {}
    for arg in _nonblank_args(src, m.end(), "js") or []:
        body = arg.strip()
        if not (body.startswith("{") and body.endswith("}")):
            continue
        entries = read_args(body, 1, "js", closer="}")
        for entry in entries[0] if entries else []:
            key, colon, value = entry.partition(":")
            key = key.strip().strip("'\"")
            text = _literal_text(value.strip(), "js") if colon else None
            if re.fullmatch(r"\w+", key) and text is not None and "\n" not in text:
                texts[key] = text
    return [[key, "=" + texts[key]] if key in texts else [key, kind] for key, kind in fields]


def _object_entries(src: str, m: re.Match, lang: str) -> dict[str, str]:
    """(slips29) a JavaScript call's object-literal arguments' entries, key -> expression
    (``{ userId }``: the key itself)."""
    out: dict[str, str] = {}
    for arg in _nonblank_args(src, m.end(), lang) or []:
        body = arg.strip()
        if body.startswith("{") and body.endswith("}"):
            entries = read_args(body, 1, lang, closer="}")
            for entry in entries[0] if entries else []:
                key, colon, value = entry.partition(":")
                key = key.strip().strip("'\"")
                if re.fullmatch(r"\w+", key):
                    out[key] = value.strip() if colon else key
    return out


# (slips29) Standard Notes' RequestMetadata (api-gateway's AuthMiddleware): the request's method,
# its x-snjs-version and x-application-version headers
_SN_REQUEST_METADATA = {"method": "reqmethod", "snjs": "version", "application": "version"}


def _slips29_request_metadata(src: str, m: re.Match, fields: list[list[str]]) -> list[list[str]]:
    """(slips29) Standard Notes' ``dto.requestMetadata``'s values: the request's method (the
    request's, not the event's: unlabelled, ``reqmethod``), its client's SNJS and application
    versions (the ``x-snjs-version`` and ``x-application-version`` headers), not a list and a name."""
    entries = _object_entries(src, m, "js")
    out = []
    for key, kind in fields:
        found = re.search(r"\brequestMetadata\??\.(\w+)$", entries.get(key, ""))
        out.append([key, _SN_REQUEST_METADATA.get(found.group(1), kind) if found else kind])
    return out


def _slips29_counted_locals(src: str, m: re.Match, template: str) -> str:
    """(slips29) a template literal's ``${name}`` whose local the function counts
    (``let failedUsers = 0`` … ``failedUsers++``) prints a number, not a list. Kept as read when
    the interpolations and the placeholders do not pair one to one."""
    args = _nonblank_args(src, m.end(), "js")
    if not args or not args[0].strip().startswith("`"):
        return template
    expressions = re.findall(r"\$\{([^{}]*)\}", args[0])
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if len(slots) != len(expressions):
        return template
    before = src[:m.start()]
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        name = expression.strip()
        if re.fullmatch(r"\w+", name) and re.search(rf"\b(?:let|var)\s+{name}\s*=\s*\d+\s*$", before, re.M) \
                and re.search(rf"\b{name}\s*(?:\+\+|\+=)", before):
            template = template[:slot.start()] + "%{int}" + template[slot.end():]
    return template


# ---------------------------------------------------------------- round 30 (checked after the pin)


_ROUND_30_THRESHOLD = {
    "tempo": "info", "kyverno": "trace", "oauth2-proxy": "trace", "hydra": "info", "hertzbeat": "info",
    "seatunnel": "info", "openmrs": "info", "nautobot": "info", "indico": "info", "huey": "info",
    "statsd": "trace", "express-gateway": "info", "mqttnet": "trace", "rebus": "debug", "rumqttd": "warn",
    "atuin": "info", "sneakers": "info", "samson": "info", "owncloud": "warn", "hyperf": "trace",
    "irods": "info", "watchman": "info"}
# what a program's files say of all its calls: iRODS' log_x aliases (their category's name),
# Express Gateway's logger by file, MQTTnet's source by file
_ROUND_30_TABLE: dict[str, str] = {}
# iRODS' categories (irods_logger.hpp's category names) by the type an alias names
_IRODS_CATEGORIES = {"legacy": "legacy", "server": "server", "agent_factory": "agent_factory",
                     "agent": "agent",
                     "delay_server": "delay_server", "genquery1": "genquery1", "genquery2": "genquery2",
                     "resource": "resource", "database": "database", "authentication": "authentication",
                     "api": "api", "microservice": "microservice", "network": "network",
                     "rule_engine": "rule_engine", "sql": "sql"}


def _round_30_program(program: Program, files: dict[str, str]) -> None:
    """What a round 30 program's files say of all its calls: iRODS' log_x aliases, Express
    Gateway's labelled logger and MQTTnet's source, each by file."""
    _ROUND_30_TABLE.clear()
    if program.name == "irods":
        for text in files.values():
            for found in re.finditer(r"\b(?:using|namespace)\s+(log_\w+)\s*=\s*"
                                     r"irods::experimental::log::(\w+)", text):
                _ROUND_30_TABLE.setdefault(found.group(1),
                                           _IRODS_CATEGORIES.get(found.group(2), found.group(2)))
    if program.name == "express-gateway":
        for path, text in files.items():
            found = re.search(r"require\(\s*['\"][./]*(?:lib/)?logger['\"]\s*\)\.(\w+)", text) \
                or re.search(r"\{\s*(\w+)\s*:\s*logger\s*\}\s*=\s*"
                             r"require\(\s*['\"][./]*(?:lib/)?logger['\"]", text)
            if found:
                _ROUND_30_TABLE[path] = found.group(1)
    if program.name == "indico":
        for path, text in files.items():  # a package's logger = Logger.get('x'), its modules' too
            found = re.search(r"^logger\s*=\s*Logger\.get\(\s*['\"]([\w.]+)['\"]", text, re.M)
            if found:
                _ROUND_30_TABLE[path] = "indico." + found.group(1)
                if path.endswith("/__init__.py"):
                    _ROUND_30_TABLE["dir:" + path.rsplit("/", 1)[0]] = "indico." + found.group(1)
    if program.name == "mqttnet":
        for path, text in files.items():
            found = re.search(r"\.WithSource\(\s*(?:nameof\((\w+)\)|\"([^\"]+)\")", text)
            if found:
                _ROUND_30_TABLE[path] = found.group(1) or found.group(2)


def _round_30_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 30's calls not read the common way: watchman's
    log(LEVEL, a, b, ...) (its arguments printed one after another) and logf(LEVEL, "{}", v),
    oauth2-proxy's PrintAuthf(user, req, status, format, ...) (the format fourth)."""
    if program.name == "watchman":
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None
        if m.group().startswith("logf"):
            template, _, fields = _message(args, program)
            return (template.removesuffix("\n") if template else template), fields
        parts = []
        values = []
        for arg in args:
            text = _literal_text(arg, lang)
            if text is not None:
                parts.append(text.replace("{", "{{").replace("}", "}}"))
            else:
                parts.append("{}")
                values.append(arg)
        fmt = "".join(parts).removesuffix("\n")
        quoted = '"' + fmt.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        template, _, fields = _message([quoted, *values], program)
        return template, fields
    if program.name == "oauth2-proxy" and m.group().endswith("PrintAuthf("):
        args = _nonblank_args(src, m.end(), lang)
        if not args or len(args) < 4:
            return None
        template, _, fields = _message(args[3:], program)
        return template, fields
    return None


def _round_30_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 30 call its program's default setup does not print (below its threshold;
    kyverno's V(n) over its -v 2 and its generated clients' logging wrappers (cmd builds its
    clients with metrics and tracing, not WithLogging), OpenMRS' org.openmrs at WARN but
    org.openmrs.api at INFO, the
    atuin server's ERROR (no RUST_LOG) beside its daemon's info)."""
    call = m.group()
    if program.name == "kyverno":
        if re.search(r"^func WithLogging\(", src, re.M):
            return True  # the generated clients' logging wrappers: no client is built with them
        verbosity = re.search(r"\.V\(\s*(\d+)\s*\)", call)
        return bool(verbosity) and int(verbosity.group(1)) > 2
    if program.name == "openmrs":
        package = re.search(r"^package\s+([\w.]+)", src, re.M)
        name = package.group(1) if package else ""
        threshold = "info" if name == "org.openmrs.api" or name.startswith("org.openmrs.api.") else "warn"
        return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]
    if program.name == "atuin" and path.startswith("crates/atuin-server"):
        return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER["error"]
    threshold = _ROUND_30_THRESHOLD.get(program.name, "trace")
    return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]


def _round_30_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 30's calls said otherwise than by the called name: statsd's type after
    the text, kyverno's V(n) (zerologr: V(1) debug, V(2) trace), watchman's level argument,
    Nautobot's job logger's success and failure."""
    call = m.group()
    if program.name == "statsd":
        args = _nonblank_args(src, m.end(), "js")
        word = (_literal_text(args[1], "js") or "") if args and len(args) > 1 else "DEBUG"
        return {"DEBUG": "debug", "INFO": "info", "WARNING": "warn", "WARN": "warn", "ERROR": "error",
                "CRIT": "critical", "NOTICE": "notice"}.get(word.upper().removeprefix("LOG_"), "info")
    if program.name == "kyverno":
        verbosity = re.search(r"\.V\(\s*(\d+)\s*\)", call)
        if verbosity and call.endswith(".Info("):
            return {0: "info", 1: "debug"}.get(int(verbosity.group(1)), "trace")
        return level
    if program.name == "watchman":
        word = re.search(r"\(\s*(\w+)", call)
        return {"ERR": "error", "DBG": "debug", "FATAL": "fatal", "ABORT": "fatal"}.get(
            word.group(1) if word else "", level)
    if program.name == "nautobot" and re.search(r"\.(?:failure|success)\($", call):
        return "error" if call.endswith("failure(") else "info"
    if program.name in ("nautobot", "indico", "huey") and ".exception(" in call:
        return "error"
    return level


_EG_COLOURS = {"error": "31", "warn": "33", "info": "32", "verbose": "36", "debug": "34"}
_ZEROLOG_LEVELS = {"trace": ("TRC", "35"), "debug": ("DBG", "33"), "info": ("INF", "32"),
                   "warn": ("WRN", "31"),
                   "error": ("ERR", "1;31"), "fatal": ("FTL", "1;31")}


def _round_30_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 30's loggers print before (and after) the message, read from each one's
    logging code and default setup (the time left out)."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE", "alert": "ALERT",
             "emergency": "EMERGENCY"}.get(level, "INFO")
    python = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
    if program.name == "kyverno":
        # zerolog's ConsoleWriter in colour (logging.Setup's text format): level, caller, " >"
        word, colour = _ZEROLOG_LEVELS.get(level, _ZEROLOG_LEVELS["info"])
        return (f"\x1b[{colour}m{word}\x1b[0m \x1b[1mgithub.com/kyverno/kyverno/{path}:{line}\x1b[0m"
                f"\x1b[36m >\x1b[0m " + template)
    if program.name == "oauth2-proxy":
        # the standard format "[{{.Timestamp}}] [{{.File}}] {{.Message}}"; the auth format
        # "{{.Client}} - {{.RequestID}} - {{.Username}} [{{.Timestamp}}] [{{.Status}}] {{.Message}}"
        if call.endswith("PrintAuthf("):
            args = _nonblank_args(src, m.end(), "go") or []
            status = re.search(r"Auth(Success|Failure|Error)", args[2]) if len(args) > 2 else None
            return (f"%{{ip}} - %{{uuid}} - %{{email}} [Auth{status.group(1) if status else 'Success'}] "
                    + template)
        return f"[{base}:{line}] " + template
    if program.name == "hertzbeat":
        # logback-spring.xml's console: "time [%thread] %-5level %logger - %msg"
        return f"[%{{name}}] {upper:<5} {_java_class(src, path)} - " + template
    if program.name == "seatunnel":
        # log4j2.properties: "[%X{ST-JID}] time %-5p [%-30.30c{1.}] [%t] - %m" (no job id outside one)
        name = ".".join([*(p[:1] for p in _java_class(src, path).split(".")[:-1]),
                         _java_class(src, path).split(".")[-1]])[-30:]
        return f"[] {upper:<5} [{name:<30}] [%{{name}}] - " + template
    if program.name == "openmrs":
        # log4j2.xml's "%p - %C{1}.%M(%L) |%d{ISO8601}| %m"
        return (f"{upper} - {base.removesuffix('.java')}.{_round_28_java_method(src, m.start())}({line}) "
                f"|%{{time}}| " + template)
    if program.name == "nautobot":
        # settings' "normal" format: "time %(levelname)-7s %(name)s :\n  %(message)s"
        return f"{python:<7} {_py_logger_name(src, m, path)} :\n  " + template
    if program.name == "indico":
        # logging.yaml's default format: "time  %(levelname)-7s  %(request_id)s  %(user_id)-6s
        # %(name)-25s %(message)s", the logger Logger.get('x')'s "indico.x"
        name = _ROUND_30_TABLE.get(path, "")
        folder = path.rsplit("/", 1)[0]
        while not name and "/" in folder:  # imported from its package: the nearest one's
            name = _ROUND_30_TABLE.get("dir:" + folder, "")
            folder = folder.rsplit("/", 1)[0]
        name = name or "indico"
        if program.name in _SLIPS30:
            return f"{python:<7}  {_slips30_indico_request(path)}  {name:<25} " + template
        return f"{python:<7}  %{{hex}}  %{{int}}  {name:<25} " + template
    if program.name == "huey":
        # consumer_options' "[time] %(levelname)s:%(name)s:%(threadName)s:%(message)s"
        thread = _slips30_huey_thread(path, src, m.start()) if program.name in _SLIPS30 else "%{name}"
        return f"{python}:{_py_logger_name(src, m, path)}:{thread}:" + template
    if program.name == "statsd":
        # util.log: "time - TYPE: message", the type as given (DEBUG when none)
        args = _nonblank_args(src, m.end(), "js") or []
        word = (_literal_text(args[1], "js") or "DEBUG") if len(args) > 1 else "DEBUG"
        return f"- {word}: " + template
    if program.name == "express-gateway":
        # lib/logger.js: "time [EG:label] level: message", the level coloured by winston
        label = _ROUND_30_TABLE.get(path, "gateway")
        word = {"fatal": "error", "critical": "error"}.get(level, level)
        return f"[EG:{label}] \x1b[{_EG_COLOURS.get(word, '32')}m{word}\x1b[39m: " + template
    if program.name == "mqttnet":
        # MqttNetLogMessage: "[time] [LogId] [ThreadId] [Source] [Level]: message"
        word = {"verbose": "Verbose", "debug": "Verbose", "warn": "Warning",
                "error": "Error"}.get(level, "Info")
        source = _ROUND_30_TABLE.get(path, base.removesuffix(".cs"))
        return f"[] [%{{small}}] [{source}] [{word}]: " + template
    if program.name == "rebus":
        # ConsoleLoggerFactory's "[LVL] time Type (thread): message"
        word = {"debug": "DBG", "warn": "WRN", "error": "ERR"}.get(level, "INF")
        thread = _slips30_rebus_thread(path, src, m.start()) if program.name in _SLIPS30 else "%{name}"
        return f"[{word}] {_round_29_category(src, m.start(), path)} ({thread}): " + template
    if program.name == "rumqttd":
        # tracing-subscriber's pretty format (no file, line, thread): level, target
        target = _round_28_target(path, "rumqttd")
        if program.name in _SLIPS30:
            # ((slips30) Pretty's target bold in the level's colour, its colon and the message
            # in that colour: the fields and the colour's end are generate.py's)
            colour = _PRETTY_COLOURS.get(level, "32")
            return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[1;{colour}m{target}\x1b[0m"
                    f"\x1b[{colour}m: \x1b[{colour}m" + template)
        return f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[1m{target}\x1b[0m: " + template
    if program.name == "atuin":
        crate = path.split("/")[1].replace("-", "_") if path.startswith("crates/") else "atuin"
        if path.startswith("crates/atuin-server"):
            # the server's fmt layer in colour: "LEVEL target: "
            target = _round_28_target(path, crate)
            return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[2m{target}"
                    f"\x1b[0m\x1b[2m:\x1b[0m " + template)
        # the daemon's log file (no colour): "LEVEL target: "
        return f"{upper:>5} {_round_28_target(path, crate)}: " + template
    if program.name == "sneakers":
        # ProductionFormatter: "time p-pid t-thread LEVEL: message"
        # ((slips30) its thread Thread.current.object_id.to_s(36): _slips30_values)
        thread = "%{rubyoid36}" if program.name in _SLIPS30 else "%{word}"
        return f"p-%{{int}} t-{thread} {upper}: " + template
    if program.name == "hyperf":
        # StdoutLogger: "[LEVEL] message", PSR-3's level names in capitals
        return f"[{python}] " + template
    if program.name == "watchman":
        # "time: [thread] message"
        return "[%{name}] " + template
    return template


def _round_30_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 30's loggers add to a call's own: iRODS' category, host, pid and server
    type, ownCloud's request details, kyverno's logger name, Tempo's caller, Hydra's logger."""
    path, line = at.rsplit(":", 1)
    if program.name == "irods":
        alias = re.match(r"(log_\w+)::", m.group())
        category = _ROUND_30_TABLE.get(alias.group(1) if alias else "", "legacy")
        server = "agent" if not path.startswith("server/main_server") and not path.startswith(
            "server/delay_server") else "server"
        return [["log_category", "=" + category], *fields, ["server_host", "host"], ["server_pid", "int"],
                ["server_type", "=" + server]]
    if program.name == "owncloud":
        cli = "/Command/" in path or "/BackgroundJob/" in path or path.startswith("lib/private/Console/")
        app = next((f for f in fields if f[0] == "app"), None)
        app_name = path.split("/")[1] if path.startswith("apps/") else "core"
        # the context's other keys are not printed (interpolated into the message or dropped)
        return [["reqId", "word"], ["remoteAddr", "=" if cli else "ip"], ["user", "=--" if cli else "user"],
                ["app", app[1] if app and app[1].startswith("=") else "=" + app_name],
                ["method", "=--" if cli else "method"], ["url", "=--" if cli else "path"]]
    if program.name == "tempo":
        return [["caller", f"={path.rsplit('/', 1)[-1]}:{line}"], *fields]
    return fields


# ---------------------------------------------------------------- round 30 checked again (slips30)


# (rules 30, checked in round 32: slips30) the round 30 programs whose corpus slips were fixed
# by name, each read as its code prints it (docs/patterns.md § The call-site corpus, "Checked
# again in round 32 (slips30)")
_SLIPS30_PROGRAMS = ("irods", "owncloud", "sneakers", "huey", "watchman", "rumqttd", "hydra", "rebus",
                     "nautobot", "indico", "hyperf", "oauth2-proxy")
_SLIPS30: set[str] = set()
# (slips30) what an expression prints, by program: a Bunny::Consumer's inspect (its object id,
# channel, queue, Bunny's generated consumer tag "bunny-<ms>-<random>", sneakers' ack: no_ack
# false), a consumer's tag, a routing key's name, Ruby's $! (the exception's message), the error
# reporter's message (quoted by inspect), classes and backtrace; huey's PID, its timestamp (a
# datetime) and a signal's name
_SLIPS30_EXPRESSIONS = {
    "sneakers": {"@consumer.inspect": "#<Bunny::Consumer:%{int} @channel_id=%{small} @queue=%{name}> "
                                      "@consumer_tag=bunny-%{epoch}-%{int} @exclusive=false @no_ack=false>",
                 "cancel_ok.consumer_tag": "bunny-%{epoch}-%{int}", "options[:routing_key]": "%{name}",
                 "$!": "%{err}", "exception.message.inspect": "%{err|q}", "exception.class": "%{class}",
                 "worker.class": "%{class}", "exception.backtrace.take(50).join(',')": "%{rubybacktrace}"},
    "huey": {"os.getpid()": "%{int}", "self.huey._get_timestamp()": "%{time}",
             "signal.Signals(self._signum).name": "%{signame}"},
    # Nautobot's models print their name (str(obj), a webhook's, a job hook's), their pk a UUID
    # (BaseModel's UUIDField)
    "nautobot": {"obj": "%{name}", "obj.pk": "%{uuid}", "webhook": "%{name}", "jh": "%{name}"},
    # oauth2-proxy's auth statuses (logger.AuthStatus constants, their names), a stripped endpoint
    # (a URL), a SessionState's String() (a typical OIDC login's: tokens, its times)
    "oauth2-proxy": {"logger.AuthFailure": "AuthFailure", "logger.AuthSuccess": "AuthSuccess",
                     "logger.AuthError": "AuthError", "stripToken(endpoint)": "%{url}",
                     "session": "Session{email:%{email} user:%{user} PreferredUsername:%{user} token:true "
                                "id_token:true created:%{time} expires:%{time} refresh_token:true}"},
    # watchman's spawner (the program's path it runs) and the status proc.wait() returns
    "watchman": {"spawner": "%{path}", "res": "%{int}", "WEXITSTATUS(res)": "%{int}",
                 "WTERMSIG(res)": "%{int}"}}


def _slips30_call(program: Program, src: str, m: re.Match) -> tuple[str | None, list[list[str]]] | None:
    """(slips30) sneakers' ErrorReporter::DefaultLogger (the default error reporter: every
    exception a worker's work raises): ``Sneakers.logger.error log_string``, a local its method
    grows by ``log_string += "…"`` (each with its ``unless``: an exception with a backtrace, both
    added); read as the texts added one after another."""
    texts = _sneakers_log_string(src, m) if program.name == "sneakers" else None
    if not texts:
        return None
    template, _, fields = _message(['"' + "".join(texts) + '"'], program)
    return template, fields


def _sneakers_log_string(src: str, m: re.Match) -> list[str] | None:
    """(slips30) the texts sneakers' method adds to ``log_string`` (``log_string += "…"``) before
    a call that logs it, in order; None for another call."""
    if not re.match(r"[ \t]+log_string\s*$", src[m.end():].split("\n", 1)[0]):
        return None
    method = src[:m.start()].rsplit("\n  def ", 1)[-1].rsplit("\n    def ", 1)[-1]
    parts = re.findall(r"^\s*log_string \+?= ('[^'\n]*'|\"(?:[^\"\\\n]|\\.)*\")", method, re.M)
    return [part[1:-1] for part in parts] or None


def _slips30_values(program: Program, src: str, m: re.Match, template: str) -> str:
    """(slips30) a message's values whose expressions print otherwise than their kinds were
    guessed (``_SLIPS30_EXPRESSIONS``), paired with the placeholders one to one: a Ruby string's
    interpolations (the rest of the call's line: a block's ``{"…"}`` too; sneakers' grown
    ``log_string``'s), watchman's and oauth2-proxy's Println operands that are no literals, a
    format's arguments after it (an f-string's own values); Rebus' and Hyperf's read apart
    (``_slips30_rebus_values``, ``_slips30_hyperf_values``), Nautobot's bound message after.
    Kept as read when they do not pair."""
    table = _SLIPS30_EXPRESSIONS.get(program.name, {})
    if program.language == "ruby":
        line = "".join(_sneakers_log_string(src, m) or [src[m.end():].split("\n", 1)[0]])
        expressions = re.findall(r"#\{((?:[^{}]|\{[^{}]*\})*)\}", line)
    elif program.name == "rebus":
        return _slips30_rebus_values(src, m, template)
    elif program.name == "hyperf":
        return _slips30_hyperf_values(src, m, template)
    elif program.name == "watchman":  # log(LEVEL, a, b, …): its arguments that are not literals
        args = _nonblank_args(src, m.end(), "c") or []
        if m.group().startswith("logf"):
            return template
        expressions = [a for a in args if _literal_text(a, "c") is None]
    elif program.name == "oauth2-proxy":
        args = _nonblank_args(src, m.end(), "go") or []
        if m.group().endswith(("Print(", "Println(", "Error(", "Errorln(")):  # operands, one after another
            expressions = [a for a in args if _literal_text(a, "go") is None]
        else:  # a format's arguments (PrintAuthf's after its user, request and status)
            expressions = args[4:] if m.group().endswith("PrintAuthf(") else args[1:]
    else:
        args = _nonblank_args(src, m.end(), program.language) or []
        expressions = args[1:]
        if program.language == "python" and len(args) == 1 and re.match(r"\s*f[\"']", args[0]):
            expressions = re.findall(r"(?<!\{)\{([^{}]*)\}", args[0])  # an f-string's own values
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        text = table.get(expression.strip())
        if text is not None:
            template = template[:slot.start()] + text + template[slot.end():]
    if program.name == "nautobot":
        template = _slips30_nautobot_message(src, m, template)
    return template


# (slips30) Hyperf's server types (AfterWorkerStartListener's closure: its returns)
_HYPERF_SERVER_TYPES = ["TCP", "UDP", "UNKNOWN", "WebSocket", "HTTP"]


def _slips30_hyperf_values(src: str, m: re.Match, template: str) -> str:
    """(slips30) Hyperf's values: a worker's id (``$workerId``, Swoole's: 0, 1, …) a small
    number, a server's type one of the texts its closure returns; and what StdoutLogger writes:
    Symfony's console, not decorated off a terminal, strips its style tags (``<info>…</info>``)."""
    template = re.sub(r"</?(?:info|comment|error|question)>", "", template)
    args = _nonblank_args(src, m.end(), "php") or []
    first = args[0].strip() if args else ""
    inner = _nonblank_args(first, len("sprintf("), "php") or [] if first.startswith("sprintf(") else [first]
    if not inner or not inner[0].strip().startswith(('"', "'")):
        return template
    rest = iter(a.strip() for a in inner[1:])
    expressions = []  # in the format's order: its interpolations and its conversions' arguments
    for found in re.finditer(r"\{\$([^{}]+)\}|\$(\w+(?:->\w+)*)|%%|%[-+ 0#]*\d*(?:\.\d+)?[sdfuxXbceEgGo]",
                             inner[0]):
        if found.group(2) and inner[0].strip().startswith("'"):
            continue  # no interpolation in single quotes
        if found.group() != "%%":
            expressions.append(found.group(1) or found.group(2) or next(rest, ""))
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        name = expression.strip().removeprefix("$")
        if name in ("workerId", "this->workerId"):
            template = template[:slot.start()] + "%{small}" + template[slot.end():]
        elif name == "type" and template.startswith("%{word}%{choice} Server listening at ") \
                and len(_CHOICES) == 1:
            _CHOICES.insert(0, list(_HYPERF_SERVER_TYPES))
            template = template[:slot.start()] + "%{choice}" + template[slot.end():]
    return template


def _slips30_nautobot_message(src: str, m: re.Match, template: str) -> str:
    """(slips30) Nautobot's ``logger.info(f"{msg} {obj} (PK: {obj.pk})")`` after ``msg =
    f"{verb} {…verbose_name}"`` and ``verb = "Created" if created else "Modified"``: the verb
    one of its two texts (a choice), the model's verbose name a noun, not any text."""
    before = src[:m.start()]
    bound = re.findall(r'^\s*msg = f"\{verb\} \{[\w.]*verbose_name\}"$', before, re.M)
    verb = re.findall(r'^\s*verb = "(\w+)" if \w+ else "(\w+)"$', before, re.M)
    args = _nonblank_args(src, m.end(), "python") or []
    if not (bound and verb and len(args) == 1 and re.match(r'\s*f"\{msg\} ', args[0])
            and template.startswith("%{text} ") and not _CHOICES):
        return template
    _CHOICES.append(list(verb[-1]))
    return "%{choice} %{noun} " + template[len("%{text} "):]


# (slips30) the kinds a Rebus value is a string of (its RenderString's FormatObject prints a
# string in double quotes, a number, Guid, TimeSpan or enum bare)
_REBUS_STRING_KINDS = frozenset(("name", "path", "text", "any", "word", "user", "host", "addr", "url", "id"))


def _slips30_rebus_values(src: str, m: re.Match, template: str) -> str:
    """(slips30) Rebus' RenderString: each placeholder, in order, the call's next argument as
    FormatObject prints it: a string in double quotes (a name, a queue, a message's id or label,
    an error's details; a saga data's Id is a Guid, bare), a sequence as ``[a, b]`` of its items,
    an object that is neither (a message's body) its ToString(), its type's name. Kept as read
    when the arguments and the placeholders do not pair."""
    args = _nonblank_args(src, m.end(), "csharp") or []
    first = 1 if len(args) > 1 and _literal_text(args[0], "csharp") is None \
        and _literal_text(args[1], "csharp") is not None else 0
    expressions = [a.strip() for a in args[first + 1:]]
    slots = list(re.finditer(r"%\{([^{}|]*)[^{}]*\}", template))
    if len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        kind, text = slot.group(1), slot.group()
        if re.search(r"(?i)sagadata(?:\.id|id)$", expression):
            continue  # a Guid
        if re.search(r"(?i)(?:count|number|parallelism|seconds|milliseconds|attempts)\W*$", expression):
            if kind in ("any", "list"):  # a number (saveAttempts, MaxParallelism), bare
                template = template[:slot.start()] + "%{int}" + template[slot.end():]
            continue
        if " ? " in expression and "string.Join(" in expression:
            text = '"%{name}"'  # a string either way
        elif kind == "struct":
            text = "%{class}"  # an object's ToString(): its type's full name
        elif kind == "list":
            text = '["%{name}"]'
        elif kind in _REBUS_STRING_KINDS or (kind == "err" and (expression == "errorDetails"
                                                              or expression.endswith(".Message"))):
            text = '"' + text + '"'
        template = template[:slot.start()] + text + template[slot.end():]
    return template


def _slips30_rebus_thread(path: str, src: str, at: int) -> str:
    """(slips30) the thread Rebus' ConsoleLoggerFactory names (``Thread.CurrentThread.Name``,
    else ``Thread #<ManagedThreadId>``): a ThreadPoolWorker's ``Run`` its own thread, named for
    the worker (the bus "Rebus 1", one worker by default); the rest runs on the pool's unnamed
    threads (the pipeline's continuations after an await, timers, the host's start)."""
    if path == "Rebus/Workers/ThreadPoolBased/ThreadPoolWorker.cs":
        methods = re.findall(r"^    (?:[\w<>\[\]]+\s+)+(\w+)\s*\(", src[:at], re.M)
        if methods and methods[-1] == "Run":
            return "Rebus 1 worker 1"
    return "Thread #%{small}"


def _slips30_indico_request(path: str) -> str:
    """(slips30) Indico's ``%(request_id)s  %(user_id)-6s`` (core/logger.py's filters): in a
    request its id (``uuid4().hex[:16]``) and its user's id or ``-``, left-justified in 6; outside
    one (a Celery task, the CLI) sixteen zeros and ``-``."""
    if re.search(r"(?:^|/)(?:tasks\.py|cli/|celery/)", path):
        return "0000000000000000  -     "
    return "%{hex16}  %{userid6}"


def _slips30_huey_thread(path: str, src: str, at: int) -> str:
    """(slips30) the thread huey's ``%(threadName)s`` names (the consumer's default: one worker
    thread, ``-w 1 -k thread``): ``_create_process`` names its threads ``Worker-1`` and
    ``Scheduler``; a Worker's code and what it runs (the Huey's execute, its signals, its
    serializer) the worker's, the Scheduler's and the Huey's ``read_schedule`` the scheduler's,
    the Consumer's own loop ``MainThread``, the loop ``_create_process`` runs in each thread its
    worker's."""
    before = src[:at]
    klass = re.findall(r"^class (\w+)", before, re.M)
    function = re.findall(r"^    def (\w+)", before, re.M)
    if path == "huey/consumer.py":
        if klass and klass[-1] == "Scheduler":
            return "Scheduler"
        if klass and klass[-1] == "Consumer":
            return "Worker-1" if function and function[-1] == "_create_process" else "MainThread"
        return "Worker-1"
    if path == "huey/api.py" and function and function[-1] == "read_schedule":
        return "Scheduler"
    return "Worker-1"


# (slips30) iRODS' fields of an API request (rsApiHandler.cpp's attach_api_request_info_to_logger:
# set for an agent's every record once it handles a request, never cleared): the client's
# version (RODS_REL_VERSION "rods@IRODS_VERSION@", the pin's 5.0.90; RODS_API_VERSION "d")
_IRODS_REQUEST = [["request_api_name", "word"], ["request_api_number", "int"], ["request_api_version", "=d"],
                  ["request_client_user", "user"], ["request_host", "ip"], ["request_proxy_user", "user"],
                  ["request_release_version", "=rods5.0.90"]]


def _slips30_fields(program: Program, src: str, m: re.Match, at: str,
                    fields: list[list[str]]) -> list[list[str]]:
    """(slips30) the fields round 30's JSON loggers print, read again: iRODS' server type by the
    process the code runs in (the delay server's ``delay_server``, agent_main.cpp's factory
    ``agent_factory`` until the forked agent sets ``agent``), its zone (``server_zone``, the
    setup's default ``tempZone``) and an agent's request fields; ownCloud's request id
    (``secureRandom->generate(20)``: 20 letters and digits), its method the request's (not the
    event's: unlabelled), its ``app`` the context's (``'app' => 'mysql.setup'``; none given:
    Log.php's "no app in context")."""
    path = at.rsplit(":", 1)[0]
    if program.name == "irods":
        server = next((f[1][1:] for f in fields if f[0] == "server_type"), "agent")
        if path.startswith("server/delay_server"):
            server = "delay_server"
        elif path == "server/main_server/src/agent_main.cpp":
            agent = src.find('set_server_type("agent")')
            function = _slips30_cpp_function(src, m.start())
            factory = function in ("log_stacktrace_files", "reap_agent_processes")
            server = "agent_factory" if factory or agent < 0 or m.start() < agent else "agent"
        out = [[k, "=" + server] if k == "server_type" else [k, kind] for k, kind in fields]
        out.append(["server_zone", "=tempZone"])
        if server == "agent" and not path.startswith("server/main_server/"):
            out += _IRODS_REQUEST
        return out
    if program.name == "owncloud":
        args = _nonblank_args(src, m.end(), "php") or []
        context = args[1].strip() if len(args) > 1 else "[]"
        app = None
        if context.startswith(("[", "array(")):
            found = re.search(r"""['"]app['"]\s*=>\s*([^,\]\)]+)""", context)
            text = _literal_text(found.group(1).strip(), "php") if found else None
            app = "=no app in context" if found is None else "=" + text if text is not None else None
        out = []
        for key, kind in fields:
            if key == "reqId":
                kind = "alnum20"
            elif key == "method" and kind == "method":
                kind = "reqmethod"
            elif key == "app" and app is not None:
                kind = app
            out.append([key, kind])
        return out
    return fields


# (slips30) the macros a Linux build of watchman defines (its CMake checks: inotify, not kqueue,
# FSEvents or Solaris' port_create) or not (another system's)
_LINUX_MACROS = {"__linux__": True, "HAVE_INOTIFY_INIT": True, "_WIN32": False, "_MSC_VER": False,
                 "__APPLE__": False, "HAVE_KQUEUE": False, "HAVE_FSEVENTS": False, "HAVE_PORT_CREATE": False,
                 "__FreeBSD__": False, "__OpenBSD__": False, "__sun": False}


def _slips30_unprinted(program: Program, path: str, src: str, m: re.Match) -> bool:
    """(slips30) a call its program does not reach as shipped: watchman's code for another
    system than the Linux its servers run (``_linux_dead``), Rebus' TPL-based workers (its
    RebusConfigurer's default IWorkerFactory the thread-pool-based one)."""
    if program.name == "rebus":  # (the TPL workers: UseTplToReceiveMessages() alone builds them)
        return path.startswith("Rebus/Workers/TplBased/")
    return program.name == "watchman" and _linux_dead(src, m.start())


def _linux_dead(src: str, at: int) -> bool:
    """(slips30) whether ``at`` lies in a preprocessor branch a Linux build leaves out: an
    ``#ifdef _WIN32`` (``__APPLE__``, ``HAVE_KQUEUE``, …), the ``#else`` of an ``#ifdef
    __linux__``. A condition ``_linux_condition`` does not judge keeps its branches."""
    # each open #if: [whether its current branch is compiled, whether an earlier one was]
    # (True, False, or None: not judged)
    frames: list[list] = []
    for line in src[:at].splitlines():
        found = re.match(r"\s*#\s*(ifdef|ifndef|if|elif|else|endif)\b\s*(.*)", line)
        if not found:
            continue
        word, rest = found.group(1), re.sub(r"/[/*].*", "", found.group(2)).strip()
        if word in ("ifdef", "ifndef", "if", "elif"):
            if word in ("ifdef", "ifndef"):
                truth = _LINUX_MACROS.get(rest.split()[0] if rest else "")
                if truth is not None and word == "ifndef":
                    truth = not truth
            else:
                truth = _linux_condition(rest)
            if word != "elif":
                frames.append([truth, truth])
            elif frames:
                taken = frames[-1][1]
                current = False if taken is True else truth if taken is False else (
                    False if truth is False else None)
                frames[-1] = [current, True if True in (taken, truth) else
                              (False if taken is False and truth is False else None)]
        elif word == "else" and frames:
            taken = frames[-1][1]
            frames[-1] = [None if taken is None else not taken, True]
        elif word == "endif" and frames:
            frames.pop()
    return any(truth is False for truth, _ in frames)


def _linux_condition(text: str) -> bool | None:
    """(slips30) an ``#if``'s condition on a Linux build: one macro (``X``, ``defined(X)``,
    negated or not) or such terms joined by ``||`` alone or ``&&`` alone; None when not judged."""
    joiner = "||" if "||" in text else "&&"
    truths = []
    for term in text.split(joiner):
        single = re.fullmatch(r"(!?)\s*(?:defined\s*\(?\s*(\w+)\s*\)?|(\w+))", term.strip())
        truth = _LINUX_MACROS.get(single.group(2) or single.group(3)) if single else None
        truths.append(None if truth is None else truth != bool(single.group(1)))
    if joiner == "||":
        return True if True in truths else False if all(t is False for t in truths) else None
    return False if False in truths else True if all(t is True for t in truths) else None


def _slips30_cpp_function(src: str, at: int) -> str | None:
    """(slips30) ``__func__``: the name of the C++ function whose definition (its name, its
    parameters, then its body's ``{``: ``auto main(int argc, char* argv[]) -> int {``, indented
    in a namespace or not) is the last before ``at``, without its class; not a statement's call
    at a line's start (``    sigemptyset(&set);``), nor a call given a lambda (``std::for_each(a,
    b, [](auto& x) {``), nor words in a comment."""
    code = re.sub(r"/\*.*?\*/|//[^\n]*", lambda comment: re.sub(r"[^\n]", " ", comment.group()),
                  src[:at], flags=re.S)
    defined = [found.group(1) for found in _CPP_DEFINITION.finditer(code)
               if found.group(1).rsplit("::", 1)[-1] not in _NOT_A_DEFINITION
               and not re.search(r"\]\s*\(", found.group())]
    return defined[-1].rsplit("::", 1)[-1] if defined else None


# ---------------------------------------------------------------- round 31 checked again (slips31)


# (rules 31, checked in round 33: slips31) the round 31 programs whose corpus slips were fixed
# by name, each read as its code prints it (docs/patterns.md § The call-site corpus, "Checked
# again in round 33 (slips31)")
_SLIPS31_PROGRAMS = ("stream-collector", "akhq", "audiobookshelf", "mihomo", "trento", "grav", "rauthy",
                     "mealie", "lidarr", "docmost")
_SLIPS31: set[str] = set()
# (slips31) what an expression prints, by program: stream-collector's retries left (an Int) and
# its next backoff (a Long, the milliseconds the text names after it); AKHQ's record's partition
# (Record's int), a header auth's IP patterns (a List<String>: Java's toString "[a, b]", one
# pattern), a failed login's name (Authentication::getName)
_SLIPS31_EXPRESSIONS = {
    "stream-collector": {"retriesLeft": "%{int}", "nextBackoff": "%{int}"},
    "akhq": {"record.getPartition()": "%{int}", "headerAuth.getIpPatterns()": "[%{ip}]",
             'authenticationFailed.getAuthentication().map(Authentication::getName).orElse("unknown")':
                 "%{user}"},
    # mihomo's listeners' and providers' names (the config's), a tunnel's target (an address), the
    # behaviour of a rule provider the warning names (its switch's case: Classical), a source's
    # detail (SourceAddress: JoinHostPort of its IP and port), a chain's last proxy, a GeoIP or
    # GeoSite rule's country (a code) and its adapter (a proxy's name)
    "mihomo": {**{f"{receiver}.Name()": "%{name}" for receiver in ("v", "h", "t", "m", "r", "s", "rp")},
               "t.config.Target": "%{addr}", "rp.Behavior()": "Classical",
               "metadata.SourceDetail()": "%{ip}:%{port}", "remoteConn.Chains().Last()": "%{name}",
               "country": "%{word}", "adapter": "%{name}"},
    # Trento's aggregates' ids (a host's, a cluster's, an agent's, a SAP system's, a database's: UUIDs,
    # a stream's id its aggregate's), a stream's version (an int) and the roll-up's threshold
    # (@max_stream_version: config.exs' max_stream_version 10_000)
    "trento": {**{name: "%{uuid}" for name in ("host_id", "cluster_id", "agent_id", "sap_system_id",
                                               "database_id", "stream_id")},
               "stream_version": "%{int}", "@max_stream_version": "10000"},
    # mealie's count of rows a statement changed (an int), a user's id (its GUID type: a UUID)
    "mealie": {"result.rowcount": "%{int}", "default_user.id": "%{uuid}"},
    # docmost's count of the pages an import processed (an int)
    "docmost": {"totalPagesProcessed": "%{int}"}}
# (slips31) Micronaut's AuthenticationFailureReason (its names, printed by an enum's toString) and
# the message AuthenticationFailed makes of one (createMessage: its words in Title Case)
_MICRONAUT_FAILURES = ["USER_NOT_FOUND", "CREDENTIALS_DO_NOT_MATCH", "USER_DISABLED", "ACCOUNT_EXPIRED",
                       "ACCOUNT_LOCKED", "PASSWORD_EXPIRED", "UNKNOWN"]
_SLIPS31_CHOICES = {
    "akhq": {"authenticationFailed.getReason()": _MICRONAUT_FAILURES,
             'authenticationFailed.getMessage().orElse("none")':
                 [reason.replace("_", " ").title() for reason in _MICRONAUT_FAILURES]},
    # (mihomo) a connection's network (C.NetWork's String: "tcp" or "udp"), upper-cased
    "mihomo": {"strings.ToUpper(metadata.NetWork.String())": ["TCP", "UDP"]},
    # (grav) PHP's gettype of a scalar a YAML config holds where a mapping belongs (not null, not an
    # array: Page's constructor warns only then)
    "grav": {"gettype($raw)": ["string", "integer", "boolean", "double"]}}


def _slips31_values(program: Program, src: str, m: re.Match, template: str) -> str:
    """(slips31) a message's values whose expressions print otherwise than their kinds were
    guessed, paired with the placeholders one to one (a Scala s-string's ``$x`` and ``${x}``, a
    Java format's arguments after it): ``_SLIPS31_EXPRESSIONS``' texts, ``_SLIPS31_CHOICES``' one
    of a few texts, and a Scala local string the method builds before the call (``val error =
    s"…"``, stream-collector's) its own text. Kept as read when they do not pair."""
    table = _SLIPS31_EXPRESSIONS.get(program.name, {})
    choices = _SLIPS31_CHOICES.get(program.name, {})
    args = _nonblank_args(src, m.end(), program.language) or []
    if program.name == "audiobookshelf":
        return _slips31_caught_errors(src, m, args, template)
    if program.language == "scala":
        literal = args[0].strip() if len(args) == 1 else ""
        found = re.findall(r"\$\{((?:[^{}]|\{[^{}]*\})*)\}|\$(\w+)", literal) if literal[:2] == 's"' else []
        expressions = [braced or bare for braced, bare in found]
    elif program.language == "php" and len(args) == 1 and args[0].strip().startswith("sprintf("):
        # its format's arguments
        expressions = (_nonblank_args(args[0].strip(), len("sprintf("), "php") or [])[1:]
    elif program.language == "rust" and args and args[0].strip().startswith('"'):
        # a format's holes, in order: an inline name ({id}) its own, a bare one ({}, {:?}) the next argument
        rest = iter(a.strip() for a in args[1:])
        expressions = [found.group(1) or next(rest, "")
                       for found in re.finditer(r"(?<!\{)\{(\w*)(?::[^{}]*)?\}", args[0].strip())]
    elif program.language == "python" and len(args) == 1 and re.match(r"\s*f[\"']", args[0]):
        expressions = re.findall(r"(?<!\{)\{([^{}]*)\}", args[0])  # an f-string's own values (its parts')
    elif program.language == "js" and len(args) == 1 and args[0].strip().startswith("`"):
        expressions = re.findall(r"\$\{((?:[^{}]|\{[^{}]*\})*)\}", args[0])  # a template literal's values
    elif program.language == "elixir":  # an Elixir string's interpolations
        literal = args[0].strip() if len(args) == 1 else ""
        expressions = re.findall(r"#\{((?:[^{}]|\{[^{}]*\})*)\}", literal) if literal.startswith('"') else []
    else:
        expressions = args[1:]
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if len(slots) != len(expressions):
        return template
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        expression = re.sub(r"\s+", "", expression)
        text = table.get(expression)
        if expression in choices:
            _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")), list(choices[expression]))
            text = _slot("choice", "")
        elif text is None and program.language == "scala":
            text = _slips31_scala_local(program, src, m, expression)
        elif text is None and program.language == "python":
            listed = _slips31_looped_texts(src, m, expression)
            if listed:
                _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")), listed)
                text = _slot("choice", "")
        elif text is None and program.name == "rauthy":
            # a local its function binds to ``secure_random_alnum(6)`` (a database error's id)
            function = src[:m.start()].rsplit("fn ", 1)[-1]
            if re.search(rf"\blet {re.escape(expression)} = secure_random_alnum\(6\);", function):
                text = "%{alnum6}"
        if text is not None:
            template = template[:slot.start()] + text + template[slot.end():]
    return template


def _slips31_caught_errors(src: str, m: re.Match, args: list[str], template: str) -> str:
    """(slips31) audiobookshelf's Logger.x(text, value, …) hands its values to console.x, which
    prints a value that is no string as util.inspect does: an Error its stack (its text, then its
    frames, one a line), not its message. A value after the text that is the error a ``catch``
    binds (the last ``catch (err)`` or ``.catch((err) =>`` before the call, by its name) is
    read as a stack; each value after the text is one of the template's last placeholders."""
    values = [a.strip() for a in args[1:]]
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if not values or len(slots) < len(values) or any(_literal_text(v, "js") is not None for v in values):
        return template
    bound = re.findall(r"\bcatch\s*\(\s*\(?\s*(\w+)\s*\)?\s*(?:=>|\))", src[:m.start()])
    caught = bound[-1] if bound else None
    for slot, value in reversed(list(zip(slots[len(slots) - len(values):], values, strict=True))):
        if value == caught:
            template = template[:slot.start()] + "%{stack}" + template[slot.end():]
    return template


# (slips31) a C# program's classes by the class they derive from: [(name, abstract)] (Lidarr's)
_CSHARP_SUBCLASSES: dict[str, list[tuple[str, bool]]] = {}
_CSHARP_CLASS = re.compile(r"^[ \t]*(?:(?:public|internal|protected|private|sealed|static|partial|abstract)"
                           r"\s+)*class\s+(\w+)(?:<[^>{}]*>)?\s*:\s*(?:[\w.]+\.)?(\w+)", re.M)


def _csharp_subclasses(files: dict[str, str]) -> dict[str, list[tuple[str, bool]]]:
    """(slips31) each class's subclasses in a C# program's files, whether each is abstract."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for text in files.values():
        for found in _CSHARP_CLASS.finditer(text):
            abstract = "abstract" in found.group().split("class")[0]
            out.setdefault(found.group(2), []).append((found.group(1), abstract))
    return out


def _csharp_concrete(name: str, seen: set[str] | None = None) -> list[str]:
    """(slips31) the classes that are not abstract among a class's subclasses, at any depth."""
    seen = set() if seen is None else seen
    out = []
    for sub, abstract in _CSHARP_SUBCLASSES.get(name, []):
        if sub in seen:
            continue
        seen.add(sub)
        out += _csharp_concrete(sub, seen) if abstract else [sub]
    return sorted(set(out))


def _csharp_enclosing_class(src: str, at: int) -> tuple[str, bool] | None:
    """(slips31) the C# class whose body holds ``at`` (the innermost: not a nested class declared
    and closed before it), and whether it is abstract; None outside any."""
    found_class = None
    for found in re.finditer(r"^[ \t]*((?:\w+\s+)*)class\s+(\w+)[^{;]*\{", src[:at], re.M):
        depth, i = 1, found.end()
        while i < at and depth:
            depth += {"{": 1, "}": -1}.get(src[i], 0)
            i += 1
        if depth:  # still open at the call: it holds it (a later one is nested inside)
            found_class = (found.group(2), "abstract" in found.group(1).split())
    return found_class


def _slips31_lidarr_head(src: str, m: re.Match, path: str, word: str, template: str) -> str:
    """(slips31) Lidarr's console head ``[Level] logger: ``: its Logger is the one DryIoc injects
    (CompositionExtensions: ``LogManager.GetLogger(r.Parent.ImplementationType.Name)``), named for
    the class built, not the class the code is in: an abstract class's call prints one of its
    concrete subclasses' names (DownloadClientBase's: QBittorrent, Sabnzbd, …); the class is the
    one whose body holds the call, not a nested class declared before it."""
    enclosing = _csharp_enclosing_class(src, m.start())
    name = enclosing[0] if enclosing else _class_name(src, m.start(), path, ".cs")
    concrete = _csharp_concrete(name) if enclosing and enclosing[1] else []
    if len(concrete) > 1:
        _CHOICES.insert(0, concrete)
        return f"[{word}] %{{choice}}: " + template
    return f"[{word}] {concrete[0] if concrete else name}: " + template


def _slips31_looped_texts(src: str, m: re.Match, name: str) -> list[str] | None:
    """(slips31) the texts a Python loop's variable takes (the last ``for name in CONSTANT:``
    before the call, ``CONSTANT = ["a", "b"]`` a list of literal texts in the file: mealie's
    tables); None for another value."""
    if not re.fullmatch(r"\w+", name):
        return None
    loops = re.findall(rf"^\s*for {re.escape(name)} in (\w+):", src[:m.start()], re.M)
    listed = re.search(rf"^\s*{re.escape(loops[-1])} = \[([^\]]*)\]", src, re.M) if loops else None
    if not listed:
        return None
    texts = re.findall(r"\"([^\"\\]*)\"|'([^'\\]*)'", listed.group(1))
    items = [a or b for a, b in texts]
    return items if len(items) > 1 and len(texts) == listed.group(1).count(",") + 1 else None


def _slips31_scala_local(program: Program, src: str, m: re.Match, name: str) -> str | None:
    """(slips31) the text of a Scala local string its method binds before the call (``val error =
    s"Maximum number of retries reached for … $streamName …"``), read as a message; None for
    another value (a parameter, a field, an exception's message)."""
    method = src[:m.start()].rsplit(" def ", 1)[-1]
    bound = re.findall(rf'^\s*val {re.escape(name)} = (s?"(?:[^"\\\n]|\\.)*")\s*$', method, re.M)
    if not bound or not re.fullmatch(r"\w+", name):
        return None
    template, _, _ = _message([bound[-1]], program)
    return template


# ---------------------------------------------------------------- round 32 checked again (slips32)


# (rules 32, checked in round 34: slips32) the round 32 programs whose corpus slips were fixed
# by name, each read as its code prints it (docs/patterns.md § The call-site corpus, "Checked
# again in round 34 (slips32)")
_SLIPS32_PROGRAMS = ("lychee", "commanded", "homepage", "tolgee", "shokoserver", "krane", "nix",
                     "simplesamlphp", "bazarr", "netmaker", "k6")
_SLIPS32: set[str] = set()
# (slips32) what an expression prints, by program
_SLIPS32_EXPRESSIONS = {
    # Lychee's latitude and longitude (floats), counts of jobs dispatched and embeddings purged
    "lychee": {"$metadata->latitude": "%{float}", "$metadata->longitude": "%{float}", "$dispatched": "%{int}",
               "$purge['deleted']": "%{int}"},
    # Commanded's backoffs, delays and timeouts (integers of milliseconds, "ms" after them) and
    # event numbers, inspected: an integer prints bare
    "commanded": {**{f"inspect({name})": "%{int}"
                     for name in ("backoff", "delay", "event_timeout", "event_number", "last_event_number")},
                  # a module inspected (an aggregate's; a command's struct, Middleware.Logger's log_context)
                  "inspect(aggregate_module)": "%{exmodule}", "log_context(pipeline)": "%{exmodule}"},
    # homepage's response status (httpProxy's first value: a number), a pod selector (the default
    # `${APP_LABEL}=${appName}`, APP_LABEL "app.kubernetes.io/name")
    "homepage": {"status": "%{status}", "labelSelector": "app.kubernetes.io/name=%{name}"},
    # tolgee's counts (Ints: a batch's jobs and chunks, the keys or projects purged)
    "tolgee": {"jobs": "%{int}", "chunks": "%{int}", "totalPurged": "%{int}"},
    # krane's restart annotation (RestartTask::ANNOTATION), a label selector (LabelSelector#to_s:
    # "k=v,…"), a resource's id (KubernetesResource#id: "type/name"), the one update strategy the
    # StatefulSet warning is for (ONDELETE)
    "krane": {"ANNOTATION": "shipit.shopify.io/restart", "selector": "%{k8slabels}",
              "@selector": "%{k8slabels}", "id": "%{word}/%{name}", "update_strategy": "OnDelete"},
    # nix's suggestion after a name collision: empty unless both paths are channels' (the usual case)
    "nix": {"suggestionMessage": ""},
    # netmaker's caller (the user header its authorization sets: a user's name), hosts' and nodes'
    # ids (UUIDs)
    "netmaker": {'r.Header.Get("user")': "%{user}", 'request.Header.Get("user")': "%{user}",
                 "host.ID.String()": "%{uuid}", "node.ID.String()": "%{uuid}", "hostIDStr": "%{uuid}"},
    # SimpleSAMLphp's count of sessions logged out (an int), an attribute's name, entity ids (URLs:
    # an SP's, an IdP's), the attributes a cardinality error names (one, implode's "," for more)
    "simplesamlphp": {"$numLoggedOut": "%{int}", "$k": "%{name}", "$entityid": "%{url}",
                      "$state['Destination']['entityid']": "%{url}", "$state['saml:sp:IdP']": "%{url}",
                      "$idpMetadata->getString('entityid')": "%{url}",
                      "implode(',',array_keys($state['core:cardinality:errorAttributes']))": "%{name}"}}
_SLIPS32_CHOICES = {
    # Lychee's size variant a maintenance request names (CreateThumbsRequest's rule: the
    # int-backed SizeVariantType's values it accepts, PLACEHOLDER 8, SMALL 5, SMALL2X 4, MEDIUM 3,
    # MEDIUM2X 2)
    "lychee": {"$request->kind()->value": ["8", "5", "4", "3", "2"],
               # an upload's trust level (UserUploadTrustLevel's values)
               "$trust_level->value": ["check", "monitor", "trust_but_verify", "trusted"]},
    # Commanded's Middleware.Logger's formatted_diff: whole seconds, milliseconds or microseconds
    "commanded": {"formatted_diff(delta(pipeline))": ["s", "ms", "µs"]},
    # tolgee's job type (deleteJobsOlderThan's callers' texts)
    "tolgee": {"jobType": ["completed", "failed"]}}
# (slips32) PHP's magic constants round 32's reading prints as their text (no value of the message)
_PHP_MAGIC = frozenset(("__METHOD__", "__LINE__", "__FUNCTION__", "__FILE__", "__DIR__"))


def _slips32_fn_body(arg: str) -> str:
    """(slips32) Commanded's lazy message, ``fn -> describe(state) <> " text" end``: the
    function's body is the message Logger prints."""
    found = re.fullmatch(r"\s*fn\s*->\s*(.*?)\s*end\s*", arg, re.S)
    return found.group(1) if found else arg


def _slips32_expressions(program: Program, args: list[str]) -> list[str] | None:
    """(slips32) the expressions a message's placeholders print, in order: a PHP concatenation's
    operands (a double-quoted literal's ``{$x}`` and ``$x``; its magic constants none), a
    Kotlin literal's ``$x`` and ``${x}`` (else a brace format's arguments), an Elixir message's
    ``#{x}`` (``<>`` joined, Commanded's ``fn -> … end`` read as its body), a JavaScript
    template literal's ``${x}`` (else a format's arguments); None where none is read."""
    if not args:
        return None
    first = args[0].strip()
    if program.language == "php":
        if first.startswith("sprintf(") and len(args) == 1:  # its format's arguments
            return (_nonblank_args(first, len("sprintf("), "php") or [])[1:]
        out = []
        for operand in _top_level_operands(first, ".", "php"):
            if operand.startswith('"'):
                out += [a or b for a, b in re.findall(r"\{(\$[^{}]+)\}|(\$\w+(?:->\w+)*)", operand)]
            elif not operand.startswith("'") and operand not in _PHP_MAGIC:
                out.append(operand)
        return out
    if program.language == "kotlin":
        if first.startswith('"') and "$" in first:
            return [a or b for a, b in re.findall(r"\$\{((?:[^{}]|\{[^{}]*\})*)\}|\$(\w+)", first)]
        return args[1:]
    if program.language == "elixir":
        joined = _elixir_joined(_slips32_fn_body(first))
        return re.findall(r"#\{((?:[^{}]|\{[^{}]*\})*)\}", joined) if joined.startswith('"') else None
    if program.language == "js" and first.startswith("`"):
        return re.findall(r"\$\{((?:[^{}]|\{[^{}]*\})*)\}", first)
    if program.name == "netmaker":  # logger.Log's variadic parts: each value one of the message's
        return [a for a in args if _literal_text(a, "go") is None]
    if program.language == "ruby":  # a literal's #{x}, its parts joined by a backslash or juxtaposed
        return re.findall(r"#\{((?:[^{}]|\{[^{}]*\})*)\}", first) if first.startswith('"') else None
    return args[1:]


def _slips32_values(program: Program, src: str, m: re.Match, template: str) -> str:
    """(slips32) a message's values whose expressions print otherwise than their kinds were
    guessed, paired with the placeholders one to one (``_slips32_expressions``), kept as read
    when they do not pair: ``_SLIPS32_EXPRESSIONS``' texts, ``_SLIPS32_CHOICES``' one of a few,
    Commanded's ``describe(…)`` (``_slips32_described``); homepage's values after a message
    without a format's tokens appended (``_slips32_appended``)."""
    start = m.end()
    if not m.group().endswith("(") and src[start:].lstrip().startswith("("):  # tolgee's logger.info (…)
        start = src.index("(", start) + 1
    consumed = 0
    if m.group().rstrip().endswith(","):  # netmaker's logger.Log(0, …: its arguments from the "("
        start = m.start() + m.group().index("(") + 1
        consumed = m.group()[m.group().index("(") + 1:].count(",")
    args = (_nonblank_args(src, start, program.language) or [])[consumed:]
    expressions = _slips32_expressions(program, args)
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if expressions is not None and len(slots) == len(expressions):
        table = _SLIPS32_EXPRESSIONS.get(program.name, {})
        choices = _SLIPS32_CHOICES.get(program.name, {})
        for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
            expression = re.sub(r"\s+", "", expression)
            text = table.get(expression)
            if expression in choices:
                _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")), list(choices[expression]))
                text = _slot("choice", "")
            elif text is None and program.name == "commanded":
                text = _slips32_described(src, expression)
            elif expression == "__CLASS__" and program.language == "php":
                text = _slips32_php_class(src, m.start())
            elif text is None and program.name == "simplesamlphp":
                text = _slips32_var_export(expression, slot.group())
            if expression in choices and program.name == "commanded":  # formatted_diff: a number, its unit
                text = "%{int}" + text
            if text is not None:
                template = template[:slot.start()] + text + template[slot.end():]
    if program.name == "homepage":
        template = _slips32_appended(args, template)
    if program.name == "shokoserver" and len(args) > 1 and re.fullmatch(r"\s*\w+\s*", args[0]) \
            and args[1].strip().startswith(('"', '$"', '@"')):
        # NLog's console layout ends "${onexception:\: ${exception:format=tostring}}": an exception
        # passed first prints ": " and its ToString after the message (its type and message; its
        # frames on the lines after, left out as the corpus leaves other stacks' frames)
        template += ": %{netexception}"
    return template


def _slips32_k6_browser(program: Program, src: str, m: re.Match, at: str, template: str,
                        fields: list[list[str]]) -> tuple[str, list[list[str]]]:
    """(slips32) k6 browser's log.Logger (its own, under k6/browser/): ``Warnf(category, format,
    args…)`` prints the format filled by its arguments as the message, and the category, the
    milliseconds since its last line ("N ms") and source=browser as logrus fields (sorted), not
    the category as the message; gRPC's full method (a DebugStat line's) a path, not an HTTP
    method."""
    if at.startswith("internal/lib/netext/grpcext/") and "Full Method: %{method}" in template:
        # gRPC's stats.OutHeader.FullMethod: "/package.Service/Method", no HTTP method
        return template.replace("Full Method: %{method}", "Full Method: %{path}"), fields
    call = re.match(r"\s*\.\s*(?:Tracef|Debugf|Infof|Warnf|Errorf)\(", src[m.end():])
    if "/k6/browser/" not in at or not call:
        return template, fields
    read = read_args(src, m.end() + call.end(), "go")
    args = read[0] if read else []
    category = _literal_text(args[0], "go") if len(args) > 1 else None
    if category is None or not args[1].strip().startswith(('"', "`")):
        return template, fields
    message, _, _ = _message(args[1:], program)
    if message is None:
        return template, fields
    slots = list(re.finditer(r"%\{[^{}]*\}", message))
    exprs = [re.sub(r"\s+", "", a) for a in args[2:]]
    if len(slots) == len(exprs):
        for slot, value in reversed(list(zip(slots, exprs, strict=True))):
            if category == "BrowserOptions" and value == "e":
                # the options shouldIgnoreIfBrowserIsRemote names (env.go's variables)
                _CHOICES.insert(message[:slot.start()].count(_slot("choice", "")), list(_K6_REMOTE_IGNORED))
                message = message[:slot.start()] + _slot("choice", "") + message[slot.end():]
            elif category == "http:resourceType" and value == "t":  # t = ResourceTypeUnknown
                message = message[:slot.start()] + '"Unknown"' + message[slot.end():]
    return message, [["category", "=" + category], ["elapsed", "intms"], ["source", "=browser"]]


# (slips32) the browser options k6 ignores for a remote browser (env.go's names)
_K6_REMOTE_IGNORED = ("K6_BROWSER_ARGS", "K6_BROWSER_EXECUTABLE_PATH", "K6_BROWSER_HEADLESS",
                      "K6_BROWSER_IGNORE_DEFAULT_ARGS")


def _slips32_var_export(expression: str, slot: str) -> str | None:
    """(slips32) PHP's ``var_export($x, true)`` of a string: the string in single quotes (an
    exception's message an error's text, a directory a path); None for another expression or
    value (an array's errorInfo(), an index: an int or NULL)."""
    found = re.fullmatch(r"var_export\((.+),true\)", expression)
    if not found or "errorInfo" in found.group(1) or "Index" in found.group(1):
        return None
    if found.group(1).endswith("getMessage()"):
        return "'%{err}'"
    return "'%{path}'" if found.group(1).lower().endswith("dir") else f"'{slot}'"


def _slips32_php_class(src: str, at: int) -> str | None:
    """(slips32) what PHP's ``__CLASS__`` prints: the class's name its namespace qualifies (the
    last class declared before ``at``); None outside one."""
    namespace = re.search(r"^namespace\s+([\w\\]+)\s*;", src, re.M)
    classes = re.findall(r"^(?:(?:final|abstract|readonly)\s+)*class\s+(\w+)", src[:at], re.M)
    if not classes:
        return None
    return (namespace.group(1) + "\\" if namespace else "") + classes[-1]


def _slips32_described(src: str, expression: str) -> str | None:
    """(slips32) what Commanded's ``describe(x)`` prints, by the one its module defines: an
    aggregate ``inspect(module)<uuid@version>``, a recorded event ``number ("stream"@version)``,
    a handler's, router's or process manager's state its module, inspected (an Elixir module's
    name); None for another expression."""
    found = re.fullmatch(r"describe\((\w+)\)", expression)
    if not found:
        return None
    if "defp describe(%Aggregate{}" in src:
        return "%{exmodule}<%{uuid}@%{int}>"
    if found.group(1) == "event" and "defp describe(%RecordedEvent{}" in src:
        return "%{int} (%{id|d}@%{int})"
    return "%{exmodule}"


def _slips32_appended(args: list[str], template: str) -> str:
    """(slips32) homepage's logger formats a message with its other arguments (util.format in
    its combineMessageAndSplat): those a message without a token leaves are appended, a space
    before each; a ``JSON.stringify(x)`` its JSON text. Kept as read for another value (an
    Error is winston's meta: its stack printed instead)."""
    if len(args) < 2 or re.search(r"%[sdifjoOc]", args[0]):
        return template
    extra = [a.strip() for a in args[1:]]
    if not all(re.fullmatch(r"JSON\.stringify\([^()]*(?:\([^()]*\))?[^()]*\)", a) for a in extra):
        return template
    return template + " %{struct|q}" * len(extra)  # JSON.stringify: the JSON text


def _slips32_fields(program: Program, src: str, m: re.Match, fields: list[list[str]]) -> list[list[str]]:
    """(slips32) Lychee's context: a value its code hides unless APP_DEBUG is on (``'dn' =>
    config('app.debug', false) === true ? $dn : '***'``; production's default is off) prints
    ``***``; WebProcessor's ``http_method`` the request's the line was logged in, not the
    event's (unlabelled, as any request's method: ``reqmethod``)."""
    if program.name != "lychee":
        return fields
    read = read_args(src, m.end(), "php")
    text = ",".join(read[0]) if read else ""
    # (a request's method, request()->method(), as WebProcessor's: the request's, unlabelled)
    requested = set(re.findall(r"['\"](\w+)['\"]\s*=>\s*request\(\)\??->method\(\)", text))
    hidden = set(re.findall(r"['\"]([\w ]+)['\"]\s*=>\s*config\(\s*'app\.debug'\s*,\s*false\s*\)"
                            r"\s*===\s*true\s*\?[^:]*:\s*'\*\*\*'", text))
    return [[key, "=***" if key in hidden else "reqmethod" if key == "extra.http_method" or key in requested
             else kind] for key, kind in fields]


# ---------------------------------------------------------------- round 33 checked again (slips33)


# (rules 33, checked in round 35: slips33) the round 33 programs whose corpus slips were fixed
# by name, each read as its code prints it (docs/patterns.md § The call-site corpus, "Checked
# again in round 35 (slips33)")
_SLIPS33_PROGRAMS = ("akaunting", "postgrest", "nginx-proxy-manager", "koel", "azure-functions-host", "faas",
                     "filebrowser", "aerospike", "zerotier", "james", "amoro")
_SLIPS33: set[str] = set()
# (slips33) read from the program's other files: azure-functions-host's string constants
# ("Class.Name" -> text) and classes' namespaces ("class:Name" -> namespace), aerospike's info
# commands ("cmd:function" -> the command's name)
_SLIPS33_TABLES: dict[str, str] = {}
# (slips33) the WebJobs SDK's log category azure-functions-host's startup logs use
# (Microsoft.Azure.WebJobs.Logging.LogCategories, a package it references, not in its
# repository; another such constant is not known: the enclosing class read instead)
_WEBJOBS_LOG_CATEGORIES = {"LogCategories.Startup": "Host.Startup"}
# (slips33) what an expression prints, by program
_SLIPS33_EXPRESSIONS = {
    # PostgREST's retry delays (Ints of seconds, show), its error payloads (jsonMessage: the
    # PgError's JSON), a channel's and a host's Text shown (in double quotes), the pool's size
    "postgrest": {"(showdelay::Text)": "%{int}", "jsonMessageusageErr": "%{pgrsterror}",
                  "showchannel": '"%{name}"', 'show(fold$host<>fmap(":"<>)port)': '"%{host}:%{port}"',
                  "showpoolSize": "%{int}",
                  # schemas and search paths joined by "," (T.intercalate ",": no space, no brackets)
                  'T.intercalate","(toListdbSchemas)': "%{commas}",
                  'T.intercalate","extraPaths': "%{commas}"},
    # nginx-proxy-manager's HTTP challenge's response code (a number, the site's response's)
    "nginx-proxy-manager": {"result.responsecode": "%{status}"},
    # azure-functions-host's types printed by their ToString: an open generic's ("`1[TMetrics]"),
    # the one implementation the shim is for (functionProviderTypeName's), the body of a
    # Kubernetes API error (a Status object's JSON)
    "azure-functions-host": {"typeof(IScaleMonitor<>)":
                                 "Microsoft.Azure.WebJobs.Host.Scale.IScaleMonitor`1[TMetrics]",
                             "descriptor.ImplementationType":
                                 "Microsoft.Azure.WebJobs.Extensions.FunctionMetadataLoader.JsonFunctionProvider",
                             "awaitresponse.Content.ReadAsStringAsync()": "%{k8sstatus}"},
    # aerospike's device (a drive's or file's path) and its digests (%pD: 40 hex digits)
    "aerospike": {"ssd->name": "%{path}", "drv->name": "%{path}"},
    # James' servers' limits, timeout and backlog (ints: connectionLimitPerIP parsed by
    # Integer.parseInt, the others int getters)
    "james": {"connPerIP": "%{int}", "connectionLimitString": "%{int}", "getTimeout()": "%{int}",
              "getBacklog()": "%{int}"}}
_SLIPS33_CHOICES = {
    # PostgREST's termination signals (Unix.hs installs two)
    "postgrest": {"signal": ["SIGINT", "SIGTERM"]},
    # James' servers' getServiceType() (its netty servers': each returns its own)
    "james": {"getServiceType()": ["IMAP Service", "LMTP Service", "Manage Sieve Service", "POP3 Service",
                                   "SMTP Service"]},
    # Amoro's DataFileType a node's switch does not take (the two its cases leave)
    "amoro": {"fileType": ["POS_DELETE_FILE", "ICEBERG_EQ_DELETE_FILE"]},
    # .NET enums print their names: HttpStatusCode's (an unsuccessful one), SslPolicyErrors'
    # (flags joined by ", "), X509ChainStatusFlags'
    "azure-functions-host": {
        "response.StatusCode": ["BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict",
                                "UnprocessableEntity", "TooManyRequests", "InternalServerError",
                                "ServiceUnavailable"],
        "sslPolicyErrors": ["RemoteCertificateNotAvailable", "RemoteCertificateNameMismatch",
                            "RemoteCertificateChainErrors",
                            "RemoteCertificateNameMismatch, RemoteCertificateChainErrors"],
        "certificateChain.ChainStatus.First(chain=>chain.Status!=X509ChainStatusFlags.NoError).Status":
            ["UntrustedRoot", "PartialChain", "NotTimeValid", "RevocationStatusUnknown", "OfflineRevocation",
             "NotSignatureValid"]}}
# (slips33) what the Linux daemon's default build (make-linux.mk's `make one`) defines, and what
# it leaves undefined: ZeroTier's code for other systems, its trace and debug builds and the
# PostgreSQL controller (ZT_CONTROLLER=1 only) is not compiled
_ZEROTIER_DEFINED = frozenset(("__LINUX__", "__UNIX_LIKE__", "__GNUC__", "__linux__", "__unix__",
                               "ZT_USE_MINIUPNPC", "NDEBUG"))
_ZEROTIER_UNDEFINED = frozenset((
    "__WINDOWS__", "_WIN32", "_WIN64", "_WIN32_WCE", "_MSC_VER", "__APPLE__", "__BSD__", "__FreeBSD__",
    "__OpenBSD__", "__NetBSD__", "__ANDROID__", "__SYNOLOGY__", "__QNAP__", "__UBIQUITI__", "ZT_SDK",
    "ZT_TRACE", "ZT_DEBUG", "ZT_DEBUG_TRACE", "ZT_NETLINK_TRACE", "ZT_RULES_ENGINE_DEBUGGING",
    "ZT_USE_TEST_TAP", "ZT_VAULT_SUPPORT",
    "ZT_CONTROLLER_USE_LIBPQ", "REDIS_TRACE", "CENTRAL_CONTROLLER_REQUEST_BENCHMARK", "ZT_CONTROLLER",
    "TARGET_OS_IPHONE"))


def _slips33_preprocessor_value(condition: str) -> bool | None:
    """(slips33) an ``#if``'s condition under ZeroTier's default Linux build: True, False, or
    None where it names a macro neither set holds (or more than ``defined``, ``!``, ``&&``,
    ``||`` and parentheses)."""
    def atom(found: re.Match) -> str:
        name = found.group(1) or found.group(2)
        if name in _ZEROTIER_DEFINED:
            return " True "
        if name in _ZEROTIER_UNDEFINED:
            return " False "
        raise KeyError(name)
    text = re.sub(r"/\*.*?\*/|//.*", "", condition)
    try:
        text = re.sub(r"\bdefined\s*\(\s*(\w+)\s*\)|\bdefined\s+(\w+)", atom, text)
    except KeyError:
        return None
    text = text.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    if not re.fullmatch(r"[\s()]*(?:(?:True|False|and|or|not)[\s()]*)+", text):
        return None
    try:
        return bool(eval(text, {"__builtins__": {}}))  # (only True, False, and, or, not, parentheses)
    except SyntaxError:
        return None


def _compiled_out(src: str, at: int, condition_value: Callable[[str], bool | None]) -> bool:
    """Whether ``at`` lies in a preprocessor branch a build leaves out, ``condition_value``
    reading an ``#if``'s condition under that build (True, False, or None where it is not
    known: such a branch is kept). ``#ifdef X`` asks ``defined(X)``, ``#ifndef`` its negation."""
    stack: list[list] = []  # per open #if: [this branch's value, whether an earlier branch was taken]
    for found in re.finditer(r"^[ \t]*#[ \t]*(ifdef|ifndef|if|elif|else|endif)\b(.*)$", src[:at], re.M):
        word, rest = found.group(1), found.group(2).strip()
        if word in ("ifdef", "ifndef"):
            value = condition_value(f"defined({rest.split()[0]})") if rest.split() else None
            value = (not value if value is not None else None) if word == "ifndef" else value
            stack.append([value, value is True])
        elif word == "if":
            value = condition_value(rest)
            stack.append([value, value is True])
        elif not stack:
            continue
        elif word == "elif":
            value = False if stack[-1][1] else condition_value(rest)
            stack[-1] = [value, stack[-1][1] or value is True]
        elif word == "else":
            before = stack[-1][0]
            value = False if stack[-1][1] else (None if before is None else not before)
            stack[-1] = [value, True]
        else:
            stack.pop()
    return any(value is False for value, _ in stack)


def _slips33_compiled_out(src: str, at: int) -> bool:
    """(slips33) whether ``at`` lies in a preprocessor branch ZeroTier's default Linux build
    leaves out (``#ifdef __WINDOWS__``, ``#ifdef ZT_TRACE``, the ``#else`` of ``#ifdef
    __LINUX__``...)."""
    return _compiled_out(src, at, _slips33_preprocessor_value)


def _slips33_inside(src: str, at: int, opening: str) -> bool:
    """(slips33) whether ``at`` lies inside the braces of a block ``opening`` (a regex ending
    before its ``{``) opens."""
    for found in re.finditer(opening + r"\s*\{", src[:at]):
        depth, i = 1, found.end()
        while i < at and depth:
            depth += {"{": 1, "}": -1}.get(src[i], 0)
            i += 1
        if depth:
            return True
    return False


def _slips33_unprinted(program: Program, path: str, src: str, m: re.Match) -> bool:
    """(slips33) a call its program's default setup does not print: Akaunting's OAuth debug
    lines under ``$shouldLog`` (verbose_log off in production); nginx-proxy-manager's under
    ``isDebugMode()`` or ``process.env.DEBUG`` (unset) and its migration template's; ZeroTier's
    in code its Linux build does not compile."""
    if program.name == "akaunting":
        return _slips33_inside(src, m.start(), r"\bif\s*\(\s*\$shouldLog\s*\)")
    if program.name == "nginx-proxy-manager":
        # (lib/migrate_template.js: the file a new migration is copied from, never run itself)
        return path.endswith("/migrate_template.js") or \
            _slips33_inside(src, m.start(), r"\bif\s*\(\s*(?:isDebugMode\(\)|process\.env\.DEBUG)\s*\)")
    if program.name == "zerotier":
        return _slips33_compiled_out(src, m.start())
    return False


def _slips33_tables(program: Program, files: dict[str, str]) -> dict[str, str]:
    """(slips33) what azure-functions-host's and aerospike's calls name in other files:
    C# string constants and classes' namespaces; aerospike's info commands by function."""
    tables: dict[str, str] = {}
    if program.name == "azure-functions-host":
        for src in files.values():
            namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
            modifiers = r"(?:(?:public|internal|private|protected|static|sealed|abstract|partial)\s+)*"
            for klass in re.finditer(r"^[ \t]*" + modifiers + r"class\s+(\w+)", src, re.M):
                if namespace:
                    tables.setdefault("class:" + klass.group(1), namespace.group(1))
                body = src[klass.end():]
                for const in re.finditer(r"\bconst\s+string\s+(\w+)\s*=\s*\"([^\"\\]*)\"\s*;", body):
                    tables.setdefault(f"{klass.group(1)}.{const.group(1)}", const.group(2))
    if program.name == "aerospike":
        for src in files.values():
            for command in re.finditer(r'\.name\s*=\s*"([^"]+)"\s*,\s*\.fn\s*=\s*(\w+)', src):
                tables.setdefault("cmd:" + command.group(2), command.group(1))
    return tables


def _slips33_category(src: str, m: re.Match, path: str) -> str:
    """(slips33) azure-functions-host's logger's category, read from where its logger comes
    from: ``CreateLogger<T>()`` and ``ILogger<T>`` name T (its namespace's), ``CreateLogger(x)``
    x's text (a literal, a constant, ``"Host." + a constant``); else the class whose body holds
    the call (not a word after "class" in a comment)."""
    receiver = re.match(r"\w+", m.group()).group()
    assigned = re.findall(rf"\b{receiver}\s*=\s*([^;]+);", src)
    made = next((a for a in assigned if "CreateLogger" in a), None)
    if made is None and assigned:  # _logger = logger: the constructor's ILogger<T> logger
        param = re.fullmatch(r"\s*(\w+)(?:\s*\?\?.*)?", assigned[0], re.S)
        typed = re.search(rf"\bILogger<(\w+)>\s+{param.group(1)}\b", src) if param else None
        if typed:
            return _slips33_qualified(typed.group(1), src)
    if made is None:
        typed = re.search(rf"\bILogger<(\w+)>\s+{receiver}\b", src)
        if typed:
            return _slips33_qualified(typed.group(1), src)
    if made is not None:
        generic = re.search(r"CreateLogger<(\w+)>\(\)", made)
        if generic:
            return _slips33_qualified(generic.group(1), src)
        named = re.search(r"CreateLogger\((.+)\)", made)
        parts = named.group(1).split("+") if named else [""]
        text = "".join(_slips33_constant(part) or "\0" for part in parts)
        if "\0" not in text:
            return text
    enclosing = _csharp_enclosing_class(src, m.start())
    namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
    if enclosing:
        return f"{namespace.group(1)}.{enclosing[0]}" if namespace else enclosing[0]
    return _round_26_category(src, m.start(), path)


def _slips33_qualified(name: str, src: str) -> str:
    """(slips33) a C# class's full name: its namespace (the file's, if it declares it, else the
    one of the program's files that does) and name."""
    if re.search(rf"\bclass\s+{name}\b", src):
        namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
        return f"{namespace.group(1)}.{name}" if namespace else name
    namespace = _SLIPS33_TABLES.get("class:" + name)
    return f"{namespace}.{name}" if namespace else name


def _slips33_constant(part: str) -> str | None:
    """(slips33) the text of a C# literal or a string constant (``ScriptConstants.X``,
    ``LogCategories.Startup``); None for another expression."""
    part = part.strip()
    literal = re.fullmatch(r'"([^"\\]*)"', part)
    if literal:
        return literal.group(1)
    return _SLIPS33_TABLES.get(part) or _WEBJOBS_LOG_CATEGORIES.get(part)


def _slips33_haskell_operands(src: str, at: int) -> list[str]:
    """(slips33) PostgREST's ``pure $ "text" <> x <> …`` (or a list's first text): the
    expressions joined to the texts, in order, up to the next case alternative."""
    rest = src[at:]
    end = re.search(r"\n  (?=[A-Z(])|\n\n", rest)
    body = rest[:end.start()] if end else rest
    operands, depth, current, i = [], 0, "", 0
    while i < len(body):
        char = body[i]
        if char == '"':
            close = i + 1
            while close < len(body) and body[close] != '"':
                close += 2 if body[close] == "\\" else 1
            current += body[i:close + 1]
            i = close + 1
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if depth == 0 and body.startswith("<>", i):
            operands.append(current)
            current, i = "", i + 2
            continue
        current += char
        i += 1
    operands.append(current)
    return [o.strip() for o in operands if o.strip() and not o.strip().startswith('"')]


def _slips33_expressions(program: Program, src: str, m: re.Match, args: list[str]) -> list[str] | None:
    """(slips33) the expressions a message's placeholders print, in order: PostgREST's ``<>``
    operands, a C# interpolated string's holes (else a message template's arguments), a C
    format's arguments (aerospike's, its ``%pD`` digests marked), else as slips32 reads them."""
    if program.language == "haskell":
        return _slips33_haskell_operands(src, m.end())
    if not args:
        return None
    first = args[0].strip()
    if program.language == "csharp":
        if first.startswith('$"'):
            return [hole.split(":")[0].strip() for hole in
                    re.findall(r"(?<!\{)\{((?:[^{}\"]|\"[^\"]*\"|\([^()]*\))+)\}(?!\})", first[2:])]
        return args[1:]
    if program.name == "aerospike":
        format_text = re.sub(r'"\s*"', "", first)
        out, rest = [], list(args[1:])
        for conversion in re.findall(r"%(%|\*?p[DH]|[-+ #0]*(?:\d+|\*)?(?:\.\d+)?[hlLzjt]*[diouxXeEfgGcsp])",
                                     format_text):
            if conversion == "%" or not rest:
                continue
            if conversion.startswith("*"):
                rest.pop(0)  # %*pH: its width
            out.append("%pD" if conversion == "pD" else rest.pop(0))
        return out
    return _slips32_expressions(program, args)


def _slips33_values(program: Program, src: str, m: re.Match, template: str) -> str:
    """(slips33) a message's values whose expressions print otherwise than their kinds were
    guessed, paired with the placeholders one to one (``_slips33_expressions``), kept as read
    when they do not pair: ``_SLIPS33_EXPRESSIONS``' texts, ``_SLIPS33_CHOICES``' one of a few;
    Akaunting's model ids (integers), nginx-proxy-manager's module constants (a migration's
    name), faas' error text built by fmt.Sprintf above the call, filebrowser's deprecated
    flags (the migration table's names), aerospike's info command's name (its function's)."""
    args = _nonblank_args(src, m.end(), _LEXER.get(program.language, program.language)) or []
    expressions = _slips33_expressions(program, src, m, args)
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if expressions is None or len(slots) != len(expressions):
        return template
    table = _SLIPS33_EXPRESSIONS.get(program.name, {})
    # (a value printed twice, James' getServiceType(), is one value: two choices would be drawn
    # apart, so it is kept as read)
    said = collections.Counter(re.sub(r"\s+", "", expression) for expression in expressions)
    choices = {key: texts for key, texts in _SLIPS33_CHOICES.get(program.name, {}).items() if said[key] < 2}
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        expression = re.sub(r"\s+", "", expression)
        text = table.get(expression)
        if expression in choices:
            _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")), list(choices[expression]))
            text = _slot("choice", "")
        elif program.name == "akaunting" and re.search(r"(?:->id|_id\(\))$", expression):
            text = "%{int}"  # an Eloquent model's key: an auto-incremented integer
        elif program.name == "nginx-proxy-manager":
            const = re.search(rf"^const\s+{re.escape(expression)}\s*=\s*\"([^\"\\]*)\"\s*;", src, re.M)
            text = const.group(1) if const else text
        elif program.name == "faas" and re.fullmatch(r"\w+", expression):
            text = _slips33_go_sprintf(program, src, m.start(), expression)
        elif program.name == "filebrowser" and expression in ("name", "newName"):
            pairs = re.findall(r'^\s*"([\w-]+)":\s*"(\w+)",?\s*$', src, re.M)
            if pairs:
                _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")),
                                sorted({pair[expression == "newName"] for pair in pairs}))
                text = _slot("choice", "")
        elif program.name == "aerospike" and expression == "%pD":
            text = "%{hex40}"
        elif program.name == "aerospike" and expression == "name":
            function = re.findall(r"^(\w+)\(as_info_cmd_args\s*\*\s*\w+\)\s*$", src[:m.start()], re.M)
            text = _SLIPS33_TABLES.get("cmd:" + function[-1]) if function else None
        if text is not None:
            template = template[:slot.start()] + text + template[slot.end():]
    return template


def _slips33_go_sprintf(program: Program, src: str, at: int, name: str) -> str | None:
    """(slips33) the template of a Go local the lines above the call last assign with
    ``name := fmt.Sprintf(…)`` (faas' errStr: the error text it logs and writes back)."""
    above = src[max(0, at - 600):at]
    assigned = list(re.finditer(rf"\b{name}\s*:?=\s*(fmt\.Sprintf\()?", above))
    if not assigned or not assigned[-1].group(1):
        return None
    args = _nonblank_args(above, assigned[-1].end(), "go")
    template, _, _ = _message(args, program) if args else (None, [], [])
    return template


def _slips33_fields(program: Program, src: str, m: re.Match, fields: list[list[str]]) -> list[list[str]]:
    """(slips33) Akaunting's context ids (``company_id``, ``user_id``: Eloquent keys,
    integers); koel's caught exceptions put in a context whole (``'exception' => $e``), which
    Laravel's LineFormatter normalizes as ``[object] (Class(code: n): message at file:line)``
    with its stack trace after (``phpexception``), its REMOTE_ADDR an IP address."""
    if program.name == "akaunting":
        return [[key, "int" if kind == "id" and key in ("company_id", "user_id") else kind]
                for key, kind in fields]
    if program.name == "koel":
        read = read_args(src, m.end(), "php")
        context = ",".join(read[0][1:]) if read else ""
        caught = set(re.findall(r"\bcatch\s*\([^()$]*\$(\w+)\s*\)", src[:m.start()]))
        thrown = {key for key, name in re.findall(r"['\"](\w+)['\"]\s*=>\s*\$(\w+)\s*(?=[,\]])", context)
                  if name in caught}
        # (REMOTE_ADDR: the client's address alone)
        return [[key, "phpexception" if key in thrown else "ip" if key == "remote_addr" else kind]
                for key, kind in fields]
    return fields


# (slips33) what PostgREST's listed lines' expressions print: showMillis (showFFloat (Just 1)),
# the schema cache's summary (SchemaCache.hs' showSummary)
_POSTGREST_LISTED = {"showMillisresultTime": "%{float1}",
                     "summary": "%{int} Relations, %{int} Relationships, %{int} RPCs, %{int} Domain "
                                "Representations, %{int} Media Type Handlers"}


def _slips33_postgrest_lists(path: str, src: str) -> list[Site]:
    """(slips33) PostgREST's observations whose messages are a list's texts (``[ "text" <> x,
    "text" ]``, each printed on its own line), the schema cache's: a site per text whose
    expressions ``_POSTGREST_LISTED`` knows (the others, printed under settings off by default,
    left out)."""
    sites = []
    literal = re.compile(r'"(?:[^"\\\n]|\\.)*"')
    for found in re.finditer(r"->\s*\[", src):
        depth, i = 1, found.end()
        while i < len(src) and depth:
            quoted = literal.match(src, i) if src[i] == '"' else None
            if quoted:
                i = quoted.end()
                continue
            depth += {"[": 1, "]": -1}.get(src[i], 0)
            i += 1
        for item in _top_level_operands(src[found.end():i - 1], ",", "haskell"):
            parts = _top_level_operands(item, "<>", "haskell")
            if not parts or not parts[0].startswith('"'):
                continue
            texts = []
            for part in parts:
                said = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', part)
                text = said.group(1).replace('\\"', '"') if said else \
                    _POSTGREST_LISTED.get(re.sub(r"\s+", "", part))
                if text is None:
                    break
                texts.append(text)
            else:
                line = src.count("\n", 0, src.index(item, found.end())) + 1
                sites.append(Site(f"{path}:{line}", "info", "".join(texts), []))
    return sites


def _slips33_sites(program: Program, src: str, m: re.Match, site: Site) -> list[Site]:
    """(slips33) koel's ProxyAuth warning, ``sprintf('[ProxyAuth] %s', $e->getMessage())``
    with ``$e->getContext()``: the two ProxyAuthExceptions' messages, each with its context
    (two lines of the program's, read as two sites)."""
    if program.name != "koel" or "$e->getContext()" not in src[m.end():m.end() + 200]:
        return [site]
    denied = Site(site.at, site.level, site.template.replace("%{err}", "Remote address not in allow list"),
                  [["remote_addr", "ip"], ["allow_list", "list"]])
    missing = Site(site.at, site.level, site.template.replace("%{err}", "User header not present on request"),
                   [["expected_header", "=remote-user"], ["remote_addr", "ip"]])
    return [denied, missing] if site.template.count("%{err}") == 1 else [site]


# ---------------------------------------------------------------- the slips r33a/r33b found (slips33b)


# (slips33b) programs whose slips the round 35 rule helpers found, read again against their code
# (docs/patterns.md § The call-site corpus, "Checked again in round 35 (slips33)"), by the round
# whose rules extract them: Vikunja's and James' (round 33), barman's (round 24)
_SLIPS33B_PROGRAMS = {"vikunja": 33, "james": 33, "barman": 24}
_SLIPS33B: set[str] = set()
# (slips33b) barman's exceptions raised only with literal texts: "class:Name" -> the texts, "\0" joined
_SLIPS33B_TABLES: dict[str, str] = {}


def _slips33b_tables(program: Program, files: dict[str, str]) -> dict[str, str]:
    """(slips33b) the texts a Python program's exception classes are raised with, where every
    ``raise Name(…)`` of the class passes one literal text (barman's PostgresUnsupportedFeature:
    "9.4", "9.1"); a class raised otherwise even once is left out."""
    texts: dict[str, set[str]] = {}
    other: set[str] = set()
    if program.language != "python":
        return {}
    for src in files.values():
        for raised in re.finditer(r"\braise\s+(\w+)\(", src):
            literal = re.compile(r"\s*(?:\"([^\"\\%{}]*)\"|'([^'\\%{}]*)')\s*\)").match(src, raised.end())
            if literal:
                texts.setdefault(raised.group(1), set()).add(literal.group(1) or literal.group(2) or "")
            else:
                other.add(raised.group(1))
    return {"class:" + name: "\0".join(sorted(found)) for name, found in texts.items()
            if name not in other and all(found)}


def _slips33b_values(program: Program, src: str, m: re.Match, template: str) -> str:
    """(slips33b) a message's values read against the code, paired with the message's last
    placeholders one to one (a head's come before them), kept as read when they do not pair:
    Vikunja's string constants (``const logPrefix = "[… Cron] "`` passed to a ``%s``), its
    OIDC group claims (a ``map[string]interface{}`` %v prints, ``%{oidcgroup}``; a constant
    joined to the format by ``+`` too) and a value
    printed twice (``%{again|N}``: the value N placeholders before); James' ImapMessage (an
    object's toString, ``%{struct}``) and its service type printed twice (one of its servers',
    then again); barman's exception raised only with literal texts (one of them)."""
    args = _nonblank_args(src, m.end(), _LEXER.get(program.language, program.language)) or []
    expressions = [re.sub(r"\s+", "", e) for e in (_slips32_expressions(program, args) or [])]
    if program.language == "go" and args:  # logPrefix+"…%s": the operands joined to the format first
        expressions = [re.sub(r"\s+", "", o) for o in _top_level_operands(args[0].strip(), "+", "go")
                       if not o.startswith(('"', "`"))] + expressions
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if not expressions or len(slots) < len(expressions):
        return template
    slots = slots[len(slots) - len(expressions):]
    above = src[:m.start()]
    texts: list[str | None] = []
    for i, expression in enumerate(expressions):
        text = None
        if expression in expressions[:i]:  # the same value again: the placeholders between counted
            text = f"%{{again|{i - expressions.index(expression)}}}"
        elif program.name == "vikunja" and re.fullmatch(r"\w+", expression):
            const = list(re.finditer(rf"\bconst\s+{expression}\s*=\s*\"([^\"\\%]*)\"", above))
            ranged = list(re.finditer(rf"\bfor\s+_,\s*{expression}\s*:=\s*range\s+(\w+)", above))
            if const:
                text = const[-1].group(1)
            elif ranged and re.search(rf"\b{ranged[-1].group(1)}\s+\[\]map\[string\]interface\{{\}}", above):
                text = "%{oidcgroup}"
        elif program.name == "james" and re.search(rf"\bImapMessage\s+{re.escape(expression)}\b", above):
            text = "%{struct}"  # an ImapMessage's toString (a response's fields, else Class@hash)
        elif program.name == "james" and expression in _SLIPS33_CHOICES["james"] and \
                expressions.count(expression) > 1:
            text = _slot("choice", "")
        elif program.name == "barman" and re.fullmatch(r"\w+", expression):
            caught = re.findall(rf"\bexcept\s+(\w+)\s+as\s+{expression}\s*:", above)
            raised = _SLIPS33B_TABLES.get("class:" + caught[-1], "") if caught else ""
            if raised and "\0" in raised:
                text = _slot("choice", "")
            elif raised:
                text = raised
        texts.append(text)
    for slot, expression, text in reversed(list(zip(slots, expressions, texts, strict=True))):
        if text is None:
            continue
        if text == _slot("choice", ""):
            chosen = list(_SLIPS33_CHOICES["james"][expression]) if program.name == "james" else \
                _SLIPS33B_TABLES["class:" + re.findall(rf"\bexcept\s+(\w+)\s+as\s+{expression}\s*:",
                                                        above)[-1]].split("\0")
            _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")), chosen)
        template = template[:slot.start()] + text + template[slot.end():]
    return template


# ---------------------------------------------------------------- round 34 checked again (slips34)


# (rules 34, checked in round 36: slips34) the round 34 programs whose corpus slips were fixed by
# name, each read as its code prints it (docs/patterns.md § The call-site corpus, "Checked again
# in round 36 (slips34)")
_SLIPS34_PROGRAMS = ("elasticjob", "httpd", "komf", "consul-template", "engelsystem", "speedtest-tracker",
                     "brighter")
_SLIPS34: set[str] = set()
# (slips34) read from the program's other files: komf's CoreProviders enum ("enum:Name" -> its
# constants, "\0" joined)
_SLIPS34_TABLES: dict[str, str] = {}
# (slips34) what an expression prints, by program ("file.ext:expression" for one file's, else any
# file's; the expression without its white space)
_SLIPS34_EXPRESSIONS = {
    # ElasticJob's literal wait (LeaderService: "waiting for {} ms", 100), the snapshot service's
    # local port (openSocket returns ServerSocket.getLocalPort()), an etcd lease id (a Long), the
    # key EtcdRegistryCenter watches (JobNodeStorage's "/" + jobName), a handler parameter's index
    # (an int), an exception class's getName(), the webhooks' and HTTP job's non-200 statuses
    "elasticjob": {"100": "100", "openSocket(port)": "%{port}", "leaseId": "%{int}",
                   "EtcdRegistryCenter.java:key": "/%{name}", "handlerParameter.getIndex()": "%{small}",
                   "exceptionType.getName()": "%{class}", "status": "%{status}", "code": "%{status}"},
    # httpd's cache keys (mod_cache's "scheme://host:port/path?query"), stapling's key_id
    # ("%s:%d" of the vhost's "name:port" and a certificate's index), a forward proxy's code
    "httpd": {"obj->key": "%{url}", "sobj->key": "%{url}", "key_id": "%{host}:%{port}:%{small}",
              "code_str": "%{status}"},
    # consul-template's dependencies as their String() prints them (catalog.node(name),
    # vault.read(path)), the dedup session's id (a Consul session's UUID), a template's source
    # path and its TemplateConfig.Display() ("%q => %q" of source and destination)
    "consul-template": {"catalog_node.go:d": "catalog.node(%{name})",
                        "vault_read.go:d": "vault.read(%{path})",
                        "vault_read.go:d.rawPath": "%{again|1}", "session": "%{uuid}",
                        "tmpl.Source()": "%{path}", "templateConfig.Display()": '"%{path}" => "%{path}"'},
    # Engelsystem's shift transactions (Str::uuid()), a user "name (id)" (sprintf's %s (%u)), a
    # shift type's and a location's name
    "engelsystem": {"$transactionId": "%{uuid}",
                    "sprintf('%s(%u)',$user->displayName,$user->id)": "%{name} (%{int})",
                    "$shifttypes[$shift->shift_type_id]": "%{name}", "$shifttypes[$shifttype_id]": "%{name}",
                    "$locations[$rid]": "%{name}",
                    # (a Carbon datetime cast its Logger interpolates by (string): "Y-m-d H:i:s")
                    "$worklog->worked_at": "%{datetime}",
                    # (config/app.php's ifsg_enabled defaults to false: the conditional prints "")
                    "(config('ifsg_enabled')?(($angeltype->requires_ifsg_certificate?"
                    "',requiresifsgcertificate':'').','):'')": ""},
    # speedtest-tracker's job batch id (Laravel's Bus::batch: an ordered UUID)
    "speedtest-tracker": {"$batch->id": "%{uuid}"}}
# (slips34) what an expression prints, one of a few texts, by program
_SLIPS34_CHOICES = {
    # Engelsystem's shirt sizes (config/app.php's tshirt_sizes default keys), a boolean column PHP
    # concatenates ("1" or ""), an angel type's driver license part (driving_license_enabled defaults
    # to true: the flag's text or nothing, then ", ")
    "engelsystem": {"$user->personalData->shirt_size": ["S", "S-F", "M", "M-F", "L", "L-F", "XL", "XL-F",
                                                        "2XL", "3XL", "4XL"],
                    "$angeltype->show_on_dashboard": ["1", ""], "$angeltype->hide_register": ["1", ""],
                    "$angeltype->hide_on_shift_view": ["1", ""],
                    "(config('driving_license_enabled')?(($angeltype->requires_driver_license?"
                    "',requiresdriverlicense':'').','):'')": [", requires driver license, ", ", "]}}
# (slips34) the apr_status_t constants httpd passes by name, as its error log prints them
# (apr_errno.h's offsets, errorcodes.c's texts); another status any of _APR_STATUSES
_APR_CONSTANTS = {"APR_EGENERAL": "(20014)Internal error (specific information not available)",
                  "APR_ENOTIMPL": "(70023)This function has not been implemented on this platform",
                  "APR_EINVAL": "(22)Invalid argument", "APR_ENOMEM": "(12)Cannot allocate memory",
                  "APR_EOF": "(70014)End of file found",
                  "APR_TIMEUP": "(70007)The timeout specified has expired",
                  "APR_ENOENT": "(2)No such file or directory", "APR_EACCES": "(13)Permission denied",
                  "APR_ENOSPC": "(28)No space left on device", "APR_EEXIST": "(17)File exists",
                  "APR_EINCOMPLETE": "(20022)The given path is incomplete",
                  "APR_INCOMPLETE": "(70008)Partial results are valid but processing is incomplete",
                  "APR_EBADPATH": "(20024)The given path is misformatted or contained invalid characters"}
# (slips34) httpd's macros its Linux build leaves undefined (or 0): DEBUGGING (mod_proxy's
# parse-time debug lines), APR_CHARSET_EBCDIC (util_ebcdic.c), other systems' code
_HTTPD_UNDEFINED = frozenset(("DEBUGGING", "APR_CHARSET_EBCDIC", "WIN32", "_WIN32", "NETWARE", "OS2",
                              "__OS2__", "BEOS", "__BEOS__", "_OSD_POSIX", "TPF"))


def _slips34_tables(program: Program, files: dict[str, str]) -> dict[str, str]:
    """(slips34) komf's CoreProviders constants (a provider's name prints as one of them)."""
    tables: dict[str, str] = {}
    if program.name == "komf":
        for src in files.values():
            for enum in re.finditer(r"\benum\s+class\s+(\w+)\s*\{([^{}]*)\}", src):
                names = re.findall(r"^\s*([A-Z][A-Z0-9_]*)\s*,?\s*$", enum.group(2), re.M)
                if names:
                    tables["enum:" + enum.group(1)] = "\0".join(names)
    return tables


def _slips34_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """(slips34) httpd's level named by a macro the file defines (h2_push.c's ``#define
    GCSLOG_LEVEL APLOG_TRACE1``)."""
    if program.name != "httpd":
        return level
    args = _httpd_args(src, m)
    named = re.fullmatch(r"\s*(\w+)\s*", args[0]) if args else None
    if not named or named.group(1).startswith("APLOG_"):
        return level
    defined = re.search(rf"^\s*#\s*define\s+{named.group(1)}\s+APLOG_(\w+)", src, re.M)
    if not defined:
        return level
    word = defined.group(1)
    return "trace" if word.startswith("TRACE") else _HTTPD_LEVELS.get(word, level)


def _slips34_httpd_branch(condition: str) -> bool | None:
    """(slips34) an ``#if``'s condition under httpd's Linux build: False for one naming a macro
    of ``_HTTPD_UNDEFINED`` alone (bare, ``defined``), True for its negation, else None."""
    found = re.fullmatch(r"\s*(!?)\s*(?:defined\s*\(\s*(\w+)\s*\)|defined\s+(\w+)|(\w+))\s*(?:/\*.*?\*/\s*)?",
                         condition)
    if not found:
        return None
    name = found.group(2) or found.group(3) or found.group(4)
    if name not in _HTTPD_UNDEFINED:
        return None
    return bool(found.group(1))


def _slips34_httpd_compiled_out(src: str, at: int) -> bool:
    """(slips34) whether ``at`` lies in a preprocessor branch httpd's Linux build leaves out
    (``#if DEBUGGING``, ``#if APR_CHARSET_EBCDIC``, ``#ifdef WIN32``...)."""
    return _compiled_out(src, at, _slips34_httpd_branch)


def _slips34_unprinted(program: Program, path: str, src: str, m: re.Match) -> bool:
    """(slips34) a call its program's shipped code does not reach: httpd's OS/2 and NetWare MPMs
    and its code the Linux build does not compile; ElasticJob's ZookeeperElectionService (no class
    of the program constructs it: its tests alone)."""
    if program.name == "httpd":
        return path.startswith(("server/mpm/mpmt_os2/", "server/mpm/netware/")) or \
            _slips34_httpd_compiled_out(src, m.start())
    if program.name == "elasticjob":
        return path.endswith("/ZookeeperElectionService.java")
    return False


def _slips34_php_context(src: str, m: re.Match) -> dict[str, str]:
    """(slips34) a PSR-3 or Laravel call's context array, key -> expression (white space left out)."""
    args = _nonblank_args(src, m.end(), "php") or []
    if len(args) < 2 or not args[1].strip().startswith("["):
        return {}
    read = read_args(args[1].strip(), 1, "php", closer="]")
    context = {}
    for entry in read[0] if read else []:
        pair = re.fullmatch(r"\s*['\"](\w+)['\"]\s*=>\s*(.+?)\s*", entry, re.S)
        if pair:
            context[pair.group(1)] = re.sub(r"\s+", "", pair.group(2))
    return context


# (slips34) what a [LoggerMessage] method's parameter prints by its declared type: an integer's
# digits, a System.Type's full name; a request's or message's string id Brighter's Id.Random()
# (Uuid.NewAsString: a UUID)
_BRIGHTER_TYPES = {"int": "%{int}", "long": "%{int}", "uint": "%{int}", "ulong": "%{int}", "short": "%{int}",
                   "Type": "%{class}"}


def _slips34_logger_message(src: str, m: re.Match) -> list[str | None] | None:
    """(slips34) what each placeholder of Brighter's ``[LoggerMessage(level, "text {Name}")]``
    prints, read from the partial method it decorates (placeholders bind its parameters by name,
    case-blind): ``_BRIGHTER_TYPES``' by the parameter's type, a string ``id`` a UUID."""
    text = re.match(r'"((?:[^"\\]|\\.)*)"', src[m.end():])
    method = re.compile(r"\)\]\s*(?:\[[^\]]*\]\s*)*[\w\s]*?\bpartial\s+void\s+\w+\s*\(([^()]*)\)").match(
        src, src.index(")", m.end() + len(text.group()) if text else m.end()))
    if not text or not method:
        return None
    types = {}
    for parameter in method.group(1).split(","):
        declared = re.fullmatch(r"\s*([\w.?<>\[\]]+)\s+(\w+)\s*", parameter)
        if declared:
            types[declared.group(2).lower()] = declared.group(1).rstrip("?")
    out: list[str | None] = []
    for name in re.findall(r"\{(\w+)(?:[,:][^{}]*)?\}", text.group(1)):
        kind = types.get(name.lower(), "")
        out.append("%{uuid}" if kind == "string" and name.lower() in ("id", "messageid")
                   else _BRIGHTER_TYPES.get(kind))
    return out


def _slips34_expressions(program: Program, src: str, m: re.Match) -> list[str] | None:
    """(slips34) the expressions a message's placeholders print, in order: SLF4J's arguments
    for its ``{}`` (a Throwable after them its stack trace), httpd's format's arguments, a Go
    format's, a Kotlin lambda's string's ``$x`` and ``${x}``, a PSR-3 message's ``{key}`` from its
    context, a PHP concatenation's operands (slips32's reading); None where none is read."""
    if program.name == "httpd":
        args = _httpd_args(src, m)
        return args[4:] if args else None
    if program.name == "komf":
        after = src[m.end():m.end() + 2000]
        string = r"\"(?:[^\"\\]|\\.|\$\{(?:[^{}]|\{[^{}]*\})*\})*\""
        opened = re.match(r"\s*(?:\(\s*\w*\s*\)\s*)?\{\s*(" + string + ")", after)
        if not opened:
            return None
        return [a or b for a, b in re.findall(r"\$\{((?:[^{}]|\{[^{}]*\})*)\}|\$(\w+)", opened.group(1))]
    lang = _LEXER.get(program.language, program.language)
    args = _nonblank_args(src, m.end(), lang)
    if not args:
        return None
    if program.language == "java":
        text = _literal_text(args[0], "java")
        return args[1:1 + text.count("{}")] if text is not None else None
    if program.language == "php":
        parts = _top_level_operands(args[0].strip(), ".", "php")
        text = "".join(_literal_text(part, "php") or "\0" for part in parts)
        if "\0" not in text and re.search(r"\{\w+\}", text):
            context = _slips34_php_context(src, m)
            keys = re.findall(r"\{(\w+)\}", text)
            return [context.get(key, "") for key in keys] if all(key in context for key in keys) else None
        return _slips32_expressions(program, args)
    return args[1:]


def _slips34_text(program: Program, path: str, expression: str) -> str | None:
    """(slips34) what one expression prints where its kind was guessed otherwise."""
    table = _SLIPS34_EXPRESSIONS.get(program.name, {})
    base = path.rsplit("/", 1)[-1]
    text = table.get(f"{base}:{expression}", table.get(expression))
    if text is not None:
        return text
    if program.language == "php":
        # an Eloquent model's key (an auto-incremented integer); Carbon's ->format('Y-m-d H:i')
        if re.search(r"(?:->id|->\w+_id)$", expression):
            return "%{int}"
        if re.search(r"->format\('Y-m-dH:i'\)$", expression):
            return "%{datehm}"
    return None


def _slips34_values(program: Program, path: str, src: str, m: re.Match, template: str) -> str:
    """(slips34) a message's values read against the code, paired with the message's last
    placeholders one to one (a head's come before them), kept as read when they do not pair:
    ``_SLIPS34_EXPRESSIONS``' texts, komf's CoreProviders names (one of them), Engelsystem's model
    ids and Carbon times; the head's own: httpd's apr status (``(n)text: ``, a named constant's
    own), ElasticJob's logback %date (one form for every line)."""
    if program.name == "httpd":
        args = _httpd_args(src, m)
        status = args[1].strip() if args else ""
        if "(%{int})%{err}: " in template:
            # (errno itself: an errno's text alone, no APR code)
            errno = re.fullmatch(r"errno|apr_get_os_error\(\)|apr_get_netos_error\(\)", status)
            text = _APR_CONSTANTS.get(status, "%{aprerrno}" if errno else "%{aprstatus}")
            template = template.replace("(%{int})%{err}: ", text + ": ", 1)
    if program.name == "elasticjob" and re.match(r"\[\w+ *\] %\{time\} --", template):
        template = template.replace("%{time}", "%{logbackdate}", 1)
        # a thread the program names (JobShutdownHookPlugin's new Thread("Quartz Shutdown-Hook "
        # + jobName) { run() { log.info("...", jobName) } }): its name in %thread, the value again
        named = list(re.finditer(r'\bnew\s+Thread\(\s*"([^"\\]*)"\s*\+\s*(\w+)\s*\)\s*\{', src[:m.start()]))
        args = _nonblank_args(src, m.end(), "java") or []
        if named and _slips33_inside(src, m.start(), re.escape(named[-1].group())[:-len(r"\{")]) and \
                [a.strip() for a in args[1:]] == [named[-1].group(2)] and template.count("%{") == 3:
            template = template.replace("--%{name}--", f"--{named[-1].group(1)}%{{name}}--", 1)
            last = template.rindex("%{name}")
            return template[:last] + "%{again|1}" + template[last + len("%{name}"):]
    if program.name == "brighter" and m.group().startswith("[LoggerMessage"):
        texts = _slips34_logger_message(src, m) or []
        slots = list(re.finditer(r"%\{[^{}]*\}", template))
        if not texts or len(slots) < len(texts):
            return template
        for slot, text in reversed(list(zip(slots[len(slots) - len(texts):], texts, strict=True))):
            if text is not None:
                template = template[:slot.start()] + text + template[slot.end():]
        return template
    expressions = [re.sub(r"\s+", "", e) for e in (_slips34_expressions(program, src, m) or [])]
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if not expressions or len(slots) < len(expressions):
        return template
    slots = slots[len(slots) - len(expressions):]
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        text = _slips34_text(program, path, expression)
        chosen = _SLIPS34_CHOICES.get(program.name, {}).get(expression)
        if program.name == "komf" and re.fullmatch(r"providerName|\w+\.providerName\(\)", expression):
            chosen = _SLIPS34_TABLES["enum:CoreProviders"].split("\0")
        # (komf's providers listed, a Kotlin List of CoreProviders: "[MANGA_UPDATES, MAL]", the
        # library's configured ones, the same list on every line; one provider enabled written,
        # not a list drawn anew for each line)
        listed = program.name == "komf" and expression == "providers.map{it.providerName()}"
        if listed:
            chosen = _SLIPS34_TABLES["enum:CoreProviders"].split("\0")
        if chosen is not None:
            if template[slot.start():slot.end()] == _slot("choice", ""):  # (a choice read before: its texts)
                del _CHOICES[template[:slot.start()].count(_slot("choice", ""))]
            _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")), list(chosen))
            text = "[" + _slot("choice", "") + "]" if listed else _slot("choice", "")
        if text is not None:
            template = template[:slot.start()] + text + template[slot.end():]
    return template


def _slips34_fields(program: Program, src: str, m: re.Match, fields: list[list[str]]) -> list[list[str]]:
    """(slips34) speedtest-tracker's context values read against the code: an HTTP response's
    ``->status()`` (a status code), a model's id (an integer), an array (Monolog's JSON)."""
    if program.name != "speedtest-tracker":
        return fields
    context = _slips34_php_context(src, m)
    out = []
    for key, kind in fields:
        expression = context.get(key, "")
        if expression.endswith("->status()"):
            kind = "status"
        elif re.search(r"->id$", expression):
            kind = "int"
        elif key == "data" and expression == "$data":
            kind = "struct"  # (PingHostname: $ping->toArray() less two keys)
        out.append([key, kind])
    return out



# ---------------------------------------------------------------- older rounds' slips (slipsold36)


# (slipsold36) the weakest programs of rounds 16-31 at 512, read again against their code
# (docs/patterns.md § The call-site corpus, "Checked again in round 36 (slipsold36)"), by the
# round whose rules extract them
_SLIPS36_PROGRAMS = {"espocrm": 16, "cronicle": 18, "pacemaker": 18, "musicbrainz": 19, "dhcpcd": 19,
                     "flow": 25}
_SLIPS36: set[str] = set()
# (slipsold36) MusicBrainz' RemoveResidualUserData's tables: "${_}_rating_raw" of
# entities_with('ratings') and "${_}_tag_raw" of entities_with('tags'), read from its
# entities.json at the pin
_SLIPS36_MB_TABLES = [f"{e}_rating_raw" for e in ("artist", "event", "label", "place", "recording",
                                                  "release_group", "work")] + \
    [f"{e}_tag_raw" for e in ("area", "artist", "event", "instrument", "label", "place", "recording",
                              "release", "release_group", "series", "work")]


# (slipsold36) systemd's unit ActiveState values (org.freedesktop.systemd1.Unit), pacemaker's
# parse_status_result's state
_SLIPS36_SYSTEMD_STATES = ["active", "reloading", "inactive", "failed", "activating", "deactivating"]


def _slips36_values(program: Program, path: str, src: str, m: re.Match, template: str) -> str:
    """(slipsold36) a message's values read against the code, paired with the message's last
    placeholders one to one, kept as read when they do not pair: flow's (Zig) ``if (c) "a"
    else "b"`` one of its two texts; Cronicle's moment ``format('llll z')`` (``%{llllz}``) and
    a local assigned a concatenation of texts and an ``x.id`` (the texts around ``%{id}``);
    EspoCRM's key of a ``foreach`` over an array ``usort`` has renumbered (``%{small}``, an
    index); pacemaker's systemd status callback (``ActiveState`` and one of its values);
    dhcpcd's interface names (``%{iface}``), its IPv4 addresses with their prefix lengths
    (``%{cidr4}``, an IPv6 file's ``%{ipv6}``), inet_ntoa's (``%{ipv4}``) and the DHCP
    messages it sends (one of "BOOTP" and the names of the types the file sends); MusicBrainz'
    residual data tables (one of its entities' tables) and their editors' ids after ": "
    (``%{intlist}``)."""
    lexer = _LEXER.get(program.language, program.language)
    args = _nonblank_args(src, m.end(), lexer) or []
    above = src[:m.start()]
    expressions: list[str] = []
    if program.name == "flow" and len(args) == 2 and args[1].strip().startswith(".{"):
        inner = args[1].strip()[2:].rstrip()
        inner = inner[:-1] if inner.endswith("}") else inner
        expressions = [e for e in _top_level_operands(inner, ",", lexer) if e.strip()]
    elif program.name == "cronicle" and len(args) == 2:  # logDebug(level, message): no data
        expressions = [o for o in _top_level_operands(args[1].strip(), "+", "js")
                       if _literal_text(o, "js") is None]
    elif program.name == "espocrm" and args:
        expressions = _slips32_expressions(program, args[:1]) or []
    elif program.name == "dhcpcd" and args:  # printf's arguments; __func__ printed as its text already
        expressions = [a for a in args[1:] if a.strip() != "__func__"]
    elif program.name == "pacemaker" and args and \
            re.search(r"\nparse_status_result\([^)]*\)\s*\{[^}]*$", above):
        expressions = args[1:]  # (the systemd status callback: its name and state are DBus' ActiveState)
    elif program.name == "musicbrainz" and src[m.end():].lstrip().startswith('"Identified $editor_count'):
        # "… in ${table}" . ($editor_count > 0 ? ': ' . (join q(, ), @$editor_ids) : '')
        read = template.find("%{name}%{id}")
        if read < 0 or "(join q(, ), @$editor_ids)" not in src[m.end():m.end() + 400]:
            return template
        _CHOICES.insert(template[:read].count(_slot("choice", "")), list(_SLIPS36_MB_TABLES))
        return template[:read] + "%{choice}: %{intlist}" + template[read + len("%{name}%{id}"):]
    expressions = [re.sub(r"\s+", " ", e.strip()) for e in expressions]
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if program.name == "dhcpcd" and not m.group().endswith("x(") and slots:
        slots = slots[:-1]  # logerr, logwarn: strerror(errno) appended after the message
    if not expressions or len(slots) < len(expressions):
        return template
    slots = slots[len(slots) - len(expressions):]
    texts: list[str | list[str] | None] = []
    for expression in expressions:
        text: str | list[str] | None = None
        if program.name == "flow":
            found = re.fullmatch(r'if \(.*\) "([^"\\{}]*)" else "([^"\\{}]*)"', expression)
            text = [found.group(1), found.group(2)] if found else None
        elif program.name == "cronicle" and re.fullmatch(r"\w+\.format\('llll z'\)", expression):
            text = "%{llllz}"
        elif program.name == "cronicle" and re.fullmatch(r"\w+", expression):
            assigned = re.findall(rf"\bvar\s+{expression}\s*=\s*([^;\n]+);", above)
            parts = _top_level_operands(assigned[-1], "+", "js") if assigned else []
            if parts and all(_literal_text(o, "js") is not None or re.fullmatch(r"\w+\.id", o)
                             for o in parts):
                text = "".join(_literal_text(o, "js") or "%{id}" for o in parts)
        elif program.name == "dhcpcd" and re.fullmatch(r"(?:\w+->)*(?:ifp|iface)->name|ifname|if_name",
                                                         expression):
            text = "%{iface}"  # a network interface's name (eth0, wlan0)
        elif program.name == "dhcpcd" and re.fullmatch(r"(?:\w+->)*saddr", expression):
            # ipv4.c's snprintf(ia->saddr, …, "%s/%d", inet_ntoa(…), inet_ntocidr(…)); an IPv6
            # address's (ipv6.h's ipv6_addr) the address alone
            text = "%{ipv6}" if "6" in path.rsplit("/", 1)[-1] else "%{cidr4}"
        elif program.name == "dhcpcd" and re.search(r"\bget_dhcp_op\(type\)$", expression):
            # the message send_message sends: "BOOTP", else its type's name in dhcp_ops, the
            # types the file's send_message calls pass with a callback (DISCOVER, REQUEST, INFORM),
            # in the callback == NULL branch those passed without one (DECLINE, RELEASE)
            names = dict(re.findall(r"\{\s*(DHCP_\w+),\s*\"(\w+)\"\s*\}", src))
            branch = above[above.rfind("if (callback == NULL)"):]
            without = "if (callback == NULL)" in above and "} else {" not in branch  # its NULL callback's
            calls = re.findall(r"\bsend_message\([^,]+,\s*(DHCP_\w+),\s*(\w+)\)", src)
            sent = sorted({names[t] for t, back in calls if t in names and (back == "NULL") == without})
            bootp = expression.startswith("ifo->options & DHCPCD_BOOTP ? \"BOOTP\"")
            text = (["BOOTP"] if bootp else []) + sent
            text = text if len(text) > 1 else None
        elif program.name == "dhcpcd" and re.match(r"(?:inet|ip)_ntoa\(", expression):
            text = "%{ipv4}"  # inet_ntoa prints an IPv4 address only
        elif program.name == "pacemaker" and expression == "name":
            text = "ActiveState"  # its one caller's property, systemd_get_property(unit, "ActiveState", …)
        elif program.name == "pacemaker" and expression == 'pcmk__s(state, "<null>")':
            text = list(_SLIPS36_SYSTEMD_STATES)
        elif program.name == "espocrm" and re.fullmatch(r"\$\w+", expression):
            loop = list(re.finditer(rf"\bforeach\s*\(\s*(\$\w+)\s+as\s+{re.escape(expression)}\s*=>", above))
            renumbered = loop and re.search(rf"\busort\(\s*{re.escape(loop[-1].group(1))}\s*,",
                                            above[:loop[-1].start()])
            if renumbered:
                text = "%{small}"  # usort renumbers the array: its keys 0, 1, 2...
        texts.append(text)
    for slot, text in reversed(list(zip(slots, texts, strict=True))):
        if text is None:
            continue
        if isinstance(text, list):
            _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")), text)
            text = _slot("choice", "")
        template = template[:slot.start()] + text + template[slot.end():]
    return template


# ---------------------------------------------------------------- round 34's slips r34a found (slips36b)


# (slips36b) the round 34 programs whose slips r34a found in round 34's errors, read again against
# their code (docs/patterns.md § The call-site corpus, "Checked again in round 36 (slips36b)"), by
# the round whose rules extract them
_SLIPS36B_PROGRAMS = {"klipper": 34, "gladys": 34, "dnscrypt-proxy": 34, "rtpengine": 34}
_SLIPS36B: set[str] = set()


def _js_template_expressions(arg: str) -> list[str] | None:
    """(slips36b) the ``${…}`` expressions of a JavaScript template literal, in order (None when
    ``arg`` is not one)."""
    arg = arg.strip()
    if len(arg) < 2 or arg[0] != "`" or arg[-1] != "`":
        return None
    out, i = [], 1
    while i < len(arg) - 1:
        if arg[i] == "\\":
            i += 2
            continue
        if arg.startswith("${", i):
            depth, j = 1, i + 2
            while j < len(arg) - 1 and depth:
                depth += {"{": 1, "}": -1}.get(arg[j], 0)
                j += 1
            out.append(arg[i + 2:j - 1])
            i = j
            continue
        i += 1
    return out


def _slips36b_values(program: Program, path: str, src: str, m: re.Match, template: str) -> str:
    """(slips36b) a message's values read against the code, paired with the message's last
    placeholders one to one, kept as read when they do not pair: Klipper's SerialReader
    ``warn_prefix`` (serialhdl.py: ``"mcu '%s': " % mcu_name``, klippy's MCU always naming its
    reader: ``%{mcuname}``, one of the printer's few MCUs) and its stats line (statistics.py's
    ``"Stats %.1f: %s"``: the event time to one
    decimal, then the ``stats()`` parts of its objects joined by " ": ``%{klipperstats}``);
    Gladys' selectors (slugify's: an external integration's ``ext-<owner>-<repo>``, a user's and
    an area's slug), not CSS selectors, and an integration's store slug (``owner/repo``);
    dnscrypt-proxy's local DoH path (``proxy.localDoHPath``, the
    configuration's one path: "/dns-query", its example's and the convention); rtpengine's redis
    callbacks' ``invalid status code %d`` (hiredis' status, an int, not an HTTP status)."""
    lexer = _LEXER.get(program.language, program.language)
    args = _nonblank_args(src, m.end(), lexer) or []
    if not args:
        return template
    expressions: list[str] = list(args[1:])
    if program.name == "gladys":
        inner = _js_template_expressions(args[0])
        expressions = (inner or []) + expressions
    expressions = [re.sub(r"\s+", "", e) for e in expressions]
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if not expressions or len(slots) < len(expressions):
        return template
    slots = slots[len(slots) - len(expressions):]
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        text = None
        if program.name == "klipper" and expression == "self.warn_prefix":
            text = "mcu '%{mcuname}': "  # (MCUConnectHelper: SerialReader(reactor, mcu_name=name))
        elif program.name == "klipper" and path.endswith("statistics.py") and expression == "eventtime":
            text = "%{float1}"  # ("%.1f")
        elif program.name == "klipper" and path.endswith("statistics.py") and expression == "stats_str":
            text = "%{klipperstats}"
        elif program.name == "gladys" and re.fullmatch(r"(?:\w+\.)*service\.selector", expression):
            text = "ext-%{slug}"  # (buildSelector: SELECTOR_PREFIX and the store slug, slugified)
        elif program.name == "gladys" and expression in ("userSelector", "areaTheUserIsIn",
                                                          "areaTheUserWasIn"):
            text = "%{slug}"  # (a user's selector; area.checkNewLocation's sets of area.selector)
        elif program.name == "gladys" and re.fullmatch(r"(?:\w+\.)*service\.store_slug", expression):
            text = "%{slug}/%{slug}"  # (an external integration's store slug: its repository's "owner/repo")
        elif program.name == "dnscrypt-proxy" and expression == "proxy.localDoHPath":
            text = "/dns-query"
        elif program.name == "rtpengine" and path.endswith("/redis.c") and expression == "status":
            text = "%{int}"  # (hiredis' callback status, an int: neither REDIS_OK nor REDIS_ERR here)
        if text is not None:
            template = template[:slot.start()] + text + template[slot.end():]
    return template


# ---------------------------------------------------------------- round 35 checked again (slips35)


# (rules 35, checked in round 37: slips35) the round 35 programs whose corpus slips were fixed by
# name, each read as its code prints it (docs/patterns.md § The call-site corpus, "Checked again
# in round 37 (slips35)"), by the round whose rules extract them
_SLIPS37_PROGRAMS = {"bosh": 35, "photoprism": 35, "opnsense": 35, "xmrig": 35, "vmpooler": 35,
                     "automatisch": 35, "pymedusa": 35, "evennia": 35, "habitat": 35}
_SLIPS37: set[str] = set()
# (slips35) read from the program's other files: xmrig's tags ("tag:name" -> the text
# Tags::name() returns, its colours written out)
_SLIPS37_TABLES: dict[str, str] = {}
# (slips35) what an expression prints, by program ("file.ext:expression" for one file's, else any
# file's; the expression with its white space made one space)
_SLIPS37_EXPRESSIONS = {
    # bosh: a NATS reply's subject ("#{@inbox_name}.#{client_id}.#{request_id}", the inbox
    # "director.#{process uuid}", an agent's id and a request's SecureRandom.uuid) and its JSON
    # payload; the health monitor's alert subject; update_stemcell's cpi_suffix (blank for the one
    # unnamed CPI); a Time's to_s
    "bosh": {"nats_rpc.rb:subject": "director.%{uuid}.%{uuid}.%{uuid}", "nats_rpc.rb:message": "%{jsonobj}",
             "director_monitor.rb:subject": "hm.director.alert", "director_monitor.rb:message": "%{jsonobj}",
             "update_stemcell.rb:cpi_suffix": "",
             "scheduled_orphaned_network_cleanup.rb:time": "%{rubytime}"},
    # photoprism: Go's time.Time String() ("2006-01-02 15:04:05.999999999 -0700 MST", in UTC), a
    # share's remote file name (a path on the account)
    "photoprism": {"m.takenAt.String()": "%{datetime} +0000 UTC", "file.RemoteName": "%{path}"},
    # opnsense: a route's gateway (an address), its network (interfaces_primary_address's CIDR), a
    # dpinger monitor address
    "opnsense": {"system.inc:$gateway": "%{ip}", "system.inc:$network": "%{cidr4}", "$vhid": "%{small}",
                 "dpinger.inc:$gateway['monitor']": "%{ip}", "interfaces.inc:$rd6lan": "%{ipv6}",
                 "interfaces.inc:$ip4address": "%{ipv4}"},
    # vmpooler: format('%<time>.2f') seconds, pool sizes, a connection pool's utilization
    # ((…).round(2): a percentage) and waiting threads, a circuit breaker's threshold and
    # timeout (to_i), adaptive timeouts (integers) and a p95 rounded to 2, an API response's status
    "vmpooler": {"ip_finish": "%{float2}", "finish": "%{float2}", "pool_size_now": "%{int}",
                 "pool_size_original": "%{int}", "health[:utilization]": "%{float}",
                 "health[:waiting_threads]": "%{int}", "base.rb:failure_threshold": "%{int}",
                 "base.rb:timeout": "%{int}", "old_timeout": "%{int}", "@current_timeout": "%{int}",
                 "p95_duration.round(2)": "%{float}", "duration.round(2)": "%{float}",
                 "max_orphaned_age": "%{int}", "request_logger.rb:status": "%{status}",
                 "disk_size": "%{int}"},
    # xmrig: a NUMA node's id, huge pages' percent ("%3.0f"), the pool's address, its ZMQ port
    # (zmq_buf: none unless the pool names one)
    "xmrig": {"nodeId": "%{small}", "pages.percent()": "%{pct3}", "pages.allocated": "%{int}",
              "pages.total": "%{int}", "client->ip().data()": "%{ip}", "Network.cpp:zmq_buf": ""},
    # automatisch: the database and its user appConfig names (POSTGRES_DATABASE and
    # POSTGRES_USERNAME, docker-compose.yml's "automatisch" and "automatisch_user": one on every
    # line), the seed user createUser() saves ('user@automatisch.io', its default)
    "automatisch": {"utils.js:database": "automatisch", "utils.js:user": "automatisch_user",
                    "utils.js:user.email": "user@automatisch.io", "utils.js:email": "user@automatisch.io"},
    # evennia: an object's str() its key (a name), an account's and a bot's its username; an
    # OnDemandTask's its __str__ ("OnDemandTask(key[category] (dt=Ns), stage=name)"), a stage
    # function Python's repr of a function
    "evennia": {"obj": "%{name}", "accounts.py:self": "%{name}", "bots.py:self": "%{name}",
                "character": "%{name}", "new_character": "%{name}", "channel": "%{name}", "caller": "%{name}",
                "self.caller": "%{name}",
                "ondemandhandler.py:self": "OnDemandTask(%{name}[%{name}] (dt=%{int}s), stage=%{name})",
                "ondemandhandler.py:stage_func": "<function %{name} at %{ptr}>"}}
# (slips35) opnsense's authentication services' and authenticators' classes, as get_class prints them
_OPNSENSE_SERVICES = ["OPNsense\\Auth\\Services\\WebGui", "OPNsense\\Auth\\Services\\System",
                      "OPNsense\\Auth\\Services\\IPsec"]
_OPNSENSE_AUTHENTICATORS = ["OPNsense\\Auth\\Local", "OPNsense\\Auth\\LDAP", "OPNsense\\Auth\\Radius",
                            "OPNsense\\Auth\\LocalTOTP"]
# (slips35) what an expression prints, one of a few texts, by program
_SLIPS37_CHOICES = {
    # opnsense: a route's address family (system_host_route's 'inet' or 'inet6'), an
    # interface's configuration key (wan, lan, optN), a FreeBSD device (igb0, em0, vtnet0: the
    # drivers OPNsense's hardware and virtual machines have), MediaFile.CheckType's errors
    "opnsense": {"$family": ["inet", "inet6"], "$ipproto": ["inet", "inet6"],
                 "$interface": ["wan", "lan", "opt1", "opt2"],
                 "$gateway['interface']": ["wan", "lan", "opt1"],
                 "$dnsserver['interface']": ["wan", "lan", "opt1"],
                 "$lancfg['track6-interface']": ["wan", "opt1"],
                 "$device": ["igb0", "igb1", "em0", "em1", "vtnet0", "vtnet1", "ix0"],
                 "$attach_device": ["igb1", "igb2", "em1", "vtnet1", "ix1"],
                 "$gateway['if']": ["igb0", "em0", "vtnet0", "pppoe0"],
                 # a WireGuard instance's device ("wg" and its number), its CARP vhid's status and
                 # the device's ("up", "down", "-" when absent)
                 "$server->interface": ["wg0", "wg1", "wg2"], "$node->interface": ["wg0", "wg1", "wg2"],
                 "!empty($vhids[$carp_depend_on]) ? $vhids[$carp_depend_on]['status'] : '-'":
                     ["MASTER", "BACKUP", "-"],
                 "$ifstatus": ["up", "down", "-"],
                 # AuthenticationFactory's service (WebGui's login page, PAM's sshd and login through
                 # System, IPsec) and the classes of it and of its authenticator (Auth/Services/*.php,
                 # Auth/*.php)
                 "$service_name": ["WebGui", "sshd", "login", "IPsec"],
                 "get_class($service)": _OPNSENSE_SERVICES,
                 "!empty($service) ? get_class($service) : '-'": [*_OPNSENSE_SERVICES, "-"],
                 "get_class($authenticator)": _OPNSENSE_AUTHENTICATORS,
                 "!empty($authenticator) ? get_class($authenticator) : '-'":
                     [*_OPNSENSE_AUTHENTICATORS, "-"]},
    # xmrig: the huge pages' colour (green when all are allocated, red when none, else yellow),
    # the JIT's mark, a client's mode() (Client's "pool", DaemonClient's "daemon": a benchmark
    # returns before), its TLS version (none without TLS)
    "xmrig": {"(pages.isFullyAllocated() ? GREEN_BOLD_S : RED_BOLD_S)": ["\x1b[1;32m", "\x1b[1;31m"],
              "(pages.isFullyAllocated() ? GREEN_BOLD_S : "
              "(pages.allocated == 0 ? RED_BOLD_S : YELLOW_BOLD_S))":
                  ["\x1b[1;32m", "\x1b[1;31m", "\x1b[1;33m"],
              'cache->isJIT() ? GREEN_BOLD_S "+" : RED_BOLD_S "-"': ["\x1b[1;32m+", "\x1b[1;31m-"],
              "client->mode()": ["pool", "daemon"],
              'tlsVersion ? tlsVersion : ""': ["", "TLSv1.3", "TLSv1.2"]},
    # habitat: the launcher's request a handler decodes (the Supervisor's messages' MESSAGE_ID)
    "habitat": {"txn.message_id()": ["Register", "Restart", "Spawn", "Terminate", "PidOf", "Version"]},
    # evennia: a permission given, one of settings_default's PERMISSION_HIERARCHY
    "evennia": {"perm": ["Player", "Helper", "Builder", "Admin", "Developer"]},
    # photoprism: MediaFile.CheckType's errors (a missing or invalid extension)
    "photoprism": {"typeErr": ["missing extension", "unknown file type",
                               "invalid extension (unknown media type)",
                               "invalid extension for media type 'image/jpeg'",
                               "invalid extension for media type 'image/png'",
                               "invalid extension for media type 'image/heic'"]}}
# (slips35) the rc scripts and tools whose name opnsense's log_msg prints ($_SERVER['SCRIPT_NAME'])
# for src/etc/inc's functions: the PHP scripts of src/etc/rc.* and src/sbin/pluginctl, as
# /usr/local/etc and /usr/local/sbin install them
_OPNSENSE_SCRIPTS = ["/usr/local/etc/rc.bootup", "/usr/local/etc/rc.configure_interface",
                     "/usr/local/etc/rc.filter_configure", "/usr/local/etc/rc.linkup",
                     "/usr/local/etc/rc.newwanip", "/usr/local/etc/rc.newwanipv6",
                     "/usr/local/etc/rc.reload_all", "/usr/local/etc/rc.routing_configure",
                     "/usr/local/sbin/pluginctl"]


def _slips37_tables(program: Program, files: dict[str, str]) -> dict[str, str]:
    """(slips35) xmrig's tags (Tags.cpp's ``static const char *tag = MACRO(WHITE_BOLD_S " name ")``
    and Msr.cpp's ``kTag``), their colours written out."""
    tables: dict[str, str] = {}
    for src in files.values() if program.name == "habitat" else ():
        found = re.findall(r"const FILE_NAME: &'static str = \"([\w-]+)\";", src)
        tables["hooks"] = "\0".join(sorted(set(tables.get("hooks", "").split("\0")) - {""} | set(found)))
    for path, src in files.items() if program.name == "pymedusa" else ():
        if path.endswith("/downloadstation.py"):  # (DownloadStation's error_map: its codes' texts)
            block = re.search(r"self\.error_map\s*=\s*\{([^{}]*)\}", src)
            texts = re.findall(r"^\s*\d+\s*:\s*'([^'\\]*)'", block.group(1), re.M) if block else []
            if texts:
                tables["error_map:downloadstation.py"] = "\0".join(texts)
    if program.name != "xmrig":
        return tables
    for path, src in files.items():
        found = []
        if path.endswith("/Tags.cpp"):
            found = re.findall(r"xmrig::Tags::(\w+)\(\)\s*\{\s*static const char\s*\*\s*tag\s*=\s*([^;]+);",
                               src)
        elif path.endswith("/Msr.cpp"):
            kept = re.findall(r"static const char\s*\*\s*kTag\s*=\s*([^;]+);", src)
            found = [("msr", expression) for expression in kept]
        for name, expression in found:
            literals = re.findall(r'"((?:[^"\\]|\\.)*)"', _slips37_xmrig_colours(expression))
            tables["tag:" + name] = "".join(literals)
    return tables


def _slips37_xmrig_colours(arg: str) -> str:
    """(slips35) xmrig's colour macros written out as ``_xmrig_colours`` writes them, a macro's
    argument also literals joined with ``PRIu64``-like macros and other colours' ``_S`` literals
    (``BLACK_BOLD(" (%" PRIu64 " ms)")``, ``CYAN_BG_BOLD(WHITE_BOLD_S " config  ")``)."""
    names = "|".join(sorted(_XMRIG_SGR, key=len, reverse=True))
    inside = rf'(?:"(?:[^"\\]|\\.)*"|\s+|PRI[diouxX]\d+|(?:{names})_S\b|CLEAR\b)+'
    arg = re.sub(rf"\b({names})\(\s*({inside})\s*\)",
                 lambda c: f'"\x1b[{_XMRIG_SGR[c.group(1)]}m" {c.group(2).strip()} "\x1b[0m"', arg)
    return _xmrig_colours(arg)


def _slips37_call(program: Program, src: str, m: re.Match, lang: str
                  ) -> tuple[str | None, list[list[str]]] | None:
    """(slips35) (template, fields) of a call read otherwise than round 35 reads it: xmrig's colour
    macros around literals joined with a format macro (``_slips37_xmrig_colours``); pymedusa's
    BraceMessage given one Mapping (its keys the format's names: read as keyword arguments)."""
    args = _nonblank_args(src, m.end(), lang)
    if not args:
        return None
    if program.name == "xmrig":
        template, _, fields = _message([_slips37_xmrig_colours(args[0]), *args[1:]], program)
        return template, fields
    if program.name == "pymedusa" and len(args) == 2 and args[1].strip().startswith("{"):
        read = read_args(args[1].strip(), 1, lang, closer="}")
        named = []
        for entry in read[0] if read else []:
            pair = re.fullmatch(r"\s*['\"](\w+)['\"]\s*:\s*(.+?)\s*", entry, re.S)
            if not pair:
                return None
            named.append(f"{pair.group(1)}={pair.group(2)}")
        if not named:
            return None
        template, _, fields = _message([args[0], *named], program)
        return template, fields
    return None


def _slips37_expressions(program: Program, src: str, m: re.Match) -> list[str] | None:
    """(slips35) the expressions a message's placeholders print, in order: a Ruby literal's
    ``#{x}``, a PHP literal's ``{$x}`` and ``$x`` (a sprintf's arguments), a JavaScript template
    literal's ``${x}``, a Python f-string's ``{x}``, a C or Go format's arguments."""
    lang = _LEXER.get(program.language, program.language)
    args = _nonblank_args(src, m.end(), lang)
    if not args:
        return None
    first = args[0].strip()
    if program.name == "pymedusa" and len(args) == 2 and args[1].strip().startswith("{"):
        # (a BraceMessage given one Mapping: its values by the format's names, in the format's order)
        read = read_args(args[1].strip(), 1, "python", closer="}")
        named = dict(re.findall(r"^\s*['\"](\w+)['\"]\s*:\s*(.+?)\s*$", "\n".join(
            " ".join(entry.split()) for entry in (read[0] if read else [])), re.M))
        text = _literal_text(first, "python") or ""
        names = [n.split("!")[0].split(":")[0] for n in re.findall(r"(?<!\{)\{(\w[^{}]*)\}", text)]
        return [named[n] for n in names] if names and all(n in named for n in names) else None
    if program.language == "python":
        if re.match(r"[fF]['\"]", first):
            return [e.split("!")[0] for e in re.findall(r"(?<!\{)\{([^{}]+)\}(?!\})", first)]
        return None
    return _slips32_expressions(program, args)


def _slips37_text(program: Program, path: str, expression: str) -> str | list[str] | None:
    """(slips35) what one expression prints where its kind was guessed otherwise: a text, or one
    of a few texts."""
    base = path.rsplit("/", 1)[-1]
    table = _SLIPS37_EXPRESSIONS.get(program.name, {})
    text = table.get(f"{base}:{expression}", table.get(expression))
    if text is not None:
        return text
    chosen = _SLIPS37_CHOICES.get(program.name, {}).get(expression)
    if chosen is not None:
        return chosen
    if program.name == "pymedusa" and expression.startswith("self.error_map[") and \
            f"error_map:{base}" in _SLIPS37_TABLES:
        return _SLIPS37_TABLES[f"error_map:{base}"].split("\0")
    if program.name == "photoprism":
        plural = re.fullmatch(r'english\.Plural\(\s*\w+\s*,\s*"[^"]*"\s*,\s*"([^"]*)"\s*\)', expression)
        if plural:  # (the count and a word: "3 markers", "1 marker")
            return "%{int} " + plural.group(1)
        if base == "albums.go" and expression == "clean.Log(filepath.Base(fileName))":
            return "a%{base36x15}.yml"  # (an album's YAML backup: its AlbumUID, 'a' and 15 base-36 ones)
    if program.name == "xmrig":
        tag = re.fullmatch(r"(?:xmrig::)?Tags::(\w+)\(\)", expression)
        if tag and "tag:" + tag.group(1) in _SLIPS37_TABLES:
            return _SLIPS37_TABLES["tag:" + tag.group(1)].replace("%", "%%")
        if expression in ("cpu_tag()", "backend_tag(result.backend)"):
            return _SLIPS37_TABLES.get("tag:cpu", "").replace("%", "%%") or None  # (the CPU backend's)
        if expression == "ocl_tag()":
            return _SLIPS37_TABLES.get("tag:opencl", "").replace("%", "%%") or None
        if expression == "cuda_tag()":
            return _SLIPS37_TABLES.get("tag:nvidia", "").replace("%", "%%") or None
        if expression == "Msr::tag()" or (expression == "tag()" and "/msr/" in path):
            return _SLIPS37_TABLES.get("tag:msr", "").replace("%", "%%") or None
        if expression == "tag()" and "/benchmark/" in path:
            return _SLIPS37_TABLES.get("tag:bench", "").replace("%", "%%") or None
        if expression == "tag()" and "/stratum/" in path and "tag:network" in _SLIPS37_TABLES:
            # BaseClient's m_tag: fmt::format("{} " CYAN_BOLD("{}"), Tags::network(), m_pool.url())
            return _SLIPS37_TABLES["tag:network"].replace("%", "%%") + " \x1b[1;36m%{host}:%{port}\x1b[0m"
    return None


def _slips37_habitat_hook(src: str, at: int) -> str | list[str] | None:
    """(slips35) what habitat's ``Self::FILE_NAME`` prints at ``at``: the hook's own name in an
    ``impl Hook for X`` (its ``const FILE_NAME``), one of the hooks' names in the trait's default
    methods."""
    opened = list(re.finditer(r"^(?:impl\b[^\n{]*|pub trait \w+)", src[:at], re.M))
    if not opened:
        return None
    if opened[-1].group().startswith("pub trait"):
        hooks = _SLIPS37_TABLES.get("hooks", "")
        return hooks.split("\0") if hooks else None
    named = re.search(r"const FILE_NAME: &'static str = \"([\w-]+)\";", src[opened[-1].end():at])
    return named.group(1) if named else None


def _slips37_values(program: Program, path: str, src: str, m: re.Match, template: str) -> str:
    """(slips35) a message's head and values read against the code: bosh's logging gem layouts
    (the director's ThreadFormatter pattern, its task logger named DirectorJobRunner and its thread
    ``task:N``; the monitor's and nats-sync's ``Logging.logger(io)`` pattern), their date one form
    (``isousec``); habitat's log4rs and env_logger time (``isosecz``); evennia's Portal time
    (``"%Y-%m-%d %H:%M:%S"``); opnsense's log_msg script name; then the message's last
    placeholders paired with its expressions one to one (``_slips37_text``), kept as read when
    they do not pair."""
    if program.name == "bosh":
        director = re.match(r"(\w), \[%\{time\} #%\{int\}\] \[%\{name\}\] (.{5}) -- Director: ", template)
        monitor = re.match(r"(.{5})  %\{path\} : ", template)
        if director:
            letter, word = director.group(1), director.group(2)
            if "/director/api/" in path:  # (the director's API process: its logger, no thread name)
                thread, name = "", "Director"
            elif path.endswith("/metrics_collector.rb"):  # (the metrics server's own logger)
                thread, name = "", "MetricsServer"
            elif path.endswith("/nats_rpc.rb"):  # (a reply read on the NATS client's thread)
                thread, name = "", "DirectorJobRunner"
            else:  # (a task's code: JobRunner's logger, with_thread_name("task:#{@task_id}"))
                thread, name = "task:%{int}", "DirectorJobRunner"
            template = (f"{letter}, [%{{isousec}} #%{{int}}] [{thread}] {word} -- {name}: "
                        + template[director.end():])
        elif monitor:
            word = monitor.group(1)
            template = f"{word.strip()[0]}, [%{{isousec}} #%{{int}}] {word} : " + template[monitor.end():]
    if program.name == "habitat" and template.startswith("[%{time} "):
        template = "[%{isosecz} " + template[len("[%{time} "):]
    if program.name == "evennia" and template.startswith("|Portal| %{time} "):
        template = "|Portal| %{datetime} " + template[len("|Portal| %{time} "):]
    if program.name == "opnsense" and template.startswith("%{path}: "):
        if path.startswith("src/www/"):  # (a page's own name)
            template = "/" + path[len("src/www/"):].replace("%", "%%") + ": " + template[len("%{path}: "):]
        else:
            _CHOICES.insert(0, list(_OPNSENSE_SCRIPTS))
            template = _slot("choice", "") + ": " + template[len("%{path}: "):]
    expressions = [re.sub(r"\s+", " ", e.strip()) for e in (_slips37_expressions(program, src, m) or [])]
    slots = list(re.finditer(r"%\{[^{}]*\}", template))
    if program.name == "xmrig":  # (no head: its conversions from the first, an argument too many left out)
        expressions = expressions[:len(slots)]
    if not expressions or len(slots) < len(expressions):
        return template
    slots = slots[len(slots) - len(expressions):] if program.name != "xmrig" else slots[:len(expressions)]
    for slot, expression in reversed(list(zip(slots, expressions, strict=True))):
        text = _slips37_text(program, path, expression)
        if program.name == "habitat" and expression == "Self::FILE_NAME":
            text = _slips37_habitat_hook(src, m.start())
        if text is None:
            continue
        if isinstance(text, list):
            _CHOICES.insert(template[:slot.start()].count(_slot("choice", "")), text)
            text = _slot("choice", "")
        template = template[:slot.start()] + text + template[slot.end():]
    return template


# (rules 31) the level below which a round 31 program's default setup prints nothing
_ROUND_31_THRESHOLD = {
    "velero": "info", "mihomo": "info", "blocky": "info", "gatus": "info", "dependency-track": "info",
    "akhq": "info", "mealie": "info", "ckan": "info", "cobbler": "info", "docmost": "info",
    "audiobookshelf": "info", "ersatztv": "info", "lidarr": "debug", "rauthy": "info",
    "static-web-server": "error", "pika": "info", "nebula-graph": "info", "katello": "info", "dynflow": "debug",
    "nextcloud-news": "warn", "grav": "trace", "stream-collector": "info", "trento": "info"}
# rauthy's crates by their folder under src/ (each one's Cargo.toml name)
_RAUTHY_CRATES = {"api": "rauthy_handlers", "api_types": "rauthy_api_types", "bin": "rauthy",
                  "common": "rauthy_common", "data": "rauthy_data", "error": "rauthy_error", "jwt": "rauthy_jwt",
                  "macros": "rauthy_derive", "middlewares": "rauthy_middlewares", "notify": "rauthy_notify",
                  "schedulers": "rauthy_schedulers", "service": "rauthy_service",
                  "wasm-modules": "rauthy_wasm_modules"}
# logback's %highlight: its colour by level
_LOGBACK_HIGHLIGHT = {"error": "1;31", "warn": "31", "info": "34"}


def _logback_highlight_head(src: str, path: str, level: str, upper: str) -> str:
    """Logback's "%highlight(%-5.5level) %magenta(%-12.36thread) %cyan(%-12.36logger{36}) " (akhq,
    kestra): the level in its colour, any thread, the class's name abbreviated to 36."""
    name = _logback_abbreviated(_java_class(src, path), 36)
    return (f"\x1b[{_LOGBACK_HIGHLIGHT.get(level, '39')}m{upper:<5.5}\x1b[0;39m \x1b[35m%{{name}}\x1b[0;39m "
            f"\x1b[36m{name:<12}\x1b[0;39m ")


def _round_31_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 31's calls not read the common way: audiobookshelf's
    Logger.x(text, value, ...), whose arguments console.x prints one after another, a space
    between; mealie's "text".center(60, "-"); Java's "text %s".formatted(values)."""
    if program.name == "audiobookshelf":
        args = _nonblank_args(src, m.end(), lang)
        if not args or len(args) < 2:
            return None
        first = args[0].strip()
        if first.startswith("`") and first.endswith("`"):
            inner = first[1:-1]
        else:
            text = _literal_text(first, lang)
            inner = "${" + first + "}" if text is None else \
                text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
        inner += "".join(" ${" + arg.strip() + "}" for arg in args[1:])
        template, _, fields = _message(["`" + inner + "`"], program)
        return template, fields
    if program.name == "mealie":
        # str.center(width, fill): the text padded as Python pads it
        args = _nonblank_args(src, m.end(), lang)
        found = re.fullmatch(r'\s*"([^"\\]*)"\.center\(\s*(\d+)\s*,\s*"(.)"\s*\)\s*', args[0]) \
            if args and len(args) == 1 else None
        if found is None:
            return None
        return found.group(1).center(int(found.group(2)), found.group(3)).replace("%", "%%"), []
    if program.language == "java":
        # Java 15's "text %s".formatted(values): String.format's
        args = _nonblank_args(src, m.end(), lang)
        found = re.fullmatch(r'\s*("(?:[^"\\\n]|\\.)*"(?:\s*\+\s*"(?:[^"\\\n]|\\.)*")*)\s*\.formatted\((.*)\)\s*',
                             args[0], re.S) if args else None
        if found is None:
            return None
        template, _, fields = _message([f"String.format({found.group(1)}, {found.group(2)})", *args[1:]], program)
        return template, fields
    return None


def _round_31_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 31 call its program's default setup does not print: below its threshold (ckan's
    ckanext loggers at DEBUG, its own at INFO), nebula's VLOG(n) at glog's -v 0."""
    if program.name == "nebula-graph" and m.group().startswith("VLOG"):
        return True
    threshold = _ROUND_31_THRESHOLD.get(program.name, "trace")
    if program.name == "ckan" and path.startswith("ckanext/"):
        threshold = "debug"
    return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]


def _round_31_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 31's calls said otherwise than by the called name: Python's
    exception() (an ERROR), Lidarr's ProgressX (X's level)."""
    call = m.group()
    if program.language == "python" and ".exception(" in call:
        return "error"
    if program.name == "lidarr" and ".Progress" in call:
        return {"ProgressInfo(": "info", "ProgressDebug(": "debug", "ProgressTrace(": "trace"}.get(
            call.rsplit(".", 1)[-1], level)
    return level


def _blocky_prefix(src: str, m: re.Match, path: str) -> str:
    """The prefix field a blocky logger carries: the file's PrefixedLog("name") (a constant's
    text), a resolver's type (its file's name), else the package's folder."""
    found = re.search(r"PrefixedLog\(\s*\"([^\"]+)\"", src)
    if found:
        return found.group(1)
    named = re.search(r"PrefixedLog\(\s*(\w+)\s*\)", src)
    if named:
        constant = re.search(rf"\b{named.group(1)}\s*=\s*\"([^\"]+)\"", src)
        if constant:
            return constant.group(1)
    base = path.rsplit("/", 1)[-1].removesuffix(".go")
    if path.startswith("resolver/") and base.endswith("_resolver"):
        return base
    return path.rsplit("/", 2)[-2] if "/" in path else "main"


def _class_name(src: str, at: int, path: str, suffix: str) -> str:
    """The class a call is in (the last one declared before it), else the file's name."""
    declared = re.findall(r"\bclass\s+(\w+)", src[:at])
    return declared[-1] if declared else path.rsplit("/", 1)[-1].removesuffix(suffix)


def _round_31_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 31's loggers print before the message, read from each one's logging code and
    default setup (a time that opens the line left out; one inside the head kept as %{time})."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE"}.get(level, "INFO")
    python = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
    if program.name == "blocky":
        # logrus-prefixed-formatter (ForceFormatting, no colour off a terminal): "%5s prefix: ";
        # the config's dump at start-up through the server's logger, WithIndent's five spaces
        # before each message (resolver.LogResolverConfig)
        if path.startswith("config/"):
            return f"{upper:>5} server:      " + template
        return f"{upper:>5} {_blocky_prefix(src, m, path)}: " + template
    if program.name == "dependency-track":
        # logback.xml: "%date %level [%logger{0}] %msg"
        return f"{upper} [{base.removesuffix('.java')}] " + template
    if program.name == "akhq":
        # logback.xml: "%d %highlight(%-5.5level) %magenta(%-12.36thread) %cyan(%-12.36logger{36}) %msg"
        return _logback_highlight_head(src, path, level, upper) + template
    if program.name == "mealie":
        # logconf.prod.json's "simple": "%(levelname)-8s %(asctime)s - %(message)s"
        return f"{python:<8} %{{time}} - " + template
    if program.name == "ckan":
        # deployment.ini_tmpl's "%(asctime)s %(levelname)-5.5s [%(name)s] %(message)s"
        return f"{python:<5.5} [{_py_logger_name(src, m, path)}] " + template
    if program.name == "cobbler":
        # logging_config.conf's log file: "[%(threadName)s] %(asctime)s - %(levelname)s | %(message)s"
        return f"[%{{name}}] %{{time}} - {python} | " + template
    if program.name == "audiobookshelf":
        # Logger.js: console[method](`[${timestamp}] ${levelName}:`, ...args)
        return f"{upper}: " + template
    if program.name == "ersatztv":
        # Serilog's console default "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}" (no theme off a terminal)
        word = {"trace": "VRB", "debug": "DBG", "warn": "WRN", "error": "ERR", "critical": "FTL"}.get(level, "INF")
        return f"[%{{time}} {word}] " + template
    if program.name == "lidarr":
        # NzbDroneLogger's console "[${level}] ${logger}: ${message}", the logger a class's name
        word = {"trace": "Trace", "debug": "Debug", "warn": "Warn", "error": "Error", "fatal": "Fatal"}.get(level, "Info")
        if program.name in _SLIPS31:
            return _slips31_lidarr_head(src, m, path, word, template)
        return f"[{word}] {_class_name(src, m.start(), path, '.cs')}: " + template
    if program.name == "rauthy":
        # tracing-subscriber's full format in colour: "LEVEL target: ", fields after the message
        folder = path.split("/")[1] if path.count("/") > 1 else "bin"
        target = _round_28_target(path, _RAUTHY_CRATES.get(folder, "rauthy"))
        return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[2m{target}"
                f"\x1b[0m\x1b[2m:\x1b[0m " + template)
    if program.name == "static-web-server":
        # tracing-subscriber's full format without ANSI (--log-with-ansi off): "LEVEL target: "
        return f"{upper:>5} {_round_28_target(path, 'static_web_server')}: " + template
    if program.name in ("pika", "nebula-graph"):
        # glog: "Lmmdd time tid file:line] "
        return f"{upper[0]} %{{int}} {base}:{line}] " + template
    if program.name == "katello":
        # Foreman's logging pattern "%d [%.1l|%.3c|%.8X{request}] %m", Rails.logger the app logger
        request = "%{word}" if path.startswith("app/controllers/") else ""
        return f"[{upper[0]}|app|{request}] " + template
    if program.name == "dynflow":
        # LoggerAdapters::Simple: "[%s #%d] %5s -- %s%s", the dynflow or action logger's name
        prog = " action" if "action_logger" in call else "dynflow"  # (ProgNameWrapper's ' action')
        return f"[%{{time}} #%{{int}}] {upper:>5} -- {prog}: " + template
    if program.name == "grav":
        # Monolog's LineFormatter: "[%datetime%] %channel%.%level_name%: %message% %context% %extra%"
        return f"grav.{upper if level != 'warn' else 'WARNING'}: " + template
    if program.name == "stream-collector":
        # slf4j-simple's default: "[thread] LEVEL logger - message"
        return f"[%{{name}}] {upper} {_java_class(src, path)} - " + template
    if program.name == "trento":
        # config.exs' "$time $metadata[$level] $message", metadata [:request_id, :error]
        word = {"warn": "warning"}.get(level, level)
        request = "request_id=%{word} " if "/controllers/" in path or "/plugs/" in path else ""
        return f"{request}[{word}] " + template
    return template


def _round_31_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 31's loggers add to a call's own: velero's logSource, docmost's pino
    bindings and context, the Nextcloud log's request details."""
    path, line = at.rsplit(":", 1)
    if program.name == "velero":
        return [*fields, ["logSource", f"={path}:{line}"]]
    if program.name == "docmost":
        return [["pid", "=1"], ["hostname", "host"],
                ["context", "=" + _class_name(src, m.start(), path, ".ts")], *fields]
    if program.name == "nextcloud-news":
        web = path.startswith(("lib/Controller/", "lib/Http/"))
        return [["reqId", "word"], ["remoteAddr", "ip" if web else "="], ["user", "user" if web else "=--"],
                ["method", "method" if web else "="], ["url", "path" if web else "=--"]]
    return fields


# (rules 32) a Go call's context argument (Argo's logger.Info(ctx, "text"))
_GO_CONTEXT = re.compile(r"\s*(?:ctx|\w+Ctx|context\.(?:Background|TODO)\(\))\s*")
# (rules 32) the level below which a round 32 program's default setup prints nothing
_ROUND_32_THRESHOLD = {
    "external-dns": "info", "k6": "info", "argo-workflows": "info", "cloud-init": "debug", "mopidy": "warn",
    "bazarr": "info", "halo": "info", "kestra": "info", "tolgee": "info", "shokoserver": "info",
    "recyclarr": "info", "warpgate": "info", "lighthouse": "info", "r10k": "warn", "krane": "info",
    "lychee": "debug", "simplesamlphp": "notice", "inspircd": "info", "nix": "info", "commanded": "debug",
    "homepage": "info"}
# Nix's logging functions and the verbosity each prints at (libutil/logging.hh)
_NIX_LEVELS = {"printError": "error", "warn": "warn", "notice": "notice", "printInfo": "info",
               "printTalkative": "debug", "debug": "debug", "vomit": "trace"}


def _round_32_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 32's calls said otherwise than by the called name: slog's crit!
    (Lighthouse), InspIRCd's Normal and RawIO, Nix's printX, SimpleSAMLphp's stats (a NOTICE
    marked STAT), r10k's debug1 and debug2, Python's exception() (an ERROR)."""
    call = m.group()
    if program.language == "python" and ".exception(" in call:
        return "error"
    if program.name == "lighthouse" and re.match(r"(?:slog::)?crit!", call):
        return "critical"
    if program.name == "inspircd":
        word = re.search(r"Logs\.(\w+)\(", call).group(1)
        return {"Normal": "info", "Warning": "warn", "Critical": "critical", "Debug": "debug",
                "RawIO": "trace"}.get(word, level)
    if program.name == "nix":
        return _NIX_LEVELS.get(call.rstrip("(").strip(), level)
    if program.name == "simplesamlphp" and call.endswith("::stats("):
        return "notice"
    if program.name == "r10k" and re.search(r"\.debug[12]\b", call):
        return "trace"
    return level


def _round_32_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 32 call its program's default setup does not print: below its threshold;
    netmaker's logger.Log(n) over its verbosity 0 and its slog below ERROR (verbosity 0)."""
    call = m.group()
    if program.name == "netmaker":
        verbosity = re.match(r"logger\.Log\(\s*(\d+)", call)
        if verbosity:
            return int(verbosity.group(1)) > 0
        return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER["error"]
    threshold = _ROUND_32_THRESHOLD.get(program.name, "trace")
    return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]


def _round_32_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 32's calls not read the common way: netmaker's
    logger.Log(n, a, b, ...) (its arguments joined by spaces), Ruby's gettext texts filled by a
    hash (r10k), boost::format's %1% in Nix's messages (its argument in order)."""
    if program.name == "netmaker" and m.group().startswith("logger.Log("):
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None
        parts = []
        values = []
        for arg in args:
            text = _literal_text(arg, lang)
            if text is not None:
                parts.append(text.replace("%", "%%"))
            else:
                parts.append("%v")
                values.append(arg)
        quoted = '"' + " ".join(parts).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        template, _, fields = _message([quoted, *values], dataclasses.replace(program, fmt="printf"))
        return template, fields
    if program.language == "ruby":
        return _ruby_gettext_hash(program, src, m)
    if program.name == "nix":
        args = _nonblank_args(src, m.end(), lang)
        if not args or not re.search(r"%\d+%", args[0]):
            return None
        template, _, fields = _message([re.sub(r"%\d+%", "%s", args[0]), *args[1:]], program)
        return template, fields
    return None


# (rules 32) Ruby's gettext message filled by a hash: _("text %{k}") % {k: v}, _("text %{k}" % {k: v}),
# its literal continued by a backslash (r10k)
_RUBY_GETTEXT = re.compile(
    r'[ \t]*[({]?\s*_\(\s*("(?:[^"\\\n]|\\.)*"(?:\s*\\\s*\n\s*"(?:[^"\\\n]|\\.)*")*)\s*'
    r'(?:\\\s*\n\s*)?(?:%\s*\{([^{}\n]*)\}\s*)?\)(?:\s*%\s*\{([^{}\n]*)\})?')


def _ruby_gettext_hash(program: Program, src: str, m: re.Match) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of a Ruby call whose message is a gettext text filled by a hash:
    each %{key} is the hash's value for it, read as an interpolation #{value}."""
    found = _RUBY_GETTEXT.match(src, m.end())
    if not found or not (found.group(2) or found.group(3)):
        return None
    literals = re.findall(r'"((?:[^"\\\n]|\\.)*)"', found.group(1))
    text = "".join(literals)
    values: dict[str, str] = {}
    for entry in _top_level_operands(found.group(2) or found.group(3), ",", "ruby"):
        key, colon, value = entry.partition(":")
        if colon and re.fullmatch(r"\s*\w+\s*", key):
            values[key.strip()] = value.strip()
    filled = re.sub(r"%\{(\w+)\}", lambda k: "#{" + values[k.group(1)] + "}" if k.group(1) in values
                    else k.group(), text)
    template, _, fields = _message(['"' + filled + '"'], program)
    return template, fields


def _inspircd_type(src: str, m: re.Match, path: str) -> str:
    """The type an InspIRCd log call names first: a literal's text, MODNAME the module's name
    (its file's, or its core module's folder), else a word."""
    read = read_args(src, m.end(), "cpp")
    first = read[0][0].strip() if read and read[0] else ""
    text = _literal_text(first, "cpp")
    if text is not None:
        return text
    if first == "MODNAME":
        if path.startswith("src/coremods/"):
            return path.split("/")[2].removesuffix(".cpp")
        return path.rsplit("/", 1)[-1].removesuffix(".cpp")
    return "%{word}"


_KRANE_COLOUR = {"error": "\x1b[0;31;49m", "warn": "\x1b[0;33;49m"}


def _round_32_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 32's loggers print before the message, read from each one's logging code and
    default setup (a time that opens the line left out with its separator; one inside the head
    kept as %{time})."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE"}.get(level, "INFO")
    python = {"warn": "WARNING", "critical": "CRITICAL"}.get(level, upper)
    if program.name == "netmaker" and m.group().startswith("logger.Log("):
        # logger.Log: fmt.Printf("[%s] %s %s \n", program, time, message)
        # ((slips32) the time currentTime.Format(TimeFormat), "2006-01-02 15:04:05" on every line)
        return ("[netmaker] %{datetime} " if program.name in _SLIPS32 else "[netmaker] %{time} ") + template
    if program.name == "cloud-init":
        # DEFAULT_LOG_FORMAT "%(asctime)s - %(filename)s[%(levelname)s]: %(message)s"
        return f"{base}[{python}]: " + template
    if program.name == "mopidy":
        # rich's RichHandler (80 columns off a terminal): the level in 8, then the default format
        # "%(threadName)s %(name)s\n%(message)s", the message's lines in the message column
        name = _py_logger_name(src, m, path.removeprefix("src/"))
        return f"{python:<8} %{{name}} {name}\n" + template
    if program.name == "bazarr":
        # the console's "%(asctime)-15s - %(name)-32s (%(thread)x) :  %(levelname)s (%(module)s:%(lineno)d) - "
        name = _py_logger_name(src, m, path.removeprefix("bazarr/"))
        # ((slips32) %(thread)x: a thread's ident, on Linux its pthread_t, an address "7f…" in 12 hex digits)
        thread = "%{pthread}" if program.name in _SLIPS32 else "%{hex}"
        return f"{name:<32} ({thread}) :  {python} ({base.removesuffix('.py')}:{line}) - " + template
    if program.name in ("halo", "tolgee"):
        # Spring Boot's console "%5p PID --- [%15.15t] %-40.40logger{39} : " (tolgee's adds the MDC's
        # trace_id and span_id, empty without tracing)
        logger = _abbreviated(_java_class(src, path), 39)[-40:]
        trace = "trace_id= span_id= " if program.name == "tolgee" else ""
        # ((slips32) tolgee's logback-spring.xml's [%15.15t]: the thread's name padded to 15, its
        # last 15 kept)
        thread = "%{name|t}" if program.name in _SLIPS32 else "%{name}"
        return f"{upper:>5} %{{int}} --- [{thread}] {logger:<40} : {trace}" + template
    if program.name == "kestra":
        # logback/base.xml: "%d{ISO8601} %highlight(%-5.5level) %magenta(%-12.36thread) %cyan(%-12.36logger{36}) "
        return _logback_highlight_head(src, path, level, upper) + template
    if program.name == "shokoserver":
        # NLog's console layout "${date:HH:mm:ss}| ${logger:shortname=true} --- "
        # ((slips32) ILogger<T>: the class whose body holds the call, not a nested one closed before it)
        if program.name in _SLIPS32:
            enclosing = _csharp_enclosing_class(src, m.start())
            if enclosing:
                return f"{enclosing[0]} --- " + template
        return f"{_class_name(src, m.start(), path, '.cs')} --- " + template
    if program.name == "recyclarr":
        # the console's expression template "[{@l:u3}] " (no theme off a terminal)
        word = {"trace": "VRB", "debug": "DBG", "warn": "WRN", "error": "ERR", "fatal": "FTL"}.get(level, "INF")
        return f"[{word}] " + template
    if program.name == "warpgate":
        # tracing-subscriber's full format without ANSI off a terminal: "LEVEL target: "
        crate = path.split("/", 1)[0].replace("-", "_")
        return f"{upper:>5} {_round_28_target(path, crate)}: " + template
    if program.name == "lighthouse":
        # slog-term's FullFormat: the level's short name, then the message (padded by generate.py)
        word = {"critical": "CRIT", "error": "ERRO", "warn": "WARN", "debug": "DEBG", "trace": "TRCE"}.get(
            level, "INFO")
        return f"{word} " + template
    if program.name == "r10k":
        # Log4r's PatternFormatter "%l\t -> %m"
        return f"{upper}\t -> " + template
    if program.name == "krane":
        # FormattedLogger: "[SEVERITY][datetime]\t" (a WARN or ERROR line coloured whole, FATAL's head)
        word = {"critical": "FATAL"}.get(level, upper)
        colour = _KRANE_COLOUR.get(level, "")
        # ((slips32) the formatter's datetime a Time: "#{datetime}" its to_s, one form for every line)
        time = "%{rubytime}" if program.name in _SLIPS32 else "%{time}"
        if level in ("fatal", "critical"):
            return f"\x1b[0;31;49m[{word}][{time}]\t\x1b[0m" + template
        return f"{colour}[{word}][{time}]\t" + template
    if program.name == "lychee":
        # Laravel's LineFormatter "[%datetime%] %channel%.%level_name%: " (APP_ENV production)
        word = {"warn": "WARNING"}.get(level, upper)
        return f"production.{word}: " + template
    if program.name == "simplesamlphp":
        # syslog: "%process %level %stat[%trackid] %msg", the date cut, the process empty, the
        # level's syslog number
        number = {"emergency": 0, "alert": 1, "critical": 2, "error": 3, "warn": 4, "notice": 5,
                  "info": 6, "debug": 7}.get(level, 6)
        stat = "STAT " if m.group().endswith("::stats(") else ""
        # ((slips32) a session's track id: Session's bin2hex(openssl_random_pseudo_bytes(5)), ten hex digits)
        track = "%{hex10}" if program.name in _SLIPS32 else "%{id}"
        return f"{number} {stat}[{track}] " + template
    if program.name == "inspircd":
        # Log::FileMethod: "time TYPE: message"
        return f"{_inspircd_type(src, m, path)}: " + template
    if program.name == "nix":
        # the logger's warn(): "warning: " before the message (no colour off a terminal)
        return ("warning: " if level == "warn" else "") + template
    if program.name == "commanded":
        # Elixir's console format "$time $metadata[$level] $message" (no metadata configured)
        return f"[{ {'warn': 'warning'}.get(level, level)}] " + template
    if program.name == "homepage":
        # utils/logger.js: "[timestamp] level: <label> message", the level colorized
        colour = {"error": "31", "warn": "33", "debug": "34"}.get(level, "32")
        label = re.search(r"createLogger\(\s*[\"'`]([^\"'`]+)[\"'`]\s*\)", src)
        return f"\x1b[{colour}m{level}\x1b[39m: " + (f"<{label.group(1)}> " if label else "") + template
    return template


def _round_32_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 32's loggers add to a call's own: netmaker's slog source (its
    ReplaceAttr prints the base of the Source struct's text: "file.go line}"), Lychee's
    Monolog extra (WebProcessor's request in a web request, MemoryUsageProcessor's always)."""
    path, line = at.rsplit(":", 1)
    if program.name == "netmaker" and m.group().startswith("slog."):
        return [["source", f"={path.rsplit('/', 1)[-1]} {line}}}"], *fields]
    if program.name == "lychee":
        web = not path.startswith(("app/Console/", "app/Jobs/", "app/Listeners/"))
        extra = [["extra.url", "path"], ["extra.ip", "ip"], ["extra.http_method", "method"],
                 ["extra.server", "host"], ["extra.referrer", "=null"]] if web else []
        return [*fields, *extra, ["extra.memory_usage", "int"]]
    return fields

# (rules 33) the level below which a round 33 program's default setup prints nothing
_ROUND_33_THRESHOLD = {
    "watchtower": "info", "vikunja": "info", "healthchecks": "debug", "flower": "info", "james": "info",
    "amoro": "info", "azure-functions-host": "info", "readarr": "info", "spin": "error", "errbit": "info",
    "koel": "debug", "akaunting": "debug", "aerospike": "info"}
# aerospike's cf_ functions and the level each prints at (cf/include/log.h)
_AEROSPIKE_LEVELS = {"info": "info", "warning": "warn", "detail": "trace", "debug": "debug",
                     "crash": "critical", "crash_nostack": "critical", "ticker_warning": "warn",
                     "ticker_info": "info"}
# aerospike's contexts whose printed name is not the enum's (cf/src/log.c's context_strings)
_AEROSPIKE_CONTEXTS = {"AS_CFG": "config"}
# PostgREST's observations printed only at log-level debug (Logger.hs' observationLogger;
# the default log-level is error)
_POSTGREST_DEBUG = ("HasqlPoolObs", "PoolRequest", "PoolRequestFullfilled", "PoolFlushed", "JwtCacheEviction",
                    "JwtCacheLookup", "WarpServerObs")
# nginx-proxy-manager's signale loggers (backend/logger.js) by their exported name: the scope
_NPM_SCOPES = {"global": "Global   ", "migrate": "Migrate  ", "express": "Express  ", "access": "Access   ",
               "nginx": "Nginx    ", "ssl": "SSL      ", "certbot": "Certbot  ", "importer": "Importer ",
               "setup": "Setup    ", "ipRanges": "IP Ranges", "remoteVersion": "Remote Version"}
# signale's default types: badge and label by method
_SIGNALE_TYPES = {"info": ("\u2139", "info"), "warn": ("\u26a0", "warning"), "error": ("\u2716", "error"),
                  "fatal": ("\u2716", "fatal"), "success": ("\u2714", "success"),
                  "debug": ("\u2b24", "debug"), "start": ("\u25b6", "start"),
                  "complete": ("\u2612", "complete")}


def _round_33_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 33's calls said otherwise than by the called name: vikunja's
    Critical and Fatal (slog's ERROR), aerospike's cf_ functions, signale's success, start and
    complete (info), ZeroTier's stderr lines by the word they open with (in any case)."""
    call = m.group()
    if program.name == "vikunja" and re.search(r"\.(?:Critical|Fatal)f?\(", call):
        return "error"
    if program.name == "aerospike":
        return _AEROSPIKE_LEVELS.get(re.match(r"cf_(\w+?)\(", call).group(1), level)
    if program.name == "nginx-proxy-manager":
        word = re.search(r"\.(\w+)\($", call).group(1)
        return {"success": "info", "start": "info", "complete": "info", "fatal": "fatal"}.get(word, level)
    if program.name == "zerotier":
        args = _nonblank_args(src, m.end(), "cpp")
        opening = re.match(r'\s*"\s*(FATAL|ERROR|WARNING|INFO|DEBUG|TRACE)\b', args[0] if args else "", re.I)
        if opening:
            return {"FATAL": "fatal", "ERROR": "error", "WARNING": "warn", "DEBUG": "debug",
                    "TRACE": "trace"}.get(opening.group(1).upper(), "info")
    return level


def _round_33_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 33 call its program's default setup does not print: below its threshold;
    tensorzero's crates other than the gateway's and tensorzero-core's below WARN; James'
    classes outside org.apache.james below WARN; PostgREST's observations printed at
    log-level debug only."""
    if program.name == "tensorzero":
        own = path.startswith(("crates/gateway/", "crates/tensorzero-core/"))
        return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER["info" if own else "warn"]
    if program.name == "james" and not _java_class(src, path).startswith("org.apache.james."):
        # the root logger at WARN: org.apache.james alone at INFO (logback.xml)
        return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER["warn"]
    if program.name == "postgrest":
        case = re.findall(r"^\s*\(?(?:o@)?\(?([A-Z]\w*)[^\n]*->\s*(?:do\s*)?$", src[:m.start()], re.M)
        return bool(case) and case[-1] in _POSTGREST_DEBUG
    threshold = _ROUND_33_THRESHOLD.get(program.name, "trace")
    return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]


def _round_33_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 33's calls not read the common way: ZeroTier's ZT_EOL_S
    (the line's end) after its texts, aerospike's %pD (a digest) and %*pH (a hex dump)."""
    if program.name == "zerotier":
        args = _nonblank_args(src, m.end(), lang)
        if not args or "ZT_EOL_S" not in args[0]:
            return None
        text = re.sub(r"\s*\bZT_EOL_S\b\s*", " ", args[0]).strip()
        template, _, fields = _message([text, *args[1:]], program)
        return template, fields
    if program.name == "aerospike":
        args = _nonblank_args(src, m.end(), lang)
        if not args or not re.search(r"%\*?p[DH]", args[0]):
            return None
        text = args[0].replace("%*pH", "%*s").replace("%pD", "%s")
        template, _, fields = _message([text, *args[1:]], program)
        return template, fields
    return None


def _rust_crate(path: str, named: dict[str, str], prefix: str) -> str:
    """A Rust file's crate as tracing names its target: its folder under crates/, prefixed,
    or as its Cargo.toml names it otherwise; the root's src/ the binary's."""
    if not path.startswith("crates/"):
        return named.get(".", prefix.rstrip("-")).replace("-", "_")
    folder = path.split("/")[1]
    return named.get(folder, prefix + folder).replace("-", "_")


def _round_33_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 33's loggers print before the message, read from each one's logging code and
    default setup (a time that opens the line left out with its separator; one inside the head
    kept as %{time})."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE"}.get(level, "INFO")
    if program.name == "flower":
        # tornado's LogFormatter (options.logging): "[L time module:line] ", no colour off a terminal
        letter = {"warn": "W", "error": "E", "debug": "D", "critical": "C"}.get(level, "I")
        return f"[{letter} %{{time}} {base.removesuffix('.py')}:{line}] " + template
    if program.name == "james":
        # logback.xml's console "%d{HH:mm:ss.SSS} %highlight([%-5level]) %logger{15} - "
        name = _logback_abbreviated(_java_class(src, path), 15)
        return f"\x1b[{_LOGBACK_HIGHLIGHT.get(level, '39')}m[{upper:<5}]\x1b[0;39m {name} - " + template
    if program.name == "amoro":
        # conf/log4j2.xml: "%d %p [%t] [%logger{39}] [%X{RequestId}] - " (no request id outside one)
        return f"{upper} [%{{name}}] [{_java_class(src, path)}] [] - " + template
    if program.name == "azure-functions-host":
        # Microsoft.Extensions.Logging's simple console: "level: category[0]", the message next
        word = _MEL_LEVEL_WORDS.get(level, "info")
        # ((slips33) the category its logger was made with, not a word after "class" in a comment)
        category = _slips33_category(src, m, path) if program.name in _SLIPS33 else \
            _round_26_category(src, m.start(), path)
        return f"{word}: {category}[0]\n      " + template
    if program.name == "readarr":
        # NzbDroneLogger's console "[${level}] ${logger}: ${message} " (a space after the message)
        word = {"trace": "Trace", "debug": "Debug", "warn": "Warn", "error": "Error",
                "fatal": "Fatal"}.get(level, "Info")
        return f"[{word}] {_class_name(src, m.start(), path, '.cs')}: " + template
    if program.name == "spin":
        # tracing-subscriber's full format without ANSI off a terminal: "LEVEL target: "
        named = {".": "spin-cli", "table": "spin-resource-table", "terminal": "terminal"}
        crate = _rust_crate(path, named, "spin-")
        return f"{upper:>5} {_round_28_target(path, crate)}: " + template
    if program.name == "tensorzero":
        # the gateway's pretty log format: tracing-subscriber's full format, ANSI on by default
        crate = _rust_crate(path, {"tensorzero-client": "tensorzero"}, "")
        return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[2m{_round_28_target(path, crate)}"
                f"\x1b[0m\x1b[2m:\x1b[0m " + template)
    if program.name == "errbit":
        # TaggedLogging over $stdout with the request id's tag (production.rb's log_tags)
        return ("[%{id}] " if path.startswith("app/controllers/") else "") + template
    if program.name in ("koel", "akaunting"):
        # Laravel's LineFormatter "[%datetime%] %channel%.%level_name%: " (APP_ENV production)
        word = {"warn": "WARNING"}.get(level, upper)
        return f"production.{word}: " + template
    if program.name == "aerospike":
        # cf/src/log.c: "time: LEVEL (context): (file.c:line) "
        word = {"warn": "WARNING", "trace": "DETAIL", "fatal": "CRITICAL"}.get(level, upper)
        context = re.match(r"cf_\w+\(\s*(\w+)", m.group())
        name = context.group(1) if context else "misc"
        name = _AEROSPIKE_CONTEXTS.get(name, name.split("_", 1)[-1].lower().replace("_", "-"))
        return f"{word} ({name}): ({base}:{line}) " + template
    if program.name == "nginx-proxy-manager":
        # signale: "[scope] <pointer> badge  label " (the label padded past the longest default one, 8)
        imported = re.search(r"\bimport\s*\{[^}]*?\b(\w+)\s+as\s+logger\b", src)
        scope = _NPM_SCOPES.get(imported.group(1) if imported else "global", "Global   ")
        method = re.search(r"\.(\w+)\($", m.group()).group(1)
        badge, label = _SIGNALE_TYPES.get(method, _SIGNALE_TYPES["info"])
        return f"[{scope}] \u203a {badge}  {label:<9} " + template
    return template


# (rules 34) the level below which a round 34 program's default setup prints nothing (consul-template's
# and httpd's own rules in _round_34_unprinted)
_ROUND_34_THRESHOLD = {
    "lego": "info", "dnscrypt-proxy": "notice", "opensnitch": "info", "arthas": "info", "elasticjob": "info",
    "komf": "info", "klipper": "info", "appdaemon": "info", "carbon": "info", "gladys": "info",
    "renovate": "info", "brighter": "info", "protoactor": "info", "youki": "error", "librespot": "info",
    "oxidized": "info", "speedtest-tracker": "debug", "httpd": "warn", "rtpengine": "info", "astarte": "info"}
# consul-template's level tags (logging.go's logutils filter: WARN by default; a tag it does not
# know, such as [ERROR], is printed)
_CONSUL_TEMPLATE_TAGS = {"TRACE": "trace", "DEBUG": "debug", "INFO": "info", "WARN": "warn", "ERR": "error",
                         "ERROR": "error"}
# httpd's APLOG_ levels (http_log.h) and the words its error log prints for them (log.c's priorities)
_HTTPD_LEVELS = {"EMERG": "emergency", "ALERT": "alert", "CRIT": "critical", "ERR": "error",
                 "WARNING": "warn",
                 "NOTICE": "notice", "INFO": "info", "DEBUG": "debug"}
_HTTPD_WORDS = {"emergency": "emerg", "alert": "alert", "critical": "crit", "error": "error", "warn": "warn",
                "notice": "notice", "info": "info", "debug": "debug", "trace": "trace1"}
# opensnitch's labels (daemon/log/log.go) and their colours (WithColors is always on)
_OPENSNITCH_LABELS = {"trace": ("TRC", "\x1b[97m\x1b[45m"), "debug": ("DBG", "\x1b[2m\x1b[30m\x1b[100m"),
                      "info": ("INF", "\x1b[97m\x1b[42m"), "important": ("IMP", "\x1b[97m\x1b[104m"),
                      "warn": ("WAR", "\x1b[97m\x1b[43m"), "error": ("ERR", "\x1b[97m\x1b[41m"),
                      "fatal": ("!!!", "\x1b[97m\x1b[41m\x1b[1m")}
# lego's attribute helpers (log/attrs.go): the key each prints and the kind of its value
_LEGO_ATTRS = {"ErrorAttr": ("error", "err"), "DomainAttr": ("domain", "host"),
               "DomainsAttr": ("domains", "list"),
               "CertNameAttr": ("cert-name", "name")}


def _httpd_args(src: str, m: re.Match) -> list[str] | None:
    """An httpd call's arguments after APLOG_MARK: level, status, its server/request/connection/
    pool, then the format (an APLOGNO(nnnnn) glued before it) and its values."""
    args = _nonblank_args(src, m.end(), "c")
    return args if args and len(args) >= 4 else None


def _round_34_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 34's calls said otherwise than by the called name: consul-template's
    tag at the text's opening, httpd's APLOG_ level argument, opensnitch's Important (its own
    level between info and warn), AppDaemon's diag logger (info), carbon's log.err (error) and
    its category loggers (info)."""
    call = m.group()
    if program.name == "consul-template":
        args = _nonblank_args(src, m.end(), "go")
        tag = re.match(r'\s*"\[(\w+)\]', args[0] if args else "")
        return _CONSUL_TEMPLATE_TAGS.get(tag.group(1), "info") if tag else "info"
    if program.name == "httpd":
        args = _httpd_args(src, m)
        named = re.findall(r"\bAPLOG_(\w+)", args[0]) if args else []
        words = [w for w in named if w in _HTTPD_LEVELS or w.startswith("TRACE")]
        if words:
            return "trace" if words[0].startswith("TRACE") else _HTTPD_LEVELS[words[0]]
        return "emergency" if "APLOG_STARTUP" in (args[0] if args else "") else level
    if program.name == "opensnitch" and call.endswith(".Important("):
        return "info"
    if program.name == "lego" and call.endswith(".Fatal("):
        return "error"  # log.Fatal: slog's Error, then exit
    if program.name == "appdaemon" and re.search(r"\b(?:diag|access)\.", call):
        return "info"
    if program.name == "carbon":
        word = re.search(r"\.(\w+)\($", call).group(1)
        return {"err": "error", "debug": "debug"}.get(word, "info")
    return level


def _round_34_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 34 call its program's default setup does not print: below its threshold;
    consul-template's lines tagged below WARN; httpd's below warn but its notices (always
    printed, log.c)."""
    if program.name == "consul-template":
        args = _nonblank_args(src, m.end(), "go")
        tag = re.match(r'\s*"\[(\w+)\]', args[0] if args else "")
        return bool(tag) and tag.group(1) in ("TRACE", "DEBUG", "INFO")
    if program.name == "httpd" and path.startswith(("modules/arch/netware/", "modules/arch/win32/",
                                                    "server/mpm/winnt/", "server/mpm/motorz/")):
        return True  # NetWare's and Windows' modules and MPM, motorz (not built by default): not printed
    if program.name == "httpd" and level == "notice":
        return False
    threshold = _ROUND_34_THRESHOLD.get(program.name, "trace")
    return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]


def _round_34_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 34's calls not read the common way: httpd's format after
    its APLOGNO(nnnnn) (printed "AHnnnnn: " before the text), rtpengine's STR_FORMAT ("%.*s"
    filled by one STR_FMT(s)) and FMT_M's wrapped values, Gladys' arguments after its text."""
    if program.name == "httpd":
        args = _httpd_args(src, m)
        if args is None:
            return None
        text = args[3]
        number = re.match(r"\s*APLOGNO\(\s*(\d+)\s*\)\s*", text)
        if number:
            text = text[number.end():]
        template, _, fields = _message([text, *args[4:]], program)
        if template is None:
            return None, []
        return (f"AH{number.group(1)}: " if number else "") + template, fields
    if program.name == "gladys":
        # tracer's utils.format: the arguments past the format's %s/%d/%j/%t conversions
        # printed after it, a space before each (an object inspected)
        args = _nonblank_args(src, m.end(), lang)
        if not args or len(args) < 2:
            return None
        first = args[0].strip()
        if first.startswith("`") and first.endswith("`"):
            inner = first[1:-1]
        else:
            text = _literal_text(first, lang)
            if text is None or re.search(r"%[sdjt]", text):
                return None
            inner = text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
        inner += "".join(" ${" + arg.strip() + "}" for arg in args[1:])
        template, _, fields = _message(["`" + inner + "`"], program)
        return template, fields
    if program.name == "rtpengine":
        args = _nonblank_args(src, m.end(), lang)
        skip = 0  # (the call's pattern takes the level, and ilogs' subsystem)
        if not args or len(args) <= skip or not re.search(r"\b(?:STR_FORMAT|STR_FORMAT_M|FMT_M)\b",
                                                            " ".join(args[skip:])):
            return None
        text = re.sub(r"\bSTR_FORMAT(?:_M)?\b", '"%s"', args[skip])
        values = [re.sub(r"^\s*(?:STR_FMT0?|STR_FMT_M|FMT_M)\s*\((.*)\)\s*$", r"\1", a, flags=re.S)
                  for a in args[skip + 1:]]
        template, _, fields = _message([text, *values], program)
        return template, fields
    return None


def _round_34_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 34's loggers add to a call's own: lego's attribute helpers
    (log.ErrorAttr(err) prints error=..., log.DomainAttr(d) domain=...), in the call's order."""
    if program.name != "lego":
        return fields
    args = _nonblank_args(src, m.end(), "go") or []
    own = list(fields)
    ordered: list[list[str]] = []
    for arg in args[1:]:
        helper = re.match(r"\s*log\.(\w+Attr)\(", arg)
        if helper and helper.group(1) in _LEGO_ATTRS:
            ordered.append(list(_LEGO_ATTRS[helper.group(1)]))
        elif own:
            ordered.append(own.pop(0))
    return ordered + own


def _round_34_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 34's loggers print before the message, read from each one's logging code and
    default setup (a time that opens the line left out with its separator; one inside the head
    kept as %{time})."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE"}.get(level, "INFO")
    python = {"warn": "WARNING"}.get(level, upper)
    if program.name == "lego":
        # the CLI's default "colored" handler (slogor), no colour off a terminal: the level's word
        # padded to five and a space, then the message and its attributes (generate.py)
        return f"{upper:<5} " + template
    if program.name == "dnscrypt-proxy":
        # dlog: "[time] [SEVERITY] "
        word = {"warn": "WARNING"}.get(level, upper)
        return f"[{word}] " + template
    if program.name == "opensnitch":
        # log.go: Dim("[time]") then the label wrapped in its colours
        label, colour = _OPENSNITCH_LABELS.get("important" if m.group().endswith(".Important(") else level,
                                               _OPENSNITCH_LABELS["info"])
        return f"\x1b[2m[%{{time}}]\x1b[0m {colour} {label} \x1b[0m " + template
    if program.name == "arthas":
        # core's logback.xml (arthas.log): "%d [%thread] %-5level %logger{36} -"
        name = _logback_abbreviated(_java_class(src, path), 36)
        return f"[%{{name}}] {upper:<5} {name} -" + template
    if program.name == "elasticjob":
        # its examples' logback.xml: "[%-5level] %date --%thread-- [%logger] %msg "
        return f"[{upper:<5}] %{{time}} --%{{name}}-- [{_java_class(src, path)}] " + template + " "
    if program.name == "komf":
        # logback's BasicConfigurator (no logback.xml): "%d [%thread] %-5level %logger{36} -%kvp- "
        package = re.search(r"^package\s+([\w.]+)", src, re.M)
        name = f"{package.group(1)}.{base.removesuffix('.kt')}" if package else base.removesuffix(".kt")
        return f"[%{{name}}] {upper:<5} {_logback_abbreviated(name, 36)} -- " + template
    if program.name == "appdaemon":
        # AppNameFormatter's "{asctime} {levelname} {appname}: ": the main log's AppDaemon, an
        # app's own name, the error, diag and access logs' names
        own = re.match(r"(?:self\.)?(\w+)\.", m.group()).group(1)
        if own in ("diag", "error", "access"):
            name = own.capitalize()
        elif base in ("adapi.py", "adbase.py", "entity.py"):
            name = "%{name}"
        else:
            name = "AppDaemon"
        return f"{python} {name}: " + template
    if program.name == "gladys":
        # tracer's colorConsole "{{timestamp}} <{{title}}> {{file}}:{{line}} ({{method}}) "
        return f"<{level}> {base}:{line} (%{{name}}) " + template
    if program.name == "renovate":
        # pretty-stdout.ts: "LEVEL: " (padded to five), then the logger's meta "(repository=...)"
        # set for a repository's run (not the global worker's nor the CLI's), the object's keys on
        # the lines after (generate.py)
        global_run = path.startswith(("lib/workers/global/", "lib/config-validator", "lib/renovate",
                                      "lib/proxy", "lib/instrumentation", "lib/logger/"))
        return f"{upper:>5}: " + template + ("" if global_run else " (repository=%{path})")
    if program.name in ("brighter", "protoactor"):
        # Microsoft.Extensions.Logging's simple console: "level: category[0]", the message next;
        # Brighter's [LoggerMessage] methods sit in a nested Log class, its logger the outer class's
        word = _MEL_LEVEL_WORDS.get(level, "info")
        before = src[:m.start()]
        declared = list(re.finditer(r"\b(?:class|record|struct)\s+(\w+)", before))
        nested = program.name == "brighter" and declared and declared[-1].group(1) == "Log"
        category = _round_26_category(src, declared[-1].start() if nested else m.start(), path)
        return f"{word}: {category}[0]\n      " + template
    if program.name == "rtpengine":
        # loglib.c's __vpilog: "PRIO: " then the call's "[call-id]: " (log.c's prefix in a call's
        # context: the call, media, codec and SDP code)
        word = {"emergency": "EMERG", "alert": "ALERT", "critical": "CRIT", "error": "ERR", "warn": "WARNING",
                "notice": "NOTICE", "debug": "DEBUG"}.get(level, "INFO")
        in_call = re.match(
            r"daemon/(?:call|media_|codec|sdp|ice|dtls|rtcp|ssrc|jitter|t38|audio_player|mqtt)", path)
        return f"{word}: " + ("[%{id}]: " if in_call else "") + template
    if program.name == "youki":
        # tracing-subscriber's full format without the time, ANSI on (observability.rs)
        crate = _rust_crate(path, {}, "")
        return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[2m{_round_28_target(path, crate)}"
                f"\x1b[0m\x1b[2m:\x1b[0m " + template)
    if program.name == "librespot":
        # env_logger's "[time LEVEL module] " (the time inside the brackets kept)
        folder = path.split("/", 1)[0]
        crate = "librespot" if folder == "src" else f"librespot_{folder}"
        return f"[%{{time}} {upper:<5} {_round_28_target(path, crate)}] " + template
    if program.name == "oxidized":
        # SemanticLogger's default format: "time L [pid:thread] Class -- ", the file and line in
        # the brackets from its backtrace_level (error) up
        where = f" {base}:{line}" if level in ("error", "fatal", "critical") else ""
        scope = _ruby_scope(src, m.start())[0] or "Oxidized"
        return f"{upper[0]} [%{{int}}:%{{name}}{where}] {scope} -- " + template
    if program.name == "backup":
        # Logger::Message#formatted_lines: "[time][level] "
        return f"[{level}] " + template
    if program.name == "speedtest-tracker":
        # Laravel's LineFormatter "[%datetime%] %channel%.%level_name%: " (APP_ENV production)
        word = {"warn": "WARNING"}.get(level, upper)
        return f"production.{word}: " + template
    if program.name == "httpd":
        # log.c's do_errorlog_default: "[time] [module:level] [pid n:tid n] ", the status's
        # "(n)text: ", the client's "[client ip:port] " (a request's, a connection's); a startup
        # message alone
        args = _httpd_args(src, m)
        if args and "APLOG_STARTUP" in args[0]:
            return template
        used = re.search(r"\bAPLOG_USE_MODULE\(\s*(\w+)\s*\)", src) or \
            re.search(r"\bAP_DECLARE_MODULE\(\s*(\w+)\s*\)", src) or \
            re.search(r"\bmodule\s+AP_MODULE_DECLARE_DATA\s+(\w+)_module\b", src)
        # (ssl, http2, md and lua files name their module in their private header)
        folder = path.split("/")[1] if path.startswith("modules/") else ""
        module = used.group(1) if used else folder if folder in ("ssl", "http2", "md", "lua") else "core"
        status = "" if not args or args[1].strip() in ("0", "APR_SUCCESS") else "(%{int})%{err}: "
        client = "[client %{ip}:%{port}] " if re.match(r"ap_log_[rc]error", m.group()) else ""
        return (f"[{module}:{_HTTPD_WORDS.get(level, 'error')}] [pid %{{int}}:tid %{{int}}] {status}{client}"
                + template)
    if program.name == "astarte":
        # PrettyLog.LogfmtFormatter (config/prod.exs): "level=L ts=time msg=" (generate.py quotes the message)
        return f"level={ {'warn': 'warning'}.get(level, level)} ts=%{{time}} msg=" + template
    return template


# (rules 35) the level below which a round 35 program's default setup prints nothing (habitat's,
# xmrig's, win-acme's and opnsense's own rules in _round_35_unprinted)
_ROUND_35_THRESHOLD = {
    "portainer": "info", "photoprism": "info", "nakama": "info", "dkron": "info", "zeppelin": "info",
    "ranger": "info", "pymedusa": "info", "keystone": "info", "evennia": "trace", "emailengine": "trace",
    "automatisch": "info", "win-acme": "trace", "impostor": "info", "rustdesk-server": "info",
    "vmpooler": "trace", "bosh": "debug", "opnsense": "info", "data-importer": "debug", "xmrig": "info",
    "hyperion": "info", "atlas": "info", "edgehog": "info"}
# evennia's logger helpers (evennia/utils/logger.py): the level each logs at and the mark its
# observer prints in the "[..]" block after the time
_EVENNIA_MARKS = {"log_info": ("info", ".."), "log_msg": ("info", ".."), "log_infomsg": ("info", ".."),
                  "log_warn": ("warn", "WW"), "log_err": ("error", "EE"), "log_trace": ("error", "!!"),
                  "log_dep": ("warn", "DP"), "log_sec": ("info", "SS")}
# syslog's LOG_ priorities (PHP's, xmrig's LOG_ macros)
_SYSLOG_LEVELS = {"EMERG": "emergency", "ALERT": "alert", "CRIT": "critical", "ERR": "error",
                  "WARNING": "warn", "WARN": "warn", "NOTICE": "notice", "INFO": "info", "DEBUG": "debug",
                  "VERBOSE": "debug"}
# xmrig's colour of a level (Log.cpp's colors_map, the line's text after the time), none for INFO
_XMRIG_COLOURS = {"emergency": "\x1b[1;31m", "alert": "\x1b[1;31m", "critical": "\x1b[1;31m",
                  "error": "\x1b[0;31m", "warn": "\x1b[0;33m", "notice": "\x1b[1;37m", "info": "",
                  "debug": "\x1b[0;90m"}
# xmrig's colour macros (src/base/io/log/Log.h): NAME(x) is NAME_S x CLEAR
_XMRIG_SGR = {"BLACK": "0;30", "BLACK_BOLD": "1;30", "RED": "0;31", "RED_BOLD": "1;31", "GREEN": "0;32",
              "GREEN_BOLD": "1;32", "YELLOW": "0;33", "YELLOW_BOLD": "1;33", "BLUE": "0;34",
              "BLUE_BOLD": "1;34", "MAGENTA": "0;35", "MAGENTA_BOLD": "1;35", "CYAN": "0;36",
              "CYAN_BOLD": "1;36", "WHITE": "0;37", "WHITE_BOLD": "1;37", "BRIGHT_BLACK": "0;90",
              "RED_BG_BOLD": "41;1", "GREEN_BG_BOLD": "42;1", "YELLOW_BG_BOLD": "43;1", "BLUE_BG": "44",
              "BLUE_BG_BOLD": "44;1", "MAGENTA_BG": "45", "MAGENTA_BG_BOLD": "45;1", "CYAN_BG": "46",
              "CYAN_BG_BOLD": "46;1"}
# automatisch's winston levels and colours (helpers/logger.js, colorize({ all: true }))
_AUTOMATISCH_COLOURS = {"error": "31", "warn": "33", "http": "35", "info": "32", "debug": "37"}
# Serilog's {Level:u3}
_SERILOG_U3 = {"trace": "VRB", "debug": "DBG", "info": "INF", "warn": "WRN", "error": "ERR", "fatal": "FTL",
               "critical": "FTL"}


def _xmrig_colours(arg: str) -> str:
    """xmrig's colour macros written out: ``RED("text")`` as the text between its SGR and CLEAR
    literals, ``RED_S`` and ``CLEAR`` alone as their literals."""
    names = "|".join(sorted(_XMRIG_SGR, key=len, reverse=True))
    arg = re.sub(rf'\b({names})\(\s*("(?:[^"\\]|\\.)*")\s*\)',
                 lambda c: f'"\x1b[{_XMRIG_SGR[c.group(1)]}m" {c.group(2)} "\x1b[0m"', arg)
    arg = re.sub(rf"\b({names})_S\b", lambda c: f'"\x1b[{_XMRIG_SGR[c.group(1)]}m"', arg)
    return re.sub(r"\bCLEAR\b", '"\x1b[0m"', arg)  # (the escape itself: the C reader reads no \x)


def _round_35_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 35's calls said otherwise than by the called name: logrus' and
    winston's words (warning, http), evennia's helpers, vmpooler's letter, opnsense's LOG_
    priority (log_msg's second argument, notice below notice), xmrig's LOG_ macros, Serilog's
    Verbose."""
    call = m.group()
    if program.name == "evennia":
        name = re.search(r"(log_\w+)\($", call)
        return _EVENNIA_MARKS.get(name.group(1), ("info", ".."))[0] if name else level
    if program.name == "vmpooler":
        return "debug" if re.search(r"'d'", call) else "info"
    if program.name == "opnsense":
        priority = re.search(r"\bLOG_(\w+)", call)
        if call.startswith("syslog"):
            return _SYSLOG_LEVELS.get(priority.group(1), "notice") if priority else "notice"
        args = _nonblank_args(src, m.end(), "php") or []
        named = re.search(r"\bLOG_(\w+)", args[1]) if len(args) > 1 else None
        word = _SYSLOG_LEVELS.get(named.group(1), "notice") if named else "notice"
        return "notice" if word in ("info", "debug") else word
    if program.name == "xmrig":
        word = re.match(r"LOG_(\w+)\($", call)
        return _SYSLOG_LEVELS.get(word.group(1), level) if word else level
    if program.name == "win-acme" and call.endswith(".Verbose("):
        return "trace"
    if program.name == "automatisch" and call.endswith(".http("):
        return "info"
    if program.name == "edgehog" and re.search(r"\.notice\b", call):
        return "notice"
    return {"warning": "warn"}.get(level, level)


def _win_acme_types(src: str, m: re.Match) -> str | None:
    """The LogType a win-acme call names first (``_log.Information(LogType.All, "text")``)."""
    args = _nonblank_args(src, m.end(), "csharp") or []
    return args[0] if args and re.match(r"\s*LogType\.", args[0]) else None


def _round_35_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 35 call its program's default setup does not print: below its threshold;
    habitat's log macros below ERROR (the Supervisor's log4rs default; its outputln! always
    printed); xmrig's LOG_VERBOSE (verbose 0) and LOG_DEBUG (empty in a release build);
    win-acme's calls for the screen alone (its log file the one kept); opnsense's syslog debug;
    bosh's nats-sync below info (its director and monitor at debug)."""
    call = m.group()
    if program.name == "habitat":
        return not call.startswith("outputln") and _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER["error"]
    if program.name == "xmrig" and re.match(r"LOG_(?:VERBOSE|DEBUG)\(", call):
        return True
    if program.name == "win-acme":
        types = _win_acme_types(src, m)
        return bool(types) and not re.search(r"\bLogType\.(?:Disk|All)\b", types)
    if program.name == "opnsense":
        return level == "debug"
    if program.name == "bosh" and path.startswith("src/bosh-nats-sync/"):
        return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER["info"]  # (nats_sync/config.rb: :info)
    threshold = _ROUND_35_THRESHOLD.get(program.name, "trace")
    return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]


def _round_35_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 35's calls not read the common way: emailengine's pino
    object whose msg key is the text (its other keys the fields), win-acme's LogType before
    the text, opnsense's log_msg text (its priority after it) printed after the script's name,
    xmrig's colour macros around and inside its format, hyperion's QSTRING_CSTR(x) values."""
    if program.name == "emailengine":
        args = _nonblank_args(src, m.end(), lang)
        body = args[0].strip() if args else ""
        if not (body.startswith("{") and body.endswith("}")):
            return None
        entries = read_args(body, 1, lang, closer="}")
        text, fields = None, []
        for entry in entries[0] if entries else []:
            key, colon, value = entry.partition(":")
            key = key.strip().strip("'\"")
            if key == "msg" and colon:
                text = value.strip()
            elif re.fullmatch(r"\w+", key):
                fields.append([key, kind_of_field(key, (value if colon else key).strip(), lang)])
        if text is None:
            return None
        template, _, own = _message([text], dataclasses.replace(program, kv=""))
        return template, [*own, *fields]
    if program.name == "win-acme":
        args = _nonblank_args(src, m.end(), lang)
        if not args or not re.match(r"\s*LogType\.", args[0]):
            return None
        template, _, fields = _message(args[1:], program)
        return template, fields
    if program.name == "opnsense" and m.group().startswith("log_msg"):
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None
        template, _, fields = _message(args[:1], program)
        return (None if template is None else "%{path}: " + template), fields
    if program.name == "xmrig":
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None
        template, _, fields = _message([_xmrig_colours(args[0]), *args[1:]], program)
        return template, fields
    if program.name == "hyperion":
        # QSTRING_CSTR(x) (utils/Logger.h: x's local 8-bit bytes): the value printed is x's
        args = _nonblank_args(src, m.end(), lang)
        if not args or not any("QSTRING_CSTR" in a for a in args[1:]):
            return None
        values = [re.sub(r"^\s*QSTRING_CSTR\s*\((.*)\)\s*$", r"\1", a, flags=re.S) for a in args[1:]]
        template, _, fields = _message([args[0], *values], program)
        return template, fields
    return None


def _round_35_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 35's loggers add to a call's own: dkron's agent logger's node
    (InitLogger's WithField("node", name)) on the dkron package's calls."""
    if program.name == "dkron" and at.startswith("dkron/") and "node" not in {f[0] for f in fields}:
        return [*fields, ["node", "host"]]
    return fields


def _habitat_crate_module(path: str) -> str:
    """A habitat component's module path as log4rs' {module} prints it."""
    component = path.split("/")[1] if path.startswith("components/") else "sup"
    rest = path.split("/", 2)[2] if path.startswith("components/") else path
    return _round_28_target(rest, f"habitat_{component}")  # (habitat-launcher's crate habitat_launcher)


def _round_35_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 35's loggers print before the message, read from each one's logging code and
    default setup (a time that opens the line left out with its separator; one inside the head
    kept as %{time})."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE"}.get(level, "INFO")
    python = {"warn": "WARNING"}.get(level, upper)
    if program.name == "portainer":
        # zerolog's ConsoleWriter in colour (log-mode PRETTY), its caller the -trimpath module
        # path; formatMessage's " |" after the text (generate.py's fields after it)
        word, colour = _ZEROLOG_LEVELS.get(level, _ZEROLOG_LEVELS["info"])
        return (f"\x1b[{colour}m{word}\x1b[0m \x1b[1mgithub.com/portainer/portainer/{path}:{line}\x1b[0m"
                f"\x1b[36m >\x1b[0m " + template + " |")
    if program.name in ("zeppelin",):
        # conf/log4j.properties: "%5p [%d] ({%t} %F[%M]:%L) - %m"
        method = _round_28_java_method(src, m.start())
        return f"{upper:>5} [%{{time}}] ({{%{{name}}}} {base}[{method}]:{line}) - " + template
    if program.name == "ranger":
        # conf.dist/logback.xml: org.apache.ranger's "%date [%thread] %level{5} [%file:%line] "; its
        # patches' own "%d [%t] %-5p %C{6} \(%F:%L\) "
        if "/org/apache/ranger/patch/" in path:
            name = _logback_abbreviated(_java_class(src, path), 6)
            return f"[%{{name}}] {upper:<5} {name} ({base}:{line}) " + template
        return f"[%{{name}}] {upper} [{base}:{line}] " + template
    if program.name == "pymedusa":
        # medusa/logger: "%(levelname)-8s %(threadName)s :: [%(curhash)s] ", the hash the
        # snapshot's commit
        return f"{python:<8} %{{name}} :: [{program.commit[:7]}] " + template
    if program.name == "keystone":
        # oslo.log's logging_context_format_string: "pid LEVEL module [global_request_id
        # request_id user_identity] " (keystone-manage, without a request, "[-]")
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        context = ("[-]" if path.startswith("keystone/cmd/")
                   else "[None req-%{uuid} %{id} %{id} - - default default]")
        return f"%{{int}} {python} {module} {context} " + template
    if program.name == "evennia":
        # the log observer's "[mark] " after the time; the portal's "|Portal| " before it
        name = re.search(r"(log_\w+)\($", call)
        mark = _EVENNIA_MARKS.get(name.group(1), ("info", ".."))[1] if name else ".."
        if "/server/portal/" in path:
            return f"|Portal| %{{time}} [{mark}] " + template
        return f"[{mark}] " + template
    if program.name == "automatisch":
        # winston's printf "${timestamp} [${level}]: ${message}", level and message colourised
        word = "http" if call.endswith(".http(") else \
            {"warn": "warn", "error": "error", "debug": "debug"}.get(level, "info")
        colour = _AUTOMATISCH_COLOURS[word]
        return f"[\x1b[{colour}m{word}\x1b[39m]: \x1b[{colour}m" + template + "\x1b[39m"
    if program.name == "win-acme":
        # its log file (Serilog's File sink, default template): "[LVL] " after the time
        return f"[{_SERILOG_U3.get(level, 'INF')}] " + template
    if program.name == "impostor":
        # Serilog's console (WriteTo.Console()'s default template): "[time LVL] "
        return f"[%{{time}} {_SERILOG_U3.get(level, 'INF')}] " + template
    if program.name == "habitat":
        # outputln!: "preamble(LOGKEY): " (the Supervisor's name, or the service group's); the log
        # macros through log4rs' default pattern "[time LEVEL module] "
        if call.startswith("outputln"):
            key = re.search(r'\bstatic\s+LOGKEY\s*:\s*&str\s*=\s*"(\w+)"', src)
            program_name = "hab-launch" if path.startswith("components/launcher/") else "hab-sup"
            preamble = "%{name}" if "preamble" in call else program_name
            return f"{preamble}({key.group(1) if key else 'SU'}): " + template
        return f"[%{{time}} {upper} {_habitat_crate_module(path)}] " + template
    if program.name == "rustdesk-server":
        # flexi_logger's opt_format "[time] LEVEL [file:line] "
        return f"{upper} [{path}:{line}] " + template
    if program.name == "bosh":
        # the director's ThreadFormatter "%.1l, [%d #%p] [%T] %5l -- %c: "; the monitor's and
        # nats-sync's Logging basic layout "%5l  name : "
        if path.startswith("src/bosh-director/"):
            return f"{upper[0]}, [%{{time}} #%{{int}}] [%{{name}}] {upper:>5} -- Director: " + template
        return f"{upper:>5}  %{{path}} : " + template
    if program.name == "data-importer":
        # Laravel's LineFormatter "[time] channel.LEVEL: " (APP_ENV local, .env.example)
        word = {"warn": "WARNING", "emergency": "EMERGENCY", "alert": "ALERT"}.get(level, upper)
        return f"local.{word}: " + template
    if program.name == "xmrig":
        # Log.cpp: "[time] " then the level's colour, the text, CLEAR
        return _XMRIG_COLOURS.get(level, "") + template + "\x1b[0m"
    if program.name == "hyperion":
        # Logger::write: "time |sub| NAME (to 22) : <LEVEL> ", a debug message's "file:line:function() | "
        # (the logger the file made last before the call, else its first; an instance's
        # subcomponent "I" and its index, the first's I0; a name not written out %{name})
        made = list(re.finditer(r"Logger::getInstance\(\s*([^,()]+(?:\([^()]*\))?[^,()]*)\s*(,\s*[^,()]+)?",
                                src))
        before = [c for c in made if c.start() < m.start()] or made[:1]
        if before:
            literal = re.fullmatch(r'"([^"]+)"', before[-1].group(1).strip())
            sub = "I0" if before[-1].group(2) else "__"
            name = f"|{sub}| {literal.group(1)}" if literal else f"|{sub}| %{{name}}"
        elif path.startswith("libsrc/leddevice/"):
            name = "|__| LEDDEVICE"  # LedDevice's own logger (LedDevice.cpp)
        elif path.startswith("libsrc/grabber/"):
            name = "|__| %{name}"  # Grabber's, named by the grabber (Grabber.cpp)
        else:
            name = "|__| HYPERION"
        word = {"warn": "WARNING"}.get(level, upper)
        return f"{name:<22} : <{word}> " + template
    if program.name == "atlas":
        # atlas-standalone's log4j2.xml: "%-5level [%t] %logger: "
        return f"{upper:<5} [%{{name}}] {_scala_logger_name(src, m.start(), path)}: " + template
    if program.name == "edgehog":
        # PrettyLog.LogfmtFormatter (config/prod.exs): "level=L ts=time msg=" (generate.py quotes it)
        return f"level={ {'warn': 'warning'}.get(level, level)} ts=%{{time}} msg=" + template
    return template


# (rules 36) the level below which a round 36 program's default setup prints nothing (martin's
# mbtiles crate, jmeter's junit loggers and freescout's activity log in _round_36_unprinted)
_ROUND_36_THRESHOLD = {
    "listmonk": "trace", "mailpit": "info", "glauth": "info", "goatcounter": "info", "borgmatic": "notice",
    "errbot": "info", "octavia": "info", "jmeter": "info", "kafka-ui": "debug", "homarr": "info",
    "dockge": "info", "bililiverecorder": "info", "oqtane": "info", "martin": "info", "rqbit": "info",
    "dawarich": "info", "feedbin": "info", "leantime": "error", "freescout": "trace", "nanomq": "warn",
    "obs-studio": "info", "joern": "warn", "operately": "info"}
# dockge's module colours (backend/log.ts' consoleModuleColors, picked by intHash of the module)
# and its levels' colours
_DOCKGE_MODULE_COLOURS = ("\x1b[36m", "\x1b[32m", "\x1b[38;5;119m", "\x1b[34m", "\x1b[38;5;117m", "\x1b[35m",
                          "\x1b[38;5;208m", "\x1b[38;5;141m", "\x1b[38;5;130m", "\x1b[38;5;219m")
_DOCKGE_LEVEL_COLOURS = {"info": "\x1b[36m", "warn": "\x1b[33m", "error": "\x1b[31m", "debug": "\x1b[90m"}
# winston's colorize() colours of homarr's levels
_HOMARR_COLOURS = {"error": "31", "warn": "33", "info": "32", "debug": "34"}
# rqbit's crates by folder (their Cargo names, "-" read "_" as a target prints it)
_RQBIT_CRATES = {"dht": "librqbit_dht", "librqbit": "librqbit", "librqbit_core": "librqbit_core",
                 "librqbit_lsd": "librqbit_lsd", "peer_binary_protocol": "librqbit_peer_protocol",
                 "rqbit": "rqbit", "tracker_comms": "librqbit_tracker_comms",
                 "upnp-serve": "librqbit_upnp_serve", "upnp": "librqbit_upnp", "bencode": "librqbit_bencode",
                 "buffers": "librqbit_buffers", "sha1w": "librqbit_sha1_wrapper"}
# freescout's Helper::formatException($e): "Error: message; File: file (line)"
_FREESCOUT_EXCEPTION = "Error: %{err}; File: %{path} (%{int})"


def _round_36_level(program: Program, src: str, m: re.Match, level: str) -> str:
    """The level of round 36's calls said otherwise than by the called name: borgmatic's ANSWER
    (between INFO and WARNING: notice), Serilog's Verbose, oqtane's LogLevel argument, mailpit's
    Fatal (logged at ERROR), freescout's exception helper (an error)."""
    call = m.group()
    if program.name == "borgmatic" and call.endswith(".answer("):
        return "notice"
    if program.name == "bililiverecorder" and call.endswith(".Verbose("):
        return "trace"
    if program.name == "oqtane":
        named = re.search(r"LogLevel\.(\w+)", call)
        return {"Trace": "trace", "Debug": "debug", "Information": "info", "Warning": "warn", "Error": "error",
                "Critical": "critical"}.get(named.group(1), level) if named else level
    if program.name == "mailpit" and level == "fatal":
        return "error"
    if program.name == "freescout":
        return "error" if "Helper::" in call else {"warning": "warn"}.get(level, level)
    return {"warning": "warn"}.get(level, level)


def _round_36_unprinted(program: Program, path: str, src: str, m: re.Match, level: str) -> bool:
    """A round 36 call its program's default setup does not print: below its threshold;
    martin's mbtiles crate (RUST_LOG's default "martin=info,martin_core=info" names no other
    target); jmeter's org.apache.jmeter.junit at debug (bin/log4j2.xml); freescout's
    Helper::log (a row of its activity log, not a line)."""
    if program.name == "martin" and path.startswith("mbtiles/"):
        return True
    if program.name == "freescout" and re.search(r"Helper::log\($", m.group()):
        return True
    threshold = _ROUND_36_THRESHOLD.get(program.name, "trace")
    if program.name == "jmeter" and "/org/apache/jmeter/junit/" in path:
        threshold = "debug"
    return _ROUND_29_ORDER.get(level, 2) < _ROUND_29_ORDER[threshold]


def _round_36_call(program: Program, src: str, m: re.Match, lang: str
                   ) -> tuple[str | None, list[list[str]]] | None:
    """(template, fields) of round 36's calls not read the common way: freescout's exception
    helper (the prefix, then formatException's text), homarr's metadata object after the text
    (its keys the fields)."""
    if program.name == "freescout":
        args = _nonblank_args(src, m.end(), lang)
        if not args:
            return None
        if m.group().endswith("logException("):
            if len(args) < 2:
                return _FREESCOUT_EXCEPTION, []
            template, _, fields = _message(args[1:2], program)
            return (None if template is None else template + " " + _FREESCOUT_EXCEPTION), fields
        if re.fullmatch(r"\s*\\?Helper::formatException\(\s*\$\w+\s*\)\s*", args[0]):
            return _FREESCOUT_EXCEPTION, []
        return None
    if program.name == "homarr":
        args = _nonblank_args(src, m.end(), lang)
        thrown = re.match(r"\s*new\s+(ErrorWithMetadata|Error)\s*\(", args[0]) if args else None
        if thrown:
            # an error logged alone (format.errors): its message the text; ErrorWithMetadata's
            # metadata object the fields formatMetadata prints (the child's module then not)
            inner = _nonblank_args(args[0], thrown.end(), lang) or []
            if not inner:
                return None
            args = inner[:2] if thrown.group(1) == "ErrorWithMetadata" else inner[:1]
        if not args or len(args) < 2:
            return (_message(args[:1], program)[0], []) if thrown else None
        body = args[1].strip()
        if not (body.startswith("{") and body.endswith("}")):
            return None
        template, _, own = _message(args[:1], program)
        entries = read_args(body, 1, lang, closer="}")
        fields = []
        for entry in entries[0] if entries else []:
            key, colon, value = entry.partition(":")
            key = key.strip().strip("'\"")
            kind = kind_of_field(key, (value if colon else key).strip(), lang) if re.fullmatch(r"\w+", key) else ""
            if kind and kind not in _HOMARR_OBJECTS and not (value if colon else key).strip().startswith(("{", "[")):
                fields.append([key, kind])  # (formatMetadata leaves out a value that is an object)
        return template, [*own, *fields]
    return None


# the kinds of values homarr's formatMetadata leaves out, being objects (errors, structures, lists)
_HOMARR_OBJECTS = ("err", "struct", "list", "map", "json", "dict", "object")


def _round_36_fields(program: Program, src: str, m: re.Match, at: str,
                     fields: list[list[str]]) -> list[list[str]]:
    """The fields round 36's loggers add to a call's own: none beyond the heads' (homarr's module
    is written in its head, before the call's metadata)."""
    return fields


def _goatcounter_module(src: str, m: re.Match) -> str:
    """The module goatcounter's log.Module("name") gave the logger a call uses: named in the call,
    else the file's last ``l := log.Module("name")`` (or ``l = ...``) before it, else none."""
    named = re.search(r'Module\(\s*"([\w-]+)"', m.group())
    if named:
        return named.group(1)
    if not m.group().startswith("l."):
        return ""
    made = re.findall(r'\bl\s*:?=\s*log\.Module\(\s*"([\w-]+)"\s*\)', src[:m.start()])
    return made[-1] if made else ""


def _dockge_hash(module: str) -> int:
    return sum(ord(c) for c in module) % len(_DOCKGE_MODULE_COLOURS)


def _round_36_head(program: Program, src: str, m: re.Match, at: str, level: str, template: str) -> str:
    """What round 36's loggers print before (and after) the message, read from each one's logging
    code and default setup (a time that opens the line left out; one inside the head kept as
    %{time})."""
    path, line = at.rsplit(":", 1)
    base = path.rsplit("/", 1)[-1]
    call = m.group()
    upper = {"warn": "WARN", "error": "ERROR", "debug": "DEBUG", "trace": "TRACE", "fatal": "FATAL",
             "critical": "CRITICAL", "notice": "NOTICE"}.get(level, "INFO")
    python = {"warn": "WARNING"}.get(level, upper)
    if program.name == "listmonk":
        # log.New(..., Ldate|Ltime|Lmicroseconds|Lshortfile): "file.go:line: " after the time; the
        # standard log's own calls (log.Printf, LstdFlags) the message alone
        return template if call.startswith("log.") else f"{base}:{line}: " + template
    if program.name == "glauth" and call.startswith("log.") and \
            re.search(r'^\s*"github\.com/rs/zerolog/log"', src, re.M):
        return template  # zerolog's global logger (never set: its JSON to stderr, generate.py)
    if program.name == "glauth":
        # zerolog's ConsoleWriter (pkg/logging: no caller, colour as its default): the level, the
        # message, then the fields (generate.py)
        word, colour = _ZEROLOG_LEVELS.get(level, _ZEROLOG_LEVELS["info"])
        return f"\x1b[{colour}m{word}\x1b[0m " + template
    if program.name == "goatcounter":
        # slog_align's handler (no terminal: no colour, no width): "LEVEL message  [file:line]"
        # after "Jan _2 15:04:05 ", a module's "name: " before the message; the attributes on the
        # lines after (left out)
        module = _goatcounter_module(src, m)
        return (f"{upper:<5} " + (f"{module}: " if module else "") + template
                + f"  [zgo.at/goatcounter/v2/{path}:{line}]")
    if program.name == "borgmatic":
        # Log_prefix_formatter "{prefix}{message}" (no terminal: no colour), the prefix a
        # repository's label or path (or the configuration file's) while one is being run
        if path.startswith(("borgmatic/actions/", "borgmatic/borg/", "borgmatic/hooks/")):
            return "%{path}: " + template
        return template
    if program.name == "errbot":
        # logs.py (no terminal): "%(asctime)s %(levelname)-8s %(name)-25s %(message)s"; a
        # plugin's self.log "errbot.plugins.Name", logging's own calls the root logger
        if call.startswith("logging."):
            name = "root"
        elif call.startswith("self.log"):
            name = "errbot.plugins.%{name}"
        else:
            name = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        return f"{python:<8} " + (f"{name} " if "%{" in name else f"{name:<25} ") + template
    if program.name == "octavia":
        # oslo.log's context format "pid LEVEL module [global_request_id request_id user_identity] ";
        # the API's requests carry a context, the controller's and the amphora agent's "[-]"
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        context = ("[None req-%{uuid} %{id} %{id} - - default default]" if path.startswith("octavia/api/")
                   else "[-]")
        return f"%{{int}} {python} {module} {context} " + template
    if program.name == "jmeter":
        # bin/log4j2.xml: "%d %p %c{1.}: " (the logger's packages one letter each)
        parts = _java_class(src, path).split(".")
        name = ".".join([p[:1] for p in parts[:-1]] + parts[-1:])
        return f"{upper} {name}: " + template
    if program.name == "kafka-ui":
        # Spring Boot's console pattern (no terminal, the time left out)
        name = _abbreviated(_java_class(src, path), 39)
        return f"{upper:>5} %{{int}} --- [%{{name}}] {name:<40} : " + template
    if program.name == "homarr":
        # winston's printf "${timestamp} ${level}: ${message} ${metadata}", the level colourised,
        # the child logger's module first in the metadata (the call's after it: generate.py)
        named = re.search(r'createLogger\(\s*\{\s*module:\s*["\']([^"\']+)["\']', src)
        module = named.group(1) if named else "%{name}"
        word = level if level in _HOMARR_COLOURS else "info"
        args = _nonblank_args(src, m.end(), "js") or [""]
        if re.match(r"\s*new\s+ErrorWithMetadata\b", args[0]):
            # (formatMetadata prints the error's own metadata instead of the info's; the stack
            # on the lines after)
            return f"\x1b[{_HOMARR_COLOURS[word]}m{word}\x1b[39m: " + template
        return f"\x1b[{_HOMARR_COLOURS[word]}m{word}\x1b[39m: " + template + f' module="{module}"'
    if program.name == "dockge":
        # backend/log.ts: "time [MODULE] LEVEL: msg", each part coloured, an error's text red
        module = re.search(r"[\"']([\w-]+)[\"']", call).group(1).upper()
        colour = _DOCKGE_MODULE_COLOURS[_dockge_hash(module)]
        word = level if level in _DOCKGE_LEVEL_COLOURS else "info"
        text = f"\x1b[31m{template}\x1b[0m" if word == "error" else template
        return (f"[{colour}{module}\x1b[0m] {_DOCKGE_LEVEL_COLOURS[word]}{word.upper()}:\x1b[0m " + text)
    if program.name == "bililiverecorder":
        # the CLI's console ExpressionTemplate (redirected: no theme): "[time LVL (SourceContext)]
        # [RoomId] message", the room's id where the logger carries it (a room's, a recording's)
        namespace = re.search(r"^\s*namespace\s+([\w.]+)", src, re.M)
        context = ""
        if not path.startswith("BililiveRecorder.Cli/"):
            owner = _class_name(src, m.start(), path, ".cs")
            context = f" ({namespace.group(1)}.{owner})" if namespace else f" ({owner})"
        room = " [%{int}]" if re.search(r"(?:^|/)(?:Room|\w*RecordTask\w*)\.cs$", path) else ""
        return f"[%{{time}} {_SERILOG_U3.get(level, 'INF')}{context}]{room} " + template
    if program.name in ("martin", "rqbit"):
        # tracing-subscriber's compact (martin's default) and full (rqbit's stderr) formats with
        # ANSI: the level, the target dimmed and ":" (spans left out)
        if program.name == "martin" and "/src/bin/" in path:
            # a binary's own target (martin-cp's default filter names it: martin_cp=info)
            return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[2m"
                    f"{base.removesuffix('.rs').replace('-', '_')}\x1b[0m\x1b[2m:\x1b[0m " + template)
        if program.name == "martin":
            # (a module path: mod.rs and the crate's lib.rs alone left out; config/file/main/ is a module)
            crate = "martin_core" if path.startswith("martin-core/") else "martin"
            parts = path.split("/src/", 1)[1].removesuffix(".rs").split("/")
            parts = parts[:-1] if parts[-1] == "mod" or parts == ["lib"] else parts
            return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[2m{'::'.join([crate, *parts])}"
                    f"\x1b[0m\x1b[2m:\x1b[0m " + template)
        else:
            folder = path.split("/")[1] if path.startswith("crates/") else "rqbit"
            crate = _RQBIT_CRATES.get(folder, folder.replace("-", "_"))
        return (f"{_TRACING_ANSI.get(level, _TRACING_ANSI['info'])} \x1b[2m{_round_28_target(path, crate)}"
                f"\x1b[0m\x1b[2m:\x1b[0m " + template)
    if program.name == "feedbin":
        # production.rb's Logger.new(STDOUT): Ruby's "L, [time #pid] LEVEL -- : "; a job's
        # Sidekiq.logger (Formatters::Plain): "time pid=.. tid=.. class=Job jid=.. LEVEL: "
        if call.startswith("Sidekiq.") or (call.startswith("logger") and path.startswith("app/jobs/")):
            # (the job's class: the file's own where it includes Sidekiq::Job, else the running
            # job's, any name)
            job = re.findall(r"^\s*class\s+([\w:]+)", src[:m.start()], re.M)
            own = job and re.search(r"\binclude\s+Sidekiq::(?:Job|Worker)\b", src)
            context = f" class={job[-1] if own else '%{name}'} jid=%{{id}}" if path.startswith("app/jobs/") else ""
            return f"pid=%{{int}} tid=%{{id}}{context} {upper}: " + template
        return f"{upper[0]}, [#%{{int}}] {upper:>5} -- : " + template
    if program.name == "leantime":
        # Laravel's LineFormatter "[time] channel.LEVEL: ", the channel the environment (app.env:
        # LoadConfig maps DefaultConfig's $env, 'production' unless LEAN_ENV says otherwise)
        return f"production.{upper}: " + template
    if program.name == "freescout":
        # Laravel 5's daily log "[time] production.LEVEL: " (APP_ENV production)
        return f"production.{upper}: " + template
    if program.name == "nanomq":
        # NanoNNG's stdout_callback (no LOG_USE_COLOR in a release): "time [tid] LEVEL file:line func: "
        function = _c_function(src, m.start()) or "%{name}"
        return f"[%{{int}}] {upper:<5} {base}:{line} {function}: " + template
    if program.name == "obs-studio":
        # LogStringChunk: each line of the text its own "time: line" in the log file (the first
        # line the record's)
        return template.split("\n", 1)[0] or template
    if program.name == "joern":
        # conf/log4j2.xml: "%d %highlight{%-5p} %-25c{0} " (no console: no ANSI), the logger's
        # class by its simple name
        name = _scala_logger_name(src, m.start(), path).rsplit(".", 1)[-1]
        return f"{upper:<5} {name:<25} " + template
    if program.name == "operately":
        # config.exs' console "$time $metadata[$level] $message", metadata [:request_id] (a web
        # request's)
        word = {"warn": "warning"}.get(level, level)
        web = path.startswith("app/lib/operately_web/")
        return ("request_id=%{id} " if web else "") + f"[{word}] " + template
    return template


if __name__ == "__main__":
    main()
