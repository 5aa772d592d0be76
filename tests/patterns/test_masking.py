"""One test per variable class: the masker hides the value, and the pattern id does not move."""

from __future__ import annotations

import pytest

from otlp_sampler.meaning.levels import trace_level
from otlp_sampler.patterns import PatternMiner
from otlp_sampler.patterns.causes import mask
from otlp_sampler.patterns.masking import MAX_CHARS, MAX_TOKENS, clip, mask_statuses, opens_with_time
from otlp_sampler.patterns.tokens import tokens

# (class, a message, the same event with another value, the masked form)
CASES = [
    ("integer", "retrying in 5 attempts", "retrying in 12 attempts", "retrying in <*> attempts"),
    ("negative", "offset -17 applied", "offset 3 applied", "offset <*> applied"),
    ("decimal", "load average 0.25 now", "load average 12.5 now", "load average <*> now"),
    ("hex 0x", "fault at 0x7ffe1234 in kernel", "fault at 0xdeadbeef in kernel", "fault at <*> in kernel"),
    ("hex bare", "commit deadbeef12 pushed", "commit 0a1b2c3d4e pushed", "commit <*> pushed"),
    ("ipv4", "peer 10.0.0.12 joined", "peer 192.168.1.200 joined", "peer <*> joined"),
    ("ipv4:port", "dial 10.0.0.12:8080 failed", "dial 172.16.0.1:443 failed", "dial <*> failed"),
    ("host:port", "dial db-1.internal:5432 failed", "dial api.example.com:443 failed", "dial <*> failed"),
    ("domain", "resolved web.example.com quickly", "resolved mail.qq.com quickly", "resolved <*> quickly"),
    ("ipv6", "peer 2001:db8::1 joined", "peer fe80::1ff:fe23:4567:890a joined", "peer <*> joined"),
    ("mac", "link 00:1A:2B:3C:4D:5E up", "link aa:bb:cc:dd:ee:0f up", "link <*> up"),
    ("unix path", "opened /var/log/app/x.log for writing", "opened /tmp/a/b for writing",
     "opened <*> for writing"),
    ("windows path", r"loaded C:\Windows\System32\x.dll now", r"loaded D:\apps\y.exe now", "loaded <*> now"),
    ("url", "GET https://example.com/a/b?c=1 done", "GET http://x.org/ done", "GET <*> done"),
    ("uuid", "job 3fa85f64-5717-4562-b3fc-2c963f66afa6 queued",
     "job 00000000-0000-4000-8000-000000000000 queued", "job <*> queued"),
    ("duration", "request took 125 ms", "request took 3.5 seconds", "request took <*>"),
    ("duration glued", "request took 125ms", "request took 2s", "request took <*>"),
    ("size", "wrote 5.2 KB to disk", "wrote 17 MiB to disk", "wrote <*> to disk"),
    ("key=value", "cache hit key=42 ttl=300", "cache hit key=7 ttl=60", "cache hit key=<*> ttl=<*>"),
    ("quoted value of a key", 'lock tag="View Lock" taken', 'lock tag="AudioMix" taken',
     'lock tag="<*>" taken'),
    ("quoted word", "user 'bob' not found", "user 'alice' not found", "user '<*>' not found"),
    ("double-quoted word", 'table "orders" locked', 'table "users" locked', 'table "<*>" locked'),
    ("id with stem", "deleting blk_-1234 now", "deleting blk_99 now", "deleting blk_<*> now"),
    ("mixed id", "container c7f9a2b1 restarted", "container 0e3d restarted", "container <*> restarted"),
    ("timestamp", "checkpoint at 2024-01-02T03:04:05.123Z ok", "checkpoint at 2023-12-31 23:59:59 ok",
     "checkpoint at <*> ok"),
    ("date with month name", "login at Sun Jul 24 02:38:23 2005 ok", "login at Mon Aug 1 10:00:00 2005 ok",
     "login at <*> ok"),
    ("email", "mail to bob@example.com sent", "mail to ops.team@corp.example.org sent", "mail to <*> sent"),
    ("boolean", "feature enabled=true set", "feature enabled=false set", "feature enabled=<*> set"),
    ("file name", "running chrome.exe now", "running WeChat.exe now", "running <*> now"),
    ("version", "upgraded to v1.2.3 today", "upgraded to v10.0.1 today", "upgraded to <*> today"),
]


@pytest.mark.parametrize(("kind", "first", "second", "masked"), CASES, ids=[c[0] for c in CASES])
def test_each_variable_class_is_masked_and_keeps_the_pattern(kind, first, second, masked):
    assert mask(first) == masked
    assert mask(second) == masked
    miner = PatternMiner()
    assert miner.add(first) == miner.add(second)
    # quotes around one value after "=" do not change the shape (logfmt quotes values with spaces)
    assert miner.template(miner.add(first)) == masked.replace('="<*>"', "=<*>")


def test_masking_depends_on_digit_positions_not_values():
    # The miner's exact cache relies on it: digits -> 0 must not change the masked form.
    for _, first, second, _ in CASES:
        for text in (first, second):
            zeroed = text.translate(str.maketrans("123456789", "000000000"))
            assert mask(zeroed) == mask(text), text


def test_constant_words_are_not_masked():
    text = "Connection closed by peer during handshake"
    assert mask(text) == text
    assert mask("OutputCommitter is org.apache.hadoop.mapreduce.FileOutputCommitter") == (
        "OutputCommitter is org.apache.hadoop.mapreduce.FileOutputCommitter")  # a class, not a host


def test_a_digit_in_a_package_label_is_the_names():
    # a package label may hold a digit (pool2, log4j, http2, v1): the dotted name goes on
    # after it, so the digit is the name's, and the name is read as one without a digit is
    assert mask("borrowed from org.apache.commons.pool2.impl.GenericObjectPool x") == (
        "borrowed from org.apache.commons.pool2.impl.GenericObjectPool x")
    assert mask("route com.acme.api.v1.UserResource ready") == "route com.acme.api.v1.UserResource ready"
    # a value still: a digit right after a dot, in a last label, or in a word with no dot before it
    assert mask("core.2275 build.v2 node7 ready") == "core.<*> build.v<*> <*> ready"
    miner = PatternMiner()
    assert len({miner.add(f"borrowed from {name} in pool") for name in (
        "org.apache.commons.pool2.impl.GenericObjectPool", "org.apache.commons.dbcp.BasicDataSource",
        "io.netty.handler.codec.http2.Http2FrameCodec")}) == 1


def test_a_methods_name_holding_digits_is_not_a_value():
    # a small letter first, then a class's name's shape: one run of digits, then capitalised
    # words to its end (round 31, codenames31), at a token start and after a dot
    for name in ("getTaskId2ResultMap", "queryBuilderV5Migration", "id2GroupCache"):
        assert mask(f"calling {name} now") == f"calling {name} now"
        assert mask(f"calling svc.{name}, now") == f"calling svc.{name}, now"
    # values still: digits at the end, two runs of digits, a stem's id
    assert mask("node2 ab1Cd2Ef x1Yz2 job_getTask2Map y") == "<*> <*> <*> <*> y"

def test_a_constants_name_holding_digits_is_not_a_value():
    # capitals, digits and _, the last _ before a capital: a constant or an enum's member
    # (round 31, codenames31): kept whole, at a token start and glued after a dot
    for name in ("NETFLOW9_TCP_FLAGS", "IPV6_V6ONLY", "AF_INET6", "NLM4_CANCEL", "AV_PIX_FMT_YUV444P16LE"):
        assert mask(f"set {name} failed") == f"set {name} failed"
        assert mask(f"set sock.{name}, done") == f"set sock.{name}, done"
    # values still: a last part of digits alone (a region, a numbered item), a word of
    # capitals and digits with no _, a stem's id, small letters in the word
    assert mask("region AP_NORTHEAST_1 IMG_2041 A1B2C3 blk_123_ABC NETFLOW9_tcp TLS1_3 x") == (
        "region AP_NORTHEAST_<*> IMG_<*> <*> blk_<*> <*> <*> x")
    miner = PatternMiner()
    assert len({miner.add(f"setsockopt {name} failed: permission denied") for name in (
        "IPV6_V6ONLY", "IPV4_TTL_LIMIT")}) == 2

def test_a_camel_case_name_ending_with_digits_is_not_a_value():
    # words of code, then a version or an encoding's digits at the end (round 31,
    # codenames31): kept whole, so that two functions' call sites stay apart
    for name in ("IdnToUtf8", "IdentityServer4", "alertMigrateV5", "LossBasedBweV2", "deflateInit2"):
        assert mask(f"call {name} failed") == f"call {name} failed"
        assert mask(f"({name})") == f"({name})"
    # values still: a word with one capital word or none, a random id mixing cases, an id of
    # more than three digits glued to a name, a name after a dot (a last label's digits)
    assert mask("node12 eth0 Worker2 XkQwErTy3 aBcDe1 BackendQueue18175 x.LossBasedBweV2 y") == (
        "<*> <*> <*> <*> <*> <*> x.LossBasedBweV<*> y")
    lines = [f"[{tag}] MailSo[WARNING]: Deprecated function {name} called at {path}#{line}"
             for tag, name, path, line in (("590b47ed", "IdnToAscii", "/data/checkout/540323.gz", 3),
                                           ("938c9a59", "IdnToAscii", "/data/backend/key.pem", 2),
                                           ("d31f77b5", "IdnToUtf8", "/home/alice/snapshot.bin", 49),
                                           ("2aec5335", "IdnToUtf8", "/var/spool/orders", 60481))]
    ids = PatternMiner().add_batch(lines)
    assert ids[0] == ids[1] != ids[2] == ids[3]

