"""How often the SDK applies another rule to a record than the proxy would (docs/sdk.md
§ Records the proxy names otherwise). A development tool, not a test; it runs the checkout
on PYTHONPATH, so one checkout's figures and another's come from the same script:

    python tests/benchmarks/sdk_vs_proxy.py [DIR ...] [--batch 512] [--default RATE]

For each ``*_2k.log_structured.csv`` under each DIR (default: the Loghub dev sample), the
file's lines in order are a service's records. The proxy's miner takes its first half in
requests of ``--batch`` (``add_batch``), and a policy is made of that window as the
generator makes one: a rule for every pattern it saw, with the proxy's template (each rule
its own rate, so that two rules are two decisions). Then the proxy mines the second half
the same way: a record's rule at the proxy is its id's, else the default (``--default``)
or, with none, the proxy's dynamic sampler. The SDK (``Sampler``, no network, that policy,
no novelty, no floor, nothing severe) decides every line, each alone as an application
logs it; in a second run an SDK restarted at the second half decides it. For each record of
the second half, the SDK's decision is

- the proxy's: the same rule, the default where the proxy's is the default, or left to the
  proxy (kept untouched) where the proxy's dynamic sampler decides;
- left to the proxy although the proxy has a rule for it (``deferred``: sent, and decided
  right, but not at the source);
- another (``differs``): another rule, the default or a rule where the proxy has another,
  or a rule where the proxy has none (a new kind of message sampled at an old rule's rate).

Also printed: the SDK's CPU time per record of the second half (``decide``, and taking the
summary of a drop), in this one process.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile
import time

from otlp_sampler._generated.v1 import policy_pb2
from otlp_sampler.patterns import PatternMiner
from otlp_sampler.sdk import Sampler
from tests.patterns.corpus.batch_ga import batch_ids
from tests.patterns.corpus.layouts import LOGHUB_SAMPLE, labelled_files, labelled_rows

SERVICE = "app"
DYNAMIC = "dynamic"  # no rule and no default: the proxy's dynamic sampler decides
DEFAULT = "default"
DEFERRED = "deferred"  # the SDK keeps the record untouched for the proxy


def rate_of(pattern_id: str) -> float:
    """A rate of its own per rule, in [0.05, 0.95)."""
    return 0.05 + 0.9 * int(pattern_id[:8], 16) / 2**32


def policy_of(miner: PatternMiner, pattern_ids: set[str], default: float | None) -> policy_pb2.Policy:
    message = policy_pb2.Policy(version=1, service=SERVICE)
    message.guarantees.keep_severity = 13
    message.guarantees.min_rate = 0.001
    if default is not None:
        message.default_rate = default
    for pattern_id in sorted(pattern_ids):
        rule = message.patterns[pattern_id]
        rule.rate = rate_of(pattern_id)
        rule.template = miner.template(pattern_id) or ""
    return message


def sdk_rules(sampler: Sampler, messages: list[str], rules) -> list[str]:
    """The rule the SDK applies to each message: a pattern id, DEFAULT or DEFERRED."""
    out = []
    for message in messages:
        verdict = sampler.decide(message, 9)
        if verdict is None:  # dropped: its summary names the pattern
            (summary,) = sampler.take_drops()
            out.append(summary.pattern_id if summary.pattern_id in rules else DEFAULT)
        elif not verdict:
            out.append(DEFERRED)
        elif verdict["sampling.rule"] == "pattern":
            out.append(verdict["log.record.pattern_id"])
        else:
            assert verdict["sampling.rule"] == "default", verdict
            out.append(DEFAULT)
    return out


def compare(messages: list[str], batch: int, default: float | None, cache: str) -> dict[str, dict[str, int]]:
    half = len(messages) // 2
    window, later = messages[:half], messages[half:]
    proxy = PatternMiner(SERVICE)
    seen = set(batch_ids(proxy, window, batch))
    message = policy_of(proxy, seen, default)
    rules = message.patterns
    fallback = DEFAULT if default is not None else DYNAMIC
    at_proxy = [pid if pid in rules else fallback for pid in batch_ids(proxy, later, batch)]
    running = Sampler(SERVICE, "127.0.0.1:9", cache_dir=cache, seed=1, start=False)
    running.set_policy(message, cache=False)
    sdk_rules(running, window, rules)
    restarted = Sampler(SERVICE, "127.0.0.1:9", cache_dir=cache, seed=1, start=False)
    restarted.set_policy(message, cache=False)
    counts = {}
    for name, sampler in (("running", running), ("restarted", restarted)):
        tally = counts[name] = {"records": 0, "same": 0, DEFERRED: 0, "differs": 0, "differs_new": 0}
        started = time.thread_time()
        decided = sdk_rules(sampler, later, rules)
        tally["ns"] = int((time.thread_time() - started) * 1e9)
        for proxy_rule, sdk_rule in zip(at_proxy, decided, strict=True):
            tally["records"] += 1
            if sdk_rule == proxy_rule or (sdk_rule == DEFERRED and proxy_rule == DYNAMIC):
                tally["same"] += 1
            elif sdk_rule == DEFERRED:
                tally[DEFERRED] += 1
            else:
                tally["differs"] += 1
                tally["differs_new"] += proxy_rule in (DYNAMIC, DEFAULT)  # no rule at the proxy
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=pathlib.Path)
    parser.add_argument("--batch", type=int, default=512, help="records per proxy request")
    parser.add_argument("--default", type=float, default=None, help="the policy's default rate (none)")
    parser.add_argument("--files", action="store_true", help="a line per file too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        for folder in args.dirs or [LOGHUB_SAMPLE]:
            totals: dict[str, dict[str, int]] = {}
            for path in labelled_files(folder):
                messages = [row["Content"] for row in labelled_rows(path)]
                for name, tally in compare(messages, args.batch, args.default, cache).items():
                    into = totals.setdefault(name, dict.fromkeys(tally, 0))
                    for key, value in tally.items():
                        into[key] += value
                    if args.files and name == "running" and (tally["differs"] or tally[DEFERRED]):
                        print(f"  {path.name}: {tally}")
            for name, tally in totals.items():
                records = tally["records"] or 1
                print(f"{folder} {name} SDK, default {args.default}: of {tally['records']:,} records "
                      f"{tally['differs']:,} ({100 * tally['differs'] / records:.2f} %) another rule than "
                      f"the proxy's ({tally['differs_new']:,} with none at the proxy), {tally[DEFERRED]:,} "
                      f"({100 * tally[DEFERRED] / records:.2f} %) left to the proxy though it has a rule; "
                      f"{tally['ns'] / records / 1000:.2f} µs CPU a record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
