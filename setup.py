"""The build's one step that pyproject.toml cannot say: the opt-in compiled pattern miner.

    OTLP_SAMPLER_COMPILE=1 pip install .        (or pip wheel ., pip install -e .)

compiles the miner's hot modules with mypyc (the same sources, as C extensions beside
them: docs/patterns.md § Speed, "Compiled with mypyc"). Without the variable (the
default), or where no C compiler and Python headers work, the package is pure Python and
mines alike: ids and templates do not depend on how it was built
(tests/patterns/test_compiled.py). The compiler is asked before mypyc runs, sources that
mypyc refuses (a type error) are built pure, and a build that fails half-way leaves none of
its extensions, so an install never holds some modules compiled against others it lacks.
Under GCC the miner's library is built twice (OTLP_SAMPLER_PGO=0: once): instrumented, run
over made-up lines (training_lines), then with the branch counts that run left (its build
takes twice as long; where that road fails, the library is built once as before).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The version that compiled the figures of docs/patterns.md; a build environment gets it
# (PEP 517's build requirements) only when the variable asks for a compiled build.
MYPY = "mypy==2.4.1"
# The modules a new line goes through (masking to the index of shapes). The package's
# __init__ stays Python: it says which way the miner runs (otlp_sampler.patterns.COMPILED)
# and can load the sources instead (OTLP_SAMPLER_PURE=1).
COMPILED = ["batch", "candidates", "causes", "http", "ids", "levels", "masking", "miner", "positions", "runs", "shapes", "templates", "tokens"]  # noqa: E501 (one line: test_compiled.py reads it)
# One shared library inside the package (mypyc's default is a hashed name at the top of
# site-packages, which an editable install does not put on sys.path).
GROUP = "otlp_sampler.patterns.native"


def _wanted() -> bool:
    return os.environ.get("OTLP_SAMPLER_COMPILE", "").strip().lower() not in ("", "0", "false", "no")


def _compiler_works() -> bool:
    """Whether a C file that includes Python.h compiles here (Debian: gcc and python3-dev)."""
    from setuptools._distutils.ccompiler import new_compiler
    from setuptools._distutils.sysconfig import customize_compiler

    compiler = new_compiler()
    customize_compiler(compiler)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "probe.c")
        source.write_text("#include <Python.h>\nint probe(void) { return 0; }\n")
        try:
            compiler.compile([str(source)], output_dir=folder,
                             include_dirs=[sysconfig.get_paths()["include"]])
        except Exception:  # CompileError, or no compiler executable at all
            return False
    return True


# Whether the compiled miner is built with GCC's profile-guided optimization (on unless
# OTLP_SAMPLER_PGO=0): twice, the first build's run of training_lines() telling the second
# which branches a line takes (docs/patterns.md § Speed, "profile-guided").
def _trained_build_wanted(extensions: list) -> bool:
    """Where the miner's library is among the extensions, GCC compiles it (clang's profiles
    are another format) and OTLP_SAMPLER_PGO does not say no."""
    if os.environ.get("OTLP_SAMPLER_PGO", "").strip().lower() in ("0", "false", "no"):
        return False
    if not any(extension.name == f"{GROUP}__mypyc" for extension in extensions):
        return False
    from setuptools._distutils.ccompiler import new_compiler
    from setuptools._distutils.sysconfig import customize_compiler

    compiler = new_compiler()
    customize_compiler(compiler)
    try:
        version = subprocess.run([*compiler.compiler_so[:1], "--version"], capture_output=True, text=True,
                                 timeout=60).stdout
    except (OSError, subprocess.SubprocessError, AttributeError, IndexError):
        return False
    return "Free Software Foundation" in version and "clang" not in version.lower()


# The training run's lines: made up, not any program's, in the forms the miner reads (a
# record's head, words, values of each kind masking knows, causes after a colon, keys and
# quoted messages), each form of many call sites, most printed a few times, some once: a
# new program's mix, where a line's cost is (masking, a new pattern's search and index).
_VERBS = ("starting", "started", "stopping", "connected to", "failed to connect to", "could not open",
          "loaded", "received", "sending", "retrying", "closing", "accepted", "rejected", "created",
          "deleted", "updated", "scheduling", "skipping", "processing", "timed out waiting for")
_THINGS = ("connection", "session", "worker", "request", "job", "file", "table", "shard", "replica",
           "cache entry", "user", "channel", "socket", "stream", "snapshot", "segment", "lease", "token",
           "config", "plugin", "peer", "volume", "queue", "partition", "handler")
_CAUSES = ("connection refused", "permission denied", "no such file or directory", "broken pipe", "EOF",
           "i/o timeout", "context deadline exceeded", "java.io.IOException: Connection reset by peer",
           "KeyError('id')", "operation timed out", "[Errno 111] Connection refused")
_LEVELS = ("INFO", "WARN", "ERROR", "DEBUG", "info", "warning", "error", "E", "W", "I")


def _value(rng: random.Random, kind: int) -> str:
    if kind == 0:
        return str(rng.randrange(100000))
    if kind == 1:
        return f"{rng.random() * 1000:.2f}"
    if kind == 2:
        return f"{rng.randrange(1, 900)}{rng.choice(('ms', 's', 'us', 'm'))}"
    if kind == 3:
        return ".".join(str(rng.randrange(256)) for _ in range(4))
    if kind == 4:
        return f"{_value(rng, 3)}:{rng.randrange(1, 65536)}"
    if kind == 5:
        parts = (rng.choice(_THINGS).replace(" ", "_") for _ in range(rng.randrange(1, 4)))
        return "/" + "/".join(parts) + ".db"
    if kind == 6:
        return "-".join(f"{rng.getrandbits(bits):0{bits // 4}x}" for bits in (32, 16, 16, 16, 48))
    if kind == 7:
        return f"0x{rng.getrandbits(32):08x}"
    if kind == 8:
        return f"'{rng.choice(_THINGS).replace(' ', '-')}-{rng.randrange(100)}'"
    if kind == 9:
        host = rng.choice(_THINGS).replace(" ", "")
        return f"https://{host}.example.com:{rng.randrange(8000, 9000)}/v1/{rng.randrange(999)}"
    if kind == 10:
        return f"{rng.choice(_THINGS).replace(' ', '_')}_{rng.randrange(1000)}"
    return f"{rng.randrange(1, 1024)}{rng.choice(('KB', 'MB', 'GB'))}"


def _form(rng: random.Random) -> str:
    """One call site's message, with ``{N}`` where a value of kind N goes."""
    verb, thing, other = rng.choice(_VERBS), rng.choice(_THINGS), rng.choice(_THINGS)
    slot, slot2 = f"{{{rng.randrange(12)}}}", f"{{{rng.randrange(12)}}}"
    forms = (f"{verb.capitalize()} {thing} {slot}",
             f"{verb} {thing} {slot}: {rng.choice(_CAUSES)}",
             f"{thing} {slot} {verb} in {{2}}",
             f"{verb} {thing} {other}={slot} {rng.choice(_THINGS).split()[0]}={slot2}",
             f"[{other.replace(' ', '-')}] {verb} {thing} {slot}",
             f"{thing.capitalize()} {slot} is {rng.choice(('ready', 'down', 'healthy', 'stale'))}",
             f"Error {verb} {thing} {slot} ({rng.choice(_CAUSES)})",
             f"{verb} {{0}} {thing}s from {{4}} after {{2}}",
             f"{other.replace(' ', '')}: {verb} {thing} {slot} for {slot2}",
             f"{verb.capitalize()} {thing} {slot} of {other} {slot2}, "
             f"{rng.choice(('retrying', 'giving up'))}")
    return rng.choice(forms)


