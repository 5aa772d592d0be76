"""``analyze --from-loki`` / ``--from-posthog``: the same report as ``analyze FILE``; errors in one line."""

from __future__ import annotations

import json
import random

import pytest

from otlp_sampler.cli import main
from tests.peers.loki_server import FakeLoki, Status
from tests.peers.waiting import free_port

SECOND = 10**9
START = 1_714_560_000 * SECOND
SPAN = 2 * 3600 * SECOND
END = START + SPAN
# The service and the level under each of the label names Loki and PostHog use.
LABELS = {"checkout": ("service_name", "level"), "auth": ("service.name", "detected_level"),
          "edge": ("service", "severity")}
EVENTS = [("info", "GET /api/items/{i} 200 in {ms}ms"), ("debug", "cache hit for key cart:{h} ttl=300s"),
          ("info", "user u{i}@example.com logged in from 10.0.{a}.{b}"),
          ("error", "payment {h} declined: card expired"), ("warn", "slow query on orders took {ms}ms")]


def _records(count: int = 3000, seed: int = 3) -> list[tuple[int, str, str, str]]:
    """(time_ns, service, level, line), oldest first; bursts share a nanosecond."""
    rng = random.Random(seed)
    out, when = [], START
    while len(out) < count:
        when += rng.randrange(1, 4 * SPAN // count)
        for _ in range(rng.choice((1, 1, 1, 2, 4, 9))):
            i = len(out)
            level, template = EVENTS[0 if i % 10 < 5 else 1 if i % 10 < 8 else 2 if i % 100 else 3]
            if i % 211 == 0:
                level, template = EVENTS[4]
            line = template.format(i=i, ms=i % 997, h=f"{i * 2654435761 % 2**32:08x}", a=i % 256,
                                   b=i * 7 % 256)
            out.append((when, rng.choice(list(LABELS)), level, line))
    return sorted((r for r in out if r[0] < END), key=lambda r: (r[0], r[3]))


def _push(server: FakeLoki, records) -> None:
    streams: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for when, service, level, line in records:
        streams.setdefault((service, level), []).append((when, line))
    for (service, level), values in streams.items():
        service_key, level_key = LABELS[service]
        server.push({"job": "shop", service_key: service, level_key: level}, values)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["analyze", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _policy(path) -> dict:
    document = json.loads(path.read_text())
    document.pop("created_at")
    return document


def test_from_loki_gives_the_same_patterns_projection_and_policy_as_the_file(tmp_path, capsys):
    records = _records()
    log = tmp_path / "shop.jsonl"
    log.write_text("".join(json.dumps({"ts": t, "service": s, "level": lvl, "msg": line}) + "\n"
                           for t, s, lvl, line in records))
    code, out, _ = _run(capsys, str(log), "--format", "json", "--top", "0", "--policy-out",
                        str(tmp_path / "from-file.json"))
    assert code == 0
    from_file = json.loads(out)
    # The server refuses ranges over 30 minutes: the reader must fetch in windows; it pages by 50.
    with FakeLoki(max_query_length_ns=1800 * SECOND) as server:
        _push(server, records)
        server.script(Status(429, "too many outstanding requests", {"Retry-After": "0"}))
        code, out, err = _run(capsys, "--from-loki", server.url, "--query", '{job="shop"}', "--since", "2h",
                              "--end", str(END), "--window", "20m", "--limit", "50", "--format", "json",
                              "--top", "0", "--policy-out", str(tmp_path / "from-loki.json"))
    assert code == 0, err
    from_loki = json.loads(out)
    assert from_file["records"] == len(records) == from_loki["records"]
    assert from_file["services"] == 3 and from_file["pattern_count"] >= 5
    lines = {line for *_, line in records}
    for report in (from_file, from_loki):  # the example is a random one of the pattern's kept lines
        for pattern in report["patterns"]:
            assert pattern.pop("example") in lines
        report["proposed_policy"].pop("created_at")
    assert from_loki["patterns"] == from_file["patterns"]
    assert from_loki["projection"] == from_file["projection"]
    assert from_loki["time"] == from_file["time"]
    assert from_loki == from_file
    assert _policy(tmp_path / "from-loki.json") == _policy(tmp_path / "from-file.json")
    assert len(server.requests) > len(records) // 50  # paged, not one big answer


def test_from_posthog_reads_the_project_with_the_personal_key(capsys, monkeypatch):
    with FakeLoki(posthog=True, token="phx_reader", projects=("42",)) as server:
        _push(server, _records(200))
        monkeypatch.setenv("POSTHOG_HOST", server.url)
        monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", "phx_reader")
        code, out, err = _run(capsys, "--from-posthog", "42", "--query", '{service_name=~".+"}',
                              "--since", "3h", "--end", str(END), "--top", "2")
    assert code == 0, err
    assert out.startswith('PostHog project 42 {service_name=~".+"}: ')
    assert "proposed policy" in out and "phx_reader" not in out + err
    request = server.requests[0]
    assert request["headers"]["Authorization"] == "Bearer phx_reader"
    assert request["params"]["direction"] == "forward" and request["params"]["limit"] == "1000"


def _posthog(monkeypatch, server: FakeLoki, key: str | None = "phx_reader") -> None:
    monkeypatch.setenv("POSTHOG_HOST", server.url)
    if key is None:
        monkeypatch.delenv("POSTHOG_PERSONAL_API_KEY", raising=False)
    else:
        monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", key)


@pytest.mark.parametrize(("case", "expected"), [
    ("wrong key", "refused the credentials (401 Unauthorized): Invalid Personal API key.; "
                  "POSTHOG_PERSONAL_API_KEY must be a personal API key (phx_…) with the logs:read scope"),
    ("project token", "401 Unauthorized"),
    ("no scope", "forbids this read (403 Forbidden): API key missing required scope 'logs:read'"),
    ("unknown project", "has no such API (404 Not Found); is 7 the id of a project this key can read"),
    ("bad query", "rejected the query (400 Bad Request): parse error at line 1, col 18: syntax error"),
    ("no key", "POSTHOG_PERSONAL_API_KEY is not set"),
    ("echoed key", "answered 418 I'm a Teapot: I saw Bearer <credential>"),
])
def test_posthog_errors_are_one_line_without_the_key(capsys, monkeypatch, case, expected):
    keys = {"wrong key": "phx_wrong", "project token": "phc_project", "no scope": "phx_readonly",
            "no key": None}
    key = keys.get(case, "phx_reader")
    with FakeLoki(posthog=True, token="phx_reader", forbidden=("phx_readonly",), projects=("42",)) as server:
        _push(server, _records(50))
        _posthog(monkeypatch, server, key)
        if case == "echoed key":
            server.script(Status(418, "I saw Bearer phx_reader"))
        project = "7" if case == "unknown project" else "42"
        query = '{service_name="a"' if case == "bad query" else '{job="shop"}'
        code, out, err = _run(capsys, "--from-posthog", project, "--query", query, "--end", str(END))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("otlp-sampler analyze: ") and expected in err
    for secret in ("phx_wrong", "phc_project", "phx_readonly", "phx_reader"):
        assert secret not in err


def test_loki_errors_are_one_line(capsys, monkeypatch):
    port = free_port()
    code, _, err = _run(capsys, "--from-loki", f"http://127.0.0.1:{port}", "--query", '{job="shop"}')
    assert code == 2 and err == f"otlp-sampler analyze: cannot read from Loki at http://127.0.0.1:{port}: " \
                                "connection refused\n"
    with FakeLoki(token="loki-secret", max_query_length_ns=3600 * SECOND) as server:
        code, _, err = _run(capsys, "--from-loki", server.url, "--query", '{job="shop"}')
        assert code == 2 and err.endswith("(401 Unauthorized): Authentication credentials were not "
                                          "provided.; it wants a token: set LOKI_TOKEN\n")
        monkeypatch.setenv("LOKI_TOKEN", "loki-secret")
        code, _, err = _run(capsys, "--from-loki", server.url, "--query", '{job="shop"}', "--since", "3h",
                            "--window", "3h")
        assert code == 2 and "(400 Bad Request): the query time range exceeds the limit" in err
        code, _, err = _run(capsys, "--from-loki", server.url, "--query", '{job=~".*"}')
        assert code == 2 and "at least one regexp or equality matcher" in err
        assert "loki-secret" not in err and len(err.splitlines()) == 1
    code, _, err = _run(capsys, "--from-loki", "http://loki:3100")
    assert code == 2 and "--query is needed" in err


def test_a_query_that_matches_nothing_says_so(capsys):
    with FakeLoki() as server:
        _push(server, _records(20))
        code, out, err = _run(capsys, "--from-loki", server.url, "--query", '{job="other"}',
                              "--end", str(END))
    assert code == 1 and out == ""  # nothing to analyse: a failure, as for an empty file
    assert err.splitlines() == [
        "otlp-sampler analyze: warning: the query matched no lines from 2024-05-01T11:40:00Z "
        "to 2024-05-01T12:40:00Z",
        f"otlp-sampler analyze: Loki at {server.url} {{job=\"other\"}}: no records to analyse"]