def test_json_keys_and_the_event_name_stay_constant():
    assert mask('{"event":"login","user":"bob","n":3}') == '{"event":"login","user":"<*>","n":<*>}'
    assert mask('level=info msg="cache miss" key=7') == 'level=info msg="cache miss" key=<*>'
    # a quoted key's own message keys: Serilog's compact JSON ("@m"), GELF ("short_message"),
    # a Python dict's key (structlog's event dict), each read whole to its quote (not "x@m")
    assert mask('{"@t":"2024-01-02T03:04:05Z","@m":"cache miss","user":"bob"}') == (
        '{"@t":"<*>","@m":"cache miss","user":"<*>"}')
    assert mask('{"short_message": "cache miss", "host": "web-1"}') == (
        '{"short_message": "cache miss", "host": "<*>"}')
    assert mask("{'event': 'cache miss', 'user': 'bob'}") == "{'event': 'cache miss', 'user': '<*>'}"
    assert mask("{'msg': 'cache miss', 'x_msg': 'a b'}") == "{'msg': 'cache miss', 'x_msg': '<*>'}"
    # (repr's double quotes around a text that holds an apostrophe)
    assert mask_statuses("{'msg': \"can't open config\", 'user': 'bob'}")[0] == (
        "{'msg': \"can't open config\", 'user': '<*>'}")
    assert mask("{'x_msg': \"can't open config\"}") == "{'x_msg': \"<*>\"}"
    assert mask('{"msg":"ok","x@m":"cache miss","a_short_message":"a b"}') == (
        '{"msg":"ok","x@m":"<*>","a_short_message":"<*>"}')
    # (in a record with none of those keys, a key of a message's name is its message: round 32,
    # r30json, masking._json_named_message)
    assert mask('{"x@m":"cache miss","a_short_message":"a b"}') == '{"x@m":"<*>","a_short_message":"a b"}'
    miner = PatternMiner()
    assert len({miner.add(f'{{"@m":"{m}","user":"{u}"}}') for m, u in (
        ("cache miss", "bob"), ("cache miss", "carol"), ("reloading configuration", "bob"))}) == 2
    # Serilog's compact JSON's message template ("@mt", CompactJsonFormatter's default), hclog's
    # JSON ("@message": Vault, Consul, Nomad) and journald's JSON export ("MESSAGE")
    assert mask('{"@t":"2024-01-02T03:04:05Z","@mt":"Started {Job} for {User}","Job":42,"User":"bob"}') == (
        '{"@t":"<*>","@mt":"Started {Job} for {User}","Job":<*>,"User":"<*>"}')
    assert mask('{"@level":"info","@message":"cache miss","@module":"vault.core"}') == (
        '{"@level":"<*>","@message":"cache miss","@module":"<*>"}')
    assert mask('{"MESSAGE": "cache miss", "_PID": "812"}') == '{"MESSAGE": "cache miss", "_PID": "<*>"}'
    assert mask('{"msg":"ok","x@mt":"cache miss","a@message":"a b","X_MESSAGE":"c d"}') == (
        '{"msg":"ok","x@mt":"<*>","a@message":"<*>","X_MESSAGE":"<*>"}')
    # (with none of them, the first key of a message's name is the message: round 32, r30json)
    assert mask('{"x@mt":"cache miss","a@message":"a b","X_MESSAGE":"c d"}') == (
        '{"x@mt":"<*>","a@message":"a b","X_MESSAGE":"<*>"}')
    for key in ("@mt", "@message", "MESSAGE"):
        miner = PatternMiner()
        pairs = (("cache miss", "bob"), ("cache miss", "carol"), ("reloading configuration", "bob"),
                 ("reloading configuration", "dave"), ("compaction finished", "erin"))
        assert len({miner.add(f'{{"@t":"2024-01-02T03:04:0{i}Z","{key}":"{m}","user":"{u}"}}')
                    for i, (m, u) in enumerate(pairs)}) == 3, key


def test_a_json_message_with_escapes_is_masked_as_the_text_it_quotes():
    # Docker's json-file log driver: the container's line under "log", its own head and all;
    # a JSON line inside it escaped, masked as that line alone would be
    miner = PatternMiner()
    docker = '{{"log":"{line}\\n","stream":"stdout","time":"2024-01-02T03:04:0{i}.123456789Z"}}'
    plain = [f"2024-01-02T03:04:05.123Z INFO  [main] Server started on port {p}" for p in (80, 8080)]
    other = [f"2024-01-02T03:04:06.123Z WARN  [pool-{n}] Connection to db-{n} lost, retrying in {n}s"
             for n in (1, 2)]
    inner = [f'{{\\"level\\":\\"info\\",\\"msg\\":\\"cache {w}\\",\\"key\\":\\"{k}\\"}}'
             for w, k in (("miss", "a1"), ("miss", "b2"), ("hit", "c3"))]
    ids = [miner.add(docker.format(line=line, i=i)) for i, line in enumerate(plain + other + inner)]
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[4] == ids[5]
    assert len(set(ids)) == 4
    assert "cache hit" in (miner.template(ids[6]) or "")
    # an object printed in the message's sentence is one value, whatever its keys (they vary
    # with what was passed), as in a bare message
    miner = PatternMiner()
    objects = ('{\\"name\\":\\"x\\"}', '{\\"state\\":\\"on\\",\\"size\\":3}', '{\\"owner\\":\\"bob\\"}')
    assert len({miner.add(f'{{"level":20,"msg":"Update mapping: {o}"}}') for o in objects}) == 1
    # PHP's json_encode escapes slashes: the path is read as a path
    miner = PatternMiner()
    php = '{{"level":3,"message":"Could not open \\/var\\/www\\/{}\\/config.php","app":"x"}}'
    assert len({miner.add(php.format(d)) for d in ("a", "bb", "c1")}) == 1


def test_tokens_fold_lists_and_spacing():
    assert tokens(mask("delete blk_1 blk_2 blk_3 now"))[0] == ["delete", "blk_<*>", "now"]
    assert tokens(mask("a=1,b=2"))[0] == tokens(mask("a = 1, b = 2"))[0]
    assert tokens(mask("nodes 1, 2, 3, 4 down"))[0] == ["nodes", "<*>", "down"]
    # a repeated record of several tokens folds too
    long_list = "inconsistent node-1 0x1f <ok> node-2 0x2f <ok> node-3 0x3f <ok>"
    assert tokens(mask(long_list))[0] == tokens(mask("inconsistent node-9 0x9f <ok>"))[0]


def test_examined_text_and_tokens_are_capped():
    huge = "start " + "word " * 300_000  # about 1.5 MB
    assert len(clip(huge)) <= MAX_CHARS
    assert clip(huge).endswith("word")  # cut at a space, never inside a value
    assert len(tokens(mask(huge))[0]) <= MAX_TOKENS


