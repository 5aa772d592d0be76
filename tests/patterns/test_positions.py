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
import subprocess
import sys

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.positions import (
    FIELDS,
    JUDGED_AT_MOST,
    MAX_RESTS,
    MESSAGE_VALUES,
    PARTLY_AFTER,
    SETTLE_AFTER,
    HeadPositions,
)

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


def test_two_code_locations_that_open_one_message_are_two_call_sites() -> None:
    # Two call sites of one file (or of two files) may print the same message; the code
    # location that opens each record is the call site's, however often the same message
    # comes with another one (docs/patterns.md: two leading locations never share a
    # pattern). The per-message judgement of a bracketed head field once read the second
    # location of a message as a value once two messages had come with two locations each,
    # and the miner gave it the first location's pattern (lighttpd's ``(mod_ssi.c.784)`` /
    # ``(mod_ssi.c.1135) ssi: unknown attribute for <*>``).
    for opening, closing, glue in (("(", ")", "."), ("[", "]", ":"), ("", "", ":")):
        def at(file: str, line: int, text: str, opening: str = opening, closing: str = closing,
               glue: str = glue) -> str:
            return f"{opening}{file}{glue}{line}{closing}{':' if not opening else ''} {text}"
        miner = PatternMiner()
        records = [
            at("mod_ssi.c", 784, "ssi: unknown attribute for 5f0c2a1e-8d3b-4c7a-9e21-6b4d0f7a3c19"),
            at("mod_ssi.c", 1135, "ssi: unknown attribute for 9a7e3b12-4c5d-4e6f-8a9b-0c1d2e3f4a5b"),
            at("mod_tls.c", 1960, 'SSL: no certificate for TLS server name "a.example.org"'),
            at("mod_gnutls.c", 2063, 'SSL: no certificate for TLS server name "b.example.org"'),
            at("mod_ssi.c", 1135, "ssi: unknown attribute for 0c1d2e3f-4c5d-4e6f-8a9b-9a7e3b124a5b"),
            at("mod_ssi.c", 784, "ssi: unknown attribute for 8d3b4c7a-8d3b-4c7a-9e21-5f0c2a1e3c19"),
            at("mod_gnutls.c", 2063, 'SSL: no certificate for TLS server name "c.example.org"'),
        ]
        ids = [miner.add(record) for record in records]
        assert len(set(ids[:4])) == 4, (opening, [miner.template(i) for i in ids])
        assert ids[4] == ids[1] and ids[5] == ids[0] and ids[6] == ids[3]
    # where the stream's threads vary in that bracket (`[worker-a] INFO …`), a location
    # there is still its call site's
    miner = PatternMiner()
    rng = random.Random(1)
    for n in range(60):
        miner.add(f"[worker-{rng.choice('abcdefgh')}] INFO job {n % 6} done")
    at_61 = {miner.add(f"[queue.go:61] drained {n} items") for n in range(3)}
    at_88 = {miner.add(f"[queue.go:88] drained {n} items") for n in range(3)}
    assert len(at_61) == len(at_88) == 1 and at_61 != at_88
    # near miss: a thread's name in the same place still varies as a value
    assert _learned(_stream(_thread_head)).free == (0,)


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
        head.read(f"[{rng.choice(_TASKS)}:2] message number{n}y here")
    assert all(len(rests) <= MAX_RESTS for rests in head._first)
    assert all(len(values) <= MAX_RESTS for values in head._values)
    assert all(len(messages) <= MAX_RESTS for messages in head._messages)
    assert all(len(seen) <= 2 + MESSAGE_VALUES for messages in head._messages for seen in messages.values())
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


def test_a_name_first_seen_after_a_level_and_marks_or_values_at_a_free_index_is_a_value() -> None:
    # nor can a field of marks alone or of values (``---``, ``<*>``), which every record
    # prints: the thread after them is the head's (Spring Boot's and LocalStack's ``LEVEL
    # <pid> --- [thread] logger : …``)
    miner = PatternMiner()
    for line in _stream(lambda site, rng: f"{'WARN' if site % 2 else 'INFO'} --- [{rng.choice(_TASKS)}]"):
        miner.add(line)
    assert miner._head.free == (2,)
    assert miner._head.read("INFO --- [brand_new_thread] session expired") == "INFO --- [<*>] session expired"
    ids = {miner.add(f"ERROR --- [{thread}] org.example.Store : disk full on the data volume {n}")
           for n, thread in enumerate(["public", "never", "seen", "before", "here"])}
    assert len(ids) == 1
    # a word of a message is not: a field before it may be missing (``Using serializer [x]``)
    assert miner._head.read("Using serializer [brand_new_thread] for it") == "Using serializer [brand_new_thread] for it"


