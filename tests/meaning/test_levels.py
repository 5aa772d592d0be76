"""Severity from the body: every form a level takes in a line, and how a template is read once."""

from __future__ import annotations

import pytest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue, KeyValueList

from otlp_sampler.meaning import level_of_text, plan_levels, severity_floor
from otlp_sampler.meaning.levels import kvlist_level
from otlp_sampler.patterns import PatternMiner

TRACE, DEBUG, INFO, NOTICE, WARN, ERROR, FATAL = 1, 5, 9, 10, 13, 17, 21


@pytest.mark.parametrize(("line", "level"), [
    # level words at the start, after a timestamp, in brackets
    ("ERROR connection to db-1 refused", ERROR),
    ("WARN disk 80% full", WARN),
    ("FATAL: could not bind port 80", FATAL),
    ("CRITICAL raid array degraded", FATAL),
    ("[WARN] disk 80% full on /var", WARN),
    ("[ERROR] [main] worker crashed", ERROR),
    ("2024-01-02T03:04:05Z ERROR something failed id=3", ERROR),
    ("2024-01-02 03:04:05,123 - app - WARNING - low disk", WARN),  # Python's %(name)s before it
    ("2024-01-02 03:04:05.123  WARN 1234 --- [main] c.e.App : slow", WARN),  # Spring Boot
    ("[2024-01-02 03:04:05] production.ERROR: boom", ERROR),  # Monolog
    ("ERROR:root:message here", ERROR),  # Python's basicConfig
    ("E, [2024-01-02T03:04:05.123 #123] ERROR -- : boom", ERROR),  # Ruby Logger
    ("2024/01/02 03:04:05 [error] 123#0: *1 open() failed", ERROR),  # nginx error log
    ("[Mon Dec 02 12:00:00.123 2024] [core:error] [pid 123] AH00124: x", ERROR),  # Apache 2.4
    ("3:04PM ERR something broke", ERROR),  # zerolog console
    ("Jan 02 03:04:05 DBG cache warmed", DEBUG),
    ("error: disk full", ERROR),
    ("Warning: flag --x is deprecated", WARN),
    ("panic: runtime error: index out of range", 23),
    ("INFO user alice logged in", INFO),
    # klog/glog headers and syslog priorities
    ("E1202 12:01:02.123456    1234 controller.go:123] failed to sync pod", ERROR),
    ("W1202 12:01:02.123456    1234 controller.go:123] slow sync", WARN),
    ("I1202 12:01:02.123456    1234 controller.go:123] synced", INFO),
    ("<3>Dec  2 12:00:00 host app[123]: disk failure", ERROR),
    ("<12>Dec  2 12:00:00 host app[123]: low space", WARN),  # 12 = user.warning
    ("<14>1 2024-01-02T03:04:05Z host app 123 - - started", INFO),  # RFC 5424
    ("<0>kernel: panic", 23),
    # logfmt and JSON keys
    ('level=error msg="failed to connect" err="timeout"', ERROR),
    ('time=2024-01-02T03:04:05Z lvl=warn msg="slow"', WARN),
    ("ts=1 severity=CRITICAL msg=x", FATAL),
    ('{"level":"error","msg":"boom"}', ERROR),
    ('{"severity": "WARNING", "message": "m"}', WARN),  # Google Cloud
    ('{"@timestamp":"x","log.level":"warn","message":"m"}', WARN),  # ECS
    ('{"level":50,"time":1,"msg":"boom"}', ERROR),  # pino
    ('{"level":30,"time":1,"msg":"ok"}', INFO),
    # multi-line stack traces
    ('Traceback (most recent call last):\n  File "/app/x.py", line 3, in <module>\n    main()\n'
     'ValueError: bad', ERROR),
    ("java.lang.IllegalStateException: not ready\n\tat com.example.Foo.bar(Foo.java:12)\n"
     "\tat com.example.Main.main(Main.java:5)", ERROR),
    ("request failed\nCaused by: java.io.IOException: closed\n\tat com.example.Io.read(Io.java:3)", ERROR),
    ("goroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:8 +0x1d", ERROR),
    ("TypeError: x is not a function\n    at Object.<anonymous> (/app/index.js:3:9)\n"
     "    at Module._compile (node:internal/modules/cjs/loader:1256:14)", ERROR),
])
def test_a_level_in_the_body_is_read(line, level):
    assert level_of_text(line) == level