def test_the_shortcuts_and_mask_values_change_no_match():
    # masking._PLAIN_WORD only lets the engine skip, at a word no shape starts from, a space or
    # a mark, the alternatives that cannot start there (masking._NOT_JSON_KEY, the quoted
    # values at a JSON key), and masking._FAST_VALUES reads the
    # commonest values in one step: the masked text is the one without them. Tried on every
    # word the pattern names, in each case (a new word-shaped alternative shows here), on
    # random words, with digits and marks in them, alone and around values, spaces, quotes,
    # keys and every mark that may follow a word.
    import random
    import re

    from otlp_sampler.patterns import masking

    unguarded = re.compile(masking._mask_source(shortcuts=False), re.ASCII)
    assert unguarded.pattern != masking._MASK_SOURCE
    named = set(re.findall(r"[a-z]{2,}", masking._MASK_SOURCE))
    named |= {word.title() for word in named} | {word.upper() for word in named}
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    hexish = "abcdefABCDEF0123456789"
    # (and each signal's name, which the pattern spells as SIG and an alternation)
    named |= {"SIG" + name for name in re.findall(r"[A-Z]{2,}", masking._SIGNAL_NAMES)}
    # (and the words the scan reads by their first letters: None, Nov, Sunday, …)
    named |= masking._NAMED_WHOLE | masking._NAMED_START
    words = sorted(named) + ["".join(rng.choices(letters[:26], k=rng.randint(1, 9))) for _ in range(150)]
    words += ["".join(rng.choices(letters, k=rng.randint(1, 9))) for _ in range(100)]
    words += ["".join(rng.choices(letters + "0123456789-_", k=rng.randint(1, 9))) for _ in range(100)]
    words += ["".join(rng.choices(hexish, k=rng.randint(1, 5))) for _ in range(50)]
    words += ["Jan", "March", "Mayday", "Decimal", "Mon", "Monday", "Sunday", "Tue", "ab-cd-ef-01-23-45-zz",
              "ab-cd-ef-01-23-45", "aa-bb-cc-dd-ee-ff", "a1-b2", "job_AbCdEf9", "sess_ZdsfY9ssmoWXUPdUT",
              "req_OAhpgdz", "true-1", "null-2", "None-3", "localhost-4", "nil5", "blk_-123", "x_-9a"]
    words += [f"{rng.randint(0, 99999)}{suffix}" for suffix in ("", "xx", "ms", "x9", "_a", "-b", "KB")
              for _ in range(5)]
    contexts = ["{w}", "{w} x", "x {w}", "x {w} y", "'{w} x'", '"{w}"', "k='{w} x'", 'k="{w}"',
                "`{w} x`", "?{w} x", "a/{w} b", "{w}_Abcdefgh", "{w}:8080 x", "{w} 12 x", "Jan {w} 3",
                "x  {w}  y", "({w} x)", "[{w}] x", "{w}.com x", "/a b/{w} c/d", "{w}-1 x",
                "' {w}'", '" {w} x"', "` {w}`", "k=' {w}'", 'k=" {w}"', '{{"k": " {w}"}}', "a:  {w}",
                " {w}", "{w} ", "x, {w} 5 ms", "( {w} )", "x ({w}) #{w} y", "'({w})'", "k='#{w}'",
                'k="({w} x)"', "`#{w}`", "a,{w};b|{w}!c", "{{{w}: 1}}", "@{w} *{w}*", "x ?{w}=1&{w}=2",
                "{w}: x", "{w}:", "{w}. x", "{w}.", "{w}, x", "{w},x", "{w}:x", "{w}.x", "{w}::x", "{w}://x",
                "{w}@x.io", "{w}$x", "{w}\\x", "{w}/x.y", "{w}[1-2]", "{w}+x@y.com", "{w}=x", "{w}\tx",
                "{w} ms", "{w} 5", "{w}é", "x {w}:\n", "<{w}>", "{w}* x", "{w}; x", "{w}!", "{w}?", "{w}&x",
                "{w} Jan 5 10:00:00", "{w}, Jan 5", "Mon, {w} 5 2024", "{w}. 5", "{w}$x/y.z",
                '{{"{w}":"x"}}', '{{"a":1,"{w}": "x y"}}', 'x, "{w}" : y', '{{"{w} x":"{w}"}}', '["{w}":1]',
                '["x","{w}"]', '["x", "{w} y"]', '{{"k":"v","{w}"}}', 'f("x","{w}" :)',
                # (_scanned_values' own refusals at a token start: a quote that only closes one,
                # a mark no shape starts with, a word before ``_``)
                'a"{w} x"', "a'{w} x'", '"x"{w}', '"x",{w} y', "x.'{w} y'", 'x."{w} y"', '"`{w} x`',
                "``{w}'' x", "'``{w}'' x'", "x [{w}]:80", "[{w}:1]:80 x", "x [{w}:", "x <{w} y>", "x <{w}",
                "x ${w}/y.z", "x :{w}", "x ::{w}", "x ~{w}", "x ={w}", "x -{w}", "x >{w}", "x %{w}",
                "x +{w}", "x é{w}", "x\t{w}", "{w}_{w}", "ab_{w}", "{w}_abcdefg1 x", "x >={w}", "x <={w}",
                "x ~={w}", "x <-{w}", 'x <<"{w}">> y', "x <<>>{w}", 'x "{w}": y', '( "{w}": y', '{{ "{w}": 1}}',
                "x {w}:\\y z", "x {w}-a-b:c", "x {w}-a-1", "x {w}:x", "x {w}::Bar y",
                # (a word before a dot, and a dot or a slash at a token start: the dotted names and
                # paths that no shape reads, and the domains, files, e-mails, ports and paths)
                "x {w}.b.c y", "{w}.a.com", "{w}.org x", "{w}.a.io.", "{w}.a.id y", "{w}.b.Com", "{w}.a.io_x",
                "{w}.a.io.x", "{w}.a-1.uk:", "{w}.log", "{w}.x.log-2 y", "{w}.c.Foo", "{w}.c.9", "{w}.py:3",
                "{w}.x_y.tar.gz", "{w}.b+c@x.io", "{w}.b$c@x.io", "{w}.b:80", "{w}.b://x", "{w}.b/c.d",
                "{w}.b+c/d", "{w}.b$c/d.e", "x .{w}/y.z", "x .{w}@y.io", "x .{w}.b", "x ..{w}", "/{w}/x",
                "/{w} x/y", "//{w}/x", "~/{w}/x", "/{w}/", "/{w}/ x", "/{w}", "/{w}:80/x", "x/{w}/y",
                "x /{w}.{w}/{w}", "{w}.b-d.de x", "{w}.b9.de x", "/{w}%x/y", "/%{w}/y",
                # (a dotted name's camelCase last label before a colon and a digit: a class and
                # its line, no host and port; a word glued to ``[``: an index or a list of names)
                "{w}.aB:80", "x {w}.b.cDe:8 y", "a.{w}:13", "a.b-{w}:1", "{w}.Ab:1.2", "{w}-a.bC:80",
                "{w}[12] x", "{w}[1,2]", "{w}[1 2]", "{w}[1\\2]", "{w}[1\t2]", "{w}[1]", "{w}[a1]", "{w}[]",
                "{w}[1", "{w}[", "x {w}-ab[12] y", "{w}-a[1,2]", "ab-{w}[3]", "ab-{w}[3,4]", "{w}-{w}[1 2]",
                # (a dashed word before a colon, a word before ``_`` or ``/``, ``::`` and ``<`` at a
                # token start, a quote after a closing mark, and a message key's quoted value)
                "{w}-a: x", "{w}-b://x", "ab-{w}:cd", "{w}-{w}:{w}", "x ab_c{w}def y", "x ab_{w}cdefg y",
                "ab_{w}1cdefg", "{w}_xyzuvw", "{w}/a.b", "{w}/b c.d", "{w}/b/c", "{w}/", ":: {w}",
                "x ::{w}:1", "x <{w} x>", "<{w}> x", "x <{w}>", "x <A{w} b>", 'x)"{w} y"', 'x."{w}"',
                'x]"{w} y"', 'x`"{w}"', 'x\\"{w}\\"', 'msg="{w} y"', "msg='{w} y'", 'x_msg="{w} y"',
                'a.message="{w}"', '{{"msg":"{w}"}}',
                '{{"event": "{w} y"}}', '{{"x_msg":"{w}"}}', 'Message="{w}" x', ' event="{w}"', 'msgs="{w}"',
                'x ?"{w}=1&b=2" y', '?"{w}=1"',
                '"Message": "{w}"', ':k=>"{w}"', '{w}/$x.y',
                # (a quoted key's own: Serilog's "@m", GELF's "short_message", a Python dict's 'msg')
                '{{"@m":"{w} y"}}', '{{"short_message": "{w}"}}', '{{"x@m":"{w}"}}', '{{"a_short_message":"{w}"}}',
                "{{'msg': '{w} y'}}", "{{'event': '{w}', 'a': 'b'}}", "{{'@m': '{w}'}}", "{{'x_msg': '{w}'}}",
                "x 'msg': '{w}'", "x'event': '{w} y'", "{{'msg': \"{w}'s y\"}}", "{{'@m': \"{w}\", 'a': \"b\"}}",
                "{{'x_msg': \"{w} y\"}}", '{{"@mt":"{w} y"}}', '{{"@message": "{w}"}}', '{{"MESSAGE":"{w}"}}',
                '{{"x@mt":"{w}"}}', "{{'@message': '{w}'}}"]
    # (and masking._scanned_values, mask_values when compiled, which asks the engine only
    # where a match may start, gives the pattern's masked text: the same words, contexts and
    # random texts)
    for word in words:
        for context in contexts:
            text = context.format(w=word)
            masked = masking._MASK.sub("<*>", text)
            assert masked == unguarded.sub("<*>", text) == masking._scanned_values(text), text
    # and random texts of every mark, digits, named words and shapes that start with a mark
    pieces = [*"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n", "  ", "0", "12", "1.2.3.4", ":8080", "::1", "0x1f",
              "[object Foo]", "<<", ">>", "~/a", "/b/c", "\\\\srv\\s", "a=", "k='", 'k="', "5 ms", "x", "Ab",
              "a1", "ab_", "5xx", "é", ".io", ".com", ".log", ".c", ".x", "a.b", "org", "x.y.com", "/a/b",
              "ab-cd", "::f", "<Ab", "<Ab ", "a/b.c", "AB", "Cd", 'msg="', "msg='", '"message":"',
              '"event": "', ")", "]", '"@m":"', '"short_message": "', "'msg': '", "'event': '", "'@m': '", "'msg': \"", "'short_message': \"",
              '"@mt":"', '"@message": "', '"MESSAGE":"', "'@mt': '",
              *sorted(named)]
    for _ in range(20_000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 10)))
        masked = masking._MASK.sub("<*>", text)
        assert masked == unguarded.sub("<*>", text) == masking._scanned_values(text), text