def test_a_level_at_a_free_first_index_stays_the_records_level() -> None:
    # a stream of two layouts, one opening with a thread (``[<thread>] INFO logger - …``), the
    # other with the level (Spring Boot's padded `` WARN <pid> --- [<thread>] logger : …``):
    # the threads free the first index, and a level there is still the record's level, never
    # a thread's value (round 31, classes31: PowerJob's worker and server)
    miner = PatternMiner()
    for line in _stream(lambda site, rng: f"[{rng.choice(_TASKS)}] INFO"):
        miner.add(line)
    assert miner._head.free == (0,)
    spring = "WARN <*> --- [public] app.Store : disk full"
    assert miner._head.read(spring) == spring
    assert miner._head.read("[brand_new_thread] INFO session expired") == "[<*>] INFO session expired"
    warned = {miner.add(f" WARN {n} --- [{thread}] app.Store : disk full on the data volume")
              for n, thread in enumerate(["public", "never", "seen", "before"])}
    failed = {miner.add(f"ERROR {n} --- [{thread}] app.Store : disk full on the data volume")
              for n, thread in enumerate(["public", "never", "seen", "before"])}
    assert len(warned) == 1 and len(failed) == 1 and warned != failed


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



def _piped_head(site: int, rng: random.Random) -> str:
    """A sequence number, a module and a level glued by ``|``, then, for most call sites, the
    name of the instance the message is about glued to the level, with its colon (Open
    vSwitch's ``00042|stp|WARN|br-int: …``); the other call sites' messages open right after
    the level's ``|`` (``00043|dpif|INFO|Datapath supports …``)."""
    head = f"{rng.randrange(100000):05d}|module_{chr(97 + site)}|{'WARN' if site % 2 else 'DBG'}|"
    return head + (f"{rng.choice(_TASKS)}:" if site % 3 else "Datapath")


def test_fields_glued_by_pipes_are_fields_of_the_head() -> None:
    miner = PatternMiner()
    for line in _stream(_piped_head):
        miner.add(line)
    assert miner._head.free == (2,)
    # the sequence number (a value alone) is read with the module, the level is the second
    # field, the instance glued to it the third: a value there, a name never seen too
    assert (miner._head.read("<*>|module_b|WARN|brand_new_bridge: series begin set to next episode")
            == "<*>|module_b|WARN|<*>: series begin set to next episode")
    # a message glued to the level is no field: its first word stays a word
    assert (miner._head.read("<*>|module_d|WARN|Datapath supports recirculation")
            == "<*>|module_d|WARN|Datapath supports recirculation")
    # one id per call site whatever its instance (names never seen), the call sites apart
    sites = [{miner.add(f"{n:05d}|module_{letter}|WARN|{name}: {_MESSAGES[site]}")
              for n, name in enumerate(["br-int", "eth_uplink", "never.seen", "tap0"])}
             for site, letter in [(1, "b"), (5, "f")]]
    assert [len(ids) for ids in sites] == [1, 1]
    assert sites[0] != sites[1]


_THREADS = ["orders", "ledger-2", "search_archive", "profile-16", "checkout", "audit-queue", "media-9", "beta"]


def _bracketed_piped_head(site: int, rng: random.Random) -> str:
    """A level padded to five in a bracket, a thread's id and name, a task and the module, glued
    by ``|`` (xapi's ``[ info||14 name|task|module]``, ``[debug||…`` beside it): the thread and
    the task are values, drawn from names the masker leaves as words (``orders``) and names it
    reads as values (``profile-16``), the module the call site's."""
    level = "debug" if site % 3 else "info"
    return (f"[{level:>5}||{rng.randrange(1, 5000)} {rng.choice(_THREADS)}|{rng.choice(_THREADS + _TASKS)}"
            f"|module_{chr(97 + site)}]")


