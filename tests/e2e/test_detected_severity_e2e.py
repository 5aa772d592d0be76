"""Records that carry no severity, end to end: real SDK and OTLP/JSON clients, the real proxy, a sink.

A Collector ``filelog`` receiver without parsing operators, or an SDK record emitted with
no level, sends severity UNSPECIFIED; the level is only in the body. Every WARN+ record so
sent must arrive (rule ``severity``, ``log.record.detected_level``), while the INFO lines
around it are sampled as usual.
"""

from __future__ import annotations

import json
import random
import time

import aiohttp
import pytest

from tests.e2e.harness import attributes, running_proxy
from tests.peers.otel_client import SdkClient
from tests.peers.sinks import GrpcSink
from tests.peers.waiting import eventually

pytestmark = pytest.mark.e2e

HARD = {"sampling": {"default_rate": 0.02, "novelty": {"keep": 0}}}

# (severe body, its level, the INFO body of the same shape): {} is a number.
FORMS = [
    ("2024-01-02T03:04:05Z ERROR payment {} failed", "ERROR", "2024-01-02T03:04:05Z INFO payment {} settled"),
    ("[warn] disk {}% full on /var", "WARN", "[info] disk {}% checked on /var"),
    ("E1202 12:01:02.123456    1 ctl.go:12] failed to sync pod p{}", "ERROR",
     "I1202 12:01:02.123456    1 ctl.go:12] failed to sync pod p{}"),
    ("<11>Dec  2 12:00:00 host app[{}]: disk check", "ERROR", "<14>Dec  2 12:00:00 host app[{}]: disk check"),
    ('level=error msg="sync done" shard={}', "ERROR", 'level=info msg="sync done" shard={}'),
    ('{{"level":"error","msg":"charge done","order":"o{}"}}', "ERROR",
     '{{"level":"info","msg":"charge done","order":"o{}"}}'),
    ("FATAL: worker {} cannot start", "FATAL", "worker {} started"),
    ("panic: runtime error: index out of range [{}]\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:8",
     "FATAL", "main loop {} tick"),
    ('Traceback (most recent call last):\n  File "/app/x.py", line {}, in <module>\n    main()\n'
     "ValueError: bad", "ERROR", "handled request {} in 3 ms"),
    ("java.lang.IllegalStateException: not ready {}\n\tat com.example.Foo.bar(Foo.java:12)\n"
     "\tat com.example.Main.main(Main.java:5)", "ERROR", "started context {} in 12 ms"),
    ("TypeError: x{} is not a function\n    at Object.<anonymous> (/app/index.js:3:9)", "ERROR",
     "rendered page {} in 9 ms"),
]
SEVERE_EACH = 3
INFO_EACH = 250


def workload(rng: random.Random) -> tuple[list[tuple[str | dict, str | None]], int]:
    """Bodies in a shuffled order with the level each severe one must be read as; and the INFO count."""
    bodies: list[tuple[str | dict, str | None]] = []
    for severe, level, info in FORMS:
        bodies += [(severe.format(rng.randrange(10**6)), level) for _ in range(SEVERE_EACH)]
        bodies += [(info.format(rng.randrange(10**6)), None) for _ in range(INFO_EACH)]
    rng.shuffle(bodies)
    return bodies, len(FORMS) * INFO_EACH


def kept_records(sink) -> list:
    return [r for r in sink.records() if not attributes(r).get("sampling.summary")]


def accounted(sink) -> int:
    """Kept records plus the records the summaries say were dropped."""
    dropped = sum(int(attributes(r)["sampling.dropped_count"]) for r in sink.records()
                  if attributes(r).get("sampling.summary"))
    return len(kept_records(sink)) + dropped


def text_of(body) -> str:
    return json.dumps(body, sort_keys=True) if isinstance(body, dict) else body