def test_the_leading_location_gate_refuses_no_location():
    # mask_statuses asks masking._LEADING_LOCATION only where the text's first colon is
    # followed by a digit (a location's colon is its first: no tag, path or extension holds
    # one) or the text holds " - " (after a logger's file) or ">@" (an Erlang process's, before
    # its module, function and line). On texts the regex matches, with
    # tags, paths, colons, dashes and digits around, the gate lets every one through: the
    # line's digits name the pattern, a logger's file stays as it is.
    import random

    from otlp_sampler.patterns import masking

    rng = random.Random(11)
    heads = ["", "[lua] ", "[a-1] [b_2] ", "[", "src/net/", "a.b/c-d/", "[WARN ", "D:", "(", "[/", "[INFO] [/a/"]
    files = ["x", "seat", "lead-1", "a_b"]
    extensions = ["c", "cc", "c++", "go", "rs", "py", "js", "ex", "cr"]
    tails = ["12: started", "7] ok", "3 done", "45", "9:1: x 10:00:00", "0x1f: bad", "x: 5", ": 5", "12) x",
             " - started", " - x: 5", " -- x", "- x"]
    befores = ["", "t 12:30 ", "k: ", "a.c:1: ", "[x] a: "]
    texts = [f"{before}{head}{file}.{extension}:{tail}" for before in befores for head in heads
             for file in files for extension in extensions for tail in tails]
    texts += [f"{before}{head}{file}.{extension} - {tail}" for before in befores for head in heads
              for file in files for extension in extensions for tail in tails]
    texts += [f"{before}{head}<0.4{n}.0>@{file}:{function}:{tail}" for before in befores for head in heads
              for n in ("", "12") for file in files for function in ("put", "a_b", "B") for tail in tails]
    texts += ["".join(rng.choices("ab.c:1 [/]-_9", k=rng.randint(1, 30))) for _ in range(20_000)]
    texts += ["".join(rng.choices("a_.:0<>@ [", k=rng.randint(1, 30))) for _ in range(20_000)]
    texts += [f"{before}{head}{file}.{extension}.{tail}" for before in befores for head in heads
              for file in files for extension in extensions for tail in tails]
    texts += ["".join(rng.choices("ab.c:1 (/)-_9D", k=rng.randint(1, 30))) for _ in range(20_000)]
    texts += ["".join(rng.choices("ab.c: - [/]_9", k=rng.randint(1, 30))) for _ in range(20_000)]
    for text in texts:
        location = masking._LEADING_LOCATION.match(text) if "." in text[:80] else None
        statuses = masking.mask_statuses(text)[1]
        if location is not None and text[location.end() - 1] in ":.\t":  # a line: a file's (after : or .) or an Erlang location's
            end = location.end()
            assert statuses == tuple(range(end, masking._LINE.match(text, end).end())), text
        elif location is not None:  # a logger's file, kept as it is (the head's values before it masked)
            assert text[location.start("file"):location.end()] in masking.mask_statuses(text)[0], text
        else:  # (or a location in the record's head that no head rule reads: head_location)
            assert not statuses or "tatus" in text or "HTTP/" in text or masking.head_location(text) or (
                masking.slash_line_location(text)), text


def test_a_digit_in_a_class_name_is_the_names():
    # the last label of a dotted name, capitalised, with a capitalised word after its digits
    # (a logger's class: HTTP2Connection, Base64Decoder): the digits name what the class is
    # written for, as its letters do; the class stays whole, as a logger must
    assert mask("DEBUG:oejh.HTTP2Connection:worker-3: dequeued task") == (
        "DEBUG:oejh.HTTP2Connection:<*>: dequeued task")
    assert mask("x.Base64Decoder.decode failed") == "x.Base64Decoder.decode failed"
    assert mask("Http2Session closed by EndpointRule4OpenapiWatcher") == (
        "Http2Session closed by EndpointRule4OpenapiWatcher")  # alone too
    # ids: more than one run of digits, digits at the end, no capitalised word after them
    assert mask("UA6LIQ4CVUGVDCCW6SN15QAW03 Ab1Cd2Efg Node3 x-Http2Foo") == "<*> <*> <*> <*>"
    # a value still: no capitalised word after the digits, a small letter after them, no dot
    assert mask("x.HTTP2 y x.A1b2Cde z sess_Zd9Abc") == "x.HTTP<*> y x.A<*> z <*>"
    miner = PatternMiner()
    ids = {miner.add(f"DEBUG:x.{name}:worker-{n}: dequeued task") for n, name in enumerate(
        ("HTTP2Connection", "HTTP2Session", "ControlFlusher"))}
    assert len(ids) == 3  # three loggers, three call sites (the first two were x.HTTP<*>)


def test_a_url_scheme_with_a_digit_is_the_urls():
    # a scheme may hold a digit (socks5, s3, h2c): the url is one value, as an http one is
    assert mask("proxy socks5://10.0.0.1:1080 refused") == "proxy <*> refused"
    assert mask("copy s3://bucket/a/b done") == "copy <*> done"
    assert mask("via socks5 proxy") == "via <*> proxy"  # alone, a word with a digit as before


def test_round_brackets_a_url_opens_and_closes_are_the_urls():
    # RFC 3986 lets a url hold ( and ) (a page named Python_(language), a file "photo (1).png"
    # in a query string): the url is one value, whatever it holds; the brackets around a url,
    # or one it opens and leaves open, are prose's (value_grammar's url:query, OpenSSH .58)
    assert mask("fetch https://x.example.com/a?key=photo%20(1).png from 10.0.0.1") == "fetch <*> from <*>"
    assert mask("see https://en.example.org/wiki/Python_(language) now") == "see <*> now"
    assert mask("link (https://x.example.com/a) ok, f(https://x.example.com/b)") == "link (<*>) ok, f(<*>)"
    assert mask("got https://x.example.com/a(b") == "got <*>(b"
    miner = PatternMiner()
    ids = {miner.add(f"Invalid user {url} from 10.0.0.{n}") for n, url in enumerate(
        ("https://a.example.com/x?q=1", "https://b.example.com/y?f=photo%20(1).png",
         "https://c.example.com/z"))}
    assert len(ids) == 1  # one call site (the second was <*>(<*>).png)


def test_a_single_quoted_value_may_hold_double_quotes():
    # Python's repr quotes a text in single quotes when it holds double ones ('Get "http://x":
    # dial tcp …: i/o timeout', %r of a Go error's text, of a JSON document): one value, as a
    # text without them is, so one call site's records do not split by the text they print
    assert mask("""loading 'Get "http://x.example.com/a": i/o timeout' failed""") == "loading '<*>' failed"
    assert mask("""loading '{"a": 1}' failed""") == "loading '<*>' failed"
    assert mask("""got 'x' and "y z" ok""") == """got '<*>' and "<*>" ok"""  # two values, as before
    miner = PatternMiner()
    ids = {miner.add(f"Loaded plugin '{text}' in 5 ms") for text in (
        "context deadline exceeded", 'Get "http://x.example.com/health": EOF', "connection refused")}
    assert len(ids) == 1  # one call site (the second was 'Get "<*>": EOF')


def test_a_level_may_open_the_locations_bracket():
    # [LEVEL file:line] (the level and the caller in one bracketed field): the location opens
    # the record, so its file and line stay, and what follows is that call site's message
    masked, statuses = mask_statuses("[ERROR src/Net/Server.hs:611] STORE: already exists")
    assert masked == "[ERROR src/Net/Server.hs:611] STORE: already exists"
    assert statuses == (25, 26, 27)  # the line's digits name the call site
    assert mask_statuses("[WARN a.go:7] took 5 ms")[0] == "[WARN a.go:7] took <*>"
    assert mask_statuses("[ERROR a.go] bad 5")[0] == "[ERROR <*>] bad <*>"  # no line: a file name
    miner = PatternMiner()
    first = miner.add("[ERROR src/Net/Server.hs:611] STORE: 3 errors")
    assert miner.add("[ERROR src/Net/Server.hs:611] STORE: 17 errors") == first
    assert miner.add("[ERROR src/Net/Store.hs:923] STORE: 3 errors") != first  # was [ERROR <*>:<*>]


def test_a_levels_letter_alone_before_the_head_keeps_the_code_location():
    # glog's head without its date and time (the severity's letter, a space, the thread):
    # the letter is the level's field, so the file and line after the thread are kept, and
    # two call sites that print the same words stay two patterns
    masked, statuses = mask_statuses("W 5 rdb.cc:875] the size of elems is zero")
    assert masked == "W <*> rdb.cc:875] the size of elems is zero"
    assert statuses == (11, 12, 13)
    assert mask_statuses("E 3 server.go:12: failed")[0] == "E <*> server.go:12: failed"
    miner = PatternMiner()
    first = miner.add("I 12 docker.cpp:871] Error getting docker container x: timed out")
    assert miner.add("I 7 docker.cpp:871] Error getting docker container y: refused") == first
    assert miner.add("I 7 docker.cpp:980] Error getting docker network details: refused") != first
    # a letter in prose is no level: "A 5 x.go:3" opens no head
    assert mask_statuses("A 5 x.go:3 failed")[0] != "A <*> x.go:3 failed"


def test_a_bracketed_ipv6_and_port_before_a_label_colon_is_one_value():
    # an address and its port then the colon of a label (``<addr>: refused``): one value, as
    # an ipv4 address and its port are, so one call site's records take one shape
    assert mask_statuses("[2001:db8::5]:80: refused")[0] == "<*>: refused"
    assert mask_statuses("10.0.0.1:80: refused")[0] == "<*>: refused"
    assert mask_statuses("tick [::1]:443: sent")[0] == "tick <*>: sent"
    assert mask_statuses("peer [::1]:80.")[0] == "peer <*>."
    miner = PatternMiner()
    first = miner.add("tick 10.0.0.1:80: order sent to alpha")
    assert miner.add("tick [2001:db8::5]:443: order sent to alpha") == first


def test_an_ipv6_address_before_a_label_colon_leaves_the_colon():
    # the colon after an address's last group that no word follows is the label's, as after
    # an ipv4 address: one call site's records take one shape whatever address they print
    assert mask_statuses("connecting to 2001:db8:aeba::82cb: refused")[0] == "connecting to <*>: refused"
    assert mask_statuses("fe80::1ff:fe23:4567:890a: sent")[0] == "<*>: sent"
    assert mask_statuses("::1: sent")[0] == "<*>: sent"
    assert mask_statuses("connecting to 10.0.0.1: refused")[0] == "connecting to <*>: refused"
    assert mask_statuses("via fe80::1 now")[0] == "via <*> now"
    assert mask_statuses("via fe80:: now")[0] == "via <*> now"
    miner = PatternMiner()
    first = miner.add("connecting to 10.0.0.7: refused by peer")
    for address in ("2001:db8:5ebf::f8e", "::1", "fe80::1ff:fe23:4567:890a"):
        assert miner.add(f"connecting to {address}: refused by peer") == first