def test_fields_glued_by_pipes_after_a_thread_id_are_fields_of_the_head() -> None:
    miner = PatternMiner()
    lines = _stream(_bracketed_piped_head, records=600)
    for line in lines:
        miner.add(line)
    # the thread's name and the task are the second and third fields, whatever the level's
    # width and whether the masker read the name whole: the level a field at neither
    assert miner._head.free == (1, 2)
    assert (miner._head.read("[ info||<*> orders|staging|module_a] series begin set to next episode")
            == "[ info||<*> <*>|<*>|module_a] series begin set to next episode")
    assert (miner._head.read("[debug||<*> <*>|nightly|module_b] series begin set to next episode")
            == "[debug||<*> <*>|<*>|module_b] series begin set to next episode")
    # one id per call site, whatever its thread and task, from then on
    sites = [{miner.add(f"[{'debug' if site % 3 else ' info'}||{n} {name}|{task}|module_{chr(97 + site)}] "
                        f"{_MESSAGES[site]}")
              for n, (name, task) in enumerate([("orders", "media-9"), ("ledger-2", "beta"),
                                                ("never.seen", "archive"), ("tap-0", "x-1")])}
             for site in (1, 3, 5)]
    assert [len(ids) for ids in sites] == [1, 1, 1]


_SOURCES = ["users-worker", "PaymentsStore", "notifications.internal", "media_api", "ledger-7",
            "search-cache", "auth_checkout", "reports.db"]


_CAUSES = ["no route to host", "permission denied", "too many open files", "not found",
           "connection refused", "request entity too large"]


def _mixed_head(records: int = 400, seed: int = 7, causes: bool = False) -> tuple[list[str], list[int]]:
    """``[name:level] message``: the even call sites name the source instance that logs
    (a value), the odd ones their module (the call site's): liquidsoap's ``[users-worker:2]``
    and ``[syslog:3]``. With ``causes``, an instance's message ends with a cause after a
    colon, in words the masker leaves as words."""
    rng = random.Random(seed)
    lines, sites = [], []
    for _ in range(records):
        site = rng.randrange(len(_MESSAGES))
        if site % 2:
            lines.append(f"[module_{chr(97 + site)}:{site % 4 + 1}] {_MESSAGES[site]} after "
                         f"{rng.randrange(1000)} ms")
        else:
            tail = f": {rng.choice(_CAUSES)}" if causes else f" after {rng.randrange(1000)} ms"
            lines.append(f"[{rng.choice(_SOURCES)}:{site % 4 + 1}] {_MESSAGES[site]}{tail}")
        sites.append(site)
    return lines, sites


def test_a_bracketed_head_field_that_is_a_value_for_some_messages_only() -> None:
    # the modules' call sites come back alike (their rests with the same tag) as often as the
    # instances' vary: no share of the index decides, so each message is judged by its own
    # values there, its cause after a colon left out of it
    for causes in (False, True):
        lines, sites = _mixed_head(causes=causes)
        miner = PatternMiner()
        ids: dict[int, list[str]] = {}
        for line, site in zip(lines, sites, strict=True):
            found = miner.add(line)
            if found not in ids.setdefault(site, []):
                ids[site].append(found)
        assert causes or miner._head.free == ()
        # one id a message, but for the messages that varied before the field had shown
        # itself a value for more than one (their second value's record made a template)
        split = [site for site, found in ids.items() if len(found) > 1]
        assert len(split) <= PARTLY_AFTER and all(len(ids[site]) == 2 for site in split), causes
        assert len({found[0] for found in ids.values()}) == len(ids)  # none merged
        # an instance never seen before logs each message under an id it had
        for site in range(0, len(_MESSAGES), 2):
            tail = ": permission denied" if causes else " after 5 ms"
            assert miner.add(f"[never_seen_source:2] {_MESSAGES[site]}{tail}") in ids[site]


def _module_or_instance(site: int, source: str) -> str:
    """``_mixed_head``'s record, masked: an instance's name before the even call sites'
    messages, a module's before the odd ones'."""
    name = f"module_{chr(97 + site)}" if site % 2 else source
    return f"[{name}:{site % 4 + 1}] {_MESSAGES[site]} after <*> ms"


def test_the_per_message_judgement_settles_and_its_values_stay_read() -> None:
    # a long stream of one head: once SETTLE_AFTER judgements at an index have turned no
    # message a value, the index is judged no more (a miss then costs a look-up there), and
    # the messages found values there stay so, for an instance never seen too
    rng = random.Random(4)
    head = HeadPositions()
    for _ in range(4 * SETTLE_AFTER):
        site = rng.randrange(len(_MESSAGES))
        head.read(_module_or_instance(site, rng.choice(_SOURCES)))
    assert head._read_at == (0,) and head.free == ()
    settled = head.judgements
    assert settled <= 2 * SETTLE_AFTER + len(_MESSAGES) * 6  # (the learning, then the quiet run)
    for _ in range(2 * SETTLE_AFTER):
        site = rng.randrange(len(_MESSAGES))
        head.read(_module_or_instance(site, rng.choice(_SOURCES)))
    assert head.judgements == settled
    assert all(seen[1] == "v" for seen in head._messages[0].values())  # (the others forgotten)
    for site in range(len(_MESSAGES)):
        line = _module_or_instance(site, "never_seen_source")
        assert head.read(line) == (line if site % 2 else f"[<*>] {_MESSAGES[site]} after <*> ms")


