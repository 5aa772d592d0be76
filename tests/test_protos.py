"""protos/ and the code generated from it: regenerated here, it must equal what is committed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "otlp_sampler" / "_generated"


def test_generated_code_is_current(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "protos" / "generate.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    fresh = {p.relative_to(tmp_path): p.read_text() for p in tmp_path.rglob("*") if p.is_file()}
    committed = {p.relative_to(COMMITTED): p.read_text() for p in COMMITTED.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
    paths = fresh.keys() | committed.keys()
    stale = sorted(str(path) for path in paths if fresh.get(path) != committed.get(path))
    assert stale == [], f"run `python protos/generate.py`: {stale} differ from protos/"


def test_the_service_is_the_one_in_the_proto():
    from otlp_sampler._generated.v1 import policy_pb2

    service = policy_pb2.DESCRIPTOR.services_by_name["PolicyService"]
    assert service.full_name == "otlp_sampler.v1.PolicyService"
    assert [m.name for m in service.methods] == ["GetPolicy", "WatchPolicy", "ReportPatternStats"]
    assert service.methods_by_name["WatchPolicy"].server_streaming
    assert policy_pb2.Policy.__module__ == "otlp_sampler._generated.v1.policy_pb2"


def test_generated_code_has_no_version_guard():
    # The guards would demand the generating machine's protobuf and grpcio from every app.
    for path in COMMITTED.rglob("*.py"):
        text = path.read_text()
        assert "ValidateProtobufRuntimeVersion" not in text and "GRPC_GENERATED_VERSION" not in text, path
    assert importlib.util.find_spec("otlp_sampler._generated.v1.policy_pb2_grpc") is not None


def test_wire_names_keep_the_proto_package():
    from otlp_sampler._generated.v1 import policy_pb2_grpc

    source = Path(policy_pb2_grpc.__file__).read_text()
    assert "'/otlp_sampler.v1.PolicyService/GetPolicy'" in source
    assert "_generated.v1.PolicyService" not in source
