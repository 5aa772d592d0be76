"""Grouping accuracy on the labelled Loghub dev sample, when it is present beside the repo.

The figures of record come from ``python ../shared/tools/loghub_ga.py --drain3`` (see
docs/patterns.md); this guards against regressions with one default configuration.
"""

from __future__ import annotations

import pytest

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.layouts import LOGHUB_SAMPLE, grouping_accuracy, labelled_files, labelled_rows

DATA = LOGHUB_SAMPLE
FILES = labelled_files(DATA)


def test_grouping_accuracy_function():
    # (ids, labels): Loghub's GA, the share of lines whose label got one id no other label got
    assert grouping_accuracy(["x", "x", "y"], ["a", "a", "b"]) == 1.0
    assert grouping_accuracy(["x", "x", "x"], ["a", "a", "b"]) == 0.0
    assert grouping_accuracy(["x", "y", "z"], ["a", "a", "b"]) == pytest.approx(1 / 3)


@pytest.mark.skipif(not FILES, reason=f"no Loghub dev sample under {DATA}")
def test_dev_sample_accuracy_with_the_default_configuration():
    scores = {}
    for path in FILES:
        rows = labelled_rows(path)
        miner = PatternMiner()
        predicted = [miner.add(row["Content"]) for row in rows]
        scores[path.name.split("_")[0]] = grouping_accuracy(predicted, [row["EventTemplate"] for row in rows])
    assert sum(scores.values()) / len(scores) >= 0.97, scores
    assert min(scores.values()) >= 0.9, scores
