"""Rules about values inside a message: places, lists, records, structured fields.

Each test uses messages written for it, shaped like the general case the rule is about,
and checks both sides: what must now merge, and a near miss that must stay apart.
"""

from __future__ import annotations

from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import mask
from otlp_sampler.patterns.tokens import tokens
from tests.patterns.test_general_rules import _ids  # the ids one miner gives messages, in order


def test_a_place_alone_in_brackets_is_one_value_however_its_name_is_spelt():
    # a file and its line, a host and its port: the masker sees some names as values
    # (an extension, a path with a dot) and not others (src/LOCK, a bare host)
    lines = [
        "reading [/etc/proxy/main.cfg:12] : unknown keyword 'tune' in global section",
        "reading [conf/LOCAL:7] : unknown keyword 'bind' in global section",
        "reading [/srv/conf/base.d/extra:9] : unknown keyword 'mode' in global section",
        "reading [10.0.0.7:8080] : unknown keyword 'maxconn' in global section",
    ]
    assert len({tuple(tokens(mask(line))[0][:4]) for line in lines}) == 1
    assert len(_ids(*lines)) == 1
    assert tokens(mask("declared at (conf/peers:3) twice"))[0] == ["declared", "at", "(", "<*>", ")", "twice"]
    # a key and its value in brackets keep their key
    assert tokens(mask("pick [name:orders] now"))[0] == ["pick", "[", "name", ":", "orders", "]", "now"]
    assert tokens(mask("pick [name:5] now"))[0] == ["pick", "[", "name", ":", "<*>", "]", "now"]


def test_a_list_of_names_or_an_empty_list_is_one_value():
    # lists print with commas in most languages, empty ones as [] or {}; one event's
    # records hold lists of any length, of names of any spelling
    lines = [
        "Peer selection: [billing-east, private.inventory, reports]",
        "Peer selection: [orders_v2, beta]",
        "Peer selection: []",
        "Peer selection: [10.0.0.1, 10.0.0.2]",
    ]
    assert len({tuple(tokens(mask(line))[0]) for line in lines}) == 1
    assert len(_ids(*lines)) == 1
    assert tokens(mask("options={} given"))[0] == tokens(mask("options={'a': 1} given"))[0]
    # the value of a key that is a list, of one name, of words or none, is one value, as a bare
    # or a quoted one is (logfmt quotes a list that holds spaces; a word there varies as the value
    # of a key, Matching)
    for value in ("[CheckoutService]", "[stable]", "[]", "[a b c]", '"[a b c]"', "{a: 1}", "1"):
        assert tokens(mask(f"retry times={value}, error=x"))[0][:5] == ["retry", "times", "=", "<*>", ","]
    assert tokens(mask('{"tags":["a","b"],"n":1}'))[0] == tokens(mask('{"tags":[],"n":1}'))[0]
    # a list of one quoted value too
    assert tokens(mask("changes in ['stable']. Reloading"))[0] == \
        tokens(mask("changes in ['a', 'b']. Reloading"))[0]
    # a list of plain words is words (an enumeration the program writes), and a bracket
    # holding a space is a mark others fill ([ ] / [x]), not an empty list
    assert tokens(mask("modes [read, write] allowed"))[0] == \
        ["modes", "[", "read", ",", "write", "]", "allowed"]
    assert tokens(mask("Feature flags: [ ] quorum"))[0] == ["Feature", "flags", ":", "[", "]", "quorum"]


def test_a_quote_that_ends_a_sentence_opens_no_quoted_value():
    # logfmt: msg="… format." then the next key; the closing quote is not an opening one
    line = 'level=INFO msg="Changed the default format." scrape.protocols="[a b]"'
    assert mask(line) == 'level=INFO msg="Changed the default format." scrape.protocols="<*>"'
    assert mask('said "hi" then "bye"') == 'said "<*>" then "<*>"'
    # nor one after a closing mark (a backtick, a bracket): the message ends there
    assert mask('level=ERROR msg="failed after `CleanTombstones`" dir=/a/b.gz err="x y"') == \
        'level=ERROR msg="failed after `<*>`" dir=<*> err="<*>"'
    # escaped quotes inside a quoted value are its own
    assert mask('replied "a \\"quoted\\" word" done') == 'replied "<*>" done'


