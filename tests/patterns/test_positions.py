"""positions.HeadPositions: which head fields of a stream vary independently of the message.

Synthetic streams of one service: a head of fields before the message, each call site's
message repeated with the head's values drawn at random. A thread or task field varies
while the message does not (a value); a location or a logger name is the same every time
its message comes (the call site's).
"""

from __future__ import annotations

import json
import os
import pathlib
import random
import re
import subprocess
import sys

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.positions import FIELDS, MAX_RESTS, SETTLE_AFTER, HeadPositions

ROOT = pathlib.Path(__file__).resolve().parents[2]

# Plain lower-case words: nothing in their shape says they vary.
_TASKS = ["public", "legacy", "internal", "nightly", "archive", "shared", "premium", "staging"]
_MESSAGES = [
    "trying to fetch search results from cache",
    "series begin set to next episode",
    "no matches found for the configured regex",
    "skipping entry because it was already seen",
    "rejecting entry because of quality",
    "accepted entry after manual review",
    "connection pool exhausted waiting for slot",
    "refreshing the list of watched titles",
    "session expired and was renewed",
    "remote answered with an empty page",
]


def _stream(head, records: int = 300, seed: int = 7) -> list[str]:
    """``records`` lines, each a random call site's message after ``head(site, rng)``."""
    rng = random.Random(seed)
    lines = []
    for _ in range(records):
        site = rng.randrange(len(_MESSAGES))
        lines.append(f"{head(site, rng)} {_MESSAGES[site]}")
    return lines


def _task_head(site: int, rng: random.Random) -> str:
    """A level and a plugin (the call site's), then a task (a value): ``DEBUG api_tvdb public``."""
    return f"{'DEBUG' if site % 2 else 'INFO'} plugin_{chr(97 + site)} {rng.choice(_TASKS)}"


def _thread_head(site: int, rng: random.Random) -> str:
    return f"[{rng.choice(_TASKS)}] INFO"


def _location_head(site: int, rng: random.Random) -> str:
    """A location: constant per call site, though it differs from one call site to the next."""
    return f"[lua] handler_{chr(97 + site)}.lua:{10 + 7 * site}:"


def _logger_head(site: int, rng: random.Random) -> str:
    return f"INFO com.example.service.Component{chr(65 + site)} -"


def _learned(lines: list[str]) -> HeadPositions:
    miner = PatternMiner()
    for line in lines:
        miner.add(line)
    return miner._head


def test_a_task_that_varies_while_the_message_does_not_is_free() -> None:
    assert _learned(_stream(_task_head)).free == (2,)
    assert _learned(_stream(_thread_head)).free == (0,)


def test_a_location_or_a_logger_name_is_the_call_sites() -> None:
    assert _learned(_stream(_location_head)).free == ()
    assert _learned(_stream(_logger_head)).free == ()


def test_a_headless_stream_has_no_free_field() -> None:
    # the words of a message that vary in a few events (`Executing uploads` / `… blue`) are
    # not a field that varies in every event
    lines = _stream(lambda site, rng: "worker", seed=3)
    lines += [f"Executing {task}" for task in _TASKS]
    assert _learned(lines).free == ()


def test_once_learned_a_free_field_no_longer_splits_a_call_site() -> None:
    miner = PatternMiner()
    for line in _stream(_task_head):
        miner.add(line)
    new = "remote certificate will expire in a few days"
    ids = {miner.add(f"WARNING plugin_z {task} {new}") for task in _TASKS}
    assert len(ids) == 1
    # the call site's own fields still part events
    assert miner.add(f"WARNING plugin_y public {new}") not in ids


def test_a_word_never_seen_varying_at_a_free_index_stays_a_word() -> None:
    # an empty task field moves the message's first word to the task's index
    miner = PatternMiner()
    for line in _stream(_task_head):
        miner.add(line)
    assert miner._head.read("DEBUG manager Removed <*>") == "DEBUG manager Removed <*>"
    assert miner._head.read("DEBUG manager public refreshed") == "DEBUG manager <*> refreshed"


def _ids_in_a_process(hash_seed: str) -> list[str]:
    """The ids a fresh process gives the task stream, its string hashes seeded with ``hash_seed``:
    the learner keeps sets and dicts of strings, whose order such a seed changes."""
    script = ("import json; from otlp_sampler.patterns import PatternMiner; "
              "from tests.patterns.test_positions import _stream, _task_head; "
              "miner = PatternMiner(service='s'); "
              "print(json.dumps([miner.add(line) for line in _stream(_task_head, records=400, seed=11)]))")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONHASHSEED": hash_seed}, timeout=120)
    return json.loads(done.stdout)