@pytest.mark.parametrize("line", [
    "the error rate is 3%",  # a level word in a sentence
    "error rate too high: 5%",  # not a level: no colon after the first word
    "Retrying after error from upstream",
    "GET /api/products/1034 200 in 131ms",
    "user ERRORS counted 5",
    "sublevel=3 reached",  # a key that only ends in 'level'
    '{"levels":[1,2],"msg":"x"}',
    "Exception handling enabled for module x",  # an exception word without frames
    "We met at the station (platform 3)",
    "<html> page",
    "I1234 is not a klog header",
])
def test_words_that_are_not_a_level_are_not_read_as_one(line):
    assert level_of_text(line) == 0


def template_of(*lines: str) -> str:
    miner = PatternMiner("svc")
    ids = {miner.add(line) for line in lines}
    assert len(ids) == 1, "the lines must share a pattern"
    return miner.template(ids.pop())


def test_a_level_in_the_template_is_decided_once_with_no_probe():
    template = template_of("2024-01-02T03:04:05Z ERROR payment 12 failed",
                           "2024-01-02T03:04:06Z ERROR payment 13 failed")
    plan = plan_levels(template)
    assert (plan.level, plan.probe) == (ERROR, None)


@pytest.mark.parametrize(("lines", "levels"), [
    # the level is a variable of the template: a probe reads each record
    (['{"level":"info","msg":"charge done","id":"a1"}', '{"level":"error","msg":"charge done","id":"b2"}'],
     [INFO, ERROR]),
    (['level=info msg="sync done" id=1', 'level=error msg="sync done" id=2'], [INFO, ERROR]),
    (["I1202 12:01:02.123456 1234 ctl.go:12] synced pod a",
      "E1202 12:01:03.123456 1234 ctl.go:12] synced pod b"],
     [INFO, ERROR]),
    (["<14>Dec  2 12:00:00 host app[1]: disk check", "<11>Dec  2 12:00:01 host app[2]: disk check"],
     [INFO, ERROR]),
])
def test_a_level_that_varies_within_a_pattern_is_read_per_record(lines, levels):
    plan = plan_levels(template_of(*lines))
    assert plan.level == 0 and plan.probe is not None
    assert [plan.probe(line) for line in lines] == levels


def test_a_template_without_a_level_needs_no_probe():
    plan = plan_levels(template_of("user alice logged in from 10.0.0.1", "user bob logged in from 10.0.0.2"))
    assert (plan.level, plan.probe) == (0, None)


def test_a_structured_body_says_its_level_in_a_member():
    def kvlist(**members) -> AnyValue:
        values = [KeyValue(key=k, value=AnyValue(int_value=v) if isinstance(v, int)
                           else AnyValue(string_value=v)) for k, v in members.items()]
        return AnyValue(kvlist_value=KeyValueList(values=values))

    assert kvlist_level(kvlist(message="boom", level="error")) == ERROR
    assert kvlist_level(kvlist(msg="boom", **{"log.level": "WARN"})) == WARN
    assert kvlist_level(kvlist(msg="boom", level=50)) == ERROR  # pino's number
    assert kvlist_level(kvlist(msg="boom", severity="banana")) == 0
    assert kvlist_level(kvlist(msg="boom")) == 0


def test_a_5xx_status_class_in_a_template_is_an_error_floor_when_configured():
    # The pattern miner keeps the class of an HTTP status in the template (`5xx`).
    assert severity_floor("job 5xxl done", http_5xx_as_error=True) == 0  # a word that starts like one
    assert severity_floor("GET <*> 5xx in <*>", http_5xx_as_error=True) == ERROR
    assert severity_floor("GET <*> 5xx in <*>", http_5xx_as_error=False) == 0
    assert severity_floor("GET <*> 4xx in <*>", http_5xx_as_error=True) == 0
