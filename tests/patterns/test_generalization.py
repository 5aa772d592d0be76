"""The rules written for logs at large (docs/patterns.md), each on messages written for it.

Every test checks both sides where there is one: what must now be one pattern, and the
near miss that must stay apart. None of these messages comes from a labelled dataset.
"""

from __future__ import annotations

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import mask
from otlp_sampler.patterns.tokens import tokens


def _ids(*messages: str, service: str = "svc") -> list[str]:
    miner = PatternMiner(service)
    return [miner.add(m) for m in messages]


def _one(*messages: str) -> bool:
    return len(set(_ids(*messages))) == 1


def _template(*messages: str) -> str:
    miner = PatternMiner()
    ids = [miner.add(m) for m in messages]
    assert len(set(ids)) == 1, [miner.template(i) for i in ids]
    return miner.template(ids[0])


# -- multi-word values: where a value starts and ends --------------------------------


def test_the_cause_after_a_failure_and_its_colon_is_one_value():
    causes = ["connection refused", "dial tcp 10.0.0.7:5432: connect: connection refused",
              "context deadline exceeded", "EOF", "java.io.IOException: Broken pipe",
              "[Errno 111] Connection refused", "No such file or directory"]
    assert _template(*[f"failed to sync replica db-{n}: {c}" for n, c in enumerate(causes)]) == (
        "failed to sync replica <*>: <*>")
    assert _one(*[f"Error while watching pod web-{n} - {c}" for n, c in enumerate(causes)])
    assert _one("could not open /var/lib/x/0001.log: permission denied",
                "could not open /var/lib/x/0002.log: too many open files")


def test_a_cause_needs_a_failure_said_in_words_and_a_colon_of_prose():
    # a level word alone says how bad, not what failed; a spaced colon separates fields;
    # a colon inside brackets belongs to what the brackets hold
    assert not _one("error: disk almost full", "error: queue drained")
    assert not _one("Mount FAILED : retry later", "Mount FAILED : giving up")
    assert mask("connect() failed (111: Connection refused) while reading") == (
        "connect() failed (<*>: Connection refused) while reading")
    # and without a failure, the words after a colon are the event's own
    assert not _one("Replica state: catching up", "Replica state: fully synced")


def test_json_string_values_are_values_whatever_their_words_and_the_message_stays():
    one = '{"level":"warn","msg":"request failed","error":"upstream timed out after 30s","attempt":3}'
    two = '{"level":"warn","msg":"request failed","error":"EOF","attempt":"4"}'
    assert _one(one, two)
    assert not _one(one, one.replace("request failed", "request retried"))


def test_logfmt_quotes_only_values_with_spaces_so_quotes_do_not_change_the_shape():
    assert _template('level=error msg="write failed" err="no space left on device" path=/a/b',
                     'level=error msg="write failed" err=EOF path=/c/d') == (
        'level=error msg="write failed" err=<*> path=<*>')


def test_quoted_text_with_spaces_is_one_value_but_a_dict_key_is_not():
    assert _one("script 'nightly export' finished", "script 'backup' finished")
    assert mask("stat 'weekly': EOF") == "stat '<*>': <*>"  # (io.EOF after a colon: a value too)
    assert mask("{'user': 'bob', 'n': 2}") == "{'user': '<*>', 'n': <*>}"


def test_in_a_list_of_keys_and_values_a_value_runs_to_the_next_key():
    assert _one("msg: sync_failed, reason: no healthy upstream, node: n1",
                "msg: sync_failed, reason: lease expired, node: n2")
    # the event's own name is not a value
    assert not _one("msg: sync_failed, reason: lease expired, node: n2",
                    "msg: sync_retried, reason: lease expired, node: n2")


def test_a_code_and_its_message_in_brackets_are_one_value():
    assert _one("bind() to 0.0.0.0:80 failed (98: Address already in use)",
                "bind() to 0.0.0.0:81 failed (13: Permission denied)")


# -- values with shapes of their own ---------------------------------------------------


def test_records_and_lists_printed_inline_are_one_value():
    assert _one("applied Task{id=7, name='compact'} in order", "applied Config{retries=3} in order")
    assert _one("peers [a1, b2, c3] joined", "peers [d4] joined", "peers [e5, f6] joined")
    assert _one("cast #{size => 301, retries => 91}, x: 1", "cast #{size => 2}, x: 9")
    # a JSON object keeps its keys: they are the record's own fields
    assert not _one('{"user":"bob","n":1}', '{"group":"bob","n":1}')
    # so does a record that is the whole message (a structured body printed): its keys are
    # all that tells one kind of message from another
    assert not _one("{event=1 user=1}", "{order=2 amount=7}")
    assert _one("{event=1 user=1}", "{event=2 user=7}")