def test_a_query_string_printed_alone_is_a_value():
    # a program prints a query string after a lone "?" (after a space, a quote, at the
    # line's start) as a url's: its keys and values vary from record to record
    assert mask_statuses("fetching ?page=2&q=alpha done")[0] == "fetching ?<*> done"
    assert mask_statuses("?id=7&q=beta")[0] == "?<*>"
    assert mask_statuses("query '?key=x&page=3' sent")[0] == "query '<*>' sent"
    assert mask_statuses("is it? x=1")[0] == "is it? x=<*>"  # a question's mark: the key stays
    miner = PatternMiner()
    first = miner.add("fetching ?page=2&q=alpha done")
    assert miner.add("fetching ?verify_mode=none&key=/etc/x.pem done") == first


def test_a_value_in_angle_brackets_keeps_its_brackets():
    # "<" before a number is a comparison (<1 ms), but one that a ">" closes after the value,
    # no space between, is the value's bracket: <10.0.0.1:80> masks as <[::1]:80> does
    assert mask_statuses("peer: <10.227.74.89:21836>")[0] == "peer: <<*>>"
    assert mask_statuses("peer: <[::1]:8080>")[0] == "peer: <<*>>"
    assert mask_statuses("took <1 ms")[0] == "took <*>"
    assert mask_statuses("size <10 and >5")[0] == "size <*> and <*>"
    assert mask_statuses("<30>Mar 18 14:54:01 h app[1]: x")[0].startswith("<*>>")  # syslog's priority
    assert mask_statuses("peer <42> gone")[0] == "peer <<*>> gone"
    assert mask_statuses("peer <90.2 KB> gone")[0] == "peer <<*>> gone"


def test_a_signals_name_is_a_value():
    # which signal a handler got is a value of a closed set (SIGUSR1 with its digit always was)
    assert mask_statuses("received SIGTERM, shutting down")[0] == "received <*>, shutting down"
    assert mask_statuses("got SIGUSR1")[0] == "got <*>"
    assert mask_statuses("SIGNAL handler set")[0] == "SIGNAL handler set"  # no signal's name
    miner = PatternMiner()
    first = miner.add("WARN received SIGTTIN indicating exit request")
    assert miner.add("WARN received SIGWINCH indicating exit request") == first


def test_a_named_loggers_caller_after_a_tab_is_the_call_sites():
    # zap's console encoder with a named logger: level, logger, caller, message, tab-separated
    # (a time may open it). The caller is the call site's, as after a level alone: two lines
    # of one file are two call sites, however alike their messages' words
    masked, _ = mask_statuses("DEBUG\tnet/peers\tnet/composer.go:73\tcalling find: 5")
    assert masked.startswith("DEBUG\tnet/peers\tnet/composer.go:73\t")
    miner = PatternMiner()
    first = miner.add("DEBUG\tnet/peers\tnet/composer.go:73\tcomposer: calling find: 5")
    assert miner.add("DEBUG\tnet/peers\tnet/composer.go:73\tcomposer: calling find: 88") == first
    assert miner.add("DEBUG\tnet/peers\tnet/composer.go:95\tcomposer: calling get: x y") != first
    timed = miner.add("2024-01-02T03:04:05Z\tINFO\tcore\tcore/builder.go:110\tstop failed: x")
    assert miner.add("2024-01-02T03:04:09Z\tINFO\tcore\tcore/builder.go:110\tstop failed: y") == timed
    # not after a space: in a message a name and a location are its words and a value
    assert mask_statuses("INFO parsing conf/x.go:12 now")[0] == "INFO parsing <*>:<*> now"


def test_an_erlang_location_is_the_call_sites():
    # Erlang's loggers print the process, then the module, the function and the line
    # (lager: [error] <0.4.0>@mod:fun:line …): the process varies, the rest is the call site
    masked, statuses = mask_statuses("[error] <0.4.0>@kv_2i_vnode:encode_and_put:4023 Put failure: 3 x")
    assert masked == "[error] <*>>@kv_2i_vnode:encode_and_put:4023 Put failure: <*> x"
    assert statuses == (43, 44, 45, 46)  # the line's digits name the call site
    assert mask("x <0.4.0>@kv:put:40 y") == "x <*>>@kv:put:<*> y"  # not opening the record: a value
    miner = PatternMiner()
    ids = {miner.add(f"[error] <0.{n}.0>@kv_vnode:{function}:{line} Put failure: too large {n}")
           for n, (function, line) in enumerate((("put", 40), ("put", 40), ("put", 52), ("put_new", 61)))}
    assert len(ids) == 3  # two lines of one module: two call sites, and the line names them


def test_an_erlang_location_in_tab_separated_columns_is_the_call_sites():
    # a logger's tab-separated head: the level, the node, the date and the Unix time, then the
    # module, the function with its arity and the line, each in its own column: the node and
    # the times vary, the rest is the call site
    text = "[E]\tkv_1@10.0.0.5\t2024-01-02 03:04:05.123456 +0900\t1704162245\tkv_store:put/4\t425\t[{cause,timeout}]"
    masked, statuses = mask_statuses(text)
    assert "\tkv_store:put/4\t425\t" in masked and "kv_1@" not in masked and "1704162245" not in masked
    start = text.index("425")
    assert statuses == (start, start + 1, start + 2)  # the line's digits name the call site
    # not after the head's node: in a message a function and a number are its words and a value
    assert "\t425" not in mask_statuses("[E]\tcalling kv_store:put/4\t425\tx")[0]
    miner = PatternMiner()
    ids = [miner.add(f"[E]\tkv_1@10.0.0.5\t17041622{n}\tkv_store:{function}\t{line}\t[{{cause,{cause}}}]")
           for n, (function, line, cause) in enumerate((("put/4", 425, "timeout"), ("put/4", 425, "closed"),
                                                        ("put/4", 433, "timeout"), ("get/2", 91, "timeout")))]
    assert ids[0] == ids[1] and len(set(ids)) == 3  # two lines of one function: two call sites


def test_an_erlang_locations_column_may_hold_the_call_sites_own_words_after_the_arity() -> None:
    # the function's column is the text the call site hands the logger: its own words may
    # follow the function and its arity, after a spaced dash or a comma; they are the call
    # site's, and the line after them still names it (round 42, weak42)
    text = "[W]\tkv_1@10.0.0.5\t1704162245\tkv_queue:handle_call/1 - drain\t423\t[{qid,<<\"jobs\">>}]"
    masked, statuses = mask_statuses(text)
    assert "\tkv_queue:handle_call/1 - drain\t423\t" in masked and "kv_1@" not in masked
    start = text.index("423")
    assert statuses == (start, start + 1, start + 2)
    miner = PatternMiner()
    ids = [miner.add(f"[W]\tkv_1@10.0.0.5\t1704{n}\tkv_queue:{function}\t{line}\t[{{qid,{qid}}}]")
           for n, (function, line, qid) in enumerate((
               ("handle_call/1 - drain", 423, "jobs"), ("handle_call/1 - drain", 423, "mail"),
               ("handle_call/1 - drain", 412, "jobs"), ("handle_call/3, requeue", 207, "jobs"),
               ("handle_call/3, requeue", 219, "jobs")))]
    assert ids[0] == ids[1] and len(set(ids)) == 4  # one function's words, two lines: two call sites


@pytest.mark.parametrize("said", [
    'unknown pool <<"metrics-1">>',  # an Erlang binary
    '["region split"] [region_id=3]',  # a message quoted alone in its bracket
    "open \"/etc/app/x.yaml\": permission denied",
    'Create index (parameters="[\\"a\\", \\"b\\"]")',  # escapes inside the quoted text
    "ignoring dependency problem with installation of payments-db:\ninvalid request body",
])
def test_a_quoted_message_is_masked_as_the_text_it_quotes(said: str) -> None:
    # logrus's and slog's text handlers quote the message as Go's %q does (msg="…", its
    # quotes and backslashes escaped): undone, masked as the text alone is, its quotes and
    # backslashes escaped again (its line ends stay undone: whitespace, as in the bare text)
    def quoted(text: str, line_ends: bool = True) -> str:
        text = text.replace("\\", "\\\\").replace('"', '\\"')
        return text.replace("\n", "\\n") if line_ends else text

    line = f'time="2026-03-19T20:56:52Z" level=info msg="{quoted(said)}" shard=7'
    assert mask_statuses(line)[0] == (
        f'time="<*>" level=info msg="{quoted(mask_statuses(said)[0], line_ends=False)}" shard=<*>')


_TIMES = ["2026/03/04 10:00:00 nomad: x", "2026-03-04T10:00:00.123Z INFO x",
          "Mar  4 10:00:00 host app[1]: x", "<13>1 2026-03-04T10:00:00Z host app",
          "10:00:00.123 [main] INFO x", "12:34PM INF x", "[Wed Mar 10 10:00:00.123 2026] [error] x",
          "[   12.345678] usb: x", "24/Jul/2005:02:38:23 x", "I0304 10:00:00.123456 1 x.go:1] y"]