def test_a_message_key_after_the_message_is_a_field():
    # hclog and many loggers print the message, then key=value fields: a field named
    # event (or msg) there varies like any other
    lines = [f"agent.plugins: plugin state changed: event={state} plugin_id={n}"
             for state, n in (("ready", 4), ("pending", 9), ("idle", 12), ("failed", 3))]
    assert len(_ids(*lines)) == 1
    # where the record starts with its fields, the message key names the event
    assert len(_ids("ts=2024-01-02 level=info event=login user=7",
                    "ts=2024-01-03 level=info event=logout user=8")) == 2
    assert len(_ids('{"level":"info","event":"login","user":7}',
                    '{"level":"info","event":"logout","user":8}')) == 2
    # a word of prose right before it makes it a word of the sentence, whose value varies
    assert len(_ids("car_id=3 [info] Unhandled message: delta", "car_id=4 [info] Unhandled message: Foo",
                    "car_id=5 [info] Unhandled message: 17")) == 1


def test_a_quoted_value_before_a_colon_of_prose_is_a_value():
    # Rust's {:?} and Go's %q quote names in prose, a colon may follow them
    assert mask('"heidi": resizing to 5 bytes') == '"<*>": resizing to <*>'
    assert mask('signing zone "a.db" in "[main system]": keys valid') == \
        'signing zone "<*>" in "<*>": keys valid'
    assert len(_ids('skipping zone "x.db" in "[main system]": keys valid',
                    'skipping zone "y.db" in "[]": keys valid',
                    'skipping zone "z.db" in "[orders_v2 edge-1]": keys valid')) == 1
    # a JSON key keeps its name, a method names the event
    assert mask('got {"user": 7, "name": "bob"}') == 'got {"user": <*>, "name": "<*>"}'
    assert mask('falling back to method "GET": broken pipe').startswith('falling back to method "GET"')


def test_gnu_quotes_hold_one_value():
    # `name' quoting (GNU tools, older C programs): the words inside are one value
    assert mask("Parse zone `shutting down': unexpected EOF") == "Parse zone `<*>': <*>"
    assert len(_ids("cannot open `my file.txt': no such file",
                    "cannot open `other': no such file")) == 1


def test_one_introduced_value_may_differ_in_a_message_of_few_constants():
    # a short message has too few constants for the share of equal ones to say much: one
    # difference that a name's shape or a naming word introduces as a value is enough
    assert len(_ids("Stored orders_queue", "Stored premium.cache", "Stored EdgeCache")) == 1
    assert len(_ids("enqueued job: mailer_queue", "enqueued job: billing.jobs")) == 1
    # two such differences, or a plain word, or a state in prose, still split
    assert len(_ids("Stored orders", "Stored premium")) == 2
    assert len(_ids("VM Started", "VM Paused")) == 2
    assert len(_ids("mount_a: probe_x failed", "mount_b: probe_y failed")) == 2


def test_a_name_of_code_that_ends_a_sentence_is_still_a_name():
    # the stop belongs to the sentence, not to the name
    assert len(_ids("The option was set to SearchQueue. Restart to apply it",
                    "The option was set to orders_queue. Restart to apply it",
                    "The option was set to billing-east. Restart to apply it")) == 1
    assert len(_ids("The option was set to default. Restart to apply it",
                    "The option was set to manual. Restart to apply it")) == 2


def test_an_object_printed_in_angle_brackets_is_one_value():
    # Python's repr, Ruby's inspect: the type and fields vary with the object passed
    assert len(_ids("Dropping <Request GET https://example.com/a>: too many retries",
                    "Dropping <Response 404 https://example.com/b>: too many retries",
                    "Dropping <Task pending name='t1' coro=<run()>>: too many retries",
                    "Dropping #<User id: 3, name: \"bob\">: too many retries")) == 1
    # a placeholder in the text, a generic type and a comparison are not objects
    assert tokens(mask("parse <metric>_created as ST"))[0][1:4] == ["<", "metric", ">"]
    assert tokens(mask("if a < b then c > d"))[0] == ["if", "a", "<", "b", "then", "c", ">", "d"]


def test_a_windows_path_leaves_the_comma_or_the_bracket_after_it():
    # a list of keys and values goes on after the path (C# message templates)
    assert mask(r"Deleting item, Name: x, Path: C:\data\a.log, Id: 7") == \
        "Deleting item, Name: x, Path: <*>, Id: <*>"
    # and the bracket that closes around it (a cause in brackets after a failure folds whole)
    assert mask(r"Waveform failed to load (file a.mp3 not at C:\data\CURRENT).") == \
        "Waveform failed to load (<*>)."


