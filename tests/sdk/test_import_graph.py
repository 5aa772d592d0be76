"""An application that installs the SDK pulls none of the proxy's server dependencies.

`pip install otlp-sampler` (no extra) installs only grpcio, protobuf and opentelemetry-proto
(pyproject.toml). A fresh interpreter is given an import hook that fails every server
dependency as if it were not installed; the SDK and its three integrations must import
and decide records under it, and none of those modules may be loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER_ONLY = ["numpy", "sklearn", "scipy", "fastapi", "starlette", "uvicorn", "redis", "openai", "aiohttp",
               "pydantic", "pydantic_settings", "yaml", "prometheus_client", "grpc_status", "detect_secrets"]

PROGRAM = r"""
import importlib.abc, json, sys
blocked = set(json.loads(sys.argv[1]))

class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked: a server dependency)", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
import otlp_sampler.sdk, otlp_sampler.sdk.otel, otlp_sampler.sdk.stdlib, otlp_sampler.sdk.structlog
from otlp_sampler._generated.v1 import policy_pb2
from otlp_sampler.sdk import Sampler

sampler = Sampler("svc", "127.0.0.1:9", cache_dir=sys.argv[2], seed=1, start=False)
message = policy_pb2.Policy(version=3, service="svc", default_rate=0.5)
message.guarantees.keep_severity = 13
sampler.set_policy(message)
verdicts = [sampler.decide(f"job {i} done in {i}ms", 9) for i in range(200)]
print(json.dumps({"kept": sum(v is not None for v in verdicts),
                  "loaded": sorted({m.split(".")[0] for m in sys.modules} & blocked)}))
"""


def test_the_sdk_imports_and_decides_without_the_server_dependencies(tmp_path):
    done = subprocess.run([sys.executable, "-c", PROGRAM, json.dumps(SERVER_ONLY), str(tmp_path)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == []
    assert 50 < result["kept"] < 150  # the default rate 0.5 was applied


def test_the_bare_install_is_what_the_sdk_needs():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = {dep.split(">")[0].split("[")[0].strip() for dep in project["dependencies"]}
    assert names == {"grpcio", "protobuf", "opentelemetry-proto"}
    server = {dep.split(">")[0].strip() for dep in project["optional-dependencies"]["server"]}
    assert {"numpy", "scikit-learn", "fastapi", "uvicorn", "redis", "openai", "aiohttp"} <= server