_THINGS = ["SHA1 output: x", "http://127.0.0.1:8229/api/v1 OFFLINE: y",
           "1e4c2ef9a33e9f11ab995b5e78077ccd gone: x", "10.0.0.1:8080 x: y", "/tmp/x.bin bio: x",
           "84 remote: x", "3fa85f64-5717-4562-b3fc-2c963f66afa6 x: y", "node-7.example.com lost: z",
           "x 2026-03-04 10:00:00 y"]


def test_the_kind_of_the_value_that_opens_the_record():
    # a time opens a record's head (Go's log, syslog, klog, a bracketed time); a url, an id,
    # an address, a path or a count that opens it is the message's subject (runs._separates);
    # asked by digits' positions only, as the masking is (the exact cache's key)
    for texts, timed in ((_TIMES, True), (_THINGS, False)):
        for text in texts:
            zeroed = text.translate(str.maketrans("123456789", "000000000"))
            for form in (text, zeroed):
                assert opens_with_time(form, mask_statuses(form)[0]) is timed, form


def _fold_repeats_every_size(out: list[str], spaced: list[bool]) -> None:
    """``tokens._fold_repeats`` as it would be with every size tried (no gate)."""
    from otlp_sampler.patterns.tokens import _CLOSER_OF, _balanced

    for size in range(2, 9):
        index = 0
        while index + 2 * size <= len(out):
            if out[index:index + size] != out[index + size:index + 2 * size]:
                index += 1
                continue
            group = out[index:index + size]
            if any("<*>" in t for t in group) and _balanced(group) and not (
                    index == 0 and group[0] in _CLOSER_OF and group[-1] == _CLOSER_OF[group[0]]):
                del out[index + size:index + 2 * size], spaced[index + size:index + 2 * size]
            else:
                index += 1


def test_the_repeat_fold_tries_every_size_a_repeat_may_have():
    # (speed: _fold_repeats tries a size only where a variable and a neighbour of it come
    # back that size later; the folds are those of trying every size)
    import random

    from otlp_sampler.patterns.tokens import _fold_repeats

    chance = random.Random(7)
    alphabet = ["<*>", "<*>", "<*>", "x<*>", "a", "b", ",", "(", ")", '"', "[", "]"]
    for _ in range(20_000):
        letters = alphabet[:chance.randint(3, len(alphabet))]
        out = [chance.choice(letters) for _ in range(chance.randint(1, 24))]
        spaced = [chance.random() < 0.5 for _ in out]
        gated, gated_spaced = list(out), list(spaced)
        every, every_spaced = list(out), list(spaced)
        _fold_repeats(gated, gated_spaced)
        _fold_repeats_every_size(every, every_spaced)
        assert (gated, gated_spaced) == (every, every_spaced), out


def test_the_fold_gates_are_necessary_conditions():
    # (speed: _fold_values asks for the SQL hints only where "E", then "T " or "E ", is, and counts
    # the wildcards once, before the letters of a random id's stem are dropped)
    import random
    import re

    from otlp_sampler.patterns.tokens import _ID_HEAD_AFTER_STEM, _SQL_HINTS

    assert all(hint.endswith(("T ", "E ")) and "E" in hint for hint in _SQL_HINTS)
    # the id's letters after its stem, dropped: the pattern reads the underscore and puts it
    # back (a literal first), as the same pattern looking behind for it would drop them alone
    behind = re.compile(r"(?<=[A-Za-z]_)(?:[a-f]{1,7}|[A-Z]{1,25})(?=<\*>)", re.ASCII)
    chance = random.Random(3)
    pieces = ["<*>", "_", "tid_", "abc", "ABC", "f", "Z9", " ", "<", ">", "*", "x_", "_a", "é_", "<*"]
    for _ in range(20_000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 12)))
        dropped = _ID_HEAD_AFTER_STEM.sub("_", text)
        assert dropped == behind.sub("", text), text
        assert dropped.count("<*>") == text.count("<*>"), text


def test_the_cause_separators_are_found_as_looking_behind_first_finds_them():
    # (speed: causes._SEPARATOR's alternatives start with their colon or space, the character
    # before it looked behind for after it; the same separators, at the same places)
    import random
    import re

    from otlp_sampler.patterns.causes import _SEPARATOR

    behind = re.compile(r"(?<!\s):(?: |\n\s*)(?=\S)| --? (?=\S)| : (?=\S)(?!.* : )"
                        r"|(?<=[a-z]{3}):(?=[^\s\d<])")
    chance = random.Random(11)
    pieces = [":", " ", "-", "--", "abc", "ab", "x", "\n", "\t", "<*>", "1", " : ", ": ", "é", "A"]
    for _ in range(20_000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 10)))
        start = chance.randint(0, len(text))
        assert ([(m.start(), m.group()) for m in _SEPARATOR.finditer(text, start)]
                == [(m.start(), m.group()) for m in behind.finditer(text, start)]), (text, start)


def test_fold_cause_finds_each_stem_and_abbreviation_alone():
    """``fold_cause``'s first test (the stems' ``in`` tests, up to the first the text holds)
    lets through a text holding any one stem (the first, a middle one, the last) or Go's
    ``Err`` alone, and the loop after it still finds the stem's word; a text with none stays."""
    from otlp_sampler.patterns.causes import _FAILURE_STEMS, fold_cause

    words = {"could": "could not", "abort": "aborted", "crash": "crashed", "panic": "panicked"}
    for stem in _FAILURE_STEMS:
        word = words.get(stem, stem)
        assert fold_cause(f"copy of <*> {word}: disk gone") == f"copy of <*> {word}: <*>", stem
    assert fold_cause("Err fetching <*>: boom") == "Err fetching <*>: <*>"
    assert fold_cause("all fine: ok then") == "all fine: ok then"


def test_named_error_is_asked_only_of_texts_holding_its_words():
    """``fold_cause`` asks ``_NAMED_ERROR`` only of texts holding ``error`` or ``exception``
    (a cheap test first): the regex never matches a text without them, and the texts with
    them still fold after the named error."""
    import random

    from otlp_sampler.patterns.causes import _NAMED_ERROR, fold_cause

    pieces = ("with", "returned", "got", "an", "the following", "error", "errors", "exception", "Error",
              "EXCEPTION", "err", "exceptio", ":", " ", "x", "<*>", "failed", ",", "(")
    rng = random.Random(7)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9))) for _ in range(5000)]
    named = [text for text in texts if _NAMED_ERROR.search(text) is not None]
    assert len(named) > 50  # (the pieces make some named errors)
    for text in named:
        assert "error" in text or "exception" in text, text
    assert fold_cause("lookup <*> returned error connection refused") == "lookup <*> returned error <*>"
    assert fold_cause("task <*> raised an exception: boom now") == "task <*> raised an exception: <*>"


def test_mask_statuses_reads_a_status_after_each_of_its_cues():
    """``mask_statuses``' first test (a capital T or a slash asked before the words that hold
    them) lets through each cue alone: the protocol's name, a status key in either case, a
    response, a request's path."""
    from otlp_sampler.patterns.masking import mask_statuses

    for text, masked in [("got HTTP 503", "got HTTP 5xx"), ("STATUS=503 done", "STATUS=5xx done"),
                         ("status=404 done", "status=4xx done"), ("Response 503 done", "Response 5xx done"),
                         ("GET /a/b 503 12ms", "GET /a/b 5xx <*>")]:
        assert mask_statuses(text)[0] == masked, text
    assert mask_statuses("Tried 503 times")[0] == "Tried <*> times"  # (no cue: a value)


def test_a_date_and_time_in_angle_brackets_is_one_value_in_its_brackets() -> None:
    # a "<" that a date and its time after a space close is the value's bracket, as the
    # "<" of a date written with a T is: one kind, one shape (value_shapes.py, round 14)
    assert mask("peer <2024-03-15 15:38:20> gone") == "peer <<*>> gone"
    assert mask("peer <2024-03-15T15:38:20.123Z> gone") == "peer <<*>> gone"
    assert mask("peer <2024/03/15 5:38:20.1> gone") == "peer <<*>> gone"
    # a comparison still reads as one: no ">" closes it
    assert mask("age <2024-03-15 15:38:20 now") == mask("age <2023-01-01 00:00:00 now")


def test_a_query_string_quoted_alone_is_one_value_to_its_quote() -> None:
    # printed alone after a "?" and quoted (Go's %q, Python's repr): the quotes stay, the
    # query string inside is one value, whatever its length or its keys
    assert mask('fetching ?"page=2&q=x" done') == 'fetching ?"<*>" done'
    assert mask("fetching ?'page=2&q=x' done") == "fetching ?'<*>' done"
    long = "key=/media/TV%20Shows/The%20Office/app.log&q=Metrics&cert=/home/alice/Documents/x.csv&id=7"
    assert mask(f"fetching ?'{long}' done") == "fetching ?'<*>' done"
    assert mask(f'fetching ?"{long}" done') == 'fetching ?"<*>" done'
    # not a quote glued to a word's "?": that is a sentence's mark before a quote
    assert mask('url?"a=b"') == 'url?"a=b"'


def test_a_quoted_value_before_a_colon_of_prose_holds_escaped_quotes() -> None:
    # a list's repr quoted again (Go's %q of ["a", "b"]) before a label's colon is one
    # value, as the same list quoted anywhere else is: whatever it holds, one shape
    assert mask('connecting to "[\\"delta\\"]": refused by peer') == 'connecting to "<*>": refused by peer'
    assert (mask('connecting to "[\\"a-1\\", \\"b\\", \\"c\\"]": refused by peer')
            == 'connecting to "<*>": refused by peer')
    assert mask('connecting to "[]": refused by peer') == 'connecting to "<*>": refused by peer'
    # an escaped value inside a quoted message still ends at its escaped quote
    assert mask_statuses('msg="open \\"/etc/x\\": EOF"')[0] == 'msg="open \\"<*>\\": EOF"'