def test_a_plain_first_word_may_be_a_name_where_others_have_values():
    # once records of the event started with values, a plain word there is a name too
    miner = PatternMiner()
    first = miner.add("worker-3 received unhandled info <<\"billing\">>")
    assert miner.add("events-25 received unhandled info checkout_prod") == first
    assert miner.add("auto received unhandled info indexerservice") == first
    # a verb there is the event's own word
    assert miner.add("restart received unhandled info indexerservice") != first


def test_a_list_joined_with_commas_in_prose_is_one_value():
    # string.Join(", ", …), ", ".join(…): any number of items, of any spelling
    lines = ["Registered providers: global, analytics-worker, MediaQueue. Fallback: local",
             "Registered providers: orders_v2, edge-1. Fallback: local",
             "Registered providers: alpha, beta, gamma, delta. Fallback: local"]
    assert len({tuple(tokens(mask(line))[0]) for line in lines}) == 1
    assert len(_ids(*lines)) == 1
    # a clause after a comma, keys and values, and a call's arguments stay
    assert tokens(mask("failed to open foo_bar, retrying"))[0] == \
        ["failed", "to", "open", "foo_bar", ",", "retrying"]
    assert tokens(mask("Deleting item, Type: READY, Name: x"))[0][:7] == \
        ["Deleting", "item", ",", "Type", ":", "<*>", ","]
    assert tokens(mask("group(array, orders_v2, GET) done"))[0][:3] == ["group", "(", "array"]
    assert tokens(mask("Clean, fast, reliable."))[0] == ["Clean", ",", "fast", ",", "reliable."]
    # two items end their clause: a word after them makes a sentence of them
    assert tokens(mask("regarding x containing billing-queue, pre-dependency problem"))[0][-4:] == [
        "billing-queue", ",", "pre-dependency", "problem"]


def test_a_record_in_braces_is_one_value_whatever_its_fields_hold():
    # Go's %+v, Python's dict: keys and values vary with the record, plain words included
    lines = ["lookup returned {Name:public}", "lookup returned {Owner:remote.users Name:x}",
             "lookup returned {Name:orders ID:42}", "lookup returned {'state': 'idle'}"]
    assert len({tuple(tokens(mask(line))[0]) for line in lines}) == 1
    # braces around a single word are no record
    assert tokens(mask("got {a} here"))[0] == ["got", "{", "a", "}", "here"]


def test_a_value_written_in_words_in_the_middle_of_a_message():
    # a name with spaces, an error's text, a peer's phrase, introduced by a naming word or
    # a key mark, between two parts of the message that agree
    miner = PatternMiner()
    first = miner.add("Rejecting batch from publisher 7: lease expired. The rest of the frame is dropped")
    assert miner.add("Rejecting batch from publisher 9: the configuration was reloaded. "
                     "The rest of the frame is dropped") == first
    assert miner.add("Rejecting batch from publisher 3: EOF. The rest of the frame is dropped") == first
    assert miner.pattern(first).text.startswith("Rejecting batch from publisher <*>: <*>")
    # nothing introduces the run: the words are the event's
    assert len(_ids("Worker 7 started the nightly export job as planned",
                    "Worker 9 stopped the export job as planned")) == 2
    # a label alone before it, or one word after it, is too little to anchor it
    assert len(_ids("ciod: Missing fields on line 4 of node map file /a/b",
                    "ciod: Z coordinate 7 exceeds dimension 3 at line 4 of node map file /a/b")) == 2
    assert len(_ids("Received disconnect from 10.0.0.1: 11: Bye Bye [preauth]",
                    "Received disconnect from 10.0.0.2: 11: Closed due to user request. [preauth]")) == 2


