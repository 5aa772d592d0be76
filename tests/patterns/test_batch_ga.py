"""batch_ga.py feeds a miner in consecutive batches through ``add_batch`` when it has one,
and through ``add`` per line when it has none (then every batch size gives loghub_ga's ids)."""

from __future__ import annotations

import csv
import pathlib

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.batch_ga import batch_ids, file_ga

LINES = [f"Stored item {n} in {n % 7} ms" if n % 3 else f"Job {n} finished" for n in range(11)]


class _Batching:
    """A miner with ``add_batch``: records the batches it is given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def add_batch(self, messages: list[str]) -> list[str]:
        self.batches.append(messages)
        return [f"id-{len(self.batches)}-{i}" for i in range(len(messages))]


def test_consecutive_batches_in_order() -> None:
    miner = _Batching()
    ids = batch_ids(miner, LINES, 4)  # type: ignore[arg-type]
    assert miner.batches == [LINES[0:4], LINES[4:8], LINES[8:11]]
    assert len(ids) == len(LINES)
    assert ids[4] == "id-2-0"


class _OneByOne:
    """A miner with ``add`` alone (as main's ``PatternMiner``, whatever a checkout adds)."""

    def __init__(self) -> None:
        self.miner = PatternMiner()

    def add(self, message: str) -> str:
        return self.miner.add(message)


def test_a_miner_without_add_batch_gets_add_per_line() -> None:
    one_by_one = PatternMiner()
    expected = [one_by_one.add(line) for line in LINES]
    assert batch_ids(_OneByOne(), LINES, 4) == expected  # type: ignore[arg-type]


def test_batch_one_scores_the_one_line_contract(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "Demo_2k.log_structured.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["LineId", "Content", "EventTemplate"])
        writer.writerows((n, line, "job" if line.startswith("Job") else "stored")
                         for n, line in enumerate(LINES))
    assert file_ga(path, 1) == 1.0


def test_grouping_errors_lists_the_errors_of_the_batches_it_is_told(tmp_path: pathlib.Path) -> None:
    # one call site whose word varies: one at a time three patterns (a split), as a batch one
    from tests.patterns.grouping_errors import report

    path = tmp_path / "Stops_2k.log_structured.csv"
    lines = ["Stopping alpha", "Stopping beta", "Stopping gamma"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["LineId", "Content", "EventTemplate"])
        writer.writerows((n, line, "Stopping <*>") for n, line in enumerate(lines))
    assert report(path, limit=5, examples=1) == (3, 3)  # add: the label split
    assert report(path, limit=5, examples=1, batch=3) == (0, 3)  # add_batch: grouped right
    assert 1 - report(path, 5, 1, batch=3)[0] / 3 == file_ga(path, 3)


def test_the_development_mean_never_reads_a_held_out_set() -> None:
    # development_mean.py judges accuracy changes: a round whose programs are held out (the
    # one scored once at its end) is none of its sets, and the validation set is printed apart
    from tests.patterns.corpus.development_mean import set_roles
    from tests.patterns.corpus.sources import PROGRAMS

    names, validation = set_roles()
    held = {f"r{p.rules}" for p in PROGRAMS if p.held_out}  # none between a round's roles and its pin
    assert not held & set(names)
    assert names[0] == "dev" and validation == names[-1]
    assert validation == f"r{max(int(n[1:]) for n in names[1:])}"


def test_add_vs_batch_classes_where_add_loses() -> None:
    """add_vs_batch.py --losses: a call site whose records came one at a time before its
    word's place showed it varies is split at that place; the batch read them together."""
    from tests.patterns.add_vs_batch import losses, split_class

    assert split_class(["a", "b", "c"], ["a", "x", "c"]) == "split, head"
    assert split_class(["a", "b", "c"], ["x", "b", "c"]) == "split, first word"
    assert split_class(["a", "b", "c"], ["a", "b", "x"]) == "split, last word"
    assert split_class(["a", "b", "c"], ["a", "b"]) == "split, another length"
    assert split_class(["a", "b", "c"], ["x", "b", "y"]) == "split, several places"
    messages = [f"Reloading protocol {name} now" for name in ("shipping", "billing", "ledger", "media")]
    labels = ["Reloading protocol <*> now"] * len(messages)
    found = losses(messages, labels, 512)
    alone = PatternMiner()
    together = PatternMiner().add_batch(messages)
    one_by_one = [alone.add(message) for message in messages]
    assert len(set(together)) == 1  # (the batch: one variable's values)
    # (one at a time, the first records came before the name's place was seen to vary: the
    # label split there, and the tool counts it whole)
    assert len(set(one_by_one)) > 1
    assert found["split, head", "labels"] == 1 and found["split, head", "lines"] == len(messages)
