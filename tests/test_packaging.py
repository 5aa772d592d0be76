"""The wheel ships every file the package needs: each non-Python file under otlp_sampler/ is
named by pyproject.toml's package-data (a vendored asset left out would be missing after
`pip install`, while a checkout works). `pip wheel . --no-deps` and its listing check the same."""

from __future__ import annotations

import fnmatch
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "otlp_sampler"


def test_every_data_file_of_the_package_is_in_package_data():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    patterns = globs["otlp_sampler"]
    # (compiled modules are built, not shipped as data: setup.py, OTLP_SAMPLER_COMPILE=1)
    data = [path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*")
            if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
            and not path.name.endswith(tuple(EXTENSION_SUFFIXES))]
    assert any(name.startswith("admin/swagger_ui/") for name in data)
    missing = [name for name in data if not any(fnmatch.fnmatch(name, pattern) for pattern in patterns)]
    assert missing == []