def test_two_keys_of_a_record_never_merge():
    # a record's keys are its fields: another key is another record (Erlang, logfmt lists)
    assert len(_ids("msg: unexpected_call, call: search, from: 21",
                    "msg: unexpected_call, req: search, from: 21")) == 2
    assert len(_ids("op done, user=alice, took=3", "op done, host=alice, took=3")) == 2
    # JSON's keys too, after a brace or a comma (in prose a quoted name before a colon is a value)
    assert len(_ids('{"level":"info","msg":"request done","user":"a","dur":1}',
                    '{"level":"info","msg":"request done","host":"a","dur":1}')) == 2
    assert len(_ids('http3 static[1] lookup "EventsStore":"basic.checkout"',
                    'http3 static[3] lookup "archive-queue":"checkout-service"')) == 1
    # the values of one key do
    assert len(_ids('{"level":"info","msg":"request done","user":"a","dur":1}',
                    '{"level":"info","msg":"request done","user":"b c","dur":2}')) == 1
    assert len(_ids("msg: unexpected_call, call: search, from: 21",
                    "msg: unexpected_call, call: index, from: 4")) == 1


def test_the_last_word_after_a_colon_of_a_short_message_is_a_value():
    # the value of a label: a name, any spelling
    assert len(_ids("Found category #18: beta", "Found category #712: Analytics",
                    "Found category #3: private")) == 1
    # a state in capitals or a verb's form there is the event's
    assert len(_ids("TOPIC(orders): closing", "TOPIC(orders): created")) == 2
    assert len(_ids("onReceive action: SCREEN_ON", "onReceive action: SCREEN_OFF")) == 2


def test_a_kind_of_thing_names_what_follows():
    # type, mode, partition, entity, …: the word after is the name of one of them
    assert len(_ids("Connection type stable was not built together with the server",
                    "Connection type profile-cache was not built together with the server",
                    "Connection type tls was not built together with the server")) == 1
    assert len(_ids("Begin backup of entity manual", "Begin backup of entity archive")) == 1
    # a state after it is the event's (type running / type PAUSED), and mode names states
    assert len(_ids("Ignoring unknown type running in set_mode",
            "Ignoring unknown type paused in set_mode")) == 2
    assert len(_ids("Ignoring unknown type RUNNING in set_mode",
            "Ignoring unknown type PAUSED in set_mode")) == 2
    assert len(_ids("Ignoring unknown mode idle in set_mode", "Ignoring unknown mode ready in set_mode")) == 2


def test_a_run_of_words_in_brackets_or_after_a_key_at_the_end():
    # a bracket closes what it opened; the value of a key may run to the end
    assert len(_ids("Could not sync config file to disk (broken pipe)",
                    "Could not sync config file to disk (disk quota exceeded)",
                    "Could not sync config file to disk (EOF)",
                    "Could not sync config file to disk (no route to host)")) == 1
    assert len(_ids("Save connection rule to local, ruleContent =not enough replicas",
                    "Save connection rule to local, ruleContent =leader changed",
                    "Save connection rule to local, ruleContent =rebalance in progress now")) == 1
    # a run that holds another key is two values
    assert len(_ids("auth failure; logname= uid=0 tty=ssh rhost=10.0.0.1",
                    "auth failure; logname= uid=0 tty=ssh rhost=10.0.0.2 user=root")) == 2


def test_go_structs_and_maps_printed_by_v_are_one_value():
    lines = ["got &{alpha 5 true} from peer", "got &{beta 7} from peer",
            "got &{gamma_v <nil> 0 false} from peer"]
    assert len({tuple(tokens(mask(line))[0]) for line in lines}) == 1
    assert tokens(mask("got map[a:1 b:2] from peer"))[0] == tokens(mask("got map[x:y z:3 w:4] from peer"))[0]
    assert tokens(mask("got map[a:1 b:2] from peer"))[0] == ["got", "map", "[", "<*>", "]", "from", "peer"]


def test_a_plain_first_word_of_a_long_message_may_be_a_name_too():
    rest = " has been set to edge-{}. Note that this build only supports the following: v{}"
    miner = PatternMiner()
    first = miner.add("worker-7" + rest.format(1, 1))
    assert miner.add("payments" + rest.format(2, 2)) == first
    # a verb's form there is the event's word
    assert miner.add("started" + rest.format(2, 2)) != first
    # and whichever came first
    miner = PatternMiner()
    first = miner.add("payments" + rest.format(2, 2))
    assert miner.add("worker-7" + rest.format(1, 1)) == first
    assert miner.add("mailer_v2" + rest.format(1, 1)) == first


