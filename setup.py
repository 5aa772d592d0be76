"""The build's one step that pyproject.toml cannot say: the opt-in compiled pattern miner.

    OTLP_SAMPLER_COMPILE=1 pip install .        (or pip wheel ., pip install -e .)

compiles the miner's hot modules with mypyc (the same sources, as C extensions beside
them: docs/patterns.md § Speed, "Compiled with mypyc"). Without the variable (the
default), or where no C compiler and Python headers work, the package is pure Python and
mines alike: ids and templates do not depend on how it was built
(tests/patterns/test_compiled.py). The compiler is asked before mypyc runs, sources that
mypyc refuses (a type error) are built pure, and a build that fails half-way leaves none of
its extensions, so an install never holds some modules compiled against others it lacks.
"""

from __future__ import annotations

import os
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


class AllOrNothingBuildExt(build_ext):
    """Builds the compiled miner, or none of it: on a compiler error it removes what it
    built and the package stays pure Python."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # CompileError, LinkError, a missing executable
            print(f"otlp-sampler: the compiled miner did not build ({error}); pure Python it is",
                  file=sys.stderr)
            for extension in self.extensions:
                for path in (Path(self.get_ext_fullpath(extension.name)),
                             Path(self.get_ext_filename(extension.name))):
                    path.unlink(missing_ok=True)
            self.extensions = []


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
    library: ``-Wl,-Bsymbolic-functions``."""
    if platform.startswith("linux"):  # (GNU ld and lld; macOS' linker has no such option)
        for extension in extensions:
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
