"""The rules added after validating on log families the first rules were not written from.

Each test uses messages written for it, shaped like the general case the rule is about,
and checks both sides: what must now merge, and a near miss that must stay apart.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.masking import mask, tokens

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


def _one_pattern(*messages: str) -> bool:
    miner = PatternMiner()
    return len({miner.add(m) for m in messages}) == 1


def test_a_value_with_a_bracketed_second_form_is_one_value():
    # sizes with their human form, addresses with their resolved name, present or not
    plain = "job 7 finished: wrote 0 bytes, read 17 bytes"
    annotated = "job 8 finished: wrote 2048 bytes (2 KB), read 4100000 bytes (3.9 MB)"
    mixed = "job 9 finished: wrote 5 bytes, read 9000 bytes (8.8 KB)"
    assert tokens(mask(plain))[0] == tokens(mask(annotated))[0] == tokens(mask(mixed))[0]
    assert _one_pattern(plain, annotated, mixed)
    assert tokens(mask("lookup 10.0.0.1 () done"))[0] == tokens(mask("lookup 10.0.0.1 [7] done"))[0]
    # a word before the brackets is a call or a name, not a value: the brackets stay
    assert tokens(mask("called init(3) twice"))[0] == ["called", "init", "(", "<*>", ")", "twice"]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=2, max_size=6), at=st.integers(0, 6), data=st.data())
def test_a_second_form_in_brackets_never_moves_the_pattern(words, at, data):
    at = min(at, len(words))
    head, tail = " ".join(words[:at]), " ".join(words[at:])
    bare = f"{head} {data.draw(_VALUES)} {tail}".strip()
    annotated = f"{head} {data.draw(_VALUES)} ({data.draw(_VALUES)}) {tail}".strip()
    empty = f"{head} {data.draw(_VALUES)} () {tail}".strip()
    miner = PatternMiner()
    assert miner.add(bare) == miner.add(annotated) == miner.add(empty), (bare, annotated, empty)


def test_a_dotted_field_in_camel_case_before_a_number_is_not_a_host_and_port():
    assert mask("layout.scrollOffset:42, row:2") == "layout.scrollOffset:<*>, row:<*>"
    assert mask("layout.scrollOffset:-1, row:0") == "layout.scrollOffset:<*>, row:<*>"
    # real host names with a port still are one value, local ones in mixed case too
    assert mask("dial cache-2.prod.example.com:6379 ok") == "dial <*> ok"
    assert mask("dial Build-Mac.local:22 ok") == "dial <*> ok"
    assert _one_pattern("layout.scrollOffset:42, row:2", "layout.scrollOffset:-1, row:0")
    assert not _one_pattern("layout.scrollOffset:42, row:2", "layout.headerHeight:42, row:2")


def test_qualified_names_are_things_named_not_the_event():
    # three labels or more: a bundle, package or property; first or later in the message
    assert _one_pattern(
        "com.example.a: retry queued, next attempt in 40 seconds",
        "org.example.Billing.Export: retry queued, next attempt in 9 seconds",
    )
    assert _one_pattern("reloaded ui.theme.dark now", "reloaded net.proxy.port now",
                        "reloaded ui.font.size now")
    # a name of two labels is often the code location of the event: it stays a word
    assert not _one_pattern("Registry.addBlock: map updated", "Registry.delete: map updated")
    # and a dotted state in capitals is a state, qualified or not
    assert not _one_pattern("got intent.action.SCREEN_ON now", "got intent.action.SCREEN_OFF now")


def test_a_record_may_differ_in_length_at_one_place_and_in_values_elsewhere():
    # the second carries a structured value where the first has a bare one, and another
    # name after "=": still the same event
    assert _one_pattern(
        "closed handle=12 mode=rw owner=org.example.viewer holder=null uid=37",
        "closed handle=13 mode=rw owner=system holder=Holder{4711} uid=500",
    )
    # a length difference plus a word changed after a mere ":" is two events
    assert not _one_pattern(
        "probe: eth_reset_begin: Old mode: 3, retries: 2, queue len: 16, drops: 0, errors: 0",
        "probe: eth_setup: mode: 5, retries: 1, queue len: 16, drops: 4, errors: 1",
    )


def test_a_name_with_a_bracketed_range_or_list_is_a_set_of_names():
    assert mask("allocated nodes:rack-[12-15] to job") == "allocated nodes:<*> to job"
    assert mask(r"allocated nodes:rack-[3\ 9] to job") == "allocated nodes:<*> to job"
    assert mask("allocated nodes:cn[01-12,15] to job") == "allocated nodes:<*> to job"
    assert _one_pattern("allocated nodes:rack-[12-15] to job", "allocated nodes:rack-7 to job",
                        r"allocated nodes:rack-B[2\ 6] to job")
    # one number in brackets is an index, and a word in brackets a state: they stay
    assert mask("items[3] = 4") == "items[<*>] = <*>"
    assert mask("wake[enable]") == "wake[enable]"


def test_a_bracketed_annotation_some_records_lack_keeps_the_pattern():
    # a value with its name in brackets, where the name is sometimes a value itself (and
    # folds into it) and sometimes a plain word: either order
    named = "Low memory: stopped process 1234 (java) rss:2345kB, swap:12kB"
    masked = "Low memory: stopped process 99 (python3) rss:9kB, swap:1kB"
    assert _one_pattern(named, masked)
    assert _one_pattern(masked, named)
    # an extra bracketed word on a short message is not evidence enough
    assert not _one_pattern("job 12 done (cached)", "job 13 done")


def test_words_after_the_colon_of_an_operation_are_its_cause_once_they_vary():
    # C's perror and wrapped errors: the operation, a colon, what the OS or a library said
    miner = PatternMiner()
    causes = ["EOF", "broken pipe", "no route to host", "connection reset by peer", "EOF"]
    ids = {miner.add(f"reexec socketpair: {cause}") for cause in causes}
    assert len(ids) == 1
    assert miner.template(ids.pop()) == "reexec socketpair: <*>"
    # after a call or a quoted operand too
    assert _one_pattern("mux_session: pledge(): broken pipe", "mux_session: pledge(): EOF",
                        "mux_session: pledge(): operation timed out")
    assert _one_pattern('open "/etc/app.conf": permission denied',
                        'open "/tmp/spool/x.log": no such file or directory', 'open "a.txt": file exists')


def test_words_after_a_things_id_or_a_label_are_the_event():
    # a thing's id before the colon says what the event is about: closing is not created
    miner = PatternMiner()
    assert len({miner.add(f"TOPIC(orders-{n}): {event}") for n, event in
                enumerate(["closing", "created", "deleting channel 7"])}) == 3
    miner = PatternMiner()
    assert len({miner.add(f"channel {n}: {event}") for n, event in
                enumerate(["send close", "datagram too big"])}) == 2
    # a label alone (a level word, a name) before the colon: the event follows
    miner = PatternMiner()
    assert miner.add("warning: disk nearly full") != miner.add("warning: cache rebuilt slowly")
    # and states or phrases of an event after a colon are not causes: two events
    miner = PatternMiner()
    assert miner.add("Replica state: catching up") != miner.add("Replica state: fully synced")
    assert miner.add("Standby mode: warm standby") != miner.add("Standby mode: hot spare")
    assert miner.add("onReceive action: com.example.intent.SCREEN_ON") != miner.add(
        "onReceive action: com.example.intent.SCREEN_OFF")


def test_an_id_with_a_stem_and_its_second_form_in_brackets_is_one_value():
    # ids printed with a kind's stem (job_…, tx_…) or without, then their uuid, are one value
    assert tokens(mask("Terminating job_2zP5po8XKnJuJZKwCD6 (2d009614-4269-4f9f-aab5-2a1d7d26750e)"))[0] == [
        "Terminating", "job_<*>"]
    assert _one_pattern("Terminating QQTDVQG3CIQ9ZXZH99PVKL0LKI (8434da21-8fef-4379-8dc3-909211b0d61c)",
                        "Terminating job_2zP5po8XKnJuJZKwCD6 (2d009614-4269-4f9f-aab5-2a1d7d26750e)",
                        "Terminating tx_XczKPYFa0tejI (1b8a144a-5680-44af-bb6a-8e36bf6ce86e)")
    # a word before the brackets is still a call or a name
    assert tokens(mask("called init_v2(3) twice"))[0] == ["called", "init_v<*>", "(", "<*>", ")", "twice"]


def test_a_name_of_code_inside_a_message_field_is_a_value_but_the_event_words_are_not():
    # msg="..." names the event, but a thing it names (a name of code) varies within it
    assert _one_pattern('level=error msg="Failed to add SearchQueue to bridge via netlink" error=EOF',
                        'level=error msg="Failed to add checkout_queue to bridge via netlink" error=EOF',
                        'level=error msg="Failed to add default.catalog to bridge via netlink" error=EOF')
    miner = PatternMiner()
    # the event's own words never vary, nor its first word even when it is a name of code
    assert miner.add('level=info msg="cache hit" key=a1') != miner.add('level=info msg="cache miss" key=a2')
    assert miner.add("msg: ssl_verify_none_not_supported, connector: a") != miner.add(
        "msg: stopping_redis_connector, connector: b")


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
    miner = PatternMiner()
    assert miner.add("Started worker pool") != miner.add("Stopped worker pool")


def test_a_cause_may_follow_a_bracket_holding_its_class_or_its_peer_when_it_reads_as_a_failure():
    # an error's class or the peer it came from in brackets, then what it said
    miner = PatternMiner()
    ids = {miner.add(m) for m in (
        "WARNING hook cus_Wdj6LY failed with exception (System.Net.Http.HttpClient) execution expired",
        "WARNING hook 0c8aafa3fedb336e failed with exception (org.example.pool.Pool) connection refused",
        "WARNING hook 60360 failed with exception (IOError) unexpected EOF")}
    assert len(ids) == 1
    assert miner.template(ids.pop()) == "WARNING hook <*> failed with exception (<*>) <*>"
    # after a bracket an event's own words come too: they stay the event's
    miner = PatternMiner()
    causes = {miner.add(f"PROTOCOL(V2): [client-{n}] {cause}") for n, cause in
              enumerate(["version mismatch between nodes", "no healthy upstream", "connection reset"])}
    events = {miner.add(f"PROTOCOL(V2): [client-{n}] {event}") for n, event in
              enumerate(["upgrading connection to snappy", "exiting ioloop"])}
    assert len(causes) == 1 and len(events) == 2 and not causes & events


def test_the_newcomer_examples_give_one_pattern_and_template_in_any_order():
    flags = ["Feature flags:   [ ] khepri_db", "Feature flags:   [x] classic_queue_version",
             "Feature flags:   [~] stream_queue", "Feature flags:   [x] virtual_host_metadata"]
    dpkg = ["status unpacked tzdata 2024a-0ubuntu0.20.04", "status unpacked libc6:amd64 2.31-0ubuntu9.16",
            "status unpacked base-files 11ubuntu5.8", "status unpacked python3-yaml:amd64 5.3.1-1"]
    for lines, template in ((flags, "Feature flags: [<*>] <*>"), (dpkg, "status unpacked <*> <*>")):
        seen = set()
        for ordered in (lines, lines[::-1], lines[1:] + lines[:1]):
            miner = PatternMiner()
            ids = {miner.add(line) for line in ordered}
            assert len(ids) == 1 and miner.template(next(iter(ids))) == template, ordered
            seen |= ids
        # a mark in brackets, a name with its value, name their pattern alike whichever came first
        assert len(seen) == 1


def test_a_patterns_id_does_not_depend_on_which_cause_or_subject_came_first():
    causes = [f"reexec socketpair: {cause}" for cause in ("broken pipe", "connection refused", "EOF")]
    subjects = ["syslogd startup succeeded", "klogd startup succeeded"]
    for lines in (causes, subjects):
        seen = set()
        for ordered in (lines, lines[::-1]):
            miner = PatternMiner()
            seen |= {miner.add(line) for line in ordered}
        assert len(seen) == 1, lines


def test_a_cause_may_hold_colons_as_wrapped_errors_do():
    # Go wraps errors with their context: the cause runs from the first colon of the run
    # that ends the message
    miner = PatternMiner()
    ids = {miner.add(m) for m in (
        "Err fetching namespace 'search_frontend': json: cannot unmarshal string into Go value of type int",
        "Err fetching namespace 'archive-api': EOF",
        "Err fetching namespace 'search-api': x509: certificate signed by unknown authority",
        "Err fetching namespace 'private.archive': mkdir /var/spool/x.crt: permission denied")}
    assert len(ids) == 1
    assert miner.template(ids.pop()) == "Err fetching namespace '<*>': <*>"
    assert _one_pattern("process_write: write packet: connection reset by peer",
                        "process_write: write packet: x509: certificate has expired",
                        "process_write: write packet: EOF")


def test_a_value_in_backticks_is_a_value():
    # Rust and Go programs quote names in prose with backticks, as others with quotes
    assert mask("remote `main.backend` answered with: x") == "remote `<*>` answered with: x"
    assert _one_pattern("Could not export documents to `archive` due to error: channel closed",
                        "Could not export documents to `EventsStore` due to error: task was cancelled",
                        "Could not export documents to `media-db` due to error: broken pipe")
    # a backtick inside a word is not a quote
    assert mask("x`y` z") == "x`y` z"


def test_the_word_after_of_names_a_thing():
    # "removal of <package>", "configuration of <package>": of introduces what is acted on
    assert _one_pattern("dependency problems prevent removal of frontend-cache:\n/srv/orders/current",
                        "dependency problems prevent removal of daily:\n/srv/uploads/server.crt",
                        "dependency problems prevent removal of media_v2:\n/run/uploads/data.db")
    # other prepositions of prose still name the event's own words
    miner = PatternMiner()
    assert miner.add("Block rdd_1 stored as bytes in memory") != miner.add(
        "Block rdd_2 stored as values in memory")


def test_a_name_of_code_right_after_a_value_is_part_of_it():
    # the masker folds a run of values into one (1 inventory-24); a name of code after a
    # value (9 secondary.search) is the same value in two parts
    lines = ["queryTopicsByConsumer getResponseCommand failed, 9 secondary.search",
             "queryTopicsByConsumer getResponseCommand failed, 1 inventory-24",
             "queryTopicsByConsumer getResponseCommand failed, 3 orders_v2"]
    for ordered in (lines, lines[::-1]):
        assert _one_pattern(*ordered)
    # a word of prose after a value is the event's own
    miner = PatternMiner()
    assert miner.add("replica 4 lagging behind") != miner.add("replica 5")


def test_an_object_printed_inside_a_sentence_is_one_value():
    # JSON.stringify(x) or JavaScript's own [object Object] in a sentence: an argument,
    # whose keys vary with what was passed
    assert tokens(mask('Stick to {"owner":"ledger-api","id":717} instead of GET'))[0] == [
        "Stick", "to", "<*>", "instead", "of", "GET"]
    assert _one_pattern('Stick to {"name":"OrdersQueue"} instead of GET',
                        'Stick to {"size":601,"retries":226} instead of GET',
                        "Stick to [object Object] instead of GET")
    # a record that is the message keeps its keys, and one that names its event too
    assert "login" in tokens(mask('{"event":"login","user":"bob"}'))[0]
    miner = PatternMiner()
    assert miner.add('got {"event":"login","user":"bob"}') != miner.add(
        'got {"event":"logout","user":"bob"}')


def test_a_list_of_names_as_go_prints_it_and_an_empty_one_are_one_value():
    lines = ["[manual.accounts payments_media mailer] already configured, skipping origin=7",
             "[] already configured, skipping origin=72804359",
             "[delta GatewayService] already configured, skipping origin=1",
             "[indexer-queue AccountsIndex] already configured, skipping origin=3"]
    for ordered in (lines, lines[::-1]):
        assert _one_pattern(*ordered)
    # words of prose in brackets are not a list of names
    assert tokens(mask("[see the docs] for details"))[0][:5] == ["[", "see", "the", "docs", "]"]


def test_a_subject_in_any_form_with_a_list_of_any_length():
    # a name of code as subject, however long the message, and an empty list among full ones
    lines = ["mailer-db detected changes in ['delta.orders', 'accounts_archive']. Reloading...",
             "IndexerService detected changes in ['billing.internal', 'BackendQueue']. Reloading...",
             "archive-replica detected changes in ['weekly', 'audit-api']. Reloading...",
             "reports-replica detected changes in []. Reloading..."]
    assert _one_pattern(*lines)
    # a plain word first in a long sentence is not taken for a name
    miner = PatternMiner()
    assert miner.add("connection detected changes in the routing table of node 4") != miner.add(
        "session detected changes in the routing table of node 5")


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
    assert mask("PDF/A metadata stamping failed (invalid literal for int() with base 10: 'abc')" + tail) == (
        "PDF/A metadata stamping failed (<*>)" + tail)
    assert _one_pattern("PDF/A metadata stamping failed (timed out)" + tail,
                        "PDF/A metadata stamping failed (KeyError('id'))" + tail,
                        "PDF/A metadata stamping failed (Connection reset by peer)" + tail)
    # a code and its message keep their form; a failure alone in brackets is no cause's
    assert mask("connect() failed (111: Connection refused) while reading") == (
        "connect() failed (<*>: Connection refused) while reading")
    assert mask("(failed (x y z))") == "(failed (x y z))"


def test_a_path_glued_to_its_key_is_one_value():
    assert mask("Apply x (args:1 kwargs:/home/alice/Documents/Tax Returns/Invoice March.pdf)") == (
        "Apply x (args:<*> kwargs:<*>)")
    assert mask("fetched https://example.com/a/b?x=1 ok") == "fetched <*> ok"


def test_a_first_word_in_capitals_may_be_a_name_where_others_have_a_value():
    # RocksDB's CURRENT file, a constant's name: where other records of the event have a
    # value; a level or a request's method is no name
    assert _one_pattern("/etc/ssh/sshd_config line 3: bad ListenAddress syntax",
                        "/home/alice/x.conf line 12: bad ListenAddress syntax",
                        "CURRENT line 1: bad ListenAddress syntax")
    miner = PatternMiner()
    assert miner.add("10.0.0.1 connection closed by peer") != miner.add("ERROR connection closed by peer")


def test_a_name_of_code_that_ends_as_a_verb_is_still_a_name():
    # auth_shipping ends as a verb's form; a name of code is no verb
    assert _one_pattern("users failed to open table: connection refused",
                        "auth_shipping failed to open table: rebalance in progress",
                        "inventory_shipping failed to open table: no healthy upstream")
    # a plain verb's form first is the event's word
    miner = PatternMiner()
    assert miner.add("shipping failed to open table: x") != miner.add("loading failed to open table: x")


def test_a_path_does_not_reach_over_a_word_of_prose_to_the_next_one():
    # "from /var/log/frontend to data/index.html": two paths, not one with spaces
    assert mask("rename from /var/log/frontend to data/index.html failed") == "rename from <*> to <*> failed"
    assert mask("open /media/TV Shows/The Office/S01E03 - Pilot.mkv now") == "open <*> now"


def test_two_names_of_code_after_a_mark_are_things_of_one_kind():
    # CreateFileMapping(<name>, <size>): two names of code after "(" differ as values do
    assert _one_pattern("CreateFileMapping(mailer_gateway, 464149) failed (24: Too many open files)",
                        "CreateFileMapping(premium.indexer, 78045) failed (32: Broken pipe)",
                        "CreateFileMapping(media-staging, 123.5 KB) failed (111: Connection refused)")
    # words of prose after a mark stay the event's
    miner = PatternMiner()
    assert miner.add("cache ready, warm") != miner.add("cache ready, cold")


def test_a_double_quoted_value_may_hold_single_quotes():
    assert mask("""Set date MONTH value "missing required field 'email'" now""") == (
        'Set date MONTH value "<*>" now')
    assert mask("""Set date MONTH value "UPDATE orders SET status = 'paid'" now""") == (
        'Set date MONTH value "<*>" now')


def test_random_ids_with_a_kinds_stem_and_localhost_are_values():
    # base62 ids with their kind's stem (as payment and SaaS APIs issue them), no digit in them
    assert mask("Terminating req_OAhpgdz now") == "Terminating <*> now"
    assert mask("[plugins/tx_oZRTImFAMmYyjsO] See x") == "[plugins/<*>] See x"
    assert _one_pattern("Terminating req_OAhpgdz (c650f3fb-8f1b-4c82-b3a1-bc1573926ac2)",
                        "Terminating job_2zP5po8XKnJuJZKwCD6 (2d009614-4269-4f9f-aab5-2a1d7d26750e)")
    # names of code keep their words
    assert mask("my_var set, get_HTTPS ok") == "my_var set, get_HTTPS ok"
    # the local host is a host, with its port or not
    assert mask("Writing to URL: localhost:2379") == mask("Writing to URL: db-1.internal:5432") == (
        "Writing to URL: <*>")


def test_causes_of_any_length_after_one_operation_are_one_value():
    # the text before the colon says where causes go, whatever the length of each cause
    assert _one_pattern('basename "/home/deploy/releases/audit/manifest.json": operation timed out',
                        'basename "/var/cache/scheduler/app.log": TLS handshake timeout',
                        'basename "app.log": connection reset by peer',
                        'basename "/opt/indexer/IMG_2041.jpg": connection refused')


def test_a_cause_holds_values_and_punctuation_of_its_own():
    # what a library says holds addresses, paths, brackets and colons (Go's wrapped
    # errors, Rust's os errors, Ruby's NoMethodError): one value after the operation
    miner = PatternMiner()
    ids = {miner.add(f"No connection to audit sink: {cause}") for cause in (
        "context deadline exceeded",
        "dial tcp [::1]:19492: connect: connection refused",
        "read tcp 10.0.0.7:5501->10.0.0.9:6000: read: connection reset by peer",
        'Get "https://example.com/x": dial tcp 10.1.2.3:443: i/o timeout',
        "No such file or directory (os error 2)",
        "undefined method `id' for nil:NilClass")}
    assert len(ids) == 1
    assert miner.template(ids.pop()) == "No connection to audit sink: <*>"
    # a sentence after the cause is no part of it, nor is the next item of a list
    miner = PatternMiner()
    assert miner.add("Lookup of sink: EOF. The rest is dropped") != miner.add(
        "Lookup of sink: broken pipe, retrying with 3 peers")


def test_a_word_introduced_as_a_value_before_a_colon_is_a_things_name():
    # "for blue:" names what the event is about: the words after it are the event's, and
    # two call sites that print their own failure there stay two
    miner = PatternMiner()
    first = {miner.add(f"Notify from 10.0.0.{n} for {zone}: transfer failed: {cause}") for n, zone, cause in
             ((1, "blue", "EOF"), (2, "red", "connection refused"), (3, "green", "already exists"))}
    second = {miner.add(f"Notify from 10.0.0.{n} for {zone}: failed primary check: {cause}")
              for n, zone, cause in
              ((4, "blue", "i/o timeout"), (5, "amber", "no such host"))}
    assert len(first) == 1 and len(second) == 1 and first != second
    # a kind of thing there (by app:) is the operation's word, as before
    assert _one_pattern("ASGI lifespan not supported by app: not found",
                        "ASGI lifespan not supported by app: invalid character 'x' looking for beginning")


def test_after_a_bracket_a_failure_with_its_own_cause_is_the_events():
    # PROTOCOL(V2): [client] <cause> and PROTOCOL(V2): [client] messagePump error - <cause>
    # are two call sites: the second prints its own failure before its cause
    miner = PatternMiner()
    bare = {miner.add(f"PROTOCOL(V2): [client-{n}] {cause}") for n, cause in
            enumerate(["connection reset by peer", "no healthy upstream", "EOF"])}
    pump = {miner.add(f"PROTOCOL(V2): [client-{n}] messagePump error - {cause}") for n, cause in
            enumerate(["broken pipe", "i/o timeout"])}
    assert len(bare) == 1 and len(pump) == 1 and bare != pump
    # a library's own text with a dash in it (Ruby's Errno messages) is still one cause
    miner = PatternMiner()
    ids = {miner.add(f"WARNING hook {n} failed with exception (IOError) {cause}") for n, cause in enumerate([
        "unexpected EOF", 'Connection refused - connect(2) for "10.0.0.1" port 6379',
        "No such file or directory @ rb_sysopen - /srv/x.crt", "Broken pipe"])}
    assert len(ids) == 1
    # nor is a bracket followed by more brackets a cause's: (RUNNING) is a state of the event
    miner = PatternMiner()
    assert miner.add("Cannot create customer (ab12cd34) using type (RUNNING) as it is not supported") != (
        miner.add("Cannot create customer (ef56ab78) using type (STARTING) as it is not supported"))


def test_a_cause_on_the_next_line_after_a_failures_colon_is_one_value():
    # loggers print the cause after a newline too (log.exception("…:\n%s"), dpkg's
    # "dependency problem with …:\n <why>")
    assert mask("Exception during worker exit:\nunexpected EOF") == "Exception during worker exit:\n<*>"
    assert _one_pattern("Exception during worker exit:\nunexpected EOF",
                        "Exception during worker exit:\n[Errno 13] Permission denied: '/var/lib/auth'",
                        "Exception during worker exit:\nExpecting value: line 1 column 1 (char 0)")
    # a colon that ends a line with no failure before it stays as it is
    assert mask("Stats of the day:\nall quiet") == "Stats of the day:\nall quiet"


def test_brackets_that_end_a_failures_clause_hold_its_cause():
    # C and Go programs print the cause in brackets at the end of the failure's clause
    assert mask("Could not sync config file to disk (no space left on device)") == (
        "Could not sync config file to disk (<*>)")
    assert _one_pattern("error reading native CA store (EOF), continuing anyway",
                        "error reading native CA store (certificate has expired), continuing anyway",
                        "error reading native CA store (server closed the connection), continuing anyway")
    # brackets inside the clause are not its end; the last ones are
    assert mask("Failed after writing (12) bytes to config file (broken pipe)") == (
        "Failed after writing (<*>) bytes to config file (<*>)")
    # a code and its message keep their form; brackets after a new clause are not the failure's
    assert mask("connect() failed (111: Connection refused)") == "connect() failed (<*>: Connection refused)"
    assert mask("Failed to start, retrying (attempt three)") == "Failed to start, retrying (attempt three)"
    assert mask("Failed to start (attempt three) now") == "Failed to start (attempt three) now"


def test_a_cause_may_follow_a_sentence_and_a_failure_s_colon_stays_in_its_sentence():
    # Python's logger.error("Error loading app. %s", exc): a sentence, then what was raised
    miner = PatternMiner()
    ids = {miner.add(f"Error loading custom setup function. {cause}") for cause in (
        "[Errno 13] Permission denied: 'data/server.crt'", "KeyError('id')", "database is locked",
        "AbortError: The operation was aborted")}
    assert len(ids) == 1
    assert miner.template(ids.pop()) == "Error loading custom setup function. <*>"
    # the failure's colon is in its sentence: the words of the next one are not its cause
    assert mask("Error loading app. Expecting value: line 1") == (
        "Error loading app. Expecting value: line <*>")
    # but a key right after it introduces the cause (… error. Msg: <*>)
    assert mask("Skipping message due to unrecoverable error. Msg: lease expired") == (
        "Skipping message due to unrecoverable error. Msg: <*>")
    # a sentence, then a key: the cause follows the key, and the key stays
    miner = PatternMiner()
    one = miner.add("Timeout while reading. Retrying automatically. Reason: lease expired")
    assert one == miner.add("Timeout while reading. Retrying automatically. Reason: checksum mismatch")
    assert miner.template(one) == "Timeout while reading. Retrying automatically. Reason: <*>"


def test_a_value_around_a_stem_names_its_pattern_as_a_value_would():
    # req_pjYxUR8t masks to req_pjYxUR<*>, 522352 to <*>: one event, one id whichever came first
    lines = ['level=debug msg="Pushing repository: req_pjYxUR8t"',
             'level=debug msg="Pushing repository: 522352"',
             "Delete client: msg_rMN78v | subscription: 67397662",
             "Delete client: 0b443ff424ec74fd7d8ec63bfe84d983ed7d1cb3 | subscription: 86358"]
    for pair in (lines[:2], lines[2:]):
        seen = set()
        for ordered in (pair, pair[::-1]):
            miner = PatternMiner()
            seen |= {miner.add(line) for line in ordered}
        assert len(seen) == 1, pair


def test_after_a_things_id_the_words_are_the_events_even_when_they_read_as_failures():
    # "Container 12: failed to stop" and "Container 13: not running" are two events, as
    # are two texts after an id in brackets: no cause is learned after a thing's id
    miner = PatternMiner()
    assert miner.add("Container 12: failed to stop") != miner.add("Container 13: not running")
    miner = PatternMiner()
    assert miner.add("PayPal IPN (ab12): Transaction was not in USD") != miner.add(
        "PayPal IPN (cd34): Already processed this completed transaction")


def test_a_failures_last_spaced_colon_introduces_its_cause():
    # HAProxy and Java loggers write "error : <cause>": the last spaced colon after a failure
    assert mask("Could not change to directory /srv/www : permission denied") == (
        "Could not change to directory <*> : <*>")
    assert mask("Impossible to get back to initial directory '/srv' : no route to host") == (
        "Impossible to get back to initial directory '<*>' : <*>")
    # a failure right before it is a field's value: what follows is not its cause
    assert mask("Mount FAILED : retry later") == "Mount FAILED : retry later"
    # the spaced colons that separate fields before it stay
    assert mask("parsing [a.cfg:3] : error detected while parsing a 'x' condition : broken pipe.") == (
        "parsing [<*>] : error detected while parsing a '<*>' condition : <*>")


def test_a_cause_glued_to_a_failures_colon_is_one_value():
    # Java's "failed to close statement:" + e, Go's "error fetching CN from cert:" + err
    assert mask("[CHECK] failed to close statement:Connection reset") == (
        "[CHECK] failed to close statement:<*>")
    assert _one_pattern("error fetching CN from cert:x509: certificate has expired",
                        "error fetching CN from cert:EOF")
    # a name and its value glued to a colon, with no failure before, stay as they are
    assert mask("loaded class:Foo from cache") == "loaded class:Foo from cache"


def test_the_operand_of_a_failure_before_its_cause_is_a_name_that_varies():
    # a name of code before a failure's colon is what failed, not a label saying where
    assert _one_pattern("Could not load command inventory-east: invalid literal for int(): 'abc'",
                        "Could not load command uploads_users: timed out",
                        "Could not load command metrics.cache: broken pipe")
    # before a colon with no failure, a name of code is still a label
    miner = PatternMiner()
    assert miner.add("probe eth_setup: 5") != miner.add("probe eth_reset: 7")


def test_causes_of_every_language_after_a_failure_are_one_value():
    # Erlang terms, Python reprs and parse errors after the failure forms seen in logs
    causes = ["{badmatch,{error,enoent}}", "KeyError('user_id')", "[Errno 111] Connection refused",
              "Expecting value: line 1 column 1 (char 0)", "{shutdown,normal}", "EOF"]
    for form in ("shard {n} error : {e}", "failed to close statement:{e}", "Failed to sync shard {n}: {e}"):
        miner = PatternMiner()
        assert len({miner.add(form.format(n=n, e=e)) for n, e in enumerate(causes)}) == 1, form
    # a failure's own cause folded inside a cause after a bracket reads as a failure
    assert _one_pattern("hook 1 failed with exception (IOError) read tcp 10.0.0.1:5->10.0.0.2:6: read: reset",
                        "hook 2 failed with exception (IOError) broken pipe")


def test_after_an_operations_colon_one_cause_that_reads_as_a_failure_is_enough():
    # the first record's words need not read as a failure: the second shows causes go there
    miner = PatternMiner()
    ids = {miner.add(f"Template attempted restricted operation: {cause}") for cause in
           ("shutting down", "permission denied", "maintenance window", "EOF")}
    assert len(ids) == 1
    miner = PatternMiner()  # whichever comes first
    assert len({miner.add(f"Template attempted restricted operation: {cause}") for cause in
                ("EOF", "shutting down", "maintenance window")}) == 1
    # two phrases of an event, neither a failure, stay two events
    miner = PatternMiner()
    assert miner.add("Replica state: catching up") != miner.add("Replica state: fully synced")


def test_a_spaced_dash_after_an_operation_introduces_its_cause():
    assert _one_pattern("LOOKUPD(a): parsing response - connection refused",
                        "LOOKUPD(b): parsing response - no such file or directory",
                        "LOOKUPD(c): parsing response - EOF")
    miner = PatternMiner()
    assert miner.add("Sync shard 4 - all replicas caught up") != miner.add(
        "Sync shard 5 - two replicas lagging")


def test_a_learned_cause_names_its_pattern_from_the_folded_text_whatever_its_length():
    # a long cause must not make the first word a subject in the id of one order only
    lines = ["monotonic clock: version mismatch between nodes",
             "monotonic clock: missing required field 'email'"]
    seen = set()
    for ordered in (lines, lines[::-1]):
        miner = PatternMiner()
        seen |= {miner.add(line) for line in ordered}
    assert len(seen) == 1


def test_a_quoted_operand_before_a_colon_in_prose_is_a_value_not_a_json_key():
    assert mask('Error while getting count for value "legacy": task was cancelled') == (
        'Error while getting count for value "<*>": <*>')
    assert mask('process_write: write "remote": EOF') == 'process_write: write "<*>": EOF'
    # JSON keys stay, and so does a request's method
    assert mask('{"a": 1, "b": "x"}') == '{"a": <*>, "b": "<*>"}'
    assert mask('falling back to default method "GET": EOF') == 'falling back to default method "GET": EOF'


def test_a_cause_inside_a_quoted_message_ends_with_the_message():
    # structured loggers quote the message: the record's other keys stay after the cause
    assert mask('level=error msg="Failed to add bridge: connection refused" iface=eth0') == (
        'level=error msg="Failed to add bridge: <*>" iface=<*>')
    assert mask('{"level":"error","msg":"failed to sync: EOF","shard":3}') == (
        '{"level":"<*>","msg":"failed to sync: <*>","shard":<*>}')
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
    miner = PatternMiner()
    assert miner.add("ERROR Replica state: catching up") != miner.add("ERROR Replica state: fully synced")
    # a failure said in the message still folds its cause
    assert mask("ERROR failed to sync: EOF") == "ERROR failed to sync: <*>"


def test_a_cause_inside_a_structured_records_message_is_learned_too():
    # logrus, zap, slog: msg="sync shard: <what the library said>" and the record's keys
    causes = ["connection refused", 'Get "https://x/y": dial tcp 10.0.0.1:443: i/o timeout', "EOF",
              "invalid character 'x' looking for beginning of value", "no such file or directory"]
    for form in ('level=error msg="sync shard: {e}" shard={n}',
                 '{{"level":"error","msg":"sync shard: {e}","n":{n}}}'):
        miner = PatternMiner()
        ids = {miner.add(form.format(e=e.replace('"', '\\"') if "{{" in form else e, n=n))
               for n, e in enumerate(causes)}
        assert len(ids) == 1, form
    miner = PatternMiner()
    one = miner.add('level=error msg="sync shard: connection refused" shard=1')
    assert miner.add('level=error msg="sync shard: EOF" shard=2') == one
    assert miner.template(one) == 'level=error msg="sync shard: <*>" shard=<*>'
    # the words of the message before a cause stay the event's
    assert miner.add('level=error msg="sync replica: EOF" shard=2') != one


def test_an_error_named_as_what_an_operation_returned_is_followed_by_its_text():
    # returned error <text>, with the following error <text>, after config error <text>
    assert mask("lookup 5 returned error connection refused") == "lookup <*> returned error <*>"
    assert _one_pattern("failed to transfer leadership to node a with the following error lease expired",
                        "failed to transfer leadership to node b with the following error checksum mismatch")
    # the error as a noun of the event stays (an error occurred during …, got error while …)
    assert mask("An error occurred during plugin activation") == "An error occurred during plugin activation"
    assert mask("got error while reading x") == "got error while reading x"


def test_a_learned_cause_never_crosses_a_spaced_colon():
    # HAProxy's parsing [<file>:<line>] : <message>: the spaced colon separates fields, so
    # what follows is the event, whatever its words
    miner = PatternMiner()
    ids = {miner.add(m) for m in ("parsing [/etc/a.cfg:12] : missing name for healthcheck section.",
                                  "parsing [/etc/b.cfg:3] : unknown keyword 'x' in spoe-group section.",
                                  "parsing [/etc/c.cfg:9] : 'y' not allowed in 'defaults' section.")}
    assert len(ids) == 3


def test_after_a_sentence_that_says_a_failure_any_cause_folds_once_one_reads_as_one():
    miner = PatternMiner()
    ids = {miner.add(f"Error loading shard. {cause}") for cause in
           ("{shutdown,normal}", "KeyError('id')", "Call to a member function get() on null",
            "Attempt to read property on null")}
    assert len(ids) == 1
    # after a sentence of an event, another sentence may be its own
    miner = PatternMiner()
    assert miner.add("Worker stopped. Restarting in 5 s") != miner.add("Worker stopped. Pool drained")