def test_ids_are_the_same_for_the_same_stream_order_in_every_process() -> None:
    lines = _stream(_task_head, records=400, seed=11)
    miner = PatternMiner(service="s")
    here = [miner.add(line) for line in lines]
    assert len(set(here)) < len(here)  # (the stream's records group: ids to compare)
    assert _ids_in_a_process("1") == here == _ids_in_a_process("2")


def test_memory_is_bounded_by_the_rests_kept_per_index() -> None:
    head = HeadPositions()
    rng = random.Random(5)
    for n in range(3 * MAX_RESTS):
        head.read(f"INFO {rng.choice(_TASKS)} unique{n}x message number{n}y here")
    assert all(len(rests) <= MAX_RESTS for rests in head._first)
    assert all(len(values) <= MAX_RESTS for values in head._values)
    assert len(head._first) == FIELDS


def test_learning_stops_where_nothing_varied_and_goes_on_where_something_did() -> None:
    rng = random.Random(9)
    headless, headed = HeadPositions(), HeadPositions()
    for n in range(SETTLE_AFTER + 10):
        message = f"{_MESSAGES[n % len(_MESSAGES)]} item{n}x"  # every text new
        headless.read(message)
        headed.read(f"INFO plugin_a {rng.choice(_TASKS)} {_MESSAGES[n % len(_MESSAGES)]}")
    assert headless._learning == () and headless.free == ()
    assert all(not rests for rests in headless._first)
    assert headed._learning == headed.free == (2,)


def test_a_thread_is_free_in_a_stream_whose_events_rarely_recur() -> None:
    # a small stream of many call sites (round 7's Riemann: `LEVEL thread - logger - message`):
    # few events come back, and the few that do, each with another thread, show the field
    # varying; waiting for many would leave the early call sites split by their threads
    miner = PatternMiner()
    words = ["alpha", "bravo", "delta", "echo", "golf", "hotel", "india", "kilo", "lima", "mike"]
    for n, word in enumerate(words):
        miner.add(f"INFO {_TASKS[n % len(_TASKS)]} - app.{word} - opened the {word} store")
    for n, word in enumerate(words[:3]):
        miner.add(f"INFO {_TASKS[(n + 3) % len(_TASKS)]} - app.{word} - opened the {word} store")
    assert miner._head.free == (1,)
    ids = {miner.add(f"WARN {task} - app.oscar - closed the oscar store") for task in _TASKS}
    assert len(ids) == 1


def test_a_name_first_seen_at_a_free_first_field_is_read_as_a_value() -> None:
    # no earlier field can be empty and move a message's word to the first index: a thread
    # never seen before there is a thread (round 7's Dubbo: ``<thread> LEVEL logger: …``),
    # and its record finds its call site's template rather than leading one of its own
    miner = PatternMiner()
    for line in _stream(lambda site, rng: f"{rng.choice(_TASKS)} INFO"):
        miner.add(line)
    assert miner._head.free == (0,)
    assert miner._head.read("brand_new_thread INFO session expired") == "<*> INFO session expired"
    message = "WARN app.Store: disk almost full on the data volume, volume: <*>"
    ids = {miner.add(f"{thread} {message}") for thread in ["public", "never", "seen", "before", "here"]}
    assert len(ids) == 1


def test_a_name_first_seen_after_a_level_alone_at_a_free_index_is_read_as_a_value() -> None:
    # a level is in every record: the field after it cannot take a message's word for an
    # empty one before it (round 7's Kyuubi: ``LEVEL <thread> org.apache.x.Class: …``)
    miner = PatternMiner()
    for line in _stream(lambda site, rng: f"{'WARN' if site % 2 else 'INFO'} {rng.choice(_TASKS)}"):
        miner.add(line)
    assert miner._head.free == (1,)
    assert miner._head.read("INFO brand_new_thread session expired") == "INFO <*> session expired"
    ids = {miner.add(f"ERROR {thread} org.example.Store: disk full on the data volume {n}")
           for n, thread in enumerate(["public", "never", "seen", "before", "here"])}
    assert len(ids) == 1
    # (after a field other than a level, which may be missing, only a value seen varying:
    # test_a_word_never_seen_varying_at_a_free_index_stays_a_word)


def _glued_head(site: int, rng: random.Random) -> str:
    """A level, a logger and a thread glued by colons (Jetty's StdErrLog, its level padded
    for one of them: ``DEBUG:oejs.Server:main:``, ``WARN :oejs.Server:main:``)."""
    level = "WARN " if site % 3 == 0 else "DEBUG"
    return f"{level}:app.Component{chr(65 + site)}:{rng.choice(_TASKS)}:"