def _head(rng: random.Random, style: int, program: str) -> str:
    time = (f"2026-0{rng.randrange(1, 10)}-1{rng.randrange(10)}T1{rng.randrange(10)}:"
            f"{rng.randrange(10, 60)}:{rng.randrange(10, 60)}.{rng.randrange(1000):03d}Z")
    level = _LEVELS[rng.randrange(len(_LEVELS)) if style % 2 else rng.randrange(4)]
    thread = f"{rng.choice(_THINGS).split()[0]}-{rng.randrange(9)}"
    logger = rng.choice(_THINGS).split()[0]
    host, pid = rng.randrange(9), rng.randrange(99999)
    source = f"{rng.choice(_THINGS).split()[0]}.go:{rng.randrange(999)}"
    return ("", f"{time} {level} ", f"{time} [{thread}] {level} {program}.{logger} - ",
            f"{time} host{host} {program}[{pid}]: ", f"{level}: ", f"[{time}] {level.lower()}: ",
            f"{time} {level} {program}/{source} ")[style % 7]


def training_lines(programs: int = 16, sites: int = 60, seed: int = 0) -> list[str]:
    """Made-up log lines of ``programs`` programs of ``sites`` call sites each, shuffled."""
    rng = random.Random(seed)
    lines = []
    for number in range(programs):
        program = f"{rng.choice(_THINGS).split()[0]}d{number}"
        for _ in range(sites):
            form = _form(rng)
            for _ in range(min(40, int(rng.lognormvariate(1.2, 1.1)) + 1)):
                message = form.format(*(_value(rng, kind) for kind in range(12)))
                if number % 8 == 7:  # (a structured record: its message quoted among keys)
                    time = _head(rng, 0, program) or "2026-01-01T00:00:00Z"
                    lines.append(f'time="{time}" level={rng.choice(_LEVELS[4:7])} '
                                 f'msg="{message}" id={rng.randrange(9999)}')
                else:
                    lines.append(_head(rng, number, program) + message)
    rng.shuffle(lines)
    return lines


