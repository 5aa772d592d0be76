"""The compiled miner (``OTLP_SAMPLER_COMPILE=1``, setup.py) and its Python sources mine alike.

An install built with mypyc holds each hot module of otlp_sampler/patterns twice: the C
extension (which Python imports first) and the ``.py`` it was compiled from, which
``OTLP_SAMPLER_PURE_MINER=1`` loads instead. Where the miner runs compiled, the same lines
are mined both ways in fresh processes and must give the same ids and templates; a build
without a working C compiler must leave a pure package that installs and works.
"""

from __future__ import annotations

import ast
import json
import os
import pathlib
import random
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

from otlp_sampler.patterns import COMPILED

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEV_SAMPLE = ROOT.parent / "shared" / "data" / "loghub-dev"


def _mining(pure: bool) -> subprocess.Popen:
    """A fresh process mining the lines (compiled, or its sources with ``pure``); see :func:`_mined`."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("OTLP_SAMPLER_PURE_MINER", None)
    if pure:
        env["OTLP_SAMPLER_PURE_MINER"] = "1"
    return subprocess.Popen([sys.executable, __file__], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _mined(process: subprocess.Popen) -> dict:
    """The ids and templates the process gave; raises if it failed."""
    out, err = process.communicate(timeout=600)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, process.args, out, err)
    return json.loads(out)


def _lines() -> dict[str, list[str]]:
    """Lines by service: the demo workload, random texts of the pieces rules read, every word
    the masking pattern names (in each case, and each signal's name) in a few contexts, and the
    Loghub dev sample where this checkout sits beside it."""
    from otlp_sampler.commands.workload import Workload
    from otlp_sampler.patterns import masking
    from tests.patterns.corpus.layouts import labelled_files, labelled_rows
    from tests.patterns.equivalence import _PIECES

    by_service: dict[str, list[str]] = {}
    for service, _, body, _ in Workload(seed=3).draw(20_000):
        by_service.setdefault(service, []).append(body)
    rng = random.Random(0)
    by_service["fuzz"] = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
                          for _ in range(5_000)]
    # (the compiled value scan asks the engine at a word of letters only when it may be one of
    # these: a word it missed would be masked compiled and not pure)
    named = set(re.findall(r"[a-z]{2,}", masking._MASK_SOURCE))
    named |= {word.title() for word in named} | {word.upper() for word in named}
    named |= {"SIG" + name for name in re.findall(r"[A-Z]{2,}", masking._SIGNAL_NAMES)}
    contexts = ("received {w}, shutting down", "{w} x", "x {w}.", "[{w}] y", "k={w} v", "'{w}' z", "{w}-1 q")
    by_service["named"] = [context.format(w=word) for word in sorted(named) for context in contexts]
    for path in labelled_files(DEV_SAMPLE)[:8]:
        by_service[path.name] = [row["Content"] for row in labelled_rows(path)]
    return by_service


def _child() -> None:
    from otlp_sampler.patterns import COMPILED, PatternMiner

    out: dict = {"compiled": COMPILED, "ids": {}, "patterns": {}, "batch_ids": {}}
    for service, lines in _lines().items():
        miner = PatternMiner(service)
        out["ids"][service] = [[pid, miner.template(pid)] for pid in map(miner.add, lines)]
        out["patterns"][service] = sorted([p.id, p.template, p.count] for p in miner.patterns())
        # (a request's records read together: batch.py is compiled too)
        miner = PatternMiner(service)
        out["batch_ids"][service] = [pid for start in range(0, len(lines), 512)
                                     for pid in miner.add_batch(lines[start:start + 512])]
    print(json.dumps(out))


@pytest.mark.skipif(not COMPILED, reason="a pure install (build with OTLP_SAMPLER_COMPILE=1, setup.py)")
def test_compiled_and_pure_give_the_same_ids_and_templates():
    # Both at once (each mines on its own core): the second need not wait for the first.
    runs = _mining(pure=False), _mining(pure=True)
    try:
        compiled, pure = _mined(runs[0]), _mined(runs[1])
    finally:
        for run in runs:
            run.kill()  # (one that failed leaves the other nothing to do)
    assert (compiled["compiled"], pure["compiled"]) == (True, False)
    assert compiled["ids"].keys() == pure["ids"].keys()
    for service in compiled["ids"]:
        assert compiled["ids"][service] == pure["ids"][service], service
        assert compiled["patterns"][service] == pure["patterns"][service], service
        assert compiled["batch_ids"][service] == pure["batch_ids"][service], service


@pytest.mark.skipif(not COMPILED, reason="a pure install")
def test_every_compiled_module_is_newer_than_its_source():
    """A compiled module shadows its source: one left from an older build would run old
    code (rebuild with OTLP_SAMPLER_COMPILE=1 pip install -e ., or delete the .so files)."""
    package = ROOT / "otlp_sampler" / "patterns"
    stale = [path.name for path in package.glob("*.so")
             if (source := path.with_name(path.name.split(".")[0] + ".py")).exists()
             and source.stat().st_mtime > path.stat().st_mtime]
    assert stale == []


def test_the_compiled_modules_type_check():
    """mypyc compiles only sources that mypy accepts (else setup.py builds the pure package,
    and .ci/run, which asks for the compiled one, fails): a rule's code must type-check."""
    pytest.importorskip("mypy")
    command = [sys.executable, "-m", "mypy", "--cache-dir", os.devnull, "otlp_sampler/patterns"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout


def test_the_compiled_modules_constants_are_final():
    """mypyc reads a module-level name that is not ``Final`` from the module's namespace at
    every use (a dict lookup in the rules' loops); ``Final`` makes it a constant or a C
    static (docs/patterns.md, Speed, round 6). A constant added without it slows the
    compiled miner silently: write ``NAME: Final = ...``."""
    compiled = re.search(r"^COMPILED = (\[.*?\])", (ROOT / "setup.py").read_text(), re.M)
    assert compiled is not None
    plain = []
    for name in ast.literal_eval(compiled.group(1)):
        path = ROOT / "otlp_sampler" / "patterns" / f"{name}.py"
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and "Final" not in ast.unparse(node.annotation):
                targets = [node.target.id] if isinstance(node.target, ast.Name) else []
            else:
                continue
            plain += [f"{name}.{target}" for target in targets if re.fullmatch(r"_?[A-Z][A-Z0-9_]*", target)]
    assert plain == []


def test_the_compiled_functions_ask_min_and_max_of_two_values():
    """mypyc compiles ``min(a, b)`` and ``max(a, b)`` to one comparison, inline; of three or
    more arguments it calls the builtin generically (its tuple built, its objects compared:
    some 1,900 instructions a call, ``runs._separator``'s floor, docs/patterns.md, Speed, round
    29). Nest them (``max(max(a, b), c)``) in a function of a compiled module; a module's
    constants, computed once at import, may take any."""
    compiled = re.search(r"^COMPILED = (\[.*?\])", (ROOT / "setup.py").read_text(), re.M)
    assert compiled is not None
    wide = []
    for name in ast.literal_eval(compiled.group(1)):
        path = ROOT / "otlp_sampler" / "patterns" / f"{name}.py"
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            wide += [f"{name}.py:{node.lineno}" for node in ast.walk(function)
                     if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                     and node.func.id in ("min", "max") and len(node.args) > 2]
    assert wide == []


def test_the_pure_switch_loads_the_sources():
    code = ("import otlp_sampler.patterns as p, otlp_sampler.patterns.shapes as s; "
            "print(p.COMPILED, s.__file__.endswith('shapes.py'))")
    env = {**os.environ, "OTLP_SAMPLER_PURE_MINER": "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


# A child that mines with ``mypy_extensions`` unimportable, as in an install without mypy.
_WITHOUT_MYPY_EXTENSIONS = """
import sys

class _Refuse:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "mypy_extensions":
            raise ImportError("mypy_extensions is not installed")
        return None

sys.modules.pop("mypy_extensions", None)
sys.meta_path.insert(0, _Refuse())
from otlp_sampler.patterns import PatternMiner, masking

miner = PatternMiner()
print(masking.mask_values("took 12ms on node-7 at /var/log/app.log"),
      miner.add("user 42 logged in") == miner.add("user 7 logged in"))
"""


@pytest.mark.parametrize("pure", [True, False])
def test_the_miner_runs_without_mypy_extensions(pure):
    """The scans' native integers (``i64``, mypy_extensions) are annotations only: imported for
    the type checker, an int as Python. The package needs neither mypy nor mypy_extensions
    at run time, pure or compiled."""
    env = {**os.environ, "OTLP_SAMPLER_PURE_MINER": "1" if pure else "0"}
    done = subprocess.run([sys.executable, "-c", _WITHOUT_MYPY_EXTENSIONS], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["took", "<*>", "on", "<*>", "at", "<*>", "True"]


def _copy_of_the_package(into: pathlib.Path) -> pathlib.Path:
    """What a wheel is built from (docker/Dockerfile's build stage), without compiled files."""
    into.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, into / name)
    shutil.copytree(ROOT / "otlp_sampler", into / "otlp_sampler",
                    ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    return into


def test_a_build_asked_to_compile_without_a_compiler_is_pure_python(tmp_path):
    source = _copy_of_the_package(tmp_path / "src")
    env = {**os.environ, "OTLP_SAMPLER_COMPILE": "1", "CC": "/bin/false"}
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                           "--wheel-dir", str(tmp_path / "wheels"), str(source)],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp_path / "wheels").glob("*.whl")
    assert wheel.name.endswith("-py3-none-any.whl")  # (the wheel of every platform, as without the variable)
    names = zipfile.ZipFile(wheel).namelist()
    assert "otlp_sampler/patterns/miner.py" in names
    assert not [name for name in names if name.endswith((".so", ".pyd"))]


def test_sources_that_mypyc_refuses_build_a_pure_wheel(tmp_path):
    """A type error (mypyc compiles only what type-checks) gives the pure package, not a
    failed install."""
    pytest.importorskip("mypyc")  # (a build environment gets it; a test environment may not)
    source = _copy_of_the_package(tmp_path / "src")
    with (source / "otlp_sampler" / "patterns" / "templates.py").open("a") as handle:
        handle.write('\nNOT_AN_INT: int = "text"\n')
    env = {**os.environ, "OTLP_SAMPLER_COMPILE": "1"}
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                           "--wheel-dir", str(tmp_path / "wheels"), str(source)],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp_path / "wheels").glob("*.whl")
    assert wheel.name.endswith("-py3-none-any.whl")


