"""Run the real proxy (every stage, built by ``build_app``) on the test's event loop."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import AsyncIterator
from typing import Any

from otlp_sampler.app import App, build_app
from otlp_sampler.config import Config

BASE_CONFIG: dict[str, Any] = {
    "receivers": {"grpc": {"endpoint": "127.0.0.1:0"}, "http": {"endpoint": "127.0.0.1:0"}},
    "store": {"kind": "memory"},
    "admin": {"endpoint": "127.0.0.1:0"},
    "analysis": {"enabled": False},
    "sampling": {"seed": 1234, "summaries": {"interval": "1h"}},
    "exporter": {
        "batch": {"timeout": "50ms"},
        "retry": {"initial_interval": "50ms", "max_interval": "500ms"},
        # In memory unless a test gives a spool directory: the default ./.otlp-sampler/spool
        # would be shared by every proxy the suite runs from one working directory.
        "queue": {"spool_dir": None},
    },
}


def merge(base: dict, override: dict) -> dict:
    result = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


@contextlib.asynccontextmanager
async def running_proxy(overrides: dict[str, Any]) -> AsyncIterator[App]:
    config = Config.model_validate(merge(BASE_CONFIG, overrides))
    app = build_app(config, environ={})
    await app.start()
    try:
        yield app
    finally:
        await app.stop()


def attributes(record) -> dict[str, Any]:
    out = {}
    for kv in record.attributes:
        kind = kv.value.WhichOneof("value")
        out[kv.key] = getattr(kv.value, kind) if kind else None
    return out
