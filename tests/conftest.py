"""Suite-wide settings: Hypothesis draws the same inputs on every run, in CI and locally;
the dashboard test's Prometheus starts with the session; collection's objects are frozen.

The "derandomized" profile (loaded unless HYPOTHESIS_PROFILE names another) fixes the
seed and keeps no example database, so CI's inputs never change from run to run and a
failure seen once is seen again. To look for new failures, run with random inputs:
``HYPOTHESIS_PROFILE=explore python -m pytest tests/patterns tests/otlp``.
"""

from __future__ import annotations

import gc
import inspect
import os

import pytest
from hypothesis import settings

from tests.peers import prometheus as prometheus_peer

settings.register_profile("derandomized", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))


@pytest.fixture(scope="session", autouse=True)
def early_prometheus(request, tmp_path_factory):
    """A Prometheus started with the session for a test that names this fixture among its
    arguments (test_dashboard.py), so that its 5 s discovery tick passes while other tests
    run (tests/peers/prometheus.py); None when no selected test does, or none is installed."""
    wanted = any("early_prometheus" in inspect.signature(item.function).parameters
                 for item in request.session.items if hasattr(item, "function"))
    if not wanted or not prometheus_peer.installed():
        yield None
        return
    prometheus = prometheus_peer.EarlyPrometheus(tmp_path_factory.mktemp("prometheus"))
    yield prometheus
    prometheus.stop()


def pytest_collection_finish(session):
    """What collection built (the modules, their data, Hypothesis's strategies) lives until the
    end: moved out of the garbage collector's reach, each full collection during the run walks
    only what the tests make (gen-2 pauses on tests/patterns, sample and otlp: 3.4 s -> 1.0 s)."""
    gc.freeze()