# The training child: the lines read from a file, fed by add and by add_batch (the proxy's path).
_TRAINING = """
import sys
import otlp_sampler.patterns as patterns
assert patterns.COMPILED, "the instrumented miner did not load"
lines = open("lines.txt", encoding="utf-8").read().split("\\n")
miner = patterns.PatternMiner()
for line in lines:
    miner.add(line)
miner = patterns.PatternMiner()
for at in range(0, len(lines), 512):
    miner.add_batch(lines[at:at + 512])
"""


class AllOrNothingBuildExt(build_ext):
    """Builds the compiled miner, or none of it: on a compiler error it removes what it
    built and the package stays pure Python."""

    def run(self) -> None:
        try:
            if _trained_build_wanted(self.extensions):
                self._run_trained()
            else:
                super().run()
        except Exception as error:  # CompileError, LinkError, a missing executable
            print(f"otlp-sampler: the compiled miner did not build ({error}); pure Python it is",
                  file=sys.stderr)
            for extension in self.extensions:
                for path in (Path(self.get_ext_fullpath(extension.name)),
                             Path(self.get_ext_filename(extension.name))):
                    path.unlink(missing_ok=True)
            self.extensions = []


    def _run_trained(self) -> None:
        """The library built twice (GCC's profile-guided optimization): instrumented, then
        fed ``training_lines()`` in a child, then again with the branch counts that run left,
        so that the compiler lays out and inlines by what a line's path takes. Where the
        instrumented build or its run fails, the library is built once as without it."""
        plain = [(extension.extra_compile_args, extension.extra_link_args) for extension in self.extensions]
        chosen = self.compiler  # (a name or None: run() replaces it with the compiler object it makes)

        def flagged(compile_args: list[str], link_args: list[str]) -> None:
            for extension, (compile_base, link_base) in zip(self.extensions, plain):  # noqa: B905
                extension.extra_compile_args = [*(compile_base or []), *compile_args]
                extension.extra_link_args = [*(link_base or []), *link_args]

        with tempfile.TemporaryDirectory() as profiles:
            try:
                flagged(["-fprofile-generate", f"-fprofile-dir={profiles}"], ["-fprofile-generate"])
                super().run()
                self.compiler = chosen
                self._train()
                flagged(["-fprofile-use", f"-fprofile-dir={profiles}", "-fprofile-partial-training",
                         "-Wno-missing-profile"], [])
                self.force = True  # (the second build's objects are newer than their sources already)
                super().run()
                return
            except Exception as error:  # (no libgcov, a compiler without the flags, a failed run)
                print(f"otlp-sampler: the profile-guided build did not work ({error}); built without it",
                      file=sys.stderr)
        flagged([], [])
        self.force = True
        self.compiler = chosen
        super().run()

    def _train(self) -> None:
        """The instrumented miner fed ``training_lines()`` in a child (its counts are written
        when it exits), from a copy of the package's sources with the built libraries beside
        them: a build's output folder need not hold the sources (an editable install's)."""
        with tempfile.TemporaryDirectory() as folder:
            package = Path(folder, "otlp_sampler")
            shutil.copytree(Path(__file__).resolve().parent / "otlp_sampler", package,
                            ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
            for extension in self.extensions:
                built = Path(self.get_ext_fullpath(extension.name))
                shutil.copy(built, Path(folder, *extension.name.split(".")[:-1], built.name))
            Path(folder, "lines.txt").write_text("\n".join(training_lines()), encoding="utf-8")
            env = {name: value for name, value in os.environ.items() if name != "OTLP_SAMPLER_PURE_MINER"}
            env["PYTHONPATH"] = folder
            subprocess.run([sys.executable, "-c", _TRAINING], cwd=folder, env=env, check=True, timeout=900)


# The commands that only write the package's metadata (PEP 517's requirements and metadata
# passes run setup.py with these before the build): extensions play no part in them, so
# mypyc's type check and C generation are left to the build itself, run once, not thrice.
METADATA_ONLY = {"egg_info", "dist_info"}


def _extensions() -> tuple[list, list[str]]:
    """The extensions to build and the build requirements they need."""
    if not _wanted():
        return [], []
    command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), None)
    if command in METADATA_ONLY:
        return [], [MYPY]
    try:
        from mypyc.build import mypycify
    except ImportError:  # PEP 517's first pass, before the build requirements are installed
        return [], [MYPY]
    if not _compiler_works():
        print("otlp-sampler: no working C compiler with Python headers; pure Python it is", file=sys.stderr)
        return [], [MYPY]
    paths = [f"otlp_sampler/patterns/{name}.py" for name in COMPILED]
    try:
        extensions = mypycify(paths, opt_level="3", group_name=GROUP)
    except (Exception, SystemExit) as error:  # mypy's type errors end in SystemExit
        print(f"otlp-sampler: mypyc refused the miner ({error}); pure Python it is", file=sys.stderr)
        return [], [MYPY]
    return bind_local_calls(extensions), [MYPY]


