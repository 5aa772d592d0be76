"""Which kinds of value one context splits: a slip in how a kind is masked (a development tool).

    PYTHONPATH=. python tests/patterns/corpus/value_shapes.py [--values 30] [--top 40]

For each kind the corpus generator draws (``values.py``), each language and print style, and
each of a few contexts (after a preposition and before a label's colon, at the line's start,
in brackets, before a stop, as a key's value, ...), one fresh ``PatternMiner`` is fed the
context with that many values of the kind put in it. A kind whose values took more than one id
in one context is masked in more than one shape there: one call site's records would split by
the value they print. Printed by kind and context, most failing combinations first, with the
templates. Words (names, users, states) are left out: which word is a value is no shape's
question. (docs/patterns.md, What masking hides: round 13's values' shapes.)
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import random
import sys
import zlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import values

from otlp_sampler.patterns import PatternMiner

KINDS = ("intid", "epoch", "float", "hex", "ptr", "size_int", "duration", "duration_s", "duration_int",
         "port", "ip", "host", "addr", "url", "path", "id", "id:hex16", "id:base32", "id:token:req", "uuid",
         "email", "version", "small", "status", "time:iso", "time", "struct", "list", "querystring", "bool",
         "size", "signame")
CONTEXTS = ("connecting to X: refused by peer", "connecting to X, retrying now", "X: request sent to backend",
            "lost peer (X) after timeout", "opened X.", "session X closed by client", "[X] worker started",
            "worker started on X", "value=X applied", "peer X; dropping it", "got 'X' from upstream",
            "set limit to X", "X failed", "fetching ?X done", "peer <X> gone")
LANGS = ("go", "java", "python", "rust", "erlang", "elixir", "ruby", "js", "c")
STYLES = ("", "q", "r", "d")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=30)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    fails: collections.Counter[tuple[str, str]] = collections.Counter()
    examples: dict[tuple[str, str], tuple[str, str, list[str]]] = {}
    for kind in KINDS:
        for context in CONTEXTS:
            if (kind == "querystring") != ("?" in context):
                continue  # (the generator draws a query string after a "?" only, and only it there)
            for lang in LANGS:
                for style in STYLES:
                    rng = random.Random(zlib.crc32(f"{kind}{context}{lang}{style}".encode()))
                    try:
                        drawn = [values.value(kind, rng, lang, style) for _ in range(args.values)]
                    except Exception:  # (a kind a language does not print in that style)
                        continue
                    miner = PatternMiner()
                    ids = {miner.add(context.replace("X", value)) for value in drawn}
                    if len(ids) > 1:
                        fails[(kind, context)] += 1
                        examples.setdefault((kind, context), (lang, style, [miner.template(i) for i in ids][:3]))
    for (kind, context), count in fails.most_common(args.top):
        lang, style, templates = examples[(kind, context)]
        print(f"{count:3d} {kind} {context!r} (e.g. {lang} {style or '-'}): {templates}")
    print(f"kinds and contexts that split: {len(fails)}")


if __name__ == "__main__":
    main()
