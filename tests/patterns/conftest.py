"""Fixtures of the miner's tests: running a test again on the miner's Python sources where
the installed miner is compiled (setup.py, OTLP_SAMPLER_COMPILE=1)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from otlp_sampler.patterns import COMPILED


@pytest.fixture(scope="module")
def python_run(request) -> tuple[set[str], str]:
    """Every test of this module that asks for ``ran_in_python``, run together once in a fresh
    process with OTLP_SAMPLER_PURE_MINER=1 (one start-up, not one each): the node ids that
    passed there, and its output."""
    wanted = [item.nodeid for item in request.session.items
              if item.module is request.module and "ran_in_python" in item.fixturenames]
    env = {**os.environ, "OTLP_SAMPLER_PURE_MINER": "1"}
    command = [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", *wanted]
    done = subprocess.run(command, cwd=request.config.rootpath, env=env, capture_output=True, text=True,
                          timeout=600)
    return set(re.findall(r"^PASSED (\S+)", done.stdout, re.M)), done.stdout


@pytest.fixture
def ran_in_python(request) -> bool:
    """Whether this test was run on the miner's Python sources in another process, and passed.

    A test that swaps a function of a module sees the swap only in Python: compiled code
    (setup.py, OTLP_SAMPLER_COMPILE=1) calls compiled functions directly, past the module's
    attribute. So where the miner runs compiled, the test runs again in a fresh process with
    OTLP_SAMPLER_PURE_MINER=1 (:func:`python_run`), and the caller returns."""
    if not COMPILED:
        return False
    passed, output = request.getfixturevalue("python_run")
    assert request.node.nodeid in passed, output[-3000:]
    return True