def test_a_quoted_value_is_one_value_up_to_two_hundred_characters() -> None:
    # a quoted list or path is a value whatever its length: one of 81 characters or more had
    # been read word by word, where a shorter one was one value (as a key's is, to 200)
    items = ",".join(f'<<\\"item-{n}\\">>' for n in range(6))
    assert len(items) > 80
    assert mask(f'worker started on "[{items}]"') == 'worker started on "<*>"'
    assert mask(f'connecting to "[{items}]": refused by peer') == 'connecting to "<*>": refused by peer'
    path = "/home/deploy/releases/" + "/".join(f"dir{n} name" for n in range(10)) + "/x.conf"
    assert mask(f"opened '{path}' for reading") == "opened '<*>' for reading"


def test_a_host_name_before_a_sentence_stop_is_a_value() -> None:
    # the stop that ends a sentence is no label of the name: the host is one value before
    # it, as before a comma or the line's end, one shape for every host
    assert mask("opened mail.corp.dev.") == "opened <*>."
    assert mask("opened worker-1.corp.dev.") == "opened <*>."
    assert mask("opened example.com. Retrying") == mask("opened example.com, Retrying").replace(",", ".")
    # a qualified name of code is still no host, stop or not
    assert mask("see java.io.File.") == "see java.io.File."


def test_three_numbers_in_angle_brackets_are_a_value_in_its_brackets_but_before_an_at() -> None:
    # a version of three numbers in angle brackets, as one of two or with a letter: one shape
    assert mask("peer <2.10.19> gone") == "peer <<*>> gone"
    assert mask("peer <0.22> gone") == "peer <<*>> gone"
    assert mask("peer <v1.18.10> gone") == "peer <<*>> gone"
    # so is an Erlang process in a message; before its call site's @ it keeps the head's form
    assert mask("worker <0.4.0> exited") == "worker <<*>> exited"
    assert mask_statuses("[error] <0.4.0>@kv:put:40 x")[0] == "[error] <*>>@kv:put:40 x"


def test_an_objects_print_form_in_angle_brackets_is_one_value() -> None:
    # Python's repr and Ruby's inspect of an object: its class and its fields, one value
    # whatever they hold (words alone too: which object was printed is no event's word)
    assert mask("value=<Options manual> applied") == "value=<*> applied"
    assert mask("value=<Options backend-19> applied") == "value=<*> applied"
    assert mask("<Member remote>: request sent") == "<*>: request sent"
    assert mask("peer <<Task catalog-worker>> gone") == "peer <<*>> gone"
    # not one that holds another's brackets, nor a tag in small letters
    assert mask("got <Task coro=<f()>> back") == "got <Task coro=<f()>> back"
    assert mask("x <b>bold</b>") == "x <b>bold</b>"


@pytest.mark.parametrize(("text", "kept"), [
    # nginx's error log (OpenResty's, APIcast's): <pid>#<tid>: *<connection>, then the tag and
    # the caller, with its date or without
    ("[warn] 375#49875: *1 [lua] errors.lua:52: service_not_found(): no service for x",
     "[warn] <*>: *<*> [lua] errors.lua:52: "),
    ("2024/03/01 10:00:00 [warn] 375#49875: *1 [lua] errors.lua:52: service_not_found(): no service",
     "<*> [warn] <*>: *<*> [lua] errors.lua:52: "),
    # the program's name and its colon, a thread in angle brackets, a level glued to the
    # caller (cloud-hypervisor's <thread> LEVEL:file:line -- …)
    ("cloud-hypervisor: <vmm> ERROR:vmm/src/vm.rs:2174 -- Could not find the zone 7",
     "cloud-hypervisor: <vmm> ERROR:vmm/src/vm.rs:2174 -- "),
])
def test_a_head_of_nginx_fields_or_a_programs_tag_and_thread_keeps_its_code_location(text, kept) -> None:
    # the head's fields before the caller, as nginx and a program's own logger print them: the
    # caller is the call site's, kept (two lines of one file are two call sites)
    assert mask_statuses(text)[0].startswith(kept)
    miner = PatternMiner()
    first = miner.add("[warn] 1#28: *2353 [lua] errors.lua:52: service_not_found(): no service for a")
    assert miner.add("[warn] 48#31: *2 [lua] errors.lua:52: service_not_found(): no service for b") == first
    assert miner.add("[warn] 48#31: *2 [lua] balancer.lua:66: set_timeouts(): no timeouts for b") != first
    assert miner.add("[warn] 6#1: *9 [lua] errors.lua:17: service_not_found(): no service for c") != first
    # in a message a name and a location after it are still its words and a value
    assert mask_statuses("error: parsing conf/x.go:12 now")[0] == "error: parsing <*>:<*> now"


def test_a_failure_word_in_a_files_or_a_dotted_name_says_no_failure() -> None:
    # errors.lua, vmm/src/error.rs, errors.New: a name's part, not a failure said in prose, so
    # what follows a colon after it is no cause (it was folded whole: errors.lua:52: <*>)
    assert mask("[lua] errors.lua:52: service_not_found(): no service for x") == (
        "[lua] errors.lua:52: service_not_found(): no service for x")
    assert mask("app: src/error.rs:12: retrying the queue now") == "app: src/error.rs:12: retrying the queue now"
    assert mask("request failed: connection reset") == "request failed: <*>"


def test_a_name_glued_to_a_number_by_a_colon_is_one_value_with_it() -> None:
    # a position and a name, an id and its owner (1655:Frontend, 1:media_mailer): one value,
    # as one whose name holds a digit always was (1:users-22), so that one call site's records
    # do not split by whether the name holds a digit (<*>:<*> / <*>)
    for printed in ("1655:Frontend", "151540065:catalog-staging", "44:shipping.internal", "1:users-22"):
        assert mask(f"Cannot rename at {printed} because new name is not a Swift name") == (
            "Cannot rename at <*> because new name is not a Swift name")
    # not a level glued to a time (Jetty's <time>:INFO:<logger>:), nor a time's own digits
    assert mask("12:30:45:INFO:oejs.Server:main: started") == "<*>:INFO:oejs.Server:main: started"
    assert mask("at 12:30 now") == "at <*> now"


def test_a_stack_trace_after_a_message_is_one_value() -> None:
    # the frames an error's stack holds, and how many, are the path the error took, not the
    # call site: Node's err.stack, Java's and .NET's frames after an exception's text
    node = ["Error: socket hang up\n    at async Promise.all (index 0)\n    at new Promise (<anonymous>)",
            "Error: socket hang up\n    at Object.<anonymous> (/app/src/users.js:808:12)"
            "\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"
            "\n    at async UserController.run (/app/src/users.js:8:1)"]
    miner = PatternMiner()
    assert len({miner.add(f"Lock failed to release for alice: {stack}") for stack in node}) == 1
    # the masked text still shows frames: a sampler reads a trace's severity from a template
    assert trace_level(mask_statuses(f"job alpha {node[1]}")[0]) == trace_level(f"x: {node[1]}") > 0
    assert mask_statuses(f"lock failed: {node[0]}")[0] == "lock failed: Error: socket hang up at <*>"
    java = "java.lang.IllegalStateException: boom\n\tat com.acme.Foo.bar(Foo.java:12)\n\t... 4 more"
    assert mask_statuses(java)[0] == "java.lang.IllegalStateException: boom at <*>"
    dotnet = "Request failed\n   at Acme.Foo.Bar() in /src/Foo.cs:line 12\n   at Acme.Main() in /src/M.cs:line 3"
    assert mask_statuses(dotnet)[0] == "Request failed at <*>"
    # lines of prose that open with "at" are no frames
    assert mask_statuses("Summary:\n  at least 3 nodes\n  at most 5")[0] == "Summary:\n  at least <*> nodes\n  at most <*>"


def test_a_category_and_its_level_before_a_number_is_no_host_and_port() -> None:
    # Log4perl's ``%c.%p:%P`` (a category, the level, the process id): a dotted name whose
    # last label is a level word in capitals is no host name, so its number is masked alone
    # whatever its width, and one call site keeps one template for a pid of 4 digits and of 7
    from otlp_sampler.patterns.masking import mask_values

    assert mask_values("app.system.DEBUG:4711 Found 4 to issue x") == "app.system.DEBUG:<*> Found <*> to issue x"
    assert mask_values("app.system.DEBUG:2317500 Found 4 to issue x") == "app.system.DEBUG:<*> Found <*> to issue x"
    assert mask_values("app.audit.WARN:12 Chain validation failed") == "app.audit.WARN:<*> Chain validation failed"
    # a host name and its port still are one value, the .info top-level domain too
    assert mask_values("dial db-1.internal:5432 failed") == "dial <*> failed"
    assert mask_values("dial news.example.info:443 failed") == "dial <*> failed"
    miner = PatternMiner()
    ids = {miner.add(f"app.system.DEBUG:{pid} Found {n} certificates to issue")
           for pid, n in ((4711, 3), (2317500, 12), (88, 4), (19158012, 5))}
    assert len(ids) == 1