def test_tags_that_lead_a_message_are_no_list():
    # [column family] [JOB 12] …: two tags, whether the first is a value or a name
    assert len(_ids("[users] [JOB 12] Flush lasted 5 microseconds",
                    "[checkout-5] [JOB 734] Flush lasted 9 microseconds",
                    "[BackendIndex] [JOB 7] Flush lasted 1 microseconds")) == 1
    assert tokens(mask("[checkout-5] [JOB 734] Flush lasted"))[0][:6] == ["[", "<*>", "]", "[", "<*>", "]"]
    # a list of bracketed values inside a message still folds
    assert tokens(mask("got [a1] [b2] [c3] ok"))[0] == ["got", "[", "<*>", "]", "ok"]


def test_a_run_of_values_of_mixed_shapes_is_one_value():
    # a stem around a value beside another value is a value too (where another record of
    # the event has plain values there)
    assert tokens(mask("madvise 10.0.0.1:80 logs/MANIFEST-000005 0.63MiB ret = 2"))[0] == \
        tokens(mask("madvise [::1]:61358 app.log 10944 ret = 107"))[0] == \
            ["madvise", "<*>", "ret", "=", "<*>"]
    # a stem alone keeps its shape
    assert tokens(mask("Receiving block blk_123 src: /10.0.0.1:50010"))[0][:3] == \
        ["Receiving", "block", "blk_<*>"]


def test_the_word_application_names_the_program_itself():
    # what follows it is mostly a phase of the program's life, not a name
    assert len(_ids("Application startup complete.", "Application shutdown complete.")) == 2
    assert len(_ids("Waiting for application startup.", "Waiting for application shutdown.")) == 2
    # a named application is quoted, and quoted values vary
    assert len(_ids("Deployed application 'billing' to cluster",
            "Deployed application 'orders' to cluster")) == 1


def test_a_word_alone_in_angle_brackets_is_a_mark_of_a_value():
    assert len(_ids("timer overflow in argument <ci-runner> to 'x'",
                    "timer overflow in argument <carol> to 'y'")) == 1
    # but a state in capitals stays the event's
    assert len(_ids("entering mode <RUNNING> now", "entering mode <PAUSED> now")) == 2


def test_a_record_printed_as_its_type_and_fields_in_brackets_is_one_value():
    # Kotlin and Python data classes, Lombok's toString: fields vary with the record
    lines = ["saved User(id=1, name=alice, role=ADMIN) to db", "saved User(id=2, name='bob smith') to db",
             "saved User(id=3, tags=[a, b], meta=Meta(x=1)) to db"]
    assert {tuple(tokens(mask(line))[0]) for line in lines} == {("saved", "<*>", "to", "db")}
    # a call's keyword arguments are the call's, and a bracket that holds more than fields stays
    assert tokens(mask("call connect(host=a, port=1) ok"))[0][:3] == ["call", "connect", "("]
    assert tokens(mask("got Pair(a, b=2) x"))[0][:3] == ["got", "Pair", "("]


def test_each_value_of_a_key_list_is_a_value_one_word_too():
    # Erlang's and many loggers' "key: value, key: value" lists
    assert len(_ids("msg: receive_in_idle_mode, topic: premium.mailer, data: payments",
                    "msg: receive_in_idle_mode, topic: billing-worker, data: deploy",
                    "msg: receive_in_idle_mode, topic: users, data: <<\"x\">>")) == 1
    # the last value ends at the bracket that closes one opened before the list
    assert tokens(mask("called save(id=1, name=alice, role=ADMIN) to db"))[0][-3:] == [")", "to", "db"]
    # a dotted name alone too
    assert tokens(mask("msg: ignore_all_ok_frames, tag: default.search, function: manual.archive"))[0] == \
        tokens(mask("msg: ignore_all_ok_frames, tag: indexer-staging, function: frontend"))[0]
    # the message key's first value names the event
    assert len(_ids("msg: receive_in_idle_mode, topic: users, data: x",
                    "msg: send_in_idle_mode, topic: users, data: x")) == 2


def test_fields_parted_by_bars_hold_one_value_each():
    lines = ["Monitor #7 'a': Failing: leader changed | Interval: 60 seconds | Type: http | Down Count: 10",
             "Monitor #9 'b': Failing: EOF | Interval: 0.5s seconds | Type: DNS | Down Count: 1"]
    assert len({tuple(tokens(mask(line))[0]) for line in lines}) == 1
    assert tokens(mask(lines[0]))[0][-4:] == ["Down", "Count", ":", "<*>"]
    # one bar is no list of fields
    assert tokens(mask("a: b c | d"))[0] == ["a", ":", "b", "c", "|", "d"]


