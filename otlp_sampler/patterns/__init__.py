"""Pattern mining: message -> template -> stable pattern id (see docs/patterns.md)."""

import os
import sys
from importlib.util import spec_from_file_location
from pathlib import Path


class _Sources:
    """Finds this package's modules as their ``.py`` sources, before any compiled copy
    beside them (an install built with OTLP_SAMPLER_COMPILE=1, setup.py)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        package, _, module = name.rpartition(".")
        source = Path(__file__).with_name(f"{module}.py")
        return spec_from_file_location(name, source) if package == __name__ and source.is_file() else None


# OTLP_SAMPLER_PURE_MINER=1 runs the Python sources of a compiled install (the results are
# the same; tests/patterns/test_compiled.py compares the two ways).
if os.environ.get("OTLP_SAMPLER_PURE_MINER", "").strip() not in ("", "0"):
    sys.meta_path.insert(0, _Sources())

from otlp_sampler.patterns import miner as _miner  # noqa: E402
from otlp_sampler.patterns.catalog import PatternCatalog  # noqa: E402
from otlp_sampler.patterns.ids import pattern_id  # noqa: E402
from otlp_sampler.patterns.masking import WILDCARD  # noqa: E402
from otlp_sampler.patterns.miner import PatternInfo, PatternMiner  # noqa: E402

# Whether the miner runs compiled (its modules are C extensions built by mypyc) or as Python.
COMPILED = not _miner.__file__.endswith(".py")

__all__ = ["COMPILED", "WILDCARD", "PatternCatalog", "PatternInfo", "PatternMiner", "pattern_id"]
