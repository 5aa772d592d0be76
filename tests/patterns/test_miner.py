"""PatternMiner behaviour: ids, templates, merges, splits, bounds."""

from __future__ import annotations

import random
import re

from otlp_sampler.patterns import PatternMiner, pattern_id
from otlp_sampler.patterns.masking import MAX_CHARS

HEX16 = re.compile(r"[0-9a-f]{16}")


def test_add_returns_a_stable_16_hex_id_and_its_template():
    miner = PatternMiner("checkout")
    pid = miner.add("disk full on node 7")
    assert HEX16.fullmatch(pid)
    assert miner.add("disk full on node 8") == pid
    assert miner.template(pid) == "disk full on node <*>"
    # keyed blake2b of the service and the template with the words that may vary as <*>
    # (shapes.id_tokens: after "disk", a naming word, "full" could be another value)
    assert pid == pattern_id("checkout", "disk <*> on node <*>")
    assert PatternMiner("checkout").add("disk full on node 9") == pid
    assert miner.template("0" * 16) is None


def test_a_merge_keeps_the_id_and_generalizes_the_template():
    miner = PatternMiner("auth")
    first = miner.add("session opened for user alice by uid 0")
    assert miner.template(first) == "session opened for user alice by uid <*>"
    assert miner.add("session opened for user bob by uid 0") == first
    assert miner.template(first) == "session opened for user <*> by uid <*>"
    # the id does not depend on which user came first: a word after "user" may vary
    assert PatternMiner("auth").add("session opened for user bob by uid 7") == first
    # later records of the event keep the id, whatever else arrives in between
    for index in range(200):
        miner.add(f"unrelated event number {index} of kind {index % 7}")
    assert miner.add("session opened for user carol by uid 0") == first


def test_different_events_get_different_ids():
    miner = PatternMiner()
    pairs = [
        ("[instance: 1f2e] VM Started (Lifecycle Event)", "[instance: 9a8b] VM Paused (Lifecycle Event)"),
        ("Block rdd_1 stored as bytes in memory", "Block rdd_2 stored as values in memory"),
        ("task 7 Transitioned from NEW to SCHEDULED", "task 8 Transitioned from SCHEDULED to RUNNING"),
        ("Accepted password for root from 10.0.0.1", "Failed password for root from 10.0.0.1"),
        ("Standby mode: warm standby", "Standby mode: hot spare"),
        ('{"event":"login","user":"bob"}', '{"event":"logout","user":"bob"}'),
        ("acquire lock=1 flags=0x1", "release lock=2 flags=0x1"),
    ]
    for one, other in pairs:
        assert miner.add(one) != miner.add(other), (one, other)


def test_values_introduced_by_a_key_or_a_naming_word_merge():
    miner = PatternMiner()
    groups = [
        ["Invalid user webmaster from 10.0.0.1", "Invalid user admin from 10.0.0.2",
         "Invalid user test from ::1"],
        ["Failed password for root from 1.2.3.4 port 22 ssh2",
         "Failed password for git from 1.2.3.5 port 2 ssh2"],
        ["Sandbox: mdworker(12) deny file-read", "Sandbox: QQ(99) deny file-read"],
        ["cache miss table=orders rows=3", "cache miss table=users rows=7"],
        ["syslogd startup succeeded", "klogd startup succeeded", "cups startup succeeded"],
        ["connection from 1.2.3.4 () at Sun Jul 24 02:38:23 2005",
         "connection from 1.2.3.5 (h.example.com) at Sun Jul 24 02:38:24 2005"],
        ["release lock=1, ws=null, uid=1000", "release lock=2, ws=Owner{4711}, uid=1000"],
    ]
    for group in groups:
        ids = {miner.add(message) for message in group}
        assert len(ids) == 1, group


def test_services_are_separate_namespaces():
    assert PatternMiner("a").add("cache warmed in 5 ms") != PatternMiner("b").add("cache warmed in 5 ms")
    assert PatternMiner("a").add("cache warmed in 5 ms") == PatternMiner("a").add("cache warmed in 9 ms")


def test_patterns_lists_id_template_count_first_seen():
    now = [1000.0]
    miner = PatternMiner("svc", clock=lambda: now[0])
    for index in range(5):
        miner.add(f"GET /items/{index} 200")
    now[0] = 2000.0
    rare = miner.add("shutting down")
    listed = miner.patterns()
    assert [(p.template, p.count) for p in listed] == [("GET /items/<*> 2xx", 5), ("shutting down", 1)]
    assert listed[0].first_seen == 1000.0 and listed[1].first_seen == 2000.0
    assert listed[1].id == rare and len(miner) == 2


def test_empty_blank_and_unicode_messages_get_patterns():
    miner = PatternMiner()
    assert miner.add("") == miner.add("   ")
    assert miner.template(miner.add("")) == ""
    one = miner.add("Benutzer Müller hat sich angemeldet")
    assert miner.template(one) == "Benutzer Müller hat sich angemeldet"
    assert miner.add("用户 登录 成功 12") == miner.add("用户 登录 成功 13")


def test_the_cap_holds_and_overflow_goes_to_the_catch_all():
    miner = PatternMiner("svc", max_patterns=10)
    ids = [miner.add(f"Event{chr(97 + a)}{chr(97 + b)} happened here") for a in range(10) for b in range(10)]
    assert len(miner) <= 10
    catch_all = pattern_id("svc", "<*>")
    assert catch_all in ids
    assert miner.template(catch_all) == "<*>"
    listed = {p.id: p for p in miner.patterns()}
    assert listed[catch_all].template == "<*>" and listed[catch_all].count > 0