def test_a_value_formatted_into_a_message_field_after_a_colon_varies():
    assert len(_ids('level=debug msg="Pushing repository: manual"',
                    'level=debug msg="Pushing repository: shipping"')) == 1
    # the message's own words still name the event
    assert len(_ids('level=info msg="cache hit" key=a', 'level=info msg="cache miss" key=a')) == 2
    assert len(_ids('level=info msg="state: RUNNING"', 'level=info msg="state: PAUSED"')) == 2


def test_a_rust_struct_printed_by_debug_is_one_value_with_its_type():
    lines = ['Task { name: "auto.mailer", retries: 835 }, because the rerouting is done',
             'Options { version: "x" }, because the rerouting is done']
    assert len({tuple(tokens(mask(line))[0]) for line in lines}) == 1
    assert len(_ids(*lines)) == 1
    # a verb before a dict is the sentence's
    assert tokens(mask("Discarding {'size': 166}: max"))[0][:2] == ["Discarding", "{"]


def test_a_key_where_the_other_has_words_is_another_record():
    assert len(_ids("Creating provider client from KUBECONFIG beta",
                    "Creating provider client endpoint=10.0.0.1:6379")) == 2
    assert len(_ids("Creating provider client endpoint=10.0.0.1:6379",
                    "Creating provider client endpoint=db.example.org:6379")) == 1


def test_a_place_in_brackets_before_a_colon_is_no_separator_of_a_cause():
    # a config parser's "parsing [file:line] : <message>": each message is its own event,
    # however many read as failures
    lines = ["parsing [/etc/a.cfg:5] : '/srv/x' not allowed in 'defaults' section.",
             "parsing [/etc/b.cfg:9] : '/srv/y' not allowed in 'defaults' section.",
             "parsing [/etc/a.cfg:7] : unknown keyword 'z' in spoe-group section.",
             "parsing [/etc/c.cfg:2] : unknown keyword 'w' in spoe-group section.",
             "parsing [/etc/c.cfg:3] : 'k 8' was already defined and will be overridden."]
    miner = PatternMiner()
    ids = [miner.add(line) for line in lines]
    assert ids[0] == ids[1] and ids[2] == ids[3]
    assert len({ids[0], ids[2], ids[4]}) == 3


def test_a_short_message_whose_leading_name_varies_has_no_other_value():
    # C's __func__ labels: once the function's name is a variable, the rest is the event
    miner = PatternMiner()
    first = miner.add("pkcs11_lookup_key: sshbuf_new failed")
    assert miner.add("argv_assemble: sshbuf_new failed") == first
    assert miner.add("sshsig_dearmor: sshbuf_fromb failed") != first


def test_a_random_id_with_a_stem_and_digits_in_mixed_case_is_one_value():
    assert mask("token sess_ZdsfY9ssmoWXUPdUT expired") == "token <*> expired"
    assert len(_ids("Can not fetch userId for sessionToken sess_ZdsfY9ssmoWXUPdUT, error x",
                    "Can not fetch userId for sessionToken sess_qsIu4Kd8Lq, error x",
                    "Can not fetch userId for sessionToken sess_73HjHq, error x")) == 1
    # one that starts with a digit keeps its stem; a name of code is no random id
    assert mask("Terminating job_2zP5po8XKnJuJZKwCD6 now") == "Terminating job_<*> now"
    assert mask("using orders_v2 now") == "using orders_v<*> now"