def check(sink, bodies, info_sent: int) -> None:
    severe = {text_of(body): level for body, level in bodies if level}
    arrived = {}
    for record in kept_records(sink):
        kind = record.body.WhichOneof("value")
        arrived[record.body.string_value if kind == "string_value" else text_of(
            {kv.key: kv.value.string_value for kv in record.body.kvlist_value.values})] = attributes(record)
    for body, level in severe.items():
        assert body in arrived, f"a {level} record was sampled away: {body[:60]!r}"
        assert arrived[body]["sampling.rule"] == "severity"
        assert arrived[body]["log.record.detected_level"] == level
    info_kept = len(arrived) - len(severe)
    assert info_kept <= 0.1 * info_sent, (info_kept, info_sent)


def proxy_to(sink, config: dict):
    return running_proxy({**config, "exporter": {"protocol": "grpc", "endpoint": sink.url}})


async def test_sdk_records_without_severity_keep_every_warning_and_error():
    async with GrpcSink() as sink, proxy_to(sink, HARD) as app:
        client = SdkClient("grpc", app.ports["grpc"], "filelog")
        bodies, info_sent = workload(random.Random(8))
        # a structured body: the level is a member of the kvlist, never in the text
        structured = [({"msg": "charge settled", "level": "error" if i % 50 == 0 else "info", "n": str(i)},
                       "ERROR" if i % 50 == 0 else None) for i in range(500)]
        for body, _ in bodies + structured:
            client.emit(body, 0)
        assert await client.flush()
        await client.shutdown()
        sent = len(bodies) + len(structured)
        await app.pipeline.flush_summaries()
        await eventually(lambda: accounted(sink) >= sent, timeout=20, what="every record accounted for")
        check(sink, bodies + structured, info_sent + 490)


async def test_otlp_json_records_without_severity_through_the_http_receiver():
    bodies, info_sent = workload(random.Random(9))
    now = str(time.time_ns())
    document = {"resourceLogs": [{
        "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "vector"}}]},
        "scopeLogs": [{"logRecords": [
            {"timeUnixNano": now, "body": {"stringValue": body}} for body, _ in bodies]}],
    }]}
    async with GrpcSink() as sink, proxy_to(sink, HARD) as app:
        url = f"http://127.0.0.1:{app.ports['http']}/v1/logs"
        async with aiohttp.ClientSession() as http, http.post(url, json=document) as response:
            assert response.status == 200
        await app.pipeline.flush_summaries()
        await eventually(lambda: accounted(sink) >= len(bodies), timeout=20, what="every record counted")
        check(sink, bodies, info_sent)


async def test_an_access_log_keeps_every_5xx_line_while_the_2xx_flood_is_cut():
    rng = random.Random(10)
    lines, errors = [], []
    for i in range(20_000):
        status = 503 if i % 150 == 77 else rng.choice((200, 200, 200, 304))  # 5xx: under 1 %
        line = (f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)} - - "
                f"[02/Dec/2024:12:00:{i % 60:02d} +0000] "
                f'"GET /api/v1/products/{rng.randrange(10**5)} HTTP/1.1" {status} '
                f'{rng.randrange(100, 90000)} "-" "curl/8.5"')
        lines.append(line)
        if status >= 500:
            errors.append(line)
    config = {"policy_generator": {"target_reduction": 0.95}, "sampling": {"novelty": {"keep": 0}}}
    async with GrpcSink() as sink, proxy_to(sink, config) as app:
        client = SdkClient("grpc", app.ports["grpc"], "nginx")
        for line in lines:
            client.emit(line, 0)  # a filelog receiver without parsers: no severity
        assert await client.flush()
        await client.shutdown()
        await app.pipeline.flush_summaries()
        await eventually(lambda: accounted(sink) >= len(lines), timeout=30, what="every record accounted for")
        kept = kept_records(sink)
        error_lines = set(errors)
        kept_errors = [r for r in kept if r.body.string_value in error_lines]
        assert len(kept_errors) == len(errors)
        assert all(attributes(r)["log.record.detected_level"] == "ERROR" for r in kept_errors)
        flood = len(lines) - len(errors)
        assert len(kept) - len(kept_errors) <= 0.1 * flood