def test_a_compile_that_fails_half_way_leaves_no_extension(tmp_path, monkeypatch):
    """setup.py's AllOrNothingBuildExt: one extension builds, the next does not; neither is
    left, and the build goes on (pure Python)."""
    import importlib.util

    from setuptools import Distribution, Extension

    spec = importlib.util.spec_from_file_location("otlp_sampler_setup", ROOT / "setup.py")
    setup_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_module)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.c").write_text(
        '#include <Python.h>\nstatic struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "good"};\n'
        "PyMODINIT_FUNC PyInit_good(void) { return PyModule_Create(&m); }\n")
    (tmp_path / "bad.c").write_text("this is not C\n")
    distribution = Distribution({"name": "probe", "ext_modules": [Extension("good", ["good.c"]),
                                                                  Extension("bad", ["bad.c"])]})
    command = setup_module.AllOrNothingBuildExt(distribution)
    command.build_lib = str(tmp_path / "lib")
    command.build_temp = str(tmp_path / "temp")
    command.ensure_finalized()
    command.run()
    assert command.extensions == []
    assert not list((tmp_path / "lib").rglob("*.so"))


def test_the_compiled_library_calls_its_own_functions_directly():
    """setup.py's bind_local_calls: on Linux the library is linked with
    ``-Wl,-Bsymbolic-functions`` and compiled ``-fno-plt`` (elsewhere not: macOS' linker refuses
    the first), and a library built so holds no PLT slot for its own functions (``CPyDef_``,
    mypyc's runtime ``CPy``) nor libpython's: checked where the miner is compiled and
    ``readelf`` is there."""
    import importlib.util

    from setuptools import Extension

    spec = importlib.util.spec_from_file_location("otlp_sampler_setup", ROOT / "setup.py")
    setup_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_module)
    linux, darwin = Extension("a", ["a.c"], extra_link_args=["-lm"]), Extension("b", ["b.c"])
    bound = setup_module.bind_local_calls([linux], "linux")[0]
    assert bound.extra_link_args == ["-lm", "-Wl,-Bsymbolic-functions"]
    assert bound.extra_compile_args == ["-fno-plt"]
    darwin = setup_module.bind_local_calls([darwin], "darwin")[0]
    assert not darwin.extra_link_args and not darwin.extra_compile_args
    library = next((ROOT / "otlp_sampler" / "patterns").glob("native__mypyc*.so"), None)
    if not COMPILED or library is None or shutil.which("readelf") is None:
        return
    relocations = subprocess.run(["readelf", "-W", "-r", str(library)], capture_output=True, text=True,
                                 check=True).stdout
    slots = [line.split()[4] for line in relocations.splitlines() if "JUMP_SLOT" in line]
    # (-fno-plt, round 38: libpython's functions are called through the GOT, no PLT slot either)
    assert not [name for name in slots if name.startswith(("CPy", "Py", "_Py"))]
    # and the reading found them there: a function of libpython's in the GOT (not its types alone)
    got = {line.split()[4] for line in relocations.splitlines() if "GLOB_DAT" in line}
    assert "PyDict_GetItemWithError" in got