def test_a_code_location_that_opens_the_record_keeps_its_file_and_line():
    # __FILE__:__LINE__ (or a logger's caller field) first: one file and line is one call
    # site, so two files, or two lines of one file, are two events whatever shape their
    # messages share
    lines = [
        "[app] store.lua:88: open_pool(): pool is empty: disk quota exceeded",
        "[app] store.lua:88: open_pool(): pool is empty: broken pipe",
        "[app] cache.lua:120: load_entry(): cannot read entry: broken pipe",
        "[app] index.lua:14: scan_all(): cannot read entry: not found",
        "[app] store.lua:91: open_pool(): pool is empty: not found",
        "[app] store.lua:88: open_pool(): pool is empty: not found",
    ]
    miner = PatternMiner()
    found = [miner.add(line) for line in lines]
    assert len(set(found)) == 4 and found[0] == found[1] == found[5] != found[4]
    assert tokens(mask("net/socket.c:4021: bound to port 7"))[0][:4] == ["net/socket.c", ":", "4021", ":"]
    # the line's digits decide in the exact cache too (its key turns every digit to 0), in
    # either generation of it
    miner = PatternMiner(cache_size=16)
    first = [miner.add(f"[app] store.lua:{line}: pool is empty") for line in (88, 91, 17, 23)]
    for n in range(40):
        miner.add(f"filler event number {n} of kind k{n}")
    again = [miner.add(f"[app] store.lua:{line}: pool is empty") for line in (88, 91, 17, 23, 88, 91, 17, 23)]
    assert len(set(first)) == 4 and again == first * 2
    # the id holds the line: its call site's
    first, second = (PatternMiner().add(f"blocklist.cc:{line}: Couldn't read '/tmp/a': Broken pipe (1)")
                     for line in (64, 71))
    assert first != second
    # the file is no leading name that varies (as ledger: in ledger: conffile … may): two
    # files are two call sites though the rest agrees
    miner = PatternMiner()
    found = [miner.add(line) for line in ("watch-inotify.cc:99: Couldn't watch '/tmp/a': Broken pipe (1)",
                                          "watch-kqueue.cc:73: Couldn't watch '/tmp/b': Broken pipe (1)")]
    assert found[0] != found[1]
    # not a location in the middle of a message: a configuration file's line is a value
    assert tokens(mask("parsing [conf/main.go:12] : unknown keyword"))[0][:4] == ["parsing", "[", "<*>", "]"]


def test_an_sql_statement_is_one_value():
    # programs log the query they ran or that failed: its tables, columns and clauses vary
    # from record to record of one event, its keywords in capitals say it is one
    queries = ["SELECT id, name FROM users WHERE id = $1", "UPDATE orders SET status = 'paid' WHERE id = 42",
               "INSERT INTO audit (a, b) VALUES (?, ?)", "DELETE FROM sessions WHERE expires < now()"]
    for query in queries:
        assert tokens(mask(f"slow query {query} took 40ms"))[0] == ["slow", "query", "<*>", "took", "<*>"]
    # it ends where no keyword or operator joins a word to it: the message goes on there
    assert tokens(mask("Sending frame SELECT a FROM t WHERE b = 1 with socket 'x'"))[0][:5] == \
        ["Sending", "frame", "<*>", "with", "socket"]
    # the next key of a list it is the value of stays a key; a stop stays the sentence's
    assert tokens(mask("msg: aborted, reason: SELECT a, b FROM t WHERE c = 1, size: 5"))[0][-3:] == \
        ["size", ":", "<*>"]
    assert tokens(mask("blocked for UPDATE t SET a = 1 WHERE b = 2."))[0][-1] == "<*>."
    assert len(_ids(*[f"Barcode of type qr found: {query}" for query in queries])) == 1
    # a verb in capitals without its clause's keyword is a word (a title, a state)
    assert tokens(mask("SELECT the item from the list"))[0][0] == "SELECT"
    assert tokens(mask("UPDATE available: 1.2.3"))[0][:2] == ["UPDATE", "available"]


def test_the_first_key_of_a_key_list_may_follow_the_messages_words():
    # the list's first value runs from its key's mark to the first comma, as the others run
    # to the next key: an error's text, a state in words, one value
    lines = [f"[OpenFolder] Open folder result: {text}, path: /srv/{n}.txt"
             for n, text in enumerate(("permission denied", "not found", "request entity too large"))]
    assert len({tuple(tokens(mask(line))[0]) for line in lines}) == 1
    assert len(_ids(*lines)) == 1
    # a key alone with no list after it keeps its words (a label and its event; not the
    # OS's error text, a value wherever a colon is before it)
    assert tokens(mask("Open folder result: not shared"))[0][-2:] == ["not", "shared"]
    # a key that opens the message is the list's own (msg: <event>, …): its value stays
    assert tokens(mask("msg: audit_aborted, reason: x y, size: 5"))[0][:3] == ["msg", ":", "audit_aborted"]


