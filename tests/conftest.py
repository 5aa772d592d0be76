"""Suite-wide settings: Hypothesis draws the same inputs on every run, in CI and locally.

The "derandomized" profile (loaded unless HYPOTHESIS_PROFILE names another) fixes the
seed and keeps no example database, so CI's inputs never change from run to run and a
failure seen once is seen again. To look for new failures, run with random inputs:
``HYPOTHESIS_PROFILE=explore python -m pytest tests/patterns tests/otlp``.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("derandomized", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))
