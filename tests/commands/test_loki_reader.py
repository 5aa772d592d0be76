"""The Loki query_range reader against a Loki-API server: every line once, waits, refusals."""

from __future__ import annotations

import io
import json
import random
from collections import Counter
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest

from otlp_sampler.commands.analyze import loki
from otlp_sampler.commands.analyze.loki import (
    MAX_FAILURES,
    LokiEndpoint,
    LokiError,
    LokiProgress,
    LokiReader,
    loki_endpoint,
    parse_streams,
    posthog_endpoint,
)
from tests.peers.loki_server import FakeLoki, Quota, Status

SECOND = 10**9
MINUTE = 60 * SECOND
START = 1_714_560_000 * 10**9  # 2024-05-01T10:40:00Z
END = START + 60 * MINUTE
STREAMS = [{"job": "app", "service_name": "checkout", "level": "info"},
           {"job": "app", "service.name": "auth", "detected_level": "warn"},
           {"job": "app", "service": "edge", "severity": "error"},
           {"job": "app", "detected_level": "unknown"}]


def _data(seed: int = 7) -> list[tuple[int, int, str]]:
    """(time_ns, stream index, line): runs of lines sharing a nanosecond, one longer than a page,
    lines on every window edge, and lines at the very start and end of the range."""
    rng = random.Random(seed)
    out = []
    for i in range(300):
        when = START + rng.randrange(0, 60 * MINUTE)
        run = rng.choice((1, 1, 1, 2, 3, 5, 8))  # several lines of one nanosecond
        for k in range(run):  # a nanosecond's lines spread over the streams
            out.append((when, rng.randrange(len(STREAMS)), f"event {i}.{k} value={rng.random():.6f}"))
    out += [(START + 17 * MINUTE, 0, f"crowded nanosecond {k}") for k in range(130)]
    out += [(START + w * 10 * MINUTE, w % 4, f"window edge {w}") for w in range(7)]  # 6 is END: outside
    out += [(START, 1, "first possible"), (END - 1, 2, "last possible")]
    return out


def _serve(server: FakeLoki, data) -> Counter:
    for index, labels in enumerate(STREAMS):
        server.push(labels, [(t, line) for t, s, line in data if s == index])
    expected = Counter()
    for t, s, line in data:
        if START <= t < END:
            expected[(t, line, *loki.stream_fields(STREAMS[s]))] += 1
    return expected


def _read(reader: LokiReader) -> list[loki.LokiLine]:
    return list(reader.lines())


@pytest.mark.parametrize("limit", [7, 40, 5000])
def test_every_line_once_across_pages_windows_and_shared_nanoseconds(limit):
    with FakeLoki() as server:
        expected = _serve(server, _data())
        reader = LokiReader(loki_endpoint(server.url), '{job="app"}', START, END, limit=limit,
                            window_ns=10 * MINUTE)
        lines = _read(reader)
    assert Counter((x.time_ns, x.line, x.service, x.severity) for x in lines) == expected
    assert [x.time_ns for x in lines] == sorted(x.time_ns for x in lines)
    assert reader.incomplete == 0
    for request in server.requests:
        params = request["params"]
        assert params["direction"] == "forward"
        assert int(params["end"]) - int(params["start"]) <= 10 * MINUTE  # windows, not the whole range
    if limit == 7:  # small pages: many end inside a run of one nanosecond, and one run fills a page
        starts = [int(r["params"]["start"]) for r in server.requests]
        assert len(starts) > len(set(starts)) or any(
            int(r["params"]["end"]) - int(r["params"]["start"]) == 1 for r in server.requests)


def test_labels_name_service_and_severity():
    document = {"status": "success", "data": {"resultType": "streams", "result": [
        {"stream": {"service.name": "auth", "detected_level": "unknown", "level": "WARN"},
         "values": [["2", "b"], ["3", "c"]]},
        {"stream": {"job": "x"}, "values": [["1", "a", {"structuredMetadata": {"service_name": "meta"},
                                                         "parsed": {"detected_level": "error"}}]]},
    ]}}
    lines = parse_streams(document, "Loki")
    assert [(x.time_ns, x.line, x.service, x.severity) for x in lines] == [
        (1, "a", "meta", "error"), (2, "b", "auth", "WARN"), (3, "c", "auth", "WARN")]
    with pytest.raises(LokiError, match="metric query"):
        parse_streams({"status": "success", "data": {"resultType": "matrix", "result": []}}, "Loki")


def test_the_server_pages_by_direction_and_limit_as_loki_does():
    with FakeLoki() as server:
        server.push({"job": "a"}, [(START + i, f"line {i}") for i in range(10)])

        def ask(**params):
            query = urlencode({"query": '{job="a"}', "start": START, "end": END, **params})
            with urlopen(f"{server.url}/loki/api/v1/query_range?{query}") as response:
                return json.load(response)["data"]["result"][0]["values"]

        assert [v[1] for v in ask(limit=3, direction="forward")] == ["line 0", "line 1", "line 2"]
        assert [v[1] for v in ask(limit=3)] == ["line 9", "line 8", "line 7"]  # backward by default
        assert len(ask()) == 10  # limit 100 by default