def test_the_per_message_judgement_is_bounded_where_messages_keep_turning_values() -> None:
    # a stream whose new messages each come twice, under two instances' names: each turns a
    # value there, so the judgement never goes quiet; it stops after JUDGED_AT_MOST all the same
    head = HeadPositions()
    for n in range(3 * JUDGED_AT_MOST):
        head.read(f"[{_SOURCES[n % len(_SOURCES)]}:2] event was handled for item{n // 2}x")
    assert head.judgements == JUDGED_AT_MOST
    assert head.read("[never_seen_source:2] event was handled for item7x") == (
        "[<*>] event was handled for item7x")


def test_a_bracketed_tag_that_two_call_sites_share_a_message_with_stays_theirs() -> None:
    # tags in brackets, each the call site's (``[Error-App.Db-DropTemp]``), every message
    # under one tag but one, under two: few of the messages that came back varied there, so
    # the shared message's tag is read as the call site's
    rng = random.Random(3)
    head = HeadPositions()
    for _ in range(400):
        site = rng.randrange(len(_MESSAGES) + 1)
        tag = "Other" if site == len(_MESSAGES) else f"Tag{chr(65 + site)}"
        head.read(f"[Warning-{tag}] {_MESSAGES[site % len(_MESSAGES)]} after <*> ms")
    shared = f"[Warning-Other] {_MESSAGES[0]} after <*> ms"
    assert head.read(shared) == shared
    # while where most messages that came back varied there, the message's tag is a value
    for n in range(3):
        for name in ("Other", "Third"):
            head.read(f"[Warning-{name}] {_MESSAGES[1 + n]} after <*> ms")
    assert head.read(shared) == f"[<*>] {_MESSAGES[0]} after <*> ms"


def test_a_mixed_head_unbracketed_is_not_read_per_message() -> None:
    # the same mix unbracketed (``module_a 3 message``): a message's first word varying for
    # some of its events is no head field
    lines, _ = _mixed_head()
    plain = [line.replace("[", "").replace("]", "").replace(":", " ", 1) for line in lines]
    miner = PatternMiner()
    for line in plain:
        miner.add(line)
    assert miner._head.free == () and miner._head._read_at == ()


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


def test_a_label_and_its_colon_after_a_head_bracket_is_no_failure_said() -> None:
    # Apache httpd 2.4's error log: ``[time] [module:level] [pid N:tid M] label: message``,
    # the module the call site's. The pid's bracket holds a space, so the head's last field
    # runs into the text after the head; its end is no word of the message, and a label
    # alone and its colon (``nomad: <message>``), or a part's name and its kind (``tail_csv
    # plugin: <message>``), no failure whose cause is cut off: each
    # message is its own, and the module its call site's, not a value
    rng = random.Random(5)
    miner = PatternMiner()
    ids: dict[int, set[str]] = {}
    for _ in range(400):
        site = rng.randrange(len(_MESSAGES))
        line = (f"[Wed Mar {rng.randint(10, 28)} 12:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100000, 999999)} 2026] "
                f"[{_TASKS[site % len(_TASKS)]}:info] [pid 4242:tid {rng.randint(10**14, 10**15)}] "
                f"{['nomad', 'client.fingerprint', 'tail_csv plugin', 'network plugin'][site % 4]}: {_MESSAGES[site]}")
        ids.setdefault(site, set()).add(miner.add(line))
    assert all(len(found) == 1 for found in ids.values())
    assert len({next(iter(found)) for found in ids.values()}) == len(_MESSAGES)


def test_a_field_of_letters_or_digits_is_a_name_to_the_regex_too():
    # (speed: HeadPositions.read takes such a field for a name without _NAMED_FIELD)
    from otlp_sampler.patterns.positions import _NAMED_FIELD

    for code in range(0x30000):
        char = chr(code)
        if char.isalnum():
            assert _NAMED_FIELD.fullmatch(char) is not None, hex(code)
            assert _NAMED_FIELD.fullmatch("Ab" + char + "9") is not None, hex(code)


