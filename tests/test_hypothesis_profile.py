"""Property tests draw the same inputs on every run (tests/conftest.py), so CI is repeatable."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

DRAWN: list[list[int]] = []


@pytest.mark.skipif(os.environ.get("HYPOTHESIS_PROFILE", "derandomized") != "derandomized",
                    reason="another Hypothesis profile was chosen")
def test_the_suite_runs_hypothesis_derandomized_without_a_database():
    assert settings.default.derandomize is True and settings.default.database is None

    @settings(max_examples=20)
    @given(st.lists(st.integers()))
    def draw(values: list[int]) -> None:
        DRAWN[-1].append(hash(tuple(values)))

    for _ in range(2):
        DRAWN.append([])
        draw()
    assert DRAWN[0] == DRAWN[1]  # two runs, the same inputs