def _setup_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("otlp_sampler_setup", ROOT / "setup.py")
    setup_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_module)
    return setup_module


# What a C compiler prints for ``--version``: GCC's (its copyright line names the Free Software
# Foundation) and clang's, whose profiles are another format
_GCC_VERSION = "gcc (Debian 12.2.0-14) 12.2.0\nCopyright (C) 2022 Free Software Foundation, Inc."
_CLANG_VERSION = "Debian clang version 14.0.6\nTarget: x86_64-pc-linux-gnu"


def test_the_profile_guided_build_is_asked_only_of_the_miners_library_under_gcc(tmp_path, monkeypatch):
    """setup.py builds the miner's library twice, trained (GCC's -fprofile-generate, a run of
    made-up lines, -fprofile-use), unless OTLP_SAMPLER_PGO=0; other extensions (a test's) and
    other compilers (clang's profiles are another format) are built once, as before. The
    compiler is a stand-in named by CC (which distutils reads) that prints GCC's or clang's
    version, so what the build does under each is asserted on any machine; the builds
    themselves are recorded, not run."""
    from setuptools import Distribution, Extension

    setup_module = _setup_module()
    library = Extension(f"{setup_module.GROUP}__mypyc", ["a.c"])
    other = Extension("good", ["good.c"])
    builds: list[str] = []
    build = setup_module.AllOrNothingBuildExt
    monkeypatch.setattr(build, "_run_trained", lambda self: builds.append("trained"))
    monkeypatch.setattr(setup_module.build_ext, "run", lambda self: builds.append("once"))

    def built(version: str | None, extensions: list) -> list[str]:
        compiler = tmp_path / "cc"
        compiler.unlink(missing_ok=True)
        if version is not None:  # (None: no compiler there at all)
            compiler.write_text(f"#!/bin/sh\ncat <<'EOF'\n{version}\nEOF\n")
            compiler.chmod(0o755)
        monkeypatch.setenv("CC", str(compiler))
        command = build(Distribution({"name": "probe", "ext_modules": extensions}))
        command.ensure_finalized()
        builds.clear()
        command.run()
        return builds[:]

    monkeypatch.setenv("OTLP_SAMPLER_PGO", "1")
    assert built(_GCC_VERSION, [library, other]) == ["trained"]
    assert built(_GCC_VERSION, [other]) == ["once"]
    assert built(_CLANG_VERSION, [library, other]) == ["once"]
    assert built(None, [library]) == ["once"]
    monkeypatch.setenv("OTLP_SAMPLER_PGO", "0")
    assert built(_GCC_VERSION, [library]) == ["once"]


