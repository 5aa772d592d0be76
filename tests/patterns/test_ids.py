"""Pattern ids are a keyed blake2b of (service, template): the same in every process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from otlp_sampler.patterns import pattern_id
from otlp_sampler.patterns.ids import PatternNamer

MESSAGES = [
    "GET /api/v1/cart/123 200 in 45ms from 10.0.0.1",
    "user alice@example.com logged in from 10.1.2.3 via password",
    "GET /api/v1/items/9 200 in 3ms from 10.0.0.9",
    "cache hit for key cart:0a1b2c3d4e5f ttl=300s",
    "user bob@example.com logged in from 10.1.2.4 via password",
    "synced 12 items from warehouse wh-3 in 0.125s",
    "payment declined for order 9f8e7d6c: card expired",
    "Invalid user webmaster from 173.234.31.186",
    "Invalid user admin from 173.234.31.187",
]

_CHILD = """
import json, sys
from otlp_sampler.patterns import PatternCatalog
catalog = PatternCatalog()
messages = json.load(sys.stdin)
print(json.dumps([catalog.miner(service).add(text) for service, text in messages]))
"""


def test_known_values_never_change():
    # Changing the key or the encoding would rename every pattern in every stored policy.
    assert pattern_id("checkout", "GET <*> <*> in <*> from <*>") == "6ef2c30803d843f7"
    assert pattern_id("", "") == "81049635132afe89"


def test_service_and_template_both_matter():
    ids = {pattern_id(s, t) for s in ("a", "b") for t in ("x <*>", "y <*>")}
    assert len(ids) == 4
    assert pattern_id("a", "b c") != pattern_id("a b", "c")  # no ambiguity at the seam


def test_one_namer_names_each_template_as_pattern_id_does():
    # (the miner keeps one namer a service; its prefix's hash is copied for each name, never
    # extended by the templates named before)
    namer = PatternNamer("checkout")
    templates = ["GET <*> <*> in <*> from <*>", "", "x <*>", "GET <*> <*> in <*> from <*>", "\ud800 lone"]
    assert [namer.name(t) for t in templates] == [pattern_id("checkout", t) for t in templates]
    assert namer.name("x <*>") != PatternNamer("auth").name("x <*>")


def test_two_processes_assign_the_same_ids():
    messages = [(["checkout", "auth", "edge"][index % 3], text) for index, text in enumerate(MESSAGES * 3)]
    outputs = []
    for seed in ("1", "2"):  # Python's own hash() differs between these two processes
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(messages), env=env,
                              capture_output=True, text=True, timeout=60, check=True)
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == len(messages)
    assert len(set(outputs[0])) < len(messages)  # and they really grouped something
