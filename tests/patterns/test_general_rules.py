"""The rules added after validating on log families the first rules were not written from.

Each test uses messages written for it, shaped like the general case the rule is about,
and checks both sides: what must now merge, and a near miss that must stay apart. A rule
checked only by which messages merge and which stay apart, or only by what mask gives, is a
row of one of the two tables at the end, named after the rule; the others are tests of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import mask
from otlp_sampler.patterns.masking import WILDCARD, mask_values
from otlp_sampler.patterns.runs import constant_sentence, own_failure_sentence, two_constant_sentences
from otlp_sampler.patterns.shapes import id_tokens
from otlp_sampler.patterns.templates import (
    TITLE,
    WORD,
    closing_location_length,
    header_logger,
    kinds_of,
    record_header,
    score,
)
from otlp_sampler.patterns.tokens import tokens

# Values that mask to exactly one variable, and words that read as constant text.
_VALUES = st.one_of(
    st.integers(-10**9, 10**9).map(str),
    st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.2f}"),
    st.integers(0, 2**32).map(lambda n: f"0x{n:x}"),
    st.tuples(*[st.integers(0, 255)] * 4).map(lambda t: ".".join(map(str, t))),
    st.tuples(st.integers(0, 10**6), st.sampled_from([" KB", " MB", "ms", " seconds"])).map(
        lambda t: f"{t[0]}{t[1]}"),
)
_WORDS = ["queue", "drained", "replica", "lagging", "batch", "committed", "index", "rebuilt", "worker"]


def _groups(*groups: Sequence[str]) -> list[set[str]]:
    """The ids one miner gives each group of messages, the groups added in turn."""
    miner = PatternMiner()
    return [{miner.add(m) for m in group} for group in groups]


def _ids(*messages: str) -> set[str]:
    """The ids one miner gives the messages, added in the order given."""
    return _groups(messages)[0]


def _one_id_each(*groups: Sequence[str]) -> bool:
    """Whether one miner gives each group of messages (added in turn) one id, and no two
    groups the same: each group is one call site."""
    ids = _groups(*groups)
    return all(len(group) == 1 for group in ids) and len(set().union(*ids)) == len(groups)


def _one_pattern(*messages: str) -> bool:
    return len(_ids(*messages)) == 1


def _one_pattern_both_ways(*messages: str) -> bool:
    """One pattern first to last and one last to first (each order in its own miner)."""
    return _one_pattern(*messages) and _one_pattern(*messages[::-1])


def _ids_in_order(messages: Sequence[str]) -> list[str]:
    """The ids one miner gives the messages one at a time, in order."""
    miner = PatternMiner()
    return [miner.add(message) for message in messages]


def _sites_taken_in_turn(line: Callable[[str, int], str], names: Sequence[str]) -> bool:
    """Whether one miner, given ``line(name, n)`` for each name in turn and then again (n the
    record's number), gives each name's records one id and no two names the same: each name
    a call site of its own."""
    ids = _ids_in_order([line(name, n) for n, name in enumerate(tuple(names) * 2)])
    return ids[len(names):] == ids[:len(names)] and len(set(ids)) == len(names)


def _one_id_both_ways(*messages: str) -> bool:
    """One pattern, with the same id, first to last and last to first."""
    return len(_ids(*messages) | _ids(*messages[::-1])) == 1


def _apart(*messages: str) -> bool:
    """Each message its own pattern, all added to one miner in the order given."""
    return len(_ids(*messages)) == len(messages)


def _template(*messages: str) -> str | None:
    """The template of the one pattern the messages give; None when they give several."""
    miner = PatternMiner()
    ids = {miner.add(m) for m in messages}
    return miner.template(ids.pop()) if len(ids) == 1 else None


def _mismatches(masked: dict[str, str]) -> dict[str, str]:
    """What mask gives for each message that does not mask to the text written beside it."""
    return {message: mask(message) for message, want in masked.items() if mask(message) != want}


def _first_tokens(message: str) -> list[str]:
    return tokens(mask(message))[0]


def test_a_word_a_message_field_printed_three_times_is_its_own():
    # after a naming word a name may vary in a message field, but not a word its call site
    # printed every time so far: msg="rejecting member add; …" / "… member promote; …"
    adds = [f'{{"level":"warn","msg":"rejecting member add; quorum lost","quorum":{n}}}' for n in (3, 4, 5)]
    promote = '{"level":"warn","msg":"rejecting member promote; quorum lost","quorum":3}'
    added, promoted = _groups(adds, [promote])
    assert len(added) == 1 and promoted != added


def test_an_erlang_term_is_one_value():
    # a tuple of atoms, nested terms and lists in it, braces and all
    assert _first_tokens("Closing link a -> b: {shutdown,normal}")[-2:] == [":", "<*>"]
    assert _first_tokens("reply {timeout,{gen_server,call,[queue_monitor,status]}} dropped")[-2:] == [
        "<*>", "dropped"]
    assert _one_pattern_both_ways("Closing link a -> b: {shutdown,normal}",
                                  "Closing link a -> b: {error,{not_found,queue}}")
    # spaced items are prose's or a record's, and braces glued to a name are a shell's pattern
    assert _first_tokens("pick {a, b} now") == ["pick", "{", "a", ",", "b", "}", "now"]
    assert "js" in _first_tokens("build app.{js,ts} now")


def test_a_value_with_a_bracketed_second_form_is_one_value():
    # sizes with their human form, addresses with their resolved name, present or not: the
    # brackets stay in the tokens, and matching at another length takes them as an annotation
    plain = "job 7 finished: wrote 0 bytes, read 17 bytes"
    annotated = "job 8 finished: wrote 2048 bytes (2 KB), read 4100000 bytes (3.9 MB)"
    mixed = "job 9 finished: wrote 5 bytes, read 9000 bytes (8.8 KB)"
    assert _one_pattern(plain, mixed, annotated)
    assert _one_pattern_both_ways("lookup 10.0.0.1 () done", "lookup 10.0.0.2 (7) done",
                                  "lookup 10.0.0.3 done")
    # a name the masker leaves as a word, or a value, before the second form: one event
    assert _first_tokens("Importing to frontend-5 (d5bc3c9e)") == [
        "Importing", "to", "<*>", "(", "<*>", ")"]
    assert _one_pattern_both_ways(
        "Importing to frontend-5 (d5bc3c9e)", "Importing to indexer_orders (3f32865b)",
        "Importing to internal (a1b2c3d4)", "Importing to uploads-35 (0e1f2a3b)")
    # a word before the brackets is a call or a name, not a value: the brackets stay
    assert _first_tokens("called init(3) twice") == ["called", "init", "(", "<*>", ")", "twice"]


def test_a_random_id_after_its_stem_is_one_value_whatever_letters_it_starts_with():
    # hexadecimal and base32 ids: the letters before the first digit are the id's
    for message in ("[#tid_c02ac55e0393] [Queue] polled", "[#tid_0a0254349759] [Queue] polled",
                    "[#tid_aba0631d3dbe] [Queue] polled", "[#tid_PY8XWJSX6ADAX41O] [Queue] polled"):
        assert _first_tokens(message)[1] == "#tid_<*>", message
    assert _one_pattern("[#tid_c02ac55e0393] [Queue] polled 3 jobs",
                        "[#tid_0a0254349759] [Queue] polled 7 jobs",
                        "[#tid_IEPEBTZ4QW] [Queue] polled 1 jobs")
    # a name of code glued to a number keeps its words
    assert _first_tokens("started http_server2 now")[1] == "http_server<*>"


def test_the_text_after_a_code_is_its_message_whatever_it_says():
    # as (111: Connection refused) in brackets: a code is no thing whose event follows
    assert _one_pattern_both_ways("[POST] action rejected with code 7: leader changed",
                                  "[POST] action rejected with code 454414: rebalance in progress",
                                  "[POST] action rejected with code 3: quota exceeded for tenant")
    # a thing's id before the colon: what follows is its event
    assert not _one_pattern("channel 7: send close", "channel 9: opened by peer")


def test_names_joined_by_colons_in_brackets_are_no_map():
    # one field in parts (a queue, its namespace, its state), whether a part is a value or not
    assert _first_tokens("[MemoryQueue] [indexer-17:delta:PAUSED] poll failed")[3:10] == [
        "[", "<*>", ":", "delta", ":", "PAUSED", "]"]
    assert _one_pattern("[MemoryQueue] [indexer-17:delta:PAUSED] poll failed",
                        "[MemoryQueue] [orders-db:delta:PAUSED] poll failed",
                        "[MemoryQueue] [auto.catalog:delta:PAUSED] poll failed")
    # a map as Go prints it is one value
    assert _first_tokens("loaded map[a:1 b:2] now") == ["loaded", "map", "[", "<*>", "]", "now"]


def test_a_field_in_square_brackets_after_a_value_is_no_second_form():
    # a Java head: the logger, its line, the thread; a thread's name of a value's shape
    # (worker-1) or a word's (main) is one field either way
    assert _first_tokens("com.acme.Cache 84 [worker-1] INFO - warmed")[:5] == [
        "com.acme.Cache", "<*>", "[", "<*>", "]"]
    assert _one_pattern("com.acme.Cache 84 [worker-1] INFO [] - cache warmed",
                        "com.acme.Cache 84 [main] INFO [] - cache warmed",
                        "com.acme.Cache 84 [pool-3-thread-2] INFO [] - cache warmed")


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=2, max_size=6), at=st.integers(0, 6), data=st.data())
def test_a_second_form_in_brackets_never_moves_the_pattern(words, at, data):
    at = min(at, len(words))
    head, tail = " ".join(words[:at]), " ".join(words[at:])
    bare = f"{head} {data.draw(_VALUES)} {tail}".strip()
    annotated = f"{head} {data.draw(_VALUES)} ({data.draw(_VALUES)}) {tail}".strip()
    empty = f"{head} {data.draw(_VALUES)} () {tail}".strip()
    assert _one_pattern(bare, annotated, empty), (bare, annotated, empty)


def test_a_dotted_field_in_camel_case_before_a_number_is_not_a_host_and_port():
    assert not _mismatches({
        "layout.scrollOffset:42, row:2": "layout.scrollOffset:<*>, row:<*>",
        "layout.scrollOffset:-1, row:0": "layout.scrollOffset:<*>, row:<*>",
        # real host names with a port still are one value, local ones in mixed case too
        "dial cache-2.prod.example.com:6379 ok": "dial <*> ok",
        "dial Build-Mac.local:22 ok": "dial <*> ok",
    })
    assert _one_pattern("layout.scrollOffset:42, row:2", "layout.scrollOffset:-1, row:0")
    assert not _one_pattern("layout.scrollOffset:42, row:2", "layout.headerHeight:42, row:2")


def test_a_name_with_a_bracketed_range_or_list_is_a_set_of_names():
    assert not _mismatches({
        "allocated nodes:rack-[12-15] to job": "allocated nodes:<*> to job",
        r"allocated nodes:rack-[3\ 9] to job": "allocated nodes:<*> to job",
        "allocated nodes:cn[01-12,15] to job": "allocated nodes:<*> to job",
        # one number in brackets is an index, and a word in brackets a state: they stay
        "items[3] = 4": "items[<*>] = <*>",
        "wake[enable]": "wake[enable]",
    })
    assert _one_pattern("allocated nodes:rack-[12-15] to job", "allocated nodes:rack-7 to job",
                        r"allocated nodes:rack-B[2\ 6] to job")


def test_words_after_the_colon_of_an_operation_are_its_cause_once_they_vary():
    # C's perror and wrapped errors: the operation, a colon, what the OS or a library said
    causes = ["EOF", "broken pipe", "no route to host", "connection reset by peer", "EOF"]
    assert _template(*[f"reexec socketpair: {cause}" for cause in causes]) == "reexec socketpair: <*>"
    # after a call or a quoted operand too
    assert _one_pattern("mux_session: pledge(): broken pipe", "mux_session: pledge(): EOF",
                        "mux_session: pledge(): operation timed out")
    assert _one_pattern('open "/etc/app.conf": permission denied',
                        'open "/tmp/spool/x.log": no such file or directory', 'open "a.txt": file exists')


def test_an_id_with_a_stem_and_its_second_form_in_brackets_is_one_value():
    # ids printed with a kind's stem (job_…, tx_…) or without, then their uuid, are one value
    assert _one_pattern_both_ways(
        "Terminating QQTDVQG3CIQ9ZXZH99PVKL0LKI (8434da21-8fef-4379-8dc3-909211b0d61c)",
        "Terminating job_2zP5po8XKnJuJZKwCD6 (2d009614-4269-4f9f-aab5-2a1d7d26750e)",
        "Terminating tx_XczKPYFa0tejI (1b8a144a-5680-44af-bb6a-8e36bf6ce86e)")
    # a word before the brackets is still a call or a name
    assert _first_tokens("called init_v2(3) twice") == ["called", "init_v<*>", "(", "<*>", ")", "twice"]


def test_a_name_of_code_as_subject_is_a_name_in_any_of_its_forms():
    # the subject of a short message may be any name: with a value in it, in CamelCase,
    # dotted, or a value itself; one event whichever came first
    messages = ["frontend_frontend received unhandled info <<\"billing\">>",
                "events-25 received unhandled info checkout_prod",
                "MailerService received unhandled info <<\"alpha\">>",
                "blue.orders received unhandled info users_cache",
                "notifications_v2 failed to open table: rebalance in progress"]
    miner = PatternMiner()
    ids = [miner.add(m) for m in messages]
    assert len(set(ids[:4])) == 1 and ids[4] != ids[0]
    assert miner.template(ids[0]) == "<*> received unhandled info <*>"
    for order in (messages[1:4] + messages[:1], messages[::-1]):
        assert _one_pattern(*[m for m in order if "received" in m])
    # a capitalised first word of a sentence is its verb or noun, not a name
    assert _apart("Started worker pool", "Stopped worker pool")


def test_a_cause_may_follow_a_bracket_holding_its_class_or_its_peer_when_it_reads_as_a_failure():
    # an error's class or the peer it came from in brackets, then what it said
    assert _template(
        "WARNING hook cus_Wdj6LY failed with exception (System.Net.Http.HttpClient) execution expired",
        "WARNING hook 0c8aafa3fedb336e failed with exception (org.example.pool.Pool) connection refused",
        "WARNING hook 60360 failed with exception (IOError) unexpected EOF",
    ) == "WARNING hook <*> failed with exception (<*>) <*>"
    # after a bracket an event's own words come too: they stay the event's
    causes, events = _groups(
        [f"PROTOCOL(V2): [client-{n}] {cause}" for n, cause in
         enumerate(["version mismatch between nodes", "no healthy upstream", "connection reset"])],
        [f"PROTOCOL(V2): [client-{n}] {event}" for n, event in
         enumerate(["upgrading connection to snappy", "exiting ioloop"])])
    assert len(causes) == 1 and len(events) == 2 and not causes & events


def test_the_newcomer_examples_give_one_pattern_and_template_in_any_order():
    flags = ["Feature flags:   [ ] khepri_db", "Feature flags:   [x] classic_queue_version",
             "Feature flags:   [~] stream_queue", "Feature flags:   [x] virtual_host_metadata"]
    dpkg = ["status unpacked tzdata 2024a-0ubuntu0.20.04", "status unpacked libc6:amd64 2.31-0ubuntu9.16",
            "status unpacked base-files 11ubuntu5.8", "status unpacked python3-yaml:amd64 5.3.1-1"]
    for lines, template in ((flags, "Feature flags: [<*>] <*>"), (dpkg, "status unpacked <*> <*>")):
        orders = (lines, lines[::-1], lines[1:] + lines[:1])
        for ordered in orders:
            assert _template(*ordered) == template, ordered
        # a mark in brackets, a name with its value, name their pattern alike whichever came first
        assert len(set().union(*(_ids(*ordered) for ordered in orders))) == 1


def test_a_cause_may_hold_colons_as_wrapped_errors_do():
    # Go wraps errors with their context: the cause runs from the first colon of the run
    # that ends the message
    assert _template(
        "Err fetching namespace 'search_frontend': json: cannot unmarshal string into Go value of type int",
        "Err fetching namespace 'archive-api': EOF",
        "Err fetching namespace 'search-api': x509: certificate signed by unknown authority",
        "Err fetching namespace 'private.archive': mkdir /var/spool/x.crt: permission denied",
    ) == "Err fetching namespace '<*>': <*>"
    assert _one_pattern("process_write: write packet: connection reset by peer",
                        "process_write: write packet: x509: certificate has expired",
                        "process_write: write packet: EOF")


def test_a_value_in_backticks_is_a_value():
    # Rust and Go programs quote names in prose with backticks, as others with quotes
    assert not _mismatches({
        "remote `main.backend` answered with: x": "remote `<*>` answered with: x",
        # a backtick inside a word is not a quote
        "x`y` z": "x`y` z",
        # GNU quotes, and TeX's doubled ones (two backticks to two apostrophes)
        "Parse zone `db.example': x": "Parse zone `<*>': x",
        "Unexpected response, got ``private''.": "Unexpected response, got ``<*>''.",
    })
    assert _one_pattern("Could not export documents to `archive` due to error: channel closed",
                        "Could not export documents to `EventsStore` due to error: task was cancelled",
                        "Could not export documents to `media-db` due to error: broken pipe")


def test_an_object_printed_inside_a_sentence_is_one_value():
    # JSON.stringify(x) or JavaScript's own [object Object] in a sentence: an argument,
    # whose keys vary with what was passed (a value in its braces: tokens.OBJECT_VALUE)
    assert _first_tokens('Stick to {"owner":"ledger-api","id":717} instead of GET') == [
        "Stick", "to", "{<*>}", "instead", "of", "GET"]
    assert _one_pattern('Stick to {"name":"OrdersQueue"} instead of GET',
                        'Stick to {"size":601,"retries":226} instead of GET',
                        "Stick to [object Object] instead of GET")
    # a record that is the message keeps its keys, and one that names its event too
    assert "login" in _first_tokens('{"event":"login","user":"bob"}')
    assert _apart('got {"event":"login","user":"bob"}', 'got {"event":"logout","user":"bob"}')


def test_a_word_before_an_object_that_closes_the_message_is_the_messages_own():
    # a JSON object after the message (Monolog's `message {"ctx":…} []`, winston's context): its
    # braces say where the value starts, so the word before it is no name of the value (as
    # dpkg's `tzdata 2024a` / `libc6:amd64 2.31` are one value to the masker): two call sites
    # that differ in a last word stay two, in either order
    def context(n: int) -> str:
        return '{"component":"auth","user":"' + ["bob", "carol", "erin"][n % 3] + '","request_id":' + str(n) + "}"
    for tail in (" []", ""):
        assert _one_id_each([f"Reloading configuration {context(n)}{tail}" for n in range(3)],
                            [f"Reloading configuration done {context(n)}{tail}" for n in range(3, 6)])
        assert _one_id_each([f"Reloading configuration done {context(n)}{tail}" for n in range(3)],
                            [f"Reloading configuration {context(n)}{tail}" for n in range(3, 6)])
    # one call site still, its context present or not, or a value of another form there
    assert _one_pattern_both_ways(f"Reloading configuration done {context(1)}", "Reloading configuration done")
    assert _one_pattern_both_ways('Stick to {"name":"OrdersQueue"} instead of GET', "Stick to [object Object] instead of GET")
    # and a name before a plain value goes with it, as before
    assert _one_pattern_both_ways("status unpacked tzdata 2024a", "status unpacked libc6:amd64 2.31")


def test_a_list_of_names_as_go_prints_it_and_an_empty_one_are_one_value():
    assert _one_pattern_both_ways(
        "[manual.accounts payments_media mailer] already configured, skipping origin=7",
        "[] already configured, skipping origin=72804359",
        "[delta GatewayService] already configured, skipping origin=1",
        "[indexer-queue AccountsIndex] already configured, skipping origin=3")
    # words of prose in brackets are not a list of names
    assert _first_tokens("[see the docs] for details")[:5] == ["[", "see", "the", "docs", "]"]


def test_a_failure_word_in_a_value_of_a_key_list_does_not_swallow_the_next_keys():
    # reason: upstream returned an invalid response, args_template: x — the colon after
    # args_template is the next key's, not the failure's
    one = "msg: query_mysql_error, reason: shutting down, args_template: billing, resource_id: 5819"
    two = ("msg: query_mysql_error, reason: upstream returned an invalid response, args_template: x, "
           "resource_id: 6")
    assert mask(one).endswith("resource_id: <*>") and "args_template" in mask(two)
    assert _one_pattern(one, two)
    # a failure's own cause still folds
    assert mask("failed to open /x, giving up: permission denied").endswith(": <*>")


def test_a_cause_in_brackets_right_after_a_failure_is_one_value():
    tail = "; falling back to plain PDF."
    assert _one_pattern("PDF/A metadata stamping failed (timed out)" + tail,
                        "PDF/A metadata stamping failed (KeyError('id'))" + tail,
                        "PDF/A metadata stamping failed (Connection reset by peer)" + tail)
    assert not _mismatches({
        "PDF/A metadata stamping failed (invalid literal for int() with base 10: 'abc')" + tail:
            "PDF/A metadata stamping failed (<*>)" + tail,
        # a code and its message keep their form; a failure alone in brackets is no cause's
        "connect() failed (111: Connection refused) while reading":
            "connect() failed (<*>: Connection refused) while reading",
        "(failed (x y z))": "(failed (x y z))",
    })


def test_random_ids_with_a_kinds_stem_and_localhost_are_values():
    # base62 ids with their kind's stem (as payment and SaaS APIs issue them), no digit in them
    assert not _mismatches({
        "Terminating req_OAhpgdz now": "Terminating <*> now",
        "[plugins/tx_oZRTImFAMmYyjsO] See x": "[plugins/<*>] See x",
        # names of code keep their words
        "my_var set, get_HTTPS ok": "my_var set, get_HTTPS ok",
        # the local host is a host, with its port or not
        "Writing to URL: localhost:2379": "Writing to URL: <*>",
        "Writing to URL: db-1.internal:5432": "Writing to URL: <*>",
    })
    assert _one_pattern("Terminating req_OAhpgdz (c650f3fb-8f1b-4c82-b3a1-bc1573926ac2)",
                        "Terminating job_2zP5po8XKnJuJZKwCD6 (2d009614-4269-4f9f-aab5-2a1d7d26750e)")


def test_a_cause_holds_values_and_punctuation_of_its_own():
    # what a library says holds addresses, paths, brackets and colons (Go's wrapped
    # errors, Rust's os errors, Ruby's NoMethodError): one value after the operation
    assert _template(*[f"No connection to audit sink: {cause}" for cause in (
        "context deadline exceeded",
        "dial tcp [::1]:19492: connect: connection refused",
        "read tcp 10.0.0.7:5501->10.0.0.9:6000: read: connection reset by peer",
        'Get "https://example.com/x": dial tcp 10.1.2.3:443: i/o timeout',
        "No such file or directory (os error 2)",
        "undefined method `id' for nil:NilClass")]) == "No connection to audit sink: <*>"
    # a sentence after the cause is no part of it, nor is the next item of a list
    assert _apart("Lookup of sink: EOF. The rest is dropped",
                  "Lookup of sink: broken pipe, retrying with 3 peers")


def test_a_word_introduced_as_a_value_before_a_colon_is_a_things_name():
    # "for blue:" names what the event is about: the words after it are the event's, and
    # two call sites that print their own failure there stay two
    first, second = _groups(
        [f"Notify from 10.0.0.{n} for {zone}: transfer failed: {cause}" for n, zone, cause in
         ((1, "blue", "EOF"), (2, "red", "connection refused"), (3, "green", "already exists"))],
        [f"Notify from 10.0.0.{n} for {zone}: failed primary check: {cause}" for n, zone, cause in
         ((4, "blue", "i/o timeout"), (5, "amber", "no such host"))])
    assert len(first) == 1 and len(second) == 1 and first != second
    # a kind of thing there (by app:) is the operation's word, as before
    assert _one_pattern("ASGI lifespan not supported by app: not found",
                        "ASGI lifespan not supported by app: invalid character 'x' looking for beginning")


def test_after_a_bracket_a_failure_with_its_own_cause_is_the_events():
    # PROTOCOL(V2): [client] <cause> and PROTOCOL(V2): [client] messagePump error - <cause>
    # are two call sites: the second prints its own failure before its cause
    bare, pump = _groups(
        [f"PROTOCOL(V2): [client-{n}] {cause}" for n, cause in
         enumerate(["connection reset by peer", "no healthy upstream", "EOF"])],
        [f"PROTOCOL(V2): [client-{n}] messagePump error - {cause}" for n, cause in
         enumerate(["broken pipe", "i/o timeout"])])
    assert len(bare) == 1 and len(pump) == 1 and bare != pump
    # a library's own text with a dash in it (Ruby's Errno messages) is still one cause
    causes = ["unexpected EOF", 'Connection refused - connect(2) for "10.0.0.1" port 6379',
              "No such file or directory @ rb_sysopen - /srv/x.crt", "Broken pipe"]
    assert _one_pattern(*[f"WARNING hook {n} failed with exception (IOError) {cause}"
                          for n, cause in enumerate(causes)])
    # nor is a bracket followed by more brackets a cause's: (RUNNING) is a state of the event
    assert _apart("Cannot create customer (ab12cd34) using type (RUNNING) as it is not supported",
                  "Cannot create customer (ef56ab78) using type (STARTING) as it is not supported")


def test_a_cause_on_the_next_line_after_a_failures_colon_is_one_value():
    # loggers print the cause after a newline too (log.exception("…:\n%s"), dpkg's
    # "dependency problem with …:\n <why>")
    assert not _mismatches({
        "Exception during worker exit:\nunexpected EOF": "Exception during worker exit:\n<*>",
        # a colon that ends a line with no failure before it stays as it is
        "Stats of the day:\nall quiet": "Stats of the day:\nall quiet",
    })
    assert _one_pattern("Exception during worker exit:\nunexpected EOF",
                        "Exception during worker exit:\n[Errno 13] Permission denied: '/var/lib/auth'",
                        "Exception during worker exit:\nExpecting value: line 1 column 1 (char 0)")


def test_brackets_that_end_a_failures_clause_hold_its_cause():
    # C and Go programs print the cause in brackets at the end of the failure's clause
    assert not _mismatches({
        "Could not sync config file to disk (no space left on device)":
            "Could not sync config file to disk (<*>)",
        # brackets inside the clause are not its end; the last ones are
        "Failed after writing (12) bytes to config file (broken pipe)":
            "Failed after writing (<*>) bytes to config file (<*>)",
        # a code and its message keep their form (the OS's text a value of its own: see
        # test_the_oss_error_text_after_a_colon_is_one_value); brackets after a new clause
        # are not the failure's
        "connect() failed (111: Connection refused)": "connect() failed (<*>: <*>)",
        "connect() failed (111: upstream went away)": "connect() failed (<*>: upstream went away)",
        "Failed to start, retrying (attempt three)": "Failed to start, retrying (attempt three)",
        "Failed to start (attempt three) now": "Failed to start (attempt three) now",
    })
    assert _one_pattern("error reading native CA store (EOF), continuing anyway",
                        "error reading native CA store (certificate has expired), continuing anyway",
                        "error reading native CA store (server closed the connection), continuing anyway")


def test_a_cause_may_follow_a_sentence_and_a_failure_s_colon_stays_in_its_sentence():
    # Python's logger.error("Error loading app. %s", exc): a sentence, then what was raised
    assert _template(*[f"Error loading custom setup function. {cause}" for cause in (
        "[Errno 13] Permission denied: 'data/server.crt'", "KeyError('id')", "database is locked",
        "AbortError: The operation was aborted")]) == "Error loading custom setup function. <*>"
    assert not _mismatches({
        # the failure's colon is in its sentence: the words of the next one are not its cause
        "Error loading app. Expecting value: line 1": "Error loading app. Expecting value: line <*>",
        # but a key right after it introduces the cause (… error. Msg: <*>)
        "Skipping message due to unrecoverable error. Msg: lease expired":
            "Skipping message due to unrecoverable error. Msg: <*>",
    })
    # a sentence, then a key: the cause follows the key, and the key stays
    assert _template("Timeout while reading. Retrying automatically. Reason: lease expired",
                     "Timeout while reading. Retrying automatically. Reason: checksum mismatch") == (
        "Timeout while reading. Retrying automatically. Reason: <*>")


def test_a_text_after_a_whole_sentence_and_its_colon_is_one_value_whatever_its_words():
    # a sentence of four words or more, then a colon: what it says it of (a peer's message, a
    # reason, a detail) is a value, even when no word of it reads as a failure
    texts = ["maintenance window", "leader changed", "the configuration was reloaded", "shutting down"]
    assert _template(*[f"Barcode of type qr found: {text}" for text in texts]) == (
        "Barcode of type qr found: <*>")
    # so is the label after a sentence's end (a key whose value is the details)
    assert _one_pattern(*[f'"gone" The child process has crashed. Details: {text}' for text in texts])
    # a short phrase before the colon names a state, whose words are the event
    assert _apart("Replica state: catching up", "Replica state: fully synced")
    # a name of code before it is a key, a state in capitals after it an event of its own
    assert _apart("Processing the event EventType: CONTAINER_LAUNCH for container c_1 attempt a_1",
                  "Processing the event EventType: TASK_ABORT")
    assert _apart("Processing the event state: CONTAINER_LAUNCH for container c_1 attempt a_1",
                  "Processing the event state: TASK_ABORT for job")


def test_a_text_after_a_whole_sentence_and_for_or_because_is_one_value():
    # a sentence says what it did, and for what, because of what, titled what: a reason or a
    # title in words of its own, a value however many words it takes
    reasons = ["user requested.", "maintenance window.", "quota exceeded for tenant.", "shutting down."]
    assert _one_pattern_both_ways(*[f"Attempting to block all realm operations for {r}" for r in reasons])
    assert _one_pattern(*[f"Detected issues with the document, titled {r}" for r in reasons])
    assert _one_pattern(*[f"Cannot stream metrics chunk because {r}" for r in reasons])
    # a value folded there (a query) is such a text too, whichever comes first
    assert _one_pattern_both_ways("Attempting to block all realm operations for SELECT a FROM t WHERE b = 1.",
                                  "Attempting to block all realm operations for user requested.")
    # a text with a slot of its own, a value or a name of code, is the program's own sentence
    assert _apart("Skipping the gatekeeper scan because new update orders.api has a custom policy",
                  "Skipping the gatekeeper scan because Autoupdate is not signed as update billing.api")
    assert _apart("Skipping the gatekeeper scan because update 7 has a custom policy",
                  "Skipping the gatekeeper scan because Autoupdate is not signed for update 9")
    # a short sentence before it says too little: its words part events
    assert _apart("Waiting for leader election", "Waiting for shutdown to complete")


def test_two_spaced_dashes_part_a_failure_from_its_cause_as_one_does():
    causes = ["operation timed out", "too many open files", "MongoServerError: E11000 duplicate key error"]
    assert _template(*[f"[reset] Errors were encountered during reset -- {c}" for c in causes]) == (
        "[reset] Errors were encountered during reset -- <*>")
    assert _one_pattern(*[f"sync replica log -- {c}" for c in ("EOF", "broken pipe", "connection refused")])
    # not two states of a subject, as after one dash
    assert _apart("Media stream connection -- established", "Media stream connection -- closed")


@pytest.mark.parametrize("head", ["production.ERROR: ", "app.CRITICAL: ", "[2024-03-01 10:00:00] shop.ERROR: "])
def test_a_channel_and_its_level_say_how_bad_not_what_failed(head):
    # Monolog's "%channel%.%level_name%: %message%": at ERROR as at INFO, a class's label and
    # its colon open each call site's own message (they had merged into "production.ERROR:
    # InstallServer: <*>", the level's word read as a failure whose cause followed)
    sites = ["InstallServer: Exception occurred {n}", "InstallServer: OS not supported on node {n}",
             "InstallServer: Docker installation failed after {n} tries"]
    assert _one_id_each(*[[head + site.format(n=n) for n in (3, 17)] for site in sites])
    # the program's own failure still says its cause after its colon
    assert _one_pattern(head + "Failed to sync feed 4: broken pipe", head + "Failed to sync feed 9: unexpected EOF")
    assert _one_pattern(head + "InstallServer: failed to open file: broken pipe",
                        head + "InstallServer: failed to open file: no such file or directory")


@pytest.mark.parametrize("key", ["message", "msg"])
@pytest.mark.parametrize("opening", ["[", "%{"])
def test_an_elixir_reports_message_key_names_its_event_and_its_module_the_call_site(opening, key):
    # Logger.warning(message: "…", source: :app, module: __MODULE__), a report, as Logger
    # prints it (Kernel.inspect's keyword list, or a map): its message is the record's, as a
    # structured record's msg="…" is, its module the call site's; the message's values
    # vary, its quoted text's escaped quotes too (the report had been one value, "[<*>]").
    # Its key msg: too, read by both tokens (its keys kept) and masking (its message masked
    # as the text it quotes; masking had read message: alone)
    closing = "]" if opening == "[" else "}"
    def report(message: str, module: str) -> str:
        return f'[warning] {opening}{key}: "{message}", source: :queue, module: Jobs.{module}{closing}'
    unexpected = [r'Received unexpected message: \"shutting down\"', r'Received unexpected message: \"lease 4\"',
                  r"Received unexpected message: {:DOWN, #Reference<0.1.2.3>, :process, :normal}"]
    checks = ["Jobs.Peer.leader?/2 check failed due to :econnrefused", "Jobs.Peer.leader?/2 check failed due to :timeout"]
    assert _one_id_each([report(m, "Pruner") for m in unexpected], [report(m, "Stager") for m in unexpected],
                        [report(m, "Peer") for m in checks], [report(f"Job {n} failed to start", "Peer") for n in (3, 71)])
    assert _template(*[report(m, "Pruner") for m in unexpected]) == (
        f'[warning] {opening}{key}: "Received unexpected message: <*>", source: <*>, module: Jobs.Pruner{closing}')
    # near miss: a list of keys and values that no message key opens is the values it holds
    assert _one_pattern(*[f"[warning] [reason: {r}, module: Jobs.{m}]" for r, m in (("closed", "Peer"), ("timeout", "Stager"))])


def test_free_words_after_a_whole_sentences_end_are_one_value():
    texts = ["user requested", "leader changed", "the configuration was reloaded", "quota exceeded"]
    assert _template(*[f"Received camera/show but entity_id was not string! {t}" for t in texts]) == (
        "Received camera/show but entity_id was not string! <*>")
    assert _one_pattern(*[f"Could not parse the incoming payload. {t}" for t in texts])
    # a text with a slot of its own is a sentence of the program's: two events
    assert _apart("Could not parse the incoming payload. Retrying in 5 seconds",
                  "Could not parse the incoming payload. Giving up on orders.api")
    # a short sentence says too little
    assert _apart("Starting server. Listening on all interfaces", "Starting server. Waiting for peers")

def test_a_level_word_and_its_exclamation_mark_after_the_head_is_a_label():
    # "<pid> MCP Warning! <message>" (a Perl daemon's warn, a script's echo): the level's word
    # and its "!" label the message as a level's colon does; each call site's words after it
    # are its own, not the cause of a sentence that ends there (they had merged into
    # "(<*>) MCP Warning! <*>" once a first message read as a failure)
    sites = ["Unable to open new filehandle for /srv/{}.json", "Failed to unlink /srv/{}", "Reloading {} now"]
    assert _one_id_each(*[[f"({n}) MCP Warning! {site.format(n * 7)}" for n in (3, 41, 2077)]
                          for site in sites])
    # near miss: after a sentence of the message's own that ends there, a failure's text folds
    causes = ("Connection refused", "Permission denied", "No such file or directory")
    assert _one_pattern(*[f"job {n} Could not open the spool. {cause}" for n, cause in enumerate(causes)])


def test_an_unmarked_cause_may_follow_a_quoted_value():
    causes = ["server closed the connection unexpectedly", "Broken pipe (os error 32)", "permission denied"]
    lines = [f'Could not delete malformed applied_seq file "/srv/{n}/seq" {c}' for n, c in enumerate(causes)]
    assert _one_pattern_both_ways(*lines)
    # two texts that are no failure stay two events
    assert _apart('Could not delete malformed applied_seq file "/srv/a" while compacting',
                  'Could not delete malformed applied_seq file "/srv/b" during startup')


def test_an_unmarked_cause_may_start_with_its_code_in_brackets():
    causes = ["broken pipe", "[Errno 111] Connection refused", "[Errno 2] No such file or directory"]
    assert _one_pattern_both_ways(*[f"Error while closing socket {c}" for c in causes])
    # a bracket of words is no code
    assert _apart("Error while closing socket broken pipe", "Error while closing socket [worker one] done")


def test_a_sentence_of_two_words_may_part_a_failure_from_its_cause():
    causes = ["no space left on device", "Connection reset by peer", "certificate has expired"]
    assert _one_pattern(*[f"Closing connection. {c}" for c in causes])
    # but for two causes that read as failures, a sentence after it is an event of its own
    assert _apart("Closing connection. Will retry later", "Closing connection. Moving to the next host")


def test_the_text_before_a_cause_is_read_with_its_leading_name_as_a_value():
    # a leading name and an operation, then what the library said: the causes fold under
    # the operation whatever name leads, before the names and operations would generalize
    fork = ["ssh_askpass: fork: Temporary failure in name resolution",
            "ssh_askpass: fork: Resource temporarily unavailable", "ssh_askpass: fork: Invalid argument"]
    pipe = ["archive.internal: pipe: Name or service not known", "auto: pipe: No such file or directory",
            "shared: pipe: Connection reset by peer"]
    ids = _ids_in_order([line for pair in zip(fork, pipe, strict=True) for line in pair])
    assert len(set(ids[0::2])) == 1 and not set(ids[0::2]) & set(ids[1::2])


def test_a_level_glued_to_its_scope_is_no_failure_whose_message_would_fold():
    # Zig's std.log: level(scope): message; each call site's words follow the colon
    lines = ["error(embedded_window): error updating app config err=connection refused",
             "error(io_exec): io gather error err=too many open files",
             "error(page_list): error cloning rows for split err=already exists"]
    assert _apart(*lines)
    assert _one_pattern("error(io_exec): io gather error err=too many open files",
                        "error(io_exec): io gather error err=operation timed out")
    # nor is a level word after a mark alone (Julia's boxed records)
    assert _apart("┌ Error: Expected package a to have a set UUID, please file a bug report.",
                  "┌ Error: malformed auth file")
    # a failure said in words before its own brackets still has its cause after the colon
    assert _template("failed(3 attempts): connection refused", "failed(3 attempts): no route to host") == (
        "failed(<*> attempts): <*>")


def test_the_name_after_a_records_level_and_its_colon_is_what_the_message_is_about():
    # rclone's INFO  : <object>: <message>: each message its own event, whatever object
    assert _apart("INFO  : stable.frontend: Cache chunk path: /var/spool/LOCK",
                  "INFO  : Analytics: Upload Temp Rest Time: 81.9ms", "INFO  : daily: Deleted")
    assert _one_pattern("INFO  : stable.frontend: Cache chunk path: /var/spool/LOCK",
                        "INFO  : daily.x: Cache chunk path: /var/x")
    # an operation after a level alone is still one, its causes fold
    assert _one_pattern("ERROR : open config file: permission denied", "ERROR : open config file: EOF",
                        "ERROR : open config file: no such file or directory")


def test_after_a_tag_in_brackets_a_whole_sentence_and_its_colon_take_the_cause():
    texts = ["version mismatch between nodes", "quota exceeded for tenant", "the configuration was reloaded"]
    lines = [f"[kong] statsd_logger.lua:78 [datadog] Sending data to statsd server: {t}" for t in texts]
    assert _template(*lines).endswith("[datadog] Sending data to statsd server: <*>")
    # a short phrase after the tag is the event's, its words after the colon too
    assert _apart("[client-7] replica state: catching up", "[client-7] replica state: fully synced")


def test_a_cause_glued_to_a_failures_colon_is_one_value():
    assert not _mismatches({
        # Java's "failed to close statement:" + e, Go's "error fetching CN from cert:" + err
        "[CHECK] failed to close statement:Connection reset": "[CHECK] failed to close statement:<*>",
        # a name and its value glued to a colon, with no failure before, stay as they are
        "loaded class:Foo from cache": "loaded class:Foo from cache",
    })
    assert _one_pattern("error fetching CN from cert:x509: certificate has expired",
                        "error fetching CN from cert:EOF")


def test_causes_of_every_language_after_a_failure_are_one_value():
    # Erlang terms, Python reprs and parse errors after the failure forms seen in logs
    causes = ["{badmatch,{error,enoent}}", "KeyError('user_id')", "[Errno 111] Connection refused",
              "Expecting value: line 1 column 1 (char 0)", "{shutdown,normal}", "EOF"]
    for form in ("shard {n} error : {e}", "failed to close statement:{e}", "Failed to sync shard {n}: {e}"):
        assert _one_pattern(*[form.format(n=n, e=e) for n, e in enumerate(causes)]), form
    # a failure's own cause folded inside a cause after a bracket reads as a failure
    assert _one_pattern("hook 1 failed with exception (IOError) read tcp 10.0.0.1:5->10.0.0.2:6: read: reset",
                        "hook 2 failed with exception (IOError) broken pipe")


def test_a_cause_inside_a_quoted_message_ends_with_the_message():
    # structured loggers quote the message: the record's other keys stay after the cause
    assert not _mismatches({
        'level=error msg="Failed to add bridge: connection refused" iface=eth0':
            'level=error msg="Failed to add bridge: <*>" iface=<*>',
        '{"level":"error","msg":"failed to sync: EOF","shard":3}':
            '{"level":"<*>","msg":"failed to sync: <*>","shard":<*>}',
    })
    # a cause with quotes of its own (Go's Get "url": …) still ends with the message
    assert mask('level=warning msg="Failed getting x: Get \\"http://a/b\\": i/o timeout" id=7').endswith(
        ': <*>" id=<*>')


def test_a_level_is_no_failure_whose_cause_would_fold():
    # a record's level (ERROR, [error], level=error) says how bad, not what failed: the
    # words after a colon stay the event's
    for line in ("ERROR Replica state: catching up", "[error] Replica state: catching up",
                 'level=error msg="Replica state: catching up"',
                 '{"level":"error","msg":"Replica state: up"}'):
        assert "<*>" not in mask(line).replace('"level":"<*>"', ""), line
    assert _apart("ERROR Replica state: catching up", "ERROR Replica state: fully synced")
    # a failure said in the message still folds its cause
    assert mask("ERROR failed to sync: EOF") == "ERROR failed to sync: <*>"


def test_a_cause_inside_a_structured_records_message_is_learned_too():
    # logrus, zap, slog: msg="sync shard: <what the library said>" and the record's keys
    causes = ["connection refused", 'Get "https://x/y": dial tcp 10.0.0.1:443: i/o timeout', "EOF",
              "invalid character 'x' looking for beginning of value", "no such file or directory"]
    for form in ('level=error msg="sync shard: {e}" shard={n}',
                 '{{"level":"error","msg":"sync shard: {e}","n":{n}}}'):
        assert _one_pattern(*[form.format(e=e.replace('"', '\\"') if "{{" in form else e, n=n)
                              for n, e in enumerate(causes)]), form
    miner = PatternMiner()
    one = miner.add('level=error msg="sync shard: connection refused" shard=1')
    assert miner.add('level=error msg="sync shard: EOF" shard=2') == one
    assert miner.template(one) == 'level=error msg="sync shard: <*>" shard=<*>'
    # the words of the message before a cause stay the event's
    assert miner.add('level=error msg="sync replica: EOF" shard=2') != one


def test_a_word_kept_over_three_records_is_its_call_sites():
    # a word or name that a pattern's first records all print where a new record has another
    # is a constant of their call site (C's __func__, a fixed option name): the new one is
    # another call site's; with less evidence it may still be a value
    settled = ["Error: Empty max_topic_alias value in configuration."] * 3
    other = ["Error: Empty socket_domain value in configuration."]
    assert len(set().union(*_groups(settled, other))) == 2
    assert len(set().union(*_groups(settled[:1], other))) == 1
    prefixed = ["argv_assemble: sshbuf_new failed"] * 3
    assert len(set().union(*_groups(prefixed, ["pkcs11_lookup_key: sshbuf_new failed"]))) == 2
    assert len(set().union(*_groups(["ObserverRequestProcessor exited loop!"] * 4,
                                    ["SessionTrackerImpl exited loop!"]))) == 2
    # but a word a naming word or "=" introduces, or a state after a key's mark, varies however
    # often one value comes first (one user logs in a hundred times, then another)
    for first, then in [("Failed password for root from 10.0.0.1 port 22 ssh2",
                         "Failed password for admin from 10.0.0.2 port 23 ssh2"),
                        ("session opened user=root tty=pts", "session opened user=alice tty=pts"),
                        ("Processing the event EventType: TASK_ABORT",
                         "Processing the event EventType: JOB_SETUP")]:
        assert len(set().union(*_groups([first] * 5, [then]))) == 1, then


def test_a_word_of_prose_two_records_printed_before_its_noun_is_their_call_sites():
    # a plain word that a pattern's first two records both printed before a word of the
    # sentence (the noun it modifies) is how their call site names its event: another word
    # there is another call site's; after one record it may still be a value
    for first, then in [("Import: validation error at line 12", "Import: creation error at line 7"),
                        ("Requesting initial finality update", "Requesting initial optimistic update"),
                        ("get udp message from worker, len: 12", "get udp package from worker, len: 7")]:
        assert len(set().union(*_groups([first] * 2, [then]))) == 2, then
        assert len(set().union(*_groups([first], [then]))) == 1, then
    # a name needs three records as before: at the end of the message, written as code, after
    # a naming word, or after a noun that names it before a closed word
    for first, then in [("Kiosk set system volume to grace", "Kiosk set system volume to maria"),
                        ("Cleanup of orders_v2 queue done", "Cleanup of billing_v3 queue done"),
                        ("Refreshed cache for action checkout from container 1f",
                         "Refreshed cache for action frontend from container 2e"),
                        ("Fetched data for user alice from cache", "Fetched data for user bob from cache")]:
        assert len(set().union(*_groups([first] * 2, [then]))) == 1, then


def test_a_hyphenated_word_of_prose_two_records_printed_before_its_noun_is_their_call_sites():
    # a compound of prose (words of letters joined by hyphens) that two records printed
    # before a word of their sentence names the event as a plain word does, at a place
    # inside the message and where a message may open with a name (after a bracketed tag)
    for first, then in [("Import: pre-commit check failed at line 12",
                         "Import: post-commit check failed at line 7"),
                        ("[alpha] phase-begin flush failed: disk full",
                         "[beta] phase-end flush failed: disk full")]:
        assert len(set().union(*_groups([first] * 2, [then]))) == 2, then
        assert len(set().union(*_groups([first], [then]))) == 1, then
    # a hyphenated value with a digit in it is no word of prose, nor is a hyphenated word
    # against a plain one (a user, a host: a program's own alternatives are of one kind)
    for first, then in [("Import: shard-5 check failed at line 12", "Import: shard-7 check failed at line 7"),
                        ("[alpha] zone-a1 flush failed: disk full", "[beta] zone-b2 flush failed: disk full"),
                        ("Import: build-bot check failed at line 12", "Import: grace check failed at line 7"),
                        ("[alpha] build-bot flush failed: disk full",
                         "[beta] grace flush failed: disk full")]:
        assert len(set().union(*_groups([first] * 2, [then]))) == 1, then


def test_an_error_named_as_what_an_operation_returned_is_followed_by_its_text():
    # returned error <text>, with the following error <text>, after config error <text>
    assert not _mismatches({
        "lookup 5 returned error connection refused": "lookup <*> returned error <*>",
        # the error as a noun of the event stays (an error occurred during …, got error while …)
        "An error occurred during plugin activation": "An error occurred during plugin activation",
        "got error while reading x": "got error while reading x",
    })
    assert _one_pattern("failed to transfer leadership to node a with the following error lease expired",
                        "failed to transfer leadership to node b with the following error checksum mismatch")


def test_a_run_of_words_the_first_records_all_printed_is_their_call_sites():
    # nothing introduces the run but the words around it: printed by the pattern's first
    # three records, it is a constant of their call site, and a value there is another's
    phrase = "[warning] could not reach the mirror, no fallback route found in the table"
    other = "[warning] could not reach mirror-7.example.net, no fallback route found in the table"
    settled, later = _groups([phrase] * 3, [other, phrase])
    assert len(later) == 2 and settled <= later  # (the phrase keeps its pattern)
    # before that, the run is a value written in words, as ever
    assert _one_pattern(phrase, other)


# Rules checked by which messages give one pattern and which stay apart, and nothing else:
# a row a rule, named after it, with the comments that say why.


def _rule(name: str, *, one=(), one_both_ways=(), one_id_both_ways=(), apart=()):
    """A row: groups of messages that give one pattern each (in the order written; in both
    orders; in both orders with the same id), and groups whose messages each give their own."""
    return pytest.param(one, one_both_ways, one_id_both_ways, apart, id=name)


_MERGE_OR_STAY_APART = [
    _rule("qualified_names_are_things_named_not_the_event",
          # three labels or more: a bundle, package or property; first or later in the message, a
          # stop after it too (the sentence's)
          one=[["com.example.a: retry queued, next attempt in 40 seconds",
                "org.example.Billing.Export: retry queued, next attempt in 9 seconds"],
               ["reloaded ui.theme.dark now", "reloaded net.proxy.port now", "reloaded ui.font.size now"],
               ["Return JSON System.Net.Http.HttpClient.", "Return JSON celery.worker.consumer.Consumer."]],
          # a name of two labels is often the code location of the event: it stays a word;
          # and a dotted state in capitals is a state, qualified or not
          apart=[["Registry.addBlock: map updated", "Registry.delete: map updated"],
                 ["got intent.action.SCREEN_ON now", "got intent.action.SCREEN_OFF now"]]),
    _rule("two_class_names_that_open_the_record_before_a_colon_are_two_call_sites",
          # a class that prints its own name as a label (a logger's or class's prefix): two
          # of them before the same words are two call sites, in either order
          apart=[["MailImport: user is not defined", "FeedImport: user is not defined"],
                 ["FeedImport: no entries in imported file", "MailImport: no entries in imported file",
                  "ArchiveReader: no entries in imported file"]],
          # a leading name that has varied, or a lower-case one, still lets a class name come
          one=[["ledger: conffile is not a plain file", "OrdersQueue: conffile is not a plain file"],
               ["sessions-2: Entity terminated", "billing: Entity terminated",
                "MailerQueue: Entity terminated", "AuditStore: Entity terminated"]]),
    _rule("a_label_in_words_and_its_value_after_a_colon_is_a_sub_message_not_a_cause",
          # an object's name, then a field of its own (capitalised words, a colon, a value):
          # each label is its call site's, where a wrapped error's operation is a library's
          apart=[["NOTICE : orders: Cache chunk path: /var/spool/x",
                  "NOTICE : orders: Upload Temp Rest Time: 2.5ms"],
                 ["worker-3: Cache chunk path: /var/spool/x", "worker-3: Upload Temp Rest Time: 2.5ms",
                  "worker-3: Deleted"]],
          one=[["sync worker: read tcp 10.0.0.1:80: i/o timeout", "sync worker: open /x/y: permission denied",
                "sync worker: Broken pipe", "sync worker: json: cannot unmarshal string"]]),
    _rule("a_name_in_capitalised_words_that_opens_the_record_before_a_colon_is_a_components",
          # a component's name (as a program that logs for its parts prints it): what follows is
          # that part's event, no cause of an operation, first or after a bracketed header
          apart=[["Feed Reader Import: user is not defined", "Feed Reader Import: unable to read file /tmp/x",
                  "Feed Reader Import: no entries in imported file"],
                 ["[app] Feed Reader Import: user is not defined",
                  "[app] Feed Reader Import: unable to read file /tmp/x"]],
          # an operation in a verb's form before the colon keeps its causes
          one=[["Loading Plugins: permission denied", "Loading Plugins: no such file or directory"]]),
    _rule("a_mark_alone_where_the_other_has_nothing_is_no_value",
          apart=[["! WARNING: Detected 63 worker threads started in app boot:",
                  "! WARNING: Detected 1 worker threads started in app boot"]],
          # a value there is one (killed process 12 (java) / killed process 13)
          one=[["worker killed process 12 (java) after timeout", "worker killed process 13 after timeout"]]),
    _rule("a_record_may_differ_in_length_at_one_place_and_in_values_elsewhere",
          # the second carries a structured value where the first has a bare one, and another
          # name after "=": still the same event
          one=[["closed handle=12 mode=rw owner=org.example.viewer holder=null uid=37",
                "closed handle=13 mode=rw owner=system holder=Holder{4711} uid=500"]],
          # a length difference plus a word changed after a mere ":" is two events
          apart=[["probe: eth_reset_begin: Old mode: 3, retries: 2, queue len: 16, drops: 0, errors: 0",
                  "probe: eth_setup: mode: 5, retries: 1, queue len: 16, drops: 4, errors: 1"]]),
    _rule("a_bracketed_annotation_some_records_lack_keeps_the_pattern",
          # a value with its name in brackets, where the name is sometimes a value itself (and
          # folds into it) and sometimes a plain word: either order
          one_both_ways=[["Low memory: stopped process 1234 (java) rss:2345kB, swap:12kB",
                          "Low memory: stopped process 99 (python3) rss:9kB, swap:1kB"]],
          # an extra bracketed word on a short message is not evidence enough
          apart=[["job 12 done (cached)", "job 13 done"]]),
    _rule("words_after_a_things_id_or_a_label_are_the_event",
          # a thing's id before the colon says what the event is about: closing is not created;
          # a label alone (a level word, a name) before the colon: the event follows; and states
          # or phrases of an event after a colon are not causes: two events
          apart=[["TOPIC(orders-0): closing", "TOPIC(orders-1): created",
                  "TOPIC(orders-2): deleting channel 7"],
                 ["channel 0: send close", "channel 1: datagram too big"],
                 ["warning: disk nearly full", "warning: cache rebuilt slowly"],
                 ["Replica state: catching up", "Replica state: fully synced",
                  "Standby mode: warm standby", "Standby mode: hot spare",
                  "onReceive action: com.example.intent.SCREEN_ON",
                  "onReceive action: com.example.intent.SCREEN_OFF"]]),
    _rule("a_parts_name_and_kind_before_a_colon_tag_the_parts_own_messages",
          # a program that logs for its parts (plugins, modules, drivers) prints a tag and then
          # the part's own message: events, not causes of an operation before the colon, even
          # when they read as failures; at the start or after a bracketed header
          apart=[["rrdcache plugin: Option `Timeout' not allowed here.",
                  "rrdcache plugin: failed to build values string",
                  "rrdcache plugin: cache directory is not writable"],
                 ["[error] ntpd module: peer table is full", "[error] ntpd module: socket is not connected"],
                 # a name that ends as a verb's form with no vowel before it is no verb
                 ["ping plugin: socket is not connected", "ping plugin: failed to build values string"]],
          # the event's values still vary, and so does the part's name
          one=[["disk plugin: cannot open /dev/sda1", "sensors plugin: cannot open /dev/sdb2"],
               # a verb's form before the kind is an operation, whose causes fold
               ["Loading plugin: cannot read manifest", "Loading plugin: no such file"],
               ["reexec socketpair: broken pipe", "reexec socketpair: permission denied"]]),
    _rule("a_spaced_dash_parts_a_subject_from_its_event",
          # one word after the dash, ending the message, is the subject's state (closed reads as a
          # failure, and is still a state there); a failure with its own colon after the dash is
          # the event's words, its cause after the colon
          apart=[["[info] Media stream connection - established",
                  "[warning] Media stream connection - closed",
                  "[warning] Media stream connection - send error: quota exceeded",
                  "[warning] Media stream connection - receive error: bad frame"]],
          one_both_ways=[["[warning] Media stream connection - send error: quota exceeded",
                          "[warning] Media stream connection - send error: no healthy upstream"],
                         # an errno's name or several words after the dash of an operation: causes
                         ["sync replica log - EOF", "sync replica log - connection refused by peer"]]),
    _rule("a_comma_after_a_clause_that_ends_with_its_failure_comes_before_its_cause",
          # what follows is the cause, learned as after an operation's colon (one of two reads as
          # a failure); a key and its colon after the comma are the key's
          one_both_ways=[["Deployment failed, upstream returned an invalid response",
                          "Deployment failed, missing required field 'email'",
                          "Deployment failed, scheduled restart"],
                         ["version check failed, reason: not enough replicas",
                          "version check failed, reason: scheduled restart"]],
          # the program's own next step after the comma, neither a failure: two events
          apart=[["Upload failed, retrying", "Upload failed, giving up"],
                 ["version check failed, reason: checksum mismatch", "version check failed, i/o timeout"]]),
    _rule("a_methods_path_is_where_it_is_logged",
          # __METHOD__ or __PRETTY_FUNCTION__ first: one per call site, a label whose message
          # follows (not an operation whose causes fold), as C's __func__ is
          apart=[["App\\Queue\\JobHandler::executeJob: job queue is empty",
                  "App\\Queue\\JobHandler::executeJob: job queue is full",
                  "App\\Queue\\QueueManager::push: job queue is full"],
                 ["App\\Import\\TaskImport::importTask: validation error at line 6",
                  "App\\Import\\TaskImport::importTask: imported successfully line 2"],
                 # later in the message too: two methods are two call sites
                 ["Subscriber executed: App\\Subscriber\\AuthSubscriber::afterLogout",
                  "Subscriber executed: App\\Subscriber\\AuthSubscriber::onLoginFailure",
                  "Subscriber executed: App\\Subscriber\\BootstrapSubscriber::execute"]],
          # elsewhere a class path (no method) is a value
          one=[["loaded App\\Models\\Account for 3", "loaded App\\Models\\Invoice for 4"]]),
    _rule("a_methods_path_called_is_where_it_is_logged_whatever_its_case",
          # Class::Method() as C++'s MS_CLASS "::" __FUNCTION__ "()" prints it (a capital last,
          # as C++, C# and Go name methods): the parentheses make it a function, one per call site
          apart=[["W RTC::PlainTransport::OnRtpDataReceived() | received data is not a valid RTP packet",
                  "W RTC::Producer::ReceiveRtpPacket() | received data is not a valid RTP packet",
                  "W RTC::PipeTransport::OnRtpDataReceived() | received data is not a valid RTP packet"],
                 # and a label before its dash, not an operation whose cause follows (two call
                 # sites of one method, whatever their case)
                 ["CTemplate::SetFile() - Filename is empty",
                  "CTemplate::SetFile() - [/var/lib/znc/a.tmpl] does not exist"],
                 ["CTemplate::setFile() - Filename is empty",
                  "CTemplate::setFile() - [/var/lib/znc/a.tmpl] does not exist"]],
          # no parentheses: a type's path, a value; one call site's values still vary
          one=[["failed: RTC::Producer is closed", "failed: RTC::Consumer is closed"],
               ["CTemplate::SetFile() - [/var/lib/znc/a.tmpl] does not exist",
                "CTemplate::SetFile() - [/var/lib/znc/b.tmpl] does not exist"],
               # a call's colon is an operation's: the error's text after it is its cause
               ["Socket::Open(): Connection refused", "Socket::Open(): No route to host"]]),
    _rule("a_function_after_the_code_location_that_opens_the_record_is_where_it_is_logged",
          # file:line: func(): a logger's caller field; two functions of one file are two call
          # sites, whatever their messages (not an operation whose causes fold)
          apart=[["[app] proxy.lua:145: stream_frames(): failed to decode frame: broken pipe",
                  "[app] proxy.lua:189: convert_format(): converting from json type to text"]],
          # causes that read as failures still fold after it
          one=[["[app] proxy.lua:145: stream_frames(): connection refused",
                "[app] proxy.lua:145: stream_frames(): permission denied"]]),
    _rule("a_qualified_name_after_the_records_level_is_the_loggers",
          # [level] namespace.Class message: the logger's name (log4j's %p %c, Serilog's
          # SourceContext), one per class; two classes are two call sites
          apart=[["[Fatal] App.Data.Migrations.MigrateChapters Running the migration - Completed",
                  "[Fatal] App.Data.Migrations.MigrateVolumes Running the migration - Completed"]],
          # after a bracket of another kind a qualified name is the sentence's subject: a value
          one=[["[worker-1] com.example.orders.OrderService is freed",
                "[worker-2] io.netty.channel.nio.NioEventLoop is freed"]]),
    _rule("a_proxys_backend_or_frontend_is_named_by_the_word_after_it",
          # as a host or a pool is: the name after it varies within one event
          one=[["removing backend orders from the pool", "removing backend billing from the pool"],
               ["removing frontend public from the pool", "removing frontend admin from the pool"]],
          # after a noun that names no kind of thing, the word is the event's
          apart=[["removing replica orders from the pool", "removing replica billing from the pool"]]),
    _rule("one_value_matches_a_run_of_values_the_masker_did_not_fold",
          # the masker folds a run of values into one only when every word of it has a value's
          # shape (media-27, not alpha): once the template's run is values alone, one value there
          # is the same value, after one shared word too
          one=[["CLI: 10.0.0.1:80 stable.mailer node-5.example.net",
                "CLI: 10.0.0.2:80 alpha node-6.example.net",
                "CLI: 10.0.0.3:80 media-27 node-7.example.net"]],
          # not a run with a word of the event in it
          apart=[["sent: 10.0.0.1:80", "sent: 10.0.0.1:80 to 5"]]),
    _rule("a_capitalised_first_word_is_a_name_where_records_have_had_a_value",
          # a template that starts with a value and goes on as the message does: the word is a
          # name there (only once a value came first: a capitalised first word is mostly a verb)
          one=[["orders-1 is running on port 8080.", "Audit is running on port 443."]],
          # not where the sentence goes on otherwise
          apart=[["orders-1 is running on port 8080.", "Audit was running on port 443."]]),
    _rule("a_proper_name_in_the_brackets_that_close_a_message_is_a_note_not_a_text",
          # a text in brackets (a cause, a reason) is one value, whatever its length
          one_both_ways=[["Writing the tmp config file (broken pipe)",
                          "Writing the tmp config file (no space left on device)"],
                         ["GPU reset (leader changed)", "GPU reset (the configuration was reloaded)"]],
          # capitalised words alone, a proper name (which library ran it), are the call site's own
          apart=[["Executing GetOwnerById on the read replica (Entity Framework)",
                  "Executing GetOwnerById on the read replica (Dapper)"]]),
    _rule("an_errors_text_glued_to_a_failures_sentence_is_one_value_when_both_read_as_failures",
          # no mark between the failure and the text a library gave: four tokens of the failure
          # agree, and both texts read as failures, of any length
          one_both_ways=[["Failed to add Sentry context i/o timeout",
                          "Failed to add Sentry context connection refused",
                          "Failed to add Sentry context Error: getaddrinfo ENOTFOUND cache14"]],
          # the event's own words there (created), or the same words around a value at the end
          apart=[["Failed to add Sentry context created", "Failed to add Sentry context missing"],
                 ["Failed running auth step challenge for orders for user root with Error: 5",
                  "Failed running auth step OPTIONS for billing for user bob with Error: 7"]]),
    _rule("a_name_of_code_inside_a_message_field_is_a_value_but_the_event_words_are_not",
          # msg="..." names the event, but a thing it names (a name of code) varies within it
          one=[['level=error msg="Failed to add SearchQueue to bridge via netlink" error=EOF',
                'level=error msg="Failed to add checkout_queue to bridge via netlink" error=EOF',
                'level=error msg="Failed to add default.catalog to bridge via netlink" error=EOF']],
          # the event's own words never vary, nor its first word even when it is a name of code
          apart=[['level=info msg="cache hit" key=a1', 'level=info msg="cache miss" key=a2',
                  "msg: ssl_verify_none_not_supported, connector: a",
                  "msg: stopping_redis_connector, connector: b"]]),
    _rule("a_patterns_id_does_not_depend_on_which_cause_or_subject_came_first",
          one_id_both_ways=[[f"reexec socketpair: {cause}" for cause in
                             ("broken pipe", "connection refused", "EOF")],
                            ["syslogd startup succeeded", "klogd startup succeeded"]]),
    _rule("the_word_after_of_names_a_thing",
          # "removal of <package>", "configuration of <package>": of introduces what is acted on
          one=[["dependency problems prevent removal of frontend-cache:\n/srv/orders/current",
                "dependency problems prevent removal of daily:\n/srv/uploads/server.crt",
                "dependency problems prevent removal of media_v2:\n/run/uploads/data.db"]],
          # other prepositions of prose still name the event's own words
          apart=[["Block rdd_1 stored as bytes in memory", "Block rdd_2 stored as values in memory"]]),
    _rule("a_name_of_code_right_after_a_value_is_part_of_it",
          # the masker folds a run of values into one (1 inventory-24); a name of code after a
          # value (9 secondary.search) is the same value in two parts
          one_both_ways=[["queryTopicsByConsumer getResponseCommand failed, 9 secondary.search",
                          "queryTopicsByConsumer getResponseCommand failed, 1 inventory-24",
                          "queryTopicsByConsumer getResponseCommand failed, 3 orders_v2"]],
          # a word of prose after a value is the event's own
          apart=[["replica 4 lagging behind", "replica 5"]]),
    _rule("a_subject_in_any_form_with_a_list_of_any_length",
          # a name of code as subject, however long the message, and an empty list among full ones
          one=[["mailer-db detected changes in ['delta.orders', 'accounts_archive']. Reloading...",
                "IndexerService detected changes in ['billing.internal', 'BackendQueue']. Reloading...",
                "archive-replica detected changes in ['weekly', 'audit-api']. Reloading...",
                "reports-replica detected changes in []. Reloading..."]],
          # a plain word first in a long sentence is not taken for a name
          apart=[["connection detected changes in the routing table of node 4",
                  "session detected changes in the routing table of node 5"]]),
    _rule("a_first_word_in_capitals_may_be_a_name_where_others_have_a_value",
          # RocksDB's CURRENT file, a constant's name: where other records of the event have a
          # value; a level or a request's method is no name
          one=[["/etc/ssh/sshd_config line 3: bad ListenAddress syntax",
                "/home/alice/x.conf line 12: bad ListenAddress syntax",
                "CURRENT line 1: bad ListenAddress syntax"]],
          apart=[["10.0.0.1 connection closed by peer", "ERROR connection closed by peer"]]),
    _rule("a_name_of_code_that_ends_as_a_verb_is_still_a_name",
          # auth_shipping ends as a verb's form; a name of code is no verb
          one=[["users failed to open table: connection refused",
                "auth_shipping failed to open table: rebalance in progress",
                "inventory_shipping failed to open table: no healthy upstream"]],
          # a plain verb's form first is the event's word
          apart=[["shipping failed to open table: x", "loading failed to open table: x"]]),
    _rule("two_names_of_code_after_a_mark_are_things_of_one_kind",
          # CreateFileMapping(<name>, <size>): two names of code after "(" differ as values do
          one=[["CreateFileMapping(mailer_gateway, 464149) failed (24: Too many open files)",
                "CreateFileMapping(premium.indexer, 78045) failed (32: Broken pipe)",
                "CreateFileMapping(media-staging, 123.5 KB) failed (111: Connection refused)"]],
          # words of prose after a mark stay the event's
          apart=[["cache ready, warm", "cache ready, cold"]]),
    _rule("causes_of_any_length_after_one_operation_are_one_value",
          # the text before the colon says where causes go, whatever the length of each cause
          one=[['basename "/home/deploy/releases/audit/manifest.json": operation timed out',
                'basename "/var/cache/scheduler/app.log": TLS handshake timeout',
                'basename "app.log": connection reset by peer',
                'basename "/opt/indexer/IMG_2041.jpg": connection refused']]),
    _rule("a_value_around_a_stem_names_its_pattern_as_a_value_would",
          # req_pjYxUR8t masks to req_pjYxUR<*>, 522352 to <*>: one event, one id whichever came first
          one_id_both_ways=[['level=debug msg="Pushing repository: req_pjYxUR8t"',
                             'level=debug msg="Pushing repository: 522352"'],
                            ["Delete client: msg_rMN78v | subscription: 67397662",
                             "Delete client: 0b443ff424ec74fd7d8ec63bfe84d983ed7d1cb3 | "
                             "subscription: 86358"]]),
    _rule("after_a_things_id_the_words_are_the_events_even_when_they_read_as_failures",
          # "Container 12: failed to stop" and "Container 13: not running" are two events, as
          # are two texts after an id in brackets: no cause is learned after a thing's id
          apart=[["Container 12: failed to stop", "Container 13: not running"],
                 ["PayPal IPN (ab12): Transaction was not in USD",
                  "PayPal IPN (cd34): Already processed this completed transaction"]]),
    _rule("after_a_long_operation_a_things_name_before_a_colon_may_take_causes_that_read_as_failures",
          # three words of an operation, a thing it worked on, then what the library said
          one_both_ways=[["Breaking out of Route53 update loop for [a.example.com]: connection refused",
                          "Breaking out of Route53 update loop for []: context deadline exceeded",
                          "Breaking out of Route53 update loop for [b.example.com]: no such host"]],
          # both must read as failures there (an event's outcome may come too)
          apart=[["Finished sync of replica for shard 4: all caught up",
                  "Finished sync of replica for shard 5: lease expired"]]),
    _rule("the_operand_of_a_failure_before_its_cause_is_a_name_that_varies",
          # a name of code before a failure's colon is what failed, not a label saying where
          one=[["Could not load command inventory-east: invalid literal for int(): 'abc'",
                "Could not load command uploads_users: timed out",
                "Could not load command metrics.cache: broken pipe"]],
          # before a colon with no failure, a name of code is still a label
          apart=[["probe eth_setup: 5", "probe eth_reset: 7"]]),
    _rule("after_an_operations_colon_one_cause_that_reads_as_a_failure_is_enough",
          # the first record's words need not read as a failure: the second shows causes go
          # there; whichever comes first
          one=[[f"Template attempted restricted operation: {cause}" for cause in
                ("shutting down", "permission denied", "maintenance window", "EOF")],
               [f"Template attempted restricted operation: {cause}" for cause in
                ("EOF", "shutting down", "maintenance window")]],
          # two phrases of an event, neither a failure, stay two events
          apart=[["Replica state: catching up", "Replica state: fully synced"]]),
    _rule("a_spaced_dash_after_an_operation_introduces_its_cause",
          one=[["LOOKUPD(a): parsing response - connection refused",
                "LOOKUPD(b): parsing response - no such file or directory",
                "LOOKUPD(c): parsing response - EOF"]],
          apart=[["Sync shard 4 - all replicas caught up", "Sync shard 5 - two replicas lagging"]]),
    _rule("a_learned_cause_names_its_pattern_from_the_folded_text_whatever_its_length",
          # a long cause must not make the first word a subject in the id of one order only
          one_id_both_ways=[["monotonic clock: version mismatch between nodes",
                             "monotonic clock: missing required field 'email'"]]),
    _rule("a_learned_cause_never_crosses_a_spaced_colon",
          # HAProxy's parsing [<file>:<line>] : <message>: the spaced colon separates fields, so
          # what follows is the event, whatever its words
          apart=[["parsing [/etc/a.cfg:12] : missing name for healthcheck section.",
                  "parsing [/etc/b.cfg:3] : unknown keyword 'x' in spoe-group section.",
                  "parsing [/etc/c.cfg:9] : 'y' not allowed in 'defaults' section."]]),
    _rule("a_message_quoted_alone_in_its_bracket_among_bracketed_fields_is_the_events",
          # TiKV's and TiDB's unified format: the message is text to mine, as msg="…" is, and a
          # cause inside it ends with it; the fields after it stay
          one=[['[2024/01/02 10:00:00.123 +08:00] [INFO] [peer.rs:12] ["became leader"] [term=5]',
                '[2024/01/02 10:00:01.456 +08:00] [INFO] [peer.rs:12] ["became leader"] [term=6]'],
               [f'["send to store: {cause}"] [store_id=3] [thread_id=9]' for cause in
                ("connection refused", "EOF", "broken pipe")]],
          # nor is it a list or a map because it holds commas and colons
          apart=[['["add peer"] [region_id=1] [thread_id=2]', '["remove peer"] [region_id=1] [thread_id=2]',
                  '["region split"] [region_id=1] [thread_id=2]',
                  '["poller will exit, schedule 4 left"] [thread_id=2]',
                  '["memory limit in bytes: 1024, cpu cores quota: 2"] [thread_id=3]']]),
    _rule("a_message_quoted_first_with_the_records_keys_after_it_is_the_events",
          # klog's structured records (InfoS, ErrorS): the quoted message names the event
          one=[['I0102 15:04:05.123456 12345 pod_workers.go:1234] "Pod status updated" pod="kube-system/a" '
                'status="ready"',
                'I0102 15:04:06.654321 12345 pod_workers.go:1234] "Pod status updated" pod="default/b c" '
                'status="gone"']],
          apart=[['I0102 15:04:05.123456 1 pod_workers.go:12] "Pod status updated" pod="kube-system/a"',
                  'I0102 15:04:05.123456 1 pod_workers.go:12] "Pod deleted" pod="kube-system/a"',
                  '"Pod status changed" pod="a"']]),
    _rule("two_items_a_labels_colon_ends_the_message_with_are_a_list",
          one=[["Hub services: daily, legacy", "Hub services: EventsStore, hourly",
                "Hub services: canary, events.internal, search-30"]],
          # in the middle of a sentence two plain words are the program's
          apart=[["Hub ready, waiting for peers", "Hub stopped, waiting for peers"]]),
    _rule("a_namespaced_name_is_a_name_of_code",
          # two names joined by a slash, one with a mark of code (a Kubernetes namespace/name)
          one=[["Skipping Ingress ledger-api/canary", "Skipping Ingress frontend_media/remote.analytics",
                "Skipping Ingress system/auth"]],
          # words of prose joined by a slash stay the event's
          apart=[["Socket opened read/write now", "Socket opened and/or now"]]),
    _rule("a_records_level_in_capitals_before_a_colon_is_no_operation",
          # TOPIC(<*>) ERROR: <message>: different messages after the level are different events
          apart=[["TOPIC(uploads) ERROR: failed to put msg(msg_6iB9) to channel(basic) - broken pipe",
                  "TOPIC(orders) ERROR: PutMessages topic exiting"]],
          # a failure's noun before a colon still has its cause after it
          one=[["udp work write error: operation timed out",
                "udp work write error: context deadline exceeded"]]),
    _rule("a_records_level_in_brackets_is_no_class_or_peer_before_a_cause",
          # Elixir's "$metadata[$level] $message": what follows the level is the message, whatever
          # its words; the cause after the message's own colon still folds
          apart=[["car_id=3 [warning] Discarded stale fetch result: lease expired",
                  "car_id=4 [info] Charging / Aborted", "car_id=5 [error] Error / not_signed_in",
                  "car_id=6 [info] Fetch already in progress ..."]],
          one=[["car_id=7 [info] Logged missing software update: disk usage above high watermark",
                "car_id=8 [info] Logged missing software update: EOF"]]),
    _rule("a_leading_name_that_became_a_value_is_found_by_a_new_name",
          # the first record's name kept its stem (job_<*>), the second's was a value: the
          # template's name is a variable now, and a name the masker leaves as a word finds it
          one=[["job_0FOz1eTg5m: resolved ephemeral port to 57719",
                "job_TuN5Hc9: resolved ephemeral port to 5432",
                "job_mGvdkwVb: resolved ephemeral port to 8080"]]),
    _rule("the_values_of_the_same_keys_differ_at_no_cost",
          # however many keys a record has, words as their values are its values
          one=[["Request allowed server.group=orders server.kind=failed server.name=a route.kind=ok "
                "route.name=gateway authz.group=legacy authz.kind=paused authz.name=PaymentsService",
                "Request allowed server.group=reports server.kind=draining server.name=b route.kind=syncing "
                "route.name=Ledger authz.group=scheduler authz.kind=idle authz.name=public"]],
          # two key sets stay two records
          apart=[["Request allowed server.group=orders server.kind=failed",
                  "Request allowed route.group=orders route.kind=failed"]]),
    _rule("a_list_joined_with_bare_commas_is_one_value",
          # three items or more, one a value or a name of code (",".join of a program's names)
          one=[["Partial not loaded: accounts,OrdersQueue,MailerIndex,users",
                "Partial not loaded: backend-api,7,weekly,common.metrics,search",
                "Partial not loaded: reports_v2,billing,cache"]],
          # plain words glued by commas may be the program's own enumeration
          apart=[["formats supported: json,yaml,toml", "formats supported: ini,xml,csv"]]),
    _rule("a_cause_after_an_escaped_quote_in_a_message_ends_with_the_message",
          one=[[r'{"level":"error","msg":"failed to open \"/etc/x\": permission denied","n":1}',
                r'{"level":"error","msg":"failed to open \"/srv/y z\": EOF","n":2}']]),
    _rule("after_a_sentence_that_says_a_failure_any_cause_folds_once_one_reads_as_one",
          one=[[f"Error loading shard. {cause}" for cause in
                ("{shutdown,normal}", "KeyError('id')", "Call to a member function get() on null",
                 "Attempt to read property on null")]],
          # after a sentence of an event, another sentence may be its own
          apart=[["Worker stopped. Restarting in 5 s", "Worker stopped. Pool drained"]]),
    _rule("at_names_a_place_whose_word_varies",
          one_both_ways=[["Tablet tool at bob removed", "Tablet tool at postgres removed",
                          "Tablet tool at 0x7f3a removed"]],
          # other prepositions but for, from, by, of introduce the event's own words
          apart=[["replica moved to standby", "replica moved to primary"]]),
    _rule("an_errors_text_after_the_word_that_announces_it_runs_to_the_next_constant",
          # Error <text> for task …: no mark after "Error", the text of any length, in both orders
          # (one of two texts reads as a failure; after "failed with" too)
          one_both_ways=[["Scheduler: Error connection refused for task 'daily'",
                          "Scheduler: Error maintenance window for task 'y'",
                          "Scheduler: Error EOF for task 'nightly export'",
                          "Scheduler: Error UPDATE orders SET status = 'paid' for task 'z'",
                          "Scheduler: Error no such file or directory for task 'x'"],
                         ["Attempt #3, failed with no route to host, retrying after 190ms.",
                          "Attempt #1, failed with Connection refused (os error 111), retrying after 7ms."]],
          # the event's own words after the word (a verb's form, a preposition) stay the event's
          apart=[["Scheduler: Error reading config for task 'x'",
                  "Scheduler: Error writing config for task 'x'"],
                 ["disk error detected on sda", "disk error corrected on sda"],
                 ["Scheduler: Error while loading plugins for task 'x'",
                  "Scheduler: Error in retry budget for task 'x'"]]),
    _rule("a_value_that_ends_a_sentence_ends_it_before_a_cause",
          # shipping-4. masks to <*>.: a sentence's end, as billing. is, so the cause is the
          # key's after it, whatever the name's shape
          one_both_ways=[["Disabled feed storage scheme: billing. Reason: Connection reset by peer",
                          "Disabled feed storage scheme: shipping-4. Reason: database is locked",
                          "Disabled feed storage scheme: ledger-10. Reason: no such file or directory"],
                         # a cause whose sentence ends before a note in brackets is still one
                         ["Disabled feed storage scheme: audit. Reason: HTTPSConnectionPool(host='x.io', "
                          "port=443): Read timed out. (read timeout=30)",
                          "Disabled feed storage scheme: ledger-10. Reason: connection refused"]]),
    _rule("a_note_in_brackets_before_an_operations_colon_is_the_operations",
          one_both_ways=[["Found invalidated archive we can skip (no visits): lease expired",
                          "Found invalidated archive we can skip (no visits): maintenance window",
                          "Found invalidated archive we can skip (no visits): not enough replicas"]],
          # two states after it, neither a failure, stay two events
          apart=[["Worker (main loop): catching up", "Worker (main loop): fully synced"]]),
    _rule("a_run_of_words_that_nothing_introduces_is_a_value_between_four_words_and_two",
          one_both_ways=[["Cache warmer finished loading blue widgets into memory",
                          "Cache warmer finished loading red and green widgets into memory"]],
          # three words before it are not enough; nor is one word of another at one length
          apart=[["Cache warmer loaded blue widgets into memory",
                  "Cache warmer loaded red and green widgets into memory"],
                 ["Cache warmer finished loading blue widgets into memory",
                  "Cache warmer finished loading red widgets into memory"]]),
    _rule("a_field_between_a_sentences_end_and_a_bar_is_one_value",
          one_both_ways=[["[warning] Disconnected! leader changed | 4",
                          "[warning] Disconnected! missing required field 'email' | 5",
                          "[warning] Disconnected! connection reset by peer | 1"]],
          # named with it folded, whichever came first
          one_id_both_ways=[["[warning] Disconnected! leader changed | 4",
                             "[warning] Disconnected! connection reset by peer | 1"]],
          # with no bar after it, nothing says where such a value ends
          apart=[["[warning] Disconnected! leader changed",
                  "[warning] Disconnected! connection reset by peer"]]),
    _rule("an_errors_text_in_brackets_holds_marks_of_its_own",
          # colons, brackets and quotes of what a library said, in the brackets that close it
          one_both_ways=[["MQTT failed to connect, exiting... (MongoServerError: E11000 duplicate key error)",
                          "MQTT failed to connect, exiting... (no such file or directory)",
                          "MQTT failed to connect, exiting... (Error: connect ECONNREFUSED 10.0.0.1:6379)",
                          "MQTT failed to connect, exiting... (Broken pipe (os error 32))"]],
          # a bracket that holds a key and its value is a field of a record, not a text
          apart=[['["step down in force leader state"] [region_id=5] [peer_id=tx_m3CVYnFq] [state=closed] '
                  '[thread_id=13]',
                  '["deleting compacted snap file"] [region_id=7] [peer_id=Z4X8G1T4HLBJJ0LL7H2ESR] '
                  '[snap_file=/data/orders/701482.sst] [thread_id=5]']]),
    _rule("an_errors_text_after_the_word_that_announces_it_may_end_the_message",
          # to the end, colons of its own included; both texts read as failures (no mark says it)
          one_both_ways=[["nl80211: nl_send_sync get_scan error Device or resource busy",
                          "nl80211: nl_send_sync get_scan error No such device",
                          "nl80211: nl_send_sync get_scan error EOF"],
                         ["Can not fetch userId for sessionToken sess_ZdsfY9s, error Error: connect "
                          "ECONNREFUSED 10.0.0.1:6379",
                          "Can not fetch userId for sessionToken sess_0z3KrFF, error AbortError: The "
                          "operation was aborted"]],
          apart=[["cache error handler installed for shard 4", "cache error handler removed for shard 5"]]),
    _rule("a_cause_announced_by_its_name_runs_to_the_end",
          one_both_ways=[["Call http://10.0.0.1:8080/metrics failed with cause connection refused",
                          "Call https://api.example.com/x failed with cause java.io.IOException: Broken pipe",
                          "Call http://10.0.0.2:9092/api failed with cause already exists"],
                         # a qualified exception's class, an errno's text read as failures
                         ["Call http://10.0.0.1/m failed with cause java.util.concurrent.TimeoutException",
                          "Call http://10.0.0.2:9092/api failed with cause read-only file system"]]),
    _rule("the_value_of_a_key_that_names_an_error_is_its_text_to_the_end",
          # the key alone before it, brackets of its own (an Erlang term) or words
          one_both_ways=[["Err = {timeout,{gen_server,call,[rabbit_node_monitor,status]}}",
                          "Err = {badmatch,{error,enoent}}", "Err = no route to host", "Err = closed"]],
          one_id_both_ways=[["Err = no route to host", "Err = {badmatch,{error,enoent}}"]],
          # the value of another key alone is the event's state
          apart=[["state = catching up", "state = fully synced"]]),
    _rule("a_comparison_is_no_key",
          # x == 'y' compares: the word before == is no key of a record, a name may vary there
          one_both_ways=[["Picked cache variable north-gate == 'x1' for the run",
                          "Picked cache variable garden == 'x2' for the run"]],
          apart=[["Picked cache variable=north-gate for the run", "Picked cache label=garden for the run"]]),
    _rule("a_failure_said_whole_then_its_cause_with_no_mark",
          # a program that appends the error to its message with a space: the text that
          # follows the failure, in any number of words, when both read as failures
          one_both_ways=[["Error while flushing journal segment broken pipe",
                          "Error while flushing journal segment connection reset by peer",
                          "Error while flushing journal segment no space left on device"],
                         # a negation cut at its apostrophe, a term in brackets, quotes in the text
                         ["can't replay journal due to bad header {badmatch,{error,enoent}}",
                          "can't replay journal due to bad header disk quota exceeded",
                          "can't replay journal due to bad header invalid character 'x' looking for value"],
                         # a text after a template whose variable met a word: the word is the text's
                         ["Failed matching ACL for 7b1de1 ebd71c3c SyntaxError: Unexpected token < in JSON",
                          "Failed matching ACL for d3fa9e ace91bdf Error: getaddrinfo ENOTFOUND x.lan",
                          "Failed matching ACL for 510e28 6fd2447c too many open files"],
                         # brackets that close in the text
                         ["[stats] Encountered error while writing stats to data store\nnot found",
                          "[stats] Encountered error while writing stats to data store\n"
                          "TypeError: Cannot read properties of undefined (reading 'id')"]],
          # not the event's own words: another verb's form, a failure not said whole (what
          # was shut down follows), a sentence that goes on alike, a record's keys
          apart=[["Error while flushing journal segment broken pipe",
                  "Error while trimming journal segment broken pipe"],
                 ["failed to shutdown metrics listener context canceled",
                  "failed to shutdown socket server context canceled"],
                 ["Failed running sync step GET for user bob with error x1",
                  "Failed running sync step POST for user bob with error x1"],
                 ["Failed to list routes in namespace a1 error=EOF",
                  "Failed to list routes in namespace a1 reason=timeout error=EOF"]]),
    _rule("a_things_kind_and_quoted_name_before_a_colon_are_its_id_and_the_event_follows",
          # as after channel <*>: what follows is the event, and only two failures are causes
          one_both_ways=[["Relay 'gamma': connection refused", "Relay 'delta-2': permission denied"],
                         # a verb before a quoted operand is an operation: its outcome is a cause
                         ["Open '/etc/x.conf': shutting down",
                          "Open '/etc/y.conf': no such file or directory"]],
          apart=[["Relay 'alpha-7': handshake deferred until the next window",
                  "Relay 'beta': route table not usable with peer type 'x'"]]),
    _rule("a_things_kind_in_small_letters_and_its_quoted_name_before_a_colon_are_its_id",
          # a kind in small letters too (round 37, losses37): what follows is the thing's event,
          # and only two failures are causes; a system call's name before its quoted operand
          # is an operation, whose outcome is a cause
          one_both_ways=[["relay 'gamma': connection refused", "relay 'delta-2': permission denied"],
                         ["stat '/etc/x.conf': shutting down", "stat '/etc/y.conf': no such file or directory"]],
          apart=[["relay 'alpha-7': handshake deferred until the next window",
                  "relay 'beta': route table not usable with peer type 'x'"]]),
    _rule("a_failure_said_as_a_clause_then_its_own_colon_and_cause_is_the_call_sites_own_sentence",
          # capitalised, three words or more before its own colon (round 37, losses37): the
          # program's sentence and the cause it wraps, apart from another failure said after
          # the same thing's name; its causes still fold
          one_both_ways=[["chip 'aux': Unable to open the serial port: timed out",
                          "chip 'main': Unable to open the serial port: device or resource busy"]],
          apart=[["chip 'aux': Timeout on connect", "chip 'main': Unable to open the serial port: timed out"],
                 ["Peer 'alpha-7': Timeout on connect",
                  "Peer 'beta': Failed to renew the lease: connection reset by peer"]]),
    _rule("a_failure_said_as_a_clause_after_a_things_name_is_the_call_sites_own_sentence",
          # after a thing's kind and quoted name or its bracket (a weak separator), or an
          # operation's colon, a failure said in the program's words as a clause that goes on
          # (Error while …, … failed due to …, Unable to …) is the call site's event; a
          # library's text there still folds as the cause
          one_both_ways=[["Table 'users.csv': Input/output error", "Table 'data.db': Too many open files"]],
          apart=[["Peer 'alpha-7': Error while sending the close frame",
                  "Peer 'beta': Sending the publish frame failed due to a closed stream",
                  "Peer 'gamma-2': Unable to renew the lease for the session"],
                 # and so after an operation's colon (a name of two words)
                 ["error: xfrd tls: Unable to create the context",
                  "error: xfrd tls: Unable to set minimum TLS version 1.3",
                  "error: xfrd tls: Client key from file k1 does not match the certificate"],
                 # and so where the two differ there only, before words they share (a run)
                 ['Dispatcher (Thread #3): Unhandled exception while handling message "orders-7"',
                  'Dispatcher (Thread #5): Worker was aborted while handling message "billing"']]),
    _rule("a_plain_subject_finds_a_long_message_led_by_a_name_of_code_whichever_came_first",
          one_both_ways=[["relay-east is not reachable yet; retrying the handshake later",
                          "gateway is not reachable yet; retrying the handshake later",
                          "mailer_v2 is not reachable yet; retrying the handshake later"]],
          # a label before a colon is a place (C's __func__), and a short message keeps its word
          apart=[["sock_open_raw: entering", "teardown: entering"],
                 # a plain first word of a long sentence is its subject only before an
                 # auxiliary (quorum is now …): otherwise it may be the event's noun
                 ["connection closed by the remote end after the handshake",
                  "session closed by the remote end after the handshake"]]),
    _rule("a_plain_word_before_an_auxiliary_is_a_subject_however_long_the_message",
          one_both_ways=[["quorum is now ready to serve, see you later",
                          "backup is now ready to serve, see you later",
                          "relay-east is now ready to serve, see you later"],
                         # capitalised too, in a long sentence
                         ["Ledger is an old style handler while the new one exists, skipping both",
                          "relay-east is an old style handler while the new one exists, skipping both"]],
          # a short sentence's capitalised first word is its own noun
          apart=[["Tablet had no name???", "Pad had no name???"]]),
    _rule("a_word_after_a_variables_name_in_camel_case_and_a_colon_is_its_value",
          # a name in lowerCamelCase is code's, a variable printed with its value, however
          # often the first value came (the call site's first three records do not settle it)
          one_both_ways=[["sortOrder: ascending", "sortOrder: ascending", "sortOrder: ascending",
                          "sortOrder: newest", "sortOrder: relevance"],
                         ["{worker-1}: (onQueueResized: small)", "{worker-2}: (onQueueResized: large)",
                          "{worker-3}: (onQueueResized: tiny)"]],
          # a function's label and its events (two verb's forms, a state), and a capitalised label
          apart=[["fetchPeers: started", "fetchPeers: failed", "fetchPeers: done"],
                 ["Battery: draining", "Battery: full"]]),
    _rule("a_word_after_a_things_noun_names_one_of_them",
          # a noun before it introduces a name, as user or host does: a plain word, a hyphenated
          # name, in any order (Sensor ... added / Printer ...: draining paused)
          one_both_ways=[["[Registry] Sensor garden added, leaving standby",
                          "[Registry] Sensor porch added, leaving standby",
                          "[Registry] Sensor north-gate added, leaving standby"],
                         ["Got interrupt kitchen, but no listener is attached to it.",
                          "Got interrupt hallway-east, but no listener is attached to it."],
                         # a hyphenated name may end as a verb's form does
                         ["Attached sensor porch-staging to hub", "Attached sensor garden to hub"],
                         # a preposition before the noun too (for tag …)
                         ["Wake lock for tag garden released early",
                          "Wake lock for tag north-gate released early"]],
          # not after prose's closed words or a verb's form (to parse, an illegal, was, sent,
          # Changing), not a verb's form, a state or the same word in another number
          apart=[["unable to parse header in frame", "unable to parse trailer in frame"],
                 ["found an illegal printer entry at offset 4", "found an illegal scanner entry at offset 4"],
                 ["peer sent duplicate ticket field", "peer sent malformed ticket field"],
                 ["Changing read quota for tenant", "Changing write quota for tenant"],
                 ["Printer tray idle since boot", "Printer tray ready since boot"],
                 ["Engine startup failed. Exiting.", "Engine shutdown failed. Exiting."],
                 ["Printer tray drained since boot", "Printer tray stalled since boot"],
                 ["3 more printer failures; giving up", "3 more printer failure; giving up"]]),
    _rule("a_hyphenated_name_where_another_record_has_a_plain_word_makes_both_names",
          # a name joined by hyphens against a plain word, after a verb, an article or a
          # mark, in any order: the place holds names of things
          one_both_ways=[["Polling ledger aborted", "Polling gateway-cache aborted"],
                         ["started archive on 10.0.0.4", "started analytics-prod on 10.0.0.5"],
                         ["using the search locale", "using the backend-prod locale"],
                         # a name may end as a verb's form does
                         ["no plugin to handle accessory shipping",
                          "no plugin to handle accessory ledger-east"],
                         # in a structured record's message too, and beside a difference of length
                         ['level=info msg="Polling ledger aborted" n=3',
                          'level=info msg="Polling gateway-cache aborted" n=4'],
                         ["Polling gateway-cache aborted for job ()", "Polling ledger aborted for job (3)"]],
          # two plain words are the program's alternatives (read / parse); a compound of
          # prose (read-only, inbox-style) is no name; nor is a state or a verb's form
          apart=[["Could not read file: x.cfg", "Could not parse file: x.cfg"],
                 ["Creating single summary notification", "Creating inbox-style summary notification"],
                 ["Mounting exclusive volume", "Mounting read-only volume"],
                 ["Printer tray ready", "Printer tray paper-jam"],
                 # before a colon a name is a label saying where the event happens
                 ["Loaded plugins: 3 of 4", "Loaded billing-api: 3 of 4"]]),
    _rule("two_values_a_short_message_introduces_match_whatever_the_share",
          # two names by their shape or a naming word, few constants: the constants all agree
          one_both_ways=[["sync from catalog-prod into billing-prod", "sync from local into shipping"],
                         ["Stored orders_queue for ledger-east", "Stored premium.cache for backend"]],
          # a plain word that nothing introduces is the event's, however few the constants;
          # and three differences are not a short message's values
          apart=[["Stored orders for ledger-east", "Stored premium for backend"],
                 ["copy a_b to c_d by e_f", "copy g_h to i_j by k_l"]]),
    _rule("a_name_of_code_before_a_colon_after_two_words_of_a_sentence_is_its_object",
          # not a label: the object of the sentence's verb or noun
          one_both_ways=[["Trying to start ssl_connection: timeout", "Trying to start ranch_tcp: timeout"],
                         ["Ignoring 3 for Lua dictionary uploads_search: maximum size is 4",
                          "Ignoring 5 for Lua dictionary InventoryQueue: maximum size is 4"]],
          # a label opens the message, or follows another label or a tag; plain and
          # hyphenated words before a colon stay labels
          apart=[["probe eth_setup: link up", "probe eth_reset: link up"],
                 ["[x] load_config: done", "[x] save_config: done"],
                 ["Replica sent REPLCONF listening-port: 5", "Replica sent REPLCONF capa: 5"]]),
    _rule("a_capitalised_word_inside_a_sentence_against_a_plain_one_makes_both_names",
          # a capital inside a sentence marks a proper name: the place holds names
          one_both_ways=[["Call failed for quorum Mailer during repair",
                          "Call failed for quorum shipping during repair"],
                         ["Removing orphaned accessory Uploads", "Removing orphaned accessory ledger"]],
          # the capital of a sentence's start (after a mark), a verb's form, two plain words
          apart=[["Replica Started sync now", "Replica stopped sync now"],
                 ["Replica. Starting sync now", "Replica. stopped sync now"],
                 ["Error loading the accessory config", "Error loading the platform config"],
                 ["Removing orphaned accessory Accessories", "Removing orphaned accessory accessory"]]),
    _rule("a_plain_word_that_to_with_or_a_closing_as_introduces_is_a_things_name",
          # the object of the preposition: what the event went to, used, or took the part of
          one_both_ways=[["Logged in as operator", "Logged in as frank"],
                         ["channel changed to operator for tenant 4",
                          "channel changed to frank for tenant 5"],
                         ["authenticate 10.0.0.1 with inventory", "authenticate 10.0.0.2 with indexer"]],
          # an infinitive's verb (failed to, trying to), "as" that says how, a word that
          # announces an error, a state, a label before a colon, two numbers of one word
          apart=[["Failed to load web client", "Failed to parse web client"],
                 ["trying to mount volume", "trying to unmount volume"],
                 ["broadcast_1 stored as bytes in memory", "broadcast_2 stored as values in memory"],
                 ["Failed to write data to pipe with error 5",
                  "Failed to write data to pipe with exception 5"],
                 ["Replica switched to ready", "Replica switched to idle"],
                 ["Connected to primary: 3 shards", "Connected to secondary: 3 shards"],
                 ["Sent reply to client", "Sent reply to clients"]]),
    _rule("a_message_after_the_records_header_tags_is_the_event",
          # the record's bracketed header (its thread, level, component) opens every message
          # of the program: what follows is the event, never a cause, whatever its words
          one_both_ways=[["[error] [output:http.0] no upstream for node 'a'",
                          "[error] [output:http.1] no upstream for node 'b'"],
                         ["[pool 12] AUDIT: <pool.c:80 (release)> (slots) idle slot released",
                          "[pool 7] AUDIT: <pool.c:80 (release)> (slots) idle slot released"]],
          apart=[["[error] [store] unexpected content length", "[error] [store] invalid chunk header"],
                 ["[warn] [store] missing index file", "[warn] [store] unable to open segment"],
                 # a word in capitals right after the header, then a colon: a level of the program's
                 ["[pool 12] AUDIT: <pool.c:80 (release)> (slots) idle slot released",
                  "[pool 7] AUDIT: <pool.c:91 (lease)> (slots) lease renewed for slot"],
                 # and a tag after the level and the code location: the message still the event
                 ["[pool 12] AUDIT: <pool.c:80 (release)> (slots) read finished - read error",
                  "[pool 3] AUDIT: <pool.c:71 (lease)> (slots) unexpected eof from peer"]]),
    _rule("a_level_and_its_loggers_name_that_open_the_record_are_a_label",
          # Rust's LEVEL target: and NLog's Level Logger - / Level Logger: print the component
          # that logs, then its message: the event, whatever its words, not an operation's cause
          apart=[["DEBUG store_engine::compaction: merged segments for shard 3",
                  "DEBUG store_engine::compaction: not compacting shard 4 with lock held",
                  "DEBUG store_engine::compaction: skipped shard 5: lock not held",
                  "DEBUG store_engine::compaction: reading WAL",
                  "DEBUG store_engine::compaction: reading SST"],
                 [" INFO store_engine: loading configuration from: /etc/store.toml",
                  " INFO store_engine: listening for clients on 10.0.0.1:80"],
                 ["Debug FeedIndexer - Validating settings ...",
                  "Debug FeedIndexer - Login failed: bad password"],
                 ["Error FeedIndexer: Failed to load url [https://x.io/]: timed out",
                  "Error FeedIndexer: Login failed: bad password",
                  "Error FeedIndexer (42): Found captcha during login, aborting"]],
          # a failure said after it still has its cause, and a verb's form after the level is
          # the message's own word
          one_both_ways=[["DEBUG store_engine::compaction: failed to verify: checksum mismatch",
                          "DEBUG store_engine::compaction: failed to verify: unexpected EOF"],
                         ["Error FeedIndexer: Failed to load url [https://x.io/]: timed out",
                          "Error FeedIndexer: Failed to load url [https://y.io/a]: connection refused"],
                         ["Error reading: broken pipe", "Error reading: connection refused"],
                         # a level and its colon, then a name and its colon: as after a bracket,
                         # causes that read as failures fold (error: gettimeofday: <strerror>)
                         ["error: clock_gettime: Connection refused",
                          "error: clock_gettime: Address already in use",
                          "error: clock_gettime: Operation timed out"]]),
    _rule("a_level_its_colon_and_a_name_are_a_component_tag_whose_events_stay_apart",
          # unbound's info: rpz: <message>: an event of the component that reads as no failure
          # is not a cause
          apart=[["info: store: qname: type not found", "info: store: iterator callback: have_rpz=3"]]),
    _rule("the_loggers_name_in_the_records_header_is_its_call_sites",
          # the header (level, values, bracketed tags, one name, then a spaced dash or colon)
          # names the class or file that logs: two of them are two call sites
          apart=[[" INFO 1 --- [           main] o.e.shop.jetty.GracefulDrain   : Graceful drain aborted",
                  " INFO 7 --- [           main] o.e.shop.tomcat.GracefulDrain  : Graceful drain aborted"],
                 ["[ERROR] cart-store.ts - Could not update lastSeen",
                  "[ERROR] api-tokens.js - Could not update lastSeen"]],
          one_both_ways=[[" INFO 1 --- [           main] o.e.shop.jetty.GracefulDrain   : Drained 3 requests",
                          " INFO 9 --- [     worker-2] o.e.shop.jetty.GracefulDrain   : Drained 5 requests"],
                         # in the message a qualified name is a thing named, as before
                         ["[INFO] reloaded ui.theme.dark now", "[INFO] reloaded net.proxy.port now"]]),
    _rule("the_message_after_the_records_header_is_the_event_not_a_cause",
          # log4j's %c %L [%t] %p [%x] - <message>: no bracket of the header parts a cause
          apart=[["com.example.shop.CartStore 62 [worker-1] ERROR [] - Failed to load cart",
                  "com.example.shop.CartStore 71 [worker-2] ERROR [] - failed to apply settings to cache",
                  "com.example.shop.CartStore 80 [worker-3] ERROR [] - Export of metrics to x fails."]],
          # a failure said in the message still has its cause
          one_both_ways=[["com.example.shop.CartStore 62 [worker-1] ERROR [] - failed to open x: EOF",
                          "com.example.shop.CartStore 62 [worker-4] ERROR [] - failed to open x: refused"]]),
    _rule("the_colon_after_a_class_or_tag_that_ends_the_records_header_parts_no_cause",
          # a level (a word, bracketed, or one capital letter as logcat prints it; metadata
          # key=values before it), then a class's or tag's name and its colon: the message
          # is the event, whatever its words
          apart=[["[error] QueuePusher: Task timed out: \"ledger\"",
                  "[error] QueuePusher: Connection lost",
                  "[error] QueuePusher: Flush failed for shard 3"],
                 ["4121 4133 E CoverFetcher: Failed to build headers",
                  "4121 4133 E CoverFetcher: Failed to clear cookies for /tmp/x",
                  "4121 4133 E CoverFetcher: decodePage: no frames decoded"],
                 ["tenant=blue user=ann [error] SessionHandler: Terminating with reason :closed",
                  "tenant=blue user=ann [error] SessionHandler: Cannot cleanup in state :starting",
                  "tenant=green user=bob [error] SessionHandler: Upstream 42 went down with reason :timeout"],
                 # fields parted by spaced dashes before the level, and a value after it
                 # (Python's %(name)s - %(lineno)d - %(levelname)s - %(request)s - <message>)
                 ["store.handlers.auth - 291 - ERROR - 4f9c2e7a11 - Session uses unknown provider 'x'",
                  "store.notices.limits - 127 - ERROR - 8e1d0b3c42 - Error sending notice: Broken pipe"],
                 # after a function's name only causes that read as failures fold
                 ["[412] DEBUG open_server_link: start",
                  "[7] DEBUG open_server_link: peer pool full (3 >= 2)"],
                 ["D app.tasks.runner - hint=\"process started\"",
                  "D app.http.sns - hint=\"process started\""]],
          # a failure said in the message still has its cause; after a function's name (C's
          # __func__) or a name that says a failure, the text after the colon is a cause
          one_both_ways=[["4121 4133 E CoverFetcher: Failed to add: 10.0.0.1:80",
                          "4121 4133 E CoverFetcher: Failed to add: [::1]:2379"],
                         ["[error] QueuePusher: Task timed out: \"ledger\"",
                          "[error] QueuePusher: Task timed out: \"metrics\""],
                         ["[412] WARNING parse_soa_reply: Permission denied",
                          "[7] WARNING parse_soa_reply: Connection refused"],
                         ["[error] UnknownErrorOnCounter: {:error, :closed}",
                          "[error] UnknownErrorOnCounter: :econnrefused"]]),
    _rule("two_levels_are_two_call_sites",
          # a call site logs at one level: the same words at two levels are two call sites,
          # the level never a value (first in brackets, or after metadata)
          apart=[["[debug] Handler: Task finished", "[error] Handler: Task finished"],
                 ["[debug] queue drained for tenant 4", "[error] queue drained for tenant 5"],
                 ["x=1 [debug] Handler: Cannot cleanup in state :idle",
                  "x=2 [error] Handler: Cannot cleanup in state :idle"]],
          # a name in brackets there still varies, and a level that is a key's value too (a
          # structured record's field, read per record)
          one=[["[orders] queue drained for tenant 4", "[billing] queue drained for tenant 5"],
               ['level=info msg="sync done" id=1', 'level=error msg="sync done" id=2']]),
    _rule("a_cause_after_a_function_names_colon_still_folds",
          # (test_a_function_name_and_its_colon_after_a_colon_are_a_label_not_a_cause): a cause
          # after the function's own colon still folds, and a function's name alone after an
          # operation's colon is a cause's word
          one_both_ways=[["error(store): node-3: open_file: failed to open x: broken pipe",
                          "error(store): node-7: open_file: failed to open x: permission denied"],
                         ["failed to load module: missing_symbol", "failed to load module: bad_magic"]]),
    _rule("a_capitalised_word_after_the_records_level_and_its_colon_is_the_messages_first",
          # Monolog's channel.LEVEL: <message>: its first word is the sentence's, not a value
          apart=[["production.DEBUG: Original cache key: 42", "production.DEBUG: New cache key: 43"]],
          # a name there may still vary (rclone's LEVEL : <object>: <message>)
          one_both_ways=[["INFO  : photos: Copied (new)", "INFO  : music: Copied (new)"]]),
    _rule("the_value_of_a_what_key_names_the_event",
          # Erlang's structured reports name the event in what= (as structlog's event=)
          one_both_ways=[["level=info what=pool_started pid=<0.4.0> at=pool:init/1:40",
                          "level=info what=pool_started pid=<0.19.0> at=pool:init/1:40"]],
          apart=[["level=info what=pool_started pid=<0.4.0> at=pool:init/1:40",
                  "level=info what=pool_stopped pid=<0.9.0> at=pool:init/1:40"]]),
    _rule("a_word_alone_in_a_field_between_spaced_bars_is_a_value",
          # ActiveMQ's %p | %m | %c | %t: the last field is the thread, a plain word too
          one_both_ways=[["TRACE | Pull case -> marking drained | org.example.amqp.Sender | manual",
                          "TRACE | Pull case -> marking drained | org.example.amqp.Sender | global",
                          "TRACE | Pull case -> marking drained | org.example.amqp.Sender | mailer-2"],
                         ["INFO | queue | purged 3 old messages", "INFO | topic | purged 3 old messages"]],
          # a message of few constants in a field of its own stays the event's word
          apart=[["INFO | Started | main", "INFO | Stopped | main"],
                 ["2024 | INFO | started", "2024 | INFO | stopped"]]),
    _rule("the_word_after_a_list_bullet_that_opens_the_record_is_the_sentences_first",
          # a list item printed as a record: its subject may be a name, as a first word's may
          one_id_both_ways=[["- search is already installed, skipping.",
                             "- auth is already installed, skipping.",
                             "- mailer is already installed, skipping."],
                            ["* search has no tasks", "* mailer has no tasks"]],
          one=[["- orders-31 is already installed, skipping.", "- search is already installed, skipping.",
                "- checkout-worker is already installed, skipping."]],
          # a capitalised word after it is the sentence's verb or noun, no tag
          apart=[["- Installing role x now", "- Removing role x now"]]),
    _rule("an_atom_as_elixir_and_ruby_print_a_value_is_a_value",
          # a colon glued to a name after a space or a bracket: a symbol, inspected
          one_id_both_ways=[["[warning] SignalHandler: :sigint received",
                             "[warning] SignalHandler: :sighup received",
                             "[warning] SignalHandler: :sigusr2 received"],
                            ["pool checkout exited: {:error, :closed}",
                             "pool checkout exited: {:error, :timeout}"]],
          # a hash's key names its field; a colon of prose is followed by a space
          apart=[["set :timeout => 3 for pool", "set :retries => 3 for pool"],
                 ["Signal handler: started", "Signal handler: stopped"]]),
    _rule("an_elixir_tuple_tagged_by_an_atom_reads_as_an_atom",
          # an exit reason is an atom or a tuple an atom tags, whichever the call returned:
          # one call site, inside a sentence (no cause folds it) or after a colon
          one_id_both_ways=[["Writer for shape orders exited with :timeout before completing its flush",
                             "Writer for shape orders exited with {:shutdown, :normal} before completing its flush",
                             "Writer for shape orders exited with {:error, %Mint.TransportError{reason: :closed}} before completing its flush"],
                            ["Pooled connection [orders] 4 exited with reason: :nxdomain",
                             "Pooled connection [orders] 17 exited with reason: {:error, :closed}"]],
          # a tuple whose first item is no atom is no tagged term
          apart=[["Writer for shape orders exited with :timeout before completing its flush",
                  "Writer for shape orders exited with {1, 2} before completing its flush"]]),
    _rule("an_exception_as_python_repr_prints_it_is_one_value",
          # {e!r}: the class and its arguments both vary with the exception caught
          one_id_both_ways=[["task 4 crashed with ConnectionRefusedError(111, 'Connection refused') in worker",
                             "task 9 crashed with TimeoutError('timed out') in worker",
                             "task 2 crashed with KeyError('user_id') in worker"]]),
    _rule("an_elixir_struct_reads_as_an_atom",
          # an exception as inspect prints it (a struct: %Module.Name{…}) is the exit reason or
          # the result that an atom or a tagged tuple is at other times: one call site
          one_id_both_ways=[["Pooled connection [orders] 4 exited with reason: :nxdomain",
                             "Pooled connection [orders] 9 exited with reason: %DBConnection.ConnectionError{message: \"connection not available\"}",
                             "Pooled connection [orders] 17 exited with reason: {:error, :closed}"],
                            ["Could not map source query, :econnrefused",
                             "Could not map source query, %Mint.TransportError{reason: :timeout}"]]),
    _rule("a_colon_in_the_first_value_of_a_list_keyed_by_equals_is_the_values",
          # a wrapped error (Go's "%s: %w") as the first value of (key=value, key=value): the
          # value runs from its key's = to the comma, the colon with it
          one_id_both_ways=[["Writing 2 message(s) failed (took 107ms) (error=unexpected status 503, tag=cache)",
                             "Writing 5 message(s) failed (took 80ms) (error=http: server closed idle connection, tag=cache)",
                             "Writing 9 message(s) failed (took 12ms) (error=open /srv/a.bin: no such file or directory, tag=cache)"]]),
    _rule("a_keyed_head_of_one_value_each_ends_at_a_dash_or_before_a_capital",
          # a logger's keyed state before its message (RequestId: <id>, ParentId: - <text>):
          # the head's values are one token each, the last a dash (a field with no value) or a
          # value before a capitalised word; the message after it is the event, not the last
          # key's value, nor an operation's cause after the key's colon
          apart=[["dbug: Jobs.Poller[0] RequestId: 7f3a9c01:0000001b, ParentId: - Finished polling",
                  "dbug: Jobs.Poller[0] RequestId: 8e2b1d44:0000000c, ParentId: - Timer disposal did not complete",
                  "dbug: Jobs.Poller[0] RequestId: 9a0c2e55:00000007, ParentId: - headers have been set on context",
                  "dbug: Jobs.Poller[0] RequestId: 1b3d4f66:00000011, ParentId: - Pipeline was terminated early"],
                 ["info: Jobs.Worker[0] RequestId: 7f3a9c01:0000001b, ParentId: 8e2b1d44:0000000c Poller started",
                  "info: Jobs.Worker[0] RequestId: 9a0c2e55:00000007, ParentId: 1b3d4f66:00000011 Queue drained"]],
          # a list's last value of several words stays one value (reason: no healthy upstream)
          one=[["user: 12, reason: Connection reset by peer", "user: 13, reason: no healthy upstream"],
               ["dbug: Jobs.Poller[0] RequestId: 7f3a9c01:0000001b, ParentId: - Finished polling",
                "dbug: Jobs.Poller[0] RequestId: 5c6d7e88:00000002, ParentId: - Finished polling"],
               # after prose's colon (no key list's comma before it) a dash opens the cause
               ["[Sync] Something went wrong: - read-only file system",
                "[Sync] Something went wrong: - request entity too large"]]),
    _rule("a_key_lists_last_value_in_single_quotes_ends_at_its_quote",
          # a head of keys whose values a logger quotes (logback's MDC, key='%X{k}', …, then
          # the message after a comma): the last value ends at its closing quote, the text
          # after the comma is the message, not the last key's value of several words
          apart=[["lvl='WARN', log='Svc', th='main-1', rId='', tok='4ef793b3', aRId='90', tRId='4', Conflicting request",
                  "lvl='WARN', log='Svc', th='bus-2', rId='', tok='', aRId='', tRId='', Failed to process invoice payment",
                  "lvl='WARN', log='Svc', th='main-3', rId='7a0c', tok='', aRId='', tRId='1', Not found",
                  "lvl='WARN', log='Svc', th='main-4', rId='', tok='9b5d', aRId='208', tRId='4', Plugin timed out"]],
          one=[["lvl='INFO', log='Svc', th='main-1', rId='', tok='4ef793b3', aRId='90', tRId='4', Registered 12 plugins",
                "lvl='INFO', log='Svc', th='bus-2', rId='', tok='', aRId='', tRId='', Registered 7 plugins"],
               # a value quoted that the text closes stays the last key's (no comma after it)
               ["user='bob', role='admin', reason='quota exceeded'",
                "user='eve', role='viewer', reason='disk full on node 3'"]]),
    _rule("a_code_location_after_a_spaced_dash_that_closes_the_record_is_the_call_sites",
          # muduo's and trantor's "… message - file.cc:123": the caller appended, one call
          # site's, kept with its line as a bracketed one is; the cause before it folds up to it
          apart=[["3353 ERROR Pg connection failed: leader changed - PgConnection.cc:178",
                  "13 ERROR Pg connection failed: leader changed - PgBatchConnection.cc:191"],
                 ["37 ERROR Connection is not ready - PgConnection.cc:235",
                  "30 ERROR Connection is not ready - MysqlConnection.cc:438"]],
          one=[["3353 ERROR Pg connection failed: leader changed - PgConnection.cc:178",
                "512 ERROR Pg connection failed: missing required field 'email' - PgConnection.cc:178",
                "7 ERROR Pg connection failed: not enough replicas - PgConnection.cc:178"]]),
    _rule("a_json_messages_cause_runs_past_its_own_quoted_words_to_the_next_key",
          # a JSON message whose cause quotes a value ("invalid type: string \"x\", expected
          # u32 …"): a quote then a comma and words is the cause's own, the message's ends
          # before the next quoted key or the brace
          one=[['{"level":"ERROR","message":"assembling batch failed: invalid type: string \\"abc\\", expected u32 at line 1 column 7","target":"svc::batch"}',
                '{"level":"ERROR","message":"assembling batch failed: server closed the connection unexpectedly","target":"svc::batch"}',
                '{"level":"ERROR","message":"assembling batch failed: Permission denied (os error 13)","target":"svc::batch"}']]),
    _rule("an_http_method_as_a_json_keys_whole_value_names_the_event",
          # werelogs' request logger prints the request's method under its own key, as a
          # request line's method is kept (GET /x): one event a method (round 31, json)
          apart=[['{"name":"S3","clientIP":"::1","httpMethod":"PUT","req_id":"9c1","level":"info","message":"received request"}',
                  '{"name":"S3","clientIP":"::1","httpMethod":"DELETE","req_id":"a2f","level":"info","message":"received request"}',
                  '{"name":"S3","clientIP":"::1","httpMethod":"GET","req_id":"a2f","level":"info","message":"received request"}']],
          # the same method with other values: one event; a nested request object stays one
          # value (pino-http's "req":{…}), and TRACE is a level there, not a method
          one_id_both_ways=[['{"name":"S3","clientIP":"::1","httpMethod":"PUT","req_id":"9c1","level":"info","message":"received request"}',
                             '{"name":"S3","clientIP":"10.0.0.7","httpMethod":"PUT","req_id":"77b2","level":"info","message":"received request"}'],
                            ['{"level":30,"pid":15,"req":{"id":1,"method":"GET","url":"/orders/1"},"msg":"request completed"}',
                             '{"level":30,"pid":16,"req":{"id":2,"method":"POST","url":"/orders"},"msg":"request completed"}'],
                            ['{"level":"TRACE","msg":"polling the queue"}', '{"level":"DEBUG","msg":"polling the queue"}'],
                            # a request's method printed with its target (url, path, uri, route):
                            # the request the record serves, its context, a value as the target is
                            ['{"name":"S3","httpMethod":"GET","httpURL":"/bucket/a.txt","level":"info","message":"routing request"}',
                             '{"name":"S3","httpMethod":"PUT","httpURL":"/bucket/b.txt","level":"info","message":"routing request"}'],
                            ['{"level":"warn","method":"POST","url":"/index.php/apps/files","message":"Session expired"}',
                             '{"level":"warn","method":"GET","url":"/index.php/login","message":"Session expired"}']]),
    _rule("a_json_records_source_file_and_line_are_its_call_sites",
          # zap's production JSON ("caller":"file:line"), logrus' JSONFormatter with ReportCaller
          # ("file":"path:line"), OpenTelemetry's code.filepath and code.lineno (slog under an
          # OTel handler), Steno's file and lineno: one message from two call sites is two
          # events, by file or by line (round 31, json)
          apart=[['{"level":"info","ts":1257894000,"caller":"zap/example_test.go:42","msg":"Failed to fetch URL.","attempt":3}',
                  '{"level":"info","ts":1257894001,"caller":"zap/client.go:42","msg":"Failed to fetch URL.","attempt":1}',
                  '{"level":"info","ts":1257894002,"caller":"zap/client.go:97","msg":"Failed to fetch URL.","attempt":2}'],
                 ['{"file":"/go/src/app/main.go:32","func":"main.main","level":"info","msg":"A walrus appears"}',
                  '{"file":"/go/src/app/zoo.go:32","func":"main.zoo","level":"info","msg":"A walrus appears"}'],
                 ['{"level":"ERROR","msg":"failed to start server","code.filepath":"/src/cmd/server.go","code.lineno":208}',
                  '{"level":"ERROR","msg":"failed to start server","code.filepath":"/src/pkg/http/server.go","code.lineno":51}',
                  '{"level":"ERROR","msg":"failed to start server","code.filepath":"/src/pkg/http/server.go","code.lineno":58}'],
                 ['{"message":"cc.create","log_level":"debug","file":"/app/controllers/apps_controller.rb","lineno":24}',
                  '{"message":"cc.create","log_level":"debug","file":"/app/controllers/routes_controller.rb","lineno":30}']],
          # one call site's records, their other values varying: one event; a source file under
          # a key that names no caller is a value (a request's path), and so is a number under a
          # line key with no source file kept before it (a line of the input read)
          one_id_both_ways=[['{"level":"info","ts":1257894000,"caller":"zap/client.go:97","msg":"Failed to fetch URL.","attempt":3}',
                             '{"level":"warn","ts":1257894005,"caller":"zap/client.go:97","msg":"Failed to fetch URL.","attempt":4}'],
                            ['{"level":"ERROR","msg":"failed to start server","code.filepath":"/src/cmd/server.go","code.lineno":208,"error":"bind: address in use"}',
                             '{"level":"ERROR","msg":"failed to start server","code.filepath":"/src/cmd/server.go","code.lineno":208,"error":"permission denied"}'],
                            ['{"level":"INFO","msg":"Malformed request","path":"/srv/app/main.go","error":"bad header"}',
                             '{"level":"INFO","msg":"Malformed request","path":"/tmp/build/util.py","error":"no route to host"}'],
                            ['{"level":"warn","msg":"skipping bad row","line":12}', '{"level":"warn","msg":"skipping bad row","line":3071}']]),
    _rule("a_json_record_with_no_message_names_its_event_by_its_type",
          # FoundationDB's trace events print no message, their type names the event
          # ("Type":"MasterRecoveryState"), as an audit log's "event_type" or "eventName" does
          # (round 31, json)
          apart=[['{"Severity":"10","Time":"1700000000.120","Type":"MasterRecoveryState","ID":"0000000000000000","Machine":"10.0.0.1:4500"}',
                  '{"Severity":"10","Time":"1700000001.330","Type":"RecruitStorageServer","ID":"0000000000000000","Machine":"10.0.0.1:4500"}',
                  '{"Severity":"10","Time":"1700000002.500","Type":"CCStartDataDistributor","ID":"0000000000000000","Machine":"10.0.0.2:4500"}'],
                 ['{"eventName":"UserLoggedIn","userId":"u-1"}', '{"eventName":"UserLoggedOut","userId":"u-1"}']],
          one_id_both_ways=[['{"Severity":"10","Time":"1700000000.120","Type":"MasterRecoveryState","ID":"a1b2c3d4e5f60718","Machine":"10.0.0.1:4500"}',
                             '{"Severity":"20","Time":"1700000009.870","Type":"MasterRecoveryState","ID":"0000000000000000","Machine":"10.0.0.7:4500"}'],
                            # beside a message, a type is a value as before
                            ['{"level":"info","msg":"job queued","type":"email"}',
                             '{"level":"info","msg":"job queued","type":"webhook"}']]),
    _rule("a_json_record_with_no_known_message_key_names_its_message_by_a_key_of_its_own",
          # a JSON layout that names its message by a key of its own (iRODS' categorised
          # loggers' "log_message", a layout written as a pattern's "logMessage") with none of
          # the known message keys: its words name the event, read as a bare message's (round
          # 32, r30json)
          apart=[['{"log_category":"server","log_level":"info","log_message":"Connection accepted from client","server_pid":4411}',
                  '{"log_category":"server","log_level":"info","log_message":"Connection closed by peer","server_pid":4411}',
                  '{"log_category":"server","log_level":"error","log_message":"Failed to open file [/var/x]","server_pid":12}'],
                 ['{"level":"info","logMessage":"Pool started","thread":"main"}',
                  '{"level":"info","logMessage":"Pool drained","thread":"main"}']],
          # its values masked as in a bare message; an error's or a reply's text under a key of
          # that name is a value, and so is one beside a known message key
          one_id_both_ways=[['{"log_category":"server","log_level":"error","log_message":"Failed to open file [/var/x]","server_pid":12}',
                             '{"log_category":"server","log_level":"error","log_message":"Failed to open file [/srv/data/y.dat]","server_pid":13}'],
                            ['{"level":"error","error_message":"disk full","code":3}',
                             '{"level":"error","error_message":"no route to host","code":3}'],
                            ['{"level":"info","message":"job done","log_message":"worker 3 exited"}',
                             '{"level":"info","message":"job done","log_message":"pool drained"}']]),
    _rule("a_level_word_and_its_colon_that_open_a_json_records_message_label_it",
          # the message read as a bare one: "error: <text>" at its start says how bad, not what
          # failed, and the words after it are the event's (round 32, r30json)
          apart=[['{"category":"api","level":"error","message":"error: Rule ID must be a non-empty JSON string.","pid":5}',
                  '{"category":"api","level":"error","message":"error: Caught exception while deleting delay rule.","pid":7}'],
                 ['{"log_category":"api","log_level":"error","log_message":"error: Rule ID must be a non-empty JSON string.","server_pid":5}',
                  '{"log_category":"api","log_level":"error","log_message":"error: Caught exception while deleting delay rule.","server_pid":7}']],
          # a failure said in the message still folds its cause, and an error's key is a value
          one_id_both_ways=[['{"category":"api","level":"error","message":"sync failed: broken pipe","pid":5}',
                             '{"category":"api","level":"error","message":"sync failed: connection refused","pid":7}'],
                            ['{"level":"error","message":"could not sync","error_message":"failed: broken pipe"}',
                             '{"level":"error","message":"could not sync","error_message":"failed: connection refused"}']]),
    _rule("the_last_name_of_a_path_joined_by_colons_is_no_key_of_the_fields_after_the_message",
          # tracing-subscriber's pretty format, LEVEL target: message, key: value: the target's
          # last name and its colon open the message, whose words are the event's (round 32,
          # r30json)
          apart=[["ERROR app::server::broker: Tls accept error, error: broken pipe",
                  "ERROR app::server::broker: Remote link error, error: broken pipe",
                  "ERROR app::server::broker: Unable to accept socket, error: broken pipe"]],
          # the fields' values vary as before
          one_id_both_ways=[["ERROR app::server::broker: Tls accept error, error: broken pipe",
                             "ERROR app::server::broker: Tls accept error, error: connection reset by peer"]]),
    _rule("a_function_named_in_its_scope_before_a_colon_is_the_call_sites_label",
          # PHP's __METHOD__ . '(): ', C++'s Class::method(): the function that logs, then
          # its messages, each its own event however it reads (round 32, r30json)
          apart=[["OC_Image::crop(): No image loaded", "OC_Image::crop(): Error creating true color image",
                  "OC_Image::crop(): Error re-sampling process image"]],
          # a bare call's colon still separates an operation from its cause
          one=[["pledge(): no route to host", "pledge(): permission denied", "pledge(): operation not permitted"]]),
    _rule("a_message_key_of_an_object_nested_in_a_json_record_with_its_own_message_is_a_value",
          # an exception object logged in the record's context (a PHP or .NET JSON log's
          # "exception":{"Exception":…,"Message":…}): its message is the error's text, the
          # record's own message names the event (round 31, json)
          one_id_both_ways=[['{"level":3,"app":"mail","message":"Could not sync mailbox","exception":{"Exception":"Horde_Imap_Client_Exception","Message":"Connection refused","Code":0}}',
                             '{"level":3,"app":"mail","message":"Could not sync mailbox","exception":{"Exception":"OCP\\DB\\Exception","Message":"SQLSTATE[HY000] [2002] No such file or directory","Code":2002}}',
                             '{"level":3,"app":"mail","message":"Could not sync mailbox","exception":{"Exception":"Error","Message":"Attempt to read property \\"id\\" on null","Code":0}}']],
          # and so is an "event" beside the record's own message at its top (sensu-logger's
          # data hash merged after its message)
          one=[['{"timestamp":"2024-05-01T10:00:00.120Z","level":"error","message":"mutator error","mutator":"only_check_output","event":"web-1/check_http","status":1}',
                '{"timestamp":"2024-05-01T10:00:05.300Z","level":"error","message":"mutator error","mutator":"only_check_output","event":"db-2/check_disk","status":2}']],
          # the record's own messages still name their events; with none at the top, a nested
          # message is the record's (tracing-subscriber's JSON: "fields":{"message":…}), and
          # an "event" alone is the message (structlog's JSONRenderer)
          apart=[['{"level":3,"app":"mail","message":"Could not sync mailbox","exception":{"Exception":"Error","Message":"Connection refused"}}',
                  '{"level":3,"app":"mail","message":"Could not delete mailbox","exception":{"Exception":"Error","Message":"Connection refused"}}'],
                 ['{"timestamp":"2024-05-01T10:00:00.120Z","level":"INFO","fields":{"message":"starting server"},"target":"app::http"}',
                  '{"timestamp":"2024-05-01T10:00:01.120Z","level":"INFO","fields":{"message":"stopping server"},"target":"app::http"}'],
                 ['{"event": "user logged in", "user_id": 42, "level": "info"}',
                  '{"event": "user logged out", "user_id": 42, "level": "info"}']]),
    _rule("one_quote_against_the_other_around_a_value_is_no_settled_constant",
          # Python's repr: double quotes when the string holds an apostrophe, after any
          # number of single-quoted ones
          one=[["Handling query for keys 'shutting down' now", "Handling query for keys 'no route' now",
                "Handling query for keys 'timed out' now", "Handling query for keys 'disk full' now",
                "Handling query for keys \"missing field 'email'\" now"]]),
    _rule("a_name_after_a_naming_word_in_a_message_field_is_a_value",
          # the message was formatted with it (msg="User %s is not present."), as a plain
          # message's name after user, host, module is
          one_both_ways=[['level=err thread=main msg="User deploy is not present."',
                          'level=err thread=cron msg="User frank is not present."'],
                         ['{"level":"warn","message":"Keys not defined by the module stable. Using id"}',
                          '{"level":"warn","message":"Keys not defined by the module Inventory. Using id"}']],
          # not a preposition's object (once the call site printed the word three times, it
          # is the message's own: test_a_word_a_message_field_printed_three_times_is_its_own)
          apart=[['level=info msg="Waiting for lock"', 'level=info msg="Waiting for commit"']]),
    _rule("a_code_in_square_brackets_and_its_words_after_an_announcing_word_are_one_error",
          # Python's OSError prints [Errno N] and its text: after "exception" or "error" in
          # prose it is the error's text, as one without the code is
          one_both_ways=[["query to http://a/x threw exception [Errno 13] Permission denied: '/etc/k'",
                          "query to http://b/y threw exception [Errno 2] No such file or directory: '/v/x'",
                          "query to http://c/z threw exception connection refused by peer",
                          "query to http://d/w threw exception timed out"]],
          # after a level in capitals the bracket is the record's tag, the message its own
          apart=[["job ERROR [Errno 13] Permission denied: '/etc/k'",
                  "job ERROR [Errno 2] No such file or directory: '/v/x'"]]),
    _rule("the_stop_that_ends_the_sentence_is_not_its_last_words",
          # the tokens keep the stop glued to the last word: a name after a preposition or a
          # thing's noun is read without it, as it is inside the sentence
          one_both_ways=[["TRACE: Requesting node reboot with checkout.",
                          "TRACE: Requesting node reboot with premium."],
                         ["Logged in as operator.", "Logged in as frank."],
                         ["daemon: doing multi event canary-inventory...",
                          "daemon: doing multi event checkout-replica..."]],
          # an infinitive's verb, a role a node moves to, two numbers of one word stay the
          # event's own words with the stop as without it
          apart=[["Failed to load web client.", "Failed to parse web client."],
                 ["Replica switched to standby.", "Replica switched to primary."],
                 ["Sent reply to client.", "Sent reply to clients."]]),
    _rule("a_name_before_a_naming_noun_in_a_noun_phrase_is_a_value",
          # an article or a count opens the phrase, a noun that names a kind of thing ends
          # it: the word between is which thing (the %s service, %d %s files)
          one_both_ways=[["Debug: Stopping the premium service now",
                          "Debug: Stopping the ledger service now"],
                         ["[plugins] Found 3 basic file(s) for plugin alpha-x",
                          "[plugins] Found 5 catalog file(s) for plugin beta-y"],
                         ["Opened a ledger database for tenant 4", "Opened a mailer database for tenant 5"]],
          # the event's own words: a state, a verb's form, a verb before the noun with no
          # article, a word of prose; one word in two numbers
          apart=[["Debug: Stopping the new service now", "Debug: Stopping the old service now"],
                 ["Found 3 missing files in the archive", "Found 3 cached files in the archive"],
                 ["Could not read file", "Could not parse file"],
                 ["Could not read the file header", "Could not parse the file header"],
                 ["Loaded the plugin task list", "Loaded the plugins task list"],
                 # a compound: the noun modifies another; a kind of thing is no name
                 ["The server channel initializer has been replaced by 3",
                  "The backend channel initializer has been replaced by 4"],
                 ["Stopping the server service now", "Stopping the client service now"]]),
    _rule("a_hyphenated_lower_case_name_is_named_as_a_value_whichever_came_first",
          # a host's, a service's or a queue's name (checkout-queue, web-01) with no cue word
          # before it: the first record's name must not name the pattern (docs/patterns.md, Ids
          # and stability), whether a value the masker reads or another such name came next
          one_id_both_ways=[["Setting rcvbuf on checkout-queue from 2205 to 176",
                             "Setting rcvbuf on 10.0.0.7 from 3 to 9"],
                            ["Reloading protocol bgp-main", "Reloading protocol ospf-backup"],
                            ["Updated users-queue imports to error status",
                             "Updated mail-relay imports to error status"],
                            ["Error processing task in indexer-prod", "Error processing task in 12"]]),
    _rule("a_keys_value_names_the_pattern_as_a_value_not_the_next_key",
          # key=value pairs with no mark between them: of a value and the key after it, the
          # value is what varies (a key is the event's own), whichever record came first
          one_id_both_ways=[["download in progress (asset=orders_v2 fetched_bytes=1638 total_bytes=3885)",
                             "download in progress (asset=7 fetched_bytes=16 total_bytes=38)"],
                            ["approved tags during registration node.name=gateway node.tags=[]",
                             "approved tags during registration node.name=edge node.tags=[]"]]),
]


def test_prose_compounds_and_a_functions_hyphenated_name_stay_words_of_the_id():
    # (shapes.id_tokens) prose joins words with a preposition or a prefix, or ends an
    # adjective with a participle; a name before a colon or a bracket is a function's or a
    # label's, its call site's: read as values they would make two call sites' ids collide
    for message, word in [("the cache is up-to-date for 3 tenants", "up-to-date"),
                          ("Cache was re-created for tenant 4", "re-created"),
                          ("loaded user-defined rules from 2 files", "user-defined"),
                          ("Handler parse-args: bad flag 7", "parse-args"),
                          ("call to make-request(4) failed", "make-request")]:
        words, _ = tokens(message)
        assert word in id_tokens(words, kinds_of(words, {})), message
    words, _ = tokens("Reloading protocol bgp-main now")
    assert "bgp-main" not in id_tokens(words, kinds_of(words, {}))


def test_a_comparisons_operand_is_no_key_in_the_id():
    # (shapes.id_tokens) a word before "==" or "=>" is compared or points, no key=value's key:
    # it may vary as a name of code, and the value after the mark stays what it was
    for message, name in [("Uses proxy env variable ProxyStore == 'on'", "ProxyStore"),
                          ("Searched in OrdersIndex => Found 3", "OrdersIndex")]:
        words, _ = tokens(message)
        assert id_tokens(words, kinds_of(words, {}))[words.index(name)] == WILDCARD, message


@pytest.mark.parametrize(("one", "one_both_ways", "one_id_both_ways", "apart"), _MERGE_OR_STAY_APART)
def test_messages_merge_or_stay_apart_as_the_rule_says(one, one_both_ways, one_id_both_ways, apart):
    for messages in one:
        assert _one_pattern(*messages), messages
    for messages in one_both_ways:
        assert _one_pattern_both_ways(*messages), messages
    for messages in one_id_both_ways:
        assert _one_id_both_ways(*messages), messages
    for messages in apart:
        assert _apart(*messages), messages


# Rules checked by what the masker gives, and nothing else: a row a rule, named after it.
_MASKED_AS = {
    "a_class_path_after_the_head_bracket_before_a_colon_or_a_dash_is_the_call_sites": {
        # the class that logs or the call site's label (round 37, losses37), the path whole;
        # a class's path elsewhere is a value it names
        "[2024-03-04 10:00:00 WARN  app::events] TrackEvent::Unavailable: Invalid id: 42":
            "[<*> WARN  app::events] TrackEvent::Unavailable: Invalid id: <*>",
        "W [10:main] Shop::Output::Git -- cleanup is not implemented for this store":
            "W [<*>] Shop::Output::Git -- cleanup is not implemented for this store",
        "E [3:main] Shop::Node -- 10.0.0.1 raised Net::ReadTimeout with msg x":
            "E [<*>] Shop::Node -- <*> raised <*> with msg x",
        "handled by Api::V1::UsersController: done": "handled by <*>: done",
    },
    "a_path_glued_to_its_key_is_one_value": {
        "Apply x (args:1 kwargs:/home/alice/Documents/Tax Returns/Invoice March.pdf)":
            "Apply x (args:<*> kwargs:<*>)",
        "fetched https://example.com/a/b?x=1 ok": "fetched <*> ok",
    },
    "a_path_does_not_reach_over_a_word_of_prose_to_the_next_one": {
        # "from /var/log/frontend to data/index.html": two paths, not one with spaces
        "rename from /var/log/frontend to data/index.html failed": "rename from <*> to <*> failed",
        "open /media/TV Shows/The Office/S01E03 - Pilot.mkv now": "open <*> now",
    },
    "a_double_quoted_value_may_hold_single_quotes": {
        """Set date MONTH value "missing required field 'email'" now""": 'Set date MONTH value "<*>" now',
        """Set date MONTH value "UPDATE orders SET status = 'paid'" now""": 'Set date MONTH value "<*>" now',
    },
    "a_failures_last_spaced_colon_introduces_its_cause": {
        # HAProxy and Java loggers write "error : <cause>": the last spaced colon after a failure
        "Could not change to directory /srv/www : permission denied":
            "Could not change to directory <*> : <*>",
        "Impossible to get back to initial directory '/srv' : no route to host":
            "Impossible to get back to initial directory '<*>' : <*>",
        # a failure right before it is a field's value: what follows is not its cause
        "Mount FAILED : retry later": "Mount FAILED : retry later",
        # the spaced colons that separate fields before it stay
        "parsing [a.cfg:3] : error detected while parsing a 'x' condition : broken pipe.":
            "parsing [<*>] : error detected while parsing a '<*>' condition : <*>",
    },
    "a_windows_path_leaves_the_bracket_that_closes_after_it": {
        "Adding Series premium Path: [C:\\ProgramData\\Server\\logs\\key.pem]":
            "Adding Series premium Path: [<*>]",
        "Adding Series x Path: [C:\\ProgramData\\App\\data] added": "Adding Series x Path: [<*>] added",
    },
    "a_methods_path_is_where_it_is_logged": {
        "App\\Queue\\JobHandler::executeJob: job queue is full":
            "App\\Queue\\JobHandler::executeJob: job queue is full",
        "[debug] Term::resize dimensions unchanged": "[debug] Term::resize dimensions unchanged",
        # later in the message too (PHP's 'Subscriber executed: '.__METHOD__)
        "Subscriber executed: App\\Subscriber\\Auth::afterLogout":
            "Subscriber executed: App\\Subscriber\\Auth::afterLogout",
        # a type (a capital last) is a value
        "std::io::Error: stream ended early": "<*>: stream ended early",
        # a capital last with a call's parentheses is a method (MS_CLASS "::" __FUNCTION__ "()")
        "RTC::Transport::OnRtpDataReceived() | bad packet": "RTC::Transport::OnRtpDataReceived() | bad packet",
        "loaded App\\Models\\Account for 3": "loaded <*> for <*>",
    },
    "a_failure_in_one_field_has_no_cause_in_the_next": {
        # fields parted by bars: the colon of the next field's key introduces its value
        "Failing: missing required field 'email' | Interval: 60 seconds | Type: http":
            "Failing: missing required field '<*>' | Interval: <*> | Type: http",
    },
    "a_cause_said_inside_brackets_ends_where_they_close": {
        "MQTT failed to connect, exiting... (Error: connect ECONNREFUSED 10.0.0.1:6379), retrying":
            "MQTT failed to connect, exiting... (Error: <*>), retrying",
    },
    "dotnets_json_message_key_names_the_event_as_msg_does": {
        '{"EventId":0,"LogLevel":"Information","Message":"Now listening on: x","n":"a b"}':
            '{"EventId":<*>,"LogLevel":"<*>","Message":"Now listening on: x","n":"<*>"}',
    },
    "a_package_abbreviated_to_letters_is_no_files_name": {
        # (Spring Boot's logger: o.s.c.a.X, c a C source's extension; a file's name stays a value)
        "INFO 7 --- [main] o.s.c.a.ConfigLoader : ready": "INFO <*> --- [main] o.s.c.a.ConfigLoader : ready",
        "built lexer.c in 3 ms": "built <*> in <*>",
    },
    "a_message_quoted_first_with_keys_after_it_is_no_value": {
        'E0102 15:04:05.123456 1 x.go:12] "Failed to sync" err="EOF" pod="a/b"':
            # (klog's caller after the head's values is kept: test_a_code_location_after_the_heads_values…)
            '<*> <*>.<*> <*> x.go:12] "Failed to sync" err="<*>" pod="<*>"',
        '"Pod status updated" pod="a"': '"Pod status updated" pod="<*>"',
        # a quoted value first in a sentence, or after a tag, is a value
        '"a b" is not valid': '"<*>" is not valid',
        '[orders] "nightly export" started': '[orders] "<*>" started',
    },
    "a_message_quoted_alone_in_its_bracket_is_no_value": {
        # first, or after bracketed fields, with a bracketed field or the end after it
        '["region split"] [region_id=3]': '["region split"] [region_id=<*>]',
        # (the code location in the head is the call site's, kept: _HEAD_LOCATION)
        '[2024/01/02 10:00:00.123 +08:00] [WARN] [x.rs:1] ["store is busy"]':
            '[<*>] [WARN] [x.rs:1] ["store is busy"]',
        # a quoted value in a list, or after words, is a value
        'tags ["a b", "c"] now': 'tags ["<*>", "<*>"] now',
        'got ["a b"] from peer': 'got ["<*>"] from peer',
    },
    "a_value_in_escaped_quotes_ends_at_the_next_escaped_quote": {
        # inside a quoted message (logfmt, JSON) a quoted operand is escaped; the words after
        # it are the message's
        r'level=error msg="open \"/etc/app.yaml\": permission denied" n=1':
            r'level=error msg="open \"<*>\": permission denied" n=<*>',
        # (a JSON message is masked as the text it quotes, its quotes left unescaped: jsonlog)
        r'{"msg":"loaded \"a b\" from disk","n":1}': r'{"msg":"loaded "<*>" from disk","n":<*>}',
        # a quoted value holding escaped quotes is still one value
        r'saw "a \"quoted\" word" twice': 'saw "<*>" twice',
    },
    "a_cause_stays_in_its_field_of_fields_parted_by_bars": {
        # the colon of the next field is not the failure's, and a cause ends at the next bar
        "Monitor 'a': Failing: missing required field 'email' | Interval: 60 seconds | Type: http":
            "Monitor '<*>': Failing: missing required field '<*>' | Interval: <*> | Type: http",
        "failed to open x: permission denied | retries: 3": "failed to open x: <*> | retries: <*>",
    },
    "the_value_of_a_ruby_or_perl_hash_key_is_one_value": {
        'Exception {:poller=>"/srv/a", :exception=>"No such file or directory @ rb_sysopen - '
        '/srv/uploads/reports/2024/archive/very/long/path/name.txt"}':
            'Exception {:poller=>"<*>", :exception=>"<*>"}',
        'opts {"mode" => "read only"} given': 'opts {"<*>" => "<*>"} given',
    },
    "a_single_quoted_value_may_hold_a_text_quoted_in_it": {
        # inner quotes open after a space and close before one (SQL, a message quoting a name)
        "SQL query 'UPDATE orders SET status = 'paid' WHERE id = 42' failed: x":
            "SQL query '<*>' failed: <*>",
        "override 'missing required field 'email'', falling back": "override '<*>', falling back",
        # two quoted values side by side stay two, and an apostrophe opens no quote
        "from 'a' to 'b' now": "from '<*>' to '<*>' now",
        "x 'a' 'b' y": "x '<*>' '<*>' y",
        "it's 'fine' ok": "it's '<*>' ok",
    },
    "a_colon_inside_braces_is_the_records_not_a_failures": {
        "Invalid cookie found in request {'enabled': 'inventory-16'}: daily ('8212' is missing)":
            "Invalid cookie found in request {'enabled': '<*>'}: <*>",
    },
    "a_message_key_with_a_namespace_or_a_stem_is_an_attribute_whose_value_varies": {
        # the record's message is said by a bare key; grpc.message, error.message, err_msg
        # carry a peer's or an error's text
        'retrying rpc.code=14 rpc.message="peer went away" n=2':
            'retrying rpc.code=<*> rpc.message="<*>" n=<*>',
        "level=warn msg=\"sync stalled\" err_msg='disk is full'":
            "level=warn msg=\"sync stalled\" err_msg='<*>'",
        # the bare key's value names the event, as before
        'level=info message="cache warmed" n=1': 'level=info message="cache warmed" n=<*>',
    },
    "a_cause_in_the_brackets_that_close_a_failures_clause_is_one_value": {
        # a library's text (a word of failure, a wrapped error: an operation, its colon and its
        # cause) in brackets before the failure's colon; the colon's text is folded as before,
        # the record's field after it to its end kept (o=<*>; round 38, r36b)
        "worker-3 failed reading block (read tcp 10.0.0.1:80: broken pipe): shard: 7 o=1":
            "<*> failed reading block (<*>): <*> o=<*>",
        "worker-3 failed reading block (broken pipe): shard: 7 o=1": "<*> failed reading block (<*>): <*> o=<*>",
        "Could not sync index (storage: quota exceeded): retrying": "Could not sync index (<*>): <*>",
        # a note of the event in them stays (its values vary), and a code and its message keep their form
        "Failed to copy chunk x (attempt 2/5): EOF": "Failed to copy chunk x (attempt <*>): <*>",
        "connect() failed (111: Connection refused): peer x":
            "connect() failed (<*>: Connection refused): <*>",
        # brackets with no word of the failure before them are no clause's end
        "job failed: (disk full) retried": "job failed: <*>",
    },
    "a_cause_inside_brackets_ends_with_them": {
        "job x (failed: disk full) retried": "job x (failed: <*>) retried",
        'result Err(Custom { kind: Other, error: "timeout" }) now':
            "result Err(Custom { kind: Other, error: <*>}) now",
    },
    "a_quote_that_closes_a_value_opens_none": {
        # the quote after a value, before a colon and a space, closes it: what follows is no value
        "Declaring queues for 'https://lb-22.lan/': [Errno 2] No such file or directory: '/srv/a'":
            "Declaring queues for '<*>': [Errno <*>] No such file or directory: '<*>'",
        'open "https://x/": EOF, see "/a/b"': 'open "<*>": EOF, see "<*>"',
    },
    "a_quoted_operand_before_a_colon_in_prose_is_a_value_not_a_json_key": {
        'Error while getting count for value "legacy": task was cancelled':
            'Error while getting count for value "<*>": <*>',
        'process_write: write "remote": EOF': 'process_write: write "<*>": <*>',  # (io.EOF: a value)
        # JSON keys stay, and so does a request's method
        '{"a": 1, "b": "x"}': '{"a": <*>, "b": "<*>"}',
        'falling back to default method "GET": EOF': 'falling back to default method "GET": <*>',
    },
    "a_level_word_after_marks_alone_says_how_bad_not_what_failed": {
        # Julia's ConsoleLogger draws a box before the level: no word of what failed
        "┌ Error: Hash mismatch for the tarball!": "┌ Error: Hash mismatch for the tarball!",
        "-- Error: expected package x to have a set UUID": "-- Error: expected package x to have a set UUID",
        # a value before the failure is what failed
        "inventory-11 failed: connection refused": "<*> failed: <*>",
    },
    "the_first_atom_of_an_erlang_term_is_a_value_not_a_failure_said": {
        # {error,closed} is a result, a value: the colon of a module:function after it is no cause's
        'level=warning what=flush_stale reason={error,closed} pid=<0.9.0> at=store_sql:flush_all/2:171 x=1':
            "level=warning what=flush_stale reason={error,closed} pid=<<*>> at=store_sql:flush_all/<*> x=<*>",
        "retry after {error,timeout} in store:flush": "retry after {error,timeout} in store:flush",
        # a failure said after a term still has its cause
        "write {ok,done} failed: broken pipe": "write {ok,done} failed: <*>",
    },
    "a_source_file_before_a_spaced_dash_that_opens_the_record_is_the_loggers": {
        # log4js's [LEVEL] category - <message>, a category per file: kept, as a code location is
        "[ERROR] api-tokens.js - Could not update 3 rows":
            "[ERROR] api-tokens.js - Could not update <*> rows",
        "[WARN] services/email-service.ts - Failed to send 85 mails":
            "[WARN] services/email-service.ts - Failed to send <*> mails",
        # later in the message a file is a value
        "loaded x.js - ok": "loaded <*> - ok",
    },
    "a_level_glued_to_its_loggers_scope_says_how_bad_not_what_failed": {
        # Zig's std.log prints level(scope): first: the component that logs, then its message
        # (its err= value is an error key's, one value: round 31, errtail)
        "error(page_list): error cloning rows for split err=broken pipe":
            "error(page_list): error cloning rows for split err=<*>",
        # a failure said after it still has its cause
        "error(config): failed to open /etc/x.conf: permission denied":
            "error(config): failed to open <*>: <*>",
        # not later in a message, where a failure's brackets hold a cause's code
        "upload error(retry): storage refused": "upload error(retry): <*>",
    },
}


@pytest.mark.parametrize("masked", _MASKED_AS.values(), ids=_MASKED_AS.keys())
def test_messages_mask_as_the_rule_says(masked):
    assert not _mismatches(masked)


def test_a_function_name_and_its_colon_after_a_colon_are_a_label_not_a_cause():
    # name: function: message (Zig's scoped log: a replica's id, then the function that logs):
    # the colon before the function's name parts no cause, though the names before it vary
    # and the other message reads as a failure
    jumps, reply = _groups(["debug(store): events_archive: jump_view: jumping to view change",
                            "debug(store): inventory-prod: jump_view: jumping to view change"],
                           ["debug(store): hourly: execute_op: no reply to client: sessions-17"])
    assert len(jumps) == 1 and jumps.isdisjoint(reply)


def test_a_function_named_after_the_records_values_is_the_one_that_logs():
    # values and their colon open the record (a process id, a time), then a function's name
    # in call form and its colon: the function that logs, whose messages stay apart; as
    # after a bracket, only causes that read as failures fold there
    executing, starting = _groups(["6 594.2130: _run_command(): executing: common.checkout",
                                   "1 34.7083: _run_command(): executing: CheckoutStore"],
                                  ["1 852.4: _run_command(): starting"])
    assert len(executing) == 1 and executing.isdisjoint(starting)
    assert len(_ids("4 605.38: _run_command(): connection refused",
                    "1 852.4: _run_command(): broken pipe")) == 1


@pytest.mark.parametrize("head", [
    "{time} [{thread}] INFO  {logger} - ",  # a level, then the logger (log4j2's, logback's)
    "[{time} INF] {logger}: ",  # the level in the bracket of the head's values (Serilog's)
    "{time} INFO {thread} --- [{thread}] {logger} : ",  # the logger before the colon (Spring Boot's)
    "info({logger}): ",  # a scope in brackets after the level (Zig's std.log)
    "info: {logger}[{pid}] ",  # after the level's colon, with an event id (.NET's console)
])
def test_two_loggers_in_the_records_head_are_two_call_sites(head):
    # One message from two classes that log: whatever the logger's shape (a word, a dotted
    # or a plain name), the head's time, thread and process vary and the loggers do not.
    def line(logger: str, n: int) -> str:
        values = {"time": f"10:2{n}:0{n}.{n}15", "thread": ["main", "worker-3", "pool-1"][n % 3],
                  "pid": str(400 + n), "logger": logger}
        return head.format(**values) + f"Reloaded {n + 2} routes from the registry"
    first = [line("routing", n) for n in range(3)]
    second = [line("gateway.admin", n) for n in range(3)]
    interleaved = [m for pair in zip(first, second, strict=True) for m in pair]
    for order in ([*first, *second], [*second, *first], interleaved):
        miner = PatternMiner()
        ids = {m: miner.add(m) for m in order}
        assert len({ids[m] for m in first}) == 1 and len({ids[m] for m in second}) == 1
        assert ids[first[0]] != ids[second[0]]


@pytest.mark.parametrize("head", ["{time} error: ", "{time} error app.billing : ",
                                  "{time} ERROR app::billing: ", "{time} Error : "])
def test_a_level_word_after_the_heads_values_is_the_records_level_not_a_failure(head):
    # After a time alone, ``error`` and its colon (or the logger and its colon) end the record's
    # head: what follows is the message, whose words are the event, not an error's text.
    def line(message: str, n: int) -> str:
        return head.format(time=f"2026-01-0{n + 1}T10:2{n}:00.{n}1Z") + message.format(n=n + 3)
    closed = [line("ledger {n} closed with pending entries", n) for n in range(3)]
    refused = [line("ledger {n} refused by the archive", n) for n in range(3)]
    miner = PatternMiner()
    ids = [{miner.add(m) for m in group} for group in (closed, refused)]
    assert len(ids[0]) == 1 and len(ids[1]) == 1 and ids[0] != ids[1]
    assert "closed with pending entries" in (miner.template(ids[0].pop()) or "")


def _apache(n: int, level: str) -> str:
    """Apache httpd 2.4's error log head: the time, [module:level] and the process's ids."""
    return f"[Wed Mar 1{n} 10:2{n}:0{n}.{n}41876 2026] [core:{level}] [pid 3{n}:tid 81{n}] "


def test_a_level_that_closes_a_bracketed_head_field_is_no_failure():
    # Apache's [core:error], like [error]: the record's level, how bad, not what failed;
    # what the message says after its own colon stays its words
    caught = [_apache(n, "error") + f"app.ERROR: replica {n} state catching up" for n in range(3)]
    synced = [_apache(n, "error") + f"app.ERROR: replica {n} state fully synced" for n in range(3)]
    ids = _groups(caught, synced)
    assert len(ids[0]) == 1 and len(ids[1]) == 1 and ids[0] != ids[1]
    # a failure said in the message still folds its cause
    assert mask(_apache(1, "error") + "failed to sync: EOF").endswith("failed to sync: <*>")


def test_a_level_word_after_the_heads_bracketed_fields_opens_the_message():
    # after the head's fields in brackets alone (Apache's time, [module:level], [pid]), a
    # level word and its colon open the message as at the record's start: its words are the
    # event's, whichever colon (Error : <message>, Error: <message>)
    for form in ("Error : ledger {n} closed with pending entries, {m} left",
                 "Error: ledger {n} closed with pending entries, {m} left"):
        closed = [_apache(n, "warn") + form.format(n=n, m=n + 4) for n in range(3)]
        refused = [_apache(n, "warn") + form.replace("closed with pending entries", "refused by the archive")
                   .format(n=n, m=n + 4) for n in range(3)]
        ids = _groups(closed, refused)
        assert len(ids[0]) == 1 and len(ids[1]) == 1 and ids[0] != ids[1], form
    # a level word then a whole sentence (no operation's colon) stays one call site's each
    lines = ["Error: Client certificate/key are inconsistent.",
             "Error: Empty max_topic_alias value in configuration.",
             "Error: Unable to open include_dir '/etc/x/conf.d'.", "Error: Bridge keepalive value too high."]
    assert _apart(*[_apache(n, "warn") + line for n, line in enumerate(lines)])
    # a name alone in brackets is a tag of the message's, no head field: a failure's text
    # after its level word still folds ([Backend] error: <cause>)
    assert mask("[AzureBackend] error: connect ECONNREFUSED 10.0.0.7:6379") == "[AzureBackend] error: <*>"


@pytest.mark.parametrize("head", ["2026-03-0{n} 10:2{n}:00,12{n} - app.proxy - WARNING - ",
                                  "[Wed Mar 1{n} 10:2{n}:0{n}.{n}41876 2026] [core:warn] "
                                  "[pid 3{n}:tid 81{n}] ",
                                  "[10:2{n}:00.12{n}] WARN (4{n}): ", ""])
def test_the_message_after_the_records_header_reads_as_it_would_alone(head):
    # a thing's kind and its quoted name, then its colon (HAProxy's Proxy '<name>': <event>),
    # at the message's start: the event follows, after a header as at the record's start
    events = ["Proxy 'web{n}': frontend event used on a backend proxy",
              "Proxy 'api{n}': type of fetch not usable with the stick table"]
    groups = _groups(*[[head.format(n=n) + event.format(n=n) for n in range(3)] for event in events])
    assert all(len(group) == 1 for group in groups) and groups[0] != groups[1]


@pytest.mark.parametrize("head", ["{date} {time} ", "{date}T{time}Z\tWARN\t", "W{day} {time}   {pid} ",
                                  "{time} WRN "])
def test_a_code_location_after_the_heads_values_is_the_call_sites(head):
    # A caller's file and line after the time, a process or the level (Go's log with
    # Lshortfile, zap's and zerolog's caller, klog's): one call site's, kept, and a line of
    # its own names another call site, whatever the message; the head's values vary.
    def line(place: str, n: int) -> str:
        values = {"date": f"2026/02/1{n}", "time": f"0{n}:1{n}:2{n}.00{n}", "day": f"021{n}",
                  "pid": str(300 + n)}
        return head.format(**values) + place + f" queue depth {n * 7} over the limit"
    miner = PatternMiner()
    at_61 = {miner.add(line("dispatch/queue.go:61:", n)) for n in range(3)}
    at_88 = {miner.add(line("dispatch/queue.go:88:", n)) for n in range(3)}
    assert len(at_61) == 1 and len(at_88) == 1 and at_61 != at_88
    assert "queue.go:61" in (miner.template(at_61.pop()) or "")


@pytest.mark.parametrize("place", ["[WARN src/Dispatch/Queue.hs:{line}] ", "W:dispatch_queue.c:{line}:(queue_check) ",
                                   "(mod_queue.c.{line}) ", "[DEBUG] [/dispatch/queue.go:{line}]: "])
def test_a_code_location_in_the_records_head_is_the_call_sites(place):
    # The logger's caller where the head opens: inside the level's bracket (Haskell's
    # monad-logger, ``[LEVEL file:line]``), after a level letter glued to its colon (chrony's
    # ``D:file.c:12:(function)``), in brackets with its line after a dot (lighttpd's
    # ``(file.c.12)``), or a rooted path in the bracket after the level's (Harbor's). One file
    # and line is one call site: a line of its own names another, whatever the message.
    def line(at: int, n: int) -> str:
        return place.format(line=at) + f"queue depth {n * 7} over the limit for shard-{n}.internal"
    miner = PatternMiner()
    at_61 = {miner.add(line(61, n)) for n in range(3)}
    at_188 = {miner.add(line(188, n)) for n in range(3)}
    assert len(at_61) == 1 and len(at_188) == 1 and at_61 != at_188
    template = miner.template(at_61.pop()) or ""
    assert ".hs:61" in template or ".c:61" in template or ".c.61" in template or ".go:61" in template
    # near miss: a location further in the message is a value (a configuration file's line)
    assert _one_pattern(*[f"parsing [conf/main.go:{n}] : unexpected token" for n in (3, 17, 240)])


@pytest.mark.parametrize("place", ["main/{n}/main queue.lua:{line} W> ", "DEBG dispatch/queue.go:{line}: ",
                                   "[worker-{n}] INFO: <queue.cc:{line} (check)> ",
                                   "INFO [shard {n}:main] dispatch - queue.cc:{line} - ",
                                   "APP WARNING: [{n}] QueueDispatcher.check#{line}: "])
def test_a_code_location_in_the_head_that_no_head_rule_reads_is_the_call_sites(place):
    # The caller's file and line (or a Java method and its line, #line) wherever the head
    # prints it, after head fields no rule above names (a fiber's path, a padded level, a
    # thread's bracket and a level's label, a logger between spaced dashes): before any word
    # of prose, one call site's, kept; a line of its own names another, whatever the message
    # (masking.head_location).
    def line(at: int, n: int) -> str:
        return place.format(line=at, n=n + 2) + f"queue depth {n * 7} over the limit for shard-{n}.internal"
    miner = PatternMiner()
    ids = miner.add_batch([line(61, n) for n in range(3)] + [line(188, n) for n in range(3)])
    assert len(set(ids[:3])) == 1 and len(set(ids[3:])) == 1 and ids[0] != ids[3]
    assert "61" in (miner.template(ids[0]) or "")
    # near misses: after a word of prose the location is a value the message names
    assert _one_pattern(*[f"INFO checking dispatch/queue.go:{n} now" for n in (3, 17, 240)])
    assert _one_pattern(*[f"parsing - conf/main.go:{n} failed" for n in (3, 17, 240)])


def test_a_modules_line_bracketed_before_the_messages_dash_is_the_call_sites():
    # Timbre's layout, "<host> LEVEL [<namespace>:<line>] - <message>": the dotted module and
    # the line of the call site, before any word of prose, kept (masking._module_line_at); one
    # word and a value after it are each call site's own (they had merged into "<*> INFO [<*>]
    # - <*> <*>", the place masked as a host's port)
    sites = [("app.api.jira:100", "channel-projects"), ("app.commands.jira:465", "worklog-response"),
             ("app.util:53", "data-to-sign")]
    values = ["stable", "4711", "orders-replica", "e3b0c44298fc", "beta.users"]
    miner = PatternMiner()
    ids = miner.add_batch([f"bot-0 INFO [{place}] - {word} {value}"
                           for value in values for place, word in sites])
    assert [len(set(ids[k::3])) for k in range(3)] == [1, 1, 1] and len(set(ids)) == 3
    # near misses: after a word of prose it is a value the message names; a version's digits
    # open no module's part
    assert _one_pattern(*[f"INFO parsing [app.util:{n}] - done" for n in (3, 17, 240)])
    assert _one_pattern(*[f"INFO [v1.{n}:{n + 4}] - started" for n in (3, 17, 240)])
    # nor after a message's words, where no level is right before it: a host and its port
    assert _one_pattern(*[f"[DEBUG][main] Cluster Node [db-{n}.example.org:{n + 5000}] - Heartbeat"
                          for n in (3, 17, 240)])


@pytest.mark.parametrize("head", ["{logger:<24} ({pid}) :  WARNING ({place}) - ", "WARNING ({place}) - ",
                                  "::WARNING::[{place}] ", "[W 240301 10:0{pid}:00 {place}] ",
                                  "[WARNING {pid} {place}] "])
def test_a_modules_line_that_closes_a_head_bracket_is_the_call_sites(head):
    # Python's %(module)s:%(lineno)d where a layout prints it: in its own bracket after the
    # level in capitals, or last in the bracket the record opens with its level (tornado's
    # "[%(levelname)1.1s %(asctime)s %(module)s:%(lineno)d]"); the logger's name may open the
    # record. One message from two lines or two modules is two call sites (they had merged,
    # the place masked as a host's port: "… WARNING (<*>:<*>) - <message>")
    message = "All providers are throttled"
    sites = [("movies", 77), ("series", 158), ("movies", 295)]
    def line(n: int, place: tuple[str, int]) -> str:
        return head.format(logger="root", pid=n, place=f"{place[0]}:{place[1]}") + message
    miner = PatternMiner()
    ids = miner.add_batch([line(n, place) for n in range(1, 4) for place in sites])
    assert [len(set(ids[k::3])) for k in range(3)] == [1, 1, 1] and len(set(ids)) == 3
    # near misses: after a word of prose it is a value the message names; a tag's instance, a
    # digit alone or a bar's field after it, and a host's port after no level are values too
    assert _one_pattern(*[f"WARNING checking (movies:{n}) - done" for n in (31, 170, 240)])
    assert _one_pattern(*[f"WARNING [pool:{n}] connection dropped by peer" for n in (3, 7, 5)])
    assert _one_pattern(*[f"WARNING [pool:{n}] | connection dropped by peer" for n in (31, 70, 52)])
    assert _one_pattern(*[f"connected to (db:{n}) after retry" for n in (5432, 6379, 3306)])


def test_a_code_location_that_closes_the_record_is_the_call_sites():
    # A logger that appends its caller in round brackets after the message (RT's ``(file.pm:
    # line)``, Vapor's, a logback pattern's ``(%file:%line)``): one file and line is one call
    # site, whatever the message, and a cause the message ends with folds before it.
    def done(at: int, n: int) -> str:
        return f"[{300 + n}] [debug]: done. (/opt/app/lib/App/Handle.pm:{at})"
    miner = PatternMiner()
    at_1101 = {miner.add(done(1101, n)) for n in range(3)}
    at_2169 = {miner.add(done(2169, n)) for n in range(3)}
    assert len(at_1101) == 1 and len(at_2169) == 1 and at_1101 != at_2169
    causes = ("maintenance window", "connection refused", "rebalance in progress")
    assert _template(*[f"[{n}] [error]: Couldn't set new priority value: {cause} (App/Action/Escalate.pm:257)"
                       for n, cause in enumerate(causes)]) == (
        "[<*>] [error]: Couldn't set new priority value: <*> (App/Action/Escalate.pm:257)")
    assert len(_ids(*[f"[{n}] [error]: Couldn't set new priority value: {cause} (App/Action/{file})"
                      for n, cause in enumerate(causes) for file in ("Escalate.pm:257", "Linear.pm:226")])) == 2
    # near miss: a location elsewhere in the message is a value
    assert _one_pattern(*[f"syntax error in (conf/main.go:{n}) near token" for n in (3, 17, 240)])


def test_a_code_location_in_square_brackets_that_closes_the_record_is_the_call_sites():
    # A formatter that appends the caller in square brackets (logrus' CallerPrettyfier and its
    # like: ``[function@file.go:502]``, ``[file.go:502]``) is read as one in round brackets:
    # one function, file and line is one call site, and the cause before it folds as it
    # does at the record's end.
    causes = ("context deadline exceeded", "TLS handshake timeout", "permission denied", "EOF")
    def opened(cause: str, n: int, caller: str = "loadState@state.go:88") -> str:
        return f"vaultd[{2000 + n}] <WARNING>: Open /var/run/state-{n}.db: {cause} [{caller}]"
    assert _template(*[opened(cause, n) for n, cause in enumerate(causes)]) == (
        "vaultd[<*>] <WARNING>: Open <*>: <*> [loadState@state.go:88]")
    assert _template(*[opened(cause, n, "state.go:88") for n, cause in enumerate(causes)]) == (
        "vaultd[<*>] <WARNING>: Open <*>: <*> [state.go:88]")
    # the batch path reads it the same
    miner = PatternMiner()
    assert len(set(miner.add_batch([opened(cause, n) for n, cause in enumerate(causes)]))) == 1
    # two callers of one message are two call sites: another function, another file, another line
    assert _one_id_each(*[[opened(cause, n, caller) for n, cause in enumerate(causes)]
                          for caller in ("loadState@state.go:88", "saveState@state.go:88",
                                         "loadState@store.go:88", "loadState@state.go:140")])
    def corrupt(n: int, caller: str) -> str:
        return f"vaultd[{2000 + n}] <ERROR>: Corrupt value for inode {n * 7} chunk index {n * 3} [{caller}]"
    assert _one_id_each(*[[corrupt(n, caller) for n in range(1, 5)]
                          for caller in ("dumpEntry@kv.go:3751", "dumpEntry@sql.go:4579")])
    # near misses: an address, a name with no source file's extension, a location elsewhere
    # in the message are values
    assert _one_pattern(*[f"Connection established to [10.0.{n}.5:80{n}0]" for n in range(1, 5)])
    assert _one_pattern(*[f"Failed to get cert PEM: [storage-{n}.svc.cluster.local:55{n}4]" for n in range(1, 5)])
    assert _one_pattern(*[f"syntax error in [conf/main.go:{n}] near token" for n in (3, 17, 240)])


def test_an_erlang_location_that_closes_the_record_is_the_call_sites():
    # Where code is named by module and function (Erlang's OTP logger templates), the caller
    # the logger appends is the module, the function with its arity and the line:
    # ``… (store_api:get_user/1:79)``. One location is one call site, two lines of one
    # function two; a cause or a value before it folds as it does at the record's end.
    def call(request: str, where: str) -> str:
        return f"[debug] Handling API call: {request} (store_api:{where})"
    sites = [("get_user(<<\"{}\">>)", "get_user/1:79"), ("get_sessions({})", "get_sessions/1:100"),
             ("get_status()", "get_status/0:109")]
    names = ("alice", "orders_db", "queue-7", "mailer")
    assert _one_id_each(*[[call(request.format(name), where) for name in names] for request, where in sites])
    def kept(path: str, line: int) -> str:
        return f"[debug] Keeping PEM file ({path}) (stored:check_pem_file/0:{line})"
    paths = ("/etc/tls/key.pem", "users.csv", "/srv/a b/cert.pem")
    assert _one_id_each(*[[kept(path, line) for path in paths] for line in (806, 815)])
    causes = ("timeout", "{badmatch,closed}", "connection refused by peer")
    assert _template(*[f"[error] Relay failed: {cause} (relay_conn:handle_info/2:233)" for cause in causes]) == (
        "[error] Relay failed: <*> (relay_conn:handle_info/2:233)")
    # the batch path reads it the same
    miner = PatternMiner()
    ids = miner.add_batch([call(request.format(name), where) for name in names for request, where in sites])
    assert len(set(ids)) == 3
    # near misses: a ratio or a function named in the message's words are values
    assert _one_pattern(*[f"Progress of sync job (step {n}/9:{n * 4})" for n in range(1, 5)])
    assert _one_pattern(*[f"calling store_api:get_user/1:{n} now" for n in (3, 17, 240)])

def test_one_reader_measures_every_form_of_the_location_that_closes_the_record():
    # templates.closing_location_length is the one reader, on tokens, of the caller's location
    # masking keeps at the record's end (TRAILING_LOCATION): in brackets (a file, a class by its
    # package, an Erlang function) or after a spaced dash, unbracketed; the cause reader and
    # score ask it alone.
    lengths = {
        "ERROR Open failed: EOF (lib/App/Handle.pm:2169)": 5,
        "ERROR Open failed: EOF [loadState@state.go:88]": 5,
        "ERROR Open failed: EOF (io.example.pg.Task:231)": 5,
        "ERROR Open failed: EOF (relay_conn:handle_info/2:233)": 7,
        "<*> ERROR Open failed: EOF - PgConnection.cc:178": 4,
        # near misses: no source file before the dash's line, a line alone, a location inside
        "<*> ERROR Open failed: EOF - retry:178": 0,
        "ERROR Open failed: EOF, attempt 178": 0,
        "ERROR Open (lib/App/Handle.pm:2169) failed: EOF": 0,
    }
    assert {text: closing_location_length(tokens(mask(text))[0]) for text in lengths} == lengths


def test_a_qualified_class_and_its_line_that_close_the_record_are_the_call_sites():
    # log4j's ``%m (%c:%L)`` (Kafka Connect's default layout): the logger's class by its package
    # and the line close the record. One class and line is one call site; two lines of one
    # class are two, whatever the message; a cause before it folds as at the record's end.
    def seek(line: int, n: int) -> str:
        return f"WARN [orders-{n}|task-{n}] Unexpected error while trying to seek LSN (io.example.pg.ReplicationConnection:{line})"
    assert _one_id_each(*[[seek(line, n) for n in range(1, 5)] for line in (812, 819)])
    causes = ("connection refused", "FATAL: terminating connection due to administrator command", "EOF")
    assert _template(*[f"ERROR [x|task-{n}] Failed to commit offsets: {cause} (io.example.pg.Task:231)"
                       for n, cause in enumerate(causes)]) == (
        "ERROR [x|<*>] Failed to commit offsets: <*> (io.example.pg.Task:231)")
    # near misses: a host and its port, a dotted name in lower case are values
    assert _one_pattern(*[f"Connected to broker (kafka-{n}.example.org:9092)" for n in range(1, 5)])
    assert _one_pattern(*[f"Reading table (inventory.orders:{n})" for n in (3, 17, 240)])

def test_the_oss_error_text_after_a_colon_is_one_value():
    # perror's form, `operation: <strerror>`, ends the record with the OS's text for an errno
    # (libc's table; Go prints it in lower case, Rust with its os error's code): one call site
    # prints any of them there, so each is one value, even after a label alone, where a
    # cause is not learned (a label's words may be an event's)
    probes = ["netprobe: Connection refused", "netprobe: No route to host",
              "netprobe: Temporary failure in name resolution", "netprobe: permission denied (os error 13)"]
    assert len(_ids(*probes)) == 1
    assert mask("write /var/spool/q: no space left on device") == "write <*>: <*>"
    # not inside the program's own sentence (where it may be the message), nor before more text
    assert mask("Permission denied trying to spawn worker") == "Permission denied trying to spawn worker"
    assert mask("tunnel: connection refused by policy") == "tunnel: connection refused by policy"
    # a label's events are not the OS's texts: two stay apart
    assert len(_ids("netprobe: link up", "netprobe: link flapping")) == 2


def test_the_standard_errors_of_go_and_tokio_after_a_colon_are_one_value():
    # io.EOF, io.ErrUnexpectedEOF, context's and net's errors, tokio's Elapsed: texts of the
    # language's library, as strerror's are the C library's
    assert len(_ids("sync peer: EOF", "sync peer: unexpected EOF", "sync peer: context canceled",
                    "sync peer: use of closed network connection", "sync peer: deadline has elapsed")) == 1
    # EOF in capitals only (a word of prose is not it), and ending the text
    assert mask("reader: eof reached") == "reader: eof reached"
    assert mask("reader: EOF before header") == "reader: EOF before header"


def test_a_word_after_an_arrow_is_a_value():
    # an arrow (a state's change, idle -> running; a hash's key and value, mode => fast) points
    # at a value as a colon does: one call site prints any word there
    changed = "Routing changed upstream -> "
    assert _one_pattern_both_ways(changed + "primary", changed + "standby", changed + "drained")
    assert _one_pattern_both_ways("Validated setting mode => fast", "Validated setting mode => slow")
    # a spaced dash alone is no arrow: a subject and its state (… - primary / … - standby) stay apart
    assert _apart("Routing changed upstream - primary", "Routing changed upstream - standby")


def test_a_word_after_a_naming_label_and_its_colon_stays_a_value():
    # a naming word as a label (scheme: https, user: bob) names the value after its colon as
    # scheme https or user=bob would: however often one value came first, another is the
    # same call site's, not a constant the call site prints (_settled)
    settled = ["Connected to broker scheme: https"] * 4
    assert _one_pattern(*settled, "Connected to broker scheme: http")
    assert _one_pattern(*["Session opened user: alice"] * 4, "Session opened user: bob")
    # after a label that names no kind of thing (mode: fast) the call site's word stays its own
    assert len(_ids(*["Connected to broker mode: fast"] * 4, "Connected to broker mode: slow")) == 2


def test_a_short_text_after_a_labels_colon_joins_a_template_that_ends_with_a_value_there():
    # a call site that printed two values after its colon (heartbeat: <*>) prints one in
    # words there too, of another length (not found, no route to host)
    beats = ["sync worker heartbeat: EOF", "sync worker heartbeat: timeout"]
    assert _one_pattern(*beats, "sync worker heartbeat: not found", "sync worker heartbeat: no route to host",
                        "sync worker heartbeat: server closed the connection unexpectedly")
    assert _one_pattern("probe status=ok", "probe status=down", "probe status=not ready")
    fallback = "Replica sync of the shard store (v2): "  # (a long label: six words)
    assert _one_pattern(fallback + "EOF", fallback + "timeout", fallback + "maintenance window")
    # a longer text, or one with a capital, is as often a sentence of its own: the event's
    assert len(_ids(*beats, "sync worker heartbeat: the peer went away before we could finish")) == 2
    assert len(_ids(*beats, "sync worker heartbeat: Paused by operator")) == 2
    # and two texts of words, no value yet, are a label's two events (link up / link flapping)
    assert len(_ids("sync worker heartbeat: link up", "sync worker heartbeat: link flapping now")) == 2


@pytest.mark.parametrize("text", ["Invalid argument", "No such process", "Not a directory",
                                  "Function not implemented", "Too many levels of symbolic links"])
def test_the_other_common_errno_texts_after_a_colon_are_one_value(text):
    # libc's table beyond the socket and file errors (EINVAL, ESRCH, ENOTDIR, ENOSYS, ELOOP):
    # one call site prints any errno's text after its colon
    assert mask(f"battery poll: {text}") == "battery poll: <*>"
    assert len(_ids("battery poll: Permission denied", f"battery poll: {text}")) == 1
    # not in the program's own sentence, nor before more text
    assert mask(f"{text} for battery poll") == f"{text} for battery poll"
    assert mask(f"battery poll: {text} in request") == f"battery poll: {text} in request"


def test_a_name_after_a_labels_colon_is_a_label_and_what_follows_the_message():
    # a chain of labels (a channel and its level, a tag; a level, a class, an instance's
    # name): what follows the last colon is the event itself, not an operation's cause
    tagged = [f"shop.INFO: BILLING: {event}" for event in (
        "Invoice 42 sent to customer 7", "Reminder queued for account 9", "Ledger closed for day 3",
        "Invoice 43 sent to customer 8")]
    assert len(_ids(*tagged)) == 3
    assert _template(tagged[0], tagged[3]) == "shop.INFO: BILLING: Invoice <*> sent to customer <*>"
    named = [f"DEBUG:core.Scheduler:{name}: {event}" for name, event in (
        ("nightly-sync", "Skipping job with id=4"), ("reports.daily", "Starting worker pool"),
        ("archive", "Skipping job with id=51"), ("Mailer", "Starting worker pool"))]
    assert len(_ids(*named)) == 2
    # near misses: after a failure's colon a name and its colon are a wrapped error's, and a
    # function's name there comes before an error's text alone: the causes fold
    assert _template(*[f"upload failed: dial: {cause}" for cause in (
        "connection refused", "i/o timeout", "no route to host")]) == "upload failed: <*>"
    assert _one_pattern(*[f"sync: writeBlock: {cause}" for cause in (
        "connection reset by peer", "broken pipe", "permission denied")])


def test_a_name_after_the_records_level_in_brackets_is_the_messages_prefix():
    # [level] <name>: <message>: the name is let go as a leading one is ([orders] …, orders: …)
    services = ["payments-api", "events-queue", "LedgerStore", "Uploads"]
    assert _template(*[f"[debug] {name}: Failed to render item." for name in services]) == (
        "[debug] <*>: Failed to render item.")
    assert _one_id_both_ways(*[f"[info] {name}: Rendering page now." for name in services])
    # near miss: a function's name in snake case there is one call site's, and two messages
    # of one name that say different things stay two
    assert _apart("[trace] parse_item: Parser done.", "[trace] extract_item: Parser done.")
    assert _apart("[debug] events-queue: Failed to render item.", "[debug] events-queue: Rendering page now.")


@pytest.mark.parametrize("level", ["dbg", "debug", "info", "Warn", "wrn"])
def test_a_level_word_after_the_heads_values_ends_the_head_whatever_its_case(level):
    # A level in any case or abbreviation, after the head's values alone ([<pid>] dbg:), is the
    # record's level: its colon ends the head, and each message after it is its call site's
    # own event, never the cause of an operation the level would name.
    events = ["prefork: child reports idle", "askdns: skipping disabled rule local",
              "Found zip member archive", "pyzor: module is not available"]
    lines = [f"[{pid}] {level}: {event}" for event in events for pid in (41, 7, 1293)]
    assert len(_ids(*lines)) == len(events)
    # near misses: a failure said after the level still folds its cause, and a word of the
    # message before the level word makes it the message's own (SQL error: <cause>)
    assert _template(*[f"[{pid}] {level}: sync failed: {cause}" for pid, cause in (
        (3, "connection refused"), (8, "broken pipe"), (12, "permission denied"))]) == (
        f"[<*>] {level}: sync failed: <*>")
    assert _one_pattern(*[f"[{pid}] {level}: SQL error: {cause}" for pid, cause in (
        (3, "connection refused"), (8, "disk quota exceeded"), (12, "operation timed out"))])


def test_a_function_named_after_a_bracketed_location_is_where_the_message_is_logged():
    # A module's tag, its file and line in brackets, then __func__ and its colon: the place
    # each message is logged from, a label of the head; one function logs many events there.
    sites = [("pua", 916, "delete_record", "record not found"),
             ("jwt3", 427, "to_jwks", "No memory for JSON string"),
             ("nathelper", 2455, "nh_timer", "can't parse contact dst_uri"),
             ("topoh", 872, "update_hdr", "failed deleting Replaces callid"),
             ("enum", 805, "enum_query", "unable to get service parameter"),
             ("enum", 812, "enum_query", "failed to read the answer")]
    lines = [f"ERROR: {module} [{module}_mod.c:{line}]: {function}(): {event}"
             for _ in range(2) for module, line, function, event in sites]
    assert len(_ids(*lines)) == len(sites)
    # near misses: an operation's call after words still folds the cause a library gave, and
    # a failure after the function's colon folds its own
    assert _template(*[f"sandbox: pledge(): {cause}" for cause in (
        "no route to host", "permission denied", "connection refused")]) == "sandbox: pledge(): <*>"
    assert _template(*[f"ERROR: pua [pua_db.c:9]: update(): sync failed: {cause}" for cause in (
        "no route to host", "permission denied", "connection refused")]) == (
        "ERROR: pua [<*>]: update(): sync failed: <*>")


@pytest.mark.parametrize("head", ["[{n}] ERROR - [{name}] ", "E:{file}.c:{line}:({name}) "])
def test_a_name_in_brackets_after_the_records_level_is_a_head_field(head):
    # The logger's name (log4net's [%c]) or the function's (chrony's (function)) in brackets
    # right after the record's level and values: a field of every message's head, not an
    # error's class whose text would follow; each message after it is its call site's event.
    sites = [("Capture.WindowCapture", "Exception caught in the capture handler."),
             ("Helpers.PluginHelper", "Error loading plugin:"),
             ("Office.EmailExporter", "Export to the mail client failed."),
             ("Core.Settings", "Could not read the settings file")]
    # (a pid varies; a code location's line is its call site's, one per site)
    lines = [head.format(n=n * 37 + 5, line=len(name) * 11, name=name, file=name.lower().partition(".")[0])
             + event for n in range(3) for name, event in sites]
    assert len(_ids(*lines)) == len(sites)
    # near miss: an error's class in brackets after the message's own words still comes
    # before its text, which folds
    assert _one_pattern(*[f"job failed with exception (IOError) {cause}" for cause in (
        "execution expired", "connection refused", "broken pipe")])


def test_a_name_alone_after_the_records_bracketed_tags_is_a_components_tag():
    # A name and its colon after the record's bracketed tags ([vm:<instance>] pci: …) label the
    # part that logs, as a name alone that opens a message does: what follows is the message,
    # whose own colon may come before a cause.
    def line(instance: str, message: str) -> str:
        return f"[anonymous-instance:{instance}] {message}"
    invalid = [line(name, f"pci: invalid virtio register word read: {cause}")
               for name, cause in (("stable", "bad offset"), ("auth-api", "out of range"))]
    writes = [line(name, f"pci: rejected config byte write: {cause}")
              for name, cause in (("default", "bad offset"), ("mailer", "out of range"))]
    ids = _groups(invalid, writes)
    assert len(ids[0]) == 1 and len(ids[1]) == 1 and ids[0] != ids[1]
    # near miss: a name that says a failure there comes before its cause, which folds
    assert _one_pattern(*[f"[shard:{n}] UnknownErrorOnCounter: {cause}" for n, cause in (
        (1, "closed by peer"), (2, "refused by the server"), (3, "timed out"))])


def test_a_clause_that_opens_with_a_failure_takes_its_cause_after_a_comma():
    # Go's and Java's "failed to …, %v": a clause that opens with a failure, a comma, then the
    # error's text, any of a library's: one call site's, one value there.
    assert _template(*[f"[ERROR] [base.go:140]: failed to serve json, {cause}" for cause in (
        "context canceled", "operation timed out", "permission denied")]) == (
        "[ERROR] [base.go:140]: failed to serve json, <*>")
    # near miss: the words after the comma that say no failure are the event's own (weakly)
    assert _apart("Unable to reach the registry, retrying in a while",
                  "Unable to reach the registry, giving up for now")


@pytest.mark.parametrize("level", ["DEB", "INF", "WAR", "ERR"])
def test_a_level_cut_to_three_capitals_and_a_name_open_the_records_head(level):
    # A level printed in a fixed width (DEB, INF, WAR), then the logger's name and its colon:
    # the record's head; each message after it is its call site's event.
    events = ["Closed H2 session.", "no change", "Draining the connection pool",
              "Resolved the address"]
    lines = [f"{level} finagle: {event}" for _ in range(2) for event in events]
    assert len(_ids(*lines)) == len(events)
    # near miss: a failure said after the name still folds its cause
    assert _one_pattern(*[f"{level} finagle: sync failed: {cause}" for cause in (
        "connection refused", "broken pipe", "permission denied")])


_MIDDLE_CAUSES = ["connection reset by peer", "no space left on device", "EOF", "context deadline exceeded",
                  "read-only file system", "[Errno 111] Connection refused", "certificate has expired"]


@pytest.mark.parametrize("mark", [",", ";", " |", " /"])
def test_an_errors_text_in_the_middle_of_a_message_is_one_value(mark):
    # An error's text a library gave, then a separator and more of the call site's own words:
    # one value wherever it sits (a failure said before it, or a label's colon, or no cue),
    # whichever cause came first; the words around it agree across the call site's lines.
    for before, after in (("Unable to persist segment index", "please check the volume"),
                          ("SYNC_PEER:", "falling back to the local copy"),
                          ("unable to move (<*> -> <*>)", "drive may be faulty")):
        lines = [f"{before} {cause}{mark} {after}" for cause in _MIDDLE_CAUSES]
        assert _one_pattern_both_ways(*lines), (before, mark)


def test_a_wrapped_error_in_the_middle_of_a_message_is_one_value():
    # a Go error chain (an operation, its colon, its cause) there too: its cause ends before
    # the comma and the program's own words that follow it
    lines = [f"Unable to restore the route table {cause}, please fix it manually" for cause in (
        "EOF", 'Get "http://10.0.0.7:8080/health": dial tcp 10.0.0.7:8080: i/o timeout',
        "context deadline exceeded", "failed to get lease: etcdserver: request timed out",
        "mkdir /var/lib/x: permission denied")]
    assert _one_pattern_both_ways(*lines)
    assert _template("sync failed: connection refused, retrying in 5s",
                     "sync failed: broken pipe, retrying in 7s") == "sync failed: <*>, retrying in <*>"
    # a library's own comma before a word of failure or a value stays in the cause
    assert mask("sync failed: x509: certificate is valid for a.example.com, not b.example.com") == (
        "sync failed: <*>")
    # nor two words after the comma: a library's pair (expected <a>, got <b>) whatever its words
    assert _one_pattern_both_ways(*[f"watchdir.cc:314: Couldn't read filename: expected {a}, got {b}" for a, b in (
        ("metrics-service", "profile-20"), ("daily", "remote"), ("search-30", "weekly"), ("reports", "ledger"))])


def test_words_of_two_call_sites_around_a_separator_stay_apart():
    # near miss: what differs before the separator, at one length or after a label alone,
    # is no error's text (no word of failure), or a sentence of the event's own: two call sites
    assert _apart("Unable to persist segment index during log compaction, please check the volume",
                  "Unable to persist segment index after node restart, please check the volume")
    assert _apart("Unable to persist segment index while compacting logs, please check the volume",
                  "Unable to persist segment index disk quota exceeded, please check the volume")
    assert _apart("SYNC_PEER: leader changed to node b, falling back to the local copy",
                  "SYNC_PEER: snapshot received from node b, falling back to the local copy")


def test_a_name_alone_in_brackets_inside_a_message_field_is_a_value() -> None:
    # a word alone in brackets is a value wherever it stands (``[alice] Ignoring …``), in a
    # structured record's message field too (logrus's and slog's msg="[alice] Ignoring …",
    # Go's formatted messages): the field's other words stay the event's
    lines = [f'time=<*> level=info msg="[{name}] Ignoring redelivery timeout in state [{state}]"'
             for name, state in [("alice", "Idle"), ("bob", "Busy"), ("carol", "Idle"), ("dave", "Busy")]]
    assert len(_ids(*lines)) == 1
    assert len(_ids(lines[0], 'time=<*> level=info msg="[alice] Ignoring redelivery timeout in phase [Idle]"')) == 2


def test_two_bracketed_code_locations_are_two_call_sites() -> None:
    # a record's head that names the code that logs in brackets (Erlang's
    # module:function/arity:line, Python's module:function:line) says its call site: two
    # locations are two events, however alike their masked messages (a quoted note that
    # varies is one value)
    def site(where: str, app: str, notes: Sequence[str]) -> list[str]:
        return [f'INFO <0.{n}.0> [{where}] | note="{note}" result=ok in={app}'
                for n, note in zip((12, 907, 33, 4581), notes, strict=False)]
    notes = ["Cache flushed after resize", "Index swept clean", "Spool rotated on schedule",
             "Queue drained before stop"]
    one = site("cache_store:flush_entries/2:114", "app_cache", notes)
    other = site("session_gc:sweep_expired/1:88", "app_core", notes[::-1])
    miner = PatternMiner()
    ids = [(miner.add(a), miner.add(b)) for a, b in zip(one, other, strict=True)]  # (interleaved)
    assert len({a for a, _ in ids}) == len({b for _, b in ids}) == 1 and ids[0][0] != ids[0][1]
    # near miss: a tag and its instance ([pool:3] / [pool:7]) holds no function: a value there
    assert len(_ids(*[f"WARN [{name}:{n}] | connection dropped by peer, retrying"
                      for name, n in (("pool", 3), ("relay", 7), ("pool", 5), ("relay", 2))])) == 1


def test_an_unescaped_quote_inside_a_keys_quoted_value_does_not_end_it() -> None:
    # a value quoted after key= whose program did not escape its inner quotes (an Erlang
    # binary printed with ~p: <<"alpha">>) ends at the quote before the next key or the
    # line's end, one value however its inner quotes fall
    assert mask('DEBUG [x] detail="Unknown call: <<"alpha">>"') == 'DEBUG [x] detail="<*>"'
    assert mask('DEBUG [x] detail="Unknown call: <<"beta">>" n=3') == 'DEBUG [x] detail="<*>" n=<*>'
    assert len(_ids(*[f'DEBUG <0.{n}.0> [poller:handle_cast/2:73] | detail="{d}"' for n, d in (
        (1, 'Unknown cast: <<"alpha">>'), (2, "Unknown cast: tick"), (3, 'Unknown cast: <<"delta">>'),
        (4, "Unknown cast: {stop,normal}"))])) == 1
    # near miss: two quoted values stay two (the first ends at the quote the next key follows)
    assert mask('DEBUG [x] a="one two" b="three"') == 'DEBUG [x] a="<*>" b="<*>"'
    assert mask('<a href="x">t</a> other="y"') == '<a href="<*>">t</a> other="<*>"'


def test_a_key_that_another_key_follows_announces_no_errors_text() -> None:
    # reason=<value> (or status=error) among a record's fields is one field: its value ends
    # at the next key, and what follows is the record's other fields, no error's text to the
    # line's end that the first records of the event would leave as words
    earlier = ('ERROR <0.4.0> [tls_keys:ensure_key_file/1:706] | note="Error generating RSA key" '
               'result=error reason=closed in=app_tls')
    lines = [f'ERROR <0.{n}.0> [billing:charge/2:93] | note="Charge of card failed" result=error '
             f'reason={reason} in=app_billing order_id=sess_{n}x{n} card=C{n}Z'
             for n, reason in ((2212, "timeout"), (58, "nodedown"), (554, "{case_clause,undefined}"),
                               (26, "closed"))]
    miner = PatternMiner()
    first = miner.add(earlier)
    billed = {miner.add(line) for line in lines}
    assert len(billed) == 1 and first not in billed
    # near miss: an error's text after the word that announces it, to the end, still folds
    assert len(_ids("sync of shard 3 aborted reason=connection reset by peer",
                    "sync of shard 3 aborted reason=no space left on device")) == 1


@pytest.mark.parametrize("head", ["Mar 18 14:54:01 host1 ordersd[6629]: ",
                                  "Mar  4 08:09:31 web ordersd[12]: ",
                                  "<30>Mar 18 14:54:01 host1 ordersd[6629]: "])
def test_the_first_word_after_syslogs_tag_is_the_events(head):
    # after syslog's and journald's tag (app[<pid>]:) the message opens, and its first word is
    # the event's, as a bare message's is (done / start stay two); the colon introduces no value
    assert _apart(*(head + word for word in ("start", "done", "fail", "stop")))
    assert _apart("start", "done", "fail", "stop")
    # a label after the tag (a leading name and its colon) is left as it was
    assert len(_ids(head + "heartbeat: beat 3 sent", head + "heartbeat: beat 4 sent")) == 1
    # near miss: a value in brackets and a colon inside a sentence is no tag: a value follows
    assert len(_ids(*(f"[cus_{n}] vnet write to tun (server) [{n}]: {name}"
                      for n, name in ((1, "alice"), (2, "devops"), (3, "nobody"))))) == 1


@pytest.mark.parametrize("head", ["Mar 18 14:54:01 host1 ordersd[6629]: ",
                                  'time="2026-03-18T14:54:01Z" level=error msg="'])
def test_a_level_word_that_opens_the_message_after_the_records_head_says_how_bad(head):
    # a level word alone at the message's opening (Error: <message>) says how bad, not what
    # failed, after syslog's tag and in a structured record's quoted message as in a bare one:
    # what follows is the event's own words, not a cause
    end = '"' if head.endswith('"') else ""
    messages = ["Error: Unable to open include_dir '/var/spool/a'.",
                "Error: Empty socket_domain value in configuration.",
                "Error: Bridge keepalive value too high."]
    assert _apart(*messages)
    assert _apart(*(head + m + end for m in messages))
    # a failure said in words still folds its cause there
    assert _template(head + "failed to open /var/lib/a.db: permission denied" + end,
                     head + "failed to open /var/lib/b.db: no such file or directory" + end) is not None


def test_a_component_tag_that_opens_a_message_field_is_no_operation():
    # a part's name and kind (tail_csv plugin:) opening a structured record's quoted message
    # is a tag, as where a bare message opens: what follows is the part's event, not a cause
    head = 'time="2026-03-18T14:54:01Z" level=info msg="'
    assert _apart(head + "tail_csv plugin: Option `ValueFrom' must be set.\"",
                  head + "tail_csv plugin: Option `Metric' not allowed here.\"")
    assert _apart(head + "Pocket CSV Import: Finished reading the archive.\"",
                  head + "Pocket CSV Import: Skipping the archive now.\"")
    # an operation's colon in the field still takes a cause
    assert len(_ids(head + "loading plugin config: permission denied\"",
                    head + "loading plugin config: no such file or directory\"")) == 1


def test_a_name_that_opens_a_message_field_is_a_subject_as_in_a_bare_message():
    # the first word of a structured record's quoted message is the sentence's subject as a
    # bare message's is (nightly is an async generator …): a name there varies as it does there
    sentence = " is an async generator function while process_output_async() exists, skipping both methods."
    names = ["nightly", "catalog_archive", "backend-db", "shared.accounts"]
    bare = [name + sentence for name in names]
    head = 'time="2026-03-18T14:54:01Z" level=error msg="'
    assert len(_ids(*bare)) == 1
    assert len(_ids(*(head + line + '"' for line in bare))) == 1
    # near miss: the field's other words stay the event's, and a capitalised first word of a
    # sentence is its verb or noun
    assert _apart(head + "nightly is an async generator function\"",
                  head + "nightly is an sync generator function\"")
    assert _apart(head + "Started the async generator function\"",
                  head + "Stopped the async generator function\"")


def test_a_line_end_escaped_in_a_message_field_is_whitespace():
    # Go's %q writes a message's line end as \n in logrus's and slog's msg="…": the message is
    # read as its text, so a cause after a colon and a line end folds as in a bare message
    bare = [f"ignoring dependency problem with installation of orders-db:\n{cause}"
            for cause in ("upstream returned an invalid response", "leader changed", "rebalance in progress")]
    assert len(_ids(*bare)) == 1
    head = 'time="2026-03-18T14:54:01Z" level=warn msg="'
    assert len(_ids(*(head + line.replace("\n", "\\n") + '"' for line in bare))) == 1
    assert mask('level=warn msg="open \\"/etc/x\\":\\tEOF" n=3') == (
        'level=warn msg="open \\"<*>\\":\tEOF" n=<*>')


def test_two_keys_inside_a_message_field_are_two_records():
    # a message field that says a record of its own keys (msg="APP: uri=…") keeps them apart as
    # a bare message does: another key is another record, where only the values vary
    head = 'time="2026-03-18T14:54:01Z" level=info msg="'
    assert _apart("APP: memory_usage=57248", "APP: uri=https://proxy-15.example.org/")
    assert _apart(head + 'APP: memory_usage=57248"', head + 'APP: uri=https://proxy-15.example.org/"')
    assert len(_ids(head + 'APP: uri=https://a.example.org/"',
                    head + 'APP: uri=https://b.example.org/x"')) == 1
    # two dotted names printed as keys are things of a namespace, values (JSON: Adding a.b=…)
    assert len(_ids(head + 'JSON: Adding basic.ledger=http://a.example.org/"',
                    head + 'JSON: Adding manual.sessions=http://b.example.org/x"')) == 1


def test_a_method_that_opens_a_message_field_is_its_label():
    # a method's path and its colon that open a structured record's quoted message
    # (App\Import\TaskImport::importTask: …) say where the event is logged, as where a bare
    # message opens: what follows is the event, not an operation's cause
    head = 'time="2026-03-18T14:54:01Z" level=debug msg="'
    assert _apart(head + 'App\\\\Import\\\\TaskImport::importTask: validation error at line 3"',
                  head + 'App\\\\Import\\\\TaskImport::importTask: imported successfully line 2"')


def test_a_value_after_a_label_holds_the_rest_of_a_longer_record():
    # the value that ends a template after a key's or a label's mark, two words of the message
    # before it, takes whatever the record has there, any length, marks included (one slot,
    # one call site: runs.value_to_end), whichever length comes first
    assert _one_pattern_both_ways(
        "[sync] Reason code for revocation: 3",
        "[sync] Reason code for revocation: 4",
        "[sync] Reason code for revocation: 7: Read timed out. (read timeout=10)",
        "[sync] Reason code for revocation: 9: [Errno 111] Connection refused")
    assert _one_pattern_both_ways(
        "mirror: open repository 12 of user 7: 42",
        "mirror: open repository 13 of user 8: 17",
        "mirror: open repository 14 of user 9: dial tcp 10.0.0.7:5432: connect: connection refused")


def test_what_follows_a_label_s_value_as_another_field_stays_apart():
    # another key (=, or a comma and a key) after the value is another field of the record,
    # and a comma a clause of the call site's own: the records stay apart
    assert _apart("fetching range of accounts limit=3", "fetching range of accounts limit=3 bytes=9 origin=7")
    assert _apart("Open folder result: 3, path: /srv/a", "Open folder result: 4, path: /srv/b, file: x.txt")
    assert _apart("sync finished with result: 3", "sync finished with result: 4, retrying in 5 seconds")
    # a record's header and a label anchor nothing, nor do words alone and a colon that open
    # the message: a label, and the event's own words after it
    assert _apart("[debug] worker: 42", "[debug] worker: 17 queued in (batch 3)")
    assert _apart("Metrics Pusher: 42", "Metrics Pusher: 17 queued in (batch 3)")
    assert _apart("rebuild of index: 3", "rebuild of index: 4 moved to (shard 7)")
    # a colon chain after the value that is a field (a name of code and its value), no error's text
    assert _apart("[sync] mount done on node: 3", "[sync] mount done on node: bglio78 : block_id : location")
    # nor does another word before the value (two sentences): no value slot in common
    assert _apart("[sync] Reason code for revocation: 3",
                  "[sync] Reason code for renewal: 4: Read timed out.")


def _after(learned: Sequence[str], *messages: str) -> bool:
    """Whether ``messages`` share one id when one miner has seen ``learned`` first."""
    miner = PatternMiner()
    for message in learned:
        miner.add(message)
    return len({miner.add(m) for m in messages}) == 1


# A place of one template that took five names: from its third on, the stream's values.
_TENANTS = [f"lease renewed for tenant {name}" for name in ("acme", "globex", "initech", "umbrella", "hooli")]


def test_a_word_the_stream_showed_as_a_value_is_a_value_elsewhere():
    # values recur across events (a user, a host, a tenant is named by many call sites): a
    # word that filled a variable elsewhere may differ where nothing introduces it as a value
    # (shapes.ShapeIndex.learn_values, templates.known_value_pair)
    assert _after(_TENANTS, "Purging initech snapshots now", "Purging umbrella snapshots now")
    assert _after(_TENANTS, "dropped cache on hooli node 4", "dropped cache on umbrella node 7")
    # the message's word known is enough: the template's is what it stands against
    assert _after(_TENANTS, "dropped cache on contoso node 4", "dropped cache on hooli node 7")
    # counter-examples: a stream that has not shown the word as a value keeps two words
    # apart there, as two call sites' words
    assert not _after([], "Purging initech snapshots now", "Purging umbrella snapshots now")
    assert not _after(_TENANTS[:1], "dropped cache on hooli node 4", "dropped cache on umbrella node 7")
    # the two words that first made a place a variable are no evidence: they may be two call
    # sites' words merged already
    assert not _after(_TENANTS[:2], "dropped cache on acme node 4", "dropped cache on globex node 7")
    # nor is a word of prose's closed classes
    assert not _after(_TENANTS, "Purging initech snapshots now", "Purging the snapshots now")


def test_a_state_the_stream_showed_as_a_value_still_names_an_event():
    # a state or a verb's form that filled a variable elsewhere names the event where it
    # stands against a word the stream has not shown as a value: Purging stopped … /
    # Purging orphaned … are two; two words both shown as values are one place's values
    learned = [f"health check for worker {name}" for name in ("initech", "acme", "paused", "stopped", "globex")]
    assert not _after(learned, "Purging stopped snapshots now", "Purging orphaned snapshots now")
    assert not _after(learned, "dropped cache on stopped node 4", "dropped cache on detached node 7")
    assert _after(learned, "dropped cache on paused node 4", "dropped cache on stopped node 7")
    assert _after(learned, "dropped cache on globex node 4", "dropped cache on stopped node 7")
    assert not _after(learned, "dropped cache on detached node 4", "dropped cache on stopped node 7")


def test_score_asks_the_header_logger_once_and_still_refuses_two_loggers():
    """``score`` reads the message's header logger once a call (``header_logger``, speed
    only): two records whose header names two loggers are two call sites still, and the
    place it gives is ``record_header``'s."""
    first, _ = tokens("INFO <*> --- [ main] o.s.b.w.GracefulShutdown : Commencing graceful shutdown")
    other, _ = tokens("INFO <*> --- [ main] o.s.b.w.ShutdownHook : Commencing graceful shutdown")
    plain, _ = tokens("Commencing graceful shutdown of the web server now")
    assert header_logger(first) == record_header(first)[1] == 6
    assert header_logger(plain) == record_header(plain)[1] == -1
    assert score(first, kinds_of(first), other, kinds_of(other)) == -1.0
    assert score(first, kinds_of(first), list(first), kinds_of(first)) == 1.0


def test_a_two_word_record_names_its_subject_before_a_past_form():
    # a record of two words, a lower-case name and a verb's past form ending the sentence,
    # says that a thing did something: the name is the value (shapes._named_subject_done),
    # though the rest holds one constant word only
    assert len(_ids("alpha stopped.", "premium stopped.", "users-api stopped.")) == 1
    assert len(_ids("search started.", "metrics started.")) == 1
    # counter-examples: a capitalised name is a class's, a call site's (OpenTelemetry
    # enabled), a verb's form or a state is no subject (stopping started.), a word of prose
    # neither, and a present form is a command's (alpha stop.)
    assert len(_ids("alpha stopped.", "Premium stopped.")) == 2
    assert len(_ids("alpha stopped.", "stopping stopped.")) == 2
    assert len(_ids("alpha stopped.", "idle stopped.")) == 2
    assert len(_ids("alpha stopped.", "this stopped.")) == 2
    assert len(_ids("alpha stop.", "premium stop.")) == 2
    # two different past forms stay two events
    assert len(_ids("alpha stopped.", "alpha started.")) == 2


def test_a_plain_name_after_is_is_a_value():
    # the complement of "is", when a plain lower-case name, is what something is set to,
    # a value (templates.preposition_names_at), as the object of "to" or "with" is
    assert len(_ids("filter is age > 30, result is 4", "filter is size > 7, result is 9")) == 1
    assert len(_ids("match recommendation is auth", "match recommendation is ledger")) == 1
    # counter-examples: a state, a verb's form, a role or a word of prose after "is" names
    # the event (the service is running / … is stopped)
    assert len(_ids("the service is running", "the service is stopped")) == 2
    assert len(_ids("the service is idle", "the service is ready")) == 2
    assert len(_ids("the replica is primary", "the replica is standby")) == 2
    assert len(_ids("bucket is the default", "bucket is a default")) == 2
    # and one word in two numbers is two sentences of a count
    assert len(_ids("match recommendation is ledger", "match recommendation is ledgers")) == 2


def test_two_messages_of_a_structured_record_that_share_no_word_are_two_events():
    # pino's {"level":30,"msg":"…"}: a short message of a word and a value (Regenerated
    # <path>. / <path> written!) shares only the record's keys with another; the keys are
    # every record's, and two messages with no word in common are two call sites (they
    # merged, msg="<*> <*>", and every two-word message of the stream after them)
    lines = ['{"level":30,"msg":"Regenerated plt-env.d.ts."}', '{"level":30,"msg":"/var/log/app/CURRENT written!"}',
             '{"level":30,"msg":"Seeding complete."}', '{"level":30,"msg":"Regenerated types.d.ts."}',
             '{"level":30,"msg":"/tmp/x/104171.tmp written!"}', '{"level":30,"msg":"Seeding complete."}']
    ids = _ids_in_order(lines)
    assert ids[:3] == ids[3:] and len(set(ids)) == 3
    # a value the message was formatted with still varies beside its words
    assert len(_ids('{"level":30,"msg":"Loaded plugin alpha-7"}', '{"level":30,"msg":"Loaded plugin 42"}')) == 1


def test_a_quote_escaped_in_a_json_message_is_the_messages_own():
    # {"message":"… status=\"idle\", reason: <cause>"}: the words after an escaped quote are
    # still the message field's, and its cause after the label's colon folds as in a
    # message alone (each reason took a pattern)
    def line(status: str, reason: str) -> str:
        return ('{"severity":"ERROR","message":"compute: Unhandled instance.status=\\"' + status
                + '\\", reason: ' + reason + '","labels":{"logger":"compute"}}')
    assert len(_ids(line("idle", "shutting down"), line("failed", "leader changed"),
                    line("failed", "version mismatch between nodes"), line("idle", "lease expired"))) == 1
    miner = PatternMiner()
    first = miner.add(line("idle", "shutting down"))
    assert miner.add(line("failed", "leader changed")) == first
    # (the message masked as the text it quotes, its quotes unescaped (jsonlog): the folded
    # cause now runs to the record's end, the keys after the message in it; before,
    # 'reason: <*>","labels":{<*>}}')
    assert (miner.template(first) or "").endswith('status=<*>, reason: <*>}')


def test_a_components_name_after_the_heads_bar_is_a_label_not_an_operation():
    # Elixir's "$time [$level] | $message" and a component that prints its name first
    # (Logger.debug("FileWatcher Handler: Got media attributes: #{inspect(x)}")): after the
    # head's bar a name in capitalised words, a name of code among them, is the component's;
    # each message after its colon is an event of its own, not a cause that folds (they
    # merged, [debug] | FileWatcher Handler: <*>)
    miner = PatternMiner()
    got = miner.add('[debug] | FileWatcher Handler: Error decoding JSON: {:error, :timeout}')
    attrs = miner.add('[debug] | FileWatcher Handler: Got media attributes: {owner: "basic"}')
    assert got != attrs
    assert miner.add('[debug] | FileWatcher Handler: Got media attributes: {retries: 43}') == attrs
    # a function's name that ends the words before the colon is an operation, its cause folds
    miner = PatternMiner()
    first = miner.add("[eebus ] ERROR CS LPC SetPowerLimit: failed to get lease: etcdserver: lease not found")
    assert miner.add("[eebus ] ERROR CS LPC SetPowerLimit: request entity too large") == first


def test_tskvs_text_key_holds_the_message():
    # TSKV records (tskv\tlevel=…\tmodule=…\ttext=<message>): text= is the message key, as
    # msg= is; two short messages that share no word are two events (they merged with the
    # record's keys alone in common, text=<*> <*><*><*>)
    def line(level: str, module: str, text: str, n: int) -> str:
        return f"tskv\tlevel={level}\tmodule={module} ( core/src/x.cpp:{n} ) \ttask_id={n:x}\tthread_id=0x{n * 7:x}\ttext={text}"
    lines = [line("WARNING", "Parse", "Unexpected request body end", 325), line("TRACE", "Cancel", "IoWatcher::Cancel (2)", 103),
             line("WARNING", "Parse", "Unexpected request body end", 325), line("TRACE", "Cancel", "IoWatcher::Cancel (2)", 103)]
    miner = PatternMiner()
    ids = miner.add_batch(lines)
    assert ids[0] == ids[2] and ids[1] == ids[3] and ids[0] != ids[1]


def test_a_dashed_module_name_after_the_level_is_the_component_not_an_operation():
    # `<level>: <module>: <message>`: a name joined by dashes names no function (code's names
    # hold none), so it is the component that logs and what follows its colon is the call
    # site's message, not a cause to fold; two modules' failures stay apart (they were one,
    # `[<*>] Error: <*>: <*>`), and each call site's own values still vary
    assert _one_id_each(
        ["[12 - main] Error: thread-pool: Failed to allocate worker ring",
         "[7 - rx-3] Error: thread-pool: Failed to allocate worker ring"],
        ["[12 - main] Error: rule-parse: could not compile pattern 77",
         "[9 - tx-1] Error: rule-parse: could not compile pattern 81"],
        ["[12 - main] Error: rule-parse: unknown keyword in rule 4"],
    )


def test_a_failure_status_in_its_own_field_is_no_failure_whose_cause_follows():
    # `<script>: <step>: FAIL: <message>` (a script's or a test runner's status field): FAIL
    # says how the step ended, as a level says how grave a record is; what follows is each
    # call site's message, not one cause (two messages were one, `<*>: deploy: FAIL: <*>`)
    assert _one_id_each(
        ["web-3: deploy: FAIL: Unable to unpack the release archive",
         "db-1: deploy: FAIL: Unable to unpack the release archive"],
        ["web-3: deploy: FAIL: Cannot sync the mirror 10.0.0.4: No such directory",
         "api-2: deploy: FAIL: Cannot sync the mirror 10.0.0.9: No such directory"],
        ["web-3: deploy: FAIL: Checking the network settings"],
    )
    # a thing's status said in its sentence is a failure still, its cause folded
    assert _one_pattern("Mount FAILED: device busy", "Mount FAILED: no medium found")


def test_a_bracket_glued_to_a_bracket_before_it_is_a_heads_tag_not_an_errors_class():
    # `<version> - [<service>][<code>] <message>`: brackets glued one to the next are the
    # head's tags, printed by every call site; the second is no error's class or peer before
    # a cause (one bracket, `failed with exception (IOError) execution expired`), so messages
    # that read as failures keep their call sites (they were one, `<*> - [Store][<*>] <*>`)
    assert _one_id_each(
        ["1.2.3 - [Store][I-STO000012] Not able to read the response from fetch storage.",
         "v4.0.1 - [Store][I-STO000012] Not able to read the response from fetch storage."],
        ["2.0 - [Store][I-STO000031] Failed to get the user properties from the backend.",
         "1.2.3 - [Store][I-STO000031] Failed to get the user properties from the backend."],
        ["1.2.3 - [Store][I-STO000040] The source dictionary to copy from does not exist."],
    )


def test_a_bracket_after_the_heads_bracketed_fields_holds_the_message():
    # `[<host>][<pid>][<component>][<level>][<code>][<message>][<data>]` (a logger printing
    # every column in brackets): the bracket opened where the head's last field closed, no
    # word of the message before it, is the message, not a value of one event's (every call
    # site's text was one run there, `[<*>][<*>][App][debug][<*>][<*>][<*>]`)
    head = "[node-1.example.com][2417][App][debug][6]"
    assert _one_id_each(
        [head + "[Creating new server group: Untitled][]", head + "[Creating new server group: Main][]"],
        [head + "[Aborting local pending job: j871f: network is unreachable][]",
         head + "[Aborting local pending job: j13ab: network is unreachable][]"],
        [head + "[Failed to fetch schedule: timeout][]"],
        [head + "[Deleting event queue: e5a1][]", head + "[Deleting event queue: e77c][]"],
    )
    # a value in brackets after the message's own words is a value still
    assert _one_pattern("[app][debug] Job failed (network is unreachable)",
                        "[app][debug] Job failed (permission denied on the spool)")


def test_a_colon_spaced_from_the_word_before_it_opens_a_field_not_a_cause():
    # `<process>[<thread>] <function> :<COMPONENT> :<LEVEL> :<message>`: a colon spaced from
    # the word before it, after a field of one word that such a colon opened, separates fields
    # as a colon spaced on both sides does; prose glues its colon to the word it ends. So no
    # cause is looked for before it, and the thread's bracket is no operation whose cause is
    # the rest (every call site had folded into one, `: epoch <*> : <*>[svc_<*>] <*>`)
    head = ": epoch 6751a3c0 : nfs-1 : nfsd-1187[svc_{}] "
    assert _one_id_each(
        [head.format(2) + "kvs_create_export :CONFIG :CRIT :Server id 5 already in use.",
         head.format(7) + "kvs_create_export :CONFIG :CRIT :Server id 12 already in use."],
        [head.format(6) + "lock_op2 :FSAL :CRIT :start_io failed returning Operation not permitted",
         head.format(3) + "lock_op2 :FSAL :CRIT :start_io failed returning Operation not permitted"],
        [head.format(4) + "read_cb :FSAL :F_DBG :Read returned Connection timed out"],
    )
    # an atom after a prose colon is the cause still, not a field's colon
    assert _one_pattern("Skipped sending notification: :econnrefused", "Skipped sending notification: :timeout")


def test_a_spaced_angle_after_the_operation_opens_its_cause():
    # `<operation> > <cause>` (v2ray's errors: the wrapped error after " > "): one cause that
    # reads as a failure folds, as after an operation's colon (each cause's shape had been a
    # pattern of its own, `failed to dial > dial tcp <*>: <*>` / `… > open <*>: <*>`)
    assert _one_pattern("app/dns: failed to dial to destination > operation timed out",
                        "app/dns: failed to dial to destination > open /etc/hosts: no such file or directory",
                        "app/dns: failed to dial to destination > dial tcp 10.0.0.1:53: connect: connection refused")
    # an arrow (->, =>) is a state's change, its tail glued: no cause
    assert _apart("state idle -> running", "state idle -> stopped")


def test_a_programs_tag_at_the_texts_start_opens_the_message():
    # `app[<pid>]: <level>: <message>` with the time taken out of the text (an OTLP record's
    # time is a field of its own): the tag ends the head as after a time, and the level word
    # after it says how bad, not what failed (each call site had folded into `app[<*>]: error: <*>`)
    assert _one_id_each(
        ["dnsd[4121]: error: cannot bind udp socket: Address already in use",
         "dnsd[4123]: error: cannot bind udp socket: Permission denied"],
        ["dnsd[4121]: error: zone example.org load failed: Input/output error",
         "dnsd[4121]: error: zone example.net load failed: Broken pipe"],
        ["dnsd[4122]: error: tls: unable to create context"],
    )
    assert _template("dnsd[4121]: error: cannot bind udp socket: Address already in use",
                     "dnsd[4123]: error: cannot bind udp socket: Permission denied") == (
        "dnsd[<*>]: error: cannot bind udp socket: <*>")


def test_four_letter_levels_are_the_heads_level():
    # logrus' and charmbracelet/log's levels cut to four letters (ERRO, DEBU, TRAC, FATA,
    # PANI): the head's level, then the logger's prefix and its colon; the message after it
    # is the event's (`ERRO web: error opening repo` and `ERRO web: error writing pack` had
    # been one operation, `web`, with two causes folded)
    assert _one_id_each(
        ["ERRO web: error opening repository repo=alpha", "ERRO web: error opening repository repo=beta"],
        ["ERRO web: error writing pack file repo=alpha", "ERRO web: error writing pack file repo=gamma"],
        ["DEBU web: error scanning request: unexpected EOF", "DEBU web: error scanning request: broken pipe"],
    )
    assert record_header(tokens(mask("ERRO web: error opening repository"))[0]) == (2, 1)


def test_a_level_word_before_the_failure_word_is_the_records_severity():
    # `fatal error: <message>` (Zeek's reporter, gcc's, Go's runtime): the two words say how
    # bad, as `error:` alone does, not what failed; each message its own
    assert _apart("fatal error: stem process failed to register its pipe",
                  "fatal error: cannot use seed values together with a seed file")
    # another word before it says what failed, whose cause is read as before
    assert _one_pattern("parse error: unexpected token at line 3", "parse error: missing closing brace")


def test_a_source_files_name_may_join_a_type_and_its_extension_with_a_plus():
    # Swift's and Objective-C's files of a type's extension or category are named
    # `Type+Extension.swift`, `NSString+Paths.m`: a code location that opens the record's
    # bracket still, kept with its line (two call sites of one text in one file had merged,
    # `[VERBOSE] [Router+Middleware<*> get(_:)] Received GET request`)
    assert _apart("[VERBOSE] [Router+Middleware.swift:1443 get(_:)] Received GET request",
                  "[VERBOSE] [Router+Middleware.swift:868 get(_:)] Received GET request")
    assert _one_pattern("[VERBOSE] [Router+Middleware.swift:917 get(_:)] Query: [alpha]",
                        "[VERBOSE] [Router+Middleware.swift:917 get(_:)] Query: [beta]")


def test_two_past_forms_after_a_things_noun_are_its_two_events():
    # a noun that introduces a name (`service`, `node`, `container`) is as often the subject
    # of the sentence, and the verb's past form after it says what happened to the thing:
    # `Service started` / `Service stopped` are two events, not one service's two names
    assert _apart("Service started", "Service stopped")
    assert _apart("Service resolved: archive", "Service lost: archive")
    assert _apart("node joined cluster", "node left cluster")
    assert _apart("Container Created", "Container Removed")
    miner = PatternMiner()
    ids = miner.add_batch(["node joined cluster", "node left cluster", "node joined cluster",
                           "node left cluster"])
    assert len(set(ids)) == 2
    # nor does a request's records' reading make three such predicates a value's three words
    ids = PatternMiner().add_batch(["Service started", "Service stopped", "Service restarted"])
    assert len(set(ids)) == 3
    ids = PatternMiner().add_batch(["volume shared mounted", "volume primary mounted", "volume orders mounted"])
    assert len(set(ids)) == 1
    # the names the noun introduces still vary, a name that reads as a past form among them
    # (`shared`) against a name of another shape
    assert _one_pattern_both_ways("Created container orders", "Created container users")
    assert _one_pattern_both_ways("user admin logged in", "user bob logged in")
    assert _one_pattern_both_ways("Mounting volume shared read-only", "Mounting volume primary read-only")
    # after a preposition the object is a name whatever its form (`for tag <*>`), as before
    assert _one_pattern("Skipping the job scheduled for archived", "Skipping the job scheduled for orders")


def test_two_past_forms_after_a_things_noun_in_a_message_field_are_its_two_events():
    # a structured record's message field says its event as a bare message does: a noun
    # there introduces a name (`msg="User deploy is not present."`) but its past forms are
    # what happened to the thing, two events (`Service drained` / `Service resumed`), as in
    # a bare message, whatever the record's values around it (a service's name of another
    # shape between them had let the second join the first)
    def json(message: str, name: str) -> str:
        return '{"level":"INFO","msg":"%s","service":"%s"}' % (message, name)

    records = [("Service drained", "media-36"), ("Service drained", "a-3"),
               ("Service resumed", "payments_events"), ("Service paused", "archive.internal")]
    for batch in (False, True):
        miner = PatternMiner()
        texts = [json(*record) for record in records]
        ids = miner.add_batch(texts) if batch else [miner.add(text) for text in texts]
        for (message, _), pid in zip(records, ids, strict=True):
            assert f'"msg":"{message}"' in (miner.template(pid) or ""), (message, miner.template(pid))
    # near misses: a name the noun introduces still varies in the field, one that reads as
    # a past form among them against a name of another shape
    assert _one_pattern_both_ways(json("User deploy is not present.", "a"), json("User frank is not present.", "b"))
    assert _one_pattern_both_ways(json("volume shared mounted", "a"), json("volume primary mounted", "b"))


def test_the_name_of_what_failed_after_a_labels_colon_is_the_call_sites():
    # C's `"fsync failed: %s"`, a Windows API's `"IsFormatSupported failed: %s"`: after a
    # component's label the word right before `failed` and its cause's colon names the
    # operation, each call site's own, not a value the label's colon introduces
    assert _one_id_each(
        ["IOERROR: fdatasync failed: No such file or directory", "IOERROR: fdatasync failed: disk full"],
        ["IOERROR: fsync failed: No such file or directory", "IOERROR: fsync failed: read-only file system"],
    )
    assert _one_id_each(
        ["<W> WASAPIOutput: IsFormatSupported failed: hr=0xef", "<W> WASAPIOutput: IsFormatSupported failed: hr=0x4b"],
        ["<W> WASAPIOutput: GetAudioSessionControl failed: hr=0xfe", "<W> WASAPIOutput: GetAudioSessionControl failed: hr=0x4f"],
    )
    # a name with a dash is no function's: a thing the call site names there, a value
    assert _one_pattern_both_ways("BREADCRUMB: mailer-queue failed: 741", "BREADCRUMB: sessions_archive failed: 7043")


def test_a_bracket_after_the_records_first_word_alone_is_a_tag_not_an_errors_class():
    # a component and its tag (nmap's `NSE: [<script>] <message>`): the messages after it are
    # each call site's own, even when both read as failures; before, the second folded into
    # the first's `<*>` (a new kind of message hidden)
    assert _one_id_each(
        ["NSE: [ssl-enum] Failed to connect to host", "NSE: [ssl-enum] Failed to connect to host"],
        ["NSE: [ssl-enum] Server does not support TLS", "NSE: [ssl-enum] Server does not support TLS"],
    )
    assert _apart("relay [tls] Failed to inject class", "relay [tls] Server does not support TLS")
    # a bracket glued to the name is the head's process, not a tag: its causes fold as before
    assert _one_pattern("juicefs[2873] <ERROR>: mknod /dev/fuse: already exists",
                        "juicefs[2873] <ERROR>: mknod /dev/fuse: context canceled")
    # after an operation's words the bracket is still an error's class or peer, its cause folded
    assert _one_pattern("PROTOCOL(V2): [client-7] version mismatch", "PROTOCOL(V2): [client-7] connection refused")
    assert _one_pattern("failed with exception (IOError) execution expired",
                        "failed with exception (IOError) broken pipe")


def test_note_in_the_head_is_a_level_and_the_name_after_it_a_label():
    # MySQL's and MariaDB's error log prints its info level as [Note] (with [Warning] and
    # [ERROR]): the stream's level field, after which a name and its colon (a plugin's
    # `WSREP: `) label the message, no operation whose cause folds; before, a message that
    # ended with a key's value folded into the first message's `<*>` (two call sites, one id)
    assert _one_id_each(
        ["2 [Note] WSREP: discarded 9544 bytes", "0 [Note] WSREP: discarded 12 bytes"],
        ["0 [Note] WSREP: read saved state uuid: 12", "4 [Note] WSREP: read saved state uuid: 7"],
        ["1 [Note] WSREP: cert index size 19553", "3 [Note] WSREP: cert index size 5"],
    )
    assert _template("0 [Note] WSREP: read saved state uuid: 12", "4 [Note] WSREP: read saved state uuid: 7") == \
        "<*> [Note] WSREP: read saved state uuid: <*>"


def test_a_module_paths_double_colon_between_bars_is_no_keys_colon():
    # log4rs' `{level} |{module}| [{thread}] {file}:{line}: {message}` (Rust's module_path!,
    # a C++ or Perl namespace): `::` keys no field, so the message after the last bar is the
    # event's own words; before, each message folded after its location's colon into one
    # `<*>` per module (every call site of a file one id)
    assert _one_id_each(
        ["ERROR  |zellij_server::screen    | [screen    ] zellij-server/src/screen.rs:11701: Currently only "
         "terminal panes are supported for scrolling"] * 2,
        ["ERROR  |zellij_server::screen    | [screen    ] zellij-server/src/screen.rs:5793: Failed to find active "
         "tab at position: 462",
         "ERROR  |zellij_server::screen    | [screen    ] zellij-server/src/screen.rs:5793: Failed to find active "
         "tab at position: 7"],
    )
    # fields keyed by a colon between bars fold their values as before
    assert _one_pattern("Failing: leader changed | Interval: 60 seconds | Type: http",
                        "Failing: disk full | Interval: 5 seconds | Type: tcp")


def test_a_code_location_after_a_heads_bars_and_thread_is_the_call_sites():
    # log4rs' `{level:<6} |{module:<25.25}| [{thread:<10}] {file}:{line}: {message}`: the file
    # and line after the bars and the thread's bracket are the call site's, kept; one
    # message at two lines of one file two call sites, two messages at one line one each,
    # and the words after the bracket no error's text that folds; before, the location was
    # a value after the bars, the call sites of one message one id
    head = "ERROR  |app_server::screen        | [screen    ] app-server/src/screen.rs:"
    assert _one_id_each(
        [head + "12410: Pane with id 524087136 not found", head + "12410: Pane with id 882 not found"],
        [head + "12165: Pane with id 11 not found", head + "12165: Pane with id 93 not found"],
        [head + "6729: Failed to find pane", head + "6729: Failed to find pane"],
        [head + "5793: Failed to find active tab at position: 23", head + "5793: Failed to find active tab at position: 5"],
    )
    # after a word of prose a location stays a value
    assert _one_pattern("INFO | parsing conf/x.rs:12 | done", "INFO | parsing conf/y.rs:40 | done")


def test_a_file_its_function_and_line_in_the_heads_bracket_are_the_call_sites():
    # C's `[%s:%s:%d] ` with __FILE__, __FUNCTION__, __LINE__ after the level's bracket
    # (Janus' JANUS_LOG): one file, function and line one call site, two files or two lines
    # of one message two; before, the file and line were values, `[<*>:<*>:<*>]`
    assert _one_id_each(
        ["[ERR] [src/plugins/textroom.c:textroom_handle_message:1267] No session associated with this handle...",
         "[ERR] [src/plugins/textroom.c:textroom_handle_message:1267] No session associated with this handle..."],
        ["[ERR] [src/plugins/streaming.c:streaming_destroy_session:3133] No session associated with this handle...",
         "[ERR] [src/plugins/streaming.c:streaming_destroy_session:3133] No session associated with this handle..."],
        ["[ERR] [src/plugins/sip.c:sip_handler:5325] Wrong state (no callee?)",
         "[ERR] [src/plugins/sip.c:sip_handler:5325] Wrong state (no callee?)"],
        ["[ERR] [src/plugins/sip.c:sip_handler:4319] Wrong state (not invited? status=READY)",
         "[ERR] [src/plugins/sip.c:sip_handler:4319] Wrong state (not invited? status=IDLE)"],
    )
    # and a call site's values vary as before
    assert _one_pattern("[WARN] [src/ice.c:ice_cb:88] Stream 12 failed", "[WARN] [src/ice.c:ice_cb:88] Stream 7 failed")


def test_a_file_and_its_function_with_no_line_opening_the_records_bracket_are_the_call_sites():
    # Python's logging with `[%(filename)s:%(funcName)s()] - %(message)s`: the file and the
    # function that logged, no line; one message logged by two functions of one file is two
    # call sites (before, both masked, `[<*>: <*>] - Unknown strip: <*>`, one pattern)
    assert _one_id_each(
        ["[strip.py:set_strip()] - Unknown strip: kitchen",
         "[strip.py:set_strip()] - Unknown strip: porch"],
        ["[strip.py:strip_on()] - Unknown strip: hall",
         "[strip.py:strip_on()] - Unknown strip: garage"],
        ["[strip.py:set_strip_state()] - Unknown strip: attic",
         "[strip.py:set_strip_state()] - Unknown strip: desk"],
    )
    # and a call site's values vary as before
    assert _one_pattern("[mqtt.py:_on_connect()] - Client 12 connected",
                        "[mqtt.py:_on_connect()] - Client 7 connected")


def test_a_json_records_slog_source_printed_as_its_base_name_with_its_line_is_the_call_sites():
    # Go's slog JSON handler with AddSource and a ReplaceAttr that prints the source by
    # `filepath.Base(a.Value.String())`: `&{function /src/x.go 167}` becomes `"source":"x.go
    # 167}"`, the file, its line and the struct's brace; one message from two files or two
    # lines is two call sites (before, the source was a value: one pattern)
    def record(source: str, node: str, error: str) -> str:
        return (f'{{"level":"ERROR","source":"{source}","msg":"failed to decrypt message for node",'
                f'"id":"{node}","error":"{error}"}}')
    assert _one_id_each(
        [record("metrics.go 167}", "ODPER8AD3E1V3QZ7", "context canceled"),
         record("metrics.go 167}", "7V9WU9FXHXJW2JM3", "EOF")],
        [record("handlers.go 48}", "359M6KAQ2H73XUU2", "context canceled"),
         record("handlers.go 48}", "459M6KAQ2H73XUU2", "i/o timeout")],
        [record("handlers.go 52}", "559M6KAQ2H73XUU2", "EOF"),
         record("handlers.go 52}", "659M6KAQ2H73XUU2", "context canceled")],
    )


def test_an_erlang_function_its_arity_and_line_after_the_level_are_the_call_sites():
    # OTP logger's template `[time," [",level,"] ",mfa,":",line," ",msg]`: the module, the
    # function with its arity and the line name the call site; two functions, or two lines
    # of one, of one message never merge; before, `mod:<*>`, the function and line one value
    assert _one_id_each(
        ["[error] db_kv:do_open/1:511 event: db_operation_failed, op: open, name: <<\"a\">>, reason: noproc",
         "[error] db_kv:do_open/1:511 event: db_operation_failed, op: open, name: <<\"b\">>, reason: noproc"],
        ["[error] db_kv:close/1:548 event: db_operation_failed, op: open, name: <<\"c\">>, reason: noproc",
         "[error] db_kv:close/1:548 event: db_operation_failed, op: open, name: <<\"d\">>, reason: noproc"],
        ["[error] db_kv:close/1:590 event: db_operation_failed, op: open, name: <<\"e\">>, reason: noproc",
         "[error] db_kv:close/1:590 event: db_operation_failed, op: open, name: <<\"f\">>, reason: noproc"],
    )


def test_a_d_source_files_line_is_a_code_location():
    # D's loggers print `[{level}] {file}.d:{line}:{function} {message}` (std.logger's
    # layout): `.d` is a source file's extension, so one file and line is one call site and
    # two lines of one file two; before, the file and line were one value, two call sites of
    # one message one id
    assert _one_id_each(
        ["[warning] first.d:475:visit Could not resolve the module 'guest'",
         "[warning] first.d:475:visit Could not resolve the module 'search'"],
        ["[warning] first.d:554:visit Could not resolve the module 'core'",
         "[warning] first.d:554:visit Could not resolve the module 'std'"],
        ["[fatal] main.d:136:runServer Sockets not supported", "[fatal] main.d:136:runServer Sockets not supported"],
        ["[fatal] main.d:165:runServer Sockets not supported", "[fatal] main.d:165:runServer Sockets not supported"],
    )
    # a directory named `*.d` without a line stays a path, a value
    assert _one_pattern("loading /etc/nginx/conf.d/default.conf", "loading /etc/app/sites.d/other.conf")


def test_a_code_locations_colon_between_bars_is_no_keys_colon():
    # a padded caller between a head's bars (`[{thread}] {level} | {file}:{line,-N} |
    # {message}`): the file's colon keys no field, so its line stays the call site's and the
    # message after the last bar is the event's own words; before, the line folded as the
    # field's value, two lines of one file one id
    assert _one_id_each(
        ["[18] WRN | Tracker.cs:164                   | 9c41ab: Tried to drop 49751 rows - skipped.",
         "[3] WRN | Tracker.cs:164                   | 08fe04: Tried to drop 3900 rows - skipped."],
        ["[22] WRN | Tracker.cs:402                   | 3805c2: Tried to drop 28104036 rows - skipped.",
         "[31] WRN | Tracker.cs:402                   | 6fe249: Tried to drop 60651 rows - skipped."],
        ["[7] INF | Store.cs:88   | Loaded 12 wallets", "[9] INF | Store.cs:88   | Loaded 3 wallets"],
    )
    # fields keyed by a colon between bars fold their values as before
    assert _one_pattern("Failing: leader changed | Interval: 60 seconds | Type: http",
                        "Failing: disk full | Interval: 5 seconds | Type: tcp")


def test_note_is_a_level_only_in_its_own_brackets():
    # a bare `note:` opens a message (tailscale's `note: <error>`): no level field learned
    # there, so the stream's other messages read as before
    from otlp_sampler.patterns.levels import _level_by_regex, _level_in
    for head in ("0 [note] wsrep: x", "note: mkdir x", "user bugreport note: x", "[note]x", "a[note] b"):
        assert _level_in(head) == _level_by_regex(head)
    assert _level_in("0 [note] wsrep: x") == (3, 7)
    assert _level_in("note: mkdir x") == (-1, -1)


def test_a_names_bracket_before_a_sentence_is_a_tag_not_an_errors_class():
    # after a message's first words, a square bracket that holds a name (a worker's pool, a
    # component) and then a sentence that opens with a capital word or a verb's form: a tag,
    # and the sentence each call site's own message, even when both read as failures; before,
    # the second folded into the first's `<*>` (a new kind of message hidden)
    assert _one_id_each(
        ["Worker 3 [pool-a] Failed to connect to host", "Worker 5 [pool-a] Failed to connect to host"],
        ["Worker 3 [pool-a] Server does not support TLS", "Worker 8 [pool-a] Server does not support TLS"],
    )
    assert _apart("sync job [replicator] failed to fetch the manifest", "sync job [replicator] rejected the stale lease")
    # so after the tag's colon or dash, and in a structured record's quoted message
    assert _apart("Scanning the remote host [ssl-enum]: Failed to connect to host",
                  "Scanning the remote host [ssl-enum]: Server does not support TLS")
    assert _apart("Scanning the remote host [ssl-enum] - Failed to connect to host",
                  "Scanning the remote host [ssl-enum] - Server does not support TLS")
    assert _apart('level=info msg="Worker 3 [pool-a] Failed to connect to host"',
                  'level=info msg="Worker 3 [pool-a] Server does not support TLS"')
    # an error's class, an errno's name, a status or a value in the bracket: its cause folds
    assert _one_pattern("Request failed [IOException] Connection reset by peer",
                        "Request failed [IOException] Read timed out")
    assert _one_pattern("open failed [ENOENT] No such file or directory", "open failed [ENOENT] Not a directory")
    assert _one_pattern("request finished [FAILED] Timeout reached", "request finished [FAILED] Disk is full")
    assert _one_pattern("Connection to peer [10.1.1.1] Connection refused",
                        "Connection to peer [10.1.1.2] Host is unreachable")
    # after a name's bracket, words that open with neither (a library's text in lower case) still fold
    assert _one_pattern("Request failed [pool-a] connection reset by peer", "Request failed [pool-a] read timed out")


def test_a_deprecation_warning_naming_its_replacement_is_its_names_event():
    # a table of renamed settings: one warning per name, each its own event (before, one
    # pattern `parameter '<*>' is deprecated and has been replaced with '<*>'`)
    assert _one_id_each(
        ["WAR parameter 'hlsDisable' is deprecated and has been replaced with 'hls'"] * 2,
        ["WAR parameter 'readBufferCount' is deprecated and has been replaced with 'writeQueueSize'"] * 2,
        ["WAR parameter 'sourceProtocol' is deprecated and has been replaced with 'rtspTransport'"] * 2,
    )
    assert _apart("'php_exe_path' is deprecated, use 'php_handler' instead",
                  "'php_cli_path' is deprecated, use 'php_binary' instead",
                  "using deprecated option `blacklist`, use `denylist` instead")
    # a name alone may be any (`Property '%s' is deprecated`), a number or a name with
    # digits is a value, and a deprecated use of an event names no setting
    assert _one_pattern("Property 'foo_bar' is deprecated: see the manual",
                        "Property 'alpha' is deprecated: see the manual",
                        "Property 'beta.gamma' is deprecated: see the manual")
    assert _one_pattern("using deprecated 'home' parameter '6806', please use 'uri' instead",
                        "using deprecated 'home' parameter '17', please use 'uri' instead")
    assert _one_pattern('Deprecated use of "alpha" event from "beta". Use "gamma" instead.',
                        'Deprecated use of "delta" event from "eps". Use "zeta" instead.',
                        'Deprecated use of "eta" event from "theta". Use "iota" instead.')


def test_a_class_or_component_name_after_the_head_is_a_label_not_an_operation():
    # `<level>: <Class>: <message>`, `[<request id>] <Class>: <message>`, `<tag>: [<script>]
    # <SUBSYSTEM>: <message>`: a class in CamelCase or a subsystem in capitals that prints its
    # name before each message says where the record is logged, and each call site's message
    # follows, saying a failure or not (they were one, `ERROR: PdfSkin: <*>`)
    assert _one_id_each(
        ["ERROR:   PdfSkin: Unable to fetch the page count for doc 12",
         "ERROR:   PdfSkin: Unable to fetch the page count for doc 97"],
        ["ERROR:   PdfSkin: Object cannot be serialised as JSON"],
        ["ERROR:   PdfSkin: font table does not match the glyph count of 42"],
    )
    assert _one_id_each(
        ["D, [#12] DEBUG -- : [5130420b-c1ff-4959-8df8-de650a35ffec] HookRunner: couldn't find hook 453103",
         "D, [#66] DEBUG -- : [d1960943-89bd-413b-a426-c540eb5e0ed6] HookRunner: couldn't find hook 12"],
        ["D, [#12] DEBUG -- : [0117daad-5704-4df5-adec-697ef510b86e] HookRunner: user 76 is not active"],
    )
    assert _one_id_each(
        ["NSE: [smb-os-info 10.0.0.7] SAMR: Leaving bind_samr()",
         "NSE: [smb-ls 10.0.0.9] SAMR: Leaving bind_samr()"],
        ["NSE: [smb-ls 10.0.0.9] SAMR: ERROR: Invalid SID encountered: 77"],
    )
    # a function's name (a verb first) or an error's class before the colon: its cause folds
    miner = PatternMiner()
    first = miner.add("ERROR:   SetPowerLimit: failed to get lease: lease not found")
    assert miner.add("ERROR:   SetPowerLimit: request entity too large") == first
    miner = PatternMiner()
    first = miner.add("ERROR:   ValueError: invalid literal for int() with base 10")
    assert miner.add("ERROR:   ValueError: could not convert string to float") == first


def test_what_is_left_of_a_heads_text_is_read_once():
    # causes._head_marks_left drops the head's values and bracketed fields from a text; what
    # is left, no letter at all, is the head's values alone (_after_head_values), and marks,
    # keys and level words alone are the head whole (_head_alone).
    from otlp_sampler.patterns.causes import _after_head_values, _head_alone, _head_marks_left

    head = "<*> [core:warn] [pid <*>:tid <*>] "
    assert _head_marks_left(head) == "   " and _after_head_values(head, len(head))
    keyed = "<*> [<*>] level=error ERROR - "
    assert _head_marks_left(keyed) == "  level=error ERROR - " and _head_alone(keyed)
    assert not _after_head_values(keyed, len(keyed))
    # near misses: a tag alone in brackets ([Backend]) and a word of a message stay
    assert _head_marks_left("<*> [Backend] sync ") == " [Backend] sync "
    assert not _head_alone("<*> [Backend] sync ") and not _after_head_values("<*> sync ", 9)


def test_a_failure_said_to_be_the_programs_own_after_the_head_is_a_label():
    # `internal error: <message>`, `<thread> ERROR - Programmer Error: <message>`: a broken
    # invariant the program reports in its own words, a kind of report as `fatal error:` is;
    # each call site's message follows, saying a failure or not (they were one, `internal
    # error: <*>`)
    assert _one_id_each(
        ["internal error: queue index out of range in Scheduler::pop",
         "internal error: queue index out of range in Scheduler::pop"],
        ["internal error: missing table for replica 7"],
        ["internal error: invalid checkpoint state"],
    )
    assert _one_id_each(
        ["2024-05-01 10:00:01 pool-3 ERROR - Programmer Error: Indexer has no registered writers",
         "2024-05-01 10:00:09 pool-8 ERROR - Programmer Error: Indexer has no registered writers"],
        ["2024-05-01 10:00:02 pool-3 ERROR - Programmer Error: flush should never be called twice"],
    )
    assert _one_id_each(
        ["[store.cpp:611] WARNING: Internal error: invalid cursor state"],
        ["[store.cpp:611] WARNING: Internal error: bad page header"],
    )
    # near misses: an internal error after a failure said first, or after the message's own
    # words, is the cause the operation met; it folds
    miner = PatternMiner()
    first = miner.add("sync failed: internal error: connection refused")
    assert miner.add("sync failed: internal error: no such file or directory") == first
    miner = PatternMiner()
    first = miner.add("replica sync hit an internal error: connection refused")
    assert miner.add("replica sync hit an internal error: permission denied") == first


def test_a_level_field_past_a_long_head_is_learned():
    # a head of a host, a daemon's name, its process and the function that logs, then the
    # level and its colon, the level some 55 characters in: the stream's level field, learned
    # there as nearer the start, so the level's colon ends the head and each call site's
    # message follows (they had folded into `… error: <*>`, the level read as a failure)
    head = "node-7 cluster-scheduler-daemon [{}] (handle_peer_request) \t{}: {}"
    assert _one_id_each(
        [head.format(11, "info", "Peer joined the ring")],
        [head.format(12, "warning", "Peer is slow to answer")],
        [head.format(13, "error", "Unexpected request sent to a follower"),
         head.format(15, "error", "Unexpected request sent to a follower")],
        [head.format(14, "error", "Unknown operation in the queue")],
    )
    # near miss: a failure said in the message, past the level, still folds its cause
    miner = PatternMiner()
    for n, level in enumerate(("info", "warning")):
        miner.add(head.format(n, level, "Peer joined the ring"))
    first = miner.add(head.format(3, "error", "Could not open the journal: permission denied"))
    assert miner.add(head.format(4, "error", "Could not open the journal: no space left on device")) == first


def test_two_functions_called_with_nothing_before_the_messages_words_are_two_call_sites():
    # `sendmsg() failed: %s` / `recvmsg() failed: %s`: a call the sentence is about, written
    # with its parentheses in the call site's format, names the event wherever it stands
    # (before, only right after the head's last bar); the two had merged into `<*>() failed: <*>`
    assert _one_id_each(
        ["avahi-daemon[612]: sendmsg() failed: Network is unreachable",
         "avahi-daemon[612]: sendmsg() failed: Operation not permitted"],
        ["avahi-daemon[612]: recvmsg() failed: Network is unreachable",
         "avahi-daemon[612]: recvmsg() failed: Operation not permitted"],
    )
    assert _apart("MSRPC: marshall_array() returned 12 bytes", "MSRPC: unmarshall_array() returned 12 bytes")
    # near miss: a name passed as a value comes at the sentence's end, after a label or a
    # naming word (`XML-RPC method called: %s()`, `calling function %s()`): one call site
    assert _one_pattern_both_ways("XML-RPC method called: getState()",
                                  "XML-RPC method called: getProcessInfo()")
    assert _one_pattern_both_ways("Error in plugin calling function OnTick()",
                                  "Error in plugin calling function OnChat()")


def test_a_name_in_lower_camel_case_against_another_word_is_the_call_sites():
    # a method's or a field's name (lowerCamelCase: prose never writes one) that a call site
    # prints in its format names its event, as a function called with nothing does; another
    # call site prints another name there (`%s: loadProfileSettings: …` / `…: store…: …`);
    # before, the label's colon introduced either as a value and the two merged
    assert _apart("sync: loadProfileSettings: request timed out after 30 s",
                  "sync: storeProfileSettings: request timed out after 30 s")
    assert _apart("[warn] mirror: rebuildIndex: nothing to do", "[warn] mirror: compact: nothing to do")
    # near misses: a key's value, a name after a naming word, names spelled as instances are
    assert _one_pattern_both_ways("request done method=getUser status=ok",
                                  "request done method=listOrders status=ok")
    assert _one_pattern_both_ways("Invalid user johnDoe from 10.0.0.7", "Invalid user maryAnn from 10.0.0.7")
    assert _one_pattern_both_ways("[info] Unhandled error at: parse_header", "[info] Unhandled error at: flush_writes")


def test_a_name_in_lower_camel_case_alone_in_quotes_or_backticks_is_the_call_sites():
    # a setting's or a field's name of code quoted in prose is written in the call site's
    # format (`Invalid `%s` setting`, one call site a setting); masked as a quoted value, two
    # call sites merged into `Invalid `<*>` setting, ignored`
    assert mask("Invalid `watchedPaths` setting, ignored") == "Invalid `watchedPaths` setting, ignored"
    assert _apart("Invalid `watchedPaths` setting, ignored", "Invalid `formatterArgs` setting, ignored")
    assert _apart("parameter 'retryBackoff' is deprecated", "parameter 'pollInterval' is deprecated")
    # near misses: a quoted value of another shape (a user, a host, a class, a snake_case
    # name) is masked and varies, as before
    assert mask("user 'alice' logged in from 'web-7'") == "user '<*>' logged in from '<*>'"
    assert _one_pattern_both_ways("user 'alice' logged in", "user 'bob' logged in")
    assert _one_pattern_both_ways("loading 'OrderService' now", "loading 'user_store' now")


def test_capitals_that_open_the_message_after_the_heads_colon_are_the_call_sites():
    # a key's value in capitals (`state: RUNNING`, `EventType: TASK_ABORT for …`) is one value
    # of the key; after the colon that ends the record's head (after its level or a bracket)
    # there is no key: capitals the sentence goes on from are its own words, a protocol, a
    # command the call site wrote (`TCP Ping Error` / `UDP Ping Error`, `EPSV denied` / `PASV
    # denied`); before, both read as a key's values and merged into `<*> Ping Error`
    assert _apart("WARNING: TCP Ping Error: timeout for host7", "WARNING: UDP Ping Error: timeout for host7")
    assert _apart("ftp.example.net (client[10.0.0.7]): EPSV denied by <Limit> configuration",
                  "ftp.example.net (client[10.0.0.7]): PASV denied by <Limit> configuration")
    # near misses: a key's value, whatever follows it; capitals that end the message
    assert _one_pattern_both_ways("Processing the event EventType: CONTAINER_LAUNCH for container c7",
                                  "Processing the event EventType: CONTAINER_CLEANUP for container c7")
    assert _one_pattern_both_ways("worker 3 changed, state: RUNNING", "worker 3 changed, state: STOPPED")
    assert _one_pattern_both_ways("RedisCacheStore: HEAD failed, returned nothing",
                                  "RedisCacheStore: PATCH failed, returned nothing")


def test_a_keys_quoted_value_is_one_value_in_any_number_of_words():
    # a quote right after a key's `=` or `:` opens the value and the same quote closes it, as
    # a bracket closes what it opened: a record's message said first, then a field whose
    # quoted text (a peer's reason, an error's message) takes any number of words
    assert _one_id_each(
        ['TRC dropping frame for peer      peer=10.1.2.3:4001 msg="lease expired" topics="net relay"',
         'TRC dropping frame for peer      peer=10.1.2.9:4001 msg="the remote end went away" topics="net relay"',
         'TRC dropping frame for peer      peer=10.1.7.3:4001 msg="quota exceeded for tenant" topics="net relay"'],
        ['TRC closing stream on shutdown   stream=77 msg="timeout" topics="net relay"'],
    )
    assert _one_id_each(
        ['warn\tsync/loop.go:88\tretry scheduled after failure\t{"message": "backend not reachable"}',
         'warn\tsync/loop.go:88\tretry scheduled after failure\t{"message": "token expired"}',
         'warn\tsync/loop.go:88\tretry scheduled after failure\t{"message": "the quorum was lost during commit"}'],
    )
    # near misses: a structured record's own message field names its event (two events), and
    # a record's message quoted first is its event too
    assert _one_id_each(
        ['time=1 level=info msg="cache hit" shard=4', 'time=2 level=info msg="cache hit" shard=5'],
        ['time=3 level=info msg="cache entry evicted early" shard=4'],
    )
    assert _one_id_each(
        ['{"level":"error","message":"leader changed","term":4}'],
        ['{"level":"error","message":"snapshot write failed on disk","term":5}'],
    )
    # and so is a message key with a sigil before it, first among the record's keys
    assert _one_id_each(
        ['$scope=http $level=warn $msg="renew failed" err="disk full"'],
        ['$scope=http $level=warn $msg="request queue overflow detected" err="disk full"'],
    )


def test_a_failure_and_its_cause_after_a_name_and_its_parts_label_are_the_events_words():
    # a program's name and its part's (a logger's scope) open every message, `flow default:
    # <message>`; a failure said in words and its own cause after them is the event (they had
    # folded into `relay ingest: <*>`, every failure of the part one pattern)
    assert _one_id_each(
        ["relay ingest: dial failed: connection refused", "relay ingest: dial failed: i/o timeout"],
        ["relay ingest: config reload failed: permission denied",
         "relay ingest: config reload failed: no such file or directory"],
        ["relay ingest: error in std.log: unexpected EOF", "relay ingest: error in std.log: broken pipe"],
    )
    # near miss: after an operation said with its verb, a failure and its cause are a wrapped
    # error, the operation's cause (Go's `fmt.Errorf("update servers: %w", err)`)
    miner = PatternMiner()
    first = miner.add("update servers: failed to get lease: connection refused")
    assert miner.add("update servers: lookup failed: no such host") == first


def test_a_level_in_brackets_after_a_labels_colon_opens_a_message_not_a_cause():
    # a logger that prints its scope, then the record's level in brackets and its message
    # (`editor wio_app: [warning] LoadImage small icon failed`): what follows the scope's
    # colon is the record's message, never an error's text, which holds no level of its own;
    # two messages there that read as failures are two call sites (runs._bracketed_level_after)
    def line(message: str, n: int) -> str:
        return f"editor wio_app: [warning] {message.format(n=n)}"

    assert _one_id_each([line("SetWindowAttribute(dark={n}) failed", n) for n in range(3)],
                        [line("LoadImage small icon failed", n) for n in range(3)],
                        [line("set_fontface not supported", n) for n in range(3)])
    # near misses: after an operation's colon with no level, the error's texts still fold
    assert _one_pattern_both_ways("editor wio_app: open socket: connection refused",
                                  "editor wio_app: open socket: broken pipe",
                                  "editor wio_app: open socket: no such file or directory")


def test_a_contexts_message_key_after_the_records_own_message_is_one_value():
    # Monolog's "channel.LEVEL: <message> {context} [extra]": the context's "message" key holds
    # an error's text (escaped quotes and all), not the record's message, which came first
    texts = ['Attempt to read property \\"id\\" on null', "invalid argument", "too many open files",
             'Undefined array key \\"email\\"']
    assert _one_pattern_both_ways(
        *[f'production.ERROR: Error sending reminder {{"message":"{t}","reminder":"{n}"}} []'
          for n, t in enumerate(texts)])
    # near misses: a JSON record's own message names its event; so does one after the head alone
    assert _apart('{"level":"error","message":"Attempt to read property \\"id\\" on null","term":4}',
                  '{"level":"error","message":"snapshot write failed on disk","term":5}')
    assert _apart('2024-05-01T10:00:00Z stdout F {"message":"cache \\"orders\\" warmed","n":4}',
                  '2024-05-01T10:00:01Z stdout F {"message":"lease \\"orders\\" lost to a peer","n":5}')


def test_a_name_alone_in_brackets_in_the_head_is_no_message_word_before_a_key():
    # a head of bracketed fields (a process, the level, the logger's name), then keys a
    # formatter adds to every record, then the message (Python's `[%(levelname)s][%(name)s]
    # task.id=%(task_id)s %(message)s`): the keys' values are one token each, the message
    # after them is each call site's own (runs.key_value_to_end)
    def line(n: int, message: str) -> str:
        return (f"[PID:{n + 3}][INFO][shop.jobs.invoices] task.name=shop.jobs.invoices.run "
                f"task.id={n:08x}-77aa-4bb0-9cc1-{n:012x} {message}")

    assert _one_id_each(
        [line(n, f"[{n * 977:x}ab] Opened new batch: b_{n}x") for n in range(3)],
        [line(n, f"Warning {n} raised for store: east{n}") for n in range(3)],
        [line(n, f"Removed {n} stale carts.") for n in range(3)])
    # near misses: a word of the message before the key, its value still runs to the end
    assert _one_pattern_both_ways("[INFO][shop] sync failed err=dial tcp 10.0.0.1:443: i/o timeout",
                                  "[INFO][shop] sync failed err=connection reset by peer",
                                  "[INFO][shop] sync failed err=context deadline exceeded")


def test_a_source_files_line_after_a_slash_in_the_head_is_the_call_sites():
    # a C++ logger that prints the process, its thread, the level's code, then the call
    # site's __FILE__ and __LINE__ parted by a slash (`%s[%d].%s-%s/%d [<message>]`): one file
    # and line is one call site, two lines of one file are two, whatever the messages'
    # values (masking.slash_line_location, templates.score, batch._value_places)
    names = ["relay_a", "store-7", "daily", "edge.gw", "mailer-db", "ingest_2"]

    def line(n: int, place: str, message: str) -> str:
        return f"{names[n % len(names)]}[{n * 37 + 1}].{place} [{message}]"

    groups = [
        [line(n, "ERR-net_io.cpp/99", f"socket(), errno = {n + 3}, error = Broken pipe") for n in range(4)],
        [line(n, "ERR-net_io.cpp/137", f"Unable to open socket for family {n + 2}") for n in range(4)],
        [line(n, "INF-frame.cpp/3062", f"Frame dropped at offset {n * 11}") for n in range(4)],
        [line(n, "INF-frame.cpp/4689", "Fast path unavailable on this platform") for n in range(4)],
    ]
    assert _one_id_each(*groups)
    records = [record for four in zip(*groups) for record in four]
    ids = PatternMiner().add_batch(records)
    assert len(set(ids)) == 4 and all(len(set(ids[k::4])) == 1 for k in range(4))
    # near misses: a path's slash and digits after a word of the message are a value
    assert _one_pattern_both_ways("loaded module lib/net_io.cpp/3 in 4 ms", "loaded module lib/net_io.cpp/9 in 2 ms")


def test_the_colon_after_the_heads_brackets_ends_the_head_not_an_operation():
    # logback's `%5p --- [%t] [%logger] [%M] [%X{xid}]: %m`: the colon after the head's last
    # bracketed field ends the head; what follows is the record's message, each call site's,
    # never the cause of an operation the head said (runs.cause_colon)
    threads = ["ingest.worker", "ingest", "pool-3.io", "pool-3", "main"]

    def line(n: int, where: str, message: str) -> str:
        return f"ERROR --- [{threads[n % 5]}] [{where}] []: {message}"

    causes = ["read-only file system", "connection refused", "no route to host"]
    groups = [[line(n, "com.shop.conf.ZkConfig] [event", "load config properties error") for n in range(3)],
              [line(n + 1, "com.shop.net.RemotingClient] [pick", f"Select the address failed: {causes[n]}")
               for n in range(3)]]
    assert _one_id_each(*groups)
    ids = PatternMiner().add_batch([groups[0][0], groups[1][0], groups[0][1], groups[1][1]])
    assert ids[0] == ids[2] and ids[1] == ids[3] and ids[0] != ids[1]
    # near misses: a cause after the message's own operation and colon still folds
    assert _one_pattern_both_ways(*groups[1])


def test_two_dotted_loggers_glued_to_the_level_are_two_call_sites():
    # Python's `%(name)s:%(levelname)s: %(message)s` after a request's id: two modules that
    # print one message (a worker and its successor) are two call sites, as two classes are
    # after a level (templates._logger_by_level)
    def line(n: int, module: str, name: str) -> str:
        return f"app [{n * 7919:x}]: shop.tasks.{module}:WARNING: Job for {name} exited with code {n}."

    names = ["alpha", "beta", "gamma", "delta"]
    records = [line(n, "queue_worker" if n % 2 else "worker", names[n]) for n in range(4)]
    for ids in (_ids_in_order(records), PatternMiner().add_batch(records)):
        assert ids[0] == ids[2] and ids[1] == ids[3] and ids[0] != ids[1]
    # near misses: the name after the level varies still where it is no dotted module's
    assert _one_pattern_both_ways("app [1f]: WARNING: Job for alpha exited with code 3.",
                                  "app [2e]: WARNING: Job for beta exited with code 4.")


def test_an_error_keys_unquoted_value_is_one_value_in_any_number_of_words():
    # logfmt's and key=value layouts' `err=%v` / `error=%s` unquoted (zerolog's console
    # writer, hclog, tinylog, a `[key=value]` field): the error's text, from a library, the
    # OS or a peer, in any number of words, to the line's end, the next key, a comma and a new
    # field or sentence, or its field's bracket (causes.fold_error_values; round 31, errtail)
    causes = ["EOF", "context canceled", "dial tcp 10.0.0.7:6379: connect: connection refused",
              "Error: ENOENT: no such file or directory, open '/var/lib/x.db'", "[Errno 111] Connection refused"]
    for line in ("WARN: failed to sync shard sid=4 error={}", "ERROR store: flush failed err={} retry=3",
                 "failed to attach volume [id=7] [error={}]", "E, error={}, An upstream call was dropped.",
                 "ERROR writing 2 message(s) failed (error={}, tag=cache)"):
        assert _one_pattern_both_ways(*(line.format(cause) for cause in causes))
    assert mask("failed to attach volume [id=7] [error=no route to host] retrying") == (
        "failed to attach volume [id=<*>] [error=<*>] retrying")
    assert mask("E, error=no route to host, An upstream call was dropped.") == (
        "E, error=<*>, An upstream call was dropped.")
    # near misses: a count whose key ends in error, a quoted value, another key's words
    assert mask("batch done cnt_error=0 total=12") == "batch done cnt_error=<*> total=<*>"
    assert mask('msg="sync failed" err="context canceled" shard=4') == 'msg="sync failed" err="<*>" shard=<*>'
    assert mask("flush failed err=broken pipe mode=fast path") == "flush failed err=<*> mode=fast path"
    assert mask("terror=deep sea") == "terror=deep sea"
    # inside a quoted message the key's value ends with the message's quote
    assert mask('level=warn msg="sync failed err=timed out waiting" shard=5') == (
        'level=warn msg="sync failed err=<*>" shard=<*>')


def test_a_message_after_a_module_paths_colon_and_before_the_fields_is_the_call_sites():
    # tracing's `LEVEL target: message key=value …` (a Rust module path and its colon): the
    # message opens after the target's colon and ends where the record's fields start; two
    # messages there are two call sites, no run of words of one (runs.inner_run_at; round 31,
    # errtail: met once the error key's value was one value, causes.fold_error_values)
    def line(n: int, message: str, cause: str) -> str:
        return f" WARN shard-{n} server::dispatch: {message} client_id={n * 7919:x} error={cause}"

    causes = ["channel closed", "task was cancelled", "Permission denied (os error 13)"]
    groups = [[line(n, "denying snapshot request", causes[n]) for n in range(3)],
              [line(n + 4, "login with token failed", causes[2 - n]) for n in range(3)]]
    assert _one_id_each(*groups)
    ids = PatternMiner().add_batch([groups[0][0], groups[1][0], groups[0][1], groups[1][1]])
    assert ids[0] == ids[2] and ids[1] == ids[3] and ids[0] != ids[1]
    # and where the same words follow (a sentence's start that differs), unless both read as
    # failures: three call sites
    groups = [[f" INFO app::user::create: {verb} community list from {n}" for n in (6, 81, 4)]
              for verb in ("Failed to fetch", "Trying to fetch", "Successfully fetched")]
    assert _one_id_each(*groups)
    # near misses: an error's text after the target and before a sentence of the call site's
    # own is still one value
    assert _one_pattern_both_ways("ERROR app::server: broken pipe. Sleep for a while",
                                  "ERROR app::server: deadline has elapsed. Sleep for a while")


def test_a_message_after_the_last_colon_of_a_colon_joined_head_is_the_call_sites():
    # Python logging's `%(levelname)s:%(name)s:%(threadName)s:%(message)s` (the level in
    # capitals, then a field before each colon, no space): the message opens after the head's
    # last colon, so a sentence there and another of another length are two call sites, no
    # run of words one colon introduces (runs.inner_run_at; round 32, r30text)
    head = "WARNING:orders.consumer:MainThread:"
    groups = [[head + "Scheduler died, restarting."] * 4,
              [head + f"Worker {n} died, restarting." for n in (1, 7, 3)]]
    assert _one_id_each(*groups) and _one_id_each(groups[1], groups[0])  # (either first)
    # the thread a value of the head (Worker-1, Worker-2), and one more field (the process)
    for fields in ("INFO:orders:Worker-{n}:", "ERROR:orders.db:{n}:Thread-{n}:"):
        assert _one_id_each([fields.format(n=n) + "Scheduler stopped." for n in (1, 2, 3, 1)],
                            [fields.format(n=n) + f"Reader {n} stopped." for n in (4, 5, 6)])
    # near miss: a cause after an operation's colon in the message still folds
    assert _one_pattern_both_ways(head + "failed to connect: connection refused",
                                  head + "failed to connect: broken pipe while reading")


def test_a_sentence_of_the_call_sites_own_with_its_operand_after_a_colon_is_no_cause():
    # (round 31, learned31; runs.own_operand_message) three words or more that name their
    # operand, a value, then a colon of their own and a cause, after another text after the
    # operation's colon: the call site's own message, not one cause among others (sourcekit-lsp's `editor.open:
    # failed to read %s: %s` / `editor.open: missing …`, rspamd's `func: cannot read magic from
    # cache file %s: %s` / `func: unknown cache file %s`)
    # cause_colon's text after another text there: kept apart
    for head in ("sync worker: ", "error: dropping request worker.open: "):
        for other in ("missing 'key.sourcetext'", "unknown cache file /tmp/b.bin", "broken pipe"):
            assert _one_id_each([head + other], [head + "failed to read /etc/app/a.json: permission denied",
                                                 head + "failed to read /etc/app/b.json: EOF"]), (head, other)
    assert _one_id_each(["check_file: unknown cache file /tmp/b.bin"],
                        ["check_file: cannot read magic from cache file /tmp/a.bin: Input/output error",
                         "check_file: cannot read magic from cache file /tmp/c.bin: EOF"])
    # such a sentence first is read as a wrapper's first cause, as before: the texts after it fold
    assert _one_pattern("sync worker: failed to read /etc/app/a.json: permission denied",
                        "sync worker: broken pipe", "sync worker: connection reset by peer")
    # near misses: a library's operation of one or two words and its operand wraps a cause
    # (read tcp <*>: …, open <*>: …), and those fold with the other causes there
    assert _one_pattern("sync worker: read tcp 10.0.0.1:80: i/o timeout", "sync worker: open /x/y: permission denied",
                        "sync worker: broken pipe", "sync worker: connection reset by peer")


def test_two_sentences_that_end_with_the_same_field_after_a_colon_are_two_call_sites():
    # (round 31, learned31; runs.same_field_at_end) two texts after an operation's colon that
    # end alike with a word, its colon and a value and differ before: the program's own
    # sentences naming the same field, not two causes (rspamd's `… attribute is not boolean
    # for symbol: '%s'` / `… attribute is not numeric for symbol: '%s'`)
    for head in ("load rules: ", "config; read_rule_expression: "):
        assert _one_id_each([head + "one_shot attribute is not boolean for symbol: 'a1'",
                             head + "one_shot attribute is not boolean for symbol: 'a3'"],
                            [head + "score attribute is not numeric for symbol: 'b2'"]), head
    # near miss: causes that end alike in words (a library's text) still fold
    assert _one_pattern("sync peers: dial tcp 10.0.0.1:80: connect: connection refused",
                        "sync peers: read tcp 10.0.0.1:80: read: connection refused")


def test_an_event_with_its_slot_at_its_end_after_a_colon_keeps_a_later_failure_apart():
    # (round 31, learned31; runs.slotted_event) a text after an operation's colon that says
    # no failure, two words or more and a value that ends it, is the call site's event: a
    # failure said later after the same colon is another call site's (flow's `format on save
    # <*>` / `set_fontface not supported`)
    assert _one_id_each(["flow default: format on save weekly", "flow default: format on save daily"],
                        ["flow default: set_fontface not supported"])
    # near misses: a state in words alone and a failure are still taken for causes (the price
    # of learning causes from two records), and so is a value that words follow
    assert _one_pattern("sync worker: catching up", "sync worker: not ready")
    assert _one_pattern("sync worker: waiting for 10.0.0.1", "sync worker: connection refused")


def test_an_sql_statement_ends_before_the_callers_location_that_closes_the_record():
    # (round 32, revisit31; tokens._statement_end) trantor's `<query> - MysqlConnection.cc:546`:
    # the caller's file and line close the record after a spaced dash, no operand of the
    # statement; each location is its own call site
    assert tokens(mask("7 ERROR sql:SELECT * FROM t WHERE a < ? - MysqlConnection.cc:546"))[0][-5:] == [
        WILDCARD, "-", "MysqlConnection.cc", ":", "546"]
    statements = ["SELECT * FROM sessions WHERE expires_at < ?",
                  "UPDATE accounts SET balance = balance - 10 WHERE id = 7",
                  "SELECT count(*) FROM tasks", "DELETE FROM jobs WHERE id = 3"]
    assert _one_id_each([f"{n} ERROR sql:{s} - MysqlConnection.cc:546" for n, s in enumerate(statements)],
                        [f"{n} ERROR sql:{s} - PgConnection.cc:211" for n, s in enumerate(statements)])
    # near miss: a minus inside the statement is its operator
    assert tokens(mask("UPDATE a SET b = b - c WHERE d = 1 now"))[0][0] == WILDCARD


def test_a_name_glued_to_its_instances_number_by_a_hash_is_the_call_sites():
    # (round 32, glued; templates._numbered_name_pair) `Worker#3`, `Thread#12`, `conn#45`: a
    # name and the number of its instance; the number is the value, the name the call site's
    # text, and another name there is another call site's (Hyperf's `TaskWorker#N started.` /
    # `Worker#N started.`); before, the two masked tokens differed as values and merged
    assert _one_id_each(["[INFO] TaskWorker#2 started.", "[INFO] TaskWorker#3 started."],
                        ["[INFO] Worker#7 started.", "[INFO] Worker#1 started."])
    assert _one_id_each(["12:00:01 DEBUG pool: Thread#12 stopped after 40 ms",
                         "12:00:02 DEBUG pool: Thread#3 stopped after 7 ms"],
                        ["12:00:03 DEBUG pool: conn#45 stopped after 9 ms"])
    assert _apart("ServerUtils [DEBUG] CMD-LINE#6: 2 items read",
                  "ServerUtils [DEBUG] CMD-ARG#4: 2 items read")
    # near misses: one name with its numbers is one pattern, and a name that is itself a
    # value (a path, a masked name glued to the number) still varies
    assert _one_pattern_both_ways("[INFO] Worker#7 started.", "[INFO] Worker#12 started.")
    assert _one_pattern_both_ways("[INFO] Closing inventory /srv/a/b.json#3 now",
                                  "[INFO] Closing inventory /srv/c/d.json#44 now")


def test_the_operation_after_a_negated_ability_or_a_failure_is_the_call_sites():
    # (round 32, verbs; templates.operation_after_failure_at) the word right after `cannot`,
    # `can't`, `could not`, `unable to`, `failed to`, `error while` is the operation the call
    # site names, its verb: two such verbs are two call sites, even where the other words of
    # one record are a value in the other's place (nsd's `cannot stat <path>: <error>` /
    # `cannot fcntl rc: <error>`, which folded to `cannot <*> <*>: <*>`)
    for head in ("", "app[12]: error: ", "2024-01-02 10:00:00 ERROR "):
        for said in ("cannot", "Cannot", "can't", "could not", "unable to", "failed to", "error while"):
            stat = [f"{head}{said} stat /var/spool/x{n}: No such file" for n in range(2)]
            fcntl = [f"{head}{said} fcntl rc: Broken pipe", f"{head}{said} fcntl rc: Bad file"]
            assert _one_id_each(stat, fcntl), (head, said)
    # near miss: the operation's object after it is still a value
    paths = ("/a/b", "/c/d", "rc", "data.csv")
    assert _one_pattern(*(f"app: cannot open {path}: No such file" for path in paths))


def test_a_source_file_and_line_under_a_source_key_is_the_call_sites_wherever_the_key_is():
    # logrus prints its caller after the message, quoted since the value holds a colon
    # (`msg="…" func=… file="/src/x.go:79"`); a hook adds one under its own key
    # (`logSource="pkg/x.go:79"`): the file and line of the statement that logged the record,
    # kept with the line, so two statements printing one message are two call sites
    # (masking.keyed_location)
    from otlp_sampler.patterns.masking import mask_statuses

    def line(n: int, site: tuple[str, int]) -> str:
        step = ["PodStep", "VolumeStep"][n % 2]
        return (f'time="2026-01-0{n + 1}T10:00:00Z" level=info msg="Running {step}"'
                f' func=main.run callerSource="/srv/app/pkg/{site[0]}.go:{site[1]}" req={n * 31}')

    masked, statuses = mask_statuses(line(0, ("steps/pods", 81)))
    assert 'callerSource="/srv/app/pkg/steps/pods.go:81"' in masked and statuses
    sites = [("steps/pods", 81), ("steps/volumes", 52), ("steps/pods", 140)]
    records = [line(n, sites[n % 3]) for n in range(9)]
    for ids in (_ids_in_order(records), PatternMiner().add_batch(records)):
        assert len({ids[n] for n in range(0, 9, 3)}) == 1 and len(set(ids)) == 3
    # unquoted too, and slog's `source=`
    assert "source=store.go:12" in mask_statuses('level=INFO msg="flushed the cache" source=store.go:12')[0]
    # near misses: another key's file and line is a value the message reports
    assert "x.go" not in mask_statuses('level=INFO msg="parsed the plan" path="conf/x.go:12"')[0]
    assert "x.go" not in mask_statuses('level=INFO msg="linted the file" target=conf/x.go:12')[0]


def test_a_qualified_logger_after_the_level_and_the_thread_is_the_call_sites():
    # logback's `%-5level %thread %logger{36} %msg`: the thread is a value, and the
    # qualified name after it the class that logs; two classes printing one message are two
    # call sites, even when one of them logs once (templates._logger_at)
    records = ["ERROR worker-1 c.a.codec.JsonEncoder Cannot encode the record",
               "ERROR main c.a.codec.JsonEncoder Cannot encode the record",
               "ERROR pool-3 c.a.codec.schemas.CborEncoder Cannot encode the record"]
    for ids in (_ids_in_order(records), PatternMiner().add_batch(records)):
        assert ids[0] == ids[1] and ids[2] != ids[0]
    # near miss: a qualified name the message names after its words is a value
    assert _one_pattern_both_ways("ERROR worker-1 c.a.codec.Registry Loaded the class c.a.codec.JsonEncoder",
                                  "ERROR main c.a.codec.Registry Loaded the class c.a.codec.CborEncoder")


def test_a_json_records_logger_under_its_key_is_the_call_sites():
    # NestJS' and winston's "context", zap's "logger", logstash-logback-encoder's
    # "logger_name": the class that logs; two classes printing one message are two call
    # sites (masking._json_logger_values, templates.json_call_site_at)
    from otlp_sampler.patterns.masking import mask_statuses

    def line(n: int, key: str, name: str) -> str:
        reason = ["timeout", "quota"][n % 2]
        return (f'{{"level":"warn","pid":{n + 7},"{key}":"{name}",'
                f'"msg":"Could not renew lease-{n * 13} for the queue. Reason: {reason}"}}')

    for key, names in (("context", ["InvoiceWorker", "ReminderWorker"]),
                       ("logger_name", ["com.shop.billing.InvoiceWorker", "com.shop.mail.ReminderWorker"])):
        assert f'"{key}":"{names[0]}"' in mask_statuses(line(0, key, names[0]))[0]
        records = [line(n, key, names[n // 3]) for n in range(6)]
        for ids in (_ids_in_order(records), PatternMiner().add_batch(records)):
            assert len(set(ids[:3])) == 1 and len(set(ids[3:])) == 1 and ids[0] != ids[3]
    # near misses: a name with digits there (an instance's) is a value, and so is another key's name
    assert '"worker-3"' not in mask_statuses(line(0, "logger", "worker-3"))[0]
    assert "InvoiceWorker" not in mask_statuses(line(0, "owner", "InvoiceWorker"))[0]


def test_a_file_its_function_and_line_have_one_reader():
    # `file:function:line` (C's __FILE__:__func__:__LINE__) is read by one function,
    # templates.function_location_at: location_file_at asks it after a square bracket (the
    # file and the function), runs' _separates anywhere, a path masked whole too (round 33)
    from otlp_sampler.patterns import runs, templates

    janus = ["[", "ERR", "]", "[", "src/janus_sip.c", ":", "janus_sip_handler", ":", "5325", "]",
             "Wrong", "state"]
    assert templates.function_location_at(janus, 4)
    assert templates.location_file_at(janus, 4) and templates.location_file_at(janus, 6)
    bare = ["lxc", "ERROR", "start", "-", "start.c", ":", "do_start", ":", "<*>", "-", "failed"]
    assert templates.function_location_at(bare, 4)
    assert not templates.location_file_at(bare, 6)  # (no bracket: the function is no file)
    masked = [*bare[:4], "<*>", *bare[5:]]
    assert templates.function_location_at(masked, 4, True)
    assert not templates.function_location_at(masked, 4)
    for wrong in (["[", "x.c", ":", "do-start", ":", "12", "]"], ["[", "x", ":", "f", ":", "12", "]"],
                  ["[", "x.c", ":", "f", ":", "twelve", "]"]):
        assert not templates.function_location_at(wrong, 1), wrong
        assert not templates.location_file_at(wrong, 1), wrong
    assert not hasattr(runs, "_function_location_at")


def test_two_constant_sentences_after_one_colon_are_two_call_sites():
    # (round 33, whole33; runs.constant_sentence, runs.two_constant_sentences) after an
    # operation's colon, a capitalised sentence of three words of prose or more, no value nor
    # a library's word of failure (negations allowed), met with another such sentence there
    # that is not the first with one word changed: each the call site's own (a program's
    # `account: Member found but is not enabled` / `account: Member not found and neither name
    # nor email in profile`), whichever comes first; before, the second folded into the first
    first = "Member found but is not enabled"
    second = "Member not found and neither name nor email in profile"
    for one, other in ((first, second), (second, first)):
        for head in ("sync worker: ", "editor main: "):
            assert _one_id_each([head + one] * 2, [head + other] * 2), (head, one)
    # near misses: a library's cause (its failure word, a value, lower case as Go's error
    # texts) still folds with the first text, and so does one word changed in a sentence
    for cause in ("connection reset while reading response", "unexpected token at offset 17", "broken pipe",
                  "not enough replicas"):
        assert _one_pattern("sync worker: Member found but is not enabled", "sync worker: " + cause), cause
    assert _one_pattern("sync worker: not enough replicas", "sync worker: rebalance in progress")
    assert _one_pattern("sync worker: catching up", "sync worker: not ready")
    words, other_words = first.split(" "), second.split(" ")
    assert two_constant_sentences(words, kinds_of(words), other_words, kinds_of(other_words))
    listed = [*words[:-1], "listed"]
    assert not two_constant_sentences(words, kinds_of(words), listed, kinds_of(listed))
    assert constant_sentence(["Member", "is", "not", "enabled"], [TITLE, WORD, WORD, WORD], 0, 4)
    assert not constant_sentence(["member", "is", "not", "enabled"], [WORD, WORD, WORD, WORD], 0, 4)
    assert not constant_sentence(["Request", "was", "refused"], [TITLE, WORD, WORD], 0, 3)
    assert not constant_sentence(["Is", "not", "ready"], [TITLE, WORD, WORD], 0, 2)
    assert not constant_sentence(["No", "such", "file", "or", "directory"], [TITLE, WORD, WORD, WORD, WORD], 0, 5)


def test_a_key_with_an_empty_value_holds_no_text_to_the_end():
    # (round 34, r32b; shapes._empty_key_value) a key glued to its "=" with a space after it
    # holds an empty value (a layout's MDC fields outside a trace, logback's `trace_id=%X{trace_id}
    # span_id=%X{span_id} %m`): the words after it are the message's, two messages two call
    # sites, not one key's value run to the end; before, every message after the keys was one
    # (and a message's first words a run where another's were of another length)
    first = "Running orphan project purge"
    second = "Orphan project purge finished, purged 476 projects"
    third = "Scheduled the cleanup task with a period of one hour"
    for head in ("trace_id= span_id= ", "INFO 7 --- [main] c.e.PurgeScheduler : trace_id= span_id= ",
                 "worker: request= user= "):
        assert _one_id_each([head + first] * 2, [head + second] * 2, [head + third] * 2), head
        # nor a run of the message's first words before words in common (another length)
        assert _one_id_each([head + "Unlocking completed job 2218bec5ef27 using scheduled task"] * 2,
                            [head + "Removing completed job state 12 using scheduled task"] * 2), head
    # near misses: a value glued to its "=" still runs to the end (logfmt's unquoted error
    # last), and so does one spaced on both sides
    assert _one_pattern("sync failed shard=3 err=dial tcp 10.0.0.1:80: i/o timeout",
                        "sync failed shard=4 err=connection reset by peer")
    assert _one_pattern("Worker crashed: Err = timeout while reading the socket",
                        "Worker crashed: Err = connection reset by peer now")


def test_the_message_after_a_records_header_opens_with_the_call_sites_words():
    # (round 34, r32b; runs.inner_run_at, templates.header_end) the colon or dash that ends a
    # record's header (a level, values, bracketed tags, a logger: Spring Boot's `LEVEL <pid> ---
    # [<thread>] <logger> : <message>`, log4j's `<time> LEVEL [<thread>] <logger> - <message>`)
    # opens the message: two messages whose first words differ before the same last words are
    # two call sites, not one run of words there; before, `<*> <*> using scheduled task`
    first = "Unlocking completed job 2218bec5ef27 using scheduled task"
    second = "Removing completed job state 12 using scheduled task"
    for head in ("WARN 3 --- [main] i.t.b.ScheduledJobCleaner   : ",
                 "2024-01-02 10:00:00 WARN [pool-1] com.acme.JobCleaner - "):
        assert _one_id_each([head + first, head + first.replace("2218bec5ef27", "99ab")],
                            [head + second, head + second.replace("12", "7")]), head
    # near miss: two errors' texts there still fold, a failure each (as after the heads of
    # colon-joined fields and of a module path)
    head = "WARN 3 --- [main] c.a.Fetcher   : "
    assert _one_pattern(head + "connection refused by peer; retrying in 5 seconds now",
                        head + "operation timed out; retrying in 5 seconds now")


def test_two_class_names_that_open_the_record_before_a_run_of_dashes_are_two_loggers():
    # (round 34, r32b; templates.class_label_at) a layout that prints the logger's short name,
    # then dashes, then the message (NLog's `${logger:shortname=true} --- ${message}`): two
    # classes' names there are two call sites, as before a colon (`DeliciousImport: …`);
    # before, the name that opened a message several classes log was a value
    message = " --- An error occurred while sending the '{}' event."
    assert _one_id_each([("UserEventEmitter" + message).format(e) for e in ("removed", "updated")],
                        [("ConfigurationEventEmitter" + message).format(e) for e in ("saved", "reset")],
                        [("AnidbEventEmitter" + message).format(e) for e in ("banned", "state")])
    # near miss: a plain lower-case word there is a thing's name, a value
    assert _one_pattern("alice --- logged in from 10.0.0.1", "bob --- logged in from 10.0.0.2")


def test_keys_and_values_parted_by_commas_in_square_brackets_keep_their_keys():
    # (round 34, r32b; tokens._keyed_pairs) a format string's `[user: %s, organization: %s]`:
    # the call site's keys, each value one value, whether masking read a value there or not;
    # before, a masked value folded the bracket whole (`[<*>]`, as a list of values) and words
    # kept its keys: one call site, two shapes
    lines = [f"Importing initial project {p} [user: {u}, organization: {o}]"
             for p, u, o in (("blue", "ubuntu", "ArchiveService"), ("delta", "k8s-operator", "uploads-service"),
                             ("x", "admin", "checkout-9"), ("ledger-8", "git", "archive_mailer"))]
    assert _one_pattern(*lines)
    assert _template(*lines) == "Importing initial project <*> [user: <*>, organization: <*>]"
    assert tokens("sync [user: <*>, organization: <*>] done")[0] == [
        "sync", "[", "user", ":", WILDCARD, ",", "organization", ":", WILDCARD, "]", "done"]
    # near misses: a list of values, Go's map, and pairs glued to their colons (a map printed,
    # `[streamId:<*>, sent:no]`) still fold whole
    assert tokens("got [a, b, <*>] here")[0] == ["got", "[", WILDCARD, "]", "here"]
    assert tokens("failure [streamId:<*>, sent:no, error:<*>] here")[0] == ["failure", "[", WILDCARD, "]", "here"]
    assert tokens("got map[a:<*> b:<*>] here")[0] == ["got", "map", "[", WILDCARD, "]", "here"]


def test_a_hyphenated_operation_after_a_failure_is_the_call_sites():
    # (round 35, r33b; templates._operation_word) the operation a failure said in words names
    # (`failed to`, `unable to`, `cannot`: round 32's verbs) may be a compound written with
    # hyphens (`cast-get`, `re-index`, `pre-allocate`): two such verbs are two call sites too;
    # before, only a word of letters was, and koel's `Failed to cast-get license meta` /
    # `Failed to cast-set license meta`, their records in turn, folded to `Failed to <*> license meta`
    for said in ("Failed to", "unable to", "cannot"):
        for verbs in (("cast-get", "cast-set"), ("re-index", "pre-allocate")):
            ids = _ids_in_order([f'ERROR: {said} {verb} license meta {{"model":"m{n}","key":"k{n * 7}"}}'
                                 for n in range(3) for verb in verbs])
            assert len(set(ids[0::2])) == len(set(ids[1::2])) == 1 and ids[0] != ids[1], (said, verbs)
    # near misses: a compound of nouns there is a name a call site was given (no verb's last
    # word nor prefix), such compounds elsewhere are a place's values, and so is the verb's
    # object, a compound with a digit or not
    assert _one_pattern(*(f"Device: sda, could not {name} SMART Testing."
                          for name in ("media-replica", "indexer-worker", "events-queue")))
    assert _one_pattern("connected to billing-east in 3 ms", "connected to orders-west in 5 ms")
    assert _one_pattern("app: failed to reach us-east-1 now", "app: failed to reach eu-west-2 now")


def test_a_value_and_its_colon_after_a_module_loggers_header_are_the_call_sites():
    # (round 35, r33b; tokens._past_module_logger) the colon that ends a header's logger named
    # by a module's path (tracing's `ERROR app::http::server: <message>`) or a dotted name is
    # no value's colon: a message that opens with a value and its own colon (`<id>: <name>
    # (duplicate of <id>)`) keeps that colon; before, `: <id> : <name>` was read as a
    # repeated group and folded, so a name the masker took for a value made the message one
    # value and a word kept it (`<*> (duplicate of <*>)` / `<*>: web (duplicate of <*>)`, spin)
    for logger in ("spin_trigger_http::server", "com.acme.http.Server"):
        head = f"2024-01-02T10:00:00Z ERROR {logger}:   "
        pairs = [("A1B2C3", "svc-1", "x9"), ("D4E5F6", "web", "y8"),
                 ("G7H8", "api-2", "z7"), ("J9K0", "jobs", "q1")]
        listed = [f"{head}{i}: {name} (duplicate of {d})" for i, name, d in pairs]
        alone = [f"{head}{i}-{n} (duplicate)" for n, i in enumerate(("a1", "b22", "c333", "d4444"))]
        assert _one_id_each(listed, alone), logger
        miner = PatternMiner()
        ids = miner.add_batch(listed + alone)
        assert len(set(ids[:4])) == 1 and len(set(ids[4:])) == 1 and ids[0] != ids[4], logger
        read = tokens(f"ERROR {logger}: <*>: <*> (x)")[0]
        assert read[-7:] == [":", WILDCARD, ":", WILDCARD, "(", "x", ")"]
    # near misses: further on, a chain of values and colons still folds (an error's causes,
    # as many as the error has), and a bare logger's colon is not read so
    assert tokens("ERROR app::db: failed: <*>: <*>: <*>")[0][-3:] == ["failed", ":", WILDCARD]
    assert tokens("ERROR app::db: <*>: <*>: <*>")[0][-3:] == [WILDCARD, ":", WILDCARD]
    assert tokens("ERROR db: <*>: <*>")[0] == ["ERROR", "db", ":", WILDCARD]


def test_a_failure_right_after_the_messages_subject_is_the_call_sites_predicate():
    # (round 35, r33b; runs._subject_alone_before) an error's text before a separator and two
    # more of the call site's words folds wherever it sits (`Unable to restore bucket DNS entry
    # <text>, please fix it manually`), but not where the message's one word before it is the
    # sentence's subject: the failure is its predicate, the call site's own words; before,
    # Akaunting's `Company not found, job deleted.` / `Company could not be resolved for queued
    # job, job deleted.` were one pattern, `Company <*>, job deleted.`
    for head in ("WARN: ", "production.WARNING: ", "2024-01-02 10:00:00 WARN "):
        assert _one_id_each([head + "Company not found, job deleted."],
                            [head + "Company could not be resolved for queued job, job deleted."],
                            [head + "Company could not be resolved, job deleted."]), head
    # a noun phrase of up to three words is such a subject too, a gerund after its first word
    # (Coolify's `SSH multiplexing lock timeout, falling back to non-multiplexed connection`)
    back = ", falling back to non-multiplexed connection {\"server\":\"api05\"}"
    assert _one_id_each(["production.WARNING: SSH multiplexing lock timeout" + back],
                        ["production.WARNING: SSH multiplexing failed for SCP download" + back],
                        ["production.WARNING: SSH multiplexing lock unavailable" + back])
    # and so is a verb's object both records describe with an indefinite article (froxlor's
    # `found a domain-id with no entry in domain <> ip table, integrity check can fix this`)
    head = "froxlor.NOTICE: "
    fix = ", integrity check can fix this"
    assert _one_id_each([head + "found a domain-id with no entry in domain ip table" + fix],
                        [head + "found an ip/port-id in domain ip table which does not exist" + fix])
    # near misses: after a verb (`Caught <error>, moving on`) or words of the message that
    # announce it, an error's text still folds
    assert _one_pattern("- WARNING: MGMT: Caught connection refused, Moving on",
                        "- WARNING: MGMT: Caught already exists, Moving on")
    assert _one_pattern("WARN: Error connection refused by peer, retrying in a while",
                        "WARN: Error operation timed out, retrying in a while")
    # nor where the two differ in a first word alone before the same words (a name that goes
    # with the subject: Documenter's `Raw HTML <name> is not supported in LaTeX output in
    # <page>; stripping tags.`), nor once a template holds the run folded
    raw = ("┌ Warning: Raw HTML {} is not supported in LaTeX output in {}; stripping tags.\n"
           "└ @ Documenter.LaTeXWriter src/latex/LaTeXWriter.jl:772")
    assert _one_pattern(raw.format("global", "payments-worker"), raw.format("default", "PaymentsStore"),
                        raw.format("inline", "audit-prod"), raw.format("block", "x-1"))
    lines = ["app: Unable to restore bucket DNS entry connection refused by peer, please fix it manually",
             "app: Unable to restore bucket DNS entry i/o timeout, please fix it manually"]
    assert _one_pattern(*lines)


def test_a_capitalised_subject_that_a_past_form_alone_follows_is_the_call_sites():
    # (round 35, r33b; templates.subject_of_past_form, batch._value_places) a message of a
    # capitalised first word and a verb's past form alone (`Companies updated.`, `Settings
    # updated.`): the sentence's subject, the thing the call site says happened to, its own word;
    # before, a batch holding four such subjects read the place as a value (Akaunting's
    # update steps, `production.INFO: <*> updated.`)
    for head in ("production.INFO: ", "2024-01-02 10:00:00 INFO app: "):
        lines = [head + f"{noun} updated." for noun in ("Companies", "Recurring", "Transfers", "Companies",
                                                         "Settings", "Permissions")]
        ids = PatternMiner().add_batch(lines)
        assert ids[0] == ids[3] and len(set(ids)) == 5, head
    # near misses: a lower-case name there, or a subject with more after its verb, is still
    # read as a value by a batch that shows it varying
    lines = [f"INFO: {name} updated." for name in ("alice", "bob", "carol", "dave", "erin")]
    assert len(set(PatternMiner().add_batch(lines))) == 1
    lines = [f"INFO: {name} updated its profile" for name in ("Alice", "Bob", "Carol", "Dave", "Erin")]
    assert len(set(PatternMiner().add_batch(lines))) == 1
def test_the_words_of_a_records_header_anchor_no_run_in_its_message():
    # (round 35, r33a; runs._message_words) a run of words that nothing introduces (no naming
    # word, no mark, no failure's word before it) is one value only after four constant words
    # of the message itself: the record's header (its level, its logger's name, an event id)
    # is every record's, and `Failed to` alone anchors nothing. Before, MEL's `warn: <logger>[0]`
    # counted as two words of four, and two call sites' operations were one value
    def mel(level: str, message: str) -> str:
        return f"{level}: App.Metrics.LinuxContainerMetricsPublisher[0]\n      {message}"
    causes = ("connection reset by peer", "certificate has expired", "not found", "STOPPING")
    sites = ("Failed to validate certificate for https://api-{n}.internal/ with error {c}",
             "Failed to build remote certificate chain for https://db-{n}.lan/ with error {c}")
    for level in ("fail", "warn"):
        ids = _ids_in_order([mel(level, sites[n % 2].format(n=n, c=c)) for n, c in enumerate(causes)])
        assert ids[0] == ids[2] != ids[1] == ids[3]
    ids = _ids_in_order(["INFO [main-{n}] c.a.Worker - " + sites[n % 2].format(n=n, c=c)
                         for n, c in enumerate(causes)])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: four words of the message's own before the run still anchor it, header or not
    for head in ("", "warn: App.Worker[0] "):
        assert _one_pattern(f"{head}The job runner gave up on big red task before the deadline",
                            f"{head}The job runner gave up on small task before the deadline")


def test_a_class_name_after_a_bracketed_level_is_the_class_that_logs():
    # (round 35, r33a; templates.class_label_at) NLog's `[${level}] ${logger:shortname=true}:
    # ${message}` (the *arr family's layout): a class's name in CamelCase there names the class
    # that logs, two classes that print one sentence are two call sites, as a class's label that
    # opens the record is (`DeliciousImport: …`); before, the name was a leading value there
    assert _one_id_each(["[Error] TelegramProxy: Unable to send test message"] * 2,
                        ["[Error] SimplepushProxy: Unable to send test message"] * 2,
                        [f"[Error] PushBulletProxy: Unable to send test message to {t}"
                         for t in ("c1acc7a4", "5bd38")])
    # (a trailing space, a layout's empty last field, changes nothing)
    assert _one_id_each(["[Error] TelegramProxy: Unable to send test message "] * 2,
                        ["[Error] SimplepushProxy: Unable to send test message "] * 2)
    # near misses: a plain or dashed name there is a thing's, a value; a class's name before
    # a sentence with values is the subclass a base class logs for, one call site
    assert _one_pattern("[info] worker-3: done", "[info] worker-4: done", "[info] worker-5: done")
    assert _one_pattern(*[f"[Debug] {name}: {n} items up to date. Adding {n + 1}, Deleting {n + 2}."
                          for n, name in enumerate(("RefreshArtistService", "RefreshAlbumService",
                                                    "RefreshTrackService"))])
    assert _one_pattern(*[f"[info] {name}: queue drained" for name in ("alpha", "beta", "gamma")])


def test_the_operation_a_failure_names_is_no_variable_of_a_batch():
    # (round 35, r33a; batch._value_places) `failed to <verb>`, `unable to <verb>`, `cannot
    # <verb>`, `could not <verb>`: the operation that failed is the verb of each call site's
    # format, which score keeps apart (`cannot stat <*>` / `cannot fcntl <*>`); a batch that
    # holds three of them, each said once, read them as one variable's values before
    causes = ("i/o timeout", "read-only file system",
              "failed to get lease: etcdserver: requested lease not found")
    for failed in ("failed to", "Unable to", "cannot", "Could not"):
        lines = [f"{failed} {verb} upload in redis cache: {cause}"
                 for verb, cause in zip(("complete", "touch", "register"), causes, strict=True)]
        ids = PatternMiner().add_batch(lines)
        assert len(set(ids)) == 3
    # near miss: another word there is still a variable the batch shows varying
    lines = [f"moved {name} upload to redis cache" for name in ("alpha", "gamma", "delta")]
    assert len(set(PatternMiner().add_batch(lines))) == 1


def test_a_capitalised_noun_after_the_head_is_a_components_label():
    # (round 35, r33a; runs._class_label) a capitalised noun alone before a colon right after
    # the record's head (SimpleSAMLphp's `<level> [<track id>] Cardinality: <message>`, a
    # module's name as its label) says which part logs, as a class's name there does: each
    # call site's message follows, whatever its words say, not the cause of an operation
    # (`Cardinality: attribute <*> from <*> is missing` / `…: attribute <*> from <*> does not
    # meet minimum cardinality of <*> (<*>)` had been one pattern, `Cardinality: <*>`)
    sites = ("Cardinality: attribute {a} from https://idp-{n}.example.org/metadata is missing",
             "Cardinality: attribute {a} from https://idp-{n}.example.org/metadata does not meet minimum "
             "cardinality of {n} ({m})")
    ids = _ids_in_order([f"4 [{n:010x}] " + sites[n % 2].format(a=a, n=n, m=n + 1)
                         for n, a in enumerate(("urn:oid:0.9.2342.19200300.100.1.1",
                                                "urn:oid:0.9.2342.19200300.100.1.3", "urn:oid:2.5.4.3",
                                                "urn:oid:1.3.6.1.4.1.5923.1.1.1.6"))])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near misses: a word that introduces a value or an error's text (Reason:, Status:), a
    # verb's form (an operation, Scaling:) and a failure's noun (Error:) still take causes
    causes = ("java.net.SocketTimeoutException: Read timed out", "network is unreachable", "Client is closed")
    for label in ("Reason", "Status", "Scaling", "Error"):
        assert _one_pattern(*[f"[{n}] ERROR [main] - {label}: {cause}" for n, cause in enumerate(causes)])


def test_a_paths_names_with_spaces_stay_one_value_after_a_records_header():
    # (round 35, r33a; runs._path_words) near miss of the header's words that anchor no run:
    # a path whose names hold spaces (`/media/TV Shows/The Office/data.db`, masked in pieces)
    # is a value that goes on, its words the value's, which the words around it anchor still
    head = "DEBUG com.netflix.discovery.shared.transport.jersey2.AbstractJersey2EurekaHttpClient:99"
    paths = ("http://34.66.14.164:8080///opt/catalog/backup.tar.gz",
             "https://127.109.82.27:43887/profile/1b83c846//media/TV Shows/The Office/data.db",
             "https://storage-10.lan//var/lib/ledger/app.log",
             "http://[2001:db8::5]:43889/v2/catalog?page=6//media/TV Shows/The Office/users.csv")
    assert _one_pattern(*[f"{head} [worker-{n}] [register] Jersey2 HTTP POST {path} with instance "
                          f"cus_{n:08x}; statusCode=204" for n, path in enumerate(paths)])


def test_a_level_and_its_colon_after_a_tag_and_a_module_end_the_head():
    # (round 35, r33a; templates._level_colon_end, the walk's case since round 36) a head: a program's
    # tag and its bracketed id, then Python's `%(name)s:%(levelname)s:` (pulpcore's `pulp
    # [<id>]: pulpcore.tasking._util:INFO: <message>`); its words anchor no run of the
    # message either (`Created memray memory profile data.` / `Created pyinstrument profile
    # data.` had been one pattern, `Created <*> profile data.`)
    def line(n: int, text: str) -> str:
        return f"pulp [{n:032x}]: app.tasking.util:INFO: {text}"
    texts = ("Created memray memory profile data.", "Created pyinstrument profile data.")
    ids = _ids_in_order([line(n, texts[n % 2]) for n in range(4)])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: four words of the message's own still anchor a run after it
    assert _one_pattern(line(1, "The job runner gave up on big red task before the deadline"),
                        line(2, "The job runner gave up on small task before the deadline"))


def test_a_level_and_its_colon_after_two_names_end_the_head_for_every_rule():
    # (round 36, header36; templates.record_header, docs/patterns.md § The record's head) the
    # head above is the record's for every rule that reads one, not only for the anchor of
    # a run: the message opens after its colon, where no run of words starts but between two
    # failures (`Compacting segment <*> …` / `Rebuilding and verifying segment <*> …` had been
    # one pattern, `<*> segment <*> of volume '<*>'`), one line at a time and in a batch
    def line(n: int, text: str) -> str:
        return f"pulp [{n:032x}]: app.jobs.store:INFO: {text}"
    texts = ("Compacting segment {} of volume 'v{}'", "Rebuilding and verifying segment {} of volume 'w{}'")
    lines = [line(n, texts[n % 2].format(n * 37, n)) for n in range(6)]
    for ids in (_ids_in_order(lines), PatternMiner().add_batch(lines)):
        assert ids[0] == ids[2] == ids[4] != ids[1] == ids[3] == ids[5]
    # near miss: with no level's colon the head is no record's (a message's own colons)
    # and the words after it still vary as a run
    assert _one_pattern(*[f"job [{n:032x}]: app.jobs.store: {texts[n % 2].format(n * 37, n)}"
                          for n in range(6)])


def test_two_functions_among_a_heads_dashed_fields_are_two_call_sites():
    # (round 35, r33a; runs.cause_key) 389 Directory Server's `- LEVEL - <subsystem> -
    # <function> - <message>`: the function's name says where the record is logged, so what
    # follows one function's dash is that function's causes, not another's (the cause's key
    # had masked the name: `… - linked_attrs_add_post_op - Error retrieving post-op entry <*>`
    # folded into `… - linked_attrs_insert_config_index - store [<*>] at head`, `- <*> - <*>`)
    head = "- DEBUG - linkedattrs-plugin - "
    ids = _ids_in_order([head + text for text in (
        "linked_attrs_insert_config_index - store [system] at head",
        "linked_attrs_add_post_op - Error retrieving post-op entry backend_ledger",
        "linked_attrs_insert_config_index - store [public] at head",
        "linked_attrs_add_post_op - Error retrieving post-op entry frontend_cache")])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: one function's causes still fold, whatever their words
    assert _one_pattern(*[f"- ERR - pam_passthru-plugin - do_one_pam_auth - {cause}" for cause in (
        "Connection timed out", "Invalid argument", "Resource temporarily unavailable", "Success")])


def test_the_operation_a_failure_names_is_no_run_of_words():
    # (round 35, r33a; runs.inner_run_at) the words right after `failed to`, `unable to`,
    # `could not`, `cannot` are the operation that failed, each call site's, however many
    # (Symfony's lock store: `One store failed to save the "<*>" lock.` / `One store failed to
    # put off the expiration of the "<*>" lock.` had been one run of words), as score keeps
    # two such verbs apart at one length
    def line(n: int, operation: str) -> str:
        return f'lock.DEBUG: One store failed to {operation} the "{n:032x}" lock. {{"store":"s{n}"}} []'
    operations = ("save", "put off the expiration of", "save", "put off the expiration of")
    ids = _ids_in_order([line(n, operation) for n, operation in enumerate(operations)])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: an error's text the word `error` announces is still one value, whatever its length
    assert _one_pattern(*[f"Request {n} ended with error {text} for task sync" for n, text in enumerate(
        ("connection refused", "certificate has expired", "no route to host"))])


def test_the_first_words_of_a_bracketed_message_after_bracketed_fields_are_no_run():
    # (round 35, r33a; runs.inner_run_at) pixl-logger's `[host][pid][component][level][code]
    # [<message>][<data>]` (Cronicle's): the message's first words, in the bracket that only
    # the head's bracketed fields come before, are the call site's, as after a header's colon
    # (`[…][Successfully connected to slave: <*>][]` / `[…][Reconnecting to slave: <*>][]` had
    # been one run, `[<*> to slave: <*>]`)
    def line(n: int, text: str) -> str:
        return f"[cronicle-1.example.com][{2400 + n}][Cronicle][debug][6][{text} to slave: node-{n}.lan][]"
    ids = _ids_in_order([line(n, ("Successfully connected", "Reconnecting")[n % 2]) for n in range(4)])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: two texts that both read as failures are one error's texts there still
    assert _one_pattern(line(1, "Connection refused while connecting"), line(2, "Timed out connecting"))


def test_a_comma_glued_to_a_keys_masked_value_ends_the_value():
    # (round 36, r34a; runs.key_value_to_end) a printf's `key=%d, ` then the sentence: the key's
    # value is the one value before the comma, and the words after it are the call site's
    # (`Pool.close() slot=<*>, release_slot() not done: <*>` / `…, free_slot() not done: <*>`
    # had been one pattern, `Pool.close() slot=<*>`, the rest read as the key's text)
    def line(n: int, call: str) -> str:
        return f"WARN Pool.close() slot={n}, {call}() not done: {n * 37}"
    ids = _ids_in_order([line(n, ("release_slot", "free_slot")[n % 2]) for n in range(4)])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: a key's unquoted error text of any length, commas and all, is still one value
    assert _one_pattern(
        "sync of shard 3 failed err=dial tcp 10.0.0.1:5432: i/o timeout",
        "sync of shard 4 failed err=EOF",
        "sync of shard 5 failed err=unexpected end, retry later")


def test_a_value_and_its_stop_are_not_a_value_a_colon_and_a_text_follow():
    # (round 36, r34a; templates.fits_other_length) a sentence that ends with its value and
    # the stop glued to it (`Stale entries found in <*>.`) and one whose value a label's colon
    # and a text follow (`Stale entries found in <*>: <*>`) are two call sites: the stop is
    # no part of a value the other's colon and cause replace
    dotted = [f"Stale entries found in {n:08x}." for n in (0x3520BA8, 0x47E7A836, 0x1F00AA)]
    colon = [f"Stale entries found in {n}: {text}" for n, text in (
        (4192, "invalid argument"), (77, "address already in use"), (9, "permission denied"))]
    assert _one_id_each(dotted, colon)
    # near miss: the one value and its stop against values alone, no colon, is still one call site's
    assert _one_pattern("Stale entries found in 3520ba8.", "Stale entries found in 10.0.0.1 17.",
                        "Stale entries found in 47e7a836.")


def test_a_naming_word_before_a_value_is_the_values_key_not_a_name():
    # (round 36, r34a; templates.score) of two words a noun introduces, each right before a
    # value, one a naming word (`uri`, `code`, `service`: a word that introduces a value of
    # its kind): the keys of the two values, each call site's (`HTTP job <*> executed with
    # response code <*>` / `… response body <*>`, `Nacos service <*> was created` / `Nacos
    # instance <*> …` had been one pattern each), not two names of things of the noun's kind
    service = [f"[INFO] Registry service {name} was created successfully!"
               for name in ("main", "audit-replica", "archive_v2")]
    instance = [f"[INFO] Registry instance 10.0.{n}.7:{9000 + n} was created successfully!" for n in range(3)]
    assert _one_id_each(service, instance)
    # near miss: two plain names before a value are still names the noun introduces
    assert _one_pattern("Could not remove stale status checkout /var/lib/a/x.log: gone",
                        "Could not remove stale status events /etc/b/y.log: gone",
                        "Could not remove stale status ledger /srv/c/z.log: gone")


def test_a_verb_before_a_failure_said_after_it_is_the_operation_that_failed():
    # (round 36, r34a; templates.score) `cache write failed` / `cache invalidate failed`,
    # `service close failure` / `service listen failure`: a verb of an operation right before
    # the failure said after it is the operation that failed, each call site's, as the verb
    # after `failed to` is (signalk-server's `… iconUrls cache <*> failed: <*>` had been one)
    def line(operation: str, cause: str) -> str:
        return f"ledger-server:store:token-probe tokenUrls cache {operation} failed: {cause}"
    ids = _ids_in_order([line(operation, cause) for operation, cause in (
        ("write", "connection reset by peer"), ("invalidate", "authentication failed"),
        ("write", "socket hang up"), ("invalidate", "EOF"))])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: names before the failure (no verb of an operation) still vary there
    assert _one_pattern(line("primary", "EOF"), line("replica", "socket hang up"), line("shard-2", "EOF"))


def test_an_operation_of_io_before_a_failure_said_after_it_is_the_call_sites():
    # (round 36, r34a; templates.OPERATION_VERBS) the operations of I/O, parsing and
    # processes read as LEAD_VERBS do there (smokeping's `LDAP: bind error on <*>: <*>` had
    # been one pattern with `LDAP: filter error on <*>: <*>`, `LDAP: <*> error on …`)
    def line(n: int, operation: str) -> str:
        return f"proxy[{n}]: Directory: {operation} error on host-{n}.example.net: connection refused"
    ids = _ids_in_order([line(n, ("bind", "filter")[n % 2]) for n in range(4)])
    assert ids[0] == ids[2] != ids[1] == ids[3]


def test_the_os_error_text_glued_after_its_code_in_brackets_is_one_value():
    # (round 36, r34b; causes._BRACKETED_SYSTEM_ERROR, positions._said) APR's status before a
    # message, `(<code>)<strerror>: <message>` (`ap_log_error`'s and its kin's `(13)Permission
    # denied: …`): the code and the OS's text are one value, any errno's (`Success` too, errno
    # 0's, which no prose glues to a bracketed code), and the message is what follows, so that
    # neither the text becomes the call site's words nor the head's `[module:level]`, the same
    # for every record of a call site, is read as a value because many messages shared the text
    assert mask("(13)Permission denied: unable to open lock file") == "(<*>)<*>: unable to open lock file"
    assert mask("worker (0)Success: child exited") == "worker (<*>)<*>: child exited"
    errors = ("Permission denied", "No such file or directory", "Connection refused", "Success",
              "Broken pipe", "Too many open files")
    messages = (("cache:error", "[client 10.0.0.{n}:{p}] XY0101: unable to open lock file"),
                ("store:crit", "XY0202: could not create shared memory segment"),
                ("proxy:error", "[client 10.0.0.{n}:{p}] XY0303: backend connection failed"),
                ("core:warn", "XY0404: child process exited"))
    miner = PatternMiner()
    ids: dict[str, set[str]] = {}
    for n in range(40):
        module, message = messages[n % 4]
        line = (f"[{module}] [pid {n * 7 + 1}:tid {n * 13 + 2}] ({n * 3 % 200 + 1})"
                f"{errors[n * 5 % len(errors)]}: {message.format(n=n + 1, p=20000 + n)}")
        ids.setdefault(module, set()).add(miner.add(line))
    assert all(len(found) == 1 for found in ids.values())
    assert len(set().union(*ids.values())) == 4
    # near misses: a bracketed code spaced from the program's own words stays theirs (any text
    # glued to it is a status's: test_a_status_text_glued_after_its_code_in_brackets_is_one_value)
    assert mask("(2) Retrying later: unable to open lock file") == (
        "(<*>) Retrying later: unable to open lock file")


def test_two_snake_case_names_after_the_levels_colon_are_two_call_sites():
    # (round 36, r34b; templates' snake_case names after the header's colon, after the level's
    # colon alone too) a C function's name written first in the format after the level's
    # colon, no logger before it (`ERR: <function> invalid state <*>`): two functions, two call
    # sites, as after a qualified logger's colon
    assert _one_id_each(
        [f"ERR: flush_write_queue_disconnect invalid state {n}" for n in (3, 9)],
        [f"ERR: flush_read_queue_disconnect invalid state {n}" for n in (4, 12)])
    # near misses: such a name with its own colon is a label's value, and one not first in
    # the message a value too
    assert _one_pattern("WARNING: orders_cache: evicted 3 entries", "WARNING: users_cache: evicted 4 entries",
                        "WARNING: media_store: evicted 9 entries")
    assert _one_pattern("INFO: worker ledger_sync_job started in 3 ms", "INFO: worker media_index_job started in 4 ms")


def test_the_words_after_a_label_that_opens_the_message_after_the_header_are_no_run():
    # (round 36, r34b; runs.inner_run_at) a capitalised label and its colon right after the
    # record's header (MEL's `warn: <category>[<id>] Pump: <message>`, log4j's `INFO <logger> -
    # Cache: <message>`): a component's or a class's label, and the words after it are the call
    # site's event, as after the header's own colon (`Pump: Rejecting message <*> from …` /
    # `Pump: Not acknowledging message <*> from …` had been one run, `Pump: <*> message <*> …`)
    def line(n: int, text: str) -> str:
        return f"warn: Jobs.Pump.Worker[0] Pump: {text} {n} from queue-{n} with x{n}ab on thread # {n * 7}"
    ids = _ids_in_order([line(n, ("Rejecting message", "Not acknowledging message")[n % 2])
                         for n in range(4)])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    assert _one_id_each(*[[f"INFO orders.Store - Cache: {text} from queue-{n} on thread {n}" for n in (1, 3)]
                          for text in ("Loaded entries", "Dropped stale entries")])
    # near miss: two texts that both read as failures are one error's texts there still
    def failed(n: int, text: str) -> str:
        return f"fail: Jobs.Pump.Worker[0] Pump: {text} while reading from queue-{n} on thread {n * 7}"
    assert _one_pattern(failed(1, "Connection reset by peer"), failed(2, "Timed out waiting for reply"),
                        failed(3, "Broken pipe"))


def test_a_sentence_before_a_key_lists_first_comma_is_the_call_sites_message():
    # (round 36, r34b; tokens._fold_keyed_values) a label's colon, then a sentence that a
    # capitalised verb's form opens, then keys and values (`SSO <name>: Added to angel type
    # <*>, confirmed: <*>, supporter: <*>`): the sentence is the call site's message, no first
    # key's value (two events at one label had been one pattern, `LDAP media: <*>, confirmed: …`)
    assert _one_id_each(
        [f"LDAP media: Added to group {g}, confirmed: {c}, supporter: no" for g, c in (("admins", "no"), ("ops", "yes"))],
        [f"LDAP media: Removed from group {g}, confirmed: {c}, supporter: no" for g, c in (("admins", "no"), ("ops", "yes"))])
    # near misses: a first value that is no sentence still folds (an error's text), and so do
    # the values of the keys after the sentence
    assert tokens("Open folder result: permission denied, path: <*>")[0] == [
        "Open", "folder", "result", ":", WILDCARD, ",", "path", ":", WILDCARD]
    assert _one_pattern("Failed to remove /a/b, errno: No route to host (113)",
                        "Failed to remove /c/d, errno: Broken pipe (32)")


def test_an_operations_words_before_a_failure_said_after_them_are_no_run():
    # (round 36, r34c; runs.inner_run_at) the words of an operation right before a failure said
    # after them, at two lengths (ElasticJob's `Snapshot service listen failure, error is: %s` /
    # `… open socket failure, …`): each call site's, as a verb there is at one length (r34a);
    # they had been one run, `Snapshot service <*> failure, error is: <*>`
    def line(n: int, operation: str) -> str:
        return f"[ERROR] 2024-03-0{n % 9 + 1} --pool-{n}-- Relay: agent {operation} failure, error is: timeout {n}"
    ids = _ids_in_order([line(n, ("bind", "open socket")[n % 2]) for n in range(4)])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: names there (no verb of an operation first) still vary as one value
    assert _one_pattern(line(1, "main"), line(2, "disk pool"), line(3, "main"))


def _ruby(n: int, level: str, text: str, progname: str = "Director") -> str:
    """A record of Ruby's Logger: ``L, [<time> #<pid>]  LEVEL -- progname: <message>``."""
    return (f"{level[0]}, [2024-03-{n % 27 + 1:02d}T10:{n % 60:02d}:00.{n * 7919 % 999999:06d} #{n * 31}]"
            f"  {level} -- {progname}: {text}")


def test_rubys_logger_head_ends_at_the_prognames_colon():
    # (round 37, r35b; templates.record_header) Ruby's Logger, `L, [<time> #<pid>]  LEVEL --
    # progname: <message>`, every Ruby program's default: the level's letter and its comma,
    # the head's values, the level's word, then the program's or class's name (or none) and
    # its colon are the head; the message opens after the colon (no header had been read: the
    # letter was the level, the comma the logger's name)
    assert record_header(_first_tokens(_ruby(1, "INFO", "Checking for new packages in release"))) == (9, 8)
    assert record_header(_first_tokens(_ruby(1, "ERROR", "Checking for new packages", ""))) == (8, -1)
    assert record_header(_first_tokens(
        "I, [2024-03-15T20:05:52.099456 #6] [req-7] INFO -- Director: Checking for new packages")) == (12, 11)
    # a word that names what follows (for, called) introduces a value after a whole sentence
    # of the message's own, its words counted after that head (runs._text_cue): two call sites
    # whose sentence is one word before `for` had been one, `… -- Director: Checking for <*>`
    assert _one_id_each([_ruby(n, "INFO", "Checking for any deployments still using this release version")
                         for n in range(3)],
                        [_ruby(n, "INFO", "Checking for new packages in release") for n in range(3, 6)])
    # near miss: after a whole sentence of the message's own the text after `for` is a value
    assert _one_pattern(*[_ruby(n, "INFO", f"Skipping the upload of stemcell for {text}")
                          for n, text in enumerate(("disk quota exceeded", "lease expired", "connection reset by peer"))])


def test_a_text_right_after_the_records_header_is_the_call_sites_message():
    # (round 37, r35b; batch._message_word) a request's records whose messages are short texts
    # of their own right after the record's header (Ruby's `… INFO -- Director: Network
    # lifecycle check`), each printed at two levels: the header's words (its logger's name)
    # are no word of the message that introduces a text, so each message is its call site's
    # (they had all been one value, `… -- Director: <*>`, one pattern a level)
    texts = ["Deleting deployment properties", "Network lifecycle check", "No errand vms to delete",
             "populated metrics", "Deleted no longer needed instances", "Remove all deployments in release"]
    ids = PatternMiner().add_batch([_ruby(n, level, text) for n, text in enumerate(texts)
                                    for level in ("INFO", "DEBUG")])
    assert len(set(ids)) == len(ids)
    # near miss: after a word of the message's own and a colon, texts printed elsewhere too
    # are still one value (a reason)
    reasons = ["lease expired", "leader changed", "client closed request", "upstream timed out"]
    lines = [_ruby(n, "INFO", f"Sync of deployment skipped: {reason}") for n, reason in enumerate(reasons)]
    lines += [_ruby(n, "WARN", f"Retrying task: {reason}") for n, reason in enumerate(reasons)]
    ids = PatternMiner().add_batch(lines)
    assert len(set(ids[:4])) == 1 and len(set(ids[4:])) == 1


def test_a_capitalised_word_after_a_labels_colon_before_a_failure_is_what_failed():
    # (round 37, r35b; templates.score) a label and its colon (a service's `name(HK):`), then the
    # sentence's first word, capitalised, right before a failure (`Installation failed!` /
    # `Uninstallation failed!`): what failed, two call sites, as after the record's level's
    # colon; they had been one pattern, `<*>(HK): <*> failed! …`
    def hook(n: int, operation: str) -> str:
        return f"svc-{n}.internal(HK): {operation} failed! '/opt/app{n}/hook' exited with status code {n + 1}"
    assert _one_id_each([hook(n, "Installation") for n in range(2)],
                        [hook(n, "Uninstallation") for n in range(2, 4)])
    # near miss: a name a naming word introduces there still varies
    assert _one_pattern(*[f"pool-{n}: task {name} failed! exit {n}"
                          for n, name in enumerate(("Alpha", "Beta", "Gamma"))])


def test_the_operation_an_attempt_names_is_the_call_sites():
    # (round 37, r35b; templates.operation_after_failure_at) an attempt's `tried to`, `trying
    # to`, `attempting to` names the operation tried, as `failed to` names the one that failed:
    # its verb is the call site's (`Tried to update config for service <*> but …` / `Tried to
    # remove service for <*> but …` had been one run, `Tried to <*> <*> but …`)
    def line(operation: str, value: str) -> str:
        return f"hab-sup(MR): Tried to {operation} {value} but could not find it running, skipping"
    sites = [("update config for service", "160aab3d-309d-4cce-986c-e4729a885ee3"),
             ("remove service for", "logs/users.csv"),
             ("update config for service", "efe25735-8bbf-44f0-849d-53cae9413ba6"),
             ("remove service for", "/srv/scheduler/current")]
    lines = [line(*site) for site in sites]
    for ids in (PatternMiner().add_batch(lines), _ids_in_order(lines)):
        assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: the object after the verb still varies
    assert _one_pattern(*[f"worker-{n}: tried to reach {host} over tcp, giving up"
                          for n, host in enumerate(("db-1.internal", "cache-7.internal", "10.0.0.4"))])


def test_a_bracket_after_the_level_and_a_dotted_logger_is_the_heads_context_not_an_operation():
    # (round 37, r35a; runs._separator) oslo.log's and Python's `<time> <pid> WARNING
    # pkg.module [<request context>] <message>`: the bracket after the level and the logger's
    # dotted name is the head's context, every call site's; two messages after it that read as
    # failures had folded as one operation's causes (`… pkg.module [<*>] <*>`)
    def line(n: int, text: str) -> str:
        return f"{n} WARNING billing.api.tokens [None req-{n}a3f-9c2d {n * 7} - - default default] {text}"
    ids = _ids_in_order([line(n, ("Invalid signature", "Request token has no authorizing user id.")[n % 2])
                         for n in range(1, 5)])
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near misses: a message's own words before a bracket still leave its cause after it, and
    # after the head's context a failure's colon still folds its cause
    assert _one_pattern("sync worker [conn-7] connection refused", "sync worker [conn-9] broken pipe")
    assert _one_pattern(line(1, "Failed to verify token: connection refused"),
                        line(2, "Failed to verify token: no route to host"))


def test_a_word_between_a_labels_word_and_its_colon_is_no_value_present_or_not():
    # (round 37, r35a; templates.fits_other_length) `Database User: <name> created` /
    # `Database: <name> created`: two labels, each its call site's; the word between the
    # naming word and the colon had read as the naming word's value, there or not
    assert _one_id_each([f"Database: {n} already exists!" for n in ("orders-7", "stable", "audit")],
                        [f"Database User: {n} already exists!" for n in ("carol", "ubuntu", "ec2-user")])
    # near miss: a name after the naming word before the colon still varies at one length
    assert _one_pattern("Database orders: 3 tables created", "Database users: 4 tables created",
                        "Database audit: 9 tables created")


def test_a_failures_key_after_its_sentence_holds_its_value_up_to_the_next_key_of_its_list():
    # (round 37, r35a; causes.fold_cause) a failure's sentence, then a key list (`mapping rule
    # process failed. mapping_id: <*>, rules: <*>, data: <*>.`): the first key's value is the
    # cause, up to the next key; the keys after it are the record's (a value that read as a
    # failure, `data: KeyError.`, had folded them all, two shapes of one call site)
    assert mask("Token API: rule process failed. mapping_id: c7, rules: inventory, data: KeyError.") == (
        "Token API: rule process failed. mapping_id: <*>, rules: inventory, data: KeyError.")
    assert _one_pattern(*[f"Token API: rule process failed. mapping_id: c{n}, rules: {r}, data: {d}."
                          for n, r, d in ((7, "inventory", "KeyError"), (9, "auto", "app.mailer.Mailer"),
                                          (4, "main", "ValueError"))])
    # near misses: a key's value to the end, no list after it, and a comma in brackets, are the cause's
    assert mask("unrecoverable error. Msg: connection reset by peer") == "unrecoverable error. Msg: <*>"
    assert mask("sync failed. Reason: HTTPConnectionPool(host='x', port: 80) refused") == "sync failed. Reason: <*>"


def test_the_loggers_name_in_the_records_header_is_no_value_a_batch_reads():
    # (round 37, losses37; batch._value_places) SemanticLogger's `L [pid:thread] Class -- message`:
    # the class that logs is the header's logger (record_header), one per call site, as score
    # keeps two apart one line at a time; a batch whose records print several loggers before
    # the same words had read that place as a variable's, every logger one pattern
    loggers = ["SlackDiff", "XMPPDiff", "CiscoSparkDiff", "MatrixDiff"]
    records = [f"I [{n + 3}:main] {logger} -- Posting diff as snippet to repo-{n}" for n, logger in enumerate(loggers)]
    for ids in (_ids_in_order(records), PatternMiner().add_batch(records)):
        assert len(set(ids)) == len(loggers)
    # so is a class's qualified name there (MEL's `info: <category>[<event id>]`), whatever follows it
    classes = ["Shop.Ordering.Api.OrderingService", "Shop.Payments.Events.PaymentHandler",
               "Shop.Basket.Api.BasketService", "Shop.Catalog.Api.CatalogService"]
    records = [f"info: {name}[0] Publishing integration event: {n + 7} - (main)" for n, name in enumerate(classes)]
    assert len(set(PatternMiner().add_batch(records))) == len(classes)
    # near miss: names in the message after the logger still vary as a value in a batch
    names = ["alpha", "bravo", "charlie", "delta"]
    assert len(set(PatternMiner().add_batch([f"I [{n + 3}:main] SlackDiff -- Posting diff to {name} now"
                                             for n, name in enumerate(names)]))) == 1


def test_a_cause_that_is_the_responses_status_keeps_its_class():
    # (round 38, r36b; causes.keep_status_classes) a failure's cause that is the response's
    # status itself, the protocol's name first (Go's `error fetching message %s: HTTP %d`
    # beside `… %s: %s` with an error's text): the call site's field, kept by its class as a
    # status key's is; it had folded into the cause, one pattern with every error's text
    assert mask('level=error msg="error fetching message 5806956: HTTP 502"') == (
        'level=error msg="error fetching message <*>: <*> 5xx"')
    texts = ["disk quota exceeded", "lookup mail.internal: no such host", "EOF"]
    lines = [f'level=error msg="error fetching message {n + 100}: {text}"' for n, text in enumerate(texts)]
    not_found = [f'level=error msg="error fetching message {n + 200}: HTTP 404"' for n in range(2)]
    failing = [f'level=error msg="error fetching message {n + 300}: HTTP 503"' for n in range(2)]
    assert _one_id_each(lines, not_found, failing)
    # near miss: a status said after the error's other words stays the error's text
    assert mask("sync failed: unexpected status 503") == mask("sync failed: broken pipe") == "sync failed: <*>"


def test_a_failover_is_no_failure():
    # (round 38, r36b; causes.FAILURE_WORDS) failover, failback and failsafe name operations
    # and designs, no failure: an ERROR record's `…, aborting failover!` / `…, aborting
    # failover.` (two call sites) had read as one call site's two unmarked causes
    def record(n: int, value: str, mark: str) -> str:
        return (f"2024-05-0{n % 9 + 1} 10:00:00.{n:03d} {n + 40} ERROR octavia.controller.worker [-] "
                f"Unknown load balancer topology found: {value}, aborting failover{mark}")
    values = ["976f52e1-f9c3-44a2-8520-4eddb84dfeaa", "alice", "orders", "ledger-prod"]
    assert _one_id_each([record(n, value, "!") for n, value in enumerate(values)],
                        [record(n + 4, value, ".") for n, value in enumerate(values)])
    # near miss: a word of failure there is still an unmarked cause's (one call site)
    assert _one_pattern("ERROR app: Error while closing socket broken pipe",
                        "ERROR app: Error while closing socket connection refused")


def test_the_records_fields_after_a_cause_are_the_call_sites():
    # (round 38, r36b; causes._after_cause, runs.cause_colon) tracing's and logfmt's fields
    # after a message, to the record's end (`error removing "<path>": <error> id=<id>`): the
    # call site's keys, not words of the error's text; they had folded into the cause, one
    # pattern with the call site that prints none
    assert mask('WARN librqbit::session: error removing "/tmp/a": network is unreachable id=5f85094') == (
        'WARN librqbit::session: error removing "<*>": <*> id=<*>')
    causes = ["network is unreachable", "operation timed out", "Connection refused (os error 111)"]
    with_id = [f'WARN librqbit::session: error removing "/srv/t{n}": {cause} id={n * 7919:x}'
               for n, cause in enumerate(causes)]
    without = [f'WARN librqbit::session: error removing "/srv/u{n}": {cause}' for n, cause in enumerate(causes)]
    assert _one_id_each(with_id, without)
    assert len(set(PatternMiner().add_batch(with_id + without))) == 2
    # near misses: a key inside the error's brackets is the error's (read timeout=<*>), and
    # so is a key whose value holds the rest of the record
    assert mask("update failed due to: HTTPSConnectionPool(host='api', port=443): Read timed out. (read timeout=10)") == (
        "update failed due to: <*>")
    assert mask("sync failed: err=dial tcp 10.0.0.1:80: i/o timeout") == mask("sync failed: err=EOF")


def test_a_sentence_around_a_value_is_no_value_in_words():
    # (round 38, r36b; runs.inner_run_at) two texts at one place, with no cue before them,
    # that each hold a value among two words or more (`is ignored because `<*>` is already
    # set.` / `is ignored in favor of `<*>`.`): each call site's sentence around its value, a
    # value in words holds none; they had read as one run, `is ignored <*>. Please …`
    def line(n: int, rest: str) -> str:
        return (f"WARN martin::config: deprecated config: `key_{n}` is ignored {rest}. "
                "Please remove it from your configuration")
    assert _one_id_each([line(n, f"because `name_{n}` is already set") for n in range(3)],
                        [line(n, f"in favor of `name_{n}`") for n in range(3, 6)])
    # near miss: texts of words alone there are still one value in words
    assert _one_pattern(*[line(n, text) for n, text in enumerate(("by the loader", "for now", "until the next release"))])


def test_a_status_said_before_the_word_status_is_its_class():
    # (round 38, r36b; http.classify) a response's status said right before the word status,
    # after an article or a response's verb (`<url> returned a 503 status`, `responded with
    # 404 status code`): its class names the event, as after the word (`returned status
    # 503`); the code had been a value, every class one pattern
    from otlp_sampler.patterns.http import classify
    assert classify("[webhook] http://x/y returned a 503 status")[0] == "[webhook] http://x/y returned a 5xx status"
    assert classify("server responded with 404 status code")[0] == "server responded with 4xx status code"

    def line(n: int, code: int) -> str:
        return f'level=warning msg="[webhook] https://app-{n}.corp.local/hooks/{n * 37} returned a {code} status"'
    assert _one_id_each([line(n, code) for n, code in enumerate((200, 201, 204))],
                        [line(n, code) for n, code in enumerate((404, 401), 3)],
                        [line(n, code) for n, code in enumerate((500, 503), 5)])
    # near misses: a count of status things, an exit status
    assert classify("sent 3 status updates")[1] == classify("got 200 status updates")[1] == ()
    assert classify("process exit status 1")[1] == ()
def test_a_value_between_two_words_that_another_record_has_together_is_a_word_of_its_call_site():
    # (round 37, r35c; templates.fits_other_length) `Invalid phase1 certificate reference for
    # <*>` / `Invalid certificate reference for <*>`: a value between two words of a sentence,
    # where the other record has those words together, had read as a value one record lacks
    # (one pattern at two lengths)
    assert _one_id_each([f"Error: Invalid stage2 token reference for {n}" for n in ("vpn-7", "edge", "core")],
                        [f"Error: Invalid token reference for {n}" for n in ("vpn-3", "lan", "relay-9")])
    # near misses: a value at the sentence's end, or after a naming word (an empty one), present
    # or not, is still one pattern
    assert _one_pattern("Loaded plugins for worker 3", "Loaded plugins for worker",
                        "Loaded plugins for worker 9")
    assert _one_pattern("Received message with routing key orders-7 via exchange main",
                        "Received message with routing key billing-2 via exchange edge",
                        "Received message with routing key  via exchange audit")


def test_a_name_and_the_call_sites_own_words_after_an_operations_colon_are_no_cause():
    # (round 38, losses38; runs.value_then_own_words, ShapeIndex.trailing_cause) `Room <*> is
    # connected to: <name> (via static config)` / `Room <*> is connected to: <name>`: after the
    # operation's colon a name, then lower-case words that say no failure, are the call site's
    # own words; a record without them is another call site's, not another cause there
    assert _one_id_each([f"Room {n} is linked to: {name} (from static config)"
                         for n, name in ((12, "search_orders"), (7, "audit_log"), (31, "mail-relay"))],
                        [f"Room {n} is linked to: {name}" for n, name in ((5, "edge-db"), (8, "billing_v2"))])
    # near misses: causes that say a failure still fold after the colon, and so do plain words
    # (no name first)
    assert _one_pattern("Job 4 failed to connect to: api_gateway connection refused",
                        "Job 9 failed to connect to: read_replica host unreachable",
                        "Job 2 failed to connect to: timed out")
    assert _one_pattern("worker 3 failed to sync: disk full", "worker 5 failed to sync: lock held by other",
                        "worker 8 failed to sync: permission denied")


def test_a_label_of_the_call_sites_own_after_the_value_past_an_operations_colon_is_no_cause():
    # (round 38, losses38; runs._own_label_after, ShapeIndex.trailing_cause) `Configured
    # address: <*> with SSL config: <*>` / `Configured address: <*>`: after the first value,
    # a label of words of its own (no failure said), its colon and a second value are the
    # call site's, not a longer cause after the operation's colon
    bare = [f"INFO [w-{n}] org.example.net.Server: Bound address: 10.0.0.{n}:80{n}" for n in (1, 2, 3)]
    assert _one_id_each(bare, [f"INFO [w-{n}] org.example.net.Server: Bound address: 10.1.2.{n}:44{n} with TLS"
                               f" profile: Profile{{name='a{n}'}}" for n in (4, 5)])
    assert _one_id_each(bare, [f"INFO [w-{n}] org.example.net.Server: Bound address: 10.1.2.{n}:44{n} with tls"
                               f" profile: {n}" for n in (4, 5)])
    # near miss: a label there that says a failure is the cause's, and folds
    assert _one_pattern("WARN [main] Store: flush failed: 10.0.0.1:801",
                        "WARN [main] Store: flush failed: 10.0.0.2:802 was refused by remote host: 42")


def test_one_more_key_of_a_list_of_keys_and_values_is_another_call_site():
    # (round 38, losses38; runs.more_keys, _more_keys: ShapeIndex.trailing_cause and
    # runs.value_to_end) `streaming: header - since: <*> first_count: <*>` / `… first_count:
    # <*> count: <*>`: a list of keys and values, each key a word after the value before it;
    # one more key after the last value is another field, another call site's, neither more
    # of the last value nor another cause after the logger's colon
    assert _one_id_each([f"TRACE - sync: window - since: 2024-03-0{n} 06:45:10 first_seq: {n * 7}" for n in (1, 2, 3)],
                        [f"TRACE - sync: window - since: 2024-03-0{n} 07:15:00 first_seq: {n * 5} seq: {n * 11}"
                         for n in (4, 5)])
    # near miss: a wrapped error, an operation's colon after the value, still folds there
    assert _one_pattern("WARN backup: upload of <*> failed: dial tcp 10.0.0.1:443: connect: connection refused",
                        "WARN backup: upload of <*> failed: dial tcp 10.0.0.2:443: i/o timeout")


def test_two_noun_phrases_one_opened_by_an_article_are_no_value_in_words():
    # (round 38, losses38; runs.article_phrases, ShapeIndex._inner_run) `… with id "<*>" on a
    # client lifecycle event. …` / `… on extension stop. …`: two runs of lower-case words
    # alone at one place, one opened by an article, neither a failure's: each call site's
    # noun phrase, not one value written in words
    head, tail = "WARN  - Uncaught error was thrown from plugin with id", "Plugins are responsible on their own to handle errors."
    assert _one_id_each([f'{head} "{i}" on a session cleanup task. {tail}' for i in ("7f3e9a1c2b4d", "8a2b3c4d5e6f")],
                        [f'{head} "{i}" on plugin stop. {tail}' for i in ("1b2c3d4e5f6a", "9f8e7d6c5b4a")])
    # near miss: a text that says a failure there is still one value in words
    assert _one_pattern(f'{head} "7f3e9a1c2b4d" on the connection refused by peer. {tail}',
                        f'{head} "8a2b3c4d5e6f" on socket closed. {tail}')
def test_a_name_in_parentheses_in_the_levels_bracket_is_the_records_logger():
    # (round 38, r36a; templates._head_bracket) Serilog's `[<time> <level> (<SourceContext>)]
    # <message>`: the name in parentheses beside the level is the class that logs, the
    # header's logger, one per call site; two classes' records of one text had been one
    # pattern, the class's name a value (`[<*> WRN (<*>)] …`)
    def line(cls: str, n: int) -> str:
        return f"[2024-03-0{n}T10:00:0{n}.123Z WRN (Acme.Core.Recording.{cls})] [{n}] Recording stopped on an IO error"
    assert _one_id_each([line("RawDataRecordTask", n) for n in (1, 2, 3)],
                        [line("StandardRecordTask", n) for n in (4, 5, 6)])
    assert header_logger(_first_tokens(line("RawDataRecordTask", 1))) == 4
    # near miss: a name in parentheses after the head's bracket is the message's, a value there
    assert _one_pattern(*[f"[2024-03-0{n}T10:00:0{n}.123Z WRN] ({name}) Recording stopped on an IO error"
                          for n, name in ((1, "alpha"), (2, "bravo"), (3, "charlie"))])


def test_a_dotted_loggers_digits_after_the_level_are_its_names():
    # (round 38, r36a; masking.logger_with_digit) the logger after the record's level (log4j's
    # `%p %c`, Python's `%(levelname)s %(name)s`, Serilog's `(<SourceContext>)`) keeps a digit
    # of its names, as a Rust target's does (`BasicWebhookV1` / `BasicWebhookV2`: two classes);
    # masked, the two classes' records had been one pattern
    assert mask("[2024-03-20T11:27:21.079Z WRN (Acme.Core.Webhook.BasicWebhookV1)] Sending to http://10.0.0.1/x failed") == (
        "[<*> WRN (Acme.Core.Webhook.BasicWebhookV1)] Sending to <*> failed")
    assert mask("1535 [main] INFO  com.acme.es7.dao.RestDAOV7  - Added index 42") == (
        "<*> [main] INFO  com.acme.es7.dao.RestDAOV7  - Added index <*>")

    def hook(version: int, n: int) -> str:
        return f"[2024-03-0{n}T10:00:0{n}.000Z WRN (Acme.Core.Webhook.BasicWebhookV{version})] Sending webhook to http://10.0.0.{n}:80/x failed"
    assert _one_id_each([hook(1, n) for n in (1, 2, 3)], [hook(2, n) for n in (4, 5, 6)])
    # near misses: a host's name there (a digit in its first name) and a dotted name in the
    # message (a word before the level) are values as before
    assert mask("WARN db1.prod.local unreachable for 12 s") == "WARN <*> unreachable for <*>"
    assert mask("ERROR Failed app.v2 started 3") == "ERROR Failed app.v<*> started <*>"


def test_the_records_level_is_no_word_of_the_message_before_a_naming_words_run():
    # (round 38, r36a; runs.inner_run_at) winston's `info: <message> key="v" key="v"`: a
    # message that opens with a naming word (`User`) and ends at the record's fields is the
    # call site's sentence; the level had counted as the message's word before the run after
    # `User`, so every sentence after it folded into one value (`info: User <*> module=<*>
    # userName=<*>`), as no record without the level does
    users = ["frank", "devops", "anna_k"]
    texts = ["User successfully authorized", "User not found in the database. Creating...",
             "User created successfully"]
    assert _one_id_each(*[[f'info: {text} module="auth" userName="{user}"' for user in users] for text in texts])
    assert len(set(PatternMiner().add_batch([f'info: {text} module="auth" userName="{user}"'
                                             for text in texts for user in users]))) == len(texts)
    # near miss: two of the message's own words before the naming word still let its value in words vary
    assert _one_pattern('info: Removed stale user John Smith from group="admins" by="root"',
                        'info: Removed stale user Alice from group="ops" by="root"')


def test_a_capitalised_word_after_a_labels_colon_before_the_other_sentences_first_word_is_its_own():
    # (round 38, r36a; templates.fits_other_length) `AP: Root Search OK filter=<*>` / `AP: Search
    # OK filter=<*>`: a capitalised word right after a label's colon, where the other record's
    # sentence opens there with a capitalised word, is the first word of another sentence,
    # not a value one record lacks
    filters = ['"age > 30"', '"type = \'A\'"', '"size > 10MB"']
    assert _one_id_each([f"INF AP: Search OK filter={f}" for f in filters],
                        [f"INF AP: Root Search OK filter={f}" for f in filters],
                        [f"INF AP: Account Search OK filter={f}" for f in filters])
    # near miss: a lower-case name there is a value one record lacks, as before
    assert _one_pattern("INF AP: Search OK filter=a", "INF AP: alice Search OK filter=b")


def test_a_scala_objects_class_name_is_no_pattern_anchored_at_its_end():
    # (round 38, r36a; masking._SCALA_OBJECT) a class's name and the `$` Scala's compiler
    # appends to an object's (`JRubyEnvironment$`, `com.acme.Main$`, the logger's name) is a
    # name of code, no regular expression anchored at its end, which masking reads as a value
    assert mask("WARN  JRubyEnvironment$   Could not detect OS version") == (
        "WARN  JRubyEnvironment$   Could not detect OS version")
    assert mask("INFO  worker-1 f.gateway.GatewayServer$ [] - Finished") == (
        "INFO  <*> f.gateway.GatewayServer$ [] - Finished")
    # a batch that holds each class's records twice reads each name as a word of its own, two
    # call sites (a value, one of them had been: one pattern)
    records = [f"WARN  {name}   Could not detect OS version! Defaulting to 'Linux'."
               for name in ("AstGenRunner", "AstGenRunner", "JRubyEnvironment$", "JRubyEnvironment$")]
    assert len(set(PatternMiner().add_batch(records))) == 2
    # near misses: a pattern anchored at its end, a lower-case word's or a stop's, is a value
    assert mask("skipping files matching error$ and .*\\.log$ here") == "skipping files matching <*> and <*> here"


def test_the_first_words_after_a_small_letters_level_that_opens_the_record_are_the_sentences():
    # (round 38, r36a; templates._after_level_colon) winston's `info: <message>`: the level in
    # small letters and its colon open the record, and two capitalised first words after it
    # are two sentences, as after `INFO:` (`info: Removed user from groups successfully. …` /
    # `info: Added user to groups successfully. …` had been one pattern, `info: <*> user <*> …`)
    def line(text: str, user: str, count: int) -> str:
        return f'info: {text} user to groups successfully. module="authEvents" user="{user}" count="{count}"'
    records = [line("Removed", "carol", 38), line("Added", "heidi", 23), line("Removed", "dave", 871),
               line("Added", "erin", 4)]
    ids = _ids_in_order(records)
    assert ids[0] == ids[2] != ids[1] == ids[3]
    # near miss: after `error:` in small letters a capitalised text is as often an error's, a value
    assert _one_pattern("error: Timeout reading from the upstream server",
                        "error: Reset reading from the upstream server")


def test_a_failures_cause_that_is_a_status_alone_keeps_its_class():
    # (round 39, losses39; causes.keep_status_classes, _LONE_STATUS) a status read where logs
    # put one (after `response:`, `response code:`, `status:`) that is the whole text after a
    # failure's colon is the response's status, the call site's field: each class its own
    # pattern (`Unexpected buildinfo response: <*>` had taken every class into one)
    for template in ("[error] Unexpected buildinfo response: {code}",
                     "Fetch of feed-{i} failed, response code: {code}.",
                     "Unexpected status: {code}"):
        miner = PatternMiner()
        ids = {code: {miner.add(template.format(code=code, i=i)) for i in range(3)}
               for code in (200, 404, 503)}
        assert all(len(found) == 1 for found in ids.values())
        assert len(set().union(*ids.values())) == 3
    assert mask("[error] Unexpected buildinfo response: 503") == "[error] Unexpected buildinfo response: 5xx"
    # near misses: a status said in an error's words is the error's text, one cause among the
    # call site's others, and folds whole; a bare number no status reading takes is a value
    assert mask("sync failed: unexpected status 503") == "sync failed: <*>"
    assert mask("sync failed: 503") == "sync failed: <*>"


def test_a_level_and_the_heads_values_alone_are_no_operation_before_a_cause():
    # (round 39, r37a; runs._separates, runs._level_head) logrus's terminal format glues the
    # level, four capitals, to the time's brackets (`ERRO[<time>] <message>`, `WARN[0042] …`):
    # the head, no operation whose cause follows. A word that announces an error right after
    # it (`failed …`), or the bracket's end, had been read as the separator before a cause,
    # the level and the time its context: every call site's message folded into one value
    # (`ERRO[<*>] <*>`, `WARN[<*>] failed <*>`)
    times = ["2024-03-16T07:31:56.790Z", "2024-03-03T17:12:25.112Z", "2024-03-21T20:06:03.850Z"]
    causes = ["request entity too large", "x509: certificate signed by unknown authority", "EOF"]
    for level in ("ERRO", "WARN"):
        link = [f"{level}[{t}] failed link /srv/data/f{n}.json: {c} "
                for n, (t, c) in enumerate(zip(times, causes, strict=True))]
        recover = [f"{level}[{t}] failed recover old obj: {c} " for t, c in zip(times, causes, strict=True)]
        session = [f"{level}[{t}] Doge init session error: {c} " for t, c in zip(times, causes, strict=True)]
        assert _one_id_each(link, recover, session)
        assert len(set(PatternMiner().add_batch(link + recover + session))) == 3
    # near misses: the cause after an operation's colon still folds, and an operation said in
    # words before the word that announces the error is still its context
    assert _template(*[f"WARN[{t}] failed link /srv/a: {c}" for t, c in zip(times, causes, strict=True)]) == (
        "WARN[<*>] failed link <*>: <*>")
    assert _one_pattern("WARN[0042] nightly sync failed: no route to host",
                        "WARN[0043] nightly sync failed: connection refused by peer")


def test_the_verb_after_a_negated_auxiliary_is_the_call_sites():
    # (round 39, r37a; templates.operation_after_failure_at's _COULD_NOT and _CAN_NT) do's and
    # a modal's negation is followed by a bare verb, the sentence's own: `… but it doesn't
    # exist. Not notifying.` / `… but it doesn't have an environment. Not notifying.` (two call
    # sites) had been one run, `doesn't <*>.`, let through by the anchor words around it
    head = " ERROR 1 --- [orders-2] c.netflix.spinnaker.keel.echo.Notifier   : Trying to notify resource"
    assert _one_id_each([f"{head} {name} but it doesn't exist. Not notifying."
                         for name in ("frontend", "ledger")],
                        [f"{head} {name} but it doesn't have an environment. Not notifying."
                         for name in ("PaymentsService", "green", "com.example.api.JsonConverter")])
    assert _one_id_each([f"Upload of {name} to the bucket will not retry. Giving up."
                         for name in ("a.txt", "b.csv")],
                        [f"Upload of {name} to the bucket will not be retried. Giving up."
                         for name in ("c.pdf", "d")])
    # near miss: a negated be is followed by a state's word as often, a value (is not running /
    # is not fully synced yet: one call site)
    assert _one_pattern("Replica db-1 of the primary is not running yet, waiting for it",
                        "Replica db-2 of the primary is not fully synced yet, waiting for it")


def test_a_cause_inside_rubys_inspect_ends_with_it():
    # (round 39, r37a; causes._after_cause, _inspect_end) Ruby's inspect of an exception,
    # `#<Class: message>` (`"failed with #{e.inspect}"`), closes with its `>`: the cause folded
    # after its colon ends there, and the words after it are the call site's. They had folded
    # into the cause, so `…; try tuning the stop_timeout value` and the call site that prints
    # nothing after the exception were one pattern
    assert mask("ERROR -- [web] stop_command failed with #<Errno::ECONNREFUSED: Connection refused - "
                "connect(2)>; try tuning the stop_timeout value") == (
        "ERROR -- [web] stop_command failed with #<<*>: <*>>; try tuning the stop_timeout value")
    errors = ["#<RuntimeError: something went wrong>", "#<Net::ReadTimeout: Net::ReadTimeout>",
              "#<Errno::ECONNREFUSED: Connection refused - connect(2)>"]
    assert _one_id_each([f"ERROR -- [app{n}] stop_command failed with {e}; try tuning the stop_timeout"
                         " value"
                         for n, e in enumerate(errors)],
                        [f"ERROR -- [app{n}] stop_command failed with {e}" for n, e in enumerate(errors)])
    # near misses: a cause with no inspect open before it runs to the end, and an arrow or a
    # masked value inside the inspect ends none
    assert mask("stop failed: Connection refused > retry; try tuning") == "stop failed: <*>"
    assert mask("failed with #<Hook: stage -> deploy>; skipped") == "failed with #<Hook: <*>>; skipped"


def test_a_name_and_its_colon_before_a_list_keyed_by_equals_is_no_key_of_it():
    # (round 39, r37a; tokens._first_key) a list whose keys are marked by `=` (`target =
    # <*>, fingerprint = <*>, err = <*>`) has no key marked by a colon: the name and its colon
    # before its first comma are a label, and the words after it the call site's message.
    # They had been read as the list's first key and its value, one value (`scan: <*>, target
    # = …`): two call sites, `fingerprint probe failed` / `version probe failed`, one pattern
    assert tokens("[W] scan: version probe failed, target = <*>, err = <*>")[0] == [
        "[", "W", "]", "scan", ":", "version", "probe", "failed", ",", "target", "=", "<*>", ",", "err", "=",
        "<*>"]
    targets = ["analytics-service", "profile-2", "UsersStore"]
    errors = ["connection refused", "i/o timeout", "EOF"]
    assert _one_id_each(
        [f"[W]  scan: fingerprint probe failed, target = {t}, fingerprint = main, err = {e}"
         for t, e in zip(targets, errors, strict=True)],
        [f"[W]  scan: version probe failed, target = {t}, fingerprint = main, err = {e}"
         for t, e in zip(targets, errors, strict=True)])
    # near misses: a first key marked as the list's keys are still opens the list (its value
    # one value), and so does one marked by = before a colon of its value
    assert tokens("Open folder result: permission denied, path: <*>, id: <*>")[0][:6] == [
        "Open", "folder", "result", ":", "<*>", ","]
    assert tokens("error=lookup x: no such host, tag=<*>")[0] == ["error", "=", "<*>", ",", "tag", "=", "<*>"]
    # and before one key marked by = alone, the name's colon and that key make the list (a
    # first form that read the colon as a label there split irods' `<function>: <*>, status =
    # <*>`, r30 s0 .936 -> .915)
    assert tokens('{"log_message":"moveMountedCollCollObj: l3Stat for <*> error, status = <*>"}')[0] == [
        "{", '"', "log_message", '"', ":", '"', "moveMountedCollCollObj", ":", "<*>", ",", "status", "=",
        "<*>", "}"]


def test_a_colon_spaced_from_the_name_before_it_is_no_key_of_a_list():
    # (round 39, r37a; tokens._first_key) Spring Boot pads the logger's name before the colon
    # that ends the head (`<logger>    : <message>`): a field's end, no key's mark, so the
    # message up to its first comma is the call site's words, not the value of a key list's
    # first key. `Unable to parse queued code event, ignoring: <*>` / `… published artifact,
    # ignoring: <*>` had been one pattern, `<logger> : <*>, ignoring: <*>`
    head = " WARN 1 --- [accounts-13] c.n.s.keel.sql.SqlWorkQueueRepository    :"
    assert tokens(f"{head} Unable to parse queued code event, ignoring: <*>")[0][7:] == [
        ":", "Unable", "to", "parse", "queued", "code", "event", ",", "ignoring", ":", "<*>"]
    values = ["6OE0TL1S7YI4PZSI9WHA0BSAWZ", "orders", "https://vault-15.internal/health"]
    assert _one_id_each([f"{head} Unable to parse queued code event, ignoring: {v}" for v in values],
                        [f"{head} Unable to parse queued published artifact, ignoring: {v}" for v in values])
    # near misses: a key's colon glued to it still opens the list (its value one value), and
    # before a list keyed by = the spaced colon is read as any colon is there (a first form
    # that read it as the head's end before any list split openremote's `<logger> : <*>,
    # exception=<*>`, r37 s2 .921 -> .910)
    assert tokens("Open folder result: permission denied, path: <*>, id: <*>")[0][:6] == [
        "Open", "folder", "result", ":", "<*>", ","]
    record = "WARNING [main] manager.ProvisioningService : invalid request body, exception=<*>"
    assert tokens(record)[0][-7:] == [
        "manager.ProvisioningService", ":", "<*>", ",", "exception", "=", "<*>"]


def test_two_past_forms_after_a_things_noun_with_the_sentences_stop_are_its_two_events():
    # (round 39, r37b; templates._past_form) the predicate that ends the sentence keeps its
    # stop in the token (`Bootstrap server started.` / `… stopped.`): the thing's two events,
    # as without the stop; the two call sites had been one pattern, `… server <*>`
    assert _apart("Bootstrap server started.", "Bootstrap server stopped.")
    assert _apart("WARN Service restarted!", "WARN Service stopped!")
    ids = PatternMiner().add_batch([f"Gateway [INFO] Cache server {verb}."
                                    for verb in ("started", "stopped", "started", "stopped")])
    assert len(set(ids)) == 2
    # near miss: a name the noun introduces, with the stop, still varies
    assert _one_pattern_both_ways("Connected to server alpha.", "Connected to server beta.")


def test_a_negation_one_record_lacks_is_the_opposite_sentence():
    # (round 39, r37b; templates.one_negation_apart: fits_other_length, runs.inner_run_at) `Segment
    # <*> of <*> not received by peer` / `Segment <*> of <*> received by peer`: a negation one
    # record holds where the other has none says the opposite, two call sites; it had read as
    # a value's second word (a run after `of`) or a word one record lacks, one pattern
    received = [f"Segment {n} of {n * 7 + 3} received by peer" for n in (2, 12, 40)]
    lost = [f"Segment {n} of {n * 5 + 1} not received by peer" for n in (3, 9, 31)]
    assert _one_id_each(received, lost)
    assert _one_id_each(lost, received)
    assert len(set(PatternMiner().add_batch(received + lost))) == 2
    assert _one_id_each([f"INFO [w-{n}] mesh.Ack : Block {n} of 9 acknowledged by peer" for n in (1, 2)],
                        [f"INFO [w-{n}] mesh.Ack : Block {n} of 9 never acknowledged by peer"
                         for n in (3, 4)])
    # near misses: a value in words that holds a negation still varies against one that holds none
    assert _one_pattern("Job 4 failed to connect to: host not reachable",
                        "Job 9 failed to connect to: timed out")


def test_a_class_name_before_the_level_alone_in_brackets_is_the_logger():
    # (round 39, r37b; templates.class_label_at) logback's `%logger{0} [%p] %m`: a class's
    # name in camel case, then the level alone in square brackets, opens the record with the
    # class that logs (`CoapsServerEndpointFactory [WARN] Unable to create DTLS config for
    # endpont <*>.` / `CoapsBootstrapServerEndpointFactory [WARN] …`): two classes are two call
    # sites, as before a colon; they had been one pattern, the name a leading value
    def line(cls: str, n: int) -> str:
        return f"{cls:<20} [WARN] Unable to create TLS config for endpoint http://edge-{n}.lan:80{n}/."
    assert _one_id_each([line("ServerEndpointFactory", n) for n in (1, 2, 3)],
                        [line("BootstrapEndpointFactory", n) for n in (4, 5, 6)])
    records = [f"{cls:<20} [WARN] Destroying {cls} was interrupted."
               for cls in ("RegistrationStore", "RequestSender", "RegistrationStore", "RequestSender")]
    assert len(set(PatternMiner().add_batch(records))) == 2
    # near miss: a class's name in the message, after the level, is a value as before
    assert _one_pattern("RegistryManager      [WARN] Destroying RegistrationStore was interrupted.",
                        "RegistryManager      [WARN] Destroying RequestSender was interrupted.")


def test_two_class_names_before_a_colon_after_a_kinds_tag_are_two_call_sites():
    # (round 39, r37b; templates.score, _kind_tag, _pascal_name) `ACCOUNT FshareVn: <message>` /
    # `ACCOUNT XFSAccount: …`: a class's name in Pascal case before a colon, after a tag in
    # capitals that names its kind (a plugin's type), is the class that logs, as a class's
    # label that opens the record; the tag had read as a naming word (`account <name>`), one
    # pattern `ACCOUNT <*>: <*>`
    def line(cls: str, n: int) -> str:
        return f"ERROR               loader  ACCOUNT {cls}: login failed for user{n}"
    assert _sites_taken_in_turn(line, ("FshareVn", "XFSAccount", "OneFichierCom"))
    # near misses: a naming word in small letters still introduces a name, and so does a
    # plain word after the tag
    assert _one_pattern("ERROR loader: account FshareVn: login failed",
                        "ERROR loader: account OneFichierCom: login failed")
    assert _one_pattern("ERROR loader USER alice: login failed", "ERROR loader USER bob: login failed")


def test_a_phrase_of_words_before_the_records_data_object_is_the_call_sites():
    # (round 39, r37c; runs._phrase_before_object, asked by runs.cause_colon) Node's
    # `log.warn('sync blocked: sender is not a joined peer', { room_id, socket_id })`: the
    # logger prints the call's message, then its data object (util.inspect's `{ key: '<*>' }`,
    # a duration after it); the words after the message's colon are the call site's own
    # sentence, not a library's error text; two such sentences had been one pattern
    # `[server] syncCanvas blocked: <*>`, the phrase and the object folded as a cause
    def line(phrase: str, data: str, n: int) -> str:
        return f"[server] syncCanvas blocked: {phrase} {{ {data}: 'peer-{n}' }} {n * 7}ms"
    assert _one_id_each([line("sender is not a joined peer", "room_id", n) for n in (1, 2)],
                        [line("whiteboard is locked for this sender", "peer_name", n) for n in (3, 4)])
    # near misses: the OS's error text before the object is still a cause (one pattern), and
    # so is a phrase with no object after it
    assert _one_pattern(line("connection refused", "room_id", 1),
                        line("connection reset by peer", "room_id", 2))
    assert _one_pattern("[server] syncCanvas blocked: sender is not a joined peer",
                        "[server] syncCanvas blocked: whiteboard is locked for this sender")


def test_a_sentence_then_the_label_error_after_a_failures_colon_is_the_call_sites_reason():
    # (round 39, r37c; causes.fold_cause, _labelled_error) .NET's `"OAuth2 token validation
    # failed: Invalid signature. Error: {error}"` / `"…: Invalid issuer. Error: {error}"`: the
    # program's reason, a short sentence with its stop, then its label of the error's text; the
    # cause is the text after `Error:`, the reason each call site's words. They had been one
    # pattern `token validation failed: <*>`
    def line(reason: str, error: str) -> str:
        return f"[WRN] Token validation failed: {reason}. Error: {error}"
    errors = ("connection reset by peer", "The operation has timed out.", "not found")
    assert _one_id_each([line("Invalid signature", error) for error in errors],
                        [line("Invalid issuer", error) for error in errors])
    assert (mask(line("Token expired", "not found"))
            == "[WRN] Token validation failed: Token expired. Error: <*>")
    # (round 40, dedupe40; causes._error_key_name) the label is any name of an error key, its
    # colon for the key's `=`: `Exception:`, `error:`, `ErrorMessage:` as `Error:`
    for label in ("Exception", "error", "ErrorMessage", "ERR"):
        assert (mask(f"[WRN] Token validation failed: Token expired. {label}: reset by peer")
                == f"[WRN] Token validation failed: Token expired. {label}: <*>")
    # near misses: a reason with a value in it is folded with the error's text as before, and
    # so is a cause with no label, or a label that names no error key (`Reason:`, `Errors:`)
    assert mask(line("Invalid key 42", "not found")) == "[WRN] Token validation failed: <*>"
    for label in ("Reason", "Errors", "Error message"):
        assert (mask(f"[WRN] Token validation failed: Token expired. {label}: reset by peer")
                == "[WRN] Token validation failed: <*>")
    assert _one_pattern("[WRN] Token validation failed: Invalid signature.",
                        "[WRN] Token validation failed: Invalid issuer.")


# PHP's __FUNCTION__ that opens a record's message (round 39, r37b and r37c; templates.score):
# the function that logs, a call site of its own, or the call site's own word after it. Each
# case: ``line(name, n)``, the names that are each a call site of its own (given in turn,
# ``_sites_taken_in_turn``), more groups of messages each one call site (``_one_id_each``), and
# near misses, each pair one pattern.
_PHP_FUNCTION_NAMES = [
    # (r37b; _after_bracketed_level) `__FUNCTION__.', …'` right after the level alone in square
    # brackets (`[DEBUG] extract_plugin_files, $main_filepath = <*>` / `[DEBUG]
    # extract_theme_files, …`): the functions that log, two call sites, as after a level's
    # colon; they had been one pattern. Near miss: no comma after the name, it may be a value
    # (a table's name) as before
    pytest.param(lambda function, n: (f"[exec={n * 7919:x}]\t[DEBUG]\t{function}, "
                                      f"$main_filepath = /srv/app/f{n}.php"),
                 ("extract_plugin_files", "extract_theme_files", "extract_language_files"), (),
                 (("[INFO] user_sessions table truncated in 5 ms",
                   "[INFO] audit_events table truncated in 7 ms"),),
                 id="two_snake_case_names_and_a_comma_after_the_bracketed_level"),
    # (r37c; _function_name_alone, _after_tag_after_level) `$logger->debug(__FUNCTION__, 'WS',
    # $params)`: the record's message is the name of the function that logs alone, right after
    # the level alone in square brackets or a tag after it (`[DEBUG] [WS] ws_images_exist` /
    # `… ws_images_addFile`): two call sites; they had been one pattern `[DEBUG] [WS] <*>`.
    # Near misses: a name with words after it may be a value as before, and so may one after a
    # word of the message
    pytest.param(lambda function, n: f"[exec={n * 7919:x}]\t[DEBUG]\t[WS]\t{function}",
                 ("ws_images_exist", "ws_images_addFile", "ws_categories_getList"),
                 ([f"[exec={n}] [DEBUG] sync_user_groups" for n in (11, 12)],
                  [f"[exec={n}] [DEBUG] purge_old_sessions" for n in (13, 14)]),
                 (("[INFO] [DB] user_sessions table truncated", "[INFO] [DB] audit_events table truncated"),
                  ("[DEBUG] [WS] ws_images_exist done", "[DEBUG] [WS] ws_images_addFile done"),
                  ("[DEBUG] calling ws_images_exist", "[DEBUG] calling ws_images_addFile")),
                 id="a_functions_name_alone_after_the_bracketed_level_or_its_tag"),
    # (r37c) `__FUNCTION__.', exec='.$id.', skip'` / `…, begins` / `…, ends`: a word alone that
    # ends the record after a key's value and its comma is the call site's own word; a value
    # there comes after its key. They had been one pattern `empty_lounge, exec=<*>, <*>`. Near
    # misses: a key's own value varies as before, and so does a word after a key's value of
    # words (a list's next item: roles=admin, editor)
    pytest.param(lambda word, n: f"[DEBUG] purge_lounge, exec={n * 7919:x}, {word}",
                 ("skip", "begins", "ends"), (),
                 (("[DEBUG] purge_lounge, exec=1f2e, state=skip",
                   "[DEBUG] purge_lounge, exec=2e3f, state=ends"),
                  ("[DEBUG] purge_lounge, roles=admin, editor",
                   "[DEBUG] purge_lounge, roles=admin, viewer")),
                 id="a_word_alone_after_a_keys_value_and_a_comma_at_the_end"),
]


@pytest.mark.parametrize(("line", "names", "groups", "near_misses"), _PHP_FUNCTION_NAMES)
def test_records_opened_by_a_php_functions_name_keep_their_call_sites_apart(
        line: Callable[[str, int], str], names: Sequence[str], groups: Sequence[Sequence[str]],
        near_misses: Sequence[tuple[str, str]]) -> None:
    assert _sites_taken_in_turn(line, names)
    if groups:
        assert _one_id_each(*groups)
    for pair in near_misses:
        assert _one_pattern(*pair)


def test_a_status_text_glued_after_its_code_in_brackets_is_one_value():
    # (round 39, r34again; causes._BRACKETED_SYSTEM_ERROR, positions._said) APR's `"(%d)%s: "`
    # prints its own statuses' texts as it prints the OS's (`(70007)The timeout specified has
    # expired: `, `(20014)Internal error (specific information not available): `) and a
    # resolver's code with its family's name (`(EAI 3)Temporary failure in name resolution: `):
    # a capitalised text glued to a bracketed code, up to a colon, is the status's, one value
    # with its code, and the message is what follows; such texts had stayed words, and where
    # the head reader cut the message at them, a text shared by many call sites was the
    # message of each, the call sites' own messages folded after it as one cause
    assert mask("(70007)The timeout specified has expired: cannot connect to the backend") == (
        "(<*>)<*>: cannot connect to the backend")
    assert mask("(EAI 3)Temporary failure in name resolution: cannot resolve the backend") == (
        "(<*>)<*>: cannot resolve the backend")
    statuses = ("(70007)The timeout specified has expired", "(20014)Internal error (specific information "
                "not available)", "(EAI 3)Temporary failure in name resolution", "(70014)End of file found",
                "(20023)The given path was above the root path", "(EAI -2)Name or service not known")
    messages = (("cache:error", "[client 10.0.0.{n}:{p}] XY0101: unable to open lock file"),
                ("store:crit", "XY0202: could not create shared memory segment"),
                ("proxy:error", "[client 10.0.0.{n}:{p}] XY0303: backend connection failed"),
                ("core:warn", "XY0404: child process exited"))
    miner = PatternMiner()
    ids: dict[str, set[str]] = {}
    for n in range(48):
        module, message = messages[n % 4]
        line = (f"[{module}] [pid {n * 7 + 1}:tid {n * 13 + 2}] {statuses[n * 5 % len(statuses)]}: "
                f"{message.format(n=n + 1, p=20000 + n)}")
        ids.setdefault(module, set()).add(miner.add(line))
    assert all(len(found) == 1 for found in ids.values())
    assert len(set().union(*ids.values())) == 4
    # near misses: a text spaced from its bracket, or in small letters, or holding a value, stays
    # the program's words
    for text in ("(3) Retrying the upload later: the queue is full",
                 "(3)retrying the upload later: the queue is full",
                 "(3)Retrying upload 5 later: the queue is full"):
        assert mask(text) == text.replace("3", WILDCARD).replace("5", WILDCARD)


def test_a_note_in_brackets_after_a_keys_value_at_the_end_is_the_call_sites():
    # (round 39, r34again; runs.value_to_end, _value_and_note) `Room <*> is connected to: <*>` /
    # `Room <*> is connected to: <*> (via static config)`: a note of words in brackets after the
    # value that ends the record is the call site's own words about it, two call sites; it had
    # read as more of the value (the value of a key or a label that holds the rest of the
    # record), one pattern `… connected to: <*>`
    plain = [f"DEBUG ConnectionManager Room {n} is connected to: {name}"
             for n, name in ((8556, "gateway-db"), (7380, "sessions"), (12, "alpha"), (99, "orders-api"))]
    noted = [f"DEBUG ConnectionManager Room {n} is connected to: {name} (via static config)"
             for n, name in ((31, "notifications-17"), (47, "payments-replica"))]
    assert _one_id_each(plain, noted)
    assert _one_id_each(noted, plain)
    # near misses: a note that holds a value stays the value's (`(read timeout=<*>)`), and so
    # does a text of words and values after the value's colon
    assert _one_pattern("DEBUG fetch failed for job 12: read error 7",
                        "DEBUG fetch failed for job 13: read error 9 (read timeout=30)")


def test_a_namespace_after_the_level_names_the_module_that_logs():
    # (round 40, r38a; levels._namespace_at, templates._namespace_after_level) the debug
    # package's namespaces (`logger('controller:Grbl')`), printed after the level: `error
    # controller:Grbl <message>` / `error controller:TinyG …`. The lower-case word after the
    # level had read as a sentence's (`error reading config: …`), so no level field was
    # learned, `error` read as a failure announced and every error call site folded after the
    # namespace's colon, `error controller:<*>`; and the name after the colon read as a label's
    # value, so two modules' records of one message were one pattern
    modules = ("controller:Grbl", "controller:Marlin", "controller:TinyG")
    messages = ("error The sender does not hold off during the paused state",
                'error Serial port "{p}" is not accessible',
                'warn Disconnected from serial port "{p}":')
    assert _one_id_each(*[[message.format(p=p).replace(" ", f" {module} ", 1) for p in (8080, 9092, 5432)]
                          for module in modules for message in messages])
    # near misses: a sentence's words after the level still say a failure whose cause folds,
    # and a naming word's key and value after the level stay a value (`user:alice`)
    assert _one_pattern("error reading config: permission denied", "error reading config: no such file")
    assert _one_pattern("info user:alice logged in from the console", "info user:bob logged in from the console")


def test_the_first_word_after_rubys_logger_level_and_its_empty_program_name_is_the_sentences():
    # (round 40, r38a; templates._after_level_colon) Ruby's Logger with no program name prints
    # `I, [<time> #<pid>]  INFO -- : <message>`: the colon after the level and its dashes is the
    # level's, and the message's first word, capitalised, is its sentence's (`Confirming Order
    # for Proxy Order <*>` / `Placing Order for …`), two call sites, as after `INFO: `; it had
    # read as a value after a label's colon
    confirming = [f"I, [#{pid}]  INFO -- : Confirming Order for Proxy Order {order}"
                  for pid, order in ((2957295, "486f2f1261b7"), (261676, "f5a3f88f0d12"), (7, "fd35413d"))]
    placing = [f"I, [#{pid}]  INFO -- : Placing Order for Proxy Order {order}"
               for pid, order in ((2987, "4bf25adb9992"), (25, "6125940"), (4, "256577"))]
    # (the first record of one site, then the other's: a site's word met once is not settled)
    assert _one_id_each(confirming[:1], placing)
    assert _one_id_each(placing[:1], confirming)
    # near miss: a name after a label's colon that is no level's stays a value
    assert _one_pattern("I, [#12]  INFO -- : worker: Alpha joined the pool",
                        "I, [#13]  INFO -- : worker: Beta joined the pool")


def test_a_word_one_record_has_between_two_words_the_other_has_together_is_its_own():
    # (round 40, r38a; templates._one_token_is_own, asked by fits_other_length) `Cannot change
    # owner of error output file of process tid:<*>` / `… of output file of …`: a word of small
    # letters between two words of a sentence that the other record has side by side is each
    # call site's own word (stderr's file, stdout's), no value one record lacks, which would
    # leave its spaces (`of  output`); it had read as a value inserted after `of`, one pattern
    # `… of <*> output file …`
    plain = [f"WARN Executor Cannot change owner of output file of process tid:{tid}"
             for tid in ("task_EWPu9EYQ", "task_ACPHCss")]
    error = [f"WARN Executor Cannot change owner of error output file of process tid:{tid}"
             for tid in ("task_QZ9dEkuN", "task_x4NaQEM")]
    assert _one_id_each(plain[:1], error)
    assert _one_id_each(error[:1], plain)
    # near misses: after a naming word the value it names stays a value, present or not, and a
    # value between two words stays one
    assert _one_pattern("Published to queue billing on exchange events",
                        "Published to queue on exchange events")
    assert _one_pattern("Cannot change owner of output file 12 of process",
                        "Cannot change owner of output file 13 of process")


def test_a_function_name_alone_after_syslogs_tag_is_the_call_sites():
    # (round 40, r38a; templates.score) ISC dhcpctl's `log_debug("dhcpctl_object_update")`:
    # the message a name of code in snake_case alone, right after syslog's tag (`dhcpd[<pid>]:
    # dhcpctl_object_update` / `…: dhcpctl_wait_for_completion`), is the function that logs,
    # two call sites, as after the level in brackets; the two names had read as a qualified
    # pair, one pattern `dhcpd[<*>]: <*>`
    update = [f"dhcpd[{pid}]: dhcpctl_object_update" for pid in (40, 2, 454982087)]
    wait = [f"dhcpd[{pid}]: dhcpctl_wait_for_completion" for pid in (4, 14, 20549299)]
    assert _one_id_each(update[:1], wait)
    assert _one_id_each(wait[:1], update)
    # near miss: a name with words after it may be a value (`billing_pool exhausted`)
    assert _one_pattern("dhcpd[12]: billing_pool exhausted", "dhcpd[13]: search_pool exhausted")


def test_the_call_sites_sentence_after_a_folded_cause_and_its_stop_is_its_own():
    # (round 40, r38a; causes._own_sentence, runs._value_and_sentence) `Sending message to <*>
    # failed with error: <*>. Dropping the message.` / `… <*>. Will retry the message if within
    # retention interval.` / `… <*>.`: the error's text ends at its sentence's stop, and a
    # sentence of the program's own words after it, capitalised and closing the record, is the
    # call site's, as after a comma (`_own_words`); the cause had folded to the record's end,
    # and a cause that ends the record with its stop held the other two, one pattern for three
    # call sites
    causes = ("certificate has expired", "already exists", "Error: Request failed with status code 502",
              "AbortError: The operation was aborted")
    dropping = [f"ERR! Senders Sending message to {to} failed with error: {cause}. Dropping the message."
                for to, cause in zip(("/tmp/a.db", "key.pem", "10.0.0.1:25", "/var/x"), causes, strict=True)]
    retrying = [f"ERR! Senders Sending message to {to} failed with error: {cause}. Will retry the message "
                "if within retention interval." for to, cause in zip(("/tmp/b.db", "x.pem"), causes[1:3], strict=True)]
    bare = [f"ERR! Senders Sending message to {to} failed with error: {cause}."
            for to, cause in zip(("/tmp/c.db", "y.pem"), causes[2:], strict=True)]
    assert _one_id_each(bare, dropping, retrying)
    assert _one_id_each(dropping, retrying, bare)
    # near misses: an error's text whose second sentence says a failure, or that goes on with
    # no stop at the record's end, stays the cause's; so does a label and a name after it, no
    # sentence of prose (`Skipping collection alpha!`: the name a value)
    assert _one_pattern("Sending message failed with error: The operation has timed out. The peer was refused.",
                        "Sending message failed with error: connection refused")
    assert _one_pattern("Sending message failed with error: The operation has timed out. Please retry later",
                        "Sending message failed with error: connection refused")
    assert _one_pattern("Error while loading a collection: connection reset by peer. Skipping collection alpha!",
                        "Error while loading a collection: EOF. Skipping collection beta!")


def test_the_call_sites_own_sentence_is_tied_by_any_word_of_prose():
    # (round 41, dedupe41; causes.PROSE_WORDS, read by causes._own_sentence and
    # runs._value_and_sentence alike) the call site's own sentence after a folded cause and
    # its stop is told by a word that ties prose; the two halves of that rule read two lists,
    # and the one on the masked text knew no preposition, negation nor adverb of prose
    # (`Dropping the message without retry.` was the call site's, `Dropping message without
    # retry.` the cause's words): one list, so a sentence tied by `without`, `on` or `to` is the
    # call site's as one tied by `the` is
    causes = ("certificate has expired", "already exists", "Error: Request failed with status code 502",
              "AbortError: The operation was aborted")
    head = "ERR! Senders Sending message to"
    dropping = [f"{head} {to} failed with error: {cause}. Dropping message without retry."
                for to, cause in zip(("/tmp/a.db", "key.pem", "10.0.0.1:25", "/var/x"), causes, strict=True)]
    skipping = [f"{head} {to} failed with error: {cause}. Moving on to next peer."
                for to, cause in zip(("/tmp/b.db", "x.pem"), causes[1:3], strict=True)]
    bare = [f"{head} {to} failed with error: {cause}."
            for to, cause in zip(("/tmp/c.db", "y.pem"), causes[2:], strict=True)]
    assert _one_id_each(bare, dropping, skipping)
    assert _one_id_each(dropping, skipping, bare)
    # near miss: a label and a name after the stop, no word of prose, is still the cause's
    assert _one_pattern("Sync failed with error: connection reset by peer. Skipping peer alpha.",
                        "Sync failed with error: EOF. Skipping peer beta.")


def test_a_word_after_a_possessive_pronoun_is_a_modifier_as_after_an_article():
    # (round 41, dedupe41; causes.PROSE_WORDS, which took _own_sentence's `we`, `you`, `your`,
    # `our`, `unless`) a word between `your` or `our` and a noun says which of the program's
    # things the call site means (`Opening your local archive now` / `… remote …`), as after
    # `the`, `its` or `this`: two call sites, one pattern `Opening your <*> archive now` before
    assert _apart("Opening your local archive now", "Opening your remote archive now")
    assert _apart("Syncing our primary replica", "Syncing our standby replica")
    # near miss: a name after a naming word is still a value, after `your` as after `the`
    assert _one_pattern("Removed your user alice", "Removed your user bob")
    assert _one_pattern("Removed the user alice", "Removed the user bob")


def test_a_kind_glued_to_its_instances_number_that_opens_the_message_is_the_call_sites():
    # (round 40, weak40; templates.two_numbered_leads) Elixir's `Logger.debug("stream/#{id}:
    # state: …")`, a process named by its kind and its number: the number is the value, the
    # kind the call site's text, so `stream/<*>:` and `consumer/<*>:` after the level alone in
    # brackets are two call sites; before, the leading name after the level was let go as a
    # value (`[debug] <*>: state: :<*>`), the kind with its number
    streams = ["[debug] stream/78: state: :unhealthy", "[debug] stream/710101: state: :online"]
    consumers = ["[debug] consumer/15: state: :pending", "[debug] consumer/10892: state: :follower"]
    producers = ["[debug] producer/13828: state: :failed", "[debug] producer/51552: state: :stopping"]
    assert _one_id_each(streams, consumers, producers)
    assert _one_id_each(["[info] consumer/3853527: connected", "[info] consumer/290: connected"],
                        ["[info] producer/7870: connected", "[info] producer/375: connected"])
    # and by `#` (Hyperf's `Worker#<*>`), as score keeps two such names apart elsewhere
    assert _one_id_each(["[info] TaskWorker#2: started", "[info] TaskWorker#5: started"],
                        ["[info] Worker#7: started", "[info] Worker#1: started"])
    # near misses: a leading name that varies whole (a plain name, no number glued) is still
    # let go as a value, and one kind with its numbers is one pattern
    assert _one_pattern("[info] ledger: connected", "[info] billing-api: connected",
                        "[info] orders_v2: connected")
    assert _one_pattern_both_ways("[debug] stream/78: state: :unhealthy",
                                  "[debug] stream/9: state: :online")


def test_a_dotted_logger_after_the_thread_and_a_spaced_dash_is_the_call_sites():
    # (round 40, weak40; templates._logger_at) a head of the level, a thread and a spaced dash
    # before the logger's dotted name (cljdoc's `INFO <thread> - cljdoc.server.system Starting
    # :cljdoc/storage`, indico's `%(levelname)s %(request_id)s - %(name)s %(message)s`): the
    # logger is the module that logs, one per call site, as right after the level or after
    # the level and the thread; before, two modules' `Starting :<*>` were one pattern once
    # one module's keyword had varied
    threads = ["main", "worker-3", "billing-16", "profile-7", "sessions-prod", "hourly", "users-8", "nightly"]
    parts = ["storage", "analysis-service", "tea-time", "db-backup", "metrics-logger", "search", "cache", "jobs"]
    system: set[str] = set()
    optimizer: set[str] = set()
    miner = PatternMiner()
    for n, thread in enumerate(threads * 2):
        system.add(miner.add(f"INFO {thread} - app.server.system Starting :app/{parts[n % 8]}"))
        optimizer.add(miner.add(f"INFO {threads[(n + 3) % 8]} - app.sqlite.optimizer Starting :app/sqlite-optimizer"))
    assert len(optimizer) == 1
    assert not optimizer & system
    # near miss: a dotted name after a dash that no level and thread come before is the
    # message's, a value as often (`<*> - api.example.com unreachable`), and still varies
    assert _one_pattern("12 - api.example.com unreachable after 3 tries",
                        "13 - db.example.org unreachable after 5 tries",
                        "14 - cache.example.net unreachable after 9 tries")


def test_two_past_forms_before_one_noun_after_a_preposition_are_two_events():
    # (round 40, weak40; templates.kind_modifiers_before_noun in score) Quartz.NET's `Error while notifying
    # SchedulerListener of resumed group: <*>` / `… of paused group: <*>`: after `of` a word
    # reads as a value's, but two verbs' past forms before the same noun say what happened to
    # the noun's thing, the event each call site reports; before, one pattern `… of <*> group:`
    resumed = [f"fail: Quartz.Core.QuartzScheduler[0] Error while notifying SchedulerListener of resumed group: {g}"
               for g in ("IndexerService", "primary", "reports")]
    paused = [f"fail: Quartz.Core.QuartzScheduler[0] Error while notifying SchedulerListener of paused group: {g}"
              for g in ("billing", "DEFAULT", "nightly")]
    assert _one_id_each(resumed, paused)
    assert _one_id_each(paused, resumed)
    # near miss: a name of the preposition's before the noun still varies (`for orders_v2
    # queue` / `for billing_v3 queue`)
    assert _one_pattern("Rebalancing partitions for orders_v2 queue: 4 moved",
                        "Rebalancing partitions for billing_v3 queue: 9 moved")


def test_a_pattern_the_batch_made_that_a_larger_one_of_the_batch_covers_is_that_one():
    # (round 40, losses40; miner._join_covered, ShapeIndex.covering) a call site's first record
    # names a thing with a word, its second another word: two patterns until a record shows the
    # place to vary (a name with a digit, a value to masking); the first pattern generalizes,
    # the second stays a pattern of one record that the first's template now covers. No id of
    # the request's patterns is given before add_batch returns, so that record takes the id of
    # the pattern of more records whose template covers it
    def line(name: str, n: int) -> str:
        return f'level=warning msg="Failed obtaining list of relay servers for {name}: timeout after {n}s"'
    names = ["gateway-replica", "ledger-api", "archive-2", "orders-7", "users-3", "payments-12"]
    lines = [line(name, n) for n, name in enumerate(names)]
    miner = PatternMiner()
    ids = miner.add_batch(lines)
    assert len(set(ids)) == 1
    assert miner.template(ids[0]) == 'level=warning msg="Failed obtaining list of relay servers for <*>: <*>"'
    # one record at a time the second record's pattern has been given (the join is the batch's)
    one_by_one = PatternMiner()
    assert len({one_by_one.add(text) for text in lines}) == 2
    # later records of the joined text keep the id
    assert miner.add(lines[1]) == ids[0]
    assert set(miner.add_batch(lines[:2] * 2)) == {ids[0]}
    # near miss: a pattern of as many records as the one whose template covers it stays apart
    # (a word said again and again is an event's as often as a value's)
    twice = [line("gateway-replica", 1), line("ledger-api", 2), line("ledger-api", 3), line("archive-2", 4)]
    ids = PatternMiner().add_batch(twice)
    assert len(set(ids)) == 2 and ids[1] == ids[2] != ids[0] == ids[3]
    # near miss: a pattern an earlier request made keeps its id (it has been given)
    miner = PatternMiner()
    first = miner.add_batch([*lines[:2], line("gateway-replica", 9)])
    assert len(set(first)) == 2
    later = miner.add_batch(lines[2:])
    assert set(later) == {first[0]} and miner.add(lines[1]) == first[1]


def test_an_errors_text_after_a_run_anchors_no_run_before_it():
    # (round 40, r38b; runs.inner_run_at, _error_after) Go's `"failed to close %s, %v"` style:
    # `failed to close response, etcdserver: request timed out` / `failed to close avatar store,
    # etcdserver: …` / `failed to close file main, …`: the words after the run were an error's
    # text (a comma or a colon, then what a library said, which reads as a failure), printed by
    # any call site that met that error, and they anchored the run before them as the call
    # site's own words do: three call sites, one pattern `failed to close <*>, etcdserver: …`.
    # Such a text anchors no run: the things closed are each call site's
    for error in ("etcdserver: request timed out", "unexpected EOF", "connection refused"):
        assert _apart(f"[WARN]  failed to close response, {error}",
                      f"[WARN]  failed to close avatar store, {error}",
                      f"[WARN]  can't get comment's 28525 text for image extraction, {error}")
    # near misses: the call site's own words after the comma still anchor a run (no failure said
    # there, or a sentence longer than a library's short texts), and a value a naming word
    # introduces still varies before an error's text
    assert _one_pattern("[WARN]  failed to close response, skipping the rest of the batch",
                        "[WARN]  failed to close avatar store, skipping the rest of the batch")
    assert _one_pattern("[WARN]  failed to close response, no fallback route found in the table",
                        "[WARN]  failed to close avatar store, no fallback route found in the table")
    assert _one_pattern("[WARN] could not stop the sessions-worker service, connection refused",
                        "[WARN] could not stop the billing service, connection refused")


def test_a_class_method_in_the_tag_after_the_level_is_the_call_sites():
    # (round 40, r38b; templates.score, _CLASS_METHOD) Python's `logger.error("[%s.%s] %s", …)`
    # written out, `thumbor:ERROR [BaseHander.execute_image_operations] database is locked` /
    # `thumbor:ERROR [exif] database is locked`: a class's name and one of its methods, dotted, in
    # the tag right after the level, names where the record is logged; the tag had read as a mark
    # in brackets, a value another tag stands for, and two call sites that met one error were one
    # pattern `thumbor:ERROR [<*>] database is locked`
    for error in ("database is locked", "already exists"):
        assert _one_id_each([f"thumbor:ERROR [BaseHander.execute_image_operations] {error}"] * 2,
                            [f"thumbor:ERROR [exif] {error}"] * 2)
        assert _apart(f"ERROR [ImageHandler.finish_request] {error}",
                      f"ERROR [ImageHandler.execute_operations] {error}")
    # near misses: two plain tags there still vary as a value (a thread's, a worker's)
    assert _one_pattern("ERROR [worker-1] database is locked", "ERROR [worker-2] database is locked")
    assert _one_pattern("ERROR [exif] database is locked", "ERROR [thumbs] database is locked")


def test_the_word_after_a_verb_that_is_never_a_noun_is_its_object_not_a_name():
    # (round 40, r38b; templates._BASE_VERBS, noun_names_at) `make data store, type=<*>` / `make
    # avatar store, type=<*>`, `MiroTalk get stats - …` / `… get token - …`: the word before had
    # read as a thing's noun that introduces a name after it (`Monitor canary added`), one
    # pattern each (`make <*> store, type=<*>`); a verb in its base form that names no thing
    # (make, create, get, fetch, …) is followed by its object, each call site's
    assert _one_id_each(["[INFO]  make data store, type=public", "[INFO]  make data store, type=metrics"],
                        ["[INFO]  make avatar store, type=scheduler",
                         "[INFO]  make avatar store, type=uploads"])
    assert _apart("[server] MiroTalk get stats - Authorized", "[server] MiroTalk get token - Authorized")
    # near misses: a thing's noun still introduces a name, and so does a verb that names a thing
    # as often (a build, a mount), and a hyphenated name after any verb is still a value
    assert _one_pattern("Monitor canary added", "Monitor gateway-db added")
    assert _one_pattern("INFO build alpha finished in 3 s", "INFO build beta finished in 4 s")
    assert _one_pattern("INFO fetch orders-db feed from upstream", "INFO fetch billing feed from upstream")


def test_no_run_holds_two_http_status_classes():
    # (round 40, r38b; runs.inner_run_at, _other_status_classes) Go's `"completed, status=%d,
    # %s", resp.StatusCode, body`: `completed, status=404, <body>` / `completed, status=301,
    # <body>` read as a key's value to the end, one run, one pattern `completed, status=<*>`; the
    # status's class names the event (the exact cache keeps one pattern per first digit), so no
    # run holds two classes
    miner = PatternMiner()
    ids = [miner.add(f"[INFO]  completed, status={code}, {body}")
           for code, body in ((404, "indexer_v2"), (301, "stable.catalog"), (200, "alpha"), (203, "beta"),
                              (410, "archive"))]
    assert ids[0] == ids[4] and ids[2] == ids[3] and len({ids[0], ids[1], ids[2]}) == 3
    # near miss: one class on both sides, the rest of the value still one run
    assert _one_pattern("[INFO]  completed, status=200, alpha",
                        "[INFO]  completed, status=204, stable.catalog")


def test_a_namespace_path_after_the_level_and_its_colon_is_the_category_that_logs():
    # (round 40, r38c; runs._separates, _NAMESPACE_PATH) .NET's console logger prints
    # `<level>: <Category>: <message>` (`fail: NBXplorer.Indexer.BTC: Node disconnected with
    # exception` / `fail: …: Invalid response from RPC server <error>`): the colon after the
    # category was read as an operation's before its cause, and every message that reads as a
    # failure folded to `fail: <Category>: <*>`; a dotted path of capitalised names is a class's
    # full name, the category that logs, and the message after it the call site's own
    assert _apart("fail: Acme.Indexer: Node disconnected with exception",
                  "fail: Acme.Indexer: Invalid response from RPC server")
    assert _apart("warn: Acme.Sync.Worker: Unable to reach the peer",
                  "warn: Acme.Sync.Worker: Failed to load the checkpoint")
    # near misses: a name alone or a file's name after the level is still an operation's
    # context as often (error: gettimeofday: <strerror>, error: config.yaml: <cause>), and
    # the message after the category still holds its values
    assert _one_pattern("error: config.yaml: permission denied",
                        "error: config.yaml: no such file or directory")
    assert _one_pattern("fail: Indexer: Node disconnected with exception",
                        "fail: Indexer: Invalid response from RPC server")
    assert _one_pattern("info: Acme.Indexer: Rebroadcasted 4096 blocks",
                        "info: Acme.Indexer: Rebroadcasted 12 blocks")


def test_a_source_files_line_after_at_that_ends_the_record_is_the_call_sites_place():
    # (round 40, r38c; masking.at_location, templates._closing_line) C programs print where
    # their own code stands (ISC's `log_error("Impossible condition at %s:%d.", MDL)`, MDL being
    # `__FILE__, __LINE__`): `Impossible condition at dhcpv6.c:2699.` / `… at options.c:3501.`,
    # one pattern `… at <*>:<*>` before; a source file's name and its line after `at` that end
    # the record are the call site's place, each line its own call site
    assert _apart("dhcpd[12]: Impossible condition at dhcpv6.c:2699.",
                  "dhcpd[13]: Impossible condition at dhcpv6.c:2073.",
                  "dhcpd[14]: Impossible condition at options.c:3501.")
    assert _one_pattern("dhcpd[12]: Impossible condition at dhcpv6.c:2699.",
                        "dhcpd[977]: Impossible condition at dhcpv6.c:2699.")
    assert _apart("assertion failed at src/queue.rs:88", "assertion failed at src/queue.rs:120")
    # near misses: a location after another word, or a host and port after `at`, is a value
    assert _one_pattern("parsing conf/app.go:12", "parsing conf/db.go:40")
    assert _one_pattern("listening at db.example.com:5432", "listening at cache.example.com:6379")


def test_a_functions_camelcase_name_after_in_before_the_causes_colon_is_the_call_sites():
    # (round 40, weak40b; templates.score, `previous == "in"`) Go's `log.Errorf("[CALDAV]
    # Failed to convert description in UpdateResource: %v", err)` and its twin in
    # CreateResource: the function a failure happened in, named in CamelCase by the call
    # site right before the cause's colon, is where the record is logged; before, the two
    # were one pattern (`… in <*>: <*>`) once both had been seen
    updates = ['level=ERROR msg="[CALDAV] Failed to convert description in UpdateResource: EOF"',
               'level=ERROR msg="[CALDAV] Failed to convert description in UpdateResource: '
               'context deadline exceeded"']
    creates = ['level=ERROR msg="[CALDAV] Failed to convert description in CreateResource: EOF"',
               'level=ERROR msg="[CALDAV] Failed to convert description in CreateResource: no such host"']
    assert _one_id_each(updates, creates)
    assert _one_id_each(["Exception in ResolvingAssembly: timeout", "Exception in ResolvingAssembly: EOF"],
                        ["Exception in LoadingModule: timeout", "Exception in LoadingModule: EOF"])
    # near misses: one function's name with its causes is one pattern, and a plain value
    # after `in` (a lower-case name, no CamelCase) is still let go as a value
    assert _one_pattern_both_ways("Exception in ResolvingAssembly: timeout",
                                  "Exception in ResolvingAssembly: EOF")
    assert _one_pattern("Error in pipeline-7: timeout", "Error in billing: EOF", "Error in orders_v2: EOF")


def test_a_functions_camelcase_name_after_in_before_a_comma_and_the_causes_key_is_the_call_sites():
    # (round 41, weak41b; templates.score, `previous == "in"` before `, error:`) Go's
    # `logs.Error("AppendWebConfigCookie failed in StaticFilter, error: %s", err)` written in
    # each function that calls it: the function named in camelCase after `in`, before a
    # comma and the cause's key, is where the record is logged, as before the cause's colon;
    # before, one pattern (`… failed in <*>, error: <*>`)
    assert _one_id_each(
        ["[E] Cookie update failed in GetAccount, error: connection refused",
         "[E] Cookie update failed in GetAccount, error: EOF"],
        ["[E] Cookie update failed in StaticFilter, error: connection refused",
         "[E] Cookie update failed in StaticFilter, error: EOF"],
        ["[E] Cookie update failed in serveCallbackPage, error: i/o timeout",
         "[E] Cookie update failed in serveCallbackPage, error: EOF"],
    )
    # near miss: a plain value after `in` (no capital inside) is still let go as a value
    assert _one_pattern("[E] Cookie update failed in pipeline-7, error: EOF",
                        "[E] Cookie update failed in billing, error: timeout",
                        "[E] Cookie update failed in orders_v2, error: EOF")


def test_two_ing_forms_opening_the_message_after_the_level_are_two_operations():
    # (round 40, weak40b; templates._gerund) nix's `warning: creating lock file '%s'` and
    # `warning: updating lock file '%s'`, each with what follows on the next line: the
    # message's first word after the level, a verb's -ing form the same words follow, is the
    # operation the call site reports, as two capitalised first words are two sentences;
    # before, a batch made them one pattern (`warning: <*> lock file <*>: <*>`) once a path
    # with spaces had been let go as a run
    updating = ["warning: updating lock file /var/lib/app/state.db:\ncelery.worker.Consumer",
                "warning: updating lock file /etc/app/main.go:\nOrders.Api.Controller",
                "warning: updating lock file /opt/snapshot.bin:\nUserService"]
    creating = ["warning: creating lock file /srv/My Music/The Band/track (2).mp3: \nSystem.IO.File"]
    lines = [updating[0], creating[0], updating[1], updating[2]]
    ids = PatternMiner().add_batch(lines)
    assert ids[1] not in (ids[0], ids[2], ids[3])
    assert len(_ids(*lines)) == 2
    # near miss: one operation's records are one pattern, both ways; and `loading` /
    # `unloading` apart as before
    assert _one_pattern_both_ways(*updating)
    assert _one_id_each(["info: loading plugin alpha", "info: loading plugin beta-2"],
                        ["info: unloading plugin alpha", "info: unloading plugin gamma"])
    # the -ing form is read by templates.verb_form: a noun that ends so (a vowel-less stem,
    # `string`, `bring`) opens no operation
    from otlp_sampler.patterns.templates import _gerund
    assert _gerund("creating") and _gerund("updating")
    assert not any(_gerund(word) for word in ("string", "spring", "king", "Loading", "ring"))


def _fc(level: str, time: str, thread: str, location: str, method: str, message: str) -> str:
    # fc's console appender (AntelopeIO leap): the level padded to 5, the time, the thread's
    # name, the file and line padded to 29, the method padded to 20, then `] `
    return f"{level:<5} {time} {thread} {location:<29} {method:<20} ] {message}"


def test_a_padded_code_location_after_one_name_in_the_head_is_the_call_sites():
    # (round 41, r39b; masking.head_location) fc's console appender prints `<level> <time>
    # <thread> <file>:<line>   <method> ] <message>`, the location a padded column of a
    # fixed-width head: a word of prose before it (the thread's name, `nodeos`, `net`) had made
    # it a value the message names, so one call site's records were two patterns (the location
    # kept after a capitalised thread's name, a value after a lower-case one) and two lines of
    # one file one pattern
    times = ("2024-03-15T03:09:16.295", "2024-03-15T03:09:17.001", "2024-03-16T11:00:42.870")
    threads = ("nodeos", "nodeos", "net-3")
    rejecting = [_fc("warn", t, th, "controller.cpp:1838", "start_block",
                     f"onblock {n} is REJECTING: {n * 7}")
                 for t, th, n in zip(times, threads, (14, 6, 28), strict=True)]
    other_line = [_fc("warn", t, th, "controller.cpp:1850", "start_block", f"onblock {n} is REJECTING: {n}")
                  for t, th, n in zip(times, threads[::-1], (3, 9, 1), strict=True)]
    assert _one_id_each(rejecting, other_line)
    assert _one_id_each(other_line[::-1], rejecting[::-1])
    qualifier = [_fc("error", t, th, "deep_mind.cpp:45", "prefix", "Unknown operation_qualifier")
                 for t, th in zip(times, ("chain", "chain", "prod-1"), strict=True)]
    assert _one_pattern_both_ways(*qualifier)
    # near misses: a location after a word of the message, with one space after it, is a
    # value the message names; so is one after two words of prose, padded or not
    assert _one_pattern("info  1710450340 parsing conf/app.go:12 done",
                        "info  1710450341 parsing conf/db.go:40 done")
    assert _one_pattern("loading the file conf/app.go:12   now", "loading the file conf/db.go:40   now")


def test_a_warning_letter_opening_the_head_is_no_word_of_prose_before_a_code_location():
    # (round 41, r39b; masking._prose_word) Ruby's Logger with the caller's place in the
    # message (`Log.warn` as mcollective's `Log.from` writes it: `W, [#<pid>]  WARN -- :
    # runner.rb:273:in \`soft_shutdown' <message>`): the record's first letter, W, is the
    # level's, as D, E, F, I and T are, no word of prose; read as one, the location after it
    # was a value, so two call sites of one message were one pattern (`<*>:in \`<*>' …`) while
    # the ERROR records' (`E, …`) were apart
    def warn(pid: int, place: str, text: str) -> str:
        return f"W, [#{pid}]  WARN -- : {place} {text}"
    windows = [warn(pid, "runner.rb:273:in `windows_soft_shutdown'", "Shutting down normally.")
               for pid in (10, 4, 1)]
    plain = [warn(pid, "runner.rb:253:in `soft_shutdown'", "Shutting down normally.")
             for pid in (2, 824177, 9)]
    assert _one_id_each(windows, plain)
    assert _one_id_each(plain[::-1], windows[::-1])
    # near misses: a capital that is no level's letter (`A`) is still a word of prose, so the
    # location after it is a value the message names
    assert _one_pattern("A file conf/app.go:12 changed", "A file conf/db.go:40 changed")


def test_a_bracketed_aside_where_another_record_has_words_is_its_own():
    # (round 41, r39b; templates.score, _words_against_brackets) h2o's `failed to change the
    # running user (are you sure you are running as root?)` and `failed to change the running
    # user of neverbleed daemon`: the aside, masked `(<*>)`, is three tokens as the other's
    # three words are, and six constants of nine in common had made them one pattern (`… the
    # running user <*> <*> <*>`); a round bracket's marks where the other record has words
    # at both are each call site's own end of the sentence
    aside = "failed to change the running user (are you sure you are running as root?)"
    words = "failed to change the running user of neverbleed daemon"
    assert _one_id_each([aside, aside], [words, words])
    assert _one_id_each([words], [aside])
    # near misses: two asides of one call site are one pattern, and a value in brackets where
    # the other record has a mark (a value's own brackets) is let go as before
    assert _one_pattern_both_ways("job 12 finished (took 3s)", "job 40 finished (took 17s)")
    assert _one_pattern_both_ways("connection closed by peer (reset)", "connection closed by peer (timeout)")


def test_a_verbs_past_form_after_error_goes_on_with_the_call_sites_sentence():
    # (round 41, r39b; runs._CLAUSE_WORDS) fluvio's tracing `error!(%e, "Error encountered
    # processing records in sink connector")` / `"… producing records in source connector"`:
    # `encountered` after `Error`, as `occurred` and `happened` are, is the sentence's verb, and
    # the words after it the call site's own, no error's text `Error` announces (the two had
    # been one pattern `Error <*>`, the text up to the error key `e=` one run)
    sink = [f"ERROR fluvio_connector_derive::generator: Error encountered processing records in "
            f"sink connector e={cause}"
            for cause in ("connection refused", "broken pipe", "No such file or directory (os error 2)")]
    source = [f"ERROR fluvio_connector_derive::generator: Error encountered producing records in "
              f"source connector e={cause}" for cause in ("task was cancelled", "timed out")]
    assert _one_id_each(sink, source)
    assert _one_id_each(source, sink)
    # near misses: an error's text after `Error`, no verb's form first, is still one run, and
    # the error's text after `Error encountered:` one value
    assert _one_pattern("ERROR app: Error connection refused by peer e=x",
                        "ERROR app: Error broken pipe on write e=y")
    assert _one_pattern("ERROR app: Error encountered: connection refused",
                        "ERROR app: Error encountered: broken pipe")


def test_a_level_in_capitals_after_the_records_namespace_announces_no_error_text():
    # (round 41, r39a; runs._level_after_namespace, asked by cause_colon's walk) the `debug`
    # package's namespace, names glued by colons, then the level in capitals and the message
    # (@xen-orchestra/log: `xo:sdn:ovsdb ERROR No port found for VIF` / `… ERROR No OVSDB
    # client found for star-center`): the level is the head's, every call site's, as one name
    # alone before it is (`sdn ERROR …`); it had read as a word that announces an error's text,
    # and every message that reads as a failure folded after it, one pattern `xo:sdn:<*> ERROR <*>`
    assert _one_id_each(["xo:sdn:ovsdb-client ERROR No port found for VIF"],
                        ["xo:sdn:private-network ERROR No client found for star-center"])
    assert _one_id_each(["app:db ERROR No rows found for tenant alpha"],
                        ["app:db ERROR No lease found for shard beta"])
    # near misses: a message that says `error` and its text after words of its own still folds
    # the text, and the record's messages with values still vary
    assert _one_pattern("app:db INFO sync finished with error connection refused",
                        "app:db INFO sync finished with error no such host")
    assert _one_pattern("xo:api:vif WARN moved vif 12 to network 7",
                        "xo:api:vif WARN moved vif 31 to network 9")


def test_an_event_name_alone_before_the_loggers_bracket_is_the_call_sites():
    # (round 41, r39a; templates.score, _event_name) structlog's console renderer prints the
    # level in brackets, the event's name padded, then the logger's name in brackets and the
    # pairs (`[warning  ] encrypted_field.decrypt_failed [core]` / `[warning  ] tool.called
    # [telemetry.middleware]`): the event's name (snake_case, dotted or kebab-case words) is
    # the call site's, as a function's name alone is; it had read as a value, one pattern
    # `[warning ] <*> [<*>]`, and `connection.event_names_failed` / `…event_stats_failed` of
    # one logger one pattern `[warning ] <*> [warehouse] environment__id=<*>`
    assert _one_id_each(["[warning  ] encrypted_field.decrypt_failed [core]"],
                        ["[warning  ] tool.called                    [telemetry.middleware]"],
                        ["[warning  ] no-analytics-database-configured [platform_hub]"])
    assert _one_id_each([f"[warning  ] connection.event_names_failed  [warehouse] environment__id={n}"
                         for n in (12, 13)],
                        [f"[warning  ] connection.event_stats_failed  [warehouse] environment__id={n}"
                         for n in (14, 15)])
    # near misses: one event's records are one pattern; a name with the message's words after
    # it, and a value after a word of the message, still vary
    assert _one_pattern("[info     ] job.started [worker] job__id=1",
                        "[info     ] job.started [worker] job__id=2")
    assert _one_pattern("[info     ] user_sessions table truncated", "[info     ] audit_logs table truncated")
    assert _one_pattern("[info     ] copied billing.db [worker]", "[info     ] copied orders.db [worker]")
    from otlp_sampler.patterns.templates import _event_name
    assert all(_event_name(w) for w in ("tool.called", "user_logged_in", "no-analytics-database-configured"))
    assert not any(_event_name(w) for w in ("Tool.called", "alpha", "12.5", "a..", "x.Y"))


def test_a_status_said_before_status_code_after_due_to_is_its_class():
    # (round 41, r39a; http._BEFORE_STATUS) `Problem posting data to Hubspot's form API due to
    # 400 status code and following response: <text>` / `… due to 201 status code …`: a
    # response's status said before `status code` after a cause's `due to` names the event's
    # class, as after an article or a response's verb (round 38, r36b); every class had been one
    # pattern
    from otlp_sampler.patterns.http import classify
    assert classify("posting failed due to 503 status code")[0] == "posting failed due to 5xx status code"

    def line(code: int, text: str) -> str:
        return (f"[error    ] Problem posting data to the form API due to {code} status code "
                f"and following response: {text}")
    assert _one_id_each([line(400, "leader changed"), line(404, "bad request body")],
                        [line(200, "checksum mismatch"), line(201, "user requested")])
    # near misses: a count of status things after `due to`, and no number before the word
    assert classify("failed due to 3 status updates")[1] == classify("due to 200 status updates")[1] == ()


def test_a_status_keys_class_that_opens_a_folded_cause_stays_the_call_sites():
    # (round 41, r39a; causes.keep_status_classes, _STATUS_KEY_BEFORE) balena-supervisor's
    # `<name> report failure! Status code: <status> - message: <text>`: the cause folds after
    # the key's colon, taking the status with the text; the class that opens the span is the
    # status key's value, the call site's field, kept after the value as a status key's inside
    # the span is (`failed: status=5xx body=<*>` -> `failed: <*> 5xx`); every class had been
    # one pattern
    def line(name: str, code: int, text: str) -> str:
        return f"[error]   {name} report failure! Status code: {code} - message: {text}"
    five = [line("alpha", 502, "connection refused"), line("beta-2", 503, "TypeError: x is undefined")]
    assert _one_id_each(five, [line("gamma", 404, "not found"), line("delta-7", 401, "Error: token expired")])
    # near misses: one class's records are one pattern, and a status said in an error's words
    # (no key before it) stays the error's text, one cause among the call site's others
    assert _one_pattern(*five)
    assert _one_pattern("sync failed: unexpected status 503 from upstream",
                        "sync failed: unexpected status 404 from upstream",
                        "sync failed: connection refused")


def test_a_class_method_and_line_before_the_heads_dash_are_the_call_sites():
    # (round 41, r39a; masking.class_method_line) log4j's `%-5p %c{1} %M %L  - %m` (moquette's
    # `[%t] %-5p %c{1} %M %L  - %m`): the class, its method and the line name the call site, as
    # `%c{1}:%L - ` does (masking._class_line_at); the line had been masked, and one method's
    # two call sites (`Server startServer 215  - Forcing <*> to true` / `… 220  - Forcing <*> to
    # <*>`), or two classes' one message, were one pattern `… Server startServer <*> - …`
    true = [f"[{t}] WARN  Server startServer 215  - Forcing {n} to true"
            for t, n in (("main", "alpha"), ("pool-2", "beta-7"))]
    path = [f"[{t}] WARN  Server startServer 220  - Forcing {n} to /srv/{n}/data.db"
            for t, n in (("main", "queue-3"), ("pool-3", "cache_v2"))]
    assert _one_id_each(true, path)
    acl = "[main] WARN  ACLFileParser parse 56  - parsing not existing file /etc/a.conf"
    conf = "[main] WARN  ConfigurationParser parse 51  - parsing not existing file /etc/b.conf"
    assert _one_id_each([acl], [conf])
    from otlp_sampler.patterns.masking import class_method_line
    line = "[main] INFO  NewNettyAcceptor <init> 112  - Server bound"
    assert class_method_line(line) == (line.index("New"), line.index("112"), line.index("112") + 3)
    # near misses: one call site's records are one pattern, and a number before a dash after
    # the message's words (no level and class before it) stays a value
    assert _one_pattern(*true)
    assert class_method_line("Connected to broker 12 - ready") is None
    assert class_method_line("[main] WARN  moved item 12  - ready") is None
    assert _one_pattern("INFO  Connected to broker 12 - ready", "INFO  Connected to broker 31 - ready")


def test_a_namespace_and_its_level_are_no_anchor_words_of_a_run():
    # (round 41, r39a; runs._message_words, templates.namespace_level_at) the `debug` package's
    # namespace and the level after it open every record of the stream (`xo:api:vif WARN
    # VIF.move failed, falling back to delete+create` / `… VIF.move not available, falling back
    # …`): no words of the message, so they anchor no run of words after them, as a logger and
    # its level that record_header reads do not (`vif WARN …` stays two patterns); the
    # namespace's three names had counted as the message's words, and `failed` / `not
    # available` folded as one run, one pattern `… VIF.move <*>, falling back …`
    failed = ["xo:api:vif WARN VIF.move failed, falling back to delete+create",
              "xo:api:vif WARN VIF.move failed, falling back to delete+create"]
    absent = ["xo:api:vif WARN VIF.move not available, falling back to delete+create"]
    assert _one_id_each(failed, absent)
    from otlp_sampler.patterns.templates import namespace_level_at
    assert namespace_level_at(["xo", ":", "api", ":", "vif", "WARN", "x"]) == 5
    assert namespace_level_at(["vif", "WARN", "x"]) == -1
    assert namespace_level_at(["a", ":", "b", "said", "x"]) == -1
    # (round 42, dedupe42: one level test for both readers of that head, HEAD_LEVELS) a level
    # as heads print it, zerolog's three capitals too (`xo:api:vif WRN …`)
    assert namespace_level_at(["xo", ":", "api", ":", "vif", "WRN", "x"]) == 5
    assert _one_id_each([line.replace(" WARN ", " WRN ") for line in failed],
                        [line.replace(" WARN ", " WRN ") for line in absent])
    # near miss: a run after the message's own words still folds (a value in words between
    # anchors of the call site's sentence)
    assert _one_pattern("xo:api:vif WARN Migration of the disk alpha beta failed after retries on host",
                        "xo:api:vif WARN Migration of the disk gamma failed after retries on host")


def test_two_names_of_the_namespace_before_the_level_are_two_call_sites():
    # (round 41, r39a; templates.score, _namespace_name_before_level) the `debug` package's
    # namespace that opens the record before its level names the module that logs (Xen
    # Orchestra's `xo:api:host WARN <message>` / `xo:api:pool WARN …`), as a namespace after the
    # level does (round 40, r38a): two modules there are two call sites; the last name had read
    # as a value, one pattern `xo:api:<*> WARN …`
    assert _one_id_each(["xo:api:host WARN something moved to 12", "xo:api:host WARN something moved to 31"],
                        ["xo:api:pool WARN something moved to 13", "xo:api:pool WARN something moved to 17"])
    # near misses: one module's records are one pattern, and a value after a label's colon
    # elsewhere in the message still varies
    assert _one_pattern("xo:api:host WARN sync target: alpha-1", "xo:api:host WARN sync target: beta-2")


def test_a_verbs_form_before_one_noun_after_a_preposition_is_the_kind_the_call_site_means():
    # (round 41, weak41; templates.kind_modifiers_before_noun, runs.inner_run_at) a run of
    # words after `of` reads as a value's, but a verb's form and the words after it before the
    # same noun (`the list of blocked host entries` / `the list of forwarding entries`) say
    # which kind of the noun's things each call site means: two call sites, where before one
    # pattern `… of <*> entries from [<*>]` took both at two lengths
    blocked = [f"[NOTICE] Reading the list of blocked host entries from [{p}]"
               for p in ("/etc/hosts.block", "/var/lib/filter/hosts.txt", "/srv/lists/a.conf")]
    forwarding = [f"[NOTICE] Reading the list of forwarding entries from [{p}]"
                  for p in ("/etc/forward.conf", "/var/lib/filter/fwd.txt", "/srv/lists/b.conf")]
    assert _one_id_each(blocked, forwarding)
    assert _one_id_each(forwarding, blocked)
    # (round 42, dedupe42: score reads one length by the same reader) a word each, two -ing
    # forms (`of blocking rules` / `of cloaking rules`), as two past forms there (weak40)
    blocking = [f"[NOTICE] Loading the set of blocking rules from [{p}]" for p in ("/etc/a", "/var/b")]
    cloaking = [f"[NOTICE] Loading the set of cloaking rules from [{p}]" for p in ("/etc/d", "/var/e")]
    assert _one_id_each(blocking, cloaking)
    assert _one_id_each(cloaking, blocking)
    # near miss: a name of the preposition's, no verb's form, before the noun still varies
    # (`for orders api entries` / `for billing entries`), at one length too
    assert _one_pattern("Reading the list for orders api entries from [/etc/a.conf]",
                        "Reading the list for billing entries from [/etc/b.conf]")
    assert _one_pattern("Loading the set of orders rules from [/etc/a]",
                        "Loading the set of billing rules from [/etc/b]")


def test_a_phrase_as_the_object_of_a_failed_operation_is_the_call_sites_words():
    # (round 41, weak41d; templates.object_phrase_after_operation, runs.inner_run_at) after
    # `Failed to get` a run of words of two lengths read as a value's: records of two call
    # sites in turn made one pattern `… Failed to get <*> error=<*> jid=<*>` of `user info
    # for account in nightly sync` and `ghost`. A phrase of three small words or more tied
    # by a preposition is the call site's own object, no value a call site formats there
    # (a name, an id, a quoted text)
    errors = ('"context deadline exceeded"', '"i/o timeout"', '"unexpected status 503"')

    def ids(words: str, other: str) -> tuple[set[str], set[str]]:
        miner = PatternMiner()
        first: set[str] = set()
        second: set[str] = set()
        for e, n in zip(errors, (3, 17, 52), strict=True):
            first.add(str(miner.add(f"ERR Failed to get {words} error={e} jid=node{n}")))
            second.add(str(miner.add(f"ERR Failed to get {other} error={e} jid=svc{n + 1}")))
        return first, second

    phrase, ghost = ids("user info for account in nightly sync", "ghost")
    assert len(phrase) == 1 and len(ghost) == 1 and phrase != ghost
    ghost, phrase = ids("ghost", "user info for account in nightly sync")
    assert len(phrase) == 1 and len(ghost) == 1 and phrase != ghost
    # near miss: no preposition inside the run, a name of three words and one of one at
    # that place still vary
    picture, ghost = ids("user profile picture", "ghost")
    assert picture == ghost
    # nor with a word of failure in a run: an error's text formatted as the object is a value
    quota, lease = ids("quota exceeded for tenant", "lease expired")
    assert quota == lease


def test_a_file_name_cut_to_its_column_and_its_padded_line_are_the_call_sites():
    # (round 41, r39c; masking._cut_file_line_at) fc's console appender cuts the file's name to
    # 22 characters (`resource_monitor_plugi:79`, no extension left), so the location failed
    # the extension's test and its line was a value: two call sites of one file and method,
    # `Space usage … set to <*>` and `Warning interval set to <*>`, one pattern `… <*> set to
    # <*>`. A snake-case name (a host's holds no `_`) and its line padded by two spaces or
    # more after head fields is the call site's place, as the whole file's name is
    times = ("2024-03-25T06:21:09.982", "2024-03-10T04:21:30.508", "2024-03-14T02:20:42.792")
    space = [_fc("info", t, "nodeos", "resource_monitor_plugi:79", "plugin_initialize",
                 f"Space usage absolute threshold set to {n} GiB, warning set to {n * 5} GiB")
             for t, n in zip(times, (4, 4281, 90), strict=True)]
    interval = [_fc("info", t, "nodeos", "resource_monitor_plugi:103", "plugin_initialize",
                    f"Warning interval set to {n}") for t, n in zip(times, (1, 5337, 60), strict=True)]
    assert _one_id_each(space, interval)
    assert _one_id_each(interval[::-1], space[::-1])
    # near misses: a host and its port padded there (no `_`) is a value, and one location's
    # records are one pattern
    assert _one_pattern_both_ways(*interval)
    assert _one_pattern(_fc("info", times[0], "nodeos", "db01:5432", "connect", "ready"),
                        _fc("info", times[1], "nodeos", "db02:6432", "connect", "ready"))


def test_a_constants_name_in_a_text_after_because_is_the_call_sites_sentence():
    # (round 41, r39c; runs._free_text, _constant_name) a text of words after `because` (or
    # `for`) is one value, a reason the program was handed, unless it holds a name of code: a
    # constant's name in capitals joined by `_` (`CAP_SYS_ADMIN`, `O_NONBLOCK`) is one the
    # program writes into its own sentence (cri-o's ``Setting `noNewPrivileges` flag has no
    # effect because container has CAP_SYS_ADMIN capability`` beside its `… because container
    # is privileged`, two call sites one pattern `because <*>` before)
    def warn(text: str) -> str:
        return f'level=warning msg="Setting `noNewPrivileges` flag has no effect because {text}"'
    capability = [warn("container has CAP_SYS_ADMIN capability")] * 3
    privileged = [warn("container is privileged")] * 3
    assert _one_id_each(capability, privileged)
    assert _one_id_each(privileged, capability)
    # near misses: reasons in plain words after `because` are still one value
    assert _one_pattern("Skipping the backup job now because connection reset by peer",
                        "Skipping the backup job now because the disk is full")


def test_a_class_path_filling_the_bracket_after_the_heads_word_bracket_is_the_loggers_name():
    # (round 41, weak41c; masking, the name path's refusals) a Ruby or C++ class's path that
    # fills the bracket right after the head's bracket of a word (`[main] [Bolt::Transport::SSH]
    # <message>`, a logger's `[%t] [%c]`: Bolt's Logging names each logger by its class) is the
    # class that logs: two classes are two call sites, as a path before a label's colon or a
    # logger's dash already was; the path had been masked as a value, one pattern `[main] [<*>]`
    from otlp_sampler.patterns.masking import mask_values
    assert mask_values("TRACE  [main] [Bolt::Transport::SSH] Uploading a to b") == \
        "TRACE  [main] [Bolt::Transport::SSH] Uploading a to b"
    assert _one_id_each(["TRACE [main] [Bolt::Transport::SSH] Uploading packages to the node",
                         "TRACE [main] [Bolt::Transport::SSH] Uploading packages to the node"],
                        ["TRACE [main] [Bolt::Transport::Local] Uploading packages to the node",
                         "TRACE [main] [Bolt::Transport::Local] Uploading packages to the node"])
    # near misses: after a marker's bracket (`[*] [<pool>]`) and in the message the path is
    # still a value, as is a host name in the logger's place
    assert mask_values("[*] [Api::V1::UsersController] removing ready instances") == \
        "[*] [<*>] removing ready instances"
    assert mask_values("INFO [main] loading [Api::V1::Users] now") == "INFO [main] loading [<*>] now"
    assert mask_values("TRACE  [main] [web-1.corp.local] Uploading a") == "TRACE  [main] [<*>] Uploading a"


def test_a_level_in_small_letters_and_a_name_before_a_capitalised_message_say_no_failure():
    # (round 41, weak41c; runs.failures_at, _level_name_sentence) a record that opens with its
    # level in small letters, one name in small letters and a capitalised message (cncjs's
    # `error init The directory "<*>" does not exist.`) says how bad in that level, no failure of
    # the message's own: the message's tail is no error text appended after a failure said
    # whole (unmarked_cause_at), and two sentences there are two call sites; `error` had read as
    # the failure, one pattern `error init The directory <*>`
    assert _one_id_each(['error init The directory "/opt/indexer" does not exist.',
                         'error init The directory "/run/mailer" does not exist.'],
                        ['error init The directory path "" must not be empty.',
                         'error init The directory path "" must not be empty.'])
    from otlp_sampler.patterns.runs import failures_at
    assert failures_at(["error", "init", "The", "directory", "x", "does", "not", "exist."]) == [6]
    assert failures_at(["error", "while", "closing", "socket", "x"]) == [0]
    # near miss: a message that opens with its failure still folds the error appended to it
    assert _one_pattern("Error while closing socket gamma broken pipe",
                        "Error while closing socket gamma connection refused")


# ---------------------------------------------------------------------------------------------
# Round 40's programs' errors read (round 42, r40b): keep-apart rules, one test each.


def test_a_brace_inside_a_quoted_value_opens_no_object_of_the_json_records():
    # (round 42, r40b; masking._message_before_object, _open_brace_at) pino's JSON record with
    # an object its key quotes, escaped (`"metadata":"{\"size\":491}"`), after an error's text
    # of words (`"error":"no such file or directory"`): the quoted object's brace was read as
    # the brace of the object that holds "msg", the error's words as a sentence of the record's
    # own before it, so "msg" was read as a context's message key, one value: every call site
    # of those keys one pattern `…,"msg":<*>}`
    def record(error: str, metadata: str, msg: str) -> str:
        return (f'{{"level":50,"pid":1,"hostname":"storage","type":"jobs","error":"{error}",'
                f'"metadata":"{metadata}","msg":"{msg}"}}')
    errors = ("no such file or directory", "certificate has expired for this host", "broken pipe")
    metadata = ('{\\"size\\":491}', '{\\"id\\":7,\\"name\\":\\"uploads\\"}', '{\\"retries\\":850}')
    purge = [record(e, m, "[CDN] Failed to purge cache") for e, m in zip(errors, metadata, strict=True)]
    archive = [record(e, m, "Failed to archive the profile") for e, m in zip(errors, metadata, strict=True)]
    assert _one_id_each(purge, archive)
    assert _one_id_each(archive[::-1], purge[::-1])
    # near misses: a context object after the record's own sentence still holds an error's
    # text under its "message" key (Monolog's), and one call site's records are one pattern
    assert _one_pattern_both_ways(
        'production.ERROR: Error sending reminder {"message":"too many open files","meta":"{\\"a\\":1}"} []',
        'production.ERROR: Error sending reminder {"message":"invalid argument","meta":"{\\"b\\":2}"} []')
    assert _one_pattern_both_ways(*purge)


def test_two_separator_marks_at_one_place_are_two_call_sites():
    # (round 42, r40b; templates.score, _SEPARATOR_MARKS) osTicket's `Ticket denied: <reason>`
    # and `Ticket denied - <email>: Max open tickets …` (its title and a message, or a title
    # that names the address): each folds to three words and a value, `Ticket denied : <*>` /
    # `Ticket denied - <*>`, the one place that differs a colon against a spaced dash, one
    # pattern `Ticket denied<*> <*>`. A colon, a spaced dash and a bar alone are the call
    # site's punctuation between its words and what they name; no value is a mark alone
    # (two records each: from a template's third, what it has shown holds it apart already)
    colon = [f"Ticket denied: {reason}" for reason in ("quota exceeded for tenant", "user requested")]
    dash = [f"Ticket denied - {who}@mail.example.org: Max open tickets reached" for who in ("frank", "j.doe")]
    assert _one_id_each(colon, dash)
    assert _one_id_each(dash[::-1], colon[::-1])
    assert _one_id_each(["Sync done | 4 rows", "Sync done | 9 rows"],
                        ["Sync done: 4 rows", "Sync done: 17 rows"])
    # near misses: a word against a mark is still a value there, and one separator's records
    # are one pattern
    assert _one_pattern_both_ways(*colon)
    assert _one_pattern("10.0.0.1 - alice [login] accepted", "10.0.0.2 - - [login] accepted")


def test_the_quote_that_closes_an_escaped_logfmt_message_ends_its_cause():
    # (round 42, r40b; masking._mask_quoted_message) logrus' text formatter quotes a message
    # that holds quotes, escaped (`message="Dashboard authentication failed: Get \"http://…\":
    # dial tcp …: i/o timeout" context="{Size:784 Owner:ops}"`, tyk): the message was masked
    # alone and the rest of the record after it with the quote that closes it, which then
    # opened a quoted value of the next key's name (`"<*>"<*>"`), and the cause folded in the
    # message ran on to the record's end: the keys after the message lost, those records one
    # pattern with another call site's and apart from their own call site's other records
    def line(cause: str, key: str, value: str) -> str:
        return f'level=warning message="Sync failed: {cause}" {key}="{{{value}}}"'
    escaped = ['Get \\"http://10.0.0.7/api/v1/jobs/4\\": dial tcp 10.0.0.7:80: i/o timeout',
               'Get \\"http://store.local/archive\\": EOF']
    plain = ["no route to host", "write /etc/accounts: no space left on device"]
    sizes = ("Size:7", "Owner:ops", "Id:3", "Size:9")
    context = [line(c, "context", v) for c, v in zip(escaped + plain, sizes, strict=True)]
    peer = [line(c, "peer", v) for c, v in zip(escaped, ("Host:db1", "Host:db2"), strict=True)]
    assert _one_id_each(context, peer)
    assert _one_id_each(peer, context[::-1])
    # near miss: a message with no escape still folds its cause before the keys after it
    assert _one_pattern_both_ways(*[line(c, "context", "Size:1") for c in plain])


# ---- r40a (round 42): keep-apart rules from round 40's errors (alloy .. kubeedge) ----


def test_a_clause_of_what_the_program_does_after_a_failures_comma_is_no_cause():
    # (round 42, r40a; runs._separator, _CONSEQUENCE_WORDS) after a failure's clause and its
    # comma the words are the error's text (failed to open the store, connection refused),
    # unless they open with `so` (thus, hence, therefore): a clause of what the program does
    # because of the failure, its own words (hyrax's `Unable to find '<*>', so not sending
    # notification` / `…, so not running workflow callback`, two call sites one pattern
    # `Unable to find '<*>', <*>` before)
    def unable(name: str, then: str) -> str:
        return f"Unable to find '{name}', so not {then}"
    names = ["Api::UsersController", "Net::ReadTimeout", "Foo::Bar"]
    sending = [unable(name, "sending notification") for name in names]
    running = [unable(name, "running workflow callback") for name in names]
    assert _one_id_each(sending, running)
    assert _one_id_each(running, sending)
    # near miss: an error's text after the failure's comma still folds
    assert _one_pattern("Unable to load the index, connection refused",
                        "Unable to load the index, no route to host")


def test_two_texts_after_a_failures_comma_that_name_one_field_at_their_ends_either_first():
    # (round 42, r40a; shapes.trailing_cause, runs.same_field_at_end asked both ways) two texts
    # after one operation's separator that end alike with a word, its colon and a value, one of
    # them prose that joins the field by a word (`… failed with error: <*>`), are two sentences
    # of the program's own, whichever came first: kubeedge's `message: <*> process failure, get
    # content data failed with error: <*>` then `…, UpdateWithEventNamespace error: <*>` had
    # folded into `message: <*> process failure, <*>` (the prose one had to come second)
    errors = ["connection reset by peer", "no route to host", "EOF"]
    prose = [f"task {n}7 sync failure, read manifest data failed with error: {error}"
             for n, error in enumerate(errors)]
    named = [f"task {n}9 sync failure, PatchStatusWithNamespace error: {error}"
             for n, error in enumerate(errors)]
    for first, second in ((prose, named), (named, prose)):
        ids = _ids_in_order([*first, *second, *first, *second])
        assert len(set(ids[:3] + ids[6:9])) == 1 and len(set(ids[3:6] + ids[9:])) == 1
        assert ids[0] != ids[3]
    # near miss: causes a library says after the comma still fold, whatever their words
    assert _one_pattern("task 17 sync failure, connection reset by peer",
                        "task 18 sync failure, read tcp 10.0.0.1:80: i/o timeout")


def test_an_objective_c_methods_name_in_quotes_is_the_call_sites():
    # (round 42, weak42; masking._NOT_A_QUOTED_CODE_NAME, tokens._fold_structures,
    # templates.objc_method_at) an Objective-C method's name, as `__PRETTY_FUNCTION__` prints
    # it (`-[Class selector:]`, `+[Class selector]`), names the method that logs: one per call
    # site, however its class or selector varies from another's. It was a quoted value, and the
    # bracket a list of two names: one pattern `method '-[<*>]' invoked`
    methods = ["-[AppDelegate showRules:]", "-[RulesWindowController rulesViewSelectorHandler:]",
               "-[PrefsWindowController setSubTitle]", "+[Store sharedStore]", "-[Extension showRules:]"]
    messages = [f"[app] method '{method}' invoked" for method in methods]
    assert _one_id_each(*[[message, message] for message in messages])
    ids = PatternMiner().add_batch(messages * 2)
    assert ids[:len(messages)] == ids[len(messages):] and len(set(ids)) == len(messages)
    # near misses: a value in quotes is a value still, a bracket of two names a list of them
    assert mask_values("user '-[weird name]' x") == "user '<*>' x"
    assert tokens("loaded [AppDelegate showRules] now")[0] == ["loaded", "[", WILDCARD, "]", "now"]


def test_an_exceptions_bars_after_its_qualified_type_are_its_own_text_not_the_records_fields():
    # a logger writes the exception last (`{message}: {exception}`); .NET's JsonException
    # says where it failed with bars of its own (`Path: $.id | LineNumber: 0 |
    # BytePositionInLine: 9.`): no fields of the call site's after the cause, so one call site
    # whatever exception it printed; before, the bars were kept as the record's next fields, two
    # patterns for one call site. A record's own fields after a cause of words stay apart
    def record(name: str, error: str) -> str:
        return f"Worker --- Failed to refresh cache {name}: {error}"
    json_error = ("System.Text.Json.JsonException: The JSON value could not be converted to "
                  "System.Int32. Path: $.{} | LineNumber: 0 | BytePositionInLine: {}.")
    assert _one_pattern_both_ways(
        record("alpha", "System.TimeoutException: The operation has timed out."),
        record("beta", json_error.format("id", 9)),
        record("gamma", "System.NullReferenceException: Object reference not set to an instance."),
        record("delta", json_error.format("name", 14)),
    )
    assert _one_pattern_both_ways(
        "Worker --- Failed to remove file /tmp/a.db: System.IO.IOException: The file is in use.",
        "Worker --- Failed to remove file /tmp/b.db: " + json_error.format("id", 3),
    )
    assert mask("failed to open /x: EOF | retries: 3") == "failed to open /x: <*> | retries: <*>"


def test_a_name_of_code_in_brackets_after_the_threads_is_the_logger():
    # (round 43, r41b; templates.record_header) log4j's `%-5p [%t] (%c{2}) - %m` (Qpid,
    # ActiveMQ): the level, the thread in brackets, then the class that logs alone in round
    # brackets right before the head's dash. The thread's bracket was read as the logger's, so
    # the class was no logger: two classes' records of one sentence folded into one pattern
    # `INFO [<*>] (<*>) - …`, and two threads of one class were two loggers, one pattern each
    def line(thread: str, cls: str, host: str, port: int) -> str:
        return f"INFO  [{thread}] ({cls}) - TLS handshake failed: host='{host}', port={port}"
    http = [line(thread, "o.a.q.s.m.p.HttpManagement", host, port)
            for thread, host, port in (("main", "db-1", 5432), ("shared.media", "lb-4.example.com", 443),
                                       ("worker", "redis", 6379))]
    socket = [line(thread, "o.a.q.s.t.w.WebSocketProvider", host, port)
              for thread, host, port in (("profile-worker", "kafka", 9092), ("payments_auth", "etcd", 2379))]
    assert _one_id_each(http, socket)
    assert _one_id_each(socket[::-1], http[::-1])
    # near misses: a class in brackets after the level alone is the logger as before, and of
    # two square brackets there (SeaTunnel's `[%c] [%t] -`) the first, the second a thread
    assert _one_id_each(["WARN (o.a.q.s.Broker) - Broker stopping"],
                        ["WARN (o.a.q.s.Vhost) - Broker stopping"])
    assert _one_pattern_both_ways("WARN  [o.a.s.c.CatalogUtils] [internal.users] - Primary key is nullable",
                                  "WARN  [o.a.s.c.CatalogUtils] [system.frontend] - Primary key is nullable")


def test_a_word_that_joins_two_clauses_at_one_place_of_two_texts_is_no_value_in_words():
    # (round 43, r41b; runs.inner_run_at, _conjunction_in_both) mirai's `Detected
    # friendGroup(id=<*>) was renamed but it cannot be found in bot's friendGroups list` and
    # `… was removed but it isn't available in …`: a run no cue introduces between anchor
    # words, its two texts of other lengths, one pattern `… was <*> in bot's …`. Both hold `but`
    # at one place: two clauses of each call site's sentence, the words that differ on either
    # side of it, no value in words (a value drawn in words joins no clauses)
    def line(n: int, text: str) -> str:
        return f"Detected group(id={n}) was {text} in the bot's group list"
    assert _apart(line(17, "removed but it isn't available"), line(4, "renamed but it cannot be found"))
    assert _apart(line(17, "stale because it expired"), line(4, "dropped because it was never synced"))
    # near miss: words of other lengths with no such word between anchors fold as before
    assert _one_pattern_both_ways(line(17, "removed quietly"), line(4, "renamed by its owner"))


def test_a_status_after_a_response_error_in_brackets_or_not_is_its_class():
    # (round 43, r41b; http._AFTER_RESPONSE) Open5GS's `[amf] ERROR: [<name>] HTTP response
    # error [404] (../src/amf/gmm-sm.c:3023)`: the response's status after the word error, alone
    # in square brackets, names the event's class as after `response code:`; every class had
    # been one pattern `… HTTP response error [<*>] …`
    from otlp_sampler.patterns.http import classify
    assert classify("HTTP response error [404] (x.c:12)")[0] == "HTTP response error [4xx] (x.c:12)"
    assert classify("got response error 503 from peer")[0] == "got response error 5xx from peer"

    def line(name: str, code: int) -> str:
        return f"[amf] ERROR: [{name}] HTTP response error [{code}] (../src/amf/gmm-sm.c:3023)"
    assert _one_id_each([line("blue", 404), line("audit", 401)], [line("system", 500), line("auth", 503)])
    # near misses: a number with a unit after a response, and a bracket that holds more
    assert classify("response error 200 ms")[1] == classify("response error [404, 2]")[1] == ()


def test_a_status_after_a_requests_target_and_returned_is_its_class():
    # (round 43, r41b; http._AFTER_TARGET) Trilium's `GET https://x/metrics returned 502 with
    # response [object Object]`: a method, its target, then `returned` and the response's
    # status, which names the event's class as right after the target; 4xx and 5xx had been one
    # pattern `GET <*> returned <*> with response <*>`
    from otlp_sampler.patterns.http import classify
    assert classify("GET /metrics returned 502 with x")[0] == "GET /metrics returned 5xx with x"

    def line(target: str, code: int) -> str:
        return f"GET https://{target} returned {code} with response [object Object]"
    assert _one_id_each([line("localhost/metrics", 502), line("api/v2/accounts?page=4", 500)],
                        [line("kafka-10/v2/profile?page=7", 400), line("auth-0/health", 404)])
    # near misses: no target before it, a number glued to a unit
    assert classify("job returned 502 rows")[1] == classify("GET /x returned 200ms")[1] == ()


# ---- r41a (round 43): keep-apart rules from round 41's errors (arroyo .. longhorn-manager) ----


def test_a_fields_value_with_a_kept_prefix_ends_a_failures_cause_before_the_records_fields():
    # (round 43, r41a; causes._TRAILING_FIELDS) tracing's and logfmt's fields after the message
    # (`Failed to start job: <cause> job_id=<*> pipeline_id=<*>`) are the call site's own keys,
    # and the cause folded after a failure's colon ends before them; a value the masker leaves
    # a kept prefix of (`job_id=req_<*>`, a stem glued to its value) ended no run of fields, so
    # the cause ran on to the record's end, its keys folded with it: one call site two patterns
    # (`…: <*>` and `…: <*> job_id=<*> pipeline_id=<*>`) as its ids' prefixes were kept or not
    def record(error: str, job: str, pipeline: int) -> str:
        return f"WARN scheduler::states: Failed to start job: {error} job_id={job} pipeline_id={pipeline}"
    assert _one_pattern_both_ways(
        record("operation timed out", "req_3CQxEsL", 5640841),
        record("already exists", "req_WVISndHSu11zYd7Q", 954),
        record("broken pipe", "req_5gm6bQwLKJ5tJGNiMS7", 50),
        record("Permission denied (os error 13)", "req_7pLshplKEiuC6uzvvj", 42),
    )
    assert mask("Failed to start job: broken pipe job_id=req_5gm6bQwLKJ5tJGNiMS7 pipeline_id=50") == (
        "Failed to start job: <*> job_id=req_<*> pipeline_id=<*>")
    # near miss: a record of other keys is another call site's
    assert not _one_pattern(record("broken pipe", "req_5gm6bQ", 50),
                            "WARN scheduler::states: Failed to start job: broken pipe worker_id=req_5gm6bQ")



def test_a_java_class_method_and_line_in_a_head_bracket_are_the_call_sites():
    # (round 43, r41a; masking._java_method_line_at, positions._LOCATION) log4j's
    # `%-5p [%t] (%C.%M:%L)  - %m` (Flume's layout) prints the class qualified by its package,
    # its method and its line: the call site's place. Its line was masked, a class whose name
    # holds a digit masked whole, and the bracket read as a head field that varies, so two call
    # sites that print one text (`Unable to close <*>` at LogFileFactory.getMetaDataWriter:61
    # and at EventQueueBackingStoreFileV3.upgrade:212) shared a pattern `(<*>) - Unable to close <*>`
    def record(thread: str, place: str, path: str) -> str:
        return f"WARN  [{thread}] (org.apache.flume.channel.file.{place})  - Unable to close {path}"
    threads = ["auto.shipping", "checkout-db", "indexer_archive", "main", "pool-3-thread-1"]
    paths = ["/var/spool/a", "/tmp/b.conf", "/media/c/LOCK", "/etc/d", "/srv/e.db"]
    factory = [record(t, "LogFileFactory.getMetaDataWriter:61", p)
               for t, p in zip(threads, paths, strict=True)]
    upgrade = [record(t, "EventQueueBackingStoreFileV3.upgrade:212", p)
               for t, p in zip(threads[::-1], paths, strict=True)]
    replay = [record(t, "Log.replay:88", p) for t, p in zip(threads, paths[::-1], strict=True)]
    ids = PatternMiner().add_batch([*factory, *upgrade, *replay])
    assert not set(ids[:5]) & set(ids[5:10]) and not set(ids[5:10]) & set(ids[10:])
    assert not set(ids[:5]) & set(ids[10:])
    # one at a time, once the thread's bracket has shown itself a value (positions)
    others = ["worker-7", "sink-runner", "conf-file-poller-0", "lifecycle", "shutdown-hook"]
    later = [record(t, place, p) for place in ("LogFileFactory.getMetaDataWriter:61",
                                               "EventQueueBackingStoreFileV3.upgrade:212",
                                               "Log.replay:88") for t, p in zip(others, paths, strict=True)]
    ids = _ids_in_order([*factory, *upgrade, *replay, *later])[15:]
    assert len(set(ids[:5])) == len(set(ids[5:10])) == len(set(ids[10:])) == 1 and len(set(ids)) == 3
    # near miss: a dotted name in a bracket of the message, after its words, is a value still
    assert _one_pattern("INFO [main] (x) - Loaded plugin (org.acme.Foo.start:61) fine",
                        "INFO [main] (x) - Loaded plugin (org.acme.Bar.stop:12) fine")


def test_a_level_after_a_namespace_is_one_test_for_the_head_and_the_causes_walk():
    # (round 43, dedupe43; templates.namespace_level) the level in capitals after the debug
    # package's namespace is a head's (HEAD_LEVELS), for the message's words and for the
    # causes' walk alike: the three-letter levels too, never a word in small letters
    from otlp_sampler.patterns.runs import _level_after_namespace
    from otlp_sampler.patterns.templates import namespace_level, namespace_level_at
    for level in ("ERROR", "ERR", "WARN", "WRN", "INF", "FINE"):
        cut, spaced = tokens(f"xo:api:vif {level} moved vif")
        assert namespace_level(level) and namespace_level_at(cut) == 5, level
        assert _level_after_namespace(cut, spaced, 5), level
    for word in ("error", "Error", "ERRORS", "FAILED", "REASON"):
        cut, spaced = tokens(f"xo:api:vif {word} moved vif")
        assert not namespace_level(word) and namespace_level_at(cut) == -1, word
        assert not _level_after_namespace(cut, spaced, 5), word


def test_an_exceptions_class_is_read_by_one_reader_its_qualifier_asked_where_it_matters():
    # (round 43, dedupe43; tokens.exception_class) a word of failure (causes.failure_bits), a
    # cause's class after a sentence (runs), a repr's class (tokens) and a qualified type
    # before a cause's bars (causes) read one form: a class in capitals ending as exceptions'
    # names end, or the base class itself, after its package's names when qualified
    from otlp_sampler.patterns.causes import failure_word
    from otlp_sampler.patterns.tokens import exception_class
    for word in ("KeyError", "IOException", "Error", "Exception", "java.io.IOException",
                 "System.Text.Json.JsonException", "Outer$InnerException", "Key_Error"):
        assert exception_class(word) and failure_word(word), word
    for word in ("lastError", "Errorf", "ErrorCode", "exception", "java.io.", "io.lastError", ""):
        assert not exception_class(word), word
    assert exception_class("java.io.IOException", qualified=True)
    assert not exception_class("IOException", qualified=True)
    assert exception_class("KeyError", qualified=False)
    assert not exception_class("builtins.KeyError", qualified=False)
    assert not exception_class("Error", qualified=False, base=False)
    assert exception_class("KeyError", qualified=False, base=False)
    # a repr's class is folded with its arguments; the base class alone glued to a bracket is
    # as often the call site's own text (drogon's `Error(%s)`), kept
    assert tokens("lookup failed KeyError('user_id') now")[0] == ["lookup", "failed", WILDCARD, "now"]
    assert tokens("ERROR Error(Broken pipe) now")[0][:3] == ["ERROR", "Error", "("]
    assert failure_word("KeyError.") and failure_word("java.io.IOException!")


def test_a_call_sites_own_token_is_one_predicate_that_score_and_a_batch_ask():
    # (round 43, dedupe43; templates.call_site_token_at) a kept code location's file and its
    # line, an Erlang location's line in its column, an Objective-C method's name: one call
    # site's, so two at one place are two call sites (score) and none is a batch's value
    from otlp_sampler.patterns.templates import call_site_token_at
    located = tokens("[src/a.c:handle:1267] sent reply")[0]
    assert call_site_token_at(located, located.index("src/a.c"))
    glued = tokens("(mod_ssi.c.784) ssi: unknown tag")[0]
    assert call_site_token_at(glued, 1)
    objc = ["x", "'", "-", "[", "AppDelegate", "showRules", ":", "]", "'"]
    assert call_site_token_at(objc, 4) and call_site_token_at(objc, 5)
    column = ["mod", ":", "fun/3", "425", "ready"]
    assert call_site_token_at(column, 3)
    assert not call_site_token_at(tokens("sent reply to alice")[0], 3)
    # two files of code locations in brackets are two call sites, one batch or one at a time
    messages = ["[src/a.c:handle_message:1267] sent reply", "[src/b.c:handle_message:1267] sent reply"]
    assert _one_id_each([messages[0], messages[0]], [messages[1], messages[1]])


def test_a_dotnet_fail_level_before_a_class_label_is_the_records_level_no_failure():
    # (round 43, weak43; runs._class_label) .NET's console logger prints `fail` for Error, as
    # it prints `info` and `warn`: `fail: <category>[<event id>]`, then the message, indented on
    # its next line. A class's label opening the message (`MessagePump: …`) is the class that
    # logs after that head as after `info:`; `fail` read as a failure made the message after
    # the label a cause, every message of the class one pattern `MessagePump: <*>`
    def record(level: str, message: str) -> str:
        return f"{level}: Paramore.Pump.Reactor[0]\n      MessagePump: {message}"
    sites = ["Exception receiving messages from {} with 4a1b on thread # 4",
             "Stopping receiving of messages from {} with 4a1b on thread # 4",
             "DontAckAction inner exception for message 7 from {} with task_9 on thread # 1"]
    for level in ("fail", "info", "crit"):
        assert _one_id_each(*[[record(level, site.format(name)) for name in ("indexer-36", "ledger")]
                              for site in sites])
    # a failure said after the label keeps its cause folded
    assert _one_pattern_both_ways(record("fail", "Failed to connect to broker: connection refused"),
                                  record("fail", "Failed to connect to broker: timed out after 30s"))


def test_a_sentence_of_not_and_a_verbs_ing_form_after_a_class_label_is_the_call_sites():
    # (round 43, weak43; runs.own_failure_sentence, _declined_action, asked by inner_run_at)
    # `Not acknowledging message <*> from …` says what the program declines to do, its own
    # sentence; `Not` read as a word of failure, it and another failure's text after the class
    # label of MEL's head (`warn: <category>[<id>] MessagePump: …`) were one run of words: two
    # call sites one pattern `MessagePump: <*> with <*> on thread # <*>`
    head = "warn: Paramore.Pump.Proactor[0]\n      MessagePump: "
    declined = head + "Not acknowledging message 4105-66a1 from {} with cus_hUz on thread # 617"
    failed = head + "BrokenCircuitException messages from {} with 714 on thread # 1"
    assert _one_id_each([declined.format("auth-service"), declined.format("ledger-2")],
                        [failed.format("auth-22"), failed.format("main.indexer")])
    # near misses: a library's text that opens with `not` and a state is no sentence of the
    # program's; `Not` before a word that is no -ing form neither
    kinds = [TITLE, WORD, WORD, WORD]
    assert not own_failure_sentence(["Not", "found", "in", "cache"], kinds, 0, 4)
    assert own_failure_sentence(["Not", "retrying", "the", "upload"], kinds, 0, 4)
    assert not own_failure_sentence(["Not", "retrying"], kinds[:2], 0, 2)


def test_one_word_capitalised_in_one_record_and_not_the_other_is_two_call_sites():
    # (round 43, weak43; templates.score) `http01: Challenge option skipped` / `dns01: challenge
    # option skipped`: two call sites whose sentences differ in one letter's case; the word after
    # the label's colon read as the label's value, one pattern `<*>: <*> option skipped`. A value
    # is spelt one way, a sentence each call site's own way
    def record(label: str, word: str, error: str) -> str:
        return f'WARN  {label}: {word} option skipped. error="{error}"'
    capital = record("http01", "Challenge", "http: server closed idle connection")
    small = record("dns01", "challenge", "json: cannot unmarshal string")
    assert _apart(capital, small) and _apart(small, capital)
    assert len(set(PatternMiner().add_batch([capital, small, capital, small]))) == 2
    assert _one_pattern(capital, record("tls01", "Challenge", "EOF"))
    # near misses: two words after the colon still differ as a label's values
    assert _one_pattern("WARN  dns01: alpha option skipped", "WARN  dns01: beta option skipped")