def test_a_profile_guided_build_whose_training_fails_is_built_once_as_before(tmp_path, monkeypatch, capsys):
    """setup.py's _run_trained: where the instrumented library's run fails (here a library of
    the miner's name that is no miner, so the child finds the miner pure), the library is built
    again without the profile's flags, and the build goes on."""
    from setuptools import Distribution, Extension

    setup_module = _setup_module()
    monkeypatch.setenv("OTLP_SAMPLER_PGO", "1")
    name = f"{setup_module.GROUP}__mypyc"
    if not setup_module._trained_build_wanted([Extension(name, ["a.c"])]):
        pytest.skip("no GCC here")
    monkeypatch.chdir(tmp_path)
    leaf = name.rsplit(".", 1)[1]
    (tmp_path / "lib.c").write_text(
        f'#include <Python.h>\nstatic struct PyModuleDef m = {{PyModuleDef_HEAD_INIT, "{leaf}"}};\n'
        f"PyMODINIT_FUNC PyInit_{leaf}(void) {{ return PyModule_Create(&m); }}\n")
    distribution = Distribution({"name": "probe", "ext_modules": [Extension(name, ["lib.c"])]})
    command = setup_module.AllOrNothingBuildExt(distribution)
    command.build_lib = str(tmp_path / "lib")
    command.build_temp = str(tmp_path / "temp")
    command.ensure_finalized()
    command.run()
    assert "the profile-guided build did not work" in capsys.readouterr().err
    assert command.extensions and not [arg for arg in command.extensions[0].extra_compile_args
                                       if arg.startswith("-fprofile")]
    assert list((tmp_path / "lib").rglob("native__mypyc*.so"))

def test_the_training_lines_are_a_new_programs_mix():
    """The profile-guided build's training lines (setup.training_lines) are the same at each
    build and, fed once to one miner, make a new program's mix: many call sites, some lines a
    pattern's first, most of the rest matched or cached (a run of one template would train the
    cache's path alone)."""
    from otlp_sampler.patterns import PatternMiner

    setup_module = _setup_module()
    lines = setup_module.training_lines(programs=4, sites=30)
    assert lines == setup_module.training_lines(programs=4, sites=30)
    miner = PatternMiner()
    for line in lines:
        miner.add(line)
    assert 0.05 * len(lines) < len(miner) < 0.5 * len(lines)
    assert len(set(lines)) > 0.9 * len(lines)  # (values drawn afresh: few exact repeats)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    _child()