def test_paths_with_spaces_ipv6_in_brackets_and_urls_are_one_value():
    assert _one("scanning /media/TV Shows/The Office/S01E03 - Pilot.mkv now",
                "scanning /srv/media/x.mkv now")
    assert mask("moved /tmp/a to b.txt") == "moved <*> to <*>"  # a path does not reach over "to"
    assert mask("peer [2001:db8::5]:443 and [::1]:80 up") == "peer <*> and <*> up"
    assert _one("fetch http://a.example.com/x done", "fetch https://[::1]:8443/y?z=1 done")


# -- words that are values --------------------------------------------------------------


def test_code_names_at_one_place_are_things_of_one_kind():
    # snake_case, a dotted name, CamelCase: words of code, not of prose
    assert _one("loaded plugin auth_ldap ok", "loaded plugin metrics_exporter ok")
    assert _one("reloaded config app.settings now", "reloaded config db.pool now")
    assert _one("registered handler OrderCreated now", "registered handler PaymentRefunded now")
    # two hyphenated words are names, a hyphenated word against prose is not evidence
    assert _one("joined ring cache-east now", "joined ring cache-west now")
    assert not _one("volume mounted read-only now", "volume mounted writable now")
    # a code name before a colon says where the event happens
    assert not _one("probe eth_setup: link up", "probe eth_reset: link up")


def test_a_leading_tag_or_prefix_may_be_a_name():
    assert _one("[orders] compaction finished in 5 ms", "[payments] compaction finished in 7 ms")
    assert _one("ledger: conffile was modified by the user", "Catalog: conffile was modified by the user")


def test_a_state_after_a_key_is_a_value_in_prose_it_names_the_event():
    assert _one("task 7 done state=RUNNING", "task 8 done state=FAILED")
    assert _one("job finished, outcome: SUCCEEDED", "job finished, outcome: FAILED")
    assert not _one("task 7 moved from NEW to RUNNING", "task 7 moved from RUNNING to FAILED")


# -- the two examples of docs/patterns.md ---------------------------------------------------


def test_a_mark_in_brackets_that_some_records_leave_empty():
    lines = ["Feature flags:   [ ] khepri_db", "Feature flags:   [x] classic_queue_version",
             "Feature flags:   [~] stream_queue", "Feature flags:   [x] virtual_host_metadata"]
    for ordered in (lines, lines[::-1]):
        assert _template(*ordered) == "Feature flags: [<*>] <*>"


def test_a_name_and_its_version_are_one_value_with_or_without_an_architecture():
    lines = ["status unpacked tzdata 2024a-0ubuntu0.20.04", "status unpacked libc6:amd64 2.31-0ubuntu9.16",
             "status unpacked base-files 11ubuntu5.8", "status unpacked python3-yaml:amd64 5.3.1-1"]
    for ordered in (lines, lines[::-1]):
        assert _one(*ordered)
        assert _template(*ordered) in ("status unpacked <*> <*>", "status unpacked <*>")
    # the state is the event: unpacked and half-configured are two
    assert not _one("status unpacked tzdata 2024a", "status half-configured tzdata 2024a")


# -- ids ----------------------------------------------------------------------------------


def test_an_id_does_not_depend_on_which_record_of_the_event_came_first():
    first = _ids("Invalid user admin from 10.0.0.1", "Invalid user guest from 10.0.0.2")
    second = _ids("Invalid user guest from 10.0.0.2", "Invalid user admin from 10.0.0.1")
    assert len(set(first)) == 1 and set(first) == set(second)
    assert set(_ids("loaded plugin auth_ldap ok")) == set(_ids("loaded plugin metrics_exporter ok"))
    # distinct events keep distinct ids
    assert _ids("Invalid user admin from 10.0.0.1") != _ids("Accepted user admin from 10.0.0.1")


def test_tokens_of_a_folded_cause_are_few():
    masked = mask("failed to open /x: " + " ".join(["word"] * 200))
    assert tokens(masked)[0][-1] == "<*>" and len(tokens(masked)[0]) < 10


def test_a_cause_after_a_bracket_that_holds_a_colon():
    assert _one("Shovel 'a' failed to connect (URI: amqp://h1): address already in use",
                "Shovel 'b' failed to connect (URI: amqp://h2): broken pipe")


def test_class_paths_binaries_and_lists_of_names_are_one_value():
    assert mask("returned App\\Models\\Account and Foo::Bar::Baz") == "returned <*> and <*>"
    assert mask('stop leader <<"queue.1">> now') == "stop leader <*> now"
    assert _one("stop leader <<\"orders\">> now", "stop leader orders_v2 now")
    # a Go list of names, one of them a value or a name of code
    assert _one("already configured [auth_db global web-2] here", "already configured [] here",
                "already configured [shared_cache] here")
    # words in brackets are words: a tag, a thread
    assert not _one("[main thread] tick", "[gc thread] tick")


def test_a_list_that_starts_with_the_event_key():
    assert _one("msg: token_required, message: node is not the leader",
                "msg: token_required, message: lease expired")


def test_leading_names_with_other_values_elsewhere():
    assert _one("gateway: failed to start writer 12 on db.internal",
                "ledger: failed to start writer 13 on 10.0.0.1")