def test_a_path_ends_before_a_note_in_brackets_that_holds_a_slash():
    # C's "open %s (%s)" with strerror's "Input/output error": the path has ended at the
    # space; a word that opens a bracket it does not close before the next slash is no name
    # of the path's (the path took "(Input/" and the note's end stayed, <*> error))
    assert mask("loading keymap file /var/lib/km/de.ini (Input/output error)") == \
        "loading keymap file <*> (Input/output error)"
    assert mask("loading keymap file /media/TV Shows/km/de.ini (Input/output error)") == \
        "loading keymap file <*> (Input/output error)"
    # names with spaces and brackets inside the path still are the path's
    assert mask("moved /media/Movies/The Matrix (1999)/movie.mkv done") == "moved <*> done"
    assert mask("moved /media/Movies/The Matrix (1999).mkv done") == "moved <*> done"


def test_a_code_location_after_head_fields_parted_by_bars_or_dashes_is_kept() -> None:
    """A caller's file and line after head fields parted by spaced bars or dashes (``<time> |
    INFO | server.go:42: …``, Python's ``%(asctime)s - %(levelname)s - %(filename)s:%(lineno)d
    - …``) opens the message as after spaces: kept, one call site's (masked, every call site
    of one message start was one ``<*>:``)."""
    assert mask_statuses("2026-03-05 10:16:10,509 | INFO | server.go:42: Cannot open")[0] == (
        "<*> | INFO | server.go:42: Cannot open")
    assert mask_statuses("2026-03-05 10:16:10,509 - ERROR - server.py:42 - Cannot open")[0] == (
        "<*> - ERROR - server.py:42 - Cannot open")
    assert mask_statuses("parsing - conf/x.go:12 failed")[0] == "parsing - <*>:<*> failed"


@pytest.mark.parametrize("field", ["9fe70021fd3bb5d3", "a7ce8a6be6c7d6a4", "3f2a", "12345", "ForkJoinPool.commonPool-worker-3"])
def test_a_bracketed_head_field_that_opens_with_a_digit_keeps_the_code_location(field: str) -> None:
    """A request id, trace id, pid or thread number in brackets after the level, then the
    caller's location (``<time> INFO [<id>] [server.c:595] …``): the location is kept
    whether the id opens with a digit or a letter (hex ids do either), so one call site's
    records keep one template (with a letter first it was kept, with a digit masked: two
    patterns for one call site, as its records' ids fell)."""
    text = f"2026-03-01 23:14:23,957 INFO  [{field}] [sway/server.c:595] Failed to create XDG activation"
    assert mask_statuses(text)[0].endswith("[sway/server.c:595] Failed to create XDG activation")
    miner = PatternMiner()
    first = miner.add("2026-03-01 23:14:23,957 INFO  [9fe70021fd3bb5d3] [sway/server.c:595] Failed to create it")
    assert miner.add("2026-03-01 23:14:24,001 INFO  [a7ce8a6be6c7d6a4] [sway/server.c:595] Failed to create it") == first
    assert miner.add("2026-03-01 23:14:25,002 INFO  [5ac1a165d49b5aaa] [sway/server.c:549] Failed to create it") != first


@pytest.mark.parametrize("request_id", ["f039f53e", "01f8937d", "9fe70021fd3bb5d3"])
def test_a_bare_hex_id_after_the_level_keeps_the_code_location(request_id: str) -> None:
    """A request's or trace's id in hex, bare, after the level, then the caller's location
    (``<time> WARN f039f53e cache.cc:170: <message>``): a head field as a bracketed id is, so
    the location is kept and one call site's records keep one template (it was masked,
    ``<*>:``, and the line of one call site merged with another's)."""
    text = f"2026-03-01 23:14:23,957 WARN  {request_id} cache.cc:170: Destructed while queries were pending."
    assert mask_statuses(text)[0].endswith("cache.cc:170: Destructed while queries were pending.")
    miner = PatternMiner()
    first = miner.add(f"2026-03-01 23:14:23,957 WARN  {request_id} cache.cc:170: Destructed while queries were pending")
    assert miner.add("2026-03-01 23:14:24,001 WARN  6b676898 cache.cc:170: Destructed while queries were pending") == first
    assert miner.add("2026-03-01 23:14:25,002 WARN  a90c1a60 cache.cc:183: Destructed while queries were pending") != first


def test_a_leading_location_in_an_extensions_file_keeps_its_line() -> None:
    """A code location whose file names a type and its extension or category with a plus
    (Swift's ``Router+Middleware.swift``, Objective-C's ``NSString+Paths.m``) that opens the
    record after its level: the call site's, its line kept as any leading location's is; two
    call sites of one message at two lines stay two (the plus had cut the file, masked with
    its line: ``[Router+<*> post(_:)]``)."""
    from otlp_sampler.patterns import PatternMiner

    miner = PatternMiner()
    ids = {line: {miner.add(f"[VERBOSE] [Router+Middleware.swift:{line} post(_:handler:)] Received POST request")
                  for _ in range(3)} for line in (1660, 1698)}
    assert all(len(found) == 1 for found in ids.values()) and ids[1660] != ids[1698]


def test_head_location_reads_as_its_regexes_do() -> None:
    # (head_location reads a file's location, the prose test's brackets and words without the
    # engine, for their cost: the readings are _HEAD_LOCATION's, _BRACKETED's and _PROSE_WORD's)
    from otlp_sampler.patterns import masking as m

    for text in ("DEBG client/x.go:316: dial", "main/<fiber>/main upgrade.lua:602 I> ok", "a/b/.py:42 x",
                 "x //a.go:3 y", "a//b.go:3 y", "src/a+b.rs:7 x", "src+/a.rs:7 x", "a.b.c:1 x", "$a.go:1 x",
                 'k="x.go:2 y', "k=x.go:2 y", "x.go:12a", "x.go:12\n", "x.go:12\nz", "d.e/f.go:9]", "x :.go:1 z"):
        at = text.find(".") + text[text.find("."):].find(":") if "." in text else -1
        dot = text.rfind(".", 0, at)
        start = dot  # (the engine's match from the start of the run of path characters)
        while start > 0 and text[start - 1] in m._PATH_CHARS:
            start -= 1
        end = min(len(text), 200)
        found = m._HEAD_LOCATION.match(text, start, end)
        expected = None if found is None else (found.start(), found.start("line"), found.end("line"))
        assert m._source_location_at(text, dot, at, end) == expected, text
    for text in ("a [b] c", "[[x]]", "[x", "x]", "[a][b] [", "[a[b]c]", "", "[]"):
        assert m._unbracketed(text) == m._BRACKETED.sub(" ", text), text
    for word in ("ok", "ok.", "o", "A", "D", "T", "I:", "Z?", "it's", "re-run,", "ab1", "a.", "..", "", "é",
                 "Ab"):
        assert m._prose_word(word) == (m._PROSE_WORD.fullmatch(word) is not None), word


def test_a_keys_code_location_in_the_head_is_the_call_sites():
    # slog's TextHandler with AddSource prints the caller as a key's value after the time and
    # the level (`time=… level=INFO source=server.go:40 msg=…`): a head field, the call site's,
    # kept with its line, as a location that opens the record is (masking._keyed_head_value)
    from otlp_sampler.patterns import masking as m

    def line(source: str, n: int) -> str:
        return f'time=2026-03-0{n}T10:00:0{n}.123Z level=INFO source={source} msg="Started server on port {4000 + n}"'

    masked, statuses = m.mask_statuses(line("server.go:40", 1))
    assert "source=server.go:40 " in masked and statuses
    miner = PatternMiner()
    ids = [miner.add(line(source, n)) for n in range(1, 4) for source in ("server.go:40", "cache.go:47")]
    assert len(set(ids[0::2])) == 1 and len(set(ids[1::2])) == 1 and ids[0] != ids[1]
    # two files at one line are two call sites too (templates.score), a function's key after them
    miner = PatternMiner()
    ids = miner.add_batch([f"component=store caller={source}:174 func=main.Serve Reloading configuration"
                           for _ in range(3) for source in ("worker.go", "server.go")])
    assert len(set(ids[0::2])) == 1 and len(set(ids[1::2])) == 1 and ids[0] != ids[1]
    # near misses: a key's quoted value, and one after a word of prose, are values still
    assert "x.go" not in m.mask_statuses('time=<*> k="x.go:2" msg="y"')[0]
    assert "x.go" not in m.mask_statuses("INFO checking path=conf/x.go:12 now")[0]


def test_a_regular_expression_is_one_value() -> None:
    """A regular expression a program was given and prints (``Please check your REGEXP:
    <regex>``) is one value, whatever its operators and literal parts: anchored, or holding
    ``.*``, ``.+``, an escaped class, a bracket's repeat, a group's flags; one call site one
    pattern. A glob in the program's own sentence stays (``via *.conf file``), and so do
    marks of prose and code (``SELECT * FROM``, ``^C``, ``a * b``)."""
    regexes = ["^/api/v[0-9]+/users/\\d+$", ".*\\.log$", "(?i)error|fatal", "^[a-z0-9-]+$", "^feature/.*",
               "\\bsession=([0-9a-f]+)", "[0-9]{4}-[0-9]{2}-[0-9]{2}", "^tmp_.+\\.csv$"]
    for regex in regexes:
        masked = mask_statuses(f"Can not mangle phone number. Please check your REGEXP: {regex}")[0]
        assert masked == "Can not mangle phone number. Please check your REGEXP: <*>", regex
    miner = PatternMiner()
    assert len({miner.add(f"Please check your REGEXP: {regex}") for regex in regexes}) == 1
    for kept in ("logging configured via *.conf file", "SELECT * FROM t", "Error: stopped by ^C",
                 "a * b is too large"):
        assert mask_statuses(kept)[0] == kept
