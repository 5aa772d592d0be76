"""The policy as the SDK's decision reads it, compiled from a ``Policy`` message, and its disk cache.

A policy with no rule, no default and no drop rule (version 0, a proxy with sampling off,
or none known at all) is *open*: every record is kept untouched, without mining it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path
from types import SimpleNamespace

from google.protobuf.message import DecodeError

from otlp_sampler._generated.v1 import policy_pb2
from otlp_sampler.sample.rules import DropRules, Exemptions

log = logging.getLogger("otlp_sampler.sdk")


class SourcePolicy:
    """One version of the policy for one service: rules by pattern id, default, guarantees."""

    __slots__ = ("default_rate", "detect_severity", "drop_rules", "exemptions", "floor_interval",
                 "http_5xx_as_error", "keep_severity", "message", "min_rate", "novelty_keep", "open", "rules",
                 "version")

    def __init__(self, message: policy_pb2.Policy) -> None:
        self.message = message
        self.version = message.version
        guarantees = message.guarantees
        self.keep_severity = guarantees.keep_severity or 13
        self.min_rate = guarantees.min_rate
        self.novelty_keep = guarantees.novelty_keep
        self.floor_interval = guarantees.floor_interval_seconds
        self.detect_severity = guarantees.detect_severity
        self.http_5xx_as_error = guarantees.http_5xx_as_error
        self.default_rate = message.default_rate if message.HasField("default_rate") else None
        self.rules = {pattern_id: (rule.rate, rule.max_per_second)
                      for pattern_id, rule in message.patterns.items()}
        # The proxy sent only this service's drop rules: they apply whatever the service.
        self.drop_rules = DropRules([SimpleNamespace(service=None, match=d.match, rate=d.rate)
                                     for d in message.drop_rules])
        self.exemptions = Exemptions([
            SimpleNamespace(attribute=e.attribute, equals=e.equals if e.HasField("equals") else None,
                            resource=e.resource) for e in message.exemptions])
        self.open = not (self.rules or self.default_rate is not None or message.drop_rules)


OPEN = SourcePolicy(policy_pb2.Policy())  # nothing known: keep everything


def cache_path(cache_dir: str | os.PathLike | None, service: str) -> Path:
    """Where the last policy of ``service`` is kept: ``cache_dir``, else
    ``$XDG_CACHE_HOME/otlp-sampler`` or ``~/.cache/otlp-sampler``. Not keyed by the proxy's
    address: a restart that reaches the fleet under another address still finds it."""
    if cache_dir is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        cache_dir = os.path.join(base, "otlp-sampler")
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in service)[:200]
    return Path(cache_dir) / f"policy-{safe}.binpb"


def load_cached(path: Path, service: str) -> policy_pb2.Policy | None:
    """The cached policy message, or None (none yet, unreadable or another service's)."""
    try:
        message = policy_pb2.Policy.FromString(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, DecodeError) as exc:
        log.warning("otlp-sampler SDK: ignoring the policy cache %s: %s", path, exc)
        return None
    return message if message.service == service else None


def save_cached(path: Path, message: policy_pb2.Policy) -> None:
    """Write atomically (a temporary file renamed), so a crash never leaves half a policy."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as handle:
            temporary = handle.name
            handle.write(message.SerializeToString())
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("otlp-sampler SDK: could not cache the policy in %s: %s", path, exc)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