def test_a_quoted_value_that_opens_the_message_before_a_colon_is_the_bare_value():
    # Rust's {:?} quotes a string and not a number: one subject, one call site
    lines = ['"K8RSTC0KSWM8NBP4": failed to delete segment connection refused',
             "813: failed to delete segment invalid argument",
             '"/data/search/current": failed to delete segment operation timed out']
    assert len({tuple(tokens(mask(line))[0][:6]) for line in lines}) == 1
    assert len(_ids(*lines)) == 1
    # elsewhere the quotes stay (a quoted subject in a sentence, a JSON key)
    assert tokens(mask('"abc" is here: x'))[0][:3] == ['"', "<*>", '"']
    assert tokens(mask('{"name": "x"}'))[0][:4] == ["{", '"', "name", '"']


def test_a_keys_value_printed_as_its_type_and_contents_is_one_value():
    # Go's %v of a map as a key's value, logrus' text with quoting off (error=map[message:…]):
    # the contents hold an error's text, spaces, colons and brackets of its own
    lines = ["job failed err=map[message:dial tcp [::1]:5432: connect: connection refused] tries=3",
             "job failed err=map[message:EOF] tries=4",
             "job failed err=map[code:7 message:no space left on device] tries=1"]
    assert {tuple(tokens(mask(line))[0]) for line in lines} == {
        ("job", "failed", "err", "=", "<*>", "tries", "=", "<*>")}
    assert len(_ids(*lines)) == 1
    # so is a record printed with its type (opts=Options{…}); a bracket spaced from its
    # key's mark, or a word glued to a bracket in prose, stays
    assert tokens(mask("started opts=Options{Retries:3 Mode:fast} ok"))[0] == ["started", "opts", "=", "<*>", "ok"]
    assert tokens(mask("read map[a] of the config"))[0][:3] == ["read", "map", "["]


def test_the_head_keys_of_a_logfmt_record_are_no_words_around_a_run_of_its_message():
    # logfmt with quoting off (level=error msg=Unable to <…>. audience=… service=…): a run of
    # words no cue introduces merges two messages only when four words of the message itself
    # come before it; the record's keys and their values before the message key are every
    # record's (two call sites merged, msg=Unable to <*>.)
    tail = "audience=application error=EOF service_name=Billing Api service_version=v2"
    first = f"level=error msg=Unable to get email HTML body from template. {tail}"
    other = f"level=error msg=Unable to initialize service registry. {tail}"
    assert len(_ids(first, other, first, other)) == 2
    # as when the message is alone
    assert len(_ids("Unable to get email HTML body from template. error=EOF",
                    "Unable to initialize service registry. error=EOF")) == 2


def test_a_message_that_ends_with_a_space_ends_with_a_value_printed_empty():
    # "subscribing to channels: %s" with an empty list, "Collecting on {Silos}" with none:
    # the space before the value is left, and the call site's other records hold one there
    lines = ["subscribing to redis channels: ", "subscribing to redis channels: orders",
             "Collecting garbage on ", "Collecting garbage on payments_v2", "Collecting garbage on 10.0.0.7:11111"]
    miner = PatternMiner()
    ids = [miner.add(line) for line in lines]
    assert ids[0] == ids[1] and ids[2] == ids[3] == ids[4] and ids[0] != ids[2]
    assert miner.template(ids[0]) == "subscribing to redis channels: <*>"
    # a message without the trailing space, and spaces that pad a column, read as before
    assert tokens(mask("channels: a"))[0] == ["channels", ":", "a"]
    assert tokens(mask("done  "))[0] == ["done"]


def test_a_noun_after_a_count_in_its_two_numbers_is_one_call_sites():
    # a program that prints a count writes its noun in the count's number (%d link%s): one
    # call site, wherever its first records had the plural (templates.counted_noun_at)
    lines = ["Processed 5 links.", "Processed 7 links.", "Processed 9 links.", "Processed 1 link."]
    assert len(_ids(*lines)) == 1
    assert len(_ids("Removed 4 unreferenced rows.", "Removed 1 unreferenced row.")) == 1
    assert len(_ids("found 3 entries in cache", "found 1 entry in cache")) == 1
    # two nouns after a count are two call sites' (a number's two forms only), and a noun
    # in two numbers without a count before it is two sentences
    assert len(_ids("Loaded 3 files", "Loaded 4 rows")) == 2
    assert len(_ids("Processed 5 links.", "Processed 5 lines.")) == 2
    assert len(_ids("Dropping stale failure now", "Dropping stale failures now")) == 2
