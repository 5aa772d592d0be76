"""Policies and samplers for the SDK's tests: messages as the proxy sends them, no network."""

from __future__ import annotations

from otlp_sampler._generated.v1 import policy_pb2
from otlp_sampler.patterns import PatternMiner
from otlp_sampler.sdk import Sampler

SERVICE = "checkout"


def pattern_of(text: str, service: str = SERVICE) -> str:
    """The id the proxy's miner (and so the SDK's) gives the first message of a pattern."""
    return PatternMiner(service).add(text)


def policy(rules: dict[str, float] | None = None, *, default: float | None = None, version: int = 1,
           keep_severity: int = 13, novelty: int = 0, floor: float = 0.0,
           caps: dict[str, float] | None = None, drop_rules: tuple[tuple[str, float], ...] = (),
           exemptions: tuple[tuple[str, str | None], ...] = (), service: str = SERVICE,
           templates: dict[str, str] | None = None) -> policy_pb2.Policy:
    message = policy_pb2.Policy(version=version, service=service)
    message.guarantees.keep_severity = keep_severity
    message.guarantees.min_rate = 0.001
    message.guarantees.novelty_keep = novelty
    message.guarantees.floor_interval_seconds = floor
    message.guarantees.detect_severity = True
    message.guarantees.http_5xx_as_error = True
    if default is not None:
        message.default_rate = default
    for pattern_id, rate in (rules or {}).items():
        message.patterns[pattern_id].rate = rate
        message.patterns[pattern_id].max_per_second = (caps or {}).get(pattern_id, 0.0)
        message.patterns[pattern_id].template = (templates or {}).get(pattern_id, "")
    for match, rate in drop_rules:
        message.drop_rules.add(match=match, rate=rate)
    for attribute, equals in exemptions:
        entry = message.exemptions.add(attribute=attribute)
        if equals is not None:
            entry.equals = equals
    return message


def offline_sampler(tmp_path, message: policy_pb2.Policy | None = None, *, seed: int = 7,
                    service: str = SERVICE) -> Sampler:
    """A sampler that never starts its threads, with ``message`` applied."""
    sampler = Sampler(service, "127.0.0.1:9", cache_dir=tmp_path, seed=seed, start=False)
    if message is not None:
        sampler.set_policy(message, cache=False)
    return sampler
