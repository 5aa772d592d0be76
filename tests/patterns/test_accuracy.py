"""Grouping accuracy on the labelled Loghub dev sample, when it is present beside the repo.

The figures of record come from ``python ../shared/tools/loghub_ga.py --drain3`` (see
docs/patterns.md); this guards against regressions with one default configuration.
"""

from __future__ import annotations

import collections
import pathlib

import pytest

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.layouts import labelled_files, labelled_rows

DATA = pathlib.Path(__file__).resolve().parents[3] / "shared" / "data" / "loghub-dev"
FILES = labelled_files(DATA)


def grouping_accuracy(truth: list[str], predicted: list[str]) -> float:
    """Loghub's GA: the share of lines whose true group got one id that no other line got."""
    members: dict[str, list[int]] = collections.defaultdict(list)
    for index, pid in enumerate(predicted):
        members[pid].append(index)
    sizes = collections.Counter(truth)
    correct = 0
    for group in members.values():
        labels = {truth[i] for i in group}
        if len(labels) == 1 and sizes[truth[group[0]]] == len(group):
            correct += len(group)
    return correct / len(truth)


def test_grouping_accuracy_function():
    assert grouping_accuracy(["a", "a", "b"], ["x", "x", "y"]) == 1.0
    assert grouping_accuracy(["a", "a", "b"], ["x", "x", "x"]) == 0.0
    assert grouping_accuracy(["a", "a", "b"], ["x", "y", "z"]) == pytest.approx(1 / 3)


@pytest.mark.skipif(not FILES, reason=f"no Loghub dev sample under {DATA}")
def test_dev_sample_accuracy_with_the_default_configuration():
    scores = {}
    for path in FILES:
        rows = labelled_rows(path)
        miner = PatternMiner()
        predicted = [miner.add(row["Content"]) for row in rows]
        scores[path.name.split("_")[0]] = grouping_accuracy([row["EventTemplate"] for row in rows], predicted)
    assert sum(scores.values()) / len(scores) >= 0.97, scores
    assert min(scores.values()) >= 0.9, scores