def test_a_thread_in_angle_brackets_keeps_its_brackets_once_free() -> None:
    # A thread's name in angle brackets (cloud-hypervisor's ``<vcpu-3> WARN:…``): the miner reads
    # two names there as one value in its brackets (``<<*>>``), so the head reader must read a
    # name at a free index in the same shape, or each call site's records split in two,
    # ``app: <*> WARN …`` and ``app: <<*>> WARN …`` (r12 s0 cloud-hypervisor 0.464 -> 0.949)
    names = ["auto", "frontend", "events_checkout", "vmm", "shipping-30", "OrdersIndex",
             "vcpu3", "main.metrics", "public", "http-server", "signal_handler", "ledger"]
    rng = random.Random(3)
    miner = PatternMiner()
    ids: dict[int, set[str]] = {}
    for _ in range(400):
        site = rng.randrange(len(_MESSAGES))
        name = rng.choice(names) if rng.random() < 0.3 else f"{rng.choice(names)}-{rng.choice(names)}"
        ids.setdefault(site, set()).add(miner.add(f"app: <{name}> WARN {_MESSAGES[site]} {rng.randrange(1000)}"))
    assert 1 in miner._head.free
    assert all(len(found) == 1 for found in ids.values()), [
        [miner.template(pid) for pid in found] for found in ids.values() if len(found) > 1]
    assert miner.template(ids[0].pop()).startswith("app: <<*>> WARN ")


def test_a_read_given_the_cut_of_reread_cut_reads_as_a_read_alone():
    # add_batch's reading cuts a record's head once (reread_cut) and its placing's read takes
    # that cut: the same text, the same learning, whatever was read in between
    rng = random.Random(29)
    levels = ["INFO", "WARN", "DEBUG:oejs.Server:main:", "app|x|y"]
    threads = [f"[worker-{n}]" for n in range(12)] + [f"(t{n})" for n in range(6)] + ["main", "<*>"]
    messages = ["job started", "job <*> done", "x=<*> stopped", "[ok] all", "cache warmed up", "bye"]
    texts = [" ".join([rng.choice(levels), rng.choice(threads), rng.choice(messages)][rng.randint(0, 1):])
             for _ in range(4_000)]
    alone, taking = HeadPositions(), HeadPositions()
    cuts = 0
    for at, text in enumerate(texts):
        later = texts[at + rng.randint(0, 5)] if at + 5 < len(texts) else text
        reread, cut = taking.reread_cut(later)
        assert reread == taking.reread(later)
        cuts += cut is not None
        if later is not text:
            alone.read(later)  # (read between the cut and its read)
            taking.read(later)
        assert taking.read(later, cut) == alone.read(later)
        assert taking.earlier == alone.earlier and taking.free == alone.free
    assert cuts > 1_000
    assert _head_state(taking) == _head_state(alone)  # (what each learned from the fields it was given)


def _head_state(head: HeadPositions) -> dict:
    # (its attributes by dir: a compiled class has no __slots__ to read them from)
    names = [name for name in dir(head) if name.startswith("_") and not name.startswith("__")
             and not callable(getattr(head, name))]
    assert len(names) > 10
    return {name: repr(getattr(head, name)) for name in names}


def test_a_label_that_only_the_oss_error_text_follows_is_no_field_that_varies() -> None:
    # C's perror(name), dhcpcd's logerr("%s", __func__): a function's label and its colon,
    # then the text strerror gives the errno. Two functions print the same text, which is
    # the library's, no rest of the record that a head field varies against: the index
    # turned free, every function's name was read as a value there and all their records
    # took one pattern, `<*>: <*>`
    functions = ["ps_root_log", "rt_build", "parse_option", "ps_stopprocess", "dhcp_handledhcp",
                 "if_route"]
    errors = ["No such file or directory", "Permission denied", "Connection refused", "Broken pipe",
              "Input/output error", "No route to host", "Too many open files"]
    rng = random.Random(5)
    miner = PatternMiner()
    ids: dict[str, set[str]] = {function: set() for function in functions}
    for _ in range(300):
        function = rng.choice(functions)
        ids[function].add(miner.add(f"{function}: {rng.choice(errors)}"))
    assert miner._head.free == ()
    assert all(len(found) == 1 for found in ids.values())
    assert len(set.union(*ids.values())) == len(functions)
    # near miss: a label that varies while words of the message's own follow it (an
    # interface's name, `<interface>: carrier lost`) is a field that varies still
    lines = [f"{rng.choice(_TASKS)}: {_MESSAGES[rng.randrange(len(_MESSAGES))]}" for _ in range(300)]
    assert _learned(lines).free == (0,)