def test_least_recently_used_patterns_are_evicted_not_live_ones():
    miner = PatternMiner("svc", max_patterns=20)
    live = miner.add("heartbeat ok")
    for round_ in range(60):
        for index in range(20):
            miner.add(f"Job{chr(97 + round_ % 26)}{chr(97 + round_ // 26)}{chr(97 + index)} finished cleanly")
            assert miner.add("heartbeat ok") == live
    assert len(miner) <= 20
    assert miner.template(live) == "heartbeat ok"
    assert miner.sizes()["patterns"] <= 20


def test_a_huge_message_costs_what_its_first_part_does():
    miner = PatternMiner()
    head = "payload received " + " ".join(f"field{i}=v" for i in range(400))
    one = miner.add(head + " tail " * 200_000)  # about 1 MB
    two = miner.add(head + " other " * 100_000)
    assert one == two
    assert len(miner.template(one)) <= MAX_CHARS


# invented errors of several kinds and word counts, as a printf's err=%v leaves them
_KEY_ERRORS = ["EOF", "connection reset by peer", "dial tcp 10.0.0.1:80: i/o timeout",
               "failed to get lease: context deadline exceeded",
               "x509: certificate signed by unknown authority", "open /var/lib/app/7.db: permission denied",
               "[Errno 111] Connection refused", "java.io.IOException: Broken pipe",
               "unexpected status 503 from upstream"]


def _key_error_lines(form: str, seed: int, count: int = 18) -> list[str]:
    rng = random.Random(seed)
    return [form.format(n=rng.randint(1, 999), e=rng.choice(_KEY_ERRORS)) for _ in range(count)]


def test_an_unquoted_error_after_the_records_last_key_is_one_value():
    # logfmt, slog, zap, logrus print the error last; printf's err=%v leaves it unquoted: a
    # key's value runs to the end, whatever its count of words (runs.key_value_to_end)
    for form in ("sync failed for shard {n} err={e}", "lease renewal failed for node-{n} meta={e}",
                 'level=error component=raft msg="append failed" term={n} err={e}'):
        miner = PatternMiner()
        ids = {miner.add(line) for line in _key_error_lines(form, 1)}
        assert len(ids) == 1, form
        key = form.rsplit(" ", 1)[1].split("=")[0]
        assert miner.template(ids.pop()).endswith(f" {key}=<*>"), form


def test_a_keys_value_run_to_the_end_keeps_the_words_before_the_key_apart():
    # the key's value never swallows the prose of another call site: the words before it stay
    # (past a record's first three fields, which positions.HeadPositions may learn as a head's)
    miner = PatternMiner()
    lines = [line for pair in zip(_key_error_lines("lease renewal for node-{n} failed meta={e}", 2),
                                  _key_error_lines("lease renewal for node-{n} retried meta={e}", 3),
                                  strict=True)
             for line in pair]
    ids = [miner.add(line) for line in lines]
    assert len(set(ids[0::2])) == 1 and len(set(ids[1::2])) == 1 and ids[0] != ids[1]


def test_a_heads_key_and_a_capitalised_message_after_its_value_hold_no_text_to_the_end():
    # <module> session=<id> <Message>: a head's key whose value is one masked token, then the
    # message's first word capitalised; each message is its call site's, and one that reads
    # as a failure folds none of the others into the key's value (runs.key_value_to_end)
    rng = random.Random(4)
    forms = ("Sender session={n} Connection refused by mx{h}.example.net",
             "Sender session={n} Connection established to mx{h}.example.net",
             "Sender session={n} Message accepted for delivery")
    lines = [forms[at % 3].format(n=rng.getrandbits(40), h=rng.randint(1, 9)) for at in range(36)]
    for batch in (False, True):
        miner = PatternMiner()
        ids = miner.add_batch(lines) if batch else [miner.add(line) for line in lines]
        sites = [set(ids[at::3]) for at in range(3)]
        assert all(len(found) == 1 for found in sites), (batch, [miner.template(p) for p in set(ids)])
        assert len(set.union(*sites)) == 3, (batch, [miner.template(p) for p in set(ids)])
    # a level word after the value is a value the record prints, not the message's first word
    # (URI=<*> Warning, <*> failed), and an error's code then its text stays the key's value
    # ([Errno <*>] Connection refused): test_an_unquoted_error_after_the_records_last_key_is_one_value


def test_a_heads_key_before_the_message_holds_no_text_to_the_end():
    # <level> pid=<n> <message>: the head's key has one token's value, each message is its event;
    # and a masked value then the sentence's words is the key's value and the call site's words
    miner = PatternMiner()
    starts = {miner.add(f"ERROR pid={n} Registered webapp guice modules") for n in (1, 2)}
    others = {miner.add(f"ERROR pid={n} Putting shuffle token in service data failed") for n in (3, 4)}
    assert len(starts) == 1 and len(others) == 1 and starts != others
    loaded = {miner.add(f"Processing request id={n} for user bob") for n in (5, 6)}
    failed = {miner.add(f"Processing request id={n} failed") for n in (7, 8)}
    assert len(loaded) == 1 and len(failed) == 1 and loaded != failed
    # the message's own key: its words are the event (msg=Starting server)
    begun = {miner.add(f"level=info ts={n} msg=Starting server now") for n in (1, 2)}
    stopped = {miner.add(f"level=info ts={n} msg=server stopped, connection lost") for n in (3, 4)}
    assert begun != stopped