def test_fields_glued_by_colons_are_fields_of_the_head() -> None:
    miner = PatternMiner()
    for line in _stream(_glued_head):
        miner.add(line)
    assert miner._head.free == (2,)
    # a thread first seen now is glued to the head's other fields: a value there too
    assert (miner._head.read("DEBUG:app.ComponentB:brand_new_thread: session expired")
            == "DEBUG:app.ComponentB:<*>: session expired")
    assert (miner._head.read("WARN :app.ComponentA:public: session  expired")
            == "WARN :app.ComponentA:<*>: session  expired")  # (the rest's spacing kept)
    ids = {miner.add(f"DEBUG:app.ComponentZ:{thread}: Removing binding with key={n}")
           for n, thread in enumerate(["never", "seen", "before", "here", "public"])}
    assert len(ids) == 1
    # the logger glued there is the call site's: two loggers, two ids
    assert miner.add("DEBUG:app.ComponentY:public: Removing binding with key=3") not in ids


def test_records_before_the_thread_turned_free_keep_their_id_after() -> None:
    # a call site first seen before the thread's index is known to vary (its thread then a
    # word of its template) keeps that first id for its records read with the thread as
    # <*> once it is (miner._read_earlier_again): here its thread and its one value both
    # differ from the first record's, too much for the two to match otherwise
    miner = PatternMiner()
    early = miner.add("DEBUG:app.ComponentZ:basic: Released internal")
    head = _stream(_glued_head)
    for line in head:
        miner.add(line)
    assert miner._head.free == (2,)
    later = {miner.add(f"DEBUG:app.ComponentZ:{thread}: Released {task}")
             for thread, task in [("public", "scheduler-36"), ("never", "canary"), ("seen", "media")]}
    assert later == {early}
    assert "app.ComponentZ:<*>: Released" in (miner.template(early) or "")
    # the other call sites of the stream are not taken by it
    assert miner.add(head[-1]) != early



_SOURCES = ["users-worker", "PaymentsStore", "notifications.internal", "media_api", "ledger-7",
            "search-cache", "auth_checkout", "reports.db"]


def _modules_and_sources(records: int = 400, seed: int = 7) -> list[str]:
    """``[name:level] message``: half the call sites name their module (the call site's, the
    same every time), the others the source instance that logs (a value), as liquidsoap's
    ``[syslog:3]`` and ``[users-worker:2]`` do; every message ends with a value."""
    rng = random.Random(seed)
    lines = []
    for _ in range(records):
        site = rng.randrange(len(_MESSAGES))
        name = f"module_{chr(97 + site)}" if site % 2 else rng.choice(_SOURCES)
        lines.append(f"[{name}:{site % 4 + 1}] {_MESSAGES[site]} after {rng.randrange(1000)} ms")
    return lines


def test_a_bracketed_head_field_that_mixes_modules_and_instances_is_free() -> None:
    # the modules' call sites recur alike (their rests come back with the same tag) as often
    # as the instances' vary: the share of varied rests stays far from FREE_SHARE, but a
    # name and a value in brackets are the head's, not a message's word that varies for few
    # events
    lines = _modules_and_sources()
    miner = PatternMiner()
    for line in lines:
        miner.add(line)
    assert miner._head.free == (0,)
    assert miner._head.read("[never_seen_source:<*>] session expired") == "[<*>] session expired"
    ids = {miner.add(f"[{source}:2] could not open log file: no route to host") for source in _SOURCES}
    assert len(ids) == 1
    # the modules' call sites keep one id each, whatever their values
    assert len({miner.add(f"[module_b:2] {_MESSAGES[1]} after {n} ms") for n in range(5)}) == 1
    # the same mix unbracketed (``module_a 3 message``) is not enough: a message's first word
    # varying for some of its events is no head field
    plain = [line.replace("[", "").replace("]", "").replace(":", " ", 1) for line in lines]
    assert _learned(plain).free == ()
    # nor a tag alone in brackets (``[module_a] message``): an event's id there is the call
    # site's, though two call sites may share their message
    tags = [re.sub(r":\d\]", "]", line, count=1) for line in lines]
    assert _learned(tags).free == ()


def test_a_name_glued_to_an_instance_name_in_brackets_is_a_head_field() -> None:
    # ``[kind:instance]`` (Firecracker's ``[anonymous-instance:<id>]``): the instance's name
    # varies, glued to the kind by a colon, in the head's brackets
    miner = PatternMiner()
    for line in _stream(lambda site, rng: f"[vm-instance:{rng.choice(_TASKS)}]", records=300):
        miner.add(line)
    assert miner._head.free == (0,)
    ids = {miner.add(f"[vm-instance:{name}] could not read the cache level {n}")
           for n, name in enumerate(["never", "seen", "before", "public", "pool-7"])}
    assert len(ids) == 1
