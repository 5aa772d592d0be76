"""oracle_ceiling.py corrects exactly the class of decision it is given, and with none counts
what the miner answered (its reading of records changes nothing)."""

from __future__ import annotations

import csv
import pathlib
import random

from otlp_sampler.patterns import PatternMiner
from tests.patterns.corpus.oracle_ceiling import answered_ids, file_scores

# (record, call site): one call site of each class of wrong decision, each two records
ROWS = (
    ("Stored orders in 3 ms", "stored"),  # a: a word nothing introduces as a value splits
    ("Stored premium in 4 ms", "stored"),  # the call site at one length
    ("Job finished", "job"),  # b: an optional part splits it at another length
    ("Job finished after retry", "job"),
    ("Invalid user alice from 10.0.0.1", "invalid user"),  # c: two call sites, one generalized
    ("Invalid user bob from 10.0.0.2", "invalid password"),  # pattern (`user` names a value)
    ("Cache warmed", "cache start"),  # d: two call sites print the same text
    ("Cache warmed", "cache reload"),
)


def _write(path: pathlib.Path) -> pathlib.Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["LineId", "Content", "EventTemplate"])
        writer.writerows((number, record, label) for number, (record, label) in enumerate(ROWS))
    return path


def test_each_oracle_rights_its_own_class_of_decision_only(tmp_path, ran_in_python):
    if ran_in_python:  # (the tool watches the miner's head reader: Python sources only)
        return
    scores = file_scores(_write(tmp_path / "x_2k.log_structured.csv"))
    two = 2 / len(ROWS)  # the lines of one class's call sites
    assert scores["none"] == 0.0
    assert scores["a"] == scores["a:k<=1"] == two and scores["a:k>=2"] == 0.0
    assert scores["b"] == two
    assert scores["a+b"] == scores["ab@2"] == 2 * two
    assert scores["c"] == scores["d"] == two
    assert scores["c+d"] == scores["cd@1"] == 2 * two
    assert scores["all"] == 1.0


def test_without_an_oracle_the_ids_are_the_miners_as_it_answers_alone(ran_in_python):
    if ran_in_python:
        return
    # records under a head of a varying request id: the head's reader learns from what it
    # reads and settles after a number of reads, so the tool must take the miner's reading,
    # never read a record again (a second read moved frp's ids in the development set)
    draw = random.Random(3)
    events = ("dial to uds {} error: {}", "[{}] tcp proxy listen port [{}] in group [{}]",
              "control message dispatcher exited", "receive heartbeat from server")
    words = ("alpha", "orders", "db1", "billing-api", "EOF", "not found")
    rows = []
    for _ in range(1500):
        event = draw.randrange(len(events))
        record = events[event].format(*(draw.choice(words) for _ in range(3)))
        length = draw.choice((8, 16, 26))
        request = "".join(draw.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(length))
        rows.append({"Content": f"[{request}] {record}" if draw.random() < 0.8 else record,
                     "EventTemplate": str(event)})
    alone = PatternMiner()
    assert answered_ids(rows)["none"] == [alone.add(row["Content"]) for row in rows]
