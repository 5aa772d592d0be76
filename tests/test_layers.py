"""The import graph of otlp_sampler/: no cycles, and no import from a lower layer to a higher one;
and what a start-up imports: only the optional dependencies the config uses.

Every import counts, at module level or inside a function, ``if TYPE_CHECKING`` too: a
lazy import is still a dependency. The layers are written down in docs/architecture.md
§ Layers; keep the two in step.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "otlp_sampler"

# Bottom to top. A unit is a top-level module or subpackage of otlp_sampler ("" is the
# package's own __init__). A unit may import itself and any unit of a lower layer; the
# units of one layer are independent of each other.
LAYERS: list[set[str]] = [
    {"", "config", "metrics", "otlp", "intake", "redact", "tenants"},
    {"patterns"},
    {"analyze", "meaning"},
    {"policy"},
    {"sample", "transmit", "store"},
    {"policygen"},
    {"alerts"},
    {"pipeline", "receive", "admin"},
    {"app", "supervisor"},
    {"commands"},
    {"cli"},
    {"__main__"},
    {"sdk"},
]
LAYER_OF = {unit: index for index, layer in enumerate(LAYERS) for unit in layer}
SKIPPED = {"_generated"}  # protoc output


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if not SKIPPED & set(path.relative_to(PACKAGE).parts):
            found[module_name(path)] = path
    return found


def imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The otlp_sampler modules ``path`` imports, anywhere in it."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: `from ..x import y`
                parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parents, base]).strip(".")
            # `from package import module` imports the module; `from module import name`, the module.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        found.update(t for t in targets if t.split(".")[0] == "otlp_sampler" and t != name)
    return found


@functools.cache  # (four tests read it, none changes it: the sources are parsed once)
def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: {t for t in imports(path, name, known) if t in known} for name, path in found.items()}


def unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_unit_has_a_layer():
    units = {unit(name) for name in modules()}
    assert units - set(LAYER_OF) == set(), "add the new unit to LAYERS (and to docs/architecture.md)"
    assert set(LAYER_OF) - units == set(), "LAYERS names a unit that no longer exists"


def test_no_import_reaches_up_or_sideways():
    wrong = []
    for source, targets in graph().items():
        for target in targets:
            a, b = unit(source), unit(target)
            if a != b and LAYER_OF[b] >= LAYER_OF[a]:
                wrong.append(f"{source} imports {target}: {a!r} is layer {LAYER_OF[a]}, {b!r} {LAYER_OF[b]}")
    assert wrong == []


def test_no_import_cycle():
    edges = graph()
    cycles, state = [], {}  # state: 1 on the current path, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target):], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert cycles == []


# The SDK runs inside applications: of the proxy it may use only what needs no server
# dependency (tests/sdk/test_import_graph.py checks the modules those imports load).
SDK_MAY_USE = {"", "otlp", "patterns", "meaning", "analyze", "sample"}


def test_the_sdk_is_a_leaf_on_the_proxys_lightest_units():
    edges = graph()
    used = {unit(target) for source, targets in edges.items() if unit(source) == "sdk" for target in targets}
    assert used - {"sdk"} <= SDK_MAY_USE
    importers = {source for source, targets in edges.items() if unit(source) != "sdk"
                 for target in targets if unit(target) == "sdk"}
    assert importers == set(), "the proxy never imports the SDK"


def test_the_walk_sees_lazy_imports():
    # app.py imports the stages inside build_app: the walk must see them, or it proves nothing.
    assert "otlp_sampler.policygen.loop" in graph()["otlp_sampler.app"]


# What the proxy imports at start-up, in a fresh interpreter. The optional features' heavy
# dependencies (numpy and scikit-learn for the side loop's arithmetic, aiohttp for the HTTP
# receiver, exporter and webhooks, fastapi for the admin API, openai, redis) each cost a
# tenth of a second or more of every start: a proxy that does not use a feature must not
# load them (an eager import re-added anywhere on the start path fails here).
START_UP = r"""
import asyncio, json, sys
HEAVY = {"numpy", "sklearn", "scipy", "aiohttp", "fastapi", "starlette", "uvicorn", "openai", "redis",
         "pydantic", "grpc"}
loaded = lambda: sorted({name.split(".")[0] for name in sys.modules} & HEAVY)
steps = {}
import otlp_sampler.cli
steps["cli"] = loaded()

from otlp_sampler.app import build_app
from otlp_sampler.config import Config

async def start_and_stop(document):
    app = build_app(Config.model_validate(document), environ={})
    await app.start()
    await app.stop()

base = {"store": {"kind": "memory"}, "exporter": {"queue": {"spool_dir": None}}}
lean = {**base, "receivers": {"grpc": {"endpoint": "127.0.0.1:0"}, "http": {"enabled": False}},
        "admin": {"enabled": False},
        "exporter": {"protocol": "grpc", "endpoint": "127.0.0.1:9", "queue": {"spool_dir": None}}}
asyncio.run(start_and_stop(lean))
steps["lean"] = loaded()
full = {**base, "receivers": {"grpc": {"endpoint": "127.0.0.1:0"}, "http": {"endpoint": "127.0.0.1:0"}},
        "admin": {"endpoint": "127.0.0.1:0"}}
asyncio.run(start_and_stop(full))
steps["full"] = loaded()
print(json.dumps(steps))
"""


def test_start_up_imports_only_what_the_config_uses(tmp_path):
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", START_UP], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, env={"PYTHONPATH": str(PACKAGE.parent), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    assert steps["cli"] == [], "the command line dispatches before it imports anything heavy"
    # Analysis and alerts on (the defaults), admin API and HTTP off, a gRPC exporter.
    assert steps["lean"] == ["grpc", "pydantic"]
    # The admin API and the HTTP receiver and exporter bring theirs, and only theirs (this
    # also shows the check sees what is imported).
    assert steps["full"] == ["aiohttp", "fastapi", "grpc", "pydantic", "starlette", "uvicorn"]