def bind_local_calls(extensions: list, platform: str = sys.platform) -> list:
    """The extensions, linked (on Linux) with their calls to their own functions bound in the
    library (``-Wl,-Bsymbolic-functions``), and compiled with their calls to libpython's and
    libc's functions made through the GOT, not a PLT stub (``-fno-plt``)."""
    if platform.startswith("linux"):  # (GNU ld and lld; macOS' linker has no such option)
        for extension in extensions:
            # A call to another library's function (libpython's PyDict_GetItemWithError, libc's
            # memcmp) went to a PLT stub, ``jmp *GOT``, then the function: compiled -fno-plt it
            # is ``call *GOT`` (one instruction less, and one indirect jump less, a call; the
            # GOT's entries bound when the library loads, not at each function's first call)
            # (docs/patterns.md § Speed, round 38, speed38).
            extension.extra_compile_args = [*(extension.extra_compile_args or []), "-fno-plt"]
            # A shared library's global functions may be interposed by default, so each call
            # from one of the miner's functions to another, or to mypyc's runtime in the same
            # library, went through a PLT stub (an indirect jump through the GOT): 556 of its
            # 797 PLT slots. Bound at link time they are direct calls; the code is the same and
            # nothing loads another definition of them (docs/patterns.md § Speed, round 26, ipc).
            extension.extra_link_args = [*(extension.extra_link_args or []), "-Wl,-Bsymbolic-functions"]
    return extensions


if __name__ == "__main__":  # (as setuptools' build backend runs it; a test imports it)
    extensions, requirements = _extensions()
    setup(ext_modules=extensions, setup_requires=requirements, cmdclass={"build_ext": AllOrNothingBuildExt})