def test_429_retry_after_and_an_exhausted_quota_are_waited_out():
    waits: list[float] = []
    with FakeLoki() as server:
        expected = _serve(server, _data()[:200])
        server.script(Status(429, "too many outstanding requests", {"Retry-After": "3"}),
                      Quota({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "2"}),
                      Status(429, "slow down"))  # no hint: our own backoff
        terminal = io.StringIO()
        reader = LokiReader(loki_endpoint(server.url), '{job="app"}', START, END, limit=50,
                            window_ns=20 * MINUTE, sleep=waits.append, progress=LokiProgress(True, terminal))
        lines = _read(reader)
    assert Counter((x.time_ns, x.line, x.service, x.severity) for x in lines) == expected
    assert waits[0] == 3.0
    assert 1.9 < waits[1] <= 2.0  # until the quota's reset, before the next request
    assert 0.3 < waits[2] < 1.0  # backoff from 0.5 s with jitter
    assert len(waits) == 3
    shown = terminal.getvalue()  # what a terminal shows on stderr, each update over the last
    assert "analyze: rate limited: waiting 3.0s" in shown and "lines, window 1/3" in shown


def test_5xx_is_retried_then_given_up_in_one_line():
    waits: list[float] = []
    with FakeLoki() as server:
        server.push({"job": "a"}, [(START + i, f"line {i}") for i in range(5)])
        server.script(Status(503, "ingester unavailable"), Status(502, "bad gateway"))
        reader = LokiReader(loki_endpoint(server.url), '{job="a"}', START, END, sleep=waits.append)
        assert len(_read(reader)) == 5 and len(waits) == 2
        server.script(*[Status(500, "boom")] * MAX_FAILURES)
        reader = LokiReader(loki_endpoint(server.url), '{job="a"}', START, END, sleep=waits.append)
        with pytest.raises(LokiError, match=r"answered 500 Internal Server Error 6 times: boom$"):
            _read(reader)


def test_a_limit_above_the_servers_maximum_is_lowered_to_it():
    with FakeLoki(max_entries=50) as server:
        server.push({"job": "a"}, [(START + i, f"line {i}") for i in range(400)])
        reader = LokiReader(loki_endpoint(server.url), '{job="a"}', START, END, limit=1000)
        assert len(_read(reader)) == 400
    limits = [int(r["params"]["limit"]) for r in server.requests]
    assert limits[0] == 1000 and set(limits[1:]) == {50}


def test_a_nanosecond_with_more_lines_than_the_server_gives_is_read_in_part_and_said():
    progress = io.StringIO()
    with FakeLoki(max_entries=100) as server:
        server.push({"job": "a"}, [(START + 5, f"same time {k}") for k in range(300)])
        server.push({"job": "a"}, [(START + 6 + k, f"after {k}") for k in range(10)])
        reader = LokiReader(loki_endpoint(server.url), '{job="a"}', START, END, limit=20,
                            progress=LokiProgress(False, progress))
        lines = _read(reader)
    assert len(lines) == 110 and reader.incomplete == 1
    assert "100 or more lines share the timestamp" in progress.getvalue()


def test_endpoints_and_what_they_never_show():
    endpoint = posthog_endpoint("42", "https://eu.i.posthog.com/", "phx_secret")
    assert endpoint.url == "https://eu.posthog.com/api/projects/42/logs/loki/api/v1/query_range"
    assert endpoint.headers == {"Authorization": "Bearer phx_secret"}
    assert "phx_secret" not in endpoint.name
    assert loki_endpoint("http://user:pw@loki:3100/").name == "Loki at http://loki:3100"
    assert loki_endpoint("http://loki:3100/loki/api/v1/query_range").url.count("query_range") == 1
    with pytest.raises(LokiError, match="project id"):
        posthog_endpoint("1/../2", None, "phx_x")


def test_a_redirect_to_another_origin_does_not_take_the_key_along():
    with FakeLoki(token="phx_key") as elsewhere, FakeLoki(token="phx_key") as server:
        server.script(Status(302, "moved", {"Location": f"{elsewhere.url}/loki/api/v1/query_range?query=x"}))
        endpoint = LokiEndpoint(f"{server.url}/loki/api/v1/query_range", "Loki",
                                {"Authorization": "Bearer phx_key"}, "phx_key")
        with pytest.raises(LokiError, match=r"401 Unauthorized"):
            _read(LokiReader(endpoint, '{job="a"}', START, END))
    assert server.requests[0]["headers"]["Authorization"] == "Bearer phx_key"
    assert "Authorization" not in elsewhere.requests[0]["headers"]


def test_times_and_durations_on_the_command_line():
    assert loki._time_ns("2024-05-01T10:40:00Z") == START
    assert loki._time_ns("2024-05-01T10:40:00.5+00:00") == START + SECOND // 2
    assert loki._time_ns("1714560000") == loki._time_ns(str(START)) == START
    assert loki._span("7d") == 7 * 86400 and loki._span("90m") == 5400
