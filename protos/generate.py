"""Generate otlp_sampler/_generated/ from protos/ with grpcio-tools (``python protos/generate.py``).

protoc writes a module path after the proto's own (``otlp_sampler/v1/policy_pb2.py``);
the modules are moved under ``otlp_sampler/_generated/v1/`` and the service module's
import of the messages follows them. The version guards protoc writes are removed: they
tie the generated code to the protobuf and grpcio releases of the machine that ran this
script (protobuf >= 7.35, grpcio >= 1.85 here), where the code itself uses only what the
declared minimums have, and an application that installs the SDK keeps its own pins.
tests/test_protos.py runs this into a temporary folder and fails when the committed
files differ.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
TARGET = ROOT / "otlp_sampler" / "_generated"
PROTO_PACKAGE = "otlp_sampler/v1"  # the folder of the .proto files, under protos/

_RUNTIME_CHECK = re.compile(
    r"from google\.protobuf import runtime_version as _runtime_version\n"
    r"|_runtime_version\.ValidateProtobufRuntimeVersion\(\n(?:    .*\n)*?\)\n")
_VERSION_LINE = re.compile(r"^# Protobuf Python Version: .*\n", re.MULTILINE)
_GRPC_CHECK = re.compile(r"\nGRPC_GENERATED_VERSION = .*?\n(?=\n\nclass )", re.DOTALL)
_GRPC_WARNINGS = re.compile(r"^import warnings\n", re.MULTILINE)


def generate(target: Path = TARGET) -> list[Path]:
    """Write the generated modules under ``target``; returns the files written."""
    from grpc_tools import protoc  # a dev dependency: only this script needs it

    sources = sorted((PROTOS / PROTO_PACKAGE).glob("*.proto"))
    with tempfile.TemporaryDirectory() as scratch:
        arguments = ["protoc", f"-I{PROTOS}", f"--python_out={scratch}", f"--pyi_out={scratch}",
                     f"--grpc_python_out={scratch}", *(str(p.relative_to(PROTOS)) for p in sources)]
        if protoc.main(arguments) != 0:
            raise SystemExit(f"protoc failed on {', '.join(map(str, sources))}")
        written = []
        out = target / "v1"
        out.mkdir(parents=True, exist_ok=True)
        for package in (target, out):
            init = package / "__init__.py"
            init.write_text('"""Generated from protos/ by protos/generate.py: do not edit."""\n')
            written.append(init)
        for path in sorted((Path(scratch) / PROTO_PACKAGE).iterdir()):
            text = _normalised(path.read_text(encoding="utf-8"))
            destination = out / path.name
            destination.write_text(text, encoding="utf-8")
            written.append(destination)
    return written


def _normalised(text: str) -> str:
    text = _VERSION_LINE.sub("", _RUNTIME_CHECK.sub("", text))
    text = _GRPC_WARNINGS.sub("", _GRPC_CHECK.sub("\n", text))
    module = PROTO_PACKAGE.replace("/", ".")
    # The messages' __module__ (never the service's wire name, which keeps the proto package).
    text = re.sub(rf"(BuildTopDescriptorsAndMessages\(DESCRIPTOR, )'{re.escape(module)}\.",
                  r"\1'otlp_sampler._generated.v1.", text)
    return text.replace(f"from {module} import", "from otlp_sampler._generated.v1 import")


if __name__ == "__main__":
    for written in generate(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET):
        print(written.relative_to(ROOT) if written.is_relative_to(ROOT) else written)
