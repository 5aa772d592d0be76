"""Policy changes: hot swap between requests, max_per_second caps, the policy file."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time

from otlp_sampler.metrics import Metrics
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.sample.policy_file import PolicyFileWatcher
from tests.peers.waiting import eventually

from .helpers import FakeClock, attrs, processor, record, records_of, request, summarised

BODY = "fetched page {} of results in {} ms"


def batch(n: int, start: int = 0):
    return request([record(BODY.format(i, i % 50)) for i in range(start, start + n)])


def rule_policy(version: int, pid: str, rate: float, max_per_second: float | None = None) -> PolicyDocument:
    return PolicyDocument.model_validate({
        "version": version,
        "services": {"svc": {"patterns": {pid: {"rate": rate, "max_per_second": max_per_second}}}},
    })


class SwapDuringMining:
    """A catalog whose miner swaps the policy halfway through a request, as another thread could."""

    def __init__(self, inner: PatternCatalog) -> None:
        self.inner = inner
        self.on_add = None

    def miner(self, service: str):
        outer = self
        inner = self.inner.miner(service)

        class Miner:
            def add(self, message: str) -> str:
                if outer.on_add:
                    outer.on_add()
                return inner.add(message)

            def add_batch(self, messages: list[str]) -> list[str]:
                return [self.add(message) for message in messages]

            def template(self, pattern_id: str):
                return inner.template(pattern_id)

            def pattern(self, pattern_id: str):
                return inner.pattern(pattern_id)

        return Miner()


def test_a_swap_during_a_request_applies_from_the_next_request():
    real = PatternCatalog(100)
    catalog = SwapDuringMining(real)
    p = processor(catalog=catalog, novelty={"keep": 0})
    pid = real.miner("svc").add(BODY.format(1, 1))
    p.set_policy(rule_policy(1, pid, 1.0))
    adds = 0

    def swap_at_the_tenth_record():
        nonlocal adds
        adds += 1
        if adds == 10:
            p.set_policy(rule_policy(2, pid, 0.0))

    catalog.on_add = swap_at_the_tenth_record
    in_flight = batch(100)
    p.process(in_flight)
    assert len(records_of(in_flight)) == 100  # the whole request ran on version 1
    assert p.policy_version == 2
    following = batch(100)
    p.process(following)
    assert records_of(following) == []


def test_max_per_second_caps_kept_records_and_counts_the_rest():
    clock = FakeClock()
    catalog = PatternCatalog(100)
    metrics = Metrics()
    p = processor(clock, catalog=catalog, metrics=metrics, novelty={"keep": 0})
    pid = catalog.miner("svc").add(BODY.format(1, 1))
    p.set_policy(rule_policy(1, pid, 1.0, max_per_second=5))

    outcome = p.process(batch(100))
    assert (outcome.kept, outcome.capped, outcome.dropped) == (5, 95, 95)
    assert metrics.registry.get_sample_value("otlp_sampler_records_capped_total", {"service": "svc"}) == 95
    clock.advance(0.2)
    assert p.process(batch(100)).kept == 1
    clock.advance(10)  # the bucket holds one second, not ten
    assert p.process(batch(100)).kept == 5


def test_a_capped_pattern_is_sampled_down_with_honest_weights_after_an_interval():
    clock = FakeClock()
    catalog = PatternCatalog(100)
    p = processor(clock, catalog=catalog, novelty={"keep": 0}, dynamic={"interval": "10s"})
    pid = catalog.miner("svc").add(BODY.format(1, 1))
    p.set_policy(rule_policy(1, pid, 1.0, max_per_second=5))
    received = kept = 0
    weights = []
    for second in range(60):
        req = batch(100, start=second * 100)
        received += p.process(req).received
        kept += len(records_of(req))
        weights.extend(attrs(r)["sampling.adjusted_count"] for r in records_of(req))
        clock.advance(1.0)
    assert kept + summarised(p.take_summaries()) == received
    assert kept <= 5 * 60
    # After the first interval the rate is mps * interval / volume = 5 * 10 / 1000 = 0.05.
    assert weights[-1] == 20.0
    late = weights[-100:]
    assert abs(sum(late) - 20 * len(late)) < 1e-6


def write(path, text: str) -> None:
    path.write_text(text)
    # Some filesystems keep a coarse mtime: make sure the change is visible.
    stamp = time.time_ns() + len(text)
    os.utime(path, ns=(stamp, stamp))


def test_policy_file_applies_reloads_and_refuses_a_bad_file(tmp_path, caplog):
    catalog = PatternCatalog(100)
    p = processor(catalog=catalog, novelty={"keep": 0})
    pid = catalog.miner("svc").add(BODY.format(1, 1))
    path = tmp_path / "policy.json"
    write(path, rule_policy(4, pid, 0.0).to_json())
    watcher = PolicyFileWatcher(path, p, interval=0.05)
    assert watcher.check() is True
    assert p.policy_version == 4
    assert watcher.check() is False  # unchanged file: nothing to do

    yaml_text = f"version: 5\nservices:\n  svc:\n    patterns:\n      {pid}: {{rate: 1.0}}\n"
    write(path, yaml_text)
    assert watcher.check() is True
    assert p.policy_version == 5
    assert p._metrics.registry.get_sample_value("otlp_sampler_policy_version") == 5
    req = batch(50)
    p.process(req)
    assert len(records_of(req)) == 50

    with caplog.at_level(logging.WARNING, logger="otlp_sampler.sample.policy_file"):
        write(path, json.dumps({"version": 6, "services": {"svc": {"patterns": {pid: {"rate": 7}}}}}))
        assert watcher.check() is False
        write(path, "{ not json: [")
        assert watcher.check() is False
    assert p.policy_version == 5
    assert "rate" in caplog.text and "policy in force stays" in caplog.text
    req = batch(50)
    p.process(req)
    assert len(records_of(req)) == 50  # still version 5

    path.unlink()
    assert watcher.check() is False
    assert p.policy_version == 5


def test_policy_file_is_refused_by_the_manual_guards_never_corrected(tmp_path, caplog):
    """A file is a hand-written policy: a drop rule stands, a rate below min_rate refuses the file."""
    catalog = PatternCatalog(100)
    p = processor(catalog=catalog, min_rate=0.01)
    pid = catalog.miner("svc").add(BODY.format(1, 1))
    other = catalog.miner("svc").add("user {} logged in from {}".format("ann", "10.0.0.1"))
    path = tmp_path / "policy.json"
    write(path, json.dumps({"version": 2, "services": {"svc": {"patterns": {other: {"rate": 0.0}}}}}))
    watcher = PolicyFileWatcher(path, p, interval=0.05)
    assert watcher.check() is True
    assert p.policy.services["svc"].patterns[other].rate == 0.0  # a person's drop rule stands

    write(path, json.dumps({"version": 3, "default_rate": 0.0001, "services": {"svc": {
        "default_rate": 0.0001, "patterns": {pid: {"rate": 0.0001}, other: {"rate": 0.0}}}}}))
    with caplog.at_level(logging.WARNING, logger="otlp_sampler.sample.policy_file"):
        assert watcher.check() is False
    assert p.policy_version == 2  # the policy in force stays
    for problem in ("default_rate 0.0001", "svc: default_rate 0.0001", f"svc/{pid}: rate 0.0001"):
        assert problem in watcher.last_error and problem in caplog.text


async def test_policy_file_watcher_task_picks_up_changes(tmp_path):
    p = processor()
    path = tmp_path / "policy.yaml"
    write(path, "version: 1\n")
    task = asyncio.create_task(PolicyFileWatcher(path, p, interval=0.05).run())
    try:
        await eventually(lambda: p.policy_version == 1)
        write(path, "version: 2\ndefault_rate: 0.5\n")
        await eventually(lambda: p.policy_version == 2)
        assert p.policy.default_rate == 0.5
    finally:
        task.cancel()


